"""Hostile and messy documents: none may crash, hang, grow super-linearly or produce a lying offset.

Time bounds are asserted on work where work can be counted (sentences and tokens handed to the
parser, which is the only expensive stage), and otherwise as a generous ratio: ten times the input
must take well under a hundred times as long, which tells linear from quadratic without being at
the mercy of a busy machine's wall clock.
"""
from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import pytest
from click.testing import CliRunner

import quotes
import quotes.extractor as extractor_module
from quotes import batch, cli
from quotes.extractor import prepare
from quotes.lexicon import cue_forms
from quotes.marks import find_quoted
from quotes.parse import MAX_TOKEN_CHARS, Word, parse_sentences
from quotes.rules import without
from quotes.segment import MAX_SENTENCE_TOKENS, Sentence, paragraphs, split_sentences, tokenize
from test_properties import check_model_free, check_records

RATIO_BOUND = 40.0  # for 10x the input: linear work gives ~10, quadratic ~100


# ---------------------------------------------------------------- helpers


@dataclass
class ParseSpy:
    """Records what the extractor hands the parser; parses for real, or with a flat stand-in."""

    real: bool = True
    calls: int = 0
    sentences: int = 0
    tokens: int = 0
    longest_sentence: int = 0
    longest_token_seen_by_parser: int = 0
    seen: list[Sentence] = field(default_factory=list)

    def __call__(self, pipeline: Any, sentences: Sequence[Sentence],
                 hold: Sequence[Sequence[tuple[int, int]]] | None = None) -> list[list[Word]]:
        self.calls += 1
        self.sentences += len(sentences)
        self.seen.extend(sentences)
        for s in sentences:
            self.tokens += len(s.tokens)
            self.longest_sentence = max(self.longest_sentence, len(s.tokens))
        if self.real:
            return parse_sentences(self._watching(pipeline), sentences, hold)
        return [_flat_parse(s) for s in sentences]

    def _watching(self, pipeline: Any) -> Callable[[list[list[str]]], Any]:
        """The stanza pipeline, noting the longest token string it is given."""
        def run(batch: list[list[str]]) -> Any:
            self.longest_token_seen_by_parser = max([self.longest_token_seen_by_parser]
                                                    + [len(w) for sent in batch for w in sent])
            return pipeline(batch)
        return run


def _flat_parse(sentence: Sentence) -> list[Word]:
    """A stand-in parse: every word hangs from the first; cue-verb forms are verbs."""
    forms = cue_forms()
    return [Word(index=i, text=t.text, lemma=t.text.lower(), upos="VERB" if t.text.lower() in forms else "NOUN",
                 xpos="", feats="", head=-1 if i == 0 else 0, deprel="root" if i == 0 else "dep",
                 start=t.start, end=t.end)
            for i, t in enumerate(sentence.tokens)]


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> ParseSpy:
    """A ParseSpy in place of the extractor's parser call (real parsing behind it)."""
    s = ParseSpy()
    monkeypatch.setattr(extractor_module, "parse_sentences", s)
    return s


def check_document(extractor: quotes.Extractor, text: str) -> list[quotes.Quote]:
    """Model-free stages (deterministic too) and the whole pipeline on `text`: no crash, offsets true."""
    check_model_free(text)
    found = extractor.extract(text)
    check_records(text, found)
    return found


def _best_time(fn: Callable[[], object], repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def assert_linear(make: Callable[[int], str], n: int, run: Callable[[str], object] = prepare) -> None:
    """`run` on 10x the input takes well under 100x the time (best of a few runs, so load spikes
    do not count against it)."""
    small = make(n)
    run(small)  # warm caches (compiled patterns, the cue table)
    t_small = _best_time(lambda: run(small), 3)
    while t_small < 0.02 and n < 200_000:  # too quick to time well: grow the input first
        n *= 4
        small = make(n)
        t_small = _best_time(lambda: run(small), 3)
    large = make(10 * n)
    t_large = _best_time(lambda: run(large), 1)
    if t_large / t_small >= RATIO_BOUND:  # one more try before calling it super-linear
        t_small = min(t_small, _best_time(lambda: run(small), 3))
        t_large = min(t_large, _best_time(lambda: run(large), 1))
    assert t_large / t_small < RATIO_BOUND, f"10x input took {t_large / t_small:.0f}x as long " \
                                            f"({t_small:.3f}s -> {t_large:.3f}s)"


ARTICLE = (
    "\u201cWe need to see a situation where the violence stops,\u201d a senior US official told reporters.\n"
    "\n"
    "Officials said they would not travel to Geneva unless progress was made.\n"
    "\n"
    "\u201cIf we conclude that we can get there then we\u2019ll keep going,\u201d he said. \"But not forever.\"\n"
    "\n"
    "\u201cAll I can say is that we are still talking,\n"
    "\n"
    "\u201cand we are not finishing,\u201d another official warned.\n"
)


def _quote_summary(found: Sequence[quotes.Quote]) -> list[tuple[str, str, str | None, str | None]]:
    return [(q.type, q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in found]


# ---------------------------------------------------------------- line endings


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr_give_the_same_quotes_with_true_offsets(extractor: quotes.Extractor,
                                                                 newline: str) -> None:
    """Windows and old-Mac line endings are read in place: same quotes, offsets into the text as given."""
    expected = _quote_summary(extractor.extract(ARTICLE))
    assert len(expected) >= 3
    other = ARTICLE.replace("\n", newline)
    found = check_document(extractor, other)
    assert _quote_summary(found) == expected
    for q in found:
        assert all("\r" not in p.text for p in q.parts)
    # A CR directly before a mark or inside a paragraph is whitespace, not a character to count wrong.
    mixed = "He said:\r\n\r\n\u201cWe will win.\u201d\r\rShe said:\n\r\u201cNo.\u201d\r\n"
    check_document(extractor, mixed)
    assert [mixed[a:b] for q in find_quoted(mixed, paragraphs(mixed)) for a, b in q.parts] == ["We will win.", "No."]


# ---------------------------------------------------------------- odd characters


CONTROLS = "".join(chr(c) for c in list(range(0, 32)) + list(range(127, 160)))


def test_nul_and_control_characters(extractor: quotes.Extractor) -> None:
    """NUL, C0 and C1 controls, stray BOMs and zero-width characters neither crash nor shift offsets."""
    text = ("\ufeff\u201cWe will\x00 win this\x07 race,\u201d\x01 the minister\x1b said.\x7f\n"
            "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\u200b\u200d\ufeff \"Yes.\" \x00\x00\n" + CONTROLS + "\n"
            + CONTROLS.join(["\"A b c,\" he said", "'d e f'", "&quot;g h i&quot;"]))
    found = check_document(extractor, text)
    first = [q for q in found if q.text.startswith("We will")]
    assert len(first) == 1 and first[0].text == "We will\x00 win this\x07 race,"
    assert first[0].parts[0].start == text.index("We will")
    for c in CONTROLS:  # each control character alone, and between words and marks
        check_model_free(c)
        check_model_free(f"He said{c}\"We{c} go{c}\"{c}")


def test_emoji_and_combining_characters_count_as_python_characters(extractor: quotes.Extractor) -> None:
    """Offsets are in Python characters (code points): emoji, ZWJ sequences, flags, combining marks."""
    content = "Cafe\u0301 au lait \U0001F44D\U0001F3FD is na\u0131\u0308ve, \U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F1FA\U0001F1F3"
    text = f"\U0001F600 \u201c{content},\u201d the chef\u0301 said. \u201c\U0001F525\U0001F525\U0001F525\u201d\n" \
           f"Z\u0351\u0352\u0353a\u0354\u0355l\u0356\u0357g\u0358o said \"ok\u0301 fine.\"\n"
    found = check_document(extractor, text)
    match = [q for q in found if q.text.startswith("Cafe")]
    assert len(match) == 1
    assert match[0].text == content + ","
    assert match[0].parts[0].start == text.index(content)
    assert match[0].parts[0].end == text.index(content) + len(content) + 1


def test_right_to_left_text(extractor: quotes.Extractor) -> None:
    """Arabic and Hebrew with guillemets, straight and curly marks and bidi controls."""
    arabic = "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u0625\u0646\u0647\u0645 \u0644\u0646 \u064a\u0633\u062a\u0633\u0644\u0645\u0648\u0627"
    hebrew = "\u05dc\u05d0 \u05e0\u05d5\u05d5\u05ea\u05e8 \u05dc\u05e2\u05d5\u05dc\u05dd"
    text = (f"\u0642\u0627\u0644: \u00ab{arabic}\u00bb.\n"
            f"\u05d0\u05de\u05e8 \u05d4\u05e9\u05e8: \"{hebrew}\".\n"
            f"The minister said \u202b\u201c{hebrew}\u201d\u202c and left.\u200f\n"
            f"\u202e\u201cdias eh ,og lliw eW\u201d\u202c\n")
    found = check_document(extractor, text)
    contents = [text[a:b] for q in find_quoted(text, paragraphs(text)) for a, b in q.parts]
    assert contents[:3] == [arabic, hebrew, hebrew]
    assert contents[3] == "dias eh ,og lliw eW"
    assert all(q.start >= 0 for q in found)


# ---------------------------------------------------------------- size


def _no_punctuation(size: int, with_cues: bool) -> str:
    words = ("the committee will consider every proposal before the winter recess and then decide "
             + ("said officials told " if with_cues else "")).split()
    out: list[str] = []
    n = 0
    i = 0
    while n < size:
        w = words[i % len(words)]
        out.append(w)
        n += len(w) + 1
        i += 1
    return " ".join(out)[:size]


def test_one_megabyte_without_punctuation_is_cut_into_bounded_sentences() -> None:
    """A 1 MB transcript with no sentence breaks: the segmenter caps every sentence; no token is lost."""
    text = _no_punctuation(1_000_000, with_cues=True)
    sentences = split_sentences(text)
    tokens = tokenize(text)
    assert all(len(s.tokens) <= MAX_SENTENCE_TOKENS for s in sentences)
    assert sum(len(s.tokens) for s in sentences) == len(tokens)
    assert len(sentences) == math.ceil(len(tokens) / MAX_SENTENCE_TOKENS)
    assert find_quoted(text, paragraphs(text)) == []


def test_one_megabyte_hands_the_parser_bounded_work(extractor: quotes.Extractor, spy: ParseSpy) -> None:
    """Through the Extractor, 1 MB with cue words everywhere: the parser gets only sentences with a cue,
    each at most MAX_SENTENCE_TOKENS tokens, so its work is linear in the text (a flat stand-in parse
    is used here: the real one on 1 MB takes minutes on CI's two cores; the next test parses for real)."""
    spy.real = False
    text = _no_punctuation(1_000_000, with_cues=True)
    found = extractor.extract(text)
    check_records(text, found)
    n_tokens = len(tokenize(text))
    assert spy.calls == 1
    assert 0 < spy.sentences <= math.ceil(n_tokens / MAX_SENTENCE_TOKENS)
    assert spy.longest_sentence <= MAX_SENTENCE_TOKENS
    assert spy.tokens <= n_tokens
    # Without cue words the parser is never called on anything.
    spy.sentences = 0
    assert extractor.extract(_no_punctuation(300_000, with_cues=False)) == []
    assert spy.sentences == 0


def test_long_unpunctuated_text_with_the_real_parser(extractor: quotes.Extractor, spy: ParseSpy) -> None:
    """The real parser on capped sentences of unpunctuated text, with a quotation inside: true offsets."""
    text = _no_punctuation(6_000, with_cues=True) + " \"We will win this race\" she said " + \
        _no_punctuation(3_000, with_cues=False)
    found = check_document(extractor, text)
    assert spy.longest_sentence <= MAX_SENTENCE_TOKENS
    assert spy.sentences <= math.ceil(len(tokenize(text)) / MAX_SENTENCE_TOKENS) + 1
    assert any("We will win this race" in q.text for q in found)  # as a direct quote or inside a mixed one


def test_a_giant_token_does_not_reach_the_parser_whole(extractor: quotes.Extractor, spy: ParseSpy) -> None:
    """A 200,000-character 'word' (base64, minified junk) next to a cue: the parser sees a bounded
    prefix of it, and the offsets still cover the whole token."""
    blob = "aB3" * 66_667
    text = f"\u201cWe will win,\u201d he said {blob} yesterday. Officials said {blob}."
    found = check_document(extractor, text)
    assert spy.calls >= 1 and spy.longest_token_seen_by_parser == MAX_TOKEN_CHARS  # the blob, cut short
    assert any(len(t.text) == len(blob) for s in spy.seen for t in s.tokens)
    assert [q.text for q in found if q.type == "direct"] == ["We will win,"]


MARK_FLOODS: dict[str, Callable[[int], str]] = {
    "straight": lambda n: '"' * n,
    "curly open": lambda n: "\u201c" * n,
    "curly pairs": lambda n: "\u201c\u201d" * (n // 2),
    "singles": lambda n: "'" * n,
    "curly singles": lambda n: "\u2019\u2018" * (n // 2),
    "doubled apostrophes": lambda n: "''" * (n // 2) + "``" * (n // 2),
    "guillemets": lambda n: "\u00ab\u00bb\u2039\u203a" * (n // 4),
    "spaced": lambda n: '" ' * n,
    "words between": lambda n: '"a ' * n,
    "entities": lambda n: "&quot;x&#8220;" * (n // 2),
    "every kind": lambda n: "\"\u201c\u201d'\u2018\u2019\u00ab\u00bb\u2039\u203a`\u201e\u201f\u2033" * (n // 14),
    "lines": lambda n: '"\n' * n,
}


@pytest.mark.parametrize("kind", sorted(MARK_FLOODS))
def test_ten_thousand_quotation_marks(kind: str) -> None:
    """A page that is nothing but quotation marks: no crash, true offsets, no overlaps."""
    text = MARK_FLOODS[kind](10_000)
    check_model_free(text)


def test_ten_thousand_quotation_marks_through_the_extractor(extractor: quotes.Extractor, spy: ParseSpy) -> None:
    """10,000 marks of every kind, then a table of 5,000 quoted cells: bounded, offsets true."""
    for kind in ("every kind", "words between", "curly pairs"):
        text = MARK_FLOODS[kind](10_000)
        check_records(text, extractor.extract(text))
    table = "".join(f"\"Row {i} is listed here.\" " + ("\n" if i % 5 == 4 else "") for i in range(5_000))
    with without(["unclaimed"]):   # kept, each cell is a quotation of its own
        found = extractor.extract(table)
    check_records(table, found)
    assert len(found) == 5_000
    assert extractor.extract(table) == []  # no one's words: `unclaimed` drops every cell
    assert spy.sentences == 0  # no cue anywhere: the parser has nothing to do


def test_a_page_of_quotes_is_assembled_in_linear_time(extractor: quotes.Extractor, spy: ParseSpy) -> None:
    """Quotation records for a table of n quoted cells take time linear in n, not quadratic."""
    assert_linear(lambda n: "".join(f"\"Row {i} is listed here.\" " for i in range(n)), 400, extractor.extract)
    assert spy.sentences == 0


def test_a_hundred_thousand_character_quotation(extractor: quotes.Extractor, spy: ParseSpy) -> None:
    """One quotation of 100,000 characters, with and without sentence breaks inside it."""
    for body in (_no_punctuation(100_000, with_cues=False),
                 " ".join(["We will consider every proposal before the end of the year."] * 1700)[:100_000].strip()):
        text = f"The minister said: \u201c{body}\u201d Then she left."
        marked = find_quoted(text, paragraphs(text))
        assert [(q.parts, q.closed) for q in marked] == [(((text.index(body), text.index(body) + len(body)),), True)]
        found = check_document(extractor, text)
        assert [q.text for q in found if q.type == "direct"] == [body]
    assert spy.sentences <= 4  # only the sentences holding `said` are parsed


def test_an_unclosed_hundred_thousand_character_quotation(extractor: quotes.Extractor) -> None:
    """The same quotation never closed, over many paragraphs: still one bounded quote, offsets true."""
    body = "\n\n\u201c".join(["We will consider every proposal before the end of the year"] * 1600)
    text = f"The minister said: \u201c{body}"
    marked = find_quoted(text, paragraphs(text))
    assert len(marked) == 1 and not marked[0].closed and len(marked[0].parts) == 1600
    check_document(extractor, text)


@pytest.mark.parametrize("depth", [50, 2_000])
def test_deeply_nested_quotes(extractor: quotes.Extractor, depth: int) -> None:
    """Quotes in quotes in quotes: alternating marks, one kind only, and unbalanced nesting."""
    alternating = "".join("\u201c\u2018"[i % 2] + f"level {i} goes " for i in range(depth)) + "the end" + \
        "".join("\u201d\u2019"[i % 2] for i in reversed(range(depth)))
    same = "\"" * depth + "core words here" + "\"" * depth
    unbalanced = "He said: " + "\u00ab\u2039\"'" * depth + " and then it stopped."
    for text in (alternating, same, unbalanced, f"{alternating} he said. {same} she said. {unbalanced}"):
        check_model_free(text)
        check_records(text, extractor.extract(text))
    for two_levels in ("\u201cHe told me \u2018never\u2019 and meant it,\u201d she said.",
                       "'He told me \u201cnever\u201d and meant it,' she said."):  # the outer quotation holds the inner
        outer = find_quoted(two_levels, paragraphs(two_levels))
        assert [two_levels[q.start:q.end] for q in outer] == [two_levels[1:two_levels.index(",") + 1]]


# ---------------------------------------------------------------- scraping leftovers


@pytest.mark.parametrize("opening,closing", [("&quot;", "&quot;"), ("&#8220;", "&#8221;"), ("&ldquo;", "&rdquo;"),
                                             ("&#x201C;", "&#x201D;"), ("&QUOT;", "&QUOT;"), ("&#34;", "&#34;")])
def test_html_entity_quotation_marks_are_read_in_place(extractor: quotes.Extractor, opening: str,
                                                       closing: str) -> None:
    """An entity left by a scraper is a quotation mark; the offsets skip it in the original text."""
    text = f"{opening}We will not give up on this fight,{closing} the minister said. &amp; more&quot"
    found = check_document(extractor, text)
    assert [q.text for q in found] == ["We will not give up on this fight,"]
    assert found[0].parts[0].start == len(opening)
    assert found[0].cue is not None and found[0].cue.text == "said"
    # the parser is shown the mark, not `&quot;`, so the entity is not taken for the speaker
    assert found[0].speaker is not None and found[0].speaker.text == "the minister"


def test_quotation_marks_inside_urls(extractor: quotes.Extractor) -> None:
    """Marks inside URLs, query strings and leftover HTML attributes neither crash nor hide a real quote."""
    docs = [
        "See https://example.com/search?q=\"quotes\"&x='y' for details. \"We will win this race,\" he said.",
        "Read <a href=\"https://example.com/a'b\">this</a>. \u201cWe will win this race,\u201d he said.",
        "Visit www.example.com/it's\u201cfine\u201d now. \"We will win this race,\" he said.",
        "Mail \"o'brien\"@example.com or https://x.org/?a=%22b%22. \"We will win this race,\" he said.",
    ]
    for text in docs:
        found = check_document(extractor, text)
        real = [q for q in found if q.text == "We will win this race,"]
        assert len(real) == 1 and real[0].cue is not None and real[0].cue.text == "said"
    # An odd mark inside a URL may start a stray quotation, but never a crash or a lying offset.
    odd = "See http://x.com/a\"b for more. \"We will win this race,\" he said. https://y.org/\u201d\u2019"
    check_document(extractor, odd)


# ---------------------------------------------------------------- linear time, model-free


LINEAR_FAMILIES: dict[str, Callable[[int], str]] = {
    "prose with quotes": lambda n: ("\u201cWe will win,\u201d he said. 'Yes,' she added. \"No.\"\n\n" * n)[:n],
    "no punctuation": lambda n: _no_punctuation(n, with_cues=True),
    "quotation marks only": lambda n: "\"\u201c\u201d'\u2018\u2019\u00ab\u00bb`" * (n // 9),
    "word+word (e-mail-like runs)": lambda n: "a+" * (n // 2),
    "dots and dashes": lambda n: ".-" * (n // 2),
    "at signs": lambda n: "a@b-" * (n // 4),
    "url runs": lambda n: "http://a.b/" * (n // 11) + "...",
    "entities": lambda n: "&#1&quot;&#8220x" * (n // 16),
    "crlf lines": lambda n: "He said \"x y\".\r\n" * (n // 16),
    "blank lines": lambda n: "\n \r\n\r" * (n // 5),
    "one long word": lambda n: "x" * n,
    "digits": lambda n: "1.2," * (n // 4) + "x",
}


@pytest.mark.parametrize("family", sorted(LINEAR_FAMILIES))
def test_detection_time_grows_linearly(family: str) -> None:
    """prepare (paragraphs, sentences, tokens, marks, cue candidates) on 10x the text: well under 100x."""
    assert_linear(LINEAR_FAMILIES[family], 10_000)


def test_regression_according_to_at_the_end_gives_no_inverted_span(extractor: quotes.Extractor) -> None:
    """`... according to` with nothing after it once produced a speaker span with start > end."""
    for text in (':"."b. according to', "Prices rose, according to.", "\"It rose,\" according to"):
        found = extractor.extract(text)
        check_records(text, found)


# ---------------------------------------------------------------- the command line, bytes in


HOSTILE = ("\ufeff\u201cWe will win,\u201d the minister said.\r\n\r\n&quot;Not\x00 yet, not now,&quot; she added.\r"
           "\r\u00abC\u0327a va \U0001F44D,\u00bb he told reporters. See https://x.org/?q=\"a\"\x1f\n")


def _spans(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for q in record["quotes"]:
        yield from q["parts"]
        yield from (q[k] for k in ("speaker", "speaker_resolved", "cue") if q[k] is not None)


def test_cli_offsets_index_the_file_as_given(extractor: quotes.Extractor, monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    """Files and stdin are decoded without newline translation: offsets index the UTF-8 text of the
    file exactly as it is on disk (BOM, CRLF, CR, NUL, entities and all), and JSONL the same."""
    monkeypatch.setattr(batch, "make_extractor", lambda models, device, threads: extractor)
    path = tmp_path / "hostile.txt"
    path.write_bytes(HOSTILE.encode("utf-8"))
    jsonl = tmp_path / "hostile.jsonl"
    jsonl.write_text(json.dumps({"id": 7, "text": HOSTILE}) + "\n" + json.dumps({"id": 8, "text": ""}) + "\n",
                     encoding="utf-8")
    runs = [CliRunner().invoke(cli.main, ["extract", str(path), str(jsonl)]),
            CliRunner().invoke(cli.main, ["extract"], input=HOSTILE.encode("utf-8"))]
    records = []
    for result in runs:
        assert result.exit_code == 0, result.output
        records += [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [str(path), 7, 8, "<stdin>"]  # one output record per input record
    for record in records:
        if record["id"] == 8:
            assert record["quotes"] == []
            continue
        texts = [q["text"] for q in record["quotes"] if q["type"] == "direct"]
        assert texts == ["We will win,", "Not\x00 yet, not now,", "C\u0327a va \U0001F44D,"], texts
        for span in _spans(record):
            assert HOSTILE[span["start"]:span["end"]] == span["text"]


def test_extraction_never_touches_the_network(extractor: quotes.Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """URLs in the text are text: extraction on hostile input runs with every connection refused."""
    import socket

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"network access attempted: {args}")

    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    found = extractor.extract(HOSTILE + " Read more at https://example.com/story and www.example.org.")
    assert [q.text for q in found if q.type == "direct"][:2] == ["We will win,", "Not\x00 yet, not now,"]
