"""Language knowledge, in one place: cue verbs, quotation marks, pronouns, abbreviations.

Word lists live in `quotes/data/`; the small closed sets are written out here.
"""
from __future__ import annotations

import re
import unicodedata
from itertools import product
from functools import lru_cache
from importlib import resources
from typing import Sequence

__all__ = [
    "SILENT_GESTURE_PASTS",
    "POSTING_PLATFORMS", "POSTING_PLACES", "RENDERING_NOUNS",
    "MADE_ONLY_WORKS",
    "NARRATING_VERBS",
    "NAMING_NOUNS",
    "NOUN_SPELT_PASTS",
    "CARRYING_PASTS",
    "COMPARATIVE_QUANTIFIERS",
    "ADDRESSED_YOU_VERBS",
    "REPLY_WORDS",
    "ENTERING_VERBS",
    "LEAVING_PARTICLES",
    "AFTER_SPEAKING_OPENERS",
    "THOUGHT_TAG_FORMS",
    "ADDRESS_TITLES",
    "ANSWER_PARTICLES",
    "AGENCY_NOUNS",
    "QUESTION_TOPIC_PREPOSITIONS",
    "LANGUAGE_NAMES",
    "TRANSLATION_GLOSS", "GLOSS_WORDS", "TRANSLATION_LABEL",
    "FOREIGN_TAG_VERBS",
    "FOREIGN_TAG_FORMS", "FOREIGN_TAG_LONGEST",
    "BROADCAST_ROLES", "BROADCAST_NOTE_OPENERS",
    "FOREIGN_INVERTED_PRONOUNS", "FOREIGN_TAG_PRONOUNS", "FOREIGN_TAG_DETERMINERS",
    "CAPTIONING_VERBS",
    "ENGLISH_MARKER_WORDS",
    "FOREIGN_MARKER_WORDS", "FOREIGN_LETTERS",
    "FOREIGN_TAG_NAME_ONLY",
    "HEADLINE_SOURCE_WORDS",
    "HEADLINE_LABEL_SOURCES",
    "TOPIC_LISTENER_VERBS",
    "SEQUENCE_ADVERBS",
    "CONNECTIVE_ADVERBS",
    "TIE_NOUNS",
    "DEGREE_LETTERS",
    "EVENT_PREPOSITIONS",
    "EVENT_NOUNS",
    "MEMBER_EXAMPLE_OPENERS",
    "PERSON_NAMING_FORMS",
    "SENDER_PREPOSITIONS",
    "MADE_ONLY_NOUN_CUES", "DOUBTING_VERBS",
    "PLURAL_MODIFIERS",
    "CHARGE_VERBS",
    "STANCE_NOUNS", "STANCE_COPULAS", "NAMING_COPULAS",
    "CALL_FOR_FORMS", "ASKING_ON_FORMS", "RECIPROCAL_HEADS", "PRESCRIBING_THINGS",
    "OF_TAKING_VERBS",
    "MARKET_MEASURES",
    "SINGULAR_S_NAMES",
    "DAY_NAME_WORDS",
    "WEEKDAYS",
    "DAY_PARTS",
    "SET_OFF_RELATIVES",
    "AGE_LEADS",
    "DOUBLE_OPEN", "DOUBLE_CLOSE", "DOUBLE_EITHER", "SINGLE_OPEN", "SINGLE_CLOSE", "SINGLE_EITHER",
    "MARK_ENTITIES", "DOUBLED_MARKS", "MARK_CHARS", "SIGNATURE_DASHES", "BREAK_DASHES", "QUOTATION_DASHES", "SCENE_THINGS", "PHRASAL_FORM_PARTICLES", "OPENING_PUNCT", "CLOSING_PUNCT", "ELISIONS", "LISTENER_VERBS", "TELL_FORMS", "COMMISSIVE_VERBS", "ASSERTING_INFINITIVE_VERBS", "NOT_PROMISING_PARTICLES", "DIRECTIVE_VERBS", "NOUN_MARKERS", "OBJECT_CUES", "NOUN_REPORTS", "GERUND_REPORTS", "RAISING_REPORTS", "CLAIM_NOUNS", "PREPOSITION_REPORTS", "SAY_VERBS", "INVERTING_VERBS", "PLEDGE_INVERTERS", "SUBORDINATE_OPENERS", "ADDING_VERBS", "OBJECT_CONTROL", "ISSUING_VERBS", "TIME_WORDS", "TIME_NOUNS", "TIME_OPENERS", "TIME_PHRASE_LEADS", "PREPOSITIONS", "RELATIVE_PRONOUNS", "DEMONSTRATIVE_PRONOUNS", "BACK_REFERRING_OBJECTS", "TITLES", "NONFINAL_ABBREVIATIONS", "CLITICS", "PLACE_PREPOSITIONS", "CLAUSE_PREPOSITIONS", "QUOTING_VERBS", "SOURCE_LEADS", "AUTHORED_TEXTS", "RESEARCH_NOUNS", "FINDING_FORMS", "POSSESSIVE_PRONOUNS", "PAST_ONLY_FORMS", "COMMITMENT_OBJECT_VERBS", "COMMITMENT_NOUNS", "FIRST_PERSON_POSSESSIVES", "REPLY_NOUNS", "ARRIVAL_FORMS", "SOURCE_LEAD_OPENERS", "NOT_PAST_FORMS", "PRESENT_TAG_FORMS", "TURN_PAST_FORMS", "NICKNAME_NOUNS", "WORK_NOUNS", "CREDIT_NOUNS", "WORDS_NOUNS", "PHRASE_PREPOSITIONS", "NAME_PREPOSITIONS", "PHRASE_ADJECTIVES", "PERCEPTION_VERBS", "SPAN_NOUNS", "SPAN_WORDS", "HEDGE_ADJECTIVES", "GENERIC_MODALS", "ADMITTED_PEOPLE", "PHRASE_DETERMINERS", "ANY_MARK", "OPEN_MARK", "CLOSE_MARK", "mark_pattern", "HEARING_BODIES", "HEARING_FORMS", "LEARNED_FORMS", "CONDITIONAL_WARNINGS", "NEWS_OUTLET_WORDS", "OUTLET_NOUNS", "SAID_RITUALS", "ANNOUNCED_PICKS", "SIGNS", "DOUBLE_GLYPH", "CLOSE_GLYPH", "WORK_MAKING_FORMS", "LINK_LABELS", "VERB_PARTICLES", "NAME_GIVING_FORMS", "CREDIT_LINE_ROLES", "CREDIT_LINE_NOUNS", "PROGRAMME_NOUNS", "OUTLET_NAME_NOUNS", "OWNER_PROOF_FORMS", "OWNER_LISTENER_FORMS", "OWNED_DEED_REPORTS", "WITHDRAWN_OBJECTS", "EVIDENCE_NOUNS", "SHOWING_FORMS", "MEDIUM_PREPOSITIONS", "COMPARING_OPENERS", "COMPARING_WORDS", "EXPECTATION_WORDS", "HEADLINE_TOPIC_WORDS", "PHOTO_CREDIT_WORDS", "EDITOR_NOTE_LABELS", "NEWSLETTER_LABELS", "NEWSLETTER_LABEL_LEADS", "QUOTE_LABELS", "POST_SIGNATURE_LEADS", "EMBED_LABELS", "OCCASION_PREPOSITIONS", "MONTHS", "CALENDAR_NOUNS", "CALENDAR_PLACERS", "STYLE_PREFIXES", "PERFORMING_FORMS",
    "MARK_ENTITIES", "DOUBLED_MARKS", "MARK_CHARS", "SIGNATURE_DASHES", "BREAK_DASHES", "SCENE_THINGS", "PHRASAL_FORM_PARTICLES", "OPENING_PUNCT", "CLOSING_PUNCT", "ELISIONS", "LISTENER_VERBS", "TELL_FORMS", "COMMISSIVE_VERBS", "DIRECTIVE_VERBS", "NOUN_MARKERS", "OBJECT_CUES", "NOUN_REPORTS", "GERUND_REPORTS", "RAISING_REPORTS", "CLAIM_NOUNS", "PREPOSITION_REPORTS", "SAY_VERBS", "INVERTING_VERBS", "PLEDGE_INVERTERS", "SUBORDINATE_OPENERS", "ADDING_VERBS", "OBJECT_CONTROL", "ISSUING_VERBS", "TIME_WORDS", "TIME_NOUNS", "TIME_OPENERS", "TIME_PHRASE_LEADS", "PREPOSITIONS", "RELATIVE_PRONOUNS", "DEMONSTRATIVE_PRONOUNS", "TITLES", "NONFINAL_ABBREVIATIONS", "CLITICS", "PLACE_PREPOSITIONS", "CLAUSE_PREPOSITIONS", "QUOTING_VERBS", "SOURCE_LEADS", "AUTHORED_TEXTS", "RESEARCH_NOUNS", "FINDING_FORMS", "POSSESSIVE_PRONOUNS", "PAST_ONLY_FORMS", "COMMITMENT_OBJECT_VERBS", "COMMITMENT_NOUNS", "FIRST_PERSON_POSSESSIVES", "REPLY_NOUNS", "ARRIVAL_FORMS", "SOURCE_LEAD_OPENERS", "NOT_PAST_FORMS", "PRESENT_TAG_FORMS", "TURN_PAST_FORMS", "NICKNAME_NOUNS", "WORK_NOUNS", "CREDIT_NOUNS", "WORDS_NOUNS", "PHRASE_PREPOSITIONS",
    "POST_PLACE_PREPOSITIONS", "REPEATING_VERBS", "NAME_PREPOSITIONS", "PHRASE_ADJECTIVES", "PERCEPTION_VERBS", "SPAN_NOUNS", "SPAN_WORDS", "HEDGE_ADJECTIVES", "GENERIC_MODALS", "ADMITTED_PEOPLE", "PHRASE_DETERMINERS", "ANY_MARK", "OPEN_MARK", "CLOSE_MARK", "mark_pattern", "HEARING_BODIES", "HEARING_FORMS", "LEARNED_FORMS", "CONDITIONAL_WARNINGS", "NEWS_OUTLET_WORDS", "OUTLET_NOUNS", "SAID_RITUALS", "ANNOUNCED_PICKS", "SIGNS", "DOUBLE_GLYPH", "CLOSE_GLYPH", "WORK_MAKING_FORMS", "LINK_LABELS", "VERB_PARTICLES", "NAME_GIVING_FORMS", "CREDIT_LINE_ROLES", "CREDIT_LINE_NOUNS", "PROGRAMME_NOUNS", "OWNER_PROOF_FORMS", "EVIDENCE_NOUNS", "SHOWING_FORMS", "MEDIUM_PREPOSITIONS", "COMPARING_OPENERS", "COMPARING_WORDS", "EXPECTATION_WORDS", "HEADLINE_TOPIC_WORDS", "PHOTO_CREDIT_WORDS", "EDITOR_NOTE_LABELS", "NEWSLETTER_LABELS", "NEWSLETTER_LABEL_LEADS", "QUOTE_LABELS", "POST_SIGNATURE_LEADS", "EMBED_LABELS", "OCCASION_PREPOSITIONS", "MONTHS", "CALENDAR_NOUNS", "CALENDAR_PLACERS", "STYLE_PREFIXES",
    "MARK_ENTITIES", "DOUBLED_MARKS", "MARK_CHARS", "SIGNATURE_DASHES", "BREAK_DASHES", "SCENE_THINGS", "PHRASAL_FORM_PARTICLES", "OPENING_PUNCT", "CLOSING_PUNCT", "ELISIONS", "LISTENER_VERBS", "TELL_FORMS", "COMMISSIVE_VERBS", "DIRECTIVE_VERBS", "NOUN_MARKERS", "OBJECT_CUES", "NOUN_REPORTS", "GERUND_REPORTS", "RAISING_REPORTS", "CLAIM_NOUNS", "PREPOSITION_REPORTS", "SAY_VERBS", "INVERTING_VERBS", "PLEDGE_INVERTERS", "SUBORDINATE_OPENERS", "ADDING_VERBS", "OBJECT_CONTROL", "ISSUING_VERBS", "TIME_WORDS", "TIME_NOUNS", "TIME_OPENERS", "TIME_PHRASE_LEADS", "PREPOSITIONS", "RELATIVE_PRONOUNS", "DEMONSTRATIVE_PRONOUNS", "TITLES", "NONFINAL_ABBREVIATIONS", "CLITICS", "PLACE_PREPOSITIONS", "CLAUSE_PREPOSITIONS", "QUOTING_VERBS", "SOURCE_LEADS", "AUTHORED_TEXTS", "RESEARCH_NOUNS", "FINDING_FORMS", "POSSESSIVE_PRONOUNS", "REPLY_NOUNS", "ARRIVAL_FORMS", "SOURCE_LEAD_OPENERS", "NOT_PAST_FORMS", "PRESENT_TAG_FORMS", "TURN_PAST_FORMS", "NICKNAME_NOUNS", "WORK_NOUNS", "CREDIT_NOUNS", "WORDS_NOUNS", "PHRASE_PREPOSITIONS", "NAME_PREPOSITIONS", "PHRASE_ADJECTIVES", "PERCEPTION_VERBS", "SPAN_NOUNS", "SPAN_WORDS", "HEDGE_ADJECTIVES", "GENERIC_MODALS", "ADMITTED_PEOPLE", "PHRASE_DETERMINERS", "ANY_MARK", "OPEN_MARK", "CLOSE_MARK", "mark_pattern", "HEARING_BODIES", "HEARING_FORMS", "LEARNED_FORMS", "CONDITIONAL_WARNINGS", "NEWS_OUTLET_WORDS", "OUTLET_NOUNS", "SAID_RITUALS", "ANNOUNCED_PICKS", "SIGNS", "DOUBLE_GLYPH", "CLOSE_GLYPH", "WORK_MAKING_FORMS", "LINK_LABELS", "VERB_PARTICLES", "NAME_GIVING_FORMS", "CREDIT_LINE_ROLES", "CREDIT_LINE_NOUNS", "PROGRAMME_NOUNS", "OWNER_PROOF_FORMS", "EVIDENCE_NOUNS", "SHOWING_FORMS", "MEDIUM_PREPOSITIONS", "COMPARING_OPENERS", "COMPARING_WORDS", "EXPECTATION_WORDS", "HEADLINE_TOPIC_WORDS", "PHOTO_CREDIT_WORDS", "EDITOR_NOTE_LABELS", "NEWSLETTER_LABELS", "NEWSLETTER_LABEL_LEADS", "QUOTE_LABELS", "POST_SIGNATURE_LEADS", "EMBED_LABELS", "OCCASION_PREPOSITIONS", "MONTHS", "CALENDAR_NOUNS", "CALENDAR_PLACERS", "STYLE_PREFIXES",
    "INFINITIVE_NOUNS",
    "AFFILIATION_PREPOSITIONS",
    "MEMBERSHIP_PREPOSITIONS",
    "NAMED_THING_NOUNS",
    "CAPITAL_TITLES",
    "GERUND_PREPOSITION_REPORTS",
    "ADJACENT_TOPIC_VERBS",
    "SOURCE_WITH_NOUNS", "WITHHELD_NAME_FORMS",
    "KEPT_BACK_FORMS",
    "STOCK_EXCHANGES", "SET_OFF_TITLES", "SET_OFF_TITLE_WORDS",
    "MALAY_TITLES", "CONSTITUENCY_WORDS", "APOSTROPHE_TITLES", "ADDRESS_STYLES",
    "PATRONYMIC_PARTICLES", "ARABIC_ARTICLES", "SURNAME_FIRST_SURNAMES",
    "FLOATING_QUANTIFIERS", "AMOUNT_PRONOUNS", "CLAIMED_DEEDS", "PEERAGE_TITLES",
    "PEER_ADDRESSES",
    "TO_LISTENER_VERBS",
    "TOLD_AUDIENCES",
    "MONTH_ABBREVIATIONS",
    "MEANS_PREPOSITIONS",
    "UNABBREVIATED_STATES",
    "PLACE_NAME_OPENERS",
    "SIGNING_FORMS",
    "PRONOUNS", "GENDERED", "HONORIFICS", "SHORT_HONORIFICS", "SHORT_OFFICE_TITLES", "ROLE_WORDS", "ORGANISATION_WORDS", "ORGANISATION_NAMES",
    "GROUP_NOUNS", "NEW_SOURCE_WORDS", "CLAUSE_OPENERS", "SIDE_CLAUSE_OPENERS", "SIDE_SUBORDINATORS", "DASH_ASIDE_OPENERS", "COMMA_ASIDE_OPENERS", "SUMMARY_NOUNS", "TITLE_ABBREVIATIONS", "DEMONYM_NOUNS", "ROLE_SHARING_NOUNS", "OPENING_ADVERBS", "SENTENCE_LINKING_ADVERBS", "PLURAL_AGREEING_BODIES", "VERB_ONLY_CUE_BASES", "ORGANISATION_EPITHETS", "PUBLIC_BODY_EPITHETS", "DETERMINERS", "POST_MODIFIERS", "SPEAKER_NOUNS", "NOUN_LIKE_FORMS", "OPENING_SAY_FORMS", "QUANTIFIER_PRONOUNS", "INFINITIVE_FORMS", "NAMING_FORMS", "NAMING_AS_ONLY", "TEXT_VERBS", "PHRASAL_CUES", "PHRASAL_FORMS", "PHRASAL_WORDS", "VERB_FOLLOWERS", "VERB_PRECEDERS", "CUE_ADVERBS", "QUESTIONING_VERBS", "QUESTIONING_FORMS", "cue_forms", "cue_lemmas", "cue_lemma", "that_only_forms", "ACCOLADE_NOUNS", "ACCOLADE_PARTICIPLES",
    "first_names", "given_name", "unaccented", "gender_of", "FIRM_NAME_WORDS", "CLAUSE_LISTENER_VERBS", "TOLD_THINGS", "OBJECT_PRONOUNS", "ADDRESSEE_PREPOSITIONS",
    "NEGATIONS", "BARE_NOUN_DEMANDS", "BARE_TARGET_CRITICISMS", "NEGATING_SUFFIXES", "TOPIC_ONLY_PREPOSITIONS", "SAYING_OBJECT_VERBS", "EXTRAPOSING_VERBS", "FRONTED_OPENERS", "MAIN_CLAUSE_OPENERS", "CONTRAST_AS_LEADS", "WHETHER_ALTERNATIVE", "TIME_SUBORDINATORS", "CIRCUMSTANCE_OPENERS", "NOUN_CUES", "BARE_QUESTION_WORDS", "MENTION_NOUNS", "MENTION_HOSTS", "LAST_OBJECT_REPORTS", "TOPIC_OBJECTS", "TOPIC_PREPOSITIONS", "VERDICT_REPORTS", "NOUN_CUE_SO_FAR",
    "STAGE_NOTES",
    "NOT_SPEAKER_LABELS", "INTERVIEW_WORDS", "INTERVIEWING_VERBS", "FIRST_PERSON_WORDS", "SECOND_PERSON_WORDS", "WHERE_PREPOSITIONS", "SAID_WHERE_PREPOSITIONS", "LABEL_ROLES", "WITHHOLDING_VERBS", "SPEAKER_PLACE_PREPOSITIONS", "RECIPIENT_PROMISE_VERBS", "PROMISED_THING_OPENERS", "CLAIMED_PRIZES", "LIKELIHOOD_SUBJECTS", "SPEAKING_TEXTS", "CURRENCY_SIGNS",
    "NORM_NOUNS", "PER_SOURCE_NOUNS", "SPEAKING_PAPERS", "PAPER_MODIFIERS", "PAPER_VERBS",
    "RELATION_NOUNS", "TITLE_MODIFIERS", "REPLY_VERBS", "TENURE_MODIFIERS", "DECEASED_MODIFIERS",
    "BE_FORMS", "FINITE_BE_FORMS", "GET_FORMS", "REPORT_JOINERS", "JOINED_REPORT_ADVERBS",
    "WORDING_NOUNS", "SAYING_NOUNS", "STOCK_SAYINGS", "MUTE_HAPPENINGS", "BORROWED_WORDING_NOUNS",
    "FINDING_BODIES", "COURT_OCCASION_NOUNS", "TIME_CLAUSE_REPORTS", "THAT_ONLY_CUES", "COURT_FINDING_CUES", "CONJUNCTION_ONLY_WORDS", "COMMAND_FORMS", "VERDICT_WORDS", "CHARGED_VERBS", "COMMANDED_NOUNS", "PARTICIPLE_NOUNS", "CAPITALISED_OFFICES", "CAPITALISED_OFFICE_WORDS", "SURNAME_PARTICLES",
    "PARTITIVES", "PLURAL_VERBS", "INDEFINITES", "IRREGULAR_PASTS", "AGENT_ENDINGS", "PARTISANS", "NOT_AGENTS", "POSTPOSED_ADJECTIVES", "MORE_PERSONS", "PLAYING_POSITIONS", "SINGLE_QUANTIFIERS", "IRREGULAR_PARTICIPLES", "TOLD_PLURALS", "NEGATED_AUXILIARIES", "BRACKET_PARTY_LABELS", "BRACKET_PARTY_PHRASES", "MOTION_CUES",
    "DOUBLE_OBJECT_VERBS",
    "INDEFINITE_ARTICLES", "APOSTROPHE_S", "TIME_CLAUSE_PREPOSITIONS", "CLAUSE_JOINING_CONJUNCTIONS",
    "THING_RELATIVES", "TITLE_AFFILIATION_PREPOSITIONS", "LIST_CONJUNCTIONS", "ADVERB_STEM_ENDINGS", "GENDERED_NOMINATIVES", "ARTICLES",
    "DESCRIPTION_PREPOSITIONS",
    "APPROXIMATING_PREPOSITIONS",
    "AMOUNT_OPENERS",
    "VALUING_REPORTS",
    "RESPONSE_FORMS", "CHANT_NOUNS", "CHANT_LEADS", "announces_reply", "CONTACT_FORMS", "NON_RESPONSE_VERBS", "APPOSITION_ADVERBS", "NON_RESPONSE_AUXILIARIES", "REFUSALS_TO_COMMENT",
    "PLURAL_ONLY_NOUNS", "FEELING_SOUND_VERBS",
    "ROLE_GENERALS", "LEADER_NOUNS", "FORMER_MODIFIERS", "SPELT_OUT_OFFICES",
    "LOW_HIGH_SINGLE",
    "STAMP_ZONES",
    "STAMP_WORDS",
    "BULLET_GLYPHS",
    "GIVEN_TEXTS",
    "KNOW_ASKING_VERBS",
    "KNOW_ASKING_FORMS",
    "DEPICTION_NOUNS", "THAT_CLAUSE_CUES",
    "BANG_NAMES",
    "UNSUPPORTED_WORDS",
    "AS_ONLY_REPORTS", "PRAISE_BLAME_REPORTS", "VERDICT_LINKS", "LINKED_ONLY_REPORTS", "SERVICE_RECORD_NOUNS",
    "REPORTED_FRONTED_OPENERS", "CREDIT_TAKING_FORMS", "DEED_CLAIMING_VERBS",
    "SECOND_PHRASAL_CUES", "SECOND_PHRASAL_FORM_PARTICLES", "phrasal_particles", "phrasal_form_particles",
    "KIN_NOUNS",
    "FAMILY_NOUNS",
    "TENURE_NOUNS",
    "SET_OFF_REPORTS",
    "GENERAL_OFFICES", "RECORD_BATCH_NOUNS",
    "TURN_PRESENT_FORMS",
    "VIEW_NOUNS",
    "QUANTIFIER_CLAUSE_OPENERS", "QUANTIFIER_COMMA_OPENERS", "SUBJECT_CLAUSE_OPENERS", "SUBJECT_CLAUSE_PAIRS",
    "SUBORDINATOR_ROLES", "subordinators", "SET_OFF_SUBORDINATORS", "CUE_TIME_CLAUSE_OPENERS",
    "ADVERBIAL_CLAUSE_OPENERS",
    "AMOUNT_WORDS", "REPEAT_NOUNS", "REPEAT_COUNT_WORDS", "RECEIVING_VERBS",
    "HEADLINE_SPEAKING_PHRASES",
    "COMPANY_SUFFIXES",
    "DEFINITION_WORDS",
    "SAYING_MANNER_NOUNS",
    "BROADCAST_OCCASIONS",
    "SAYING_OCCASIONS", "SAYING_OCCASION_PREPOSITIONS", "OCCASION_TAKING_VERBS",
    "CLAIM_OBJECT_REPORTS",
    "TYPESET_SPACES", "INVISIBLE_FORMAT_CHARS", "SPACE_ENTITIES", "TURNED_MARK_STYLES",
    "FOOT_MARKS", "INCH_MARKS", "PRIME_INCH_MARKS", "PAGE_WORDS", "PAGE_OF_WORDS",
    "SPEAKING_GERUNDS", "OCCASION_SUBORDINATORS", "EXAMPLE_ANNOUNCERS", "PARTICIPLE_CONJUNCTIONS", "CORRECTING_ADVERBS", "OCCASION_GERUNDS", "HEADLINE_OFFICE_INITIALS",
    "HOW_TOLD_FORMS",
    "EXPRESSING_VERBS", "EXPRESSED_STANCE_NOUNS", "AGREEING_CUES",
    "SET_OFF_OBJECT_REPORTS", "AUTHORED_BY_NOUNS",
    "DOMAIN_OWNER_NOUNS", "RELATIVE_AGENT_FORMS", "DEED_AGENT_NOUNS", "APPRAISING_MODIFIERS", "PARTISAN_ADJECTIVES",
]

# Quotation marks.  Directional glyphs are trusted unless their context plainly says otherwise.
DOUBLE_OPEN = frozenset({"\u201c", "\u201e", "\u00ab", "``"})          # “ „ « ``
DOUBLE_CLOSE = frozenset({"\u201d", "\u00bb"})                          # ” »
DOUBLE_EITHER = frozenset({'"', "''", "\u201f", "\u2033"})              # " '' ‟ ″
SINGLE_OPEN = frozenset({"\u2018", "\u2039", "\u201a"})                 # ‘ ‹ ‚
SINGLE_CLOSE = frozenset({"\u2019", "\u203a"})                          # ’ ›
SINGLE_EITHER = frozenset({"'", "\u201b", "`"})                         # ' ‛ `
# Marks of measure after a number, no quotation marks: feet or minutes (`'` `′` `’`) and inches or seconds
# (`"` `″`), as in `6'2"`, `5′10″`, `40°26′46″`.  The double prime is a measure's mark after any digit (`a 12″
# pizza`); the straight double mark is one after feet (`6'2"`), or after a number inside an open quotation
# that a later mark closes (`"We got 3" of rain," he said`).
FOOT_MARKS = "'\u2032\u2019"                                            # ' ′ ’
INCH_MARKS = "\"\u201d\u2033"                                           # " ” ″
PRIME_INCH_MARKS = "\u2033"                                              # ″
# Words that label a page's or a picture's number standing as a line of its own in text pasted from print or a
# gallery (`Page 4`, `Page 4 of 12`, `p. 4`, `4 of 12`): the page's furniture, no words of the text.
PAGE_WORDS = ("page", "pg.", "p.")
PAGE_OF_WORDS = ("of",)
# `-ing` forms of speaking that tell the occasion in a header over a quotation, set off after the name before its
# colon (`-- TOM VALE, speaking to reporters:` / `"..."`): how the one named spoke, no other description.
SPEAKING_GERUNDS = frozenset({"speaking", "talking", "writing", "addressing", "testifying", "posting", "responding",
                              "commenting", "answering", "replying", "tweeting"})
# ... and with the `while` or `when` that opens such a phrase of the occasion right after a cue (`said while
# addressing a rally that ...`, `said when briefing newsmen that ...`): how the speaker spoke, no part of what was
# said; `briefing` and `interacting` tell a speaker's occasion there too.
OCCASION_SUBORDINATORS = frozenset({"while", "when"})
# Phrases that announce an example (`had successes — for instance, spotlighting gaps ...`): what they announce comes
# after them, so a reported clause never ends on one: the `-ing` phrase after its comma is the example, not the
# speaker's doing.
EXAMPLE_ANNOUNCERS = frozenset({"for instance", "for example"})
# An `-ing` form that with the word after it is a conjunction of reason or condition (`would pass, seeing as the
# council backed it`, `considering that ...`): the clause it opens gives the speaker's reason, part of the report,
# not a participle of the speaker's doing.
PARTICIPLE_CONJUNCTIONS = frozenset({"seeing as", "seeing that", "considering that", "assuming that",
                                     "supposing that", "providing that"})
OCCASION_GERUNDS = SPEAKING_GERUNDS | frozenset({"briefing", "interacting", "chatting"})
# Low-high pairs (German style: `‚Nein‘`): after the low opener, the high mark that elsewhere opens closes.
LOW_HIGH_SINGLE: dict[str, str] = {"\u201a": "\u2018"}                 # ‚ closed by ‘

# Spaces of typesetting (no-break, thin, narrow no-break, figure, en and em spaces, ...): French-style copy sets
# them inside guillemets and before `:;!?` (`«\u00a0Non\u00a0»`), web copy between a title and a name.  The
# rules read each as a plain space; the output keeps what was typed.
TYPESET_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Invisible format characters that web copy carries between words (direction marks and embeddings a
# right-to-left page or a social post sets, `\u202a\u201dWe ...`; a zero-width space; a byte-order mark
# left mid-text): no word's part, so the rules read each as a plain space (not a joiner, `\u200d`, which
# binds the characters around it, nor a soft hyphen, within a word).
INVISIBLE_FORMAT_CHARS = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
# The same spaces left as HTML entities by scrapers (`said&nbsp;the`), read as as many plain spaces.
SPACE_ENTITIES = ("&nbsp;", "&#160;", "&#xa0;", "&ensp;", "&#8194;", "&emsp;", "&#8195;", "&thinsp;", "&#8201;",
                  "&#x2009;", "&#8239;", "&#x202f;")

# House styles that set marks the other way round, as (the marks each stands for in English copy, the mark
# whose use tells the style, the mark a text in that style has too): guillemets pointing inwards
# (`»Nein«`, Danish and German), and German low-high marks (`„Nein“`, whose high mark closes).
TURNED_MARK_STYLES: tuple[tuple[dict[str, str], str, str], ...] = (
    ({"\u00bb": "\u00ab", "\u00ab": "\u00bb", "\u203a": "\u2039", "\u2039": "\u203a"}, "\u00bb", "\u00ab"),
    ({"\u201c": "\u201d"}, "\u201c", "\u201e"),
)

# Quotation marks left as HTML entities by scrapers, read as the glyph they stand for.
MARK_ENTITIES: dict[str, str] = {
    "&quot;": '"', "&#34;": '"', "&#x22;": '"',
    "&ldquo;": "\u201c", "&#8220;": "\u201c", "&#x201c;": "\u201c",
    "&rdquo;": "\u201d", "&#8221;": "\u201d", "&#x201d;": "\u201d",
    "&lsquo;": "\u2018", "&#8216;": "\u2018", "&#x2018;": "\u2018",
    "&rsquo;": "\u2019", "&#8217;": "\u2019", "&#x2019;": "\u2019",
    "&apos;": "'", "&#39;": "'", "&#x27;": "'",
    "&laquo;": "\u00ab", "&#171;": "\u00ab", "&raquo;": "\u00bb", "&#187;": "\u00bb",
    "&bdquo;": "\u201e", "&#8222;": "\u201e",
}

# Keyboard and treebank doubles, read as the straight mark (which the treebanks use most, and which may
# open or close, as `''` does in text that types both marks so).
DOUBLED_MARKS: dict[str, str] = {"``": '"', "''": '"'}

# Every character of a quotation mark, in whatever role.
MARK_CHARS = "".join(sorted(set("".join(DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_EITHER | SINGLE_OPEN | SINGLE_CLOSE
                                        | SINGLE_EITHER))))


def mark_pattern(marks: frozenset[str]) -> str:
    """A regular expression for one of `marks`, however typed: the glyph, or an HTML entity for it."""
    forms = set(marks) | {entity for entity, glyph in MARK_ENTITIES.items() if glyph in marks}
    return "(?i:" + "|".join(re.escape(m) for m in sorted(forms, key=len, reverse=True)) + ")"


# For patterns that step over marks (`(?:\s|" + CLOSE_MARK + ")*`): any one mark, and one that may open
# or close, each however typed (`”`, `''`, `&rdquo;`).
ANY_MARK = mark_pattern(DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_EITHER | SINGLE_OPEN | SINGLE_CLOSE | SINGLE_EITHER)
OPEN_MARK = mark_pattern(DOUBLE_OPEN | DOUBLE_EITHER | SINGLE_OPEN | SINGLE_EITHER)
CLOSE_MARK = mark_pattern(DOUBLE_CLOSE | DOUBLE_EITHER | SINGLE_CLOSE | SINGLE_EITHER)
# A double mark typed as one glyph or an entity, and one that may close so typed: where words outside a
# quotation stop (`[^,;]` then reads `(?:(?!" + DOUBLE_GLYPH + ")[^,;])`).  Single marks are left out of
# the first, being apostrophes as often; marks typed as two characters (`''`, ``` `` ```) out of both.
DOUBLE_GLYPH = mark_pattern((DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_EITHER) - DOUBLED_MARKS.keys())
CLOSE_GLYPH = mark_pattern((DOUBLE_CLOSE | DOUBLE_EITHER | SINGLE_CLOSE | SINGLE_EITHER) - DOUBLED_MARKS.keys())
# Dashes that sign a quotation with its speaker's name at a line's end: `"..." \u2015 Jane Doe`.
SIGNATURE_DASHES = ("\u2015", "\u2014", "\u2013", "--")
# Things of a narrated scene that act but never speak (`The door opened.`, `The phone went dead.`): the
# subject of narration before a quotation that names one of them, or `it`, introduces nobody's words.
SCENE_THINGS = frozenset({"door", "doors", "phone", "phones", "line", "room", "wind", "rain", "snow", "engine",
                          "car", "truck", "light", "lights", "music", "clock", "bell", "bells", "screen", "silence",
                          "it", "sun", "sky", "storm", "window", "gate", "radio", "television", "tv", "fire",
                          "water", "river", "floor", "house", "dog", "dogs", "noise", "sound", "night", "day",
                          "cab", "taxi", "bus", "train", "van", "boat", "ferry", "plane", "elevator", "lift"})
# Dashes that end words broken off mid-sentence (`"We were--"`, `"I only wanted\u2014"`): an interruption.
BREAK_DASHES = ("\u2015", "\u2014", "\u2013", "--", "-")
# Dashes that open a line of dialogue in the style of Continental copy and its translations (`\u2014 We will not go
# back, said the minister.`): the speaker's words up to the tag, as marks would hold them.  An em dash or a bar only
# (a hyphen or an en dash opens a list's item or a heading).
QUOTATION_DASHES = ("\u2015", "\u2014")

# Characters that may stand right before an opening mark / right after a closing mark.
OPENING_PUNCT = frozenset("([{\u2014\u2013-/:;,")
CLOSING_PUNCT = frozenset(")]}.,;:!?\u2014\u2013-\u2026/")

# Words that begin with an apostrophe: a single mark before them is not a quotation mark.
ELISIONS = frozenset({"n", "em", "til", "cause", "tis", "twas", "bout", "round", "s", "t", "d", "ll", "re", "ve", "m"})

# Abbreviations after which a period never ends a sentence.
TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "cmdr",
    "sgt", "adm", "rev", "hon", "pres", "supt", "st", "mt", "ft", "jr", "sr", "messrs", "mmes",
    "adv",  # `Adv. Thandi Mokoena` (advocate, in South Africa)
    "engr", "barr", "smt", "atty", "mdm",  # `Engr. Jo Ade` (engineer), `Barr.` (barrister), `Smt.` (Shrimati),
    # `Atty.` (attorney), `Mdm.` (madam)
    "sec", "usec", "asec",  # Philippine press: `Agriculture Sec. Jo Cruz`, `Usec.` (undersecretary), `Asec.` (assistant)
    "det", "insp", "cpl", "const", "brig", "cdr", "pvt",  # police and military ranks: `Det. Sgt.`, `Insp.`, `Cpl.`,
    # `Const.` (constable), `Brig. Gen.`, `Cdr.` (commander), `Pvt.`
    "ret",  # a rank's `retired`, before it or in brackets after it: `Ret. Gen. Jo Hart`, `Col. (ret.) Ann Ruiz`
    "vs", "v", "e.g", "i.e", "approx", "dept", "univ", "est", "fig", "vol",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
# Styles of address that `the` opens inside a name and its titles in Commonwealth and Caribbean papers (`Senator Dr
# the Honourable Jo Vale`, `Minister the Hon. Ann Ruiz`, `the Most Honourable`, `the Right Honourable`).
ADDRESS_STYLES = frozenset({"honourable", "honorable", "hon", "hon.", "most", "right", "rt", "rt."})
# ... and clergy's (`the Rt Rev Nick Hale`, `the Most Rev Ann Carr`, `the Very Rev Paul Ames`: a dean)
ADDRESS_STYLES = ADDRESS_STYLES | frozenset({"very"})
# Styles of address English writes after `the` before a name (`The Rev. Tom Ellis`, `the Very Rev Paul Ames`,
# `The Hon. Ann Ruiz`): `The` is the style's, and a name follows.
ARTICLE_STYLES = ADDRESS_STYLES | frozenset({"rev", "rev.", "reverend"})
# Malaysian titles conferred or of rank before a Malay name (`Datuk Seri Anwar Ibrahim`, `Tan Sri Ali Hamid`, `Tengku
# Zafrul`): a Malay name goes by its given name first (`Anwar said`), the father's name after it.
MALAY_TITLES = frozenset({"datuk", "dato", "dato'", "datin", "sri", "seri", "tun", "toh", "encik", "puan", "cik",
                          "tengku", "tunku"})
# Words that open a Malaysian title only before one of MALAY_TITLES (`Tan Sri Lee Lam Thye`; `Toh Puan`): a
# surname elsewhere (`Mr Tan`).
MALAY_TITLE_OPENERS = frozenset({"tan"})
# Quantifiers that float after the subject they count, right before its verb (`Ruiz and her deputy, Tom Vale, both
# said`, `The two aides have all said`): a word of the subject's, never a subject of its own after a comma there.
FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})
# Words of amount that stand alone for a noun, as a clause's subject (`said more needed to be done`, `said much
# remained to be done`, `said little had changed`), whatever a tagger makes of them (`more` an adverb).
AMOUNT_PRONOUNS = frozenset({"more", "much", "little", "less", "enough"})
# Titles of British peers, whose names run on to the place of their title (`Lord Smith of Leeds`, `Baroness Hale of
# Richmond`): `Lord Smith` and `Smith` later are that peer.
PEERAGE_TITLES = frozenset({"lord", "lady", "baron", "baroness"})
# How a peer is called in speech and print, and the ranks each form stands for: a baroness, viscountess, countess
# or marchioness is `Lady Hale`, a baron, viscount, earl or marquess `Lord Hale` (`Baroness Hale of Richmond` ...
# `Lady Hale`).
PEER_ADDRESSES: dict[str, frozenset[str]] = {
    "lady": frozenset({"baroness", "viscountess", "countess", "marchioness"}),
    "lord": frozenset({"baron", "viscount", "earl", "marquess", "marquis"}),
}
# Words for `son of` or `daughter of` in Malay and Arabic names, before the father's name (`Anwar bin Ibrahim`,
# `Siti binti Aziz`, `Mohammed bin Salman`, `Ahmad ibn Saud`): a name's lower-case part, never a word of its own.
PATRONYMIC_PARTICLES = frozenset({"bin", "binti", "bint", "ibn", "bte"})
# The Arabic article joined by a hyphen to a surname (`al-Baghdadi`, `el-Sayed`): a name in lower case, capitalised
# only opening a sentence (`Al-Baghdadi said`).
ARABIC_ARTICLES = frozenset({"al", "el"})
# Common Chinese and Korean surnames, which the English-language press writes before the given names (`Wang
# Wenbin`, `Li Qiang`, `Kim Jong Un`, `Park Geun-hye`): a later bare `Wang`, `Kim` or `Premier Li` is the surname,
# and the given names after it in the full form are still the name's.
SURNAME_FIRST_SURNAMES = frozenset({
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
    "guo", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng",
    "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "ye", "cheng", "wei", "su", "lu", "ding", "ren",
    "shen", "yao", "cui", "qin", "xi", "mao", "fu", "gao", "hou", "fang", "bai", "kong", "qian",
    "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "shin", "yoo", "seo", "kwon",
    "hwang", "ahn", "moon", "chung", "roh", "baek", "nam", "chae",
})
# Malaysian titles written with a closing apostrophe before a name (`Dato' Lee Chong Keat`, `Dato' Sri Ali`): the
# apostrophe is the title's, no quotation mark.
APOSTROPHE_TITLES = frozenset({"dato"})
# Titles written short that are also words or abbreviations (`Arc. Bola Ade`: architect, as Nigerian papers style
# one, `the story's arc.` ends a sentence; `Pst. Jo Ade`: pastor, `9 p.m. PST.` ends one; `Amb.` ambassador,
# `Evang.` evangelist, `Rt. Hon.`): one with its period only as capitalised here and before a capitalised word.
CAPITAL_TITLES = frozenset({"Arc", "Pst", "Amb", "Evang", "Rt"})
# ... and a given name written short before the rest of the name in South Asian papers (`Mohd. Aslam`: Mohammad).
CAPITAL_TITLES = CAPITAL_TITLES | frozenset({"Mohd"})
# ... and the short forms Commonwealth and South Asian papers write of a title's words and of ranks before a name
# (`Dy. Chief Minister Ravi Kumar`: deputy; `Addl.` additional, `Asst.` assistant, `Jt.` joint; `Pte. Jo Hale`:
# private; `Wg. Cdr.` wing commander, `Sqn. Ldr.` squadron leader; `Cllr. Jo Hart`: councillor).
CAPITAL_TITLES = CAPITAL_TITLES | frozenset({"Dy", "Addl", "Asst", "Jt", "Pte", "Wg", "Sqn", "Ldr", "Cllr"})
# Abbreviations that end a sentence only when what follows looks like a new one.
NONFINAL_ABBREVIATIONS = frozenset({"inc", "corp", "co", "ltd", "llc", "bros", "ave", "blvd", "rd"})
# A company's legal form, set off by a comma after its name in press releases and filings (`Acme Holdings,
# Inc.`, `Riverbank Foods, LLC`, `Delta Partners, L.P.`): a word of the name, read without its periods.
COMPANY_SUFFIXES = frozenset({"inc", "corp", "ltd", "llc", "llp", "lp", "plc", "sa", "nv", "ag", "gmbh", "pty"})
# Words a defined term's brackets hold besides the quoted term (`Acme Holdings, Inc. ("Acme" or the
# "Company")`, `(collectively, the "Parties")`, `(hereinafter referred to as the "Buyer")`): a name's short
# form fixed for the rest of a release or a filing, nobody's words.
DEFINITION_WORDS = frozenset({"the", "or", "and", "collectively", "together", "jointly", "each", "individually",
                              "hereinafter", "herein", "referred", "to", "as"})
# Names that end in an exclamation mark (`told E! News`, `Yahoo! Finance`, `a "Jeopardy!" champion`): after
# one, as after those abbreviations, only what looks like a new sentence opens one.
BANG_NAMES = frozenset({"e", "yahoo", "jeopardy", "wham"})
# Stock exchanges a press release names in brackets with a company's ticker after its name (`Acme Corp.
# (NASDAQ: ACME)`, `(NYSE: ZETA)`, `(TSX-V: ABC)`): upper case, as the tickers' brackets print them.
STOCK_EXCHANGES = frozenset({"NASDAQ", "NYSE", "AMEX", "OTC", "OTCQX", "OTCQB", "TSX", "TSXV", "TSX-V", "CSE",
                             "LSE", "AIM", "ASX", "NZX", "JSE", "HKEX", "SGX", "SEHK", "NSE", "BSE", "EURONEXT",
                             "XETRA", "SIX", "TASE", "KRX", "TYO", "TSE"})

# Clitics split off the word they end (UD English tokenization).
CLITICS = ("n't", "n\u2019t", "'s", "\u2019s", "'re", "\u2019re", "'ll", "\u2019ll", "'ve", "\u2019ve",
           "'d", "\u2019d", "'m", "\u2019m")

# Words after which a cue-verb form is a noun (`the report`, `his comments`): no parse needed.
NOUN_MARKERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
    "every", "each", "no", "any", "some", "such", "whose", "of", "'s", "\u2019s",
})

# Cue-verb forms that news text mostly uses as nouns (`state officials`, `emails show`, `questions
# remain`): on a PolNeAR train sample these were the forms whose sentences, parsed for them alone,
# almost never gave an attribution.  They ask for a parse only where a verb's context shows.
NOUN_LIKE_FORMS = frozenset({
    "state", "states", "question", "questions", "email", "emails", "report", "reports", "comment", "comments",
    "reason", "reasons", "remark", "remarks", "post", "posts", "tweet", "tweets",
    # base and -s forms English uses mostly as nouns (`at one point`, `the charges`, `her voice`)
    "point", "points", "charge", "charges", "answer", "answers", "voice", "voices", "request", "requests",
    "project", "projects",  # `the infrastructure projects he backed`; `The campaign projects that ...` reports
})
# Cue forms that before `to` take an infinitive (`continued to fight`), not speech: asking a parse
# for them there is wasted (a cue after them, `continued to insist`, asks for its own).
INFINITIVE_FORMS = frozenset({"continue", "continues", "continued", "continuing"})
# Words after (`states that`, `tweets:`) and before (`he states`, `to question`) such a form used as a verb.
VERB_FOLLOWERS = frozenset({"that", "whether", "if", ":", ",", "out"})  # `points out`
# Words that open an indirect question (`asked whether ...`, `asked why ...`).
QUESTION_OPENERS = frozenset({"whether", "if", "what", "who", "whom", "whose", "which", "why", "how", "when", "where"})
# Of those, the ones that cannot open a relative clause on a noun (`asked the senator what ...`, but
# `asked the man who lives there`).
PLAIN_QUESTION_OPENERS = frozenset({"whether", "if", "what", "why", "how"})
# Verbs that put a question (`asked whether ...`).
QUESTION_VERBS = frozenset({"ask", "inquire"})
# Verbs of saying whose message may be an indirect question (`explained how it works`, `would not say
# whether ...`), and the words that open one after them (not `if` or `when`: `said when he arrived` is a time).
TELLING_VERBS = frozenset({"explain", "describe", "reveal", "disclose", "detail", "clarify", "say", "tell"})
TELLING_OPENERS = frozenset({"whether", "how", "why", "what"})
# Bare adverbs of time or sequence that stand between a speaker and the cue (`the chief executive, Jo Hart,
# later told staff`, `Ruiz then said`, `the firm also said`): the cue's, never part of the speaker.
CUE_ADVERBS = frozenset({"later", "then", "again", "also", "earlier", "now"})
VERB_PRECEDERS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "to", "will", "would",
                            "may", "might", "can", "could", "should", "must", "did", "does", "do", "not", "n't",
                            "also", "often", "later"})

# Naming verbs: `called the plan "a disaster"` attributes the quoted name to the subject, but
# `call` is a speech cue in only about half of its PolNeAR train uses (phone calls, `called for`,
# `so-called`), so these count as cues only for a quotation that follows them in their sentence.
NAMING_FORMS: dict[str, str] = {
    "call": "call", "calls": "call", "called": "call", "calling": "call",
    "dub": "dub", "dubs": "dub", "dubbed": "dub", "dubbing": "dub",
    "brand": "brand", "brands": "brand", "branded": "brand", "branding": "brand",
    # verbs that judge what they name (`deemed him "unfit"`, `hailed the vote as "historic"`)
    "deem": "deem", "deems": "deem", "deemed": "deem", "deeming": "deem",
    "hail": "hail", "hails": "hail", "hailed": "hail", "hailing": "hail",
    "herald": "herald", "heralds": "herald", "heralded": "herald", "heralding": "herald",
    "pronounce": "pronounce", "pronounces": "pronounce", "pronounced": "pronounce", "pronouncing": "pronounce",
    "term": "term", "terms": "term", "termed": "term", "terming": "term",
    # verbs that name only through `as` (`saw the plan as "a trap"`, `cast him as "a career politician"`)
    "see": "see", "sees": "see", "saw": "see", "seeing": "see",
    "view": "view", "views": "view", "viewed": "view", "viewing": "view",
    "regard": "regard", "regards": "regard", "regarded": "regard", "regarding": "regard",
    "cast": "cast", "casts": "cast", "casting": "cast",
    "frame": "frame", "frames": "frame", "framed": "frame", "framing": "frame",
    "position": "position", "positions": "position", "positioned": "position", "positioning": "position",
    "present": "present", "presents": "present", "presented": "present", "presenting": "present",
    "pitch": "pitch", "pitches": "pitch", "pitched": "pitch", "pitching": "pitch",
    "introduce": "introduce", "introduces": "introduce", "introduced": "introduce", "introducing": "introduce",
    "identify": "identify", "identifies": "identify", "identified": "identify", "identifying": "identify",
    "list": "list", "lists": "list", "listed": "list", "listing": "list",
    "paint": "paint", "paints": "paint", "painted": "paint", "painting": "paint",
    "depict": "depict", "depicts": "depict", "depicted": "depict", "depicting": "depict",
    "define": "define", "defines": "define", "defined": "define", "defining": "define",
    # memory that names what someone was (`Friends remembered him as "a giant."`: an obituary's tribute)
    "remember": "remember", "remembers": "remember", "remembered": "remember", "remembering": "remember",
}
# Of those, the verbs that name only with `as` before the name (`viewed it as "..."`); bare, they are
# perception, casting votes, lists and presents (`saw "Jaws"`, `cast ballots`).
NAMING_AS_ONLY = frozenset({"see", "view", "regard", "cast", "frame", "position", "present", "pitch", "introduce",
                            "identify", "list", "paint", "depict", "define",
                            "remember"})

# Verbs that give a text's own words (`"...," the sign read`, `"...," reads the statement`) only
# where they take over from a quotation; elsewhere they are reading (`read the report`).
TEXT_VERBS = frozenset({"read", "reads"})
# Things that bear written words, whose words `read` gives before a quotation too (`a sign that read
# "..."`, `a cap reading "..."`): there the verb introduces an inscription, not someone's reading.
# Of them, signs put up for passers-by, which speak for no one: `The sign said Exit` reports nothing.
SIGNS = frozenset({"sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "billboard",
                   "plaque", "inscription"})
INSCRIBED = SIGNS | frozenset({"shirt", "shirts", "t-shirt", "t-shirts", "hat", "hats", "cap", "caps", "button",
                               "buttons", "sticker", "stickers", "message", "messages", "note", "notes", "caption",
                               "headline", "card", "cards", "label", "chyron", "slogan"})
# Of them, texts someone writes and sends (`Her tweet read: "..."`): with an owner, the owner speaks.
AUTHORED_TEXTS = frozenset({"statement", "letter", "post", "tweet", "email", "notice", "memo", "message", "note"})
INSCRIBED = INSCRIBED | AUTHORED_TEXTS
# `read`'s forms that introduce such words: the participle too (`a cap reading "..."`).
INSCRIPTION_VERBS = TEXT_VERBS | {"reading"}
# Nouns of an answer or an utterance that a quotation may stand for (`"No," came the reply from the
# ministry`, `Her response: "..."`): what tags the quotation names no verb of saying, only this noun.
REPLY_NOUNS = frozenset({"reply", "response", "answer", "retort", "riposte", "rejoinder", "verdict", "warning",
                         "message", "reaction", "comment", "plea", "advice", "explanation", "view", "assessment"})
# Verbs of telling how something was, or how one puts it, after `That is how` and their subject (`"..." That
# is how Ann Ruiz remembers the night`, `That's how the mayor put it`): the quotation before is the subject's
# telling.  Not verbs of happening or doing (`That is how the fire started`, `That is how the system works`).
HOW_TOLD_FORMS = frozenset({"remember", "remembers", "remembered", "recall", "recalls", "recalled", "describe",
                            "describes", "described", "put", "puts", "explain", "explains", "explained", "tell",
                            "tells", "told", "recount", "recounts", "recounted", "sum", "sums", "summed",
                            "characterize", "characterizes", "characterized", "characterise", "characterises",
                            "characterised"})
# Nouns of words a crowd or a voice gives out aloud, whose `of` phrase is a quotation of those words, however
# short (`chants of "USA! USA!"`, `shouts of "Lock her up."`, `a chorus of "Four more years"`): an utterance,
# not a quoted term.  Not `cries of` (`cries of "racism"` names a charge as often as words cried).
CHANT_NOUNS = frozenset({"chant", "chants", "shout", "shouts", "chorus", "choruses", "cheer", "cheers", "yell", "yells",
                         "scream", "screams", "roar", "roars", "jeer", "jeers", "boos"})
# The prepositions that bring such a noun as what a verb's object is moved to give out (`roused the crowd to chants
# of "..."`, `led supporters in chants of`, `whipped the hall into shouts of`): the object chants, not the subject.
CHANT_LEADS = frozenset({"to", "into", "in"})
# Verbs whose speaker answers the one who spoke before (`"Monday," he replied.`).
REPLY_VERBS = frozenset({"answer", "reply", "respond", "retort"})
# Words right after `you` in a short turn that tell it speaks to one who is there, not to anyone
# (`"You are late," said the guard.`, `"You promised," she said.`; not `"You have to vote,"`, `"You never
# know,"`): a form of `be`, a verb of seeming, and past forms of what the one addressed did.
ADDRESSED_YOU_VERBS = frozenset({
    "are", "were", "aren't", "weren't", "'re", "\u2019re", "look", "looked", "seem", "seemed", "sound", "sounded",
    "promised", "lied", "said", "told", "came", "left", "forgot", "missed", "lost", "broke", "did", "didn't",
})
# Words that alone make a reply to the turn just spoken, assent, refusal or a verdict on it (`"Good."`, `"Yes."`,
# `"Fine!"`): a paragraph of one of them after another's tagged turn is the other one's answer, not the tagged
# speaker going on (one who goes on says more than a word).
REPLY_WORDS = frozenset({
    "yes", "no", "good", "fine", "okay", "ok", "right", "sure", "true", "exactly", "yeah", "yep", "nope", "agreed",
    "absolutely", "great", "perfect", "thanks", "nonsense", "rubbish", "indeed", "certainly", "whatever",
})
# Offices one addresses a holder by, alone or before the surname, opening a quotation (`"Senator Ruiz, your
# response?"`, `"Senator, your response?"`, `"Doctor, is it serious?"`): the one so addressed hears it.
ADDRESS_TITLES = frozenset({
    "senator", "congressman", "congresswoman", "governor", "mayor", "president", "minister", "secretary",
    "judge", "justice", "doctor", "professor", "detective", "officer", "sergeant", "captain", "coach",
    "general", "colonel", "commissioner", "chancellor", "ambassador", "councillor", "councilor",
    "councilman", "councilwoman", "inspector", "chief", "director", "chairman", "chairwoman", "sheriff",
    "premier", "admiral", "commander", "lieutenant", "major", "reverend", "father", "rabbi", "imam", "bishop",
})
# What a lone subject closing a paragraph does that announces a reply to the one who spoke before
# (`"The plan is sound," Lee said. Ruiz disagreed.` then `"...," she said`): past forms, and those
# after `was`, that answer another's words; `left` or `arrived` announces none.
RESPONSE_FORMS = frozenset({
    "disagreed", "objected", "countered", "protested", "demurred", "retorted", "responded", "replied",
    "answered", "dissented", "interjected", "interrupted", "shot back", "hit back", "fired back",
    "pushed back", "cut in", "chimed in", "took issue", "begged to differ", "was unconvinced",
    "was unimpressed", "was sceptical", "was skeptical", "was not convinced", "was less sure",
    "was less convinced", "was doubtful", "was dismissive", "was blunter", "was more cautious",
})


def announces_reply(rest: str) -> bool:
    """Whether the words after a subject, to its sentence's end, answer another's words (RESPONSE_FORMS),
    past adverbs before the verb (`also disagreed`, `quickly shot back`): `disagreed with the plan.`"""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", rest)]
    while words and (words[0] in CUE_ADVERBS or words[0].endswith("ly")):
        words = words[1:]
    said = " ".join(words)
    return any(said == form or said.startswith(form + " ") for form in RESPONSE_FORMS)
# Past forms by which a reporter or a body seeks someone's word (`Full Fact contacted the minister's office.`,
# `reached out to`), whose object is whom a non-response after it (NON_RESPONSES) tells of.
CONTACT_FORMS = frozenset({"contacted", "reached", "approached", "emailed", "e-mailed", "phoned", "messaged",
                           "reached out to", "wrote to"})
# What one sought for comment does in not answering, after its subject (`She did not respond to ...`,
# `He declined to comment.`): a verb of answering after a negated auxiliary, or a refusal to comment.
NON_RESPONSE_VERBS = frozenset({"respond", "reply", "return", "answer", "comment"})
NON_RESPONSE_AUXILIARIES = frozenset({"did", "does", "has", "have", "had", "could", "would"})
REFUSALS_TO_COMMENT = frozenset({"declined to comment", "refused to comment", "would not comment"})
# Verbs (lemmas) by which someone comes into a scene (`when her nephew comes through the door`, `as her son walks
# in`): one a tag brings in this way is there to hear the turn, and the next untagged turn is that one's answer.
ENTERING_VERBS = frozenset({
    "come", "walk", "arrive", "enter", "step", "burst", "wander", "stroll", "return", "appear", "emerge", "hurry",
    "rush", "stride", "limp", "shuffle", "stumble", "slip", "barge", "storm", "run", "knock", "show", "pull",
})
# Particles right after such a verb that take one out of the scene (`walked out`, `ran off`): no one to answer.
LEAVING_PARTICLES = frozenset({"out", "away", "off"})
# Phrases opening a sentence of narration that tell its subject acts right after speaking (`"We are done." With
# that, she left the room.`): the words just quoted are that subject's.
AFTER_SPEAKING_OPENERS = ("and with that", "with that", "at that", "with those words", "with these words", "with this")
# The forms of `come` that bring such a noun after a quotation, its subject after it (`came the reply`).
ARRIVAL_FORMS = frozenset({"came", "comes", "come"})

# Verbs that report speech only with a particle or object after them (`shot back`, `as X put it`):
# lemma -> that word, and their forms for the cheap pass that picks sentences to parse.
PHRASAL_CUES: dict[str, str] = {"put": "it", "shoot": "back", "fire": "back", "hit": "back", "lash": "out", "go": "on",
                                "wonder": "aloud", "call": "out",
                                "clap": "back",  # `clapped back at a troll: "..."`: answered a critic, online
                                }
PHRASAL_FORMS = frozenset({"put", "puts", "putting", "shoot", "shoots", "shot", "shooting", "fire", "fires",
                           "fired", "firing", "hit", "hits", "hitting", "lash", "lashes", "lashed", "lashing",
                           "call", "calls", "called", "calling",
                           "go", "goes", "went", "going", "wonder", "wonders", "wondered", "wondering",
                           "clap", "claps", "clapped", "clapping",
                           })
PHRASAL_WORDS = frozenset(PHRASAL_CUES.values())
# Each such form with its own particle (`called out`, not `calling it`: `put it` is another verb's phrase).
PHRASAL_FORM_PARTICLES: dict[str, str] = {f: PHRASAL_CUES["go" if f == "went" else next(
    v for v in PHRASAL_CUES if f.startswith(v[:3]))] for f in PHRASAL_FORMS}
# A second particle with which some of those verbs report speech (`Unions hit out at ministers over pay`: British
# English's `lashed out at`, criticism of the one hit at), and each of their forms with it.
SECOND_PHRASAL_CUES: dict[str, str] = {"hit": "out"}
SECOND_PHRASAL_FORM_PARTICLES: dict[str, str] = {f: SECOND_PHRASAL_CUES[v] for f in PHRASAL_FORMS
                                                 for v in SECOND_PHRASAL_CUES if f.startswith(v)}
PHRASAL_WORDS = PHRASAL_WORDS | frozenset(SECOND_PHRASAL_CUES.values())


def phrasal_particles(lemma: str) -> frozenset[str]:
    """The particles that make the verb `lemma` report speech (`PHRASAL_CUES`, `SECOND_PHRASAL_CUES`).

    >>> sorted(phrasal_particles("hit")), sorted(phrasal_particles("say"))
    (['back', 'out'], [])
    """
    return frozenset(p for p in (PHRASAL_CUES.get(lemma), SECOND_PHRASAL_CUES.get(lemma)) if p)


def phrasal_form_particles(form: str) -> frozenset[str]:
    """The particles that make a verb's lower-case form (`PHRASAL_FORMS`) report speech.

    >>> sorted(phrasal_form_particles("hitting")), sorted(phrasal_form_particles("shot"))
    (['back', 'out'], ['back'])
    """
    return frozenset(p for p in (PHRASAL_FORM_PARTICLES.get(form), SECOND_PHRASAL_FORM_PARTICLES.get(form)) if p)

# Cue verbs whose object is the listener, not the message (`told reporters that ...`).
LISTENER_VERBS = frozenset({"tell", "ask", "inform", "remind", "assure", "warn", "notify", "advise", "urge",
                            "brief", "email", "text", "message", "caution", "promise", "apprise"})
# Verbs of telling whose listener may be followed by what was told with no `that` (`told reporters he
# would run`, `assured voters they would pay less`), and the nouns such a verb takes as the thing told,
# not the listener (`told a story he had heard`).
CLAUSE_LISTENER_VERBS = frozenset({"tell", "assure", "remind", "inform", "promise", "warn", "notify", "caution"})
TOLD_THINGS = frozenset({"story", "stories", "truth", "lie", "lies", "joke", "jokes", "tale", "tales", "secret",
                         "secrets", "anecdote", "anecdotes", "version", "news"})
# Plurals that name what is told (`told CNN the test results`): a second object of `tell`, never the present
# verb of a clause told after a singular noun (`told CNN the test works`).
TOLD_PLURALS = frozenset({"results", "details", "facts", "figures", "numbers", "findings", "names", "reasons",
                          "terms", "rules", "plans", "costs", "prices", "rates", "scores", "dates", "times"})
# Object pronouns that may be a listener on their own (`told him`); `her` also opens a noun phrase.
OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them", "you"})
# Prepositions that name whom words are aimed at after a verb of saying (`shouting at staff, "..."`,
# `saying to reporters: "..."`).
ADDRESSEE_PREPOSITIONS = frozenset({"to", "at"})
# The forms of `tell`, whose object is the one told (`told KTV's "Morning Desk"`: a programme).
TELL_FORMS = frozenset({"tell", "tells", "telling", "told"})
# Cue forms that are a verb after any `'s` (`Moody's said`, `McDonald's told staff`, `Trump's said it before`:
# a name's own `'s` or `has`): no noun, nor an adjective before one, is spelt so.
OWNER_PROOF_FORMS = frozenset({"said", "told"})
# Past forms of verbs of telling that, after a name's `'s`, are its verb when one told and a `that` clause follow
# (`Moody's warned investors that ...`): no adjective before a noun of people is spelt so and takes such a
# clause (not `informed`, `assured`, `promised`: `informed sources`, `promised returns that it ...`).
OWNER_LISTENER_FORMS = frozenset({"warned", "reminded", "notified", "cautioned"})
# Words that may follow a past form after a name's `'s` when that form is a verb (`Moody's warned that ...`,
# `Macy's reported on Monday ...`, `Kellogg's announced the ...`), never when it is an adjective before a noun
# (`Moody's stated goal`): `that` and other clause openers, punctuation, determiners, prepositions of time.
OWNER_VERB_FOLLOWERS = frozenset({"that", "whether", "if", ":", ",", "the", "a", "an", "its", "their", "his", "her",
                                  "on", "in", "late", "earlier", "last", "this", "to"})
# Cues that report a commitment as an infinitive: `vowed to build a wall` reports `to build a wall`.
COMMISSIVE_VERBS = frozenset({"promise", "vow", "pledge", "swear", "threaten"})
# Nouns of events, trends, forces and conditions, which cannot speak: a verb of promising or threatening with
# one of these for subject, plural or not (`Rising costs threaten to close the mill`, `The retirements promise
# to swell the pension bill`), says what is likely to happen, no one's words (content rule `forecast`; not
# texts, `The letter threatened to expose him`, nor bodies, `The union threatened to strike`).
LIKELIHOOD_SUBJECTS = frozenset({
    "storm", "storms", "hurricane", "flood", "floods", "flooding", "fire", "fires", "wildfire", "wildfires",
    "drought", "heat", "weather", "rain", "snow", "wind", "winds", "virus", "outbreak", "pandemic", "epidemic",
    "disease", "crisis", "war", "conflict", "fighting", "violence", "unrest", "recession", "downturn", "slump",
    "slowdown", "inflation", "shortage", "shortages", "cost", "costs", "price", "prices", "rise", "rises",
    "surge", "spike", "increase", "increases", "growth", "decline", "drop", "fall", "trend", "trends",
    "change", "changes", "shift", "retirement", "retirements", "deficit", "deficits", "debt", "primary",
    "primaries", "election", "elections", "race", "contest", "caucus", "caucuses", "runoff", "initiative",
    "season", "scandal", "dispute", "feud", "row", "standoff", "shutdown", "delay", "delays", "situation",
    "development", "developments", "momentum", "backlash", "fallout"})
# Cues whose perfect `to`-infinitive asserts a past deed of their own subject (`claimed to have shot down 20
# drones`): the infinitive is the claim reported, as a promise's is.
ASSERTING_INFINITIVE_VERBS = frozenset({"claim"})
# Particles that, right after a promising verb, make another verb of it (`swore in a new cabinet to replace
# the old one`: an inauguration, whose `to` is a purpose; not `swore in a speech to fight on`).
NOT_PROMISING_PARTICLES: dict[str, str] = {"swear": "in"}
# Cues that report a request as object and infinitive: `asked the crowd to stand` reports `the crowd to stand`.
DIRECTIVE_VERBS = frozenset({"ask", "tell", "urge", "warn", "advise", "remind", "caution", "order", "instruct",
                             "implore", "beg", "encourage", "exhort", "enjoin"})  # `enjoined residents to remain calm`
# Verbs that put out a text in someone's name (`issued a statement saying ...`, `ran an ad that
# says ...`): what the text says, its issuer says.
ISSUING_VERBS = frozenset({"issue", "release", "publish", "post", "run", "air", "unveil", "send", "launch", "file",
                           "write", "sign", "deliver", "circulate", "distribute", "mail", "tweet", "broadcast",
                           "caption",  # `captioned the photo "..."`: the caption put out under a post
                           })
# Cue verbs whose object is a post or a picture and whose quotation after it is the text the subject put
# under it (`captioned the photo "Home at last."`): the subject's own words, whole; not a naming verb's
# verdict (`called the deal "a disaster"`, `labelled it "..."`: a paraphrase with the object).
CAPTIONING_VERBS = frozenset({"caption"})
# Verbs that make or let someone do what the infinitive says: the object does it (`led Republicans
# to say`, `forced the mayor to admit`, `watched her argue`); after others the subject is (`promised
# voters to say`, `took pains to say`, `had this to say`), and after a request or a wish (`urged voters
# to say`, `called her to say`, `wants voters to recall`): it is the asker's report, the one asked says
# nothing yet.
OBJECT_CONTROL = frozenset({"lead", "prompt", "force", "allow", "send", "get", "persuade", "inspire", "convince",
                            "cause", "help", "let", "make", "hear", "see", "watch"})
# Verbs of perceiving or showing: the one seen or shown does what a participle right after it names
# (`watched the mayor calling her a "fraud"`, `the ad shows the senator saying ...`); so do verbs of
# remembering, a perception recalled (`remembers her mother telling her, "..."`: the mother speaks).
PERCEPTION_VERBS = frozenset({"see", "watch", "hear", "show", "catch", "spot", "notice", "picture", "imagine",
                              "film", "feature", "overhear", "recall", "remember"})
# Verbs of plain saying, whose words may follow with no `that` and no comma (`said people ...`).
# verbs that report a further statement after a first one (`she said, adding that ...`): what
# follows them is a new report, not more of the first
ADDING_VERBS = frozenset({"add"})
# Adjectives (and participles used as such) that say how someone speaks or stands on a matter: a sentence
# describing someone so (`Okafor was blunt.`, `Ruiz was unapologetic.`) introduces their words.
SPEAKING_MANNERS = frozenset({
    "blunt", "candid", "frank", "forthright", "direct", "terse", "brief", "succinct", "emphatic", "adamant", "firm",
    "defiant", "unapologetic", "unrepentant", "unmoved", "unimpressed", "unconvinced", "sceptical", "skeptical",
    "dismissive", "scathing", "critical", "diplomatic", "philosophical", "realistic", "optimistic", "pessimistic",
    "upbeat", "bullish", "cautious", "guarded", "coy", "evasive", "gracious", "magnanimous", "defensive",
    "furious", "angry", "emotional", "tearful", "confident", "hopeful", "relieved", "delighted", "disappointed",
    "apologetic", "contrite", "unequivocal", "categorical", "clear", "blunter", "franker", "firmer", "clearer",
})
# Verbs of saying whose `to` right after them opens the one spoken to, never an infinitive of theirs, when the
# verb is active (`admitted to police that he lied`, `explained to staff that ...`; not `was reported to be`,
# nor `promised to police that area`: a promise's infinitive; not `say`: `said to expect delays`).
TO_LISTENER_VERBS = frozenset({"admit", "explain", "confess", "complain", "mention", "announce", "declare",
                               "reveal", "confide", "concede", "acknowledge", "report", "insist",
                               "boast", "brag", "lament", "recount", "stress", "emphasize", "emphasise"})
# ... and verbs of confirming, disclosing and denying, whose `to` opens no infinitive when active either
# (`confirmed to the BBC that the manager had left`, `disclosed to lawmakers that ...`, `denied to reporters that ...`;
# not `pledge`: `pledged to fight that battle`).
TO_LISTENER_VERBS = TO_LISTENER_VERBS | frozenset({"confirm", "disclose", "deny", "signal"})
# Those a message is passed on to, after its noun and `to` (`confirmed the arrest to reporters`, `described the
# plan to investigators`): the listener, no part of the noun phrase reported (`her ties to the mayor` is one).
TOLD_AUDIENCES = frozenset({"reporters", "reporter", "journalists", "journalist", "correspondent", "correspondents",
                            "press", "media", "police", "investigators", "detectives", "jurors", "jury",
                            "lawmakers", "analysts", "audience", "crowd"})
SAY_VERBS = frozenset({"say", "tell", "add", "claim", "argue", "insist", "note", "write", "warn", "explain",
                       "suggest", "predict", "contend", "assert", "acknowledge", "admit", "reply", "tweet"})
# Verbs that put their speaker after them past a comma, with no quotation right before (`The bill,
# said Lee, ...`, `..., reported the Ledger`): verbs of saying and reporting only; one of praising or
# blaming is followed by what it praises (`has mocked a reporter, referred to them as "..."`).
INVERTING_VERBS = SAY_VERBS | frozenset({"report", "ask"})
# Verbs of promising, warning or confirming that invert like a verb of saying after the clause they report
# (`We will not back down, vowed Ann Ruiz.`, `The vote was fair, confirmed the mayor.`); a listener verb
# among them (`warn`, `promise`) then has no listener: nothing before it is its subject.
PLEDGE_INVERTERS = frozenset({"vow", "pledge", "promise", "warn", "caution", "confirm"})
INVERTING_VERBS = INVERTING_VERBS | PLEDGE_INVERTERS
# Verbs of granting or stressing a point that, set off by commas right after their subject, report the clause
# around them as a verb of saying does (`The reform, the minister concedes, will cost more`, `..., the mayor
# stresses.`, `..., Lee quips.`); elsewhere often verbs of other things (`stresses the metal`, `observes the
# birds`), so read as reports only when set off so.
SET_OFF_REPORTS = frozenset({"concede", "stress", "emphasise", "emphasize", "quip", "testify",
                             "observe", "remark", "counter"})
# Nouns that name what someone said, by form, with the words that open the saying right after them:
# `his claim that the vote was rigged`, `the mayor's promise to fix the roads`, `her warning that ...`.
# Their owner (`his`, `the mayor's`) or the `by` phrase after them (`claims by officials that ...`) says it.
NOUN_CUES: dict[str, frozenset[str]] = {
    **{f: frozenset({"that", "to"}) for f in ("claim", "claims", "promise", "promises", "vow", "vows",
                                               "pledge", "pledges")},
    **{f: frozenset({"to"}) for f in ("threat", "threats")},
    **{f: frozenset({"that"}) for f in ("warning", "warnings", "assertion", "assertions", "allegation",
                                        "allegations", "insistence", "contention", "prediction", "predictions",
                                        "boast", "boasts", "suggestion", "admission", "argument")},
    "case": frozenset({"that"}),  # `made the case that the bridge should be rebuilt`
    **{f: frozenset({"that"}) for f in ("submission", "submissions")},  # `the Crown's submission that ...` (courts)
    **{f: frozenset({"that"}) for f in ("denial", "denials")},  # `his denial that ...`
    **{f: frozenset({"that"}) for f in ("announcement", "announcements")},  # `the league's announcement that ...`
}
# Of those, the nouns that name a saying only as what a verb of making gives (`made the case that ...`):
# after an owner alone they name no saying (`to bolster his case that ...`: an argument he has, not made here).
MADE_ONLY_NOUN_CUES = frozenset({"case"})
# `yet` right after a noun cue that a superlative opens (`her firmest promise yet that ...`, `the clearest warning
# yet that ...`): `so far`, the noun phrase's own; the clause said still opens right after it.
NOUN_CUE_SO_FAR = frozenset({"yet"})

# Nouns naming the stand someone puts into words, which a copula and `that` after them spell out:
# `His argument is that the tax is unfair`, `The mayor's view was that ...`, `Her complaint is that ...`:
# with an owner before them, the owner says the clause.  Not nouns of feeling or belief (`Her fear is
# that ...`, `His hope is that ...`: no one is reported saying it).
STANCE_NOUNS = frozenset({"argument", "arguments", "claim", "contention", "view", "position", "point", "assertion",
                          "case", "complaint", "insistence", "message", "answer", "reply", "response",
                          "explanation", "defense", "defence", "pitch", "warning", "prediction", "suggestion",
                          "line", "stance", "thesis", "premise"})
# The forms of `be` (and `remain`) that join such a noun to the `that` clause spelling it out.
STANCE_COPULAS = frozenset({"is", "was", "remains", "remained"})
# The forms of `be` by which a description of one person names them (`The first witness was Carl Moss.`: the
# witness is Carl Moss).
NAMING_COPULAS = frozenset({"is", "was"})
# The forms of `call` that, with `for` right after them, demand something (`The union called for an inquiry`,
# `critics are calling for her resignation`): a report of what is demanded.
CALL_FOR_FORMS = frozenset({"call", "calls", "called", "calling"})
# Verbs that ask someone to act with a preposition before the one asked (`appealed to voters to stay calm`,
# `appealed for witnesses to come forward`, `pleaded with residents to leave`): each form, and the prepositions that open the one asked.  Not `call on`
# (`called on members to ...`): left out on purpose, measured four times for a loss of precision.
ASKING_ON_FORMS: dict[str, frozenset[str]] = {
    **{form: frozenset({"to", "for"}) for form in ("appeal", "appeals", "appealed", "appealing")},
    **{form: frozenset({"with"}) for form in ("plead", "pleads", "pleaded", "pled", "pleading")}}
# The words that head a reciprocal or contrasting object, a noun phrase whatever the tagger makes of them
# (`accused each other of lying`, `blamed one another for the delay`, `each side accused the other of ...`).
RECIPROCAL_HEADS = frozenset({"other", "another"})
# What `calls for` something without anyone speaking: a plan, a text or a rule that requires it (`The plan
# calls for two new bridges`, `a platform that calls for a higher wage`, `the recipe calls for eggs`).
PRESCRIBING_THINGS = frozenset({
    "plan", "plans", "bill", "bills", "proposal", "proposals", "budget", "budgets", "law", "laws", "measure",
    "measures", "rule", "rules", "regulation", "regulations", "recipe", "recipes", "deal", "deals", "agreement",
    "agreements", "treaty", "accord", "platform", "platforms", "policy", "policies", "program", "programs",
    "programme", "programmes", "scheme", "schemes", "strategy", "design", "designs", "blueprint", "schedule",
    "contract", "contracts", "legislation", "framework", "draft", "guidelines", "guidance", "standard",
    "standards", "situation", "occasion", "moment", "job", "role", "book", "books", "map", "version", "formula",
    "model", "models", "forecast", "forecasts", "package", "compromise", "settlement", "code", "constitution",
    "amendment", "provision", "provisions", "clause", "ordinance", "scenario", "game", "script", "weather",
    "plank", "planks", "initiative", "initiatives", "referendum", "motion", "resolution", "speech", "speeches",
})
# Verbs of charging, blaming and praising that name who is charged as their object and the charge after a
# preposition (`accused the agency of hiding the data`, `blamed the referees for the loss`, `praised the
# staff for their work`): lemma -> that preposition.  Both together are what the speaker says of them.
CHARGE_VERBS: dict[str, str] = {
    "accuse": "of", "charge": "with", "blame": "for", "criticize": "for", "criticise": "for", "condemn": "for",
    "blast": "for", "slam": "for", "lambaste": "for", "chide": "for", "scold": "for", "rebuke": "for",
    "praise": "for", "commend": "for", "flay": "for",
}
# Verbs whose subject gives or keeps the saying a `NOUN_CUES` noun names when it is their object
# (`made a promise to fix the roads`, `delivered a pledge that ...`, `broke her vow to stay`), and
# those that take it after `on` (`made good on a promise to ...`, `reneged on his pledge to ...`);
# after `with`, any active verb's subject gives it (`won voters over with promises to ...`).  Not a
# verb of hearing, doubting or reporting (`doubted the promise to ...`: someone else made it).
NOUN_CUE_HOSTS = frozenset({"make", "deliver", "keep", "break", "repeat", "renew", "issue", "fulfill", "fulfil",
                            "honor", "honour", "reiterate", "rattle", "extend", "offer"})
# and the verbs by which a subject passes a claim on as its own (`Users are sharing a claim that ...`)
NOUN_CUE_HOSTS |= frozenset({"share", "spread", "push", "peddle", "circulate", "echo"})
NOUN_CUE_ON_HOSTS = frozenset({"make", "follow", "renege", "go", "deliver", "act", "back"})
# Verbs that take a saying for their object: a `that` clause after a noun cue with one of them for its
# verb is a relative clause on the noun (`the claim that he made`, `the promise that she broke`, `the
# warning that they ignored`), not what was said.
SAYING_OBJECT_VERBS = NOUN_CUE_HOSTS | NOUN_CUE_ON_HOSTS | frozenset({
    "give", "deny", "reject", "dismiss", "dispute", "ignore", "heed", "hear", "read", "believe", "accept",
    "retract", "withdraw", "post", "publish", "send", "write", "tweet", "utter", "voice", "air", "express"})
# Of those, the verbs that take only a commitment for their object (`broke her promise`, `kept his pledge`):
# a `that` clause closing on one is a relative clause only on a noun of a commitment (`the promise that she
# broke`), not on a warning or a claim (`her warning that the levee could break`: what was said).
COMMITMENT_OBJECT_VERBS = frozenset({"break", "keep", "fulfill", "fulfil", "honor", "honour", "renege"})
COMMITMENT_NOUNS = frozenset({"promise", "promises", "pledge", "pledges", "vow", "vows", "commitment",
                              "commitments", "oath", "oaths", "word"})
# First-person possessive pronouns: the writer or the ones quoted own the view (`In my view, ...`).
FIRST_PERSON_POSSESSIVES = frozenset({"my", "our"})

# The noun `mention`, which names a saying when a verb of making or carrying takes it as its object
# with `of` right after it (`made no mention of the tax`, `the report carries little mention of
# it`): the verb's subject speaks, or keeps silent, of the noun phrase `of` opens.  Not a verb of
# hearing or finding (`heard mention of a plan`: someone else said it).
MENTION_NOUNS = frozenset({"mention", "mentions"})
MENTION_HOSTS = frozenset({"make", "carry", "contain", "include", "avoid"})

# Report verbs as often followed by a noun object as by a clause (`announced his candidacy`,
# `confirmed their address and have not voted`): their words with no `that` are reported speech
# only when they open with a clause.
OBJECT_CUES = frozenset({"report", "announce", "confirm", "declare", "state", "stress", "reveal", "concede",
                         "complain", "boast", "emphasize", "allege", "estimate"})
# Verbs of testifying, maintaining, recalling or answering that report a finite clause as a verb of saying does,
# and so may have a phrase of time between them and it (`testified Wednesday that she saw ...`, `maintained Monday
# he had done nothing wrong`): with `SAY_VERBS` and `OBJECT_CUES`, the cues `time-then-clause` reads past a time.
# Not `signal` or `indicate`, which as often report what a sign or a figure shows as what anyone said; nor
# `recall`, whose object is as often a time remembered (`recalled the night her mother said ...`).
TIME_CLAUSE_REPORTS = frozenset({"testify", "maintain", "counter", "disclose", "reiterate", "retort",
                                 "swear", "hint", "observe", "remark", "speculate", "respond", "affirm", "aver",
                                 "posit"})
# Cue verbs that report words only with a `that` clause after them (`The Crown submitted that the
# sentence was too light`, `submitted to the court that ...`): otherwise they hand something in
# (`submitted a bid`, `the plans it had submitted`).
THAT_ONLY_CUES = frozenset({"submit"})
# A court's or judge's finding (`The court held that the detention was unlawful`, `Justice Ade ruled that
# ...`): otherwise a grip, a meeting or a reign (`held talks`, `ruled the country`, `ruled out a deal`).
# With a court or judge their subject (`FINDING_BODIES`), they report a bare clause too, its subject's noun
# phrase then its finite verb (`A federal judge ruled Friday the law was unconstitutional`).
COURT_FINDING_CUES = frozenset({"hold", "rule"})
THAT_ONLY_CUES = THAT_ONLY_CUES | COURT_FINDING_CUES
# Singapore's, Malaysia's and the Philippines' `shared that` (`Mr Ong shared that his family had run the stall for 40
# years`): words told, whoever tells them; otherwise a thing shared (`shared a photo`, `shared the prize`).
# An objection put into words (`Critics will object that the plan costs too much`): otherwise a thing, or
# a stand against something (`objected to the plan`).
THAT_ONLY_CUES = THAT_ONLY_CUES | frozenset({"share", "object"})
# A regret put into words (`The minister rued that the funds had lapsed`): otherwise a feeling about a thing
# (`She will rue the day`, `rued the missed chances`).
THAT_ONLY_CUES = THAT_ONLY_CUES | frozenset({"rue"})
# A forecast put in words (`The agency projected that solar capacity would double`, `Forecasters project that
# the storm will weaken`): otherwise a thing cast or shown (`projected the film onto a wall`, `projects strength`).
THAT_ONLY_CUES = THAT_ONLY_CUES | frozenset({"project"})
# A motion put to a meeting (`Cllr Roe moved that the plans be refused`): otherwise a change of place or a
# feeling (`moved to Leeds`, `moved the meeting to Friday`, `was moved by the speech`).
THAT_ONLY_CUES = THAT_ONLY_CUES | frozenset({"move"})
# Of those, the ones whose `that` clause alone makes a report, with no court's finding (`submitted that ...`,
# `shared that ...`, `objected that ...`).
THAT_CLAUSE_CUES = frozenset({"submit", "share", "object"})
THAT_CLAUSE_CUES = THAT_CLAUSE_CUES | frozenset({"project"})  # `projected that ...`
THAT_CLAUSE_CUES = THAT_CLAUSE_CUES | frozenset({"move"})  # `moved that ...`
# A hint put into words (`Musk teased that a cheaper model was coming`): otherwise mockery or a preview shown
# (`teased the new phone`, `teased him about his hair`).
THAT_ONLY_CUES = THAT_ONLY_CUES | frozenset({"tease"})
THAT_CLAUSE_CUES = THAT_CLAUSE_CUES | frozenset({"tease"})  # `teased that ...`
# A shared view put into words (`The two sides agreed that they will strengthen coordination`, `Economists agree that
# ...`): otherwise a deal to act or a stand (`agreed to pay`, `agreed on a plan`, `agrees with her`).
AGREEING_CUES = frozenset({"agree"})
THAT_ONLY_CUES = THAT_ONLY_CUES | AGREEING_CUES
THAT_CLAUSE_CUES = THAT_CLAUSE_CUES | AGREEING_CUES  # `agreed that ...`
# Of those, the ones that put a motion, whose clause is always a mandative subjunctive (`moved that the plans be
# refused`, `moved that the council reject the bid`; not `a move that would benefit ...`).
MOTION_CUES = frozenset({"move"})
# The forms of `order`, a command by whoever gives it only with what is commanded after it: a `that` clause
# (`The judge ordered that the records be released`) or the one commanded and an infinitive (`ordered the
# city to pay`); otherwise an order of goods or of things in a row (`ordered a pizza`, `in order to`).
# Verbs of the law's process done to someone (`was charged with`, `was convicted of`, `was indicted on`): a
# quotation in what such a passive says one was charged with is the charge's words, a prosecutor's or a
# statute's, never those of the one charged (`Lee was convicted of "aggravated identity theft."`).
CHARGED_VERBS = frozenset({"charge", "convict", "indict", "accuse", "sentence", "arrest", "acquit", "prosecute",
                           "sue", "cite", "fine", "jail", "impeach", "censure", "investigate"})
# The verdicts a jury or court finds someone (`found Lee guilty of fraud`, `found the firm liable for the
# spill`): after `found` and the one judged, the verdict; both together are the finding.
VERDICT_WORDS = frozenset({"guilty", "innocent", "liable", "negligent", "responsible", "competent", "incompetent"})
COMMAND_FORMS = frozenset({"order", "orders", "ordered", "ordering"})
# Nouns for those a command is given to besides people, bodies and groups (`SPEAKER_NOUNS`, `ORGANISATION_WORDS`,
# `GROUP_NOUNS`, `ROLE_WORDS`): places that govern and those who serve (`ordered the city to pay`, `ordered
# troops to withdraw`); a thing ordered is none (`ordered a pizza to share`).
COMMANDED_NOUNS = frozenset({"city", "cities", "state", "states", "town", "towns", "county", "counties", "country",
                             "countries", "district", "districts", "school", "schools", "troops", "soldiers",
                             "officers", "forces", "employees", "workers", "defendant", "defendants", "plaintiff",
                             "plaintiffs", "companies", "agencies", "banks", "firms", "lawyers", "prosecutors",
                             "jail", "prison", "hospital", "landlord", "landlords", "tenants", "staffers"})

# Cues whose noun-phrase object is what was said (`denied the allegations`, `announced his candidacy`,
# `vowed a wider war`, `disputed the figures`: said they are wrong): no listener, no topic, the message
# itself, named by a noun.  Not those whose object mostly names a thing taken or given (`claimed
# victory`, `admitted refugees`, `pledged support`, `conceded the race`), an act done by saying it
# (`declared a ceasefire`, `rejected the bid`), a danger (`threatens our security`) or a memory
# (`recalled the day`).
NOUN_REPORTS = frozenset({"deny", "dispute", "announce", "confirm", "acknowledge", "reveal", "disclose", "report",
                          "predict", "propose", "demand", "request", "promise", "vow", "reiterate", "mention",
                          "explain", "stress", "emphasize", "emphasise", "allege", "forecast", "estimate", "tweet",
                          # how someone characterised a thing (`described the plan as a trap`): only with `as`
                          # (`AS_ONLY_REPORTS`)
                          "describe",
                          })
# Of those, the ones whose object is their message only with `as` and a description after it (`Witnesses
# described the scene as chaotic`): bare, they tell of a thing or an event (`described the dinner`,
# `described his goals`), no claim.
AS_ONLY_REPORTS = frozenset({"describe"})
# `urge` with a thing urged and no one told to act (`Unions urged a rethink`; `urged
# residents to stay indoors` is `infinitive`'s).
NOUN_REPORTS = NOUN_REPORTS | frozenset({"urge"})
# A stance stated anew, as official and state-media copy reports one (`The leaders reaffirmed their support for the
# deal`, `Sheikh Mohamed reaffirmed the UAE's commitment to peace`): the stance is what was said.  Not `affirm`: a
# court's upholding (`The court affirmed the ruling`) is no report.
NOUN_REPORTS = NOUN_REPORTS | frozenset({"reaffirm"})
# Verbs that put forward a reason or a source for a step, reporting their object only as a participle set off by a
# comma after the clause of that step (`Acme cut its outlook, citing weak demand in Europe`: the reason the
# subject gave); finite, their object may be a report holding reports of its own (`cited reports that Lee said
# ...`), or a thing pointed to (`cites the crowds as an example`).
SET_OFF_OBJECT_REPORTS = frozenset({"cite"})
# A complaint voiced about a thing (`Traders lamented the high cost of goods`, `She bemoaned the lack of
# funding`): the thing complained of is what was said, as with `decry`.
NOUN_REPORTS = NOUN_REPORTS | frozenset({"lament", "bemoan"})
# Verbs of praise and blame (`criticized the plan`, `praised the rescue crews`, `denounced the attack as
# cowardly`, `slammed the company over its pay offer`): their object, with what English joins to it (`as` and
# the verdict, `for` or `over` and the grounds), is what was said of it, the verdict their subject voiced.
PRAISE_BLAME_REPORTS = frozenset({"criticize", "criticise", "condemn", "denounce", "decry", "blast", "slam",
                                  "lambaste", "assail", "praise", "laud", "tout"})
NOUN_REPORTS = NOUN_REPORTS | PRAISE_BLAME_REPORTS
# Their object is what was said only with the verdict or its grounds spelt out after it (`denounced the remarks as
# hurtful`, `slammed the company over its pay offer`; `for` is `charge-object`'s): bare, the object may be an act
# met with a vote or a deed (`condemned the raids`), a thing sent (`blasted an email to supporters`) or one named
# in passing, and the words said of it are not given.
VERDICT_LINKS = frozenset({"as", "over"})
# Nouns of a career or a service record: `as` right after one mostly names the post held (`touted his record as
# governor`, `her credentials as a co-sponsor`, `his tenure as chair`), no verdict on the object (the verdict
# reading, `described his tenure as a success`, is left out with it).
SERVICE_RECORD_NOUNS = frozenset({"record", "records", "credentials", "tenure", "career", "stint"})
# Cues whose object is their message only with one of these words after it, before the phrase ends.
LINKED_ONLY_REPORTS: dict[str, frozenset[str]] = {**{v: frozenset({"as"}) for v in AS_ONLY_REPORTS},
                                                  **{v: VERDICT_LINKS for v in PRAISE_BLAME_REPORTS}}
# Verbs of judging someone for a deed (`criticized the mayor for saying ...`, `thanked the nurses for staying`):
# the one judged (their object) did what the `-ing` form after `for` (or after the verb's own charge preposition,
# CHARGE_VERBS: `accused her of saying`) names, not the judge.
JUDGING_VERBS = frozenset(CHARGE_VERBS) | PRAISE_BLAME_REPORTS | frozenset({
    "attack", "thank", "fault", "mock", "ridicule", "deride", "applaud", "congratulate", "credit", "reward",
    "punish", "fire", "sue", "chastise", "castigate", "berate", "reprimand", "excoriate", "admonish", "pillory",
    "skewer", "censure", "hail", "salute", "honor", "honour", "forgive", "knock", "hammer"})
JUDGED_DEED_PREPOSITION = "for"
# Verbs of conveying a meaning without words (`slammed the plan for implying that ...`): what the one judged only
# implied is put into words by the judge, so any words quoted there are the judge's.
IMPLYING_VERBS = frozenset({"imply", "indicate", "signal", "hint", "intimate", "insinuate"})
# Verbs of rejecting whose object is what was said only when it names a claim (lexicon CLAIM_NOUNS: `The
# senator rejected the claims that she had lied`, `dismissed the allegations`, `refuted reports of a
# rift`): saying the claim is false; otherwise an act, no words (`rejected the bid`, `dismissed the staff`).
CLAIM_OBJECT_REPORTS = frozenset({"reject", "dismiss", "refute", "rebut"})
# Verbs that report their object only when it names a deed or a blame owned up to (`The bank admitted liability
# for the crash`): saying one is to blame; other objects are people let in (`admitted refugees`), no report.
# Not `claim` (`claimed responsibility for the attack`): PolNeAR train's annotators did not count it (measured:
# train all_precision fell).
OWNED_DEED_REPORTS: dict[str, frozenset[str]] = {
    "admit": frozenset({"responsibility", "liability", "wrongdoing", "guilt", "fault", "negligence"}),
}
# Verbs of doubting or scorning what someone said (`questioned her prediction that ...`, `ridiculed their
# suggestion that ...`, `mocked his claim`): with a noun of a saying for their object, its owner is someone other
# than their subject, as no one doubts or scorns their own words (not with any other object: `mocked his rivals`,
# `questioned his own staff`).
DOUBTING_VERBS = frozenset({"question", "dispute", "ridicule", "mock", "deride"})
# The nouns that after `in` tell how something was said, not what of (`condemned the attack in the strongest
# terms`, `denied the claim in blunt language`): no part of the noun phrase reported.
SAYING_MANNER_NOUNS = frozenset({"terms", "language", "words", "tones"})
# Nouns naming the condition a source speaks under (`requested anonymity to discuss the talks`, `asked
# for anonymity`): what a cue asks for there is no message.
SPEAKING_CONDITIONS = frozenset({"anonymity"})
# What a speaker asks to keep back (`asked that her name not be used`): the condition they speak under.
WITHHELD_IDENTITY = frozenset({"name", "surname", "identity"})
# Past participles of keeping a name back with no `not` (`asked that his family name be withheld`): the
# same condition as `asked that her name not be used` (`WITHHELD_IDENTITY`).
KEPT_BACK_FORMS = frozenset({"withheld", "omitted", "changed"})
# Cues that, given someone to whom (`denied him the nomination`, `denied Carter a photograph`), withhold
# a thing from them: refusing it, not saying that something is untrue.
WITHHOLDING_VERBS = frozenset({"deny"})
# Cues of promising that take two objects, the one promised to and the thing promised (`promised voters a tax
# cut`, `pledged Kyiv $2 billion`): the second is what was promised.
RECIPIENT_PROMISE_VERBS = frozenset({"promise", "pledge"})
# Words that open the noun phrase of a thing promised after the one it is promised to (`a`, `more`, `their`).
PROMISED_THING_OPENERS = frozenset({"a", "an", "the", "another", "more", "some", "no", "its", "their", "his", "her",
                                    "our", "your", "my"})
# Texts that speak for whoever wrote them (`the letter threatened to ...`, `the ad promises to ...`): never
# a mere thing whose verb of promising tells what is likely.
SPEAKING_TEXTS = frozenset({"letter", "email", "e-mail", "memo", "message", "note", "ad", "advertisement", "tweet",
                            "post", "release", "editorial", "op-ed", "speech", "video", "announcement", "petition",
                            "lawsuit", "suit", "complaint", "filing", "document", "platform", "manifesto", "pledge"})
# What something is said in (`The ministry, in a statement, said`): a text that speaks, or an occasion of
# speaking.
OCCASION_NOUNS = SPEAKING_TEXTS | frozenset({"statement", "interview", "remarks", "briefing", "testimony",
                                             "address", "conference", "call"})
# What a court, a judge or a witness says things in (`said in his judgment the ...`, `told the court in
# evidence`, `said in her submissions`, `said in his sentencing remarks`): occasions of speaking too.
COURT_OCCASION_NOUNS = frozenset({"judgment", "judgement", "ruling", "evidence", "submission", "submissions",
                                  "findings", "summing-up", "decision"})
OCCASION_NOUNS = OCCASION_NOUNS | COURT_OCCASION_NOUNS
# ... and what wire copy says words came in (`in comments carried by the agency`, `in a readout of the call`).
OCCASION_NOUNS = OCCASION_NOUNS | {"comments", "readout"}
# ... and the media words go out on (`said on local radio the trains would run`, `said on national television the
# ...`, `told reporters on air`); not `TV`, which closes a network's name (`BFM TV reported`).
OCCASION_NOUNS = OCCASION_NOUNS | {"radio", "television", "air", "podcast", "broadcast"}
# ... and the pieces a writer's words come out in (`wrote about the budget in a column`, `argued in an essay`,
# `said in a blog post`): where the words were written, not what about.
OCCASION_NOUNS = OCCASION_NOUNS | {"column", "essay", "article", "blog", "newsletter", "piece"}
# ... and the notices a company or a maker puts out on its products (`acknowledged the flaw in a security
# advisory`, `disclosed the bug in its release notes`, `in the changelog`): where, not what about.
OCCASION_NOUNS = OCCASION_NOUNS | {"advisory", "advisories", "notes", "changelog"}
# Adverbs that open an apposition telling what a name was or is now known as, or once was (`X, formerly
# Twitter, said`, `Meta, previously Facebook, said`, `Lee, once a rival, said`, `Tran, now the chief, said`).
APPOSITION_ADVERBS = frozenset({"formerly", "previously", "once", "now"})
# What is won, not said, when it is claimed (`claimed the nomination`, `claim the seat`): the prize a
# contest gives.  `claimed victory` (saying one has won) and `claimed responsibility` are reports.
CLAIMED_PRIZES = frozenset({"nomination", "seat", "title", "crown", "throne", "prize", "trophy", "medal",
                            "championship", "pennant"})
# What `claim` takes when it owns a deed (`The firm claimed credit for the drop in crime`, `claimed credit for
# hacking the servers`): what the claim is of follows `for`, and that deed is the message.  (Not
# `responsibility`, which a group claims for an attack without any words to report as often.)
CLAIMED_DEEDS = frozenset({"credit"})
# The forms of `take` that with such a noun and `for` after it claim the deed as `claim` does (`The mayor took
# credit for the drop in crime`, `took full credit for ...`): the deed is what the subject said was theirs.
CREDIT_TAKING_FORMS = frozenset({"take", "takes", "took", "taking"})
# The lemmas of the verbs that so own a deed.
DEED_CLAIMING_VERBS = frozenset({"claim", "take"})
# Cues whose noun-phrase object is what was said only when no clause follows them (`CNN noted the
# sparse crowd`, `she recalled his kindness`, `Lee says unkind things`; `noted the plan would fail`
# reports the clause).
LAST_OBJECT_REPORTS = frozenset({"note", "recall", "say"})
# Objects that make such a cue a deed, not a report: goods or envoys `recall` withdraws (`Vantro recalled 40,000
# vehicles`, `recalled its ambassador`), nothing remembered or said.
WITHDRAWN_OBJECTS: dict[str, frozenset[str]] = {"recall": frozenset({
    "vehicle", "vehicles", "car", "cars", "suv", "suvs", "truck", "trucks", "van", "vans", "motorcycle",
    "motorcycles", "product", "products", "unit", "units", "model", "models", "device", "devices", "battery",
    "batteries", "toy", "toys", "phone", "phones", "laptop", "laptops", "charger", "chargers", "pound", "pounds",
    "ton", "tons", "tonnes", "package", "packages", "bag", "bags", "box", "boxes", "jar", "jars", "can", "cans",
    "bottle", "bottles", "batch", "batches", "lot", "lots", "airbag", "airbags", "seat", "seats", "appliance",
    "appliances", "drug", "drugs", "pill", "pills", "tablet", "tablets", "medicine", "medicines", "food", "foods",
    "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "parliament", "troops"})}
# One-word objects of a cue that stand for a message without naming it (`denied it`, `confirmed this`,
# `denied everything`): a bare common noun names one (`denied wrongdoing`), these do not.
BARE_NOT_MESSAGES = OBJECT_PRONOUNS | frozenset({
    "it", "i", "he", "she", "we", "they", "this", "that", "these", "those", "everything", "anything", "something",
    "nothing", "all", "both", "some", "most", "many", "others", "none", "each", "one", "itself", "themselves",
    "himself", "herself"})
# Cues of denying whose one-word object is the message denied (`has denied wrongdoing`, `denied
# involvement`): what is denied is said to be untrue, named in a word.
BARE_NOUN_DENIALS = frozenset({"deny"})
# Cues of urging whose one-word object is the conduct urged (`The UN urged restraint`, `urged calm`, `urged
# caution`): a demand named in a word, as `called for calm` is; not a bare plural or a group of people (`urged
# voters`, `urged police`), who are told, not the message.
BARE_NOUN_DEMANDS = frozenset({"urge"})
# Cues of criticism with a particle (`PREPOSITION_REPORTS`' `hit back at`, `lashed out at`) whose one-word object
# after `at` names those criticised as fully as a phrase (`The mayor hit back at critics`): a bare plural noun.
BARE_TARGET_CRITICISMS = frozenset({"hit", "lash"})
# What is granted or refused, not said (`Friend denied bail`, `was denied entry`): a bare one after
# `deny` is withheld from someone, no message.
WITHHELD_GRANTS = frozenset({"bail", "parole", "entry", "access", "permission", "admission", "asylum", "tenure",
                             "clemency", "visas", "passage", "service", "coverage", "treatment", "custody"})
# ... and what a board, a court or an office grants or refuses on asking (`The board denied a variance for the
# station`, `denied the permit`, `The judge denied the motion`): refused, nothing said untrue.
WITHHELD_GRANTS = WITHHELD_GRANTS | frozenset({
    "permit", "permits", "variance", "variances", "request", "requests", "application", "applications", "license",
    "licenses", "licence", "licences", "motion", "motions", "petition", "petitions", "waiver", "waivers",
    "exemption", "exemptions", "appeal", "appeals", "rezoning", "approval",
})
# Objects of a cue that name how much was said, or the saying itself, with its topic after `about`,
# `of` or `on`: `said nothing about the tax`, `asked questions about the deal`, `wrote a column on
# the race`: the topic is what the report is of.
TOPIC_OBJECTS = frozenset({"nothing", "little", "much", "something", "anything", "more", "less", "question",
                           "questions", "word", "words", "piece", "column", "op-ed", "essay", "article",
                           "story", "stories", "assessment", "note"})
TOPIC_PREPOSITIONS = frozenset({"about", "of", "on"})
# Verbs of telling whose listener stands between them and the topic's preposition (`warned farmers of a
# drought`, `briefed reporters on the talks`): the listener is told, not said; not a verb whose object
# is the thing given (`promises action on ...`, `urges action on ...`).
TOPIC_LISTENER_VERBS = frozenset({"warn", "remind", "inform", "notify", "tell", "caution", "brief", "assure",
                                  "advise"})
# Cues that report a verdict on someone, said of them in the passive with the verdict after the verb:
# `Ruiz was declared the winner` reports `Ruiz ... the winner`.
VERDICT_REPORTS = frozenset({"declare", "announce", "proclaim", "project"})
# Nouns naming a claim someone else makes, whose `that` clause says what is claimed: as a cue's object
# (`denied reports that he would resign`, `rejected the notion that ...`) the noun and its clause are
# what the cue's speaker speaks of, the clause alone no words of the speaker's own.
CLAIM_NOUNS = frozenset({"claim", "claims", "report", "reports", "allegation", "allegations", "accusation",
                         "accusations", "suggestion", "suggestions", "notion", "idea", "rumor", "rumors", "rumour",
                         "rumours", "speculation", "assertion", "assertions", "charge", "charges"})
# Verbs of putting a stand into words (`expressed concern that ...`, `voiced confidence that ...`), and the nouns
# of a hope, belief or feeling they take with the `that` clause spelling it out: with such a verb the subject says
# the clause (alone, as `Her fear is that ...` says nothing: lexicon STANCE_NOUNS).
EXPRESSING_VERBS = frozenset({"express", "voice", "convey"})
EXPRESSED_STANCE_NOUNS = frozenset({
    "hope", "hopes", "concern", "concerns", "confidence", "belief", "beliefs", "fear", "fears", "doubt", "doubts",
    "regret", "optimism", "skepticism", "scepticism", "conviction", "view", "opinion", "worry", "worries",
    "frustration", "disappointment", "satisfaction", "wish", "expectation", "certainty", "anger", "alarm"})
# Cues whose passive takes an infinitive, the report said of its subject (`The striker is said to be
# unhappy`, `was reported to have left`, `is alleged to have taken bribes`).
RAISING_REPORTS = frozenset({"say", "report", "allege", "rumor", "rumour"})
# Cues whose `-ing` complement is what was said (`denied taking the money`, `recalled meeting him`,
# `reported spending $1 million`, `proposed cutting taxes`).
GERUND_REPORTS = frozenset({"deny", "admit", "acknowledge", "recall", "report", "mention", "suggest", "propose",
                            "recommend", "confess", "describe", "announce", "discuss"})
# Cues whose message follows a preposition (`warned of a recession`, `called for an inquiry`,
# `responded to the charges`): lemma -> the prepositions that open it.
PREPOSITION_REPORTS: dict[str, frozenset[str]] = {
    "warn": frozenset({"of", "about", "against"}), "caution": frozenset({"against", "about"}),
    "complain": frozenset({"about", "of"}), "ask": frozenset({"for", "about"}), "respond": frozenset({"to"}),
    "reply": frozenset({"to"}), "comment": frozenset({"on", "about"}),
    "plead": frozenset({"for"}), "write": frozenset({"about", "of", "on"}), "say": frozenset({"about"}),
    "report": frozenset({"on", "about"}), "testify": frozenset({"about", "on"}), "inquire": frozenset({"about"}),
    "argue": frozenset({"for", "against"}), "tweet": frozenset({"about"}),
}
# An apology names what it is for (`Norvale apologised for the breach`): the wrong owned up to is the message.
PREPOSITION_REPORTS = PREPOSITION_REPORTS | {"apologize": frozenset({"for"}), "apologise": frozenset({"for"})}
# Cues whose message is an `-ing` clause after a preposition, but whose noun phrase there is no message as
# surely (`admitted to taking the money`, `confessed to stealing the car`: what is owned up to; not
# `admitted to reporters that ...`, a listener, nor `refugees admitted to the country`, let in): lemma ->
# the prepositions that open the clause.
GERUND_PREPOSITION_REPORTS: dict[str, frozenset[str]] = {"admit": frozenset({"to"}), "confess": frozenset({"to"})}
# Verbs of questioning someone, a witness or an official, whose listener is their object and whose topic
# or question follows a preposition (`pressed the minister on whether ...`, `grilled the director about
# the funds`, `was quizzed over the delay`): the passive subject is the one questioned.
QUESTIONING_VERBS = frozenset({"press", "grill", "quiz", "question"})
# Their forms that are cues (besides `question`'s, in data/cues.tsv): the past only, as `press`, `grilling`
# and `pressing` are nouns and adjectives as often (`press secretary`, `a tough grilling`, `a pressing need`)
# and `press X for Y` urges (`to press the regime for reforms`).
QUESTIONING_FORMS: dict[str, str] = {"pressed": "press", "grilled": "grill", "quizzed": "quiz"}
PREPOSITION_REPORTS = PREPOSITION_REPORTS | {v: frozenset({"on", "about", "over"}) for v in QUESTIONING_VERBS}
# `Patients told of waiting hours for a bed`, `Survivors tell of a wall of water`: `tell` with no listener,
# its account after `of` (a listener first is `TOPIC_LISTENER_VERBS`' reading: `told reporters of ...`).
# Only `of` right after a finite or bare form is the account (`told of waiting`): not a phrase after an
# object (`told the story of a nurse`: `TOPIC_OBJECTS`' reading), nor after the `-ing` noun (`his telling of
# the story`).
PREPOSITION_REPORTS = PREPOSITION_REPORTS | {"tell": frozenset({"of"})}
# Criticism with a particle (`PHRASAL_CUES`: `lashed out at the plan`, `hit out at ministers over pay`, `hit back at
# critics`): the one attacked after `at` is what the criticism was of.
PREPOSITION_REPORTS = PREPOSITION_REPORTS | {"lash": frozenset({"at"}), "hit": frozenset({"at"})}
ADJACENT_TOPIC_VERBS = frozenset({"tell"})

# Signs that open an amount of money (`a $500 million buyback`).
CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥", "US$", "C$", "A$"})
# Prepositions that, right before a number or an amount, say how near it is (`said about six weeks`,
# `put the cost at around $4,000`): part of the amount, not a preposition opening a topic.
APPROXIMATING_PREPOSITIONS = frozenset({"about", "around", "over", "under"})
# Word runs that, right before a number or an amount, bound it (`predicted up to 2 feet of snow`, `reported as
# many as 40 deaths`, `confirmed at least 12 deaths`): the amount's own words, whatever the parse made of them (a
# particle and a preposition, adverbs of the verb), so the noun after the number is the verb's object.
AMOUNT_OPENERS = frozenset({("up", "to"), ("as", "much", "as"), ("as", "many", "as"), ("more", "than"),
                            ("fewer", "than"), ("less", "than"), ("at", "least"), ("at", "most")})
# Reports that put a value on a thing with `at` and an amount (`The agency estimated damage at $3 billion`,
# `forecast growth at 2%`): the amount is the estimate, part of what was said, not where.
VALUING_REPORTS = frozenset({"estimate", "forecast", "project", "predict"})

# A phrase of time right after a cue (`said Tuesday`, `said on Monday`, `said late last week`,
# `told reporters this morning`) says when it was said: its nouns, and the words that may open it.
# The days of the week (`said Tuesday`, `Ruiz Sunday said`, `coach Sunday Oliseh`).
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# The parts of a day (`Ruiz Monday night said`).
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
TIME_NOUNS = WEEKDAYS | DAY_PARTS | frozenset({
    "today", "yesterday", "tonight", "day", "week", "weekend", "month", "year",
})
# Capitalised words that make a weekday after them a day's name, not when something was said
# (`Super Tuesday`, `Black Friday`, `Bloody Sunday`): after any other name, a weekday right before a cue
# is the cue's time (`Ruiz Sunday said`).
DAY_NAME_WORDS = frozenset({"super", "black", "good", "cyber", "ash", "palm", "shrove", "maundy", "holy", "easter",
                            "giving", "bloody", "whit", "mothering", "remembrance", "small", "business", "plough",
                            "low", "trinity", "pentecost", "advent", "election"})
# Last words of names in `-s` after `The` that stand for one place or body, not people in the plural
# (`The United States`, `The Times`): never `they` for them (`The Greens`, `The Liberal Democrats` are).
SINGULAR_S_NAMES = frozenset({"states", "netherlands", "times", "philippines", "bahamas", "maldives", "seychelles",
                              "news", "emirates", "nations", "olympics", "games", "islands", "isles", "highlands",
                              "alps", "andes", "commons", "lords", "sciences", "arts", "affairs", "services",
                              "industries", "holdings", "communications", "systems", "analytics", "works",
                              "studios", "records", "pictures", "airlines", "airways", "express", "gardens"})
# Nouns for what a market or a ledger measures of a company (`Shares in the firm fell`, `Profits at
# Acme rose`): the company after `in`, `of` or `at` is whom a later `it` stands for, not the measure.
MARKET_MEASURES = frozenset({"shares", "stock", "stocks", "bonds", "profits", "profit", "sales", "revenue",
                             "revenues", "earnings", "losses", "turnover", "share price", "stock price",
                             "market value"})
# Verbs that take the charge with `of` (`accused of a cover-up`): an `of` phrase after their passive agent
# that no `the`, owner or name opens is the charge (`accused by unions of a cover-up`: the unions), not the
# agent's (`accused by the head of the union`).
OF_TAKING_VERBS = frozenset({"accuse", "suspect", "convict", "acquit"})
# The words that open a phrase of time, one or a few in a row before its time words (`on Monday`, `earlier
# this week`, `late last month`, `over the past week`, `later that same day`): the one list of them, for a
# phrase of time between a subject and its cue (`The senator last month said`), between a cue and its clause
# (`said on Monday that ...`) or after a cue (`said late on Sunday`).
TIME_OPENERS = frozenset({"on", "during", "over", "at", "in", "earlier", "later", "late", "early", "last", "this",
                          "next", "the", "past", "same", "that"})
# Of `TIME_OPENERS`, those that may be a phrase of time's first word between a cue and a `that` clause: not
# `the` or `that`, which open the cue's object as well, a relative clause after it (`recalled the night that
# she ...`: the night she recalled); after another opener they are the time's (`over the weekend`, `later that
# day`).
TIME_PHRASE_LEADS = TIME_OPENERS - {"the", "that"}
# Words of time, never a speaker whatever the parse says (`said Tuesday`, `Feinstein last week said`,
# `said earlier`): its nouns (not `day`, a family name too: `Day said`), and the adverbs that say when.
TIME_WORDS = (TIME_NOUNS - {"day"}) | frozenset({"earlier", "later", "recently", "then", "now"})
# Time zones written after a clock time (`15:40 GMT`): with it, a live blog's timestamp, never a speaker
# (only unambiguous ones: not `EST`, `IST`, `ET`, words or names too).
TIME_ZONES = frozenset({"gmt", "bst", "utc", "cet", "cest", "aest", "aedt", "awst", "nzst", "nzdt"})
# Zones that follow a clock time with its `a.m.`/`p.m.` in a live blog's stamp (`10:42 a.m. ET —`): there, after
# the time, never a word or a name.
STAMP_ZONES = TIME_ZONES | frozenset({"et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst",
                                      "pdt", "akst", "akdt", "hst", "ist", "jst", "kst", "sast", "wat", "eat"})
# Texts and speeches a label before its colon gives in full (`The campaign's statement in full:`, `Ruiz's
# remarks:`, `The full statement from the mayor:`): with its owner, that owner's words.
GIVEN_TEXTS = AUTHORED_TEXTS | frozenset({"remarks", "speech", "comments", "response", "reply", "words",
                                          "testimony", "announcement", "answer", "tweets", "posts", "statements"})
# Verbs that ask a question with `to know` and the question after it (`Vale wanted to know why ...`, `She
# demanded to know whether ...`): its lemmas, and its forms (before `to know`) for asking a parse.
KNOW_ASKING_VERBS = frozenset({"want", "demand"})
KNOW_ASKING_FORMS = frozenset(verb + ending for verb in KNOW_ASKING_VERBS for ending in ("", "s", "ed", "ing"))  # regular
# ... and `seek`, whose past is irregular (`The MP sought to know whether the deadline would be extended`: a
# parliamentary question as reported).
KNOW_ASKING_VERBS = KNOW_ASKING_VERBS | {"seek"}
KNOW_ASKING_FORMS = KNOW_ASKING_FORMS | {"seek", "seeks", "sought", "seeking"}
# Glyphs that open a list's item (`• Ruiz said ...`): the parser, which learnt few of them, sees a hyphen,
# its punctuation, never a word of the item's first noun phrase.
BULLET_GLYPHS = frozenset({"•", "●", "▪", "▫", "◦", "‣", "■", "□", "►", "▶", "➤", "✓", "✔", "·"})
# Words that open a live blog's stamp before its clock time (`UPDATE 3:15 p.m.:`, `Updated at 5:01 p.m. ET
# —`, `BREAKING, 9 a.m.:`): the newsroom's rubric, no speaker.
STAMP_WORDS = frozenset({"update", "updated", "updates", "breaking", "breaking news", "developing", "latest",
                         "the latest", "just in", "posted", "published", "live", "new", "edited", "last updated"})
# Nouns that count or name a stretch of time: a cue's object made of one, with only a determiner, a
# number or a word of `TIME_OPENERS` or `SPAN_WORDS` before it (`announced that same day`, `reported ten
# days ago`, `proposed last July`), tells when it was said, not what.
SPAN_NOUNS = TIME_NOUNS | frozenset({"hour", "minute", "decade", "season", "january", "february", "april",
                                     "june", "july", "august", "september", "october", "november",
                                     "december"})
SPAN_WORDS = frozenset({"few", "several", "couple", "same", "following", "previous", "ago"})
# The months: names, so capitalised, but `March` and `May` are words too (`a march`, `may go`).
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"})
# The US states that AP style never shortens, so a party-and-state label ending in one (`R-Texas`, `D-Ohio`)
# has no abbreviation's period of its own: a period after it only closes the sentence.
# Words that open a place's name of two words (`New Jersey`, `North Carolina`, `West Virginia`): a name set off
# after a place that one opens is the place's state or region (`The mayor of Trenton, New Jersey,`), no person.
PLACE_NAME_OPENERS = frozenset({"new", "north", "south", "east", "west", "rhode", "northern", "southern", "eastern",
                                "western", "upper", "lower", "central"})
UNABBREVIATED_STATES = frozenset({"alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "texas", "utah"})
# Prepositions of the means by which one speaks, set off before a verb of saying (`The board, through its
# attorney, said`, `Ruiz, via a spokesman, declined`): the go-between or channel, never part of the speaker.
MEANS_PREPOSITIONS = frozenset({"through", "via"})
# Nouns of a rendering of someone's words in another tongue (`..., Maduro told reporters, according to a translation
# by the agency`, `according to his interpreter`): after `according to`, how the words came into English, no source
# of them.
RENDERING_NOUNS = frozenset({"translation", "translations", "translator", "translators", "interpreter",
                             "interpreters", "interpretation", "subtitles"})
# Prepositions whose noun is the paper a cue speaks in (`said in a report that ...`, `wrote in a note that
# ...`): a claim noun after one is where the words stand, not a claim spoken of.
MEDIUM_PREPOSITIONS = frozenset({"in"})
# The months as papers shorten them before a day (`Sept. 15`, `Jan. 3`): with `MONTHS`, a date's first word.
MONTH_ABBREVIATIONS = frozenset({"jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
                                 "nov.", "dec."})
# Nouns for a stretch of the calendar that are other words too (`a quarter of voters`, `the season
# opener`, `a second term`, `may`): a phrase of time only right after a word that places it in the
# calendar (`CALENDAR_PLACERS`: `last quarter`, `this season`, `next term`, `early May`), or a capitalised
# month or a season after `in` (`in March`, `in spring`).
CALENDAR_NOUNS = MONTHS | frozenset({"quarter", "season", "semester", "term", "spring", "summer", "autumn",
                                     "fall", "winter"})
CALENDAR_PLACERS = frozenset({"last", "this", "next", "early", "late", "past", "previous"})
# Prepositions: a word that opens a phrase of place, time, manner or topic, never a noun phrase's
# first word (`said in a statement`, `"...," at a rally`, `Amid the noise, ...`).
PREPOSITIONS = frozenset({
    "about", "above", "across", "after", "against", "along", "alongside", "amid", "amidst", "among", "amongst", "around", "at",
    "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by", "despite", "during",
    "except", "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "outside", "over", "per",
    "since", "through", "throughout", "to", "toward", "towards", "under", "underneath", "unlike", "until", "upon",
    "via", "with", "within", "without",
})

# Words that negate what they stand in, lower-cased, apostrophes straight (`quotes verify` flags a
# claim that drops or adds one); and the contracted forms' endings (`don't`, `won't`, `can't`).
NEGATIONS = frozenset({"not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "nowhere", "cannot",
                       "n't"})
NEGATING_SUFFIXES = ("n't",)
# After a negated clause, `but` and one of these open the correction of what it denies (`do not plan to back him,
# but rather use him`): the same speaker's clause, going on with the report.
CORRECTING_ADVERBS = frozenset({"rather", "instead"})

# relative pronouns opening a clause about the noun before them (`the minister, who said`)
RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which"})
# relative pronouns that stand for a person: the word before their comma names someone, whatever its
# tag (`the official, who`, `a conservative, who`: an adjective standing as a noun)
PERSON_RELATIVES = frozenset({"who", "whom"})
# ... and those that stand for a thing (`a trend that the firm predicts will continue`, `the plan, which`)
THING_RELATIVES = RELATIVE_PRONOUNS - PERSON_RELATIVES
# relative pronouns that open a clause set off by a comma about the noun before it, `whose` among them
# (`the singer, whose album topped the charts,`), not `that` (`According to X, that is false`)
SET_OFF_RELATIVES = frozenset({"who", "whom", "whose", "which"})
# Words opening a phrase set off after a plural or group noun that names some of its members (`Critics,
# including the party's spokesman, Ben Marsh, said`): the members are examples, no part of the speaker.
MEMBER_EXAMPLE_OPENERS = frozenset({"including", "notably", "especially", "particularly", "among"})
# Words that lead an age set off by commas after a name (`Jane Doyle, now 58, says`, `Tom Vale, aged 61,`).
AGE_LEADS = frozenset({"now", "aged", "age"})
# `this`, `that` standing alone: a thing, an event or what was said (`That prompted a reply`, `This
# shows ...`), never the person who speaks; `that` opening a relative clause stands for the noun before it.
DEMONSTRATIVE_PRONOUNS = frozenset({"this", "that"})
# A pronoun that, as a cue's whole object, points back to what an earlier sentence reported (`He said this in a
# statement`, `She said this while speaking with journalists`): the report is the earlier one's, this cue only
# tells where and when it was made. Not `that`, which opens the clause said as often (`said that while ...`).
BACK_REFERRING_OBJECTS = frozenset({"this"})
# Words that carry a speaker's noun phrase on after its head (`a spokesman for the ministry`, `Robert
# Antonacci of the delegation`), and adjectives that do with their preposition (`a source close to`).
PHRASE_PREPOSITIONS = frozenset({"of", "for"})
# Prepositions of where a person holds a post, after the post's noun in a description set off before a name
# (`A lawmaker in the House, Dele Ojo, said`, `A nurse at the clinic, Ann Ruiz, said`, `A colleague on the
# council, Tom Vale,`, `A volunteer with the charity, Jo Hart,`, `A doctor from the clinic, Ann Lee,`): with a
# determiner after.
POST_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "with", "from"})
# Prepositions whose phrase, right after a speaker's noun and running with no comma up to its verb, tells where
# the speakers are or what body they belong to, and so which ones speak (`Police in the northern city of Kano
# said`, `Analysts at Goldman Sachs and Morgan Stanley said`, `Farmers across the region say`): not `on`, which
# as often opens the saying's time (`Officials on Monday said`).
SPEAKER_PLACE_PREPOSITIONS = (POST_PLACE_PREPOSITIONS - {"on"}) | PHRASE_PREPOSITIONS | frozenset({
    "across", "inside", "outside", "near", "around", "throughout"})
# Verbs of saying again, whose subject says its own claim once more (`he reiterated his claim that ...`): the
# verb reports the owned claim with its clause.
REPEATING_VERBS = frozenset({"repeat", "reiterate", "restate"})
# Lower-case words inside the name of a body or an office, between capitalised words (`Secretary of
# State`, `Council on Public Health`, `Center for Rural Affairs`).
NAME_PREPOSITIONS = frozenset({"of", "on", "for"})
# Prepositions that open a phrase set off after a speaker's noun telling whom it belongs to or comes from
# (`Ann Ruiz, of the union,`, `a doctor, from Leeds,`, `a man, with a cane,`): a description of the speaker;
# any other preposition set off there opens the saying's circumstance (`The bishop, in a sermon, said`).
AFFILIATION_PREPOSITIONS = NAME_PREPOSITIONS | {"with", "from"}
# Prepositions joining a person, or a noun for one, to the body they belong to or speak for, inside one noun
# phrase with no comma (`Lt. Ann Ruiz with the Westby Police Department`, `Tom Vale from the Red Cross`,
# `Jo Hart of the union`, `a spokesman for the city`).
MEMBERSHIP_PREPOSITIONS = PHRASE_PREPOSITIONS | {"with", "from"}
PHRASE_ADJECTIVES: dict[str, str] = {"close": "to", "familiar": "with", "loyal": "to", "allied": "with"}
# Nouns that `with` takes in a source's description, carrying the speaker's phrase on through it (`people with
# knowledge of the talks`, `a person with direct knowledge of the plan`, `officials with ties to the firm`).
SOURCE_WITH_NOUNS = frozenset({"knowledge", "ties", "access", "links"})
# Past participles of keeping a speaker's name back (`asking not to be identified`, `asked not to be named`):
# with `anonymity` (`SPEAKING_CONDITIONS`), what a source's set-off aside names as the terms it speaks on.
WITHHELD_NAME_FORMS = frozenset({"identified", "named"})
# Prepositions that open a clause too (`after the vote`, `after the company said ...`): a finite verb
# right after the noun phrase one opens has that phrase for its subject.
# Verbs of quoting someone (`X was quoted by Y as saying`, `Y cited X as saying`): the one quoted speaks,
# not the one who quotes.
QUOTING_VERBS = frozenset({"quote", "cite"})
CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till", "as"})  # `As one aide put it, ...`
# ... those of time (all but `as`): `after the vote`, `since the merger`; a noun phrase one opens may be the subject
# of a clause it opens (`after the council voted`), not the subject of the sentence's cue.
TIME_CLAUSE_PREPOSITIONS = CLAUSE_PREPOSITIONS - {"as"}
# Nouns of a happening, which cannot speak: after `after`, `before`, `since` or `until` they close a phrase of
# time, never the subject of a clause the preposition opens (`Doctors arrested after the protest said ...`:
# the doctors speak; `after the company said` opens a clause).
EVENT_NOUNS = frozenset({"protest", "protests", "riot", "riots", "rally", "march", "demonstration", "strike",
                         "raid", "raids", "attack", "attacks", "crash", "fire", "blaze", "storm", "flood",
                         "floods", "blast", "explosion", "earthquake", "quake", "vote", "election", "match",
                         "game", "race", "war", "shooting", "clash", "clashes", "coup", "incident", "accident",
                         "parade", "festival", "concert", "ceremony", "funeral", "crackdown", "unrest",
                         "violence", "fighting", "siege", "hurricane", "tornado", "outbreak", "pandemic",
                         "collapse", "derailment", "stabbing", "bombing", "invasion", "takeover", "merger"})
# Happenings that no one takes part in speaking for: forces of nature, accidents and a contest's outcome (`The storm
# warned of nothing before it struck`, `The win confirmed their place in the final`): a cue verb with one for its
# subject is a figure of speech, no report.  Not a gathering (`The rally denounced the plan`: those at it speak),
# nor a finding (`The results show that ...`: evidence reported).
MUTE_HAPPENINGS = frozenset({"storm", "storms", "flood", "floods", "flooding", "hurricane", "tornado", "typhoon",
                             "cyclone", "tsunami", "earthquake", "quake", "drought", "heatwave", "wildfire", "blaze",
                             "fire", "landslide", "avalanche", "eruption", "blast", "explosion", "crash", "collapse",
                             "derailment", "win", "victory", "defeat", "triumph", "comeback", "upset"})
# Prepositions that, right after a cue, open where, when or how it was said (`said on "Meet the Press"`).
PLACE_PREPOSITIONS = frozenset({"on", "in", "at", "during", "from", "after", "before", "with", "via", "through", "over"})
# Nouns that name a work with a title (`her memoir, "Long Days."`, `the film "Harbour Lights"`).
WORK_NOUNS = frozenset({"book", "memoir", "memoirs", "autobiography", "biography", "novel", "film", "movie",
                        "documentary", "show", "program", "programme", "series", "sitcom", "podcast", "column",
                        "album", "song", "play", "musical", "essay", "poem", "episode", "newsletter", "blog",
                        "magazine", "exhibition", "painting", "opera", "anthology", "collection", "bestseller", "hit",
                        "single", "ballad", "thriller", "comedy", "drama", "sequel", "prequel", "spinoff", "classic",
                        "miniseries", "docuseries"})
# Papers that bear a title as a work does (`The 1983 report, "A Nation at Risk," warned that ...`, `the study
# "Lost in Transit"`): a title-cased quotation that names one is its title, nobody's words; the paper speaks.
WORK_NOUNS = WORK_NOUNS | frozenset({"report", "study", "paper", "survey", "audit", "review", "handbook",
                                     "pamphlet", "booklet", "manifesto", "treatise", "textbook", "guidebook"})
# Works that are no texts of claims (a song, a film, a novel, a painting): writing or recording one makes it and
# reports nothing (`She wrote the song in a week`, `the film he directed in Rome`); a book, an essay, a column or a
# report carries what its author says, and writing one may report it (`wrote a book in which he exposes ...`).
MADE_ONLY_WORKS = frozenset({"novel", "film", "movie", "documentary", "show", "series", "sitcom", "album", "song",
                             "play", "musical", "poem", "episode", "painting", "opera", "single", "ballad", "thriller",
                             "comedy", "drama", "sequel", "prequel", "spinoff", "miniseries", "docuseries", "hit",
                             "symphony", "score", "screenplay", "script", "track", "record", "soundtrack"})
# Verbs by which a work tells its story (`The film tells the story of a boxer`, `The song tells how they met`):
# with a work that is no text of claims (MADE_ONLY_WORKS) for its subject and no listener, a narration, no report.
NARRATING_VERBS = frozenset({"tell", "recount", "narrate", "describe", "depict", "chronicle", "portray"})
# Nouns that name a name a quotation gives as words (`the nickname "Red"`, `the pseudonym "..."`).
NICKNAME_NOUNS = frozenset({"nickname", "pseudonym", "moniker", "alias", "hashtag", "acronym", "codename"})
# Nouns of a person's own name that a name set off by commas right after them spells out (`who gave only his first
# name, Tom,`, `whose family name, Ruiz,`): the name is that noun's apposition, never a subject of its own.
PERSONAL_NAME_NOUNS = frozenset({"name", "surname", "nickname"})
# Nouns of a name or title that a thing bears (`As the title suggests, ...`, `Its name implies that ...`): what
# a name or title suggests is no one's saying, so neither is a subject of a cue (not a pseudonym or an alias,
# which stands for the one who writes under it).
NAMING_NOUNS = frozenset({"name", "title", "subtitle", "names", "titles"})
# Nouns that name a piece of wording itself (`..., a term critics dispute`, `..., a phrase the minister has
# used before`): set off after a quotation, they describe its words, not the one who speaks them.
WORDING_NOUNS = NICKNAME_NOUNS | frozenset({"term", "phrase", "word", "label", "expression", "euphemism", "slogan",
                                            "catchphrase", "buzzword", "description", "characterisation",
                                            "characterization"})
# Nouns of a saying that belongs to no one (`As the saying goes, "..."`, `An old proverb has it: "..."`): a
# proverb or a cliche quoted is common wording, no one's words, so no quotation it speaks is a quote (with an
# owner, `Reagan's maxim`, the words are the owner's).
SAYING_NOUNS = frozenset({"saying", "sayings", "adage", "adages", "proverb", "proverbs", "maxim", "aphorism",
                          "cliché", "cliche", "truism", "idiom", "platitude"})
# Determiners that name an owner (`his favourite maxim`, `our old saying`): a saying with one is its owner's words.
OWNER_DETERMINERS = frozenset({"my", "your", "his", "her", "its", "our", "their"})
# Stock phrases built on a verb or a noun of saying that report nothing (`It goes without saying that ...`, `Having
# said that, ...`, `as they say,`, `to tell the truth`, `as the saying goes`): common wording, the writer's own
# aside, no one's words and no one reporting them.  Words separated by spaces, matched case-blind; a leading `^` asks that the phrase open its
# clause (its sentence's start, or right after a mark: `Lee, having said that he would go, left` reports), a
# closing `,` that a mark or the sentence's end follow it (`as they say they will` reports), and `in*` an `in`
# whose phrase names no owner and no occasion of speaking (`as they say in baseball`; `as they say in their letter`
# reports).  A first-person hedge set off by marks (`I must say, the food was good`, `The plan, I have to admit,
# works`) is the speaker's own aside on what they assert, no report of it (`I must say that ...` reports).
STOCK_SAYINGS = ("goes without saying", "go without saying", "went without saying", "gone without saying",
                 "going without saying", "^ having said that ,", "^ having said this ,", "^ that said ,",
                 "^ that being said", "^ this being said", "easier said than done", "all is said and done",
                 "to tell the truth", "to tell you the truth", "truth be told", "truth to tell", "as they say ,", "as they say in*",
                 "so to speak", "that is to say",
                 "to say the least", "to say nothing of", "as the saying goes", "as the old saying goes",
                 "as the adage goes", "as the old adage goes", "as the expression goes",
                 "^ i must say ,", "^ i have to say ,", "^ i must admit ,", "^ i have to admit ,", "^ i must confess ,",
                 "^ i have to confess ,", "^ i must tell you ,", "^ i have to tell you ,",
                 # the writer's own aside, no one's report (`But it should be noted that ...`)
                 "it should be noted", "it must be noted", "it should be said", "it must be said",
                 "it should be pointed out", "it must be pointed out", "it should be stressed", "it must be stressed",
                 "it should be emphasized", "it should be emphasised", "it should be mentioned", "it bears noting",
                 "it bears mentioning", "it bears repeating",
                 # a paper's note on its own correction (`This story has been updated to note that ...`)
                 "updated to note", "updated to say", "updated to clarify", "corrected to note", "corrected to say",
                 "corrected to clarify", "amended to note")
# Participles that give a thing its name (`a bill known as "..."`, `the memo, titled "..."`, `a group
# called "..."`): with no active subject of their own, the quoted name they give is nobody's words.  Not
# verbs of judging (`was labeled "reckless"`, `branded "a liar"`): there the words are someone's verdict.
NAME_GIVING_FORMS = frozenset({"known", "called", "dubbed", "titled", "entitled", "nicknamed", "named", "billed",
                               "christened"})
# Prepositions opening who sent a message, right after the message (`got a letter from the council saying
# ...`): the message with its sender is one noun phrase, what speaks.
SENDER_PREPOSITIONS = frozenset({"from"})
# Of those, the ones that give a person's own name right after a description (`a retired teacher named Ruth
# Cole`, `a man called Tom Vale`): the one described is the one so named.
PERSON_NAMING_FORMS = frozenset({"named", "called"})
# A news agency's credit line closing a story names who wrote it, no one in it: the roles it credits before
# `by` (`(Reporting by Ann Ruiz; Editing by Tom Vale)`, `Additional reporting by ...`), and the nouns for its
# writers before `contributed` (`Associated Press writer Ann Ruiz contributed to this report.`).
CREDIT_LINE_ROLES = frozenset({"reporting", "editing", "writing", "additional", "compiled", "compiling", "produced",
                               "research", "researching", "graphics", "photos", "photography", "fact-checking",
                               "translation", "translated", "edited", "written", "reported"})
CREDIT_LINE_NOUNS = frozenset({"writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
                               "journalist", "journalists", "staff", "researcher", "researchers", "photographer",
                               "photographers", "producer", "producers", "editor", "editors", "stringer", "stringers"})
# Particles a verb takes before its object (`held up signs`, `handed out leaflets`): past one, no noun's modifier.
VERB_PARTICLES = frozenset({"up", "out", "down", "away", "aloft"})
# Verbs that make a work, whose object a title-cased quotation names (`who wrote "The Long Road Home,"`,
# `directed "Harbour Lights"`): the work's title, not words the verb reports.
# Labels a web page puts before a link to another article (`Read more: "Why the markets fell"`): the
# headline after one, alone on its line, is a link's text, nobody's words in this article.
LINK_LABELS = ("read more", "read also", "also read", "related", "see also", "more", "recommended", "watch",
               "listen", "further reading", "more on this story", "related stories", "related story",
               "related article", "related articles", "editor's picks", "most read", "don't miss", "top stories",
               "go deeper", "dig deeper", "keep reading")  # a briefing's link to another story (`Go deeper: ...`)
# Prepositions that, after a headline's `"...": Name`, open what the named one spoke of (`'We are not done
# yet': Senator Cole on the farm bill`, `"...": Ruiz after the vote`): the name before one is the speaker.
HEADLINE_TOPIC_WORDS = frozenset({"on", "about", "over", "after", "at", "in", "to", "for", "as", "amid", "ahead"})
# Phrases of a headline's plural present that tell of speaking though no cue alone (`'We are devastated':
# family pay tribute to teenager`): the people named before one are the quotation's speakers.
HEADLINE_SPEAKING_PHRASES = frozenset({"pay tribute", "pay tributes", "speak out", "hit out", "open up",
                                      "break silence", "break their silence"})
# ... and their singular present (`'We will rebuild': Lottery winner speaks out`).
HEADLINE_SPEAKING_PHRASES = HEADLINE_SPEAKING_PHRASES | frozenset({
    "pays tribute", "pays tributes", "speaks out", "hits out", "opens up", "breaks silence", "breaks his silence",
    "breaks her silence", "breaks their silence"})
# Words opening the event a headline's speech followed or met (`'We will be back,' vows Rovers boss after cup
# exit`, `... says mayor amid row`): never part of the speaker named before them.
HEADLINE_EVENT_WORDS = frozenset({"after", "amid", "amidst", "following", "despite", "ahead"})
# Of those, the words that only open an event's phrase and never stand in a noun phrase as its noun or
# modifier (not `following`: `a reporter following the case`): `says mayor amid row`, however tagged.
EVENT_PREPOSITIONS = frozenset({"after", "amid", "amidst", "despite"})
# Degrees a writer sets off after a name with a comma (`Ann Ruiz, M.D.,`), written without their periods
# and in lower case: part of the name they follow, never a speaker of their own.
DEGREE_LETTERS = frozenset({"md", "phd", "dphil", "jd", "dds", "dvm", "rn", "mba", "edd", "psyd", "llm"})
# Prepositions opening what a headline's signed quotation was said of, after a bare name (`"Never again" ―
# Rovers after cup exit`, `― Ann Ruiz on the vote`): not `to`, `for`, `in`, which a name's gloss or a
# subhead goes on with (`― Spanish for "witches"`, `― Links to the best of the week`).
SIGNED_TOPIC_WORDS = frozenset({"on", "about", "over", "after", "amid", "ahead"})
# Words of a photo's credit in brackets closing its caption (`(AP Photo/Tom Vale)`, `(Photo by Lee Park/Getty
# Images)`, `(Reuters)`): the caption's line is web furniture, naming no one a later pronoun stands for.
PHOTO_CREDIT_WORDS = frozenset({"photo", "photos", "photograph", "photographer", "image", "images", "picture",
                                "pictures", "pool", "getty", "reuters", "afp", "epa", "shutterstock", "alamy"})
# Labels of an editor's note opening a line (`Editor's note: This story has been updated ...`): the newsroom
# speaking of its own story, web furniture naming no one a later pronoun stands for (its reports stay: a
# correction may report what someone said).
EDITOR_NOTE_LABELS = ("editor's note", "editors' note", "editors note", "editor note", "editor's notes",
                      "note to readers", "a note to readers", "note from the editor", "publisher's note")
# Lead-in labels of a newsletter or briefing opening a paragraph with their colon (`Why it matters: ...`,
# `What they're saying: ...`, `DRIVING THE DAY: ...`, `Quote du jour: ...`): a rubric of the format, a sentence
# of its own (`quotes.segment`), never a speaker nor words of the quotation after it (its `saying` is no cue).
# Lower case, straight apostrophes.
NEWSLETTER_LABELS = (
    "driving the news", "why it matters", "why this matters", "what they're saying", "what he's saying",
    "what she's saying", "what we're hearing", "what i'm hearing", "what they're not saying", "what they said",
    "what he said", "what she said", "the other side", "between the lines", "yes, but", "flashback", "go deeper",
    "dig deeper", "the big picture", "big picture", "zoom in", "zoom out", "our thought bubble",
    "thought bubble", "reality check", "state of play", "the state of play", "bottom line", "the bottom line",
    "what to watch", "what we're watching", "what's next", "what's ahead", "catch up quick", "the intrigue",
    "be smart", "by the numbers", "the backstory", "the backdrop", "the catch", "the fine print",
    "where it stands", "what we know", "what we don't know", "what to know", "what's happening",
    "the big question", "what's at stake", "the stakes", "the kicker", "the takeaway", "the news", "know more",
    "room for disagreement", "the view from here", "notable", "worth noting", "of note", "for the record",
    "quote du jour", "quote of the day", "driving the day", "spotted", "transitions", "happy birthday",
    "first in playbook", "scoop", "mediawatch", "talk of the town", "playbook reads", "out and about",
    "one fun thing", "one more thing", "threat level", "behind the scenes", "the scene",
    "the response", "the reaction", "reaction", "in their words", "in his words", "in her words", "context",
)
# Newsletter labels that present the quotation after their colon as a quotation (`Quote du jour: "..."`,
# `Quotable: "..."`): someone's words though no one is named (a quote, with no speaker; a signature after it
# names one). Lower case.
QUOTE_LABELS = frozenset({"quote du jour", "quote of the day", "quote of the week", "quote of the night",
                          "quote of the year", "quotes of the day", "quotes of the week", "quotable", "quotables",
                          "quote to note", "overheard", "heard on the hill", "say what", "in quotes"})
# ... and words that open one whose last words are a place's or a party's name (`The View From Berlin:`,
# `The view from the right:`, `Room for disagreement:` aside): a rubric as well.
NEWSLETTER_LABEL_LEADS = ("the view from", "view from", "the take from", "the scene in", "meanwhile in")
# A live blog's furniture, each a line of its own (`Key events`, `Show key events only`, `Live updates`): buttons
# and headings of the page, naming no one a later pronoun stands for (`Show` is no subject).
LIVE_BLOG_LABELS = frozenset({"key events", "show key events only", "show all events", "live updates", "latest updates",
                              "pinned post", "pinned", "live", "refresh", "auto-update", "auto update", "as it happened",
                              "please turn on javascript to use this feature", "live feed", "key points",
                              "load more", "show more", "read more", "new updates", "see all updates"})
# Words that open an embedded post's signature line in place of a dash (`A post shared by Lina Park
# (@linapark) on Dec 5, 2026`): the post's text, right before, is the account holder's.
# Lines of an embedded post's own frame, scraped with its text (`View this post on Instagram`): nobody's words.
EMBED_LABELS = frozenset({"view this post on instagram", "view this post on twitter", "view this post on x",
                          "view this video on tiktok", "view on threads", "watch on youtube", "view on instagram",
                          "view full post", "see more on instagram", "embedded content", "skip instagram post",
                          "skip twitter post", "allow content", "click to expand"})
POST_SIGNATURE_LEADS = ("a post shared by", "a photo posted by", "a video posted by", "a photo shared by",
                        "a video shared by", "posted by")
# Prepositions of the time or occasion of a saying (`said coach after loss`, `said Ruiz during a visit`): what
# follows one after a cue is no part of the speaker after it (not so for place: `one aide involved in the talks`).
OCCASION_PREPOSITIONS = frozenset({"after", "during", "before", "amid", "following", "ahead"})
# ... and what the saying met or defied (`says coach despite loss`, `says mayor amidst row`).
OCCASION_PREPOSITIONS = OCCASION_PREPOSITIONS | {"despite", "amidst"}
# Passive participles that with `by` name who signed or wrote a document (`a letter signed by Ms Ann Lee`, `a memo
# written by Tom Vale`): the one named is its author, a person the text has now mentioned.
SIGNING_FORMS = frozenset({"signed", "co-signed", "countersigned", "written", "penned", "authored", "co-authored"})
WORK_MAKING_FORMS = frozenset({"wrote", "write", "writes", "written", "co-wrote", "penned", "pens", "authored",
                               "co-authored", "published", "directed", "composed", "recorded"})
# Verbs of performing a work (`The choir sang "Amazing Grace"`, `a bugler played "Taps"`, `recited "The Lord's
# Prayer"`): a title-cased quotation right after one, of any length, is the hymn's, song's or prayer's title.
PERFORMING_FORMS = frozenset({"sang", "sing", "sings", "sung", "singing", "hummed", "performed", "played",
                              "recited", "prayed"})
# Nouns of the people a work credits (`the "Harbour Lights" star`, `the "Night Owls" host`).
CREDIT_NOUNS = frozenset({"star", "stars", "host", "hosts", "actor", "actress", "creator", "producer", "director",
                          "writer", "author", "cast", "fans", "co-star", "co-host"})
# Nouns of a made thing that a title-cased name in marks right before one modifies (`its "Deep Research" tool`,
# `sold under the "SnugFit" name`): the thing's name, nobody's words, as a work's title before `star` is.
NAMED_THING_NOUNS = frozenset({"tool", "app", "brand", "name", "label", "feature", "product", "device", "platform",
                               "service", "model", "chatbot", "logo", "trademark", "software", "gadget", "console", "tier"})
# Nouns of `in X's words` / `in her view` / `in the words of X`: whose words or view a sentence gives.
WORDS_NOUNS = ("words", "view", "phrase")
# Nouns of wording borrowed from someone (`To borrow a line from Mark Twain, "..."`, `borrowing a phrase from
# Churchill`): the words quoted are the one they are borrowed from.
BORROWED_WORDING_NOUNS = ("line", "phrase", "quip", "expression", "catchphrase", "slogan")
# Nouns of a view that `in X's view` gives a clause as X's (`In Lee's view, taxes will fall.`, `Taxes will
# fall, in her opinion.`): the owner holds the rest of the sentence, as a speaker says it; so too nouns of one's
# telling of events (`In Lee's telling, the deal nearly collapsed.`, `in her recollection`), a feature's way to
# give a story as its teller's.
VIEW_NOUNS = frozenset({"view", "opinion", "estimation", "reckoning", "telling", "retelling", "recollection"})
# Words in -ed that are no past-tense verb (`"...," she said, indeed`).
NOT_PAST_FORMS = frozenset({"indeed", "need", "speed", "hundred", "proceed", "succeed", "exceed", "sacred", "naked",
                            "wicked", "kindred"})
# Present forms of verbs that tag a quotation in a feature's narrative present as their past forms do
# (`"We were kids," he remembers.`, `"...," she laughs.`) though no cue list holds them: memory and
# manner of speaking, and singing (`"...," she sings on the title track`: a song's words, its singer's).
PRESENT_TAG_FORMS = frozenset({"remembers", "reflects", "recollects", "reminisces", "laughs", "chuckles", "smiles",
                               "grins", "shrugs", "marvels", "sings", "beams", "deadpans", "wonders",
                               "protests"})
# Verbs (lemmas) of a wordless sound of feeling (`wept`, `sobbed`, `screamed`, `cheered`): in an `as` clause with
# no object they tell when the clause they hang from happened (`The verdict was read as his mother wept`, `She
# thanked her fans as they screamed`), never whose words it is (`as the minister warned` is a source).
FEELING_SOUND_VERBS = frozenset({"weep", "sob", "wail", "scream", "shriek", "cry", "sigh", "groan", "chuckle",
                                 "laugh", "snort", "gasp", "cheer", "roar", "howl", "whoop", "boo", "jeer"})
# Past forms of a gesture that makes no sound (`shrugged`, `nodded`): after a question or an exclamation that a
# quote-free sentence naming someone else opens (`Lee leaned forward. "Do you trust him?" Moss shrugged.`), a
# beat of the other party answering with the body, no tag of the words before (`past-tag`).
SILENT_GESTURE_PASTS = frozenset({"shrugged", "nodded", "frowned", "winced", "blinked", "scowled", "grimaced",
                                  "smiled", "grinned"})
# Past forms not in -ed that take up or break into speech, tags of a quotation only right after it
# (`"We were going to--" Vale began.`, `"Stop," Lee cut in.`), with the particle each needs ("" none);
# elsewhere they report nothing (`The talks began`, `The council cut in-house staff`).
TURN_PAST_FORMS: dict[str, str] = {
    "began": "",
    "broke": "in",
    "cut": "in",
    "spoke": "up",
}
# Forms of thinking that tag a quotation of inner speech as the thinker's words, only closing the tag right
# after it, as TURN_PAST_FORMS do (`"They will never find us," he thought.`, `"Not again," she thinks.`):
# elsewhere, with a clause, a belief that no cue list holds (`he thought the plan would fail`).
THOUGHT_TAG_FORMS: dict[str, str] = {"thought": "", "thinks": ""}
# Their present forms, in a feature's narrative present (`"We were young," she begins.`), and those of a
# text's or a speech's opening and close (`"Dearest Anne," the letter begins.`, `"Yours, Tom," the note
# ends.`, `the speech opens`): tags only closing the tag right after the quotation, as the past forms are.
TURN_PRESENT_FORMS: dict[str, str] = {
    "begins": "",
    "opens": "",
    "ends": "",
    "breaks": "in",
    "cuts": "in",
    "speaks": "up",
}
# The preposition after `ask` and its listener that opens the topic of a question put to that one (`The
# moderator asked Lee about the plant.`): the one asked answers next, as for a question reported whole.
QUESTION_TOPIC_PREPOSITIONS = frozenset({"about"})
# Prepositions whose phrase after a listener only names what was told of, never where or when it was told
# (`told the board about a plan that ...`; `about` before a number approximates it: `about 40 people`).
TOPIC_ONLY_PREPOSITIONS = frozenset({"about", "concerning", "regarding"})
# Verbs whose subject `it` stands for the infinitive after them (`it takes a year to confirm a judge`,
# `it cost nothing to ask`): no doer of that infinitive, so no speaker of a cue in it.
EXTRAPOSING_VERBS = frozenset({"take", "cost"})
# Particles after a past-tense tag's verb that make it an answer to the words before (`"We did!" the crowd
# roared back.`, `"No," she called back.`): the verb's own, so the tag still closes its clause.
ANSWER_PARTICLES = frozenset({"back"})
# Words that open a line naming where the quotation after its colon comes from, with no verb
# (`From the report:`, `More from Jane Doe:`, `Here's Ruiz in 2004:`), and the words that may come first.
SOURCE_LEADS = ("from", "here's", "here’s", "here is", "here are")
SOURCE_LEAD_OPENERS = frozenset({"more", "and", "also", "again", "much"})

# Nouns of research that reports what it found (`The study found that ...`, `Researchers found ...`), and
# the forms of `find` that report it: a finding is the study's report, whoever did the work.
RESEARCH_NOUNS = frozenset({"study", "studies", "survey", "surveys", "poll", "polls", "report", "review",
                            "analysis", "research", "researchers", "scientists", "authors", "investigation",
                            "investigators", "audit", "inquiry", "trial", "paper",
                            "team", "teams"})  # `The team found that the drug cut stays`: a research team's finding
FINDING_FORMS = frozenset({"find", "finds", "found"})
# Nouns of a piece of writing, research or reckoning whose `by` phrase right after it names its author (`citing a
# report by analysts`, `disputed a study by the central bank`), not how or by when it was said (`by phone`, `by Friday`).
AUTHORED_BY_NOUNS = frozenset({"report", "reports", "study", "studies", "survey", "surveys", "poll", "polls",
                               "review", "analysis", "research", "paper", "papers", "audit", "article", "articles",
                               "column", "essay", "book", "statement", "letter", "memo", "estimate", "estimates",
                               "forecast", "forecasts", "assessment", "findings", "testimony"})
# Nouns that take a `to`-infinitive of their own (`the chance to vote`, `the means to pay`, `the right to
# appeal`): one right before `to` leaves the infinitive to the noun, not to a verb before it.
INFINITIVE_NOUNS = frozenset({"chance", "chances", "opportunity", "opportunities", "right", "rights", "means",
                              "ability", "time", "money", "way", "ways", "power", "permission", "courage",
                              "need", "plan", "plans", "decision", "effort", "efforts", "attempt", "desire",
                              "reason", "freedom", "authority", "duty", "obligation", "option", "options",
                              "resources", "funds", "strength", "nerve", "incentive", "license", "licence"})
# Past participles that, after `the`, name a person in court and coroners' reporting (`the accused told
# police ...`, `the deceased told friends ...`): a noun, whatever the tagger made them.
PARTICIPLE_NOUNS = frozenset({"accused", "deceased", "bereaved", "condemned",
                              "injured", "wounded"})
# Bodies and officers that rule on what happened and state it (`The coroner found the death was
# preventable`, `The tribunal found that ...`, `Justice Vale found ...`): with a clause after it, what they
# found is their finding, reported as research's is.
FINDING_BODIES = frozenset({"coroner", "coroners", "court", "courts", "judge", "judges", "justice", "magistrate",
                            "tribunal", "commission", "inquest", "jury", "ombudsman", "watchdog", "regulator",
                            "auditor-general", "panel", "committee", "commissioner", "commissioners"})
# A court's or regulator's papers find as the body that issues them does (`The ruling found that the law was
# unconstitutional`, `The consent order found the bank had misled customers`, `the decision, which found ...`).
FINDING_BODIES = FINDING_BODIES | frozenset({"ruling", "rulings", "decision", "decisions", "opinion", "order",
                                             "orders", "verdict", "judgment", "judgement"})
# Nouns of records and counts that report what they show (`Court records show that ...`, `..., official data
# showed.`), besides research, and the forms of `show` that report it: the records speak, as research does.
EVIDENCE_NOUNS = RESEARCH_NOUNS | frozenset({"data", "figures", "records", "statistics", "numbers", "results",
                                             "filings", "polling", "documents", "tallies", "estimates"})
# A meeting's or a hearing's record (`Minutes of the March meeting show that ...`, `Call logs show ...`): records.
EVIDENCE_NOUNS = EVIDENCE_NOUNS | frozenset({"minutes", "transcripts", "logs"})
# Papers and recordings obtained or reviewed as evidence (`Emails obtained by the Ledger show that ...`, `Text
# messages reviewed by the paper show ...`, `The filing shows that ...`, `Invoices show the firm billed ...`).
EVIDENCE_NOUNS = EVIDENCE_NOUNS | frozenset({"emails", "e-mails", "email", "messages", "texts", "filing", "document",
                                             "memo", "memos", "letter", "letters", "correspondence", "invoices",
                                             "receipts", "calendars", "contracts", "recordings"})
# A newsroom's or a market's own counts (`..., Reuters calculations show.`, `a Reuters tally showed`): records.
EVIDENCE_NOUNS = EVIDENCE_NOUNS | frozenset({"calculations", "tally"})
# Filed reports, disclosures and returns, and the sheets that keep accounts (`Campaign finance reports show ...`,
# `Tax returns released by the campaign show ...`, `A spreadsheet obtained by the Ledger shows ...`): records.
EVIDENCE_NOUNS = EVIDENCE_NOUNS | frozenset({"reports", "disclosures", "returns", "spreadsheet", "spreadsheets",
                                             "ledgers", "audits"})
# Nouns of a batch or a number of papers before `of` and a noun of records (`A trove of documents shows that ...`,
# `The next batch of emails shows ...`, `Hundreds of pages of records show ...`): the batch speaks as its records do.
RECORD_BATCH_NOUNS = frozenset({"batch", "batches", "trove", "troves", "cache", "caches", "series", "set", "sets",
                                "collection", "tranche", "stack", "pile", "bundle", "reams", "pages", "dozens",
                                "hundreds", "thousands"})
SHOWING_FORMS = frozenset({"show", "shows", "showed", "shown"})
# Papers of courts and police that speak as a subject (`An affidavit states that ...`, `The indictment alleges
# ...`, `The report says ...`): with research, records and texts that speak, the nouns before which a
# cue's `-s` form is the paper's verb (`name-then-verb`), however the tagger took it.
SPEAKING_PAPERS = SPEAKING_TEXTS | AUTHORED_TEXTS | EVIDENCE_NOUNS | frozenset({
    "affidavit", "affidavits", "indictment", "indictments", "complaint", "complaints", "warrant", "warrants",
    "motion", "motions", "citation", "summons", "petition", "transcript", "release", "bulletin", "page", "website",
})
# `-ing` words that name a kind of court or police paper (`charging documents`, `sentencing memo`, `booking
# records`): within the paper's name, never a verb of its own (`closing-form`).
PAPER_MODIFIERS = frozenset({"charging", "sentencing", "booking", "licensing", "polling", "planning", "hearing"})
# Verbs by which a paper or an outlet reports (`..., the affidavit states.`, `..., the Ledger reports.`), besides
# the verbs of saying: set off after a paper, a speaker or a name only (`set-off-form`).
PAPER_VERBS = frozenset({"state", "report", "allege", "show"})
# Bodies that hear evidence (`The jury heard that ...`, `..., a court has heard.`), and the forms of `hear`
# that report it: what they heard was said to them by someone the sentence does not name.
HEARING_BODIES = frozenset({"court", "jury", "jurors", "tribunal", "inquest", "inquiry", "hearing", "magistrates",
                            "panel", "committee"})
# A meeting, a council or a house of parliament hears what is put to it the same way (`The meeting heard that
# ...`, `Councillors heard the roof was unsafe`, `MPs heard that ...`, `The Dáil heard that ...`).
HEARING_BODIES = HEARING_BODIES | frozenset({"meeting", "council", "councillors", "cabinet", "commons", "mps",
                                             "tds", "msps", "dáil", "senate", "seanad", "assembly"})
HEARING_FORMS = frozenset({"heard"})
# The forms of `understand` and `learn` with which a newsroom reports what its reporting found out
# (`..., the BBC understands.`, `CNN has learned that ...`): a report only as a closing tag or after an
# outlet (`He understands that people are angry` is what he grasps, not what he says).
LEARNED_FORMS = frozenset({"understands", "understand", "learned", "learnt"})
# Words that name a news outlet (`The Times`, `the Post`, `Sky News`, `POLITICO`, `the paper`): capitalised
# in a name, or a common noun for one (`the newspaper`, `this paper`).
NEWS_OUTLET_WORDS = frozenset({"bbc", "cnn", "nbc", "abc", "cbs", "msnbc", "npr", "pbs", "itv", "sky", "fox", "politico",
                               "axios", "reuters", "bloomberg", "ap", "afp", "times", "post", "journal", "guardian",
                               "telegraph", "independent", "observer", "mail", "mirror", "sun", "express", "herald",
                               "tribune", "gazette", "standard", "economist", "news", "buzzfeed", "newsweek", "vox",
                               "huffpost", "globe", "chronicle", "inquirer", "examiner", "register", "star"})
# Lower-case words that close an outlet's or programme's name after its capitalised words (`told the BBC's
# Today programme`, `told the PA news agency`): still the one told.
PROGRAMME_NOUNS = frozenset({"programme", "program", "show", "podcast", "bulletin", "news", "agency"})
# Lower-case nouns that close the name of a hearing or a committee after its house's capitalised name (`told
# Senate estimates the ...`, `told a Senate hearing the ...`, `told the House subcommittee the ...`): the one told.
HEARING_NAME_NOUNS = frozenset({"estimates", "hearing", "hearings", "committee", "subcommittee", "inquiry", "panel"})
# The broadcasts someone is asked or speaks on (`Asked about the tax on a radio show, ...`, `asked on a
# podcast whether ...`): an occasion of speaking, where the question was put, not part of what it was about.
BROADCAST_OCCASIONS = frozenset({"show", "shows", "programme", "program", "podcast", "broadcast", "bulletin"})
# The occasions of speaking whose phrase closing a clause reported after its cue is the cue's (`said the plan was
# dead in an interview with the Ledger`, `told reporters the deal was off at a news conference in Paris`): the
# words were said in them, so they are never where the clause's own deed took place (not a place, a text or a
# video something may be named or seen in: `was named in a lawsuit`, `appeared in a video`).  Two-word entries
# are a noun with the word before it (`conference` alone is a meeting: `met at a conference`).
SAYING_OCCASIONS = frozenset({"statement", "interview", "briefing", "speech", "testimony", "tweet", "news conference",
                              "press conference", "op-ed"})
# The prepositions such an occasion's phrase opens with (`in a statement`, `at a news conference`, `during a
# briefing`).
SAYING_OCCASION_PREPOSITIONS = MEDIUM_PREPOSITIONS | {"at", "during"}
# Verbs (lemmas and irregular forms) not among the cues that do their deed at such an occasion (`said he would speak at a news
# conference`, `said she would appear in an interview`, `said the issue was raised at a briefing`): a reported
# clause holding one may own the occasion's phrase, as a clause holding a cue verb may.
OCCASION_TAKING_VERBS = frozenset({"speak", "talk", "appear", "address", "answer", "respond", "reply", "present",
                                   "unveil", "discuss", "raise", "mention", "ask", "misquote", "quote", "lie",
                                   "misspeak", "misrepresent", "exaggerate", "err", "spoke", "spoken", "misspoke",
                                   "misspoken"})  # (the irregular forms too: a tagger may give them as lemmas)
# Platforms a post goes out on, named after `on` (`wrote on X that ...`, `posted on Telegram that ...`, `said on
# Facebook the vote was rigged`): where the words were written, never what they were about (`wrote on the economy`);
# capitalised, as names are (`on x-rays` is none).
POSTING_PLATFORMS = frozenset({"x", "twitter", "facebook", "instagram", "telegram", "tiktok", "threads", "bluesky",
                               "linkedin", "youtube", "weibo", "wechat", "whatsapp", "mastodon", "substack", "vk",
                               "vkontakte", "snapchat", "reddit", "truth social"})
# ... and the nouns of a place on one that a post goes on (`wrote on his blog that ...`, `on its website`, `on her
# Facebook page`, `on social media`, `on the official Telegram channel`).
POSTING_PLACES = frozenset({"blog", "website", "site", "account", "page", "feed", "channel", "timeline",
                            "social media", "social network"})
OUTLET_NOUNS = frozenset({"paper", "newspaper", "network", "broadcaster", "website", "magazine", "programme", "program",
                          "outlet", "station", "channel"})
# Lower-case nouns that close an outlet's name after its capitalised words, the kind of medium it is (`told O Globo
# newspaper that ...`, `told Folha daily the ...`, `told Kyiv Post radio`): still the one told.
OUTLET_NAME_NOUNS = OUTLET_NOUNS | frozenset({"daily", "weekly", "tabloid", "radio", "television", "tv"})
# Cues that warn of a thing on a condition, with the preposition before that thing ("" for a bare object):
# `warned of strikes if ...` (a bare object, `warned voters`, is the one warned), `threatened legal action unless ...`.
CONDITIONAL_WARNINGS: dict[str, str] = {"warn": "of", "threaten": ""}
# Possessive pronouns that may name an owner who speaks (`Her response: "..."`), with (number, gender).
POSSESSIVE_PRONOUNS: dict[str, tuple[str, str | None]] = {
    "his": ("sing", "masc"), "her": ("sing", "fem"), "their": ("plur", None), "its": ("sing", "neut"),
}
# Personal pronouns a speaker may be, with (number, gender): None where it is not known.
PRONOUNS: dict[str, tuple[str, str | None]] = {
    "he": ("sing", "masc"), "him": ("sing", "masc"),
    "she": ("sing", "fem"), "her": ("sing", "fem"),
    "they": ("plur", None), "them": ("plur", None),
    "it": ("sing", "neut"),
    "i": ("sing", None), "we": ("plur", None), "you": ("sing", None),
}

# Words in a mention that tell its gender (titles and common role nouns).
GENDERED: dict[str, str] = {
    "mr": "masc", "mr.": "masc", "he": "masc", "man": "masc", "spokesman": "masc", "father": "masc",
    "son": "masc", "brother": "masc", "husband": "masc", "king": "masc", "boy": "masc", "chairman": "masc",
    "congressman": "masc", "businessman": "masc", "sir": "masc", "uncle": "masc", "grandfather": "masc",
    "mrs": "fem", "mrs.": "fem", "ms": "fem", "ms.": "fem", "she": "fem", "woman": "fem",
    "spokeswoman": "fem", "mother": "fem", "daughter": "fem", "sister": "fem", "wife": "fem",
    "queen": "fem", "girl": "fem", "chairwoman": "fem", "congresswoman": "fem", "businesswoman": "fem",
    "madam": "fem", "aunt": "fem", "grandmother": "fem",
    # kin an obituary quotes (`his widow`, `her nephew`)
    "widow": "fem", "widower": "masc", "nephew": "masc", "niece": "fem", "grandson": "masc",
    "granddaughter": "fem", "stepson": "masc", "stepdaughter": "fem", "stepfather": "masc", "stepmother": "fem",
    # honorifics of other English-language presses (`Shri Anil Rao`, `Smt. Lata Devi`, `Alhaji Musa Bello`,
    # `Hajiya Aisha Sani`, `Mdm Tan`)
    "shri": "masc", "shri.": "masc", "alhaji": "masc", "mallam": "masc",
    "smt": "fem", "smt.": "fem", "shrimati": "fem", "alhaja": "fem", "hajiya": "fem", "begum": "fem",
    "mdm": "fem", "mdm.": "fem",
    # Malay, Indonesian and Filipino forms of address before a name (`Encik Rosli Ahmad`, `Puan Siti Aminah`,
    # `Datin Mary Ong`, `Pak Budi`, `Ibu Sri`, `Aling Nena`, `Mang Tonyo`)
    "encik": "masc", "puan": "fem", "datin": "fem", "pak": "masc", "bapak": "masc", "ibu": "fem",
    "aling": "fem", "mang": "masc",
    "frenchman": "masc", "dutchman": "masc", "englishman": "masc", "irishman": "masc", "welshman": "masc",
    "scotsman": "masc", "frenchwoman": "fem", "dutchwoman": "fem", "englishwoman": "fem", "irishwoman": "fem",
    "welshwoman": "fem", "scotswoman": "fem", "filipina": "fem",
}


# American news style gives a legislator's party and state after the name: `Sen. Jo Hart, D-N.Y.,`,
# `Rep. Al Roe (R-Texas)`: the party's initial, a hyphen, the state's name or abbreviation.
PARTY_INITIALS = frozenset({"D", "R", "I"})
# British news style gives a councillor's or MP's party in brackets after the name, abbreviated: `Cllr Ann Lee
# (Lab)`, `Tom Vale (Con)`: read only in brackets right after a name, as exactly written.
BRACKET_PARTY_LABELS = frozenset({"Lab", "Con", "LD", "SNP", "Ind", "Green", "DUP", "UUP", "SDLP", "Plaid", "Reform",
                                  "Alliance"})
# Singapore's papers give an MP's party or seat in brackets after the name (`Mr Leong Mun Wai (PSP)`, `Ms He Ting Ru
# (Sengkang GRC)`): the parties' initials, and the last word of a seat's name (a group or single-member constituency).
BRACKET_PARTY_LABELS = BRACKET_PARTY_LABELS | frozenset({"PAP", "WP", "PSP", "SDP"})
# Ireland's parties in brackets (`Deputy Jo Ryan (FG)`, `Cllr Ann Daly (SF)`), and Britain's Liberal Democrats in
# two words (`Cllr Tom Hale (Lib Dem)`: the words of a label of more than one).
BRACKET_PARTY_LABELS = BRACKET_PARTY_LABELS | frozenset({"FF", "FG", "SF", "SD", "PBP"})
BRACKET_PARTY_PHRASES = frozenset({("Lib", "Dem"), ("Lib", "Dems")})
CONSTITUENCY_WORDS = frozenset({"GRC", "SMC"})


def party_label(word: str) -> bool:
    """Whether a word is a party-and-state label (its abbreviation's last period may be a token of its own).

    >>> party_label("D-N.Y."), party_label("R-Texas"), party_label("I-Vt"), party_label("I-95"), party_label("T-Mobile")
    (True, True, True, False, False)
    """
    return len(word) > 2 and word[0] in PARTY_INITIALS and word[1] == "-" and word[2].isupper() \
        and all(c.isalpha() or c == "." for c in word[2:])

@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """{given name: gender} from `data/first_names.tsv`, lower-cased."""
    table: dict[str, str] = {}
    text = resources.files("quotes").joinpath("data/first_names.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            table[name.strip().lower()] = gender.strip()
    return table


def given_name(word: str) -> str | None:
    """The gender a given name marks (`first_names`), its accents kept or dropped: a name is the same name in
    copy that types it bare (`Tomás`, `Lucía`, `Inés` are `tomas`, `lucia`, `ines`); None for no given name.

    >>> given_name("Tomás"), given_name("Lucía"), given_name("Lucia"), given_name("Delgado")
    ('masc', 'fem', 'fem', None)
    """
    names, low = first_names(), word.lower()
    return names.get(low) or names.get(unaccented(low))


def _thing_head_end(words: Sequence[str]) -> int:
    """How many of a mention's words speak of its head: those before a preposition right after a noun in lower
    case for no person (`the government of President Petro Lenko`, `a study by a sociologist, Ivan Petrov`:
    the name after it is another's, so its given name tells nothing of the head's gender); all of them where
    the noun is one for a person (a title or role, `ROLE_WORDS`: `the head of the agency, Tom Vale`; a noun
    of one who does something, `AGENT_ENDINGS`: `the director of the museum, Tom Vale`; `PARTISANS`, `MORE_PERSONS`).

    >>> _thing_head_end(["the", "government", "of", "President", "Petro", "Lenko"])
    2
    >>> _thing_head_end(["the", "head", "of", "the", "agency,", "Tom", "Vale"])
    7
    """
    for i in range(1, len(words)):
        noun = words[i - 1].rstrip(",").lower()
        if words[i] in PREPOSITIONS and words[i - 1][:1].islower() and not (
                noun in ROLE_WORDS or noun in PARTISANS or noun in MORE_PERSONS
                or len(noun) > _SHORTEST_AGENT and noun.endswith(AGENT_ENDINGS) and noun not in NOT_AGENTS):
            return i
    return len(words)


_SHORTEST_AGENT = 4  # the most letters of a word with an agent's ending that is no agent (`over`, `door`)


def gender_of(words: Sequence[str]) -> str | None:
    """The gender a mention's words give: a gendered word (`spokeswoman`, `Mr.`, `her`) or else a given
    name capitalised before another capitalised word that is no title (`Bill Clinton`; not `the bill`, nor
    `Clinton`, nor the place `Virginia` of `Virginia Gov. Ed Roe`).

    >>> gender_of(["Senator", "Maria", "Lopez"]), gender_of(["the", "bill's", "sponsor"]), gender_of(["Mr.", "Lee"])
    ('fem', None, 'masc')
    >>> gender_of(["Virginia", "Gov.", "Tom", "Roe"])  # a given name is never followed by a title
    'masc'
    >>> gender_of(["Ms", "Bell's", "husband,", "Peter"]), gender_of(["Mr.", "Lee's", "lawyer"])  # the owner's is not
    ('masc', None)
    """
    owned = max((i + 1 for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s", "s'", "s’")) or w == "s"),
                default=0)  # (`s` alone: the possessive's, split off its owner at the apostrophe)
    words = words[owned:]  # `Ms Bell's husband, Peter`: an owner's gender is not the mention's (`husband`)
    found = next((GENDERED[w.lower().rstrip(",")] for w in words if w.lower().rstrip(",") in GENDERED), None)
    if found is not None:
        return found
    words = words[:_thing_head_end(words)]  # `the government of President Petro Lenko`: not Petro's
    return next((gender for w, nxt in zip(words, words[1:])
                 if w[:1].isupper() and nxt[:1].isupper() and (gender := given_name(w)) is not None
                 and nxt.lower().rstrip(".") not in ROLE_WORDS), None)  # `Virginia Gov. Terry McAuliffe`: a place


@lru_cache(maxsize=1)
def _cue_table() -> dict[str, str]:
    """{form: lemma} from `data/cues.tsv`."""
    table: dict[str, str] = {}
    text = resources.files("quotes").joinpath("data/cues.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, _, forms = line.partition("\t")
        lemma = lemma.strip().lower()
        for form in forms.split() + [lemma]:
            table[form.lower()] = lemma
    table.update(QUESTIONING_FORMS)
    return table


@lru_cache(maxsize=1)
def cue_forms() -> frozenset[str]:
    """Every inflected form of every cue verb, lower-cased."""
    return frozenset(_cue_table())


@lru_cache(maxsize=1)
def cue_lemmas() -> frozenset[str]:
    """The cue verbs' lemmas."""
    return frozenset(_cue_table().values())


def cue_lemma(form: str) -> str | None:
    """The cue verb whose form `form` is (`Warns` -> `warn`, whatever the tagger made of a title-case word),
    else None."""
    return _cue_table().get(form.lower())


@lru_cache(maxsize=1)
def that_only_forms() -> frozenset[str]:
    """The forms of the cue verbs that report only with a `that` clause (`THAT_ONLY_CUES`: `held`, `ruled`,
    `submitted`)."""
    return frozenset(form for form, lemma in _cue_table().items() if lemma in THAT_ONLY_CUES)


# Lower-case words that open a surname (`van der Merwe`, `du Plessis`, `de Klerk`, `de Blasio`): Afrikaans,
# Dutch, French, Italian and Spanish names keep them after a title (`Mr van der Merwe`), and capitalise
# them only to open a sentence (`Du Plessis said ...`).
SURNAME_PARTICLES = frozenset({"van", "der", "den", "de", "du", "von", "da", "di", "del", "della", "le", "la",
                               "dos", "das"})
# Filipino surnames open with Spanish particles run together or apart (`Tomas dela Cruz`, `Ana delos Santos`, `Jo de
# los Reyes`): `Dela Cruz said` is the `dela Cruz` named before.
SURNAME_PARTICLES = SURNAME_PARTICLES | frozenset({"dela", "delos", "los"})
# Offices that Australian, New Zealand, Canadian and British papers capitalise after `the` when they stand
# for the holder named earlier (`Prime Minister Anthony Albanese ...` then `the Prime Minister said`, `the
# Premier`, `the Opposition Leader`), and the further words such a title may hold: a person, never a body
# (`the Senate`, `the House`, `the White House`).
CAPITALISED_OFFICES = frozenset({"premier", "minister", "treasurer", "leader", "attorney-general", "coroner",
                                 "judge", "magistrate", "president", "chancellor", "commissioner", "governor",
                                 "mayor", "speaker", "senator", "secretary", "governor-general",
                                 # African and Asian papers capitalise the heads of agencies and courts too (`the
                                 # Director-General of the agency`, `the Chief Justice`, `the Inspector-General`)
                                 "director", "director-general", "inspector-general", "chairman", "chairperson",
                                 "registrar", "vice-chancellor", "justice"})
CAPITALISED_OFFICE_WORDS = CAPITALISED_OFFICES | frozenset({"opposition", "prime", "deputy", "chief", "state",
                                                            "federal", "foreign", "finance", "health", "police"})
# ... and a shadow minister's (`the Shadow Treasurer`, `the Shadow Attorney-General`).
CAPITALISED_OFFICE_WORDS = CAPITALISED_OFFICE_WORDS | frozenset({"shadow"})
# ... and the offices South Asian papers capitalise (`the Home Minister`, `the Union Minister`, `the District
# Collector`, `the Superintendent`); British ones print `the Home Secretary`, `the Defence Secretary` so too.
CAPITALISED_OFFICES = CAPITALISED_OFFICES | frozenset({"collector", "superintendent"})
# ... and Ireland's heads of government, always capitalised (`The Taoiseach, Micheál Martin,`, `the Tánaiste`).
CAPITALISED_OFFICES = CAPITALISED_OFFICES | frozenset({"taoiseach", "tánaiste", "tanaiste"})
# ... and a member of a parliament by the initials of the house, never in lower case (`The MP for Bass, Ann Ruiz,`,
# `The MLA for Belfast South`, `an MPP`, `a TD`, `MSP`, `MHA`, `MHK`).
CAPITALISED_OFFICES = CAPITALISED_OFFICES | frozenset({"mp", "mla", "mpp", "td", "msp", "mha", "mhk", "mna"})
# ... and a monarch's office, which one person holds for life (`the Amir of Qatar`, `the Sultan`, `the King`).
CAPITALISED_OFFICES = CAPITALISED_OFFICES | frozenset({"amir", "emir", "sultan", "king", "queen", "emperor"})
CAPITALISED_OFFICE_WORDS = CAPITALISED_OFFICE_WORDS | CAPITALISED_OFFICES | frozenset({
    "home", "defence", "defense", "interior", "union", "district", "education", "railways", "external"})
# Speaker entities (`quotes/entities.py`): the words that tell who a speaker mention is.
# Honorifics: they tell a person's gender, not their role (`Mr. Lee`, `Ms. Lee`).
# Honorifics written short before a name, with or without a period (`Mrs. Vale`, `Dr Ruiz`), and office titles
# written short with a period (`Sen. Ruiz`, `Gov. Park`): the patterns that find a name in running text (one
# addressed, one closing a sentence, one opening it) spell them from here.
SHORT_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr")
SHORT_OFFICE_TITLES = ("Sen", "Rep", "Gov", "Gen")
# Forms of address written in capitals before a title or a name (`HE Dr Ali Saad`: His or Her Excellency;
# `HH Sheikh Omar`: His Highness; `HRH Prince Ali`): a word of the name, never the pronoun `he` in capitals.
STYLE_PREFIXES = frozenset({"HE", "HH", "HRH"})
# Styles of address that stand alone for the one who bears them (`"...," His Highness said.` after `His Highness
# Sheikh Mansour bin Zayed Al Nahyan`; `His Majesty`, `Her Excellency`): the latest one named with the style.
BORNE_STYLES = frozenset({"his highness", "her highness", "his royal highness", "her royal highness", "his majesty",
                          "her majesty", "his excellency", "her excellency", "his holiness"})
HONORIFICS: dict[str, str | None] = {
    "mr": "masc", "mrs": "fem", "ms": "fem", "miss": "fem", "mx": None, "dr": None, "sir": "masc", "dame": "fem",
    "shri": "masc", "smt": "fem", "shrimati": "fem", "alhaji": "masc", "alhaja": "fem", "hajiya": "fem",
    "comrade": None,  # a labour or party member's form of address in African papers: `Comrade Joe Ajaero`
    "mdm": "fem",  # `Shri Anil Rao`, `Smt. Lata Devi`, `Alhaji Musa Bello`, `Hajiya Aisha Sani`, `Mdm Tan`
    # Singapore's `Madam Tan` (a woman who keeps her own surname); Malaysian and Indonesian forms of address
    # and titles (`Encik`, `Cik`, `Puan`; `Datuk`, `Dato`, `Datin`, `Tun` conferred; `Pak`, `Ibu`) and Filipino
    # ones (`Aling Nena`, `Mang Tonyo`): `Madam Lim` after `Madam Lim Siew Hoon`, `Datuk Zaki` after
    # `Datuk Seri Ahmad Zaki`
    "madam": "fem", "encik": "masc", "cik": None, "puan": "fem", "datuk": None, "dato": None, "datin": "fem",
    "tun": None, "pak": "masc", "bapak": "masc", "ibu": "fem", "aling": "fem", "mang": "masc",
}
# Offices named by a noun and a postpositive `general` (`the inspector general`, `a report by the attorney
# general`): after one of these nouns, `general` is the office's own noun, whatever the tagger made it.
GENERAL_OFFICES = frozenset({"attorney", "inspector", "surgeon", "solicitor", "comptroller", "auditor",
                             "secretary", "postmaster", "advocate", "procurator", "accountant", "consul"})
# Words of a title or office before a name (`US Secretary of State John Kerry`, `Sen. Bernie
# Sanders`): they belong to the role, never to the name.
ROLE_WORDS = frozenset({
    "president", "vice", "secretary", "minister", "prime", "foreign", "defense", "defence", "interior",
    "state", "affairs", "senator", "sen", "representative", "rep", "congressman", "congresswoman",
    "governor", "gov", "mayor", "judge", "justice", "chief", "general", "gen", "admiral", "adm", "colonel",
    "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "major", "commissioner", "chairman",
    "chairwoman", "chair", "director", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
    "speaker", "leader", "king", "queen", "prince", "princess", "pope", "bishop", "rev", "reverend", "prof",
    "professor", "attorney", "candidate", "nominee", "ceo", "chancellor", "premier", "sheriff", "officer",
    "agent", "deputy", "assistant", "acting", "former", "senior", "top", "house", "senate", "democratic",
    "republican", "gop", "treasury", "homeland", "security", "health", "labor", "commerce", "energy",
    "education", "hon", "pres", "supt", "cmdr", "maj", "lawmaker", "executive", "founder", "co-founder",
    "democrat", "independent", "libertarian", "retired", "incumbent", "outgoing", "interim",
    "manager", "strategist", "adviser", "advisor", "aide", "analyst", "economist", "lawyer", "pollster", "host",
    "anchor", "correspondent", "editor", "reporter", "owner", "member", "head", "coordinator", "organizer",
    "consultant", "counsel", "operative", "official", "chairperson", "superintendent", "commander", "principal",
    "delegate", "ally", "ranking", "boss", "coach",  # `Ohio delegate Tom Baker`, `party ally Ann Ruiz`, `ranking member Jo Ray`
    "mp", "mep", "cfo",  # `Local MP Jo Ray`, `the MP`: an office's initials
    # British and Irish offices and ranks (`the Taoiseach`, `Cllr Ann Ruiz`, `Det Insp Jo Ray`, `the coroner`)
    "taoiseach", "tánaiste", "tanaiste", "councillor", "cllr", "det", "detective", "insp", "inspector", "constable",
    "coroner", "solicitor", "barrister", "headteacher", "headmaster", "headmistress", "ombudsman",
    # Philippine abbreviations of secretaries' ranks (`Agriculture Sec. Jo Cruz`, `Usec. Ana Reyes`, `Asec.`)
    "sec", "usec", "asec", "undersecretary",
    "cpl", "corporal", "const", "brig", "brigadier", "cdr", "pvt",  # `Cpl. Jo Vale`, `Brig. Gen.`
})
# Capitalised words that open a job title set off by a comma after a person's name, as press releases print
# them with no `a` or `the` (`said Jane Doe, Chief Executive Officer`, `Tom Vale, Partner at Vale Ventures`):
# the offices of ROLE_WORDS and a company's ranks and roles besides.
SET_OFF_TITLES = frozenset({
    "president", "vice", "chief", "founder", "co-founder", "ceo", "cfo", "cto", "coo", "cmo", "cio", "cso", "cpo",
    "co-ceo", "director", "chairman", "chairwoman", "chair", "co-chair", "chairperson", "partner", "head", "manager",
    "executive", "principal", "senior", "managing", "general", "vp", "svp", "evp", "gm", "owner", "professor",
    "fellow", "scientist", "engineer", "researcher", "analyst", "editor", "treasurer", "lead", "global", "group",
    "associate", "assistant", "deputy", "interim", "acting",
    # a government's offices as Commonwealth papers set them off after a minister's name (`Ms Ann Sim, Senior
    # Minister of State for Foreign Affairs,`, `Tom Vale, Minister for Culture,`, `Jo Hart, Permanent Secretary`)
    "minister", "secretary", "permanent", "parliamentary", "prime",
    # ... and a legislator's or a federal minister's in South Asian papers (`Ram Lal, MLA from Sirsa,`, `Sunita Devi,
    # Union Minister for Women and Child Development,`, `Ali Khan, MNA,`: members of state and national assemblies)
    "union", "federal", "provincial", "mla", "mp", "mlc", "mna", "mpa",
    # ... and the heads of a central bank, a state or a district (`Ravi Das, Governor of the Reserve Bank of India`,
    # `Anil Rao, Commissioner of Police`, `Jo Ade, Superintendent of Police`, `Ann Lal, Collector of Pune`)
    "governor", "commissioner", "superintendent", "collector",
})
# Capitalised words that go on such a title after its first (`Chief Executive Officer`, `Vice President of
# Global Sales`, `Chief Medical Officer`): the office's field and its last word.
SET_OFF_TITLE_WORDS = SET_OFF_TITLES | frozenset({
    "officer", "executive", "financial", "operating", "technology", "technical", "marketing", "product",
    "information", "medical", "scientific", "commercial", "revenue", "people", "data", "global", "sales",
    "operations", "and", "&",
    "minister", "secretary", "state", "prime", "parliamentary",  # `Senior Minister of State`, `Deputy Prime Minister`
})
# Words of a title that qualify its office, never head it alone (`Foreign Minister`, `former president`,
# `the state`): no noun for a person.
TITLE_MODIFIERS = frozenset({
    "acting", "affairs", "commerce", "defence", "defense", "democratic", "education", "energy", "foreign",
    "former", "gop", "health", "homeland", "house", "incumbent", "independent", "interim", "interior", "labor",
    "outgoing", "prime", "ranking", "retired", "security", "senate", "senior", "state", "top", "treasury", "vice",
    "republican", "libertarian",
})
# Words for when one holds a post (`Former`, `Acting`, `Outgoing`): they modify a post, so before a name that is no
# title (`Former Trump campaign manager Corey Lewandowski`) the name modifies the post after it, and is no part of them.
TENURE_MODIFIERS = frozenset({"former", "acting", "interim", "outgoing", "incoming", "incumbent", "retired", "ex"})
# ... those of them for a post held no more: `the mayor` is never `Former Mayor Tom Lee`, where the post is now another's.
FORMER_MODIFIERS = frozenset({"former", "retired", "ex"})
# Words that tell a person has died (`the late pianist`, `the late Tom Vale`): they tell nothing of who the person
# was, so a description holding one names whom the same description without it would (`Tom Vale, the jazz pianist`).
DECEASED_MODIFIERS = frozenset({"late"})
# Words a second mention adds to tell what the reader should think of one named before (`the veteran coach` after
# `Coach Dana Reyes`, `the embattled mayor`): they pick out no new kind of person, so a description holding one
# names whom it would without it.
APPRAISING_MODIFIERS = frozenset({"veteran", "longtime", "long-time", "long-serving", "embattled", "beleaguered",
                                  "outspoken", "seasoned", "combative", "influential", "powerful", "popular",
                                  "controversial", "besieged", "defiant", "maverick"})
# Nouns naming a person by whom they stand to (`her rival`, `the mayor's challenger`): no role nor
# speaker noun, yet a person.
# Nouns for kin and partners that an `of` phrase of how long can follow (`her husband of 50 years, Tom,
# said`, `his partner of two decades`): the phrase tells how long the tie has lasted, part of the description.
KIN_NOUNS = frozenset({"husband", "wife", "widow", "widower", "partner", "companion", "spouse", "fiancé",
                       "fiancée", "friend", "colleague", "neighbour", "neighbor", "girlfriend", "boyfriend"})
# Nouns for kin by blood or marriage (`his son`, `her sister`, `his widow`): with an owner's pronoun of their own
# gender before them (`his brother`, `her daughter`), that pronoun is someone else of that gender.
FAMILY_NOUNS = frozenset({"son", "daughter", "brother", "sister", "father", "mother", "grandson", "granddaughter",
                          "grandfather", "grandmother", "nephew", "niece", "uncle", "aunt", "stepson", "stepdaughter",
                          "stepfather", "stepmother", "husband", "wife", "widow", "widower"})
# Nouns for a parent that a count of children after `of` (`CHILD_COUNTS`, or digits) makes a description of one
# person by family alone (`said the father of three`, `the mother of two`): it tells only the person's gender.
PARENT_NOUNS = frozenset({"father", "mother", "grandfather", "grandmother", "dad", "mum", "mom"})
CHILD_COUNTS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve"})
# Nouns of a length of time that such a phrase counts (`of 50 years`, `of three decades`).
TENURE_NOUNS = frozenset({"years", "decades", "months", "weeks"})
# Nouns of a phrase that says on whose part one acts (`read a statement on her behalf`, `in his name`): a
# phrase of the verb's, never a relative clause's antecedent after it.
AGENCY_NOUNS = frozenset({"behalf"})
# Nouns for one who stands in a personal tie to another, of either gender (`her former student`, `his old
# friend`, `her coach`): a speaker so described by an owner's pronoun is someone else than the owner, whom a later
# paragraph's pronoun of the owner's gender goes back to (as with kin: `his brother, Frank`).
TIE_NOUNS = frozenset({"student", "pupil", "mentor", "protégé", "protege", "friend", "colleague", "neighbour",
                       "neighbor", "teammate", "team-mate", "classmate", "bandmate", "flatmate", "roommate",
                       "partner", "companion", "carer", "caregiver"})
RELATION_NOUNS = frozenset({
    "rival", "opponent", "challenger", "counterpart", "partner", "friend", "colleague", "predecessor",
    "successor", "client", "employer", "teammate", "team-mate", "classmate", "fiancé", "fiancée",
})
# Nouns for one who holds another's role elsewhere or in turn (`His City counterpart, Dan Moss,`, `her
# successor, Jo Hart,`): whatever the role, a later description of it may name them (`the City boss`).
ROLE_SHARING_NOUNS = frozenset({"counterpart", "successor", "predecessor"})
# ... but nouns for one who did a deed once, no role another holds after (`The company's founder, Ann Ruiz, stepped
# down. Her successor, Tom Vale, ...` then `the founder`: Ann Ruiz, never her successor).
DEED_AGENT_NOUNS = frozenset({"founder", "co-founder", "cofounder", "creator", "inventor"})
# Nouns for a body that British (and sports) copy gives a plural verb (`The club insist that ...`, `Rovers'
# camp maintain ...`): before a cue's base form the tagger took for a noun, the body speaks.
PLURAL_AGREEING_BODIES = frozenset({
    "club", "team", "side", "camp", "squad", "board", "federation", "association", "league", "management",
    "hierarchy", "government", "council", "committee", "union", "party", "family", "panel", "jury",
})
# Base forms of cues that are never nouns (not `press`, `claim`, `warning`): after a body or a name, a plural verb.
VERB_ONLY_CUE_BASES = frozenset({
    "insist", "maintain", "admit", "deny", "believe", "reckon", "argue", "say", "confirm", "warn", "acknowledge",
    "concede", "explain", "suggest", "accept", "stress", "assert", "contend",
})
# Nouns for a person of a nation (`the Spaniard`, `the Kenyan`): a report's second mention of someone just named
# (`"We were poor," said Tom Vale. "...," the Dutchman added.`).  Not those that name a people or a state as well
# (`the Chinese`, `the Swiss`, `the Portuguese`).
DEMONYM_NOUNS = frozenset({
    "spaniard", "frenchman", "frenchwoman", "dutchman", "dutchwoman", "englishman", "englishwoman", "irishman",
    "irishwoman", "welshman", "welshwoman", "scot", "scotsman", "scotswoman", "briton", "american", "argentine",
    "argentinian", "brazilian", "uruguayan", "colombian", "chilean", "mexican", "german", "italian", "belgian",
    "swede", "norwegian", "dane", "finn", "pole", "croat", "croatian", "serb", "serbian", "russian", "ukrainian",
    "australian", "canadian", "nigerian", "ghanaian", "kenyan", "ethiopian", "cameroonian", "ivorian", "egyptian",
    "moroccan", "algerian", "indian", "pakistani", "bangladeshi", "filipino", "filipina", "indonesian",
    "malaysian", "singaporean", "austrian", "czech", "hungarian", "romanian", "bulgarian", "greek", "turk",
    "israeli", "iranian", "jamaican", "ugandan", "tanzanian", "zimbabwean", "zambian", "new zealander",
    # more a sports report names a player by (`"...," the Kiwi said`, `the Peruvian added`)
    "kiwi", "aussie", "korean", "peruvian", "venezuelan", "ecuadorian", "cuban", "slovak",
    "slovenian", "bosnian", "albanian", "georgian", "armenian", "latvian", "lithuanian", "estonian", "icelander",
    "tunisian",
    # two words, as a report prints them (`"...," the South African said`)
    "south african", "south korean", "north korean", "sri lankan", "puerto rican", "costa rican",
    "northern irishman", "northern irishwoman",
    # a person of a city or region, as a sports report names a player (`the 31-year-old Londoner added`)
    "londoner", "glaswegian", "mancunian", "liverpudlian", "yorkshireman", "cornishman", "parisian", "new yorker",
    "texan", "californian",
})
# Nouns for one who won or was put up for a prize, after the prize's capitalised name (`the Oscar winner`, `the
# two-time Grammy nominee`, `the Nobel laureate`), and participles joined to the prize's name before a noun for a
# person (`the Oscar-winning actress`, `the Emmy-nominated host`): a report's second mention of someone just named,
# as a nation's noun is (`"...," the Oscar winner said` after `Jenna Ruiz arrived early.`).
ACCOLADE_NOUNS = frozenset({"winner", "nominee", "laureate", "champion", "medalist", "medallist", "honoree",
                            "inductee", "recipient"})
ACCOLADE_PARTICIPLES = frozenset({"winning", "nominated"})
# Nouns a report uses for a company or body named before (`Barclays said ...` then `the lender said`, `Acme
# Corp ...` then `the company said`): a second mention of an organisation, never of a person.  Not `group`,
# which is as often a group of people or a trade group described before.
ORGANISATION_EPITHETS = frozenset({
    "company", "firm", "lender", "bank", "carmaker", "automaker", "insurer", "retailer", "miner", "airline",
    "carrier", "chipmaker", "drugmaker", "conglomerate", "manufacturer", "utility", "brewer", "exporter", "startup",
    "start-up", "supermarket", "bookmaker", "broadcaster", "publisher", "operator", "club", "regulator",
    "broker", "brokerage",  # `The broker cut its target price, it said.`
    "agency",  # `The Food and Drug Administration said ...` then `the agency said`: a public body
})
# Of those, the nouns for a public body, whose own name often keeps its `the` (`The Food and Drug Administration`,
# `the CDC` ... then `the agency`); a firm's seldom does (`Exxon Mobil` ... `the company`, not `the Bank of Japan`).
PUBLIC_BODY_EPITHETS = frozenset({"agency", "regulator"})
# Words for a chamber of a legislature heading its name (`the Missouri Senate`, `the National Assembly`): none of
# the nouns above stands for one (`the company`, `the agency` are never a house of lawmakers).
CHAMBER_WORDS = frozenset({"senate", "assembly", "congress", "parliament", "legislature", "commons", "lords"})
# Abbreviated titles and the word a later description uses (`Sen. Jo Ray` ... `the senator`).
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "adm": "admiral",
    "col": "colonel", "capt": "captain", "lt": "lieutenant", "sgt": "sergeant", "maj": "major", "prof": "professor",
    "rev": "reverend", "pres": "president", "supt": "superintendent", "cmdr": "commander", "dr": "doctor",
    "sec": "secretary", "usec": "undersecretary",  # `Sec. Jo Cruz` ... `the secretary`
    "det": "detective", "insp": "inspector", "cpl": "corporal", "const": "constable", "brig": "brigadier",
    "cdr": "commander",
}
# Australian and New Zealand papers' short ranks, written with no period (`Cr Jo Hart`: a councillor; `Snr Sgt
# Tom Vale`, `Snr Const Ann Ruiz`: a senior sergeant, a senior constable).
ROLE_WORDS = ROLE_WORDS | frozenset({"cr", "snr"})
TITLE_MODIFIERS = TITLE_MODIFIERS | frozenset({"snr"})
TITLE_ABBREVIATIONS = TITLE_ABBREVIATIONS | {"cr": "councillor"}
# Canada's `Coun. Jo Hart` and Britain's `Cllr Jo Hart`: a councillor (`the councillor` later is the same one).
TITLES = TITLES | frozenset({"coun"})
ROLE_WORDS = ROLE_WORDS | frozenset({"coun"})
TITLE_ABBREVIATIONS = TITLE_ABBREVIATIONS | {"coun": "councillor", "cllr": "councillor"}
# Local government's offices before a name in American and Canadian papers (`Councilmember Ann Ruiz`, `Township
# Supervisor Tom Vale`, `Trustee Jo Wu`, `Selectwoman Jane Ford`, Chicago's `Ald. Maria Chen`: an alderman): `Trustee
# Wu` later is the same one.
ROLE_WORDS = ROLE_WORDS | frozenset({
    "councilman", "councilwoman", "councilmember", "councilor", "alderman", "alderwoman", "ald", "selectman",
    "selectwoman", "supervisor", "trustee", "freeholder", "assemblyman", "assemblywoman", "assemblymember",
    "legislator", "treasurer", "comptroller", "clerk", "magistrate",
})
TITLES = TITLES | frozenset({"ald"})
TITLE_ABBREVIATIONS = TITLE_ABBREVIATIONS | {"ald": "alderman"}
# Nigerian and Ghanaian papers' titles of a profession or a calling before a name (`Engr. Musa Bello`: an engineer;
# `Barr. Jo Ade`: a barrister; `Pastor Tunde Bakare`, `Evangelist Ama Owusu`, `Imam Musa Sani`): `Engr. Bello`,
# `Pastor Bakare` later is the same one.
ROLE_WORDS = ROLE_WORDS | frozenset({"engineer", "engr", "barr", "pastor", "evangelist", "imam"})
# British papers' words for a party's standing members before a name (`Tory grandee Lord Blake`, `Labour peer
# Baroness Kemp`, `Tory backbencher Sir Ian Moss`, `party stalwart Dame Ann Fry`): the name's title, whatever tag
# the tagger gave the word (`grandee` taken for a verb).
ROLE_WORDS = ROLE_WORDS | frozenset({"grandee", "peer", "backbencher", "frontbencher", "stalwart"})
TITLE_ABBREVIATIONS = TITLE_ABBREVIATIONS | {"engr": "engineer", "barr": "barrister"}
# A noun for whoever holds any of several offices, and those offices' words (`Sen. Jo Ray` ... `the lawmaker`,
# `Det. Sue Kim` ... `the officer`): a later description by the wider noun names the same person.
ROLE_GENERALS: dict[str, frozenset[str]] = {
    "lawmaker": frozenset({"senator", "representative", "congressman", "congresswoman", "congressmember", "mp",
                           "legislator", "assemblyman", "assemblywoman", "assemblymember", "councillor", "councilor",
                           "councilman", "councilwoman", "alderman", "alderwoman", "mep", "mla", "msp"}),
    "diplomat": frozenset({"ambassador", "envoy", "consul", "foreign minister", "foreign secretary"}),
    "cleric": frozenset({"bishop", "archbishop", "cardinal", "reverend", "imam", "rabbi", "pastor", "priest", "vicar"}),
    "officer": frozenset({"sergeant", "detective", "constable", "lieutenant", "inspector", "corporal", "trooper"}),
}
ROLE_GENERALS["legislator"] = ROLE_GENERALS["lawmaker"]
# a parliament's report calls a member of it `the member` (`Labour MP Tom Vale` ... `the member said`)
ROLE_GENERALS["member"] = ROLE_GENERALS["lawmaker"]
# `Pope Leo` ... `the pontiff`; `Bishop Ann Hale` ... `the prelate`; `Rabbi Dan Gold` ... `the clergyman`
ROLE_GENERALS["pontiff"] = frozenset({"pope"})
ROLE_GENERALS["prelate"] = frozenset({"bishop", "archbishop", "cardinal"})
ROLE_GENERALS["clergyman"] = ROLE_GENERALS["cleric"]
ROLE_GENERALS["clergywoman"] = ROLE_GENERALS["cleric"]
# `Foreign Minister Sergei Volkov` ... `the diplomat` (an office of two words matches its words side by side); and
# the unmarked noun for a spokesman or spokeswoman (`A spokesman for the ministry said` ... `the spokesperson added`)
ROLE_GENERALS["spokesperson"] = frozenset({"spokesman", "spokeswoman"})
# An office written out with its preposition, as a title before a name or set off after it (`Minister of Foreign
# Affairs Ann Lee`, `Ann Lee, the Minister for Foreign Affairs,`), and the short office it is, whose general nouns
# (ROLE_GENERALS: `the diplomat`) name its holder too; a nation's `Secretary of State` is its diplomat (a US
# state's, `Ohio Secretary of State`, runs elections, and Britain's `Secretary of State for Health` a department).
SPELT_OUT_OFFICES: dict[str, str] = {
    "minister of foreign affairs": "foreign minister", "minister for foreign affairs": "foreign minister",
    "secretary of foreign affairs": "foreign minister", "secretary for foreign affairs": "foreign secretary",
    "foreign affairs minister": "foreign minister", "foreign affairs secretary": "foreign secretary",
    "secretary of state": "secretary of state",
}
ROLE_GENERALS["diplomat"] = ROLE_GENERALS["diplomat"] | frozenset({"secretary of state"})
# The nation's head of its kind of office, whom a later description calls by its general noun and `top` (a general
# of more than one word gives each of its words: `Secretary of State Ann Lee` ... `the top diplomat`); and one
# office under its two names, a company's chief executive and its initials (`Tom Hale, the chief executive of
# Acme,` ... `the CEO`; `Ann Ruiz, CEO of Acme,` ... `the chief executive`).
ROLE_GENERALS["top diplomat"] = frozenset({"foreign minister", "foreign secretary", "secretary of state"})
ROLE_GENERALS["ceo"] = frozenset({"chief executive"})
ROLE_GENERALS["chief executive"] = frozenset({"ceo"})
# ... and a sports report's (`Rovers manager Tom Hale` ... `the Rovers boss`, `captain Joe Park` ... `the skipper`,
# `striker Ann Ruiz` ... `the player`).
ROLE_GENERALS["boss"] = frozenset({"manager", "coach"})
ROLE_GENERALS["skipper"] = frozenset({"captain"})
ROLE_GENERALS["keeper"] = frozenset({"goalkeeper"})
ROLE_GENERALS["player"] = frozenset({"striker", "midfielder", "defender", "goalkeeper", "winger", "quarterback",
                                     "linebacker", "pitcher", "shortstop", "outfielder", "playmaker", "batsman",
                                     "bowler", "centre-back", "full-back", "fullback"})
# A company's officers under their initials and their three words (`Tom Bell, CFO of Acme,` ... `the chief financial
# officer`), and a public prosecutor's offices under the general noun (`Attorney General Mark Dunn` ... `the state's top
# prosecutor`; `District Attorney Ann Ruiz` ... `the prosecutor`).
ROLE_GENERALS["chief executive officer"] = frozenset({"ceo"})
ROLE_GENERALS["ceo"] = ROLE_GENERALS["ceo"] | frozenset({"chief executive officer"})
ROLE_GENERALS["cfo"] = frozenset({"chief financial officer"})
ROLE_GENERALS["chief financial officer"] = frozenset({"cfo"})
ROLE_GENERALS["coo"] = frozenset({"chief operating officer"})
ROLE_GENERALS["chief operating officer"] = frozenset({"coo"})
ROLE_GENERALS["cto"] = frozenset({"chief technology officer"})
ROLE_GENERALS["chief technology officer"] = frozenset({"cto"})
ROLE_GENERALS["prosecutor"] = frozenset({"attorney general", "district attorney", "state's attorney",
                                         "prosecutor general", "chief prosecutor", "public prosecutor"})
ROLE_GENERALS["top prosecutor"] = ROLE_GENERALS["prosecutor"]
# A member of the House under the noun for one (`Rep. Tom Harlan` ... `the congressman`; `Rep. Ann Lee` ... `the
# congresswoman`), the gender left to agreement.
ROLE_GENERALS["congressman"] = frozenset({"representative", "congressmember"})
# A scientist of a field under the general noun (`Dr. Priya Nair, an epidemiologist,` ... `the scientist`, `the
# researcher`).
ROLE_GENERALS["scientist"] = frozenset({
    "epidemiologist", "virologist", "biologist", "microbiologist", "chemist", "biochemist", "physicist", "geologist",
    "ecologist", "climatologist", "immunologist", "astronomer", "astrophysicist", "neuroscientist", "geneticist",
    "seismologist", "volcanologist", "oceanographer", "meteorologist", "zoologist", "botanist"})
ROLE_GENERALS["researcher"] = ROLE_GENERALS["scientist"] | frozenset({"scientist"})
# A firm's chief executive under a British paper's noun (`Acme CEO Ann Ruiz` ... `the Acme boss`).
ROLE_GENERALS["boss"] = ROLE_GENERALS["boss"] | frozenset({"ceo", "chief executive"})
ROLE_GENERALS["congresswoman"] = ROLE_GENERALS["congressman"]
# A member of the House of Lords under a British paper's noun for one (`Lord Blake` ... `the peer`, `Baroness Hale`
# ... `the peer`): a peer's rank or the `Lord` of one (not `Lady`, a knight's wife's style too).
ROLE_GENERALS["peer"] = frozenset({"lord"} | {rank for ranks in PEER_ADDRESSES.values() for rank in ranks}
                                  | (PEERAGE_TITLES - {"lady"}))
# Everyday nouns for the one who leads a body, each another's synonym in news copy (`Union leader Frank Moss` ...
# `the union chief`, `the union boss`, `the union head`), where the word heads its description: not a modifier of
# a noun for a person after it (`head coach`, `chief economist`).
LEADER_NOUNS = frozenset({"leader", "chief", "boss", "head"})
# A judge of England's higher courts under the title and `Justice` (`Mr Justice Hale`, `Lady Justice Ruiz`) ...
# `the judge` (not `Justice` alone: `Justice Department spokesman`); a barrister by the rank after the name (`Sarah
# Moss KC`, `Tom Vale QC`) ... `the barrister`, `the lawyer`.
ROLE_GENERALS["judge"] = frozenset({"mr justice", "mrs justice", "ms justice", "lord justice", "lady justice"})
ROLE_GENERALS["barrister"] = frozenset({"kc", "qc"})
ROLE_GENERALS["lawyer"] = frozenset({"kc", "qc", "barrister", "solicitor"})
# The adjective a party's name takes before a noun, and its member's noun (`Gov. Ann Ruiz, a Democrat,` ... `the
# Democratic governor`).
PARTISAN_ADJECTIVES: dict[str, str] = {"democratic": "democrat"}
# Nouns for a place or a body that a description's owner names with `the` (`the company's founder`, `the state's top
# prosecutor`, `the city's mayor`): whose office it is, the one the report is about, not a word the one described
# must have been given before (`Ann Ruiz, Acme's founder,` ... `the company's founder`).
DOMAIN_OWNER_NOUNS = ORGANISATION_EPITHETS | frozenset({
    "state", "city", "country", "nation", "county", "town", "province", "region", "district", "island", "village",
    "party", "team", "club", "group", "agency", "department", "ministry", "government", "administration", "league",
    "school", "university", "college", "church", "union", "board", "council", "court", "campaign", "network",
})
# A relative clause after a name that tells what the one named does (`Ann Ruiz, who founded Acme,`), and the noun for
# one who does it (`the founder`, `the company's founder`): a description a later mention may repeat.
RELATIVE_AGENT_FORMS: dict[str, str] = {
    "founded": "founder", "co-founded": "co-founder", "founds": "founder",
    "leads": "leader", "led": "leader", "heads": "head", "headed": "head", "chairs": "chair", "chaired": "chair",
    "owns": "owner", "owned": "owner", "manages": "manager", "managed": "manager", "directs": "director",
    "directed": "director", "coaches": "coach", "coached": "coach", "teaches": "teacher", "taught": "teacher",
    "created": "creator", "invented": "inventor", "designed": "designer", "edits": "editor", "edited": "editor",
    "publishes": "publisher", "hosts": "host", "hosted": "host", "organized": "organizer", "organised": "organiser",
    "organizes": "organizer", "organises": "organiser",
}

# A player's position on a team, which a sports report calls a player named just before by (`Marco Rossi scored
# twice.` then `the winger said`): a second mention, as `the Dutchman` is.
PLAYING_POSITIONS = ROLE_GENERALS["player"] | frozenset({"keeper", "forward", "centre-forward", "center-forward"})
# Head nouns of an organisation (`the State Department`, `the Trump campaign`) and institutions
# known by one name (`the Kremlin said`).
ORGANISATION_WORDS = frozenset({
    "ministry", "department", "agency", "committee", "campaign", "party", "government", "administration",
    "office", "commission", "council", "court", "company", "corporation", "corp", "inc", "ltd", "group",
    "association", "union", "institute", "university", "bureau", "board", "foundation", "police",
    "army", "military", "navy", "embassy", "parliament", "senate", "congress", "network", "newspaper",
    "service", "authority", "authorities", "organisation", "organization", "federation", "coalition",
    "alliance", "bank", "firm", "team", "club", "league", "center", "centre", "council", "cabinet",
    "secretariat", "statement", "report", "survey", "poll", "study",
    "times", "post", "journal", "herald", "tribune", "gazette", "magazine", "news", "channel", "website",
    "opposition", "prosecution", "leadership",  # `The opposition vowed to block the bill`: a body that speaks
    # schools and faiths: `the college said`, never `College President Helen Ford`
    "college", "school", "district", "church", "diocese", "archdiocese", "parish", "synagogue", "mosque",
    "seminary", "academy",
})
ORGANISATION_NAMES = frozenset({
    "kremlin", "pentagon", "white house", "reuters", "afp", "ap", "nato", "un", "united nations", "eu",
    "european union", "fbi", "cia", "nsa", "opec", "imf", "dnc", "rnc", "gop", "congress",
})
# Capitalised words that close a company's or a label's name (`Harbor Books`, `Lantern Press`, `Northwind
# Airlines`, `Acme Holdings`): a name so ending names a firm, never `he` nor `she` (`Her publisher, Harbor
# Books, ...` then `she says` is someone else).
# Words for a body that close a company's name (`Harbor Bank`, `Acme Company`, `Westby Group`): a firm
# `the lender` or `the company` may stand for, named anywhere before it (`resolve._named_firm`).
FIRM_NAME_WORDS = frozenset({"bank", "company", "group", "corporation"})
COMPANY_NAME_ENDINGS = frozenset({
    "books", "press", "publishing", "publishers", "records", "media", "holdings", "industries", "airlines",
    "airways", "motors", "foods", "pharmaceuticals", "technologies", "systems", "partners", "pictures",
    "studios", "entertainment", "enterprises", "labs", "ventures", "brands", "logistics", "solutions",
})
# Plural heads that make a mention a group of people (`senior officials travelling with Kerry`);
# any other lower-case head ending in `-s` counts as plural too (see `entities.plural`).
GROUP_NOUNS = frozenset({"people", "police", "staff", "men", "women", "children", "personnel", "folks",
                         "crowd", "audience", "public", "family", "couple"})
# Nouns English always takes as plural though no `-s` ends them (`Police said ... They said`): `they`, never `it`.
PLURAL_ONLY_NOUNS = frozenset({"police", "people", "men", "women", "children", "personnel", "cattle"})
# Plurals English does set before a noun as its modifier (`sports reporters`, `arms dealers`, `savings accounts`):
# a lower-case plural before a noun is otherwise no modifier of it (`told reporters polls show ...`: two phrases).
PLURAL_MODIFIERS = frozenset({"sports", "arms", "sales", "savings", "news", "customs", "goods", "rights", "affairs",
                              "communications", "operations", "systems", "services", "earnings", "securities",
                              "parks", "claims", "products", "materials", "chemicals", "futures", "options",
                              "athletics", "economics", "politics", "games", "awards", "jobs", "admissions",
                              "emissions", "weapons", "drugs", "elections", "benefits", "veterans", "womens",
                              "mens", "childrens", "arts", "humanities", "sciences", "graphics", "electronics"})
# Words that make a mention a source not met before: `another senior official`, `a second official`.
NEW_SOURCE_WORDS = frozenset({"another", "second", "third", "fourth", "fifth", "other"})
# Words that end a share of people (`about 4 in 10`, `a third`, `67 percent`): after one, `say`
# is the verb whatever its tag (`Nearly a quarter say they are unsure`), never the noun (`a say in it`).
SHARE_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
                         "percent", "majority", "minority", "plurality"})
# Quantifiers that stand alone for a group of people as a clause's subject (`Some chanted "..."`,
# `most said they were ...`, `Another tweeted, "..."`); taggers take them for determiners.
QUANTIFIER_PRONOUNS = frozenset({"some", "most", "many", "others", "another", "both", "several", "few", "all",
                                 "one", "each", "none"})
# Subordinators: the words that open a subordinate clause (an adverbial clause, or the compared clause after
# `than`), each with the roles it plays; the sets of openers below are made from this one table.  Roles: what
# its clause tells -- `time` (when it happened: `after talks broke down`), `span` (a stretch of time up to a
# point, no one moment: `until the vote`), `habit` (a time that recurs, no one act: `whenever she spoke`),
# `contrast` (`whereas critics ...`), `concession` (`although she denied it`), `cause` (`because ...`),
# `condition` (`if ...`, `unless ...`), `alternative` (`whether ... or not`), `comparison` (`than aides say`,
# `as bad as`), `manner` (`as officials had said`) -- and how else the word is used: `asks` (it also opens a
# question reported: `asked if she would run`), `preposition` (it also heads a noun phrase: `after the vote`),
# `variant` (a spelling of another opener: `whilst` of `while`, British).
TIME, SPAN, HABIT, CONTRAST, CONCESSION, CAUSE, CONDITION, ALTERNATIVE, COMPARISON, MANNER, ASKS, PREPOSITION, \
    VARIANT = ("time", "span", "habit", "contrast", "concession", "cause", "condition", "alternative", "comparison",
               "manner", "asks", "preposition", "variant")
SUBORDINATOR_ROLES: dict[str, frozenset[str]] = {
    "when": frozenset({TIME}),
    "whenever": frozenset({TIME, HABIT}),
    "once": frozenset({TIME}),
    "after": frozenset({TIME, PREPOSITION}),
    "before": frozenset({TIME, PREPOSITION}),
    "until": frozenset({TIME, SPAN, PREPOSITION}),
    "since": frozenset({TIME, CAUSE, PREPOSITION}),
    "while": frozenset({TIME, CONTRAST}),
    "whilst": frozenset({TIME, CONTRAST, VARIANT}),
    "whereas": frozenset({CONTRAST}),
    "although": frozenset({CONCESSION}),
    "though": frozenset({CONCESSION}),
    "because": frozenset({CAUSE}),
    "as": frozenset({TIME, CAUSE, MANNER, COMPARISON, PREPOSITION}),
    "if": frozenset({CONDITION, ASKS}),
    "unless": frozenset({CONDITION}),
    "whether": frozenset({ALTERNATIVE, ASKS}),
    "than": frozenset({COMPARISON}),
}


def subordinators(*roles: str) -> frozenset[str]:
    """The subordinators (`SUBORDINATOR_ROLES`) that play any of `roles`: `subordinators(CAUSE)` is `because`,
    `since`, `as`."""
    return frozenset(w for w, have in SUBORDINATOR_ROLES.items() if have & set(roles))


# Words that open a clause in which a quantifier right before the cue is its subject (`, while another
# added: "..."`, `whereas others said ...`), as at the sentence's start; `and`, `but`, `yet` only after a comma.
# The subordinators of time, cause, concession, contrast and condition; not yet `whenever` or `unless`.
QUANTIFIER_CLAUSE_OPENERS = subordinators(TIME, CAUSE, CONCESSION, CONTRAST, CONDITION) - {"whenever", "unless"}
QUANTIFIER_COMMA_OPENERS = frozenset({"and", "but", "yet"})
# Conjunctions that join a second report to a first of the same doer (`saying the deal would help but warning of
# costs`, `said the plan was fair and added that ...`): the second goes on in parallel with the first.
REPORT_JOINERS = frozenset({"and", "but"})
# Adverbs of sequence between such a conjunction and the second report's verb (`and also warned`, `but later
# said`): the second report still goes on from the first.
JOINED_REPORT_ADVERBS = frozenset({"also", "later", "then", "again"})
# Words after which a noun phrase and a tensed verb make a clause of their own, the phrase its subject (`though
# some members have said ...`, `less than aides say she deserves`): the subordinators that are never
# prepositions (not `after`, `before`, `since`, `until`: `after the vote officials said`), and `than` opening a
# compared clause (not before an amount: `more than half`).  Not a bare `as`, whose clause of manner may
# credit the clause it hangs on (`..., as officials had said`), nor `whether`, whose clause is one of two
# alternatives; not yet `once` (also an adverb: `had once said`), `whenever` or `unless`.
SUBJECT_CLAUSE_OPENERS = frozenset(SUBORDINATOR_ROLES) - subordinators(PREPOSITION, ALTERNATIVE) \
    - {"once", "whenever", "unless"}
# Verbs of receiving a message (`received calls saying ...`, `got a letter saying ...`): the one who receives
# it says nothing; the message does.
RECEIVING_VERBS = frozenset({"receive", "get"})
# The words before `as` that make it open a clause of contrast, a clause of its own (`even as critics said
# ...`, `Even as critics claimed ..., the council ...`), never one of manner that credits its host.
CONTRAST_AS_LEADS = frozenset({"even"})
# Two-word openers of such a clause: `even as` (CONTRAST_AS_LEADS and `as`).
SUBJECT_CLAUSE_PAIRS = frozenset((lead, "as") for lead in CONTRAST_AS_LEADS)
# Words that, right after `than`, make it part of an amount, not a clause's opener (`more than half`).
AMOUNT_WORDS = frozenset({"many", "much", "few", "little"})
# A count of how often closing a participle's phrase (`a post shared thousands of times`, `a video viewed more
# than 2 million times`): the noun that closes it, and the words besides numbers that may make up the count.
REPEAT_NOUNS = frozenset({"times"})
REPEAT_COUNT_WORDS = frozenset({"more", "than", "over", "nearly", "almost", "about", "around", "at", "least", "some",
                                "of", "dozens", "hundreds", "thousands", "millions", "billions", "tens"})
# Words that only ever join a clause to another, never open a noun phrase, whatever a tagger makes of them
# (`whereas supporters argue ...`: `whereas` tagged a determiner): no word of a speaker.
CONJUNCTION_ONLY_WORDS = frozenset({"whereas", "whilst", "although", "though", "because", "unless", "whether"})
# Words that stand for a whole reported clause after a verb of saying: an answer or assent (`most
# said yes`, `he said so`), or `the same` (`a third said the same of the mayor`).
ANSWER_WORDS = frozenset({"yes", "no", "so"})
# Question words that stand for a whole question left bare after a negated verb of saying, closing
# its clause (`did not say when.`, `would not say why`): the question not answered.
BARE_QUESTION_WORDS = frozenset({"when", "why", "how", "where", "whether"})
# The forms of `say` that open a sentence inverted, before the speaker's name (`Said Jane Holt: "..."`).
OPENING_SAY_FORMS = frozenset({"said", "says"})
# The forms of `say` a tagger may take for a noun (`have a say`).
SAY_FORMS = frozenset({"say", "says"})
# Pronouns that can only be subjects: after `that` they open a clause of its own, so that `that`
# is a complementizer, not a relative pronoun (`told reporters that he would run`).
NOMINATIVE_PRONOUNS = frozenset({"i", "he", "she", "we", "they"})
# ... those that tell a man or a woman (PRONOUNS): `he`, `she`.
GENDERED_NOMINATIVES = frozenset(p for p in NOMINATIVE_PRONOUNS if p in PRONOUNS and PRONOUNS[p][1] is not None)
# Verbs that take two objects, the one given to and the thing given (`gave the workers a deal`,
# `sold customers a loan`): after one, two noun phrases side by side are its objects, not a noun and
# the subject of a relative clause on it (`a loan called "Easy Pay"` is then a name, nobody's words);
# only verbs whose two objects are common (not `pass`, `make`, `find`: `passed a budget critics called ...`).
DOUBLE_OBJECT_VERBS = frozenset({"give", "offer", "send", "hand", "sell", "grant", "award", "show", "promise", "lend",
                                 "owe", "bring", "pay", "teach", "buy", "deny", "allow", "tell", "ask", "assign",
                                 "feed", "mail", "email", "wish"})
# Subordinators whose clause, set off by a comma after a reported clause, still gives the reported
# reason, condition or purpose (`said the plan works, in part, because ...`), not the reporter's time.
REASON_SUBORDINATORS = frozenset({"because", "if", "unless", "so", "lest"})
# Words that open a reduced clause of a bare participle (`when asked`, `if pressed`, `once told`):
# with no subject and no auxiliary, the participle after them is passive.
REDUCED_CLAUSE_OPENERS = frozenset({"when", "if", "once", "unless", "until", "while", "though", "although"})
# Words that open a subordinate clause set before its main clause (`After saying ..., the senator left`):
# a report within it ends at the comma that closes it: the subordinators of time, cause, concession, contrast
# and condition (`If the mayor says the budget is short, the council ...`, `Whenever the mayor says the city is
# safe, the figures ...`).  Not `as`, whose clause of manner credits its host (`As the paper noted, ...`); not
# yet a variant spelling (`whilst`).
FRONTED_OPENERS = subordinators(TIME, CAUSE, CONCESSION, CONTRAST, CONDITION) - subordinators(MANNER, VARIANT)
# Words that open a clause set before its main clause whose report ends where the main clause begins
# (`Whether he admits it or not, the mayor ...`): FRONTED_OPENERS and `whether`; `as` only after `even`
# (`Even as critics claimed ..., the council ...`; `As the paper noted, ...` reports its host).
MAIN_CLAUSE_OPENERS = FRONTED_OPENERS | subordinators(ALTERNATIVE)
# The words closing the alternative a `whether` clause opens (`Whether he admits it or not, ...`): no part of
# what the clause's verb reports.
WHETHER_ALTERNATIVE = ("or", "not")
# Words that open a subordinate clause of time, cause, concession or condition (`The crowd cheered when the
# mayor took the stage and said ...`): a verb joined right after such a clause goes on with it.  Not yet
# `unless` or a variant spelling (`whilst`).
SUBORDINATE_OPENERS = subordinators(TIME, CAUSE, CONCESSION, CONDITION) - subordinators(VARIANT) - {"unless"}
# Words that open an adverbial clause of its own after a comma (`Residents said the river rose, while officials
# urged calm`): the subordinators of time, cause, concession, contrast and condition, not `as` (`, as officials
# had said`: a clause of manner crediting its host); not yet `unless`.
ADVERBIAL_CLAUSE_OPENERS = subordinators(TIME, CAUSE, CONCESSION, CONTRAST, CONDITION) - subordinators(MANNER) \
    - {"unless"}
# Words that open a clause of time (`called it "a sham" before leaving`): when something was done.  Not those
# that give a cause as often (`since`, `as`); not yet a variant spelling (`whilst`).
TIME_SUBORDINATORS = subordinators(TIME) - subordinators(CAUSE, VARIANT)
# Of the words that open a clause set before its main clause, those of condition, cause or concession: opening a
# cue's reported clause and closed by a comma before a clause of its own, they are set before that clause inside the
# report (`said if the rains came early, the harvest would fail`); a clause of time there may be the cue's own time.
REPORTED_FRONTED_OPENERS = FRONTED_OPENERS - TIME_SUBORDINATORS
# Words that open a clause of time or cause right after a cue (`Lee wrote after Ruiz argued that ...`): a report
# in it with a subject of its own is its own, not what that cue reports (not `as`, which also compares: `as bad
# as`; not `if`, which also asks: `asked if she said ...`).
SIDE_SUBORDINATORS = SUBORDINATE_OPENERS - subordinators(COMPARISON, ASKS)
# ... and `as` with them: the words that open a clause of the moment a person comes in (`she says as her son
# walks in`)
ARRIVAL_SUBORDINATORS = TIME_SUBORDINATORS | {"as"}
# Words that open a clause of the saying's time set off by commas after a sentence's subject (`The union, as
# talks ended, said ...`, `The mayor, after talks broke down, told ...`): the subordinators of time, not
# `whenever` (a habit, no one saying's time); not yet a variant spelling (`whilst`).
SET_OFF_SUBORDINATORS = subordinators(TIME) - subordinators(HABIT, VARIANT)
# Words that open a clause of a point in time that may stand between a cue (or its listener) and what it
# reports (`told residents after the storm passed the roads would reopen`): TIME_SUBORDINATORS, not `while`,
# which opens a contrast within what was said as often (`said while sales fell, profits rose`), nor `until` or
# `whenever`, a stretch or a habit, never when a single act of saying happened (`said until the rules change
# nothing will happen`: all of it said).
CUE_TIME_CLAUSE_OPENERS = TIME_SUBORDINATORS - subordinators(CONTRAST, SPAN, HABIT)
# Words that open the writer's clause of circumstance or contrast after a closing reporting clause
# (`..., officials said, as rescuers searched ...`, `..., police said, amid fears of ...`, `..., the Post
# reported, while in Ohio ...`); not `before` or `after`, whose clause often goes on with the events
# reported (`A truck struck a crowd, officials said, before the driver was stopped`).
CIRCUMSTANCE_OPENERS = frozenset({"as", "amid", "amidst", "while", "whilst"})
# Words that, right after a comma closing a report of a figure, open the writer's comparison of it with what
# was forecast (`..., the agency said, above the 4% economists had expected`, `, below forecasts`), with
# `than` after the comparatives (`, more than analysts had forecast`); `EXPECTATION_WORDS` must follow.
COMPARING_OPENERS = frozenset({"above", "below", "ahead", "short", "beating", "missing", "topping", "exceeding"})
COMPARING_WORDS = frozenset({"more", "less", "fewer", "higher", "lower", "better", "worse", "faster", "slower",
                             "stronger", "weaker", "bigger", "smaller"})
# Words of a forecast or consensus that a figure is compared with (`economists had expected`, `analysts'
# estimates`, `the consensus forecast`).
EXPECTATION_WORDS = frozenset({"expected", "forecast", "forecasts", "forecasted", "estimate", "estimates",
                               "estimated", "expectations", "consensus", "predicted", "anticipated", "projected"})
# Words right after `without` that, set off by a comma after a report, tell of support its speaker did not
# give (`..., the ministry said, without providing evidence`, `said its troops took the town, without
# giving details`, `, without evidence`): the writer's remark on the report, no more of what was said;
# `without` before other words may go on with the events reported (`the troops withdrew, without firing a
# shot`).
UNSUPPORTED_WORDS = frozenset({"providing", "offering", "giving", "citing", "presenting", "producing", "showing",
                               "sharing", "elaborating", "specifying", "explaining", "detailing", "substantiating",
                               "evidence", "proof", "details", "elaboration", "explanation", "substantiation"})
# Words that open a side clause after a reported clause, right before that side clause's own subject:
# relative words (`said A, which Lee called ...`, `said A, to which Lee replied ...`, `, when Lee
# asked ...`) and coordinators (`said A and Lee called it ...`): a report made there is the side
# clause's, not more of the first report.
SIDE_CLAUSE_OPENERS = frozenset({"which", "whom", "when", "where", "while", "whereas", "and", "but"})
# Words that open a writer's aside after a lone dash closing a report (`said he was "encouraged" by the
# plan - a modest boost for the mayor`, `- while his rivals ...`): a description or a contrast, not more
# of what was said (a participle in `-ing` opens one too: `- setting the bar low`).
DASH_ASIDE_OPENERS = frozenset({"a", "an", "while", "whereas", "which"})
# Words that open a writer's aside set off by a comma right after a quotation closing a report (`called
# him "a moderate," a subtle dig at ...`, `..., another sign that ...`): a description summing up the
# report, in apposition to all of it.
COMMA_ASIDE_OPENERS = frozenset({"a", "an", "another"})
# Nouns for an act, a statement or a figure that, opened by a `COMMA_ASIDE_OPENERS` word and set off by a
# comma after a reported clause, sum that clause up (`said the state would cut fuel taxes, a move farm
# groups had long demanded`): the writer's apposition to the whole report, no more of it.
SUMMARY_NOUNS = frozenset({
    "move", "step", "decision", "figure", "claim", "charge", "sign", "signal", "reference", "nod", "tactic",
    "change", "development", "reversal", "remark", "comment", "statement", "assertion", "allegation",
    "accusation", "position", "stance", "promise", "pledge", "threat", "warning", "rebuke", "blow", "boost",
    "setback", "departure", "shift", "jab", "swipe", "dig", "gesture", "concession", "admission",
    "suggestion", "argument", "message", "estimate", "prediction", "forecast", "idea", "notion", "view",
    "contention", "assessment", "conclusion", "finding", "charge", "complaint", "criticism", "break",
    "point", "fact", "plan", "deal",
})
# Words that open a clause, not a name: a mention starting with one runs on from the words before
# its speaker (`When Jane Roe`).
CLAUSE_OPENERS = frozenset({"when", "while", "as", "after", "before", "if", "because", "but", "and", "so",
                            "then", "though", "although", "since", "until", "once", "whereas", "meanwhile",
                            "however", "still", "yet", "also", "now", "even", "only", "just", "indeed", "instead",
                            "perhaps", "maybe", "thus",
                            "whether", "unless"})  # `Whether Mayor Tim Dale signs on`: no word of the name
# Words right after which a clause's subject may begin (`as aide Tom Bell put it`, `what co-host Ann Ruiz
# called ...`): conjunctions and wh-words, not prepositions that also take a noun phrase (`after the vote`).
SUBJECT_OPENERS = frozenset({"as", "when", "while", "because", "if", "though", "although", "whereas", "and", "but",
                             "or", "so", "that", "what", "how", "why", "where", "whether"})
# Greetings, partings and set words of a rite said as the object of `say`: `said goodbye to his staff`,
# `said a prayer for the victims`, `said grace`: a thing done by saying it, no report of what is so.
SAID_RITUALS = frozenset({"goodbye", "goodbyes", "good-bye", "good-byes", "farewell", "farewells", "hello",
                          "hellos", "grace", "prayer", "prayers", "mass", "amen", "goodnight", "good-night"})
# Adjectives that judge a saying right before `to say` or `to tell` (`it is safe to say ...`, `needless
# to say`, `too early to tell whether ...`, `suffice it to say`): the writer's hedge, a saying no one makes.
HEDGE_ADJECTIVES = frozenset({"safe", "fair", "needless", "hard", "difficult", "impossible", "early", "soon",
                              "premature", "easy", "accurate", "suffice"})
# People a country, a school or a hospital lets in: as the object of `admit` (`admitting more students`,
# `admit refugees`), the verb lets them in and reports nothing.
ADMITTED_PEOPLE = frozenset({"refugee", "immigrant", "migrant", "student", "patient", "applicant", "member",
                             "visitor", "newcomer", "family", "child", "people", "asylum-seeker", "worker"})
# The people or things picked whom an announcement names, as the object of `announce`: `announced the
# winners of the prize`, `announced its squad for the tour`: a list made public, no report of what is so.
ANNOUNCED_PICKS = frozenset({"winners", "nominees", "finalists", "semifinalists", "shortlist", "lineup",
                             "line-up", "squad", "cast", "recipients", "honorees", "honourees", "laureates",
                             "inductees"})
# Conjunctions that join a clause of its own to a sentence's first after a comma or semicolon (`..., but Dent was
# not having it`, `; and Ruiz left`): the joined clause's subject opens right after one.
CLAUSE_JOINING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "while", "whereas"})
# The indefinite article (`a move that ...`, `in a statement`): a phrase it opens is one of a kind, not named.
INDEFINITE_ARTICLES = frozenset({"a", "an"})
ARTICLES = INDEFINITE_ARTICLES | {"the"}  # ... and `the`: `the party's spokesman`, `a teacher`
# `'s` in either apostrophe, split off its word: an owner's mark (`Moody's`) or `is`/`has` cut short (`it's`).
APOSTROPHE_S = frozenset({"'s", "\u2019s"})
POSSESSIVE_ENDINGS = tuple(sorted(APOSTROPHE_S))  # for `str.endswith`: `Reagan's`, `Acme’s`
# Determiners that only open a noun phrase, never stand for one (`his proposed ban`, `the reported
# cases`; not `Both denied wrongdoing`, `Some claimed victory`, whose determiner is the speaker).
PHRASE_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "those", "every", "no", "another"})
# Modals that make a generic `one` a possible sayer, no one who says (`one could say ...`, `one might argue`).
GENERIC_MODALS = frozenset({"can", "could", "may", "might", "would", "should"})
# The forms of `be` (`was denied bail`, `It is understood that ...`).
BE_FORMS = frozenset({"am", "is", "are", "was", "were", "be", "been", "being"})
FINITE_BE_FORMS = frozenset({"am", "is", "are", "was", "were"})   # `be` as a finite verb: a clause's own copula
# The `-ing` auxiliary of a passive participle restricting a noun (`Lawsuits being considered in San Diego have
# accused ...`): it opens the participle's phrase, as `considered` alone would.
PARTICIPLE_AUXILIARIES = frozenset({"being"})
# The forms of `get`, which make a passive as `be` does (`got denied bail`).
GET_FORMS = frozenset({"get", "gets", "got", "gotten", "getting"})
# Auxiliaries and modals: no word of a noun phrase (`a reporter can be heard asking`).
AUXILIARIES = BE_FORMS | frozenset({"has", "have", "had", "do", "does",
                         "did", "can", "could", "will", "would", "shall", "should", "may", "might", "must"})
# Determiners and quantifiers that open a description but are not part of what it names.
DETERMINERS = frozenset({"a", "an", "the", "one", "some", "two", "three", "four", "five", "several", "many",
                         "his", "her", "their", "its", "our", "this", "that", "these", "those"})
# Words that end a description's head and open what follows it (`a spokeswoman for the ministry`,
# `officials familiar with the talks`, `the man who ...`).
POST_MODIFIERS = frozenset({"for", "of", "at", "in", "with", "from", "on", "to", "by", "who", "whom", "whose",
                            "which", "that", "familiar", "close", "involved", "based", "said", "told",
                            "according", "like"})
# Common nouns for speakers: capitalised at a sentence's start they are still no name (`Officials said`).
SPEAKER_NOUNS = frozenset({
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "analyst", "analysts", "expert",
    "experts", "source", "sources", "aide", "aides", "critic", "critics", "lawmaker", "lawmakers", "diplomat",
    "diplomats", "witness", "witnesses", "resident", "residents", "protester", "protesters", "voter", "voters",
    "supporter", "supporters", "activist", "activists", "investigator", "investigators", "economist",
    "economists", "researcher", "researchers", "scientist", "scientists", "doctor", "doctors", "observer",
    "observers", "leader", "leaders", "member", "members", "people", "police", "authorities", "prosecutors",
    "prosecutor", "democrats", "republicans", "organizers", "organisers", "advisers", "advisors", "adviser",
    # people named by what they do or what befell them, in sport, courts, schools, hospitals and streets
    "coach", "coaches", "player", "players", "teacher", "teachers", "student", "students", "nurse", "nurses",
    "worker", "workers", "farmer", "farmers", "parent", "parents", "patient", "patients", "victim", "victims",
    "survivor", "survivors", "neighbor", "neighbors", "neighbour", "neighbours", "defendant", "defendants",
    "suspect", "plaintiff", "plaintiffs", "soldier", "soldiers", "officer", "officers", "driver", "passenger",
    "passengers", "owner", "owners", "customer", "customers", "fan", "fans", "athlete", "athletes", "historian",
    "author", "writer", "veteran", "veterans", "mother", "father", "widow", "relatives", "family", "lawyer",
    "lawyers", "attorney", "attorneys", "judge", "judges", "minister", "ministers", "manager", "captain",
    "detective", "detectives", "inspector", "constable", "councillor", "councillors", "councilor", "councilors",
    "striker", "midfielder", "defender", "goalkeeper",
    "pilot", "pilots", "firefighter", "firefighters", "paramedic", "paramedics", "surgeon", "surgeons", "engineer",
    "engineers",  # crews and emergency services (`one pilot said`, `a paramedic told reporters`)
    # players by position or standing in a sports report (`Tennis star Ana Costa won.`, `the winger said`)
    "star", "winger", "keeper", "skipper", "quarterback", "linebacker", "pitcher", "shortstop", "outfielder",
    "golfer", "sprinter", "batsman", "bowler", "centre-back", "full-back", "fullback", "playmaker", "rookie",
    "debutant", "youngster", "teenager", "finalist", "referee", "umpire", "boss",
    # people as British and Irish tabloid and regional copy names them (`mum-of-two Kerry Jones`, `a close pal`)
    "mum", "mums", "dad", "dads", "gran", "grandad", "nan", "pal", "pals", "insider", "insiders", "landlord",
    "landlady", "pensioner", "pensioners", "holidaymaker", "holidaymakers", "shopper", "shoppers", "punter",
    "punters", "commuter", "commuters", "onlooker", "onlookers", "bystander", "bystanders",
    # people of a school or university by post or year (`the dean of students`, `a freshman`, `the provost`)
    "dean", "provost", "lecturer", "lecturers", "instructor", "instructors", "tutor", "tutors", "counselor",
    "counselors", "counsellor", "counsellors", "librarian", "trustee", "trustees", "regent", "regents", "educator",
    "educators", "administrator", "administrators", "pupil", "pupils", "freshman", "freshmen", "sophomore",
    "sophomores", "valedictorian", "salutatorian", "undergraduate", "undergraduates", "alumnus", "alumna", "alumni",
    # clergy and people of a faith by office or part (`the vicar`, `the imam`, `a parishioner`, `the pontiff`)
    "archbishop", "cardinal", "priest", "priests", "vicar", "curate", "chaplain", "rabbi", "rabbis", "imam", "imams",
    "pastor", "pastors", "deacon", "archdeacon", "rector", "abbot", "abbess", "nun", "nuns", "monk", "monks", "friar",
    "cleric", "clerics", "clergyman", "clergywoman", "preacher", "evangelist", "missionary", "pontiff", "mufti",
    "parishioner", "parishioners", "worshipper", "worshippers", "worshiper", "worshipers", "congregant", "congregants",
    # people of markets and firms by trade (`strategists at Barclays`, `Traders said`); not a trade a firm may
    # ply too in the singular (`the broker`, `the trader`, `the investor`, a dealer: `..., it said`)
    "strategist", "strategists", "traders", "investors", "banker", "bankers", "executive", "executives",
    # people of charities, campaigns and workplaces by what they do there (`A volunteer with the charity, Tom
    # Vale, said`, `a staffer at the agency`)
    "volunteer", "volunteers", "employee", "employees", "staffer", "staffers", "campaigner", "campaigners",
    "organiser", "organizer", "tenant", "tenants",
})
# Prepositions joining a lower-case noun for people (`SPEAKER_NOUNS`) to the firm or body where they work, with
# its capitalised name after (`analysts at Jefferies`, `strategists at the Bank of Nova Scotia`): one noun
# phrase, the speaker; after a name, `at` opens where it spoke (`said Ruiz at a rally`).
WORKPLACE_PREPOSITIONS = frozenset({"at"})
# Prepositions opening the phrase of a description of a person before their name set off by commas: whom they act
# for, where the post is held or where they come from (`A spokeswoman for Acme, Carla Ruiz,`, `A teacher in the
# district, Jo Hart,`, `Her colleague on the health committee, Lisa Marsh,`).
DESCRIPTION_PREPOSITIONS = AFFILIATION_PREPOSITIONS | WORKPLACE_PREPOSITIONS | {"in"}
# Lower-case prepositions after a job title in capitals that go on with its firm or field (`Chief Executive Officer
# of Acme`, `Head of Research at Acme`, `Director for Asia`) or a legislator's seat (`MLA from Sirsa`).
TITLE_AFFILIATION_PREPOSITIONS = PHRASE_PREPOSITIONS | WORKPLACE_PREPOSITIONS | SENDER_PREPOSITIONS
# The conjunctions that join the members of a list (`Ruiz and Hart`, `the mayor or her deputy`).
LIST_CONJUNCTIONS = frozenset({"and", "or"})
# The endings of an adjective's stem before `-ly` (`Certainly`, `Publicly`, `Reportedly`, `Interestingly`): a word
# so made is an adverb, no given name (`Kelly`, `Emily`, `Beverly` end in none).
ADVERB_STEM_ENDINGS = frozenset({"al", "ous", "ab", "ib", "at", "ent", "ant", "ain", "ing", "ect", "ess", "ed", "ive",
                                 "ful", "ic", "ar"})
# Norms that `per` and `as per` follow rather than cite (`per the rules`, `per his contract`, `per tradition`,
# `per her request`, `built as per the plan`, `as per usual`): `per` is `as ... requires`, and what the clause
# says is nobody's report (`per-source`, `according-to`'s `as per`); `as per officials` and `per the report`
# name a source.
NORM_NOUNS = frozenset({
    "rule", "rules", "law", "laws", "agreement", "agreements", "deal", "contract", "contracts", "terms", "constitution",
    "policy", "policies", "guidelines", "guideline", "regulations", "regulation", "statute", "statutes", "treaty",
    "custom", "tradition", "protocol", "protocols", "schedule", "plan", "order", "orders", "instructions", "request",
    "requests", "wishes", "norm", "norms", "bylaws", "charter", "procedure", "procedures", "practice", "usual",
    "standards", "requirements", "mandate", "arrangement", "settlement", "ruling", "code",
    "act", "design", "directive", "directives", "instruction", "plans", "provision", "provisions", "requirement",
    "specification", "specifications", "standard", "timetable", "handbook", "manual", "guidance", "rulebook",
})
# Nouns of people and records that speak as a bare source after `per` (`..., per police.`, `per court
# documents`, `per sources`): with no determiner or name before them, only these make `per` a source's
# (`per-source`), never a unit's (`per hour`, `per capita`, `per person`).
PER_SOURCE_NOUNS = SPEAKER_NOUNS | EVIDENCE_NOUNS | frozenset({
    "reports", "reporting", "filing", "court", "authorities", "deputies", "troopers", "firefighters", "officials",
    "paramedics", "prosecutors", "investigators", "witnesses", "organizers", "sources", "documents", "records",
})
# Words that label a paragraph with a colon but name no speaker (`UPDATE: ...`, `EDITOR'S NOTE: ...`,
# `WHY IT MATTERS: ...`): a rubric, never a transcript's turn (`quotes.rules.turns`).  Upper case,
# straight apostrophes, words joined by one space.
# Words of narration that tell of an interview before its `Q:` / `A:` run (`sat down with us`, `spoke with`,
# `edited for length`, `the transcript`): the answers are someone's words, not a newsroom's explainer
# (`Here is what to know.` / `Q: What is at stake?` / `A: ...`, the writer's own answers).
INTERVIEW_WORDS = frozenset({
    "interview", "interviews", "interviewed", "interviewer", "transcript", "transcripts", "conversation",
    "spoke", "talked", "chatted", "sat", "edited", "answered", "responded",
    "fielded",  # `The governor fielded questions from readers.`
})
# Verbs whose active subject puts an interview's questions and whose object answers them (`Tom Vale interviewed
# Rosa Lind`, `The host questioned the mayor`): the interviewee is not their subject (`quotes.rules.turns`).
INTERVIEWING_VERBS = frozenset({"interview", "question", "quiz", "grill", "profile"})
# Prepositions whose name is where something stands or happens, never whom one interviews (`runs the food bank
# on Elm Street`, `lives in New Haven`, `works at Acme`); `with`, `to`, `for` may take a person.
WHERE_PREPOSITIONS = frozenset({"in", "on", "at", "near", "along", "across", "outside", "inside", "into", "onto",
                                "off", "around", "throughout", "within"})
# Prepositions opening where a cue was spoken, right after it, before `that` and what was said (`shouted across the
# chamber that ...`, `complained in a letter that ...`, `yelled from the gallery that ...`): never a topic's (`on`).
SAID_WHERE_PREPOSITIONS = (WHERE_PREPOSITIONS - {"on"}) | {"from"}
# Roles a transcript labels with `the` (`THE PRESIDENT:`, `THE COURT:`, `THE WITNESS:`): a speaker, where
# `THE LATEST:` or `THE FACTS:` is a rubric.
LABEL_ROLES = frozenset({
    "president", "vice president", "first lady", "court", "witness", "judge", "moderator", "clerk", "chairman",
    "chairwoman", "chair", "defendant", "interpreter", "speaker", "secretary", "governor", "mayor", "prosecutor",
    "bailiff", "host", "announcer", "narrator", "commissioner", "prime minister", "chancellor", "king", "queen",
    "pope", "coach", "foreman", "juror", "officer", "doctor", "nurse", "operator", "dispatcher", "caller",
    # an earnings call's (`Operator:` / `Analyst:`: one from the floor, unnamed)
    "analyst",
    # a parliament's record (`The DEPUTY SPEAKER:`, `The TREASURER:`)
    "deputy speaker", "acting speaker", "deputy president", "deputy chair", "deputy chairman", "minister",
    "treasurer", "premier", "chief minister", "attorney general", "attorney-general", "leader of the opposition",
})
# Roles of a broadcast's own people in a transcript's label (`HOST:`, `ANCHOR:`, `CALLER:`): a speaker's label even
# alone, as no rubric nor dateline is (`UPDATE:`, `LONDON:`).
BROADCAST_ROLES = frozenset({"host", "co-host", "anchor", "co-anchor", "announcer", "narrator", "moderator", "caller",
                             "interviewer", "presenter", "correspondent"})
# How a broadcast carried a speaker, noted in brackets after a transcript's label (`Smith (via phone):`, `Lee
# (voice-over):`, `Diaz (through an interpreter):`): the first words of such a note, no part of the name.
BROADCAST_NOTE_OPENERS = ("via", "by phone", "by telephone", "on camera", "off camera", "on the phone", "voice-over",
                          "voice over", "through an interpreter", "through a translator", "through interpreter",
                          "through translator", "on tape", "on video", "live")
# A transcript's stage notes in brackets written in small letters (`(laughs)`, `[inaudible]`): no words of
# the speaker whose turn they end; notes in capitals (`(CROSSTALK)`) are read as such by their case.
STAGE_NOTES = frozenset({
    "laughs", "laughter", "laughing", "applause", "crosstalk", "inaudible", "unintelligible", "sighs", "pause",
    "pauses", "chuckles", "chuckling", "cheers", "cheering", "booing", "boos", "silence", "end of clip",
    "begin video clip", "end video clip", "commercial break", "music", "bell rings", "cough", "coughs",
})
# Words of the first person: an answer in them is its speaker's own (`A: I have not decided.`).
FIRST_PERSON_WORDS = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
                                "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll"})
# Words of the second person: someone speaking to someone (`JONES: You said so.`), never a news report's
# narration.
SECOND_PERSON_WORDS = frozenset({"you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'd",
                                 "you'll"})
NOT_SPEAKER_LABELS = frozenset({
    "UPDATE", "UPDATED", "UPDATES", "NOTE", "NOTES", "EDITOR'S NOTE", "EDITORS' NOTE", "EDITORS NOTE", "EDITOR NOTE",
    "CORRECTION", "CORRECTIONS", "CLARIFICATION", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "ALERT", "WARNING",
    "ADVISORY", "DISCLAIMER", "DISCLOSURE", "WATCH", "VIDEO", "PHOTO", "PHOTOS", "AUDIO", "LISTEN", "READ",
    "READ MORE", "MORE", "RELATED", "SEE ALSO", "ALSO", "SOURCE", "SOURCES", "CREDIT", "CREDITS", "FILE",
    "BACKGROUND", "CONTEXT", "ANALYSIS", "OPINION", "COMMENTARY", "EDITORIAL", "SUMMARY", "TIMELINE",
    "FACT CHECK", "THE FACTS", "FACTS", "VERDICT", "THE VERDICT", "RATING", "BOTTOM LINE", "THE BOTTOM LINE",
    "TOPLINE", "KEY POINTS", "TAKEAWAY", "TAKEAWAYS", "BY THE NUMBERS", "THE LATEST", "LATEST", "NEXT", "UP NEXT",
    "TRANSCRIPT", "PARTIAL TRANSCRIPT", "EXCERPT", "EXCERPTS", "SPOILER", "SPOILERS", "TRIGGER WARNING",
    "CLAIM", "THE CLAIM", "QUESTION", "ANSWER", "TOPIC", "SUBJECT", "RE", "FROM", "TO", "CC", "DATE", "PS", "P.S",
    "NB", "N.B", "TL;DR", "TLDR", "FAQ", "HEADLINE", "DATELINE", "BYLINE", "CAPTION",
    "LIVE", "LIVE UPDATES", "DEVELOPING", "JUST IN", "FLASHBACK", "REPORT", "SPECIAL REPORT", "POLL", "REVIEW",
    "INTERVIEW", "PODCAST", "EXPLAINER", "FEATURE", "ESSAY", "COLUMN", "OP-ED", "SPONSORED", "ADVERTISEMENT",
    "PROS", "CONS", "PRO", "CON", "WINNERS", "LOSERS", "WINNER", "LOSER", "YES", "NO", "TRUE", "FALSE", "MYTH",
    "FACT", "REALITY", "TODAY", "TONIGHT", "TOMORROW", "YESTERDAY", "FORECAST", "WEATHER", "SCORE", "RESULT",
    "RESULTS", "STATUS", "LOCATION", "PRICE", "COST", "TICKETS", "INFO", "DETAILS", "CONTACT", "PHONE", "EMAIL",
    "WEBSITE", "ADDRESS", "HOURS", "ADMISSION",
    # a newsletter's or a page's labels for the quotation they set off (`Quote of the day: "..."`, `Pull quote:`)
    "QUOTE", "QUOTES", "QUOTE OF THE DAY", "QUOTE OF THE WEEK", "QUOTES OF THE DAY", "QUOTES OF THE WEEK",
    "PULL QUOTE", "PULLQUOTE", "PULL-QUOTE", "IN QUOTES", "KEY QUOTE", "BEST QUOTE", "WHAT THEY SAID", "THEY SAID",
    "OVERHEARD",
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "JANUARY", "FEBRUARY",
    "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
})

# ... and a newsletter's lead-in labels (`WHY IT MATTERS:`, `What they're saying:`): rubrics in any case.
NOT_SPEAKER_LABELS = NOT_SPEAKER_LABELS | frozenset(label.upper() for label in NEWSLETTER_LABELS)
NOT_SPEAKER_LABELS = NOT_SPEAKER_LABELS | frozenset(label.upper() for label in QUOTE_LABELS)  # `Quotable:`

# Set phrases opening a clause that judge it as no surprise, short for `It is no wonder that ...` (`No wonder
# the mayor said ...`, `Small wonder Ruiz called it "..."`): the writer's comment, no word of the subject.
WONDER_OPENERS = frozenset({("no", "wonder"), ("small", "wonder"), ("little", "wonder")})
# Set-off phrases that link a sentence to what came before, no part of the noun phrase before them
# (`The mayor, for his part, said`, `The firm, in turn, said`): a preposition, then the noun (with any
# possessive pronoun between).
LINKING_ASIDES = frozenset({("for", "part"), ("in", "turn"), ("in", "response"), ("in", "reply"),
                            ("in", "return"), ("in", "contrast"), ("by", "contrast"), ("by", "comparison"),
                            ("in", "addition"), ("in", "fact"), ("of", "course"), ("in", "particular")})
# Single adverbs that link a sentence to what came before, set off by commas after its subject (`The
# alliance's chief, meanwhile, said`, `The union, however, warned`): never the subject, whatever the parse.
CONNECTIVE_ADVERBS = frozenset({"meanwhile", "meantime", "however", "though", "too", "instead", "moreover",
                                "furthermore", "nevertheless", "nonetheless", "likewise", "similarly",
                                "separately", "therefore", "thus", "accordingly", "besides", "also"})

# Adverbs of time or sequence that open a sentence set off by a comma before its subject (`Then, the chairman
# stood up.`, `Later, the mayor was silent.`): the subject follows them, as after CONNECTIVE_ADVERBS.
OPENING_ADVERBS = frozenset({"then", "later", "earlier", "afterwards", "afterward", "still", "finally", "now",
                             "again", "eventually", "initially"})
# Every adverb that opens a sentence set off by a comma before its subject, linking it to what came before
# (`Meanwhile, the mayor said`, `Later, the mayor said`): never part of the subject.
SENTENCE_LINKING_ADVERBS = CONNECTIVE_ADVERBS | OPENING_ADVERBS
# ... and, alone before a colon and a quotation (`"A," she said. Then: "B."`, `And: "..."`, `Plus: "..."`), such an
# adverb or a conjunction links the quotation to the words before it, the same speaker's next: no one's label.
NOT_SPEAKER_LABELS = NOT_SPEAKER_LABELS | frozenset(
    w.upper() for w in SENTENCE_LINKING_ADVERBS | CLAUSE_JOINING_CONJUNCTIONS | {"plus", "or"})
# Words after `a` that open a plural noun phrase (`a few analysts`, `a dozen voters`, `a number of`): with
# any other word, `a` and a plural cannot make one phrase (`a move business groups had demanded`).
PLURAL_AFTER_A = frozenset({"few", "couple", "dozen", "score", "hundred", "thousand", "million", "billion",
                            "number", "lot", "great", "good", "handful", "majority", "minority", "host"})

# Records and depictions of someone saying something (`There is no record of the mayor saying that ...`,
# `footage of the mayor saying ...`): the noun phrase after their `of`, right before the saying's `-ing`
# form, is who says it, not the record.
DEPICTION_NOUNS = frozenset({"record", "records", "video", "videos", "footage", "clip", "clips", "recording",
                             "recordings", "audio", "tape", "tapes", "image", "images", "photo", "photos",
                             "picture", "pictures", "evidence", "example", "examples", "instance", "instances"})

# Reflexive pronouns: right after a noun phrase, an emphatic one stands with it (`the mayor herself said`).
REFLEXIVE_PRONOUNS = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself",
                                "yourselves"})


# Pronoun resolution (`quotes/resolve.py`): words that tell what a pronoun may stand for.
# Words for a share or a count of something, heads of a partitive (`Part of the plan`, `Half of them`, `Nearly
# half said`, `a third of voters`): a quantity, never one person or body that a pronoun stands for.
# (`one of the lawyers`, `each`, `another` may be one person.)
# Quantifiers that may stand for one person (`one of the lawyers`, `each`, `another`).
SINGLE_QUANTIFIERS = frozenset({"one", "each", "another"})
PARTITIVES = (QUANTIFIER_PRONOUNS - SINGLE_QUANTIFIERS) | frozenset({
    "half", "part", "third", "quarter", "majority", "minority", "rest", "dozens", "scores", "hundreds", "thousands",
    "millions", "much"})
# Verb forms that agree with a plural subject only (`The voters were split`, `Officials have said`).
PLURAL_VERBS = frozenset({"are", "were", "have", "do", "aren't", "weren't", "haven't", "don't", "aren’t", "weren’t",
                          "haven’t", "don’t"})
# Pronouns for anyone or anything, and relative ones (`Everyone but Hale said yes`, `something`, `which`): no one
# in particular, never what `he`, `she` or `it` stands for.
INDEFINITES = RELATIVE_PRONOUNS | frozenset({
    "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "everything", "something",
    "anything", "nothing", "what", "whoever", "whatever"})
# Common verbs in the past with no `-ed` (`Kerry spent`, `Ruiz won`), for a word after a name to look like its verb.
IRREGULAR_PASTS = frozenset({
    "said", "told", "went", "made", "took", "gave", "won", "lost", "ran", "spent", "came", "got", "met", "saw", "knew",
    "thought", "began", "left", "sent", "held", "put", "set", "found", "wrote", "spoke", "became", "brought", "felt",
    "kept", "led", "paid", "sat", "stood", "heard", "meant", "read", "fought", "drew", "grew", "threw", "hit", "quit",
    "let", "cut", "bought", "sought", "taught", "caught", "rose", "fell", "chose", "broke", "struck", "swore", "wore"})
# Pasts of carrying or wearing something (`Some carried signs reading "..."`): right before a noun, the clause's
# own verb and the noun its object, never a participle modifying the noun.
CARRYING_PASTS = frozenset({"carried", "waved", "hoisted", "brandished", "wore", "toted", "held"})
# Pasts that are never participles (`drew`, not `drawn`): with an object after a noun phrase, the clause's
# own past verb (`The senator's pledge to cut taxes drew applause`), never a participle on the noun.
PAST_ONLY_FORMS = frozenset({"went", "took", "gave", "ran", "came", "saw", "knew", "began", "wrote", "spoke",
                             "became", "drew", "grew", "threw", "rose", "fell", "chose", "broke", "swore", "wore",
                             "ate", "forgot", "drove", "rode", "shook", "stole", "froze", "sang"})
# Pasts of verbs of saying with no `-ed` that are their participles too: a tagger may take the past for the
# participle, as it may an `-ed` form (`..., said Minister Koh Poh Koon on Thursday (Dec 10).`).  Not `told`:
# the one told follows it, so `S, told X` is no inversion (`The union leader, after talks broke down, told
# members to ...`: the leader told the members).
UNMARKED_SAY_PASTS = frozenset({"said"})
# Past participles with no `-ed` that may follow a head noun (`the chief known as Bob`).
IRREGULAR_PARTICIPLES = frozenset({"known", "shown", "seen", "given", "taken", "written", "chosen", "born"})
# Past participles spelt as the past, with no `-ed` (`traders hit by the ban`, `experts sent by the agency`,
# `workers led by the union`): before `by` or a phrase, a reduced relative clause on the noun before them.
IRREGULAR_PARTICIPLES = IRREGULAR_PARTICIPLES | frozenset({
    "sent", "hit", "held", "led", "hurt", "caught", "brought", "bought", "paid", "made", "kept", "left", "met",
    "put", "set", "shut", "cut", "told", "sold", "found", "won", "struck", "bound", "fed", "built", "spent",
    "lent", "dealt", "felt", "heard", "laid", "lost", "meant", "read", "shot", "spread", "stuck", "taught",
    "sought", "fought", "hung", "drawn", "thrown", "grown", "flown", "sworn", "torn", "worn", "quit"})
# Negated auxiliaries, as a verb after a name (`Ruiz won't say`).
NEGATED_AUXILIARIES = frozenset({"won't", "won’t", "can't", "can’t", "isn't", "isn’t", "wasn't", "wasn’t"})
# Endings of nouns for one who does something (`caller`, `donor`, `economist`, `politician`, `assistant`,
# `surgeon`, `nominee`): a head that may be a person where the lexicon's nouns for one do not say.
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "eon", "ee")
# Nouns for a party's or a side's member (`the Ohio Republican`), a person too.
PARTISANS = frozenset({"republican", "democrat", "conservative", "liberal", "progressive", "independent", "moderate",
                       "socialist", "loyalist"})
# ... but for no one (`the brief order`), nor an adverb or other word with such an ending (`Ruiz never said`).
NOT_AGENTS = frozenset({
    "order", "number", "paper", "letter", "matter", "border", "water", "chapter", "power", "quarter", "answer",
    "center", "centre", "error", "factor", "sector", "floor", "door", "labor", "labour", "favor", "favour", "honor",
    "honour", "color", "colour", "major", "minor", "prior", "summer", "winter", "september", "october", "november",
    "december", "never", "ever", "later", "earlier", "rather", "together", "further", "however", "either", "neither",
    "whether", "after", "under", "over", "other", "another", "per", "manner", "character", "cancer", "corner",
    "computer", "register", "filter", "meter", "theater", "theatre", "plant", "grant", "giant", "tyrant", "variant",
    "warrant", "restaurant", "committee", "degree", "coffee", "fee", "tree", "free", "agree", "see",
    "guarantee", "decree", "pedigree",
    # things and forces, no one who speaks (`The river threatens to flood the valley`)
    "river", "disaster", "fever", "thunder", "weather", "tumor", "tumour", "terror", "meteor", "danger", "anger",
    "hunger", "pressure", "measure", "crater", "reactor", "layer"})
# Adjectives that follow the noun they describe, before a preposition (`a source close to the club`).
POSTPOSED_ADJECTIVES = frozenset({"close", "near", "loyal", "familiar", "friendly", "responsible", "sympathetic",
                                  "critical", "opposed"})
# Nouns for one person that the lexicon's lists leave out (`a guest`, `one insider`).
MORE_PERSONS = frozenset({"person", "guest", "child", "immigrant", "citizen", "volunteer", "insider", "attendee",
                          # holders of a sporting title (`Zhou, the defending champion,`)
                          "champion", "titleholder", "medallist", "medalist", "runner-up"})


# `said he would stay and then left`: an adverb of what came next, after `and`, opens the speaker's next act
SEQUENCE_ADVERBS = frozenset({"then", "later", "afterwards", "afterward"})

# Languages a speaker may speak in (`said in French`, `in English, "..."`): a quotation glossed after one is the
# translation of the speaker's words.
LANGUAGE_NAMES = frozenset({
    "english", "french", "german", "spanish", "italian", "portuguese", "russian", "ukrainian", "polish", "arabic",
    "hebrew", "turkish", "persian", "farsi", "chinese", "mandarin", "cantonese", "japanese", "korean", "hindi",
    "urdu", "swahili", "dutch", "greek", "swedish", "norwegian", "danish", "finnish", "hungarian", "czech",
    "romanian", "serbian", "croatian", "vietnamese", "thai", "indonesian", "tagalog", "latin", "yiddish", "irish",
    "welsh", "catalan", "basque", "amharic", "somali", "pashto", "dari", "bengali", "tamil", "kurdish", "georgian",
    "armenian", "belarusian", "bulgarian", "slovak", "malay", "afrikaans", "zulu", "hausa", "burmese", "khmer"})
# Words that, with `for` after them, gloss a term by its meaning (`"Carpe diem," Latin for "seize the day"`,
# `"POTUS," shorthand for "President of the United States"`): with LANGUAGE_NAMES, the quotation after `for` is
# the writer's gloss, no one's words.
GLOSS_WORDS = frozenset({"short", "shorthand", "slang", "code", "jargon", "lingo", "euphemism", "abbreviation",
                         "acronym"})
# Words that open a translation of quoted words right before the translation's opening mark, after a comma, a
# stop, a dash or a bracket (`, meaning "..."`, `, which translates as "..."`, `-- in English, "..."`, `(translated: "...")`,
# `(Translation: "...")`);
# a bare `or` glosses only after the language the words were said in (`told reporters in French, or "..."`).
TRANSLATION_GLOSS = re.compile(
    r"(?:^|[,(.\u2014\u2013]|--)\s*(?:(?:which|that)\s+(?:roughly\s+|loosely\s+)?(?:means|translates\s+(?:as|to|into))"
    r"|(?:roughly\s+|loosely\s+)?(?:meaning|translated(?:\s+as)?)(?:,?\s+in\s+English)?|(?:English\s+)?translation"
    r"|(?:or|that\s+is),?\s+in\s+English|in\s+English|(?P<bare>or|that\s+is))\s*[,:]?\s*\Z", re.IGNORECASE)

# What may open a sentence that gives quoted words again in another tongue, before its quotation's mark: a bracket
# (`("We are ready.")`), a label of a translation (`Translation: "..."`, `In English, "..."`), or both (`(Translated:
# "...")`): the sentence's words are the quotation alone.
TRANSLATION_LABEL = re.compile(
    r"(?P<bracket>\(\s*)?(?P<label>(?:(?:english|rough|loose)\s+)?translation|translated|in\s+english)?\s*[:,]?\s*\Z",
    re.IGNORECASE)

# Reporting verbs of other languages that international wire copy keeps in a tag next to a quotation
# (`"Wir sind bereit," sagte Scholz.`, `"Estamos listos," dijo Sánchez.`, `"...," a déclaré Macron.`): the
# words of each form, in lower case, with their accents (matched with or without them).  A tag only: never
# read as the cue of a foreign clause.
# French past participles of saying after `a` (`a déclaré`) or an inverted auxiliary (`a-t-il souligné`).
_FRENCH_SAID = ("déclaré", "dit", "affirmé", "expliqué", "ajouté", "indiqué", "souligné", "assuré", "estimé", "répondu")
FOREIGN_TAG_VERBS = frozenset({
    ("sagte",), ("erklärte",), ("betonte",), ("meinte",), ("sagt",), ("erklärt",), ("betont",),   # German
    ("dijo",), ("afirmó",), ("declaró",), ("aseguró",), ("señaló",), ("explicó",), ("añadió",),   # Spanish
    ("agregó",), ("indicó",), ("sostuvo",), ("subrayó",), ("respondió",), ("insistió",),
    *(("a", said) for said in _FRENCH_SAID),                                                       # French
    *((inverted, said) for inverted in ("a-t-il", "a-t-elle", "ont-ils", "ont-elles")              # (`a-t-il dit`)
      for said in _FRENCH_SAID),
    ("ha", "detto"), ("ha", "dichiarato"), ("ha", "affermato"), ("ha", "spiegato"), ("ha", "aggiunto"),  # Italian
    ("ha", "sottolineato"), ("ha", "risposto"),
    ("disse",), ("afirmou",), ("declarou",), ("explicou",), ("acrescentou",), ("garantiu",),       # Portuguese
    ("respondeu",),
    ("so",),                                                                                      # German
})


def _unaccented(ch: str) -> str:
    """A letter less its accents (`é` -> `e`, `ñ` -> `n`); any other character as it is."""
    return "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))


def unaccented(word: str) -> str:
    """A word less its accents, as copy that types it bare writes it (`françois` -> `francois`)."""
    return "".join(map(_unaccented, word))


def _spellings(word: str) -> frozenset[str]:
    """A word as wire copy may type it, with each of its accents kept or dropped (`añadió`, `añadio`,
    `anadió`, `anadio`)."""
    return frozenset("".join(chars) for chars in product(*({ch, _unaccented(ch)} for ch in word)))


# FOREIGN_TAG_VERBS as the text may spell them, accented or not, in lower case: each form's words, built once.
FOREIGN_TAG_FORMS = frozenset(spelt for form in FOREIGN_TAG_VERBS for spelt in product(*map(_spellings, form)))
FOREIGN_TAG_LONGEST = max(len(form) for form in FOREIGN_TAG_VERBS)
# French subject pronouns an auxiliary of FOREIGN_TAG_VERBS ends with, inverted after a quotation (`"C'est fini",
# a-t-il déclaré`: "he said"): the tag's speaker, as the English pronoun that stands for the same person.
FOREIGN_INVERTED_PRONOUNS = {"-il": "he", "-elle": "she", "-ils": "they", "-elles": "they"}
# Subject pronouns of other languages standing alone after a tag's verb of FOREIGN_TAG_VERBS (`"Wir sind bereit",
# sagte er.`: "he said"; `sagte sie`, after a verb in the singular, is `she`), in lower case as a tag sets them: the
# tag's speaker, as the English pronoun that stands for the same person.
FOREIGN_TAG_PRONOUNS = {"er": "he", "sie": "she", "él": "he", "ella": "she", "ele": "he", "ela": "she",
                        "lui": "he", "lei": "she"}
# Articles of other languages opening a tag's speaker after a verb of FOREIGN_TAG_VERBS, a noun in lower case after
# them (`a déclaré le ministre`, `dijo el ministro`, `disse a ministra`: "said the minister").
FOREIGN_TAG_DETERMINERS = frozenset({"le", "la", "les", "el", "los", "las", "il", "lo", "gli", "o", "a", "os", "as",
                                     "der", "die", "das", "un", "une", "una", "uno", "um", "uma", "ein", "eine"})
# Tag words of FOREIGN_TAG_VERBS that are no verbs and English words too (German `so`, `"...", so Scholz.`:
# "according to"): a tag only right after a quotation, with a capitalised name alone closing the sentence
# or its clause (not `"We lost," so Lee went home.`).
FOREIGN_TAG_NAME_ONLY = frozenset({"so"})
# Short English words that nearly every English sentence of a few words holds and that are no words of
# the languages wire copy quotes most (not `a`, `in`, `no`, `was`, `will`, `an`, `am`, `me`, `on`, `do`,
# `so`, `i`: German, Spanish, French, Italian or Portuguese words too): a quotation holding none is not in
# English (`"Estamos listos,"` against `"We are ready."`).
ENGLISH_MARKER_WORDS = frozenset({
    "the", "we", "you", "he", "she", "it", "they", "is", "are", "were", "be", "been", "to", "of", "and", "for",
    "not", "this", "that", "with", "have", "has", "had", "our", "my", "can", "what", "yes", "at", "by", "us",
    "your", "their", "there", "here", "would", "should", "could", "must", "from", "but", "if", "who", "how",
    "why", "when", "never", "just", "very", "too", "now", "let", "let's", "it's", "don't", "i'm", "i've", "i'll",
    "we're", "we'll", "won't", "can't", "isn't"})

# Short words that sentences of the languages wire copy quotes most hold and English lacks (Spanish, French,
# German, Italian, Portuguese; not `con`, `son`, `per`, `non`, `le`, `des`, `du`, `der`, `die`, `mi`, `su`,
# `lo`, `se`, `il`, `es`: English words or parts of names too), and letters English writes only in borrowed
# words: a quotation holding one, and no English (ENGLISH_MARKER_WORDS), is in another language
# (`"Queremos respeto para todos,"`).
FOREIGN_MARKER_WORDS = frozenset({
    "que", "los", "las", "el", "del", "y", "muy", "pero", "por", "para", "una", "nos", "hay", "ya", "nada",
    "todo", "todos", "nunca", "siempre", "estamos", "somos", "está", "están",
    "est", "sont", "nous", "vous", "je", "pas", "une", "et", "c'est", "n'est", "avec", "pour", "très", "mais",
    "qui", "elle", "ist", "sind", "wir", "nicht", "und", "ich", "ein", "eine", "mit", "auch", "noch", "aber",
    "che", "siamo", "sono", "della", "è", "não", "nós", "estão", "uma", "muito"})
FOREIGN_LETTERS = frozenset("ñ¿¡ãõßœ")
# Sources a headline names after a closing dash (`Budget will hurt the poor - charity`), beyond the
# speaker, role, group and organisation words: who a headline's claim is credited to.
HEADLINE_SOURCE_WORDS = frozenset({
    "charity", "charities", "watchdog", "regulator", "campaigners", "mps",
})
# An office's or a court's initials in capitals that close a South Asian headline after its colon as its source
# (`Will not tolerate lawlessness: CM`, `Pakistan will not accept hegemony: FM`, `Bail is the rule: SC`): the
# Prime, Chief, Foreign or Home Minister, a district's officers, the High and Supreme Courts, the Chief Justice of
# India, the Election Commission; not a shout's or an outlet's capitals (`: LIVE`, `: SMH`).
HEADLINE_OFFICE_INITIALS = frozenset({"pm", "cm", "fm", "hm", "dm", "dc", "sp", "ssp", "dgp", "igp", "hc", "sc", "cji",
                                      "ec", "cec", "mp", "mla"})
# Nouns that, alone before a headline's colon, name its claim's source, not its topic (`Report: Ruiz to
# speak at summit`, `Poll: Ruiz leads in Ohio`, `Police: suspect arrested`): a finding, a record or a
# body of people, in title case (`REPORT:` in capitals is a rubric's label, NOT_SPEAKER_LABELS).
HEADLINE_LABEL_SOURCES = frozenset({
    "report", "poll", "survey", "study", "audit", "police", "officials", "sources", "prosecutors",
    "investigators", "witnesses", "newspaper", "documents", "filing", "memo",
})

# Comparative quantifiers that open a rubric or a phrase, never a name (`More on the deal: "..."`, `Less
# than half said ...`, `Fewer voters ...`): no speaker's name opens with one.
COMPARATIVE_QUANTIFIERS = frozenset({"more", "less", "fewer", "least", "further"})

# Verbs of saying whose past is spelt as their noun (`The agency forecast that demand would peak`): the
# tagger may read the form as the head of a noun phrase (`the agency forecast`), leaving the sentence
# with no verb of its own; then the form is the past verb.
NOUN_SPELT_PASTS = frozenset({"forecast"})
