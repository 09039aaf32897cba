"""Quotation marks to quoted spans, from the raw text alone.

Double marks (straight, curly, guillemets, doubled apostrophes) are paired
first; single marks count as quotation marks only outside those spans and only
when their context rules out an apostrophe (`voters’ trust`, `’90s`,
`rock 'n' roll`).  A mark is never paired the wrong way round: a mark that can
only close never opens.  An opener inside an open quotation quotes inside it
when, in its paragraph, the next mark closes it and the one after closes the
outer quotation.  A paragraph that opens a quote and does not close it
continues into the next paragraph when that one opens with a quote mark
(single marks too, when the quotation closes in the end).
A mark right after `=` quotes a markup attribute's value (`href="..."`) up to
the same mark again: neither is a quotation mark.
Runs in one pass over the marks, so time is linear in the text.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from enum import Enum
from typing import Sequence

import regex

from .lexicon import (ANY_MARK, FOOT_MARKS, INCH_MARKS, LOW_HIGH_SINGLE, PRIME_INCH_MARKS, CLOSE_MARK, OPEN_MARK, MARK_CHARS, MARK_ENTITIES, CLOSING_PUNCT, DOUBLE_CLOSE, DOUBLE_EITHER, DOUBLE_OPEN, ELISIONS, OPENING_PUNCT,
                      SINGLE_CLOSE, SINGLE_EITHER, SINGLE_OPEN, TURNED_MARK_STYLES)

__all__ = ["Quoted", "Inside", "find_quoted", "turned_marks", "low_comma_marks", "opening_right_marks", "mark_ends", "marked_range", "past_marks", "strip_marks", "rstrip_marks",
           "lstrip_marks", "marks_before", "single_mark_ends",
           "has_closing_mark"]

_DOUBLE = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_EITHER
_SINGLE = SINGLE_OPEN | SINGLE_CLOSE | SINGLE_EITHER
_MARK = regex.compile(ANY_MARK)
_MARK_BEFORE = regex.compile("(?:" + _MARK.pattern + r")\Z", regex.IGNORECASE)  # a mark ending where a search stops
_MARK_RUN = regex.compile("(?:" + _MARK.pattern + ")*", regex.IGNORECASE)
_INNER_SPACES = " \t"   # (typeset spaces are read as plain ones: `quotes.extractor.plain_spaces`)
INNER_SPACES_MAX = 2    # spaces set inside a mark: one, or two typed by mistake (no scan runs on past them)
_LONGEST_MARK = max(len(m) for m in _DOUBLE | _SINGLE | set(MARK_ENTITIES))


class Role(Enum):
    OPEN = 1
    CLOSE = 2
    EITHER = 3
    NONE = 4


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    role: Role
    paragraph: int


@dataclass(frozen=True)
class Quoted:
    """One quotation by its marks: content parts (no marks) in reading order.

    Several parts when a quotation runs over paragraphs; `closed` is False when
    its last part ran to a paragraph end without a closing mark.
    """

    parts: tuple[tuple[int, int], ...]
    closed: bool
    double: bool

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def marked_range(text: str, q: Quoted) -> tuple[int, int]:
    """A quotation's range with its opening and closing marks: a mark on each side of its content,
    of two characters where the text doubles it (```He said ``No.''``` as typed on keyboards and in
    treebank text).

    >>> t = "He said ``No.'' Then he left."
    >>> q = Quoted(((10, 13),), True, True)
    >>> t[slice(*marked_range(t, q))]
    "``No.''"
    >>> t = "He said « No. » Then"
    >>> t[slice(*marked_range(t, Quoted(((10, 13),), True, True)))]
    '« No. »'
    """
    start, end = q.start, q.end
    while start > max(0, q.start - INNER_SPACES_MAX) and text[start - 1] in _INNER_SPACES:
        start -= 1   # `« Non, »`: French-style copy sets a space inside each mark
    while end < min(len(text), q.end + INNER_SPACES_MAX) and text[end] in _INNER_SPACES:
        end += 1
    before = _MARK_BEFORE.search(text, max(0, start - _LONGEST_MARK), start)
    after = _MARK.match(text, end)
    return (before.start() if before else q.start - 1), (after.end() if after else q.end + 1)


def mark_ends(text: str, i: int) -> bool:
    """Whether a quotation mark ends right before `i`, however it was typed.

    >>> mark_ends("it &rdquo; x", 10), mark_ends("it; x", 3)
    (True, False)
    """
    return _MARK_BEFORE.search(text, max(0, i - _LONGEST_MARK), i) is not None


_RUNS: dict[tuple[str, bool], regex.Pattern] = {("", False): _MARK_RUN}
_CLOSE_MARK = regex.compile(CLOSE_MARK)


def _run(chars: str, closing: bool) -> regex.Pattern:
    """The pattern for a run of quotation marks (those that may close only, with `closing`) and of `chars`,
    marks first (`&rdquo;` is one mark, not `;`)."""
    pattern = _RUNS.get((chars, closing))
    if pattern is None:
        mark = CLOSE_MARK if closing else ANY_MARK
        alternatives = mark + ("|[" + regex.escape(chars) + "]" if chars else "")  # (no empty class: `[]`)
        pattern = _RUNS[chars, closing] = regex.compile("(?:" + alternatives + ")*")
    return pattern


def single_mark_ends(text: str, i: int) -> bool:
    """Whether a single quotation mark ends right before `i`, however it was typed.

    >>> single_mark_ends("said. &lsquo;No", 13), single_mark_ends("said. ‘No", 7), single_mark_ends('a "No', 3)
    (True, True, False)
    """
    m = _MARK_BEFORE.search(text, max(0, i - _LONGEST_MARK), i)
    return m is not None and MARK_ENTITIES.get(m.group().lower(), m.group()) in _SINGLE


def past_marks(text: str, i: int, chars: str = "", closing: bool = False, stop: int | None = None) -> int:
    """Where the run of quotation marks from `i` ends (`i` when none is there): glyphs, marks typed as
    two characters and HTML entities alike; with `chars`, those characters belong to the run too; with
    `closing`, only marks that may close; not past `stop`.

    >>> past_marks('a "b,&rdquo;" c', 5), past_marks("x''y", 1), past_marks("xy", 1)
    (13, 3, 1)
    >>> past_marks('"ok.&rdquo; He', 3, ".,!?"), past_marks('ok," &ldquo;No', 2, ", ", closing=True)
    (11, 5)
    """
    i = _past_inner_spaces(text, i)
    return _run(chars, closing).match(text, i, len(text) if stop is None else max(i, stop)).end()


_SPACED_CLOSER = regex.compile(r"[ \t]{1,%d}(?:" % INNER_SPACES_MAX + CLOSE_MARK + r")(?![\p{L}\p{N}])")
_SPACED_OPENER = regex.compile(r"(?r)(?<![\p{L}\p{N}])(?:" + OPEN_MARK + r")[ \t]{1,%d}" % INNER_SPACES_MAX)


def _past_inner_spaces(text: str, i: int) -> int:
    """`i`, or where the spaces from `i` end when a closing mark follows them and no word follows that:
    French-style copy sets a space inside each mark (`« Non », dit-il`), so a quotation's content ends
    before the space, its mark after it.

    >>> _past_inner_spaces("« Non », dit", 5), _past_inner_spaces('said "No"', 4)
    (6, 4)
    """
    if i < len(text) and text[i] in _INNER_SPACES:
        m = _SPACED_CLOSER.match(text, i)
        if m is not None:
            return m.end() - len(m.group().lstrip(_INNER_SPACES))
    return i


def _before_inner_spaces(text: str, i: int, stop: int = 0) -> int:
    """`_past_inner_spaces` read backwards: `i`, or where the spaces before `i` begin when an opening mark
    stands before them with no word before it (`dit-il : « Non »`)."""
    if i > stop and text[i - 1] in _INNER_SPACES:
        m = _SPACED_OPENER.match(text, stop, i)
        if m is not None:
            return i - (len(m.group()) - len(m.group().rstrip(_INNER_SPACES)))
    return i


def has_closing_mark(text: str, start: int, end: int) -> bool:
    """Whether a quotation mark that may close stands in text[start:end], however it was typed.

    >>> has_closing_mark("a, &rdquo; b", 0, 12), has_closing_mark("a, b", 0, 4)
    (True, False)
    """
    return _CLOSE_MARK.search(text, start, end) is not None


def marks_before(text: str, i: int, chars: str = "", stop: int = 0) -> int:
    """Where the run of quotation marks (and of `chars`) that ends at `i` begins, not before `stop`:
    `past_marks` read backwards.

    >>> marks_before('He said &ldquo; No', 15, " "), marks_before("x ''", 4)
    (7, 2)
    """
    i = _before_inner_spaces(text, i, stop)
    while i > stop:
        m = _MARK_BEFORE.search(text, max(stop, i - _LONGEST_MARK), i)
        if m is not None:
            i = m.start()
        elif text[i - 1] in chars:
            i -= 1
        else:
            break
    return i


def lstrip_marks(s: str, chars: str = "") -> str:
    """`s` without the quotation marks (however typed) and `chars` it opens with."""
    return s[past_marks(s, 0, chars):]


def rstrip_marks(s: str, chars: str = "") -> str:
    """`s` without the quotation marks (however typed) and `chars` it closes with.

    >>> rstrip_marks('it is &rdquo; ', " "), rstrip_marks("No?'' ", " ")
    ('it is', 'No?')
    """
    return s[:marks_before(s, len(s), chars)]


def strip_marks(s: str, chars: str = "") -> str:
    """`s` without the quotation marks (however typed) and `chars` at either end: `str.strip` with
    `MARK_CHARS` and `chars`, where a mark may be an HTML entity or two characters.

    >>> strip_marks(' &ldquo;, ', " ,"), strip_marks(' "a" ', " ")
    ('', 'a')
    """
    start = past_marks(s, 0, chars)
    return s[start:marks_before(s, len(s), chars, start)]


_WORD_ENDERS = frozenset(",;:!?)]}")   # punctuation that follows words, never opens them


def _stop_at(text: str, i: int) -> bool:
    """Whether punctuation that ends words stands at `i` (a comma, a stop that is no ellipsis's first dot):
    no quotation opens on it, so a mark before it closes however spaced (`« Non », dit-il`).

    >>> _stop_at("x, y", 1), _stop_at("...and", 0), _stop_at("x.", 1)
    (True, False, True)
    """
    ch = text[i:i + 1]
    return ch in _WORD_ENDERS and ch != "" or (ch == "." and text[i + 1:i + 2] != ".")


def _context(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(can open, can close) from the characters around a mark."""
    prev = text[start - 1] if start > 0 else None
    nxt = text[end] if end < len(text) else None
    left_open = prev is None or prev.isspace() or prev in OPENING_PUNCT or prev in MARK_CHARS
    right_close = nxt is None or nxt.isspace() or nxt in CLOSING_PUNCT or nxt in MARK_CHARS
    can_open = left_open and nxt is not None and not nxt.isspace() and not _stop_at(text, end)
    can_close = right_close and prev is not None and not prev.isspace()
    return can_open, can_close


def turned_marks(text: str) -> str:
    """`text` with marks set the other way round read as English copy sets them, character for character,
    so every offset holds (lexicon TURNED_MARK_STYLES): guillemets pointing inwards (`»No,« he said`) and
    low-high marks (`„No,“ he said`).  A text is in such a style when it has the style's other mark and
    its telling mark stands more often where only an opener can than where only a closer can, or the
    other way round for a mark that opens in English copy; the text itself otherwise.

    >>> turned_marks("»No,« he said."), turned_marks("„No,“ he said."), turned_marks("«No,» he said.")
    ('«No,» he said.', '„No,” he said.', '«No,» he said.')
    """
    for turned, telling, other in TURNED_MARK_STYLES:
        if telling not in text or other not in text:
            continue
        opens = closes = 0
        i = text.find(telling)
        while i >= 0:
            can_open, can_close = _context(text, i, i + 1)
            opens += can_open and not can_close
            closes += can_close and not can_open
            i = text.find(telling, i + 1)
        if (closes > opens) if telling in DOUBLE_OPEN else (opens > closes):
            text = text.translate({ord(glyph): read for glyph, read in turned.items()})
    return text


# Two commas typed for a low opening mark (`,,Wir sind bereit'' sagte er.`: `„` as a keyboard types it), opening a
# word after a space, a line's start or opening punctuation, with the two apostrophes or the straight mark that
# close it (`''`, `"`) after a word later in its line.
_LOW_COMMAS = regex.compile(r"""(?<![^\s(\[])(,,)(?=[\p{L}\d])(?=[^\n]*?[\p{L}\d.,!?](?:''|"))""")
_KEYBOARD_OPENER = "``"   # the opener keyboards type for `''` to close (lexicon DOUBLE_OPEN), two characters too


def low_comma_marks(text: str) -> str:
    """`text` with each pair of commas typed for a low opening mark (`_LOW_COMMAS`) read as the keyboard's
    opener of two characters (```` `` ````), so every offset holds and the `''` after it closes it.

    >>> low_comma_marks(",,Wir sind bereit'' sagte er."), low_comma_marks("So,, he said ''no''.")
    ("``Wir sind bereit'' sagte er.", "So,, he said ''no''.")
    """
    return text if ",," not in text else _LOW_COMMAS.sub(_KEYBOARD_OPENER, text)


_RIGHT_DOUBLE, _LEFT_DOUBLE = "\u201d", "\u201c"   # ” “


def opening_right_marks(text: str) -> str:
    """`text` with each right double mark that can only open read as a left one, character for character:
    a `”` after a space, a line's start or opening punctuation and right before a word opens a quotation
    (copy that sets `”` at both ends, as Swedish and Finnish houses do, or a keyboard's autocorrect that
    turned the wrong way), so the sentence it opens starts at it as at a `“` (`He left. ”We will be back,”
    she said.`).  A mark a word or a stop ends on closes, as before; the text itself when none opens.

    >>> opening_right_marks("He left. ”We won,” she said."), opening_right_marks("“We won,” she said.")
    ('He left. “We won,” she said.', '“We won,” she said.')
    """
    if _RIGHT_DOUBLE not in text:
        return text
    chars = None
    i = text.find(_RIGHT_DOUBLE)
    while i >= 0:
        can_open, can_close = _context(text, i, i + 1)
        if can_open and not can_close and not _after_closing_stop(text, i):
            chars = chars if chars is not None else list(text)
            chars[i] = _LEFT_DOUBLE
        i = text.find(_RIGHT_DOUBLE, i + 1)
    return text if chars is None else "".join(chars)


def _after_closing_stop(text: str, start: int) -> bool:
    """Whether a mark stands right after a comma or a full stop, question or exclamation mark that
    ends a word: it may close the words before it whatever follows (`...at last,”she said`)."""
    return start >= 2 and text[start - 1] in ",.?!" and not text[start - 2].isspace() \
        and text[start - 2] not in MARK_CHARS


def _double_role(glyph: str, can_open: bool, can_close: bool) -> Role:
    if glyph in DOUBLE_OPEN:
        return Role.CLOSE if can_close and not can_open else Role.OPEN
    if glyph in DOUBLE_CLOSE:
        return Role.OPEN if can_open and not can_close else Role.CLOSE
    if can_open and not can_close:
        return Role.OPEN
    if can_close and not can_open:
        return Role.CLOSE
    return Role.EITHER


_ELISION = regex.compile(r"(\p{L}+|\d\d(?:s\b)?)")


_SINGLE_GLYPHS = frozenset(ch for m in SINGLE_OPEN | SINGLE_CLOSE | SINGLE_EITHER if len(m) == 1 for ch in m)


# A single mark closing a quotation before its tag: after a comma, question or exclamation mark, with a space after
# it (`..., ' she said`, `...?' asked Lee`).
_TAG_CLOSER = regex.compile(r"[,?!][\u2019'](?=[ \t])")


def _elided_opening(text: str, start: int) -> bool:
    """`'Tis the season,' said the vicar.`: whether the single mark at `start`, before an elided word, opens its
    paragraph and a single mark closes a quotation before its tag later on that line (`_TAG_CLOSER`): one mark
    typed for two, the quotation's opening and the word's apostrophe.

    >>> _elided_opening("'Tis the season,' said the vicar.", 0), _elided_opening("'Tis the season.", 0)
    (True, False)
    """
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip():
        return False
    stop = text.find("\n", start)
    return _TAG_CLOSER.search(text, start, len(text) if stop < 0 else stop) is not None


def _single_role(text: str, glyph: str, start: int, end: int, can_open: bool, can_close: bool) -> Role:
    prev = text[start - 1] if start > 0 else ""
    nxt = text[end] if end < len(text) else ""
    if prev.isalnum() and nxt.isalnum():
        return Role.NONE  # apostrophe inside a word
    if prev in "nN" and start >= 3 and text[start - 2] in _SINGLE_GLYPHS and not text[start - 3].isalnum() \
            and not nxt.isalnum():
        return Role.NONE  # `rock 'n' roll`: the mark closing the elided `and` ends no quotation
    if can_open:
        m = _ELISION.match(text, end)
        if m and (m.group(1).lower() in ELISIONS or m.group(1)[0].isdigit()) and not _elided_opening(text, start):
            can_open = False
    if glyph in SINGLE_OPEN:
        return Role.OPEN if can_open else Role.NONE
    if can_open and not can_close:
        return Role.OPEN
    if can_close and not can_open:
        return Role.CLOSE
    return Role.NONE


# Where a mark of inches or seconds stands (lexicon FOOT_MARKS, INCH_MARKS): after feet and inches (`6'2"`,
# `5’ 10.5"`), or, for the double prime, after any digit (`12″`).
_FEET_INCHES = regex.compile(r"(?<=\d[" + FOOT_MARKS + r"] ?\d{1,2}(?:\.\d{1,2})?)[" + INCH_MARKS + r"]|(?<=\d)["
                             + PRIME_INCH_MARKS + "]")
_AFTER_NUMBER = regex.compile(r"(?<=\d)")


def _measure_mark(text: str, start: int) -> bool:
    r"""Whether the double mark at `start` marks inches or seconds, no quotation: after feet and inches, or a
    double prime after a number.

    >>> _measure_mark("The 6'2\" guard", 7), _measure_mark("a 12\u2033 pizza", 4), _measure_mark('"Plan 9" is', 7)
    (True, True, False)
    """
    return _FEET_INCHES.match(text, start) is not None


def _inches_in_quotation(text: str, marks: list[Mark], i: int) -> bool:
    """Whether the closing mark `marks[i]`, inside an open quotation, is a number's inches: it follows a
    digit and the next mark in its paragraph closes too (`"We got 3" of rain last night," he said`), where
    a quotation ending in a number is followed by none or by an opener (`"Plan 9" and "Alien"`)."""
    mark = marks[i]
    if mark.role is Role.OPEN or _AFTER_NUMBER.match(text, mark.start) is None or i + 1 >= len(marks):
        return False
    after = marks[i + 1]
    return after.paragraph == mark.paragraph and after.role is Role.CLOSE


def _paragraph_of(bounds: list[int], pos: int) -> int:
    return bisect.bisect_right(bounds, pos) - 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quoted(text: str, paragraphs: list[tuple[int, int]]) -> list[Quoted]:
    """All quotations marked in `text`, in order, none overlapping another."""
    starts = [p[0] for p in paragraphs]
    doubles: list[Mark] = []
    singles: list[Mark] = []
    value_end = None   # the mark that closes a markup attribute's value
    low_closer = None  # the high mark that closes a low single opener still open (`‚...‘`)
    for m in _MARK.finditer(text):
        glyph, s, e = m.group(), m.start(), m.end()
        glyph = MARK_ENTITIES.get(glyph.lower(), glyph)
        if value_end is not None:
            if glyph == value_end:
                value_end = None
            continue
        if s > 0 and text[s - 1] == "=" and glyph in ('"', "'", "''"):  # `<a href="...">`: markup, not a quotation
            value_end = None if glyph == "''" else glyph
            continue
        para = _paragraph_of(starts, s)
        if para < 0 or s >= paragraphs[para][1]:
            continue
        can_open, can_close = _context(text, s, e)
        if glyph in _DOUBLE:
            if _measure_mark(text, s):   # `The 6'2" guard`, `a 12″ pizza`: inches, no quotation mark
                continue
            if _after_closing_stop(text, s):   # `...at last,”she said` / `...home."We left`: either way
                can_open, can_close = can_open or not can_close, True
            doubles.append(Mark(s, e, _double_role(glyph, can_open, can_close), para))
        else:
            role = _single_role(text, glyph, s, e, can_open, can_close)
            if role is Role.NONE and can_close and not can_open and low_closer == glyph:
                role = Role.CLOSE   # `‚Nein‘, sagte er`: the high mark closes the low one opened before it
            if role is not Role.NONE:
                singles.append(Mark(s, e, role, para))
                low_closer = LOW_HIGH_SINGLE.get(glyph) if role is Role.OPEN else None
    found = _pair_doubles(text, paragraphs, doubles)
    outer = _pair_singles(text, paragraphs, singles, found)
    if outer:  # `'He said "no" to it,' she said`: a double-quoted passage nested in a single-quoted one is part of it
        starts = [o.start for o in outer]
        found = [q for q in found if not _overlaps_any(outer, starts, q)]
    found += outer
    found.sort(key=lambda q: q.start)
    return found


def _overlaps_any(quoted: list[Quoted], starts: list[int], q: Quoted) -> bool:
    """Whether `q` overlaps one of `quoted` (sorted, disjoint, `starts` their starts)."""
    i = bisect.bisect_right(starts, q.end - 1) - 1
    return i >= 0 and quoted[i].end > q.start


def _pair_doubles(text: str, paragraphs: list[tuple[int, int]], marks: list[Mark]) -> list[Quoted]:
    out: list[Quoted] = []
    parts: list[tuple[int, int]] = []   # finished parts of the quotation being read
    opened: Mark | None = None

    def add_part(start: int, end: int) -> None:
        s, e = _strip(text, start, end)
        if s < e:
            parts.append((s, e))

    def finish(closed: bool) -> None:
        nonlocal parts
        if parts:
            out.append(Quoted(tuple(parts), closed, True))
        parts = []

    skip = 0   # marks of a quotation nested in the open one, passed over
    for i, mark in enumerate(marks):
        if skip:
            skip -= 1
            continue
        if opened is None:
            if mark.role in (Role.OPEN, Role.EITHER):
                opened = mark
            continue
        if mark.paragraph == opened.paragraph:
            if _inches_in_quotation(text, marks, i):
                continue   # `"We got 3" of rain," he said`: the mark after `3` is inches; the next one closes
            if mark.role is Role.OPEN and _nested(text, marks, i, opened):
                skip = 1   # `"We can't say "never" to them," he said`: the inner pair is part of the outer quote
                continue
            if mark.role is Role.OPEN:  # a new quote begins: the open one was never closed
                add_part(opened.end, mark.start)
                finish(False)
                opened = mark
            else:
                add_part(opened.end, mark.start)
                finish(True)
                opened = None
            continue
        # The open quotation ran to its paragraph's end without closing.
        add_part(opened.end, paragraphs[opened.paragraph][1])
        continues = (mark.paragraph == opened.paragraph + 1 and mark.start == paragraphs[mark.paragraph][0]
                     and mark.role in (Role.OPEN, Role.EITHER))
        if not continues:
            finish(False)
        opened = mark if mark.role in (Role.OPEN, Role.EITHER) else None
    if opened is not None:
        add_part(opened.end, paragraphs[opened.paragraph][1])
    finish(False)
    return out


def _nested(text: str, marks: list[Mark], i: int, opened: Mark) -> bool:
    """Whether the opener `marks[i]` begins a quotation inside the open one: in its paragraph it is
    closed by the next mark and the outer quotation by the mark after that (`"...said "no" to it..."`).
    An opener right after the open one only doubles it (`"“...`)."""
    mark = marks[i]
    if not text[opened.end:mark.start].strip() or i + 2 >= len(marks):
        return False
    inner, outer = marks[i + 1], marks[i + 2]
    return (inner.paragraph == outer.paragraph == mark.paragraph
            and inner.role is not Role.OPEN and outer.role is not Role.OPEN)


def _pair_singles(text: str, paragraphs: list[tuple[int, int]], marks: list[Mark],
                  doubles: list[Quoted]) -> list[Quoted]:
    """Single-mark quotations outside double-quoted text, closed within one paragraph (or running over
    paragraphs, each left open at its end and the next opening with a mark, to a closing mark)."""
    covered = sorted((q.start, q.end) for q in doubles)
    cover_starts = [c[0] for c in covered]

    def inside_double(pos: int) -> bool:
        i = bisect.bisect_right(cover_starts, pos) - 1
        return i >= 0 and covered[i][0] - 1 <= pos < covered[i][1] + 1

    marks = [m for m in marks if not inside_double(m.start)]
    out: list[Quoted] = []
    earlier: list[tuple[int, int]] = []  # paragraphs of a quotation running on, left open at their ends
    i = 0
    while i < len(marks):
        opener = marks[i]
        if opener.role is not Role.OPEN:
            i, earlier = i + 1, []
            continue
        closer_at = None
        j = i + 1
        while j < len(marks) and marks[j].paragraph == opener.paragraph and marks[j].role is not Role.OPEN:
            if closer_at is None or _possessive(text, marks[closer_at]):
                closer_at = j
            j += 1
        runs_on = j < len(marks) and marks[j].paragraph == opener.paragraph + 1 \
            and marks[j].start == paragraphs[marks[j].paragraph][0]
        if closer_at is not None and runs_on and _opens_sentence(text, paragraphs[opener.paragraph][0], opener) \
                and all(_possessive(text, marks[k]) for k in range(i + 1, j)):
            closer_at = None  # `‘It’s the workers’ jobs on the line.` then a paragraph opening `‘...’`: in a
            # quotation of whole sentences a plural's possessive is no closing mark, the quotation runs on into the
            # next paragraph (not a word quoted within a sentence: `called them ‘dinosaurs’ and left`)
        if closer_at is None:
            # `‘We have lived here for years.` then a paragraph opening `‘Now they ...’`: as with double marks,
            # a paragraph left open runs on into the next when that one opens with a mark (and the
            # quotation closes in the end); otherwise an opener with no closer quotes nothing
            if runs_on and all(_possessive(text, marks[k]) for k in range(i + 1, j)):
                s, e = _strip(text, opener.end, paragraphs[opener.paragraph][1])
                if s < e:
                    earlier.append((s, e))
                i = j
                continue
            i, earlier = i + 1, []
            continue
        if _possessive_stop(text, marks[closer_at]):
            later = next((k for k in range(closer_at + 1, j) if not _possessive(text, marks[k])), None)
            closer_at = closer_at if later is None else later
        closer = marks[closer_at]
        s, e = _strip(text, opener.end, closer.start)
        if s < e and any(ch.isalpha() for ch in text[s:e]):
            out.append(Quoted((*earlier, (s, e)), True, False))
        i, earlier = closer_at + 1, []
    return out


_SENTENCE_STOPS = ".!?"  # the stops that close a sentence before a quotation of whole sentences opens


def _opens_sentence(text: str, paragraph_start: int, mark: Mark) -> bool:
    """Whether an opening mark opens a quotation of whole sentences: at its paragraph's start or after a
    sentence's closing stop, a capital right after it (`‘It’s ...`, `... Ms Ley said. ‘It’s
    ...`), not a word quoted within a sentence (`called them ‘dinosaurs’`).

    >>> from quotes.marks import Mark, Role
    >>> _opens_sentence("Lee said. 'It is ours.", 0, Mark(10, 11, Role.OPEN, 0))
    True
    >>> _opens_sentence("He called them 'dinosaurs' and left.", 0, Mark(15, 16, Role.OPEN, 0))
    False
    """
    before = text[paragraph_start:mark.start].rstrip()
    return text[mark.end:mark.end + 1].isupper() and (not before or before[-1] in _SENTENCE_STOPS)


def _possessive_stop(text: str, mark: Mark) -> bool:
    """A closing-looking mark after `s` and before a stop or comma (`‘It is the workers’ money, not the
    bosses’. We won’t ...’`): a plural's possessive when a later mark in its paragraph closes the
    quotation (`_pair_singles` looks for one, no opener between); so is one ending a word in `-in` that
    drops its `g` (`‘We’ve got to keep goin’,’ said Lee`: `goin’` is `going`)."""
    return (_after_plural(text, mark) or _dropped_g(text, mark)) \
        and text[mark.end:mark.end + 1] in (".", ",", ";", "!", "?")


def _dropped_g(text: str, mark: Mark) -> bool:
    """A mark right after a word of four letters or more ending in `in` (`goin’`, `nothin’`), where the
    apostrophe of a dropped `g` stands."""
    return mark.start >= 4 and text[mark.start - 2:mark.start].lower() == "in" \
        and text[mark.start - 4:mark.start - 2].isalpha()


def _possessive(text: str, mark: Mark) -> bool:
    """A closing-looking mark after `s` and before a lower-case word: likely `voters’ trust`; or after a
    word in `-in` that drops its `g` (`nothin’ left`)."""
    after = text[mark.end:mark.end + 2]
    return (_after_plural(text, mark) or _dropped_g(text, mark)) and len(after) == 2 and after[0] == " " and after[1].islower()


def _after_plural(text: str, mark: Mark) -> bool:
    """A mark right after an `s`, where a plural's possessive apostrophe stands (`the workers’`)."""
    return mark.start > 0 and text[mark.start - 1] in "sS"


class Inside:
    """Fast tests against the quotations' content (all parts, closed or not); `double`: whether any
    quotation is set in double marks (the text's own style for quotations)."""

    def __init__(self, quoted: Sequence[Quoted]) -> None:
        self.ranges = sorted(p for q in quoted for p in q.parts)
        self.starts = [r[0] for r in self.ranges]
        self.double = any(q.double for q in quoted)

    def contains(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.ranges[i][0] <= pos < self.ranges[i][1]

    def overlaps(self, rng: tuple[int, int]) -> bool:
        i = bisect.bisect_right(self.starts, rng[1] - 1) - 1
        return i >= 0 and self.ranges[i][1] > rng[0]

    def part_at(self, pos: int) -> tuple[int, int] | None:
        """The range of the quotation part whose content holds `pos`, or None."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.ranges[i] if i >= 0 and self.ranges[i][0] <= pos < self.ranges[i][1] else None
