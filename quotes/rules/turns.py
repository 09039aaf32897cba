"""Turns of a transcript or an interview: paragraphs that a speaker's label and a colon open, with no
quotation marks (`SMITH: We are not going anywhere.`): the functions behind the `turn` and `goes-on`
tables.

Each `turn` rule is one pass over a document; `quotes.assemble` makes direct quotes of the turns it
finds after the marked quotations and the reported clauses, which may stand within a turn (a turn's
speaker reporting someone else).  A turn's speaker is settled by its rule, even when it is nobody: it
never floats to another quote's speaker.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping, Sequence

import regex

from ..attribution import clause_subject
from ..entities import describe
from ..lexicon import (BROADCAST_NOTE_OPENERS, BROADCAST_ROLES, FIRST_PERSON_POSSESSIVES, INTERVIEWING_VERBS, SHORT_HONORIFICS, POST_SIGNATURE_LEADS, EMBED_LABELS, CLAUSE_OPENERS, STAGE_NOTES, DETERMINERS, FIRST_PERSON_WORDS, HONORIFICS, INTERVIEW_WORDS, NOT_SPEAKER_LABELS,
                       SECOND_PERSON_WORDS, STAMP_WORDS, STAMP_ZONES, IRREGULAR_PASTS, CREDIT_LINE_NOUNS, cue_forms, LABEL_ROLES, QUESTION_OPENERS, TITLES, WHERE_PREPOSITIONS, first_names)
from ..marks import Inside
from ..parse import Word, VERB_UPOS
from ..resolve import opening_name
from ..segment import Sentence
from .linking import _POST_DATE, _may_speak, _titled
from .registry import Example, Rule, Table
from .text import office_label as _office_label
from .tree import time_word

TURN_GAP = 3   # a labelled paragraph is a turn when another labelled one stands at most this many paragraphs away
TITLE_WORDS = 6  # the most words of a title in marks within a turn (`HOST: Welcome back to "The Brief."`)
TURN_WORDS = 3  # the fewest words a paragraph a title-case label opens holds to be a turn (not a tally, `Lee: 547.`)

# `ANN RUIZ:`, `Mr. SMITH:`, `SEN. LOPEZ:` opening a paragraph: up to five words before the colon,
# checked word by word (`_speaker_label`), a party or a note in brackets after them (`SEN. LOPEZ (D-N.M.):`; two
# in a parliament's record, the seat and office, then the time: `Mr DUTTON (Dickson—Leader of the Opposition) (14:02):`),
# then a broadcast transcript's role or state in capitals after a comma, no part of the name
# (`KAREN DOYLE, HOST:`, `SEN. JOHN SMITH (R), OHIO:`, `ANN LEE, CNN CORRESPONDENT:`), a note in brackets
# after it too (`ANN LEE, CNN CORRESPONDENT (voice-over):`, `TOM VALE, HOST (on camera):`); a broadcast transcript's
# time code may stand before it (`[00:12:31] SMITH:`, `(12:31) SMITH:`, `00:12:31 SMITH:`: in brackets, or
# with its seconds), no part of the label (a timeline's `6:01 p.m.:` is none), and so may a live blog's stamp
# (`10:42 a.m. SMITH:`: `_STAMP`).
_ZONES = "|".join(sorted(map(regex.escape, STAMP_ZONES), key=len, reverse=True))
# A live blog's stamp before a speaker's label (`10:42 a.m. SMITH:`, `14:05 GMT — Ruiz:`): a clock time with its
# minutes or its `a.m.`, and its zone, whole (`10:42 a.m. ET:` is a timeline's entry, `ET` no speaker), then a
# dash, a bar, a colon or nothing before the name (`14:20 GMT: Smith:`).
_STAMP_TIME = (r"(?>(?:\d{1,2}[:.]\d{2}(?:\h?(?i:[ap]\.m\.|[ap]m))?|\d{1,2}\h?(?i:[ap]\.m\.|[ap]m))(?:\h+(?i:"
               + _ZONES + r")\b)?)")
_STAMP = _STAMP_TIME + r"(?:\h+(?:--?|[–—|])|:)?\h+"
_STAMPED = regex.compile(_STAMP)
# ... or such a stamp on a line of its own, above the entry it stamps, a rubric perhaps before it (`Updated 10:42
# a.m. ET`: lexicon STAMP_WORDS).
_STAMP_LINE = regex.compile(r"\h*(?:(?i:" + "|".join(sorted(map(regex.escape, STAMP_WORDS), key=len, reverse=True))
                            + r")(?:\h+at|,)?\h+)?" + _STAMP_TIME + r"\h*")
_LABEL = regex.compile(r"(?:" + r"\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}:\d{2}(?::\d{2})?\)|\d{1,2}:\d{2}:\d{2}|" + _STAMP + r")?\h*"
                       r"(\p{L}[\p{L}\p{M}'’.&-]*(?:\h+\p{L}[\p{L}\p{M}'’.&-]*){0,4}?)(?:\h*\([^()\n]{1,40}\)){0,2}"
                       r"(?:\h*,\h*\p{Lu}[\p{Lu}\p{M}'’.&-]*(?:\h+\p{Lu}[\p{Lu}\p{M}'’.&-]*){0,3}(?:\h*\([^()\n]{1,30}\))?)?"
                       # an earnings call's role after a dash (`Ann Lee -- Chief Executive Officer:`): no part of the name
                       r"(?:\h+(?:--|[–—])\h+\p{Lu}[\p{L}'’.&-]*(?:\h+(?:of|and|for|\p{Lu}[\p{L}'’.&-]*)){0,6})?"
                       r"\h*(:)\h+(?=\S)")
# `QUESTION:` opening a paragraph: a briefing's question from the floor, put by no one named.
_QUESTION = regex.compile(r"(?:QUESTION|Question)\h*:\h")
# `ANSWER:` opening a paragraph: an interview's answer, as `A:`.
_ANSWER = regex.compile(r"(ANSWER|Answer)\h*(:)\h")
# A paragraph an interview's `Q` or `A` opens glued to its first word, the label's bold lost in copy
# (`QThere's talk of a merger.`, `AWe are looking at options.`): the letter, then a word in title case.
_GLUED = regex.compile(r"([QA])(?=\p{Lu}\p{Ll})")
# Stage notes a turn ends or opens with (`(CROSSTALK)`, `[LAUGHTER]`, `(laughs)`: in capitals, or a word of
# lexicon STAGE_NOTES, a period inside the brackets or not, as an official transcript writes them: `(Applause.)`):
# no words of its speaker.
_NOTE = r"[(\[](?:\p{Lu}[\p{Lu}\h.,'’-]*\p{Lu}\.?|(?i:" + "|".join(sorted(STAGE_NOTES)) + r")\.?)[)\]]"
# ... and notes standing between two of a turn's sentences (`We will not back down. (APPLAUSE) Not now.`): the
# turn's words run on after them, in a part of their own.
_MID_NOTES = regex.compile(r"(?<=[.?!…][\"”’]?)(?:\h*" + _NOTE + r")+\h*(?=\S)")
_END_NOTES = regex.compile(r"(?:\h*" + _NOTE + r")+\h*\Z")
_OPEN_NOTES = regex.compile(r"(?:" + _NOTE + r"\h*)+")
# A word of a name in capitals (`LOPEZ`, `O'NEILL`, `McCAIN`, `JR.`), or an initial (`J.`).
_CAPS = regex.compile(r"(?:Mc|Mac)?\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}\.?|\p{Lu}\.")
# A paragraph that is all a stage direction (`(LAUGHTER)`, `[CROSSTALK]`, `(BEGIN VIDEO CLIP.)`) or marks
# words left out (`...`, `* * *`).
_STAGE = regex.compile(r"[(\[][^()\[\]]*[)\]]\W*|[^\w]*")


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: its parts (the words after the label, then any paragraphs it goes on over),
    its speaker's words (None: nobody named), the label it opens with (the quote's cue), the
    sentence it starts in, and, for a label that names no one (an interview's `A:`: `bare`), the words
    naming whom it stands for (the interviewee named in the narration: `stands_for`; None: nobody named)."""

    parts: tuple[tuple[int, int], ...]
    speaker: tuple[int, int] | None
    label: tuple[int, int] | None
    sentence: int
    stands_for: tuple[int, int] | None = None
    bare: bool = False


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    first: int   # index of its first sentence
    last: int    # index of its last sentence


class Transcript:
    """A document read for turns: its paragraphs (from its sentences) and which of them a label opens."""

    def __init__(self, text: str, sentences: Sequence[Sentence], inside: Inside,
                 parses: Mapping[int, Sequence[Word]]) -> None:
        self.text, self.sentences, self.inside, self.parses = text, sentences, inside, parses
        self.paragraphs: list[Paragraph] = []
        for s in sentences:
            if self.paragraphs and sentences[self.paragraphs[-1].first].paragraph == s.paragraph:
                p = self.paragraphs[-1]
                self.paragraphs[-1] = replace(p, end=s.end, last=s.index)
            else:
                self.paragraphs.append(Paragraph(s.start, s.end, s.index, s.index))
        self.opened_by = {p.first: k for k, p in enumerate(self.paragraphs)}   # first sentence -> paragraph
        self.labels = {k: m for k, p in enumerate(self.paragraphs)
                       if (m := _speaker_label(text, p)) is not None}
        self.letters = {k: found for k, p in enumerate(self.paragraphs)
                        if (found := _letter(sentences[p.first])) is not None}
        self.letters.update(_glued(text, self.paragraphs))
        # a briefing's questions from the floor, put by no one named (`QUESTION: ...`, `Q: ...`)
        self.asks = {k for k, p in enumerate(self.paragraphs) if _QUESTION.match(text, p.start, p.end)} | {
            k for k, found in self.letters.items() if found[0] == "Q"}
        # an interview's answers (`A:`, `A.`, `Answer:`): paragraph -> (the label's word, its colon or period)
        self.answers: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {}
        for k, found in self.letters.items():
            if found[0] == "A" and found[1] == self.paragraphs[k].start + 1:   # glued (`AWe ...`): the letter its own mark
                a = self.paragraphs[k].start
                self.answers[k] = ((a, a + 1), (a, a + 1))
            elif found[0] == "A":
                a = sentences[self.paragraphs[k].first].tokens[0].start
                self.answers[k] = ((a, a + 1), (a + 1, found[1]))
        for k, p in enumerate(self.paragraphs):
            if (m := _ANSWER.match(text, p.start, p.end)) is not None:
                self.answers[k] = (m.span(1), m.span(2))
        # `Q: Will you run again? A: Not yet.`: an answer labelled inside its question's own paragraph, a sentence
        # that `A:` opens there (paragraph -> where that answer's label starts, and its sentence)
        self.inline: dict[int, tuple[int, int]] = {}
        for k in sorted(self.asks - set(self.answers)):
            p = self.paragraphs[k]
            for i in range(p.first + 1, p.last + 1):
                if (found := _letter(sentences[i])) is not None and found[0] == "A":
                    a = sentences[i].tokens[0].start
                    self.answers[k] = ((a, a + 1), (a + 1, found[1]))
                    self.inline[k] = (a, i)
                    self.opened_by[i] = k   # (the answer's sentence: its turn goes on from this paragraph)
                    break
        self.labels.update(_outlet_labels(text, self.paragraphs, self.labels))
        if _datelines(self, self.labels):
            self.labels = {}   # `DHAKA: The government said ...` / `COLOMBO: ...`: a roundup's places, no speakers
        # paragraphs a label of any kind opens
        self.labelled = set(self.labels) | set(self.letters) | self.asks | set(self.answers)
        self._titled: set[int] | None = None

    def titled_turns(self) -> set[int]:
        """The paragraphs a title-case label opens whose name labels another paragraph too (`Bell: ...` in an
        exchange; not a lone `Look: ...` within a turn), and, once two names make an exchange so, those within
        TURN_GAP of one of its paragraphs that a full name (two words or three: `Priya Nair:`) or a role
        (`LABEL_ROLES`: `Caller:`) labels once (a podcast's co-host who speaks once)."""
        if self._titled is None:
            found = {k: " ".join(m.group(1).split()) for k, p in enumerate(self.paragraphs)
                     if (m := _titled_label(self.text, p)) is not None}
            names = list(found.values())
            self._titled = {k for k, n in found.items() if names.count(n) >= 2}
            if len({found[k] for k in self._titled}) >= 2:
                near = {o + d for o in self._titled for d in range(-TURN_GAP, TURN_GAP + 1)}
                self._titled |= {k for k, n in found.items()
                                 if (len(n.split()) >= 2 or n.lower() in LABEL_ROLES) and k in near}
        return self._titled

    def marked(self, k: int) -> bool:
        """Whether paragraph k holds a quotation in marks."""
        p = self.paragraphs[k]
        return self.inside.overlaps((p.start, p.end))

    def words(self, k: int, start: int) -> tuple[int, int]:
        """Paragraph k's words from `start` to its end, less the stage notes it ends with (`(CROSSTALK)`)."""
        while start < self.paragraphs[k].end and self.text[start].isspace():
            start += 1
        start = self.past_notes(start, self.paragraphs[k].end)
        return start, self.unnoted(start, self.paragraphs[k].end)

    def spoken(self, k: int, start: int, speaker: tuple[int, int], label: tuple[int, int]) -> list[Turn]:
        """The turns of a speaker's label (`speaker`, `label`) opening paragraph k, its words from `start`
        (`words`): one, or, where sentences hold a quotation in marks (the speaker quoting someone else), one
        for each run of the sentences between them (`RL: They say so. My teacher told me, "Build cheap." I
        believe him.`: `They say so.` and `I believe him.` are RL's, two turns; the quotation is its own quote,
        its teller's report, a cue outside its marks); none when every sentence holds one, or one holds no
        cue (the speaker's own words in marks: `colon-clause` reads the paragraph)."""
        a, b = self.words(k, start)
        p = self.paragraphs[k]
        if not self.marked(k) or all(self.titles_only(i, a, b) for i in range(p.first, p.last + 1)):
            return [Turn(((a, b),), speaker, label, self.sentence_at(k, a))]
        runs: list[tuple[int, int, int]] = []   # (start, end, the sentence it starts in)
        gap = True
        for i in range(p.first, p.last + 1):
            s, e = max(a, self.sentences[i].start), min(b, self.sentences[i].end)
            if s >= e:
                continue
            if self.inside.overlaps((s, e)) and not self.titles_only(i, s, e):
                if not any(t.text.lower() in cue_forms() and not self.inside.contains(t.start)
                           for t in self.sentences[i].tokens):
                    return []   # the speaker's own words in marks (`RUIZ: nobody wants "a bad deal"`): `colon-clause`'s
                gap = True   # (the sentences either side are turns of their own)
            elif not gap:
                runs[-1] = (runs[-1][0], e, runs[-1][2])
            elif self.text[s:e].strip():
                runs.append((s, e, i))
                gap = False
        return [Turn(((s, e),), speaker, label, i) for s, e, i in runs]

    def titles_only(self, i: int, start: int, end: int) -> bool:
        """Whether sentence i's words from `start` to `end` hold no quotation in marks but titles (`HOST: Welcome
        back to "The Brief."`): title-cased words (`_titled`), up to TITLE_WORDS of them, after a word of the
        speaker's own, with no cue outside the marks (`She said, "Wait."`: words said); the speaker's words name a
        show or a book, quoting no one."""
        s, e = max(start, self.sentences[i].start), min(end, self.sentences[i].end)
        found = [(a, b) for a, b in self.inside.ranges if a < e and s < b]
        if found and any(t.text.lower() in cue_forms() and not self.inside.contains(t.start) and s <= t.start < e
                         for t in self.sentences[i].tokens):
            return False   # `She said, "Wait."`: a cue's quotation, words said
        return all(s < a and b <= e and regex.search(r"\w", self.text, pos=s, endpos=a) is not None
                   and 1 <= len(words := self.text[a:b].split()) <= TITLE_WORDS and words[0][:1].isupper()
                   and _titled(words) for a, b in found)

    def sentence_at(self, k: int, pos: int) -> int:
        """The index of paragraph k's sentence that holds `pos` (a turn's first word: past a live blog's stamp,
        `10:42 a.m.`, a sentence of its own); its first sentence when none does."""
        p = self.paragraphs[k]
        return next((i for i in range(p.first, p.last + 1) if self.sentences[i].start <= pos < self.sentences[i].end),
                    p.first)

    def unnoted(self, start: int, end: int) -> int:
        """Where the words from `start` to `end` stop before the stage notes they end with (`We do. (LAUGHTER)`:
        before the note), when words stand before them."""
        m = _END_NOTES.search(self.text, start, end)
        return m.start() if m is not None and self.text[start:m.start()].strip() else end

    def cut(self, parts: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
        """A turn's parts cut at the stage notes standing between two of its sentences (`We will not back down.
        (APPLAUSE) Not now, not ever.`: two parts, the note in neither), less a part that is all a stage note
        (`UNIDENTIFIED MALE: (INAUDIBLE)`: no words of anyone's; none left, no turn)."""
        out = []
        for a, b in parts:
            for m in _MID_NOTES.finditer(self.text, a, b):
                if m.start() > a:
                    out.append((a, m.start()))
                    a = m.end()
            out.append((a, b))
        return tuple((a, b) for a, b in out if not _STAGE.fullmatch(self.text, a, b))

    def past_notes(self, start: int, end: int) -> int:
        """Where the words from `start` to `end` start past the stage notes they open with (`(LAUGHS) Not while
        I am here.`: after the note), when words stand after them."""
        m = _OPEN_NOTES.match(self.text, start, end)
        return m.end() if m is not None and self.text[m.end():end].strip() else start


def _speaker_label(text: str, p: Paragraph) -> regex.Match[str] | None:
    """`ANN RUIZ:`, `Mr. SMITH:`, `SEN. LOPEZ:` opening a paragraph: a name in capitals, a title
    before it in any case; not a rubric (`UPDATE:`, `EDITOR'S NOTE:`: `NOT_SPEAKER_LABELS`), nor
    words that open a clause or a description (`WHAT HAPPENED:`, `THE LATEST:`), save a role with `the`
    (`THE PRESIDENT:`, `THE COURT:`: `LABEL_ROLES`; a parliament's record sets `The` in title case before
    the role in capitals: `The PRIME MINISTER:`, `The SPEAKER:`)."""
    m = _LABEL.match(text, p.start, p.end)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0] == "The" and len(words) > 1 and all(_CAPS.fullmatch(w) for w in words[1:]) \
            and " ".join(words[1:]).lower() in LABEL_ROLES:
        return m   # `The PRIME MINISTER:`, `The SPEAKER:`: a parliamentary record's role, `The` in title case
    if not _CAPS.fullmatch(words[0]):
        if len(words) < 2 or words[0].lower().rstrip(".") not in TITLES | HONORIFICS.keys():
            return None
        words = words[1:]
    if not all(_CAPS.fullmatch(w) for w in words) or not any(len(w.rstrip(".")) > 1 for w in words):
        return None
    if words[0] == "THE" and " ".join(words[1:]).lower() in LABEL_ROLES:
        return m   # `THE PRESIDENT:`, `THE COURT:`: a role the transcript names with `the`
    if any(w.lower().replace("’", "'").split("'")[0].strip(".") in DETERMINERS | QUESTION_OPENERS | CLAUSE_OPENERS
           for w in words):
        return None
    key = " ".join(m.group(1).split()).upper().replace("’", "'").rstrip(".")
    return None if key in NOT_SPEAKER_LABELS else m


def _outlet_labels(text: str, paragraphs: Sequence[Paragraph],
                   labels: Mapping[int, regex.Match[str]]) -> dict[int, regex.Match[str]]:
    """`THE TIMES: When did you decide to run?` / `ANA SOTO: When the clinic closed.` / `THE TIMES: ...`: a
    label in capitals that `the` opens (which `_speaker_label` reads as a rubric's: `THE LATEST:`) is the
    interviewer's, a newsroom putting its questions, when it opens two paragraphs or more in an exchange with
    a speaker's label (`_speaker_label`) that opens two or more too, within TURN_GAP of one of them; not a
    rubric (`THE FACTS:`, `THE LATEST:`: `NOT_SPEAKER_LABELS`) nor words opening a clause."""
    found: dict[int, regex.Match[str]] = {}
    for k, p in enumerate(paragraphs):
        m = _LABEL.match(text, p.start, p.end)
        if m is None or k in labels:
            continue
        words = m.group(1).split()
        if len(words) < 2 or words[0] != "THE" or not all(_CAPS.fullmatch(w) for w in words[1:]) \
                or " ".join(words).replace("’", "'").rstrip(".") in NOT_SPEAKER_LABELS \
                or any(w.lower().replace("’", "'").split("'")[0].strip(".") in DETERMINERS | QUESTION_OPENERS
                       | CLAUSE_OPENERS for w in words[1:]):
            continue
        found[k] = m
    keys = [" ".join(m.group(1).split()) for m in found.values()]
    names = [" ".join(m.group(1).split()).upper() for m in labels.values()]
    if not any(names.count(n) >= 2 for n in names):
        return {}
    return {k: m for k, m in found.items() if keys.count(" ".join(m.group(1).split())) >= 2
            and any(abs(k - o) <= TURN_GAP for o in labels)}


# A word of a name in title case (`Smith`, `O'Neill`, `Interviewer`), or an honorific with its period.
_TITLED = regex.compile(r"\p{Lu}[\p{Ll}'’-]+|(?:" + "|".join(SHORT_HONORIFICS) + r")\.?")
# A title with its period before a name in title case (`Gov. Park:`, `Sen. Ruiz:`), checked against TITLES.
_TITLE_WORD = regex.compile(r"(\p{Lu}\p{Ll}+)\.")


def _label_speaker(text: str, m: regex.Match[str]) -> tuple[int, int]:
    """Who a title-case label names: its words (`Ann Hale (Eastfield) (Lab):`: `Ann Hale`, the seat and party
    no part of it); for an office (`_office_label`), with the holder's name in the brackets right after it
    (`The Prime Minister (Rishi Sunak):`: the office and the name)."""
    if _office_label(m.group(1).split()) and (b := regex.match(r"\h*\([^()\n]+\)", text[m.end(1):m.start(2)])):
        return m.start(1), m.end(1) + b.end()
    return m.start(1), m.end(1)


_BRACKETED = regex.compile(r"\(([^()\n]*)\)")


def _broadcast_notes(between: str) -> bool:
    """Whether the words between a label's name and its colon are notes in brackets of how a broadcast carried
    the speaker (lexicon BROADCAST_NOTE_OPENERS: `(via phone)`, `(voice-over)`), and nothing else.

    >>> _broadcast_notes(" (via phone)"), _broadcast_notes(" (in short)"), _broadcast_notes("")
    (True, False, False)
    """
    notes = _BRACKETED.findall(between)
    return bool(notes) and not _BRACKETED.sub("", between).strip() and all(
        n.strip().lower().startswith(BROADCAST_NOTE_OPENERS) for n in notes)


def _titled_label(text: str, p: Paragraph) -> regex.Match[str] | None:
    """`Smith:`, `Interviewer:`, `Dr Ruiz:` opening a paragraph: one to three words in title case before
    the colon; not a rubric (`Update:`, `Note:`: `NOT_SPEAKER_LABELS`), nor words opening a clause; brackets
    after a full name or a parliament's office only (`Ann Hale (Eastfield) (Lab):`, `The Prime Minister (Rishi
    Sunak):`, `_office_label`; not `The plan (in short):`)."""
    m = _LABEL.match(text, p.start, p.end)
    if m is None:
        return None
    words = m.group(1).split()
    if "(" in text[m.start(1):m.end(2)] and not (_office_label(words) or len(words) > 1
                                                 or _broadcast_notes(text[m.end(1):m.start(2)])):
        return None   # brackets after a record's office or a full name only (`Ann Hale (Eastfield) (Lab):`), or
        #               a broadcast's note (`Smith (via phone):`)
    if _office_label(words):
        return m   # `The Prime Minister (Rishi Sunak):`, `Mr Speaker:`: a parliament's record's office
    if len(words) > 1 and (t := _TITLE_WORD.fullmatch(words[0])) is not None and t.group(1).lower() in TITLES:
        words = words[1:]   # `Gov. Park:`
    if not 1 <= len(words) <= 3 or not all(_TITLED.fullmatch(w) for w in words):
        return None
    if words[0].lower().replace("’", "'").split("'")[0] in DETERMINERS | QUESTION_OPENERS | CLAUSE_OPENERS:
        return None
    return None if " ".join(words).upper().replace("’", "'") in NOT_SPEAKER_LABELS else m


_SPEECH_PERSONS = FIRST_PERSON_WORDS | SECOND_PERSON_WORDS


def _reports_past(doc: Transcript, k: int) -> bool:
    """Whether paragraph k's first sentence, outside quotation marks, holds a cue in the past tense (`said`,
    `told`, `warned`: a news report of what someone said)."""
    s = doc.sentences[doc.paragraphs[k].first]
    return any((t.text.lower() in IRREGULAR_PASTS or t.text.lower().endswith("ed")) and t.text.lower() in cue_forms()
               and not doc.inside.contains(t.start) for t in s.tokens)


def _speaks_in_person(doc: Transcript, k: int) -> bool:
    """Whether paragraph k holds, outside quotation marks, a word of the first or second person (`We will not.`,
    `You said so.`), save the newsroom's `our` before one of its writers (`told our correspondent`, `our staff
    reporter`: lexicon CREDIT_LINE_NOUNS), which a news story's narration says of itself."""
    p = doc.paragraphs[k]
    return any(w.group(1).lower().replace("’", "'") in _SPEECH_PERSONS and not doc.inside.contains(w.start())
               and not (w.group(1).lower() == "our" and (w.group(2) or "").lower() in CREDIT_LINE_NOUNS)
               for w in regex.finditer(r"(\p{L}+(?:['’]\p{L}+)?)(?=(?:\h+(\p{L}+))?)", doc.text, pos=p.start,
                                       endpos=p.end))


def _datelines(doc: Transcript, labels: Mapping[int, regex.Match[str]]) -> bool:
    """Whether the labels (paragraph -> its label; in capitals, or in title case: `Dhaka:`) are a roundup's
    datelines, places that never speak (`DHAKA: The government said on Monday ...` / `COLOMBO: Sri Lanka's
    cabinet said ...`): none has a title before it (a transcript's speakers bear titles: `SEN. LOPEZ:`, `MR.
    HALE:`), no paragraph they open speaks in the first or second person or asks or cries anything outside
    quotation marks, as a transcript's turns do (`SMITH: We will not.`, `JONES: You said so.`), and half of them
    at least report someone's words in the past tense (`_reports_past`): news narration, as a transcript's turns
    are not (`SMITH: The bill is dead.`); every one of them where a label comes back (`SEOUL: ...` / `MANILA:
    ...` / `SEOUL: ...`), as a transcript's speakers do."""
    names = [" ".join(m.group(1).split()).upper() for m in labels.values()]
    if not labels or any(n.split()[0].lower().rstrip(".") in TITLES | HONORIFICS.keys() for n in names):
        return False
    if any(_speaks_in_person(doc, k) or any(
            c in "?!" and not doc.inside.contains(i)
            for i, c in enumerate(doc.text[m.end(2):doc.paragraphs[k].end], m.end(2))) for k, m in labels.items()):
        return False
    reports = sum(_reports_past(doc, k) for k in labels)
    return reports == len(labels) if len(set(names)) < len(names) else 2 * reports >= len(labels)


def _capitals_run(doc: Transcript) -> bool:
    """Whether the labels in capitals make a transcript of their own (`label-turn`'s): two names, or one
    name twice answering questions from the floor."""
    names = [" ".join(m.group(1).split()).upper() for m in doc.labels.values()]
    return len(set(names)) >= 2 or bool(doc.asks and len(names) > 1)


def titled_turns(doc: Transcript) -> list[Turn] | None:
    """`Interviewer: How do you feel?` / `Smith: Numb.` / `Interviewer: ...` / `Smith: ...`: paragraphs that
    title-case labels open (`_titled_label`; a title before the name too: `Gov. Park:`), with no quotation
    marks, in an exchange of two speakers at least, each labelling two paragraphs at least, are turns as
    `label-turn` reads capitals (a label in title case may be a rubric once; an exchange of them is a
    transcript).  One speaker in capitals where capitals make no transcript of their own takes part
    (an interviewer's initials: `JS: ...` / `Bell: ...`), and so do questions from the floor (`Q:`,
    `Question:`), the other speaker to one who labels two paragraphs (`Q: ...` / `Gov. Park: ...`)."""
    if _capitals_run(doc):
        return None  # a transcript in capitals: `label-turn`'s
    labelled = {k: m for k, p in enumerate(doc.paragraphs)
                if (m := _titled_label(doc.text, p) or doc.labels.get(k)) is not None}
    asked = {k for k, m in labelled.items() if doc.text[m.end(2):doc.paragraphs[k].end].rstrip().endswith("?")}
    # three words at least (`Clinton: 547.`: a tally), or any word answering a labelled question right before it
    # (`Host: And the bridges?` / `Mayor Ruiz: Those too.`: a short answer) or after an office's label, which
    # heads no tally (`Mr Speaker (Lindsay Hoyle): Order.`), or a broadcast's role's (`Host: Thanks.`: BROADCAST_ROLES)
    titled = {k: m for k, m in labelled.items()
              if (n := len(regex.findall(r"\p{L}+", doc.text[m.end(2):doc.paragraphs[k].end]))) >= TURN_WORDS
              or (n >= 1 and (k - 1 in asked or _office_label(m.group(1).split())
                              or m.group(1).lower() in BROADCAST_ROLES))}
    if _datelines(doc, titled):
        return None   # `Dhaka: The government said ...` / `Colombo: ...`: a roundup's places
    names = [" ".join(m.group(1).split()) for m in titled.values()]
    speakers = {n for n in names if names.count(n) >= 2}
    if len(speakers) < 2 and not (speakers and doc.asks):
        return None
    run = set(titled) | doc.asks
    joined = doc.titled_turns() if len(speakers) >= 2 else set()   # a co-host labelling once (`Priya Nair:`)
    turns = []
    for k, m in sorted(titled.items()):
        if " ".join(m.group(1).split()) not in speakers and k not in joined \
                or not any(o in run for o in range(k - TURN_GAP, k + TURN_GAP + 1) if o != k) \
                or not (spoken := doc.spoken(k, m.end(2), _label_speaker(doc.text, m), (m.start(2), m.end(2)))):
            continue
        turns.extend(spoken)
    return turns or None


def _titled_person(words: Sequence[str]) -> bool:
    """Whether a label's words are a title or a role and a name (`Gov. Ruiz`, `Judge Hale`: lexicon TITLES,
    HONORIFICS, LABEL_ROLES): a person's, no place's nor rubric's.

    >>> _titled_person(["Judge", "Hale"]), _titled_person(["Kyiv"]), _titled_person(["Judge"])
    (True, False, False)
    """
    return len(words) > 1 and words[0].lower().rstrip(".") in TITLES | HONORIFICS.keys() | LABEL_ROLES


def stamped_turns(doc: Transcript) -> list[Turn] | None:
    """`10:42 a.m. Smith: We will not resign.`: a live blog's entry that a stamp opens (`_STAMP`; or right under
    a stamp on a line of its own: `_STAMP_LINE`), then a speaker's label (in capitals, `_speaker_label`, or in
    title case, `_titled_label`), with no quotation marks, speaking in the first or second person
    (`_speaks_in_person`: no rubric's nor a place's news, `10:42 a.m. Kyiv: Sirens sounded.`) or labelled with a
    title and a name (`_titled_person`: `9:03 a.m. Judge Hale: Please be seated.`), is the labelled one's turn, though no other label answers it; not one that
    another turn rule reads (an exchange of stamped labels: `label-turn`'s, `titled-turn`'s)."""
    stamped = {k: m for k, p in enumerate(doc.paragraphs)
               if (m := doc.labels.get(k) or _titled_label(doc.text, p)) is not None
               and (_STAMPED.match(doc.text, p.start, m.start(1)) or m.start(1) == p.start and k > 0 and _STAMP_LINE.fullmatch(
                   doc.text, doc.paragraphs[k - 1].start, doc.paragraphs[k - 1].end))
               and not doc.marked(k) and (_speaks_in_person(doc, k) or _titled_person(m.group(1).split()))}
    if not stamped:
        return None
    taken = {t.sentence for rule in (label_turns, named_label_turns, titled_turns) for t in rule(doc) or ()}
    turns = []
    for k, m in sorted(stamped.items()):
        a, b = doc.words(k, m.end(2))
        sentence = doc.sentence_at(k, a)
        if sentence not in taken and a < b:
            turns.append(Turn(((a, b),), _label_speaker(doc.text, m), (m.start(2), m.end(2)), sentence))
    return turns or None


def _letter(sentence: Sentence) -> tuple[str, int] | None:
    """`Q:` / `A:` (`Q.` / `A.`) opening a sentence: the letter and where its label ends."""
    toks = sentence.tokens
    if not toks:
        return None
    first = toks[0].text
    if first in ("Q.", "A.") and len(toks) > 1:
        return first[0], toks[0].end
    if first in ("Q", "A") and len(toks) > 2 and toks[1].text in (":", ".") and toks[1].start == toks[0].end:
        return first, toks[1].end
    return None


def _glued(text: str, paragraphs: Sequence[Paragraph]) -> dict[int, tuple[str, int]]:
    """`QThere's talk of a merger.` / `AWe are looking at options.`: an interview's `Q` and `A` glued to the
    first word of their paragraphs (`_GLUED`), the labels' bold lost in copy alike, where the glued `Q`s make
    a run: two of them, or one with a glued `A` opening the paragraph right after it; a glued `A` only right
    after such a question (or after its paragraphs, within TURN_GAP), never alone (`QAnon`, `AIs` open no
    turn by themselves).  None where no answer is glued (`QWhy?` / `A: Because.`): copy that lost only the
    questions' labels is not read as this form.  The letter, and where the label ends (right after it)."""
    found = {k: m.group(1) for k, p in enumerate(paragraphs) if (m := _GLUED.match(text, p.start, p.end)) is not None}
    asks = [k for k, c in found.items() if c == "Q"]
    answer = {k for k, c in found.items() if c == "A"}
    if not answer:
        return {}   # the answers kept their labels (`A: ...`): copy that lost only the questions' is read by neither
    if len(asks) < 2:
        asks = [k for k in asks if k + 1 in answer]
    out = {k: ("Q", paragraphs[k].start + 1) for k in asks}
    for k, c in found.items():
        if c == "A" and any(0 < k - q <= TURN_GAP for q in asks):
            out[k] = ("A", paragraphs[k].start + 1)
    return out


def opens_question(text: str, sentence: Sentence) -> bool:
    """Whether a sentence opens with an interviewer's label: `Q:`, `Q.`, `Question:`, or a `Q` glued to its
    first word (`QWhat went wrong?`)."""
    found = _letter(sentence)
    glued = _GLUED.match(text, sentence.start)
    return (found is not None and found[0] == "Q") or _QUESTION.match(text, sentence.start) is not None \
        or (glued is not None and glued.group(1) == "Q")


def label_turns(doc: Transcript) -> list[Turn] | None:
    """`SMITH: We are not going anywhere.` / `JONES: Then the vote fails.`: a paragraph a speaker's
    label opens, with no quotation marks, is that speaker's turn, in a run of such paragraphs (another
    within TURN_GAP paragraphs) with two speakers at least: never a lone dateline (`LONDON: ...`), nor a
    roundup's (`DHAKA: ...` / `COLOMBO: ...`: `_datelines`, whose labels the transcript drops).  A
    briefing's questions from the floor (`QUESTION:`, `Q:`) count as the other speaker of the run, though
    they name no one, when the one name labels two paragraphs at least (`MR. LEE: ...` / `QUESTION: ...` /
    `MR. LEE: ...`)."""
    if not _capitals_run(doc):
        return None  # one name, answering no question, or once only (`WASHINGTON:` before `Q:`): no run
    turns = []
    run = set(doc.labels) | doc.asks
    for k, m in sorted(doc.labels.items()):
        if not any(o in run for o in range(k - TURN_GAP, k + TURN_GAP + 1) if o != k) \
                or not (spoken := doc.spoken(k, m.end(2), (m.start(1), m.end(1)), (m.start(2), m.end(2)))):
            continue
        turns.extend(spoken)
    return turns or None


def named_label_turns(doc: Transcript) -> list[Turn] | None:
    """`Mayor Jane Smith spoke on the radio.` / `SMITH: We will rebuild the bridge.`: a lone paragraph a label in
    capitals opens (`label-turn` wants a run of two speakers), not the article's first (where a dateline
    stands: `LONDON: ...`), with no quotation marks and TURN_WORDS words at least, is that speaker's turn when
    the label's last word is the surname of a person the text named before it, after a given name or a title
    (`Jane Smith`, `Mayor Smith`): a transcript's one turn set in the narration; or when the label is a
    broadcast's role (`HOST:`: BROADCAST_ROLES), the first paragraph too, and titles in marks within its words
    (`Transcript.titles_only`) left in it."""
    if _capitals_run(doc):
        return None   # a transcript of its own: `label-turn`'s
    names = first_names()
    turns = []
    for k, m in sorted(doc.labels.items()):
        p = doc.paragraphs[k]
        role = m.group(1).lower() in BROADCAST_ROLES
        if k == 0 and not role or doc.marked(k) and not all(doc.titles_only(i, m.end(2), p.end)
                                                            for i in range(p.first, p.last + 1)) \
                or len(regex.findall(r"\p{L}+", doc.text[m.end(2):p.end])) < TURN_WORDS:
            continue
        if role:   # `HOST: Welcome back to "The Brief."`: a broadcast's own, no rubric nor place
            turns.append(Turn((doc.words(k, m.end(2)),), (m.start(1), m.end(1)), (m.start(2), m.end(2)),
                              doc.sentence_at(k, m.end(2))))
            continue
        last = m.group(1).split()[-1].rstrip(".")
        if len(last) < 2:
            continue
        named = any(w.group(2)[:1].isupper() and w.group(2).lower() == last.lower()
                    and (w.group(1).lower() in names or w.group(1).lower() in TITLES | HONORIFICS.keys())
                    for w in regex.finditer(r"(\p{L}+)\.?\h+(?:\p{Lu}\.\h+)?(\p{L}[\p{L}'’-]*)", doc.text, endpos=p.start,
                                            overlapped=True))
        if named:
            turns.append(Turn((doc.words(k, m.end(2)),), (m.start(1), m.end(1)), (m.start(2), m.end(2)), p.first))
    return turns or None


def _name_word(w: Word) -> bool:
    """A word of a person's name: a proper noun, or a capitalised given name however the parse tagged it
    (`Ann Ruiz, 52, runs ...`); not a day or a month."""
    return (w.upos == "PROPN" or w.text[:1].isupper() and w.text.lower() in first_names()) and not time_word(w.text)


def _interviewee(doc: Transcript, k: int) -> tuple[int, int] | None:
    """The one an interview that opens at paragraph k puts its questions to, read from the paragraph before
    (or the one before that) of narration (no label, no quotation marks), its last sentence first: the
    subject of a sentence's main clause when it may speak and is one person, no group nor body (`The mayor,
    Ann Ruiz, sat down with us`: the name the description sets off, `Ann Ruiz`; `She spoke with us`; not `We`, `Her fans`, `The Supreme Court`), else the latest full name of a person in
    it (`We spoke with Tom Berg`; after a plural subject too: `Readers sent questions to our columnist,
    Dana Roe`), not one an agent's `by` brings in (`published by Ann Vale`), nor a place's
    preposition (`on Elm Street`: `WHERE_PREPOSITIONS`), nor a day."""
    for o in (k - 1, k - 2):
        if o < 0 or o in doc.labelled or doc.marked(o):
            return None
        p = doc.paragraphs[o]
        for i in range(p.last, p.first - 1, -1):
            words = doc.parses.get(i)
            if not words:
                continue
            subject = clause_subject(words, words[-1].end)
            head = next((w for w in words if w.end == subject[1]), None) if subject is not None else None
            root = next((w for w in words if w.head < 0), None)
            if subject is not None and _may_speak(doc.text, subject) \
                    and not _puts_questions(doc.text, subject, root, words) \
                    and describe(doc.text[subject[0]:subject[1]]).kind in ("person", "unnamed") \
                    and not (head is not None and head.xpos == "NNS"):   # `Readers sent questions`: many
                named = opening_name(doc.text, subject[0], subject[1] + 3)
                if named is not None and subject[0] < named.start and named.end <= subject[1]:
                    return named.start, named.end  # `The mayor, Ann Ruiz,`: the name the description sets off
                return subject  # one answers: not `officials`, nor `The Supreme Court` (a body's words are a spokesman's)
            lead = _headline_on(words)
            if lead is not None:
                return lead
            names: list[tuple[int, int]] = []
            run: list[Word] = []
            for w in list(words) + [None]:  # type: ignore[list-item]
                if w is not None and _name_word(w) and (not run or w.index == run[-1].index + 1):
                    run.append(w)
                    continue
                before = words[run[0].index - 1].text.lower() if run and run[0].index > 0 else ""
                if len(run) > 1 and describe(doc.text[run[0].start:run[-1].end]).kind == "person" \
                        and before != "by" and before not in WHERE_PREPOSITIONS:  # `by Ann Vale`, `on Elm Street`
                    names.append((run[0].start, run[-1].end))
                run = [w] if w is not None and _name_word(w) else []
            if names:
                return names[-1]
    return None


def _puts_questions(text: str, subject: tuple[int, int], root: Word | None, words: Sequence[Word]) -> bool:
    """Whether a narration sentence's subject is the one putting an interview's questions, not answering them:
    the newsroom's own (`Our editor Tom Vale sat down with Rosa Lind`: `our`, `my`), or the subject of an
    active verb whose object is the one questioned (`Tom Vale interviewed Rosa Lind`: lexicon
    INTERVIEWING_VERBS); the one answering is then the latest full name after it."""
    first = regex.match(r"\p{L}+", text[subject[0]:subject[1]])
    if first is not None and first.group().lower() in FIRST_PERSON_POSSESSIVES:
        return True
    return root is not None and root.lemma in INTERVIEWING_VERBS \
        and not any(w.head == root.index and w.deprel.endswith(":pass") for w in words)


def _headline_on(words: Sequence[Word]) -> tuple[int, int] | None:
    """`Costa on her comeback`, `Ruiz on his plans for the port`: a headline with no verb that a name opens,
    then `on` and `his` or `her` (a person's own topic), gives the one who speaks on it, a surname too."""
    run: list[Word] = []
    for w in words:
        if not _name_word(w):
            break
        run.append(w)
    if not run or len(words) < len(run) + 3 or any(w.upos in VERB_UPOS for w in words):
        return None
    if words[len(run)].text.lower() != "on" or words[len(run) + 1].text.lower() not in ("his", "her"):
        return None
    return run[0].start, run[-1].end


_SINGULAR = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"})


def _first_person(doc: Transcript, k: int, words: frozenset[str] = FIRST_PERSON_WORDS, answer: bool = False) -> bool:
    """Whether paragraph k holds, outside quotation marks, a word of the first person (of `words`); of a
    question and its answer in one paragraph (`Q: ...? A: ...`), the answer's words only where `answer`, else
    the question's."""
    p = doc.paragraphs[k]
    start = doc.letters[k][1] if k in doc.letters else p.start   # past a label glued to its word (`AWe ...`)
    end = p.end
    if k in doc.inline:
        start, end = (doc.answers[k][1][1], p.end) if answer else (start, doc.inline[k][0])
    return any(w.group().lower().replace("’", "'") in words and not doc.inside.contains(w.start())
               for w in regex.finditer(r"\p{L}+(?:['’]\p{L}+)?", doc.text, pos=start, endpos=end))


def _interview_shown(doc: Transcript, run: Sequence[int], answers: Sequence[int] = ()) -> bool:
    """Whether a `Q:` / `A:` run is an interview, not a newsroom's explainer answering its own questions: the
    narration paragraph (or two) before it tells of one (`INTERVIEW_WORDS`: `sat down with us`, `edited for
    length`; or a headline giving one who speaks on her topic: `Costa on her comeback`, `_headline_on`), or an
    answer speaks in the first person (`FIRST_PERSON_WORDS`: `I have not decided.`) where
    fewer than half the questions speak in the first person singular (where half or more do, `Q: My
    neighbor ... What should I do?`, they are readers' letters to a columnist, who answers in the
    column's own words)."""
    for o in (run[0] - 1, run[0] - 2):
        if o >= 0 and o not in doc.labelled and any(
                w.lower() in INTERVIEW_WORDS for w in regex.findall(r"\p{L}+", doc.text[doc.paragraphs[o].start:doc.paragraphs[o].end])):
            return True
        if o >= 0 and o not in doc.labelled and not doc.marked(o) and any(
                _headline_on(doc.parses.get(i) or ()) is not None
                for i in range(doc.paragraphs[o].first, doc.paragraphs[o].last + 1)):
            return True   # `Costa on her comeback`: one person's words on her own topic, put to her
    asks = [k for k in run if k in doc.asks]
    if asks and 2 * sum(_first_person(doc, k, _SINGULAR) for k in asks) >= len(asks):
        return False   # readers' letters to a columnist (`Q: My neighbor ... What should I do?`), not questions put
    return any(_first_person(doc, k, answer=True) for k in list(run) + list(answers) if k in doc.answers or k in answers)


def answer_turns(doc: Transcript) -> list[Turn] | None:
    """`Q: Will you run again?` / `A: I have not decided.`: in a run of paragraphs that `Q:` and `A:`
    (`Q.`/`A.`, `Question:`/`Answer:`) open, each within TURN_GAP of the next, with a question
    before an answer, that is an interview (`_interview_shown`), each answer with no quotation marks is
    the interviewee's turn: its speaker the label
    (`A`, `Answer`: the words as written), standing for the one named in the narration right before the
    run (`_interviewee`: the speaker resolved), or for no one named when none is; of an answer holding a
    quotation in marks, its sentences with none, as `Transcript.spoken` reads a labelled turn.  The questions
    are the interviewer's, and no quotes."""
    if not doc.answers or not doc.asks:
        return None
    marks = sorted(doc.asks | set(doc.answers))
    runs: list[list[int]] = []
    for k in marks:
        if runs and k - runs[-1][-1] <= TURN_GAP:
            runs[-1].append(k)
        else:
            runs.append([k])
    turns: list[Turn] = []
    for run in runs:
        first = next((k for k in run if k in doc.asks), None)
        if first is None or not any(k in doc.answers and (k > first or k in doc.inline) for k in run) or not _interview_shown(doc, run):
            continue
        speaker = _interviewee(doc, run[0])
        for k in run:
            if k < first or k not in doc.answers:
                continue
            label, mark = doc.answers[k]
            if doc.marked(k):   # `A: She said, "Wait." So we waited.`: the sentences with no quotation, as `spoken` reads them
                if k not in doc.inline:
                    turns.extend(replace(t, stands_for=speaker, bare=True) for t in doc.spoken(k, mark[1], label, mark))
                continue
            turns.append(Turn((doc.words(k, mark[1]),), label, mark, doc.inline.get(k, (0, doc.paragraphs[k].first))[1],
                              speaker, bare=True))
    return turns or None


def _capitals_opening(doc: Transcript, k: int) -> bool:
    """Whether paragraph k opens with words in capitals and a colon (`THE SPEAKER:`, `NOTE:`): some label,
    a speaker's or a rubric's, that no answer with no label opens with."""
    m = _LABEL.match(doc.text, doc.paragraphs[k].start, doc.paragraphs[k].end)
    return m is not None and m.group(1).isupper()


def unlabelled_answers(doc: Transcript) -> list[Turn] | None:
    """`Q: Will you run again?` / `I have not decided.` / `Q: And the bridge?` / `It opens in May.`: in a run
    of two questions or more that `Q:` (`Q.`, `Question:`) opens, each within TURN_GAP of the next, where no
    label opens the answers (no `A:`, no name), the paragraph right after each question, with no label nor
    quotation marks, is the interviewee's answer (going on as `turn-goes-on` says), when the run is an
    interview (`_interview_shown`): a direct quote of the one the narration before names (`_interviewee`),
    or of no one named."""
    if doc.answers or len(doc.asks) < 2 or doc.labels:
        return None
    asks = sorted(doc.asks)
    runs: list[list[int]] = []
    for k in asks:
        if runs and k - runs[-1][-1] <= TURN_GAP + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    turns: list[Turn] = []
    for run in runs:
        answers = []
        for i, k in enumerate(run):
            a = k + 1
            if a >= len(doc.paragraphs) or (i + 1 < len(run) and run[i + 1] == a) or a in doc.labelled \
                    or doc.marked(a) or a in doc.titled_turns() or _capitals_opening(doc, a) \
                    or _STAGE.fullmatch(doc.text, doc.paragraphs[a].start, doc.paragraphs[a].end):
                continue
            answers.append(a)
        if len(answers) < 2 or not _interview_shown(doc, run, answers):
            continue
        speaker = _interviewee(doc, run[0])
        turns.extend(Turn((doc.words(a, doc.paragraphs[a].start),), speaker, None, doc.paragraphs[a].first)
                     for a in answers)
    return turns or None


def goes_on(doc: Transcript, turn: Turn) -> Turn | None:
    """`LEE: ...` / `And another thing: the road is closed.` / `RUIZ: ...`: a turn goes on over the
    paragraphs after it that no label opens (in capitals, or in title case naming one who labels two
    paragraphs), up to the next labelled one (within TURN_GAP), past a
    stage direction in brackets (`(LAUGHTER)`) or a line of dots; not over a paragraph with quotation
    marks, nor past the last turn (what follows it may be the writer's again)."""
    k = doc.opened_by.get(turn.sentence)
    if k is None or turn.parts[-1][1] < doc.words(k, doc.paragraphs[k].start)[1]:
        return None   # a turn cut short by a quotation in marks (`spoken`): the turn after it goes on
    nxt = next((o for o in range(k + 1, min(len(doc.paragraphs), k + TURN_GAP + 1))
                if o in doc.labelled or o in doc.titled_turns()), None)  # `Bell: ...`
    if nxt is None:
        return None
    parts = list(turn.parts)
    for o in range(k + 1, nxt):
        p = doc.paragraphs[o]
        if doc.marked(o):
            return None
        if not _STAGE.fullmatch(doc.text, p.start, p.end):
            parts.append((p.start, doc.unnoted(p.start, p.end)))
    return replace(turn, parts=tuple(parts)) if len(parts) > len(turn.parts) else None


# An embedded post's signature line (`— Ann Ruiz (@annruiz) December 5, 2026`): a dash (or words that sign a
# post: `A post shared by`, lexicon POST_SIGNATURE_LEADS), the account holder's name (up to six words), any
# emoji its display name ends with (`Ann Ruiz 🇺🇸 ✅`: no word of the name), the handle in brackets, then a date
# or anything else to the line's end.
_POST_SIGNATURE = regex.compile(r"(?:[\u2014\u2013\u2015]|--?|(?i:" + "|".join(
    sorted(map(regex.escape, POST_SIGNATURE_LEADS), key=len, reverse=True)) + r")\h)\h*(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\h+[\p{L}\p{M}'’.&-]+){0,5}?)"
                                r"[\h\p{So}\p{Sk}\p{M}\u200d]*+\((@\w{1,30})\)")
# ... or a dash and the handle alone, with the post's date after it (`— @annruiz, March 3, 2024`: the linking's
# `_POST_DATE`), to the line's end: the account holder is named by the handle.
_HANDLE_SIGNATURE = regex.compile(r"(?:[\u2014\u2013\u2015]|--?)\h*(@\w{1,30})" + _POST_DATE + r"\.?\h*$", regex.M)


def handle_signed(text: str) -> bool:
    r"""Whether a line of the text signs a post with a handle alone and its date (`_HANDLE_SIGNATURE`).

    >>> handle_signed("We will rebuild.\n\n\u2014 @annruiz, March 3, 2024"), handle_signed("Mail ann@example.com")
    (True, False)
    """
    return "@" in text and _HANDLE_SIGNATURE.search(text) is not None


# Links a post's text ends with (`pic.twitter.com/x1y2`, `https://t.co/x1y2`): no words of its author.
_POST_LINKS = regex.compile(r"(?:\h*(?:pic\.twitter\.com/\S+|https?://\S+))+\h*\Z")

# A markup tag opening an embedded post's text as scraped (`<tweet id="1" author="@annruiz">`, `<blockquote>`).
_EMBED_TAG = regex.compile(r"\h*<\p{L}[^<>\n]{0,200}>\h*")


def _post_text(doc: Transcript, start: int, end: int) -> tuple[int, int] | None:
    """A post's text in text[start:end], less the links it ends with; None when it is only links (a post of
    a picture), a line of the embed's own (`View this post on Instagram`: lexicon EMBED_LABELS), or a
    word."""
    tag = _EMBED_TAG.match(doc.text, start, end)
    start = tag.end() if tag is not None else start  # `<tweet id="..." author="@annruiz">`: the embed's markup
    links = _POST_LINKS.search(doc.text, start, end)
    end = links.start() if links is not None else end
    words = doc.text[start:end].strip()
    if len(words.split()) < 2 or words.rstrip(".").lower() in EMBED_LABELS:
        return None
    return start, end


def post_turns(doc: Transcript) -> list[Turn] | None:
    """`We passed the bill. Proud of this team.` / `— Ann Ruiz (@annruiz) December 5, 2026`: a paragraph that a
    post's signature line (`_POST_SIGNATURE`) opens signs the paragraph right before it (past a line of
    links alone right under it: `pic.twitter.com/x1y2`), the embedded post's text, less the links it ends with: the account
    holder's direct quote (none when it is only a link: a post of a picture, or the embed's own line: `View
    this post on Instagram`)."""
    turns = []
    for k, p in enumerate(doc.paragraphs):
        m = _POST_SIGNATURE.match(doc.text, p.start, p.end) or _HANDLE_SIGNATURE.match(doc.text, p.start, p.end)
        if m is None:
            continue
        o = k - 1
        while o > 0 and _POST_LINKS.fullmatch(doc.text, doc.paragraphs[o].start, doc.paragraphs[o].end) \
                and doc.text.count("\n", doc.paragraphs[o - 1].end, doc.paragraphs[o].start) == 1:
            o -= 1  # `pic.twitter.com/x1y2` on a line of its own right under the text (after a blank line: a
            #         post of a link alone)
        if o < 0 or o in doc.labelled or doc.marked(o):
            continue  # (a quotation in marks is signed by linking's `signature`)
        t = doc.paragraphs[o]
        if _POST_SIGNATURE.match(doc.text, t.start, t.end) or _HANDLE_SIGNATURE.match(doc.text, t.start, t.end):
            continue
        words = _post_text(doc, t.start, t.end)
        if words is not None:
            turns.append(Turn((words,), m.span(1), m.span(m.lastindex or 1), t.first))  # (a handle alone: name and label)
    return turns or None


TURNS = Table("turn", doc="Turns of a transcript or an interview, paragraphs a label opens with no quotation "
              "marks: direct quotes, one pass each.", rules=(
    Rule("label-turn", "turn", "`SMITH: ...`, `Mr. SMITH: ...`, `SEN. LOPEZ (D-N.M.): ...` opening a paragraph "
         "(less its sentences holding a quotation in marks: the speaker quoting someone, whose quotation is its own "
         "quote), in a run of such paragraphs (another within three paragraphs, two speakers at "
         "least, questions from the floor, `QUESTION:`, one of them when the other speaks twice): the rest of the "
         "paragraph is the labelled one's direct quote, less stage notes ending it (`(CROSSTALK)`, `(Applause.)`) or "
         "standing between two of its sentences (`We won. (APPLAUSE) Thank you.`: two parts, as in every turn; a turn all a note is none) and a "
         "broadcast role and its note after the name (`ANN LEE, CNN CORRESPONDENT (voice-over):`); not a rubric (`UPDATE:`, `EDITOR'S NOTE:`) nor a lone "
         "dateline (`LONDON:`); a label with `the` only as a parliament's record sets a role (`The PRIME MINISTER:`, `The "
         "SPEAKER:`: `The` in title case, the role in capitals) or as a newsroom's own putting questions (`THE TIMES:` opening two "
         "paragraphs in an exchange with a name labelling two: not a rubric, `THE LATEST:`), nor a roundup's datelines (`DHAKA: The government said ...` / `COLOMBO: ...`: no title, "
         "no paragraph in the first or second person nor asking, half at least reporting in the past tense, all where "
         "a label comes back: places opening news, no speakers).", label_turns,
         (Example("The two met on the radio on Monday.\n\nSMITH: We are not going anywhere.\n\nJONES: Then the "
                  "vote fails.", "We are not going anywhere.", "SMITH"),
          Example("The debate grew heated.\n\nSEN. LOPEZ: The bill is dead.\n\nMr. SMITH: Then we start again.",
                  "Then we start again.", "Mr. SMITH"),
          Example("The hearing ran late.\n\nSEN. ANN LOPEZ (D-N.M.): Where did the money go?\n\nMr. HALE: To the "
                  "contractors.", "Where did the money go?", "SEN. ANN LOPEZ"),
          Example("The briefing began at noon.\n\nMR. LEE: Good afternoon.\n\nQUESTION: Any news on the talks?"
                  "\n\nMR. LEE: Not yet. We expect a call tonight.", "Not yet. We expect a call tonight.",
                  "MR. LEE"),
          Example("The storm hit overnight.\n\nANN LEE, CNN CORRESPONDENT (voice-over): The water rose fast. "
                  "(Crosstalk.)\n\nTOM VALE, HOST: Ann, is anyone hurt?", "The water rose fast.", "ANN LEE"),
          Example("The rally ran late.\n\nLOPEZ: We will not back down. (APPLAUSE) Not now, not ever.\n\nDOYLE: "
                  "Strong words.", "We will not back down. Not now, not ever.", "LOPEZ"),
          Example("TV: Critics say your bridges cost too much.\n\nRL: They do say that. My teacher told me once, "
                  "\"A cheap bridge costs the most.\" I still believe him.\n\nTV: What next?",
                  "I still believe him.", "RL"),
          Example("THE TIMES: Why run now?\n\nANA SOTO: The clinic closed.\n\nTHE TIMES: Your opponent calls you "
                  "green.\n\nANA SOTO: I have run a firm for years.", "Why run now?", "THE TIMES"),
          Example("Question time began at two.\n\nMr VALE: Will the report be published?\n\nThe PRIME MINISTER: "
                  "It will be published in full next month.", "It will be published in full next month.",
                  "The PRIME MINISTER"))),
    Rule("named-label-turn", "turn", "A lone paragraph a label in capitals opens (`SMITH: ...`, no run of two "
         "speakers), not the article's first (a dateline's place: `LONDON: ...`), with no quotation marks and three "
         "words at least, is the labelled one's direct quote when the label's last word is the surname of a person "
         "the text named before, after a given name or a title (`Jane Smith`, `Mayor Smith`), or when the label is a "
         "broadcast's role (lexicon BROADCAST_ROLES: `HOST:`, `CALLER:`; the article's first paragraph too); titles "
         "in marks within its words (`HOST: Welcome back to \"The Brief.\"`) are no quotations of their own, as in "
         "every turn.", named_label_turns,
         (Example('HOST: Welcome back to "The Brief." Today we talk about rents.',
                  'Welcome back to "The Brief." Today we talk about rents.', "HOST"),
          Example("Mayor Jane Smith spoke on the radio on Tuesday.\n\nSMITH: We will rebuild the bridge by spring."
                  "\n\nThe council meets next week.", "We will rebuild the bridge by spring.", "SMITH"),)),
    Rule("interview-answer", "turn", "`Q: ...` / `A: ...` (`Q.`/`A.`, `Question:`/`Answer:`) opening paragraphs with "
         "no quotation marks (an `A:` opening a sentence of the question's own paragraph too: `Q: Will you run again? "
         "A: Not yet.`), in a run of them (each within three paragraphs of the next) with a question before an "
         "answer: each answer, past its label, is a direct quote whose speaker is the label (`A`, `Answer`), standing "
         "for the interviewee (its resolved speaker), read from the narration paragraph (or two) right before the run, "
         "last sentence first: its main clause's subject, when a person who may speak (no group nor body, not `We`, "
         "nor the one putting the questions: the newsroom's own, `Our editor Tom Vale sat down with ...`, or the "
         "subject of `interviewed`), "
         "else the latest full name of a person there, or the name opening a headline with no verb before `on` and "
         "`his` or `her` (`Costa on her comeback`, a surname too); no one resolved when none is named. Only an interview: the "
         "narration before tells of one (`sat down with us`, `edited for length`), or is such a headline, or an answer speaks in the first "
         "person (`I`, `we`), not a newsroom's explainer answering its own questions. The questions are the "
         "interviewer's and give no quote.", answer_turns,
         (Example("The mayor, Ann Ruiz, sat down with us this week.\n\nQ: Will you run again?\n\nA: I have not "
                  "decided. My family comes first.\n\nQ: What about the bridge?\n\nA: The bridge will be "
                  "finished next year.", "The bridge will be finished next year.", "A"),
          Example("We spoke with the goalkeeper Tom Berg after training.\n\nQuestion: How is the knee?\n\n"
                  "Answer: Better every day.", "Better every day.", "Answer"),
          Example("This interview has been edited for length.\n\nQ. Why did you leave?\n\nA. The pay was too "
                  "low.", "The pay was too low.", "A"),
          Example("The mayor, Ann Ruiz, sat down with us this week.\n\nQ: Will you run again? A: Not yet.",
                  "Not yet.", "A"),
          Example("Vega on her comeback\n\nQ. How is the knee?\n\nA. It is fine.", "It is fine.", "A")),
         parse="before-interview"),
    Rule("unlabelled-answer", "turn", "`Q: ...` (`Q.`, `Question:`) opening two paragraphs or more (each within "
         "four paragraphs of the next) where no label opens the answers: the paragraph right after each question, "
         "with no label nor quotation marks, is a direct quote of the interviewee, read as `interview-answer` reads "
         "one (no one named when none is), in an interview only (the narration before tells of one, or an answer "
         "speaks in the first person).", unlabelled_answers,
         (Example("We talked with the baker Rosa Diaz before dawn.\n\nQ: When do you start?\n\nAt three, every "
                  "morning.\n\nQ: Do you ever sleep in?\n\nNever. The bread will not wait for me.",
                  "Never. The bread will not wait for me.", "Rosa Diaz"),), parse="before-interview"),
    Rule("titled-turn", "turn", "`Interviewer: ...` / `Smith: ...` opening paragraphs (less their sentences "
         "holding a quotation in marks, as for `label-turn`), "
         "labels in title case (one to three words, not a rubric: `Update:`), in an exchange of two speakers at "
         "least, each labelling two paragraphs at least (another within three paragraphs) of three words at least "
         "(not a tally: `Lee: 547.`) or of any words answering a labelled question right before them (`Host: And the "
         "bridges?` / `Mayor Ruiz: Those too.`: a short answer) or after a broadcast's role (`Host: Thanks.`, lexicon "
         "BROADCAST_ROLES), where no label is in capitals: the rest of the paragraph is the labelled one's direct quote; "
         "once two names make such an exchange, a full name or a role (`Priya Nair:`, `Caller:`) labelling one paragraph "
         "within three of theirs joins it (a podcast's co-host who speaks once); a parliament's record in title "
         "case: an office, `The` or an honorific before a role (`The Prime Minister`, `Mr Speaker`: lexicon "
         "LABEL_ROLES), the holder's name in brackets after it, part of the speaker (`The Prime Minister (Rishi "
         "Sunak):`), and any words of its turn count (no tally: `Mr Speaker (Lindsay Hoyle): Order.`); a full "
         "name's seat and party in brackets are not the speaker's (`Ann Hale (Eastfield) (Lab):`), nor a broadcast's "
         "note of how it carried the speaker (`Smith (via phone):`, lexicon BROADCAST_NOTE_OPENERS); no other words "
         "with brackets label a turn (`The plan (in short):`); nor is an earnings call's role after a dash the "
         "speaker's (`Ann Lee -- Chief Executive Officer:`: `Ann Lee`; `Operator:` and `Analyst:`, lexicon "
         "LABEL_ROLES, join as roles).", titled_turns,
         (Example("The coach spoke after the final.\n\nInterviewer: How do you feel?\n\nSmith: Honestly, a bit "
                  "numb.\n\nInterviewer: What comes next?\n\nSmith: A long holiday, I hope.",
                  "Honestly, a bit numb.", "Smith"),
          Example("Jamie Cole: Welcome back to the show.\n\nPriya Nair: And our guest today is Helen Ward.\n\n"
                  "Helen Ward: Thanks for having us.\n\nJamie Cole: Is a recession coming?\n\nHelen Ward: Not this "
                  "year, I think.", "And our guest today is Helen Ward.", "Priya Nair"),
          Example("Host: So what about the roads?\n\nMayor Ruiz: We will fix the roads first.\n\nHost: And the "
                  "bridges?\n\nMayor Ruiz: Those too.", "Those too.", "Mayor Ruiz"),
          Example("Jamie Cole: Helen, why cities?\n\nHelen Ward: Most of us live in them.\n\nJamie Cole: Any "
                  "regrets at all?\n\nHelen Ward: A few. My editor said, \"Cut the angry chapters.\" She was right.",
                  "She was right.", "Helen Ward"),
          Example("Ann Hale (Eastfield) (Lab): Will the Prime Minister admit the plan has failed?\n\nThe Prime "
                  "Minister (Rishi Sunak): We will act.\n\nAnn Hale: The figures say otherwise.\n\nThe Prime "
                  "Minister: They do not.", "We will act.", "The Prime Minister (Rishi Sunak)"),
          Example("Ann Lee -- Chief Executive Officer: We grew sales 6 percent.\n\nTom Hale -- Chief Financial "
                  "Officer: Margins rose too.\n\nAnalyst: Can you talk about pricing?\n\nAnn Lee -- Chief "
                  "Executive Officer: Pricing stays firm.\n\nTom Hale -- Chief Financial Officer: And costs are "
                  "falling.", "Can you talk about pricing?", "Analyst"),
          Example("Smith (via phone): We are safe. The water is rising.\n\nHost: Stay safe.\n\nSmith (via phone): "
                  "We will, thank you.\n\nHost: Thanks.", "Stay safe.", "Host"),
          Example("Ann Lee -- Chief Executive Officer: We grew sales 6 percent.\n\nTom Hale -- Chief Financial "
                  "Officer: Margins rose too.\n\nAnn Lee -- Chief Executive Officer: Pricing stays firm.\n\n"
                  "Tom Hale -- Chief Financial Officer: And costs are falling.", "Pricing stays firm.", "Ann Lee"))),
    Rule("stamped-turn", "turn", "A live blog's entry that a stamp opens (`10:42 a.m.`, `14:05 GMT`, or a stamp on "
         "a line of its own above it), then a speaker's label in capitals or title case (`10:42 a.m. Smith: We will not "
         "resign.`), with no quotation marks, speaking in the first or second person or labelled with a title or role "
         "and a name (`9:03 a.m. Judge Hale: Please be seated.`), is the labelled one's direct quote, though no other "
         "label answers it (not `10:42 a.m. Kyiv: Sirens sounded.`, nor a stamp's zone: `10:42 a.m. ET: ...`).",
         stamped_turns,
         (Example("The council met late.\n\n10:42 a.m. Smith: We will not resign.\n\n10:50 a.m. The vote "
                  "was delayed.", "We will not resign.", "Smith"),
          Example("10:42 a.m.\n\nGov. Ruiz: We are opening shelters now.", "We are opening shelters now.",
                  "Gov. Ruiz"),
          Example("Key moments\n\n9:03 a.m. Judge Hale: Please be seated.", "Please be seated.", "Judge Hale"))),
    Rule("post-signature", "turn", "An embedded post: a paragraph a signature line opens (a dash or `A post shared "
         "by` (lexicon POST_SIGNATURE_LEADS), the account holder's name, any emoji its display name ends with (no "
         "word of the name: `Ann Ruiz \U0001F1FA\U0001F1F8`), the handle in brackets, then anything: "
         "`— Ann Ruiz (@annruiz) December 5, 2026`; or a dash and the handle alone with the post's date: `— @annruiz, "
         "March 3, 2024`) signs "
         "the paragraph right before it (past a line of links alone right under it), with no quotation marks: its text, less the "
         "links it ends with (`pic.twitter.com/...`, `https://...`), is the account holder's direct quote (none when "
         "it is only a link, or the embed's own line: `View this post on Instagram`, lexicon EMBED_LABELS).",
         post_turns,
         (Example("The senator celebrated online.\n\nWe passed a bill that puts families first. Proud of this "
                  "team.\n\n\u2014 Ann Ruiz (@annruiz) December 5, 2026\n\nThe bill now goes to the House.",
                  "We passed a bill that puts families first. Proud of this team.", "Ann Ruiz"),
          Example("The mayor replied within minutes.\n\nWe will rebuild, together.\n\n\u2014 @annruiz, March 3, 2024",
                  "We will rebuild, together.", "@annruiz"),
          Example("The club posted its reply.\n\nSee you all in the final! https://t.co/x1y2z3\n\n\u2014 Harbour "
                  "Rovers FC (@harbourrovers) May 3, 2026", "See you all in the final!", "Harbour Rovers FC"),
          Example("The singer shared the news.\n\nWe are going back on tour! See you all in May.\n\nA post shared by "
                  "Lina Park (@linapark) on Dec 5, 2026 at 3:45pm PST", "We are going back on tour! See you all in May.",
                  "Lina Park"),
          Example("The club posted its reply.\n\nSee you all in the final!\npic.twitter.com/x1y2z3\n\u2014 "
                  "Harbour Rovers FC (@harbourrovers) May 3, 2026", "See you all in the final!", "Harbour Rovers FC"),
          Example("The senator answered online.\n\nThis bill is a disgrace and I will vote against it.\n\u2014 "
                  "Maria Lopez \U0001F1FA\U0001F1F8 (@SenLopez) May 3, 2026",
                  "This bill is a disgrace and I will vote against it.", "Maria Lopez"))),
))

GOES_ON = Table("goes-on", doc="How far a transcript's turn runs.", rules=(
    Rule("turn-goes-on", "goes-on", "A turn goes on over the paragraphs after it that no label opens, up to the "
         "next labelled one (three paragraphs on at most), past a stage direction in brackets or a line of dots; "
         "not over one with quotation marks, nor past the last turn.", goes_on,
         (Example("The two spoke on the radio.\n\nSMITH: We are not going anywhere.\n\nThe town needs this road."
                  "\n\n(LAUGHTER)\n\nJONES: Then the vote fails.",
                  "We are not going anywhere. The town needs this road.", "SMITH"),)),
))
