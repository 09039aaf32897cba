"""`quotes show`: the page's markup from hand-made quotes (no model), then the command end to end."""
from __future__ import annotations

import doctest
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

import quotes.page
from quotes import Extractor
from quotes.cli import main
from quotes.page import quote_title, render_page
from quotes.records import Quote, Span

from pagedom import TRICKY, read_page, tricky_quotes

ROOT = Path(__file__).resolve().parent.parent

def test_doctests() -> None:
    result = doctest.testmod(quotes.page)
    assert result.attempted >= 1 and result.failed == 0


def test_page_holds_the_text_escaped_and_every_quote_marked() -> None:
    qs = tricky_quotes()
    page = render_page(TRICKY, qs, title="<t>")
    dom = read_page(page)
    assert dom.article == TRICKY                    # the whole text, as written, and nothing else
    assert "<script" not in page and "<b>" not in page
    assert dom.marks == {(i, j): p.text for i, q in enumerate(qs) for j, p in enumerate(q.parts)}
    assert dom.mark_entities == {0: "0", 1: "1", 2: ""}
    assert dom.legend == ["0", "1"] and dom.legend_names == ["Ms. Lee", "Mr. Lee"]


def test_page_needs_no_network() -> None:
    page = render_page(TRICKY, tricky_quotes())
    for outside in ("http:", "https:", "//", "<link", "<script", "@import", "url(", "<img", "<iframe"):
        assert outside not in page.replace("<!DOCTYPE html>", ""), outside


def test_hover_text() -> None:
    q = tricky_quotes()[0]
    assert quote_title(q) == ("direct quote\nspeaker: Ms. Lee\nresolved: Ms. Lee\n"
                              "entity: #0 Ms. Lee (person)\nconfidence: 0.90")


@dataclass(frozen=True)
class RuledQuote(Quote):
    """A quote carrying the rules that made it, as records from issue 7's work will."""

    rules: dict[str, str] = field(default_factory=dict)


def test_hover_shows_rules_when_a_quote_has_them() -> None:
    t = '"Yes," he said.'
    q = RuledQuote("direct", (Span.of(t, 1, 5),), Span.of(t, 7, 9), None, Span.of(t, 10, 14), 0, 0.9,
                   rules={"speaker": "subject", "cue": "parse"})
    assert "rules: speaker: subject, cue: parse" in quote_title(q).splitlines()
    assert "rules: speaker: subject, cue: parse" in render_page(t, [q])


def test_empty_article() -> None:
    dom = read_page(render_page("", []))
    assert dom.article == "" and dom.marks == {} and dom.legend == []


def test_show_command(extractor: Extractor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`quotes show ARTICLE -o PAGE`: the page of the reference article, its quotes as the library finds them."""
    monkeypatch.setattr("quotes.extractor.Extractor", lambda **kwargs: extractor)
    out = tmp_path / "kerry.html"
    article = ROOT / "data" / "kerry-geneva.txt"
    result = CliRunner().invoke(main, ["show", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = article.read_text(encoding="utf-8")
    found = extractor.extract(text)
    dom = read_page(out.read_text(encoding="utf-8"))
    assert dom.article == text
    assert dom.marks == {(i, j): p.text for i, q in enumerate(found) for j, p in enumerate(q.parts)}
    assert dom.legend == sorted({str(q.speaker_entity.id) for q in found if q.speaker_entity}, key=int)
    stdout = CliRunner().invoke(main, ["show", str(article)])
    assert stdout.exit_code == 0 and stdout.output == out.read_text(encoding="utf-8")


def test_show_html_article(extractor: Extractor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A web page: the page shows its extracted main text, quotes marked in it."""
    monkeypatch.setattr("quotes.extractor.Extractor", lambda **kwargs: extractor)
    paragraphs = [
        "The mayor of the small town spoke to reporters on Tuesday about the new bridge over the river.",
        '"We have waited ten years for this bridge, and now it is finally open," the mayor said.',
        "Construction began in the spring and took far longer than the council had planned at first.",
        '"It was worth every day of the wait," said Jane Doe, a resident of the town.',
    ]
    page = ("<html><head><title>Bridge opens</title></head><body><nav><a href='/'>Home</a></nav><article>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article><footer>Contact us</footer></body></html>")
    src = tmp_path / "bridge.html"
    src.write_text(page, encoding="utf-8")
    out = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["show", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = quotes.page.article_text(src)
    assert "finally open" in text and "Contact us" not in text
    dom = read_page(out.read_text(encoding="utf-8"))
    assert dom.article == text
    assert sorted(dom.marks.values()) == sorted(p.text for q in extractor.extract(text) for p in q.parts)
    assert "We have waited ten years for this bridge, and now it is finally open," in dom.marks.values()


@pytest.mark.parametrize("args", [["show"], ["show", "missing.txt"], ["show", "data/kerry-geneva.txt", "-o",
                                                                       "data/kerry-geneva.txt"]])
def test_show_usage_errors(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr("quotes.extractor.Extractor", lambda **kwargs: pytest.fail("no extraction on a usage error"))
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert (ROOT / "data" / "kerry-geneva.txt").read_text(encoding="utf-8").startswith("Kerry in Geneva")
