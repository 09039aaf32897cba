"""Stage `content`: the `CONTENTS` table and the helpers only this stage uses.

`CONTENTS`: What a cue verb reports: its content from the parse; the first rule that answers wins (a naming
verb reports none); content before the cue starts after any tag set within a split quotation there (`"A,"
said the coach, "and B," he added` reports B alone).

The table's rules and helpers in pipeline order, the table last: read top to bottom.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from ..lexicon import (CORRECTING_ADVERBS, EXAMPLE_ANNOUNCERS, PARTICIPLE_CONJUNCTIONS, PLURAL_MODIFIERS, TIME_CLAUSE_REPORTS, SET_OFF_RELATIVES, HEARING_NAME_NOUNS,
                       CLAIM_OBJECT_REPORTS, BROADCAST_OCCASIONS, ADJACENT_TOPIC_VERBS, TO_LISTENER_VERBS, TOLD_AUDIENCES,
                       KEPT_BACK_FORMS, RECIPROCAL_HEADS, UNSUPPORTED_WORDS, QUESTIONING_VERBS, QUESTION_TOPIC_PREPOSITIONS,
                       APPROXIMATING_PREPOSITIONS, AMOUNT_OPENERS, VALUING_REPORTS, SURNAME_PARTICLES,
                       COURT_OCCASION_NOUNS, CHARGE_VERBS, BARE_NOT_MESSAGES, CONDITIONAL_WARNINGS, WEEKDAYS,
                       OWNED_DEED_REPORTS, WITHDRAWN_OBJECTS, PROGRAMME_NOUNS, OUTLET_NAME_NOUNS, RELATIVE_PRONOUNS,
                       GROUP_NOUNS, ORGANISATION_WORDS, SPEAKER_NOUNS, CLAUSE_LISTENER_VERBS,
                       OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS, TOLD_THINGS, TOPIC_OBJECTS, TOPIC_PREPOSITIONS,
                       ANSWER_WORDS, BARE_QUESTION_WORDS, NEGATIONS, OCCASION_NOUNS, WITHHELD_IDENTITY,
                       PLURAL_AFTER_A, MEDIUM_PREPOSITIONS, COMPARING_OPENERS, COMPARING_WORDS,
                       EXPECTATION_WORDS, POSTING_PLATFORMS, POSTING_PLACES, NEGATING_SUFFIXES,
                       FRONTED_OPENERS, SUBORDINATE_OPENERS, QUOTING_VERBS, SIDE_CLAUSE_OPENERS,
                       CIRCUMSTANCE_OPENERS, LAST_OBJECT_REPORTS, NOUN_CUES, VERDICT_REPORTS,
                       COMMISSIVE_VERBS, DIRECTIVE_VERBS, GERUND_REPORTS,
                       RAISING_REPORTS, CLAIM_NOUNS, SAID_RITUALS, ANNOUNCED_PICKS, SIGNS, LISTENER_VERBS,
                       MARK_CHARS, NAMING_FORMS, PERSON_RELATIVES, SPEAKING_CONDITIONS, WITHHOLDING_VERBS,
                       CLAIMED_PRIZES, RECIPIENT_PROMISE_VERBS, PROMISED_THING_OPENERS, LIKELIHOOD_SUBJECTS, SPEAKING_TEXTS, CURRENCY_SIGNS, INVERTING_VERBS,
                       NOUN_REPORTS, GERUND_PREPOSITION_REPORTS, AS_ONLY_REPORTS, LINKED_ONLY_REPORTS,
                       SERVICE_RECORD_NOUNS, OBJECT_CUES, COURT_FINDING_CUES, PHRASE_PREPOSITIONS, POST_PLACE_PREPOSITIONS,
                       REPEATING_VERBS, PLACE_PREPOSITIONS, NOMINATIVE_PRONOUNS, BACK_REFERRING_OBJECTS,
                       PLAIN_QUESTION_OPENERS, PREPOSITION_REPORTS, QUANTIFIER_PRONOUNS, TOLD_PLURALS,
                       QUESTION_OPENERS, QUESTION_VERBS, REASON_SUBORDINATORS, REDUCED_CLAUSE_OPENERS,
                       ROLE_WORDS, SAY_VERBS, TELLING_OPENERS, TELLING_VERBS, TELL_FORMS, TIME_NOUNS,
                       TIME_OPENERS, SPAN_WORDS, TIME_SUBORDINATORS, ADVERBIAL_CLAUSE_OPENERS,
                       CUE_TIME_CLAUSE_OPENERS, HEDGE_ADJECTIVES, GENERIC_MODALS, ADMITTED_PEOPLE,
                       PHRASE_DETERMINERS, cue_lemmas, ORGANISATION_EPITHETS, OCCASION_SUBORDINATORS,
                       OCCASION_GERUNDS, SAID_WHERE_PREPOSITIONS, REPORTED_FRONTED_OPENERS,
                       SET_OFF_OBJECT_REPORTS, MEMBER_EXAMPLE_OPENERS,
                       phrasal_particles, EXPRESSING_VERBS, EXPRESSED_STANCE_NOUNS, BARE_NOUN_DENIALS,
                       WITHHELD_GRANTS, AMOUNT_PRONOUNS, INDEFINITE_ARTICLES, APOSTROPHE_S,
                       TIME_CLAUSE_PREPOSITIONS, LIST_CONJUNCTIONS, ARTICLES)
from ..entities import describe
from ..resolve import person_noun
from ..parse import FINITE_TAGS, OWNER_TAGS, PLURAL_NOUN_TAGS, Word, NOUN_UPOS, OBJECT_RELS, VERB_UPOS
from ..rules.registry import Example, Rule, Table, example_parse
from ..rules.text import source_word, title_case
from ..rules.tree import (Parsed, preposition, relative_pronoun, time_word, to_infinitive,
                          FIXED_PART_RELATIONS, phrase_head)
from .common import (_CLAUSAL, _CLAUSE_BREAKS, _COMPLEMENTIZERS, _CONTRASTS, _Content, _DASHES, _FINITE,
                     _compound_before_auxiliary,
                     _HEADLINE_VERBS, _NOMINAL, _NOTHING, _RELATIVE_STOPS, _RUN_WORDS, _SOURCE_LINKS,
                     _SUBJECTS, _VERB_GROUP_TAGS, _apposition_host, _as_clause, _raised_saying, _with_ing_phrase,
                     _aside_before, _aside_break, _bare_tail,
                     _bracket_label_end, _calendar_time, _capitalised, _claimed_deed, _clause_before,
                     _clause_without, _closing_inversion, _closing_run, _comma_before, _contrast_end,
                     _free_participle, _gerund_verb, _handed_over, _has_clause, _headline_line,
                     _infinitive_content, _ing_modifier, _inverted_aside, _is_cue_verb, _past_after_modal, _mark, _mark_between,
                     _mass_before_present, _name_after_comma, _noun_cue, _noun_phrase_end, _noun_phrase_word,
                     _opens_noun_phrase, _opens_participle_after_noun, _own_adverbial, _own_message_after,
                     _paper_kind, _passive_agent, _passive_cue, _past_after_subject, _past_then_phrase,
                     _phrasal_word, _possessive_before, _quantity_start, _quoting_participle,
                     _relative_aside, _report_joined, _run_before, _run_opener, _run_word, _set_off,
                     _set_off_tag, _span_noun, _speaking_noun, _subject_word, _summing_aside, _word_past_marks, _tag_phrase, _time_phrase_end,
                     _time_tail, _title_or_name, _topic_phrase, _unmarked_passive, _with_subject)
from .subjects import _NOUN_PHRASE_TAGS, _apposition_aside

_COMPARATIVES = frozenset({"more", "less", "fewer"})  # `more than a million people`: before `than`, a quantity
_AFTER_REPORT = frozenset({"obl", "obl:tmod", "obl:npmod", "advmod", "nmod:tmod"})  # `said on Tuesday`
_DESCRIPTION_OPENERS = INDEFINITE_ARTICLES  # `..., a move that ...`: a description set off after a noun
_ASIDE_OPENERS = frozenset({"who", "whom", "whose", "which", "where", "when"})  # a set-off relative clause (`, which ...`)


def _described_aside(s: Parsed, close: int) -> int | None:
    """The index of the comma opening a description with a relative clause of its own that the comma at
    `close` closes, set off after a noun (`Jane Doe, a nurse who said ...,`): a lower-case noun phrase
    (`a nurse`, `the former head of the board`) then `who`, `whom` or `which`, with no quotation
    between; else None."""
    opening = next((i for i in range(close - 1, 0, -1) if s.words[i].text in _CLAUSE_BREAKS), None)
    if opening is None or s.words[opening - 1].upos not in _NOMINAL or _mark_between(s, opening, close):
        return None
    k = opening + 1
    if k >= close or not s.words[k].text[:1].islower():
        return None
    while k < close and (_run_word(s, k) or _run_opener(s, k) or s.words[k].text.lower() in PHRASE_PREPOSITIONS):
        k += 1
    if k == opening + 1 or k >= close or not relative_pronoun(s.words[k].text) or s.words[k].text.lower() == "that":
        return None
    return opening


def _past_party_label(s: Parsed, i: int) -> int | None:
    """`Sen. Jo Hart (D-Ore.)`: where word `i` opens a party label in brackets right after a name
    (`_bracket_label_end`), the index after its closing bracket; else None."""
    if s.words[i].text != "(" or i < 1 or s.words[i - 1].upos != "PROPN":
        return None
    end = _bracket_label_end(s, i + 1)
    return end + 1 if end is not None and end < len(s.words) and s.words[end].text == ")" else None


def _headline_rest(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`City Paper Says Mayor Needs To Quit, Show Care For Flood Victims`: in a headline in title case,
    where capitals leave the tagger no verbs to find, the words after a verb of saying with its speaker
    before it, to the headline's end (three or more), are what was said."""
    words = s.words
    if verb.lemma not in _HEADLINE_VERBS or speaker is None or speaker.index > verb.index:
        return None
    alpha = [x.text for x in words if x.text[:1].isalpha()]
    if not title_case(alpha):
        return None
    after = list(words[verb.index + 1:])
    while after and after[-1].upos == "PUNCT":
        after.pop()
    if len(after) < 3 or not after[0].text[:1].isupper():
        return None
    return (after[0].start, after[-1].end), None


def _owned_noun_cue(s: Parsed, noun: Word) -> bool:
    """`his claim that ...`, `dismissed her claim that ...` (with `her` taken for an object), `the mayor's
    promise to ...`: a noun naming a saying (`NOUN_CUES`) with a possessive owner, however the parse hung the
    owner, right before the `that` or `to` opening what was said: the owner says the clause (`noun-cue`'s),
    not the verb that takes the noun as its object (not after a verb of saying again, lexicon REPEATING_VERBS:
    `he reiterated his claim that ...`, the subject's words; only where `noun-cue` reads the clause: `disputed the
    governor's claim that taxes rose` with `that` taken for a relative pronoun stays the verb's report)."""
    openers = NOUN_CUES.get(noun.text.lower())
    if openers is None or noun.index + 1 >= len(s.words) or s.words[noun.index + 1].text.lower() not in openers:
        return False
    if 0 <= noun.head < noun.index and s.words[noun.head].lemma in REPEATING_VERBS:
        return False  # `he reiterated his claim that ...`: the subject says it again, the verb's report
    return _noun_cue(0, s, noun) is not None


def _complements(s: Parsed, verb: Word) -> list[Word]:
    """The verb's reported clauses: clausal complements, a clause after `said:`, and a clause the
    parse hung otherwise that opens with `that`/`whether`/`if`; after the verb, no bare noun."""
    comps = [k for k in s.kids[verb.index] if k.deprel == "ccomp" or (
        k.deprel == "parataxis" and k.index > verb.index and any(p.text == ":" for p in s.words[verb.index:k.index]))]
    for k in s.kids[verb.index]:  # `boasted that ...` parsed as some other clause
        if k.index > verb.index and k.deprel not in ("ccomp", "parataxis") and _complementizer(s, k) is not None:
            comps.append(k)
    return [k for k in comps if k.index < verb.index or not _bare_noun(s, k) and not _listener_relative(
        s, verb, next(w for w in s.subtree(k) if w.upos != "PUNCT" or w.index == k.index))
        and not _opens_past_semicolon(s, verb, k)]


def _opens_past_semicolon(s: Parsed, verb: Word, clause: Word) -> bool:
    """`The plan will fail, the mayor said; the council disagreed`: a semicolon joins two sentences, so a clause
    opening past a semicolon after the cue is the next sentence's, never what the cue reports, however the
    parse hung it."""
    first = min((w.index for w in s.subtree(clause) if w.upos != "PUNCT"), default=clause.index)
    return any(w.text == ";" for w in s.words[verb.index + 1:first])


def _listener_relative(s: Parsed, verb: Word, first: Word) -> bool:
    """`Vale told Ruiz, who told the council that ...`: `who` or `which` after a comma that closes the words
    right after the verb (its listener: no verb among them) opens a relative clause set off after the
    listener, telling of the listener (who speaks its own report), never what the verb reports (an indirect
    question follows its verb with no comma: `asked who told the council`)."""
    return first.text.lower() in ("who", "which") and verb.index + 1 < first.index - 1 \
        and s.words[first.index - 1].text == "," \
        and not any(w.upos in VERB_UPOS or w.head == verb.index and w.deprel.startswith("nsubj")
                    for w in s.words[verb.index + 1:first.index - 1])  # `said Ann Ruiz, who ...`: the speaker's


def _expressed_stance(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`He expressed the hope that the talks would succeed`, `voiced deep concern that ...`: a verb of putting a
    stand into words (`EXPRESSING_VERBS`) whose object is a noun of a hope, belief or feeling
    (`EXPRESSED_STANCE_NOUNS`; its determiner, owner and adjectives before it), with `that` right after the
    noun opening a clause with a subject of its own: that clause is what the subject says, however the parse
    hung it (from the noun, as a relative clause would hang)."""
    words = s.words
    if verb.lemma not in EXPRESSING_VERBS or verb.upos != "VERB":
        return None
    i = verb.index + 1
    while i < len(words) and (words[i].upos in ("DET", "ADJ", "ADV") or words[i].xpos == "PRP$"):
        i += 1  # `the`, `his`, `deep`, `once again`
    if not (i + 2 < len(words) and words[i].text.lower() in EXPRESSED_STANCE_NOUNS and words[i].upos == "NOUN"
            and words[i + 1].text.lower() == "that" and words[i + 1].deprel == "mark"):
        return None
    mark = words[i + 1]
    clause = words[mark.head] if mark.head > mark.index else None
    if clause is None or s.subtree(clause)[0].index != mark.index \
            or not any(k.deprel in ("nsubj", "nsubj:pass", "expl") for k in s.kids[clause.index]):
        return None
    return (mark.start, min(s.span(clause)[1], _participle_cut(s, clause))), None


def _claim_object(s: Parsed, verb: Word,
                  speaker: Word | None) -> _Content | None:
    """`denied reports that he would resign`, `rejected the notion that the plan had failed`: a cue whose
    object (or its preposition's noun: `pleaded not guilty to charges that ...`) is a noun naming a
    claim (`CLAIM_NOUNS`) with the `that` of its clause right after it speaks
    of that claim, someone else's: the noun phrase with its clause (to a participle set off after it,
    `_participle_cut`), not the clause alone, however the parse hung the clause (not a claim with a
    possessive owner, `repeated his claim that ...`: the owner says the clause, `noun-cue`)."""
    obj = next((k for k in s.kids[verb.index] if k.deprel in ("obj", "obl") and k.index > verb.index
                and k.text.lower() in CLAIM_NOUNS), None)
    if obj is None or obj.index + 2 >= len(s.words) or any(k.deprel == "nmod:poss" for k in s.kids[obj.index]) \
            or _owned_noun_cue(s, obj):
        return None  # `repeated his claim that ...`, `dismissed her claim that ...`: an owner's claim is `noun-cue`'s
    case = frozenset(k.index for k in s.kids[obj.index] if k.deprel == "case" and k.index < obj.index)
    if any(s.words[c].text.lower() in MEDIUM_PREPOSITIONS for c in case):
        return None  # `said in a report that ...`: the paper the words stand in, not a claim spoken of
    mark = s.words[obj.index + 1]
    if mark.upos == "ADP" and mark.text.lower() in _CLAIM_SOURCE_LINKS:  # `a report in the Ledger that ...`
        mark = next((w for w in s.words[mark.index + 1:mark.index + 1 + _CLAIM_SOURCE_WORDS]
                     if w.text.lower() == "that" or w.upos in ("PUNCT", "VERB", "AUX", "ADP")), mark)
    if mark.text.lower() != "that" or mark.head <= mark.index:
        return None
    clause = s.words[mark.head]
    if mark.deprel != "mark":
        # `claims by critics that she had lied` with `that` taken for a relative pronoun on `critics`: past a
        # claim's source, `that` before a clause with a subject of its own opens the claim's clause
        if mark.index == obj.index + 1 or mark.deprel != "obj" or clause.head <= obj.index or clause.head >= mark.index \
                or not any(k.deprel == "nsubj" and k.index > mark.index for k in s.kids[clause.index]):
            return None
        return (s.span(obj, case)[0], min(s.span(clause)[1], _participle_cut(s, clause))), None
    if clause.head not in (obj.index, verb.index) or s.subtree(clause)[0].index != mark.index:
        return None
    return (s.span(obj, case)[0], min(s.span(clause)[1], _participle_cut(s, clause))), None


# `a report in the Ledger that ...`, `claims by critics that ...`, `allegations from rivals that ...`: the
# prepositions that name where a claim came from between its noun and its `that`, and that phrase's most words
_CLAIM_SOURCE_LINKS = frozenset({"in", "by", "from"})
_CLAIM_SOURCE_WORDS = 5


def _owned_saying_clause(s: Parsed, verb: Word, clause: Word) -> bool:
    """`Residents disputed his claim that the road was safe`: a clause whose `that` comes right after a noun
    naming a saying (`NOUN_CUES`) with a possessive owner after the verb (its object, or deeper: `blamed the press
    for making an issue of his claim that ...`) is what the owner said, however the parse hung it (`noun-cue`'s),
    not the verb's own report."""
    first = s.subtree(clause)[0]
    if first.index < 2 or first.text.lower() not in ("that", "to") or first.head != clause.index:
        return False
    noun = s.words[first.index - 1]  # (`blamed the press for making an issue of his claim that ...`: anywhere after the verb)
    return noun.index > verb.index and noun.text.lower() in NOUN_CUES and _owned_noun_cue(s, noun)


def _quoting_circumstance(s: Parsed, verb: Word) -> bool:
    """`"Thank you," Lee said as the heckler yelled: "You lie!"`: a clause of circumstance opened right after
    the cue (`as`, `while`: lexicon CIRCUMSTANCE_OPENERS), with a subject and then, within a few words, a verb
    of saying that introduces a quotation (the mark right after it, or after a comma or colon), tells when the
    cue's words were said and gives that verb's own words: no clause the cue reports, whatever the parse hung
    from it."""
    words, i = s.words, verb.index + 1
    if i + 2 >= len(words) or words[i].text.lower() not in CIRCUMSTANCE_OPENERS or not _subject_word(words[i + 1:]):
        return False
    for j in range(i + 2, min(i + 2 + _TIME_CLAUSE_WORDS, len(words) - 1)):
        if words[j].upos == "PUNCT":
            return False
        if _is_cue_verb(words[j]):
            k = j + 1 + (words[j + 1].text in (",", ":") and j + 2 < len(words))
            return words[k].xpos == "``"
    return False


def _complement_after(s: Parsed, verb: Word,
                      speaker: Word | None) -> _Content | None:
    """The first reported clause after the verb, as English puts it there.  It starts right after
    the verb (or its listener, `told reporters`): words the parse hung between them belong to it
    (`said the heat ... could last`), or at its `that`."""
    after = sorted((k for k in _complements(s, verb) if k.index > verb.index and not _free_participle(s, k)
                    and not _onward_participle_before(s, verb, k) and not _within_title_told(s, verb, k)),
                   key=lambda k: k.index)
    if after and (particle := _phrasal_word(s, verb)) is not None and any(
            _is_cue_verb(w) and any(k.deprel in _SUBJECTS for k in s.kids[w.index])
            for w in s.words[particle.index + 1:after[0].index]):
        return None  # `put it best when she wrote: "..."`: a cue of its own with its subject takes the words
    if after and _quoting_circumstance(s, verb):
        return None  # `said as the heckler yelled: "..."`: the quotation is the second cue's
    if not after and (that := _title_that(s, verb)) is not None and s.words[that].head > that:
        after = [s.words[s.words[that].head]]  # `said in "The Daily" podcast that ...`: hung from the title's words
    if not after or _owned_saying_clause(s, verb, after[0]):
        return None
    aside = after[0] if len(after) > 1 and _subject_participle_aside(s, after[0], after[1]) else None
    if aside is not None:
        after = after[1:]  # `told reporters that the bridge, built in 1920, was unsafe`: the clause's predicate
    start, end = s.span(after[0])
    start = _particle_within_start(s, verb, after[0], start)
    if aside is not None:
        start = min(start, s.span(aside)[0])
    end = _cue_word_within(s, verb, after[0], end)
    end = _occasion_cut(s, min(_trailing_adjuncts(s, verb, after[0], end), _participle_cut(s, after[0])))
    end = _citing_cut(s, start, end)
    end = _reason_after(s, end)
    end = max(end, _reported_conjunct(s, verb, after[0]), _fronted_main(s, verb, after[0], after[1:]),
              _predicate_that(s, verb, after[0]), _correction_after(s, start, end))
    end = min(end, _quotation_close(s, verb, end))
    own = [w for w in s.words[verb.index + 1:] if w.end <= end]
    kept = _aside_close(s, verb, own)
    if kept < len(own):
        end = own[kept - 1].end if kept else start
    if _listener_tagged_verb(s, verb, after[0]):  # `told reporters the plan would fail`, `reporters` taken for a verb
        told = [w for w in s.words[after[0].index + 1:] if w.end <= end]
        if not told or not (any(w.xpos in _FINITE for w in told) or _present_tagged_plural(told)):
            return None  # `told reporters the new rules`: a thing told, no clause
        return (told[0].start, end), None
    mark = _complementizer(s, after[0]) or (_complementizer(s, aside) if aside is not None else None)
    if (mark is None or mark.lemma != "that") and verb.lemma in QUESTION_VERBS:
        question = _question_after(s, verb, speaker)  # `asked if she thought X would win`: to its comma;
        # `Asked where the money would come from, ...`: a question word opening it, a stranded preposition its last
        if question is not None and question[0] is not None and question[0][0] == (start if mark is None else mark.start):
            beyond = next((w for w in s.words if w.start >= question[0][1] and w.text.strip(MARK_CHARS)), None)
            if beyond is not None and question[0][1] < end and beyond.text in _DASHES:
                end = s.words[beyond.index - 1].end  # `asked how she would define the "elite" - the term used by
                # Lee - ...`: a dash ends it (past a closing mark)
            elif mark is not None or all(w.upos == "ADP" for w in s.words if end < w.end <= question[0][1]):
                end = max(end, question[0][1])
    if mark is not None:  # `told WKDL's "Bright Early Show" that he ...`: the clause opens at its `that`
        return _past_listener(s, verb, after[0], (mark.start, _that_subject_run(s, verb, after[0], mark, end))), None
    if (opening := _told_where(s, verb, after[0])) is not None:
        return (opening.start, end), None
    if _told_then_clause(s, verb, after[0]):
        return (start, end), None
    if (opening := _gerund_listener(s, verb, after[0])) is not None:
        return (opening.start, end), None
    if (said := _quoting_participle(s, verb)) is not None and said.index < after[0].index:
        opening = next((w for w in s.words[said.index + 1:after[0].index + 1] if w.text not in (":", ",")), after[0])
        return (opening.start, end), None  # `quoted Ann Ruiz as saying: "..."`: what she said, not whom it quotes
    start = min(start, _after_verb(s, verb, start))
    first = next((w for w in s.words if w.start >= start), None)
    if first is not None and (clause_at := _told_after_time_clause(s, first.index, end)) is not None:
        start = s.words[clause_at].start  # `said once the vote ended they would appeal`: the clause of time is the cue's
    elif first is not None and _circumstance_tail(s, verb, first.index, end):
        return None  # `"...," one fan wrote online, while another added: "..."`: the writer's clause, no report
    if first is not None and (listener := _plural_listener_before_subject(s, verb, first)) is not None:
        start = s.words[listener.index + 1].start  # `told reporters polls show that ...`: `reporters` is the one told
    return _past_listener(s, verb, after[0], (start, end)), None


def _particle_within_start(s: Parsed, verb: Word, clause: Word, start: int) -> int:
    """`Lee told reporters the deal was off at a news conference`: a particle the parse hung from the cue
    (`tell off`) that stands inside the clause it reports, after that clause's own first words, is the clause's
    (`was off`: a predicate): a verb's particle comes right after it or its object, never within the clause
    it reports.  Where the clause's words open (its first word when such particles alone split the run
    `start` opens; else `start`)."""
    words = s.words
    sub = {w.index for w in s.subtree(clause)}
    first = min(sub)
    if words[first].start >= start or first <= verb.index:
        return start
    gap = [w for w in words[first:] if w.start < start and w.index not in sub]
    if gap and all(w.head == verb.index and w.deprel == "compound:prt" for w in gap):
        return words[first].start
    return start


def _plural_listener_before_subject(s: Parsed, verb: Word, first: Word) -> Word | None:
    """`She told reporters polls show that voters want change`: a lower-case plural noun right after a verb of
    telling (`CLAUSE_LISTENER_VERBS`), then a noun and a finite verb right after that noun: a plural does not
    modify the noun after it as a compound's first word does (`sports reporters`, `news outlets` are other
    forms), so it is the one told and the noun with its verb opens the clause told, however the parse joined
    the two nouns.  That plural, when the reported words open on it; else None."""
    i = verb.index + 1
    if verb.lemma not in CLAUSE_LISTENER_VERBS or first.index != i or i + 2 >= len(s.words):
        return None
    plural, subject, finite = s.words[i], s.words[i + 1], s.words[i + 2]
    if plural.xpos != "NNS" or not plural.text.islower() or plural.text.lower() in PLURAL_MODIFIERS:
        return None
    return plural if subject.upos == "NOUN" and finite.xpos in _FINITE else None


COMPARED_SUBJECT_REACH = 4  # the most words of a compared clause's subject between `than` and its cue


def _compared_ellipsis(s: Parsed, verb: Word,
                       speaker: Word | None) -> _Content | None:
    """`The firm earned more than analysts predicted it would`, `ran faster than experts said he could`: a cue in
    a clause of comparison, `than` right before its subject, whose words after it are a pronoun and auxiliaries
    alone (the verb phrase left out, as English leaves it out after `would`, `could`, `did`): the clause only
    measures the main clause's figure against a forecast, and the words give nothing said of their own: the cue
    reports nothing (`than aides say she deserves`, with a verb of its own, is a report)."""
    words = s.words
    than = next((j for j in range(verb.index - 1, max(verb.index - 2 - COMPARED_SUBJECT_REACH, -1), -1)
                 if words[j].text.lower() == "than"), None)
    if than is None or than == verb.index - 1 or any(
            w.upos in ("PUNCT", "VERB") or w.xpos in _FINITE and w.upos != "AUX" for w in words[than + 1:verb.index]):
        return None
    rest = []
    for w in words[verb.index + 1:]:
        if w.upos == "PUNCT":
            break
        rest.append(w)
    if not rest or rest[-1].upos not in ("AUX", "PART") or any(
            w.upos not in ("PRON", "AUX", "PART") for w in rest):
        return None
    return _NOTHING


def _anaphor_then_occasion(s: Parsed, verb: Word,
                           speaker: Word | None) -> _Content | None:
    """`The minister said this when the envoy called on her on Tuesday`, `said this after the cabinet met`: `this`
    right after a cue of saying, then a word opening a clause of time (lexicon TIME_SUBORDINATORS), points back to
    what was said before, and the clause after it tells when it was said, whatever the parse hung it from: the cue
    reports no words of its sentence (`said that when the envoy called, ...` opens a report with its `that`).  So
    does `this` standing alone as the object (lexicon BACK_REFERRING_OBJECTS), with only the sentence's end, a
    comma, or a phrase or clause of where or how it was said after it, a preposition or a subordinator opening
    it: `said this in a statement issued on Sunday by his aide`, `said this at a rally that was held ...`; not
    `this` opening a clause (`said this was wrong`), a noun's determiner (`said this week`) or a colon's
    announcement (`said this: ...`)."""
    words, i = s.words, verb.index + 1
    if verb.lemma not in SAY_VERBS or i >= len(words) or words[i].text.lower() not in BACK_REFERRING_OBJECTS:
        return None
    after = words[i + 1] if i + 1 < len(words) else None
    if after is not None and after.text.lower() in TIME_SUBORDINATORS:
        return _NOTHING
    if words[i].upos == "PRON" and (after is None or after.text in (".", ",") or after.upos in ("ADP", "SCONJ")):
        return _NOTHING
    return None


def _subject_participle_aside(s: Parsed, participle: Word, clause: Word) -> bool:
    """`told reporters that the bridge, built in 1920, was unsafe`: a participle's phrase set off by commas
    right after a noun (`_opens_participle_after_noun`), with the cue's next clause opening right after its
    closing comma, is an aside on the clause's subject, not a clause of its own: the reported clause runs on
    through the verb after the comma (the parse hung the participle from the cue, the subject under it)."""
    if not _opens_participle_after_noun(s, participle):
        return False
    first = min(w.index for w in s.subtree(clause))
    return first > participle.index + 1 and s.words[first - 1].text == ","


def _cue_word_within(s: Parsed, verb: Word, clause: Word, end: int) -> int:
    """`say the technology is still years away from clinical use`: a lone word the parse hung from the cue
    (`away` taken for a second complement) inside the reported clause's words, the clause's own words going
    on right after it with no punctuation between: a clause's words run unbroken, so that word is the
    clause's and the clause runs on to its last word; else `end`."""
    sub = {w.index for w in s.subtree(clause)}
    words = s.words
    gap = next((w.index for w in words if w.start >= end), len(words))
    if gap + 1 >= len(words) or gap + 1 not in sub or gap in sub or words[gap].upos == "PUNCT" \
            or words[gap].head != verb.index or s.kids[gap] or _is_cue_verb(words[gap]):
        return end
    last = gap + 1
    while last + 1 < len(words) and last + 1 in sub:
        last += 1
    while last > gap + 1 and words[last].upos == "PUNCT":
        last -= 1
    return words[last].end


def _circumstance_tail(s: Parsed, verb: Word, first: int, end: int) -> bool:
    """`"...," one fan wrote online, while another added: "..."`: what the parse hung after the cue opens at a
    comma and a word of circumstance or contrast (`_circumstance_after`) past words of the cue's own (not the
    comma right after the verb: `said, as they feared, the road ...` sets off an aside inside the report), and
    no comma closes that clause before its first quotation mark or the end: the writer's clause, no report."""
    if first <= verb.index + 2 or not _circumstance_after(s, first - 1):
        return False
    for w in s.words[first + 1:]:
        if w.end > end or w.text.strip(MARK_CHARS) == "":
            return True
        if w.text == ",":
            return False
    return True


def _quotation_close(s: Parsed, verb: Word, end: int) -> int:
    """`One follower commented, "This is a disgrace," while another wrote, "..."`: a quotation opening right after
    the cue and its comma or colon, closed with a comma, full stop, question or exclamation mark inside it, ends
    what the cue reports at its closing mark, however the parse hung the words after it (the next one's own
    clause) into it; else `end`."""
    i = verb.index + 1
    if i + 1 >= len(s.words) or s.words[i].text not in (",", ":") or s.words[i + 1].xpos != "``":
        return end
    for w in s.words[i + 2:]:
        if w.start >= end:
            return end
        if w.xpos == "``":
            return end  # another opening mark: a quotation within, or the parse's own marks: leave it
        if w.xpos == "''":
            return w.end if s.words[w.index - 1].text in (",", ".", "?", "!") and w.index + 1 < len(s.words) \
                and s.words[w.index + 1].upos != "PUNCT" else end
    return end


    # (or hung from the one quoted; any participle: `quoted the leader as calling for ...` reports the leader's words)


def _listener_tagged_verb(s: Parsed, verb: Word, clause: Word) -> bool:
    """`told reporters the plan would fail` with `reporters` tagged as a verb and taken for the clause told:
    a lower-case `-s` word right after a verb of telling (`CLAUSE_LISTENER_VERBS`) is its plural listener,
    not a verb: two finite verbs do not stand side by side, and `tell` takes the one told first; so is one right
    after a plural that modifies a noun (lexicon PLURAL_MODIFIERS: `told sports reporters the plan would fail`),
    whatever the parse made the modifier (the word's subject); and so is one after a few words that open a noun
    phrase, a clause's own subject right after it (`_listener_modifiers`: `told House investigators the files
    were destroyed`, `told two senior aides the deal was off`): `tell` puts the one told before the clause."""
    modifier = clause.index == verb.index + 2 and s.words[verb.index + 1].text.lower() in PLURAL_MODIFIERS \
        or _listener_modifiers(s, verb, clause)
    return verb.lemma in CLAUSE_LISTENER_VERBS and (clause.index == verb.index + 1 or modifier) \
        and clause.xpos == "VBZ" \
        and clause.text.islower() and clause.text.endswith("s") and not clause.text.endswith(("ss", "us", "is")) \
        and not any(k.deprel in _SUBJECTS and not verb.index < k.index < clause.index for k in s.kids[clause.index]) \
        and (modifier or not any(k.deprel in _SUBJECTS for k in s.kids[clause.index]))


LISTENER_MODIFIER_WORDS = 3  # the most words before a listener's plural noun (`two senior aides`)


def _listener_modifiers(s: Parsed, verb: Word, clause: Word) -> bool:
    """`told House investigators the files were destroyed`, `told city officials the budget was short`: one to
    `LISTENER_MODIFIER_WORDS` words between a verb of telling and a lower-case `-s` word the parse took for the
    clause's verb, each a number, an adjective or a noun (a lower-case plural only where lexicon PLURAL_MODIFIERS
    has it: `told reporters polls show ...` is two phrases), and right after that word a noun phrase's first word,
    the subject of the clause told: the words and the `-s` word are the listener, as `tell` puts the one told
    first (not `told Smith investigators found ...`: a verb after the `-s` word makes it the clause's subject)."""
    between = s.words[verb.index + 1:clause.index]
    if not 0 < len(between) <= LISTENER_MODIFIER_WORDS or clause.index + 1 >= len(s.words):
        return False
    return all(w.upos in ("NUM", "ADJ", "NOUN", "PROPN") and not (
        w.xpos in PLURAL_NOUN_TAGS and w.text.lower() not in PLURAL_MODIFIERS) for w in between) \
        and s.words[clause.index + 1].upos in _RUN_WORDS


def _present_tagged_plural(told: Sequence[Word]) -> Word | None:
    """`told reporters the new test works`: a determiner, a singular noun and a lower-case `-s` word the
    tagger took for a plural noun, closing the words told (or before an adverb or a preposition): a noun
    phrase told is a thing told (`TOLD_THINGS`, `TOLD_PLURALS`: `the test results`), not one ending on another
    plural right after a singular, so the `-s` word is the present verb of the clause told.  That word, or None."""
    if len(told) < 3 or not _opens_noun_phrase(told[0]):
        return None
    for j in range(2, min(len(told), _LISTENER_REACH + 1)):
        x, prev = told[j], told[j - 1]
        if x.xpos == "NNS" and x.text.islower() and x.text.endswith("s") and not x.text.endswith(("ss", "us", "is")) \
                and prev.xpos == "NN" and prev.text.islower() and x.text.lower() not in TOLD_THINGS | TOLD_PLURALS \
                and (j + 1 == len(told) or told[j + 1].upos in ("ADV", "ADP", "PUNCT")):
            return x
        if x.upos not in _RUN_WORDS:
            return None
    return None


def _past_listener(s: Parsed, verb: Word, clause: Word, span: tuple[int, int]) -> tuple[int, int]:
    """`told the Ledger that Ruiz believes ...`, `told the crowd that helping the farm was ...`, `said at the
    hearing that drafting ...`: where the parse hung the words between a cue and the `that` opening what it
    reports into the clause (`that` taken for a relative pronoun of the listener, the clause for the
    listener's relative clause), and those words are the cue's listener, its time or its phrases, read from
    the words as `_that_opening` reads them, the clause opens at its `that` (not where the clause's own verb
    or its subject stands before that `that`: `told reporters the plan that he backed would fail`).  Where the
    parse's clause is a lone bare form tagged as a verb right after that `that`, before a noun and an auxiliary
    (`told analysts that gross margin would improve`, `gross` taken for the clause and `margin would improve`
    for the listener's relative clause: `_compound_before_auxiliary`), the words make it the clause's subject,
    and the clause runs on as `_that_opening` reads it."""
    opening = _that_opening(s, verb)
    if opening is None or opening[0] is None:
        return span
    at = opening[0][0]
    if span[0] <= at < span[1] and clause.index > 0 and s.words[clause.index - 1].start == at \
            and s.span(clause)[1] == clause.end and _compound_before_auxiliary(s.words[clause.index:]):
        return at, max(span[1], opening[0][1])   # `that gross margin would improve`: a subject the parse split off
    if not span[0] < at < span[1]:
        return span
    that = next(w for w in s.words if w.start == at)
    if _programme_noun_before_that(s, clause) and that.index == clause.index + 1:
        return at, span[1]  # `told the Today show that ...`: the listener's noun taken for the clause's verb
    if clause.index < that.index or any(k.deprel in _SUBJECTS and k.index < that.index for k in s.kids[clause.index]):
        return span
    return at, span[1]


def _that_subject_run(s: Parsed, verb: Word, clause: Word, mark: Word, end: int) -> int:
    """`argued that tariffs raise prices`, with `tariffs` taken for a verb and `raise prices` hung from the
    cue: a `that` clause is finite and has a subject, so one the parse left with none, ending right before
    another clause it hung from the cue (no `that`, subject or comma of its own), holds only that clause's
    subject: the two are one clause, and it ends where the second does."""
    if mark.lemma != "that" or any(k.deprel in _SUBJECTS or k.deprel == "expl" for k in s.kids[clause.index]):
        return end
    last = s.subtree(clause)[-1]
    if last.end != end or last.index + 1 >= len(s.words):
        return end
    nxt = next((k for k in s.kids[verb.index] if k.deprel in ("xcomp", "ccomp", "advcl", "parataxis")
                and s.subtree(k)[0].index == last.index + 1), None)
    if nxt is None or nxt.upos != "VERB" or any(k.deprel in _SUBJECTS or k.deprel == "mark" for k in s.kids[nxt.index]):
        return end
    return s.span(nxt)[1]


def _object_condition(s: Parsed, verb: Word,
                      speaker: Word | None) -> _Content | None:
    """`warned of strikes if the offer is not improved`, `threatened legal action unless ...`: a cue of
    warning or threatening (`CONDITIONAL_WARNINGS`) whose object (after `of` for `warn`, whose bare object is
    the one warned; bare for `threaten`) runs right into an
    `if` or `unless` clause the parse hung from the cue warns of that thing on that condition: the
    object and the clause together, not the condition alone."""
    if verb.lemma not in CONDITIONAL_WARNINGS:
        return None
    kids = s.kids[verb.index]
    for c in kids:
        mark = next((m for m in s.kids[c.index] if m.deprel == "mark" and m.index < c.index), None)
        if c.deprel != "advcl" or c.index < verb.index or mark is None or mark.lemma not in ("if", "unless") \
                or s.subtree(c)[0].index != mark.index:
            continue
        for k in kids:
            case = next((x for x in s.kids[k.index] if x.deprel == "case" and x.index < k.index), None)
            opener = CONDITIONAL_WARNINGS[verb.lemma]
            if not verb.index < k.index < mark.index or k.upos not in NOUN_UPOS or not (
                    (k.deprel == "obj" and not opener) or (k.deprel.startswith("obl") and case is not None
                                                           and case.lemma == opener)):
                continue  # `warned voters if ...`: the one warned
            phrase = [x for x in s.subtree(k) if case is None or x.index != case.index]
            if phrase[-1].index + 1 == mark.index:
                return (phrase[0].start, s.span(c)[1]), None
    return None


def _told_then_clause(s: Parsed, verb: Word, clause: Word) -> bool:
    """`told the council the budget was balanced`, `told CNN's host she had no regrets`: a verb taking a
    listener, its object right after it, then the reported clause with a subject of its own: the
    listener is the one told, the clause starts at its subject."""
    if verb.lemma not in LISTENER_VERBS or not any(k.deprel in _SUBJECTS for k in s.kids[clause.index]):
        return False
    first = s.subtree(clause)[0].index
    return any(k.deprel in OBJECT_RELS and k.index < first and s.subtree(k)[0].index == verb.index + 1
               and s.subtree(k)[-1].index == first - 1 for k in s.kids[verb.index])


def _told_where(s: Parsed, verb: Word, clause: Word) -> Word | None:
    """`told reporters in Canberra the government would not budge`: after a verb of telling and its
    listener, phrases of a preposition before the subject of a clause with no `that` tell where or when it
    was told, whichever verb the parse hung them from: the clause opens at its subject (returned; None
    when no such phrase stands there)."""
    if verb.lemma not in LISTENER_VERBS:
        return None
    listener = next((k for k in s.kids[verb.index] if k.deprel in OBJECT_RELS
                     and s.subtree(k)[0].index == verb.index + 1), None)
    subject = next((k for k in s.kids[clause.index] if k.deprel in _SUBJECTS), None)
    if listener is None or subject is None:
        return None
    lo, opening = s.subtree(listener)[-1].index + 1, s.subtree(subject)[0]
    if not lo < opening.index or s.subtree(clause)[0].index < lo or not preposition(s.words[lo].text):
        return None
    lead = [k for k in (*s.kids[verb.index], *s.kids[clause.index])
            if k.deprel.startswith("obl") and lo <= k.index < opening.index]
    covered = {w.index for k in lead for w in s.subtree(k)}
    return opening if covered == set(range(lo, opening.index)) else None


def _gerund_listener(s: Parsed, verb: Word, clause: Word) -> Word | None:
    """`told the hearing the wound was deep`, `told a briefing the talks had stalled`: a determiner right
    after a verb of telling, then a word in `-ing` (the parse may take it for a verb, or hang the
    determiner in the clause: it is a noun after the determiner, a gathering told), then the clause's
    own noun phrase: the gathering is the listener; the clause opens at the word returned."""
    at = verb.index + 3
    if verb.lemma not in LISTENER_VERBS or at >= len(s.words) or not any(
            k.deprel in _SUBJECTS for k in s.kids[clause.index]):
        return None
    det, noun, opening = s.words[verb.index + 1], s.words[verb.index + 2], s.words[at]
    span = s.subtree(clause)
    if not span[0].index <= at <= span[-1].index:
        return None
    return opening if det.upos == "DET" and det.text.lower() in ARTICLES and noun.text.lower().endswith(
        "ing") and (_opens_noun_phrase(opening) or opening.upos == "PROPN") else None


def _onward_participle_before(s: Parsed, verb: Word, clause: Word) -> bool:
    """`..., the pastor said, adding that he seemed calm`: a verb of saying's participle set off by a comma
    between a cue and a clause the parse hung from the cue reports that clause itself (the next report),
    whatever the parse made of it; the cue does not (but `Reuters reported, citing two sources, that ...`:
    an aside closed by a comma right before the clause's `that` leaves the clause to the cue).  So does one
    with its own subject after `with` (an absolute phrase: `Fans slammed the post, with one saying: "..."`,
    `_with_subject`; `with one writing: "..."` with the form tagged a noun, `_with_ing_phrase`): its words."""
    first = next(x.index for x in s.subtree(clause) if x.upos != "PUNCT")
    if s.words[first].text.lower() == "that" and s.words[first - 1].text == "," \
            and s.words[first - 2].upos != "VERB":
        return False
    return any(w.xpos == "VBG" and _is_cue_verb(w) and (s.words[w.index - 1].text == "," or _with_subject(s, w) is not None)
               or _with_ing_phrase(s, w) is not None for w in s.words[verb.index + 1:first])


def _condition_clause(s: Parsed, verb: Word,
                      speaker: Word | None) -> _Content | None:
    """`would reject the plan if they understood it`, `responded as if he were hurt`, `would continue to do so
    if they win`: an `if` clause the parse hung from a cue that is no verb of saying, asking or telling
    (`asked if`, `would not say if`, `suggested ... if necessary ...`: its clause may hold the condition)
    is a condition on the act, not what was said, when the cue's
    own object or infinitive comes between them, or `as` or `even` opens it, and it has a subject of its
    own; and a cue whose first clause after it is that condition reports nothing (a promise's or a request's condition is part of it: `vowed
    to veto it if ...`, `warned of a crisis if ...`)."""
    if verb.lemma in SAY_VERBS | QUESTION_VERBS | TELLING_VERBS | COMMISSIVE_VERBS | DIRECTIVE_VERBS:
        return None
    after = sorted((k for k in _complements(s, verb) if k.index > verb.index), key=lambda k: k.index)
    if not after or after[0].deprel == "ccomp":
        return None
    mark = _complementizer(s, after[0])
    if mark is None or mark.lemma != "if" or not any(k.deprel in _SUBJECTS for k in s.kids[after[0].index]):
        return None  # `suggested rallying allies and if necessary destroying ...`: no clause of its own
    before = s.words[mark.index - 1].text.lower() if mark.index > 0 else ""
    own = any(k.deprel in ("obj", "iobj", "xcomp") and verb.index < k.index < mark.index for k in s.kids[verb.index])
    return _NOTHING if own or before in ("as", "even") else None


def _relative_within_report(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`Police said the suspect, who told officers he was a veteran, had a knife`: a verb of saying, then
    (after `that`, or none) a noun phrase with no verb of its own, a relative clause set off after it by commas
    (`_relative_aside`), and right after the closing comma (adverbs between) a finite verb: that verb's clause
    is what was said, its subject and the relative clause with it, whatever cue stands in the relative clause
    and however the parse hung them; to the sentence's end, short of another report (`_report_last`), with no
    comma in that verb's words (`were tired, and he let them rest`: left to the parse)."""
    if verb.lemma not in SAY_VERBS:
        return None
    words = s.words
    i = verb.index + 1 + (verb.index + 1 < len(words) and words[verb.index + 1].text.lower() == "that")
    opening = next((k for k in range(i, len(words)) if not (_run_word(s, k) or _run_opener(s, k))), None)
    if opening is None or opening == i or words[opening].text != ",":
        return None
    close = next((k for k in range(opening + 1, len(words)) if words[k].text == "," and _relative_aside(s, k) == opening),
                 None)
    if close is None:
        return None
    k = close + 1
    while k < len(words) and words[k].upos == "ADV":
        k += 1  # `, later had`
    end = len(words)
    while end > k and words[end - 1].upos == "PUNCT":
        end -= 1
    if k >= end or words[k].xpos not in _FINITE:
        return None
    last = _report_last(s, words[k:end])
    if last is None or any(w.text == "," for w in words[k:last.index]):
        return None  # `were tired, and he let them rest`: where the clause ends is the parse's to say
    return (words[verb.index + 1].start, last.end), None


def _closing_aside(s: Parsed, verb: Word,
                   speaker: Word | None) -> _Content | None:
    """`said the bill helps farmers, who have waited years for it`, `said it would cut 3,000 jobs, a loss
    that ...`: a relative clause, or a description opened by `a` or `an`, set off by a comma after a
    noun, closing the verb's first reported clause, is the writer's aside on that noun,
    not what was reported: the clause up to that comma.  None where no such aside closes it."""
    found = _complement_after(s, verb, speaker)
    if found is None or found[0] is None:
        return None
    return _aside_cut(s, found[0])


def _infinitive_aside(s: Parsed, verb: Word,
                      speaker: Word | None) -> _Content | None:
    """`vowed to repeal the tax, which funds the parks`: a promise's or request's infinitive
    (`_infinitive_content`) closed by a set-off aside (`_closing_aside`) ends before it."""
    found = _infinitive_content(s, verb, speaker)
    if found is None or found[0] is None:
        return None
    return _aside_cut(s, found[0])


def _aside_cut(s: Parsed, content: tuple[int, int]) -> _Content | None:
    """The reported words `content` up to the comma of a set-off aside closing them (`_closing_aside`);
    None where none closes them."""
    start, end = content
    own = [w for w in s.words if start <= w.start and w.end <= end]
    last = max((w.index for w in own if w.upos != "PUNCT"), default=-1)
    for w in own:
        if w.deprel not in ("acl:relcl", "appos") or not _set_off(s, w):
            continue
        sub = s.subtree(w)
        comma = sub[0].index if sub[0].text == "," else sub[0].index - 1
        opener = s.words[comma + 1]
        openers = _ASIDE_OPENERS if w.deprel == "acl:relcl" else _DESCRIPTION_OPENERS
        if s.words[comma].text != "," or opener.text.lower() not in openers or comma < 1 \
                or s.words[comma - 1].upos not in _NOMINAL or s.words[comma - 1].start < start \
                or max(x.index for x in sub if x.upos != "PUNCT") != last or _mark_between(s, comma, last + 1):
            continue
        return (start, s.words[comma - 1].end), None
    return None


def _speaker_conjunct(s: Parsed, verb: Word,
                      speaker: Word | None) -> _Content | None:
    """`said the plan costs too much and argued for a smaller one`: the reported clause ends before
    the conjunction joining the speaker's further doing to it (`_report_joined`)."""
    found = _complement_after(s, verb, speaker)
    if found is None or found[0] is None:
        return None
    start, end = found[0]
    for w in s.words:
        if start <= w.start and w.end <= end and (_report_joined(s, w) is verb or _past_after_modal(s, w) is verb):
            before = s.words[w.index - 1]
            while before.index > 0 and (before.upos in ("PUNCT", "CCONJ") or before.index >= w.index
                                        or before.head == w.index and before.upos == "ADV"):
                before = s.words[before.index - 1]  # `and then left`: `then` is the next act's
            return ((start, before.end), None) if before.end > start else None
    return None


# What the parse may leave on a conjunct cue when it hangs the cue's words on the reported clause: its
# conjunction and adverbs (`and then urged`), and punctuation.
_BARE_CONJUNCT_RELATIONS = frozenset({"cc", "advmod", "punct"})
# The relations of a clause (an infinitive, a `that` clause) the parse hangs on the reported clause's verb that
# a conjunct cue reports: `urged shoppers to buy early`, the infinitive taken for the clause's.
_REHUNG_CLAUSE_RELATIONS = frozenset({"advcl", "xcomp", "ccomp"})


def _conjunct_cue_words(s: Parsed, verb: Word,
                        speaker: Word | None) -> _Content | None:
    """`She warned that prices would rise and urged shoppers to buy early`: a cue that is its speaker's
    further doing (`_report_joined`: past after `and`, it cannot share the clause's `would`) with no words of
    its own, while words after it, a clause among them (a request's or promise's infinitive, or a clause it
    reports), hang from the reported clause's verb, reports those words: the parse hung them on the wrong verb
    (`would rise shoppers` is no English).  `shoppers to buy early`; not `praised efforts to find buyers`."""
    if _report_joined(s, verb) is None and _past_after_modal(s, verb) is None or any(k.deprel not in _BARE_CONJUNCT_RELATIONS
                                              or k.index > verb.index for k in s.kids[verb.index]):
        return None
    after = [k for k in s.kids[verb.head] if k.index > verb.index and k.upos != "PUNCT"]
    infinitive = verb.lemma in DIRECTIVE_VERBS | COMMISSIVE_VERBS  # a request's or promise's `to` clause
    if not any(k.deprel in _REHUNG_CLAUSE_RELATIONS and k.upos == "VERB" and (infinitive or k.deprel == "ccomp")
               for k in after):
        return _joined_request(s, verb)  # (`and praised efforts by the council to find buyers`: praise takes no
        # infinitive)
    last = s.subtree(after[-1])[-1]
    return ((s.words[verb.index + 1].start, last.end), None) if last.index > verb.index else None


def _joined_request(s: Parsed, verb: Word) -> _Content | None:
    """`The union said pay was too low and urged members to vote no`, `asked residents to be patient`: after a
    joined verb of requesting (lexicon DIRECTIVE_VERBS), its listener (`_listener_length`) and then `to` and a bare
    verb, read from the words however the parse hung them (`members` taken for a conjunct of the clause said): the
    request, to the sentence's end, short of another report (`_report_last`)."""
    rest = _words_after_cue(s, verb)
    if verb.lemma not in DIRECTIVE_VERBS or not rest:
        return None
    n = 1 if rest[0].text.lower() in OBJECT_PRONOUNS else _listener_length(rest)
    if not n or n + 1 >= len(rest) or rest[n].text.lower() != "to" or rest[n + 1].xpos != "VB":
        return None
    last = _report_last(s, rest)
    return None if last is None else ((rest[0].start, last.end), None)


def _topic_openers(verb: Word) -> frozenset[str]:
    """The prepositions that open the topic a question is put on: `about` after `asked`, the topic's
    prepositions after a verb of questioning (`pressed on the delay`, `quizzed over the fees`)."""
    return QUESTION_TOPIC_PREPOSITIONS | (PREPOSITION_REPORTS[verb.lemma] - {"for"}
                                         if verb.lemma in QUESTIONING_VERBS else frozenset())


def asked_participle(verb: Word) -> bool:
    """`asked`, or the past participle of a verb of questioning someone (lexicon QUESTIONING_VERBS:
    `Pressed on whether ...`, `When quizzed about the delay, ...`): a form that puts a question to its subject."""
    return verb.text.lower() == "asked" or verb.lemma in QUESTIONING_VERBS and verb.text.lower().endswith("ed")


_OCCASION_PREPOSITIONS = frozenset({"in", "at", "on", "during", "after", "before"})


def _bare_asked(s: Parsed, verb: Word,
                speaker: Word | None) -> _Content | None:
    """`Asked about the delay, the mayor shrugged`, `When asked why, Lee laughed`, `..., Lee said, asked
    about it in an interview`: `asked` with no subject or auxiliary, opening its sentence (after a
    conjunction), right after `when`, `if`, `once` ..., or right after a comma, is a question put to
    someone, who is not named; what was asked follows, read from the words however the parse hung them
    and past phrases of time, place or agent (`Asked on Tuesday at a briefing about ...`): the topic
    after `about` or a question word's clause (not what `for` or an infinitive asks, a request: `Asked
    for a glass of water`, `Asked to leave`), to the next comma, dash, colon or semicolon, the topic
    ending before a phrase telling the occasion (`asked about the loan in an interview`); one word
    (`Asked about it, ...`) tells no topic."""
    words, i = s.words, verb.index
    if not asked_participle(verb) or any(k.deprel in _SUBJECTS or k.deprel.startswith("aux")
                                           for k in s.kids[i]) and not _opens_participle_after_noun(s, verb):
        return None  # (`Trump, asked about it, said`: a participle, whatever subject the parse gave it)
    if verb.lemma in QUESTIONING_VERBS and i + 1 < len(words) and words[i + 1].upos not in ("ADP", "ADV", "SCONJ"):
        return None  # `Vale, in 2013, questioned Ruiz's remarks about ...`: a verb with its object, no participle
    j = i - 1
    if j >= 0 and words[j].text.lower() not in REDUCED_CLAUSE_OPENERS and words[j].text != "," \
            and not (j == 0 and words[j].upos == "CCONJ"):
        return None
    k, start = i + 1, None
    while k < len(words) and k <= i + 10:
        low = words[k].text.lower()
        label = _past_party_label(s, k)
        if label is not None:   # `Asked by Sen. Jo Hart (D-Ore.) whether ...`: the asker's party label
            k = label
            continue
        if low in _CLAUSE_BREAKS or low in _DASHES or low in (":", ";", "(", ".", "?", "!") or (
                words[k].upos == "PUNCT" and words[k].text in MARK_CHARS):
            return None
        if low in _topic_openers(verb):
            start = k + 1
        elif low in QUESTION_OPENERS:
            start = k
        elif low == "to" and k + 1 < len(words) and words[k + 1].upos == "VERB":
            return None  # `Asked to leave, ...`: a request, no question
        if start is not None:
            break
        k += 1
    if start is None or start >= len(words):
        return None
    topic = words[start - 1].text.lower() in _topic_openers(verb)
    if not topic and words[start].text.lower() in QUESTION_OPENERS:
        question = _question_after(s, verb, speaker)
        if question is not None and question[0] is not None and question[0][1] > words[start].end:
            return None  # a question of more than its word: `question-after`'s (`When asked why, ...`: this rule's)
    end = start
    while end < len(words):
        w = words[end]
        if w.text in _CLAUSE_BREAKS or w.text in _DASHES or w.text in (":", ";", "("):
            break
        if topic and end > start and w.text.lower() in _OCCASION_PREPOSITIONS and any(
                x.text.lower() in OCCASION_NOUNS | BROADCAST_OCCASIONS or time_word(x.text) for x in words[end + 1:end + 6]):
            break
        if topic and end > start and w.text.lower() == "by" and end + 1 < len(words) \
                and not time_word(words[end + 1].text) and words[end + 1].upos != "NUM":  # `by 2030`: a time
            break  # `Pressed on the issue by reporters, ...`: the agent who asked, no part of the topic
        end += 1
    while end > start and words[end - 1].upos == "PUNCT":
        end -= 1
    if end <= start or (topic and end == start + 1):
        return None  # `Asked about it, ...`: one word tells no topic
    return (words[start].start, words[end - 1].end), None


def _question_first(s: Parsed, verb: Word,
                    speaker: Word | None) -> _Content | None:
    """`Asked what the plan would cost, the mayor shrugged`: a question opened right after a verb that
    puts one (`question-after`'s reading of the words) and closed before the clause the parse gave
    the verb is what was asked; that later clause is the answer's, not the question's."""
    if verb.lemma not in QUESTION_VERBS:
        return None
    question = _question_after(s, verb, speaker)
    if question is None or question[0] is None:
        return None
    clause = _complement_after(s, verb, speaker)
    if clause is None or clause[0] is None:
        return None
    if clause[0][0] < question[0][1] and not _question_then_clause(s, verb, speaker, question[0], clause[0]):
        return None
    return question


def _question_then_clause(s: Parsed, verb: Word, speaker: Word | None, question: tuple[int, int],
                          clause: tuple[int, int]) -> bool:
    """`Asked when it would open, Professor Okoro was cautious`, parsed with the main clause as the
    participle's complement and the question inside it: a bare participle (no subject or auxiliary)
    opening its sentence puts the question, and the clause after the question's comma is the main one."""
    if speaker is not None or verb.index != 0 or any(
            k.deprel in _SUBJECTS or k.deprel.startswith("aux") for k in s.kids[verb.index]):
        return False
    after = next((w for w in s.words if w.start >= question[1]), None)
    return clause[0] == question[0] and clause[1] > question[1] and after is not None and after.text == ","


def _joined_that(s: Parsed, verb: Word,
                 speaker: Word | None) -> _Content | None:
    """`said that the plan had flaws but that the council would pass it`: a coordinator with `that`
    right after the reported clause opens a second clause of the same report, whatever the parse
    hung it from; what was reported runs through the end of that clause."""
    found = _complement_after(s, verb, speaker)
    if found is None or found[0] is None:
        return None
    start, end = found[0]
    words = s.words
    i = next((w.index for w in words if w.start >= end), len(words))
    if i < len(words) and words[i].text == ",":
        i += 1
    if i + 1 >= len(words) or words[i].upos != "CCONJ" or words[i + 1].text.lower() != "that" \
            or words[i + 1].head <= i + 1:
        return None
    clause = words[words[i + 1].head]
    if words[i + 1].deprel != "mark":
        clause = _rightward_top(s, clause)
        if not _parallel_that(s, start, i + 1, clause):
            return None
    last = max(x.index for x in s.subtree(clause))
    while last > i + 1 and words[last].upos == "PUNCT":
        last -= 1
    return (start, words[last].end), None


def _rightward_top(s: Parsed, word: Word) -> Word:
    """The highest word reached from `word` through heads that stand after the word below them: the head of
    the clause `word` opens, whatever the parse hung its first words from (`and that so far, no cracks had been
    found`: `found`, not `far`)."""
    while word.head > word.index:
        word = s.words[word.head]
    return word


def _parallel_that(s: Parsed, start: int, that: int, clause: Word) -> bool:
    """`said that the bridge was safe, and that so far, no cracks had been found`: a reported clause that opens
    with `that`, then a coordinator and `that` again, with no verb right after it and a subject of its own in the
    clause it opens (`clause`): the second `that` is the first one's twin, opening a second clause of the report,
    however the parse took it (a demonstrative subject runs into its verb: `..., and that was the end of it`)."""
    words = s.words
    first = next((w for w in words if w.start >= start), None)
    if first is None or first.text.lower() != "that" or first.deprel != "mark" or that + 1 >= len(words) \
            or words[that + 1].upos in VERB_UPOS:
        return False
    return any(k.deprel in _SUBJECTS and k.index > that + 1 for k in s.kids[clause.index])


def fronted_close(s: Parsed, verb: Word, participle: bool = False) -> int | None:
    """The index of the comma (or dash) closing the subordinate clause (`FRONTED_OPENERS`) that opens the
    sentence and holds the verb: what the verb reports ends there, before the main clause; None when
    the verb stands in the main clause or nothing follows that comma.  With `participle`, the phrase of a
    cue in `-ing` opening the sentence too (`By calling the plan "a disaster," the mayor ...`:
    `_opening_participle`)."""
    words = s.words
    first = next((w for w in words if w.upos != "PUNCT"), None)
    opening = participle and _opening_participle(s, verb)
    if first is None or first.index > verb.index or first.index == verb.index and not opening:
        return None
    if first.text.lower() not in FRONTED_OPENERS and not opening:
        return None
    if any(w.text in _CLAUSE_BREAKS for w in words[first.index:verb.index]):
        return None  # the cue is in the main clause
    comma = next((w.index for w in words[verb.index + 1:] if w.text in _CLAUSE_BREAKS), None)
    return None if comma is None or comma == len(words) - 1 else comma


def _opening_participle(s: Parsed, verb: Word) -> bool:
    """Whether the cue is an `-ing` form opening its sentence, with nothing before it but its own
    preposition and adverbs (`By calling the plan "a disaster," the mayor ...`, `In declaring the law
    "unfair," the judge ...`, `Calling the deal a fraud, Lee ...`) and a verb after it that governs it:
    a phrase set before the main clause, which its first comma closes."""
    return verb.xpos == "VBG" and _governor_after(s, verb) and all(
        w.upos == "PUNCT" or w.upos in ("ADP", "SCONJ", "ADV") and w.head == verb.index
        for w in s.words[:verb.index])


def _relative_report(s: Parsed, verb: Word,
                     speaker: Word | None) -> _Content | None:
    """`laws that critics say target teachers`, `France, which the agency says had the highest wage`,
    `about double what the director said she expected`: a verb of saying whose subject's phrase (no
    punctuation, at most eight words, an auxiliary or adverb before the verb left out) follows a relative
    pronoun after a noun (or `what`, not the subject of `be`), with its reported clause right after it and
    no `that` or determiner of its own there (the relative pronoun stands in it; not a verb that takes a
    listener: `what she told NBC`), reports the relative clause: from the pronoun
    to the next comma, dash, colon or semicolon or the sentence's end, read from the words however the
    parse hung it."""
    words = s.words
    if verb.lemma not in SAY_VERBS or verb.lemma in LISTENER_VERBS or verb.index + 1 >= len(words) or any(
            k.deprel in ("aux:pass", "nsubj:pass") for k in s.kids[verb.index]):
        return None
    after = words[verb.index + 1]
    if after.upos in ("PUNCT", "DET", "NUM", "CCONJ") or after.text.lower() == "that" or after.text in _RELATIVE_STOPS:
        return None
    j = verb.index - 1
    while j >= 0 and words[j].upos in ("AUX", "ADV") and words[j].text.lower() != "to":
        j -= 1
    if j < 0 or words[j].upos not in ("NOUN", "PROPN", "PRON"):
        return None  # the subject's phrase ends in its noun (not `that fails to acknowledge`)
    phrase: list[Word] = []
    while j >= 0 and len(phrase) <= 8 and words[j].upos != "PUNCT" and not relative_pronoun(words[j].text) \
            and words[j].text.lower() != "what" and words[j].xpos not in ("VBD", "VBN", "MD", "IN") \
            or (j >= 0 and words[j].lemma in _SOURCE_LINKS | {"and"} and phrase):
        phrase.append(words[j])
        j -= 1
    if not phrase or len(phrase) > 8 or j < 1:
        return None
    pronoun = words[j]
    if pronoun.text.lower() == "what" and after.lemma == "be":
        return None  # `what she said is true`: the clause is the main clause's subject
    if pronoun.text.lower() != "what" and not (relative_pronoun(pronoun.text) and (
            words[j - 1].upos in ("NOUN", "PROPN", "NUM") or words[j - 1].text == ",")):
        return None
    end = verb.index + 1
    while end + 1 < len(words) and words[end + 1].text not in _RELATIVE_STOPS \
            and words[end + 1].text.strip(MARK_CHARS) != "":
        end += 1
    while words[end].upos == "PUNCT":
        end -= 1
    if end <= verb.index:
        return None
    return (pronoun.start, words[end].end), None


def _fronted_clause(s: Parsed, verb: Word,
                    speaker: Word | None) -> _Content | None:
    """`After saying he was tired, the senator left`, `When the mayor suggested that ..., the governor
    fired back`: a cue within a subordinate clause that opens its sentence (`FRONTED_OPENERS`) reports
    the clause after it up to the comma that closes the subordinate clause, not the main clause."""
    words = s.words
    comma = fronted_close(s, verb)
    if comma is None or verb.xpos == "VBN":
        return None
    rest = words[verb.index + 1:comma]
    if not rest or _mark_between(s, verb.index + 1, comma + 1) and not _fragment_closing(s, verb, comma):
        return None  # `When he said, "We won," ...`: quoted words are the quotation's
    start = _after_verb(s, verb, rest[-1].end)
    if start >= rest[-1].end or not _has_clause([w for w in rest if w.start >= start], False):
        return None
    return (start, rest[-1].end), None


def _fronted_phrase(s: Parsed, verb: Word,
                    speaker: Word | None) -> _Content | None:
    """`When Ruiz said the word "taxes," the audience booed`, `When Ruiz said it, the crowd booed`: a cue
    within a subordinate clause that opens its sentence (as `fronted_close` finds it) whose words up to
    the comma closing that clause hold no verb (no clause nor gerund, read by the rules before or after)
    reports nothing past that comma: the words up to it when a quoted fragment stands in them (its
    closing mark after the comma), nothing otherwise (`it`, `the word taxes`, `the letter`: no message)."""
    comma = fronted_close(s, verb)
    if comma is None or verb.xpos == "VBN":
        return None
    rest = s.words[verb.index + 1:comma]
    if not rest or any(w.upos in VERB_UPOS for w in rest):
        return None
    if _mark_between(s, verb.index + 1, comma + 1):
        if not _fragment_closing(s, verb, comma):
            return None  # `When he said, "We won," ...`: quoted words are the quotation's
        return (rest[0].start, rest[-1].end), None
    return _NOTHING  # `When Ruiz said it, ...`, `When Lee wrote the letter, ...`: an object no message (those


    # that are, `When Ruiz denied the charges`, `reported-object` reads first)


def _fragment_closing(s: Parsed, verb: Word, comma: int) -> bool:
    """`While critics say the plan is "reckless," supporters ...`: whether the quotation marks between a
    cue and the comma closing its clause pair up (one closing right after the comma counted) and none
    opens right after the cue (past a comma or colon): quoted fragments within the clause reported,
    not a quotation the cue introduces."""
    first = s.words[verb.index + 1]
    if first.text in (",", ":") or _mark_between(s, verb.index + 1, verb.index + 2):
        return False
    marks = sum(_mark_between(s, i, i + 1) for i in range(verb.index + 1, min(comma + 2, len(s.words))))
    return marks % 2 == 0


def _time_then_clause(s: Parsed, verb: Word,
                      speaker: Word | None) -> _Content | None:
    """`said Tuesday the plan would ...`, `said on Monday the bridge would reopen`: a phrase of time
    right after a verb of saying (or its listener, one word or more: `told the Gazette on Wednesday the
    ...`) tells when it was said, whatever the parse hung it
    from; the reported clause starts after it.  Answers only where the parse's complement takes the
    time in, or where there is none and a clause follows.  A time set off by commas after a finite cue
    (`reported, even late on Sunday, the bridge ...`) too: `_set_off_time_end`."""
    if verb.lemma not in SAY_VERBS and verb.lemma not in OBJECT_CUES and verb.lemma not in TIME_CLAUSE_REPORTS \
            and verb.lemma not in COURT_FINDING_CUES:  # a cue only as a court's finding: `ruled Friday the law ...`
        return None
    i = verb.index + 1
    listener = _listener_after(s, verb)
    if listener is not None:  # `told reporters`, `told the Gazette`: the listener's words, its head last
        last = max(x.index for x in s.subtree(listener))  # `told reporters Tuesday ...`, and past a time
        i = listener.index + 1  # the parse hung from the listener (`told reporters on Tuesday the war was over`)
        if time_word(listener.text):  # `told parliament last month that ...`: the parse's listener head, a time
            i = next((k for k in range(verb.index + 2, listener.index + 1) if _time_phrase_end(s, k) is not None), i)
        while i <= last and _time_phrase_end(s, i) is None and s.words[i].text.lower() != "that":
            i += 1  # not past `that`, which opens what was told: `told parliament that ..., admitted on Monday`
    after = _time_phrase_end(s, i)
    if after is None:
        after = _set_off_time_end(s, verb, i)
        if after is None:
            return None
    if s.words[after].upos == "CCONJ":
        return None  # `was reported in May and lawmakers had ...`: a clause of its own, nothing said
    if s.words[after].xpos in _FINITE:
        return None  # `announced Monday would be a holiday`: no subject but the time, which is the clause's
    if _occasion_then_clause(s, verb, speaker) is not None:
        return None  # `said Monday in an interview she ...`: where it was said follows, `occasion-then-clause`'s
    found = _complement_after(s, verb, speaker)
    if found is not None and found[0] is not None:
        start, end = found[0]
        if start >= s.words[after].start or end <= s.words[after].start:
            return None  # the complement leaves the time out already
        return (s.words[after].start, end), None
    rest = list(s.words[after:])
    rest = rest[:_aside_close(s, verb, rest)]  # `The senator, who said last week that ..., announced`
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if not rest or not _has_clause(rest, True):
        return None
    return (rest[0].start, rest[-1].end), None


def _listener_after(s: Parsed, verb: Word) -> Word | None:
    """`told reporters ...`, `told the Gazette ...`: the listener of a verb that takes one
    (`LISTENER_VERBS`), its object or indirect object whose words open right after the verb (the
    head, its last word, returned), however many words it has."""
    i = verb.index + 1
    if verb.lemma not in LISTENER_VERBS:
        return None
    return next((k for k in s.kids[verb.index] if k.deprel in OBJECT_RELS and k.index >= i
                 and min(x.index for x in s.subtree(k) if x.index >= i) == i), None)


def _listener_words_end(s: Parsed, verb: Word) -> int | None:
    """`told a rally in Calgary the ...` with the listener's noun taken for an adverb: after a verb of
    telling (`tell`, `assure`, ...), a determiner and one or two words before a preposition of place are the
    listener, read from the words (the first noun phrase after `tell` is the one told); the index of the
    preposition, or None."""
    words = s.words
    i = verb.index + 1
    if verb.lemma not in CLAUSE_LISTENER_VERBS or i >= len(words) or words[i].upos != "DET" \
            or words[i].text.lower() not in ARTICLES:
        return None
    for k in (i + 2, i + 3):
        if k < len(words) and words[k].text.lower() in PLACE_PREPOSITIONS:
            if all(x.upos in ("NOUN", "ADJ", "ADV", "PROPN") and x.text.lower() not in TOLD_THINGS
                   for x in words[i + 1:k]):  # not `told a story in ...`: the thing told
                return k
            return None
    return None


def _occasion_then_clause(s: Parsed, verb: Word,
                          speaker: Word | None) -> _Content | None:
    """`said in an interview the bridge would reopen`, `told analysts on a conference call the drop was
    temporary`: a preposition of place and a noun phrase naming the occasion of the saying
    (`OCCASION_NOUNS`), right after a verb of saying (or its listener, `_listener_after`), perhaps with
    a phrase of time after it, tells where it was said, whatever the parse hung it from: the reported
    clause starts after it (a clause with no `that`: `that-after` reads one with it)."""
    if verb.lemma not in SAY_VERBS and verb.lemma not in OBJECT_CUES:
        return None
    words = s.words
    listener = _listener_after(s, verb)
    i = verb.index + 1 if listener is None else listener.index + 1
    if listener is None:
        i = _listener_words_end(s, verb) or i
    if listener is None and i < len(words) and _listener_tagged_verb(s, verb, words[i]):
        i += 1  # `told analysts Tuesday on a call the ...` with `analysts` taken for a verb: the plural listener
    if i < len(words):
        i = _time_phrase_end(s, i) or i  # `said Monday in an interview she ...`: when, then where
    if i >= len(words) or words[i].text.lower() not in PLACE_PREPOSITIONS:
        return None
    j = i + 1
    if j < len(words) and words[j].text.lower() in POSSESSIVE_PRONOUNS:
        j += 1  # `said in his judgment the ...`
    while j < len(words) and (words[j].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
                              or words[j].text.lower() in COURT_OCCASION_NOUNS  # `ruling` tagged a verb
                              or words[j].deprel == "amod" and words[j].head > j):  # `in her closing address`
        j += 1
        if words[j - 1].text.lower() in OCCASION_NOUNS and (j == len(words) or words[j].upos not in NOUN_UPOS):
            break  # `in an interview` ends at its noun, before the clause's own `the bridge`
    if j == i + 1 or words[j - 1].text.lower() not in OCCASION_NOUNS:
        place = _place_name_end(s, i)  # `told reporters in Ottawa the deal was done`: where it was said
        if place is None:
            return None
        j = place
        found = _complement_after(s, verb, speaker)
        if found is not None and found[0] is not None and found[0][0] >= words[j].start:
            return None  # the complement leaves the place out already: `complement-after`'s
    j = _time_phrase_end(s, j) or j  # `said in an interview on Tuesday the ...`
    while j + 1 < len(words) and words[j].text.lower() in PLACE_PREPOSITIONS | {"with", "to"} \
            and (words[j].upos == "ADP" or words[j + 1].upos not in VERB_UPOS):  # `to` opening no infinitive
        j += 1  # `said in a post on X that ...`, `in an interview with the BBC`: the occasion's own phrase
        if j < len(words) and (words[j].text.lower() in POSSESSIVE_PRONOUNS or words[j].upos == "DET"):
            j += 1  # its one determiner: a second opens the clause's subject (`with the BBC the plan ...`)
        while j < len(words) and (words[j].upos in ("ADJ", "NOUN", "PROPN", "NUM") or words[j].xpos == "POS") \
                and words[j].text.lower() != "that":
            j += 1
        j = _time_phrase_end(s, j) or j
    if j + 2 < len(words) and words[j].text.lower() == "to" and words[j + 1].xpos == "VB" \
            and words[j + 1].lemma in TELLING_VERBS:
        j += 2  # `said in a statement to clarify the deal ...`: the occasion's purpose, a verb of telling
    rest = list(words[j:])
    rest = rest[:_aside_close(s, verb, rest)]
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if not rest or rest[0].text.lower() == "that" or rest[0].upos == "PUNCT" or not _has_clause(rest, True):
        return None
    return (rest[0].start, rest[-1].end), None


_PLACE_NAME_PREPOSITIONS = frozenset({"in", "on", "at"})  # before a place's or broadcaster's name where words were said
# Prepositions that, before an event's noun phrase right after a cue or its listener, tell when the words were said
# (`told reporters after the game he was gutted`, `said during the debate the tax was unfair`).
_EVENT_TIME_PREPOSITIONS = frozenset({"after", "before", "during", "following"})
_EVENT_WORDS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})  # the words of an event's noun phrase after its determiner


def _event_then_clause(s: Parsed, verb: Word,
                       speaker: Word | None) -> _Content | None:
    """`Smith told Sky Sports after the game he was gutted`, `said during the debate the tax was unfair`: a
    preposition of time (`_EVENT_TIME_PREPOSITIONS`) and one noun phrase naming an event, right after a verb of
    saying or its listener, tell when it was said, whatever the parse hung them from: the clause after them, opened
    by its subject with no `that`, is what was said (a second determiner or a pronoun after the event's noun opens
    that subject).  Not a clause of time (`after the game ended he ...`: a verb right after the noun phrase)."""
    if verb.lemma not in SAY_VERBS and verb.lemma not in OBJECT_CUES:
        return None
    words = s.words
    listener = _listener_after(s, verb)
    i = verb.index + 1
    if listener is not None:
        held = {x.index for x in s.subtree(listener)}
        while i in held:
            i += 1  # (`told Sky Sports after ...`: the listener's words, however the parse hung the rest)
    elif i < len(words) and _listener_tagged_verb(s, verb, words[i]):
        i += 1  # `told reporters after the game ...` with `reporters` taken for a verb
    if i >= len(words) or words[i].text.lower() not in _EVENT_TIME_PREPOSITIONS:
        return None
    j = i + 1
    if j < len(words) and (words[j].upos == "DET" or words[j].xpos == "PRP$"):
        j += 1
    first = j
    while j < len(words) and words[j].upos in _EVENT_WORDS \
            and not (j > first and words[j - 1].upos in NOUN_UPOS and _opens_told_subject(words[j])):
        j += 1
    if j == first or words[j - 1].upos not in NOUN_UPOS or j >= len(words):
        return None
    rest = list(words[j:])
    rest = rest[:_aside_close(s, verb, rest)]
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if len(rest) < 2 or not (_opens_told_subject(rest[0]) or rest[0].text.lower() in NOMINATIVE_PRONOUNS | {"it"}
                             or rest[0].upos == "PROPN") or not _has_clause(rest, True):
        return None
    return (rest[0].start, rest[-1].end), None


def _place_name_end(s: Parsed, i: int) -> int | None:
    """`in Ottawa`, `in Port Moresby`: the index of the word after `in` at index `i` and a run of proper
    nouns (a place's name, not a time: `in May`), when what follows opens a noun phrase (`the`, `police`,
    `it`), not a conjunction, a possessive or punctuation; `on` and a broadcaster's name alike (`on Sky News`,
    `on ABC Radio Melbourne`: where it was said, not a time: `on Monday`); `at` and a place's name too (`told the
    jury at Leeds Crown Court he ...`, `at Westminster`)."""
    words = s.words
    if words[i].text.lower() not in _PLACE_NAME_PREPOSITIONS:
        return None
    j = i + 1
    while j < len(words) and words[j].upos == "PROPN":
        if time_word(words[j].text) or words[j].text.lower() in TIME_NOUNS:
            return None
        j += 1
    if j == i + 1 or j >= len(words) or words[j].upos not in ("DET", "PRON", "NOUN", "NUM", "ADJ") \
            or words[j].xpos == "POS":
        return None
    return j


def _set_off_time_end(s: Parsed, verb: Word, i: int) -> int | None:
    """`reported, even late on Sunday, the bridge was ...`, `said only yesterday, the plan ...`: a phrase of time
    after a finite cue (after at most a comma and an adverb, `just`, `even`) closed by a comma, with a
    clause right after it (a noun phrase, then its finite verb before any preposition, conjunction or
    comma: not `..., a day after the polls closed`): the index of the word after that comma.  Not a cue
    with a question word before it (`what she said last month, ...`: the cue's clause ends there)."""
    words = s.words
    if verb.xpos not in _FINITE or any(w.xpos in ("WP", "WDT") for w in words[max(0, verb.index - 3):verb.index]):
        return None
    j = i + (i < len(words) and words[i].text == ",")
    if j < len(words) and words[j].upos == "ADV" and not time_word(words[j].text):
        j += 1
    first = j
    while j < len(words) and j - first < 3 and words[j].text.lower() in TIME_OPENERS:
        j += 1
    nouns = j
    while j < len(words) and words[j].text.lower() in TIME_NOUNS:
        j += 1
    if j == nouns or j + 1 >= len(words) or words[j].text != ",":
        return None
    for w in words[j + 1:]:
        if w.xpos in _FINITE:
            return j + 1 if w.index > j + 1 else None
        if w.upos in ("ADP", "SCONJ", "CCONJ", "PUNCT", "VERB", "AUX"):
            return None
    return None


_QUESTION_GAP = 6          # the most words between `asked` and its question (`asked the senator on Monday`)
_QUESTION_STOPS = frozenset({",", ";", ":", "-", "--", "\u2014", "\u2013"})


def _question_on_noun(words: Sequence[Word], j: int) -> bool:
    """`asked voters which candidate won`, `asked the crowd who their favorite speaker was`: after the
    listener, `which` before a noun is a question's determiner, and `who` before a determiner or
    possessive opens a question with a subject of its own; neither opens a relative clause there
    (`the man who lives there`, `the plan, which costs ...`)."""
    if j + 1 >= len(words):
        return False
    low, nxt = words[j].text.lower(), words[j + 1]
    if low == "which":
        return nxt.upos in ("NOUN", "ADJ") or (  # `which candidate won` with `candidate` tagged a verb
            nxt.xpos in ("VBP", "NN") and j + 2 < len(words) and words[j + 2].upos in VERB_UPOS)
    return low in ("who", "whom") and (nxt.upos == "DET" or nxt.xpos == "PRP$")


def _question_after(s: Parsed, verb: Word,
                    speaker: Word | None) -> _Content | None:
    """`asked whether ...`, `asked the senator what ...`, `When asked on Monday if ...`: a verb that
    puts a question reports it from its `whether`, `if` or question word, read off the words
    whatever the parse hung the clause from: after at most a listener and a phrase of time or
    place, with no verb or infinitive between; the question runs to the next comma (or colon,
    dash) or the sentence's end.  After a noun, only a word that cannot open a relative clause
    (`asked the man who lives there` asks nothing; past such a clause, `whether` opens the question:
    `asked the man who lives there whether ...`).  A verb of telling (`TELLING_VERBS`: `explained how
    it works`, `would not say whether ...`) reports the question it answers, opened by `whether`,
    `how`, `why` or `what` only.  A verb of questioning someone (lexicon QUESTIONING_VERBS: `pressed the
    minister on why ...`, `was grilled about whether ...`) puts the question its topic's preposition opens."""
    if verb.lemma not in QUESTION_VERBS | TELLING_VERBS | QUESTIONING_VERBS:
        return None
    openers = TELLING_OPENERS if verb.lemma in TELLING_VERBS else QUESTION_OPENERS
    topics = PREPOSITION_REPORTS[verb.lemma] if verb.lemma in QUESTIONING_VERBS else None
    words, noun = s.words, False
    j, limit = verb.index, verb.index + 2 + _QUESTION_GAP
    while j + 1 < min(len(words), limit):
        j += 1
        label = _past_party_label(s, j)
        if label is not None:   # `asked by Sen. Jo Hart (D-Ore.) whether ...`: the asker's party label, no word
            limit += label - j  # of the gap
            j = label - 1
            continue
        w = words[j]
        low = w.text.lower()
        if low in openers and (topics is None or words[j - 1].text.lower() in topics) \
                and (not noun or low in PLAIN_QUESTION_OPENERS or _question_on_noun(words, j)):
            end = j
            while end + 1 < len(words) and words[end + 1].text not in _QUESTION_STOPS:
                end += 1
            while end > j and words[end].upos == "PUNCT":
                end -= 1
            return None if end == j else ((w.start, words[end].end), None)
        if noun and relative_pronoun(low) and (k := _past_listener_relative(words, j)) is not None:
            limit = max(limit, k + 2)   # `asked the man who lives there whether ...`: the relative clause
            j = k - 1                   # describes the listener; the question is what `whether` opens
            continue
        if w.upos in ("VERB", "AUX", "PART", "PUNCT", "SCONJ", "CCONJ"):
            return None
        noun = noun or w.upos in _NOMINAL
    return None


_RELATIVE_REACH = 8   # the most words of a relative clause on a listener before the question it is asked


def _past_listener_relative(words: Sequence[Word], j: int) -> int | None:
    """Where `whether` opens the question after a relative clause that words[j] (`who`, `that`) opens on the
    listener (`asked the man who lives there whether he heard shots`), within `_RELATIVE_REACH` words and no
    punctuation: a question asked (`who lives there?`) takes no question after it, so the clause before
    `whether` is the listener's description; else None.  (Not `if`, which may close the relative clause
    itself: `asked the woman who would lose her home if the plan passed to speak`.)"""
    for k in range(j + 1, min(len(words), j + 1 + _RELATIVE_REACH)):
        if words[k].upos == "PUNCT":
            return None
        if words[k].text.lower() == "whether" and k > j + 1:
            return k
    return None


def _complement_before(s: Parsed, verb: Word,
                       speaker: Word | None) -> _Content | None:
    """`Content, X said.`: the last reported clause before the verb; when the reporting clause closes
    its sentence, all of the clause before its comma (`_closing_words`: the parse may have taken a
    clause within it for the complement).  None between the speaker and the verb (`Ruiz, who said he
    votes early, said ...`, `Lee, a group allied with the mayor, said`: the speaker's asides)."""
    before = [k for k in _complements(s, verb) if k.index < verb.index]
    if before and speaker is not None and speaker.index < s.subtree(before[-1])[0].index:
        return None  # `Ruiz, who said he votes early, said ...`: a clause after the speaker describes the speaker
    if not before:
        return None
    start, end = s.span(before[-1])
    # `Trump's grasp of policy is worrying, Cuban said` with `grasp` hung from `said`: the
    # verb's other dependents before the clause belong to it, up to the speaker
    opening = s.word_range((start, end))[0]
    for k in s.kids[verb.index]:
        if k.deprel in _SUBJECTS and k.index < before[-1].index and (speaker is None or k.index < speaker.index) \
                and not any(w.text in (":", ";") for w in s.words[k.index:opening]):  # `Tuesday, 2 a.m.: A man ...`
            start = min(start, s.span(k)[0])  # a label before a colon is no part of the clause
    return _closing_or(s, verb, speaker, (start, end))  # `S, the mayor said.` closing its sentence: all of S


def _closing_words(s: Parsed, verb: Word,
                   speaker: Word | None) -> _Content | None:
    """`The city cannot control the budget in the way it once did, the mayor said.`: a reporting
    clause after a comma that closes its sentence (its speaker, the verb, and after the verb no verb
    and no `that`: a listener, a time or place at most) reports all of the clause before that comma,
    from the sentence's start (or its last semicolon or colon), read from the words whatever clause
    the parse hung the cue from."""
    if speaker is None or speaker.index > verb.index or not _is_cue_verb(verb) or relative_pronoun(speaker.text):
        return None  # `officials, who said on Friday`: a relative clause says nothing of the clause before
    own = {w.index for w in s.subtree(speaker)}
    tag = _tag_phrase(s, verb)
    if verb.xpos not in _FINITE | {"VBN"} and (tag is None or not tag[0] < speaker.index <= tag[1]):
        return None  # a bare form only as `_tag_phrase` reads it: `, people close to the campaign say`
    if tag is not None and tag[0] < speaker.index <= tag[1] and not (  # a cue hung from a bare name run: `closing-run`'s
            tag[0] < verb.head <= tag[1] and _closing_run(s, verb) is not None):
        own = set(range(tag[0] + 1, tag[1] + 1))  # `, a person close to the company said`: read from the words
    i = min(own)
    first = min((j for j in own if s.words[j].upos != "PUNCT"), default=i)
    if _handed_over(s, first - 1):
        i = first  # not the comma and mark the parse hung on the speaker (`"...," aides said`, `aides` a verb)
    while i > 0 and (s.words[i - 1].upos in _VERB_GROUP_TAGS or s.words[i - 1].text in MARK_CHARS):
        i -= 1  # `, he has long said`; `,” she said`: a quotation closing with the comma
    comma = i - 1
    if comma < 1 or s.words[comma].text not in _CLAUSE_BREAKS \
            or _summing_aside(s, verb, speaker, _word_past_marks(s, comma + 1)):
        return None  # (`..., a plan announced in May`: the writer's apposition, no reporting clause)
    between = s.words[max(own) + 1:verb.index]
    e = verb.index - 1
    while e > 0 and s.words[e].upos in _VERB_GROUP_TAGS and s.words[e].text not in _CLAUSE_BREAKS:
        e -= 1
    aside = _aside_before(s, e) if tag is not None else None
    if aside is not None and aside[0] == max(own) + 1:
        between = s.words[aside[1] + 1:verb.index]  # `, the official, who declined to be named, said`
    elif tag is not None and between and between[0].text == "," and _name_after_comma(s, max(own) + 1) is not None:
        between = between[1:]  # `, his top aide, Tom Vale, said`: the comma closing the name
    if any(w.upos not in _VERB_GROUP_TAGS for w in between):
        return None
    stop = next((w.index for w in s.words[verb.index + 1:] if _free_participle(s, w) or _tag_end(s, w.index)),
                len(s.words))
    if not _bare_tail(s, verb, stop) or any(w.text in (";", ":") for w in s.words[verb.index + 1:stop]):
        return None
    found = _clause_before(s, comma)
    return None if found is None else (found, None)


def _closing_circumstance(s: Parsed, verb: Word,
                          speaker: Word | None) -> _Content | None:
    """`Floods killed 12 people, officials said, as rescuers searched for the missing.`: a reporting clause
    set off after the clause it reports and followed by a comma opening the writer's clause of time or
    circumstance (`_circumstance_after`) reports the clause before it, as `closing-words` reads it, never
    the clause after it, however the parse hung that one from the cue."""
    comma = next((w.index for w in s.words[verb.index + 1:] if w.text in _CLAUSE_BREAKS), None)
    if comma is None or not _circumstance_after(s, comma):
        return None
    return _closing_words(s, verb, speaker)


def _bare_relative_object(s: Parsed, verb: Word,
                          speaker: Word | None) -> _Content | None:
    """`..., a move business groups had long demanded.`, `an idea voters rejected`: a cue right after (past
    its auxiliaries and adverbs) `a` or `an`, a word that opens no plural (`PLURAL_AFTER_A`), then words of a
    noun phrase ending in a plural: `a` cannot open a plural, so these are two phrases, a noun and the
    subject of a relative clause with no `that` whose object is that noun; the cue reports nothing of the
    clause around it."""
    words = s.words
    end = verb.index - 1
    while end > 0 and words[end].upos in _VERB_GROUP_TAGS:
        end -= 1
    if not (words[end].xpos == "NNS" and words[end].text.islower()
            or words[end].xpos == "NNPS" and words[end].text.endswith("s")):  # `a figure Republicans cited`
        return None
    i = end
    while i > 0 and words[i - 1].upos in ("NOUN", "ADJ") and words[i - 1].text.islower():
        i -= 1
    if i < 1 or i + 1 > end or words[i - 1].text.lower() not in INDEFINITE_ARTICLES \
            or words[i].text.lower() in PLURAL_AFTER_A or words[i].xpos == "NNS":
        return None
    return _NOTHING


def _tag_end(s: Parsed, i: int) -> bool:
    """Whether word `i` ends a reporting clause that closes what it reports: a dash before a noun phrase
    (`..., the office reported on Tuesday -- a change that ...`: the writer's aside on what was said), or
    a comma before a span of time counted from an event (`..., the paper declared, two days after the
    vote ...`: when it was said) or before a clause of circumstance (`_circumstance_after`)."""
    words = s.words
    if _circumstance_after(s, i):
        return True
    if words[i].text == "," and i + 3 < len(words):
        count, unit, link = (w.text.lower() for w in words[i + 1:i + 4])
        return (words[i + 1].upos == "NUM" or count in ("a", "an", "one")) and unit.removesuffix("s") in TIME_NOUNS \
            and link in ("after", "before", "since", "ago", "later", "earlier")
    return words[i].text in _DASHES and i + 1 < len(words) and words[i + 1].upos in ("DET", "NOUN", "ADJ", "NUM")


_COMPARISON_REACH = 10  # the most words from a comparison's opener to its forecast (`above the 4.0% economists had expected`)


def _circumstance_after(s: Parsed, i: int) -> bool:
    """Whether word `i` is a comma after a reporting clause that opens the writer's clause of circumstance
    or contrast (`CIRCUMSTANCE_OPENERS`): `Floods killed 12 people, officials said, as rescuers searched
    for the missing`: the setting of what was said, not more of it; or the writer's remark on the report:
    `without` and support not given (`UNSUPPORTED_WORDS`: `..., the ministry said, without providing
    evidence`), or a relative clause on the report (`..., the group said in a statement, which could not be
    verified`), or the writer's comparison of a figure with what was forecast (`..., the agency said, above
    the 4% economists had expected`, `, more than analysts had forecast`: `COMPARING_OPENERS`, then words of
    a forecast, `EXPECTATION_WORDS`)."""
    words = s.words
    if words[i].text != "," or i + 2 >= len(words):
        return False
    opener = words[i + 1].text.lower()
    if opener in COMPARING_OPENERS or opener in COMPARING_WORDS and words[i + 2].text.lower() == "than":
        return any(w.text.lower() in EXPECTATION_WORDS for w in words[i + 2:i + 2 + _COMPARISON_REACH])
    return opener in CIRCUMSTANCE_OPENERS or opener == "which" \
        or opener == "without" and words[i + 2].text.lower() in UNSUPPORTED_WORDS


def _inversion_content(s: Parsed, verb: Word,
                       speaker: Word | None) -> _Content | None:
    """`Tariffs will not bring the jobs back, said Ann Ruiz, an economist who ...` (`_closing_inversion`):
    all of the clause before the comma, whatever the parse made of the speaker's appositions; not `tell`
    after a speaker's phrase that `_tag_phrase` reads: the noun phrase after it is who was told (`...,
    one clerk, speaking on condition of anonymity, told the Gazette`)."""
    if not _closing_inversion(s, verb):
        return None
    if verb.lemma == "tell" and speaker is not None and (tag := _tag_phrase(s, verb)) is not None \
            and tag[0] < speaker.index <= tag[1]:
        return None
    clause = _clause_before(s, verb.index - 1, verbless=_headline_line(s))
    return None if clause is None else (clause, None)


def _inverted_aside_content(s: Parsed, verb: Word,
                            speaker: Word | None) -> _Content | None:
    """`The gap, said Ann Ruiz, an economist, is the real problem` (`_inverted_aside`): the words before
    the reporting clause, from where its clause begins, and the words after it to the sentence's end."""
    found = _inverted_aside(s, verb)
    if found is None:
        return None
    comma, _, rest = found
    first = 0
    for w in s.words[:comma]:
        if w.text in (";", ":"):
            first = w.index + 1
    before = [w for w in s.words[first:comma] if w.upos != "PUNCT"]
    after = [w for w in s.words[rest:] if w.upos != "PUNCT" or w.index < len(s.words) - 1]
    while after and after[-1].upos == "PUNCT":
        after.pop()
    if not before or not after:
        return None
    return (before[0].start, before[-1].end), (after[0].start, after[-1].end)


def _tag_aside(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`"We lost," said Ann Ruiz, the author of "Rivers and Roads."`: a verb right after a quotation's
    closing mark (and the comma, `?` or `!` before it) tags that quotation, its speaker after it: it
    reports nothing more in its sentence, the words after its speaker describe them."""
    i = verb.index
    if i < 2 or not all(ch in MARK_CHARS for ch in s.words[i - 1].text) or s.words[i - 2].text not in (",", "?", "!"):
        return None
    rest = s.words[i + 1:]
    if not rest or rest[0].upos not in ("PROPN", "DET", "ADJ", "NOUN", "NUM") or verb.xpos not in _FINITE:
        return None
    run = next((j for j, x in enumerate(rest) if x.upos == "PUNCT" or relative_pronoun(x.text)), len(rest))
    if any(x.xpos in _FINITE and x.upos in VERB_UPOS for x in rest[1:run]):
        return None  # `The mayor, a fan of "Gone Girl," said the film was good`: a clause's subject and its verb
    return _NOTHING


def _aside_tag(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`"Fame is a cage," the singer, whose album "Blue Hours" topped the charts, said.`: a verb closing its
    sentence (nothing after it but punctuation or a pronoun or noun it tells) after a quotation whose own
    comma, `?` or `!` stands inside its closing mark, then a bare noun phrase and a relative clause set
    off by commas (`SET_OFF_RELATIVES`) right before it, tags that quotation and reports nothing more: the
    relative clause describes the speaker, whatever it holds (a title in marks, a verb of its own)."""
    i = verb.index
    if verb.xpos not in _FINITE or any(x.upos in ("VERB", "AUX", "SCONJ", "ADP") or x.text in MARK_CHARS
                                       for x in s.words[i + 1:]):
        return None
    j = i - 1
    while j > 0 and s.words[j].upos == "ADV":
        j -= 1   # `, later said`
    if j > 1 and all(ch in MARK_CHARS for ch in s.words[j].text) and s.words[j - 1].text == ",":
        j -= 1   # `who wrote "Salt Roads," told me`: the comma within a title's closing mark
    if j < 1 or s.words[j].text != ",":
        return None
    k = next((k for k in range(j - 1, 0, -1) if s.words[k].text == "," and s.words[k + 1].text.lower()
              in SET_OFF_RELATIVES), None)   # the comma opening the relative clause
    if k is None:
        return None
    n = k - 1
    while n > 0 and (s.words[n].upos in _NOUN_PHRASE_TAGS or s.words[n].xpos == "POS"):
        n -= 1   # back over the noun phrase to the quotation's closing mark
    if n == k - 1 or n < 1 or not all(ch in MARK_CHARS for ch in s.words[n].text) \
            or s.words[n - 1].text not in (",", "?", "!"):
        return None
    return _NOTHING


def _set_off_report(s: Parsed, verb: Word,
                    speaker: Word | None) -> _Content | None:
    """`The levy will rise, the mayor says, because costs grew`: a reporting clause set off by
    commas within its sentence, read from the words whatever the parse made of it: after a comma, a noun
    phrase (its speaker, no relative pronoun), adverbs or auxiliaries at most, the finite cue and a comma,
    with words after that comma, reports the clause before the first comma (`_clause_before`) and the
    words after the second to the sentence's end; only those after it when the words before hold no
    clause (`But, the director added, it is ...`) or when a conjunction comes right before the first comma
    (`..., and, she argued, to cut costs`).  Not when the words after open with a participle or
    hold a cue of their own (`..., he said, adding that ...`: another report), nor in a sentence with a
    quotation mark or a bracket."""
    words = s.words
    if verb.xpos not in _FINITE or not _is_cue_verb(verb) or any(w.text.strip(MARK_CHARS) == "" for w in words):
        return None  # `"We lost," he said, "but ..."`: quotations link to their cue on their own
    i = verb.index
    while i > 0 and words[i - 1].upos in _VERB_GROUP_TAGS:
        i -= 1
    tag = _set_off_tag(s, verb, i, lambda w: w.upos in _RUN_WORDS | {"CCONJ", "ADP", "PART"})
    if tag is None:
        return None
    run = tag.first
    phrase = words[run:i]
    if phrase[0].upos in ("ADP", "CCONJ", "PART") or not any(w.upos in _NOMINAL for w in phrase) \
            or any(relative_pronoun(w.text) for w in phrase):
        return None
    rest = tag.after
    if rest[0].xpos == "VBG" or any(_is_cue_verb(w) for w in rest):
        return None
    if any(w.text in "()[]" for w in words):
        return None  # `(the cost of which, many say, is ...)`: an aside of its own
    if speaker is not None and not run <= speaker.index < i:
        return None
    after = (rest[0].start, rest[-1].end)
    if words[run - 2].upos == "CCONJ":
        return after, None  # `... and, she argued, to cut costs`: what is joined after the conjunction
    if tag.before is None:
        opening = [w for w in words[:run - 1] if w.upos != "PUNCT"]
        if len(opening) > 2 or any(w.upos in VERB_UPOS for w in opening):
            return None  # words before that are more than an opening word or two, yet no clause
        return after, None
    return tag.before, after


def _closing_run_content(s: Parsed, verb: Word,
                         speaker: Word | None) -> _Content | None:
    """`..., the news site Valley Courier reported.` (`_closing_run`): all of the clause before the
    comma, when the speaker lies in the run of words between it and the cue."""
    found = _closing_run(s, verb)
    if found is None or speaker is None or not found[1] <= speaker.index < verb.index:
        return None
    clause = _clause_before(s, found[0])
    return None if clause is None else (clause, None)


_ANSWER_ENDS = frozenset({".", ",", ";", ":", "!", "?", "--", "\u2014", "\u2013"})


def _answer_words(s: Parsed, verb: Word,
                  speaker: Word | None) -> _Content | None:
    """`Most voters said yes.`, `he said so`, `a third said the same of the mayor`: right after a verb
    of saying, `yes`, `no` or `so` (`ANSWER_WORDS`), `the same` with a phrase of `of` or `for` or
    `the same thing`, or after a negated one a bare question word (`would not say when`:
    `BARE_QUESTION_WORDS`), then the clause's end, stands for the whole clause said (`said no to the
    plan` is no answer)."""
    if verb.lemma not in SAY_VERBS or verb.xpos == "VBG":
        return None
    words, i = s.words, verb.index + 1
    if i < len(words) and (words[i].text.lower() in ANSWER_WORDS
                           or (words[i].text.lower() in BARE_QUESTION_WORDS and _negated(s, verb))):
        end = i
    elif i + 1 < len(words) and words[i].text.lower() == "the" and words[i + 1].text.lower() == "same":
        end = i + 1
        if end + 1 < len(words) and words[end + 1].text.lower() == "thing":
            end += 1  # `said the same thing`
        elif end + 1 < len(words) and words[end + 1].text.lower() in ("of", "for"):
            end += 1
            while end + 1 < len(words) and words[end + 1].text not in _ANSWER_ENDS:
                end += 1
            if end == i + 2:
                return None
    else:
        return None
    if end + 1 < len(words) and words[end + 1].text not in _ANSWER_ENDS and not _answer_adjunct(words[end + 1]):
        return None
    return (words[i].start, words[end].end), None


def _negated(s: Parsed, verb: Word) -> bool:
    """Whether a verb is negated, by an adverb or particle of negation among its own words or the two
    words right before it (`did not say`, `never said`, `won't say`: `NEGATIONS`; not `nobody said`)."""
    near = [k for k in s.kids[verb.index] if k.deprel == "advmod"] + list(s.words[max(0, verb.index - 2):verb.index])
    return any(w.upos in ("PART", "ADV") and (w.text.lower().replace("\u2019", "'") in NEGATIONS
               or w.text.lower().replace("\u2019", "'").endswith(NEGATING_SUFFIXES)) for w in near)


def _answer_adjunct(w: Word) -> bool:
    """`half said so in May`, `most said yes while a few said no`: a phrase of time or place or a new
    clause may follow an answer; `to`, `of`, `for`, `about`, `than` tie what follows to the answer
    itself (`said no to the plan`, `said so much`), and `that` opens a purpose clause (`said so that`)."""
    lower = w.text.lower()
    if w.upos == "ADP":
        return lower not in ("to", "of", "for", "about", "than", "that")
    return w.upos in ("SCONJ", "CCONJ") and lower != "that"


def _question_put_content(s: Parsed, verb: Word,
                          speaker: Word | None) -> _Content | None:
    """`Asked whether ..., Dean said no.`: the question put to the speaker is not their words, whether
    the parse hangs the cue from it or it from the cue; the noun phrase a cue with its own subject takes
    after it is their answer (`Asked how long it would take, Lee said about six weeks`, as
    `reported-object` or `last-object` find it)."""
    if not (verb.head >= 0 and _question_put(s, s.words[verb.head])
            or any(k.index < verb.index and _question_put(s, k) for k in _complements(s, verb))):
        return None
    if not any(k.deprel in ("nsubj", "nsubj:pass") and k.index < verb.index for k in s.kids[verb.index]):
        return _NOTHING  # `Asked by the host to respond to the critics, ...`: the request's own words
    answer = _reported_object(s, verb, speaker) or _last_object(s, verb, speaker)
    return answer if answer is not None and answer[0] is not None and answer[0][0] >= verb.end else _NOTHING


_EMBEDDING_WORDS = BARE_QUESTION_WORDS | frozenset({"that", "if", "what", "who", "which"})  # `asked whether ...`


def _fronted_setting(s: Parsed, verb: Word,
                     speaker: Word | None) -> _Content | None:
    """`As the mayor spoke, the crowd responded with cheers`, `When Lee asked about it, Ruiz replied calmly`:
    where all a closing report would take before its comma is one subordinate clause of time, cause or
    concession opening the sentence (`FRONTED_OPENERS`, or `as`), read from the words (an opener, then no
    comma before the one closing it), that clause sets the scene for the cue's own clause, the sentence's
    main clause: it is no one's words, and the cue reports nothing."""
    frame = _reporting_frame(s, verb, speaker)
    if frame is None or frame[0] is None or frame[1] < len(s.words):
        return None
    words = [w for w in s.words if frame[0][0] <= w.start and w.end <= frame[0][1]]
    while words and (words[0].upos == "CCONJ" or words[0].text.lower() in ("even", "just", "only")):
        words = words[1:]  # `But even after the talks stalled, ...`
    participle = len(words) >= 2 and words[0].upos == "VERB" and words[0].xpos in ("VBN", "VBG") and (all(
        sum(y.text.lower() in _EMBEDDING_WORDS and y.upos != "DET" for y in words[1:k])
        >= sum(y.xpos in _FINITE for y in words[:k + 1])
        for k, x in enumerate(words) if x.xpos in _FINITE) or s.subtree(words[0])[-1].index >= words[-1].index)
    # `Asked where the figure came from, ...`: each finite verb within a clause it embeds, its own `where` or
    # `that` before it, or all of it the participle's (not a gerund subject's main clause: `Finding what is
    # under it is hard, he said`, `Bridging that gap means ..., he said`)
    if len(words) < (2 if participle else 3) or not participle and words[0].text.lower() not in FRONTED_OPENERS | {"as"} \
            or any(w.text in _CLAUSE_BREAKS or w.text in MARK_CHARS for w in words) \
            or not participle and not any(w.upos in VERB_UPOS for w in words[1:]):
        return None  # `If the council fails, the state steps in, he said`: a main clause follows it
    return _NOTHING


def _clause_head(s: Parsed, w: Word) -> bool:
    """Whether `w` heads a clause: a verb, adjective or noun, or any word with a copula or subject of
    its own (`This is not about me, she said`: a clause the parse hung from the pronoun)."""
    return w.upos in _CLAUSAL or any(k.deprel in ("cop", "nsubj", "nsubj:pass") for k in s.kids[w.index])


def _paratactic_host(s: Parsed, verb: Word,
                     speaker: Word | None) -> _Content | None:
    """`Prices will rise, he said` parsed with the cue as a side clause: the clause it hangs from (all of
    the clause before the comma when the report closes its sentence: `_closing_or`)."""
    if verb.deprel == "parataxis" and verb.head >= 0 and _clause_head(s, s.words[verb.head]) \
            and not _onward_participle(s, verb) and not _split_report(s, verb, speaker) \
            and not _semicolon_clause(s, verb) and not _own_message_after(s, verb):
        found = _closing_or(s, verb, speaker, _clause_without(s, s.words[verb.head], verb))
        return _past_semicolon(s, verb, _past_quoting_opener(s, found[0])), found[1]
    return None


def _past_semicolon(s: Parsed, verb: Word, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """`Lee said the plan was a disaster; it would cost jobs, she added.`: a tag after its content reports
    the clause back to a semicolon before it, no further: the clause before the semicolon is one of its own
    (another's report here)."""
    if found is None or found[1] > verb.start:
        return found
    last = max((w.index for w in s.words if w.text == ";" and found[0] <= w.start and w.end <= found[1]), default=None)
    if last is None or last + 1 >= len(s.words) or s.words[last + 1].start >= found[1]:
        return found
    return s.words[last + 1].start, found[1]


def _semicolon_clause(s: Parsed, verb: Word) -> bool:
    """`One called it "decorative"; another dismissed it as "..."`: a verb whose clause a semicolon opens (the
    semicolon hung from it, before it) heads a clause of its own, the equal of the one before the semicolon:
    it never reports that clause, as a tag set off by a comma does (`Prices will rise, he said`)."""
    return any(w.text == ";" and w.head == verb.index and w.index < verb.index for w in s.words)


def _past_quoting_opener(s: Parsed, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """`Quoting the Psalms, "The Lord is near," the bishop said`: a content opening on a participle of quoting
    (`quoting`, `citing`: `QUOTING_VERBS`) and its object set off by a comma right before a quotation mark
    starts at that mark; the participle tells whose words the speaker repeats, it is no part of them."""
    if found is None:
        return found
    inside = [w for w in s.words if found[0] <= w.start and w.end <= found[1]]
    if not inside or inside[0].xpos != "VBG" or inside[0].lemma not in QUOTING_VERBS:
        return found
    comma = next((k for k, w in enumerate(inside) if w.text == ","), None)
    if comma is None or comma + 1 >= len(inside) or inside[comma + 1].upos != "PUNCT" \
            or inside[comma + 1].text not in ('"', "``", "\u201c", "'", "\u2018"):
        return found
    return inside[comma + 1].start, found[1]


def _split_report(s: Parsed, verb: Word, speaker: Word | None) -> bool:
    """`Vale's lawyer said his client, who has denied the charges, would plead not guilty` parsed with `his
    client` the object of `said` and `would plead` a side clause: a cue whose subject is the object of a verb
    of saying before it is that verb's report split apart (the subject's relative clause between), not a
    clause set off after the one it reports."""
    host = s.words[verb.head]
    return speaker is not None and speaker.head == host.index and speaker.deprel == "obj" \
        and host.index < speaker.index < verb.index and host.lemma in SAY_VERBS


def _onward_participle(s: Parsed, verb: Word) -> bool:
    """`..., adding: "..."`, `..., adding that ...`: a participle with no subject of its own, after the
    clause it hangs from and set off from it by a comma, goes on to what follows it; it does not report
    the clause before it."""
    return verb.xpos == "VBG" and verb.head < verb.index and verb.index > 0 \
        and any(w.text == "," for w in s.words[max(0, verb.index - 2):verb.index]) \
        and not any(k.deprel in _SUBJECTS for k in s.kids[verb.index])


def _closing_or(s: Parsed, verb: Word, speaker: Word | None, found: tuple[int, int]) -> _Content:
    """The content a rule `found` from the parse, or, when the report closes its sentence and the
    clause before its comma holds that content, all of that clause (`_closing_words`); all of it too
    when what the parse found lies after that comma, in the speaker's own phrase (`, a person close to
    the company said` with `close` taken for a clause)."""
    closing = _closing_words(s, verb, speaker)
    if closing is not None and closing[0] is not None and closing[0][0] <= found[0] and (
            found[1] <= closing[0][1] or closing[0][1] <= found[0] < found[1] <= verb.start
            or speaker is not None and closing[0][1] <= speaker.start < found[1] <= verb.start):
        return closing  # all of the clause before the comma; a clause after it lies in the speaker's phrase,
    return found, None  # or runs on into it (`..., the official, who declined to be named, said`)


def _as_clause_host(s: Parsed, verb: Word,
                    speaker: Word | None) -> _Content | None:
    """`As the paper noted, it is ...`: the clause the `as` clause hangs from (read from the words when
    the parse made the cue its sentence's root: `_as_opening_root`)."""
    if _as_clause(s, verb) is not None and _clause_head(s, s.words[verb.head]):
        return _clause_without(s, s.words[verb.head], verb), None
    opening = _as_opening_root(s, verb)
    return None if opening is None else (opening, None)


def _as_opening_root(s: Parsed, verb: Word) -> tuple[int, int] | None:
    """`As one shop owner put it, the street has run out of customers` parsed with the cue as the
    sentence's root and the clause after its comma as the cue's conjunct: `as` opening the sentence,
    a noun phrase, the cue (with the `it` of `put it`, an adverb or a time of its own, no other object or
    complement) and a comma are a reporting clause whatever the parse made of them; the clause after the
    comma (its verb with a subject of its own, or a noun phrase and a finite verb after it, however the parse
    took them) is what it reports, to the sentence's end."""
    words, particle = s.words, _phrasal_word(s, verb)
    if verb.head >= 0 or verb.index < 2 or words[0].text.lower() != "as" or any(
            w.upos not in _NOMINAL | {"DET", "ADJ", "NUM"} and not (w.upos == "ADV" and w.head == verb.index)
            and not (w.upos == "ADP" and words[w.head].upos in _NOMINAL and 0 < w.head < verb.index)
            for w in words[1:verb.index]):
        return None  # (an adverb of the cue's own: `As the paper recently noted, ...`; a noun's preposition in the
        # subject: `As a study from 2011 noted, ...`)
    after = _tag_time(s, verb.index + 1 if particle is None else particle.index + 1)  # `noted last week, ...`
    if after + 1 >= len(words) or words[after].text != "," or any(
            k.deprel in ("obj", "iobj", "xcomp", "ccomp") and k is not particle and k.index < after
            and not time_word(k.text) for k in s.kids[verb.index]):
        return None
    rest = [w for w in words[after + 1:] if w.upos != "PUNCT"]
    if not rest or not any(w.head == verb.index and w.deprel == "conj"
                           and any(k.deprel in _SUBJECTS for k in s.kids[w.index]) for w in rest) \
            and not _finite_after_subject(rest):
        return None
    return rest[0].start, rest[-1].end


def _finite_after_subject(rest: Sequence[Word]) -> bool:
    """`trust in the council is collapsing`: words opening on a noun phrase (a determiner, adjective, noun or
    pronoun first) with a finite verb after it: a clause with its subject, whatever the parse took its first
    noun for (`trust` tagged as a verb)."""
    return bool(rest) and (rest[0].upos in _NOMINAL | {"DET", "ADJ", "NUM"} or rest[0].upos == "VERB"
                           and rest[0].xpos in ("NN", "VB", "VBP")) and any(
        w.xpos in _FINITE and w.upos in VERB_UPOS for w in rest[1:])


def _passive_closing(s: Parsed, verb: Word,
                     speaker: Word | None) -> _Content | None:
    """`..., it is reported.`, `..., the jury was told.`: a passive cue (its participle after a form of
    `be`) closing its sentence, after its passive subject (`it`, a pronoun or a noun phrase: the one told)
    and a comma: the clause before the comma, no speaker named."""
    words = s.words
    if speaker is not None or verb.xpos != "VBN" or verb.index < 4 or not _is_cue_verb(verb) \
            or not all(x.upos == "PUNCT" for x in words[verb.index + 1:]) \
            or words[verb.index - 1].lemma != "be" or words[verb.index - 1].text.lower() == "being":
        return None
    end = verb.index - 2
    if words[end].text.lower() in ("has", "have", "had") and words[end + 1].text.lower() == "been":
        end -= 1  # `..., the Guardian has been told.`
    elif words[end].upos == "AUX":
        return None  # a modal (`..., it may be argued.`) is no report
    if words[end].upos == "PRON" and words[end].text.lower() in NOMINATIVE_PRONOUNS | {"it"}:
        first = end
    else:
        found = _run_before(s, verb, end)
        if found is None:
            return None
        first = next(x.index for x in words if x.start == found[1][0])
    if first < 2 or words[first - 1].text != "," or not any(
            x.xpos in _FINITE or x.xpos == "VBN" and x.upos == "VERB" for x in words[:first - 1]):
        return None
    return (words[0].start, words[first - 2].end), None


def _closing_content(s: Parsed, verb: Word,
                     speaker: Word | None) -> _Content | None:
    """A report closing its sentence, however the parse hung it: see `_closing_report`."""
    closing = _closing_report(s, verb, speaker)
    return None if closing is None else (closing, None)


def _raised_report(s: Parsed, verb: Word,
                   speaker: Word | None) -> _Content | None:
    """`The striker is said to be unhappy`, `He was reported to have left the city`: a passive cue of
    saying or reporting (`RAISING_REPORTS`) with an infinitive after it says that infinitive of its
    subject, no one named saying it: the whole clause, from its subject to the infinitive's end
    (not an infinitive that is a cue or a naming verb itself: `is said to have told aides ...`, `is reported
    to have called them "free riders"` are its own reports)."""
    kids = s.kids[verb.index]
    if verb.lemma not in RAISING_REPORTS or not any(k.deprel == "aux:pass" for k in kids):
        return None
    subject = next((k for k in kids if k.deprel == "nsubj:pass" and k.index < verb.index), None)
    clause = next((k for k in kids if k.deprel == "xcomp" and k.index > verb.index and to_infinitive(s.kids[k.index])),
                  None)
    if subject is None or clause is None or subject.lemma == "it":
        return None
    if _raised_saying(s, clause):
        return _NOTHING  # `is said to have warned that ...`: the infinitive's verb of saying reports, its speaker
        # the raised subject
    if _is_cue_verb(clause) or clause.text.lower() in NAMING_FORMS:
        return None  # `is reported to have called the plan a hoax`: the infinitive's own cue reports
    return (s.span(subject)[0], min(s.span(clause)[1], _participle_cut(s, clause))), None


def _forecast(s: Parsed, verb: Word,
              speaker: Word | None) -> _Content | None:
    """`The storm threatens to flood the valley`, `a case that threatened to cripple the unions`, `The
    debate promised to be lively`: a verb of promising or threatening (`COMMISSIVE_VERBS`) with an
    infinitive, whose subject is a thing (a common noun, or the noun `that` or `which` stands for, that
    names no one who may speak: no person (a noun for one, `person_noun`: `The actor vowed ...`), group, role or
    organisation, nor a text that speaks for its
    writer, `the letter threatened to ...`: `SPEAKING_TEXTS`; not `who`; a noun of an event, trend or force,
    `LIKELIHOOD_SUBJECTS`, plural or not: `Rising costs threaten to ...`), tells what is likely
    to come, not what anyone said: nothing is reported.  Not a participle (`vowing to ...`), whose
    subject the parse often takes from a noun near it."""
    if verb.lemma not in COMMISSIVE_VERBS or verb.xpos == "VBG" or speaker is None \
            or speaker.text.lower() in PERSON_RELATIVES or not any(
            k.deprel == "xcomp" and k.index > verb.index and to_infinitive(s.kids[k.index]) for k in s.kids[verb.index]):
        return None
    head = speaker
    if relative_pronoun(head.text) and verb.deprel == "acl:relcl" and verb.head >= 0:
        head = s.words[verb.head]  # `a case that threatened to ...`
    low = head.text.lower()
    if low in LIKELIHOOD_SUBJECTS and head.upos != "PROPN":
        return _NOTHING  # `Rising costs threaten to ...`, `A ballot initiative threatened to ...`: an event, a trend
        # or a force, plural or not, whatever tag the parse gave it
    if head.upos != "NOUN" or (head.text != low and head.index > 0) or {low, head.lemma.lower()} & (
            ROLE_WORDS | SPEAKER_NOUNS | GROUP_NOUNS | ORGANISATION_WORDS | ORGANISATION_EPITHETS | SPEAKING_TEXTS) \
            or describe(low).kind != "unnamed" or person_noun(low):
        return None  # (`The carmaker promised to repair the cars`: a company, which speaks; `The actor vowed never
        # to ...`: a noun for a person, `person_noun`)
    return _NOTHING


def _time_clause_end(s: Parsed, end: int) -> int:
    """`recalled hearing a roar before the buildings fell`, `promised to stay until the last family left`, with
    the preposition taken for the noun's and the verb hung elsewhere: a report ending (at character `end`) on
    a noun phrase that `after`, `before`, `since` or `until` opens (lexicon CLAUSE_PREPOSITIONS), right before a
    finite verb, ends in a clause of time whose subject is that noun phrase: the report runs on over the verb
    (and its auxiliaries) and the words right after it that the parse hung from it; else `end`."""
    words = s.words
    i = next((w.index for w in reversed(words) if w.end <= end), -1)
    if i < 1 or i + 1 >= len(words) or words[i].upos not in NOUN_UPOS or words[i + 1].start < end:
        return end
    j = i
    while j > 0 and _noun_phrase_word(words[j]):
        j -= 1
    v = i + 1
    while v < len(words) and words[v].upos == "AUX" and words[v].head > v:
        v += 1
    if j == i or words[j].text.lower() not in TIME_CLAUSE_PREPOSITIONS or v >= len(words) \
            or words[v].upos != "VERB" or words[i + 1].xpos not in _FINITE:
        return end
    own = {w.index for w in s.subtree(words[v])}
    last = v
    while last + 1 < len(words) and last + 1 in own and words[last + 1].upos != "PUNCT":
        last += 1
    return words[last].end


def _time_clause_goes_on(rule: Callable[[Parsed, Word, Word | None], _Content | None]
                         ) -> Callable[[Parsed, Word, Word | None], _Content | None]:
    """`rule`, its content running on over a clause of time the parse broke off at its end (`_time_clause_end`)."""
    def run(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
        found = rule(s, verb, speaker)
        if found is None or found[0] is None or found[1] is not None or found[0][0] < verb.end:
            return found
        return (found[0][0], _time_clause_end(s, found[0][1])), None
    run.__doc__ = rule.__doc__
    return run


def _passive_participle(s: Parsed, w: Word) -> bool:
    """Whether word `w` is a past participle right after a form of `be` (`was done`, `were rejected`): a passive
    verb, its phrase closed (no object comes after it)."""
    return w.xpos == "VBN" and w.index > 0 and s.words[w.index - 1].lemma == "be"


def _before_main_verb(rule: Callable[[Parsed, Word, Word | None], _Content | None], infinitive: bool = False
                      ) -> Callable[[Parsed, Word, Word | None], _Content | None]:
    """`rule`, its report (an `infinitive` one or a clause) ending before the verb of the sentence whose subject
    holds the cue's relative clause (`A witness who claimed to have seen it later recanted`, `The official who
    said that the plan was dead resigned`: `_subject_relative_end`)."""
    def run(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
        found = rule(s, verb, speaker)
        if found is None or found[0] is None or found[1] is not None:
            return found
        main = _subject_relative_end(s, verb, found[0][0], infinitive)
        said = [w for w in s.words if found[0][0] <= w.start and w.end <= min(found[0][1], main or found[0][1])]
        return ((found[0][0], said[-1].end), None) if said else None
    run.__doc__ = rule.__doc__
    return run


def _gerund_content(s: Parsed, verb: Word,
                    speaker: Word | None) -> _Content | None:
    """`denied taking the money`, `reported spending $1 million on ads`, `recalled meeting him`: a cue
    whose `-ing` complement is its message (`GERUND_REPORTS`) reports that clause, when it follows the
    verb (past adverbs) with no comma, preposition or subject of its own (`..., adding` is another
    report; `recalled the day, meeting ...` no complement); `having` or `being` right before a participle
    is that participle's auxiliary, and the clause runs over the participle's words, wherever the parse hung
    them (`denied having met the envoy`, `admitted being paid by the firm`)."""
    if verb.lemma not in GERUND_REPORTS:
        return None
    for k in s.kids[verb.index]:
        perfect = k.xpos == "VBN" and any(a.deprel.startswith("aux") and a.xpos == "VBG" and a.index < k.index
                                          for a in s.kids[k.index])  # `admitted being paid`
        if k.index <= verb.index or k.xpos != "VBG" and not perfect or k.deprel not in ("xcomp", "ccomp", "obj", "advcl"):
            continue
        between = s.words[verb.index + 1:s.subtree(k)[0].index]
        own = s.kids[k.index]
        if _closed_aside(s, k):
            continue  # `reported, citing two sources, that ...`: an aside set off by commas on both sides
        if s.subtree(k)[0].text == ",":
            continue  # `was denied, citing privilege`: a phrase set off after the clause, no complement
        if any(w.upos != "ADV" for w in between) or any(c.deprel in _SUBJECTS or c.deprel in ("mark", "case")
                                                       for c in own if c.index < k.index):
            return None
        end = min(s.span(k)[1], _participle_cut(s, k))
        stray = _stray_gerund_object(s, verb, k)
        if stray is not None:  # `denied targeting civilians` with `civilians` hung on `denied`
            end = max(end, _noun_phrase_end(s, verb, stray, frozenset()))
        nxt = s.words[k.index + 1] if k.index + 1 < len(s.words) else None
        if k.text.lower() in ("having", "being") and nxt is not None and nxt.xpos in ("VBN", "VBD") \
                and s.span(k)[1] <= nxt.start:
            end = max(end, min(s.span(nxt)[1], _participle_cut(s, nxt)))  # `denied having met the envoy`
        return (s.subtree(k)[0].start, end), None
    return None


def _stray_gerund_object(s: Parsed, verb: Word, gerund: Word) -> Word | None:
    """`denied targeting civilians`, `admitted taking bribes` parsed with the noun as the cue's object: an
    `-ing` verb with no object of its own takes the bare noun phrase right after it (a cue takes no object
    after its `-ing` complement), whatever the parse hung it from.  That object of `verb`, or None."""
    if gerund.xpos != "VBG" or any(c.deprel in ("obj", "ccomp", "xcomp") for c in s.kids[gerund.index]):
        return None
    after = max(w.index for w in s.subtree(gerund)) + 1
    return next((k for k in s.kids[verb.index] if k.deprel == "obj" and k.upos in NOUN_UPOS
                 and s.subtree(k)[0].index == after), None)


def _closed_aside(s: Parsed, k: Word) -> bool:
    """`reported, citing two sources, that ...`: a participle whose phrase opens at a comma and closes at
    another, with more of the sentence after it, is an aside set within the clause, not its message."""
    span = s.subtree(k)
    last = max(x.index for x in span if x.text != ",")
    return span[0].text == "," and last + 2 < len(s.words) and s.words[last + 1].text == ","


# Tags of a word that may open the main clause's verb after a subject's relative clause (`resigned`, tagged
# as a past participle too, `recanted`; the bare form of a plural subject's present, `want`, tagged as the
# infinitive it looks like): a finite verb or a past form.
_MAIN_VERB_TAGS = FINITE_TAGS | {"VBN", "VB"}
# Relations of a word to its predicate that make it the predicate's verb (`is` in `is a nurse`).
_PREDICATE_VERB_RELATIONS = frozenset({"cop", "aux", "aux:pass"})


def _subject_relative_end(s: Parsed, verb: Word, start: int, infinitive: bool = False) -> int | None:
    """`The official who said the plan was dead resigned on Monday`, `A witness who claimed to have seen the
    shooting later recanted`: a cue in a relative clause (`who`, `that`) on the noun phrase opening its sentence,
    with no comma, is within the sentence's subject, whose own verb must come after what was said.  The
    sentence's verb is the first verb (or tensed auxiliary) after the report's own (which starts at char
    `start`) that comes right after an adjective or a passive participle closing that verb's phrase (`was dead
    resigned`, `was done was fired`: no subject between; adverbs before it too: `dead later resigned`), or, after an infinitive report (`infinitive`) with no finite verb, after
    an adverb (`the shooting later recanted`) or tagged finite.  Where the report ends (a char offset), before
    that verb and its adverbs; None where the cue is not so placed or no such verb comes.  A participle of saying
    right after that noun phrase is within the subject too (`Residents saying the plant would close marched to
    city hall`): its clause ends where `_last_predicate_start` reads the sentence's own tensed verb group."""
    words = s.words
    if verb.xpos == "VBG" and not infinitive and _opening_noun_phrase(words[:verb.index]):
        return _last_predicate_start(words[verb.index + 1:], start)  # `Residents saying the plant would close marched`
    if verb.index < 2 or not relative_pronoun(words[verb.index - 1].text) \
            or words[verb.index - 1].upos not in ("PRON", "DET", "SCONJ"):
        return None
    if not _opening_noun_phrase(words[:verb.index - 1]):
        return None  # not `The official who said`: a noun phrase alone before the relative clause
    own = False  # whether the report has a finite verb of its own before
    head = words[verb.index - 2] if verb.head < 0 else words[verb.head]  # the noun the relative clause is on
    for w in words[verb.index + 1:]:
        if w.start <= start:
            continue
        if w.upos == "PUNCT" and all(x.upos == "PUNCT" for x in words[w.index:]):
            break  # the sentence's closing stop
        if w.upos == "PUNCT" or w.upos in ("CCONJ", "SCONJ") or relative_pronoun(w.text):
            return None  # a comma, `and`, `that`: a clause whose verb is no longer the sentence's
        i = w.index - 1
        while i > verb.index and words[i].upos == "ADV":
            i -= 1
        before = words[i]
        adverb = i < w.index - 1
        if own and (w.xpos in _MAIN_VERB_TAGS and w.upos == "VERB" or w.xpos in FINITE_TAGS and w.upos == "AUX") \
                and (before.upos == "ADJ" or _passive_participle(s, before)
                     or before.upos in _NOMINAL and _predicate_of(s, w, head)):
            return words[i + 1].start if adverb else w.start
        if own and before.upos in ("ADJ", "VERB") and _verb_read_as_noun(s, w, head):
            return words[i + 1].start if adverb else w.start
        if infinitive and not own and w.upos == "VERB" and (w.xpos in FINITE_TAGS or (adverb and w.xpos == "VBN")) \
                and before.upos not in ("AUX", "PART"):
            return words[i + 1].start
        own = own or w.xpos in FINITE_TAGS or _subject_bare_past(words, w.index, start)
    return None if infinitive else _last_predicate_start(words[verb.index + 1:], start)


def _subject_bare_past(words: Sequence[Word], k: int, start: int) -> bool:
    """`Workers who say the mill closed fear for their jobs`: a lower-case form in `-ed` the tagger took for a
    participle (`words[k]`), right after the noun or pronoun of the report's subject (the report opening at char
    `start`) with no verb or auxiliary in the report before it, is the report's tensed verb, its past: a
    participle on that noun would leave the report no verb of its own before the sentence's (not before `by`, a
    passive's agent: `the speech delivered by his mother`)."""
    w = words[k]
    if w.xpos != "VBN" or not w.text.islower() or not w.text.endswith("ed") or k == 0 \
            or words[k - 1].upos not in ("NOUN", "PROPN", "PRON") or words[k - 1].start < start \
            or k + 1 < len(words) and words[k + 1].text.lower() == "by":
        return False
    return not any(x.upos in ("AUX", "VERB") for x in words[:k] if x.start >= start)


def _reduced_passive(s: Parsed, verb: Word) -> bool:
    """`A $2 billion merger announced Friday would make the bank ...`, `The plan unveiled on Monday will cut ...`:
    a cue in `-ed` right after the noun phrase opening its sentence, followed (past a phrase of time) by a modal
    or a tensed auxiliary, is a participle on that noun (an active verb would take its object or clause there,
    not a second verb): the noun is the thing reported, and the words after are the sentence's own."""
    if verb.xpos not in _PAST_FORMS or not _opening_noun_phrase(s.words[:verb.index]) \
            or s.words[verb.index - 1].upos not in NOUN_UPOS \
            or any(k.deprel in _SUBJECTS for k in s.kids[verb.index]):
        return False  # not `The only regret he acknowledged was ...`: a clause with a subject of its own
    i = verb.index + 1
    while i < len(s.words) and (time_word(s.words[i].text) or s.words[i].upos == "ADP" and i + 1 < len(s.words)
                                and time_word(s.words[i + 1].text)):
        i += 1  # `Friday`, `on Monday`
    return i < len(s.words) and (s.words[i].xpos == "MD" or s.words[i].upos == "AUX" and s.words[i].xpos in FINITE_TAGS)


def _opening_noun_phrase(before: Sequence[Word]) -> bool:
    """Whether the words opening a sentence (`before`) are a noun phrase alone, its prepositional phrases
    and possessives too (`The official`, `A man from Ohio`, `The mayor's aide`): no verb, no punctuation."""
    return any(w.upos in _NOMINAL for w in before) \
        and all(w.upos in _RUN_WORDS | {"ADP"} or w.xpos == "POS" for w in before)


_PAST_FORMS = frozenset({"VBD", "VBN"})  # a past tense, or the participle the tagger may take it for
# Tags of the words a verb group is made of: verbs, auxiliaries, adverbs and `not` between them (`have now filed`).
_TENSE_GROUP_TAGS = frozenset({"VERB", "AUX", "ADV", "PART"})


def _last_predicate_start(after: Sequence[Word], start: int) -> int | None:
    """`Voters who say the economy is their top concern were evenly split`, `Parents who say the school failed
    their children now want ...`: a report in a relative clause on the noun phrase opening its sentence, with no
    punctuation, conjunction or relative word after it (`_subject_relative_end` checks), holds one tensed verb
    group, and the sentence's own predicate comes after it: where two or more tensed verb groups follow the report's
    start (char `start`) among the words after the cue (`after`), the last one opens the sentence's predicate (with
    its adverbs: `now want`); a group is tensed by a finite tag or an auxiliary not after `to` (`the water is unsafe
    have filed`, `have` mistagged), and a past form right after a group's main verb opens a tensed group of its
    own (`the vote was rigged shot two guards`: no participle follows a main verb), as does one right after a
    pronoun standing alone after a tensed group (`the land was his fenced off`), and a second finite word
    (`the war is over are wrong`: a group is tensed once, at its first word).  Its char offset; None with fewer
    groups."""
    groups: list[Word] = []  # the first word of each tensed group
    first: Word | None = None
    tensed = main = finite = False  # whether the open group has a tensed word, a main verb, a finite-tagged word
    owner = False  # whether the word before is a pronoun standing alone right after a tensed group (`was his`)
    for k, w in enumerate(after):
        if w.start < start:
            continue
        if w.upos not in _TENSE_GROUP_TAGS:
            owner = w.upos == "PRON" and first is not None and tensed
            if first is not None and tensed:
                groups.append(first)
            first, tensed, main, finite = None, False, False, False
            continue
        now = w.xpos in FINITE_TAGS or (w.upos == "AUX" and (first or w).text.lower() != "to") \
            or ((main or owner and first is None) and w.upos == "VERB" and w.xpos in _PAST_FORMS) \
            or _subject_bare_past(after, k, start)  # `was rigged shot`, `was his fenced`, `the mill closed`: a past
        owner = False  # no participle follows a main verb or a pronoun standing alone after a tensed group
        if now and main or finite and w.xpos in FINITE_TAGS:  # `matters most were split`, `is over are wrong`:
            if tensed and first is not None:  # a tensed word after a main verb, or a second finite word (a
                groups.append(first)  # group is tensed once, at its first word), opens a group of its own
            first, tensed, main, finite = w, False, False, False
        first = first or w
        tensed, main, finite = tensed or now, main or w.upos == "VERB", finite or w.xpos in FINITE_TAGS
    if first is not None and tensed:
        groups.append(first)
    return groups[-1].start if len(groups) > 1 else None


def _predicate_of(s: Parsed, w: Word, subject: Word) -> bool:
    """Whether finite word `w` is the verb of the predicate whose subject is `subject` (`The woman who said
    she saw the crash is a nurse`: `is`, the copula of `nurse`, whose subject is `woman`): `w` heads the
    predicate or is its copula or auxiliary, and `subject` is that predicate's subject."""
    pred = w if w.deprel not in _PREDICATE_VERB_RELATIONS or w.head < 0 else s.words[w.head]
    return subject.head == pred.index and subject.deprel.split(":")[0] == "nsubj"


def _verb_read_as_noun(s: Parsed, w: Word, subject: Word) -> bool:
    """`Residents who say the plant is unsafe plan to protest`, `The resident who says it is unsafe plans to
    protest`, `Workers who say the mill is closing fear for their jobs`: after a predicate adjective or a verb
    closing a report, a lower-case noun-tagged word with no determiner, in the number a verb takes from the
    relative's noun (`plan` after plural `Residents`, `plans` after `resident`), is the sentence's own verb when
    no finite verb comes after it (a subject needs a verb of its own): one taking an infinitive, right before
    `to` and a bare verb, or one taking a preposition's phrase, right before a preposition, after a verb or an
    adjective right after `be` (`is closing fear for`, `is unsafe worry about`), when no later word could be
    that verb (`is making progress fear for`: no noun read as a verb before another)."""
    words = s.words
    if not _bare_agreeing_noun(s, w, subject) or w.index + 2 >= len(words) or subject.upos != "NOUN":
        return False
    if any(x.xpos in FINITE_TAGS for x in words[w.index + 1:]):
        return False
    nxt, bare, prev = words[w.index + 1], words[w.index + 2], words[w.index - 1]
    if nxt.xpos == "TO" and bare.xpos == "VB":
        return prev.upos == "ADJ" or prev.upos == "VERB"
    closing = prev.upos == "VERB" or prev.upos == "ADJ" and prev.index > 0 and words[prev.index - 1].lemma == "be"
    return nxt.upos == "ADP" and closing \
        and not any(_bare_agreeing_noun(s, x, subject) for x in words[w.index + 1:])


def _bare_agreeing_noun(s: Parsed, w: Word, subject: Word) -> bool:
    """Whether `w` is a lower-case word tagged as a common noun in the number a present verb takes from
    `subject` (`plan` after plural `Residents`, `plans` after `resident`), no determiner right before it: a
    verb the tagger may have read as a noun."""
    if w.upos != "NOUN" or not w.text.islower() or w.xpos not in ("NN", "NNS"):
        return False
    prev = s.words[w.index - 1] if w.index > 0 else None
    if prev is not None and (prev.upos == "DET" or prev.xpos in ("PRP$", "POS")):
        return False  # `the winter`, `their future`: a noun phrase's head
    return (subject.xpos == "NNS") == (w.xpos == "NN")


def _rest_content(s: Parsed, verb: Word,
                  speaker: Word | None) -> _Content | None:
    """What follows the cue in its sentence, when it is a clause: see `_rest_of_sentence`."""
    rest = _rest_of_sentence(s, verb)
    return None if rest is None else (rest, None)


def _say_noun_then_verb(s: Parsed, verb: Word,
                        speaker: Word | None) -> _Content | None:
    """`Aides say her strong finish and proven record make her ...`, `The bureau says renters,
    numbering 75 million, outgrew ...`: after an active `say` (whose plain noun objects are few:
    `said goodbye`, `said a prayer`), a noun phrase and then a verb, whatever its tag and past
    commas, is the clause said: the rest of the sentence, cut as `rest-of-sentence` cuts it.  Not
    a verb after `to`, a conjunction, a preposition or a relative or subordinating word.  A word of amount
    standing alone for a noun (`AMOUNT_PRONOUNS`: `said more needed to be done`, `said much remained to be
    done`) is such a noun phrase, whatever its tag."""
    if verb.lemma != "say" or any(k.deprel in ("nsubj:pass", "aux:pass") for k in s.kids[verb.index]):
        return None
    if verb.xpos == "VBG" and verb.deprel.startswith("acl") and _governor_after(s, verb):
        return None
    rest = _words_after_cue(s, verb)
    # `said more needed to be done`: a word of amount standing for a noun (`AMOUNT_PRONOUNS`) is the subject
    amount = len(rest) > 1 and rest[0].text.lower() in AMOUNT_PRONOUNS
    if len(rest) < 3 or rest[0].upos not in _NOMINAL | {"DET", "ADJ", "NUM"} and not amount:
        return None
    nominal = False
    for prev, w in zip(rest, rest[1:]):
        nominal = nominal or prev.upos in _NOMINAL or (amount and prev is rest[0])
        if prev.upos == "SCONJ" or prev.xpos in ("WDT", "WP", "WRB"):
            return None
        if w.upos in VERB_UPOS and w.xpos != "VBG" and nominal and prev.xpos != "TO" \
                and prev.upos not in ("CCONJ", "ADP"):
            return (rest[0].start, rest[-1].end), None
    return None


def _gerund_subject(s: Parsed, verb: Word,
                    speaker: Word | None) -> _Content | None:
    """`Economists say taxing fuel encourages saving`, `Some say that cutting rates helps`: after an active
    cue (and `that`), a clause whose subject is a gerund (`_gerund_verb`, its verb however tagged) is what
    was said: the rest of the sentence, cut as `rest-of-sentence` cuts it.  Only a verb of saying
    (`SAY_VERBS`, `OBJECT_CUES`: `plans to continue recruiting captains ...` is no report); after one
    that takes a gerund for its message (`GERUND_REPORTS`: `denied misleading investors`), only a verb
    tagged finite."""
    if verb.lemma not in SAY_VERBS | OBJECT_CUES or _passive_cue(s, verb) or verb.xpos == "VBG":
        return None
    rest = _words_after_cue(s, verb)
    i = 1 if rest and rest[0].text.lower() == "that" else 0
    if len(rest) < i + 3 or _gerund_verb(rest, i, verb.lemma in GERUND_REPORTS) is None:
        return None
    return (rest[0].start, rest[-1].end), None


_THAT_REACH = 12  # the most words between a cue and the `that` opening what it reports


def _that_after(s: Parsed, verb: Word,
                speaker: Word | None) -> _Content | None:
    """`Lee added that, in her view, ...`, `complained to the host that the fee was unfair`,
    `said -- on the radio, as it happens -- that the plan ...`: a verb of saying or reporting followed by
    `that` and then a comma or a noun phrase with a finite verb after it, with nothing between but
    adverbs, commas, phrases of a preposition, words of time, the listener of a verb of telling, or an
    aside set off by dashes or brackets: `that` opens what was said, to the sentence's end (as
    `rest-of-sentence` cuts it, and short of the comma or dash before a later finite cue: `..., but said
    ...`), whatever the parse made of it.  Not `that` before a verb or a
    preposition (`a speech that lasted`: a relative clause; `said that to reporters`), nor past an object
    of another verb (`defend the view that`).  Any other cue verb takes the clause so only with `that`
    right after it (`He reminisced about summers, recalling that the water was cold`: the clause hung
    from the main verb), a participle set off by a comma after its clause, as a free adjunct; or with a phrase
    of where it was said right after it (`One MP shouted across the chamber that the minister should resign`:
    lexicon SAID_WHERE_PREPOSITIONS, not a preposition of the verb's topic); not `that` the tagger took for a
    determiner."""
    after = s.words[verb.index + 1] if verb.index + 1 < len(s.words) else None
    if verb.lemma not in SAY_VERBS and verb.lemma not in OBJECT_CUES and not (
            verb.lemma in cue_lemmas() and after is not None
            and after.text.lower() == "that" and after.upos == "SCONJ"
            and verb.xpos == "VBG" and verb.index > 1 and s.words[verb.index - 1].text == ",") and not (
            verb.lemma in cue_lemmas() and after is not None and (
                after.text.lower() in SAID_WHERE_PREPOSITIONS or on_platform(s, after))
            and after.text.lower() not in PREPOSITION_REPORTS.get(verb.lemma, frozenset())) \
            and (after is None or _to_listener_end(s, after, verb) is None):
        return None  # (`disclosed to lawmakers that ...`: the one spoken to, then what was said)
    return _that_opening(s, verb)


def _listener_that(s: Parsed, verb: Word,
                   speaker: Word | None) -> _Content | None:
    """`told a radio station that he would not resign`, `assured voters that taxes would not rise`: a
    verb that takes a listener (`LISTENER_VERBS`), its noun phrase right after it, then `that`, a
    subject and a finite verb: the listener is the one told, not part of what was said, whatever the
    parse made of `that` (a relative pronoun of the listener's noun, a clause hung from it): what was
    said opens at `that`, read from the words as `that-after` reads them."""
    after = s.words[verb.index + 1] if verb.index + 1 < len(s.words) else None
    if verb.lemma not in LISTENER_VERBS or after is None or after.upos not in _RUN_WORDS \
            or after.text.lower() == "that":
        return None
    return _that_opening(s, verb)


def _report_last(s: Parsed, after: Sequence[Word]) -> Word | None:
    """The last word of a reported clause whose words run to the sentence's end (`after`), short of the
    comma or dash before another report's finite cue (`suggested that she is unqualified -- but said
    ...`, `he had acted in self-defense, the affidavit says`); None when no such break comes first.
    The clause's own verb is no other report, though a verb of saying (`that she wrote the songs`)."""
    words, last = s.words, after[-1]
    verbs = after[_mass_before_present(after):]  # `that demand continues`: past a subject tagged as a verb
    own = next((x for x in verbs if x.xpos in _FINITE), None)  # the clause's own verb: `that she wrote the songs`
    other = next((x for x in verbs if _is_cue_verb(x) and x.xpos in _FINITE and x is not own), None)
    if other is not None:
        breaks = [x for x in after if x.index < other.index and x.text in _CLAUSE_BREAKS]
        if not breaks:
            return None
        opening = [x for x in breaks if x.index + 1 < len(words)
                   and words[x.index + 1].text.lower() in SIDE_CLAUSE_OPENERS]
        # `..., and Ruiz, who sits on it, said`: the next report's clause opens at its conjunction
        last = words[(opening[0] if opening else breaks[-1]).index - 1]
    return last


_LISTENER_REACH = 5  # the most words of a listener between a verb of telling and the clause told


def _named_listener(s: Parsed, verb: Word,
                    speaker: Word | None) -> _Content | None:
    """`The manager told BBC Sport the referee had erred`, `told Sky Sports News he would stay`: a verb of
    telling right before a name of two capitalised words or more, or `the` and one or more (`told the
    Observer the strike would go ahead`), or a house's name and the lower-case noun of its hearing or committee
    (`HEARING_NAME_NOUNS`: `told Senate estimates the budget ...`, `told a Senate hearing the ...`), however the
    parse split it (`Sport`
    taken for the told clause's subject): the whole name is the listener, and what was told opens after it,
    as `listener-clause` reads it (a subject pronoun or a noun phrase, then its finite verb)."""
    if verb.lemma not in CLAUSE_LISTENER_VERBS:
        return None
    n = verb.index + 1
    article = n < len(s.words) and s.words[n].text == "the"  # `told the Observer the strike ...`: a paper's name
    indefinite = n < len(s.words) and s.words[n].text.lower() in INDEFINITE_ARTICLES  # `told a Senate hearing the ...`
    n += article or indefinite
    kind = None if article or indefinite else _outlet_kind_end(s, n)
    n = n if kind is None else kind  # `told broadcaster RTL the plan ...`, `told news agency Reuters the ...`: the outlet's kind first
    first, words = n, s.words
    joined = None  # where a small word within a programme's title first stood (`Sunday with Laura Kuenssberg`)
    while n < len(words):
        w = words[n]
        if _capitalised(w) or n == first and w.text.isdigit() and n + 1 < len(words) and _capitalised(words[n + 1]) \
                or n == first and _STATE_CALL_SIGN.fullmatch(w.text):
            n += 1  # (`told 7 News the couple ...`: a station's channel number opening its name; `told 2GB's host`)
        elif n > first and (w.xpos == "POS" and n + 1 < len(words) and words[n + 1].text[:1].isupper()
                            or w.text.isdigit() and words[n - 1].text[:1].isupper()):
            n += 1  # `RTÉ's Morning Ireland`, `BBC Radio 4`: a possessive or a number within the name
        elif n > first and w.xpos == "POS" and n + 1 < len(words) and _PROGRAMME_NUMBER.fullmatch(words[n + 1].text):
            n += 2  # `ABC TV's 7.30`, `Nine's 60 Minutes`: a programme named by its hour or a number, the owner's
        elif n > first and w.text in SURNAME_PARTICLES and words[n - 1].text[:1].isupper() \
                and n + 1 < len(words) and words[n + 1].text[:1].isupper():
            n += 1  # `Corriere della Sera`, `Diario de Noticias`: a particle joining a name's capitalised words
        elif n > first and _initial_joint(s, n):
            n += 1  # `Folha de S.Paulo`: an initial's period joined to the capitalised word after it
        elif n > first and w.text.lower() in _TITLE_SMALL_WORDS and words[n - 1].text[:1].isupper() \
                and n + 1 < len(words) and words[n + 1].text[:1].isupper():
            if w.text != "&":  # `CBC's Power & Politics`: `&` joins the parts of one name
                joined = n if joined is None else joined
            n += 1  # `the BBC's Sunday with Laura Kuenssberg programme`: a title's small word
        else:
            break
    if joined is not None and not (n < len(words) and words[n].text in PROGRAMME_NOUNS):
        n = joined  # a title's small words only where a programme's noun closes it (`told the Observer and ...`)
    while first < n < len(words) and words[n].text in PROGRAMME_NOUNS | OUTLET_NAME_NOUNS:
        n += 1  # `the BBC's Today programme`, `the PA news agency`, `O Globo newspaper`: the noun closing the name
    titled = _titled_outlet_end(s, first, n)  # `Sao Paulo daily Folha`, `British tabloid The Sun`: the paper's name
    hearing = first < n < len(words) and words[n].text in HEARING_NAME_NOUNS
    n += hearing  # `told Senate estimates the budget ...`, `told a Senate hearing the ...`: a hearing of the house
    if indefinite and not hearing:
        return None  # `told a Reuters reporter the ...`: the name only opens the listener's phrase
    named = n - verb.index - 1
    if kind is not None and n == first:
        return None  # `told broadcaster ...` with no name after it
    if named < 2 and not (named == 1 and (_call_sign(words[first]) or not article and _one_word_name(s, first))):
        return None
    aside = _listener_aside_end(s, n)
    if aside is not None:  # `told Anna Berg, a nurse, the plan ...`: the listener's apposition is the listener's
        told = _listener_clause(s, verb, speaker, aside - verb.index - 1)
        if told is not None:
            return told
    if named == 1 and not _call_sign(words[first]) and words[n].text.lower() != _THAT \
            and _complement_after(s, verb, speaker) is None \
            and _listener_clause(s, verb, speaker) == _listener_clause(s, verb, speaker, named):
        return None  # `told Reuters the test works`: `listener-clause` reads it alike
    if titled is not None and n == titled[0]:
        told = _listener_clause(s, verb, speaker, titled[1] - verb.index - 1)
        if told is not None:
            return told  # (else a capitalised subject of the clause told: `told O Globo newspaper Lula would run`)
    if n + 1 < len(words) and words[n].text.lower() == _THAT and words[n].upos != "PRON":
        if not _hung_from_listener(s, verb, n):
            return None  # the parse hung the `that` clause from the verb: `complement-after` reads it
        told = _listener_clause(s, verb, speaker, named + 1)  # `told O Globo newspaper that the talks ...`
        if told is None or told[0] is None:
            return None
        other = _complement_after(s, verb, speaker)
        if other is not None and other[0] is not None and other[0][0] == words[n].start:
            return None  # `told the Today show that ...`: `complement-after` reads the clause at its `that`
        return (words[n].start, told[0][1]), None
    return _listener_clause(s, verb, speaker, named)


_THAT = "that"  # the conjunction opening a clause told after its listener
_LISTENER_ASIDE_WORDS = 8  # the most words of a description set off by commas after a listener's name


def _titled_outlet_end(s: Parsed, first: int, n: int) -> tuple[int, int] | None:
    """`told Sao Paulo daily Folha the ...`, `told British tabloid The Sun the ...`: a lower-case noun of an
    outlet's kind (lexicon OUTLET_NAME_NOUNS) right before word `n`, after capitalised words from `first` (its
    place or nation), then more capitalised words, the outlet's own name (`The Sun`): the name goes on to them.
    The noun's index and the index past the name; None where no capitalised word follows the noun."""
    words, end = s.words, n
    if not (first < n - 1 and words[n - 1].text in OUTLET_NAME_NOUNS):
        return None
    while end < len(words) and _capitalised(words[end]) and not words[end].text.isupper() or \
            end < len(words) and end > n and words[end].text in SURNAME_PARTICLES and end + 1 < len(words) \
            and _capitalised(words[end + 1]):
        end += 1  # (`Italian daily Corriere della Sera`: a particle within the name)
    return (n, end) if end > n else None


def _listener_aside_end(s: Parsed, n: int) -> int | None:
    """`told Anna Berg, a nurse, the plan was dead`, `told the Observer, a weekly, the ...`: a description set
    off by commas right after a listener's name (`_apposition_aside`: `a`, `an` or `the`, then noun-phrase
    words) is the listener still; the index past its closing comma, where what was told opens."""
    words = s.words
    if not (n < len(words) and words[n].text == ","):
        return None
    close = next((j for j in range(n + 1, min(len(words), n + _LISTENER_ASIDE_WORDS + 2)) if words[j].text == ","),
                 None)
    return close + 1 if close is not None and _apposition_aside(s, close, _ASIDE_PREPOSITIONS) == n else None


# Prepositions within a description of a listener set off by commas (`a nurse at the clinic`, `the head of IT`).
_ASIDE_PREPOSITIONS = PHRASE_PREPOSITIONS | POST_PLACE_PREPOSITIONS


def _outlet_kind_end(s: Parsed, n: int) -> int | None:
    """`told broadcaster RTL the plan was dead`, `told news agency Reuters the ...`: lower-case nouns of an
    outlet's kind (lexicon OUTLET_NAME_NOUNS, PROGRAMME_NOUNS) with no article, from word `n`, then a
    capitalised word: a title before the outlet's name (bare, so no noun phrase of its own: `told the paper Ruiz
    lied` has its article); the index of the name's first word, None where no such title stands at `n`."""
    words, j = s.words, n
    while j < len(words) and words[j].text in _OUTLET_KIND_NOUNS:
        j += 1
    return j if j > n and j < len(words) and _capitalised(words[j]) else None


_OUTLET_KIND_NOUNS = OUTLET_NAME_NOUNS | PROGRAMME_NOUNS  # a bare title before an outlet's name (`broadcaster RTL`)
_MISTAGGED_NAME_TAGS = frozenset({"ADP", "X"})  # what a tagger may make of a lone name it does not know (`Ann`)


def _hung_from_listener(s: Parsed, verb: Word, i: int) -> bool:
    """Whether the parse hung word `i` from a word between the verb and it (the listener's name: `told O Globo
    newspaper that ...` with the clause taken for the newspaper's), on its way up to the verb."""
    w = s.words[i]
    while w.head >= 0 and w.head != verb.index:
        w = s.words[w.head]
        if verb.index < w.index < i:
            return True
    return False


def _initial_joint(s: Parsed, i: int) -> bool:
    """Whether word `i` is the period of an initial joined with no space to the capitalised word after it, within
    a name (`S.Paulo`, `St.Louis`): a stop is followed by a space, so it closes no sentence."""
    words = s.words
    return words[i].text == "." and 0 < i < len(words) - 1 and words[i - 1].text[:1].isupper() \
        and words[i - 1].end == words[i].start and words[i].end == words[i + 1].start and _capitalised(words[i + 1])


def _one_word_name(s: Parsed, i: int) -> bool:
    """`Lee told Smith investigators found the files`: one capitalised word, a name (not `I`, a pronoun, nor a
    word in capitals), right after a verb of telling: `tell` puts the one told first, so the name is the
    listener, and the lower-case words after it open the clause told (`listener-clause` checks it has a finite
    verb); a capitalised word the tagger took for a preposition that is none is a name too (`told Ann the plan
    was dead`)."""
    w = s.words[i]
    return (w.upos == "PROPN" or w.upos in _MISTAGGED_NAME_TAGS and not preposition(w.text)) and _capitalised(w) and not w.text.isupper() and i + 1 < len(s.words) \
        and not _capitalised(s.words[i + 1]) and s.words[i + 1].xpos != "POS"


def _call_sign(w: Word) -> bool:
    """`WXYZ`, `KTLA`, `WSB-TV`, `NPR`: one word in capitals of three letters or more (a station's call
    sign or a network's initials, a band's suffix after a hyphen), or a site's address (`Patch.com`), a name
    whatever the tagger made it
    (`told WXYZ the road ...` with `WXYZ` taken for a conjunction)."""
    if _STATE_CALL_SIGN.fullmatch(w.text):
        return True  # `told 2GB the deal ...`, `3AW`: an Australian station, its state's digit first
    letters = w.text.split("-")[0]
    site = w.text.rpartition(".")  # `Patch.com`, `KSL.com`: a site's address, one token (segment's)
    return len(letters) >= 3 and letters.isalpha() and letters.isupper() \
        or bool(site[0]) and site[0][:1].isalnum() and site[2] in ("com", "org", "net")


# A programme's name that is a number or the hour it airs, after its network's `'s` (`ABC's 7.30`, `Nine's 60
# Minutes`, `the BBC's 5 Live`).
_PROGRAMME_NUMBER = re.compile(r"\d{1,2}(?:[.:]\d\d)?")
# An Australian radio station's call sign: its state's digit, then two or three capitals (`2GB`, `3AW`, `6PR`).
_STATE_CALL_SIGN = re.compile(r"\d[A-Z]{2,3}")


# Small words within a programme's title (`Sunday with Laura Kuenssberg`, `Today in Parliament`).
_TITLE_SMALL_WORDS = frozenset({"with", "of", "and", "in", "on", "at", "for", "the", "&"})


def _listener_clause(s: Parsed, verb: Word,
                     speaker: Word | None, named: int = 0) -> _Content | None:
    """`told police he had acted in self-defense`, `told CNN's host they would stay`: a verb of telling
    (`CLAUSE_LISTENER_VERBS`), active, then its listener (an object pronoun, or a noun phrase of at
    most `_LISTENER_REACH` words ending in a noun that is not a thing told: `told a story he ...`), then
    a subject pronoun (`he`, `they`, `it`) and a finite verb: what was told, to the sentence's end (short
    of another report, as `that-after` cuts it), however the parse hung it (as a relative clause of
    the listener; `named`: the words of a name known to be all the listener's, `named-listener`)."""
    if verb.lemma not in CLAUSE_LISTENER_VERBS or _passive_cue(s, verb):
        return None
    return _clause_after_listener(s, verb, _words_after_cue(s, verb), named)


def _to_listener_clause(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`Officials confirmed to CNN the talks had stalled`, `explained to reporters the plan would cost less`: an
    active verb whose `to` right after it names the one spoken to, never an infinitive of its own (lexicon
    TO_LISTENER_VERBS), its listener after `to`, then a clause with no `that` (a subject and its finite verb):
    what was said, read past `to` as `listener-clause` reads a listener after `told` (a noun phrase with no
    clause, `explained to reporters the details of the plan`, is none).  A word tagged as a verb right after
    `to` is the listener, whatever the parse made of it (`admitted to police he had lied`, `to police` taken for
    an infinitive; `disclosed to investors its profits had fallen`, `investors` for a verb in `-s`).
    After a verb whose `to` may name what is owned up to (lexicon GERUND_PREPOSITION_REPORTS:
    `admitted to feelings she had hidden`, a relative clause), only a pronoun or a known audience (lexicon
    TOLD_AUDIENCES) is a listener."""
    rest = _words_after_cue(s, verb)
    if verb.lemma not in TO_LISTENER_VERBS or _passive_cue(s, verb) or len(rest) < 3 or rest[0].text.lower() != "to" \
            or (verb.xpos == "VBN" and any(k.lemma == "be" for k in s.kids[verb.index])):
        return None
    heard = rest[1]
    if "to" in GERUND_PREPOSITION_REPORTS.get(verb.lemma, ()) \
            and heard.text.lower() not in OBJECT_PRONOUNS | TOLD_AUDIENCES:
        return None
    return _clause_after_listener(s, verb, rest[1:], 1 if heard.upos == "VERB" else 0)


def _clause_after_listener(s: Parsed, verb: Word, rest: list[Word], named: int = 0) -> _Content | None:
    """What `listener-clause` reads from the words `rest` after a cue of telling: its listener (`named` words
    known to be the listener's, or read from the words), then a clause with its subject and finite verb, to
    the sentence's end (`told police he had acted ...`); None where no such listener and clause stand there."""
    if not rest:
        return None
    n = named or (1 if rest[0].text.lower() in OBJECT_PRONOUNS and (len(rest) < 2 or rest[1].upos not in _NOMINAL
                                                                    or rest[1].upos == "PRON") else 0)
    if not n:
        n = _listener_length(rest)
        if not n or rest[n - 1].upos not in NOUN_UPOS or rest[n - 1].text.lower() in TOLD_THINGS:
            return None
        aside = _member_aside_end(rest, n)
        n = n if aside is None else aside  # `told reporters, including a Reuters correspondent, the plan ...`
    after = rest[n:]
    if len(after) < 2:
        return None
    if after[0].text.lower() in NOMINATIVE_PRONOUNS | {"it", "there"}:  # (`there would be`: an expletive subject)
        verb_next = next((x for x in after[1:3] if x.upos != "ADV" and x.text.lower() not in NEGATIONS), None)
    elif _opens_told_subject(after[0]) or named and after[0].upos == "NOUN" and after[0].text.islower() \
            and after[1].xpos in _FINITE or not named and n and _name_opens_told_clause(rest, n):
        # `the decision had been made`: a noun phrase, then its finite verb; after a name, a bare noun and
        # its finite verb right after it too (`told the National Press Club inflation was easing`)
        verb_next = next((x for x in after[1:_LISTENER_REACH] if x.upos not in _RUN_WORDS and x.xpos != "POS"
                          and x.text.lower() != "of" and x.upos != "ADV" and x.text.strip(MARK_CHARS) != ""),
                         None)  # (`some of her patients had waited`, `the couple often argued`, `his client "is`)
        verb_next = verb_next or _present_tagged_plural(after)  # `told CNN the test works`
    else:
        return None
    if verb_next is None or verb_next.xpos not in _FINITE and verb_next is not _present_tagged_plural(after):
        return None
    after = _before_cue_conjunct(s, verb, after)
    last = _report_last(s, after)
    return None if last is None else ((after[0].start, last.end), None)


def _listener_length(rest: Sequence[Word]) -> int:
    """How many of the words `rest` after a cue of telling are its listener's noun phrase, read from the words (at
    most `_LISTENER_REACH`: `the Associated Press`, `the city's police`): noun-phrase words up to a second noun
    phrase's opener after a noun (`told the paper the decision ...`) or a name opening the clause told (`told the
    paper Hale had lied`); 0 where none opens `rest`."""
    n = 0
    while n < min(len(rest), _LISTENER_REACH) and (rest[n].upos in _RUN_WORDS or rest[n].xpos == "POS"
                                                   or rest[n].deprel in ("amod", "compound", "flat")) \
            and rest[n].text.lower() not in NOMINATIVE_PRONOUNS | {"it"}:  # `the Associated Press`
        if n and rest[n - 1].upos in NOUN_UPOS and _opens_told_subject(rest[n]):
            break  # `told the paper the decision had been made`: a second noun phrase opens the clause
        if n and _name_opens_told_clause(rest, n):
            break  # `told the paper Hale had lied`: a name after a common noun, then its verb, opens the clause
        n += 1
    return n


def _to_listener_object(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`Officials confirmed to CNN the deal`, `explained to reporters the details of the plan`: an active verb
    whose `to` right after it names the one spoken to (lexicon TO_LISTENER_VERBS) and whose object is its message
    (lexicon NOUN_REPORTS), its listener after `to` (read as `to-listener-clause` reads it), then a noun phrase
    opened by a determiner, a possessive, a quantifier or a number, with no verb of its own up to the next
    punctuation: that noun phrase, the object moved past a short listener, short of a closing phrase of time
    (`confirmed to CNN the deal on Tuesday`).  A clause there is `to-listener-clause`'s."""
    rest = _words_after_cue(s, verb)
    if verb.lemma not in TO_LISTENER_VERBS or verb.lemma not in NOUN_REPORTS or _passive_cue(s, verb) \
            or len(rest) < 4 or rest[0].text.lower() != "to" \
            or (verb.xpos == "VBN" and any(k.lemma == "be" for k in s.kids[verb.index])):
        return None
    heard = rest[1:]
    if heard[0].xpos == "VB" and heard[0].text.islower():
        return None  # `to explain to make their case`: `to` and a bare verb, an infinitive
    n = 1 if heard[0].upos == "VERB" or heard[0].text.lower() in OBJECT_PRONOUNS else _listener_length(heard)
    if not n or n >= len(heard) or heard[n - 1].upos not in NOUN_UPOS | {"VERB", "PRON"}:
        return None
    return _shifted_noun_phrase(s, heard[n:])


def _shifted_noun_phrase(s: Parsed, rest: Sequence[Word]) -> _Content | None:
    """A reported object moved to the end past a listener (`confirmed to CNN the deal`), read from the words `rest`
    after what it moved past: a noun phrase opened by a determiner, a possessive, a quantifier or a number, with no
    verb of its own up to the next punctuation (a list of noun phrases runs on past its commas: `its work in Peru, Chile and Brazil`), short of a
    closing phrase of time (`the deal on Tuesday`); None where a clause stands there, or no noun phrase."""
    if not rest or not _opens_told_subject(rest[0]) or rest[0].text.lower() == _THAT:
        return None
    said: list[Word] = []
    for i, w in enumerate(rest):
        if w.text == "," and _noun_list_rest(rest[i + 1:]):
            said.append(w)  # `its work in the Cayman Islands, Nigeria, Qatar and others`: a list runs on
            continue
        if w.upos == "PUNCT" or time_word(w.text) or _calendar_time(s, w.index) \
                or w.text.lower() in TIME_OPENERS and w.index + 1 < len(s.words) and (
                    time_word(s.words[w.index + 1].text) or _calendar_time(s, w.index + 1)):
            break  # (`the deal on Tuesday`: when it was said)
        if w.upos in VERB_UPOS or w.upos in ("SCONJ", "PRON") and w.xpos != "PRP$":
            return None  # a clause (`the talks had stalled`), `to-listener-clause`'s
        said.append(w)
    while said and said[-1].upos in ("ADP", "CCONJ", "DET"):
        said.pop()
    return ((said[0].start, said[-1].end), None) if len(said) > 1 else None


def _noun_list_rest(rest: Sequence[Word]) -> bool:
    """Whether the words `rest` after a comma to the sentence's end go on a list of noun phrases closed by `and` or
    `or` (`Nigeria, Qatar and others`): noun-phrase words, prepositions, commas and conjunctions, a conjunction among
    them, no verb."""
    return any(w.upos == "CCONJ" for w in rest) and all(
        w.upos in _RUN_WORDS or w.upos in ("CCONJ", "ADP") or w.text == "," or w.xpos == "POS" for w in rest)


def _name_opens_told_clause(rest: Sequence[Word], n: int) -> bool:
    """`told the paper Hale had lied`, `told reporters Tom Vale was wrong`: after a listener ending in a lower-case
    common noun, capitalised names at `n` and right after them a finite verb: the names are the subject of the
    clause told, not the listener's (a name the listener's own, `told the newspaper Le Monde the talks ...`, `told
    his wife Mary he ...`, has no finite verb right after it)."""
    before, j = rest[n - 1], n
    if before.upos != "NOUN" or not before.text.islower():
        return False
    while j < len(rest) and rest[j].upos == "PROPN" and _capitalised(rest[j]):
        j += 1
    return n < j < len(rest) and rest[j].xpos in _FINITE


def _member_aside_end(rest: Sequence[Word], n: int) -> int | None:
    """`told reporters, including a Reuters correspondent, the plan was dead`: a phrase set off by commas right
    after the listener, opened by a word that names some of its members (lexicon MEMBER_EXAMPLE_OPENERS) and made
    of noun-phrase words, is the listener's still: the index in `rest` past its closing comma, where what was told
    opens; None where no such phrase stands at `n`."""
    if not (n + 2 < len(rest) and rest[n].text == "," and rest[n + 1].text.lower() in MEMBER_EXAMPLE_OPENERS):
        return None
    for j in range(n + 2, min(len(rest), n + _LISTENER_ASIDE_WORDS + 2)):
        if rest[j].text == ",":
            return j + 1 if j > n + 2 else None
        if rest[j].upos not in _RUN_WORDS and rest[j].upos != "CCONJ" and rest[j].xpos != "POS" \
                and not preposition(rest[j].text):
            return None  # (`including nurses and porters`: nouns joined; not a clause, `, who had waited,`)
    return None


def _before_cue_conjunct(s: Parsed, verb: Word, after: list[Word]) -> list[Word]:
    """`Lee told Congress the deal was off, but the board refused to sign`: a clause with its own subject that
    the parse joined to the cue with a comma and a conjunction (`, but`, `, and`) after the words told is the
    sentence's next clause, no part of what was told: the words told end before its comma and conjunction (not
    `told Ann the deal was off and the talks were over`, where no comma parts them)."""
    lo = after[0].index
    cut = min((s.subtree(k)[0].index for k in s.kids[verb.index] if k.deprel == "conj" and k.index > lo
               and any(x.deprel in _SUBJECTS for x in s.kids[k.index])
               and any(x.deprel == "cc" for x in s.kids[k.index]) and s.subtree(k)[0].text == ","), default=None)
    if cut is None:
        return after
    kept = [w for w in after if w.index < cut]
    while kept and kept[-1].upos in ("PUNCT", "CCONJ"):
        kept.pop()
    return kept if len(kept) > 1 else after


def _opens_told_subject(w: Word) -> bool:
    """Whether a word after a listener may open the subject of the clause told: a word opening a noun
    phrase (`_opens_noun_phrase`), a quantifier or a number (`told the BBC many patients had waited`,
    `some of her patients`, `40 people were missing`)."""
    return _opens_noun_phrase(w) or w.text.lower() in QUANTIFIER_PRONOUNS | {"many", "much"} or w.upos == "NUM"


def _words_after_cue(s: Parsed, verb: Word) -> list[Word]:
    """The words after a cue to its sentence's end, short of the closing punctuation, of the comma or dash
    closing an aside the cue stands in (`_aside_close`: `The senator, who said last week that ..., announced`)
    and of the comma closing a participle's phrase that opens the sentence (`_fronted_participle_end`): the
    words a content rule reads what was said from."""
    end = len(s.words)
    while end > verb.index + 1 and s.words[end - 1].upos == "PUNCT":
        end -= 1
    rest = list(s.words[verb.index + 1:end])
    rest = rest[:_aside_close(s, verb, rest)]
    return rest[:_fronted_participle_end(s, verb, rest)]


def _relative_opens(rest: Sequence[Word], i: int) -> bool:
    """Whether a relative clause set off after a noun opens at `rest[i]`: a relative pronoun that sets one off
    (`SET_OFF_RELATIVES`: `, who had gathered ...`), or a quantifier or number, `of` and one (`, many of whom lost
    their homes,`, `, two of whom were hurt,`)."""
    if i < len(rest) and rest[i].text.lower() in SET_OFF_RELATIVES:
        return True
    return i + 2 < len(rest) and (rest[i].text.lower() in QUANTIFIER_PRONOUNS | {"many", "much"} or rest[i].upos == "NUM") \
        and rest[i + 1].text.lower() == "of" and rest[i + 2].text.lower() in SET_OFF_RELATIVES


def _that_opening(s: Parsed, verb: Word) -> _Content | None:
    """The clause `that` opens after a cue, past its listener, its own phrases or a set-off aside (see
    `_that_after`), to the sentence's end; None when no such `that` opens a clause."""
    words, aside, phrase, listener = s.words, False, False, verb.lemma in LISTENER_VERBS
    rest = _words_after_cue(s, verb)
    timed = False  # within a clause of time after the listener or a phrase (`before she spoke to the panel`)
    topic = False  # past a listener's topic phrase (`_topic_phrase`: `told the board about a plan`)
    skip = -1  # the closing comma of an aside set off by commas after the cue's phrase (`_comma_aside_close`)
    for n, w in enumerate(rest[:_THAT_REACH]):
        low = w.text.lower()
        if n <= skip:
            continue
        if w.text == "," and (phrase and not listener or listener and _relative_opens(rest, n + 1)):
            skip = _comma_aside_close(rest, n)
            if skip > n:
                continue
        if w.text in _DASHES or w.text in "()":
            aside = not aside if w.text in _DASHES else w.text == "("
            continue
        if aside:
            continue
        if timed and low != "that":
            if w.text in _CLAUSE_BREAKS or _is_cue_verb(w):
                return None  # `... when Trump shot back that ...`: the `that` is the later cue's
            continue
        if _occasion_gerund(rest, n):
            phrase, skip = True, n + 1  # `said while addressing a rally that ...`: how it was said, the phrase's
            continue
        if low in TIME_SUBORDINATORS - {"when", "whenever", "while"} and (phrase or listener) and n > 0 and n + 2 < len(rest) \
                and (_subject_word(rest[n + 1:]) and any(x.xpos in _FINITE for x in rest[n + 2:n + 4])):
            timed = True  # `told the Ledger before she spoke to the committee that ...`: when it was told
            continue
        if low == "that":
            if n > 0 and (rest[n - 1].upos in ("DET", "ADP") or preposition(rest[n - 1].text)):
                return None  # `says despite all that, ...`: after a determiner or a preposition, a pronoun
            if topic:
                return None  # `told the board about a plan that nobody liked`: the topic's relative pronoun
            after = rest[n + 1:]
            if after and after[0].upos == "PUNCT" and all(c in MARK_CHARS for c in after[0].text):
                after = after[1:]  # `told reporters that "Ruiz is ...`: a quotation opening the clause
            if not after or not (after[0].text == "," or ((_subject_word(after) or _gerund_opening(after)) and (
                    not _is_cue_verb(after[0]) or _mass_before_present(after))
                    and (any(x.xpos in _FINITE for x in after[1:]) or _past_after_subject(after)))):
                return None  # `a speech that lasted`, `said that to reporters`: no clause opens
            last = _report_last(s, after)
            return None if last is None else ((w.start, last.end), None)
        if _gerund_phrase(rest, n):
            phrase, skip = True, n + 1  # `said under questioning from MPs that ...`: how it was said
            continue
        if w.upos == "ADP" and low not in _COMPLEMENTIZERS:
            phrase = True  # `to the host`, `in a statement`: the noun phrase after it is the phrase's
            topic = topic or listener and n > 0 and _topic_phrase(s, w.index)
        elif w.upos in ("ADV", "PART") or w.text == "," or time_word(w.text) or _calendar_time(s, w.index):
            continue
        elif w.upos in ("DET", "ADJ") and n + 1 < len(rest) and (time_word(rest[n + 1].text)
                                                                 or _calendar_time(s, rest[n + 1].index)):
            continue  # `said last month that`, `said earlier this year that`, `reported last quarter that`
        elif (phrase or listener) and w.xpos in ("VBG", "VBN") and w.text.islower() and n > 0 \
                and (rest[n - 1].upos in ("DET", "ADJ") or rest[n - 1].xpos in OWNER_TAGS) \
                and n + 1 < len(rest) and rest[n + 1].upos in ("NOUN", "ADJ"):
            continue  # `told a cheering crowd`, `a crowded hall`, `in her opening statement`: a participle before
            # its noun describes it
        elif listener and _programme_noun_before_that(s, w):
            continue  # `told the Nine Network's breakfast show that`: the listener's programme noun
        elif phrase and (_name_in_phrase(w) or _noun_in_phrase(s, w)):
            continue  # `on Sunday's Politics Show` with `Show` tagged as a verb: a word of the name
        elif phrase and w.xpos == "VBN" and w.text.islower() and n > 0 and rest[n - 1].upos == "NOUN" \
                and n + 1 < len(rest) and rest[n + 1].upos == "ADP":
            continue  # `in a statement carried by the agency that`: a participle's phrase on the phrase's noun
        elif phrase and _dated_participle(s, w):
            continue  # `in court papers filed Tuesday that`: when the text was filed
        elif not ((w.upos in _RUN_WORDS or _title_or_name(s, w.index)) and (phrase or listener)) \
                and w.xpos != "POS":
            return None  # `told the Associated Press in ...`: a name's word however tagged
    return None


# Tags of the word before a programme's noun in a listener (`the breakfast show`, `the Today show`, `Nine's show`):
# a singular noun or name, an adjective, a possessive or a determiner, never a plural that could be the subject of
# a verb `show` (`told reporters polls show that ...`).
_PROGRAMME_OWNER_TAGS = frozenset({"NN", "NNP", "JJ", "POS", "DT"})


def _programme_noun_before_that(s: Parsed, w: Word) -> bool:
    """Whether `w` is a programme's noun (`PROGRAMME_NOUNS`: `show`, `program`) closing a listener right before
    `that`, however tagged (`told the Nine Network's breakfast show that ...`, `the Today show that ...` with `show`
    taken for a verb): after a singular noun or name, an adjective, a possessive or a determiner, a bare `show`
    has no subject that agrees with it (`told reporters polls show that ...`: a plural's verb, the clause told)."""
    words = s.words
    return w.text in PROGRAMME_NOUNS and 0 < w.index < len(words) - 1 \
        and words[w.index - 1].xpos in _PROGRAMME_OWNER_TAGS and words[w.index + 1].text.lower() == "that"


_PHRASE_ASIDE_WORDS = 6  # the most words of an aside set off by commas after a cue's phrase, before `that`


def _comma_aside_close(rest: Sequence[Word], n: int) -> int:
    """Where an aside set off by commas after a cue's own phrase closes, `that` right after its closing comma
    (`said in a post on X, formerly Twitter, that ...`, `said in a speech, his first since May, that ...`,
    `wrote on X, formerly known as Twitter, that ...`): the aside glosses the phrase's noun, and what was said
    opens at `that`; -1 when the comma at `n` opens no such aside (`said in a statement, adding that ...`).
    A relative clause set off there (`SET_OFF_RELATIVES`) glosses the noun too, its own finite verb and all:
    `wrote on Facebook, which she shares with her staff, that ...`, `told the board, which she chairs, that ...`."""
    relative = _relative_opens(rest, n + 1)  # (`told residents, many of whom lost their homes, that ...`)
    for j in range(n + 1, min(len(rest) - 1, n + 2 + _PHRASE_ASIDE_WORDS)):
        if rest[j].text == ",":
            return j if j > n + 1 and rest[j + 1].text.lower() == "that" else -1
        if rest[j].upos == "PUNCT" or rest[j].text.lower() == "that" or rest[j].xpos in _FINITE and not relative:
            return -1
    return -1


def _name_in_phrase(w: Word) -> bool:
    """Whether `w`, within a preposition's phrase mid-sentence, is a capitalised word: part of a name
    (`on Sunday's Politics Show`, `told Radio Five Live`), whatever its tag."""
    return w.index > 0 and _capitalised(w)


def _noun_in_phrase(s: Parsed, w: Word) -> bool:
    """Whether `w`, within a preposition's phrase, is a noun the parse tagged as a bare or present verb (`on
    the company's earnings call that ...`, `in a blog post that ...`): a lower-case word right after a
    determiner, a possessive `'s`, an adjective or a noun, and right before `that` or a preposition, or before
    a lower-case noun closing the phrase right before `that` (`in its annual emissions gap report that ...`:
    a bare verb takes no bare singular noun for its object): no finite verb follows a determiner or stands
    before `that` with no subject of its own."""
    words = s.words
    if w.xpos not in ("VB", "VBP") or not w.text.islower() or not 0 < w.index < len(words) - 1:
        return False
    before, after = words[w.index - 1], words[w.index + 1]
    closing = after.xpos == "NN" and after.text.islower() and w.index + 2 < len(words) \
        and words[w.index + 2].text.lower() == "that"  # `gap report that`: the noun closing the phrase
    return (before.upos in ("DET", "NOUN", "ADJ") or before.xpos == "POS") \
        and (after.text.lower() == "that" or after.upos == "ADP" or closing)


def _phrase_that(s: Parsed, verb: Word,
                 speaker: Word | None) -> _Content | None:
    """`Huang said on the company's earnings call that demand was strong`, `Ruiz posted on Threads that she
    was leaving`: a cue whose phrase of a preposition holds a noun tagged as a verb (`call` taken for one,
    its clause for the verb's), or ends right before `that` and a subject pronoun (`she`, `they`: the
    parse took `that` for a relative pronoun of the phrase's noun): the phrase is the cue's, and `that`
    opens what was said, read from the words as `that-after` reads them."""
    phrase = dated = False
    words = s.words
    listener = verb.lemma in LISTENER_VERBS and verb.index + 1 < len(words) \
        and words[verb.index + 1].upos in _RUN_WORDS
    for w in words[verb.index + 1:verb.index + 1 + _THAT_REACH]:
        if w.text.lower() == "that":
            if listener:
                return None  # `told reporters at the event that he ...`: past a listener, `listener-that`'s
            pronoun = w.index + 1 < len(words) and words[w.index + 1].text.lower() in NOMINATIVE_PRONOUNS \
                and w.upos == "PRON"  # the parse's relative pronoun; its complementizer is `complement-after`'s
            pronoun = pronoun or (dated and w.upos == "PRON" and _bare_day_before(s, w.index))  # `filed Tuesday that`
            claim = words[w.index - 1].text.lower() in CLAIM_NOUNS  # `against accusations that he ...`: the noun's
            relative = speaker is not None and relative_pronoun(speaker.text)  # `Lee, who said ... that he`:
            if not phrase or not pronoun or claim or relative or words[w.index - 1].upos == "ADP":
                return None  # a relative clause's report, which `rest-of-sentence` ends
            found = _that_opening(s, verb)
            if found is None or found[0] is None:
                return found
            end = _contrast_end(s, found[0])  # `said for years that they would ..., but there is ...`: the writer's
            return found if end is None else ((found[0][0], end), found[1])
        if w.text in _DASHES or w.text in "()":
            return None
        if w.upos == "ADP":
            phrase = True
        elif phrase and _noun_in_phrase(s, w):
            return _that_opening(s, verb) if verb.lemma in SAY_VERBS or verb.lemma in OBJECT_CUES else None
        elif phrase and _dated_participle(s, w):
            dated = True  # `in court papers filed Tuesday that ...`: when the text was filed
        elif w.upos not in _RUN_WORDS and w.xpos != "POS":
            return None
    return None


def _occasion_gerund(rest: Sequence[Word], n: int) -> bool:
    """Whether `rest[n]` opens a phrase of the occasion after a cue: `while` or `when` (lexicon
    OCCASION_SUBORDINATORS) and a lower-case `-ing` form of speaking (OCCASION_GERUNDS: `said while addressing a
    rally that ...`, `said when briefing newsmen that ...`), whose object's words run on to `that`.

    >>> from quotes.parse import Word
    >>> ws = [Word(i, t, t, "X", "X", "", -1, "dep", 0, 0) for i, t in enumerate(["while", "addressing", "a"])]
    >>> _occasion_gerund(ws, 0), _occasion_gerund(ws, 1)
    (True, False)
    """
    return n + 1 < len(rest) and rest[n].text.lower() in OCCASION_SUBORDINATORS \
        and rest[n + 1].text in OCCASION_GERUNDS


def _gerund_phrase(rest: Sequence[Word], n: int) -> bool:
    """Whether `rest[n]` is a preposition opening a phrase whose noun is a lower-case `-ing` form right after
    it (`said under questioning from MPs that ...`, `testified after being sworn in that ...`): the tagger calls
    such a preposition a subordinator (it heads a clause in the grammar), but it tells how or when it was
    said, as a phrase does, and opens no reported clause; not `that`, `whether` or `if`.

    >>> from quotes.parse import Word
    >>> ws = [Word(i, t, t, u, x, "", -1, "dep", 0, 0) for i, (t, u, x) in enumerate(
    ...     [("under", "SCONJ", "IN"), ("questioning", "VERB", "VBG"), ("that", "SCONJ", "IN")])]
    >>> _gerund_phrase(ws, 0), _gerund_phrase(ws, 1)
    (True, False)
    """
    return n + 1 < len(rest) and rest[n].upos in ("ADP", "SCONJ") and preposition(rest[n].text) \
        and rest[n].text.lower() not in _COMPLEMENTIZERS and rest[n + 1].xpos == "VBG" and rest[n + 1].text.islower()


def _occasion_that(s: Parsed, verb: Word,
                   speaker: Word | None) -> _Content | None:
    """`The minister said while addressing a rally that farmers would get free power`: a verb of saying, perhaps
    a phrase of time, then `while` or `when` and an `-ing` form of speaking (`_occasion_gerund`) tell how it was
    said, whatever the parse hung them from; `that` after that phrase's object opens what was said, as
    `that-after` reads it (`_that_opening`: a `that` with no clause after it, `a rally that drew thousands`, is the
    object's)."""
    if verb.lemma not in SAY_VERBS and verb.lemma not in OBJECT_CUES:
        return None
    rest = _words_after_cue(s, verb)
    n = 0
    while n < len(rest) and (time_word(rest[n].text) or _calendar_time(s, rest[n].index)
                             or rest[n].text == "," or rest[n].upos in ("ADV", "DET") and n + 1 < len(rest)
                             and time_word(rest[n + 1].text)):
        n += 1  # `said on Monday while ...`, `said last week when ...`: when, then how
    if rest and rest[min(n, len(rest) - 1)].text.lower() == "on" and n + 1 < len(rest) and time_word(rest[n + 1].text):
        n += 2
    if not _occasion_gerund(rest, n):
        return None
    return _that_opening(s, verb)


def _dated_participle(s: Parsed, w: Word) -> bool:
    """`in court papers filed Tuesday that ...`, `in a statement released late Monday that ...`: a lower-case past
    form right after the noun of a preposition's phrase, a phrase of time right after it, is a participle telling
    when the text was filed or issued (the tagger may take it for a finite verb), no verb of a clause."""
    return w.xpos in ("VBN", "VBD") and w.text.islower() and w.index > 0 and s.words[w.index - 1].upos == "NOUN" \
        and _time_phrase_end(s, w.index + 1) is not None


def _bare_day_before(s: Parsed, i: int) -> bool:
    """Whether a day's name with no determiner of its own ends right before word `i` (`filed Tuesday that`,
    `released late Monday that`): a bare day takes no relative clause, so a `that` after it opens a clause."""
    return i > 1 and s.words[i - 1].text.lower() in WEEKDAYS and s.words[i - 2].upos != "DET" \
        and s.words[i - 2].xpos not in OWNER_TAGS


def _named_phrase_that(s: Parsed, verb: Word,
                       speaker: Word | None) -> _Content | None:
    """`The minister said on Sunday's Politics Show that the policy was working`: a verb of saying
    whose phrase of a preposition names something in capitalised words, one of them tagged as no
    noun-phrase word (`Show` taken for a verb, its clause for the verb's), then `that` and a clause:
    the name is all the phrase's, and `that` opens what was said, read from the words as `that-after`
    reads them."""
    if verb.lemma not in SAY_VERBS and verb.lemma not in OBJECT_CUES:
        return None
    phrase = False
    for w in s.words[verb.index + 1:verb.index + 1 + _THAT_REACH]:
        if w.text.lower() == "that" or w.text in _DASHES or w.text in "()":
            return None
        if w.upos == "ADP":
            phrase = True
        elif phrase and _name_in_phrase(w) and w.upos not in _RUN_WORDS:
            return _that_opening(s, verb)
        elif w.upos not in _RUN_WORDS and w.xpos != "POS":
            return None
    return None


def _gerund_opening(after: Sequence[Word]) -> bool:
    """`that helping the farm was more work`, `that drafting the platform is open`: a lower-case `-ing` form
    right before its object's noun phrase opens a clause as its subject (a finite verb must follow)."""
    return len(after) > 1 and after[0].xpos == "VBG" and after[0].text.islower() \
        and after[1].upos in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM")


def _rest_to_contrast(s: Parsed, verb: Word,
                      speaker: Word | None) -> _Content | None:
    """`said the mill will close, but the town has other plans`: the rest of the sentence read from the
    words (`_rest_of_sentence`) stops at a semicolon, or at a comma and a word that sets a contrast
    against it (`but`, `while`, `whereas`, `though`, `although`, `yet`): what follows is the writer's."""
    rest = _rest_of_sentence(s, verb)
    if rest is None:
        return None
    end = _contrast_end(s, rest)
    return None if end is None else ((rest[0], end), None)


def _joined_doing(s: Parsed, k: Word) -> bool:
    """Whether `k`, a dependent of a verb, is another verb joined to it by a conjunction with no subject of
    its own (`said goodbye and left`): the same doer's next doing."""
    own = s.kids[k.index]
    return k.deprel == "conj" and k.upos in VERB_UPOS and any(c.deprel == "cc" for c in own) \
        and not any(c.deprel in _SUBJECTS for c in own)


def _last_object(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`CNN also noted the sparse crowd`, `she recalled his kindness`, `Lee says unkind things`: a cue
    whose object is what was said only when no clause follows (`LAST_OBJECT_REPORTS`; asked after every
    clause rule) reports that noun phrase, as `_reported_object` finds it, with the words after it to the
    next comma or the sentence's end (`recalled a visit to the plant in May`: where and when belong to
    what is recalled; `said fans misunderstand the team` with the clause's verb tagged as a noun: all of
    it; not an owned noun naming a saying's clause, `noted his insistence that ...`: `noun-cue`'s)."""
    if verb.lemma not in LAST_OBJECT_REPORTS or (speaker is not None and speaker.index > verb.index):
        return None  # `"...," noted the mayor`: the phrase after the verb is who spoke
    withdrawn = WITHDRAWN_OBJECTS.get(verb.lemma, frozenset())
    if any(k.deprel == "obj" and k.text.lower() in withdrawn for k in s.kids[verb.index]):
        return None  # `Vantro recalled 40,000 vehicles`: goods withdrawn, nothing remembered
    found = _reported_object(s, verb, speaker, LAST_OBJECT_REPORTS)
    if found is None or found[0] is None:
        return None
    start, end = found[0]
    first = next((w for w in s.words if w.start == start), None)
    if verb.lemma == "say" and first is not None and first.index == verb.index + 2 \
            and s.words[verb.index + 1].text.lower() in NOMINATIVE_PRONOUNS | {"it"}:
        start = s.words[verb.index + 1].start  # `said it expects margins to improve`: the pronoun is the clause's
        # subject, its verb tagged a noun (an object `it` would be the object found: `said it twice`)
    last = next((w for w in s.words if w.end == end), None)
    if last is None or not _owned_noun_cue(s, last):  # `noted his insistence that ...`: the clause the owner's
        end = _to_comma(s, end)
    if verb.lemma == "say" and any(_joined_doing(s, k) and start < k.start < end for k in s.kids[verb.index]):
        return None  # `said goodbye to the crowd and left`: a farewell among the speaker's doings, nothing said
    return (start, end), None


def _to_comma(s: Parsed, end: int) -> int:
    """Where the words from character `end` on run to: the next comma, dash, semicolon, colon or
    quotation mark, or the sentence's end."""
    for w in s.words:
        if w.start < end:
            continue
        if w.text in _CLAUSE_BREAKS | {";", ":"} or w.upos == "PUNCT" and w.text.strip(MARK_CHARS) == "":
            break
        if w.upos != "PUNCT":
            end = w.end
    return end


def _verdict(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`after Ruiz was declared the winner in Ohio`: a passive cue of a verdict (`VERDICT_REPORTS`) reports
    who it is said of, the noun phrase right before its auxiliary, and the verdict right after it (to
    the next comma): two parts."""
    aux = [k for k in s.kids[verb.index] if k.deprel == "aux:pass" and k.index < verb.index]
    after = next((k for k in s.kids[verb.index] if k.index == verb.index + 1 or (
        k.index > verb.index and s.subtree(k)[0].index == verb.index + 1)), None)
    if verb.lemma not in VERDICT_REPORTS or not aux or aux[0].index == 0 or after is None \
            or after.upos not in NOUN_UPOS or after.deprel not in ("obj", "xcomp", "iobj"):
        return None
    w = s.words[aux[0].index - 1]
    if w.upos not in NOUN_UPOS and not (w.upos == "PRON" and not relative_pronoun(w.text)):
        return None
    w = phrase_head(s, w, 0, aux[0].index, FIXED_PART_RELATIONS)
    said_of = s.span(w, frozenset(k.index for k in s.kids[w.index] if k.deprel == "case"))
    verdict = (s.span(after)[0], _to_comma(s, s.span(after)[1]))
    return said_of, verdict


def _amount_object(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`announced a $500 million buyback`: a cue whose object opens with a currency sign (`CURRENCY_SIGNS`)
    that the parse made an object of its own, the amount's noun another: one noun phrase, from its
    article or the sign to the noun's end, is the message (as `reported-object` reads one)."""
    if verb.lemma not in NOUN_REPORTS or any(k.deprel in ("nsubj:pass", "aux:pass") for k in s.kids[verb.index]):
        return None
    objects = [k for k in s.kids[verb.index] if k.deprel == "obj" and k.index > verb.index]
    if len(objects) < 2 or objects[0].text not in CURRENCY_SIGNS or objects[1].upos not in NOUN_UPOS:
        return None
    sign = objects[0]
    first = s.words[sign.index - 1] if s.words[sign.index - 1].upos == "DET" and sign.index - 1 > verb.index else sign
    return (first.start, _noun_phrase_end(s, verb, objects[1], frozenset())), None


def _announced_picks(s: Parsed, verb: Word,
                     speaker: Word | None) -> _Content | None:
    """`The academy announced the winners of its prize`, `The coach announced his squad for the tour`:
    `announce` whose object names the people or things picked (`ANNOUNCED_PICKS`) makes a list public,
    no statement of what is so: it reports nothing."""
    if verb.lemma == "announce" and any(k.deprel == "obj" and k.index > verb.index
                                        and k.text.lower() in ANNOUNCED_PICKS for k in s.kids[verb.index]):
        return _NOTHING
    return None


def _charge_object(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`accused the agency of hiding the data`, `blamed the referees for the loss`: a verb of charging,
    blaming or praising (`CHARGE_VERBS`) whose object, right after it, is followed by the preposition that
    opens the charge (with no comma or verb between): the one charged and the charge together are what was
    said of them, to the end of what the parse hung from the verb after the object (not a joined verb, a
    free participle or another report).  Not a passive (`was accused of fraud`: the subject is charged)."""
    prep = CHARGE_VERBS.get(verb.lemma)
    if prep is None or any(k.deprel in ("nsubj:pass", "aux:pass") for k in s.kids[verb.index]):
        return None
    that = next((k for k in s.kids[verb.index] if k.deprel == "mark" and k.text.lower() == "that"), None)
    if verb.deprel in ("acl:relcl", "acl") or any(relative_pronoun(k.text) for k in s.kids[verb.index]
                                                  if k.deprel in _SUBJECTS) or (
            that is not None and that.index > 0 and (s.words[that.index - 1].upos in NOUN_UPOS
                                                     or s.words[that.index - 1].xpos == "''")):
        return None  # `the women who accused him of assault`, `voters blaming him for it`: who they are, not
        # news; `the "tricks" that Lee accused them of`: the charge itself the noun the clause describes
    obj = next((k for k in s.kids[verb.index] if k.deprel == "obj" and k.index > verb.index
                and (k.upos in _NOMINAL or k.text.lower() in RECIPROCAL_HEADS)  # `accused each other of`
                and s.subtree(k)[0].index == verb.index + 1), None)
    if obj is None or obj.text.lower() in BARE_NOT_MESSAGES - OBJECT_PRONOUNS:
        return None
    at = next((x for x in s.words[obj.index + 1:] if x.text.lower() == prep
               or x.upos in ("VERB", "AUX", "PUNCT", "CCONJ")), None)
    if at is None or at.text.lower() != prep or at.index + 1 >= len(s.words):
        return None
    end = s.span(obj)[1]
    cut = _owned_cut(s, obj.index, s.words[-1].end)  # `... of his claim that ...`: what follows is the owner's
    charge = s.words[at.head] if at.head > at.index else None  # the phrase `at` opens, wherever the parse hung it
    for k in [*s.kids[verb.index], *([charge] if charge is not None else [])]:
        if k.index > obj.index and k.deprel not in ("conj", "cc", "punct", "parataxis", "ccomp") \
                and not _free_participle(s, k) and not any(
                    _is_cue_verb(x) and (k is not charge or x.xpos in _FINITE) for x in s.subtree(k) if x.end <= cut):
            end = max(end, s.span(k)[1])  # (in the charge, a cue not finite is part of the deed: `for failing to
            # disclose the breach`; a finite one opens a report of its own)
    end = min(end, cut, _with_report_cut(s, obj.index))
    if end <= at.end:
        return None
    return (s.span(obj)[0], end), None


def _with_report_cut(s: Parsed, first: int) -> int:
    """`Fans slammed the star for the post, with one writing: "..."`: a comma, then `with` opening an absolute
    phrase whose participle of saying has that phrase's noun for its subject (`_with_subject`; `_with_ing_phrase`
    for the form tagged a noun), after word `first`: a report of its own, so what comes before ends at that
    comma (its character); else the sentence's end."""
    for w in s.words[first + 1:]:
        if w.xpos == "VBG" and _is_cue_verb(w) and _with_subject(s, w) is not None or _with_ing_phrase(s, w) is not None:
            at = next(x.index for x in reversed(s.words[:w.index]) if x.text.lower() == "with")
            if at > first + 1 and s.words[at - 1].text == ",":
                return s.words[at - 2].end
    return s.words[-1].end


def _owned_cut(s: Parsed, first: int, end: int) -> int:
    """Where a report's words from word `first` to character `end` stop when they hold an owned noun naming a
    saying with its clause (`_owned_noun_cue`: `blamed the media for making an issue of his claim that ...`):
    at that noun, the clause its owner's words (`noun-cue`); else `end`."""
    for w in s.words[first:]:
        if w.end > end:
            break
        if w.text.lower() in NOUN_CUES and _owned_noun_cue(s, w):
            return w.end
    return end


UNTOLD_OBJECT = "what"  # a cue's object fronted as `what` stands for words the sentence does not give


def _untold_object(s: Parsed, verb: Word) -> bool:
    """Whether `what` stands right before the cue's subject, read from the words however the parse hung it
    (`Here is what the mayor said about ...`, `FACTBOX-What leaders said about ...`, a slug glued on by a
    hyphen): the cue's object is that `what`, words the sentence does not give."""
    subject = next((k for k in s.kids[verb.index] if k.deprel in ("nsubj", "nsubj:pass") and k.index < verb.index), None)
    if subject is None:
        return False
    first = s.subtree(subject)[0].index
    return first > 0 and s.words[first - 1].text.lower().rsplit("-", 1)[-1] == UNTOLD_OBJECT \
        or s.words[first].text.lower().rsplit("-", 1)[-1] == UNTOLD_OBJECT and first < subject.index


def _noun_participle_run(s: Parsed, verb: Word, gerund: Word, noun: Word) -> bool:
    """`citing falling demand and rising costs`: right after a verb that takes no `-ing` clause
    (SET_OFF_OBJECT_REPORTS), a lower-case `-ing` word right before the verb's object noun modifies that noun,
    however the parse hung it; where the parse made it the head of a coordination (`and rising costs` under it),
    the run of conjoined noun phrases, with no finite verb in it, is all the object."""
    return verb.lemma in SET_OFF_OBJECT_REPORTS and gerund.xpos == "VBG" and gerund.text.islower() \
        and gerund.index == verb.index + 1 and noun.index == gerund.index + 1 \
        and s.subtree(gerund)[0].index == gerund.index \
        and not any(x.xpos in _FINITE or x.text == "," for x in s.subtree(gerund)) \
        and {x.index for x in s.subtree(gerund) + s.subtree(noun)} >= set(range(gerund.index, max(
            x.index for x in s.subtree(gerund)) + 1))  # one unbroken run of words


def _reason_opening(s: Parsed, verb: Word) -> _Content | None:
    """`Citing weak demand, the company cut its forecast`: a participle putting forward a reason (lexicon
    SET_OFF_OBJECT_REPORTS) opening its sentence (`_opening_participle`) before the active clause of the step it
    backs, whose subject gives the reason: its noun phrase, read from the words up to the comma closing the phrase
    however the parse hung them (noun-phrase words, prepositions, `and`, `-ing` modifiers: no clause of its own,
    `Citing a report that found ...`); not before a report of its own (`Citing two sources, the paper reported
    that ...`), where what is cited is the report's source, nor a passive (`Citing privilege, the request was
    denied`)."""
    words = s.words
    if verb.lemma not in SET_OFF_OBJECT_REPORTS or not _opening_participle(s, verb) or not 0 <= verb.head < len(words):
        return None
    governor = words[verb.head]
    if governor.upos != "VERB" or _is_cue_verb(governor) \
            or any(k.deprel in ("nsubj:pass", "aux:pass") for k in s.kids[governor.index]):
        return None
    comma = next((w for w in words[verb.index + 1:governor.index] if w.text == ","), None)
    phrase = words[verb.index + 1:comma.index] if comma is not None else []
    if not phrase or phrase[-1].upos not in NOUN_UPOS or not all(
            w.upos in _RUN_WORDS or w.upos == "CCONJ" or w.xpos in ("POS", "VBG", "VBN") and w.text.islower()
            or preposition(w.text) for w in phrase):
        return None
    return (phrase[0].start, phrase[-1].end), None


def _reported_object(s: Parsed, verb: Word,
                     speaker: Word | None, reports: frozenset[str] = NOUN_REPORTS) -> _Content | None:
    """`denied the allegations`, `announced plans to ...`, `warned of a recession`: a cue whose object
    is the message itself (`NOUN_REPORTS`), or whose message follows its preposition
    (`PREPOSITION_REPORTS`), reports that noun phrase.  Not a pronoun (`denied it` names nothing
    said), not a passive cue (its subject is what was reported, and no one says it) but one whose
    passive subject is its listener (`was asked about the tax`: the topic after the preposition); an
    infinitive's object is none (`refused to acknowledge the genocide`: nothing was said), but its topic
    after a preposition is (`declined to comment on the ruling`, `had little to say about the plan`);
    a preposition that may open a time or a span of it before a word of time gives when or how long,
    not what (`reported on Monday`, `argued for years`; not `warned of a recession next year`); nor
    the topic of a cue whose object is a fronted `what` (`What leaders said about the climate deal`)."""
    passive = any(k.deprel in ("nsubj:pass", "aux:pass") for k in s.kids[verb.index]) \
        and _unmarked_passive(s, verb) is None  # `Nurses complained of ...` with no `be`: active
    if _untold_object(s, verb):
        return None  # `What leaders said about the climate deal`: the words said are the `what` left untold
    reason = _reason_opening(s, verb)
    if reason is not None:
        return reason  # `Citing weak demand, the company cut ...`
    if passive and verb.lemma not in LISTENER_VERBS | QUESTIONING_VERBS:
        return None  # `was asked about the tax`: the passive subject is the listener, the topic still follows
    openers = PREPOSITION_REPORTS.get(verb.lemma, frozenset())
    for k in s.kids[verb.index]:
        if k.index < verb.index or k.upos not in NOUN_UPOS and k.text not in CURRENCY_SIGNS:
            continue  # (`said about $4,000`: the sign, tagged a symbol, heads the amount)
        aside = frozenset(c.index for c in s.kids[k.index] if c.deprel == "acl:relcl" and _set_off(s, c))
        deed = _claimed_deed(s, verb, k) if not passive else None
        if deed is not None:
            return deed, None  # `claimed credit for the drop in crime`: the deed owned up to
        modifier = next((g for g in s.kids[verb.index] if verb.index < g.index < k.index and k.deprel == "obj"
                         and (_stray_gerund_object(s, verb, g) is k or _noun_participle_run(s, verb, g, k))), None)
        if modifier is not None and verb.lemma not in SET_OFF_OBJECT_REPORTS:
            continue  # `denied targeting civilians`: the `-ing` verb's object, `gerund` reads the clause
        # (a verb that takes no `-ing` clause: the `-ing` word modifies the noun, `citing rising costs`)
        if k.deprel == "obj" and k.upos in NOUN_UPOS and (verb.lemma in reports or reports is NOUN_REPORTS and (
                _claim_rejected(s, verb, k) or _deed_owned(verb, k)
                or verb.lemma in SET_OFF_OBJECT_REPORTS and _free_participle(s, verb)
                and 0 <= verb.head < len(s.words) and s.words[verb.head].upos == "VERB"
                and not any(x.deprel in ("nsubj:pass", "aux:pass") for x in s.kids[verb.head])
                and not any(x.xpos in _FINITE for x in s.subtree(k)))) \
                and not (verb.lemma in BARE_NOUN_DENIALS and k.text.lower() in WITHHELD_GRANTS) \
                and not cited_source(verb, k) and not time_word(k.text) and not passive \
                and not _calendar_time(s, k.index) and not to_infinitive(s.kids[verb.index]):
            end = _owned_cut(s, k.index, _noun_phrase_end(s, verb, k, aside))  # `disputed his claim that the vote
            # was rigged`: the claim, its clause the owner's (`noun-cue`)
            if _subject_then_past(s, verb, end):
                return None  # `alleges the company ignored safety warnings`: a clause, `rest-of-sentence`'s
            if modifier is not None and _noun_participle_run(s, verb, modifier, k):
                end = max(end, max(x.end for x in s.subtree(modifier)))  # `citing falling demand and rising
                # costs`: the conjuncts too
            end = _bound_after(s, _valued_at(s, verb, end))
            needed = LINKED_ONLY_REPORTS.get(verb.lemma)
            if needed and (speaker is None or not any(
                    w.text.lower() in needed and w.index > k.index and w.end <= end
                    and s.words[w.index - 1].text.lower() not in SERVICE_RECORD_NOUNS for w in s.words)):
                return None  # `described the dinner`, `criticized the plan`: no claim spelt out (`described it as
                # ...`, `slammed the plan as reckless` are one, said by someone the parse names; not `touted his
                # record as governor`, the post he held)
            start = s.span(k)[0] if modifier is None else modifier.start
            first = s.words[s.word_range((start, end))[0]]  # `disclosed her ties to the mayor` with `her` taken
            if first.index - 1 > verb.index and _possessive_before(s, first):  # for an object of its own: a possessive,
                start = s.words[first.index - 1].start  # the noun phrase's
            return (start, _contrast_end(s, (start, end)) or end), None  # `denied any links, but critics ...`: a
            # contrast or a semicolon ends the noun phrase, the writer's words after it
        case = next((c for c in s.kids[k.index] if c.deprel == "case" and c.index < k.index), None)
        timed = case is not None and case.lemma in TIME_OPENERS | {"for"} and (
            time_word(k.text) or _calendar_time(s, k.index))  # `on Monday`, `for years`, `in March`
        amount = case is not None and case.text.lower() in APPROXIMATING_PREPOSITIONS and case.index + 1 < len(
            s.words) and (s.words[case.index + 1].upos == "NUM" or s.words[case.index + 1].text in CURRENCY_SIGNS)
        # `said around $4 million`: `say` takes an amount after any word of about how many, not a time
        said_amount = amount and verb.lemma == "say" and not time_word(k.text) and not _calendar_time(s, k.index)
        if verb.lemma in ADJACENT_TOPIC_VERBS and case is not None and case.lemma in openers \
                and (case.index != verb.index + 1 or verb.xpos == "VBG"):
            continue  # `told the story of a nurse`, `his telling of the story`: no account told of
        if k.deprel.startswith("obl") and case is not None and (case.lemma in openers or said_amount) and not timed \
                and not _unquestioned(s, verb, case) and not _medium_noun_phrase(s, verb, case) \
                and not on_platform(s, case):  # `wrote on X that ...`: where, not what about
            if k.upos not in NOUN_UPOS and not amount:
                continue  # a sign heads no topic (`spoke of $5 bills`), only an amount after `about`
            dropped = aside if amount else aside | {case.index}  # `said about six weeks`: how many, not what of
            end = _noun_phrase_end(s, verb, k, aside)
            if amount:  # `said about $4,000` with the number hung from the verb: the amount runs on over it
                nxt = next((w for w in s.words if w.start >= end), None)
                while nxt is not None and nxt.upos == "NUM" and nxt.start == end:
                    end = nxt.end
                    nxt = s.words[nxt.index + 1] if nxt.index + 1 < len(s.words) else None
                if nxt is not None and (nxt.upos == "AUX" or nxt.xpos in _FINITE):
                    return None  # `said about 40 percent of the budget would go to roads`: the amount is a clause's subject
            return _with_noun_cue_clause(s, k, (s.span(k, dropped)[0], end)), None
    return _bounded_amount(s, verb, reports, passive) or _misread_object(s, verb, reports, passive)


def cited_source(verb: Word, noun: Word) -> bool:
    """Whether `cite` (lexicon SET_OFF_OBJECT_REPORTS) names as its object those who spoke, a noun for speakers (lexicon
    SPEAKER_NOUNS: `citing two sources`, `citing officials`): the report's source, none of its words.

    >>> from quotes.parse import Word
    >>> v, n = (Word(i, t, l, "VERB" if i == 0 else "NOUN", "", "", -1, "dep", 0, 1)
    ...         for i, (t, l) in enumerate([("citing", "cite"), ("sources", "source")]))
    >>> cited_source(v, n)
    True
    """
    return verb.lemma in SET_OFF_OBJECT_REPORTS and noun.text.lower() in SPEAKER_NOUNS


_PLATFORM_REACH = 3  # the most words before a platform's name or place after `on` (`her official Facebook page`)


def on_platform(s: Parsed, case: Word) -> bool:
    """Whether `case` is `on` opening the platform a post went out on (lexicon POSTING_PLATFORMS, capitalised: `on X`,
    `on Telegram`; or POSTING_PLACES: `on his blog`, `on her Facebook page`, `on social media`), past a determiner or
    an owner and adjectives or names, read from the words: where the words were written, no topic of them (not an
    owner's `'s` after the name, `on Facebook's new policy`, nor a noun after `of`, `on the future of X`).

    >>> from quotes.parse import Word
    >>> ws = [Word(i, t, t.lower(), u, u, "", -1, "dep", 2 * i, 2 * i + 1)
    ...       for i, (t, u) in enumerate([("wrote", "VERB"), ("on", "ADP"), ("X", "PROPN"), ("that", "SCONJ")])]
    >>> on_platform(Parsed.of(ws), ws[1])
    True
    """
    words = s.words
    if case.text.lower() != "on":
        return False
    i = case.index + 1
    if i < len(words) and (words[i].upos == "DET" or words[i].xpos == "PRP$"):
        i += 1  # `on his blog`, `on the messaging app Telegram`
    for j in range(i, min(len(words), i + _PLATFORM_REACH)):
        w, low = words[j], words[j].text.lower()
        pair = " ".join(x.text.lower() for x in words[j:j + 2])
        found = j + 2 if pair in POSTING_PLATFORMS and w.text[0].isupper() or pair in POSTING_PLACES else \
            j + 1 if low in POSTING_PLATFORMS and w.text[0].isupper() or low in POSTING_PLACES else None
        if found is not None:
            return not (found < len(words) and words[found].text in APOSTROPHE_S)
        if w.upos not in ("ADJ", "PROPN", "NOUN"):
            return False
    return False


def _medium_noun_phrase(s: Parsed, verb: Word, case: Word) -> bool:
    """Whether the preposition `case` stands right after the noun of the cue's own phrase of the medium the words
    came in (`MEDIUM_PREPOSITIONS`: `wrote in a post on X`, `wrote in a column on the budget`): its phrase is that
    noun's, telling where or of what the text is, however the parse hung it, and no topic of the verb's."""
    noun = s.words[case.index - 1] if case.index > verb.index + 1 else None
    return noun is not None and noun.upos == "NOUN" and noun.head == verb.index and any(
        c.deprel == "case" and c.text.lower() in MEDIUM_PREPOSITIONS for c in s.kids[noun.index])


def _valued_at(s: Parsed, verb: Word, end: int) -> int:
    """`The agency estimated damage at $3 billion`: after a report that puts a value on its object (lexicon
    `VALUING_REPORTS`), `at` right after the object's noun phrase (ending at character `end`) and an amount (a number
    or currency sign, perhaps after a word of how near: `at about 40`, `at more than $3 million`) give the estimate:
    the object runs on over the amount and a noun it counts (`at 40 percent`), read from the words."""
    if verb.lemma not in VALUING_REPORTS:
        return end
    i = next((w.index for w in s.words if w.start >= end), len(s.words))
    if i >= len(s.words) or s.words[i].text.lower() != "at":
        return end
    after = [w.text.lower() for w in s.words[i + 1:]]
    j = i + 1 + next((len(o) for o in AMOUNT_OPENERS if tuple(after[:len(o)]) == o),
                     1 if after[:1] and after[0] in APPROXIMATING_PREPOSITIONS else 0)
    last = j - 1
    while j < len(s.words) and (s.words[j].upos == "NUM" or s.words[j].text in CURRENCY_SIGNS):
        last, j = j, j + 1
    if last < i + 1 or not (s.words[last].upos == "NUM" or s.words[last].text in CURRENCY_SIGNS):
        return end  # `estimated the damage at the scene`: a place, no amount
    if j < len(s.words) and s.words[j].upos == "NOUN" and not time_word(s.words[j].text):
        last = j  # `at 40 percent`
    return s.words[last].end


def _bound_after(s: Parsed, end: int) -> int:
    """`confirmed a tornado with winds up to 150 mph`, `predicted gusts of more than 60 mph`: a run bounding an
    amount (lexicon `AMOUNT_OPENERS`) right after an object's noun phrase (ending at character `end`), then a
    number or currency sign, tells how much of that noun: the object runs on over the amount and a noun it
    counts (`150 mph`), read from the words however the parse hung the run (`up` a particle of the verb,
    `more` the object's noun: `damage to more than 300 homes`); not when a verb follows the amount (a clause
    of its own)."""
    i = next((w.index for w in s.words if w.start >= end), len(s.words))
    run = 0
    for at in (i - 2, i - 1, i):  # the noun phrase's end may fall within the run (`damage to more` than ...)
        after = [w.text.lower() for w in s.words[max(at, 0):]]
        run = next((len(o) for o in AMOUNT_OPENERS if at >= 0 and (at == i or at + len(o) > i)
                    and tuple(after[:len(o)]) == o), 0)
        if run:
            i = at
            break
    j = last = i + run
    while j < len(s.words) and (s.words[j].upos == "NUM" or s.words[j].text in CURRENCY_SIGNS):
        last, j = j, j + 1
    if not run or last == i + run and j == last:
        return end
    if j < len(s.words) and s.words[j].upos in NOUN_UPOS and not time_word(s.words[j].text):
        last, j = j, j + 1  # `150 mph`
    if j < len(s.words) and (s.words[j].upos == "AUX" or s.words[j].xpos in _FINITE):
        return end  # `predicted rain up to 40 percent of homes would lose power`: a clause
    return s.words[last].end


_AMOUNT_PHRASE_TAGS = frozenset({"NUM", "SYM", "ADJ", "NOUN", "PROPN"})  # an amount's noun phrase (`four smiling volunteers`)


def _bounded_amount(s: Parsed, verb: Word, reports: frozenset[str], passive: bool) -> _Content | None:
    """`Forecasters predicted up to 2 feet of snow`, `Police confirmed at least 12 deaths`: a cue whose object is
    its message (`NOUN_REPORTS`), active, right before a run of words that bounds an amount (lexicon
    `AMOUNT_OPENERS`: `up to`, `as many as`, `at least`) and a number or currency sign, reports that amount and the
    noun phrase it counts, read from the words whatever the parse made of the run (`up` a particle, `to` a
    preposition); not when a verb follows the amount (`predicted up to 40% of homes would lose power`: a clause)."""
    if passive or verb.lemma not in reports or to_infinitive(s.kids[verb.index]):
        return None
    after = [w.text.lower() for w in s.words[verb.index + 1:]]
    run = next((len(o) for o in AMOUNT_OPENERS if tuple(after[:len(o)]) == o), 0)
    i = verb.index + 1 + run
    if not run or i >= len(s.words) or not (s.words[i].upos == "NUM" or s.words[i].text in CURRENCY_SIGNS):
        return None
    noun = s.words[i]
    while noun.head > noun.index and noun.upos in ("NUM", "SYM") and s.words[noun.head].upos in NOUN_UPOS | {"NUM"}:
        noun = s.words[noun.head]  # `2` -> `feet`, `$` -> `billion`: the counted noun heads the amount
    end = max(_noun_phrase_end(s, verb, noun, frozenset()), noun.end)
    j = i
    while j < len(s.words) and (s.words[j].upos in _AMOUNT_PHRASE_TAGS or s.words[j].xpos == "VBG"):
        j += 1  # the amount and the words of its noun phrase (`four smiling volunteers`), read from the words
    for w in [s.words[j]] if j < len(s.words) else []:
        if w.upos == "AUX" or w.xpos in _FINITE or _past_then_phrase(s, w.index):
            return None  # the amount is a clause's subject, the clause rules' to read (`reported at least four
            # volunteers filled the hall`, `filled` taken for a participle)
    return (s.words[verb.index + 1].start, end), None


def _misread_object(s: Parsed, verb: Word, reports: frozenset[str], passive: bool) -> _Content | None:
    """`The company, in a statement, announced plans to cut jobs` parsed with `announced` as an adjective of
    `plans`: a main verb read from the words (`apposition-host`) has the noun it was hung from as its object,
    that noun's phrase from the word after the verb on (`_reported_object`)."""
    if passive or verb.lemma not in reports or verb.deprel != "amod" or verb.head <= verb.index \
            or _apposition_host(s, verb) is None:
        return None
    k = s.words[verb.head]
    if k.upos not in NOUN_UPOS or time_word(k.text) or _calendar_time(s, k.index):
        return None
    aside = frozenset(c.index for c in s.kids[k.index] if c.deprel == "acl:relcl" and _set_off(s, c))
    end = _owned_cut(s, k.index, _noun_phrase_end(s, verb, k, aside))
    return (s.words[verb.index + 1].start, end), None


def _deed_owned(verb: Word, obj: Word) -> bool:
    """`The bank admitted liability for the crash`: a verb that reports its object only when that names a deed or a
    blame owned up to (lexicon OWNED_DEED_REPORTS); not `admitted refugees` (people let in)."""
    return obj.text.lower() in OWNED_DEED_REPORTS.get(verb.lemma, frozenset())


def _claim_rejected(s: Parsed, verb: Word, obj: Word) -> bool:
    """`The senator rejected the claims that she had lied`, `dismissed the allegations`: a verb of rejecting
    (lexicon CLAIM_OBJECT_REPORTS) reports its object only when that names a claim (`CLAIM_NOUNS`), and not in a
    title-case headline (`Candidates Reject The Idea Of ...`), where no object report is read (as
    `headline-cue` reads none there), nor an owned claim (`rejected his claim that ...`: `noun-cue` gives the
    owner the words)."""
    return verb.lemma in CLAIM_OBJECT_REPORTS and obj.text.lower() in CLAIM_NOUNS and (
        verb.index == 0 or not verb.text[:1].isupper()) and not any(k.deprel == "nmod:poss" for k in s.kids[obj.index]) \
        and not _owned_noun_cue(s, obj)


def _unquestioned(s: Parsed, verb: Word, case: Word) -> bool:
    """`pressed on with the vote`, `questioned his statements about the war`: a verb of questioning someone
    (lexicon QUESTIONING_VERBS) puts a topic only to someone: a person as its object (a name, pronoun or
    source word: `grilled the director about ...`), its passive subject, or no one, a bare participle
    (`Pressed about the fees, ...`); a topic's preposition with none of them, or after an object or passive
    subject that is no person (what is doubted: `it was questioned on legal grounds`), is no question; nor
    is an active infinitive's (`a request to question her about the emails`: a plan, not a question put)."""
    if verb.lemma not in QUESTIONING_VERBS:
        return False
    kids = s.kids[verb.index]
    passive = [k for k in kids if k.deprel == "nsubj:pass"]
    if passive or any(k.deprel == "aux:pass" for k in kids):
        return not all(_questioned_one(k) for k in passive)  # `it was questioned on legal grounds`: doubted
    if to_infinitive(kids):
        return True
    objects = [k for k in kids if k.deprel in OBJECT_RELS]
    if objects:
        return not all(_questioned_one(k) for k in objects)
    return any(k.deprel in _SUBJECTS for k in kids)


def _questioned_one(w: Word) -> bool:
    """Whether a verb of questioning's object or passive subject is someone: a name, a personal pronoun (not
    `it`, `this`), or a source word (`the director`, `officials`)."""
    return w.upos == "PROPN" or w.upos == "PRON" and w.text.lower() not in ("it", "this", "that", "which") \
        or source_word(w.text)


def _subject_then_past(s: Parsed, verb: Word, end: int) -> bool:
    """`alleges the company ignored safety warnings` with `ignored` read as an adjective of `warnings`: after a
    cue that takes a clause as often as a noun (`OBJECT_CUES`, `SAY_VERBS`), its object's noun phrase ending at
    character `end`, then a lower-case `-ed` verb and a noun phrase that opens with no preposition, is the
    subject of that verb: the clause is what was said, not the noun (not `announced the plan approved by the
    board`, nor `the deal signed Monday`)."""
    if verb.lemma not in OBJECT_CUES and verb.lemma not in SAY_VERBS:
        return False
    i = next((w.index for w in s.words if w.start >= end), None)
    return i is not None and _past_then_phrase(s, i)


def _time_object(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`the plan the council first proposed two months ago`, `as the Ledger reported a few days later`:
    a cue whose object is a stretch of time and nothing more (`_span_words`: `that same day`, `last
    July`; no other noun phrase after the cue, and no bare word of time, left to `reported-object`) tells
    when it spoke, not what: with no clause rule before it answering, it reports nothing."""
    kids = [k for k in s.kids[verb.index] if k.index > verb.index and k.upos in NOUN_UPOS]
    if len(kids) != 1 or kids[0].deprel != "obj" or time_word(kids[0].text) \
            or not (_span_noun(kids[0].text) or _calendar_time(s, kids[0].index)):
        return None  # `responded Wednesday to the request`: a word of time, and a message after it
    if all(w.index == kids[0].index or w.upos in ("DET", "NUM") or w.text.lower() in SPAN_WORDS | TIME_OPENERS
           for w in s.subtree(kids[0])):
        return _NOTHING
    return None


def _object_then_topic(s: Parsed, verb: Word,
                       speaker: Word | None) -> _Content | None:
    """`wrote notes to the boxer on a paper banner`, `help write the rules of the economy`: a cue whose
    message would follow its preposition (`PREPOSITION_REPORTS`) but whose noun object comes first (a
    cue whose object is no message, `NOUN_REPORTS` aside, nor a listener, `LISTENER_VERBS` aside; the
    object no word of time or of how much was said, `TOPIC_OBJECTS`) has made or done that object: the
    phrase after it tells where or of what, not what was said, and the cue reports nothing."""
    openers = PREPOSITION_REPORTS.get(verb.lemma)
    if not openers or verb.lemma in NOUN_REPORTS | LISTENER_VERBS | QUESTIONING_VERBS:
        return None  # (`grilled the director about the funds`: the one questioned)
    kids = s.kids[verb.index]
    obj = next((o for o in kids if o.deprel == "obj" and o.index > verb.index and o.upos == "NOUN"
                and not time_word(o.text) and o.text.lower() not in TOPIC_OBJECTS), None)
    if obj is None:
        return None
    for k in kids:
        case = next((c for c in s.kids[k.index] if c.deprel == "case" and c.index < k.index), None)
        if k.index > obj.index and k.deprel.startswith("obl") and case is not None and case.lemma in openers \
                and not time_word(k.text):
            return _NOTHING
    return None


def _preposition_gerund(s: Parsed, verb: Word,
                        speaker: Word | None) -> _Content | None:
    """`warned against cutting the police budget`, `complained about paying higher fees`: a cue whose
    message follows its preposition (`PREPOSITION_REPORTS`, as `_reported_object` reads a noun phrase
    there) reports the `-ing` clause the preposition opens, from the word after it (not a passive
    cue, unless its passive subject is its listener, as `_reported_object` reads one: `was asked about
    fixing the roads`; also after a preposition of `GERUND_PREPOSITION_REPORTS`: `admitted to taking the
    money`; not one the preposition does not open: `spoke after visiting the site` is no
    report; not one that opens a quotation, which the cue's words run into: `paraphrase` quotes it)."""
    openers = PREPOSITION_REPORTS.get(verb.lemma) or GERUND_PREPOSITION_REPORTS.get(verb.lemma)
    if not openers or (verb.lemma not in LISTENER_VERBS | QUESTIONING_VERBS
                       and any(k.deprel in ("nsubj:pass", "aux:pass") for k in s.kids[verb.index])):
        return None
    for k in s.kids[verb.index]:
        if k.index <= verb.index or k.xpos != "VBG" or k.deprel != "advcl":
            continue
        mark = next((c for c in s.kids[k.index] if c.deprel == "mark" and c.index < k.index), None)
        if mark is not None and mark.lemma in openers and mark.index == s.subtree(k)[0].index:
            if s.words[mark.index + 1].text.strip(MARK_CHARS) == "":
                return None  # `warned against "reading too much" into it`: the words the cue runs into (`paraphrase`)
            return (s.words[mark.index + 1].start, min(s.span(k)[1], _participle_cut(s, k))), None
    return None


_WITHHELD_NAME_WORDS = 6  # the words after a cue that keep back a name (`that her last name not be`)


def _speaking_condition(s: Parsed, verb: Word,
                        speaker: Word | None) -> _Content | None:
    """`A city official, who requested anonymity to discuss the talks, said ...`: a cue whose object names
    the condition its speaker speaks under (`SPEAKING_CONDITIONS`) reports nothing; nor does one whose
    clause right after it, opened by `that`, keeps back the speaker's own name (`WITHHELD_IDENTITY` with a
    possessive pronoun and at most an adjective or noun, then `not`: `who asked that her name not be used`, `that
    her last name not be published`; or `be` and a participle of keeping it back, `KEPT_BACK_FORMS`: `that his
    family name be withheld`)."""
    for k in s.kids[verb.index]:
        if k.index > verb.index and k.deprel == "obj" and k.text.lower() in SPEAKING_CONDITIONS:
            return _NOTHING
    after = [w.text.lower() for w in s.words[verb.index + 1:verb.index + 1 + _WITHHELD_NAME_WORDS]]
    if len(after) > 2 and after[0] == "that" and s.words[verb.index + 2].xpos == "PRP$":
        bare = after[2] in WITHHELD_IDENTITY
        named = after[2:] if bare else after[3:]  # `her name`, or past an adjective: `her last name`
        if len(named) > 1 and named[0] in WITHHELD_IDENTITY and (
                named[1] == "not" or named[1] == "be" and len(named) > 2 and named[2] in KEPT_BACK_FORMS) \
                and (bare or s.words[verb.index + 3].upos in ("ADJ", "NOUN")):
            return _NOTHING
    return None


def _fronted_frame(s: Parsed, verb: Word,
                   speaker: Word | None) -> _Content | None:
    """`Writing in the journal Nature, the authors said ...`, `Writing in the Ledger, Ruiz argued that ...`:
    an `-ing` form of a verb of saying opening its sentence, its own words up to a comma holding no verb,
    no `that` and no quotation (where and to whom it was said), frames the main clause after the comma;
    when that clause has a finite verb of saying of its own, that verb reports, and the frame reports
    nothing."""
    words = s.words
    first = next((w for w in words if w.upos != "PUNCT"), None)
    if first is not verb or verb.xpos != "VBG":
        return None
    comma = next((w.index for w in words[verb.index + 1:] if w.text in (",", ":", ";")), None)
    if comma is None or words[comma].text != "," or any(
            w.upos in VERB_UPOS or w.text.lower() == "that" or w.text in MARK_CHARS
            for w in words[verb.index + 1:comma]):
        return None
    main = next((w for w in words[comma + 1:] if w.upos == "VERB" and w.xpos in _FINITE), None)
    return _NOTHING if main is not None and _is_cue_verb(main) else None


def _withheld(s: Parsed, verb: Word,
              speaker: Word | None) -> _Content | None:
    """`denied Carter a photograph of unity`, `can deny her rival the nomination`: a cue of denying
    (`WITHHOLDING_VERBS`) with two objects after it, the one it is withheld from and the thing withheld,
    refuses that thing; nothing is said to be untrue, and the cue reports nothing."""
    if verb.lemma not in WITHHOLDING_VERBS:
        return None
    objects = [k for k in s.kids[verb.index] if k.index > verb.index and k.deprel in OBJECT_RELS]
    if len(objects) < 2 or any(k.upos not in _NOMINAL for k in objects):
        return None
    return _NOTHING



_RECIPIENT_WORDS = 5  # the most words of the one promised to (`the victims' families`, `residents in Leeds`)
_NOT_RECIPIENT_TAGS = frozenset({"AUX", "PART", "PUNCT", "CCONJ", "SCONJ", "DET", "PRON", "NUM", "SYM"})


def _promised_thing(s: Parsed, verb: Word,
                    speaker: Word | None) -> _Content | None:
    """`He promised voters a tax cut`, `The mayor promised the families a full inquiry`: a cue of promising
    with two objects (lexicon RECIPIENT_PROMISE_VERBS), read from the words however the parse hung them: the
    one promised to right after it (an object pronoun, or a short noun phrase that no `a` opens, ending on a
    noun, a name or a lower-case plural, with no time word: `residents in Leeds`), then the thing promised, a noun
    phrase opened by a determiner, an owner or a number (lexicon PROMISED_THING_OPENERS) with no verb of its
    own: that thing, to the next comma or the sentence's end, is what was promised."""
    words = s.words
    if verb.lemma not in RECIPIENT_PROMISE_VERBS or verb.upos != "VERB":
        return None
    i = verb.index + 1
    opener = next((k for k in range(i + 1, min(i + _RECIPIENT_WORDS + 1, len(words)))
                   if words[k].text.lower() in PROMISED_THING_OPENERS or words[k].upos == "NUM"
                   or words[k].text in CURRENCY_SIGNS), None)
    if opener is None:
        return None
    recipient = words[i:opener]
    first, last = recipient[0], recipient[-1]
    if first.text.lower() in OBJECT_PRONOUNS and len(recipient) == 1:
        fits = True  # `promised them a fair hearing` (`her son`: an owner's pronoun)
    else:
        fits = first.text.lower() not in ("a", "an") and last.text.lower() not in PROMISED_THING_OPENERS \
            and (last.upos in NOUN_UPOS or last.text.islower() and last.text.endswith("s")) \
            and not any(w.upos in _NOT_RECIPIENT_TAGS and w.xpos != "POS" for w in recipient[1:]) \
            and first.upos != "ADP" \
            and (first.upos not in _NOT_RECIPIENT_TAGS or first.upos == "DET" or first.xpos in OWNER_TAGS
                 or first.text.lower() in POSSESSIVE_PRONOUNS)
    if not fits or any(time_word(w.text) for w in recipient):
        return None
    end = _to_comma(s, words[opener].end)
    thing = [w for w in words[opener:] if w.end <= end]
    nouns = [w for w in thing if w.upos in ("NOUN", "PROPN", "NUM")]
    if not nouns or time_word(nouns[0].text) or any(w.xpos in _FINITE or w.upos == "AUX" for w in thing):
        return None
    return (thing[0].start, thing[-1].end), None

def _claimed_prize(s: Parsed, verb: Word,
                   speaker: Word | None) -> _Content | None:
    """`stop him from claiming the nomination`, `hopes to claim the seat`: `claim` whose object is the prize
    of a contest (`CLAIMED_PRIZES`) takes it, wins it; nothing is said, and the cue reports nothing."""
    if verb.lemma != "claim":
        return None
    if any(k.deprel == "obj" and k.index > verb.index and k.lemma.lower() in CLAIMED_PRIZES for k in s.kids[verb.index]):
        return _NOTHING
    return None


def _example_say(s: Parsed, verb: Word,
                 speaker: Word | None) -> _Content | None:
    """`no better than, say, the mayor's plan`, `narrows the gap to, say, single digits`: a bare `say` set off
    by commas on both sides (or dashes), with no subject of its own before it, is the aside `for example`:
    no one says anything, and the cue reports nothing (`, they say,` has its subject; `, say officials,`
    its speaker after it, before the comma)."""
    i = verb.index
    if verb.text.lower() != "say" or not 0 < i < len(s.words) - 1 \
            or s.words[i - 1].text not in _CLAUSE_BREAKS or s.words[i + 1].text not in _CLAUSE_BREAKS \
            or any(k.deprel in _SUBJECTS and k.index < i for k in s.kids[i]):
        return None
    return _NOTHING


def _participle_adjective(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`his proposed ban on imports`, `the number of reported cases`, `for alleged ringleader`, `its stated
    goal`: a past participle of a cue between a determiner, a possessive or a preposition and the noun it
    describes (an adjective or more between) is an adjective of that noun, whatever the parse made of
    it: no one says anything there, and it reports nothing (`as reported by the paper`: no noun after
    it; `the paper that reported losses`: a relative pronoun before it; `Both denied wrongdoing`: a
    determiner that stands for the speaker)."""
    i, words = verb.index, s.words
    if verb.xpos not in ("VBN", "VBD", "JJ") or not verb.text.lower().endswith("ed") or i == 0 or i + 1 >= len(words):
        return None
    before, after = words[i - 1], words[i + 1]
    opens = before.text.lower() in PHRASE_DETERMINERS or before.xpos == "PRP$" or before.text.lower() in APOSTROPHE_S \
        or (before.upos == "ADP" and before.text.lower() not in ("as", "than"))
    if not opens or relative_pronoun(before.text) or not after.text.islower():
        return None
    j = i + 1
    while j < len(words) and words[j].upos == "ADJ" and words[j].text.islower():
        j += 1
    return _NOTHING if j < len(words) and words[j].upos == "NOUN" else None


def _timed_relative(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`The plan announced Monday would raise fees`, `The cuts announced last week will hit schools`: a cue's past
    participle (a past in `-ed` too, the same word) right after a lower-case noun for no one who speaks
    (`_speaking_noun`), a phrase of time after it, and a finite verb or a modal right after that time: the
    participle and its time describe the noun (`the plan that was announced Monday`) and the verb after them is
    the sentence's own, for no time does what it does; the cue reports nothing (`The ministry announced Monday
    would be a day of mourning`: one who speaks, a report)."""
    i, words = verb.index, s.words
    if i == 0 or i + 1 >= len(words) or verb.xpos not in ("VBN", "VBD") \
            or verb.xpos == "VBD" and not verb.text.lower().endswith("ed"):
        return None
    noun = words[i - 1]
    if noun.upos != "NOUN" or not noun.text.islower() or _speaking_noun(noun):
        return None
    after = _time_phrase_end(s, i + 1)
    return _NOTHING if after is not None and words[after].xpos in _FINITE else None


def _let_in(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`admitting more students from other states`, `efforts to admit families as refugees`, `refugees
    admitted to the country`, `they are not admitted until ...`: `admit` that lets people in, not one
    that owns up to something: its object a people it lets in (`ADMITTED_PEOPLE`, or a people's plural
    name: `Syrians`), or the one let in its passive subject or the noun its participle follows; with no
    clause, `that` or `-ing` form after it (`admitted to the paper that ...`, `admitted to lying`), it
    reports nothing."""
    if verb.lemma != "admit":
        return None
    i, words = verb.index, s.words
    gerund = any(w.xpos == "VBG" for w in words[i + 1:i + 2]) \
        or (i + 2 < len(words) and words[i + 1].text.lower() == "to" and words[i + 2].xpos == "VBG")
    if gerund or any(w.text.lower() == "that" for w in s.subtree(verb) if w.index > i) \
            or any(k.deprel in ("ccomp", "csubj", "xcomp") for k in s.kids[i]):
        return None
    passive = any(k.deprel == "aux:pass" for k in s.kids[i]) \
        or (verb.deprel == "acl" and verb.xpos == "VBN" and 0 <= verb.head < i)
    joined = [k for k in s.kids[i] if k.deprel == "conj" and k.index == i + 2 and words[i + 1].upos == "CCONJ"]
    people = any(k.deprel == "obj" and k.index > i and (k.lemma.lower() in ADMITTED_PEOPLE or k.xpos == "NNPS")
                 for v in [verb, *joined] for k in s.kids[v.index])  # `admitting and resettling refugees`
    return _NOTHING if passive or people else None


def _idiom_say(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`It is safe to say the plan is dead`, `too early to tell whether ...`, `Only time will tell if
    ...`, `One could say the town has recovered`, `All told, ...`, `Voters Say No to Tax`: a saying no
    one makes, the writer's hedge or an idiom: `say` or `tell` as an infinitive right after an
    adjective that judges it (`HEDGE_ADJECTIVES`, `suffice it`), `tell` whose subject is `time`, a verb
    of saying whose subject is a generic `one` with a modal (`GENERIC_MODALS`; not `One said ...`, one
    person), `all told` set off by a comma (in all), `say no to` / `say yes to` (turning it down or
    taking it up), or `say` with a greeting, a parting or a rite for its object (`SAID_RITUALS`: `said
    goodbye to`, `said a prayer`): it reports nothing."""
    i, words = verb.index, s.words
    before = [w.text.lower() for w in words[max(0, i - 3):i]]
    if verb.lemma in ("say", "tell") and before[-1:] == ["to"] and len(before) >= 2 and (
            before[-2] in HEDGE_ADJECTIVES or before[-3:-1] == ["suffice", "it"]):
        return _NOTHING
    if verb.text.lower() == "told" and before[-1:] == ["all"] and i + 1 < len(words) and words[i + 1].text == "," \
            and (i == 1 or words[i - 2].upos == "PUNCT"):
        return _NOTHING  # `All told, 40 homes were lost`: in all
    if verb.lemma == "say" and i + 2 < len(words) and words[i + 1].text.lower() in ("no", "yes") \
            and words[i + 2].text.lower() == "to":
        return _NOTHING  # `Voters Say No to Stadium Tax`: turning it down, or taking it up
    if verb.lemma == "say" and any(k.deprel == "obj" and k.index > i and k.text.lower() in SAID_RITUALS
                                   for k in s.kids[i]):
        return _NOTHING  # `said goodbye to his staff`, `said a prayer for the victims`: a rite, no report
    subjects = [k for k in s.kids[i] if k.deprel == "nsubj" and k.index < i]
    if not subjects:
        return None
    subject = subjects[-1].text.lower()
    if verb.lemma == "tell" and subject == "time" and all(c.text.lower() == "only" for c in s.kids[subjects[-1].index]):
        return _NOTHING  # `time will tell`, `only time will tell`
    if subject == "one" and not any(c.deprel == "nmod" for c in s.kids[subjects[-1].index]) \
            and any(k.deprel == "aux" and k.text.lower() in GENERIC_MODALS for k in s.kids[i]):
        return _NOTHING
    return None


def _sign_words(s: Parsed, verb: Word,
                speaker: Word | None) -> _Content | None:
    """`The sign on the door said Exit Only`, `A poster said No Depot Here`: `say` whose subject is a sign
    put up for passers-by (`SIGNS`) and whose object is a noun phrase, no clause, gives the words on it,
    which no one says: it reports nothing (`The sign said the doors would open at six` does)."""
    kids = s.kids[verb.index]
    if verb.lemma != "say" or not any(k.deprel == "nsubj" and k.index < verb.index and k.text.lower() in SIGNS
                                      for k in kids):
        return None
    if any(k.index > verb.index and k.deprel in ("ccomp", "xcomp", "advcl", "parataxis") for k in kids) \
            or not any(k.index > verb.index and k.deprel == "obj" for k in kids):
        return None
    return _NOTHING


def _object_topic(s: Parsed, verb: Word,
                  speaker: Word | None) -> _Content | None:
    """`said nothing about the tax`, `asked questions about the deal`, `wrote a column on the race`: a
    cue whose object names how much was said or the saying itself (`TOPIC_OBJECTS`) reports the topic
    that `about`, `of` or `on` opens right after that object (not an object after another one the parse
    hung from the cue: in `said the update raised questions about ...` the clause's own object)."""
    obj = next((k for k in s.kids[verb.index] if k.deprel == "obj" and k.index > verb.index
                and k.text.lower() in TOPIC_OBJECTS), None)
    if obj is None or any(k.deprel == "obj" and verb.index < k.index < obj.index for k in s.kids[verb.index]):
        return None
    own = {w.index for w in s.subtree(obj)}
    case = None
    for w in s.words[obj.index + 1:]:
        if w.lemma in TOPIC_PREPOSITIONS:
            case = w  # `nothing about`, `much of substance about`: the first such word after the object
            break
        if w.upos == "PUNCT" or w.index not in own:
            return None
    if case is None or case.head <= case.index:
        return None
    topic = s.words[case.head]
    if topic.upos not in NOUN_UPOS or time_word(topic.text):
        return None
    aside = frozenset(c.index for c in s.kids[topic.index] if c.deprel == "acl:relcl" and _set_off(s, c))
    return _with_noun_cue_clause(s, topic, s.span(topic, aside | {case.index})), None


def _with_noun_cue_clause(s: Parsed, topic: Word, span: tuple[int, int]) -> tuple[int, int]:
    """`asked questions about Clinton's assertion that 90 percent were kept`: a topic whose noun names a
    saying (`NOUN_CUES`) with the `that` or `to` opening what was said right after the topic's words takes
    that clause too, to the next clause break or the sentence's end, however the parse hung it."""
    words = s.words
    nxt = next((w for w in words if w.start >= span[1]), None)
    if nxt is None or nxt.text.lower() not in NOUN_CUES.get(topic.text.lower(), ()) or nxt.index != topic.index + 1:
        return span
    last = nxt
    for w in words[nxt.index + 1:]:
        if w.text in _CLAUSE_BREAKS:
            break
        last = w
    while last.index > nxt.index and last.upos == "PUNCT":
        last = words[last.index - 1]
    return (span[0], last.end) if last.index > nxt.index else span


def _listener_topic(s: Parsed, verb: Word,
                    speaker: Word | None) -> _Content | None:
    """`asked the senator about the new tax`, `warned the council of a flood`: after a verb that takes
    a listener, a preposition that opens its topic (`PREPOSITION_REPORTS`) right after the listener
    belongs to the verb, whatever the parse hung it from: the topic's noun phrase is reported, with what
    English joins to its noun right after it, wherever the parse hung that (`_noun_phrase_end`: `warned drivers
    of delays on the M6`)."""
    openers = PREPOSITION_REPORTS.get(verb.lemma)
    if verb.lemma not in LISTENER_VERBS | QUESTIONING_VERBS or not openers or verb.lemma in ADJACENT_TOPIC_VERBS:
        return None  # (`tell a fuller version of his story`: `of` after `tell`'s object is the object's own)
    listener = next((k for k in s.kids[verb.index] if k.deprel in OBJECT_RELS and k.index > verb.index), None)
    if listener is None or verb.lemma in QUESTIONING_VERBS and (to_infinitive(s.kids[verb.index]) or not (
            listener.upos in ("PROPN", "PRON") or source_word(listener.text))):
        return None  # `questioned the senator's remarks about the war`: what is doubted, no one questioned
    for k in s.kids[listener.index]:
        case = next((c for c in s.kids[k.index] if c.deprel == "case" and c.index < k.index), None)
        if k.index > listener.index and k.deprel.startswith("nmod") and k.upos in NOUN_UPOS \
                and case is not None and case.lemma in openers:
            aside = frozenset(c.index for c in s.kids[k.index] if c.deprel == "acl:relcl" and _set_off(s, c))
            start, end = s.span(k, aside | {case.index})  # (`warned drivers of delays on the M6`: a phrase the
            end = max(end, _noun_phrase_end(s, verb, k, aside))  # parse hung from the verb is the topic's still)
            return _with_noun_cue_clause(s, k, (start, end)), None
    return None


def _reported_subject(s: Parsed, verb: Word,
                      speaker: Word | None) -> _Content | None:
    """`The move was first reported by the Herald.`, `The deal was announced by the ministry`: a cue
    whose object is its message (`NOUN_REPORTS`), made passive with its speaker in a `by` phrase,
    reports its passive subject, a noun phrase (not a pronoun, nor a relative word); one that reports only
    with `as` (`AS_ONLY_REPORTS`) only with `as` after it (`was described as ...`, not `were described to him`)."""
    if verb.lemma not in NOUN_REPORTS or speaker is None or _passive_agent(s, verb) is not speaker:
        return None
    if verb.lemma in AS_ONLY_REPORTS and not (verb.index + 1 < len(s.words) and s.words[verb.index + 1].text == "as"):
        return None  # `Scenes were described to him by a reporter`: things told of, no claim
    subject = next((k for k in s.kids[verb.index] if k.deprel == "nsubj:pass" and k.index < verb.index), None)
    if subject is None or subject.upos not in NOUN_UPOS or time_word(subject.text):
        return None
    return s.span(subject), None


def _complementizer(s: Parsed, clause: Word) -> Word | None:
    """The clause's `that`, `whether` or `if`, if it has one."""
    return next((m for m in s.kids[clause.index] if m.deprel == "mark" and m.lemma in _COMPLEMENTIZERS), None)


def _bare_noun(s: Parsed, w: Word) -> bool:
    """A noun with no subject or copula of its own: no clause, whatever the parse calls it (`said
    Mark Jones, a political scientist` with the apposition taken for a complement)."""
    return w.upos in _NOMINAL and not any(k.deprel in ("cop", "nsubj", "nsubj:pass") for k in s.kids[w.index])


def _fronted_main(s: Parsed, verb: Word, clause: Word, later: Sequence[Word]) -> int:
    """`Officials said if the rains came early, the harvest would still fail`: a reported clause that a word of
    condition, cause or concession opens (lexicon `REPORTED_FRONTED_OPENERS`) and a comma closes, the cue's next
    complement (`later`, with a subject and a finite verb of its own) opening right after that comma, is set before
    that clause inside the report, which runs on through it.  Not after a verb of asking (`asked if the plan would
    pass, ...` puts a question).  Where that main clause ends; -1 when none follows so."""
    mark = next((m for m in s.kids[clause.index] if m.deprel == "mark"), None)
    sub = s.subtree(clause)
    if verb.lemma in QUESTION_VERBS or mark is None or mark.text.lower() not in REPORTED_FRONTED_OPENERS \
            or mark.index != min(x.index for x in sub):
        return -1
    comma = max(x.index for x in sub)
    comma = comma if s.words[comma].text == "," else comma + 1
    if comma >= len(s.words) or s.words[comma].text != ",":
        return -1
    main = next((k for k in later if min(x.index for x in s.subtree(k)) == comma + 1), None)
    if main is None or not any(k.deprel in _SUBJECTS for k in s.kids[main.index]) or not (
            main.xpos in _FINITE or any(k.xpos in _FINITE for k in s.kids[main.index] if k.upos == "AUX")):
        return -1
    return s.span(main)[1]


def _correction_after(s: Parsed, start: int, end: int) -> int:
    """`suggest that the leaders do not plan to back him, but rather use him against the frontrunner`: a negated
    reported clause (from character `start` to `end`) with `but` and `rather` or `instead` (lexicon
    CORRECTING_ADVERBS) right after it goes on with the correction of what it denies, whatever the parse hung
    it from: where that correction ends; -1 when none follows so."""
    words = s.words
    i = next((w.index for w in words if w.start >= end), len(words))
    if i < len(words) and words[i].text == ",":
        i += 1
    if i + 2 >= len(words) or words[i].text.lower() != "but" or words[i + 1].text.lower() not in CORRECTING_ADVERBS \
            or words[i + 2].upos == "PUNCT" or not any(
                w.text.lower().replace("\u2019", "'") in NEGATIONS for w in words if start <= w.start and w.end <= end):
        return -1
    last = max(x.index for x in s.subtree(_rightward_top(s, words[i + 2])))
    while last > i + 2 and words[last].upos == "PUNCT":
        last -= 1
    return words[last].end


_PREDICATE_SUBJECTS = ("nsubj", "nsubj:pass", "expl")


def _predicate_that(s: Parsed, verb: Word, clause: Word) -> int:
    """`He said he was delighted that, lately, crowds have grown`, `say it is only right that she leads`: a
    reported clause whose own predicate, an adjective or a participle with a subject (an `-ing` one after `it`:
    `it is fitting that ...`), stands right before a `that` opening a clause, goes on through that clause,
    whatever the parse hung it from (the cue takes one reported clause; `delighted that ...`, `right that ...`
    take theirs).  Where that clause ends; -1 when none follows so."""
    words = s.words
    after = clause.index + 1
    own = s.kids[clause.index]
    if after >= len(words) or not any(k.deprel in _PREDICATE_SUBJECTS for k in own) or not (
            clause.upos == "ADJ" or clause.xpos == "VBN" or clause.xpos == "VBG" and any(k.deprel == "expl" for k in own)):
        return -1
    that = words[after]
    if that.text.lower() != "that" or that.deprel != "mark" or that.head <= after \
            or words[that.head].head != verb.index:
        return -1
    head = words[that.head]
    return min(s.span(head)[1], _participle_cut(s, head))


def _reported_conjunct(s: Parsed, verb: Word, clause: Word) -> int:
    """`said she was undecided and was uncomfortable with ...`, `argued that it could cost millions
    and would undermine ...`, `said many doubted her but that ...`: a conjunct the parse hung from the
    cue right after its clause continues what was reported when it carries a tensed auxiliary and no
    subject of its own (`said X and left` is the speaker's doing) or opens with `that`; so does one
    with a subject and a modal of its own with no comma before it (`said the bridge is safe and the
    tunnel must close`: a modal is a claim, not the writer's narrative), and a past one with no subject
    under a present cue (`says it cut rates in May and raised them in June`: the speaker's own doing
    would share the cue's present).  A second complement the parse hung from the cue, joined by a
    conjunction with no comma, with a subject and a tense of its own, goes on with the report too (`said
    two people had died and 14 others were hospitalized`).  Where the reported words then end; -1 when no
    such conjunct follows."""
    last = max(x.index for x in s.subtree(clause))
    for k in s.kids[verb.index]:
        if k.deprel not in ("conj", "ccomp") or k.index <= last:
            continue
        own = s.kids[k.index]
        between = s.words[last + 1:min(x.index for x in s.subtree(k))]
        if any(w.upos not in ("PUNCT", "CCONJ") for w in between) or any(
                _is_cue_verb(x) and not to_infinitive(s.kids[x.index]) for x in s.subtree(k)):
            return -1  # (`and are ready to reject ...`: an infinitive reports nothing of its own yet)
        tensed = any(m.deprel in ("aux", "aux:pass", "cop") and m.xpos in _FINITE for m in own)
        if k.deprel == "ccomp":  # `said two people had died and 14 others were hospitalized`: a second
            # complement of the cue, joined by a conjunction with no comma, with a subject and a tense of its own
            # with `and` or `or` right after the first clause's last word and a plain word right after it (`, and
            # ...`, `, but ...`, `and, in some cases, ...` and `and where ...` may be the writer's or a relative's)
            cc = next((m for m in own if m.deprel == "cc" and m.index == last + 1 and m.lemma in LIST_CONJUNCTIONS), None)
            opening = s.words[last + 2] if cc is not None and last + 2 < len(s.words) else None
            subject = any(m.deprel in _SUBJECTS for m in own)
            that = any(m.deprel == "mark" for m in own)  # (`but that ...`: `joined-that` reads it)
            if opening is not None and opening.upos != "PUNCT" and opening.text not in MARK_CHARS \
                    and not relative_pronoun(opening.text) and opening.text.lower() not in ("where", "when", "why", "how") \
                    and subject and not that and (tensed or k.xpos in _FINITE):
                return min(s.span(k)[1], _participle_cut(s, k))
            return -1
        subject = any(m.deprel in _SUBJECTS for m in own)
        that = any(m.deprel == "mark" and m.lemma in _COMPLEMENTIZERS for m in own)
        modal = subject and any(m.deprel in ("aux", "aux:pass") and m.xpos == "MD" for m in own) \
            and not any(w.text == "," for w in between)
        past = not subject and k.xpos == "VBD" and verb.xpos in ("VBZ", "VBP") and not _is_cue_verb(k)
        if (tensed and not subject) or that or modal or past:
            return min(s.span(k)[1], _participle_cut(s, k))
        return -1
    return -1


def _trailing_adjuncts(s: Parsed, verb: Word, clause: Word, end: int) -> int:
    """`said he would be stunned if there were more`: a condition or circumstance after the reported
    clause that the parse hung from the cue belongs to what was reported, up to the sentence's end
    (a further report with a speaker of its own, a clause of the reporter's own, `, adding ...`,
    `, but ...`, stops it).  So does a clause the parse hung from the cue as a conjunct with no
    conjunction (`said the tax will rise sooner because the council agreed ...`: no coordination
    without `and`, `or`, `but`), and a particle the cue does not take (`said the deal was off`)."""
    last = max(x.index for x in s.subtree(clause))
    rest = [k for k in s.kids[verb.index] if k.index > last and k.upos != "PUNCT"]
    if not rest or any(k.deprel not in ("advcl", "obl", "advmod", "ccomp") and not _uncoordinated(s, k, last)
                       and not _stray_particle(verb, k) for k in rest):
        return end
    for k in rest:
        sub = s.subtree(k)
        if (_is_cue_verb(k) and (k.xpos == "VBG" or any(c.deprel in _SUBJECTS for c in s.kids[k.index]))) \
                or any(x.deprel == "cc" for x in s.kids[k.index]):
            return end
        if s.words[sub[0].index - 1].text in (",", ";", ":", "--", "\u2014"):
            return end
    return s.span(rest[-1])[1]


def _stray_particle(verb: Word, k: Word) -> bool:
    """`said the deal was off`: a particle the parse gave a cue that takes none (not `shot back`) is the
    reported clause's last word."""
    return k.deprel == "compound:prt" and k.text.lower() not in phrasal_particles(verb.lemma)


def _uncoordinated(s: Parsed, k: Word, last: int) -> bool:
    """A clause the parse made a conjunct with no coordinating word before it, right after word `last`
    (`... sooner, in large part because the council agreed`): no coordination at all."""
    if k.deprel != "conj" or k.upos not in _CLAUSAL or any(c.deprel == "cc" for c in s.kids[k.index]):
        return False
    first = next(w for w in s.subtree(k) if w.upos != "PUNCT" or w.index == k.index)  # `and` may open it
    return not any(w.upos in ("CCONJ", "PUNCT") for w in s.words[last + 1:first.index + 1])


def _reason_after(s: Parsed, end: int) -> int:
    """`said the mayor welcomes the review, in part, because the city needs the money`: where the
    reported clause ends (character `end`) at a comma and `because`, `if`, `unless` or `so` opens the
    next words, they give the reported reason or condition, whatever the parse hung them from: the
    content runs on to the sentence's end, unless a further report, a semicolon or a colon comes first."""
    i = next((w.index for w in s.words if w.start >= end), len(s.words))
    if i >= len(s.words) or s.words[i].text != ",":
        return end
    i += 1
    if i >= len(s.words) or s.words[i].text.lower() not in REASON_SUBORDINATORS:
        return end
    rest = list(s.words[i:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if any(_is_cue_verb(w) or w.text in (";", ":") or w.text.lower() == "according" for w in rest):
        return end
    return rest[-1].end


def _participle_cut(s: Parsed, clause: Word) -> int:
    """`said the campaign is maligning his record, pointing to his rating`: a participle set off by
    a comma at the end of the reported clause is the speaker's doing, whatever the parse hung it
    from, and so is one `while` or `when` opens (`said the road would be built, while speaking to
    journalists`), and a participle of saying with its own subject after `with` (`said prices would rise,
    with one analyst predicting ...`: `_with_subject`), a report of its own; the content ends before its comma (not
    after a phrase announcing an example, lexicon EXAMPLE_ANNOUNCERS: `had successes, for instance, spotlighting
    ...`; nor at an `-ing` form that is a conjunction with the word after it, lexicon PARTICIPLE_CONJUNCTIONS:
    `would pass, seeing as the council backed it`)."""
    for w in s.subtree(clause):
        if w.index > clause.index and w.xpos == "VBG" and w.deprel in ("advcl", "xcomp", "conj", "acl") \
                and not (w.index + 1 < len(s.words)
                         and f"{w.text} {s.words[w.index + 1].text}".lower() in PARTICIPLE_CONJUNCTIONS):
            opener = s.words[w.index - 1]
            if opener.text.lower() in OCCASION_SUBORDINATORS and opener.index > clause.index:
                w = opener
            elif _is_cue_verb(w) and _with_subject(s, w) is not None:  # `, with one analyst predicting ...`: a
                w = next(x for x in reversed(s.words[:w.index]) if x.text.lower() == "with")  # report of its own
            comma = _comma_before(s, w)
            if comma is not None and comma >= 2 and \
                    f"{s.words[comma - 2].text} {s.words[comma - 1].text}".lower() in EXAMPLE_ANNOUNCERS:
                continue  # `had successes — for instance, spotlighting ...`: the example, still reported
            if comma is not None:  # `were "deeply misleading," citing ...`: the quotation's marks stay in
                return s.words[w.index - 1].end if comma < w.index - 1 else s.words[comma - 1].end
    return s.words[-1].end


def _citing_cut(s: Parsed, start: int, end: int) -> int:
    """`said the deal was off, citing officials`: an `-ing` form of citing (lexicon SET_OFF_OBJECT_REPORTS) set off by
    a comma after the reported words (from character `start` to `end`) tells what the report rests on, the speaker's
    sources or reasons, whatever the parse hung it from: the content ends before its comma."""
    for w in s.words[2:]:
        if start < w.start and w.end <= end and w.xpos == "VBG" and w.lemma in SET_OFF_OBJECT_REPORTS \
                and s.words[w.index - 1].text == "," and s.words[w.index - 2].start > start:
            return s.words[w.index - 2].end
    return end


def _occasion_cut(s: Parsed, end: int) -> int:
    """`said it will not negotiate, in a statement signed by its spokesman, Jo Hart`, `said the bridge
    would reopen, in an interview on Sunday`: a phrase opened by `in` or `during` whose noun (within
    three words) names what the words were said in (`OCCASION_NOUNS`), set off by a comma and closing the
    sentence with no finite verb of its own after it, tells where the speaker said them, whatever the
    parse hung it from: the content (ending at character `end`) ends before its comma."""
    for i, w in enumerate(s.words):
        if w.start >= end or i == 0 or s.words[i - 1].text != "," or w.text.lower() not in ("in", "during"):
            continue
        noun = next((k for k in s.words[i + 1:i + 5] if k.upos in NOUN_UPOS), None)
        if noun is None or noun.text.lower() not in OCCASION_NOUNS \
                or any(k.upos in VERB_UPOS and k.xpos in FINITE_TAGS for k in s.words[i + 1:]):
            continue
        return s.words[i - 2].end
    return end


def _after_verb(s: Parsed, verb: Word, limit: int) -> int:
    """Where reported words may begin: after the verb, its particles, its time and place
    (`said on Tuesday that`) and a listener object."""
    i = verb.index + 1
    listener = verb.lemma in LISTENER_VERBS
    while i < len(s.words) and s.words[i].start < limit:
        w = s.words[i]
        if w.upos == "PUNCT" or (w.head == verb.index and w.deprel in ("compound:prt", "advmod")
                                 and not _comparative_quantity(s, i)) or (
                i == verb.index + 1 and _phrasal_word(s, verb) is w):
            i += 1
        elif (past := _past_adjunct(s, w, verb)) is not None:
            i = past
        elif (past := _to_listener_end(s, w, verb)) is not None:
            i = past  # `admitted to police that he lied` with `to police` parsed as an infinitive
        elif time_word(w.text) and w.head == verb.index and w.deprel in OBJECT_RELS \
                and i + 1 < len(s.words) and s.words[i + 1].text.lower() == "that":
            i += 1  # `warned Tuesday that cases of ...` with the day taken for the one warned: its time
        elif listener and w.text[:1].isupper() and (closed := _title_close(s, i, i)) > i \
                and (closed := _title_tail(s, closed)) < len(s.words) and s.words[closed].text.lower() == "that":
            i = closed  # `told "Meet the Press" that ...`: a programme told, its title in marks, however parsed
            listener = False
        elif listener and w.head == verb.index and w.deprel in OBJECT_RELS:
            i = max(x.index for x in s.subtree(w)) + 1
            i = next((x.index for x in s.subtree(w) if _complementizer_that(s, x)), i)
            i = next((told for x in s.subtree(w) if x.index > w.index
                      and (told := _told_after_time_clause(s, x.index, limit)) is not None), i)
            listener = False
        elif verb.lemma in LISTENER_VERBS and not listener and w.head == verb.index and w.deprel in OBJECT_RELS \
                and w.upos == "PROPN" and w.text[:1].isupper() and not time_word(w.text) and s.words[i - 1].upos == "PROPN" \
                and s.words[i - 1].text[:1].isupper() and s.words[i - 1].end < w.start \
                and i + 1 < len(s.words) and s.words[i + 1].text.lower() in QUESTION_OPENERS | {"that"}:
            i += 1  # `asked Ann Ruiz why ...`: a name the parse made two listeners is one listener
        elif (told := _told_after_time_clause(s, i, limit)) is not None and told > i:
            i = told
        else:
            break
    return s.words[i].start if i < len(s.words) and s.words[i].start < limit else limit


_TIME_CLAUSE_WORDS = 8  # the most words from a clause of time's subject to the reported clause's verb


def _told_after_time_clause(s: Parsed, i: int, limit: int) -> int | None:
    """`told residents after the storm passed the roads would reopen`, `said once the vote ended they would
    appeal`: a clause of time opening at word `i` after a cue or its listener (`CUE_TIME_CLAUSE_OPENERS`,
    then a subject and its finite verb, no verb of saying: not `after Ruiz said the plan ...`, whose clause is
    hers), followed, with no punctuation but a comma, by a noun phrase and a finite verb of its own (from its
    determiner or pronoun: `the roads would`) in the present or a modal, ahead of the time clause: when it was
    said, and the clause after it what was said.  Not a clause in the past after it (`said after officers
    searched the house they found cash`, `said when the team lost he felt sick`): events in their order, all
    of them told: the index of the clause of time's first word, then.  The index of the clause told's first
    word; None where no such pair of clauses follows."""
    words = s.words
    if words[i].text.lower() not in CUE_TIME_CLAUSE_OPENERS or i + 2 >= len(words) \
            or not _subject_word(words[i + 1:]):
        return None
    end = next((j for j in range(i + 1, len(words)) if words[j].start >= limit), len(words))
    first = next((j for j in range(i + 2, min(i + 5, end)) if words[j].xpos in _FINITE), None)
    if first is None or _is_cue_verb(words[first]) or any(w.upos in VERB_UPOS and w.xpos not in _FINITE
                                                          for w in words[i + 1:first]):
        return None
    for f in range(first + 2, min(first + 2 + _TIME_CLAUSE_WORDS, end)):
        if words[f].upos == "PUNCT" and words[f].text != ",":
            return None
        if words[f].xpos not in _FINITE or words[f - 1].upos not in _RUN_WORDS - {"DET"}:
            continue
        if words[f].xpos == "VBD":
            return i  # `said after officers searched the house they found cash`: events told in order
        k = f - 1  # back to the subject's first word: a pronoun, or its nouns from their determiner
        while k > first + 1 and words[k].upos != "PRON" and words[k - 1].upos in _RUN_WORDS - {"PRON"}:
            k -= 1
            if words[k].upos == "DET":
                break
        return k
    return None


def _listener_top(s: Parsed, w: Word, verb: Word) -> Word | None:
    """The verb's object or indirect object whose words open at `w` (`told reporters`, or from its
    determiner: `told the court`), its head; None if `w` opens no such phrase."""
    top = w
    while top.head >= 0 and top.head != verb.index and top.head > verb.index:
        top = s.words[top.head]
    if top.head != verb.index or top.deprel not in OBJECT_RELS \
            or min(x.index for x in s.subtree(top)) != w.index:
        return None
    return top


def _comparative_quantity(s: Parsed, i: int) -> bool:
    """Whether word `i` opens a comparative quantity (`more than a million people`, `fewer than ten
    seats`): the start of a noun phrase, not an adverb of the verb before it, whatever the parse hung
    it from."""
    words = s.words
    return words[i].text.lower() in _COMPARATIVES and i + 2 < len(words) \
        and words[i + 1].text.lower() == "than" and words[i + 2].upos in ("NUM", "DET")


_TO_LISTENER_WORDS = 4  # the most words of the one spoken to after `to` (`to the city's police`)


def _to_listener_end(s: Parsed, w: Word, verb: Word) -> int | None:
    """`admitted to police that he lied`, `explained to staff that ...`: after an active verb of saying whose
    `to` never opens an infinitive of its own (`TO_LISTENER_VERBS`), `to` right after it, a few words with no
    punctuation and no tensed verb, and then `that` with a subject after it: the one spoken to, whatever the
    parse made of it (`to police` as an infinitive), and what was said opens at `that`.  Not a passive (`was
    said to be`), whose `to` opens an infinitive (a past form with no `be` or `get` is active whatever the parse
    made of its subject: `Officials disclosed to lawmakers that ...`).  The index of that `that`; None where no such phrase opens
    at `w`."""
    if w.text.lower() != "to" or w.index != verb.index + 1 or verb.lemma not in TO_LISTENER_VERBS \
            or any(k.deprel == "aux:pass" or k.deprel == "nsubj:pass" and _unmarked_passive(s, verb) is None
                   for k in s.kids[verb.index]) \
            or (verb.xpos == "VBN" and any(k.lemma == "be" for k in s.kids[verb.index])):
        return None
    for j in range(w.index + 2, min(w.index + 2 + _TO_LISTENER_WORDS, len(s.words) - 1)):
        x = s.words[j]
        if x.text.lower() == "that":
            return j if _subject_word(s.words[j + 1:]) else None
        if x.upos == "PUNCT" or x.xpos in _FINITE or x.text.lower() in ("to", "and", "or"):
            return None
    return None


def _complementizer_that(s: Parsed, w: Word) -> bool:
    """`told reporters that he would run` with the clause parsed as a relative clause of the listener:
    after the listener of a verb of telling, a `that` followed by a pronoun that can only be a subject
    (`he`, `they`), or one the parse itself takes for a complementizer, opens what was told (a relative
    clause on the listener, `told the reporters that he met ...`, is the rarer reading there)."""
    return w.text.lower() == "that" and w.index + 1 < len(s.words) \
        and (s.words[w.index + 1].text.lower() in NOMINATIVE_PRONOUNS or (w.upos == "SCONJ" and w.deprel == "mark"))


def _past_adjunct(s: Parsed, w: Word, verb: Word) -> int | None:
    """Where the verb's time or place phrase that begins at `w` ends (`said on Tuesday that`);
    None if `w` begins no such phrase or no `that` follows it (then the parse may have cut the
    reported clause short: `said much of his talk was ...`)."""
    top = _verb_adjunct(s, w, verb)
    if top is None:
        return None
    sub = s.subtree(top)
    end = sub[-1].index + 1
    if (closed := _title_close(s, sub[-1].index, end)) != end:
        end = _title_tail(s, closed)  # `said in "The Daily" podcast that ...`: the title and its programme's noun
    if sub[0].index != w.index or end >= len(s.words) or s.words[end].text.lower() not in _COMPLEMENTIZERS:
        return None
    return end


def _within_title_told(s: Parsed, verb: Word, k: Word) -> bool:
    """`told "Meet the Press" that ...` with a word of the title taken for a clause: a title in marks right after
    the cue with `that` right after its closing mark (`_title_close`) is the one told, no clause reported, and so is
    one after a preposition right after the cue (and a determiner), the place it was said (`said in "The Daily"
    podcast that ...`); a programme's noun or a role's after the closing mark, with a name after a role, is the
    title's phrase too (`_title_tail`: `told "Meet the Press" host Kristen Welker that ...`); whether `k` lies
    within it."""
    past = _title_that(s, verb)
    return past is not None and verb.index < k.index < past


def _title_that(s: Parsed, verb: Word) -> int | None:
    """The index of the `that` right after a title in marks, with its tail (`_title_tail`), that opens right after
    the cue or after its preposition (and a determiner): `told "Meet the Press" host Kristen Welker that ...`,
    `said in "The Daily" podcast that ...`; None where no such title stands there."""
    words = s.words
    i = verb.index + 1
    if i < len(words) and words[i].upos == "ADP" and words[i].text.islower():
        i += 1 + (i + 1 < len(words) and words[i + 1].upos == "DET")
    first = i + 1
    if first >= len(words) or not _mark(words[i]):
        return None
    past = _title_close(s, first, first)
    if past == first:
        return None
    past = _title_tail(s, past)
    return past if past < len(words) and words[past].text.lower() == "that" else None


TITLE_TAIL_NOUNS = 2  # the most lower-case nouns after a title's closing mark (`"Today" show host`)


def _title_tail(s: Parsed, j: int) -> int:
    """`"The Daily" podcast`, `"Meet the Press" host Kristen Welker`: from word `j`, right after a title's closing
    mark, past a programme's or a role's lower-case nouns (lexicon BROADCAST_OCCASIONS, PROGRAMME_NOUNS, ROLE_WORDS;
    `TITLE_TAIL_NOUNS` at most) and, after a role, the capitalised name it is the title of: the title names the
    programme, the nouns after it what it is or who speaks on it.  The index past them (`j` where none)."""
    words = s.words
    nouns = BROADCAST_OCCASIONS | PROGRAMME_NOUNS | ROLE_WORDS
    k = j
    while k < len(words) and k - j < TITLE_TAIL_NOUNS and words[k].text.islower() and words[k].text in nouns:
        k += 1
    if k > j and words[k - 1].text in ROLE_WORDS:
        name = k
        while name < len(words) and name - k < TITLE_REACH and words[name].upos == "PROPN" \
                and words[name].text[:1].isupper():
            name += 1
        k = name
    return k


TITLE_REACH = 8  # the most words of a programme's or work's title in marks (`"Face the Nation"`)


def _title_close(s: Parsed, last: int, end: int) -> int:
    """`said on "Face the Nation" that ...` with the title's last words hung elsewhere: a phrase whose last word
    `last` lies within marks it opened, capitalised words alone between it and the closing mark (at most
    TITLE_REACH), runs to that mark; `end` (the word after the phrase) otherwise."""
    words = s.words
    opening = next((j for j in range(last, max(last - TITLE_REACH, -1), -1) if _mark(words[j])), None)
    if opening is None or opening == last or any(_mark(w) for w in words[opening + 1:last + 1]):
        return end
    closing = next((j for j in range(last + 1, min(last + TITLE_REACH, len(words))) if _mark(words[j])), None)
    if closing is None or not all(w.text[:1].isupper() or w.text.lower() in _TITLE_SMALL_WORDS
                                  for w in words[opening + 1:closing]):
        return end
    return closing + 1


def _verb_adjunct(s: Parsed, w: Word, verb: Word) -> Word | None:
    """The head of the verb's oblique (time, place, manner) phrase holding `w`, if `w` lies in one (an `-ing`
    word after a preposition and a determiner is that phrase's noun, whatever the parse made of it: `said in a
    recording that ...`)."""
    top = w
    while top.head >= 0 and top.head != verb.index:
        top = s.words[top.head]
    if top.head == verb.index and top.xpos == "VBG" and top.deprel == "advcl":
        kids = [k.deprel for k in s.kids[top.index] if k.index < top.index]
        return top if "case" in kids and "det" in kids else None
    return top if top.head == verb.index and top.deprel.startswith("obl") else None


def _question_put(s: Parsed, w: Word) -> bool:
    """Whether `w` is `asked` with no subject: a question put to someone (`Asked whether ...`)."""
    return w.lemma == "ask" and w.upos == "VERB" and not any(k.deprel in _SUBJECTS for k in s.kids[w.index])


def _closing_report(s: Parsed, verb: Word,
                    speaker: Word | None) -> tuple[int, int] | None:
    """`Content, officials said.` however the parse hung the reporting clause (as a conjunct, an
    adverbial clause, ...): when the cue and its speaker, after a comma, close the sentence, the
    words before that comma are what was reported, from where the sentence's clause begins."""
    frame = _reporting_frame(s, verb, speaker)
    if frame is None or frame[1] < len(s.words) and s.words[frame[1]].text != ";":
        return None  # the verb goes on to an object or clause of its own: `..., he announced a plan`; a
        # semicolon closes the report as the sentence's end does: `..., analysts say; in 2012, ...`
    return frame[0]


def _parenthetical(s: Parsed, verb: Word,
                   speaker: Word | None) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """`The effects are hard to predict, economists say, because ...`: a reporting clause set
    between commas within the clause it reports; the words before it and the words after it (only
    the words after it when those before are no clause: `Now`, `In an interview`)."""
    frame = _reporting_frame(s, verb, speaker)
    if frame is None or frame[1] >= len(s.words) or s.words[frame[1]].text not in _CLAUSE_BREAKS:
        return None
    rest = list(s.words[frame[1] + 1:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    own: set[int]
    if verb.head < 0:  # the parse made the cue the sentence's root: all of it hangs from the cue
        own = set()
        if not rest or rest[0].xpos == "VBG" or not any(w.upos in VERB_UPOS for w in rest):
            return None  # `..., he said, adding ...`; `..., he said, in a speech.`
    elif _reported_continuation(s, rest):
        own = set()  # `..., he said, because ...` with the `because` clause hung from the cue
    else:
        own = {x.index for x in s.subtree(verb)}
    tagged = frame[0] is not None and speaker is not None and frame[0][1] < speaker.start and speaker.index < verb.index \
        and (verb.xpos in _FINITE or any(k.deprel == "aux" for k in s.kids[verb.index]))  # not `Hale, pressed by ...,`
    waited = _waited_verb(rest) if tagged and frame[0] is not None and any(
        w.upos in _NOMINAL for w in s.words if frame[0][0] <= w.start and w.end <= frame[0][1]) else None
    if tagged and frame[0] is not None and len(rest) >= 2 and rest[0].text.lower() in _CONTRASTS - {"but", "yet"} \
            and any(_is_cue_verb(w) for w in rest[1:]) and not _cut_quotation(s, frame[0]):
        return frame[0], None  # `S, officials said, though they urged caution`: a contrast with its own report
        # after the tag is the writer's; S alone was said
    if len(rest) < 2 or any(w.index in own or _is_cue_verb(w) and w is not waited for w in rest):
        return None  # what follows is the reporter's (`, adding ...`) or another report
    after = (rest[0].start, rest[-1].end)
    before = frame[0]
    if before is not None and _cut_quotation(s, before):
        before = None  # `After "Gone Girl," the mayor said, she ...`: no clause, cut through a quotation
    if before is not None:
        words = [w for w in s.words if before[0] <= w.start and w.end <= before[1]]
        breaks = [w.index for w in words if w.text in (";", ":")]
        dashes = [w.index for w in words if w.text in _DASHES]
        first = max(breaks + dashes[-1:] if len(dashes) % 2 else breaks, default=None)
        if words and words[-1].upos == "CCONJ":
            before = None  # `to help his clients and, he argued, to help the country`: only what follows
        elif first is not None and first + 1 < words[-1].index and not any(w.text in MARK_CHARS for w in words):
            first += s.words[first + 1].upos == "CCONJ"
            before = (s.words[first + 1].start, before[1])  # `... - and the permit, he said, was hard to get`
    return (before, after) if before is not None else (after, None)


def _waited_verb(rest: Sequence[Word]) -> Word | None:
    """`Management, he said, had promised the workers a raise`: the words after a reporting clause set
    within its clause that open with a finite verb (auxiliaries and adverbs at most before it) go on with
    the verb the reported clause's subject waits for: that verb is the reported clause's own, a report of
    the subject's (`promised`) and not another one set after the tag.  That verb, else None; not a past form
    right before a noun (`Rather, he said, continued struggles will ...`: the form modifies the noun)."""
    if len(rest) < 2 or rest[0].xpos not in _FINITE or rest[0].upos not in VERB_UPOS \
            or rest[0].upos == "VERB" and rest[1].upos in ("NOUN", "PROPN", "ADJ"):
        return None
    for w in rest:
        if w.upos == "VERB":
            return w
        if w.upos not in _VERB_GROUP_TAGS:
            return None
    return None


def _cut_quotation(s: Parsed, before: tuple[int, int]) -> bool:
    """`After "Gone Girl," the mayor said, she read nothing else`: whether the words before a reporting clause
    set within its clause (`before`, up to the comma) hold a quotation's opening mark whose closing mark
    follows that comma: they cut through the quotation, no clause of their own (with straight marks the
    parse may hang the cue off the verb after it, where curly marks make the cue the root)."""
    inside = [w for w in s.words if before[0] <= w.start and w.end <= before[1]]
    if not inside or inside[-1].index + 2 >= len(s.words):
        return False
    comma, mark = s.words[inside[-1].index + 1], s.words[inside[-1].index + 2]
    return comma.text == "," and _mark(mark) and sum(_mark(w) for w in inside) % 2 == 1


def _reported_continuation(s: Parsed, rest: Sequence[Word]) -> bool:
    """`The town is leaning toward the cheaper plan, she said, because it values ...`: the words after a reporting
    clause set off by commas go on with the clause it reports, whatever the parse hung them from, when
    they open with a subordinator of reason or condition (`REASON_SUBORDINATORS`), a `to` infinitive, or
    the finite verb the reported clause's subject waits for (`Any attempt, he said, would cost`; not a
    question's inverted verb, `did he ...`); a participle (`, adding ...`) or a clause of time (`, before
    leaving`) is the reporter's own."""
    if len(rest) < 2:
        return False
    first, low = rest[0], rest[0].text.lower()
    if low in REASON_SUBORDINATORS or (low == "to" and rest[1].xpos == "VB"):
        return True
    return first.xpos in _FINITE and first.upos in VERB_UPOS and rest[1].upos not in _NOMINAL | {"DET"}


def _set_off_pronoun_tag(s: Parsed, verb: Word) -> bool:
    """`Those who can vote, he said, must still register` with `he said` parsed as a relative clause: a
    finite verb of saying between commas right after a personal pronoun that follows the first of them
    is a reporting clause set within its sentence; a relative clause set off by commas opens with a
    relative word, never with `he` or `they`."""
    i = verb.index
    return verb.xpos in _FINITE and verb.lemma in SAY_VERBS and 2 <= i - 1 and i + 1 < len(s.words) \
        and s.words[i + 1].text == "," and s.words[i - 1].text.lower() in NOMINATIVE_PRONOUNS \
        and s.words[i - 2].text == ","


def _own_auxiliary(s: Parsed, verb: Word, speaker: Word | None, comma: int, w: Word) -> bool:
    """`The tax, Lee has argued, falls ...`, `..., critics have long said, ...`: a form of `have` the parse
    hung from the cue as its auxiliary, right before it or an adverb before it, after the cue's subject
    opening right after the comma (a perfect tense of the reporting clause, no verb of its own; not `...,
    something she has asked of ...`, `..., an arrangement the campaign has criticized`: a noun the clause
    tells of); so is a modal (`The star has been axed, The Sun can reveal.`, `..., the Mail can exclusively
    reveal`): the reporting clause's own mood."""
    return (w.lemma == "have" and verb.xpos == "VBN" or w.xpos == "MD") and w.head == verb.index and w.deprel == "aux" \
        and speaker is not None and comma < speaker.index < w.index and s.subtree(speaker)[0].index == comma + 1 \
        and all(x.upos == "ADV" for x in s.words[w.index + 1:verb.index])


def _reporting_frame(s: Parsed, verb: Word,
                     speaker: Word | None) -> tuple[tuple[int, int] | None, int] | None:
    """For a cue set off by a comma after the clause it reports, however the parse hung it: that
    clause's range up to the comma, and the index of the first word after the cue's own words
    (its speaker, time, place and listener).  The parse may make the cue the root (`Prices rose,
    he said, because ...`): then the speaker must lie between the comma and the cue, and the
    words before the comma count only when they hold a finite verb (not just `In an interview`)."""
    root = verb.head < 0
    set_off = verb.deprel == "acl:relcl" and _set_off_pronoun_tag(s, verb)
    if verb.xpos == "VBG" or (verb.deprel.startswith("acl") and not set_off) \
            or (not root and not set_off and not _clause_head(s, s.words[verb.head])) or _own_message_after(s, verb):
        return None
    stop = verb.head if verb.head < verb.index else -1  # the comma lies after the clause's head, if before
    comma = next((i for i in range(verb.index - 1, stop, -1) if s.words[i].text in _CLAUSE_BREAKS), None)
    impersonal = comma is not None and speaker is None and verb.xpos == "VBN" and comma + 2 < verb.index \
        and s.words[comma + 1].text.lower() == "it" \
        and all(w.lemma in ("be", "have") for w in s.words[comma + 2:verb.index]) \
        and s.words[verb.index - 1].lemma == "be"  # `The deal, it was announced, ...`: a passive set off, no one named
    if comma is None or not impersonal and any(
            w.upos in VERB_UPOS and not _paper_kind(s, w) and not _own_auxiliary(s, verb, speaker, comma, w)
            and not _ing_modifier(s.words, w.index, opening=w.index == comma + 1)  # `..., leading economists warn`
            for w in s.words[comma + 1:verb.index]) \
            or any(k.deprel == "cc" and k.index > comma for k in s.kids[verb.index]):
        return None  # `They met, and he said`: the words between are a clause of their own
    opener = _word_past_marks(s, comma + 1)  # `..., "my old friend," while Ruiz ...`: past the closing mark
    if relative_pronoun(s.words[opener].text) and opener < verb.index:
        return None  # `The figure, which the mayor repeated, is wrong`: a relative clause, no reporting clause
    if s.words[opener].text.lower() in ADVERBIAL_CLAUSE_OPENERS \
            and opener < verb.index:
        return None  # `Residents said the river rose, while officials urged calm`: a subordinate clause of its own
    if any(w.text.lower() in PLAIN_QUESTION_OPENERS for w in s.words[opener:verb.index]):
        return None  # `..., regardless of how many officials assure voters`: the cue's clause a question's, no tag
    if speaker is not None and any(w.text in _CLAUSE_BREAKS for w in s.words[speaker.index + 1:comma]):
        return None  # `Ann Ruiz, who ..., responded`: the comma closes an aside set off after the speaker
    if _summing_aside(s, verb, speaker, opener):
        return None  # `..., a charge the governor's office rejected`: the cue tells of the summing noun, no tag
    if root and not impersonal and (speaker is None or not (comma < speaker.index < verb.index or (
            comma == verb.index - 1 and speaker.index > verb.index and _closing_inversion(s, verb)))):
        return None
    own = {w.index for w in s.subtree(speaker)} if speaker is not None else set()
    for k in s.kids[verb.index]:
        if k.index > verb.index and not _quantity_start(s, s.subtree(k)[0].index) and (
                k.deprel in _AFTER_REPORT or _own_adverbial(s, k) or (
                verb.lemma in LISTENER_VERBS and k.deprel in OBJECT_RELS) or (
                speaker is not None and verb.index < speaker.index < k.index and _bare_noun(s, k))):
            own |= {w.index for w in s.subtree(k)}  # ... and `said Mark Toner, a spokesman` parsed as two
    after = next((w.index for w in s.words[verb.index + 1:]
                  if w.index not in own and (w.upos != "PUNCT" or w.text in _CLAUSE_BREAKS or w.text == ";")),
                 len(s.words))
    after = _tag_time(s, after)
    top = verb
    while top.head >= 0:
        top = s.words[top.head]
    start = s.span(top)[0]
    if start > s.words[comma - 1].start:
        return None
    if root and not any(w.upos in VERB_UPOS and w.xpos in _FINITE for w in s.words[:comma]) \
            and not _subject_split(s, after):
        return None, after  # `Now, she said, ...`, `In an interview, he said, ...`: no clause before the comma
    return (start, s.words[comma - 1].end), after


def _tag_time(s: Parsed, after: int) -> int:
    """`Prices, the mayor said Tuesday, will rise`: the words from word `after` (the first after a cue's own
    words) to the next clause break, when they tell when it was said (`_time_tail`) and hold no verb,
    belong to the reporting clause however the parse hung them: the index of that break (else `after`)."""
    stop = next((w.index for w in s.words[after:] if w.text in _CLAUSE_BREAKS), None)
    if stop is None:
        return after
    tail = [w for w in s.words[after:stop] if w.upos != "PUNCT"]
    if not tail or not _time_tail(tail) or any(w.upos in VERB_UPOS for w in tail):
        return after
    return stop


def _subject_split(s: Parsed, after: int) -> bool:
    """`Any attempt to fix it, he said, becomes hopeless`: a reporting clause set off by commas and
    followed right away by a finite verb splits the reported clause after its subject (the words
    before the comma)."""
    return after + 1 < len(s.words) and s.words[after].text == "," and s.words[after + 1].xpos in _FINITE \
        and s.words[after + 1].upos in VERB_UPOS


def _rest_of_sentence(s: Parsed, verb: Word) -> tuple[int, int] | None:
    """`X said people misunderstand Trump.` parsed without a complement: the words after the verb
    to the sentence's end, when a clause (a verb of its own) follows directly."""
    if verb.lemma not in SAY_VERBS and verb.lemma not in OBJECT_CUES:
        return None
    end = len(s.words)
    while end > verb.index + 1 and s.words[end - 1].upos == "PUNCT":
        end -= 1
    rest = s.words[verb.index + 1:end]
    quantity = bool(rest) and (_quantity_start(s, rest[0].index)  # `said about half of the money went ...`
                               or _comparative_quantity(s, rest[0].index))  # `said more than 40 people were ...`
    if rest and rest[0].upos == "ADP" and rest[0].head != verb.index and not quantity:
        return _clause_after_adjunct(s, verb, rest)
    if _gerund_phrase(rest, 0):
        return _clause_after_adjunct(s, verb, rest)  # `said under questioning that ...`: a phrase, no clause yet
    if len(rest) > 2 and time_word(rest[0].text) and rest[1].upos == "ADP" and rest[1].head != verb.index:
        return _clause_after_adjunct(s, verb, rest[1:])  # `said Thursday on a podcast that ...`: the cue's day
    if not rest or (rest[0].upos in ("PUNCT", "ADP", "ADV") and not quantity):
        return None
    rest = rest[:_aside_close(s, verb, rest)]
    rest = rest[:_fronted_participle_end(s, verb, rest)]
    if not rest:
        return None
    start = _after_verb(s, verb, rest[-1].end)
    said = [w for w in rest if w.start >= start]
    if said and verb.text.lower() in TELL_FORMS and said[0].index == verb.index + 1 and said[0].text.islower() \
            and said[0].xpos in ("VBZ", "VBP"):
        said = said[1:]  # `told reporters the new rules`: right after `tell`, its listener, never a verb
    elif said and verb.text.lower() in TELL_FORMS and said[0].index == verb.index + 1 and (tagged := next(
            (w for w in said[1:LISTENER_MODIFIER_WORDS + 1] if w.xpos == "VBZ"), None)) is not None \
            and tagged.text.islower() and _listener_modifiers(s, verb, tagged):
        said = said[tagged.index - verb.index:]  # `told House investigators the whole story`: so is the listener
    if start >= rest[-1].end or not _has_clause(said, verb.lemma in OBJECT_CUES) or _object_then_adverbial(said):
        return None
    first = next(w for w in rest if w.start >= start)
    comma = next((w.index for w in rest if w.text == ","), None)
    if verb.text.lower() in TELL_FORMS and comma is not None and comma + 1 < len(s.words) \
            and _listener_relative(s, verb, s.words[comma + 1]) and not any(w.text == "," for w in rest if w.index > comma):
        return None  # `told the mayor, who said ...`: the listener and a relative clause on it to the end, nothing told
    top = _listener_top(s, first, verb) if verb.lemma in LISTENER_VERBS else None
    after = first.index if top is None else max(x.index for x in s.subtree(top)) + 1  # past `the court`
    if top is not None and _topic_phrase(s, after):
        return None  # `told the board about a plan that finds favour with nobody`: a topic, no clause told
    finite = [w for w in rest if w.index >= after and w.xpos in _FINITE]
    if finite and all(_after_conjunction(s, w) for w in finite) \
            and (after >= len(s.words) or s.words[after].upos not in ("DET", "PRON", "NOUN", "PROPN", "NUM")
                 or _plain_object_before(s, after, finite[0])):
        return None  # `She told the court and then left`: after the listener, her next act, nothing told
    if _reduced_passive(s, verb):
        return None  # `A merger announced Friday would make ...`: the noun was announced, nothing is said after
    opening = verb.xpos == "VBG" and _opening_noun_phrase(s.words[:verb.index])
    if verb.xpos == "VBG" and verb.deprel.startswith("acl") and _governor_after(s, verb) and not opening:
        return None  # `a gunman claiming allegiance to the group carried out ...`: the clause holds the cue
    if _second_joined_report(s, verb, rest):
        return None  # `claimed momentum and argued he was ...`: the clause is the second report's
    if opening:
        main = _last_predicate_start(rest, start)  # `A man claiming ties to a gang shot two guards`: the
        if main is None:  # participle is on the subject, whose tensed verb comes after what was said
            return None
    else:
        main = _subject_relative_end(s, verb, start)  # `The official who said the plan was dead resigned ...`
    said = [w for w in rest if w.start >= start and (main is None or w.end <= main)]
    return (start, _citing_cut(s, start, said[-1].end)) if said else None


# Words opening an adverbial clause after a verb's object (`wrote the song while she was in prison`): lexicon
# SUBORDINATE_OPENERS, less `as`, which opens a comparison within a noun phrase too (`the union as well as the
# company were ...`).
_ADVERBIAL_OPENERS = SUBORDINATE_OPENERS - {"as"}


def _object_then_adverbial(said: Sequence[Word]) -> bool:
    """Whether the words after a cue are its object, a noun phrase, and then an adverbial clause holding their
    one finite verb (`I wrote the first one while he was dying.`, `He wrote the report when he was mayor.`): no
    verb nor punctuation before the clause's opener (`_ADVERBIAL_OPENERS`), and no other finite verb after it,
    so none is left for a clause said (`said the toll since the storm hit had risen`: one)."""
    nominal = False
    for i, w in enumerate(said):
        if w.text.lower() in _ADVERBIAL_OPENERS and w.upos in ("SCONJ", "ADV") and nominal:
            return sum(x.xpos in _FINITE for x in said[i + 1:]) == 1
        if w.upos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "ADP") or w.upos not in _RUN_WORDS:
            return False
        nominal = nominal or w.upos in _NOMINAL
    return False


# tags of a word that may be a verb the tagger took for a noun (`the company plans`) or a verb form not finite
_MAYBE_VERB_TAGS = frozenset({"NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})


def _plain_object_before(s: Parsed, after: int, joined: Word) -> bool:
    """Whether the words from index `after` up to the conjunction before finite verb `joined` are a plain noun
    phrase, the cue's object, with no word that could be a verb of a clause said (no plural noun, which may be a
    verb in `-s` mistagged: `said the firm plans to ...`): `might claim victory but would still have to win` and
    `said nothing and left` join the finite verb to the cue, its subject's next act, nothing said after it."""
    i = joined.index - 1
    while i > after and s.words[i].upos == "ADV":
        i -= 1
    return i > after and all(w.xpos not in _MAYBE_VERB_TAGS and w.upos != "PUNCT" for w in s.words[after:i])


def _second_joined_report(s: Parsed, verb: Word, rest: Sequence[Word]) -> bool:
    """`The senator claimed momentum and argued he was the stronger candidate`: the words after a cue (`rest`) are
    its object and then a coordinating conjunction and a second cue verb joined to it with no subject of its own (a
    report of the same speaker), no finite verb before them: two reports, and the clause after the second verb is
    the second's; the first reports no clause."""
    for w in rest:
        if w.xpos in _FINITE or w.upos in ("VERB", "AUX", "PUNCT", "SCONJ"):
            return w.upos == "VERB" and w.head == verb.index and w.deprel == "conj" and _after_conjunction(s, w) \
                and w.index > rest[0].index + 1 and _is_cue_verb(w) \
                and not any(k.deprel in _SUBJECTS for k in s.kids[w.index])
    return False


def _after_conjunction(s: Parsed, w: Word) -> bool:
    """Whether a coordinating conjunction comes right before word `w` (adverbs between: `and then left`)."""
    i = w.index - 1
    while i >= 0 and s.words[i].upos == "ADV":
        i -= 1
    return i >= 0 and s.words[i].upos == "CCONJ"


# What a participle's own words before it may be where it opens its sentence: its preposition or
# subordinator (`For suggesting`, `After saying`) and its adverbs (`After initially saying`).
_FRONTED_GERUND_OPENERS = frozenset({"mark", "case", "advmod"})


def _fronted_participle_end(s: Parsed, verb: Word, rest: Sequence[Word]) -> int:
    """`Noting he had studied law, Lee said ...`: a participle opening its sentence (after its own
    preposition or adverbs too: `For suggesting that the war was over, the senator was attacked`), within
    the clause of a verb after it, reports no further than its first comma, which closes the phrase it opens
    (with a quotation's closing mark right after it), and nothing when no comma comes before the
    verb it hangs from; a cue in `to` governed by such a participle is within its phrase (`By refusing to admit
    any fault, the mayor turned ...`: `_fronting_participle`).  How many of the words after the cue (`rest`)
    are its own."""
    lead = _fronting_participle(s, verb)
    if lead.xpos != "VBG" or not _governor_after(s, lead) or any(
            w.upos != "PUNCT" and not (w.head == lead.index and w.deprel in _FRONTED_GERUND_OPENERS)
            for w in s.words[:lead.index]):
        return len(rest)
    governor = s.words[lead.head]
    while governor.index < verb.index and governor.head >= 0:
        governor = s.words[governor.head]
    comma = next((i for i, w in enumerate(rest) if w.text == ","), None)
    if comma is None or rest[comma].index > governor.index:
        return 0
    end = comma
    while end + 1 < len(rest) and rest[end + 1].text.strip(MARK_CHARS) == "" and rest[end + 1].upos == "PUNCT":
        end += 1  # `Admitting that he "went too far," Lee said`: the closing mark goes with the words
    return comma if end == comma else end + 1


def _fronting_participle(s: Parsed, verb: Word) -> Word:
    """`By refusing to admit any fault, the mayor ...`, `After agreeing to say nothing, ...`: for a cue in `to`
    that is the complement of an `-ing` form right before its `to` (adverbs between: `refusing even to admit`),
    that form, whose phrase the cue's report lies within; else the cue itself."""
    if verb.deprel != "xcomp" or verb.head < 0 or not to_infinitive(s.kids[verb.index]):
        return verb
    lead = s.words[verb.head]
    if lead.xpos != "VBG" or lead.index > verb.index \
            or any(w.upos != "ADV" and w.text.lower() != "to" for w in s.words[lead.index + 1:verb.index]):
        return verb
    return lead


def _governor_after(s: Parsed, verb: Word) -> bool:
    """Whether a word the cue hangs from, at any height, comes after it (`a gunman claiming allegiance
    to the group carried out ...`: `carried` governs `gunman`, which governs `claiming`): the words
    after the cue then go on with the clause that holds it, not with what it reports."""
    w = verb
    while w.head >= 0:
        w = s.words[w.head]
        if w.index > verb.index:
            return True
    return False


def _aside_close(s: Parsed, verb: Word, rest: Sequence[Word]) -> int:
    """`Lee, who said the plan had failed, called for ...`: a cue within a relative clause set off by
    commas reports no further than the comma that closes the clause, before the tensed verb whose
    subject the clause's noun is (`The official, who told ...,` too: an adjective standing as a noun
    before `who`; and `Jane Doe, a nurse who said ...,`: a description holding the clause), or before `and`
    or `or` joining another subject to that noun, its verb right after it (`Ann Ruiz, who wrote the plan, and
    Tom Vale said ...`: `_joined_subject_verb`).  How many of
    the words after the cue (`rest`) are its own."""
    for i, w in enumerate(rest):
        k = w.index + 1
        if k < len(s.words) and _mark_between(s, k, k + 1):
            k += 1  # `, who says they were "far too high," called`: the quotation closes on the comma
        while k < len(s.words) and s.words[k].upos == "ADV":
            k += 1  # `, later announced`
        after = s.words[k] if k < len(s.words) else None
        if _aside_break(s, w.index) and after is not None and (after.xpos in _FINITE | {"VBN"}  # `called` tagged VBN
                                                               or _joined_subject_verb(s, after)):  # `, and Tom Vale said`
            opening = _relative_aside(s, w.index)
            if opening is None and _paired_breaks(s, verb.index, w.index):
                opening = _relative_aside(s, w.index, verb.index)  # `Lee, who said that, in his view, it works, resigned`
            if opening is None:
                opening = _described_aside(s, w.index)
            if opening is not None and opening < verb.index:
                return i
    return len(rest)


def _paired_breaks(s: Parsed, start: int, close: int) -> bool:
    """Whether the breaks (commas, spaced dashes) between words `start` and `close` come in pairs, at least
    one pair: asides set off inside the clause a cue reports (`who said that, in his view, the plan works,`),
    so the break at `close` closes what opened before `start`."""
    breaks = sum(_aside_break(s, i) for i in range(start + 1, close))
    return breaks > 0 and breaks % 2 == 0


_JOINED_SUBJECT_REACH = 6   # the most words of a subject joined by `and` before its verb (`and Tom Vale said`)


def _joined_subject_verb(s: Parsed, conjunction: Word) -> bool:
    """Whether `and` or `or` at `conjunction` joins a second subject whose verb comes right after it, within
    `_JOINED_SUBJECT_REACH` words with no punctuation between (`, and Tom Vale said`; not `, and Mr. Cruz in
    particular, must`: an aside of the report's own)."""
    if conjunction.upos != "CCONJ":
        return False
    for w in s.words[conjunction.index + 1:conjunction.index + 2 + _JOINED_SUBJECT_REACH]:
        if w.upos == "PUNCT":
            return False
        if w.xpos in _FINITE:
            return w.index > conjunction.index + 1
    return False


def _clause_after_adjunct(s: Parsed, verb: Word,
                          rest: Sequence[Word]) -> tuple[int, int] | None:
    """`said in an interview last week that she ...`, `said in a statement they pulled ...`, `said in a
    recording that ...` with the clause hung inside the verb's own phrase of time or place (its noun an `-ing`
    word after a preposition and a determiner or a possessive, or after the nouns of such a phrase: `in a stock
    exchange filing`, `in her ruling`, whatever its tag): the reported words start at the
    first `that` or subject of a finite verb after that phrase's noun, to the sentence's end."""
    top = _verb_adjunct(s, rest[0], verb)
    if top is None:
        return None
    for w in rest:
        if w.index <= top.index or w.upos == "PUNCT":
            continue
        if w.index == top.index + 1 and w.xpos == "VBG" and (
                top.upos == "NOUN" and any(k.deprel == "det" for k in s.kids[top.index])
                or top.text.lower() in POSSESSIVE_PRONOUNS and top.index == rest[0].index + 1):
            continue  # `said in a stock exchange filing that ...`, `wrote in her ruling that ...`: an `-ing` noun
            # closing the phrase, whatever its tag (after a possessive right after the preposition: its owner)
        after = s.words[w.index + 1] if w.index + 1 < len(s.words) else None
        if (w.text.lower() == "that" and after is not None and after.upos not in VERB_UPOS) or (
                w.deprel == "nsubj" and w.upos in _NOMINAL and not relative_pronoun(w.text) and w.head > w.index
                and s.words[w.head].xpos in _FINITE):
            return w.start, rest[-1].end  # not `in a speech that lasted ...`: a relative clause of the phrase
        if (w.upos in VERB_UPOS and w.deprel not in ("amod", "compound")) or w.text == ",":
            return None  # a clause of the phrase's own (`in a speech given ...`), or the phrase goes on
    return None


CONTENTS = Table("content", doc="What a cue verb reports: its content from the parse; the first rule that answers "
                 "wins (a naming verb reports none); content before the cue starts after any tag set within a split "
                 "quotation there (`\"A,\" said the coach, \"and B,\" he added` reports B alone).", rules=(
    Rule("speaking-condition", "content", "`who requested anonymity to discuss the talks`: a cue whose object "
         "names the condition its speaker speaks under reports nothing; nor one asking that the speaker's own name "
         "be kept back (`who asked that her name not be used`, `that her last name not be published`, `that his "
         "family name be withheld`: lexicon `KEPT_BACK_FORMS`).",
         _speaking_condition,
         (Example("A city official, who requested anonymity to discuss the talks, said the deal was close.",
                  "anonymity to discuss the talks", kept=False),
          Example('"The water smells of oil," said one farmer, who asked that his name not be used.',
                  "that his name not be used", kept=False),
          Example('"The roof fell in at midnight," said Lina, 31, who asked that her last name not be published.',
                  "that her last name not be published", kept=False),
          Example('"We walked for eleven days," said Omar, a 19-year-old from the coast who asked that his family '
                  'name be withheld.', "that his family name be withheld", kept=False))),
    Rule("fronted-frame", "content", "`Writing in the journal Nature, the authors said ...`: an `-ing` form of a "
         "verb of saying opening its sentence, with no clause of its own before its comma, frames a main clause "
         "whose own verb of saying reports: it reports nothing.", _fronted_frame,
         (Example("Writing in the Valley Review, the historian argued that the crisis was not new.",
                  "historian argued that the crisis was not new", kept=False),)),
    Rule("withheld", "content", "`denied Carter a photograph`, `can deny her rival the nomination`: a cue of "
         "denying with two objects, the one it is withheld from and the thing withheld, refuses it: it reports "
         "nothing.", _withheld,
         (Example("Kennedy forced a floor fight and denied Carter a final-night photograph of unity.",
                  "a final-night photograph of unity", kept=False),
          Example("The judges denied the young runner a medal.", "the young runner", kept=False))),
    Rule("promised-thing", "content", "`He promised voters a tax cut`, `The mayor promised the families a full "
         "inquiry`: a cue of promising with two objects (lexicon RECIPIENT_PROMISE_VERBS), the one promised to and "
         "then a noun phrase opened by a determiner, an owner or a number, reports that second phrase, the thing "
         "promised, however the parse hung the two.", _promised_thing,
         (Example("He promised voters a tax cut.", "a tax cut", "He"),
          Example("The minister promised the families a full inquiry.", "a full inquiry", "The minister"))),
    Rule("compared-ellipsis", "content", "`The firm earned more than analysts predicted it would`: a cue in a clause of "
         "comparison, `than` right before its subject, with only a pronoun and auxiliaries after it (the verb phrase "
         "left out after `would`, `could`, `did`), measures the main clause's figure against a forecast: it reports "
         "nothing (`than aides say she deserves`, a verb of its own, is a report).",
         _compared_ellipsis,
         (Example("The firm earned more than analysts predicted it would.", "it would", kept=False),
          Example("The striker ran faster than coaches said he could.", "he could", kept=False))),
    Rule("anaphor-then-occasion", "content", "`The minister said this when the envoy called on her`, `said this after "
         "the cabinet met`: `this` right after a cue of saying, then a word opening a clause of time (lexicon "
         "TIME_SUBORDINATORS), points back to what was said before, and the clause tells when it was said, whatever "
         "the parse hung it from: the cue reports no words of its sentence (`said that when ...` opens a report); so does "
         "`this` as the whole object (lexicon BACK_REFERRING_OBJECTS) before the sentence's end, a comma or a phrase "
         "or clause of where or how (`said this in a statement issued on Sunday by his aide`; not `said this was "
         "wrong`, `said this week that ...`).",
         _anaphor_then_occasion,
         (Example("The Prime Minister said this when the ambassador called on her on Tuesday.",
                  "this when the ambassador called on her on Tuesday", kept=False),
          Example("The minister said this after the cabinet met on Monday.", "this after the cabinet met on Monday",
                  kept=False),
          Example("The minister said this at a rally that was held in the capital.",
                  "this at a rally that was held in the capital", kept=False))),
    Rule("claimed-prize", "content", "`stop him from claiming the nomination`, `hopes to claim the seat`: `claim` "
         "with the prize of a contest for its object wins it: it reports nothing (`claimed victory` does).",
         _claimed_prize,
         (Example("The plan is meant to stop the governor from claiming the nomination, even though many "
                  "delegates backed him.", "the nomination, even though many delegates backed him", kept=False),
          Example("The party hopes to claim the seat that the senator left open when she retired.",
                  "the seat that the senator left open when she retired", kept=False))),
    Rule("bare-relative-object", "content", "`..., a cut business groups had long demanded.`: a cue right after "
         "`a` or `an` and words of a noun phrase ending in a plural (a name's too: `a sum Republicans "
         "cited`; not `a few`, `a dozen` ...) follows two phrases, a noun and the subject of a relative clause with no `that` whose object is that noun: it "
         "reports nothing.",
         _bare_relative_object,
         (Example("The minister said on Monday the state would cut fuel taxes, a cut farm groups had long "
                  "demanded.", "The minister said on Monday the state would cut fuel taxes", kept=False),
          Example("The budget office estimated that the measure would add $40 billion to the deficit, a sum "
                  "Republicans cited repeatedly.", "The budget office estimated that the measure would add $40 "
                  "billion to the deficit", kept=False))),
    Rule("example-say", "content", "`no better than, say, the mayor's plan`: a bare `say` set off by commas on "
         "both sides, with no subject of its own, is the aside `for example`: it reports nothing.", _example_say,
         (Example("Even if she narrows the gap to, say, single digits, she could still win the county.",
                  "single digits", kept=False),
          Example("A small town, say, of 5,000 people could not pay for it.",
                  "A small town of 5,000 people could not pay for it", kept=False))),
    Rule("participle-adjective", "content", "`his proposed ban on imports`, `the number of reported cases`, `its "
         "stated goal`: a cue's past participle between a determiner, a possessive or a preposition and the noun it "
         "describes is that noun's adjective, whatever the parse made of it: it reports nothing (`as reported by "
         "the paper`: no noun after it).", _participle_adjective,
         (Example("Voters balked at his proposed ban on fireworks.", "ban on fireworks", kept=False,
                  parse=example_parse("participle-adjective")),)),
    Rule("timed-relative", "content", "`The plan announced Monday would raise fees`: a cue's past participle right "
         "after a lower-case noun for no one who speaks (not a person, a body or a text that speaks: lexicon "
         "ROLE_WORDS, SPEAKER_NOUNS, RELATION_NOUNS, GROUP_NOUNS, a noun for a person, an organisation's word), a "
         "phrase of time after it and a finite verb or modal right after that: the participle describes the noun "
         "(`the plan that was announced Monday`), the verb after the time is the sentence's own, and the cue reports "
         "nothing (`The ministry announced Monday would be a day of mourning`: a report; `The report released Monday "
         "said ...`: a report by `said`).", _timed_relative,
         (Example("The plan announced Monday would raise fees.", "Monday would raise fees", kept=False),
          Example("The cuts announced last week will hit schools.", "last week will hit schools", kept=False))),
    Rule("let-in", "content", "`admitting more students`, `efforts to admit families as refugees`, `refugees "
         "admitted to the country`: `admit` that lets people in, not one that owns up to something (its object people "
         "it lets in, or the one let in its passive subject or the noun its participle follows; no clause, `that` or "
         "`-ing` form after it: `admitted to the paper that ...`, `admitted to lying`): it reports nothing.", _let_in,
         (Example("The agency ramped up efforts to admit families from the war zone as refugees after the number "
                  "of arrivals fell.", "families from the war zone as refugees after the number of arrivals fell",
                  kept=False),
          Example("In 1980 the law set up a process for admitting and resettling refugees, and the town became "
                  "a favorite place.", "and resettling refugees, and the town became a favorite place", kept=False),
          Example("Here, they are not admitted until they have been screened for months.",
                  "until they have been screened for months", kept=False))),
    Rule("idiom-say", "content", "`It is safe to say ...`, `too early to tell whether ...`, `Only time will "
         "tell if ...`, `One could say ...`: `say` or `tell` as an infinitive after an adjective that judges the "
         "saying (`safe`, `fair`, `needless`, `hard`, `too early`, `suffice it`), `tell` with `time` for its subject, "
         "or a verb of saying with a generic `one` and a modal for its subject, is the writer's hedge, a saying no "
         "one makes; so are `All told, ...` (in all) and `say no to` or `say yes to` (turning it down or taking it "
         "up), and `say goodbye`, `say a prayer` or `say grace` (a greeting, a parting or a rite, done "
         "by saying it): it reports nothing.", _idiom_say,
         (Example("Only time will tell whether the new bridge can carry the traffic.",
                  "whether the new bridge can carry the traffic", kept=False),
          Example("By that measure, one could say the town has fully recovered.",
                  "the town has fully recovered", kept=False),
          Example("The ferry was late again, and needless to say the commuters were not pleased.",
                  "the commuters were not pleased", kept=False),
          Example("All told, about 300 small shops might qualify for the grants.",
                  "about 300 small shops might qualify for the grants", kept=False),
          Example("City Council Says No To Casino As Budget Fight Heats Up.",
                  "No To Casino As Budget Fight Heats Up", kept=False),
          Example("The retiring coach said goodbye to the players on Friday evening.",
                  "goodbye to the players on Friday evening", kept=False),
          Example("The bishop said a prayer for the flood victims.", "a prayer for the flood victims",
                  kept=False))),
    Rule("closing-inversion", "content", "`S, said Ann Ruiz, an economist who ...`: an inverted report closing "
         "its sentence after a comma (or after a question or exclamation mark in a line a quotation dash opens: "
         "`\u2014 Where are the buses? asked a woman.`) (a verb of saying, reporting, promising or warning, `INVERTING_VERBS`, its past form "
         "whatever its tag, a past with no `-ed` as well, `UNMARKED_SAY_PASTS`; one not of saying before a name or a determiner: `..., vowed the mayor.`, not "
         "`..., promised new jobs.`) reports all of S, whatever the parse made of the speaker's appositions (S holds a finite "
         "verb outside its relative clauses: `Ann Ruiz, a Democrat who backed it, said the plan ...` and `Ben "
         "Ortiz, who found the flaw, said the app sent ...` are none), or, in a headline (a short line closing "
         "with no stop), which may drop its verb, S opening with no preposition (`No fare rise this year, says "
         "transit chief`; not `In Ohio, says Ruiz`); the terms the speaker spoke on, set off after them, are no "
         "clause of S's (`..., said a person familiar with the matter, asking not to be identified because ...`), nor is "
         "what a participle of saying set off after them reports (`..., said economists at the bank, adding that ...`).",
         _inversion_content,
         (Example("The levee will hold through the storm, said Ann Ruiz, an engineer who helped build it.",
                  "The levee will hold through the storm", "Ann Ruiz"),
          Example("No fare rise this year, says transit chief\nThe board meets on Monday to set the budget.",
                  "No fare rise this year", "transit chief"),
          Example("We will not back down, vowed Ann Ruiz.", "We will not back down", "Ann Ruiz"),
          Example("The Republic will tighten rules on foreign domestic workers, said Senior Minister of State for "
                  "Manpower Koh Poh Koon on Thursday (Dec 10).", "The Republic will tighten rules on foreign "
                  "domestic workers", "Senior Minister of State for Manpower Koh Poh Koon"),
          Example("The count was fair, confirmed the election chief.", "The count was fair", "the election chief"),
          Example("The fund lost $400 million, said a person familiar with the matter, asking not to be identified "
                  "because the figures are private.", "The fund lost $400 million", "a person familiar with the matter"))),
    Rule("inverted-aside-host", "content", "`The gap, said Ann Ruiz, an economist, is the real problem`: an inverted "
         "reporting clause set within the clause it reports (subject rule `inverted-aside`): the words before it "
         "and the words after it.", _inverted_aside_content,
         (Example("Part of the problem, say experts like Tom Lee, is the soft ground.",
                  "Part of the problem is the soft ground", "experts"),
          Example("The new bridge, said Tom Hale, who chairs the board, will open in May.",
                  "The new bridge will open in May", "Tom Hale"))),
    Rule("tag-aside", "content", "`\"We lost,\" said Ann Ruiz, the author of ...`: a verb right after a "
         "quotation's closing mark, its speaker after it, tags that quotation and reports nothing more: the words "
         "after the speaker describe them (not where a finite verb follows the noun phrase after it before any "
         "punctuation or relative pronoun: `a fan of \"Gone Girl,\" said the film was good`, a clause reported).",
         _tag_aside,
         (Example('"The old rules are gone," said Ann Ruiz, who hosts the radio show "Morning Tide."',
                  'Ann Ruiz, who hosts the radio show "Morning Tide."', kept=False),)),
    Rule("aside-tag", "content", "`\"Fame is a cage,\" the singer, whose album \"Blue Hours\" topped the charts, "
         "said.`: a verb closing its sentence after a quotation whose comma, `?` or `!` stands inside its closing "
         "mark, then a bare noun phrase and a relative clause set off by commas, tags that quotation and reports "
         "nothing more: the relative clause describes the speaker (a title in marks in it is no quotation of the "
         "report).", _aside_tag,
         (Example('"Fame is a cage," the singer, whose album "Blue Hours" topped the charts, said.',
                  '"Fame is a cage," the singer, whose album "Blue Hours"', kept=False),
          Example('"Fame is a cage," the singer, who wrote "Blue Hours," said.',
                  'the singer, who wrote "Blue Hours,"', kept=False))),
    Rule("closing-circumstance", "content", "`Floods killed 12 people, officials said, as rescuers searched ...`: a "
         "reporting clause set off after the clause it reports, then a comma and the writer's clause of "
         "circumstance or contrast (`as`, `amid`, `while`), or the writer's remark on the report (`without` and "
         "support not given: `without providing evidence`; a `which` clause: `, which could not be verified`; "
         "a figure's comparison with what was forecast: `, above the 4% economists had expected`): "
         "the clause before it, as `closing-words` reads it, however the parse hung the clause after it.",
         _closing_circumstance,
         (Example("Flash floods killed at least 12 people on Sunday, disaster officials said, as rescuers searched "
                  "for dozens still missing.", "Flash floods killed at least 12 people on Sunday",
                  "disaster officials"),
          Example("The talks collapsed on Friday, diplomats said, amid fears of a wider war.",
                  "The talks collapsed on Friday", "diplomats"),
          Example("Enemy gunboats shelled the harbor overnight, the navy said, without providing evidence.",
                  "Enemy gunboats shelled the harbor overnight", "the navy"),
          Example("The rebels downed a cargo plane near the airport, the group said in a statement, which could "
                  "not be verified.", "The rebels downed a cargo plane near the airport", "the group"),
          Example("Jobless claims rose to 4.1% in October, the ministry said on Friday, below the 4.3% economists "
                  "had expected.", "Jobless claims rose to 4.1% in October", "the ministry"))),
    Rule("parenthetical", "content", "`Prices, he said, will rise`: a reporting clause set within the clause "
         "it reports; the words before and after it (after it a `because` or `to` clause, or the verb its "
         "subject waits for, goes on with what was said however the parse hung it; before it, only words with a "
         "only from an "
         "unpaired dash or a semicolon, and nothing when a coordinator ends them: `and, he argued, to ...`; `, he "
         "said,` is such a clause even when parsed as a relative clause; a time after its cue is its own: `, the "
         "mayor said Tuesday,`); a passive cue set off after `it` and its forms of `be` or `have` names no speaker (`The "
         "deal, it was announced, will ...`: the report no one's), and a perfect tense's `have` hung from the cue is no "
         "verb of its own between the comma and the cue (`The tax, Lee has said, will ...`); the verb a subject before the "
         "tag waits for is the clause's own even when it is a verb of saying (`Management, he said, had promised ...`: "
         "`_waited_verb`); a contrast (`though`, `although`, `while`, `whereas`) after the tag holding a report of "
         "its own is the writer's, no more of what was said (`..., officials said Thursday, though they urged "
         "caution.`).",
         _parenthetical,
         (Example("The effects are hard to predict, economists say, because the data are thin.",
                  "The effects are hard to predict because the data are thin", "economists"),
          Example("The virus is unlikely to spread widely, health officials said, though they urged caution.",
                  "The virus is unlikely to spread widely", "health officials"),
          Example("The town is leaning toward the cheaper plan, she said, because it values its savings.",
                  "The town is leaning toward the cheaper plan because it values its savings", "she"),
          Example("The rally was set for Friday - and the permit, his aide said, had been hard to get.",
                  "the permit had been hard to get", "his aide"),
          Example("She wants to cut taxes and, she argued, to help small firms grow.",
                  "to help small firms grow", "she"),
          Example("Those who hold a ticket, he said, must still wait.", "Those who hold a ticket must still wait",
                  "he", parse=example_parse("pronoun-tag")),
          Example("Any attempt to fix the old bridge, the engineer said, would cost a fortune.",
                  "Any attempt to fix the old bridge would cost a fortune", "the engineer"),
          Example("The old ferry, the captain said last week, needs a new engine.",
                  "The old ferry needs a new engine", "the captain"),
          Example("The governor, it was announced, will step down in June.", "The governor will step down in June",
                  None),
          Example("The tax, Lee has said, will fall hardest on the poor.", "The tax will fall hardest on the poor",
                  "Lee"),
          Example("Management, he said, had promised the workers a raise.",
                  "Management had promised the workers a raise", "he"))),
    Rule("question-first", "content", "`Asked what it would cost, the mayor shrugged`: a question right after a "
         "verb that puts one, closed before the clause the parse gave the verb, is what was asked (also where the "
         "parse put the question inside that clause, after a bare participle opening the sentence: `Asked when it "
         "might be ready, the engineer was cautious`, the clause after the question's comma being the main one).",
         _question_first,
         (Example("Asked what the repairs would cost, the engineer shrugged.", "what the repairs would cost",
                  None),
          Example("Asked when the bridge might be ready, the engineer was cautious.", "when the bridge might be ready",
                  None, parse=example_parse("question-inside")))),
    Rule("bare-asked", "content", "`Asked about the delay, the mayor shrugged`, `When asked why, Lee laughed`, "
         "`..., Lee said, asked about it in an interview`: `asked` (or a verb of questioning's participle, lexicon "
         "QUESTIONING_VERBS: `Pressed on whether ...`, its topic after `on` or `over` too) with no subject or auxiliary, "
         "past a party label in brackets after the asker (`asked by Sen. Jo Hart (D-Ore.) whether`), opening its "
         "sentence, right after `when` (`if`, `once` ...), or right after a comma, is a question put to someone "
         "unnamed; what was asked follows, read from the words past phrases of time, place or agent: the topic "
         "after `about` or a question word's clause (not a request: `Asked for a glass of water`, `Asked to "
         "leave`), to the next comma, dash, colon or semicolon (the topic ending before a phrase telling the "
         "occasion: `in an interview`, `on a radio show`; not one word: `Asked about it, ...`).", _bare_asked,
         (Example("Asked on the radio who runs the party, the senator named her deputy.",
                  "who runs the party", None),
          Example("When asked why, the clerk laughed.", "why", None),
          Example("\"It has been years,\" the mayor said, asked about the delay in an interview.",
                  "the delay", None),
          Example("When asked about the new budget during a radio interview, the mayor said it was fine.",
                  "the new budget", None),
          Example("Pressed on whether he had seen the memo, the director said he had not.",
                  "whether he had seen the memo", None),
          Example("When asked by Rep. Tom Bell (R-Ohio) about the missing funds, Lee said he could not say.",
                  "the missing funds", "Rep. Tom Bell"),
          Example("Asked about the bus fares on a radio show, the mayor said they would stay.", "the bus fares", None),
          Example("Pressed on the delay by reporters, the minister said the report was nearly ready.", "the delay",
                  None))),
    Rule("fronted-clause", "content", "`After saying he was tired, the senator left`, `If the mayor says the "
         "budget is short, the council ...`: a cue in a subordinate clause (of time, cause, concession or condition) "
         "opening its sentence reports up to the comma that closes that clause (with the closing mark of "
         "a quoted fragment ending on that comma: `While critics say it is \"reckless,\" supporters ...`; a "
         "quotation the cue introduces is the quotation's).", _fronted_clause,
         (Example("After saying he was tired of the fight, the senator left the hall early.",
                  "he was tired of the fight", "the senator"),
          Example("While saying that he does respect the mayor, the governor kept up his attacks on her budget.",
                  "that he does respect the mayor", "the governor"),
          Example("If the mayor says the budget is short, the council will vote on cuts.",
                  "the budget is short", "the mayor"),
          Example('Although the mayor said the new stadium was "a costly mistake," the council approved it on '
                  'Monday.', 'the new stadium was "a costly mistake,"', "the mayor"))),
    Rule("time-then-clause", "content", "`said Tuesday the plan ...`, `said on Monday the bridge ...`, `reported, "
         "even late on Sunday, the bridge ...`, `testified Wednesday that she ...`: the clause after a phrase of time "
         "that follows a cue of saying, reporting or testifying (lexicon TIME_CLAUSE_REPORTS; a court's `ruled` or "
         "`held`, COURT_FINDING_CUES: `A federal judge ruled Friday the law was ...`; set off by "
         "commas too), whatever the parse hung from the time (`Wednesday that she saw`: no relative clause on a bare "
         "day); not where a finite verb or a modal follows the time right after it, which is then the clause's subject "
         "(`announced Monday would be a holiday`: the time is said, `complement-after`'s); not where a phrase of the occasion follows the time (`said Monday in an interview she ...`: "
         "`occasion-then-clause`'s); a time the parse took for the listener's head is the cue's too, and what was told "
         "opens at `that`, never past it (`who told parliament last month that ..., admitted on Wednesday that "
         "...`).", _time_then_clause,
         (Example("Officials said on Monday the bridge would reopen in the spring.",
                  "the bridge would reopen in the spring", "Officials"),
          Example("The minister told reporters Tuesday the plan would go ahead.", "the plan would go ahead",
                  "The minister"),
          Example("The general told reporters on Tuesday the war was over.", "the war was over", "The general"),
          Example("The builder told the Courier on Friday the new homes would be finished by spring.",
                  "the new homes would be finished by spring", "The builder"),
          Example("The station reported, even late on Sunday, the bridge was still closed to traffic.",
                  "the bridge was still closed to traffic", "The station"),
          Example("A former clerk testified Wednesday that she saw the manager alter the ledgers.",
                  "that she saw the manager alter the ledgers", "A former clerk"),
          Example("The detective testified Thursday he had found the knife under the seat.",
                  "he had found the knife under the seat", "The detective"),
          Example("A federal judge ruled Friday the law was unconstitutional.", "the law was unconstitutional",
                  "A federal judge"),
          Example("Kapoor, who told parliament last month that the border was secure, admitted on Wednesday that "
                  "mistakes had been made.", "that the border was secure", "who"))),
    Rule("occasion-then-clause", "content", "`said in an interview the bridge would reopen`, `told analysts on "
         "a conference call the drop was temporary`, `said in his judgment the ...`: the clause after a phrase "
         "naming the occasion of the saying (a court's `judgment`, `ruling`, `evidence` too), or the place it was "
         "said in (`told reporters in Ottawa the ...`: `in` or `at` and a name, `told the jury at Leeds Crown Court he "
         "...`; `on` and a broadcaster's name: `said on "
         "Sky News the ...`; `on` and a medium: `said on local radio the ...`), that follows the cue or its "
         "listener (after "
         "`tell`, a determiner and a word or two before the preposition, whatever their tags: `told a rally in "
         "Calgary the ...`); a phrase of time may come before it (`said Monday in an interview she ...`: the "
         "phrase of time is no part of what was said, nor is the occasion after it); the occasion's own phrase of a "
         "preposition and one noun phrase (one determiner: a second opens the clause) is the occasion's too (`said "
         "in an interview with the BBC the plan ...`, `in a post on X that ...`: `that` then leaves the clause to "
         "the rules that read it); a lower-case `-s` listener taken for a verb is the listener still (`told "
         "analysts Tuesday on a call the ...`), and the occasion's purpose, `to` and a verb of telling, no part of "
         "what was said (`said in a statement to clarify the deal ...`).", _occasion_then_clause,
         (Example("The harbour master said in an interview the old pier would be rebuilt.",
                  "the old pier would be rebuilt", "The harbour master"),
          Example("The minister told a rally in Calgary the plan would cut costs.",
                  "the plan would cut costs", "The minister"),
          Example("The premier said on River Radio Hobart this morning the ferry would sail.",
                  "the ferry would sail", "The premier"),
          Example("He said on local radio the trains would run.", "the trains would run", "He"),
          Example("The chief executive told analysts on a conference call the slump was temporary.",
                  "the slump was temporary", "The chief executive"),
          Example("Justice Vale said in his judgment the builder had shown no remorse.",
                  "the builder had shown no remorse", "Justice Vale"),
          Example("The premier told reporters in Toronto the new line would open in May.",
                  "the new line would open in May", "The premier"),
          Example("The founder said Monday in a blog post the app would stay free.",
                  "the app would stay free", "The founder"),
          Example("The inventor said in an interview with the Courier the patent would expire in May.",
                  "the patent would expire in May", "The inventor"),
          Example("The CEO told analysts Tuesday on a conference call the drop was temporary.",
                  "the drop was temporary", "The CEO"),
          Example("The club said in a statement to clarify the match would go ahead.",
                  "the match would go ahead", "The club"))),
    Rule("event-then-clause", "content", "`Smith told Sky Sports after the game he was gutted`: `after`, `before`, "
         "`during` or `following` and one noun phrase naming an event, right after a verb of saying or its listener, "
         "tell when it was said: the clause after it, with no `that`, is what was said (not a clause of time: `after "
         "the game ended he ...`).", _event_then_clause,
         (Example("Smith told Sky Sports after the game he was gutted.", "he was gutted", "Smith"),
          Example("The senator said during the debate the tax was unfair.", "the tax was unfair", "The senator"))),
    Rule("answer-words", "content", "`Most voters said yes.`, `a third said the same of the mayor`, `would not "
         "say when`: an answer, `so`, `the same (thing)`, or after a negated verb a bare question word, right "
         "after a verb of saying stands for the clause said.", _answer_words,
         (Example("In the vote on the new bridge, most residents said yes.", "yes", "most residents"),
          Example("Half of the members backed the mayor, and a third said the same of her deputy.",
                  "the same of her deputy", "a third"),
          Example("The pupils came round to the new timetable after the head teacher said so in the spring.",
                  "so", "the head teacher"),
          Example("Asked whether the ferry would run on Sunday, the harbour master said no.", "no",
                  "the harbour master"),
          Example("In the end, the judge and the lawyer had said the same thing.", "the same thing",
                  "the judge and the lawyer"),
          Example("The firm will shut the old mill, but its owner would not say when.", "when", "its owner"))),
    Rule("joined-that", "content", "`said that A but that B`: a coordinator with `that` right after the "
         "reported clause joins a second clause to the same report (after a clause that opened with `that`, also "
         "where the parse took the second `that` for a pronoun, so long as no verb follows it and its clause has a "
         "subject of its own: `said that the bridge was safe, and that so far, no cracks were found`; not `..., and "
         "that was the end of it`).", _joined_that,
         (Example("The mayor said that the plan had flaws but that the council would pass it anyway.",
                  "that the plan had flaws but that the council would pass it anyway", "The mayor"),
          Example("Experts acknowledge that the attack would be novel, and that so far, hackers have had little reason "
                  "to try.", "that the attack would be novel, and that so far, hackers have had little reason to try",
                  "Experts"))),
    Rule("condition-clause", "content", "`would reject the plan if they understood it`, `responded as if he were "
         "hurt`: an `if` clause with a subject of its own after a cue that is no verb of saying, asking, telling, "
         "promising or requesting, past the cue's own object or infinitive or opened by `as` or `even`, is a "
         "condition on the act, not what was said: the cue reports nothing.", _condition_clause,
         (Example("Voters would reject the plan if they understood it.", "if they understood it", kept=False),
          Example("The attack hit him hard, and he responded as if he had been deeply hurt.",
                  "if he had been deeply hurt", kept=False))),
    Rule("closing-aside", "content", "`said the bill helps farmers, who have waited years`, `..., a loss that ...`: "
         "a relative clause or a description with `a` set off after a noun, closing the reported clause, is the "
         "writer's aside: the clause up to its comma.",
         _closing_aside,
         (Example("The ranger said the fire was moving toward the lake, which had been dry since spring.",
                  "the fire was moving toward the lake", "The ranger"),
          Example("The firm said it would cut up to 3,000 jobs, a loss that would hurt the whole valley.",
                  "it would cut up to 3,000 jobs", "The firm"))),
    Rule("speaker-conjunct", "content", "`said the plan costs too much and argued for ...`: a verb joined to the "
         "reported clause with no subject of its own, itself a cue (or `call for`, a demand, unless the clause's "
         "subject prescribes: `said the plan was costly and called for ...`), or past after a present clause under a past "
         "cue, or past after `and then` (`later`, ...) and a bare verb under a modal (`said he would stay and then "
         "left`: `would left` is no English; `would stay and fight` shares the modal, and `could not support it but "
         "understood why` is a backshifted present: both stay reported; nor a participle joined to a passive one, "
         "which shares its `be`: `said they would be arrested and charged`), is the speaker's doing: the "
         "clause before its conjunction.", _speaker_conjunct,
         (Example("The farmer said the dam is too small and argued for a second one upstream.",
                  "the dam is too small", "The farmer"),
          Example("The coach said he would stay at the club and then left for Spain a week later.",
                  "he would stay at the club", "The coach"),
          Example("The union said staffing levels were unsafe and called for new hiring.",
                  "staffing levels were unsafe", "The union"))),
    Rule("conjunct-cue-words", "content", "`She warned that prices would rise and urged shoppers to buy early`: "
         "a cue that is its speaker's further doing (as in `speaker-conjunct`: past after `and`, it cannot share the "
         "clause's `would`) with no words of its own reports the words after it that the parse hung on the reported "
         "clause's verb, a clause among them (a request's or promise's infinitive, or a `that` clause): `shoppers to "
         "buy early`; not `and praised efforts to find buyers`, praise taking no infinitive; a request's listener "
         "and then `to` and a bare verb, read from the words however the parse hung them, are one too: `said pay "
         "was too low and urged members to vote no`.", _conjunct_cue_words,
         (Example("She warned that prices would rise and urged shoppers to buy early.",
                  "shoppers to buy early", "She"),
          Example("The union said pay was too low and urged members to vote no.", "members to vote no",
                  "The union"),
          Example("The mayor said the bridge will close and asked residents to be patient.",
                  "residents to be patient", "The mayor"))),
    Rule("named-phrase-that", "content", "`The minister said on Sunday's Politics Show that the policy was "
         "working`: capitalised words in a phrase of a preposition after a verb of saying are a name, whatever "
         "their tag (`Show` taken for a verb): `that` after the name opens what was said, as `that-after` "
         "reads it.", _named_phrase_that,
         (Example("The minister said on Sunday's Politics Show that the policy was working.",
                  "that the policy was working", "The minister"),)),
    Rule("phrase-that", "content", "`Huang said on the company's earnings call that demand was strong`, `Ruiz "
         "posted on Threads that she was leaving`: after a cue, a phrase of a preposition holding a lower-case word "
         "right after a determiner, a possessive or a noun and right before `that`, a preposition or a noun "
         "closing the phrase before `that` (a noun, whatever its tag: `call` taken for a verb, `gap` in `in its "
         "emissions gap report that`), or ending right before `that` and a subject pronoun that the "
         "parse took for a relative clause on its noun (not a claim's noun: `against accusations that he ...`; not "
         "for a cue in a relative clause: `Lee, who said ... that he ...,`), is the cue's: `that` opens what was "
         "said, as `that-after` reads it (after a pronoun, short of a comma and `but`: `said for years that they "
         "would ..., but ...`).  Past a listener too (`told analysts on the earnings call that ...`), where a "
         "noun tagged as a verb holds the phrase; a listener's `that` after a pronoun is `listener-that`'s.  A "
         "participle telling when the phrase's text was filed or issued is the phrase's (`in court papers filed "
         "Tuesday that ...`, `in a statement released late Monday that ...`), and a `that` right after its day's bare "
         "name opens what was said before any subject (a bare day takes no relative clause).",
         _phrase_that,
         (Example("The chief executive said on the company's earnings call that demand was strong.",
                  "that demand was strong", "The chief executive"),
          Example("Prosecutors said in court papers filed Tuesday that Vance had tried to flee.",
                  "that Vance had tried to flee", "Prosecutors"),
          Example("The club said in a statement released Monday that it would appeal.", "that it would appeal",
                  "The club"),
          Example("The founder told analysts on the earnings call that subscriptions grew 30 percent.",
                  "that subscriptions grew 30 percent", "The founder"),
          Example("Ruiz posted on Threads that she was leaving the company after eight years.",
                  "that she was leaving the company after eight years", "Ruiz"),
          Example("The UN environment programme said in its annual emissions gap report that the world was heading "
                  "for 2.9C of warming.", "that the world was heading for 2.9C of warming",
                  "The UN environment programme"))),
    Rule("occasion-that", "content", "`said while addressing a rally that farmers would get free power`, `said on "
         "Monday when briefing newsmen that ...`: `while` or `when` and an `-ing` form of speaking (lexicon "
         "OCCASION_SUBORDINATORS, OCCASION_GERUNDS) right after a cue of saying (past a phrase of time) tell how it was "
         "said, whatever the parse hung them from: `that` after that phrase's object opens what was said, as "
         "`that-after` reads it; a `that` with no clause after it is the object's own (`a rally that drew "
         "thousands`).", _occasion_that,
         (Example("The minister said while addressing a rally that farmers would get free electricity.",
                  "that farmers would get free electricity", "The minister"),
          Example("The collector said on Monday when briefing reporters that the camps would stay open.",
                  "that the camps would stay open", "The collector"))),
    Rule("named-listener", "content", "`The manager told BBC Sport the referee had erred`: a verb of telling right "
         "before a name of two capitalised words or more, or `the` and one or more (`told the Observer`): the whole "
         "name is the one told, however the parse split "
         "it, and what was told opens after it (a subject pronoun or a noun phrase, a quantifier's or a number's "
         "too: `some of her patients had`, or a bare noun: `inflation was`, then its finite verb), as "
         "`listener-clause` reads it; `&` between capitalised words is within the name (`Power & Politics`); one "
         "word in capitals of three letters or more is a name too, a station's call sign (`tells WXYZ the road ...`), "
         "and a lower-case particle between capitalised words is within the name (lexicon SURNAME_PARTICLES: `told "
         "Corriere della Sera the talks ...`), "
         "whatever the tagger made it, and so is a site's address (`told KSL.com the gunman ...`) and an Australian "
         "station's call sign, its state's digit first (`told 2GB's host the deal ...`, `told 3AW`); a channel's "
         "number may open the name before a capitalised word (`told 7 News the couple ...`), and a programme named "
         "by its hour or a number may follow its network's `'s` (`told ABC TV's 7.30 the ...`, `Nine's 60 Minutes`); a "
         "house's name and the lower-case noun of its hearing or committee is one too, after `a` as well (lexicon "
         "HEARING_NAME_NOUNS: `told Senate estimates the budget ...`, `told a Senate hearing the ...`); an initial's "
         "period joined to the capitalised word after it is within the name (`told Folha de S.Paulo the ...`), and "
         "a lower-case noun of the outlet's kind closes it (lexicon OUTLET_NAME_NOUNS: `told O Globo newspaper the "
         "...`); one capitalised word is a name too when lower-case words follow it (`told Smith investigators found "
         "...`, `told Ann the plan ...`, whatever the tagger made it); a `that` right after the name opens the clause "
         "where the parse hung it from the name (`told O Globo newspaper that ...`; else `complement-after` reads it); "
         "a clause the parse joined to the cue after a comma and a conjunction is the sentence's next, no part of what "
         "was told (`told Congress the deal was off, but the board refused`); a description set off by commas right "
         "after the name is the listener's still (`told Anna Berg, a nurse, the plan ...`), and capitalised words "
         "after a lower-case noun of the outlet's kind after its place are its name (`told Sao Paulo daily Folha the "
         "...`, `told British tabloid The Sun the ...`).",
         _named_listener,
         (Example("The manager told BBC Sport the referee had made a terrible mistake.",
                  "the referee had made a terrible mistake", "The manager"),
          Example("Smith told Sky Sports News he was happy to stay at the club.",
                  "he was happy to stay at the club", "Smith"),
          Example("The union's chair, Ann Ruiz, told the Courier the walkout would go ahead.",
                  "the walkout would go ahead", "The union's chair, Ann Ruiz"),
          Example("Dr Helen Ward told the BBC some of her patients had waited more than two years.",
                  "some of her patients had waited more than two years", "Dr Helen Ward"),
          Example("The premier told ABC TV's 7.30 the party would hold firm.", "the party would hold firm",
                  "The premier"),
          Example("The treasurer told the National Press Club inflation was easing.", "inflation was easing",
                  "The treasurer"),
          Example("The minister told CBC's Power & Politics the deal was close.", "the deal was close",
                  "The minister"),
          Example("A spokesperson for the county tells WXYZ the road will reopen Monday.",
                  "the road will reopen Monday", "A spokesperson for the county"),
          Example("A neighbor told 7 News the couple often argued.", "the couple often argued", "A neighbor"),
          Example("A witness told KSL.com the gunman wore a mask.", "the gunman wore a mask", "A witness"),
          Example('Finance Minister Katy Gallagher told Senate estimates the budget would be "responsible."',
                  'the budget would be "responsible."', "Finance Minister Katy Gallagher"),
          Example("The chief told a Senate hearing the agency was short of staff.", "the agency was short of staff",
                  "The chief"),
          Example("A neighbor told ABC 7 Eyewitness News the family rarely went out.", "the family rarely went out",
                  "A neighbor"),
          Example("The minister told Corriere della Sera the talks would resume.", "the talks would resume",
                  "The minister"),
          Example("Bolsonaro told Folha de S.Paulo the talks would resume.", "the talks would resume", "Bolsonaro"),
          Example("Lula told O Globo newspaper that the talks would resume.", "that the talks would resume", "Lula"),
          Example("Lee told Smith investigators found the files.", "investigators found the files", "Lee"),
          Example("Lee told Congress the deal was off, but the board refused to sign.", "the deal was off", "Lee"),
          Example("Hale told Anna Berg, a nurse, the plan was dead.", "the plan was dead", "Hale"),
          Example("Ruiz told Sao Paulo daily Folha the plan was dead.", "the plan was dead", "Ruiz"))),
    Rule("expressed-stance", "content", "`He expressed the hope that the talks would succeed`, `voiced concern "
         "that ...`: a verb of putting a stand into words (lexicon EXPRESSING_VERBS) whose object is a noun of a "
         "hope, belief or feeling (EXPRESSED_STANCE_NOUNS), `that` right after it opening a clause with a subject "
         "of its own: the clause is what the subject says, however the parse hung it (not `expressed hope for "
         "peace`, a noun phrase: `reported-object`'s; not `Her hope is that ...`, no one saying it).",
         _expressed_stance,
         (Example("He expressed the hope that the talks would bring about positive results.",
                  "that the talks would bring about positive results", "He"),
          Example("The envoy voiced deep concern that the ceasefire could collapse.",
                  "that the ceasefire could collapse", "The envoy"))),
    Rule("claim-object", "content", "`denied reports that he would resign`, `rejected the notion that ...`: a "
         "cue whose object (or its preposition's noun: `pleaded not guilty to charges that ...`) is a noun naming "
         "a claim, its `that` clause right after it, speaks of that claim: the "
         "noun phrase with its clause, not the clause alone (past a phrase of `in`, `by` or `from` naming where the "
         "claim came from: `dismissed a report in the Ledger that ...`, `that` there opening a clause with a subject "
         "of its own whatever the parse made of it: `denied claims by critics that she had lied`; not the paper the "
         "words stand in: `said in a report that ...`, the clause alone).", _claim_object,
         (Example("The harbour master denied reports that the old pier would be torn down.",
                  "reports that the old pier would be torn down", "The harbour master"),
          Example("The former treasurer pleaded not guilty to charges that she took money from the fund.",
                  "charges that she took money from the fund", "The former treasurer"),
          Example("The senator denied claims by critics that she had lied.",
                  "claims by critics that she had lied", "The senator"))),
    Rule("object-condition", "content", "`warned of strikes if the offer is not improved`, `threatened legal action "
         "unless ...`: a cue of warning or threatening whose object (after `of` for `warn`, whose bare object is the one "
         "warned: not `warned voters if ...`; bare for `threaten`) runs right into an `if` or "
         "`unless` clause: the object and the condition together (what is warned of, and when), not the "
         "condition alone.", _object_condition,
         (Example("Doctors warned of a winter crisis if funding was not increased.",
                  "a winter crisis if funding was not increased", "Doctors"),
          Example("The union threatened strike action if the offer was not improved.",
                  "strike action if the offer was not improved", "The union"))),
    Rule("relative-within-report", "content", "`Police said the suspect, who told officers he was a veteran, had "
         "a knife`: a verb of saying, then a noun phrase, a relative clause set off after it by commas and a finite "
         "verb right after the closing comma: that verb's clause is what was said, its subject and the relative "
         "clause with it (a cue within the relative clause reports no more than its own clause).",
         _relative_within_report,
         (Example("Police said the suspect, who told officers he was a veteran, had a knife.",
                  "the suspect, who told officers he was a veteran, had a knife", "Police"),)),
    Rule("to-listener-clause", "content", "`Officials confirmed to CNN the talks had stalled`: a verb whose `to` "
         "names the one spoken to, never an infinitive (lexicon TO_LISTENER_VERBS), that listener, then a clause with "
         "no `that`, its subject and finite verb: the clause said, read past the listener as `listener-clause` reads "
         "it (not `explained to reporters the details of the plan`, a noun phrase).", _before_main_verb(_to_listener_clause),
         (Example("Officials confirmed to CNN the talks had stalled.", "the talks had stalled", "Officials"),
          Example("She explained to reporters the plan would cost less.", "the plan would cost less", "She"),
          Example("The general signaled to allies it would act.", "it would act", "The general"))),
    Rule("to-listener-object", "content", "`Officials confirmed to CNN the deal`: a verb whose `to` names the one "
         "spoken to (lexicon TO_LISTENER_VERBS) and whose object is its message (lexicon NOUN_REPORTS), that "
         "listener, then a noun phrase with no verb of its own: the noun phrase, as `reported-object` reads one "
         "before `to` (`confirmed the deal to CNN`), short of a closing time (`explained to reporters the details of "
         "the plan on Monday`).", _to_listener_object,
         (Example("Officials confirmed to CNN the deal.", "the deal", "Officials"),
          Example("She explained to reporters the details of the plan on Monday.", "the details of the plan",
                  "She"),
          Example("The minister disclosed to the committee the cost of the scheme.", "the cost of the scheme",
                  "The minister"))),
    Rule("complement-after", "content", "The verb's first reported clause after it (`said that ...`, "
         "up to the sentence's own verb in a relative clause on its opening noun phrase, as `rest-of-sentence` "
         "ends it: `The official who said that the plan was dead resigned`; "
         "`told reporters the plan ...`, past a listener of several words: `told the council the budget ...`, or "
         "a gathering in `-ing` after its determiner, whatever its tag: `told the hearing the wound ...`; past "
         "phrases of a preposition between the listener and the clause's subject, which tell where it was told: "
         "`told reporters in Dayton the bridge ...`); none for a phrasal cue with a cue of its own and that cue's "
         "subject between its particle and the clause (`put it best when she wrote: \"...\"`: the quotation is "
         "the second cue's), nor for any cue right before a clause of circumstance (`as`, `while`: lexicon "
         "CIRCUMSTANCE_OPENERS) with a subject and a verb of saying that introduces a quotation (`\"Thank you,\" "
         "Lee said as the heckler yelled: \"You lie!\"`: the clause tells when, the quotation is the heckler's); ending before a comma and an `-ing` form of `cite` after the words, whatever the parse "
         "hung it from, the report's sources or reasons (`said the deal was off, citing officials`); ending before a comma and `with` opening a report of its own, a participle of saying "
         "with its subject (`said prices would rise, with one analyst predicting ...`); not one after a participle of saying set off by a comma (`said, "
         "adding that ...`: the participle's; but an aside closed by a comma right before `that` leaves the clause to "
         "the cue: `reported, citing two sources, that ...`); a particle the parse gave the cue that takes none ends the "
         "clause (`said the deal was off`); a `that` clause left with no subject runs on through the clause the parse "
         "hung from the cue right after it (`argued that tariffs raise prices`, `tariffs` taken for a verb), and so "
         "does one the words show goes on, a bare form tagged as a verb right after `that` before a noun and an "
         "auxiliary, its subject (`told analysts that gross margin would improve`); a day the "
         "parse took for a listener is the cue's time, `that` after it opening the clause (`warned Tuesday that cases "
         "...`); a listener, time or phrase the parse hung into the clause, `that` taken for a relative pronoun, is the "
         "cue's, read from the words as `listener-that` reads them: the clause opens at its `that` (`told the Ledger "
         "that Ruiz believes ...`; a programme's noun taken for the clause's verb right before `that` is the "
         "listener's: `told the Today show that ...`, `Today` no time there; a lower-case `-s` word right after a verb of telling, taken for the clause's verb, "
         "is the plural listener: `told reporters the plan would fail`; so is a lower-case plural right after it before a noun and that "
         "noun's finite verb, however the parse joined the nouns: `told reporters polls show that ...` (a plural "
         "modifies no noun, but for a few, lexicon PLURAL_MODIFIERS: `sports`, `arms`, which open the listener, however the "
         "parse took them: `told sports reporters the plan would fail`; so do a few words opening a noun phrase "
         "before a plural taken for the clause's verb, a subject right after it: `told House investigators the files "
         "were destroyed`, `told two senior aides the deal was off`); a clause of a point in time right after the "
         "cue, before a clause in the present or with a modal, is the cue's time, as for `rest-of-sentence`: `said "
         "once the vote ended they would appeal`; "
         "a name the parse split into two listeners is one listener where a question word or `that` follows it: "
         "`asked Ann Ruiz why ...` (not a day: `asked Lee Friday how ...`); "
         "a question a verb of asking puts runs to its "
         "comma, as `question-after` reads it, a preposition left at its end too: `Asked where the money would come "
         "from, ...`); a clause that a comma and `who` or `which` open after the words right after a verb (no verb "
         "nor the verb's subject among them) is a relative clause on the listener, who speaks its own report, "
         "nothing the verb reports (`Jones told Smith, who told reporters that ...`: Smith's; nor, for `tell`, a "
         "rest of the sentence that is the listener and such a clause to its end: `told the mayor, who said ...`); "
         "a quotation opening right after the cue and its comma or colon, closed inside by a comma or a sentence's "
         "end, ends what the cue reports at its closing mark, words following (`\"...,\" while another wrote`) "
         "the next clause's, however the parse hung them; a clause that a comma and a word of circumstance or "
         "contrast open past words of the cue's own (`wrote online, while another added: ...`: lexicon "
         "CIRCUMSTANCE_OPENERS), no comma closing it before its quotation or end, is the writer's, nothing reported; "
         "a second clause with a subject and a tense of its own joined to the first by a conjunction with no comma, "
         "that the parse hung from the cue as another complement, goes on with the report (`said two people had died "
         "and 14 others were hospitalized`); a lone word the parse hung from the cue inside the clause's words, "
         "the clause going on right after it with no punctuation between, is the clause's (`say the technology is "
         "still years away from clinical use`: a clause's words run unbroken); a participle's phrase set off by "
         "commas right after the clause's subject, a verb right after its closing comma, is an aside within the "
         "clause, which runs on through that verb (`told reporters that the bridge, built in 1920, was unsafe`); a "
         "title in marks of capitalised words between the cue and `that`, after a preposition or as the one told, "
         "names where it was said or to whom, however the parse hung its words: the clause opens at `that` (`said on "
         "\"Face the Nation\" that ...`, `told \"Meet the Press\" that ...`; a programme's noun after its closing mark, or a "
         "role's and the name it titles, is the title's phrase: `said in \"The Daily\" podcast that ...`, `told \"Meet the "
         "Press\" host Kristen Welker that ...`, lexicon BROADCAST_OCCASIONS, PROGRAMME_NOUNS, ROLE_WORDS); a "
         "clause that a word of condition, cause or concession opens (lexicon REPORTED_FRONTED_OPENERS) and a comma "
         "closes, the cue's next clause with its own subject and tense right after that comma, is set before that "
         "clause inside the report, which runs on through it (`said if the rains came early, the harvest would "
         "fail`; not after a verb of asking, nor a clause of time: `said once the vote ended, ...`); a particle the "
         "parse hung from the cue inside the clause's words, after its first words, is the clause's predicate, never "
         "the cue's (`told reporters the deal was off at a news conference`: `was off`); a clause whose own "
         "predicate, an adjective or a participle with its subject (`it is fitting`), stands right before `that` "
         "runs on through the clause that `that` opens, however the parse hung it (`said he was delighted that, "
         "lately, crowds have grown`); never a clause opening past a semicolon after the cue, the next sentence's "
         "(`..., the mayor said; the council disagreed`); a negated clause with `but rather` or `but instead` right "
         "after it goes on with the correction of what it denies (`do not plan to back him, but rather use him "
         "against the frontrunner`, lexicon CORRECTING_ADVERBS).",
         _before_main_verb(_complement_after),
         (Example("Lee told reporters the deal was off at a news conference in Paris.", "the deal was off", "Lee"),
          Example("The mayor told reporters that the bridge, built in 1920, was unsafe.",
                  "that the bridge, built in 1920, was unsafe", "The mayor"),
          Example("Officials said if the rains came early, the harvest would still fail.",
                  "if the rains came early, the harvest would still fail", "Officials"),
          Example("Officials said two people had died and 14 others were hospitalized.",
                  "two people had died and 14 others were hospitalized", "Officials"),
          Example("Engineers say the new battery is still years away from commercial use.",
                  "the new battery is still years away from commercial use", "Engineers"),
          Example("The minister told reporters that the talks would resume next week.",
                  "that the talks would resume next week", "The minister"),
          Example("The mayor said once the vote ended they would appeal.", "they would appeal", "The mayor"),
          Example("Aides say it is only right that, after years of struggle, she now leads the race.",
                  "it is only right that, after years of struggle, she now leads the race", "Aides"),
          Example("The World Health Organization warned Tuesday that cases of measles are rising in Europe.",
                  "that cases of measles are rising in Europe", "The World Health Organization"),
          Example("The mayor told the council the budget was balanced.", "the budget was balanced", "The mayor"),
          Example("A pathologist told the hearing the wound was ten centimetres deep.",
                  "the wound was ten centimetres deep", "A pathologist"),
          Example("The minister told a briefing the talks had stalled.", "the talks had stalled", "The minister"),
          Example("The agency reported, citing two sources, that the bank would cut 500 jobs.",
                  "that the bank would cut 500 jobs", "The agency"),
          Example("The mayor told reporters in Dayton the bridge would reopen.", "the bridge would reopen",
                  "The mayor", parse=example_parse("told-where")),
          Example("The official, who told reporters that talks had stalled, said the deal was off.",
                  "the deal was off", "The official"),
          Example("He said that the deal was off after critics complained that it cost too much.",
                  "that the deal was off", "He"),
          Example("Ellis told analysts that gross margin would improve in the second half.",
                  "that gross margin would improve in the second half", "Ellis"),
          Example("Economists have long argued that tariffs raise prices for consumers.",
                  "that tariffs raise prices for consumers", "Economists"),
          Example("The aide told the Ledger that Ruiz believes the plan was a mistake.",
                  "that Ruiz believes the plan was a mistake", "The aide"),
          Example("The mayor told reporters the plan that he backed would fail.",
                  "the plan that he backed would fail", "The mayor"),
          Example("She told reporters polls show that voters want change.",
                  "polls show that voters want change", "She"),
          Example("She told sports reporters the plan would fail.", "the plan would fail", "She"),
          Example("The mayor told city officials the budget was short.", "the budget was short", "The mayor"),
          Example('She said in "The Daily" podcast that the plan would fail.', "that the plan would fail", "She"),
          Example('He told "Meet the Press" host Kristen Welker that the bill was dead.', "that the bill was dead",
                  "He"),
          Example("Asked where the money would come from, the mayor's office pointed to a state grant.",
                  "where the money would come from", None),
          Example("Jones told Smith, who told reporters that the deal was dead.", "that the deal was dead", "who"),
          Example("Economists said the tariffs would raise prices, with one analyst predicting that inflation "
                  "could rise.", "the tariffs would raise prices", "Economists"),
          Example('Lopez said on "Face the Nation" that inflation was coming down.',
                  "that inflation was coming down", "Lopez"),
          Example('Lopez told "Meet the Press" that inflation was coming down.',
                  "that inflation was coming down", "Lopez"),
          Example("Mr Dutton told the Today show that the Government had lost control.",
                  "that the Government had lost control", "Mr Dutton"),
          Example("Mr Dutton told the Nine Network's breakfast show that the Government had lost control.",
                  "that the Government had lost control", "Mr Dutton"),
          Example("The official who said that the plan was dead resigned on Monday.", "that the plan was dead", "who"),
          Example("Parents who said the school was unsafe want answers.", "the school was unsafe", "who"))),
    Rule("listener-that", "content", "`told a radio station that he would not resign`: a verb taking a listener, "
         "the listener's noun phrase right after it (a name's words however tagged), then `that` and a clause with "
         "its own subject and finite verb: what was said opens at `that`, read from the words however the parse hung "
         "it (not the listener's relative clause, opened by a quantifier or number and `of whom` too: `told residents, "
         "many of whom lost their homes, that ...`; the clause's own verb is no other report, though a verb of "
         "saying: `told the paper that she wrote the songs`; a plural subject taken for a verb may carry a phrase "
         "before its auxiliary: `that bookings for next summer were ahead`; a participle between the listener's "
         "determiner (or a possessive) and its noun describes it: `told a cheering crowd`, `told jurors in her opening statement`; `last week`, `this year` are the cue's time, "
         "as is a clause of time with its subject and verb: `told the Ledger before she spoke to the committee that`; "
         "a quotation may open the clause, and an `-ing` word before its object's noun phrase may be its subject: "
         "`that \"Ruiz is ...`, `that helping the farm was ...`; a plural in `-men` or an `-ing` word right before "
         "a regular past in `-ed` taken for a participle is the subject, that past its finite verb: `that gunmen "
         "opened fire`, `that shelling continued`; `that` after a determiner or a preposition is a "
         "pronoun: `despite all that`, and after the listener's topic phrase a relative pronoun on its noun: `told the "
         "board about a plan that nobody liked`, a topic, no clause told; a relative clause set off by commas after "
         "the listener glosses it: `told the board, which she chairs, that ...`).", _listener_that,
         (Example("The senator told a radio station that he would not resign.", "that he would not resign",
                  "The senator"),
          Example("She told The Daily Ledger before she spoke to the committee that the plan was dead.",
                  "that the plan was dead", "She"),
          Example("Lane told the newspaper that she wrote most of the songs on a borrowed piano.",
                  "that she wrote most of the songs on a borrowed piano", "Lane"),
          Example("Ruiz told analysts on a conference call that bookings for next summer were already ahead.",
                  "that bookings for next summer were already ahead", "Ruiz"),
          Example("She told the board, which she chairs, that the plan had failed.", "that the plan had failed",
                  "She"),
          Example("She assured the farmers that the water prices would not rise.",
                  "that the water prices would not rise", "She"),
          Example("He reminded the committee that the law was clear.", "that the law was clear", "He"),
          Example("She told the Associated Tribune in a phone interview that she had not been consulted.",
                  "that she had not been consulted", "She"),
          Example("Lee, who chairs the panel, told reporters that the vote was delayed, and Ruiz, who sits on it, "
                  "said the delay was unfair.", "that the vote was delayed", "Lee"),
          Example("The official, who told reporters that talks had stalled, said the deal was dead.",
                  "that talks had stalled", "who"),
          Example("Ruiz told a cheering crowd in West Texas that she expects to win the state.",
                  "that she expects to win the state", "Ruiz"),
          Example("One farmer told the agency by phone that gunmen opened fire on the convoy.",
                  "that gunmen opened fire on the convoy", "One farmer"),
          Example("Two villagers told the radio station by phone that shelling continued until dawn.",
                  "that shelling continued until dawn", "Two villagers"),
          Example("The prosecutor told jurors in her opening statement that the banker had lied.",
                  "that the banker had lied", "The prosecutor"))),
    Rule("listener-clause", "content", "`told police he had acted in self-defense`: a verb of telling, its "
         "listener (a pronoun, or a noun phrase that is not a thing told: `told a story he ...`), then a subject "
         "pronoun and a finite verb: the clause told, read from the words however the parse hung it (a relative "
         "clause of the listener; a lower-case `-s` word tagged plural right after a singular noun, closing the "
         "words told, is that verb: `told CNN the test works`, a thing told being no such phrase; adverbs and quote marks "
         "between a noun phrase and its verb are passed over: `told police the couple often argued`; a cue the parse made "
         "passive with no `be` or `get` is active: `Graves later told reporters ...`; up to the sentence's own verb in a "
         "relative clause on its opening noun phrase, as `rest-of-sentence` ends it: `The aide who told reporters the "
         "deal was done was fired`; a phrase naming some of the listeners set off by commas is the listener's, lexicon "
         "MEMBER_EXAMPLE_OPENERS: `told reporters, including a Reuters correspondent, the plan was dead`; after a "
         "lower-case noun, a name with a finite verb right after it opens the clause told: `told the paper Hale had "
         "lied`, not `told the newspaper Le Monde the ...`).", _before_main_verb(_listener_clause),
         (Example("The driver told police he had swerved to miss a deer.", "he had swerved to miss a deer",
                  "The driver"),
          Example("The coach told his players they would start on Sunday.", "they would start on Sunday",
                  "The coach"),
          Example("One resident, who asked not to be named, told Reuters the water was brown.",
                  "the water was brown", "One resident"),
          Example("The lab's director told Reuters the test works.", "the test works", "The lab's director"),
          Example("Graves later told reporters the hearing had raised more questions than answers.",
                  "the hearing had raised more questions than answers", "Graves"),
          Example("A neighbor told police the couple often argued.", "the couple often argued", "A neighbor"),
          Example("The aide who told reporters the deal was done was fired on Friday.", "the deal was done", "who"),
          Example("Lee told reporters, including a Reuters correspondent, the plan was dead.", "the plan was dead",
                  "Lee"),
          Example("Ruiz told the paper Hale had lied.", "Hale had lied", "Ruiz"))),
    Rule("question-after", "content", "`asked whether ...`, `asked the senator what ...`, `explained how ...`, "
         "`pressed the director on why ...` (a verb of questioning someone, lexicon QUESTIONING_VERBS, its question "
         "after its topic's preposition): the "
         "question a verb that puts or answers one reports, from its question word to the next comma or dash (past "
         "a party label in brackets: `asked by Sen. Jo Hart (D-Ore.) whether`; after a "
         "listener, `which` before a noun and `who` before a determiner or possessive open a question, not a "
         "relative clause: `asked readers which team won`; a relative clause on the listener with `whether` "
         "after it is no question but describes the one asked: `asked the man who lives there whether ...`).", _question_after,
         (Example("When asked if the bridge would reopen, the mayor smiled.", "if the bridge would reopen", None),
          Example("The host asked the senator what he thought of the plan.", "what he thought of the plan",
                  "The host"),
          Example("We asked our readers which team played best on Sunday.", "which team played best on Sunday",
                  "We"),
          Example("The host asked the crowd who their favorite singer was.", "who their favorite singer was",
                  "The host"),
          Example("The senator pressed the director on why the audit was late.", "why the audit was late",
                  "The senator"),
          Example("The judge asked the man who lives there whether he heard shots.", "whether he heard shots",
                  "The judge"))),
    Rule("question-put", "content", "`Asked whether ..., X said`: a cue hanging from a question put to the "
         "speaker, or holding it, reports nothing by the parse but the noun phrase it takes after it, its "
         "answer (`Asked how long it would take, Lee said about six weeks`).", _question_put_content,
         (Example("Asked whether he would run again, Dean said maybe.", "Asked whether he would run again",
                  kept=False),
          Example("Asked how long the repairs would take, Sam Lee said about six weeks.", "about six weeks",
                  "Sam Lee"))),
    Rule("fronted-setting", "content", "`As the mayor spoke, the crowd responded with cheers`: where all a closing "
         "report would take before its comma is one clause of time, cause or concession opening the sentence "
         "(`when`, `after`, `though`, `as` ...), or one participle's clause (`Asked where the figure came from, "
         "the office pointed to a study`), it sets the scene for the cue's clause, the main one: the cue "
         "reports nothing.", _fronted_setting,
         (Example("As the mayor spoke about the budget on Sunday night, the crowd responded with loud cheers.",
                  "As the mayor spoke about the budget on Sunday night", kept=False),
          Example("When the host asked about the bridge, the mayor replied in an even voice.",
                  "When the host asked about the bridge", kept=False),
          Example("Asked by reporters where the number came from, the governor's aide pointed to a farm survey.",
                  "Asked by reporters where the number came from", kept=False))),
    Rule("complement-before", "content", "`Content, X said.`: the last reported clause before the verb (all of "
         "the clause before the comma when the report closes its sentence, also when the parse took a word of "
         "the speaker's phrase for the clause: `, people familiar with the plan said`; not a label before a colon "
         "that the parse hung from the verb as its subject: `Tuesday, 2 a.m.: A man was cited ..., police said`; never "
         "the speaker's own phrase, which the parse may hang from the verb: `Harbor Bank's chief executive, Paul "
         "Dunn, apologised` reports nothing).",
         _complement_before,
         (Example("The plan will fail, he said.", "The plan will fail", "he", parse=example_parse("complement-before")),
          Example("Sales will fall this year, people familiar with the plan said.", "Sales will fall this year",
                  "people familiar with the plan"),
          Example("Update: The bridge will stay closed through the weekend, officials said.",
                  "The bridge will stay closed through the weekend", "officials"))),
    Rule("paratactic-host", "content", "A cue parsed as a side clause of the clause it reports: that clause "
         "(never for a participle set off after it, which goes on: `..., adding: \"...\"`) "
         "(all of the clause before the comma when the report closes its sentence; a past participle after its "
         "subject's noun and an adverb, with no auxiliary, is that clause's past tense: `long ago soured`; not a cue "
         "whose subject is the object of a verb of saying before it, that verb's report split by a relative clause: "
         "`said his client, who has denied it, would plead`; a participle of quoting opening it and its object set off "
         "by a comma right before a quotation mark are not its words: `Quoting the Psalms, \"...,\" the bishop urged "
         "calm`: from the mark; never a cue whose clause a semicolon opens, a clause of its own: `One called it "
         "\"decorative\"; another dismissed it as \"...\"`; a tag after its clause reports it back to a semicolon "
         "before it, no further: `Lee said ...; it would cost jobs, she added`; never a cue with its own message "
         "right after it, a noun object that is no time and no listener or an `-ing` complement: `The club made "
         "money -- he reported earning $2 million` reports the earning, not the clause before).",
         _paratactic_host, (Example("Prices will rise, he said.", "Prices will rise", "he"),
                            Example("The vote will be held in the spring, the chairman said, adding that no "
                                    "date was set.", "The vote will be held in the spring", "the chairman"),
                            Example("Some owners of the mill long ago soured on the deal, the Courier reported, "
                                    "citing two neighbours.", "Some owners of the mill long ago soured on the deal",
                                    "the Courier"),
                            Example("Lee said the plan was a disaster; it would cost jobs, she added.",
                                    "it would cost jobs", "she"))),
    Rule("as-clause-host", "content", "`As the paper noted, ...`: the clause the `as` clause hangs from (not "
         "when its verb has its message after its own preposition, `as it commented on the rules`, nor when its "
         "subject is a time, `As the day went on`, nor in a comparison, `as polite as it was pointed`); also a "
         "passive one opening its sentence with its agent: `As reported by the paper, ...`; `As one aide put "
         "it, ...` reports too: its `it` is the cue's own word; read from the words when the parse made the "
         "cue opening its sentence the root: the clause after its comma, past an adverb or a time of the cue's "
         "own: `As the paper recently noted, ...`, `As the paper noted last week, ...`).",
         _as_clause_host,
         (Example("As the paper noted, the bridge was closed for years.", "the bridge was closed for years",
                  "the paper"),
          Example("As the Ledger recently noted, trust in the council is collapsing.",
                  "trust in the council is collapsing", "the Ledger"),
          Example("As reported by the Valley Ledger, the ferry will stop running in May.",
                  "the ferry will stop running in May", "the Valley Ledger"),
          Example("As the paper noted, the bridge was closed for years.", "the bridge was closed for years",
                  "the paper", parse=example_parse("as-stop")),
          Example("As one shop owner put it, the high street has run out of customers.",
                  "the high street has run out of customers", "one shop owner"))),
    Rule("passive-closing", "content", "`..., it is reported.`, `..., the jury was told.`, `..., the paper has been "
         "told.`: a passive cue (not after a modal) closing its sentence after its passive subject (`it`, a "
         "pronoun, or the noun phrase of those told) and a comma: the clause before the comma, said by no one "
         "named.", _passive_closing,
         (Example("The plant will close by the end of the year, it was announced.",
                  "The plant will close by the end of the year", None),
          Example("The driver had drunk six pints before the crash, the jury was told.",
                  "The driver had drunk six pints before the crash", None),
          Example("The deal will be announced on Monday, the Daily Ledger has been told.",
                  "The deal will be announced on Monday", None))),
    Rule("closing-report", "content", "A report closing its sentence, however the parse hung it: the clause "
         "before it (a semicolon right after the report closes it as the sentence's end does: `..., analysts say; "
         "in 2012, ...`; its subject's own perfect `have` or modal between is no verb of its own: `..., The Sun can "
         "reveal.`; not when the comma closes an aside set off after its speaker: `Ann Ruiz, who ..., replied`, "
         "nor when a subordinator other than `as` opens the words after it, past a quotation's closing mark too: "
         "`..., while officials urged calm` is a clause of its own, no reporting clause, and so is one holding a "
         "question word, `..., regardless of how many officials say ...`; nor after `a` and a noun summing the "
         "clause up, lexicon SUMMARY_NOUNS, the writer's apposition: `..., a plan announced in May`); a lower-case `-ing` word right after the comma before a "
         "lower-case noun is that noun's modifier, no verb of a clause between: `..., leading economists warn.`).",
         _closing_content,
         (Example("The bridge was closed for years, the paper noted in an editorial on Monday.",
                  "The bridge was closed for years", "the paper"),
          Example("Candidates need 40 percent of the vote, analysts say; the party got 27 percent in 2012.",
                  "Candidates need 40 percent of the vote", "analysts"),
          Example("Rents will keep rising, leading economists warn.", "Rents will keep rising",
                  "leading economists"),
          Example("The star has been axed from the show, The Sun can exclusively reveal.",
                  "The star has been axed from the show", "The Sun"))),
    Rule("closing-words", "content", "`S, X said.` closing its sentence: all of S, read from the words "
         "(the parse may hang the cue from a clause within S; X may go on past its noun: `a person briefed on "
         "the talks`, `people close to the mayor say` with `say` a bare form; a listener's name after a verb of telling, "
         "however hung, and a dash and a noun phrase after the tag, the writer's aside: `-- a change that ...`, "
         "or a comma and a span of time from an event, `, two days after the vote`, are no more of what was "
         "said; S holds a clause: a finite verb, read from the words too: a lower-case `-s` word right after a "
         "name's age set off by commas is the name's verb, `Lee, 54, faces ...`; an `-ed` form tagged a participle "
         "right after the noun phrase opening S, before a lower-case noun or adjective, is S's past tense, since a "
         "participle modifying a noun takes no object: `A new drug slowed memory decline ...`, not one that gives a "
         "name, lexicon NAME_GIVING_FORMS; the noun phrase may hold a present participle with its object: `A bus "
         "carrying 30 students overturned ...`).",
         _closing_words,
         (Example("The city cannot pay the way it once did, the mayor said.",
                  "The city cannot pay the way it once did", "the mayor", parse=example_parse("closing-words")),
          Example("Home sales slowed sharply over the summer, the trade group reported last week.",
                  "Home sales slowed sharply over the summer", "the trade group"),
          Example("The city has lost more than 3,000 jobs since the spring, the Daily Ledger reported ten days ago.",
                  "The city has lost more than 3,000 jobs since the spring", "the Daily Ledger"),
          Example("The council will vote on the budget next month, a person briefed on the talks said on Monday.",
                  "The council will vote on the budget next month", "a person briefed on the talks"),
          Example("Rents rose faster than wages did, the housing office reported last week -- a change that "
                  "surprised many.", "Rents rose faster than wages did", "the housing office"),
          Example("The mayor will not run again, people close to the mayor say.", "The mayor will not run again",
                  "people close to the mayor", parse=example_parse("bare-tag")),
          Example("The plant will reopen in May, teachers and union officials told the Ledger.",
                  "The plant will reopen in May", "teachers and union officials", parse=example_parse("told-name")),
          Example("The incumbent won the race, the Ledger declared on Friday, two days after the polls closed.",
                  "The incumbent won the race", "the Ledger", parse=example_parse("time-after-tag")),
          Example("Lee, 54, faces up to 20 years in prison if convicted, prosecutors said.",
                  "Lee, 54, faces up to 20 years in prison if convicted", "prosecutors"),
          Example("A new drug slowed memory decline by 27 percent in a large trial, its maker announced Wednesday.",
                  "A new drug slowed memory decline by 27 percent in a large trial", "its maker"),
          Example("A bus carrying 30 students overturned on a highway on Friday, injuring 12, police said.",
                  "A bus carrying 30 students overturned on a highway on Friday, injuring 12", "police"))),
    Rule("closing-run", "content", "`..., the news site Valley Courier reported.` with the cue hung inside "
         "the clause before it: all of that clause, read from the words.", _closing_run_content,
         (Example("The bridge will stay shut until the spring, the local paper Valley Courier reported.",
                  "The bridge will stay shut until the spring", "the local paper Valley Courier",
                  parse=example_parse("closing-run")),)),
    Rule("set-off-report", "content", "`The levy will rise, the mayor says, because ...`: a reporting clause set off "
         "by commas within its sentence (a noun phrase, the cue, a comma), read from the words however the parse hung "
         "it: the clause before its first comma and the words after its second.", _set_off_report,
         (Example("A truck struck a crowd at the fair on Saturday night, hurting at least 12 people, local officials "
                  "said, before the driver was stopped by police.",
                  "A truck struck a crowd at the fair on Saturday night, hurting at least 12 people before the driver "
                  "was stopped by police", "local officials"),)),
    Rule("forecast", "content", "`The rising river threatens to flood the valley`, `The debate promised to be lively`: "
         "a verb of promising or threatening with an infinitive, whose subject is a thing, no one who may speak "
         "(a company's noun speaks: `The carmaker promised to ...`, lexicon ORGANISATION_EPITHETS; a noun of an "
         "event, a trend or a force, plural or however tagged, is a thing: `Rising fuel costs threaten to ...`, "
         "lexicon LIKELIHOOD_SUBJECTS), tells what is likely to come: it reports nothing.", _forecast,
         (Example("The rising river threatens to flood the whole valley.", "to flood the whole valley", kept=False),
          Example("The debate promised to be a crucial moment for the governor.",
                  "to be a crucial moment for the governor", kept=False),
          Example("Farmers fear that the heat threatens to ruin the harvest.", "to ruin the harvest",
                  kept=False),
          Example("Looming retirements promise to swell the cost of the pension plan.",
                  "to swell the cost of the pension plan", kept=False),
          Example("A ballot initiative threatened to raise the wage faster if lawmakers did not act.",
                  "to raise the wage faster if lawmakers did not act", kept=False))),
    Rule("raised-report", "content", "`The striker is said to be unhappy`, `He was reported to have left`: a "
         "passive cue of saying or reporting with an infinitive after it reports the whole clause, its subject "
         "and the infinitive, with no speaker named; one whose infinitive is a verb of saying itself (`INVERTING_VERBS`) "
         "reports nothing (`Lee is said to have warned that ...`: the warning is the report, the raised subject its "
         "speaker).", _raised_report,
         (Example("The old keeper is said to have rowed across the bay every morning.",
                  "The old keeper is said to have rowed across the bay every morning", None),)),
    Rule("infinitive-aside", "content", "`vowed to repeal the tax, which funds the parks`: a promise's or "
         "request's infinitive closed by a set-off aside (as `closing-aside`) ends at its comma.",
         _infinitive_aside,
         (Example("The governor vowed to repeal the fuel tax, which pays for the county roads.",
                  "to repeal the fuel tax", "The governor"),)),
    Rule("infinitive", "content", "`vowed to build a wall`, `asked the crowd to stand`: a promise's or "
         "request's infinitive clause (from the listener on, past a phrase of place on the listener however the "
         "parse hung it: `urged residents in evacuation zones to leave`, read from the words where the parse took the "
         "preposition for a subordinator and a hyphened adjective for a verb: `urged residents in low-lying areas "
         "to leave`; past a relative clause on the listener whose verb has its object right before the infinitive, "
         "however the parse hung it: `urged anyone who has a fever to stay home`, not `people who want to help`; a "
         "`not` or `never` right before a promise's `to` is promised too: `vowed never to raise fares`, and a request's "
         "asked too, however the parse hung it: `urged people not to travel`); it ends "
         "before a tensed report after `and` that `to` cannot govern, however the parse joined it: `promised to "
         "cut taxes and called for an audit`; a claim's perfect infinitive is its claim: `claimed to have shot "
         "down 20 drones`, not `claims to be neutral`; a promise's infinitive after a phrase of the verb's own is promised, however the parse "
         "hung it: `vowed in a speech to fight on`, not `swore in a cabinet to replace it`; a bare noun phrase of "
         "time after the verb, however the parse hung it, is when it was said, no one told: `vowed last month to "
         "fight on`; a clause of time closing it runs on over its verb, however the parse hung it: `promised to "
         "stay until the last family left`); in a relative clause on the noun phrase opening its sentence, it "
         "ends before the sentence's own verb: `A witness who claimed to have seen the shooting later recanted`.",
         _before_main_verb(_time_clause_goes_on(_infinitive_content), infinitive=True),
         (Example("A witness who claimed to have seen the shooting later recanted.", "to have seen the shooting",
                  "who"),
          Example("The governor vowed to build a new bridge over the river.",
                  "to build a new bridge over the river", "The governor"),
          Example("The mayor promised to stay until the last family left.",
                  "to stay until the last family left", "The mayor"),
          Example("The senator vowed last month to take her campaign to the convention.",
                  "to take her campaign to the convention", "The senator"),
          Example("The mayor vowed never to raise the bus fares again.", "never to raise the bus fares again",
                  "The mayor"),
          Example("The letter threatened to expose the mayor's debts.", "to expose the mayor's debts",
                  "The letter"),
          Example("The council asked the engineers to inspect every old bridge.",
                  "the engineers to inspect every old bridge", "The council", parse=example_parse("request-advcl")),
          Example("The governor urged residents in low-lying areas to leave.",
                  "residents in low-lying areas to leave", "The governor"),
          Example("Health officials urged anyone who has a fever to stay home.",
                  "anyone who has a fever to stay home", "Health officials"),
          Example("The senator promised to cut taxes for families and praised the volunteers.",
                  "to cut taxes for families", "The senator"),
          Example("The ministry claimed to have shot down twenty drones over the coast.",
                  "to have shot down twenty drones over the coast", "The ministry"),
          Example("The rebel leader vowed in a televised speech to keep fighting.", "to keep fighting",
                  "The rebel leader"))),
    Rule("object-then-topic", "content", "`wrote notes to the boxer on a paper banner`: a cue whose message would "
         "follow its preposition but whose own noun object comes first has made that object: the phrase tells where "
         "or of what, and the cue reports nothing.", _object_then_topic,
         (Example("Volunteers wrote notes to the old boxer on a paper banner.", "a paper banner", kept=False),)),
    Rule("time-object", "content", "`the plan the council proposed two months ago`, `as the Ledger reported a "
         "few days later`: a cue whose object is a stretch of time and nothing more (`ten days`, `that same "
         "day`, `last July`) tells when it spoke, not what: it reports nothing.", _time_object,
         (Example("The council approved the plan it first proposed two months ago.", "two months", kept=False),
          Example("The board met again, as the Ledger reported a few days later.", "a few days", kept=False),
          Example("The union rejected the offer the company announced that same day.", "that same day",
                  kept=False))),
    Rule("amount-object", "content", "`announced a $500 million buyback`: a cue whose object opens with a currency "
         "sign the parse made an object of its own, the amount's noun another: the whole noun phrase, from its "
         "article or the sign, is the message.", _amount_object,
         (Example("The company announced a $500 million share buyback.", "a $500 million share buyback",
                  "The company"),)),
    Rule("announced-picks", "content", "`announced the winners of the prize`, `announced its squad for the "
         "tour`: `announce` with the people or things picked for its object makes a list public: it reports "
         "nothing.", _announced_picks,
         (Example("The garden society announced the winners of its annual rose show.",
                  "the winners of its annual rose show", kept=False),)),
    Rule("charge-object", "content", "`accused the agency of hiding the data`, `blamed the referees for the loss`: a "
         "verb of charging, blaming or praising whose object (a noun phrase, or `each other`, `one another`, `the "
         "other`, whatever their tags) is followed by the preposition opening the charge reports both: who is charged and with what (not a passive: `was accused of fraud`; not in a relative "
         "clause, which tells who someone is or what the charge was: `the women who accused him of assault`, `the "
         "tricks that Lee accused them of`; the phrase the preposition opens however the parse hung it, a cue not finite in it "
         "part of the deed charged: `for waiting a week to disclose the breach`; up to an owned noun naming a saying, its clause the owner's, `noun-cue`: "
         "`blamed the press for making an issue out of his claim that ...`).", _charge_object,
         (Example("The governor blamed the press for making an issue out of his claim that the bridge was unsafe.",
                  "the press for making an issue out of his claim", "The governor"),
          Example("Critics have accused the agency of hiding the data on water quality.",
                  "the agency of hiding the data on water quality", "Critics"),
          Example("The coach blamed the referees for the loss in the final.", "the referees for the loss in the final",
                  "The coach"),
          Example('Fans slammed the star for the post, with one fan writing: "Have some respect."',
                  "the star for the post", "Fans"),
          Example("The two neighbours accused each other of moving the fence.", "each other of moving the fence",
                  "The two neighbours"),
          Example("Critics slammed the firm for waiting a week to disclose the breach.",
                  "the firm for waiting a week to disclose the breach", "Critics"))),
    Rule("reported-object", "content", "`denied the allegations`, `warned of a recession`: the noun phrase a "
         "cue takes as its message (a noun naming a saying with its own `that` clause, `asked about the mayor's claim "
         "that ...`, with that clause; with `about` or `around` before a number or currency sign, which tells how "
         "many: `said about six weeks`, `said around $4 million`, unless a verb follows the amount, whose clause "
         "it opens; a verb of questioning someone, lexicon QUESTIONING_VERBS, puts its topic to its "
         "object or passive subject: `grilled the director about the funds`, not `pressed on with the vote`; a "
         "phrase of `of` after the noun is the noun's, a word of time at its end too: `predicted a rise of 3% next "
         "year`; not the noun phrase right after an `-ing` complement, that verb's object: `denied targeting "
         "civilians`; a possessive `her` right before the noun, however the parse hung it, opens the phrase: "
         "`disclosed her ties to the mayor`; a past form with no `be` or `get` is active, as `unmarked-passive` reads it, whatever relation "
         "the parse gave its subject: `Nurses complained of long shifts`; an `-ing` clause right after the noun "
         "after the preposition is the noun's, its subject: `told of children being turned away`; a currency sign "
         "takes the numbers after it: `reported a surplus of $2 million`; `urge` with a thing urged and no one told "
         "to act: `Unions urged a rethink`; a verb of rejecting only when its object names a claim, lexicon "
         "CLAIM_OBJECT_REPORTS: `rejected the claims that ...`, not `rejected the bid`; `admit` only when its object "
         "names a blame owned up to, lexicon OWNED_DEED_REPORTS: `admitted liability for the crash`, not `admitted "
         "more students`; `deny` not with a thing granted on asking, lexicon WITHHELD_GRANTS: `denied the "
         "allegations`, not `denied a variance for the station`, `denied the motion` (refused); a phrase of `in` telling how "
         "or where it was said is none of it: `denied the claim in the strongest terms`, `in a statement`, `in its "
         "release notes`; nor a "
         "phrase of `to` naming those it was passed on to, lexicon TOLD_AUDIENCES: `confirmed the arrest to "
         "reporters`, or a news outlet, lexicon NEWS_OUTLET_WORDS capitalised, OUTLET_NOUNS: `confirmed the news to "
         "Reuters`, not `announced the move to Chelsea`; a run bounding an amount right after the verb, lexicon AMOUNT_OPENERS, opens the object "
         "whatever the parse made of it: `predicted up to 2 feet of snow`, `confirmed at least 12 deaths`, not "
         "before a verb: `predicted up to 40% of homes would ...`; such a run and its amount right after the object "
         "tell how much of it, the object's still: `a tornado with winds up to 150 mph`; after a report that values its object, lexicon "
         "VALUING_REPORTS, `at` and an amount are the estimate: `estimated damage at $3 billion`, not `at the scene`; "
         "a verb of praise or blame, lexicon PRAISE_BLAME_REPORTS, only with its verdict or grounds after the object, "
         "lexicon VERDICT_LINKS: `slammed the plan as reckless`, `over its pay offer`, not bare `condemned the "
         "attack`, nor `as` after a noun of a service record, `touted his record as governor`; a name right after "
         "the noun goes on it, wherever the parse hung it: `announced interim director Maria Ruiz's resignation`; "
         "a year after `in` is when: `disclosed its losses in 2019`; a phrase right after the noun of the cue's "
         "own `in` phrase is that noun's, no topic: `wrote in a post on X, formerly Twitter, that ...`; nor is `on` and "
         "a platform a post goes out on, where it was written: `wrote on X that ...`, `on his blog`, lexicon "
         "POSTING_PLATFORMS, POSTING_PLACES (not `on Facebook's new policy`); a phrase "
         "of time or a piece of writing after the noun is when or where, lexicon OCCASION_NOUNS: `announced her "
         "candidacy in March`, `wrote about the budget in a column`; an apology names its wrong after `for`: "
         "`apologised for the breach`; `claim` with a noun of owning a deed, lexicon CLAIMED_DEEDS, reports the deed "
         "after `for`: `claimed credit for the drop in crime`; `cite` reports its object only as a participle set off by a "
         "comma after the clause of the step it backs, the reason given, with no clause of its own within it, an "
         "`-ing` word before its noun the noun's (lexicon SET_OFF_OBJECT_REPORTS: `Acme cut its outlook, citing weak "
         "demand`, `citing rising costs`, with the nouns joined to it: `citing falling demand and rising costs`; "
         "a `by` phrase after a noun of a text or study names its author and joins it, lexicon AUTHORED_BY_NOUNS: "
         "`citing a report by analysts`, not `denied the report by phone`; not a noun for speakers, the report's "
         "source: `citing two sources`, lexicon SPEAKER_NOUNS; or opening its sentence before the clause of "
         "the step, read from the words up to its comma: `Citing weak demand, the company cut its outlook`, not before a "
         "report of its own, whose source it names: `Citing two sources, the paper reported ...`; not after a passive, "
         "whose subject cites nothing: `The request was denied, "
         "citing privilege`; not `Police cited the driver for "
         "speeding`, a summons, nor `citing a report that found ...`, whose own finding is reported); nothing where the cue's "
         "object is a fronted `what`, "
         "words the sentence leaves untold: `What leaders said about the climate deal`, a headline over them); a "
         "comma before a word of contrast (`but`, `while`, `though` ...) or a semicolon ends an object's phrase: "
         "`Officials deny any links to the group, but critics point to its funding`.",
         _reported_object,
         (Example("The bank admitted liability for the crash.", "liability for the crash", "The bank"),
          Example("The company cut its forecast, citing falling demand and rising costs.",
                  "falling demand and rising costs", "The company"),
          Example("The company cut its forecast, citing a report by analysts.", "a report by analysts", "The company"),
          Example("Citing a lack of evidence, prosecutors dropped the charges.", "a lack of evidence", "prosecutors"),
          Example("She announced her candidacy in March.", "her candidacy", "She"),
          Example("The minister wrote about the budget in a column.", "the budget", "The minister"),
          Example("Norvale apologised for the breach.", "the breach", "Norvale"),
          Example("Ruiz confirmed the news to Reuters.", "the news", "Ruiz"),
          Example("Unions hit out at ministers over pay.", "ministers over pay", "Unions"),
          Example("The hackers claimed credit for breaking into the servers.", "breaking into the servers",
                  "The hackers"),
          Example("The senator denied the allegations about his campaign funds.",
                  "the allegations about his campaign funds", "The senator"),
          Example("Unions urged a rethink of the pension plan.", "a rethink of the pension plan", "Unions"),
          Example("The senator rejected the claims that she had lied.", "the claims that she had lied", "The senator"),
          Example("The minister denied the claim in the strongest terms.", "the claim", "The minister"),
          Example("Parents complained of long waits.", "long waits", "Parents"),
          Example("Parents told of children being turned away.", "children being turned away", "Parents"),
          Example("The council reported a surplus of $2 million last year.", "a surplus of $2 million", "The council"),
          Example("Forecasters predicted up to 2 feet of snow.", "up to 2 feet of snow", "Forecasters"),
          Example("Police confirmed at least 12 deaths in the county.", "at least 12 deaths in the county", "Police"),
          Example("The agency estimated damage at $3 billion.", "damage at $3 billion", "The agency"),
          Example("The chairman grilled the director about the missing funds.", "the missing funds", "The chairman"),
          Example("The minister was pressed by Hart over the cost of the scheme.", "the cost of the scheme", "Hart"),
          Example("Economists warned of a deep recession next year.", "a deep recession next year",
                  "Economists"),
          Example("The company denied any role in the collapse of the old bridge.",
                  "any role in the collapse of the old bridge", "The company"),
          Example("The union demanded deep cuts to foreign aid.", "deep cuts to foreign aid", "The union",
                  parse=example_parse("to-as-mark")),
          Example("The mayor announced the new budget plan on Tuesday.", "the new budget plan", "The mayor"),
          Example("The union disputed the company's figures on overtime.", "the company's figures on overtime",
                  "The union"),
          Example("She disclosed her ties to the mayor.", "her ties to the mayor", "She"),
          Example("Sam Lee said about six weeks.", "about six weeks", "Sam Lee"),
          Example("Tom Berg said about $4,000.", "about $4,000", "Tom Berg"),
          Example("Pressed on the price, the mayor said around $4 million.", "around $4 million", "the mayor"),
          Example("The firm announced the plan approved by the board.", "the plan approved by the board",
                  "The firm"),
          Example("The trade group spelled out its concerns as it commented on the proposed rules.",
                  "the proposed rules", "it"),
          Example("The bank predicted a rise of 3% next year.", "a rise of 3% next year", "The bank"),
          Example("A police spokesman confirmed the arrest to our correspondent on Sunday.", "the arrest",
                  "A police spokesman"),
          Example("The mayor criticized the plan as reckless.", "the plan as reckless", "The mayor"),
          Example("The union slammed the company over its pay offer.", "the company over its pay offer",
                  "The union"),
          Example("The board announced interim director Maria Ruiz's resignation.",
                  "interim director Maria Ruiz's resignation", "The board"),
          Example("The firm disclosed its losses in 2019.", "its losses", "The firm"),
          Example("The weather service confirmed a tornado with winds up to 150 mph.",
                  "a tornado with winds up to 150 mph", "The weather service"),
          Example("Officials reported damage to more than 300 homes.", "damage to more than 300 homes",
                  "Officials"),
          Example("Acme cut its full-year outlook, citing weaker demand in Europe.", "weaker demand in Europe",
                  "Acme"))),
    Rule("preposition-gerund", "content", "`warned against cutting the budget`, `complained about paying more`: "
         "the `-ing` clause a cue's preposition opens, where a noun phrase there would be its message (also "
         "after a passive whose subject is the listener: `was asked about raising the tax`; and after `admit to` "
         "or `confess to`, lexicon GERUND_PREPOSITION_REPORTS: `admitted to taking the money`).",
         _preposition_gerund,
         (Example("The mayor warned against cutting the police budget.", "cutting the police budget",
                  "The mayor"),
          Example("Residents complained about paying higher water fees.", "paying higher water fees",
                  "Residents"),
          Example("At a forum last week, the senator was asked about raising the fuel tax.",
                  "raising the fuel tax", None),
          Example("Lee admitted to taking the money.", "taking the money", "Lee"))),
    Rule("sign-words", "content", "`The sign on the door said Exit Only`: `say` with a sign for its subject and a "
         "noun phrase, no clause, for its object gives the words on the sign, which no one says: it reports "
         "nothing.", _sign_words,
         (Example("The sign above the gate said Staff Only.", "Staff Only", kept=False),)),
    Rule("object-topic", "content", "`said nothing about the tax`, `asked questions about the deal`: the topic "
         "after an object that names how much was said or the saying itself.", _object_topic,
         (Example("The mayor said nothing about the new fuel tax.", "the new fuel tax", "The mayor",
                  parse=example_parse("object-topic")),)),
    Rule("listener-topic", "content", "`asked the senator about the tax`: a topic's preposition right after a "
         "verb's listener opens the noun phrase reported, which may be two words, as any reported noun phrase: `warned "
         "members of possible layoffs`.", _listener_topic,
         (Example("The host asked the senator about the new fuel tax.", "the new fuel tax", "The host",
                  parse=example_parse("listener-topic")),
          Example("After the council voted, the reporter asked the mayor about the new parking fees.",
                  "the new parking fees", "the reporter", parse=example_parse("fronted-asked")))),
    Rule("reported-subject", "content", "`The move was first reported by the Herald`: a passive report with its "
         "speaker in a `by` phrase reports its subject.", _reported_subject,
         (Example("The merger was first reported by the Daily Ledger.", "The merger", "the Daily Ledger"),)),
    Rule("relative-report", "content", "`laws that critics say target teachers`, `France, which the agency says "
         "had the highest wage`: a verb of saying whose subject follows a relative pronoun after a noun (or "
         "`what`), its clause right after it with no `that` or subject of its own, reports the relative clause, "
         "from the pronoun to the next comma, dash, colon or semicolon, read from the words.", _relative_report,
         (Example("The council passed new rules for street vendors, which the union says hurt small traders.",
                  "which the union says hurt small traders", "the union"),
          Example("The county built the fences that neighbors say block the river path.",
                  "that neighbors say block the river path", "neighbors"))),
    Rule("fronted-phrase", "content", "`When Ruiz said the word \"taxes,\" the audience booed`: a cue in a "
         "subordinate clause opening its sentence, with no verb between it and the comma closing that clause, "
         "reports no further than that comma: a quoted fragment there, or nothing (`When Ruiz said it, ...`; an "
         "object that is a message, `When Ruiz denied the charges`, `reported-object` reads first).",
         _fronted_phrase,
         (Example("When Tom Berg said it, the whole crowd booed.", "it, the whole crowd booed", "Tom Berg",
                  kept=False),
          Example("When the mayor said the word taxes, the audience booed.", "the word taxes, the audience booed",
                  "the mayor", kept=False))),
    Rule("rest-to-contrast", "content", "`said the mill will close, but the town ...` read from the words: the rest "
         "of the sentence up to a semicolon, or a comma and `but`, `while`, `though`, ..., outside quotations (a "
         "quotation closing on that comma ends the report with its closing mark).", _rest_to_contrast,
         (Example("Aides said more than 3 million voters made calls to the office, but the lines stayed open.",
                  "more than 3 million voters made calls to the office", "Aides"),
          Example('Aides said many callers were "very angry," though the lines stayed open.',
                  'many callers were "very angry,"', "Aides", parse=example_parse("contrast-after-quote")))),
    Rule("rest-of-sentence", "content", "What follows the cue in its sentence, when it is a clause, up to a comma "
         "and an `-ing` form of `cite`, the report's sources or reasons: `said the deal was off, citing officials` (not a verb "
         "after `and` alone, past the listener or a phrase: `She told the court and then left` is her next act; nor "
         "the cue's object and an adverbial clause holding the one finite verb: `I wrote the first one while he was "
         "dying` tells when, no clause written; nor "
         "a topic's phrase right after the listener: `told the board about a plan that ...`; nor "
         "the word right after `tell`, its listener whatever its tag: `told reporters the new rules`; for a "
         "participle opening its sentence, `Noting he ..., Lee said`, up to its first comma (after its own preposition "
         "or adverbs too: `By claiming that the count was rigged, the senator angered ...`; a cue in `to` it "
         "governs too: `By refusing to admit any fault, the mayor turned ...`); for a cue in a "
         "relative clause set off after a noun, or in a description set off there, up to the comma closing "
         "it before the main verb, a quotation closing on that comma too: `Jane Doe, a nurse who said ..., said`, "
         "and for one in a relative clause on the noun phrase opening its sentence, with no comma, up to the "
         "sentence's own verb after an adjective or verb closing the report: `The official who said the plan was "
         "dead resigned on Monday` (a bare form too: `Parents who said it was unsafe want answers`; a noun-tagged "
         "word before `to` and a verb, in the number the relative's noun takes, with no finite verb after it: "
         "`Residents who say it is unsafe plan to protest`, or before a preposition, after a verb or a predicate "
         "adjective, when no later word could be that verb: `Workers who say the mill is closing fear for their "
         "jobs`), or after a noun when the parse makes that verb the "
         "predicate of the relative's noun: `The woman who said she saw the crash is a nurse`, "
         "or else before the last of two or more tensed verb groups after it: `Voters who "
         "say the economy is their top concern were split`; for a participle right after the noun phrase opening "
         "its sentence, before the last of two or more such groups, and nothing with fewer: `A man claiming ties "
         "to a gang shot two guards` (a second finite word opens a group of its own: `People saying the war is over "
         "are wrong`); nothing for a cue in `-ed` right after the noun phrase opening its sentence "
         "and before a modal or tensed auxiliary, a participle on that noun: `A merger announced Friday would ...`; "
         "`Lopez, who says they were \"...,\" called`, past paired commas of asides within what was said: `Lee, "
         "who said that, in his view, the plan works, resigned`; past a clause of a point in time right after the cue or its "
         "listener when the clause after it is in the present or has a modal: `told residents after the storm "
         "passed the roads would reopen`, not one in the past, events told in order: `told reporters after "
         "officers searched the house they found cash`; past a phrase of where it was said (a day before it too: `said Thursday on a podcast that ...`), its `-ing` "
         "noun after a determiner whatever its tag, or after such a phrase's nouns: `said in a recording that ...`, `said in "
         "a stock exchange filing that ...`; past `to` and the one spoken to after an active verb whose `to` opens no "
         "infinitive, whatever the parse made of the words: `admitted to police that he lied`); nor the cue's object "
         "and a second cue verb joined to it by a conjunction with no subject of its own: `claimed momentum and argued "
         "he was ...` is two reports, the clause the second's).",
         _rest_content,
         (Example("The mayor said of the bridge that it is safe.", "that it is safe", "The mayor"),
          Example("By claiming that the count was rigged, the senator angered his own party.",
                  "that the count was rigged", "the senator"),
          Example("The senator claimed momentum and argued he was the stronger candidate.",
                  "he was the stronger candidate", "The senator"),
          Example("Lee admitted to police that he lied.", "that he lied", "Lee"),
          Example("Aides said more than 3 million voters made calls to the office.",
                  "more than 3 million voters made calls to the office", "Aides"),
          Example("Analysts said the report raised questions about the bank's lending.",
                  "the report raised questions about the bank's lending", "Analysts"),
          Example("The station reported at least four smiling volunteers filled the hall.",
                  "at least four smiling volunteers filled the hall", "The station"),
          Example("Jane Doe, a nurse who said she had worked double shifts, said the hospital was understaffed.",
                  "she had worked double shifts", "who"),
          Example('Lopez, who says the fines were "far too high," called the vote a mistake.',
                  'the fines were "far too high,"', "who"),
          Example("Security researcher Ben Ortiz, who first flagged the issue, said the app sent precise "
                  "coordinates to a server every few minutes.",
                  "the app sent precise coordinates to a server every few minutes", "Security researcher Ben Ortiz",
                  parse=example_parse("relative-then-said")),
          Example("The mayor told residents after the storm passed the roads would reopen.", "the roads would reopen",
                  "The mayor"),
          Example("Tom Berg said in a recording that the deal was dead.", "that the deal was dead", "Tom Berg"),
          Example("The judge wrote in her ruling that the law was unconstitutional.",
                  "that the law was unconstitutional", "The judge"),
          Example("The founder said Thursday on a podcast that the app would stay free.",
                  "that the app would stay free", "The founder"),
          Example("Lee, who said that, in his view, the plan works, resigned on Friday.",
                  "that, in his view, the plan works", "who"),
          Example("The official who said the plan was dead resigned on Monday.", "the plan was dead", "who"),
          Example("The aide who said the deal was done was fired on Friday.", "the deal was done", "who"),
          Example("Voters who say the economy is their top concern were evenly split.",
                  "the economy is their top concern", "who"),
          Example("A man claiming the vote was rigged shot two guards at the depot.", "the vote was rigged",
                  "A man"),
          Example("The woman who said she saw the crash is a nurse.", "she saw the crash", "who"),
          Example("Residents who say the plant is unsafe plan to protest.", "the plant is unsafe", "who"),
          Example("People saying the war is over are wrong.", "the war is over", "People"),
          Example("Workers who say the mill is closing fear for their jobs.", "the mill is closing", "who"))),
    Rule("gerund-subject", "content", "`Economists say taxing fuel encourages saving`, `Some economists say "
         "that taxing fuel encourages saving`: after an active cue (and `that`), a word in `-ing`, its object's "
         "noun phrase and then a finite verb (a gerund subject is singular: an `-s` form after the object's noun "
         "is that verb, whatever its tag, as is an `-ed` form: `Analysts note hiring slowed in May`; after a verb that takes a gerund for its message, `denied misleading "
         "investors`, only a verb tagged finite) is a clause said: the rest of the sentence.", _gerund_subject,
         (Example("Economists say taxing fuel encourages saving.", "taxing fuel encourages saving", "Economists"),
          Example("Some economists say that taxing fuel encourages saving.", "that taxing fuel encourages saving",
                  "Some economists"),
          Example("Residents complain flooding worsens every spring.", "flooding worsens every spring",
                  "Residents"),
          Example("Analysts note hiring slowed in every region last month.",
                  "hiring slowed in every region last month", "Analysts"))),
    Rule("say-noun-then-verb", "content", "`Aides say her strong finish and proven record make her ...`: after "
         "an active `say`, a noun phrase and then a verb of any tag, past commas, is the clause said: the rest "
         "of the sentence; a word of amount standing for a noun is such a phrase, whatever its tag (lexicon "
         "AMOUNT_PRONOUNS: `said more needed to be done`).", _before_main_verb(_say_noun_then_verb),
         (Example("The bureau says young renters, numbering 75 million, outgrew older owners in 2015.",
                  "young renters, numbering 75 million, outgrew older owners in 2015", "The bureau"),
          Example("The chief minister said more needed to be done.", "more needed to be done",
                  "The chief minister"))),
    Rule("that-after", "content", "`Lee added that, in her view, ...`, `complained to the host that ...`: "
         "`that` after a verb of saying, past its listener, its own phrase or a set-off aside, and before a comma "
         "or a clause (its subject may be a plural noun tagged as a verb before an auxiliary or a past form: `that "
         "talks had stalled`, `that residents deserved`, a mass noun tagged as a verb before one in `-s`: `that demand "
         "continues`, or open with a participle before its nouns and their verb: `that affected staff will`, "
         "`that rolling blackouts would ...`, or be a compound noun whose first word is tagged as a bare verb, before "
         "an auxiliary: `that heat pumps would`; the cue's own phrase may hold a participle's phrase on its noun: "
         "`said in a statement carried by the agency that ...`, or close in an aside set off by commas: `said in a "
         "post on X, formerly known as Twitter, that ...`, a relative clause with its own verb too: `said in a letter, "
         "which was seen by reporters, that ...`, or be a preposition before an `-ing` noun, whatever its tag: `said "
         "under questioning from MPs that ...`; any cue verb with a phrase of where it was said right after it, lexicon "
         "SAID_WHERE_PREPOSITIONS, not its topic's: `shouted across the chamber that ...`, or `on` and a platform a post "
         "goes out on: `posted on Telegram that ...`, `on her Facebook page`, lexicon POSTING_PLATFORMS, POSTING_PLACES, "
         "or `to` and the one spoken to after a verb whose `to` opens no infinitive, lexicon TO_LISTENER_VERBS: "
         "`disclosed to lawmakers that ...`), "
         "opens what was said, to "
         "the sentence's end or to "
         "the comma closing a relative clause that "
         "holds the cue (`The official, who told us that ..., said`), whatever the parse made of it; any other cue "
         "verb so only as a participle set off by a comma after its clause with `that` right after it (`He "
         "reminisced about summers, recalling that the water was cold`, the clause hung from the main verb).",
         _that_after,
         (Example("The minister said in a post on X, formerly known as Twitter, that the talks must go on.",
                  "that the talks must go on", "The minister"),
          Example("Ruiz posted on her blog that the vote was rigged.", "that the vote was rigged", "Ruiz"),
          Example("The minister wrote in a post on X, formerly known as Twitter, that the talks had failed.",
                  "that the talks had failed", "The minister"),
          Example("The coach said -- on the radio, as it happens -- that the fans misunderstand the team.",
                  "that the fans misunderstand the team", "The coach"),
          Example("A spokesman for the firm said in an emailed statement that affected employees would receive "
                  "severance pay.", "that affected employees would receive severance pay", "A spokesman for the firm"),
          Example("A spokesman for the power company said by telephone that rolling blackouts would continue "
                  "through the weekend.", "that rolling blackouts would continue through the weekend",
                  "A spokesman for the power company"),
          Example("The lead author said on a call with reporters that demand continues to grow.",
                  "that demand continues to grow", "The lead author"),
          Example("The army said in a message sent to reporters that the operation was over.",
                  "that the operation was over", "The army"),
          Example("The mayor said in her newsletter that residents deserved a proper hearing.",
                  "that residents deserved a proper hearing", "The mayor"),
          Example("The government said in its net zero strategy that heat pumps would replace gas boilers.",
                  "that heat pumps would replace gas boilers", "The government"),
          Example("He reminisced about summers on the lake, recalling that the water was always too cold.",
                  "that the water was always too cold", "He"),
          Example("She said in a letter, which was seen by reporters, that the plan had failed.",
                  "that the plan had failed", "She"),
          Example("Diaz said under questioning from reporters that he would back the bill.",
                  "that he would back the bill", "Diaz"),
          Example("One Labour MP shouted across the chamber that the minister should resign.",
                  "that the minister should resign", "One Labour MP"))),
    Rule("headline-rest", "content", "`City Paper Says Mayor Needs To Quit, Show Care For Flood Victims`: in a "
         "headline in title case, the words after a verb of saying with its speaker before it, to the end.",
         _headline_rest,
         (Example("City Paper Says Mayor Needs To Quit Political Games, Show Care For Flood Victims.",
                  "Mayor Needs To Quit Political Games, Show Care For Flood Victims", "City Paper"),)),
    Rule("gerund", "content", "`denied taking the money`, `reported spending $1 million`: the `-ing` clause a "
         "cue takes as its message (after `having` or `being`, the participle's words too: `denied having met the "
         "envoy`, `admitted being paid`; not an aside set off by commas on both sides: `reported, citing two sources, "
         "that ...`; nor a phrase a comma sets off after the clause: `The request was denied, citing privacy`; the "
         "noun phrase right after an `-ing` verb with no object is its object, wherever the parse hung it: `denied "
         "targeting civilians`; a clause of time closing it runs on over its verb, however the parse hung it: "
         "`recalled hearing a roar before the buildings fell`).",
         _time_clause_goes_on(_gerund_content),
         (Example("The senator denied taking money from the lobbyists.", "taking money from the lobbyists",
                  "The senator"),
          Example("Residents recalled hearing a roar before the buildings fell.",
                  "hearing a roar before the buildings fell", "Residents"),
          Example("He denied having met the envoy.", "having met the envoy", "He"),
          Example("She admitted being paid by the firm.", "being paid by the firm", "She"),
          Example("The army repeatedly denied targeting civilians.", "targeting civilians", "The army"))),
    Rule("verdict", "content", "`after Ruiz was declared the winner`: a passive cue of a verdict reports who it is "
         "said of and the verdict after it.", _verdict,
         (Example("Supporters cheered after Ruiz was declared the winner in Ohio.", "Ruiz the winner in Ohio", None,
                  parse=example_parse("verdict")),)),
    Rule("last-object", "content", "`CNN noted the sparse crowd`, `she recalled his kindness`, `Lee says unkind "
         "things`: with no clause after it, the noun phrase a cue of noting, recalling or saying takes as its "
         "object (not goods or envoys withdrawn, lexicon WITHDRAWN_OBJECTS: `recalled 40,000 vehicles`), to the next comma (a clause whose verb the tagger took for a noun with it, and the pronoun right "
         "after `say` that is that clause's subject: `has said it expects margins to improve`).",
         _before_main_verb(_last_object),
         (Example("The station also noted the unusually small crowd.", "the unusually small crowd", "The station"),
          Example("The senator says unkind things.", "unkind things", "The senator"),
          Example("The company, which reports earnings next week, has said it expects margins to improve.",
                  "it expects margins to improve", "The company"))),
))
