"""Cheap first stage: paragraphs, sentences and tokens by regular expressions.

No model runs here, so every document is split in linear time and only the
sentences that attribution needs go on to the neural parser.  Tokens follow
UD English conventions (clitics split off) so the parser sees what it was
trained on.  All offsets are into the caller's text.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from .lexicon import (BREAK_DASHES, BULLET_GLYPHS, FOOT_MARKS, INCH_MARKS, PAGE_OF_WORDS, PAGE_WORDS, PRIME_INCH_MARKS, DOUBLE_CLOSE, DOUBLE_EITHER, DOUBLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER, SINGLE_OPEN, APOSTROPHE_TITLES, CAPITAL_TITLES, BANG_NAMES, CLITICS, DOUBLED_MARKS, MARK_ENTITIES, NEWSLETTER_LABELS, NEWSLETTER_LABEL_LEADS, NONFINAL_ABBREVIATIONS, SPACE_ENTITIES, STAMP_WORDS, STAMP_ZONES, TITLES, TYPESET_SPACES, INVISIBLE_FORMAT_CHARS, NOT_PAST_FORMS, PRESENT_TAG_FORMS, NOMINATIVE_PRONOUNS,
                      cue_forms)

from .marks import low_comma_marks, opening_right_marks, turned_marks

__all__ = ["Token", "Sentence", "paragraphs", "tokenize", "split_sentences", "split_read_sentences", "plain_spaces", "reading_text"]

MAX_SENTENCE_TOKENS = 150  # longer runs (tables, transcripts without stops) are cut for the parser


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """A sentence: its character range, tokens and the paragraph it sits in."""

    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]
    paragraph: int


_BLANK = regex.compile(r"\n[^\S\n]*(?:\r?\n|\r)|\r[^\S\r\n]*\r|\r\n[^\S\n]*\r\n")
_LINE = regex.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0c|\x0b|\x1c|\x1d|\x1e|\x85")
# A line break inside a sentence, in text wrapped at a fixed width with no blank lines to tell by: the line
# ends in a lower-case word, a comma or a word broken at a hyphen, and the next goes on in lower case
# (`said the plan\nwas dead`, `"We will not\nbuild it"`, `ir-\nresponsible`).  Lines and headlines end
# otherwise, and a paragraph opens with a capital, a mark or a bullet.  A wrapped text breaks so again and
# again (at least MIN_SOFT_WRAPS times), its lines (all but a WRAP_QUANTILE's outliers) no longer than a
# fixed width allows (WRAP_COLUMNS): a web page's long paragraph broken once is a slip of editing.
MIN_SOFT_WRAPS = 2
WRAP_COLUMNS = 100
WRAP_QUANTILE = 0.9
# Of the single line breaks inside a wrapped text's blocks, at least this share falls inside a sentence: a
# line ending on a stop (`_LINE_STOP`) or one opening a list's item or a signature (`_ITEM_OPENER`) is a list.
WRAP_INSIDE_SHARE = 0.5
_LINE_STOP = regex.compile(r"[.!?:…][\p{Pf}\p{Pe}\"'’”]*\h*\r?\Z")
_ITEM_OPENER = regex.compile(r"\h*(?:[" + "".join(sorted(BULLET_GLYPHS)) + r"*]|" + "|".join(
    regex.escape(d) for d in sorted(BREAK_DASHES, key=len, reverse=True)) + r")\h")
_SOFT_WRAP = regex.compile(r"(?<=(?:\p{Ll}|,|\p{L}-)[^\S\r\n]*)(?:\r\n|\r|\n)(?=[^\S\r\n]*\p{Ll})")
# Of those, a word broken at a hyphen (`commit-\nment`, `long-\nstanding`) is inside a sentence in any text,
# wrapped or not: no line, heading or paragraph ends on a hyphen glued to a word with lower case going on.
_HYPHEN_WRAP = regex.compile(r"(?<=\p{L}-[^\S\r\n]*)(?:\r\n|\r|\n)(?=[^\S\r\n]*\p{Ll})")

# A line that is only a page's or a picture's number (`4`, `- 4 -`, `Page 4`, `p. 4`, `Page 4 of 12`, `4/12`,
# lexicon PAGE_WORDS, PAGE_OF_WORDS), as text pasted from print or a gallery keeps: no paragraph of the text, so
# a quotation or a transcript's turn runs on past it.
PAGE_NUMBER_DIGITS = 4
_PAGE_DASH = r"(?:[-–—]\h*)?"
_PAGE_NUM = r"\d{1,%d}" % PAGE_NUMBER_DIGITS
_PAGE_NUMBER = regex.compile(
    _PAGE_DASH + r"(?:(?i:" + "|".join(regex.escape(w) for w in PAGE_WORDS) + r")\h*)?" + _PAGE_NUM
    + r"(?:\h*(?:/|(?i:" + "|".join(PAGE_OF_WORDS) + r"))\h*" + _PAGE_NUM + r")?(?:\h*[-–—])?")
_PAGE_LINE = regex.compile(r"(?m)^\h*(?:" + _PAGE_NUMBER.pattern + r")\h*\r?$")

# After an abbreviation that may or may not end a sentence, only these words open a new one.
_SENTENCE_OPENERS = frozenset({"the", "he", "she", "it", "they", "we", "i", "but", "in", "a", "this", "that",
                               "there", "his", "her", "their", "and", "so", "yet", "still", "however",
                               "another", "some", "many", "most", "its", "our", "my", "you", "these", "those",
                               "then", "meanwhile", "earlier", "later", "after", "when", "while"})
# Of them, those no name's next word is (`J. I. Rodale`, `A. Smith` aside): a capital and a period before one
# is no initial (`posted on X. The post ...`).
_NOT_AFTER_INITIAL = "|".join(sorted(_SENTENCE_OPENERS - {"i", "a"}))

_TITLE = "|".join(sorted((regex.escape(t) for t in TITLES), key=len, reverse=True))
# A degree written with its periods (`Ph.D.`, `Ed.D.`, `Pharm.D.`): one token, as `U.S.` is.
_DEGREE_PATTERN = r"(?:Ph|Ed|Psy|Pharm|Sc|Th|Eng|Dr)\.(?:\p{Lu}\.)+"
_TOKEN = regex.compile(
    r"""
    (?i:\b(?:""" + _TITLE + r""")\.)(?!\w)                                  # Mr. Sen. Jan. : one token, as in UD
  | [\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*-(?i:(?:""" + _TITLE + r""")\.)(?!\w)  # then-Sen. ex-Gov. : one token
  | (?i:\b(?:""" + "|".join(sorted(APOSTROPHE_TITLES)) + r""")['’])(?=\s+\p{Lu})  # Dato' Lee : one token, its apostrophe no mark
  | (?<!\bof\s)\b(?:""" + "|".join(sorted(CAPITAL_TITLES)) + r""")\.(?=\s+\p{Lu})  # Arc. Bola Ade : one token (not Joan of Arc.)
  | (?i:\bnos?\.)(?=\s*\d)                                                # No. 1
  | (?:https?://|www\.)[^\s"“”'‘’<>()\[\]]+[^\s"“”'‘’<>()\[\].,;:!?]   # URLs
  | (?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+                            # e-mail (tried once per run: linear)
  | (?<![\w.@/-])[\p{L}\p{N}][\p{L}\p{N}-]*\.(?:com|org|net|gov|edu)(?![\w-])  # a site's address: KSL.com NJ.com
  | &(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});                  # HTML entities
  | ``|''|\.{2,}|…|-{2,}|[!?]{2,}                                        # multi-char punctuation
  | (?:\p{Lu}{1,2}-)?(?:\p{Lu}\.){2,}(?:\p{Lu}\b)?                        # U.S. U.K. (D-N.Y.)
  | \b""" + _DEGREE_PATTERN + r"""                                          # a degree: Ph.D. Ed.D. Pharm.D.
  | \p{Lu}{1,2}-(?:\p{Lu}\.)+\p{Lu}\b                                      # a party and state, its last period left off: (D-N.Y)
  | (?<!\S)\p{Lu}\.(?=\s+\p{Lu})(?!\s+(?i:""" + _NOT_AFTER_INITIAL + r""")\b)      # an initial in a name: James B. Comey
  | (?:\p{Ll}\.){2,}                                                     # a.m. e.g.
  | \d{1,2}[""" + FOOT_MARKS + r"""]\d{1,2}(?:\.\d{1,2})?[""" + INCH_MARKS + r"""]  # feet and inches: 6'2" 5′10″ : one token
  | \d++(?:\.\d++)?[""" + PRIME_INCH_MARKS + r"""]                               # inches or seconds: 12″
  | \d++(?:[.,]\d++)++(?=\p{L})                                          # 2.5 of 2.5m, 1,200 of 1,200km (possessive: linear)
  | \d+(?:[.,:/]\d+)*(?:s|st|nd|rd|th)?(?:['’]s)?\b                      # numbers, 1990s, 3rd, Radio 4's
  | [\p{L}\p{M}\p{N}_]+(?:[-'’][\p{L}\p{M}\p{N}]+)*                      # words, hyphens, O'Malley
  | \S                                                                   # any other character
    """,
    regex.VERBOSE,
)


_TYPESET_SPACE = regex.compile("[" + TYPESET_SPACES + INVISIBLE_FORMAT_CHARS + "]|" + "|".join(SPACE_ENTITIES),
                               regex.IGNORECASE)


def plain_spaces(text: str) -> str:
    """`text` with each typeset space (lexicon `TYPESET_SPACES`) and invisible format character (direction
    marks, a zero-width space: `INVISIBLE_FORMAT_CHARS`) read as a plain one, and each left as an HTML
    entity (`SPACE_ENTITIES`) as as many plain ones, so every offset holds: the rules' patterns need know
    one space only (`«\u00a0Non,\u00a0» dit-il` as `« Non, » dit-il`).  The text itself when it has none.

    >>> plain_spaces("Mr\u00a0Lee said\u202f: no"), plain_spaces("said&nbsp;no"), plain_spaces("as is")
    ('Mr Lee said : no', 'said      no', 'as is')
    >>> plain_spaces("Geyer. \\u202a\\u201dWe won") == "Geyer.  \\u201dWe won"
    True
    """
    return text if _TYPESET_SPACE.search(text) is None else _TYPESET_SPACE.sub(lambda m: " " * len(m.group()), text)


def reading_text(text: str) -> str:
    """`text` as the rules read it, character for character: plain spaces (`plain_spaces`) and marks the
    English way round (`quotes.marks.turned_marks`), two commas typed for a low opening mark as the keyboard's
    opener (`quotes.marks.low_comma_marks`), a right double mark that can only open read as a left
    one (`quotes.marks.opening_right_marks`).  Sentences and quotations are found in it, so a text gives the
    same ones however it was typeset."""
    return opening_right_marks(turned_marks(low_comma_marks(plain_spaces(text))))


def paragraphs(text: str) -> list[tuple[int, int]]:
    r"""Paragraph ranges: lines, or blank-line blocks when the text is hard-wrapped; a line break that
    plainly falls inside a sentence (`_SOFT_WRAP`), in a text that breaks so again and again, never ends one.
    A line that is only a page's number (`_PAGE_NUMBER`) is none, nor one of spaces and invisible format
    characters (`plain_spaces`: a direction mark alone), as the sentences read them.

    >>> t = "The mayor said the plan\nwas dead and\nthe city\nwould wait.\nShe left."
    >>> [t[a:b] for a, b in paragraphs(t)]
    ['The mayor said the plan\nwas dead and\nthe city\nwould wait.', 'She left.']
    >>> t = "x" * 120 + " kept its commit-\nment to us.\nShe left."
    >>> [t[a:b][-19:] for a, b in paragraphs(t)]
    ['commit-\nment to us.', 'She left.']
    >>> t = "LEE: We will not stop.\n\n- 2 -\n\nPage 3 of 12\n\nWe will win."
    >>> [t[a:b] for a, b in paragraphs(t)]
    ['LEE: We will not stop.', 'We will win.']
    """
    if _hard_wrapped(text):
        bounds = [m.end() for m in _BLANK.finditer(text)]
        pages = [i for m in _PAGE_LINE.finditer(text) for i in (m.start(), m.end())]
        if pages:  # a page's number inside a block ends it: `...the deficit.\n3\nQ: Will you run?`
            bounds = sorted(set(bounds + pages))
    else:
        breaks = list(_LINE.finditer(text))
        soft = {m.start() for m in breaks if _SOFT_WRAP.match(text, m.start())}
        if len(soft) < MIN_SOFT_WRAPS or not _fixed_width(text):
            soft = {m.start() for m in breaks if m.start() in soft and _HYPHEN_WRAP.match(text, m.start())}
        bounds = [m.end() for m in breaks if m.start() not in soft]
    out: list[tuple[int, int]] = []
    start = 0
    read = plain_spaces(text)  # an invisible format character is a space here too, as in the sentences
    for end in bounds + [len(text)]:
        seg = read[start:end]
        stripped = seg.strip()
        if stripped and not _PAGE_NUMBER.fullmatch(stripped):
            lead = len(seg) - len(seg.lstrip())
            out.append((start + lead, start + lead + len(stripped)))
        start = end
    return out


def _line_lengths(text: str) -> list[int]:
    """The lengths of the text's lines that are not blank, shortest first."""
    return sorted(len(ln) for ln in _LINE.split(text) if ln.strip())


def _wrap_width(lengths: list[int]) -> int:
    """The width a text's lines (`_line_lengths`) keep to, outliers aside: the WRAP_QUANTILE-th length."""
    return lengths[int(len(lengths) * WRAP_QUANTILE)]


def _fixed_width(text: str) -> bool:
    r"""Whether a text's lines keep to a fixed width (`WRAP_COLUMNS`), as wrapped text's do; a web page's
    lines are its paragraphs, most of them longer.

    >>> _fixed_width("The mayor said\nthe plan was dead."), _fixed_width("x" * 300 + "\nok")
    (True, False)
    """
    lengths = _line_lengths(text)
    return bool(lengths) and _wrap_width(lengths) <= WRAP_COLUMNS


def _breaks_inside_sentences(text: str) -> bool:
    r"""Whether the single line breaks inside the text's blank-line blocks fall inside sentences, as a fixed
    width breaks them, at least WRAP_INSIDE_SHARE of them: the line goes on with no stop (`.`, `?`, `:`,
    `_LINE_STOP`) and the next opens no list item nor signature (a bullet or a dash, `_ITEM_OPENER`).  A live
    blog's short lines (`- The vote was 52-48.` / `- Lee said ...`, a post over `— Ann Lee (@annlee) ...`)
    break so only between items.

    >>> _breaks_inside_sentences("The mayor said\nthe plan was dead.\n\nShe left."), \
    ...     _breaks_inside_sentences("- The vote was 52-48.\n- Lee said no.\n\nWe won.\n— Ann Lee (@annlee)")
    (True, False)
    """
    inside = total = 0
    for block in _BLANK.split(text):
        lines = [ln for ln in _LINE.split(block) if ln.strip()]
        for line, after in zip(lines, lines[1:]):
            total += 1
            inside += not _LINE_STOP.search(line) and not _ITEM_OPENER.match(after)
    return inside >= total * WRAP_INSIDE_SHARE


def _hard_wrapped(text: str) -> bool:
    """Whether single line breaks are soft wraps inside paragraphs (fixed-width text): its lines keep to a
    width, and its breaks fall inside sentences (`_breaks_inside_sentences`)."""
    lengths = _line_lengths(text)
    if len(lengths) < 6 or not _BLANK.search(text):
        return False
    longest = _wrap_width(lengths)
    if longest > WRAP_COLUMNS:
        return False
    wrapped = sum(1 for n in lengths if n >= longest * 0.75)
    return wrapped >= len(lengths) * 0.5 and _breaks_inside_sentences(text)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """UD-style tokens of `text[start:end]`, clitics split off."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        lower = word.lower()
        split = 0
        if len(word) > 3 and lower[-3:] in ("n't", "n\u2019t"):
            split = len(word) - 3
        elif lower in ("cannot",):
            split = 3
        else:
            for clitic in CLITICS:
                if len(word) > len(clitic) and lower.endswith(clitic) and not clitic.startswith("n"):
                    split = len(word) - len(clitic)
                    break
        if split:
            out.append(Token(m.start(), m.start() + split, word[:split]))
            out.append(Token(m.start() + split, m.end(), word[split:]))
        else:
            out.append(Token(m.start(), m.end(), word))
    return out


def _lead(token: str) -> str:
    """A token's first character, a mark typed as several characters (`&rdquo;`, ```` `` ````) as the glyph it
    stands for, as the parser sees it."""
    return (DOUBLED_MARKS.get(token) or MARK_ENTITIES.get(token.lower(), token))[:1]


def _glyphs(*marks: frozenset[str]) -> frozenset[str]:
    """The quotation marks of `marks` typed as one character (those typed as two are read by `_lead`)."""
    return frozenset(m for group in marks for m in group if len(m) == 1)


# Marks by where they stand, however a house sets them (`„Nein“`, `»Nein«` are read the English way
# round first: `quotes.marks.turned_marks`): a stop's closers, a sentence's openers, and those that open a
# quotation after an abbreviation (`at 4 a.m. ‘They told us ...’`).
_QUOTE_OPENERS = _glyphs(DOUBLE_OPEN, DOUBLE_EITHER, SINGLE_OPEN, SINGLE_EITHER)
_CLOSERS = _glyphs(DOUBLE_CLOSE, DOUBLE_EITHER, SINGLE_CLOSE, SINGLE_EITHER - {"`"}) | frozenset(")]}")
_OPENERS = _QUOTE_OPENERS | frozenset("([{")
# Marks that can only close, which French-style copy sets off by a space inside the quotation (`« Jamais. » Then`):
# after a stop, the sentence's closers all the same.
_SPACED_CLOSERS = _glyphs(DOUBLE_CLOSE)
_SPACED_CLOSER_GAP = " "   # the one space set inside the mark (a line break ends the paragraph's run)


def _closes_stop(text: str, tokens: list[Token], j: int) -> bool:
    """Whether tokens[j] closes what the stop or closers before it end: right against them, or a mark that can only
    close set off from them by one space (`« Never. » Then he left.`: French-style copy).

    >>> t = "« Never. » Then"
    >>> toks = [Token(0, 1, "«"), Token(2, 7, "Never"), Token(7, 8, "."), Token(9, 10, "»"), Token(11, 15, "Then")]
    >>> _closes_stop(t, toks, 3), _closes_stop(t, toks, 4)
    (True, False)
    """
    gap = text[tokens[j - 1].end:tokens[j].start]
    return gap == "" or (gap == _SPACED_CLOSER_GAP and _lead(tokens[j].text) in _SPACED_CLOSERS)


def _ends_sentence(tokens: list[Token], i: int) -> bool:
    """Whether a sentence may end after tokens[i] (a stop, possibly followed by closers)."""
    tok = tokens[i].text
    if _ACRONYM.fullmatch(tok) or _DOTTED.fullmatch(tok) or _DEGREE.fullmatch(tok):
        return True  # `U.S.`, `4 a.m.`, `a Ph.D.` may end a sentence; _starts_sentence decides
    if tok not in (".", "!", "?", "…") and not _STOPS.fullmatch(tok):
        return False
    if tok == "." and i > 0 and tokens[i - 1].end == tokens[i].start:
        prev = tokens[i - 1].text.lower()
        if prev in TITLES or (len(prev) == 1 and prev.isalpha() and not _letter_closes(tokens, i)):
            return False
    return True


def _letter_closes(tokens: list[Token], i: int) -> bool:
    """A lone letter before the stop at tokens[i] that is no initial: after a lower-case word (`wrote on
    X.`, `chose plan B.`; an initial follows a name, `James B.`, or opens one, `by J. K. Rowling`), with a
    quotation opening on a capital after it (`on X. "We ..."`) or a word that opens sentences (`on X. The`)."""
    if i < 2 or not tokens[i - 2].text[:1].islower() or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].text
    if _lead(nxt) in _QUOTE_OPENERS:
        return i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper()
    return nxt[:1].isupper() and nxt.lower() in _SENTENCE_OPENERS


# An abbreviation in capitals with its periods (`U.S.`), a party before a state's (`D-N.M.`, `R-N.Y.`): it may
# end a sentence (`said Sen. Ana Ruiz, D-N.M. "We ..."`); `_starts_sentence` decides by the next words.
_ACRONYM = regex.compile(r"(?:\p{Lu}{1,2}-)?(?:\p{Lu}\.){2,}")
_DOTTED = regex.compile(r"(?:\p{Ll}\.){2,}")  # `a.m.`, `p.m.`, `e.g.`
_DEGREE = regex.compile(_DEGREE_PATTERN)
_STOPS = regex.compile(r"\.{2,}|[!?]{2,}")  # compiled once: `regex.fullmatch(pattern, ...)` per token looked it up each time


def _starts_sentence(tok: Token, prev_word: str, after: Token | None = None, bang_name: bool = False) -> bool:
    """Whether `tok` opens a new sentence after a stop that follows `prev_word`. After an abbreviation
    that may end a sentence or not (`U.S.`, `4 a.m.`, `Inc.`), or a name's own `!` (`bang_name`: `told
    E! News that ...`, lexicon BANG_NAMES), only a word that opens sentences does, or an opening
    quotation mark before a capital (`woken at 4 a.m. "They told us ..."`, `‘They told us ...’`)."""
    first = _lead(tok.text)
    if bang_name or prev_word in NONFINAL_ABBREVIATIONS or _ACRONYM.fullmatch(prev_word.upper()):
        quoted = first in _QUOTE_OPENERS and after is not None and after.text[:1].isupper()
        return quoted or (first.isupper() and tok.text.lower() in _SENTENCE_OPENERS)
    return first.isupper() or first.isdigit() or first in _OPENERS or first in "$£€¥#@*•-–—¿¡"


CUE_REACH = 3  # words after a quoted question or cry within which its cue keeps it in one sentence
MIN_PAST_TAG_CHARS = 4  # a past form read as a tag is longer than this (`pressed`, not `red`), as `past-tag` reads it


def _cue_follows(tokens: list[Token], i: int, j: int) -> bool:
    """`"... who knows?" Trump told ITV`: a question or cry closed by a quotation mark whose cue
    follows at once is one sentence with it."""
    if tokens[i].text not in ("?", "!") or j == i + 1:
        return False
    forms = cue_forms()
    return any(t.text.lower() in forms for t in tokens[j:j + CUE_REACH]) or _read_tag_follows(tokens, j)


def _read_tag_follows(tokens: list[Token], j: int) -> bool:
    """`"...!" Diego protested.`, `"...?" she wonders.`: a name (its words capitalised) or a subject pronoun, then
    a past form in `-ed` (not one of NOT_PAST_FORMS) or a present of manner (PRESENT_TAG_FORMS) closing the clause,
    within CUE_REACH words: a tag read from the words (as the `past-tag` and `present-tag` rules read it), though
    no cue list holds its verb."""
    for k in range(j + 1, min(len(tokens) - 1, j + CUE_REACH)):
        word = tokens[k].text
        past = word.islower() and word.endswith("ed") and len(word) > MIN_PAST_TAG_CHARS and word not in NOT_PAST_FORMS
        if (past or word in PRESENT_TAG_FORMS) and tokens[k + 1].text in (".", ","):
            subject = [t.text for t in tokens[j:k]]
            return all(w[:1].isupper() for w in subject) \
                or len(subject) == 1 and subject[0].lower() in NOMINATIVE_PRONOUNS
    return False


# A news dateline opening a paragraph: a place in capitals (`WASHINGTON`, `NEW YORK`, `MANCHESTER, N.H.`,
# `SAN JUAN, Puerto Rico`), perhaps a date (`ROME, May 3`), an agency in brackets (`(AP)`), a dash (a dash
# proper or a doubled hyphen may be set close, `WASHINGTON—The`, `GENEVA (Dow Jones)--Tariffs`; a hyphen is
# spaced), then the story's first sentence; or the agency in brackets alone (`(Reuters) -`).  A press release's
# dateline has a year after its date and its wire between slashes (`SAN JOSE, Calif., March 3, 2025
# /PRNewswire/ --`) or in brackets between dashes (`SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. ...`).
_DATELINE = regex.compile(
    r"(?:\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+)*(?:, [\p{Lu}\d][\p{L}\d.'’-]*(?: [\p{Lu}\d][\p{L}\d.'’-]*)*){0,3}"
    r"(?: ?\([^()\n]{1,40}\)| /\p{Lu}[^/\n]{0,39}/)?|\(\p{Lu}[^()\n]{0,39}\)) ?(?:(?:—|–|--)(?= *[\p{Lu}\"“‘'])|-(?= +[\p{Lu}\"“‘']))"
    r"|\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+)*(?:, [\p{Lu}\d][\p{L}\d.'’-]*(?: [\p{Lu}\d][\p{L}\d.'’-]*)*){0,3}"
    r" ?--?\(\p{Lu}[\p{Lu} ]{1,38}\)--?(?= *\p{Lu})")

# A live blog's stamp opening a paragraph: a clock time (`10:42 a.m.`, `3 p.m. ET`, `14:05 GMT`, `14:05`, `10.42am`,
# `14.05 BST`), perhaps after a rubric (`UPDATE`, `Updated at`, `BREAKING,`), then a dash or a colon and the
# entry's first sentence.
_ZONES = "|".join(sorted(STAMP_ZONES, key=len, reverse=True))
_STAMP = regex.compile(
    r"(?i:(?:" + "|".join(sorted((regex.escape(w) for w in STAMP_WORDS), key=len, reverse=True)) + r")(?: at|,)? )?"
    r"(?:\d{1,2}(?:[:.]\d{2})? ?(?i:[ap]\.m\.|[ap]m)|\d{1,2}:\d{2}|\d{1,2}\.\d{2}(?= (?i:" + _ZONES + r")\b))"
    r"(?: (?i:" + _ZONES + r")\b)? ?(?:—|–|--?|:)(?= +[\p{Lu}\"“‘'])")
# ... or a clock time with its minutes after a colon (`22:52`, `10:42 a.m.`, `10:42 a.m. ET`) and no dash or colon,
# right before the entry's capitalised first word: a time opens no sentence of news bare, so it is the stamp.
_BARE_STAMP = regex.compile(r"\d{1,2}:\d{2}(?: ?(?i:[ap]\.m\.|[ap]m))?(?: (?i:" + _ZONES + r")\b)?(?= +[\p{Lu}\"“‘'])")

# A newsletter's lead-in label opening a paragraph (`Why it matters:`, `What they're saying:`, lexicon
# NEWSLETTER_LABELS; or a lead of NEWSLETTER_LABEL_LEADS and up to three words of a name: `The View From
# Berlin:`), perhaps after a bullet, then its colon and the item's first words.
_LEAD_IN_LABEL = regex.compile(
    r"(?:[-•*‣▪–—] +)?(?:(?i:" + "|".join(regex.escape(label).replace("'", "['’]")
                                        for label in sorted(NEWSLETTER_LABELS, key=len, reverse=True))
    + r")|(?i:" + "|".join(regex.escape(lead) for lead in sorted(NEWSLETTER_LABEL_LEADS, key=len, reverse=True))
    + r") (?:(?i:the) )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}) ?:(?= +[\p{Lu}\d\"“‘'])")


def dateline_end(text: str, start: int, end: int) -> int | None:
    """Where a dateline opening the paragraph text[start:end] ends (after its dash), or None.

    >>> dateline_end("WASHINGTON (AP) — The talks failed.", 0, 35)
    17
    >>> dateline_end("MANCHESTER, N.H. - Voters said no.", 0, 34)
    18
    >>> dateline_end("Washington - The talks failed.", 0, 30) is None
    True
    >>> dateline_end("WASHINGTON—The talks failed.", 0, 30), dateline_end("ROME (Dow Jones)--Talks failed.", 0, 31)
    (11, 18)
    >>> dateline_end("NEW YORK-The talks failed.", 0, 26) is None
    True
    >>> dateline_end("(Reuters) - The talks failed.", 0, 29)
    11
    >>> dateline_end("AUSTIN, Texas, May 5, 2025 /PRNewswire/ -- Acme said.", 0, 53)
    42
    >>> dateline_end("BOSTON--(BUSINESS WIRE)--Acme said.", 0, 35)
    25
    >>> dateline_end("UPDATE 3:15 p.m. ET: Jo Hart said no.", 0, 37)
    20
    >>> dateline_end("4:05 p.m. — Jo Hart said no.", 0, 28)
    11
    >>> dateline_end("What they're saying: Jo Hart said no.", 0, 37)
    20
    >>> dateline_end("22:52 Jo Hart said no.", 0, 22), dateline_end("10:42 a.m. ET Jo Hart said no.", 0, 30)
    (5, 13)
    """
    m = _DATELINE.match(text, start, end) or _STAMP.match(text, start, end) or _LEAD_IN_LABEL.match(text, start, end) \
        or _BARE_STAMP.match(text, start, end)
    return m.end() if m else None


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of the whole text; they never cross a paragraph boundary, and a paragraph's dateline
    (`WASHINGTON (AP) —`), a live blog's stamp or a newsletter's lead-in label (`Why it matters:`) is a sentence
    of its own, no part of what the first sentence reports.  Sentences are found in the text as the rules
    read it (`reading_text`); their tokens hold the characters as given (`»` stays `»`).

    >>> [t.text for t in split_sentences("»No,« he said.")[0].tokens][:3]
    ['»', 'No', ',']
    """
    reading = reading_text(text)
    sentences = split_read_sentences(reading)
    if reading == text:
        return sentences
    return [replace(s, tokens=tuple(Token(t.start, t.end, text[t.start:t.end]) for t in s.tokens))
            for s in sentences]


def split_read_sentences(text: str) -> list[Sentence]:
    """`split_sentences` of a text already read as English copy sets it (`reading_text`), its tokens holding
    that text's characters: the extractor reads a text once, and its rules see `«` where `»` was typed inward."""
    sentences: list[Sentence] = []
    for p, (pstart, pend) in enumerate(paragraphs(text)):
        tokens = tokenize(text, pstart, pend)
        dateline = dateline_end(text, pstart, pend)
        begin = 0
        i = 0
        while i < len(tokens):
            cut = None
            if dateline is not None and begin == 0 and tokens[i].end == dateline:
                cut = i + 1
            elif _ends_sentence(tokens, i):
                j = i + 1
                while j < len(tokens) and _lead(tokens[j].text) in _CLOSERS and _closes_stop(text, tokens, j):
                    j += 1
                ender = tokens[i].text
                prev_word = ender.lower() if _ACRONYM.fullmatch(ender) or _DOTTED.fullmatch(ender) else (
                    tokens[i - 1].text.lower() if i > 0 else "")
                after = tokens[j + 1] if j + 1 < len(tokens) else None
                bang_name = ender == "!" and j == i + 1 and i > 0 and tokens[i - 1].end == tokens[i].start \
                    and tokens[i - 1].text[:1].isupper() and tokens[i - 1].text.lower() in BANG_NAMES
                if j < len(tokens) and _starts_sentence(tokens[j], prev_word, after, bang_name) \
                        and not _cue_follows(tokens, i, j):
                    cut = j
            if cut is None and i - begin + 1 >= MAX_SENTENCE_TOKENS:
                cut = i + 1
            if cut is not None and cut < len(tokens):
                sentences.append(_sentence(len(sentences), tokens[begin:cut], p))
                begin = cut
                i = cut
                continue
            i += 1
        if begin < len(tokens):
            sentences.append(_sentence(len(sentences), tokens[begin:], p))
    return sentences


def _sentence(index: int, tokens: list[Token], paragraph: int) -> Sentence:
    last = tokens[-1]
    if _DOTTED.fullmatch(last.text):  # `at 4 a.m.` ending its sentence: its period is the sentence's stop too
        tokens = tokens[:-1] + [Token(last.start, last.end - 1, last.text[:-1]), Token(last.end - 1, last.end, ".")]
    return Sentence(index, tokens[0].start, tokens[-1].end, tuple(tokens), paragraph)
