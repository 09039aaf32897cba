"""Shared tests on raw text, each written once: word counts, trimming a name's edges.

    >>> word_count("a b  c", (0, 6))
    3
    >>> s = ' "Rep. Gwen Moore (D-Wis), said'
    >>> a, b = trimmed(s, 0, 24); s[a:b]
    'Rep. Gwen Moore'
    >>> s = 'Sen. Jo Hart (D-Vt.), a member'
    >>> a, b = trimmed(s, 0, 20); s[a:b]
    'Sen. Jo Hart'
    >>> s = 'Sen. Jo Hart, D-N.Y., said'
    >>> a, b = trimmed(s, 0, 21); s[a:b]
    'Sen. Jo Hart'
    >>> s = 'Acme (ACME.N) said'
    >>> a, b = trimmed(s, 0, 12); s[a:b]
    'Acme (ACME.N)'
"""
from __future__ import annotations

import re
from typing import Sequence

import regex

from ..lexicon import (COMPANY_SUFFIXES, DEFINITION_WORDS, ENGLISH_MARKER_WORDS, FOREIGN_LETTERS, FOREIGN_MARKER_WORDS, FOREIGN_TAG_FORMS, FOREIGN_TAG_LONGEST,
                       GROUP_NOUNS, HEADLINE_SOURCE_WORDS, HONORIFICS, LABEL_ROLES, SHORT_HONORIFICS, MARK_CHARS, ORGANISATION_WORDS, OWNER_DETERMINERS, ROLE_WORDS,
                       SAYING_NOUNS, SPEAKER_NOUNS, STOCK_SAYINGS, OCCASION_NOUNS, party_label)
from ..lexicon import POSSESSIVE_ENDINGS

__all__ = ["word_count", "trimmed", "title_case", "stopless_line", "TITLE_MIN_WORDS", "TITLE_SHARE", "HEADLINE_LINE_WORDS",
           "HEADLINE_DASH_SOURCE_WORDS", "HEADLINE_CLAIM_WORDS", "HEADLINE_NAME_WORDS", "foreign_tag", "english_words", "foreign_words", "source_word",
           "defined_term", "DEFINED_TERM_WORDS", "common_saying", "stock_saying", "office_label", "bracket_close"]

TITLE_MIN_WORDS = 4   # a headline in title case: at least this many words,
TITLE_SHARE = 0.8     # this share of them capitalised
HEADLINE_LINE_WORDS = 14        # the most words of a line closing with no stop read as a headline
HEADLINE_DASH_SOURCE_WORDS = 4  # the most words after a headline's closing dash that name its source
NICKNAME_WORDS = 3  # the most words inside a nickname's marks within a name (`Tom "The Tank" Hale`)
HEADLINE_CLAIM_WORDS = 2        # the fewest words of a claim a headline credits with a colon or dash, one a
                                # verb (`Police: suspect arrested`: a headline drops articles and auxiliaries)
HEADLINE_NAME_WORDS = 2         # the most words of a bare name closing a headline after its colon (`: Rahul`)


def word_count(text: str, rng: tuple[int, int]) -> int:
    """How many whitespace-separated words `text[rng[0]:rng[1]]` holds."""
    return len(text[rng[0]:rng[1]].split())


def trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The range of a name less surrounding spaces and punctuation, and less a party and state set off
    after it (`Sen. Jo Hart, D-N.Y.`, `Rep. Al Roe (R-Texas)`: `lexicon.party_label`); None when nothing
    is left."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    close = text.find(")", end, end + 2)  # `(D-Wis)`, or past an abbreviation's period: `(D-Wis.)`
    if close != -1 and text.count("(", start, end) > text.count(")", start, end):
        end = close + 1  # `Acme (ACME.N)` keeps its closing parenthesis
    setting_off = max(text.rfind(",", start, end), text.rfind("(", start, end))
    if setting_off > start and party_label(text[setting_off + 1:end].strip().rstrip(")")):
        return trimmed(text, start, setting_off)
    return (start, end) if start < end else None



def common_saying(words: Sequence[str]) -> bool:
    """Whether a speaker's phrase is a saying no one owns: it closes on a noun of a saying (lexicon SAYING_NOUNS:
    `the old saying`, `an old Chinese proverb`) with no owner in it, neither an owner's `'s` (`Reagan's maxim`) nor
    a determiner of one (lexicon OWNER_DETERMINERS: `his favourite adage`); an owner after it closes the phrase on
    the owner (`the saying of my grandmother`: hers).  The words are the phrase's, in order, its marks
    split off or not (`proverb,`).

    >>> common_saying(["As", "the", "old", "saying"]), common_saying("An old Chinese proverb ,".split())
    (True, True)
    >>> common_saying(["Reagan", "'s", "maxim"]), common_saying(["his", "adage"])
    (False, False)
    >>> common_saying("the saying of my grandmother".split())
    False
    """
    low = [w.lower() for w in words if any(c.isalnum() for c in w)]
    return bool(low) and "".join(c for c in low[-1] if c.isalnum()) in SAYING_NOUNS \
        and not any(w in OWNER_DETERMINERS or w.endswith(POSSESSIVE_ENDINGS) for w in low)


_OPENS_CLAUSE = "^"   # in a STOCK_SAYINGS phrase: the phrase opens its clause
_MARK_OR_END = ","   # in a STOCK_SAYINGS phrase: a mark, or the sentence's end, there
_WHERE_SAID = "in*"  # in a STOCK_SAYINGS phrase: `in` opening a phrase up to the next mark that names no owner and
                     # no occasion of speaking (`as they say in baseball`; not `as they say in their letter`)


def _stock_sayings_by_word() -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """Each word of a STOCK_SAYINGS phrase, with every phrase (as its words) it stands in and where."""
    found: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in STOCK_SAYINGS:
        words = tuple(phrase.split())
        for k, word in enumerate(words):
            if word not in (_OPENS_CLAUSE, _MARK_OR_END, _WHERE_SAID):
                found.setdefault(word, []).append((words, k))
    return {word: tuple(places) for word, places in found.items()}


_STOCK_SAYINGS_BY_WORD = _stock_sayings_by_word()


def _mark(word: str) -> bool:
    """Whether a word is all marks (`,`, `--`, a quotation mark)."""
    return not any(c.isalnum() for c in word)


def _stock_word(words: Sequence[str], at: int, word: str) -> bool:
    """Whether the sentence's word at `at` is a STOCK_SAYINGS phrase's `word` (its `,`: a mark or the end)."""
    if word == _MARK_OR_END:
        return at >= len(words) or _mark(words[at])
    if word == _WHERE_SAID:
        if at >= len(words) or words[at].lower() != "in":
            return False
        end = next((j for j in range(at + 1, len(words)) if _mark(words[j])), len(words))
        return not any(w.lower() in OWNER_DETERMINERS or w.lower() in OCCASION_NOUNS or w.endswith(POSSESSIVE_ENDINGS)
                       for w in words[at + 1:end])
    return at < len(words) and words[at].lower() == word


def stock_saying(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """The first and last word of the stock phrase of saying that `words[i]` stands in (lexicon STOCK_SAYINGS:
    `It goes without saying that ...`, `Having said that, ...`, `..., as they say, ...`, `as the saying goes`):
    common wording that reports nothing; None when it stands in none.  The words are the sentence's, its marks
    split off.

    >>> stock_saying("It goes without saying that the team is tired .".split(), 3)
    (1, 3)
    >>> stock_saying("Having said that , the coach was pleased .".split(), 1)
    (0, 3)
    >>> stock_saying("Lee , having said that he would go , left .".split(), 3) is None
    True
    >>> stock_saying("The river , as they say , had a mind of its own .".split(), 5)
    (3, 6)
    >>> stock_saying("Prices will fall , as they say they will .".split(), 6) is None
    True
    >>> stock_saying("He boat-raced her , as they say in baseball .".split(), 6)
    (4, 7)
    >>> stock_saying("Prices will fall , as they say in their letter .".split(), 6) is None
    True
    """
    for phrase, k in _STOCK_SAYINGS_BY_WORD.get(words[i].lower(), ()):
        opens = phrase[0] == _OPENS_CLAUSE
        body = phrase[1:] if opens else phrase
        start = i - (k - 1 if opens else k)
        if start < 0 or opens and start > 0 and not _mark(words[start - 1]):
            continue
        if all(_stock_word(words, start + j, word) for j, word in enumerate(body)):
            return start, min(start + len(body), len(words)) - 1
    return None


def title_case(words: Sequence[str]) -> bool:
    """Whether a sentence's words (those opening with a letter) make a headline in title case (`Trump Says
    He Is Unlikely To ...`), where capitals mark no names and a capitalised cue form is still a verb.

    >>> title_case("Nine Things Jo Hart Has Said".split()), title_case("Jo Hart said it was over".split())
    (True, False)
    """
    return len(words) >= TITLE_MIN_WORDS and sum(w[0].isupper() for w in words) >= TITLE_SHARE * len(words)


def stopless_line(tokens: Sequence[str]) -> bool:
    """Whether a sentence's tokens make a short line closing with no stop (no `.`, `!`, `?` after its last
    word, nor inside a quotation closing it): a headline in sentence case, which may drop its verbs; a
    quotation closing on a word is no stop (`Union slams pay offer as 'insulting'`).

    >>> stopless_line("No plan to extend lockdown , says Health Minister".split())
    True
    >>> stopless_line("The plan was dropped .".split()), stopless_line(['He', 'said', '"', 'No', '.', '"'])
    (False, False)
    >>> stopless_line(["Union", "slams", "offer", "as", "'", "insulting", "'"])
    True
    """
    words = [t for t in tokens if t[:1].isalnum()]
    last = len(tokens) - 1
    while last > 0 and tokens[last] and not tokens[last].strip(MARK_CHARS):
        last -= 1  # a closing quotation mark: the stop, if any, is inside it
    return bool(words) and len(words) <= HEADLINE_LINE_WORDS and tokens[last][:1].isalnum()


def foreign_tag(words: Sequence[str], i: int) -> int:
    """How many words from `words[i]` make a reporting verb of another language (lexicon FOREIGN_TAG_VERBS:
    `sagte`, `dijo`, `a déclaré`, `ha detto`), accented or not (FOREIGN_TAG_FORMS); 0 when none does.

    >>> foreign_tag("Estamos listos , dijo Sánchez".split(), 3), foreign_tag("a déclaré Macron".split(), 0)
    (1, 2)
    >>> foreign_tag("a dice game".split(), 0)
    0
    """
    for n in range(min(FOREIGN_TAG_LONGEST, len(words) - i), 0, -1):
        if tuple(w.lower() for w in words[i:i + n]) in FOREIGN_TAG_FORMS:  # (accent-free spellings built once)
            return n
    return 0


def english_words(text: str) -> bool:
    """Whether a quotation's words hold a short word of English that other languages lack (lexicon
    ENGLISH_MARKER_WORDS): its words are English.

    >>> english_words("We are ready."), english_words("Estamos listos,"), english_words("Wir sind bereit")
    (True, False, False)
    """
    words = ("".join(ch for ch in w if ch.isalpha() or ch in "'\u2019").replace("\u2019", "'").lower()
             for w in text.split())
    return any(w in ENGLISH_MARKER_WORDS for w in words)


def foreign_words(text: str) -> bool:
    """Whether a quotation's words are in another language: a short word of one that English lacks, or a
    letter English writes only in borrowed words (lexicon FOREIGN_MARKER_WORDS, FOREIGN_LETTERS), and no
    word of English (`english_words`).

    >>> foreign_words("Queremos respeto para todos,"), foreign_words("¡Basta!"), foreign_words("Not for us")
    (True, True, False)
    >>> foreign_words("Good morning,")
    False
    """
    if english_words(text) or not text:
        return False
    words = ("".join(ch for ch in w if ch.isalpha() or ch in "'\u2019").replace("\u2019", "'").lower()
             for w in text.split())
    return any(ch in FOREIGN_LETTERS for ch in text.lower()) or any(w in FOREIGN_MARKER_WORDS for w in words)


def source_word(text: str) -> bool:
    """A lower-case noun that names a source with no article or name about it, as headlines write them
    (`says mayor`, `- charity`, `: council leader`): a speaker, role, group or organisation word (lexicon
    HEADLINE_SOURCE_WORDS besides).

    >>> source_word("mayor"), source_word("charity"), source_word("Mayor"), source_word("no")
    (True, True, False, False)
    """
    return text.islower() and text in SPEAKER_NOUNS | ROLE_WORDS | GROUP_NOUNS | ORGANISATION_WORDS \
        | HEADLINE_SOURCE_WORDS


DEFINED_TERM_WORDS = 5   # the most words of a term a release's brackets define
_QUOTED_TERM = re.compile("[\"\u201c\u201d]\\s*([^\"\u201c\u201d]{1,60}?)\\s*[\"\u201c\u201d]")
_NAME_WORD = re.compile("[\\w&'\u2019.-]+")


def defined_term(inner: str, name: str) -> bool:
    """Whether brackets holding `inner` right after `name` define a short form of it for the rest of the
    text (`Acme Holdings, Inc. ("Acme" or the "Company")`, `Global Energy Partners ("GEP")`, `(collectively,
    the "Parties")`): quoted capitalised terms of a few words, and besides them only `DEFINITION_WORDS` and
    commas; a term with no such word before it must be the name's own words or its initials, so a nickname
    in brackets (`Tom Vale ("Big Tom")`) is no definition.

    >>> defined_term('"Acme" or the "Company"', "Acme Holdings, Inc.")
    True
    >>> defined_term('"GEP"', "Global Energy Partners, LLC")
    True
    >>> defined_term('"Acme"', "Acme Holdings, Inc.")
    True
    >>> defined_term('"Big Tom"', "Tom Vale")
    False
    >>> defined_term('"We will win"', "Tom Vale")
    False
    """
    terms = _QUOTED_TERM.findall(inner)
    rest = _QUOTED_TERM.sub(" ", inner).replace(",", " ").replace(";", " ").lower().split()
    if not terms or any(w not in DEFINITION_WORDS for w in rest) \
            or any(not t[:1].isupper() or len(t.split()) > DEFINED_TERM_WORDS for t in terms):
        return False
    if rest:
        return True
    words = [w.strip(".,") for w in _NAME_WORD.findall(name)]
    words = [w for w in words if w[:1].isupper() and w.replace(".", "").lower() not in COMPANY_SUFFIXES]
    for t in terms:
        own = t.split()
        if not any(words[k:k + len(own)] == own for k in range(len(words))) \
                and not (t.isupper() and 2 <= len(t) <= len(words)
                         and "".join(w[0] for w in words[-len(t):]).upper() == t):
            return False
    return True


# A word of an office in title case (`Prime`, `Minister`), or an honorific with its period (`Mr.`).
_OFFICE_WORD = regex.compile(r"\p{Lu}[\p{Ll}'’-]+|(?:" + "|".join(SHORT_HONORIFICS) + r")\.?")


def office_label(words: Sequence[str]) -> bool:
    """Whether a title-case label's words are an office as a parliament's record names it, `The` or an
    honorific before a role of lexicon LABEL_ROLES (`The Prime Minister`, `Mr Speaker`, `Madam Deputy
    Speaker`), the holder's name in brackets after it or not; not `The plan`.

    >>> office_label(["The", "Prime", "Minister"]), office_label(["Mr", "Speaker"]), office_label(["The", "plan"])
    (True, True, False)
    """
    return len(words) > 1 and (words[0] == "The" or words[0].lower().rstrip(".") in HONORIFICS) \
        and all(_OFFICE_WORD.fullmatch(w) for w in words[1:]) and " ".join(words[1:]).lower() in LABEL_ROLES


BRACKET_OPEN, BRACKET_CLOSE = "(", ")"  # the round brackets a writer sets an aside within


def bracket_close(text: str, first: int, a: int, b: int) -> int | None:
    """Where words [a, b) stop at the bracket closing one left open before `first` (the start of a cue's words),
    on its line: a clause set within brackets goes on no further than their close (`The 1992 race (which Lee won
    after declaring himself the "comeback kid") makes this ...`); None when no bracket is open there, or none
    closes within [a, b) before another opens.

    >>> t = 'The race (which Lee won by calling it "a fluke") made news.'
    >>> t[t.index("calling"):bracket_close(t, t.index("calling"), t.index("calling"), len(t))]
    'calling it "a fluke"'
    >>> bracket_close("Lee said (again) it was over.", 4, 4, 29) is None
    True
    """
    opening = text.rfind(BRACKET_OPEN, 0, first)
    if opening < 0 or BRACKET_CLOSE in text[opening:first] or "\n" in text[opening:first]:
        return None
    close = next((k for k in range(a, b) if text[k] in (BRACKET_OPEN, BRACKET_CLOSE)), None)
    return close if close is not None and text[close] == BRACKET_CLOSE else None
