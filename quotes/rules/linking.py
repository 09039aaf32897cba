"""Linking a marked quotation to its cue or speaker: the functions behind the `link` table.

Each function reads one quotation and its neighbourhood (`Quotation`); the table in
`quotes.rules.tables` orders them.  The constants are shared with `quotes.assemble`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import Callable, Mapping, Sequence

import regex

from ..attribution import SUBJECT_BEFORE_RULES, _CLAUSE_BREAKS, Cue, aside_before, clause_subject, main_root, verb_subjects, fronted_close, governing_subject, charged_passive, linked
from ..entities import describe, plural
from ..lexicon import phrasal_form_particles, POSSESSIVE_ENDINGS
from ..lexicon import (ARRIVAL_SUBORDINATORS, PLAIN_QUESTION_OPENERS, QUESTIONING_VERBS, QUESTION_TOPIC_PREPOSITIONS, SILENT_GESTURE_PASTS, HOW_TOLD_FORMS, SPEAKING_GERUNDS, NAMED_THING_NOUNS, HEADLINE_SPEAKING_PHRASES, FAMILY_NOUNS, KIN_NOUNS, FIRST_PERSON_WORDS, ANY_MARK, ADDRESS_TITLES, IRREGULAR_PASTS, CARRYING_PASTS, NOMINATIVE_PRONOUNS, QUOTE_LABELS, CAPTIONING_VERBS, cue_lemma, that_only_forms, GIVEN_TEXTS, LANGUAGE_NAMES, TRANSLATION_GLOSS, TRANSLATION_LABEL, GLOSS_WORDS, announces_reply, SUMMARY_NOUNS, BREAK_DASHES, SCENE_THINGS, PHRASAL_FORM_PARTICLES, LINK_LABELS, BE_FORMS, ARRIVAL_FORMS, AUTHORED_TEXTS, AUXILIARIES, CLOSE_MARK, DOUBLE_GLYPH, COMMA_ASIDE_OPENERS, CLAUSE_PREPOSITIONS, HEADLINE_TOPIC_WORDS, HEADLINE_EVENT_WORDS, SIGNED_TOPIC_WORDS, PHOTO_CREDIT_WORDS, cue_forms, ENTERING_VERBS, LEAVING_PARTICLES, AFTER_SPEAKING_OPENERS, CHANT_NOUNS, FINITE_BE_FORMS,
                       DASH_ASIDE_OPENERS, DETERMINERS, LISTENER_VERBS, ADDRESSEE_PREPOSITIONS, MARK_CHARS, NOT_PAST_FORMS,
                       NOT_SPEAKER_LABELS, NEWSLETTER_LABEL_LEADS, NOUN_MARKERS, PHRASAL_FORMS, PHRASAL_WORDS, PLACE_PREPOSITIONS,
                       POSSESSIVE_PRONOUNS, PRESENT_TAG_FORMS, ANSWER_PARTICLES, TURN_PAST_FORMS, TURN_PRESENT_FORMS, THOUGHT_TAG_FORMS, PRONOUNS, RELATION_NOUNS, QUESTION_VERBS, REPLY_NOUNS, ROLE_WORDS,
                       SIGNATURE_DASHES, SOURCE_LEADS, SOURCE_LEAD_OPENERS, SPEAKER_NOUNS, SPEAKING_MANNERS, SUBORDINATE_OPENERS,
                       TIME_SUBORDINATORS, TITLES, TIME_NOUNS, TIME_OPENERS, TIME_PHRASE_LEADS,
                       TELL_FORMS, TEXT_VERBS, INSCRIBED, INSCRIPTION_VERBS, WORDS_NOUNS, WORK_NOUNS, CREDIT_NOUNS, NICKNAME_NOUNS, WORDING_NOUNS, BORROWED_WORDING_NOUNS,
                       NAME_GIVING_FORMS, PREPOSITIONS, REFLEXIVE_PRONOUNS, VERB_PARTICLES, WORK_MAKING_FORMS,
                       PERFORMING_FORMS, NAMING_NOUNS)
from ..lexicon import INDEFINITE_ARTICLES, ARTICLES, DESCRIPTION_PREPOSITIONS, MONTHS
from ..marks import (Inside, Quoted, has_closing_mark, lstrip_marks, mark_ends, marked_range, past_marks, rstrip_marks, single_mark_ends,
                     strip_marks)
from ..parse import FINITE_TAGS, Word, NOUN_UPOS, OBJECT_RELS, VERB_UPOS
from ..records import QuoteType
from ..resolve import opening_name, caption_credit, person_noun
from ..segment import Sentence
from .registry import Example, Rule, Table, example_parse
from .text import bracket_close, common_saying, defined_term as _defined_term, english_words, foreign_words, trimmed as _trimmed, word_count as _word_count
from .tree import Parsed, cue_form, no_speaker_opener, occasion_after, preposition, relative_pronoun, time_word

# Confidence by how the speaker was found.
CONF_LINKED = 0.9
CONF_NEAR = 0.8
CONF_NEIGHBOUR = 0.75
CONF_MIXED = 0.75
CONF_INDIRECT = 0.7
CONF_LEARNED = 0.6  # what an outlet has learned or understands (`..., the BBC understands.`), less sure than a say
CONF_REPORTED_OBJECT = 0.6  # a noun phrase reported (`denied the allegations`), less sure than a clause
CONF_FLOATING = 0.55
CONF_NONE = 0.35
UNCLOSED_PENALTY = 0.1

FRAGMENT_WORDS = 5      # an uncued quotation this short within a sentence needs a verb that governs it
SHORT_WORDS = 2         # a quoted term this short inside a sentence is a scare quote unless a cue takes it
FOLLOWER_TOKENS = 8     # a sentence this short after a quote may carry its cue (`he added.`)
MIN_LEAD_WORDS = 3    # words before a quotation, in its sentence, that make it part of a reported clause
SET_OFF_REACH = 40    # characters before a quotation's opening mark searched for the comma or colon setting it off
NAMING_CHARS = 60     # from a naming verb to the opening of the quotation it names (`called him a "..."`)
# `Frank Newport and Jim Harter: "..."`: a name and a colon right before the opening mark.
# A party label may follow the name (`Rep. Jane Doe (D-Ohio):`).
# A role word may follow a capitalised one in lower case (`Ferrari boss: "..."`, `Labour leader Jo Hart:`), and so
# may a common noun for a speaker (`SPEAKER_NOUNS`: a tabloid's `Soap star: '...'`, `Tragic mum: '...'`).
_ROLES = "|".join(sorted(ROLE_WORDS | SPEAKER_NOUNS, key=len, reverse=True))
_COLON_NAME = regex.compile(r"((?:\p{Lu}[\w'’.-]*|and|of|the)(?:\s+(?:\p{Lu}[\w'’.-]*|and|of|the|(?:" + _ROLES + r")))"
                            r"{0,6}(?:\s*\(\p{Lu}[^()\n]{0,20}\))?)\s*(:)\s*\Z")


def _within_name(text: str, q: Quoted, speaker: tuple[int, int] | None, cue_at: int = -1) -> bool:
    """Whether the quotation lies inside a speaker's noun phrase, with its words on both sides (`the author of
    "Going Viral," about ...`), or is a short term closing the subject before its cue (at `cue_at`), the
    phrase's words before it (`as the "review" urged`)."""
    if speaker is None or not speaker[0] <= q.start <= q.end <= speaker[1]:
        return False
    lead = text[speaker[0]:q.start]
    if not any(ch.isalnum() for ch in lead):
        return False
    return any(ch.isalnum() for ch in text[q.end:speaker[1]]) or cue_at >= speaker[1] \
        and len(text[q.start:q.end].split()) <= SHORT_WORDS and len(lead.split()) <= TERM_LEAD_WORDS and "," not in lead


TERM_LEAD_WORDS = 3   # the most words of a subject's phrase before a term quoted at its end (`the so-called "experts"`)


def _own_cue(text: str, q: Quoted, first: int, last: int, cues_by_sentence: Mapping[int, list[Cue]],
             parses: Mapping[int, Sequence[Word]], inside: Inside) -> tuple[Cue | None, float]:
    """A cue in the quotation's first or last sentence, outside any quotation: joined by the parse, else
    nearest; one with a speaker over one without (`Asked about it, Clinton said, "..."`), and an outer
    report over one within it (`_nested_report`)."""
    found: list[tuple[int, int, float, Cue]] = []
    opened, closed = marked_range(text, q)   # distances from its marks, however many characters they take
    for si in sorted({first, last}):
        for cue in cues_by_sentence.get(si, []):
            if inside.contains(cue.span[0]) or (cue.naming and not 0 <= opened + 1 - cue.span[1] <= NAMING_CHARS):
                continue
            if cue.content is not None and cue.span[1] <= q.start and q.end <= cue.content[0]:
                continue  # between the cue and what it reports: `told WKDL's "Bright Early Show" that ...`
            if _own_report_after(text, cue, q):
                continue  # `speaks of "...," and she tells crowds that ...`: that clause is its report
            if _closed_participle_aside(text, cue, q):
                continue  # `The song, written by Ann Ruiz, opens with "..."`: the aside tells who wrote the song
            if _named_within_speaker(cue, q, cues_by_sentence.get(si, [])):
                continue  # `Critics in towns that are labeled "backward" say ...`: a term naming the towns
            aside = aside_before(parses[si], cue.verb) if cue.span[0] >= q.end else None
            if aside is not None and aside[0] <= q.start and q.end <= aside[1]:
                continue  # `Park, who called it "a trap," described ...`: the relative clause's quotation
            distance = min(abs(cue.span[0] - closed), abs(opened - cue.span[1]))
            if linked(parses[si], cue, q.start, q.end) and not _reported_before(cue, q, cues_by_sentence.get(si, [])):
                found.append((0, distance, CONF_LINKED, cue))
            else:
                found.append((1, distance, CONF_NEAR, cue))
    if not found:
        return None, 0.0
    cues = [f[3] for f in found]
    opening = _opening(text, q, 0)
    set_off = text[max(0, opening - SET_OFF_REACH):opening].rstrip()[-1:] in (",", ":")
    named = any(c.naming and c.span[1] <= q.start and text[c.span[1]:opening].strip(" ,") == "" for c in cues)
    introduced = set_off and any(c.span[1] <= q.start for c in cues)  # `X said: "A ... B," he added`: X's
    _, _, conf, cue = min(found, key=lambda f: (_relative_before_tag(f[3], cues, q)
                                                or _participle_before_tag(text, f[3], cues, q), f[3].speaker is None,
                                                _colon_cue_after(text, f[3], cues, q, opening),
                                                set_off and not _sets_off(text, f[3], cues, opening),
                                                _before_relative(f[3], cues, q),
                                                not set_off and _nested_report(f[3], cues, q),
                                                _reports_onward(text, f[3], q),
                                                not (not named and not introduced and _tag(text, f[3], q)),
                                                _joined_after(text, f[3], q), _report_between(f[3], cues, q),
                                                _runs_into_later(text, f[3], cues, opening), f[0], f[1]))
    return cue, conf


def _runs_into_later(text: str, cue: Cue, cues: Sequence[Cue], opening: int) -> bool:
    """`"We will build it," Lee said as the crowd chanted "Build the wall!"`: a cue before the quotation is
    passed over, however the parse hung the quotation, where a later cue with a speaker of its own (a noun
    phrase, no pronoun, as for `_sets_off`), outside what the first cue reports, runs into the quotation's
    opening mark with nothing between: that verb takes the words as its own object."""
    return cue.span[1] <= opening and any(
        o is not cue and cue.span[1] <= o.span[0] and o.span[1] <= opening and o.speaker is not None and o.speaker_head is not None
        and o.speaker_head.upos != "PRON" and not text[o.span[1]:opening].strip()
        and not (cue.content is not None and cue.content[0] <= o.span[0] < cue.content[1]) for o in cues)


def _named_within_speaker(cue: Cue, q: Quoted, cues: Sequence[Cue]) -> bool:
    """`Critics in towns that are labeled "backward" say they are ignored`: a quotation within a cue's speaker,
    taken by a cue there that names no one who spoke (a passive: `passive-relative`), is unnamed others' term for
    something in the speaker's phrase, not what the speaker says."""
    if cue.speaker is None or not (cue.speaker[0] <= q.start and q.end <= cue.speaker[1]):
        return False
    return any(o is not cue and o.speaker is None and cue.speaker[0] <= o.span[0] and o.span[1] <= q.start
               for o in cues)


def _report_between(cue: Cue, cues: Sequence[Cue], q: Quoted) -> bool:
    """`Ruiz called the plan "a disaster," while Hale said it was "the best we could do."`: a cue before the
    quotation is passed over, however the parse hung the quotation, where another cue, finite with a speaker of
    its own, stands between them whose reported clause holds the quotation and lies outside what the first cue
    reports (not `Lee said the aide admitted it was "a mistake"`: a report within a report, `_nested_report`'s;
    not a participle, `Lee said, adding of the plan, "..."`, whose speaker is only inferred)."""
    if cue.span[1] > q.start:
        return False
    return any(o is not cue and o.speaker is not None and o.content is not None and o.verb.xpos in FINITE_TAGS
               and cue.span[1] <= o.span[0] < q.start and o.content[0] <= q.start < o.content[1]
               and not (cue.content is not None and cue.content[0] <= o.span[0] < cue.content[1]) for o in cues)


COLON_CUE_GAP = 4  # the most words between a cue and the colon it closes with (`told The Sun:`, `added on Twitter:`)


def _colon_cue_after(text: str, cue: Cue, cues: Sequence[Cue], q: Quoted, opening: int) -> bool:
    """`One fan called it a disgrace, while another added: "..."`: a quotation a colon introduces is the
    words of the cue whose clause closes on that colon (its speaker its own, a noun phrase: no pronoun, which
    stands for the first cue's speaker, `X said it best when he blogged:`; the colon at most `COLON_CUE_GAP`
    words past the verb: `told The Sun:`), not of a cue before that clause, however the parse hung the
    quotation from the sentence's first verb; not of a cue within what the first one reports (`Lee said he
    responded: "..."`: the outer report's, as `_nested_report` has it)."""
    if cue.span[1] > q.start:
        return False
    colon_at = opening - 1  # back over the spaces before the opening mark, not copying the text before it
    while colon_at >= 0 and text[colon_at].isspace():
        colon_at -= 1
    if colon_at < 0 or text[colon_at] != ":":
        return False
    for o in cues:
        if o is cue or o.speaker is None or _relative_speaker(o) or not cue.span[1] <= o.span[0] < o.span[1] <= colon_at:
            continue
        if not cue.span[1] <= o.speaker[0] or o.content is not None and o.content[1] <= colon_at:
            continue  # (the later clause's subject after the first cue; no report of its own ending before the colon)
        if o.speaker_head is None or o.speaker_head.upos == "PRON" \
                or cue.content is not None and cue.content[0] <= o.span[0] < cue.content[1]:
            continue
        if len(_WORD.findall(text, o.span[1], colon_at)) <= COLON_CUE_GAP:
            return True
    return False


SET_OFF_LISTENER_WORDS = 3  # the most words (its listener) between a verb of telling and the comma or colon
# setting off the quotation it introduces (`telling him,`, `told the jury:`)


def _sets_off(text: str, cue: Cue, cues: Sequence[Cue], opening: int) -> bool:
    """`Ruiz recalled the night her mother said, "..."`, `Lee recalled his father telling him, "..."`: the last
    cue before a quotation set off by a comma or colon, right before that comma or colon (or with its listener
    between, at most `SET_OFF_LISTENER_WORDS` words, after a verb of telling or a preposition of address:
    `telling him,`, `shouting at staff,`, lexicon LISTENER_VERBS, ADDRESSEE_PREPOSITIONS), introduces the
    quotation: its speaker says it, not the subject of a verb of remembering or saying further back that holds
    the scene (the parse may hang the quotation from that one); not a participle with its own object between,
    `a memo to staff explaining the deal, "..."`, which tells what the memo did; not one whose speaker is a
    pronoun (`X said he responded: "..."`, `X said, and I quote, "..."`: it stands for a cue's speaker before
    it, or is the writer's aside)."""
    if cue.speaker is None or cue.speaker_head is None or cue.speaker_head.upos == "PRON" or cue.span[1] > opening \
            or any(o is not cue and cue.span[1] <= o.span[0] and o.span[1] <= opening for o in cues):
        return False
    m = _SET_OFF_GAP.fullmatch(text, cue.span[1], opening)
    if m is None:
        return False
    gap = _WORD.findall(m.group(1))
    return not gap or len(gap) <= SET_OFF_LISTENER_WORDS and (cue.verb.lemma in LISTENER_VERBS
                                                             or gap[0].lower() in ADDRESSEE_PREPOSITIONS)


# the words between a cue and the comma or colon that sets off the quotation after it (no other punctuation)
_SET_OFF_GAP = regex.compile(r"((?:\s+[\p{L}\p{N}][\p{L}\p{N}'\u2019.-]*)*)\s*[,:]\s*")


def _own_report_after(text: str, cue: Cue, q: Quoted) -> bool:
    """`She speaks of reaching "the top" by spring, and she tells crowds that ...`: a cue after the
    quotation, in a clause that a comma and `and` or `but` open, reporting a clause after it, reports
    that clause, not the quotation before it."""
    return cue.span[0] >= q.end and cue.content is not None and cue.content[0] >= cue.span[1] \
        and _CLAUSE_JOINED.search(text, q.end, cue.span[0]) is not None


def _closed_participle_aside(text: str, cue: Cue, q: Quoted) -> bool:
    """`The song, written by Ann Ruiz, opens with the line "..."`: a cue that is a passive participle set off
    by commas after a noun (a comma before it, its `by` agent, and a comma closing the aside before the
    quotation, with words of the sentence's own between; past capitalised words closing the agent's name)
    describes that noun: the quotation after the aside
    is no report of it."""
    if cue.verb.xpos != "VBN" or cue.speaker is None or not cue.span[1] <= cue.speaker[0] <= cue.speaker[1] <= q.start:
        return False
    if not text[:cue.span[0]].rstrip().endswith(",") or text[cue.span[1]:cue.speaker[0]].strip().lower() != "by":
        return False
    rest, comma, after = text[cue.speaker[1]:q.start].partition(",")  # (past the name's words the parse left out)
    return bool(comma) and all(w[:1].isupper() for w in rest.split()) and any(ch.isalpha() for ch in after)


_CLAUSE_JOINED = regex.compile(r",(?:\s|" + CLOSE_MARK + r")*(?:and|but)\s", regex.IGNORECASE)


def _reported_before(cue: Cue, q: Quoted, cues: Sequence[Cue]) -> bool:
    """`X said the plan was weak, saying it lacks "any teeth."`: a cue whose report ends before the
    quotation, with another cue between them, is not joined to it, whatever the parse says."""
    if cue.content is None or not cue.span[1] <= cue.content[1] <= q.start:
        return False
    return any(c is not cue and cue.content[1] <= c.span[0] < q.start for c in cues)


def _tag(text: str, cue: Cue, q: Quoted) -> bool:
    """`"...," Ruiz assured Hale, after Hale ...`, `"...," said Ruiz`: a finite cue right after the closing
    mark, nothing but its speaker and punctuation between, tags the quotation (one set off or opening its
    sentence: the caller asks), however the parse joined it; a participle there goes on (`, blaming ...`),
    and so does a cue reporting a clause of its own after a fragment the sentence's words run on into
    (`While critics call it "reckless," supporters say it will ...`)."""
    if cue.speaker is None or cue.span[0] < q.end or cue.verb.xpos == "VBG":
        return False
    if cue.content is not None and cue.content[0] >= cue.span[1] and text[:_opening(text, q, 0)].rstrip()[-1:].isalnum():
        return False  # `While critics call it "reckless," supporters say it will ...`: a fragment the words run
        # on into, and a cue reporting a clause of its own after it
    between = text[q.end:cue.span[0]]
    if q.end <= cue.speaker[0] and cue.speaker[1] <= cue.span[0]:
        between = text[q.end:cue.speaker[0]] + text[cue.speaker[1]:cue.span[0]]
    return _TAG_GAP.fullmatch(between) is not None


_TAG_GAP = regex.compile(r"(?:[\s,]|" + CLOSE_MARK + r")*")


def _joined_after(text: str, cue: Cue, q: Quoted) -> bool:
    """`Ortiz said he "sent a letter," and he said he hoped ...`: a cue after the quotation, past a
    conjunction that opens a clause of its own after the closing mark, reports that clause; it is the
    quotation's only when no other cue is, even where the parse joins the quotation to it and not to
    that other cue (`called the storm "a disaster," but he also praised ...`)."""
    return cue.span[0] >= q.end and _CONJUNCTION_AFTER.match(text, q.end, cue.span[0]) is not None


_CONJUNCTION_AFTER = regex.compile(r"(?:[\s,;]|" + CLOSE_MARK + r")*(?:and|but)\s", regex.IGNORECASE)


def _reports_onward(text: str, cue: Cue, q: Quoted) -> bool:
    """`Lee called the plan "a disaster," adding that ...`, `..., adding: "..."`: a participle set off by a
    comma after the quotation, reporting a clause of its own after it or introducing the next quotation,
    goes on to another report; a cue before the quotation is its own."""
    if cue.span[0] < q.end or cue.verb.xpos != "VBG" or strip_marks(text[q.end - 1:cue.span[0]], " ") != ",":
        return False
    if cue.content is not None:
        return cue.content[0] >= cue.span[1]
    m = _INTRODUCES.match(text, cue.span[1])   # `, adding: "..."`: it introduces the next one
    return m is not None and past_marks(text, m.end()) > m.end()


# a colon or comma and then an opening quotation mark right after a cue: it introduces the quotation that follows
_INTRODUCES = regex.compile(r"\s*[:,]\s*")


def _relative_speaker(cue: Cue) -> bool:
    """Whether a cue's speaker is a relative pronoun (`..., who said ...`): it speaks in a relative clause."""
    head = cue.speaker_head
    return head is not None and head.upos == "PRON" and relative_pronoun(head.text)


def _before_relative(cue: Cue, cues: Sequence[Cue], q: Quoted) -> bool:
    """`"...," said Ortiz, who said there were "too many holes."`: a cue before a relative clause whose own
    cue stands between it and the quotation leaves the quotation to that clause, however the parse hung it."""
    return any(o is not cue and o.speaker is not None and _relative_speaker(o)
               and cue.span[1] <= o.speaker[0] < o.span[1] <= q.start
               for o in cues)


def _relative_before_tag(cue: Cue, cues: Sequence[Cue], q: Quoted) -> bool:
    """`"...," one resident, who asked not to be named, told Reuters.`: a cue after the quotation whose
    subject is a relative pronoun, with another cue after it, speaks in a relative clause that describes
    the speaker of that later cue: it does not tag the quotation, whatever the parse made of the later one;
    nor with another cue between the quotation and it (`"...," said one, who asked not to be named`: the
    clause describes that cue's speaker, whom the parse may leave unnamed)."""
    return cue.span[0] >= q.end and _relative_speaker(cue) and any(
        o.span[0] >= cue.span[1] or q.end <= o.span[0] and o.span[1] <= cue.span[0] for o in cues if o is not cue)


def _participle_before_tag(text: str, cue: Cue, cues: Sequence[Cue], q: Quoted) -> bool:
    """`"...," a senior officer, requesting anonymity, told reporters.`: a cue after the quotation in `-ing`
    that a comma opens, with a cue after it in another form (`told`, however tagged), heads a participle phrase set off that describes the
    speaker of that later cue (as a relative clause does, `_relative_before_tag`): it does not tag the
    quotation."""
    return cue.span[0] >= q.end and cue.verb.xpos == "VBG" and text[:cue.span[0]].rstrip().endswith(",") \
        and any(o is not cue and o.span[0] >= cue.span[1] and o.verb.xpos != "VBG" for o in cues)


def _nested_report(cue: Cue, cues: Sequence[Cue], q: Quoted) -> bool:
    """`Kerry said the aide he hired admitted the memo was "a mistake"`: a cue within the clause another
    cue before it reports, with the quotation in that clause too, is a report within the report: the
    outer cue's quotation (the caller leaves one the inner cue sets off by a comma or colon, `he said
    his father told him: "..."`, to the inner cue)."""
    return any(o is not cue and o.content is not None and o.span[1] <= o.content[0] <= cue.span[0] < o.content[1]
               and o.content[0] <= q.start < o.content[1] for o in cues)


_QUOTED_AS_PARTICIPLE = regex.compile(r"\s+as\s+[a-z]+ing\b")  # `quoted the leader as calling`: the one quoted's verb


def _paraphrase(text: str, q: Quoted, cue: Cue, sentence: Sentence,
                words: Sequence[Word]) -> tuple[int, int] | None:
    """`X said the "extraordinary measures" were ...`: a cue whose own words run on into the
    quotation (no colon, no comma before the mark) reports a paraphrase carrying a quoted fragment;
    its content runs from the cue to the sentence's end, or to an `and` after the quotation that
    goes on with the reporter's own narration (`called him "lazy" and said he had ...`) or opens a
    clause of its own coordinated with the cue (`called it "a disaster," and the union said ...`), or to
    a participle that goes on to the next report (`called it "a disaster," adding that ...`), or to a
    clause of time that tells when it was said (`called it "a disaster" before he left`), or to a phrase
    naming the occasion it was said on (`occasion_after`: `called it "a disaster" in an interview`), or to a lone
    dash opening the writer's aside (`dash_aside`: `called it "a disaster" - a rare rebuke`), or to a
    comma opening one (`comma_aside`: `called it "a disaster," a rare rebuke`), or to the end
    of the relative clause (or the fronted subordinate clause) the cue stands in (`The mayor, who called
    it "a disaster," said`)."""
    if cue.speaker is None or not (sentence.start <= cue.span[1] <= q.start) or len(q.parts) > 1:
        return None
    if _venue(text, q, cue):
        return None  # `said in an interview on "New Day."`: where it was said, not what
    opening = _opening(text, q, cue.span[1])
    if _titled_place(text, q, sentence.start, opening):
        return None  # `said Tuesday on KTV's "Good Evening Ohio."`: a programme's title, not a paraphrase
    if _names_a_work(text, q):
        return None  # `wrote under the pseudonym "Old Salt"`: a name or a title, left to the filters
    between = text[cue.span[1]:opening].strip()  # a comma closing an apposition (`called the chief, Ann Ruiz,`)
    if not between or not any(ch.isalpha() for ch in between):
        return None
    if between[-1] in ",:;" and not (cue.naming and between[-1] == "," and "," in between[:-1]):
        return None
    gap = rstrip_marks(text[cue.span[1]:q.start], " ").strip()   # (dashes may touch the words and marks)
    lead = _QUOTED_BEFORE_ASIDE.match(gap)   # `"A," he said, "but" -- he paused -- "B."`: past the part after the tag
    aside = gap[lead.end():] if lead is not None else gap
    if _SPACED_DASH.match(aside) and _SPACED_DASH.search(aside[-2:]) \
            and _TAG_AFTER_QUOTATION.search(text, sentence.start, min(cue.span[0], cue.speaker[0])):
        return None   # `"A," he said -- and then, after a pause -- "B."`: B goes on after an aside set off by dashes
    if _SPACED_DASH.search(gap[-2:]) and len(_SPACED_DASH.findall(text, sentence.start, min(cue.span[0], cue.speaker[0]))) % 2:
        return None   # `"A" -- she said it twice -- "B."`: the cue stands in an aside the dash before B closes
    relative = _relative_end(text, q, words, cue)
    fronted = _fronted_end(words, cue)
    end = min([sentence.end] + [e for e in (relative, fronted) if e is not None] + [
        w.start for w in words if q.end <= w.start and (_narration_goes_on(words, w) or _next_report(words, w, cue)
                                                        or _named_then_verb(words, w, cue)
                                                        or _onward_participle(text, q, w)
                                                        or _time_after(text, q, w)
                                                        or comment_after(text, q.end, w.start)
                                                        or comma_aside(text, q.end, w.start)
                                                        or _summary_after(words, w)
                                                        or dash_aside(text, w.start - 1, sentence.end))])
    occasion = occasion_after(words, cue.span[1], end)
    if occasion is not None and occasion >= q.end:
        end = occasion  # `called the judge "a dictator" in an interview on Sunday`: where it was said, not what
    gloss = _gloss_after(text, q, end)
    if gloss is not None:
        end = gloss  # `said it was "zu wenig" -- in English, "too little."`: the translation is a quote of its own
    if cue.speaker[0] >= q.end and cue.speaker[0] < end:
        agent = _AGENT_BY.search(text, q.end, cue.speaker[0])  # `described as "reckless" by the Chancellor`:
        if agent is not None:                                # the agent speaks, it is no part of what is said
            end = agent.start()
    closed = bracket_close(text, cue.span[0], q.end, end)
    if closed is not None:
        end = closed  # `(which Lee won after declaring himself the "comeback kid") makes ...`: the brackets close it
    if cue.content_rule == "noun-cue" and cue.content is not None and q.end <= cue.content[1] < end:
        end = cue.content[1]  # `Her claim that wages "have collapsed" is false`: the sentence's own predicate follows
    while end > q.end and (text[end - 1] in ".!?;," or text[end - 1].isspace()) and not mark_ends(text, end):
        end -= 1  # the sentence's stop, not the `;` of a closing mark left as an entity (`&rdquo;`)
    start = cue.span[1]
    if start <= cue.speaker[0] and cue.speaker[1] <= opening and (text[start:cue.speaker[0]].strip() == "by" or (
            cue.speaker_rule == "according-to" and not text[start:cue.speaker[0]].strip()
            and text[cue.speaker[1]:opening].lstrip().startswith(","))):
        start = cue.speaker[1]  # `described by his family as "..."`: the agent speaks, what follows is said;
        # `According to the mayor, the plan "will ..."`: the speaker and its comma right after the cue, no part of it
    if cue.speaker_rule == "quoted-as" and start <= cue.speaker[0] and cue.speaker[1] <= opening \
            and (said := _QUOTED_AS_PARTICIPLE.match(text, cue.speaker[1], opening)) is not None:
        start = said.end()  # `quoted the leader as calling for "..."`: what the one quoted said, after the participle
    if cue.more is not None and start < cue.more[0] <= opening:
        start = cue.more[0]  # `The budget, she said on Tuesday, is "a mess."`: the tag set within the clause,
        # its time or place included, is no part of what is said after it
    elif cue.speaker[1] <= cue.span[0] and text[sentence.start:cue.speaker[0]].rstrip().endswith(","):
        start = _tag_setting_end(text, start, opening)   # the same where the parse gave the tag no `more`
    while text[start].isspace() or text[start] in ",;:":
        start += 1
    aside = _DASH_PAIR.match(text, start, opening)
    if aside is not None and aside.end() < opening:
        start = aside.end()  # `said -- and she meant it -- that "..."`: an aside set off by dashes, no part of it
    if cue.content is not None and start < cue.content[0] <= opening and (
            cue.verb.lemma in LISTENER_VERBS and (_listener_before(text, start, cue.content[0])
                                                  or cue.content_rule == "named-listener")
            or _setting_before(text, start, cue.content[0], words) or _time_before(text, start, cue.content[0])):
        start = cue.content[0]  # `told the Ledger she was "appalled"`: the listener told is no part of it;
        # `said in an interview that sales were "better than expected"`: nor where it was said
    else:
        that = _THAT.search(text, start, opening)
        if that is not None and (_setting_before(text, start, that.start(), words)
                                 or _time_before(text, start, that.start())
                                 or cue.verb.lemma in LISTENER_VERBS and _listener_before(text, start, that.start())
                                 and _subject_after_that(text, that.start(), words)):
            start = that.start()  # the same, however the parse hung the clause (`told the crowd that rock was`)
    return start, max(end, q.end)


def _tag_setting_end(text: str, start: int, opening: int) -> int:
    """`The pact, the leaders said in a joint statement, marks "a new chapter"`: after the verb of a tag set
    within its clause (a comma before its speaker), a phrase of place or time (a preposition or a time word
    first, a few words, no punctuation) closed by a comma before a quotation's opening at `opening` is the
    tag's: where the words said begin, past that comma; `start` where there is no such phrase."""
    phrase, comma, _ = text[start:opening].partition(",")
    words = phrase.split()
    if not comma or not 0 < len(words) <= SETTING_WORDS \
            or not (preposition(words[0].lower()) and words[0].lower() not in CLAUSE_PREPOSITIONS
                    or time_word(words[0])) \
            or not all(w.replace("'", "").replace("\u2019", "").isalnum() for w in words):
        return start
    return start + len(phrase) + len(comma)


def _gloss_after(text: str, q: Quoted, end: int) -> int | None:
    """Where a translation's gloss (`translation_gloss`) opening the next quotation before `end` begins, right
    after quotation `q`: `"zu wenig" -- in English, "too little."`; None when none follows."""
    after = past_marks(text, q.end)
    opening = next((i for i in range(after, end) if text[i] in MARK_CHARS), None)
    if opening is None or not translation_gloss(text, after, opening):
        return None
    m = TRANSLATION_GLOSS.search(text[after:opening])
    return None if m is None else after + m.start()


# An aside set off by a pair of dashes (with the spaces after it), holding no quotation mark.
# A dash that sets narration off within a sentence: an em or en dash, two hyphens, or one hyphen standing
# alone between spaces, typed for a dash (`"A" - she paused - "B."`; not `well-known`).
SPACED_DASH = r"(?:\u2014|\u2013|--|(?<!\S)-(?!\S))"
_SPACED_DASH = regex.compile(SPACED_DASH)
# A comma and a whole quotation right before a dash: the part of a quotation that goes on after its tag
# (`"A," he said, "but" -- he paused -- "B."`).
_QUOTED_BEFORE_ASIDE = regex.compile(r",\h*" + ANY_MARK + r"[^\n]{1,80}?" + ANY_MARK + r"\h*(?=" + SPACED_DASH + ")")
_DASH_PAIR = regex.compile(SPACED_DASH + r"[^\u2014\u2013\"\u201c\u201d\n]{1,120}?" + SPACED_DASH + r"\h*")
_AGENT_BY = regex.compile(r"\s+by\s+\Z")  # `by` right before a passive cue's agent


_THAT_OPENING = "that "  # the complementizer opening a clause, and the space after it


def _subject_after_that(text: str, clause: int, parsed: Sequence[Word]) -> bool:
    """Whether the `that` at `clause` opens a clause with a subject of its own, the word after it no verb
    (`told the crowd that rock was ...`; not `told the crowd that gathered ...`, a relative clause); a bare
    plural of a noun for a person is that subject however it was tagged (`said that teachers "feel ..."`)."""
    after = next((w for w in parsed if w.start > clause), None)
    return text[clause:clause + len(_THAT_OPENING)].lower() == _THAT_OPENING and after is not None and (
        after.upos not in VERB_UPOS or _people_plural(after.text))


def _people_plural(word: str) -> bool:
    """Whether a lower-case word is the plural of a noun for a person (`teachers`, `parents`): a noun, never
    a verb's `-s` form.

    >>> _people_plural("teachers"), _people_plural("matters"), _people_plural("Teachers")
    (True, False, False)
    """
    return word.islower() and plural(word) and word.endswith("s") and person_noun(word[:-1])


def _setting_before(text: str, start: int, clause: int, parsed: Sequence[Word]) -> bool:
    """Whether text[start:clause] is a phrase of a preposition (`in an interview`, `on Tuesday`, `in a
    statement to the Ledger`: a few words, no punctuation; not `after` or `since`, which open clauses)
    and the clause at `clause` opens with `that` and a subject (not a verb: `in an interview that aired
    Sunday` is the interview's relative clause): where or when it was said, before what was said; the phrase
    may close in an aside set off by commas that glosses its noun (`in a post on X, formerly Twitter,`)."""
    phrase, comma, aside = text[start:clause].partition(",")
    gloss = aside.split()
    if comma and not (0 < len(gloss) <= SETTING_WORDS and gloss[-1].endswith(",") and "," not in aside.rstrip()[:-1]
                      and all(w.isalnum() for w in gloss[:-1] + [gloss[-1][:-1]]) and "that" not in gloss):
        return False
    words = phrase.split()
    return 0 < len(words) <= SETTING_WORDS and preposition(words[0].lower()) \
        and words[0].lower() not in CLAUSE_PREPOSITIONS and "that" not in words \
        and all(w.replace("'", "").replace("\u2019", "").isalnum() for w in words) \
        and _subject_after_that(text, clause, parsed)


def _time_before(text: str, start: int, clause: int) -> bool:
    """Whether text[start:clause] is a phrase of time alone (`Monday`, `this month`, `earlier this year`,
    `on Sunday night`) and the clause at `clause` opens with `that` or a subject pronoun (`said Monday he was
    "open to it"`): when it was said, before what was said."""
    words = text[start:clause].split()
    first = text[clause:clause + 12].split()[:1]
    return 0 < len(words) <= 4 and bool(first) and (first[0].lower() == "that" or first[0].lower() in NOMINATIVE_PRONOUNS | {"it"}) \
        and (time_word(words[0]) or words[0].lower() in TIME_PHRASE_LEADS) and any(time_word(w) for w in words) \
        and all(time_word(w) or w in TIME_NOUNS or w.lower() in TIME_OPENERS for w in words)


def _listener_before(text: str, start: int, clause: int) -> bool:
    """Whether text[start:clause] is a listener of a few words (no `that`, no punctuation) and the clause
    at `clause` opens with its own subject: a pronoun, a determiner (`the Ledger she was ...`) or a name
    (`told the court Vale had ...`); or one of a few more words, a comma after it, before the clause's `that`
    (`told a Ledger reporter Monday evening that she ...`, `told Ann Cole of Channel 4, that ...`; a title's
    marks within it: `told KTV's "Good Evening" that ...`).  A listener ends in its noun, never in a
    preposition (`told the old story of the town of Ardel, which was "..."`: a topic, not whom it was told)."""
    words = text[start:clause].split()
    first = text[clause:clause + 12].split()[:1]
    if words and preposition(words[-1].lower()):
        return False
    if first and first[0].lower() == "that":
        return 0 < len(words) <= LISTENER_THAT_WORDS and "that" not in words \
            and all(_possessor(w.strip(MARK_CHARS).removesuffix(",").strip(MARK_CHARS)).isalnum() for w in words)
    return 0 < len(words) <= LISTENER_WORDS and all(_possessor(w).isalnum() for w in words) and "that" not in words \
        and bool(first) and (first[0].lower() in PRONOUNS or first[0].lower() in DETERMINERS
                             or first[0][:1].isupper() and first[0].isalpha())


def _possessor(word: str) -> str:
    """A word without its possessive ending (`RTÉ's` -> `RTÉ`), as a listener's words may carry one."""
    return word.removesuffix("'s").removesuffix("\u2019s")


def _fronted_end(words: Sequence[Word], cue: Cue) -> int | None:
    """`While the coach warned against "reading too much" into a win, his players ...`, `By calling the plan "a
    disaster," the mayor ...`: a cue in a subordinate clause or an `-ing` phrase opening its sentence reports
    nothing past the comma closing it."""
    i = cue.verb.index
    if not 0 <= i < len(words) or words[i].start != cue.verb.start:
        return None
    comma = fronted_close(Parsed.of(words), words[i], participle=True)  # `By calling it "a sham," Lee ...`
    return None if comma is None else words[comma].start


# a preposition right after a cue opens a phrase of place, time or manner (`said on "Meet the Press"`)
_PLACE_NEXT = regex.compile(r"\s+(?:" + "|".join(sorted(PLACE_PREPOSITIONS)) + r")\b", regex.IGNORECASE)


def _onward_participle(text: str, q: Quoted, w: Word) -> bool:
    """`called it "a disaster," adding that ...`: a speech verb's participle set off by a comma right
    after the quotation goes on to another report, the speaker's next one."""
    return w.xpos == "VBG" and cue_form(w.text) and strip_marks(text[q.end - 1:w.start], " ") == ","


def _time_after(text: str, q: Quoted, w: Word) -> bool:
    """`called the vote "a sham" before leaving the hall`: a clause of time right after the quotation
    (`before`, `after`, `when`, `until` ...) tells when the report was made: the narrator's words."""
    return w.text.lower() in TIME_SUBORDINATORS and not strip_marks(text[q.end:w.start], " ,")


# `..., which`: a relative `which` after a comma (inside or outside the closing marks)
_COMMENT_WHICH = regex.compile(r"\s*(?i:which)\b")


def comment_after(text: str, quote_end: int, pos: int) -> bool:
    """`called him "fit for office," which is ...`: a `which` clause set off by a comma right after a
    quotation (at `pos`) comments on the report, its own words, not the report's."""
    if strip_marks(text[quote_end - 1:pos], " ") != "," or not _COMMENT_WHICH.match(text, pos):
        return False
    m = _ASIDE_THEN_VERB.match(text, pos)  # `"The Wire," which debuted in 2002, were among ...`: an aside
    return m is None or m.group(1).lower() not in AUXILIARIES  # within the clause, whose verb follows it


# a `which` clause closed by a comma within its sentence, then the word after that comma
_ASIDE_THEN_VERB = regex.compile(r"\s*(?i:which)\b(?:(?!" + DOUBLE_GLYPH + r")[^,.;:!?\n])*,\s*([\w']+)")


# the word after a comma (and spaces)
_WORD_AFTER = regex.compile(r"\s*([\w']+)")


def _summary_after(words: Sequence[Word], w: Word) -> bool:
    """`accused the mayor of "playing politics" with the budget, a charge her office rejected`: a comma, then
    `a`, `an` or `another` (word `w`) and within three words a noun summing up a report (`SUMMARY_NOUNS`), past
    a quotation: the writer's apposition to the whole report, which ends before it (further from the
    quotation than `comma_aside` looks)."""
    i = w.index
    return 0 < i and words[i - 1].text == "," and w.text.lower() in COMMA_ASIDE_OPENERS \
        and any(x.text.lower() in SUMMARY_NOUNS for x in words[i + 1:i + 4])


def comma_aside(text: str, quote_end: int, pos: int) -> bool:
    """`called him a "moderate," a subtle dig at ...`, `..., another sign that ...`: a description summing
    up the report (`a`, `an`, `another`: an apposition to the whole report), set off by a comma right
    after a quotation (at `pos`), is the writer's aside on the report, not more of it (not where a quotation
    follows its `a` right away: `a "loser," a "liar" and a "whiner"` lists what was said)."""
    between = text[quote_end - 1:pos]
    if strip_marks(between, " ") != "," or any(ch.isspace() for ch in between.split(",", 1)[1].rstrip()):
        return False   # past the comma only closing marks (`"a trap," "a sham"` lists quotations)
    m = _WORD_AFTER.match(text, pos)
    if m is None:
        return False
    if text[m.end():m.end() + 2].lstrip()[:1] in MARK_CHARS and text[m.end():m.end() + 2].strip():
        return False   # `a "loser," a "liar" and a "whiner"`: a quotation right after `a` goes on a list of them
    return m.group(1).lower() in COMMA_ASIDE_OPENERS


# a lone dash set off by spaces, then the word after it
_DASH_ASIDE = regex.compile(r"\s*(?:\u2014|\u2013|--)\s*([\w']+)")
ANY_DASH = regex.compile(r"\u2014|\u2013|--")  # a dash, not a hyphen: an em or en dash, or two hyphens


def dash_aside(text: str, pos: int, end: int) -> bool:
    """`said he was "encouraged" by the plan - a modest boost for the mayor`, `... - while his rivals
    ...`, `called it the "expectations game" - setting ...`: a dash (not a hyphen) at `pos` (or past
    spaces from it), with no other dash after it up to `end` (the sentence's end: no aside closed by a
    second dash), and a description (`a`, `an`), a contrast (`while`) or a participle in `-ing` after it,
    opens the writer's aside on a report before it: the report ends there."""
    m = _DASH_ASIDE.match(text, pos, end)
    if m is None or ANY_DASH.search(text, m.end(), end) is not None:
        return False
    word = m.group(1)
    return word.lower() in DASH_ASIDE_OPENERS or (word.islower() and word.endswith("ing") and len(word) > 4)


def participle_aside(s: Parsed, w: Word, cue: Cue, clause: int, quote_end: int) -> int | None:
    """`said the bill was "a disgrace," prompting a walkout`, `saying the law was "a step back" and vowing to
    ...`: a participle in `-ing` after a quotation (ending at `quote_end`) in a cue's clause (opening at
    `clause`) that heads its own phrase, set off by a comma and hung on a word before that clause (the
    writer's free adjunct to the cue's sentence), or opened by `and` after a cue that is itself such a
    participle (the next thing its subject does), is no part of the report: where the report ends at the
    latest (the participle after a comma, the `and`); None otherwise.  `s`: the sentence `w` is in."""
    words = s.words
    if w.xpos != "VBG" or w.start < quote_end or not 0 < w.index < len(words):
        return None
    k = w.index - 1
    while k >= 0 and words[k].upos == "PUNCT" and words[k].text in MARK_CHARS:
        k -= 1  # past the quotation's closing marks
    if k < 0:
        return None
    if any(x.index < w.index and x.upos not in ("PUNCT", "CCONJ") for x in s.subtree(w)):
        return None  # the participle's phrase opens before it: part of a phrase of its own
    if words[k].text.lower() == "and":
        j = k - 1 if k > 0 and words[k - 1].text == "," else k
        return words[j].start if cue.verb.xpos == "VBG" and cue.span[1] <= clause else None
    if words[k].text == ",":
        return w.start if w.head < 0 or words[w.head].start < clause else None
    return None


def _narration_goes_on(words: Sequence[Word], w: Word) -> bool:
    """Whether `w` is the `and` or `but` of a verb with no subject of its own, coordinated with
    one before it: the sentence's subject does something more (`... and boycotted a debate`)."""
    if w.upos != "CCONJ" or w.deprel != "cc" or not w.index < w.head < len(words):
        return False
    verb = words[w.head]
    return verb.upos == "VERB" and verb.deprel == "conj" and words[verb.head].index < w.index and not any(
        k.head == verb.index and k.deprel.startswith(("nsubj", "csubj", "expl")) for k in words)


def _named_then_verb(words: Sequence[Word], w: Word, cue: Cue) -> bool:
    """Whether `w` is an `and` right before a finite verb after a naming verb's quotation (`called the
    figures "deeply worrying" and urged ministers to act`): a name given to an object goes on with no verb,
    so the verb is the namer's next doing, however the parse hung it (a past form in `-ed` there is one,
    whatever its tag: the tagger often calls it a participle)."""
    return cue.naming and w.text.lower() == "and" and w.index + 1 < len(words) \
        and words[w.index + 1].upos == "VERB" and words[w.index + 1].xpos in FINITE_TAGS | {"VBN"}


def _relative_end(text: str, q: Quoted, words: Sequence[Word], cue: Cue) -> int | None:
    """`The mayor, who called the plan "a disaster," said ...`: a cue in a relative clause reports
    nothing past that clause: one the parse hangs from a noun ends with its subtree; one set off by a
    comma and its relative pronoun (`, who`, `, whom`, `, which`), read off the words, ends at the
    next comma or dash from the quotation's end on.  Where it ends; None for any other cue."""
    if not words:
        return None
    if cue.verb.deprel.startswith("acl"):
        return Parsed.of(words).span(cue.verb)[1]
    before = [w for w in words if w.end <= cue.span[0]]
    opening = next((i for i in range(len(before) - 1, -1, -1) if before[i].text in _CLAUSE_BREAKS), None)
    if opening is None or opening + 1 >= len(before) or before[opening + 1].text.lower() == "that" \
            or not relative_pronoun(before[opening + 1].text):
        return None
    close = next((w.start for w in words if w.start >= q.end - 1 and w.text in _CLAUSE_BREAKS), None)
    if close is None:
        return None
    end = past_marks(text, max(close, q.end))  # `"a disaster for the city,"`: the marks after a comma within them
    return end


# what joins a report to another one after it (`..., though Lee said`, `... while Lee says`), at a span's end
_LINKING_TAIL = regex.compile(r"(?:[\s,;:\u2014\u2013-]|\b(?:though|although|while|but|and|whereas|even as|as)\b)*\Z",
                             regex.IGNORECASE)


def _next_report(words: Sequence[Word], w: Word, cue: Cue) -> bool:
    """Whether `w` is the `and` or `but` of a clause with a subject of its own coordinated with the
    cue's own verb: a further statement of the narrator's (`X said the plan was "dead," and he
    accused Y of ...`), not more of what the cue reports; so too the semicolon that opens such a clause set
    beside the cue's (`One called it "decorative"; another dismissed it as ...`)."""
    semicolon = w.text == ";" and w.deprel == "punct"
    if not (semicolon or w.upos == "CCONJ" and w.deprel == "cc") or not w.index < w.head < len(words):
        return False
    verb = words[w.head]
    return verb.deprel in (("conj", "parataxis") if semicolon else ("conj",)) and verb.head == cue.verb.index and any(
        k.head == verb.index and k.deprel.startswith(("nsubj", "csubj", "expl")) for k in words)


# `on Channel 9's "Morning Desk,"`: a preposition of place, then at most a possessive name, right
# before a quotation.
_OWNER = r"(?:[\p{Lu}\p{N}][\p{L}\p{N}.&-]*\s+){0,3}[\p{Lu}\p{N}][\p{L}\p{N}.&-]*['\u2019]s?\s+"
_PLACE_BEFORE = regex.compile(r"(?<!\S)(?:(?i:" + "|".join(sorted(PLACE_PREPOSITIONS)) + r")\s+(?:" + _OWNER + r")?"
                              r"|(?i:to)\s+" + _OWNER + r"|(?i:" + "|".join(sorted(TELL_FORMS)) + r")\s+(?:" + _OWNER + r")?)$")
# `a call to KTV's "...`: `to`, with an owner only; `told KTV's "...`, `told "Morning Desk"`: the one told, a
# title-cased quotation right after a verb of telling with no comma or colon between being no words told
PLACE_REACH = 80  # characters before a quotation searched for its phrase of place


def _titled_place(text: str, q: Quoted, floor: int, opening: int) -> bool:
    """`Appearing on Channel 9's "Morning Desk," Ruiz said`: a title-cased quotation that a preposition
    of place takes names a programme or a publication, where something was said, not what."""
    words = text[q.start:q.end].split()
    return bool(_PLACE_BEFORE.search(text, max(floor, opening - PLACE_REACH), opening)) and _titled(words) \
        and any(w[0].isupper() for w in words)


def clause_title(text: str, q: Quoted, cue: Cue, floor: int) -> bool:
    """Whether a quotation within a cue's clause is a title, whatever the cue reports: the place it was
    said or the one told (`said on "News Hour"`, `told "News Hour"`: `venue`), or a work's title or a name
    after a noun naming it (`on the podcast "Here's the Deal."`: `work-title`, `nickname`).  The filters
    drop such a quotation; a mixed clause does not hold it as someone's words (`mixed-clause`)."""
    return _venue(text, q, cue) or _titled_place(text, q, floor, _opening(text, q, floor)) \
        or _work_title(text, q) or _nickname(text, q)


def _opening(text: str, q: Quoted, floor: int) -> int:
    """Where the quotation's opening mark(s) begin: back from its content to a space, not before `floor`."""
    opening = q.start
    while opening > floor and not text[opening - 1].isspace():
        opening -= 1
    return opening


def _opens_sentence(text: str, q: Quoted, sentence: Sentence) -> bool:
    """Whether a quotation opens `sentence`: nothing but quotation marks and spaces before it there
    (`"We need a deal," she said.`, not `She said, "We need a deal."`)."""
    return not strip_marks(text[sentence.start:q.start], " ")


def _runs_on(text: str, q: Quoted) -> bool:
    """Whether a quotation opens with a lower-case word (not `i`): it goes on with a clause begun before it."""
    m = _WORD.match(text, q.start)
    return m is not None and m.group().islower() and m.group() != "i"


def _opens_on_auxiliary(text: str, q: Quoted) -> bool:
    """Whether a quotation opens on an auxiliary or modal in lower case (`will`, `should`, `is`: lexicon
    AUXILIARIES): it goes on from the subject before it, however short (`The drug "should not be used in
    children," the agency said`: the lead-in is that subject, when it opens the sentence; after a colon or a
    dash, `He was blunt: the plan "will not work,"`, the short lead-in rule stands)."""
    m = _WORD.match(text, q.start)
    return m is not None and m.group() in AUXILIARIES


# A tag set within a split quotation, ending the words before the next part: a quotation closing on
# `,`, `?` or `!`, then up to a comma no more than a tag's words (a cue and its speaker, with what commas
# set off after it: `said Vale, a farmer from Dayton, Ohio,`), no quotation mark among them.
_SPLIT_TAG_BEFORE = regex.compile(r"[,?!][\"\u201d\u2019']+\h+[^\"\u201c\u201d\n]{1,160},\Z")


# What comes before a tag set after a quotation: the quotation closing on `,`, `?` or `!`, then at most a
# few words (the speaker before the verb, `he said`).
_TAG_AFTER_QUOTATION = regex.compile(r"[,?!][\"\u201d\u2019']+\h+(?:[\p{L}\p{N}'\u2019.-]+\h+){0,6}\Z")


def _lead_in(text: str, q: Quoted, cue: Cue, sentence: Sentence) -> tuple[int, int] | None:
    """`Trump's misinformation may be "strategic," Hemsley said`: a quotation that runs on from
    its sentence's own words (no colon or comma before the mark, or a comma closing an apposition
    when the quotation opens lower-case: `The mayor, Ann Ruiz, "wants ..."`), with the cue after it,
    reports the whole clause; its content runs from the sentence's start to the quotation's end, its
    closing mark included (a mixed quote never ends inside its quotation)."""
    if cue.speaker is None or cue.speaker[0] < q.end or len(q.parts) > 1 or not (sentence.start < q.start < sentence.end):
        return None  # the speaker must follow the quotation, not hold it (`Trump, star of "The Apprentice," said`)
    if strip_marks(text[q.end:min(cue.speaker[0], cue.span[0])], _CLOSING_RUN + " "):
        return None  # ... and follow it at once: `on "Sunday Talk," Lopez was asked by X` is no lead-in
    opening = _opening(text, q, sentence.start)
    if _titled_place(text, q, sentence.start, opening):
        return None  # `on Channel 9's "Morning Desk," Ruiz said`: a programme's title, not a lead-in
    start = max([sentence.start] + [text.rfind(ch, sentence.start, opening) + 1 for ch in ":;\u2014("])
    lead = text[start:opening].rstrip()  # the clause the quotation ends, after any colon or dash before it
    if not lead or lead[-1] in "-\u2013" or (lead[-1] == "," and not _runs_on(text, q)) \
            or _word_count(text, (start, opening)) < MIN_LEAD_WORDS \
            and not (start == sentence.start and _opens_on_auxiliary(text, q)) \
            or _SPLIT_TAG_BEFORE.search(lead):
        return None   # (`"A," said the coach, "and B," he added`: B goes on after a tag, leads in from nothing)
    while start < q.start and not text[start].isalnum():
        start += 1
    return start, marked_range(text, q)[1] if q.closed else q.end  # with its closing mark


def _neighbour_cue(text: str, q: Quoted, first: int, last: int, sentences: Sequence[Sentence],
                   cues_by_sentence: Mapping[int, list[Cue]], inside: Inside) -> tuple[Cue | None, float]:
    """`X said:` just before the quotation, or a short `he added.` just after it."""
    if first > 0:
        prev = sentences[first - 1]
        if _ends_in_colon(text, prev) and _colon_name(text, q, sentences[first]) is None:
            # (`What they said:` / `Ann Ruiz, mayor: "..."`: the name's colon, nearer, introduces it)
            cues = [c for c in cues_by_sentence.get(first - 1, []) if not inside.contains(c.span[0]) and not c.naming]
            if cues:
                return cues[-1], CONF_NEIGHBOUR
    if last + 1 < len(sentences):
        nxt = sentences[last + 1]
        if len(nxt.tokens) <= FOLLOWER_TOKENS and not inside.overlaps((nxt.start, nxt.end)) \
                and nxt.paragraph == sentences[last].paragraph and not _ends_in_colon(text, nxt):
            # `She went on:` introduces what follows it, not the quotation before
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
# name is up to six capitalised words or initials; a description may follow it after a comma, a handle or a
# party and state in brackets (`― Rep. Ann Ruiz (R-Texas)`: a briefing's quote of the day).  An account's
# handle may sign in place of the name, a post's date after it (`― @annruiz, March 3, 2024`, `― @annruiz 3
# March 2024`: a month's name and a day, a year or not, the day first or not).
_DASHES = "|".join(map(regex.escape, SIGNATURE_DASHES))
_CLOSING_RUN = ".,!?"  # what may close a quotation with its marks (`past_marks`): the punctuation inside them
_MONTH = r"(?i:" + "|".join(sorted(MONTHS)) + r")"
_POST_DATE = (r"(?:,\h*|\h+)(?:" + _MONTH + r"\h+\d{1,2}|\d{1,2}\h+" + _MONTH + r")(?:,?\h+\d{4})?")
_DASH_NAME = regex.compile(
    r"(?:\h*(?:" + _DASHES + r")|\h+-(?=\h)|\h*\n\s*(?:" + _DASHES + r"|-))\h*"
    r"(?:(@\w{1,30})" + _POST_DATE + r"|"
    r"(\p{Lu}[\p{L}\p{M}'’.-]*(?:\h+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|del|da|van|von|la|le)){0,5}?)"
    r"(?:,[^\n]*(?<!:\h*)|\h*\((?:@\w{1,30}|\p{Lu}{1,2}-\p{Lu}[\p{L}.]{0,12}(?:\h\p{Lu}[\p{L}.]{0,12})?)\)[^\n]*)?)"
    r"\.?\h*(?:\n|\Z)")  # \h: any horizontal space, the no-break space too; a line closing on a colon heads what follows


# `"We will be back" ― Rovers boss after cup exit`, `"..." - Dayton mayor Ann Ruiz`, `"..." ― @annruiz`: a
# headline's or a post's signature that is no bare name.  A description (`the`, `a` or `an` before it or
# not) of up to three capitalised words and up to three in lower case, the last its head, a noun for a
# person (lexicon ROLE_WORDS, SPEAKER_NOUNS: `Dayton council leader`, `a parent at the meeting`), a
# name of up to four capitalised words after it or not; an account's handle alone; or a name of up to four
# capitalised words with a topic after it (`"Never again" ― Rovers after cup exit`: lexicon SIGNED_TOPIC_WORDS,
# not `to` nor `for`: `― Spanish for ...`, `― Links to ...` are a gloss and a subhead).  A preposition of a
# headline's topic (lexicon HEADLINE_TOPIC_WORDS) may go on to the line's end, with no quotation mark or dash
# in it: it tells what was said of.
_DESCRIBED = regex.compile(
    r"(?:\h*(?:" + _DASHES + r")|\h+-(?=\h)|\h*\n\s*(?:" + _DASHES + r"|-))\h*"
    r"(@\w{1,30}|\p{Lu}[\p{L}\p{M}'’.-]*(?:\h+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?=\h+(?:"
    + "|".join(sorted(SIGNED_TOPIC_WORDS)) + r")\h)"
    r"|(?:(?:the|The|a|A|an|An)\h+)?(?:\p{Lu}[\p{L}\p{M}'’.&-]*\h+){0,3}(?:\p{Ll}[\p{Ll}-]*\h+){0,2}(\p{Ll}+)"
    r"(?:\h+\p{Lu}[\p{L}\p{M}'’.-]*){0,4})(?:,\h*(?:aged\h+)?\d{1,3})?"
    r"(?:\h+(?:" + "|".join(sorted(HEADLINE_TOPIC_WORDS)) + r")\h(?:(?!--|'')[^\n\"“”\u2014\u2013])*)?\.?\h*(?:\n|\Z)")


# `"..." (Ann Ruiz, mayor of Dayton)` closing a line the quotation opens: a roundup's speaker in brackets, a
# name of two to six capitalised words (no word of a photo's credit: `(AP Photo)`), a description after a comma.
_BRACKETED_NAME = regex.compile(r"\h*\(\h*(\p{Lu}[\p{Ll}\p{M}'’.-]+(?:\h+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|del|da|van|von|la|le))"
                                r"{1,5})(?:,[^()\n]*)?\)\.?\h*(?:\n|\Z)")


def _bracketed_name(text: str, q: Quoted) -> tuple[int, int] | None:
    """The name in brackets closing the line of a quotation that opens it, but for a list's number or bullet
    (`1. "..." (Ann Ruiz, mayor)`)."""
    end = past_marks(text, q.end, _CLOSING_RUN)
    if end == q.end or len(q.parts) > 1 or regex.search(r"\p{L}", text[text.rfind("\n", 0, q.start) + 1:
                                                                      _opening(text, q, max(0, q.start - SET_OFF_REACH))]):
        return None
    m = _BRACKETED_NAME.match(text, end)
    if m is None or any(w.lower() in PHOTO_CREDIT_WORDS for w in m.group(1).split()):
        return None
    return m.span(1)


# `1) "The plan is dead," Ann Ruiz, mayor of Dayton.`, `• "..." Tom Vale, 61, a baker`: a roundup's speaker
# named after the quotation with no dash, on the line the quotation opens (a list's number or bullet aside):
# a name of two to six capitalised words (in capitals too: `ANN RUIZ`), then, to the line's end, only
# descriptions set off by commas (`_describes`).  With the quotation alone on its line, the name opens the
# next one, a description after it (`"..."` / `Ann Ruiz, mayor of Dayton`).
_NAME_RUN = r"(\p{Lu}[\p{L}\p{M}'’.-]+(?:\h+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|del|da|van|von|la|le)){1,5})"
_ROUNDUP_NAME = regex.compile(r"(?:\h+|\h*(\n)\s*)" + _NAME_RUN + r"((?:,\h*[^,\n\"“”]{1,60}?)*)\.?\h*(?:\n|\Z)")
# `Ann Ruiz, mayor of Dayton` / `"..."`: a header line over a quotation alone on its line, the name with
# descriptions set off by commas (`_describes`), a list's number or bullet before it or not.
# A colon may close it, with or without descriptions (a factbox's `-- EU CLIMATE CHIEF ANNA BERG:` / `"..."`),
# and a wire's doubled hyphen or a dash may be its bullet.
_NAME_LINE = regex.compile(r"\h*(?:(?:--|[•·▪*\u2014\u2013-])\h*|\d{1,2}[.)]\h*)?" + _NAME_RUN
                           + r"(?:((?:,\h*[^,\n\"“”:]{1,60}?)+)\.?|((?:,\h*[^,\n\"“”:]{1,60}?)*)\h*:)\h*")
_PLACE = regex.compile(r"(?:(?:from|of)\h+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\h+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}")
_LINE_END = regex.compile(r"\h*(?:\n|\Z)")
_AGE = regex.compile(r"\d{1,3}|aged\h+\d{1,3}|\d{1,3}-year-old(?:\h+[\p{L}-]+)?")


_PERSON_RELATIVES = frozenset({"who", "whose"})  # relative pronouns of a person: `who lives nearby`


def _describes(chunk: str) -> bool:
    """Whether words set off after a name only describe the one named: an age (`34`, `aged 34`), a noun phrase
    whose head is a noun for a person (`person_noun`: `retired teacher`, `mayor of Dayton`, with up to three
    words before the head and a preposition's phrase after it) or any that `a` or `an` opens (`a ferry pilot
    from Dayton`), or a place's capitalised name (`Leeds`, `Dayton, Ohio`, `from York`); a relative clause of a
    person, on its own or after that head (`who lives nearby`, `a nurse who lives nearby`), describes too."""
    chunk = chunk.strip().rstrip(".")
    if _AGE.fullmatch(chunk) or _PLACE.fullmatch(chunk) and not chunk.isupper():
        return bool(chunk)
    words = chunk.split()
    if len(words) > 1 and words[0].lower() in _PERSON_RELATIVES:
        return True
    relative = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _PERSON_RELATIVES), None)
    if relative is not None and relative + 1 < len(words):
        words = words[:relative]  # `a nurse who lives nearby`: the noun phrase before the relative clause
    indefinite = bool(words) and words[0].lower() in INDEFINITE_ARTICLES
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    for i, w in enumerate(words[:4]):
        if person_noun(w) or indefinite and (i + 1 == len(words) or words[i + 1].lower() in DESCRIPTION_PREPOSITIONS):
            return i + 1 == len(words) or words[i + 1].lower() in DESCRIPTION_PREPOSITIONS
        if indefinite and w.lower() in cue_forms():
            return False
    return False


def _speaking_occasion(chunk: str) -> bool:
    """Whether words set off in a header closing on a colon tell how the one named spoke: an `-ing` form of
    speaking first (lexicon SPEAKING_GERUNDS: `speaking to reporters`, `writing on social media`).

    >>> _speaking_occasion(" speaking to reporters"), _speaking_occasion(" leaving the hall")
    (True, False)
    """
    words = chunk.split()
    return bool(words) and words[0].lower() in SPEAKING_GERUNDS


def _roundup_name(text: str, q: Quoted) -> tuple[int, int] | None:
    """The name after a quotation opening its line, with no dash (`_ROUNDUP_NAME`)."""
    end = past_marks(text, q.end, _CLOSING_RUN)
    if end == q.end or len(q.parts) > 1 or regex.search(r"\p{L}", text[text.rfind("\n", 0, q.start) + 1:
                                                                      _opening(text, q, max(0, q.start - SET_OFF_REACH))]):
        return None
    if _LINE_END.match(text, end):  # the quotation alone on its line: a header above it?
        above = text.rfind("\n", 0, text.rfind("\n", 0, q.start) + 1)
        while above > 0 and not text[text.rfind("\n", 0, above) + 1:above].strip():
            above = text.rfind("\n", 0, above)  # past blank lines
        if above > 0:
            h = _NAME_LINE.fullmatch(text, text.rfind("\n", 0, above) + 1, above)
            if h is not None and all(_describes(c) or h.group(3) is not None and _speaking_occasion(c)
                                     for c in (h.group(2) or h.group(3) or "").split(",")[1:]):
                first = regex.match(r"\S+", h.group(1))
                if h.group(3) is None or first is None or first.group().lower() not in cue_forms():
                    return h.span(1)  # (`Added Vale:` is a cue's inverted tag, no header: `neighbour-cue` reads it)
    m = _ROUNDUP_NAME.match(text, end)
    if m is None or any(w.lower() in PHOTO_CREDIT_WORDS for w in m.group(2).split()):
        return None
    chunks = m.group(3).split(",")[1:]
    if not all(_describes(c) for c in chunks) or m.group(1) is not None and not chunks \
            or m.group(2).isupper() and not chunks:
        return None  # on a line of its own, or in capitals, a name is a signature only with a description
    after = text[m.end():].lstrip()[:1]
    if m.group(1) is not None and after and after in MARK_CHARS:
        return None  # `Tom Vale, council leader` / `"..."`: the header of the quotation after it
    return m.span(2)


def _dash_name(text: str, q: Quoted) -> tuple[int, int] | None:
    """The name after a dash that closes the quotation's line (`"..." ― Jane Doe`) or opens the next
    paragraph (`- Jane Doe.`); or a description (`_DESCRIBED`: `"..." ― Rovers boss after cup exit`)
    or a handle (`"..." ― @annruiz`) there."""
    end = past_marks(text, q.end, _CLOSING_RUN)
    if end == q.end:
        return None
    m = _DASH_NAME.match(text, end)
    if m is None:
        d = _DESCRIBED.match(text, end)
        if d is None or d.group(2) is not None and d.group(2) not in ROLE_WORDS and d.group(2) not in SPEAKER_NOUNS:
            return None
        return d.span(1)
    if m.group(1) is not None:
        return m.span(1)  # `― @annruiz, March 3, 2024`: the handle, its post's date after it
    name_end = m.end(2)
    if text[name_end - 1] == "." and name_end - m.start(2) > 2 and text[name_end - 3] not in " .":
        name_end -= 1  # the sentence's full stop, not an initial's (`Edwin G.`)
    return m.start(2), name_end


# `'We are not done yet': Senator Cole on the farm bill`: right after the closing mark, a colon and a name
# of up to five capitalised words (a title among them), then the line's end, a comma, a preposition
# opening the topic (lexicon HEADLINE_TOPIC_WORDS) or a headline's present cue (`Cole vows to fight on`).
_TOPIC_NAME = regex.compile(
    r"\h*:\h*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\h+\p{Lu}[\p{L}\p{M}'’.-]*){0,4})"
    r"(?=\h*(?:\n|\Z|,|\h(?:" + "|".join(sorted(HEADLINE_TOPIC_WORDS)) + r")\b|\h(\p{Ll}+s)\b))")


# `'We are devastated': family pay tribute to teenager`: after the colon, up to six words on the line, read
# by `_topic_described`.
_TOPIC_WORDS = regex.compile(r"\h*:\h*([\p{L}\p{M}'’-]+(?:\h+[\p{L}\p{M}'’-]+){0,5})")


_PEOPLE_NOUNS = SPEAKER_NOUNS | FAMILY_NOUNS | KIN_NOUNS


def _people_noun(word: str) -> bool:
    """Whether a word is a noun for people who may speak (lexicon SPEAKER_NOUNS, FAMILY_NOUNS, KIN_NOUNS), in
    the singular or a regular plural (`families`, `sisters`)."""
    low = word.lower()
    return any(form in _PEOPLE_NOUNS for form in (low, low[:-1] if low.endswith("s") else "",
                                                  low[:-3] + "y" if low.endswith("ies") else ""))


def _topic_described(text: str, end: int) -> tuple[int, int] | None:
    """`'We are devastated': family pay tribute to teenager`, `"...": Crash victim's mum tells of heartbreak`:
    after the colon, a description of up to four words (none a cue's form) ending in a noun for people
    (`_people_noun`) before a cue's form, or any description before a phrase that tells
    of speaking (lexicon HEADLINE_SPEAKING_PHRASES: `Lottery winner speaks out`, `Families of miners pay
    tribute`): the description's range."""
    m = _TOPIC_WORDS.match(text, end)
    if m is None:
        return None
    words = [(w.group(), m.start(1) + w.start(), m.start(1) + w.end()) for w in regex.finditer(r"\S+", m.group(1))]
    forms = cue_forms()
    for k in range(min(4, len(words) - 1)):
        if words[k][0].lower() in forms:
            return None
        following = words[k + 1][0]
        phrase = " ".join(w[0] for w in words[k + 1:k + 3]).lower()
        speaking = phrase in HEADLINE_SPEAKING_PHRASES \
            or " ".join(w[0] for w in words[k + 1:k + 4]).lower() in HEADLINE_SPEAKING_PHRASES
        if following.islower() and (speaking or _people_noun(words[k][0]) and following in forms):
            return words[0][1], words[k][2]   # a phrase of speaking: whoever it tells of (`Club pays tribute`)
    return None


def _topic_name(text: str, q: Quoted) -> tuple[int, int] | None:
    """The name after the colon that follows a quotation opening its line (`'...': Cole on the bill`), or a
    description of people before a headline's present of saying (`_topic_described`)."""
    if len(q.parts) > 1:
        return None
    opening = _opening(text, q, max(0, q.start - SET_OFF_REACH))
    if text[text.rfind("\n", 0, opening) + 1:opening].strip():
        return None
    end = past_marks(text, q.end, _CLOSING_RUN)
    if end == q.end:
        return None
    m = _TOPIC_NAME.match(text, end)
    if m is None:
        return _topic_described(text, end)
    if m.group(1).split()[0].lower() in DETERMINERS or _rubric(m.group(1)):
        return None
    if m.group(2) is not None and m.group(2) not in cue_forms():
        return _topic_described(text, end)   # `Club pays tribute`: a phrase of speaking, not a cue
    return m.span(1)


def _colon_name(text: str, q: Quoted, sentence: Sentence) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """`Name: "..."`, with the name opening the sentence or following a dash or a list's bullet or number
    (`• Sen. Tom Briggs (R-Utah): "..."`, `2. Ann Ruiz: "..."`: a briefing's reactions)."""
    opening = q.start - 1
    while opening > sentence.start and not text[opening - 1].isspace() and text[opening - 1] != ":":
        opening -= 1
    m = _COLON_NAME.search(text, max(sentence.start, opening - 120), opening)
    if m is not None and m.group(1)[0].isupper() and not _rubric(m.group(1)):
        before = text[sentence.start:m.start()].rstrip()
        if not before or before[-1] in "-\u2013\u2014|•·▪*" or regex.fullmatch(r"\d{1,2}[.)]", before):
            return (m.start(1), m.end(1)), (m.start(2), m.end(2))
    m = _DESCRIBED_LABEL.match(text, text.rfind("\n", 0, opening) + 1, opening)
    if m is None or not all(_describes(c) for c in m.group(2).split(",")[1:]):
        return None
    return (m.start(1), m.end(1)), (m.start(3), m.end(3))  # the name, without its age and job


# `Ann Ruiz, 34, a nurse: "..."`, `TOM VALE, 61, BAKER:`: a vox pop's label opening its line (a list's number or
# bullet aside), a name (`_NAME_RUN`) with descriptions set off by commas (`_describes`) before the colon.
_DESCRIBED_LABEL = regex.compile(r"\h*(?:[•·▪*-]\h*|\d{1,2}[.)]\h*)?" + _NAME_RUN
                                 + r"((?:,\h*[^,:\n\"“”]{1,60}?)+)\h*(:)\h*\Z")


# `Jane Doe: Court ruling "a mistake"`: a name and a colon opening a paragraph label who speaks in it, as
# in headlines and transcripts.  Up to four capitalised words; a single letter (`Q:`, `A:`) is no name.
_LABEL = regex.compile(r"(\p{Lu}[\p{L}\p{M}'’.-]+(?:\h+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\h*(:)\h+")


def _label_name(text: str, q: Quoted, sentences: Sequence[Sentence],
                first: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The name and colon opening the quotation's paragraph, in its own sentence, before the quotation."""
    sentence = sentences[first]
    if first > 0 and sentences[first - 1].paragraph == sentence.paragraph:
        return None
    m = _LABEL.match(text, sentence.start, min(q.start, sentence.end))
    if m is None or m.group(1).split()[0].lower() in DETERMINERS or _rubric(m.group(1)):
        return None  # `The Latest: ...`, `Review: ...`: a rubric, not a speaker
    return (m.start(1), m.end(1)), (m.start(2), m.end(2))


NEWSLETTER_LABEL_LEADS_SPACED = tuple(lead + " " for lead in NEWSLETTER_LABEL_LEADS)
_LABEL_BEFORE = regex.compile(r"\s*([^\n:]{1,40}):\s*\Z")


def _label_before(text: str, start: int, end: int) -> bool:
    """Whether all of text[start:end], the marks aside, is a rubric and its colon (`Quote of the day:`, `Pull
    quote:`: `_rubric`) setting off the quotation that follows."""
    m = _LABEL_BEFORE.match(strip_marks(text[start:end], " "))
    return m is not None and _rubric(m.group(1))


def _rubric(label: str) -> bool:
    """Whether the words before a colon are a rubric that names no speaker (`Review:`, `Update:`,
    `Editor's note:`: `NOT_SPEAKER_LABELS`; `The View From Berlin:`: `NEWSLETTER_LABEL_LEADS`), whatever their
    case."""
    label = " ".join(label.split()).upper().replace("’", "'")
    return label in NOT_SPEAKER_LABELS or label.lower().startswith(NEWSLETTER_LABEL_LEADS_SPACED)


_WORD = regex.compile(r"\w[\w'’.-]*")
SURFACE_REACH = 14   # words after a quotation searched for `X said` / `said X`
SOURCE_WORDS = 8     # words of the source a verbless line names before its colon (`From the report:`)
_LINE_DASH = regex.compile(r"\s[-\u2013\u2014]+|[-\u2013\u2014]+\s")  # a dash set off by a space, not `Seitz-Wald`


def _colon_line(text: str, q: Quoted, sentences: Sequence[Sentence], first: int) -> tuple[int, str] | None:
    """The words before a quotation in its sentence, or (when none are) the sentence before it, when
    they end with a colon: where they start, and them (less trailing space); None otherwise."""
    sentence = sentences[first]
    start, end = sentence.start, _opening(text, q, sentence.start)
    if not text[start:end].strip():
        if first == 0:
            return None
        start, end = sentences[first - 1].start, sentences[first - 1].end
    line = text[start:end].rstrip()
    return (start, line) if line.endswith(":") else None


# `Hart... on the deal:`, `Sen. Jo Hart, on the vote:`: a name of a few capitalised words, perhaps trailing off
# (an ellipsis, a comma or a dash), then `on` or `about` and the topic, then the line's colon.
_NAME_ON_TOPIC = regex.compile(r"[ \t]*((?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]+)(?:[ \t]*(?:\.\.\.|…|,|—|--)[ \t]*|[ \t]+)"
                               r"(?:on|about)[ \t]+[^:\"“”\n]{1,60}:\Z")


def _rubric_word(words: str) -> bool:
    """`More`, `Reaction`, `Related`: a rubric's or a link's label, no name."""
    return words.upper() in NOT_SPEAKER_LABELS or words.lower() in LINK_LABELS or words.lower() in SOURCE_LEAD_OPENERS


def _source_line(text: str, q: Quoted, sentences: Sequence[Sentence], first: int) -> tuple[int, int] | None:
    """`From the report: "..."`, `More from Jane Doe: "..."`, `Here's Ruiz in 2004: "..."`: a line with
    no verb, in the quotation's sentence or ending the one before, naming the source before its colon
    (after a dash, if one sets the line off from a rubric before it): the source's noun phrase, up to a
    preposition or a time word."""
    found = _colon_line(text, q, sentences, first)
    if found is None:
        return None
    start, line = found
    dashes = list(_LINE_DASH.finditer(line))
    words = list(_WORD.finditer(text, start + (dashes[-1].end() if dashes else 0), start + len(line) - 1))
    low = [w.group().lower() for w in words]
    i = 0
    while i < len(low) and low[i] in SOURCE_LEAD_OPENERS:
        i += 1
    lead = next((n for n in (2, 1) if " ".join(low[i:i + n]) in SOURCE_LEADS), None)
    if lead is None:
        named = _NAME_ON_TOPIC.match(line)
        return None if named is None or time_word(named.group(1).split()[-1]) or _rubric_word(named.group(1)) else (
            start + named.start(1), start + named.end(1))
    i += lead
    j = i
    while j < len(low) and not no_speaker_opener(low[j]):
        j += 1
    if not i < j <= i + SOURCE_WORDS or not _opens_noun_phrase(words[i].group()) \
            or any(ch in ",;" for ch in text[words[i].start():words[j - 1].end()]):
        return None  # `From the start, the plan was clear:`: a clause, not a source
    owner = next((k for k in range(i, j - 1) if words[k].group().endswith(POSSESSIVE_ENDINGS)), None)
    return words[i].start(), words[j - 1 if owner is None else owner].end()  # `From Smith's blog:`: Smith's


OWNED_REPLY_REACH = 8  # the most words of a line that names an owner's reply before its colon


def _owned_reply(text: str, q: Quoted, sentences: Sequence[Sentence], first: int) -> tuple[int, int] | None:
    """`Her response: "..."`, `The minister's reply to the critics: "..."`: a line with no verb, in the
    quotation's sentence or ending the one before, that is a possessive owner (a pronoun, or a noun
    phrase in `'s`), a noun of an answer (`REPLY_NOUNS`, adjectives before it) and at most a phrase of
    a preposition after it, then the colon: the owner (the pronoun, or the noun phrase with its `'s`).  A
    finite `be` right before the colon leaves the reply to the quotation (`Her response was: "..."`: the
    quotation is the complement; not `Her response was simple:`, a judgement of it)."""
    found = _colon_line(text, q, sentences, first)
    if found is None or any(ch in found[1][:-1] for ch in ",;:"):
        return None
    start, line = found
    words = list(_WORD.finditer(text, start, start + len(line) - 1))
    if len(words) > 2 and words[-1].group().lower() in FINITE_BE_FORMS:
        words = words[:-1]   # `His reply was:`: the copula whose complement the quotation is
    low = [w.group().lower() for w in words]
    if not 2 <= len(low) <= OWNED_REPLY_REACH:
        return None
    owner = next((k for k, w in enumerate(low) if w in POSSESSIVE_PRONOUNS or w.endswith(POSSESSIVE_ENDINGS)), None)
    noun = next((k for k, w in enumerate(low) if w in REPLY_NOUNS), None)
    if owner is None or noun is None or not owner < noun <= owner + 3:
        return None
    if not _opens_noun_phrase(words[0].group()) or (noun + 1 < len(low) and not no_speaker_opener(low[noun + 1])):
        return None  # `Asked about it, his reply: ...`, `Her response was simple:`: no line of its own
    if any(cue_form(low[k]) and k != noun for k in range(noun)):
        return None  # `She says her reply:`: a cue of its own
    return words[0].start(), words[owner].end()


def _cue_word(words: Sequence[regex.Match[str]], i: int) -> bool:
    """Whether words[i] is a cue verb's form, a text's verb (`read`) or opens a phrasal cue; not the `-ing` form of
    one that reports only with a `that` clause (`he sees her as sharing this trait`, `holding`, `ruling`: no tag)."""
    word = words[i].group().lower()
    if word.endswith("ing") and word in that_only_forms():
        return False
    return cue_form(words[i].group()) or word in TEXT_VERBS or _phrasal_pair(words, i)


def _past_tag(words: Sequence[regex.Match[str]], i: int) -> bool:
    """Whether words[i] is a past-tense verb (`-ed`) that tags a quotation whatever verb it is: closing
    its clause after a noun phrase (`Hannity pressed.`, `the nominee riffed on ...`), or opening it
    before one (`remembered Roy Verley`); a participle within a noun phrase (`a retired nurse`) is no tag."""
    word = words[i].group()
    if word in TURN_PAST_FORMS:
        return _turn_tag(words, i, TURN_PAST_FORMS[word])
    if word in THOUGHT_TAG_FORMS:
        return _turn_tag(words, i, THOUGHT_TAG_FORMS[word])   # `"...," he thought.`: inner speech, the thinker's
    if not (word.islower() and word.endswith("ed") and len(word) > 4) or word in NOT_PAST_FORMS:
        return False
    return _tag_place(words, i)


def _turn_tag(words: Sequence[regex.Match[str]], i: int, particle: str) -> bool:
    """Whether words[i], a form of taking up or breaking into speech (`began`, `cut` with its `particle` "in";
    lexicon TURN_PAST_FORMS, TURN_PRESENT_FORMS), tags the quotation: closing the tag (`Vale began.`, `the letter
    begins.`), or opening it with no particle; not `the series began in 1998`, a title's start."""
    width = 2 if particle else 1
    if width == 2 and (i + 1 >= len(words) or words[i + 1].group() != particle):
        return False
    return (i == 0 and width == 1 or i > 0 and i + width == len(words)) and _tag_place(words, i, width)


def _present_tag(words: Sequence[regex.Match[str]], i: int) -> bool:
    """Whether words[i] is a present form of a verb of memory or manner (`PRESENT_TAG_FORMS`) that tags a
    quotation where a past-tense verb would (`_tag_place`): `he remembers.`, `recalls Tom Vale`; or one of
    taking up speech or of a text's opening or close (`TURN_PRESENT_FORMS`: `"Dear Ann," the letter begins.`),
    closing the tag as its past forms do (`_turn_tag`)."""
    word = words[i].group()
    if word in TURN_PRESENT_FORMS:
        return _turn_tag(words, i, TURN_PRESENT_FORMS[word])
    return word in PRESENT_TAG_FORMS and _tag_place(words, i)


def _tag_place(words: Sequence[regex.Match[str]], i: int, width: int = 1) -> bool:
    """Whether words[i] stands where a quotation's tag has its verb: closing its clause after a noun
    phrase (`Hannity pressed.`, `the nominee riffed on ...`, or before a clause of time: `Hale shrugged when
    asked ...`), or opening it before one (`remembered Roy Verley`), not within a relative clause; `width`: the
    verb's words with its particle (`cut in`)."""
    if i == 0:
        return len(words) > 1 and (_opens_noun_phrase(words[1].group()) or _role_before_name(words, 1)) \
            and not no_speaker_opener(words[1].group())
    if any(relative_pronoun(w.group()) for w in words[:i]):
        return False  # `Smith, who was arrested in May`: a relative clause, not the tag
    if i + width < len(words) and words[i + width].group() in ANSWER_PARTICLES:
        width += 1  # `the crowd roared back.`: answering the words before, the particle the verb's own
    follower = words[i + width].group().lower() if i + width < len(words) else ""
    return not follower or no_speaker_opener(follower) or _participle_after_comma(words, i + width) \
        or follower in SUBORDINATE_OPENERS and i + width + 1 < len(words)  # `Hale shrugged when asked ...`


ROLE_REACH = 2  # the most lower-case words of a role before the name after a tag's verb (`beamed proud dad Kevin`)


def _role_before_name(words: Sequence[regex.Match[str]], k: int) -> bool:
    """Whether words[k] opens a role set before a name (`"...," sobbed mum Tina`, `beamed proud dad Kevin`): at
    most `ROLE_REACH` lower-case words, none opening a phrase of time or place, and then a capitalised word, no
    day (`Monday`), in the same run of words (no comma between)."""
    for j in range(k, min(k + ROLE_REACH + 1, len(words))):
        word = words[j].group()
        if j > k and words[j].string[words[j - 1].end():words[j].start()].strip():
            return False
        if word[0].isupper():
            return j > k and not time_word(word)
        if not word.isalpha() or no_speaker_opener(word) or relative_pronoun(word) or word in SUBORDINATE_OPENERS:
            return False
    return False


def _participle_after_comma(words: Sequence[regex.Match[str]], k: int) -> bool:
    """Whether words[k] opens a participle's clause set off by a comma after the tag's verb (`Vale shrugged,
    meaning "..."`, `Lee laughed, shaking her head`): the verb's own clause ends at the comma."""
    word = words[k].group()
    between = word and words[k].string[words[k - 1].end():words[k].start()]
    return word.islower() and word.endswith("ing") and len(word) > 4 and between.strip() == ","


REPLY_REACH = 3  # the most words between `came` and the noun of the reply (`came the terse reply`)


def _came_reply(text: str, q: Quoted, sentence: Sentence) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """`"Absolutely not," came the reply from the ministry.`: a quotation handed over (with its comma, ?
    or !) to `came` and a noun of an answer (`REPLY_NOUNS`) after a determiner and adjectives at most:
    (the noun phrase after `from`, to a comma or a word opening a clause, a time or another phrase;
    None when no `from` follows, and the reply's noun).  None when the tag is no such reply."""
    end = past_marks(text, q.end, ",!?. ", closing=True, stop=sentence.end)
    if end == q.end or not has_closing_mark(text, q.end, end) or not _closes_clause(text, q, end):
        return None
    stop = end
    while stop < sentence.end and text[stop] not in ".;:!?\"“”":
        stop += 1
    words = list(_WORD.finditer(text, end, stop))[:SURFACE_REACH]
    low = [w.group().lower() for w in words]
    if len(low) < 3 or low[0] not in ARRIVAL_FORMS or low[1] not in ARTICLES:
        return None
    noun = next((k for k in range(2, min(len(low), 2 + REPLY_REACH)) if low[k] in REPLY_NOUNS), None)
    if noun is None or text[words[0].start():words[noun].end()].count(","):
        return None
    reply = (words[noun].start(), words[noun].end())
    if noun + 2 >= len(low) or low[noun + 1] != "from" or "," in text[words[noun].end():words[noun + 2].start()]:
        return None, reply
    last = noun + 2
    while last + 1 < len(low) and "," not in text[words[last].end():words[last + 1].start()]:
        nxt = low[last + 1]
        if relative_pronoun(nxt) or nxt in SUBORDINATE_OPENERS or (no_speaker_opener(nxt) and nxt not in ("of", "for")):
            break
        last += 1
    return _trimmed(text, words[noun + 2].start(), words[last].end()), reply


# `in Bolton's view`, `in her own words`, `in the words of a senior aide`: whose words a sentence gives; `to borrow a
# line from Mark Twain`: whose words it borrows.
_IN_WORDS = regex.compile(
    r"\b(?:[Ii]n\s+(?:(?P<whose>(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.-]*(?:['’]s|s['’])"
    r"|his|her|their)"
    r"\s+(?:own\s+)?(?:" + "|".join(WORDS_NOUNS) + r")|the\s+(?:" + "|".join(WORDS_NOUNS) + r")\s+of\s+"
    r"(?P<of>(?:(?!" + DOUBLE_GLYPH + r")[^,.;:!?\n]){2,60}?))"
    r"|(?:[Tt]o\s+borrow|[Bb]orrowing)\s+(?:a|an|the|one)\s+(?:" + "|".join(BORROWED_WORDING_NOUNS) + r")\s+from\s+"
    r"(?P<from>(?:(?!" + DOUBLE_GLYPH + r")[^,.;:!?\n]){2,60}?))"
    r"(?=\s*(?:[,.;:!?‘]|" + DOUBLE_GLYPH + r"|'(?![st]\b)))")  # `the state's secretary`: no mark


def _in_words(text: str, q: Quoted, sentences: Sequence[Sentence], first: int, last: int,
              inside: Inside) -> tuple[int, int] | None:
    """`"...," in Bolton's view.`, `in her words, "..."`: whose words or view the quotation's sentence
    says it gives, outside any quotation; `To borrow a line from Mark Twain, "..."`: whose words it borrows."""
    for m in _IN_WORDS.finditer(text, sentences[first].start, sentences[last].end):
        if not inside.contains(m.start()):
            group = "whose" if m.group("whose") else "of" if m.group("of") else "from"
            return m.start(group), m.end(group)
    return None


def _surface_cue(text: str, q: Quoted, sentence: Sentence,
                 verb: Callable[[Sequence[regex.Match[str]], int], bool] = _cue_word
                 ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """`"...," a narrator asks.` / `"...," says Kerry.` read off the words when the tagger missed the verb;
    `"...," the sign read.`, a text's words, with no parse needed.  `verb` tells the tag's verb."""
    end = past_marks(text, q.end, ",!?. ", closing=True, stop=sentence.end)
    if end == q.end or not has_closing_mark(text, q.end, end):
        return None
    if not _closes_clause(text, q, end):
        return None  # `the "early" debate did ...`: a term within the narration, not a quotation it tags
    stop = end
    while stop < sentence.end and (text[stop] not in ".;:!?\"“”" or _title_period(text, stop)):
        stop += 1  # past the period of a title or an initial: `Ms. Lane remembers.`
    words = list(_WORD.finditer(text, end, stop))[:SURFACE_REACH]
    for i, w in enumerate(words):
        if not verb(words, i) or (i > 0 and (w.group()[0].isupper() or words[i - 1].group().lower() in NOUN_MARKERS)):
            continue  # `The Washington Post`: a name; `the email read`: a noun
        if i > 0:
            if no_speaker_opener(words[0].group()) or not (_opens_noun_phrase(words[0].group()) or (
                    i > 1 and words[1].group()[0].isupper())):  # `singer Maya Cole sings`: a role before a name
                return None  # `"...," in an interview with ...`, `"...," eager to lend`: no speaker opens so
            if i > 1 and words[0].group().lower() in DETERMINERS and words[1].group().lower() in WORDING_NOUNS:
                return None  # `"...", a term critics dispute`: the quotation's words described, no speaker
            speaker = _trimmed(text, words[0].start(), words[i - 1].end())
        else:
            cut = next((k for k, x in enumerate(words) if k > 1 and x.group().lower() in HEADLINE_EVENT_WORDS), len(words))
            words = words[:cut]  # `'...,' vows Rovers boss after cup exit`: the headline's event is no speaker's word
            after = [x for x in words[1:] if not no_speaker_opener(x.group())]
            speaker = _trimmed(text, after[0].start(), words[-1].end()) if after else None
        if speaker is None or time_word(text[speaker[0]:speaker[1]]):
            return None
        return _set_off_cut(text, speaker), (w.start(), w.end())
    return None


_SET_OFF_AGE = regex.compile(r",\s*\d{1,3}(?!\w)")
_SET_OFF_DESCRIPTION = regex.compile(r",\s*(?:an?|who|which)\s")
_SET_OFF_AFTER_NAME = regex.compile(r",\s*(?!(?:and|or|nor)\b)\p{Ll}")


def _set_off_cut(text: str, speaker: tuple[int, int]) -> tuple[int, int]:
    """A tag's speaker less what a comma sets off after its noun phrase (`beamed Tom Baker, 38`, `Tina Baker, 29,
    seethed`, `beamed the host, a former miner`): an age, a description `a` or `an` opens or a relative
    clause, and after a capitalised name any description in lower case (`Kevin, from Hull`), as the parse's
    speakers leave them (`_set_off_after_name`); a name set off after a role stays (`the landlady, Mrs Lee`)."""
    start, end = speaker
    for m in regex.finditer(r",", text, pos=start, endpos=end):
        rest = text[m.start():end]
        if _SET_OFF_AGE.match(rest) or _SET_OFF_DESCRIPTION.match(rest) or (
                _SET_OFF_AFTER_NAME.match(rest) and regex.search(r"\b\p{Lu}", text[start:m.start()])):
            return _trimmed(text, start, m.start()) or speaker
    return speaker


_TITLE_BEFORE = regex.compile(r"(?<![\w.])(?:\p{Lu}|(?i:" + "|".join(regex.escape(t) for t in sorted(TITLES, key=len, reverse=True))
                           + r"))\Z")


def _title_period(text: str, i: int) -> bool:
    """Whether the period at `i` ends a title or an initial (`Ms.`, `Dr.`, `J.`) with a word after it: no stop."""
    return text[i] == "." and i + 2 < len(text) and text[i + 1] == " " and text[i + 2].isupper() \
        and _TITLE_BEFORE.search(text, 0, i) is not None


def _phrasal_pair(words: Sequence[regex.Match[str]], i: int) -> bool:
    """Whether words[i] and the next word make a phrasal cue (`wondered aloud`, `shot back`)."""
    return i + 1 < len(words) and words[i + 1].group().lower() in phrasal_form_particles(words[i].group().lower())


def _closes_clause(text: str, q: Quoted, after: int) -> bool:
    """Whether the quotation ends in the comma, question or exclamation mark that hands over to its
    reporting clause (`"...," she says`, `"...?" he asks`), inside its marks or right after them, or
    in a dash inside them, speech broken off (`"We were going to--" Vale began.`)."""
    run = text[q.start:q.end].rstrip()[-1:] + text[q.end:after]
    return any(ch in ",?!" for ch in run) or text[q.start:q.end].rstrip()[-1:] in ("-", "\u2014", "\u2013")


def _opens_noun_phrase(word: str) -> bool:
    """Whether a word may open a speaker's noun phrase: a name, a determiner or a pronoun."""
    return word[0].isupper() or word.lower() in DETERMINERS or word.lower() in PRONOUNS


def _ends_in_colon(text: str, sentence: Sentence) -> bool:
    """`X said:` closing a sentence: what follows it is introduced by it."""
    return text[sentence.start:sentence.end].rstrip().endswith(":")


def _colon_subject(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
                   parses: Mapping[int, Sequence[Word]]) -> tuple[int, int] | None:
    """`She went on: "..."`: with no cue, the subject of the clause whose colon introduces the
    quotation, in its own sentence or the sentence before; not a rubric's (`Why it matters:`)."""
    line = _introducing_colon(text, q, sentences, first)
    if line is None or line[0].index not in parses or _label_before(text, line[0].start, line[1] + 1):
        return None  # `Why it matters: "..."`: a rubric's words (`_rubric`), no clause of a speaker's
    sentence, colon = line
    subject = clause_subject(parses[sentence.index], colon)
    if subject is None:   # `The board was firm in its ruling: "..."`, not `The answer was simple: "..."`
        subject = clause_subject(parses[sentence.index], colon, copular=True)
        if subject is None:
            return _given_text_owner(parses[sentence.index], colon)
        return subject if subject is not None and _may_speak(text, subject) else None
    return subject


def _introducing_colon(text: str, q: Quoted, sentences: Sequence[Sentence], first: int) -> tuple[Sentence, int] | None:
    """The sentence whose colon introduces the quotation (its own, or the sentence before when the quotation
    opens its own) and where that colon is; None when no colon does."""
    sentence = sentences[first]
    before = text[sentence.start:_opening(text, q, sentence.start)].rstrip()
    if not before and first > 0:
        sentence = sentences[first - 1]
        before = text[sentence.start:sentence.end].rstrip()
    if not before.endswith(":"):
        return None
    return sentence, sentence.start + len(before) - 1


def _given_text_label(words: Sequence[Word], colon: int) -> Word | None:
    """The noun of words up to the colon (at `colon`) that are only a noun phrase naming a text or speech
    (`GIVEN_TEXTS`), with no verb (`The full statement:`, `The campaign's statement in full:`); None otherwise."""
    label = [w for w in words if w.end <= colon]
    heads = [w for w in label if not (0 <= w.head < len(label))]
    if len(heads) != 1 or any(w.upos in VERB_UPOS for w in label):
        return None
    root = heads[0]
    return root if root.upos == "NOUN" and root.text.lower() in GIVEN_TEXTS else None


def _given_text_owner(words: Sequence[Word], colon: int) -> tuple[int, int] | None:
    """`The campaign's statement in full:`, `The full statement from the mayor:`: words up to the colon (at
    `colon`) that are only a noun phrase naming a text or speech (`GIVEN_TEXTS`), with no verb, introduce
    that text: its owner's words (the phrase to its possessor, as `inscription` reads `Her tweet read:`), or
    the phrase through the one it is `from` or `by`."""
    s = Parsed.of(words)
    root = _given_text_label(words, colon)
    if root is None:
        return None
    first = words[0].start
    owner = next((k for k in s.kids[root.index] if k.deprel == "nmod:poss" and k.index < root.index), None)
    if owner is None:
        owner = next((k for k in s.kids[root.index] if k.deprel == "nmod" and k.index > root.index and any(
            c.deprel == "case" and c.lemma in ("from", "by") for c in s.kids[k.index])), None)
    return None if owner is None else (first, s.span(owner)[1])


def _narrator_subject(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
                      parses: Mapping[int, Sequence[Word]], inside: Inside) -> tuple[int, int] | None:
    """`Clinton touted her record. "We need ..."`: a quotation opening its sentence, with no cue, after
    a sentence of the same paragraph that quotes nothing: that sentence's subject introduces it."""
    sentence = sentences[first]
    if first == 0 or not _opens_sentence(text, q, sentence):
        return None
    prev = sentences[first - 1]
    if prev.paragraph != sentence.paragraph or prev.index not in parses or inside.overlaps((prev.start, prev.end)):
        return None
    subject = clause_subject(parses[prev.index], prev.end)
    if subject is None:
        subject = _manner_closing(text, prev)
    # `The door opened. "Who's there?"`: a thing of the scene introduces no one's words
    return None if subject is not None and describe(text[subject[0]:subject[1]]).head in SCENE_THINGS else subject


# `Asked about the feud, Dusk shrugs.`: a clause (from the sentence's start or its last comma) of a noun phrase
# of at most four words (a name, a pronoun, `the singer`) and a present form of manner closing the sentence
_MANNER_CLOSING = regex.compile(r"(?:\A|,\s+)((?:[\p{L}][\w'\u2019.-]*\s+){0,3}?[\p{L}][\w'\u2019-]*)\s+(\p{Ll}+)[.!]\s*\Z")


def _manner_closing(text: str, sentence: Sentence) -> tuple[int, int] | None:
    """`Dusk shrugs.`, `Asked about it, the singer smiles.`: a sentence whose last clause is a short noun phrase
    (a name, all its words capitalised; a subject pronoun; or opening with `the`, no auxiliary or preposition in it) and a present form of a verb of manner
    or memory (`PRESENT_TAG_FORMS`) closing it: the verb is the clause's (a phrase of a noun alone is no
    sentence), whatever tag the parse gave it; its subject, read from the words."""
    m = _MANNER_CLOSING.search(text[sentence.start:sentence.end])
    if m is None or m.group(2) not in PRESENT_TAG_FORMS:
        return None
    words = m.group(1).split()
    named = all(w[:1].isupper() for w in words) or len(words) == 1 and words[0].lower() in NOMINATIVE_PRONOUNS
    if not (named or words[0].lower() == "the") or any(   # (`Dusk just shrugs.`: no adverb in a name)
            w.lower() in AUXILIARIES or preposition(w) or relative_pronoun(w) for w in words[1:]):
        return None
    return sentence.start + m.start(1), sentence.start + m.end(1)


def described_subject(text: str, words: Sequence[Word]) -> tuple[int, int] | None:
    """`Okafor was blunt.`, `Ann Doyle was unimpressed.`: the one a sentence describes with `be` and a word of
    how someone speaks (`SPEAKING_MANNERS`; its copular subject, or the subject of `be` and a participle or
    adjective the parse took for a passive), when that one may speak (`_may_speak`); past a bare participle
    of asking opening the sentence, which the parse may make the root (`Asked about it, Okafor was blunt.`)."""
    s = Parsed.of(words)
    root = main_root(s)
    if root is None or root.text.lower() not in SPEAKING_MANNERS \
            or not any(k.deprel in ("cop", "aux:pass") and k.lemma == "be" for k in s.kids[root.index]):
        return None
    found = [k for k in s.kids[root.index] if k.deprel in ("nsubj", "nsubj:pass") and k.index < root.index]
    if not found or found[0].upos not in ("PROPN", "NOUN", "PRON"):
        return None
    subject = s.span(found[0])
    for k in found[1:]:  # `Ann/nsubj:pass Doyle/nsubj:pass was unimpressed`: one name parsed as two
        if k.upos == "PROPN" and words[k.index - 1].end <= subject[1]:
            subject = (subject[0], max(subject[1], s.span(k)[1]))
    return subject if _may_speak(text, subject) else None


def _described_narrator(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
                        parses: Mapping[int, Sequence[Word]], inside: Inside) -> tuple[int, int] | None:
    """`Okafor was blunt. "James knows why."`: a quotation opening its sentence, with no cue, after a
    quote-free sentence of the same paragraph that describes someone who may speak with `be`: that one
    speaks (as `narrator-subject` reads an active subject)."""
    sentence = sentences[first]
    if first == 0 or not _opens_sentence(text, q, sentence):
        return None
    prev = sentences[first - 1]
    if prev.paragraph != sentence.paragraph or prev.index not in parses or not parses[prev.index] \
            or inside.overlaps((prev.start, prev.end)):
        return None
    return described_subject(text, parses[prev.index])


def _narrator_paragraph(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
                        parses: Mapping[int, Sequence[Word]], inside: Inside) -> tuple[int, int] | None:
    """`The council met on Friday.` / `"We apologise to the family."`: a quotation opening its
    paragraph, with no cue, right after a paragraph of narration that quotes nothing: the subject of
    that paragraph's last sentence introduces it, when it names someone who may speak.  So too where the
    paragraph quoted someone before, when its last sentence quotes nothing and announces the subject's
    reply (`"The plan is sound," Lee said. Ruiz disagreed.` / `"We have heard that before."`: Ruiz;
    lexicon `announces_reply`)."""
    sentence = sentences[first]
    if first == 0 or not _opens_sentence(text, q, sentence):
        return None
    prev = sentences[first - 1]
    if prev.paragraph != sentence.paragraph - 1 or prev.index not in parses or _hands_over(text, q):
        return None
    if narration_closes(prev, sentences, inside) and _bare_question(text, prev):
        return _before_question(text, sentences, prev, parses, inside)
    if narration_closes(prev, sentences, inside):
        subject = clause_subject(parses[prev.index], prev.end)
    elif not inside.overlaps((prev.start, prev.end)):  # (the paragraph's last sentence: the quote opens the next)
        subject = clause_subject(parses[prev.index], prev.end) or described_subject(text, parses[prev.index])
        subject = subject if subject is not None and announces_reply(text[subject[1]:prev.end]) else None
    else:
        return None
    return subject if subject is not None and _may_speak(text, subject) else None


def _bare_question(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is a question in no quotation marks (`What made you change your mind?`): in an
    interview in print, the interviewer's question, which the quotation after it answers."""
    return rstrip_marks(text[sentence.start:sentence.end], " ").endswith("?")


def _before_question(text: str, sentences: Sequence[Sentence], question: Sentence,
                     parses: Mapping[int, Sequence[Word]], inside: Inside) -> tuple[int, int] | None:
    """`The senator sat down with us.` / `What made you change your mind?` / `"The farmers did."`: the answer
    to a question in no marks that closes a paragraph of its own is the one the paragraph of narration before
    the question introduces (the subject of its last sentence, when it may speak and asks nothing itself), not
    the question's subject (`What`, `you`); else None (the answer may float from the answer before it)."""
    at = question.index
    while at > 0 and sentences[at - 1].paragraph == question.paragraph:
        at -= 1
    if at == 0:
        return None
    before = sentences[at - 1]
    if before.index not in parses or not narration_closes(before, sentences, inside) or _bare_question(text, before):
        return None
    subject = clause_subject(parses[before.index], before.end)
    return subject if subject is not None and _may_speak(text, subject) else None


def _asked_answer(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
                  parses: Mapping[int, Sequence[Word]], cues_by_sentence: Mapping[int, list[Cue]]
                  ) -> tuple[int, int] | None:
    """`"Where were you?" the detective asked Jones.` / `"At home."`: a paragraph that is one closed
    quotation and nothing else, right after a paragraph that ends on a question its tag puts to someone
    (`asked Jones`, `asked him`, `asked the boy`, the writer: `asked me`): the one asked answers.  Only a single person asked
    (`_may_speak`, or a noun of one gender), not a group: `asked the crowd` is the speaker's audience,
    and the speaker may go on."""
    prev = _answered_paragraph(text, q, sentences, first, parses)
    if prev is None:
        return None
    s = Parsed.of(parses[prev.index])
    for c in cues_by_sentence.get(prev.index, ()):
        if c.verb.lemma not in QUESTION_VERBS or c.speaker is None:
            continue
        if not rstrip_marks(text[prev.start:min(c.span[0], c.speaker[0])], " ,").endswith("?"):
            continue   # the tag must follow the question it puts
        asked = next((k for k in s.kids[c.verb.index] if k.deprel in OBJECT_RELS and k.start > c.span[0]), None)
        if asked is None:
            continue   # an object before the verb is the question itself, as the parse may hang it
        rng = s.span(asked)
        d = describe(text[rng[0]:rng[1]])
        if d.kind != "group" and (_may_speak(text, rng) or d.gender is not None or _writer(text, rng)):
            return rng
    return None


def _answered_paragraph(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
                        parses: Mapping[int, Sequence[Word]]) -> Sentence | None:
    """The sentence before quotation `q` (opening sentence `first`) that its paragraph may answer: `q` is a
    closed quotation of one part making up its whole paragraph, and the sentence before it closes the
    paragraph just before, parsed (`"Where were you?" the detective asked Jones.` / `"At home."`); else None."""
    sentence = sentences[first]
    if first == 0 or not q.closed or len(q.parts) != 1 or not _quote_paragraph(text, q, sentence):
        return None
    prev = sentences[first - 1]
    if prev.paragraph != sentence.paragraph - 1 or prev.index not in parses:
        return None
    return prev


ENTERING_SUBJECT_WORDS = 4   # the longest noun phrase read as the one who comes in (`her eldest son`, `the night nurse`)


def _entering_answer(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
                     parses: Mapping[int, Sequence[Word]], cues_by_sentence: Mapping[int, list[Cue]],
                     inside: Inside) -> tuple[int, int] | None:
    """`"You're late," she says when her nephew comes through the back door.` / `"The bus broke down."`: a
    paragraph that is one closed quotation and nothing else, right after a paragraph that ends on a quotation and
    its tag, where the tag goes on into a clause of time (lexicon ARRIVAL_SUBORDINATORS) in which someone
    comes in (lexicon ENTERING_VERBS): the one who came in answers.  Only one who may speak, named by a noun (not a
    pronoun, which may be the speaker again; read from the words, a noun phrase of at most ENTERING_SUBJECT_WORDS
    words between the opener and the verb), not a group, nor one who leaves (`walked out`: lexicon
    LEAVING_PARTICLES); a tag that names no one else (`she said in an interview
    on Monday.`) leaves the speaker going on."""
    prev = _answered_paragraph(text, q, sentences, first, parses)
    if prev is None:
        return None
    words = parses[prev.index]
    s = Parsed.of(words)
    for c in cues_by_sentence.get(prev.index, ()):
        if c.speaker is None or not inside.overlaps((prev.start, min(c.span[0], c.speaker[0]))):
            continue   # the tag must follow the quotation it tags
        for i, w in enumerate(words):
            if w.start < c.span[1] or w.text.lower() not in ARRIVAL_SUBORDINATORS:
                continue
            j = next((j for j in range(i + 1, min(len(words), i + 2 + ENTERING_SUBJECT_WORDS))
                      if words[j].lemma in ENTERING_VERBS and words[j].xpos in FINITE_TAGS), None)
            if j is None or j == i + 1 or words[j - 1].upos not in NOUN_UPOS \
                    or any(k.upos in ("VERB", "AUX", "PUNCT", "PRON") and k.xpos != "PRP$" for k in words[i + 1:j]) \
                    or j + 1 < len(words) and words[j + 1].text.lower() in LEAVING_PARTICLES:
                continue   # (`after the judge walked out`: one who leaves hears no turn)
            rng = (words[i + 1].start, words[j - 1].end)
            d = describe(text[rng[0]:rng[1]])
            if d.kind != "group" and (_may_speak(text, rng) or d.gender is not None) \
                    and text[rng[0]:rng[1]].lower() != text[c.speaker[0]:c.speaker[1]].lower():
                return rng
            break
    return None


_AFTER_SPEAKING = regex.compile(r"(?i:" + "|".join(regex.escape(o) for o in AFTER_SPEAKING_OPENERS) + r")\h*,\h*")


# The one who acts, read from the words right after such a phrase: a subject pronoun for a person, or a name (its
# words capitalised, a title's among them), then the lowercase verb (`she left`, `Judge Ana Ruiz rose`).
_ACTOR = regex.compile(r"((?i:he|she)|(?:\p{Lu}[\p{L}.'’-]*\h+){0,3}\p{Lu}[\p{L}'’-]+)\h+\p{Ll}+\b")


def _acted_after(text: str, q: Quoted, sentences: Sequence[Sentence], first: int, last: int,
                 inside: Inside) -> tuple[int, int] | None:
    """`"We are done." With that, she left the room.`: a quotation that is its sentence, alone in its paragraph so
    far (no quotation before it there, nor in the paragraph before), then a sentence of its paragraph that opens
    with a phrase of acting right after speaking (lexicon AFTER_SPEAKING_OPENERS: `With that,`, `At that,`) and
    its subject right after that phrase, one who may speak (read from the words, `_ACTOR`): that one said it."""
    sentence, end = sentences[first], sentences[last]
    if not q.closed or strip_marks(text[sentence.start:q.start], " ") \
            or strip_marks(text[q.end:end.end], _CLOSING_RUN + " ") or last + 1 >= len(sentences):
        return None
    after = sentences[last + 1]
    if after.paragraph != end.paragraph or inside.overlaps((after.start, after.end)):
        return None
    opening = next((s.start for s in sentences[:first + 1] if s.paragraph >= sentence.paragraph - 1), sentence.start)
    if inside.overlaps((opening, q.start)):
        return None   # (`"A," she said.` / `"B." With that, she left.`: B goes on with her turn)
    m = _AFTER_SPEAKING.match(text, after.start, after.end)
    m = _ACTOR.match(text, m.end(), after.end) if m is not None else None
    if m is None or not _may_speak(text, m.span(1)):
        return None
    return m.span(1)


def _writer(text: str, rng: tuple[int, int]) -> bool:
    """Whether the words at `rng` are `me`: the writer, a first-person reporter asked a question."""
    return text[rng[0]:rng[1]].lower() == "me"


def _quote_paragraph(text: str, q: Quoted, sentence: Sentence) -> bool:
    """Whether a quotation is its paragraph's only words: it opens the paragraph's first sentence
    and nothing but marks and closing punctuation follows it on its line."""
    end = text.find("\n", q.end)
    rest = text[q.end:len(text) if end < 0 else end]
    return _opens_sentence(text, q, sentence) and not strip_marks(rest, _CLOSING_RUN + " ") \
        and (sentence.start == 0 or text[sentence.start - 1] == "\n")


def _may_speak(text: str, span: tuple[int, int]) -> bool:
    """Whether a noun phrase names someone who may speak: a person, an organisation, `he` or `she`,
    or a role, a speaker noun or a noun of one's relation to another (`the senator`, `officials`, `her
    rival`); not a thing (`the new law`)."""
    d = describe(text[span[0]:span[1]])
    return d.kind in ("person", "organisation") or (d.pronoun and d.gender in ("masc", "fem")) \
        or d.head in ROLE_WORDS or d.head in SPEAKER_NOUNS or d.head in RELATION_NOUNS


def narration_closes(sentence: Sentence, sentences: Sequence[Sentence], inside: Inside) -> bool:
    """Whether a sentence closes a paragraph that quotes nothing (the sentence ends it, and no
    quotation lies in it or the paragraph's sentences before it)."""
    nxt = sentence.index + 1
    if nxt < len(sentences) and sentences[nxt].paragraph == sentence.paragraph:
        return False
    start = sentence.start
    for s in reversed(sentences[:sentence.index]):
        if s.paragraph != sentence.paragraph:
            break
        start = s.start
    return not inside.overlaps((start, sentence.end))


def _hands_over(text: str, q: Quoted) -> bool:
    """Whether the quotation hands over to more words of its sentence (`"...," X beamed`, `"...!"
    came the reply`) rather than closing it: those words, cue or not, report it."""
    end = past_marks(text, q.end)
    rest = text[end:text.find("\n", end) if "\n" in text[end:] else len(text)].lstrip()
    last = rstrip_marks(text[q.start:end], " ")[-1:]
    return bool(rest) and (last not in ".!?" or not rest[0].isupper())


def _sentence_subject(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
                      parses: Mapping[int, Sequence[Word]], inside: Inside) -> tuple[int, int] | None:
    """`Obama called the holiday "..."`, `In a speech, Trump attacked "..."`: with no cue anywhere, the
    subject of the verb governing the quotation, or without a parse the name that opens the
    quotation's sentence (or, for a quotation opening its sentence, the sentence before when that
    one ends in a colon), is its likeliest speaker.  No words inside quotation marks are one (a
    quotation in another language before the one in English: `„Nein“, sagte Vogel – "No."`)."""
    sentence = sentences[first]
    if _label_before(text, sentence.start, q.start):
        return None  # `Quote of the day: "..."`: a rubric, no one's name
    if _opens_sentence(text, q, sentence):
        if first == 0 or not _ends_in_colon(text, sentences[first - 1]) \
                or _label_before(text, sentences[first - 1].start, q.start):
            return None  # `Quote du jour:` a sentence of its own (a newsletter's lead-in label): no name
        sentence = sentences[first - 1]
    elif first in parses and (governing := governing_subject(parses[first], q.start, q.end)) is not None \
            and not inside.overlaps(governing):
        return governing
    elif first in parses and charged_passive(parses[first], q.start, q.end):
        return None  # `Lee was convicted of "aggravated identity theft."`: the charge's words, not Lee's
    limit = min(q.start, sentence.end)
    starts = [sentence.start] + [m.end() for m in regex.finditer(r",\s+", text[sentence.start:limit])]
    words = parses.get(sentences.index(sentence), ())
    for offset in starts:
        pos = offset if offset == sentence.start else sentence.start + offset
        found = opening_name(text, pos, limit)
        if found is not None and not _names_no_one(text, found.start, words) \
                and not inside.overlaps((found.start, found.end)) \
                and not _label_head_after(text, found.end, limit, words):
            return found.start, found.end
    return None


# A label's last words before its colon: one or two words in lower case (`Key line:`, `Obama aide:`).
_LABEL_NOUNS = regex.compile(r"((?:\h+\p{Ll}[\p{L}'’-]*){1,2})\h*:\h*$")


def _label_head_after(text: str, end: int, limit: int, words: Sequence[Word]) -> bool:
    """Whether the name ending at `end` only modifies the noun after it that a colon closes before the
    quotation (`Key line: "..."`, `Campaign memo: "..."`): a label whose head is a common noun in lower case
    (every word after the name a noun, where the sentence is parsed), no one's name; a verb there is the
    name's own (`Smith added: "..."`)."""
    m = _LABEL_NOUNS.match(rstrip_marks(text[end:limit], " "))
    if m is None or not words:
        return False
    starts = [end + m.start(1) + w.start() for w in regex.finditer(r"\S+", m.group(1))]
    tagged = [next((w for w in words if w.start == a), None) for a in starts]
    return all(w is not None and w.upos == "NOUN" for w in tagged)


_NO_NOUN_TAGS = frozenset({"VERB", "AUX", "INTJ"})


def _names_no_one(text: str, start: int, words: Sequence[Word]) -> bool:
    """Whether the capitalised word at `start`, where the sentence is parsed, is a verb or an
    interjection (`Wait until ...`, `Do not ...`, `Hey, ...`): no name is made of one.  (A preposition
    may open the phrase of a source: `Under state law, ...`.)"""
    word = next((w for w in words if w.start == start), None)
    return word is not None and word.upos in _NO_NOUN_TAGS


def _scare_quote(text: str, q: Quoted, sentence: Sentence, cued: bool) -> bool:
    """A short quoted term or a title inside a sentence, not a quotation.  A title-cased quotation
    ending in a comma is a title only with no cue about (`his book, "Trump and Me," was`), since
    with one it is a slogan or a cry (`"Yes We Can," the crowd chanted`)."""
    content = text[q.start:q.end]
    words = content.split()
    if len(q.parts) > 1:
        return False
    if len(words) <= SHORT_WORDS:
        return not _own_sentence(text, q, sentence) and not _dash_broken(text, q, sentence) \
            and not _resumed_after_tag(text, q, sentence)
    endings = (".", "!", "?", ",") if cued else (".", "!", "?")
    return _within(text, q, sentence) and _titled(words) and content.rstrip()[-1:] not in endings


def _chanted(text: str, q: Quoted, sentence: Sentence) -> bool:
    """Whether a quotation is the `of` phrase of a noun of words given out aloud (lexicon CHANT_NOUNS:
    `greeted her with chants of "USA! USA!"`, `shouts of "Lock her up."`): the words chanted, an utterance
    however short, not a term."""
    before = text[sentence.start:_opening(text, q, sentence.start)].split()
    return len(before) >= 2 and before[-1].lower() == "of" and before[-2].lower() in CHANT_NOUNS


def _own_sentence(text: str, q: Quoted, sentence: Sentence) -> bool:
    """Whether a quotation is its sentence, ending it with `.`, `!` or `?` inside its marks
    (`"Why not?"`, `"No comment."`), or broken off by a dash (`"I think--"`): an utterance, however short,
    not a term; so too one right after a quotation broken off by a dash, which the sentence runs on from
    (`"We were--" "Never."`: it cuts in)."""
    content = text[q.start:q.end].rstrip()
    before = text[sentence.start:q.start]
    closed = rstrip_marks(before, " ")
    cut_in = len(closed) < len(before.rstrip()) and closed.endswith(BREAK_DASHES)
    return (content[-1:] in (".", "!", "?") or content.endswith(BREAK_DASHES)) and (not strip_marks(before, " ") or cut_in) \
        and not strip_marks(text[q.end:sentence.end], " ")


# What comes before the rest of an utterance a tag splits: a quotation closing on `,`, `?`, `!` or a dash that
# breaks it off, then the tag and the comma that sets the rest off (`"We will win--" she began, `).
_RESUMING_TAG = regex.compile(r"(?:[,?!]|" + SPACED_DASH + r"|(?<=\S)[\u2014\u2013-]{1,2})\h*[\"\u201d\u2019']+\h+"
                              r"[^\"\u201c\u201d\n]{1,160},\Z")


def _resumed_after_tag(text: str, q: Quoted, sentence: Sentence) -> bool:
    """Whether a quotation goes on, after a tag set off by a comma, from a quotation before it in its sentence
    and closes the sentence (`"We will win," she began, "eventually."`, `"We will--" she began, "win."`): the
    rest of one utterance, however short, as after a cue the parse joins to it (`"A," she said, "B."`), no term."""
    before = text[sentence.start:_opening(text, q, sentence.start)].rstrip()
    return _RESUMING_TAG.search(before) is not None \
        and not strip_marks(text[q.end:sentence.end], _CLOSING_RUN + " ")


# Narration set off by a pair of dashes (`-- he paused --`, `\u2014and she stressed the word\u2014`), then a
# quotation mark opening the rest.
_DASHED_NARRATION = regex.compile(r"\h*" + SPACED_DASH + r"\h*[^\u2014\u2013\"\u201c\u201d\n-]{1,80}?\h*" + SPACED_DASH
                               + r"\h*[\"\u201c]")


def _dash_broken(text: str, q: Quoted, sentence: Sentence) -> bool:
    """Whether a quotation opening its sentence is the first part of an utterance the writer breaks with
    narration set off by a pair of dashes, the rest quoted right after in the same sentence (`"We lost"
    -- he paused -- "everything."`, `"Nobody"\u2014and she stressed the word\u2014"nobody came."`): words
    spoken, however short, not a term; so too one opening right after a tag's comma (`"We lost," Hall said,
    "but" -- he paused -- "we will be back."`)."""
    before = strip_marks(text[sentence.start:q.start], " ")
    if before and not before.endswith(","):
        return False
    return _DASHED_NARRATION.match(text, past_marks(text, q.end, closing=True), sentence.end) is not None


def _handed_over(text: str, q: Quoted, sentence: Sentence, cue: Cue) -> bool:
    """Whether a quotation is a whole utterance set off for its cue, however short: opening its sentence
    and handing over to the cue after it (`"Safety," said Grimm`), or set off by a comma or colon right
    after the cue and closing the sentence (`she said, "No."`)."""
    rest = text[q.end:sentence.end]
    after = q.end + len(rest) - len(lstrip_marks(rest, _CLOSING_RUN + " "))  # past its closing marks
    if cue.span[0] >= q.end:
        return _opens_sentence(text, q, sentence) and _closes_clause(text, q, after)
    between = text[cue.span[1]:_opening(text, q, cue.span[1])].strip()
    return (between in (",", ":") or _listener_then(between, cue)) and not strip_marks(rest, _CLOSING_RUN + " ")


SETTING_WORDS = 8  # the most words of a phrase of place or time between a cue and its `that` clause
_THAT = regex.compile(r"\bthat\s")
LISTENER_WORDS = 4  # the most words of a listener between a verb of telling and the quotation's colon
LISTENER_THAT_WORDS = 12  # the most words of a listener and its phrases between a verb of telling and `that`


def _listener_then(between: str, cue: Cue) -> bool:
    """`telling followers: "Point made."`, `told the crowd: "Never."`: the listener of a verb of telling
    (`LISTENER_VERBS`), a few words with no punctuation of their own, then the comma or colon that sets
    the quotation off for the cue."""
    words = between[:-1].split()
    return cue.verb.lemma in LISTENER_VERBS and between[-1:] in (",", ":") and 0 < len(words) <= LISTENER_WORDS \
        and all(w.replace("'", "").replace("’", "").isalnum() for w in words)


def _named_title(text: str, q: Quoted, sentence: Sentence) -> bool:
    """A title-cased quotation of several words after the sentence's own words: a title or slogan the
    narration names (`co-hosts the podcast "Small Talk, Big Ideas."`), whatever punctuation it ends in."""
    words = text[q.start:q.end].split()
    return len(q.parts) == 1 and len(words) > SHORT_WORDS and _titled(words) and not _opens_sentence(text, q, sentence)


def _within(text: str, q: Quoted, sentence: Sentence) -> bool:
    """Whether the sentence has words of its own on both sides of the quotation and its marks."""
    start, end = marked_range(text, q)
    return sentence.start < start and end < sentence.end


def _titled(words: Sequence[str]) -> bool:
    """Whether every word is capitalised, short function words aside (`Meet the Press`, and the
    prepositions `with`, `from`, `into`, `over`, lower-case in a title: `Supper with Ann Ruiz`)."""
    return all(w[0].isupper() or not w[0].isalpha() or len(w) <= 3 or w in ("with", "from", "into", "over")
               for w in words)


def _venue(text: str, q: Quoted, cue: Cue) -> bool:
    """`said on MSNBC's "Morning Joe."`: a title-cased quotation in a phrase of place right after its
    cue names where it was said."""
    between = text[cue.span[1]:_opening(text, q, cue.span[1])]
    return bool(_PLACE_NEXT.match(between)) and not any(ch in between for ch in ",.;:") and _titled(
        text[q.start:q.end].split())


# `her memoir, "Long Days."`, `the film "Harbour Lights"`: a noun naming a work (plural too), a comma
# at most, right before the opening mark.
# Or a noun of someone a work credits, with `of` (`the host of "Night Owls"`, `star of Channel 9's "..."`).
_WORK_BEFORE = regex.compile(r"\b(?:(?i:" + "|".join(sorted(WORK_NOUNS)) + r")s?\s*,?"
                             r"|(?i:" + "|".join(sorted(CREDIT_NOUNS)) + r")\s+of(?:\s+" + _OWNER + r")?)\s*\Z")


# `the nickname "Red"`, `the pseudonym "..."`: a noun naming a name (plural too), a comma at most,
# right before the opening mark.
_NICKNAME_BEFORE = regex.compile(r"\b(?i:" + "|".join(sorted(NICKNAME_NOUNS)) + r")s?\s*,?\s*\Z")
# `a group that calls itself "Friends of the Pier"`: a verb of calling and a reflexive pronoun (an article at
# most) right before the opening mark: the name the subject goes by.
_SELF_NAMED_BEFORE = regex.compile(r"\b(?i:call|calls|called|calling|style|styles|styled|styling)\s+"
                                   r"(?i:" + "|".join(sorted(REFLEXIVE_PRONOUNS)) + r")(?:\s+(?i:the|a|an))?\s*,?\s*\Z")


# A nickname inside a name: a capitalised given name right before the opening mark and a capitalised surname
# right after the closing one (`Tom "The Tank" Hale`), the marks hugging the nickname's words.
_GIVEN_BEFORE = regex.compile(r"(?:^|[\s(])(\p{Lu}[\p{L}\p{M}'’.-]*)\s\Z")
_SURNAME_AFTER = regex.compile(r"\s(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)")
# Words a headline in title case capitalises that are no part of a name (`Not To 'Moan' About`).
_NOT_NAME_PARTS = PREPOSITIONS | DETERMINERS | BE_FORMS | {"and", "or", "but", "not", "no", "as", "if", "than"}


def _name_nickname(text: str, q: Quoted, opening: int) -> bool:
    """`Tom "The Tank" Hale said`: one to three title-cased words in marks, no punctuation closing them,
    between a capitalised word and a capitalised surname, are the nickname a name carries, never words said."""
    words = text[q.start:q.end].split()
    close = q.end
    while close < len(text) and not text[close].isspace() and text[close] in MARK_CHARS:
        close += 1
    if not (1 <= len(words) <= 3 and _titled(words) and words[0][:1].isupper() and close > q.end
            and all(w.replace("'", "").replace("-", "").isalpha() for w in words)):
        return False
    given = _GIVEN_BEFORE.search(text, max(0, opening - 30), opening)
    surname = _SURNAME_AFTER.match(text, close)
    return given is not None and surname is not None and given.group(1).lower() not in _NOT_NAME_PARTS \
        and surname.group(1).lower() not in _NOT_NAME_PARTS  # not a headline's `Not To 'Moan' About Her`


def _nickname(text: str, q: Quoted) -> bool:
    """`he went by the nickname "Red,"`, `wrote under the pseudonym "..."`: a quotation right after a
    noun naming a name gives that name as words, not someone's words; so does a title-cased one right after a
    verb of calling and a reflexive pronoun (`a group that calls itself "Friends of the Pier"`), and one inside
    a name (`Tom "The Tank" Hale`: `_name_nickname`)."""
    opening = _opening(text, q, max(0, q.start - SET_OFF_REACH))
    if len(q.parts) > 1:
        return False
    if _NICKNAME_BEFORE.search(text, max(0, opening - SET_OFF_REACH), opening) or _name_nickname(text, q, opening):
        return True
    words = text[q.start:q.end].split()   # a name in title case (`called himself "very pro-choice"`: a verdict)
    return _titled(words) and any(w[0].isupper() for w in words) \
        and bool(_SELF_NAMED_BEFORE.search(text, max(0, opening - SET_OFF_REACH), opening))


def _work_title(text: str, q: Quoted) -> bool:
    """`she wrote in her memoir, "Long Days by the Harbour."`: a title-cased quotation right after a
    noun naming a work (a comma between at most), or after a noun of someone it credits and `of` (`the
    host of "Night Owls"`), is that work's title, whatever cue is about."""
    words = text[q.start:q.end].split()
    opening = _opening(text, q, max(0, q.start - SET_OFF_REACH))
    return len(q.parts) == 1 and _titled(words) and any(w[0].isupper() for w in words) \
        and bool(_WORK_BEFORE.search(text, max(0, opening - SET_OFF_REACH), opening))


# `who wrote "The Long Road Home,"`: a verb making a work right before the opening mark, nothing between.
MADE_WORK_WORDS = 3   # the fewest words of such a title (`wrote "Vote No"` on a sign is words written)
# `Read more: "Why the markets fell"`: at a line's start, a link label and a colon, nothing else.
_LINK_LABEL_LINE = regex.compile(r"(?:\A|\n)[ \t]*(?i:" + "|".join(regex.escape(label).replace("'", "['’]")
                                                        for label in sorted(LINK_LABELS, key=len, reverse=True))
                                 + r")[ \t]*:[ \t]*\Z")


# `Read more: Mayor vows "no retreat"`: a link label and its colon opening a line, words before the quotation.
_LINK_LABEL_OPENING = regex.compile(r"[ \t]*(?i:" + "|".join(regex.escape(label).replace("'", "['’]")
                                                              for label in sorted(LINK_LABELS, key=len, reverse=True))
                                    + r")[ \t]*:")


def _linked_headline(text: str, q: Quoted) -> bool:
    """`Read more: "Why the markets fell"`, `Related: 'We will fight on,' says council leader`: a quotation on
    a line that a link label (lexicon LINK_LABELS) and its colon open is in the headline of another article,
    a link's text, not words said in this one."""
    if len(q.parts) > 1:
        return False
    opening = _opening(text, q, max(0, q.start - SET_OFF_REACH))
    line_start = text.rfind("\n", 0, opening) + 1
    if not _LINK_LABEL_LINE.search(text[max(0, line_start - 1):opening]):
        return _LINK_LABEL_OPENING.match(text, line_start, opening) is not None  # `Read more: Ruiz: "..."`
    return True  # (words after it on the line are the headline's: `Read more: "We will fight on," says Ruiz`)


_MADE_WORK_BEFORE = regex.compile(r"\b(?i:" + "|".join(sorted(WORK_MAKING_FORMS)) + r")\s*\Z")
_PERFORMED_WORK_BEFORE = regex.compile(r"\b(?i:" + "|".join(sorted(PERFORMING_FORMS)) + r")(?:\s+the)?\s*\Z")


def _made_work(text: str, q: Quoted) -> bool:
    """`Ann Lee, who wrote "The Long Road Home," said ...`: a title-cased quotation of three words or more, not
    closing on `.`, `!` or `?` nor opening with a subject pronoun (`"We Will Win"`: a sentence), that a verb making a work takes as its object, nothing between (`wrote: "..."`
    and `wrote, "..."` set words off), is the work's title, not words the verb reports."""
    words = text[q.start:q.end].split()
    if len(q.parts) > 1 or not words or not _titled(words) \
            or text[q.start:q.end].rstrip()[-1:] in ".!?" or words[0].lower() in PRONOUNS:
        return False
    opening = _opening(text, q, max(0, q.start - SET_OFF_REACH))
    if _PERFORMED_WORK_BEFORE.search(text, max(0, opening - SET_OFF_REACH), opening):
        return True  # `sang "Amazing Grace"`: a hymn's title, short or long
    return len(words) >= MADE_WORK_WORDS and bool(_MADE_WORK_BEFORE.search(text, max(0, opening - SET_OFF_REACH),
                                                                              opening))


# `"Harbour Lights" star`, `the "Night Owls" reboot`: right after the closing mark, a noun of a work or
# of someone it credits.
# Or an apposition or a copula naming a work: `"Rivers and Roads," a history of the town`, `"Night Owls" --
# a film ...`, `"Night Owls" is a cable drama`.
_WORK_NAMES = "|".join(sorted(WORK_NOUNS | {"history", "study", "report"}))
_WORK_AFTER = regex.compile(r"\s+(?:" + "|".join(sorted(WORK_NOUNS | CREDIT_NOUNS)) + r"|reboot)s?\b(?!-)"
                            r"|\s*(?:,|--|—|–|\s(?:is|was))?\s*(?:a|an|the|his|her|their)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?"
                            r"(?:" + _WORK_NAMES + r")s?\b")


# `its "Deep Research" tool`, `the "SnugFit" name`: a noun of a made thing (lexicon NAMED_THING_NOUNS) right after.
_THING_AFTER = regex.compile(r"\s+(?:" + "|".join(sorted(NAMED_THING_NOUNS)) + r")s?\b(?!-)")


def _title_modifier(text: str, q: Quoted, after: regex.Pattern = _WORK_AFTER) -> bool:
    """`"Nights on Harbour Lane" star Ann Ruiz said ...`: a title-cased quotation that modifies a noun of a work
    or of someone it credits, right after its closing mark, is a title, not someone's words; so is one before a
    noun of a made thing (`named_thing`)."""
    words = text[q.start:q.end].split()
    end = past_marks(text, q.end)
    return end > q.end and len(q.parts) == 1 and _titled(words) and any(w[0].isupper() for w in words) \
        and bool(after.match(text, end) or _THING_AFTER.match(text, end))


def named_thing(text: str, q: Quoted) -> bool:
    """Whether a quotation is a name a text gives a thing, nobody's words: a title-cased one before a noun of a
    made thing (`said its "Deep Research" tool can browse`, `sold under the "SnugFit" name`: lexicon
    NAMED_THING_NOUNS), or a term the brackets about it define (`signed a merger agreement (the "Agreement")`:
    `defined-term`).  A reported clause holding only such names is no mixed quote (`mixed-clause`)."""
    return _title_modifier(text, q, _THING_AFTER) or _bracket_term(text, q)


# `"The Road Home," by Jane Doe`: after a quotation's closing mark (and a comma), `by` and a name.
_BYLINE_AFTER = regex.compile(r"[\s,]*by\s+(?:the\s+)?\p{Lu}")


def _byline(text: str, q: Quoted) -> bool:
    """`"The Road Home," by Jane Doe, tells of ...`: a quotation followed right after its closing mark
    by `by` and a name is the title of a work, and the name its author's, not someone's words."""
    end = past_marks(text, q.end, ",.!? ")
    marks = text[q.end:end]
    if strip_marks(marks, ",.!? ") == marks:   # no mark among them
        return False
    return bool(_BYLINE_AFTER.match(text, end - len(marks) + len(marks.rstrip(" ,"))))


def _names_a_work(text: str, q: Quoted) -> bool:
    """Whether a noun right before a quotation makes it a name or a work's title (`the pseudonym "Old Salt"`,
    `the radio show "Night Owls"`): the filters' facts, read before a cue's words are taken to run on
    into it as a paraphrase."""
    return _nickname(text, q) or _work_title(text, q)


# `a group known as the "...,"`, `known inside the agency as "..."`, `a memo titled "..."`, `was named "..."`: a
# participle giving a name (`known` and `billed` through `as`, past a few words), `as` and an article at most,
# right before the opening mark.
_NAME_GIVEN_BEFORE = regex.compile(r"\b(?:(?i:known|billed)(?:\s+[\p{L}'’-]+){0,3}?\s+as"
                                   r"|(?P<verb>(?i:" + "|".join(sorted(NAME_GIVING_FORMS)) + r"))(?:\s+as)?)"
                                   r"(?:\s+(?:the|a|an))?\s*,?\s*\Z")
_GIVEN_BY = regex.compile(r"[\s,]*by\s")   # `dubbed "..." by critics`: the agent named the thing


def _giving_name(text: str, q: Quoted, sentence: Sentence, words: Sequence[Word]) -> regex.Match | None:
    """The participle or passive right before a quotation that gives a thing its name (`known as the`,
    `titled`, `was named`), its verb with no active subject in the parse; None where there is none."""
    if len(q.parts) > 1:
        return None
    opening = _opening(text, q, sentence.start)
    m = _NAME_GIVEN_BEFORE.search(text, max(sentence.start, opening - 2 * SET_OFF_REACH), opening)
    if m is None:
        return None
    if m.group("verb") is None:   # `known as`, `billed as`: never a subject's naming, unless by someone
        return None if regex.search(r"\bby\b", m.group()) else m
    verb = next((w for w in words if w.start == m.start("verb")), None)
    if verb is None:   # no parse: a passive's `be` right before the participle
        before = text[max(sentence.start, m.start() - 12):m.start()].split()
        return m if before and before[-1].lower() in BE_FORMS else None
    if verb.xpos == "VBN" and not any(w.head == verb.index and w.deprel == "nsubj" for w in words):
        return m
    return m if _verb_after(text, q, words) else None


def _verb_after(text: str, q: Quoted, words: Sequence[Word]) -> bool:
    """`A local paper called "The Harbour Voice" reported ...`: a finite verb right after the quotation's
    closing mark, no comma between, takes the noun phrase the naming word ends as its subject; so that word
    is a participle giving a name (a reduced relative), whatever tag the parse gave it, not a verb with a
    subject of its own (a verb does not follow the words a subject said without a comma or a tag)."""
    end = past_marks(text, q.end)
    nxt = next((w for w in words if w.start >= end), None)
    return end > q.end and nxt is not None and not text[end:nxt.start].strip() and nxt.xpos in FINITE_TAGS \
        and nxt.text[:1].islower()


def _name_given(text: str, q: Quoted, sentence: Sentence, words: Sequence[Word]) -> bool:
    """`a bipartisan group known as the "Gang of Six,"`, `a report titled "Miles to Go,"`: a title-cased quotation
    right after a participle or passive that gives a thing its name (`_giving_name`), with no `by` naming who
    gave it after the quotation, is a name the thing bears: nobody's words said here."""
    quoted = text[q.start:q.end].split()   # a name, in title case (a lower-case term is left to the cue)
    if not _titled(quoted) or not any(w[0].isupper() for w in quoted):
        return False
    return _giving_name(text, q, sentence, words) is not None and not _GIVEN_BY.match(text, past_marks(text, q.end))


# `"Falcon" by engineers, which ...`: after the closing mark, `by` and the agent's words, up to a comma, a
# stop, a relative pronoun or a conjunction.
_AGENT_AFTER = regex.compile(r"\s*by\s+(?P<agent>(?:(?!(?:which|who|that|and|but|as|because|when)\b)[\p{L}\p{N}'’.-]+"
                             r"(?:\s+|(?=[,;:!?]|\.(?:\s|\Z)|\Z))){1,6})")


def _named_by(text: str, q: Quoted, sentence: Sentence, words: Sequence[Word]
              ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """`software nicknamed "Falcon" by engineers`: (the agent, the participle) where a participle giving a
    thing its name (not `known as`; not a passive with its `be`, whose whole clause is the report) runs into
    the quotation and `by` follows its closing mark."""
    m = _giving_name(text, q, sentence, words)
    if m is None or m.group("verb") is None:
        return None
    before = text[max(sentence.start, m.start() - 12):m.start()].split()
    if before and before[-1].lower() in BE_FORMS:
        return None   # `has been called "..." by X`: a clause of its own, the report all of it
    a = _AGENT_AFTER.match(text, past_marks(text, q.end, ""), sentence.end)
    if a is None:
        return None
    agent = a.group("agent").rstrip(" .")
    return (a.start("agent"), a.start("agent") + len(agent)), (m.start("verb"), m.end("verb"))


def _display_line(text: str, q: Quoted, inside: Inside) -> bool:
    """`'A bridge for everyone.'` alone on its line in a text that sets its quotations in double marks:
    news style sets a headline's or a subhead's quotation in single marks, so the line is a display
    line that echoes the story's words, not a quotation of its own."""
    if q.double or len(q.parts) > 1 or not inside.double:
        return False
    return _alone_on_line(text, q)


def _alone_on_line(text: str, q: Quoted) -> bool:
    """Whether nothing but marks and punctuation shares the quotation's line."""
    start, end = text.rfind("\n", 0, q.start) + 1, text.find("\n", q.end)
    end = len(text) if end < 0 else end
    return not strip_marks(text[start:q.start] + text[q.end:end], " .,;:!?")


def _caps_line(text: str, q: Quoted) -> bool:
    """`"A DEAL AT LAST"` alone on its line, every letter a capital, two words at least: a subhead set in
    capitals (news style), not a quotation of its own."""
    if len(q.parts) > 1:
        return False
    letters = [ch for ch in text[q.start:q.end] if ch.isalpha()]
    return len(text[q.start:q.end].split()) >= 2 and bool(letters) and all(ch.isupper() for ch in letters) \
        and _alone_on_line(text, q)


def _fragment(text: str, q: Quoted, sentence: Sentence) -> bool:
    """A phrase of a few words quoted within a sentence, with the sentence's words on both sides
    (`framed her platform around pledges to "build on the gains" of ...`): a term, a title or a
    borrowed phrase far more often than someone's whole words."""
    return _within(text, q, sentence) and len(q.parts) == 1 and len(text[q.start:q.end].split()) <= FRAGMENT_WORDS


@dataclass(frozen=True)
class Quotation:
    """One marked quotation with what the linking rules read around it: the document, the
    sentences it starts and ends in, and its own cue (`_own_cue`), found once for all rules."""

    text: str
    q: Quoted
    first: int
    last: int
    sentences: Sequence[Sentence]
    parses: Mapping[int, Sequence[Word]]
    cues_by_sentence: Mapping[int, list[Cue]]
    inside: Inside
    own_cue: Cue | None = None
    own_confidence: float = 0.0


@dataclass(frozen=True)
class Link:
    """A linking rule's answer: the quote it makes (`dropped`: none at all).  `content` is a mixed
    quote's whole range; `surface` a (speaker, cue) pair read off the words; `checked` answers
    still pass the filter table (scare quotes, venues)."""

    type: QuoteType
    confidence: float
    cue: Cue | None = None
    surface: tuple[tuple[int, int], tuple[int, int] | None] | None = None
    content: tuple[int, int] | None = None
    checked: bool = False
    dropped: bool = False
    settled: bool = False   # no speaker, and none to take from another quote: it never floats


DROP = Link("direct", 0.0, dropped=True)


def cut_off(x: Quotation) -> Link | None:
    """`"We were--" "Don't," she said.`: a quotation broken off by a dash, with the next quotation right
    after its closing mark (only spaces between, in its paragraph), is cut short by someone else: the
    cue after the next quotation tags that one only.  Kept with no speaker named, floating to none."""
    end = past_marks(x.text, x.q.end)
    if not x.q.closed or end == x.q.end or not x.text[x.q.start:x.q.end].rstrip().endswith(BREAK_DASHES):
        return None
    after = end + len(x.text[end:end + 8]) - len(x.text[end:end + 8].lstrip(" \t"))
    opened = past_marks(x.text, after)
    if after == end or opened == after or not x.inside.contains(opened):
        return None
    return Link("direct", CONF_NONE, settled=True)


def caption(x: Quotation) -> Link | None:
    """`"We will appeal," Ann Ruiz said. (AP Photo)`: a photo's caption, not a sentence of the story: dropped."""
    return DROP if caption_credit(x.text, x.q.start) else None


def title_in_name(x: Quotation) -> Link | None:
    """`the author of "Going Viral," about ..., said`: a title within a speaker's name is dropped."""
    return DROP if any(_within_name(x.text, x.q, c.speaker, c.span[0] if c.speaker_rule in SUBJECT_BEFORE_RULES else -1)
                       for c in x.cues_by_sentence.get(x.first, [])) else None


def named_by(x: Quotation) -> Link | None:
    """`software nicknamed "Falcon" by engineers`: the name is the agent's words."""
    found = _named_by(x.text, x.q, x.sentences[x.first], x.parses.get(x.first, ()))
    return None if found is None else Link("direct", CONF_NEIGHBOUR, surface=found)


def speaker_aside(x: Quotation) -> Link | None:
    """`"We lost," said Ann Ruiz, who hosts the show "Morning Tide."`: a quotation after the speaker of a
    cue that tags the quotation before it, run into by words of the speaker's description (not set off
    by a comma: `said Ruiz, an aide, "and ..."` goes on with the quotation) and with no cue of their own
    (`said Ruiz, who thinks it "..."`), is a title or a term in that description: dropped.  Not one a
    translation's gloss opens (`translation`: `dijo Ortega, or "we will not sign."`)."""
    cue = x.own_cue
    if cue is None or cue.speaker is None or not cue.span[1] <= cue.speaker[0] <= x.q.start \
            or translation(x) is not None:
        return None
    before = x.text[:cue.span[0]].rstrip()
    tagged = mark_ends(before, len(before)) and rstrip_marks(before)[-1:] in (",", "?", "!")
    between = x.text[cue.speaker[1]:_opening(x.text, x.q, cue.speaker[1])].rstrip()
    described = (x.q.start < cue.speaker[1] or any(ch.isalpha() for ch in between)) and between[-1:] not in ",:"
    inner = any(c is not cue and cue.span[1] <= c.span[0] < x.q.start for c in x.cues_by_sentence.get(x.first, []))
    return DROP if tagged and described and not inner and x.sentences[x.first].start <= len(before) else None


def translation_gloss(text: str, start: int, opening: int) -> bool:
    """Whether text[start:opening], the words between a quotation's tag (or the quotation itself) and the next
    quotation's opening mark, end in a phrase opening a translation (lexicon TRANSLATION_GLOSS: `, meaning`,
    `, which translates as`, `-- in English,`); a bare `or` only after the language said in (`in French, or`),
    or after the tag of a quotation in no English (`english_words`) in a text that names the language spoken
    (`names_language`) or before a quotation in English (`"Estamos listos," she said, or "we are ready."`)."""
    between = text[start:opening]
    if text[opening:opening + 1] == "(" and len(between.split()) <= GLOSS_LEAD_WORDS \
            and not any(ch in MARK_CHARS for ch in between):
        return bracketed_gloss(text, start, opening)
    m = TRANSLATION_GLOSS.search(between)
    if m is None or len(between[:m.start()].split()) > GLOSS_LEAD_WORDS or any(ch in MARK_CHARS for ch in between):
        return False
    if m.group("bare") is None:
        return True
    words = [w.strip(",;:").lower() for w in between[:m.start()].split()]
    if any(a == "in" and b in LANGUAGE_NAMES for a, b in zip(words, words[1:])):
        return True
    if m.group("bare").lower() != "or":
        return False
    said, gloss = _quoted_before(text, start), _quoted_after(text, opening)
    if said is None or gloss is None or not any(ch.isalpha() for ch in text[said[1]:start + m.start()]):
        return False  # `should "burn alive" or "drown"`: no tag between, two quoted words joined
    return not english_words(text[said[0]:said[1]]) and (
        names_language(text, said[0]) or english_words(text[gloss[0]:gloss[1]]))


GLOSS_LEAD_WORDS = 6   # the tag's own words before the gloss (`told reporters in French`)


def bracketed_gloss(text: str, start: int, opening: int) -> bool:
    """`"We will not give up" ("No nos rendiremos"), she said`, `«Nous voulons la paix», he told Le Soir ("We want
    peace")`: whether a quotation in brackets (its mark right after the bracket at `opening`) gives the quotation
    closing last before it on its line (at or before `start`) again in another tongue, the press's way with an original or its
    translation: one of the two is in English (`english_words`), the other in none (not `"We won" ("all of
    us")`, more words of the same tongue)."""
    said, gloss = _quoted_before(text, opening), _quoted_after(text, opening)
    return said is not None and gloss is not None \
        and gloss[0] - opening <= _BRACKET_MARKS \
        and english_words(text[said[0]:said[1]]) != english_words(text[gloss[0]:gloss[1]])


_BRACKET_MARKS = 3  # a bracket and the quotation's opening marks (`("`, `(« `)

# `spoke in Spanish`, `speaking German`, `in French`: the text names a language someone spoke in.
_LANGUAGE_NAMED = regex.compile(r"\b(?:in|speaks?|spoke|speaking)\s+(?:" + "|".join(
    sorted(name.capitalize() for name in LANGUAGE_NAMES)) + r")\b")


def names_language(text: str, pos: int) -> bool:
    """Whether the text before `pos`, in its paragraph or the one before, names a language someone spoke in
    (`Ruiz spoke in Spanish.`, `said in French`, `speaking German`; lexicon LANGUAGE_NAMES, capitalised):
    quotations after it may be in it (not one named pages before, of other people)."""
    start = pos
    for _ in range(2):  # back to the line break opening this paragraph, then the one before it
        start = text.rfind("\n", 0, start)
        if start < 0:
            start = 0
            break
        while start > 0 and text[start - 1].isspace():
            start -= 1
    return _LANGUAGE_NAMED.search(text, start, pos) is not None


def _quoted_before(text: str, pos: int) -> tuple[int, int] | None:
    """The words of the quotation closing last before `pos` on its line (between its two marks), or None."""
    line = text.rfind("\n", 0, pos) + 1
    marks: list[int] = []
    for i in range(pos - 1, line - 1, -1):  # back from `pos`: the last two marks only (a line of many
        # quotations would make a scan from the line's start quadratic)
        if text[i] in MARK_CHARS and not (text[i - 1:i].isalpha() and text[i + 1:i + 2].isalpha()):
            marks.append(i)
            if len(marks) == 2:
                return marks[1] + 1, marks[0]
    return None


def _quoted_after(text: str, opening: int) -> tuple[int, int] | None:
    """The words of the quotation whose opening mark is at or after `opening`, up to its closing mark on its
    line, or None."""
    end = text.find("\n", opening)
    marks: list[int] = []
    for i in range(opening, len(text) if end < 0 else end):  # the first two marks only (linear on a long line)
        if text[i] in MARK_CHARS and not (text[i - 1:i].isalpha() and text[i + 1:i + 2].isalpha()):
            marks.append(i)
            if len(marks) == 2:
                return marks[0] + 1, marks[1]
    return None


def glossed_in_english(text: str, said: tuple[int, int], gloss: tuple[int, int], foreign_tag: bool) -> bool:
    """`"Wir sind bereit," sagte Scholz, "we are ready."`: whether a quotation after a tag and a bare comma is
    a gloss of the one before it rather than more of it: the words before are in no English (`english_words`),
    the words after are, and the tag is in another language (`foreign_tag`) or the text names the language
    spoken before it (`names_language`) or the words before hold a word or letter of another language
    (`foreign_words`: `"Queremos respeto para todos," said Gomez. "We want respect for all."`).
    (`"Absolutely," she said, "we will."` goes on in English.)"""
    return not english_words(text[said[0]:said[1]]) and english_words(text[gloss[0]:gloss[1]]) and (
        foreign_tag or names_language(text, said[0]) or foreign_words(text[said[0]:said[1]]))


def translation(x: Quotation) -> Link | None:
    """`"Ja," Scholz said, meaning "yes."`: a quotation opened by a translation's gloss after the own cue, with a
    quotation closed before it in the sentence, is the speaker's words again, in translation: a direct quote."""
    cue = x.own_cue
    if cue is None and len(x.q.parts) == 1:
        return _tag_translation(x)
    if cue is None or cue.speaker is None or len(x.q.parts) > 1:
        return None
    sentence = x.sentences[x.first]
    after = max(cue.span[1], cue.speaker[1])
    if not sentence.start <= cue.span[0] < after <= x.q.start:
        return None
    opening = _opening(x.text, x.q, after)
    marks = [i for i in range(sentence.start, opening) if x.text[i] in MARK_CHARS
             and not (x.text[i - 1:i].isalpha() and x.text[i + 1:i + 2].isalpha())]   # (no `Scholz's`)
    if not marks:
        return None
    start = max(after, marks[-1] + 1)
    return Link("direct", x.own_confidence, cue, checked=True) if translation_gloss(x.text, start, opening) else None


def _tag_translation(x: Quotation) -> Link | None:
    """`"C'est la vie," Arnaud shrugged, meaning "that's life."`: with no cue of its own, a quotation that a
    translation's gloss opens right after the tag that the tagger missed (read off the words: a cue word, or any
    past-tense verb, `past_tag`) of a quotation closing before it in the sentence: that tag's speaker's."""
    sentence = x.sentences[x.first]
    opening = _opening(x.text, x.q, sentence.start)
    said = _quoted_before(x.text, opening)
    if said is None or said[0] < sentence.start:
        return None
    before = Quoted(((said[0], said[1]),), True, x.q.double)
    for verb in (_cue_word, _past_tag):
        found = _surface_cue(x.text, before, sentence, verb)
        if found is not None:
            start = max(found[0][1], found[1][1])
            if start <= opening and translation_gloss(x.text, start, opening):
                return Link("direct", CONF_NEIGHBOUR, surface=found)
    return None


def translation_sentence(x: Quotation) -> Link | None:
    """`"Estamos listos," said Ana Ruiz. ("We are ready.")`: a quotation that is its sentence whole, in brackets or
    after a translation's label (`(Translation: "...")`, `In English: "..."`: lexicon TRANSLATION_LABEL), with no cue
    of its own, right after a sentence of its paragraph that closes a quotation, gives the words of that quotation
    again in another tongue, as the label says or, in bare brackets, as one of the two in English and the other in
    none tells (`english_words`): a direct quote that floats to that quotation's speaker (not `"We won." ("All of
    us.")`: more words of the same tongue; not `"Nein," she said. "We will see."`, a quotation with neither: the
    split rules' to read)."""
    if x.own_cue is not None or len(x.q.parts) > 1 or x.first == 0:
        return None
    sentence, before = x.sentences[x.first], x.sentences[x.first - 1]
    lead = TRANSLATION_LABEL.match(rstrip_marks(x.text[sentence.start:x.q.start], " "))
    if lead is None or not (lead.group("bracket") or lead.group("label")) or before.paragraph != sentence.paragraph:
        return None
    close = x.text[past_marks(x.text, x.q.end, ".,!?"):sentence.end].strip()
    if (close[:1] == ")" and close[1:].strip(".")) if lead.group("bracket") else close.strip("."):
        return None
    said = _quoted_before(x.text, sentence.start)
    if said is None or said[1] < before.start:
        return None
    if lead.group("label"):
        return Link("direct", CONF_NEIGHBOUR)   # the label tells it: `In English: "No."`
    same = english_words(x.text[said[0]:said[1]]) == english_words(x.text[x.q.start:x.q.end])
    return None if same else Link("direct", CONF_NEIGHBOUR)


def captioned(x: Quotation) -> Link | None:
    """`She captioned the photo "Home at last."`: the own cue a captioning verb (lexicon CAPTIONING_VERBS), its
    object a noun phrase with no verb of its own between it and the quotation: the caption, the subject's
    words whole (no paraphrase with the object)."""
    cue = x.own_cue
    if cue is None or cue_lemma(cue.verb.text) not in CAPTIONING_VERBS or not cue.span[1] <= x.q.start \
            or x.first != cue.sentence:
        return None
    between = [w for w in x.parses.get(x.first, ()) if cue.span[1] <= w.start and w.end <= x.q.start]
    if any(w.upos in VERB_UPOS or w.text in (".", ";", "!", "?") for w in between):
        return None
    return Link("direct", x.own_confidence, cue, checked=True)


def paraphrase(x: Quotation) -> Link | None:
    """`X said the "extraordinary measures" were ...`: the cue's own words run on into the quotation (not a
    tag in another language, `foreign-tag`: a cue of a quotation beside it alone)."""
    if x.own_cue is None or x.own_cue.rule == "foreign-tag":
        return None
    span = _paraphrase(x.text, x.q, x.own_cue, x.sentences[x.last], x.parses.get(x.last, ()))
    return None if span is None else Link("mixed", CONF_MIXED, x.own_cue, content=span)


# `and` or `or` (after a comma or not) between two quotations: one list of the words a cue gives
_JOINING = regex.compile(r",?\s+(?:and|or)\s+")


def _joined_next(text: str, q: Quoted, inside: Inside, sentence: Sentence) -> int | None:
    """Where the quotation that `and` or `or` joins right after q's closing mark ends, with its own closing
    mark, in q's sentence (`"Lock her up!" and "Build the wall!"`); None when no quotation is joined so."""
    if not q.closed or len(q.parts) > 1:
        return None
    m = _JOINING.match(text, marked_range(text, q)[1])
    if m is None:
        return None
    start = past_marks(text, m.end())
    part = inside.part_at(start) if start > m.end() else None
    if part is None or part[0] != start or part[1] > sentence.end:
        return None
    end = past_marks(text, part[1], closing=True)
    return end if end > part[1] else None


def lead_in(x: Quotation) -> Link | None:
    """`Trump's misinformation may be "strategic," Hemsley said`: the sentence runs on into it (not for a tag
    in another language, `foreign-tag`)."""
    if x.own_cue is None or x.own_cue.rule == "foreign-tag" or _cue_runs_into(x):
        return None
    span = _lead_in(x.text, x.q, x.own_cue, x.sentences[x.first])
    return None if span is None else Link("mixed", CONF_MIXED, x.own_cue, content=span)


def _cue_runs_into(x: Quotation) -> bool:
    """`X described it as "awful. It wears you down," Y said`: a quotation that opens inside a sentence
    whose own cue runs on into it (`_paraphrase`) and goes on past that sentence's end is no lead-in of
    the later cue: the words before it are that earlier cue's report, not the later one's clause."""
    if x.first == x.last:
        return False
    first = x.sentences[x.first]
    return any(c is not x.own_cue and _paraphrase(x.text, x.q, c, first, x.parses.get(x.first, ())) is not None
               for c in x.cues_by_sentence.get(x.first, []))


def titled_lead(x: Quotation) -> Link | None:
    """`A guest of the late show "Night Owls With Dana," the senator said ...`: a title-cased quotation
    of several words that the sentence's words run into, its cue after it, names a work: the words
    before it frame the speaker, they are no clause of theirs quoted in part.  Dropped, no lead-in."""
    words = x.text[x.q.start:x.q.end].split()
    if len(words) <= 1 or not _titled(words) or not any(w[0].isupper() for w in words):
        return None
    return DROP if lead_in(x) is not None else None


def reported_report(x: Quotation) -> Link | None:
    """`"...," the mayor said, according to the Gazette`: a report that a source gives whole is that
    source's: the quotation, its speaker and cue all rest on it."""
    cue = _reporting_source(x.text, x.q, x.own_cue, x.cues_by_sentence.get(x.last, []), x.inside)
    return None if cue is None else Link("direct", x.own_confidence, cue, checked=True)


def _reporting_source(text: str, q: Quoted, own: Cue | None, cues: Sequence[Cue], inside: Inside) -> Cue | None:
    """The `according to` cue set off by a comma right after the quotation's own reporting clause
    (`"...," X said, according to Y`), with no other quotation between: the outer report."""
    if own is None or own.rule == "according-to" or own.span[0] < q.end:
        return None
    for c in cues:
        if c.rule != "according-to" or c.speaker is None or c.span[0] < own.span[1] or inside.contains(c.span[0]):
            continue
        if text[:c.span[0]].rstrip().endswith(",") and not inside.overlaps((q.end, c.span[0])) \
                and not any(ch in ".;:!?" for ch in text[own.span[1]:c.span[0]]):
            return c
    return None


def earlier_cue(x: Quotation) -> Link | None:
    """`Lee called the plan "a disaster," but said ...`, `Lee refers to him as "Sir," while Kim says
    ...`: when the quotation's nearest cue follows it unjoined by the parse, and is not handed the
    quotation (the lead-in rule takes those that are), a cue before it whose own words run on into
    it reports it: a mixed quote from that cue up to the later cue's clause."""
    own = x.own_cue
    if own is None or own.span[0] < x.q.end or x.own_confidence == CONF_LINKED:
        return None
    later = min([own.span[0]] + ([own.speaker[0]] if own.speaker is not None and own.speaker[0] >= x.q.end else []))
    for c in reversed(x.cues_by_sentence.get(x.first, [])):
        if c.span[1] > x.q.start or x.inside.contains(c.span[0]) or (c.content is not None and x.q.end <= c.content[0]) \
                or (c.naming and marked_range(x.text, x.q)[0] + 1 - c.span[1] > NAMING_CHARS):
            continue
        span = _paraphrase(x.text, x.q, c, x.sentences[x.last], x.parses.get(x.last, ()))
        if span is None:
            continue
        limit = max(x.q.end, min(span[1], later))   # the tail after the closing marks: not the `;` of `&rdquo;`
        m = _LINKING_TAIL.search(x.text, min(past_marks(x.text, x.q.end), limit), limit)
        end = max(x.q.end, m.start() if m else min(span[1], later))
        end = past_marks(x.text, end)  # the closing marks after a comma within them
        return Link("mixed", CONF_MIXED, c, content=(span[0], end))
    return None


# `, adding: ` right before a quotation's opening mark: a participle set off by a comma, then a comma or colon
_PARTICIPLE_OPENING = regex.compile(r",\s*(\w+ing)\s*[,:]?\s*\Z", regex.IGNORECASE)


def _participle_cue(text: str, q: Quoted, cues: Sequence[Cue]) -> Cue | None:
    """`"...," she said, adding: "..."`: the participle of a speech verb set off by a comma, with nothing
    but a comma or colon between it and the quotation's opening mark, introduces the quotation as a
    report of its own, not as more of the quotation before it; that participle's cue (with a speaker)."""
    opening = _opening(text, q, 0)
    m = _PARTICIPLE_OPENING.search(text, max(0, opening - SET_OFF_REACH), opening)
    if m is None:
        return None
    return next((c for c in cues if c.span == (m.start(1), m.end(1)) and c.speaker is not None), None)


def participle_cue(x: Quotation) -> Link | None:
    """`"...," she said, adding: "..."`: the participle right before the quotation reports it."""
    cue = _participle_cue(x.text, x.q, x.cues_by_sentence.get(x.first, []))
    return None if cue is None else Link("direct", CONF_LINKED, cue, checked=True)


def label_first_person(x: Quotation) -> Link | None:
    """`THE PRESIDENT: "Tariffs are taxes," as I always say.`: a quotation right after a speaker's label and its
    colon (`colon-name`'s) whose own cue's speaker is the first person (`I`, `we`: lexicon FIRST_PERSON_WORDS):
    the label names who speaks, and that `I` is the label's speaker quoting himself."""
    cue = x.own_cue
    if cue is None or cue.speaker is None or len(x.q.parts) > 1:
        return None
    if " ".join(x.text[cue.speaker[0]:cue.speaker[1]].lower().split()) not in FIRST_PERSON_WORDS:
        return None
    return colon_name(x)


def own_cue(x: Quotation) -> Link | None:
    """A cue in the quotation's own sentences: joined to it by the parse, else the nearest; not a verb of
    asking in the passive that names no one (`when asked about it`), after the quotation, where a past-tense
    tag closes it first (`"...," Hale shrugged when asked about it`: that tag's link, `past_tag`, Hale answering)."""
    if x.own_cue is None:
        return None
    if x.own_cue.speaker is None and x.own_cue.speaker_rule in ("passive-modifier", "asked-aside") \
            and x.own_cue.verb.start > x.q.end and (tagged := past_tag(x)) is not None:
        return tagged
    return Link("direct", x.own_confidence, x.own_cue, checked=True)


def signature(x: Quotation) -> Link | None:
    """`"..." ― Jane Doe`: a name after a dash closing the quotation's line signs it."""
    signed = _dash_name(x.text, x.q) or _bracketed_name(x.text, x.q) or _roundup_name(x.text, x.q)
    return None if signed is None else Link("direct", CONF_NEIGHBOUR, surface=(signed, None))


def topic_name(x: Quotation) -> Link | None:
    """`'We are not done yet': Senator Cole on the farm bill`: a headline's name after the colon speaks."""
    named = _topic_name(x.text, x.q)
    return None if named is None else Link("direct", CONF_NEIGHBOUR, surface=(named, None))


def neighbour_cue(x: Quotation) -> Link | None:
    """`X said:` ending the sentence before, or a short `he added.` right after."""
    cue, conf = _neighbour_cue(x.text, x.q, x.first, x.last, x.sentences, x.cues_by_sentence, x.inside)
    return None if cue is None else Link("direct", conf, cue, checked=True)


# A tag in brackets after a quotation (`[HuffPost.]`, `(AP)`) names where it comes from: no words of the clause.
_BRACKETED = regex.compile(r"\[[^\[\]\n]*\]|\([^()\n]*\)")


def _colon_clause(text: str, q: Quoted, sentences: Sequence[Sentence],
                  first: int) -> tuple[tuple[int, int], tuple[tuple[int, int], tuple[int, int]]] | None:
    """`Jane Doe: Budget deal 'the best we could get'`: a name and colon opening the line (`_colon_name`,
    `_label_name`) give it all that follows the colon; with words of the clause there besides the
    quotation, the clause is the named one's, quoted in part: (its range, up to the sentence's end, or
    for a label opening the paragraph, a transcript's turn, the paragraph's end; and the (name, colon) pair).  None when the quotation is all the colon introduces, or another
    colon follows (`Lee: "..." Kim: "..."`)."""
    sentence = sentences[first]
    if len(q.parts) > 1 or q.end > sentence.end:
        return None
    found = _colon_name(text, q, sentence)
    last = first
    if found is None:
        found = _label_name(text, q, sentences, first)
        while found is not None and last + 1 < len(sentences) and sentences[last + 1].paragraph == sentence.paragraph:
            last += 1
    if found is None:
        return None
    start, end = found[1][1], sentences[last].end
    while start < q.start and text[start].isspace():
        start += 1
    while end > q.end and (text[end - 1] in ".!?;," or text[end - 1].isspace()) and not mark_ends(text, end):
        end -= 1
    closing = min(end, past_marks(text, q.end, _CLOSING_RUN))
    before, after = text[start:_opening(text, q, start)], _BRACKETED.sub("", text[closing:end])
    if ":" in after or not any(ch.isalnum() for ch in before + after):
        return None
    return (start, end), found


def colon_clause(x: Quotation) -> Link | None:
    """`Jane Doe: Budget deal 'the best we could get'`: the clause after a name's colon, quoted in part."""
    found = _colon_clause(x.text, x.q, x.sentences, x.first)
    return None if found is None else Link("mixed", CONF_NEIGHBOUR, surface=found[1], content=found[0])


def colon_name(x: Quotation) -> Link | None:
    """`Name: "..."` opening the sentence: the name and its colon."""
    found = _colon_name(x.text, x.q, x.sentences[x.first])
    return None if found is None else Link("direct", CONF_NEIGHBOUR, surface=found)


def label_name(x: Quotation) -> Link | None:
    """`Jane Doe: Court ruling "a mistake"`: the name and colon opening the paragraph."""
    found = _label_name(x.text, x.q, x.sentences, x.first)
    return None if found is None else Link("direct", CONF_NEIGHBOUR, surface=found, checked=True)


def source_line(x: Quotation) -> Link | None:
    """`From the report: "..."`: the source a verbless line names before its colon."""
    source = _source_line(x.text, x.q, x.sentences, x.first)
    return None if source is None else Link("direct", CONF_NEIGHBOUR, surface=(source, None), checked=True)


def owned_reply(x: Quotation) -> Link | None:
    """`Her response: "..."`: the owner of the reply a verbless line names before the quotation's colon."""
    owner = _owned_reply(x.text, x.q, x.sentences, x.first)
    return None if owner is None else Link("direct", CONF_NEIGHBOUR, surface=(owner, None))  # a whole utterance


def asked_then_colon(x: Quotation) -> Link | None:
    """`Asked about the deal, Baker laughed: "Ask the lawyers."`: a quotation after the colon of the clause
    that a bare participle of asking opens, its own cue that participle (no one named: the one asked),
    is the answer of that clause's subject."""
    cue = x.own_cue
    if cue is None or cue.speaker is not None or cue.verb.lemma not in QUESTION_VERBS or not cue.verb.text.endswith("ed") \
            or cue.span[1] > x.q.start or strip_marks(x.text[x.sentences[x.first].start:cue.span[0]], " "):
        return None
    sentence = x.sentences[x.first]
    before = x.text[sentence.start:_opening(x.text, x.q, sentence.start)].rstrip()
    if not before.endswith(":") or x.first not in x.parses:
        return None
    colon = sentence.start + len(before) - 1
    subject = next((r for r in reversed(verb_subjects(x.parses[x.first])) if cue.span[1] < r[0] and r[1] <= colon),
                   None)  # the subject of the clause after the participle's phrase, before the colon
    return None if subject is None else Link("direct", CONF_NEIGHBOUR, surface=(subject, None), checked=True)


def _in_aside(x: Quotation) -> bool:
    """Whether the quotation stands in a relative clause set off after a noun and closed right before the
    word after it (`Ruiz, who starred in "Night Owls," posted ...`): the clause's, tagged by no verb after it."""
    words = x.parses.get(x.last, ())
    after = next((w for w in words if w.start >= x.q.end and w.upos != "PUNCT"), None)
    aside = aside_before(words, after) if after is not None else None
    return aside is not None and aside[0] <= x.q.start and x.q.end <= aside[1]


def surface_cue(x: Quotation) -> Link | None:
    """`"...," says Kerry.` read off the words when the tagger missed the verb: only a quotation that
    hands over to its reporting clause (`the "swing" states report` is narration), and none within a
    relative clause set off before the verb (`Ruiz, who starred in "Night Owls," posted ...`)."""
    if _in_aside(x):
        return None
    found = _surface_cue(x.text, x.q, x.sentences[x.last])
    return None if found is None else Link("direct", CONF_NEIGHBOUR, surface=found)


def past_tag(x: Quotation) -> Link | None:
    """`"...," Hannity pressed.`: a past-tense verb no cue list holds, tagging a quotation that opens
    its sentence or the clause after a colon or dash (`the show "Veep," aired ...` names a title); not a
    silent gesture answering the words of another the sentence before names (`_answering_beat`)."""
    found = _tag_read_off(x, _past_tag)
    return None if found is None or _answering_beat(x, found) else found


def _beat_before(x: Quotation) -> tuple[int, int] | None:
    """`Lee leaned forward. "Do you trust him?" Moss shrugged. "Not really."`: a quotation opening its sentence
    right after a sentence of its paragraph that opens on a quotation a silent gesture answers (`_answering_beat`):
    the one who gestured speaks next; else None."""
    if x.first == 0 or not _opens_sentence(x.text, x.q, x.sentences[x.first]):
        return None
    prev = x.sentences[x.first - 1]
    if prev.paragraph != x.sentences[x.first].paragraph:
        return None
    part = x.inside.part_at(past_marks(x.text, prev.start))
    if part is None or part[1] > prev.end:
        return None
    y = replace(x, q=Quoted((part,), True, x.q.double), first=prev.index, last=prev.index, own_cue=None)
    found = _tag_read_off(y, _past_tag)
    return found.surface[0] if found is not None and found.surface is not None and _answering_beat(y, found) else None


def _answering_beat(x: Quotation, found: Link) -> bool:
    """`Lee leaned forward. "Do you trust him?" Moss shrugged.`: a tag read off the words that is a gesture
    making no sound (lexicon SILENT_GESTURE_PASTS) closing its sentence right after a noun phrase (no pronoun,
    which may stand for the one before), after a quotation closing on `?` or `!`, where the quote-free
    sentence right before it names another who may speak (`narrator-subject`): the question is that one's,
    and the gesture the other's answer, a beat of its own (the quotation after it is the gesturer's)."""
    if found.surface is None:
        return False
    speaker, verb = found.surface
    text = x.text
    if verb is None:
        return False
    if text[verb[0]:verb[1]] not in SILENT_GESTURE_PASTS or speaker[1] > verb[0] \
            or strip_marks(text[verb[1]:x.sentences[x.last].end], " ") not in (".", "!") \
            or text[speaker[0]:speaker[1]].lower() in NOMINATIVE_PRONOUNS \
            or rstrip_marks(text[x.q.start:x.q.end], " ")[-1:] not in ("?", "!"):
        return False
    subject = _narrator_subject(text, x.q, x.sentences, x.first, x.parses, x.inside)
    return subject is not None and _may_speak(text, subject) and not _one_named(text, subject, speaker)


def present_tag(x: Quotation) -> Link | None:
    """`"We were kids," he remembers.`: as `past_tag`, with a present form of a verb of memory or manner."""
    return _tag_read_off(x, _present_tag)


def _tag_read_off(x: Quotation, verb: Callable[[Sequence[regex.Match[str]], int], bool]) -> Link | None:
    """A quotation that opens its sentence, or the clause after a colon or dash, and is no aside, tagged by a
    verb read off the words after it as `verb` finds one (`_surface_cue`): `"...," Hannity pressed.`; else None."""
    sentence = x.sentences[x.first]
    before = strip_marks(x.text[sentence.start:x.q.start], " ")
    if before and before[-1] not in ":\u2014\u2013" or _in_aside(x):
        return None   # after `...:` or a dash the quotation opens its clause
    found = _surface_cue(x.text, x.q, x.sentences[x.last], verb)
    return None if found is None else Link("direct", CONF_NEIGHBOUR, surface=found)


# `That was the verdict of ...`, `- this was the blunt message from ...`: a sentence naming the quotation
# before it as someone's answer, up to the word that opens the one it is.
_VERDICT_OF = regex.compile(r"\s*(?:[-\u2013\u2014]+\s*)?(?:[Tt]hat|[Tt]his|[Ss]uch)\s+(?:was|is|has\s+been)\s+"
                            r"(?:the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:" + "|".join(sorted(REPLY_NOUNS)) +
                            r")\s+(?:of|from)\s+")


def _after_quotation(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
                     last: int) -> tuple[int, Sentence] | None:
    """Where the words that may name a quotation's speaker after it open, and their sentence: after a
    dash right after a quotation closing its sentence, or the next sentence of its paragraph; or the first
    sentence of the next paragraph when the quotation is all of its own (a feature opening on a quotation:
    `"I heard a bang."` / `That is how Ann Ruiz remembers the night.`)."""
    sentence = sentences[last]
    rest = lstrip_marks(text[q.end:sentence.end], _CLOSING_RUN + " ")
    if strip_marks(rest, ".!? "):
        if not rest.lstrip()[:1] in "-\u2013\u2014":
            return None
        return sentence.end - len(rest), sentence
    if last + 1 >= len(sentences):
        return None
    after = sentences[last + 1]
    if after.paragraph == sentence.paragraph:
        return after.start, after
    opens = first == 0 or sentences[first - 1].paragraph != sentences[first].paragraph
    if opens and after.paragraph == sentence.paragraph + 1 \
            and not strip_marks(text[sentences[first].start:q.start], " "):
        return after.start, after
    return None


def _phrase_after(text: str, at: int, end: int) -> tuple[int, int] | None:
    """The noun phrase opening at `at` (up to `end`) that names a speaker: to a comma or a word opening a
    clause, a time or another phrase (`of` and `for` go on: `the mayor of Dayton`)."""
    words = list(_WORD.finditer(text, at, end))
    if not words or not _opens_noun_phrase(words[0].group()):
        return None
    low = [w.group().lower() for w in words]
    stop = 0
    while stop + 1 < len(low) and "," not in text[words[stop].end():words[stop + 1].start()]:
        nxt = low[stop + 1]
        if relative_pronoun(nxt) or nxt in SUBORDINATE_OPENERS or (no_speaker_opener(nxt) and nxt not in ("of", "for")):
            break
        stop += 1
    return _trimmed(text, words[0].start(), words[stop].end())


def _verdict_of(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
                last: int) -> tuple[int, int] | None:
    """`"It is the best team I have managed." That was the verdict of Rovers boss Tom Reid after the win.`:
    a quotation closing its sentence, then (after a dash, or in the next sentence of its paragraph, or
    opening the next paragraph after a quotation that is all of its own: `_after_quotation`) `that
    was the verdict of`, `this was the message from` ... (`REPLY_NOUNS`): the noun phrase after `of` or
    `from`, to a comma or a word opening a clause, a time or another phrase."""
    found = _after_quotation(text, q, sentences, first, last)
    if found is None:
        return None
    at, sentence = found
    m = _VERDICT_OF.match(text, at, sentence.end)
    return None if m is None else _phrase_after(text, m.end(), sentence.end)


# The words after a quotation, past a dash if one opens them (`"..." - That is how ...`).
_PAST_DASH = r"\s*(?:[-\u2013\u2014]+\s*)?"
# `That is how`, `That's how`, `This was how` opening the words after a quotation (`_how_told`).
_HOW_TOLD = regex.compile(_PAST_DASH + r"(?:[Tt]hat|[Tt]his)(?:\s+(?:is|was)|['\u2019]s)\s+how\s+")
# `So says the mayor`, `So said Ann Ruiz`: the quotation before is the one named after it.
_SO_SAYS = regex.compile(_PAST_DASH + r"[Ss]o\s+(?:says|said)\s+")
HOW_TOLD_SUBJECT_WORDS = 8  # words of the subject between `That is how` and its verb of telling, at most


def _how_told(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
              last: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """`"I heard a bang." That is how Ann Ruiz, 62, remembers the night.`, `That's how the mayor put it.`,
    `So says Ann Ruiz.`: (speaker, cue) where the words after a quotation (`_after_quotation`) open with
    `That is how`, a noun phrase and a verb of telling how it was (lexicon HOW_TOLD_FORMS): the noun
    phrase, to its first comma (an age or an aside set off after the name is no part of it); or with `So
    says` and a noun phrase: that phrase (`verdict-of`'s reading)."""
    found = _after_quotation(text, q, sentences, first, last)
    if found is None:
        return None
    at, sentence = found
    so = _SO_SAYS.match(text, at, sentence.end)
    if so is not None:
        who = _phrase_after(text, so.end(), sentence.end)
        cue = _trimmed(text, so.start(), so.end())
        return None if who is None or cue is None else (who, cue)
    m = _HOW_TOLD.match(text, at, sentence.end)
    if m is None:
        return None
    words = list(_WORD.finditer(text, m.end(), sentence.end))[:HOW_TOLD_SUBJECT_WORDS + 1]
    verb = next((k for k, w in enumerate(words) if k > 0 and w.group().lower() in HOW_TOLD_FORMS), None)
    if verb is None or not _opens_noun_phrase(words[0].group()):
        return None
    between = text[words[0].start():words[verb].start()]
    end = words[0].start() + between.index(",") if "," in between else words[verb - 1].end()
    who = _trimmed(text, words[0].start(), end)
    return None if who is None else (who, (words[verb].start(), words[verb].end()))


def how_told(x: Quotation) -> Link | None:
    """`"...." That is how Ann Ruiz remembers it.`, `So says Ann Ruiz.`: the one the words after the
    quotation say tells it so."""
    found = _how_told(x.text, x.q, x.sentences, x.first, x.last)
    return None if found is None else Link("direct", CONF_NEIGHBOUR, surface=found)


def verdict_of(x: Quotation) -> Link | None:
    """`"...." That was the verdict of Tom Reid.`: the one a sentence after the quotation names it the
    answer of."""
    found = _verdict_of(x.text, x.q, x.sentences, x.first, x.last)
    return None if found is None else Link("direct", CONF_NEIGHBOUR, surface=(found, None))


def came_reply(x: Quotation) -> Link | None:
    """`"Absolutely not," came the reply from the ministry.`: the one the reply comes from; with no
    `from`, no one named (the words after the quotation name no speaker: it may float)."""
    found = _came_reply(x.text, x.q, x.sentences[x.last])
    if found is None:
        return None
    source, reply = found
    return Link("direct", CONF_NONE) if source is None else Link("direct", CONF_NEIGHBOUR, surface=(source, reply))


def _inscription(text: str, q: Quoted, sentence: Sentence, parsed: Sequence[Word] = ()
                 ) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """`One sign read "..."`, `a cap reading, "..."`: (the thing that bears the words, and the verb) when
    `read` runs into the quotation's opening mark, a comma or colon between at most, right after a noun
    of a written thing; not in a relative clause (`wore a shirt that read "..."`: the wearer's doing)."""
    between = text[sentence.start:max(sentence.start, marked_range(text, q)[0])]   # no `ldquo` of `&ldquo;` a word
    words = list(_WORD.finditer(between))
    if len(words) < 2 or words[-1].group().lower() not in INSCRIPTION_VERBS \
            or strip_marks(between[words[-1].end():], " ,:"):
        return None
    verb = words[-1]
    last = i = len(words) - 2
    if between[words[i].end():verb.start()].strip():
        return None
    source = next((k for k in range(i - 1, max(0, i - SOURCE_WORDS), -1) if words[k].group().lower() in ("from", "by")
                   and k > 0 and words[k - 1].group().lower() in INSCRIBED), None)
    if source is not None and not between[words[source - 1].start():words[i].end()].count(","):
        i = source - 1  # `A statement from the trust read:`: the text with whose it is
    if words[i].group().lower() not in INSCRIBED:
        modified = _modified_inscribed(between, words, last)  # `A sign taped to the door read "..."`
        if modified is None:
            return None
        i = modified
    j = i   # back over the noun's modifiers, no punctuation between, to its determiner
    while j > 0 and i - j < 4 and not between[words[j - 1].end():words[j].start()].strip() \
            and words[j].group().lower() not in DETERMINERS:
        j -= 1
    bare = words[j].group().lower() not in DETERMINERS and not words[j].group().endswith(POSSESSIVE_ENDINGS)
    if bare and not words[i].group().lower().endswith("s"):
        return None
    crossed = {w.group().lower() for w in words[j + 1:i]}   # unparsed: a preposition or particle is no modifier
    if bare or crossed & CARRYING_PASTS or _outside_phrase(parsed, sentence.start + words[j].start(), sentence.start + words[i].start()) \
            or not parsed and crossed & (PREPOSITIONS | VERB_PARTICLES | IRREGULAR_PASTS):  # `wore shirts`
        if not words[i].group().lower().endswith("s"):
            return None
        j = i   # `the crowd held up signs reading "..."`, `Supporters held signs reading`: a bare plural, the words
        # before it a clause of their own
    owner = next((k for k in range(j, i) if words[k].group().lower() in POSSESSIVE_PRONOUNS
                  or words[k].group().endswith(POSSESSIVE_ENDINGS)), None)
    if owner is not None and i == last and words[i].group().lower() in AUTHORED_TEXTS:
        return (sentence.start + words[j].start(), sentence.start + words[owner].end()), \
            (sentence.start + verb.start(), sentence.start + verb.end())  # `Her tweet read:`: its owner speaks
    return (sentence.start + words[j].start(), sentence.start + words[last].end()), \
        (sentence.start + verb.start(), sentence.start + verb.end())


_MODIFIED_INSCRIBED_REACH = 9  # the search stops short of this many words back from the one before `read` (`A sign taped ...`)


def _modified_inscribed(between: str, words: Sequence[regex.Match[str]], last: int) -> int | None:
    """`A sign taped to the classroom door read "..."`, `The banner outside the gym read "..."`: the word index of
    a noun of a written thing (`INSCRIBED`) after a determiner, followed up to word `last` (the one before `read`),
    with no punctuation between, by a phrase that modifies it: a preposition's phrase, or a past participle and
    one; else None."""
    for k in range(last - 1, max(0, last - _MODIFIED_INSCRIBED_REACH), -1):
        if between[words[k].end():words[k + 1].start()].strip():
            return None
        if words[k].group().lower() in INSCRIBED:
            after = words[k + 1].group().lower()
            participle = (after.endswith("ed") or after in IRREGULAR_PASTS) and k + 2 <= last \
                and preposition(words[k + 2].group())
            if words[k - 1].group().lower() in DETERMINERS and (after in PREPOSITIONS or participle):
                return k
            return None
    return None


def _outside_phrase(parsed: Sequence[Word], start: int, noun: int) -> bool:
    """Whether, in the parse, a word from `start` up to the noun at `noun` hangs from a word outside that run
    (`the crowd held up signs`: `held` is the clause's verb, no modifier of `signs`)."""
    run = [w for w in parsed if start <= w.start <= noun]
    inside = {w.index for w in run}
    return any(w.head not in inside for w in run if w.start < noun)


def inscription(x: Quotation) -> Link | None:
    """`The sign read "..."`: the words a written thing bears, its own."""
    found = _inscription(x.text, x.q, x.sentences[x.first], x.parses.get(x.first, ()))
    if found is None:
        return None
    end = _joined_next(x.text, x.q, x.inside, x.sentences[x.first])  # `signs reading "A" and "B"`: both
    if end is not None:
        return Link("mixed", CONF_NEIGHBOUR, surface=found, content=(marked_range(x.text, x.q)[0], end))
    return Link("direct", CONF_NEIGHBOUR, surface=found)


def in_words(x: Quotation) -> Link | None:
    """`"...," in Bolton's view.`: the one whose words or view the sentence says it gives."""
    found = _in_words(x.text, x.q, x.sentences, x.first, x.last, x.inside)
    return None if found is None else Link("direct", CONF_NEIGHBOUR, surface=(found, None), checked=True)


def bare_fragment(x: Quotation) -> Link | None:
    """A short uncued phrase within a sentence that no verb gives a speaker: a term, dropped (not words
    chanted: `erupted in chants of "Four more years!" as Vale spoke`, an utterance however short)."""
    return DROP if _fragment(x.text, x.q, x.sentences[x.first]) \
        and not _dash_broken(x.text, x.q, x.sentences[x.first]) \
        and not (_chanted(x.text, x.q, x.sentences[x.first]) and not _chant_received(x)) else None


def _chant_received(x: Quotation) -> bool:
    """Whether the noun of chanting before the quotation hangs from a passive verb (`was met with chants of
    "..."`, `was greeted with shouts of`): its subject hears the words, the ones chanting go unnamed."""
    words = x.parses.get(x.first, ())
    noun = next((w for w in reversed(words) if w.end <= x.q.start and w.text.lower() in CHANT_NOUNS), None)
    if noun is None or noun.head < 0:
        return False
    return any(k.head == noun.head and k.deprel in ("aux:pass", "nsubj:pass") for k in words)


def colon_subject(x: Quotation) -> Link | None:
    """`She went on: "..."`: the subject of the clause whose colon introduces the quotation; after a label
    naming a text with no owner (`The full statement:`), the one the sentence before says gave that text out,
    or no one (`_label_issuer`)."""
    subject = _colon_subject(x.text, x.q, x.sentences, x.first, x.parses)
    if subject is None:
        return _label_issuer(x)
    if _naming_head(x.text, subject):  # `The show's title comes from her diary: "..."`: a title says nothing;
        return Link("direct", CONF_NEIGHBOUR, checked=True, settled=True)  # the words kept, no one named
    return Link("direct", CONF_NEIGHBOUR, surface=(subject, None), checked=True)


def _naming_head(text: str, span: tuple[int, int]) -> bool:
    """Whether a subject's phrase closes on a lower-case noun of a name or title (lexicon NAMING_NOUNS: `The
    show's title`, `its name`): no one who speaks."""
    words = text[span[0]:span[1]].split()
    return bool(words) and words[-1] in NAMING_NOUNS


def _label_issuer(x: Quotation) -> Link | None:
    """`The mayor issued a statement. / The full statement: / "..."`: a label that is only a noun phrase naming a
    text (`GIVEN_TEXTS`) with no owner introduces that text: the words of the subject of the verb whose object is
    that same noun in the sentence right before the label (in its paragraph or the one before); with none, still
    someone's words when the text is one written out (`AUTHORED_TEXTS`: a statement, not an answer), kept with no
    speaker named (never floating to another quote's)."""
    line = _introducing_colon(x.text, x.q, x.sentences, x.first)
    if line is None or line[0].index not in x.parses:
        return None
    sentence, colon = line
    words = x.parses[sentence.index]
    root = _given_text_label(words, colon)
    if root is None or _given_text_owner(words, colon) is not None:
        return None
    if sentence.index > 0 and sentence.index - 1 in x.parses:
        prev = Parsed.of(x.parses[sentence.index - 1])
        for w in prev.words:
            if w.deprel == "obj" and w.lemma == root.lemma and 0 <= w.head < len(prev.words) \
                    and prev.words[w.head].upos == "VERB":
                found = next((k for k in prev.kids[w.head] if k.deprel == "nsubj" and k.index < w.head), None)
                if found is not None and found.upos in ("PROPN", "NOUN") and _may_speak(x.text, prev.span(found)):
                    return Link("direct", CONF_NEIGHBOUR, surface=(prev.span(found), None), checked=True)
    if root.text.lower() not in AUTHORED_TEXTS:
        return None  # `The answer: "No."`: not a text given out whole
    return Link("direct", CONF_NONE, checked=True, settled=True)


def _answering_speaker(x: Quotation) -> tuple[int, int] | None:
    """The speaker of the quotation right after this one (only spaces between, in its paragraph or opening
    the next), tagged by its own cue (`"Is this the place?" "Yes," said the driver.`: `the driver`)."""
    end = past_marks(x.text, x.q.end)
    if not x.q.closed or end == x.q.end:
        return None
    rest = x.text[end:end + 8]
    after = end + len(rest) - len(rest.lstrip())
    opened = past_marks(x.text, after)
    held = x.inside.part_at(opened) if after > end and opened > after else None
    if held is None or x.text.count("\n", end, after) > 2:
        return None
    close = past_marks(x.text, held[1], closing=True)
    for i in (x.last, x.last + 1, x.last + 2):
        for c in x.cues_by_sentence.get(i, ()):
            if c.speaker is None or min(c.span[0], c.speaker[0]) < close:
                continue
            if x.text[close:min(c.span[0], c.speaker[0])].strip(" ,") == "":
                return c.speaker
    return None


def _one_named(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two mentions are one: the same words past a leading `the` (`The driver`, `the driver`),
    or names ending in the same capitalised word (`Ann Ruiz`, `Ruiz`)."""
    def words(r: tuple[int, int]) -> list[str]:
        w = text[r[0]:r[1]].split()
        return w[1:] if w and w[0].lower() == "the" else w
    wa, wb = words(a), words(b)
    return bool(wa and wb) and ([w.lower() for w in wa] == [w.lower() for w in wb]
                                or wa[-1][:1].isupper() and wa[-1] == wb[-1])


_NEXT_WORD = regex.compile(r"\s*(\p{L}+)")


def asked_listener(x: Quotation) -> Link | None:
    """`I asked her what had changed. "The water is warmer."`: the one a question reported in the narration
    just before is put to answers (`_asked_listener`)."""
    found = _asked_listener(x.text, x.q, x.sentences, x.first, x.parses, x.cues_by_sentence, x.inside)
    return None if found is None else Link("direct", CONF_NEIGHBOUR, surface=(found, None), checked=True)


def _asked_listener(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
                    parses: Mapping[int, Sequence[Word]], cues_by_sentence: Mapping[int, list[Cue]],
                    inside: Inside) -> tuple[int, int] | None:
    """A quotation opening its sentence with no cue, right after a quote-free sentence of its paragraph (or,
    opening its paragraph, after a paragraph of narration closing on that sentence) whose cue `ask` (or a verb of
    questioning, lexicon QUESTIONING_VERBS) puts a question to a listener after it: a clause a question word
    opens, one that opens no relative clause on a noun (`whether`, `what`: lexicon PLAIN_QUESTION_OPENERS; not `asked
    the man who lives there`), or a topic (`about`: QUESTION_TOPIC_PREPOSITIONS) right
    after the listener (`We asked the mayor whether the plant would close.`; not `asked residents to save water`,
    a request the asker goes on with).  The one asked answers: one who may speak, not a group (as `_asked_answer`
    reads a quoted question's listener)."""
    sentence = sentences[first]
    if first == 0 or not _opens_sentence(text, q, sentence):
        return None
    prev = sentences[first - 1]
    if prev.index not in parses or inside.overlaps((prev.start, prev.end)):
        return None
    if prev.paragraph != sentence.paragraph and not (
            prev.paragraph == sentence.paragraph - 1 and narration_closes(prev, sentences, inside)
            and _quote_paragraph(text, q, sentence)):
        return None
    s = Parsed.of(parses[prev.index])
    for c in cues_by_sentence.get(prev.index, ()):
        if c.verb.lemma not in QUESTION_VERBS | QUESTIONING_VERBS or c.speaker is None:
            continue
        asked = next((k for k in s.kids[c.verb.index] if k.deprel in OBJECT_RELS and k.start > c.span[0]), None)
        if asked is None:
            continue
        # (`asked Lee what had changed`: the parse may hang the question on the listener as a relative clause)
        rng = s.span(asked, frozenset(k.index for k in s.kids[asked.index] if k.deprel.startswith(("acl", "nmod"))))
        put = _NEXT_WORD.match(text, rng[1], prev.end)   # the word right after the listener
        if put is None or put.group(1).lower() not in PLAIN_QUESTION_OPENERS | QUESTION_TOPIC_PREPOSITIONS:
            continue
        d = describe(text[rng[0]:rng[1]])
        if d.kind != "group" and (_may_speak(text, rng) or d.gender is not None or _writer(text, rng)):
            return rng
    return None


def other_party(x: Quotation) -> Link | None:
    """`The driver took Ruiz to the hall. "Is this the place?" "Yes," said the driver.`: a quotation opening its
    sentence with no cue, where the narration right before would give it to its subject (`narrator-subject`)
    but the quotation right after it, back to back, is tagged as that one's: two quotations back to back are
    two turns, so the first is the other party's, a person the narration sentence names besides (`Ruiz`); else
    no one named, kept (someone's words, a turn of the exchange)."""
    subject = _narrator_subject(x.text, x.q, x.sentences, x.first, x.parses, x.inside)
    if subject is None:
        return None
    answerer = _answering_speaker(x)
    if answerer is None or not _one_named(x.text, subject, answerer):
        return None
    prev = x.sentences[x.first - 1]
    names: list[tuple[int, int]] = []
    run: list[Word] = []
    for w in list(x.parses.get(prev.index, ())) + [None]:  # type: ignore[list-item]
        if w is not None and w.upos == "PROPN" and (not run or w.index == run[-1].index + 1):
            run.append(w)
            continue
        if run:
            rng = (run[0].start, run[-1].end)
            if not _one_named(x.text, rng, answerer) and describe(x.text[rng[0]:rng[1]]).kind == "person":
                names.append(rng)
        run = [w] if w is not None and w.upos == "PROPN" else []
    if len(names) == 1:
        return Link("direct", CONF_NEIGHBOUR, surface=(names[0], None), checked=True)
    return Link("direct", CONF_NONE, settled=True)


def narrator_subject(x: Quotation) -> Link | None:
    """`Clinton touted her record. "We need ..."`: the subject of the sentence before (or the one whose silent
    gesture answers the quotation opening it: `_beat_before`)."""
    subject = _narrator_subject(x.text, x.q, x.sentences, x.first, x.parses, x.inside) or _beat_before(x)
    if subject is None or _addressed_by_office(x.text, x.q, subject):
        return None
    return Link("direct", CONF_NEIGHBOUR, surface=(subject, None), checked=True)


_OFFICE_OPENING = regex.compile(r"(\p{Lu}\p{Ll}+),\h")


def _addressed_by_office(text: str, q: Quoted, subject: tuple[int, int]) -> bool:
    """`The coach spoke to reporters. "Coach, what went wrong?"`: a quotation opening by addressing someone by
    an office (lexicon ADDRESS_TITLES) that names the subject before is put to the subject, not said by it."""
    m = _OFFICE_OPENING.match(text, q.start, q.end)
    words = text[subject[0]:subject[1]].lower().split()
    return m is not None and m.group(1).lower() in ADDRESS_TITLES and bool(words) and words[-1] == m.group(1).lower()


def described_narrator(x: Quotation) -> Link | None:
    """`Okafor was blunt. "..."`: the one the sentence before describes with `be`."""
    subject = _described_narrator(x.text, x.q, x.sentences, x.first, x.parses, x.inside)
    return None if subject is None else Link("direct", CONF_NEIGHBOUR, surface=(subject, None), checked=True)


def narrator_paragraph(x: Quotation) -> Link | None:
    """`The council met on Friday.` / `"We apologise."`: the subject of the narration paragraph before."""
    subject = _narrator_paragraph(x.text, x.q, x.sentences, x.first, x.parses, x.inside)
    return None if subject is None else Link("direct", CONF_NEIGHBOUR, surface=(subject, None), checked=True)


def asked_answer(x: Quotation) -> Link | None:
    """`"Where were you?" the detective asked Jones.` / `"At home."`: the one asked answers."""
    found = _asked_answer(x.text, x.q, x.sentences, x.first, x.parses, x.cues_by_sentence)
    return None if found is None else Link("direct", CONF_NEIGHBOUR, surface=(found, None), checked=True)


def entering_answer(x: Quotation) -> Link | None:
    """`"You're late," she says when her nephew comes in.` / `"The bus broke down."`: the one who came in answers."""
    found = _entering_answer(x.text, x.q, x.sentences, x.first, x.parses, x.cues_by_sentence, x.inside)
    return None if found is None else Link("direct", CONF_NEIGHBOUR, surface=(found, None), checked=True)


def acted_after(x: Quotation) -> Link | None:
    """`"We are done." With that, she left the room.`: the one who acts right after it said it."""
    found = _acted_after(x.text, x.q, x.sentences, x.first, x.last, x.inside)
    return None if found is None else Link("direct", CONF_NEIGHBOUR, surface=(found, None), checked=True)


def sentence_subject(x: Quotation) -> Link | None:
    """`Obama called the holiday "..."`: the subject of the governing verb, or the opening name."""
    subject = _sentence_subject(x.text, x.q, x.sentences, x.first, x.parses, x.inside)
    if subject is None:
        return None
    if _naming_head(x.text, subject):  # `Its title comes from a hymn, "..."`: a title says nothing
        return Link("direct", CONF_FLOATING, checked=True, settled=True)  # the words kept, no one named
    return Link("direct", CONF_FLOATING, surface=(subject, None), checked=True)


def single_marked(x: Quotation) -> Link | None:
    """`'A long night' for the fleet`: in a text that sets its quotations in double marks (American
    news style), a passage in single marks with nothing linking it (no cue, no subject) is a headline's
    words or a heading, dropped; where single marks are the text's own (British style), it stays, and
    so does one that goes on with a quotation in single marks just tagged (`_continues_single`)."""
    return None if x.q.double or not x.inside.double or _continues_single(x) else DROP


def _continues_single(x: Quotation) -> bool:
    """`'It is a disgrace,' said Tom Vale. 'They never asked us.'`: a passage in single marks that opens the
    sentence right after a tag sentence (a cue with its speaker) whose quotation is set in single marks
    too goes on with that quotation, set the same way: more of its words, not a headline's, even in a
    text that quotes in double marks elsewhere (a headline stands alone on its line); so does one opening the
    next paragraph whose words close a sentence (`'They never asked us.'`), as papers set a speech's next
    paragraph (not a heading's words: `'A long night' for the fleet`)."""
    if x.first == 0:
        return False
    sentence, before = x.sentences[x.first], x.sentences[x.first - 1]
    closing = x.text[x.q.start:x.q.end].rstrip()[-1:] in (".", "!", "?")
    if not (before.paragraph == sentence.paragraph or closing and sentence.paragraph == before.paragraph + 1) \
            or not _opens_sentence(x.text, x.q, sentence):
        return False
    i = bisect.bisect_left(x.inside.starts, x.q.start) - 1
    if i < 0 or x.inside.ranges[i][0] < before.start or not single_mark_ends(x.text, x.inside.ranges[i][0]):
        return False
    return any(c.speaker is not None and not x.inside.contains(c.span[0]) for c in x.cues_by_sentence.get(x.first - 1, []))


def quote_label(x: Quotation) -> Link | None:
    """`Quote du jour: "..."`: a quotation right after the colon of a label that presents it as a quotation
    (lexicon QUOTE_LABELS), in its sentence or closing the one before, that nothing above links: someone's
    words with no one named; kept with no speaker, none it floats to."""
    found = _colon_line(x.text, x.q, x.sentences, x.first)
    if found is None:
        return None
    label = " ".join(found[1][:-1].replace("’", "'").split()).strip("-•*‣▪–— ").lower()
    return Link("direct", CONF_NONE, checked=True, settled=True) if label in QUOTE_LABELS else None


def uncued(x: Quotation) -> Link | None:
    """Nothing links it: a direct quote with no speaker yet (it may float to the one before; one that
    floats from none is `unclaimed`, dropped)."""
    return Link("direct", CONF_NONE, checked=True)


def _bracket_paired(text: str, q: Quoted) -> bool:
    """Whether a quotation and a quotation in brackets right beside it give the same words in two tongues
    (`bracketed_gloss`): the quotation before the bracket (`"Tuko tayari" ("We are ready")`) or the one inside it
    (`"We are ready" ("Tuko tayari")`), however short, is words said, no term."""
    end = past_marks(text, q.end)
    after = end + len(text[end:end + _BRACKET_MARKS]) - len(text[end:end + _BRACKET_MARKS].lstrip(" "))
    if text[after:after + 1] == "(" and bracketed_gloss(text, end, after):
        return True
    opening = _opening(text, q, max(0, q.start - _BRACKET_MARKS))
    return text[opening:opening + 1] == "(" and bracketed_gloss(text, opening, opening)


def scare_quote(x: Quotation, link: Link) -> bool | None:
    """A short quoted term or a title inside a sentence, unless the parse joins it to its cue or it is
    set off as a whole utterance for its cue (`"Safety," said Grimm`, `she said, "No."`); with no cue
    word at all, a title the sentence names (`_named_title`)."""
    if link.cue is not None and _handed_over(x.text, x.q, x.sentences[x.first], link.cue):
        return None
    if link.cue is not None and link.cue is x.own_cue and translation(x) is not None:
        return None  # `"Nein," she said, which translates as "no"`: the words said, in translation
    if _bracket_paired(x.text, x.q):
        return None  # `"Tuko tayari" ("We are ready"), the crowd chanted`: words said, and their translation
    if link.cue is None and _chanted(x.text, x.q, x.sentences[x.first]):
        return None  # `chants of "Lock her up."`: the words chanted, however short or title-cased (a cue elsewhere
        # in the sentence is no chant's: `those voting "yes" were declared ..., amid chants of "no"`)
    if link.cue is None and (link.surface is None or link.surface[1] is None) \
            and _named_title(x.text, x.q, x.sentences[x.first]):
        return True  # no cue word at all: a title the sentence names
    if _attributive_term(x.text, x.q, x.parses.get(x.first, ())):
        return True  # `Tory MP blasts 'woke' council`: a label on the noun after it, however the parse joins it
    return True if link.confidence != CONF_LINKED and _scare_quote(
        x.text, x.q, x.sentences[x.first], cued=link.cue is not None) else None


def _attributive_term(text: str, q: Quoted, words: Sequence[Word]) -> bool:
    """Whether a short quoted term (SHORT_WORDS at most, nothing ending it) stands right before the noun it
    modifies (`blasts 'woke' council`, `the "pro-life" bill`): only a space between its closing mark and a word
    the parse tags a noun (no word of time: `said "no" yesterday`), a label the writer marks, not a quotation."""
    content = text[q.start:q.end].rstrip()
    if len(q.parts) > 1 or not content or len(content.split()) > SHORT_WORDS or not content[-1].isalnum():
        return False
    after = past_marks(text, q.end, closing=True)
    if after == q.end or not text.startswith(" ", after) or text.startswith("  ", after):
        return False
    word = next((w for w in words if w.start == after + 1), None)
    return word is not None and word.upos == "NOUN" and word.text[:1].islower() and not time_word(word.text)


def _glossed_term(text: str, q: Quoted) -> bool:
    """`He signed off with "Carpe diem," Latin for "seize the day."`, `"POTUS," shorthand for "President of the
    United States"`: a quotation right after a language's name (lexicon LANGUAGE_NAMES) or a word of glossing
    (GLOSS_WORDS) and `for` gives what a term means, in the writer's words: nobody's quote."""
    opening = _opening(text, q, max(0, q.start - SET_OFF_REACH))
    before = text[max(0, opening - SET_OFF_REACH):opening].split()
    return len(before) >= 2 and before[-1].lower() == "for" and (
        before[-2].lower() in LANGUAGE_NAMES or before[-2].lower() in GLOSS_WORDS)


def glossed_term(x: Quotation, link: Link) -> bool | None:
    """`Latin for "seize the day"`: a term's meaning glossed by the writer, no one's words: dropped."""
    return True if _glossed_term(x.text, x.q) else None


def agentless_term(x: Quotation, link: Link) -> bool | None:
    """`Ministers have been accused of a "cover-up"`: a short quoted term inside a noun phrase (`a`, `an` or
    `the` right before its mark) or right after `of` (`accused of "nimbyism"`), taken by a passive cue with no one named who spoke (no subject, no `by`):
    a word the writer marks as someone's, with no one to give it to; not a quotation."""
    cue = link.cue
    if cue is None or cue.speaker is not None or len(x.q.parts) > 1 \
            or len(x.text[x.q.start:x.q.end].split()) > SHORT_WORDS:
        return None
    sentence = x.sentences[x.first]
    before = x.text[sentence.start:_opening(x.text, x.q, sentence.start)].split()
    if not before or before[-1].lower() not in ("a", "an", "the", "of") or x.q.end >= sentence.end - 1:
        return None
    words = x.parses.get(x.first, ())
    return True if any(w.head == cue.verb.index and w.deprel == "aux:pass" for w in words) else None


def nickname(x: Quotation, link: Link) -> bool | None:
    """`the nickname "Red,"`: a name given as words, not someone's words."""
    return True if _nickname(x.text, x.q) else None


NOBODY = "nobody"   # a filter's answer that keeps the quotation, as nobody's words: no speaker, and it never floats


def saying(x: Quotation, link: Link) -> bool | None:
    """`As the saying goes, "..."`, `An old proverb has it: "..."`: a quotation whose speaker would be a saying
    no one owns is common wording, no one's quote: dropped."""
    speaker = link.surface[0] if link.surface is not None else link.cue.speaker if link.cue is not None else None
    return True if speaker is not None and common_saying(x.text[speaker[0]:speaker[1]].split()) else None


def name_given(x: Quotation, link: Link) -> str | None:
    """`a group known as the "Gang of Six,"`, `a report titled "Miles to Go,"`: a name the text gives a
    thing, quoted as the thing bears it: kept, but as nobody's words (no cue's speaker, nor one it floats to)."""
    return NOBODY if _name_given(x.text, x.q, x.sentences[x.first], x.parses.get(x.first, ())) else None


def work_title(x: Quotation, link: Link) -> bool | None:
    """`her memoir, "Long Days by the Harbour."`, `the host of "Night Owls"`: a work's title, not someone's words."""
    return True if _work_title(x.text, x.q) else None


def narrated_cue(cue: Cue) -> bool:
    """Whether a cue with its own speaker is in the past tense (`Ruiz said`): a story's narration, not a
    headline's (headlines report in the present: `Ruiz says`), even on a line a link label opens."""
    return cue.speaker is not None and "Tense=Past" in cue.verb.feats


def linked_headline(x: Quotation) -> Link | None:
    """`Read more: "Why the markets fell"`: another article's headline, not someone's words: dropped
    (not with a cue of its own in the past tense: `WATCH: "We will be back," Ruiz said.`)."""
    if x.own_cue is not None and narrated_cue(x.own_cue):
        return None
    return DROP if _linked_headline(x.text, x.q) else None


PULL_QUOTE_WORDS = 4   # the fewest words of a pull quote (a shorter repeat may be a phrase quoted twice)
SHORT_PULL_QUOTE_WORDS = 3  # the fewest words of one excerpting a longer quotation (`"A sad day"` from `"It is a sad day for ..."`)
_LETTERS = regex.compile(r"[\p{L}\p{N}]+")


def _pull_quote(text: str, q: Quoted, inside: Inside) -> bool:
    """Whether a quotation of PULL_QUOTE_WORDS words or more is alone in its paragraph (marks and
    punctuation aside) and its words, in order, stand within quotation marks elsewhere in the text; one of
    SHORT_PULL_QUOTE_WORDS words or more, where they stand within a longer quotation (`_excerpt`)."""
    if len(q.parts) > 1:
        return False
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    if _LETTERS.search(text, line_start, q.start) and not _label_before(text, line_start, q.start) \
            or _LETTERS.search(text, q.end, line_end):
        return False  # alone but for a rubric setting it off (`Pull quote: "..."`)
    words = _LETTERS.findall(text, q.start, q.end)
    if len(words) < SHORT_PULL_QUOTE_WORDS:
        return False
    pattern = regex.compile(r"(?i)\b" + r"[^\p{L}\p{N}]+".join(map(regex.escape, words)) + r"\b")
    asks = _asks_after(text, pattern.search(text, q.start, q.end))
    return any(not (line_start <= m.start() < line_end) and inside.overlaps(m.span()) and _asks_after(text, m) == asks
               and (len(words) >= PULL_QUOTE_WORDS or _excerpt(text, m, inside, len(words)))
               for m in pattern.finditer(text))


def _excerpt(text: str, m: regex.Match, inside: Inside, words: int) -> bool:
    """Whether the words `m` matched are part of a longer quotation (a pull quote excerpts it), not all of
    one (a short turn said twice echoes it)."""
    part = inside.part_at(m.start())
    return part is not None and len(_LETTERS.findall(text, part[0], part[1])) > words


def _asks_after(text: str, m: regex.Match | None) -> bool:
    """Whether a question mark closes the words `m` matched (`Six in the morning?`): a reply that repeats
    a question's words without one (`"Six in the morning?" I asked.` / `"Six in the morning."`) echoes it
    in dialogue, no pull quote."""
    return m is not None and text[m.end():m.end() + 1] == "?"


def pull_quote(x: Quotation, link: Link) -> bool | None:
    """A pull quote: a quotation alone in its paragraph that no cue links, repeating words quoted elsewhere."""
    return True if link.cue is None and _pull_quote(x.text, x.q, x.inside) else None


def made_work(x: Quotation, link: Link) -> bool | None:
    """`who wrote "The Long Road Home,"`: the title of a work the verb made, not someone's words."""
    return True if _made_work(x.text, x.q) else None


def title_modifier(x: Quotation, link: Link) -> bool | None:
    """`"Nights on Harbour Lane" star Ann Ruiz`: a title modifying a noun, not someone's words."""
    return True if _title_modifier(x.text, x.q) else None


def byline(x: Quotation, link: Link) -> bool | None:
    """`"The Road Home," by Jane Doe`: a work's title and its author, not a quotation."""
    return True if _byline(x.text, x.q) else None


def display_line(x: Quotation, link: Link) -> bool | None:
    """`'A bridge for everyone.'` alone on its line, no cue word, in a text quoting in double marks: a subhead;
    not one going on with a quotation in single marks just tagged (`_continues_single`)."""
    no_cue_word = link.cue is None and (link.surface is None or link.surface[1] is None)
    return True if no_cue_word and _display_line(x.text, x.q, x.inside) and not _continues_single(x) else None


_DEFINITION_REACH = 80   # the most characters a defined term's brackets and the name before them span


def defined_term(x: Quotation, link: Link) -> bool | None:
    """`Acme Holdings, Inc. ("Acme" or the "Company") said`: a term quoted in brackets that define a short
    form of the name before them (`rules.text.defined_term`): the text's own label, nobody's words."""
    return True if _bracket_term(x.text, x.q) else None


def _bracket_term(text: str, q: Quoted) -> bool:
    """Whether a quotation is a term that the brackets about it define for the name before them
    (`rules.text.defined_term`)."""
    a, b = marked_range(text, q)
    opening = text.rfind("(", max(0, a - _DEFINITION_REACH), a)
    closing = text.find(")", b, b + _DEFINITION_REACH)
    if opening <= 0 or closing < 0 or any(c in text[opening + 1:a] + text[b:closing] for c in ")(\n"):
        return False
    line = text.rfind("\n", 0, opening) + 1
    return _defined_term(text[opening + 1:closing], text[max(line, opening - _DEFINITION_REACH):opening])


def caps_line(x: Quotation, link: Link) -> bool | None:
    """`"A DEAL AT LAST"` alone on its line in capitals, no cue word: a subhead."""
    no_cue_word = link.cue is None and (link.surface is None or link.surface[1] is None)
    return True if no_cue_word and _caps_line(x.text, x.q) else None


def venue(x: Quotation, link: Link) -> bool | None:
    """`said on MSNBC's "Morning Joe."`, `Appearing on Channel 9's "Morning Desk," Ruiz said`: where it
    was said, not what."""
    floor = x.sentences[x.first].start
    if link.cue is not None and _venue(x.text, x.q, link.cue) \
            or _titled_place(x.text, x.q, floor, _opening(x.text, x.q, floor)):
        return True
    return None


LINKING = Table("link", doc="Linking a marked quotation to its cue or speaker; the first rule that answers wins.", rules=(
    Rule("cut-off", "link", "A quotation broken off by a dash with another quotation right after it (`\"We "
         "were--\" \"Don't,\" she said.`) is cut short by someone else: the cue after the next quotation is not "
         "its; kept with no speaker named.", cut_off,
         (Example('"I only wanted--" "That is enough," Ruiz said.', "I only wanted--", None),)),
    Rule("caption", "link", "A quotation on a photo's caption line, one that a credit closes that can be "
         "nothing else (`Photo: Tom Vale`, `Credit: Tom Vale`, `(AP Photo)`, `(Tom Vale/The Herald)`, `REUTERS/Tom Vale`; not a wire's name alone: `(Reuters)`) "
         "or that opens with an agency's `FILE -`: the caption tells what the picture shows, and the words it quotes "
         "are the story's where a sentence of the story quotes them, not the caption's: dropped.", caption,
         (Example('"We will appeal," Ann Ruiz told reporters in Dayton on Monday. (AP Photo/Tom Vale)',
                  "We will appeal,", kept=False),)),
    Rule("linked-headline", "link", "A quotation on a line that a label a web page puts before a link opens "
         "(`Read more:`, `Related:`, `See also:` ...: lexicon LINK_LABELS), alone after it or in a headline with a "
         "cue (`Related: 'We will fight on,' says council leader`), is another article's headline or in it, a "
         "link's text, not words said in this one; not one its own cue with a speaker tags in the past tense "
         "(`WATCH: \"We will be back,\" Ruiz said.`: the story's narration; headlines report in the present).",
         linked_headline,
         (Example('"We will cut rates," the governor said.\n\nRead more: "Why the markets fell"\n\n'
                  'The bank meets again in May.', "Why the markets fell", kept=False),
          Example('"We will cut rates," the governor said.\n\nRelated: "Five things to know about the cut."',
                  "Five things to know about the cut.", kept=False),
          Example("The council meets on Monday.\n\nRead more: 'We will fight on,' says council leader\n\nThe vote "
                  "is at noon.", "We will fight on,", kept=False))),
    Rule("title-in-name", "link", "A quotation inside a cue's speaker, with the speaker's words on both sides "
         "(`the author of \"Going Viral,\" said`), or a short term closing it (`as the \"review\" urged`), is a "
         "title or a term in that phrase, no words the cue reports: dropped.", title_in_name,
         (Example('Tranter, the co-author of "Going under in a fractured century," about the rise of rumours, '
                  'said the days of a common story are over.', "Going under in a fractured century,", kept=False),
          Example('Members backed the bill, as the "review" recommended, and watched it fail.', "review",
                  kept=False))),
    Rule("named-by", "link", "`software nicknamed \"Falcon\" by engineers`, `a plan dubbed \"...\" by critics`: a "
         "participle giving a thing its name (as filter `name-given` reads it; not `known as`, nor a passive with its "
         "`be`: `has been called \"...\" by X` reports the whole clause) runs into the quotation and `by` follows "
         "its closing mark: the agent named it, in its own words; it speaks.",
         named_by,
         (Example('The ferry runs a new engine, nicknamed "the Kettle" by its crew, which the owners said was '
                  'twice as fast.', "the Kettle", "its crew"),)),
    Rule("speaker-aside", "link", "A quotation after the speaker of a cue that tags the quotation before it "
         "(`\"We lost,\" said Ann Ruiz, who hosts \"Morning Tide.\"`) describes the speaker: dropped.",
         speaker_aside,
         (Example('"The old rules are gone," said Ann Ruiz, who hosts the weekly "Morning Tide."',
                  'Ann Ruiz, who hosts the weekly "Morning Tide."', kept=False),)),
    Rule("translation", "link", "A quotation that a translation's gloss opens (`, meaning`, `, which translates "
         "as`, `-- in English,`, `(translated:`; a bare `or` after the language said in: `told reporters in French, "
         "or \"...\"`: lexicon TRANSLATION_GLOSS, LANGUAGE_NAMES; or after a quotation in no English, lexicon "
         "ENGLISH_MARKER_WORDS, in a text that names a language spoken before it, `spoke in Spanish`, or before "
         "a quotation in English: not `\"We will win,\" she said, or \"at least draw\"`; or a bare bracket, between a "
         "quotation in English and one in none: `told Le Soir (\"We want peace\")`) after the own cue's tag, with a quotation before "
         "it in the sentence, gives the speaker's words again in another language: a direct quote of the cue's "
         "speaker, the gloss no part of it (no paraphrase); with no cue of its own, after a tag read off the words "
         "(`surface-cue`, `past-tag`: `\"Tant pis,\" Luc Ferrand shrugged, meaning \"too bad.\"`), that tag's "
         "speaker's.", translation,
         (Example('"Nous sommes prets," Ana Morel told reporters in French, or "we are ready."', "we are ready.",
                  "Ana Morel"),
          Example('"Ja," Karl Brandt said, which means "yes."', "yes.", "Karl Brandt"),
          Example('"Wir schaffen das," the chancellor said, meaning "we can do this."', "we can do this.",
                  "the chancellor"),
          Example('Ana Ruiz spoke in Spanish. "Estamos listos," she said, or "we are ready."', "we are ready.",
                  "she"),
          Example('"Tant pis," Luc Ferrand shrugged, meaning "too bad."', "too bad.", "Luc Ferrand"),
          Example('« Nous voulons la paix », the mayor told local newspaper Le Soir ("We want peace").',
                  "We want peace", "the mayor"))),
    Rule("translation-sentence", "link", "A quotation that is its sentence whole, in brackets or after a "
         "translation's label (`(\"We are ready.\")`, `(Translation: \"...\")`, `In English: \"...\"`: lexicon "
         "TRANSLATION_LABEL), right after a sentence closing a quotation, gives those words again in another tongue "
         "(as the label says, or in bare brackets, one of the two in English: `\"Estamos listos,\" said Ana Ruiz. "
         "(\"We are ready.\")`): a direct quote, floating to that quotation's speaker (the label no speaker's name).",
         translation_sentence,
         (Example('"Estamos listos," said Ana Ruiz. ("We are ready.")', "We are ready.", "Ana Ruiz"),
          Example('Ruto told the rally: "We will not go back." (Translation: "Hatutarudi nyuma.")',
                  "Hatutarudi nyuma.", "Ruto"),
          Example('"Nein," said Olaf Brandt. In English: "No, never."', "No, never.", "Olaf Brandt"))),
    Rule("captioned", "link", "`She captioned the photo \"Home at last.\"`: a quotation after a captioning verb's "
         "object (lexicon CAPTIONING_VERBS: no verb between) is the text put under the post or picture, the "
         "subject's own words: a direct quote, not a paraphrase with the object (a naming verb's verdict is one: "
         "`called the deal \"a disaster\"`).", captioned,
         (Example('The singer captioned the photo "Home at last."', "Home at last.", "The singer"),
          Example('Ann Ruiz captioned a picture of her dog "my best friend."', "my best friend.", "Ann Ruiz"))),
    Rule("paraphrase", "link", "The own cue's words run on into the quotation (`X said the \"...\" were`): "
         "a mixed quote from the cue (past a verb of telling's listener: `told the Ledger she was \"appalled\"`, "
         "`told the crowd that rock was \"...\"` however the parse hung `that`, "
         "`told the court Vale had \"...\"`, with its phrases and a comma before `that`: `told a Ledger reporter "
         "Monday evening that she \"...\"`; past the cue's time before `that`: `concluded this month that ...`; "
         "past a phrase of a preposition before `that` and a subject: `said in an interview that sales were \"...\"`, "
         "with an aside set off by commas closing it: `said in a post on X, formerly Twitter, that ...`; "
         "past a speaker and its comma right after the cue: `According to the mayor, the plan \"will ...\"`) "
         "to the sentence's end (to the comma closing a subordinate clause or an `-ing` phrase that opens "
         "the sentence and holds the cue: `By calling the plan \"a disaster,\" the mayor ...`), or to a speech "
         "verb's participle set off by a comma right after the quotation (`called it \"...,\" adding that ...`: the "
         "next report), or to `and` and a "
         "finite verb after a naming verb's quotation (`called it \"...\" and urged ...`), or to a semicolon opening "
         "a clause with a subject of its own beside the cue's (`One called it \"...\"; another ...`), or to a `which` "
         "clause set off there (the writer's comment), or to a clause of time right after it (`before he left`), "
         "or to the bracket closing those the cue stands within (`The race (which Lee won by calling it \"a "
         "fluke\") made news`), "
         "or to a phrase closing the sentence that names the one occasion the cue's words were said on (`in an "
         "interview on Sunday`, as cut rule `occasion-after` reads it), "
         "or to a lone dash after it opening the writer's aside (`- a rare win for ...`, as cut rule `dash-aside` "
         "reads it), or to a comma opening one (`, a rare win for ...`, as cut rule `comma-aside` reads it; further "
         "on too when a noun summing up a report follows: `with the budget, a charge her office rejected`); "
         "not a title or name the words about it give (left to the filters); a comma right before the mark sets "
         "the quotation off, unless it closes an apposition to a naming verb's object (`called the chief, Ann "
         "Ruiz, \"...\"`); a passive cue's agent (`by` and the speaker) is no part of it, before the quotation or "
         "after it (`was described by his family as \"...\"`); an aside set off by dashes right after the cue is no "
         "part of it (`said -- and she meant it -- that \"...\"`), and after a tag closing a quotation it is the "
         "writer's pause within a split quotation (`\"A,\" he said -- after a pause -- \"B.\"`: B goes on with A); "
         "a cue within an aside set off by dashes sets off the quotation after its closing dash (`\"A\" -- she said "
         "it twice -- \"B.\"`); it ends before a translation's gloss right after the quotation (`said it was "
         "\"zu wenig\" -- in English, \"too little\"`: link rule `translation`); words ending in a preposition are "
         "no listener but a topic's phrase, part of it (`told the old story of the town of Ardel, which was \"...\"`); "
         "a noun cue's clause ends where its content rule ends it, before the sentence's own predicate (`Her claim "
         "that wages \"have collapsed\" is false`); "
         "a quotation that is a name a text gives a thing (`named_thing`: `announced the pricing of notes (the "
         "\"Notes\")`) makes the report indirect, as in `mixed-clause`: a name is nobody's words.",
         paraphrase,
         (Example('One called her early work "decorative"; another dismissed it as "wallpaper."',
                  'her early work "decorative"', "One"),
          Example('The former mayor told the Ledger she was "appalled".', 'she was "appalled"', "The former mayor"),
          Example('Lee called the judge "a dictator" in an interview on Sunday.', 'the judge "a dictator"', "Lee"),
          Example('Acme Corp. today announced the pricing of $500 million of senior notes (the "Notes").',
                  'the pricing of $500 million of senior notes (the "Notes")', "Acme Corp."),
          Example('The foreign minister said in a post on X, formerly Twitter, that Russia "must be held accountable."',
                  'that Russia "must be held accountable."', "The foreign minister"),
          Example('The minister said in a speech, his first since May, that Russia "must pay."',
                  'that Russia "must pay."', "The minister"),
          Example('The bishop told the old story of the town of Ardel, which was "sinking under its own greed."',
                  'the old story of the town of Ardel, which was "sinking under its own greed."', "The bishop"),
          Example('According to the mayor, the plan "will save millions."', 'the plan "will save millions."',
                  "the mayor"),
          Example('Asked about the offer, Karl Brandt said it was "zu wenig" -- in English, "too little."',
                  'it was "zu wenig"', "Karl Brandt"),
          Example('Lee told reporters that "Ruiz is throwing votes away."', 'that "Ruiz is throwing votes away."',
                  "Lee"),
          Example('The board concluded this month that Lee had been "extremely careless."',
                  'that Lee had been "extremely careless."', "The board"),
          Example('The mayor said -- and she meant it -- that "nobody is above the law."',
                  'that "nobody is above the law."', "The mayor"),
          Example("The plan was described as 'reckless' by the Chancellor.", "as 'reckless'", "the Chancellor"),
          Example("Mr Jones was described by his family as 'a gentle giant'.", "as 'a gentle giant'", "his family"),
          Example('The company\'s chief executive, Maria Lopez, said in an interview that sales were "better than '
                  'expected."', 'that sales were "better than expected."', "The company's chief executive, Maria Lopez"),
          Example('Trump called the deal "a disaster for American workers" on Monday.',
                  'the deal "a disaster for American workers" on Monday', "Trump"),
          Example('The senator called the plan to close the old ferry "a costly mistake," adding that the vote '
                  'would be close.', 'the plan to close the old ferry "a costly mistake,"', "The senator"),
          Example('Pundits call this the "expectations game" \u2014 setting the bar low so that any result looks '
                  'good.', 'this the "expectations game"', "Pundits"),
          Example('While critics call the plan "reckless," supporters say it will create jobs.',
                  'the plan "reckless,"', "critics"),
          Example('The surgeons\' college called the figures "deeply worrying" and urged ministers to build more '
                  'theatres.', 'the figures "deeply worrying"', "The surgeons' college"),
          Example('Though the coach had cautioned against "reading too much" into the early games, his players '
                  'were already dreaming of a title.', 'against "reading too much" into the early games',
                  "the coach"),
          Example('The coach called the loss "a wake-up call" before he left the stadium.',
                  'the loss "a wake-up call"', "The coach"),
          Example('The coach said his team would be a tough opponent, saying they have "nothing left to lose."',
                  'they have "nothing left to lose."', "The coach"),
          Example('Ortiz wrote on Monday that "the plant will stay open," and he said he hoped to keep every job.',
                  'that "the plant will stay open,"', "Ortiz"),
          Example('In short remarks, Lopez called the storm that flooded the lower town "a disaster for every '
                  'family," but he also praised the crews.',
                  'the storm that flooded the lower town "a disaster for every family,"', "Lopez"),
          Example('On the radio, Mr. Lane called the bank\'s new chief, Ann Ruiz, "remarkably focused" and said '
                  'the deal would close soon.', 'the bank\'s new chief, Ann Ruiz, "remarkably focused"',
                  "Mr. Lane"),
          Example('Ms. Park, who has called the deal "a betrayal," described her rival as a coward.',
                  'the deal "a betrayal,"', "who"),
          Example('Lee\'s claim that wages "have collapsed" is misleading.', 'that wages "have collapsed"', "Lee"),
          Example('By calling the plan "a disaster," the mayor angered his own party.', 'the plan "a disaster,"',
                  "the mayor"))),
    Rule("titled-lead", "link", "A title-cased quotation of several words that would be a lead-in (`A guest of "
         "the show \"Night Owls With Dana,\" the senator said`) names a work the words before it frame the speaker "
         "with: dropped.", titled_lead,
         (Example('A regular guest of the late show "Night Owls With Dana," the senator said the bill would pass.',
                  'A regular guest of the late show "Night Owls With Dana,"', kept=False),)),
    Rule("lead-in", "link", "The sentence's words run on into the quotation and its cue follows "
         "(`X may be \"strategic,\" Y said`; a subject of any length when it opens on an auxiliary: `The drug "
         "\"should not be used,\" the agency said`), also after a comma when it opens lower-case (`The mayor, Ann Ruiz, "
         "\"wants ...\"`): a mixed quote of the whole clause; not when the quotation runs past that sentence and a "
         "cue of the sentence runs on into it (`X described it as \"awful. ...,\" Y said`: its words are that "
         "cue's report); not after a tag set within a split quotation (`\"A,\" said the coach, \"and B,\" he "
         "added`: B is a quotation of its own).", lead_in,
         (Example('The new policy may prove "strategic in the long run," the professor said.',
                  'The new policy may prove "strategic in the long run,"', "the professor"),
          Example('The new harbour master, Ann Ruiz, "wants the ferry back by June," her office said.',
                  'The new harbour master, Ann Ruiz, "wants the ferry back by June,"', "her office"),
          Example('The drug "should not be used in children," the agency said.',
                  'The drug "should not be used in children,"', "the agency"))),
    Rule("earlier-cue", "link", "The nearest cue follows the quotation unjoined and is not handed it, and a cue "
         "before it runs on into it (`X called it \"...,\" while Y says`): a mixed quote of that cue's words up "
         "to the later clause.", earlier_cue,
         (Example('The former director called the agency\'s handling of the old records "extremely sloppy," while '
                  'the new director says no charges will follow.', 'the agency\'s handling of the old records "extremely sloppy,"',
                  "The former director"),)),
    Rule("reported-report", "link", "`\"...,\" X said, according to Y`: a report that a source gives whole "
         "is that source's.", reported_report,
         (Example('"The vote will be close. We will count every ballot," the mayor said, according to the Gazette.',
                  "The vote will be close. We will count every ballot,", "the Gazette"),)),
    Rule("participle-cue", "link", "A speech verb's participle set off by a comma right before the quotation "
         "(`\"...,\" she said, adding: \"...\"`) introduces it: a quote of its own, not the earlier one's "
         "continuation.", participle_cue,
         (Example('"The bridge will be finished by spring," the mayor said, adding: "We have the money and the '
                  'crews ready to go."', "We have the money and the crews ready to go.", "the mayor"),
          Example('"The ferry will sail again in June," the captain told us, adding, "The new engine is on '
                  'its way."', "The new engine is on its way.", "the captain"))),
    Rule("came-reply", "link", "`\"Absolutely not,\" came the reply from the ministry.`: a quotation handed "
         "over to `came` and a noun of an answer (`reply`, `response`, `verdict` ...) is that answer: the one "
         "after `from` speaks it (no one named without `from`; the quotation may float).", came_reply,
         (Example('"Absolutely not," came the reply from the ministry.', "Absolutely not,", "the ministry"),
          Example('"Is the bridge safe?" the reporter asked.\n\n"Perfectly safe," came the curt reply from a '
                  'spokesman for the city when the question was put again.', "Perfectly safe,",
                  "a spokesman for the city"))),
    Rule("asked-then-colon", "link", "`Asked about the deal, Baker laughed: \"Ask the lawyers.\"`: a quotation "
         "after the colon of the clause that a bare participle of asking opens (its only cue, which names no one) "
         "is the answer of that clause's subject (the last before the colon, after the participle), however the "
         "parse hung the participle.", asked_then_colon,
         (Example('Asked about the new contract, the coach laughed: "Ask my lawyers about that one."',
                  "Ask my lawyers about that one.", "the coach"),)),
    Rule("label-first-person", "link", "A quotation right after a speaker's label and its colon (as `colon-name` reads "
         "it) whose own cue's speaker is the first person (`THE PRESIDENT: \"...,\" as I always say.`: lexicon "
         "FIRST_PERSON_WORDS): the label's speaker, quoting himself.", label_first_person,
         (Example('THE PRESIDENT: "Tariffs are taxes," as I always say.', "Tariffs are taxes,", "THE PRESIDENT"),
          Example('Mayor Ruiz: "We will rebuild," as we promised in May.', "We will rebuild,", "Mayor Ruiz"))),
    Rule("own-cue", "link", "A cue in the quotation's own sentences: the one the parse joins to it (not one "
         "whose report ends before another cue does, ahead of the quotation), else the nearest; one with a "
         "speaker first, none before a relative clause whose own cue comes before the quotation (`\"...,\" said "
         "Ortiz, who said there were \"...\"`) and none right after a relative clause set off that holds it (`Park, "
         "who called it \"...,\" described`), and an outer report over one within it (`X said Y "
         "admitted it was \"...\"`) unless the inner one sets the quotation off; not a participle after it "
         "that reports a clause of its own or introduces the next quotation (`X called it \"...,\" adding that ...`, `adding: \"...\"`), nor one after `and` or `but` "
         "past its closing mark (`X wrote that \"...,\" and he said ...`) while another answers, even one the "
         "parse does not join to it, nor at all one in a clause that a comma and `and` or `but` open past words "
         "after the closing mark, reporting a clause of its own (`spoke of \"...\" last year, and she told us that ...`); a finite cue "
         "tagging it right after its closing mark (`\"...,\" Ruiz assured Hale, after Hale ...`) before one the parse "
         "joins to it, unless a naming verb runs on into it (`a clip the judge called \"...,\" Lane said`) or, "
         "after a fragment the sentence's words run on into, it reports a clause of its own (`While critics call "
         "it \"...,\" supporters say it will ...`: the naming verb's); never a cue after it whose subject is a "
         "relative pronoun with another cue after it (`\"...,\" one resident, who asked not to be named, told "
         "Reuters`: the relative clause describes the later cue's speaker) or before it (`\"...,\" said one, who "
         "asked not to be named`: that cue's speaker, whom the parse may leave unnamed), nor a participle a comma opens after it "
         "with a cue in another form after that (`\"...,\" an officer, requesting anonymity, told the agency`: it "
         "describes that cue's speaker); nor a verb of asking in the passive "
         "after it that names no one where a past-tense tag closes the quotation first: that tag links it "
         "(`\"...,\" Hale shrugged when asked about it`: Hale answers); for a quotation a colon introduces, the cue "
         "whose clause closes on that colon, with a speaker of its own (no relative pronoun) and at most four words "
         "between it and the colon, over a cue before that clause the parse joins the quotation to (`One fan called it "
         "a disgrace, while another added: '...'`); for a quotation a comma or colon sets off, the last cue before it, "
         "right before that mark or past its listener only (`telling him,`, `shouting at staff,`), with a speaker that "
         "is no pronoun, over a verb of remembering further back that holds the scene (`Ruiz recalled the night her "
         "mother said, \"...\"`: the mother's; not a participle past its own object, `a memo explaining the deal, "
         "\"...\"`); never a cue whose speaker's phrase holds the quotation after a cue there that names no one "
         "(`Towns that are often labeled \"...\" say`: a passive's term for them, not what they say); for a "
         "quotation with no mark setting it off, a later cue with a speaker that is no pronoun, outside what the "
         "earlier one reports, whose verb runs into its opening mark, over a cue before it the parse joins the "
         "quotation to (`\"...,\" Lee said as the crowd chanted \"Build the wall!\"`: the crowd's words, the "
         "verb's object).", own_cue,
         (Example('"We will win the election," Kerry said.', "We will win the election,", "Kerry"),
          Example('"We will build it," Lee said as the crowd chanted "Build the wall!"', "Build the wall!",
                  "the crowd"),
          Example('"Look at the table," the coach shrugged when asked about the pressure.', "Look at the table,",
                  "the coach"),
          Example('Dean described the strain as "awful. It really wears you down," he said.',
                  "awful. It really wears you down,", "he"),
          Example('"Your show is wonderful," Ruiz assured Hale, after Hale assured Ruiz that most of his viewers '
                  'backed her.', "Your show is wonderful,", "Ruiz"),
          Example('"We lost the vote," said Ortiz, who added, "We will be back next year."',
                  "We will be back next year.", "who"),
          Example('"She never quits," said one, who asked not to be named.', "She never quits,", "one"),
          Example('The singer later deleted the video, telling her fans: "Point made."', "Point made.",
                  "The singer"),
          Example('"It is a disaster," one resident, who asked not to be named, told Reuters.',
                  "It is a disaster,", "one resident"),
          Example('"We have arrested three men," a senior officer, requesting anonymity, told the agency.',
                  "We have arrested three men,", "a senior officer"),
          Example("The mayor called it a disgrace, while her deputy told the Echo: 'We will appeal.'",
                  "We will appeal.", "her deputy"),
          Example('Ruiz recalled the night her mother said, "You will leave this town."', "You will leave this town.",
                  "her mother"))),
    Rule("signature", "link", "A name after a dash closing the quotation's line (`\"...\" - Jane Doe`); or there a "
         "headline's description of the speaker whose head is a noun for a person (`\"...\" ― Rovers boss after cup "
         "exit`, `― Dayton council leader`, `― a parent at the meeting`: lexicon ROLE_WORDS, SPEAKER_NOUNS), a name "
         "with what was spoken of after it (`― Rovers after cup exit`: lexicon HEADLINE_TOPIC_WORDS), or an "
         "account's handle alone or with a post's date after it (`― @annruiz`, `― @annruiz, March 3, 2024`); or, for a quotation opening its line (a list's number or bullet "
         "aside), a name of two words or more in brackets closing it (`\"...\" (Ann Ruiz, mayor of Dayton)`; no "
         "photo's credit: `(AP Photo)`), or after it with no dash, a roundup's (`1) \"...,\" Ann Ruiz, mayor.`), with "
         "nothing after the name to the line's end but descriptions set off by commas (an age, a noun phrase whose head "
         "is a noun for a person: `34, a nurse from Leeds`, a place's name, a relative clause of a person: `who lives "
         "nearby`), or on the next line, with a description "
         "(`\"...\"` / `Ann Ruiz, mayor of Dayton`; not when a quotation opens the line after it: it heads that one), "
         "or on a header line over a quotation alone on its line (`Ann Ruiz, 34, nurse` / `\"...\"`; a factbox's, "
         "its bullet a doubled hyphen, closing on a colon, the name alone or with how it spoke: `-- TOM VALE, speaking "
         "to reporters:` / `\"...\"`: lexicon SPEAKING_GERUNDS; a line closing on a colon is no signature of the "
         "quotation above it, but heads the one below; not a cue's inverted tag: `Added Vale:`); a name with its handle and a post's date after the dash too "
         "(`\"...\" ― Ann Ruiz (@annruiz) March 3, 2025`), or with a party and state in brackets (`― Rep. Ann Ruiz "
         "(R-Texas)`: a briefing's quote of the day).", signature,
         (Example('Quote du jour: "We will not be bullied." \u2014 Rep. Ann Ruiz (R-Texas)',
                  "We will not be bullied.", "Rep. Ann Ruiz"),
          Example('"Nearly every new job this year went to the three largest cities."\n\n'
                  '- Jane Doe, a senator.\n\nThe senator is citing an old report.',
                  "Nearly every new job this year went to the three largest cities.", "Jane Doe"),
          Example('"The harbour stays open" - Ann Ruiz\n\nThe mayor repeated her promise on Monday.',
                  "The harbour stays open", "Ann Ruiz"),
          Example('"We will be back" \u2014 Rovers boss after cup exit\n\nHarbour Rovers lost 3-0 on Saturday.',
                  "We will be back", "Rovers boss"),
          Example('"Nobody asked us." \u2013 a parent at the meeting', "Nobody asked us.", "a parent"),
          Example('"The ferry must stay" \u2014 @annruiz', "The ferry must stay", "@annruiz"),
          Example('The mayor replied within minutes.\n\n"We will rebuild, together."\n\u2014 @annruiz, March 3, 2024',
                  "We will rebuild, together.", "@annruiz"),
          Example('In quotes\n\n1. "We cannot keep paying for roads nobody uses." (Ann Ruiz, mayor of Dayton)',
                  "We cannot keep paying for roads nobody uses.", "Ann Ruiz"),
          Example('What they said:\n1) "The plan is dead," Ann Ruiz, mayor.\n2) "We will fight on," Tom Vale, '
                  'council leader.', "We will fight on,", "Tom Vale"),
          Example('Reaction came fast.\n\n"I have never seen the river this high." Tom Vale, 61, a ferry pilot '
                  'from Dayton.', "I have never seen the river this high.", "Tom Vale"),
          Example('Quote of the day\n\n"We are a city, not a museum."\n\nAnn Ruiz, mayor of Dayton',
                  "We are a city, not a museum.", "Ann Ruiz"),
          Example('Voices from the queue\n\nAnn Ruiz, 34, nurse\n\n"It costs too much."\n\nTom Vale, 61, retired '
                  'baker\n\n"Nobody asked us."', "It costs too much.", "Ann Ruiz"),
          Example('The mayor replied within the hour.\n\n"We will be back stronger." \u2014 Ann Ruiz (@annruiz) '
                  'March 3, 2025', "We will be back stronger.", "Ann Ruiz"),
          Example('Voices from the market.\n\n"The rents keep rising," Lina Park, a florist, who has a stall '
                  'here.', "The rents keep rising,", "Lina Park"),
          Example('Following are comments on the deal:\n\n-- CLIMATE CHIEF ANN RUIZ:\n\n"This is a historic day."'
                  '\n\n-- TOM VALE, speaking to reporters:\n\n"We can live with it."', "This is a historic day.",
                  "CLIMATE CHIEF ANN RUIZ"),
          Example('Following are comments on the deal:\n\n-- CLIMATE CHIEF ANN RUIZ:\n\n"This is a historic day."'
                  '\n\n-- TOM VALE, speaking to reporters:\n\n"We can live with it."', "We can live with it.",
                  "TOM VALE"))),
    Rule("topic-name", "link", "A headline's `\"...\": Name on Y`: a quotation opening its line, then a colon and "
         "a name of up to five capitalised words (no determiner, no rubric), then the line's end, a comma, a "
         "preposition opening what the named one spoke of (`on`, `about`, `after`: lexicon HEADLINE_TOPIC_WORDS) "
         "or a cue's present form in `-s` (`Vale blasts referee`): the name speaks; so does a description of up to "
         "four words ending in a noun for people before a cue's form, and any description before a phrase of "
         "speaking (`family pay tribute`, `Lottery winner speaks out`, `Families of miners pay tribute`: "
         "lexicon HEADLINE_SPEAKING_PHRASES).", topic_name,
         (Example("'We are not done yet': Senator Cole on the farm bill\n\nThe senator vowed to keep pushing.",
                  "We are not done yet", "Senator Cole"),
          Example('"Nobody reads the fine print": Mayor Ann Ruiz\n\nThe mayor spoke at the library.',
                  "Nobody reads the fine print", "Mayor Ann Ruiz"),
          Example("'We were robbed': Vale blasts referee after cup exit\n\nThe club will appeal.",
                  "We were robbed", "Vale"),
          Example("'We are devastated': family pay tribute to teenager\n\nThe boy died at the scene.",
                  "We are devastated", "family"),
          Example("'Our hearts are broken': Club pays tribute to former captain\n\nHe played 300 games.",
                  "Our hearts are broken", "Club"))),
    Rule("neighbour-cue", "link", "A cue ending the sentence before in a colon (not when a name's colon opens the "
         "quotation's own line, as `colon-name` reads it: `What they said:` / `Ann Ruiz, mayor: \"...\"`), or a short "
         "`he added.` right after.", neighbour_cue,
         (Example('Lavrov told reporters on Friday:\n"We will not give up on these talks. We will keep working."',
                  "We will not give up on these talks. We will keep working.", "Lavrov"),)),
    Rule("colon-clause", "link", "`Name: ... \"...\" ...` opening the sentence or the paragraph (as `colon-name` or "
         "`label-name` read it), with words of the clause after the colon besides the quotation (bracketed tags "
         "aside): all the colon introduces is the named one's, quoted in part: a mixed quote to the sentence's end "
         "(to the paragraph's end for a label opening the paragraph: a transcript's turn).",
         colon_clause,
         (Example('Jane Doe: Budget deal \'the best we could get\' for the town.',
                  "Budget deal 'the best we could get' for the town", "Jane Doe"),
          Example('Mayor Ann Ruiz: \'Not One More Delay\' On the Harbour Bridge.',
                  "'Not One More Delay' On the Harbour Bridge", "Mayor Ann Ruiz"),
          Example('The talks went on late.\n\nRUIZ: Well, nobody here wants "a bad deal" for the town. We will '
                  'sign it in May.\n\nLEE: Good.',
                  'Well, nobody here wants "a bad deal" for the town. We will sign it in May', "RUIZ"))),
    Rule("colon-name", "link", "`Name: \"...\"` opening the sentence (after a dash or a list's bullet or number too: `• Sen. Tom "
         "Briggs (R-Utah): \"...\"`), a party label after the name too "
         "(`Rep. Jane Doe (D-Ohio):`), a role word or a common noun for a speaker after a capitalised one too "
         "(`Rovers boss:`, a tabloid's `Soap star:`, `Tragic mum:`: lexicon ROLE_WORDS, SPEAKER_NOUNS); not a rubric, in "
         "any case (`Review:`, `Update:`: lexicon NOT_SPEAKER_LABELS), as for `label-name` and `colon-clause`; or a "
         "vox pop's label opening the line (a list's number or bullet aside): a name of two words or more, in capitals "
         "too, with an age or a description set off by commas (`Ann Ruiz, 34, a nurse:`, `TOM VALE, 61, BAKER:`: a noun "
         "phrase whose head is a noun for a person, or a place's name), the name alone speaking.", colon_name,
         (Example('Frank Newport: "The numbers have not moved in a year."', "The numbers have not moved in a year.",
                  "Frank Newport"),
          Example("Soap star: 'I was bullied for years'", "I was bullied for years", "Soap star"),
          Example('We asked shoppers about the new car park.\n\nAnn Ruiz, 34, a nurse: "It costs far too much."',
                  "It costs far too much.", "Ann Ruiz"),
          Example('Here is what people are saying:\nTOM VALE, 61, RETIRED BAKER: "Nobody asked us."',
                  "Nobody asked us.", "TOM VALE"),
          Example("Rovers boss: 'We let the fans down'\n\nThe manager was furious.", "We let the fans down",
                  "Rovers boss"),
          Example('Rep. Jane Doe (D-Ohio): "I have not seen that figure before today."',
                  "I have not seen that figure before today.", "Rep. Jane Doe (D-Ohio)"),
          Example('Reactions poured in.\n\u2022 Tom Briggs: "We will rebuild the pier."',
                  "We will rebuild the pier.", "Tom Briggs"))),
    Rule("source-line", "link", "`From the report: \"...\"`, `More from Jane Doe:`, `Here's Ruiz in 2004:`: the "
         "source a line with no verb names before the quotation's colon (its owner: `From Ruiz's blog:`); a name "
         "and the topic it speaks on (`Hart... on the deal:`, `Sen. Jo Hart, on the vote:`).", source_line,
         (Example('From the annual survey: "Most families now spend more on rent than on food."',
                  "Most families now spend more on rent than on food.", "the annual survey"),
          Example('Rents kept rising all year - More from Jane Doe:\n"Nobody in the city can keep up with it."',
                  "Nobody in the city can keep up with it.", "Jane Doe"),
          Example('Here is Ruiz in March 2004: "Our party must change or it will lose."',
                  "Our party must change or it will lose.", "Ruiz"),
          Example("From Ruiz's blog post: \"Our party must change or it will lose.\"",
                  "Our party must change or it will lose.", "Ruiz's"),
          Example('Hart... on the deal: "This is a bad bargain for workers."', "This is a bad bargain for workers.",
                  "Hart"))),
    Rule("verdict-of", "link", "`\"It is the best team I have managed.\" That was the verdict of Tom Reid after "
         "the win.`: a quotation closing its sentence, then (after a dash, or in the next sentence of its paragraph) "
         "`that was the verdict of`, `this was the message from` ... (a noun of an answer): the noun phrase after "
         "`of` or `from` speaks it.", verdict_of,
         (Example('"It is the best squad I have ever managed." That was the verdict of Rovers boss Tom Reid after '
                  'the win.', "It is the best squad I have ever managed.", "Rovers boss Tom Reid"),)),
    Rule("how-told", "link", "`\"I heard a bang.\" That is how Ann Ruiz, 62, remembers the night.`, `That's how the "
         "mayor put it.`, `So says Ann Ruiz.`: a quotation closing its sentence, then (after a dash, in the next "
         "sentence of its paragraph, or opening the next paragraph after a quotation that is all of its own, as a "
         "feature opens) `That is how`, a noun phrase and a verb of telling how it was (lexicon HOW_TOLD_FORMS; not "
         "`That is how the fire started`), or `So says` and a noun phrase: the noun phrase speaks (to its first "
         "comma: an age set off after the name is no part of it).", how_told,
         (Example('"I heard a bang, and then the whole sky turned orange."\n\nThat is how Ann Ruiz, 62, remembers '
                  'the night the fire reached her ranch.', "I heard a bang, and then the whole sky turned orange.",
                  "Ann Ruiz"),
          Example('"It sounded like a freight train." That\'s how one farmer described the storm.',
                  "It sounded like a freight train.", "one farmer"),
          Example('"We just kept bailing water."\n\nSo says Joe Kim, whose bakery sat under four feet of water.',
                  "We just kept bailing water.", "Joe Kim"))),
    Rule("owned-reply", "link", "`Her response: \"...\"`, `The minister's reply to the critics:`: a line with "
         "no verb naming a possessive owner and a noun of an answer (`response`, `reply`, `verdict` ...) before the "
         "quotation's colon gives the quotation to the owner; so does one whose only verb is a finite `be` right "
         "before the colon (`Her response was: \"...\"`: the quotation is what the reply was; not `Her reply was "
         "simple:`).", owned_reply,
         (Example('Her response: "I have nothing to hide."', "I have nothing to hide.", "Her"),
          Example('The mayor wrote back an hour later. Her response was: "Is the bridge in Ohio or Kentucky?"',
                  "Is the bridge in Ohio or Kentucky?", "Her"),
          Example('"We lost," Tom Lee said.\n\nHis reply to the critics: "Not true."', "Not true.", "His"),
          Example("The harbour master's blunt reply to the critics:\n\n\"The boats stay in until the storm "
                  "passes.\"", "The boats stay in until the storm passes.", "The harbour master's"))),
    Rule("surface-cue", "link", "`\"...,\" says Kerry.` read off the words when the tagger missed the verb: "
         "the quotation hands over with its comma (or ?, !) to a noun phrase (a role word before a name too: "
         "`fisherman Tom Vale mutters`) and the verb (no cue form after `the`, `her`, nor the `-ing` form of a cue "
         "that reports only with a `that` clause: `he sees her as sharing this trait`; "
         "`the email read`; none for a quotation within a relative clause set off before the verb: `Ruiz, who "
         "starred in \"Night Owls,\" posted ...`, nor for a noun of wording opening the noun phrase, which describes the "
         "quotation's words: `\"...,\" a term critics dispute`, lexicon WORDING_NOUNS); a verb before its speaker (`'...,' vows Rovers boss`) names no "
         "event a headline's word opens after the speaker (`after cup exit`, `amid row`: lexicon HEADLINE_EVENT_WORDS) "
         "in it.", surface_cue,
         (Example('"It is over now," the tired old man mutters.', "It is over now,", "the tired old man"),
          Example("'We will be back,' vows Rovers boss after cup exit\n\nHarbour Rovers lost 3-0 on Saturday.",
                  "We will be back,", "Rovers boss"),
          Example('"It is over now," fisherman Tom Vale mutters.', "It is over now,", "fisherman Tom Vale"),
          Example('"Closed until further notice," the sign on the door read.', "Closed until further notice,",
                  "the sign on the door"),
          Example('"Friends, the time to act is now," the email read.', "Friends, the time to act is now,",
                  "the email"))),
    Rule("past-tag", "link", "`\"...,\" Hannity persisted.`, `\"...!\" beamed Tom Baker`: as `surface-cue`, with any "
         "past-tense verb closing the tag after its noun phrase or opening it before one (a form not in -ed that "
         "takes up or breaks into speech, lexicon TURN_PAST_FORMS, only closing the tag: `Vale began.`, `Lee cut in.`; "
         "so too a form of thinking, lexicon THOUGHT_TAG_FORMS, whose quotation is inner speech, the thinker's: "
         "`he thought.`, `she thinks.`; "
         "a quotation broken off by a dash hands over to its tag as one closing on a comma does; the verb may close "
         "its clause at a comma before a participle: `the coach shrugged, shaking his head`; a particle of answering, "
         "lexicon ANSWER_PARTICLES, is the verb's own: `the crowd roared back.`; a verb opening the tag may have a role "
         "in lower case before the name after it, `sobbed mum Tina`, `beamed proud dad Kevin`; an age, a description "
         "`a` or `an` opens, a relative clause, or after a name any description in lower case, set off by a comma, is "
         "no part of the speaker: `beamed Tom Baker, 38`, `Tom Baker, 38, beamed`, `sobbed Tina, from Hull`); not a "
         "gesture making no sound closing its sentence after a noun phrase (lexicon SILENT_GESTURE_PASTS: `Moss "
         "shrugged.`) after a quotation closing on `?` or `!` that a quote-free sentence naming another who may speak "
         "opens (`Lee leaned forward. \"Do you trust him?\" Moss shrugged.`): that one asked, and the gesture is "
         "the other's answer (`narrator-subject`).", past_tag,
         (Example('"Would it be open to talks on the border?" the host persisted.',
                  "Would it be open to talks on the border?", "the host"),
          Example('"This is the best day of my life!" beamed Tom Baker of Dayton.',
                  "This is the best day of my life!", "Tom Baker of Dayton"),
          Example('Then came the loudest cheer of the night: "About time, too," beamed the host.',
                  "About time, too,", "the host"),
          Example("'We did it,' beamed mum Tina, 29, from Hull.", "We did it,", "mum Tina"),
          Example("'It was a total shambles,' glowered Kevin Hart, 38.", "It was a total shambles,", "Kevin Hart"),
          Example('"We were going to--" the driver began.', "We were going to--", "the driver"),
          Example('"Not so fast," her brother cut in.', "Not so fast,", "her brother"),
          Example('"Were the police told?" she wondered.\n\n"The plan is dead," Tom Hale thought.',
                  "The plan is dead,", "Tom Hale"),
          Example('"We will see," the coach shrugged, shaking his head.', "We will see,", "the coach"),
          Example('"Who built this town?" the mayor asked. "We did!" the crowd roared back.', "We did!",
                  "the crowd"))),
    Rule("present-tag", "link", "`\"We were kids,\" he remembers.`, `\"...,\" she laughs.`: as `past-tag`, with "
         "a present form of a verb of memory or manner (`remembers`, `reflects`, `laughs`, `sings`: a song's words "
         "are its singer's) that no cue list holds "
         "(the tag read past the period of a title or an initial, as for `surface-cue` and `past-tag`: "
         "`Ms. Lane remembers.`); or a present form of taking up speech, or of a text's opening or close, closing "
         "the tag right after the quotation (`she begins.`, `\"Dearest Ann,\" the letter begins.`, `the note ends.`; "
         "lexicon TURN_PRESENT_FORMS; not `the season begins in May`).",
         present_tag,
         (Example('"We were kids then," the old fisherman remembers.', "We were kids then,", "the old fisherman"),
          Example('"Dearest Ruth," the faded letter begins.', "Dearest Ruth,", "the faded letter"),
          Example('"It was my first real job," Ms. Lane remembers. "I was seventeen."',
                  "It was my first real job, I was seventeen.", "Ms. Lane"),
          Example('"I built a house out of the things you said," she sings on the title track, "and watched it '
                  'fall."', "I built a house out of the things you said, and watched it fall.", "she"))),
    Rule("inscription", "link", "`One sign read \"...\"`, `a cap reading, \"...\"`: `read` running into the "
         "quotation right after a noun of a thing that bears words (a sign, a banner, a message, a statement; "
         "with whose it is: `A statement from the board read:`) gives that thing's words (a text someone "
         "sends, with an owner: the owner's, `Her tweet read:`): its noun phrase speaks (not after `that` or `which`: `held a sign that read \"...\"`; "
         "a bare plural after the clause's verb alone: `the crowd held up signs reading \"...\"`, where the parse "
         "hangs the words before the noun elsewhere or, unparsed, a preposition, a verb's particle or a past with no "
         "`-ed` (`IRREGULAR_PASTS`: `The students wore shirts reading \"...\"`) stands there, "
         "or no determiner opens the words before it: `Supporters held signs reading \"...\"`, or a past of carrying "
         "stands between: `Some carried signs reading \"...\"`, `CARRYING_PASTS`); a noun of such a thing with a "
         "phrase modifying it up to `read` (a preposition's, or a past participle's with one) speaks with that phrase "
         "(`A sign taped to the door read \"...\"`); a quotation "
         "`and` or `or` joins right after it is the thing's words too, one mixed quote over both "
         "(`signs reading \"A\" and \"B\"`).",
         inscription,
         (Example('Outside the hall one banner read "Keep the ferry running" in large red letters.',
                  "Keep the ferry running", "one banner"),
          Example('Lee wore a red campaign hat reading, "Farmers First" at the fair on Monday.', "Farmers First",
                  "a red campaign hat"),
          Example('A statement from the harbour board read: "We are sorry for the delays."',
                  "We are sorry for the delays.", "A statement from the harbour board"),
          Example('The mayor\'s statement read: "We are sorry for the delays."', "We are sorry for the delays.",
                  "The mayor's"),
          Example('Fans in the crowd held up signs reading "Thank You, Coach."', "Thank You, Coach.", "signs"),
          Example('Supporters held signs reading "Ruiz for Mayor."', "Ruiz for Mayor.", "signs"),
          Example('Marchers carried signs reading "We are one" and "End the war."',
                  '"We are one" and "End the war."', "signs"),
          Example('Some carried signs reading "Save the pool."', "Save the pool.", "signs"),
          Example('A sign taped to the gym door read "Closed until Monday."', "Closed until Monday.",
                  "A sign taped to the gym door"))),
    Rule("in-words", "link", "`in Bolton's view`, `in her words`, `in the words of X` in the quotation's sentence: "
         "whose words or view it gives (X runs on past a possessive's apostrophe: `the city's chief planner`); "
         "`to borrow a line from X`, `borrowing a phrase from X` (lexicon BORROWED_WORDING_NOUNS): whose words it "
         "borrows.", in_words,
         (Example('"We have no strategy at all," in Ruiz\'s view.', "We have no strategy at all,", "Ruiz's"),
          Example('The city is, in the words of one aide, "the best place to start."', "the best place to start.",
                  "one aide"),
          Example('In the words of the city\'s chief planner, "This road was built for horses."',
                  "This road was built for horses.", "the city's chief planner"),
          Example('To borrow a line from Mark Twain, "the reports of my death are greatly exaggerated."',
                  "the reports of my death are greatly exaggerated.", "Mark Twain"))),
    Rule("bare-fragment", "link", "A short uncued phrase within a sentence that no verb gives a speaker: "
         "a term, dropped (not the part of an utterance that narration set off by dashes breaks: `Hall said, "
         "\"but\" -- he paused -- \"we will be back.\"`; nor words chanted, the `of` phrase of a noun of words given out "
         "aloud, lexicon CHANT_NOUNS: `erupted in chants of \"Four more years!\" as Vale spoke`, unless a passive verb "
         "holds the noun, its subject the one who hears them: `was met with chants of \"...\"`).", bare_fragment,
         (Example('"We will keep growing," the manager said.\n\nThe fund was known for its "strong and steady returns" '
                  'in the past.', "strong and steady returns",
                  kept=False),)),
    Rule("label-name", "link", "`Name: ... \"...\"`: a name and colon opening the paragraph label who speaks "
         "there (headlines, transcripts); a quotation that runs past the sentence (else `colon-clause`).", label_name,
         (Example('Maria Lopez: Budget deal is "the best we could get. The town needs the money."',
                  "the best we could get. The town needs the money.", "Maria Lopez"),)),
    Rule("colon-subject", "link", "The subject of the clause whose colon introduces the quotation "
         "(`She went on: \"...\"`; not a rubric's: `Why it matters:`, lexicon NOT_SPEAKER_LABELS), or of a copular one that names someone who may speak "
         "(`The board was firm:`, not `The answer was simple:`); for a sentence that is only a noun phrase naming "
         "a text or speech, with its owner (`The campaign's statement in full:`, `The full statement from the "
         "mayor:`), that owner, read as `inscription` reads `Her tweet read:`; with no owner (`The full statement:`), "
         "the subject of the sentence right before whose verb has that text for its object (`The ferry company issued "
         "a statement.`), else no one: a written text (`statement`, `letter`, lexicon AUTHORED_TEXTS; not `The answer:`) "
         "is still someone's words, kept with no speaker named; so is a quotation whose subject's phrase closes on a "
         "noun of a name or title (`The show's title comes from her diary: \"...\"`: lexicon NAMING_NOUNS; a title "
         "says nothing).", colon_subject,
         (Example('Clinton then addressed the crowd: "We will never stop fighting for you."',
                  "We will never stop fighting for you.", "Clinton"),
          Example('The board was firm in its ruling: "No further appeals will be heard."',
                  "No further appeals will be heard.", "The board"),
          Example('The campaign\'s statement in full:\n\n"Senator Hale has ended his campaign. He thanks his '
                  'supporters."', "Senator Hale has ended his campaign. He thanks his supporters.",
                  "The campaign's"),
          Example('Deputy Harbour Master Ines Vidal gave a short warning: "Keep the boats in port tonight."',
                  "Keep the boats in port tonight.", "Deputy Harbour Master Ines Vidal", parse=example_parse("split-title")),
          Example('The ferry company issued a statement on Sunday.\n\nThe full statement:\n\n"Our thoughts are with '
                  'the crew and their families."', "Our thoughts are with the crew and their families.",
                  "The ferry company"),
          Example('The full statement:\n\n"Our thoughts are with the crew and their families."',
                  "Our thoughts are with the crew and their families.", None)),
         parse="colon"),
    Rule("asked-listener", "link", "A quotation opening its sentence with no cue, right after a quote-free "
         "sentence of its paragraph (or opening its paragraph after a paragraph of narration closing on one) that "
         "reports a question put to someone: `ask` (or a verb of questioning, lexicon QUESTIONING_VERBS) with a "
         "listener after it and a clause a question word opens (one that opens no relative clause on a noun), or "
         "a topic, right after the listener (`whether`, `what`, `about`: lexicon PLAIN_QUESTION_OPENERS, "
         "QUESTION_TOPIC_PREPOSITIONS; not `asked residents to save "
         "water`, a request the asker goes on with): the one asked answers (one who may speak, not a group; "
         "the writer too: `asked me`).", asked_listener,
         (Example('I asked her what had changed. "The water is warmer."', "The water is warmer.", "her"),
          Example('We asked the mayor whether the plant would close.\n\n"Not while I am in office."',
                  "Not while I am in office.", "the mayor"),
          Example('The moderator asked Lee about the plant. "It stays open."', "It stays open.", "Lee"))),
    Rule("other-party", "link", "A quotation opening its sentence with no cue, whose narration sentence before would "
         "give it to its subject (`narrator-subject`), when the quotation right after it, back to back, is tagged as "
         "that one's: two quotations back to back are two turns, so the first is the other party's, the one person "
         "the narration sentence names besides; else kept with no speaker named.", other_party,
         (Example('The driver took Ruiz to the hall. "Is this the place?" "Yes," said the driver.',
                  "Is this the place?", "Ruiz"),
          Example('The driver stopped at the hall. "Is this the place?" "Yes," the driver said.',
                  "Is this the place?", None))),
    Rule("narrator-subject", "link", "The subject of the quote-free sentence just before, in its paragraph (of "
         "its main clause, past a bare participle of asking that opens it: `Asked about it, Marsh shrugged.`; a "
         "feature's present of manner closing it is its verb, read from the words: `Dusk shrugs.`, lexicon "
         "`PRESENT_TAG_FORMS`), "
         "unless it is a thing of the scene, which speaks not (`The door opened.`: lexicon `SCENE_THINGS`), or the "
         "quotation opens by addressing it by its office (`The coach spoke to reporters. \"Coach, what went "
         "wrong?\"`: lexicon ADDRESS_TITLES; put to the coach, not said); after a sentence that is a question and "
         "a silent gesture answering it (as `past-tag` leaves it: `Lee leaned forward. \"Do you trust him?\" Moss "
         "shrugged. \"Not really.\"`), the one who gestured.",
         narrator_subject,
         (Example('The crowd cheered. "And we will win big."', "And we will win big.", "The crowd"),
          Example('Lee leaned forward. "Do you trust him?" Moss shrugged. "Not really."', "Do you trust him?", "Lee"),
          Example('Lee leaned forward. "Do you trust him?" Moss shrugged. "Not really."', "Not really.", "Moss"),
          Example('Asked about the feud, Dusk shrugs. "There is no beef."', "There is no beef.", "Dusk"),
          Example('Asked whether his side could still win the league, Marsh shrugged. "Anything can happen."',
                  "Anything can happen.", "Marsh")),
         parse="before-quote"),
    Rule("described-narrator", "link", "The one the quote-free sentence just before, in its paragraph, describes "
         "with `be` and a word of how someone speaks (`Okafor was blunt.`, `Ann Doyle was unimpressed.`: lexicon "
         "`SPEAKING_MANNERS`; its copular subject, or the subject the parse made passive), when that one may speak; "
         "past a bare participle of asking opening the sentence (`Asked about it, Weiss was blunt.`).",
         described_narrator,
         (Example('Coach Dan Okafor was blunt. "The players let us down today."', "The players let us down today.",
                  "Coach Dan Okafor"),
          Example('Asked about the result, Anna Weiss was blunt. "The players let us down."',
                  "The players let us down.", "Anna Weiss"),
          Example('Asked when the bridge might be ready, Ann Vale was cautious. "Not before spring."',
                  "Not before spring.", "Ann Vale", parse=example_parse("asked-then-described"))),
         parse="before-quote"),
    Rule("narrator-paragraph", "link", "A quotation opening its paragraph and closing its sentence, after a "
         "paragraph that quotes nothing: the subject that paragraph ends on, when it may speak (`_may_speak`); so too "
         "after a paragraph that quoted someone, when a quote-free sentence closes it whose verb answers another's "
         "words (lexicon `announces_reply`: `Ruiz disagreed.`, `Ruiz was unconvinced.`; not `Dent left.`); a noun of "
         "one's relation to another may speak (`Her rival shot back.`, lexicon RELATION_NOUNS), its tag aside; "
         "after a paragraph closing on a question in no marks (an interview in print: the interviewer's "
         "question), not the question's subject but the one the narration paragraph before the question "
         "introduces, else no one here (the answer may float from the answer before).",
         narrator_paragraph,
         (Example('The council met late on Friday.\n\n"We offer our deepest apology to the family."',
                  "We offer our deepest apology to the family.", "The council"),
          Example('"The plan is sound," Lee said. Ruiz also disagreed.\n\n"We have heard that before."',
                  "We have heard that before.", "Ruiz"),
          Example('The mayor said the budget was balanced.\n\nHer rival shot back.\n\n"The numbers do not add up."',
                  "The numbers do not add up.", "Her rival"),
          Example('The senator sat down with us on Friday.\n\nWhat made you change your mind?\n\n"The farmers did."',
                  "The farmers did.", "The senator")),
         parse="before-paragraph-quote"),
    Rule("asked-answer", "link", "A paragraph that is one closed quotation, right after a paragraph ending on "
         "a question whose tag puts it to one person (`\"...?\" the detective asked Jones.`, or to the writer: "
         "`asked me`): the one asked answers.", asked_answer,
         (Example('"Where were you last night?" the detective asked Jones.\n\n"At home."', "At home.", "Jones"),
          Example('"Will the bridge open in May?" Ruiz asked him.\n\n"Not before June."', "Not before June.",
                  "him"),
          Example('"What do you want?" she asked the boy.\n\n"Nothing."', "Nothing.", "the boy"),
          Example('"Are you from the paper?" the guard asked me.\n\n"Yes, I am."', "Yes, I am.", "me"))),
    Rule("entering-answer", "link", "A paragraph that is one closed quotation, right after a paragraph ending on a "
         "quotation and its tag, where the tag goes on into a clause of time in which someone comes in (`\"...,\" she "
         "says when her nephew comes through the door.`: lexicon ENTERING_VERBS): the one who came in answers (a "
         "noun that may speak, no pronoun, no group); a tag that brings in no one leaves the speaker going on.",
         entering_answer,
         (Example('"You\'re late," she says when her nephew comes through the back door.\n\n"The bus broke down."',
                  "The bus broke down.", "her nephew"),
          Example('"Dinner is ready," Ana Ruiz said as her son walked in from the yard.\n\n"I already ate."',
                  "I already ate.", "her son"))),
    Rule("acted-after", "link", "A quotation that is its sentence, with no quotation before it in its paragraph "
         "or the one before, then a sentence of its paragraph opening with a phrase of acting right after speaking "
         "(`With that,`, `At that,`: lexicon AFTER_SPEAKING_OPENERS) whose subject, right after the phrase, may "
         "speak: that one said it.", acted_after,
         (Example('"We are done." With that, she left the room.', "We are done.", "she"),
          Example('The hearing ran late.\n\n"I have nothing more to say." At that, Judge Ana Ruiz rose.',
                  "I have nothing more to say.", "Judge Ana Ruiz"))),
    Rule("sentence-subject", "link", "The subject of the verb governing the quotation (of the clause that "
         "holds it, for a verb in a complement clause), or the name opening its sentence; none where a rubric and "
         "its colon are all before the quotation (`Quote of the day: \"...\"`, `Pull quote:`: lexicon "
         "NOT_SPEAKER_LABELS), nor where the opening name only modifies the lower-case noun its colon closes "
         "(`Key line: \"...\"`, `Campaign memo:`); a subject's phrase closing on a noun of a name or title "
         "(lexicon NAMING_NOUNS: `Its title comes from a hymn, \"...\"`) keeps the words with no speaker named.",
         sentence_subject,
         (Example('Varnell thanked its volunteers "for their patience in my absence."',
                  "for their patience in my absence.", "Varnell"),
          Example('In the slump, Ryan worried that the aid was becoming "a soft bed for the idle and the comfortable."',
                  "a soft bed for the idle and the comfortable.", "Ryan"),
          Example('In her speech the mayor spoke of "a town that can stand on its own feet again" after years of '
                  'debt, and she told reporters that the work would start in May.',
                  "a town that can stand on its own feet again", "the mayor"),
          # `released` restricts `Photos` (no cue: `cue-verb`); the clause's verb `show` is no cue either (photos
          # are no records: `evidence-shows`)
          Example('Photos released by the agency show that "the river has burst its banks."',
                  "the river has burst its banks.", "Photos released by the agency")),
         parse="quote-within"),
    Rule("single-marked", "link", "A quotation in single marks that nothing else links, in a text that quotes "
         "in double marks: a headline's words or a heading, not a quotation, dropped; not one opening the "
         "sentence after a tag sentence whose quotation is in single marks too (`'...,' said X. '...'`), nor "
         "one opening the next paragraph after such a tag sentence whose words close a sentence (`'...,' she "
         "said.` / `'We will win.'`): more of that quotation.", single_marked,
         (Example("\"We are ready,\" the mayor said. The crews stayed home.\n\n"
                  "'A long night' for the harbour fleet as storms close in.\n\n\"The boats stay in,\" the "
                  "harbour master said.", "A long night", kept=False),)),
    Rule("quote-label", "link", "A quotation right after the colon of a label that presents it as a quotation "
         "(`Quote du jour:`, `Quotable:`, `Overheard:`: lexicon QUOTE_LABELS) opening its line, that nothing above "
         "links (a signature after it names its speaker): someone's words, with no one named; kept with no "
         "speaker, none it floats to.", quote_label,
         (Example('The council met on Monday.\n\nQuote du jour: "We will not be bullied by anyone."',
                  "We will not be bullied by anyone.", None),
          Example('Ruiz spoke first.\n\nOverheard: "Nobody reads the minutes anyway."',
                  "Nobody reads the minutes anyway.", None))),
    Rule("uncued", "link", "Nothing links it: a direct quote with no speaker yet (it may float; if it floats "
         "from no quote, `unclaimed` drops it).", uncued,
         (Example('"We are close to a deal," Kerry said.\n\nThe talks then paused for the night.\n\n'
                  '"There is too much at stake for everyone in the region."',
                  "There is too much at stake for everyone in the region.", "Kerry"),)),
))

FILTERS = Table("filter", doc="Checks on a linked direct quote; a rule that answers drops it (one answering `nobody` "
                "keeps it with no speaker).", rules=(
    Rule("scare-quote", "filter", "A short quoted term, or a title inside a sentence, not joined to its "
         "cue by the parse nor set off for it as a whole utterance (`\"Safety,\" said Grimm`, past a verb of telling's "
         "listener too: `telling fans: \"Point made.\"`), nor opening an utterance broken by narration set off by a "
         "pair of dashes, its rest quoted right after (`\"We lost\" -- he paused -- \"everything.\"`, after a tag's comma "
         "too: `Hall said, \"and yet\" -- he paused -- \"...\"`), nor the rest of an utterance a tag splits, quoted "
         "after the tag's comma and closing the sentence (`\"We will win,\" she began, \"eventually.\"`), nor "
         "a translation of the words quoted before it (`, which translates as \"no\"`: link rule `translation`), nor "
         "words beside their translation in brackets, either way round (`\"Tuko tayari\" (\"We are ready\"), the crowd "
         "shouted`: one of the two in English, `bracketed_gloss`); with no cue "
         "word at all, a title-cased quotation after the sentence's words; joined or not, a short term right before "
         "the noun it modifies (`blasts 'woke' council`: a label); never the `of` phrase of a noun of words given out aloud "
         "(`chants of \"USA! USA!\"`: lexicon CHANT_NOUNS).", scare_quote,
         (Example('The mayor read "Gone Girl" in a day and said the film was good.', "Gone Girl", kept=False),
          Example("Tory MP blasts 'woke' council", "woke", kept=False),
          Example('"We read every letter," Ruiz said.\n\nShe co-hosts the weekly radio hour '
                  '"Not Much Has Changed Here."', "Not Much Has Changed Here.",
                  kept=False))),
    Rule("glossed-term", "filter", "A quotation right after a language's name or a word of glossing and `for` "
         "(`Latin for \"...\"`, `shorthand for \"...\"`: lexicon LANGUAGE_NAMES, GLOSS_WORDS) gives what a term "
         "means, in the writer's words: nobody's quote.", glossed_term,
         (Example('He ended the post with "Carpe diem," Latin for "seize the day."', "seize the day.", kept=False),
          Example('She signed every letter "WWJD," shorthand for "What would Jesus do?"', "What would Jesus do?",
                  kept=False))),
    Rule("agentless-term", "filter", "A quoted term of two words at most inside a noun phrase (`a`, `an` or `the` "
         "right before it) or right after `of` that a passive cue with no one named who spoke takes (`were accused of a \"cover-up\"`, "
         "no subject, no `by`): a word marked as someone's with no one to give it to, not a quotation.",
         agentless_term,
         (Example("Ministers have been accused of a 'cover-up' over the hospital closures.", "cover-up",
                  kept=False),
          Example('Residents have been accused of "nimbyism" over the housing plan.', "nimbyism", kept=False))),
    Rule("nickname", "filter", "A quotation right after a noun naming a name, a comma between at most (`his "
         "old nickname, \"the old man of the bay\"`, `the pseudonym \"...\"`), gives it as words, not someone's words "
         "(nor a paraphrase: `wrote under the pseudonym \"...\"`); so does a title-cased one right after a verb "
         "of calling and a reflexive pronoun (`a group that calls itself \"Friends of the Pier\"`: the name it goes "
         "by; not `called himself \"very tired\"`, a verdict).",
         nickname,
         (Example('Her brother still calls the ferry captain by his old nickname, "the old man of the bay."',
                  "the old man of the bay.", kept=False),
          Example('For years the harbour master wrote letters under the pseudonym "the keeper of the light."',
                  "the keeper of the light.", kept=False),
          Example('Parents of the pupils, who call themselves "Friends of Ash Park," packed the hall.',
                  "Friends of Ash Park,", kept=False))),
    Rule("work-title", "filter", "A title-cased quotation right after a noun naming a work, a comma between at "
         "most (`her memoir, \"Long Days by the Harbour.\"`), or a noun of someone it credits and `of` (`the hosts of "
         "\"Good Evening Ohio\"`), is the work's title, not someone's words; so is one after a paper that bears a "
         "title (`The 1983 report, \"A Nation at Risk,\" warned ...`: lexicon WORK_NOUNS; the paper speaks).", work_title,
         (Example('Years later, the mayor wrote about it in her memoir, "Long Days by the Harbour."',
                  "Long Days by the Harbour.", kept=False),
          Example('In his first book, "A Town Without Bridges," the mayor said he grew up poor.',
                  "A Town Without Bridges,", kept=False),
          Example('The bridge will open in May, the mayor told the hosts of "Good Evening Ohio."',
                  "Good Evening Ohio.", kept=False),
          Example('The best advice comes from an old harbour classic, "Plain Talk at Sea," which urged readers to '
                  'keep it short.', "Plain Talk at Sea,", kept=False),
          Example('The 2009 report, "Rivers in Retreat," warned that the delta was sinking.', "Rivers in Retreat,",
                  kept=False))),
    Rule("pull-quote", "filter", "A pull quote: a quotation of four words or more (three, where a longer quotation "
         "holds them: a pull quote excerpts it) alone in its paragraph (but for a rubric setting it off: `Pull "
         "quote:`) that no "
         "cue links, whose words, in order, stand within quotation marks elsewhere in the text, repeats "
         "words quoted there, where they have their speaker (a reply repeating a question's words without its `?` "
         "echoes it: dialogue, no pull quote).", pull_quote,
         (Example('"Riders have carried enough. It is the city\'s turn," Mayor Ann Ruiz said.\n\nThe council votes on '
                  'the budget on Friday.\n\n"Riders have carried enough."\n\nThe vote is expected to be close.',
                  "Riders have carried enough.", kept=False),
          Example('Sheriff Tom Vale toured the levee on Monday.\n\n"The river will rise again by morning."\n\n'
                  '"The river will rise again by morning," the sheriff warned.', "The river will rise again by morning.",
                  kept=False),
          Example('The council voted to close the library.\n\n"It is a sad day for every family that used it," said '
                  'Ann Ruiz, the mayor.\n\nThe library opened in 1902.\n\n\u201cA sad day\u201d\n\nIt shuts in May.', "A sad day",
                  kept=False))),
    Rule("made-work", "filter", "A title-cased quotation of three words or more, not closing on `.`, `!` or `?` "
         "nor opening with a subject pronoun, "
         "right after a verb that makes a work (`wrote`, `penned`, `directed` ...: lexicon WORK_MAKING_FORMS), "
         "nothing between (`wrote: \"...\"` sets words off), is the work's title, not words the verb reports; so is "
         "one of any length right after a verb of performing, `the` between at most (`sang \"Amazing Grace,\"`, "
         "`recited the \"Hail Mary\"`: lexicon PERFORMING_FORMS): a hymn's, song's or prayer's title.",
         made_work,
         (Example('Ann Lee, who wrote "The Long Road Home," said she was thrilled by the prize.',
                  "The Long Road Home,", kept=False),
          Example('Mourners sang "Abide with Me," and the vicar said a prayer for the family.', "Abide with Me,",
                  kept=False))),
    Rule("title-modifier", "filter", "A title-cased quotation right before a noun of a work or of someone it "
         "credits (`\"Nights on Harbour Lane\" star Ann Ruiz`) modifies it, or one an apposition names a work "
         "(`\"Rivers and Roads of Home,\" a history of the valley`, `\"...\" is a cable drama`): a title, not someone's words.", title_modifier,
         (Example('"I loved it," Hale said.\n\nShe has seen it twice.\n\n"Nights on Harbour Lane" star Ann Ruiz '
                  'has a new film out this week.', "Nights on Harbour Lane",
                  kept=False),
          Example('She had one book in mind. "Rivers and Roads of Home," a history of the valley, sold out in May.',
                  "Rivers and Roads of Home,", kept=False),
          Example('Her mother loves it. "Nights on Harbour Lane" is a cable drama about a port town.',
                  "Nights on Harbour Lane", kept=False))),
    Rule("byline", "filter", "`\"The Road Home,\" by Jane Doe`: a quotation followed by `by` and a name is a "
         "work's title, not someone's words.", byline,
         (Example('"The Road Home," by Jane Doe, tells of a long walk across the hills.', "The Road Home,",
                  kept=False),)),
    Rule("display-line", "filter", "A quotation in single marks alone on its line, with no cue word, in a text that "
         "sets its quotations in double marks: a headline or subhead echoing the story (news style sets their "
         "quotations in single marks), not a quotation of its own; not one closing a sentence right after a tag "
         "sentence whose quotation is in single marks too (`'...,' she said.` / `'We will win.'`): more of it.",
         display_line,
         (Example('The mayor spoke for an hour about the harbour plan.\n\n\'A bridge for everyone.\'\n\n'
                  '"We will build it by June," she said.', "A bridge for everyone.", kept=False),)),
    Rule("defined-term", "filter", "`Acme Holdings, Inc. (\"Acme\" or the \"Company\") said`, `Global Energy "
         "Partners (\"GEP\")`: a capitalised term quoted in brackets after a name, the brackets holding besides it "
         "only `the`, `or`, `collectively` ... (lexicon DEFINITION_WORDS), or nothing else where the term is the "
         "name's own words or initials (not `Tom Vale (\"Big Tom\")`, a nickname): a short form a release or filing "
         "fixes for itself, nobody's words.", defined_term,
         (Example('Harbor Mills, Inc. ("Harbor") today announced that its board approved a dividend.',
                  "Harbor", kept=False),)),
    Rule("caps-line", "filter", "A quotation of two words or more alone on its line, every letter a capital, "
         "with no cue word: a subhead set in capitals, not a quotation of its own.", caps_line,
         (Example('The mayor will meet the new governor in May.\n\n"A DEAL AT LAST"\n\nBoth sides signed the '
                  'paper on Friday.', "A DEAL AT LAST", kept=False),)),
    Rule("venue", "filter", "A title in a phrase of place right after the cue (`said on \"Morning Joe.\"`), or "
         "a title-cased quotation a preposition of place takes (`Appearing on Channel 9's \"Morning Desk,\" Ruiz "
         "said`), or `to` with its owner (`a call to KTV's \"Good Evening Ohio\"`), or `told` with or without "
         "one, no comma or colon between (`told KTV's \"...\"`, `told \"Morning Desk\"`: the programme told).",
         venue,
         (Example('Kerry said in an interview on "Meet the Press."', "Meet the Press.", kept=False),
          Example('Appearing in "The Daily Ledger," the mayor said it was fine.', "The Daily Ledger,", kept=False),
          Example('The plan is dead, the governor said Tuesday on KTV\'s "Good Evening Ohio."', "Good Evening Ohio.",
                  kept=False),
          Example('Critics pounced. On KTV News\'s "Good Evening Ohio," Ruiz said the plan was dead.',
                  "Good Evening Ohio,", kept=False),
          Example('It was a lie, the mayor insisted later in a phone call to KTV\'s "Good Evening Ohio."',
                  "Good Evening Ohio.", kept=False),
          Example('The tax is fair, the governor told "Good Day Ohio."', "Good Day Ohio.", kept=False),
          Example('The bridge will open in May, the mayor told KTV\'s "Good Evening Ohio."',
                  "Good Evening Ohio.", kept=False),
          Example('The tax must go, the governor said on KTV\'s "Supper with Ann Ruiz."',
                  "Supper with Ann Ruiz.", kept=False))),
    Rule("saying", "filter", "A quotation whose speaker would be a saying no one owns, a phrase closing on a "
         "noun of a saying with no owner in it (`As the saying goes, \"...\"`, `An old proverb has it: "
         "\"...\"`: lexicon SAYING_NOUNS; not `Reagan's maxim`, `his maxim`, `the saying of my grandmother`, "
         "the owner's words): common wording, no one's quote.",
         saying,
         (Example('As the saying goes, "the road to hell is paved with good intentions."',
                  "the road to hell is paved with good intentions.", kept=False),
          Example('An old proverb has it: "A stitch in time saves nine."', "A stitch in time saves nine.",
                  kept=False),
          Example('The old adage says, "You get what you pay for."', "You get what you pay for.", kept=False))),
    Rule("name-given", "filter", "A title-cased quotation right after a participle or passive that gives a thing its name "
         "(`a group known as the \"...\"`, `a memo titled \"...\"`, `was named \"...\"`; `known` and `billed` "
         "through `as`), its verb with no active subject (`what critics called \"...\"` is theirs) and no `by` "
         "naming who gave it (`dubbed \"...\" by critics`), that no rule above drops: a name the thing bears, "
         "nobody's words; kept with no speaker (none from its cue, none it floats to).  A finite verb right after "
         "the closing mark, no comma between, makes the naming word a participle whatever its tag (`A paper "
         "called \"...\" reported`: the phrase is that verb's subject).",
         name_given,
         (Example('A ferry program known inside the port as "Clear Water," which critics say wastes money, will '
                  'end in May.', "Clear Water,", None),
          Example('A report by the river trust, titled "Low Water, High Stakes," said the dam was failing.',
                  "Low Water, High Stakes,", None),
          Example('A weekly paper called "The Harbour Voice" ran the story first.', "The Harbour Voice", None))),
))
