"""The PolNeAR evaluation tools: the parse cache gives the parser's own analyses back, `--each-part`
cuts multi-part quotations on both sides (gold as a reader sees its spans), and the error lister refuses dev."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
SCORER = ROOT.parent / "shared" / "tools" / "polnear_score.py"
sys.path.insert(0, str(SCRIPTS))

from evaluate_polnear import ParseCache, each_part, load_scorer  # noqa: E402

needs_scorer = pytest.mark.skipif(not SCORER.is_file(), reason="the shared scorer is not at ../shared/tools")


class _Counting:
    """A stand-in parser that says how often it was asked, and about what."""

    def __init__(self, inner) -> None:
        self.inner, self.asked = inner, []

    def __call__(self, sentences):
        self.asked.append([list(s) for s in sentences])
        return self.inner(sentences)


def test_parse_cache_returns_the_parsers_analyses_and_parses_each_sentence_once(extractor, tmp_path) -> None:
    text = 'The minister said on Tuesday that the bridge would reopen. "It is safe," she told reporters.'
    expected = extractor.extract(text)
    counting = _Counting(extractor._parser)
    extractor._parser = counting
    path = tmp_path / "parses.pkl"
    try:
        cache = ParseCache(path, extractor)
        assert extractor.extract(text) == expected
        assert extractor.extract(text) == expected
        cache.save()
        assert len(counting.asked) == 1 and cache.misses == 2
        again = ParseCache(path, extractor)  # wraps the first cache: a new one must not ask it at all
        assert extractor.extract(text) == expected and again.misses == 0
        extractor._parser = counting
        counting.quantize = "bf16"  # models in lower precision: the float analyses are not theirs
        halved = ParseCache(path, extractor)
        assert halved.store == {} and halved.key.endswith("+bf16")
        extractor.extract(text)
        assert halved.misses == 2 and len(counting.asked) == 2
    finally:
        extractor._parser = counting.inner


@needs_scorer
def test_each_part_cuts_gold_and_predictions_into_their_parts() -> None:
    scorer = load_scorer(SCORER)
    text = '"We will win," she said, "and soon." He said it was over.'
    two = scorer.Relation(content=[(0, 14), (25, 36)], source=[(15, 18)], cue=[(19, 23)],
                          content_text='"We will win," "and soon."', cue_text="said")
    plain = scorer.Relation(content=[(45, 56)], source=[(37, 39)], cue=[(40, 44)],
                            content_text="it was over", cue_text="said")
    quote = {"type": "direct", "parts": [{"start": 1, "end": 13}, {"start": 26, "end": 35}],
             "speaker": {"start": 15, "end": 18}}
    indirect = {"type": "indirect", "parts": [{"start": 45, "end": 56}], "speaker": {"start": 37, "end": 39}}
    docs, preds = each_part(scorer, {"d": (text, [two, plain])}, {"d": [quote, indirect]})
    assert [r.content for r in docs["d"][1]] == [[(0, 14)], [(25, 36)], [(45, 56)]]
    assert all(r.source == [(15, 18)] for r in docs["d"][1][:2])
    assert [q["parts"] for q in preds["d"]] == [[{"start": 1, "end": 13}], [{"start": 26, "end": 35}],
                                                indirect["parts"]]
    metrics = scorer.score(docs, preds)
    assert metrics["direct_attributed_f1"] == 1.0 and metrics["gold_quoted"] == 2
    # a prediction that runs the two parts together as one gets only one of them
    joined = dict(quote, parts=[{"start": 1, "end": 35}])
    assert scorer.score(docs, {"d": [joined]})["direct_recall"] == 0.5


@needs_scorer
def test_each_part_reads_gold_as_the_spans_a_reader_sees() -> None:
    """Gold fragments cut at sentence ends within a line are one part; marks typed as two characters
    (`''`) mark a part too; a quotation's next paragraph is a part of its own."""
    scorer = load_scorer(SCORER)
    text = "''We won. We always win,'' she said, ''and we will win again.\n\n''Next year too.''"
    frag = [(text.index("''We won"), text.index(" We always")), (text.index("We always"), text.index(" she")),
            (text.index("''and"), text.index("\n")), (text.index("''Next"), len(text))]
    rel = scorer.Relation(content=frag, source=[(text.index("she"), text.index("she") + 3)],
                          cue=[(text.index("said"), text.index("said") + 4)],
                          content_text=" ".join(text[a:b] for a, b in frag), cue_text="said")
    docs, _ = each_part(scorer, {"d": (text, [rel])}, {"d": []})
    assert [text[a:b] for r in docs["d"][1] for a, b in r.content] == [
        "''We won. We always win,''", "''and we will win again.", "''Next year too.''"]


def test_errors_are_read_on_train_only() -> None:
    run = subprocess.run([sys.executable, str(SCRIPTS / "errors_polnear.py"), "--split", "dev"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "dev is for measuring" in run.stderr


def test_an_error_shows_the_predicted_quotation_beside_the_gold_one() -> None:
    from errors_polnear import _content, _pred

    text = "Mayor Ann Ruiz told Tom to wait. Then she left."
    q = {"type": "indirect", "parts": [{"start": 20, "end": 31}], "speaker": {"start": 0, "end": 14}, "rules": {}}
    assert _pred(text, q) == "indirect speaker='Mayor Ann Ruiz' rules={}"
    assert _content(text, q) == "\n    text: Mayor Ann Ruiz told [[Tom to wait]]. Then she left."
    assert _content(text, None) == ""
