"""Shared helpers of the attribution stages: the `Cue` record, constants and functions.

What several stage tables use, and what other modules call that needs no stage table;
in pipeline order: read top to bottom.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from ..lexicon import (SET_OFF_RELATIVES, PERSONAL_NAME_NOUNS, TOLD_AUDIENCES, OCCASION_PREPOSITIONS,
                       SAYING_MANNER_NOUNS, COMPANY_SUFFIXES, CAPITALISED_OFFICES, INFINITIVE_NOUNS,
                       RECEIVING_VERBS, PAST_ONLY_FORMS, COMMITMENT_OBJECT_VERBS, COMMITMENT_NOUNS,
                       TOPIC_ONLY_PREPOSITIONS, SAYING_OBJECT_VERBS, UNABBREVIATED_STATES,
                       MEANS_PREPOSITIONS, WITHHELD_NAME_FORMS, FLOATING_QUANTIFIERS, QUESTIONING_VERBS,
                       QUESTIONING_FORMS, SURNAME_PARTICLES, ADDRESS_STYLES, CONSTITUENCY_WORDS,
                       PREPOSITIONS, NOT_SPEAKER_LABELS, NAME_GIVING_FORMS, HONORIFICS, PAPER_MODIFIERS,
                       DOUBLE_OBJECT_VERBS, SEQUENCE_ADVERBS, DEGREE_LETTERS, CLAUSE_OPENERS, SET_OFF_TITLES,
                       SET_OFF_TITLE_WORDS, MADE_ONLY_NOUN_CUES, CALL_FOR_FORMS, PRESCRIBING_THINGS,
                       OF_TAKING_VERBS, DAY_NAME_WORDS, WEEKDAYS, NEWS_OUTLET_WORDS, OUTLET_NOUNS,
                       NONFINAL_ABBREVIATIONS, RELATION_NOUNS, RESEARCH_NOUNS, GROUP_NOUNS,
                       ORGANISATION_WORDS, SPEAKER_NOUNS, OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS,
                       OCCASION_NOUNS, SENTENCE_LINKING_ADVERBS, UNMARKED_SAY_PASTS, SUBORDINATE_OPENERS,
                       CLAUSE_PREPOSITIONS, QUOTING_VERBS, NOUN_CUES, COMMISSIVE_VERBS,
                       ASSERTING_INFINITIVE_VERBS, NOT_PROMISING_PARTICLES, DIRECTIVE_VERBS, LISTENER_VERBS,
                       MARK_CHARS, NAMING_FORMS, PERSON_RELATIVES, SPEAKING_CONDITIONS, CURRENCY_SIGNS,
                       INVERTING_VERBS, OBJECT_CONTROL, OBJECT_CUES, THAT_ONLY_CUES, CONJUNCTION_ONLY_WORDS,
                       CHARGED_VERBS, PARTICIPLE_NOUNS, PHRASE_ADJECTIVES, NAME_PREPOSITIONS,
                       NEW_SOURCE_WORDS, NOMINATIVE_PRONOUNS, PREPOSITION_REPORTS, QUANTIFIER_PRONOUNS,
                       IRREGULAR_PARTICIPLES, SHARE_WORDS, AUXILIARIES, QUESTION_OPENERS,
                       REDUCED_CLAUSE_OPENERS, ROLE_WORDS, SAY_VERBS, SUBJECT_OPENERS, TIME_NOUNS,
                       TIME_OPENERS, SPAN_NOUNS, SPAN_WORDS, MONTHS, CALENDAR_NOUNS, CALENDAR_PLACERS,
                       STYLE_PREFIXES, TIME_SUBORDINATORS, SET_OFF_SUBORDINATORS, BRACKET_PARTY_LABELS,
                       BRACKET_PARTY_PHRASES, cue_lemma, cue_lemmas, first_names, party_label,
                       PARTICIPLE_AUXILIARIES, REPORT_JOINERS, REPEAT_NOUNS, REPEAT_COUNT_WORDS, CUE_ADVERBS,
                       SENDER_PREPOSITIONS, DEED_CLAIMING_VERBS, phrasal_particles, CLAIMED_DEEDS,
                       WONDER_OPENERS, NOUN_CUE_SO_FAR, INDEFINITE_ARTICLES, TIME_CLAUSE_PREPOSITIONS,
                       TITLE_AFFILIATION_PREPOSITIONS, ARTICLES, REFLEXIVE_PRONOUNS, SUMMARY_NOUNS,
                       COMMA_ASIDE_OPENERS)
from ..lexicon import QUOTATION_DASHES
from ..lexicon import SAYING_OCCASION_PREPOSITIONS, AUTHORED_BY_NOUNS, PLURAL_ONLY_NOUNS, GERUND_REPORTS, GENERAL_OFFICES
from ..lexicon import NOUN_REPORTS
from ..entities import describe
from ..resolve import ly_adverb, person_noun
from ..parse import FINITE_TAGS, OWNER_TAGS, Word, NOUN_UPOS, OBJECT_RELS, VERB_UPOS
from ..rules.text import source_word, NICKNAME_WORDS, stopless_line
from ..rules.tree import (Parsed, cue_form, demonstrative, joined_past_infinitive, preposition,
                          relative_pronoun, time_word, to_infinitive, phrase_head)

_SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
_COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
_FINITE = FINITE_TAGS  # a clause of its own, not an object noun phrase
_OCCASION_DETERMINERS = INDEFINITE_ARTICLES | frozenset(POSSESSIVE_PRONOUNS)  # `in a statement`, `in its release notes`
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_APPROXIMATORS = frozenset({"about", "around", "nearly", "almost"})  # `about half`: a number, not a place
_CLAUSAL = frozenset({"VERB", "AUX", "ADJ", "NOUN"})  # what a clause may be headed by
_RUN_WORDS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ", "SYM"})  # what a noun phrase is made of
_RUN_LINKS = frozenset({"of", "in", "out", "as", "and"})  # `three in 10`, `four out of 10`, `as many as 40 percent`
_BRACKET_WORDS = 8  # the longest bracketed aside after a name that `_opening_bracket` looks past
_CLAUSE_BREAKS = frozenset({",", "--", "\u2014", "\u2013"})  # what sets a clause or an apposition off (`Lee -- who ...`)
_VERB_GROUP_TAGS = frozenset({"AUX", "PART", "ADV"})  # what a verb has about it in its clause (`had not yet said`)
_NOMINATIVE = frozenset({"he", "she", "they", "we", "i", "it"})
_JOINING_WORDS = frozenset({"and", "but", "while", "as", "whereas"})  # `..., and Ruiz said`
_CONTRASTS = frozenset({"but", "while", "whereas", "though", "although", "yet"})  # `, but ...`
ANSWER_CONTENTS = frozenset({"answer-words", "bare-asked", "according-demonstrative"})  # `content` rules whose content may be one word (`said yes`, `when asked why`, `That's according to X`)
NOUN_CONTENTS = frozenset({"took-credit", "reported-object", "reported-subject", "last-object", "verdict", "mention-of", "call-for", "question-put",
                           "listener-topic", "to-listener-object"})  # `content` rules that report a noun phrase, not a clause
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
            w.text.lower() in phrasal_particles(self.verb.lemma) and w.index == self.verb.index + 1 for w in self.words)


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


def _raised_verb(s: Parsed, clause: Word) -> Word:
    """The verb of a raised infinitive (`He is said to have told aides ...`): the participle right after a
    perfect `have` (`to have told`), which the words settle whatever the parse hung from which; else the
    infinitive itself (`is said to be ill`: `be`)."""
    after = s.words[clause.index + 1] if clause.index + 1 < len(s.words) else None
    if clause.lemma == "have" and after is not None and after.xpos == "VBN" and after.upos == "VERB":
        return after
    return clause


def _perfect_infinitive(s: Parsed, verb: Word) -> bool:
    """Whether a past participle stands right after `to have` (`is said to have told friends ...`): the active
    perfect infinitive's verb, whatever the parse hung it from (not a passive participle, nor a noun's
    adjective)."""
    i = verb.index
    return verb.xpos == "VBN" and i >= len(_PERFECT_INFINITIVE) \
        and tuple(w.text.lower() for w in s.words[i - len(_PERFECT_INFINITIVE):i]) == _PERFECT_INFINITIVE


_PERFECT_INFINITIVE = ("to", "have")


def _raised_saying(s: Parsed, clause: Word) -> bool:
    """Whether a raised infinitive is itself a verb of saying (`INVERTING_VERBS`: `Lee is said to have warned
    that ...`, `is understood to have told colleagues that ...`): that verb reports, the raised subject its
    speaker, and the passive verb before it only hedges."""
    verb = _raised_verb(s, clause)
    return verb.lemma in INVERTING_VERBS and _is_cue_verb(verb)


def _phrasal_word(s: Parsed, w: Word) -> Word | None:
    """`shot back`, `as X put it`: the word right after a verb that makes it report speech."""
    particles = phrasal_particles(w.lemma) if w.upos == "VERB" else frozenset()
    after = s.words[w.index + 1] if w.index + 1 < len(s.words) else None
    if not particles or after is None or after.head != w.index or after.text.lower() not in particles:
        return None
    return after


def _is_naming_verb(w: Word) -> bool:
    return w.upos == "VERB" and w.text.lower() in NAMING_FORMS


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
    name the parse hung apart (`asked by committee chairman Mel Stride`), nor a noun plural without `-s`
    (lexicon PLURAL_ONLY_NOUNS: `told by police that ...`, people)."""
    return w.upos == "NOUN" and w.xpos == "NN" and w.text.lower() not in PLURAL_ONLY_NOUNS and not any(
        k.deprel in ("det", "nmod:poss", "nummod") for k in s.kids[w.index]) and not any(
        x.upos == "PROPN" for x in s.subtree(w)) \
        and not (w.index + 1 < len(s.words) and s.words[w.index + 1].upos == "PROPN")


def _time_of_cue(s: Parsed, w: Word, verb: Word) -> bool:
    """Whether word `w` tells when the cue `verb` spoke, whatever the parse made it: a time word, or a
    lower-case noun ending a phrase of time right before the cue (`_time_before`: `The senator later that
    day said`, `the same day`, `last quarter`; not `The Day said`, a paper's name)."""
    return time_word(w.text) or (_time_before(s, verb.index) <= w.index < verb.index and w.text.islower())


# The `subject` rules that read a subject's own phrase before its verb, where a term quoted within it stays.
SUBJECT_BEFORE_RULES = frozenset({"nominal-subject", "as-clause"})


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


_SUPERLATIVE_TAG = "JJS"  # `largest`, `biggest`: a superlative adjective


def _dash_description_opens(s: Parsed, i: int) -> bool:
    """Whether word `i` is a dash set off by spaces (`_aside_break`) opening a description with an article
    (lexicon ARTICLES: `The union - a group of nurses - said`, `The union - the largest in the state - said`)
    or a bare superlative (`The union - largest in the state - said`), a reflexive pronoun before it or not (`The
    minister - herself a former nurse - said`)."""
    if not (s.words[i].text in _DASHES and _aside_break(s, i)):
        return False
    j = i + 1 + (i + 1 < len(s.words) and s.words[i + 1].text.lower() in REFLEXIVE_PRONOUNS)
    return j < len(s.words) and (s.words[j].text.lower() in ARTICLES or s.words[j].xpos == _SUPERLATIVE_TAG)


_CLASS_ARTICLE = "the"  # `her brother, the painter Tom Hale,`: a class the name is known by, set off after kin


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
    person = noun.upos == "ADJ" and s.subtree(clause)[0].text.lower() in PERSON_RELATIVES  # `An official who`
    if not (noun.upos in _NOMINAL or person) or noun.index > clause.index or (before and before[-1].upos == "CCONJ"):
        return None
    opening = s.subtree(clause)[0].index
    if max((w.index for w in s.subtree(noun) if w.index < opening), default=-1) < opening - 2:
        return None  # `..., the year, one official, who ...`: the noun's phrase ends far from the clause
    return _phrase_owner(s, noun, opening)


def _phrase_owner(s: Parsed, noun: Word, opening: int) -> Word:
    """`Farmers in towns that backed him say ...`, `The head of the agency that runs the port said ...`: the noun
    a restrictive relative clause (opening at word `opening`, no comma before it) modifies, when it is the object of
    a preposition within a noun phrase before it, is part of that phrase, and the verb after the clause is said of
    the phrase's own noun (`Farmers`, `The head`); a clause set off by a comma keeps the noun it follows."""
    if opening > 0 and s.words[opening - 1].text == ",":
        return noun
    while noun.deprel == "nmod" and 0 <= noun.head < noun.index and s.words[noun.head].upos in _NOMINAL \
            and any(k.deprel == "case" for k in s.kids[noun.index]):
        noun = s.words[noun.head]
    return noun


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
    `The minister, when asked about it,`; a name given after adverbs: `Billy Tate, better known as "Big
    Tate,"`), with no quotation between but a whole one after the participle (`The town, named "Britain's
    tidiest" last year,`: a name given); else None.  (Not
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
    after = next((i for i in range(first, close) if s.words[i].upos != "ADV"), close)
    if first < after < close and s.words[after].text.lower() in NAME_GIVING_FORMS:
        first = after  # `The singer, better known as "Nova," said`, `also known as`: adverbs before a name given
    if first < close and s.words[first].upos == "VERB" and _participle_form(s.words[first]) \
            and (s.words[opening - 1].upos in NOUN_UPOS or opening == 1 and _capitalised(s.words[0])) \
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
        and all(w.upos in NOUN_UPOS for w in s.words[first + 1:close])


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
    (its first word, the head of a name, for the span rules to widen) is its subject; so too when the
    parse joined the past form to the opening phrase as a conjunct (`Northwind's chief executive, Dale
    Hutchins, acknowledged in a letter ...` with `executive` tagged an adjective and made the root), and
    the role's word closing that phrase (lexicon ROLE_WORDS) stands for its noun whatever its tag."""
    words, i = s.words, verb.index
    if verb.deprel not in ("amod", "acl") and not (verb.deprel == "conj" and verb.head < i) \
            or i < 3 or words[i - 1].text != ",":
        return None
    phrase = _set_off_phrase(s, i - 1)
    if phrase is not None and (verb.text.endswith("ed") or verb.text in IRREGULAR_PARTICIPLES) \
            and words[phrase - 1].upos in NOUN_UPOS and not any(
            w.upos in ("PUNCT", "AUX", "SCONJ", "CCONJ", "ADP") or w.xpos in _FINITE for w in words[:phrase]):
        return words[phrase - 1]  # `The governor, in a video message ...,`, `Police, after talks broke down,`
    c = next((k for k in range(i - 2, max(0, i - 2 - _APPOSITION_REACH), -1) if words[k].text == ","), None)
    if not verb.text.endswith("ed") or i < 4 or c is None or c < 2 \
            or not all(w.upos == "PROPN" for w in words[c + 1:i - 1]) \
            or any(w.upos in ("PUNCT", "AUX", "SCONJ", "CCONJ") or w.xpos in _FINITE
                   or (w.upos == "ADP" and w.text.lower() not in NAME_PREPOSITIONS) for w in words[:c]) \
            or words[c - 1].upos != "NOUN" and words[c - 1].text.lower() not in ROLE_WORDS:
        return None
    return words[c + 1]  # the name's first word, its head (`Brooks` in `Ann Brooks` may be tagged plural)


_SET_OFF_PHRASE_REACH = 12  # the most words of a phrase set off by commas after the noun phrase opening a sentence


def _set_off_phrase(s: Parsed, close: int) -> int | None:
    """The index of the comma opening a phrase that the comma at `close` closes, set off after the noun phrase
    opening its sentence (the sentence's first comma), opened by a preposition (`, in a video message posted
    on social media,`) or an `-ing` participle (`, speaking on television,`), with no finite verb, auxiliary,
    conjunction, relative pronoun or other punctuation in it, or made of lower-case adverbs alone (`, however,`); or a clause of time a subordinator opens (`,
    after talks broke down,`: `SET_OFF_SUBORDINATORS`), with no other punctuation in it; else None."""
    words = s.words
    c = next((k for k in range(close) if words[k].text == ","), None)
    if c is None or c == close or not 0 < close - c - 1 <= _SET_OFF_PHRASE_REACH:
        return None
    first = words[c + 1]
    if first.text.lower() in SET_OFF_SUBORDINATORS and first.text.islower():
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
            and w.deprel in _MODIFIER_RELATIONS and words[w.index - 1].upos in NOUN_UPOS
            and not any(k.deprel.startswith("aux") for k in s.kids[w.index])]
    return past[0] if len(past) == 1 else None


def _joined_past(s: Parsed, verb: Word) -> bool:
    """Whether `verb` is a past form right after `and`, with no subject or auxiliary of its own (`... and
    chanted "..."`): it closes, for `_misread_past`, the clause it is joined to."""
    return verb.xpos == "VBD" and verb.index > 2 and s.words[verb.index - 1].text == "and" and not any(
        k.deprel in _SUBJECTS or k.deprel.startswith("aux") for k in s.kids[verb.index])


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


def _perfect_aux(k: Word) -> bool:
    """`had` in `..., pressed by reporters, had admitted`: the perfect's `have` right before the verb, which
    leaves it active and finite."""
    return k.deprel == "aux" and k.lemma == "have"


def _opens_participle_after_noun(s: Parsed, verb: Word) -> bool:
    """Whether `verb` opens a participle's phrase set off by commas right after a noun (`_participle_after_noun`)
    with a verb right after its closing comma: `Ruiz, asked about it, said ...`."""
    words = s.words
    return verb.index >= 2 and words[verb.index - 1].text == "," and any(
        words[c].text == "," and c + 1 < len(words) and words[c + 1].upos in VERB_UPOS
        and _participle_after_noun(s, c) == verb.index - 1 for c in range(verb.index + 1, len(words)))


def _clause_preposition_words(s: Parsed, i: int) -> tuple[Word, int, int] | None:
    """`Shares fell after the firm's chief executive said ...`, `... a week after the firm's finance director,
    Ann Ruiz, said ...`, read from the words where the parse hung them elsewhere: a description (a determiner
    or possessor, then name-and-title words ending in a lower-case noun or title word, whatever its tag), with
    a name set off by commas after it or not, ending at word `i` right before the cue (a phrase of time between:
    `Ann Ruiz, on Tuesday said`), right after `after`, `before`, `since` or `until`: its last noun, and the
    indices of the first word and of the last (the name's, where one is set off)."""
    words = s.words
    titled = _titled_name_after_preposition(s, i)
    if titled is not None:
        return titled
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
    return (words[j], first, last) if opener in TIME_CLAUSE_PREPOSITIONS else None


_TITLED_NAME_WORDS = 4  # the most capitalised words of a name `_titled_name_after_preposition` reads


def _titled_name_after_preposition(s: Parsed, i: int) -> tuple[Word, int, int] | None:
    """`The strike ended two weeks after union leader Tom Vale told members ...`: a name (capitalised words)
    ending at word `i` right before the cue, after a title in lower case with no punctuation between (a noun or
    title word last: `union leader`, `party chairman`), right after `after`, `before`, `since` or `until`: the
    name's last word, and the indices of the title's first word and of the name's last."""
    words = s.words
    j = i
    while j > 0 and i - j < _TITLED_NAME_WORDS and words[j].upos == "PROPN" and words[j].text[:1].isupper():
        j -= 1
    if j == i or not (words[j].text[:1].islower() and (words[j].upos == "NOUN" or _title_or_name(s, j))):
        return None  # (a bare name, `after Tom Vale said`, is the parse's to tell)
    first = j
    while first > 0 and words[first - 1].text[:1].islower() and _run_word(s, first - 1) \
            and words[first - 1].upos in ("NOUN", "ADJ"):
        first -= 1
    if first == 0 or words[first - 1].text.lower() not in TIME_CLAUSE_PREPOSITIONS:
        return None
    return words[i], first, i


RELATIVE_CONJUNCT_REACH = 25  # the most words from a relative clause's `who` to a verb joined to it by `and`


# Words from a set-off relative pronoun back to the last word of the noun phrase before it: `council` `,` `who`.
_NOUN_BEFORE_RELATIVE = 2


def _noun_before_relative(s: Parsed, who: int) -> Word:
    """The head of the noun phrase that ends right before the comma before the relative pronoun at `who` (`the city
    council, who`: `council`), past the compound or name it closes."""
    return phrase_head(s, s.words[who - _NOUN_BEFORE_RELATIVE], 0, who)


def _relative_conjunct_words(s: Parsed, verb: Word) -> tuple[int, int] | None:
    """`_relative_conjunct`'s noun phrase read from the words: the index of its first word (a run of
    name-and-title words, however the parse split them: `met Tom Hale, who ...` with two objects) and of the
    `who` after its comma; else None."""
    if verb.xpos not in _FINITE or verb.index < 4 or any(k.deprel in _SUBJECTS for k in s.kids[verb.index]) \
            or s.words[verb.index - 1].text.lower() not in REPORT_JOINERS:
        return None
    who = next((i for i in range(verb.index - 2, max(0, verb.index - RELATIVE_CONJUNCT_REACH), -1)
                if s.words[i].upos == "PUNCT" or s.words[i].text.lower() in PERSON_RELATIVES), None)
    if who is None or who < _NOUN_BEFORE_RELATIVE or s.words[who].text.lower() not in PERSON_RELATIVES \
            or s.words[who - 1].text != "," or s.words[who - _NOUN_BEFORE_RELATIVE].upos not in NOUN_UPOS:
        return None
    opening = who - _NOUN_BEFORE_RELATIVE
    while opening > 0 and s.words[opening - 1].upos in _RUN_WORDS | {"PART"}:
        opening -= 1
    if opening > 0 and s.words[opening - 1].text.lower() == "of":
        return None  # `the girlfriend of Lee's best friend, who ...`: the clause may be on the phrase before `of`
    return opening, who


def _received_message(s: Parsed, verb: Word) -> Word | None:
    """`The police received calls saying shots had been fired`, `got a letter saying ...`: a participle right
    after the object of a verb of receiving (lexicon RECEIVING_VERBS), no comma between, says what that
    message says: the message speaks, not the one who received it, whichever of the two the parse hung it from."""
    if verb.xpos != "VBG" or verb.head < 0 or verb.index < 2:
        return None
    host = s.words[verb.head]
    message: Word | None = None
    if host.upos in NOUN_UPOS and host.deprel == "obj" and host.head >= 0:
        message, host = host, s.words[host.head]  # the participle hung from the message
    else:
        message = next((k for k in s.kids[verb.head] if k.deprel == "obj"), None)
    if message is None or host.lemma not in RECEIVING_VERBS or message.upos not in NOUN_UPOS \
            or s.subtree(message)[-1].index != verb.index - 1 and _sender_phrase_end(s, message, verb) is None:
        return None
    return message


def _sender_phrase_end(s: Parsed, message: Word, verb: Word) -> int | None:
    """`got a letter from the council saying ...`: the index of the last word of a phrase of who sent the
    message (opened by `from`: lexicon SENDER_PREPOSITIONS, a noun phrase with no punctuation or verb in
    it) between the message's own words and the participle right after it, however the parse hung that
    phrase; else None."""
    lo = s.subtree(message)[-1].index + 1
    hi = verb.index - 1
    if not lo < hi or s.words[lo].text.lower() not in SENDER_PREPOSITIONS \
            or any(w.upos in ("PUNCT", "VERB", "AUX", "SCONJ", "CCONJ") or w.upos == "PRON" and w.xpos != "PRP$"
                   for w in s.words[lo + 1:hi + 1]) \
            or s.words[hi].upos not in NOUN_UPOS:
        return None
    return hi


# The earliest word a verb joined by `and` to a clause before it may be: after that clause's subject, its verb and
# the `and` (`Lee spoke and added that ...`).
_JOINED_VERB_LEAST = 3


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
    named = named or _person_word(run[-1])  # `closes with the mayor saying`, `ends with him saying`: a person too
    if opener > 0 and s.words[opener - 1].text not in _CLAUSE_BREAKS | {";"} and not named:
        return None  # `responded with a statement saying`: the verb's own phrase, not one set off
    nouns = [w for w in run if w.upos in _NOMINAL | {"NUM"} and not relative_pronoun(w.text)]
    if not nouns:
        return None
    return next((w for w in nouns if not run[0].index <= w.head <= run[-1].index), nouns[-1])


def run_back_to(s: Parsed, last: int, tags: frozenset[str], word: str) -> int | None:
    """The index of the word spelt `word` (any case) right before a run of at least one word tagged `tags` that
    ends at word `last`; None where the run reaches the sentence's start or another word first (`with one angry
    fan` back to `with`, `as his mother` back to `as`).

    >>> from quotes.parse import Word
    >>> ws = [Word(i, t, t.lower(), u, u, "", -1, "dep", 2 * i, 2 * i + 1)
    ...       for i, (t, u) in enumerate([("as", "ADP"), ("his", "PRON"), ("mother", "NOUN"), ("wept", "VERB")])]
    >>> run_back_to(Parsed.of(ws), 2, frozenset({"PRON", "NOUN"}), "as"), run_back_to(Parsed.of(ws), 0, frozenset(), "as")
    (0, None)
    """
    i = last
    while i >= 0 and s.words[i].upos in tags and s.words[i].text.lower() != word:
        i -= 1
    return None if i < 0 or i == last or s.words[i].text.lower() != word else i


def _with_ing_phrase(s: Parsed, w: Word) -> tuple[Sequence[Word], Word] | None:
    """`Fans reacted online, with one writing, "..."`, `..., with one fan tweeting: "..."`: an `-ing` form of a
    cue verb the tagger took for a noun, right after `with` and a noun phrase in a phrase set off by a comma
    (an absolute phrase), and before a comma or colon and a quotation mark, is the verb of that phrase,
    whatever the tag (a noun after `with one` takes no quotation after it): the noun phrase's words and its
    head, who speaks; else None."""
    if w.upos != "NOUN" or not w.text.lower().endswith("ing") or not cue_form(w.text) or w.index < 3 \
            or w.index + 1 >= len(s.words):
        return None
    nxt = s.words[w.index + 1]
    after = s.words[w.index + 2] if w.index + 2 < len(s.words) else None
    if nxt.text not in (",", ":") or after is None or after.text.strip(MARK_CHARS) or not after.text:
        return None
    i = run_back_to(s, w.index - 1, _WITH_RUN, "with")
    if i is None or i < 1:
        return None
    run = s.words[i + 1:w.index]
    head = next((x for x in reversed(run) if x.upos in _NOMINAL | {"NUM"}), None)
    if head is None:
        return None
    if s.words[i - 1].text not in _CLAUSE_BREAKS and not (s.words[i - 1].upos == "VERB" and _person_word(head)):
        return None  # (`The ad ends with a narrator saying: "..."`: a verb's `with`, a person before the form)
    return run, head


_WITH_RUN = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON"})  # `with one`, `with one angry fan`


# a noun phrase after `with` runs on over its own phrases: `with hundreds of farmers from Ohio and students chanting`
_WITH_LINKS = frozenset({"of", "and", "from", "for", "in", "at"})


def _mark_between(s: Parsed, lo: int, hi: int) -> bool:
    """Whether a quotation mark stands among the words from index `lo` up to `hi`."""
    return any(w.text.strip(MARK_CHARS) == "" for w in s.words[lo:hi])


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


def _handed_over(s: Parsed, i: int) -> bool:
    """Whether word `i` is a quotation mark closing a quotation that hands over to a tag after it (a comma,
    question or exclamation mark before it: `"...," aides said`), however the tagger took the mark."""
    return i > 0 and s.words[i].upos == "PUNCT" and s.words[i].text.strip(MARK_CHARS) == "" \
        and s.words[i - 1].text in (",", "?", "!")


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


def _bare_noun_phrase(s: Parsed, w: Word) -> bool:
    """`said one official, who ...`, `said a spokesman.` with the noun tagged an adjective: a word right
    after a determiner or number that opens its dependents before it (adjectives after that: `said a senior
    executive,`), right before a comma or the sentence's end, heads a noun phrase (an adjective there would
    describe nothing); so does one right before `who` or `whom` (`said an official who was briefed on the
    talks`: an adjective takes no relative clause of a person), and a word naming a source (`source_word`)
    right before a preposition (`said an official at the ministry`: the phrase of where the official works)."""
    before = [k for k in s.kids[w.index] if k.index < w.index and k.upos != "PUNCT"]
    after = s.words[w.index + 1] if w.index + 1 < len(s.words) else None
    return w.upos == "ADJ" and bool(before) and (before[0].deprel in ("det", "nummod") or before[0].upos == "NUM") \
        and all(k.deprel in _BARE_PHRASE_DEPENDENTS for k in before) \
        and before[-1].index == w.index - 1 and (after is None or after.upos == "PUNCT"
                                                 or after.text.lower() in PERSON_RELATIVES
                                                 or source_word(w.text) and after.upos == "ADP")


_BARE_PHRASE_DEPENDENTS = frozenset({"det", "nummod", "amod", "compound"})  # `one`, `a senior`: before the noun


def aside_before(words: Sequence[Word], verb: Word) -> tuple[int, int] | None:
    """The character range of a relative clause set off after a noun and closed right before `verb`
    (`Park, who called it "a trap," described ...`: from `who` to the closing mark), or None: what
    stands in it is the clause's, not the verb's."""
    s = Parsed.of(words)
    close = _closing_comma(s, verb)
    opening = _relative_aside(s, close) if close is not None else None
    return None if opening is None else (s.words[opening + 1].start, s.words[verb.index - 1].end)


# relative pronouns that open a relative clause set off after a noun (`, who`, `, which`), for the rules that read a
# subject past one; the span rule `set-off-relative` takes `whose` too (lexicon SET_OFF_RELATIVES)
_RELATIVE_PRONOUN_OPENERS = SET_OFF_RELATIVES - {"whose"}


def _relative_aside(s: Parsed, close: int, before: int | None = None,
                    openers: frozenset[str] = _RELATIVE_PRONOUN_OPENERS) -> int | None:
    """The index of the comma (or dash) opening a relative clause that the comma at `close` closes,
    set off after a noun (`Vance, who leads in the polls,`; with `openers` SET_OFF_RELATIVES, `whose` opening
    one too: `Moss, whose contract ends in May,`), with no quotation between or only whole ones
    (`Park, who called it "a trap,"`); else None.  With `before`, the opening is the last break before
    that word, past the paired commas of asides after it (`_paired_breaks`)."""
    opening = _past_given_name(s, next((i for i in range(min(close, before or close) - 1, 0, -1)
                                        if _aside_break(s, i)), None), close)
    if opening is not None and (s.words[opening].text == ",") != (s.words[close].text == ","):
        return None  # `Ruiz - who ... - said`: a dash closes what a dash opens
    if opening is not None and opening + 1 < close and (s.words[opening + 1].text.lower() in openers
                                                        or _share_of_relative(s, opening + 1)) \
            and _names_before(s, opening) \
            and _whole_quotations(s, opening, close):
        return opening
    return None


def _set_off_given_name(s: Parsed, lo: int, hi: int) -> bool:
    """Whether the commas at `lo` and `hi` set off a name (up to `_APPOSITION_REACH` capitalised words) right
    after a noun of a person's own name (lexicon PERSONAL_NAME_NOUNS: `who gave only his first name, Tom,`):
    that noun's apposition, inside whatever clause holds the noun."""
    words = s.words
    return 0 < lo < hi < len(words) and words[lo].text == "," and words[hi].text == "," \
        and 0 < hi - lo - 1 <= _APPOSITION_REACH and words[lo - 1].lemma.lower() in PERSONAL_NAME_NOUNS \
        and words[lo - 1].text.islower() and all(w.upos == "PROPN" and w.text[:1].isupper() for w in words[lo + 1:hi])


def _past_given_name(s: Parsed, opening: int | None, close: int) -> int | None:
    """The break opening an aside that the break at `close` closes, found first at `opening`, moved back past a
    name set off after a noun of a person's name (`_set_off_given_name`) inside the aside: `One striker, who gave
    only his first name, Tom, said` (the name's commas close the aside too), `A migrant, who spoke on condition
    that only his first name, Luis, be used, said`; else `opening` itself."""
    def last_break(before: int) -> int | None:
        return next((i for i in range(before - 1, 0, -1) if _aside_break(s, i)), None)
    if opening is None:
        return None
    if _set_off_given_name(s, opening, close):
        return last_break(opening)
    inner = last_break(opening)
    if inner is not None and _set_off_given_name(s, inner, opening):
        return last_break(inner)
    return opening


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


def _label_bracket(s: Parsed, end: int) -> int | None:
    """`Sen. Jo Hart (D-Ore.)`: the index of the opening bracket of a party-and-state label (`_party_label_end`)
    whose closing bracket is word `end`, right after a name; else None."""
    if end < 3 or s.words[end].text != ")":
        return None
    bracket = _opening_bracket(s, end)
    if bracket is None or bracket < 1 or _bracket_label_end(s, bracket + 1) != end or s.words[bracket - 1].upos != "PROPN":
        return None
    return bracket


def tag_stop(s: Parsed, i: int) -> bool:
    """Whether word `i` closes the words a tag after it reports: a comma, or, in a line of dialogue that a
    quotation dash opens (lexicon QUOTATION_DASHES, as Continental copy and its translations set speech), the
    question or exclamation mark its words end with (`\u2014 Where are the buses? asked a woman.`)."""
    w = s.words[i]
    return w.text == "," or w.text in ("?", "!") and i > 1 and s.words[0].text in QUOTATION_DASHES


def _closing_inversion(s: Parsed, verb: Word) -> bool:
    """`Tariffs will not bring the jobs back, said Ann Ruiz, an economist who ...`: a finite verb of
    saying right after the comma that closes a clause (or a line of dialogue's `?` or `!`: `tag_stop`), followed by nothing but a noun phrase (with
    its appositions and relative clauses), is inverted: that phrase is its speaker, whatever the
    parse made the subject (`Ann Ruiz, the mayor, said the plan would ...` goes on to a clause of
    its own and is no inversion; nor is a verb whose only clause before it is a relative clause set
    off after a noun: `Ben Ortiz, who found the flaw, said the app sent ...`)."""
    i = verb.index
    past = verb.xpos == "VBN" and (verb.text.lower().endswith("ed") or verb.text.lower() in UNMARKED_SAY_PASTS)
    # `..., vowed Ruiz`, `..., said Minister Koh`: a past so tagged
    if i < 2 or not tag_stop(s, i - 1) or verb.lemma not in INVERTING_VERBS or not (verb.xpos in _FINITE or past):
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
        aside = aside or w.text.lower() in SET_OFF_RELATIVES or _condition_aside(s, w.index)
        if _set_off_adding(s, w.index) and not aside:
            return True  # `..., said Ann Ruiz, adding that ...`: what the participle reports is its own
        if w.text.lower() == "that" or w.text in (";", ":") or (w.xpos in _FINITE and not aside):
            return False
    return True


def _set_off_adding(s: Parsed, i: int) -> bool:
    """`..., said economists at the bank, adding that rates would fall`: word `i` a lower-case participle of
    a verb of saying (lexicon SAY_VERBS) right after a comma: a free adjunct of the speaker's, with a report
    of its own."""
    w = s.words[i]
    return i > 0 and s.words[i - 1].text == "," and w.xpos == "VBG" and w.text.islower() and w.lemma in SAY_VERBS


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
    return speaking_terms([x.text.lower() for x in words[i + 1:end]])


def speaking_terms(part: Sequence[str]) -> bool:
    """Whether lower-case words `part` name the terms a source speaks on: a condition (`SPEAKING_CONDITIONS`:
    `on condition of anonymity`), `anonymously`, or `be` and a form of keeping a name back (`WITHHELD_NAME_FORMS`:
    `not to be named`).

    >>> speaking_terms(["on", "condition", "of", "anonymity"]), speaking_terms(["at", "the", "rally"])
    (True, False)
    """
    return any(x in SPEAKING_CONDITIONS or x == "anonymously" for x in part) or any(
        a == "be" and b in WITHHELD_NAME_FORMS for a, b in zip(part, part[1:]))


def _noun_before_participle(s: Parsed, i: int) -> bool:
    """Whether word `i` is a noun (or a lower-case adjective right after a determiner, a noun mistagged: `An
    official speaking on condition of anonymity said`) that a participle right after it may modify."""
    w = s.words[i]
    return w.upos in NOUN_UPOS or w.upos == "ADJ" and w.text.islower() and i > 0 and _run_opener(s, i - 1)


def _condition_participle_at(s: Parsed, verb: Word, first: int) -> Word | None:
    """`Officials speaking on condition of anonymity said`, `A source asking not to be named said`: the first
    lower-case `-ing` word after word `first` and before the verb, right after a noun (`_noun_before_participle`),
    whose phrase runs with no punctuation up to the verb and names the terms the source speaks on
    (`speaking_terms`); else None."""
    words = s.words
    ing = next((w for w in words[first + 1:verb.index] if w.text.islower() and w.text.endswith("ing")
                and _noun_before_participle(s, w.index - 1)), None)
    if ing is None or any(w.upos == "PUNCT" for w in words[ing.index:verb.index]) \
            or not speaking_terms([w.text.lower() for w in words[ing.index + 1:verb.index]]):
        return None
    return ing


def _headline_line(s: Parsed) -> bool:
    """`No plan to extend lockdown, says Health Minister`: a short sentence closing with no stop (no `.`,
    `!`, `?` nor a closing quotation mark: a line of its own, a headline) may drop its verbs, so the words
    before an inverted report's comma need no finite verb (`Budget cuts coming, says mayor`)."""
    return stopless_line([w.text for w in s.words])


def _outside_relatives(words: Sequence[Word]) -> list[Word]:
    """The words outside relative clauses (`who`, `whom`, `whose`, `which`, up to the next comma or
    dash): what is left of a clause once the descriptions set within it are taken out."""
    kept, inside = [], False
    for w in words:
        if w.text.lower() in SET_OFF_RELATIVES:
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
        described = first.text.lower() in ARTICLES and words[opening - 1].upos == "PROPN" \
            and not any(w.upos in VERB_UPOS for w in words[opening + 1:end])  # `Tom Vale, a spokesman,`
        if not described and (first.xpos != "VBG" or not first.text.lower().endswith("ing")
                              or first.lemma in SAY_VERBS):
            return None
    return (opening, end) if opening > 1 else None


def _office_general(words: Sequence[Word], i: int) -> bool:
    """Whether word `i` is the postpositive `general` of an office (lexicon GENERAL_OFFICES: `the inspector
    general`, `the Attorney General`): the office's noun, however the tagger took it (an adjective).

    >>> from quotes.parse import Word
    >>> ws = [Word(k, t, t, "ADJ", "JJ", "", -1, "root", k, k + 1) for k, t in enumerate(["inspector", "general"])]
    >>> _office_general(ws, 1), _office_general(ws, 0)
    (True, False)
    """
    return 0 < i and words[i].text.lower() == "general" and words[i - 1].text.lower() in GENERAL_OFFICES


def _tag_phrase(s: Parsed, verb: Word) -> tuple[int, int, Word] | None:
    """`..., a person close to the company said.`, `..., officials in both cities insist, because ...`:
    a finite verb of saying right after a noun phrase that opens after a comma (or dash) closing a
    clause, read from the words however the parse hung them: the phrase may go on past its noun with
    a preposition's phrase (`officials in both cities`), or an adjective or participle and the phrase
    its preposition opens (`close to the company`, `familiar with the talks`, `briefed on the
    meeting`), or a participle and a time (`a report released Tuesday`, `filed last week`); the verb's auxiliaries and adverbs (`have long said`) stand between.  The index of that
    comma, the phrase's last word, and its noun: the last noun before whatever goes on past it."""
    words = s.words
    bare = verb.xpos == "VB" and verb.index > 0 and words[verb.index - 1].upos in NOUN_UPOS \
        and not any(k.deprel in ("aux", "mark") for k in s.kids[verb.index])
    if (verb.xpos not in _FINITE | {"VBN"} and not bare) or verb.upos != "VERB" \
            or (verb.lemma not in SAY_VERBS and verb.lemma not in OBJECT_CUES):
        return None  # `, people close to the campaign say` with `say` tagged as a bare form: its present
    end = verb.index - 1
    while end > 0 and words[end].upos in _VERB_GROUP_TAGS and words[end].text not in _CLAUSE_BREAKS:
        end -= 1
    if verb.xpos == "VBN" and any(w.upos == "AUX" and w.lemma != "have" for w in words[end + 1:verb.index]):
        return None  # `it was said`: a passive names no speaker before it
    closing = end
    initials = _initials_open(s, end)
    if initials is not None:
        end = initials - 1  # `..., the Ministry of Manpower (MOM) said`: the name before its initials
    named = None if initials is not None else _name_after_comma(s, end)
    aside = None if named is not None else _aside_before(s, end)
    if aside is not None:
        end = aside[0] - 1  # `..., the official, who declined to be named, said.`: the phrase before the aside
        named = _name_after_comma(s, aside[0])
        if named is not None:
            end = named[0] - 1  # `..., the director, Hank Moss, who took over in May, said`: a description, its name
    elif named is not None:
        end = named[0] - 1  # `..., his top aide, Tom Vale, told ...`: the description, then its name
    if end < 3 or (words[end].upos not in _NOMINAL and not (aside is not None and _bare_noun_phrase(s, words[end]))
                   and not _office_general(words, end)) or relative_pronoun(words[end].text):
        return None  # (`..., a report by the inspector general said.`: `general` the office's noun)
    i, links = end, []  # the words that carry the phrase past its noun: prepositions, adjectives, participles
    timed = _time_before(s, end + 1)  # `..., a report released Tuesday said`: a participle's time ends the phrase
    while i > 0 and words[i - 1].text not in _CLAUSE_BREAKS and end - i < _TAG_PHRASE_WORDS:
        w = words[i - 1]
        if w.upos == "ADP" or ((w.upos == "ADJ" or w.xpos == "VBN") and words[i].upos == "ADP") \
                or w.xpos in _PAST and _participle_spelling(w) and i == timed <= end \
                or PHRASE_ADJECTIVES.get(w.text.lower()) == words[i].text.lower():  # `close to`, however tagged
            links.append(i - 1)
        elif w.upos != "CCONJ" and (not (w.upos in _RUN_WORDS or w.xpos in OWNER_TAGS or _paper_kind(s, w))
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
        if (words[end].upos != "NOUN" or not words[end].text[:1].islower()) and not _capitalised_office(s, end):
            return None
        return comma, named[1], nouns[-1]
    return comma, closing if initials is not None else end, nouns[-1]


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
    if j == end - 1 or words[j].text != "," or (words[j - 1].upos != "NOUN" or not words[j - 1].text[:1].islower()) \
            and not _capitalised_office(s, j - 1):
        return None
    return j, end - 1


def _capitalised_office(s: Parsed, i: int) -> bool:
    """Whether word `i` ends an office capitalised as African and Commonwealth papers print it, a determiner
    before it: `the Governor`, `the Minister of Finance`, `the Commissioner for Information` (lexicon
    CAPITALISED_OFFICES; `_office_of_field_start`): a description, as a noun in lower case is."""
    words = s.words
    if _office_of_field_start(s, i) is not None:
        return True
    return 0 < i and words[i].text[:1].isupper() and words[i].text.lower() in CAPITALISED_OFFICES \
        and _run_opener(s, i - 1)


_PARTICIPLE_PHRASE_WORDS = 8  # the longest phrase `_restricting_phrase` reads after its participle
_PAST = frozenset({"VBN", "VBD"})
_PARTICIPLE_TAIL_WORDS = _RUN_WORDS - {"PRON"} | {"ADP", "ADV"}  # what a participle's phrase is made of
_CLAUSE_ONLY_OPENERS = SUBORDINATE_OPENERS - PREPOSITIONS  # `as`, `because`, `while`: a clause's opener, never a phrase's


def _restricting_phrase(s: Parsed, verb: Word) -> tuple[int, int, int] | None:
    """`A report issued last month found ...`, `Officials interviewed on Monday said ...`, `An ad released
    Thursday accuses ...`: the participle's phrase (a reduced relative clause) that ends right before a
    finite cue and its own adverbs, restricting the noun right before it, read from the words however the
    parse hung them (it takes the participle for the main verb, or the time for a subject). Adverbs (`just
    published`), a past participle (`_PAST`), then its words (`_participle_tail`) with no punctuation,
    conjunction, pronoun or verb of their own: a clause has one finite verb, so the cue's is the main
    clause's, and no word that opens only a clause (`as`, `because`: `The meeting unfolded Thursday as more
    Republicans said ...`, whose subject the noun is); the cue's own auxiliaries may stand before it, one of them
    finite (`Lawsuits filed in San Diego have accused ...`), and `being` before the participle (lexicon
    PARTICIPLE_AUXILIARIES: `Lawsuits being considered in ...`). The indices of the phrase's first word, its
    participle and its last word."""
    words = s.words
    aux = verb.index
    while aux > 1 and words[aux - 1].upos == "AUX" and words[aux - 1].deprel == "aux" and words[aux - 1].head == verb.index:
        aux -= 1  # `have accused`: the cue's auxiliaries, no word of the phrase
    if verb.xpos not in _FINITE and not any(w.xpos in _FINITE for w in words[aux:verb.index]) \
            and not _bare_present(s, verb) \
            and not _past_before_quotation(s, verb):  # `Families taken to the shelter say`, `... chanted "..."`
        return None
    last = _before_adverbs(s, aux - 1, verb)
    p = _participle_start(s, last)
    if p is None:
        return None
    end = last
    while end > p and words[end].upos == "ADV":
        end -= 1  # `reported on Sunday now`: adverbs after its time or place are the cue's
    if end == p:
        end = last  # `gathered outside`: adverbs alone are the participle's
    if not _participle_tail(words[p + 1:end + 1], _participle_tagged(words[p])):
        return None
    joined = _participle_start(s, p - 2) if p > 3 and words[p - 1].text.lower() == "and" else None
    if joined is not None and _participle_tail(words[joined + 1:p - 1], _participle_tagged(words[joined])):
        p = joined  # `A memo obtained by the Post and dated March 3 says ...`: two participles' phrases, joined
    first = p
    if first > 1 and words[first - 1].text.lower() in PARTICIPLE_AUXILIARIES:
        first -= 1  # `Lawsuits being considered in ...`: the passive participle's own `being`
    while first > 0 and words[first - 1].upos == "ADV":
        first -= 1  # `a textbook just published`
    return first, p, end


def _participle_start(s: Parsed, last: int) -> int | None:
    """The index of the past participle whose phrase (`_restricting_phrase`) ends at word `last`, read back
    over its words (`_PARTICIPLE_TAIL_WORDS`, no relative pronoun nor a word that opens only a clause), or None."""
    words = s.words
    p = last
    while p > 0 and last - p <= _PARTICIPLE_PHRASE_WORDS and (words[p].upos != "VERB" or _ing_modifier(words, p)):
        if (words[p].upos not in _PARTICIPLE_TAIL_WORDS and words[p].xpos != "PRP$" and not _ing_modifier(words, p)
                and not (words[p].upos == "SCONJ" and preposition(words[p].text))) \
                or relative_pronoun(words[p].text):  # `outside` tagged a conjunction: `_participle_tail` reads it
            return None  # a possessive is a determiner, no object: `forced from their homes`
        if words[p].text.lower() in _CLAUSE_ONLY_OPENERS:
            return None  # `unfolded Thursday as more Republicans said`: a clause's opener and the cue's subject
        p -= 1
    if p < 1 or words[p].upos != "VERB" or words[p].xpos not in _PAST:
        return None
    return p


def _participle_tagged(w: Word) -> bool:
    """Whether past form `w` is tagged or spelt as a participle (`-ed`, `hit`: `_participle_spelling`)."""
    return w.xpos == "VBN" or _participle_spelling(w)


def _speaker_after_clause_preposition(tail: Sequence[Word]) -> bool:
    """Whether the words after a past form (`_restricting_phrase`) are a preposition that opens clauses too
    (`after`, `before`, `since`, `until`: lexicon CLAUSE_PREPOSITIONS) and a noun phrase ending in a name or a
    noun for one who speaks (lexicon SPEAKER_NOUNS): before a finite cue they open a clause and are its subject
    (`The police arrived after a neighbour said ...`, `The market rallied after Ruiz said ...`), not a phrase
    restricting the noun before the past form, which is the main clause's subject (`Workers hired since the
    strike said ...`: a phrase of time, theirs); also past adverbs and what the form makes of its noun
    (`_predicative_word`: `The mood turned ugly after Ruiz said ...`)."""
    k = 0
    while k < len(tail) - 1 and (tail[k].upos == "ADV" or _predicative_word(tail[k])):
        k += 1
    tail = tail[k:]
    if len(tail) < 2 or tail[0].text.lower() not in CLAUSE_PREPOSITIONS:
        return False
    last = tail[-1]
    return last.text.lower() in SPEAKER_NOUNS or (last.upos == "PROPN" and not time_word(last.text))


def _participle_phrase(s: Parsed, verb: Word) -> tuple[int, int, Word] | None:
    """`A campaign ad released Thursday says ...`, `A city report issued earlier this year warned ...`: a
    finite cue right after a noun phrase that opens its clause and the participle's phrase that restricts
    its noun (`_restricting_phrase`), read from the words alone, so the participle may not be a verb of
    saying (`The mayor said Tuesday officials expect`: the clause's own report).  The indices of the
    noun phrase's first word and the participle's phrase's last word, and its noun."""
    found = _restricted_noun(s, verb)
    if found is None or _is_cue_verb(s.words[found[3]]) \
            or _speaker_after_clause_preposition(s.words[found[3] + 1:found[1] + 1]):
        return None  # `The police arrived after a neighbour said`: the clause's subject, no phrase of the noun
    return found[:3]


def _restricted_noun(s: Parsed, verb: Word, opening: bool = False) -> tuple[int, int, Word, int] | None:
    """`_participle_phrase` whatever the participle: the noun phrase's first word, the participle's
    phrase's last word, its noun, and the participle's index; `opening`: the noun may open the sentence."""
    words = s.words
    found = _restricting_phrase(s, verb) if verb.upos == "VERB" else None
    if found is None:
        return None
    noun = found[0] - 1
    if noun < (0 if opening or _opening_plural(s, words[noun], verb) else 1) or words[noun].upos not in NOUN_UPOS:
        return None
    first = noun
    while first > 0 and _noun_phrase_word(words[first - 1]):
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


def _ing_modifier(words: Sequence[Word], i: int, opening: bool = False) -> bool:
    """`outside polling stations`, `near a shopping mall`, `at the parking lot`: a lower-case word in `-ing`
    right after a preposition, determiner or adjective and right before a common noun modifies that noun
    (the noun's kind), read from the words however the tagger took it (often a participle): no verb of a
    clause of its own.  With `opening`, the caller knows the words from `i` on are a noun phrase (a set-off
    tag's subject, `..., housing advocates warn.`): right after its comma the word modifies the noun too."""
    w = words[i]
    return 0 < i < len(words) - 1 and w.text.islower() and w.text.endswith("ing") and len(w.text) > 5 \
        and words[i + 1].upos == "NOUN" and words[i + 1].text.islower() \
        and (words[i - 1].upos in ("ADP", "DET", "ADJ") or preposition(words[i - 1].text)
             or opening and words[i - 1].text == ",")


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
    if tagged and _repeat_count(rest):
        return True  # `A post shared thousands of times says ...`: how often, no object
    if not (rest[0].upos == "ADP" or preposition(rest[0].text)) or not tagged:
        return False  # `outside`, `before`: a preposition however tagged
    nouns = [w for w in rest[1:] if w.upos not in ("DET", "ADJ", "NUM") and w.xpos not in OWNER_TAGS
             and not _ing_modifier(rest, rest.index(w))]
    return bool(nouns) and all(w.upos in NOUN_UPOS for w in nouns) and all(
        a.index + 1 == b.index for a, b in zip(nouns, nouns[1:]))


def _repeat_count(words: Sequence[Word]) -> bool:
    """`thousands of times`, `more than 2 million times`: words that count how often (numbers and lexicon
    REPEAT_COUNT_WORDS) closed by a noun of repeats (lexicon REPEAT_NOUNS), a number or count word among them."""
    return len(words) >= 2 and words[-1].text.lower() in REPEAT_NOUNS \
        and all(w.upos == "NUM" or w.text.lower() in REPEAT_COUNT_WORDS for w in words[:-1]) \
        and any(w.upos == "NUM" or w.xpos == "NNS" for w in words[:-1])


def _predicative_word(w: Word) -> bool:
    """A word right after a passive participle that says what it makes of its noun (`held hostage`, `taken
    prisoner`, `elected mayor`, `found guilty`, `left homeless`): a lower-case adjective, or a singular noun
    with no determiner (an object has one, or is a plural or a name: `caused a stir`, `held talks`, `told
    Reuters`: the verb of a clause of its own)."""
    return w.text.islower() and not time_word(w.text) and (w.upos == "ADJ" or (w.upos == "NOUN" and w.xpos == "NN"))


def _name_apposition(s: Parsed, comma: int) -> bool:
    """Whether the comma at `comma` closes a name set off by itself, after a clause break, a quotation's
    closing mark or the sentence's start (`"...," Ann Ruiz, head of the union, said`): a description
    after it is the name's apposition, not the speaker on its own."""
    j = comma - 1
    while j >= 0 and s.words[j].upos == "PROPN":
        j -= 1
    return j < comma - 1 and (j < 0 or s.words[j].text in _CLAUSE_BREAKS or all(ch in MARK_CHARS for ch in s.words[j].text))


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
        if w.upos in NOUN_UPOS and (noun is None or words[j - 1].upos in NOUN_UPOS | {"ADJ", "DET", "NUM"} or w.xpos == "POS"):
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


_WH_ADVERB = "WRB"  # the tag of `when`, `whenever`, `how`: a clause's opener, never a name


def _mistagged_opening_name(s: Parsed, i: int) -> bool:
    """`Dzulkefly said the ministry would act`, `"...," Dzulkefly later said`: a capitalised word the tagger took for
    an adverb or adjective of the verb it hangs from, opening its clause (the sentence's first word, or right after
    a comma or a quotation's mark) before that verb and its adverbs or auxiliaries alone, is the verb's subject, a
    name (the parse gave the verb none): not an adverb by its form (`Reportedly`: `resolve.ly_adverb`), nor one
    that opens or links clauses or tells when (lexicon CUE_ADVERBS, SENTENCE_LINKING_ADVERBS, TIME_OPENERS,
    CLAUSE_OPENERS: `So says a voice ...`, `When asked ...`), nor a wh-adverb (`Whenever asked ...`), nor a time."""
    words = s.words
    w = words[i]
    if w.upos not in ("ADV", "ADJ") or not w.text[:1].isupper() or not w.text.isalpha() or w.head <= i \
            or ly_adverb(w.text) or time_word(w.text) or w.xpos == _WH_ADVERB \
            or w.text.lower() in CUE_ADVERBS | SENTENCE_LINKING_ADVERBS | TIME_OPENERS | CLAUSE_OPENERS:
        return False
    verb = words[w.head]
    return verb.upos == "VERB" and (i == 0 or words[i - 1].upos == "PUNCT") \
        and all(x.upos in ("ADV", "AUX", "PART") and x.head == verb.index for x in words[i + 1:verb.index])


# The stops that set off a quotation its verb introduces (`shouted, "..."`, `yelled: "..."`).
_INTRODUCING_MARKS = frozenset({",", ":"})


def _past_before_quotation(s: Parsed, verb: Word, set_off: bool = False) -> bool:
    """`Workers gathered near a mall chanted "Fair pay now!"` with `chanted` tagged a participle modifying the
    quotation's first noun: a past form in `-ed` with no auxiliary of its own, right before the quotation mark
    opening its object (with `set_off`, a comma or colon and then that mark too: `as the crowd chanted,
    "..."`), is the clause's finite verb (a participle restricting a noun takes no quotation)."""
    nxt = verb.index + 1
    if set_off and nxt + 1 < len(s.words) and s.words[nxt].text in _INTRODUCING_MARKS \
            and s.words[nxt + 1].xpos == "``":
        nxt += 1
    return verb.xpos == "VBN" and verb.text.lower().endswith("ed") and nxt < len(s.words) \
        and s.words[nxt].xpos == "``" and not any(k.deprel.startswith("aux") for k in s.kids[verb.index]) \
        and not (verb.index > 0 and s.words[verb.index - 1].upos == "AUX")


def _bare_present(s: Parsed, verb: Word) -> bool:
    """`sources close to the governor say ...` with `say` tagged as a bare form: right after a noun, with
    no `to`, modal or auxiliary of its own and not the complement of another verb (`let them say`), a
    verb's base form is its present tense; so too right after a noun phrase set off by commas on both
    sides (`about two-thirds, 67 percent, say ...`: `_set_off_share`)."""
    return verb.xpos == "VB" and verb.index > 0 and (
        s.words[verb.index - 1].upos in NOUN_UPOS or _set_off_share(s, verb)) \
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
                and not time_word(s.words[j].text)) or _mistagged_first_name(s, j) or _mistagged_opening_name(s, j)

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
    headed = timed and _timed_adjective(s, end) or _mistagged_opening_name(s, end)  # `Dzulkefly said ...`
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
        and words[i - 1].text.lower() == "the" and not (i + 1 < len(words) and words[i + 1].upos in NOUN_UPOS)


_SUMMARY_REACH = 3  # the most words from `a` to its summing noun (`a long-awaited move`)


def _summing_aside(s: Parsed, verb: Word, speaker: Word | None, opener: int) -> bool:
    """`..., a charge the governor's office rejected`, `..., a deal now criticized by neighbors`, `..., a plan
    announced in May`: whether the words after a reported clause's comma (from word `opener`) open with `a` and a
    noun that sums that clause up (lexicon COMMA_ASIDE_OPENERS, SUMMARY_NOUNS) and the cue tells of that noun: the
    writer's apposition to the report, no reporting clause.  So when the cue's speaker follows the noun (the
    clause on it), follows the cue (a participle's agent) or is missing, or is the noun itself where that noun
    names nothing that speaks (`a plan announced`; not `..., a statement said`)."""
    words = s.words
    if words[opener].text.lower() not in COMMA_ASIDE_OPENERS:
        return False
    noun = next((w for w in words[opener + 1:min(opener + 1 + _SUMMARY_REACH, verb.index)]
                 if w.text.lower() in SUMMARY_NOUNS), None)
    if noun is None:
        return False
    return speaker is None or speaker.index > noun.index or speaker is noun and not _speaking_noun(noun)


def _word_past_marks(s: Parsed, i: int) -> int:
    """The index of the first word from word `i` on that is no bare quotation mark (`..., "my old friend," while
    ...`: the closing mark after the comma opens nothing); `i` itself when all after it are marks."""
    j = i
    while j < len(s.words) - 1 and s.words[j].text and not s.words[j].text.strip(MARK_CHARS):
        j += 1
    return j


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
    if start is None or start < 2 or s.words[start - 1].text not in _CLAUSE_BREAKS \
            or _summing_aside(s, verb, s.words[i], start):
        return None  # (`..., a plan announced in May`: the writer's apposition, no run of a speaker's name)
    after = s.words[verb.index + 1:]
    tail = [w for w in after if w.upos != "PUNCT"]
    if any(w.text in _CLAUSE_BREAKS | {";", ":"} for w in after) \
            or any(w.upos in VERB_UPOS or w.text.lower() == "that" for w in tail):
        return None
    if tail and not (tail[0].upos == "ADP" or _time_tail(tail) or (
            verb.lemma in LISTENER_VERBS and all(w.upos in ("DET", "PRON") or _run_word(s, w.index) for w in tail))):
        return None  # `..., the mayor said nothing.`: what follows the verb is what was said
    return (start - 1, start) if _clause_before(s, start - 1) is not None else None


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


def _floating_quantifier(s: Parsed, q: Word) -> bool:
    """`Ann Ruiz and her deputy, Tom Vale, both said`, `The two lawyers, Ann Ruiz and Tom Vale, all said`: a
    quantifier (`FLOATING_QUANTIFIERS`) with no words of its own right after the comma closing an aside set off
    within the subject that opens the sentence (no verb, semicolon or colon before it) floats on that subject:
    the cue's subject is the phrase before, however the parse took the quantifier."""
    return q.text.lower() in FLOATING_QUANTIFIERS and q.index > 1 and s.words[q.index - 1].text == "," \
        and not s.kids[q.index] and not any(w.upos in VERB_UPOS or w.text in (";", ":")
                                            for w in s.words[:q.index]) \
        and any(w.text == "," for w in s.words[:q.index - 1])


def _name_segment(s: Parsed, segment: Sequence[Word]) -> bool:
    """Whether a segment set off by commas is a name alone, perhaps after its titles (`Mr. Jo Obi`, `Dr Ada
    Eze`): its words capitalised words of a name, one of them a proper noun."""
    return any(x.upos == "PROPN" for x in segment) and all(
        _run_word(s, x.index) and x.text[:1].isupper() or x.text == "." for x in segment)


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


def _name_after(s: Parsed, i: int) -> int:
    """The last word of the name opening at word `i` (`Paul Sperry`, `GMA News`): the run of names
    after it with no punctuation between, whatever the parse hung apart; `i` itself when no name opens there."""
    while i + 1 < len(s.words) and s.words[i].upos == "PROPN" and s.words[i + 1].upos == "PROPN":
        i += 1
    return i


_SOURCE_LINKS = frozenset({"of", "for", "by", "from"})  # `according to a poll by Gallup`, `data from the FBI`


_HEADLINE_VERBS = (SAY_VERBS | OBJECT_CUES) - {"state"}  # the verbs a headline reports words with


def _mark(word: Word) -> bool:
    """Whether a word is a quotation mark alone."""
    return bool(word.text) and not word.text.strip(MARK_CHARS)


def _person_word(w: Word) -> bool:
    """Whether a word names a person: a capitalised name, a personal pronoun in its object form, or a noun for
    speakers or a title (lexicon SPEAKER_NOUNS, ROLE_WORDS), or for one person (`resolve.person_noun`: `a
    narrator`, `the mayor`, `residents`); not `a familiar saying`, `an old song`."""
    return w.upos == "PROPN" and w.text[:1].isupper() or w.upos == "PRON" and w.text.lower() in OBJECT_PRONOUNS \
        or w.text.lower() in SPEAKER_NOUNS | ROLE_WORDS or w.upos == "NOUN" and w.text.islower() and person_noun(w.text)


def _names_outlet(run: Sequence[Word], head: Word) -> bool:
    """Whether a noun phrase's words `run`, headed by `head`, name a news outlet: a capitalised word of an outlet's
    name (`NEWS_OUTLET_WORDS`: `Reuters`, `the BBC`, `The Times`) or an outlet's noun for its head (`OUTLET_NOUNS`:
    `the paper`, `the station`)."""
    return any(x.text.lower() in NEWS_OUTLET_WORDS and x.text[:1].isupper() for x in run) \
        or head.text.lower() in OUTLET_NOUNS


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
        verb.upos in VERB_UPOS and verb.lemma in DOUBLE_OBJECT_VERBS | OBJECT_CONTROL))


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
    so_far = w.index + 2 < len(s.words) and s.words[w.index + 1].text.lower() in NOUN_CUE_SO_FAR  # `her firmest
    # promise yet that ...`
    mark = s.words[w.index + 1 + so_far]
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
                         or s.subtree(s.words[mark.head])[0].index not in (mark.index, w.index + 1)):
        return None  # (the clause's subtree may hold the `yet` before its `that`, however hung)
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


def _subject_clause_end(s: Parsed, mark: Word, end: int, infinitive: bool = False) -> int:
    """`Her claim that the river would flood was ignored`, `The mayor's claim that the bridge is safe
    would depend on ...`: the clause after a noun cue whose phrase opens its sentence is that noun's,
    and the sentence's own predicate follows it, whatever the parse hung from the clause: the clause
    ends before the first auxiliary or finite verb that comes after the clause's own verb group (its
    auxiliaries, then a verb, adjective or noun: `would flood`, `is safe`; a participle right after that
    verb is such a verb too: `could shrink drew`; so is an `-ed` participle with its object after a noun or
    a passive participle: `that he took the money angered voters`), with no relative pronoun,
    comma or conjunction in between (`that the firms that lent money would fail`: not read).  A word right
    after `that` that the tagger took for a verb but that opens the clause's subject (`_subject_word`: `that
    prices rose`, `that cuts would hurt`) is a noun, not the clause's verb; after `to` (`infinitive`) it is the
    verb (`The pledge from the governor to cut taxes was welcomed`)."""
    predicate = linked = False
    after = s.words[mark.index + 1:]
    subject = mark.index + 1 if after and after[0].upos == "VERB" and not infinitive \
        and _subject_word([x for x in after if not _mark(x)]) else None
    for x in after:
        if x.end > end:
            break
        if x.index == subject or _mark(x):
            continue  # `Her claim that prices rose is false`: `prices` tagged a verb is the clause's subject; a
            # quotation mark sets off words quoted within the clause, no boundary (`that wages "have collapsed" is`)
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


_PREDICATE_FRAME = frozenset({"cop", "aux", "advmod", "expl"})  # `is`, `has been`, `is now` before a predicate noun


def _speaker_span(s: Parsed, head: Word | None,
                  verb: Word) -> tuple[int, int] | None:
    """The whole noun phrase of the speaker headed by `head`, less the agent's `by`, a relative
    clause that is the verb itself or holds it and is set off by a comma (a restricting one the parse ran
    on to the verb stays, up to the verb: `A parent who asked not to be named said`), and a phrase of time the parse hung from it (`Obama on Friday`) or
    that stands right before the verb (`The firm's lawyer, Jo Hart, Tuesday night said`); a predicate noun's
    subject and copula are no part of its phrase (`She is a candidate saying ...`: `a candidate`)."""
    if head is None or head.index == verb.index:
        return None
    skip = frozenset(k.index for k in s.kids[head.index]
                     if (k.deprel == "case" and k.index < head.index)
                     or _topic_preposition_after(s, k, head)  # `Pressed by Bash on whether ...`: the topic's
                     or (k.deprel == "acl:relcl" and _contains(s, k, verb) and not _restricting_before(s, k, head, verb))
                     or (time_word(k.text) and k.deprel not in ("flat", "compound", "nmod:poss")))  # `Obama on Friday said`
    if any(k.deprel == "cop" for k in s.kids[head.index]):  # `She is a candidate saying ...`, `It was the aide who
        skip |= {k.index for k in s.kids[head.index] if k.index < head.index  # said ...`: a predicate noun's
                 and (k.deprel in _PREDICATE_FRAME or k.deprel in _SUBJECTS)}  # subject and copula are not its phrase
    skip |= {w.index for w in s.subtree(head) if w.index != head.index and w.upos in NOUN_UPOS
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
    while first < head.index and _no_phrase_opener(s, first) or first + 1 < verb.index and _wonder_word(s, first) \
            and s.words[first + 1].end < speaker[1]:
        first += 1  # `with Senator Jo Hart telling`, `and Trump`: no word of the noun phrase; nor `Small wonder`
        # the parse took for the head (`Small wonder Tom Vale said`)
    first = _after_name_giver(s, first, head)
    end = _closing_mark_after(s, first, speaker[1])
    giver = _name_runs_into(s, verb)
    if giver is not None and giver.index > first and all(w.end <= end for w in s.words[first:giver.index]):
        end = max(end, s.words[verb.index - 1].end)  # `A paper called "The Harbour Voice" reported`: the name too
    end = _ing_modifier_end(s, end, verb)
    return _past_wire_slug(s.words[first]), _label_period(s, _title_before_verb(s, end, verb))


# A wire slug joined by a hyphen to a headline's first word (`EXCLUSIVE-Minister says`, `BREAKING-Mayor quits`)
_WIRE_SLUG = re.compile(r"([A-Z]+)-(?=[A-Z])")


def _topic_preposition_after(s: Parsed, k: Word, head: Word) -> bool:
    """`Pressed by Bash on whether he would ...`, `Asked by Lee about how ...` with the preposition hung from the
    noun before it: a preposition after the speaker's noun, right before a word opening a question (lexicon
    QUESTION_OPENERS), opens the topic asked about, no word of the speaker's phrase."""
    return k.deprel == "case" and k.index > head.index and k.index + 1 < len(s.words) \
        and s.words[k.index + 1].text.lower() in QUESTION_OPENERS


def _past_wire_slug(word: Word) -> int:
    """Where a speaker opening on `word` starts: past a wire slug in capitals joined to it by a hyphen
    (`EXCLUSIVE-Minister says tariffs "not on the table"` gives `Minister`; lexicon NOT_SPEAKER_LABELS),
    which labels the story, no part of its speaker; `word`'s start otherwise (`AFL-CIO`, `MIT-Harvard`)."""
    m = _WIRE_SLUG.match(word.text)
    return word.start + m.end() if m is not None and m.group(1) in NOT_SPEAKER_LABELS else word.start


def _ing_modifier_end(s: Parsed, end: int, verb: Word) -> int:
    """`The man leading the committee said ...`: an `-ing` participle right after the subject's noun phrase, its
    phrase running unbroken (no comma, dash or mark) up to the cue, modifies that noun (an adverbial phrase
    stands apart by commas: `Ruiz, leading the talks, said`): the subject ends right before the cue, whatever
    the parse hung the participle from; else `end`."""
    words = s.words
    nxt = next((w for w in words if w.start >= end), None)
    if nxt is None or nxt.index >= verb.index or nxt.xpos != "VBG" or nxt.head != verb.index \
            or not nxt.text.islower():
        return end
    phrase = {w.index for w in s.subtree(nxt)}
    if any(i not in phrase or words[i].upos == "PUNCT" for i in range(nxt.index, verb.index)):
        return end
    return words[verb.index - 1].end


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


def _colon_dateline(s: Parsed, first: int, colon: int) -> bool:
    """Whether words [first, colon), opening the sentence before its colon, are a dateline: a place's name, one
    capitalised word or words in capitals (`Dhaka:`, `NEW DELHI:`), then perhaps, after a comma, capitalised
    words or numbers (its country or state, a date: `KARACHI, Pakistan:`, `LAHORE, March 3:`) and an agency in
    brackets (`CHENNAI (PTI):`).  A place speaks no words: it is never part of the speaker after it
    (`KARACHI, Pakistan: Sindh Chief Minister Murad Shah said ...`).  A wire's dateline may close on a dash set
    off by spaces instead (`Dhaka, Jan 12 (UNB) - Foreign Minister ...`), where it holds a date or an agency (a
    number or brackets), so that a name set off by a dash (`Hart - a Democrat - said`) stays the speaker."""
    words = s.words
    dash = words[colon].text in _DASHES and 0 < colon < len(words) - 1 \
        and words[colon - 1].end < words[colon].start < words[colon].end < words[colon + 1].start
    if not (words[colon].text == ":" or dash) or colon <= first or any(w.upos != "PUNCT" for w in words[:first]):
        return False
    opened = next((i for i in range(first, colon) if words[i].text in (",", "(")), colon)
    place = words[first:opened]
    if not place or not (len(place) == 1 and place[0].text[:1].isupper() and place[0].text.isalpha()
                         or all(w.text.isupper() and len(w.text) > 1 for w in place)):
        return False
    if dash and not any(w.text.isdigit() or w.text == "(" for w in words[opened:colon]):
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
            or any(w.text.strip(MARK_CHARS) == "" or w.upos in VERB_UPOS for w in s.words[nxt.index + 1:i]):
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
    return first is not None and first.text.lower() != "the" and first.xpos not in OWNER_TAGS \
        and first.upos != "PROPN"


def _set_off_after_name(s: Parsed, head: Word, before: int) -> frozenset[int]:
    """`Dale Hooper, a Texas Republican who leads the caucus, said`, `Paul Gray, 61, said`: what a comma
    sets off right after a name (a description, `_description`; a relative clause; an age), and a party
    and state in brackets (`Rep. Al Roe (R-Texas), who chairs the panel,`), describes the
    speaker and is no part of the name that speaks (issue #17; #11 makes it a role), however the parse
    hung it from the name; after a noun phrase that is no name, a relative clause (`The council, which
    first raised the matter, said`), a description that `a` or `an` opens (`The mayor, a Democrat,
    said`) or an age alone (`The Chelsea captain, 29, said`), but not a name set off after it (`the city's lawyer, Ann Ruiz`: both;
    a relative clause or an age after that name goes: `The police chief, Mr. Jo Baba, who ...,`, `Her neighbour,
    Peter Brown, 72, said`), unless another noun
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
    if second is not None and second + 2 < len(words) and (
            relative_pronoun(words[second + 1].text) or _age(s, second + 1, second + 3)) \
            and _name_segment(s, words[comma + 1:second]):
        comma = second  # `The police chief, Mr. Jo Baba, who ...,`: the name set off after it is the speaker's too;
        # so before an age (`Her neighbour, Peter Brown, 72, said`: the age describes them)
        name = True  # the age after that name, and what follows it, as after any name
    below = [w.index for w in s.subtree(head) if comma < w.index < before or before < comma < w.index]
    if not below or any(words[i].deprel == "conj" and words[i].head == head.index and words[i].upos in NOUN_UPOS
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
    if not closed or not (relative_pronoun(nxt.text) or described and (name or nxt.text.lower() in INDEFINITE_ARTICLES)
                          or nxt.upos == "NUM" and (name or _age(s, comma + 1, last + 1))):
        return bracket  # an aside is closed by a comma of its own (`Indeed, critics of the plan say` has none)
    return frozenset(below) | bracket


def _age(s: Parsed, lo: int, hi: int) -> bool:
    """Whether words [lo, hi) set off by commas after a noun phrase are an age, a whole number of one to
    three digits and the comma closing it (`The Chelsea captain, 29, said`), alone or before more set off after
    its comma that a lower-case word opens, where the person is from or who they are (`The mother-of-three, 56,
    from Swansea, said`, `A nurse, 41, who asked not to be named, said`): a description of the speaker, as
    after a name."""
    words = s.words
    if not _age_word(words[lo]):
        return False
    rest = words[lo + 1:hi]  # (the age's closing comma may lie past `hi`: `The Chelsea captain, 29, said`)
    return all(w.text == "," for w in rest) or (
        len(rest) > 1 and rest[0].text == "," and rest[1].text[:1].islower())


def _no_phrase_opener(s: Parsed, i: int) -> bool:
    """Whether word `i` cannot open a noun phrase: a preposition (not `about` before a number), a
    conjunction or `as`; a word that is only ever a conjunction, whatever its tag (`whereas supporters
    argue`: `CONJUNCTION_ONLY_WORDS`); a word of `No wonder` opening the clause (`_wonder_word`)."""
    w = s.words[i]
    if _quantity_start(s, i):
        return False
    return w.upos in ("ADP", "CCONJ", "SCONJ") or w.text.lower() == "as" or w.text.lower() in CONJUNCTION_ONLY_WORDS \
        or _wonder_word(s, i)


def _wonder_word(s: Parsed, i: int) -> bool:
    """Whether word `i` is a word of `No wonder`, `Small wonder` (`WONDER_OPENERS`) opening its clause (`No
    wonder Ruiz said ...`: short for `It is no wonder that`): the writer's comment, never the subject's."""
    words = s.words
    for j in (i, i - 1):
        if 0 <= j and j + 1 < len(words) and (words[j].text.lower(), words[j + 1].text.lower()) in WONDER_OPENERS \
                and _subject_may_open(s, j):
            return True
    return False


def _subject_may_open(s: Parsed, i: int) -> bool:
    """Whether a clause, and so its subject, may open at word `i`: at the sentence's start, after punctuation,
    or after a conjunction or wh-word (lexicon SUBJECT_OPENERS: `as aide Tom Bell put it`, `and officials
    said`); not after a preposition, which takes a noun phrase of its own (`after the vote`), nor a verb."""
    return i == 0 or s.words[i - 1].upos == "PUNCT" or s.words[i - 1].text.lower() in SUBJECT_OPENERS


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


def _governing_verb(words: Sequence[Word], start: int, end: int) -> Word | None:
    """The verb that governs the quotation at [start, end): the one the parse hangs the quotation's first word
    with a head outside it from, or the first verb above that word (`thanked its volunteers "for their
    patience"`: `thanked`); None where the parse hangs the quotation from nothing outside it, or from no verb
    outside it."""
    top = next((w for w in words if start <= w.start < end and w.head >= 0 and not start <= words[w.head].start < end),
               None)
    if top is None:
        return None
    verb = words[top.head]
    while verb.upos != "VERB" and verb.head >= 0:
        verb = words[verb.head]
    return verb if verb.upos == "VERB" and not start <= verb.start < end else None


def charged_passive(words: Sequence[Word], start: int, end: int) -> bool:
    """`Lee was convicted of "aggravated identity theft."`, `was indicted on charges of "fraud"`: whether the
    verb governing the quotation at [start, end) (`_governing_verb`) is a verb of the law's
    process done to its subject (`CHARGED_VERBS`, passive, no `by` phrase): the quotation is the charge's
    words, and neither that subject nor the name opening the sentence said them."""
    verb = _governing_verb(words, start, end)
    if verb is None:
        return False
    kids = [k for k in words if k.head == verb.index]
    return verb.lemma in CHARGED_VERBS and any(k.deprel in ("nsubj:pass", "aux:pass") for k in kids) \
        and not any(k.deprel == "obl:agent" for k in kids)


def _phrase_word(s: Parsed, w: Word) -> bool:
    """A word a speaker's noun phrase after its verb is made of; no time word."""
    return (_noun_phrase_word(w) or _title_or_name(s, w.index)
            or _modifying_participle(s, w.index) or _abbreviation_period(s, w.index)
            or _title_initials(s, w.index)) and not time_word(w.text) or _given_day(s, w.index)


def _noun_phrase_word(w: Word) -> bool:
    """A word of a noun phrase that no pronoun heads, an owner's mark among them (`the city's new mayor`, `his
    two aides`): a noun, name, number, determiner, adjective or symbol, a `'s` or a possessive pronoun."""
    return w.upos in _RUN_WORDS - {"PRON"} or w.xpos in OWNER_TAGS


def _age_word(w: Word) -> bool:
    """Whether a word is a person's age as news copy sets it off after a name (`Ann Ruiz, 34,`)."""
    return w.text.isdigit() and len(w.text) <= 3 and 0 < int(w.text) < 120


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
    `for` at `opening` that goes on with its company, or `from` with a legislator's seat (`Ram Lal, MLA from
    Sirsa,`): a description, no name of a list (`Ruiz, Senator Hart and ...`: `Hart` is no word of a title)."""
    words = s.words
    return opening > lo and words[opening].text in TITLE_AFFILIATION_PREPOSITIONS \
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
        or _title_between_names(s, i) \
        or _surname_particle(s, i)  # `Jo Hart Is Now Calling`: a headline's verb; `dos Santos`: a particle


def _surname_particle(s: Parsed, i: int) -> bool:
    """`"...," dos Santos said`, `van der Merwe`: a lower-case surname particle (lexicon SURNAME_PARTICLES) right
    before a capitalised proper name, or before another such particle that one follows, opens that surname,
    whatever its tag (`dos` taken for an auxiliary)."""
    words = s.words
    j = i
    while j < len(words) and words[j].text in SURNAME_PARTICLES and j - i < _PARTICLES_IN_NAME:
        j += 1
    return j > i and j < len(words) and words[j].upos == "PROPN" and words[j].text[:1].isupper()


_PARTICLES_IN_NAME = 2  # the most particles in a row opening a surname (`van der Merwe`, `de la Cruz`)


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
                                      or _address_style_article(s, i) or _rank_number_sign(s, i)
                                      or _body_before_role(s, i) or _bracket_gloss(s, i)
                                      or _turned_between_titles(s, i))


def _turned_between_titles(s: Parsed, i: int) -> bool:
    """`Former Liverpool defender turned pundit Jamie Carragher said`, `Lawyer turned novelist Ann Ruiz said`:
    `turned` (word `i`) between a noun for what someone was and a lower-case noun for what they are now, a
    capitalised name right after that, joins the old title to the new: a word of the name-and-title run, no
    verb (not `The mood turned ugly`: no name after)."""
    words = s.words
    if words[i].text != "turned" or not 0 < i < len(words) - 2:
        return False
    before, now, name = words[i - 1], words[i + 1], words[i + 2]
    return before.upos in NOUN_UPOS and (before.text.islower() or i == 1) and now.text.islower() \
        and now.upos in ("NOUN", "ADJ", "VERB") and now.text.isalpha() and _capitalised(name) and name.upos == "PROPN"


_GLOSS_WORDS = 3  # the most words of a translation in brackets (`(council of elders)`)


def _bracket_gloss(s: Parsed, i: int) -> bool:
    """A translation in brackets, one to `_GLOSS_WORDS` lower-case words, right after a capitalised word of
    another language and before the noun it goes on to (`The Majlis (parliament) speaker said`, `the Loya Jirga
    (grand council) chairman`): the brackets and the gloss are words of the name-and-title run, whatever their
    tags; not before a verb (`Tom Vale (pictured) said`) nor a word of time.

    Word `i` is a bracket or a word inside one."""
    words = s.words
    at = next((k for k in range(i, i - _GLOSS_WORDS - 1, -1) if 0 < k and words[k].text == "("), None)
    if at is None:
        return False
    close = next((k for k in range(at + 2, min(at + _GLOSS_WORDS + 2, len(words) - 1)) if words[k].text == ")"), None)
    if close is None or close < i or any(w.text == ")" for w in words[at:i]):
        return False
    after = words[close + 1]
    return _capitalised(words[at - 1]) and all(w.text.isalpha() and w.text.islower() for w in words[at + 1:close]) \
        and after.upos in NOUN_UPOS and not time_word(after.text)


def _body_before_role(s: Parsed, i: int) -> bool:
    """A lower-case noun for a body (lexicon ORGANISATION_WORDS) right before a lower-case title word (lexicon
    ROLE_WORDS) that a name follows qualifies that title, whatever its tag (`Teachers union president Carla
    Reyes said`: `union` no verb): a word of the name-and-title run."""
    words = s.words
    return 0 < i and i + 2 < len(words) and words[i].text in ORGANISATION_WORDS \
        and words[i + 1].text in ROLE_WORDS and words[i + 2].upos == "PROPN"


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
_BRANCH_OFFICE_REACH = 5  # the most words back from a branch in brackets to the office it narrows


def _title_initials(s: Parsed, i: int) -> bool:
    """A title's initials in brackets between two capitalised words of a name and its title (`Station House
    Officer (SHO) Rajesh Kumar`, `Federal Bureau of Investigation (FBI) Director Ann Ruiz`): the brackets
    and the initials (two to six capitals) are words of the run; so is a capitalised word or two in brackets
    naming the post's district or branch (`Superintendent of Police (Rural) Ravi Kumar`, `Deputy Commissioner
    of Police (North-East) Ann Rao`), and before a comma and the name that holds the post, after a capitalised
    office (lexicon ROLE_WORDS, CAPITALISED_OFFICES) a few words back (`_BRANCH_OFFICE_REACH`: `the Deputy
    Commissioner of Police (Crime), Rahul Sharma`); not before a word in lower case (`the World Health
    Organization (WHO) said`) nor a time word (`Rep. Al Roe (R-Texas) Tuesday said`)."""
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
    if after.text == "," and close + 2 < len(words) and words[close + 2].upos == "PROPN" \
            and any(_capitalised(w) and w.text.lower() in ROLE_WORDS | CAPITALISED_OFFICES
                    for w in words[max(0, at - _BRANCH_OFFICE_REACH):at]):
        after = words[close + 2]  # `the Deputy Commissioner of Police (Crime), Rahul Sharma`: the holder's name
    return words[at - 1].text[:1].isupper() and _capitalised(after) and not time_word(after.text) \
        and words[at - 1].end + 1 >= words[at].start and words[close].end + 1 >= words[close + 1].start


def _abbreviation_period(s: Parsed, i: int) -> bool:
    """A period the tokenizer split off a company's abbreviation that ends no sentence (`Acme Corp. chief
    financial officer Jo Hart`, `Acme Inc. spokeswoman`: `NONFINAL_ABBREVIATIONS`), a word or more after it:
    part of the name."""
    words = s.words
    return words[i].text == "." and 0 < i < len(words) - 1 and words[i - 1].end == words[i].start \
        and words[i - 1].text.lower() in NONFINAL_ABBREVIATIONS and words[i + 1].upos != "PUNCT"


def _modifying_participle(s: Parsed, i: int) -> bool:
    """An `-ing` word between two words of a noun phrase, whatever its tag: a modifier of the noun after
    it (`policy planning director`, `a consulting firm`, `the club's sporting director`, `Two shipping
    executives`; after an article,
    whatever the next word's tag: `the authors of an accompanying editorial`), not a verb."""
    words = s.words
    if i == 0 and len(words) > 2 and words[0].xpos == "VBG" and words[0].text[:1].isupper() \
            and not s.kids[0] and words[1].upos == "NOUN" and words[1].text.islower():
        return True  # `Planning staff recommended`, `Housing officials said`: opening its sentence, with no
        # phrase of its own, the noun's modifier too
    if 0 < i < len(words) - 1 and words[i - 1].text == "," and words[i].xpos == "VBG" and words[i].text.islower() \
            and words[i + 1].upos == "NOUN" and words[i + 1].text.islower() \
            and all(k.upos == "PUNCT" for k in s.kids[i]) and words[i].text not in PAPER_MODIFIERS:
        return True  # `..., leading economists warn.`: opening a tag's subject after its comma, the same (a
        # paper's kind, `..., charging documents say.`, is `tag-phrase`'s)
    return 0 < i < len(words) - 1 and words[i].xpos == "VBG" and words[i].text.islower() \
        and (words[i - 1].upos in ("NOUN", "ADJ", "PROPN", "DET", "NUM") or words[i - 1].xpos in OWNER_TAGS) \
        and (words[i + 1].upos in NOUN_UPOS or words[i + 1].upos == "ADJ" and words[i - 1].upos == "DET") \
        and words[i + 1].text.islower()  # `an accompanying editorial`: after `a` or `the`, a modifier whatever the tag


def _run_opener(s: Parsed, i: int) -> bool:
    """A word that opens a noun phrase: a determiner or possessive pronoun (`the`, `his`, `another`), or
    an approximator before a number (`about 50 protesters`)."""
    w = s.words[i]
    low = w.text.lower()
    if low in _APPROXIMATORS:
        return i + 1 < len(s.words) and s.words[i + 1].upos == "NUM"
    return low not in SUBJECT_OPENERS and (w.upos == "DET" or w.xpos == "PRP$" or low in NEW_SOURCE_WORDS)


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
    while i > 0 and not _wonder_word(s, i - 1) and (_run_word(s, i - 1) or (
            words[i - 1].text in NAME_PREPOSITIONS and i > 1 and words[i].text[:1].isupper()
            and words[i - 2].text[:1].isupper()) or _suffix_comma(s, i - 1)):
        i -= 1
    if i > 0 and _run_opener(s, i - 1):
        i -= 1
    before = words[i - 1] if i > 0 else None
    if before is None or (before.upos == "PUNCT" and not _run_word(s, i - 1)) or _wonder_word(s, i - 1) \
            or before.text.lower() in SUBJECT_OPENERS or before.text.lower() in openers:
        return i
    return None


def _degree_word(s: Parsed, i: int) -> bool:
    """A capitalised degree (`M.D.`, `Ph.D.`: `DEGREE_LETTERS`) right after a comma and a capitalised word."""
    words = s.words
    return i >= 2 and words[i].text[:1].isupper() and words[i].text.replace(".", "").lower() in DEGREE_LETTERS \
        and words[i - 1].text == "," and words[i - 2].text[:1].isupper()


_INITIALS_LETTERS = (2, 6)  # the fewest and most capitals of a name's initials in brackets: `(WHO)`, `(MOM)`


def _initials_open(s: Parsed, i: int) -> int | None:
    """`The Ministry of Manpower (MOM)`: where brackets closing at word `i` open when they hold only the
    initials (two to six capitals) of the capitalised name right before them, a word of a name's run; else
    None."""
    words = s.words
    if not 3 <= i < len(words) or words[i].text != ")" or words[i - 2].text != "(":
        return None
    initials = words[i - 1].text
    if not (_INITIALS_LETTERS[0] <= len(initials) <= _INITIALS_LETTERS[1] and initials.isalpha()
            and initials.isupper()) or not words[i - 3].text[:1].isupper() or not _run_word(s, i - 3):
        return None
    return i - 2


_JOINED_DESCRIPTION_REACH = 8  # the most words of a description set off after the first of two joined names


_OCCASION_REACH = 4  # the most words from `in` to the noun of an occasion (`in a brief written statement`)


def _occasion_phrase(s: Parsed, lo: int, hi: int) -> bool:
    """Whether words [lo, hi) are a phrase of the occasion or means of speaking: opened by `in` or `during`
    with a noun naming what the words were said in (`OCCASION_NOUNS`: `in a letter to its members`), or by a
    preposition of means (`MEANS_PREPOSITIONS`) whatever its noun (`through its attorney Ann Ruiz`), and no
    verb but a participle after that noun that tells how the words went out (`in comments carried by the
    state news agency`, `in remarks broadcast on television`); `at` opens one too (`at a news conference`); so
    does a preposition of the saying's time or occasion (`OCCASION_PREPOSITIONS`) before any noun (`after the
    meeting`, `ahead of the vote`, `despite the loss`); so does a clause of time a subordinator opens (`after
    talks broke down`: `SET_OFF_SUBORDINATORS`)."""
    words = s.words
    if lo >= hi:
        return False
    first = words[lo].text.lower()
    if first in SET_OFF_SUBORDINATORS and words[lo].upos == "SCONJ" and any(
            w.xpos in _FINITE for w in words[lo + 1:hi]):
        return True  # `The union leader, after talks broke down, told ...`: a clause of the saying's time
    noun = next((w.index for w in words[lo + 1:min(hi, lo + 1 + _OCCASION_REACH)]
                 if w.text.lower() in OCCASION_NOUNS and w.upos == "NOUN"), None)
    if any(w.upos in VERB_UPOS and not (noun is not None and w.upos == "VERB" and w.index > noun and (
            w.xpos in ("VBN", "VBG") or w.index == noun + 1)) and not (
            noun is not None and w.index == noun - 1 and _participle_spelling(w))  # `in a written statement`
            for w in words[lo:hi]):  # `remarks broadcast`: whatever its tag
        return False
    if first in MEANS_PREPOSITIONS:
        return any(w.upos in NOUN_UPOS for w in words[lo + 1:hi])
    if first in OCCASION_PREPOSITIONS and (first != "ahead" or words[lo + 1].text.lower() == "of"):
        return any(w.upos == "NOUN" for w in words[lo + 1:hi])  # `The secretary, after the meeting, said`: when
    return first in SAYING_OCCASION_PREPOSITIONS and noun is not None


def _before_adverbs(s: Parsed, i: int, verb: Word) -> int:
    """The index of the last word up to `i` that is no adverb of `verb`: `Figures reported on Sunday now
    show`, the adverbs right before a verb that the parse hangs from it are the verb's (`Protesters
    gathered outside said`: `outside` is the participle's)."""
    while i > 0 and s.words[i].upos == "ADV" and s.words[i].head == verb.index:
        i -= 1
    return i


def _nickname_span(s: Parsed, i: int) -> int | None:
    """Where a nickname in marks that opens at word `i` closes (`"The Tank"`: one to three title-cased words,
    no punctuation), the index of its closing mark; else None."""
    words = s.words
    for k in range(i + 2, min(i + 2 + NICKNAME_WORDS, len(words))):
        if _mark(words[k]):
            inside = words[i + 1:k]
            return k if inside and all(w.text[:1].isupper() or w.text.lower() in ("the", "of") for w in inside) \
                and inside[0].text[:1].isupper() and all(w.text.replace("'", "").replace("-", "").isalpha()
                                                          for w in inside) else None
    return None


def _capitalised(w: Word) -> bool:
    """A word in capitals from its first letter (`Levelling`, `NHS`)."""
    return w.text[:1].isupper() and w.text[:1].isalpha()


def _office_of_field_start(s: Parsed, i: int) -> int | None:
    """`the Minister of Finance`, `the Commissioner for Information`, `the Inspector-General of Police`: an
    office capitalised as African and Commonwealth papers print it (lexicon CAPITALISED_OFFICES) with its
    field or body in capitals after `of` or `for`, one run of name-and-title words through word `i` opened by
    a determiner: the index of that determiner; else None."""
    words = s.words
    first = _run_start(s, i)
    if first is None or not _run_opener(s, first) or not words[i].text[:1].isupper():
        return None
    office = next((k for k in range(first + 1, i - 1) if words[k].text.lower() in CAPITALISED_OFFICES
                   and words[k].text[:1].isupper() and words[k + 1].text.lower() in _OFFICE_FIELD_LINKS), None)
    return first if office is not None else None


_OFFICE_FIELD_LINKS = frozenset({"of", "for"})  # `the Minister of Finance`, `the Commissioner for Information`


def _titled_name_start(s: Parsed, i: int) -> int:
    """`said the paper's editor, senior Tess Romero`, `his lawyer, former prosecutor Jo Hart,`: a name set off
    after a description may carry its own title or class in lower case before it (a word of a title, a
    noun or an adjective, the run's last a noun or a title word: `senior`, `former prosecutor`, `English
    teacher`), `the` before them too (`her brother, the painter Tom Hale,`: the article of a class the name is
    known by); the first word of the name after them, or `i` where no name follows such words."""
    words = s.words
    j = i + 1 if words[i].text.lower() == _CLASS_ARTICLE else i
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


def _quoting_participle(s: Parsed, verb: Word) -> Word | None:
    """`quoted Ann Ruiz as saying: "..."`, `was quoted as saying`: the cue participle opened by `as` under a verb
    of quoting (`QUOTING_VERBS`), whatever the parse hung what was said from; else None."""
    if verb.lemma not in QUOTING_VERBS:
        return None
    quoted = [k for k in s.kids[verb.index] if k.deprel in OBJECT_RELS and k.index > verb.index]
    return next((k for k in [*s.kids[verb.index], *(c for o in quoted for c in s.kids[o.index] if c.index > o.index)]
                 if k.xpos == "VBG" and any(c.text.lower() == "as" for c in s.kids[k.index])), None)


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


def _past_after_modal(s: Parsed, w: Word) -> Word | None:
    """`Officials said the road would reopen and advised drivers to slow down`, `advised` taken for an adjective: a
    lower-case past form of a cue (`_is_cue_verb`) right after `and`, whose clause before the `and` has a bare verb
    after a modal (`would reopen`) that a past cue reports: `would advised` is no English, so the past form has a
    tense of its own and is the speaker's further doing, whatever the parse made of it.  The cue reporting that
    clause, else None."""
    if w.xpos not in ("VBD", "VBN") or not w.text.islower() or not _is_cue_verb(w) or w.index < 2 \
            or s.words[w.index - 1].text.lower() != "and":
        return None
    bare = next((x for x in reversed(s.words[:w.index - 1]) if x.upos == "VERB" or x.text in _CLAUSE_BREAKS), None)
    if bare is None or bare.xpos != "VB" or bare.deprel != "ccomp" or not 0 <= bare.head < bare.index \
            or not any(k.deprel == "aux" and k.xpos == "MD" for k in s.kids[bare.index]):
        return None
    cue = s.words[bare.head]
    return cue if cue.xpos == "VBD" and _is_cue_verb(cue) else None


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


_RELATIVE_STOPS = frozenset({",", ";", ":", "\u2014", "\u2013", "--", "(", ")"})


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
    while j < len(s.words) and (s.words[j].text.lower() in TIME_NOUNS and not _programme_time_word(s, j)
                                or _calendar_time(s, j)):
        j += 1
    if j == nouns or j >= len(s.words) or s.words[j].upos == "PUNCT" or s.words[j].xpos == "POS":
        return None
    return j


def _programme_time_word(s: Parsed, j: int) -> bool:
    """Whether the word at `j` is a time noun spelt with a capital right after `the` or a possessive though
    it is no day's name (`told the Today show that ...`, `on Nine's Today`): a word of a programme's or
    paper's name, no time (`today`, `tonight`, `morning` are written in lower case; `the Tuesday after`
    is a time however written)."""
    w = s.words[j]
    return j > 0 and w.text[:1].isupper() and w.text.lower() not in WEEKDAYS \
        and (s.words[j - 1].text.lower() == "the" or s.words[j - 1].xpos == "POS")


_SAID_ADVERBS = frozenset({"so", "not", "otherwise", "differently", "yes", "no", "nothing", "much", "little"})  # said so


def _bare_tail(s: Parsed, verb: Word, stop: int) -> bool:
    """Whether the words after a closing cue, up to word `stop`, say nothing more: a listener, a time
    or a place at most (`told reporters on Monday`, `reported ten days ago`), no verb and no `that` (`he said Ryan.`, `she says
    not much`: what follows the verb is what was said)."""
    if _own_message_after(s, verb):
        return False  # `, Lee asked the mayor about the tax.`: the topic is what was asked
    tail = [w for w in s.words[verb.index + 1:stop] if w.upos != "PUNCT"]  # `..., he said, adding ...`
    if verb.lemma in LISTENER_VERBS and tail and any(k.deprel in OBJECT_RELS and k.index == tail[0].index
                                                     for k in s.kids[verb.index]):
        tail = tail[max(x.index for x in s.subtree(tail[0])) - tail[0].index + 1:]  # `told reporters`
    elif verb.lemma in LISTENER_VERBS and tail and tail[0].upos in NOUN_UPOS | {"DET"}:
        listener = 0  # `told the Ledger on Monday`: a listener's name or noun phrase, however the parse hung it
        while listener < len(tail) and (tail[listener].upos == "DET" or _run_word(s, tail[listener].index)):
            listener += 1
        tail = tail[listener:]
    if tail and not (tail[0].upos == "ADP" or _time_tail(tail) or _span_words(tail)  # `reported ten days ago`
                     or (tail[0].upos == "ADV" and tail[0].text.lower() not in _SAID_ADVERBS)):
        return False
    return not any(w.upos in VERB_UPOS or w.text.lower() == "that" for w in tail)


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
    only after a noun phrase opening the words, in `-ed`, before a preposition (not `by`), an object (a
    lower-case noun or adjective, which no participle modifying a noun takes, unless it gives a name:
    `A new drug slowed memory decline by 27 percent, its maker said`) or the words' end (`The talks
    collapsed on Friday, diplomats said`: what was said is a clause)."""
    w = words[k]
    if w.xpos != "VBN" or k == 0 or any(x.upos == "AUX" for x in words[:k]):
        return False
    j = k - 1
    while j > 0 and words[j].upos == "ADV":
        j -= 1
    if j == k - 1 and words[j].upos in NOUN_UPOS:
        after = words[k + 1] if k + 1 < len(words) else None
        taken = after is not None and after.upos in ("NOUN", "ADJ") and after.text.islower() \
            and w.text.lower() not in NAME_GIVING_FORMS  # `A new drug slowed memory decline`: a participle
        # modifying a noun takes no object (not a name it gives: `a drug called aducanumab`)
        return w.text.islower() and w.text.endswith("ed") and _opening_noun_phrase(words[:k]) \
            and (after is None or taken or (after.upos == "ADP" and after.text.lower() != "by"))
    return j < k - 1 and words[j].upos in NOUN_UPOS


def _opening_noun_phrase(words: Sequence[Word]) -> bool:
    """Whether `words` are one noun phrase (`_bare_past`): words of a noun phrase, and after its noun a
    present participle's lower-case `-ing` word with an object of its own, `A bus carrying 30 students`: an
    `-ing` word right after a noun with no auxiliary before it modifies that noun."""
    return all(x.upos in _RUN_WORDS or (x.xpos == "VBG" and x.text.islower() and x.text.endswith("ing")
                                        and k > 0 and words[k - 1].upos in NOUN_UPOS)
               for k, x in enumerate(words))


def _own_message_after(s: Parsed, verb: Word) -> bool:
    """`After the vote, Lee asked the mayor about the tax`: a verb that takes a listener, with its own
    subject before it and, after it, a phrase of the preposition that opens its topic (`PREPOSITION_REPORTS`)
    on it or on its listener, reports that topic: no closing tag of the words before it, whatever the
    parse joined it to (here `vote`'s clause).  So too a cue with a noun object right after it, no comma
    between, that is no time and no listener (a verb of telling's object is the one told: `..., he told
    reporters`), or with an `-ing` complement right after it where it takes one (lexicon GERUND_REPORTS): `The
    club made money -- he reported earning $2 million`, `while Comey talked of risks, he didn't mention any
    harm`: the clause before tells what went on, not what was said (`Prices will rise, she said Tuesday`)."""
    if any(_object_message(s, verb, k) for k in s.kids[verb.index]):
        return True
    openers = PREPOSITION_REPORTS.get(verb.lemma)
    kids = s.kids[verb.index]
    if verb.lemma not in LISTENER_VERBS | QUESTIONING_VERBS or not openers \
            or not any(k.deprel in _SUBJECTS and k.index < verb.index for k in kids):
        return False
    phrases = [k for k in kids if k.deprel == "obl" and k.index > verb.index] + [
        c for o in kids if o.deprel in OBJECT_RELS and o.index > verb.index
        for c in s.kids[o.index] if c.deprel == "nmod" and c.index > o.index]
    return any(c.deprel == "case" and c.lemma in openers for k in phrases for c in s.kids[k.index])


_AGO_WORDS = frozenset({"ago", "earlier", "before", "later"})  # words after a span that make it a time (`ten days ago`)


def _object_message(s: Parsed, verb: Word, k: Word) -> bool:
    """Whether `k`, a word hung from cue `verb`, is a message of its own right after it (`_own_message_after`); a
    verb of quoting's object (lexicon QUOTING_VERBS) is whose words they are: `..., an agency quoted the minister as
    saying`; a span of time is when (`..., the Ledger reported ten days ago`); after a mark the cue opens an
    inverted tag, the noun after it its speaker (`The cause was heart failure, said his daughter`)."""
    if k.index <= verb.index:
        return False
    if k.deprel == "xcomp":
        return k.xpos == "VBG" and k.index == verb.index + 1 and verb.lemma in GERUND_REPORTS
    if verb.index > 0 and s.words[verb.index - 1].upos == "PUNCT":
        return False  # `..., said his daughter`: an inverted tag, its speaker after it
    return k.deprel == "obj" and k.upos == "NOUN" and verb.lemma not in LISTENER_VERBS | QUOTING_VERBS \
        and not time_word(k.text) and k.text.lower().rstrip("s") not in TIME_NOUNS \
        and not any(c.text.lower() in _AGO_WORDS for c in s.kids[k.index]) \
        and not _calendar_time(s, k.index) \
        and not any(x.text in _CLAUSE_BREAKS for x in s.words[verb.index + 1:k.index])  # (`candidate says,
    # campaign aims to ...`: past a comma, a clause of its own)


def _infinitive_content(s: Parsed, verb: Word,
                        speaker: Word | None) -> _Content | None:
    """`vowed to build a wall`; `asked the crowd to stand` (from the listener on), however the parse
    hung the infinitive: from the verb, or from the listener right before it (`asked the network to
    donate ...` with `to donate` parsed as a clause of `network`); a request put to the passive
    subject, `was asked to leave`, `Asked by the host to respond, ...`: the infinitive alone."""
    if verb.lemma not in COMMISSIVE_VERBS | DIRECTIVE_VERBS | ASSERTING_INFINITIVE_VERBS:
        return None
    listener = next((k for k in s.kids[verb.index] if k.deprel in OBJECT_RELS and k.index > verb.index
                     and not (verb.lemma in COMMISSIVE_VERBS and time_word(k.text))), None)  # `vowed last month
    # to ...`: when, no one promised
    if listener is None and verb.deprel == "amod" and verb.head > verb.index and verb.index > 0 \
            and s.words[verb.index - 1].text == "," and s.words[verb.head].upos in _NOMINAL:
        listener = s.words[verb.head]  # `The governor, in a video message, urged residents to ...`: a main verb
        # the parse took for an adjective of its listener (`apposition-host`)
    for k in s.kids[verb.index]:
        if k.deprel == "xcomp" and k.index > verb.index and to_infinitive(s.kids[k.index]):
            apart = frozenset(c.index for c in s.kids[k.index] if joined_past_infinitive(s, c) and (
                _is_cue_verb(c) or _demand_call(s, c, k)))  # `to cut taxes and called for an audit`: the tensed
            # verb is the cue's subject's next report, not promised
            if verb.lemma in COMMISSIVE_VERBS or _claimed_past(s, verb, k) or (listener is None and _passive_cue(s, verb)):
                return _negated_from(s, s.span(k, apart), verb), None
            if listener is not None and listener.index < k.index:
                return (_listener_start(s, verb, listener), s.span(k, apart)[1]), None
        if k.deprel == "advcl" and verb.lemma in DIRECTIVE_VERBS and listener is not None \
                and listener.index < k.index and to_infinitive(s.kids[k.index]) \
                and _listener_phrase(s, max(w.index for w in s.subtree(listener)) + 1,
                                     s.word_range(_negated_from(s, s.span(k), listener))[0]):
            return (_listener_start(s, verb, listener), s.span(k)[1]), None  # `asked the board to resign` hung as a purpose
            # (`urged people not to travel` with `not` hung from the verb: the negation is the infinitive's)
        if _promise_past_phrase(s, verb, k, listener):
            return _negated_from(s, s.span(k), verb), None  # `vowed in a speech to fight on` hung as a purpose
    if verb.lemma in DIRECTIVE_VERBS and listener is not None:
        request = _listener_infinitive(s, listener) or _phrase_then_infinitive(s, listener) \
            or _relative_then_infinitive(s, listener)
        if request is not None:  # (from past the verb, where the parse hung it from the listener)
            return (_listener_start(s, verb, listener), s.span(request)[1]), None
    return None


def _claimed_past(s: Parsed, verb: Word, clause: Word) -> bool:
    """`claimed to have shot down 20 drones`: a claiming verb (`ASSERTING_INFINITIVE_VERBS`) with a perfect
    infinitive claims a past deed of its subject's, a report of an event; not `claims to represent farmers`,
    `who claimed to be undecided`: a stance its subject takes, no event reported."""
    return verb.lemma in ASSERTING_INFINITIVE_VERBS and any(
        k.deprel == "aux" and k.lemma == "have" for k in s.kids[clause.index])


def _promise_past_phrase(s: Parsed, verb: Word, clause: Word, listener: Word | None) -> bool:
    """`vowed in a televised speech to continue the attacks`, `threatened on Tuesday to resign`: a promising
    verb with no object whose `to`-infinitive comes after a phrase of its own (time, place, medium)
    promises that infinitive, however the parse hung it (as a purpose); not `swore in a new cabinet to
    replace it` (`NOT_PROMISING_PARTICLES`: another verb), nor `promised millions to rebuild it` (an object)."""
    if clause.deprel != "advcl" or listener is not None or clause.index <= verb.index \
            or verb.lemma not in COMMISSIVE_VERBS \
            or not to_infinitive(s.kids[clause.index]) or verb.index + 1 >= len(s.words):
        return False
    if s.words[verb.index + 1].text.lower() == NOT_PROMISING_PARTICLES.get(cue_lemma(verb.text) or verb.lemma):
        return False
    opening = s.subtree(clause)[0].index
    between = [k for k in s.kids[verb.index] if verb.index < k.index < opening]
    return bool(between) and all(k.deprel in ("obl", "advmod", "punct") or k.deprel in ("obj", "obl:tmod")
                                 and time_word(k.text) for k in between)  # `vowed last month to ...`


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


def _passive_cue(s: Parsed, verb: Word) -> bool:
    """`was asked`, `Asked by the host`, `when asked`: a passive auxiliary, or a past participle with
    no subject and no auxiliary of its own, unless it is the main verb right after an aside
    (`_aside_host`: `The senator, who asked not to be named, told reporters ...`, `told` tagged a
    participle); a passive subject with no `be` or `get` makes none (`Graves later told reporters the
    hearing ...` with the name taken for a plural noun: `_unmarked_passive`, active)."""
    kids = s.kids[verb.index]
    return any(k.deprel == "aux:pass" for k in kids) \
        or any(k.deprel == "nsubj:pass" for k in kids) and _unmarked_passive(s, verb) is None or (
        verb.xpos == "VBN" and not any(k.deprel in _SUBJECTS or k.deprel.startswith("aux") for k in kids)
        and _aside_host(s, verb) is None and not _perfect_infinitive(s, verb))  # (`said to have told ...`: active)


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
                and (j == i + 1 or prev.upos in NOUN_UPOS):
            return j  # `hiring slowed in May`: a past form the tagger took for a participle
        if not tagged and w.xpos in ("NNS", "VBZ") and w.text.islower() and w.text.endswith("s") \
                and (j == i + 1 or prev.upos in NOUN_UPOS) and nxt.upos not in ("ADP", "PUNCT", "CCONJ", "PART"):
            return j  # `flooding worsens every spring`
        if w.upos not in _RUN_WORDS or w.upos == "PRON":
            return None
    return None


def _opens_noun_phrase(w: Word) -> bool:
    """Whether a word opens a noun phrase of its own: a determiner (`the`, `a`, `this`) or a possessive
    pronoun (`his`, `their`)."""
    return (w.upos == "DET" and w.text.lower() not in NOMINATIVE_PRONOUNS) or w.xpos == "PRP$"


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
    return 2 < n < len(after) and after[n - 1].upos in NOUN_UPOS and after[n].text.lower() in AUXILIARIES


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
    return 1 < n < len(after) and after[n - 1].upos in NOUN_UPOS and (
        after[n].upos == "AUX" or after[n].xpos in _FINITE)


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


def _claimed_deed(s: Parsed, verb: Word, k: Word) -> tuple[int, int] | None:
    """`The firm claimed credit for the drop in crime`, `claimed credit for hacking the servers`: `claim` (or
    `take`, lexicon DEED_CLAIMING_VERBS: `took credit for the drop in crime`) whose object is a noun of owning a deed (lexicon `CLAIMED_DEEDS`) with `for` right after it reports the
    deed `for` opens (a noun phrase or an `-ing` clause), read from the words however the parse hung it."""
    words = s.words
    if verb.lemma not in DEED_CLAIMING_VERBS or k.deprel != "obj" or k.text.lower() not in CLAIMED_DEEDS \
            or k.index + 2 >= len(words) or words[k.index + 1].text.lower() != "for":
        return None
    case = words[k.index + 1]
    deed = words[case.head] if case.head > case.index else None
    if deed is None or not (deed.upos in NOUN_UPOS or deed.xpos == "VBG"):
        return None
    end = s.span(deed, frozenset({case.index}))[1]
    if deed.head == verb.index:
        end = max(end, _noun_phrase_end(s, verb, deed, frozenset()))
    return words[case.index + 1].start, end


def _clause_done(s: Parsed, i: int) -> bool:
    """Whether word `i` may close a clause: a noun, name, pronoun or number (its object's last word), a
    participle or adjective right after its auxiliary or copula (`was stolen`, `was illegal`, `were
    truly unfair`), or an `-ing` verb right after a verb that takes it (`to keep fighting`, `stop talking`)."""
    w = s.words[i]
    j = i - 1
    while j > 0 and s.words[j].upos == "ADV":
        j -= 1
    return w.upos in ("NOUN", "PROPN", "PRON", "NUM") or (
        (w.xpos == "VBN" or w.upos == "ADJ") and j >= 0 and s.words[j].upos == "AUX") or (
        w.xpos == "VBG" and w.text.islower() and j >= 0 and s.words[j].upos == "VERB")


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


def _speaking_noun(noun: Word) -> bool:
    """Whether a common noun names one who may speak: a person (`the mayor`, `teachers`: lexicon ROLE_WORDS,
    SPEAKER_NOUNS, RELATION_NOUNS, GROUP_NOUNS, or a noun for a person, `resolve.person_noun`), a body or a text
    that speaks (`the ministry`, `the report`: an organisation to `entities.describe`); not a thing (`the plan`).

    >>> [_speaking_noun(Word(0, w, w, "NOUN", "NN", "", -1, "nsubj", 0, len(w))) for w in ("mayor", "ministry", "plan")]
    [True, True, False]
    """
    low = noun.text.lower()
    return low in ROLE_WORDS | SPEAKER_NOUNS | RELATION_NOUNS | GROUP_NOUNS or person_noun(noun.lemma) \
        or describe(low).kind in ("person", "organisation")


def _set_off(s: Parsed, w: Word) -> bool:
    """Whether the phrase under `w` is set off by a comma before it (`his candidacy, which was no
    surprise`: the writer's aside, not what was reported)."""
    first = s.subtree(w)[0]
    return first.text == "," or (first.index > 0 and s.words[first.index - 1].text == ",")


def _of_noun_run(sub: Sequence[Word]) -> bool:
    """Whether words `sub` are `of` and a noun phrase's words alone, no verb among them (`of a new chief
    executive`, `of the city's mayor`): a phrase that joins the noun before it.

    >>> from quotes.parse import Word
    >>> run = [Word(i, t, t, u, "", "", -1, "dep", 0, 1) for i, (t, u) in
    ...        enumerate([("of", "ADP"), ("a", "DET"), ("new", "ADJ"), ("executive", "NOUN")])]
    >>> _of_noun_run(run), _of_noun_run(run[1:])
    (True, False)
    """
    return len(sub) > 1 and sub[0].text.lower() == "of" and all(w.upos in _RUN_WORDS or w.xpos == "POS"
                                                                 for w in sub[1:])


def _noun_phrase_end(s: Parsed, verb: Word, noun: Word, aside: frozenset[int]) -> int:
    """Where the noun phrase headed by `noun` ends, with what English joins to a noun right after it
    that the parse hung from the verb: an infinitive (`announced plans to raise ...`), a phrase
    of `of`, `for`, `about`, `to`, `in`, ... (`a request for comment`, `denied any role in the
    attack`, `her ties to the mayor`) or `by name` (`never mentioned Lee by
    name`), or a past participle with its agent (`the plan approved by the board`), never one of time
    (`on Tuesday`); the phrases under `aside` left out. A `to` before a noun
    opens such a phrase whatever the parse made of it (`demanded deep cuts to foreign aid`), and a currency
    sign ending it takes the numbers right after it (`a surplus of $2 million`), wherever the parse hung them.
    After a verb whose object is its message (lexicon NOUN_REPORTS), `of` and noun-phrase words right after the
    noun are the noun's, whatever the parse made of them (`announced the appointment of a new chief executive`,
    `executive` taken for an adjective of the verb's): such a verb takes no `of` phrase of its own."""
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
            and (c.lemma == "of" or not (time_word(k.text) or _calendar_time(s, k.index))) for c in s.kids[k.index])
        # `demanded deep cuts to foreign aid` with `to` taken for an infinitive's: before a noun it is a preposition
        # (not a phrase of time: `announced her candidacy in March` tells when, as the `obl` reading does)
        linked = linked or (k.upos in NOUN_UPOS and sub[0].index != k.index and not time_word(k.text)
                            and not _calendar_time(s, k.index)
                            and sub[0].text.lower() in _NOUN_LINKS and sub[0].head == k.index)
        # `condemned the attack in the strongest terms`, `criticized the plan in a speech`: how or where it was
        # said, not part of what
        # (`disclosed the bug in its release notes`: a possessive before the text's noun is as good as `a`)
        linked = linked and not (sub[0].text.lower() == "in" and (k.text.lower() in SAYING_MANNER_NOUNS or len(sub) > 2
                                 and sub[1].text.lower() in _OCCASION_DETERMINERS and k.text.lower() in OCCASION_NOUNS))
        # `confirmed the arrest to our correspondent on Sunday`: those it was passed on to, not part of what
        # (`confirmed the news to Reuters`, `to the BBC`, `to the paper`: a news outlet it was passed on to)
        linked = linked and not (sub[0].text.lower() == "to" and (k.text.lower() in TOLD_AUDIENCES
                                                                  or _names_outlet(sub, k)))
        by_name = k.lemma == "name" and len(sub) == 2 and sub[0].lemma == "by"  # `mentioned Lee by name`
        # `citing a report by analysts`: after a noun of a text or study, `by` names its author (not `by Friday`,
        # nor a bare singular noun, the means: `denied the report by phone`)
        authored = sub[0].text.lower() == "by" and sub[0].head == k.index and k.upos in NOUN_UPOS \
            and s.words[last].text.lower() in AUTHORED_BY_NOUNS and not time_word(k.text) \
            and not _calendar_time(s, k.index) and not (k.xpos == "NN" and not any(
                c.deprel in ("det", "nmod:poss") for c in s.kids[k.index]))
        # `announced the plan approved by the board`: a past participle and its agent restrict the noun
        agent = k.xpos == "VBN" and sub[0].index == k.index and k.text.islower() and k.index + 1 < len(s.words) \
            and s.words[k.index + 1].text.lower() == "by" and not any(c.deprel.startswith("nsubj") for c in s.kids[k.index])
        # `told of children being turned away`: after a preposition's noun, an `-ing` clause it is the subject of
        gerund = any(c.deprel == "case" for c in s.kids[noun.index]) and _subject_gerund(s, k, sub[0])
        # `praised former Florida Gov. Jeb Bush`, `assailed eventual nominee Hillary Clinton's speeches`: a name
        # right after a noun goes on the noun phrase (a title or description before the name it is), wherever
        # the parse hung it: a second object of a verb that reports one
        named = k.deprel == "obj" and sub[0].upos == "PROPN" and s.words[last].upos in NOUN_UPOS
        of_run = verb.lemma in NOUN_REPORTS and _of_noun_run(sub)
        if sub[0].index != last + 1 or not (infinitive or linked or by_name or authored or agent or gerund or named
                                            or of_run):
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


def _comma_before(s: Parsed, w: Word, breaks: frozenset[str] = frozenset({","})) -> int | None:
    """The index of the comma (or other break in `breaks`) that sets `w` off, right before it or
    inside the closing marks of a quotation that ends there (`"...," citing`); None if there is none."""
    i = w.index - 1
    while i > 0 and s.words[i].text and not s.words[i].text.strip(MARK_CHARS):
        i -= 1
    return i if i >= 0 and s.words[i].text in breaks else None


def _paper_kind(s: Parsed, w: Word) -> bool:
    """`charging documents`, `sentencing memo`: an `-ing` word that names a kind of court or police paper
    (`PAPER_MODIFIERS`) right before a noun is part of that noun phrase, whatever its tag, no verb."""
    return w.text.lower() in PAPER_MODIFIERS and w.index + 1 < len(s.words) and s.words[w.index + 1].upos == "NOUN"


def _as_clause(s: Parsed, verb: Word) -> Word | None:
    """`As the paper noted, ...`, `..., as Dayen noted.`: a reporting clause opened by `as` and a
    noun phrase (`As one aide noted`: a number may open it), and with no object or complement (`as` stands for it; `as he congratulated
    Trump` is a time; the `it` of `as one aide put it` is the cue's own word), reports the clause it
    hangs from.  Its `as` (whatever the parse made of it).
    Not one whose verb has its message after its own preposition (`as it commented on the rules`, `as
    voters responded to the law`: `PREPOSITION_REPORTS`), nor one whose subject is a time (`As the day
    went on`), nor the second term of a comparison (`as polite as it was pointed`): a time or a measure; nor
    one whose verb has a clause of its own right after it, a subject and a finite verb before any comma,
    whatever the parse hung it from (`She was heckled as she said the cuts were necessary`: `as` a time, the
    clause hers)."""
    particle = _phrasal_word(s, verb)  # `As one aide put it, ...`: the `it` of the cue's phrase is no object
    kids = [k for k in s.kids[verb.index] if particle is None or k.index != particle.index]
    if verb.head < 0 or any(k.deprel in ("obj", "iobj", "xcomp", "ccomp", "csubj") or (
            k.deprel == "advcl" and not _own_adverbial(s, k)) for k in kids):
        return None
    after = list(itertools.takewhile(lambda x: x.upos != "PUNCT", s.words[verb.index + 1:]))
    if particle is None and after and (after[0].text.lower() == "that" or _subject_word(after)
                                       and any(x.xpos in _FINITE for x in after[1:])):
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
        if w.upos in VERB_UPOS and w.xpos == "VBG" and nominal:
            continue  # `the crowd of shoppers passing by was`: a participle within the noun phrase
        if w.text.lower() in PARTICIPLE_NOUNS and prev is not None and prev.text.lower() == "the":
            nominal = True
            continue  # `the accused had lied`: a participle that names a person, a noun
        if w.upos == "VERB" and w.xpos in ("VBG", "VBN") and prev is not None and prev.upos in ("DET", "NUM", "ADJ") \
                and nxt is not None and nxt.upos in NOUN_UPOS:
            continue  # `four smiling volunteers`, `the indicted aide`: a participle between a determiner and its noun
        if w.upos in VERB_UPOS:
            return nominal and (prev is None or (prev.xpos != "TO" and prev.upos != "CCONJ"))
        if w.upos in ("PUNCT", "SCONJ") or w.xpos in ("WDT", "WP", "WRB"):
            return False
        nominal = nominal or w.upos in _NOMINAL
    return False


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
