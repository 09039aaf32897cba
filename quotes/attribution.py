"""Third stage: cues and speakers from dependency parses.

Pure functions over parsed sentences.  A cue is a speech or report verb (by
lemma) or `according to`; its speaker is the verb's subject (or passive agent)
expanded to the whole noun phrase, and its content the clause it governs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Iterator, Sequence

from .lexicon import (SET_OFF_RELATIVES, TOLD_AUDIENCES, OCCASION_PREPOSITIONS, CLAIM_OBJECT_REPORTS, BROADCAST_OCCASIONS, SAYING_MANNER_NOUNS, COMPANY_SUFFIXES, CAPITALISED_OFFICES, NOUN_SPELT_PASTS, ADJACENT_TOPIC_VERBS, TO_LISTENER_VERBS, INFINITIVE_NOUNS, KEPT_BACK_FORMS, QUANTIFIER_CLAUSE_OPENERS, QUANTIFIER_COMMA_OPENERS, VIEW_NOUNS, PAST_ONLY_FORMS, COMMITMENT_OBJECT_VERBS, COMMITMENT_NOUNS, FIRST_PERSON_POSSESSIVES, CONNECTIVE_ADVERBS, RECIPROCAL_HEADS, PLURAL_AGREEING_BODIES, VERB_ONLY_CUE_BASES, KIN_NOUNS, TENURE_NOUNS, WORK_NOUNS, TOPIC_ONLY_PREPOSITIONS, SAYING_OBJECT_VERBS, EXTRAPOSING_VERBS, UNABBREVIATED_STATES, MONTH_ABBREVIATIONS, MEANS_PREPOSITIONS, SOURCE_WITH_NOUNS, WITHHELD_NAME_FORMS, FLOATING_QUANTIFIERS, UNSUPPORTED_WORDS, QUESTIONING_VERBS, QUESTIONING_FORMS, APPROXIMATING_PREPOSITIONS, AMOUNT_OPENERS, VALUING_REPORTS, FOREIGN_TAG_NAME_ONLY, FOREIGN_INVERTED_PRONOUNS, SURNAME_PARTICLES, DEPICTION_NOUNS, ADDRESS_STYLES, THAT_CLAUSE_CUES, CONSTITUENCY_WORDS, KNOW_ASKING_VERBS, HEADLINE_SOURCE_WORDS, TOPIC_LISTENER_VERBS, PREPOSITIONS, PLURAL_ONLY_NOUNS, HEADLINE_LABEL_SOURCES, TITLE_MODIFIERS, NOT_SPEAKER_LABELS, TITLES, NAME_GIVING_FORMS, HONORIFICS, NORM_NOUNS, PER_SOURCE_NOUNS, SPEAKING_PAPERS, PAPER_MODIFIERS, PAPER_VERBS, DOUBLE_OBJECT_VERBS, SEQUENCE_ADVERBS, DEGREE_LETTERS, EVENT_PREPOSITIONS, CLAUSE_OPENERS, STOCK_EXCHANGES, SET_OFF_TITLES, SET_OFF_TITLE_WORDS, FINDING_BODIES, COURT_OCCASION_NOUNS, MADE_ONLY_NOUN_CUES, CHARGE_VERBS, STANCE_NOUNS, STANCE_COPULAS, CALL_FOR_FORMS, PRESCRIBING_THINGS, BARE_NOT_MESSAGES, CONDITIONAL_WARNINGS, OF_TAKING_VERBS, DAY_NAME_WORDS, WEEKDAYS, DAY_PARTS, OWNER_PROOF_FORMS, LEARNED_FORMS, NEWS_OUTLET_WORDS, OUTLET_NOUNS, PROGRAMME_NOUNS, NONFINAL_ABBREVIATIONS, RELATION_NOUNS, FINDING_FORMS, RESEARCH_NOUNS, RELATIVE_PRONOUNS, HEARING_BODIES, HEARING_FORMS, GROUP_NOUNS, ORGANISATION_WORDS, SPEAKER_NOUNS, CLAUSE_LISTENER_VERBS, OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS, TOLD_THINGS, TOPIC_OBJECTS, TOPIC_PREPOSITIONS, ANSWER_WORDS, BARE_QUESTION_WORDS, NEGATIONS, LINKING_ASIDES, OCCASION_NOUNS, REFLEXIVE_PRONOUNS, WITHHELD_IDENTITY, PLURAL_AFTER_A, EVIDENCE_NOUNS, SHOWING_FORMS, MEDIUM_PREPOSITIONS, COMPARING_OPENERS, COMPARING_WORDS, EXPECTATION_WORDS, SENTENCE_LINKING_ADVERBS,
                      NEGATING_SUFFIXES, FRONTED_OPENERS, SUBORDINATE_OPENERS, CLAUSE_PREPOSITIONS, QUOTING_VERBS, SIDE_CLAUSE_OPENERS, CIRCUMSTANCE_OPENERS,
                      LAST_OBJECT_REPORTS, MENTION_HOSTS, MENTION_NOUNS, NOUN_CUES, NOUN_CUE_HOSTS, NOUN_CUE_ON_HOSTS, VERDICT_REPORTS, COMMISSIVE_VERBS,
                      DIRECTIVE_VERBS, SUMMARY_NOUNS, COMMA_ASIDE_OPENERS, GERUND_REPORTS, RAISING_REPORTS, CLAIM_NOUNS, SAID_RITUALS, ANNOUNCED_PICKS, SIGNS, ISSUING_VERBS, LISTENER_VERBS, MARK_CHARS, NAMING_AS_ONLY,
                      NAMING_FORMS, INFINITIVE_FORMS, PERSON_RELATIVES, SPEAKING_CONDITIONS, WITHHOLDING_VERBS, CLAIMED_PRIZES, SPEAKING_TEXTS, CURRENCY_SIGNS, INVERTING_VERBS, PLEDGE_INVERTERS, NOUN_REPORTS, GERUND_PREPOSITION_REPORTS, AS_ONLY_REPORTS, OBJECT_CONTROL, OBJECT_CUES, THAT_ONLY_CUES, THAT_CLAUSE_CUES, COMMAND_FORMS, VERDICT_WORDS, CHARGED_VERBS, COMMANDED_NOUNS, PARTICIPLE_NOUNS, SET_OFF_REPORTS,
                      PERCEPTION_VERBS, PHRASAL_CUES, PHRASE_ADJECTIVES, PHRASE_PREPOSITIONS, POST_PLACE_PREPOSITIONS, REPEATING_VERBS, NAME_PREPOSITIONS,
                      PLACE_PREPOSITIONS, NEW_SOURCE_WORDS, NOMINATIVE_PRONOUNS, DEMONSTRATIVE_PRONOUNS, OPENING_SAY_FORMS,
                      PLAIN_QUESTION_OPENERS, PREPOSITION_REPORTS, QUANTIFIER_PRONOUNS, NOUN_LIKE_FORMS, SAY_FORMS, IRREGULAR_PARTICIPLES, TOLD_PLURALS,
                      SHARE_WORDS, AUXILIARIES, QUESTION_OPENERS, QUESTION_VERBS, REASON_SUBORDINATORS,
                      REDUCED_CLAUSE_OPENERS, ROLE_WORDS, SAY_VERBS, SUBJECT_OPENERS, TELLING_OPENERS, TELLING_VERBS, TELL_FORMS,
                      TIME_NOUNS, TIME_OPENERS, SPAN_NOUNS, SPAN_WORDS, MONTHS, CALENDAR_NOUNS, CALENDAR_PLACERS, STYLE_PREFIXES, TIME_SUBORDINATORS, HEDGE_ADJECTIVES, GENERIC_MODALS, ADMITTED_PEOPLE, PHRASE_DETERMINERS, BRACKET_PARTY_LABELS, BRACKET_PARTY_PHRASES, MOTION_CUES, cue_lemma, cue_lemmas, first_names, party_label)
from .entities import describe
from .lexicon import MADE_ONLY_WORKS, NAMING_NOUNS, WORK_MAKING_FORMS, AFFILIATION_PREPOSITIONS
from .parse import FINITE_TAGS, SINGULAR_NOUN_TAGS, Word
from .rules.registry import Example, Rule, Table
from .rules.text import defined_term, source_word, HEADLINE_CLAIM_WORDS, HEADLINE_DASH_SOURCE_WORDS, HEADLINE_NAME_WORDS, stopless_line, title_case, foreign_tag
from .rules.tree import Parsed, cue_form, demonstrative, joined_past_infinitive, preposition, relative_pronoun, time_word, to_infinitive

__all__ = ["ANSWER_CONTENTS", "Cue", "aside_before", "NOUN_CONTENTS", "clause_subject", "find_cues", "fronted_close", "governing_subject", "subtree_span", "linked", "verb_subjects"]

_SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
_COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
_FINITE = FINITE_TAGS  # a clause of its own, not an object noun phrase
_INVERTED = frozenset({"obj", "iobj", "nsubj", "dep", "appos", "xcomp"})  # what parsers make of `said SPEAKER`
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_NAMES = frozenset({"NOUN", "PROPN"})
_APPROXIMATORS = frozenset({"about", "around", "nearly", "almost"})  # `about half`: a number, not a place
_COMPARATIVES = frozenset({"more", "less", "fewer"})  # `more than a million people`: before `than`, a quantity
_CLAUSAL = frozenset({"VERB", "AUX", "ADJ", "NOUN"})  # what a clause may be headed by
_AFTER_REPORT = frozenset({"obl", "obl:tmod", "obl:npmod", "advmod", "nmod:tmod"})  # `said on Tuesday`
_RUN_WORDS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ", "SYM"})  # what a noun phrase is made of
_RUN_LINKS = frozenset({"of", "in", "out", "as", "and"})  # `three in 10`, `four out of 10`, `as many as 40 percent`
_BRACKET_WORDS = 8  # the longest bracketed aside after a name that `_opening_bracket` looks past
_CLAUSE_BREAKS = frozenset({",", "--", "\u2014", "\u2013"})
_NOMINATIVE = frozenset({"he", "she", "they", "we", "i", "it"})
_JOINING_WORDS = frozenset({"and", "but", "while", "as", "whereas"})  # `..., and Ruiz said`
_CONTRASTS = frozenset({"but", "while", "whereas", "though", "although", "yet"})  # `, but ...`
_DESCRIPTION_OPENERS = frozenset({"a", "an"})  # `..., a move that ...`: a description set off after a noun
_ASIDE_OPENERS = frozenset({"who", "whom", "whose", "which", "where", "when"})  # a set-off relative clause (`, which ...`)
ANSWER_CONTENTS = frozenset({"answer-words", "bare-asked", "according-demonstrative"})  # `content` rules whose content may be one word (`said yes`, `when asked why`, `That's according to X`)
NOUN_CONTENTS = frozenset({"reported-object", "reported-subject", "last-object", "verdict", "mention-of", "call-for", "question-put"})  # `content` rules that report a noun phrase, not a clause
HEADLINE_CONTENTS = frozenset({"headline-colon", "headline-dash"})  # rules crediting a headline's claim, which may be
# two words with a verb (`_headline_claim`: `Police: suspect arrested`)
_NOUN_LINKS = frozenset({"of", "for", "about", "against", "over", "into", "as", "to", "with", "from", "between", "among",
                         "toward", "towards", "in", "on"})  # `a request for comment`, `named Lee as chair`, `her ties to Lee`


@dataclass(frozen=True)
class Cue:
    """A cue word in a parsed sentence, with its speaker and content when the parse gives them."""

    sentence: int                      # index in the document's sentence list
    words: tuple[Word, ...]            # the cue's own words (`said`; `according to`)
    verb: Word                         # the word quotes attach to (the verb, or `according`'s head)
    speaker: tuple[int, int] | None    # character range of the speaker's noun phrase
    speaker_head: Word | None
    content: tuple[int, int] | None    # character range of the governed clause (indirect speech)
    antecedent: tuple[int, int] | None = None  # what a relative pronoun speaker (`who said`) stands for
    more: tuple[int, int] | None = None        # content going on after a reporting clause set within it
    speaker_rule: str | None = None            # the rule that found the speaker (`subject`, `phrase` tables)
    span_rule: str | None = None               # the `span` table's rule that widened the speaker's phrase
    rule: str | None = None                    # the `cue` table's rule that found the cue
    content_rule: str | None = None            # the `content` table's rule that found the content
    cut_rule: str | None = None                # the `cut` table's rule that ended the content sooner

    @property
    def span(self) -> tuple[int, int]:
        return self.words[0].start, self.words[-1].end

    @property
    def naming(self) -> bool:
        """A naming verb (`called it "a disaster"`): a cue only for a quotation right after it; not one with
        the particle that makes it a cue of its own (`called out`: a shout)."""
        return _is_naming_verb(self.verb) and not any(
            w.text.lower() == PHRASAL_CUES.get(self.verb.lemma) and w.index == self.verb.index + 1 for w in self.words)


def subtree_span(words: Sequence[Word], root: Word, skip: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Character range of `root`'s subtree, trimmed of punctuation at its edges (`Parsed.span`)."""
    return Parsed.of(words).span(root, skip)


def _is_cue_verb(w: Word) -> bool:
    """A verb of saying by lemma or form; not one that says only with a `that` clause (`THAT_ONLY_CUES`:
    `submitted a bid`), which `_verb_cue` takes where the clause is there."""
    if w.upos not in ("VERB",) or w.lemma in THAT_ONLY_CUES:
        return False
    if w.lemma in QUESTIONING_FORMS.values() and w.text.lower() not in QUESTIONING_FORMS:
        return False  # `a pressing concern`, `to press the regime for reforms`: only the past questions
    return w.lemma in cue_lemmas() or cue_form(w.text)


def _phrasal_word(s: Parsed, w: Word) -> Word | None:
    """`shot back`, `as X put it`: the word right after a verb that makes it report speech."""
    particle = PHRASAL_CUES.get(w.lemma) if w.upos == "VERB" else None
    after = s.words[w.index + 1] if w.index + 1 < len(s.words) else None
    if particle is None or after is None or after.head != w.index or after.text.lower() != particle:
        return None
    return after


def _is_naming_verb(w: Word) -> bool:
    return w.upos == "VERB" and w.text.lower() in NAMING_FORMS


def _subject(s: Parsed, verb: Word) -> Word | None:
    """The speaker's head: subject, passive agent, or the subject a coordinated or relative verb shares."""
    found = _subject_rule(s, verb)
    return found[1] if found is not None else None


def _subject_rule(s: Parsed, verb: Word) -> tuple[str, Word | None] | None:
    """The `subject` table's first answer for a cue verb: (rule name, the speaker's head or None
    when the rule finds that nobody is named); None when no rule answers."""
    found = SUBJECTS.first(s, verb)
    return None if found is None else (found[0], found[1] or None)


_NOBODY = False  # a subject rule's answer that no one is named: later rules are not asked


def _passive_agent(s: Parsed, verb: Word) -> Word | None:
    """`was told by X`, `When asked by X whether ...`: the passive agent (not `warned against`); a
    participle with no subject and no auxiliary of its own is passive."""
    passive_voice = any(c.deprel == "aux:pass" for c in s.kids[verb.index])
    bare = verb.xpos != "VBG" and not any(c.deprel in _SUBJECTS or c.deprel.startswith("aux")
                                          for c in s.kids[verb.index])  # `standing by the gate` is active
    for k in s.kids[verb.index]:
        by = any(c.lemma == "by" and c.deprel == "case" for c in s.kids[k.index])  # not `warned against`
        next_to = bare and s.subtree(k)[0].index == verb.index + 1  # `asked by a reporter whether`
        if by and (k.deprel == "obl:agent" or (k.deprel == "obl" and (passive_voice or next_to))) \
                and not _means(s, k):
            name = s.words[k.index + 1] if k.index + 1 < len(s.words) else None
            if name is not None and name.upos == "PROPN" and name.head == verb.index and k.upos == "NOUN":
                return name  # `asked by committee chairman Mel Stride` with the name hung apart: the name
            return k
    return None


def _means(s: Parsed, w: Word) -> bool:
    """`said by telephone`, `answered by email`: after `by`, a bare singular common noun, no determiner
    and no name in its phrase, is how something was said, not who said it; not a title right before a
    name the parse hung apart (`asked by committee chairman Mel Stride`)."""
    return w.upos == "NOUN" and w.xpos == "NN" and not any(
        k.deprel in ("det", "nmod:poss", "nummod") for k in s.kids[w.index]) and not any(
        x.upos == "PROPN" for x in s.subtree(w)) \
        and not (w.index + 1 < len(s.words) and s.words[w.index + 1].upos == "PROPN")


def _as_subject(s: Parsed, verb: Word) -> Word | None:
    """`as David Dayen noted` parsed with the name as a phrase of `as`; so too `As the paper reported,
    "..."` opening its sentence, whatever the parse made of the quotation after its comma."""
    opener = _as_clause(s, verb) or _as_opening(s, verb)
    if opener is not None and opener.deprel == "case" and 0 <= opener.head < verb.index \
            and s.words[opener.head].head == verb.index:
        return s.words[opener.head]
    return None


def _naming_noun(w: Word) -> bool:
    """`As the title suggests`, `Its name implies that ...`: a lower-case noun of a name or title a thing bears
    (lexicon NAMING_NOUNS) heads no speaker; what a name suggests is nobody's saying."""
    return w.text in NAMING_NOUNS


def _as_opening(s: Parsed, verb: Word) -> Word | None:
    """`As Politico reported, "..."`: the `as` opening the sentence before a phrase and the cue, with
    a comma right after the cue; the words settle it, however the parse hung what follows."""
    first = next((w for w in s.words if w.upos != "PUNCT"), None)
    nxt = verb.index + 1
    listener = next((k for k in s.kids[verb.index] if k.deprel in ("obj", "iobj") and k.upos in _NOMINAL
                     and s.word_range(s.span(k))[0] == nxt), None) if verb.lemma in LISTENER_VERBS else None
    if listener is not None:  # `As one aide told the Gazette, "..."`: past whom it was told to
        nxt = s.word_range(s.span(listener))[1] + 1
    elif nxt < len(s.words) and s.words[nxt].text.lower() == "it" and s.words[nxt].head == verb.index:
        nxt += 1  # `As Ann Ruiz put it, "..."`: the `it` of the cue's phrase
    after = s.words[nxt] if nxt < len(s.words) else None
    if first is None or first.text.lower() != "as" or after is None or after.text != ",":
        return None
    aside = _as_aside(s, first, verb)  # `As Ann Ruiz, the author of "Dust," put it,`: set off, not the subject
    phrase_end = verb.index if aside is None else aside[0]
    if any(w.upos in ("VERB", "AUX") or w.text == "," for w in s.words[first.index + 1:phrase_end]) \
            or any(k.deprel in _SUBJECTS and not (aside and aside[0] < k.index < aside[1]) for k in s.kids[verb.index]):
        return None  # `As a result, Lee said`: `as` opens a phrase of its own, not the cue's clause
    return first


def _as_aside(s: Parsed, first: Word, verb: Word) -> tuple[int, int] | None:
    """`As Ann Ruiz, who teaches law, put it,`, `As Ann Ruiz, the author of "Dust," put it,`: the commas
    opening and closing a relative clause or a description (`a`, `the` or a possessive first, no finite
    verb, whole quotations only) set off after the phrase that `as` opens, right before the cue."""
    close = verb.index - 1
    while close > first.index and _mark_between(s, close, close + 1):
        close -= 1  # `"Dust,"`: a title's closing mark after the comma
    if s.words[close].text != ",":
        return None
    opening = next((i for i in range(first.index + 2, close) if s.words[i].text == ","), None)
    if opening is None or opening + 1 >= close:
        return None
    lead = s.words[opening + 1]
    description = (lead.upos == "DET" or lead.xpos == "PRP$") and _whole_quotations(s, opening, close) and not any(
        w.xpos in _FINITE for w in s.words[opening + 1:close])
    return (opening, close) if description or _relative_aside(s, close) == opening else None


def _nominal_subject_of(s: Parsed, verb: Word) -> Word | None:
    """The verb's own subject, no time word (`Feinstein last week said`: `week` parsed as a subject; nor
    a lower-case noun of a phrase of time right before the verb, `_time_before`: `The senator later that day
    said`, `the same day`, `last quarter`) and no `this` or `that` (`That prompted ...`; `the memo that
    said`: `relative-head` names the memo)."""
    subjects = [k for k in s.kids[verb.index] if k.deprel in _SUBJECTS and k.deprel != "nsubj:pass"
                and not _time_of_cue(s, k, verb) and not demonstrative(k.text)
                and not (k.index < verb.index and _floating_quantifier(s, k))  # `..., Tom Vale, all said`
                and not (k.index > 0 and _linking_adverb(s, k.index))  # `The chief, meanwhile, said`:
                # `linking-aside-subject`'s (`Meanwhile, Ann Rao said` with the parse's name run: `opening-adverb-out`'s)
                and not _subject_of_main_clause(s, k, verb)]  # `Shares jumped after the firm said`: `clause-preposition`'s
    # one after the verb past a quotation mark lies in the words it reports (`and said, "Hillary has ..."`);
    # one past a comma is no inverted subject (`said Tuesday, her voice breaking`: a phrase of her own)
    subjects = [k for k in subjects if k.index < verb.index or not (
        _mark_between(s, verb.index, k.index) or _comma_after_verb(s, verb, k) or _told_listener(verb))]
    if subjects:  # `Content of the claim, Smith said`: the subject nearest the verb, if a parse gives two,
        # and one before it over one after (`Matt Bennett, a founder of ..., said Mrs. Clinton had`)
        subjects = [_past_dateline(s, k) for k in subjects]  # `RAWALPINDI: The army's media wing said`: the wing
        subjects = [_nickname_bearer(s, k, verb) for k in subjects]  # `Leo "The Cat" Mendes said`: the name
        before = [k for k in subjects if k.index < verb.index  # not one within a quotation before it
                  and (not _mark_between(s, k.index, verb.index) or _quoted_in_phrase(s, k, verb)
                       or _titled_work(s, k, verb))]
        nearest = min(before or subjects, key=lambda k: abs(k.index - verb.index))
        return next((k for k in before if k.index == nearest.index - 2 and _predicative_word(nearest)
                     and _participle_spelling(s.words[nearest.index - 1])), nearest)  # `Passengers taken
        # prisoner in May said` parsed as two subjects: `prisoner` is what the participle made of the first
    return None


def _subject_of_main_clause(s: Parsed, k: Word, verb: Word) -> bool:
    """`Shares, in early trading, jumped after the company announced a deal`: a finite verb right after a noun
    phrase that `after`, `before`, `since` or `until` opens (lexicon CLAUSE_PREPOSITIONS) heads that clause of
    time, so a subject before that preposition with a verb of its own between them (the main clause's
    predicate, `jumped`) is not its subject, whatever the parse hung from it: the noun phrase is."""
    if k.index >= verb.index or verb.xpos not in _FINITE:
        return False
    j = verb.index - 1
    while j > k.index and (s.words[j].upos in _RUN_WORDS - {"PRON"} or s.words[j].xpos in ("POS", "PRP$")):
        j -= 1
    if j == verb.index - 1 or s.words[verb.index - 1].upos not in ("NOUN", "PROPN") \
            or s.words[j].text.lower() not in CLAUSE_PREPOSITIONS - {"as"}:
        return False
    return any(w.upos == "VERB" for w in s.words[k.index + 1:j])


def _nickname_bearer(s: Parsed, k: Word, verb: Word) -> Word:
    """`Striker Leo "The Cat" Mendes said` with a word of the nickname parsed as the subject: a subject within
    a nickname in marks (`_nickname_span`) between a capitalised given name and a capitalised surname right
    before the verb stands for the name's bearer, its given name (the span's `nickname-in-name` runs it over the
    nickname to the surname); else `k` itself."""
    words = s.words
    opening = next((j for j in range(k.index - 1, max(k.index - 1 - _NICKNAME_WORDS, 0), -1)
                    if _mark(words[j])), None)
    if opening is None or not k.index < verb.index or not words[opening - 1].text[:1].isupper() \
            or words[opening - 1].upos != "PROPN":
        return k
    close = _nickname_span(s, opening)
    if close is None or close < k.index or close + 1 >= verb.index or words[close + 1].upos != "PROPN" \
            or any(_mark(w) for w in words[close + 1:verb.index]):
        return k
    return words[opening - 1]


def _time_of_cue(s: Parsed, w: Word, verb: Word) -> bool:
    """Whether word `w` tells when the cue `verb` spoke, whatever the parse made it: a time word, or a
    lower-case noun ending a phrase of time right before the cue (`_time_before`: `The senator later that
    day said`, `the same day`, `last quarter`; not `The Day said`, a paper's name)."""
    return time_word(w.text) or (_time_before(s, verb.index) <= w.index < verb.index and w.text.islower())


# The `subject` rules that read a subject's own phrase before its verb, where a term quoted within it stays.
SUBJECT_BEFORE_RULES = frozenset({"nominal-subject", "as-clause"})


def _titled_work(s: Parsed, k: Word, verb: Word) -> bool:
    """`His 1971 book, "Rivers of Iron," argued ...`: the subject a noun for a work (lexicon WORK_NOUNS) whose
    title, in marks set off by commas, stands between it and the verb, the only quotation there: the work
    speaks, its title is no one's words."""
    w = s.words
    i = k.index
    if k.text.lower() not in WORK_NOUNS or i + 3 >= verb.index or w[i + 1].text != "," \
            or w[i + 2].text.strip(MARK_CHARS) != "":
        return False
    marks = [j for j in range(i + 3, verb.index) if w[j].text.strip(MARK_CHARS) == ""]
    if len(marks) != 1:
        return False
    rest = [x.text for x in w[marks[0] + 1:verb.index]]
    return rest == [","] or rest == [] and w[marks[0] - 1].text == ","


def _quoted_in_phrase(s: Parsed, k: Word, verb: Word) -> bool:
    """`The "experts" said ...`, `the so-called "watchdog" warned ...`: the subject's head is a term the writer
    quotes inside a noun phrase of the narration's own (a word of the subject's, its determiner or modifier,
    stands right before the opening mark), the only quotation between it and the verb: the whole phrase,
    marks and all, is the subject, not words within a quotation."""
    marks = [w.index for w in s.words[:verb.index] if w.text.strip(MARK_CHARS) == ""]
    opening = max((i for i in marks if i < k.index), default=None)
    closing = [i for i in marks if i > k.index]
    if opening is None or opening == 0 or len(closing) != 1:
        return False
    lead = s.words[opening - 1]
    inner = s.words[opening + 1:closing[0]]
    return lead.head == k.index and lead.deprel in ("det", "amod", "nmod:poss") \
        and all(w.index == k.index or opening < w.head < closing[0] or w.head == k.index for w in inner)


def _weekday_subject(s: Parsed, verb: Word) -> Word | None:
    """`The Tories Sunday said ...` parsed with the weekday as the subject and the name hung from it: a
    weekday right before the cue, after a name (`_weekday_after_name`), is when it was said; the name's last
    word before it heads the subject."""
    i = verb.index - 1
    while i > 0 and s.words[i].upos == "ADV" and s.words[i].text[:1].islower():
        i -= 1  # (`The Tories Sunday again said`)
    day = s.words[i] if i > 0 else None
    if day is not None and i > 1 and day.text.lower() in DAY_PARTS and s.words[i - 1].text.lower() in WEEKDAYS:
        i -= 1  # `Ruiz Monday night said`: the part of the day heads the time
    if day is None or day.head != verb.index or day.deprel not in _SUBJECTS or not _weekday_after_name(s, i):
        return None
    return s.words[i - 1]



def _told_listener(verb: Word) -> bool:
    """`..., Sen. Tom Vale told POLITICO.`: `tell` takes the one told right after it and is never
    inverted (`"...," said Vale`, never `told Vale`): a noun phrase after it is its listener, whatever
    the parse made of it, not its subject."""
    return verb.text.lower() in TELL_FORMS


def _comma_after_verb(s: Parsed, verb: Word, k: Word) -> bool:
    """Whether a comma stands between a verb (or its time: `said Tuesday,`) and the first word of its
    dependent `k` after it, other than a pair setting off an aside (`said, in a statement, the coach`),
    and not one within `k`'s own phrase: an inverted subject follows its verb
    with no comma between (`said Ann Ruiz`), so a noun phrase past one is none (`said, her voice breaking`,
    `said Tuesday, his hands shaking`)."""
    first = next(w.index for w in s.subtree(k) if w.upos != "PUNCT" or w.index == k.index)
    between = s.words[verb.index + 1:first]
    comma = next((n for n, w in enumerate(between) if w.text == ","), None)
    if comma is None or not all(time_word(w.text) or w.upos == "ADV" for w in between[:comma]):
        return False  # `said the company's chief, Ann Ruiz`: a comma within the subject's own phrase
    return sum(w.text == "," for w in between) % 2 == 1


def _name_before_apposition(s: Parsed, verb: Word) -> Word | None:
    """`Anna Berg, a spokeswoman for the ministry, said` parsed with the name and the description set
    off after it as two subjects: the name, first, with a comma (or dash: `Jo Hart -- a teacher --
    says`) after it and another subject closed by one right before the verb (not `The plan, Trump
    said, will fail`); or a description opened by `a`, `an` or `the` that runs on to the verb with no
    mark closing it (`Sam Lau, the party's spokesman said in a statement`), where no comma follows the
    verb (`Clinton, an aide said, is confident`: the aide's words)."""
    subjects = [k for k in s.kids[verb.index] if k.deprel == "nsubj" and k.index < verb.index
                and not time_word(k.text) and not demonstrative(k.text)
                and (not _mark_between(s, k.index, verb.index)
                     or k.upos != "PROPN" and _title_in_apposition(s, k.index, verb.index))]  # a name's: the span rule's
    if len(subjects) < 2 or subjects[0].upos not in _NAMES:
        return None
    own = max(w.index for w in s.subtree(subjects[0]) if w.index < subjects[-1].index and w.upos != "PUNCT")
    while s.words[own + 1].text in (")", "]"):
        own += 1  # `The spokesman for the Office of Aid (OA), Jo Hart, said`: past the initials' bracket
    if _common_description(s, subjects[0]) and subjects[-1].upos == "PROPN" and s.words[own + 1].text == "," \
            and not any(k.deprel == "det" and k.text.lower() in ("a", "an") for k in s.kids[subjects[-1].index]):
        return None  # `His mother, Karen Miles, said`, `The engineer in charge, Dr. Lena Fox, said`: a description
        # (its own phrase too), then the name (`description-before-name`);
        # `The mayor, a Democrat, said`: `a` makes the capitalised word a description, no name
    first, end = subjects[0], subjects[0].index
    while end + 1 < verb.index and (s.words[end + 1].upos == "PROPN" and (
            s.words[end + 1].head == first.index or s.words[end + 1] in subjects) or _run_word(s, end + 1)):
        end += 1  # `Anna Berg`, `Former House speaker Jo Hart`, however the parse hung them
    before = verb.index - 1
    while before > end and s.words[before].head == verb.index and s.words[before].upos in ("AUX", "PART", "ADV"):
        before -= 1
    if before - 1 > end and s.words[before].text.strip(MARK_CHARS) == "" and s.words[before - 1].text == ",":
        before -= 1  # `The mayor, a fan of "Gone Girl," said`: the closing comma stands within the closing mark
    phrase_end = max(end, max(w.index for w in s.words if w.end <= s.span(first)[1]))  # `Tom Cole of Ohio,`
    opened = next((e + 1 for e in (end, phrase_end) if s.words[e + 1].text in _SET_OFF and subjects[-1].index > e),
                  None)
    if opened is None or s.words[opened].text != "," and not _full_name(s, first.index, end):
        return None
    if s.words[before].text in _SET_OFF:
        return first if s.words[before].text == s.words[opened].text else None
    if not _full_name(s, first.index, end):
        return None
    unclosed = s.words[opened + 1].text.lower() in _APPOSITION_OPENERS and not any(
        w.text in _SET_OFF or w.text.strip(MARK_CHARS) == "" for w in s.words[opened + 1:verb.index])
    after = s.words[verb.index + 1].text if verb.index + 1 < len(s.words) else ""
    return first if unclosed and after not in _SET_OFF else None


def _common_description(s: Parsed, w: Word) -> bool:
    """A subject that describes rather than names: a common noun (`His mother`, `The engineer in charge`), or
    an office the tagger took for a name after `the`, with its own phrase after it (`The Director-General of
    the agency`, `the Chief Justice of Nigeria`: an office word, or one after a hyphen; not `The Governor, Mr
    Ade Bello, ...` alone, whose set-off name the span rules join to it)."""
    if w.upos == "NOUN":
        return True
    low = w.text.lower().rstrip(".")
    return any(k.deprel == "det" and k.text.lower() == "the" for k in s.kids[w.index]) \
        and any(k.deprel == "nmod" and k.index > w.index for k in s.kids[w.index]) \
        and (low in ROLE_WORDS or low.rsplit("-", 1)[-1] in ROLE_WORDS)


def _full_name(s: Parsed, first: int, last: int) -> bool:
    """Whether the words from `first` to `last` are a name of two words or more, each capitalised (`Sam
    Lau`, not `Regardless` or `a quarter`)."""
    return last > first and all(w.upos == "PROPN" and w.text[:1].isupper() for w in s.words[first:last + 1])


_SET_OFF = frozenset({",", "\u2014", "\u2013", "--"})  # what sets an apposition off after a name
_APPOSITION_OPENERS = frozenset({"a", "an", "the"})  # `Sam Lau, the party's spokesman said`


def _parenthetical_subject(s: Parsed, verb: Word) -> Word | None:
    """`The mayor, Ruiz said, had been warned`: a reporting clause set inside the sentence it reports,
    its verb followed by a comma, whose subject the parse joined to the noun phrase before the comma as
    a conjunct with no `and` or `or`: the name right before the verb alone speaks."""
    if verb.index + 1 >= len(s.words) or s.words[verb.index + 1].text != ",":
        return None
    for k in s.kids[verb.index]:
        if k.deprel != "nsubj" or k.index > verb.index:
            continue
        for c in s.kids[k.index]:
            last = s.word_range(s.span(c))[1]
            name = all(w.text[:1].isupper() for w in s.words[c.index:last + 1])  # not `, president of ...`
            if c.deprel == "conj" and last == verb.index - 1 and s.words[c.index - 1].text == "," and name \
                    and not any(x.deprel == "cc" for x in s.kids[c.index]) and c.upos == "PROPN":
                return c
    return None


_RELATIVE_STEPS = frozenset({"conj", "xcomp", "parataxis", "ccomp", "advcl"})  # how a parse may hang a verb in a clause


def _whom_clause(s: Parsed, clause: Word) -> bool:
    """`a parent whom the board had invited`, `the aide who the mayor hired`: a relative clause opened by
    `whom` or `who`, standing for the object of a clause with a subject of its own right after the
    pronoun: read from the words (`whom` then a subject), whatever the parse made of the pronoun."""
    first = s.subtree(clause)[0]
    if first.text.lower() not in PERSON_RELATIVES or first.index + 1 >= clause.index:
        return False
    own = next((k for k in s.kids[clause.index] if k.deprel in _SUBJECTS), None)
    return own is not None and own.index > first.index and own.upos in _NOMINAL \
        and s.subtree(own)[0].index == first.index + 1


def _after_relative(s: Parsed, verb: Word) -> Word | None:
    """`Another voter who lives here said`, `Co-host Ann Ruiz, who was off camera, then asked`: a cue with
    no subject, auxiliary, `to` or conjunction of its own that the parse hung inside a relative clause
    (never the clause's own verb) is the main clause's verb, set after the clause: it is said of the noun
    the clause modifies, not of the relative pronoun (`who ... and asked` stays the clause's own)."""
    if verb.xpos not in ("VB", "VBD", "VBZ", "VBP", "VBN") or any(
            k.deprel in _SUBJECTS or k.deprel in ("cc", "mark") or k.deprel.startswith("aux") for k in s.kids[verb.index]):
        return None
    clause = verb
    while clause.deprel != "acl:relcl":
        if clause.deprel not in _RELATIVE_STEPS or clause.head < 0:
            return None
        clause = s.words[clause.head]
    if clause is verb or clause.head < 0 or not (any(
            k.deprel in _SUBJECTS and k.upos == "PRON" and relative_pronoun(k.text) for k in s.kids[clause.index])
            or _whom_clause(s, clause)):
        return None
    noun = s.words[clause.head]
    before = [w for w in s.words[clause.index:verb.index] if w.upos not in ("ADV", "PUNCT")]
    if noun.upos not in _NOMINAL or noun.index > clause.index or (before and before[-1].upos == "CCONJ"):
        return None
    opening = s.subtree(clause)[0].index
    if max((w.index for w in s.subtree(noun) if w.index < opening), default=-1) < opening - 2:
        return None  # `..., the year, one official, who ...`: the noun's phrase ends far from the clause
    return noun


def _relative_tagged_noun(s: Parsed, verb: Word) -> Word | None:
    """`the news, which analysts said reflected ...`, `a move that economists said would ...`, `the coach, who
    fans call "..."`: a finite cue right after a relative pronoun (`which`, `that`, `who`, `whom`) and one word
    tagged as a verb that can only end its subject's noun phrase there (a plural or a name,
    `_noun_tagged_verb`): that word speaks, and the relative pronoun belongs to what was said (or is what
    was named), whatever the parse made of them."""
    i = verb.index
    if verb.xpos not in _FINITE or i < 2 or s.words[i - 2].text.lower() not in RELATIVE_PRONOUNS \
            or not _noun_tagged_verb(s, s.words[i - 1]):
        return None
    return s.words[i - 1]


_HEAD_STEPS = frozenset({"nmod", "compound", "flat", "amod"})  # `the head of the agency`: `agency` hangs from `head`
_MODIFIER_RELATIONS = frozenset({"amod", "acl", "compound"})  # what a misread main verb may be parsed as


def _closing_comma(s: Parsed, verb: Word) -> int | None:
    """The index of a comma (or a dash set off by spaces) right before `verb`, past adverbs (`, later
    announced`) and a quotation mark closing on the comma; else None."""
    k = verb.index - 1
    while k > 0 and s.words[k].upos == "ADV":
        k -= 1
    if k > 1 and s.words[k - 1].text == "," and _mark_between(s, k, k + 1):
        k -= 1  # `... "a betrayal," described`: the comma inside the closing mark
    return k if k > 0 and _aside_break(s, k) else None


def _aside_break(s: Parsed, i: int) -> bool:
    """Whether word `i` may open or close an aside: a comma, or a dash set off by a space before it
    (`Ruiz - who ... - said`; not the hyphen of `one-off`)."""
    w = s.words[i]
    return w.text == "," or (w.text in _DASHES and (i == 0 or s.words[i - 1].end < w.start))


def _participle_after_noun(s: Parsed, close: int) -> int | None:
    """The index of the comma opening a participle's phrase that the comma at `close` closes, set off after
    a noun (`The report, published on Tuesday,`, `The firm, based in Ohio,`; after `when`, `if` ...:
    `The minister, when asked about it,`), with no quotation between but a whole one after the participle
    (`The town, named "Britain's tidiest" last year,`: a name given); else None.  (Not
    `rules.linking.participle_aside`, the writer's participle after a quotation that ends a report.)"""
    opening = next((i for i in range(close - 1, 0, -1) if s.words[i].text in _CLAUSE_BREAKS), None)
    if opening is None:
        return None
    if opening > 2 and s.words[opening].text == "," and 0 < close - opening - 1 <= _APPOSITION_REACH \
            and all(w.upos == "PROPN" for w in s.words[opening + 1:close]) \
            and any(w.lower() == "by" for w in (x.text for x in s.words[max(0, opening - 4):opening])):
        # `Governor Ade Bello, represented by his deputy, Dr Musa Sani, said`: a name set off after the agent
        # of the participle's phrase is that agent's, within the phrase
        outer = next((i for i in range(opening - 1, 0, -1) if s.words[i].text in _CLAUSE_BREAKS), None)
        if outer is not None and _participle_after_noun(s, opening) == outer:
            return outer
    first = opening + 1
    if first < close and s.words[first].text.lower() in REDUCED_CLAUSE_OPENERS:
        first += 1
    if first < close and s.words[first].upos == "VERB" and _participle_form(s.words[first]) \
            and (s.words[opening - 1].upos in _NAMES or opening == 1 and _capitalised(s.words[0])) \
            and not _mark_between(s, opening, first + 1) \
            and _whole_quotations(s, opening, close) and not _participle_title_name(s, first, close):
        return opening
    return None


def _participle_title_name(s: Parsed, first: int, close: int) -> bool:
    """`Her neighbour, retired teacher Bill Carr, said`: a participle right before a bare lower-case noun (no
    determiner) and a name that closes the phrase set off is that name's class or title (`retired teacher`,
    `trained nurse`), an apposition naming the speaker, not a participle's phrase."""
    return first + 2 < close and s.words[first + 1].upos == "NOUN" and s.words[first + 1].text.islower() \
        and s.words[close - 1].upos == "PROPN" and _capitalised(s.words[close - 1]) \
        and all(w.upos in ("NOUN", "PROPN") for w in s.words[first + 1:close])


def _participle_spelling(w: Word) -> bool:
    """Whether `w` is spelt as a past participle: a lower-case word in `-ed` or `-en`, or one spelt as its past
    with no `-ed` (`sent`, `hit`, `held`, `led`: `IRREGULAR_PARTICIPLES`), whatever its tag."""
    low = w.text.lower()
    return w.text.islower() and (low.endswith(("ed", "en")) or low in IRREGULAR_PARTICIPLES)


def _participle_form(w: Word) -> bool:
    """A participle, or a past form in `-ed` the tagger took for a finite one (`Ruiz, asked about it,
    said`: set off by commas right after a noun, with no subject of its own, it is the participle)."""
    return w.xpos in ("VBN", "VBG") or (w.xpos == "VBD" and w.text.endswith("ed"))


_APPOSITION_REACH = 5  # the most words of a name set off by commas after the noun phrase opening a sentence


def _apposition_host(s: Parsed, verb: Word) -> Word | None:
    """`The party's housing spokeswoman, Jo Hart, accused ministers of ...`: a past form in `-ed`
    right after the comma closing a name set off after the noun phrase that opens the sentence is the
    sentence's main verb, whatever the parse made of it (an adjective of the noun after it): the name
    (its first word, the head of a name, for the span rules to widen) is its subject."""
    words, i = s.words, verb.index
    if verb.deprel not in ("amod", "acl") or i < 3 or words[i - 1].text != ",":
        return None
    phrase = _set_off_phrase(s, i - 1)
    if phrase is not None and (verb.text.endswith("ed") or verb.text in IRREGULAR_PARTICIPLES) \
            and words[phrase - 1].upos in ("NOUN", "PROPN") and not any(
            w.upos in ("PUNCT", "AUX", "SCONJ", "CCONJ", "ADP") or w.xpos in _FINITE for w in words[:phrase]):
        return words[phrase - 1]  # `The governor, in a video message ...,`, `Police, after talks broke down,`
    c = next((k for k in range(i - 2, max(0, i - 2 - _APPOSITION_REACH), -1) if words[k].text == ","), None)
    if not verb.text.endswith("ed") or i < 4 or c is None or c < 2 \
            or not all(w.upos == "PROPN" for w in words[c + 1:i - 1]) \
            or any(w.upos in ("PUNCT", "AUX", "SCONJ", "CCONJ") or w.xpos in _FINITE
                   or (w.upos == "ADP" and w.text.lower() not in NAME_PREPOSITIONS) for w in words[:c]) \
            or words[c - 1].upos != "NOUN":
        return None
    return words[c + 1]  # the name's first word, its head (`Brooks` in `Ann Brooks` may be tagged plural)


_SET_OFF_PHRASE_REACH = 12  # the most words of a phrase set off by commas after the noun phrase opening a sentence


def _set_off_phrase(s: Parsed, close: int) -> int | None:
    """The index of the comma opening a phrase that the comma at `close` closes, set off after the noun phrase
    opening its sentence (the sentence's first comma), opened by a preposition (`, in a video message posted
    on social media,`) or an `-ing` participle (`, speaking on television,`), with no finite verb, auxiliary,
    conjunction, relative pronoun or other punctuation in it, or made of lower-case adverbs alone (`, however,`); or a clause of time a subordinator opens (`,
    after talks broke down,`: `_SET_OFF_SUBORDINATORS`), with no other punctuation in it; else None."""
    words = s.words
    c = next((k for k in range(close) if words[k].text == ","), None)
    if c is None or c == close or not 0 < close - c - 1 <= _SET_OFF_PHRASE_REACH:
        return None
    first = words[c + 1]
    if first.text.lower() in _SET_OFF_SUBORDINATORS and first.text.islower():
        return c if not any(w.upos == "PUNCT" or relative_pronoun(w.text) for w in words[c + 2:close]) else None
    if all(w.upos == "ADV" and w.text.islower() for w in words[c + 1:close]) or _linking_adverb(s, close - 1) \
            and close - c == 2:
        return c  # `The mayor, however, urged ...`, `The union, meanwhile, said`: adverbs set off, no part of the subject
    if not (first.upos == "ADP" and first.text.lower() != "of" or first.xpos == "VBG" and first.text.islower()):
        return None
    if any(w.upos in ("PUNCT", "AUX", "SCONJ", "CCONJ") or w.xpos in _FINITE or relative_pronoun(w.text)
           for w in words[c + 1:close]):
        return None
    return c


# the words opening a clause of the saying's time set off after the subject: lexicon TIME_SUBORDINATORS and `as`,
# `since` (`The union, as talks ended, said`), not `whenever` (a habit, no one saying's time)
_SET_OFF_SUBORDINATORS = TIME_SUBORDINATORS - {"whenever"} | {"as", "since"}


def _misread_past(s: Parsed, at: int | None = None) -> Word | None:
    """`Hundreds of farmers marched through the capital, chanting "..."`, `The mayor's aide rallied workers,
    saying: "..."`: a participle set off by a comma closes a clause (as does a past form after `and`, word
    `at` when given: `Students marched through the square and chanted`), so where the parse left the words
    before the first such participle with no finite verb, the one past form in `-ed` there that comes right
    after a noun and that the parse took for a modifier (`amod`, `acl`, `compound`), with no auxiliary, is
    that clause's main verb.  That past form, or None."""
    words = s.words
    if at is None:
        at = next((w.index for w in words[2:] if w.xpos == "VBG" and words[w.index - 1].text == ","), None)
    if at is None:
        return None
    before = words[:at - 1]
    if any(w.xpos in _FINITE and w.deprel not in _MODIFIER_RELATIONS for w in before):
        return None
    past = [w for w in before if w.index > 0 and w.text.islower() and w.text.endswith("ed")
            and w.deprel in _MODIFIER_RELATIONS and words[w.index - 1].upos in ("NOUN", "PROPN")
            and not any(k.deprel.startswith("aux") for k in s.kids[w.index])]
    return past[0] if len(past) == 1 else None


def _joined_past(s: Parsed, verb: Word) -> bool:
    """Whether `verb` is a past form right after `and`, with no subject or auxiliary of its own (`... and
    chanted "..."`): it closes, for `_misread_past`, the clause it is joined to."""
    return verb.xpos == "VBD" and verb.index > 2 and s.words[verb.index - 1].text == "and" and not any(
        k.deprel in _SUBJECTS or k.deprel.startswith("aux") for k in s.kids[verb.index])


def _misread_main_verb(s: Parsed, verb: Word) -> Word | None:
    """`Hundreds of farmers marched through the capital, chanting "..."`, `Students marched through the
    square and chanted "..."`: the subject of the past form the parse misread (`_misread_past`): the noun
    phrase right before it, which opens its clause."""
    joined = _joined_past(s, verb)
    past = _misread_past(s, verb.index if joined else None)
    if past is None or not joined and (verb.xpos != "VBG" or s.words[verb.index - 1].text != ",") \
            or verb.index < past.index:
        return None  # (the parse may have made the participle the root, holding the words before it)
    noun = s.words[past.index - 1]
    while noun.deprel in _HEAD_STEPS and 0 <= noun.head < noun.index:
        noun = s.words[noun.head]
    return noun if _run_start(s, noun.index) is not None else None


def _aside_host(s: Parsed, verb: Word) -> Word | None:
    """`The senator, who said last week that she would run, announced on Monday ...`: a finite verb right
    after the comma (and any adverbs: `, later announced`) that closes a relative clause set off after a
    noun (`_relative_aside`), or a participle's phrase (`_participle_after_noun`: `Others, pointing to the
    delay, shouted`), is the main clause's verb, whose subject is that noun (the head of its
    phrase: `the head of the agency, who ...,`, opening its clause), wherever the parse hung the verb
    within another clause, unless the parse gives it a subject outside the relative clause (a root with
    none, or a bare form, is left to the `phrase` table, which reads the words before it, but after a
    relative clause a share opens: `Residents, many of whom ..., say`)."""
    if verb.xpos not in _FINITE | {"VBN", "VB"} or any(
            k.deprel in ("cc", "mark") or (k.deprel.startswith("aux") and not _perfect_aux(k))
            for k in s.kids[verb.index]):
        return None
    lead = min([verb] + [k for k in s.kids[verb.index] if _perfect_aux(k)], key=lambda w: w.index)
    close = _closing_comma(s, lead)  # `..., had said`: the comma before the perfect's `had`
    if close is None:
        return None
    opening = _relative_aside(s, close) or _participle_after_noun(s, close)
    if opening is not None and (verb.head < 0 or verb.xpos == "VB") and not _share_of_relative(s, opening + 1):
        return None  # a root with none, or a bare form, after any other aside: the `phrase` table's
    if opening is None or any(k.deprel in _SUBJECTS and not opening < k.index < close for k in s.kids[verb.index]):
        return None  # the parse's own subject, outside the clause, stands (`..., says Ann Ruiz`)
    noun = s.words[opening - 1]
    while noun.deprel in _HEAD_STEPS and 0 <= noun.head < noun.index:
        noun = s.words[noun.head]
    first = _run_start(s, noun.index, CLAUSE_PREPOSITIONS)  # `after the council, which ..., voted`
    if first is None or 0 <= noun.head < first and s.words[noun.head].upos in _NOMINAL:
        return None  # `an aide for Mr. Lee, who ...,`, `Jo Hart, 30, of Dover, Del., who ...,`: part of a phrase
    return noun


def _fronted_participle_object(s: Parsed, verb: Word) -> Word | None:
    """`Addressing journalists in Abuja, the chairman, Mr Adams Bello, said ...`: a sentence opened by an
    `-ing` participle's phrase (not a preposition's: `According to`, `Following`) closed by a comma, whose
    words the parse gave the finite verb after them for its subject (`journalists`), or none where a
    description and a name set off after it follow (the parse hung them from its object), is the writer's
    free adjunct: the verb's subject is the noun phrase right before the verb (and its adverbs), after the
    comma before it or, where a comma closes it, after the comma before the description and its name set
    off (`..., many of them angry, the party's chief, Jo Hart, said`); its head, the last noun before any
    name set off after it, read from the words."""
    words = s.words
    if verb.xpos not in _FINITE:
        return None
    subjects = [k for k in s.kids[verb.index] if k.deprel in _SUBJECTS]
    first = next((w for w in words if w.upos != "PUNCT"), None)
    if len(subjects) > 1 or first is None or first.xpos != "VBG" or first.upos != "VERB" \
            or preposition(first.text) or first.text.lower() == "according" or (
                first.index + 1 < len(words) and words[first.index + 1].text.lower() in ("'s", "\u2019s")):
        return None  # `Beijing's envoy, Liu Chen, told ...`: a name's `'s`, whatever the tag of its `-ing`
    end = verb.index
    while end > first.index + 1 and words[end - 1].upos == "ADV":
        end -= 1  # `..., Jo Hart, bluntly said`
    commas = [i for i in range(first.index + 1, end) if words[i].text == ","]
    if not commas:
        return None
    if commas[-1] == end - 1:  # a description and its name set off: `, the chairman, Mr Adams Bello,`
        comma = commas[-3] if len(commas) >= 3 else commas[0]
    else:
        comma = commas[-1]
    if subjects and not first.index < subjects[0].index < comma:
        return None
    between = words[comma + 1:end]
    if not between or _mark_between(s, comma, verb.index) or any(
            w.upos in ("VERB", "AUX", "SCONJ", "CCONJ") or relative_pronoun(w.text) for w in between):
        return None
    cut = next((k for k, w in enumerate(between) if w.text == ","), len(between))
    phrase = between[:cut]
    if not subjects and not (phrase and cut < len(between) and (phrase[0].upos == "DET" or phrase[0].xpos == "PRP$")):
        return None  # with no subject parsed, only a description and the name set off after it (`Suu Kyi, 70,`
        # is `chain-before-comma`'s)
    return next((w for w in reversed(phrase) if w.upos in _NOMINAL), None)  # its head, before a name set off


def _perfect_aux(k: Word) -> bool:
    """`had` in `..., pressed by reporters, had admitted`: the perfect's `have` right before the verb, which
    leaves it active and finite."""
    return k.deprel == "aux" and k.lemma == "have"


def _relative_before_aside(s: Parsed, verb: Word) -> Word | None:
    """`the staff, who, on a press call Friday, criticized ...`: a finite verb with no subject of its own right
    after a phrase set off by commas (no verb, no quotation in it) that follows a relative pronoun (`who`,
    `which`) has that pronoun for its subject, read from the words however the parse hung the verb."""
    if verb.xpos not in _FINITE or any(k.deprel in _SUBJECTS or k.deprel in ("cc", "mark") for k in s.kids[verb.index]):
        return None
    close = _closing_comma(s, verb)
    if close is None or s.words[close].text != ",":
        return None
    opening = next((i for i in range(close - 1, 0, -1) if s.words[i].text == ","), None)
    if opening is None or opening + 1 >= close or any(
            w.upos in ("VERB", "AUX", "PUNCT") for w in s.words[opening + 1:close]):
        return None
    pronoun = s.words[opening - 1]
    if not relative_pronoun(pronoun.text) or pronoun.text.lower() == "that" or pronoun.upos != "PRON":
        return None
    return pronoun


def _issuer(s: Parsed, verb: Word) -> Word | None:
    """`The town issued a statement saying ...`, `The paper ran a piece that noted ...`: a text that an
    issuing verb puts out speaks for the one who issued it: that verb's subject."""
    if verb.head < 0 or not verb.deprel.startswith("acl"):
        return None
    text = s.words[verb.head]
    if text.deprel != "obj" or text.head < 0 or s.words[text.head].lemma not in ISSUING_VERBS:
        return None
    return _subject(s, s.words[text.head])


def _prepositional_gerund(s: Parsed, w: Word) -> bool:
    """`of criticizing`, `from entering`, `by saying`: an `-ing` form a preposition opens (not `with`, whose
    noun does the act, nor `like` or `as`)."""
    return w.xpos == "VBG" and any(k.deprel in ("mark", "case") and k.upos in ("ADP", "SCONJ") and k.index < w.index
                                   and k.lemma not in _GERUND_ACTORS for k in s.kids[w.index])


_GERUND_ACTORS = frozenset({"with", "like", "as"})  # `with Lee saying`: the noun after them does the act


def _gerund_doer(s: Parsed, verb: Word) -> Word | None:
    """`took the step of criticizing the police, accusing ...`, `made a point of noting ...`: a gerund
    after a preposition, or a participle joined to one, is done by the subject of the clause that
    holds the phrase, not by the noun the phrase hangs from (`step`, `point`): climb past nouns,
    infinitives and such gerunds to the first verb that has a subject of its own."""
    if verb.xpos != "VBG" or verb.head < 0:
        return None
    g = verb if _prepositional_gerund(s, verb) else s.words[verb.head]
    if g is not verb and not (verb.deprel in ("conj", "advcl", "parataxis") and _prepositional_gerund(s, g)):
        return None
    if g.head < 0 or not g.deprel.startswith(("acl", "advcl")):
        return None
    w, steps = s.words[g.head], 0
    while steps < _ADJUNCT_STEPS:
        kids = s.kids[w.index]
        if w.upos in ("VERB", "AUX") and any(k.deprel in _SUBJECTS for k in kids):
            return _subject(s, w)
        if w.head < 0 or not (w.upos in _NOMINAL or to_infinitive(kids) or _prepositional_gerund(s, w)):
            return None
        w, steps = s.words[w.head], steps + 1
    return None


def _passive_modifier(s: Parsed, verb: Word) -> Word | bool | None:
    """`Lee, when asked about the plan, ...`, `buyers who were told ...`: a verb of asking or telling in
    the passive, modifying a noun (or bare after `when`, however the parse hung it), names the one asked
    or told, never who spoke; with no agent (`by X`, the rule before) nobody is named.  Passive: with
    `was` (a subject alone makes no passive), or bare after `when`, `if`, `once` ... (however the tagger
    took the form)."""
    if verb.head < 0 or verb.xpos not in ("VBN", "VBD") or verb.lemma not in LISTENER_VERBS \
            or not verb.deprel.startswith(("acl", "advcl")):
        return None
    kids = s.kids[verb.index]
    opener = s.words[verb.index - 1].text.lower() if verb.index else ""
    passive = verb.deprel.startswith("acl") and any(k.deprel == "aux:pass" for k in kids)  # not `doctors warned`
    reduced = opener in REDUCED_CLAUSE_OPENERS and not any(k.deprel in _SUBJECTS or k.deprel.startswith("aux")
                                                           for k in kids)
    return _NOBODY if passive or reduced else None


def _asked_aside(s: Parsed, verb: Word) -> bool | None:
    """`Ruiz, asked about the deaths, said ...`: a verb of asking or telling in `-ed` opening a phrase set
    off by commas right after a noun, with a verb after its closing comma (`_opens_participle_after_noun`), is
    a participle whatever the parse made of it (a main verb with that noun for its subject): it names
    the one asked or told, and nobody is named as speaking."""
    if verb.xpos not in ("VBN", "VBD") or verb.lemma not in LISTENER_VERBS or not _opens_participle_after_noun(s, verb):
        return None
    return _NOBODY


def _opens_participle_after_noun(s: Parsed, verb: Word) -> bool:
    """Whether `verb` opens a participle's phrase set off by commas right after a noun (`_participle_after_noun`)
    with a verb right after its closing comma: `Ruiz, asked about it, said ...`."""
    words = s.words
    return verb.index >= 2 and words[verb.index - 1].text == "," and any(
        words[c].text == "," and c + 1 < len(words) and words[c + 1].upos in ("VERB", "AUX")
        and _participle_after_noun(s, c) == verb.index - 1 for c in range(verb.index + 1, len(words)))


def _misread_relative(s: Parsed, verb: Word) -> Word | None:
    """`... while doctors warned of a crisis`, `a town where most residents say` parsed as a relative
    clause of an earlier noun with no subject: a finite verb takes a subject, and a noun phrase right
    before it that is not the noun it is said to modify is that subject (`_noun_before`)."""
    if verb.head < 0 or not verb.deprel.startswith("acl") or verb.xpos not in ("VBD", "VBZ", "VBP") \
            or any(k.deprel in _SUBJECTS or k.deprel.startswith("aux") for k in s.kids[verb.index]):
        return None
    noun = _noun_before(s, verb)
    if noun is None or noun.index == verb.head or relative_pronoun(noun.text) \
            or s.words[verb.index - 1].text == ",":
        return None
    return noun


def _have_to_say(s: Parsed, verb: Word) -> Word | None:
    """`Lee has nothing but kind things to say about the clinic`, `will have more to say about it`: an
    infinitive of a verb of saying right after the noun phrase that `have` takes as its object (what there
    is to say) is said by the subject of `have`, read from the words (the parse hangs the infinitive from
    that noun, whose phrase is no speaker)."""
    words = s.words
    if verb.xpos != "VB" or verb.lemma not in SAY_VERBS or verb.index < 3 or words[verb.index - 1].text.lower() != "to":
        return None
    k = verb.index - 2
    while k > 0 and words[k].lemma != "have" and (words[k].upos in ("DET", "ADJ", "NOUN", "PRON", "ADV", "NUM")
                                                 or words[k].text.lower() == "but"):  # `nothing but kind things`
        k -= 1
    have = words[k]
    if have.lemma != "have" or have.upos not in ("VERB", "AUX") or k == verb.index - 2:
        return None
    return _nominal_subject_of(s, have)


def _infinitive_doer(s: Parsed, verb: Word) -> Word | None:
    """`Lee took the chance to comment on the vote`, `was under pressure to pledge that ...`: a
    `to`-infinitive modifying a noun with no owner (a chance, pressure, a request) is not done by that
    noun but by the subject of the clause that holds the noun (one with an owner, `the campaign's
    decision to tell`, is left to `relative-head`, whose phrase holds the owner)."""
    if verb.head < 0 or verb.deprel != "acl" or not to_infinitive(s.kids[verb.index]):
        return None
    w = s.words[verb.head]
    if w.upos not in _NOMINAL or w.index != verb.index - 2:
        return None  # the noun right before `to` (not `a minister whose plan to ...`, the plan's)
    if any(k.deprel == "nmod:poss" or k.text.lower() == "whose" for k in s.kids[w.index]):
        return None  # `the campaign's decision to tell`: the owner, within the noun's own phrase
    for _ in range(_ADJUNCT_STEPS):
        if w.head < 0:
            return None
        w = s.words[w.head]
        if w.upos in ("VERB", "AUX") and any(k.deprel in _SUBJECTS for k in s.kids[w.index]):
            return _subject(s, w)
        if w.upos not in _NOMINAL:
            return None
    return None


def _text_participle(s: Parsed, verb: Word) -> bool:
    """`a photo captioned "..."`, `a note posted online`: a passive participle of putting out a text
    (lexicon ISSUING_VERBS) set on a noun that a verb of its own governs, with no subject or auxiliary
    of its own and no colon after it: the noun is the text or what bears it, and no subject of the
    sentence is its author (not `Ann Ruiz, an aide, tweeted: "..."`, however the parse hung the verb)."""
    if verb.xpos != "VBN" or verb.lemma not in ISSUING_VERBS or not verb.deprel.startswith("acl") or verb.head < 0:
        return False
    noun = s.words[verb.head]
    nxt = s.words[verb.index + 1] if verb.index + 1 < len(s.words) else None
    return noun.head >= 0 and s.words[noun.head].upos == "VERB" and (nxt is None or nxt.text != ":") \
        and not any(k.deprel in ("nsubj", "aux", "aux:pass") for k in s.kids[verb.index])


def _relative_head(s: Parsed, verb: Word) -> Word | None:
    """`the official who said`, `officials speaking on condition ...`: the noun the clause modifies; not
    the noun a passive participle of putting out a text modifies (`a photo captioned "..."`, `a note
    posted online`, lexicon ISSUING_VERBS): that noun is the text or what bears it, not its author."""
    if _text_participle(s, verb):
        return None
    return s.words[verb.head] if verb.head >= 0 and verb.deprel.startswith("acl") else None


def _object_control(s: Parsed, verb: Word) -> Word | None:
    """`led Republicans to say`, `forced the mayor to admit`: after a verb that makes or lets someone do
    it (`OBJECT_CONTROL`), the first object, the infinitive a complement or (however the parse took it)
    a purpose; not after a request or a wish (`urged voters to say`, `called her to say`, `wants voters
    to recall`): what is asked for is the asker's report, the one asked says nothing yet."""
    if verb.head < 0 or not _controlled(s, verb):
        return None
    governor = s.words[verb.head]
    infinitive = verb.deprel == "xcomp" or (verb.deprel == "advcl" and to_infinitive(s.kids[verb.index]))
    if infinitive and verb.xpos == "VB" and governor.lemma in OBJECT_CONTROL:
        objects = [k for k in s.kids[governor.index] if k.deprel in ("obj", "iobj") and k.index < verb.index]
        if objects:
            return objects[0]
    return None


def _perceived_doer(s: Parsed, verb: Word) -> Word | None:
    """`watched the mayor's rivals calling her a "fraud"`, `heard the governor promising ...`, `think of
    Lee saying ...`: a participle right after the object of a verb of perceiving or showing, or after
    a noun phrase opened by `of`, with nothing but adverbs between (no comma: not set off), is what
    that noun phrase does, not the subject of the verb it hangs from: that phrase's head."""
    if verb.xpos != "VBG" or verb.head < 0 or verb.head > verb.index:
        return None
    governor, i = s.words[verb.head], verb.index - 1
    while i >= 0 and s.words[i].upos == "ADV" and s.words[i].head == verb.index:
        i -= 1  # `Lee privately saying`
    for k in s.kids[governor.index]:
        if k.index >= verb.index or k.upos not in _NOMINAL or s.subtree(k)[-1].index != i:
            continue
        first = s.subtree(k)[0]
        if (k.deprel == "obj" and governor.lemma in PERCEPTION_VERBS) or (
                k.deprel.startswith("obl") and first.lemma == "of" and first.head == k.index):
            return k
    return None


def _passive_control(s: Parsed, verb: Word) -> Word | None:
    """`Trump was prompted to say`, `was forced out and said`: the one who speaks; not for a cue joined to a
    clause a cue before it reports (`_report_joined`: `Lee said the plan was drafted by the council and
    said, "..."`, the reporter's further saying, not the plan's)."""
    if verb.head < 0 or not _controlled(s, verb) or verb.deprel not in ("xcomp", "conj") \
            or _report_joined(s, verb) is not None or any(k.deprel in _SUBJECTS for k in s.kids[verb.index]):
        return None  # `..., the court was told`: a conjunct with a subject of its own takes no other
    passive = [k for k in s.kids[s.words[verb.head].index] if k.deprel == "nsubj:pass"]
    return passive[-1] if passive else None


def _clause_preposition_subject(s: Parsed, verb: Word) -> Word | None:
    """`The plant closed after the company said ...`: a finite cue with no subject of its own right
    after a noun phrase opened by `after`, `before`, `since` or `until` (which open clauses too): that
    noun phrase is its subject, whatever the parse made of the preposition; not of a passive cue
    (`after Ruiz was declared the winner`: Ruiz is what was said of, not who said it)."""
    if any(k.deprel.startswith(("nsubj", "csubj", "expl")) and not time_word(k.text)
           and not _subject_of_main_clause(s, k, verb) or k.deprel == "aux:pass" for k in s.kids[verb.index]):
        return None  # (`on Tuesday said` with `Tuesday` taken for a subject: none; nor the main clause's)
    i = verb.index - 1
    finite = verb.xpos in _FINITE
    while i >= 0 and s.words[i].head == verb.index and s.words[i].upos in ("AUX", "PART", "ADV"):
        finite = finite or s.words[i].xpos in _FINITE  # `after the bank had said`
        i -= 1
    if not finite or i < 1:
        return None
    if s.words[i].upos not in _NOMINAL:
        return (_clause_preposition_words(s, i) or (None,))[0]
    head = s.words[i]
    while head.deprel in ("flat", "compound", "fixed") and 0 <= head.head < verb.index:
        head = s.words[head.head]
    sub = s.subtree(head)
    case = next((k for k in s.kids[head.index] if k.deprel == "case" and k.index == sub[0].index), None)
    if case is None or case.text.lower() not in CLAUSE_PREPOSITIONS or sub[-1].index != i or time_word(head.text):
        return (_clause_preposition_words(s, i) or (None,))[0]
    return head


def _clause_preposition_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """The speaker `_clause_preposition_words` read (`after the firm's chief executive said`): its words, from
    the one after the preposition to the noun, or to the name set off after it."""
    i = verb.index - 1
    while i >= 0 and s.words[i].head == verb.index and s.words[i].upos in ("AUX", "PART", "ADV"):
        i -= 1
    found = _clause_preposition_words(s, i) if i > 0 else None
    if found is None or found[0] is not head:
        return None
    return s.words[found[1]].start, s.words[found[2]].end


def _clause_preposition_words(s: Parsed, i: int) -> tuple[Word, int, int] | None:
    """`Shares fell after the firm's chief executive said ...`, `... a week after the firm's finance director,
    Ann Ruiz, said ...`, read from the words where the parse hung them elsewhere: a description (a determiner
    or possessor, then name-and-title words ending in a lower-case noun or title word, whatever its tag), with
    a name set off by commas after it or not, ending at word `i` right before the cue (a phrase of time between:
    `Ann Ruiz, on Tuesday said`), right after `after`, `before`, `since` or `until`: its last noun, and the
    indices of the first word and of the last (the name's, where one is set off)."""
    words = s.words
    j = _time_before(s, i + 1) - 1
    last = j - 1 if words[j].text == "," else j
    if words[j].text == ",":
        k = j - 1
        while k > 0 and words[k].upos == "PROPN" and words[k].text[:1].isupper():
            k -= 1
        if k == j - 1 or words[k].text != ",":
            return None
        j = k - 1
    if j < 2 or not (words[j].text[:1].islower() and _run_word(s, j)
                     and (words[j].upos == "NOUN" or _title_or_name(s, j))):
        return None
    first = j
    while first > 0 and _run_word(s, first - 1) and words[first - 1].text not in _JOINERS:
        first -= 1
    if first == 0 or not _run_opener(s, first - 1) and words[first - 1].xpos != "POS" \
            and not any(w.xpos == "POS" for w in words[first:j]):
        return None  # (no determiner nor possessor: `after officials said` is the parse's to tell)
    if _run_opener(s, first - 1):
        first -= 1
    opener = words[first - 1].text.lower() if first > 0 else ""
    return (words[j], first, last) if opener in CLAUSE_PREPOSITIONS - {"as"} else None


def _subject_before_conjunct(s: Parsed, verb: Word) -> Word | None:
    """`Lee opposed the bill and Ruiz said ...`, `..., but aides have said`: a finite active verb (or its
    finite auxiliary) right after a noun phrase that a conjunction opens has that noun phrase for its
    subject, however the parse joined the verb to an earlier one: a verb sharing an earlier subject
    follows the conjunction itself, never a bare noun.  A participle's phrase restricting the noun
    (`_restricting_phrase`: `and officials interviewed on Monday said`) stands between them."""
    if verb.head < 0 or not _controlled(s, verb) or any(k.deprel in _SUBJECTS or k.deprel == "aux:pass"
                                                         for k in s.kids[verb.index]):
        return None  # `Crows and ravens are considered ...`: the passive's subject is spoken of
    i, finite = verb.index - 1, verb.xpos in _FINITE
    while i >= 0:
        if s.words[i].head == verb.index and (s.words[i].upos in ("AUX", "ADV") or (
                s.words[i].upos == "PART" and s.words[i].lemma == "not")):
            finite = finite or s.words[i].xpos in _FINITE  # `aides have long said`, not `is to recommend`
            i -= 1
        elif (aside := _adverb_aside(s, i)) is not None:
            i = aside - 1  # `and he, once again, pledged`: an aside of adverbs set off by commas
        elif (aside := _apposition_aside(s, i)) is not None:
            i = aside - 1  # `while Ann Ruiz, the former governor, proposed`: a description set off after a name
            break
        else:
            break
    if not finite or i < 0:
        return None
    restricted = _restricting_phrase(s, verb)
    if restricted is not None and restricted[2] == i and restricted[0] > 0:
        i = restricted[0] - 1  # `and officials interviewed on Monday said`: past the phrase restricting the noun
    w = s.words[i]
    if w.upos not in ("NOUN", "PROPN") and w.text.lower() not in NOMINATIVE_PRONOUNS:
        return None
    head = _noun_phrase_head(s, w, verb)
    start = next((x.index for x in s.subtree(head) if x.upos not in ("CCONJ", "SCONJ", "PUNCT")), 0) if head else 0
    if start == 0 or s.words[start - 1].upos not in ("CCONJ", "SCONJ"):
        return None  # a new clause joined to the one before opens with `and`, `but`, `while` ...
    return head


def _apposition_aside(s: Parsed, close: int) -> int | None:
    """The index of the comma opening a description set off after a name (`Ann Ruiz, the former governor,`:
    `a`, `an` or `the`, then noun-phrase words, `of` and such between them) that the comma at `close`
    closes; None where the word at `close` closes no such description."""
    if s.words[close].text != ",":
        return None
    j = close - 1
    while j > 0 and (_run_word(s, j) or s.words[j].upos == "DET" or s.words[j].text.lower() in PHRASE_PREPOSITIONS):
        j -= 1
    if j < 2 or s.words[j].text != "," or s.words[j + 1].text.lower() not in _APPOSITION_OPENERS \
            or j + 2 >= close or s.words[j - 1].upos != "PROPN":
        return None
    return j


def _adverb_aside(s: Parsed, close: int) -> int | None:
    """The index of the comma opening an aside of adverbs only (`, once again,`) that the comma at
    `close` closes; None where the word at `close` closes no such aside."""
    if s.words[close].text != ",":
        return None
    j = close - 1
    while j >= 0 and s.words[j].upos == "ADV":
        j -= 1
    return j if 0 <= j < close - 1 and s.words[j].text == "," else None


_PASSIVE_NOBODY = ("asked-aside", "passive-modifier", "passive-conjunct")  # subject rules whose `nobody` no phrase overrides


def _passive_conjunct(s: Parsed, verb: Word) -> bool | None:
    """`... after Ruiz was declared the winner`, `and was told that ...`: a cue in the passive names
    what was said, or of whom; with no agent (`by X`, an earlier rule) nobody is named as speaking,
    whatever verb the parse hung it from (never that verb's subject)."""
    if verb.head < 0 or not _controlled(s, verb) or not any(k.deprel == "aux:pass" for k in s.kids[verb.index]):
        return None
    return _NOBODY


CLIMB_STEPS = 3  # the most phrases from a noun up to the verb it hangs from (`erupted in cheers of joy`)


def _controller(s: Parsed, verb: Word) -> Word | bool | None:
    """`He smiled and said`, `..., saying that`: the speaker of the verb it hangs from, else, when that
    verb is the sentence's main one, its passive subject (`The paper has long been opposed to it,
    arguing ...`: a main clause's subject controls a participle or conjunct after it in either voice);
    or nobody."""
    if verb.head < 0 or not _controlled(s, verb) or _subject_after_conjunction(s, verb):
        return None
    host = s.words[verb.head]
    if joined_past_infinitive(s, verb):
        host = s.words[host.head]  # `promised to cut taxes and called for an audit`: `to` takes no `called`
    if verb.deprel == "conj" and verb.xpos != "VBG" and host.upos in _NAMES \
            and any(k.deprel == "cc" for k in s.kids[verb.index]):
        climbed, steps = host, 0  # `erupted in cheers and chanted`: a tensed verb joined to a noun with no subject
        while climbed.upos != "VERB" and climbed.head >= 0 and steps < CLIMB_STEPS and _subject(s, climbed) is None:
            climbed, steps = s.words[climbed.head], steps + 1  # of its own (no predicate: `is an advocate ... and
        if climbed.upos == "VERB" and climbed.xpos in _FINITE:  # wrote`) goes on from the tensed verb that noun
            host = climbed  # hangs from, a few phrases up at most
    subject = _subject(s, host)
    if subject is not None and subject.text.lower() == "it" and host.lemma in EXTRAPOSING_VERBS and verb.deprel == "xcomp":
        return _NOBODY  # `If it takes this long to confirm a judge ...`: `it` stands for the infinitive, no doer
    return subject or (_passive_subject(s, host) if host.head < 0 else None) or _NOBODY


_CONJOINED_SUBJECT_REACH = 20  # the most words a finite verb looks back for the `, but` before its own subject
# the tags of a noun phrase's first word: a determiner, a name, a noun, a pronoun, or an adjective or noun the
# tagger took for one before the head noun (`..., and union leader Ann Ruiz said`, `and senior officials said`)
_PHRASE_OPENING_TAGS = ("DET", "PROPN", "NOUN", "PRON", "ADJ")


def _subject_after_conjunction(s: Parsed, verb: Word) -> bool:
    """`..., but the family's lawyer, Tom Vale, told reporters ...`, `..., and union leader Ann Ruiz said ...`: a
    finite verb after a comma, a coordinating conjunction and a noun phrase (no verb among its words; its first
    word a determiner, a name, a noun, a pronoun or an adjective) has that phrase for its own subject, however
    the parse hung it: no controller's."""
    if verb.xpos not in _FINITE:
        return False
    c = next((i for i in range(verb.index - 1, max(-1, verb.index - 1 - _CONJOINED_SUBJECT_REACH), -1)
              if s.words[i].upos in ("CCONJ", "VERB", "AUX")), None)  # a bounded look back: linear in the text
    if c is None or c < 1 or s.words[c].upos != "CCONJ" or c + 1 >= verb.index or s.words[c - 1].text != ",":
        return False  # `31% of Republicans and Republican-leaning voters said`: one subject, joined
    between = s.words[c + 1:verb.index]
    cut = next((i for i, w in enumerate(between) if w.upos in ("ADP", "SCONJ")), len(between))
    head = between[:cut]  # `a Western diplomat familiar with the talks`: a phrase after its noun is the noun's
    return bool(head) and between[0].upos in _PHRASE_OPENING_TAGS and any(
        w.upos in ("NOUN", "PROPN") and not time_word(w.text) for w in head) \
        and (cut == len(between) or head[-1].upos in ("NOUN", "PROPN", "ADJ"))  # not `this week in a letter`


def _parallel_participle(s: Parsed, verb: Word) -> Word | bool | None:
    """`..., with Ruiz saying the plan was "a trap" and asking, "Who pays?"`: a participle cue right after
    `and` (or `, and`) that the parse did not hang on the participle cue before it in its sentence goes on
    in parallel with that one: the same doer, its speaker."""
    if verb.xpos != "VBG" or verb.index < 2:
        return None
    before = s.words[verb.index - 1]
    if before.text.lower() != "and":
        return None
    earlier = next((w for w in reversed(s.words[:verb.index - 1]) if w.xpos == "VBG" and _is_cue_verb(w)), None)
    if earlier is None or verb.head == earlier.index:
        return None
    return _subject(s, earlier)


def _contact_relative(s: Parsed, verb: Word) -> Word | None:
    """`Ruiz wears a suit in videos he calls "Consumer Watch," pointing to ...`: a controlled cue whose host
    the parse joined as a coordinated verb with no conjunction, its pronoun subject right after a noun
    with nothing between, hangs from a relative clause with its `that` left out (`videos he calls`), not a
    clause of its own: it speaks for the clause that noun stands in, the subject of the verb the parse
    joined that host to."""
    if verb.head < 0 or not _controlled(s, verb):
        return None
    host = s.words[verb.head]
    if host.deprel != "conj" or host.head < 0 or any(k.deprel == "cc" for k in s.kids[host.index]):
        return None
    sub = next((k for k in s.kids[host.index] if k.deprel == "nsubj" and k.index < host.index), None)
    if sub is None or sub.upos != "PRON" or sub.index == 0 or s.words[sub.index - 1].upos not in ("NOUN", "PROPN"):
        return None
    return _subject(s, s.words[host.head])


def _possessor_before_quotation(s: Parsed, verb: Word) -> Word | None:
    """`Ruiz's "if you like your school, you can keep it" promise`: a cue form that may be a noun (no past
    form) right after a quotation's closing mark (no punctuation closing the words inside), the quotation
    opened right after a possessive (`Ruiz's`, `his`), is a noun naming that saying, whatever its tag (a
    possessive is followed by its noun): the owner speaks the quotation."""
    words = s.words
    close = verb.index - 1
    if close < 3 or words[close].text.strip(MARK_CHARS) != "" or words[close].text == "" or verb.text[:1].isupper() \
            or verb.xpos in ("VBD", "VBN") or words[close - 1].upos == "PUNCT":
        return None  # `said`: no noun; `MSNBC's "Morning Joe," said`: a title set off, the verb after it
    opening = next((k for k in range(close - 1, 0, -1) if words[k].text.strip(MARK_CHARS) == ""), None)
    if opening is None or opening + 1 >= close:
        return None
    owner = words[opening - 1]
    if owner.xpos == "POS" and opening >= 2 and words[opening - 2].upos in _NAMES:
        return words[opening - 2]  # `Ruiz's`
    return owner if owner.xpos == "PRP$" else None  # `his`


def _quoted_as(s: Parsed, verb: Word) -> Word | None:
    """`The minister was quoted by Reuters as saying ...`, `Reuters quoted the minister as saying ...`: a
    participle opened by `as` under a verb of quoting (`QUOTING_VERBS`) is said by the one quoted (the
    passive subject, or the object), never by the one who quotes."""
    if _quoting_participle(s, verb) is not None:
        host = verb  # `was quoted as saying that ...` with the clause hung from `quoted`: the same one speaks
        return _passive_subject(s, host) or _quoted_object(s, host)
    if verb.xpos != "VBG" or verb.head < 0 or not any(k.text.lower() == "as" for k in s.kids[verb.index]):
        return None
    host = s.words[verb.head]
    if host.deprel in ("obj", "iobj") and host.index < verb.index and 0 <= host.head < host.index \
            and s.words[host.head].lemma in QUOTING_VERBS:
        return host  # `quoted the leader as calling for ...` with the participle hung from the one quoted
    if host.lemma not in QUOTING_VERBS:
        return None
    return _passive_subject(s, host) or _quoted_object(s, host)


def _quoted_object(s: Parsed, verb: Word) -> Word | None:
    """The one a verb of quoting quotes: its object (`quoted him as saying`, whatever the parse called
    the pronoun: `obj` or `iobj`)."""
    return next((k for k in s.kids[verb.index] if k.deprel in ("obj", "iobj")), None)


def _set_off_subject(s: Parsed, verb: Word) -> Word | None:
    """`Dover, Del., on Monday, Senator Lowe backed the bill, saying ...`: a cue the controller rules
    answer, whose host is a finite verb right after a noun phrase (no comma between), while the subject
    the parse gave that verb lies earlier, set off from it by a comma: the phrase right before the verb
    is its subject (a place or time before a comma opens the sentence, it does not act)."""
    if verb.head < 0 or not _controlled(s, verb):
        return None
    host = s.words[verb.head]
    sub = _subject(s, host)
    if sub is None or host.xpos not in _FINITE or s.words[host.index - 1].text == ",":
        return None
    near = _noun_before(s, host)
    if near is None:
        return None
    end, start = s.subtree(sub)[-1].index, s.subtree(near)[0].index
    return near if end < start and any(w.text == "," for w in s.words[end:start]) else None


def _share_doer(s: Parsed, verb: Word) -> Word | None:
    """`left two in three viewers saying ...`, `left 60 percent saying ...`: a participle
    right after a share of people (a share word, or `two in three`, in the noun phrase), no comma between,
    says what that share says, whatever verb the parse hung it from: the phrase's last noun."""
    if verb.xpos != "VBG" or verb.index == 0 or verb.head < 0 or not _controlled(s, verb):
        return None
    found = _run_before(s, verb, verb.index - 1)
    if found is None:
        return None
    run = [w for w in s.words if found[1][0] <= w.start and w.end <= found[1][1]]
    return found[0] if any(w.text.lower() in SHARE_WORDS or (w.upos == "NUM" and w.index + 1 < verb.index and s.words[
        w.index + 1].text.lower() == "in") for w in run) else None  # `60 percent`, `two in three`: not `one of them`


def _passive_subject(s: Parsed, verb: Word) -> Word | None:
    """A verb's passive subject before it; no time word, `this`, `that` or relative pronoun."""
    return next((k for k in s.kids[verb.index] if k.deprel == "nsubj:pass" and k.index < verb.index
                 and not time_word(k.text) and not demonstrative(k.text) and not relative_pronoun(k.text)), None)


def _with_subject(s: Parsed, verb: Word) -> Word | None:
    """`..., with Vance taking to Twitter to call ...`, `With the crowd chanting "..."`: a participle
    right after `with` and a noun phrase (adverbs between allowed) in a phrase set off by a comma or
    opening the sentence (an absolute phrase), or after `with` and a name wherever it stands (`ended
    with Ruiz asking ...`: a name does what it says, a text does not: `responded with a statement
    saying`), is predicated of that noun phrase, whatever the parse hung it from; its head noun."""
    if verb.xpos != "VBG":
        return None
    end = verb.index - 1
    while end >= 0 and s.words[end].upos == "ADV":
        end -= 1  # `with Vance reportedly shouting`
    i = end
    while i >= 0 and (s.words[i].upos in _RUN_WORDS or (i < end and s.words[i].text.lower() in _WITH_LINKS)):
        i -= 1
    if i < 0 or i == end or s.words[i].text.lower() != "with":
        return None
    opener = i - 1 if i > 0 and s.words[i - 1].upos == "CCONJ" else i  # `, and with ...`
    run = s.words[i + 1:end + 1]
    named = all(w.upos == "PROPN" for w in run)  # `ended with Ruiz asking`: a name does what it says
    if opener > 0 and s.words[opener - 1].text not in _CLAUSE_BREAKS | {";"} and not named:
        return None  # `responded with a statement saying`: the verb's own phrase, not one set off
    nouns = [w for w in run if w.upos in _NOMINAL | {"NUM"} and not relative_pronoun(w.text)]
    if not nouns:
        return None
    return next((w for w in nouns if not run[0].index <= w.head <= run[-1].index), nouns[-1])


# a noun phrase after `with` runs on over its own phrases: `with hundreds of farmers from Ohio and students chanting`
_WITH_LINKS = frozenset({"of", "and", "from", "for", "in", "at"})
_ADJUNCT_STEPS = 12  # the most words a free adjunct's climb to its clause passes


_TAG_HOSTS = frozenset({"root", "conj", "parataxis"})  # where the parse hangs a reporting tag's verb
_TAG_OBJECTS = frozenset({"obj", "iobj", "ccomp", "xcomp", "advcl"})  # what a reporting tag has none of after its verb


def _tag_participle(s: Parsed, verb: Word) -> Word | None:
    """`"...," the official said, adding that ...`: a participle of saying with no subject of its own, set
    off by a comma right after a reporting clause (a finite cue verb with its speaker, and after it no
    other verb: `said on Tuesday, adding`), goes on with that clause's speaker, however the parse hung it."""
    if verb.xpos != "VBG" or verb.index < 3 or s.words[verb.index - 1].text != "," \
            or any(k.deprel in _SUBJECTS for k in s.kids[verb.index]):
        return None
    cue = next((w for w in reversed(s.words[:verb.index - 1]) if w.upos in ("VERB", "AUX")), None)
    if cue is None or cue.xpos not in _FINITE or not _is_cue_verb(cue) or cue.deprel not in _TAG_HOSTS \
            or any(w.text in _CLAUSE_BREAKS for w in s.words[cue.index + 1:verb.index - 1]) \
            or any(k.index > cue.index and k.deprel in _TAG_OBJECTS for k in s.kids[cue.index]):
        return None  # `continued his assault on X, mocking ...`, `what he characterized as ...`: no reporting tag
    return _subject(s, cue)


def _free_adjunct(s: Parsed, verb: Word) -> Word | None:
    """`X said the plan was dead, adding ...`, `X decried the calls to ban ..., noting ...`: a
    participle set off by a comma, with no subject of its own, is predicated of the subject of the
    clause it closes, however deep in that clause the parse hung it: past nouns and infinitives, past
    a clause within a noun phrase (`the suggestion that he was ...`) and past a clause a cue verb
    reports, to the clause that holds them; a participle modifying a noun (`protesters marching
    downtown, chanting`) is that noun's."""
    if verb.xpos != "VBG" or verb.head < 0 or _comma_before(s, verb, _CLAUSE_BREAKS) is None:
        return None
    g, steps, noun = _holding_clause(s, s.words[verb.head])
    if noun:
        return g if steps else None  # `demonstrators marching downtown, chanting`: the noun's
    if steps == 0:
        return None  # it hangs from its clause's own verb: the controller rules answer
    return _subject(s, g) if g.index != verb.index else None


def _main_clause_adjunct(s: Parsed, verb: Word) -> Word | None:
    """`She was adamant that the firm keep the lead, telling ...`, `joined critics in pouncing on news that
    the files were lost, saying ...`: a participle set off by a comma, with no subject of its own, closing a
    clause set within another (opened by `that`, `whether` or `if`, however the parse hung it, or a gerund
    after a preposition) speaks for the clause that holds that one, not for the clause it closes; never
    for a subject within a quotation the participle stands outside of."""
    if verb.xpos != "VBG" or verb.head < 0 or _comma_before(s, verb, _CLAUSE_BREAKS) is None \
            or any(k.deprel in _SUBJECTS for k in s.kids[verb.index]):
        return None
    g, _, noun = _holding_clause(s, s.words[verb.head])
    climbed = False
    while not noun and g.head >= 0 and g.index != verb.index and _embedded_clause(s, g):
        g, _, noun = _holding_clause(s, s.words[g.head])
        climbed = True
    if not climbed or noun or g.index == verb.index:
        return None
    found = _subject(s, g)
    if found is None or sum(1 for w in s.words[found.index:verb.index] if w.text.strip(MARK_CHARS) == "") % 2:
        return None  # `"I worry that ...," she said, adding`: the clause climbed to is the quotation's
    return found


def _embedded_clause(s: Parsed, g: Word) -> bool:
    """Whether the clause of `g` is set within another: opened by a complementizer (`that`, `whether`,
    `if`), or a gerund with no subject after a preposition (`in pouncing on ...`)."""
    kids = s.kids[g.index]
    if any(k.deprel == "mark" and k.text.lower() in _COMPLEMENTIZERS for k in kids):
        return True
    return g.xpos == "VBG" and not any(k.deprel in _SUBJECTS for k in kids) and any(
        k.deprel in ("mark", "case") and k.upos in ("ADP", "SCONJ") and k.index < g.index for k in kids)


def _holding_clause(s: Parsed, g: Word) -> tuple[Word, int, bool]:
    """From the word `g` up to the clause that holds it: past nouns and infinitives, past a clause
    within a noun phrase (`the suggestion that he was ...`) and past a clause a cue verb reports.
    (That clause's word, how many steps up it lies, False); or, for a participle modifying a noun
    (`protesters marching downtown`), (that noun, its steps, True)."""
    steps = 0
    while steps < _ADJUNCT_STEPS and g.head >= 0:
        head = s.words[g.head]
        kids = s.kids[g.index]
        own = any(k.deprel in _SUBJECTS for k in kids)
        predicate = g.upos in ("VERB", "AUX") or any(k.deprel == "cop" for k in kids)
        clause = own or g.xpos in _FINITE or any(k.deprel in ("mark", "aux", "cop") and (
            k.lemma in _COMPLEMENTIZERS or k.xpos in _FINITE) for k in kids)
        if predicate and g.deprel.startswith("acl") and not clause and g.xpos in ("VBG", "VBN"):
            return head, steps, True
        if predicate and not (g.deprel.startswith("acl") or (g.deprel == "ccomp" and _is_cue_verb(head))
                              or (not own and to_infinitive(kids)) or _object_relative(s, g)):
            break  # a clause of its own, not within a noun phrase nor reported by a cue
        g, steps = head, steps + 1
    return g, steps, False


def _participle_before_report(s: Parsed, verb: Word) -> Word | None:
    """`Lee mocked the plan, saying it would be "a waste"`: a participle set off by a comma after a
    clause, reporting the clause right after it, speaks for the subject of the clause the comma closes,
    even where the parse hung the participle inside the clause it reports (as that clause's subject or
    adverbial): the clause holding the words before the comma (past clauses within a noun phrase and
    clauses a cue reports, as for `free-adjunct`), not the words after it."""
    if verb.xpos != "VBG" or verb.head <= verb.index or not _is_cue_verb(verb):
        return None
    comma = _comma_before(s, verb, _CLAUSE_BREAKS)
    if comma is None or comma == 0:
        return None
    g, _, noun = _holding_clause(s, s.words[comma - 1])
    if noun:
        return g  # `protesters marching downtown, chanting`: the noun's
    if g.index >= verb.index or g.upos not in ("VERB", "AUX") and not any(k.deprel == "cop" for k in s.kids[g.index]):
        return None  # the words before the comma belong to the clause after it
    return _subject(s, g)


def _object_relative(s: Parsed, g: Word) -> bool:
    """`..., with whom he clashed ...`, `..., which she called ...`: a clause set off by a comma and opened
    by a relative pronoun that is not its subject is a relative clause, whatever relation the parse gave
    it (a conjunct of the main verb): it lies within the noun phrase before it, not beside the main clause."""
    sub = s.subtree(g)
    opener = next((w for w in sub if w.upos not in ("PUNCT", "ADP")), None)
    if opener is None or opener.upos != "PRON" or not relative_pronoun(opener.text) or opener.head != g.index \
            or opener.deprel in _SUBJECTS:
        return False
    return sub[0].text == "," or (sub[0].index > 0 and s.words[sub[0].index - 1].text == ",")


def _after_quotation(s: Parsed, verb: Word) -> Word | None:
    """`Lee said, "I am tired," adding that ...`: a participle set off by a comma right after a
    quotation, hung from the quotation's own verb, speaks for the cue that reports the quotation
    (never for the quotation's own subject, `I`): that cue's speaker."""
    if verb.xpos != "VBG" or verb.head < 0 or not _controlled(s, verb) \
            or _comma_before(s, verb) is None or not _mark_between(s, verb.head, verb.index):
        return None
    quoted = s.words[verb.head]
    if quoted.head < 0 or quoted.deprel not in ("ccomp", "parataxis") or quoted.index > verb.index:
        # `"The river," Fox said, "has been studied," adding: "..."`: the reporting clause set within the
        # quotation, which the parse hung from the quotation's verb, reports it
        tag = next((k for k in s.kids[quoted.index] if k.deprel == "parataxis" and k.index < verb.index
                    and _is_cue_verb(k) and _mark_between(s, k.index, quoted.index)), None)
        return _subject(s, tag) if tag is not None and quoted.index < verb.index else None
    cue = s.words[quoted.head]
    return _subject(s, cue) if _is_cue_verb(cue) and cue.index < quoted.index else None


def _title_in_apposition(s: Parsed, lo: int, hi: int) -> bool:
    """`The mayor, a fan of "Gone Girl," said`: the quotation marks between subject `lo` and the verb at
    `hi` pair up, within what commas set off (one right after the subject, or one closing the stretch
    right before the verb, within the closing mark or before it): a title or term in the description, no
    quotation the subject stands beside."""
    marks = [w for w in s.words[lo:hi] if w.text.strip(MARK_CHARS) == ""]
    last = hi - 1
    while last > lo and s.words[last].text.strip(MARK_CHARS) == "":
        last -= 1
    return lo + 1 < hi and (s.words[lo + 1].text == "," or s.words[last].text == ",") and len(marks) % 2 == 0


def _mark_between(s: Parsed, lo: int, hi: int) -> bool:
    """Whether a quotation mark stands among the words from index `lo` up to `hi`."""
    return any(w.text.strip(MARK_CHARS) == "" for w in s.words[lo:hi])


def _controlled(s: Parsed, verb: Word) -> bool:
    """Whether a subjectless verb takes the subject of the verb it hangs from: a coordinated verb,
    a participle (`..., adding that`, whatever relation the parse gave it) or an infinitive of
    purpose (`pointed to a case to say that`)."""
    if verb.deprel in ("conj", "xcomp"):
        return True
    if verb.xpos == "VBG":
        return verb.deprel in ("advcl", "ccomp", "parataxis")
    return verb.deprel == "advcl" and to_infinitive(s.kids[verb.index])


def _determiner_on_cue(s: Parsed, verb: Word) -> Word | None:
    """`A spokeswoman added: "..."` with `A` hung on `added` and `spokeswoman` taken for its adjective: a
    cue in a finite form (no `to`, auxiliary or subject of its own) whose own determiner, opening its
    sentence or after punctuation, opens the words right before it (adjectives and nouns, the last a noun
    for a person: `SPEAKER_NOUNS`, `ROLE_WORDS`) is a finite verb after its subject: the last of those
    words heads it."""
    if verb.index < 2 or verb.xpos not in ("VBD", "VBN", "VBZ", "VBP") or any(
            k.deprel in _SUBJECTS or k.deprel in ("mark", "cc") or k.deprel.startswith("aux") for k in s.kids[verb.index]):
        return None
    det = next((k for k in s.kids[verb.index] if k.deprel == "det" and k.index < verb.index), None)
    if det is None or det.text.lower() not in PHRASE_DETERMINERS or verb.index - det.index > 4 \
            or det.index > 0 and s.words[det.index - 1].upos != "PUNCT":
        return None  # the phrase opens its sentence or follows punctuation (not `... to recommend`)
    between = s.words[det.index + 1:verb.index]
    last = between[-1] if between else None
    if last is None or not all(w.upos in ("ADJ", "NOUN", "PROPN") for w in between) \
            or last.text.lower() not in SPEAKER_NOUNS | ROLE_WORDS:
        return None
    return last


def _linking_adverb(s: Parsed, i: int) -> bool:
    """Whether word `i` is one adverb linking its sentence to what came before (lexicon
    SENTENCE_LINKING_ADVERBS: `meanwhile`, `however`, `later`), set off by a comma after it and either opening
    the sentence, or right after a dateline that does (`Meanwhile, the mayor said`, `KARACHI: Meanwhile, the
    mayor said`: `_colon_dateline`), or set off by a comma before it too, after a word of the sentence (`The
    alliance's chief, meanwhile, said`): it is never the subject nor part of one, whatever the
    parse or the tagger made of it.  The one home of this test (`linking-aside`, `opening-adverb-out`,
    `linking-aside-subject`, and `set-off-occasion`, which leaves these to `linking-aside`)."""
    words = s.words
    return (i == 0 or 1 < i and words[i - 1].text == "," or 1 < i and _colon_dateline(s, 0, i - 1)) \
        and i < len(words) - 1 and words[i].text.lower() in SENTENCE_LINKING_ADVERBS and words[i + 1].text == ","


def _linking_aside_subject(s: Parsed, verb: Word) -> Word | None:
    """`Whitcomb, for her part, insists ...` with the name taken for an interjection: a finite cue with no
    subject right after a linking phrase set off by commas (`LINKING_ASIDES`: `for her part`, `in turn`), or
    a phrase of the occasion or means of speaking (`_occasion_phrase`: `but the family, in a statement, said`),
    has for its subject the word before the comma opening that phrase, a name or a noun (capitalised at the
    sentence's start whatever its tag)."""
    words = s.words
    c2 = verb.index - 1
    if verb.xpos not in _FINITE or c2 < 3 or words[c2].text != "," or any(
            k.deprel in _SUBJECTS and not _linking_adverb(s, k.index) for k in s.kids[verb.index]):
        return None
    if _linking_adverb(s, c2 - 1):  # `The alliance's chief, meanwhile, said`
        w = words[c2 - 3]
        return w if w.upos in _NOMINAL or (w.upos == "ADJ" and _run_start(s, w.index) is not None) \
            or (c2 == 3 and w.text[:1].isupper() and w.text.isalpha()) else None  # (`secretary general`)
    for c1 in range(c2 - 2, max(0, c2 - 3 - _OCCASION_REACH), -1):
        if c1 < 1 or words[c1].text != ",":
            continue
        inner = words[c1 + 1:c2]
        if not (c1 in (c2 - 3, c2 - 4) and (inner[0].text.lower(), inner[-1].text.lower()) in LINKING_ASIDES and (
                len(inner) == 2 or inner[1].xpos == "PRP$")) and not _occasion_phrase(s, c1 + 1, c2):
            break  # the nearest comma opens the phrase
        w = words[c1 - 1]
        if w.upos in _NOMINAL or (c1 == 1 and w.text[:1].isupper() and w.text.isalpha()):
            return w
    return None


def _plural_tagged_verb(s: Parsed, verb: Word) -> Word | None:
    """`..., though aides concede the numbers are tight`: a finite cue with no subject right after a
    lowercase `-s` form tagged as a verb, itself right after a word that opens a clause (a subordinating
    or coordinating conjunction, a comma, the sentence's start): two finite verbs do not stand side by side,
    so the `-s` word is a bare plural noun, the cue's subject.  A base form tagged as that word's
    complement counts as finite (`and aides concede ...`): no `-s` verb but `helps` takes a bare one."""
    i = verb.index - 1
    if i < 0 or any(k.deprel in _SUBJECTS for k in s.kids[verb.index]):
        return None
    w = s.words[i]
    if verb.xpos not in ("VBP", "VBD") and not (verb.xpos == "VB" and verb.head == i and w.text.lower() != "helps"):
        return None
    if w.upos != "VERB" or w.xpos != "VBZ" or not w.text.islower() or not w.text.endswith("s") \
            or w.text.endswith(("ss", "us", "is")) or len(w.text) < 4:
        return None
    if i > 0 and not (s.words[i - 1].upos in ("SCONJ", "CCONJ") or s.words[i - 1].text in (",", ";", "--")
                      or _handed_over(s, i - 1)):
        return None
    return w


def _handed_over(s: Parsed, i: int) -> bool:
    """Whether word `i` is a quotation mark closing a quotation that hands over to a tag after it (a comma,
    question or exclamation mark before it: `"...," aides said`), however the tagger took the mark."""
    return i > 0 and s.words[i].upos == "PUNCT" and s.words[i].text.strip(MARK_CHARS) == "" \
        and s.words[i - 1].text in (",", "?", "!")


def _noun_before(s: Parsed, verb: Word) -> Word | None:
    """A finite cue the parse left without a subject (`..., Lopez spokesman Paul Kent said`
    hung elsewhere): the noun phrase just before it, or the name in apposition before its comma,
    past a party and state in brackets or set off by commas (`Sen. Jane Roe (D-Ore.) called`, `Sen.
    Jane Roe, D-Ore., called`)."""
    if verb.xpos not in _FINITE or verb.index == 0:
        return None
    last = verb.index - 1
    if (timed := _time_before(s, verb.index)) < verb.index and timed > 1 and s.words[timed - 1].text == ",":
        last = timed - 1  # `The firm's chief, Jo Hart, on Tuesday said`: the name before the time's phrase
    elif (opened := _set_off_subordinate(s, verb)) is not None:
        last = opened  # `The chairman, Mr Ade Bello, while briefing newsmen, said`: the name before the clause
    if s.words[last].text == ")":
        opening = _opening_bracket(s, last)
        if opening is None:
            return None
        last = opening - 1
    comma = last >= 0 and s.words[last].text == ","
    if last - comma < 0 or (comma and _relative_aside(s, last) is not None):
        return None  # `Ann Ruiz, who backed Lee, said`: the relative clause's last noun is no speaker
    if comma and (opening := _participle_after_noun(s, last)) is not None:
        host = s.words[opening - 1]  # `Ng, speaking at a forum in San Francisco, warned`: the phrase's noun
        return host if opening == 1 and _capitalised(host) else _noun_phrase_head(s, host, verb)
    label = next((i for i in (last - 1, last - 2) if comma and i > 1 and _party_label_end(s, i) == last), None)
    if label is not None and s.words[label - 1].text == ",":
        last = label - 1  # `Sen. Jo Hart, D-N.Y., said`: the name before her party and state
    w = s.words[last - comma]
    if not comma and (noun := _relative_ending_at(s, w, verb)) is not None:
        return _noun_phrase_head(s, noun, verb)  # `A resident who did not give her name said`: the resident
    if w.upos not in ({"PROPN"} if comma else _NOMINAL) or _time_of_cue(s, w, verb):
        return None  # `Ann Ruiz later that day told`: the cue's time, `phrase-before` reads the name before it
    return _noun_phrase_head(s, w, verb)


def _set_off_subordinate(s: Parsed, verb: Word) -> int | None:
    """`Mr Ade Bello, while briefing newsmen, said`, `The governor, Jo Ade, when contacted, said`: a clause
    of time of the cue's (opened by `while`, `when`, `after`: lexicon TIME_SUBORDINATORS) set off by commas
    right before it: the index of its opening comma, or None."""
    if verb.index < 4 or s.words[verb.index - 1].text != ",":
        return None
    for k in s.kids[verb.index]:
        if k.deprel != "advcl" or k.index > verb.index:
            continue
        words = s.subtree(k)
        first = words[1] if words[0].text == "," and len(words) > 1 else words[0]  # its opening comma hung from it
        if words[-1].index == verb.index - 1 and first.text.lower() in TIME_SUBORDINATORS \
                and first.index > 1 and s.words[first.index - 1].text == ",":
            return first.index - 1
    return None


def _relative_ending_at(s: Parsed, w: Word, verb: Word) -> Word | None:
    """`A resident who did not give her name said`: when word `w`, right before a cue with no subject,
    ends a relative clause opened by `who` or `whom` after a noun, the cue is said by that noun (with its
    clause), not by the clause's last noun."""
    clause = w
    while clause.deprel != "acl:relcl":
        if clause.head < 0 or clause.head >= verb.index:
            return None
        clause = s.words[clause.head]
    words = s.subtree(clause)
    if clause.head < 0 or words[-1].index != w.index or words[0].text.lower() not in ("who", "whom"):
        return None
    noun = s.words[clause.head]
    return noun if noun.upos in _NOMINAL and noun.index == words[0].index - 1 else None


def _days_name(s: Parsed, j: int) -> bool:
    """`Super Tuesday`, `Black Friday`: a capitalised weekday right after a capitalised word that makes a
    day's name (`DAY_NAME_WORDS`): a name, no time of a cue (`Voters on Super Tuesday said`)."""
    words = s.words
    return 0 < j and words[j].text.lower() in WEEKDAYS and words[j].text[:1].isupper() \
        and words[j - 1].text[:1].isupper() and words[j - 1].text.lower() in DAY_NAME_WORDS


def _weekday_after_name(s: Parsed, j: int) -> bool:
    """`Ruiz Sunday said`, `The Greens Monday night said`: a weekday (word `j`) right after a name is
    the time of the cue after it, not part of the name: unless a word that makes a day's name stands
    before it (`Super Tuesday`, `Black Friday`: `DAY_NAME_WORDS`), or the capitalised words before it follow
    a preposition (`the polls on Super Tuesday say`, `in Late Sunday ...`)."""
    words = s.words
    if words[j].text.lower() not in WEEKDAYS or _days_name(s, j) or words[j - 1].upos != "PROPN":
        return False
    k = j - 1
    while k > 0 and words[k - 1].text[:1].isupper() and words[k - 1].upos in ("PROPN", "NOUN", "ADJ"):
        k -= 1
    return not (k > 0 and words[k - 1].upos == "ADP" and preposition(words[k - 1].text))  # not `Ann` so tagged


# The seasons (not `fall`, a noun of its own: `the fall of the city`), and the prepositions of `TIME_OPENERS`
# that set one after `the` in time (`over the summer`, `during the winter`).
_SEASONS = CALENDAR_NOUNS & frozenset({"spring", "summer", "autumn", "winter"})
_TIME_PREPOSITIONS = frozenset(w for w in TIME_OPENERS if preposition(w))


def _calendar_time(s: Parsed, j: int) -> bool:
    """Whether word `j` ends a phrase of time read from the words, not the tags: a noun of the calendar
    that is another word too (`CALENDAR_NOUNS`) right after a word that places it (`CALENDAR_PLACERS`: `last
    quarter`, `this season`, `early May`), a capitalised month or a season right after `in` (`in March`, `in
    spring`; not `in march`, a protest), a season after `the` and a preposition of time (`over the summer`),
    or a year after `in` (`in 2019`)."""
    if j < 1:
        return False
    w, before = s.words[j].text, s.words[j - 1].text.lower()
    low = w.lower()
    if low in CALENDAR_NOUNS and before in CALENDAR_PLACERS:
        return low not in MONTHS or w[:1].isupper()
    if low in _SEASONS and before == "the" and j >= 2 and s.words[j - 2].text.lower() in _TIME_PREPOSITIONS:
        return True  # `over the summer`, `during the winter`, `in the spring`
    if before != "in":
        return False
    if low in MONTHS:
        return w[:1].isupper()
    return low in CALENDAR_NOUNS - {"quarter", "term", "season", "semester", "fall"} \
        or (len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"))


def _dated_work(s: Parsed, head: Word, timed: int, verb: Word) -> bool:
    """`A poll in December found`, `a study last quarter showed`: a month or a stretch of the calendar
    (`_calendar_time`) right after a work of research (`RESEARCH_NOUNS`) dates the work, part of its name as
    a source, not when it spoke (`Ann Ruiz in March said`: hers)."""
    return head.text.lower() in RESEARCH_NOUNS and any(_calendar_time(s, j) for j in range(timed, verb.index))


def _time_before(s: Parsed, i: int) -> int:
    """The index of the first word of a phrase of time that ends right before word `i` (`Tuesday`, `on
    Tuesday`, `last week`, `earlier this month`, `late on Friday`): a cue's adverbial set between its subject
    and it (`The firm's chief, Jo Hart, on Tuesday said`); `i` itself when none does, or when a capitalised word
    makes the noun part of a name (`voters going to the polls on Super Tuesday say`)."""
    j = i
    while j > 0 and j - i > -3 and (s.words[j - 1].text.lower() in TIME_NOUNS or _calendar_time(s, j - 1)):
        j -= 1  # `on Tuesday`, `last week`; `in March`, `last quarter`: `_calendar_time`
    if j == i or j > 0 and s.words[j - 1].text[:1].isupper() and s.words[j - 1].text.lower() not in TIME_OPENERS \
            and not _weekday_after_name(s, j):
        return i  # (`the polls on Super Tuesday say`: a day's name, no time of the cue)
    while j > 0 and i - j < 5 and s.words[j - 1].text.lower() in TIME_OPENERS:
        j -= 1
    return j


def _noun_phrase_head(s: Parsed, w: Word, verb: Word) -> Word | None:
    """The head of the noun phrase ending in `w` right before `verb`, past names' parts and `of`
    (`about half of Democratic voters`); None for a time word or a prepositional phrase."""
    if time_word(w.text):
        return None
    while w.deprel in ("flat", "compound", "fixed") and 0 <= w.head < verb.index:
        w = s.words[w.head]
    while any(k.lemma == "of" and k.deprel == "case" for k in s.kids[w.index]) and 0 <= w.head < w.index \
            and s.words[w.head].upos in _NOMINAL | {"NUM"}:
        w = s.words[w.head]  # `about half of Democratic voters said`: the part, with its whole
    if any(k.deprel == "case" and k.lemma not in _APPROXIMATORS for k in s.kids[w.index]) \
            or time_word(w.text):
        return None  # `in a statement Thursday said`: a prepositional phrase, not a speaker
    return w


def _inverted_subject(s: Parsed, verb: Word) -> Word | None:
    """`"...," said the man who ...`: after a quotation, or after the clause it reports and a comma
    (`"..." about the decision, said X`), or opening the sentence before a name (`Said Jane Holt, "..."`),
    the noun phrase following the verb is its speaker, whatever relation the parse gave it (parsers
    often take it for an object); past a comma with no quotation, only after a verb of saying or
    reporting (`INVERTING_VERBS`): after one of praising or blaming the phrase is what it praises."""
    if (verb.lemma in LISTENER_VERBS and verb.lemma != "ask" and not (
            verb.lemma in PLEDGE_INVERTERS and _closing_inversion(s, verb))) or verb.xpos == "VBG" \
            or not _is_cue_verb(verb):
        return None  # `"...," told reporters`: the listener; `"...," saying X`: never inverted; `..., shook her
        # head and said`: only a verb of saying puts its speaker after it
    if _closes_relative_aside(s, verb):
        return None  # `Park, who called it "a trap," described ...`: the subject stands before the clause
    if _name_runs_into(s, verb) is not None:
        return None  # `A paper called "The Harbour Voice" reported the closure`: the phrase is its subject
    before = s.words[max(0, verb.index - 2):verb.index]
    opening = not before and verb.text.lower() in OPENING_SAY_FORMS and verb.index + 1 < len(s.words) \
        and s.words[verb.index + 1].upos == "PROPN"  # `Said Jane Holt, who ..., "..."`: opening its sentence
    if not opening and (not before or before[-1].upos != "PUNCT"):
        return None
    nominal = _NAMES if opening else _NOMINAL
    if before and not _mark_between(s, verb.index - len(before), verb.index):
        if before[-1].text != "," or verb.lemma not in INVERTING_VERBS or _closes_relative_aside(s, verb) or not (
                _reported_before(s, verb) or _hangs_back(s, verb) or _closing_inversion(s, verb)):
            return None
        nominal = _NAMES  # `He paused, said nothing.`: a pronoun after the verb is what was said
    particle = _phrasal_word(s, verb)  # `put it`: the cue's own word, never its speaker
    closing = bool(before) and _closing_inversion(s, verb)
    for k in s.kids[verb.index]:
        bare = not opening and (_bare_noun_phrase(s, k) or _capitalised_ing_title(s, verb, k)
                                or _articleless_source(s, verb, k))  # `said one official,` with the noun tagged
        # ADJ; `said Acting Police Commissioner Jo Hart` with `Acting` a verb; `says mayor` with `mayor` an ADJ
        named = closing and k.deprel == "obl" and k.upos == "PROPN" and s.subtree(k)[0].index == verb.index + 1 \
            and s.words[verb.index + 1].text[:1].isupper()  # `..., vowed Ann Ruiz.` with `Ann` taken for `an`
        if k.index > verb.index and (k.deprel in _INVERTED or bare or named) \
                and (k.upos in nominal or _share_of(s, k) or bare) \
                and not time_word(k.text) and k is not particle and not _comma_after_verb(s, verb, k):
            return k
    return None


def _name_runs_into(s: Parsed, verb: Word) -> Word | None:
    """`A paper called "The Harbour Voice" reported the closure first`: a quotation that a participle giving
    a name opens (lexicon NAME_GIVING_FORMS; `known as`), closing right before the verb with no comma, `?` or
    `!` within its marks, is the name in the noun phrase that is the verb's subject: no quotation the verb
    tags, its speaker after it.  That participle, else None."""
    i = verb.index - 1
    if i < 2 or s.words[i].text.strip(MARK_CHARS) != "" or s.words[i - 1].text in (",", "?", "!"):
        return None
    opening = next((j for j in range(i - 1, 0, -1) if s.words[j].text.strip(MARK_CHARS) == ""), None)
    if opening is None:
        return None
    giver = s.words[opening - 1]
    if giver.text.lower() == "as" and opening > 1:
        giver = s.words[opening - 2]
    return giver if giver.text.lower() in NAME_GIVING_FORMS else None


def _named_subject(s: Parsed, verb: Word) -> Word | None:
    """`A paper called "The Harbour Voice" reported ...`: the noun right before the participle giving the
    name that runs into the verb (`_name_runs_into`) heads the verb's subject, however the parse hung it."""
    giver = _name_runs_into(s, verb)
    if giver is None or giver.index < 1 or s.words[giver.index - 1].upos not in _NAMES:
        return None
    return s.words[giver.index - 1]


def _capitalised_ing_title(s: Parsed, verb: Word, w: Word) -> bool:
    """`"...," said Acting Police Commissioner Jo Hart`: a capitalised word in `-ing` right after the verb and
    before a capitalised name opens a title (`Acting`, `Managing`, `Presiding`), whatever its tag: a participle
    there would be in lower case."""
    words = s.words
    return w.index == verb.index + 1 and w.xpos == "VBG" and w.text[:1].isupper() and w.index + 1 < len(words) \
        and words[w.index + 1].upos == "PROPN" and words[w.index + 1].text[:1].isupper()


def _articleless_source(s: Parsed, verb: Word, w: Word) -> bool:
    """`Budget cuts coming, says mayor`: a source noun (`source_word`) right after the verb with its article
    dropped, as headlines drop them, closing the sentence or set off by a comma, heads the inverted
    speaker's phrase whatever its tag (the tagger takes `mayor` there for an adjective)."""
    after = s.words[w.index + 1] if w.index + 1 < len(s.words) else None
    return w.index == verb.index + 1 and w.upos == "ADJ" and source_word(w.text) \
        and w.text.lower() not in TITLE_MODIFIERS and (after is None or after.upos == "PUNCT")


def _bare_noun_phrase(s: Parsed, w: Word) -> bool:
    """`said one official, who ...`, `said a spokesman.` with the noun tagged an adjective: a word right
    after a determiner or number that opens its dependents before it (adjectives after that: `said a senior
    executive,`), right before a comma or the sentence's end, heads a noun phrase (an adjective there would
    describe nothing)."""
    before = [k for k in s.kids[w.index] if k.index < w.index and k.upos != "PUNCT"]
    after = s.words[w.index + 1] if w.index + 1 < len(s.words) else None
    return w.upos == "ADJ" and bool(before) and (before[0].deprel in ("det", "nummod") or before[0].upos == "NUM") \
        and all(k.deprel in _BARE_PHRASE_DEPENDENTS for k in before) \
        and before[-1].index == w.index - 1 and (after is None or after.upos == "PUNCT")


_BARE_PHRASE_DEPENDENTS = frozenset({"det", "nummod", "amod", "compound"})  # `one`, `a senior`: before the noun


def _share_of(s: Parsed, w: Word) -> bool:
    """`one of the organizers`, `two of her aides`: a number followed by `of` names some of a group."""
    return w.upos == "NUM" and w.index + 1 < len(s.words) and s.words[w.index + 1].text.lower() == "of"


def _closes_relative_aside(s: Parsed, verb: Word) -> bool:
    """`Vance, who leads in the polls, mocked Ruiz for ...`: the comma before the verb closes a
    relative clause set off after a noun: the verb's subject is that noun, and the phrase after the
    verb is no inverted speaker (`Park, who called it "a trap," described ...` too)."""
    close = _closing_comma(s, verb)
    return close is not None and _relative_aside(s, close) is not None


def aside_before(words: Sequence[Word], verb: Word) -> tuple[int, int] | None:
    """The character range of a relative clause set off after a noun and closed right before `verb`
    (`Park, who called it "a trap," described ...`: from `who` to the closing mark), or None: what
    stands in it is the clause's, not the verb's."""
    s = Parsed.of(words)
    close = _closing_comma(s, verb)
    opening = _relative_aside(s, close) if close is not None else None
    return None if opening is None else (s.words[opening + 1].start, s.words[verb.index - 1].end)


def _relative_aside(s: Parsed, close: int) -> int | None:
    """The index of the comma (or dash) opening a relative clause that the comma at `close` closes,
    set off after a noun (`Vance, who leads in the polls,`), with no quotation between or only whole ones
    (`Park, who called it "a trap,"`); else None."""
    opening = next((i for i in range(close - 1, 0, -1) if _aside_break(s, i)), None)
    if opening is not None and (s.words[opening].text == ",") != (s.words[close].text == ","):
        return None  # `Ruiz - who ... - said`: a dash closes what a dash opens
    if opening is not None and opening + 1 < close and (relative_pronoun(s.words[opening + 1].text) and s.words[
            opening + 1].text.lower() != "that" or _share_of_relative(s, opening + 1)) and _names_before(s, opening) \
            and _whole_quotations(s, opening, close):
        return opening
    return None


_SHARE_OPENERS = QUANTIFIER_PRONOUNS | frozenset({"none", "one", "two", "three", "each", "neither", "either", "half"})


def _share_of_relative(s: Parsed, i: int) -> bool:
    """`many of whom`, `some of which`, `one of whom`: a share of the noun before, then `of` and a relative
    pronoun, opens a relative clause as the pronoun alone does (`Residents, many of whom have lived there
    for decades, say ...`)."""
    words = s.words
    return i + 2 < len(words) and words[i].text.lower() in _SHARE_OPENERS and words[i + 1].text.lower() == "of" \
        and words[i + 2].text.lower() in ("whom", "which")


def _whole_quotations(s: Parsed, opening: int, close: int) -> bool:
    """Whether the quotation marks between the commas at `opening` and `close` (with one closing right
    after `close`) pair up: none, or whole quotations inside the aside, none running in or out of it."""
    marks = sum(_mark_between(s, i, i + 1) for i in range(opening + 1, min(close + 2, len(s.words))))
    return marks % 2 == 0


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


def _names_before(s: Parsed, opening: int) -> bool:
    """Whether the word before the comma opening a relative clause is the noun it is about: a noun, or an
    adjective standing as one before `who` (`The official, who ...`: a person), or a name's party label in
    brackets (`Sen. Jo Hart (D-Ore.), who ...`: `_label_bracket`)."""
    before = s.words[opening - 1]
    return before.upos in _NOMINAL or (before.upos == "ADJ" and s.words[opening + 1].text.lower() in PERSON_RELATIVES) \
        or _label_bracket(s, opening - 1) is not None


def _opening_bracket(s: Parsed, end: int) -> int | None:
    """The index of the opening bracket that word `end` (a closing one) closes, looking back at most
    `_BRACKET_WORDS` words (`Sen. Jo Hart (D-Ore.)`, `Ann Ruiz (pictured)`); else None."""
    return next((j for j in range(end - 1, max(-1, end - _BRACKET_WORDS), -1) if s.words[j].text == "("), None)


def _past_party_label(s: Parsed, i: int) -> int | None:
    """`Sen. Jo Hart (D-Ore.)`: where word `i` opens a party label in brackets right after a name
    (`_bracket_label_end`), the index after its closing bracket; else None."""
    if s.words[i].text != "(" or i < 1 or s.words[i - 1].upos != "PROPN":
        return None
    end = _bracket_label_end(s, i + 1)
    return end + 1 if end is not None and end < len(s.words) and s.words[end].text == ")" else None


def _label_bracket(s: Parsed, end: int) -> int | None:
    """`Sen. Jo Hart (D-Ore.)`: the index of the opening bracket of a party-and-state label (`_party_label_end`)
    whose closing bracket is word `end`, right after a name; else None."""
    if end < 3 or s.words[end].text != ")":
        return None
    bracket = _opening_bracket(s, end)
    if bracket is None or bracket < 1 or _bracket_label_end(s, bracket + 1) != end or s.words[bracket - 1].upos != "PROPN":
        return None
    return bracket


def _closing_inversion(s: Parsed, verb: Word) -> bool:
    """`Tariffs will not bring the jobs back, said Ann Ruiz, an economist who ...`: a finite verb of
    saying right after the comma that closes a clause, followed by nothing but a noun phrase (with
    its appositions and relative clauses), is inverted: that phrase is its speaker, whatever the
    parse made the subject (`Ann Ruiz, the mayor, said the plan would ...` goes on to a clause of
    its own and is no inversion; nor is a verb whose only clause before it is a relative clause set
    off after a noun: `Ben Ortiz, who found the flaw, said the app sent ...`)."""
    i = verb.index
    past = verb.xpos == "VBN" and verb.text.lower().endswith("ed")  # `..., vowed Ruiz`: a past so tagged
    if i < 2 or s.words[i - 1].text != "," or verb.lemma not in INVERTING_VERBS or not (verb.xpos in _FINITE or past):
        return False
    if verb.lemma not in SAY_VERBS and s.words[i + 1:i + 2] and s.words[i + 1].upos not in ("PROPN", "DET") \
            and not s.words[i + 1].text[:1].isupper():
        return False  # `..., vowed the mayor`, `..., pledged Ann Ruiz`: not `..., promised new jobs`
    if not any(w.xpos in _FINITE for w in _outside_relatives(s.words[:i - 1])) and not (
            _headline_line(s) and s.words[0].upos not in ("ADP", "SCONJ", "CCONJ")):
        return False  # `Ann Ruiz, a Democrat who backed the plan, said ...`: a subject's phrase, no clause;
        # in a headline a claim with its verb dropped, not a phrase of time or place (`In Ohio, says Ruiz`)
    rest = s.words[i + 1:]
    if not rest or rest[0].upos not in ("PROPN", "DET", "ADJ", "NOUN", "NUM") and not rest[0].text[:1].isupper():
        return False  # a capitalised word opens a name whatever its tag (`Ann` taken for a preposition)
    aside = False  # within a relative clause of the speaker's phrase, or the terms it speaks on
    for w in rest:
        aside = aside or w.text.lower() in ("who", "whom", "whose", "which") or _condition_aside(s, w.index)
        if w.text.lower() == "that" or w.text in (";", ":") or (w.xpos in _FINITE and not aside):
            return False
    return True


def _condition_aside(s: Parsed, i: int) -> bool:
    """`, speaking on condition of anonymity because ...`, `, asking not to be identified because ...`: a
    lower-case `-ing` word right after a comma opening words, up to the next comma, that name the terms a
    source speaks on (`SPEAKING_CONDITIONS`, `anonymously`, or `be` and `WITHHELD_NAME_FORMS`: `not to be
    named`): an aside of the speaker's, as a relative clause set off after its name is."""
    words = s.words
    w = words[i]
    if i < 1 or words[i - 1].text != "," or not w.text.islower() or not w.text.endswith("ing"):
        return False
    end = next((x.index for x in words[i + 1:] if x.text in (",", ";", ":")), len(words))
    part = [x.text.lower() for x in words[i + 1:end]]
    return any(x in SPEAKING_CONDITIONS or x == "anonymously" for x in part) or any(
        a == "be" and b in WITHHELD_NAME_FORMS for a, b in zip(part, part[1:]))


def _headline_line(s: Parsed) -> bool:
    """`No plan to extend lockdown, says Health Minister`: a short sentence closing with no stop (no `.`,
    `!`, `?` nor a closing quotation mark: a line of its own, a headline) may drop its verbs, so the words
    before an inverted report's comma need no finite verb (`Budget cuts coming, says mayor`)."""
    return stopless_line([w.text for w in s.words])


def _headline_claim(words: Sequence[Word]) -> bool:
    """Whether the words a headline credits to a source with a colon or dash make a claim: three or more, or
    HEADLINE_CLAIM_WORDS with a verb among them (`Police: suspect arrested`, `Talks collapse - union`: a
    headline drops its articles and auxiliaries; not `Ann Ruiz: Early years`, a heading)."""
    return len(words) > HEADLINE_CLAIM_WORDS or (len(words) == HEADLINE_CLAIM_WORDS and any(
        x.upos in ("VERB", "AUX") or x.xpos.startswith("VB") for x in words))


def _outside_relatives(words: Sequence[Word]) -> list[Word]:
    """The words outside relative clauses (`who`, `whom`, `whose`, `which`, up to the next comma or
    dash): what is left of a clause once the descriptions set within it are taken out."""
    kept, inside = [], False
    for w in words:
        if w.text.lower() in ("who", "whom", "whose", "which"):
            inside = True
        elif inside and w.text in _CLAUSE_BREAKS:
            inside = False
        if not inside:
            kept.append(w)
    return kept


_TAG_PHRASE_WORDS = 10  # the longest noun phrase `_tag_phrase` reads before a cue


_ASIDE_WORDS = 16  # the longest aside set off by commas that `_aside_before` reads between a speaker and a cue


def _aside_before(s: Parsed, end: int) -> tuple[int, int] | None:
    """`, the official, who declined to be named, said`, `, one diplomat, speaking on condition of anonymity,
    told Reuters`, `, Tom Vale, a spokesman for the firm, said`: a relative clause set off after a noun
    (`_relative_aside`), an `-ing` participle's phrase, or a description with no verb after a name, set
    off by commas, that ends at the comma `end` right before a cue: it describes the speaker before it,
    and is no part of the speaker's phrase nor of what was said.  The indices of its opening and closing
    commas."""
    words = s.words
    if end < 4 or words[end].text != ",":
        return None
    opening = _relative_aside(s, end)
    if opening is None:
        opening = next((i for i in range(end - 1, max(0, end - _ASIDE_WORDS), -1)
                        if words[i].text in _CLAUSE_BREAKS | {";", ":"}), None)
        if opening is None or words[opening].text != "," or _mark_between(s, opening, end):
            return None
        first = words[opening + 1]
        described = first.text.lower() in ("a", "an", "the") and words[opening - 1].upos == "PROPN" \
            and not any(w.upos in ("VERB", "AUX") for w in words[opening + 1:end])  # `Tom Vale, a spokesman,`
        if not described and (first.xpos != "VBG" or not first.text.lower().endswith("ing")
                              or first.lemma in SAY_VERBS):
            return None
    return (opening, end) if opening > 1 else None


def _tag_phrase(s: Parsed, verb: Word) -> tuple[int, int, Word] | None:
    """`..., a person close to the company said.`, `..., officials in both cities insist, because ...`:
    a finite verb of saying right after a noun phrase that opens after a comma (or dash) closing a
    clause, read from the words however the parse hung them: the phrase may go on past its noun with
    a preposition's phrase (`officials in both cities`), or an adjective or participle and the phrase
    its preposition opens (`close to the company`, `familiar with the talks`, `briefed on the
    meeting`); the verb's auxiliaries and adverbs (`have long said`) stand between.  The index of that
    comma, the phrase's last word, and its noun: the last noun before whatever goes on past it."""
    words = s.words
    bare = verb.xpos == "VB" and verb.index > 0 and words[verb.index - 1].upos in _NAMES \
        and not any(k.deprel in ("aux", "mark") for k in s.kids[verb.index])
    if (verb.xpos not in _FINITE | {"VBN"} and not bare) or verb.upos != "VERB" \
            or (verb.lemma not in SAY_VERBS and verb.lemma not in OBJECT_CUES):
        return None  # `, people close to the campaign say` with `say` tagged as a bare form: its present
    end = verb.index - 1
    while end > 0 and words[end].upos in ("AUX", "PART", "ADV") and words[end].text not in _CLAUSE_BREAKS:
        end -= 1
    if verb.xpos == "VBN" and any(w.upos == "AUX" and w.lemma != "have" for w in words[end + 1:verb.index]):
        return None  # `it was said`: a passive names no speaker before it
    named = _name_after_comma(s, end)
    aside = None if named is not None else _aside_before(s, end)
    if aside is not None:
        end = aside[0] - 1  # `..., the official, who declined to be named, said.`: the phrase before the aside
    elif named is not None:
        end = named[0] - 1  # `..., his top aide, Tom Vale, told ...`: the description, then its name
    if end < 3 or (words[end].upos not in _NOMINAL and not (aside is not None and _bare_noun_phrase(s, words[end]))) \
            or relative_pronoun(words[end].text):
        return None
    i, links = end, []  # the words that carry the phrase past its noun: prepositions, adjectives, participles
    while i > 0 and words[i - 1].text not in _CLAUSE_BREAKS and end - i < _TAG_PHRASE_WORDS:
        w = words[i - 1]
        if w.upos == "ADP" or ((w.upos == "ADJ" or w.xpos == "VBN") and words[i].upos == "ADP") \
                or PHRASE_ADJECTIVES.get(w.text.lower()) == words[i].text.lower():  # `close to`, however tagged
            links.append(i - 1)
        elif w.upos != "CCONJ" and (not (w.upos in _RUN_WORDS or w.xpos in ("POS", "PRP$") or _paper_kind(s, w))
                                    or (w.upos == "PRON" and relative_pronoun(w.text))):  # `charging documents`
            return None
        if (w.upos == "DET" or w.xpos == "PRP$") and words[i].upos == "PRON":
            return None
        if w.upos in _NOMINAL and words[i].upos == "DET":
            return None  # `a probe the agency said`: a determiner opens a phrase of its own
        i -= 1
    comma, first = i - 1, words[i]
    if comma < 2 or words[comma].text not in _CLAUSE_BREAKS \
            or first.upos in ("ADP", "CCONJ", "ADJ", "VERB") and not _paper_kind(s, first) \
            or words[comma - 1].upos == "CCONJ" or _name_apposition(s, comma):
        return None
    if aside is not None and i == end and words[i].text[:1].isupper():
        return None  # `..., Dayton, Ohio, who watched the count, said`: a bare name may end a chain of places
    cut = min(links, default=end + 1)
    nouns = [w for w in words[i:cut] if w.upos in _NOMINAL or (aside is not None and w.index == end and _bare_noun_phrase(s, w))]
    if not nouns and cut == i + 1 and words[cut].text.lower() == "of" \
            and (words[i].upos == "NUM" or words[i].text.lower() in QUANTIFIER_PRONOUNS):
        nouns = [words[i]]  # `..., one of the people said`: a share of a group, its head the number
    pronouns = [w for w in words[i:cut] if w.upos == "PRON" and w.xpos != "PRP$"]  # not an owner: `his top aide`
    if not nouns or any(w.index != i or (len(words[i:cut]) > 1 and words[i + 1].upos != "CCONJ") for w in pronouns):
        return None  # a pronoun is the whole phrase, or joined to another (`she and another reporter`)
    if named is not None:
        if words[end].upos != "NOUN" or not words[end].text[:1].islower():
            return None
        return comma, named[1], nouns[-1]
    return comma, end, nouns[-1]


_NAME_WORDS = 4  # the longest name `_name_after_comma` reads


def _name_after_comma(s: Parsed, end: int) -> tuple[int, int] | None:
    """`, his top aide, Tom Vale, told`: a name (capitalised names only) set off by commas that ends at the
    comma `end` right before a cue, after a common noun in lower case: the name of the one the description
    before it names.  The indices of the comma opening the name and of its last word."""
    words = s.words
    if end < 4 or words[end].text != ",":
        return None
    j = end - 1
    while j > end - 1 - _NAME_WORDS and words[j].upos == "PROPN" and words[j].text[:1].isupper():
        j -= 1
    if j == end - 1 or words[j].text != "," or words[j - 1].upos != "NOUN" or not words[j - 1].text[:1].islower():
        return None
    return j, end - 1


_PARTICIPLE_PHRASE_WORDS = 8  # the longest phrase `_restricting_phrase` reads after its participle
_PAST = frozenset({"VBN", "VBD"})
_PARTICIPLE_TAIL_WORDS = _RUN_WORDS - {"PRON"} | {"ADP", "ADV"}  # what a participle's phrase is made of


def _restricting_phrase(s: Parsed, verb: Word) -> tuple[int, int, int] | None:
    """`A report issued last month found ...`, `Officials interviewed on Monday said ...`, `An ad released
    Thursday accuses ...`: the participle's phrase (a reduced relative clause) that ends right before a
    finite cue and its own adverbs, restricting the noun right before it, read from the words however the
    parse hung them (it takes the participle for the main verb, or the time for a subject). Adverbs (`just
    published`), a past participle (`_PAST`), then its words (`_participle_tail`) with no punctuation,
    conjunction, pronoun or verb of their own: a clause has one finite verb, so the cue's is the main
    clause's. The indices of the phrase's first word, its participle and its last word."""
    words = s.words
    if verb.xpos not in _FINITE and not _bare_present(s, verb) \
            and not _past_before_quotation(s, verb):  # `Families taken to the shelter say`, `... chanted "..."`
        return None
    last = _before_adverbs(s, verb.index - 1, verb)
    p = last
    while p > 0 and last - p <= _PARTICIPLE_PHRASE_WORDS and (words[p].upos != "VERB" or _ing_modifier(words, p)):
        if (words[p].upos not in _PARTICIPLE_TAIL_WORDS and words[p].xpos != "PRP$" and not _ing_modifier(words, p)
                and not (words[p].upos == "SCONJ" and words[p].text.lower() in PREPOSITIONS)) \
                or relative_pronoun(words[p].text):  # `outside` tagged a conjunction: `_participle_tail` reads it
            return None  # a possessive is a determiner, no object: `forced from their homes`
        p -= 1
    participle = words[p]
    if p < 1 or participle.upos != "VERB" or participle.xpos not in _PAST:
        return None
    end = last
    while end > p and words[end].upos == "ADV":
        end -= 1  # `reported on Sunday now`: adverbs after its time or place are the cue's
    if end == p:
        end = last  # `gathered outside`: adverbs alone are the participle's
    tagged = participle.xpos == "VBN" or _participle_spelling(participle)  # `-ed`, `hit`: a participle's spelling
    if not _participle_tail(words[p + 1:end + 1], tagged):
        return None
    first = p
    while first > 0 and words[first - 1].upos == "ADV":
        first -= 1  # `a textbook just published`
    return first, p, end


def _participle_phrase(s: Parsed, verb: Word) -> tuple[int, int, Word] | None:
    """`A campaign ad released Thursday says ...`, `A city report issued earlier this year warned ...`: a
    finite cue right after a noun phrase that opens its clause and the participle's phrase that restricts
    its noun (`_restricting_phrase`), read from the words alone, so the participle may not be a verb of
    saying (`The mayor said Tuesday officials expect`: the clause's own report).  The indices of the
    noun phrase's first word and the participle's phrase's last word, and its noun."""
    found = _restricted_noun(s, verb)
    return None if found is None or _is_cue_verb(s.words[found[3]]) else found[:3]


def _restricted_noun(s: Parsed, verb: Word, opening: bool = False) -> tuple[int, int, Word, int] | None:
    """`_participle_phrase` whatever the participle: the noun phrase's first word, the participle's
    phrase's last word, its noun, and the participle's index; `opening`: the noun may open the sentence."""
    words = s.words
    found = _restricting_phrase(s, verb) if verb.upos == "VERB" else None
    if found is None:
        return None
    noun = found[0] - 1
    if noun < (0 if opening or _opening_plural(s, words[noun], verb) else 1) or words[noun].upos not in _NAMES:
        return None
    first = noun
    while first > 0 and (words[first - 1].upos in _RUN_WORDS - {"PRON"} or words[first - 1].xpos in ("POS", "PRP$")):
        first -= 1
    before = words[first - 1] if first > 0 else None
    if before is not None and before.upos not in ("PUNCT", "CCONJ", "SCONJ") or (
            before is not None and before.text not in _CLAUSE_BREAKS | {";", ":"} and before.upos == "PUNCT"
            and before.text.strip(MARK_CHARS) != ""):
        return None  # the phrase must open its clause (`that` or a conjunction may open it)
    if words[first].upos not in ("DET",) and words[first].xpos != "PRP$" and not words[first].text[:1].isupper():
        return None
    return first, found[2], words[noun], found[1]


def _opening_plural(s: Parsed, noun: Word, verb: Word) -> bool:
    """`Voters interviewed outside polling stations said ...`: a bare plural opening the sentence before a
    participle's phrase is the noun `_restricted_noun` reads where the parse took a word of that phrase for
    the verb's subject (`stations`); with no subject, `participle-phrase-before` reads it, and with the noun
    for the subject, `nominal-subject`."""
    return noun.xpos == "NNS" and not (noun.head == verb.index and noun.deprel in _SUBJECTS) and any(
        k.deprel in _SUBJECTS and noun.index < k.index < verb.index for k in s.kids[verb.index])


def _restricting_participle(s: Parsed, w: Word) -> bool:
    """`Numbers reported by the agency show that ...`: a past participle right after the noun opening
    its clause, in the phrase restricting that noun (`_restricted_noun`) before the clause's finite
    verb, is no report of its own: the noun phrase with it is that verb's subject."""
    if w.xpos != "VBN" or w.index < 1 or s.words[w.index - 1].upos not in _NAMES:
        return False
    for v in s.words[w.index + 1:w.index + _PARTICIPLE_PHRASE_WORDS + 3]:
        if v.upos == "VERB" and v.xpos in _FINITE:
            found = _restricted_noun(s, v, opening=True)
            return found is not None and found[3] == w.index and _one_phrase(s.words[w.index + 1:found[1] + 1])
        if v.upos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"):
            return False
    return False


def _noun_participle(s: Parsed, w: Word) -> bool:
    """`In a written statement, the company said`, `his prepared remarks`, `the announced cuts`: a past
    participle in lower case between a determiner or possessive (an adverb after one too: `a carefully
    worded letter`) and the common noun right after it modifies that noun; so does one right after a noun
    of a text or an occasion of speaking (`OCCASION_NOUNS`: `read a statement posted on its website`, `in a
    video posted by the campaign`), which describes the text, unless a quotation follows it (`a post captioned
    "..."`): no report of its own."""
    words, i = s.words, w.index
    if w.xpos != "VBN" or not w.text.islower() or not 0 < i < len(words) - 1:
        return False
    if words[i - 1].upos == "NOUN" and words[i - 1].text.lower() in OCCASION_NOUNS:
        return words[i + 1].text.strip(MARK_CHARS) != ""  # `a post captioned "..."` gives what it is captioned
    if words[i + 1].upos != "NOUN" or not words[i + 1].text.islower():
        return False
    j = i - 1 if words[i - 1].upos != "ADV" or i < 2 else i - 2
    return words[j].upos == "DET" or words[j].xpos in ("PRP$", "POS")


# Finite forms no word of a clause's own takes right after a preposition: there the form is the
# preposition's object, a noun (`moves to states`, `pay for reports`).
_PREPOSITION_NOUN_FORMS = frozenset({"VBZ", "VBD"})


def _preposition_object(s: Parsed, w: Word) -> bool:
    """`The contest moves to states this week that she is counting on`: a lower-case form tagged a finite
    verb in `-s` or the past, right after a preposition in lower case taking an object (lexicon PREPOSITIONS, not
    tagged an adverb ending a phrase: `Protesters gathered outside said`; not one that opens a clause,
    CLAUSE_PREPOSITIONS: `as stated`), is that preposition's object, a noun: a finite verb needs a subject
    before it, and an infinitive (`to state`) or gerund (`after stating`) is no such form."""
    i = w.index
    # not a name so spelt (`Al From said`), nor a particle ending a phrase (`Protesters gathered outside said`)
    return w.xpos in _PREPOSITION_NOUN_FORMS and w.text.islower() and i > 0 \
        and s.words[i - 1].text in PREPOSITIONS - CLAUSE_PREPOSITIONS and s.words[i - 1].upos != "ADV"


def _ing_modifier(words: Sequence[Word], i: int) -> bool:
    """`outside polling stations`, `near a shopping mall`, `at the parking lot`: a lower-case word in `-ing`
    right after a preposition, determiner or adjective and right before a common noun modifies that noun
    (the noun's kind), read from the words however the tagger took it (often a participle): no verb of a
    clause of its own."""
    w = words[i]
    return 0 < i < len(words) - 1 and w.text.islower() and w.text.endswith("ing") and len(w.text) > 5 \
        and words[i + 1].upos == "NOUN" and words[i + 1].text.islower() \
        and (words[i - 1].upos in ("ADP", "DET", "ADJ") or words[i - 1].text.lower() in PREPOSITIONS)


def _one_phrase(tail: Sequence[Word]) -> bool:
    """Whether a participle's phrase (`_participle_tail`) is one phrase, no clause's subject after it:
    its adverbs, then a phrase a preposition that opens no clause opens (`by the agency`, not `after
    Ruiz`), or words of time alone (`last week`, not `on Monday the court`)."""
    rest = list(tail)
    while rest and rest[0].upos == "ADV" and not time_word(rest[0].text):
        rest.pop(0)
    if rest and rest[0].upos == "ADP":
        return rest[0].text.lower() not in SUBORDINATE_OPENERS
    return all(time_word(w.text) or w.text.lower() in TIME_OPENERS or w.upos in ("DET", "ADJ", "NUM", "ADV")
               for w in rest)


def _participle_tail(tail: Sequence[Word], tagged: bool) -> bool:
    """Whether the words after a participle that modifies a noun (`released Thursday`, `issued earlier this
    year`, `just published for pupils`) are its adverbs and then a time (`_time_tail`) or, for a word the
    tagger took for a participle or a regular past form (`tagged`), one phrase a preposition opens; with no
    object of its own (`told Reuters`, `caused a stir when`: a clause's verb)."""
    k = 0
    while k < len(tail) and tail[k].upos == "ADV" and not _time_tail(tail[k:]):
        k += 1
    if tagged and k < len(tail) and _predicative_word(tail[k]):
        k += 1  # `held hostage for a week`, `found guilty`: what the participle makes of its noun, no object
    rest = tail[k:]
    if not rest or _time_tail(rest):
        return bool(rest) or k > 0
    if not (rest[0].upos == "ADP" or rest[0].text.lower() in PREPOSITIONS) or not tagged:
        return False  # `outside`, `before`: a preposition however tagged
    nouns = [w for w in rest[1:] if w.upos not in ("DET", "ADJ", "NUM") and w.xpos not in ("POS", "PRP$")
             and not _ing_modifier(rest, rest.index(w))]
    return bool(nouns) and all(w.upos in _NAMES for w in nouns) and all(
        a.index + 1 == b.index for a, b in zip(nouns, nouns[1:]))


def _predicative_word(w: Word) -> bool:
    """A word right after a passive participle that says what it makes of its noun (`held hostage`, `taken
    prisoner`, `elected mayor`, `found guilty`, `left homeless`): a lower-case adjective, or a singular noun
    with no determiner (an object has one, or is a plural or a name: `caused a stir`, `held talks`, `told
    Reuters`: the verb of a clause of its own)."""
    return w.text.islower() and not time_word(w.text) and (w.upos == "ADJ" or (w.upos == "NOUN" and w.xpos == "NN"))


def _set_off_participle_subject(s: Parsed, verb: Word) -> Word | None:
    """`The email, sent to staff on Friday, said ...`: a finite cue with no subject of its own right after
    the comma closing a participle's phrase (a past participle in lower case, no verb or punctuation of its
    own after it) set off after the noun phrase opening the sentence: that noun phrase speaks, read from the
    words (the parse may take the participle for a clause of the cue)."""
    words = s.words
    if verb.xpos not in _FINITE or verb.index < 5 or words[verb.index - 1].text != "," \
            or any(k.deprel.startswith("nsubj") for k in s.kids[verb.index]):
        return None
    first = next((w for w in words[:verb.index] if w.text == ","), None)
    if first is None or first.index < 2 or first.index + 2 >= verb.index - 1:
        return None
    participle = words[first.index + 1]
    if participle.upos != "VERB" or participle.xpos not in ("VBN", "VBD") or not participle.text.islower() \
            or any(w.upos in ("PUNCT", "AUX") or (w.upos == "VERB" and w.xpos in _FINITE | {"VBN"})
                   for w in words[first.index + 2:verb.index - 1]):
        return None
    opening = words[:first.index]
    if opening[0].upos not in ("DET",) and opening[0].xpos != "PRP$" or opening[-1].upos not in ("NOUN", "PROPN") \
            or any(w.upos not in _RUN_WORDS - {"PRON"} and w.xpos not in ("POS", "PRP$") for w in opening):
        return None
    return opening[-1]


def _participle_phrase_subject(s: Parsed, verb: Word) -> Word | None:
    """`A campaign ad released Thursday says ...` (`_participle_phrase`): the phrase's noun."""
    found = _participle_phrase(s, verb)
    return None if found is None else found[2]


def _name_apposition(s: Parsed, comma: int) -> bool:
    """Whether the comma at `comma` closes a name set off by itself, after a clause break, a quotation's
    closing mark or the sentence's start (`"...," Ann Ruiz, head of the union, said`): a description
    after it is the name's apposition, not the speaker on its own."""
    j = comma - 1
    while j >= 0 and s.words[j].upos == "PROPN":
        j -= 1
    return j < comma - 1 and (j < 0 or s.words[j].text in _CLAUSE_BREAKS or all(ch in MARK_CHARS for ch in s.words[j].text))


def _tag_phrase_subject(s: Parsed, verb: Word) -> Word | None:
    """`..., a person close to the company said.` (`_tag_phrase`): the phrase's noun, when the verb
    closes its sentence or a comma follows it and its time or place (`said on Monday,`)."""
    found = _tag_phrase(s, verb)
    if found is None or _closing_run(s, verb) is not None:
        return None  # a bare run of name-and-title words closing the sentence: `closing-name-run`'s
    stop = next((w.index for w in s.words[verb.index + 1:] if w.text in _CLAUSE_BREAKS | {";", ":"}), len(s.words))
    return found[2] if _bare_tail(s, verb, stop) else None  # not `, the mayor said the plan ...`


def _inverted_aside(s: Parsed, verb: Word) -> tuple[int, Word, int] | None:
    """`The gap, said Ann Ruiz, an economist, is the real problem`, `Part of the cost, say experts like Lee,
    is the land itself`: a verb of saying right after a comma inside a clause, followed by a noun phrase
    (its apposition or relative clause set off by commas at most) and a comma after which the clause goes
    on with a finite verb (the one its subject waits for: `is`, `would`) or a subject and its verb, is an
    inverted reporting clause set within the clause it reports, whatever the parse made of the phrase
    (often the subject of the verb after it).  The index of the comma before the verb, the phrase's noun,
    and the index of the first word the clause goes on with."""
    words, i = s.words, verb.index
    if i < 2 or words[i - 1].text != "," or verb.lemma not in SAY_VERBS or verb.upos != "VERB" \
            or not (verb.xpos in _FINITE or (verb.xpos == "VB" and not any(
                k.deprel.startswith(("aux", "mark")) for k in s.kids[i]))):
        return None
    j, noun = i + 1, None
    while j < len(words) and words[j].text not in _CLAUSE_BREAKS and j - i <= _TAG_PHRASE_WORDS:
        w = words[j]
        if not (w.upos in _RUN_WORDS or w.upos in ("ADP", "CCONJ") or w.xpos == "POS") or relative_pronoun(w.text):
            return None
        if w.upos in _NAMES and (noun is None or words[j - 1].upos in _NAMES | {"ADJ", "DET", "NUM"} or w.xpos == "POS"):
            noun = w if not any(x.upos in ("ADP", "CCONJ") for x in words[i + 1:j]) else noun
        j += 1
    if noun is None or j >= len(words) or words[j].text != ",":
        return None
    rest = j + 1

    def goes_on(k: int) -> bool:  # the clause's finite verb, or a subject and its finite verb
        if k + 1 >= len(words):
            return False
        if words[k].upos in ("AUX", "VERB") and words[k].xpos in _FINITE:
            return words[k + 1].text.lower() not in _NOMINATIVE  # not a question's `did he ...`
        n = k
        while n < len(words) and words[n].upos in _RUN_WORDS and not relative_pronoun(words[n].text) and n - k < 5:
            n += 1
        return n > k and n < len(words) and words[n].upos in ("AUX", "VERB") and words[n].xpos in _FINITE

    if not goes_on(rest):
        close = next((k for k in range(rest, min(len(words), rest + 16)) if words[k].text == ","), None)
        opener = words[rest] if rest < len(words) else None
        if close is None or opener is None or not (
                opener.upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or relative_pronoun(opener.text)) \
                or not goes_on(close + 1):
            return None  # `..., said Ruiz, adding that ...`: no clause goes on after the phrase
        rest = close + 1
    if not any(w.upos not in ("PUNCT", "CCONJ") for w in words[:i - 1]):
        return None
    return i - 1, noun, rest


def _inverted_aside_subject(s: Parsed, verb: Word) -> Word | None:
    """`The gap, said Ann Ruiz, an economist, is the real problem` (`_inverted_aside`): the phrase's noun."""
    found = _inverted_aside(s, verb)
    return None if found is None else found[1]


def _subject_before(s: Parsed, verb: Word) -> bool:
    """Whether a subject (or expletive) of the verb comes before it."""
    return any(k.index < verb.index and k.deprel.startswith(("nsubj", "csubj", "expl")) for k in s.kids[verb.index])


def _reported_before(s: Parsed, verb: Word) -> bool:
    """Whether the verb's clausal complement comes before it and no subject does: `A, said X`."""
    return any(k.index < verb.index and k.deprel in ("ccomp", "parataxis") for k in s.kids[verb.index]) \
        and not _subject_before(s, verb)


def _hangs_back(s: Parsed, verb: Word) -> bool:
    """Whether the verb hangs, with no `and` and no subject before it, from a clause before it:
    `The vote will be close, said Tom Hale` parsed as a conjunct or an adverbial clause."""
    return 0 <= verb.head < verb.index and s.words[verb.head].upos in _CLAUSAL and not _subject_before(s, verb) \
        and not any(k.deprel == "cc" for k in s.kids[verb.index])


def _crossing_subject(s: Parsed, verb: Word) -> Word | None:
    """`Jane Doe, director of ..., said she thinks ...` parsed with `Doe` as the subject of a verb
    after the cue: a subject before the cue whose head lies beyond it belongs to the cue (not to a
    participle of putting out a text, `A post captioned "..." drew likes`: `_text_participle`)."""
    if _text_participle(s, verb):
        return None
    for w in s.words[:verb.index]:
        if w.deprel == "nsubj" and w.head > verb.index and w.upos in _NOMINAL:
            return w
    return None


def _before_subjectless(s: Parsed, verb: Word) -> int | None:
    """For a finite cue the parse gave no subject (a time word aside: `last week said`), the index
    of the word before it and its auxiliaries, adverbs and negation (`have said`, `still say`, `did
    not say`); None for a subject (`I was told`, `it was reported`: not the speaker) or an infinitive."""
    if any((k.deprel.startswith(("nsubj", "csubj")) and not _time_of_cue(s, k, verb) and not demonstrative(k.text)
            and not (k.index > verb.index and _comma_after_verb(s, verb, k))  # `said, her voice breaking`
            and not (k.index < verb.index and _floating_quantifier(s, k)))  # `..., Tom Vale, all said`
           or k.deprel in ("expl", "aux:pass") for k in s.kids[verb.index]):
        return None
    i = verb.index - 1
    finite = verb.xpos in _FINITE or _bare_present(s, verb) or _past_before_quotation(s, verb)
    while i >= 0 and s.words[i].head == verb.index and (s.words[i].upos in ("AUX", "PART", "ADV") or (
            s.words[i].text.lower() in FLOATING_QUANTIFIERS and i > 0 and s.words[i - 1].text == ",")):
        if s.words[i].deprel == "mark":
            return None  # `whose task is to recommend`
        finite = finite or s.words[i].xpos in _FINITE
        i -= 1
    return i if finite else None


def _past_before_quotation(s: Parsed, verb: Word) -> bool:
    """`Workers gathered near a mall chanted "Fair pay now!"` with `chanted` tagged a participle modifying the
    quotation's first noun: a past form in `-ed` with no auxiliary of its own, right before the quotation mark
    opening its object, is the clause's finite verb (a participle restricting a noun takes no quotation)."""
    nxt = verb.index + 1
    return verb.xpos == "VBN" and verb.text.lower().endswith("ed") and nxt < len(s.words) \
        and s.words[nxt].xpos == "``" and not any(k.deprel.startswith("aux") for k in s.kids[verb.index]) \
        and not (verb.index > 0 and s.words[verb.index - 1].upos == "AUX")


def _bare_present(s: Parsed, verb: Word) -> bool:
    """`sources close to the governor say ...` with `say` tagged as a bare form: right after a noun, with
    no `to`, modal or auxiliary of its own and not the complement of another verb (`let them say`), a
    verb's base form is its present tense; so too right after a noun phrase set off by commas on both
    sides (`about two-thirds, 67 percent, say ...`: `_set_off_share`)."""
    return verb.xpos == "VB" and verb.index > 0 and (
        s.words[verb.index - 1].upos in ("NOUN", "PROPN") or _set_off_share(s, verb)) \
        and verb.deprel not in ("xcomp", "ccomp", "csubj") \
        and not any(k.deprel in ("aux", "mark") for k in s.kids[verb.index])


def _set_off_share(s: Parsed, verb: Word) -> bool:
    """`Among voters, about two-thirds, 67 percent, say they ...`: a base form right after a comma closing
    a share of people (`SHARE_WORDS` last: after one the verb comes, whatever its tag) that a comma also
    opens, with no verb in it and no comma right after the base form (`, say, the mayor`: `for example`),
    is the present tense of the share that speaks."""
    words, i = s.words, verb.index
    if i < 4 or words[i - 1].text != "," or words[i - 2].text.lower() not in SHARE_WORDS \
            or (i + 1 < len(words) and words[i + 1].text == ","):
        return False
    for j in range(i - 3, max(-1, i - 3 - _PARTICIPLE_PHRASE_WORDS), -1):
        if words[j].text == ",":
            return j >= 1
        if words[j].upos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"):
            return False
    return False


def _phrase_before(s: Parsed, verb: Word) -> tuple[Word, tuple[int, int]] | None:
    """A finite cue the parse gave no subject at all (`About three in 10 said`, `as many as 40
    percent of Clinton voters said`, parsed as phrases of place or degree): the run of noun-phrase
    words right before it and its auxiliaries, unless a preposition governs the run (`in a
    statement Thursday said`); past a phrase of time right before the cue, nothing between (`Ann Ruiz on
    Monday night said`, `The group last week said`: when it was said; not `MSNBC Monday when asked`).  The run's last noun, and its character range."""
    end = _before_subjectless(s, verb)
    if end is None or _past_before_quotation(s, verb) and _restricting_phrase(s, verb) is not None:
        return None  # (`Workers gathered near a mall chanted "..."`: the run ends a participle's phrase)
    if all(w.upos == "AUX" for w in s.words[end + 1:verb.index]) and 0 < (opening := _time_phrase_start(s, end)) <= end:
        found = _run_before(s, verb, opening - 1, timed=True)  # `Ann Ruiz in March said`: the time is the cue's
        if found is not None:
            return found
    return _run_before(s, verb, end)


def _time_phrase_start(s: Parsed, end: int) -> int:
    """The first word of the phrase of time ending at word `end` (`on Monday night`, `last week`, `late
    Tuesday`, `Friday`, `later that day`, `over the past week`): its time words (a lower-case `day` too),
    then up to three words before them that open such a phrase (`TIME_OPENERS`: a preposition of time or a
    determiner or adjective of one); `end + 1` where no time word ends there."""
    j = end
    while j >= 0 and (time_word(s.words[j].text) and s.words[j].upos != "PRON" or s.words[j].text in TIME_NOUNS
                      or _calendar_time(s, j)):
        j -= 1
    if j == end:
        return end + 1
    first = j
    while j >= 0 and first - j < 3 and s.words[j].text.lower() in TIME_OPENERS:
        j -= 1
    return j + 1


def _mistagged_first_name(s: Parsed, i: int) -> bool:
    """`Ann Ruiz, who ..., said` with `Ann` tagged as a preposition: a capitalised word that is no
    preposition, right before a name, is the name's first word whatever its tag."""
    w = s.words[i]
    return w.upos == "ADP" and w.text[:1].isupper() and not preposition(w.text) and i + 1 < len(s.words) \
        and s.words[i + 1].upos == "PROPN" and s.words[i + 1].start > w.end


def _run_before(s: Parsed, verb: Word, end: int, timed: bool = False) -> tuple[Word, tuple[int, int]] | None:
    """The run of noun-phrase words that ends at word `end`, right before the cue (`_phrase_before`);
    a share word (`a third`) counts as a noun there, and so does a word tagged an adjective right after a
    determiner or possessive when a phrase of time follows it (`timed`: `_timed_adjective`).  The run's
    last noun, and its character range."""
    i = end

    def nominal_word(j: int) -> bool:  # no clock time: `15:40 GMT Ian Boyd said`, a live blog's timestamp
        return (s.words[j].upos in _RUN_WORDS and not (s.words[j].upos == "PRON" and relative_pronoun(s.words[j].text))
                and not time_word(s.words[j].text)) or _mistagged_first_name(s, j)

    def adjective_link(j: int) -> bool:  # `sources close to the campaign`: `close to` between nominal words
        low = [x.text.lower() for x in s.words]
        return (1 < j < end and PHRASE_ADJECTIVES.get(low[j - 1]) == low[j] and nominal_word(j - 2)) or (
            0 < j < end - 1 and PHRASE_ADJECTIVES.get(low[j]) == low[j + 1] and nominal_word(j - 1))

    def edition_on(j: int) -> bool:  # `the Mail on Sunday`: `on` between an outlet's name and its edition's day
        return 0 < j < end and s.words[j].text == "on" and s.words[j - 1].text[:1].isupper() \
            and s.words[j - 1].text.lower() in NEWS_OUTLET_WORDS and s.words[j + 1].text[:1].isupper()

    def edition_day(j: int) -> bool:
        return j > 1 and edition_on(j - 1)

    tagged_verb = end == verb.index - 1 and _noun_tagged_verb(s, s.words[end])
    i -= tagged_verb
    headed = timed and _timed_adjective(s, end)
    i -= headed and s.words[end].upos == "VERB"  # `The accused last week said`: `_determined_participle`
    while i >= 0 and (nominal_word(i) or edition_on(i) or edition_day(i) or s.words[i].xpos == "POS" or adjective_link(i) or (  # `of`, `in` only between its words
            0 < i < end and s.words[i].text.lower() in _RUN_LINKS and (nominal_word(i - 1) or (
                i > 1 and s.words[i - 1].text.lower() in _RUN_LINKS and nominal_word(i - 2))))):  # `out of`
        i -= 1
    run = list(s.words[i + 1:end + 1])
    nominal = [x for x in run if x.upos in _NOMINAL | {"NUM"} or (tagged_verb and x.index == end)
               or x.text.lower() in SHARE_WORDS or (headed and x.index == end)]
    if not nominal or (run[-1].upos not in _NOMINAL | {"NUM", "SYM"} and not tagged_verb and not headed
                       and run[-1].text.lower() not in SHARE_WORDS) or (time_word(run[-1].text) and not edition_day(end)) \
            or run[-1].text.lower() == "there":
        return None
    if i >= 0 and s.words[i].upos == "ADP":
        if s.words[i].lemma not in _APPROXIMATORS:
            return None
        run.insert(0, s.words[i])
    return nominal[-1], (run[0].start, run[-1].end)


def _timed_adjective(s: Parsed, end: int) -> bool:
    """`The senator last month said`, `Her aide on Friday said` with the noun tagged an adjective: a word
    right after a determiner or possessive and right before a phrase of time that a cue follows heads the
    noun phrase whatever its tag (an adjective there would describe nothing: a phrase of time takes no
    adjective before its own determiner or preposition)."""
    words = s.words
    return end >= 1 and (words[end].upos == "ADJ" or _determined_participle(s, end)) \
        and words[end - 1].upos in ("DET", "PRON") \
        and (words[end - 1].upos == "DET" or words[end - 1].xpos == "PRP$") and not time_word(words[end].text)


def _determined_participle(s: Parsed, i: int) -> bool:
    """`The accused last week said`: a past participle that names a person (`PARTICIPLE_NOUNS`, as for span
    rule `participle-noun`) right after `the`, no noun after it, is a noun phrase's head, whatever its tag."""
    words = s.words
    return i >= 1 and words[i].upos == "VERB" and words[i].text in PARTICIPLE_NOUNS \
        and words[i - 1].text.lower() == "the" and not (i + 1 < len(words) and words[i + 1].upos in ("NOUN", "PROPN"))


def _closing_run(s: Parsed, verb: Word) -> tuple[int, int] | None:
    """`..., the news site Valley Courier reported.`, `..., a former aide said.`: a cue of saying or
    reporting closing its sentence (after it no clause break, no verb, no `that`: a time or place, or a
    listener's name, at most) right after a run of name-and-title words (`_run_start`) that opens
    after a comma or dash, with a clause before that comma (`_clause_before`): the comma's index and
    the run's first word's, read from the words however the parse hung the cue."""
    i = verb.index - 1
    if (verb.lemma not in SAY_VERBS and verb.lemma not in OBJECT_CUES) or verb.xpos not in _FINITE | {"VBN"} \
            or i < 3 or not _run_word(s, i):
        return None
    start = _run_start(s, i)
    if start is None or start < 2 or s.words[start - 1].text not in _CLAUSE_BREAKS:
        return None
    after = s.words[verb.index + 1:]
    tail = [w for w in after if w.upos != "PUNCT"]
    if any(w.text in _CLAUSE_BREAKS | {";", ":"} for w in after) \
            or any(w.upos in ("VERB", "AUX") or w.text.lower() == "that" for w in tail):
        return None
    if tail and not (tail[0].upos == "ADP" or _time_tail(tail) or (
            verb.lemma in LISTENER_VERBS and all(w.upos in ("DET", "PRON") or _run_word(s, w.index) for w in tail))):
        return None  # `..., the mayor said nothing.`: what follows the verb is what was said
    return (start - 1, start) if _clause_before(s, start - 1) is not None else None


def _closing_speaker(s: Parsed, verb: Word) -> Word | None:
    """`..., the news site Valley Courier reported.` (`_closing_run`): the last noun of the run of
    name-and-title words before the cue (its last word when the tagger took none for a noun)."""
    found = _closing_run(s, verb)
    if found is None:
        return None
    run = s.words[found[1]:verb.index]
    return next((w for w in reversed(run) if w.upos in _NOMINAL), run[-1])


def _noun_tagged_verb(s: Parsed, w: Word) -> bool:
    """`Campaign aides said ...`, `Ebeling said ...` with `aides` or `Ebeling` tagged as a verb: right
    before a finite verb, with nothing between, a word can only end the noun phrase of its subject: a
    plural (`-s`) or a name (capitalised within the sentence), tagged as a verb in the present or in
    `-ing`, after a noun, an adjective or the sentence's start."""
    if w.upos != "VERB" or w.xpos not in ("VBZ", "VBG"):
        return False
    name = w.index > 0 and w.text[:1].isupper()
    plural = w.xpos == "VBZ" and w.text.islower() and w.text.endswith("s") and not w.text.endswith("ss")
    before = s.words[w.index - 1] if w.index > 0 else None
    return (name or plural) and (before is None or before.upos in _NOMINAL | {"ADJ", "PUNCT"}) \
        and w.lemma not in cue_lemmas()


def _name_before_relative(s: Parsed, verb: Word) -> tuple[Word, tuple[int, int]] | None:
    """`... ago that Ann Ruiz, who is weighing a run, said ...` with the name hung elsewhere: a finite cue
    with no subject right after a relative clause set off by commas: the run of noun-phrase words
    before that clause's opening comma."""
    i = _before_subjectless(s, verb)
    if i is None or i < 2 or not _aside_break(s, i):  # `Ann Ruiz -- who ... -- said`
        return None
    opening = _relative_aside(s, i)
    return None if opening is None else _run_before(s, verb, opening - 1)


def _quantifier_before(s: Parsed, verb: Word) -> Word | None:
    """`Some chanted "..."`, `...; most said they were ...`: a tensed cue with no subject of its own right
    after a quantifier that opens its clause (the sentence's start, or after a comma, semicolon, colon
    or dash): the quantifier stands for the people who speak, however the tagger took it."""
    if verb.index == 0 or verb.xpos not in _FINITE | {"VBN"} or any(
            k.deprel.startswith(("nsubj", "csubj", "expl")) for k in s.kids[verb.index]):
        return None
    q = s.words[verb.index - 1]
    if q.text.lower() not in QUANTIFIER_PRONOUNS or (q.index > 0 and s.words[q.index - 1].text not in _CLAUSE_BREAKS | {";", ":"}
                                                     and not _quantifier_clause_opener(s, q.index - 1)):
        return None
    if _floating_quantifier(s, q):
        return None  # `Ann Ruiz and her deputy, Tom Vale, both said`: floating on the subject an aside ends, no clause's
    return q


def _quantifier_clause_opener(s: Parsed, i: int) -> bool:
    """Whether word `i`, right before a quantifier and its cue, opens their clause as the sentence's start
    would: a subordinator (`while another added`, `whereas others said`: `QUANTIFIER_CLAUSE_OPENERS`), or
    `and`, `but`, `yet` after a comma (`, but most said`: `QUANTIFIER_COMMA_OPENERS`)."""
    low = s.words[i].text.lower()
    return low in QUANTIFIER_CLAUSE_OPENERS or low in QUANTIFIER_COMMA_OPENERS and i > 0 and s.words[i - 1].text == ","


def _floating_quantifier(s: Parsed, q: Word) -> bool:
    """`Ann Ruiz and her deputy, Tom Vale, both said`, `The two lawyers, Ann Ruiz and Tom Vale, all said`: a
    quantifier (`FLOATING_QUANTIFIERS`) with no words of its own right after the comma closing an aside set off
    within the subject that opens the sentence (no verb, semicolon or colon before it) floats on that subject:
    the cue's subject is the phrase before, however the parse took the quantifier."""
    return q.text.lower() in FLOATING_QUANTIFIERS and q.index > 1 and s.words[q.index - 1].text == "," \
        and not s.kids[q.index] and not any(w.upos in ("VERB", "AUX") or w.text in (";", ":")
                                            for w in s.words[:q.index]) \
        and any(w.text == "," for w in s.words[:q.index - 1])


def _chain_before_comma(s: Parsed,
                        verb: Word) -> tuple[Word, tuple[int, int]] | None:
    """`Appearing at ..., Suu Kyi, 70, said ...`, `Of Carson, Levine, who has given ..., said`: a
    finite cue right after a comma, with no subject of its own (the parse hung the name as an
    apposition or conjunct of the phrase before): the noun phrases and relative clauses, each set
    off by commas, that end at that comma, from the first of them; only the first, when it is a name
    (an age, description or relative clause after a name is no part of it) or a relative clause follows
    it (a lone capitalised word opening the sentence before an age is a name whatever its tag: `Wu, 52, who
    ..., has pledged`).  Its first noun, and its range."""
    i = _before_subjectless(s, verb)
    if i is not None and 1 < (timed := _time_before(s, i + 1)) <= i and s.words[timed - 1].text == ",":
        i = timed - 1  # `John Ferris, the firm's chief executive, on Tuesday said`: the chain ends at the comma
    if i is None or i < 1 or s.words[i].text not in _CLAUSE_BREAKS:
        return None
    chain: list[list[Word]] = []
    end = i
    for j in range(i - 1, -2, -1):
        if j >= 0 and s.words[j].text not in _CLAUSE_BREAKS:  # `voters in two states -- A and B -- said`
            continue
        segment = list(s.words[j + 1:end])
        end = j
        marks = next((n for n, x in enumerate(segment) if x.text.strip(MARK_CHARS)), len(segment))
        segment = segment[marks:]  # `"...," Ann Ruiz, 61, said`: a closing quotation mark begins it
        opened = bool(segment) and segment[0].upos == "CCONJ"  # `..., and Levine, 70, said`: the clause begins
        segment = segment[opened:]
        opened = opened or marks > 0
        if not segment:
            break
        relative = (relative_pronoun(segment[0].text) and segment[0].upos == "PRON") or _participle_segment(segment)
        home = _home_phrase(segment)  # `Tom Vale, 52, of Dayton, said`: where the one named lives
        lone = j < 0 and len(segment) == 1 and _capitalised(segment[0]) and bool(chain) and _age_segment(chain[-1])
        # `Wu, 52, who took over in 2021, said`: a lone capitalised word opening the sentence before an age is a
        # name, whatever its tag (an interjection)
        nominal = (segment[0].upos in _RUN_WORDS - {"PRON"} or home or lone) and not any(
            x.xpos in _FINITE or x.upos == "AUX" for x in segment)
        timed = not relative and not any(x.upos == "PROPN" for x in segment) and any(  # `Last week, ...`
            x.text.lower() in TIME_NOUNS for x in segment)
        if not (relative or nominal) or timed:
            break
        if chain and _participle_segment(chain[-1]) and not (j < 0 or opened):
            return None  # `Friday, Texas, leading ..., asked`: the phrase before the participle must open the clause
        chain.append(segment)
        if opened:
            break
    while chain and (chain[-1][0].upos == "PRON" or _home_phrase(chain[-1]) or _participle_segment(chain[-1])):
        chain.pop()  # a relative clause or `of Dayton` needs its noun phrase before it (`Of Carson, Levine said`)
    if not chain:
        return None
    first = chain[-1]
    head = next((x for x in first if x.upos in _NOMINAL | {"NUM"}), first[0])
    name = head.upos == "PROPN" and all(_run_word(s, x.index) and x.text[:1].isupper() for x in first)
    if len(chain) > 1 and (name or relative_pronoun(chain[-2][0].text) or _participle_segment(chain[-2])
                           or _age_segment(chain[-2])):
        bracket = _label_bracket(s, first[-1].index)  # `Sen. Jo Hart (D-Ore.), who ...`: the name alone
        last = s.words[bracket - 1] if bracket is not None and bracket > first[0].index else first[-1]
        return head, (first[0].start, last.end)  # `Suu Kyi, 70,`, `An aide, who asked not to be named,`
    rel = next((k for k in range(len(chain) - 3, -1, -1) if relative_pronoun(chain[k][0].text)
                and chain[k][0].upos == "PRON" or _participle_segment(chain[k])), None)
    if rel is not None and _name_segment(s, chain[rel + 1]):
        return head, (first[0].start, chain[rel + 1][-1].end)  # `The head of the panel, Sen. Ben Ade, who ...,`
    return head, (first[0].start, s.words[i - 1].end)


def _name_segment(s: Parsed, segment: Sequence[Word]) -> bool:
    """Whether a segment set off by commas is a name alone, perhaps after its titles (`Mr. Jo Obi`, `Dr Ada
    Eze`): its words capitalised words of a name, one of them a proper noun."""
    return any(x.upos == "PROPN" for x in segment) and all(
        _run_word(s, x.index) and x.text[:1].isupper() or x.text == "." for x in segment)


def _age_segment(segment: Sequence[Word]) -> bool:
    """Whether a segment set off by commas is an age alone (`the actress, 45,`): after a description as
    after a name, no part of the speaker."""
    return len(segment) == 1 and segment[0].upos == "NUM" and segment[0].text.isdigit() and len(segment[0].text) <= 3


def _participle_segment(segment: Sequence[Word]) -> bool:
    """Whether a segment set off by commas is a participle's phrase with no finite verb (`speaking on
    condition of anonymity`, `visiting Paris`): after a noun phrase set off the same way, said of it, as a
    relative clause is.  (Not `rules.linking.participle_aside`, the writer's participle after a quotation.)"""
    return len(segment) > 1 and segment[0].xpos == "VBG" and not any(
        x.xpos in _FINITE or x.upos == "AUX" for x in segment)


def _home_phrase(segment: Sequence[Word]) -> bool:
    """Whether a segment set off by commas is `of` and a name (`of Dayton`): after a name set off the
    same way, where its bearer is from."""
    return len(segment) > 1 and segment[0].text.lower() == "of" and segment[1].upos == "PROPN"


def find_cues(sentence: int, words: Sequence[Word]) -> Iterator[Cue]:
    """Every cue in one parsed sentence: for each word, the `cue` table's first answer."""
    s = Parsed.of(words)
    for w in words:
        found = CUES.first(sentence, s, w)
        if found is not None:
            yield replace(found[1], rule=found[0])


_SIDE_CLAUSES = frozenset({"advcl", "conj", "xcomp"})


def _naming_side_clause(s: Parsed, w: Word) -> bool:
    """`..., calling it "a disaster"`, `attacked the plan and called it "..."`, `is said to have called
    it "..."`: an active naming verb with no subject of its own, in a clause beside the verb whose
    subject names (not the passive participle of `Called "the best", the team ...`; a participle
    after `have` is active)."""
    return w.deprel in _SIDE_CLAUSES and (w.xpos != "VBN" or _perfect(s, w))


def _perfect_subject(s: Parsed, verb: Word) -> Word | None:
    """`Ruiz has since apologized for it: "..."` parsed as a passive: a participle after a form of
    `have` with no form of `be` or `get` is active (a perfect), whatever relation the parse gave its
    subject; that subject, before the verb, speaks."""
    kids = s.kids[verb.index]
    if verb.xpos != "VBN" or not _perfect(s, verb) or any(
            k.deprel == "aux:pass" or (k.deprel.startswith("aux") and k.lemma in ("be", "get")) for k in kids):
        return None
    subjects = [k for k in kids if k.deprel == "nsubj:pass" and k.index < verb.index
                and not time_word(k.text) and not demonstrative(k.text)]
    return subjects[-1] if subjects else None


def _contracted_perfect(s: Parsed, verb: Word) -> Word | None:
    """`He's said he would run`, `She's told reporters that ...` parsed as a passive: `'s` before a
    participle that goes on to a clause with a subject of its own, or (for a verb that takes a listener)
    to an object, is `has`, not `is` (a passive `is said` takes `to`, or nobody's words: `It's said
    that ...`); the subject before it speaks."""
    kids = s.kids[verb.index]
    if verb.xpos != "VBN" or not any(k.deprel == "aux:pass" and k.text.lower() in ("'s", "\u2019s") for k in kids):
        return None
    told = verb.lemma in LISTENER_VERBS
    goes_on = any(k.index > verb.index and (
        k.deprel == "obj" if told else k.deprel == "ccomp" and any(c.deprel.startswith("nsubj") for c in s.kids[k.index]))
        for k in kids)
    subjects = [k for k in kids if k.deprel == "nsubj:pass" and k.index < verb.index]
    if not goes_on or not subjects or subjects[-1].text.lower() in ("it", "there") or demonstrative(subjects[-1].text) \
            or time_word(subjects[-1].text):
        return None
    return subjects[-1]


def _unmarked_passive(s: Parsed, verb: Word) -> Word | None:
    """`Paul Ruiz later testified that ...` parsed as a passive: a passive takes a form of `be` or `get`,
    so a past form with none (and no `have`: `perfect-subject`) is active, whatever relation the parse
    gave its subject; that subject, the nearest before the verb, speaks."""
    kids = s.kids[verb.index]
    if verb.xpos not in ("VBN", "VBD") or _perfect(s, verb) or any(
            k.deprel == "aux:pass" or (k.deprel.startswith(("aux", "cop")) and k.lemma in ("be", "get")) for k in kids):
        return None
    subjects = [k for k in kids if k.deprel == "nsubj:pass" and k.index < verb.index
                and not time_word(k.text) and not demonstrative(k.text) and not relative_pronoun(k.text)]
    return subjects[-1] if subjects else None


def _perfect(s: Parsed, w: Word) -> bool:
    """Whether a participle is active, in a perfect tense (`had called`, `to have called`)."""
    return any(k.deprel == "aux" and k.lemma == "have" for k in s.kids[w.index])


def _names_as(s: Parsed, w: Word) -> bool:
    """Whether a verb names through `as` (`saw the plan as "a trap"`): an `as` after it, within the
    verb's own phrase (its head, or its head's head, is the verb), with no quotation between them (`saw
    "Jaws" as a boy`, `remember "Jaws" as a boy`: the quotation is a title seen or remembered, `as` a time)."""
    for x in s.words[w.index + 1:]:
        if x.text.lower() == "as" and x.head >= 0 and not _mark_between(s, w.index + 1, x.index):
            up = s.words[x.head]
            if up.index == w.index or up.head == w.index:
                return True
    return False


def _naming_subject(s: Parsed, w: Word) -> bool:
    """Whether a naming verb has a subject of its own that names: a main clause's, or the relative
    pronoun of a relative clause (`letters that called him "..."`, `Lee, who called it "..."`, set off
    by a dash as by a comma: `Lee -- who called it "..." -- resigned`); not the noun a reduced relative
    hangs from (`a group called "..."`), which is named, nor a relative clause whose pronoun is what is
    named (`what he calls "..."`: a name within another's report); a past form right after the comma closing
    a name set off after the noun phrase opening the sentence, with an object and a quotation after it, is that
    sentence's main verb, whatever the parse made of it (`_apposition_host`)."""
    subjects = [k for k in s.kids[w.index] if k.deprel == "nsubj"]
    if any(c.deprel == "aux:pass" for c in s.kids[w.index]) and _passive_agent(s, w) is not None:
        return True  # `He was branded "a liar" by the Prime Minister`: the agent names
    if not w.deprel.startswith("acl"):
        return bool(subjects) or _finite_main_verb(s, w)
    if _apposition_host(s, w) is not None and any(k.deprel == "obj" and k.index > w.index for k in s.kids[w.index]) \
            and any(x.xpos == "``" for x in s.words[w.index + 1:]):
        return True  # `The COP29 host, Azerbaijan, called oil and gas "a gift of God"`: the main verb after the name
    return w.deprel == "acl:relcl" and any(relative_pronoun(k.text) and k.upos == "PRON" and k.index > 0
                                           and s.words[k.index - 1].text in _SET_OFF_BY for k in subjects)


# what sets a relative clause off: a comma or a dash (`Lee -- who called it "..." -- resigned`)
_SET_OFF_BY = frozenset({",", "--", "\u2014", "\u2013"})


def _finite_main_verb(s: Parsed, w: Word) -> bool:
    """`The team's owner, Gerald Fitch, called the delay "..."` with the subject parsed as an oblique: a
    finite verb (past or present tense) heading its sentence, after a noun, has a subject before it,
    whatever relation the parse gave it (English drops none but an imperative's, which takes the bare
    form)."""
    return w.deprel == "root" and w.xpos in ("VBD", "VBZ") \
        and any(x.upos in _NOMINAL for x in s.words[:w.index])


def _court_finding(s: Parsed, w: Word) -> bool:
    """`The court held that ...`, `The judge ruled on Friday that ...`: `hold` or `rule` as a finding, a finite
    active form with a subject of its own and no particle (not `has been held up as proof that ...`, `as well
    as ruling that ...`, whose finder the words leave open)."""
    kids = s.kids[w.index]
    return w.xpos in FINITE_TAGS and any(k.deprel == "nsubj" for k in kids) and not any(
        k.deprel in ("compound:prt", "aux:pass", "nsubj:pass") for k in kids)


def _command_given(s: Parsed, w: Word) -> bool:
    """`The judge ordered the city to pay the fees`, `The court ordered that his name be printed`: a form of
    `order` (`COMMAND_FORMS`), finite and active with a subject of its own (`_court_finding`) that names a body
    that rules (`FINDING_BODIES`: a judge, a court, a panel, `Judge Ann Ruiz`), with what it
    commands after it, a `that` clause or the one commanded and an infinitive (`_infinitive_content`), reports
    that command; not `ordered a pizza`, `in order to`, `was ordered to leave` (the one who ordered unnamed)."""
    if w.upos != "VERB" or w.text.lower() not in COMMAND_FORMS or not _court_finding(s, w):
        return False
    if not any(x.text.lower() in FINDING_BODIES for k in s.kids[w.index] if k.deprel == "nsubj" and k.index < w.index
               for x in s.subtree(k)):
        return False  # `Ruiz ordered her aides to ...`: an order of the house, not a ruling; `Judge Ruiz ordered`
    if any(k.deprel == "ccomp" and k.index > w.index and any(m.deprel == "mark" and m.text.lower() == "that"
                                                             for m in s.kids[k.index]) for k in s.kids[w.index]):
        return True  # `ordered that the records be released`: a clause whose verb may be a bare subjunctive
    listener = next((k for k in s.kids[w.index] if k.deprel == "obj" and k.index > w.index), None)
    return listener is not None and _commanded(listener) and _infinitive_content(s, w, None) is not None


def _commanded(w: Word) -> bool:
    """Whether a noun phrase's head names one who can be given a command: a name, a pronoun, or a noun for a
    person, a group, a body or a place that governs (`COMMANDED_NOUNS`), not a thing (`ordered a pizza`)."""
    low = w.text.lower()
    return w.upos in ("PROPN", "PRON") or low in COMMANDED_NOUNS or low in SPEAKER_NOUNS or low in GROUP_NOUNS \
        or low in ORGANISATION_WORDS or low in ROLE_WORDS or low.rstrip("s") in ROLE_WORDS


def _that_clause_after(s: Parsed, w: Word) -> bool:
    """Whether a clause opened by `that` follows verb `w` as its complement (`submitted that ...`,
    `submitted to the court that ...`): `that` right after it, or marking a clause the parse hangs from it; a
    clause with a subject of its own may have a bare subjunctive for its verb (`moved that the plans be refused`)."""
    nxt = s.words[w.index + 1] if w.index + 1 < len(s.words) else None
    if _subjunctive_after(s, w):
        return True  # `moved that the council reject the bid`, `moved that the plans be refused`
    if not any(x.xpos in FINITE_TAGS for x in s.words[w.index + 2:]):
        return False  # `held that meeting in secret`: a clause has a finite verb, whatever the parse made of `that`
    return nxt is not None and nxt.text.lower() == "that" and nxt.deprel != "det" or any(
        k.deprel in ("ccomp", "advcl") and k.index > w.index and any(
            m.deprel == "mark" and m.text.lower() == "that" for m in s.kids[k.index]) for k in s.kids[w.index])


_BARE_TAGS = frozenset({"VB", "VBP"})  # a verb's bare form, which the tagger may take for a present after a noun


def _subjunctive_after(s: Parsed, w: Word) -> bool:
    """`moved that the plans be refused`, `moved that the council reject the bid`: a clause that `that` opens right
    after verb `w`, with a subject of its own and a bare verb (or a bare `be` and a participle) with no modal, a
    mandative subjunctive; not `a move that would benefit ...` (a modal), `moves to ... that he is counting on`."""
    if w.index + 1 >= len(s.words) or s.words[w.index + 1].text.lower() != "that":
        return False
    for k in s.kids[w.index]:
        if k.deprel != "ccomp" or k.index <= w.index or not any(
                m.deprel == "mark" and m.index == w.index + 1 for m in s.kids[k.index]):
            continue
        kids = s.kids[k.index]
        if any(x.deprel.startswith("aux") and x.xpos == "MD" for x in kids):
            return False
        bare = k.xpos in _BARE_TAGS and any(x.deprel == "nsubj" and x.index < k.index for x in kids) and not any(
            x.deprel.startswith("aux") for x in kids)  # `the council reject`: a present's form after a singular
        passive = any(x.deprel == "aux:pass" and x.xpos in _BARE_TAGS for x in kids) and any(
            x.deprel == "nsubj:pass" for x in kids)
        return bare or passive
    return False


def _verb_cue(sentence: int, s: Parsed, w: Word, named: bool = False) -> Cue | None:
    """A speech or report verb (by lemma or form), a naming verb with a subject or beside a verb with
    one (`_naming_side_clause`), or a phrasal cue (`shot back`); its speaker from the `subject` table, else the `phrase` table, its content from
    the `content` table.  `named`: another rule has found the naming verb's subject names."""
    naming = _is_naming_verb(w) and _phrasal_word(s, w) is None   # `called out`: a shout, no naming
    if _is_naming_verb(w) and not naming and any(k.deprel == "obj" and k.upos != "PUNCT" and not (
            k.index > 0 and s.words[k.index - 1].upos == "PUNCT" and s.words[k.index - 1].xpos == "``")
            for k in s.kids[w.index]):
        return None   # `called out the mayor`: a rebuke of someone, no words of their own
    if naming and (not (named or _naming_subject(s, w) or _naming_side_clause(s, w))
                   or (NAMING_FORMS[w.text.lower()] in NAMING_AS_ONLY and not _names_as(s, w))):
        return None  # `a group called "..."`, `is called "..."`: a name, nobody's words; `saw "Jaws"`
    phrasal = _phrasal_word(s, w)
    said_that = w.upos == "VERB" and w.lemma in THAT_ONLY_CUES and _that_clause_after(s, w) and (
        w.lemma in THAT_CLAUSE_CUES or _court_finding(s, w)) and (
        w.lemma not in MOTION_CUES or _subjunctive_after(s, w))  # `moved that the plans be refused`  # `submitted that`, `shared that`, `objected that`, `The court held that`
    said_that = said_that or _command_given(s, w)  # `The judge ordered the city to pay`
    if not (naming or _is_cue_verb(w) or said_that or phrasal is not None) or _takes_infinitive(s, w) \
            or _restricting_participle(s, w) or _possessed(s, w) or _rubric_label(s, w) \
            or _noun_participle(s, w) or _spelt_noun_subject(s, w) or _making_work(s, w) \
            or _preposition_object(s, w):
        return None  # `His warning that ...`: a noun after a possessive, `noun-cue`'s; `a written statement`
    found = _subject_rule(s, w)
    rule, head = found if found is not None else (None, None)
    if head is not None and (time_word(head.text) or demonstrative(head.text)):
        head = None  # `said Tuesday`: a misparse, not a speaker; `That prompted her to say`: no one
    speaker = _speaker_span(s, head, w)
    span_rule = None
    nobody = found[0] if found is not None and found[0] in _PASSIVE_NOBODY else None  # recorded, asks no phrase
    if head is None:
        rule = None
        phrase = None if nobody else PHRASES.first(s, w)
        if phrase is not None:
            rule, (head, speaker) = phrase
    elif speaker is not None:
        widened = SPANS.first(s, w, head, speaker)
        if widened is not None:
            span_rule, speaker = widened
    if head is not None and _naming_noun(head):
        return None  # `As the title suggests, ...`, `Its name implies that ...`: a name says nothing
    cue_words = (w,) if phrasal is None else (w, phrasal)
    reported = None if naming else CONTENTS.first(s, w, head)
    content, more = reported[1] if reported is not None else _NOTHING
    if content is not None and content[0] > w.start and (opening := _split_tag_opening(s, w, len(s.words))) is not None \
            and s.words[opening].start <= content[0] < content[1] \
            and (first := _split_quote_close(s, opening, len(s.words))) is not None and s.words[first].start < content[1]:
        close = max(x.index for x in s.words[opening + 1:first] if x.upos == "PUNCT" and x.text.strip(MARK_CHARS) == "")
        content = (min(content[0], s.words[opening + 1].start), s.words[close].end)  # `"A," he said, "B" -- but
        # C, critics say`: his is B, even where the parse gave him only words after it (`"B" and C, aides claim`)
    if content is not None and content[1] <= w.start:
        stop = next((x.index for x in s.words if x.start >= content[1]), len(s.words))
        tag_end = _split_tag_end(s, content[0], stop)
        if tag_end is not None:
            after = _split_quote_close(s, tag_end, stop)
            start = tag_end if after is None else after   # `"A," he said, "B" -- but C, critics say`: C alone
            content = (s.words[start].start, content[1])  # `"A," she said, "B," she added`: B alone
    return Cue(sentence, cue_words, w, speaker, head, content, _antecedent(s, head), more,
               speaker_rule=rule if speaker is not None else nobody, span_rule=span_rule,
               content_rule=reported[0] if reported is not None and content is not None else None)


def _what_they_call(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`They built what critics called "a bridge to nowhere"`: a naming verb in a free relative opened by
    `what`, with a noun for its subject, gives that subject's words: the name is theirs, not the
    writer's (as in `called it "..."`).  The parse hangs the clause from `what`, or `what` from the
    verb.  A pronoun subject (`railed against what he calls "..."`) names the speaker of the clause
    around it, whose cue runs on into the quotation: left to that one."""
    if not _is_naming_verb(w) or w.deprel != "acl:relcl" or w.xpos == "VBN" and not _perfect(s, w):
        return None
    kids = s.kids[w.index]
    opener = s.words[w.head] if w.head >= 0 else None
    if not (opener is not None and opener.text.lower() == "what"
            or any(k.text.lower() == "what" and k.index < w.index for k in kids)):
        return None
    if not any(k.deprel == "nsubj" and k.index < w.index and k.upos in ("NOUN", "PROPN") for k in kids):
        return None  # `what he calls "..."`: the pronoun's one is the clause's around it, which runs on into it
    return _verb_cue(sentence, s, w, named=True)


def _relative_pronoun_calls(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`She backed a deal that he called "a betrayal"`, `the deal, which they called "..."`: a naming verb
    in a relative clause on a noun, opened by a relative pronoun that is the verb's object, with a personal
    pronoun for its subject, gives the pronoun's words: what is named is the noun, the name is the
    pronoun's (not a clause with no relative pronoun: `the plan she calls "..."` may be the parse's).  Only a pronoun: a noun there may be the parse's mistake for the
    noun the clause hangs from; not a free relative (`what he calls "..."`: `what-they-call`'s, left to
    the clause around it); not within another cue's report (`Lee said he fought the bill, which he called
    "..."`: the report runs on through the name); not a passive participle (`a deal called "..."`: a
    name, nobody's words)."""
    if not _is_naming_verb(w) or w.deprel != "acl:relcl" or (w.xpos == "VBN" and not _perfect(s, w)) \
            or _phrasal_word(s, w) is not None or NAMING_FORMS[w.text.lower()] in NAMING_AS_ONLY:
        return None
    kids = s.kids[w.index]
    opener = s.words[w.head] if w.head >= 0 else None
    if opener is None or opener.text.lower() == "what" or opener.upos not in ("NOUN", "PROPN") \
            or any(k.text.lower() == "what" for k in kids):
        return None
    subjects = [k for k in kids if k.deprel == "nsubj" and k.index < w.index]
    if len(subjects) != 1 or subjects[0].text.lower() not in NOMINATIVE_PRONOUNS:
        return None
    if not any(k.deprel == "obj" and relative_pronoun(k.text) and k.index < subjects[0].index for k in kids):
        return None  # `the plan she calls "..."` with no pronoun: the parse may have hung a clause of its own there
    up, seen = w.head, set()
    while up >= 0 and up not in seen:
        seen.add(up)
        if _is_cue_verb(s.words[up]) or _is_naming_verb(s.words[up]):
            return None  # `Lee said he backs the bill, which he called "...": within a report, its speaker's
        up = s.words[up].head
    return _verb_cue(sentence, s, w, named=True)


_CONTACT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})
_CONTACT_QUANTIFIERS = frozenset({"many", "some", "several", "few", "most", "both", "all", "other", "these", "those"})
_CONTACT_THINGS = frozenset({"something", "everything", "anything", "nothing"})  # `everything he called "fake"`


def _contact_relative_calls(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Critics attacked a plan he called "reckless"`, `They fought a move the union called "brutal"`: a naming
    verb right before a quotation, right after a subject that is right after a noun (a contact relative: no
    `that` or `which`, the noun the verb's missing object) gives the subject's words, however the parse hung
    them (it takes `the union` for a second object, `called` for a participle).  The subject is read from the
    words: a personal pronoun (`he`, `they`; never an object), a name, or a noun phrase opened by a
    determiner, a quantifier, a number or a name's `'s`, or a bare plural of people after a singular noun
    (`a plan critics called`); not after a verb that takes two objects, the second opened by `a` (`sold
    customers a loan called "Easy Pay"`: a name, nobody's words), not a time (`Last week the union called ...`), not within another cue's report, which
    runs on through it (`Lee said he fought a bill he called "..."`)."""
    if not _is_naming_verb(w) or w.xpos not in ("VBD", "VBZ", "VBP", "VBN") or _phrasal_word(s, w) is not None \
            or NAMING_FORMS[w.text.lower()] in NAMING_AS_ONLY or w.index < 2 or w.index + 1 >= len(s.words):
        return None
    if s.words[w.index + 1].text.strip(MARK_CHARS) != "" or s.words[w.index + 1].upos != "PUNCT":
        return None  # the quotation right after the verb: its object is the noun before (`called it "..."` is not)
    last = s.words[w.index - 1]
    while last.index > 1 and (last.upos == "ADV" or last.xpos == "MD" or last.lemma == "have" and last.upos == "AUX"):
        last = s.words[last.index - 1]   # `he once called`, `critics have called`, `rivals would call`
    if last.upos in ("AUX", "ADV") or any(k.deprel == "aux:pass" or k.deprel.startswith("aux") and k.lemma in ("be", "get")
                                          for k in s.kids[w.index]):
        return None  # `was called "..."`: a name, nobody's words
    if last.text.lower() in NOMINATIVE_PRONOUNS:
        first = last
    elif last.upos == "PROPN":
        first = last   # a name: its capitalised words, however tagged (`Ann` taken for a preposition)
        while first.index > 1 and s.words[first.index - 1].text[:1].isupper() and s.words[first.index - 1].text.isalpha():
            first = s.words[first.index - 1]
    elif last.upos == "NOUN" and not time_word(last.text):
        first = last
        while first.index > 0 and s.words[first.index - 1].upos in ("NOUN", "PROPN", "ADJ") \
                and s.words[first.index - 1].text.lower() not in _CONTACT_DETERMINERS | _CONTACT_QUANTIFIERS:
            first = s.words[first.index - 1]
        before = s.words[first.index - 1] if first.index > 0 else None
        if before is not None and (before.text.lower() in _CONTACT_DETERMINERS | _CONTACT_QUANTIFIERS
                                   or before.upos == "NUM"):
            first = before   # `the union`, `many economists`, `two judges`
        elif before is not None and before.text.lower() in ("'s", "\u2019s") and before.index > 1 \
                and s.words[before.index - 1].upos == "PROPN":
            first = s.words[before.index - 1]   # `Lee's allies`: a name's
            while first.index > 1 and s.words[first.index - 1].upos == "PROPN":
                first = s.words[first.index - 1]
        elif not (first is last and last.xpos == "NNS" and last.text.lower() in SPEAKER_NOUNS
                  and before is not None and before.xpos == "NN"):
            return None   # a bare plural of people right after a singular noun: `a plan critics called`
    else:
        return None
    if first.index == 0:
        return None
    noun = s.words[first.index - 1]
    if not (noun.upos == "NOUN" and not time_word(noun.text) or noun.text.lower() in _CONTACT_THINGS):
        return None
    if noun.text.lower() in ROLE_WORDS or noun.head == w.index or noun.deprel == "nsubj":
        return None  # `Union leader Ann Ruiz called "foul"`: a title of the subject's, no noun of its own
    opening = noun   # the noun's own phrase: back over its modifiers to its determiner
    while opening.index > 0 and s.words[opening.index - 1].upos in ("ADJ", "NOUN", "PROPN", "NUM"):
        opening = s.words[opening.index - 1]
    if opening.index > 0 and s.words[opening.index - 1].text.lower() in _CONTACT_DETERMINERS:
        opening = s.words[opening.index - 1]
    if opening.index > 0 and s.words[opening.index - 1].upos == "VERB" \
            and s.words[opening.index - 1].lemma in DOUBLE_OBJECT_VERBS and first.text.lower() in ("a", "an", "another"):
        return None  # `sold customers a loan called "Easy Pay"`: two objects, the second (a new thing) named
    x = noun
    seen = set()
    while x.head >= 0 and x.index not in seen:
        seen.add(x.index)
        up = s.words[x.head]
        if _is_cue_verb(up) and (x.deprel in ("ccomp", "parataxis") or last.text.lower() in NOMINATIVE_PRONOUNS):
            return None  # `Lee said he fought a bill he called "...": within a report, its speaker's; so
            # too a pronoun's anywhere under a cue (`He attacked a plan he called "..."`: most often the
            # cue's own speaker, whose report runs on through the name)
        x = up
    cue = _verb_cue(sentence, s, w, named=True)
    if cue is None:
        return None
    if cue.speaker_head is not None and first.index <= cue.speaker_head.index <= last.index:
        return replace(cue, speaker=(first.start, last.end))   # the subject's words, not the noun's before them
    return replace(cue, speaker=(first.start, last.end), speaker_head=last, antecedent=None, speaker_rule=None,
                   span_rule=None)


def _takes_infinitive(s: Parsed, w: Word) -> bool:
    """`will continue to be "a fine mayor"`, `if he continues to lose ground`: a cue form before `to` and
    a verb that is no cue (`be`, `lose`, `lead`) goes on doing it; it reports nothing (`continued to
    insist that ...` reports through the verb after it)."""
    after = s.words[w.index + 1:w.index + 3]
    if w.text.lower() not in INFINITIVE_FORMS or len(after) < 2 or after[0].text.lower() != "to":
        return False
    return after[1].text.lower() == "be" or not (_is_cue_verb(after[1]) or _is_naming_verb(after[1]))


def _according_to(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`according to X`, or `as per X` (its South Asian form): X is the source, the rest of the clause its
    content; not a standard that `as per` holds a thing up to (`as per the rules`: `NORM_NOUNS`)."""
    if w.index + 1 >= len(s.words) or (w.text.lower(), s.words[w.index + 1].text.lower()) not in (
            ("according", "to"), ("as", "per")):
        return None
    if w.text.lower() == "as":
        held = next((x for x in s.words[w.index + 2:w.index + 6] if x.upos in _NOMINAL or x.text.lower() == "usual"),
                    None)
        while held is not None and held.index + 1 < len(s.words) and s.words[held.index + 1].upos in ("NOUN", "PROPN"):
            held = s.words[held.index + 1]  # `as per the court order`: the compound's last noun
        if held is None or held.text.lower() in NORM_NOUNS:
            return None  # `built as per the plan`, `as per usual`
    source = _according_source(s, w)
    to = s.words[w.index + 1]
    if source is None or source.index < w.index:
        return _according_by_words(sentence, s, w, to)
    speaker = s.span(source, frozenset({w.index}))
    if speaker[1] <= to.end:  # `..., according to.`: nothing after `to` to name a source
        return None
    speaker = (s.words[to.index + 1].start, max(speaker[1], s.words[_name_after(s, to.index + 1)].end))
    stop = next((x for x in s.words[to.index + 2:] if x.start < speaker[1] and x.text == ":"), None)
    if stop is not None:  # `According to the Ledger: "..."`: what it says is no part of its name
        speaker = (speaker[0], s.words[stop.index - 1].end)
    aside = next((x for x in s.words[to.index + 2:-1] if x.start < speaker[1] and x.text == ","
                  and (relative_pronoun(s.words[x.index + 1].text)
                       or s.words[x.index + 1].text.lower() in CIRCUMSTANCE_OPENERS | {"with"})), None)
    if aside is not None:  # `according to the ministry, which gave no details`, `, with dozens missing`: not its name
        speaker = (speaker[0], s.words[aside.index - 1].end)
    named = next((x for x in s.words[to.index + 2:-1] if x.start < speaker[1] and x.text == ","), None)
    if named is not None and _name_segment(s, s.words[to.index + 1:named.index]) and _source_description(
            s, named.index + 1, max(x.index for x in s.words if x.end <= speaker[1]) + 1):
        speaker = (speaker[0], s.words[named.index - 1].end)  # `..., according to Lt. Col. Ann Park, the battalion
        # commander.`: the description set off after the name is the name's, no part of the source
    root = next(x for x in s.words if x.head < 0)
    content = _clause_without(s, root, source) if root.index != source.index else None
    if content is not None and content[0] < w.start < content[1]:
        kept = [x for x in s.words if content[0] <= x.start and x.end <= w.start and (x.upos != "PUNCT" or x.text in _CLOSERS)]
        if kept:  # `was in talks with "several buyers," according to ...` with `according` hung from `buyers`:
            content = (content[0], kept[-1].end)  # the source's own words are no part of what it says
    fronted = _fronted_source(s, w, to)
    if fronted is not None:
        speaker, content = fronted
    return Cue(sentence, (w, s.words[w.index + 1]), s.words[source.head] if source.head >= 0 else source,
               speaker, source, content, speaker_rule="according-to")


IN_VIEW_WORDS = 5  # the most words of the owner between `in` and the noun of a view


def _in_view(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`In Lee's view, taxes will fall.`, `Taxes will fall, in her opinion.`: `in`, an owner (a possessive
    pronoun, or a noun phrase its `'s` closes) and a noun of a view (`VIEW_NOUNS`), opening the sentence
    before a comma or closing it after one: the owner holds the rest of the sentence, as a speaker says it,
    read from the words whatever the parse hung from them."""
    words = s.words
    if w.text.lower() != "in":
        return None
    view = next((x for x in words[w.index + 2:w.index + 2 + IN_VIEW_WORDS] if x.text.lower() in VIEW_NOUNS), None)
    if view is None:
        return None
    owner = words[w.index + 1:view.index]
    if len(owner) == 1 and (owner[0].text.lower() in POSSESSIVE_PRONOUNS or owner[0].text.lower() in FIRST_PERSON_POSSESSIVES):
        named = owner
    elif len(owner) >= 2 and owner[-1].text in ("'s", "\u2019s", "'", "\u2019") \
            and all(x.upos in ("DET", "PROPN", "NOUN", "ADJ", "NUM") or x.text == "." for x in owner[:-1]):
        named = owner[:-1]
    else:
        return None
    body = [x for x in words if x.upos != "PUNCT" or x.text not in ".!?;"]
    if w.index == 0 and view.index + 2 < len(words) and words[view.index + 1].text == ",":
        said = [x for x in body if x.index > view.index + 1]
    elif w.index > 1 and words[w.index - 1].text == "," and body and body[-1].index == view.index:
        said = [x for x in body if x.index < w.index - 1]
    elif w.index > 1 and words[w.index - 1].text == "," and view.index + 2 < len(words) \
            and words[view.index + 1].text == "," and not any(_is_cue_verb(x) for x in words[:w.index]):
        before = [x for x in body if x.index < w.index - 1]  # `The plan was, in her view, doomed`: an aside
        after = [x for x in body if x.index > view.index + 1]  # within the clause it qualifies, both sides hers
        if not before or not after or not any(x.upos in ("VERB", "AUX") for x in before + after) \
                or any(x.text.strip(MARK_CHARS) == "" for x in before + after):
            return None
        root = next(x for x in words if x.head < 0)
        return Cue(sentence, (w, view), root, (named[0].start, named[-1].end), named[-1],
                   (before[0].start, before[-1].end), more=(after[0].start, after[-1].end),
                   speaker_rule="in-view", content_rule="in-view")
    else:
        return None
    if len(said) < 2 or not any(x.upos in ("VERB", "AUX") for x in said) \
            or any(x.text.strip(MARK_CHARS) == "" for x in said):
        return None  # `"...," in Bolton's view.`: a quotation's own tag (link rule `in-words`)
    root = next(x for x in words if x.head < 0)
    return Cue(sentence, (w, view), root, (named[0].start, named[-1].end), named[-1], (said[0].start, said[-1].end),
               speaker_rule="in-view", content_rule="in-view")


def _according_aside(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The mill, according to the union, will close in June`: `according to X` set off by commas
    right after the noun phrase opening its sentence (no verb in it) and right before that phrase's
    verb (an auxiliary, a verb or an adverb opening the words after the second comma) sits within
    the clause it sources: what X says is the words before the first comma and the words after the
    second (the source read as `according-to` reads it)."""
    words = s.words
    if w.index < 2 or words[w.index - 1].text != ",":
        return None
    cue = _according_to(sentence, s, w)
    if cue is None or cue.speaker is None or cue.speaker[0] < w.end:
        return None
    close = next((x for x in words[w.index + 2:] if x.start >= cue.speaker[1]), None)
    if close is None or close.text != "," or close.index + 1 >= len(words) \
            or words[close.index + 1].upos not in ("AUX", "VERB", "ADV"):
        return None
    before = [x for x in words[:w.index - 1] if x.upos != "PUNCT"]
    after = [x for x in words[close.index + 1:] if x.upos != "PUNCT"]
    if not before or not after or any(x.upos in ("VERB", "AUX") or x.xpos in _FINITE for x in before) \
            or not any(x.upos in ("VERB", "AUX") for x in after):
        return None
    return replace(cue, content=(before[0].start, before[-1].end), more=(after[0].start, after[-1].end))


def _according_demonstrative(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Most voters want the mill kept open. That's according to a survey by the Ledger.`: `according
    to X` whose clause is only `that` (`this`) and `be` gives the source of what the demonstrative
    stands for, the sentence before: the demonstrative is what X says (the source read as
    `according-to` reads it)."""
    before = [x for x in s.words[:w.index] if x.upos != "PUNCT"]
    if len(before) != 2 or before[0].text.lower() not in DEMONSTRATIVE_PRONOUNS \
            or before[1].text.lower() not in ("'s", "\u2019s", "is", "was"):
        return None
    cue = _according_to(sentence, s, w)
    if cue is None or cue.speaker is None or cue.speaker[0] < w.end:
        return None
    return replace(cue, content=(before[0].start, before[0].end), content_rule="according-demonstrative")


def _per_source(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The fire started in the kitchen, per the report.`, `Per police, the driver lost control.`, `The
    district, per a memo, will cut jobs`: `per` set off by a comma (or opening its sentence) before a
    source (`per_source_run`) gives the source of its clause as `according to` does: X is the phrase
    after `per` up to the next punctuation, what it says the words on the other side of the comma (both
    sides for an aside between a noun phrase and its verb). Not a rate (`80 miles per hour`, `$40 per
    person`: no comma before it, no source after it), nor `as per`."""
    words = s.words
    if w.text.lower() != "per" or w.index + 1 >= len(words):
        return None
    before = [x for x in words[:w.index] if x.upos != "PUNCT"]
    opening = not before
    comma = w.index - 1
    while comma > 0 and all(c in MARK_CHARS for c in words[comma].text):
        comma -= 1  # `"...," per a statement from the family.`: the comma within the quotation's marks
    if not opening and words[comma].text != ",":
        return None
    if before and before[-1].text.lower() == "as":
        return None
    if any(_is_cue_verb(x) for x in before):
        return None  # `Lee told the paper, per a translator, that ...`, `"...," Lee said, per a pool report`: the
    run = per_source_run(s, w)  # report is another's, `per` names the one who passed it on
    if run is None:
        return None
    after_run = words[run[-1].index + 1:]
    rest = [x for x in after_run if x.upos != "PUNCT"]
    nouns = [x for x in run if x.upos in _NOMINAL]
    head = next((x for x in nouns if not run[0].index <= x.head <= run[-1].index), nouns[-1])
    root = next(x for x in words if x.head < 0)
    speaker = (run[0].start, run[-1].end)
    if opening:
        if not after_run or after_run[0].text != "," or not rest:
            return None
        return Cue(sentence, (w,), root, speaker, head, (rest[0].start, rest[-1].end), speaker_rule="per-source")
    if not rest:  # `..., per the report.`
        return Cue(sentence, (w,), root, speaker, head, (before[0].start, before[-1].end), speaker_rule="per-source")
    if after_run[0].text == "," and rest[0].text.lower() in ("which", "who"):  # `..., per the report, which ...`
        return Cue(sentence, (w,), root, speaker, head, (before[0].start, before[-1].end), speaker_rule="per-source")
    if after_run[0].text == "," and rest[0].upos in ("AUX", "VERB", "ADV") \
            and not any(x.upos in ("VERB", "AUX") or x.xpos in _FINITE for x in before) \
            and any(x.upos in ("VERB", "AUX") for x in rest):  # `The district, per a memo, will cut jobs`
        return Cue(sentence, (w,), root, speaker, head, (before[0].start, before[-1].end),
                   more=(rest[0].start, rest[-1].end), speaker_rule="per-source")
    return None


def per_source_run(s: Parsed, per: Word) -> list[Word] | None:
    """The source after `per` (`per`-source): the words up to the next punctuation (a possessive's `'s`
    within them), when they name a source: opened by a determiner or a possessive (`the report`, `a memo
    obtained by the station`, `its filing`), or holding a name (`ESPN`, `Channel 4 News`), or ending, before
    any `of`, `from` or `by`, in a noun of people or records that speak (`police`, `court documents`,
    `officials`: `PER_SOURCE_NOUNS`); never a unit (`per hour`, `per capita`, `per cent`), nor a norm that
    `per` follows, whatever its determiner (`per the rules`, `per her request`: `NORM_NOUNS`)."""
    words = s.words
    j = per.index + 1
    while j < len(words) and (words[j].upos != "PUNCT" or words[j].text in ("-", "&")):
        j += 1
    run = list(words[per.index + 1:j])
    if not run or not any(x.upos in _NOMINAL for x in run):
        return None
    first = run[0]
    linked = next((k for k, x in enumerate(run) if k and x.text.lower() in _SOURCE_LINKS), len(run))
    own = run[:linked]
    if own[-1].text.lower() in NORM_NOUNS:
        return None  # `per the rules`, `per his contract`: a norm followed, no source
    if first.text.lower() in PHRASE_DETERMINERS or first.text.lower() in POSSESSIVE_PRONOUNS or first.xpos == "PRP$" \
            or any(x.text[:1].isupper() and x.upos == "PROPN" for x in run) \
            or own[-1].text.lower() in PER_SOURCE_NOUNS:
        return run
    return None


def _fronted_source(s: Parsed, according: Word, to: Word) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """`According to the league, at least a dozen clubs are ...`: an `according to` opening its sentence
    is set off by a comma, and what follows that comma is the clause it gives the source of, whatever the
    parse hung from the source (`at least`); a description set off after the source's name and closed by
    a comma of its own (`According to Jo Hart, a spokeswoman for the club, ...`, `_source_description`)
    is the source's, and so is a name set off after a description (`According to a statement by its
    spokesman, Mr. Jo Obi, ...`); a participle's phrase set off there (`According to the study, published in May, ...`,
    `_participle_after_noun`) or a relative clause (`According to Reuters, which cited officials, ...`,
    `_relative_close`) describes the source and is neither its name nor what it says. The source's and the content's character ranges, or None when `according` does not open
    the sentence or no comma ends its phrase."""
    words = s.words
    if any(x.upos != "PUNCT" for x in words[:according.index]):
        return None
    commas = [x.index for x in words[to.index + 2:] if x.text == ","]
    if not commas or any(x.text == ":" for x in words[to.index + 1:commas[0]]):
        return None  # `According to the Ledger: "..."`: a colon ends the source (`according-to` reads it)
    close = end = commas[0]
    if len(commas) > 1 and _source_description(s, close + 1, commas[1]) \
            and _name_segment(s, words[to.index + 1:close]):
        close = commas[1]  # `According to Lt. Col. Ann Park, the battalion commander, ...`: the description set
        # off after a name is the name's, no part of the source (as after a speaker's name: `name-before-apposition`)
    elif len(commas) > 1 and (_source_description(s, close + 1, commas[1])
                              or _name_segment(s, words[close + 1:commas[1]]) and not _listed_after(s, commas[1])):
        close = end = commas[1]  # `According to a spokeswoman, Jo Hart,`, `According to its spokesman, Jo Hart,`
    elif len(commas) > 1 and _participle_after_noun(s, commas[1]) == close:
        close = commas[1]  # `According to the study, published in May, ...`: the phrase describes the source
    elif len(commas) > 1 and words[close + 1].text.lower() in _SET_OFF_RELATIVES:
        close = _relative_close(s, commas)  # `According to Reuters, which cited officials, ...`: the source's
    rest = list(words[close + 1:])
    while rest and rest[0].upos == "PUNCT":
        rest.pop(0)
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if not rest:
        return None
    return (words[to.index + 1].start, words[end - 1].end), (rest[0].start, rest[-1].end)


_SET_OFF_RELATIVES = SET_OFF_RELATIVES  # not `that` (`According to X, that is false`)


def _relative_close(s: Parsed, commas: Sequence[int]) -> int:
    """The comma that closes a relative clause set off after a fronted source (`According to the mayor, who
    spoke in Lyon, France, on Sunday, the stadium ...`; its first comma at `commas[0]`): the last comma
    before the subject of the sentence's main verb, when that subject stands past the clause's opening;
    else the next comma."""
    root = next((w for w in s.words if w.head < 0), None)
    subject = None if root is None else next(
        (k for k in s.kids[root.index] if k.deprel.split(":")[0] in ("nsubj", "expl", "csubj")), None)
    if subject is not None and subject.index > commas[1]:
        return max(i for i in commas if i < subject.index)
    return commas[1]


def _listed_after(s: Parsed, comma: int) -> bool:
    """Whether the words after the comma at `comma`, up to the first verb, go on a list (`According to the
    coach, Lee, Hart and Vale will start`: a conjunction or another comma), or nothing follows it."""
    rest = []
    for w in s.words[comma + 1:]:
        if w.upos in ("VERB", "AUX"):
            break
        rest.append(w)
    return len(rest) == len(s.words) - comma - 1 or any(w.upos == "CCONJ" or w.text == "," for w in rest)


def _source_description(s: Parsed, lo: int, hi: int) -> bool:
    """Whether words [lo, hi), set off by commas after a source, describe it (`a spokeswoman for the club`,
    `Mr. Lee's deputy`, `director of the survey center`, `a friend of hers who died in 2000`): a
    description (`_description`) that opens with a determiner, a possessor or a role word, and holds
    no verb before any relative clause of its own (`, the agency said,`, `majorities of voters in Ohio`
    and `in a close race` open the clause instead)."""
    words = s.words
    first = words[lo].text.lower()
    opens = words[lo].upos == "DET" or first in ROLE_WORDS or any(w.xpos == "POS" for w in words[lo:hi])
    own = next((w.index for w in words[lo:hi] if relative_pronoun(w.text)), hi)
    return opens and _description(s, lo, hi) and not any(w.upos in ("VERB", "AUX") for w in words[lo:own])


def _name_after(s: Parsed, i: int) -> int:
    """The last word of the name opening at word `i` (`Paul Sperry`, `GMA News`): the run of names
    after it with no punctuation between, whatever the parse hung apart; `i` itself when no name opens there."""
    while i + 1 < len(s.words) and s.words[i].upos == "PROPN" and s.words[i + 1].upos == "PROPN":
        i += 1
    return i


_SOURCE_LINKS = frozenset({"of", "for", "by", "from"})  # `according to a poll by Gallup`, `data from the FBI`


def _according_by_words(sentence: int, s: Parsed, according: Word, to: Word) -> Cue | None:
    """`..., according to The Washington Post.` with `according` hung from a word before it (or from
    nothing the parse names): the source is the noun phrase right after `to`, read off the words (or
    a pronoun there); the content the larger side of the sentence around `according to X`."""
    words, run = s.words, []
    j = to.index + 1
    if j < len(words) and words[j].upos == "PRON" and not relative_pronoun(words[j].text):
        run = [words[j]]
    while not run and j < len(words):
        if _phrase_word(s, words[j]) or (words[j].text.lower() in _SOURCE_LINKS and j > to.index + 1
                                         and j + 1 < len(words) and _phrase_word(s, words[j + 1])):
            j += 1
            continue
        run = list(words[to.index + 1:j])
        break
    else:
        run = run or list(words[to.index + 1:j])
    nouns = [x for x in run if x.upos in _NOMINAL]
    if not nouns:
        return None
    head = next((x for x in nouns if not run[0].index <= x.head <= run[-1].index), nouns[-1])
    before = [x for x in words[:according.index] if x.upos != "PUNCT"]
    after = [x for x in words[run[-1].index + 1:] if x.upos != "PUNCT"]
    side = before if len(before) >= len(after) else after
    content = (side[0].start, side[-1].end) if side else None
    root = next(x for x in words if x.head < 0)
    return Cue(sentence, (according, to), root, (run[0].start, run[-1].end), head, content,
               speaker_rule="according-to")


_HEADLINE_VERBS = (SAY_VERBS | OBJECT_CUES) - {"state"}  # the verbs a headline reports words with
_TELL_FORMS = ("Tells", "Told")  # a headline's title-case verb of telling, its listener after it
_HEADLINE_BREAKS = frozenset({",", ":", "\u2014", "\u2013", "--", "-", "|"})


def _headline_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Senator Jane Roe Says Tax Plan Will Fail`, `Tax Plan Will Fail, Jane Roe Says`: in a headline
    in title case the tagger takes a capitalised cue form for part of a name; between a name and more
    words it is the headline's verb: the capitalised words before it speak (back to a break, past a quotation's
    closing mark; a body's name holds its `Of`: `Bank Of England Says`), the words after it (or, when none follow, those before the break) are what they said.  In a headline in
    sentence case (`stopless_line`) a lower-case `-s` form the tagger took for a noun after the noun phrase
    opening the line, or opening after a quotation and its colon, or after a comma closing the line, is its
    verb too (`Union slams pay offer as 'insulting'`, `'Brace for a long winter': mayor warns of more cuts`,
    `Rail strike will go ahead, union confirms`).  A verb of saying reports its
    words; any other cue verb only words holding a quotation (`slams X as '...'`, as in a sentence).  Not a
    form with a preposition after it (`Jane Roe Claims Under Fire`: a noun) but a topic's (`Warns Of`), read
    past it, and past a listener before it (`Warns Farmers Of Long Dry Summer`)."""
    words = s.words
    if w.upos == "VERB" or not cue_form(w.text) or w.index == 0 or cue_lemma(w.text) is None \
            or not (w.text.lower().endswith(("s", "ed")) or _plural_subject_base(s, w)) \
            or w.text in _TELL_FORMS:  # (`Tells`: `headline-tell` reads its listener)
        return None  # `Washington Post`, `Iowa State`: a cue form used as a noun; `Defends X`: no words said
        # (the form's own verb: the tagger gives a name's `Warns` the lemma `warns`)
    if w.index + 1 < len(words) and words[w.index + 1].upos == "PUNCT" and words[w.index + 1].text != "." \
            and words[w.index + 1].text.strip(MARK_CHARS):
        return None  # `..., Christopher Rants, Kim Reem, ...`: a name in a list
    alpha = [x.text for x in words if x.text[:1].isalpha()]
    title = w.text[:1].isupper() and title_case(alpha)
    if title:
        first = w.index
        while first > 0 and (_capitalised_noun(words[first - 1]) or first < w.index and first > 1 and words[
                first - 1].text.lower() in NAME_PREPOSITIONS and _capitalised_noun(words[first - 2])):
            first -= 1  # (`Bank Of England Says`: a body's name holds its `Of`)
        brk = first - 1  # the break before the speaker, past the closing mark of a quotation ending on it
        while brk > 0 and words[brk].text not in _HEADLINE_BREAKS and not words[brk].text.strip(MARK_CHARS):
            brk -= 1
        if first == w.index or (first > 0 and words[brk].text not in _HEADLINE_BREAKS):
            return None
    elif w.text.islower() and w.upos == "NOUN" and _headline_line(s):
        first = w.index  # `Union slams ...`, `Nurses union slams ...`: the noun phrase opening the line, or
        while first > 0 and words[first - 1].upos in ("PROPN", "NOUN", "ADJ", "NUM"):  # a quotation's: `'...': mayor
            first -= 1  # warns of ...`
        quotation = first > 1 and words[first - 1].text in (":",) + tuple(_DASHES) \
            and not words[first - 2].text.strip(MARK_CHARS)
        k = first - 1  # past a quotation's closing mark: `'out of control,' watchdog warns`
        while k > 0 and not words[k].text.strip(MARK_CHARS):
            k -= 1
        closing = k > 0 and words[k].text == "," and all(x.upos == "PUNCT" for x in words[w.index + 1:])
        if w.index - first > _TAG_PHRASE_WORDS or not (first == 0 and words[0].text[:1].isupper() or quotation
                                                       or closing) \
                or not (words[w.index - 1].upos in ("PROPN", "NOUN") or source_word(words[w.index - 1].text)):
            return None
    else:
        return None
    after = [x for x in words[w.index + 1:] if not (x.upos == "PUNCT" and x.index == len(words) - 1
                                                    and not x.text.strip(MARK_CHARS))]
    while after and after[-1].upos == "PUNCT" and after[-1].text.strip(MARK_CHARS):
        after.pop()
    content: tuple[int, int] | None
    if after and after[0].text.lower() in PREPOSITIONS - TOPIC_PREPOSITIONS and not (
            after[0].text.lower() == "to" and cue_lemma(w.text) in COMMISSIVE_VERBS | DIRECTIVE_VERBS):
        return None  # `Jane Roe Claims Under Fire As Probe Widens`: a noun, what the claims meet (`Vow To`: an
        # infinitive)
    if len(after) >= 3:
        topic = _headline_topic(after, cue_lemma(w.text))
        content = (after[topic].start, after[-1].end) if len(after) - topic >= 2 else None
    elif not after and first > 1:  # `Waiting Lists 'Out Of Control,' Watchdog Says`: a quotation's closing mark kept
        before = [x for x in words[:first] if x.upos != "PUNCT" or not x.text.strip(MARK_CHARS)]
        content = (before[0].start, before[-1].end) if sum(x.upos != "PUNCT" for x in before) >= 3 else None
    else:
        content = None
    if content is None:
        return None
    lemma, held = cue_lemma(w.text), [x for x in words if content[0] <= x.start < content[1]]
    quoted = any(not x.text.strip(MARK_CHARS) for x in held) and not any(x.text == ":" for x in held)
    if not (lemma in _HEADLINE_VERBS or lemma in NOUN_REPORTS and not title or quoted
            or lemma in COMMISSIVE_VERBS | DIRECTIVE_VERBS and any(x.text.lower() == "to" for x in held)):
        return None  # `Union slams pay offer`: a verb of criticism reports only words quoted within its object's
        # phrase (after a colon they are words of their own, the colon rules'); `Vow`, `Urge`: an infinitive
        # (`Teachers Vow To Strike`); in sentence case a verb whose object is its message, that object (`Ruiz
        # denies wrongdoing over land deal`: in title case a capitalised object may be a name's, `Denies Ann Ruiz`)
    head = words[w.index - 1]
    return Cue(sentence, (w,), w, (words[first].start, head.end), head, content, speaker_rule="headline-cue",
               content_rule="headline-cue")


def _capitalised_noun(w: Word) -> bool:
    """A capitalised noun or name: a word of a speaker's name in a headline in title case."""
    return (w.upos in ("PROPN", "NOUN") or w.xpos.startswith("NNP")) and w.text[:1].isupper()


def _plural_subject_base(s: Parsed, w: Word) -> bool:
    """`Teachers Vow To Strike`, `Police Urge Drivers To ...`, `Farmers warn of ...`: a cue verb's base form right
    after a plural noun (`-s`, not `-ss`, or one English takes as plural: lexicon PLURAL_ONLY_NOUNS) is its
    verb in a headline, as the `-s` form is after a singular: a verb of saying, promising or urging (a report
    verb's base form is mostly a noun there: `Voters Report Card`, `Staff Estimate`)."""
    before, lemma = s.words[w.index - 1].text.lower(), cue_lemma(w.text)
    return w.text.lower() == lemma and lemma in SAY_VERBS | COMMISSIVE_VERBS | DIRECTIVE_VERBS and (
        before in PLURAL_ONLY_NOUNS or (
        before.endswith("s") and not before.endswith("ss") and s.words[w.index - 1].upos in ("NOUN", "PROPN")))


def _headline_topic(after: Sequence[Word], lemma: str | None) -> int:
    """Where a headline's words after its cue open what was said: past a topic's preposition (`Warns Of
    Shutdown As Talks Stall`), and, after a verb whose
    listener comes before its topic (lexicon TOPIC_LISTENER_VERBS), past a listener of one or two capitalised
    words before one (`Warns Farmers Of Long Dry Summer`: the farmers are warned, not said; not `Promises
    Action On Jobs`, the thing promised)."""
    if after[0].text.lower() in TOPIC_PREPOSITIONS:
        return 1
    for i in range(1, _TOLD_LISTENER_WORDS + 1) if lemma in TOPIC_LISTENER_VERBS else ():
        if i < len(after) and after[i].text.lower() in TOPIC_PREPOSITIONS and all(
                x.text[:1].isupper() and x.upos in ("PROPN", "NOUN") for x in after[:i]):
            return i + 1
    return 0


def _headline_dash(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Budget will hurt the poor - charity`, `Rates to stay low for a year - bank chief`: in a headline (a
    short line closing with no stop, `_headline_line`) a dash followed by nothing but a short noun phrase
    naming a source (a speaker, role, group or organisation word, or lexicon HEADLINE_SOURCE_WORDS, in
    lower case: not `live updates`, nor a site's name, `Storm hits coast - Daily Ledger`) credits the
    words before the dash to it (words with no quotation marks: the linking rules read signed quotations)."""
    words = s.words
    if w.text not in _DASHES or w.index < HEADLINE_CLAIM_WORDS or not _headline_line(s):
        return None
    after = words[w.index + 1:]
    if not _source_phrase(after):
        return None
    before = [x for x in words[:w.index] if x.upos != "PUNCT" or x.text.strip(MARK_CHARS)]
    while before and before[-1].upos == "PUNCT":
        before.pop()
    if not _headline_claim(before) or any(x.text in _DASHES or x.text in (":", ";") or not x.text.strip(MARK_CHARS)
                                          for x in words[:w.index]) \
            or before[0].upos in ("ADP", "SCONJ", "CCONJ"):
        return None  # `In pictures - floods`: no claim; `"We will be back" - fans react`: a signed quotation's
    head = after[-1]
    return Cue(sentence, (w,), w, (after[0].start, head.end), head, (before[0].start, before[-1].end),
               speaker_rule="headline-dash", content_rule="headline-dash")


def _source_phrase(after: Sequence[Word]) -> bool:
    """Whether the words closing a headline after its dash or colon are a short noun phrase naming a source (a
    speaker, role, group or organisation word, `source_word`, in lower case: `- charity`, `: council leader`;
    not `live updates`, nor an outlet, `Daily Ledger`)."""
    return bool(after) and len(after) <= HEADLINE_DASH_SOURCE_WORDS and all(x.upos in _RUN_WORDS for x in after) \
        and any(source_word(x.text) for x in after) \
        and not any(x.text.lower() in NEWS_OUTLET_WORDS | OUTLET_NOUNS for x in after)


def _headline_colon(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Ann Ruiz: Tax plan will fail`, `Ruiz: I will not resign`: in a headline (`_headline_line`) a name
    of one to four capitalised words and a colon credit the claim after it (`_headline_claim`) to that name:
    a given name and more (`first_names`) or a title before a name; a lone name only before a first
    person (`I`, `we`), its own words.  Not a topic's label (`Covid: cases rise again`, `Election 2024:
    what we know`), a rubric (`Analysis: ...`), nor words holding a quotation (`colon-name` links those) or
    a report of their own (`Budget: we will fix it, says mayor`).  A bare name closing the headline after
    its colon (`Tax plan will hurt farmers: Ruiz`, one or two capitalised words the tagger takes for a
    name) credits the claim before it, as a closing dash's source does (`_headline_dash`)."""
    words = s.words
    if w.text != ":" or not _headline_line(s):
        return None
    if not 1 <= w.index <= 4:
        return _closing_name_colon(sentence, s, w)
    name = words[:w.index]
    source = len(name) == 1 and name[0].text[1:].islower() and name[0].text.lower() in HEADLINE_LABEL_SOURCES
    if any(not x.text[:1].isupper() or not x.text[:1].isalpha() or x.upos not in ("PROPN", "NOUN")
           for x in name) or (not source and " ".join(x.text for x in name).upper() in NOT_SPEAKER_LABELS):
        return _closing_name_colon(sentence, s, w)  # (`Report: ...` in title case names a source; `REPORT: ...`
        # is a rubric's label)
    rest = [x for x in words[w.index + 1:] if x.upos != "PUNCT" or x.index < len(words) - 1]
    if not _headline_claim(rest) or any(not x.text.strip(MARK_CHARS) or x.text in (":", ";") for x in rest) \
            or rest[0].text.lower() in QUESTION_OPENERS or any(x.lemma in SAY_VERBS for x in rest):
        return None  # `Budget: we will fix it, says mayor`: the words credit themselves
    first_person = rest[0].text.lower() in ("i", "we")
    named = len(name) > 1 and (name[0].text.lower() in first_names() or name[0].text.lower().rstrip(".") in TITLES)
    if not (named or first_person or source):
        return _closing_name_colon(sentence, s, w)
    return Cue(sentence, (w,), w, (name[0].start, name[-1].end), name[-1], (rest[0].start, rest[-1].end),
               speaker_rule="headline-colon", content_rule="headline-colon")


def _closing_name_colon(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Tax plan will hurt farmers: Ruiz`, `Centre neglecting farmers: Rahul Vale`, `Bridge to reopen by spring:
    council leader`: a colon before nothing but one or two capitalised words the tagger takes for a name (not
    an outlet's, a rubric's or a label's word: `Storm batters coast: Live`, nor one in capitals, an acronym's
    or a shout's: `: SMH`, `: LIVE`) or a source's noun phrase in lower case (`_source_phrase`, as after a
    closing dash), closing a headline whose words before the colon make a claim (`_headline_claim`, opening
    on no preposition or conjunction, holding no quotation): the name speaks them (not `Election 2024:
    Texas`, a topic and its place; nor `Weather: Sunny`)."""
    words = s.words
    name = [x for x in words[w.index + 1:] if x.upos != "PUNCT" or x.index < len(words) - 1]
    named = 1 <= len(name) <= HEADLINE_NAME_WORDS and " ".join(x.text for x in name).upper() not in NOT_SPEAKER_LABELS \
        and all(x.upos == "PROPN" and x.text[:1].isupper() and x.text.isalpha() and not x.text.isupper()
                and x.text.lower() not in NEWS_OUTLET_WORDS | OUTLET_NOUNS for x in name)
    if not (named or _source_phrase(name)):
        return None
    claim = words[:w.index]
    if not _headline_claim([x for x in claim if x.upos != "PUNCT"]) or claim[0].upos in ("ADP", "SCONJ", "CCONJ") \
            or any(not x.text.strip(MARK_CHARS) or x.text in _DASHES or x.text in (";", "|") or x.lemma in SAY_VERBS
                   for x in claim):
        return None  # `"We will be back": Ruiz`: a signed quotation, `colon-name`'s
    return Cue(sentence, (w,), w, (name[0].start, name[-1].end), name[-1], (claim[0].start, claim[-1].end),
               speaker_rule="headline-colon", content_rule="headline-colon")


def _headline_tell(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Jane Roe Tells Growers They Must Act Now`, `Farm Aid Is 'A Lifeline,' Jane Roe Tells Growers`: in
    a headline in title case `Tells` (`Told`), taken by the tagger for part of a name, is the headline's
    verb of telling: the capitalised words before it speak (back to a break); its listener follows it,
    and what was told opens at a subject pronoun after the listener and runs to the end, or, where the
    listener closes the headline, is the words before the break."""
    words = s.words
    if w.upos == "VERB" or w.text not in _TELL_FORMS or w.index == 0:
        return None
    alpha = [x.text for x in words if x.text[:1].isalpha()]
    if not title_case(alpha):
        return None
    first = w.index
    while first > 0 and words[first - 1].upos in ("PROPN", "NOUN") and words[first - 1].text[:1].isupper():
        first -= 1
    brk = first - 1  # the break before the speaker, past the closing mark of a quotation ending on it
    while brk > 0 and words[brk].text not in _HEADLINE_BREAKS and not words[brk].text.strip(MARK_CHARS):
        brk -= 1
    if first == w.index or (first > 0 and words[brk].text not in _HEADLINE_BREAKS):
        return None
    after = list(words[w.index + 1:])
    while after and after[-1].upos == "PUNCT":
        after.pop()
    told = next((i for i, x in enumerate(after) if i > 0 and x.text.lower() in NOMINATIVE_PRONOUNS), None)
    if told is None:
        told = _told_clause_after_listener(after)
    if told is not None and len(after) - told >= 3:
        content = (after[told].start, after[-1].end)
    elif told is None and after and len(after) <= 4 and all(x.text[:1].isupper() for x in after) and brk > 2:
        last = words[first - 1] if brk < first - 1 else words[brk - 1]  # a quotation's closing mark, or the break's word
        content = (words[0].start, last.end)
    else:
        content = None
    if content is None:
        return None
    head = words[w.index - 1]
    return Cue(sentence, (w,), w, (words[first].start, head.end), head, content, speaker_rule="headline-tell",
               content_rule="headline-tell")


def _mark(word: Word) -> bool:
    """Whether a word is a quotation mark alone."""
    return bool(word.text) and not word.text.strip(MARK_CHARS)


_TAG_STOPS = (",", "?", "!")  # what closes a quotation's words before its tag (`"...," sagte`, `„...“, sagte`)
FOREIGN_SPEAKER_WORDS = 6     # the most words of a foreign tag's speaker (`el presidente Pedro Sánchez`)


def _foreign_tag_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`"Wir sind bereit," sagte Scholz.`, `"Estamos listos," dijo Sánchez.`, `Scholz sagte: "..."`: a
    reporting verb of another language (`rules.text.foreign_tag`, lexicon FOREIGN_TAG_VERBS), which the
    tagger cannot read, in a tag right after a quotation's closing mark and its comma (or `?`, `!`), with
    the speaker after it (its words before the next stop through their first run of capitalised ones:
    `dijo el presidente Pedro Sánchez`, `sagte Jonas Keller nach dem Treffen`), or right before a colon or comma and an opening mark, with a capitalised
    name before it: a cue of the quotation only (no content: never a foreign clause's report)."""
    words = s.words
    texts = [x.text for x in words]
    n = foreign_tag(texts, w.index)
    if n == 0:
        return None
    i, j = w.index, w.index + n  # the tag's words: words[i:j]
    tag = tuple(words[i:j])
    after_quotation = i >= 2 and (_mark(words[i - 1]) and words[i - 2].text in _TAG_STOPS
                                  or words[i - 1].text == "," and _mark(words[i - 2]))
    inverted = next((p for p in FOREIGN_INVERTED_PRONOUNS if tag[0].text.lower().endswith(p)), None)
    if after_quotation and inverted is not None:  # `"C'est fini", a-t-il déclaré`: the pronoun in the tag speaks
        return Cue(sentence, tag, tag[-1], (tag[0].end - len(inverted) + 1, tag[0].end), tag[0], None,
                   speaker_rule="foreign-tag")
    if inverted is not None:
        return None
    if after_quotation:
        run: list[Word] = []
        for x in words[j:j + FOREIGN_SPEAKER_WORDS]:
            if not x.text[:1].isalpha() or run and run[-1].text[:1].isupper() and not x.text[:1].isupper() and not (
                    x.text.lower() in SURNAME_PARTICLES and x.index + 1 < len(words)
                    and words[x.index + 1].text[:1].isupper()):
                break  # the name ends with its capitalised run (`sagte Jonas Keller nach dem Treffen`)
            run.append(x)
        while run and not run[-1].text[:1].isupper():
            run.pop()
        if not run or not all(x.text.isalpha() or "-" in x.text or "'" in x.text for x in run):
            return None
        if n == 1 and w.text.lower() in FOREIGN_TAG_NAME_ONLY and (
                not all(x.text[:1].isupper() for x in run)
                or run[-1].index + 1 < len(words) and words[run[-1].index + 1].text not in (".", ",", ";")):
            return None  # `"...", so Scholz.`, not `"We lost," so Lee went home.`
        return Cue(sentence, tag, tag[-1], (run[0].start, run[-1].end), run[-1], None,
                   speaker_rule="foreign-tag")
    if n == 1 and w.text.lower() in FOREIGN_TAG_NAME_ONLY:
        return None
    if j + 1 < len(words) and words[j].text in (":", ",") and _mark(words[j + 1]):
        first = i
        while first > 0 and words[first - 1].text[:1].isupper() and words[first - 1].text.isalpha() \
                or first > 1 and (words[first - 1].text.lower() in SURNAME_PARTICLES
                                  or words[first - 1].text in ("'s", "\u2019s")) \
                and words[first - 2].text[:1].isupper():
            first -= 1  # (`Italy's Giulia Ferri ha detto:`, `Lula da Silva disse:`)
        if first == i or i - first > FOREIGN_SPEAKER_WORDS or (first > 0 and words[first - 1].text not in _TAG_STOPS
                                                                and not _mark(words[first - 1])):
            return None
        return Cue(sentence, tag, tag[-1], (words[first].start, words[i - 1].end), words[i - 1], None,
                   speaker_rule="foreign-tag")
    return None


_TOLD_LISTENER_WORDS = 2  # the most words of a headline's listener before the clause told it


def _told_clause_after_listener(after: Sequence[Word]) -> int | None:
    """`Mayor Tells Council The Budget Is Dead`: after `Tells` in a headline in title case, a listener of one
    or two capitalised words, then a determiner opening a noun phrase (lexicon PHRASE_DETERMINERS; past a
    `That` opening the clause) with a finite verb after it: the told clause opens at the determiner (a
    double object, `Tells Council The Whole Story`, has no verb).  Its index in `after`, else None."""
    for i in range(1, min(_TOLD_LISTENER_WORDS, len(after) - 1) + 1):
        if not all(x.text[:1].isupper() and x.upos in ("PROPN", "NOUN") for x in after[:i]):
            return None
        j = i + 1 if after[i].text == "That" else i
        if j < len(after) and after[j].text.lower() in PHRASE_DETERMINERS and any(
                x.text.lower() in AUXILIARIES or x.xpos in ("VBZ", "VBD", "VBP", "MD") for x in after[j + 2:]):
            return j
    return None


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


def _share_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`About 3 in 10 say they expect ...`, `Nearly a quarter say they are unsure`: `say` or `says`
    tagged as a noun right after a share of people (a number, or a share word: `a third`, `67
    percent`) is the verb of saying, when a clause (a finite verb) follows it; the share speaks, the
    words after it to the sentence's end are what it said."""
    if w.upos != "NOUN" or w.text.lower() not in SAY_FORMS or w.index == 0:
        return None
    before = s.words[w.index - 1]
    if before.upos != "NUM" and before.text.lower() not in SHARE_WORDS:
        return None
    rest = list(s.words[w.index + 1:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if not rest or rest[0].upos in ("ADP", "PUNCT", "CCONJ") or not _has_clause(rest, False):
        return None
    found = _run_before(s, w, w.index - 1)
    if found is None:
        return None
    head, speaker = found
    return Cue(sentence, (w,), w, speaker, head, (rest[0].start, rest[-1].end), speaker_rule="share-cue",
               content_rule="share-cue")


def _with_ing_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Fans reacted online, with one writing, "..."`, `..., with one fan tweeting: "..."`: an `-ing` form of a
    cue verb the tagger took for a noun, right after `with` and a noun phrase in a phrase set off by a comma
    (an absolute phrase), and before a comma or colon and a quotation mark, is the verb of that phrase,
    whatever the tag (a noun after `with one` takes no quotation after it): the noun phrase speaks."""
    if w.upos != "NOUN" or not w.text.lower().endswith("ing") or not cue_form(w.text) or w.index < 3 \
            or w.index + 1 >= len(s.words):
        return None
    nxt = s.words[w.index + 1]
    after = s.words[w.index + 2] if w.index + 2 < len(s.words) else None
    if nxt.text not in (",", ":") or after is None or after.text.strip(MARK_CHARS) or not after.text:
        return None
    i = w.index - 1
    while i >= 0 and s.words[i].upos in _WITH_RUN and s.words[i].text.lower() != "with":
        i -= 1
    if i < 1 or i == w.index - 1 or s.words[i].text.lower() != "with" or s.words[i - 1].text not in _CLAUSE_BREAKS:
        return None
    run = s.words[i + 1:w.index]
    head = next((x for x in reversed(run) if x.upos in _NOMINAL | {"NUM"}), None)
    if head is None:
        return None
    return Cue(sentence, (w,), w, (run[0].start, run[-1].end), head, None, speaker_rule="with-ing-cue")


_WITH_RUN = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON"})  # `with one`, `with one angry fan`


def _research_finding(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The study found that walkers were less likely to ...`, `Researchers found the drug cut deaths`:
    `find` with a subject whose noun is research (`RESEARCH_NOUNS`) or a body that rules on what happened
    (`FINDING_BODIES`: `The coroner found the death was preventable`), or a relative pronoun standing for
    one (`the report, which found that ...`), and a clause after it (its own subject and finite verb)
    reports that clause: the research speaks, the clause is what it found."""
    if w.upos != "VERB" or w.text.lower() not in FINDING_FORMS:
        return None
    subject = next((k for k in s.kids[w.index] if k.deprel == "nsubj" and k.index < w.index), None)
    if subject is None:
        return None
    finder = subject
    if relative_pronoun(subject.text) and w.deprel == "acl:relcl" and w.head >= 0:
        finder = s.words[w.head]  # `the report, which found that ...`: the relative's noun found it
    if finder.text.lower() not in RESEARCH_NOUNS and finder.text.lower() not in FINDING_BODIES:
        return None
    span = _speaker_span(s, subject, w) or s.span(subject)  # the speaker's noun phrase as any cue's
    widened = SPANS.first(s, w, subject, span)  # `The report, released Tuesday, found`: the report
    span_rule, speaker = widened if widened is not None else (None, span)
    content = _clause_reported(s, w, subject)
    if content is None and finder.text.lower() in FINDING_BODIES:
        content = _found_verdict(s, w)
    return None if content is None else Cue(sentence, (w,), w, speaker, subject, content, _antecedent(s, subject),
                                            speaker_rule="research-finding", span_rule=span_rule,
                                            content_rule="research-finding")


_VERDICT_REACH = 5  # the most words of the one judged between `found` and the verdict (`found the two men`)
_JUDGED_TAGS = frozenset({"DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ", "PART"})


def _found_verdict(s: Parsed, w: Word) -> tuple[int, int] | None:
    """`A jury found Lee guilty of fraud`, `found the firm not liable for the spill`: after `found`, the one
    judged (a few words of a noun phrase, `not` among them) and a verdict (`VERDICT_WORDS`), read from the
    words whatever the tagger made of them: from the one judged to the verdict's end, with a phrase of `of`,
    `for` or `in` right after it to the end of what the parse hung from that phrase's noun."""
    words = s.words
    at = next((x for x in words[w.index + 2:w.index + 2 + _VERDICT_REACH] if x.text.lower() in VERDICT_WORDS
               or x.upos not in _JUDGED_TAGS), None)
    if at is None or at.text.lower() not in VERDICT_WORDS:
        return None
    end = at.end
    after = words[at.index + 1] if at.index + 1 < len(words) else None
    if after is not None and after.text.lower() in ("of", "for", "in") and after.head > after.index:
        end = max(end, s.span(words[after.head])[1])
    return words[w.index + 1].start, end


_STANDING_PREPOSITIONS = frozenset({"with", "at", "within", "ahead", "behind", "on"})  # `Ruiz with a lead`


def _said_of(s: Parsed, k: Word) -> bool:
    """Whether `k`, after what `show` shows, says something of it: a participle (`Ruiz leading`), a
    predicate (`xcomp`), or a phrase of standing (`with a lead`, `at 40 percent`, `ahead of Lee`)."""
    if k.deprel in ("xcomp", "advcl") or k.deprel == "acl" and k.xpos == "VBG":
        return True
    case = next((x for x in s.kids[k.index] if x.deprel == "case"), None)
    return (k.deprel == "obl" or k.deprel.startswith("nmod")) and case is not None \
        and case.text.lower() in _STANDING_PREPOSITIONS


_OF_PHRASE_WORDS = 4  # the most words of an `of` phrase after a noun of records (`results of the new survey`)


def _evidence_head(s: Parsed, i: int) -> int | None:
    """The noun of records or counts (`EVIDENCE_NOUNS`) whose phrase ends right before word `i`, read from the
    words: the word before it, the noun before a short `of` phrase of nouns (`minutes of the meeting`), or
    the noun before a participle and its `by` phrase of names (`data compiled by Bloomberg`, `Emails
    obtained by the Ledger`, `messages reviewed by The Post`)."""
    words = s.words
    of = next((x.index for x in reversed(words[max(0, i - _OF_PHRASE_WORDS):i]) if x.text.lower() == "of"), None)
    if of is not None and of >= 1 and of + 1 < i and words[of - 1].text.lower() in EVIDENCE_NOUNS \
            and words[i - 1].upos in ("NOUN", "PROPN", "NUM") \
            and all(x.upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or x.xpos == "VBG" for x in words[of + 1:i]):
        return of - 1  # `minutes of the meeting showed`, `results of the survey show`: the head before `of`
    if i > 0 and words[i - 1].text.lower() in EVIDENCE_NOUNS:
        return i - 1
    by = next((x.index for x in reversed(words[max(0, i - 5):i]) if x.text.lower() == "by"), None)
    if by is None or by < 2 or by + 1 >= i or not words[by - 1].text.islower() \
            or not words[by - 1].text.endswith(("ed", "en")) or words[by - 2].text.lower() not in EVIDENCE_NOUNS \
            or not all(x.text[:1].isupper() or x.text.lower() == "the" for x in words[by + 1:i]):
        return None
    return by - 2


def _evidence_tag(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`..., official figures showed on Friday.`, `..., data compiled by Bloomberg show.`, read from the
    words whatever the parse made the noun: a closing tag, a comma, a noun phrase ending in a noun of records
    or counts (`_evidence_head`) right before `show`, and nothing after it but a time and the stop; the clause
    before the comma is what they show."""
    words = s.words
    tail = [x for x in words[w.index + 1:] if x.upos != "PUNCT"]
    h = _evidence_head(s, w.index) if w.index >= 3 else None
    if h is None or not all(
            time_word(x.text) or x.text.lower() in TIME_OPENERS or x.text.lower() in TIME_NOUNS for x in tail):
        return None
    first = _run_start(s, h)
    if first is None or first < 2 or words[first - 1].text != "," \
            or not any(x.xpos in _FINITE for x in words[:first - 1]):
        return None
    return Cue(sentence, (w,), w, (words[first].start, words[w.index - 1].end), words[h],
               (words[0].start, words[first - 2].end), speaker_rule="evidence-shows", content_rule="evidence-shows")


def _evidence_that(sentence: int, s: Parsed, w: Word, unquoted: bool = False) -> Cue | None:
    """`The filing shows that ...`, `Emails obtained by the Ledger show that ...`, `A survey of purchasing
    managers showed activity contracted`, read from the words whatever the parse made `show` (a noun of a
    compound, a participle) or its subject (`A Reuters tally`, the name taken for the subject): a noun phrase
    opening its sentence and ending in a noun of records or counts (`_evidence_head`), `show`, then `that`
    and a clause with a finite verb, or a clause of its own (a noun phrase, then its verb: `_has_clause`):
    the records speak it, to the sentence's end (`unquoted`: with no quotation mark in it, where the parse
    made `show` a verb: `Polling shows that "...," said Ann Ruiz` is Ruiz's)."""
    words = s.words
    h = _evidence_head(s, w.index)
    if h is None or w.index + 2 >= len(words):
        return None
    first = _run_start(s, h)
    rest = list(words[w.index + 1:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    that = rest[0].text.lower() == "that"
    if first is None or any(x.upos == "PUNCT" for x in words[:first]) or len(rest) < 3 \
            or unquoted and any(x.text in MARK_CHARS for x in rest) or not (that and any(x.xpos in _FINITE for x in rest[1:]) or not that and _has_clause(rest, True)):
        return None
    return Cue(sentence, (w,), w, (words[first].start, words[w.index - 1].end), words[h],
               (rest[0].start, rest[-1].end), speaker_rule="evidence-shows", content_rule="evidence-shows")


def _evidence_shows(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Court records show that Vale owed ...`, `A new poll shows Ruiz leading`, `..., official data showed.`:
    `show` with a subject whose noun is research, records or counts (`EVIDENCE_NOUNS`) reports what follows
    it (a clause of its own, or an object and what is said of it, to the sentence's end), the clause
    closing its sentence before it and a comma (a time after the verb too, whatever the parse made the
    noun: `_evidence_tag`), or the two parts of a clause it is set off within by commas (`In May, records
    show, the firm paid ...`): the records speak (not `show up`, nor a bare object; not within another's
    report: `said that polls show ...`)."""
    if w.upos == "NOUN" and w.text.lower() in SHOWING_FORMS:
        return _evidence_tag(sentence, s, w) or _evidence_that(sentence, s, w)  # `..., the data show.`, `The
        # filing shows that ...`: `show` after such a noun tagged a noun's compound
    if w.upos != "VERB" or w.text.lower() not in SHOWING_FORMS or any(k.deprel == "compound:prt" for k in s.kids[w.index]):
        return None
    subjects = [k for k in s.kids[w.index] if k.deprel == "nsubj" and k.index < w.index]
    subject = subjects[0] if subjects else None
    if len(subjects) > 1 and any(x.text == "," for x in s.words[subjects[0].index:subjects[-1].index]):
        subject = subjects[-1]  # `Minutes later, video showed`: of two subjects a comma parts, the nearer
    if subject is None:  # `A survey of purchasing managers showed activity contracted`: `showed` taken for a participle
        return _evidence_tag(sentence, s, w) or _evidence_that(sentence, s, w, True)
    if subject.text.lower() not in EVIDENCE_NOUNS:
        return _evidence_tag(sentence, s, w) or _evidence_that(sentence, s, w, True)  # `..., Reuters calculations
        # show.`, `A Reuters tally showed that ...`: the name taken for a (second) subject
    first = next(x.index for x in s.subtree(subject) if x.upos != "PUNCT")
    x = w
    while x.head >= 0:
        if x.deprel == "ccomp" and s.words[x.head].upos == "VERB" and s.words[x.head].lemma in cue_lemmas():
            return None  # `said that polls show he leads`: within another's report, no report of its own here
        x = s.words[x.head]
    more = None
    if w.index + 1 < len(s.words) and s.words[w.index + 1].text == ",":
        within = _set_within(s, first, w.index) if w.deprel == "root" else None  # `In May, records show, the
        # firm paid ...`: both parts (not set off within a side clause: `While ..., records show, ...`)
        if within is None:
            return None
        content: tuple[int, int] | None = within[0]
        more = within[1]
    else:
        content = _clause_reported(s, w, subject)
    if content is None and w.index + 1 < len(s.words) and s.words[w.index + 1].upos != "PUNCT":
        tagged = _evidence_tag(sentence, s, w)  # `..., official data showed last week.`: a time taken for its object
        if tagged is not None:
            return tagged
    if content is None:
        obj = next((k for k in s.kids[w.index] if k.deprel == "obj" and k.index > w.index), None)
        rest = list(s.words[w.index + 1:])
        while rest and rest[-1].upos == "PUNCT":
            rest.pop()
        if obj is None or not any(_said_of(s, k) for k in [*s.kids[w.index], *s.kids[obj.index]] if k.index > obj.index) \
                or len(rest) < 2 or rest[0].upos == "PUNCT" or any(x.text in MARK_CHARS for x in rest):
            return None  # `The poll shows a shift`, `the scale of the problem`: a bare object is no report
        content = (rest[0].start, rest[-1].end)
    span = _speaker_span(s, subject, w) or s.span(subject)
    widened = SPANS.first(s, w, subject, span)
    span_rule, speaker = widened if widened is not None else (None, span)
    return Cue(sentence, (w,), w, speaker, subject, content, more=more, speaker_rule="evidence-shows",
               span_rule=span_rule, content_rule="evidence-shows")


def _to_know(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Vale wanted to know why the city had not held a hearing`, `She demanded to know whether ...`: `know`
    after `to`, the complement of a verb of wanting or demanding (`KNOW_ASKING_VERBS`) that has a subject,
    with a clause after it that a question word, `whether` or `if` opens: the subject asks that question."""
    if w.lemma != "know" or w.deprel != "xcomp" or w.head < 0 or w.index < 2 \
            or s.words[w.index - 1].text.lower() != "to" or s.words[w.head].index != w.index - 2:
        return None
    head = s.words[w.head]
    if head.lemma not in KNOW_ASKING_VERBS:
        return None
    subject = next((k for k in s.kids[head.index] if k.deprel == "nsubj" and k.index < head.index), None)
    clause = next((k for k in s.kids[w.index] if k.index > w.index and (k.deprel in ("ccomp", "advcl") or (
        k.deprel == "obj" and k.text.lower() in _ASKING_OPENERS))), None)  # `to know what the city plans`
    if subject is None or clause is None:
        return None
    opener = s.subtree(clause)[0]
    if opener.index != w.index + 1 or opener.text.lower() not in QUESTION_OPENERS:
        return None
    span = _speaker_span(s, subject, head) or s.span(subject)
    widened = SPANS.first(s, head, subject, span)
    span_rule, speaker = widened if widened is not None else (None, span)
    return Cue(sentence, (head, s.words[w.index - 1], w), head, speaker, subject, s.span(clause),
               speaker_rule="to-know", span_rule=span_rule, content_rule="to-know")


_ASKING_OPENERS = QUESTION_OPENERS - BARE_QUESTION_WORDS  # those that may be the object (`to know what ...`)


def _hearing_heard(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The jury heard that the card was used abroad`, `..., a court has heard.`: `heard` with a subject
    whose noun is a body that hears evidence (`HEARING_BODIES`) and a clause after it (or before it, as
    `research-finding` reads one) reports that clause, said to the body by someone the sentence does not
    name: no speaker."""
    if w.upos != "VERB" or w.text.lower() not in HEARING_FORMS:
        return None
    subject = next((k for k in s.kids[w.index] if k.deprel == "nsubj" and k.index < w.index), None)
    if subject is None or (subject.text.lower() not in HEARING_BODIES and not any(  # `Leeds Crown Court heard`
            k.deprel in ("flat", "compound") and k.index > subject.index and k.text.lower() in HEARING_BODIES
            for k in s.kids[subject.index])):
        return None
    content = _clause_reported(s, w, subject)
    return None if content is None else Cue(sentence, (w,), w, None, None, content,
                                            speaker_rule="hearing-heard", content_rule="hearing-heard")


def _set_within(s: Parsed, first: int, last: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """`The figures, the BBC understands, will be ...`: words `first` to `last` set off by commas within the
    clause they report (a noun phrase or more before, the rest of the clause after, opening at its finite
    verb or at a noun phrase, its determiner and adjectives too, and its verb): the clause's two parts."""
    words = s.words
    if first < 2 or last + 2 >= len(words) or words[first - 1].text != "," or words[last + 1].text != ",":
        return None
    start = max((x.index + 1 for x in words[:first - 1] if x.text in (";", ":")), default=0)
    before = [x for x in words[start:first - 1] if x.upos != "PUNCT"]
    after = list(words[last + 2:])
    while after and after[-1].upos == "PUNCT":
        after.pop()
    if not before or len(after) < 2:
        return None
    phrase = 0  # `the firm paid`: a noun phrase of a few words before the finite verb
    while phrase < min(4, len(after) - 1) and after[phrase].upos in ("DET", "ADJ", "NUM") and after[phrase + 1].upos in (
            "DET", "ADJ", "NUM", "NOUN", "PROPN"):
        phrase += 1
    goes_on = (after[0].upos in ("VERB", "AUX") and after[0].xpos in _FINITE) or (
        after[phrase].upos in _NOMINAL and not relative_pronoun(after[phrase].text) and phrase + 1 < len(after)
        and after[phrase + 1].upos in ("VERB", "AUX") and after[phrase + 1].xpos in _FINITE)
    return ((before[0].start, before[-1].end), (after[0].start, after[-1].end)) if goes_on else None


def _news_learned(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`..., the BBC understands.`, `..., CNN has learned.`, `The Times understands that ...`: a form of
    `understand` or `learn` (`LEARNED_FORMS`, whatever its tag: `understands` after a name is often
    taken for a plural noun), after its subject's noun phrase (and `has`/`have`), reports what the
    subject found out: as a closing tag (a comma, the phrase, the verb, the sentence's end; the phrase
    not a pronoun: `..., he has learned.` is mostly experience), the clause before the comma; or,
    where the phrase names a news outlet (`NEWS_OUTLET_WORDS` capitalised, `OUTLET_NOUNS`) and opens
    its clause, the clause after the verb (`He understands that people are angry` is no report)."""
    words = s.words
    if w.text.lower() not in LEARNED_FORMS or w.index == 0 or w.upos not in ("VERB", "NOUN"):
        return None
    end = w.index - 1
    if words[end].text.lower() in ("has", "have") and end > 0:
        end -= 1
    elif w.text.lower().startswith("learn") and w.xpos == "VBN":
        return None  # `..., lessons learned.`: a participle with no `have` is no tense of its own
    found = _run_before(s, w, end)
    if found is None:
        return None
    head, speaker = found
    first = next(x.index for x in words if x.start == speaker[0])
    if head.upos == "PRON" or all(x.upos == "PRON" for x in words[first:end + 1]):
        return None
    rest = list(words[w.index + 1:])
    more = None
    if all(x.upos == "PUNCT" for x in rest):  # `..., the BBC understands.`
        if first < 2 or words[first - 1].text != "," or not any(
                x.xpos in _FINITE or x.xpos == "VBN" and x.upos == "VERB" for x in words[:first - 1]):
            return None  # a past form the tagger took for a participle is the clause's verb all the same
        content = (words[0].start, words[first - 2].end)
    elif (within := _set_within(s, first, w.index)) is not None:  # `The figures, the BBC understands, will be ...`
        content, more = within
    else:
        run = words[first:end + 1]
        outlet = any(x.text.lower() in NEWS_OUTLET_WORDS and x.text[:1].isupper() for x in run) or (
            head.text.lower() in OUTLET_NOUNS)
        opens = first == 0 or words[first - 1].upos in ("PUNCT", "CCONJ", "ADV")
        while rest and rest[-1].upos == "PUNCT":
            rest.pop()
        if not outlet or not opens or len(rest) < 3 or rest[0].upos in ("ADP", "PUNCT", "CCONJ") \
                or not _has_clause(rest, rest[0].text.lower() != "that"):
            return None
        content = (rest[0].start, rest[-1].end)
    return Cue(sentence, (w,), w, speaker, head, content, more=more, speaker_rule="news-learned",
               content_rule="news-learned")


def _it_is_understood(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`It is understood (that) ...`, `..., it is understood.`, `Ministers are understood to be ...`: in
    news, `understood` after a form of `be` reports what the writer's unnamed sources told them: the
    clause after it (with `it` before), the clause before the comma (`it` closing the sentence), or
    its subject with the infinitive after it; no speaker (not `by` someone, whose grasp it is, nor
    `is understood to mean`, a word's sense)."""
    words = s.words
    adverb = 1 if w.index > 2 and words[w.index - 1].text.lower() in ("reliably", "also", "further") else 0
    if w.text.lower() not in ("understood", "learnt", "learned") or w.index < 2 + adverb \
            or words[w.index - 1 - adverb].lemma != "be" or words[w.index - 1 - adverb].text.lower() == "being":
        return None
    rest = list(words[w.index + 1:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    subject = words[w.index - 2 - adverb]
    more = None
    if subject.text.lower() == "it" and (within := _set_within(s, subject.index, w.index)) is not None:
        content, more = within  # `The plan, it is understood, will be ...`
    elif subject.text.lower() == "it":
        if not rest:  # `..., it is understood.`
            if subject.index < 2 or words[subject.index - 1].text != "," or not any(
                    x.xpos in _FINITE or x.xpos == "VBN" and x.upos == "VERB" for x in words[:subject.index - 1]):
                return None
            content = (words[0].start, words[subject.index - 2].end)
        elif subject.index == 0 or words[subject.index - 1].upos in ("PUNCT", "CCONJ"):  # `It is understood that ...`
            if len(rest) < 3 or rest[0].upos in ("ADP", "PUNCT", "CCONJ") \
                    or not _has_clause(rest, rest[0].text.lower() != "that"):
                return None
            content = (rest[0].start, rest[-1].end)
        else:
            return None
    elif w.text.lower() != "understood":
        return None
    else:  # `Ministers are understood to be considering ...`
        raised = next((k for k in s.kids[w.index] if k.deprel == "nsubj:pass" and k.index < w.index), None)
        clause = next((k for k in s.kids[w.index] if k.deprel == "xcomp" and k.index > w.index
                       and to_infinitive(s.kids[k.index])), None)
        if raised is None or clause is None or clause.lemma in ("mean", "refer") or rest[0].text.lower() != "to":
            return None
        content = (s.span(raised)[0], s.span(clause)[1])
    return Cue(sentence, (w,), w, None, None, content, more=more, speaker_rule="it-is-understood",
               content_rule="it-is-understood")


def _clause_reported(s: Parsed, w: Word, subject: Word) -> tuple[int, int] | None:
    """The clause a verb of finding or hearing reports: its clause after it (its own subject and finite
    verb, or `that` right after the verb and a verb past the word after it, whatever the parse made the
    subject: `found that bees avoid ...`; or the verb's object right before the clause's finite verb, its
    subject however parsed: `found one in five had skipped meals`), or the one closing its sentence before
    it and a comma (`..., a new study has found.`)."""
    first = next(x.index for x in s.subtree(subject) if x.upos != "PUNCT")  # the parse may hang the comma from it
    if all(x.upos == "PUNCT" for x in s.words[w.index + 1:]) and first > 1 and s.words[first - 1].text == "," \
            and any(x.xpos in _FINITE for x in s.words[:first - 1]):  # `..., a new study has found.`
        return s.words[0].start, s.words[first - 2].end
    words = sorted((x for k in s.kids[w.index] if k.deprel == "ccomp" and k.index > w.index for x in s.subtree(k)),
                   key=lambda x: x.index)  # the parse may split the clause in two (`that walkers were likely to`)
    if not words:
        return _that_object_clause(s, w)
    if words[0].index <= w.index:
        return None
    words = _stray_clause_subject(s, w, words)
    opened = words[0].index == w.index + 1 and words[0].text.lower() == "that" and len(words) > 3 \
        and any(x.upos in ("VERB", "AUX") for x in words[2:])  # `found that bees avoid ...`, `bees` taken for a verb
    if opened or any(x.deprel in _SUBJECTS for x in words):
        start = words[0].index
        while words[0].upos == "PROPN" and start - 1 > w.index and s.words[start - 1].upos == "PROPN" \
                and not time_word(s.words[start - 1].text):
            start -= 1  # `The tribunal heard Ms Ruiz had been ...`: a title the parse hung from the verb
        while len(words) > 1 and words[-1].text in (",", ";"):
            words = words[:-1]  # `the report, which found that fares rose, was ...`: the comma closes the aside
        return s.words[start].start, words[-1].end
    obj = next((k for k in s.kids[w.index] if k.deprel == "obj" and w.index < k.index < words[0].index), None)
    if obj is not None and s.subtree(obj)[0].index == w.index + 1 and words[0].xpos in _FINITE \
            and all(x.index in {y.index for k in s.kids[w.index] if k.index < words[0].index and k.index > w.index
                                for y in s.subtree(k)} for x in s.words[w.index + 1:words[0].index]):
        last = next(x for x in reversed(words) if x.upos != "PUNCT" or x.index == words[0].index)
        return s.words[w.index + 1].start, last.end  # `found one in five had skipped meals`: the object
        # the parse took from the clause, before its finite verb, is the clause's subject
    return None


def _stray_clause_subject(s: Parsed, w: Word, words: list[Word]) -> list[Word]:
    """`Researchers found that people who slept less were more likely to ...` parsed with `people` (and the
    `that` on its relative clause) as a second subject of `found`: `that` right after the verb and a subject
    hung from the verb after it, together with the verb's other words there filling the gap up to the clause
    the parse gave it, open that clause: the verb has its own subject before it, so a subject after it is the
    reported clause's.  The clause's words from `that` on, or `words` as they were."""
    if words[0].index <= w.index + 1 or s.words[w.index + 1].text.lower() != "that":
        return words
    stray = [k for k in s.kids[w.index] if w.index < k.index < words[0].index]
    gap = sorted({x.index for k in stray for x in s.subtree(k)})
    if not any(k.deprel in _SUBJECTS for k in stray) or gap != list(range(w.index + 1, words[0].index)):
        return words
    return [s.words[i] for i in gap] + words


def _that_object_clause(s: Parsed, w: Word) -> tuple[int, int] | None:
    """`The survey found that support for the deal had fallen`: `that` right after the verb, taken for the
    determiner of its object, with a verb of no subject of its own right after that object (a finite one, or
    one after `has`, `had`, a modal ...) that the parse joined to the verb: `that` opens a clause and the
    object is that clause's subject.  From `that` to the end of that verb's words."""
    if w.index + 2 >= len(s.words) or s.words[w.index + 1].text.lower() != "that":
        return None
    obj = next((k for k in s.kids[w.index] if k.deprel == "obj" and s.subtree(k)[0].index == w.index + 1
                and k.index > w.index + 1), None)
    if obj is None:
        return None
    last = s.subtree(obj)[-1].index
    if last + 1 >= len(s.words) or s.words[last + 1].upos in ("CCONJ", "PUNCT"):
        return None  # `found that support and helped ...`: a verb joined to the finding, not a clause
    verb = next((k for k in s.kids[w.index] if k.deprel == "conj" and k.upos in ("VERB", "AUX")
                 and s.subtree(k)[0].index == last + 1 and not any(c.deprel in _SUBJECTS for c in s.kids[k.index])
                 and any(x.xpos in _FINITE for x in s.subtree(k) if x.index <= k.index)), None)
    if verb is None:
        return None
    end = next(x for x in reversed(s.subtree(verb)) if x.upos != "PUNCT" or x.index == verb.index)
    return s.words[w.index + 1].start, end.end


_NAME_VERB_ASIDE = 5  # the most words of an aside set off by commas between a name's verb and its `that`


def _name_then_verb(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The Daily Ledger reports that ...`, `Ruiz predicts that ...`: a cue verb's `-s` form the tagger
    took for a plural noun, right after a name and right before a `that` that opens a clause (not a
    relative `that` with its verb right after it) is the name's verb of saying: the name (its run of
    capitalised words) speaks, the words from `that` to the sentence's end are what it said."""
    j = w.index + 1  # the `that`, past an aside set off by commas with no verb: `claims, without evidence, that`
    # (or one naming the report's sources: `reports, citing two aides, that`)
    if j < len(s.words) and s.words[j].text == ",":
        close = next((k for k in range(j + 1, min(j + 1 + _NAME_VERB_ASIDE, len(s.words))) if s.words[k].text == ","), None)
        citing = s.words[j + 1].xpos == "VBG" and s.words[j + 1].lemma in QUOTING_VERBS  # `, citing two aides,`
        if close is not None and (citing or not any(x.upos in ("VERB", "AUX") for x in s.words[j + 1:close])):
            j = close + 1
    if w.upos != "NOUN" or w.index == 0 or j + 1 >= len(s.words) or not w.text.endswith("s") \
            or w.text.lower()[:-1] not in cue_lemmas() \
            or s.words[j].text.lower() != "that" or s.words[j + 1].upos in ("VERB", "AUX"):
        return None  # `filed FEC reports that track ...`: a relative `that`, the noun's own clause
    first = w.index - 1
    if s.words[first].upos == "PROPN":
        while first > 0 and s.words[first - 1].text[:1].isupper() and s.words[first - 1].upos in _RUN_WORDS | {"VERB"}:
            first -= 1  # `the Associated Press`, however the tagger took `Associated`
        if first > 0 and s.words[first - 1].text.lower() == "the":
            first -= 1
    elif s.words[first].text.lower() in SPEAKING_PAPERS:  # `An affidavit states that ...`: a paper that speaks,
        while first > 0 and s.words[first - 1].upos in ("DET", "ADJ", "NOUN", "PROPN"):  # its whole phrase
            first -= 1  # opening the sentence
        if first > 0:
            return None
    else:
        return None
    rest = list(s.words[j:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if len(rest) < 2:
        return None
    return Cue(sentence, (w,), w, (s.words[first].start, s.words[w.index - 1].end), s.words[w.index - 1],
               (rest[0].start, rest[-1].end), speaker_rule="name-then-verb", content_rule="name-then-verb")


_NOUN_PAST_SUBJECT = 6  # the most words of the subject opening a sentence before a past spelt as its noun


def _spelt_noun_subject(s: Parsed, w: Word) -> bool:
    """`The weather forecast that rain would fall on Sunday was wrong`: a form spelt as both a past verb of
    saying and a noun (lexicon NOUN_SPELT_PASTS), right before `that`, whose clause's finite verb is followed,
    with no punctuation or conjunction between, by a second finite verb whose clause has no subject of its own:
    that second verb is the sentence's predicate, the form a noun heading its subject, and no one says the
    clause (not `The agency forecast that rain would fall where crops were planted`: `crops` is its subject)."""
    if w.text.lower() not in NOUN_SPELT_PASTS or w.index + 1 >= len(s.words) or s.words[w.index + 1].text.lower() != "that":
        return False
    first = None
    for x in s.words[w.index + 2:]:
        if x.upos in ("PUNCT", "CCONJ", "SCONJ") or x.text.lower() in RELATIVE_PRONOUNS:
            return False
        if x.xpos not in _FINITE | {"MD"}:
            continue
        if first is None:
            first = x
            continue
        if x.xpos == "MD":
            return False
        head = x if x.upos == "VERB" else s.words[x.head] if x.head >= 0 else x
        return head.deprel != "conj" and not any(k.deprel.startswith(("nsubj", "csubj", "expl"))
                                                 for k in s.kids[head.index])
    return False


def _noun_spelt_past(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The IEA forecast that demand would peak.`: a verb of saying whose past is spelt as its noun
    (`NOUN_SPELT_PASTS`) that the tagger took for the head of the noun phrase opening the sentence, with
    that phrase the whole of what comes before it (a determiner, adjectives, nouns and names, ending on a
    noun or name), a `that` opening a clause right after it (no verb right after the `that`), and no verb
    of its own left to the sentence (the parse made the form its root, and no finite verb or participle
    stands right after the clause's verb: `The IEA forecast that demand would peak proved wrong` is a noun
    phrase and its verb): the form is the past verb, the phrase before it speaks, the words from `that` to
    the sentence's end are what it said."""
    words = s.words
    i = w.index
    if w.upos != "NOUN" or w.text.lower() not in NOUN_SPELT_PASTS or w.deprel != "root" \
            or not 0 < i <= _NOUN_PAST_SUBJECT or i + 2 >= len(words) \
            or words[i + 1].text.lower() != "that" or words[i + 2].upos in ("VERB", "AUX"):
        return None  # (`the forecast that rose`: a relative `that`, the noun's own clause)
    before = words[:i]
    if not before[0].text[:1].isupper() or before[-1].upos not in ("NOUN", "PROPN") \
            or any(x.upos not in ("DET", "ADJ", "NOUN", "PROPN") for x in before):
        return None  # (`The agency's forecast that ...`: an owner's noun)
    rest = list(words[i + 1:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if len(rest) < 3 or any(x.xpos in _FINITE | {"VBN"} and y.upos == "VERB" for y, x in zip(rest, rest[1:])):
        return None  # `... that demand would peak proved wrong`: the noun phrase's own verb
    return Cue(sentence, (w,), w, (before[0].start, before[-1].end), before[-1], (rest[0].start, rest[-1].end),
               speaker_rule="noun-spelt-past", content_rule="noun-spelt-past")


def _told_clause_opening(s: Parsed, i: int) -> int | None:
    """After `told` (word `i`) and a listener of one to three nouns or names (`staff`, `its staff`, `BBC
    Radio Kent`), where what was told opens with no `that`: a subject pronoun or a determiner or owner's
    pronoun opening a noun phrase, and a finite verb within the next four words (`the stores would stay
    open`, `they would keep their jobs`)."""
    words = s.words
    for k in range(i + 2, min(i + 6, len(words) - 1)):
        opener = words[k].text.lower() in NOMINATIVE_PRONOUNS | {"it"} or _opens_noun_phrase(words[k])
        if opener and words[k - 1].upos in ("NOUN", "PROPN"):
            finite = next((x for x in words[k + 1:k + 5] if x.xpos in _FINITE), None)
            return k if finite is not None else None
    return None


_OWNER_VERB_MISREADS = frozenset({"amod", "compound", "advcl"})  # `said` hung from the noun or verb after it
_SAID_CLAUSE_REACH = 5  # words from a clause's first word to its finite verb (`the sale set`, `sales rose`)


def _said_clause_opening(s: Parsed, i: int) -> bool:
    """After `said` (word `i`) with no `that`: whether a clause opens right after it, a word of a noun phrase
    there (`sales`, `the sale`, `it`) that is, or is within, the subject of a finite verb a few words on
    (`McDonald's said sales rose`, `Sotheby's said the sale set a record`)."""
    words = s.words
    if i + 2 >= len(words) or words[i + 1].upos not in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"):
        return False
    for x in words[i + 2:i + 2 + _SAID_CLAUSE_REACH]:
        if x.xpos in _FINITE or x.xpos == "MD":
            return any(k.deprel in _SUBJECTS and i < k.index < x.index for k in s.kids[x.index])
    return False


def _owner_verb(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Sainsbury's told staff that ...`, `Moody's said that ...`: `said` or `told` (no noun, nor an
    adjective before one, is spelt so: `OWNER_PROOF_FORMS`) that the tagger took for a modifier of the
    noun after it, right after a capitalised name's `'s`, is that name's verb (the `'s` is the name's own
    or `has`); after at most four words of the one told, a `that` opens what was said, to the sentence's
    end.  The name, its capitalised run and its `'s`, speaks (with a name `and` joins before it: `Tesco and
    Sainsbury's`)."""
    words = s.words
    i = w.index
    if w.text.lower() not in OWNER_PROOF_FORMS or w.deprel not in _OWNER_VERB_MISREADS or i < 2 \
            or words[i - 1].text not in ("'s", "\u2019s") or any(k.deprel in _SUBJECTS for k in s.kids[i]):
        return None
    named = words[i - 2].text[:1].isupper() and words[i - 2].upos == "PROPN"
    if not named and not (words[i - 2].upos == "NOUN" and words[i - 2].text.lower() in ORGANISATION_WORDS):
        return None  # (`The GMB union's told members`: a body's noun, its `'s` a `has`)
    that = next((k for k in range(i + 1, min(i + 6, len(words))) if words[k].text.lower() == "that"), None)
    if that is None and w.text.lower() == "told":
        that = _told_clause_opening(s, i)  # `Sainsbury's told staff the stores would stay open`
    if that is None and w.text.lower() == "said" and _said_clause_opening(s, i):
        that = i + 1  # `McDonald's said sales rose`: the clause opens right after `said`
    if that is None or any(x.upos not in ("DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM") and x.xpos != "POS"
                           for x in words[i + 1:that]):
        return None
    if that > i + 1 and w.text.lower() == "said":
        return None  # `said` takes no one told before its `that`
    rest = list(words[that:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if len(rest) < 3 or rest[0].text.lower() == "that" and rest[1].upos in ("VERB", "AUX"):
        return None  # `staff that work here`: a relative `that`, the noun's own clause
    first = i - 2
    while first > 0 and (words[first - 1].text[:1].isupper() or not named) \
            and (words[first - 1].upos in _RUN_WORDS or words[first - 1].xpos == "POS") \
            and words[first - 1].text.lower() != "the":  # (`The bakers' union's told`)
        first -= 1
    if named and first > 1 and words[first - 1].text.lower() == "and" and words[first - 2].upos == "PROPN" \
            and words[first - 2].text[:1].isupper():
        first -= 2  # `Tesco and Sainsbury's told staff`: both names
        while first > 0 and words[first - 1].text[:1].isupper() and words[first - 1].upos in _RUN_WORDS \
                and words[first - 1].text.lower() != "the":
            first -= 1
    if first > 0 and words[first - 1].text.lower() == "the":
        first -= 1
    return Cue(sentence, (w,), w, (words[first].start, words[i - 1 if named else i - 2].end), words[i - 2],
               (rest[0].start, rest[-1].end), speaker_rule="owner-verb", content_rule="owner-verb")


@dataclass(frozen=True)
class _SetOffTag:
    """A reporting tag set off by commas (`_set_off_tag`): the index of its noun phrase's first word,
    whether it closes its sentence, the clause before its first comma (`_clause_before`) and the words
    after its second up to the sentence's end, its closing punctuation left out."""
    first: int
    closing: bool
    before: tuple[int, int] | None
    after: list[Word]


def _set_off_tag(s: Parsed, cue: Word, end: int, takes: Callable[[Word], bool], most: int | None = None,
                 closing: bool = False) -> _SetOffTag | None:
    """`That plan, many argue, could fail`, `Prices, the mayor says, will rise`: the frame of a reporting
    tag set off by commas within its sentence, read from the words; when `closing`, also one that ends
    it (`..., many argue.`).  The noun phrase runs back from word `end` (the cue, or the first of the
    words a rule lets stand before it) to a comma, over words `takes` admits, no comma or dash among
    them (at most `most` of them), with two words at least before that comma; the cue is followed by a
    comma and at least two more words, or closes its sentence or the clause it reports, a contrast of
    the writer's after its comma (`_CONTRASTS`: `..., the minister concedes, though few agree.`).  One home for `set-off-form` and `set-off-report`, which each add
    their own conditions on the phrase and what it reports."""
    words = s.words
    ends = closing and (cue.index + 2 == len(words) and words[cue.index + 1].text in (".", "!", "?") or (
        cue.index + 3 < len(words) and words[cue.index + 1].text == ","
        and words[cue.index + 2].text.lower() in _CONTRASTS))  # `..., the minister concedes, though few agree.`
    if not ends and not (cue.index + 2 < len(words) and words[cue.index + 1].text == ","):
        return None
    first = end
    while first > 0 and words[first - 1].text not in _CLAUSE_BREAKS and takes(words[first - 1]) \
            and (most is None or end - first < most):
        first -= 1
    if first == end or first < 2 or words[first - 1].text != ",":
        return None
    after = list(words[cue.index + 2:])
    while after and after[-1].upos == "PUNCT":
        after.pop()
    if not ends and len(after) < 2:
        return None
    return _SetOffTag(first, ends, _clause_before(s, first - 1), after)


_OR_SO_SPEAKER_WORDS = 6  # the longest speaker `_or_so_report` reads back from its cue (`or so the finance minister claims`)


def _or_so_report(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Taxes will rise -- or so Lee claims.`, `The economy is recovering, or so the minister insists.`: a
    cue verb (no naming verb) closing its sentence right after `or so` and the noun phrase that is its
    subject (six words at most, an adverb between them and the verb: `or so Lee still claims`), the `or`
    right after a comma or dash, is a report put after what it reports, whatever the parse made of it
    (the verb taken for a noun, or for a conjunct of the clause before): the phrase speaks the clause
    before that comma or dash (`_clause_before`); `or so` hedges the report, it keeps its speaker."""
    words, i = s.words, w.index
    if not w.text.islower() or cue_lemma(w.text) is None or _is_naming_verb(w) \
            or not all(x.upos == "PUNCT" and x.text.strip(MARK_CHARS) for x in words[i + 1:]):
        return None
    last = i - 1
    while last > 0 and words[last].upos == "ADV" and words[last].text.lower() != "so":
        last -= 1  # `or so Lee still claims`
    first = last
    while first > 0 and last - first < _OR_SO_SPEAKER_WORDS and (words[first].upos in _RUN_WORDS or words[first].xpos == "POS") \
            and not relative_pronoun(words[first].text):
        first -= 1
    first += 1
    if first > last or first < 4 or words[first - 1].text.lower() != "so" or words[first - 2].text.lower() != "or" \
            or words[first - 3].text not in _CLAUSE_BREAKS:
        return None
    phrase = words[first:last + 1]
    if not any(x.upos in _NOMINAL for x in phrase):
        return None
    clause = _clause_before(s, first - 3)
    if clause is None:
        return None
    head = next(x for x in reversed(phrase) if x.upos in _NOMINAL)
    return Cue(sentence, (w,), w, (phrase[0].start, phrase[-1].end), head, clause,
               speaker_rule="or-so-report", content_rule="or-so-report")


def _set_off_form(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Voters, Ann Ruiz notes, want lower taxes`, `That plan, many argue, could fail`: a present form of a
    verb of saying (`SAY_VERBS`) the tagger took for a noun or adjective, set off by commas right after the
    noun phrase that opens after the first of them (`_set_off_tag`, six words at most), within the clause
    it reports, is that phrase's verb: a bare form after a plural or a quantifier (`many argue`, `these
    officials acknowledge`), an `-s` form after a bare name (`Ann Ruiz notes`; a name and a plural noun
    would take `'s`).  The phrase speaks the words before the first comma and the clause after the
    second, when that goes on with a finite verb or a subject and its verb."""
    words, i = s.words, w.index
    low = w.text.lower()
    if w.upos not in ("NOUN", "ADJ", "PROPN") or not w.text.islower():
        return None
    saying = SAY_VERBS | PLEDGE_INVERTERS | SET_OFF_REPORTS  # `..., the spokesman confirms.`, `..., the union
    verbs = saying | PAPER_VERBS  # vows.`, `..., the minister concedes.`
    bare = low in verbs
    lemma = low if bare else low[:-1] if low.endswith("s") and low[:-1] in verbs else cue_lemma(low) \
        if low.endswith("es") else None  # (`stresses`, `testifies`)
    if lemma not in verbs:
        return None
    tag = _set_off_tag(s, w, i, lambda x: True, most=6, closing=True)
    if tag is None:
        return None
    first = tag.first
    phrase = words[first:i]
    prev = phrase[-1]
    held = _plural_held_by(phrase)
    paper = prev.text.lower() in SPEAKER_NOUNS | SPEAKING_PAPERS \
        and all(x.upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or x.xpos in ("POS", "PRP$")
                or x.text.lower() in PAPER_MODIFIERS for x in phrase)  # `the affidavit`, `charging documents`
    if lemma not in saying and not paper:
        return None  # `..., member states.`, `..., the Gulf states.`: a paper's verb only after a paper or a speaker
    if bare:
        ok = held is not None or (prev.xpos in ("NNS", "NNPS") or prev.text.lower() in QUANTIFIER_PRONOUNS) \
            and all((x.upos in _RUN_WORDS | {"CCONJ"} or x.text.lower() in PAPER_MODIFIERS)
                    and not relative_pronoun(x.text) for x in phrase)
    else:  # a bare name, or one opened by its capitalised `The` (`The Verge reports`), whatever their tags
        named = phrase[1:] if len(phrase) > 1 and phrase[0].text == "The" else phrase
        ok = paper or all((x.upos == "PROPN" or x is not phrase[0] and x.upos in ("ADJ", "NOUN"))
                          and x.text[:1].isupper() for x in named)
    if not ok:
        return None
    head = held if bare and held is not None else next(
        (x for x in reversed(phrase) if x.upos in _NOMINAL or x.text.lower() in QUANTIFIER_PRONOUNS), prev)
    if tag.closing:
        return None if tag.before is None else Cue(
            sentence, (w,), w, (phrase[0].start, phrase[-1].end), head, tag.before,
            speaker_rule="set-off-form", content_rule="set-off-form")
    start = 0
    for x in words[:first - 1]:
        if x.text in (";", ":"):
            start = x.index + 1
    before = [x for x in words[start:first - 1] if x.upos != "PUNCT"]
    after = tag.after
    if not before:
        return None
    goes_on = (after[0].upos in ("VERB", "AUX") and after[0].xpos in _FINITE | {"VB"}) or (
        after[0].upos in _NOMINAL and not relative_pronoun(after[0].text) and after[1].upos in ("VERB", "AUX")
        and after[1].xpos in _FINITE)
    if not goes_on:
        return None
    return Cue(sentence, (w,), w, (phrase[0].start, phrase[-1].end), head, (before[0].start, before[-1].end),
               more=(after[0].start, after[-1].end), speaker_rule="set-off-form", content_rule="set-off-form")


def _inverted_form(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`We will not back down, vows Ann Ruiz.`, `The plan will fail, warns the mayor.`: a lower-case `-s`
    form of an inverting verb (`INVERTING_VERBS`) the tagger took for a noun, right after the comma that
    closes a clause with a finite verb, and followed by nothing but a name or a noun phrase opened by a
    determiner to the sentence's end, is that phrase's verb, put before it: the phrase speaks the clause
    (none with a quotation or a verb of saying before: a report of a report, `"...," said Ann Ruiz, reports
    the Ledger.`, its words are the first speaker's)."""
    words, i = s.words, w.index
    low = w.text.lower()
    if w.upos not in ("NOUN", "PROPN", "ADJ") or not w.text.islower() or not low.endswith("s") \
            or low[:-1] not in INVERTING_VERBS or i < 2 or words[i - 1].text != ",":
        return None
    phrase = list(words[i + 1:])
    while phrase and phrase[-1].upos == "PUNCT" and phrase[-1].text in (".", "!", "?"):
        phrase.pop()
    capital = [x.text[:1].isupper() for x in phrase]  # a name's word, whatever its tag (`Ann` taken for `an`)
    if not phrase or not (phrase[0].upos in ("PROPN", "DET") or capital[0]) or not all(
            x.upos in ("PROPN", "NOUN", "ADJ", "DET") or x.xpos == "POS" or up for x, up in zip(phrase, capital)) \
            or not any(up or x.text.lower() in SPEAKER_NOUNS for x, up in zip(phrase, capital)):
        return None
    clause = _clause_before(s, i - 1)
    if clause is None or any(x.text.strip(MARK_CHARS) == "" or _is_cue_verb(x) for x in words[:i - 1]):
        return None  # `"...," said Kristen Day, reports the Ledger.`: a report of a report, the quotation Day's
    head = next((x for x in reversed(phrase) if x.upos in ("PROPN", "NOUN")), phrase[-1])
    return Cue(sentence, (w,), w, (phrase[0].start, phrase[-1].end), head, clause,
               speaker_rule="inverted-form", content_rule="inverted-form")


def _plural_held_by(phrase: Sequence[Word]) -> Word | None:
    """`economists polled by the agency`, `voters surveyed by the group`: a plural noun phrase, then a
    past participle and its `by` phrase of nouns: the plural is the phrase's head (a reduced passive
    clause after it), and so the subject of a verb after the phrase, whatever number its last noun has.
    The plural noun, or None."""
    for j in range(1, len(phrase) - 2):
        x = phrase[j]
        if _participle_spelling(x) and x.upos in ("VERB", "ADJ") and phrase[j + 1].text.lower() == "by" \
                and phrase[j - 1].xpos in ("NNS", "NNPS") \
                and all(y.upos in _RUN_WORDS and not relative_pronoun(y.text) for y in phrase[:j]) \
                and all(y.upos in _RUN_WORDS and not relative_pronoun(y.text) for y in phrase[j + 2:]):
            return phrase[j - 1]
    return None


def _subject_then_finite(s: Parsed, i: int) -> bool:
    """Whether the words from index `i` open a clause: a noun phrase (a determiner, pronoun, noun, name,
    adjective or number first, or an `-ing` word before a noun: `spending cuts`, `taxing fuel`), then within a few words a finite verb or modal, with no preposition,
    conjunction or punctuation before it (`the bank could ...`, `its rates will ...`)."""
    words = s.words
    if i >= len(words) or relative_pronoun(words[i].text) or words[i].upos not in (
            "DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM") and not (
            words[i].xpos == "VBG" and i + 1 < len(words) and words[i + 1].upos in ("NOUN", "PROPN")):
        return False  # `spending cuts remain ...`: an `-ing` word before a noun opens a noun phrase or a gerund's
    for w in words[i + 1:i + 7]:
        if w.xpos in _FINITE:
            return True
        if w.upos not in _RUN_WORDS or w.text.lower() in QUESTION_OPENERS:
            return _verbless_clause(s, i)
    return _verbless_clause(s, i)


def _verbless_clause(s: Parsed, i: int) -> bool:
    """`Doctors acknowledge rising costs worry patients.` with `worry` tagged a noun: in a sentence closed by
    a stop with no word tagged a finite verb at all (a sentence has one: the tagger broke the clause), the
    words from index `i` open a clause when a lower-case singular noun stands right after a plural one and
    before more of a noun phrase (`costs worry patients`: the plural its subject, the singular its present
    verb).  The same tags make a compound (`sales tax rates`) where a verb is tagged elsewhere: this reads only
    a sentence with none."""
    words = s.words
    if not words or words[-1].text != "." or any(w.xpos in _FINITE for w in words):
        return False
    run = list(words[i:-1])
    if any(w.upos not in _RUN_WORDS and w.xpos != "VBG" for w in run):
        return False
    return any(a.xpos == "NNS" and b.xpos == "NN" and b.text.islower() and c.upos in _RUN_WORDS
               for a, b, c in zip(run, run[1:], run[2:]))


def _subject_then_verb(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Economists warn that the bank could ...`, `aides close to her concede that ...`, `The group
    argues that ...`: a cue verb's base form the tagger took for a noun (never a noun that names a
    saying: `claim`, `promise`, nor one news uses mostly as a noun: `report`), right after a plural
    noun, a pronoun, a number or a quantifier, or its `-s` form right after a singular noun, and right
    before a `that` that opens a clause (no verb right after it, but a gerund subject's: `_gerund_verb`) or, after a plural noun or a pronoun,
    a clause itself (`Economists warn the bank could ...`: `_subject_then_finite`; not `One plan Lee
    backs is ...`), is that subject's verb of saying: the noun phrase before it speaks, the words
    after it are what it said."""
    low = w.text.lower()
    third = low.endswith("s") and low[:-1] in cue_lemmas()  # `the group argues that`
    if w.upos != "NOUN" or w.index == 0 or w.index + 2 >= len(s.words) or not (low in cue_lemmas() or third) \
            or low in NOUN_CUES or low in NOUN_LIKE_FORMS and not (third and _that_subject_verb(s, w.index + 1)):
        return None  # (`The mayor reports that taxes fell`: a mostly-noun form before `that`, a subject and its verb)
    before = s.words[w.index - 1]
    found = _run_before(s, w, w.index - 1)
    held = not third and _plural_held_close(s, found)  # `Sources close to the Prime Minister insist ...`
    if not third and not held:  # `Economists polled by the agency predict ...`: the plural before its `by` phrase
        for k in range(max(0, w.index - 8), w.index - 3):
            if (k == 0 or s.words[k - 1].text in _CLAUSE_BREAKS) and (by := _plural_held_by(s.words[k:w.index])):
                found, held = (by, (s.words[k].start, before.end)), True
                break
    opener = before.index == 0 or s.words[before.index - 1].upos == "PUNCT" \
        or s.words[before.index - 1].text.lower() == "the" and before.index - 1 == 0
    collective = not third and low in VERB_ONLY_CUE_BASES and (
        before.text.lower() in PLURAL_AGREEING_BODIES or before.upos == "PROPN" and before.text[:1].isupper() and opener)
    # `The club insist that ...`, `City insist they ...`: a body, or a name, with a plural verb, as British copy writes
    if s.words[w.index + 1].text.lower() == "that":
        if s.words[w.index + 2].upos in ("VERB", "AUX") and _gerund_verb(s.words, w.index + 2) is None \
                and s.words[w.index + 3].xpos not in _FINITE | {"MD"}:
            return None  # `Doctors caution that vaping carries risks`: a gerund subject opens the clause
            # (`that rates will ...`, `that taxes fell`: no verb stands before a modal or a past or present verb)
    elif not _subject_then_finite(s, w.index + 1) or not (third or held or collective or before.xpos in ("NNS", "NNPS") or (
            before.upos == "PRON" and before.text.lower() in NOMINATIVE_PRONOUNS)):
        return None  # `One plan Lee backs is ...`: a noun and its relative clause
    if third:
        if before.xpos not in ("NN", "NNP") and not (before.upos == "ADJ" and before.text.lower() in ROLE_WORDS | SPEAKER_NOUNS):
            return None  # (`The mayor notes that ...` with `mayor` tagged an adjective: a role is a noun)
    elif not (held or collective or before.xpos in ("NNS", "NNPS", "CD") or (before.upos == "PRON" and before.text.lower() in NOMINATIVE_PRONOUNS)
              or before.text.lower() in QUANTIFIER_PRONOUNS or (before.upos == "PRON" and before.head == before.index + 1)):
        return None
    head, speaker = found if found is not None else (before, (before.start, before.end))
    if found is None and before.upos == "ADJ":  # `The mayor notes` with `mayor` an adjective: its determiner too
        first = before.index
        while first > 0 and s.words[first - 1].upos in ("DET", "ADJ"):
            first -= 1
        speaker = (s.words[first].start, before.end)
    rest = list(s.words[w.index + 1:])
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if len(rest) < 3:
        return None
    return Cue(sentence, (w,), w, speaker, head, (rest[0].start, rest[-1].end),
               speaker_rule="subject-then-verb", content_rule="subject-then-verb")


def _that_subject_verb(s: Parsed, i: int) -> bool:
    """Whether the words from `i` on are `that`, one noun, name or pronoun (no relative) and a finite
    verb, whatever their tags (`that taxes fell`: a plural noun before a past verb is no verb itself), and
    no finite verb right after (`reports that we saw were wrong`: a relative clause and the noun's verb)."""
    words = s.words[i:i + 4]
    return len(words) == 4 and words[0].text.lower() == "that" and words[1].text[:1].isalpha() \
        and not relative_pronoun(words[1].text) and words[1].upos not in ("DET", "ADP", "ADV", "AUX") \
        and words[2].xpos in _FINITE and words[3].xpos not in _FINITE | {"MD"}


def _plural_held_close(s: Parsed, found: tuple[Word, tuple[int, int]] | None) -> bool:
    """Whether a noun-phrase run before a verb is a plural noun held by an adjective and its preposition
    (`Sources close to the Prime Minister`, `People familiar with the talks`: `PHRASE_ADJECTIVES`): the
    plural is the subject, whatever number the phrase's last noun has."""
    if found is None:
        return False
    lo, hi = s.word_range(found[1])
    words = s.words
    return any(PHRASE_ADJECTIVES.get(words[j].text.lower()) == words[j + 1].text.lower()
               and words[j - 1].xpos in ("NNS", "NNPS") for j in range(max(lo, 1), hi))


def _name_then_colon(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`Article 9 affirms: "..."`, `The Daily Ledger notes: "..."`: a cue verb's `-s` form the tagger
    took for a plural noun (`9 affirms` read like `9 states`), right after a name (or a name and its
    number) and right before a colon and an opening quotation mark, is the name's verb of saying: the
    name (its run of capitalised words and numbers) speaks, the words after the colon are what it said."""
    if w.upos != "NOUN" or w.index == 0 or w.index + 2 >= len(s.words) or not w.text.endswith("s") \
            or w.text.lower()[:-1] not in cue_lemmas() or s.words[w.index + 1].text != ":" \
            or s.words[w.index + 2].text.strip(MARK_CHARS):
        return None  # `the swing states: Ohio, ...`: no quotation opens after the colon
    last = w.index - 1
    while last > 0 and s.words[last].upos == "NUM":
        last -= 1  # `Article 9`: the name's number
    numbered = last < w.index - 1 and s.words[last].upos == "NOUN" and s.words[last].text[:1].isupper()
    if s.words[last].upos != "PROPN" and not numbered:  # `Section 12`, however the tagger took `Section`
        return None
    first = last
    while first > 0 and s.words[first - 1].text[:1].isupper() and s.words[first - 1].upos in _RUN_WORDS:
        first -= 1
    if first > 0 and s.words[first - 1].text.lower() == "the":
        first -= 1
    rest = list(s.words[w.index + 2:])
    while rest and rest[-1].upos == "PUNCT" and not rest[-1].text.strip(MARK_CHARS):
        rest.pop()
    if len(rest) < 2:
        return None
    return Cue(sentence, (w,), w, (s.words[first].start, s.words[w.index - 1].end), s.words[w.index - 1],
               (rest[0].start, rest[-1].end), speaker_rule="name-then-colon", content_rule="name-then-colon")


def _source_then_question(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The mayor questions whether the plan will work`, `Ann Ruiz doubts if ...`: a cue verb's `-s` form the
    tagger took for a plural noun (`questions` read like `the questions`), right after a sentence's opening
    subject (`The` and a source word, `mayor`, `official`, or a name's run of capitalised words) and right
    before the `whether` or `if` opening a clause, is that subject's verb: the subject speaks, the clause
    from that word on is what was said, to a comma, colon, dash or the sentence's end, however the parse
    hung it."""
    if w.upos != "NOUN" or w.index == 0 or w.index + 1 >= len(s.words) or not w.text.islower() \
            or not w.text.endswith("s") or w.text[:-1] not in cue_lemmas():
        return None
    mark = s.words[w.index + 1]
    if mark.text.lower() not in ("whether", "if") or mark.deprel != "mark" or mark.head <= mark.index:
        return None
    before = s.words[:w.index]
    owner = before[-1]
    named = owner.upos == "PROPN" and len(before) <= 4 and all(
        x.text[:1].isupper() and x.upos != "DET" for x in before)  # (`Ann Ruiz`, whatever the tag of `Ann`)
    role = source_word(owner.text) and all(x.upos == "DET" for x in before[:-1]) and len(before) <= 2
    if not (named or role):
        return None  # `Key questions whether ...`, `the tax questions whether`: a noun phrase of its own
    rest = []
    for x in s.words[mark.index:]:
        if x.text in _RELATIVE_STOPS:
            break  # `..., critics say`: a clause of its own after a comma
        rest.append(x)
    while rest and rest[-1].upos == "PUNCT" and rest[-1].text.strip(MARK_CHARS):
        rest.pop()
    if len(rest) < 3:
        return None
    return Cue(sentence, (w,), w, (before[0].start, owner.end), owner, (mark.start, rest[-1].end),
               speaker_rule="source-then-question", content_rule="source-then-question")


RUBRIC_LABEL_WORDS = 4   # the most words of a label in capitals opening a line before its colon


def _rubric_label(s: Parsed, w: Word) -> bool:
    """`QUOTE BOX: "We will be back."`, `REPORT: ...`: a bare form in capitals within a run of words in
    capitals (RUBRIC_LABEL_WORDS at most) that opens its sentence and closes on a colon is a rubric's
    label, a heading's word, not a verb anyone says."""
    colon = next((x.index for x in s.words if x.text == ":"), None)
    if colon is not None and w.index + 1 == colon <= RUBRIC_LABEL_WORDS and w.xpos == "VBG" \
            and not any(k.deprel.startswith("aux") for k in s.kids[w.index]) and _tag_after(s, colon):
        return True  # `Storm warning: "Get out now," the chief told residents.`: a noun closing a heading, with
        # no `be` to make it a verb, before a quotation that its own verb and subject tag
    if colon is None or not w.index < colon <= RUBRIC_LABEL_WORDS or w.text.lower() != w.lemma.lower():
        return False
    return all(len(x.text) > 1 and x.text.isalpha() and x.text.isupper() for x in s.words[:colon])


def _tag_after(s: Parsed, colon: int) -> bool:
    """Whether a verb of saying (SAY_VERBS) with a subject of its own stands after word `colon`."""
    return any(x.index > colon and x.upos == "VERB" and x.lemma in SAY_VERBS
               and any(k.deprel in ("nsubj", "expl") for k in s.kids[x.index]) for x in s.words)


def _making_work(s: Parsed, w: Word) -> bool:
    """`She wrote the song in a week`, `The novel he wrote in prison`, `The album, which they recorded in a barn,`:
    a verb that makes a work (lexicon WORK_MAKING_FORMS) whose object is a noun of a work that is no text of claims
    (MADE_ONLY_WORKS: a song, a film, a novel; a book or a column may carry a report), with no
    clause after it with a subject of its own (`wrote a book in which he exposes ...` gives what the book says;
    `wrote a song that topped the charts` describes the song), or that
    closes a relative clause right after one (its pronoun, if any, and the clause's subject between, no object
    but the pronoun, no clause of its own; read from the words), makes the work; it reports nothing."""
    if w.text.lower() not in WORK_MAKING_FORMS:
        return False
    objects = [k for k in s.kids[w.index] if k.deprel == "obj"]
    if any(k.upos == "NOUN" and _work_noun(k) and not any(c.deprel.startswith("acl") and any(
            g.deprel in _SUBJECTS and not relative_pronoun(g.text) for g in s.kids[c.index]) for c in s.kids[k.index])
           for k in objects):
        return True  # not `wrote a book in which he exposes ...`: a clause with a subject of its own tells it
    if any(k.upos in ("ADJ", "NUM", "DET", "PRON") and k.index + 2 < len(s.words)
           and s.words[k.index + 1].text.lower() == "of" for k in objects):  # `wrote most of the songs`
        j = next(k.index for k in objects if s.words[k.index + 1].text.lower() == "of") + 2
        while j < len(s.words) and s.words[j].upos in ("DET", "ADJ", "PRON") and not _work_noun(s.words[j]):
            j += 1
        if j < len(s.words) and s.words[j].upos == "NOUN" and _work_noun(s.words[j]) \
                and (j + 1 == len(s.words) or s.words[j + 1].upos in ("ADP", "PUNCT", "ADV", "CCONJ")) \
                and not (j + 1 < len(s.words) and s.words[j + 1].text.lower() in ("about", "that", "which")):
            return True
    if not all(relative_pronoun(k.text) for k in objects) \
            or any(k.deprel in ("ccomp", "xcomp", "parataxis") for k in s.kids[w.index]):
        return False
    j = w.index - 1  # back over the relative clause's subject (`which he`, `the band`, `she once`), read from the words
    while j >= 0 and s.words[j].upos in ("PRON", "PROPN", "DET", "ADV", "AUX", "ADJ", "NUM") \
            and not relative_pronoun(s.words[j].text):
        j -= 1
    if j == w.index - 1 or j < 0:
        return False
    if relative_pronoun(s.words[j].text) and s.words[j].text.lower() not in ("who", "whom", "whose"):
        j -= 1
        if j >= 0 and s.words[j].text == ",":
            j -= 1
    noun = s.words[j] if j >= 0 else None
    return noun is not None and noun.upos == "NOUN" and _work_noun(noun)


def _work_noun(w: Word) -> bool:
    """A noun of a work that is no text of claims (lexicon MADE_ONLY_WORKS: a song, a film, a novel), singular or
    plural."""
    return w.text.lower() in MADE_ONLY_WORKS or w.lemma.lower() in MADE_ONLY_WORKS


def _possessed(s: Parsed, w: Word) -> bool:
    """`His warning that ...`, `their claims that ...`, `The company's denial that ...`: a noun cue's form
    (`NOUN_CUES`) right after a possessive pronoun that is no object pronoun too (`his`, `its`, `their`), or
    right after a possessive `'s`, is a noun, whatever its tag.  So is one after `her`, unless a verb right
    before `her` takes it for an object with a second object or a verb after it (`DOUBLE_OBJECT_VERBS`,
    `OBJECT_CONTROL`: `made her promise to stay`, `gave her warning that ...`): `Her warning that ...`,
    `He ignored her warning that ...`."""
    if w.index == 0 or w.text.lower() not in NOUN_CUES:
        return False
    return _possessive_before(s, w) or s.words[w.index - 1].xpos == "POS" and w.index > 1


def _possessive_before(s: Parsed, w: Word) -> bool:
    """Whether the word right before `w` is a possessive determiner, whatever the parse made of it: `his`,
    `its`, `their` always; `her` unless a verb right before it takes it for an object with a second object
    or a verb after it (`DOUBLE_OBJECT_VERBS`, `OBJECT_CONTROL`: `gave her warning that ...`, `made her
    promise to stay`): `disclosed her ties to the mayor`, `dismissed her claim that ...`."""
    if w.index == 0:
        return False
    before = s.words[w.index - 1]
    pronoun = before.text.lower()
    verb = s.words[before.index - 1] if before.index > 0 else None
    return pronoun in POSSESSIVE_PRONOUNS and (pronoun not in OBJECT_PRONOUNS or verb is None or not (
        verb.upos in ("VERB", "AUX") and verb.lemma in DOUBLE_OBJECT_VERBS | OBJECT_CONTROL))


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


def _possessor(s: Parsed, w: Word) -> Word | None:
    """The word owning a possessed noun cue (`_possessed`): the possessive pronoun, or the word a `'s` closes
    (`the company's denial`: `company`, the head the parse gave the `'s` when it stands before it)."""
    if not _possessed(s, w):
        return None
    before = s.words[w.index - 1]
    if before.xpos != "POS":
        return before
    return s.words[before.head] if 0 <= before.head < before.index else s.words[before.index - 1]


def _noun_cue(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`his claim that the vote was rigged`, `the mayor's promise to fix the roads`: a noun that names a
    saying (`NOUN_CUES`), right before the `that` or `to` that opens the clause said, is a cue when a
    possessive names its owner: the owner speaks, the clause from that word on is what was said (not
    `the claim that he made`: a relative `that`, no clause of its own; when the noun's phrase opens the
    sentence, the clause ends before the sentence's predicate: `_subject_clause_end`).  Right after a
    possessive pronoun the word is a noun whatever its tag (`His warning that ...`)."""
    openers = NOUN_CUES.get(w.text.lower()) if w.text.lower() not in MADE_ONLY_NOUN_CUES else None
    before = s.words[w.index - 1] if w.index > 0 else None
    possessed = _possessed(s, w)  # `His warning that ...` with `warning` tagged a verb
    if openers is None or (w.upos != "NOUN" and not possessed) or w.index + 1 >= len(s.words):
        return None
    mark = s.words[w.index + 1]
    if mark.text.lower() not in openers:
        return None
    owner = next((k for k in s.kids[w.index] if k.deprel == "nmod:poss" and k.index < w.index),
                 _possessor(s, w))
    if owner is None:
        return None
    opens = all(x.index in {y.index for y in s.subtree(owner)} or x.upos == "DET"
                or x.index <= 1 and s.words[0].text.lower() in CLAUSE_OPENERS and x.text in (s.words[0].text, ",")
                for x in s.words[:w.index])  # `Perhaps his claim`, `Still, her warning`: an opener first
    read = _opening_noun_clause(s, w, mark) if opens else None  # `Her claim that ... is false`, read from the words
    if read is None and (mark.deprel != "mark" or mark.head <= mark.index
                         or s.subtree(s.words[mark.head])[0].index != mark.index):
        return None
    named = _owner_words(s, w, owner)
    if not named:
        return None
    if read is not None:
        return Cue(sentence, (w,), w, (named[0].start, named[-1].end), owner, (mark.start, read), speaker_rule="noun-cue",
                   content_rule="noun-cue")
    clause = s.words[mark.head]
    end = s.span(clause)[1]
    own = [x for x in s.words[mark.index + 1:] if x.end <= end]
    if not opens and mark.text.lower() == "that" and clause.upos == "VERB" and _saying_gap(own, clause, w) \
            and not any(k.deprel in ("obj", "ccomp", "xcomp", "conj") for k in s.kids[clause.index]):
        return None  # `Voters rejected her claim that he made`: the noun fills the gap of its relative clause
    if opens:
        said = _subject_clause_end(s, mark, s.words[-1].end)
        own = [x for x in s.words[mark.index + 1:] if x.end <= said]
        verb = next((x for x in own if x.upos == "VERB"), None)
        if mark.text.lower() == "that" and said < s.words[-1].end and verb is not None and _saying_gap(own, verb, w):
            return None  # `His claim that he made was false`: a relative clause on the noun, however parsed
        last = s.words[-1].end
        found = _subject_clause_end(s, mark, last)  # `Her claim that the city lost 4,000 jobs is wrong`:
        # the clause runs to the sentence's own predicate, though the parse hung its object from that predicate
        end = found if found < last else _subject_clause_end(s, mark, end)  # `Her claim that the river would flood was ignored`
    return Cue(sentence, (w,), w, (named[0].start, named[-1].end), owner, (mark.start, end), speaker_rule="noun-cue",
               content_rule="noun-cue")


def _opening_noun_clause(s: Parsed, noun: Word, mark: Word) -> int | None:
    """`Her claim that the money had been stolen is false`, `The company's denial that it knew about the
    leak came hours later`: an owned noun cue whose phrase opens the sentence, then `that`, a subject and a
    finite verb (or a copula and its predicate: `that the jail was safe`), then the sentence's own predicate
    (`_subject_clause_end`): the clause between is what was
    said, read from the words however the parse hung `that` (from the predicate, or as a relative pronoun).
    Not a relative clause whose gap is the noun: its verb one that takes a saying for its object (`the claim
    that he made`, `the promise that she broke`: `SAYING_OBJECT_VERBS`), or its verb closing it with no
    object (`the denial that it posted was brief`).  Where the clause ends, else None."""
    words, last = s.words, s.words[-1].end
    after = [x for x in words[mark.index + 1:] if x.upos != "PUNCT" or x.text not in MARK_CHARS]
    if mark.text.lower() != "that" or not after or not _subject_word(after):
        return None
    end = _subject_clause_end(s, mark, last)
    if end >= last:
        return None
    clause = [x for x in words[mark.index + 1:] if x.end <= end]
    verbs = [x for x in clause if x.upos == "VERB"]
    if not any(x.upos == "AUX" or x.xpos in _FINITE for x in clause):
        return None
    if not verbs:  # `Perhaps the warden's claim that the jail was safe was wrong`: a copula and its predicate
        return end if any(x.upos == "AUX" for x in clause) and clause[-1].upos in ("ADJ", "NOUN", "PROPN", "NUM") \
            else None
    verb = verbs[0]
    modal = any(x.xpos == "MD" for x in clause if x.index < verb.index)  # `that the plant would close`: a
    # clause of what may happen, not a relative clause whose verb closes on the noun (`the denial that it posted`)
    if _saying_gap(clause, verb, noun) or (verb is clause[-1] and verb.xpos != "VBN" and not modal):
        return None
    return end


def _saying_gap(clause: Sequence[Word], verb: Word, noun: Word | None = None) -> bool:
    """Whether the words of a `that` clause after a noun cue (`clause`) are a relative clause on the noun:
    its verb one that takes a saying for its object (`SAYING_OBJECT_VERBS`) with no object of its own after it
    (`the claim that he made was false`, `the promise that she broke`; not `that he made a mistake`).  A verb
    that takes only a commitment (`COMMITMENT_OBJECT_VERBS`: `broke`, `kept`) closes a relative clause only on a
    noun of one (`COMMITMENT_NOUNS`), not on a warning or a claim (`Her warning that the levee could break`)."""
    if verb.lemma not in SAYING_OBJECT_VERBS:
        return False
    if noun is not None and verb.lemma in COMMITMENT_OBJECT_VERBS and noun.text.lower() not in COMMITMENT_NOUNS:
        return False
    nxt = next((x for x in clause if x.index > verb.index and x.upos not in ("ADV", "PART")), None)
    return nxt is None or not (nxt.upos in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ") or nxt.text.lower() == "that")


def _owner_words(s: Parsed, noun: Word, owner: Word) -> list[Word]:
    """The words naming who owns a noun cue (`Ms. Ruiz's argument`, `the mayor's promise`, `his claim`):
    the owner's own words up to its `'s`, with any other possessive the parse hung from the noun before it
    (`Ms.` and `Ruiz` taken for two owners), no adverb or word opening the clause before them
    (`Perhaps Comey's claim`, `Perhaps` taken for a name too), and no `'s`:
    the speaker is the one named (`Ms. Ruiz`), not the possessive form."""
    own = {x.index for x in s.subtree(owner)}
    for k in s.kids[noun.index]:
        if k.deprel == "nmod:poss" and k.index < noun.index:
            own |= {x.index for x in s.subtree(k)}
    own = {i for i in own if i < noun.index}
    first, last = owner.index, owner.index
    while first - 1 in own and s.words[first - 1].upos not in ("ADV", "PUNCT", "CCONJ", "SCONJ"):
        first -= 1  # `Perhaps Comey's ...` with the adverb hung from the name: the name's own words only
    while last + 1 in own:
        last += 1
    while first < last and s.words[first].text.lower() in CLAUSE_OPENERS:
        first += 1  # `Perhaps Mr. Comey's claim` with `Perhaps` taken for a name: it opens the clause
    lead = s.words[first - 1] if first > 0 else None
    if lead is not None and lead.upos == "DET" and lead.head == noun.index and owner.xpos != "PRP$" \
            and s.words[last].xpos != "PRP$":
        first -= 1  # `The mayor's claim` with `The` hung from `claim`: a `'s` owner takes the article before it
    return [x for x in s.words[first:last + 1] if x.xpos != "POS" and not (x.upos == "PUNCT" and x.text != ".")]


def _subject_clause_end(s: Parsed, mark: Word, end: int) -> int:
    """`Her claim that the river would flood was ignored`, `The mayor's claim that the bridge is safe
    would depend on ...`: the clause after a noun cue whose phrase opens its sentence is that noun's,
    and the sentence's own predicate follows it, whatever the parse hung from the clause: the clause
    ends before the first auxiliary or finite verb that comes after the clause's own verb group (its
    auxiliaries, then a verb, adjective or noun: `would flood`, `is safe`; a participle right after that
    verb is such a verb too: `could shrink drew`; so is an `-ed` participle with its object after a noun or
    a passive participle: `that he took the money angered voters`), with no relative pronoun,
    comma or conjunction in between (`that the firms that lent money would fail`: not read).  A word right
    after `that` that the tagger took for a verb but that opens the clause's subject (`_subject_word`: `that
    prices rose`, `that cuts would hurt`) is a noun, not the clause's verb."""
    predicate = linked = False
    after = s.words[mark.index + 1:]
    subject = mark.index + 1 if after and after[0].upos == "VERB" and _subject_word(after) else None
    for x in after:
        if x.end > end:
            break
        if x.index == subject:
            continue  # `Her claim that prices rose is false`: `prices` tagged a verb is the clause's subject
        if x.upos in ("PUNCT", "CCONJ", "SCONJ") or relative_pronoun(x.text) or x.upos == "PRON" and x.text.lower() in (
                "who", "which", "whom"):
            return end
        finite = x.upos == "AUX" or x.xpos in _FINITE
        # `that he took the money angered voters`, `that it was stolen angered voters`: an `-ed` participle with
        # its object, after the clause's verb and its object's noun (or its passive participle), is the sentence's
        # past verb, whatever the parse made of it (not `to deport undocumented immigrants`: the verb's adjective)
        finite = finite or (predicate and _past_then_phrase(s, x.index) and _clause_done(s, x.index - 1))
        if finite and predicate:
            before = s.words[x.index - 1]
            return before.end
        if x.upos in ("VERB", "ADJ") and not finite or (predicate is False and x.upos == "VERB"):
            predicate = True
        elif x.upos in ("NOUN", "PROPN", "NUM") and linked:
            predicate = True  # `His claim that it was a hoax is false`: a noun after the clause's copula
        linked = linked or finite
    return end


def _made_promise(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The mayor made a promise to fix the roads`, `made good on a pledge to ...`, `won voters over with
    promises to ...`: a noun that names a saying (`NOUN_CUES`), with no possessive owner, right before
    the `that` or `to` opening the clause said, as the object of a verb by which its subject gives or keeps
    it (`NOUN_CUE_HOSTS`), after `on` such a verb takes (`NOUN_CUE_ON_HOSTS`), or after `with` an active
    verb takes: that verb's speaker (as the `subject` table finds it) says the clause, from that word on,
    however the parse hung the clause."""
    openers = NOUN_CUES.get(w.text.lower())
    if openers is None or w.upos != "NOUN" or w.head < 0 or w.index + 1 >= len(s.words):
        return None
    mark = s.words[w.index + 1]
    if mark.text.lower() not in openers or mark.deprel != "mark" or mark.head <= mark.index:
        return None
    clause = s.words[mark.head]
    if s.subtree(clause)[0].index != mark.index or any(k.deprel == "nmod:poss" for k in s.kids[w.index]):
        return None
    host = s.words[w.head]
    case = next((k.text.lower() for k in s.kids[w.index] if k.deprel == "case"), None)
    if host.upos != "VERB" or host.index > w.index or not (
            (w.deprel == "obj" and host.lemma in NOUN_CUE_HOSTS)
            or (case == "on" and host.lemma in NOUN_CUE_ON_HOSTS)
            or (case == "with" and not any(k.deprel in ("aux:pass", "nsubj:pass") for k in s.kids[host.index]))):
        return None
    found = _subject_rule(s, host)
    if found is None:
        return None
    head = found[1]
    speaker = _speaker_span(s, head, host)
    if speaker is None or head is None or head.index in {x.index for x in s.subtree(clause)}:
        return None  # `by making a case that the party's agenda ... runs counter`: no subject of the host's, the parse's pick within the clause
    return Cue(sentence, (w,), w, speaker, head, (mark.start, s.span(clause)[1]), _antecedent(s, head),
               speaker_rule=found[0], content_rule="made-promise")


def _mention_of(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The mayor made no mention of the tax`, `the report carries little mention of it`: the noun
    `mention` (`MENTION_NOUNS`) as the object of a verb of making or carrying (`MENTION_HOSTS`), with
    `of` right after it, is a cue: the speaker of that verb (as the `subject` table finds it) speaks
    of the noun phrase `of` opens, which is what is reported."""
    if w.text.lower() not in MENTION_NOUNS or w.upos != "NOUN" or w.deprel != "obj" or w.head < 0 \
            or w.index + 1 >= len(s.words):
        return None
    host, of = s.words[w.head], s.words[w.index + 1]
    if host.lemma not in MENTION_HOSTS or host.index > w.index or of.text.lower() != "of" or of.head <= of.index:
        return None
    topic = s.words[of.head]
    if topic.upos not in _NOMINAL or topic.head not in (w.index, host.index):
        return None
    found = _subject_rule(s, host)
    if found is None:
        return None
    head = found[1]
    speaker = _speaker_span(s, head, host)
    if speaker is None:
        return None
    aside = frozenset(c.index for c in s.kids[topic.index] if c.deprel == "acl:relcl" and _set_off(s, c))
    content = s.span(topic, aside | {of.index})
    return Cue(sentence, (w,), w, speaker, head, content, _antecedent(s, head), speaker_rule=found[0],
               content_rule="mention-of")


def _stance_noun(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`His argument is that the tax is unfair`, `The mayor's view was that ...`: a noun naming a stand put
    into words (`STANCE_NOUNS`) with an owner before it (a possessive pronoun or a name's `'s`), then a
    form of `be` (`STANCE_COPULAS`) and `that`: the owner says the clause, from `that` to the sentence's
    end, however the parse hung it (it often makes the noun the clause's subject).  Not a noun with no
    owner (`The message is that ...`: whose, the words do not say)."""
    if w.text.lower() not in STANCE_NOUNS or w.upos not in ("NOUN", "VERB") or w.index + 2 >= len(s.words):
        return None
    be, mark = s.words[w.index + 1], s.words[w.index + 2]
    if be.text.lower() not in STANCE_COPULAS or mark.text.lower() != "that":
        return None
    owner = max((k for k in s.kids[w.index] if k.deprel == "nmod:poss" and k.index < w.index),
                key=lambda k: k.index, default=None)  # the nearest: `Perhaps Ms. Ruiz's claim`, two taken for owners
    if owner is None:
        i = w.index - 1
        while i >= 0 and s.words[i].upos in ("ADJ", "ADV") and s.words[i].text.lower() not in ("that", "this"):
            i -= 1  # `His main argument`, `her most explosive claim`
        if i < 0:
            return None
        before = s.words[i]
        if before.xpos == "PRP$" or (before.upos == "PRON" and before.text.lower() in ("his", "her", "their", "its", "my",
                                                                                     "our", "your")):
            owner = before
        elif before.xpos == "POS" and i > 0:
            owner = s.words[i - 1]
        else:
            return None
    named = _owner_words(s, w, owner)
    if not named:
        return None
    last = len(s.words) - 1
    while last > mark.index and s.words[last].upos == "PUNCT":
        last -= 1
    if last <= mark.index:
        return None
    return Cue(sentence, (w,), w, (named[0].start, named[-1].end), owner, (mark.start, s.words[last].end),
               speaker_rule="stance-noun", content_rule="stance-noun")


def _call_for(sentence: int, s: Parsed, w: Word) -> Cue | None:
    """`The union called for an inquiry`, `critics are calling for her resignation`, `called for the mayor to
    resign`: `call` (`CALL_FOR_FORMS`) with `for` right after it opening a noun phrase it governs demands
    that noun phrase: its subject (as the `subject` table finds it) says it.  Not a passive (`an election was
    called for May`), nor a subject that prescribes rather than speaks (`PRESCRIBING_THINGS`: `The plan calls
    for two bridges`, `a platform that calls for ...`), nor a word of time (`called for years`)."""
    if w.upos != "VERB" or w.text.lower() not in CALL_FOR_FORMS or w.index + 2 >= len(s.words):
        return None
    prep = s.words[w.index + 1]
    if prep.text.lower() != "for" or prep.head <= prep.index or s.words[w.index + 2].xpos in ("``", "''") \
            or s.words[w.index + 2].text in MARK_CHARS:
        return None  # `called for "a hell of a lot worse"`: a quotation, the quotation rules' to read
    noun = s.words[prep.head]
    if noun.head != w.index or noun.upos not in _NOMINAL or time_word(noun.text) or _span_noun(noun.text) \
            or noun.text.lower() in BARE_NOT_MESSAGES - OBJECT_PRONOUNS:
        return None
    if w.deprel == "acl" and w.xpos == "VBG":
        return None  # `the chorus of detractors calling for him to quit quiets down`: who they are, not news
    if any(k.deprel in ("aux:pass", "obj") for k in s.kids[w.index]):
        return None  # `was called for questioning`; `called a meeting for Monday` (a subject the parse took for
        # a passive's, with no `be` or `get`, is an active verb's: `Activists called for ...` tagged a participle)
    found = _subject_rule(s, w)
    if found is None or found[1] is None or found[1].text.lower() in PRESCRIBING_THINGS:
        return None
    head = found[1]
    if relative_pronoun(head.text) and w.deprel.startswith("acl") and w.head >= 0 \
            and s.words[w.head].text.lower() in PRESCRIBING_THINGS:
        return None  # `a platform that calls for ...`
    speaker = _speaker_span(s, head, w)
    if speaker is None or preposition(s.words[s.word_range(speaker)[0]].text):
        return None  # `Alongside BLM calls for action, ...`: a phrase a preposition opens is no subject, `calls` a noun
    span_rule = None
    widened = SPANS.first(s, w, head, speaker)
    if widened is not None:
        span_rule, speaker = widened
    aside = frozenset(c.index for c in s.kids[noun.index] if c.deprel == "acl:relcl" and _set_off(s, c))
    end = _noun_phrase_end(s, w, noun, aside)
    for k in s.kids[w.index]:  # `called for a ban in December after the shooting`: what and when, one demand
        joined = k.deprel == "conj" and k.upos in _NAMES  # `a voice vote, and then a visual vote`: more demanded
        if k.index > noun.index and (k.deprel not in ("conj", "cc", "punct", "parataxis", "ccomp") or joined) \
                and not aside and (joined or not _set_off(s, k)) and not any(x.xpos in ("``", "''") or _is_cue_verb(x) and any(
                    c.deprel in _SUBJECTS for c in s.kids[x.index]) for x in s.subtree(k)):
            end = max(end, s.span(k)[1])  # not an aside (`, even though ...`), nor a report of its own
    return Cue(sentence, (w, prep), w, speaker, head, (s.span(noun, aside | {prep.index})[0], end),
               _antecedent(s, head), speaker_rule=found[0], span_rule=span_rule, content_rule="call-for")


def _antecedent(s: Parsed, head: Word | None) -> tuple[int, int] | None:
    """`the minister, who said ...`: the speaker as written is `who`; the noun phrase it stands for
    (its relative clause left out) is what it resolves to."""
    if head is None or head.upos != "PRON" or not relative_pronoun(head.text) or head.head < 0:
        return None
    named = _described_name(s, head)
    if named is not None:
        return named
    clause = s.words[head.head]
    subject = _predicate_subject(s, head, clause)
    if subject is not None:
        return _speaker_span(s, subject, clause)
    if not clause.deprel.startswith("acl") or clause.head < 0:
        return _set_off_antecedent(s, head, clause)
    noun = s.words[clause.head]
    return _speaker_span(s, noun, clause)


def _predicate_subject(s: Parsed, pronoun: Word, clause: Word) -> Word | None:
    """`Jo Hart is a former nurse who said ...`, `Hart is a liar and bully who said ...`: `who` right after
    the predicate noun of a copula (the relative clause hung from it or from a noun joined to it, or the
    clause joined to it) stands for the one the copula's nearest subject names (the subject it shares
    with a verb it is joined to: `Hart rarely speaks and is a liar who ...`), when that subject is a noun
    or name (`This is a man who` is left as it was), not for the whole clause."""
    if pronoun.text.lower() not in PERSON_RELATIVES or pronoun.index == 0 or clause.head < 0 \
            or not clause.deprel.startswith(("acl", "conj")) or s.words[pronoun.index - 1].upos == "PUNCT":
        return None

    def copular(w: Word) -> bool:
        return any(k.deprel == "cop" for k in s.kids[w.index])

    predicate = s.words[clause.head]
    while not copular(predicate) and predicate.deprel == "conj" and 0 <= predicate.head < predicate.index:
        predicate = s.words[predicate.head]  # `is a liar, racist and bully who`: the first of the nouns
    if predicate.upos not in _NAMES or not copular(predicate):
        return None
    holders = [predicate] + ([s.words[predicate.head]] if predicate.deprel == "conj" and predicate.head >= 0 else [])
    subject = next((k for h in holders for k in reversed(s.kids[h.index])
                    if k.deprel == "nsubj" and k.index < predicate.index), None)
    return subject if subject is not None and subject.upos in _NAMES else None  # the nearest: `Note: Jo Hart is ...`


def _described_name(s: Parsed, pronoun: Word) -> tuple[int, int] | None:
    """`Howard Vale, a senior analyst at Jefferies, who notes ...`: `who` right after the comma closing a
    description set off after a name (`_description`) stands for the one named, the name (with its
    title words) that the description follows (issue #17: a description set off is no part of the name),
    however the parse hung the clause."""
    words = s.words
    close = pronoun.index - 1
    if pronoun.text.lower() not in PERSON_RELATIVES or close < 3 or words[close].text != ",":
        return None
    opening = next((i for i in range(close - 1, 0, -1) if words[i].upos == "PUNCT" and not _run_word(s, i)), None)
    if opening is None or words[opening].text != "," or opening < 1 or words[opening - 1].upos != "PROPN" \
            or not _description(s, opening + 1, close) or _mark_between(s, opening, close) \
            or words[opening + 1].upos in ("ADP", "CCONJ") or any(w.upos in ("VERB", "AUX", "SCONJ")
                                                                 for w in words[opening + 1:close]):
        return None  # `..., and Jo Hart, who`, `..., explaining he met Hart, who`: no description
    first = opening - 1
    while first > 0 and words[first - 1].upos != "PUNCT" and (_title_or_name(s, first - 1) or (
            words[first - 1].text in NAME_PREPOSITIONS and first > 1 and words[first - 2].text[:1].isupper())):
        first -= 1  # `Senator Jo Hart of Ohio`
    return words[first].start, words[opening - 1].end


def _set_off_antecedent(s: Parsed, pronoun: Word, clause: Word) -> tuple[int, int] | None:
    """`The senator, who said ...` with the clause not parsed as a relative one: the words settle it, a
    relative pronoun (no `that`) right after a comma or dash after a noun (or an adjective standing as one
    before `who`) stands for the noun phrase that ends there, as the parse holds it; an age set off after
    it is no part of it (`Police arrested John Smith, 34, who ...`: `John Smith`, the words of a name the
    parse made two objects of one verb read as one)."""
    i = pronoun.index
    if i < 2 or s.words[i - 1].text not in _CLAUSE_BREAKS or pronoun.text.lower() == "that":
        return None
    last = i - 2
    if last >= 3 and _age_word(s.words[last]) and s.words[last - 1].text == "," \
            and s.words[last - 2].upos in _NOMINAL and pronoun.text.lower() in PERSON_RELATIVES:
        last -= 2  # `a man, 34, who`
    elif not _names_before(s, i - 1):
        return _given_name_before(s, i - 1)
    noun = s.words[last]
    while noun.deprel in _HEAD_STEPS and 0 <= noun.head < noun.index:
        noun = s.words[noun.head]
    span = _speaker_span(s, noun, clause)
    if span is None or span[0] > s.words[last].start:
        return None
    first = s.word_range(span)[0]
    while first > 0 and noun.upos == "PROPN" and s.words[first - 1].upos == "PROPN" \
            and s.words[first - 1].head == noun.head and s.words[first - 1].deprel == noun.deprel:
        first -= 1  # `arrested John Smith` parsed as two objects: one name
    return min(span[0], s.words[first].start), s.words[last].end


MAX_GIVEN_NAME_WORDS = 6  # capitalised words a name given by `called`, `named` may run to


def _given_name_before(s: Parsed, comma: int) -> tuple[int, int] | None:
    """`a page named Patriots United, which wrote ...`, `a group called Truth Now, which said ...`: where the
    parse tagged a word of the name as no noun (`United` a verb, `Now` an adverb), the words settle it: a run
    of capitalised words right after a participle that gives a name (lexicon NAME_GIVING_FORMS) and right
    before the comma is that name, what the relative pronoun after the comma stands for.  None when no such
    participle opens the run."""
    first = comma
    while first > 0 and comma - first < MAX_GIVEN_NAME_WORDS and s.words[first - 1].text[:1].isupper() \
            and s.words[first - 1].upos != "PUNCT":
        first -= 1
    if first == comma or first == 0 or s.words[first - 1].text.lower() not in NAME_GIVING_FORMS:
        return None
    return s.words[first].start, s.words[comma - 1].end


def _speaker_span(s: Parsed, head: Word | None,
                  verb: Word) -> tuple[int, int] | None:
    """The whole noun phrase of the speaker headed by `head`, less the agent's `by`, a relative
    clause that is the verb itself or holds it and is set off by a comma (a restricting one the parse ran
    on to the verb stays, up to the verb: `A parent who asked not to be named said`), and a phrase of time the parse hung from it (`Obama on Friday`) or
    that stands right before the verb (`The firm's lawyer, Jo Hart, Tuesday night said`)."""
    if head is None or head.index == verb.index:
        return None
    skip = frozenset(k.index for k in s.kids[head.index]
                     if (k.deprel == "case" and k.index < head.index)
                     or (k.deprel == "acl:relcl" and _contains(s, k, verb) and not _restricting_before(s, k, head, verb))
                     or (time_word(k.text) and k.deprel not in ("flat", "compound", "nmod:poss")))  # `Obama on Friday said`
    skip |= {w.index for w in s.subtree(head) if w.index != head.index and w.upos in _NAMES
             and w.text.lower() in TIME_NOUNS and w.deprel not in ("flat", "compound", "nmod:poss")}  # `Obama on
    # Friday`; not a day that owns a noun (`A poll of voters in Tuesday's primary`: no time of the cue)
    skip |= {k.index for i in skip if _days_name(s, i) and s.words[i - 1].index != head.index
             for k in s.subtree(s.words[i - 1])}  # `Voters on Super Tuesday said`: the day's whole name
    skip |= _set_off_after_name(s, head, verb.index)
    if (said := _quoting_participle(s, verb)) is not None and said.head == head.index:
        skip |= {w.index for w in s.subtree(said)}  # `quoted the leader as calling for ...`: what the one quoted said
    if verb.lemma in OF_TAKING_VERBS and any(k.lemma == "by" and k.deprel == "case" for k in s.kids[head.index]):
        skip |= {w.index for k in s.kids[head.index] if k.index > head.index and k.deprel.startswith("nmod")
                 and any(c.lemma == "of" and c.deprel == "case" for c in s.kids[k.index]) and _charge(s, k)
                 for w in s.subtree(k)}  # `accused by unions of a cover-up`: the charge is the verb's
    if head.index < (timed := _time_before(s, verb.index)) < verb.index and not _dated_work(s, head, timed, verb):
        skip |= set(range(timed, verb.index))  # `The firm's lawyer, Jo Hart, Tuesday night said`: the cue's time
    past = _misread_past(s) or (_misread_past(s, verb.index) if _joined_past(s, verb) else None)
    if past is not None:
        skip |= {past.index}  # `Hundreds of farmers marched ..., chanting`: the main verb, no part of its subject
    speaker = s.span(head, skip | frozenset({verb.index}))
    first = s.word_range(speaker)[0]
    while first > 0 and s.words[first - 1].head == head.head and (
            s.words[first - 1].upos == "PROPN" or s.words[first - 1].text == "HE") \
            and s.words[first - 1].deprel in _SUBJECTS:
        first -= 1  # `Mr. Lou said` parsed as two subjects: one name; `HE Sheikh Ali` (His Excellency) too
    dash = next((w.index for w in s.words[first:] if w.start < speaker[1] and (w.text in _DASHES or w.text == ":")
                 and not _run_word(s, w.index)), None)
    if dash is not None and dash > first and (all((w.text.isupper() and len(w.text) > 1) or w.upos == "PUNCT"
                                                   for w in s.words[first:dash])
                                               or _heading_colon(s, first, dash, verb)
                                               or _colon_dateline(s, first, dash)):
        first = dash + 1  # `WASHINGTON — Sen. Jo Hart`, `NEW DELHI: Home Minister Jo Rao`: the dateline is no
        # part of the speaker; nor a heading before its colon (`Rail strike looms: Union leader Tom Reyes`)
    while first < head.index and _no_phrase_opener(s, first):
        first += 1  # `with Senator Jo Hart telling`, `and Trump`: no word of the noun phrase
    first = _after_name_giver(s, first, head)
    end = _closing_mark_after(s, first, speaker[1])
    giver = _name_runs_into(s, verb)
    if giver is not None and giver.index > first and all(w.end <= end for w in s.words[first:giver.index]):
        end = max(end, s.words[verb.index - 1].end)  # `A paper called "The Harbour Voice" reported`: the name too
    return s.words[first].start, _label_period(s, _title_before_verb(s, end, verb))


def _after_name_giver(s: Parsed, first: int, head: Word) -> int:
    """`an account named Real News Daily, which claimed ...` parsed with `named` hung from the name: a
    participle that gives a name (lexicon NAME_GIVING_FORMS) before a capitalised name that runs on to the
    speaker's head is no word of that name; the name opens right after it (as `a group called Patriot Voice`
    gives the name alone).  `first` moved past the participle; unchanged where none stands there."""
    giver = next((w.index for w in s.words[first:head.index] if w.text.lower() in NAME_GIVING_FORMS
                  and w.upos == "VERB"), None)
    if giver is None or head.upos != "PROPN" or not all(w.text[:1].isupper() for w in s.words[giver + 1:head.index + 1]):
        return first
    return giver + 1


def _restricting_before(s: Parsed, clause: Word, head: Word, verb: Word) -> bool:
    """Whether relative clause `clause` on the speaker's noun `head`, which the parse ran on to hold the cue
    `verb`, is one that restricts the noun before the verb (`A parent who asked not to be named said`, as
    `after-relative` reads it: the verb the main clause's) with no comma before it: part of the speaker."""
    first = s.subtree(clause)[0].index
    if clause.index == verb.index or _set_off(s, clause) or (first > 0 and _aside_break(s, first - 1)):
        return False  # (`the firm - which ... - said`: set off by a dash)
    noun = _after_relative(s, verb)
    return noun is not None and noun.index == head.index


def _label_period(s: Parsed, end: int) -> int:
    """`"...?" asked Sen. Jo Hart, D-Ore.`: a speaker ending in a party-and-state label whose abbreviation's
    period the tokenizer split off (`_party_label_end`) ends with that period, its last letter's (it closes
    the sentence too); not a state's name in full (`D-Texas.`: `UNABBREVIATED_STATES`)."""
    last = next((w for w in reversed(s.words) if w.end <= end), None)
    if last is None or last.end != end or last.text.partition("-")[2].lower() in UNABBREVIATED_STATES:
        return end
    after = _party_label_end(s, last.index)
    return s.words[after - 1].end if after is not None else end


_DATELINE_REACH = 8  # the most words from a dateline's first word to its colon (`LAHORE, Pakistan, March 3 (AP):`)
# the tags of the words of a noun phrase before any phrase after its noun (`The army's media wing`)
_DATELINE_PHRASE_TAGS = ("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM")


def _past_dateline(s: Parsed, w: Word) -> Word:
    """A subject `w` the parse found in a dateline before a colon opening the sentence (`_colon_dateline`:
    `RAWALPINDI: The army's media wing said`): a place speaks no words; the subject is the noun phrase right
    after the colon, its last noun or name (`wing`, `Sharif` in `Prime Minister Shehbaz Sharif on Monday
    said`); `w` itself when it lies in no dateline or no noun follows."""
    words = s.words
    colon = next((i for i in range(w.index + 1, min(len(words), w.index + _DATELINE_REACH))
                  if words[i].text == ":"), None)
    if colon is None or not _colon_dateline(s, 0, colon):
        return w
    head = None
    for x in words[colon + 1:]:
        if x.upos not in _DATELINE_PHRASE_TAGS:
            break
        if x.upos in _NOMINAL:
            head = x
    return head or w


def _colon_dateline(s: Parsed, first: int, colon: int) -> bool:
    """Whether words [first, colon), opening the sentence before its colon, are a dateline: a place's name, one
    capitalised word or words in capitals (`Dhaka:`, `NEW DELHI:`), then perhaps, after a comma, capitalised
    words or numbers (its country or state, a date: `KARACHI, Pakistan:`, `LAHORE, March 3:`) and an agency in
    brackets (`CHENNAI (PTI):`).  A place speaks no words: it is never part of the speaker after it
    (`KARACHI, Pakistan: Sindh Chief Minister Murad Shah said ...`)."""
    words = s.words
    if words[colon].text != ":" or colon <= first or any(w.upos != "PUNCT" for w in words[:first]):
        return False
    opened = next((i for i in range(first, colon) if words[i].text in (",", "(")), colon)
    place = words[first:opened]
    if not place or not (len(place) == 1 and place[0].text[:1].isupper() and place[0].text.isalpha()
                         or all(w.text.isupper() and len(w.text) > 1 for w in place)):
        return False
    return all(w.upos == "PUNCT" or w.text[:1].isupper() or w.text.isdigit() for w in words[opened:colon])


def _heading_colon(s: Parsed, first: int, colon: int, verb: Word) -> bool:
    """Whether word `colon` is the colon of a heading that opens the sentence before a speaker's phrase with a
    name in it (`Rail strike looms: Union leader Tom Reyes said`, `Power outage: City engineer Bo Park said`,
    however the parse hung the name from it): a briefing's item title, never part of the noun phrase after it.
    A heading is a few words from the sentence's start, outside brackets and quotation marks, that do not end
    in a name: `Hart: Mayor Dale said ...` may be a transcript's speaker tag, `Jo Hart of Acme: ...` a label of
    the name."""
    if s.words[colon].text != ":" or not any(w.upos == "PROPN" for w in s.words[colon + 1:verb.index]):
        return False
    heading = s.words[first:colon]
    return (all(w.upos in ("PUNCT", "SYM") for w in s.words[:first]) and 2 <= len(heading) <= 8
            and not any(w.text in "()[]" or w.text.strip(MARK_CHARS) == "" for w in heading)
            and heading[-1].upos not in ("PROPN", "PUNCT"))


def _title_before_verb(s: Parsed, end: int, verb: Word) -> int:
    """`Fans of the show "Night Owls" say ...`: a quotation that opens right after the speaker's phrase and
    closes right before the verb, no comma, `?` or `!` within its marks, names a thing within that phrase
    (a title, a term), however the parse hung it: the phrase runs to its closing mark."""
    i = verb.index - 1
    nxt = next((w for w in s.words[:verb.index] if w.start >= end), None)
    if nxt is None or i - nxt.index < 2 or nxt.text.strip(MARK_CHARS) != "" or s.words[i].text.strip(MARK_CHARS) != "" \
            or s.words[i - 1].text in (",", "?", "!") \
            or any(w.text.strip(MARK_CHARS) == "" or w.upos in ("VERB", "AUX") for w in s.words[nxt.index + 1:i]):
        return end
    return s.words[i].end


def _closing_mark_after(s: Parsed, first: int, end: int) -> int:
    """`Critics of the "reform" say`: a speaker's phrase that holds a quotation's opening mark and not its
    closing one ends past that closing mark, right after its last word, however the parse hung the mark (a
    title or term quoted within the phrase is all of it)."""
    marks = [w for w in s.words[first:] if w.end <= end and w.text.strip(MARK_CHARS) == ""]
    after = next((w for w in s.words[first:] if w.start >= end), None)
    if len(marks) % 2 == 1 and after is not None and after.start == end and after.text.strip(MARK_CHARS) == "" \
            and after.index < len(s.words) and after.start > marks[-1].end:
        return after.end
    return end


def _charge(s: Parsed, k: Word) -> bool:
    """Whether an `of` phrase (headed by `k`) after a passive agent of `accuse` and its kind names a charge:
    no `the`, owner or name opens it (`of a cover-up`, `of lying`), unlike a part of the agent's own phrase
    (`the head of the union`, `a member of Congress`)."""
    first = next((w for w in s.subtree(k) if w.lemma != "of" and w.upos != "PUNCT"), None)
    return first is not None and first.text.lower() != "the" and first.xpos not in ("PRP$", "POS") \
        and first.upos != "PROPN"


def _set_off_after_name(s: Parsed, head: Word, before: int) -> frozenset[int]:
    """`Dale Hooper, a Texas Republican who leads the caucus, said`, `Paul Gray, 61, said`: what a comma
    sets off right after a name (a description, `_description`; a relative clause; an age), and a party
    and state in brackets (`Rep. Al Roe (R-Texas), who chairs the panel,`), describes the
    speaker and is no part of the name that speaks (issue #17; #11 makes it a role), however the parse
    hung it from the name; after a noun phrase that is no name, a relative clause (`The council, which
    first raised the matter, said`), a description that `a` or `an` opens (`The mayor, a Democrat,
    said`) or an age alone (`The Chelsea captain, 29, said`), but not a name set off after it (`the city's lawyer, Ann Ruiz`: both;
    a relative clause after that name goes: `The police chief, Mr. Jo Baba, who ...,`), unless another noun
    phrase is joined to the head after it (`Tom Vale, 61, and his wife Mary, 58, said`: both speak, as
    written); a nickname in marks within the name is the name's (`Tom "Hammer" Reed, 29,`). The words of the
    head's subtree after that comma (and before word `before`, the cue: `Rigby, 61, apologized` with the
    cue hung from the name), to skip."""
    words = s.words
    name = head.upos == "PROPN"
    end = head.index
    while end + 1 < len(words):
        if end + 4 < len(words) and words[end + 1].text == "(" and words[end + 3].text == ")" \
                and words[end + 2].text.lower().rstrip(".") in HONORIFICS and words[end + 4].upos == "PROPN":
            end += 3  # `Dr (Mrs) Ngozi Eze`: a second honorific in brackets after a title is the name's
            continue
        if _mark(words[end + 1]) and (close := _nickname_span(s, end + 1)) is not None \
                and close + 1 < len(words) and words[close + 1].upos == "PROPN":
            end = close  # `Tom "Hammer" Reed, 29,`: a nickname in marks within the name
            continue
        if _suffix_comma(s, end + 1) and words[end + 2].text.replace(".", "").lower() in COMPANY_SUFFIXES \
                and head.index <= words[end + 2].head <= end + 2:
            end += 2  # `Riverbank Foods, LLC, a grocer,`: the company's legal form after its comma is the name's
            name = True
            continue
        if words[end + 1].upos != "PROPN" or not head.index <= words[end + 1].head <= end:
            break
        end += 1  # the name's words, however the parse chained them (after a title the parse took for
        name = True  # the head: `Lab director Ana Cole, who ...`)
    bracket: frozenset[int] = frozenset()
    if name and end + 2 < len(words) and words[end + 1].text == "(":
        close = _bracket_label_end(s, end + 2)
        if close is not None and close < len(words) and words[close].text == ")":
            bracket = frozenset(range(end + 1, close + 1))  # `Rep. Al Roe (R-Texas)`, `Ann Lee (Lab)`: the party
            end = close
    comma = end + 1
    if comma + 1 >= len(words) or words[comma].text != ",":
        return bracket
    label = _party_label_end(s, comma + 1)
    if label is not None and label + 1 < len(words) and words[label].text == ",":
        # `Sen. Jo Hart, D-N.Y., who ...`: her party and state, and what follows it, however the parse hung them
        return frozenset(w.index for w in s.subtree(head) if w.index >= comma)
    second = next((x.index for x in words[comma + 2:comma + 8] if x.text == ","), None)
    if second is not None and second + 1 < len(words) and relative_pronoun(words[second + 1].text) \
            and _name_segment(s, words[comma + 1:second]):
        comma = second  # `The police chief, Mr. Jo Baba, who ...,`: the name set off after it is the speaker's too
    below = [w.index for w in s.subtree(head) if comma < w.index < before or before < comma < w.index]
    if not below or any(words[i].deprel == "conj" and words[i].head == head.index and words[i].upos in _NAMES
                        and any(k.deprel == "cc" and k.index < i for k in s.kids[i]) for i in below):
        return bracket  # `Tom Vale, 61, and his wife Mary said`: a second speaker joined after the aside, both
    stop = len(words) if before < comma else before
    while stop > comma + 1 and words[stop - 1].upos == "PUNCT":
        stop -= 1  # the sentence's stop, which the parse may hang from the noun (`One resident, who ..., told`)
    last = max((i for i in below if i < stop), default=max(below))
    closed = words[last].text == "," or (last + 1 < len(words) and words[last + 1].text == ",") or (
        comma < before and any(w.text == "," for w in words[last + 1:before]))  # `Mich., said`: past its period
    nxt = words[comma + 1]
    described = _description(s, comma + 1, last + 1)  # after no name, only one `a` or `an` opens: `The mayor, a Democrat,`
    if not closed or not (relative_pronoun(nxt.text) or described and (name or nxt.text.lower() in ("a", "an"))
                          or nxt.upos == "NUM" and (name or _age(s, comma + 1, last + 1))):
        return bracket  # an aside is closed by a comma of its own (`Indeed, critics of the plan say` has none)
    return frozenset(below) | bracket


def _age(s: Parsed, lo: int, hi: int) -> bool:
    """Whether words [lo, hi) set off by commas after a noun phrase are an age alone, a whole number of one to
    three digits and the comma closing it (`The Chelsea captain, 29, said`): a description of the speaker, as
    after a name."""
    words = s.words
    return words[lo].text.isdigit() and len(words[lo].text) <= 3 and all(w.text == "," for w in words[lo + 1:hi])


def _no_phrase_opener(s: Parsed, i: int) -> bool:
    """Whether word `i` cannot open a noun phrase: a preposition (not `about` before a number), a
    conjunction or `as`."""
    w = s.words[i]
    if _quantity_start(s, i):
        return False
    return w.upos in ("ADP", "CCONJ", "SCONJ") or w.text.lower() == "as"


def _quantity_start(s: Parsed, i: int) -> bool:
    """Whether word `i` opens a number that a preposition-like word qualifies (`about half of the
    money`, `around 40 percent`, `at least six planes`): the opening of a noun phrase, not a phrase
    of time or place, whatever the parse hung it from."""
    words = s.words
    low = words[i].text.lower()
    if low in _APPROXIMATORS:
        return i + 1 < len(words) and words[i + 1].upos == "NUM"
    return low == "at" and i + 2 < len(words) and words[i + 1].text.lower() in ("least", "most") \
        and words[i + 2].upos == "NUM"


def _topic_phrase(s: Parsed, i: int) -> bool:
    """Whether word `i` opens a phrase that only names a topic (`TOPIC_ONLY_PREPOSITIONS`: `about a plan`,
    not `about 40 people`, a number it approximates): after a listener, what was told of, no clause told
    nor a place; a `that` after its noun is that noun's relative pronoun (`told the board about a plan
    that nobody liked`)."""
    return 0 <= i < len(s.words) and s.words[i].text.lower() in TOPIC_ONLY_PREPOSITIONS and not _quantity_start(s, i)


def _nominal_subject(s: Parsed, verb: Word,
                     outside: tuple[int, int]) -> tuple[int, int] | None:
    """The range of the verb's subject when it is a noun phrase, no time word, and reaches not
    into `outside` (the quotation it would speak, or what follows its colon: `The "too big to
    fail" tax hit firms` quotes no one), widened by the `span` table as a cue's speaker is."""
    head = _subject(s, verb)
    if head is None or not (head.upos in _NOMINAL or _determined_adjective(s, head)) \
            or time_word(head.text) or demonstrative(head.text):
        return None
    span = _speaker_span(s, head, verb)
    if span is not None:
        widened = SPANS.first(s, verb, head, span)
        if widened is not None:
            span = widened[1]
    return None if span is None or (span[0] < outside[1] and outside[0] < span[1]) else span


def _determined_adjective(s: Parsed, w: Word) -> bool:
    """`Her rival shot back.` with `rival` tagged an adjective: a word heading a subject after its own
    determiner or possessive, with no noun after it in its phrase, heads a noun phrase whatever its tag
    (an adjective after `her` needs a noun: `her rival`, `the accused`)."""
    return w.upos == "ADJ" and any(k.deprel in ("det", "nmod:poss") and k.index < w.index for k in s.kids[w.index])


def main_root(s: Parsed) -> Word | None:
    """The head of a sentence's main clause: its root, or past a bare participle of asking that opens the
    sentence and that the parse made the root (`Asked about the result, Marsh shrugged.`: `shrugged`, the
    clause after the comma it hung from `Asked`)."""
    root = s.root
    if root is not None and root.index == 0 and root.lemma in QUESTION_VERBS and root.text.endswith("ed"):
        return next((k for k in s.kids[root.index] if k.deprel in ("conj", "parataxis", "ccomp")
                     and any(w.text == "," for w in s.words[1:k.index])), None)
    return root


def clause_subject(words: Sequence[Word], before: int, copular: bool = False) -> tuple[int, int] | None:
    """`She went on: "..."`, `Clinton then addressed the crowd: "..."`: a quotation introduced by a
    colon with no cue verb is most likely the words of the introducing clause's subject.  The
    character range of that subject, when the sentence's main verb (`main_root`: past an opening
    `Asked about it,`) lies before `before`; with `copular`, a predicate with its copula stands for the
    verb (`The board was firm: "..."`)."""
    s = Parsed.of(words)
    root = main_root(s)
    verbal = root is not None and (root.upos == "VERB"
                                   or copular and any(k.deprel == "cop" for k in s.kids[root.index]))
    if root is None or not verbal or root.end > before or any(k.deprel == "expl" for k in s.kids[root.index]):
        return None  # `There was one change: "..."`: no one speaks
    return _nominal_subject(s, root, (before, words[-1].end))  # a subject before the colon


def verb_subjects(words: Sequence[Word]) -> list[tuple[int, int]]:
    """The character ranges of the nominal subjects of a sentence's verbs, in reading order (`He then
    turned to the crowd`: `He`)."""
    s = Parsed.of(words)
    verbs = {w.head for w in words if w.deprel == "nsubj" and w.head >= 0 and words[w.head].upos == "VERB"}
    found = (_nominal_subject(s, words[v], (0, 0)) for v in sorted(verbs))
    return sorted(r for r in found if r is not None)


def governing_subject(words: Sequence[Word], start: int, end: int) -> tuple[int, int] | None:
    """`Varnell thanked its volunteers "for their patience"`: with no cue, the subject of the verb that
    governs the quotation at [start, end) is its likeliest speaker.  Its character range, or None
    when the parse hangs the quotation from no verb outside it."""
    s = Parsed.of(words)
    top = [w for w in words if start <= w.start < end and w.head >= 0 and not start <= words[w.head].start < end]
    if not top:
        return None
    verb = words[top[0].head]
    while verb.upos != "VERB" and verb.head >= 0:
        verb = words[verb.head]
    if verb.upos != "VERB" or start <= verb.start < end:
        return None
    while verb.deprel == "ccomp" and verb.head >= 0 and words[verb.head].upos == "VERB":
        verb = words[verb.head]  # `Ryan worried that the plan was becoming "a trap"`: the clause's holder speaks
    return _nominal_subject(s, verb, (start, end))


def charged_passive(words: Sequence[Word], start: int, end: int) -> bool:
    """`Lee was convicted of "aggravated identity theft."`, `was indicted on charges of "fraud"`: whether the
    verb governing the quotation at [start, end) (as `governing_subject` finds it) is a verb of the law's
    process done to its subject (`CHARGED_VERBS`, passive, no `by` phrase): the quotation is the charge's
    words, and neither that subject nor the name opening the sentence said them."""
    top = [w for w in words if start <= w.start < end and w.head >= 0 and not start <= words[w.head].start < end]
    if not top:
        return False
    verb = words[top[0].head]
    while verb.upos != "VERB" and verb.head >= 0:
        verb = words[verb.head]
    kids = [k for k in words if k.head == verb.index]
    return verb.upos == "VERB" and verb.lemma in CHARGED_VERBS and not start <= verb.start < end \
        and any(k.deprel in ("nsubj:pass", "aux:pass") for k in kids) and not any(k.deprel == "obl:agent" for k in kids)


def _inverted_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`"...," said Sen. Jeff Sessions of Alabama.`, `said a source close to the mayor`: a speaker
    after its verb is the whole noun phrase there, whatever the parse hung apart: the words from the
    verb on that make a noun phrase (nouns, names, adjectives, numbers, determiners and `of`/`for`
    phrases), up to a comma, a time word, a verb or any other preposition (`said Kerry on Tuesday`).
    What a comma sets off after it (`said Paul Gray, 61`, `, who opposed the plan`) is no part of it; a
    participle's clause right after a common noun is (`said a woman holding a sign`), and so is `with` and
    what the source holds (`SOURCE_WITH_NOUNS`: `said people with knowledge of the talks`)."""
    words = s.words
    lo = s.word_range(span)[0]
    if not verb.index < head.index or any(not _phrase_word(s, w) for w in words[verb.index + 1:lo]):
        return None
    j = end = verb.index + 1
    while j < len(words):
        w = words[j]
        if _phrase_word(s, w):
            end = j
        elif _suffix_comma(s, j):
            pass  # `said Ellen Park, Ph.D., Chief Scientific Officer`: a comma inside the name
        elif _topic_of_name(s, j) or not (j + 1 < len(words) and _phrase_word(s, words[j + 1]) and (
                w.text.lower() in PHRASE_PREPOSITIONS
                or PHRASE_ADJECTIVES.get(words[j - 1].text.lower()) == w.text.lower()
                or w.text.lower() == "with" and any(x.text.lower() in SOURCE_WITH_NOUNS for x in words[j + 1:j + 3]))):
            break
        j += 1
    if _split_period(s, end) and words[end].text[:1].isupper() and end + 2 < len(words) \
            and words[end + 2].upos == "PUNCT":
        end += 1  # `said Northwind Shipping, Ltd., in a statement`: the abbreviation's period (not the stop)
    # `said Paul Gray, 61`, `, a spokesman for ...`, `, who ...`: an age, description or relative clause set
    # off by a comma is no part of the speaker; a name after the comma is (`a spokesman, Ivan Petrenko`)
    set_off = end + 2 < len(words) and words[end + 1].text == "," and (
        words[end + 2].text[:1].islower() or words[end + 2].upos == "NUM" or _set_off_title(s, end))
    widened = (words[verb.index + 1].start, words[end].end if set_off else max(span[1], words[end].end))
    named = _name_after_description(s, verb, verb.index + 1, end)
    if named is not None:  # `"...," recalled her neighbor of 40 years, Rose Kim.`: the description and its name
        widened = (widened[0], words[named].end)  # (not what a comma sets off after the name: `, a Democrat`)
    modifier = _reduced_relative(s, end)
    if modifier is not None and not set_off:
        widened = (widened[0], max(widened[1], modifier))
    widened = (widened[0], _before_set_off_participle(s, end, widened[1]))
    return None if widened == span or end < lo else widened


def _before_set_off_participle(s: Parsed, end: int, stop: int) -> int:
    """`said a mother of three who gave only her first name, Amina, speaking through an interpreter`: a
    present participle in lower case set off by a comma after a speaker that follows its verb tells how the
    words were said, not who said them, whatever the parse hung it from: the speaker ends before that
    comma (from the run's last word `end` to `stop`, the speaker's end so far); so does a relative clause
    set off there, which describes the speaker (`said a person briefed on the talks, who asked not to be
    identified`), whatever noun of the phrase the parse hung it from."""
    words = s.words
    for k in range(end + 1, len(words) - 1):
        if words[k + 1].end > stop:
            break
        nxt = words[k + 1]
        if words[k].text == "," and nxt.text.islower() and (
                nxt.xpos == "VBG" and nxt.upos == "VERB" or relative_pronoun(nxt.text)):
            return words[k - 1].end
    return stop


def _agent_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Asked by Sen. Jo Hart whether ...`, `was pressed by Rep. Tom Bell about ...`: a passive agent right
    after `by` runs over the capitalised words of its title and name after it, with no punctuation
    between (a title's abbreviation keeps its period), whatever the parse hung apart."""
    words = s.words
    lo, hi = s.word_range(span)
    if lo < 1 or words[lo - 1].text.lower() != "by" or not _capitalised(words[hi]):
        return None
    last = hi
    while last + 1 < len(words) and words[last + 1].index != verb.index and _capitalised(words[last + 1]) \
            and _run_word(s, last + 1):
        last += 1
    return None if last == hi else (span[0], words[last].end)


def _set_off_title(s: Parsed, end: int) -> bool:
    """`said Jane Doe, Chief Executive Officer`, `said Tom Vale, Partner at Vale Ventures`: after a name
    (a capitalised name's word at `end`), a comma and a capitalised word that opens a job title
    (`SET_OFF_TITLES`) set off the name's description, printed with no `a` or `the`, as a press release
    prints it; no part of the name."""
    words = s.words
    title = words[end + 2].text
    return words[end].upos == "PROPN" and words[end].text[:1].isupper() and title[:1].isupper() \
        and title.lower().rstrip(".") in SET_OFF_TITLES



def _topic_of_name(s: Parsed, i: int) -> bool:
    """`said Jones of the ruling`: an `of` right after a name, before a determiner or possessive and a
    noun phrase all in lower case, opens what the name spoke of, not where the name belongs (`Sen. Jeff
    Sessions of Alabama`, `John Smith of the independent Cook Report`, `a professor of economics` go on)."""
    words = s.words
    if not (i + 2 < len(words) and words[i].text.lower() == "of" and words[i - 1].upos == "PROPN"
            and (words[i + 1].upos == "DET" or words[i + 1].xpos == "PRP$")):
        return False
    j = i + 2
    while j < len(words) and _phrase_word(s, words[j]):
        if words[j].text[:1].isupper():
            return False
        j += 1
    return j > i + 2


def _reduced_relative(s: Parsed, end: int) -> int | None:
    """`said a woman holding a sign`, `wrote a user calling herself Red Fox`: a participle right after a
    common noun, with no comma between, opens a clause about that noun (a relative clause with its
    `who is` left out); so does `who` there (`said one person who was in the room`, read from the words
    to the next comma, colon, dash, quotation mark or the closing stop, whatever the parse made of the
    clause): where that clause's words end (before any comma), or None."""
    words = s.words
    if end + 1 >= len(words) or words[end].upos != "NOUN" or not words[end].text[:1].islower():
        return None
    part = words[end + 1]
    if part.text.lower() in ("who", "whom"):
        last = part.index
        while last + 2 < len(words) and words[last + 1].text not in (",", ";", ":", "--", "\u2014") \
                and words[last + 1].text.strip(MARK_CHARS):
            last += 1
        if last + 2 == len(words) and words[last + 1].upos != "PUNCT":
            last += 1
        return words[last].end if last > part.index else None
    if part.upos != "VERB" or part.xpos not in ("VBG", "VBN"):
        return None
    inside = {w.index for w in s.subtree(part)}
    last = part.index
    while last + 1 in inside and words[last + 1].text != "," and words[last + 1].text.strip(MARK_CHARS):
        last += 1
    return words[last].end


def _phrase_word(s: Parsed, w: Word) -> bool:
    """A word a speaker's noun phrase after its verb is made of; no time word."""
    return (w.upos in _RUN_WORDS - {"PRON"} or w.xpos in ("POS", "PRP$") or _title_or_name(s, w.index)
            or _modifying_participle(s, w.index) or _abbreviation_period(s, w.index)
            or _title_initials(s, w.index)) and not time_word(w.text) or _given_day(s, w.index)


def _age_word(w: Word) -> bool:
    """Whether a word is a person's age as news copy sets it off after a name (`Ann Ruiz, 34,`)."""
    return w.text.isdigit() and len(w.text) <= 3 and 0 < int(w.text) < 120


def _name_before_description(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`In a statement, Mark Ellis, a spokesman for the campaign, said`: a speaker within a description set
    off by commas right after a name (`a spokesman ...`, `chairman of the Ways Committee`, `Mr. Lee's
    deputy`), the name and its title opening their clause (`_run_start`: after the sentence's start, a
    comma, a quotation mark or a conjunction: `as Ann Porter, a former secretary, put it`), is that
    name's description: the name speaks; so does it past an age set off after it (`Ann Ruiz, 34, a nurse from
    Leeds, said`), or for the age alone taken for the subject (`Ann Ruiz, 34, said`)."""
    words = s.words
    lo, hi = s.word_range(span)
    last = hi  # `author of "Going Viral,"`: the comma closing the aside may stand inside a title's marks
    while last > lo and words[last].upos == "PUNCT" and words[last].text.strip(MARK_CHARS) == "":
        last -= 1
    closed = words[last].text == "," or (last + 1 < len(words) and words[last + 1].text == ",")
    if not hi < verb.index or not closed:
        return None
    comma: int | None
    if lo == last and _age_word(words[lo]) and lo > 1 and words[lo - 1].text == ",":
        comma = lo - 1  # `Ann Ruiz, 34, said`: the age alone taken for the subject
    else:
        comma = next((i for i in range(lo - 1, 0, -1) if words[i].upos == "PUNCT" and not _run_word(s, i)), None)
        if comma is None or words[comma].text != "," or not _description(s, comma + 1, hi + 1):
            return None
    while comma > 2 and _age_word(words[comma - 1]) and words[comma - 2].text == ",":
        comma -= 2  # `Ann Ruiz, 34, a nurse from Leeds, said`: past the age set off after the name
    name = comma - 1  # `Acme Corp. (NASDAQ: ACME), a maker of ...,`: past a ticker and a company's period
    name = (_ticker_open(s, name) or name + 1) - 1
    end = words[name].end
    if name > 1 and words[name].text == "." and words[name - 1].end == words[name].start \
            and words[name - 1].text.lower() in NONFINAL_ABBREVIATIONS:
        name -= 1
    first = _run_start(s, name) if _run_word(s, name) and words[name].text[:1].isupper() else None
    if first is None or first == name and words[first].upos != "PROPN" or time_word(words[name].text):
        return None
    return words[first].start, end


def _holder_before(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A spokesman for the Department of Housing said`: a speaker right after `of` or `for` and a noun
    (`PHRASE_PREPOSITIONS`) is the object of that preposition, and no verb's subject: the noun phrase
    it belongs to speaks, opened by its determiner, when that phrase opens its clause (`_run_start`).
    Whatever the parse hung there (`Housing` taken for the subject of `said`)."""
    words = s.words
    lo, hi = s.word_range(span)
    if not hi < verb.index or any(w.upos not in ("AUX", "ADV", "PART") for w in words[hi + 1:verb.index]):
        return None
    i = lo
    while i > 2 and _run_word(s, i - 1) and words[i - 1].upos in ("NOUN", "PROPN"):
        i -= 1  # `for the state attorney general said`: the parse took `general` alone for the subject
    if i < lo and i > 1 and _run_opener(s, i - 1) and words[i - 2].text.lower() in PHRASE_PREPOSITIONS:
        i -= 1
    crossed = i
    while i > 1 and words[i - 1].text.lower() in PHRASE_PREPOSITIONS and _run_word(s, i - 2):
        i -= 2
        while i > 0 and _run_word(s, i - 1):
            i -= 1
        if i > 0 and _run_opener(s, i - 1):
            i -= 1
    if i == crossed:
        return None
    before = words[i - 1] if i > 0 else None
    if before is not None and not (before.upos == "PUNCT" or before.text.lower() in SUBJECT_OPENERS):
        return None
    return words[i].start, span[1]


def _dated_noun(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A Sept. 15, 2011 email shows ...`, `Her March 3, 2019 letter said ...`: a speaker that opens with a
    year (or right after one) after a month, a day and a comma: the full date modifies the noun, so the
    speaker opens with the date (and the determiner or possessive pronoun before it), however the parse cut it at the
    comma."""
    words = s.words
    j = s.word_range(span)[0]
    if j > 0 and _year(words[j - 1]):
        j -= 1
    if j < 3 or not _year(words[j]) or words[j - 1].text != "," or not (
            words[j - 2].text.isdigit() and 1 <= int(words[j - 2].text) <= 31):
        return None
    month = words[j - 3]
    if not (month.text.lower() in MONTHS and month.text[:1].isupper() or month.text.lower() in MONTH_ABBREVIATIONS):
        return None
    first = j - 3
    if first > 0 and (words[first - 1].upos == "ADP" or words[first - 1].text.lower() in PREPOSITIONS):
        return (words[j + 1].start, span[1]) if j + 1 < len(words) and words[j + 1].start < span[1] else None
        # `On March 3, 2011 officials said`: the date is when, no part of the speaker
    if first > 0 and (words[first - 1].upos == "DET" or words[first - 1].xpos == "PRP$"):
        first -= 1
    return words[first].start, span[1]


def _year(w: Word) -> bool:
    """Whether a word is a year of four digits (`2011`)."""
    return len(w.text) == 4 and w.text.isdigit() and w.text[0] in "12"


def _possessor_before(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Beijing's envoy, Liu Chen, told ...` with `Beijing` tagged a participle and hung apart: a capitalised word
    and `'s` right before the speaker's first word open it, with the capitalised words right before that word
    (`South Beijing's`), none of them the sentence's first word unless a name's."""
    lo, _hi = s.word_range(span)
    if lo < 2 or s.words[lo - 1].text.lower() not in ("'s", "\u2019s") or s.words[lo - 1].upos == "AUX" \
            or verb.index < lo:
        return None
    first = lo - 2
    if not s.words[first].text[:1].isupper() or not s.words[first].text.isalpha() \
            or s.words[first].upos not in ("PROPN", "NOUN", "VERB"):
        return None  # `It's a dynamic ...`, `There's still time ...`: `is`, not an owner's `'s`
    while first > 0 and s.words[first - 1].text[:1].isupper() and s.words[first - 1].upos == "PROPN":
        first -= 1
    return s.words[first].start, span[1]


def _share_before(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`About four in 10 Ohio voters say`: a speaker right before its verb, after a share of it that the
    parse hung elsewhere (`four in 10`, `a third of`, `about 200`): the share opens the speaker, as the
    run of noun-phrase words before the verb reads it (`_run_before`), when the words it adds hold a
    number or share word."""
    lo, hi = s.word_range(span)
    if hi + 1 != verb.index:
        return None
    found = _run_before(s, verb, hi)
    if found is None or found[1][0] >= span[0]:
        return None
    added = [w for w in s.words if found[1][0] <= w.start < span[0]]
    if not any(w.upos == "NUM" or w.text.lower() in SHARE_WORDS for w in added):
        return None
    return found[1][0], span[1]


def _description(s: Parsed, lo: int, hi: int) -> bool:
    """Whether words [lo, hi) set off after a name describe it: they open with a lower-case word (`a
    spokesman`, `chairman of ...`), a possessor's name (`Mr. Lee's deputy`) or one word and `of`
    (`Republican of Ohio`, `President of Acme`), and hold no quotation
    mark (`the author of "Going Viral,"` names a title, which is no quotation)."""
    words = s.words
    label = _party_label_end(s, lo)
    if label is not None and all(w.text == "," for w in words[label:hi]):
        return True  # `Sen. Jo Hart, D-N.Y.,`: her party and state
    opening = next((i for i in range(lo, hi) if words[i].text[:1].islower()), hi)
    marks = [i for i in range(lo, hi) if _mark_between(s, i, i + 1) and not (
        words[i].xpos == "POS" and i > lo and words[i - 1].end == words[i].start and words[i - 1].text.endswith("s"))]
    if opening == hi and not marks and _whole_capital_title(s, lo, hi):
        return True  # `Jo Hart, Deputy Prime Minister, said`, `Jane Doe, Chief Executive Officer, said`
    return opening < hi and not (marks and not _quoted_titles(s, marks)) and (
        opening == lo or any(w.xpos == "POS" or w.text in ("'", "\u2019") for w in words[lo:opening])
        or (opening == lo + 1 and words[opening].text == "of")  # `Republican of Ohio`, `President of Acme`
        or _capital_title(s, lo, opening))


def _whole_capital_title(s: Parsed, lo: int, hi: int) -> bool:
    """`Jo Hart, Deputy Prime Minister,`, `Jane Doe, Chief Executive Officer,`: words [lo, hi) that are all a
    job title in capitals (`SET_OFF_TITLES` first, then `SET_OFF_TITLE_WORDS`) up to the comma closing them,
    with no company or field in lower case after it: a description, no name (`Ruiz, Minister Tom Vale and`:
    `Tom` is no word of a title)."""
    words = s.words
    while hi > lo and words[hi - 1].text == ",":
        hi -= 1
    return hi > lo and words[lo].text.lower() in SET_OFF_TITLES \
        and all(w.text[:1].isupper() and w.text.lower() in SET_OFF_TITLE_WORDS for w in words[lo:hi])


def _capital_title(s: Parsed, lo: int, opening: int) -> bool:
    """`Jane Doe, Chief Executive Officer of Acme,`: capitalised words of a job title as a press release
    prints them (`SET_OFF_TITLES` first, then `SET_OFF_TITLE_WORDS`) up to the lower-case `of`, `at` or
    `for` at `opening` that goes on with its company: a description, no name of a list (`Ruiz, Senator
    Hart and ...`: `Hart` is no word of a title)."""
    words = s.words
    return opening > lo and words[opening].text in ("of", "at", "for") \
        and words[lo].text.lower() in SET_OFF_TITLES \
        and all(w.text[:1].isupper() or w.text == "&" for w in words[lo:opening]) \
        and all(w.text.lower() in SET_OFF_TITLE_WORDS for w in words[lo:opening])


def _bracket_label_end(s: Parsed, i: int) -> int | None:
    """Past a party label in brackets at word `i`: a party-and-state label (`_party_label_end`: `(R-Texas)`)
    or a British party's abbreviation (`BRACKET_PARTY_LABELS`: `Cllr Ann Lee (Lab)`), or a Singapore seat's
    capitalised name ending in its kind (`CONSTITUENCY_WORDS`: `Ms Jo Ong (Hillview GRC)`): the index after it, or
    None."""
    words = s.words
    label = i + 1 if i < len(words) and words[i].text in BRACKET_PARTY_LABELS else next(
        (i + len(p) for p in BRACKET_PARTY_PHRASES if tuple(w.text for w in words[i:i + len(p)]) == p), None)
    if label is not None:
        return _past_ward(s, label)
    seat = i
    while seat < min(len(s.words), i + 4) and _capitalised(s.words[seat]) and s.words[seat].text not in CONSTITUENCY_WORDS:
        seat += 1
    if i < seat < len(s.words) and s.words[seat].text in CONSTITUENCY_WORDS:
        return seat + 1
    return _party_label_end(s, i)


_WARD_WORDS = 6  # the most words of a ward's or seat's name after a party in brackets (`(Lab, Westby-on-Sea)`)


def _past_ward(s: Parsed, i: int) -> int:
    """`Cllr Ann Lee (Lab, Westby)`: past the ward or seat that a comma sets after a party's abbreviation in
    brackets (a few capitalised words, hyphens within, up to the closing bracket), where word `i` follows the
    party; else `i`."""
    words = s.words
    if i + 1 >= len(words) or words[i].text != ",":
        return i
    end = i + 1
    while end < min(len(words), i + 1 + _WARD_WORDS) and (_capitalised(words[end]) or words[end].text in _JOINERS
                                                          or words[end].start == words[end - 1].end
                                                          and words[end].text[:1].isalpha()):
        end += 1  # `Westby-on-Sea`: the lower-case words within a hyphened name are the name's
    return end if i + 1 < end < len(words) and words[end].text == ")" and _capitalised(words[i + 1]) else i


def _party_label_end(s: Parsed, i: int) -> int | None:
    """Past a party-and-state label at word `i` (`D-N.Y.`, `R-Texas`; `lexicon.party_label`) and the
    period of its abbreviation when that is a token of its own (`R-Okla` `.`): the index after it, or
    None when no label is there."""
    words = s.words
    if i >= len(words) or not party_label(words[i].text):
        return None
    return i + 2 if i + 1 < len(words) and words[i + 1].text == "." and words[i + 1].start == words[i].end else i + 1


def _quoted_titles(s: Parsed, marks: Sequence[int]) -> bool:
    """Whether the quotation marks at `marks` (word indices) pair up around titles of works in title
    case (`the author of "Going Viral,"`): between each pair, capitalised words, with only function
    words (`of`, `the`, `and`) and punctuation in lower case."""
    if len(marks) % 2:
        return False
    for a, b in zip(marks[::2], marks[1::2]):
        inner = [w for w in s.words[a + 1:b] if w.upos != "PUNCT" and w.xpos != "POS"]
        if not inner or not inner[0].text[:1].isupper() or any(
                not w.text[:1].isupper() and w.upos not in ("ADP", "DET", "CCONJ", "PART") for w in inner):
            return False
    return True


_DASHES = frozenset({"-", "--", "\u2014", "\u2013"})
_JOINERS = frozenset({"-", "&", "/"})  # `17-year-old`, `P&G`: a piece of a word the tokenizer split off


def _title_or_name(s: Parsed, i: int) -> bool:
    """A word of a title or name whatever its tag: a title word (`co-host`, `Lt.`), a capitalised word
    within its sentence (`Wyoming`, `United` tagged as verbs) that is no auxiliary tagged as one (a headline's
    `Is`), or a joiner inside a word (`17-year-old`)."""
    w = s.words[i]
    if w.text in _JOINERS:
        return 0 < i < len(s.words) - 1 and s.words[i - 1].end == w.start and w.end == s.words[i + 1].start
    low = w.text.lower().rstrip(".")
    return low in ROLE_WORDS or low.rsplit("-", 1)[-1] in ROLE_WORDS or (
        i > 0 and w.text[:1].isupper() and w.text != "I" and low not in SUBJECT_OPENERS
        and not (low in AUXILIARIES and w.upos == "AUX")) or _opening_ing_name(s, i) \
        or _opening_given_name(s, i) or _style_prefix(s, i) \
        or _title_between_names(s, i)  # `Jo Hart Is Now Calling`: a headline's verb


def _title_between_names(s: Parsed, i: int) -> bool:
    """`Rovers striker Tom Hale said`: a lower-case noun for a person (`SPEAKER_NOUNS`: `striker`, `coach`)
    between a capitalised word (a team's or a place's name, no pronoun) and a capitalised name is that name's
    title, whatever its tag (`striker` taken for a verb)."""
    words = s.words
    w = words[i]
    return w.text.islower() and w.text in SPEAKER_NOUNS and 0 < i < len(words) - 1 \
        and _capitalised(words[i - 1]) and words[i - 1].upos != "PRON" and words[i - 1].text.isalpha() \
        and _capitalised(words[i + 1]) and words[i + 1].upos == "PROPN"


def _style_prefix(s: Parsed, i: int) -> bool:
    """`HE Dr Ali Saad said` (His Excellency), `HH Sheikh Omar`: a form of address in capitals
    (`STYLE_PREFIXES`) right before a capitalised word not all in capitals, a title or a name, is the
    name's first word whatever its tag (not `HE SAID` in a headline)."""
    nxt = s.words[i + 1] if i + 1 < len(s.words) else None
    return s.words[i].text in STYLE_PREFIXES and nxt is not None and nxt.text[:1].isupper() \
        and not nxt.text.isupper() and nxt.start > s.words[i].end


def _opening_given_name(s: Parsed, i: int) -> bool:
    """`Ann Ruiz, a lawyer for the family, said`: a given name (`first_names`) opening its sentence, right
    before a capitalised name with no comma between, is the name's first word whatever its tag (the
    tagger may take `Ann` for a preposition)."""
    w = s.words[i]
    return i == 0 and len(s.words) > 1 and w.text[:1].isupper() and w.text.lower() in first_names() \
        and s.words[1].upos == "PROPN" and s.words[1].text[:1].isupper()


def _opening_ing_name(s: Parsed, i: int) -> bool:
    """`Downing Street said`, `Reading Council says`: a capitalised word in `-ing` opening its sentence,
    right before a capitalised name with no comma between, is the name's first word whatever its tag (a
    participle opening a sentence is set off by a comma: `Speaking on Monday, Lee said`)."""
    w = s.words[i]
    return i == 0 and len(s.words) > 1 and w.text[:1].isupper() and w.text.lower().endswith("ing") \
        and s.words[1].upos == "PROPN" and s.words[1].text[:1].isupper()


def _given_day(s: Parsed, i: int) -> bool:
    """`coach Sunday Oliseh`, `Pastor Monday Ude`: a weekday between a title word and a capitalised name (no
    word of time) is a given name, not when something was said (`Trump Sunday said`, `said on Sunday`)."""
    words = s.words
    return 0 < i < len(words) - 1 and words[i].text.lower() in WEEKDAYS and words[i].text[:1].isupper() \
        and words[i - 1].text.lower().rstrip(".") in ROLE_WORDS and _capitalised(words[i + 1]) \
        and words[i + 1].upos == "PROPN" and not time_word(words[i + 1].text)


def _run_word(s: Parsed, i: int) -> bool:
    """A word a name and its title are made of: a noun, name, adjective or number, a possessive `'s`, a
    word of a title or name whatever its tag, or an `-ing` modifier (`policy planning director`); no time
    word, nor one opening a time word (`last week`)."""
    w = s.words[i]
    timed = w.text.lower() in TIME_OPENERS and i + 1 < len(s.words) and time_word(s.words[i + 1].text)
    if _given_day(s, i):
        return True
    return not time_word(w.text) and not timed and (w.upos in ("PROPN", "NOUN", "ADJ", "NUM") or w.xpos == "POS"
                                      or _title_or_name(s, i) or _modifying_participle(s, i)
                                      or _abbreviation_period(s, i) or _title_initials(s, i)
                                      or _address_style_article(s, i) or _rank_number_sign(s, i))


def _rank_number_sign(s: Parsed, i: int) -> bool:
    """`No` (`No.`, `Nos`) in capitals right before a number in digits is the sign for `number` in a rank
    (`The world No 3 said`, `the party's No 2`), a word of the name-and-title run, not a determiner."""
    words = s.words
    return words[i].text in ("No", "No.", "Nos", "Nos.") and i + 1 < len(words) and words[i + 1].text.isdigit()


def _address_style_article(s: Parsed, i: int) -> bool:
    """`the` between a capitalised title and a style of address (`Senator Dr the Honourable Jo Vale`, `Transport
    Minister the Hon. Ann Ruiz`, `the Most Honourable`: `ADDRESS_STYLES`): a word of the name and its titles,
    which run on over it."""
    words = s.words
    return words[i].text == "the" and 0 < i < len(words) - 2 and _capitalised(words[i - 1]) \
        and words[i + 1].text.lower() in ADDRESS_STYLES and _capitalised(words[i + 1])


_TITLE_BRACKET_WORDS = 3  # the most words inside a title's bracket (`(North-East)`: `North`, `-`, `East`)


def _title_initials(s: Parsed, i: int) -> bool:
    """A title's initials in brackets between two capitalised words of a name and its title (`Station House
    Officer (SHO) Rajesh Kumar`, `Federal Bureau of Investigation (FBI) Director Ann Ruiz`): the brackets
    and the initials (two to six capitals) are words of the run; so is a capitalised word or two in brackets
    naming the post's district or branch (`Superintendent of Police (Rural) Ravi Kumar`, `Deputy Commissioner
    of Police (North-East) Ann Rao`); not before a word in lower case (`the World Health Organization (WHO)
    said`) nor a time word (`Rep. Al Roe (R-Texas) Tuesday said`)."""
    words = s.words
    at = next((k for k in range(i, i - _TITLE_BRACKET_WORDS - 2, -1) if 0 < k and words[k].text == "("), None)
    if at is None:
        return False
    close = next((k for k in range(at + 1, min(at + _TITLE_BRACKET_WORDS + 2, len(words) - 1))
                  if words[k].text == ")"), None)
    if close is None or close < i or close == at + 1 or any(w.text == ")" for w in words[at:i]):
        return False
    inside = words[at + 1:close]
    if len(inside) == 1 and 2 <= len(inside[0].text) <= 6 and inside[0].text.isalpha() \
            and inside[0].text.isupper():
        pass   # initials: `(SHO)`
    elif not all(w.text == "-" or all(part.isalpha() and part[:1].isupper() for part in w.text.split("-"))
                 for w in inside) or inside[0].text == "-" or inside[-1].text == "-":
        return False
    after = words[close + 1]
    return words[at - 1].text[:1].isupper() and _capitalised(after) and not time_word(after.text) \
        and words[at - 1].end + 1 >= words[at].start and words[close].end + 1 >= after.start


def _abbreviation_period(s: Parsed, i: int) -> bool:
    """A period the tokenizer split off a company's abbreviation that ends no sentence (`Acme Corp. chief
    financial officer Jo Hart`, `Acme Inc. spokeswoman`: `NONFINAL_ABBREVIATIONS`), a word or more after it:
    part of the name."""
    words = s.words
    return words[i].text == "." and 0 < i < len(words) - 1 and words[i - 1].end == words[i].start \
        and words[i - 1].text.lower() in NONFINAL_ABBREVIATIONS and words[i + 1].upos != "PUNCT"


def _modifying_participle(s: Parsed, i: int) -> bool:
    """An `-ing` word between two words of a noun phrase, whatever its tag: a modifier of the noun after
    it (`policy planning director`, `a consulting firm`, `the club's sporting director`; after an article,
    whatever the next word's tag: `the authors of an accompanying editorial`), not a verb."""
    words = s.words
    if i == 0 and len(words) > 2 and words[0].xpos == "VBG" and words[0].text[:1].isupper() \
            and not s.kids[0] and words[1].upos == "NOUN" and words[1].text.islower():
        return True  # `Planning staff recommended`, `Housing officials said`: opening its sentence, with no
        # phrase of its own, the noun's modifier too
    return 0 < i < len(words) - 1 and words[i].xpos == "VBG" and words[i].text.islower() \
        and (words[i - 1].upos in ("NOUN", "ADJ", "PROPN", "DET") or words[i - 1].xpos in ("POS", "PRP$")) \
        and (words[i + 1].upos in ("NOUN", "PROPN") or words[i + 1].upos == "ADJ" and words[i - 1].upos == "DET") \
        and words[i + 1].text.islower()  # `an accompanying editorial`: after `a` or `the`, a modifier whatever the tag


def _run_opener(s: Parsed, i: int) -> bool:
    """A word that opens a noun phrase: a determiner or possessive pronoun (`the`, `his`, `another`), or
    an approximator before a number (`about 50 protesters`)."""
    w = s.words[i]
    low = w.text.lower()
    if low in _APPROXIMATORS:
        return i + 1 < len(s.words) and s.words[i + 1].upos == "NUM"
    return low not in SUBJECT_OPENERS and (w.upos == "DET" or w.xpos == "PRP$" or low in NEW_SOURCE_WORDS)


def _split_period(s: Parsed, i: int) -> bool:
    """Whether word `i` is a company's abbreviation (`NONFINAL_ABBREVIATIONS`) with the period the tokenizer
    split off it right after (`Ltd` `.`): that period is the abbreviation's."""
    words = s.words
    return i + 1 < len(words) and words[i].text.lower() in NONFINAL_ABBREVIATIONS and words[i + 1].text == "." \
        and words[i].end == words[i + 1].start


def _suffix_comma(s: Parsed, i: int) -> bool:
    """Whether word `i` is the comma that sets a company's legal form off after its name (`Riverbank Foods,
    LLC`, `Acme Holdings, Inc.`: lexicon COMPANY_SUFFIXES, capitalised), or a degree after a person's (`Tom
    Vale, M.D.`: `_degree_word`): a comma inside the name."""
    words = s.words
    return 0 < i < len(words) - 1 and words[i].text == "," and words[i - 1].text[:1].isupper() \
        and words[i + 1].text[:1].isupper() and (words[i + 1].text.replace(".", "").lower() in COMPANY_SUFFIXES
                                                 or _degree_word(s, i + 1))


def _run_start(s: Parsed, i: int, openers: frozenset[str] = frozenset()) -> int | None:
    """The first word of the run of name-and-title words through word `i` (`_run_word`; `of`, `on` or `for`
    between capitalised words, `Secretary of State`, `Council on Public Health`; the comma before a company's
    legal form or a degree, `Riverbank Foods, LLC`, `Tom Vale, M.D.`), from a determiner before
    it (`_run_opener`), when the run opens its clause: at the sentence's start, after punctuation or a conjunction or wh-word
    (or one of `openers`); None after anything else (a preposition: `In Ohio Smith`, `after the vote`)."""
    words = s.words
    while i > 0 and (_run_word(s, i - 1) or (
            words[i - 1].text in NAME_PREPOSITIONS and i > 1 and words[i].text[:1].isupper()
            and words[i - 2].text[:1].isupper()) or _suffix_comma(s, i - 1)):
        i -= 1
    if i > 0 and _run_opener(s, i - 1):
        i -= 1
    before = words[i - 1] if i > 0 else None
    if before is None or (before.upos == "PUNCT" and not _run_word(s, i - 1)) \
            or before.text.lower() in SUBJECT_OPENERS or before.text.lower() in openers:
        return i
    return None


def _degree_after_name(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Ann Ruiz, M.D., a surgeon, said`: a speaker before its verb that is only a degree (`DEGREE_LETTERS`,
    capitalised) right after a comma and a run of capitalised words that opens its clause is part of that
    name, whatever the parse made of the name: the speaker is the name, its comma and the degree (with the
    degrees after it in a row: `Tom Vale, M.D., Ph.D.,`)."""
    words = s.words
    lo, hi = s.word_range(span)
    if not hi < verb.index:
        return None
    i = next((w.index for w in words[lo:hi + 1] if _degree_word(s, w.index)), None)
    if i is None:
        return None
    last = i
    while last + 2 < verb.index and _degree_word(s, last + 2):
        last += 2  # `Tom Vale, M.D., Ph.D.,`: degrees in a row
    if last < hi and words[last + 1].text != ",":
        return None  # past the degree only a description set off by a comma: `, director of the lab`
    if i > lo:
        widened = (span[0], words[last].end)
        return None if widened == span else widened
    j = i - 1
    while j > 0 and words[j - 1].text[:1].isupper() and words[j - 1].text[:1].isalpha():
        j -= 1
    if j == i - 1 or (j > 0 and words[j - 1].upos not in ("PUNCT", "CCONJ", "SCONJ")):
        return None
    return words[j].start, words[last].end


def _degree_word(s: Parsed, i: int) -> bool:
    """A capitalised degree (`M.D.`, `Ph.D.`: `DEGREE_LETTERS`) right after a comma and a capitalised word."""
    words = s.words
    return i >= 2 and words[i].text[:1].isupper() and words[i].text.replace(".", "").lower() in DEGREE_LETTERS \
        and words[i - 1].text == "," and words[i - 2].text[:1].isupper()


def _event_word_cut(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`'Enough is enough,' says mayor amid row over library`: a speaker after its verb ends before a word
    that only opens an event's phrase (`amid`, `despite`, `after`: `EVENT_PREPOSITIONS`), whatever tag the
    parse gave it (`amid` taken for a noun): what the speech met is no part of who spoke."""
    words = s.words
    lo, hi = s.word_range(span)
    if not verb.index < lo:
        return None
    k = next((w.index for w in words[lo + 1:hi + 1] if w.text.lower() in EVENT_PREPOSITIONS), None)
    return None if k is None else (span[0], words[k - 1].end)


def _bracketed_initials(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`The World Health Organization (WHO) said`: a speaker that is only the initials in brackets right after
    a capitalised name (two to six capitals) is that name's abbreviation: the speaker is the name's run (from
    its determiner, opening its clause) with them."""
    words = s.words
    lo, hi = s.word_range(span)
    core = [w for w in words[lo:hi + 1] if w.text not in ("(", ")")]
    if len(core) != 1 or not (2 <= len(core[0].text) <= 6 and core[0].text.isalpha() and core[0].text.isupper()):
        return None
    i = core[0].index
    if i < 2 or i + 1 >= len(words) or words[i - 1].text != "(" or words[i + 1].text != ")" \
            or not words[i - 2].text[:1].isupper() or not _run_word(s, i - 2) or not i + 1 < verb.index:
        return None
    first = _run_start(s, i - 2)
    return None if first is None else (words[first].start, words[i + 1].end)


def _ticker_open(s: Parsed, i: int) -> int | None:
    """Where the brackets of a stock ticker closing at word `i` open (`Acme Corp. (NASDAQ: ACME)`: an
    exchange in `STOCK_EXCHANGES`, upper case, a colon and the ticker), when a word stands before them;
    else None."""
    words = s.words
    if not 4 <= i < len(words) or words[i].text != ")" or words[i - 2].text != ":":
        return None
    opening = i - 4
    if words[opening].text != "(" and opening > 0 and words[opening - 1].text == "(" \
            and words[opening].text[:1].isupper():
        opening -= 1  # `(NYSE American: ZETA)`: an exchange of two words
    exchange = " ".join(w.text for w in words[opening + 1:i - 2])
    if words[opening].text != "(" or exchange.split()[0].upper() not in STOCK_EXCHANGES \
            or not exchange.split()[0].isupper() or not words[i - 1].text.replace(".", "").isalnum():
        return None
    return opening if opening > 0 else None


def _ticker_aside(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Acme Corp. (NASDAQ: ACME) today announced`: a stock ticker in brackets closing a speaker that runs
    before it (a company's name) is no part of the name: the speaker ends before the brackets."""
    lo, hi = s.word_range(span)
    opening = _ticker_open(s, hi)
    if opening is None:
        opening = _handle_open(s, hi)
    if opening is None:
        opening = _definition_open(s, hi)
    return None if opening is None or opening <= lo else (span[0], s.words[opening - 1].end)


_DEFINITION_WORDS_READ = 16  # the most words `_definition_open` reads back from a closing bracket, and before it


def _definition_open(s: Parsed, i: int) -> int | None:
    """Where brackets closing at word `i` open when they define a short form of the name before them
    (`Acme Holdings, Inc. ("Acme" or the "Company")`: `rules.text.defined_term`); else None."""
    words = s.words
    if not 2 <= i < len(words) or words[i].text != ")":
        return None
    opening = next((k for k in range(i - 1, max(0, i - _DEFINITION_WORDS_READ), -1) if words[k].text in "()"), None)
    if opening is None or opening == 0 or words[opening].text != "(":
        return None
    name = " ".join(w.text for w in words[max(0, opening - _DEFINITION_WORDS_READ):opening])
    return opening if defined_term(" ".join(w.text for w in words[opening + 1:i]), name) else None


_HANDLE = re.compile(r"@\w{1,30}")


def _handle_open(s: Parsed, i: int) -> int | None:
    """Where the brackets of an account's handle closing at word `i` open (`Ann Ruiz (@annruiz)`), when a
    word stands before them; else None."""
    words = s.words
    if not 2 <= i < len(words) or words[i].text != ")":
        return None
    opening = next((k for k in range(i - 1, max(0, i - 4), -1) if words[k].text == "("), None)
    if opening is None or opening == 0 or not _HANDLE.fullmatch("".join(w.text for w in words[opening + 1:i])):
        return None
    return opening


def _company_period(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Acme Corp. (NASDAQ: ACME) today announced` with `Acme` and `Corp` taken for two subjects: a speaker
    ending on a company's abbreviation (`NONFINAL_ABBREVIATIONS`) before the period the tokenizer split off
    it ends with that period, which ends no sentence there."""
    words = s.words
    lo, hi = s.word_range(span)
    if hi + 1 >= verb.index or words[hi].text.lower() not in NONFINAL_ABBREVIATIONS \
            or words[hi + 1].text != "." or words[hi].end != words[hi + 1].start:
        return None
    return span[0], words[hi + 1].end


def _split_conjunct(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Ann Ruiz, who chairs the board, and Tom Vale said`, `Ann Ruiz and Tom Vale said` with `Ann` taken
    for a preposition: a speaker right before its verb, after `and`, whose words before it (back to the
    sentence's start) are a name and its title (`_run_word`) opening the sentence, or such a name and a
    relative clause or description set off by commas after it (before `and`), is the last of two
    conjoined speakers: the speaker runs from the sentence's first word."""
    words = s.words
    lo, hi = s.word_range(span)
    end = next((i for i in range(hi, lo - 2, -1) if words[i].text.lower() == "and"), None)
    if not hi < verb.index or lo < 2 or end is None or end < 2 or end >= lo and words[end - 1].text != ",":
        return None  # (the parse may have run the speaker over a description: `the board chair, and Tom Vale`)
    if words[end - 1].text == ",":
        close = end - 1
        opening = _relative_aside(s, close)
        if opening is None:
            opening = next((i for i in range(1, close) if words[i].text == ","), None)
            if opening is None or opening + 1 >= close or not (
                    words[opening + 1].upos == "DET" or words[opening + 1].xpos == "PRP$") or any(
                    w.xpos in _FINITE or w.upos in ("PUNCT", "AUX") for w in words[opening + 1:close]):
                return None  # a description set off: `, the board chair,`
        end = opening
    if not 0 < end or not all(_run_word(s, i) for i in range(end)) or not any(
            _capitalised(w) and w.upos == "PROPN" for w in words[:end]):
        return None
    return (words[0].start, span[1]) if words[0].start < span[0] else None


def _split_apposition(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A spokesman for the Springfield, Ohio, police said` parsed with two subjects of the verb: a speaker
    before its verb, a lower-case noun right after a place and its state set off by commas (`Springfield,
    Ohio,`) that close another subject of that verb, a description of a person (a noun for one, `ROLE_WORDS`,
    `SPEAKER_NOUNS`, after its determiner or owner) opening its clause, is the rest of that one noun phrase:
    English gives a verb one subject there, and the speaker runs from the description's first word (not `The
    trouble, Frank said, began`; a name set off after a description is `description-before-name`'s)."""
    words = s.words
    lo, hi = s.word_range(span)
    if head.index > verb.index or lo < 3 or words[lo - 1].text != ",":
        return None
    other = next((k for k in s.kids[verb.index] if k.deprel in _SUBJECTS and k.index < lo - 1 and k.index != head.index
                  and k.upos == "NOUN" and k.text.lower() in ROLE_WORDS | SPEAKER_NOUNS), None)
    if other is None or not any(k.deprel in ("det", "nmod:poss") and k.index < other.index for k in s.kids[other.index]):
        return None
    if not (lo >= 4 and head.text.islower() and words[lo - 3].text == ","
            and words[lo - 2].text[:1].isupper() and words[lo - 4].text[:1].isupper()):
        return None  # `the Springfield, Ohio, police`: a place and its state before the noun
    phrase = sorted(w.index for w in s.subtree(other) if w.index < lo)
    first = phrase[0]
    if phrase != list(range(first, lo - 1)) and phrase != list(range(first, lo)) \
            or any(w.upos in ("VERB", "AUX") for w in words[first:lo]) \
            or first > 0 and not (words[first - 1].upos in ("PUNCT", "CCONJ", "SCONJ")):
        return None
    return words[first].start, span[1]


_SPEAKER_CLAUSE_WORDS = 8  # the most words `_clause_after_speaker` reads after `as`/`when` for a subject and its verb


def _clause_after_speaker(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`"Unbelievable!" shouted the commentator as the ball hit the net`: a speaker after its verb that runs
    over `as`, `when`, `while` ... (`SUBORDINATE_OPENERS`) followed by a subject and a finite verb of its
    own, before any punctuation, ends before that word: the clause tells when, not who.  Not past a
    punctuation mark or a relative pronoun after the speaker's head (`said Ann Ruiz, who ...`)."""
    words = s.words
    lo, hi = s.word_range(span)
    if head.index < verb.index:
        return None
    for i in range(head.index + 1, min(hi + 1, len(words))):
        if words[i].upos == "PUNCT" or relative_pronoun(words[i].text):
            return None  # `said Ann Ruiz, who ... as ...`: an aside or a relative clause, other rules' to cut
        if words[i].text.lower() not in SUBORDINATE_OPENERS or i <= lo:
            continue
        rest = []
        for w in words[i + 1:i + 1 + _SPEAKER_CLAUSE_WORDS]:
            if w.upos == "PUNCT":
                break
            rest.append(w)
        finite = next((k for k, w in enumerate(rest) if w.xpos in ("VBD", "VBZ", "VBP", "MD")), None)
        if finite is not None and finite >= 1 and rest[finite - 1].upos in ("NOUN", "PROPN", "PRON", "NUM"):
            return span[0], words[i - 1].end
        return None
    return None


_UNSET_OCCASION_OPENERS = ("in", "during")  # `The IMF in a statement said`; not `at` (`Delegates at the conference`)


def _own_occasion(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`"...," Lee in her speech said`, `Ruiz during his visit told`: a phrase after a name that a possessive
    pronoun standing for the name's owner marks as the occasion of what is said is no part of the name;
    the speaker ends before it (`a woman in the crowd` has no such pronoun, and keeps its phrase); so does a
    phrase of `in` or `during` and a noun of what words are said in (`_occasion_phrase`) right before the verb,
    after any speaker, commas or none (`The IMF in a statement said`: the occasion, not the fund's name)."""
    words = s.words
    lo, hi = s.word_range(span)
    if head.index < hi < verb.index and not any(w.upos in ("VERB", "AUX", "PUNCT") for w in words[hi + 1:verb.index]):
        opening = next((i for i in range(head.index + 1, hi + 1) if words[i].text.lower() in _UNSET_OCCASION_OPENERS
                        and _occasion_phrase(s, i, hi + 1)), None)
        if opening is not None and opening > lo and words[opening - 1].upos != "PUNCT":
            return span[0], words[opening - 1].end
    if head.upos != "PROPN":
        return None
    for k in s.kids[head.index]:
        kids = s.kids[k.index]
        if k.index > head.index and k.upos in _NAMES and any(c.xpos == "PRP$" for c in kids) \
                and any(c.deprel == "case" and c.text.lower() in PLACE_PREPOSITIONS for c in kids):
            last = s.subtree(k)[0].index - 1
            while last > head.index and s.words[last].upos == "PUNCT":
                last -= 1  # `Lee, in her speech, said`
            if last >= head.index and s.words[last].end < span[1]:
                return span[0], s.words[last].end
    return None


def _participle_noun(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`The accused told police ...`, `the deceased told friends ...`: a past participle that names a person
    after `the` (`PARTICIPLE_NOUNS`) is a noun, its determiner part of the speaker however the parse hung it."""
    words = s.words
    i = head.index - 1
    if head.text.lower() not in PARTICIPLE_NOUNS or i < 0 or words[i].text.lower() != "the" \
            or span != (head.start, head.end):
        return None
    return words[i].start, head.end


def _capitalised_wh_name(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Ms Te Whare said`: a capitalised word inside a sentence that the tagger took for a question word
    (`Whare`, `Whaanga`: Maori names that open with `Wh`) is a name when names or a title come right before
    it (a question word is never capitalised there): the speaker runs from that title or name through it, and
    through the name's words after it (`Te Whatu Ora said`, `Whatu` taken for `whose`)."""
    words = s.words
    i = head.index - 1
    if head.xpos not in ("WP", "WP$", "WDT", "WRB") or not head.text[:1].isupper() or head.text.isupper() \
            or i < 0 or words[i].upos != "PROPN" or span[0] != head.start:
        return None
    while i > 0 and _run_word(s, i - 1) and words[i - 1].upos != "PUNCT":
        i -= 1
    return words[i].start, max(head.end, span[1])


def _depicted_doer(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`There is no record of the mayor saying that ...`, `footage of the mayor saying ...`: a speaker that
    ends right before an `-ing` cue and runs `record of X` (`DEPICTION_NOUNS`): X is the one saying it, the
    gerund's own subject; the record only shows it (or, with `no`, fails to)."""
    words = s.words
    if verb.xpos != "VBG" or verb.index < 3 or words[verb.index - 1].end != span[1]:
        return None
    for i in range(verb.index - 2, 0, -1):
        if words[i].start < span[0] or words[i].upos == "PUNCT":
            return None
        if words[i].text.lower() == "of" and words[i - 1].text.lower() in DEPICTION_NOUNS \
                and words[i - 1].start >= span[0]:
            return words[i + 1].start, span[1]
    return None


def _emphatic_reflexive(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`The president himself said`, `As the minister herself put it`: a reflexive pronoun taken for the
    speaker, right after a noun or name and before its verb, only stresses that noun phrase, which speaks:
    the speaker is that phrase (its name-and-title words, from a determiner or possessor before them)."""
    words = s.words
    i = head.index - 1
    if head.text.lower() not in REFLEXIVE_PRONOUNS or head.index > verb.index or i < 0 \
            or words[i].upos not in ("NOUN", "PROPN"):
        return None
    while i > 0 and _run_word(s, i - 1) and words[i - 1].upos != "PUNCT":
        i -= 1
    if i > 0 and _run_opener(s, i - 1):
        i -= 1
    return words[i].start, words[head.index - 1].end


def _linking_aside(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`The mayor, for his part, said`, `The firm, in turn, said`: a phrase that links the sentence to what came
    before (`LINKING_ASIDES`: a preposition, any possessive pronoun, a noun; or one sentence-linking adverb,
    `_linking_adverb`: `Republicans, meanwhile, charged`), set off by commas right after the speaker's
    noun and before its verb, is no part of the speaker: it ends before the comma that opens it."""
    words = s.words
    lo, hi = s.word_range(span)
    for i in range(lo + 1, min(hi, verb.index) + 1):
        if words[i].text != "," or i + 2 >= len(words):
            continue
        if _linking_adverb(s, i + 1) and i + 2 < verb.index:
            return span[0], words[i - 1].end  # `Republicans, meanwhile, charged that ...`: one linking adverb
        j = i + 2 if words[i + 2].xpos == "PRP$" and i + 3 < len(words) else i + 1
        if (words[i + 1].text.lower(), words[j + 1].text.lower()) in LINKING_ASIDES and \
                words[j + 2].text == "," and j + 2 < verb.index:
            return span[0], words[i - 1].end
    return None


def _opening_adverb_out(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Meanwhile, Congress MP Ann Rao said`, `Later, Ann Rao said`: an adverb linking the sentence to what came
    before (`_linking_adverb`) that opens it, set off by a comma, is never the subject,
    whatever the parse made of it (a name's first word): the speaker starts after that comma."""
    words = s.words
    lo, hi = s.word_range(span)
    if hi < lo + 2 or not (lo == 0 or words[lo - 1].text == ":") or not _linking_adverb(s, lo):
        return None  # (`KARACHI: Meanwhile, the assembly said`: after a dateline too)
    return words[lo + 2].start, span[1]


def _relative_pronoun_out(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`the news, which analysts said ...`: a speaker right before its cue whose phrase the parse opened with
    the relative pronoun before it (subject rule `relative-tagged-noun`) starts after that pronoun."""
    lo, hi = s.word_range(span)
    if not (lo + 1 == head.index == hi == verb.index - 1 and s.words[lo].text.lower() in RELATIVE_PRONOUNS):
        return None
    return head.start, span[1]


def _fused_all(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`"No comment," was all the spokesman would say`: `all` before a determiner or possessor and a
    singular noun quantifies no speaker (`all the senators` would be plural): it is the `all` of what was
    said, and the speaker starts after it."""
    lo, hi = s.word_range(span)
    words = s.words
    if not (lo < head.index and words[lo].text.lower() == "all" and head.xpos in SINGULAR_NOUN_TAGS
            and (words[lo + 1].upos == "DET" or words[lo + 1].xpos == "PRP$")):
        return None
    return words[lo + 1].start, span[1]


_OCCASION_REACH = 4  # the most words from `in` to the noun of an occasion (`in a brief written statement`)


def _set_off_occasion(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`The ministry, in a statement, said`, `The union, in a letter to members, warned`: a phrase opened by
    `in` or `during` whose noun names what the words were said in (`OCCASION_NOUNS`), set off by commas right
    before the verb (and its adverbs), is the occasion of what is said, no part of the speaker: the speaker
    ends before the comma that opens it."""
    words = s.words
    close = _closing_comma(s, verb)
    hi = s.word_range(span)[1]
    if (close is None or words[close].text != ",") and hi + 1 < verb.index and words[hi + 1].text == ",":
        close = hi + 1  # `The company, in a statement, called it "..." and said`: the subject its first verb's
    if close is None or words[close].text != ",":
        return None
    opening = next((i for i in range(close - 1, 0, -1) if words[i].text in _CLAUSE_BREAKS), None)
    if opening is None or not span[0] < words[opening].start < span[1] or not (
            _occasion_phrase(s, opening + 1, close) or _set_off_circumstance(s, opening, close)):
        return None
    return span[0], words[opening - 1].end


def _set_off_circumstance(s: Parsed, opening: int, close: int) -> bool:
    """Whether the commas at `opening` and `close` set off, after the noun phrase opening the sentence, a phrase
    a preposition of circumstance opens (`_set_off_phrase`; not one of belonging, lexicon
    AFFILIATION_PREPOSITIONS: `Ann Ruiz, of the union,`) or a run of adverbs (`The bishop, in a sermon on
    Sunday, said`, `The mayor, once again, said`; one sentence-linking adverb alone, `The mayor, however,
    said`, is `linking-aside`'s: `_linking_adverb`): it tells when, where or how the words were said, and is no
    part of the speaker (a clause a subordinator opens, `, when asked about the strike,`, is
    `set-off-participle`'s)."""
    first = s.words[opening + 1]
    return _set_off_phrase(s, close) == opening and (
        all(w.upos == "ADV" for w in s.words[opening + 1:close]) and not (
            close == opening + 2 and _linking_adverb(s, opening + 1))  # `linking-aside`'s: `The mayor, however,`
        or first.upos == "ADP" and first.text.lower() not in AFFILIATION_PREPOSITIONS)


def _occasion_phrase(s: Parsed, lo: int, hi: int) -> bool:
    """Whether words [lo, hi) are a phrase of the occasion or means of speaking: opened by `in` or `during`
    with a noun naming what the words were said in (`OCCASION_NOUNS`: `in a letter to its members`), or by a
    preposition of means (`MEANS_PREPOSITIONS`) whatever its noun (`through its attorney Ann Ruiz`), and no
    verb but a participle after that noun that tells how the words went out (`in comments carried by the
    state news agency`, `in remarks broadcast on television`); `at` opens one too (`at a news conference`); so
    does a preposition of the saying's time or occasion (`OCCASION_PREPOSITIONS`) before any noun (`after the
    meeting`, `ahead of the vote`, `despite the loss`); so does a clause of time a subordinator opens (`after
    talks broke down`: `_SET_OFF_SUBORDINATORS`)."""
    words = s.words
    if lo >= hi:
        return False
    first = words[lo].text.lower()
    if first in _SET_OFF_SUBORDINATORS and words[lo].upos == "SCONJ" and any(
            w.xpos in _FINITE for w in words[lo + 1:hi]):
        return True  # `The union leader, after talks broke down, told ...`: a clause of the saying's time
    noun = next((w.index for w in words[lo + 1:min(hi, lo + 1 + _OCCASION_REACH)]
                 if w.text.lower() in OCCASION_NOUNS and w.upos == "NOUN"), None)
    if any(w.upos in ("VERB", "AUX") and not (noun is not None and w.upos == "VERB" and w.index > noun and (
            w.xpos in ("VBN", "VBG") or w.index == noun + 1)) and not (
            noun is not None and w.index == noun - 1 and _participle_spelling(w))  # `in a written statement`
            for w in words[lo:hi]):  # `remarks broadcast`: whatever its tag
        return False
    if first in MEANS_PREPOSITIONS:
        return any(w.upos in _NAMES for w in words[lo + 1:hi])
    if first in OCCASION_PREPOSITIONS and (first != "ahead" or words[lo + 1].text.lower() == "of"):
        return any(w.upos == "NOUN" for w in words[lo + 1:hi])  # `The secretary, after the meeting, said`: when
    return first in ("in", "during", "at") and noun is not None


def _set_off_participle(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`The report, published on Tuesday, said`, `The firm, based in Ohio, said`: a participle's phrase set
    off by commas between the speaker's noun and its verb describes the speaker and is no part of it: the
    speaker ends before the comma that opens it (a relative clause set off there is cut where the span is
    made, `_set_off_after_name`: `A city official, who asked not to be named, said`)."""
    return _before_aside(s, verb, span, _participle_after_noun)


def _set_off_relative(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A spokesman for the police, who declined to be named, told ...`: a relative clause set off by commas
    between the speaker's phrase and its verb (`_relative_aside`) is no part of the speaker, however far
    the parse ran the speaker's span into it (past the noun the clause hangs from): the speaker ends
    before the comma that opens it."""
    return _before_aside(s, verb, span, _relative_aside)


def _before_aside(s: Parsed, verb: Word, span: tuple[int, int],
                  aside: Callable[[Parsed, int], int | None]) -> tuple[int, int] | None:
    """The speaker's `span` up to the comma opening the aside (found by `aside` from the comma that closes
    it right before the verb), when the span runs past that comma; else None."""
    close = _closing_comma(s, verb)
    opening = aside(s, close) if close is not None else None
    if opening is None or not span[0] < s.words[opening].start < span[1]:
        return None
    return span[0], s.words[opening - 1].end


def _participle_modifier(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A report issued last month found ...`, `An ad released Thursday accuses ...`: a participle's phrase
    right after the speaker's noun, up to the finite cue, restricts that noun (`_restricting_phrase`): the
    speaker runs through it, whatever the parse made of it (its main verb, a time word of its own apart)."""
    if head.upos != "NOUN" or not span[1] <= verb.start or s.word_range(span)[1] + 1 >= verb.index:
        return None
    found = _restricting_phrase(s, verb)
    if found is None or found[0] != head.index + 1:
        return None
    return span[0], s.words[found[2]].end


def _adjective_phrase_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`People familiar with the talks said ...`, `Sources close to the mayor say ...`: an adjective that
    takes its preposition (`PHRASE_ADJECTIVES`: `familiar with`, `close to`) right after the speaker's
    noun, its phrase running with no punctuation, conjunction or verb of its own up to the cue (or up to
    an aside set off by commas right before the cue: a relative clause, or the terms it speaks on, `People
    familiar with the talks, speaking on condition of anonymity, said`), restricts the noun: the speaker
    runs through it, whatever the parse made of the adjective (a main verb)."""
    lo, hi = s.word_range(span)
    words = s.words
    if head.upos not in ("NOUN", "PROPN") or not span[1] <= verb.start or hi + 3 >= verb.index:
        return None
    if PHRASE_ADJECTIVES.get(words[hi + 1].text.lower()) != words[hi + 2].text.lower():
        return None
    stop = next((w.index for w in words[hi + 3:verb.index] if w.text == ","), None)
    if stop is not None and stop > hi + 3 and words[verb.index - 1].text == "," and stop < verb.index - 2 and (
            relative_pronoun(words[stop + 1].text) or _condition_aside(s, stop + 1)):
        return span[0], words[stop - 1].end  # `, who asked not to be named,`: an aside, no part of the speaker
    if any(w.upos in ("PUNCT", "CCONJ", "SCONJ", "VERB", "AUX") for w in words[hi + 3:verb.index]):
        return None
    return span[0], words[_before_adverbs(s, verb.index - 1, verb)].end


def _participle_phrase_before(s: Parsed, verb: Word) -> tuple[Word, tuple[int, int]] | None:
    """`Officials interviewed on Monday said ...` with the participle taken for the main verb: a finite cue
    with no subject right after a participle's phrase (`_restricting_phrase`) that follows a noun phrase
    opening its clause: that noun phrase with the phrase."""
    found = _restricting_phrase(s, verb) if _before_subjectless(s, verb) is not None else None
    if found is None:
        return None
    words = s.words
    run = _run_before(s, verb, found[0] - 1)
    if run is None or run[0].upos != "NOUN":
        return None
    first = s.word_range(run[1])[0]
    before = words[first - 1] if first > 0 else None
    if before is not None and not (before.upos == "PUNCT" or before.text.lower() in SUBJECT_OPENERS):
        return None
    return run[0], (run[1][0], words[found[2]].end)


def _those_participle(s: Parsed, verb: Word) -> tuple[Word, tuple[int, int]] | None:
    """`Those surveyed said ...`, `..., those polled say ...`: `those` and a past participle right before a
    finite cue with no subject (past the cue's adverbs) is a noun phrase, `those who were surveyed`, opening
    its clause, whatever the tagger made of it (a determiner and an adjective of the words after the cue):
    that phrase speaks."""
    i = _before_subjectless(s, verb)
    if i is None or i < 1:
        return None
    words = s.words
    i = _before_adverbs(s, i, verb)
    those, participle = words[i - 1], words[i]
    if those.text.lower() != "those" or participle.xpos not in _PAST or not participle.text.lower().endswith("ed"):
        return None
    before = words[i - 2] if i >= 2 else None
    if before is not None and not (before.upos == "PUNCT" or before.text.lower() in SUBJECT_OPENERS):
        return None
    return those, (those.start, participle.end)


def _by_gerund(s: Parsed, verb: Word) -> tuple[Word, tuple[int, int]] | None:
    """`Ann Ruiz continued by saying ...`, `A local official responded by noting ...`: a gerund of a verb of
    saying right after `by`, right after a verb (its adverbs between) that follows the noun phrase opening
    its clause, reports what that verb's subject said through it: the noun phrase, read from the words
    however the tagger took them (a name as a verb, `official` as an adjective)."""
    words = s.words
    if verb.xpos != "VBG" or verb.index < 3 or words[verb.index - 1].text.lower() != "by":
        return None
    v = verb.index - 2
    while v > 0 and words[v].upos == "ADV":
        v -= 1  # `responded simply by saying`
    if words[v].upos != "VERB" or words[v].xpos not in _FINITE | _PAST:
        return None
    first = v
    while first > 0 and (words[first - 1].upos in _RUN_WORDS or words[first - 1].xpos == "POS" or (
            words[first - 1].upos == "VERB" and words[first - 1].text[:1].isupper())):
        first -= 1  # `Ruelas` tagged as a verb: a capitalised word before the verb is a name
    if first == v or (first > 0 and words[first - 1].upos not in ("PUNCT", "CCONJ")):
        return None  # the phrase opens its clause
    last = words[v - 1]
    if last.upos in ("DET", "NUM") or time_word(last.text) or (
            last.upos == "PRON" and last.text.lower() not in NOMINATIVE_PRONOUNS):
        return None  # `this week continued by`, `that continued by`: no speaker
    return last, (words[first].start, last.end)


def _before_adverbs(s: Parsed, i: int, verb: Word) -> int:
    """The index of the last word up to `i` that is no adverb of `verb`: `Figures reported on Sunday now
    show`, the adverbs right before a verb that the parse hangs from it are the verb's (`Protesters
    gathered outside said`: `outside` is the participle's)."""
    while i > 0 and s.words[i].upos == "ADV" and s.words[i].head == verb.index:
        i -= 1
    return i


_ARTICLE_WORDS = frozenset({"the", "a", "an", "and", "or", "not"})  # capitalised in a headline, never a name's


_NICKNAME_WORDS = 3  # the most words inside a nickname's marks (`Tom "The Tank" Hale`)


def _nickname_span(s: Parsed, i: int) -> int | None:
    """Where a nickname in marks that opens at word `i` closes (`"The Tank"`: one to three title-cased words,
    no punctuation), the index of its closing mark; else None."""
    words = s.words
    for k in range(i + 2, min(i + 2 + _NICKNAME_WORDS, len(words))):
        if _mark(words[k]):
            inside = words[i + 1:k]
            return k if inside and all(w.text[:1].isupper() or w.text.lower() in ("the", "of") for w in inside) \
                and inside[0].text[:1].isupper() and all(w.text.replace("'", "").replace("-", "").isalpha()
                                                          for w in inside) else None
    return None


def _nickname_in_name(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Tom "The Tank" Hale said`, `"...," said Gary "Gazza" Lane`: a name's nickname in marks between its
    capitalised given name and its capitalised surname is the name's: a speaker on either side of it runs over
    it to the other name word (and over more capitalised words after it)."""
    words = s.words
    lo, hi = s.word_range(span)
    capital = lambda j: 0 <= j < len(words) and words[j].text[:1].isupper() and words[j].text.isalpha() \
        and j != verb.index and words[j].text.lower() not in PREPOSITIONS and words[j].text.lower() not in _ARTICLE_WORDS
    if lo > verb.index:  # `said Rovers striker Tom "The Tank" Hale`: on over the title to the given name
        while hi + 1 < len(words) and capital(hi + 1) and words[hi + 1].upos == "PROPN" and hi + 1 - lo < 6:
            hi += 1
    if capital(hi) and hi + 1 < len(words) and _mark(words[hi + 1]) \
            and (close := _nickname_span(s, hi + 1)) is not None and capital(close + 1):
        last = close + 1
        while capital(last + 1) and words[last + 1].upos == "PROPN":
            last += 1
        first = _run_start(s, lo) if lo < verb.index else None  # `Striker Leo "The Cat" Mendes said`: the title
        return min(span[0], words[lo if first is None else first].start), words[last].end
    if capital(lo) and lo >= 4 and _mark(words[lo - 1]):
        opening = next((j for j in range(lo - 2, max(lo - 2 - _NICKNAME_WORDS, 0), -1) if _mark(words[j])), None)
        if opening is not None and _nickname_span(s, opening) == lo - 1 and capital(opening - 1):
            first = _run_start(s, opening - 1) if opening - 1 < verb.index else None  # `Rovers striker Tom ...`
            return words[opening - 1 if first is None else first].start, span[1]
    return None


def _name_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`co-host Ann Ruiz asked`, `As Professor Lee put it`, `the Gazette's Ed Marsh said`, `Texas Lt. Gov.
    Dan Ortiz says`: a speaker before its verb is the whole run of words without punctuation between them
    that make a name and its title (nouns, names, adjectives, numbers, title words, a possessive `'s`),
    from a determiner or the start of its clause (the sentence's start, punctuation, a conjunction or
    wh-word: not a preposition, `In Ohio Smith said`) up to a word of another kind or the verb."""
    words = s.words
    lo, hi = s.word_range(span)
    if head.upos not in ("NOUN", "PROPN", "ADJ") and not (head.index > 0 and _rank_number_sign(s, head.index - 1)) \
            or not hi < verb.index:  # (a rank's number heads it: `The world No 3 said`)
        return None  # an adjective for a subject is a noun mistagged (`a campaign official said`)
    first = _run_start(s, lo) if _run_word(s, lo) else None
    first = lo if first is None else first
    last = hi
    timed = _time_before(s, verb.index)  # `The senator late last month said`: no word of the cue's time
    if _run_word(s, hi):
        while last + 1 < min(verb.index, timed) and (_run_word(s, last + 1) or _suffix_comma(s, last + 1)):
            last += 1
        if last + 1 < verb.index and _split_period(s, last):
            last += 1  # `Northwind Shipping, Ltd., a British firm,`: the abbreviation's period before a comma
    if (first, last) == (lo, hi) or (last + 1 < verb.index and words[last + 1].text == ","
                                     and _name_after_description(s, verb, first, last) is not None):
        return None  # `The firm's chief executive, Jo Hart, on Monday said`: `description-before-name`'s
    if last + 1 < verb.index and _held_name_after(s, verb, first, last) is not None:
        return None  # `The chief executive of Acme, Jo Hart, said`: `description-before-name`'s too
    widened = words[first].start, max(span[1], words[last].end)
    if first > 1 and words[first - 1].text == "," and _titled_name_start(s, first) == lo \
            and _description_before_name(s, verb, head, span) is not None:
        return None  # `The team's captain, senior Tess Romero, said`: `description-before-name`'s too
    return widened


_NAME_LINKS = frozenset({"for", "of", "and", "&"})  # words that join the capitalised words of one name


_QUOTED_ONES_LINKS = AFFILIATION_PREPOSITIONS | {"at", "in"}  # `an official at the ministry`, `a nurse in Leeds`


def _quoted_one_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`Khaleej Times quoted an official at the ministry as saying ...`: the one a verb of quoting quotes is
    every word between it and `as` and the participle, however the parse hung the phrase after its noun (from
    the verb of quoting, or from the participle): the speaker runs on over a phrase a preposition of belonging
    or place opens (`_QUOTED_ONES_LINKS`), with no verb, punctuation or word of time in it (`quoted an official
    on Monday as saying`: when, no part of who)."""
    words = s.words
    lo, hi = s.word_range(span)
    opening = verb.index - 1
    if verb.xpos != "VBG" or opening < 1 or words[opening].text.lower() != "as" or lo < 1 \
            or words[lo - 1].lemma not in QUOTING_VERBS or not hi + 1 < opening:
        return None
    gap = words[hi + 1:opening]
    if gap[0].text.lower() not in _QUOTED_ONES_LINKS \
            or any(w.upos in ("VERB", "AUX", "PUNCT") or time_word(w.text) for w in gap):
        return None
    return span[0], gap[-1].end


def _linked_name_run(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A spokesman for the Department for Levelling Up said`, `The Minister for Children and Families
    said`: a speaker whose words end in a capitalised word, followed up to its verb (or the auxiliaries and
    adverbs before it: `has said`) only by `for`, `of`,
    `and` and capitalised words (a capitalised word last), is one name with those words, whatever the parse
    made of them (`Levelling` taken for a clause's verb)."""
    words = s.words
    lo, hi = s.word_range(span)
    first = verb.index
    while first > hi + 1 and words[first - 1].upos in ("AUX", "ADV", "PART") and words[first - 1].text.islower():
        first -= 1  # `Minister for Health Stephen Donnelly has said`: the verb's auxiliaries are not the name's
    if not hi + 2 < first or not _capitalised(words[hi]) or words[hi + 1].text not in _NAME_LINKS:
        return None
    gap = words[hi + 1:first]
    if not _capitalised(gap[-1]) or not all(_capitalised(w) or w.text in _NAME_LINKS for w in gap) \
            or any(a.text in _NAME_LINKS and b.text in _NAME_LINKS for a, b in zip(gap, gap[1:])):
        return None
    return span[0], gap[-1].end


def _capitalised(w: Word) -> bool:
    """A word in capitals from its first letter (`Levelling`, `NHS`)."""
    return w.text[:1].isupper() and w.text[:1].isalpha()


def _tag_phrase_span(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`..., a person close to the company said.` (`_tag_phrase`): the speaker is the whole phrase between
    the comma and the verb, its preposition's phrase included."""
    found = _tag_phrase(s, verb)
    if found is None or found[2] is not head:
        return None
    last = _time_before(s, found[1] + 1) - 1  # `..., the police on Sunday said.`: the time is the cue's,
    if last <= found[0] or s.words[last].upos in ("VERB", "AUX"):  # not a participle's (`documents filed on
        last = found[1]                                            # Sunday show`)
    first = found[0] + 1
    while first < last and not any(ch.isalnum() for ch in s.words[first].text):
        first += 1  # `‘...,’ the singer said` with the closing mark taken for a possessive: no word of the phrase
    return s.words[first].start, s.words[last].end


def _participle_phrase_span(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`A campaign ad released Thursday says ...` (`_participle_phrase`): the speaker is the noun phrase
    with the participle's phrase that modifies it, up to the verb."""
    found = _participle_phrase(s, verb)
    if found is None or found[2] is not head:
        return None
    return s.words[found[0]].start, s.words[found[1]].end


def _description_before_name(s: Parsed, verb: Word, head: Word, span: tuple[int, int]) -> tuple[int, int] | None:
    """`the city's lawyer, Ann Ruiz, said`, `"...," his wife, Mary, said`: a name set off by commas right
    after a description that opens its clause (a determiner or possessor, then name-and-title words ending
    in a lower-case noun) is that description's apposition: the speaker is both. The name must close
    with a comma and the verb follow it, so that `The good news, Ruiz said, is ...` stays apart."""
    words = s.words
    lo, hi = s.word_range(span)
    if hi < verb.head < verb.index and (verb.deprel == "conj" or _free_participle(s, verb)):
        # `..., Ann Ruiz, called it "..." but said ...`, `..., Ann Ruiz, backed it, saying ...`: the first
        # verb follows the name
        verb = words[verb.head]
    titled = lo
    while titled > 2 and words[titled - 1].text[:1].islower() and _run_word(s, titled - 1):
        titled -= 1  # `the team's captain, senior Tess Romero, said` with the name alone the subject
    if titled < lo and words[titled - 1].text == "," and _titled_name_start(s, titled) == lo:
        lo = titled
    run = hi
    while run + 1 < verb.index and words[run + 1].text[:1].islower() and _run_word(s, run + 1):
        run += 1  # `The firm's chief executive, Jo Hart,` with `chief` taken for the head: the run's last noun
    name = _name_after_description(s, verb, lo, run)
    if name is None:
        name = _held_name_after(s, verb, lo, run)  # `The chief executive of Acme, Jo Hart, said`
    if name is not None:
        return span[0], words[name].end
    if not (2 <= lo and hi + 1 < verb.index and words[lo - 1].text == "," and words[hi + 1].text == ","
            and (words[lo].text[:1].isupper() or _titled_name_start(s, lo) != lo)  # `, senior Tess Romero,`
            and not _mark_between(s, hi + 1, verb.index)
            and (all(w.upos != "PUNCT" for w in words[hi + 2:verb.index])
                 or _set_off_subordinate(s, verb) == hi + 1)):  # `..., Jo Hart, while briefing newsmen, said`
        return None
    end = words[lo - 3] if lo >= 3 and _split_period(s, lo - 3) else words[lo - 2]  # `A lawyer for Acme Corp., Ann
    # Ruiz,`: the company's abbreviation before its period
    held = _holder_start(s, end.index) if end.text[:1].isupper() and _run_word(s, end.index) else None
    if held is not None:  # `"...," the chief executive of the National Grid, John Pettigrew, said`
        return words[held].start, span[1]
    if not ((end.text[:1].islower() or end.text.lower() in CAPITALISED_OFFICES) and _run_word(s, end.index)
            and (end.upos == "NOUN" or _title_or_name(s, end.index))):
        return None  # (`The Minority Leader, Hon. Jo Ade, while ...`: an office capitalised, a description too)
    first = _run_start(s, end.index)
    if first is None or not (_run_opener(s, first) or any(w.xpos == "POS" for w in words[first:end.index])):
        first = _partitive_start(s, end.index)  # `One of the firm's lawyers, Ann Ruiz, said`
    if first is None:
        first = _holder_start(s, end.index)  # `The father of the victim, Tom Vale, said`
    if first is None:
        first = _tenure_start(s, end.index)  # `Her husband of 50 years, Tom, said`
    if first is None:
        return None  # `Ohio voters, Ann Ruiz said`: no determiner or possessor, maybe no description
    return words[first].start, span[1]


def _held_name_after(s: Parsed, verb: Word, lo: int, hi: int) -> int | None:
    """`The chief executive of the National Grid, John Pettigrew, said` with the parse ending the speaker at
    the description's noun (words `lo` to `hi`): that noun's `of` or `for` phrase (`_holder_start`, or a name
    in capitals: `of Acme`) right after it, then a name set off by commas right before the verb, is the
    description's, and the name its apposition: the name's last word; else None."""
    words = s.words
    close = verb.index - 1
    if not (lo < hi + 1 < close and words[close].text == "," and words[hi + 1].text.lower() in PHRASE_PREPOSITIONS
            | POST_PLACE_PREPOSITIONS):
        return None  # (`A lawmaker in the House, Dele Ojo, said`: where the post is held)
    opening = next((k for k in range(close - 1, hi + 1, -1) if words[k].text == ","), None)
    if opening is None or opening - 1 <= hi + 1 or not all(w.upos == "PROPN" for w in words[opening + 1:close]):
        return None
    holder = words[hi]
    named = all(w.upos == "PROPN" and w.text[:1].isupper() for w in words[hi + 2:opening])
    if _holder_start(s, opening - 1) == lo or (named and _run_opener(s, lo) and holder.text[:1].islower()
                                              and holder.text.lower() in SPEAKER_NOUNS | ROLE_WORDS | RELATION_NOUNS):
        return close - 1
    return None


def _holder_start(s: Parsed, i: int) -> int | None:
    """`The father of the victim`, `A spokeswoman for the club`: a run of name-and-title words through word `i`,
    opened by a determiner or possessor right after `of` or `for`, that follows a noun for a person opening its
    clause from a determiner or possessor: the noun phrase starts there.  Its index, or None."""
    words = s.words
    first = _run_start(s, i, openers=PHRASE_PREPOSITIONS | POST_PLACE_PREPOSITIONS)
    if first is None or first < 2 or words[first - 1].text.lower() not in PHRASE_PREPOSITIONS | POST_PLACE_PREPOSITIONS \
            or words[first - 1].text.lower() in POST_PLACE_PREPOSITIONS and not _run_opener(s, first) or not (
            _run_opener(s, first) or any(w.xpos == "POS" for w in words[first:i])
            or first == i and words[i].upos == "NOUN" and words[i].text.islower()
            or _split_period(s, i) and all(w.upos == "PROPN" and w.text[:1].isupper() for w in words[first:i + 1])):
        return None  # (a bare noun after it is a field: `The dean of students`, `the professor of history`; a
        # company's name closing on its abbreviation's period needs no `the`: `A lawyer for Acme Corp.`)
    holder = words[first - 2]
    start = _run_start(s, holder.index)
    if start is None or not _run_opener(s, start) or not (
            holder.text[:1].islower() and holder.text.lower() in SPEAKER_NOUNS | ROLE_WORDS | RELATION_NOUNS
            or holder.text.lower() in CAPITALISED_OFFICES):  # `The Director-General of the agency`: an office
        return None
    return start


def _tenure_start(s: Parsed, i: int) -> int | None:
    """`Her husband of 50 years`, `his partner of three decades`: word `i` a length of time (lexicon
    TENURE_NOUNS) counted by a number right after `of`, which follows a noun for kin or a partner (KIN_NOUNS)
    opening its clause from a determiner or possessor: the noun phrase starts there.  Its index, or None."""
    words = s.words
    if i < 3 or words[i].text.lower() not in TENURE_NOUNS or words[i - 1].upos != "NUM" \
            or words[i - 2].text.lower() != "of" or words[i - 3].text.lower() not in KIN_NOUNS:
        return None
    start = _run_start(s, i - 3)
    return start if start is not None and _run_opener(s, start) else None


def _partitive_start(s: Parsed, i: int) -> int | None:
    """`One of the firm's top lawyers`, `two of his aides`: a run of name-and-title words through word
    `i`, opened by a determiner or possessor right after `of` and a number or quantifier that opens its
    clause, is the object of that `of`: the noun phrase starts at the quantifier.  Its index, or None."""
    words = s.words
    first = _run_start(s, i, openers=frozenset({"of"}))
    if first is None or first < 2 or words[first - 1].text.lower() != "of" or not (
            _run_opener(s, first) or any(w.xpos == "POS" for w in words[first:i])):
        return None
    quantity = words[first - 2]
    if not (quantity.upos == "NUM" or quantity.text.lower() in QUANTIFIER_PRONOUNS):
        return None
    before = words[first - 3] if first >= 3 else None
    opens = before is None or before.upos == "PUNCT" or before.text.lower() in SUBJECT_OPENERS
    return quantity.index if opens else None


def _name_after_description(s: Parsed, verb: Word, lo: int, hi: int) -> int | None:
    """`His daughter, Ann Hale, said`, `..., recalled a friend, Tom Vale.`: the parse gave the description
    (a determiner or possessor, then name-and-title words ending in a lower-case noun; after the verb, `of`
    and `for` phrases too) as the speaker, and a name set off by a comma right after it is its apposition:
    the last word of that name, when the name closes with a comma right before the verb, or, after the
    verb, closes the sentence or has what follows it set off by a comma (`said the mayor, Ann Ruiz, a
    Democrat`); else None."""
    words = s.words
    end = words[hi]
    if not (hi + 2 < len(words) and words[hi + 1].text == "," and end.text[:1].islower()
            and (end.upos == "NOUN" or _title_or_name(s, hi))  # `chief executive` with the noun tagged ADJ
            and (_run_opener(s, lo) or any(w.xpos == "POS" for w in words[lo:hi])
                 or words[lo].text.lower() == "one" and hi > lo)  # `said one parent, Mark Doyle`
            and all(_run_word(s, i) or (verb.index < lo and (words[i].text.lower() in PHRASE_PREPOSITIONS
                                                          or words[i].upos == "NUM"))
                    for i in range(lo + 1, hi + 1))):
        return None  # (after the verb, a phrase of `of` or `for` may go on: `said a neighbor of 40 years, Rose Kim`)
    first = _titled_name_start(s, hi + 2)
    last = _name_after(s, first)
    if words[first].upos != "PROPN" or not words[first].text[:1].isupper():
        return None
    after = words[last + 1] if last + 1 < len(words) else None
    if verb.index < lo:  # `..., recalled a friend, Tom Vale.`, `said the mayor, Ann Ruiz, a Democrat.`
        return last if after is None or after.text == "," or all(w.upos == "PUNCT" for w in words[last + 1:]) \
            else None
    return last if after is not None and after.text == "," and last + 2 == _time_before(s, verb.index) else None


def _titled_name_start(s: Parsed, i: int) -> int:
    """`said the paper's editor, senior Tess Romero`, `his lawyer, former prosecutor Jo Hart,`: a name set off
    after a description may carry its own title or class in lower case before it (a word of a title, a
    noun or an adjective, the run's last a noun or a title word: `senior`, `former prosecutor`, `English
    teacher`); the first word of the name after them, or `i` where no name follows such words."""
    words = s.words
    j = i
    while j + 1 < len(words) and _run_word(s, j) and words[j].upos != "NUM" and not (
            words[j].upos == "PROPN" and words[j].text[:1].isupper() and words[j + 1].upos != "NOUN"):
        j += 1  # (`English teacher Paul Grant`: a capitalised word before a noun qualifies it)
    if j == i or j >= len(words) or words[j].upos != "PROPN" or not words[j].text[:1].isupper() \
            or not any(w.text[:1].islower() for w in words[i:j]) \
            or not (words[j - 1].upos == "NOUN" or words[j - 1].text.lower().rstrip(".") in ROLE_WORDS):
        return i
    return j


_Content = tuple[tuple[int, int] | None, tuple[int, int] | None]   # (content, content going on after a frame)
_NOTHING: _Content = (None, None)   # a content rule's answer that the cue reports nothing here


def _complements(s: Parsed, verb: Word) -> list[Word]:
    """The verb's reported clauses: clausal complements, a clause after `said:`, and a clause the
    parse hung otherwise that opens with `that`/`whether`/`if`; after the verb, no bare noun."""
    comps = [k for k in s.kids[verb.index] if k.deprel == "ccomp" or (
        k.deprel == "parataxis" and k.index > verb.index and any(p.text == ":" for p in s.words[verb.index:k.index]))]
    for k in s.kids[verb.index]:  # `boasted that ...` parsed as some other clause
        if k.index > verb.index and k.deprel not in ("ccomp", "parataxis") and _complementizer(s, k) is not None:
            comps.append(k)
    return [k for k in comps if k.index < verb.index or not _bare_noun(s, k) and not _listener_relative(
        s, verb, next(w for w in s.subtree(k) if w.upos != "PUNCT" or w.index == k.index))]


def _listener_relative(s: Parsed, verb: Word, first: Word) -> bool:
    """`Vale told Ruiz, who told the council that ...`: `who` or `which` after a comma that closes the words
    right after the verb (its listener: no verb among them) opens a relative clause set off after the
    listener, telling of the listener (who speaks its own report), never what the verb reports (an indirect
    question follows its verb with no comma: `asked who told the council`)."""
    return first.text.lower() in ("who", "which") and verb.index + 1 < first.index - 1 \
        and s.words[first.index - 1].text == "," \
        and not any(w.upos in ("VERB", "AUX") or w.head == verb.index and w.deprel.startswith("nsubj")
                    for w in s.words[verb.index + 1:first.index - 1])  # `said Ann Ruiz, who ...`: the speaker's


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


def _complement_after(s: Parsed, verb: Word,
                      speaker: Word | None) -> _Content | None:
    """The first reported clause after the verb, as English puts it there.  It starts right after
    the verb (or its listener, `told reporters`): words the parse hung between them belong to it
    (`said the heat ... could last`), or at its `that`."""
    after = sorted((k for k in _complements(s, verb) if k.index > verb.index and not _free_participle(s, k)
                    and not _onward_participle_before(s, verb, k)), key=lambda k: k.index)
    if after and (particle := _phrasal_word(s, verb)) is not None and any(
            _is_cue_verb(w) and any(k.deprel in _SUBJECTS for k in s.kids[w.index])
            for w in s.words[particle.index + 1:after[0].index]):
        return None  # `put it best when she wrote: "..."`: a cue of its own with its subject takes the words
    if not after or _owned_saying_clause(s, verb, after[0]):
        return None
    start, end = s.span(after[0])
    end = _cue_word_within(s, verb, after[0], end)
    end = _occasion_cut(s, min(_trailing_adjuncts(s, verb, after[0], end), _participle_cut(s, after[0])))
    end = _reason_after(s, end)
    end = max(end, _reported_conjunct(s, verb, after[0]))
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
    mark = _complementizer(s, after[0])
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
    return _past_listener(s, verb, after[0], (start, end)), None


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


def _quoting_participle(s: Parsed, verb: Word) -> Word | None:
    """`quoted Ann Ruiz as saying: "..."`, `was quoted as saying`: the cue participle opened by `as` under a verb
    of quoting (`QUOTING_VERBS`), whatever the parse hung what was said from; else None."""
    if verb.lemma not in QUOTING_VERBS:
        return None
    quoted = [k for k in s.kids[verb.index] if k.deprel in ("obj", "iobj") and k.index > verb.index]
    return next((k for k in [*s.kids[verb.index], *(c for o in quoted for c in s.kids[o.index] if c.index > o.index)]
                 if k.xpos == "VBG" and any(c.text.lower() == "as" for c in s.kids[k.index])), None)
    # (or hung from the one quoted; any participle: `quoted the leader as calling for ...` reports the leader's words)


def _listener_tagged_verb(s: Parsed, verb: Word, clause: Word) -> bool:
    """`told reporters the plan would fail` with `reporters` tagged as a verb and taken for the clause told:
    a lower-case `-s` word right after a verb of telling (`CLAUSE_LISTENER_VERBS`) is its plural listener,
    not a verb: two finite verbs do not stand side by side, and `tell` takes the one told first."""
    return verb.lemma in CLAUSE_LISTENER_VERBS and clause.index == verb.index + 1 and clause.xpos == "VBZ" \
        and clause.text.islower() and clause.text.endswith("s") and not clause.text.endswith(("ss", "us", "is")) \
        and not any(k.deprel in _SUBJECTS for k in s.kids[clause.index])


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
    or its subject stands before that `that`: `told reporters the plan that he backed would fail`)."""
    opening = _that_opening(s, verb)
    if opening is None or opening[0] is None:
        return span
    at = opening[0][0]
    if not span[0] < at < span[1]:
        return span
    that = next(w for w in s.words if w.start == at)
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
            if not verb.index < k.index < mark.index or k.upos not in _NAMES or not (
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
    return any(k.deprel in ("obj", "iobj") and k.index < first and s.subtree(k)[0].index == verb.index + 1
               and s.subtree(k)[-1].index == first - 1 for k in s.kids[verb.index])


def _told_where(s: Parsed, verb: Word, clause: Word) -> Word | None:
    """`told reporters in Canberra the government would not budge`: after a verb of telling and its
    listener, phrases of a preposition before the subject of a clause with no `that` tell where or when it
    was told, whichever verb the parse hung them from: the clause opens at its subject (returned; None
    when no such phrase stands there)."""
    if verb.lemma not in LISTENER_VERBS:
        return None
    listener = next((k for k in s.kids[verb.index] if k.deprel in ("obj", "iobj")
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
    return opening if det.upos == "DET" and det.text.lower() in ("the", "a", "an") and noun.text.lower().endswith(
        "ing") and (_opens_noun_phrase(opening) or opening.upos == "PROPN") else None


def _onward_participle_before(s: Parsed, verb: Word, clause: Word) -> bool:
    """`..., the pastor said, adding that he seemed calm`: a verb of saying's participle set off by a comma
    between a cue and a clause the parse hung from the cue reports that clause itself (the next report),
    whatever the parse made of it; the cue does not (but `Reuters reported, citing two sources, that ...`:
    an aside closed by a comma right before the clause's `that` leaves the clause to the cue)."""
    first = next(x.index for x in s.subtree(clause) if x.upos != "PUNCT")
    if s.words[first].text.lower() == "that" and s.words[first - 1].text == "," \
            and s.words[first - 2].upos != "VERB":
        return False
    return any(w.xpos == "VBG" and _is_cue_verb(w) and s.words[w.index - 1].text == ","
               for w in s.words[verb.index + 1:first])


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


def _report_joined(s: Parsed, w: Word) -> Word | None:
    """The cue whose report a verb is joined to as its speaker's further doing, not as more of what
    was reported: `said the plan costs too much and argued for a smaller one`, `said she admires him
    and praised ...` (`argued`, `praised` are the speaker's).  A verb with no subject or auxiliary of
    its own, joined by `and` or `but` to the head of a clause a cue before it reports, that is itself a
    cue, or past while that clause is present under a past cue, or past after `and then` (`later`, ...:
    `SEQUENCE_ADVERBS`) while that clause's verb is a bare one after a modal (`said he would stay and then
    left`: `would left` is no English, so `left` has a tense of its own, and `then` makes it the next event,
    not a backshifted present: `said she could not support it but understood why` stays reported; `would stay
    and fight` shares the modal; a participle joined to a passive one shares its `be`: `would be arrested and
    charged` is reported, a cue or not); else None."""
    if w.deprel != "conj" or w.upos != "VERB" or w.xpos not in ("VBD", "VBN", "VBZ", "VBP") or w.head < 0:
        return None  # `argued` tagged VBN: with no auxiliary of its own, a past tense
    head, kids = s.words[w.head], s.kids[w.index]
    cue = s.words[head.head] if head.head >= 0 else None
    cc = next((c for c in kids if c.deprel == "cc" and c.index < w.index), None)
    if cue is None or head.deprel != "ccomp" or not _is_cue_verb(cue) or not cue.index < head.index < w.index \
            or cc is None or cc.lemma not in ("and", "but") \
            or any(c.deprel in _SUBJECTS or c.deprel.startswith("aux") for c in kids):
        return None
    present = head.xpos in ("VBZ", "VBP") or any(c.deprel in ("cop", "aux") and c.xpos in ("VBZ", "VBP")
                                                 for c in s.kids[head.index])
    modal = head.xpos == "VB" and any(c.deprel == "aux" and c.xpos == "MD" for c in s.kids[head.index]) \
        and cc.lemma == "and" and any(c.deprel == "advmod" and cc.index < c.index < w.index
                                      and c.text.lower() in SEQUENCE_ADVERBS for c in kids)
    if w.xpos == "VBN" and head.xpos == "VBN" and any(c.deprel == "aux:pass" for c in s.kids[head.index]):
        return None  # `said they would be arrested and charged`: a participle after a passive's shares its `be`
    shifted = cue.xpos == "VBD" and w.xpos in ("VBD", "VBN") and (present or modal)
    return cue if _is_cue_verb(w) or shifted or _demand_call(s, w, head) else None


def _demand_call(s: Parsed, w: Word, clause: Word) -> bool:
    """`said staffing was unsafe and called for new hiring`: `call` (`CALL_FOR_FORMS`) with `for` right
    after it demands, as `_call_for` reads it, a speaker's act like any cue; not where the reported
    clause's subject is a thing that prescribes (`said the plan was costly and called for two bridges`:
    the plan's)."""
    if w.text.lower() not in CALL_FOR_FORMS or w.index + 1 >= len(s.words) \
            or s.words[w.index + 1].text.lower() != "for":
        return False
    subject = next((k for k in s.kids[clause.index] if k.deprel in _SUBJECTS), None)
    return subject is None or subject.text.lower() not in PRESCRIBING_THINGS


def _speaker_conjunct(s: Parsed, verb: Word,
                      speaker: Word | None) -> _Content | None:
    """`said the plan costs too much and argued for a smaller one`: the reported clause ends before
    the conjunction joining the speaker's further doing to it (`_report_joined`)."""
    found = _complement_after(s, verb, speaker)
    if found is None or found[0] is None:
        return None
    start, end = found[0]
    for w in s.words:
        if start <= w.start and w.end <= end and _report_joined(s, w) is verb:
            before = s.words[w.index - 1]
            while before.index > 0 and (before.upos in ("PUNCT", "CCONJ") or before.index >= w.index
                                        or before.head == w.index and before.upos == "ADV"):
                before = s.words[before.index - 1]  # `and then left`: `then` is the next act's
            return ((start, before.end), None) if before.end > start else None
    return None


def _subordinate_conjunct(s: Parsed, verb: Word) -> Word | None:
    """`The crowd cheered when the mayor took the stage and said ...`: a verb joined by `and` (or `but`,
    `or`), with no subject of its own, right after the words of a clause opened by `when`, `after`,
    `because` ... (`SUBORDINATE_OPENERS`) that has a subject of its own goes on with that clause and shares
    its subject, however far back the parse joined it (to `cheered`, whose subject is the crowd)."""
    if verb.deprel != "conj" or verb.head < 0 or verb.head >= verb.index \
            or any(k.deprel in _SUBJECTS for k in s.kids[verb.index]):
        return None
    i = verb.index - 1
    while i >= 0 and s.words[i].upos == "ADV" and s.words[i].head == verb.index:
        i -= 1  # `and later said`
    if i < 1 or s.words[i].upos != "CCONJ" or s.words[i - 1].text in _CLAUSE_BREAKS:
        return None  # `..., and said`: set off, it may go back to the main clause
    host = verb.head
    for v in reversed(s.words[host + 1:i]):
        if v.upos not in ("VERB", "AUX") or s.subtree(v)[-1].index != i - 1:
            continue
        kids = s.kids[v.index]
        subject = next((k for k in kids if k.deprel in ("nsubj", "nsubj:pass") and k.index < v.index), None)
        opened = any(k.deprel in ("mark", "advmod") and k.text.lower() in SUBORDINATE_OPENERS and k.index < v.index
                     for k in kids)
        if subject is not None and opened and not relative_pronoun(subject.text):
            return subject
    return None


def _report_conjunct_subject(s: Parsed, verb: Word) -> Word | None:
    """`said the plan costs too much and argued for a smaller one`: a cue joined to a clause reported
    before it as its speaker's further doing (`_report_joined`) speaks for that report's speaker."""
    cue = _report_joined(s, verb)
    return None if cue is None else _subject(s, cue)


def _topic_openers(verb: Word) -> frozenset[str]:
    """The prepositions that open the topic a question is put on: `about` after `asked`, the topic's
    prepositions after a verb of questioning (`pressed on the delay`, `quizzed over the fees`)."""
    return frozenset(_TOPIC_OPENERS) | (PREPOSITION_REPORTS[verb.lemma] - {"for"}
                                        if verb.lemma in QUESTIONING_VERBS else frozenset())


def asked_participle(verb: Word) -> bool:
    """`asked`, or the past participle of a verb of questioning someone (lexicon QUESTIONING_VERBS:
    `Pressed on whether ...`, `When quizzed about the delay, ...`): a form that puts a question to its subject."""
    return verb.text.lower() == "asked" or verb.lemma in QUESTIONING_VERBS and verb.text.lower().endswith("ed")


_TOPIC_OPENERS = ("about",)  # `asked about the delay`: the topic follows (not `asked for a glass of water`, a request)
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
            or words[i + 1].deprel != "mark" or words[i + 1].head <= i + 1:
        return None
    last = max(x.index for x in s.subtree(words[words[i + 1].head]))
    while last > i + 1 and words[last].upos == "PUNCT":
        last -= 1
    return (start, words[last].end), None


def fronted_close(s: Parsed, verb: Word) -> int | None:
    """The index of the comma (or dash) closing the subordinate clause (`FRONTED_OPENERS`) that opens the
    sentence and holds the verb: what the verb reports ends there, before the main clause; None when
    the verb stands in the main clause or nothing follows that comma."""
    words = s.words
    first = next((w for w in words if w.upos != "PUNCT"), None)
    if first is None or first.text.lower() not in FRONTED_OPENERS or first.index >= verb.index:
        return None
    if any(w.text in _CLAUSE_BREAKS for w in words[first.index:verb.index]):
        return None  # the cue is in the main clause
    comma = next((w.index for w in words[verb.index + 1:] if w.text in _CLAUSE_BREAKS), None)
    return None if comma is None or comma == len(words) - 1 else comma


_RELATIVE_STOPS = frozenset({",", ";", ":", "\u2014", "\u2013", "--", "(", ")"})


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
    if not rest or any(w.upos in ("VERB", "AUX") for w in rest):
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
    if verb.lemma not in SAY_VERBS and verb.lemma not in OBJECT_CUES:
        return None
    i = verb.index + 1
    listener = _listener_after(s, verb)
    if listener is not None:  # `told reporters`, `told the Gazette`: the listener's words, its head last
        last = max(x.index for x in s.subtree(listener))  # `told reporters Tuesday ...`, and past a time
        i = listener.index + 1  # the parse hung from the listener (`told reporters on Tuesday the war was over`)
        while i <= last and _time_phrase_end(s, i) is None:
            i += 1
    after = _time_phrase_end(s, i)
    if after is None:
        after = _set_off_time_end(s, verb, i)
        if after is None:
            return None
    if s.words[after].upos == "CCONJ":
        return None  # `was reported in May and lawmakers had ...`: a clause of its own, nothing said
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
    return next((k for k in s.kids[verb.index] if k.deprel in ("obj", "iobj") and k.index >= i
                 and min(x.index for x in s.subtree(k) if x.index >= i) == i), None)


def _listener_words_end(s: Parsed, verb: Word) -> int | None:
    """`told a rally in Calgary the ...` with the listener's noun taken for an adverb: after a verb of
    telling (`tell`, `assure`, ...), a determiner and one or two words before a preposition of place are the
    listener, read from the words (the first noun phrase after `tell` is the one told); the index of the
    preposition, or None."""
    words = s.words
    i = verb.index + 1
    if verb.lemma not in CLAUSE_LISTENER_VERBS or i >= len(words) or words[i].upos != "DET" \
            or words[i].text.lower() not in ("a", "an", "the"):
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
        if words[j - 1].text.lower() in OCCASION_NOUNS and (j == len(words) or words[j].upos not in ("NOUN", "PROPN")):
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
            and (words[j].upos == "ADP" or words[j + 1].upos not in ("VERB", "AUX")):  # `to` opening no infinitive
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


def _place_name_end(s: Parsed, i: int) -> int | None:
    """`in Ottawa`, `in Port Moresby`: the index of the word after `in` at index `i` and a run of proper
    nouns (a place's name, not a time: `in May`), when what follows opens a noun phrase (`the`, `police`,
    `it`), not a conjunction, a possessive or punctuation; `on` and a broadcaster's name alike (`on Sky News`,
    `on ABC Radio Melbourne`: where it was said, not a time: `on Monday`)."""
    words = s.words
    if words[i].text.lower() not in ("in", "on"):
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


def _time_phrase_end(s: Parsed, i: int) -> int | None:
    """The index of the word after a phrase of time that begins at index `i` (`Tuesday`, `on
    Monday`, `late last week`, `this morning`), when a word other than punctuation or a possessive
    follows it (`said last week's vote ...` opens with a noun phrase of its own)."""
    j = i
    if j + 1 < len(s.words) and s.words[j].text.lower() == "that" and s.words[j + 1].upos == "ADP":
        return None  # `said that in 2012 it paid`: `that` opens the clause, not a time (`that day`)
    while j < len(s.words) and j - i < 3 and s.words[j].text.lower() in TIME_OPENERS:
        j += 1
    nouns = j
    while j < len(s.words) and (s.words[j].text.lower() in TIME_NOUNS or _calendar_time(s, j)):
        j += 1
    if j == nouns or j >= len(s.words) or s.words[j].upos == "PUNCT" or s.words[j].xpos == "POS":
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
            nxt.xpos in ("VBP", "NN") and j + 2 < len(words) and words[j + 2].upos in ("VERB", "AUX"))
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
        if noun and low in RELATIVE_PRONOUNS and (k := _past_listener_relative(words, j)) is not None:
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


_SAID_ADVERBS = frozenset({"so", "not", "otherwise", "differently", "yes", "no", "nothing", "much", "little"})  # said so


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
    while i > 0 and (s.words[i - 1].upos in ("AUX", "PART", "ADV") or s.words[i - 1].text in MARK_CHARS):
        i -= 1  # `, he has long said`; `,” she said`: a quotation closing with the comma
    comma = i - 1
    if comma < 1 or s.words[comma].text not in _CLAUSE_BREAKS:
        return None
    between = s.words[max(own) + 1:verb.index]
    e = verb.index - 1
    while e > 0 and s.words[e].upos in ("AUX", "PART", "ADV") and s.words[e].text not in _CLAUSE_BREAKS:
        e -= 1
    aside = _aside_before(s, e) if tag is not None else None
    if aside is not None and aside[0] == max(own) + 1:
        between = s.words[aside[1] + 1:verb.index]  # `, the official, who declined to be named, said`
    elif tag is not None and between and between[0].text == "," and _name_after_comma(s, max(own) + 1) is not None:
        between = between[1:]  # `, his top aide, Tom Vale, said`: the comma closing the name
    if any(w.upos not in ("AUX", "PART", "ADV") for w in between):
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
    while end > 0 and words[end].upos in ("AUX", "PART", "ADV"):
        end -= 1
    if not (words[end].xpos == "NNS" and words[end].text.islower()
            or words[end].xpos == "NNPS" and words[end].text.endswith("s")):  # `a figure Republicans cited`
        return None
    i = end
    while i > 0 and words[i - 1].upos in ("NOUN", "ADJ") and words[i - 1].text.islower():
        i -= 1
    if i < 1 or i + 1 > end or words[i - 1].text.lower() not in ("a", "an") \
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


def _bare_tail(s: Parsed, verb: Word, stop: int) -> bool:
    """Whether the words after a closing cue, up to word `stop`, say nothing more: a listener, a time
    or a place at most (`told reporters on Monday`, `reported ten days ago`), no verb and no `that` (`he said Ryan.`, `she says
    not much`: what follows the verb is what was said)."""
    if _own_message_after(s, verb):
        return False  # `, Lee asked the mayor about the tax.`: the topic is what was asked
    tail = [w for w in s.words[verb.index + 1:stop] if w.upos != "PUNCT"]  # `..., he said, adding ...`
    if verb.lemma in LISTENER_VERBS and tail and any(k.deprel in ("obj", "iobj") and k.index == tail[0].index
                                                     for k in s.kids[verb.index]):
        tail = tail[max(x.index for x in s.subtree(tail[0])) - tail[0].index + 1:]  # `told reporters`
    elif verb.lemma in LISTENER_VERBS and tail and tail[0].upos in _NAMES | {"DET"}:
        listener = 0  # `told the Ledger on Monday`: a listener's name or noun phrase, however the parse hung it
        while listener < len(tail) and (tail[listener].upos == "DET" or _run_word(s, tail[listener].index)):
            listener += 1
        tail = tail[listener:]
    if tail and not (tail[0].upos == "ADP" or _time_tail(tail) or _span_words(tail)  # `reported ten days ago`
                     or (tail[0].upos == "ADV" and tail[0].text.lower() not in _SAID_ADVERBS)):
        return False
    return not any(w.upos in ("VERB", "AUX") or w.text.lower() == "that" for w in tail)


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
    if any(x.xpos in _FINITE and x.upos in ("VERB", "AUX") for x in rest[1:run]):
        return None  # `The mayor, a fan of "Gone Girl," said the film was good`: a clause's subject and its verb
    return _NOTHING


_SUBJECT_RUN_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})   # words of a bare noun phrase


def _aside_tag(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`"Fame is a cage," the singer, whose album "Blue Hours" topped the charts, said.`: a verb closing its
    sentence (nothing after it but punctuation or a pronoun or noun it tells) after a quotation whose own
    comma, `?` or `!` stands inside its closing mark, then a bare noun phrase and a relative clause set
    off by commas (`_SET_OFF_RELATIVES`) right before it, tags that quotation and reports nothing more: the
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
              in _SET_OFF_RELATIVES), None)   # the comma opening the relative clause
    if k is None:
        return None
    n = k - 1
    while n > 0 and (s.words[n].upos in _SUBJECT_RUN_TAGS or s.words[n].xpos == "POS"):
        n -= 1   # back over the noun phrase to the quotation's closing mark
    if n == k - 1 or n < 1 or not all(ch in MARK_CHARS for ch in s.words[n].text) \
            or s.words[n - 1].text not in (",", "?", "!"):
        return None
    return _NOTHING


def _free_participle(s: Parsed, w: Word) -> bool:
    """`..., he said, adding that ...`, `..., the paper reported, citing a source`: an `-ing` participle
    right after a comma is a free adjunct, the reporter's doing, not what was said."""
    return w.xpos == "VBG" and w.index > 0 and s.words[w.index - 1].text == "," \
        and next(x for x in s.subtree(w) if x.upos != "PUNCT").index == w.index


def _span_noun(text: str) -> bool:
    """A noun that counts or names a stretch of time (`SPAN_NOUNS`, one or more: `day`, `days`, `July`)."""
    t = text.lower()
    return t in SPAN_NOUNS or (t.endswith("s") and t[:-1] in SPAN_NOUNS)


def _span_words(words: Sequence[Word]) -> bool:
    """Whether `words` open with a stretch of time: a noun of one (`_span_noun`) with only determiners,
    numbers and words that count or place it before it (`ten days`, `a few weeks`, `that same day`,
    `last July`)."""
    for w in words:
        if _span_noun(w.text):
            return True
        if w.upos not in ("DET", "NUM") and w.text.lower() not in SPAN_WORDS | TIME_OPENERS:
            return False
    return False


def _time_tail(tail: Sequence[Word]) -> bool:
    """Whether the words after a closing cue tell when it was said: a time word (`Tuesday`), or a
    phrase of time opened by `last`, `earlier`, `this`, ... (`last week`, `earlier this month`)."""
    if not tail or time_word(tail[0].text):
        return bool(tail)
    if tail[0].text.lower() not in TIME_OPENERS:
        return False
    for w in tail[1:]:  # `earlier this month`, `the next day`; not `the nomination on Tuesday`
        if time_word(w.text):
            return True
        if w.text.lower() not in TIME_OPENERS and w.upos not in ("DET", "ADJ", "ADV", "NUM"):
            return False
    return False


def _clause_before(s: Parsed, comma: int, verbless: bool = False) -> tuple[int, int] | None:
    """The clause a report closing its sentence after word `comma` reports (`_closing_words`): the
    words before that comma from the sentence's start (or its last semicolon or colon, or an
    unpaired dash), when they are at least three and hold a finite verb (`verbless`: in a headline, which
    may drop it, `_headline_line`)."""
    first = 0
    dashes: list[int] = []
    for w in s.words[:comma]:
        if w.text in (";", ":"):
            first, dashes = w.index + 1, []
        elif w.text in _DASHES:
            dashes.append(w.index)
    if len(dashes) % 2:  # `... - it is a two-way street, they insist`: after an unpaired dash
        first = dashes[-1] + 1
    words = [w for w in s.words[first:comma] if w.text not in MARK_CHARS or w.upos != "PUNCT"]
    while words and words[0].upos == "PUNCT":
        words.pop(0)
    while words and words[-1].upos == "PUNCT":
        words.pop()
    if len(words) < 3 or not verbless and not any(w.xpos in _FINITE or _bare_past(words, k) or _verb_after_age(words, k)
                                                  for k, w in enumerate(words)) \
            and _gerund_verb(words, 0) is None:  # `Taxing fuel encourages saving, economists said`
        return None  # `A, KING reported, while B, the Post reported`: B's words hold another report
    return words[0].start, words[-1].end


def _verb_after_age(words: Sequence[Word], k: int) -> bool:
    """`Lee, 54, faces up to 20 years in prison`: a lower-case `-s` word tagged a plural noun right after a
    person's age set off by commas after a capitalised name (`_age_word`) is the name's verb: no noun
    phrase opens there, the clause's subject is the name."""
    w = words[k]
    return k >= 4 and w.xpos == "NNS" and w.text.islower() and w.text.endswith("s") and words[k - 1].text == "," \
        and _age_word(words[k - 2]) and words[k - 3].text == "," and words[k - 4].text[:1].isupper() \
        and words[k - 4].upos == "PROPN" and k + 1 < len(words) and words[k + 1].upos != "PUNCT"


def _bare_past(words: Sequence[Word], k: int) -> bool:
    """`Some owners of the mill long ago soured on the deal` with `soured` tagged as a participle: a past
    participle after its subject's noun and an adverb, with no auxiliary before it in the clause, is the
    clause's past tense; right after the noun it may modify it (`the bill passed by the House`), so there
    only after a noun phrase opening the words, in `-ed`, before a preposition (not `by`) or the words'
    end (`The talks collapsed on Friday, diplomats said`: what was said is a clause)."""
    w = words[k]
    if w.xpos != "VBN" or k == 0 or any(x.upos == "AUX" for x in words[:k]):
        return False
    j = k - 1
    while j > 0 and words[j].upos == "ADV":
        j -= 1
    if j == k - 1 and words[j].upos in _NAMES:
        after = words[k + 1] if k + 1 < len(words) else None
        return w.text.islower() and w.text.endswith("ed") and all(x.upos in _RUN_WORDS for x in words[:k]) \
            and (after is None or (after.upos == "ADP" and after.text.lower() != "by"))
    return j < k - 1 and words[j].upos in _NAMES


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
    while i > 0 and words[i - 1].upos in ("AUX", "PART", "ADV"):
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
        if len(opening) > 2 or any(w.upos in ("VERB", "AUX") for w in opening):
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
            or not participle and not any(w.upos in ("VERB", "AUX") for w in words[1:]):
        return None  # `If the council fails, the state steps in, he said`: a main clause follows it
    return _NOTHING


def _own_message_after(s: Parsed, verb: Word) -> bool:
    """`After the vote, Lee asked the mayor about the tax`: a verb that takes a listener, with its own
    subject before it and, after it, a phrase of the preposition that opens its topic (`PREPOSITION_REPORTS`)
    on it or on its listener, reports that topic: no closing tag of the words before it, whatever the
    parse joined it to (here `vote`'s clause)."""
    openers = PREPOSITION_REPORTS.get(verb.lemma)
    kids = s.kids[verb.index]
    if verb.lemma not in LISTENER_VERBS | QUESTIONING_VERBS or not openers \
            or not any(k.deprel in _SUBJECTS and k.index < verb.index for k in kids):
        return False
    phrases = [k for k in kids if k.deprel == "obl" and k.index > verb.index] + [
        c for o in kids if o.deprel in ("obj", "iobj") and o.index > verb.index
        for c in s.kids[o.index] if c.deprel == "nmod" and c.index > o.index]
    return any(c.deprel == "case" and c.lemma in openers for k in phrases for c in s.kids[k.index])


def _clause_head(s: Parsed, w: Word) -> bool:
    """Whether `w` heads a clause: a verb, adjective or noun, or any word with a copula or subject of
    its own (`This is not about me, she said`: a clause the parse hung from the pronoun)."""
    return w.upos in _CLAUSAL or any(k.deprel in ("cop", "nsubj", "nsubj:pass") for k in s.kids[w.index])


def _paratactic_host(s: Parsed, verb: Word,
                     speaker: Word | None) -> _Content | None:
    """`Prices will rise, he said` parsed with the cue as a side clause: the clause it hangs from (all of
    the clause before the comma when the report closes its sentence: `_closing_or`)."""
    if verb.deprel == "parataxis" and verb.head >= 0 and _clause_head(s, s.words[verb.head]) \
            and not _onward_participle(s, verb) and not _split_report(s, verb, speaker):
        found = _closing_or(s, verb, speaker, _clause_without(s, s.words[verb.head], verb))
        return _past_quoting_opener(s, found[0]), found[1]
    return None


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
    a noun phrase, the cue (with the `it` of `put it`, no other object or complement) and a comma
    are a reporting clause whatever the parse made of them; the clause after the comma (its verb
    with a subject of its own) is what it reports, to the sentence's end."""
    words, particle = s.words, _phrasal_word(s, verb)
    if verb.head >= 0 or verb.index < 2 or words[0].text.lower() != "as" \
            or any(w.upos not in _NOMINAL | {"DET", "ADJ", "NUM"} for w in words[1:verb.index]):
        return None
    after = verb.index + 1 if particle is None else particle.index + 1
    if after + 1 >= len(words) or words[after].text != "," or any(
            k.deprel in ("obj", "iobj", "xcomp", "ccomp") and k is not particle for k in s.kids[verb.index]):
        return None
    rest = [w for w in words[after + 1:] if w.upos != "PUNCT"]
    if not rest or not any(w.head == verb.index and w.deprel == "conj"
                           and any(k.deprel in _SUBJECTS for k in s.kids[w.index]) for w in rest):
        return None
    return rest[0].start, rest[-1].end


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


def _infinitive_content(s: Parsed, verb: Word,
                        speaker: Word | None) -> _Content | None:
    """`vowed to build a wall`; `asked the crowd to stand` (from the listener on), however the parse
    hung the infinitive: from the verb, or from the listener right before it (`asked the network to
    donate ...` with `to donate` parsed as a clause of `network`); a request put to the passive
    subject, `was asked to leave`, `Asked by the host to respond, ...`: the infinitive alone."""
    if verb.lemma not in COMMISSIVE_VERBS | DIRECTIVE_VERBS:
        return None
    listener = next((k for k in s.kids[verb.index] if k.deprel in ("obj", "iobj") and k.index > verb.index), None)
    if listener is None and verb.deprel == "amod" and verb.head > verb.index and verb.index > 0 \
            and s.words[verb.index - 1].text == "," and s.words[verb.head].upos in _NOMINAL:
        listener = s.words[verb.head]  # `The governor, in a video message, urged residents to ...`: a main verb
        # the parse took for an adjective of its listener (`apposition-host`)
    for k in s.kids[verb.index]:
        if k.deprel == "xcomp" and k.index > verb.index and to_infinitive(s.kids[k.index]):
            apart = frozenset(c.index for c in s.kids[k.index] if joined_past_infinitive(s, c) and (
                _is_cue_verb(c) or _demand_call(s, c, k)))  # `to cut taxes and called for an audit`: the tensed
            # verb is the cue's subject's next report, not promised
            if verb.lemma in COMMISSIVE_VERBS or (listener is None and _passive_cue(s, verb)):
                return _negated_from(s, s.span(k, apart), verb), None
            if listener is not None and listener.index < k.index:
                return (_listener_start(s, verb, listener), s.span(k, apart)[1]), None
        if k.deprel == "advcl" and verb.lemma in DIRECTIVE_VERBS and listener is not None \
                and listener.index < k.index and to_infinitive(s.kids[k.index]) \
                and _listener_phrase(s, max(w.index for w in s.subtree(listener)) + 1, s.subtree(k)[0].index):
            return (_listener_start(s, verb, listener), s.span(k)[1]), None  # `asked the board to resign` hung as a purpose
    if verb.lemma in DIRECTIVE_VERBS and listener is not None:
        request = _listener_infinitive(s, listener) or _phrase_then_infinitive(s, listener) \
            or _relative_then_infinitive(s, listener)
        if request is not None:  # (from past the verb, where the parse hung it from the listener)
            return (_listener_start(s, verb, listener), s.span(request)[1]), None
    return None


def _listener_start(s: Parsed, verb: Word, listener: Word) -> int:
    """Where a request's content opens: at its listener's phrase, never before the word after the verb
    (`The mayor, speaking to reporters, urged residents to leave` parsed with `urged` as an adjective of
    `residents`: the listener's subtree holds the verb, which is no part of what was asked)."""
    return max(s.span(listener)[0], s.words[verb.index + 1].start)


def _negated_from(s: Parsed, span: tuple[int, int], verb: Word) -> tuple[int, int]:
    """`vowed not to vote for him`, `pledged never to raise taxes`: a negation right before the infinitive
    (after the cue) is part of what was promised, wherever the parse hung it: the span opens there."""
    first = next((w for w in s.words if w.start >= span[0]), None)
    i = first.index if first is not None else 0
    while i - 1 > verb.index and s.words[i - 1].text.lower() in ("not", "never"):
        i -= 1
    return (s.words[i].start, span[1]) if first is not None else span


def _relative_then_infinitive(s: Parsed, listener: Word) -> Word | None:
    """`urged anyone who has symptoms to stay home`, `advised patients who take the drug to talk to ...`: a
    directive's listener with a relative clause whose verb's object or phrase comes right before `to` and a
    bare form that closes the listener's words, the parse hanging the infinitive from the relative's verb: a
    verb of asking or urging takes its request after the listener, and a relative clause's verb done with its
    object (`has symptoms`) asks for no infinitive, so it is the request put to the listener.  Not an
    infinitive right after the relative's verb (`people who want to help`: the relative's own) nor one a noun
    takes (`who had the chance to vote`: `INFINITIVE_NOUNS`).  That infinitive's verb, or None."""
    last = max(w.index for w in s.subtree(listener))
    for rel in s.kids[listener.index]:
        if rel.deprel != "acl:relcl" or rel.index < listener.index:
            continue
        for k in s.kids[rel.index]:
            own = s.kids[k.index]
            if k.deprel not in ("advcl", "xcomp") or k.index < rel.index or k.xpos != "VB" or not to_infinitive(own) \
                    or any(c.deprel in _SUBJECTS for c in own) or max(w.index for w in s.subtree(k)) != last:
                continue
            to = s.subtree(k)[0].index
            done = s.words[to - 1]
            if to - 1 > rel.index and done.upos in _NOMINAL and done.head != k.index \
                    and s.words[to].text.lower() == "to" and done.text.lower() not in INFINITIVE_NOUNS:
                return k
    return None


def _phrase_then_infinitive(s: Parsed, listener: Word) -> Word | None:
    """`urged residents in low-lying areas to leave` parsed with `in` as a subordinator and `low-lying` as
    a verb whose clause the infinitive hangs from: read from the words, the listener's own words, then a
    phrase of a preposition on it (`_listener_phrase`), then `to` and a bare form: the infinitive is the
    request put to the listener, however the parse hung it; so is `to` and a bare form right after the
    listener's words (`Officials, citing new data, urged parents to vaccinate ...` with the infinitive hung
    from `citing`)."""
    words = s.words
    lo = max(w.index for w in s.subtree(listener)) + 1
    for n in range(lo, min(lo + _LISTENER_PHRASE_WORDS + 1, len(words) - 1)):
        if words[n].text.lower() == "to" and words[n + 1].xpos == "VB":
            return words[n + 1] if _listener_phrase(s, lo, n) else None
    return None


_LISTENER_PHRASE_WORDS = 6  # the most words of a phrase of place between a listener and its request


def _listener_phrase(s: Parsed, lo: int, hi: int) -> bool:
    """Whether words [lo, hi), between a request's listener and its infinitive, are nothing or one phrase of a
    preposition with its noun phrase (`urged residents in coastal towns to leave`: where the listener is,
    however the parse hung it): the infinitive still follows the listener."""
    gap = s.words[lo:hi]
    return not gap or len(gap) <= _LISTENER_PHRASE_WORDS and (gap[0].upos == "ADP" or preposition(gap[0].text)) \
        and not _topic_phrase(s, lo) \
        and len(gap) > 1 and all(w.upos in ("DET", "NOUN", "PROPN", "ADJ", "NUM") or _hyphened_modifier(w)
                                 for w in gap[1:]) and gap[-1].upos in _NOMINAL


def _hyphened_modifier(w: Word) -> bool:
    """`low-lying`, `flood-hit`, `war-torn`: a lower-case hyphened word ending in a participle, before a
    noun in a phrase, is an adjective, whatever the tagger made of it."""
    return "-" in w.text.strip("-") and w.text.islower() and w.upos == "VERB" and w.xpos in ("VBG", "VBN", "VBD")


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
    if clause.lemma in INVERTING_VERBS and _is_cue_verb(clause):
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
    names no one who may speak: no person, group, role or organisation, nor a text that speaks for its
    writer, `the letter threatened to ...`: `SPEAKING_TEXTS`; not `who`), tells what is likely
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
    if head.upos != "NOUN" or (head.text != low and head.index > 0) or {low, head.lemma.lower()} & (
            ROLE_WORDS | SPEAKER_NOUNS | GROUP_NOUNS | ORGANISATION_WORDS | SPEAKING_TEXTS) \
            or describe(low).kind != "unnamed":
        return None
    return _NOTHING


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
    return next((k for k in s.kids[verb.index] if k.deprel == "obj" and k.upos in _NAMES
                 and s.subtree(k)[0].index == after), None)


def _closed_aside(s: Parsed, k: Word) -> bool:
    """`reported, citing two sources, that ...`: a participle whose phrase opens at a comma and closes at
    another, with more of the sentence after it, is an aside set within the clause, not its message."""
    span = s.subtree(k)
    last = max(x.index for x in span if x.text != ",")
    return span[0].text == "," and last + 2 < len(s.words) and s.words[last + 1].text == ","


def _passive_cue(s: Parsed, verb: Word) -> bool:
    """`was asked`, `Asked by the host`, `when asked`: a passive auxiliary, or a past participle with
    no subject and no auxiliary of its own, unless it is the main verb right after an aside
    (`_aside_host`: `The senator, who asked not to be named, told reporters ...`, `told` tagged a
    participle)."""
    kids = s.kids[verb.index]
    return any(k.deprel in ("aux:pass", "nsubj:pass") for k in kids) or (
        verb.xpos == "VBN" and not any(k.deprel in _SUBJECTS or k.deprel.startswith("aux") for k in kids)
        and _aside_host(s, verb) is None)


def _listener_infinitive(s: Parsed, listener: Word) -> Word | None:
    """`asked the network to donate ...` parsed with the infinitive as a clause of the listener: that
    infinitive, when it has no subject of its own and follows the listener's other words directly."""
    for k in s.kids[listener.index]:
        own = s.kids[k.index]
        if k.deprel == "acl" and k.index > listener.index and k.xpos == "VB" and to_infinitive(own) \
                and not any(c.deprel in _SUBJECTS for c in own):
            first = s.subtree(k)[0].index
            rest = [w.index for w in s.subtree(listener) if w.index < first]
            if rest and max(rest) == first - 1:
                return k
    return None


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
    a verb after `to`, a conjunction, a preposition or a relative or subordinating word."""
    if verb.lemma != "say" or any(k.deprel in ("nsubj:pass", "aux:pass") for k in s.kids[verb.index]):
        return None
    if verb.xpos == "VBG" and verb.deprel.startswith("acl") and _governor_after(s, verb):
        return None
    rest = _words_after_cue(s, verb)
    if len(rest) < 3 or rest[0].upos not in _NOMINAL | {"DET", "ADJ", "NUM"}:
        return None
    nominal = False
    for prev, w in zip(rest, rest[1:]):
        nominal = nominal or prev.upos in _NOMINAL
        if prev.upos == "SCONJ" or prev.xpos in ("WDT", "WP", "WRB"):
            return None
        if w.upos in ("VERB", "AUX") and w.xpos != "VBG" and nominal and prev.xpos != "TO" \
                and prev.upos not in ("CCONJ", "ADP"):
            return (rest[0].start, rest[-1].end), None
    return None


def _gerund_verb(words: Sequence[Word], i: int, tagged: bool = False) -> int | None:
    """`taxing fuel encourages saving`: a word in `-ing` opening a clause, its object's words (a noun
    phrase, no preposition), then a finite verb: a gerund subject is singular, so after the object's noun
    (or right after the `-ing` word, which may take none) a lowercase `-s` form the tagger took for a
    plural noun is that verb, when more words (no preposition or conjunction) follow it, and so is an
    `-ed` form taken for a participle, not before `by` (`tagged`: only a verb tagged finite).  The verb's position in
    `words`, or None."""
    g = words[i]
    if not (g.text.lower().endswith("ing") and len(g.text) > 4 and g.xpos in ("VBG", "NN")):
        return None
    for j in range(i + 1, min(len(words) - 1, i + 6)):
        w, prev, nxt = words[j], words[j - 1], words[j + 1]
        if w.xpos in _FINITE and w.xpos != "VBP" and (j > i + 1 or w.upos == "AUX"):
            return j  # `saving is wise`, `taxing fuel raised prices`
        if not tagged and w.xpos == "VBN" and w.text.islower() and w.text.endswith("ed") and nxt.lemma != "by" \
                and (j == i + 1 or prev.upos in _NAMES):
            return j  # `hiring slowed in May`: a past form the tagger took for a participle
        if not tagged and w.xpos in ("NNS", "VBZ") and w.text.islower() and w.text.endswith("s") \
                and (j == i + 1 or prev.upos in _NAMES) and nxt.upos not in ("ADP", "PUNCT", "CCONJ", "PART"):
            return j  # `flooding worsens every spring`
        if w.upos not in _RUN_WORDS or w.upos == "PRON":
            return None
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
    from the main verb), a participle set off by a comma after its clause, as a free adjunct; not `that` the
    tagger took for a determiner."""
    if verb.lemma not in SAY_VERBS and verb.lemma not in OBJECT_CUES and not (
            verb.lemma in cue_lemmas() and verb.index + 1 < len(s.words)
            and s.words[verb.index + 1].text.lower() == "that" and s.words[verb.index + 1].upos == "SCONJ"
            and verb.xpos == "VBG" and verb.index > 1 and s.words[verb.index - 1].text == ","):
        return None
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
    Observer the strike would go ahead`), however the parse split it (`Sport`
    taken for the told clause's subject): the whole name is the listener, and what was told opens after it,
    as `listener-clause` reads it (a subject pronoun or a noun phrase, then its finite verb)."""
    if verb.lemma not in CLAUSE_LISTENER_VERBS:
        return None
    n = verb.index + 1
    article = n < len(s.words) and s.words[n].text == "the"  # `told the Observer the strike ...`: a paper's name
    n += article
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
        elif n > first and w.text.lower() in _TITLE_SMALL_WORDS and words[n - 1].text[:1].isupper() \
                and n + 1 < len(words) and words[n + 1].text[:1].isupper():
            if w.text != "&":  # `CBC's Power & Politics`: `&` joins the parts of one name
                joined = n if joined is None else joined
            n += 1  # `the BBC's Sunday with Laura Kuenssberg programme`: a title's small word
        else:
            break
    if joined is not None and not (n < len(words) and words[n].text in PROGRAMME_NOUNS):
        n = joined  # a title's small words only where a programme's noun closes it (`told the Observer and ...`)
    while first < n < len(words) and words[n].text in PROGRAMME_NOUNS:
        n += 1  # `the BBC's Today programme`, `the PA news agency`: the noun closing the name
    if n - verb.index - 1 < 2 and not (n - verb.index - 1 == 1 and not article and _call_sign(words[first])):
        return None
    return _listener_clause(s, verb, speaker, n - verb.index - 1)


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
    rest = _words_after_cue(s, verb)
    if not rest:
        return None
    n = named or (1 if rest[0].text.lower() in OBJECT_PRONOUNS and (len(rest) < 2 or rest[1].upos not in _NOMINAL
                                                                    or rest[1].upos == "PRON") else 0)
    if not n:
        while n < min(len(rest), _LISTENER_REACH) and (rest[n].upos in _RUN_WORDS or rest[n].xpos == "POS"
                                                       or rest[n].deprel in ("amod", "compound", "flat")) \
                and rest[n].text.lower() not in NOMINATIVE_PRONOUNS | {"it"}:  # `the Associated Press`
            if n and rest[n - 1].upos in ("NOUN", "PROPN") and _opens_told_subject(rest[n]):
                break  # `told the paper the decision had been made`: a second noun phrase opens the clause
            n += 1
        if not n or rest[n - 1].upos not in ("NOUN", "PROPN") or rest[n - 1].text.lower() in TOLD_THINGS:
            return None
    after = rest[n:]
    if len(after) < 2:
        return None
    if after[0].text.lower() in NOMINATIVE_PRONOUNS | {"it", "there"}:  # (`there would be`: an expletive subject)
        verb_next = next((x for x in after[1:3] if x.upos != "ADV" and x.text.lower() not in NEGATIONS), None)
    elif _opens_told_subject(after[0]) or named and after[0].upos == "NOUN" and after[0].text.islower() \
            and after[1].xpos in _FINITE:
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
    last = _report_last(s, after)
    return None if last is None else ((after[0].start, last.end), None)


def _opens_told_subject(w: Word) -> bool:
    """Whether a word after a listener may open the subject of the clause told: a word opening a noun
    phrase (`_opens_noun_phrase`), a quantifier or a number (`told the BBC many patients had waited`,
    `some of her patients`, `40 people were missing`)."""
    return _opens_noun_phrase(w) or w.text.lower() in QUANTIFIER_PRONOUNS | {"many", "much"} or w.upos == "NUM"


def _opens_noun_phrase(w: Word) -> bool:
    """Whether a word opens a noun phrase of its own: a determiner (`the`, `a`, `this`) or a possessive
    pronoun (`his`, `their`)."""
    return (w.upos == "DET" and w.text.lower() not in NOMINATIVE_PRONOUNS) or w.xpos == "PRP$"


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


def _that_opening(s: Parsed, verb: Word) -> _Content | None:
    """The clause `that` opens after a cue, past its listener, its own phrases or a set-off aside (see
    `_that_after`), to the sentence's end; None when no such `that` opens a clause."""
    words, aside, phrase, listener = s.words, False, False, verb.lemma in LISTENER_VERBS
    rest = _words_after_cue(s, verb)
    timed = False  # within a clause of time after the listener or a phrase (`before she spoke to the panel`)
    topic = False  # past a listener's topic phrase (`_topic_phrase`: `told the board about a plan`)
    for n, w in enumerate(rest[:_THAT_REACH]):
        low = w.text.lower()
        if w.text in _DASHES or w.text in "()":
            aside = not aside if w.text in _DASHES else w.text == "("
            continue
        if aside:
            continue
        if timed and low != "that":
            if w.text in _CLAUSE_BREAKS or _is_cue_verb(w):
                return None  # `... when Trump shot back that ...`: the `that` is the later cue's
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
        if w.upos == "ADP" and low not in _COMPLEMENTIZERS:
            phrase = True  # `to the host`, `in a statement`: the noun phrase after it is the phrase's
            topic = topic or listener and n > 0 and _topic_phrase(s, w.index)
        elif w.upos in ("ADV", "PART") or w.text == "," or time_word(w.text) or _calendar_time(s, w.index):
            continue
        elif w.upos in ("DET", "ADJ") and n + 1 < len(rest) and (time_word(rest[n + 1].text)
                                                                 or _calendar_time(s, rest[n + 1].index)):
            continue  # `said last month that`, `said earlier this year that`, `reported last quarter that`
        elif (phrase or listener) and w.xpos in ("VBG", "VBN") and w.text.islower() and n > 0 \
                and rest[n - 1].upos in ("DET", "ADJ") and n + 1 < len(rest) and rest[n + 1].upos in ("NOUN", "ADJ"):
            continue  # `told a cheering crowd`, `a crowded hall`: a participle before its noun describes it
        elif phrase and (_name_in_phrase(w) or _noun_in_phrase(s, w)):
            continue  # `on Sunday's Politics Show` with `Show` tagged as a verb: a word of the name
        elif phrase and w.xpos == "VBN" and w.text.islower() and n > 0 and rest[n - 1].upos == "NOUN" \
                and n + 1 < len(rest) and rest[n + 1].upos == "ADP":
            continue  # `in a statement carried by the agency that`: a participle's phrase on the phrase's noun
        elif not ((w.upos in _RUN_WORDS or _title_or_name(s, w.index)) and (phrase or listener)) \
                and w.xpos != "POS":
            return None  # `told the Associated Press in ...`: a name's word however tagged
    return None


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
    phrase = False
    words = s.words
    listener = verb.lemma in LISTENER_VERBS and verb.index + 1 < len(words) \
        and words[verb.index + 1].upos in _RUN_WORDS
    for w in words[verb.index + 1:verb.index + 1 + _THAT_REACH]:
        if w.text.lower() == "that":
            if listener:
                return None  # `told reporters at the event that he ...`: past a listener, `listener-that`'s
            pronoun = w.index + 1 < len(words) and words[w.index + 1].text.lower() in NOMINATIVE_PRONOUNS \
                and w.upos == "PRON"  # the parse's relative pronoun; its complementizer is `complement-after`'s
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
        elif w.upos not in _RUN_WORDS and w.xpos != "POS":
            return None
    return None


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


def _subject_word(after: Sequence[Word]) -> bool:
    """Whether the first of `after` may open a clause's subject: a noun-phrase word, a word tagged as a verb
    right before an auxiliary (`that talks had stalled`, `that cuts would hurt`: a plural noun) or a past
    form (`that residents deserved ...`: `_plural_before_past`), or before
    a phrase of a preposition and then one (`that bookings for next year were up`), or a participle
    modifying the nouns after it (`_participle_subject`)."""
    return after[0].upos in _RUN_WORDS or (after[0].upos == "VERB" and len(after) > 1
                                           and after[1].text.lower() in AUXILIARIES) or _participle_subject(after) \
        or _plural_before_phrase(after) or _plural_before_past(after) or _compound_before_auxiliary(after)


def _compound_before_auxiliary(after: Sequence[Word]) -> bool:
    """`that heat pumps would replace gas boilers`, `that price caps will stay`: a lower-case bare form tagged as a
    verb, then a lower-case noun and right after it an auxiliary: a bare verb and its object do not stand before
    an auxiliary with no subject between, so the two words are the clause's subject, a compound noun."""
    if len(after) < 3:
        return False
    first, second = after[0], after[1]
    return first.upos == "VERB" and first.xpos in ("VB", "VBP") and first.text.islower() \
        and second.upos == "NOUN" and second.text.islower() and after[2].text.lower() in AUXILIARIES


def _plural_before_past(after: Sequence[Word]) -> bool:
    """`that residents deserved a hearing`, `that prices rose`: a lower-case word in `-s` (or a plural in
    `-men`: `that gunmen opened fire`) tagged as a verb right before a past form: two finite verbs do not
    follow each other, so the first is the clause's plural subject; so too a bare form right before one in
    `-s` (`_mass_before_present`), and a plural in `-men` or an `-ing` form right before a regular past in
    `-ed` the tagger took for a participle (`that gunmen opened fire`, `that shelling continued until dawn`:
    no auxiliary stands before it, so it is the clause's finite verb: `_past_after_subject`)."""
    first = after[0]
    return first.upos == "VERB" and first.text.islower() and first.text.endswith(("s", "men")) and len(after) > 1 \
        and after[1].xpos == "VBD" or _mass_before_present(after) or _past_after_subject(after)


def _past_after_subject(after: Sequence[Word]) -> bool:
    """`that gunmen opened fire`, `that shelling continued until dawn`: a lower-case plural in `-men` or
    `-ing` form tagged as a verb, right before a lower-case regular past in `-ed` tagged as a participle: a
    participle with no auxiliary before it does not follow a noun's plural or a gerund opening a clause,
    so the first word is the clause's subject and the `-ed` form its finite verb in the past."""
    if len(after) < 2:
        return False
    first, second = after[0], after[1]
    return first.upos == "VERB" and first.text.islower() and (first.text.endswith("men") or first.xpos == "VBG") \
        and second.xpos in ("VBN", "VBD") and second.text.islower() and second.text.endswith("ed")


def _mass_before_present(after: Sequence[Word]) -> bool:
    """`that demand continues to grow`, `that growth remains strong`: a lower-case bare form tagged as a verb
    right before a present form in `-s` that is no auxiliary: a verb's bare form does not stand before a
    finite one, so the first is the clause's subject (a mass noun), whatever verb it may also be."""
    first = after[0]
    return first.upos == "VERB" and first.text.islower() and first.xpos in ("VB", "VBP") and len(after) > 1 \
        and after[1].xpos == "VBZ" and after[1].text.lower() not in AUXILIARIES


def _plural_before_phrase(after: Sequence[Word]) -> bool:
    """`that bookings for next summer were ahead`: a lower-case word in `-s` tagged as a verb, then a
    preposition and its noun phrase (determiners, numbers, adjectives, nouns) and right after them an
    auxiliary: the word is the clause's plural subject, the phrase its own."""
    first = after[0]
    if first.upos != "VERB" or not first.text.islower() or not first.text.endswith("s") or len(after) < 4 \
            or after[1].upos != "ADP":
        return False
    n = 2
    while n < len(after) and after[n].upos in ("DET", "NUM", "ADJ", "NOUN", "PROPN"):
        n += 1
    return 2 < n < len(after) and after[n - 1].upos in ("NOUN", "PROPN") and after[n].text.lower() in AUXILIARIES


def _participle_subject(after: Sequence[Word]) -> bool:
    """`that affected employees would receive ...`, `that rolling blackouts would go on`, `that armed men had
    fled`: a participle in lower case opening the words after `that` (a past one in `-ed` if tagged as a
    past tense), then nouns and adjectives and right after them an auxiliary or a finite verb: the
    participle modifies the clause's subject (a relative clause, `a statement that affected employees`,
    has no verb there)."""
    first = after[0]
    if first.upos != "VERB" or not first.text.islower() or first.xpos not in ("VBN", "VBD", "VBG") \
            or (first.xpos == "VBD" and not first.text.lower().endswith("ed")):
        return False
    n = 1
    while n < len(after) and after[n].upos in ("NOUN", "PROPN", "ADJ"):
        n += 1
    return 1 < n < len(after) and after[n - 1].upos in ("NOUN", "PROPN") and (
        after[n].upos == "AUX" or after[n].xpos in _FINITE)


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


def _contrast_end(s: Parsed, rest: tuple[int, int]) -> int | None:
    """Where words [rest) stop before a semicolon, or a comma and a word that sets a contrast against them
    (`but`, `while`, `though`, ...), outside quotations (a quotation closing on that comma ends them with
    its closing mark); None when no such break comes."""
    inside = [w for w in s.words if rest[0] <= w.start and w.end <= rest[1]]
    for i in range(1, len(inside) - 1):
        prev, w, nxt = inside[i - 1], inside[i], inside[i + 1]
        if w.text not in (",", ";"):
            continue
        open_ = sum(k.text.strip(MARK_CHARS) == "" for k in s.words[inside[0].index:w.index]) % 2
        end = prev.end
        if open_ and w.text == "," and nxt.text.strip(MARK_CHARS) == "" and i + 2 < len(inside):
            end, nxt = nxt.end, inside[i + 2]  # `are "about right," though ...`: the quotation closes after its comma
        elif open_:
            continue  # a comma or semicolon within a quotation
        if w.text == ";" or nxt.text.lower() in _CONTRASTS:
            return end
    return None


def _joined_doing(s: Parsed, k: Word) -> bool:
    """Whether `k`, a dependent of a verb, is another verb joined to it by a conjunction with no subject of
    its own (`said goodbye and left`): the same doer's next doing."""
    own = s.kids[k.index]
    return k.deprel == "conj" and k.upos in ("VERB", "AUX") and any(c.deprel == "cc" for c in own) \
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
    found = _reported_object(s, verb, speaker, LAST_OBJECT_REPORTS)
    if found is None or found[0] is None:
        return None
    start, end = found[0]
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
            or after.upos not in _NAMES or after.deprel not in ("obj", "xcomp", "iobj"):
        return None
    w = s.words[aux[0].index - 1]
    if w.upos not in _NAMES and not (w.upos == "PRON" and not relative_pronoun(w.text)):
        return None
    while w.deprel in ("flat", "compound", "fixed") and 0 <= w.head < aux[0].index:
        w = s.words[w.head]
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
    if len(objects) < 2 or objects[0].text not in CURRENCY_SIGNS or objects[1].upos not in _NAMES:
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
            that is not None and that.index > 0 and (s.words[that.index - 1].upos in _NAMES
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
    for k in s.kids[verb.index]:
        if k.index > obj.index and k.deprel not in ("conj", "cc", "punct", "parataxis", "ccomp") \
                and not _free_participle(s, k) and not any(_is_cue_verb(x) for x in s.subtree(k) if x.end <= cut):
            end = max(end, s.span(k)[1])
    end = min(end, cut)
    if end <= at.end:
        return None
    return (s.span(obj)[0], end), None


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
    not what (`reported on Monday`, `argued for years`; not `warned of a recession next year`)."""
    passive = any(k.deprel in ("nsubj:pass", "aux:pass") for k in s.kids[verb.index]) \
        and _unmarked_passive(s, verb) is None  # `Nurses complained of ...` with no `be`: active
    if passive and verb.lemma not in LISTENER_VERBS | QUESTIONING_VERBS:
        return None  # `was asked about the tax`: the passive subject is the listener, the topic still follows
    openers = PREPOSITION_REPORTS.get(verb.lemma, frozenset())
    for k in s.kids[verb.index]:
        if k.index < verb.index or k.upos not in _NAMES and k.text not in CURRENCY_SIGNS:
            continue  # (`said about $4,000`: the sign, tagged a symbol, heads the amount)
        aside = frozenset(c.index for c in s.kids[k.index] if c.deprel == "acl:relcl" and _set_off(s, c))
        if k.deprel == "obj" and any(_stray_gerund_object(s, verb, g) is k for g in s.kids[verb.index]
                                     if verb.index < g.index < k.index):
            continue  # `denied targeting civilians`: the `-ing` verb's object, `gerund` reads the clause
        if k.deprel == "obj" and k.upos in _NAMES and (verb.lemma in reports or reports is NOUN_REPORTS and _claim_rejected(
                s, verb, k)) \
                and not time_word(k.text) and not passive \
                and not _calendar_time(s, k.index) and not to_infinitive(s.kids[verb.index]):
            end = _owned_cut(s, k.index, _noun_phrase_end(s, verb, k, aside))  # `disputed his claim that the vote
            # was rigged`: the claim, its clause the owner's (`noun-cue`)
            if _subject_then_past(s, verb, end):
                return None  # `alleges the company ignored safety warnings`: a clause, `rest-of-sentence`'s
            end = _valued_at(s, verb, end)
            if verb.lemma in AS_ONLY_REPORTS and (speaker is None or not any(
                    w.text.lower() == "as" and w.index > k.index and w.end <= end for w in s.words)):
                return None  # `described the dinner`: a thing told of, no claim (`described it as ...` is one,
                # said by someone the parse names)
            start = s.span(k)[0]
            first = s.words[s.word_range((start, end))[0]]  # `disclosed her ties to the mayor` with `her` taken
            if first.index - 1 > verb.index and _possessive_before(s, first):  # for an object of its own: a possessive,
                start = s.words[first.index - 1].start  # the noun phrase's
            return (start, end), None
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
                and not _unquestioned(s, verb, case):
            if k.upos not in _NAMES and not amount:
                continue  # a sign heads no topic (`spoke of $5 bills`), only an amount after `about`
            dropped = aside if amount else aside | {case.index}  # `said about six weeks`: how many, not what of
            end = _noun_phrase_end(s, verb, k, aside)
            if amount:  # `said about $4,000` with the number hung from the verb: the amount runs on over it
                nxt = next((w for w in s.words if w.start >= end), None)
                while nxt is not None and nxt.upos == "NUM" and nxt.start == end:
                    end = nxt.end
                    nxt = s.words[nxt.index + 1] if nxt.index + 1 < len(s.words) else None
                if nxt is not None and (nxt.upos == "AUX" or nxt.xpos in _FINITE | {"MD"}):
                    return None  # `said about 40 percent of the budget would go to roads`: the amount is a clause's subject
            return _with_noun_cue_clause(s, k, (s.span(k, dropped)[0], end)), None
    return _bounded_amount(s, verb, reports, passive) or _misread_object(s, verb, reports, passive)


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
    while noun.head > noun.index and noun.upos in ("NUM", "SYM") and s.words[noun.head].upos in _NAMES | {"NUM"}:
        noun = s.words[noun.head]  # `2` -> `feet`, `$` -> `billion`: the counted noun heads the amount
    end = max(_noun_phrase_end(s, verb, noun, frozenset()), noun.end)
    j = i
    while j < len(s.words) and (s.words[j].upos in _AMOUNT_PHRASE_TAGS or s.words[j].xpos == "VBG"):
        j += 1  # the amount and the words of its noun phrase (`four smiling volunteers`), read from the words
    for w in [s.words[j]] if j < len(s.words) else []:
        if w.upos == "AUX" or w.xpos in _FINITE | {"MD"} or _past_then_phrase(s, w.index):
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
    if k.upos not in _NAMES or time_word(k.text) or _calendar_time(s, k.index):
        return None
    aside = frozenset(c.index for c in s.kids[k.index] if c.deprel == "acl:relcl" and _set_off(s, c))
    end = _owned_cut(s, k.index, _noun_phrase_end(s, verb, k, aside))
    return (s.words[verb.index + 1].start, end), None


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
    objects = [k for k in kids if k.deprel in ("obj", "iobj")]
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


def _clause_done(s: Parsed, i: int) -> bool:
    """Whether word `i` may close a clause: a noun, name, pronoun or number (its object's last word), or a
    participle or adjective right after its auxiliary or copula (`was stolen`, `was illegal`, `were
    truly unfair`)."""
    w = s.words[i]
    j = i - 1
    while j > 0 and s.words[j].upos == "ADV":
        j -= 1
    return w.upos in ("NOUN", "PROPN", "PRON", "NUM") or (
        (w.xpos == "VBN" or w.upos == "ADJ") and j >= 0 and s.words[j].upos == "AUX")


def _past_then_phrase(s: Parsed, i: int) -> bool:
    """Whether word `i` is a lower-case `-ed` verb (past or participle, whatever the parse made of it), or a
    past that is no participle (`PAST_ONLY_FORMS`: `drew`, `took`), and a noun phrase opens right after it with no preposition and no word of time (`ignored safety warnings`,
    `angered voters`; not `approved by the board`, `signed Monday`): a verb with its object."""
    if i + 1 >= len(s.words):
        return False
    w, nxt = s.words[i], s.words[i + 1]
    return w.upos == "VERB" and w.xpos in ("VBD", "VBN") and w.text.islower() \
        and (w.text.endswith("ed") or w.text in PAST_ONLY_FORMS) \
        and nxt.upos in ("DET", "NOUN", "ADJ", "PRON", "NUM", "PROPN") and not time_word(nxt.text) \
        and nxt.text.lower() not in TIME_OPENERS - {"the", "that", "this"}


def _time_object(s: Parsed, verb: Word, speaker: Word | None) -> _Content | None:
    """`the plan the council first proposed two months ago`, `as the Ledger reported a few days later`:
    a cue whose object is a stretch of time and nothing more (`_span_words`: `that same day`, `last
    July`; no other noun phrase after the cue, and no bare word of time, left to `reported-object`) tells
    when it spoke, not what: with no clause rule before it answering, it reports nothing."""
    kids = [k for k in s.kids[verb.index] if k.index > verb.index and k.upos in _NAMES]
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
            w.upos in ("VERB", "AUX") or w.text.lower() == "that" or w.text in MARK_CHARS
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
    objects = [k for k in s.kids[verb.index] if k.index > verb.index and k.deprel in ("obj", "iobj")]
    if len(objects) < 2 or any(k.upos not in _NOMINAL for k in objects):
        return None
    return _NOTHING


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
    opens = before.text.lower() in PHRASE_DETERMINERS or before.xpos == "PRP$" or before.text.lower() in ("'s", "\u2019s") \
        or (before.upos == "ADP" and before.text.lower() not in ("as", "than"))
    if not opens or relative_pronoun(before.text) or not after.text.islower():
        return None
    j = i + 1
    while j < len(words) and words[j].upos == "ADJ" and words[j].text.islower():
        j += 1
    return _NOTHING if j < len(words) and words[j].upos == "NOUN" else None


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
    if topic.upos not in _NAMES or time_word(topic.text):
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
    belongs to the verb, whatever the parse hung it from: the topic's noun phrase is reported."""
    openers = PREPOSITION_REPORTS.get(verb.lemma)
    if verb.lemma not in LISTENER_VERBS | QUESTIONING_VERBS or not openers or verb.lemma in ADJACENT_TOPIC_VERBS:
        return None  # (`tell a fuller version of his story`: `of` after `tell`'s object is the object's own)
    listener = next((k for k in s.kids[verb.index] if k.deprel in ("obj", "iobj") and k.index > verb.index), None)
    if listener is None or verb.lemma in QUESTIONING_VERBS and (to_infinitive(s.kids[verb.index]) or not (
            listener.upos in ("PROPN", "PRON") or source_word(listener.text))):
        return None  # `questioned the senator's remarks about the war`: what is doubted, no one questioned
    for k in s.kids[listener.index]:
        case = next((c for c in s.kids[k.index] if c.deprel == "case" and c.index < k.index), None)
        if k.index > listener.index and k.deprel.startswith("nmod") and k.upos in _NAMES \
                and case is not None and case.lemma in openers:
            aside = frozenset(c.index for c in s.kids[k.index] if c.deprel == "acl:relcl" and _set_off(s, c))
            return _with_noun_cue_clause(s, k, s.span(k, aside | {case.index})), None
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
    if subject is None or subject.upos not in _NAMES or time_word(subject.text):
        return None
    return s.span(subject), None


def _set_off(s: Parsed, w: Word) -> bool:
    """Whether the phrase under `w` is set off by a comma before it (`his candidacy, which was no
    surprise`: the writer's aside, not what was reported)."""
    first = s.subtree(w)[0]
    return first.text == "," or (first.index > 0 and s.words[first.index - 1].text == ",")


def _noun_phrase_end(s: Parsed, verb: Word, noun: Word, aside: frozenset[int]) -> int:
    """Where the noun phrase headed by `noun` ends, with what English joins to a noun right after it
    that the parse hung from the verb: an infinitive (`announced plans to raise ...`), a phrase
    of `of`, `for`, `about`, `to`, `in`, ... (`a request for comment`, `denied any role in the
    attack`, `her ties to the mayor`) or `by name` (`never mentioned Lee by
    name`), or a past participle with its agent (`the plan approved by the board`), never one of time
    (`on Tuesday`); the phrases under `aside` left out. A `to` before a noun
    opens such a phrase whatever the parse made of it (`demanded deep cuts to foreign aid`), and a currency
    sign ending it takes the numbers right after it (`a surplus of $2 million`), wherever the parse hung them."""
    if aside:
        return s.span(noun, aside)[1]
    last, end = max(w.index for w in s.subtree(noun)), s.span(noun)[1]
    for k in s.kids[verb.index]:
        if k.index <= last:
            continue
        sub = s.subtree(k)
        infinitive = k.deprel in ("xcomp", "advcl") and to_infinitive(s.kids[k.index])
        # a phrase of `of` ending in a word of time still joins the noun (`a rise of 3% next year`): no verb
        # tells its time with `of`
        linked = k.deprel.startswith(("obl", "nmod")) and any(
            c.deprel == "case" and c.lemma in _NOUN_LINKS and c.index == sub[0].index
            and (c.lemma == "of" or not time_word(k.text)) for c in s.kids[k.index])
        # `demanded deep cuts to foreign aid` with `to` taken for an infinitive's: before a noun it is a preposition
        linked = linked or (k.upos in ("NOUN", "PROPN") and sub[0].index != k.index and not time_word(k.text)
                            and sub[0].text.lower() in _NOUN_LINKS and sub[0].head == k.index)
        # `condemned the attack in the strongest terms`, `criticized the plan in a speech`: how or where it was
        # said, not part of what
        linked = linked and not (sub[0].text.lower() == "in" and (k.text.lower() in SAYING_MANNER_NOUNS or len(sub) > 2
                                 and sub[1].text.lower() in ("a", "an") and k.text.lower() in OCCASION_NOUNS))
        # `confirmed the arrest to our correspondent on Sunday`: those it was passed on to, not part of what
        linked = linked and not (sub[0].text.lower() == "to" and k.text.lower() in TOLD_AUDIENCES)
        by_name = k.lemma == "name" and len(sub) == 2 and sub[0].lemma == "by"  # `mentioned Lee by name`
        # `announced the plan approved by the board`: a past participle and its agent restrict the noun
        agent = k.xpos == "VBN" and sub[0].index == k.index and k.text.islower() and k.index + 1 < len(s.words) \
            and s.words[k.index + 1].text.lower() == "by" and not any(c.deprel.startswith("nsubj") for c in s.kids[k.index])
        # `told of children being turned away`: after a preposition's noun, an `-ing` clause it is the subject of
        gerund = any(c.deprel == "case" for c in s.kids[noun.index]) and _subject_gerund(s, k, sub[0])
        if sub[0].index != last + 1 or not (infinitive or linked or by_name or agent or gerund):
            break
        last, end = sub[-1].index, s.span(k)[1]
    if s.words[last].text in CURRENCY_SIGNS:  # `a surplus of $2 million` with the number hung elsewhere: the sign's
        while last + 1 < len(s.words) and s.words[last + 1].upos == "NUM":
            last, end = last + 1, s.words[last + 1].end
    return end


def _subject_gerund(s: Parsed, k: Word, first: Word) -> bool:
    """`told of children being turned away`, `warned of prices rising`: a lower-case `-ing` verb, or `being` or
    `having` before its verb, right after a noun after a preposition (`first`, the first word of the clause `k` the parse hung from the
    cue) with no subject, `that` or comma of its own: the noun is its subject, and the clause is part of what was
    told, not the cue's own doing."""
    return first.xpos == "VBG" and first.text.islower() and k.deprel in ("advcl", "xcomp", "acl", "ccomp", "dep") \
        and (first is k or (first.head == k.index and first.deprel.startswith("aux") and k.xpos in ("VBN", "VBG")))\
        and not any(c.deprel.startswith(("nsubj", "mark", "csubj")) for c in s.kids[k.index])


def _complementizer(s: Parsed, clause: Word) -> Word | None:
    """The clause's `that`, `whether` or `if`, if it has one."""
    return next((m for m in s.kids[clause.index] if m.deprel == "mark" and m.lemma in _COMPLEMENTIZERS), None)


def _bare_noun(s: Parsed, w: Word) -> bool:
    """A noun with no subject or copula of its own: no clause, whatever the parse calls it (`said
    Mark Jones, a political scientist` with the apposition taken for a complement)."""
    return w.upos in _NOMINAL and not any(k.deprel in ("cop", "nsubj", "nsubj:pass") for k in s.kids[w.index])


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
            cc = next((m for m in own if m.deprel == "cc" and m.index == last + 1 and m.lemma in ("and", "or")), None)
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
    return k.deprel == "compound:prt" and PHRASAL_CUES.get(verb.lemma) != k.text.lower()


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
    journalists`); the content ends before its comma."""
    for w in s.subtree(clause):
        if w.index > clause.index and w.xpos == "VBG" and w.deprel in ("advcl", "xcomp", "conj", "acl"):
            opener = s.words[w.index - 1]
            if opener.text.lower() in ("while", "when") and opener.index > clause.index:
                w = opener
            comma = _comma_before(s, w)
            if comma is not None:  # `were "deeply misleading," citing ...`: the quotation's marks stay in
                return s.words[w.index - 1].end if comma < w.index - 1 else s.words[comma - 1].end
    return s.words[-1].end


def _occasion_cut(s: Parsed, end: int) -> int:
    """`said it will not negotiate, in a statement signed by its spokesman, Jo Hart`, `said the bridge
    would reopen, in an interview on Sunday`: a phrase opened by `in` or `during` whose noun (within
    three words) names what the words were said in (`OCCASION_NOUNS`), set off by a comma and closing the
    sentence with no finite verb of its own after it, tells where the speaker said them, whatever the
    parse hung it from: the content (ending at character `end`) ends before its comma."""
    for i, w in enumerate(s.words):
        if w.start >= end or i == 0 or s.words[i - 1].text != "," or w.text.lower() not in ("in", "during"):
            continue
        noun = next((k for k in s.words[i + 1:i + 5] if k.upos in ("NOUN", "PROPN")), None)
        if noun is None or noun.text.lower() not in OCCASION_NOUNS \
                or any(k.upos in ("VERB", "AUX") and k.xpos in FINITE_TAGS for k in s.words[i + 1:]):
            continue
        return s.words[i - 2].end
    return end


def _comma_before(s: Parsed, w: Word, breaks: frozenset[str] = frozenset({","})) -> int | None:
    """The index of the comma (or other break in `breaks`) that sets `w` off, right before it or
    inside the closing marks of a quotation that ends there (`"...," citing`); None if there is none."""
    i = w.index - 1
    while i > 0 and s.words[i].text and not s.words[i].text.strip(MARK_CHARS):
        i -= 1
    return i if i >= 0 and s.words[i].text in breaks else None


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
        elif time_word(w.text) and w.head == verb.index and w.deprel in ("obj", "iobj") \
                and i + 1 < len(s.words) and s.words[i + 1].text.lower() == "that":
            i += 1  # `warned Tuesday that cases of ...` with the day taken for the one warned: its time
        elif listener and w.head == verb.index and w.deprel in ("obj", "iobj"):
            i = max(x.index for x in s.subtree(w)) + 1
            i = next((x.index for x in s.subtree(w) if _complementizer_that(s, x)), i)
            i = next((told for x in s.subtree(w) if x.index > w.index
                      and (told := _told_after_time_clause(s, x.index, limit)) is not None), i)
            listener = False
        elif verb.lemma in LISTENER_VERBS and not listener and w.head == verb.index and w.deprel in ("obj", "iobj") \
                and w.upos == "PROPN" and w.text[:1].isupper() and not time_word(w.text) and s.words[i - 1].upos == "PROPN" \
                and s.words[i - 1].text[:1].isupper() and s.words[i - 1].end < w.start \
                and i + 1 < len(s.words) and s.words[i + 1].text.lower() in QUESTION_OPENERS | {"that"}:
            i += 1  # `asked Ann Ruiz why ...`: a name the parse made two listeners is one listener
        elif (told := _told_after_time_clause(s, i, limit)) is not None and told > i:
            i = told
        else:
            break
    return s.words[i].start if i < len(s.words) and s.words[i].start < limit else limit


# Words that open a clause of a point in time that may stand between a cue (or its listener) and what it
# reports (`told residents after the storm passed the roads would reopen`): not `while`, which opens a
# contrast within what was said as often (`said while sales fell, profits rose`), nor `until` or `whenever`,
# a stretch or a habit, never when a single act of saying happened (`said until the rules change nothing
# will happen`: all of it said).
_CUE_TIME_CLAUSE_OPENERS = TIME_SUBORDINATORS - {"while", "until", "whenever"}
_TIME_CLAUSE_WORDS = 8  # the most words from a clause of time's subject to the reported clause's verb


def _told_after_time_clause(s: Parsed, i: int, limit: int) -> int | None:
    """`told residents after the storm passed the roads would reopen`, `said once the vote ended they would
    appeal`: a clause of time opening at word `i` after a cue or its listener (`_CUE_TIME_CLAUSE_OPENERS`,
    then a subject and its finite verb, no verb of saying: not `after Ruiz said the plan ...`, whose clause is
    hers), followed, with no punctuation but a comma, by a noun phrase and a finite verb of its own (from its
    determiner or pronoun: `the roads would`) in the present or a modal, ahead of the time clause: when it was
    said, and the clause after it what was said.  Not a clause in the past after it (`said after officers
    searched the house they found cash`, `said when the team lost he felt sick`): events in their order, all
    of them told: the index of the clause of time's first word, then.  The index of the clause told's first
    word; None where no such pair of clauses follows."""
    words = s.words
    if words[i].text.lower() not in _CUE_TIME_CLAUSE_OPENERS or i + 2 >= len(words) \
            or not _subject_word(words[i + 1:]):
        return None
    end = next((j for j in range(i + 1, len(words)) if words[j].start >= limit), len(words))
    first = next((j for j in range(i + 2, min(i + 5, end)) if words[j].xpos in _FINITE), None)
    if first is None or _is_cue_verb(words[first]) or any(w.upos in ("VERB", "AUX") and w.xpos not in _FINITE
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
    if top.head != verb.index or top.deprel not in ("obj", "iobj") \
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
    said to be`), whose `to` opens an infinitive.  The index of that `that`; None where no such phrase opens
    at `w`."""
    if w.text.lower() != "to" or w.index != verb.index + 1 or verb.lemma not in TO_LISTENER_VERBS \
            or any(k.deprel in ("aux:pass", "nsubj:pass") for k in s.kids[verb.index]) \
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
    if sub[0].index != w.index or end >= len(s.words) or s.words[end].text.lower() not in _COMPLEMENTIZERS:
        return None
    return end


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
    if frame is None or frame[1] < len(s.words):
        return None  # the verb goes on to an object or clause of its own: `..., he announced a plan`
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
        if not rest or rest[0].xpos == "VBG" or not any(w.upos in ("VERB", "AUX") for w in rest):
            return None  # `..., he said, adding ...`; `..., he said, in a speech.`
    elif _reported_continuation(s, rest):
        own = set()  # `..., he said, because ...` with the `because` clause hung from the cue
    else:
        own = {x.index for x in s.subtree(verb)}
    if len(rest) < 2 or any(w.index in own or _is_cue_verb(w) for w in rest):
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
    return first.xpos in _FINITE and first.upos in ("VERB", "AUX") and rest[1].upos not in _NOMINAL | {"DET"}


def _set_off_pronoun_tag(s: Parsed, verb: Word) -> bool:
    """`Those who can vote, he said, must still register` with `he said` parsed as a relative clause: a
    finite verb of saying between commas right after a personal pronoun that follows the first of them
    is a reporting clause set within its sentence; a relative clause set off by commas opens with a
    relative word, never with `he` or `they`."""
    i = verb.index
    return verb.xpos in _FINITE and verb.lemma in SAY_VERBS and 2 <= i - 1 and i + 1 < len(s.words) \
        and s.words[i + 1].text == "," and s.words[i - 1].text.lower() in NOMINATIVE_PRONOUNS \
        and s.words[i - 2].text == ","


def _paper_kind(s: Parsed, w: Word) -> bool:
    """`charging documents`, `sentencing memo`: an `-ing` word that names a kind of court or police paper
    (`PAPER_MODIFIERS`) right before a noun is part of that noun phrase, whatever its tag, no verb."""
    return w.text.lower() in PAPER_MODIFIERS and w.index + 1 < len(s.words) and s.words[w.index + 1].upos == "NOUN"


def _own_auxiliary(s: Parsed, verb: Word, speaker: Word | None, comma: int, w: Word) -> bool:
    """`The tax, Lee has argued, falls ...`, `..., critics have long said, ...`: a form of `have` the parse
    hung from the cue as its auxiliary, right before it or an adverb before it, after the cue's subject
    opening right after the comma (a perfect tense of the reporting clause, no verb of its own; not `...,
    something she has asked of ...`, `..., an arrangement the campaign has criticized`: a noun the clause
    tells of)."""
    return w.lemma == "have" and w.head == verb.index and w.deprel == "aux" and verb.xpos == "VBN" \
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
            w.upos in ("VERB", "AUX") and not _paper_kind(s, w) and not _own_auxiliary(s, verb, speaker, comma, w)
            for w in s.words[comma + 1:verb.index]) \
            or any(k.deprel == "cc" and k.index > comma for k in s.kids[verb.index]):
        return None  # `They met, and he said`: the words between are a clause of their own
    if s.words[comma + 1].text.lower() in RELATIVE_PRONOUNS and comma + 1 < verb.index:
        return None  # `The figure, which the mayor repeated, is wrong`: a relative clause, no reporting clause
    if s.words[comma + 1].text.lower() in (SUBORDINATE_OPENERS | {"whereas", "whilst"}) - {"as"} \
            and comma + 1 < verb.index:
        return None  # `Residents said the river rose, while officials urged calm`: a subordinate clause of its own
    if speaker is not None and any(w.text in _CLAUSE_BREAKS for w in s.words[speaker.index + 1:comma]):
        return None  # `Ann Ruiz, who ..., responded`: the comma closes an aside set off after the speaker
    if speaker is not None and comma + 2 < speaker.index and s.words[comma + 1].text.lower() in COMMA_ASIDE_OPENERS \
            and any(w.text.lower() in SUMMARY_NOUNS for w in s.words[comma + 2:min(comma + 5, speaker.index)]):
        return None  # `..., a charge the governor's office rejected`: the cue tells of the summing noun, no tag
    if root and not impersonal and (speaker is None or not (comma < speaker.index < verb.index or (
            comma == verb.index - 1 and speaker.index > verb.index and _closing_inversion(s, verb)))):
        return None
    own = {w.index for w in s.subtree(speaker)} if speaker is not None else set()
    for k in s.kids[verb.index]:
        if k.index > verb.index and not _quantity_start(s, s.subtree(k)[0].index) and (
                k.deprel in _AFTER_REPORT or _own_adverbial(s, k) or (
                verb.lemma in LISTENER_VERBS and k.deprel in ("obj", "iobj")) or (
                speaker is not None and verb.index < speaker.index < k.index and _bare_noun(s, k))):
            own |= {w.index for w in s.subtree(k)}  # ... and `said Mark Toner, a spokesman` parsed as two
    after = next((w.index for w in s.words[verb.index + 1:]
                  if w.index not in own and (w.upos != "PUNCT" or w.text in _CLAUSE_BREAKS)), len(s.words))
    after = _tag_time(s, after)
    top = verb
    while top.head >= 0:
        top = s.words[top.head]
    start = s.span(top)[0]
    if start > s.words[comma - 1].start:
        return None
    if root and not any(w.upos in ("VERB", "AUX") and w.xpos in _FINITE for w in s.words[:comma]) \
            and not _subject_split(s, after):
        return None, after  # `Now, she said, ...`, `In an interview, he said, ...`: no clause before the comma
    return (start, s.words[comma - 1].end), after


SPLIT_TAG_WORDS = 6  # the most words a tag set within a split quotation has before its verb
SPLIT_TAG_REACH = 24  # ... and the most after it (a description of the speaker set off: `said Vale, 52, of Dayton,`)


def _split_tag_end(s: Parsed, start: int, comma: int) -> int | None:
    """`"We are ready," said the coach, "and so are the fans," he added.`: a cue's content before it
    (from character `start`, up to word index `comma`) that runs back over an earlier tag set within a
    split quotation (a quotation closing on `,`, `?` or `!`, a cue verb with its own few words, a comma
    and an opening mark) holds that tag's report too: what this cue reports begins after that tag.
    The index of the opening mark after the last such tag, else None."""
    for w in reversed(s.words[:comma]):
        if w.start < start:
            return None
        if not _is_cue_verb(w):
            continue
        j = _split_tag_opening(s, w, comma)
        if j is not None:
            return j
    return None


def _split_tag_opening(s: Parsed, w: Word, comma: int) -> int | None:
    """`"We are ready," said the coach, "and ..."`: whether cue verb `w` is a tag set within a split
    quotation (a quotation closing on `,`, `?` or `!`, the verb with its own few words, a comma and an
    opening mark before word index `comma`): the index of that opening mark, else None."""
    i = w.index - 1
    while i > 0 and s.words[i].upos != "PUNCT" and w.index - i <= SPLIT_TAG_WORDS:
        i -= 1
    j = w.index + 1   # on to the next quotation mark: the speaker may have a description set off
    while j < comma and s.words[j].text.strip(MARK_CHARS) != "" and j - w.index <= SPLIT_TAG_REACH:
        j += 1
    if i > 0 and s.words[i].text.strip(MARK_CHARS) == "" and s.words[i - 1].text in (",", "?", "!") \
            and j < comma and s.words[j - 1].text == "," and s.words[j].text.strip(MARK_CHARS) == "":
        return j
    return None


def _split_quote_close(s: Parsed, opening: int, stop: int) -> int | None:
    """`"The numbers," he said, "don't lie" -- but they can mislead, critics say.`: the second part of a
    split quotation, opening at word `opening` after its tag, that closes before a later cue's content
    ends (word `stop`), with words of the writer's after it, is the tag's to the close: the later cue
    reports only what follows (past the punctuation and the `and`, `but` joining it).  The index of the
    first word it reports, else None (the part runs on to the later cue: `"A," said the coach, "B," he
    added`, B is the later cue's)."""
    close = next((x.index for x in s.words[opening + 1:stop] if x.upos == "PUNCT" and x.text.strip(MARK_CHARS) == ""),
                 None)
    if close is None:
        return None
    first = next((x.index for x in s.words[close + 1:stop] if x.upos not in ("PUNCT", "CCONJ")), None)
    if first is None or any(x.text.strip(MARK_CHARS) == "" and x.upos == "PUNCT" for x in s.words[first:stop]):
        return None   # nothing of the writer's after it, or another quotation: left as it was
    return first


def _tag_time(s: Parsed, after: int) -> int:
    """`Prices, the mayor said Tuesday, will rise`: the words from word `after` (the first after a cue's own
    words) to the next clause break, when they tell when it was said (`_time_tail`) and hold no verb,
    belong to the reporting clause however the parse hung them: the index of that break (else `after`)."""
    stop = next((w.index for w in s.words[after:] if w.text in _CLAUSE_BREAKS), None)
    if stop is None:
        return after
    tail = [w for w in s.words[after:stop] if w.upos != "PUNCT"]
    if not tail or not _time_tail(tail) or any(w.upos in ("VERB", "AUX") for w in tail):
        return after
    return stop


def _subject_split(s: Parsed, after: int) -> bool:
    """`Any attempt to fix it, he said, becomes hopeless`: a reporting clause set off by commas and
    followed right away by a finite verb splits the reported clause after its subject (the words
    before the comma)."""
    return after + 1 < len(s.words) and s.words[after].text == "," and s.words[after + 1].xpos in _FINITE \
        and s.words[after + 1].upos in ("VERB", "AUX")


def _as_clause(s: Parsed, verb: Word) -> Word | None:
    """`As the paper noted, ...`, `..., as Dayen noted.`: a reporting clause opened by `as` and a
    noun phrase (`As one aide noted`: a number may open it), and with no object or complement (`as` stands for it; `as he congratulated
    Trump` is a time; the `it` of `as one aide put it` is the cue's own word), reports the clause it
    hangs from.  Its `as` (whatever the parse made of it).
    Not one whose verb has its message after its own preposition (`as it commented on the rules`, `as
    voters responded to the law`: `PREPOSITION_REPORTS`), nor one whose subject is a time (`As the day
    went on`), nor the second term of a comparison (`as polite as it was pointed`): a time or a measure."""
    particle = _phrasal_word(s, verb)  # `As one aide put it, ...`: the `it` of the cue's phrase is no object
    kids = [k for k in s.kids[verb.index] if particle is None or k.index != particle.index]
    if verb.head < 0 or any(k.deprel in ("obj", "iobj", "xcomp", "ccomp", "csubj") or (
            k.deprel == "advcl" and not _own_adverbial(s, k)) for k in kids):
        return None
    topics = PREPOSITION_REPORTS.get(verb.lemma, frozenset())
    if any(k.deprel.startswith("obl") and k.index > verb.index and not time_word(k.text) and any(
            c.deprel == "case" and c.lemma in topics for c in s.kids[k.index]) for k in kids) \
            or any(k.deprel in _SUBJECTS and k.text.lower() in TIME_NOUNS for k in kids):
        return None
    sub = [w for w in s.subtree(verb) if w.upos != "PUNCT"]
    if len(sub) < 3 or sub[0].text.lower() != "as" or (sub[1].upos not in _NOMINAL | {"DET", "ADJ", "NUM"}
                                                        and not _as_passive(s, sub, verb)) \
            or (sub[0].index > 0 and s.words[sub[0].index - 1].upos in ("ADV", "ADJ")):
        return None  # `as long as they say so`: a condition, not a report
    if sub[0].index >= 2 and s.words[sub[0].index - 2].text.lower() in ("as", "so"):
        return None  # `as polite as it was pointed`: a comparison (the tagger may call `polite` a noun)
    return sub[0]


def _as_passive(s: Parsed, sub: Sequence[Word], verb: Word) -> bool:
    """`As reported by the Ledger, ...`, `As first noted by Reuters, ...`: `as` opening its sentence,
    adverbs at most, then the cue's past participle with its agent's `by` right after it: a passive
    reporting clause (the agent speaks), `as` standing for what it reports (mid-sentence, `..., as
    described by X`, the clause it hangs from is often not what was reported)."""
    rest = [w for w in sub[1:] if w.index < verb.index]
    opens = all(w.upos == "PUNCT" for w in s.words[:sub[0].index])
    return opens and verb.xpos == "VBN" and all(w.upos == "ADV" for w in rest) and verb.index + 1 < len(s.words) \
        and s.words[verb.index + 1].text.lower() == "by"


def _own_adverbial(s: Parsed, clause: Word) -> bool:
    """`..., Wilkin said during his speech to be a delegate`, `..., he said after she won`: an
    adverbial clause, subjectless or opened by a subordinator, that runs on from the reporting
    clause with no comma is the reporter's, not more of what was said (`how hard it is` is)."""
    if clause.deprel != "advcl":
        return False
    opened = any(k.deprel == "mark" and k.upos == "SCONJ" and k.lemma not in _COMPLEMENTIZERS
                 for k in s.kids[clause.index])
    if not opened and any(k.deprel in _SUBJECTS for k in s.kids[clause.index]):
        return False
    first = next((w for w in s.subtree(clause) if w.upos != "PUNCT"), clause)
    return first.upos != "CCONJ" and first.index > 0 and s.words[first.index - 1].text not in _CLAUSE_BREAKS


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
    if start >= rest[-1].end or not _has_clause(said, verb.lemma in OBJECT_CUES):
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
            and (after >= len(s.words) or s.words[after].upos not in ("DET", "PRON", "NOUN", "PROPN", "NUM")):
        return None  # `She told the court and then left`: after the listener, her next act, nothing told
    if verb.xpos == "VBG" and verb.deprel.startswith("acl") and _governor_after(s, verb):
        return None  # `a gunman claiming allegiance to the group carried out ...`: the clause holds the cue
    return start, rest[-1].end


def _after_conjunction(s: Parsed, w: Word) -> bool:
    """Whether a coordinating conjunction comes right before word `w` (adverbs between: `and then left`)."""
    i = w.index - 1
    while i >= 0 and s.words[i].upos == "ADV":
        i -= 1
    return i >= 0 and s.words[i].upos == "CCONJ"


def _fronted_participle_end(s: Parsed, verb: Word, rest: Sequence[Word]) -> int:
    """`Noting he had studied law, Lee said ...`: a participle opening its sentence, within the clause
    of a verb after it, reports no further than its first comma, which closes the phrase it opens
    (with a quotation's closing mark right after it), and nothing when no comma comes before the
    verb it hangs from.  How many of the words after the cue (`rest`) are its own."""
    if verb.xpos != "VBG" or not _governor_after(s, verb) or any(w.upos != "PUNCT" for w in s.words[:verb.index]):
        return len(rest)
    governor = s.words[verb.head]
    while governor.index < verb.index and governor.head >= 0:
        governor = s.words[governor.head]
    comma = next((i for i, w in enumerate(rest) if w.text == ","), None)
    if comma is None or rest[comma].index > governor.index:
        return 0
    end = comma
    while end + 1 < len(rest) and rest[end + 1].text.strip(MARK_CHARS) == "" and rest[end + 1].upos == "PUNCT":
        end += 1  # `Admitting that he "went too far," Lee said`: the closing mark goes with the words
    return comma if end == comma else end + 1


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
            if opening is None:
                opening = _described_aside(s, w.index)
            if opening is not None and opening < verb.index:
                return i
    return len(rest)


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
    word after a preposition and a determiner, or after the nouns of such a phrase: `in a stock exchange
    filing`, whatever its tag): the reported words start at the
    first `that` or subject of a finite verb after that phrase's noun, to the sentence's end."""
    top = _verb_adjunct(s, rest[0], verb)
    if top is None:
        return None
    for w in rest:
        if w.index <= top.index or w.upos == "PUNCT":
            continue
        if w.index == top.index + 1 and w.xpos == "VBG" and top.upos == "NOUN" \
                and any(k.deprel == "det" for k in s.kids[top.index]):
            continue  # `said in a stock exchange filing that ...`: an `-ing` noun closing the phrase, whatever its tag
        after = s.words[w.index + 1] if w.index + 1 < len(s.words) else None
        if (w.text.lower() == "that" and after is not None and after.upos not in ("VERB", "AUX")) or (
                w.deprel == "nsubj" and w.upos in _NOMINAL and not relative_pronoun(w.text) and w.head > w.index
                and s.words[w.head].xpos in _FINITE):
            return w.start, rest[-1].end  # not `in a speech that lasted ...`: a relative clause of the phrase
        if (w.upos in ("VERB", "AUX") and w.deprel not in ("amod", "compound")) or w.text == ",":
            return None  # a clause of the phrase's own (`in a speech given ...`), or the phrase goes on
    return None


def _has_clause(rest: Sequence[Word], opening: bool) -> bool:
    """Whether words hold a clause: a finite verb anywhere, unless the clause must be `opening`
    them; or, whatever tag the tagger gave the verb (`said the minister stood by`), a noun phrase
    then its verb, no infinitive, with no comma, conjunction, relative or subordinating word before
    it (not `denied the charges and left`); a participle between a determiner or number and its noun
    (`four smiling volunteers`) is within the noun phrase."""
    if not opening and any(w.xpos in _FINITE for w in rest):
        return True
    if rest and rest[0].text.lower() == "that":
        rest = rest[1:]
    nominal = False
    for prev, w, nxt in zip((None, *rest), rest, (*rest[1:], None)):
        if w.upos in ("VERB", "AUX") and w.xpos == "VBG" and nominal:
            continue  # `the crowd of shoppers passing by was`: a participle within the noun phrase
        if w.text.lower() in PARTICIPLE_NOUNS and prev is not None and prev.text.lower() == "the":
            nominal = True
            continue  # `the accused had lied`: a participle that names a person, a noun
        if w.upos == "VERB" and w.xpos in ("VBG", "VBN") and prev is not None and prev.upos in ("DET", "NUM", "ADJ") \
                and nxt is not None and nxt.upos in ("NOUN", "PROPN"):
            continue  # `four smiling volunteers`, `the indicted aide`: a participle between a determiner and its noun
        if w.upos in ("VERB", "AUX"):
            return nominal and (prev is None or (prev.xpos != "TO" and prev.upos != "CCONJ"))
        if w.upos in ("PUNCT", "SCONJ") or w.xpos in ("WDT", "WP", "WRB"):
            return False
        nominal = nominal or w.upos in _NOMINAL
    return False


def _according_source(s: Parsed, according: Word) -> Word | None:
    """X in `according to X`, as UD parses it (`according` a case of X) or as a verb with an oblique."""
    for k in s.kids[according.index]:
        if k.deprel.startswith("obl") or k.deprel.startswith("nmod"):
            return k
    if according.head >= 0 and according.deprel in ("case", "mark", "fixed"):
        return s.words[according.head]
    return _phrase_after_to(s, according)


def _phrase_after_to(s: Parsed, according: Word) -> Word | None:
    """`"...," according to CNN.` with `according` parsed as a verb of its own: the words settle it,
    the source is the phrase after `to` up to the next punctuation, headed by its noun that hangs
    from a word outside it."""
    to = according.index + 1
    end = next((w.index for w in s.words[to + 1:] if w.upos == "PUNCT"), len(s.words))
    return next((w for w in s.words[to + 1:end] if w.upos in _NOMINAL and not to < w.head < end), None)


def _contains(s: Parsed, root: Word, target: Word) -> bool:
    return any(x.index == target.index for x in s.subtree(root))


def _clause_without(s: Parsed, clause: Word, drop: Word, also: frozenset[int] = frozenset()) -> tuple[int, int]:
    """The clause headed by `clause` less the phrase under `drop` (and the words `also`, an aside of its
    own): the larger side of it (a closing stop the parse hung from `drop` does not make the phrase reach
    the clause's end)."""
    sub = s.subtree(clause)
    last = len(s.words) - 1  # not the sentence's closing stop, wherever the parse hung it
    cut = {w.index for w in s.subtree(drop) if not (w.upos == "PUNCT" and w.index == last)} | also
    left = [w for w in sub if w.index < min(cut) and w.upos != "PUNCT"]
    right = [w for w in sub if w.index > max(cut) and w.upos != "PUNCT"]
    side = left if len(left) >= len(right) else right
    if not side:
        return clause.start, clause.end
    end = side[-1].end
    nxt = s.words[side[-1].index + 1] if side[-1].index + 1 < len(s.words) else None
    if nxt is not None and nxt.text in _CLOSERS and nxt.index not in cut and any(
            w.text == _CLOSERS[nxt.text] for w in s.words if side[0].start <= w.start < end):
        end = nxt.end  # `Rubio (R-FL)`: the bracket closing one opened within it
    return side[0].start, end


_CLOSERS = {")": "(", "]": "["}  # a closing bracket and the one it closes


def linked(words: Sequence[Word], cue: Cue, start: int, end: int) -> bool:
    """Whether the cue's verb governs, or hangs from, a word inside [start, end)."""
    verb = cue.verb
    if verb.head >= 0 and start <= words[verb.head].start < end:
        return True
    if cue.naming and verb.index + 2 < len(words) and words[verb.index + 1].upos == "PUNCT" \
            and words[verb.index + 1].text.strip(MARK_CHARS) == "" and start <= words[verb.index + 2].start < end:
        head = words[verb.index + 2].head   # `called "reckless" last week`, `reckless` taken for a modifier of a
        if head >= 0 and not start <= words[head].start < end and words[head].head == verb.index \
                and time_word(words[head].text):  # time after it, taken for the verb's object: the name is the verb's
            return True  # (not `called "moderate" voters traitors`: there the quoted word is the object's)
        if not any(k.index > verb.index and k.upos != "PUNCT" for k in Parsed.of(words).kids[verb.index]):
            return True  # `a bill some senators called "cruel"` with `cruel` hung elsewhere: a naming verb left
            # with nothing after it names the quotation right after it
    return any(start <= k.start < end and k.deprel not in ("nsubj", "nsubj:pass", "obl:agent")
               for k in Parsed.of(words).kids[verb.index])


# Hand-written parses for rule examples that the bundled models parse otherwise.
_PARTICIPLE_ADJECTIVE_UD = """
1	Voters	voter	NOUN	NNS	_	2	nsubj	_	_
2	balked	balk	VERB	VBD	_	0	root	_	_
3	at	at	ADP	IN	_	5	mark	_	_
4	his	his	PRON	PRP$	_	5	nsubj	_	_
5	proposed	propose	VERB	VBD	_	2	advcl	_	_
6	ban	ban	NOUN	NN	_	5	obj	_	_
7	on	on	ADP	IN	_	8	case	_	_
8	fireworks	firework	NOUN	NNS	_	6	nmod	_	_
9	.	.	PUNCT	.	_	2	punct	_	_
"""
_CLAUSE_PREPOSITION_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	plant	plant	NOUN	NN	_	3	nsubj	_	_
3	closed	close	VERB	VBD	_	0	root	_	_
4	a	a	DET	DT	_	5	det	_	_
5	week	week	NOUN	NN	_	3	obl:tmod	_	_
6	after	after	ADP	IN	_	8	case	_	_
7	the	the	DET	DT	_	8	det	_	_
8	company	company	NOUN	NN	_	3	obl	_	_
9	said	say	VERB	VBD	_	3	conj	_	_
10	it	it	PRON	PRP	_	12	nsubj	_	_
11	would	would	AUX	MD	_	12	aux	_	_
12	cut	cut	VERB	VB	_	9	ccomp	_	_
13	jobs	job	NOUN	NNS	_	12	obj	_	_
14	.	.	PUNCT	.	_	3	punct	_	_
"""
_RELATIVE_HEAD_UD = """
1 Protesters protester NOUN NNS _ 9 nsubj _ _
2 chanting chant VERB VBG _ 1 acl _ _
3 " " PUNCT `` _ 4 punct _ _
4 Stop stop VERB VB _ 2 ccomp _ _
5 the the DET DT _ 6 det _ _
6 war war NOUN NN _ 4 obj _ _
7 now now ADV RB _ 4 advmod _ _
8 " " PUNCT '' _ 4 punct _ _
9 marched march VERB VBD _ 0 root _ _
10 downtown downtown ADV RB _ 9 advmod _ _
11 . . PUNCT . _ 9 punct _ _
"""
_CROSSING_UD = """
1 Jane Jane PROPN NNP _ 14 nsubj _ _
2 Doe Doe PROPN NNP _ 1 flat _ _
3 , , PUNCT , _ 4 punct _ _
4 director director NOUN NN _ 1 appos _ _
5 of of ADP IN _ 7 case _ _
6 the the DET DT _ 7 det _ _
7 fund fund NOUN NN _ 4 nmod _ _
8 , , PUNCT , _ 1 punct _ _
9 said say VERB VBD _ 0 root _ _
10 she she PRON PRP _ 11 nsubj _ _
11 thinks think VERB VBZ _ 9 ccomp _ _
12 they they PRON PRP _ 14 nsubj _ _
13 will will AUX MD _ 14 aux _ _
14 lose lose VERB VB _ 11 ccomp _ _
15 . . PUNCT . _ 9 punct _ _
"""

_SPLIT_NAME_UD = """
1 Veteran veteran ADJ JJ _ 2 amod _ _
2 pollster pollster NOUN NN _ 5 nsubj _ _
3 Dora Dora PROPN NNP _ 5 nsubj _ _
4 Quill Quill PROPN NNP _ 3 flat _ _
5 told tell VERB VBD _ 0 root _ _
6 us we PRON PRP _ 5 iobj _ _
7 that that SCONJ IN _ 10 mark _ _
8 turnout turnout NOUN NN _ 10 nsubj _ _
9 had have AUX VBD _ 10 aux _ _
10 dropped drop VERB VBN _ 5 ccomp _ _
11 . . PUNCT . _ 5 punct _ _
"""

# A parse that takes the role word for a verb and the place before it for its subject.
_ROLE_AS_VERB_UD = """
1 Ohio Ohio PROPN NNP _ 2 nsubj _ _
2 delegate delegate VERB VBP _ 0 root _ _
3 Tom Tom PROPN NNP _ 4 compound _ _
4 Baker Baker PROPN NNP _ 2 obj _ _
5 told tell VERB VBD _ 2 conj _ _
6 us we PRON PRP _ 5 iobj _ _
7 that that SCONJ IN _ 10 mark _ _
8 turnout turnout NOUN NN _ 10 nsubj _ _
9 had have AUX VBD _ 10 aux _ _
10 dropped drop VERB VBN _ 5 ccomp _ _
11 . . PUNCT . _ 2 punct _ _
"""

# Name and description as two subjects, a title of a work in the description.
_TITLED_DESCRIPTION_UD = """
1 Nora Nora PROPN NNP _ 19 nsubj _ _
2 Pike Pike PROPN NNP _ 1 flat _ _
3 , , PUNCT , _ 5 punct _ _
4 the the DET DT _ 5 det _ _
5 author author NOUN NN _ 19 nsubj _ _
6 of of ADP IN _ 9 case _ _
7 " " PUNCT `` _ 9 punct _ _
8 Small small ADJ JJ _ 9 amod _ _
9 Hours Hours PROPN NNPS _ 5 nmod _ _
10 at at ADP IN _ 11 case _ _
11 Sea Sea PROPN NNP _ 9 nmod _ _
12 , , PUNCT , _ 9 punct _ _
13 " " PUNCT '' _ 9 punct _ _
14 about about ADP IN _ 17 case _ _
15 a a DET DT _ 17 det _ _
16 fishing fishing NOUN NN _ 17 compound _ _
17 town town NOUN NN _ 5 nmod _ _
18 , , PUNCT , _ 19 punct _ _
19 said say VERB VBD _ 0 root _ _
20 the the DET DT _ 21 det _ _
21 market market NOUN NN _ 22 nsubj _ _
22 had have VERB VBD _ 19 ccomp _ _
23 " " PUNCT `` _ 25 punct _ _
24 no no DET DT _ 25 det _ _
25 memory memory NOUN NN _ 22 obj _ _
26 at at ADP IN _ 27 case _ _
27 all all DET DT _ 22 obl _ _
28 . . PUNCT . _ 19 punct _ _
29 " " PUNCT '' _ 19 punct _ _
"""

# A parse that hangs the main verb inside the relative clause before it.
_AFTER_RELATIVE_UD = """
1 Co-host co-host PROPN NNP _ 0 root _ _
2 Ann Ann PROPN NNP _ 1 flat _ _
3 Ruiz Ruiz PROPN NNP _ 1 flat _ _
4 , , PUNCT , _ 8 punct _ _
5 who who PRON WP _ 8 nsubj _ _
6 was be AUX VBD _ 8 cop _ _
7 off off ADP IN _ 8 case _ _
8 camera camera NOUN NN _ 1 acl:relcl _ _
9 , , PUNCT , _ 11 punct _ _
10 then then ADV RB _ 11 advmod _ _
11 asked ask VERB VBN _ 8 conj _ _
12 whether whether SCONJ IN _ 17 mark _ _
13 the the DET DT _ 14 det _ _
14 vote vote NOUN NN _ 17 nsubj:pass _ _
15 would would AUX MD _ 17 aux _ _
16 be be AUX VB _ 17 aux:pass _ _
17 delayed delay VERB VBN _ 11 ccomp _ _
18 . . PUNCT . _ 1 punct _ _
"""

# A parse that hangs the quotation after the colon from the source's name.
_ACCORDING_COLON_UD = """
1 According accord VERB VBG _ 5 case _ _
2 to to ADP IN _ 1 fixed _ _
3 the the DET DT _ 5 det _ _
4 Valley Valley PROPN NNP _ 5 compound _ _
5 Ledger Ledger PROPN NNP _ 0 root _ _
6 : : PUNCT : _ 12 punct _ _
7 " " PUNCT `` _ 12 punct _ _
8 The the DET DT _ 9 det _ _
9 mayor mayor NOUN NN _ 12 nsubj _ _
10 has have AUX VBZ _ 12 aux _ _
11 not not PART RB _ 12 advmod _ _
12 decided decide VERB VBN _ 5 parataxis _ _
13 yet yet ADV RB _ 12 advmod _ _
14 . . PUNCT . _ 12 punct _ _
15 " " PUNCT '' _ 12 punct _ _
"""

# A parse that hangs the two words of the source's name apart.
_ACCORDING_SPLIT_UD = """
1 According accord VERB VBG _ 3 case _ _
2 to to ADP IN _ 3 case _ _
3 Ruth Ruth PROPN NNP _ 9 obl _ _
4 Okafor Okafor PROPN NNP _ 9 obl _ _
5 , , PUNCT , _ 3 punct _ _
6 the the DET DT _ 7 det _ _
7 plant plant NOUN NN _ 9 nsubj _ _
8 will will AUX MD _ 9 aux _ _
9 close close VERB VB _ 0 root _ _
10 in in ADP IN _ 11 case _ _
11 May May PROPN NNP _ 9 obl _ _
12 . . PUNCT . _ 9 punct _ _
"""

# A parse that takes the clause after `said` for its object and a modifier of that object, with a
# relative clause set off after the subject before the verb (no inversion: the subject speaks).
_RELATIVE_THEN_SAID_UD = """
1 Security security PROPN NNP _ 2 compound _ _
2 researcher researcher NOUN NN _ 12 nsubj _ _
3 Ben ben PROPN NNP _ 2 flat _ _
4 Ortiz ortiz PROPN NNP _ 3 flat _ _
5 , , PUNCT , _ 8 punct _ _
6 who who PRON WP _ 8 nsubj _ _
7 first first ADV RB _ 8 advmod _ _
8 flagged flag VERB VBD _ 2 acl:relcl _ _
9 the the DET DT _ 10 det _ _
10 issue issue NOUN NN _ 8 obj _ _
11 , , PUNCT , _ 8 punct _ _
12 said say VERB VBD _ 0 root _ _
13 the the DET DT _ 14 det _ _
14 app app NOUN NN _ 12 obj _ _
15 sent send VERB VBN _ 17 amod _ _
16 precise precise NOUN NN _ 17 compound _ _
17 coordinates coordinate NOUN NNS _ 14 nmod _ _
18 to to ADP IN _ 20 case _ _
19 a a DET DT _ 20 det _ _
20 server server NOUN NN _ 17 nmod _ _
21 every every DET DT _ 23 det _ _
22 few few ADJ JJ _ 23 amod _ _
23 minutes minute NOUN NNS _ 20 nmod _ _
24 . . PUNCT . _ 12 punct _ _
"""

# A parse that takes the last word of a title written after its noun (`attorney general`) for the subject.
_TITLE_AFTER_UD = """
1 In in ADP IN _ 3 case _ _
2 a a DET DT _ 3 det _ _
3 statement statement NOUN NN _ 12 obl _ _
4 , , PUNCT , _ 3 punct _ _
5 a a DET DT _ 6 det _ _
6 spokeswoman spokeswoman NOUN NN _ 12 nsubj _ _
7 for for ADP IN _ 10 case _ _
8 the the DET DT _ 10 det _ _
9 state state NOUN NN _ 10 compound _ _
10 attorney attorney NOUN NN _ 6 nmod _ _
11 general general ADJ JJ _ 12 nsubj _ _
12 said say VERB VBD _ 0 root _ _
13 the the DET DT _ 14 det _ _
14 office office NOUN NN _ 16 nsubj _ _
15 was be AUX VBD _ 16 aux _ _
16 reviewing review VERB VBG _ 12 ccomp _ _
17 the the DET DT _ 18 det _ _
18 complaints complaint NOUN NNS _ 16 obj _ _
19 . . PUNCT . _ 12 punct _ _
"""

# A parse that joins a parenthetical reporting clause's subject to the phrase before it.
_PARENTHETICAL_UD = """
1 The the DET DT _ 2 det _ _
2 mayor mayor NOUN NN _ 5 nsubj _ _
3 , , PUNCT , _ 2 punct _ _
4 Ruiz Ruiz PROPN NNP _ 2 conj _ _
5 said say VERB VBD _ 0 root _ _
6 , , PUNCT , _ 10 punct _ _
7 had have AUX VBD _ 10 aux _ _
8 been be AUX VBN _ 10 aux:pass _ _
9 warned warn VERB VBN _ 5 ccomp _ _
10 about about ADP IN _ 12 case _ _
11 the the DET DT _ 12 det _ _
12 flooding flooding NOUN NN _ 9 obl _ _
13 . . PUNCT . _ 5 punct _ _
"""

# `Housing` parsed as the subject of `said`, the noun phrase before it hung apart.
_HOLDER_APART_UD = """
1 A a DET DT _ 2 det _ _
2 spokesman spokesman NOUN NN _ 8 dep _ _
3 for for ADP IN _ 5 case _ _
4 the the DET DT _ 5 det _ _
5 Department Department PROPN NNP _ 2 nmod _ _
6 of of ADP IN _ 7 case _ _
7 Housing Housing PROPN NNP _ 8 nsubj _ _
8 said say VERB VBD _ 0 root _ _
9 the the DET DT _ 10 det _ _
10 lease lease NOUN NN _ 12 nsubj _ _
11 would would AUX MD _ 12 aux _ _
12 end end VERB VB _ 8 ccomp _ _
13 . . PUNCT . _ 8 punct _ _
"""

# `As one shop owner` parsed as a phrase of `put` opened by the preposition `as`.
_AS_PHRASE_UD = """
1 As as ADP IN _ 4 case _ _
2 one one NUM CD _ 4 nummod _ _
3 shop shop NOUN NN _ 4 compound _ _
4 owner owner NOUN NN _ 5 obl _ _
5 put put VERB VBD _ 0 root _ _
6 it it PRON PRP _ 5 obj _ _
7 , , PUNCT , _ 12 punct _ _
8 " " PUNCT `` _ 12 punct _ _
9 The the DET DT _ 10 det _ _
10 street street NOUN NN _ 12 nsubj _ _
11 is be AUX VBZ _ 12 aux _ _
12 dying die VERB VBG _ 5 parataxis _ _
13 . . PUNCT . _ 5 punct _ _
14 " " PUNCT '' _ 5 punct _ _
"""

# `to` before a noun taken for an infinitive's marker, the noun for a second object of the verb.
_TO_AS_MARK_UD = """
1 The the DET DT _ 2 det _ _
2 union union NOUN NN _ 3 nsubj _ _
3 demanded demand VERB VBD _ 0 root _ _
4 deep deep ADJ JJ _ 5 amod _ _
5 cuts cut NOUN NNS _ 3 obj _ _
6 to to PART TO _ 8 mark _ _
7 foreign foreign ADJ JJ _ 8 amod _ _
8 aid aid NOUN NN _ 3 obj _ _
9 . . PUNCT . _ 3 punct _ _
"""

# A parse that hangs a share of the speakers from the verb, apart from them.
# `Asked when ..., the engineer was cautious.` as the parse may give it: the main clause the participle's
# complement, the question inside it (`question-first`).
_QUESTION_INSIDE_UD = """
1 Asked ask VERB VBN _ 0 root _ _
2 when when ADV WRB _ 7 advmod _ _
3 the the DET DT _ 4 det _ _
4 bridge bridge NOUN NN _ 7 nsubj _ _
5 might might AUX MD _ 7 aux _ _
6 be be AUX VB _ 7 cop _ _
7 ready ready ADJ JJ _ 12 advcl _ _
8 , , PUNCT , _ 7 punct _ _
9 the the DET DT _ 10 det _ _
10 engineer engineer NOUN NN _ 12 nsubj _ _
11 was be AUX VBD _ 12 cop _ _
12 cautious cautious ADJ JJ _ 1 ccomp _ _
13 . . PUNCT . _ 1 punct _ _
"""


# `told reporters in Dayton the bridge ...` as the parse may give it: the place a phrase of `told`.
_TOLD_WHERE_UD = """
1 The the DET DT _ 2 det _ _
2 mayor mayor NOUN NN _ 3 nsubj _ _
3 told tell VERB VBD _ 0 root _ _
4 reporters reporter NOUN NNS _ 3 obj _ _
5 in in ADP IN _ 6 case _ _
6 Dayton Dayton PROPN NNP _ 3 obl _ _
7 the the DET DT _ 8 det _ _
8 bridge bridge NOUN NN _ 10 nsubj _ _
9 would would AUX MD _ 10 aux _ _
10 reopen reopen VERB VB _ 3 ccomp _ _
11 . . PUNCT . _ 3 punct _ _
"""


_SHARE_APART_UD = """
1 About about ADP IN _ 2 case _ _
2 four four NUM CD _ 7 obl _ _
3 in in ADP IN _ 4 case _ _
4 10 10 NUM CD _ 2 nmod _ _
5 Ohio Ohio PROPN NNP _ 6 compound _ _
6 voters voter NOUN NNS _ 7 nsubj _ _
7 say say VERB VBP _ 0 root _ _
8 the the DET DT _ 9 det _ _
9 economy economy NOUN NN _ 12 nsubj _ _
10 is be AUX VBZ _ 12 aux _ _
11 getting get VERB VBG _ 12 cop _ _
12 worse worse ADJ JJR _ 7 ccomp _ _
13 . . PUNCT . _ 7 punct _ _
"""

_APPOSITION_UD = """
1 Anna Anna PROPN NNP _ 10 nsubj _ _
2 Berg Berg PROPN NNP _ 10 nsubj _ _
3 , , PUNCT , _ 5 punct _ _
4 a a DET DT _ 5 det _ _
5 spokeswoman spokeswoman NOUN NN _ 10 nsubj _ _
6 for for ADP IN _ 8 case _ _
7 the the DET DT _ 8 det _ _
8 ministry ministry NOUN NN _ 5 nmod _ _
9 , , PUNCT , _ 5 punct _ _
10 said say VERB VBD _ 0 root _ _
11 the the DET DT _ 12 det _ _
12 trains train NOUN NNS _ 14 nsubj _ _
13 would would AUX MD _ 14 aux _ _
14 run run VERB VB _ 10 ccomp _ _
15 on on ADP IN _ 16 case _ _
16 time time NOUN NN _ 14 obl _ _
17 . . PUNCT . _ 10 punct _ _
"""

# The same with a title before the name, its first word taken for a subject of its own.
_TITLED_APPOSITION_UD = """
1 Former Former PROPN NNP _ 11 nsubj _ _
2 House House PROPN NNP _ 3 compound _ _
3 speaker speaker NOUN NN _ 11 nsubj _ _
4 Jo Jo PROPN NNP _ 3 flat _ _
5 Hart Hart PROPN NNP _ 4 flat _ _
6 , , PUNCT , _ 3 punct _ _
7 a a DET DT _ 9 det _ _
8 party party NOUN NN _ 9 compound _ _
9 elder elder NOUN NN _ 11 nsubj _ _
10 , , PUNCT , _ 3 punct _ _
11 said say VERB VBD _ 0 root _ _
12 the the DET DT _ 13 det _ _
13 bill bill NOUN NN _ 15 nsubj _ _
14 would would AUX MD _ 15 aux _ _
15 fail fail VERB VB _ 11 ccomp _ _
16 . . PUNCT . _ 11 punct _ _
"""


_CONJOINED_PARTICIPLE_UD = """
1 The the DET DT _ 2 det _ _
2 vote vote NOUN NN _ 4 nsubj _ _
3 was be AUX VBD _ 4 cop _ _
4 close close ADJ JJ _ 0 root _ _
5 , , PUNCT , _ 11 punct _ _
6 and and CCONJ CC _ 11 cc _ _
7 officials official NOUN NNS _ 11 nsubj _ _
8 interviewed interview VERB VBN _ 7 acl _ _
9 on on ADP IN _ 10 case _ _
10 Monday Monday PROPN NNP _ 8 obl _ _
11 said say VERB VBD _ 4 conj _ _
12 the the DET DT _ 13 det _ _
13 count count NOUN NN _ 16 nsubj _ _
14 " " PUNCT `` _ 16 punct _ _
15 will will AUX MD _ 16 aux _ _
16 take take VERB VB _ 11 ccomp _ _
17 weeks week NOUN NNS _ 16 obj _ _
18 . . PUNCT . _ 4 punct _ _
19 " " PUNCT '' _ 4 punct _ _
"""

# A description set off by dashes after a name, each parsed as a subject of its own.
_DASHED_APPOSITION_UD = """
1 Jo Jo PROPN NNP _ 9 nsubj _ _
2 Hart Hart PROPN NNP _ 1 flat _ _
3 -- -- PUNCT : _ 5 punct _ _
4 a a DET DT _ 5 det _ _
5 teacher teacher NOUN NN _ 9 nsubj _ _
6 from from ADP IN _ 7 case _ _
7 Dayton Dayton PROPN NNP _ 5 nmod _ _
8 -- -- PUNCT : _ 5 punct _ _
9 says say VERB VBZ _ 0 root _ _
10 she she PRON PRP _ 11 nsubj _ _
11 voted vote VERB VBD _ 9 ccomp _ _
12 for for ADP IN _ 14 case _ _
13 the the DET DT _ 14 det _ _
14 mayor mayor NOUN NN _ 11 obl _ _
15 . . PUNCT . _ 9 punct _ _
"""

# A description after a name's comma, no comma closing it before the verb, parsed as a second subject.
_UNCLOSED_APPOSITION_UD = """
1 Tom Tom PROPN NNP _ 10 nsubj _ _
2 Vale Vale PROPN NNP _ 10 nsubj _ _
3 , , PUNCT , _ 5 punct _ _
4 the the DET DT _ 5 det _ _
5 spokesman spokesman NOUN NN _ 10 nsubj _ _
6 for for ADP IN _ 9 case _ _
7 the the DET DT _ 9 det _ _
8 county county NOUN NN _ 9 compound _ _
9 party party NOUN NN _ 5 nmod _ _
10 said say VERB VBD _ 0 root _ _
11 the the DET DT _ 12 det _ _
12 count count NOUN NN _ 14 nsubj _ _
13 was be AUX VBD _ 14 cop _ _
14 final final ADJ JJ _ 10 ccomp _ _
15 . . PUNCT . _ 10 punct _ _
"""


_NAME_DESCRIPTION_UD = """
1 In in ADP IN _ 3 case _ _
2 a a DET DT _ 3 det _ _
3 statement statement NOUN NN _ 14 obl _ _
4 , , PUNCT , _ 3 punct _ _
5 Mark Mark PROPN NNP _ 3 appos _ _
6 Ellis Ellis PROPN NNP _ 5 flat _ _
7 , , PUNCT , _ 9 punct _ _
8 a a DET DT _ 9 det _ _
9 spokesman spokesman NOUN NN _ 14 nsubj _ _
10 for for ADP IN _ 12 case _ _
11 the the DET DT _ 12 det _ _
12 campaign campaign NOUN NN _ 9 nmod _ _
13 , , PUNCT , _ 9 punct _ _
14 said say VERB VBD _ 0 root _ _
15 the the DET DT _ 16 det _ _
16 report report NOUN NN _ 18 nsubj _ _
17 was be AUX VBD _ 18 cop _ _
18 wrong wrong ADJ JJ _ 14 ccomp _ _
19 . . PUNCT . _ 14 punct _ _
"""

_TITLE_NAME_UD = """
1 " " PUNCT `` _ 4 punct _ _
2 We we PRON PRP _ 4 nsubj _ _
3 are be AUX VBP _ 4 cop _ _
4 ready ready ADJ JJ _ 11 ccomp _ _
5 , , PUNCT , _ 4 punct _ _
6 " " PUNCT '' _ 8 punct _ _
7 Lopez Lopez PROPN NNP _ 8 compound _ _
8 spokesman spokesman NOUN NN _ 11 ccomp _ _
9 Paul Paul PROPN NNP _ 8 appos _ _
10 Kent Kent PROPN NNP _ 9 flat _ _
11 said say VERB VBD _ 0 root _ _
12 . . PUNCT . _ 11 punct _ _
"""

# `mocked the record of the governor, saying she would be ...` with `saying` hung as the subject of the clause
# it reports
_PARTICIPLE_BEFORE_REPORT_UD = """
1 Ruiz Ruiz PROPN NNP _ 2 nsubj _ _
2 mocked mock VERB VBD _ 0 root _ _
3 the the DET DT _ 4 det _ _
4 record record NOUN NN _ 2 obj _ _
5 of of ADP IN _ 7 case _ _
6 the the DET DT _ 7 det _ _
7 governor governor NOUN NN _ 4 nmod _ _
8 , , PUNCT , _ 15 punct _ _
9 saying say VERB VBG _ 15 csubj _ _
10 she she PRON PRP _ 15 nsubj _ _
11 would would AUX MD _ 15 aux _ _
12 be be AUX VB _ 15 cop _ _
13 a a DET DT _ 15 det _ _
14 weak weak ADJ JJ _ 15 amod _ _
15 leader leader NOUN NN _ 2 conj _ _
16 who who PRON WP _ 17 nsubj _ _
17 lacks lack VERB VBZ _ 15 acl:relcl _ _
18 " " PUNCT `` _ 19 punct _ _
19 spine spine NOUN NN _ 17 obj _ _
20 . . PUNCT . _ 2 punct _ _
21 " " PUNCT '' _ 15 punct _ _
"""

_FREE_ADJUNCT_UD = """
1 The the DET DT _ 2 det _ _
2 spokeswoman spokeswoman NOUN NN _ 3 nsubj _ _
3 said say VERB VBD _ 0 root _ _
4 the the DET DT _ 5 det _ _
5 mayor mayor NOUN NN _ 7 nsubj _ _
6 was be AUX VBD _ 7 cop _ _
7 wrong wrong ADJ JJ _ 3 ccomp _ _
8 , , PUNCT , _ 9 punct _ _
9 adding add VERB VBG _ 7 advcl _ _
10 , , PUNCT , _ 9 punct _ _
11 " " PUNCT `` _ 16 punct _ _
12 The the DET DT _ 13 det _ _
13 plan plan NOUN NN _ 16 nsubj _ _
14 will will AUX MD _ 16 aux _ _
15 never never ADV RB _ 16 advmod _ _
16 work work VERB VB _ 9 ccomp _ _
17 . . PUNCT . _ 16 punct _ _
18 " " PUNCT '' _ 16 punct _ _
"""

_ISSUER_UD = """
1 The the DET DT _ 2 det _ _
2 town town NOUN NN _ 3 nsubj _ _
3 issued issue VERB VBD _ 0 root _ _
4 a a DET DT _ 5 det _ _
5 statement statement NOUN NN _ 3 obj _ _
6 saying say VERB VBG _ 5 acl _ _
7 that that SCONJ IN _ 11 mark _ _
8 the the DET DT _ 9 det _ _
9 bridge bridge NOUN NN _ 11 nsubj _ _
10 would would AUX MD _ 11 aux _ _
11 stay stay VERB VB _ 6 ccomp _ _
12 closed closed ADJ JJ _ 11 xcomp _ _
13 . . PUNCT . _ 3 punct _ _
"""

# A text sent out (`send` among the issuing verbs), its participle hung from the text.
_SENT_UD = """
1 The the DET DT _ 2 det _ _
2 tenants tenant NOUN NNS _ 3 nsubj _ _
3 sent send VERB VBD _ 0 root _ _
4 a a DET DT _ 5 det _ _
5 letter letter NOUN NN _ 3 obj _ _
6 saying say VERB VBG _ 5 acl _ _
7 that that SCONJ IN _ 10 mark _ _
8 the the DET DT _ 9 det _ _
9 heat heat NOUN NN _ 10 nsubj _ _
10 failed fail VERB VBD _ 6 ccomp _ _
11 again again ADV RB _ 10 advmod _ _
12 . . PUNCT . _ 3 punct _ _
"""

# `who were told`: a passive relative clause of a verb of telling.
# A parse that joins the second verb to the first, its own subject taken for a conjunct of the object.
_CONJUNCT_SUBJECT_UD = """
1 The the DET DT _ 2 det _ _
2 council council NOUN NN _ 3 nsubj _ _
3 opposed oppose VERB VBD _ 0 root _ _
4 the the DET DT _ 5 det _ _
5 tax tax NOUN NN _ 3 obj _ _
6 and and CCONJ CC _ 8 cc _ _
7 Mayor Mayor PROPN NNP _ 8 compound _ _
8 Ruiz Ruiz PROPN NNP _ 5 conj _ _
9 said say VERB VBD _ 3 conj _ _
10 that that SCONJ IN _ 13 mark _ _
11 she she PRON PRP _ 13 nsubj _ _
12 would would AUX MD _ 13 aux _ _
13 veto veto VERB VB _ 9 ccomp _ _
14 it it PRON PRP _ 13 obj _ _
15 . . PUNCT . _ 3 punct _ _
"""

# `and the mayor, once again, said` with the mayor parsed as a conjunct of the object
_CONJUNCT_ASIDE_UD = """
1 The the DET DT _ 2 det _ _
2 council council NOUN NN _ 3 nsubj _ _
3 opposed oppose VERB VBD _ 0 root _ _
4 the the DET DT _ 5 det _ _
5 tax tax NOUN NN _ 3 obj _ _
6 and and CCONJ CC _ 14 cc _ _
7 the the DET DT _ 8 det _ _
8 mayor mayor NOUN NN _ 5 conj _ _
9 , , PUNCT , _ 11 punct _ _
10 once once ADV RB _ 11 advmod _ _
11 again again ADV RB _ 14 advmod _ _
12 , , PUNCT , _ 11 punct _ _
13 firmly firmly ADV RB _ 14 advmod _ _
14 said say VERB VBD _ 3 conj _ _
15 that that SCONJ IN _ 18 mark _ _
16 she she PRON PRP _ 18 nsubj _ _
17 would would AUX MD _ 18 aux _ _
18 veto veto VERB VB _ 14 ccomp _ _
19 it it PRON PRP _ 18 obj _ _
20 . . PUNCT . _ 3 punct _ _
"""

# A parse that takes the infinitive after the object for a purpose.
_FORCED_UD = """
1 The the DET DT _ 2 det _ _
2 loss loss NOUN NN _ 3 nsubj _ _
3 forced force VERB VBD _ 0 root _ _
4 the the DET DT _ 5 det _ _
5 mayor mayor NOUN NN _ 3 obj _ _
6 to to PART TO _ 7 mark _ _
7 admit admit VERB VB _ 3 advcl _ _
8 that that SCONJ IN _ 12 mark _ _
9 the the DET DT _ 10 det _ _
10 plan plan NOUN NN _ 12 nsubj _ _
11 had have AUX VBD _ 12 aux _ _
12 failed fail VERB VBN _ 7 ccomp _ _
13 . . PUNCT . _ 3 punct _ _
"""

# A participle set off after a clause whose subject the parse made passive: that subject speaks.
# A parse that takes the place opening the sentence for the subject and leaves the name before the verb hanging.
# The main verb after the subject taken for an adjective of the object, the participle after it for the root.
_MISREAD_MAIN_UD = """
1 The the DET DT _ 2 det _ _
2 mayor mayor NOUN NN _ 5 nmod:poss _ _
3 's 's PART POS _ 2 case _ _
4 right-hand right-hand ADJ JJ _ 5 amod _ _
5 man man NOUN NN _ 7 compound _ _
6 rallied rally VERB VBD _ 7 amod _ _
7 volunteers volunteer NOUN NNS _ 9 obl _ _
8 , , PUNCT , _ 9 punct _ _
9 saying say VERB VBG _ 0 root _ _
10 : : PUNCT : _ 13 punct _ _
11 " " PUNCT `` _ 13 punct _ _
12 We we PRON PRP _ 13 nsubj _ _
13 have have VERB VBP _ 9 ccomp _ _
14 to to PART TO _ 16 mark _ _
15 be be AUX VB _ 16 cop _ _
16 ready ready ADJ JJ _ 13 xcomp _ _
17 . . PUNCT . _ 9 punct _ _
18 " " PUNCT '' _ 13 punct _ _
"""

# A relative clause with `that` left out (`videos he calls`) parsed as a second clause joined to the first.
_CONTACT_RELATIVE_UD = """
1 Ruiz Ruiz PROPN NNP _ 2 nsubj _ _
2 wears wear VERB VBZ _ 0 root _ _
3 a a DET DT _ 4 det _ _
4 suit suit NOUN NN _ 2 obj _ _
5 in in ADP IN _ 6 case _ _
6 videos video NOUN NNS _ 2 obl _ _
7 he he PRON PRP _ 8 nsubj _ _
8 calls call VERB VBZ _ 2 conj _ _
9 " " PUNCT `` _ 10 punct _ _
10 Vital Vital PROPN NNP _ 8 obj _ _
11 Signs Signs PROPN NNP _ 10 flat _ _
12 , , PUNCT , _ 14 punct _ _
13 " " PUNCT '' _ 14 punct _ _
14 telling tell VERB VBG _ 8 advcl _ _
15 viewers viewer NOUN NNS _ 14 obj _ _
16 that that SCONJ IN _ 20 mark _ _
17 sugar sugar NOUN NN _ 20 nsubj _ _
18 is be AUX VBZ _ 20 aux _ _
19 " " PUNCT `` _ 20 punct _ _
20 ruining ruin VERB VBG _ 14 ccomp _ _
21 the the DET DT _ 22 det _ _
22 country country NOUN NN _ 20 obj _ _
23 . . PUNCT . _ 2 punct _ _
24 " " PUNCT '' _ 20 punct _ _
"""

_SET_OFF_UD = """
1 Dover Dover PROPN NNP _ 11 nsubj _ _
2 , , PUNCT , _ 3 punct _ _
3 Del. Del. PROPN NNP _ 1 appos _ _
4 , , PUNCT , _ 1 punct _ _
5 on on ADP IN _ 6 case _ _
6 Monday Monday PROPN NNP _ 11 obl _ _
7 , , PUNCT , _ 6 punct _ _
8 Senator Senator PROPN NNP _ 10 compound _ _
9 Ann Ann PROPN NNP _ 10 compound _ _
10 Lowe Lowe PROPN NNP _ 11 dep _ _
11 backed back VERB VBD _ 0 root _ _
12 the the DET DT _ 13 det _ _
13 bill bill NOUN NN _ 11 obj _ _
14 , , PUNCT , _ 15 punct _ _
15 saying say VERB VBG _ 11 advcl _ _
16 that that SCONJ IN _ 19 mark _ _
17 it it PRON PRP _ 19 nsubj _ _
18 would would AUX MD _ 19 aux _ _
19 help help VERB VB _ 15 ccomp _ _
20 farmers farmer NOUN NNS _ 19 obj _ _
21 . . PUNCT . _ 11 punct _ _
"""

# `He's said he would vote ...` with `'s` taken for a passive `is`
# The listener after `told` parsed as its subject, the speaker's name hung from the words before.
_TOLD_LISTENER_UD = """
1 " " PUNCT `` _ 3 punct _ _
2 We we PRON PRP _ 3 nsubj _ _
3 won win VERB VBD _ 0 root _ _
4 the the DET DT _ 5 det _ _
5 state state NOUN NN _ 3 obj _ _
6 , , PUNCT , _ 3 punct _ _
7 " " PUNCT '' _ 3 punct _ _
8 Sen. Sen. PROPN NNP _ 5 appos _ _
9 Tom Tom PROPN NNP _ 8 flat _ _
10 Vale Vale PROPN NNP _ 8 flat _ _
11 told tell VERB VBD _ 3 parataxis _ _
12 POLITICO POLITICO PROPN NNP _ 11 nsubj _ _
13 . . PUNCT . _ 3 punct _ _
"""


# A `to`-infinitive hung from the noun before it (`the chance to warn`), the noun the verb's object.
_INFINITIVE_DOER_UD = """
1 The the DET DT _ 2 det _ _
2 senator senator NOUN NN _ 3 nsubj _ _
3 took take VERB VBD _ 0 root _ _
4 the the DET DT _ 5 det _ _
5 chance chance NOUN NN _ 3 obj _ _
6 to to PART TO _ 7 mark _ _
7 warn warn VERB VB _ 5 acl _ _
8 that that SCONJ IN _ 13 mark _ _
9 the the DET DT _ 10 det _ _
10 budget budget NOUN NN _ 13 nsubj _ _
11 was be AUX VBD _ 13 cop _ _
12 too too ADV RB _ 13 advmod _ _
13 small small ADJ JJ _ 7 ccomp _ _
14 . . PUNCT . _ 3 punct _ _
"""


_CONTRACTED_PERFECT_UD = """
1 He he PRON PRP _ 3 nsubj:pass _ _
2 's be AUX VBZ _ 3 aux:pass _ _
3 said say VERB VBN _ 0 root _ _
4 he he PRON PRP _ 6 nsubj _ _
5 would would AUX MD _ 6 aux _ _
6 vote vote VERB VB _ 3 ccomp _ _
7 against against ADP IN _ 10 case _ _
8 the the DET DT _ 10 det _ _
9 new new ADJ JJ _ 10 amod _ _
10 bridge bridge NOUN NN _ 6 obl _ _
11 . . PUNCT . _ 3 punct _ _
"""

_PASSIVE_HOST_UD = """
1 The the DET DT _ 2 det _ _
2 paper paper NOUN NN _ 6 nsubj:pass _ _
3 has have AUX VBZ _ 6 aux _ _
4 long long ADV RB _ 6 advmod _ _
5 been be AUX VBN _ 6 aux:pass _ _
6 opposed oppose VERB VBN _ 0 root _ _
7 to to ADP IN _ 9 case _ _
8 the the DET DT _ 9 det _ _
9 plan plan NOUN NN _ 6 obl _ _
10 , , PUNCT , _ 11 punct _ _
11 arguing argue VERB VBG _ 6 advcl _ _
12 it it PRON PRP _ 16 nsubj _ _
13 is be AUX VBZ _ 16 cop _ _
14 " " PUNCT `` _ 16 punct _ _
15 a a DET DT _ 16 det _ _
16 waste waste NOUN NN _ 11 ccomp _ _
17 of of ADP IN _ 19 case _ _
18 public public ADJ JJ _ 19 amod _ _
19 money money NOUN NN _ 16 nmod _ _
20 . . PUNCT . _ 11 punct _ _
21 " " PUNCT '' _ 16 punct _ _
"""
# An active past form parsed as a passive with no `be`, its subjects (a description and a name) as passive ones.
_UNMARKED_PASSIVE_UD = """
1 One one NUM CD _ 11 nsubj:pass _ _
2 of of ADP IN _ 5 case _ _
3 the the DET DT _ 5 det _ _
4 senior senior ADJ JJ _ 5 amod _ _
5 engineers engineer NOUN NNS _ 1 nmod _ _
6 , , PUNCT , _ 7 punct _ _
7 Paul Paul PROPN NNP _ 11 nsubj:pass _ _
8 Ruiz Ruiz PROPN NNP _ 7 flat _ _
9 , , PUNCT , _ 7 punct _ _
10 later late ADV RBR _ 11 advmod _ _
11 testified testify VERB VBN _ 0 root _ _
12 that that SCONJ IN _ 17 mark _ _
13 " " PUNCT `` _ 17 punct _ _
14 no no DET DT _ 15 det _ _
15 valve valve NOUN NN _ 17 nsubj:pass _ _
16 was be AUX VBD _ 17 aux:pass _ _
17 checked check VERB VBN _ 11 ccomp _ _
18 . . PUNCT . _ 11 punct _ _
19 " " PUNCT '' _ 17 punct _ _
"""
# The passive cue joined to the verb before it, as parsers usually hang it.
_PASSIVE_CONJUNCT_UD = """
1 The the DET DT _ 2 det _ _
2 mayor mayor NOUN NN _ 3 nsubj _ _
3 resigned resign VERB VBD _ 0 root _ _
4 and and CCONJ CC _ 6 cc _ _
5 was be AUX VBD _ 6 aux:pass _ _
6 told tell VERB VBN _ 3 conj _ _
7 that that SCONJ IN _ 11 mark _ _
8 the the DET DT _ 9 det _ _
9 vote vote NOUN NN _ 11 nsubj _ _
10 had have AUX VBD _ 11 aux _ _
11 failed fail VERB VBN _ 6 ccomp _ _
12 . . PUNCT . _ 3 punct _ _
"""

_TOLD_UD = """
1 Buyers buyer NOUN NNS _ 10 nsubj _ _
2 who who PRON WP _ 4 nsubj:pass _ _
3 were be AUX VBD _ 4 aux:pass _ _
4 told tell VERB VBN _ 1 acl:relcl _ _
5 that that SCONJ IN _ 9 mark _ _
6 the the DET DT _ 7 det _ _
7 price price NOUN NN _ 9 nsubj _ _
8 was be AUX VBD _ 9 cop _ _
9 fair fair ADJ JJ _ 4 ccomp _ _
10 felt feel VERB VBD _ 0 root _ _
11 cheated cheat VERB VBN _ 10 xcomp _ _
12 . . PUNCT . _ 10 punct _ _
"""

_HEADLINE_UD = """
1 Senator Senator PROPN NNP _ 2 compound _ _
2 Jane Jane PROPN NNP _ 0 root _ _
3 Roe Roe PROPN NNP _ 2 flat _ _
4 Says say PROPN NNP _ 2 flat _ _
5 Tax Tax PROPN NNP _ 6 compound _ _
6 Plan Plan PROPN NNP _ 8 nsubj _ _
7 Will will AUX MD _ 8 aux _ _
8 Fail fail VERB VB _ 2 parataxis _ _
9 . . PUNCT . _ 2 punct _ _
"""

_WITH_ING_UD = """
1	Fans	fan	NOUN	NNS	_	2	nsubj	_	_
2	reacted	react	VERB	VBD	_	0	root	_	_
3	online	online	ADV	RB	_	2	advmod	_	_
4	,	,	PUNCT	,	_	7	punct	_	_
5	with	with	ADP	IN	_	7	case	_	_
6	one	one	NUM	CD	_	7	nummod	_	_
7	writing	writing	NOUN	NN	_	2	obl	_	_
8	,	,	PUNCT	,	_	11	punct	_	_
9	"	"	PUNCT	``	_	11	punct	_	_
10	I	I	PRON	PRP	_	11	nsubj	_	_
11	need	need	VERB	VBP	_	2	parataxis	_	_
12	answers	answer	NOUN	NNS	_	11	obj	_	_
13	now	now	ADV	RB	_	11	advmod	_	_
14	.	.	PUNCT	.	_	2	punct	_	_
15	"	"	PUNCT	''	_	2	punct	_	_
"""

_SHARE_UD = """
1	Nearly	nearly	ADV	RB	_	2	advmod	_	_
2	one	one	NUM	CD	_	8	nsubj	_	_
3	in	in	ADP	IN	_	4	case	_	_
4	five	five	NUM	CD	_	5	nummod	_	_
5	say	say	NOUN	NN	_	2	nmod	_	_
6	they	they	PRON	PRP	_	8	nsubj	_	_
7	will	will	AUX	MD	_	8	aux	_	_
8	stay	stay	VERB	VB	_	0	root	_	_
9	home	home	ADV	RB	_	8	advmod	_	_
10	.	.	PUNCT	.	_	8	punct	_	_
"""

_VERDICT_UD = """
1 Supporters supporter NOUN NNS _ 2 nsubj _ _
2 cheered cheer VERB VBD _ 0 root _ _
3 after after ADP IN _ 4 case _ _
4 Ruiz Ruiz PROPN NNP _ 6 obl _ _
5 was be AUX VBD _ 6 aux:pass _ _
6 declared declare VERB VBN _ 2 ccomp _ _
7 the the DET DT _ 8 det _ _
8 winner winner NOUN NN _ 6 obj _ _
9 in in ADP IN _ 10 case _ _
10 Ohio Ohio PROPN NNP _ 6 obl _ _
11 . . PUNCT . _ 2 punct _ _
"""

_SUBJECT_THEN_VERB_UD = """
1	Economists	economist	NOUN	NNS	_	2	compound	_	_
2	warn	warn	NOUN	NN	_	0	root	_	_
3	that	that	SCONJ	IN	_	7	mark	_	_
4	the	the	DET	DT	_	5	det	_	_
5	bank	bank	NOUN	NN	_	7	nsubj	_	_
6	could	could	AUX	MD	_	7	aux	_	_
7	raise	raise	VERB	VB	_	2	acl	_	_
8	rates	rate	NOUN	NNS	_	7	obj	_	_
9	again	again	ADV	RB	_	7	advmod	_	_
10	.	.	PUNCT	.	_	2	punct	_	_
"""
_SUBJECT_THEN_VERB_S_UD = """
1	The	the	DET	DT	_	2	det	_	_
2	group	group	NOUN	NN	_	3	compound	_	_
3	argues	argue	NOUN	NNS	_	0	root	_	_
4	that	that	SCONJ	IN	_	8	mark	_	_
5	the	the	DET	DT	_	6	det	_	_
6	fee	fee	NOUN	NN	_	8	nsubj	_	_
7	is	be	AUX	VBZ	_	8	cop	_	_
8	unfair	unfair	ADJ	JJ	_	3	acl	_	_
9	.	.	PUNCT	.	_	3	punct	_	_
"""
_SUBJECT_THEN_CLAUSE_UD = """
1	Economists	economist	NOUN	NNS	_	2	compound	_	_
2	warn	warn	NOUN	NN	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	bank	bank	NOUN	NN	_	6	nsubj	_	_
5	could	could	AUX	MD	_	6	aux	_	_
6	raise	raise	VERB	VB	_	2	acl:relcl	_	_
7	rates	rate	NOUN	NNS	_	6	obj	_	_
8	again	again	ADV	RB	_	6	advmod	_	_
9	.	.	PUNCT	.	_	2	punct	_	_
"""
_NAME_THEN_VERB_UD = """
1 The the DET DT _ 3 det _ _
2 Daily Daily PROPN NNP _ 3 compound _ _
3 Ledger Ledger PROPN NNP _ 4 compound _ _
4 reports report NOUN NNS _ 0 root _ _
5 that that PRON WDT _ 9 nsubj _ _
6 the the DET DT _ 7 det _ _
7 mill mill NOUN NN _ 9 nsubj _ _
8 will will AUX MD _ 9 aux _ _
9 close close VERB VB _ 4 acl:relcl _ _
10 in in ADP IN _ 11 case _ _
11 May May PROPN NNP _ 9 obl _ _
12 . . PUNCT . _ 4 punct _ _
"""
_REQUEST_ADVCL_UD = """
1 The the DET DT _ 2 det _ _
2 council council NOUN NN _ 3 nsubj _ _
3 asked ask VERB VBD _ 0 root _ _
4 the the DET DT _ 5 det _ _
5 engineers engineer NOUN NNS _ 3 obj _ _
6 to to PART TO _ 7 mark _ _
7 inspect inspect VERB VB _ 3 advcl _ _
8 every every DET DT _ 10 det _ _
9 old old ADJ JJ _ 10 amod _ _
10 bridge bridge NOUN NN _ 7 obj _ _
11 . . PUNCT . _ 3 punct _ _
"""

_AS_STOP_UD = """
1 As as ADP IN _ 3 case _ _
2 the the DET DT _ 3 det _ _
3 paper paper NOUN NN _ 4 nsubj _ _
4 noted note VERB VBD _ 9 advcl _ _
5 , , PUNCT , _ 9 punct _ _
6 the the DET DT _ 7 det _ _
7 bridge bridge NOUN NN _ 9 nsubj:pass _ _
8 was be AUX VBD _ 9 aux:pass _ _
9 closed close VERB VBN _ 0 root _ _
10 for for ADP IN _ 11 case _ _
11 years year NOUN NNS _ 9 obl _ _
12 . . PUNCT . _ 4 punct _ _
"""

_MISREAD_RELATIVE_UD = """
1 The the DET DT _ 2 det _ _
2 town town NOUN NN _ 3 nsubj _ _
3 faced face VERB VBD _ 0 root _ _
4 a a DET DT _ 5 det _ _
5 flood flood NOUN NN _ 3 obj _ _
6 while while SCONJ IN _ 9 mark _ _
7 local local ADJ JJ _ 8 amod _ _
8 doctors doctor NOUN NNS _ 5 conj _ _
9 warned warn VERB VBD _ 5 acl:relcl _ _
10 of of ADP IN _ 13 case _ _
11 a a DET DT _ 13 det _ _
12 new new ADJ JJ _ 13 amod _ _
13 outbreak outbreak NOUN NN _ 9 obl _ _
14 . . PUNCT . _ 3 punct _ _
"""

_OBJECT_TOPIC_UD = """
1 The the DET DT _ 2 det _ _
2 mayor mayor NOUN NN _ 3 nsubj _ _
3 said say VERB VBD _ 0 root _ _
4 nothing nothing PRON NN _ 3 obj _ _
5 about about ADP IN _ 9 case _ _
6 the the DET DT _ 9 det _ _
7 new new ADJ JJ _ 9 amod _ _
8 fuel fuel NOUN NN _ 9 compound _ _
9 tax tax NOUN NN _ 4 nmod _ _
10 . . PUNCT . _ 3 punct _ _
"""

# `said many callers were "very angry," though ...` parsed with no complement of `said`
_CONTRAST_AFTER_QUOTE_UD = """
1 Aides aide NOUN NNS _ 2 nsubj _ _
2 said say VERB VBD _ 0 root _ _
3 many many ADJ JJ _ 4 amod _ _
4 callers caller NOUN NNS _ 2 obj _ _
5 were be AUX VBD _ 8 cop _ _
6 " " PUNCT `` _ 8 punct _ _
7 very very ADV RB _ 8 advmod _ _
8 angry angry ADJ JJ _ 2 conj _ _
9 , , PUNCT , _ 8 punct _ _
10 " " PUNCT '' _ 8 punct _ _
11 though though SCONJ IN _ 14 mark _ _
12 the the DET DT _ 13 det _ _
13 lines line NOUN NNS _ 14 nsubj _ _
14 stayed stay VERB VBD _ 8 advcl _ _
15 open open ADJ JJ _ 14 xcomp _ _
16 . . PUNCT . _ 2 punct _ _
"""

_LISTENER_TOPIC_UD = """
1 The the DET DT _ 2 det _ _
2 host host NOUN NN _ 3 nsubj _ _
3 asked ask VERB VBD _ 0 root _ _
4 the the DET DT _ 5 det _ _
5 senator senator NOUN NN _ 3 obj _ _
6 about about ADP IN _ 10 case _ _
7 the the DET DT _ 10 det _ _
8 new new ADJ JJ _ 10 amod _ _
9 fuel fuel NOUN NN _ 10 compound _ _
10 tax tax NOUN NN _ 5 nmod _ _
11 . . PUNCT . _ 3 punct _ _
"""

_FRONTED_ASKED_UD = """
1 After after SCONJ IN _ 4 mark _ _
2 the the DET DT _ 3 det _ _
3 council council NOUN NN _ 4 nsubj _ _
4 voted vote VERB VBD _ 0 root _ _
5 , , PUNCT , _ 8 punct _ _
6 the the DET DT _ 7 det _ _
7 reporter reporter NOUN NN _ 8 nsubj _ _
8 asked ask VERB VBD _ 4 conj _ _
9 the the DET DT _ 10 det _ _
10 mayor mayor NOUN NN _ 8 obj _ _
11 about about ADP IN _ 15 case _ _
12 the the DET DT _ 15 det _ _
13 new new ADJ JJ _ 15 amod _ _
14 parking parking NOUN NN _ 15 compound _ _
15 fees fee NOUN NNS _ 10 nmod _ _
16 . . PUNCT . _ 4 punct _ _
"""

_SET_OFF_SHARE_UD = """
1 Among among ADP IN _ 3 case _ _
2 likely likely ADJ JJ _ 3 amod _ _
3 voters voter NOUN NNS _ 10 obl _ _
4 , , PUNCT , _ 3 punct _ _
5 about about ADP IN _ 6 case _ _
6 half half NOUN NN _ 3 nmod _ _
7 , , PUNCT , _ 9 punct _ _
8 52 52 NUM CD _ 9 nummod _ _
9 percent percent NOUN NN _ 6 conj _ _
10 , , PUNCT , _ 3 punct _ _
11 say say VERB VB _ 0 root _ _
12 they they PRON PRP _ 14 nsubj _ _
13 will will AUX MD _ 14 aux _ _
14 back back VERB VB _ 11 ccomp _ _
15 the the DET DT _ 17 det _ _
16 school school NOUN NN _ 17 compound _ _
17 levy levy NOUN NN _ 14 obj _ _
18 . . PUNCT . _ 11 punct _ _
"""

_NOUN_CUE_UD = """
1 Voters voter NOUN NNS _ 2 nsubj _ _
2 cheered cheer VERB VBD _ 0 root _ _
3 the the DET DT _ 4 det _ _
4 mayor mayor NOUN NN _ 6 nmod:poss _ _
5 's 's PART POS _ 4 case _ _
6 promise promise NOUN NN _ 2 obj _ _
7 to to PART TO _ 8 mark _ _
8 fix fix VERB VB _ 6 acl _ _
9 every every DET DT _ 10 det _ _
10 road road NOUN NN _ 8 obj _ _
11 in in ADP IN _ 12 case _ _
12 town town NOUN NN _ 8 obl _ _
13 . . PUNCT . _ 2 punct _ _
"""

_BY_GERUND_UD = """
1 Ruelas Ruelas VERB VBN _ 0 root _ _
2 continued continue VERB VBN _ 1 xcomp _ _
3 by by SCONJ IN _ 4 mark _ _
4 saying say VERB VBG _ 2 advcl _ _
5 , , PUNCT , _ 9 punct _ _
6 " " PUNCT `` _ 9 punct _ _
7 We we PRON PRP _ 9 nsubj _ _
8 will will AUX MD _ 9 aux _ _
9 appeal appeal VERB VB _ 1 parataxis _ _
10 the the DET DT _ 11 det _ _
11 ruling ruling NOUN NN _ 9 obj _ _
12 . . PUNCT . _ 9 punct _ _
13 " " PUNCT '' _ 9 punct _ _
"""

_BY_GERUND_ADJECTIVE_UD = """
1 A a DET DT _ 4 det _ _
2 Danish Danish ADJ JJ _ 4 amod _ _
3 ministry ministry ADJ JJ _ 4 amod _ _
4 responded respond VERB VBN _ 0 root _ _
5 by by SCONJ IN _ 6 mark _ _
6 saying say VERB VBG _ 4 advcl _ _
7 that that SCONJ IN _ 10 mark _ _
8 the the DET DT _ 9 det _ _
9 claims claim NOUN NNS _ 10 nsubj _ _
10 were be AUX VBD _ 6 ccomp _ _
11 false false ADJ JJ _ 10 xcomp _ _
12 . . PUNCT . _ 4 punct _ _
"""

_CLOSING_RUN_UD = """
1 The the DET DT _ 2 det _ _
2 bridge bridge NOUN NN _ 5 nsubj _ _
3 will will AUX MD _ 5 aux _ _
4 stay stay VERB VB _ 5 cop _ _
5 shut shut ADJ JJ _ 0 root _ _
6 until until ADP IN _ 8 case _ _
7 the the DET DT _ 8 det _ _
8 spring spring NOUN NN _ 5 obl _ _
9 , , PUNCT , _ 13 punct _ _
10 the the DET DT _ 13 det _ _
11 local local ADJ JJ _ 13 amod _ _
12 paper paper NOUN NN _ 13 compound _ _
13 Valley Valley PROPN NNP _ 8 appos _ _
14 Courier Courier PROPN NNP _ 13 flat _ _
15 reported report VERB VBD _ 13 acl:relcl _ _
16 . . PUNCT . _ 5 punct _ _
"""

CUES = Table("cue", doc="Which words are cues; the first rule that answers for a word makes its cue.", rules=(
    Rule("owner-verb", "cue", "`Sainsbury's told staff that ...`: `said` or `told` the tagger took for a "
         "modifier of the noun after it, right after a capitalised name's `'s` (the name's own, or `has`), is the "
         "name's verb: the name with its `'s` speaks, with a name `and` joins before it (`Tesco and Sainsbury's`) "
         "(after a body's noun, `The union's told`, the `'s` is `has`: "
         "the noun phrase speaks); a `that` after the one told (after `told`, at most four "
         "words) or right after `said` opens what was said, to the sentence's end, and so does, after `said` with no "
         "`that`, a noun phrase right after it that is the subject of a finite verb (`McDonald's said sales rose`); "
         "after `told` and a listener "
         "with no `that`, a subject pronoun or a determiner before a finite verb opens it (`told staff the "
         "stores would ...`).", _owner_verb,
         (Example("The bakers' union's told members that a ballot would open next week.",
                  "that a ballot would open next week", "The bakers' union"),
          Example("Harlow's told staff that the stores would stay open over Christmas.",
                  "that the stores would stay open over Christmas", "Harlow's"),
          Example("Harlow's told staff they would keep their jobs.", "they would keep their jobs", "Harlow's"),
          Example("McDonald's said sales rose 4% in the quarter.", "sales rose 4% in the quarter", "McDonald's"),
          Example("Sotheby's said the sale set a record.", "the sale set a record", "Sotheby's")),
         parse="cue-candidate"),
    Rule("call-for", "cue", "`The union called for an inquiry`, `Critics are calling for her resignation`: `call` "
         "with `for` right after it demands the noun phrase `for` opens: its subject says it (not a passive, "
         "`an election was called for May`; not a plan, bill or text that requires it, `The plan calls for two "
         "bridges`); one bare noun is a demand named in a word (`called for calm`), a pronoun none (`called for it`).",
         _call_for,
         (Example("Activists called for an independent inquiry into the fire.",
                  "an independent inquiry into the fire", "Activists"),
          Example("Several council members are calling for the director's resignation.",
                  "the director's resignation", "Several council members"),
          Example("The bishop, in a sermon on Sunday, called for calm.", "calm", "The bishop")),
         parse="call-for"),
    Rule("contact-relative-calls", "cue", "`Critics attacked a plan he called \"reckless\"`, `a move the union called "
         "\"brutal\"`: a naming verb right before a quotation, right after its subject (a personal pronoun, a name, a "
         "noun phrase opened by a determiner, a quantifier, a number or a name's `'s`, or a bare plural of people right "
         "after a singular noun: `a plan critics called`; an adverb, `have` or a modal between: `he once called`, "
         "`critics have called`) that is right after a noun (a relative clause with no `that`: the noun is what is named) gives the "
         "subject's words, read from the words however the parse hung them; not a passive (`was called`), not after a "
         "verb that takes two objects with `a` opening the second (`sold customers a loan called \"Easy Pay\"`: a name), not a time (`Last week "
         "the union called ...`), not a title of the subject's (`union leader Ann Ruiz called`), not within another "
         "cue's report (`Lee said he fought a bill he called \"...\"`), nor a pronoun's anywhere under a cue (most "
         "often that cue's own speaker, whose report runs on).",
         _contact_relative_calls,
         (Example('Critics attacked a plan he called "reckless" last week.', "reckless", "he"),
          Example('The council rejected a move the union called "brutal" on Monday.', "brutal", "the union"),
          Example('Voters backed a measure Ann Ruiz called "a disgrace."', "a disgrace.", "Ann Ruiz"),
          Example('The mayor pushed a budget his rivals later dubbed "a fantasy."', "a fantasy.", "his rivals")),
         parse="cue-candidate"),
    Rule("or-so-report", "cue", "`Taxes will rise -- or so Lee claims.`: a cue verb closing its sentence "
         "right after `or so` and its subject's noun phrase (an adverb between them: `or so Lee still claims`), the "
         "`or` right after a comma or dash, whatever the parse made of the verb: the phrase speaks the clause "
         "before that comma or dash (`or so` hedges the report; it keeps its speaker).",
         _or_so_report,
         (Example("Taxes will rise \u2014 or so Lee claims.", "Taxes will rise", "Lee"),
          Example("The economy is recovering, or so the minister insists.", "The economy is recovering",
                  "the minister"),
          Example("The plant will close next year, or so the company says.", "The plant will close next year",
                  "the company")),
         parse="cue-candidate"),
    Rule("cue-verb", "cue", "A speech or report verb by lemma or form, a naming or judging verb with a subject "
         "(its own, or a relative pronoun set off by a comma, or a passive's agent: `was branded \"...\" by X`) or "
         "beside a verb that has one (`called it \"...\"`, "
         "`..., calling it \"...\"`, `hailed it as \"...\"`; `saw it as \"...\"`, `remembered him as \"...\"` only with `as` "
         "before the quotation: `saw \"Jaws\" as a boy` names nothing), or a phrasal "
         "cue (`shot back`, `called out`: a shout, no naming); not `continue to` a verb that is no cue (`continue to be`, `if he continues to "
         "lose`: it goes on doing it); not a past participle restricting the noun opening its clause before that "
         "clause's finite verb (`Numbers reported by the agency show ...`: the phrase is that verb's subject), nor one "
         "between a determiner and its noun (`In a written statement, the company said`: a modifier) or right after "
         "a noun of a text (`read a statement posted on its website`), nor a finite form in `-s` or the past right after a "
         "preposition (`moves to states this week that ...`: the preposition's noun); `submit`, "
         "`share`, `object` (`Critics will object that ...`; `objected to the plan` is a stand, no words), a motion's "
         "`move` (`moved to Leeds` is a change of place) and a court's "
         "`hold` and `rule` (finite, active, no particle), only with a `that` clause with a finite "
         "verb or a subject and a bare subjunctive (`moved that the plans be refused`) (`The Crown submitted that ...`, `Mr Ong shared that ...`, `The court held that ...`; `submitted a bid` "
         "is handed in, `shared a photo` is no report, `held "
         "that meeting` is no finding); `order`, finite, active, with a subject of its own naming a body that rules "
         "(a judge, a court, a panel: lexicon FINDING_BODIES), only with what it commands "
         "after it, a `that` clause (its verb may be a bare subjunctive: `ordered that the files be released`) or "
         "one who can be commanded (a name, a pronoun, a person, group, body or governing place: lexicon "
         "`COMMANDED_NOUNS`) and an infinitive (`The judge ordered the city to pay`; not `ordered a pizza to "
         "share`); not a bare form in capitals within a label in capitals opening its sentence "
         "and closing on a colon (`QUOTE BOX: \"...\"`: a rubric's heading, no one's verb), nor an `-ing` form with no "
         "auxiliary closing such a label before a quotation that a verb of saying and its subject tag (`Storm "
         "warning: \"...,\" the chief told residents`: a noun); nor a form spelt as its noun too before a `that` "
         "clause that a predicate with no subject of its own follows (`The weather forecast that rain would fall "
         "was wrong`: a noun phrase and its verb); nor one whose speaker is a lower-case noun of a name or title a thing "
         "bears (`As the title suggests, ...`, `Its name implies that ...`: lexicon NAMING_NOUNS; a name says nothing); nor "
         "a verb that makes a work (lexicon WORK_MAKING_FORMS) whose object is a noun of a work that is no text of claims "
         "(lexicon MADE_ONLY_WORKS: a song, a film, a novel; a book, a column, a report may carry one) with no clause after it "
         "with a subject of its own (`She wrote the song in a week`, `wrote a song that topped the charts`, `wrote most "
         "of the songs on a borrowed guitar`; not `wrote a book in which he exposes ...`, `wrote most of the songs "
         "about her father`), or that closes a "
         "relative clause right after one (`The novel he wrote in prison`, `The song, which she wrote at 17,`): it "
         "makes the work, it reports nothing.",
         _verb_cue,
         (Example('"We will win the election," Kerry said.', "We will win the election,", "Kerry"),
          Example('"Over here, over here!" a woman called out from the bank.', "Over here, over here!", "a woman"),
          Example('Clinton blasted the proposal on Monday, calling it "absurd and cruel."',
                  'it "absurd and cruel."', "Clinton"),
          Example('The review board deemed the stadium plan "far too costly to finish."',
                  'the stadium plan "far too costly to finish."', "The review board"),
          Example('The senator hailed the ruling as "a victory for working families."',
                  'the ruling as "a victory for working families."', "The senator"),
          Example('Many voters see the governor as "a straight talker."', 'the governor as "a straight talker."',
                  "Many voters"),
          Example('Friends remembered him as "a giant with a hammer."', 'him as "a giant with a hammer."',
                  "Friends"),
          Example('"Those were good years," she reminisced.', "Those were good years,", "she"),
          Example("The striker was branded 'a disgrace' by his own manager.", "The striker was branded 'a disgrace'",
                  "his own manager"),
          Example("The Crown submitted that the sentence was far too light.", "that the sentence was far too light",
                  "The Crown"),
          Example("The appeal court held that the search had been unlawful.", "that the search had been unlawful",
                  "The appeal court"),
          Example("Mr Ong shared that his family had run the stall for 40 years.",
                  "that his family had run the stall for 40 years", "Mr Ong"),
          Example("Critics will object that the new stadium costs far too much.",
                  "that the new stadium costs far too much", "Critics"),
          Example("Cllr Roe moved that the plans be refused.", "that the plans be refused", "Cllr Roe"),
          Example('Ruiz admitted on Monday "it will be very hard to win" if Lee continues to lose ground.',
                  'on Monday "it will be very hard to win" if Lee continues to lose ground', "Ruiz"),
          Example("The judge ordered the city to pay the tenants' legal fees.",
                  "the city to pay the tenants' legal fees", "The judge"),
          Example("The appeals panel ordered that her name be struck from the ballot.",
                  "that her name be struck from the ballot", "The appeals panel")),
         parse="cue-candidate"),
    Rule("what-they-call", "cue", "`the banks formed what they called \"financial supermarkets\"`: a naming verb in "
         "a free relative opened by `what`, with a noun for its subject, gives that subject's words (not `what is "
         "called`, nobody's; not `what he calls`, left to the clause around it, whose speaker it names).",
         _what_they_call,
         (Example('The lenders merged into what analysts called "one-stop money shops," a model that soon failed.',
                  "one-stop money shops,", "analysts"),
          Example('The mayor spoke of what Ann Ruiz once called "a town that never sleeps."',
                  "a town that never sleeps.", "Ann Ruiz")),
         parse="cue-candidate"),
    Rule("relative-pronoun-calls", "cue", "`She backed a deal that he called \"a betrayal\"`: a naming verb in a "
         "relative clause on a noun, opened by a relative pronoun that is its object (`that`, `which`, `whom`), with a personal pronoun for its subject (`he`, `she`, `they`, `we`, `I`), "
         "gives the pronoun's words (the noun is what is named); only a pronoun, not a noun subject (not `what "
         "he calls`, `what-they-call`'s; not within another cue's report, which runs on through it: `Lee said he "
         "fought the bill, which he called \"...\"`; not `a deal called \"...\"`, a name).",
         _relative_pronoun_calls,
         (Example('Ruiz voted for a budget that she later called "a mistake."', "a mistake.", "she"),
          Example('Hart attacked the merger, which he called "a betrayal of the workers."',
                  "a betrayal of the workers.", "he")),
         parse="cue-candidate"),
    Rule("headline-cue", "cue", "`Senator Jane Roe Says Tax Plan Will Fail`: a capitalised cue form the tagger "
         "took for a name (read as its own verb's form, whatever lemma the tagger gave it: `Warns`; its base form "
         "after a plural: `Teachers Vow To Strike`), in a headline in title case: the name before it speaks the "
         "words after it, past a topic's preposition (`Warns Of Shutdown As Talks Stall`) and a listener before one "
         "(`Warns Farmers Of Long Dry Summer`); in a headline in sentence case a lower-case form tagged as a noun "
         "after the noun phrase opening the line, a quotation's colon or a closing comma (`Union slams pay offer "
         "as 'insulting'`, `Rail strike will go ahead, union confirms`).  A verb of saying or one whose object is "
         "its message (in sentence case) reports its words, a verb of promising or urging its infinitive, any "
         "other cue verb only words quoted (not `Union slams new pay offer`); no form before another preposition "
         "(`Jane Roe Claims Under Fire`: a noun); a body's name holds its `Of` (`Bank Of England Says`).",
         _headline_cue,
         (Example("Senator Jane Roe Says Tax Plan Will Fail.", "Tax Plan Will Fail", "Senator Jane Roe",
                  parse=_HEADLINE_UD),
          Example("Senator Warns Of Shutdown As Talks Stall.", "Shutdown As Talks Stall", "Senator"),
          Example("Minister Warns Farmers Of Long Dry Summer\nThe board meets on Monday.", "Long Dry Summer",
                  "Minister"),
          Example("Teachers Vow To Strike Over Pay\nThe board meets on Monday.", "To Strike Over Pay", "Teachers"),
          Example("Union slams pay offer as 'insulting'\nThe board meets on Monday.", "pay offer as 'insulting'",
                  "Union"),
          Example("Rail strike will go ahead, union confirms\nThe board meets on Monday.",
                  "Rail strike will go ahead", "union")),
         parse="cue-candidate"),
    Rule("headline-dash", "cue", "`Budget will hurt the poor - charity`: in a headline (a short line closing with "
         "no stop) a dash followed by nothing but a short noun phrase naming a source in lower case (a speaker, "
         "role, group or organisation word) credits the words before the dash to it, three or more, or two with a "
         "verb (not `Storm hits coast - live updates`).", _headline_dash,
         (Example("New road plan will cut the park in two - campaigners\nThe council votes on Monday.",
                  "New road plan will cut the park in two", "campaigners"),),
         parse="headline-dash"),
    Rule("headline-colon", "cue", "`Ann Ruiz: Tax plan will fail`, `Ruiz: I will not resign`: in a headline (a short "
         "line closing with no stop) a name and a colon opening it credit the three words or more after it to "
         "the name: a given name and more, or a title and a name; a lone name only before `I` or `we`; a lone "
         "source noun in title case (lexicon HEADLINE_LABEL_SOURCES: `Report: ...`, `Poll: ...`); a claim of two "
         "words will do with a verb (`Police: suspect arrested`) (not a topic's label: `Covid: cases rise again`; "
         "nor a rubric, `REPORT:` in capitals included, nor words holding a quotation).  A bare name of one or two "
         "capitalised words, or a source in lower case, closing the headline after its colon credits the claim "
         "before it (`Tax plan will hurt farmers: Ruiz`; not `Election 2024: Texas`, `Weather: Sunny`).",
         _headline_colon,
         (Example("Tom Vale: Harbour plan will cost jobs\nThe council votes on Monday.",
                  "Harbour plan will cost jobs", "Tom Vale"),
          Example("Ruiz: I will not step down over the audit\nThe council votes on Monday.",
                  "I will not step down over the audit", "Ruiz"),
          Example("Report: Ruiz to speak at the harbour summit\nThe council votes on Monday.",
                  "Ruiz to speak at the harbour summit", "Report"),
          Example("Police: suspect arrested\nThe council votes on Monday.", "suspect arrested", "Police"),
          Example("Tax plan will hurt farmers: Ruiz\nThe council votes on Monday.", "Tax plan will hurt farmers",
                  "Ruiz"),
          Example("Bridge to reopen by spring: council leader\nThe council votes on Monday.",
                  "Bridge to reopen by spring", "council leader")),
         parse="headline-colon"),
    Rule("headline-tell", "cue", "`Jane Roe Tells Growers They Must Act Now`: a capitalised `Tells` (`Told`) the "
         "tagger took for a name, in a headline in title case: the name before it speaks; after its listener, what "
         "was told opens at a subject pronoun and runs to the end, or, after a listener of one or two words, at a "
         "determiner with a finite verb after it (`Mayor Tells Council The Budget Is Dead`), or, where the listener "
         "closes the headline, is the words before the break.", _headline_tell,
         (Example("Jane Roe Tells Growers They Must Act Before The Frost.", "They Must Act Before The Frost",
                  "Jane Roe"),
          Example("Farm Aid Is 'A Lifeline For Us,' Jane Roe Tells Growers.", "Farm Aid Is 'A Lifeline For Us,'",
                  "Jane Roe"),
          Example("Mayor Tells Council The Budget Is Dead", "The Budget Is Dead", "Mayor"))),
    Rule("foreign-tag", "cue", "`\"Wir sind bereit,\" sagte Scholz.`, `\"Estamos listos,\" dijo Sánchez.`, "
         "`Scholz sagte: \"...\"`: a reporting verb of another language that wire copy keeps (lexicon "
         "FOREIGN_TAG_VERBS: German `sagte` and `so` (a name alone closing the sentence after it, FOREIGN_TAG_NAME_ONLY), Spanish `dijo`, French `a déclaré`, Italian `ha detto`, Portuguese "
         "`disse`; read from the words, which the tagger cannot parse) in a tag right after a quotation's closing "
         "mark and comma, its speaker the words after it through their first run of capitalised ones (`sagte Jonas "
         "Keller nach dem Treffen`) or the French pronoun its auxiliary ends with (`a-t-il déclaré`: lexicon "
         "FOREIGN_INVERTED_PRONOUNS, resolved as `he`), or right "
         "before a colon or comma and an opening mark, after a capitalised name: a cue of the quotation alone, "
         "never of a clause.", _foreign_tag_cue,
         (Example('"Wir sind bereit," sagte Olaf Brandt.', "Wir sind bereit,", "Olaf Brandt"),
          Example('"Estamos listos," dijo el alcalde Luis Vela.', "Estamos listos,", "el alcalde Luis Vela"),
          Example('"Nous sommes prêts," a déclaré Claire Morel.', "Nous sommes prêts,", "Claire Morel"),
          Example('Marta Pini ha detto: "Siamo pronti."', "Siamo pronti.", "Marta Pini"),
          Example('"Wir sind bereit", so Olaf Brandt.', "Wir sind bereit", "Olaf Brandt"),
          Example('"C\'est fini", a-t-il déclaré.', "C'est fini", "il")),
         parse="foreign-tag"),
    Rule("share-cue", "cue", "`About 3 in 10 say they expect ...`: `say` tagged as a noun right after a share "
         "of people, with a clause after it: the share speaks the rest of the sentence.", _share_cue,
         (Example("Nearly one in five say they will stay home.", "they will stay home", "one in five",
                  parse=_SHARE_UD),),
         parse="cue-candidate"),
    Rule("with-ing-cue", "cue", "`Fans reacted online, with one writing, \"...\"`: an `-ing` cue form tagged as a "
         "noun, after `with` and a noun phrase set off by a comma (an absolute phrase) and before a comma or colon "
         "and a quotation mark, is that phrase's verb of saying: the noun phrase speaks.", _with_ing_cue,
         (Example('Fans reacted online, with one writing, "I need answers now."', "I need answers now.", "one",
                  parse=_WITH_ING_UD),),
         parse="cue-candidate"),
    Rule("research-finding", "cue", "`The study found that walkers were less likely to ...`: `find` with a "
         "subject whose noun is research (a study, a survey, researchers ...) or a body that rules or its papers (a "
         "court, a coroner, a ruling, an order: lexicon `FINDING_BODIES`) and a clause with its own subject "
         "after it (or a relative pronoun standing for one: `the report, which found that ...`; `that` right after "
         "`found` opens that clause when a verb with no subject follows the noun phrase after it, however the "
         "parse took `that`; and a subject the parse hung from `found` after it, with its relative clause and "
         "`that`, opens the clause: `Researchers found that people who slept less were more likely to ...`), or "
         "closing its sentence after the clause it found and a comma (`..., a new study has found.`), or for a body that rules "
         "the one it judged and its verdict (`A jury found Lee guilty of fraud`: lexicon VERDICT_WORDS): "
         "the research speaks the clause (its noun phrase widened or cut as any cue's speaker is: the `span` table).",
         _research_finding,
         (Example("The study found that daily walkers were far less likely to fall ill.",
                  "that daily walkers were far less likely to fall ill", "The study"),
          Example("Researchers found that people who slept less than six hours a night were more likely to develop "
                  "diabetes.", "that people who slept less than six hours a night were more likely to develop diabetes",
                  "Researchers"),
          Example("A short daily walk can cut the risk of heart disease, a new study has found.",
                  "A short daily walk can cut the risk of heart disease", "a new study"),
          Example("The report, released Tuesday, found that emissions rose 3 percent.",
                  "that emissions rose 3 percent", "The report"),
          Example("The mayor cited the report, which found that the old bridge was unsafe.",
                  "that the old bridge was unsafe", "which"),
          Example("The coroner found the boy's death could have been prevented.",
                  "the boy's death could have been prevented", "The coroner"),
          Example("The ruling found that the city's parking fines were illegal.",
                  "that the city's parking fines were illegal", "The ruling"),
          Example("A jury found the two brothers guilty of arson after a week of testimony.",
                  "the two brothers guilty of arson", "A jury"),
          Example("The survey found that support for the new bridge had fallen to 41 percent.",
                  "that support for the new bridge had fallen to 41 percent", "The survey")),
         parse="research-finding"),
    Rule("evidence-shows", "cue", "`Court records show that ...`, `A new poll shows Ruiz leading by four points`, "
         "`..., official data showed.`: `show` with a subject whose noun is research, records or counts (data, "
         "figures, records, a meeting's minutes, statistics, a poll ...; of two subjects a comma parts, the "
         "nearer: `Minutes later, video showed`) and a clause with its own subject after it, or an object and "
         "what is said of it, or closing its sentence after the clause it showed and a comma (a time after it too, "
         "read from the words: `..., official figures showed on Friday.`, `show` after such a noun tagged a noun "
         "too: `..., the data show.`), or set off by commas "
         "within it (its two parts): the records speak what they show (not `show up`, nor a bare object: `The poll "
         "shows a shift`; nor within another's report: `said that polls show ...`). Papers obtained as evidence are "
         "records too (`Emails obtained by the Ledger show that ...`, `The filing shows that ...`), and the noun's "
         "phrase, read from the words whatever the parse made `show`, may end in a participle and its `by` phrase "
         "(`..., data compiled by the Ledger show.`) or be such a noun and a short `of` phrase (`..., minutes of "
         "the meeting showed.`, a gerund before its noun too: `A survey of purchasing managers showed ...`); a time "
         "after a closing `show` is no object (`..., official data showed last week.`); such a phrase opening the "
         "sentence right before `show` speaks the clause after it (`that` and a clause, or a noun phrase and its "
         "verb) whatever the parse made `show` or the subject (`A Reuters tally showed that ...`, a name taken for the "
         "subject; `showed` taken for a participle).", _evidence_shows,
         (Example("Court records show that the builder owed more than $40,000.",
                  "that the builder owed more than $40,000", "Court records"),
          Example("Emails obtained by the Ledger show that the mayor's aide intervened twice.",
                  "that the mayor's aide intervened twice", "Emails obtained by the Ledger"),
          Example("Rents rose 9 percent last year, data compiled by the Ledger show.",
                  "Rents rose 9 percent last year", "data compiled by the Ledger"),
          Example("The minutes show the board discussed the lease in closed session.",
                  "the board discussed the lease in closed session", "The minutes"),
          Example("The economy grew by 2 per cent last year, official data showed.",
                  "The economy grew by 2 per cent last year", "official data"),
          Example("A new poll shows the mayor leading by four points among women.",
                  "the mayor leading by four points among women", "A new poll"),
          Example("During the same week, court records show, the firm paid no tax at all.",
                  "During the same week the firm paid no tax at all", "court records"),
          Example("Britain's economy grew faster than expected, official figures showed on Friday.",
                  "Britain's economy grew faster than expected", "official figures"),
          Example("Factory output slowed to 1.2% in March, official data showed last week.",
                  "Factory output slowed to 1.2% in March", "official data"),
          Example("The board voted 6-3 to hold the rate, minutes of the meeting showed.",
                  "The board voted 6-3 to hold the rate", "minutes of the meeting"),
          Example("Burglaries in the county fell by only a tenth, the data show.",
                  "Burglaries in the county fell by only a tenth", "the data"),
          Example("A survey of purchasing managers showed activity contracted in May.",
                  "activity contracted in May", "A survey of purchasing managers"),
          Example("A Reuters tally showed that 40 ships were stuck.", "that 40 ships were stuck", "A Reuters tally")),
         parse="research-finding"),
    Rule("to-know", "cue", "`Vale wanted to know why the city had not held a hearing`, `She demanded to know "
         "whether ...`: `know` after `to`, right after a verb of wanting or demanding with a subject, and a clause "
         "right after it that a question word, `whether` or `if` opens: the subject asks that question (not `wanted "
         "to know more`, nor `want to know that ...`).", _to_know,
         (Example("Vale wanted to know why the city had not held a public hearing.",
                  "why the city had not held a public hearing", "Vale"),
          Example("One parent demanded to know whether the buses would run on time.",
                  "whether the buses would run on time", "One parent")),
         parse="to-know"),
    Rule("hearing-heard", "cue", "`The jury heard that the card was used abroad`: `heard` with a subject whose "
         "noun is a body that hears evidence (a court, a jury, a tribunal, an inquest ...) or what is put to it (a "
         "meeting, a council, councillors, MPs, a house of parliament: lexicon HEARING_BODIES) and a clause with its own "
         "subject after it, or closing its sentence after the clause it heard and a comma (`..., a court has "
         "heard.`): the clause was said to the body by someone unnamed; no speaker (a title before the clause's "
         "named subject is the clause's, however the parse hung it: `heard Ms Ruiz had been ...`).", _hearing_heard,
         (Example("The jury heard that the stolen card was used in three countries.",
                  "that the stolen card was used in three countries", None),
          Example("The builder took cash for work he never did, a court has heard.",
                  "The builder took cash for work he never did", None),
          Example("The builder took cash for work he never did, Bristol Crown Court heard.",
                  "The builder took cash for work he never did", None),
          Example("The tribunal heard Ms Ruiz had been bullied for years.",
                  "Ms Ruiz had been bullied for years", None),
          Example("The meeting heard that the council had received more than 300 objections.",
                  "that the council had received more than 300 objections", None),
          Example("MPs heard that the department had lost track of the money.",
                  "that the department had lost track of the money", None)),
         parse="research-finding"),
    Rule("news-learned", "cue", "`..., the BBC understands.`, `..., CNN has learned.`, `The Times understands that "
         "...`: a form of `understand` or `learn` (with `has`, `have`; whatever its tag) after its subject's noun "
         "phrase reports what the subject found out: closing its sentence after a comma (the phrase no pronoun: "
         "`..., he has learned.` is experience), the clause before the comma; after a phrase that names a news "
         "outlet opening its clause, the clause after the verb (not `He understands that people are angry`, what "
         "he grasps); set off by commas within the clause it reports, that clause's two parts (`The figures, the "
         "BBC understands, will be ...`). An outlet's name takes in `on` and its edition's day (`the Herald on "
         "Sunday`: `on` after a capitalised outlet word, a capitalised day after it). The subject speaks; less sure "
         "than a verb of saying.", _news_learned,
         (Example("The minister is expected to resign within days, the BBC understands.",
                  "The minister is expected to resign within days", "the BBC"),
          Example("The company has been fined for the spill, the Daily Ledger has learned.",
                  "The company has been fined for the spill", "the Daily Ledger"),
          Example("The Times understands that ministers are planning a tax on sugar.",
                  "that ministers are planning a tax on sugar", "The Times"),
          Example("The new figures, the BBC understands, will be published on Thursday.",
                  "The new figures will be published on Thursday", "the BBC"),
          Example("The council will scrap the bus lane, the Herald on Sunday has learned.",
                  "The council will scrap the bus lane", "the Herald on Sunday")),
         parse="news-learned"),
    Rule("it-is-understood", "cue", "`It is understood that ...`, `..., it is understood.`, `Ministers are "
         "understood to be ...`: in news, `understood` after a form of `be` reports what unnamed sources told the "
         "writer: the clause after it, the clause before the comma (or around `, it is understood,` set within it), "
         "or the subject with its infinitive; no speaker "
         "(not `is understood to mean`, a word's sense); so do `It is learnt that ...` and `..., it is reliably "
         "learnt.` (with `it` only).", _it_is_understood,
         (Example("It is understood that the plans were signed off last week.",
                  "that the plans were signed off last week", None),
          Example("The cut will cost around two billion pounds a year, it is understood.",
                  "The cut will cost around two billion pounds a year", None),
          Example("Ministers are understood to be considering a new tax on energy firms.",
                  "Ministers are understood to be considering a new tax on energy firms", None),
          Example("The plan, it is understood, will be announced next week.",
                  "The plan will be announced next week", None),
          Example("It is learnt that the board will meet again on Friday.",
                  "that the board will meet again on Friday", None),
          Example("The board has picked a new chairman, it is reliably learnt.",
                  "The board has picked a new chairman", None)),
         parse="news-learned"),
    Rule("name-then-verb", "cue", "`The Daily Ledger reports that ...`, `An affidavit states that ...`: a cue "
         "verb's `-s` form tagged as a noun between a name (or a paper that speaks opening its sentence: an "
         "affidavit, a complaint, a report, a memo, a post) and `that` (past an aside set off by commas with no "
         "verb: `The post claims, without evidence, that ...`, or one opened by a verb of quoting: `The Daily "
         "Ledger reports, citing two aides, that ...`): the name speaks the rest of the sentence.",
         _name_then_verb,
         (Example("The Daily Ledger reports that the mill will close in May.",
                  "that the mill will close in May", "The Daily Ledger", parse=_NAME_THEN_VERB_UD),
          Example("An affidavit states that the defendant had been following the woman for weeks.",
                  "that the defendant had been following the woman for weeks", "An affidavit"),
          Example("The post claims, without evidence, that the ballots were printed abroad.",
                  "that the ballots were printed abroad", "The post"),
          Example("The Daily Ledger reports, citing two city officials, that the mayor will resign.",
                  "that the mayor will resign", "The Daily Ledger")),
         parse="cue-candidate"),
    Rule("noun-spelt-past", "cue", "`The IEA forecast that demand would peak.`: a verb of saying whose past is "
         "spelt as its noun (lexicon NOUN_SPELT_PASTS) tagged as the noun heading the sentence, right after the "
         "noun phrase opening it and right before a `that` opening a clause, with no other verb left to the "
         "sentence (not `The IEA forecast that demand would peak proved wrong`, a noun phrase and its verb): "
         "the phrase speaks the words from `that` on.",
         _noun_spelt_past,
         (Example("The IEA forecast that demand would peak.", "that demand would peak", "The IEA"),
          Example("Ruiz forecast that rates would rise before the summer.", "that rates would rise before the summer",
                  "Ruiz")),
         parse="cue-candidate"),
    Rule("set-off-form", "cue", "`Voters, Ann Ruiz notes, want lower taxes`, `That plan, many argue, could fail`: a "
         "present form of a verb of saying (or of promising, warning or confirming: `..., the spokesman confirms.`; or "
         "of holding to, granting or stressing a point, lexicon SET_OFF_REPORTS, only when so set off: `..., the "
         "minister stresses.`, `..., the mayor concedes,`) "
         "tagged as a noun, set off by commas right after the noun phrase that "
         "speaks it (a bare form after a plural or a quantifier, an `-s` form after a bare name or one opened by "
         "its `The`: `..., The Verge notes.`; a plural before a participle's `by` phrase counts as the plural: "
         "`economists polled by the agency predict`; after a phrase of determiners, adjectives and nouns ending in a "
         "noun of people or papers that speak, a paper's verb too (`state`, `report`, `allege`, `show`): `..., the "
         "affidavit states.`, `..., charging documents allege.`), within the "
         "clause it reports or closing it (`..., many argue.`): the phrase speaks the words before and after it; closing the clause it "
         "reports, a contrast of the writer's may follow its comma (`..., the minister concedes, though few agree.`: "
         "no part of the report).",
         _set_off_form,
         (Example("That plan, many argue, could fail within a year.", "That plan could fail within a year", "many"),
          Example("Voters, Ann Ruiz notes, want lower taxes above all.", "Voters want lower taxes above all",
                  "Ann Ruiz"),
          Example("The tax will hurt small farms most, many argue.", "The tax will hurt small farms most", "many"),
          Example("The phone maker is working on a folding model, The Ledger notes.",
                  "The phone maker is working on a folding model", "The Ledger"),
          Example("Rates will rise again, economists polled by the agency predict.", "Rates will rise again",
                  "economists polled by the agency"),
          Example("The man pointed a gun at the clerk, the affidavit states.",
                  "The man pointed a gun at the clerk", "the affidavit"),
          Example("The man pointed a gun at the clerk, charging documents state.",
                  "The man pointed a gun at the clerk", "charging documents"),
          Example("The budget is balanced, the spokesman confirms.", "The budget is balanced", "the spokesman"),
          Example("The reform will pay for itself, the minister stresses.", "The reform will pay for itself",
                  "the minister"),
          Example("The reform, the minister concedes, will cost more than planned.",
                  "The reform will cost more than planned", "the minister"),
          Example("The plan will pay for itself, the minister concedes, though few economists agree.",
                  "The plan will pay for itself", "the minister")),
         parse="cue-candidate"),
    Rule("inverted-form", "cue", "`We will not back down, vows Ann Ruiz.`: a lower-case `-s` form of an "
         "inverting verb (`INVERTING_VERBS`: saying, reporting, promising, warning) tagged as a noun right after "
         "the comma closing a clause with a finite verb, followed by nothing but a name or a noun phrase opened "
         "by a determiner to the sentence's end: that phrase speaks the clause before the comma.",
         _inverted_form,
         (Example("We will not back down, vows Ann Ruiz.", "We will not back down", "Ann Ruiz"),),
         parse="cue-candidate"),
    Rule("subject-then-verb", "cue", "`Economists warn that ...`, `The group argues that ...`: a cue verb's base "
         "form tagged as a noun between a plural noun, pronoun, number or quantifier and a `that` opening a clause "
         "(or, after a plural or a pronoun, a clause; its `-s` form after a singular noun; a plural held by `close "
         "to`, `familiar with` or a participle's `by` counts as the plural, whatever its phrase ends in: `Sources close to the Prime "
         "Minister insist ...`, `Economists polled by the agency predict ...`, a participle spelt as its past too: "
         "`Experts sent by the agency warn ...`; a clause may open on an `-ing` word "
         "before a noun: `spending cuts remain ...`; in a sentence with no word tagged a finite verb at all, a "
         "plural and a lower-case singular noun before more of a noun phrase open one: `rising costs worry "
         "patients`, not where a verb is tagged: `sales tax rates hurt`; a role tagged an adjective is a singular noun, and a mostly-noun `-s` form "
         "reports before `that`, a subject and its verb: `The mayor reports that taxes fell`; before a form that is "
         "never a noun, lexicon VERB_ONLY_CUE_BASES, a body that British and sports copy gives a plural verb, "
         "PLURAL_AGREEING_BODIES, or a name alone opening the sentence, counts as a plural: `The club insist that "
         "...`, `City insist they ...`; not `White House press secretary`): that noun phrase speaks the rest of the "
         "sentence.",
         _subject_then_verb,
         (Example("Economists warn that the bank could raise rates again.",
                  "that the bank could raise rates again", "Economists", parse=_SUBJECT_THEN_VERB_UD),
          Example("The group argues that the fee is unfair.", "that the fee is unfair", "The group",
                  parse=_SUBJECT_THEN_VERB_S_UD),
          Example("The mayor notes that taxes fell.", "that taxes fell", "The mayor"),
          Example("The mayor reports that taxes fell.", "that taxes fell", "The mayor"),
          Example("Economists warn the bank could raise rates again.", "the bank could raise rates again",
                  "Economists", parse=_SUBJECT_THEN_CLAUSE_UD),
          Example("Sources close to the Prime Minister insist he has no plans to resign.",
                  "he has no plans to resign", "Sources close to the Prime Minister"),
          Example("Officials acknowledge spending cuts remain likely.", "spending cuts remain likely", "Officials"),
          Example("Economists polled by the agency predict that rates will rise.", "that rates will rise",
                  "Economists polled by the agency"),
          Example("Experts sent by the agency warn the bridge is unsafe.", "the bridge is unsafe",
                  "Experts sent by the agency"),
          Example("Doctors acknowledge rising costs worry patients.", "rising costs worry patients", "Doctors"),
          Example("The club insist that no offer has been made.", "that no offer has been made", "The club"),
          Example("City insist they have received no bid for the winger.", "they have received no bid for the winger",
                  "City")),
         parse="cue-candidate"),
    Rule("name-then-colon", "cue", "`Article 9 affirms: \"...\"`: a cue verb's `-s` form tagged as a noun "
         "between a name (with its number) and a colon opening a quotation: the name speaks the quotation.",
         _name_then_colon,
         (Example('The law is clear. Article 9 affirms: "Every child has a right to school."',
                  "Every child has a right to school.", "Article 9"),
          Example('Section 12 states: "No tenant may be evicted without notice."',
                  "No tenant may be evicted without notice.", "Section 12")),
         parse="cue-candidate"),
    Rule("source-then-question", "cue", "`The mayor questions whether the plan will work`: a cue verb's `-s` "
         "form tagged as a noun between the subject opening its sentence (`The` and a source word, or a name) and "
         "the `whether` or `if` opening a clause: the subject speaks the clause.",
         _source_then_question,
         (Example("The mayor questions whether the new bridge will be safe.", "whether the new bridge will be safe",
                  "The mayor"),),
         parse="cue-candidate"),
    Rule("noun-cue", "cue", "`his claim that the vote was rigged`, `the mayor's promise to fix the roads`: a "
         "noun naming a saying, right before the `that` or `to` opening what was said: its owner says it (when "
         "the noun's phrase opens its sentence, the clause ends before the sentence's own predicate, however the parse "
         "split it: `Her claim that the river would flood was ignored`, `Her claim that the city lost jobs is false`, `His "
         "claim that he took the bribe angered voters`, `... was unfair shocked the party`, `His claim that it was a "
         "hoax is false`, a noun after its copula, an `-ed` verb with its "
         "object; right after `his`, `its` or `their`, `her` (not after a verb of two objects or one that makes "
         "its object act: `gave her warning that`, `made her promise to`), or a possessive `'s`, the noun "
         "cue's form is a noun whatever its tag: `His warning that ...`, `Her warning that ...`, `The company's denial "
         "that ...`; an article before a `'s` owner is the owner's, wherever the parse hung it: `The mayor's claim`; "
         "an opener may come first: `Perhaps the mayor's claim that ...`; read from the words where the parse "
         "hung `that` from the predicate or took it for a relative pronoun: `The company's denial that it knew about the "
         "leak came hours later`; not a relative clause on the noun, its verb one that takes a saying with no "
         "object of its own: `His claim that he made was false`; a word right after `that` the tagger took for a "
         "verb that opens the clause's subject is a noun: `Her claim that prices rose is false`; a modal before a "
         "verb closing the clause marks what may happen, no relative clause: `His claim that the plant would close`; "
         "`break` or `keep` closes one only on a commitment: `the promise that he broke`, not `Her warning that the levee "
         "could break`; a past that is no participle, with its object, is the sentence's own predicate: `The senator's "
         "pledge to cut taxes drew applause`; a `that` clause whose verb takes a saying with no object is a relative "
         "clause wherever the noun stands: `Voters rejected her claim that he made`; owned, the object of another's "
         "cue, its clause the owner's however the parse hung it, and `her` right before the noun its owner, however the parse "
         "hung it: `Residents disputed his claim that the road was safe`, `Critics dismissed her claim that ...`; a verb "
         "that reports its object reports the owned noun alone: `his claim`;).",
         _noun_cue,
         (Example("Voters cheered the mayor's promise to fix every road in town.", "to fix every road in town",
                  "the mayor", parse=_NOUN_CUE_UD),
          Example("The senator repeated his claim that the vote had been rigged.", "that the vote had been rigged",
                  "his"),
          Example("Her claim that the river would flood was ignored by the council.", "that the river would flood",
                  "Her"),
          Example("His warning that the dam would fail was ignored by the council.", "that the dam would fail",
                  "His"),
          Example("The mayor's claim that the city lost 4,000 jobs last year is wrong.",
                  "that the city lost 4,000 jobs last year", "The mayor"),
          Example("His claim that he took the bribe angered voters.", "that he took the bribe", "His"),
          Example("Her claim that the money was stolen alarmed the board.", "that the money was stolen", "Her"),
          Example("Her claim that the vote was unfair shocked the party.", "that the vote was unfair", "Her"),
          Example("The company's denial that it knew about the spill came two days later.",
                  "that it knew about the spill", "The company"),
          Example("Her claim that the funds had been stolen is false.", "that the funds had been stolen", "Her"),
          Example("Residents disputed his claim that the road was safe.", "that the road was safe", "his"),
          Example("Her warning that the bridge was unsafe was ignored.", "that the bridge was unsafe", "Her"),
          Example("The warden's claim that the jail was safe was disputed by guards.", "that the jail was safe",
                  "The warden"),
          Example("Perhaps the warden's claim that the jail was safe was wrong.", "that the jail was safe",
                  "the warden"),
          Example("His claim that the fire was an accident is false.", "that the fire was an accident", "His"),
          Example("Her claim that prices rose is false.", "that prices rose", "Her"),
          Example("He ignored her warning that the levee could break.", "that the levee could break", "her"),
          Example("Her warning that the levee could break was ignored.", "that the levee could break", "Her"),
          Example("His claim that the plant would close was false.", "that the plant would close", "His"),
          Example("The senator's pledge to cut taxes drew loud applause.", "to cut taxes", "The senator"),
          Example("Fans cheered the league's announcement that the final would be replayed.",
                  "that the final would be replayed", "the league"),
          Example("Critics dismissed her claim that the vote was rigged.", "that the vote was rigged", "her"),
          Example("Critics disputed his claim that the vote was rigged.", "that the vote was rigged", "his")),
         parse="noun-cue"),
    Rule("made-promise", "cue", "`The mayor made a promise to fix the roads`: a noun naming a saying, with no "
         "possessive owner, right before the `that` or `to` opening what was said, as the object of a verb by "
         "which its subject gives or keeps it (`made`, `delivered`, `broke`), after `on` (`made good on`), or "
         "after `with` an active verb takes (`won them over with promises to ...`): that verb's speaker says "
         "the clause.", _made_promise,
         (Example("At the rally, the governor made a firm promise to repair every bridge in the county.",
                  "to repair every bridge in the county", "the governor"),
          Example("Last year the mayor made good on a pledge to plant a thousand trees.",
                  "to plant a thousand trees", "the mayor"),
          Example("She courted the farmers with promises to pave the rural roads.",
                  "to pave the rural roads", "She")),
         parse="noun-cue"),
    Rule("mention-of", "cue", "`The mayor made no mention of the tax`: the noun `mention` as the object of a "
         "verb of making or carrying, right before `of`: that verb's subject speaks of the noun phrase `of` "
         "opens.", _mention_of,
         (Example("The mayor made no mention of the new fuel tax.", "the new fuel tax", "The mayor"),
          Example("The ferry report makes scant mention of the broken pier.", "the broken pier",
                  "The ferry report")),
         parse="mention-of"),
    Rule("stance-noun", "cue", "`His argument is that the tax is unfair`, `The mayor's view was that ...`: a noun "
         "naming a stand put into words, with an owner before it (a possessive pronoun or a name's `'s`), then "
         "`is`, `was` or `remains` and `that`: the owner (its words without the `'s`, as `_owner_words` reads "
         "them for `noun-cue` too) says the clause, to the sentence's end (not a noun "
         "with no owner: `The message is that ...`; not one of feeling: `Her fear is that ...`).", _stance_noun,
         (Example("The governor's argument is that voters deserve a say on the new stadium.",
                  "that voters deserve a say on the new stadium", "The governor"),
          Example("Ms. Ortega's view is that the council moved far too fast.",
                  "that the council moved far too fast", "Ms. Ortega"),
          Example("His main complaint was that nobody had read the report.", "that nobody had read the report",
                  "His")),
         parse="stance-noun"),
    Rule("according-aside", "cue", "`The mill, according to the union, will close in June`: `according to X` set "
         "off by commas between the noun phrase opening its sentence and that phrase's verb: X says the words "
         "before it and the words after it.", _according_aside,
         (Example("The old ferry, according to the harbour board, will stop running in May.",
                  "The old ferry will stop running in May", "the harbour board"),)),
    Rule("according-demonstrative", "cue", "`... That's according to a survey by the Ledger.`: `according to X` "
         "whose clause is only `that` (`this`) and `be`: the demonstrative, standing for what the sentence before "
         "says, is what X says.", _according_demonstrative,
         (Example("Most voters in the county want the mill kept open. That's according to a new survey by the "
                  "Valley Ledger.", "That", "a new survey by the Valley Ledger"),)),
    Rule("per-source", "cue", "`..., per the report.`, `Per police, the driver lost control`, `The district, per a "
         "memo, will cut jobs`: `per` set off by a comma (or opening its sentence) before a source (a phrase with a "
         "determiner, a possessive or a name, or ending in a noun of people or records that speak: `per court "
         "documents`) gives the source of the clause on the comma's other side, as `according to` does (both sides "
         "for an aside between a noun phrase and its verb); not a rate (`80 miles per hour`), nor `as per`, nor a "
         "norm followed (`per the rules`, `per his contract`: lexicon NORM_NOUNS), nor after another's report (`Lee "
         "told the paper, per a translator, that ...`: the one who passed it on).",
         _per_source,
         (Example("The fire started in the kitchen, per the report.", "The fire started in the kitchen", "the report"),
          Example("Per police, the driver was headed east when he lost control.",
                  "the driver was headed east when he lost control", "police"),
          Example("The Hawks will sign the guard to a two-year deal, per ESPN.",
                  "The Hawks will sign the guard to a two-year deal", "ESPN"),
          Example("The store was robbed twice last year, per court documents.",
                  "The store was robbed twice last year", "court documents")),
         parse="per-source"),
    Rule("in-view", "cue", "`In Lee's view, taxes will fall.`, `Taxes will fall, in her opinion.`: `in`, an owner "
         "(a possessive pronoun, or a noun phrase its `'s` closes) and a noun of a view (lexicon VIEW_NOUNS) opening "
         "the sentence before a comma, or closing it after one, or set off by commas within the clause (`The plan "
         "was, in her view, doomed`: both sides, no cue verb before it); `my` and `our` own one too (`In my view, "
         "...`): the owner holds the rest of the sentence (a verb in "
         "it, and no quotation: `\"...,\" in Bolton's view` is `in-words`), as a speaker says it, read from the words.",
         _in_view,
         (Example("In the harbour master's view, the storm will pass by noon.", "the storm will pass by noon",
                  "the harbour master"),
          Example("The ferry will run again in May, in her opinion.", "The ferry will run again in May", "her"),
          Example("In my view, the ferry will run again in May.", "the ferry will run again in May", "my"),
          Example("The ferry was, in her opinion, badly overloaded.", "The ferry was badly overloaded", "her")),
         parse="in-view"),
    Rule("according-to", "cue", "`according to X`: X is the source (from the word after `to`, through the "
         "whole name there, up to a colon, a relative clause or the writer's clause of circumstance set off by a "
         "comma: `, with dozens missing`, `, as ...`), the rest of the clause the content; so is `as per "
         "X`, its South Asian form, unless X is a standard followed (`as per the rules`, `as per usual`); opening "
         "its sentence, the phrase ends at its comma (past a name set off after a description: `According to the "
         "club's doctor, Ann Ruiz, ...`; a description set off after a name is no part of the source, the name is: "
         "`According to Lt. Col. Ann Park, the battalion commander, ...`; or past a "
         "participle's phrase or a relative clause set off there, which is neither source nor content: `According "
         "to the survey, released on Monday, ...`, `According to the agency, which cited two officials, ...`), and "
         "all after it is the content.",
         _according_to,
         (Example("The talks will resume next week, according to a senior official.",
                  "The talks will resume next week", "a senior official"),
          Example("The death toll from the landslide rose to 31, according to the provincial disaster agency, with "
                  "dozens still missing.", "The death toll from the landslide rose to 31",
                  "the provincial disaster agency"),
          Example("According to Ruth Okafor, the plant will close in May.", "the plant will close in May",
                  "Ruth Okafor", parse=_ACCORDING_SPLIT_UD),
          Example('According to the Valley Ledger: "The mayor has not decided yet."',
                  "The mayor has not decided yet.", "the Valley Ledger", parse=_ACCORDING_COLON_UD),
          Example("According to the Rural Clinics Network, at least a dozen clinics are in a similar position.",
                  "at least a dozen clinics are in a similar position", "the Rural Clinics Network"),
          Example("According to Ruth Okafor, a spokeswoman for the league, the final will go ahead.",
                  "the final will go ahead", "Ruth Okafor"),
          Example("According to Lt. Col. Ann Park, the battalion commander, the soldiers were safe.",
                  "the soldiers were safe", "Lt. Col. Ann Park"),
          Example("The soldiers were safe, according to Lt. Col. Ann Park, the battalion commander.",
                  "The soldiers were safe", "Lt. Col. Ann Park"),
          Example("According to the survey, released on Monday, most farmers expect a poor harvest.",
                  "most farmers expect a poor harvest", "the survey"),
          Example("The ferry was cancelled, according to the port authority, which gave no reason.",
                  "The ferry was cancelled", "the port authority"),
          Example("According to the club's doctor, Ann Ruiz, the striker will miss the final.",
                  "the striker will miss the final", "the club's doctor, Ann Ruiz"),
          Example("According to the harbour police, who arrived within minutes, the skipper had been drinking.",
                  "the skipper had been drinking", "the harbour police"),
          Example("As per officials, the new ferry will start running in June.",
                  "the new ferry will start running in June", "officials"),
          Example("The ferry will be replaced next year, as per sources in the ministry.",
                  "The ferry will be replaced next year", "sources in the ministry")),
         parse="cue-candidate"),
))

# A parse that hangs the one who tells from `As`, with no subject for the cue.
_AS_TOLD_UD = """
1 As as ADP IN _ 3 case _ _
2 one one NUM CD _ 3 nummod _ _
3 aide aide NOUN NN _ 4 obl _ _
4 told tell VERB VBD _ 0 root _ _
5 the the DET DT _ 7 det _ _
6 Valley Valley PROPN NNP _ 7 compound _ _
7 Gazette Gazette PROPN NNP _ 4 obj _ _
8 , , PUNCT , _ 12 punct _ _
9 " " PUNCT `` _ 12 punct _ _
10 We we PRON PRP _ 12 nsubj _ _
11 never never ADV RB _ 12 advmod _ _
12 saw see VERB VBD _ 4 parataxis _ _
13 the the DET DT _ 14 det _ _
14 plan plan NOUN NN _ 12 obj _ _
15 . . PUNCT . _ 12 punct _ _
16 " " PUNCT '' _ 12 punct _ _
"""

# A parse that tags the plural after `which` as a verb and hangs the cue from the main clause.
_RELATIVE_TAGGED_NOUN_UD = """
1 Shares share NOUN NNS _ 2 nsubj _ _
2 fell fall VERB VBD _ 0 root _ _
3 after after ADP IN _ 5 case _ _
4 the the DET DT _ 5 det _ _
5 report report NOUN NN _ 2 obl _ _
6 , , PUNCT , _ 8 punct _ _
7 which which PRON WDT _ 8 nsubj _ _
8 analysts analyst VERB VBZ _ 5 acl:relcl _ _
9 said say VERB VBD _ 2 conj _ _
10 reflected reflect VERB VBD _ 11 amod _ _
11 fears fear NOUN NNS _ 9 obj _ _
12 of of ADP IN _ 14 case _ _
13 a a DET DT _ 14 det _ _
14 slowdown slowdown NOUN NN _ 11 nmod _ _
15 . . PUNCT . _ 2 punct _ _
"""

_RELATIVE_WHO_UD = """
1 The the DET DT _ 2 det _ _
2 coach coach NOUN NN _ 12 nsubj _ _
3 , , PUNCT , _ 2 punct _ _
4 who who PRON WP _ 5 nsubj _ _
5 fans fan VERB VBZ _ 2 acl:relcl _ _
6 call call VERB VBP _ 12 advcl _ _
7 " " PUNCT `` _ 9 punct _ _
8 the the DET DT _ 9 det _ _
9 Professor Professor PROPN NNP _ 6 obj _ _
10 , , PUNCT , _ 9 punct _ _
11 " " PUNCT '' _ 9 punct _ _
12 won win VERB VBD _ 0 root _ _
13 again again ADV RB _ 12 advmod _ _
14 on on ADP IN _ 15 case _ _
15 Sunday Sunday PROPN NNP _ 12 obl _ _
16 . . PUNCT . _ 12 punct _ _
"""

SUBJECTS = Table("subject", doc="The speaker of a cue verb from its parse; the first rule that answers wins.",
                 rules=(
    Rule("quoted-as", "subject", "`The minister was quoted by Reuters as saying ...`: under a verb of quoting, "
         "the one quoted says it (the passive subject, or the object), not the one who quotes, whose subject the "
         "verb of quoting has (asked first: `\"...,\" the general was quoted by the agency as saying` gives the general, not the agency); also when the parse hangs what was said from the "
         "verb of quoting itself (`was quoted as saying that ...`, `\"...,\" the agency quoted the minister as saying`); "
         "what was said then opens after the participle, not at the one quoted (`quoted the minister as saying: "
         "\"...\"`: a direct quotation, no mixed one holding the name); any participle after `as` reports the "
         "one quoted's words, however the parse hung it (`quoted the leader as calling for \"...\"`, hung from the "
         "one quoted: the speaker ends before `as`).",
         _quoted_as,
         (Example("The minister was quoted by a news agency as saying the talks had failed.",
                  "the talks had failed", "The minister"),
          Example("A news agency quoted the minister as saying the talks had failed.",
                  "the talks had failed", "the minister"),
          Example('State media quoted the leader as calling for "maximum vigilance."', 'for "maximum vigilance."',
                  "the leader"),
          Example("The former minister was quoted as saying that the deal was a betrayal.",
                  "that the deal was a betrayal", "The former minister"),
          Example('"The border will stay shut," a news agency quoted the minister as saying.',
                  "The border will stay shut,", "the minister"),
          Example('A news agency quoted the minister as saying: "The border will stay shut."',
                  "The border will stay shut.", "the minister"),
          Example("The border will stay shut, a news agency quoted the minister as saying on Friday.",
                  "The border will stay shut", "the minister"),
          Example('"The army will respond," the general was quoted by the state news agency as saying.',
                  "The army will respond,", "the general"),
          Example("State news agency IRNA quoted him as saying that talks would resume next week.",
                  "that talks would resume next week", "him"))),
    Rule("passive-agent", "subject", "`was told by X`, `When asked by X whether ...`: the passive agent (not a "
         "means: `said by telephone`; a title right before a name the parse hung apart gives the name: `asked by "
         "committee chairman Mel Stride`; after `accuse` and its kind, an `of` phrase that no `the`, owner or "
         "name opens is the charge, not the agent's: `accused by unions of a 'cover-up'`).",
         _passive_agent,
         (Example('During an appearance on "Meet the Voters," Sanders was asked by the host whether he '
                  'would stay.', "whether he would stay", "the host"),  # the programme's title is no quote
          Example("When asked by a reporter whether the plan would work, the mayor smiled.",
                  "whether the plan would work", "a reporter"),
          Example("Asked by committee chairman Mel Stride whether the bank had erred, the governor nodded.",
                  "whether the bank had erred", "Mel Stride"),
          Example("Ministers have been accused by unions of a 'cover-up' over the hospital closures.",
                  "of a 'cover-up' over the hospital closures", "unions"))),
    Rule("relative-tagged-noun", "subject", "`the news, which analysts said reflected ...`, `the coach, who fans "
         "call \"...\"`: a finite cue right after `which`, `that`, `who` or `whom` and a plural or a name tagged as a "
         "verb: that word speaks.", _relative_tagged_noun,
         (Example("Shares fell after the report, which analysts said reflected fears of a slowdown.",
                  "reflected fears of a slowdown", "analysts", parse=_RELATIVE_TAGGED_NOUN_UD),
          Example('The coach, who fans call "the Professor," won again on Sunday.', "the Professor,", "fans",
                  parse=_RELATIVE_WHO_UD))),
    Rule("as-clause", "subject", "`as X noted`, `As X told the paper, \"...\"`, with X parsed as a phrase of "
         "`as` (past a relative clause or description set off after X: `As Ann Ruiz, the author of ..., put it,`).",
         _as_subject,
         (Example("The talks will resume, as the minister noted on Friday.", "The talks will resume",
                  "the minister"),
          Example('As the Gazette reported, "If the vote were held today, the mayor would win easily."',
                  "If the vote were held today, the mayor would win easily.", "the Gazette"),
          Example('As one aide told the Valley Gazette, "We never saw the plan."', "We never saw the plan.",
                  "one aide", parse=_AS_TOLD_UD),
          Example('As one shop owner put it, "The street is dying."', "The street is dying.", "one shop owner",
                  parse=_AS_PHRASE_UD),
          Example('As Ann Ruiz, the author of "The Long Road," put it, "We are out of money."',
                  "We are out of money.", "Ann Ruiz"))),
    Rule("named-subject", "subject", "`A paper called \"The Harbour Voice\" reported the closure first`: a quotation "
         "that a participle giving a name opens (lexicon NAME_GIVING_FORMS, `known as`), closing right before the cue "
         "with no comma, `?` or `!` in its marks, is a name within the cue's subject, not a quotation the cue tags "
         "(`inverted-subject` takes nothing after it): the noun before the participle speaks, with the name.", _named_subject,
         (Example('A weekly paper called "The Harbour Voice" reported that the mill would close.',
                  "that the mill would close", 'A weekly paper called "The Harbour Voice"'),)),
    Rule("inverted-subject", "subject", "`\"...,\" said X`: the noun phrase after a verb of saying (`one of "
         "the volunteers` too), "
         "whatever relation the parse gave it and whatever tag a noun after a determiner or number before a "
         "comma (`said one official, who ...`) (never after `shook her head`), or a capitalised word in `-ing` opening a title "
         "before a name whatever its tag (`said Acting Police Commissioner Jo Hart`), or a source noun with its "
         "article dropped, as headlines write it, closing the sentence whatever its tag (`..., says mayor`), or the "
         "name after `Said` "
         "opening the sentence; none after a comma closing a relative aside (`Vance, who ..., mocked Ruiz`), "
         "and past a comma with no quotation before it only after a verb of saying, reporting, promising or "
         "warning (`INVERTING_VERBS`: `thanked the crews, praised the volunteers as ...` is no inversion; `warn` "
         "and `promise` closing the sentence so have no listener: `..., warned Ruiz.`).", _inverted_subject,
         (Example('"It went the other way," said the former aide.', "It went the other way,", "the former aide"),
          Example('"It was a mess from the start," said one of the volunteers who worked the count.',
                  "It was a mess from the start,", "one of the volunteers who worked the count"),
          Example('"The roads are closed," said Acting Police Commissioner Jo Hart on Tuesday.',
                  "The roads are closed,", "Acting Police Commissioner Jo Hart"),
          Example("Budget cuts coming, says mayor", "Budget cuts coming", "mayor"),
          Example("The levee will not hold, warned Ann Ruiz.", "The levee will not hold", "Ann Ruiz"),
          Example("The bank will cut 500 jobs, said a senior executive, who asked not to be named.",
                  "The bank will cut 500 jobs", "a senior executive"))),
    Rule("inverted-aside", "subject", "`The gap, said Ann Ruiz, an economist, is the real problem`: an inverted "
         "reporting clause set within the clause it reports (a verb of saying right after a comma, a noun phrase "
         "and its set-off apposition, then a comma and the clause's finite verb) is said by that phrase, "
         "whatever the parse made of it.", _inverted_aside_subject,
         (Example("The real cost, said Ann Ruiz, an economist at the bank, is the land itself.",
                  "The real cost is the land itself", "Ann Ruiz"),)),
    Rule("name-before-apposition", "subject", "`Anna Berg, a spokeswoman for the ministry, said` parsed as two "
         "subjects: the name (with its title words), not the description set off after it (by commas, or by "
         "dashes after a full name: `Jo Hart -- a teacher -- says`); also a description opened by `a`, `an` or "
         "`the` after a full name's comma that runs on to the verb unclosed (`Tom Vale, the party's spokesman "
         "said ...`), unless a comma follows the verb (`Clinton, an aide said, is confident`: the aide's); not a "
         "common noun first (with its own phrase: `The engineer in charge, Dr. Lena Fox, said`; an office capitalised "
         "with its own phrase too: `The Director-General of the agency, Dr. Sani Kolo, said`) and the name after "
         "it (`His mother, Karen Miles, said`, `The spokesman for the Relief Office (RO), Jo Hart, said`: both, as "
         "`description-before-name` reads them), where `a` or `an` makes the capitalised word after it a "
         "description (`The mayor, a Democrat, said`: the mayor); a title quoted within the description, its marks "
         "paired, its closing comma within the closing mark or not, sets nothing apart (`The mayor, a fan of \"Gone "
         "Girl,\" said`: the mayor; after a name, `name-before-description` reads it).",
         _name_before_apposition,
         (Example("Anna Berg, a spokeswoman for the ministry, said the trains would run on time.",
                  "the trains would run on time", "Anna Berg", parse=_APPOSITION_UD),
          Example("Former House speaker Jo Hart, a party elder, said the bill would fail.", "the bill would fail",
                  "Former House speaker Jo Hart", parse=_TITLED_APPOSITION_UD),
          Example("Jo Hart -- a teacher from Dayton -- says she voted for the mayor.", "she voted for the mayor",
                  "Jo Hart", parse=_DASHED_APPOSITION_UD),
          Example("Tom Vale, the spokesman for the county party said the count was final.", "the count was final",
                  "Tom Vale", parse=_UNCLOSED_APPOSITION_UD),
          Example("The mayor, a Democrat, said the city was out of money.", "the city was out of money",
                  "The mayor"))),
    Rule("parenthetical-subject", "subject", "`The mayor, Ruiz said, had been warned`: a reporting clause set "
         "inside what it reports, its subject parsed as a conjunct (no `and`) of the phrase before: that conjunct.",
         _parenthetical_subject,
         (Example("The mayor, Ruiz said, had been warned about the flooding.", "had been warned about the flooding",
                  "Ruiz", parse=_PARENTHETICAL_UD),)),
    Rule("after-relative", "subject", "`Another voter who lives here said`: a cue with no subject, auxiliary "
         "or conjunction of its own hung inside a relative clause follows that clause: the noun it modifies "
         "(the clause opened by its subject `who`, or by `whom` or `who` right before a subject of its own: `A "
         "parent whom the board had invited to speak said ...`); a clause with no comma before it restricts the "
         "noun and stays in the speaker (`_speaker_span`), one set off by commas goes.",
         _after_relative,
         (Example("Co-host Ann Ruiz, who was off camera, then asked whether the vote would be delayed.",
                  "whether the vote would be delayed", "Co-host Ann Ruiz", parse=_AFTER_RELATIVE_UD),
          Example("A parent whom the board had invited to speak said the plan was unfair.",
                  "the plan was unfair", "A parent whom the board had invited to speak"),
          Example('"We will stay open," a parent who asked not to be named said.', "We will stay open,",
                  "a parent who asked not to be named"))),
    Rule("tag-phrase", "subject", "`..., a person close to the company said.`, `..., officials in both cities "
         "insist, because ...`: a verb of saying right after a noun phrase set off by a comma after a clause, "
         "and closing its sentence or set off by a comma itself, is said by that phrase, read from the words "
         "(past a preposition's phrase or an adjective's or participle's: `close to`, `briefed on`; a share of a "
         "group: `one of the people`; before a relative clause, an `-ing` phrase or a name's description set off "
         "by commas: `, the official, who declined to be named, said`; a description with its name set off: `, "
         "his top aide, Tom Vale, said`, the whole apposition; a kind of paper's `-ing` word, however tagged: "
         "`, charging documents say`).",
         _tag_phrase_subject,
         (Example("The plant will close next year, a person close to the company said.",
                  "The plant will close next year", "a person close to the company"),
          Example("The firm has held early talks with two buyers, one of the people said, asking not to be "
                  "identified.", "The firm has held early talks with two buyers", "one of the people"),
          Example("Wages will rise next year, officials in both towns say, because the mill has reopened.",
                  "Wages will rise next year because the mill has reopened", "officials in both towns"),
          Example("The mill will close next spring, the official, who declined to be named, said.",
                  "The mill will close next spring", "the official"),
          Example("The ferry will stop running in May, one clerk, speaking on condition of anonymity, told the "
                  "Gazette.", "The ferry will stop running in May", "one clerk"),
          Example("The ferry will stop running in May, his top aide, Tom Vale, told the Gazette.",
                  "The ferry will stop running in May", "his top aide, Tom Vale"),
          Example("The man stole three cars, charging documents say.", "The man stole three cars",
                  "charging documents"))),
    Rule("participle-phrase", "subject", "`A campaign ad released Thursday says ...`, `A city report issued "
         "earlier this year warned ...`: a finite cue right after a noun phrase opening its clause and a past "
         "participle's phrase modifying its noun with no comma (its adverbs, then a time or, for a participle's or "
         "regular past form, one preposition's phrase, however its preposition is tagged, with a noun's `-ing` "
         "modifier in it: `outside polling stations`; no verb of saying) is that phrase's, read from the words "
         "(the parse may take the participle for the main verb, or the time or the phrase's noun for a subject; "
         "a bare plural opening the sentence only then).",
         _participle_phrase_subject,
         (Example('A campaign ad released Thursday says the senator is "out of touch."',
                  'the senator is "out of touch."', "A campaign ad released Thursday"),
          Example("A memo sent late on Friday claimed that the budget would not balance.",
                  "that the budget would not balance", "A memo sent late on Friday"),
          Example("A city report issued earlier this year warned that the bridge was unsafe.",
                  "that the bridge was unsafe", "A city report issued earlier this year"),
          Example('A textbook just published for schools explains "the value of peace between neighbours."',
                  "the value of peace between neighbours.", "A textbook just published for schools"),
          Example("Voters interviewed outside polling stations said the wait was too long.",
                  "the wait was too long", "Voters interviewed outside polling stations"))),
    Rule("set-off-participle-subject", "subject", "`The email, sent to staff on Friday, said ...`: a finite cue "
         "with no subject of its own right after the comma closing a past participle's phrase set off after the "
         "noun phrase opening the sentence: that noun phrase speaks, read from the words.",
         _set_off_participle_subject,
         (Example("The email, sent to staff on Friday, said the office would close.",
                  "the office would close", "The email"),)),
    Rule("apposition-host", "subject", "`The party's housing spokeswoman, Jo Hart, accused ministers of ...`: a past "
         "form right after the comma closing a name set off after the noun phrase opening the sentence is its main "
         "verb, whatever the parse made of it (an adjective of the noun after it): the name speaks (with its "
         "description, as `description-before-name` widens it); so too after a phrase set off there that a "
         "preposition or an `-ing` participle opens (`The governor, in a video message posted on social media, "
         "urged residents to ...`), or a run of adverbs (`The mayor, however, urged ...`): the noun before it speaks, "
         "and the noun after the verb is its listener (content rule `infinitive`, its infinitive however the parse "
         "hung it: `Health officials, citing new data, urged parents to vaccinate ...`) or what it reports "
         "(`The company, in a statement, announced plans to ...`).", _apposition_host,
         (Example('The harbour board\'s chairwoman, Ann Ruiz, accused ministers of "sitting on their hands".',
                  'ministers of "sitting on their hands"', "The harbour board's chairwoman, Ann Ruiz"),
          Example("The governor, in a video message posted on social media, urged residents to stay indoors.",
                  "residents to stay indoors", "The governor"),
          Example("Health officials, citing new data, urged parents to vaccinate their children.",
                  "parents to vaccinate their children", "Health officials"),
          Example("The mayor, however, urged residents to stay home.", "residents to stay home", "The mayor"),
          Example("The company, in a statement, announced plans to cut 500 jobs.", "plans to cut 500 jobs",
                  "The company"))),
    Rule("misread-main-verb", "subject", "`Hundreds of farmers marched through the capital, chanting ...`: a "
         "participle set off by a comma closes a clause (so does a past-form cue right after `and`, with no subject "
         "of its own: `Students marched through the square and chanted ...`), so where the parse left the words "
         "before it no finite verb, "
         "the one past form in `-ed` there right after a noun, which the parse took for a modifier, is their main "
         "verb: the noun phrase before it, opening its clause, speaks (and the verb is no part of it).",
         _misread_main_verb,
         (Example('The mayor\'s right-hand man rallied volunteers, saying: "We have to be ready."',
                  "We have to be ready.", "The mayor's right-hand man", parse=_MISREAD_MAIN_UD),
          Example('Students marched through the square and chanted "No cuts!"', "No cuts!", "Students"))),
    Rule("aside-host", "subject", "`The senator, who said last week that she would run, announced ...`: a "
         "finite verb right after the comma or dash (and adverbs) closing a relative clause set off after a noun (one "
         "a share opens too: `Residents, many of whom have lived there for decades, say ...`) is that "
         "noun's, read from the words, wherever the parse hung the verb within another clause (unless it gave it a "
         "subject of its own outside that clause); so too after a participle's phrase set off by commas after a noun "
         "(`Others, pointing to the delay, shouted`; a past form in `-ed` there is the participle, however tagged: "
         "`after Ruiz, asked about it, said`), and past the perfect's `had` (`when Hale, pressed by reporters, had "
         "admitted`).", _aside_host,
         (Example("The senator, who said last week that she would run, announced on Monday that she had changed "
                  "her mind.", "that she had changed her mind", "The senator"),
          Example("Mayor Ann Ruiz \u2014 who said last month that she would run \u2014 announced on Friday that she "
                  "had changed her mind.", "that she had changed her mind", "Mayor Ann Ruiz"),
          Example('Others, pointing to the delay between the storm and the mayor\'s return, shouted, "Open the '
                  'shelters!"', "Open the shelters!", "Others"),
          Example('The row began when Hale, pressed by reporters, had admitted that the plan was "a mistake from '
                  'the start."', 'that the plan was "a mistake from the start."', "Hale"),
          Example('The issue came up after Ruiz, asked about the deaths, said, "I think our city does plenty of '
                  'harm too."', "I think our city does plenty of harm too.", "Ruiz"),
          Example("Residents, many of whom have lived there for decades, say they were never consulted.",
                  "they were never consulted", "Residents"))),
    Rule("fronted-participle-object", "subject", "`Addressing journalists in Abuja, the chairman, Mr Adams Bello, "
         "said ...`: an `-ing` participle's phrase opening the sentence, closed by a comma, is the writer's free "
         "adjunct, so no word of it is the subject of the finite verb after it, whatever the parse made of its "
         "object (a subject, or, for a description and a name set off after it, their host): the noun phrase "
         "between that comma and the verb "
         "speaks (a name set off after it too), read from the words.", _fronted_participle_object,
         (Example("Addressing journalists in Abuja, the chairman, Mr Adams Bello, said the party was united.",
                  "the party was united", "the chairman, Mr Adams Bello"),
          Example("Confirming the incident, the Police Public Relations Officer, DSP Bala Musa, said two suspects "
                  "had been arrested.", "two suspects had been arrested",
                  "the Police Public Relations Officer, DSP Bala Musa"))),
    Rule("relative-before-aside", "subject", "`the staff, who, on a press call Friday, criticized ...`: a finite "
         "verb with no subject of its own right after a phrase set off by commas (no verb or quotation in it) that "
         "follows a relative pronoun has that pronoun for its subject, read from the words.", _relative_before_aside,
         (Example('The campaign blamed the staff, who, on a press call Friday, criticized Lee for "misleading the '
                  'voters."', 'Lee for "misleading the voters."', "who"),)),
    Rule("asked-aside", "subject", "`Ruiz, asked about the deaths, said ...`: a verb of asking or telling in "
         "`-ed` opening a phrase set off by commas right after a noun, a verb after its closing comma, is a "
         "participle whatever the parse made of it: it names the one asked or told, and nobody speaks.",
         _asked_aside,
         (Example('The issue came up after Ruiz, asked about the deaths, said, "I think our city does plenty of '
                  'harm too."', "the deaths", None),
          Example("Trump, asked about the report, said it was false.", "the report", None))),
    Rule("plural-tagged-verb", "subject", "`..., though aides concede the numbers are tight`: a finite cue (or a "
         "base form hung on that word: `and aides concede`) with no subject right after a bare `-s` word the tagger took for a verb, after a conjunction, a comma or the "
         "sentence's start, or after a quotation handed over with its comma (`\"...,\" aides said`): two finite verbs "
         "do not stand side by side, so that word is a plural noun, the speaker.", _plural_tagged_verb,
         (Example("The budget passed on Monday, though aides concede the numbers are tight.",
                  "the numbers are tight", "aides"),
          Example("The budget passed, and aides concede the numbers are tight.", "the numbers are tight", "aides"),
          Example('She called the plan "bold but costly," aides said.', 'She called the plan "bold but costly,"',
                  "aides"))),
    Rule("nominal-subject", "subject", "The verb's own subject nearest it, one before it first; no time word, "
         "nor a lower-case noun ending a phrase of time right before the cue (`The senator later that day said`); "
         "not a bare noun right after a participle that follows another subject, what the participle makes of that "
         "one (`Passengers taken prisoner in May said`); "
         "none after `tell`, which takes the one told there and is never inverted (`..., Vale told POLITICO`); "
         "a relative clause set off after it is no part of it, after a name that a title the parse took for "
         "the head goes on with too (`Lab director Ana Cole, who ..., said`); nor a job title set off after a "
         "name in capitals, as a press release prints it (`Jane Doe, Chief Executive Officer of Acme, said`); one "
         "past a quotation mark only where the writer quotes a term within the subject's own phrase (`The "
         "\"watchdog\" warned`: a determiner or modifier of its own before the opening mark), or a work's title "
         "set off by commas after its noun (`His 1971 book, \"Rivers of Iron,\" argued`: the work speaks).",
         _nominal_subject_of,
         (Example('"This is a good day for the country," the president told reporters.',
                  "This is a good day for the country,", "the president"),
          Example("Lab director Ana Cole, who first flagged the issue, said the plan would fail.",
                  "the plan would fail", "Lab director Ana Cole"),
          Example('His 1971 book, "Rivers of Iron," argued that the city had forgotten its workers.',
                  "that the city had forgotten its workers", "His 1971 book"),
          Example("Jane Doe, Chief Executive Officer of Acme, said the deal would close in May.",
                  "the deal would close in May", "Jane Doe"),
          Example('The "watchdog" warned that prices would rise.', "that prices would rise", 'The "watchdog"'),
          Example("The senator the same day said the bill was dead.", "the bill was dead", "The senator"),
          Example("Passengers taken prisoner in May said the crew had fled.", "the crew had fled",
                  "Passengers taken prisoner in May"))),
    Rule("weekday-subject", "subject", "`The Tories Sunday said ...` parsed with the weekday as the subject: a "
         "weekday (or a weekday's part of the day: `Monday night`) right before the cue after a name (no day's name: "
         "`Super Tuesday`) is when it was said; the "
         "name before it speaks.", _weekday_subject,
         (Example("The Tories Sunday said the deal was dead.", "the deal was dead", "The Tories"),
          Example("Ann Ruiz Monday night said the bakery would close.", "the bakery would close", "Ann Ruiz"))),
    Rule("perfect-subject", "subject", "`Ruiz has since apologized: \"...\"` parsed as a passive: a participle "
         "after `have` with no `be` or `get` is active; its subject, before it, speaks.", _perfect_subject,
         (Example('Ruiz has since apologized for what happened: "I should have called the families first."',
                  "I should have called the families first.", "Ruiz"),)),
    Rule("contracted-perfect", "subject", "`He's said he would run` parsed as a passive: `'s` before a participle "
         "that goes on to a clause with its own subject (or, after a verb taking a listener, an object) is `has`: "
         "its subject speaks (not `It's said that ...`).", _contracted_perfect,
         (Example("He's said he would vote against the new bridge.", "he would vote against the new bridge", "He",
                  parse=_CONTRACTED_PERFECT_UD),)),
    Rule("unmarked-passive", "subject", "`Paul Ruiz later testified that ...` parsed as a passive: a past form "
         "with no `be` or `get` (nor `have`) is active; its subject nearest before it speaks.", _unmarked_passive,
         (Example('One of the senior engineers, Paul Ruiz, later testified that "no valve was checked."',
                  'that "no valve was checked."', "One of the senior engineers, Paul Ruiz",
                  parse=_UNMARKED_PASSIVE_UD),)),
    Rule("clause-preposition", "subject", "`The plant closed after the company said ...`: a finite cue right after "
         "a noun phrase opened by `after`, `before`, `since`, `until` or `as` (`..., as one aide put it, ...`; "
         "`As one aide put it, \"...\"` opening its sentence is `as-clause`'s): that phrase; read from the words "
         "where the parse hung them elsewhere, a description from a determiner or possessor after `after`, "
         "`before`, `since` or `until`, a name set off after it or not (`Shares fell after the company's chief "
         "executive said`, `rose after the club's manager, Tom Vale, said`), never the main clause's subject, even "
         "where the parse hung it from the cue past a verb of its own (`Shares, in early trading, jumped after the "
         "company announced a deal`).",
         _clause_preposition_subject,
         (Example("The plant closed a week after the company said it would cut jobs.",
                  "it would cut jobs", "the company", parse=_CLAUSE_PREPOSITION_UD),
          Example("Prices rose after the club's manager, Tom Vale, said he would resign.", "he would resign",
                  "the club's manager, Tom Vale"),
          Example("Shares, in early trading, jumped after the company announced a deal.", "a deal",
                  "the company"))),
    Rule("quantifier-before", "subject", "`Some chanted \"...\"`, `; most said ...`: a quantifier opening the "
         "cue's clause right before it (after a subordinator too, `, while another added:`: lexicon "
         "QUANTIFIER_CLAUSE_OPENERS; or `and`, `but`, `yet` after a comma), however the tagger took it (not `both`, `all`, `each` after the comma closing an "
         "aside in a subject with no verb before it: `Ann Ruiz and her deputy, Tom Vale, both said`, floating on that "
         "subject).", _quantifier_before,
         (Example('The crowd cheered and waved flags. Some chanted "Go home! Go home!"', "Go home! Go home!",
                  "Some"),
          Example("'Gutted for her,' one fan wrote online, while another added: 'She deserved to win.'",
                  "She deserved to win.", "another"))),
    Rule("with-subject", "subject", "`..., with Vance shouting: \"...\"`: a participle after `with` and a noun "
         "phrase (its own `of`, `from`, `for`, `in`, `at` phrases included), set off by a comma or opening "
         "the sentence, or a name however it stands (`The talk ended with Ruiz asking ...`), is that phrase's.",
         _with_subject,
         (Example('The clash came after the mayor spoke, with Vance reportedly shouting: "Get out of my town!"',
                  "Get out of my town!", "Vance"),
          Example('The count went ahead, with the leaders of both parties in the county saying "it was fair."',
                  "it was fair.", "the leaders of both parties in the county"),
          Example("The interview ended with Ruiz asking the mayor whether she would run again.",
                  "whether she would run again", "Ruiz"))),
    Rule("tag-participle", "subject", "`\"...,\" the official said, adding that ...`: a participle of saying set off "
         "by a comma right after a reporting clause (a finite cue with its speaker, nothing but its own words "
         "after it) goes on with that clause's speaker, however the parse hung the participle.", _tag_participle,
         (Example('"There is no deal yet," the official said, adding that talks would resume on Monday.',
                  "that talks would resume on Monday", "the official"),)),
    Rule("main-clause-adjunct", "subject", "`She was adamant that the firm keep the lead, telling ...`: a participle "
         "set off by a comma at the end of a clause set within another (after `that`, `whether`, `if`, or a gerund "
         "after a preposition) speaks for the subject of the clause holding that one, outside any quotation.",
         _main_clause_adjunct,
         (Example('She was adamant that she and the company keep the upper hand, telling investors they would not '
                  '"have to make the first move."', 'they would not "have to make the first move."', "She"),
          Example('He joined other critics in pouncing on news that the agency had lost the files, saying on '
                  'Twitter: "This is a disaster for the mayor."', "This is a disaster for the mayor.", "He"))),
    Rule("free-adjunct", "subject", "`X said the deal was dead, adding ...`: a participle set off by a comma "
         "speaks for the subject of the clause it closes, however deep the parse hung it.", _free_adjunct,
         (Example('The spokeswoman said the mayor was wrong, adding, "The plan will never work."',
                  "The plan will never work.", "The spokeswoman", parse=_FREE_ADJUNCT_UD),)),
    Rule("participle-before-report", "subject", "`Lee mocked the plan, saying it would be ...`: a participle "
         "set off by a comma, hung by the parse inside the clause it reports, speaks for the subject of the clause "
         "the comma closes.", _participle_before_report,
         (Example('Ruiz mocked the record of the governor, saying she would be a weak leader who lacks "spine."',
                  'she would be a weak leader who lacks "spine."', "Ruiz", parse=_PARTICIPLE_BEFORE_REPORT_UD),)),
    Rule("issuer", "subject", "`The town issued a statement saying ...`: a text an issuing verb puts out "
         "speaks for its issuer.", _issuer,
         (Example("The town issued a statement saying that the bridge would stay closed.",
                  "that the bridge would stay closed", "The town", parse=_ISSUER_UD),
          Example("The tenants sent a letter saying that the heat failed again.", "that the heat failed again",
                  "The tenants", parse=_SENT_UD))),
    Rule("closing-name-run", "subject", "`..., the news site Valley Courier reported.`: a cue closing its sentence "
         "right after a run of name-and-title words set off by a comma, however the parse hung it (as a "
         "relative clause of a noun before it): that run.", _closing_speaker,
         (Example("The bridge will stay shut until the spring, the local paper Valley Courier reported.",
                  "The bridge will stay shut until the spring", "the local paper Valley Courier",
                  parse=_CLOSING_RUN_UD),)),
    Rule("gerund-doer", "subject", "`took the step of criticizing X, accusing ...`, `made a point of noting`: a "
         "gerund after a preposition, or a participle joined to one, is done by the subject of the clause "
         "holding the phrase, not by the noun it hangs from.", _gerund_doer,
         (Example('At the ribbon cutting, the coach made a point of noting the new field "belongs to every '
                  'child in town."', 'the new field "belongs to every child in town."', "the coach"),)),
    Rule("passive-modifier", "subject", "`Lee, when asked about it, ...`, `buyers who were told ...`: a verb of "
         "asking or telling in the passive, modifying a noun or bare after `when`, names the one asked or told: "
         "nobody speaks.",
         _passive_modifier,
         (Example("The mayor, when asked whether the bridge would reopen, did not answer.",
                  "whether the bridge would reopen", None),
          Example("Buyers who were told that the price was fair felt cheated.", "that the price was fair", None,
                  parse=_TOLD_UD))),
    Rule("misread-relative", "subject", "`... while doctors warned of a crisis` parsed as a relative clause of an "
         "earlier noun: a finite cue with no subject takes the noun phrase right before it.", _misread_relative,
         (Example("The town faced a flood while local doctors warned of a new outbreak.",
                  "a new outbreak", "local doctors", parse=_MISREAD_RELATIVE_UD),)),
    Rule("have-to-say", "subject", "`Lee has nothing but kind things to say about the clinic`, `will have more "
         "to say about it`: an infinitive of a verb of saying right after the object of `have` (what there is to "
         "say) is said by the subject of `have`, not by that object.", _have_to_say,
         (Example("A local nurse has nothing but kind things to say about her clinic.", "her clinic",
                  "A local nurse"),
          Example("The council has not always had good things to say about the project.", "the project",
                  "The council"))),
    Rule("infinitive-doer", "subject", "`Lee took the chance to comment on the vote`, `were under pressure to "
         "pledge that ...`: a `to`-infinitive right after the noun it modifies (a chance, pressure, a request), "
         "the noun with no owner, is not done by that noun but by the subject of the clause that holds the noun "
         "(`the campaign's decision to tell ...`: left to `relative-head`, whose phrase holds the owner).",
         _infinitive_doer,
         (Example("The senator took the chance to warn that the budget was too small.",
                  "that the budget was too small", "The senator", parse=_INFINITIVE_DOER_UD),)),
    Rule("relative-head", "subject", "`the official who said`: the noun the cue's clause modifies.",
         _relative_head,
         (Example('Protesters chanting "Stop the war now" marched downtown.', "Stop the war now", "Protesters",
                  parse=_RELATIVE_HEAD_UD),)),
    Rule("object-control", "subject", "`led Republicans to say`, `forced the mayor to admit`: after a verb that "
         "makes or lets someone do it, the first object, the infinitive its complement or a purpose (not after a "
         "request or a wish: `urged voters to say`, `called her to say`, `wants them to recall`, the asker's).",
         _object_control,
         (Example("The defeat led Republicans to say that the party needed a new leader.",
                  "that the party needed a new leader", "Republicans"),
          Example("The loss forced the mayor to admit that the plan had failed.", "that the plan had failed",
                  "the mayor", parse=_FORCED_UD))),
    Rule("perceived-doer", "subject", "`watched the mayor calling her ...`, `think of Lee saying`: a participle "
         "right after the object of a verb of perceiving or showing (or of remembering, a perception recalled: "
         "`remembers her mother telling her, \"...\"`, lexicon PERCEPTION_VERBS), or a noun phrase opened by `of`, "
         "with no comma between, is that phrase's.", _perceived_doer,
         (Example('Each night we watch the rivals of the mayor loudly calling her a "fraud."',
                  'her a "fraud."', "the rivals of the mayor"),
          Example('What do you make of Lee quietly saying "let it go" after the vote?', "let it go", "Lee"),
          Example('Ruiz remembers her mother telling her, "Always vote."', "Always vote.", "her mother"))),
    Rule("passive-control", "subject", "`was prompted to say`: the passive subject of the governing verb (not "
         "for a cue joined to a clause a cue before it reports, `report-conjunct`'s: `said the plan was drafted by "
         "the council and said, \"...\"`).",
         _passive_control,
         (Example('Mr. Jones was prompted to say, "By now, I cannot believe how quiet the hall has stayed."',
                  "By now, I cannot believe how quiet the hall has stayed.", "Mr. Jones"),)),
    Rule("after-quotation", "subject", "`Lee said, \"...,\" adding ...`: a participle set off right after a "
         "quotation and hung from its verb speaks for the cue reporting the quotation (also the reporting clause "
         "set within a split quotation that the parse hung from the quotation's verb: `\"The river,\" Fox said, "
         "\"has been studied,\" adding: \"...\"`).", _after_quotation,
         (Example('Mr. Lee said of the episode, "I do not like it," adding that "they are angry."',
                  'that "they are angry."', "Mr. Lee"),
          Example('"The river," Fox said, "has been studied for years," adding: "We know how it behaves."',
                  "We know how it behaves.", "Fox"))),
    Rule("subordinate-conjunct", "subject", "`The crowd cheered when the mayor took the stage and said ...`: a "
         "verb joined by `and` with no subject of its own, right after the words of a clause opened by `when`, "
         "`after`, `because` ... with a subject of its own, shares that clause's subject, however far back the "
         "parse joined it.", _subordinate_conjunct,
         (Example('The crowd cheered when the mayor took the stage and said that the bridge "will reopen."',
                  'that the bridge "will reopen."', "the mayor"),)),
    Rule("report-conjunct", "subject", "`said the plan costs too much and argued for ...`: a cue joined with no "
         "subject to the clause a cue before it reports is that cue speaker's further doing.",
         _report_conjunct_subject,
         (Example("The farmer said the dam is too small and argued for a second one upstream.",
                  "a second one upstream", "The farmer"),
          Example('Lee said the plan was drafted by the council and said, "Who are you going to trust on this?"',
                  "Who are you going to trust on this?", "Lee"))),
    Rule("subject-before-conjunct", "subject", "`Lee opposed it and Ruiz said`: a finite active verb the parse "
         "joined to an earlier one, right after a noun phrase opened by a conjunction (or after it and an aside of "
         "adverbs set off by commas: `and Ruiz, once again, said`, or a description set off after a name: `while "
         "Ann Ruiz, the former governor, argued`), or with a participle's phrase restricting its noun (`and "
         "officials interviewed on Monday said`), is that phrase's.", _subject_before_conjunct,
         (Example("The council opposed the tax and Mayor Ruiz said that she would veto it.",
                  "that she would veto it", "Mayor Ruiz", parse=_CONJUNCT_SUBJECT_UD),
          Example("The council opposed the tax and the mayor, once again, firmly said that she would veto it.",
                  "that she would veto it", "the mayor", parse=_CONJUNCT_ASIDE_UD),
          Example('The storm passed, but residents reached by phone said that the power "is still out."',
                  'that the power "is still out."', "residents reached by phone"),
          Example('Lee wants a wall, while Ann Ruiz, the former Ohio governor, argued that the wall "will never '
                  'work."', 'that the wall "will never work."', "Ann Ruiz"))),
    Rule("passive-conjunct", "subject", "`and was told that ...`: a passive cue hung from another verb, "
         "with no agent, names nobody as speaking.", _passive_conjunct,
         (Example("The mayor resigned and was told that the vote had failed.", "that the vote had failed",
                  None, parse=_PASSIVE_CONJUNCT_UD),)),
    Rule("set-off-subject", "subject", "`Dover, Del., on Monday, Senator Lowe backed it, saying`: the host "
         "verb's subject is the noun phrase right before it, not an earlier one the parse chose past a comma.",
         _set_off_subject,
         (Example("Dover, Del., on Monday, Senator Ann Lowe backed the bill, saying that it would help farmers.",
                  "that it would help farmers", "Senator Ann Lowe", parse=_SET_OFF_UD),)),
    Rule("share-doer", "subject", "`left two in three viewers saying ...`: a participle right after a share "
         "of people, with no comma between, is what that share says.", _share_doer,
         (Example("The debate left two in three viewers saying that the mayor had won.",
                  "that the mayor had won", "two in three viewers"),
          Example("The long debate left 60 percent saying that the mayor had won.", "that the mayor had won",
                  "60 percent"))),
    Rule("possessor-quotation", "subject", "`Ruiz's \"if you like your school, you can keep it\" promise`: a cue "
         "form right after a quotation opened right after a possessive names that saying, whatever its tag: the "
         "owner speaks.", _possessor_before_quotation,
         (Example('It is the steady pull of Ruiz\'s "if you like your school, you can keep it" promise.',
                  "if you like your school, you can keep it", "Ruiz's"),)),
    Rule("contact-relative", "subject", "`Ruiz wears a suit in videos he calls \"Vital Signs,\" pointing to ...`: a "
         "cue whose host the parse joined as a second clause with no conjunction, its pronoun subject right after a "
         "noun, hangs from a relative clause with `that` left out: it speaks for the clause holding that noun.",
         _contact_relative,
         (Example('Ruiz wears a suit in videos he calls "Vital Signs," telling viewers that sugar is "ruining the '
                  'country."', 'that sugar is "ruining the country."', "Ruiz",
                  parse=_CONTACT_RELATIVE_UD),)),
    Rule("parallel-participle", "subject", "`..., with Ruiz saying the plan was \"a trap\" and asking, \"...\"`: a "
         "participle cue right after `and` goes on in parallel with the participle cue before it in its sentence, "
         "however the parse hung it: that one's speaker.", _parallel_participle,
         (Example('The crowd grew restless, with the mayor saying the new plan was "a step backward" and asking, '
                  '"Who will pay for it?"', "Who will pay for it?", "the mayor"),)),
    Rule("linking-aside-subject", "subject", "`Whitcomb, for her part, insists ...` with the name taken for an "
         "interjection: a finite cue with no subject right after a linking phrase set off by commas (`for her part`, "
         "`in turn`), a linking adverb (`meanwhile`, `however`: never the subject, whatever the parse), or a phrase "
         "of the occasion or means of speaking (`in a statement`, `through a lawyer`), has "
         "for its subject the word before that phrase's opening comma (before a verb it was joined to, whose "
         "subject it is not: `..., but the family, in a statement, said`).", _linking_aside_subject,
         (Example("Whitcomb, for her part, insists the vote would only delay the inevitable.",
                  "the vote would only delay the inevitable", "Whitcomb"),
          Example("Police said the driver was not hurt, but the family, in a statement, said she was badly injured.",
                  "she was badly injured", "the family"),
          Example("The alliance's secretary general, meanwhile, said talks would resume.",
                  "talks would resume", "The alliance's secretary general"))),
    Rule("controller-subject", "subject", "`He smiled and said`, `..., saying that`: the speaker of the verb "
         "the cue hangs from, else, in a main clause, its passive subject (`The paper has long been opposed to "
         "it, arguing ...`); a verb after `and` that the parse joined to a noun goes on from the verb that noun "
         "hangs from (`The crowd erupted in cheers and chanted ...`); not for a finite cue after a comma, a "
         "conjunction and a noun phrase, its own subject however the parse hung it (`..., but the family's lawyer, "
         "Tom Vale, told reporters ...`; a phrase after its noun too: `..., but a diplomat familiar with the talks "
         "said`; not a time and a phrase: `..., and this week in a letter said`); a tensed verb after `and` that "
         "the parse joined to a `to`-infinitive goes on from the verb that infinitive hangs from (`promised to cut "
         "taxes and called for an audit`: `to` governs no `called`).", _controller,
         (Example('He backed Obama and said, "Clinton did nothing."', "Clinton did nothing.", "He"),
          Example('The crowd at the party erupted in cheers and chanted "Maria! Maria!"', "Maria! Maria!",
                  "The crowd at the party"),
          Example('The senator wants voters to recall that he "stood alone" against the war.',
                  'that he "stood alone" against the war', "The senator"),
          Example("The mayor called reporters to say that the bridge would reopen in May.",
                  "that the bridge would reopen in May", "The mayor"),
          Example('The governor thanked the crews, praised the volunteers as "true heroes" and left.',
                  'the volunteers as "true heroes"', "The governor"),
          Example("The union pushed its members to say they support the new contract.",
                  "they support the new contract", "The union"),
          Example('The paper has long been opposed to the plan, arguing it is "a waste of public money."',
                  'it is "a waste of public money."', "The paper", parse=_PASSIVE_HOST_UD),
          Example("The senator promised to cut taxes for families and called for an audit of the count.",
                  "an audit of the count", "The senator"))),
    Rule("crossing-subject", "subject", "`Jane Doe, director of ..., said she thinks`: a subject before the "
         "cue whose head lies beyond it.", _crossing_subject,
         (Example("Jane Doe, director of the fund, said she thinks they will lose.",
                  "she thinks they will lose", "Jane Doe", parse=_CROSSING_UD),)),
    Rule("determiner-on-cue", "subject", "`A spokeswoman added: \"...\"` parsed with `spokeswoman` as an adjective "
         "and the determiner hung on the cue: a determiner modifies no verb, so the words between it (opening its "
         "sentence or after punctuation) and the cue in a finite form (no `to`: not `a concern ... to recommend`) "
         "(its adjectives, the last a noun for a person whatever its tag) are the cue's subject.",
         _determiner_on_cue,
         (Example('The council said the scheme would be reviewed. A spokeswoman added: "We are listening."',
                  "We are listening.", "A spokeswoman"),)),
    Rule("noun-before", "subject", "A finite cue with no subject: the noun right before it, or the name "
         "before its comma, past a phrase of time after that comma (`The firm's chief executive, John Ferris, on "
         "Tuesday said`) or a clause of time the cue's set off by commas (`The party chairman, Mr. Ade Bello, while "
         "briefing newsmen, said`, `..., when contacted, said`) (not the last word of a relative clause the comma closes, whose noun, after a party "
         "label too, the `phrase` table reads: `Sen. Jo Hart (D-Ore.), who backed Lee, said`); with no comma, not the "
         "last noun of a relative clause opened by `who` or `whom` right before the cue, but the noun that clause "
         "follows (`A resident who did not give her name said`); not the last noun of a participle's phrase the "
         "comma closes, but the noun it is set off after, a lone capitalised word opening the sentence whatever its "
         "tag (`Ng, speaking at a forum in San Francisco, warned`).", _noun_before,
         (Example('"We are ready," Lopez spokesman Paul Kent said.', "We are ready,",
                  "Lopez spokesman Paul Kent"),
          Example('"We won the state," Sen. Tom Vale told POLITICO.', "We won the state,", "Sen. Tom Vale",
                  parse=_TOLD_LISTENER_UD),
          Example("The company's chief executive, John Ferris, on Tuesday said the plant would close.",
                  "the plant would close", "The company's chief executive, John Ferris"),
          Example("A resident who did not give her name said the meeting should have been held at night.",
                  "the meeting should have been held at night", "A resident who did not give her name"),
          Example("The party chairman, Mr. Ade Bello, while briefing newsmen, said the bill would be opposed.",
                  "the bill would be opposed", "The party chairman, Mr. Ade Bello"),
          Example("Ng, speaking at a robotics fair in San Francisco, said that the arms would ship in May.",
                  "that the arms would ship in May", "Ng"))),
))

# A parse that hangs the name from the quotation and her age from the name, the cue left bare.
_CLOSED_QUOTE_CHAIN_UD = """
1 " " PUNCT `` _ 5 punct _ _
2 We we PRON PRP _ 5 nsubj _ _
3 are be AUX VBP _ 5 cop _ _
4 not not PART RB _ 5 advmod _ _
5 done done ADJ JJ _ 14 ccomp _ _
6 yet yet ADV RB _ 5 advmod _ _
7 , , PUNCT , _ 5 punct _ _
8 " " PUNCT '' _ 5 punct _ _
9 Ann Ann PROPN NNP _ 5 appos _ _
10 Ruiz Ruiz PROPN NNP _ 9 flat _ _
11 , , PUNCT , _ 12 punct _ _
12 61 61 NUM CD _ 9 appos _ _
13 , , PUNCT , _ 12 punct _ _
14 said say VERB VBD _ 0 root _ _
15 Monday Monday PROPN NNP _ 14 nsubj _ _
16 . . PUNCT . _ 14 punct _ _
"""

_MISTAGGED_NAME_UD = """
1 Ann Ann ADP IN _ 2 case _ _
2 Ruiz Ruiz PROPN NNP _ 9 obl _ _
3 , , PUNCT , _ 2 punct _ _
4 who who PRON WP _ 5 nsubj _ _
5 opposed oppose VERB VBD _ 9 ccomp _ _
6 the the DET DT _ 7 det _ _
7 plan plan NOUN NN _ 5 obj _ _
8 , , PUNCT , _ 5 punct _ _
9 said say VERB VBD _ 0 root _ _
10 the the DET DT _ 11 det _ _
11 bridge bridge NOUN NN _ 13 nsubj _ _
12 was be AUX VBD _ 13 cop _ _
13 unsafe unsafe ADJ JJ _ 9 ccomp _ _
14 . . PUNCT . _ 9 punct _ _
"""

PHRASES = Table("phrase", doc="A finite cue the subject table gave no speaker: a phrase before it.", rules=(
    Rule("by-gerund", "phrase", "`Ann Ruiz continued by saying \"...\"`, `A local official responded by noting that "
         "...`: a gerund of a verb of saying right after `by`, right after a verb (past its adverbs) that follows the "
         "noun phrase opening its clause: that phrase speaks through the gerund, read from the words however the "
         "tagger took them (a name as a verb, a noun as an adjective).", _by_gerund,
         (Example('Ruelas continued by saying, "We will appeal the ruling."', "We will appeal the ruling.", "Ruelas",
                  parse=_BY_GERUND_UD),
          # (a noun for a person there is `determiner-on-cue`'s: `A Danish official responded`)
          Example("A Danish ministry responded by saying that the claims were false.", "that the claims were false",
                  "A Danish ministry", parse=_BY_GERUND_ADJECTIVE_UD))),
    Rule("phrase-before", "phrase", "`About three in 10 said`, `sources close to the governor say`: the run "
         "of noun-phrase words right before the cue (past a phrase of time right before it, when it was said: "
         "`Ann Ruiz on Monday night said`, opened by a few words of `TIME_OPENERS`: `later that day`, `over the past "
         "week`, auxiliaries between it and the cue: `has said`; a word tagged an adjective right after a determiner "
         "or possessive heads the run there: `The senator last month said`, and so does a participle naming a "
         "person right after `the`, as for span rule `participle-noun`: `The accused last week said`).", _phrase_before,
         (Example("About three in 10 said the economy was getting worse.", "the economy was getting worse",
                  "About three in 10"),
          Example("Rather, sources close to the governor say she will sign the bill.", "she will sign the bill",
                  "sources close to the governor"),
          Example("Ann Ruiz on Monday night said the vote would wait.", "the vote would wait", "Ann Ruiz"),
          Example("Ann Ruiz in March said the vote would wait.", "the vote would wait", "Ann Ruiz"),
          Example("The senator last month said the bill would pass.", "the bill would pass", "The senator"),
          Example("The accused last week said he was innocent.", "he was innocent", "The accused"),
          Example("Ann Ruiz later that day told reporters the bill was dead.", "the bill was dead", "Ann Ruiz"))),
    Rule("participle-phrase-before", "phrase", "`Officials interviewed on Monday said`: a finite cue (or a base "
         "form right after a noun, its present: `Families taken to the shelter say`; or a past form in `-ed` the "
         "tagger took for a participle right before the quotation it takes: `Workers gathered near a mall chanted "
         "\"...\"`) with no "
         "subject right after a participle's phrase (its adverbs, then a time or one preposition's phrase, as for "
         "subject rule `participle-phrase`) that follows a noun phrase opening its clause: the noun phrase with the "
         "participle's phrase, which restricts it (an adverb right before the cue that hangs from it is the cue's).",
         _participle_phrase_before,
         (Example('Officials interviewed on Monday said the plan "will not work."', 'the plan "will not work."',
                  "Officials interviewed on Monday"),
          Example('Protesters gathered outside said they were "angry and tired."', 'they were "angry and tired."',
                  "Protesters gathered outside"),
          Example("Families taken to the shelter say the water is rising.", "the water is rising",
                  "Families taken to the shelter"),
          Example('Workers gathered near a shopping mall chanted "Fair pay now!"', "Fair pay now!",
                  "Workers gathered near a shopping mall"))),
    Rule("those-participle", "phrase", "`Those surveyed said`, `..., those polled say`: `those` and a past "
         "participle right before a finite cue with no subject, opening its clause, are the noun phrase `those who "
         "were surveyed`, however the tagger took them: that phrase speaks.", _those_participle,
         (Example("By a wide margin, those surveyed say stricter speed limits would help prevent road deaths.",
                  "stricter speed limits would help prevent road deaths", "those surveyed"),
          Example("By large margins, those polled say cheaper bus fares would help reduce traffic jams.",
                  "cheaper bus fares would help reduce traffic jams", "those polled"))),
    Rule("chain-before-comma", "phrase", "`Appearing at ..., Suu Kyi, 70, said`: the noun phrases set off "
         "by commas or dashes (and `of` a place after a name: `Tom Vale, 52, of Dayton,`), ending right before "
         "the cue, from a closing quotation mark at most; a name first, or a phrase before a relative clause or a "
         "participle's phrase, or a phrase before an age (`the actress, 45,`), is the speaker alone (`Suu Kyi`, "
         "`An aide, who asked not to be named,`, `An aide, "
         "speaking on condition of anonymity,`; `Sen. Jo Hart` without her `(D-Ore.)`); "
         "after a description, a name set off before such a clause ends the speaker (`The chairman of the committee, Sen. Ben "
         "Ade, who presided,`: both); "
         "a bare form after a share set off so is its present (`about half, 52 percent, say`); a phrase of time between "
         "the last comma and the cue is the cue's (`John Ferris, the firm's chief executive, on Tuesday said`), and so is a "
         "quantifier floating on the subject there (`FLOATING_QUANTIFIERS`: `Ann Ruiz and her deputy, Tom Vale, both said`); a lone capitalised "
         "word opening the sentence before an age is a name whatever its tag (`Wu, 52, who ..., has pledged`).",
         _chain_before_comma,
         (Example("Appearing at a rally in Ohio, Suu Kyi, 70, said the vote would be fair.",
                  "the vote would be fair", "Suu Kyi"),
          Example("Health Minister Ann Ruiz and her deputy, Tom Vale, both said the plan was sound.",
                  "the plan was sound", "Health Minister Ann Ruiz and her deputy, Tom Vale"),
          Example("Even if the plan fails, officials from two counties -- Polk and Lane -- said the vote was fair.",
                  "the vote was fair", "officials from two counties -- Polk and Lane"),
          Example("A city hall official, who asked not to be named to discuss the talks, said the mayor would resign.",
                  "the mayor would resign", "A city hall official"),
          Example("A senior official, speaking on condition of anonymity, said the talks had stalled.",
                  "the talks had stalled", "A senior official"),
          Example('"I loved every minute of it," the actress, 45, said.', "I loved every minute of it,",
                  "the actress"),
          Example("Wu, 52, who took over as chief executive in 2021, has pledged to cut costs.", "to cut costs",
                  "Wu"),
          Example("The chairman of the committee, Senator Ben Ade, who presided over the hearing, said the report "
                  "would be tabled.", "the report would be tabled", "The chairman of the committee, Senator Ben Ade"),
          Example('On Sunday, Sen. Jane Doe (D-Mo.), who has endorsed Ruiz, said the plan is "too timid."',
                  'the plan is "too timid."', "Sen. Jane Doe"),
          Example("Reached by phone, Ann Ruiz -- who is running for mayor -- said she would not appeal.",
                  "she would not appeal", "Ann Ruiz"),
          Example("Among likely voters, about half, 52 percent, say they will back the school levy.",
                  "they will back the school levy", "52 percent", parse=_SET_OFF_SHARE_UD),
          Example('"We are not done yet," Ann Ruiz, 61, said Monday.', "We are not done yet,",
                  "Ann Ruiz", parse=_CLOSED_QUOTE_CHAIN_UD),
          Example('"It is too early to tell," Tom Vale, 52, of Dayton, Ohio, who watched the count, said on Friday.',
                  "It is too early to tell,", "Tom Vale"),
          Example('"The plant will close," John Ferris, the company\'s chief executive, on Tuesday said.',
                  "The plant will close,", "John Ferris"))),
    Rule("name-before-relative", "phrase", "`... that Ann Ruiz, who is weighing a run, said`: the noun phrase "
         "before a relative clause set off (by commas or dashes) right before the cue; a capitalised word right "
         "before a name that is no preposition is the name's, whatever its tag (`Ann Ruiz` with `Ann` a preposition).",
         _name_before_relative,
         (Example('It was only a year ago that Ann Ruiz, who is weighing a run for mayor, said it was "out of the '
                  'question" for her to win.', 'it was "out of the question" for her to win', "Ann Ruiz"),
          Example("Ann Ruiz, who opposed the plan, said the bridge was unsafe.", "the bridge was unsafe", "Ann Ruiz",
                  parse=_MISTAGGED_NAME_UD))),
))


SPANS = Table("span", doc="Widening the noun phrase of a cue's speaker, or of a clause's subject taken for a "
              "speaker, past what the parse hung apart.", rules=(
    Rule("nickname-in-name", "span", "`Tom \"The Tank\" Hale said`, `said Gary \"Gazza\" Lane`: a nickname in "
         "marks (one to three title-cased words, no punctuation) between a capitalised given name and a capitalised "
         "surname is the name's: a speaker on either side runs over it to the other name word (and, before its verb, "
         "over the title before the name: `Rovers striker Tom \"The Tank\" Hale said`; a word of the nickname the "
         "parse made the subject stands for the given name: `Striker Leo \"The Cat\" Mendes said`).", _nickname_in_name,
         (Example('Tom "The Tank" Hale said he was staying at the club.', "he was staying at the club",
                  'Tom "The Tank" Hale'),
          Example('"I am not going anywhere," said Gary "Gazza" Lane.', "I am not going anywhere,",
                  'Gary "Gazza" Lane'),
          Example('Striker Leo "The Cat" Mendes said the team had let the fans down.',
                  "the team had let the fans down", 'Striker Leo "The Cat" Mendes'),
          Example('Rovers striker Tom "The Tank" Hale said the team was ready.', "the team was ready",
                  'Rovers striker Tom "The Tank" Hale'))),
    Rule("degree-after-name", "span", "`Ann Ruiz, M.D., a surgeon at Yale, said`: a speaker that is only a degree "
         "(`M.D.`, `Ph.D.`: lexicon DEGREE_LETTERS) set off by a comma after a name opening its clause is part of "
         "that name, whatever the parse made of the name: the speaker is the name with its degree, or its degrees in a "
         "row (`Tom Vale, M.D., Ph.D.,`), not what a comma sets off after them (`Lena Fox, Ph.D., director of the "
         "lab, told ...`).", _degree_after_name,
         (Example("Ann Ruiz, M.D., a surgeon at Yale, said the clinic would close.",
                  "the clinic would close", "Ann Ruiz, M.D."),
          Example("Dr. Lena Fox, Ph.D., director of the lab, told CNN the results were clear.",
                  "the results were clear", "Dr. Lena Fox, Ph.D."))),
    Rule("bracketed-initials", "span", "`The World Health Organization (WHO) said`: a speaker that is only the initials "
         "in brackets right after a capitalised name is that name's abbreviation: the speaker is the name (from its "
         "determiner) with them.", _bracketed_initials,
         (Example("The World Health Organization (WHO) said the virus was spreading.",
                  "the virus was spreading", "The World Health Organization (WHO)"),)),
    Rule("ticker-aside", "span", "`Acme Corp. (NASDAQ: ACME) today announced`: a stock ticker in brackets (an "
         "exchange, a colon, the ticker) closing a speaker is no part of the company's name before it; nor is an "
         "account's handle in brackets (`Ann Ruiz (@annruiz) wrote`), nor a short form the brackets define (`Acme "
         "Holdings, Inc. (\"Acme\" or the \"Company\") said`: filter `defined-term`).", _ticker_aside,
         (Example("Acme Corp. (NASDAQ: ACME) today announced that it had bought a rival.",
                  "that it had bought a rival", "Acme Corp."),
          Example('Ann Ruiz (@annruiz) wrote on Twitter: "We will be back stronger."',
                  "We will be back stronger.", "Ann Ruiz"),
          Example('Blue Ridge Outfitters ("BRO" or the "Company") said Tuesday that it would close its Ohio store.',
                  "that it would close its Ohio store", "Blue Ridge Outfitters"))),
    Rule("company-period", "span", "`Acme Corp. (NASDAQ: ACME) today announced` parsed with two subjects: a "
         "speaker ending on a company's abbreviation before its period goes on with the period.", _company_period,
         (Example("Acme Corp. (NASDAQ: ACME) today announced the launch of Acme Shield.",
                  "the launch of Acme Shield", "Acme Corp."),)),
    Rule("split-conjunct", "span", "`Ann Ruiz, who chairs the board, and Tom Vale said`: a speaker right before "
         "its verb after `and`, whose words before it are only a name and its title opening the sentence (with a "
         "relative clause or a description set off by commas after it), is the last of two joined speakers, "
         "however the parse hung the first (`Ann` taken for a preposition): the speaker runs from the sentence's "
         "first word.", _split_conjunct,
         (Example("Ann Ruiz, who chairs the board, and Tom Vale said the plan would fail.",
                  "the plan would fail", "Ann Ruiz, who chairs the board, and Tom Vale"),
          Example("Ann Ruiz and Tom Vale said the plan would fail.", "the plan would fail",
                  "Ann Ruiz and Tom Vale"),
          Example("Ann Ruiz, the board chair, and Tom Vale said the plan would fail.", "the plan would fail",
                  "Ann Ruiz, the board chair, and Tom Vale"))),
    Rule("split-apposition", "span", "`A spokesman for the Springfield, Ohio, police said` parsed as two subjects "
         "of the verb: a speaker right before its verb, a lower-case noun after a place and its state set off by "
         "commas, that close a description of a person (a noun for one after a determiner or owner) opening the "
         "clause, is the rest of one noun phrase with it (the noun the place's name modifies): the speaker runs "
         "from the description's first word.", _split_apposition,
         (Example("A spokesman for the Springfield, Ohio, police said the road was closed.", "the road was closed",
                  "A spokesman for the Springfield, Ohio, police"),)),
    Rule("clause-after-speaker", "span", "`\"Unbelievable!\" shouted the commentator as the ball hit the net`: a "
         "speaker after its verb that runs over `as`, `when`, `while` ... followed by a subject and a finite verb of "
         "its own, before any punctuation, ends before that word: that clause tells when it was said, not who said it.",
         _clause_after_speaker,
         (Example('"Get in!" shouted the commentator as the ball hit the net.', "Get in!", "the commentator"),)),
    Rule("own-occasion", "span", "`\"...,\" Lee in her speech said`: a phrase after a name, opened by `in`, `at`, "
         "`during` ... and holding a possessive pronoun, is the occasion of what is said: the speaker ends before it; "
         "so is a phrase of `in` or `during` and a noun of what words are said in (a statement, an interview) right "
         "before the verb after any speaker (`The IMF in a statement said`; not `A woman in the crowd said`).",
         _own_occasion,
         (Example('"It is a gift to the banks," Ruiz in her speech said.', "It is a gift to the banks,", "Ruiz"),
          Example("The IMF in a statement said the economy would grow.", "the economy would grow", "The IMF"),
          Example("The ministry in a brief statement on Tuesday said the border would stay shut.",
                  "the border would stay shut", "The ministry"))),
    Rule("depicted-doer", "span", "`There is no record of the mayor saying that ...`, `footage of the mayor saying "
         "...`: a speaker running `record of X` (a record, video, clip, photo or evidence) right before an `-ing` "
         "cue: X says it, the record only shows it.", _depicted_doer,
         (Example("There is no record of the governor saying that the plant would close.",
                  "that the plant would close", "the governor"),)),
    Rule("emphatic-reflexive", "span", "`The president himself said`: a reflexive pronoun right after a noun "
         "phrase only stresses it: that phrase speaks.", _emphatic_reflexive,
         (Example("The coach himself said the team had played badly.", "the team had played badly", "The coach"),)),
    Rule("linking-aside", "span", "`The mayor, for his part, said`, `The firm, in turn, said`: a phrase linking "
         "the sentence to what came before (or one linking adverb: `Republicans, meanwhile, charged`), set off by "
         "commas between the speaker's noun and its verb, is no part of the speaker.", _linking_aside,
         (Example("The union, for its part, said it would strike.", "it would strike", "The union"),
          Example("The company, in turn, said it would appeal the ruling.", "it would appeal the ruling",
                  "The company"),
          Example("Republicans, meanwhile, charged that Democrats had spent millions on misleading ads.",
                  "that Democrats had spent millions on misleading ads", "Republicans"))),
    Rule("opening-adverb-out", "span", "`Meanwhile, Congress MP Ann Rao said`: an adverb linking the sentence to "
         "what came before (`meanwhile`, `however`, `later`), opening it (or right after a dateline that does: "
         "`KARACHI: Meanwhile, ...`) and set off by a comma, is no part of the "
         "speaker, whatever the parse made of it.", _opening_adverb_out,
         (Example("Meanwhile, Congress MP Adhir Ranjan Chowdhury said the party would raise the issue.",
                  "the party would raise the issue", "Congress MP Adhir Ranjan Chowdhury"),
          Example("KARACHI: Meanwhile, the Sindh Assembly said the canal would be cleaned by June.",
                  "the canal would be cleaned by June", "the Sindh Assembly"))),
    Rule("relative-pronoun-out", "span", "`the news, which analysts said ...`: the relative pronoun before a "
         "speaker right before its cue is no part of the speaker.", _relative_pronoun_out,
         (Example("Shares fell after the report, which analysts said reflected fears of a slowdown.",
                  "reflected fears of a slowdown", "analysts", parse=_RELATIVE_TAGGED_NOUN_UD),)),
    Rule("fused-all", "span", "`\"No comment,\" was all the spokesman would say`: `all` before a determiner "
         "and a singular noun is the `all` of what was said, no quantifier of the speaker (`all the senators` "
         "stays whole).", _fused_all,
         (Example('"No comment," was all the spokesman would say.', "No comment,", "the spokesman"),)),
    Rule("set-off-occasion", "span", "`The ministry, in a statement, said`: a phrase opened by `in`, `during` "
         "or `at` whose noun names what the words were said in (a statement, an interview, a letter, a news "
         "conference; a participle after it may tell how they went out: `in comments carried by the state news "
         "agency`, and one right before it how they were made: `in a written ruling`), set off by commas right before the verb, is the occasion: no part of the speaker; so is a phrase "
         "opened by a preposition of means (`MEANS_PREPOSITIONS`: `The board, through its attorney Ann Ruiz, said`), "
         "whatever its noun, and one of the saying's time or occasion (`OCCASION_PREPOSITIONS`: `The coach, after "
         "the defeat, said`, `ahead of the vote`), whatever its noun, and a clause of time a subordinator opens "
         "(`The union leader, after talks broke down, told members ...`); the same before a first verb when a later one shares its subject (`The company, in a "
         "statement, called the suit \"baseless\" and said ...`); so is any phrase set off there, after the noun phrase "
         "opening the sentence, that a preposition of circumstance opens (not one of belonging, lexicon "
         "AFFILIATION_PREPOSITIONS: `Ann Ruiz, of the union,`), or a run of adverbs (`The bishop, in a sermon on "
         "Sunday, urged ...`, `The mayor, once again, said`; one sentence-linking adverb alone, `The mayor, "
         "however, said`, is `linking-aside`'s).",
         _set_off_occasion,
         (Example("The railway union, in a letter to its members, said the strike would go ahead.",
                  "the strike would go ahead", "The railway union"),
          Example("The school board, through its attorney Ann Ruiz, said it would appeal the ruling.",
                  "it would appeal the ruling", "The school board"),
          Example("The minister, in comments carried by the state news agency, said the ban would stay.",
                  "the ban would stay", "The minister"),
          Example("The minister, in remarks broadcast on television, said the ban would stay.",
                  "the ban would stay", "The minister"),
          Example("The judge, in a written ruling, ordered the city to pay damages.",
                  "the city to pay damages", "The judge"),
          Example('The company, in a statement, called the lawsuit "without merit" and said it would defend itself '
                  'vigorously.', "it would defend itself vigorously", "The company"),
          Example("The union's secretary, Mr. Jo Ade, after the meeting, said the talks had failed.",
                  "the talks had failed", "The union's secretary, Mr. Jo Ade"),
          Example("The bishop, in a sermon on Sunday, urged worshippers to pray for peace.",
                  "worshippers to pray for peace", "The bishop"))),
    Rule("set-off-participle", "span", "`The report, published on Tuesday, said`: a participle's phrase set off "
         "by commas between the speaker's noun and its verb describes the speaker: the speaker ends before it (a "
         "name set off after the phrase's agent is the agent's, within it: `The Governor, Mr Ade Bello, represented "
         "by his deputy, Dr Musa Sani, said`; not a participle before a bare lower-case noun and a name closing "
         "the phrase, that name's title: `Her neighbour, retired teacher Bill Carr, said`; a whole quotation "
         "after the participle is the phrase's: `The town, named \"Britain's tidiest\" in May, said`).",
         _set_off_participle,
         (Example("The report, published on Tuesday, said emissions had risen.", "emissions had risen",
                  "The report"),
          Example("The company, based in Ohio, said profits had doubled last year.", "profits had doubled last year",
                  "The company"),
          Example("The minister, when asked about the strike, said talks would continue.", "talks would continue",
                  "The minister"),
          Example("The Governor, Mr Ade Bello, represented by his deputy, Dr Musa Sani, said the state would build "
                  "clinics.", "the state would build clinics", "The Governor, Mr Ade Bello"),
          Example('The town, named "Britain\'s tidiest" in May, said the tip would close.', "the tip would close",
                  "The town"))),
    Rule("set-off-relative", "span", "`A spokesman for the police, who declined to be named, told ...`: a "
         "relative clause set off by commas between the speaker's phrase and its verb is no part of the speaker, "
         "however far the parse ran the speaker into it: the speaker ends before it.", _set_off_relative,
         (Example("A spokesman for the national police, who declined to be named because he was not allowed to "
                  "speak to the media, told Reuters that 40 people were still missing.",
                  "that 40 people were still missing", "A spokesman for the national police"),)),
    Rule("dated-noun", "span", "`A Sept. 15, 2011 email shows ...`: a speaker opening with a year (or right after "
         "one) after a month (`MONTHS`, `MONTH_ABBREVIATIONS`), a day and a comma opens with that date, which "
         "modifies its noun, and the determiner or possessive before it, however the parse cut the date at its comma "
         "(after a preposition the date is when, and the speaker starts after it: `On March 3, 2011 officials said`).",
         _dated_noun,
         (Example("A March 3, 2019 letter from the board said the plant was unsafe.", "the plant was unsafe",
                  "A March 3, 2019 letter from the board"),
          Example("A Sept. 15, 2011 email shows the deal was signed early.", "the deal was signed early",
                  "A Sept. 15, 2011 email"))),
    Rule("inverted-run", "span", "`\"...,\" said Sen. Jeff Sessions of Alabama`: a speaker after its verb runs "
         "over the noun phrase there, to a comma, time word, verb or other preposition; a participle right "
         "after a common noun goes on with its clause (`said a woman holding a sign`); `of` after a name "
         "before `the` and a lower-case word opens what was spoken of (`said Jones of the ruling`); a description "
         "there and the name set off after it are both the speaker (`said her neighbor of 40 years, Rose Kim`; "
         "`said the company's chief executive, John J. Ferris`, a title word tagged as an adjective too; an `-ing` "
         "modifier after a determiner or possessor: `said the club's sporting director, Tom Vale`; a company's "
         "abbreviation with its period: `said Acme Corp. chief financial officer Jo Hart`; a title's initials in "
         "brackets between capitalised words: `said Station House Officer (SHO) Ravi Rao`, and so is the post's district or branch in brackets there: `said Superintendent of Police (Rural) Ravi Rao`; a weekday between a "
         "title word and a name, a given name: `said coach Sunday Oliseh`; `one` and a noun opening the "
         "description before the name: `said one parent, Mark Doyle`; the name's own title or class in lower case "
         "before it: `said the paper's editor, senior Tess Romero`), "
         "not what a comma sets off after the name (a capitalised job title too, as a press release prints it: "
         "`said Jane Doe, Chief Executive Officer`; but a degree or a company's legal form set off there is the "
         "name's, with its period: `noted Ellen Park, Ph.D., Chief Scientific Officer`, `said Northwind Shipping, "
         "Ltd., in a statement`); a relative clause right after a common noun, with no comma, "
         "restricts it and is part of it (`said one person who was in the room`, to the next comma); `with` and "
         "what a source holds carry it on too (`said people with "
         "knowledge of the talks`); a present participle set off by a comma tells how the words were said, "
         "whatever the parse hung it from, and the speaker ends before it (`said a father of four who gave only "
         "his first name, Karim, speaking through an interpreter`).", _inverted_run,
         (Example('"Demand for clean water keeps rising," noted Ellen Park, Ph.D., Chief Scientific Officer of '
                  'AquaPure.', "Demand for clean water keeps rising,", "Ellen Park, Ph.D."),
          Example('"Freight rates will fall," said Northwind Shipping, Ltd., in a statement.',
                  "Freight rates will fall,", "Northwind Shipping, Ltd."),
          Example('"The vote is lost," said a source close to the mayor.', "The vote is lost,",
                  "a source close to the mayor"),
          Example('"We are proud," said Tom Vale, Partner at Vale Ventures, who led the round.',
                  "We are proud,", "Tom Vale"),
          Example('"We have had no complaint," said Station House Officer (SHO) Ravi Rao.', "We have had no complaint,",
                  "Station House Officer (SHO) Ravi Rao"),
          Example('"Three men were held," said Deputy Commissioner of Police (North-East) Chandan Rao.',
                  "Three men were held,", "Deputy Commissioner of Police (North-East) Chandan Rao"),
          Example('"The vote was rushed," said committee ranking Democrat Ann Ruiz (D-Vt.).', "The vote was rushed,",
                  "committee ranking Democrat Ann Ruiz"),
          Example('"We want jobs," said a woman holding a large sign.', "We want jobs,",
                  "a woman holding a large sign"),
          Example('"It is a fair outcome," said Dana Whitfield of the Harbor Trust.', "It is a fair outcome,",
                  "Dana Whitfield of the Harbor Trust"),
          Example('"Prices will rise," said Jo Hart of digital consulting firm Bellgrove.', "Prices will rise,",
                  "Jo Hart of digital consulting firm Bellgrove"),
          Example('"He never missed a day of work," recalled a neighbor, Tom Vale.',
                  "He never missed a day of work,", "a neighbor, Tom Vale"),
          Example('"They want us to stop asking questions," said the paper\'s editor-in-chief, senior Tess Romero.',
                  "They want us to stop asking questions,", "the paper's editor-in-chief, senior Tess Romero"),
          Example('"She never locked her door," said her neighbor of 40 years, Rose Kim.',
                  "She never locked her door,", "her neighbor of 40 years, Rose Kim"),
          Example('"We will appeal," said the mayor, Ann Ruiz, a Democrat.', "We will appeal,",
                  "the mayor, Ann Ruiz"),
          Example('"The plant will close," said the company\'s chief executive, John J. Ferris.',
                  "The plant will close,", "the company's chief executive, John J. Ferris"),
          Example('"We will appeal," said the club\'s sporting director, Tom Vale.', "We will appeal,",
                  "the club's sporting director, Tom Vale"),
          Example('"Sales will rise," said Acme Corp. chief financial officer Jo Hart.', "Sales will rise,",
                  "Acme Corp. chief financial officer Jo Hart"),
          Example('"It was chaos," said one person who was in the room, who asked not to be named.', "It was chaos,",
                  "one person who was in the room"),
          Example("The buyout is worth about $2 billion, said people with knowledge of the matter.",
                  "The buyout is worth about $2 billion", "people with knowledge of the matter"),
          Example('"We sleep in the open," said a 41-year-old father of four who gave only his first name, Karim, '
                  'speaking through an interpreter.', "We sleep in the open,",
                  "a 41-year-old father of four who gave only his first name, Karim"),
          Example("The deal could be signed next week, said a person briefed on the talks, who asked not to be "
                  "identified because the discussions are private.", "The deal could be signed next week",
                  "a person briefed on the talks"))),
    Rule("name-before-description", "span", "`In a statement, Mark Ellis, a spokesman for the campaign, said`: "
         "a description set off after a name that opens its clause (a title of a work in it, `the author of "
         "\"Going Viral,\"`, is no quotation; a given name opening the sentence whatever its tag: `Ann Ruiz`): the "
         "name (past a company's period and a stock ticker in brackets: `Acme Corp. (NASDAQ: ACME), a maker of "
         "...,`; with a company's legal form or a degree set off by a comma: `Greenfield Energy, Inc.`, `Tom Vale, "
         "M.D.`); so for an age set off after the name, before a description, a place or alone (`Ann Ruiz, 34, a "
         "nurse, said`, `Ann Ruiz, 34, of Dayton, told`, `Tom Vale, 61, said`).", _name_before_description,
         (Example("In a statement, Mark Ellis, a spokesman for the campaign, said the report was wrong.",
                  "the report was wrong", "Mark Ellis", parse=_NAME_DESCRIPTION_UD),
          Example('Nora Pike, the author of "Small Hours at Sea," about a fishing town, said the market had '
                  '"no memory at all."', 'the market had "no memory at all."', "Nora Pike",
                  parse=_TITLED_DESCRIPTION_UD),
          Example("Ann Ruiz, a lawyer for the family, said the hearing would go ahead.", "the hearing would go ahead",
                  "Ann Ruiz"),
          Example("Acme Corp. (NASDAQ: ACME), a leader in cloud security, today announced that it had bought a rival.",
                  "that it had bought a rival", "Acme Corp."),
          Example("Ann Ruiz, 34, a nurse from Leeds, said the buses were always late.", "the buses were always late",
                  "Ann Ruiz"),
          Example('Ann Ruiz, 34, said: "The buses are always late."', "The buses are always late.", "Ann Ruiz"),
          Example("Ann Ruiz, 34, of Dayton, told officers she had been asleep.", "she had been asleep",
                  "Ann Ruiz"),
          Example("Greenfield Energy, Inc. (NASDAQ: GRFE), a maker of home batteries, today reported results for "
                  "the fourth quarter.", "results for the fourth quarter", "Greenfield Energy, Inc."),
          Example("Tom Vale, M.D., a surgeon at Mercy Hospital, said the wait was too long.", "the wait was too long",
                  "Tom Vale, M.D."))),
    Rule("participle-phrase-run", "span", "`A campaign ad released Thursday says ...`: a speaker read from the "
         "words as a noun phrase and the past participle's phrase modifying it (subject rule `participle-phrase`) "
         "is all of that phrase.", _participle_phrase_span,
         (Example("A study published last month warned that rents had doubled.", "that rents had doubled",
                  "A study published last month"),)),
    Rule("tag-phrase-run", "span", "`..., a person close to the company said.`: a speaker read from the words as "
         "the noun phrase set off before its verb (subject rule `tag-phrase`) is all of that phrase, but for a "
         "phrase of time that ends it, the cue's (`..., the police on Sunday said.`).",
         _tag_phrase_span,
         (Example("The plant will close next year, a person briefed on the talks said.",
                  "The plant will close next year", "a person briefed on the talks"),
          Example("The minister will resign, the police on Sunday said.", "The minister will resign",
                  "the police"))),
    Rule("participle-modifier", "span", "`A report issued last month found`: a participle right after the "
         "speaker's noun, its phrase (its adverbs, then a time or one preposition's phrase, as for subject rule "
         "`participle-phrase`) running up to the finite cue, restricts the noun: the speaker runs through it (a "
         "time word in it too: `released Thursday`; so does a lower-case adjective or bare singular noun right "
         "after the participle, what it makes of the noun: `Officials held hostage for a week said`).",
         _participle_modifier,
         (Example('The vote was close, and officials interviewed on Monday said the count "will take weeks."',
                  'the count "will take weeks."', "officials interviewed on Monday", parse=_CONJOINED_PARTICIPLE_UD),
          Example("Officials held hostage for a week said the guards were kind.", "the guards were kind",
                  "Officials held hostage for a week"))),
    Rule("adjective-phrase-run", "span", "`People familiar with the talks said`, `Sources close to the mayor "
         "say`: an adjective that takes its preposition (`familiar with`, `close to`) right after the speaker's "
         "noun, its phrase running with no punctuation, conjunction or verb of its own up to the cue (or to an "
         "aside set off by commas right before the cue: a relative clause or the terms the source speaks on, "
         "`People familiar with the talks, speaking on condition of anonymity, said`), restricts "
         "the noun: the speaker runs through it, whatever the parse made of the adjective.", _adjective_phrase_run,
         (Example("People familiar with the talks said the deal was close.", "the deal was close",
                  "People familiar with the talks"),
          Example("Sources close to the mayor said she would resign.", "she would resign",
                  "Sources close to the mayor"),
          Example("Two people familiar with the negotiations, speaking on condition of anonymity because the talks "
                  "are private, said a deal could come on Monday.", "a deal could come on Monday",
                  "Two people familiar with the negotiations"))),
    Rule("clause-preposition-run", "span", "`Shares fell after the firm's chief executive said ...`: a speaker "
         "`clause-preposition` read from the words is the description from its determiner or possessor after the "
         "preposition, with the name set off after it (`a week after the firm's finance director, Ann Ruiz, "
         "said`).", _clause_preposition_run,
         (Example("Shares fell after the company's chief executive said profits would drop.", "profits would drop",
                  "the company's chief executive"),
          Example("The plant closed a week after the firm's finance director, Ann Ruiz, said it was losing money.",
                  "it was losing money", "the firm's finance director, Ann Ruiz"))),
    Rule("quoted-one-run", "span", "`Khaleej Times quoted an official at the ministry as saying ...`: the one a verb "
         "of quoting quotes runs up to `as` and its participle, over a phrase of belonging or place after its noun "
         "(`at`, `in`, `of`, `for`, `from`, `with`; no verb, comma or word of time: `quoted an official on Monday as "
         "saying` leaves the time out), however the parse hung that phrase.", _quoted_one_run,
         (Example("The paper quoted an official at the ministry as saying the road would open.",
                  "the road would open", "an official at the ministry"),
          Example("Reuters quoted a spokesman for the ministry as saying the road would open.",
                  "the road would open", "a spokesman for the ministry"))),
    Rule("linked-name-run", "span", "`A spokesman for the Department for Levelling Up said`: a speaker ending in a "
         "capitalised word, with only `for`, `of`, `and` and capitalised words between it and its verb (a "
         "capitalised word last), runs on over them: one name, however the parse split it (`Levelling` taken for "
         "a verb).", _linked_name_run,
         (Example("A spokesman for the Department for Levelling Up said: 'Councils have more money this year.'",
                  "Councils have more money this year.", "A spokesman for the Department for Levelling Up"),
          Example("Minister for Health Stephen Donnelly has said the targets will be met.",
                  "the targets will be met", "Minister for Health Stephen Donnelly"))),
    Rule("name-run", "span", "`co-host Ann Ruiz asked`, `As Professor Lee put it`: a speaker before its verb "
         "runs over the name-and-title words next to it, with no punctuation between, from a determiner or "
         "its clause's start (a capitalised word in `-ing` opening the sentence right before a name is the "
         "name's, whatever its tag: `Sterling Bank said`, and before a noun in lower case, with no phrase of its own, "
         "that noun's: `Planning staff recommended`; so is a form of address in capitals before a title: `HE Mr "
         "Omar Saad said`; a period the tokenizer split off a company's abbreviation "
         "is the name's too: `Acme Corp. chief financial officer Jo Hart said`; so are a title's initials in "
         "brackets between capitalised words: `Station House Officer (SHO) Ravi Rao said`, and a post's district or branch in brackets there: `SP (Rural) Ravi Rao said`; so is `the` before a style of "
         "address after a title: `Senator Dr the Honourable Jo Vale said`; a weekday between a "
         "title word and a name, a given name: `coach Sunday Oliseh said`; and `No` in capitals before a number "
         "in digits, the sign for a rank's number, not a determiner: `The world No 3 said`; and a company's legal "
         "form set off by a comma, with its period: `Riverbank Foods, LLC said`, `Northwind Shipping, Ltd., a "
         "British firm, said`).", _name_run,
         (Example('"We will appeal," co-host Ann Ruiz said.', "We will appeal,", "co-host Ann Ruiz"),
          Example("The world No 3 said she was tired.", "she was tired", "The world No 3"),
          Example("Station House Officer (SHO) Ravi Rao said the two men had been arrested.",
                  "the two men had been arrested", "Station House Officer (SHO) Ravi Rao"),
          Example('"We are scanning the footage," Deputy Commissioner of Police (South) Ann Rao said.',
                  "We are scanning the footage,", "Deputy Commissioner of Police (South) Ann Rao"),
          Example('"Our boys played well," coach Sunday Oliseh said.', "Our boys played well,", "coach Sunday Oliseh"),
          Example("Sterling Bank said profits had doubled.", "profits had doubled", "Sterling Bank"),
          Example("Riverbank Foods, LLC said it would open three stores.", "it would open three stores",
                  "Riverbank Foods, LLC"),
          Example("Northwind Shipping, Ltd., a British firm, said profits rose.", "profits rose",
                  "Northwind Shipping, Ltd."),
          Example("Housing officials said the waiting list had doubled.", "the waiting list had doubled",
                  "Housing officials"),
          Example('"We are ready," Lopez spokesman Paul Kent said.', "We are ready,",
                  "Lopez spokesman Paul Kent", parse=_TITLE_NAME_UD),
          Example("Veteran pollster Dora Quill told us that turnout had dropped.", "that turnout had dropped",
                  "Veteran pollster Dora Quill", parse=_SPLIT_NAME_UD),
          Example("Ohio delegate Tom Baker told us that turnout had dropped.", "that turnout had dropped",
                  "Ohio delegate Tom Baker", parse=_ROLE_AS_VERB_UD),
          Example('"The clinic will stay open," Council on Rural Health director Nora Vance said.',
                  "The clinic will stay open,", "Council on Rural Health director Nora Vance"),
          Example("Acme Corp. chief financial officer Jo Hart said sales would rise.", "sales would rise",
                  "Acme Corp. chief financial officer Jo Hart"),
          Example("HE Mr Omar Saad said the talks would resume.", "the talks would resume", "HE Mr Omar Saad"),
          Example("Senator Dr the Honourable Jo Vale said the health sector needed more nurses.",
                  "the health sector needed more nurses", "Senator Dr the Honourable Jo Vale"))),
    Rule("holder-before", "span", "`A spokesman for the Department of Housing said`: a speaker right after "
         "`of` or `for` and a noun is that preposition's object: the noun phrase it belongs to speaks (so too "
         "for a speaker that is the last word of such an object, the nouns before it with it: `a spokeswoman "
         "for the state attorney general said` with `general` taken alone for the subject).",
         _holder_before,
         (Example("A spokesman for the Department of Housing said the lease would end.", "the lease would end",
                  "A spokesman for the Department of Housing", parse=_HOLDER_APART_UD),
          Example("In a statement, a spokeswoman for the state attorney general said the office was reviewing the "
                  "complaints.", "the office was reviewing the complaints",
                  "a spokeswoman for the state attorney general", parse=_TITLE_AFTER_UD))),
    Rule("share-before", "span", "`About four in 10 Ohio voters say`: a share before the speaker that the parse "
         "hung apart opens it.", _share_before,
         (Example("About four in 10 Ohio voters say the economy is getting worse.", "the economy is getting worse",
                  "About four in 10 Ohio voters", parse=_SHARE_APART_UD),)),
    Rule("description-before-name", "span", "`the city's lawyer, Ann Ruiz, said`: a name set off by commas "
         "after a description that opens its clause is its apposition: the speaker is both (also where the parse "
         "took the description for the speaker: `His sister, Ann Hale, said`; after the verb, rule `inverted-run`; "
         "a description opened by a number or quantifier and `of`: `One of his aides, Ann Hale, said`; a noun for a person "
         "with its `of` or `for` phrase: `The father of the victim, Tom Vale, said`, a bare field there too: `The dean of "
         "students, Dr. Ann Ruiz, said`; a name with its own title or class in lower case before it: `The team's "
         "captain, senior Tess Romero, said`; kin or a partner with an `of` "
         "phrase of how long: `Her husband of 50 years, Tom, said`; a description's `of` or `for` phrase the parse cut "
         "off it, before the name: `The chief executive of Acme, Jo Hart, said`, `A lawyer for Acme Corp., Ann Ruiz, said` (the "
         "abbreviation's period split off), or one closing on a name in capitals "
         "the parse took the set-off name after for the speaker: `\"...,\" the chief executive of the National Grid, "
         "John Pettigrew, said`; before the "
         "verb a participle cue set off after it hangs from: `His son, Tom, backed him, saying ...`; a phrase of time "
         "between the name's comma and the verb: `The firm's chief executive, Jo Hart, last week said`, a run of "
         "title words the parse split too, which `name-run` leaves to this rule, or a clause of time set off by "
         "commas: `The Minority Leader, Hon. Tunde Okoli, while addressing journalists, said`, with an office "
         "capitalised as African and Commonwealth papers print it, lexicon CAPITALISED_OFFICES, there and before "
         "`of`: `The Director-General of the agency, Dr. Sani Kolo, said`; where the post is held, `in` or `at` and a "
         "determiner, lexicon POST_PLACE_PREPOSITIONS, as `of` and `for`: `A lawmaker in the House, Mr. Dele Ojo, said`).",
         _description_before_name,
         (Example('"We will appeal," the city\'s lawyer, Ann Ruiz, said.', "We will appeal,",
                  "the city's lawyer, Ann Ruiz"),
          Example('"We will invest," the chief executive of the Harbour Trust, Ann Ruiz, said.', "We will invest,",
                  "the chief executive of the Harbour Trust, Ann Ruiz"),
          Example("His mother, Karen Miles, said the boy had always been kind.", "the boy had always been kind",
                  "His mother, Karen Miles"),
          Example("A lawyer for Acme Corp., Ann Ruiz, said the suit had no merit.", "the suit had no merit",
                  "A lawyer for Acme Corp., Ann Ruiz"),
          Example("His sister, Ann Hale, said the farm had been sold.", "the farm had been sold",
                  "His sister, Ann Hale"),
          Example('One of his oldest friends, Tom Hale, said the mayor was "a decent man."',
                  'the mayor was "a decent man."', "One of his oldest friends, Tom Hale"),
          Example('Hale\'s son, Peter, defended his father on Monday, saying: "He is no bigot."',
                  "He is no bigot.", "Hale's son, Peter"),
          Example("The company's chief executive, John Ferris, last week said the plant would close.",
                  "the plant would close", "The company's chief executive, John Ferris"),
          Example("The father of the victim, Tom Vale, told the court his son had been a gentle boy.",
                  "his son had been a gentle boy", "The father of the victim, Tom Vale"),
          Example("The Minority Leader, Hon. Tunde Okoli, while addressing journalists, said the bill would be "
                  "opposed.", "the bill would be opposed", "The Minority Leader, Hon. Tunde Okoli"),
          Example("The dean of students, Dr. Ann Ruiz, wrote to families that the hall would reopen.",
                  "that the hall would reopen", "The dean of students, Dr. Ann Ruiz"),
          Example('"We lost, and we deserved to," the team\'s captain, senior Tess Romero, said.',
                  "We lost, and we deserved to,", "the team's captain, senior Tess Romero"),
          Example("Her husband of 50 years, Tom, said she never once complained.", "she never once complained",
                  "Her husband of 50 years, Tom"),
          Example("The chief executive of the power company, Jo Hart, said the grid was ready for winter.",
                  "the grid was ready for winter", "The chief executive of the power company, Jo Hart"),
          Example("A lawmaker in the House, Mr. Dele Ojo, said the vote was unfair.", "the vote was unfair",
                  "A lawmaker in the House, Mr. Dele Ojo"))),
    Rule("capitalised-wh-name", "span", "`Ms Te Whare said`: a capitalised word inside a sentence taken "
         "for a question word (a Maori name opening with `Wh`) is a name when a title or name comes right "
         "before it: the speaker runs over them, and over the name's words after it (`Te Whatu Ora said`).",
         _capitalised_wh_name,
         (Example("Ms Te Whare said the trust welcomed the decision.", "the trust welcomed the decision",
                  "Ms Te Whare"),
          Example("Health NZ Te Whatu Ora said the ward would reopen.", "the ward would reopen",
                  "Health NZ Te Whatu Ora"))),
    Rule("participle-noun", "span", "`The accused told police he had panicked`: `the` and a past participle "
         "that names a person in court reporting (`accused`, `deceased`) is a noun phrase that speaks, its "
         "`the` part of it however the parse hung it.", _participle_noun,
         (Example("The accused told police he had panicked.", "he had panicked", "The accused"),
          Example("The deceased told friends she was afraid of her former partner.",
                  "she was afraid of her former partner", "The deceased"))),
    Rule("event-word-cut", "span", "`'Enough is enough,' says mayor amid row over library`: a speaker after its verb "
         "ends before a word that only opens an event's phrase (`amid`, `despite`, `after`: lexicon "
         "EVENT_PREPOSITIONS), whatever tag the parse gave it: what the speech met is no part of who spoke.",
         _event_word_cut,
         (Example("'Enough is enough,' says mayor amid row over library", "Enough is enough,", "mayor"),)),
    Rule("agent-run", "span", "`Asked by Sen. Jo Hart whether ...`: a passive agent right after `by` runs over "
         "the capitalised words of its title and name after it, with no punctuation between, whatever the parse "
         "hung apart.", _agent_run,
         (Example("Asked by Sen. Hart whether the agency had been warned, Lee said it had not.",
                  "whether the agency had been warned", "Sen. Hart"),)),
    Rule("possessor-before", "span", "`Beijing's envoy, Liu Chen, told reporters`: a capitalised word and its "
         "`'s` right before the speaker own it (a name's possessive, however the tagger took a name in `-ing`; not "
         "`It's`, `There's`: `is`), "
         "with the capitalised words right before that word.", _possessor_before,
         (Example("Beijing's envoy to the United Nations, Liu Chen, told reporters that sanctions would fail.",
                  "that sanctions would fail", "Beijing's envoy to the United Nations, Liu Chen"),)),
))

_COMPLEMENT_BEFORE_UD = """
1 The the DET DT _ 2 det _ _
2 plan plan NOUN NN _ 4 nsubj _ _
3 will will AUX MD _ 4 aux _ _
4 fail fail VERB VB _ 7 ccomp _ _
5 , , PUNCT , _ 7 punct _ _
6 he he PRON PRP _ 7 nsubj _ _
7 said say VERB VBD _ 0 root _ _
8 . . PUNCT . _ 7 punct _ _
"""

_CLOSING_WORDS_UD = """
1 The the DET DT _ 2 det _ _
2 city city NOUN NN _ 5 nsubj _ _
3 can can AUX MD _ 5 aux _ _
4 not not PART RB _ 5 advmod _ _
5 pay pay VERB VB _ 0 root _ _
6 the the DET DT _ 7 det _ _
7 way way NOUN NN _ 5 obl _ _
8 it it PRON PRP _ 10 nsubj _ _
9 once once ADV RB _ 10 advmod _ _
10 did do VERB VBD _ 7 acl:relcl _ _
11 , , PUNCT , _ 14 punct _ _
12 the the DET DT _ 13 det _ _
13 mayor mayor NOUN NN _ 14 nsubj _ _
14 said say VERB VBD _ 7 acl:relcl _ _
15 . . PUNCT . _ 5 punct _ _
"""

# `The mayor will not run again, people close to the mayor say.` as the tagger may read it: `close` a
# verb with `people` its subject, `say` a bare form hung from it.
_BARE_TAG_UD = """
1 The the DET DT _ 2 det _ _
2 mayor mayor NOUN NN _ 6 nsubj _ _
3 will will AUX MD _ 6 aux _ _
4 not not PART RB _ 6 advmod _ _
5 run run VERB VB _ 6 aux _ _
6 again again ADV RB _ 0 root _ _
7 , , PUNCT , _ 9 punct _ _
8 people people NOUN NNS _ 9 nsubj _ _
9 close close VERB VBP _ 6 conj _ _
10 to to ADP IN _ 12 case _ _
11 the the DET DT _ 12 det _ _
12 mayor mayor NOUN NN _ 9 obl _ _
13 say say VERB VB _ 9 xcomp _ _
14 . . PUNCT . _ 6 punct _ _
"""

# `The plant will reopen in May, teachers and union officials told the Ledger.` with the listener hung
# as a clause of its own and the cue as a modifier of the speaker.
_TOLD_NAME_UD = """
1 The the DET DT _ 2 det _ _
2 plant plant NOUN NN _ 4 nsubj _ _
3 will will AUX MD _ 4 aux _ _
4 reopen reopen VERB VB _ 0 root _ _
5 in in ADP IN _ 6 case _ _
6 May May PROPN NNP _ 4 obl _ _
7 , , PUNCT , _ 8 punct _ _
8 teachers teacher NOUN NNS _ 4 conj _ _
9 and and CCONJ CC _ 11 cc _ _
10 union union NOUN NN _ 11 compound _ _
11 officials official NOUN NNS _ 8 conj _ _
12 told tell VERB VBD _ 11 acl _ _
13 the the DET DT _ 14 det _ _
14 Ledger Ledger PROPN NNP _ 12 xcomp _ _
15 . . PUNCT . _ 4 punct _ _
"""

# `Those who hold a ticket, he said, must still wait.` with `he said` parsed as a relative clause.
_PRONOUN_TAG_UD = """
1 Those those DET DT _ 12 nsubj _ _
2 who who PRON WP _ 3 nsubj _ _
3 hold hold VERB VBP _ 1 acl:relcl _ _
4 a a DET DT _ 5 det _ _
5 ticket ticket NOUN NN _ 3 obj _ _
6 , , PUNCT , _ 3 punct _ _
7 he he PRON PRP _ 8 nsubj _ _
8 said say VERB VBD _ 1 acl:relcl _ _
9 , , PUNCT , _ 12 punct _ _
10 must must AUX MD _ 12 aux _ _
11 still still ADV RB _ 12 advmod _ _
12 wait wait VERB VB _ 0 root _ _
13 . . PUNCT . _ 12 punct _ _
"""

# `The incumbent won the race, the Ledger declared on Friday, two days after the polls closed.` with the
# span of time hung from the cue.
_TIME_AFTER_TAG_UD = """
1 The the DET DT _ 2 det _ _
2 incumbent incumbent NOUN NN _ 3 nsubj _ _
3 won win VERB VBD _ 0 root _ _
4 the the DET DT _ 5 det _ _
5 race race NOUN NN _ 3 obj _ _
6 , , PUNCT , _ 9 punct _ _
7 the the DET DT _ 8 det _ _
8 Ledger Ledger PROPN NNP _ 9 nsubj _ _
9 declared declare VERB VBD _ 3 conj _ _
10 on on ADP IN _ 11 case _ _
11 Friday Friday PROPN NNP _ 9 obl _ _
12 , , PUNCT , _ 18 punct _ _
13 two two NUM CD _ 14 nummod _ _
14 days day NOUN NNS _ 18 obl:npmod _ _
15 after after SCONJ IN _ 18 mark _ _
16 the the DET DT _ 17 det _ _
17 polls poll NOUN NNS _ 18 nsubj _ _
18 closed close VERB VBD _ 9 advcl _ _
19 . . PUNCT . _ 3 punct _ _
"""

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
    Rule("claimed-prize", "content", "`stop him from claiming the nomination`, `hopes to claim the seat`: `claim` "
         "with the prize of a contest for its object wins it: it reports nothing (`claimed victory` does).",
         _claimed_prize,
         (Example("The plan is meant to stop the governor from claiming the nomination, even though many "
                  "delegates backed him.", "the nomination, even though many delegates backed him", kept=False),
          Example("The party hopes to claim the seat that the senator left open when she retired.",
                  "the seat that the senator left open when she retired", kept=False))),
    Rule("bare-relative-object", "content", "`..., a move business groups had long demanded.`: a cue right after "
         "`a` or `an` and words of a noun phrase ending in a plural (a name's too: `a figure Republicans "
         "cited`; not `a few`, `a dozen` ...) follows two phrases, a noun and the subject of a relative clause with no `that` whose object is that noun: it "
         "reports nothing.",
         _bare_relative_object,
         (Example("The minister said on Monday the state would cut fuel taxes, a move farm groups had long "
                  "demanded.", "The minister said on Monday the state would cut fuel taxes", kept=False),
          Example("The budget office estimated that the measure would add $40 billion to the deficit, a figure "
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
                  parse=_PARTICIPLE_ADJECTIVE_UD),)),
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
         "its sentence (a verb of saying, reporting, promising or warning, `INVERTING_VERBS`, its past form "
         "whatever its tag; one not of saying before a name or a determiner: `..., vowed the mayor.`, not "
         "`..., promised new jobs.`) reports all of S, whatever the parse made of the speaker's appositions (S holds a finite "
         "verb outside its relative clauses: `Ann Ruiz, a Democrat who backed it, said the plan ...` and `Ben "
         "Ortiz, who found the flaw, said the app sent ...` are none), or, in a headline (a short line closing "
         "with no stop), which may drop its verb, S opening with no preposition (`No fare rise this year, says "
         "transit chief`; not `In Ohio, says Ruiz`); the terms the speaker spoke on, set off after them, are no "
         "clause of S's (`..., said a person familiar with the matter, asking not to be identified because ...`).",
         _inversion_content,
         (Example("The levee will hold through the storm, said Ann Ruiz, an engineer who helped build it.",
                  "The levee will hold through the storm", "Ann Ruiz"),
          Example("No fare rise this year, says transit chief\nThe board meets on Monday to set the budget.",
                  "No fare rise this year", "transit chief"),
          Example("We will not back down, vowed Ann Ruiz.", "We will not back down", "Ann Ruiz"),
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
         "verb of its own between the comma and the cue (`The tax, Lee has said, will ...`).",
         _parenthetical,
         (Example("The effects are hard to predict, economists say, because the data are thin.",
                  "The effects are hard to predict because the data are thin", "economists"),
          Example("The town is leaning toward the cheaper plan, she said, because it values its savings.",
                  "The town is leaning toward the cheaper plan because it values its savings", "she"),
          Example("The rally was set for Friday - and the permit, his aide said, had been hard to get.",
                  "the permit had been hard to get", "his aide"),
          Example("She wants to cut taxes and, she argued, to help small firms grow.",
                  "to help small firms grow", "she"),
          Example("Those who hold a ticket, he said, must still wait.", "Those who hold a ticket must still wait",
                  "he", parse=_PRONOUN_TAG_UD),
          Example("Any attempt to fix the old bridge, the engineer said, would cost a fortune.",
                  "Any attempt to fix the old bridge would cost a fortune", "the engineer"),
          Example("The old ferry, the captain said last week, needs a new engine.",
                  "The old ferry needs a new engine", "the captain"),
          Example("The governor, it was announced, will step down in June.", "The governor will step down in June",
                  None),
          Example("The tax, Lee has said, will fall hardest on the poor.", "The tax will fall hardest on the poor",
                  "Lee"))),
    Rule("question-first", "content", "`Asked what it would cost, the mayor shrugged`: a question right after a "
         "verb that puts one, closed before the clause the parse gave the verb, is what was asked (also where the "
         "parse put the question inside that clause, after a bare participle opening the sentence: `Asked when it "
         "might be ready, the engineer was cautious`, the clause after the question's comma being the main one).",
         _question_first,
         (Example("Asked what the repairs would cost, the engineer shrugged.", "what the repairs would cost",
                  None),
          Example("Asked when the bridge might be ready, the engineer was cautious.", "when the bridge might be ready",
                  None, parse=_QUESTION_INSIDE_UD))),
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
         "even late on Sunday, the bridge ...`: the clause after a phrase of time that follows the cue (set off by "
         "commas too); not where a phrase of the occasion follows the time (`said Monday in an interview she ...`: "
         "`occasion-then-clause`'s).", _time_then_clause,
         (Example("Officials said on Monday the bridge would reopen in the spring.",
                  "the bridge would reopen in the spring", "Officials"),
          Example("The minister told reporters Tuesday the plan would go ahead.", "the plan would go ahead",
                  "The minister"),
          Example("The general told reporters on Tuesday the war was over.", "the war was over", "The general"),
          Example("The builder told the Courier on Friday the new homes would be finished by spring.",
                  "the new homes would be finished by spring", "The builder"),
          Example("The station reported, even late on Sunday, the bridge was still closed to traffic.",
                  "the bridge was still closed to traffic", "The station"))),
    Rule("occasion-then-clause", "content", "`said in an interview the bridge would reopen`, `told analysts on "
         "a conference call the drop was temporary`, `said in his judgment the ...`: the clause after a phrase "
         "naming the occasion of the saying (a court's `judgment`, `ruling`, `evidence` too), or the place it was "
         "said in (`told reporters in Ottawa the ...`: `in` and a name; `on` and a broadcaster's name: `said on "
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
         "reported clause joins a second clause to the same report.", _joined_that,
         (Example("The mayor said that the plan had flaws but that the council would pass it anyway.",
                  "that the plan had flaws but that the council would pass it anyway", "The mayor"),)),
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
         "noun tagged as a verb holds the phrase; a listener's `that` after a pronoun is `listener-that`'s.",
         _phrase_that,
         (Example("The chief executive said on the company's earnings call that demand was strong.",
                  "that demand was strong", "The chief executive"),
          Example("The founder told analysts on the earnings call that subscriptions grew 30 percent.",
                  "that subscriptions grew 30 percent", "The founder"),
          Example("Ruiz posted on Threads that she was leaving the company after eight years.",
                  "that she was leaving the company after eight years", "Ruiz"),
          Example("The UN environment programme said in its annual emissions gap report that the world was heading "
                  "for 2.9C of warming.", "that the world was heading for 2.9C of warming",
                  "The UN environment programme"))),
    Rule("named-listener", "content", "`The manager told BBC Sport the referee had erred`: a verb of telling right "
         "before a name of two capitalised words or more, or `the` and one or more (`told the Observer`): the whole "
         "name is the one told, however the parse split "
         "it, and what was told opens after it (a subject pronoun or a noun phrase, a quantifier's or a number's "
         "too: `some of her patients had`, or a bare noun: `inflation was`, then its finite verb), as "
         "`listener-clause` reads it; `&` between capitalised words is within the name (`Power & Politics`); one "
         "word in capitals of three letters or more is a name too, a station's call sign (`tells WXYZ the road ...`), "
         "whatever the tagger made it, and so is a site's address (`told KSL.com the gunman ...`) and an Australian "
         "station's call sign, its state's digit first (`told 2GB's host the deal ...`, `told 3AW`); a channel's "
         "number may open the name before a capitalised word (`told 7 News the couple ...`), and a programme named "
         "by its hour or a number may follow its network's `'s` (`told ABC TV's 7.30 the ...`, `Nine's 60 Minutes`).",
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
          Example("A neighbor told ABC 7 Eyewitness News the family rarely went out.", "the family rarely went out",
                  "A neighbor"))),
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
    Rule("complement-after", "content", "The verb's first reported clause after it (`said that ...`, "
         "`told reporters the plan ...`, past a listener of several words: `told the council the budget ...`, or "
         "a gathering in `-ing` after its determiner, whatever its tag: `told the hearing the wound ...`; past "
         "phrases of a preposition between the listener and the clause's subject, which tell where it was told: "
         "`told reporters in Dayton the bridge ...`); none for a phrasal cue with a cue of its own and that cue's "
         "subject between its particle and the clause (`put it best when she wrote: \"...\"`: the quotation is "
         "the second cue's); not one after a participle of saying set off by a comma (`said, "
         "adding that ...`: the participle's; but an aside closed by a comma right before `that` leaves the clause to "
         "the cue: `reported, citing two sources, that ...`); a particle the parse gave the cue that takes none ends the "
         "clause (`said the deal was off`); a `that` clause left with no subject runs on through the clause the parse "
         "hung from the cue right after it (`argued that tariffs raise prices`, `tariffs` taken for a verb); a day the "
         "parse took for a listener is the cue's time, `that` after it opening the clause (`warned Tuesday that cases "
         "...`); a listener, time or phrase the parse hung into the clause, `that` taken for a relative pronoun, is the "
         "cue's, read from the words as `listener-that` reads them: the clause opens at its `that` (`told the Ledger "
         "that Ruiz believes ...`; a lower-case `-s` word right after a verb of telling, taken for the clause's verb, "
         "is the plural listener: `told reporters the plan would fail`; a clause of a point in time right after the "
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
         "still years away from clinical use`: a clause's words run unbroken).",
         _complement_after,
         (Example("Officials said two people had died and 14 others were hospitalized.",
                  "two people had died and 14 others were hospitalized", "Officials"),
          Example("Engineers say the new battery is still years away from commercial use.",
                  "the new battery is still years away from commercial use", "Engineers"),
          Example("The minister told reporters that the talks would resume next week.",
                  "that the talks would resume next week", "The minister"),
          Example("The mayor said once the vote ended they would appeal.", "they would appeal", "The mayor"),
          Example("The World Health Organization warned Tuesday that cases of measles are rising in Europe.",
                  "that cases of measles are rising in Europe", "The World Health Organization"),
          Example("The mayor told the council the budget was balanced.", "the budget was balanced", "The mayor"),
          Example("A pathologist told the hearing the wound was ten centimetres deep.",
                  "the wound was ten centimetres deep", "A pathologist"),
          Example("The minister told a briefing the talks had stalled.", "the talks had stalled", "The minister"),
          Example("The agency reported, citing two sources, that the bank would cut 500 jobs.",
                  "that the bank would cut 500 jobs", "The agency"),
          Example("The mayor told reporters in Dayton the bridge would reopen.", "the bridge would reopen",
                  "The mayor", parse=_TOLD_WHERE_UD),
          Example("The official, who told reporters that talks had stalled, said the deal was off.",
                  "the deal was off", "The official"),
          Example("He said that the deal was off after critics complained that it cost too much.",
                  "that the deal was off", "He"),
          Example("Economists have long argued that tariffs raise prices for consumers.",
                  "that tariffs raise prices for consumers", "Economists"),
          Example("The aide told the Ledger that Ruiz believes the plan was a mistake.",
                  "that Ruiz believes the plan was a mistake", "The aide"),
          Example("The mayor told reporters the plan that he backed would fail.",
                  "the plan that he backed would fail", "The mayor"),
          Example("Asked where the money would come from, the mayor's office pointed to a state grant.",
                  "where the money would come from", None),
          Example("Jones told Smith, who told reporters that the deal was dead.", "that the deal was dead", "who"))),
    Rule("listener-that", "content", "`told a radio station that he would not resign`: a verb taking a listener, "
         "the listener's noun phrase right after it (a name's words however tagged), then `that` and a clause with "
         "its own subject and finite verb: what was said opens at `that`, read from the words however the parse hung "
         "it (not the listener's relative clause; the clause's own verb is no other report, though a verb of "
         "saying: `told the paper that she wrote the songs`; a plural subject taken for a verb may carry a phrase "
         "before its auxiliary: `that bookings for next summer were ahead`; a participle between the listener's "
         "determiner and its noun describes it: `told a cheering crowd`; `last week`, `this year` are the cue's time, "
         "as is a clause of time with its subject and verb: `told the Ledger before she spoke to the committee that`; "
         "a quotation may open the clause, and an `-ing` word before its object's noun phrase may be its subject: "
         "`that \"Ruiz is ...`, `that helping the farm was ...`; a plural in `-men` or an `-ing` word right before "
         "a regular past in `-ed` taken for a participle is the subject, that past its finite verb: `that gunmen "
         "opened fire`, `that shelling continued`; `that` after a determiner or a preposition is a "
         "pronoun: `despite all that`, and after the listener's topic phrase a relative pronoun on its noun: `told the "
         "board about a plan that nobody liked`, a topic, no clause told).", _listener_that,
         (Example("The senator told a radio station that he would not resign.", "that he would not resign",
                  "The senator"),
          Example("She told The Daily Ledger before she spoke to the committee that the plan was dead.",
                  "that the plan was dead", "She"),
          Example("Lane told the newspaper that she wrote most of the songs on a borrowed piano.",
                  "that she wrote most of the songs on a borrowed piano", "Lane"),
          Example("Ruiz told analysts on a conference call that bookings for next summer were already ahead.",
                  "that bookings for next summer were already ahead", "Ruiz"),
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
                  "that shelling continued until dawn", "Two villagers"))),
    Rule("listener-clause", "content", "`told police he had acted in self-defense`: a verb of telling, its "
         "listener (a pronoun, or a noun phrase that is not a thing told: `told a story he ...`), then a subject "
         "pronoun and a finite verb: the clause told, read from the words however the parse hung it (a relative "
         "clause of the listener; a lower-case `-s` word tagged plural right after a singular noun, closing the "
         "words told, is that verb: `told CNN the test works`, a thing told being no such phrase; adverbs and quote marks "
         "between a noun phrase and its verb are passed over: `told police the couple often argued`).", _listener_clause,
         (Example("The driver told police he had swerved to miss a deer.", "he had swerved to miss a deer",
                  "The driver"),
          Example("The coach told his players they would start on Sunday.", "they would start on Sunday",
                  "The coach"),
          Example("One resident, who asked not to be named, told Reuters the water was brown.",
                  "the water was brown", "One resident"),
          Example("The lab's director told Reuters the test works.", "the test works", "The lab's director"),
          Example("A neighbor told police the couple often argued.", "the couple often argued", "A neighbor"))),
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
         "that the parse hung from the verb as its subject: `Tuesday, 2 a.m.: A man was cited ..., police said`).",
         _complement_before,
         (Example("The plan will fail, he said.", "The plan will fail", "he", parse=_COMPLEMENT_BEFORE_UD),
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
         "calm`: from the mark).",
         _paratactic_host, (Example("Prices will rise, he said.", "Prices will rise", "he"),
                            Example("The vote will be held in the spring, the chairman said, adding that no "
                                    "date was set.", "The vote will be held in the spring", "the chairman"),
                            Example("Some owners of the mill long ago soured on the deal, the Courier reported, "
                                    "citing two neighbours.", "Some owners of the mill long ago soured on the deal",
                                    "the Courier"))),
    Rule("as-clause-host", "content", "`As the paper noted, ...`: the clause the `as` clause hangs from (not "
         "when its verb has its message after its own preposition, `as it commented on the rules`, nor when its "
         "subject is a time, `As the day went on`, nor in a comparison, `as polite as it was pointed`); also a "
         "passive one opening its sentence with its agent: `As reported by the paper, ...`; `As one aide put "
         "it, ...` reports too: its `it` is the cue's own word; read from the words when the parse made the "
         "cue opening its sentence the root: the clause after its comma).",
         _as_clause_host,
         (Example("As the paper noted, the bridge was closed for years.", "the bridge was closed for years",
                  "the paper"),
          Example("As reported by the Valley Ledger, the ferry will stop running in May.",
                  "the ferry will stop running in May", "the Valley Ledger"),
          Example("As the paper noted, the bridge was closed for years.", "the bridge was closed for years",
                  "the paper", parse=_AS_STOP_UD),
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
         "before it (not when the comma closes an aside set off after its speaker: `Ann Ruiz, who ..., replied`, "
         "nor when a subordinator other than `as` opens the words after it: `..., while officials urged calm` is a "
         "clause of its own, no reporting clause).",
         _closing_content,
         (Example("The bridge was closed for years, the paper noted in an editorial on Monday.",
                  "The bridge was closed for years", "the paper"),)),
    Rule("closing-words", "content", "`S, X said.` closing its sentence: all of S, read from the words "
         "(the parse may hang the cue from a clause within S; X may go on past its noun: `a person briefed on "
         "the talks`, `people close to the mayor say` with `say` a bare form; a listener's name after a verb of telling, "
         "however hung, and a dash and a noun phrase after the tag, the writer's aside: `-- a change that ...`, "
         "or a comma and a span of time from an event, `, two days after the vote`, are no more of what was "
         "said; S holds a clause: a finite verb, read from the words too: a lower-case `-s` word right after a "
         "name's age set off by commas is the name's verb, `Lee, 54, faces ...`).",
         _closing_words,
         (Example("The city cannot pay the way it once did, the mayor said.",
                  "The city cannot pay the way it once did", "the mayor", parse=_CLOSING_WORDS_UD),
          Example("Home sales slowed sharply over the summer, the trade group reported last week.",
                  "Home sales slowed sharply over the summer", "the trade group"),
          Example("The city has lost more than 3,000 jobs since the spring, the Daily Ledger reported ten days ago.",
                  "The city has lost more than 3,000 jobs since the spring", "the Daily Ledger"),
          Example("The council will vote on the budget next month, a person briefed on the talks said on Monday.",
                  "The council will vote on the budget next month", "a person briefed on the talks"),
          Example("Rents rose faster than wages did, the housing office reported last week -- a change that "
                  "surprised many.", "Rents rose faster than wages did", "the housing office"),
          Example("The mayor will not run again, people close to the mayor say.", "The mayor will not run again",
                  "people close to the mayor", parse=_BARE_TAG_UD),
          Example("The plant will reopen in May, teachers and union officials told the Ledger.",
                  "The plant will reopen in May", "teachers and union officials", parse=_TOLD_NAME_UD),
          Example("The incumbent won the race, the Ledger declared on Friday, two days after the polls closed.",
                  "The incumbent won the race", "the Ledger", parse=_TIME_AFTER_TAG_UD),
          Example("Lee, 54, faces up to 20 years in prison if convicted, prosecutors said.",
                  "Lee, 54, faces up to 20 years in prison if convicted", "prosecutors"))),
    Rule("closing-run", "content", "`..., the news site Valley Courier reported.` with the cue hung inside "
         "the clause before it: all of that clause, read from the words.", _closing_run_content,
         (Example("The bridge will stay shut until the spring, the local paper Valley Courier reported.",
                  "The bridge will stay shut until the spring", "the local paper Valley Courier",
                  parse=_CLOSING_RUN_UD),)),
    Rule("set-off-report", "content", "`The levy will rise, the mayor says, because ...`: a reporting clause set off "
         "by commas within its sentence (a noun phrase, the cue, a comma), read from the words however the parse hung "
         "it: the clause before its first comma and the words after its second.", _set_off_report,
         (Example("A truck struck a crowd at the fair on Saturday night, hurting at least 12 people, local officials "
                  "said, before the driver was stopped by police.",
                  "A truck struck a crowd at the fair on Saturday night, hurting at least 12 people before the driver "
                  "was stopped by police", "local officials"),)),
    Rule("forecast", "content", "`The storm threatens to flood the valley`, `The debate promised to be lively`: "
         "a verb of promising or threatening with an infinitive, whose subject is a thing, no one who may speak, "
         "tells what is likely to come: it reports nothing.", _forecast,
         (Example("The storm threatens to flood the whole valley.", "to flood the whole valley", kept=False),
          Example("The debate promised to be a crucial moment for the governor.",
                  "to be a crucial moment for the governor", kept=False),
          Example("Farmers fear that the drought threatens to ruin the harvest.", "to ruin the harvest",
                  kept=False))),
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
         "`not` or `never` right before a promise's `to` is promised too: `vowed never to raise fares`); it ends "
         "before a tensed report after `and` that `to` cannot govern, however the parse joined it: `promised to "
         "cut taxes and called for an audit`).",
         _infinitive_content,
         (Example("The governor vowed to build a new bridge over the river.",
                  "to build a new bridge over the river", "The governor"),
          Example("The mayor vowed never to raise the bus fares again.", "never to raise the bus fares again",
                  "The mayor"),
          Example("The letter threatened to expose the mayor's debts.", "to expose the mayor's debts",
                  "The letter"),
          Example("The council asked the engineers to inspect every old bridge.",
                  "the engineers to inspect every old bridge", "The council", parse=_REQUEST_ADVCL_UD),
          Example("The governor urged residents in low-lying areas to leave.",
                  "residents in low-lying areas to leave", "The governor"),
          Example("Health officials urged anyone who has a fever to stay home.",
                  "anyone who has a fever to stay home", "Health officials"),
          Example("The senator promised to cut taxes for families and praised the volunteers.",
                  "to cut taxes for families", "The senator"))),
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
         "tricks that Lee accused them of`; up to an owned noun naming a saying, its clause the owner's, `noun-cue`: "
         "`blamed the press for making an issue out of his claim that ...`).", _charge_object,
         (Example("The governor blamed the press for making an issue out of his claim that the bridge was unsafe.",
                  "the press for making an issue out of his claim", "The governor"),
          Example("Critics have accused the agency of hiding the data on water quality.",
                  "the agency of hiding the data on water quality", "Critics"),
          Example("The coach blamed the referees for the loss in the final.", "the referees for the loss in the final",
                  "The coach"),
          Example("The two neighbours accused each other of moving the fence.", "each other of moving the fence",
                  "The two neighbours"))),
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
         "CLAIM_OBJECT_REPORTS: `rejected the claims that ...`, not `rejected the bid`; a phrase of `in` telling how "
         "or where it was said is none of it: `denied the claim in the strongest terms`, `in a statement`; nor a "
         "phrase of `to` naming those it was passed on to, lexicon TOLD_AUDIENCES: `confirmed the arrest to "
         "reporters`; a run bounding an amount right after the verb, lexicon AMOUNT_OPENERS, opens the object "
         "whatever the parse made of it: `predicted up to 2 feet of snow`, `confirmed at least 12 deaths`, not "
         "before a verb: `predicted up to 40% of homes would ...`; after a report that values its object, lexicon "
         "VALUING_REPORTS, `at` and an amount are the estimate: `estimated damage at $3 billion`, not `at the scene`).",
         _reported_object,
         (Example("The senator denied the allegations about his campaign funds.",
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
                  parse=_TO_AS_MARK_UD),
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
                  "A police spokesman"))),
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
                  parse=_OBJECT_TOPIC_UD),)),
    Rule("listener-topic", "content", "`asked the senator about the tax`: a topic's preposition right after a "
         "verb's listener opens the noun phrase reported.", _listener_topic,
         (Example("The host asked the senator about the new fuel tax.", "the new fuel tax", "The host",
                  parse=_LISTENER_TOPIC_UD),
          Example("After the council voted, the reporter asked the mayor about the new parking fees.",
                  "the new parking fees", "the reporter", parse=_FRONTED_ASKED_UD))),
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
                  'many callers were "very angry,"', "Aides", parse=_CONTRAST_AFTER_QUOTE_UD))),
    Rule("rest-of-sentence", "content", "What follows the cue in its sentence, when it is a clause (not a verb "
         "after `and` alone, past the listener or a phrase: `She told the court and then left` is her next act; nor "
         "a topic's phrase right after the listener: `told the board about a plan that ...`; nor "
         "the word right after `tell`, its listener whatever its tag: `told reporters the new rules`; for a "
         "participle opening its sentence, `Noting he ..., Lee said`, up to its first comma; for a cue in a "
         "relative clause set off after a noun, or in a description set off there, up to the comma closing "
         "it before the main verb, a quotation closing on that comma too: `Jane Doe, a nurse who said ..., said`, "
         "`Lopez, who says they were \"...,\" called`; past a clause of a point in time right after the cue or its "
         "listener when the clause after it is in the present or has a modal: `told residents after the storm "
         "passed the roads would reopen`, not one in the past, events told in order: `told reporters after "
         "officers searched the house they found cash`; past a phrase of where it was said (a day before it too: `said Thursday on a podcast that ...`), its `-ing` "
         "noun after a determiner whatever its tag, or after such a phrase's nouns: `said in a recording that ...`, `said in "
         "a stock exchange filing that ...`; past `to` and the one spoken to after an active verb whose `to` opens no "
         "infinitive, whatever the parse made of the words: `admitted to police that he lied`).",
         _rest_content,
         (Example("The mayor said of the bridge that it is safe.", "that it is safe", "The mayor"),
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
                  parse=_RELATIVE_THEN_SAID_UD),
          Example("The mayor told residents after the storm passed the roads would reopen.", "the roads would reopen",
                  "The mayor"),
          Example("Tom Berg said in a recording that the deal was dead.", "that the deal was dead", "Tom Berg"),
          Example("The founder said Thursday on a podcast that the app would stay free.",
                  "that the app would stay free", "The founder"))),
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
         "of the sentence.", _say_noun_then_verb,
         (Example("The bureau says young renters, numbering 75 million, outgrew older owners in 2015.",
                  "young renters, numbering 75 million, outgrew older owners in 2015", "The bureau"),)),
    Rule("that-after", "content", "`Lee added that, in her view, ...`, `complained to the host that ...`: "
         "`that` after a verb of saying, past its listener, its own phrase or a set-off aside, and before a comma "
         "or a clause (its subject may be a plural noun tagged as a verb before an auxiliary or a past form: `that "
         "talks had stalled`, `that residents deserved`, a mass noun tagged as a verb before one in `-s`: `that demand "
         "continues`, or open with a participle before its nouns and their verb: `that affected staff will`, "
         "`that rolling blackouts would ...`, or be a compound noun whose first word is tagged as a bare verb, before "
         "an auxiliary: `that heat pumps would`; the cue's own phrase may hold a participle's phrase on its noun: "
         "`said in a statement carried by the agency that ...`), opens what was said, to the sentence's end or to "
         "the comma closing a relative clause that "
         "holds the cue (`The official, who told us that ..., said`), whatever the parse made of it; any other cue "
         "verb so only as a participle set off by a comma after its clause with `that` right after it (`He "
         "reminisced about summers, recalling that the water was cold`, the clause hung from the main verb).",
         _that_after,
         (Example("The coach said -- on the radio, as it happens -- that the fans misunderstand the team.",
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
                  "that the water was always too cold", "He"))),
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
         "targeting civilians`).",
         _gerund_content,
         (Example("The senator denied taking money from the lobbyists.", "taking money from the lobbyists",
                  "The senator"),
          Example("He denied having met the envoy.", "having met the envoy", "He"),
          Example("She admitted being paid by the firm.", "being paid by the firm", "She"),
          Example("The army repeatedly denied targeting civilians.", "targeting civilians", "The army"))),
    Rule("verdict", "content", "`after Ruiz was declared the winner`: a passive cue of a verdict reports who it is "
         "said of and the verdict after it.", _verdict,
         (Example("Supporters cheered after Ruiz was declared the winner in Ohio.", "Ruiz the winner in Ohio", None,
                  parse=_VERDICT_UD),)),
    Rule("last-object", "content", "`CNN noted the sparse crowd`, `she recalled his kindness`, `Lee says unkind "
         "things`: with no clause after it, the noun phrase a cue of noting, recalling or saying takes as its "
         "object, to the next comma (a clause whose verb the tagger took for a noun with it).", _last_object,
         (Example("The station also noted the unusually small crowd.", "the unusually small crowd", "The station"),
          Example("The senator says unkind things.", "unkind things", "The senator"))),
))
