"""Speaker resolution: pronouns and short names to the fullest earlier mention.

The heuristic, in order: a short name (`Kerry`) takes the longest earlier
capitalised chain ending in it (`US Secretary of State John Kerry`); a
pronoun takes the most recent earlier speaker (speakers are subjects, so
subjects are preferred) that agrees in number and, where both are known,
gender (a speaker a `he` or `she` resolved to, or whose own words give one,
`spokesman David Brandt`, has that gender from then on, under any shorter
name), unless a name that agrees is the subject of a sentence after it in
the pronoun's paragraph or in a paragraph right before it that quotes
nothing; failing that, the most recent agreeing subject: of
a parsed sentence, or a name that opens an unparsed one (`Sergei Lavrov
arrived ...`, `Her neighbour, Sam Okafor, ran ...`, `Tom Vale, 29, has ...`), never a lone
capitalised word that is no name (`Politically, she ...`).  A definite
description (`the director`) takes the latest earlier speaker or subject whose
words, or the description set off after them, hold all of its words (`Ann Ruiz,
the city's housing director,`; `Housing Director Ann Ruiz`).
"""
from __future__ import annotations

import bisect
import collections
import contextlib
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from .lexicon import MONTHS, POSSESSIVE_ENDINGS
from .lexicon import NAMING_COPULAS
from .lexicon import BORNE_STYLES, PARENT_NOUNS, CHILD_COUNTS, MALAY_TITLE_OPENERS
from .lexicon import PERSON_NAMING_FORMS
from .lexicon import ARTICLE_STYLES
from .lexicon import CLAUSE_JOINING_CONJUNCTIONS, LIST_CONJUNCTIONS, ADVERB_STEM_ENDINGS, GENDERED_NOMINATIVES, ARTICLES
from .lexicon import DESCRIPTION_PREPOSITIONS
from .lexicon import DOMAIN_OWNER_NOUNS, DEED_AGENT_NOUNS, RELATIVE_AGENT_FORMS, APPRAISING_MODIFIERS, PARTISAN_ADJECTIVES
from .lexicon import (FIRST_PERSON_WORDS, KIN_NOUNS, ADDRESS_STYLES, COMPANY_NAME_ENDINGS, PLACE_NAME_OPENERS, CLAIM_OBJECT_REPORTS, DOUBTING_VERBS, NOUN_CUES, CLAIM_NOUNS, cue_lemma, FIRST_PERSON_POSSESSIVES, SHORT_HONORIFICS, SHORT_OFFICE_TITLES, FAMILY_NOUNS, SENTENCE_LINKING_ADVERBS, ROLE_SHARING_NOUNS, GENDERED, COMPARATIVE_QUANTIFIERS, FOREIGN_INVERTED_PRONOUNS, FOREIGN_TAG_PRONOUNS, QUESTION_OPENERS, GROUP_NOUNS, announces_reply, PLURAL_ONLY_NOUNS, CUE_ADVERBS, CAPITALISED_OFFICES, CAPITALISED_OFFICE_WORDS, SURNAME_PARTICLES, MARKET_MEASURES, SINGULAR_S_NAMES, CREDIT_LINE_NOUNS, CREDIT_LINE_ROLES, PARTITIVES, SINGLE_QUANTIFIERS, IRREGULAR_PARTICIPLES, NEGATED_AUXILIARIES, PLURAL_VERBS, INDEFINITES, IRREGULAR_PASTS, AGENT_ENDINGS, PARTISANS, NOT_AGENTS, POSTPOSED_ADJECTIVES, MORE_PERSONS, CLOSE_GLYPH, DOUBLE_CLOSE, DOUBLE_EITHER, DOUBLE_GLYPH, DOUBLE_OPEN, mark_pattern, AUXILIARIES, CLAUSE_OPENERS, DETERMINERS, HONORIFICS, QUANTIFIER_PRONOUNS, ORGANISATION_NAMES, ORGANISATION_WORDS, POSSESSIVE_PRONOUNS, SPEAKING_TEXTS, PHOTO_CREDIT_WORDS, EDITOR_NOTE_LABELS, LIVE_BLOG_LABELS,
                      PREPOSITIONS, PRONOUNS, ROLE_WORDS, SPEAKER_NOUNS, TITLE_ABBREVIATIONS, DEMONYM_NOUNS, ACCOLADE_NOUNS, ACCOLADE_PARTICIPLES, ORGANISATION_EPITHETS, PUBLIC_BODY_EPITHETS, given_name, unaccented, LISTENER_VERBS, COMPANY_SUFFIXES, FIRM_NAME_WORDS, WEEKDAYS, cue_forms, NEWS_OUTLET_WORDS, OUTLET_NOUNS, PLAYING_POSITIONS,
                      WORK_NOUNS, INSCRIBED, GENDERED, RELATION_NOUNS, TIE_NOUNS, RELATIVE_PRONOUNS, TIME_NOUNS, TITLE_MODIFIERS, TENURE_MODIFIERS, DECEASED_MODIFIERS, FORMER_MODIFIERS, ROLE_GENERALS, LEADER_NOUNS, SPELT_OUT_OFFICES, NAME_PREPOSITIONS, CHAMBER_WORDS,
                      TITLES, MALAY_TITLES, PATRONYMIC_PARTICLES, ARABIC_ARTICLES, PEERAGE_TITLES, gender_of,
                      PEER_ADDRESSES, SURNAME_FIRST_SURNAMES, CONTACT_FORMS, NON_RESPONSE_VERBS, NON_RESPONSE_AUXILIARIES,
                      REFUSALS_TO_COMMENT, TIME_PHRASE_LEADS, TIME_WORDS, SIGNING_FORMS)
from .parse import PLURAL_NOUN_TAGS, SINGULAR_NOUN_TAGS, Word, NOUN_UPOS
from .rules.registry import Example, Rule, Table
from .rules.text import NICKNAME_WORDS, office_label, title_case
from .segment import split_read_sentences

__all__ = ["Mention", "mention", "Resolver", "RESOLUTION", "fronted_name", "opening_name", "opening_description", "opening_owner", "opening_subject"]


# The letters of an office's initials (`the DC`, `the CM`): two to four, as its capitalised words give them.
_INITIALS_MIN, _INITIALS_MAX = 2, 4


def _office_initials(run: Sequence[str]) -> set[str]:
    """The initials, lower-cased, of each stretch of capitalised words in `run` that ends in a word for the one
    who holds an office (`CAPITALISED_OFFICES`): `the DC` for `Deputy Commissioner Rajiv Sharma`, `the CM` for
    `Chief Minister Ann Rao`, `the DM` for `District Magistrate`; not a body's or party's name, which ends in no
    such word (`Bharatiya Janata Party`), nor a name after the office (`Rajiv Sharma`).

    >>> sorted(_office_initials(["Deputy", "Commissioner", "Rajiv", "Sharma"]))
    ['c', 'dc']
    >>> sorted(_office_initials(["Bharatiya", "Janata", "Party", "leader"]))
    []
    """
    found: set[str] = set()
    for end, word in enumerate(run):
        if word.lower() not in CAPITALISED_OFFICES or not word[:1].isupper():
            continue
        start = end
        while start > 0 and run[start - 1][:1].isupper() and run[start - 1].isalpha() \
                and not run[start - 1].isupper() and end - start + 1 < _INITIALS_MAX:
            start -= 1
        found |= {"".join(w[0] for w in run[k:end + 1]).lower() for k in range(start, end + 1)}
    return found


def _initials_mention(words: Sequence[str]) -> bool:
    """`the DC`, `the CM`: `the` and one word in capitals, two to four letters: an office's initials, which
    `_office_initials` reads from the words of the one named before."""
    return len(words) == _ARTICLE_AND_INITIALS and words[1].isalpha() and words[1].isupper() \
        and _INITIALS_MIN <= len(words[1]) <= _INITIALS_MAX and words[1].lower() not in ROLE_WORDS  # (`the MP`: a
    # role's own word, as `_kinds` reads it)


def _capitalised_office(words: list[str]) -> bool:
    """`the Prime Minister`, `the Premier`, `the Opposition Leader`: an office capitalised as the papers of
    Australia, New Zealand, Canada and Britain print it, ending in the word for a person who holds it
    (`CAPITALISED_OFFICES`), not a body (`the Senate`, `the White House`)."""
    return words[-1].lower() in CAPITALISED_OFFICES and all(
        w[:1].isupper() and w.lower() in CAPITALISED_OFFICE_WORDS for w in words)


# A description closed by a participle that gives a name and the name (`a retired teacher named Ruth Cole`).
_NAMED_DESCRIPTION = regex.compile(r"\b(?P<noun>[a-z][a-z-]*) (?P<form>[a-z]+) (?P<name>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3})$")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    number: str | None   # "sing" / "plur"
    gender: str | None   # "masc" / "fem" / "neut"
    pronoun: bool


# Determiners of one thing or person (`the`, `a`, `her`): not `two`, `several`, `those`.
_SINGULAR_DETERMINERS = frozenset({"the", "a", "an", "one", "his", "her", "their", "its", "our", "my", "this", "that"})


def _inverted_pronoun(text: str, start: int, end: int) -> str | None:
    """The English pronoun for a French one a tag's auxiliary ends with (`a-t-il` -> `he`: lexicon
    FOREIGN_INVERTED_PRONOUNS), or for one of another language standing alone after a tag's verb, in lower
    case (`sagte er` -> `he`: FOREIGN_TAG_PRONOUNS), where text[start:end] is that pronoun; else None.

    >>> _inverted_pronoun("a-t-il dit", 4, 6), _inverted_pronoun("sagte er.", 6, 8), _inverted_pronoun("Er", 0, 2)
    ('he', 'he', None)
    """
    return (FOREIGN_INVERTED_PRONOUNS.get(text[start - 1:end].lower()) if start > 0 else None) \
        or FOREIGN_TAG_PRONOUNS.get(text[start:end])


def mention(text: str, start: int, end: int, head: Word | None) -> Mention:
    """Number and gender of a noun phrase from its head's features and its words."""
    cased = regex.findall(r"[\w.]+", text[start:end])
    words = [w.lower() for w in cased]
    if len(words) == 1 and words[0] in PRONOUNS:
        return Mention(start, end, *PRONOUNS[words[0]], True)
    inverted = _inverted_pronoun(text, start, end) if len(words) == 1 else None
    if inverted is not None:
        return Mention(start, end, *PRONOUNS[inverted], True)  # `a-t-il`: he
    if len(words) == 1 and words[0] in POSSESSIVE_PRONOUNS:  # `His reply: "..."`: the owner speaks
        return Mention(start, end, *POSSESSIVE_PRONOUNS[words[0]], True)
    if len(words) == 1 and words[0] in FIRST_PERSON_POSSESSIVES:  # `In my view, ...`: the writer, as `I` is
        return Mention(start, end, *PRONOUNS["i" if words[0] == "my" else "we"], True)
    number: str | None = None
    if head is not None:
        if "Number=Plur" in head.feats or head.xpos in PLURAL_NOUN_TAGS:
            number = "plur"
        elif "Number=Sing" in head.feats or head.xpos in SINGULAR_NOUN_TAGS:
            number = "sing"
        elif head.upos == "ADJ" and len(words) > 1 and words[0] in _SINGULAR_DETERMINERS and words[-1] == head.text.lower() \
                and (person_noun(head.text) or " ".join(words[1:]) in DEMONYM_NOUNS) and not head.text.endswith("s"):
            number = "sing"  # `the detective said`, `the executive said`, `the South African said` with the noun
            # tagged an adjective: one person
    if " and " in f" {' '.join(words)} " and number != "plur":
        number = "plur"
    gender = gender_of(cased)
    if number == "plur" and head is not None and head.upos == "PROPN" and " and " not in f" {' '.join(words)} " \
            and gender is not None and not any(w in GENDERED for w in words):
        number = "sing"  # `Omar Fields` (the surname tagged plural): a given name before it names one person
    core = _head_run(words)  # `the head of the committee`: `head`; `the group representing farmers`: `group`
    if head is not None and core and len(core) < len(words) and head.text.lower() not in core \
            and core[-1] in ORGANISATION_WORDS:
        number = "sing"  # `The group representing travel agents said` with `agents` parsed as the subject: one body
    if core and core[-1] in PLURAL_ONLY_NOUNS:
        number = "plur"  # `Police said ...` (tagged a singular name): `they`, never `it`
    if gender is None and core and (core[-1] in ORGANISATION_WORDS or core[-1] in WORK_NOUNS or core[-1] in SPEAKING_TEXTS
                                    or core[-1] in INSCRIBED
                                    or " ".join(core) in ORGANISATION_NAMES
                                    or " ".join(core[1:]) in ORGANISATION_NAMES
                                    or len(cased) > 1 and cased[-1][:1].isupper() and words[-1] in COMPANY_NAME_ENDINGS):
        gender = "neut"  # `the ministry`, `a report by ...`, `his book`, `the memo`, `the White House`, `signs`: never `he` nor `she`
        # (nor a firm's name, `Harbor Books`, `Her publisher, Harbor Books`)
    return Mention(start, end, number, gender, False)


def _head_run(words: Sequence[str]) -> list[str]:
    """The lower-cased words of a noun phrase to its head noun: those before a preposition or before a participle
    that a word other than a determiner comes before and more words follow, the participle's own phrase on the
    noun (`the group representing travel agents` -> `['the', 'group']`, `the panel named by the mayor`; not
    `the travel building`, whose last word is its head).

    >>> _head_run(["the", "group", "representing", "travel", "agents"]), _head_run(["the", "head", "of", "it"])
    (['the', 'group'], ['the', 'head'])
    """
    run: list[str] = []
    for i, w in enumerate(words):
        if w in PREPOSITIONS or i + 1 < len(words) and run and run[-1] not in DETERMINERS \
                and (_participle(w) or len(w) > _SHORTEST_ING and w.endswith("ing")):
            break
        run.append(w)
    return run


_SHORTEST_ING = 4  # the most letters of a word in `-ing` that is no participle (`king`, `ring`, `thing`)
_THIRD_PERSON = frozenset({"he", "she", "they", "it", "him", "them"}) | frozenset(POSSESSIVE_PRONOUNS)
# A mark opening or closing a quotation (a single one only where it opens one: not `Berg's`).
_QUOTE_MARK = regex.compile(mark_pattern(DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_EITHER | {"\u2018"}) + r"|(?:^|\s)'")
# A verb of rejecting a claim (lexicon CLAIM_OBJECT_REPORTS), an adverb before it at most, between its subject and the
# owner of the claim rejected (`Residents flatly rejected their warning`): the owner is someone else.
_REJECTING_BETWEEN = regex.compile(r"\s+(?:\p{Ll}+ly\s+)?(?:" + "|".join(
    regex.escape(f) for f in sorted(cue_forms()) if cue_lemma(f) in CLAIM_OBJECT_REPORTS) + r")\s+")
# A verb of doubting or scorning what was said (lexicon DOUBTING_VERBS), an adverb before it at most, between its
# subject and the owner of a noun of a saying (`Neighbours ridiculed their suggestion that ...`): the owner is
# someone else (`_SAYING_NOUN_AFTER`: only before such a noun, not `Lee mocked his rivals`).
_DOUBTING_BETWEEN = regex.compile(r"\s+(?:\p{Ll}+ly\s+)?(?:" + "|".join(
    regex.escape(f) for f in sorted(cue_forms()) if cue_lemma(f) in DOUBTING_VERBS) + r")\s+")
# A noun of a saying right after a possessive (`their suggestion`, `her prediction`: lexicon NOUN_CUES, CLAIM_NOUNS).
_SAYING_NOUN_AFTER = regex.compile(r"\s+(?:" + "|".join(
    regex.escape(f) for f in sorted(set(NOUN_CUES) | CLAIM_NOUNS)) + r")\b", regex.IGNORECASE)
# A capitalised chain just before a name: `US Secretary of State John ` before `Kerry`.
# A nickname in marks within a name, after its given name (`Tom "The Hammer" Vale`): one to three words, the first
# capitalised, in double marks.
_NICKNAME_IN_CHAIN = (DOUBLE_GLYPH + r"\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|the|of)){0,%d}" % (NICKNAME_WORDS - 1)
                      + DOUBLE_GLYPH + r"\s+")
_CHAIN_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+(?:" + _NICKNAME_IN_CHAIN
                              + r")?(?:(?:of|for|the|de|del|van|von|bin|al)\s+)?){1,7}\Z")
_CHAIN_REACH = 120
# A full name with a nickname in quotation marks within it (`Robert "Bobby" Lee`, `Ann 'Nan' de Vries`): given names
# before it, the nickname (group `nickname`, one capitalised word), a surname after it.
_NAME_WITH_NICKNAME = regex.compile(r"(?<![\p{L}\p{M}'’.-])\p{Lu}[\p{L}\p{M}.'’-]*(?:\h+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}\h+"
                                    r"[\"“‘']" r"(?P<nickname>\p{Lu}[\p{L}\p{M}'’-]*)[\"”’']\h+"
                                    r"(?:(?:" + "|".join(sorted(SURNAME_PARTICLES)) + r")\h+)*\p{Lu}[\p{L}\p{M}'’-]+")
_ARTICLES = ARTICLES
_FIRM_ENDING_AFTER = regex.compile(r"(?:\h+\p{Lu}[\p{L}\p{M}&'’-]*)?\h+(\p{Lu}[\p{L}\p{M}-]*\.?)(?![\p{L}\p{M}])")  # ` Airways`
_ARTICLE_AND_NOUN = 2  # the words of `the ministry`: a body's noun and its article alone
_ARTICLE_AND_INITIALS = 2  # the words of `the DC`: an office's initials and their article
# A body's proper name after its article (`The Food and Drug Administration`, `the CDC`, `The World Health
# Organization`): capitalised words, with `of`, `for`, `and` or `on` only between them.
_BODY_PROPER_NAME = regex.compile(r"(?i:the)\s+\p{Lu}[\p{L}\p{M}.&-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*\p{Lu}[\p{L}\p{M}.&-]*)*")
_OFFICE_WORDS = (2, 3)  # the words of an office read side by side (`foreign minister`, `chief financial officer`)
_DESCRIBED_REACH = 64  # the most earlier mentions a definite description (`the director`) looks back over
_SURNAME_LOOKBACK = 16  # the most earlier occurrences of a surname written first that a bare one looks back over
# The stop of an abbreviation inside a phrase, no sentence's end: after a title's short form or a place's (`St.`,
# `Mt.`, `Dr.`, lexicon TITLES) or a capital alone, an initial (`U.S.`, `J.`).
_ABBREVIATION_STOP = r"(?<=(?<![\p{L}\p{M}'’-])(?:\p{Lu}|(?i:" + "|".join(sorted(TITLES)) + r")))\."
# A description set off by commas right after a name: `, the city's housing director,` (its words, to the comma;
# past an abbreviation's stop: `, a nurse at St. Mary's,`).
_SET_OFF_DESCRIPTION = regex.compile(r",\s+((?:the|a|an|\p{Lu}[\p{L}.'’-]*['’]s)\s(?:(?!" + DOUBLE_GLYPH + r")[^,;:.!?]|"
                                     + _ABBREVIATION_STOP + r"){1,80}?),")
# A role set off by commas right after a name with no article (`, CEO of Acme,`, `, chairman of the board.`): its words
# to the aside's close, read as a description where its head is a noun for a person (`_bare_role`).
_SET_OFF_ROLE = regex.compile(r",\s+((?:(?!" + DOUBLE_GLYPH + r")[^,;:.!?\n]){1,80}?)(?=[,;:.!?])")
_BARE_ROLE_WORDS = 4  # the most words a role set off with no article takes before its preposition (`senior vice president`)
# A relative clause set off right after a name that tells what the one named does (`, who founded Acme`): its verb.
_WHO_DOES = regex.compile(r",\s+who\s+(?:\p{Ll}+ly\s+)?(\p{Ll}[\p{Ll}-]*)\b")
# A description opening its sentence and set off by a comma right before a name: `The city's lawyer, ` before
# `Ann Ruiz` (its words, to the comma).
_DESCRIPTION_BEFORE = regex.compile(
    r"(?:\A|(?<=[.!?]" + CLOSE_GLYPH + r"?\s)|(?<=\n))((?:The|An?|His|Her|Its|Their|\p{Lu}[\p{L}.'’-]*['’]s)\s"
    r"(?:(?!" + DOUBLE_GLYPH + r")[^,;:.!?\n]|" + _ABBREVIATION_STOP + r"){1,80}?),\s+(?:the\s+)?\Z")  # (`the Rt Rev Nick Hale`;
# `A nurse at St. Mary's, `: past an abbreviation's stop)
# The same description opening its sentence before `was` or `is` and a name: `The first witness was ` before
# `Carl Moss` (its words, to the verb); a host's own too (`Our first guest is ` before `Ann Lee`).
_DESCRIPTION_NAMING = regex.compile(
    r"(?:\A|(?<=[.!?]" + CLOSE_GLYPH + r"?\s)|(?<=\n))((?:The|An?|His|Her|Its|Their|Our|My|\p{Lu}[\p{L}.'’-]*['’]s)\s"
    r"(?:(?!" + DOUBLE_GLYPH + r")[^,;:.!?\n]){1,80}?)\s+(?:" + "|".join(sorted(NAMING_COPULAS)) + r")\s+\Z")
# A copula and a description of one after a name, to its clause's close (`Carl Moss` ` was the first witness.`):
# an article and up to five lower-case words, none a relative pronoun (not `was the man who shot the sheriff`).
_NAME_WAS_DESCRIPTION = regex.compile(
    r"\s+(?:" + "|".join(sorted(NAMING_COPULAS)) + r")\s+((?:the|an?)(?:\s+(?!(?:" + "|".join(sorted(RELATIVE_PRONOUNS))
    + r")\b)\p{Ll}[\p{Ll}'’-]*){1,5})(?=\s*[,.;!?])")
# A copula and a full name closing its clause after a description (`The first witness` ` was Carl Moss.`).
_NAMED_BY_COPULA = regex.compile(r"\s+(?:" + "|".join(sorted(NAMING_COPULAS)) + r")\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+)"
                                 r"{1,3}\p{Lu}[\p{L}\p{M}'’-]*)(?=\s*[,.;]|\s*\Z)")
_COORDINATOR = regex.compile(r"\b(?:and|or)\b")
# One to three capitalised words on the line right before a surname, no period in them (`Ann ` before `Hale`): its
# given names, from the first of them (`For Ann `: `Ann`); `_GIVEN_BEFORE_CHARS` the most characters they take.
_GIVEN_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’.-])(?:\p{Lu}[\p{L}\p{M}'’-]*\h+){1,3}\Z")
_GIVEN_BEFORE_CHARS = 60
_PAIRED_GIVEN_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{L}\p{M}'’-]*)\h+and\h+\Z")  # `Tom and ` of `Tom and Ann Hale`
# A participle of signing or writing and `by` before a name, a title or honorific opening it at most (`a letter
# signed by Ms Ann Lee`): the name, group 1.
_SIGNED_BY = regex.compile(r"\b(?:" + "|".join(sorted(SIGNING_FORMS)) + r")\s+by\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,4}"
                           r"\p{Lu}[\p{L}\p{M}'’-]+)")
# An age set off right after a name (`Liam Walsh, 34,`) or before it (`19-year-old Jamie Fox`).
# A generation's suffix after a surname (`Jr.`, `Sr.`, `III`): a word of the name.
_HEADLINE_WORDS = 14  # the most words of a first line read as a headline
_NEXT_WORD = regex.compile(r"\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b")  # `Verizon said`, `Acme later said`
_AGE_WORD = regex.compile(r"\d{1,3}-year-old")
_PARAGRAPH_BREAK = regex.compile(r"\n\s*")
# `his brother`, `her eldest daughter`, `his younger half-brother`: an owner's pronoun, up to two lower-case words,
# then a noun for kin (lexicon FAMILY_NOUNS): group 1 the owner's pronoun, group 2 the kin noun.
_KIN = (r"(?i:(his|her))\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?("
        + "|".join(sorted(FAMILY_NOUNS | TIE_NOUNS, key=len, reverse=True)) + r")")
_KIN_DESCRIPTION = regex.compile(_KIN + r"\b")
# The same kin description set off right before a name (`Her daughter, ` before `Lisa`).
_KIN_SET_OFF = regex.compile(r"\b" + _KIN + r",\s+\Z")
_KIN_BEFORE_NAME = regex.compile(_KIN + r",\s+")  # the same opening a joined member (`and his wife, Ann Hale`)
_JOINED_BEFORE = regex.compile(r"\band\s+\Z")  # `and ` before a joined member (`and his wife, Ann Hale`)
_JOINED_CHARS = 5
# Kin set off right before a name with an owner's pronoun or name (`His son, `, `Vale's wife, ` before `Mary Vale`):
# one named for another's sake.
_KIN_OWNED_SET_OFF = regex.compile(r"(?:\b(?i:his|her)|\p{Lu}[\p{L}\p{M}-]*['’]s)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:"
                                   + "|".join(sorted(FAMILY_NOUNS, key=len, reverse=True)) + r"),?\s+\Z")
_KIN_SET_OFF_CHARS = 60  # the most characters such a description takes (`his younger half-brother, `)
_NAME_SUFFIX = regex.compile(r",?\s(?:Jr\.|Sr\.|II\b|III\b|IV\b)")
_AGE_AFTER = regex.compile(r",\s+(\d{1,3}),")
_AGE_BEFORE = regex.compile(r"\b(\d{1,3})-year-old\s+\Z")
# One capitalised word right before a name (`Jo ` before `Hart`): all a headline's capitals may add to it.
# One or two capitalised given names after a surname, the end of the name (`Lee Hsien Loong`, `Lam Sai-hung`,
# `Tan Wei Ming`: the surname first, as Chinese, Korean and Vietnamese names put it), more capitals never after them.
_GIVEN_NAMES_AFTER = regex.compile(r"(?:\h+\p{Lu}\p{Ll}+(?:-\p{Ll}+)?){1,2}(?![\p{L}\p{M}'’-]|\h+\p{Lu}|\h*\()")
# The one or two capitalised names after a given name (` Lee` of `Ann Lee`, ` Marie Lee`, ` O'Neill`), no more
# capitals after them: with it, a person's full name, which a profile later shortens to the given name
# (`_full_name_opened`).
_SURNAMES_AFTER = r"(?:\h+\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}){1,2}(?![\p{L}\p{M}'’-]|\h+\p{Lu})"
_ONE_NAME_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*\s+\Z")
# `bin Ibrahim` after `Anwar`: a word for `son of` or `daughter of` and the father's name, which the name runs on to.
_PATRONYM_AFTER = regex.compile(r"(?:\h+(?:" + "|".join(sorted(PATRONYMIC_PARTICLES)) + r")\h+\p{Lu}[\p{L}\p{M}'’-]*(?![\p{L}\p{M}]))+"
                                 r"(?:\h+(?i:" + "|".join(sorted(ARABIC_ARTICLES)) + r")\h+\p{Lu}[\p{L}\p{M}'’-]*(?![\p{L}\p{M}]))?")
# The capitalised words of a name after a style of address (`His Highness` ` the Amir Sheikh Tamim`, ` Sultan
# Ibrahim`), `the` before one of them at most.
_STYLED_NAME_AFTER = regex.compile(r"(?:\h+(?:the\h+)?\p{Lu}[\p{L}\p{M}'’-]*(?![\p{L}\p{M}'’-]))+")
# `Sheikh Mohammed bin Rashid`: a name and the father's name after a word for `son of`, a short form of a name
# that a family name the Arabic article opens may end (`... bin Rashid Al Maktoum`).
_PATRONYMIC_NAME = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'’-]*\h+){1,3}(?:(?:" + "|".join(sorted(PATRONYMIC_PARTICLES))
                                 + r")\h+\p{Lu}[\p{L}\p{M}'’-]*(?:\h+|\Z))+")
# ` da Silva` after `Luiz Inácio Lula`, ` de Kirchner` after `Cristina Fernández`: lower-case surname particles
# (`SURNAME_PARTICLES`, one or two) and the capitalised surname they open, which the name runs on to.
_PARTICLE_SURNAME_AFTER = regex.compile(r"(?:\h+(?:" + "|".join(sorted(SURNAME_PARTICLES, key=len, reverse=True))
                                        + r")){1,2}\h+\p{Lu}[\p{L}\p{M}'’-]*(?![\p{L}\p{M}'’-])")
_PARTICLED_NAME_WORDS = 4  # the most words a surname with particles in it takes (`Fernández de la Vega`)
_FAMILY_AFTER = regex.compile(r"\h+(?i:" + "|".join(sorted(ARABIC_ARTICLES)) + r")\h+\p{Lu}[\p{L}\p{M}'’-]*(?![\p{L}\p{M}])")
# `of Leeds` after `Lord Smith`: the place a peer's title names, the last word of the name.
_PEERAGE_PLACE_AFTER = regex.compile(r"\h+of\h+\p{Lu}[\p{L}\p{M}'’-]*(?![\p{L}\p{M}'’-]|\h+\p{Lu})")
# `al-Baghdadi`: the Arabic article in lower case joined by a hyphen to a capitalised surname.
_ARTICLE_SURNAME = regex.compile(r"(?:" + "|".join(sorted(ARABIC_ARTICLES)) + r")-\p{Lu}[\p{L}\p{M}'’-]*")


# An honorific opening a mention (`Mrs`, `Mr.`: group 1, checked against HONORIFICS) and the space after it.
_HONORIFIC = regex.compile(r"(\p{Lu}\p{Ll}{1,7})\.?\s+(?=\p{Lu}|(?:" + "|".join(sorted(SURNAME_PARTICLES))
                           + r")\s+\S)")  # `Mrs`, `Alhaji`, `Shrimati`; `Mr van der Merwe`


# Two or three capitalised words in a row (`Jane Soto`, `Mary Ann Lee`), the name a transcript's initials stand for.
_INITIALLED = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}'’-]+(?:\h+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2}(?![\p{L}\p{M}])")


# A mention of initials in capitals, `the` or none before them (`the DA`, `MOH`), a lower-case letter for a
# small word between two capitals too (`the MoD`, `DfE`: `of`, `for`): the initials, group 1.
_INITIALS_MENTION = regex.compile(r"(?:[Tt]he\s+)?(\p{Lu}(?:\p{Ll}?\p{Lu}){1,6})")
# Initials (`{initials}`) introduced after a name: in brackets (`Department of Agriculture (DA)`), or set off by a
# comma after `or` (`The World Health Organization, or WHO,`) or after `known as`, `known by his initials`
# (`Andres Lopez Obrador, popularly known as AMLO,`), an adverb before `known` or not, `the` after `or` or `as` or
# not (`The National Health Service, known as the NHS,`).
_INTRODUCING_INITIALS = (r"\(\s*{initials}\s*\)|,\s+(?:(?:or|(?:\p{{Ll}}+ly\s+)?known\s+as)(?:\s+the)?"
                         r"|(?:\p{{Ll}}+ly\s+)?known\s+by\s+(?:his|her|its|their)\s+initials)\s+{initials}"
                         r"(?![\p{{L}}\p{{M}}'’-])")
# A name of two or three capitalised words right after a bracket (`Superintendent of Police (SSP) Rakesh Kumar`),
# no capitalised word after it: the holder of an office the bracket's initials stand for (group 1).
_HOLDER_AFTER_BRACKET = regex.compile(r"\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}\p{M}'’-])"
                                      r"(?!\s+\p{Lu})")
# A chain of capitalised words, `of`, `for`, `and` or `the` between, right before a bracket (`Department of
# Agriculture (DA)`): the chain, group 1.
_CHAIN_BEFORE_BRACKET = regex.compile(r"(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{L}\p{M}'’&-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*"
                                      r"\p{Lu}[\p{L}\p{M}'’&-]*)*)\s*\Z")
# A title and a surname (`Senator Hart`, `Sen. Hart`, `Mayor Vale`; a rank of up to three words, `Assistant
# Commissioner Hart`, `Det Insp Vale`): the title, group 1, the surname, group 2.
_TITLED_SURNAME = regex.compile(r"((?:\p{Lu}\p{Ll}+\.?\s+){0,2}\p{Lu}\p{Ll}+\.?)\s+(\p{Lu}[\p{L}\p{M}'’-]*)")
# A transcript's label in capitals that a title or an honorific opens (`MS. ORTIZ`, `SEN. MARIA LOPEZ`,
# `PRESIDENT BIDEN`): the title, group 1, the name, group 2 (one to three words).
_CAPS_TITLED = regex.compile(r"(\p{Lu}+\.?)\s+(\p{Lu}[\p{Lu}\p{M}'’-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’-]*){0,2})")


def _title_of(word: str) -> str | None:
    """The title a word is (`Sen.` and `Senator`: `senator`; `Mayor`: `mayor`), an office or rank one person
    holds before a name (`ROLE_WORDS` that `ORGANISATION_WORDS` leave), else None (`Former`, `House`)."""
    w = word.lower().rstrip(".")
    w = TITLE_ABBREVIATIONS.get(w, w)
    return w if w in ROLE_WORDS and w not in TITLE_MODIFIERS else None


def _titled_given_name(form: str) -> bool:
    """Whether the last word of a name's earlier form comes right after a title or an honorific (`Education
    Minister Fadhlina`, `Sheikh Tamim`): a name is written title, given name, then the rest, so a word there
    with more name words after it in the text is the given name, and a later mention of it alone names the
    whole (`Fadhlina said` after `Education Minister Fadhlina Sidek`).

    >>> _titled_given_name("Education Minister Fadhlina"), _titled_given_name("Donald Trump")
    (True, False)
    """
    words = form.split()
    return len(words) > 1 and (_title_of(words[-2]) is not None or words[-2].rstrip(".").lower() in HONORIFICS)


def _malay_titled(phrase: str) -> bool:
    """Whether a mention is Malaysian titles and one name after them (`Tan Sri Lee`, `Datuk Seri Anwar`): each
    word before the last one of MALAY_TITLES, or one of MALAY_TITLE_OPENERS before such a word.

    >>> _malay_titled("Tan Sri Lee"), _malay_titled("Datuk Seri Anwar"), _malay_titled("Tan Lee")
    (True, True, False)
    """
    words = [w.lower() for w in phrase.split()]
    return len(words) > 1 and all(w in MALAY_TITLES or (w in MALAY_TITLE_OPENERS and k + 1 < len(words) - 1
                                                        and words[k + 1] in MALAY_TITLES)
                                  for k, w in enumerate(words[:-1]))


def _parent_of_count(words: Sequence[str]) -> bool:
    """`the father of three`, `the mother of 2`: `the`, a parent's noun (`PARENT_NOUNS`) and `of` a count of
    children (`CHILD_COUNTS` or digits): a description of one person that tells only the person's gender.

    >>> _parent_of_count(["the", "father", "of", "three"]), _parent_of_count(["the", "father", "of", "the", "bride"])
    (True, False)
    """
    return len(words) == _PARENT_OF_COUNT_WORDS and words[0].lower() == "the" and words[1].lower() in PARENT_NOUNS \
        and words[2] == "of" and (words[3] in CHILD_COUNTS or words[3].isdigit())


_PARENT_OF_COUNT_WORDS = 4  # `the father of three`


# An office as a record's label names it, then its holder's full name in brackets (`The Prime Minister (Rishi
# Sunak)`, `Mr Speaker (Lindsay Hoyle)`): two to four capitalised words, no seat or party (`(Lab)`).
_OFFICE_HOLDER = regex.compile(r"([^()\n]+?)\h*\((\p{Lu}[\p{L}\p{M}'’.-]*(?:\h+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})\)")

# An office written out with its preposition (lexicon SPELT_OUT_OFFICES: `Minister of Foreign Affairs`), not one
# of a department's that `for` names after it (`Secretary of State for Health`).
_SPELT_OUT_OFFICE = regex.compile(r"(?<![\p{L}\p{M}])(" + "|".join(regex.escape(o) for o in SPELT_OUT_OFFICES)
                                  + r")(?![\p{L}\p{M}])", flags=regex.IGNORECASE)


def _spelt_out_offices(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """The short offices (`foreign minister`) of the offices written out in `text[start:end]`
    (`_SPELT_OUT_OFFICE`; no `for` after it in the whole text), whose general nouns (ROLE_GENERALS: `the diplomat`)
    name their holder too; not after a word in title case that is no article or word of tenure (`Ohio Secretary of
    State`: a state's officer, who runs its elections; `US`, `The`, `Former Secretary of State` are the nation's).

    >>> _spelt_out_offices("Minister of Foreign Affairs Ann Lee"), _spelt_out_offices("Ohio Secretary of State Jo "
    ...     "Hart"), _spelt_out_offices("Secretary of State for Health", 0, 18)
    ({'foreign minister'}, set(), set())
    """
    found = set()
    for x in _SPELT_OUT_OFFICE.finditer(text, start, len(text) if end is None else end):
        before = text[start:x.start()].split()[-1:] or [""]
        if not (before[0][:1].isupper() and before[0][1:].islower()
                and before[0].lower() not in _ARTICLES | TENURE_MODIFIERS) and not _FOR_AFTER.match(text, x.end()):
            found.add(SPELT_OUT_OFFICES[x.group(1).lower()])
    return found


_FOR_AFTER = regex.compile(r"\h+for\b")  # `Secretary of State for Health`: a department's office
# ... and one set off by a comma right after its holder's name with no article (`Ann Lee, Minister of Foreign
# Affairs,`), in title case as a title is: the office, to the aside's end (`_spelt_out_offices` reads it).
_SET_OFF_SPELT_OFFICE = regex.compile(r",\h+(\p{Lu}[^,;:.!?\n]{1,80}?)(?=[,;:.!?\n])")

# ... and that holder's name in brackets alone, to read the office before it from the words (`_office_holder`).
_OFFICE_REACH = 80  # the most characters an office's words take before its holder's bracket (`Madam Deputy Speaker`)
_BRACKETED_HOLDER = regex.compile(r"(?<=\h)\((\p{Lu}[\p{L}\p{M}'’.-]*(?:\h+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})\)")


def _name_words(phrase: str) -> str | None:
    """`phrase` when it is one or two capitalised words (`Hughes`, `Van Dyke`), or a surname that lower-case
    particles open (`van der Merwe`, `du Plessis`: `SURNAME_PARTICLES`; `bin Salman`: `PATRONYMIC_PARTICLES`), or
    one the Arabic article joins (`al-Baghdadi`), else None."""
    if regex.fullmatch(r"\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?", phrase) or _ARTICLE_SURNAME.fullmatch(phrase):
        return phrase  # `al-Baghdadi` too: the article joined to the surname
    words = phrase.split()
    if 1 < len(words) <= 3 and all(w in SURNAME_PARTICLES | PATRONYMIC_PARTICLES for w in words[:-1]) \
            and regex.fullmatch(r"\p{Lu}[\p{L}\p{M}'’-]*", words[-1]):
        return phrase
    # `Fernández de Kirchner`, `Lula da Silva`, `Von der Leyen` opening a sentence: one or two capitalised names
    # that lower-case particles join, or that a particle opens, capitalised as a sentence's first word
    names = [w for w in words if w.lower() not in SURNAME_PARTICLES]
    return phrase if 1 < len(words) <= _PARTICLED_NAME_WORDS and 1 <= len(names) <= 2 and words[-1] == names[-1] \
        and all(w in SURNAME_PARTICLES or w is words[0] and w.lower() in SURNAME_PARTICLES
                or regex.fullmatch(r"\p{Lu}[\p{L}\p{M}'’-]*", w) for w in words) \
        and any(w.lower() in SURNAME_PARTICLES for w in words) else None


def _sentence_start(text: str, start: int, end: int) -> int:
    """Where the last sentence of text[start:end] begins: a capitalised chain never runs back over
    a sentence end or a paragraph break (`... Newspaper. Donald Trump` gives `Donald Trump`), while
    abbreviations keep it whole (`U.S. Sen. Ted Cruz`).  Sentence ends are segment's to decide, in `text` as
    the rules read it (`quotes.segment.reading_text`: its marks already turned, never turned again in a piece).

    >>> _sentence_start("Herald Newspaper. Donald Trump", 0, 30)
    18
    >>> _sentence_start("U.S. Sen. Ted Cruz", 0, 18)
    0
    """
    piece = text[start:end]
    if "." not in piece and "\n" not in piece:
        return start
    return start + split_read_sentences(piece)[-1].start


_LEADING_WORD = regex.compile(r"([\p{L}\p{M}'’]+)\s+")
# `I`, alone or with its verb's clitic (`I'm`, `I've`): capitalised, but no word of a name after it.
_FIRST_PERSON = regex.compile(r"I(?:['’](?:m|ve|d|ll))?")
# A capitalised word opening a chain (`Former Trump`, `Acting Police Commissioner Tom Vale`).
_CAPITAL_THEN = regex.compile(r"(\p{Lu}\p{Ll}+)\s+(?=\p{Lu})")


def _past_tenure(text: str, begin: int, end: int) -> int:
    """Where the capitalised chain text[begin:end] begins as a name: past a word for when one holds a post
    (`TENURE_MODIFIERS`) opening it when no word of the chain is a title, where that word modifies a post after
    the chain (`Former Trump campaign manager`: `Trump`, not `Former Trump`; `Acting Police Commissioner Tom
    Vale` keeps it).

    >>> text = "Former Trump campaign manager"
    >>> text[_past_tenure(text, 0, 12):]
    'Trump campaign manager'
    """
    m = _CAPITAL_THEN.match(text, begin, end)
    if m is None or m.group(1).lower() not in TENURE_MODIFIERS:
        return begin
    words = [w.lower().rstrip(".") for w in text[m.end():end].split()]
    if any(w in ROLE_WORDS or w in TITLE_ABBREVIATIONS or w in HONORIFICS for w in words):
        return begin
    return m.end()


_PLURAL_OPENING = regex.compile(r"(\p{Lu}\p{Ll}+(?<![sui])s)\.?\s+(?=\p{Lu})")  # `Senators ` or `Sens. ` before a
# capital (not `Press ` of `Press Secretary`, whose `Pres` is no plural)


def _past_plural_title(text: str, begin: int, end: int) -> int:
    """Where the capitalised chain text[begin:end] begins as one person's name: past a title in the plural
    opening it (`Senators Ann Ruiz and Tom Lee`, `Sens. Ann Ruiz and ...`: a title the pair shares, no one's own
    name, as `Ruiz` alone later is `Ann Ruiz`).

    >>> text = "Senators Ann Ruiz"
    >>> text[_past_plural_title(text, 0, len(text)):]
    'Ann Ruiz'
    """
    m = _PLURAL_OPENING.match(text, begin, end)
    return m.end() if m is not None and _singular(m.group(1).lower()) in ROLE_WORDS else begin


# An owner's word in a capitalised chain (`WXYZ's ` before `Tom Vale`): the name runs from past it.
_OWNER_IN_CHAIN = regex.compile(r"\S+['’]s\s+")


def _past_owner(text: str, begin: int, end: int) -> int:
    """Where the capitalised chain text[begin:end] begins as a name: past the last owner's word in it (`CNN's
    Jake Tapper`, `WXYZ's Tom Vale`: the outlet or body whose he is, no word of his name).

    >>> text = "CNN's Jake Tapper"
    >>> text[_past_owner(text, 0, 12):]
    'Jake Tapper'
    """
    last = None
    for last in _OWNER_IN_CHAIN.finditer(text, begin, end):
        pass
    return begin if last is None else last.end()


# A capitalised word and `of` opening a chain (`Shares of Acme`, `Employees of Northwind`, `Most of ...`).
_PART_OF = regex.compile(r"(\p{Lu}\p{Ll}+)\s+of\s+")


def _part_word(word: str) -> bool:
    """Whether a word opening its sentence before `of` and a name names a part or a group of what the name
    names, no word of it: a quantifier (`Most of`, `Some of`) or a plural in `-s` (`Shares of Acme`,
    `Employees of Northwind`), capitalised only as its sentence's first word (`Bank of America` is a name)."""
    low = word.lower()
    return low in QUANTIFIER_PRONOUNS or (low.endswith("s") and not low.endswith("ss") and len(low) > 3)


def _past_named_for(text: str, begin: int, at: int) -> int | None:
    """Where a person's name begins in the capitalised chain text[begin:at] that ends in a name at `at`:
    a body or a work named for or against someone holds that one's name after a preposition (`The
    Coalition Against Trump`, `Americans for Trump`, `Friends Of Ann Ruiz`), and the name a surname links
    to is only what follows the preposition: None where the name at `at` comes right after it (no
    wider form), else past it (`Ann Ruiz`); past one in lower case too where only given names follow it
    (`The Making of Donald Trump`), not where a title's words do (`Secretary of State John Kerry`), nor
    where a body's word and `of` name it for a place (`Bank of Leeds`: the whole chain).

    >>> text = "The Coalition Against Trump said"
    >>> _past_named_for(text, 0, 22) is None
    True
    >>> text = "The Coalition Against Donald Trump said"
    >>> text[_past_named_for(text, 0, 29):29]
    'Donald '
    >>> _past_named_for("Bank of Leeds said", 0, 8)
    0
    """
    words = list(regex.finditer(r"[\p{L}\p{M}.'’-]+", text, pos=begin, endpos=at))
    if words and words[-1].group().lower() in PREPOSITIONS:
        if words[-1].group() == "of" and len(words) > 1 and words[-2].group().lower() in ORGANISATION_WORDS:
            return begin  # `Bank of Leeds`, `University of Dayton`: a body named for its place, all its name
        return None
    for k in range(len(words) - 1, 0, -1):   # (the chain's first word may be a sentence's: `For Trump, ...`)
        w = words[k]
        if w.group().lower() in PREPOSITIONS and (w.group()[:1].isupper()   # (`A Life of Donald Trump`: given names after it)
                                                  or all(given_name(x.group()) is not None for x in words[k + 1:])):
            return words[k + 1].start() if k + 1 < len(words) else at
    return begin


# An adverb in `-ly` by its stem's ending (lexicon ADVERB_STEM_ENDINGS: `Certainly`, `Interestingly`, `Reportedly`,
# `Clearly`, `Publicly`): two letters at least before the ending, so that no given name (`Kelly`, `Carly`, `Beverly`,
# `Emily`) ends so.
_ADVERB_ENDING = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:" + "|".join(sorted(ADVERB_STEM_ENDINGS)) + r")ly")
_A_WORD = regex.compile(r"[\p{L}\p{M}'’]+")  # a word, no stop (`Gov` of `Gov.`)


def ly_adverb(word: str) -> bool:
    """Whether a capitalised word is an adverb in `-ly` by its stem's ending (`_ADVERB_ENDING`), no name.

    >>> [ly_adverb(w) for w in ("Reportedly", "Publicly", "Kelly", "Dzulkefly")]
    [True, True, False, False]
    """
    return _ADVERB_ENDING.fullmatch(word) is not None
# A preposition in lower case right after a word (`Wednesday for ...`, `Monday with ...`).
_PREPOSITION_AFTER = regex.compile(r"(?:" + "|".join(sorted(PREPOSITIONS, key=len, reverse=True)) + r")\s")


def _verb_form_before_name(text: str, word: regex.Match[str]) -> bool:
    """Whether `word`, a capitalised chain's first word (`_LEADING_WORD`), is no word of the name after it but an
    adverb or a verb capitalised as its sentence's first: an adverb in `-ly` (`_ADVERB_ENDING`: `Certainly Tom
    Vale has changed his tune`), or a verb's `-ing` form (no given name itself) before a given name, a title or
    an honorific (`Entrusting Ann Ruiz with the budget`, `Joining Gov. Jo Hart`), where a name would start;
    `Irving Kristol`, `Manning Marable` keep theirs: no given name or title follows.

    >>> [_verb_form_before_name(t, _LEADING_WORD.match(t)) for t in ("Certainly Tom Vale", "Kelly Ayotte",
    ...  "Entrusting Ann Ruiz", "Channing Tatum")]
    [True, False, True, False]
    """
    w = word.group(1)
    if _ADVERB_ENDING.fullmatch(w):
        return True
    if not (w[:1].isupper() and len(w) > _SHORTEST_ING and w.endswith("ing")) or given_name(w) is not None:
        return False
    nxt = _A_WORD.match(text, word.end())
    after = nxt.group() if nxt is not None else ""
    low = after.lower()
    return after[:1].isupper() and (given_name(after) is not None or low in ROLE_WORDS or low in HONORIFICS
                                     or low in TITLE_ABBREVIATIONS)


def _past_clause_openers(text: str, begin: int, limit: int) -> int:
    """Where a capitalised chain's name begins: past a word opening its clause, capitalised as its
    sentence's first word (`When Jane Roe`, `But Ed Hale`, `Because of Tom Vale`: `CLAUSE_OPENERS`), and
    the prepositions after it, up to `limit` at most; past a day of the week and the prepositions after it (`called
    Wednesday for Justice Ann Ruiz to resign`); past a first-person `I` (`I'm Frank Lee`), an adverb or a verb's
    `-ing` form (`_verb_form_before_name`: `Certainly Tom Vale`) or an article (`The Ruiz campaign`: a name
    modifying a noun, no word of the name) alone.

    >>> text = "When Sen. Jane Roe spoke"
    >>> text[_past_clause_openers(text, 0, 14):]
    'Sen. Jane Roe spoke'
    """
    m = _LEADING_WORD.match(text, begin)
    if m is not None and m.end() <= limit and _FIRST_PERSON.fullmatch(m.group(1)):
        return m.end()  # `I'm Frank Lee, and I approve this message`: the speaker's `I`, no word of the name
    if m is not None and m.end() <= limit and m.group(1).lower() in _ARTICLES:
        return m.end()  # `The Ruiz campaign said ...`: an article opens a noun phrase, never a person's name
    if m is not None and m.end() <= limit and _verb_form_before_name(text, m):
        return m.end()  # `Certainly Tom Vale`, `Entrusting Ann Ruiz with ...`: an adverb or a verb, no word of it
    weekday = m is not None and m.group(1).lower() in WEEKDAYS and _PREPOSITION_AFTER.match(text, m.end()) is not None
    if m is None or not (m.group(1).lower() in CLAUSE_OPENERS or weekday) or m.end() > limit:
        return begin
    at = m.end()  # (`called Wednesday for Justice Ann Ruiz to resign`: a day, then a preposition: no word of it)
    while (m := _LEADING_WORD.match(text, at)) is not None and m.group(1) in PREPOSITIONS and m.end() <= limit:
        at = m.end()
    return at


# A capitalised name opening a sentence and followed by a lower-case word, or by an age set off by commas
# first (`Keita, 29, has scored ...`): a likely subject.
_OPENING_NAME = regex.compile(
    r"(?:(?:" + "|".join(SHORT_HONORIFICS + SHORT_OFFICE_TITLES) + r")\.\s+)?((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+(?:of\s+)?){0,5}\p{Lu}[\p{L}\p{M}'’-]+"
    r"(?:(?<=\s(?:Inc|Corp|Co|Ltd|Bros))\.)?)"  # (`Acme Inc. cut jobs`: a company's abbreviation ends its name)
    r"(?=(?:,\s+\d{1,3},)?,?\s+\p{Ll}|,\s+(?=\p{Lu})(?i:" + "|".join(regex.escape(o) for o in SPELT_OUT_OFFICES)
    + r")(?![\p{L}\p{M}]))")  # (`Ann Lee, Minister of Foreign Affairs, arrived`: an office set off after it)
# `The` opening a sentence before a style of address it belongs to (lexicon ARTICLE_STYLES: `The Rev. Tom Ellis`).
_THE_STYLE = regex.compile(r"The\s+(?=(?i:" + "|".join(sorted(regex.escape(w) for w in ARTICLE_STYLES if not w.endswith(".")))
                           + r")\b)")
_NOT_NAMES = frozenset(PRONOUNS) | frozenset({
    "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "with", "by", "from", "as",
    "this", "that", "these", "those", "there", "here", "when", "while", "after", "before", "if", "although",
    "some", "many", "most", "all", "no", "one", "it's", "what", "why", "how", "who", "still", "also", "now",
    "then", "however", "meanwhile", "asked", "according", "like", "his", "her", "their", "its", "our", "my",
    "it’s", "that’s", "there’s", "here’s", "what’s", "moreover", "another", "other", "each", "every", "both",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty", "hundreds", "thousands", "millions", "several",
    "despite", "whether", "to", "just", "much", "very", "can", "he's", "he’s", "she's", "she’s", "there's",
    "only", "even", "yet", "since", "because", "though", "unless", "until", "once", "instead", "perhaps",
    "maybe", "please", "known", "given", "told", "divided", "united", "together", "again",
}) | COMPARATIVE_QUANTIFIERS  # (`More on the deal: "..."`: a rubric, no name)


# After a capitalised word, a role word in lower case, up to two nouns before it, and a name (`Assistant manager
# Sue Kelly`, `Former Trump campaign manager Corey Lewandowski`).
_ROLE_THEN_NAME = regex.compile(r"\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}+)\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)(?=,?\s+\p{Ll})")
# Before a name, a capitalised word and a title's noun in lower case (`Fire chief `, `Assistant manager `): group
# 1 the word, group 2 the noun.
_LOWER_TITLE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}+)\s+(\p{Ll}[\p{Ll}-]*)\s+\Z")
# `and` and more capitalised words after the opening ones, which with them qualify one title (`Former
# Liverpool and England striker Tom Vale`, `Labour and Co-operative MP ...`): the second qualifier.
_JOINED_QUALIFIER = regex.compile(r"\s+and\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]*")


# A description, then a name set off by commas: the name is who the description is. English sets a name off after
# two kinds of description, one pattern each; group `name` the name, up to the comma that closes it.
_CAPITALISED = r"\p{Lu}[\p{L}\p{M}'’-]*"          # a word with a capital (`Treasurer`, `O'Neill`)
_CAPITALISED_DOTTED = r"\p{Lu}[\p{L}\p{M}.'’-]*"  # one that may hold a period (`Sgt.`, `J.`)
_NAME_END = r"\p{Lu}[\p{L}\p{M}'’-]+"              # a name's last word: two letters at least, no period
_LOWER = r"\p{Ll}[\p{L}\p{M}'’-]*"                  # a word in lower case
_CLASS_ARTICLE = "the"  # `Her brother, the painter Tom Hale,`: the class a name set off is known by
_NICKNAME = r"[\"“]\p{Lu}[^\"“”\n]{0,30}[\"”]"        # a nickname in quotation marks in a name (`Nia "Big Nia" Oduya`)
# An owner: a word and `'s`, after a name of up to three capitalised words (an `of` after each at most) and `the`
# at most (`Ms Bell's`, `The state's`, `The Reserve Bank of Australia's`, `New York's`).
_OWNED_BY = r"(?:The\s+)?(?:" + _CAPITALISED_DOTTED + r"\s+(?:of\s+)?){0,3}[\p{L}\p{M}-]+['’]s"

# 1. A description whose noun is in lower case (`_described_reading`): a determiner or an owner, up to three
# qualifiers (one may be capitalised: `His City counterpart`), the noun, and after it the phrase of its office or
# place at most (lexicon DESCRIPTION_PREPOSITIONS: `of`, `for`, `with`, `at`, `in`, `on`, `from`; and up to six
# words), then the name, a title in lower case before it at most, an age set off after it at most: `Her
# neighbour, Sam Okafor, ran outside`, `The city's lawyer, Ann
# Ruiz,`, `Her neighbour, retired teacher Bill Carr, agreed`, `The head of the rescue team, Sam Okoro,`, `One
# passenger, Mark Lee,`, `Another resident, Paul Becker,`, `Ms Bell's husband, Peter,`, `The victim's mother,
# Sarah Jones, 41,`, `A spokesman for the Denver Police Department, Sgt. Tom Lane,`, `The spokesman for the 3rd
# Infantry Brigade, Capt. Leo Park,` (a numbered unit), `His producer, Nia "Big Nia" Oduya,` (a nickname in the
# name); a relative clause on the noun, in lower-case words, may close the description (`A neighbour who lives
# across the street, Carlos Vega,`), and so may a present participle's phrase on it (`The senator representing
# Kogi West, Dino Melaye,`). Groups: `noun`, `preposition`, `participle`, `relative`, `name`.
# A father's name after `bin`, `ibn` (lexicon PATRONYMIC_PARTICLES) and the family's after it, that a name set off
# runs on to (`Qatar's emir, Sheikh Tamim bin Hamad Al Thani,`).
_PATRONYM_TAIL = r"(?:\s+(?:" + "|".join(sorted(PATRONYMIC_PARTICLES)) + r")\s+(?:" + _CAPITALISED + r"\s+){0,3}" + _NAME_END + r")*"
_DESCRIPTION_THEN_NAME = regex.compile(
    r"(?:The|An?|Another|One|His|Her|Their|Its|Our|My|" + _OWNED_BY + r")\s+"
    r"(?:[\p{Ll}\p{Lu}][\p{L}\p{M}'’-]*\s+){0,3}(?P<noun>" + _LOWER + r")"
    r"(?:\s+(?P<preposition>" + "|".join(sorted(DESCRIPTION_PREPOSITIONS)) + r")\s+"
    r"(?:[\p{L}\p{M}\p{N}'’.&-]+\s+){0,5}[\p{L}\p{M}'’.-]+)?"
    r"(?:\s+(?P<participle>\p{Ll}{2,}ing)\s+(?:[\p{L}\p{M}\p{N}'’.&-]+\s+){0,5}[\p{L}\p{M}'’.-]+)?"
    r"(?:\s+(?P<relative>who)\s+(?:[\p{Ll}\p{N}'’-]+\s+){0,5}[\p{Ll}\p{N}'’-]+)?"
    r",\s+(?P<name>(?:the\s+)?(?:" + _LOWER + r"\s+){0,2}(?:" + _CAPITALISED_DOTTED + r"\s+){0,4}(?:" + _NICKNAME + r"\s+)?"
    + _NAME_END + _PATRONYM_TAIL + r")(?:,\s+\d{1,3})?,\s")

# 1b. An owner's pronoun and a noun of kin right before the name it takes, with no comma between, then the
# clause's verb in lower case (`Her son Diego leans ...`, `His wife Maria runs ...`: lexicon FAMILY_NOUNS, KIN_NOUNS)
_KIN_THEN_NAME = regex.compile(
    r"(?:His|Her|Their|Our|My)\s+(?P<noun>" + "|".join(sorted(FAMILY_NOUNS | KIN_NOUNS)) + r")\s+"
    r"(?P<name>(?:" + _CAPITALISED_DOTTED + r"\s+){0,2}" + _NAME_END + r")(?=\s+\p{Ll})")

# 2. An office capitalised as Commonwealth papers print it (`_office_reading`): `the` or an owner before it at
# most, up to three capitalised words, its portfolio or place after `for` or `of` at most, then the name, `the`
# and a style of address before it at most: `The Treasurer, Tom Vale,`, `The Opposition Leader, Jo Hart`, `The
# Minister for Regional Development, Ann Ruiz`, `The state's Chief Health Officer, Dr Jo Vale`, `Labor MP for
# Bass, Ann Ruiz`, `The Bishop of Leeds, the Rt Rev Nick Baines,`, `The Chief Rabbi, Sir Ephraim Cole,`. Groups:
# `owner` (the article or the owner), `office`, `portfolio`, `style` (`the` before the name), `name`.
_OFFICE_THEN_NAME = regex.compile(
    r"(?:(?P<owner>" + _OWNED_BY + r"|The)\s+)?(?P<office>(?:" + _CAPITALISED + r"\s+){0,2}" + _CAPITALISED + r")"
    r"(?P<portfolio>\s+(?:for|of)\s+(?:the\s+)?(?:(?:" + _CAPITALISED_DOTTED + r"|and|for|of)\s+){0,5}" + _CAPITALISED_DOTTED + r")?"
    r",\s+(?P<style>the\s+)?(?P<name>(?:" + _CAPITALISED_DOTTED + r"\s+){1,4}" + _NAME_END + r"),\s")
# The most words a name set off after an office has with no title opening it (`Helen Jane Marsh`).
_MOST_PLAIN_NAME_WORDS = 4


def _placed_name(before: str, name: str) -> bool:
    """Whether `name`, set off by commas after the description `before` (to its comma), is a place's state or
    region, not a person's name: the description's phrase after `of` or `for` ends in a capitalised word (a
    place's or a body's name) and the name is one word (`The mayor of Portland, Oregon,`; a person's set off
    there has two: `The governor of Lagos, Babajide Ade,`) or opens as a place's does (`PLACE_NAME_OPENERS`:
    `The mayor of Trenton, New Jersey,`, `A spokesman for Springfield, North Carolina,`)."""
    words = before.rstrip(", ").split()
    phrase = words[max((i for i, w in enumerate(words) if w in ("of", "for")), default=len(words)) + 1:]
    if not phrase or not phrase[-1][:1].isupper():
        return False
    parts = name.split()
    return len(parts) == 1 or parts[0].lower() in PLACE_NAME_OPENERS


def _name_opening(word: str) -> bool:
    """Whether a word (any case, a period after it or not) may open a person's name set off after a description
    or an office: a title, an honorific, a style of address or a given name (`Sgt. Tom Lane`, `Sir Ephraim Cole`,
    `Rt Rev Nick Baines`, `Ann Carr`); not a place's (`The Mayor of Springfield, New Jersey,`)."""
    low = word.rstrip(".").lower()
    return low in TITLES or low in ROLE_WORDS or given_name(low) is not None or low in HONORIFICS or low in ADDRESS_STYLES


def _titled_name(phrase: str) -> bool:
    """Whether the name a description sets off (`_DESCRIPTION_THEN_NAME`'s `name`) is a name, after a title in lower
    case at most (`retired teacher Bill Carr`: the last lower-case word a noun for one person, none a verb but
    a word for when one held a post; not `who met Ann Lee`), `the` before the title too (`the painter Tom Hale`:
    the class the name is known by).

    >>> _titled_name("the painter Tom Hale"), _titled_name("the Tom Hale"), _titled_name("who met Ann Lee")
    (True, False, False)
    """
    lower = list(itertools.takewhile(lambda w: w[:1].islower(), phrase.split()))
    if len(lower) > 1 and lower[0] == _CLASS_ARTICLE:
        lower = lower[1:]  # `the painter Tom Hale`
    return not lower or ((lower[-1] in ROLE_WORDS or person_noun(lower[-1]))
                         and not any(_looks_like_verb(w) and w not in TENURE_MODIFIERS for w in lower)
                         and not any(w in _NOT_NAMES for w in lower))


def _described_reading(found: regex.Match[str]) -> bool:
    """Whether a `_DESCRIPTION_THEN_NAME` match sets off a person's name after the description: a name, a title
    in lower case before it at most (`_titled_name`), not a place's (`_placed_name`: `The mayor of Portland,
    Oregon,`); after a phrase of `for`, `with`, `at` or `in` the noun is one for a person (`_PERSON_HEADS`: not
    `The city in Ohio, ...`) and the name has two words, a title or a given name opening it, or what one speaks
    or acts for comes before it (`A spokeswoman for Acme, Carla Ruiz,`)."""
    name = found.group("name")
    if not _titled_name(name) or _placed_name(found.string[found.start():found.start("name")], name):
        return False
    if (found.group("relative") is not None or found.group("participle") is not None) \
            and found.group("noun") not in _PERSON_HEADS:
        return False  # `A neighbour who lives across the street, Carlos Vega,`: `who` is a person's; so is the
        # doer of `The senator representing Kogi West, Dino Melaye,` (not `The bill making cuts, ...`)
    if found.group("preposition") in (None, "of"):
        return True  # `Her neighbour, Sam Okafor,`, `The head of the rescue team, Sam Okoro,`
    words = name.split()
    return found.group("noun") in _PERSON_HEADS and len(words) > 1 and words[0][:1].isupper() \
        and (_name_opening(words[0]) or found.group("preposition") == "for")


def _office_reading(found: regex.Match[str]) -> bool:
    """Whether an `_OFFICE_THEN_NAME` match sets off a person's name after the office: after `the` or an owner, an
    office for a person (`person_noun`: `The Chief Rabbi, Sir Ephraim Cole,`, `The Mayor of Westby, Ann Carr,`,
    `The Reserve Bank of Australia's Governor, Michele Bullock,`) and a
    name a title, an honorific or a given name opens (`_name_opening`: not `The Mayor of Springfield, New
    Jersey,`), any name after an owner's office with no place (`The bank's Governor, Michele Bullock,`); after `the` or an owner, an office capitalised as the papers print it (`_capitalised_office`: `The
    Treasurer, Tom Vale`), a portfolio after it only before such a name (`The Minister for Regional Development,
    Ann Ruiz`), or an honorific or a title opening the name (`The state's Chief Health Officer, Dr Jo Vale`); with
    no article, an office whose title is its last word and such a name (`Labor MP for Bass, Ann Ruiz`)."""
    office, opening = found.group("office").split(), found.group("name").split()[0].rstrip(".").lower()
    named = _name_opening(opening)
    owned = found.group("owner") not in (None, "The") and found.group("portfolio") is None  # no place to set off
    if found.group("owner") and person_noun(office[-1]) and (named or owned):
        return True
    if found.group("owner"):
        return _capitalised_office(office) and (found.group("portfolio") is None or named) \
            or opening in HONORIFICS or _title_of(opening) is not None
    return _title_of(office[-1]) is not None and named


# After an office and a name set off (`The Treasurer, Helen Marsh,`), the clause's verb in lower case: the name
# is the subject's, not a list's (`The United States, South Korea, and Japan`).
_CLAUSE_GOES_ON = regex.compile(r"\s*(?!(?:and|or)\b)\p{Ll}")


def opening_name(text: str, start: int, end: int) -> Mention | None:
    """A name that opens the sentence text[start:end] (after a description it names: `Her neighbour, Sam
    Okafor, ran`; `The Treasurer, Helen Marsh, has`), as a singular mention, of the gender the description
    gives (`His wife, Mary,`)."""
    described = _DESCRIPTION_THEN_NAME.match(text, start, end)
    if described is None or not _described_reading(described):
        described = _OFFICE_THEN_NAME.match(text, start, end)
        if described is not None and (text.startswith(("and ", "or "), described.end()) or not (
                _office_reading(described) or described.group("owner") == "The" and _CLAUSE_GOES_ON.match(
                    text, described.end()) and described.group("portfolio") is None and described.group("style") is None
                and len(described.group("name").split()) <= _MOST_PLAIN_NAME_WORDS)):
            described = None  # any office before a plain name the clause's verb follows: `The Treasurer, Helen
            # Marsh, has begun ...`; not a list (`The United States, South Korea, and Japan`)
    if described is not None:
        gender = gender_of([w.strip(",") for w in described.group(0).split()])
        if gender is None and described.group("name").split()[-1].lower() in COMPANY_NAME_ENDINGS | ORGANISATION_WORDS:
            gender = "neut"  # `Her publisher, Harbor Books,`: a firm, never `she`
        return Mention(described.start("name"), described.end("name"), "sing", gender, False)
    kin = _KIN_THEN_NAME.match(text, start, end)
    if kin is not None:  # `Her son Diego leans in the doorway.`: the name the kin noun takes, no commas between
        gender = gender_of([kin.group("noun")])
        return Mention(kin.start("name"), kin.end("name"), "sing", gender, False)
    styled = _THE_STYLE.match(text, start, end)  # `The Rev. Tom Ellis led a vigil.`: `The` the style's, a name
    m = _OPENING_NAME.match(text, start if styled is None else styled.end(), end)
    if not m or m.group(1).split()[0].lower() in _NOT_NAMES:
        return None
    if " " not in m.group(1) and m.group(1).endswith("ing"):
        return None  # `Smiling broadly, ...`: a participle opening the sentence, not a name
    after = _LEADING_WORD.match(text, m.end() + (text[m.end():m.end() + 1].isspace()))
    if " " not in m.group(1) and m.group(1).endswith("ed") and after is not None and after.group(1) in PREPOSITIONS \
            and regex.search(r"[\p{Ll},]\s+" + regex.escape(m.group(1)) + r"\b", text) is None:
        return None  # `Dismayed by the vote, he ...`: a participle (capitalised only opening a sentence), no name
    finish = m.end()
    if (patronym := _PATRONYM_AFTER.match(text, finish, end)) is not None:
        finish = patronym.end()  # `Sheikh Tamim bin Hamad Al Thani, the Amir of Qatar, met`: the father's name and
        # the family's are the name's, not words after it
    titled = text[m.start():finish].split()[0].lower().rstrip(".") in (ROLE_WORDS - TITLE_MODIFIERS) | HONORIFICS.keys()
    role = _ROLE_THEN_NAME.match(text, finish, end)
    if role is not None and role.group(1).split()[-1] in ROLE_WORDS | _PERSON_HEADS \
            and not any(_looks_like_verb(w) or titled and w in _NOT_VERBS for w in role.group(1).split()[:-1]):
        finish = role.end()  # `Assistant manager Sue Kelly will ...`: a title in lower case runs on to the name
        # (`Former Trump campaign manager Corey Lewandowski`: nouns before it too; not `Obama named envoy Jo Hart`,
        # nor after a titled name, `Mayor Jo Hart and fire chief Tom Vale`: two people; `Popular Christian and
        # corporate speaker Lance Wallnau` is one)
    elif not titled and (joined := _JOINED_QUALIFIER.match(text, finish, end)) is not None \
            and (role := _ROLE_THEN_NAME.match(text, joined.end(), end)) is not None \
            and role.group(1).split()[-1] in ROLE_WORDS | _PERSON_HEADS \
            and not any(_looks_like_verb(w) for w in role.group(1).split()):
        finish = role.end()  # `Former Liverpool and England striker Tom Vale signed`: `and` joins two qualifiers
        # of one title before one name, one person (not `Ruiz and Lee met striker Tom Vale`, nor after a titled
        # name: `Mayor Jo Hart and Police chief Tom Vale met`, two people)
    return Mention(m.start(), finish, "sing", gender_of(text[m.start():finish].split()), False)


# Where a clause joined to its sentence's first may open, its subject first: after a comma or a semicolon and a
# conjunction (lexicon CLAUSE_JOINING_CONJUNCTIONS: `..., but Dent was not having it`, `; and Ruiz left`), or after
# a semicolon alone.
_COORDINATED_CLAUSE = regex.compile(r"[,;]\s+(?:" + "|".join(sorted(CLAUSE_JOINING_CONJUNCTIONS)) + r")\s+|;\s+")


def coordinated_names(text: str, start: int, end: int) -> list[Mention]:
    """Names opening a clause joined to the first of the sentence text[start:end] (`_COORDINATED_CLAUSE`), as
    `opening_name` reads one opening a sentence: each its clause's subject, someone the narration brings in
    (`The moderators moved on, but Dent was not having it. "...," he said.`: Dent); not one a comma follows, a
    list's last member with a description set off after it (`Ryan, the speaker, and McConnell, the leader, are`).

    >>> text = "The moderators moved on, but Dent was not having it."
    >>> [text[m.start:m.end] for m in coordinated_names(text, 0, len(text))]
    ['Dent']
    """
    return [found for joint in _COORDINATED_CLAUSE.finditer(text, start, end)
            if (found := opening_name(text, joint.end(), end)) is not None and not text.startswith(",", found.end)]


# Nouns that name one person, a head a description may end in (`the defendant's lawyer`, `her husband`,
# `her rival`): singular ones only, no title's qualifier (`the state`) nor a group (`the police`).
_PERSON_HEADS = frozenset(w for w in SPEAKER_NOUNS | (ROLE_WORDS - TITLE_MODIFIERS) | RELATION_NOUNS
                          | {w for w in GENDERED if w.isalpha() and w not in PRONOUNS and w not in HONORIFICS}
                          if not w.endswith("s") or w.endswith("ss")) - {"people", "police", "family"}
# ... and nouns for one body of people, that `it` stands for (`The union reacted with fury.`).
_BODY_HEADS = frozenset(w for w in ORGANISATION_WORDS | ORGANISATION_EPITHETS  # (`The lender cut ..., it said`)
                       if not w.endswith("s")) - _PERSON_HEADS - {"police"}
# The words that open a description, by number (`A lawyer`, `Both lawyers`), and the latest word its noun may be
# (the opener is word 0).
_DESCRIPTION_OPENERS = {"sing": frozenset({"The", "A", "An", "His", "Her", "Their", "Our", "My"}),
                        "plur": frozenset({"The", "Their", "His", "Her", "Its", "Our", "My", "Both"})}
_DESCRIPTION_HEAD_LAST = {"sing": 5, "plur": 4}
_OWNER = regex.compile(r"\p{Lu}[\p{L}\p{M}-]*['’]s")
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{L}\p{M}'’-]*|\d{1,3}-year-old")  # (`The 27-year-old striker`: an age too)
_NOT_VERBS = frozenset({"who", "whom", "whose", "which", "that", "and", "or", "but", "nor"})
_DESCRIPTION_CHARS = 120  # how far into its sentence a description opening it is read


def _singular(word: str) -> str:
    """The singular of a plural noun in `-s` (`companies`: `company`, `witnesses`: `witness`, `lenders`)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1]


def _description_head(word: str, number: str) -> bool:
    """Whether `word` is a description's noun for a person or a body of the number asked: singular, one of
    `_PERSON_HEADS` or `_BODY_HEADS` (`mayor`, `union`) or an age that names one (`The 45-year-old was charged`); plural, a plural in `-s` of one of those or of a noun
    for one who does something (`lawyers`, `companies`, `lenders`; not `boss`, `status`, `analysis`)."""
    if number == "sing":
        return word in _PERSON_HEADS or word in _BODY_HEADS or _AGE_WORD.fullmatch(word) is not None
    single = _singular(word)
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) \
        and (single in _PERSON_HEADS or single in _BODY_HEADS or _agent(single))


def opening_description(text: str, start: int, end: int, number: str = "sing", lowered: bool = False) -> Mention | None:
    """A description of people or bodies of the number asked, with no name, that opens the sentence
    text[start:end] as its subject: a determiner or an owner (`The`, `Her`, `Ruiz's`), lower-case words, and
    a noun for a person or a body (`_description_head`) right before a lower-case word that opens no phrase
    nor clause and is no other such noun (not `The head of the union`, `The man who ...`, `The union members
    ...`).  Singular (`number` "sing"): up to four words before the noun; the word after it followed by no
    auxiliary (not `A rival bidder was`, where the noun before the verb is the head, nor `The chief executive
    wept` read at `chief`), a relative clause set off allowed (`The former mayor, who ...`); a singular mention
    of the gender its own words give (`Her husband`: a man; `her` is the owner's), neuter for a body (`The
    union reacted with fury.`, for `it`), and no body with an owner (`Clinton's website is different.`).
    Plural (`number` "plur": `The companies expect sales to slow`, `Her lawyers filed an appeal`): up to three
    words before the noun, read only at the first such noun, and no verb's `-s` form after it (`The firm's
    owners says` is no English); a plural mention, for `they` tagging the clause it opens
    (`tagged-clause-subject`; a `they` further on may stand for what the sentence names after it: `While these
    gifts help, they do not ...`)."""
    plural = number == "plur"
    words = list(regex.finditer(r"\S+", text[start:min(end, start + _DESCRIPTION_CHARS)]))
    opener = words[0].group().capitalize() if lowered and words else words[0].group() if words else ""
    if len(words) < 3 or not (opener in _DESCRIPTION_OPENERS[number] or _OWNER.fullmatch(opener)):
        return None
    if not plural and (office := _opening_office(words)) is not None:
        return Mention(start, start + words[office].end(), "sing", None, False)  # `The Prime Minister visited`
    for k in range(1, min(_DESCRIPTION_HEAD_LAST[number] + 1, len(words) - 1)):
        word = words[k].group()
        after = words[k + 1].group().rstrip(".!?;:,") if plural else words[k + 1].group().rstrip(".!?;:")
        then = words[k + 2].group().lower() if k + 2 < len(words) else ""
        if not plural and word.endswith(",") and word[:-1] in _PERSON_HEADS \
                and (after == "who" or _described_after(text, start + words[k].end() - 1)):
            word = word[:-1]  # `The former mayor, who ..., welcomed it`, `The mayor, a Democrat, was`: set off
        elif not _LOWER_WORD.fullmatch(word) or word in AUXILIARIES or word in PREPOSITIONS:
            return None  # (`The head of the union`: whose head, the parse would have to say)
        elif not _description_head(word, number):
            continue
        elif (not _LOWER_WORD.fullmatch(after) or after in PREPOSITIONS or after in _NOT_VERBS
                or after in _PERSON_HEADS or after in _BODY_HEADS
                or (after.endswith("s") and after not in PLURAL_VERBS if plural else then in AUXILIARIES)) \
                and not _time_then_verb(text, start + words[k].end()):  # (`The agency on Tuesday ordered ...`)
            if plural:
                return None  # (`The lawyers for the family`, `The players who ...`, `The union members ...` read on)
            continue  # `A rival bidder was`, `The chief executive wept`: the noun before the verb is the head
        if plural:
            return Mention(start, start + words[k].end(), "plur", None, False)
        if word in _BODY_HEADS and _OWNER.fullmatch(words[0].group()):
            return None  # `Clinton's website is different.`: the owner is who matters (`opening_name`)
        own = [w.group().rstrip(",") for w in words[1:k + 1] if not w.group().endswith(POSSESSIVE_ENDINGS)]
        return Mention(start, start + words[k].start() + len(word), "sing",
                       "neut" if word in _BODY_HEADS else gender_of(own), False)
    return None


def _opening_office(words: Sequence[regex.Match[str]]) -> int | None:
    """`The Prime Minister visited the site.`, `The District Collector ordered ...`: `The` and an office capitalised
    as South Asian, British and Commonwealth papers print it (`_capitalised_office`: its words in
    CAPITALISED_OFFICE_WORDS, its last in CAPITALISED_OFFICES), then a lower-case word that opens no phrase of the
    office's own (`The Prime Minister of ...` reads on): its holder, the sentence's subject; the index of the
    office's last word, or None.

    >>> _opening_office(list(regex.finditer(r"\\S+", "The Chief Minister visited the dam.")))
    2
    >>> _opening_office(list(regex.finditer(r"\\S+", "The Senate voted on Monday."))) is None
    True
    """
    if not words or words[0].group() != "The":
        return None
    for k in range(1, min(len(words) - 1, _DESCRIPTION_HEAD_LAST["sing"] + 1)):
        after = words[k + 1].group()
        if _capitalised_office([w.group() for w in words[1:k + 1]]) and _LOWER_WORD.fullmatch(after) \
                and after not in PREPOSITIONS and after not in LIST_CONJUNCTIONS:
            return k
    return None


_OPENING_OWNER = regex.compile(r"(His|Her)\s+(?=\p{Ll})")


def opening_owner(text: str, start: int, end: int) -> Mention | None:
    """`His` or `Her` opening the sentence text[start:end] before a noun phrase (`Her rival was unimpressed.`,
    `His reply was short.`): the owner's pronoun, as a mention, that tells the gender of whom it stands for."""
    m = _OPENING_OWNER.match(text, start, end)
    return None if m is None else mention(text, m.start(1), m.end(1), None)


# A phrase opening its sentence and set off by a comma: a preposition's (`On a grey morning in May, `) or a
# participle's (`Asked about the vote, `), which the subject follows; a title in marks may stand in it, the
# comma inside its closing mark (`In Sunday's episode of "Harbor Lights," `).
_FRONTED_PHRASE = regex.compile(r"(\p{Lu}\p{Ll}+)(?:\s(?:[^,;:.!?\"“”\n]|\"[^\"\n,]{1,40}\"|“[^”\n,]{1,40}”){1,70}?)?"
                                r"(?:,\s+|\"[^\"\n,]{1,40},\"\s+|“[^”\n,]{1,40},”\s+)")


def fronted_name(text: str, start: int, end: int) -> Mention | None:
    """A name right after a phrase that opens the sentence text[start:end] and is set off by a comma, a
    preposition's or a participle's (`On a grey morning in May, Jo Hart stands ...`, `Asked about the vote,
    Carter smiled`), or such a word alone (`Inside, Judge Helen Ortiz read the verdict.`): the sentence's subject, as `opening_name` reads it there; not an owner (`In May, Ruiz's
    team won`) nor a name set off by a comma, a place's more often than not (`At a rally in Ames, Iowa, on`)."""
    m = _FRONTED_PHRASE.match(text, start, end)
    if m is None or not (m.group(1).lower() in PREPOSITIONS or m.group(1).endswith(("ed", "ing"))):
        return None
    found = opening_name(text, m.end(), end)
    if found is None or text[found.start:found.end].endswith(POSSESSIVE_ENDINGS) or text[found.end:found.end + 1] == ",":
        return None
    return found


_COORDINATOR_OPENING = regex.compile(r"(?:But|And|Yet|So)\s+(?=\p{Lu})")
_CONNECTIVE_OPENING = regex.compile(r"(\p{Lu}\p{Ll}+),\s+(?=\p{L})")  # `Meanwhile, the mayor ...`: group 1 the adverb
_CONNECTIVE_BEFORE = regex.compile(r"(\p{Lu}\p{Ll}+),\s+\Z")  # `Meanwhile, ` right before a subject: group 1 the adverb
_LINKING_ADVERB_CHARS = 24  # the most characters a linking adverb with its comma and space takes (`Nevertheless, `)


def _linked(text: str, at: int) -> bool:
    """Whether a linking adverb set off by a comma opens the sentence right before offset `at` (`Meanwhile, `,
    `However, `, `Later, `: lexicon CONNECTIVE_ADVERBS, OPENING_ADVERBS)."""
    m = _CONNECTIVE_BEFORE.search(text, max(0, at - _LINKING_ADVERB_CHARS), at)
    return m is not None and m.group(1).lower() in SENTENCE_LINKING_ADVERBS


def _one_described(words: Sequence[str]) -> bool:
    """Whether words are `the` and lower-case words closing on a noun for one person (`person_noun`): one
    described, no name (`the captain`, `the night nurse`), whom a later `he` or `she` may stand for.

    >>> _one_described(["the", "captain"]), _one_described(["the", "question"]), _one_described(["Ann", "Ruiz"])
    (True, False, False)
    """
    return len(words) > 1 and words[0].lower() == "the" and all(w.islower() for w in words[1:]) \
        and person_noun(words[-1])


def _opens_as_description(text: str, x: Mention) -> bool:
    """Whether the subject `x` is a description of one person or body, with no name, opening its sentence
    (`opening_description`: `Her rival objected.`), after a linking adverb set off too (`Meanwhile, his
    mother, a nurse, was in tears.`)."""
    if text[x.start].isupper():
        return opening_description(text, x.start, len(text)) == x
    return _linked(text, x.start) and opening_description(text, x.start, len(text), lowered=True) == x


_NEXT_WORDS = regex.compile(r"\s+([\p{L}\p{M}'’-]+)(?:\s+([\p{L}\p{M}'’-]+))?")
_POSSESSIVE_END = regex.compile(r"['’]s\Z")
_OWNED_WORDS = regex.compile(r"(?:\s+([\p{Ll}-]+)){1,3}")  # `Brazil's central bank`: the words after an owner
# What `and` joins to a subject opening its sentence: a name (`Ruiz and Tom Lee`), or an owner's noun for one
# person (`Ruiz and her deputy`: group `owned`, checked against `_PERSON_HEADS`) and the name after it (`and his wife
# Lucy`), or a plural noun (`Police and firefighters`, `Hart and her aides`: group `plural`), before a word in
# lower case; or (`_TITLED_PAIR`) a name with a title's words in lower case among its capitalised ones (`and
# Police chief Tom Vale`, `and fire chief Tom Vale`: group `title`, its last word a noun for a person, `_paired`).
# A member of a joint subject `_member` splits: capitalised words, a title's words in lower case among them
# (`Police chief Tom Vale`), ending in a capitalised one.
_MEMBER_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}.'’-]*\s+(?:[\p{L}\p{M}.'’-]+\s+)*\p{Lu}[\p{L}\p{M}'’-]+")
_PAIRED_NAME = regex.compile(r"\s+and\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+"
                             r"|(?:(?:his|her|their|the|its)\s+)?(?P<plural>(?!(?:this|has|was|does|hers|theirs)\b)\p{Ll}[\p{L}-]+[^s\W]s)"
                             r"|(?:his|her|their)\s+(?P<owned>\p{Ll}[\p{L}-]*)(?:,?\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,2}"
                             r"\p{Lu}[\p{L}\p{M}'’-]+)?)(?=,?\s+\p{Ll})")
_TITLED_PAIR = regex.compile(r"\s+and\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,2}(?P<title>(?:\p{Ll}+\s+){1,2})"
                             r"(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]+(?=,?\s+\p{Ll})")
# What a word opening a sentence does in the parse when it only modifies the subject that follows (`Democratic
# leaders`, `NSA leaker`, `Last week`): no subject of its own.
_MODIFYING_RELATIONS = frozenset({"amod", "compound", "det", "nummod", "advmod", "case", "mark", "cc"})


def _paired(text: str, start: int, end: int) -> tuple[int, str | None, str | None] | None:
    """What `and` joins at `start` (`_PAIRED_NAME`, or `_TITLED_PAIR` when it reaches further, its title words
    ending in a noun for a person, none reading as a verb: not `and Lee thanked striker Tom Vale`): where it
    ends, its owned noun and its plural noun (None when it has none)."""
    pair = _PAIRED_NAME.match(text, start, end)
    titled = _TITLED_PAIR.match(text, start, end)
    if titled is not None and (pair is None or titled.end() > pair.end()):
        title = titled.group("title").split()
        if title[-1] in ROLE_WORDS | _PERSON_HEADS and not any(_looks_like_verb(w) for w in title):
            return titled.end(), None, None
    return None if pair is None else (pair.end(), pair.group("owned"), pair.group("plural"))


def _agent(word: str) -> bool:
    """Whether a lower-case word ends as a noun for one who does something does (`caller`, `economist`)."""
    low = word.lower()
    return len(low) > 4 and low.endswith(AGENT_ENDINGS) and low not in NOT_AGENTS




_TIMES_WORD = regex.compile(r"\p{Ll}+-time")  # `two-time`, `three-time`: how often a prize was won


def _accolade(words: Sequence[str]) -> bool:
    """Whether the words after `the` name someone by a prize won or put up for: a prize's capitalised name and a
    noun for its winner or nominee (lexicon ACCOLADE_NOUNS: `Oscar winner`, `two-time Grammy nominee`, `Nobel
    Prize laureate`), or its name joined to a participle of winning (ACCOLADE_PARTICIPLES) before a noun for a
    person (`Oscar-winning actress`, `Academy Award-winning director`); not a party's or an office's word
    (`the Republican nominee`: the party's candidate, whoever was named last)."""
    rest = list(words[1:] if words and _TIMES_WORD.fullmatch(words[0]) else words)
    if len(rest) < 2 or not all(w[:1].isupper() for w in rest[:-2]) \
            or any(w.lower() in TITLE_MODIFIERS | PARTISANS for w in rest[:-1]):
        return False  # `the Republican nominee`, `the GOP nominee`: a party's candidate, a post, not a prize
    prize, last = rest[-2], rest[-1]
    if last.lower() in ACCOLADE_NOUNS:
        return prize[:1].isupper()
    name, _, participle = prize.rpartition("-")
    return name[:1].isupper() and participle in ACCOLADE_PARTICIPLES and person_noun(last)


def person_noun(word: str) -> bool:
    """Whether a word is a noun for one person: the lexicon's, a party's member (`the Ohio Republican`), or
    one ending as a noun for one who does something (`caller`, `economist`)."""
    low = word.lower()
    return low in _PERSON_HEADS or low in PARTISANS or low in MORE_PERSONS or _agent(word)


# A description of one opening its sentence right before `is` or `was` (`Our first guest` ` is Ann Lee`): a
# determiner or owner, up to `_INTRODUCED_WORDS_BEFORE` lower-case words, and its noun (group `noun`).
_INTRODUCED_WORDS_BEFORE = 3
_INTRODUCING = regex.compile(r"(?:" + "|".join(sorted(_DESCRIPTION_OPENERS["sing"])) + r")\s+(?:\p{Ll}[\p{Ll}-]*\s+)"
                             r"{0,%d}(?P<noun>\p{Ll}[\p{Ll}-]*)(?=\s+(?:" % _INTRODUCED_WORDS_BEFORE
                             + "|".join(sorted(NAMING_COPULAS)) + r")\s)")


def _introducing_description(text: str, start: int, end: int) -> Mention | None:
    """`Our first guest is Ann Lee, a nurse.`, `The next caller was Tom Vale.`: a description of one whose noun
    is any noun for a person (`person_noun`: `guest`, `caller`, not only those `opening_description` takes for
    a subject) opening its sentence right before `is` or `was`, which introduces the name after it
    (`_NAMED_BY_COPULA`); else None.

    >>> _introducing_description("Our first guest is Ann Lee.", 0, 27)
    Mention(start=0, end=15, number='sing', gender=None, pronoun=False)
    >>> _introducing_description("Our first problem is Ann Lee.", 0, 29) is None
    True
    """
    found = _INTRODUCING.match(text, start, end)
    if found is None or not person_noun(found.group("noun")):
        return None
    return Mention(start, found.end(), "sing", None, False)


def _participle(word: str) -> bool:
    """Whether a lower-case word reads as a past participle (`named`, `known`), that may follow a head noun."""
    low = word.lower()
    return word[:1].islower() and (low.endswith("ed") or low in IRREGULAR_PASTS
                                   or low in IRREGULAR_PARTICIPLES)


_TIME_THEN_WORD = regex.compile(r"\s*(?:(?:" + "|".join(sorted(TIME_PHRASE_LEADS)) + r")\s+){0,2}(\p{L}+),?\s+"
                             r"(\p{Ll}[\p{L}\p{M}'’-]*)")
_TIME_LEAD_WORDS = 2  # the most words opening a phrase of time before its noun (`earlier this week`)


def _time_then_verb(text: str, at: int) -> bool:
    """Whether a phrase of time (`on Tuesday`, `last week`, `yesterday`: lexicon TIME_WORDS after at most
    `_TIME_LEAD_WORDS` of TIME_PHRASE_LEADS) stands at `at`, right after a sentence's subject, before a word read
    as its verb: news style sets when between subject and verb (`The World Health Agency on Tuesday ordered ...`),
    and the subject is the verb's still.

    >>> _time_then_verb("The agency on Tuesday ordered a recall.", 10), _time_then_verb("The agency on drugs met.", 10)
    (True, False)
    """
    found = _TIME_THEN_WORD.match(text, at)
    return found is not None and found.group(1).lower() in TIME_WORDS and _looks_like_verb(found.group(2))


def _looks_like_verb(word: str) -> bool:
    """Whether a lower-case word after a name reads as its verb, unparsed: an auxiliary, a past in `-ed` or a
    common one (`spent`), a present in `-s` (not `-ss`: `carelessness`), or an adverb in `-ly` before one."""
    low = word.lower()
    return word[:1].islower() and (low in AUXILIARIES or low in IRREGULAR_PASTS or low.endswith(("ed", "ly"))
                                   or low.endswith("s") and not low.endswith("ss")
                                   or low in NEGATED_AUXILIARIES)


_CREDIT_BY = regex.compile(r"[(\[]?\s*((?:[\p{L}-]+\s+){1,2})by\s+\p{Lu}")
_CREDIT_CONTRIBUTED = regex.compile(r"\bcontributed(\s+reporting|\s+to\s+this\s+(?:report|story|article)|\s+to\s+(?:the\s+)?"
                                    r"reporting)?(?:\s+(?:from|in)\s+[\p{L}\s,.]+?)?\s*[.)]*\s*\Z")


# The most characters a photo's credit closing its line spans: the credit patterns are searched for only
# there, so that a long line (a table of quotations on one line) costs each sentence no scan of all of it.
_CREDIT_REACH = 300
# An agency's file photo's caption opens with `FILE -` (`FILE - Ann Ruiz speaks in Dayton on May 3, 2025.`).
_FILE_CAPTION = regex.compile(r"[ \t]*FILE\h*(?:-|\u2013|\u2014)\h")


def caption_credit(text: str, start: int, strict: bool = True) -> bool:
    """Whether the line holding text[start] is a photo's caption: it opens with an agency's `FILE -`, or it
    ends with the photo's credit (`_CAPTION_CREDIT`): `Photo:` and a name, an agency in capitals and a slash
    before a photographer (`REUTERS/Tom Vale`), or in brackets a word for a picture or a picture agency
    (`(AP Photo)`, `(Getty Images)`, lexicon PHOTO_CREDIT_WORDS) or a photographer and an outlet (`(Tom
    Vale/The Herald)`). `strict` (a quote's test: the caption tells what the picture shows) takes only credits
    that can be nothing else: not a wire's name alone in brackets (`(Reuters)` may close a report's line) nor
    capitals before a slash that are no picture agency's (`CNN/ORC poll in February`); not strict (an
    antecedent's test: no one on a credited line is one) takes those too.

    >>> caption_credit("Ann Ruiz speaks in Dayton. (AP Photo/Tom Vale)", 0)
    True
    >>> caption_credit("Ruiz said the talks would go on. (Reuters)", 0), caption_credit("Ruiz spoke. (Reuters)", 0, False)
    (False, True)
    """
    if _FILE_CAPTION.match(text, text.rfind("\n", 0, start) + 1):
        return True
    end = len(text) if (end := text.find("\n", start)) < 0 else end
    m = _CAPTION_CREDIT.search(text, max(start, end - _CREDIT_REACH), end)
    if m is None:
        return False
    if m.group(2) is not None:
        return not strict or m.group(2).lower() in PHOTO_CREDIT_WORDS or m.group(2) == "AP"
    return m.group(1) is None or _SLASHED_CREDIT.fullmatch(m.group(1).strip()) is not None or any(
        w.lower() in PHOTO_CREDIT_WORDS and not (strict and w.lower() in _WIRES)
        for w in regex.findall(r"\p{L}+", m.group(1)))


_WIRES = frozenset({"reuters", "afp", "epa"})  # a wire's name in brackets is no photo's credit alone
_CREDIT_NAME = r"\p{Lu}[\p{L}\p{M}'’.-]*(?:\h+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}"
# `caption_credit`'s credits: in brackets, an agency in capitals and a slash before a photographer's name
# (`REUTERS/Tom Vale`), or `Photo:` and a name.
_CAPTION_CREDIT = regex.compile(r"(?:\(([^()\n]{1,80})\)|\b(\p{Lu}{2,})/" + _CREDIT_NAME + r"(?:/" + _CREDIT_NAME
                                + r")?\.?|\b(?:Photo|Photos|Image|Picture|Photograph|Credit|Photo\h+credit)\h*:\h*"
                                r"\p{Lu}[^\n:]{1,60})\h*\Z")
# A photographer and an outlet or agency in brackets, a slash between (`(Tom Vale/The Herald)`).
_SLASHED_CREDIT = regex.compile(_CREDIT_NAME + r"\h*/\h*(?:The\h+)?" + _CREDIT_NAME + r"\.?")


# `Editor's note:` opening a line (lexicon EDITOR_NOTE_LABELS), in any case, with either apostrophe.
_EDITOR_NOTE = regex.compile(r"[ \t]*(?i:" + "|".join(regex.escape(label).replace("'", "['’]")
                                                     for label in sorted(EDITOR_NOTE_LABELS, key=len, reverse=True))
                             + r")[ \t]*:")


def editors_note(text: str, start: int) -> bool:
    """Whether the line holding text[start] is an editor's note: an `Editor's note:` label opens it."""
    return bool(_EDITOR_NOTE.match(text, text.rfind("\n", 0, start) + 1))


def live_blog_label(text: str, start: int) -> bool:
    """Whether the line holding text[start] is all a live blog's label (lexicon LIVE_BLOG_LABELS: `Key events`,
    `Show key events only`), any case, a full stop or colon after it or not."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip().rstrip(".:").strip().lower()
    return line in LIVE_BLOG_LABELS


def credit_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] is a news agency's credit line, naming who wrote the story and
    no one in it: roles credited before `by` (`CREDIT_LINE_ROLES`: `(Reporting by Ann Ruiz; Editing by Tom
    Vale)`, `Additional reporting by ...`), or a writer (`CREDIT_LINE_NOUNS`) who `contributed` (`Associated
    Press writer Ann Ruiz contributed to this report.`), or anyone who `contributed to this report`; or on a
    photo caption's line, ending with the photo's credit (`caption_credit`: `Ann Ruiz speaks in Ohio. (AP
    Photo/Tom Vale)`), or on an editor's note's (`editors_note`), or a live blog's label (`live_blog_label`:
    `Key events`, `Show key events only`): web furniture."""
    if caption_credit(text, start, strict=False) or editors_note(text, start) \
            or live_blog_label(text, start):
        return True
    sentence = text[start:end].strip()
    m = _CREDIT_BY.match(sentence)
    if m is not None and all(w.lower() in CREDIT_LINE_ROLES for w in m.group(1).split()):
        return True
    m = _CREDIT_CONTRIBUTED.search(sentence)
    return m is not None and (m.group(1) is not None and "this" in m.group(1)
                              or any(w.strip(",").lower() in CREDIT_LINE_NOUNS for w in sentence[:m.start()].split()))


def _plural_then_past(after: str, then: str) -> bool:
    """`Angry farmers blocked ...`, `Local residents have ...`: a plural noun for people in `-s` after a
    capitalised word opening its sentence, then a past form or an auxiliary, is the subject with its verb:
    the capitalised word only modifies it (unparsed; not `Ruiz has been`, `Ruiz seems tired`)."""
    single = after[:-1]
    return after.endswith("s") and not after.endswith(("ss", "'s", "’s")) \
        and after.lower() not in AUXILIARIES and (single.lower() in _PERSON_HEADS or _agent(single)) \
        and _past_or_auxiliary(then)


def _past_or_auxiliary(word: str) -> bool:
    """Whether a word in lower case is a past form or an auxiliary (`marched`, `went`, `have`)."""
    low = word.lower()
    return word[:1].islower() and (low in AUXILIARIES or low in IRREGULAR_PASTS or low.endswith("ed"))


# `Hundreds of students`, `Dozens of angry farmers` opening a sentence: a count (lexicon PARTITIVES), `of`, up to
# two lower-case words and a plural noun, group 2, before a lower-case word (its verb, group 3).
# (a plural not in `-s` too, lexicon PLURAL_ONLY_NOUNS: `Thousands of people have ...`)
_COUNTED = regex.compile(r"(\p{Lu}\p{Ll}+)\s+of\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+s|"
                         + "|".join(sorted(PLURAL_ONLY_NOUNS - {"cattle"})) + r")\s+(\p{Ll}+)")


def _counted_people(text: str, start: int, end: int) -> Mention | None:
    """`Hundreds of students marched to the hall.`: a count of people (`Hundreds`, `Dozens`, `Thousands`: lexicon
    PARTITIVES, in the plural) and `of` a plural noun for people or bodies (`_description_head`; one not in `-s`
    too: `Thousands of people`) opening the
    sentence before its verb (a past form or an auxiliary: `marched`, `have`) is the subject: plural, for `they`
    (`"Bring back Okafor!" they chanted.`); never `he`, `she` nor `it`."""
    m = _COUNTED.match(text, start, end)
    if m is None or m.group(1).lower() not in PARTITIVES or not m.group(1).lower().endswith("s") \
            or not (_description_head(m.group(2), "plur") and _plural_then_past(m.group(2), m.group(3))
                    or m.group(2) in PLURAL_ONLY_NOUNS and _past_or_auxiliary(m.group(3))):
        return None
    return Mention(m.start(), m.end(2), "plur", None, False)


_THE_PLURAL_NAME = regex.compile(r"The\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}-]*[^s\W]s(?=,?\s+\p{Ll})")


def _plural_name(text: str, start: int, end: int) -> Mention | None:
    """`The Greens`, `The Liberal Democrats` opening the sentence before a lower-case word: a name in the
    plural, people (never one place or body: `The United States`, `The Times`, `SINGULAR_S_NAMES`), for
    `they`; with a name `and` joins after it, both (`The Greens and Labour`, `The Greens and the Liberal
    Democrats`)."""
    m = _THE_PLURAL_NAME.match(text, start, end)
    if m is None or m.group().split()[-1].lower() in SINGULAR_S_NAMES:
        return None
    pair = _paired(text, m.end(), end)
    found = Mention(m.start(), pair[0], "plur", None, False) \
        if pair is not None and pair[1] is None and pair[2] is None \
        else Mention(m.start(), m.end(), "plur", None, False)
    after = _LEADING_WORD.match(text, found.end + (text[found.end:found.end + 1].isspace()))
    verb = after.group(1).lower() if after is not None else ""
    return found if verb in PLURAL_VERBS or verb in AUXILIARIES and not verb.endswith("s") \
        or verb in IRREGULAR_PASTS or verb.endswith(("ed", "ly")) else None  # (`Conservative Solutions super PAC`)




# `The World Bank`, `The Shoppers Union`, `The Bank of England` opening a sentence: `The`, a name in capitals
# (group 1, `of` and `the` inside it), and the lower-case word after it (group 2, its verb).
_THE_NAME = regex.compile(r"The\s+((?:\p{Lu}[\p{L}\p{M}.'’&-]*\s+(?:of\s+(?:the\s+)?)?){0,4}\p{Lu}[\p{L}\p{M}'’&-]+)"
                          r"\s+(\p{Ll}[\p{L}\p{M}'’-]*)")


def _the_named_body(text: str, start: int, end: int) -> Mention | None:
    """`The World Bank cut its forecast.`, `The Shoppers Union welcomed the fine.`: `The` and a name in capitals
    opening a sentence before its verb (`_looks_like_verb`: a past, a present in `-s`, an auxiliary) names a
    body or a thing, never one person: a singular neuter mention, for `it`.  Not where a word of the name
    names or addresses a person (`The Prime Minister said`, `The Rev. Al Sharpton`, `The Duke of Kent`: a
    title, an honorific, a given name or a gendered word; not a word that only qualifies an office, lexicon
    TITLE_MODIFIERS: `The State Department said`), nor before a noun (`The Trump campaign sued`: no verb after
    the name; a phrase of time may come between: `The World Bank on Tuesday cut ...`); a plural name is `_plural_name`'s (`The Greens marched`)."""
    m = _THE_NAME.match(text, start, end)
    if m is None or not _looks_like_verb(m.group(2)) and not _time_then_verb(text, m.end(1)):
        return None  # (`The World Bank on Tuesday cut ...`: a phrase of time between the name and its verb)
    if _names_person([w.rstrip(".").lower() for w in m.group(1).split()]):
        return None  # (a word that only qualifies an office names no one: `The World Health Agency`, `The State
        # Department`)
    return Mention(m.start(), m.end(1), "sing", "neut", False)


def _name_head(words: Sequence[str]) -> str:
    """The head of a name in capitals, its words in lower case: the word before its first `of`, `on` or `for`
    (lexicon NAME_PREPOSITIONS), or else its last (`office` of `Office of the Prime Minister`, `senate` of
    `Missouri Senate`); empty for no words.

    >>> _name_head(["office", "of", "the", "prime", "minister"]), _name_head(["missouri", "senate"]), _name_head([])
    ('office', 'senate', '')
    """
    return next((w for w, after in zip(words, words[1:]) if after in NAME_PREPOSITIONS), words[-1] if words else "")


def _names_person(words: Sequence[str]) -> bool:
    """Whether a name in capitals names a person by its words (in lower case, no stops): one is a title, an
    office's word (ROLE_WORDS, TITLE_ABBREVIATIONS), an honorific, a gendered word or a given name (`The Prime
    Minister`, `Sen. Hart`, `The Rev. Al Sharpton`, `The Duke of Kent`).  A word that only qualifies an office
    names no one (lexicon TITLE_MODIFIERS: `The State Department`, `The World Health Agency`); and a name whose
    head, its word before `of`, `on` or `for` (lexicon NAME_PREPOSITIONS) or else its last, is a word of a body
    (ORGANISATION_WORDS) names the body, whatever office it holds (`The Office of the Prime Minister`, `The
    Senate Rules Committee`).

    >>> _names_person(["prime", "minister"]), _names_person(["state", "department"])
    (True, False)
    >>> _names_person(["office", "of", "the", "prime", "minister"]), _names_person(["secretary", "of", "state"])
    (False, True)
    """
    head = _name_head(words)
    if head in ORGANISATION_WORDS or head.removesuffix("s") in ORGANISATION_WORDS:
        return False
    return any(w in TITLES or (w in ROLE_WORDS or w in TITLE_ABBREVIATIONS) and w not in TITLE_MODIFIERS
               or w in HONORIFICS or w in GENDERED or given_name(w) is not None for w in words)


_MEASURED = regex.compile(r"(?:(?:The|Its|Their)\s+)?(\p{L}+(?:\s+(?:price|value))?)\s+(?:in|of|at)\s+"
                          r"(?:(the\s+(\p{Ll}+))|((?:\p{Lu}[\p{L}\p{M}.'’&-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’&-]*))"
                          r"(?=\s+\p{Ll})")


def measured_body(text: str, start: int, end: int) -> Mention | None:
    """`Shares in the firm fell after it warned ...`, `Profits at Acme Foods rose`: a sentence opening with what
    a market or a ledger measures of a company (`MARKET_MEASURES`) and `in`, `of` or `at` names the company,
    a body (`the firm`, a company noun or a trade's, `the carmaker`, or a name), whom a later `it` stands for (neuter, one)."""
    m = _MEASURED.match(text, start, end)
    if m is None or m.group(1).lower() not in MARKET_MEASURES:
        return None
    if m.group(2) is not None:
        if m.group(3) not in _BODY_HEADS and not (m.group(3).endswith("maker") or _agent(m.group(3))):
            return None  # (`the firm`; a trade's noun: `the carmaker`, `the lender`, `the retailer`; not `the drug`)
        return Mention(m.start(2), m.end(2), "sing", "neut", False)
    return Mention(m.start(4), m.end(4), "sing", "neut", False)


# `They` opening the next sentence in the paragraph (`My colleagues disagree. They argue ...`).
_THEY_NEXT = regex.compile(r"\h*They\b")


def opening_subject(text: str, start: int, end: int, words: Sequence[Word] = ()) -> Mention | None:
    """The subject opening the sentence text[start:end] that a later pronoun may stand for: a description of
    one person or body (`opening_description`), or of several where the next sentence in its paragraph opens
    with `They` (`My colleagues disagree. They argue ...`: no farther `they`, which a nearer phrase may take), a name (`opening_name`) or a name after a phrase set off
    (`fronted_name`), after a conjunction too (`But Ruiz left.`), checked as English reads it.  No subject is a question's opening word (`Come again?`),
    nor a single word that is a day (`Wednesday's debate`), a preposition (`Under a new contract`), a share
    or count (`Half of them`, `Part of the issue`, `Most said`) or one the text writes in lower case inside a
    sentence too, a common word capitalised only to open it (`Presidential campaigning is ...` beside `a
    presidential race`); where the sentence is parsed, a single word must be a noun or a name that does not
    modify another (not `Last week`, `Democratic leaders`).  A subject followed by `and` or a plural verb
    (`Developers were`, `Young voters and their parents`, `Local campaigns are`), or a parsed common noun in
    the plural (`Analysts`), is plural: never `he`, `she` nor `it` (and the mention takes in a name, an
    owner's noun for one person or a plural noun that `and` joins: `Ruiz and Lee`, `Ruiz and her deputy`,
    `Police and firefighters`); `The` and a name before its verb names a body (`_the_named_body`: `The World
    Bank cut its forecast.`, for `it`); but a name the text gave in full before
    stays one person where `and` follows it (`Ann Ruiz spoke. Ruiz and her aides left.`: `she` may be Ruiz), and
    so does a name after a title that `and` qualifies twice (`Former Rovers and Wales striker Tom Vale signed`:
    `opening_name` reads it whole)."""
    if (conjunction := _COORDINATOR_OPENING.match(text, start, end)) is not None:
        start = conjunction.end()  # `But Mr. Ruiz did not see it that way.`: the name after it
    elif (linking := _CONNECTIVE_OPENING.match(text, start, end)) is not None \
            and linking.group(1).lower() in SENTENCE_LINKING_ADVERBS:
        start = linking.end()  # `Meanwhile, the mayor was silent.`: what follows the linking adverb
        if text[start:start + 1].islower():
            return opening_description(text, start, end, lowered=True)  # (`the mayor`: a description, or no one)
    counted = _counted_people(text, start, end)
    if counted is not None:
        return counted  # `Hundreds of students marched ...`: they, for `they`
    described = opening_description(text, start, end) or _introducing_description(text, start, end)
    if described is not None and (named := _NAMED_BY_COPULA.match(text, described.end, end)) is not None:
        return Mention(named.start(1), named.end(1), "sing", gender_of(named.group(1).split()), False)
        # `The first witness was Carl Moss.`: the description names him, the subject a later `he` stands for
    found = opening_description(text, start, end) \
        or (opening_description(text, start, end, "plur") if _THEY_NEXT.match(text, end) else None) \
        or opening_name(text, start, end) or fronted_name(text, start, end)
    if found is None:
        return _plural_name(text, start, end) or _the_named_body(text, start, end)
    if found.start == start and text[start:end].rstrip().rstrip("\"'”’»").endswith("?"):
        return None
    phrase = text[found.start:found.end]
    word = _POSSESSIVE_END.sub("", phrase)
    single = " " not in phrase
    following = _NEXT_WORDS.match(text, found.end, end)
    after = following.group(1) if following is not None else ""
    then = (following.group(2) or "") if following is not None else ""
    parsed = [w for w in words if found.start <= w.start < found.end and w.upos != "PART"]
    if single:
        low = word.lower()
        if low in TIME_NOUNS or low in PREPOSITIONS or low in PARTITIVES or low in INDEFINITES \
                or after in ("of", "than") or then == "of" and after[:1].islower():
            return None  # (`Vast areas of land`: the capitalised word modifies the noun that `of` follows)
        if after[:1].islower() and (after.lower() in _PERSON_HEADS or _agent(after)):
            return None  # `Local leaker arrested.`, `Labour leader ...`: the word modifies a noun for a person
        if word != low and word[1:] == low[1:] and regex.search(r"[\p{Ll},]\s+" + regex.escape(low) + r"\b", text):
            return None  # a common word, capitalised only here to open its sentence
        if parsed:
            if parsed[0].upos not in NOUN_UPOS or parsed[0].deprel in _MODIFYING_RELATIONS:
                return None
        elif word == phrase and after != "and" and not _looks_like_verb(after) \
                and not (after.lower() in CUE_ADVERBS and _looks_like_verb(then)) \
                and not _described_after(text, found.end) \
                and regex.search(r"[\p{Ll},]\s+" + regex.escape(word) + r"\b", text) is None:
            return None  # `Extreme caution is ...`, `Number two, ...`: a word the text names no one by elsewhere,
            # not followed by a verb as a name opening a sentence is (`Kerry arrived`, `Ruiz is`, `Ruiz also agreed`)
            # nor by a description set off before one (`Costa, the top seed, was`)
    if single and not parsed and word.lower()[:-1] in _PERSON_HEADS and _plural_then_past(word, after):
        return Mention(found.start, found.end, "plur", None, False)  # `Students marched ...`: a plural noun for people
    if single and after[:1].islower() and (then.lower() in PLURAL_VERBS or not parsed and _plural_then_past(after, then)):
        return Mention(found.start, following.end(1), "plur", None, False)  # `Local groups are ...`: the noun too
    paired = after == "and" and regex.search(r"\p{Lu}[\p{L}\p{M}.'’-]*\s+" + regex.escape(phrase) + r"\b",
                                             text, endpos=found.start) is None
    plural = after.lower() in PLURAL_VERBS or paired \
        or bool(parsed) and parsed[-1].upos == "NOUN" and "Number=Plur" in parsed[-1].feats
    if paired and (pair := _paired(text, found.end, end)) is not None \
            and (pair[1] is None or pair[1] in _PERSON_HEADS):
        return Mention(found.start, pair[0], "plur", None, False)  # `Ruiz and Lee thanked ...`: both, for `they`
    return Mention(found.start, found.end, "plur", found.gender, False) if plural else found


# `The mayor of Eastport`, `The chief executive of the Acme Group`, `The head of St Anne's school` opening a
# clause before its verb (or a relative clause set off: `, who ...`).
_ROLE_OF = regex.compile(r"The\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.'’&-]*\s+){0,3}"
                         r"\p{Lu}[\p{L}\p{M}'’&-]*(?:(?<=['’]s)\s+\p{Ll}+)?(?=,?\s+\p{Ll})")


# After a name, a description or an age set off by commas, then a word in lower case (`Costa, the top seed,
# was`, `Costa, 24, has`): group 1 the word after.
_DESCRIPTION_SET_OFF = regex.compile(r",\s+(?:\d{1,3}|(?:the|a|an|his|her|their|its)\s+[^,;:.!?\"“”\n]{1,50}"
                                     r"|(?=\p{Lu})(?i:" + "|".join(regex.escape(o) for o in SPELT_OUT_OFFICES)
                                     + r")(?![\p{L}\p{M}])[^,;:.!?\"“”\n]{0,50}),\s+(\p{Ll}[\p{L}’'-]*)")
# (`Lee, Minister of Foreign Affairs, arrived`: an office written out, in title case with no article, is one too)


def _firm_names(text: str, begin: int, end: int) -> Iterator[tuple[int, int, int]]:
    """The names a firm's or body's may be between `begin` and `end`: runs of capitalised words
    (`_CAPITALISED_RUN`), each as (start, start of its last word, end), at least two words long, its last word no
    owner's (`Harbor Bank's chief`). A name holds `and` or `&` between capitalised words where the words before
    it close no body's name and name no person (`Kenya Power and Lighting Company`, `Procter and Gamble Company`;
    but `Acme Corp and Beta Inc` are two firms, `Ann Lee and Harbor Bank` a woman and a bank), and `of` or `for`
    after a body's noun (`Department of Health and Human Services`; but `Shares of Harbor Bank` is shares).

    >>> t = "The Department of Health and Human Services and Acme Corp and Beta Inc met."
    >>> [t[s:e] for s, _, e in _firm_names(t, 0, len(t))]
    ['The Department of Health and Human Services', 'Acme Corp', 'Beta Inc']
    """
    endings = COMPANY_SUFFIXES | COMPANY_NAME_ENDINGS | FIRM_NAME_WORDS | ORGANISATION_WORDS
    for run in _CAPITALISED_RUN.finditer(text, begin, end):
        words = list(regex.finditer(r"\S+", text[run.start():run.end()]))
        names: list[list[regex.Match[str]]] = [[]]
        for i, w in enumerate(words):
            low = w.group().lower()
            if names[-1] and low in _NAME_JOINERS | NAME_PREPOSITIONS and i + 1 < len(words):
                said = [x.group().lower().rstrip(".") for x in names[-1] if x.group()[:1].isupper()]
                body = said[-1] in endings or said[-1].removesuffix("s") in endings  # (`Services`)
                joined = not body and not _names_person(said) if low in _NAME_JOINERS else body
                if not joined:
                    names.append([])
                    continue
            if not names[-1] and not w.group()[:1].isupper():
                continue  # the `the` after a joiner that joined nothing
            names[-1].append(w)
        for name in names:
            if len(name) >= _MIN_FIRM_NAME_WORDS and not regex.search(r"['’]", name[-1].group()):
                yield run.start() + name[0].start(), run.start() + name[-1].start(), run.start() + name[-1].end()


def _before_preposition(words: Sequence[str]) -> list[str]:
    """The words before the first preposition among them (lexicon PREPOSITIONS, in any case): a description's own
    words, without what is said of where or whom (`a teacher at the school` -> `a teacher`).

    >>> _before_preposition(["a", "teacher", "at", "the", "school"])
    ['a', 'teacher']
    """
    return list(itertools.takewhile(lambda w: w.lower() not in PREPOSITIONS, words))


def _domain_owners(words: Sequence[str]) -> set[str]:
    """The owners, lower-cased, in a definite description that name a place or body with `the` (lexicon
    DOMAIN_OWNER_NOUNS: `company's` of `the company's founder`, `state's` of `the state's top prosecutor`): they
    say whose office it is, the one the report is about, not a word the one described was given before.

    >>> sorted(_domain_owners(["the", "company's", "founder"])), sorted(_domain_owners(["the", "Acme's", "founder"]))
    (["company's"], [])
    """
    return {w.lower() for before, w in itertools.pairwise(words) if before.lower() == "the"
            and (owner := _POSSESSIVE_END.sub("", w)) != w and owner in DOMAIN_OWNER_NOUNS}


def _bare_role(piece: str) -> list[str] | None:
    """The lower-cased words of a role set off after a name with no article (`_SET_OFF_ROLE`), to its preposition,
    where they are a few words ending in a noun for a person and holding no pronoun, verb of being or relative word
    (`CEO of Acme` -> `['ceo']`); else None (`Tom Bell`, `who runs Acme`, `58`).

    >>> _bare_role("CEO of Acme"), _bare_role("senior vice president for sales")
    (['ceo'], ['senior', 'vice', 'president'])
    >>> _bare_role("Tom Bell"), _bare_role("who runs the firm"), _bare_role("the mayor")
    (None, None, None)
    """
    head = [w.lower() for w in _before_preposition(piece.split())]
    if not head or len(head) > _BARE_ROLE_WORDS or head[0] in _ARTICLES or not person_noun(head[-1]) \
            or any(w in PRONOUNS or w in AUXILIARIES or w in RELATIVE_PRONOUNS for w in head):
        return None
    return head


def _person_set_off_after(text: str, end: int) -> bool:
    """Whether the word ending at `end` is followed by a description of a person set off by commas, then a word
    in lower case (`_described_after`), the description's head before any preposition a noun for a person or an
    age (`Zhou, the defending champion, said`, `Zhou, a teacher at the school, said`): the word is a person's
    name, capitalised elsewhere in the text or not."""
    aside = _SET_OFF_DESCRIPTION.match(text, end)
    if aside is None or not _described_after(text, end):
        return False
    head = _before_preposition(aside.group(1).lower().split())
    return len(head) > 1 and (person_noun(head[-1]) or _AGE_WORD.fullmatch(head[-1]) is not None)


def _described_after(text: str, end: int) -> bool:
    """Whether the word ending at `end` is followed by a description or an age set off by commas and then a
    word in lower case that is no pronoun (`Costa, the top seed, was`): the word is a name, the subject that
    the description describes."""
    m = _DESCRIPTION_SET_OFF.match(text, end)
    return m is not None and m.group(1) not in PRONOUNS


# A transcript's label opening a paragraph: a name in capitals and a colon (`SMITH:`, `ANN SMITH:`).
# `She did not respond ...`, `He declined to comment`: a non-response after its subject (an adverb between or not)
_NON_RESPONSE = regex.compile(r"\s+(?:\p{Ll}+ly\s+)?(?:(?:" + "|".join(sorted(NON_RESPONSE_AUXILIARIES))
                              + r")(?:\s+not|n['’]t)\s+(?:\p{Ll}+ly\s+)?(?:" + "|".join(sorted(NON_RESPONSE_VERBS))
                              + r")|" + "|".join(r"\s+".join(p.split()) for p in sorted(REFUSALS_TO_COMMENT)) + r")\b")
# `Harbor Bank's chief executive`: a capitalised owner (group 1) and the description's head (group 2, the noun
# before a comma, a preposition or the end)
_BODY_OWNER = regex.compile(r"(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}\p{M}&.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}&-]*)['’]s"
                            r"(?:\s+\p{Ll}[\p{Ll}-]*){0,2}?\s+(\p{Ll}[\p{Ll}-]*)(?=\s*,|\s*\Z|\s+\p{Lu})")
# `Moody's said the`, `Moody's also warned that`: a cue form right after a name (group 1), a cue's adverb before
# it, and the word after it (group 2)
_FIRM_CUE = regex.compile(r"\s+(?:(?:" + "|".join(sorted(CUE_ADVERBS)) + r")\s+)?(\p{Ll}+)\b(?:\s+(\p{Ll}+)\b)?")
_OWNS_NOTHING = regex.compile(r"\s*[,;:.!?)]")  # `Kellogg's, which ...`: no thing owned after an owner's form
# A company's name in capitals, up to four words before its last (group 1: `Harbor Bank`, `Acme Corp.`), set
# apart from capitals around it; `_named_firm` reads it back over `_FIRM_REACH` characters at most.
# A run of capitalised words that may hold `and`, `&`, `of` or `for` (and `the` after it) between them: where a
# body's or firm's name may lie (`Kenya Power and Lighting Company`, `Department of Health and Human Services`);
# `_firm_names` cuts it into names.
_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}\p{M}'’&-]*(?:\s+(?:(?:and|&|of|for)\s+(?:the\s+)?)?"
                                 r"\p{Lu}[\p{L}\p{M}'’&-]*)*(?:\.(?!\s+\p{Lu}))?")
_NAME_JOINERS = frozenset({"and", "&"})  # words joining two capitalised words of one name (`Procter and Gamble`)
_MIN_FIRM_NAME_WORDS = 2  # a firm's name found anywhere in the text is at least two capitalised words (`Acme Corp`)
_FIRM_REACH = 1500
_SCENE_REACH = 400  # how far after a speaker in a recalled scene (`one customer telling her`) it is passed over
_FIRM_NAME_OPENING = regex.compile(r"(?:(?i:" + "|".join(sorted(PREPOSITIONS | WEEKDAYS | {"the", "and", "but", "as"}))
                                   + r")\s+)+")  # words before a firm's name that are none of it
_CONTACT_WORD = r"\p{L}[\p{L}\p{M}'’-]*"
_CONTACT_STOP = r"(?:for|on|about|by|to|at|in|via|with|and|but|over|after|before|who|which|that|through)\b"
# `contacted the minister's office`: the form, then whom it reached (up to five words, to a preposition or a stop)
_CONTACTED = regex.compile(r"\b(?:" + "|".join(r"\s+".join(f.split()) for f in sorted(CONTACT_FORMS, key=len, reverse=True))
                           + r")\s+(" + _CONTACT_WORD + r"(?:\s+(?!" + _CONTACT_STOP + r")" + _CONTACT_WORD
                           + r"){0,4})(?=\s*[,.;:]|\s+" + _CONTACT_STOP + r"|\s*\Z)")
_CONTACT_NAMED = regex.compile(r",\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,3})(?=\s*[,.;])")  # `, Tom Reed.`
_CONTACT_REACH = 300  # the most characters the sentence before a non-response is read back over
_QUOTATION_MARKS = 2  # the marks of one quotation, its opening and its closing
# The writer opening a sentence as its subject (`I met ...`, `We spoke to ...`).
_WRITER_OPENS = regex.compile(r"(?:I|We)\h+\p{Ll}")
# A full name: a given name (checked against `first_names`) and a capitalised surname after it.
_FULL_NAME = regex.compile(r"\b(\p{Lu}[\p{Ll}\p{M}'’-]+)\h+\p{Lu}[\p{L}\p{M}'’-]+")


_TURN_LABEL = regex.compile(r"((?:\p{Lu}[\p{Lu}'’.-]*\s+){0,2}\p{Lu}[\p{Lu}'’-]+):\s")


def _head_word(run: Sequence[str]) -> str | None:
    """The noun a description's words (`_described_runs`) name last, before any relative clause: `agency` of
    `ukraine's military intelligence agency`, `poll` of `a new poll that shows ...`; None for no words."""
    head = list(itertools.takewhile(lambda w: w not in RELATIVE_PRONOUNS, run))
    return head[-1] if head else None


def _held_no_more(runs: Sequence[Sequence[str]], noun: str) -> bool:
    """Whether a description's words (`_described_runs`) say the post `noun` is held no more, a word for a post
    left (lexicon FORMER_MODIFIERS) before it in one run (`former mayor tom lee`, `the former mayor`).

    >>> _held_no_more([["former", "mayor", "tom", "lee"]], "mayor"), _held_no_more([["mayor", "ann", "ruiz"]], "mayor")
    (True, False)
    """
    return any(w in FORMER_MODIFIERS and noun in run[k + 1:] for run in runs for k, w in enumerate(run))


def _bare_surname_owner(named: dict[int, list[tuple[str, int]]]) -> tuple[str, int] | None:
    """Of a surname's occurrences in reading order, each with the given names before it (`_given_names_before`;
    none for the surname alone), the given name and opening of the one bearer named while the surname was first
    written alone: a name once used bare keeps its bearer when another who shares it comes in later (`Hillary
    Clinton ... Clinton said ... Bill Clinton`: `Clinton` is Hillary; a headline's bare surname before any full name
    counts for no one); None where none was written alone before a second bearer came in.

    >>> _bare_surname_owner({0: [("hillary", 0)], 30: [], 60: [("bill", 55)]})
    ('hillary', 0)
    >>> _bare_surname_owner({0: [("tom", 0)], 30: [("ann", 25)], 60: []}) is None
    True
    """
    seen: dict[str, tuple[str, int]] = {}
    for at in sorted(named):
        for given, begin in named[at]:
            seen.setdefault(given, (given, begin))
        if not named[at] and seen:  # (not before any full name: a headline's `Clinton Says ...`)
            return next(iter(seen.values())) if len(seen) == 1 else None
    return None


def _leads(run: Sequence[str], k: int) -> bool:
    """Whether word `k` of a description's words is a noun for one who leads a body (lexicon LEADER_NOUNS) that
    heads them, no noun for a person after it that it modifies (`union leader frank`, not `head coach`).

    >>> _leads(["union", "leader", "frank", "moss"], 1), _leads(["head", "coach"], 0)
    (True, False)
    """
    return run[k] in LEADER_NOUNS and not (k + 1 < len(run) and person_noun(run[k + 1]))


class Resolver:
    """Resolves speakers of one document in reading order; `text` is the document as the rules read it
    (`quotes.segment.reading_text`), so the pieces it splits into sentences are read already."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.speakers: list[tuple[Mention, tuple[int, int]]] = []   # mention, resolved range
        self.subjects: list[Mention] = []
        self.genders: dict[int, str] = {}   # where a resolved range ends -> the gender a pronoun or its words gave it
        self.listeners: dict[int, tuple[Mention, tuple[int, int]]] = {}  # speaker's index -> whom told, resolved
        self.addressed: set[int] = set()  # speakers' indices whose quotation named its listener at its close
        self.asked: set[int] = set()  # of those, the ones whose quotation is a question
        self.put: set[int] = set()    # of those, the ones a question was asked of (`asked her whether`, `asked him.`)
        self.writer_listeners: list[tuple[Mention, tuple[int, int]]] = []  # whom the writer (`I asked Ann Ruiz`) told
        self.replying = False   # whether the speaker being resolved answers (`he replied`)
        self.asking = False     # whether the quote being resolved is a question its speaker asks (`she asked`)
        self.passed: str | None = None   # a name passed over while resolving (`_passing_over`)
        self.reported: tuple[int, int] | None = None  # the clause the speaker reports before its cue, in its sentence
        self.described_genders: dict[str, str] = {}  # a definite description's words (`the mayor`) -> the same
        self.inside_sentence: dict[str, bool] = {}   # word -> whether the text capitalises it mid-sentence
        self.forms: dict[str, tuple[list[int], list[tuple[int, int] | None]]] = {}  # see `_longest_forms`
        self.introduced: dict[str, list[tuple[int, tuple[int, int]]]] = {}  # see `_bracketed_initials`
        self.office_holders: dict[str, list[tuple[int, tuple[int, int]]]] = {}  # see `_office_holder`
        # a name in capitals -> where it stands otherwise written, and its initials' names (`_written_otherwise`)
        self.otherwise: dict[str, tuple[list[tuple[int, tuple[int, int]]], list[tuple[int, tuple[int, int]]]]] = {}
        self.headline: dict[int, bool] = {}   # offset -> whether its sentence is a headline in title case

    def add_subject(self, m: Mention) -> None:
        """A subject seen before the next speaker; they arrive in reading order.  An owner opening a
        sentence (`opening_owner`) is none, but tells its antecedent's gender (`_learn_owner`)."""
        if not m.pronoun:
            self.subjects.append(m)
        elif self.text[m.start:m.end].lower() in ("his", "her"):
            self._learn_owner(m)

    def _learn_owner(self, m: Mention) -> None:
        """`"...," the mayor said. Her rival was unimpressed.`: `Her` stands for whom a pronoun there would
        (previous-speaker, earlier-subject), who is a woman from then on, where nothing said otherwise."""
        found = self._previous_speaker(m) or self._earlier_subject(m)
        if found is not None and m.gender is not None:
            self._learn_gender(found, m.gender)

    def _learn_gender(self, resolved: tuple[int, int], gender: str) -> None:
        """The gender of whom `resolved` names, where none was known: under its range's end, and under its
        words when it is a definite description (`the mayor` is one person all through a text)."""
        self.genders.setdefault(resolved[1], gender)
        words = self.text[resolved[0]:resolved[1]].lower()
        if words.startswith("the "):
            self.described_genders.setdefault(" ".join(words.split()), gender)

    def resolve(self, m: Mention) -> tuple[int, int] | None:
        """The resolved range for a speaker mention, and remember it as a speaker."""
        return self.resolve_by_rule(m)[1]

    def resolve_by_rule(self, m: Mention, listener: Mention | None = None, replying: bool = False,
                        reported: tuple[int, int] | None = None,
                        addressed: bool = False, asked: bool = False,
                        answering: bool = False, put: bool = False,
                        asking: bool = False) -> tuple[str | None, tuple[int, int] | None]:
        """The `resolution` rule that resolved a speaker mention (None when it resolves to itself
        or to nothing) and the resolved range; the mention is remembered as a speaker, with whom it spoke
        to (`listener`: `told her`, `asked Ms. Olsen`), resolved, for `listener-replies`, which also reads
        whether its verb answers (`replying`: `he replied`), and `tagged-clause-subject`, which reads the clause
        reported before the mention's cue in its sentence (`reported`: `The bank raised rates, it said`); `addressed`:
        the listener is one the quotation names at its close (`"Sit down, Mrs. Vale," the judge said.`); `asked`:
        that quotation, addressing its listener so, is a question (`"What now, Dr. Ruiz?" the host asked.`);
        `put`: the quote is a question asked of the listener (`Lee asked her whether ...`, `"Why?" Lee asked him.`);
        `answering`: a turn of dialogue whose verb answers (`she replied`) right after another's turn, which
        a pronoun never stands for the speaker of (`previous-speaker`); `asking`: the quote is a question its
        speaker asks (`"Would you sign it?" she asked.`), which one asked before does not answer with
        (`listener-replies`)."""
        self.replying = replying
        self.asking = asking
        self.reported = reported
        heard = None
        if listener is not None:
            heard = self._told_pronoun(m, listener) if listener.pronoun else self._name(listener)
        governed = self._governed_name(m)
        with self._passing_over(governed) if governed is not None else contextlib.nullcontext():
            # (`Ann Ruiz will not run again, she said.`: `she` is someone else, never Ruiz)
            found = RESOLUTION.first(self, m)
        if answering and found is not None and found[0] in ("previous-speaker", "earlier-subject") and self.speakers \
                and self._words(found[1]) == self._words(self.speakers[-1][1]):
            # (`"You are late," Berg said.` / `"The train was slow," she replied.`: not Berg, replying to herself)
            with self._passing_over(self._words(self.speakers[-1][1])):
                found = RESOLUTION.first(self, m)
        if found is not None and self._turn_of(m, found[1]):
            found = None  # `SMITH: We are staying. She said ...`: `She` inside Smith's own turn is not Smith
        if found is not None and heard is not None and listener is not None:
            self.listeners[len(self.speakers)] = (self._learned(listener, heard), heard)
            if addressed:
                self.addressed.add(len(self.speakers))
            if asked:
                self.asked.add(len(self.speakers))
            if put:
                self.put.add(len(self.speakers))
        if found is None:
            if heard is not None and listener is not None and self._writer(m) and (
                    self.text[heard[0]:heard[1]][:1].isupper() or _one_described(self.text[heard[0]:heard[1]].split())):
                # (`"Is the mill closing?" I asked Ann Ruiz.`: the writer, no one resolved, asked someone named, or
                # one described, `we asked the captain`; not a thing asked: `when I ask a question he doesn't like`)
                self.writer_listeners.append((self._learned(listener, heard), heard))
            return None, None
        name, resolved = found
        self.speakers.append((m, resolved))
        if m.gender in ("masc", "fem") and (resolved != (m.start, m.end) or not m.pronoun):
            # `Kemp said. "...," he said`: Kemp is a man; so is `spokesman David Brandt`, and `Brandt` later
            # (keyed by where the resolved range ends: `David Brandt` and `spokesman David Brandt` are one)
            self._learn_gender(resolved, m.gender)
        return (None if resolved == (m.start, m.end) else name), resolved

    def _words(self, at: tuple[int, int]) -> str:
        """The words at `at`, as one string (a name said twice is one name)."""
        return " ".join(self.text[at[0]:at[1]].split())

    @contextlib.contextmanager
    def _passing_over(self, name: str | None, at: int = -1) -> Iterator[None]:
        """Speakers and subjects as they are, less those that name `name` (their fullest name's words) and
        the subject at `at`, while the block runs."""
        speakers, subjects = self.speakers, self.subjects
        self.speakers = [x for x in speakers if self._words(x[1]) != name]
        self.subjects = [x for x in subjects if x.start != at and self._words(self._name(x)) != name]
        self.passed = name
        try:
            yield
        finally:
            self.speakers, self.subjects, self.passed = speakers, subjects, None

    def _told_pronoun(self, m: Mention, listener: Mention) -> tuple[int, int]:
        """Whom `him` or `her` told or asked by the speaker `m` stands for: an earlier speaker or subject, as a
        pronoun speaking would resolve, but never the teller (`Lee asked her`: `her` is not Lee, nor anyone
        named as Lee is), and where none is left, the pronoun as written (`her`: someone the text does not name)."""
        with self._passing_over(None if m.pronoun else self._words(self._name(m)), m.start):
            return self._previous_speaker(listener) or self._earlier_subject(listener) or (listener.start, listener.end)

    def _listener_replies(self, m: Mention) -> tuple[int, int] | None:
        """`"Well?" Reyes asked Ms. Olsen. "Not for a minute," she answered.`: `he` or `she` right after a
        quotation told or asked of someone (the latest speaker's listener), where the teller is known to be
        of the other gender and the listener of the pronoun's, or the pronoun's verb answers (`he replied`)
        and the listener agrees: the listener replies, not an older speaker;
        within one paragraph break, with no other subject named between."""
        if not self.speakers or self.text[m.start:m.end].lower() not in GENDERED_NOMINATIVES \
                or len(self.speakers) - 1 not in self.listeners:
            return None
        prev, resolved = self.speakers[-1]
        heard, heard_at = self.listeners[len(self.speakers) - 1]
        teller = self._learned(prev, resolved).gender
        if self.asking and len(self.speakers) - 1 in self.put and teller in (None, m.gender):
            return None  # (`The moderator pressed Brandt on the budget. "Would you sign it?" she asked.`: whoever
            # put the question asks on; the one asked answers, and `asked` tells no answer)
        if self.replying:  # `"When?" a reporter asked the spokesman. "Monday," he replied.`: whoever asked
            fits = self._agrees(heard, m)
        else:   # one addressed by name answers where nothing tells the teller's gender (`the judge`)
            fits = (teller in ("masc", "fem") and teller != m.gender
                    or teller is None and len(self.speakers) - 1 in self.addressed) and heard.gender == m.gender \
                or heard.gender in (None, m.gender) and (teller != m.gender or len(self.speakers) - 1 in self.put) \
                and len(self.speakers) - 1 in self.asked and self._agrees(heard, m) and not self._group(heard_at)
            # (`Carver asked Pike whether the trust would meet them. He said it would.`: a question asked of
            # one is answered by that one, the asker of the same gender or not)
            # (`"What now, Dr. Ruiz?" the host asked. "We wait," she said.`: a question put to one named, of no
            # known gender or the pronoun's, is answered by that one where the asker is not known to be of the
            # pronoun's gender; so is one asked of someone: `"Is it safe?" Ruiz asked the captain. "Safe enough,"
            # he said.`)
        if prev.end > m.start or not fits \
                or self.text.count("\n\n", prev.end, m.start) > 1 \
                or any(prev.end <= x.start and x.end <= m.start for x in self.subjects):
            return None
        return heard_at

    def _group(self, at: tuple[int, int]) -> bool:
        """Whether the words at `at` name a group or a body (`the crowd`, `the committee`), no one person."""
        words = self.text[at[0]:at[1]].lower().split()
        return bool(words) and (words[-1] in GROUP_NOUNS or words[-1] in ORGANISATION_WORDS)

    def _contacted_one(self, m: Mention) -> tuple[int, int] | None:
        """`Full Fact contacted the minister's office. She did not respond to a request for comment.`: a
        third-person pronoun opening a sentence that tells of a non-response (`_NON_RESPONSE`: `did not
        respond`, `declined to comment`) stands for whom the sentence right before, in its paragraph, says was
        contacted for it (lexicon CONTACT_FORMS: `contacted`, `reached out to`), where it agrees: the one
        contacted, or, for `he` or `she`, the owner of a thing contacted (`the minister's office`: the
        minister; a name set off after the one contacted: `her lawyer, Tom Reed`), not whoever contacted them;
        else None."""
        if not self._third_person(m) or not m.pronoun or _NON_RESPONSE.match(self.text, m.end) is None \
                or self.text[:m.start].rstrip()[-1:] not in ("", ".", "!", "?", "\"", "”"):
            return None
        begin = max(0, m.start - _CONTACT_REACH)
        if "\n" in self.text[begin:m.start].rstrip():
            begin = self.text.rindex("\n", begin, len(self.text[:m.start].rstrip())) + 1
        before = self.text[begin:m.start]
        if not before.strip():
            return None
        start = begin + split_read_sentences(before)[-1].start
        contact = None
        for contact in _CONTACTED.finditer(self.text, start, m.start):
            pass
        if contact is None:
            return None
        at = contact.start(1), contact.end(1)
        named_after = _CONTACT_NAMED.match(self.text, at[1], m.start)
        if named_after is not None and not any(w.lower() in ORGANISATION_WORDS for w in named_after.group(1).split()):
            at = named_after.span(1)  # `Ann Vale's lawyer, Tom Reed.`: the name set off after the description
        words = self.text[at[0]:at[1]].split()
        owner = next((i for i, w in enumerate(words[:-1]) if _POSSESSIVE_END.search(w)), None)
        if owner is not None and m.gender in ("masc", "fem") and not person_noun(words[-1]):
            end = at[0] + len(" ".join(words[:owner + 1])) - 2
            at = at[0], end  # `the minister's office`: the minister, who answers for it
        found = mention(self.text, *at, None)
        named = self._described_earlier(found) or self._name(found)
        last = self.text[named[0]:named[1]].split()[-1]
        if not self._agrees(self._learned(found, named), m) or self._no_one_for(found, named, m) \
                or self.text[m.start:m.end].lower() == "it" and last.islower() and person_noun(last):
            return None  # (`contacted the spokesman. It ...`: no one `it` stands for; `the Treasury` is a body)
        return named

    def _reported_subject(self, m: Mention) -> tuple[int, int] | None:
        """`The central bank raised rates on Thursday, it said.`, `The mayor will not run again, she told
        reporters.`: a pronoun speaking a clause reported before its cue, in its own sentence, stands for that
        clause's opening subject (`opening_subject`) when its words say it agrees: of the pronoun's gender (a
        body for `it`: `the bank`; a man or a woman for `he` or `she`), or plural for `they`."""
        if self.reported is None or not self._third_person(m) or self._governed_name(m) is not None:
            return None
        found = opening_subject(self.text, *self.reported)
        word = self.text[m.start:m.end].lower()
        if found is None and word == "they":  # `The companies expect sales to slow, they said`: a plural
            found = opening_description(self.text, *self.reported, "plur")  # description, within the report's own sentence
        if found is None and word in GENDERED_NOMINATIVES:
            return self._role_of(m)
        measured = measured_body(self.text, *self.reported) if word == "it" else None
        if measured is not None and measured.end <= m.start:
            return measured.start, measured.end  # `Profits at the carmaker fell by a third, it said`
        if found is None or found.pronoun or found.end > m.start:
            return None
        if _POSSESSIVE_END.search(self.text[found.start:found.end]):  # `Brazil's central bank`: the bank
            owned = _OWNED_WORDS.match(self.text, found.end, self.reported[1])
            body = next((w for w in (owned.captures(1) if owned else ()) if w in ORGANISATION_WORDS), None)
            if body is None or word != "it":
                return None
            return found.start, found.end + owned.group(0).index(body) + len(body)
        named = self._name(found)
        learned = self._learned(found, named)
        if word == "they":
            agrees = learned.number == "plur"
        elif word == "it":  # a body's name of no known gender too (`Acme will cut jobs, it said`)
            agrees = learned.number != "plur" and learned.gender in (None, "neut") and not self._person_for_it(named, m)
        else:
            agrees = learned.number != "plur" and (learned.gender == m.gender if learned.gender is not None
                                                   else self._ungendered_person(found, m))
        return named if agrees else None

    def _governed_name(self, m: Mention) -> str | None:
        """`Joe Hunt said he would not vote for Vale. Also, Vale is not a conservative, he said.`: the words of a
        person's name (a given name, an honorific or a title and a name: `Tom Vale`, `Mr. Vale`; not a title alone,
        `The Prime Minister`) opening the clause that `he` or `she` tags (a comma before the pronoun), where the
        latest speaker, within one paragraph break, is someone else of the pronoun's gender: that speaker goes on
        talking about the one named, whom English never reads the pronoun as (a pronoun cannot stand for a name
        in the clause it governs while another stands ready); else None (`Grayson has backed the bill, he said`
        with no other man speaking just before: news style for Grayson himself)."""
        if self.reported is None or self.text[m.start:m.end].lower() not in GENDERED_NOMINATIVES or not self.speakers \
                or not regex.fullmatch(r"\s*,\s*", self.text[self.reported[1]:m.start]):
            return None
        found = opening_subject(self.text, *self.reported)
        if found is None or found.pronoun or found.end > m.start or found.number == "plur" or not self.is_name(found):
            return None
        words = regex.findall(r"[\p{L}\p{M}'’.-]+", self.text[found.start:found.end])
        if _POSSESSIVE_END.search(self.text[found.start:found.end]) \
                or all(not w[:1].isupper() or w.lower() in _NOT_NAMES or _title_of(w) is not None
                       or w.lower() in ROLE_WORDS for w in words):
            return None
        name = self._words(self._name(found))
        prev, resolved = self.speakers[-1]
        learned = self._learned(prev, resolved)
        if prev.end > found.start or len(_PARAGRAPH_BREAK.findall(self.text, prev.end, m.start)) > 1 \
                or learned.gender != m.gender or learned.number == "plur" or self._words(resolved) == name:
            return None
        return name

    def _role_of(self, m: Mention) -> tuple[int, int] | None:
        """`The mayor of Eastport will not run again, she said.`: the clause reported before the cue opening
        with `The`, a noun for one person (`_PERSON_HEADS`: `mayor`, `chief executive`) and `of` a name (`the`
        before it or not), its verb after: the one with that role, of no known gender, is whom `he` or `she`
        stands for, where no earlier speaker or subject agrees (`_ungendered_person`)."""
        assert self.reported is not None
        role = _ROLE_OF.match(self.text, *self.reported)
        if role is None or role.group(1) not in _PERSON_HEADS or role.end() > m.start \
                or gender_of(role.group(0).split()) not in (None, m.gender):
            return None
        if self._previous_speaker(m) is not None or self._earlier_subject(m) is not None:
            return None
        return role.start(), role.end()

    def _ungendered_person(self, found: Mention, m: Mention) -> bool:
        """`The mayor will not run again, she said.`: a description of one person whose gender nothing told
        (`opening_description`, no name: `the mayor`) is whom `he` or `she` reporting it stands for, where no
        earlier speaker or subject agrees with the pronoun (`Jo Hart spoke. The mayor ..., she said` is Hart)."""
        desc = opening_description(self.text, found.start, self.reported[1] if self.reported else found.end)
        return desc is not None and (desc.start, desc.end) == (found.start, found.end) and desc.gender is None \
            and self._previous_speaker(m) is None and self._earlier_subject(m) is None

    def _previous_speaker(self, m: Mention) -> tuple[int, int] | None:
        if not self._third_person(m):
            return None
        for prev, resolved in reversed(self.speakers):
            if prev.start < m.start and self._agrees(self._learned(prev, resolved), m) and not self._person_for_it(resolved, m) \
                    and not self._described_person_for_it(prev, m) and not self._no_one_for(prev, resolved, m) \
                    and not self._in_scene(prev, m):
                return None if self._named_subject_after(prev, m) else resolved
        return None

    def _in_scene(self, prev: Mention, m: Mention) -> bool:
        """Whether `prev` does its speaking in a scene someone recalls or perceives, a cue's `-ing` form right
        after it (`She remembers one customer telling her, "..."`, `heard a man shouting`), within `m`'s
        sentence or one before: the one who remembers is the narration's, never the one in the scene (`That,
        she said, was when she knew.`: not the customer)."""
        after = _NEXT_WORD.match(self.text, prev.end)
        return after is not None and after.group(1).endswith("ing") and after.group(1) in cue_forms() \
            and m.start - prev.end < _SCENE_REACH

    def _learned(self, prev: Mention, resolved: tuple[int, int]) -> Mention:
        """`prev` with the gender a pronoun that resolved to the same one gave it, or its fullest name's words
        (`Vladeck` resolved to `Stephen Vladeck`), or one that the same definite description was given (`the
        mayor`), where its own words give none."""
        words = self.text[resolved[0]:resolved[1]]
        gender = prev.gender or self.genders.get(resolved[1]) or gender_of(words.split()) \
            or self.described_genders.get(" ".join(words.lower().split()))
        return prev if gender == prev.gender else Mention(prev.start, prev.end, prev.number, gender, prev.pronoun)

    def _named_subject_after(self, prev: Mention, m: Mention) -> bool:
        """Whether a name that agrees with `m` is the subject of a sentence after the speaker `prev` and
        before `m`, in `m`'s paragraph (`"...," Kemp said. ¶ Dent, who joined in 2022, left. He told
        the Echo: "..."`), or a lone name opening the sentence right before `m`'s (`_lone_name_just_before`):
        the pronoun's nearer antecedent, for `earlier-subject` to name."""
        paragraph = self._narration_before(self.text.rfind("\n", 0, m.start) + 1)
        replier = self._reply_announced(prev, m)
        if replier is not None and self._agrees(self._learned(replier, self._name(replier)), m):
            return True
        first = bisect.bisect_left(self.subjects, max(prev.end, paragraph), key=lambda x: x.start)
        if any(x.end <= m.start and self._agrees(self._learned(x, self._name(x)), m)
               and (self.is_name(x) or _opens_as_description(self.text, x))
               for x in itertools.takewhile(lambda x: x.start < m.start, self.subjects[first:])):
            return True
        return any(x.end <= m.start and self._agrees(self._learned(x, self._name(x)), m)
                   and self._lone_name_just_before(x, m)
                   for x in itertools.takewhile(lambda x: x.start < m.start, self.subjects[first:]))

    def _reply_announced(self, prev: Mention, m: Mention) -> Mention | None:
        """`"The plan is sound," Lee said. Ruiz disagreed.` ¶ `"We have heard that before," she said.`: the
        subject of a sentence closing the paragraph right before the pronoun's, after the speaker `prev`, whose
        verb answers another's words (lexicon RESPONSE_FORMS: `disagreed`, `shot back`, `was unconvinced`; an
        adverb between: `Ruiz also disagreed`), is one who replies in the next paragraph: the pronoun's nearer
        antecedent; a name, a lone capitalised word that may be a surname (`_may_be_surname`), or a description
        of one person opening its sentence (`Her rival objected.`); `Dent left.` announces no reply."""
        paragraph = self.text.rfind("\n", 0, m.start) + 1
        end = len(self.text[:paragraph].rstrip())
        if end == 0 or end <= prev.end:
            return None
        start = self.text.rfind("\n", 0, end) + 1
        pieces = split_read_sentences(self.text[start:end])
        if not pieces:
            return None
        opens = start + pieces[-1].start
        j = bisect.bisect_left(self.subjects, opens, key=lambda x: x.start)
        x = self.subjects[j] if j < len(self.subjects) else None
        if x is None or x.start != opens or x.start < prev.end or x.pronoun \
                or _QUOTE_MARK.search(self.text, opens, end) is not None:
            return None
        if not (self.is_name(x) or self._may_be_surname(x) or _opens_as_description(self.text, x)):
            return None
        return x if announces_reply(self.text[x.end:end]) else None

    def _may_be_surname(self, x: Mention) -> bool:
        """Whether `x` is a single capitalised word that may be a surname alone: not an owner (`Ban's`), a noun
        for a group or a body (`Police`), a noun for a person, a pronoun or a word `_lone_capital` turns away."""
        phrase = self.text[x.start:x.end]
        return not (x.pronoun or not regex.fullmatch(r"\p{Lu}\p{Ll}+", phrase) or self._lone_capital(x)
                    or phrase.lower() in _NOT_NAMES or phrase.lower() in ORGANISATION_WORDS
                    or phrase.lower() in _PERSON_HEADS or phrase.lower() in GROUP_NOUNS)

    def _lone_name_just_before(self, x: Mention, m: Mention) -> bool:
        """`Lee said the plan was sound. Ruiz disagreed. "We have heard that before," she said.`: a single
        capitalised word opening the sentence right before the pronoun's, a sentence that quotes nothing, is a
        name (a surname alone, as English reads a word in capitals right before a verb in the past or an
        auxiliary, an adverb between at most: `Obama also addressed`) and the pronoun's nearer antecedent, though
        the text never writes it inside a sentence; not an owner (`Ban's`), a noun for a group or a body
        (`Police disagreed.`), a pronoun or a word `_lone_capital` turns away."""
        if not self._may_be_surname(x):
            return False
        after = [w.lower() for w in regex.findall(r"[\p{L}'’]+", self.text[x.end:x.end + 40])]
        after = list(itertools.dropwhile(lambda w: w in CUE_ADVERBS or w.endswith("ly"), after))[:1]
        if not after or not (after[0] in AUXILIARIES or after[0] in IRREGULAR_PASTS or after[0] in NEGATED_AUXILIARIES
                             or after[0].endswith("ed")):
            return False  # (`Longtime friends still ...`, `Similar firearms ...`: an adjective, no name, before a noun)
        pieces = split_read_sentences(self.text[x.start:m.end])
        return len(pieces) == 2 and pieces[0].start == 0 \
            and _QUOTE_MARK.search(self.text, x.start, x.start + pieces[0].end) is None

    def _narration_before(self, paragraph: int) -> int:
        """Where the paragraph before the one opening at `paragraph` opens, when it quotes nothing (no
        quotation mark): narration that brings someone in (`Her rival, Jo Hart, was blunter.` ¶ `"No,"
        she said.`) speaks of the pronoun's nearer antecedent as its own paragraph would; else `paragraph`."""
        end = len(self.text[:paragraph].rstrip())
        if end == 0:
            return paragraph
        start = self.text.rfind("\n", 0, end) + 1
        return paragraph if _QUOTE_MARK.search(self.text, start, end) else start

    def tells_gender(self, m: Mention) -> bool:
        """Whether a mention, or its name's fullest form (`Dent` after `Sen. Mark Dent`), tells a man or a woman."""
        a, b = self._name(m)
        return (m.gender or gender_of(self.text[a:b].split())) in ("masc", "fem")

    def is_name(self, m: Mention) -> bool:
        """Whether a mention is a name (`_named`), a surname alone too once an earlier fuller form makes it
        one (`Ruiz leaned forward` after `Dr. Ann Ruiz`, where `Ruiz` never follows a lower-case word)."""
        return self._named(m) or self._named(Mention(*self._name(m), m.number, m.gender, False))

    def _named(self, m: Mention) -> bool:
        """Whether a mention is a name: two capitalised words or more (`Assistant manager Sue Kelly`), or
        one that the text also capitalises inside a sentence (`Dent` after `manager Paul Dent`); not a
        determiner or other word that opens sentences (`The meeting`), an adverb or adjective capitalised
        only there (`Politically`), nor a possessive (`Elliott's`). The text is searched once a word."""
        words = [w for w in regex.findall(r"[\p{L}\p{M}'’.-]+", self.text[m.start:m.end])
                 if w[:1].isupper() and w.lower() not in _NOT_NAMES]
        if any(w.endswith(POSSESSIVE_ENDINGS) for w in words) or not words:
            return False
        if len(words) > 1:
            return True
        if words[0] not in self.inside_sentence:
            self.inside_sentence[words[0]] = regex.search(
                r"[\p{Ll},]\s+" + regex.escape(words[0]) + r"\b", self.text) is not None
        return self.inside_sentence[words[0]] or _person_set_off_after(self.text, m.end)

    def _in_headline(self, at: int) -> bool:
        """Whether the sentence holding offset `at` is a headline in title case (`title_case`, every word
        capitalised but short ones, `of`, `to`: `Former Gov. Jo Hart said` is none), where a capitalised
        chain is no name's fullest form: only a first name before the short one counts."""
        if at not in self.headline:
            line = self.text.rfind("\n", 0, at) + 1
            close = self.text.find("\n", at)
            piece = self.text[line:len(self.text) if close == -1 else close]
            sentence = next((x for x in split_read_sentences(piece) if x.start <= at - line < x.end), None)
            words = [tok.text for tok in sentence.tokens if tok.text[0].isalpha()] if sentence is not None else []
            self.headline[at] = title_case(words) and all(w[0].isupper() or len(w) <= 3 for w in words)
        return self.headline[at]

    def _earlier_subject(self, m: Mention) -> tuple[int, int] | None:
        if not self._third_person(m):
            return None
        for prev in reversed(self.subjects):
            if prev.end > m.start or self._lone_capital(prev):
                continue
            if m.pronoun and self.text[m.start:m.end].lower() in POSSESSIVE_PRONOUNS \
                    and _REJECTING_BETWEEN.fullmatch(self.text, prev.end, m.start):
                continue  # `Residents rejected their warning that ...`: no one rejects their own claim
            if m.pronoun and self.text[m.start:m.end].lower() in POSSESSIVE_PRONOUNS \
                    and _DOUBTING_BETWEEN.fullmatch(self.text, prev.end, m.start) \
                    and _SAYING_NOUN_AFTER.match(self.text, m.end):
                continue  # `Neighbours ridiculed their suggestion that ...`: no one scorns their own words
            if prev.number == "plur" and (member := self._member(prev, m)) is not None:
                return member
            if self._in_scene(prev, m):
                continue  # `She remembers one customer telling her, "..."`: not the one in the scene
            named = self._described_earlier(prev) or self._organisation_epithet(prev) or self._name(prev)
            # (`The senator was furious.`: who he is; `The firm blamed weak demand.` after `Acme Corp. said`: Acme)
            if self._agrees(self._learned(prev, named), m) and not self._person_for_it(named, m) \
                    and not self._described_person_for_it(prev, m) and not self._no_one_for(prev, named, m):
                return named
        return None

    def _earlier_listener(self, m: Mention) -> tuple[int, int] | None:
        """`Tom Lee asked Ann Ruiz why the bridge was late. He said ... She said ...`: `he` or `she` that no
        earlier speaker or subject agrees with stands for the latest one told or asked before (a name, not a
        pronoun as written) whose gender is the pronoun's, within one paragraph break; else None."""
        if not self._third_person(m) or m.gender not in ("masc", "fem"):
            return None
        told = [self.listeners[k] for k in sorted(self.listeners, reverse=True)]
        for heard_m, heard in sorted(told + self.writer_listeners, key=lambda x: -x[0].start):
            if heard_m.end > m.start or heard_m.pronoun and heard == (heard_m.start, heard_m.end):
                continue
            if len(_PARAGRAPH_BREAK.findall(self.text, heard_m.end, m.start)) > 1:
                return None
            learned = self._learned(heard_m, heard).gender
            if learned == m.gender or learned is None and heard_m.number != "plur" \
                    and _one_described(self.text[heard[0]:heard[1]].split()):
                return heard  # (`we asked the captain`: one of either gender)
        return None

    def _writer(self, m: Mention) -> bool:
        """Whether the mention is the writer speaking in the first person (`I`, `we`: `I asked Ann Ruiz`)."""
        return m.pronoun and self.text[m.start:m.end].lower() in FIRST_PERSON_WORDS

    def _earlier_author(self, m: Mention) -> tuple[int, int] | None:
        """`The council received a letter signed by Ms Ann Lee. According to her, ...`: `he` or `she` that no
        earlier speaker, subject or listener agrees with stands for the latest one named as the signer or writer of
        a document (`_SIGNED_BY`: lexicon SIGNING_FORMS) whose words give the pronoun's gender, within one
        paragraph break; else None."""
        if not self._third_person(m) or m.gender not in ("masc", "fem"):
            return None
        for found in reversed(list(_SIGNED_BY.finditer(self.text, 0, m.start))):
            if len(_PARAGRAPH_BREAK.findall(self.text, found.end(), m.start)) > 1:
                return None
            if gender_of(found.group(1).split()) == m.gender:
                return found.span(1)
        return None

    def _writer_met(self, m: Mention) -> tuple[int, int] | None:
        """`I met Carla Ortiz at a cafe. "We close at nine," she told me.`: `he` or `she` that no earlier speaker,
        subject, listener or author agrees with, right after a quotation that follows a sentence the writer opens as
        its subject (`I`, `We`: the writer, no one resolved) within one paragraph break, stands for the one person that
        sentence names in full (a given name, lexicon `first_names`, and a surname), an object there, where the given
        name is of the pronoun's gender; none where it names two, or one of the other gender."""
        if not self._third_person(m) or m.gender not in ("masc", "fem") or not m.pronoun:
            return None
        begin = max(0, m.start - _CONTACT_REACH)
        marks = list(_QUOTE_MARK.finditer(self.text, begin, m.start))
        if len(marks) < _QUOTATION_MARKS or self.text[marks[-1].end():m.start].strip():
            return None
        before = self.text[begin:marks[-_QUOTATION_MARKS].start()]   # up to the quotation right before the pronoun
        if before.rstrip()[-1:] not in (".", "!", "?"):
            return None   # (a sentence the writer ends before the quotation)
        sentence = split_read_sentences(before)[-1]
        a, b = begin + sentence.start, begin + sentence.end
        if _QUOTE_MARK.search(self.text, a, b) or not _WRITER_OPENS.match(self.text, a) \
                or len(_PARAGRAPH_BREAK.findall(self.text, b, m.start)) > 1:
            return None
        names = [x for x in _FULL_NAME.finditer(self.text, a, b) if given_name(x.group(1)) is not None]
        if len(names) != 1 or given_name(names[0].group(1)) != m.gender:
            return None
        return names[0].span()

    def _member(self, prev: Mention, m: Mention) -> tuple[int, int] | None:
        """`Ann Ruiz and Tom Lee met in 2019.` then `"...," he said`: of two names `and` joins (a title in lower case
        among its words: `Police chief Tom Vale`; a name set off after kin: `and his wife, Ann Hale`), the one whose
        words give the gender of `he` or `she`, where the other's give the other gender; or the one not passed
        over (`_passing_over`: one who replies is not the one replied to), neither of another gender."""
        if m.gender not in ("masc", "fem"):
            return None
        phrase = self.text[prev.start:prev.end]
        joined = phrase.split(" and ")
        skips = [k.end() if (k := _KIN_BEFORE_NAME.match(p)) is not None else 0 for p in joined]
        parts = [p[k:] for p, k in zip(joined, skips)]  # `Tom Hale and his wife, Ann Hale`: the name set off after kin
        if len(parts) != 2 or not all(_MEMBER_NAME.fullmatch(p) and all(w in ROLE_WORDS | _PERSON_HEADS for w in
                                                                     regex.findall(r"\b\p{Ll}+\b", p))
                                      for p in parts):
            return None  # (a title in lower case within a member: `Police chief Tom Vale and Mayor Jo Hart`)
        genders = [gender_of(p.split()) for p in parts]
        other = "fem" if m.gender == "masc" else "masc"
        if self.passed in parts and genders[parts.index(self.passed)] in (None, m.gender) \
                and genders[1 - parts.index(self.passed)] in (None, m.gender):
            i = 1 - parts.index(self.passed)  # (`Ruth Dahl and Ann Berg` then `"...," Berg said.` / `"...," she replied`)
        elif sorted(genders, key=str) == sorted([other, None], key=str) and not any(
                w.lower() in ORGANISATION_WORDS for w in parts[genders.index(None)].split()):
            i = genders.index(None)  # `Tom Vale and Jo Hart` then `she`: the one who may be she (not `Acme Corp`)
        elif set(genders) != {"masc", "fem"}:
            return None
        else:
            i = genders.index(m.gender)
        start = prev.start + (0 if i == 0 else len(joined[0]) + len(" and ")) + skips[i]
        return start, start + len(parts[i])

    def _no_one_for(self, prev: Mention, resolved: tuple[int, int], m: Mention) -> bool:
        """Whether the words at `resolved` (for `prev`) are no one a singular `he`, `she` or `it` stands for:
        none but a preposition (`Under`), headed by a share or count (`Nearly half said`, `a third of the
        voters`, `Part of the issue`), a month (`December's agreement`) or a pronoun for anyone (`Everyone`, `something`, `which`); for `he` or
        `she`, of no gender known, a description (`the`, `a`, `His`, or no determiner in lower case) whose
        head, before a preposition, a relative pronoun, a participle or a comma, and after an owner (`the
        state's website`), is a noun in lower case for no person (`the run-up to the vote`, `His new jet`,
        `approach`; not `the spokesman`, `a caller`, `the Ohio Republican`), or an article and capitals
        only, a thing's or a body's name (`the Great Fire`, and a paper's whose last word names a person too:
        `the Daily Star`; not `a defiant Ruiz`); nor a number (`21,000`)."""
        if m.number != "sing":
            return False
        words: list[str] = []
        tokens = self.text[resolved[0]:resolved[1]].split()
        owner = max((i for i, w in enumerate(tokens[:-1]) if _POSSESSIVE_END.search(w)), default=-1)
        if owner > 0:  # `the state's website`: what the owner has heads it
            tokens = tokens[:1] + tokens[owner + 1:]
        if tokens and all(regex.fullmatch(r"[\d.,%]+", w) for w in tokens):
            return True  # a number (`21,000`)
        if tokens and all(_POSSESSIVE_END.sub("", w).lower() in MONTHS for w in tokens):
            return True  # a time (`December's agreement was a triumph for Ban.`: never `he`)
        for w in tokens:
            if w.lower() in PREPOSITIONS or w.lower() in RELATIVE_PRONOUNS \
                    or len(words) > 1 and (_participle(w) or w.lower() in POSTPOSED_ADJECTIVES):
                break  # (`the chief known as Bob`, `a source close to the club`: the head is before)
            words.append(_POSSESSIVE_END.sub("", w.strip(",.")))
            if w.endswith(","):  # `the lawyer, who ...`: the head ends at the comma
                break
        if not words or words[-1].lower() in PARTITIVES or words[-1].lower() in INDEFINITES:
            return True
        if m.gender not in ("masc", "fem") or self._learned(prev, resolved).gender is not None:
            return False
        head = words[-1]
        if head.lower() in SINGLE_QUANTIFIERS:
            return False  # `one of the lawyers`
        described = words[0].lower() in DETERMINERS or words[0].lower() in POSSESSIVE_PRONOUNS or head[:1].islower()
        if head[:1].isupper() and (words[0].lower() not in ARTICLES
                                   or any(w[:1].islower() for w in words[1:])):
            return False  # a name (`Dr. Ruiz`, `a defiant Ruiz`, `the party's treasurer Jo Hart`)
        if head[:1].isupper() and len(words) > 2 and head.lower() in NEWS_OUTLET_WORDS:
            return True  # `the Daily Star`, `the Sunday Observer`: a paper's name, whatever person its last word names
        return described and not person_noun(head) and _AGE_WORD.fullmatch(head) is None  # (`The 45-year-old`: one)

    def _person_for_it(self, resolved: tuple[int, int], m: Mention) -> bool:
        """Whether `m` is `it` or `its` and the words at `resolved` name a person, of no known gender: a title
        or honorific (`Dr. Kwame Asante`) or a head noun that names one (`the United boss`, `the expert`):
        `it` stands for an organisation or a thing (`The club backs him, it said`), never for them."""
        if self.text[m.start:m.end].lower() not in ("it", "its"):
            return False
        words = [w.lower().strip(",.") for w in self.text[resolved[0]:resolved[1]].split()]
        core = _before_preposition(words)
        return bool(core) and (core[-1] in ROLE_WORDS or core[-1] in SPEAKER_NOUNS
                               or any(w in HONORIFICS or w in TITLE_ABBREVIATIONS for w in core))

    def _described_person_for_it(self, said: Mention, m: Mention) -> bool:
        """Whether `m` is `it` or `its` and the speaker as written, `said`, is a description of one person with a
        name set off after it (`Its director, Rocio Concha, said ...`): a person, whatever the name's gender,
        whom `it` never stands for (`_person_for_it` reads the description's head)."""
        described = self.text[said.start:said.end].split(",")[0]
        return "," in self.text[said.start:said.end] and self._person_for_it((said.start, said.start + len(described)), m)

    def _lone_capital(self, m: Mention) -> bool:
        """A single capitalised word set off by a comma, ending in -ly or a preposition (`Under a new
        contract, ...`), and never capitalised inside a sentence (`Politically, she knew ...`: an adverb
        opening its sentence, which `opening_name` may take for a name; not `Kerry arrived ...`): no antecedent.
        Not a word whose comma opens a description or an age set off before a verb in lower case (`Costa, the
        top seed, was not impressed.`, `Costa, 24, has`): a name, the subject, named once or not."""
        phrase = self.text[m.start:m.end]
        return " " not in phrase and phrase[:1].isupper() and not m.pronoun \
            and (self.text[m.end:m.end + 1] == "," or phrase.endswith("ly") or phrase.lower() in PREPOSITIONS) \
            and not self._named(m) and not (phrase.lower() not in PREPOSITIONS and not phrase.endswith("ly")
                                            and _described_after(self.text, m.end))

    def _described_name(self, m: Mention) -> tuple[int, int] | None:
        """`His opponent, Jo Hart, said ...`, `"No," said her lawyer, Tom Vale.`: a speaker that is a description (a
        determiner or an owner, its noun in lower case, the phrase of its office after it at most) and a name set
        off after it (`_DESCRIPTION_THEN_NAME`, read by `_described_reading`: `A spokesman for the Denver Police
        Department, Sgt. Tom Lane,`) stands for the name, a title in lower case before it left out, widened as a
        name is (`_name`); so does a capitalised office before a name (`The Treasurer, Tom Vale,`:
        `_OFFICE_THEN_NAME`, read by `_office_reading`)."""
        phrase = self.text[m.start:m.end]
        if m.pronoun or not phrase:
            return None
        text = phrase[0].upper() + phrase[1:] + ", "
        office = _OFFICE_THEN_NAME.fullmatch(text)
        if office is not None and _office_reading(office):
            start, end = m.start + office.start("name"), m.start + office.end("name")  # `The Treasurer, Tom Vale`
        else:
            found = _DESCRIPTION_THEN_NAME.fullmatch(text)
            if found is None or not _described_reading(found):
                return None
            lower = sum(len(w) + 1 for w in itertools.takewhile(lambda w: w[:1].islower(), found.group("name").split()))
            start, end = m.start + found.start("name") + lower, m.start + found.end("name")
        return self._name(Mention(start, end, "sing", gender_of(self.text[start:end].split()), False))

    def _named_description(self, m: Mention) -> tuple[int, int] | None:
        """`One of them, a retired teacher named Ruth Cole, said`, `a man called Tom Vale`: a speaker that is a
        description (a lower-case noun for a person) and a participle that gives a person's name (lexicon
        PERSON_NAMING_FORMS) closed by a name (capitalised words) stands for that name, widened as a name is."""
        if m.pronoun:
            return None
        found = _NAMED_DESCRIPTION.search(self.text[m.start:m.end])
        if found is None or found.group("form").lower() not in PERSON_NAMING_FORMS \
                or not person_noun(found.group("noun")):
            return None
        start, end = m.start + found.start("name"), m.start + found.end("name")
        return self._name(Mention(start, end, "sing", gender_of(self.text[start:end].split()), False))

    def _described_earlier(self, m: Mention) -> tuple[int, int] | None:
        """`the director` after `Maria Gonzalez, the city's housing director,` or `Housing Director Maria
        Gonzalez`: a definite description (`the` and lower-case words) stands for the latest earlier speaker
        or subject that agrees with it and whose own words, or the description set off after them, hold
        every word of it (`_kinds`: `the former president` is not `Vice President Jo Hart`; `The city's lawyer, Ann
        Ruiz,` and `Dr. Ann Ruiz` are a lawyer and a doctor), and that says more
        than the description itself: not its own noun again (`the bank` after a headline `Bank to close 50
        branches`, where the capital only opens the line); a word telling the person has died (lexicon
        DECEASED_MODIFIERS: `the late pianist` after `Tom Vale, the jazz pianist,`) is none it must hold."""
        words = self.text[m.start:m.end].split()
        if m.pronoun or len(words) < 2 or words[0].lower() != "the" \
                or not all(w.islower() or (w.isupper() and w.lower() in ROLE_WORDS) for w in words[1:]) \
                and not (words[-1].islower() and (words[-1] in ROLE_WORDS or words[-1] in SPEAKER_NOUNS)) \
                and not _capitalised_office(words[1:]) and not _initials_mention(words) \
                and not (words[-1][:1].isupper() and words[-1].lower() in PARTISANS):
            return None  # `the director`, `the MP` (an office's initials), `the Democratic senator`, `the Republican`
            # (a party's member); not `the White House`
        if _parent_of_count(words):  # `said the father of three`: a gender, no kind to match
            return next((resolved for prev, resolved in self._latest_first(m.start)
                         if m.gender is not None and self._learned(prev, resolved).gender == m.gender
                         and self.text[resolved[0]:resolved[1]][:1].isupper()), None)
        own = {w.lower() for w in words[1:]} - DECEASED_MODIFIERS - APPRAISING_MODIFIERS  # `the late pianist`: the
        # pianist, now dead; `the veteran coach`: the coach
        own -= _domain_owners(words)  # `the company's founder`: the founder, whatever company was named
        if not own:
            return None
        noun = words[-1].lower() if person_noun(words[-1]) else None
        body = noun is None and words[-1].lower() in ORGANISATION_WORDS  # `the ministry`: a body, never a person
        ages = {w for w in own if _AGE_WORD.fullmatch(w)} if noun is not None else set()  # `the 45-year-old shop owner`
        for prev, resolved in self._latest_first(m.start):
            said = self.text[resolved[0]:resolved[1]].split()
            lowered = [w.lower() for w in said]
            if words[-1].lower() in lowered:  # the words after the body's noun: what it may qualify
                said = said[len(lowered) - lowered[::-1].index(words[-1].lower()):]
            if body and any(w.lower() in ROLE_WORDS or w.islower() and person_noun(w) for w in said):
                continue  # `the ministry` is not `Foreign Ministry spokesperson Wang Wenbin`: the body's word a modifier
                # of the noun for a person after it; but `Russia's defence ministry` is one (the head comes last)
            if body and not any(_head_word(run) == words[-1].lower() for run in self._described_runs(prev, resolved)):
                continue  # `the military` is not `Ukraine's military intelligence agency`: a body is what its noun
                # names last, not one whose word only qualifies another noun
            if noun is None and self._qualifies_people(words[-1].lower(), self._described_runs(prev, resolved, False)):
                continue  # `the county` is not `the county planning staff`: people its noun only qualifies
            if noun is not None and not own & FORMER_MODIFIERS and _held_no_more(self._described_runs(prev, resolved), noun):
                continue  # `the mayor` is not `Former Mayor Tom Lee`: a post its holder has left
            kinds = self._kinds(prev, resolved)
            if _initials_mention(words):  # `the DC` after `Deputy Commissioner Rajiv Sharma`: its initials only
                kinds = {i for run in self._described_runs(prev, resolved, False) for i in _office_initials(run)}
            if kinds & ROLE_SHARING_NOUNS and noun is not None and noun not in DEED_AGENT_NOUNS:
                kinds = kinds | {noun}  # `His City counterpart, Dan Moss,`: `the City boss`, whatever the role
            if not {w.lower() for w in self.text[resolved[0]:resolved[1]].split()} - _ARTICLES <= own \
                    and (own <= kinds or own & kinds & ages) and self._agrees(self._learned(prev, resolved), m):
                return resolved  # (an age given before names the one: `Tom Vale, 45,` ... `the 45-year-old shop owner`)
        return self._named_firm(m, words[-1].lower(), own_noun=True) if body and len(words) == _ARTICLE_AND_NOUN \
            else None
        # (`Lee, who leads the Riverside Residents' Association, said ...` then `The association said`: the one name
        # the noun closes in the stretch before, as `the lender` finds its bank)

    @staticmethod
    def _qualifies_people(noun: str, runs: Sequence[Sequence[str]]) -> bool:
        """Whether `noun`, no noun for a person, stands in a description (`_described_runs`, as written) only to
        qualify a noun in lower case for people or a group of them after it (`county` of `The county planning
        staff`, `city` of `city officials`): the description names those people, never what `noun` names (`the
        county` is a body); a name after it is none (`actress Ann Baker`).

        >>> Resolver._qualifies_people("county", [["The", "county", "planning", "staff"]])
        True
        >>> Resolver._qualifies_people("county", [["the", "county", "road"]]), Resolver._qualifies_people(
        ...     "actress", [["actress", "Ann", "Baker"]])
        (False, False)
        """
        for run in runs:
            head = list(itertools.takewhile(lambda w: w not in RELATIVE_PRONOUNS, run))  # (`a poll that shows ...`)
            low = [w.lower() for w in head]
            if noun in low and any(w.isalpha() and w.islower() and (w in GROUP_NOUNS or person_noun(w) or w.endswith("s")
                                                                    and person_noun(_singular(w)))
                                   for w in head[low.index(noun) + 1:]):
                return True
        return False

    def _epithet(self, m: Mention) -> tuple[int, int] | None:
        """`"We were poor," said Tom Vale. "...," the Dutchman added.`: `the` and a noun for a person of a nation
        (`DEMONYM_NOUNS`) or an age (`the 24-year-old`) that no earlier mention was given, or a prize won or put
        up for (`the Oscar winner`, `the Oscar-winning actress`: `_accolade`), a second mention
        that tells more of whom it stands for: the latest earlier speaker or subject that is a person's name,
        when it agrees in gender and was named within one paragraph break before; an older one never (the
        latest name is whom a reader takes it for); an age before a nation's noun tells both (`the 31-year-old
        Welshman`: no earlier mention given another age or nation); an age before a noun that one was called already
        tells the age (`Rep. Tom Harlan` ... `the 45-year-old congressman`); so does a party's member capitalised, a
        place before it or not (`Former Sen. Bob Graham` ... `The Democrat`, `the Ohio Republican`), where the one
        named was given no other party."""
        words = self.text[m.start:m.end].split()
        if m.pronoun or len(words) < 2 or words[0].lower() != "the":
            return None
        age = _AGE_WORD.fullmatch(words[1]) is not None
        noun = " ".join(words[2:] if age else words[1:])  # the nation's noun, if any
        nation = noun[:1].isupper() and noun.lower() in DEMONYM_NOUNS
        position = noun in PLAYING_POSITIONS  # `the winger`, `the 28-year-old striker`
        known = age and bool(noun) and not (nation or position) and person_noun(words[-1])  # `the 45-year-old
        # congressman`: an age, new, before a noun for what the one named was called already
        party = not age and words[-1].lower() in PARTISANS and all(w[:1].isupper() for w in words[1:])  # `the Democrat`,
        # `the Ohio Republican`: a party (and a place), new, that no one named before was given (`described-earlier`)
        if not (nation or position or known or party or age and not noun or _accolade(words[2:] if age else words[1:])):
            return None
        for prev, resolved in self._latest_first(m.start):
            if not self.is_name(prev) or self.text[resolved[0]:resolved[1]].lower().startswith(("the ", "a ", "an ")) \
                    or self._names_only_line(prev):
                continue
            if len(_PARAGRAPH_BREAK.findall(self.text, prev.end, m.start)) > 1 or self._in_own_clause(prev, m):
                return None
            kinds = self._kinds(prev, resolved)
            if not self._agrees(self._learned(prev, resolved), m) or age and any(
                    _AGE_WORD.fullmatch(k) and k != words[1] for k in kinds) \
                    or nation and kinds & DEMONYM_NOUNS - {noun.lower()} \
                    or position and any(person_noun(k) and k != noun for k in kinds) \
                    or known and not {w.lower() for w in words[2:]} <= kinds \
                    or party and kinds & PARTISANS - {words[-1].lower()}:
                return None  # `Liam Walsh, 34,` is no `the 24-year-old`; `coach Tom Vale` is no `the winger`, nor `Rep.
                # Tom Harlan` `the 45-year-old senator`
            return resolved
        return None

    def _in_own_clause(self, prev: Mention, m: Mention) -> bool:
        """Whether mention `m` stands in the sentence of an earlier one, `prev`, with no clause joined between them
        (`_COORDINATED_CLAUSE`: `, and`, `;`): within what `prev`'s clause says or does (`Trump welcomed the news,
        saying the Ohio Republican was right`), where a second mention by a description never names its subject;
        not `Vale scored twice, and the Dutchman said ...`."""
        at = _sentence_start(self.text, max(0, prev.start - _CHAIN_REACH), m.end)
        return prev.start >= at and _COORDINATED_CLAUSE.search(self.text, prev.end, m.start) is None

    def _organisation_epithet(self, m: Mention) -> tuple[int, int] | None:
        """`Barclays reported a rise in profit.` then `"...," the lender said`: `the` and a noun for a company or
        body (`ORGANISATION_EPITHETS`: `the company`, `the carmaker`) stands for the latest earlier speaker or
        subject that is an organisation's name: one with a word of one (`Acme Corp`, `Northwind Bank`), initials
        (`DBS`), or one capitalised word no later fuller form widens and no word tells a person by, the subject of
        a cue right after it (`Barclays said`), not in a headline;
        never a person's name, a title or an honorific, a given name or a gender (`_names_person`), nor a chamber
        of a legislature (lexicon CHAMBER_WORDS: `the Missouri Senate`), nor one past a description
        holding the noun (`the trade group for the plans` is the nearer `the group`), nor a news outlet (`BFMTV
        reported ...`: who tells of it, unless the noun is one for an outlet: `the broadcaster`) or a month;
        nor a description in lower case that holds a body's name after a preposition (`research presented at a
        meeting of the Heart Association`: a thing, not the body)."""
        words = self.text[m.start:m.end].lower().split()
        if m.pronoun or len(words) != 2 or words[0] != "the" or words[1] not in ORGANISATION_EPITHETS:
            return None
        for prev, resolved in self._latest_first(m.start):
            phrase = self.text[resolved[0]:resolved[1]]
            own = [w.strip(",.").lower() for w in phrase.split()]
            if words[1] in own[1:] and own[0] in _ARTICLES:
                return None  # `the trade group for the plans`: a description with the noun is the nearer one
            body = self._body_owner(prev)
            if body is not None:
                return body  # `Harbor Bank's chief executive, Paul Dunn, apologised.` then `the lender said`
            if self._named_later_in_sentence(m, resolved):
                continue  # `The club confirmed that Vale would stay`: the one its report names is not the club
            proper = bool(own) and words[1] in PUBLIC_BODY_EPITHETS and own[0] in _ARTICLES \
                and _BODY_PROPER_NAME.fullmatch(phrase) is not None
            if proper:  # `The Food and Drug Administration`, `the CDC`: a body's proper name keeps its `the`
                own = own[1:]
                phrase = phrase.split(None, 1)[1]
            if not own or not (proper or self.is_name(prev)) or own[0] in _ARTICLES or self._names_only_line(prev):
                continue
            if not phrase[:1].isupper() and any(w in PREPOSITIONS for w in own):
                continue  # `research presented at a meeting of the Heart Association`: a thing, the body its complement
            if any(w in PREPOSITIONS for w in own) and (person_noun(own[0]) or person_noun(own[0].removesuffix("s"))):
                continue  # `Researchers at Stanford University`: people, the body only where they work
            bodies = any(w in ORGANISATION_WORDS or proper and w.removesuffix("s") in ORGANISATION_WORDS for w in own)
            if self._learned(prev, resolved).gender in ("masc", "fem") or _names_person(own):
                continue  # a person (`The World Health Organization`: a word of a body rules out an office's title)
            if _name_head(own) in CHAMBER_WORDS:
                continue  # `The Missouri Senate passed the bill.` then `the company said`: a house of lawmakers is none
            if (any(w in NEWS_OUTLET_WORDS for w in own) or own[-1].endswith("tv")) and words[1] not in OUTLET_NOUNS \
                    or len(own) == 1 and own[0] in MONTHS:
                continue  # `BFMTV reported ...`: the outlet that tells of it; `October`: a time
            if proper and not bodies and regex.fullmatch(r"\p{Lu}{2,6}", phrase) is None:
                continue  # `The Daily Planet`: `the` and a name with no word of a body is no body's own name
            marked = bodies or " ".join(own) in ORGANISATION_NAMES \
                or len(own) >= 2 and own[-1] in (words[1], words[1] + "s") \
                or regex.fullmatch(r"\p{Lu}{2,6}", phrase) is not None
            if marked or len(own) == 1 and self._says_itself(prev) and not self._headline_line(prev):
                return resolved
        return self._named_firm(m, words[1])

    def _named_later_in_sentence(self, m: Mention, resolved: tuple[int, int]) -> bool:
        """Whether the last word of the name at `resolved` (`Vale` of `coach Tom Vale`) is written again after
        `m` in m's own sentence (`The club confirmed on Friday that Vale would stay.`): a name within what a
        subject reports is never that subject (English says `it` or `he` there), so `m` is someone else."""
        words = self.text[resolved[0]:resolved[1]].split()
        if not words:
            return False
        last = _POSSESSIVE_END.sub("", words[-1]).strip(",.")
        line_end = self.text.find("\n", m.end)
        piece = self.text[m.start:len(self.text) if line_end < 0 else line_end]
        own = piece[:split_read_sentences(piece)[0].end] if piece.strip() else ""
        return bool(last) and regex.search(r"(?<![\p{L}\p{M}])" + regex.escape(last) + r"(?![\p{L}\p{M}])",
                                           own[m.end - m.start:]) is not None

    def _named_firm(self, m: Mention, noun: str, own_noun: bool = False) -> tuple[int, int] | None:
        """`The regulator fined Harbor Bank on Monday. The lender said ...`: where no speaker or subject is the
        body, a company's name anywhere in the stretch before `m`, since one paragraph break, whatever its place
        in its clause (an object too): a name in capitals that a word for a firm closes (`Harbor Bank`, `Acme
        Corp`, `Northwind Airlines`, `Kenya Power and Lighting Company`; `_firm_names`, the noun itself too: `Harbor Lender`), the one such name
        there; none where the stretch names two firms (`Acme Corp sued Beta Inc.`: which one, no reader knows).
        With `own_noun`, only names the noun itself closes count (`the association`: `Riverside Residents'
        Association`, whatever firm the stretch names besides)."""
        begin = max(0, m.start - _FIRM_REACH)
        breaks = list(_PARAGRAPH_BREAK.finditer(self.text, begin, m.start))
        if len(breaks) > 1:
            begin = breaks[-2].end()
        found: dict[str, tuple[int, int]] = {}
        for start, last_start, end in _firm_names(self.text, begin, m.start):
            said = [w.lower().rstrip(".") for w in self.text[start:end].split()]
            closing = {said[-1], _name_head(said)}  # `Bank` of `Bank of Westby`, `Company` of `Acme Company`
            if not own_noun and closing & (COMPANY_SUFFIXES | COMPANY_NAME_ENDINGS | FIRM_NAME_WORDS) \
                    or closing & {noun, noun + "s"}:
                opening = _FIRM_NAME_OPENING.match(self.text, start, last_start)  # (`On Monday Harbor Bank`)
                span = (opening.end() if opening is not None else start, end)
                found.setdefault(" ".join(self.text[span[0]:span[1]].split()), span)
        return next(iter(found.values())) if len(found) == 1 else None

    def _body_owner(self, said: Mention) -> tuple[int, int] | None:
        """`Harbor Bank's chief executive, Paul Dunn, said`: the owner opening a speaker or subject as written, a
        name with a word for a body in it (`Harbor Bank`, `Acme Corp`), whose staff the description tells (a noun
        for a person in lower case after it): a body named there, for `the lender` or `the company` to stand
        for; else None."""
        owner = _BODY_OWNER.match(self.text, said.start, said.end)
        if owner is None or not person_noun(owner.group(2)) \
                or not any(w.lower() in ORGANISATION_WORDS for w in owner.group(1).split()):
            return None
        return owner.span(1)

    def _firm_says(self, m: Mention) -> bool:
        """Whether a name in the owner's form is the subject of a cue right after it (`Moody's said`, `Moody's
        also warned that`: a finite form), not an owner whose thing a participle describes (`Britain's emotionally charged
        uprising`, `Ruiz's stated aim`: a form in `-ed` with a bare noun after it, no adverb before it; but `Moody's also warned investors`,
        `Moody's warned investors`: an adverb before it, or a verb of telling before people told, lexicon
        LISTENER_VERBS)."""
        said = _FIRM_CUE.match(self.text, m.end)
        if said is None or said.group(1).lower() not in cue_forms() \
                or not (said.group(1).endswith(("ed", "s")) or said.group(1) in IRREGULAR_PASTS):
            return False  # (a finite form only: `Ruiz's reply to her critics` is a noun the owner has)
        after = said.group(2)
        if self.text[m.end:said.start(1)].split():
            return True  # `Moody's also warned investors`: an adverb before it, a finite verb's (`CUE_ADVERBS`)
        if after is not None and cue_lemma(said.group(1).lower()) in LISTENER_VERBS and after.endswith("s") \
                and person_noun(_singular(after)):
            return True  # `Moody's warned investors`: people told, no thing a participle describes
        return not (said.group(1).endswith("ed") and after is not None
                    and after not in DETERMINERS | PREPOSITIONS | PRONOUNS.keys() | {"that", "whether", "on"})

    def _says_itself(self, m: Mention) -> bool:
        """Whether a cue form right after `m` (past an adverb) makes it the subject of its own report (`Verizon
        said`, `Nabisco announced`): not an outlet's report (`reported`), nor `according to` it, nor a place."""
        after = _NEXT_WORD.match(self.text, m.end)
        return after is not None and after.group(1).lower() in cue_forms() \
            and after.group(1).lower() not in ("reported", "reports", "reporting")

    def _headline_line(self, m: Mention) -> bool:
        """Whether `m` stands in a text's first line, a short one with more after it (`Columbia defends Exxon
        articles.`): a headline's verb tells of the story, not what its subject says in it."""
        first = self.text.find("\n")
        return 0 <= m.start < first and len(self.text[:first].split()) <= _HEADLINE_WORDS

    def _names_only_line(self, m: Mention) -> bool:
        """Whether `m` stands in a line of names with no word in lower case but prepositions (`Jo Hart via Acme
        Images.`): a picture's credit, no one the story speaks of.  (A caption with words, `Ann Ruiz speaks in
        Ohio. (AP Photo/Tom Vale)`, is `caption_credit`'s, and no one on it is an antecedent: `credit_line`.)"""
        line = self.text[self.text.rfind("\n", 0, m.start) + 1:]
        line = line.split("\n", 1)[0]
        return not any(w[:1].islower() and w not in PREPOSITIONS for w in regex.findall(r"[\p{L}'’-]+", line))

    def _latest_first(self, before: int) -> list[tuple[Mention, tuple[int, int]]]:
        """The latest `_DESCRIBED_REACH` earlier speakers (with what they resolved to) and subjects (widened
        as names) that end before offset `before`, the latest first.  Speakers come in the order their
        quotes do, subjects in reading order: only the last few of each are read."""
        speakers = itertools.islice((pair for pair in reversed(self.speakers) if pair[0].end <= before),
                                    _DESCRIBED_REACH)
        j = bisect.bisect_right(self.subjects, before, key=lambda x: x.end)
        subjects = [(x, self._name(x)) for x in self.subjects[max(0, j - _DESCRIBED_REACH):j]]
        return sorted([*speakers, *subjects], key=lambda pair: pair[0].start, reverse=True)[:_DESCRIBED_REACH]

    def _described_runs(self, prev: Mention, resolved: tuple[int, int], lowered: bool = True,
                        cut: bool = True) -> list[list[str]]:
        """The lower-cased words (as written, with `lowered` False) of each piece that describes a mention
        (`_kinds`), each to its first preposition: its resolved words, a description opening its sentence before
        them, one set off after it (`Maria Gonzalez, the city's housing director,` -> `['the', "city's", 'housing',
        'director']`; after an age set off too: `Ann Ruiz, 52, a nurse,`), one a copula says it is (`Carl Moss was the
        first witness.`), a role set off with no article (`Ann Ruiz, CEO of Acme,`: `_bare_role`) and the noun for
        one who does what a relative clause after it says (`Ann Ruiz, who founded Acme,` -> `['founder']`)."""
        before = _DESCRIPTION_BEFORE.search(self.text, max(0, resolved[0] - 90), resolved[0]) \
            or _DESCRIPTION_NAMING.search(self.text, max(0, resolved[0] - 90), resolved[0])  # `The first witness was`
        if before is not None and (_COORDINATOR.search(before.group(1)) or not self.text[resolved[0]].isupper()
                                   or any(w.lower() in AUXILIARIES for w in before.group(1).split())):
            before = None  # `The company and the minister, Ann Ruiz`: two of them, the name only the last's; and
            # before no name (`..., one of the people said`) or holding a verb (`The firm has held talks, X`), none
        ends = {prev.end, resolved[1]}
        ends |= {age.end() - 1 for end in ends if (age := _AGE_AFTER.match(self.text, end)) is not None}  # `Ann Ruiz,
        # 52, a nurse at St. Mary's,`: the description after the age
        pieces = [self.text[resolved[0]:resolved[1]]] + ([before.group(1)] if before else []) + [
            aside.group(1) for end in ends if (aside := _SET_OFF_DESCRIPTION.match(self.text, end))
            and not any(w.lower() in AUXILIARIES for w in aside.group(1).split())] + [  # `, an email was sent ...,`: a clause
            said.group(1) for end in {prev.end, resolved[1]} if (said := _NAME_WAS_DESCRIPTION.match(self.text, end))]
        # (`Carl Moss was the first witness.`: what the copula says he is)
        held = _OFFICE_HOLDER.fullmatch(self.text, prev.start, prev.end)
        if held is not None and held.span(2) == resolved:
            pieces.append(held.group(1))  # `The Prime Minister (Rishi Sunak)`: the office its holder holds
        for end in ends:
            if (role := _SET_OFF_ROLE.match(self.text, end)) is not None and _bare_role(role.group(1)) is not None:
                pieces.append(role.group(1))  # `Ann Ruiz, CEO of Acme,`: a role with no article
            if (who := _WHO_DOES.match(self.text, end)) is not None and who.group(1) in RELATIVE_AGENT_FORMS:
                pieces.append(RELATIVE_AGENT_FORMS[who.group(1)])  # `Ann Ruiz, who founded Acme,`: the founder
        runs = [[(w.lower() if lowered else w).strip(",.") for w in piece.split()] for piece in pieces]
        return [_before_preposition(run) for run in runs] if cut else runs  # (uncut: `Minister of Foreign Affairs`)

    def _kinds(self, prev: Mention, resolved: tuple[int, int]) -> set[str]:
        """The lower-cased words that say what kind of person a mention names: those of its resolved
        words before any preposition (`Housing Director Maria Gonzalez`, `a senior US official`; not `the
        mayor` of `a spokeswoman for the mayor`), and those of a description set off by commas after it
        (`Maria Gonzalez, the city's housing director,`) or opening its sentence before it (`The city's
        lawyer, Ann Ruiz`), to its preposition; an abbreviated title adds its word (`Dr.`: `doctor`)."""
        kinds: set[str] = set()
        offices: set[str] = set()  # ... and each two words side by side, for an office of two (`foreign minister`)
        for words in self._described_runs(prev, resolved):
            kinds.update(words)
            if any(_leads(words, k) for k in range(len(words))):
                kinds |= LEADER_NOUNS  # `Union leader Frank Moss` ... `the union chief`
            offices.update(" ".join(words[k:k + n]) for n in _OFFICE_WORDS for k in range(len(words) - n + 1))
        spelt = _spelt_out_offices(self.text, *resolved)  # `Minister of Foreign Affairs Ann Lee`
        for words in self._described_runs(prev, resolved, lowered=False, cut=False)[1:]:
            spelt |= _spelt_out_offices(" ".join(words))  # `Ann Lee, the Minister for Foreign Affairs,`
        for end in {prev.end, resolved[1]}:  # `Ann Lee, Minister of Foreign Affairs,`: no article before it
            if (office := _SET_OFF_SPELT_OFFICE.match(self.text, end)) is not None:
                spelt |= _spelt_out_offices(office.group(1))
        offices |= spelt
        kinds.update(w for office in spelt if " " in office and office not in SPELT_OUT_OFFICES
                     for w in office.split())  # ... `the foreign minister` (not `the state secretary`)
        for end in {prev.end, resolved[1]}:  # `Liam Walsh, 34,` ... `the 34-year-old`
            if (age := _AGE_AFTER.match(self.text, end)) is not None:
                kinds.add(f"{age.group(1)}-year-old")
        if (age := _AGE_BEFORE.search(self.text, max(0, resolved[0] - 20), resolved[0])) is not None:
            kinds.add(f"{age.group(1)}-year-old")  # `19-year-old Jamie Fox`
        kinds |= {TITLE_ABBREVIATIONS[w] for w in kinds if w in TITLE_ABBREVIATIONS}  # `Dr.`: `the doctor`
        kinds |= {adjective for adjective, member in PARTISAN_ADJECTIVES.items() if member in kinds}  # `the Democratic
        # governor` after `a Democrat`
        return kinds | {word for general, held in ROLE_GENERALS.items() if (kinds | offices) & held
                        for word in general.split()}  # `the lawmaker`, `the top diplomat`

    def _fullest_name(self, m: Mention) -> tuple[int, int] | None:
        return None if m.pronoun else self._name(m)

    def _turn_of(self, m: Mention, resolved: tuple[int, int]) -> bool:
        """Whether a third-person pronoun stands in a paragraph that a speaker's label in capitals opens
        (`SMITH: We are staying. She said the town needs this road.`) and resolved to that speaker (`Ann
        Smith`): words inside someone's turn call that speaker `I`, never `she`."""
        if not self._third_person(m) or resolved == (m.start, m.end):
            return False
        start = self.text.rfind("\n", 0, m.start) + 1
        label = _TURN_LABEL.match(self.text, start, m.start)
        if label is None:
            return False
        said = self.text[resolved[0]:resolved[1]].split()
        return bool(said) and _POSSESSIVE_END.sub("", said[-1]).upper() == label.group(1).split()[-1]

    def _kin_owner(self, m: Mention) -> tuple[int, int] | None:
        """`Eddie Cole died on Monday.` ¶ `"...," said his brother, Frank.` ¶ `He often said ...`: `he` or `she`
        opening a paragraph, whose latest agreeing speaker (as previous-speaker finds it) stands in an earlier
        paragraph described as kin of the same gender by an owner's pronoun of that gender too (`his brother`,
        `her daughter`, an adjective or two between: `his younger brother`), stands for that owner, the one the
        kin is named by: the latest earlier subject that agrees, passing that kin over (earlier-subject)."""
        if not self._third_person(m) or m.gender not in ("masc", "fem") \
                or self.text[self.text.rfind("\n", 0, m.start) + 1:m.start].strip():
            return None
        for prev, resolved in reversed(self.speakers):
            if prev.start < m.start and self._agrees(self._learned(prev, resolved), m) \
                    and not self._person_for_it(resolved, m) and not self._no_one_for(prev, resolved, m):
                break
        else:
            return None
        kin = _KIN_DESCRIPTION.match(self.text, resolved[0], resolved[1])
        if kin is None and not prev.pronoun:  # `said her former student, Dana Price`: resolved to the name,
            kin, resolved = _KIN_DESCRIPTION.match(self.text, prev.start, prev.end), (prev.start, prev.end)  # kin so
        set_off = _KIN_SET_OFF.search(self.text, max(0, resolved[0] - _KIN_SET_OFF_CHARS), resolved[0]) \
            if kin is None else None
        if set_off is not None:  # `she` resolved to `Lisa` of `Her daughter, Lisa, said`
            kin, resolved = set_off, (set_off.start(), resolved[1])
        if kin is None or _PARAGRAPH_BREAK.search(self.text, prev.end, m.start) is None \
                or POSSESSIVE_PRONOUNS[kin.group(1).lower()][1] != m.gender \
                or GENDERED.get(kin.group(2).lower(), m.gender if kin.group(2).lower() in TIE_NOUNS else None) != m.gender:
            return None
        with self._passing_over(self._words(resolved)):
            return self._earlier_subject(m)

    def _third_person(self, m: Mention) -> bool:
        """`he`, `she`, `they`, `it`, the objects `him`, `them` (`According to him, ...`) and the owners `his`,
        `her`, `their`, `its`; `I`, `we`, `you` point outside the text."""
        return m.pronoun and (self.text[m.start:m.end].lower() in _THIRD_PERSON
                              or _inverted_pronoun(self.text, m.start, m.end) is not None)

    @staticmethod
    def _agrees(prev: Mention, m: Mention) -> bool:
        if prev.number is not None and prev.number != m.number:
            return False
        if m.number == "plur" and prev.number != "plur" and prev.gender in ("masc", "fem"):
            return False  # `They` is never one man or one woman (`Mr. Vale`, `Ann Ruiz`): a plural or a body
        if prev.gender is not None and m.gender is not None and prev.gender != m.gender:
            return False
        if m.gender in ("masc", "fem") and prev.gender == "neut":
            return False
        return True

    def _name(self, m: Mention) -> tuple[int, int]:
        """A short proper name widened to its longest earlier full form (the earliest of the longest)."""
        phrase = self.text[m.start:m.end]
        if phrase.endswith(POSSESSIVE_ENDINGS) and len(phrase) > 3 and not self._firm_says(m) \
                and not _OWNS_NOTHING.match(self.text, m.end):
            # `Khan's reply was short:`: the owner, Khan; but `Moody's said`, `Kellogg's, which ...,`: a name in
            # the owner's form that a cue or a comma follows owns nothing, its `'s` its own (a firm named for its
            # founder: `Moody's`, `Macy's`)
            phrase = phrase[:-2]
            owned = self._name(Mention(m.start, m.end - 2, m.number, m.gender, m.pronoun))
            return owned if owned != (m.start, m.end - 2) or _name_words(phrase) is not None else (m.start, m.end)
        if phrase.lower() in BORNE_STYLES and (named := self._style_bearer(phrase, m.start)) is not None:
            return named  # `His Highness` after `His Highness Sheikh Mansour bin Zayed Al Nahyan`
        initials = _INITIALS_MENTION.fullmatch(phrase)
        if initials is not None and (named := self._bracketed_initials(initials.group(1), m.start)) is not None:
            return named  # `the DA` after `The Department of Agriculture (DA)`, `AMLO` after `..., known as AMLO,`
        titled = _TITLED_SURNAME.fullmatch(phrase)
        if titled is not None and (named := self._titled_surname(m, titled)) is not None:
            return named  # `Senator Hart` after `Sen. Jo Hart`
        if titled is not None and (named := self._peer_addressed(m, titled)) is not None:
            return named  # `Lady Hale` after `Baroness Hale of Richmond`
        held = _OFFICE_HOLDER.fullmatch(phrase)
        if held is not None and office_label(held.group(1).split()):
            return m.start + held.start(2), m.start + held.end(2)  # `The Prime Minister (Rishi Sunak)`: Rishi Sunak
        if held is None and office_label(phrase.split()) and (holder := self._office_holder(phrase, m.start)):
            return holder  # `Mr Speaker` after `Mr Speaker (Lindsay Hoyle)`: Lindsay Hoyle (with none, an honorific
            # and a surname, as `Mr. King` after `Charlie King` is)
        capped = _CAPS_TITLED.fullmatch(phrase)
        if capped is not None and (named := self._titled_label(m, capped)) is not None:
            return named  # `MS. ORTIZ:` after `press secretary Dana Ortiz`
        honorific = _HONORIFIC.match(phrase)
        if honorific is not None and honorific.group(1).lower() in HONORIFICS:
            return self._after_honorific(m, phrase, honorific.end())
        if _malay_titled(phrase) and (own := self._own_honorific_form(phrase.rsplit(None, 1)[0], phrase.split()[-1],
                                                                      m.start)) is not None:
            return own[0], self._given_names_end(own[1])  # `Tan Sri Lee` after `Tan Sri Lee Lam Thye`
        if _name_words(phrase) is None and _PATRONYMIC_NAME.fullmatch(phrase) is None:
            return m.start, m.end
        first = phrase.split()[0]
        if (first.lower() in SURNAME_PARTICLES | PATRONYMIC_PARTICLES and " " in phrase
                or first.split("-")[0].lower() in ARABIC_ARTICLES and "-" in first) \
                and first[0].isupper() and self.text.find(phrase) == m.start:
            phrase = first[0].lower() + phrase[1:]  # `Du Plessis said` opening a sentence: `du Plessis`;
            # `Bin Salman`, `Al-Baghdadi`: `bin Salman`, `al-Baghdadi`
        if phrase not in self.forms:
            self.forms[phrase] = self._longest_forms(phrase)
        starts, best = self.forms[phrase]
        before = bisect.bisect_left(starts, m.start)
        found: tuple[int, int] | None = best[before - 1] if before else None
        if found is None and phrase.isupper() and len(phrase) > 1:
            found = self._written_otherwise(phrase, m.start)
        single = " " not in phrase
        if before and (single or found is not None):  # `Amir Hamzah` after `Datuk Seri Amir Hamzah Azizan` too
            at = found or (starts[before - 1], starts[before - 1] + len(phrase))
            end = self._given_names_end(at[1])
            if found is None and single and end == at[1] and phrase.lower() in SURNAME_FIRST_SURNAMES:
                at, end = self._surname_named_in_full(phrase, starts[:before - 1]) or (at, end)  # `Wang` after
                # `Wang Yi said ...` and `Wang said this`: the full name the press gave that surname last
            malay = any(w.lower() in MALAY_TITLES for w in self.text[at[0]:at[1]].split())
            if (malay or single and ("-" in self.text[at[1]:end] or phrase.lower() in SURNAME_FIRST_SURNAMES
                                     or _titled_given_name(self.text[at[0]:at[1]]))) and end <= m.start:
                found = (at[0], end)  # `Chan` after `Chief Secretary Chan Kwok-ki`: Hong Kong's given names; `Anwar`
                # after `Datuk Seri Anwar Ibrahim`: a Malay name's given name, the father's after it; `Wang` after
                # `spokesperson Wang Wenbin`, `Kim` after `Kim Jong Un`: a surname the press writes first
        if single and found is not None and (shared := self._shared_surname(phrase, starts[:before], m)) is not None:
            return shared  # `Hale` after `Tom Hale and his wife, Ann Hale`: whichever the nearest mention settles
        if found is None and before and (" " not in phrase or gender_of(phrase.split()) is None):
            found = self._firm_ending_after(phrase, starts[:before], m.start)  # (`Andes Copper`, not `Tom Vale`)
        if " " not in phrase and given_name(phrase) is not None and (
                found is None or regex.match(_SURNAMES_AFTER, self.text, pos=found[1]) is not None
                and not any(given_name(w) for w in self.text[found[0]:found[1]].split()[:-1])):
            # `Ann` after `Ann Lee`: a profile's first name (not the chain before it, `Dr. Ann`, cut from `Dr. Ann
            # Lee`; but `Noah` of `Trevor Noah` is a surname, which a headline's capitals may follow)
            found = self._full_name_opened(phrase, m.start) or found
        if found is None and " " not in phrase:
            found = self._nickname_bearer(phrase, m.start)  # `Bobby` after `Robert "Bobby" Lee`
        return found or (m.start, m.end)

    def _nickname_bearer(self, nickname: str, before: int) -> tuple[int, int] | None:
        """`Bobby said` after `Robert "Bobby" Lee`: a one-word name that no earlier mention holds but in quotation
        marks within a full name (`_NAME_WITH_NICKNAME`: a given name before it, a surname after) is that
        person's nickname: the latest such name before offset `before`; else None."""
        named = [f for f in _NAME_WITH_NICKNAME.finditer(self.text, 0, before) if f.group("nickname") == nickname]
        return named[-1].span() if named else None

    def _office_holder(self, office: str, before: int) -> tuple[int, int] | None:
        """`Mr Speaker:` after `Mr Speaker (Lindsay Hoyle):`: an office as a parliament's record names it
        (`office_label`), alone, stands for the holder whose full name stood in brackets right after the same
        office earlier, before offset `before` (the latest such); its role's words must be the same (`Madam
        Deputy Speaker (Rosie Winterton)` is no `Mr Speaker`), its `The` or honorific need not; else None.

        >>> r = Resolver("Mr Speaker (Lindsay Hoyle): Order. Mr Speaker: Order.")
        >>> r.text[slice(*r._office_holder("Mr Speaker", 40))]
        'Lindsay Hoyle'
        """
        role = [w.lower() for w in office.split()[1:]]
        key = " ".join(role)
        if key not in self.office_holders:  # the text is read once for each role
            self.office_holders[key] = []
            for held in _BRACKETED_HOLDER.finditer(self.text):
                line = self.text[max(self.text.rfind("\n", 0, held.start()) + 1, held.start() - _OFFICE_REACH):
                                 held.start()].split()
                if len(line) > len(role) and [w.lower() for w in line[-len(role):]] == role \
                        and office_label(line[-len(role) - 1:]):
                    self.office_holders[key].append((held.end(), held.span(1)))
        return next((span for end, span in reversed(self.office_holders[key]) if end <= before), None)

    def _style_bearer(self, style: str, before: int) -> tuple[int, int] | None:
        """`His Highness said` after `His Highness Sheikh Mansour bin Zayed Al Nahyan opened ...`: a style of
        address alone (`BORNE_STYLES`) stands for the latest one named with it before offset `before`: the style
        and the name's capitalised words after it (`the` before one at most), with a father's name and a family
        name after those (`bin Zayed Al Nahyan`); else None."""
        found = None
        for x in regex.finditer(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(style)}(?![\p{{L}}\p{{M}}])", self.text[:before],
                                flags=regex.IGNORECASE):
            name = _STYLED_NAME_AFTER.match(self.text, x.end(), before)
            if name is not None:
                patronym = _PATRONYM_AFTER.match(self.text, name.end(), before)
                found = (x.start(), patronym.end() if patronym is not None else name.end())
        return found

    def _full_name_opened(self, given: str, before: int) -> tuple[int, int] | None:
        """`"...," Ann says.` after `I first met Ann Lee in a diner`: a given name alone (lexicon `first_names`)
        that no longer form ends in stands for the full name it opens earlier in the text, before offset
        `before` (one or two capitalised words after it: `Ann Lee`, `Ann Marie Lee`), as a profile calls its
        subject by first name once named in full; the latest such form, and only where every such form earlier
        names the same one (not `Tom` after both `Tom Vale` and `Tom Hart`), none in a headline's title-case capitals
        (`Trevor Noah Says ...`: `Noah Says` is no name); else None."""
        forms = list(regex.finditer(r"(?<![\p{L}\p{M}'’-])" + regex.escape(given) + _SURNAMES_AFTER,
                                    self.text, pos=0, endpos=before))
        forms = [x for x in forms if not self._in_headline(x.start())]  # (`Noah Says` of a headline: no name)
        if not forms or len({self.text[x.start():x.end()] for x in forms}) > 1:
            return None
        return forms[-1].start(), forms[-1].end()

    def _firm_ending_after(self, phrase: str, starts: Sequence[int], before: int) -> tuple[int, int] | None:
        """`Skyline said` after `unless Skyline Airways improved its offer`: a name (one word, or words with no
        given name in them: `Andes Copper` for `Andes Copper Corp.`; not `Tom Vale`) is the company's
        name it opens, written in full earlier (its last word one for a firm, lexicon COMPANY_SUFFIXES,
        COMPANY_NAME_ENDINGS, FIRM_NAME_WORDS), as the press shortens a firm's name by its ending; the latest such
        full form among the name's earlier places `starts`, ending before `before`; else None."""
        for at in reversed(starts):
            ending = _FIRM_ENDING_AFTER.match(self.text, at + len(phrase))
            if ending is not None and ending.end() <= before and ending.group(1).lower().rstrip(".") in (
                    COMPANY_SUFFIXES | COMPANY_NAME_ENDINGS | FIRM_NAME_WORDS):
                return at, ending.end()
        return None

    def _bracketed_initials(self, initials: str, before: int) -> tuple[int, int] | None:
        """`the DA` after `The Department of Agriculture (DA)`: initials in capitals are the latest name before
        offset `before` that introduced them in brackets right after it, a chain of capitalised words (with `of`,
        `for`, `and`, `the` between) whose capitals, in order, are among the initials and open them (`Ministry of
        Health (MOH)`, `National Bureau of Investigation (NBI)`); else None.  The text is read once for each
        initials (`introduced`: where each bracket ends, and the name it introduces)."""
        if initials not in self.introduced:
            self.introduced[initials] = self._introductions(initials)
        return next((name for end, name in reversed(self.introduced[initials]) if end <= before), None)

    def _introductions(self, initials: str) -> list[tuple[int, tuple[int, int]]]:
        """Every bracket in the text holding `initials` after the name it introduces (`_bracketed_initials`), or
        the same set off after `or` or `known as` (`_INTRODUCING_INITIALS`: `The World Health Organization, or
        WHO,`, `Andres Lopez Obrador, popularly known as AMLO,`), in order: where the bracket ends, and the name's
        span."""
        found = []
        for x in regex.finditer(_INTRODUCING_INITIALS.format(initials=regex.escape(initials)), self.text):
            chain = _CHAIN_BEFORE_BRACKET.search(self.text, max(0, x.start() - 120), x.start())
            if chain is None:
                continue
            words = list(regex.finditer(r"\S+", chain.group(1)))
            while words and (words[0].group()[0] != initials[0] or words[0].group().lower() in _ARTICLES):
                words.pop(0)
            capitals = [w.group()[0] for w in words if w.group()[0].isupper()]
            letters = iter(initials)
            if len(capitals) >= 2 and all(c in letters for c in capitals):
                holder = _HOLDER_AFTER_BRACKET.match(self.text, x.end())
                if holder is not None and any(w.group().lower() in ROLE_WORDS for w in words) \
                        and not any(w.lower().rstrip(".") in ROLE_WORDS for w in holder.group(1).split()):
                    found.append((x.end(), holder.span(1)))  # `Senior Superintendent of Police (SSP) Rakesh Kumar`
                    continue  # (`the SSP`: the office's holder named right after it)
                found.append((x.end(), (chain.start(1) + words[0].start(), chain.start(1) + words[-1].end())))
        return found

    def _peer_addressed(self, m: Mention, titled: regex.Match) -> tuple[int, int] | None:
        """`Lady Hale` after `Baroness Hale of Richmond`, `Lord Vale` after `Viscount Vale`: `Lady` or `Lord` and a
        surname stand for the latest earlier form ending in that surname (to the place of the title) that a
        rank so addressed opens (`PEER_ADDRESSES`); else None."""
        ranks = PEER_ADDRESSES.get(titled.group(1).lower())
        if ranks is None:
            return None
        surname = titled.group(2)
        if surname not in self.forms:
            self.forms[surname] = self._longest_forms(surname)
        starts, best = self.forms[surname]
        k = bisect.bisect_left(starts, m.start + titled.start(2))
        found = best[k - 1] if k else None
        if found is None or found[0] >= m.start:
            return None
        words = self.text[found[0]:found[1]].split()
        return found if len(words) >= 2 and words[0].lower() in ranks and words[1] == surname else None

    def _titled_surname(self, m: Mention, titled: regex.Match) -> tuple[int, int] | None:
        """`Senator Hart` after `Sen. Jo Hart`, `Mayor Vale` after `Mayor Tom Vale`: a title (an office, a rank:
        `ROLE_WORDS`, its abbreviation as `TITLE_ABBREVIATIONS` spells it out; after ranks' words, `Assistant
        Commissioner Hart` after `Police Assistant Commissioner Jo Hart`; after a body's word, `Council member
        Stone` after `Council member Jeff Stone`) and a surname stand for the longest
        earlier form ending in that surname, when that form is longer, holds the same title (either spelling) or
        none, and its words give no other gender than the mention's, with the given names that end the name
        after a surname written first (`Prof Tan` after `Associate Professor Tan Ern Ser`); else None."""
        *ranks, head = titled.group(1).split()
        title = _title_of(head)
        if title is None or any(w.lower().rstrip(".") not in ROLE_WORDS and w.lower().rstrip(".") not in
                                TITLE_ABBREVIATIONS and w.lower() not in ORGANISATION_WORDS for w in ranks):
            return None  # `Assistant Commissioner Hart`, `Det Insp Vale`: every word before the last a rank's,
            # or the body's whose office it is (`Council member Stone`, `Board President Kim`)
        surname = titled.group(2)
        at = m.start + titled.start(2)
        if surname not in self.forms:
            self.forms[surname] = self._longest_forms(surname)
        starts, best = self.forms[surname]
        k = bisect.bisect_left(starts, at)
        found = best[k - 1] if k else None
        if found is None or found[0] >= m.start or found[1] - found[0] <= len(surname):
            return None
        words = self.text[found[0]:found[1]].split()[:-1]
        titles = [_title_of(w) for w in words]
        if any(titles) and title not in titles or all(titles):  # `Gov. Hart` is no `Sen. Jo Hart`; a given name
            return None
        if any(titles) and any(w.lower() in ORGANISATION_WORDS and w.lower() not in {v.lower() for v in words}
                               for w in ranks):
            return None  # `Council President Kim` is no `Board President Robert Kim`: another body's office
        if self._in_headline(found[0]) or any(w.lower() in CLAUSE_OPENERS | QUESTION_OPENERS or w.lower() in PREPOSITIONS
                                              or w.lower() in DETERMINERS for w in words):
            return None  # a headline's capitals or a clause's opening word (`Why Obama Wins`) are no given name
            return None
        gender = gender_of(self.text[found[0]:found[1]].split())
        if gender is not None and m.gender is not None and gender != m.gender:
            return None
        return found[0], self._given_names_end(found[1])  # `Prof Tan` -> `Associate Professor Tan Ern Ser`

    def _titled_label(self, m: Mention, capped: regex.Match) -> tuple[int, int] | None:
        """`MS. ORTIZ:` after `press secretary Dana Ortiz`, `SEN. LOPEZ:` after `Senator Maria Lopez`: a transcript's
        label in capitals that an honorific (`HONORIFICS`) or a title (`_title_of`) opens is the longest earlier
        form of its name as the narration writes it (`_written_otherwise`), when that form is longer than the
        name, holds the same title (either spelling) or none, and its words give no other gender than the
        label's (`MR. LEE` is no `Ann Lee`); else None."""
        head = capped.group(1)
        word = head[0] + head[1:].lower()
        title = _title_of(word)
        if word.rstrip(".").lower() not in HONORIFICS and title is None:
            return None
        name = capped.group(2)
        found = self._written_otherwise(name, m.start)
        if found is None or found[0] >= m.start or found[1] - found[0] <= len(name):
            return None
        words = self.text[found[0]:found[1]].split()
        titles = [_title_of(w) for w in words[:-1]]
        if title is not None and any(titles) and title not in titles:
            return None   # `SEN. HART` is no `Gov. Ann Hart`
        gender, own = gender_of(words), gender_of([word, *name.title().split()])
        if gender is not None and own is not None and gender != own:
            return None
        return found

    def _written_otherwise(self, phrase: str, before: int) -> tuple[int, int] | None:
        """`PARK:` in a transcript after `The governor, Lisa Park, took questions`: a name in capitals (a
        speaker's label) is the longest earlier form of the same name as the narration writes it (not in
        capitals), when there is one longer than the name, or else that form itself where it is a name (`_named`:
        `LENA PARK:` after `Lena Park is a novelist`, not `IT` after `It rained`); `JS:` after `our reporter Jane Soto`, two or three
        initials, the latest earlier name of that many words they begin, not a word more; else None.  Where
        each stands is found once a phrase (a transcript says its labels many times)."""
        if phrase not in self.otherwise:
            written: list[tuple[int, tuple[int, int]]] = []   # (where the form in other case stands, its name)
            for x in regex.finditer(rf"(?<!\w){regex.escape(phrase)}(?!\w)", self.text, regex.IGNORECASE):
                if x.group().isupper() or _name_words(x.group()) is None:
                    continue
                if x.group() not in self.forms:
                    self.forms[x.group()] = self._longest_forms(x.group())
                starts, best = self.forms[x.group()]
                found = best[bisect.bisect_left(starts, x.start())]
                if found is None and self._named(Mention(x.start(), x.end(), "sing", None, False)):
                    found = x.span()  # `LENA PARK:` after `Lena Park is a novelist`: the same name, in the narration's case
                if found is not None:
                    written.append((x.start(), found))
            initials: list[tuple[int, tuple[int, int]]] = []
            if 2 <= len(phrase) <= 3 and phrase.isalpha():
                for x in _INITIALLED.finditer(self.text, overlapped=True):
                    words = list(regex.finditer(r"\S+", x.group()))[:len(phrase)]
                    if len(words) == len(phrase) and "".join(w.group()[0] for w in words) == phrase:
                        initials.append((x.start(), (x.start(), x.start() + words[-1].end())))
            self.otherwise[phrase] = (written, initials)
        for spots in self.otherwise[phrase]:
            k = bisect.bisect_left(spots, before, key=lambda f: f[0])
            if k:
                return spots[k - 1][1]
        return None

    def _after_honorific(self, m: Mention, phrase: str, cut: int) -> tuple[int, int]:
        """`Mrs. Hughes` after `Council leader Janet Hughes`: a surname after an honorific (`HONORIFICS`) is
        the longest earlier form ending in that surname, when that form's words give no other gender
        than the honorific does (`Mr. Hughes` is no `Janet Hughes`); else the mention itself."""
        surname = _name_words(phrase[cut:])
        if surname is None or surname not in self.forms and self.text.find(surname) < 0:
            return m.start, m.end
        if surname not in self.forms:
            self.forms[surname] = self._longest_forms(surname)
        starts, best = self.forms[surname]
        before = bisect.bisect_left(starts, m.start + cut)
        found: tuple[int, int] | None = best[before - 1] if before else None
        if found is None and before and starts[before - 1] + len(surname) < m.start:
            found = (starts[before - 1], starts[before - 1] + len(surname))  # `Ms Mao` after `spokeswoman Mao Ning`
        own = self._own_honorific_form(phrase[:cut].strip(), surname, m.start)
        if own is not None and (found is None or found[0] >= m.start or not self.text.startswith(
                phrase[:cut].strip().rstrip("."), found[0])):
            found = own  # `Mr Tan` after `Madam Tan Bee Lian` and her son `Mr Tan Wei Jie`: the one so addressed
        if found is None or found[0] >= m.start:
            return m.start, m.end
        found = (found[0], self._given_names_end(found[1]))
        if found[1] - found[0] <= len(surname):
            return m.start, m.end
        gender = gender_of(self.text[found[0]:found[1]].split())
        if gender is not None and m.gender is not None and gender != m.gender:
            return self._bearer_of_gender(surname, starts[:before], m.gender) or (m.start, m.end)
        return found

    def _bearer_of_gender(self, surname: str, starts: Sequence[int], gender: str) -> tuple[int, int] | None:
        """`Ms. Hale` after `Tom Hale ... His daughter, Ann Hale, ...`: of the earlier places `starts` of a
        surname two people bear, the latest where capitalised words before it (`_GIVEN_BEFORE`), a given name among
        them, give the honorific's gender: that full name; else None (the honorific names no one there).

        >>> text = "Tom Hale spoke. His daughter, Ann Hale, agreed. Ms. Hale said no."
        >>> r = Resolver(text); text[slice(*r._bearer_of_gender("Hale", [4, 34], "fem"))]
        'Ann Hale'
        """
        for at in reversed(starts):
            given = _GIVEN_BEFORE.search(self.text, max(0, at - _GIVEN_BEFORE_CHARS), at)
            words = [] if given is None else list(regex.finditer(r"\S+", self.text, pos=given.start(), endpos=at))
            first = next((w for w in words if given_name(w.group())), None)  # (not `Mrs. Clinton` again, nor
            if first is not None and gender_of([first.group(), surname]) == gender:  # `For` of `For Ann Hale`)
                return first.start(), at + len(surname)
        return None

    def _given_names_before(self, at: int) -> list[tuple[str, int]]:
        """The given names written right before a surname at offset `at`, lowercased, with where the full name
        opens: the first given name of the capitalised words before it (`Tom Hale`: `tom`), and one joined to it
        by `and` (`Tom and Ann Hale`: a couple, `tom` and `ann`); none where no given name stands there
        (`Sen. Hale`, `the Hale farm`).

        >>> Resolver("Tom and Ann Hale spoke.")._given_names_before(12)
        [('ann', 8), ('tom', 0)]
        """
        given = _GIVEN_BEFORE.search(self.text, max(0, at - _GIVEN_BEFORE_CHARS), at)
        words = [] if given is None else list(regex.finditer(r"\S+", self.text, pos=given.start(), endpos=at))
        first = next((w for w in words if given_name(w.group())), None)
        if first is None:
            return []
        names = [(unaccented(first.group().lower()), first.start())]  # (`François` and `Francois`: one name)
        paired = _PAIRED_GIVEN_BEFORE.search(self.text, max(0, first.start() - _GIVEN_BEFORE_CHARS), first.start())
        if paired is not None and given_name(paired.group(1)):
            names.append((unaccented(paired.group(1).lower()), paired.start()))
        return names

    def _named_as_kin(self, begin: int) -> bool:
        """Whether the name opening at offset `begin` is set off after kin with an owner (`His son, `, `Vale's
        wife, ` before `Mary Vale`): one named for another's sake; not a member joined by `and` (`Tom Hale and his
        wife, Ann Hale, run the farm`: she acts as he does)."""
        kin = _KIN_OWNED_SET_OFF.search(self.text, max(0, begin - _KIN_SET_OFF_CHARS), begin)
        return kin is not None and _JOINED_BEFORE.search(self.text, max(0, kin.start() - _JOINED_CHARS), kin.start()) is None

    def _shared_surname(self, surname: str, starts: Sequence[int], m: Mention) -> tuple[int, int] | None:
        r"""A bare surname that two people named earlier bear (`Tom Hale and his wife, Ann Hale`: given names
        before it that differ, `_given_names_before`) names the one news calls by it: the one bearer not named only
        as another's kin (`Tom Vale ... Vale's wife, Mary Vale,`: Tom Vale); else the one the surname alone named
        before another bearer came in (`_bare_surname_owner`); else the bearer the text names in
        full most often before it as a subject or a speaker, not set off after kin (the story's own, who acts and speaks, whom the surname
        alone is kept for; the other is named in full, or only as someone's kin or in a list: `Hillary Clinton
        said ... Bill Clinton ... Hillary Clinton spoke ... Clinton said`).  Where two are named so equally
        often, the nearest mention settles it: going back over the surname's earlier occurrences at `starts` and the
        speakers resolved to a bearer's name (`The governor said` after `Gov. Tom Hale`), no paragraph between one
        and the next, to the latest such speaker or occurrence written with a given name, not one set off after kin
        (`Vale's wife, Mary Vale`: named for the other's sake): that bearer's fullest name, where that paragraph
        names no other bearer before the mention; else the mention itself, for no one
        can tell which is meant.  None where the surname is no shared one (fewer than two bearers).

        >>> text = "Tom Hale and his wife, Ann Hale, farm.\n\nRain fell.\n\nHale said no."
        >>> hale = mention(text, text.rindex("Hale"), text.rindex("Hale") + 4, None)
        >>> text[slice(*Resolver(text)._shared_surname("Hale", [4, 27], hale))]
        'Hale'
        >>> text = "Tom Hale and his wife, Ann Hale, farm.\n\nAnn Hale keeps bees.\n\nHale said no."
        >>> hale = mention(text, text.rindex("Hale"), text.rindex("Hale") + 4, None)
        >>> text[slice(*Resolver(text)._shared_surname("Hale", [4, 27, 44], hale))]
        'Ann Hale'
        """
        named = {at: self._given_names_before(at) for at in starts}
        if len({given for names in named.values() for given, _ in names}) < 2:
            return None
        own = {at: names for at, names in named.items() if names and not self._named_as_kin(names[0][1])}
        if len({given for names in own.values() for given, _ in names}) == 1:
            at, names = max(own.items())  # (`Tom Vale ... Vale's wife, Mary Vale, wept`: Vale is Tom Vale)
            return self._name(Mention(names[0][1], at + len(surname), "sing", m.gender, False))
        if (owner := _bare_surname_owner(named)) is not None:
            at, begin = max((at, names[0][1]) for at, names in named.items() if names == [owner] or len(names) == 1
                            and names[0][0] == owner[0])  # (`Clinton` after `Hillary Clinton` ... `Clinton said`)
            return self._name(Mention(begin, at + len(surname), "sing", m.gender, False))
        acting = [(x.start, x.end) for x in self.subjects] + [r for x, r in self.speakers] \
            + [(x.start, x.end) for x, _ in self.speakers]
        counts = collections.Counter(given for at, names in named.items() for given, begin in names
                                     if any(lo <= at < hi for lo, hi in acting) and not self._named_as_kin(begin))
        (first, most), (_, next_most) = (counts.most_common(2) + [("", 0), ("", 0)])[:2]
        full = [(at, names[0][1]) for at, names in named.items() if len(names) == 1 and names[0][0] == first]
        if most > next_most and full:
            at, begin = full[-1]
            return self._name(Mention(begin, at + len(surname), "sing", m.gender, False))
        said = {x.start: r for x, r in self.speakers if x.start < m.start and r[1] - r[0] > len(surname)
                and self.text.endswith(surname, r[0], r[1]) and self.text[r[1] - len(surname) - 1].isspace()}
        link = m.start
        for at in sorted(set(starts) | set(said), reverse=True):
            if len(_PARAGRAPH_BREAK.findall(self.text, at, link)) > 1:
                break
            link = at
            if not named.get(at):
                if at in said and not self._named_as_kin(said[at][0]):
                    return said[at]
                continue
            given, begin = named[at][0]
            if self._named_as_kin(begin):
                continue  # (`Vale's wife, Mary Vale,`: named as the other's kin, settling nothing)
            paragraph = self.text.rfind("\n", 0, at) + 1
            if len(named[at]) > 1 or any(names[0][0] != given for b, names in named.items()
                                         if paragraph <= b and names):
                break
            return self._name(Mention(begin, at + len(surname), "sing", m.gender, False))
        return m.start, m.end

    def _own_honorific_form(self, honorific: str, surname: str, before: int) -> tuple[int, int] | None:
        """The latest form before offset `before` of the same honorific and surname with given names after it
        (`Mr Lee Hsien Loong` for `Mr Lee`, `Madam Tan Bee Lian` for `Madam Tan`: the surname first), that
        honorific opening it; else None."""
        word = regex.escape(honorific.rstrip("."))
        found = None
        for x in regex.finditer(rf"(?<![\p{{L}}\p{{M}}]){word}\.?\s+{regex.escape(surname)}(?![\p{{L}}\p{{M}}'’-])",
                                self.text[:before]):
            end = self._given_names_end(x.end())
            if end > x.end():
                found = (x.start(), x.end())
        return found

    def _surname_named_in_full(self, surname: str, starts: list[int]) -> tuple[tuple[int, int], int] | None:
        """The latest of the earlier occurrences of a surname written first (at `starts`, the last
        `_SURNAME_LOOKBACK` of them) that has given names after it (`Wang Yi`), as the surname's range and
        where its given names end; else None."""
        for at in reversed(starts[-_SURNAME_LOOKBACK:]):
            end = self._given_names_end(at + len(surname))
            if end > at + len(surname):
                return (at, at + len(surname)), end
        return None

    def _given_names_end(self, end: int) -> int:
        """Where a name whose surname ends at `end` ends: past one or two capitalised given names after it that
        end the chain (`Lee Hsien Loong`, `Madam Lim Siew Hoon`, `Lam Sai-hung`: the surname first), none of
        them a title, an office, a body's word, a time, a month or a cue's form (`Mr. Vale Tuesday`, `the Hale
        Foundation`, `Mr. Vale Says`), nor ending a line (a headline in title case: `Mr. Vale Wins`); else `end`."""
        after = _GIVEN_NAMES_AFTER.match(self.text, end)
        if after is None or after.end() == len(self.text) or self.text[after.end()] == "\n" \
                or any(w.lower() in cue_forms() for w in after.group().split()) or any(w.lower() in ROLE_WORDS or w.lower() in ORGANISATION_WORDS or w.lower() in TIME_NOUNS
                                or w.lower() in MONTHS or w.lower() in TITLES or w.lower() in HONORIFICS
                                or w.lower() in _ARTICLES for w in after.group().split()):
            return end
        return after.end()

    def _lower_title_before(self, begin: int) -> int | None:
        """Where a title in lower case right before the name at `begin` starts, when it opens its sentence
        (`Fire chief Tom Vale Jr.`, `Assistant manager Sue Kelly`: a capitalised word and one noun for one
        person in lower case, as `opening_name` runs a title on to the name), else None (not `Obama named
        envoy Jo Hart`, `When chief Tom Vale`, nor, past more words in lower case, `Clinton beat rival ...`)."""
        m = _LOWER_TITLE_BEFORE.search(self.text, max(0, begin - 60), begin)
        if m is None or m.group(2).split()[-1] not in ROLE_WORDS | _PERSON_HEADS \
                or m.group(1).lower() in _NOT_NAMES or m.group(1).lower() in CLAUSE_OPENERS \
                or any(_looks_like_verb(w) for w in m.group(2).split()) \
                or _sentence_start(self.text, max(0, m.start() - 1), begin) != m.start():
            return None
        return m.start()

    def _longest_forms(self, phrase: str) -> tuple[list[int], list[tuple[int, int] | None]]:
        """Where `phrase` occurs in the text, and for each occurrence the longest capitalised chain ending
        in it at or before that one (None while none is longer than the phrase): one pass over the text a
        phrase, so that a name said thousands of times in a long text costs no more each time."""
        starts: list[int] = []
        best: list[tuple[int, int] | None] = []
        longest: tuple[int, int] | None = None
        at = self.text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if end == len(self.text) or not self.text[end].isalnum():
                chain = _CHAIN_BEFORE.search(self.text, max(0, at - _CHAIN_REACH), at)
                begin = chain and _past_clause_openers(self.text, _sentence_start(self.text, chain.start(), end), at)
                begin = None if begin is None else _past_tenure(self.text, begin, end)  # `Former Trump campaign manager`
                begin = None if begin is None else _past_named_for(self.text, begin, at)  # `The Coalition Against Trump`
                begin = None if begin is None else _past_owner(self.text, begin, at)  # `CNN's Jake Tapper`
                begin = None if begin is None else _past_plural_title(self.text, begin, at)  # `Senators Ann Ruiz and`
                if begin is not None and (part := _PART_OF.match(self.text, begin, at)) is not None \
                        and _part_word(part.group(1)) and begin == _sentence_start(self.text, max(0, begin - 1), at):
                    begin = part.end()  # `Shares of Acme fell`: a part or group of Acme, capitalised as first word
                shortest = longest[1] - longest[0] if longest else len(phrase)
                if begin is not None and end - begin > shortest and self._in_headline(at):
                    one = None if " " in phrase else _ONE_NAME_BEFORE.search(
                        self.text, max(begin, at - _CHAIN_REACH), at)
                    begin = one.start() if one else at  # `Nine Things Jo Hart Has Said`: capitals mark no name
                if (titled := self._lower_title_before(at if begin is None else begin)) is not None:
                    begin = titled  # `Fire chief Tom Vale Jr.`: the title opening the sentence is the name's too
                    # (a surname alone too: `Council member Stone said`)
                if begin is not None and end - begin > shortest:
                    suffix = _NAME_SUFFIX.match(self.text, end)  # `Tom Vale Jr.`: the suffix is the name's
                    longest = (begin, suffix.end() if suffix else end)
                first = at if begin is None else begin
                if (patronym := _PATRONYM_AFTER.match(self.text, end)) is not None and patronym.end() - first > shortest:
                    longest = (first, patronym.end())  # `Anwar bin Ibrahim` for `Anwar`
                elif (particled := _PARTICLE_SURNAME_AFTER.match(self.text, end)) is not None \
                        and particled.end() - first > shortest:
                    longest = (first, particled.end())  # `Luiz Inácio Lula da Silva` for `Lula`
                elif _PATRONYMIC_NAME.fullmatch(phrase) is not None \
                        and (family := _FAMILY_AFTER.match(self.text, end)) is not None and family.end() - first > shortest:
                    longest = (first, family.end())  # `Sheikh Mohammed bin Rashid Al Maktoum` for `... bin Rashid`
                elif (place := _PEERAGE_PLACE_AFTER.match(self.text, end)) is not None and place.end() - first > shortest \
                        and (words := self.text[first:end].split()) and len(words) >= 2 \
                        and words[0].lower() in PEERAGE_TITLES and not any(w.lower() in ROLE_WORDS for w in words[1:]):
                    longest = (first, place.end())  # `Lord Smith of Leeds` for `Lord Smith` and `Smith`
            starts.append(at)
            best.append(longest)
            at = self.text.find(phrase, at + 1)
        return starts, best


RESOLUTION = Table("resolution", doc="What a speaker mention refers to; the first rule that answers wins, and a "
                   "mention no rule resolves stays unresolved (a first-person one too, `I`, `we`, and the owner "
                   "`my` or `our` of `In my view, ...`: the one quoted or the writer; so does a third-person pronoun whose answer is the "
                   "speaker a transcript's label opening its paragraph names: `SMITH: We are staying. She said ...` "
                   "is never Smith).", rules=(
    Rule("tagged-clause-subject", "resolution", "`The central bank raised rates on Thursday, it said.`: a pronoun "
         "speaking a clause reported before its cue, in its own sentence, stands for that clause's opening "
         "subject where its words agree: a body for `it` (`the bank`, `Brazil's central bank`, a name of no "
         "known gender: `Acme`; the company after what a market measures of it: `Profits at the carmaker fell, "
         "it said`), a man or a woman for `he` or `she` (a person's name too, as news style writes it: `Ann Ruiz will "
         "not run again, she said`; but not where the latest speaker, within one paragraph break, is someone else of "
         "the pronoun's gender: `Joe Hunt said he would not vote for Vale. Also, Tom Vale is not a conservative, he "
         "said.` is Hunt, as later rules find, going on about Vale, never Vale), a plural for `they` (a description of people or "
         "bodies too: `The companies expect sales to slow, they said`; not `Russia ..., he "
         "said`: a name of no known gender); for `he` or `she`, where no earlier speaker or subject agrees, a "
         "description of one person whose gender nothing told (`The mayor will not run again, she said`, `The "
         "mayor of Eastport ...`).", Resolver._reported_subject,
         (Example("The central bank raised interest rates on Thursday, it said in a statement.",
                  "The central bank raised interest rates on Thursday", "it"),
          Example("The mayor will not run again, she said.", "The mayor will not run again", "she"),
          Example("The companies expect sales to slow, they said.", "The companies expect sales to slow", "they"),
          Example("Profits at the carmaker fell by a third, it said.", "Profits at the carmaker fell by a third",
                  "it"),
          Example("Acme Corp reported higher profits.\n\nThe broker cut its target price for Acme, it said.",
                  "The broker cut its target price for Acme", "it"))),
    Rule("listener-replies", "resolution", "`he` or `she` right after a quotation told or asked of someone (`told "
         "her`, `asked Ms. Olsen`; a question reported as asked of someone too: `Lee asked her whether the plan would "
         "work. She said it would.`, the one asked, `her` as written where no one before is she, never the asker; the one asked ends "
         "before the question, a cue within it asked too: `Reporters asked the prime minister whether she would "
         "apologise. She said she would not.`; not what is reported as told: `told her the plan was sound`), where the teller is known to be of the other gender and the one told of the "
         "pronoun's (or, where its verb answers, `he replied`, whoever told or asked, the one told agreeing), "
         "within one paragraph break and with no subject named between: the one told replies "
         "(`\"Fix it,\" Mr. Reyes told Ms. Olsen. \"When?\" she asked.`), not an older speaker; one a quotation "
         "addresses by name at its close (or by title and name at its opening, a clause after: `\"Mr. Hale, where were "
         "you?\"`, or after a short lead opening it: `\"Tell me, Dr. Ruiz, what happens now?\"`) is told it too "
         "(`\"Go home, Tom,\" she pleaded.`), and answers even where "
         "nothing tells the teller's gender (`\"Sit down, Mrs. Vale,\" the judge said. \"I will not,\" she said.`: "
         "Mrs. Vale), and even where nothing tells the gender of the one addressed either, when the quotation asks "
         "a question and the teller is not known to be of the pronoun's gender (`\"Tell me, Dr. Ruiz, what happens "
         "now?\" the host asked. \"We wait,\" she said.`: Dr. Ruiz); so too one a question is asked of, of no known "
         "gender or the pronoun's, no group (`\"Is it safe?\" Ruiz asked the captain.` / `\"Safe enough,\" he said.`), "
         "the asker of the pronoun's gender too where `asked` puts the question (`Carver asked Pike whether the trust "
         "would meet them. He said it would.`, `\"Is it safe?\" Tom Lee asked the captain.`: the one asked; a topic "
         "asked about is a question put so too: `The moderator asked Lee about the plant. \"...,\" he said.`); but where "
         "the pronoun asks a question (`she asked`) after one put to someone by an asker not known to be of the "
         "other gender, no one replies: the asker asks on (`The moderator pressed Brandt on the budget. \"Would you sign it?\" she "
         "asked.`: the moderator).",
         Resolver._listener_replies,
         (Example('"We fixed the heating," Ann Ruiz said.\n\n"Then fix it again," Mr. Reyes told Ms. Olsen.\n\n'
                  '"When?" she asked.', "When?", "she"),
          Example('"When will you appeal?" a reporter asked the club\'s spokesman.\n\n"Monday," he replied.',
                  "Monday,", "he"),
          Example('"Come home now, Tom," his wife pleaded.\n\n"Not yet," he replied.', "Not yet,", "he"),
          Example('The moderator asked Lee about the plant closing. "We will bring those jobs back," he said.',
                  "We will bring those jobs back,", "he"),
          Example('"Sit down, Mrs. Vale," the judge said. "I will not," she said.', "I will not,", "she"),
          Example('"Tell me, Dr. Ruiz, what happens now?" the host asked. "We wait," she said.', "We wait,", "she"),
          Example('"Is it safe?" Ruiz asked the captain.\n\n"Safe enough," he said.', "Safe enough,", "he"),
          Example('Ann Ruiz arrived late. Lee asked her whether the plan would work. She said it would.', "it would",
                  "She"),
          Example('Sean Carver spoke first. Carver asked Graham Pike whether the trust would meet them. He said it would.',
                  "it would", "He"),
          Example('Reporters asked the prime minister whether she would apologise. She said she would not.',
                  "she would not", "She"))),
    Rule("contacted-one", "resolution", "A third-person pronoun opening a sentence that tells of a non-response "
         "(`did not respond`, `has not returned`, `declined to comment`: lexicon NON_RESPONSE_VERBS, "
         "REFUSALS_TO_COMMENT) stands for whom the sentence right before, in its paragraph, says was contacted "
         "for it (lexicon CONTACT_FORMS: `contacted`, `reached out to`, `emailed`), where it agrees: the one "
         "contacted, not whoever contacted them (`Full Fact contacted the minister's office. She did not respond "
         "to a request for comment.`: for `he` or `she`, the owner of a thing contacted, the minister; an "
         "organisation is never `she`).", Resolver._contacted_one,
         (Example("Full Fact contacted the minister's office. She did not respond to a request for comment.",
                  "a request for comment", "She"),)),
    Rule("kin-owner", "resolution", "`he` or `she` opening a paragraph whose latest agreeing speaker is, in an earlier "
         "paragraph, described as kin of the pronoun's gender by an owner's pronoun of that gender (`his brother, "
         "Frank`, `her daughter, Lisa`; or by a noun for a personal tie of either gender, lexicon TIE_NOUNS: `her "
         "former student, Dana Price`): the owner, the one the kin is kin to (in an obituary, whoever died), as "
         "earlier-subject finds it passing that kin over; within the kin's own paragraph previous-speaker keeps them "
         "(`\"Mom was up at four,\" she said`).", Resolver._kin_owner,
         (Example('Eddie Cole coached the Riverside boys for 30 years. He died on Monday.\n\n"He was tough," said his '
                  'brother, Frank.\n\nHe often said that a team is only as good as its bench.',
                  "that a team is only as good as its bench", "He"),
          Example('Maria Lind taught piano for 40 years.\n\n"She changed my life," said her former student, Dana '
                  'Price.\n\nShe once said that no one is too old to learn.', "that no one is too old to learn",
                  "She"))),
    Rule("previous-speaker", "resolution", "A third-person pronoun (a possessive one too, an owner who speaks: "
         "`His reply: \"...\"`): the latest earlier speaker that agrees in number and gender (`they` never one man or one woman, whatever the parse "
         "gave the name's number: a plural or a body; an organisation, a document, a work or a thing that bears words is neuter: `the report`, `signs` are never `he`; "
         "and `it` is never a person a description set off before a name tells: `Its director, Rocio Concha, said`), unless "
         "a name that agrees (a surname too, once it had a fuller form: `Ruiz` after `Dr. Ann Ruiz`), or a "
         "description of one person with no name opening its sentence (`Her rival was unimpressed.`, after a linking "
         "adverb too: `Meanwhile, his mother was in tears.`), is the subject "
         "of a sentence after it in the pronoun's paragraph, or in a paragraph "
         "right before that quotes nothing (`Her rival, Jo Hart, was blunter.` then `\"No,\" she said.`), or a lone "
         "capitalised word, no noun for a group or body, opening the sentence right before the pronoun's, one that quotes "
         "nothing, in the same reach (`Lee said the plan was sound. Ruiz disagreed. \"We have heard that before,\" she said.`: Ruiz), "
         "or one closing the paragraph right before the pronoun's whose verb answers another's words (lexicon RESPONSE_FORMS: "
         "`\"The plan is sound,\" Lee said. Ruiz also disagreed.` then `\"...,\" she said`: Ruiz; not `Dent left.`). `His` or "
         "`Her` opening a sentence tells the gender of whom it stands for, as a pronoun there would resolve (`\"...,\" "
         "the mayor said. Her supporters cheered. \"...,\" he said`: `he` is not the mayor); a definite description "
         "keeps a gender learned all through the text (`the mayor`, wherever it is said). A speaker that is a "
         "share or a count (`Nearly half said`) is passed over as earlier-subject passes such a subject over; so is, "
         "by both, one speaking in a scene recalled or perceived, a cue's `-ing` form right after it (`She remembers "
         "one customer telling her, \"...\" That, she said, was when she knew.`: not the customer).",
         Resolver._previous_speaker,
         (Example('"We will win," Kerry said. "We will go on," he said.', "We will go on,", "he"),)),
    Rule("earlier-subject", "resolution", "A third-person pronoun with no such speaker: the latest earlier "
         "subject that agrees, widened as a name (a name opening a sentence counts, after `The` and a style of address "
         "too: `The Rev. Tom Ellis led a vigil.`, lexicon ARTICLE_STYLES; an age set off after it too: "
         "`Tom Vale, 29, has ...`, a lone word named nowhere else with a description set off after it too: `Costa, "
         "the top seed, was not impressed.`, or a description before it, a title in capitals too: `The Treasurer, Helen "
         "Marsh, rose`, and the name after it a title in lower case: `Her neighbour, retired teacher Bill Carr, "
         "agreed`, or a description of one person, any noun for a person, that `is` or `was` it: `Our first guest is "
         "Ann Lee, a nurse.`, `The first witness was Carl Moss.`, the Sheikh's father's and family's names part of a "
         "name: `Sheikh Tamim bin Hamad Al Thani met ...`; so does one after a phrase set off that opens it, a preposition's or a "
         "participle's: `On a cold morning in May, Maria Lind stands ...`; and a name opening a sentence whose "
         "cues' speakers are pronouns: `Ruiz leaned forward as she spoke.`; and a name, a man's or a woman's by its "
         "words or its fullest form, opening a clause joined to its sentence's first by a conjunction after a comma "
         "or by a semicolon (`coordinated_names`: `The moderators moved on, but Dent was not having it.`), in a "
         "sentence with no cue; so does a description of one person "
         "or one body (`The union reacted with fury.`, for `it`), or of several, for `They` opening the next "
         "sentence in its paragraph (`My colleagues disagree. They argue ...`), and `The` and a name in capitals before its verb, a "
         "body's, never a titled person's (`The World Bank cut its forecast.`, for `it`; not `The Prime Minister`) "
         "with no name opening a sentence, as it resolves: `The defendant's lawyer stood up.`, `The 27-year-old striker "
         "joined ...` (an age among its words, or as its noun: `The 45-year-old was charged`), with a description "
         "set off after its noun (`The mayor, a Democrat, was silent.`) and after a linking adverb set off "
         "(lexicon CONNECTIVE_ADVERBS, OPENING_ADVERBS: `Meanwhile, the mayor ...`, `Then, Ann Ruiz ...`), `Her husband ...`, a "
         "man, its words give its gender, never the owner's; `The senator was furious.` is `Sen. Jo Ray` before, "
         "as described-earlier reads it, and `The firm blamed weak demand.` is `Acme Corp.` before, as "
         "organisation-epithet reads it; a subject's gender is what a pronoun taught too: once `she` took Grace "
         "Obi, `he` never does). Here and for previous-speaker, "
         "`it` never stands for a person of no known gender: one with a title (`Dr. Kwame Asante`) or named by "
         "a noun for a person (`the coach`, `the United boss`); `he`, `she` and `it` never stand for a share "
         "or a count (`Nearly half said`, `Part of the plan`), a number, a month (`December's deal`), a preposition (`Under`) or a pronoun for "
         "anyone (`Everyone`), and `he` or `she`, of no gender known, never for a description whose head is a "
         "noun for no person (`the run-up to the vote`, `His new contract`; not `a caller`) nor a thing's name in "
         "capitals (`the Great Fire`). A sentence's opening word is its subject only as English reads it "
         "(`opening_subject`): not a question's (`Come again?`), a day (`Wednesday's vote`), a share (`Half of "
         "them`), an adjective or a word the text writes in lower case too (`Presidential politics`, `Extreme "
         "caution is`: no verb follows), nor, parsed, a word that is no noun or modifies one (`Last week`); one "
         "a plural verb or `and` follows (`Farmers were`, `Hart and her deputy`) is plural, never `she` (where `and` "
         "joins a name, an owner's noun for one person, with a name after it or not, or a plural noun, both are its "
         "words: `Ruiz and Lee thanked ...` then `they` is `Ruiz and Lee`; `Dan Price and his wife Lucy`, `Police "
         "and firefighters`; a plural noun for people opening a sentence before a past form is plural too, "
         "unparsed, and so is a count of them: `Students marched ...`, `Hundreds of students marched ...`, `Thousands of people have ...`, for `they`; "
         "`he` or `she` is the one of two names whose words give its gender, the other's the "
         "other: `Ann Ruiz and Tom Lee met.` then `he` is Tom Lee; or the one whose words give no gender where the "
         "other's give the other, no body's name: `Police chief Tom Vale and Mayor Jo Hart spoke.` then `she` is "
         "Mayor Jo Hart, a title in lower case among a name's words too, a name set off after kin too: `Tom Hale and "
         "his wife, Ann Hale, spoke.` then `she` is Ann Hale), but for a "
         "name given in full before (`Ann Ruiz spoke.` then `Ruiz and her aides left.`) and for `and` joining two "
         "capitalised qualifiers of one title before one name (`Former Rovers and Wales striker Tom Vale signed`); "
         "unparsed, a capitalised word before a word in `-s` and a past form or auxiliary modifies a plural noun "
         "for people (`Angry farmers blocked`, never `he`). A news agency's credit line (`credit_line`: `(Reporting by Ann "
         "Ruiz; Editing by Tom Vale)`, `... writer Ann Ruiz contributed to this report.`), or a photo's caption (`Ann Ruiz speaks in Ohio. (AP "
         "Photo/Tom Vale)`), or an editor's note (`Editor's note: Ann Ruiz is a former aide ...`), or a live blog's "
         "label on a line of its own (`Key events`, `Show key events only`: lexicon LIVE_BLOG_LABELS) names no subject. "
         "No one rejects, doubts or scorns their own words: the subject of such a verb (lexicon CLAIM_OBJECT_REPORTS, "
         "DOUBTING_VERBS, the latter only before a noun of a saying) is not the owner a possessive after it names "
         "(`Residents rejected their warning that ...`, `Neighbours ridiculed their suggestion that ...`; not `The "
         "mayor mocked his rivals`).",
         Resolver._earlier_subject,
         (Example('Kerry arrived in Geneva on Friday. "We will go on," he said.', "We will go on,", "he"),
          Example('"We need a wall," Gov. Ann Vale said.\n\nThe moderators moved on, but Sen. Mark Dent was not '
                  'having it. "This is what Washington does," he said.', "This is what Washington does,", "he"),
          Example('Tom Vale signed on Friday. Part of the deal was kept secret. "I am happy," he said.',
                  "I am happy,", "he"),
          Example('Costa, the top seed, was not impressed. "It was windy," she complained.', "It was windy,", "she"),
          Example('"We will go on," Max Berg said.\n\nTom Vale, 29, has scored twice this season.\n\n'
                  '"I feel great," he said.', "I feel great,", "he"),
          Example('"We lost the race," Max Berg said.\n\nHis team-mate, Carlos Ruiz, was blunter.\n\n'
                  '"Unacceptable," he said.', "Unacceptable,", "he"),
          Example('On a cold morning in May, Maria Lind stands on the pier.\n\n"There were 400 of us," she said.',
                  "There were 400 of us,", "she"),
          Example('Police chief Tom Vale and Mayor Jo Hart spoke at the meeting. "We will rebuild the bridge," she '
                  'said.', "We will rebuild the bridge,", "she"),
          Example('Dr. Ann Ruiz ran the night ward.\n\n"The lights went out," the director said.\n\n'
                  'Ruiz leaned forward as she spoke. "We carried them down," she said.', "We carried them down,", "she"),
          Example('Northwind Rovers issued a statement on Monday.\n\n"We will win," the coach said.\n\n'
                  '"He has our full support," it said.', "He has our full support,", "it"),
          Example('The Treasurer, Helen Marsh, rose to speak. "This budget is for families," she told MPs.',
                  "This budget is for families,", "she"),
          Example('The mayor, Jo Hart, spoke for an hour. "We will build it," Hart said.\n\n'
                  'Her rival was unimpressed.\n\n"It is a fantasy," he said.', "It is a fantasy,", "he"),
          Example('The 27-year-old striker joined in June. "I am happy here," he said.', "I am happy here,", "he"),
          Example('Our first guest is Ann Lee, a nurse. "We work twelve hours without a break," she said.',
                  "We work twelve hours without a break,", "she"),
          Example('"We will not back down," said Ana Ruiz, a teacher. My colleagues disagree. They argue that the '
                  'strike will hurt students.', "that the strike will hurt students", "They"),
          Example('Former Rovers and Wales striker Tom Vale signed on Friday. "I am happy," he said.',
                  "I am happy,", "he"),
          Example('Ruiz and Lee thanked striker Tom Vale after the match. "We owe him a great deal," they said.',
                  "We owe him a great deal,", "they"),
          Example('Her neighbour, retired teacher Bill Carr, agreed. "Nobody asked us," he said.',
                  "Nobody asked us,", "he"),
          Example('Lee said the plan was sound. Ruiz disagreed. "We have heard that before," she said.',
                  "We have heard that before,", "she"),
          Example('"The plan is sound," Lee said. Ruiz was unconvinced.\n\n"We have heard that before," she said.',
                  "We have heard that before,", "she"),
          Example('Ann Ruiz and Tom Lee met in 2019.\n\n"She was loud," he said.', "She was loud,", "he"),
          Example('Acme Corp. cut 500 jobs. The firm blamed weak demand.\n\n"We had no choice," it said.',
                  "We had no choice,", "it"),
          Example('Meanwhile, the mayor, a Democrat, was silent. "We will wait," she said.', "We will wait,", "she"),
          Example('Lee spoke first. Then, the chairman stood up. "We will appeal," he said.', "We will appeal,", "he"),
          Example('The 45-year-old was charged on Friday. "I am innocent," he said.', "I am innocent,", "he"),
          Example("The World Bank cut its growth forecast. It said trade would slow.", "trade would slow", "It"),
          Example('Ana Ruiz ran the branch. She remembers one customer telling her, "I have lost everything." That, '
                  'she said, was when she knew.', "That was when she knew", "she"))),
    Rule("earlier-listener", "resolution", "`he` or `she` that no earlier speaker or subject agrees with: the latest "
         "one told or asked before (`asked Ann Ruiz why ...`), named, not a pronoun as written, whose gender is the "
         "pronoun's, within one paragraph break (`Tom Lee asked Ann Ruiz why the bridge was late. He said the budget "
         "was short. She said the steel came late.`: Ann Ruiz), never one past it; one the writer asked or told "
         "(`\"Is the mill closing?\" I asked Ann Ruiz. \"Not this year,\" she said.`: Ann Ruiz) too.",
         Resolver._earlier_listener,
         (Example("Tom Lee asked Ann Ruiz why the bridge was late. He said the budget was short. She said the "
                  "steel came late.", "the steel came late", "She"),
          Example('"Is the mill closing?" I asked Ann Ruiz. "Not this year," she said.', "Not this year,", "she"))),
    Rule("writer-met", "resolution", "`he` or `she` that no earlier speaker, subject or listener agrees with, right "
         "after a quotation that follows a sentence the writer opens as its subject (`I`, `We`), within one paragraph "
         "break: the one person that sentence names in full (a given name and a surname), an object there, whose given "
         "name is of the pronoun's gender (`I met Carla Ortiz at a cafe. \"We close at nine,\" she told me.`: Carla "
         "Ortiz); none where it names two, or one of the other gender.", Resolver._writer_met,
         (Example('I met Carla Ortiz at a cafe. "We close at nine," she told me.', "We close at nine,", "she"),)),
    Rule("earlier-author", "resolution", "`he` or `she` that no earlier speaker, subject or listener agrees with: "
         "the latest one named as who signed or wrote a document (`signed by`, `written by`: lexicon SIGNING_FORMS) "
         "whose name gives the pronoun's gender (`The council received a letter signed by Ms Ann Lee. According to "
         "her, the budget was never approved.`: Ms Ann Lee), within one paragraph break.", Resolver._earlier_author,
         (Example("The council received a letter signed by Ms Ann Lee on Monday. According to her, the budget was "
                  "never approved.", "the budget was never approved", "her"),)),
    Rule("described-name", "resolution", "A speaker that is a description and a name set off after it (`His "
         "opponent, Jo Hart, said ...`, `\"No,\" said her lawyer, Tom Vale.`; a title in lower case before the name at "
         "most: `Her neighbour, retired teacher Bill Carr`; the noun's `of` phrase after it: `The head of the rescue "
         "team, Sam Okoro,`; a noun for one person may take its office's phrase after it when a title or a given "
         "name opens the name: `A spokesman for the Denver Police Department, Sgt. Tom Lane,`, or after `for`, what "
         "one speaks or acts for, any name of two words: `A spokeswoman for Acme, Carla Ruiz,`, or after `in`, `on` "
         "or `from`, where the post is held or one comes from: `A teacher in the district, Jo Hart,`, `Her colleague on "
         "the health committee, Lisa Marsh,`; a title of up to four capitalised words before the name: `Lee's deputy, "
         "Chief Operating Officer Sam Ortiz,`; not a place's state "
         "or region set off after a capitalised `of` or `for` phrase: `The mayor of Portland, Oregon,`, `The mayor of "
         "Trenton, New Jersey,`); so may an office capitalised, its place's `of` phrase after it at most, when a "
         "title, an honorific, a style of address (`the Rt Rev`, `the Most Rev`, `the Very Rev`: lexicon "
         "ADDRESS_STYLES) or a given name opens the name: `The Bishop of Westby, the Rt Rev Nick Hale,`, `The Chief "
         "Rabbi, Sir Eli Cohn,`; an office capitalised as Commonwealth papers print it: `The Opposition Leader, "
         "Jo Hart,`, `The Minister for Health, Ann Ruiz,`, its portfolio's or body's name holding `of`, `for` or `and` "
         "too: `The Director-General of the Centre for Disease Control, Dr Jo Ade,`, or any capitalised office before an honorific or a title: "
         "`The state's Chief Health Officer, Dr Jo Vale,`; with no article, a title last and a given name after it: "
         "`Labor MP for Bass, Ann Ruiz,`; a relative clause on a noun for a person may close the description: `A "
         "neighbour who lives across the street, Carlos Vega,`; `the` and the class a name is known by before it: "
         "`Her brother, the painter Tom Hale,`; a father's and a family's names after `bin` are the name's: `Qatar's "
         "emir, Sheikh Tamim bin Hamad Al Thani,`): the name, widened as fullest-name widens one.",
         Resolver._described_name,
         (Example("His opponent, Jo Hart, said the plan would fail.", "the plan would fail", "His opponent, Jo Hart"),
          Example("The Director-General of the Centre for Disease Control, Dr Jo Ade, noted that testing had "
                  "increased.", "that testing had increased",
                  "The Director-General of the Centre for Disease Control, Dr Jo Ade"),
          Example("Another resident, retired teacher Paul Becker, said the drains were blocked.",
                  "the drains were blocked", "Another resident, retired teacher Paul Becker"),
          Example("A spokesman for the Bayview Police Department, Sgt. Tom Lane, said no officer was hurt.",
                  "no officer was hurt", "A spokesman for the Bayview Police Department, Sgt. Tom Lane"),
          Example('"No," said her lawyer, Tom Vale.', "No,", "her lawyer, Tom Vale"),
          Example("The head of the rescue team, Sam Okoro, said the search would go on.", "the search would go on",
                  "The head of the rescue team, Sam Okoro"),
          Example("A spokeswoman for Acme, Carla Ruiz, said the plant would close next year.",
                  "the plant would close next year", "A spokeswoman for Acme, Carla Ruiz"),
          Example("The Bishop of Westby, the Rt Rev Nick Hale, said the vicarages would be sold.",
                  "the vicarages would be sold", "The Bishop of Westby, the Rt Rev Nick Hale"),
          Example("The Opposition Leader, Jo Hart, said the tax would go.", "the tax would go",
                  "The Opposition Leader, Jo Hart"),
          Example("A teacher in the district, Ms. Jo Hart, said classes would resume.", "classes would resume",
                  "A teacher in the district, Ms. Jo Hart"),
          Example("Her colleague on the health committee, Lisa Marsh, said an inquiry was needed.",
                  "an inquiry was needed", "Her colleague on the health committee, Lisa Marsh"),
          Example("Lee's deputy, Chief Operating Officer Sam Ortiz, said work would start in June.",
                  "work would start in June", "Lee's deputy, Chief Operating Officer Sam Ortiz"),
          Example("Her brother, the painter Tom Hale, said she had been ill for some time.",
                  "she had been ill for some time", "Her brother, the painter Tom Hale"))),
    Rule("named-description", "resolution", "`One of them, a retired teacher named Ruth Cole, said`: a speaker "
         "that is a description (a lower-case noun for a person) and a participle that gives a person's name "
         "(`named`, `called`: lexicon PERSON_NAMING_FORMS) closed by the name stands for that name.",
         Resolver._named_description,
         (Example("One of them, a retired teacher named Ruth Cole, said the school had closed.",
                  "the school had closed", "a retired teacher named Ruth Cole"),)),
    Rule("described-earlier", "resolution", "A definite description (`the director`, `the aide`): the latest "
         "earlier speaker or subject that agrees with it and whose words, or the description set off after them "
         "or opening their sentence before them, name the same kind of person (`Maria Gonzalez, the city's housing "
         "director,`; `The city's finance director, Ann Ruiz,`; a role set off with no article: `Ann Ruiz, CEO of Acme,`; "
         "what a relative clause says the one does: `Ann Ruiz, who founded Acme,` is `the founder`; `a senior US official`; "
         "an owner naming a body or place with `the` says whose office it is and need not match: `the company's founder`, "
         "`the state's top prosecutor`; an abbreviated title as "
         "its word: `Dr. Ann Ruiz`, `the doctor`; an age set off after a name or before it is its `N-year-old`: "
         "`Liam Walsh, 34,` or `34-year-old Liam Walsh`, `the 34-year-old`; an office's initials count as its words: `the MP`, "
         "and initials in capitals stand for the capitalised words of an office that they spell, `the DC` after `Deputy "
         "Commissioner Rajiv Sharma`, `the CM` after `Chief Minister Ann Rao` (never a body's: `the BJP`); so do "
         "capitalised words before a noun for a person: `the Ohio senator` after `Ohio Sen. Jo Ray`; a noun for a "
         "person that the tagger took for an adjective is one person still: `the executive`, `the detective`; an "
         "office capitalised as Australian, New Zealand, Canadian and British papers print it: `the Premier`, `the "
         "Prime Minister`, never a body: `the Senate`, and a monarch's office, `the Amir` after `Sheikh Tamim bin Hamad Al "
         "Thani, the Amir of Qatar,` (the father's and family's names part of the name); a noun for whoever holds any of several offices names one of them: "
         "`the lawmaker` after `Sen. Jo Hart`, `the officer` after `Det. Sue Kim`, `the member` after `Labour MP Tom "
         "Vale`, `the diplomat` after `Foreign Minister Sergei Volkov` (an office of two or three words side by side: "
         "`the chief financial officer` after `Tom Bell, CFO of Acme,`), `the top prosecutor` after `Attorney General "
         "Mark Dunn`, `the "
         "spokesperson` after `a spokesman`, `the peer` after `Lord Blake`, lexicon ROLE_GENERALS; the everyday "
         "nouns for one who leads a body stand for each other where one heads its description, lexicon LEADER_NOUNS: "
         "`the union chief` after `Union leader Frank Moss` (not `the boss` after `Chief economist Ann Ruiz`); never one "
         "who has left the post, lexicon FORMER_MODIFIERS: `the mayor` is not `Former Mayor Tom "
         "Lee`; an office written out with its preposition is "
         "its short office, lexicon SPELT_OUT_OFFICES: `the diplomat`, `the foreign minister` after `Minister of "
         "Foreign Affairs Ann Lee` (not `Ohio Secretary of State`, a state's, nor `Secretary of State for Health`); "
         "a party's "
         "member capitalised: `the Republican` after `Ann Ruiz, a Republican,`; one described as holding another's "
         "role, lexicon ROLE_SHARING_NOUNS, is of any role a noun for a person names: `His City counterpart, Dan "
         "Moss,` then `the City boss` (not one who did a deed once, lexicon DEED_AGENT_NOUNS: `the founder`); a word telling the person has died is none it must name, lexicon "
         "DECEASED_MODIFIERS: `the late pianist` after `Tom Vale, the jazz pianist,`; a parent and a count of "
         "children, `said the father of three`, lexicon PARENT_NOUNS, tells only a gender: the latest named one "
         "of it), and say more than its own noun again (not `Bank` of a headline `Bank to close 50 branches` for `the bank`); "
         "a body's noun (`the ministry`) is never a person whose title holds it as a modifier (`Foreign Ministry "
         "spokesperson Wang Wenbin`), though a word of an office before the noun qualifies the body, which heads its "
         "phrase last (`Russia's defence ministry`, `the State Department`), nor another body whose noun it qualifies (`the military` is not `the "
         "military intelligence agency`); a body's noun alone with no such speaker or subject (`the association`) "
         "stands for the one name that noun closes in the stretch before, since one paragraph break, wherever it "
         "stands (`Jo Hart, who leads the Riverside Residents' Association,`; none where two such names stand there), "
         "as `organisation-epithet` finds a firm's name.",
         Resolver._described_earlier,
         (Example('Ann Ruiz, CEO of Acme, said sales rose.\n\n"We are not done," the chief executive said.',
                  "We are not done,", "the chief executive"),
          Example('Ann Ruiz, the city\'s housing director, spoke on Monday. "Rents are too high," the director said.',
                  "Rents are too high,", "the director"),
          Example('"We will win," a senior US official said. "It is close," the official added.',
                  "It is close,", "the official"),
          Example('The city\'s finance director, Ann Ruiz, spoke first.\n\n"We have no money," the director said.',
                  "We have no money,", "the director"),
          Example('Dr. Ann Ruiz arrived at noon.\n\n"We were ready," the doctor said.', "We were ready,", "the doctor"),
          Example('Foreign Minister Sergei Volkov spoke first.\n\n"We are ready," the diplomat said.', "We are ready,",
                  "the diplomat"),
          Example('Labour MP Tom Vale spoke first.\n\n"This is a disgrace," the member said.', "This is a disgrace,",
                  "the member"),
          Example('Union leader Frank Moss called the strike.\n\n"We will not back down," the union chief said.',
                  "We will not back down,", "the union chief"),

          Example('Local MP Jo Ray opposed the plan.\n\n"This is a terrible decision," the MP said.',
                  "This is a terrible decision,", "the MP"),
          Example('Ohio Sen. Jo Ray arrived late.\n\n"We will fight on," the Ohio senator said.',
                  "We will fight on,", "the Ohio senator"),
          Example('Liam Walsh, 34, set out alone on Friday.\n\n"I knew the route," the 34-year-old said.',
                  "I knew the route,", "the 34-year-old"),
          Example('Acme chief executive Jo Hart spoke on Monday. "Sales will rise," the executive said.',
                  "Sales will rise,", "the executive"),
          Example('Detective Sarah Lowe led the inquiry. "She knew her attacker," the detective said.',
                  "She knew her attacker,", "the detective"),
          Example('Tom Vale, the jazz pianist, died in May.\n\nThe late pianist once said, "I play for the back row."',
                  "I play for the back row.", "The late pianist"),
          Example('Premier Ann Ruiz opened the bridge on Monday.\n\n"It was worth the wait," the Premier said.',
                  "It was worth the wait,", "the Premier"),
          Example('Sen. Jo Hart voted against the bill. "It is a bad law," the lawmaker said.',
                  "It is a bad law,", "the lawmaker"),
          Example('His City counterpart, Dan Moss, disagreed. "We lost," the City boss said.', "We lost,",
                  "the City boss"),
          Example('Governor Ann Ruiz, a Republican, signed the bill. "This is a good day," the Republican said.',
                  "This is a good day,", "the Republican"),
          Example("Russia's defence ministry said its forces had repelled an attack. The ministry added that "
                  "drones fell.", "that drones fell", "The ministry"),
          Example("Jo Hart, who leads the Riverside Residents' Association, said the towers would block light. The "
                  "association said it would sue.", "it would sue", "The association"),
          Example('Sheikh Tamim bin Hamad Al Thani, the Amir of Qatar, met the delegation. "We will not accept these '
                  'terms," the Amir said.', "We will not accept these terms,", "the Amir"),
          Example('Our first guest is Ann Lee, a nurse. "We work twelve hours without a break," the guest said.',
                  "We work twelve hours without a break,", "the guest"))),
    Rule("epithet", "resolution", "`the` and a noun for a person of a nation (`the Spaniard`, `the Kenyan`, two words "
         "too, tagged an adjective or not: `the South African`; not one that "
         "names a people as well: `the Chinese`; of a city or region too: `the Londoner`) or an age no earlier mention was given "
         "(`the 24-year-old`), or both (`the 31-year-old Welshman`), or a prize won or put up for (`the Oscar winner`, "
         "`the two-time Grammy nominee`, `the Oscar-winning actress`: lexicon ACCOLADE_NOUNS, ACCOLADE_PARTICIPLES), or a "
         "player's position (lexicon PLAYING_POSITIONS: `the winger`, `the 28-year-old striker`), or an age before "
         "a noun the one was called already (`Rep. Tom Harlan` ... `the 45-year-old congressman`), or a party's member "
         "capitalised, a place before it or not (`the Democrat`, `the Ohio Republican`), that no one named before "
         "was given: a second "
         "mention that tells more, the latest earlier speaker or subject that is a person's name, named within one "
         "paragraph break and agreeing in gender (`the Dutchman` is no woman), never an older one past it, nor one "
         "given another age, nation or party (`Liam Walsh, 34,`) or called by another noun for a person (`coach Ann "
         "Vale` is no `the winger`), nor one in whose own clause it stands (`Trump welcomed the news, saying the Ohio "
         "Republican was right`); a lone capitalised word with a description of a person set off after it is a name "
         "(`Zhou, the defending champion, said`).", Resolver._epithet,
         (Example('"We were poor," said manager Tom Vale.\n\n"We need to improve quickly," the Dutchman added.',
                  "We need to improve quickly,", "the Dutchman"),
          Example('Former Sen. Bob Graham wrote the report.\n\n"They must act," the Democrat said.', "They must act,",
                  "the Democrat"),
          Example('"It has been a dream," said Luis Ortega. "I want to stay," the 24-year-old added.',
                  "I want to stay,", "the 24-year-old"),
          Example('Dale Smit won the race. "It was hard," the South African said.', "It was hard,",
                  "the South African"),
          Example('Rhys Hale scored twice. "It was special," the 31-year-old Welshman said.', "It was special,",
                  "the 31-year-old Welshman"),
          Example('Jenna Ruiz arrived early. "He is kind," the Oscar winner said.', "He is kind,",
                  "the Oscar winner"),
          Example('Marco Rossi scored twice in the second half. "It was a special night," the winger said.',
                  "It was a special night,", "the winger"),
          Example('Zhou, the defending champion, said she felt ready. "I have trained harder than ever," said the '
                  '28-year-old.', "I have trained harder than ever,", "the 28-year-old"))),
    Rule("organisation-epithet", "resolution", "`the` and a noun for a company or body (`the company`, `the lender`, "
         "`the carmaker`): the latest earlier speaker or subject that is an organisation's name (a word of one: `Acme "
         "Corp`; the noun itself closing it: `Northwind Airlines` for `the airline`; initials: `DBS`; or one capitalised word that no fuller form widens and no word tells a person by, "
         "the subject of a cue right after it, not in a headline: `Barclays said`), never a person's (a title, an "
         "honorific, a given name or a gender passes it over), nor one past a description holding the noun (`the "
         "trade group for the plans` is the nearer `the group`), nor a news outlet's that tells of it (`BFMTV "
         "reported ...`; but for `the broadcaster`), nor a month, nor a description in lower case holding a body's "
         "name after a preposition (`research presented at a meeting of the Heart Association`: a thing); a body's name "
         "owning the description that opens a speaker or subject counts too (`Northwind Bank's chief executive, Ann "
         "Ruiz, said`: Northwind Bank, whose staff she is); where no speaker or subject is one, the one firm's name "
         "(a word for a firm closing it, lexicon FIRM_NAME_WORDS, COMPANY_SUFFIXES, COMPANY_NAME_ENDINGS: `Harbor "
         "Bank`, `Acme Corp`) named since one paragraph break before, an object's too (`The regulator fined Harbor "
         "Bank.` then `the lender said`: Harbor Bank; none where two firms are named there); a public body's proper name "
         "keeps its `the` for a noun of a public body (lexicon PUBLIC_BODY_EPITHETS: `The Food and Drug Administration "
         "said ...` then `the agency said`; `the CDC`): capitalised words holding a word of a body, or initials (not "
         "`The Daily Planet`; `the company` is never `the Bank of Japan`, a firm's name seldom has its `the`).",
         Resolver._organisation_epithet,
         (Example('Northwind Bank reported a rise in profit on Tuesday.\n\n"We had a strong quarter," the lender said.',
                  "We had a strong quarter,", "the lender"),
          Example('Acme Corp cut its forecast on Monday.\n\n"Demand has weakened," chief executive Ann Ruiz said.\n\n'
                  '"We expect a recovery next year," the company said.', "We expect a recovery next year,",
                  "the company"),
          Example('Northwind Airlines cut 300 jobs on Monday.\n\n"Demand has fallen," the airline said.',
                  "Demand has fallen,", "the airline"),
          Example('Northwind Bank\'s chief executive, Ann Ruiz, said profits rose.\n\n"We had a strong quarter," the '
                  'lender said.', "We had a strong quarter,", "the lender"),
          Example('The regulator fined Harbor Bank on Monday.\n\n"We accept the ruling," the lender said.',
                  "We accept the ruling,", "the lender"),
          Example('The Food and Drug Administration said it would review the data.\n\n"It is safe," the agency said.',
                  "It is safe,", "the agency"))),
    Rule("fullest-name", "resolution", "A name (an owner's too, less its `'s`: `Ruiz's reply`): the longest capitalised form ending in it "
         "earlier in the same sentence as that form (`Kerry` -> `US Secretary of State John Kerry`), a person's name only, past a "
         "preposition in capitals inside the chain and none where the name comes right after one (`The Coalition Against "
         "Trump`, `Americans for Trump`: a body named for or against one, whose name is not that one's), past an owner's word in the chain (`CNN's Jake Tapper`: `Jake Tapper`), over a nickname in marks after a given name "
         "(`Tom \"The Hammer\" Vale` for `Vale`: one to three words, the first capitalised; a one-word nickname alone is that "
         "name too: `Bobby` after `Robert \"Bobby\" Lee`), past a word opening its clause "
         "(`When Jane Roe`, `But Ed Hale`: no word of the name) or a first-person `I` (`I'm Frank Lee, and I approve this "
         "message`), past a word for when one holds a post opening a chain "
         "with no title in it (`Former Trump campaign manager ...`: a later `Trump` is `Trump`; `Acting Police "
         "Commissioner Tom Vale` keeps it), and past a plural or quantifier and `of` opening "
         "the sentence (`Shares of Acme`, `Most of`: a part of what the name names), to a generation's suffix after it "
         "and a title in lower case opening the sentence before it (`Fire chief Tom Vale Jr.`: `Vale` is all of it; a "
         "surname alone too: `Council member Stone`); in a headline in title case, a first name before "
         "it at most (`Nine Things Jo Hart Has Said`); past an honorific, the surname's (`Mrs Hughes` -> `Janet "
         "Hughes`, not when the fuller form's words give another gender: `Mr. Hughes`; then the latest form whose given "
         "names give the honorific's gender, of two who share the surname: `Ms. Hale` after `Tom Hale ... His daughter, "
         "Ann Hale,` is Ann Hale); a bare surname two people named before bear, the one named in full most often as "
         "a subject or a speaker (not one set off after kin: `Vale's wife, Mary Vale`), else the one the nearest "
         "mention settles (the latest in full, no paragraph between mentions, where its paragraph names no other), "
         "else no one (`Tom Hale and his wife, Ann Hale, run the farm. ... \"We are tired,\" Hale said.`: `Hale`); a "
         "plural title is no one's own name (`Senators Ann Ruiz and Tom Lee`: `Ruiz` -> `Ann Ruiz`); with the one or "
         "two given names "
         "that end the name after a surname written first (`Mr Tan` -> `Manpower Minister Tan Wei Ming`, `Ms Mao` -> "
         "`Mao Ning`; after a title too, `Prof Tan` -> `Associate Professor Tan Ern Ser`: not a time or a body's word, `the Hughes Foundation`, nor a headline's words), the form that "
         "the same honorific opens first where one has them (`Mr Tan` is `Mr Tan Wei Jie`, not his mother `Madam Tan "
         "Bee Lian`); a bare surname takes Hong Kong's hyphened given names after it too (`Chan` -> `Chief Secretary "
         "Chan Kwok-ki`), a Chinese or Korean surname the given names after it (`SURNAME_FIRST_SURNAMES`: `Kim` -> "
         "`Kim Jong Un`, `Li` -> `Premier Li Qiang`), and a Malay given name after a Malaysian title the father's "
         "name (`Anwar` -> `Datuk Seri Anwar Ibrahim`, `Tan Sri Lee` -> `Tan Sri Lee Lam Thye`; two given names too, `Amir Hamzah` -> `Datuk Seri Amir Hamzah "
         "Azizan`), and any given name right after a title or an honorific "
         "the rest of the name (`Fadhlina` -> `Education Minister Fadhlina Sidek`: a name is written title, given "
         "name, then the rest); a style of address alone (`BORNE_STYLES`: `His Highness`, `Her Majesty`) the latest name "
         "it opened, with a father's and a family name after it (`His Highness` -> `His Highness Sheikh Mansour bin "
         "Zayed Al Nahyan`); a name runs on past a word for `son of` or `daughter of` and "
         "the father's name after it, and past each such word and name after that and a family name the Arabic "
         "article opens (`PATRONYMIC_PARTICLES`: `Anwar` -> `Anwar bin Ibrahim`, `Sheikh Hamdan` -> `Sheikh Hamdan "
         "bin Mohammed bin Rashid Al Maktoum`), a name with such a word in it to the family name after it too "
         "(`Sheikh Mohammed bin Rashid` -> `His Highness Sheikh Mohammed bin Rashid Al Maktoum`), and `bin Salman` (`Bin Salman` opening a "
         "sentence) is a surname as `du Plessis` is (`Mohammed bin Salman`), as is one the Arabic article joins "
         "(`ARABIC_ARTICLES`: `al-Baghdadi`, `Al-Baghdadi` opening a sentence -> `Abu Bakr al-Baghdadi`); a peer's name "
         "runs on to the place of the title (`PEERAGE_TITLES`: `Lord Smith`, `Smith` -> `Lord Smith of Leeds`; not an "
         "office's: `Lord Mayor of London`), and `Lady` or `Lord` and a surname is the peer of a rank called so named before "
         "(`PEER_ADDRESSES`: `Lady Hale` -> `Baroness Hale of Richmond`, `Lord Vale` -> `Viscount Vale`); a name in capitals (a transcript's "
         "label: `PARK:`) with no longer form in capitals, the longest earlier form of it as the narration writes it "
         "(`Lisa Park`; the same name where none is longer: `LENA PARK` -> `Lena Park`), one that an honorific or a title opens (`MS. ORTIZ`, `SEN. LOPEZ`) that form too where it is "
         "longer, holds that title or none and gives no other gender (`Senator Maria Lopez`; `MR. LEE` is no `Ann "
         "Lee`, `SEN. HART` no `Gov. Ann Hart`), and a label of two or three initials (`JS`) the latest earlier name of two or three words whose "
         "initials they are (`Jane Soto`); a surname that lower-case particles open is a name too (`Mr van der "
         "Merwe`, and `Du Plessis` or `Dela Cruz` opening a sentence is the `du Plessis` or `dela Cruz` named before), "
         "as is one that such particles join to a name before it (`Fernández de Kirchner`, `Von der Leyen` opening a "
         "sentence), and a name runs on past them to the surname they open (`Lula` -> `Luiz Inácio Lula da Silva`); "
         "a title and a surname (`Senator Hart`, `Mayor Vale`: an office or rank, spelled out or not) the longest earlier "
         "form of the surname with a given name in it (no headline's capitals), that same title or none (`Sen. Jo Hart`, `Jo Hart`; not `Gov. "
         "Ann Hart`); initials in capitals, `the` before them or not (`the DA`), the name that brought them in "
         "brackets right after it before (`The Department of Agriculture (DA)`: `Department of Agriculture`), or "
         "set off after it by a comma and `or` or `known as` (`The World Health Organization, or WHO,`; `Andres Lopez "
         "Obrador, popularly known as AMLO,`, `known by his initials AMLO`), its "
         "capitals among the initials in order and opening them (`Ministry of Health (MOH)`; a lower-case letter for a "
         "small word between two capitals: `the MoD` after `Ministry of Defence (MoD)`), and an office's (a role word in "
         "the name) the name of two or three capitalised words right after the bracket, its holder (`the SSP` after "
         "`Senior Superintendent of Police (SSP) Rakesh Kumar`: `Rakesh Kumar`); an owner (`Ruiz's`) "
         "that nothing widens is the name less its `'s` wherever it is resolved (`Ruiz's full remarks are below. "
         "Here's what she said:` is Ruiz); but a name in the owner's form with a cue or a comma right after it owns nothing, "
         "its `'s` its own (`Moody's said the outlook was stable. It added ...`: `Moody's`, a firm named for its founder, "
         "so too before an adverb and a verb or a verb of telling and people told: `Moody's also warned investors`; "
         "a cue's participle before what an owner has is none: `Ruiz's stated aim`: Ruiz); a name with no given name "
         "in it and no longer form ending in it is the firm's name it opens (`Andes Copper` -> `Andes Copper Corp.`), written earlier with a word for a firm closing it "
         "(`Skyline` -> `Skyline Airways`, `Harbor` -> `Harbor Bank Corp.`): the press shortens a firm by its ending; "
         "a given name alone (lexicon `first_names`) with no longer form ending in it, or only one cut short before a "
         "surname (`Secretary of State John` of `... John Kerry`), is the full name it opens earlier (`Ann` -> `Ann "
         "Lee`, as a profile calls its subject), where every such name earlier is the same one (not `Tom` after `Tom "
         "Vale` and `Tom Hart`); an office as a parliament's record labels a turn with, in brackets after it, its "
         "holder's full name (`The Prime Minister (Rishi Sunak):`) is that holder (`Rishi Sunak`), whom the office "
         "alone later stands for (`The Prime Minister:`, described-earlier; an office an honorific opens, `Mr Speaker:` "
         "after `Mr Speaker (Lindsay Hoyle):`, here: the latest holder named so of the same role, `Madam Deputy Speaker "
         "(Rosie Winterton)` is no `Mr Speaker`; with none, the honorific and surname it may be, `Mr. King` after "
         "`Charlie King`); not a seat or party (`(Lab)`).",
         Resolver._fullest_name,
         (Example('Robert "Bobby" Lee spoke on Tuesday.\n\n"I am ready," Bobby said.', "I am ready,", "Bobby"),
          Example('Secretary of State John Kerry arrived on Friday. "We will go on," Kerry said.',
                  "We will go on,", "Kerry"),
          Example("Ann Hale (Eastfield) (Lab): Will the Prime Minister admit the plan has failed?\n\nThe Prime "
                  "Minister (Rishi Sunak): We will act.\n\nAnn Hale: The figures say otherwise.\n\nThe Prime "
                  "Minister: They do not.", "We will act.", "The Prime Minister (Rishi Sunak)"),
          Example("Senior Superintendent of Police (SSP) Rakesh Kumar visited the site. The SSP said the culprits "
                  "would be caught.", "the culprits would be caught", "The SSP"),
          Example('Council member Stone said the budget would be cut. "We have no other choice," Stone said.',
                  "We have no other choice,", "Stone"),
          Example('Lena Park is a novelist who lives in Seoul.\n\nLENA PARK: "I wrote most of it at night."',
                  "I wrote most of it at night.", "LENA PARK"),
          Example('Boxer Tom "The Hammer" Vale won again.\n\n"It was easy," Vale said.', "It was easy,", "Vale"),
          Example("Pilots will strike unless Skyline Airways improves its offer. Skyline said it was disappointed.",
                  "it was disappointed", "Skyline"),
          Example('Advocate Johan van der Merwe spoke first.\n\n"My client did nothing wrong," Mr van der Merwe said.',
                  "My client did nothing wrong,", "Mr van der Merwe"),
          Example('Professor Annelie du Plessis led the study.\n\n"Farmers are at breaking point," Du Plessis said.',
                  "Farmers are at breaking point,", "Du Plessis"),
          Example("The bridge opened late. Its builder, Ann Ruiz, stayed away.\n\nRuiz's reply to her critics "
                  'was short: "The bridge speaks for itself."', "The bridge speaks for itself.", "Ruiz's"),
          Example("Council leader Janet Hughes defended the plan.\n\n\"We listened,\" Mrs Hughes said.",
                  "We listened,", "Mrs Hughes"),
          Example('Tom Hale runs the bakery. His daughter, Ann Hale, took over the books. "We are losing money," '
                  'Ms. Hale said.', "We are losing money,", "Ms. Hale"),
          Example("The governor, Lisa Park, took questions from readers.\n\nQUESTION: Will taxes go up?\n\nPARK: "
                  "Not this year.\n\nQUESTION: And the schools?\n\nPARK: They get more money than ever.",
                  "They get more money than ever.", "PARK"),
          Example("Senator Maria Lopez joined the program from Albany.\n\nSEN. LOPEZ: Thank you for having me.\n\n"
                  "DOYLE: Senator, what happens next?", "Thank you for having me.", "SEN. LOPEZ"),
          Example('Fire chief Tom Vale Jr. arrived at noon.\n\n"The fire was out by evening," Vale said.',
                  "The fire was out by evening,", "Vale"),
          Example('Donald Trump spoke in Ohio.\n\nThe Coalition Against Trump said it would march. Trump said he did '
                  'not care.', "he did not care", "Trump"),
          Example('Manpower Minister Tan Wei Ming spoke at a union dinner.\n\n"We want workers to plan their lives," '
                  'Mr Tan said.', "We want workers to plan their lives,", "Mr Tan"),
          Example('Chief Secretary Chan Kwok-ki spoke first.\n\n"We have consulted widely," Chan said.',
                  "We have consulted widely,", "Chan"),
          Example('Anwar bin Ibrahim spoke first.\n\n"We are united," Anwar said.', "We are united,", "Anwar"),
          Example('Lord Smith of Leeds spoke first.\n\n"It will not pass," Lord Smith said.', "It will not pass,",
                  "Lord Smith"),
          Example('Baroness Hale of Richmond spoke first.\n\n"The law is clear," Lady Hale said.', "The law is clear,",
                  "Lady Hale"),
          Example('Abu Bakr al-Baghdadi spoke in a recording.\n\n"We will come back," al-Baghdadi said.',
                  "We will come back,", "al-Baghdadi"),
          Example('Sen. Jo Hart spoke first. The vote was close. "We will vote no," Senator Hart said.',
                  "We will vote no,", "Senator Hart"),
          Example('The Ministry of Health (MOH) counted 40 new cases.\n\n"We are watching closely," the MOH said.',
                  "We are watching closely,", "the MOH"),
          Example('North Korean leader Kim Jong Un inspected the base.\n\n"We are ready," Kim said.',
                  "We are ready,", "Kim"),
          Example('Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum opened the fair.\n\n"Dubai is ready," Sheikh '
                  'Hamdan said.', "Dubai is ready,", "Sheikh Hamdan"),
          Example('Sheikh Mohammed bin Rashid Al Maktoum opened the fair.\n\nSheikh Mohammed bin Rashid said the '
                  'city was ready.', "the city was ready", "Sheikh Mohammed bin Rashid"),
          Example('I first met Ann Lee in a diner.\n\n"He asked me to come back," Ann says.',
                  "He asked me to come back,", "Ann"))),
))
