"""One article's quotes on a page a person can check at a glance: `quotes show ARTICLE`.

`render_page(text, quotes)` returns one self-contained HTML document: no scripts, no fonts, no
network, only inline CSS. The article is shown as written (line breaks kept, every character
escaped, so a `<script>` in it shows as text); each quote part is a `<mark>` in its speaker's
colour, cues are underlined, speaker mentions outlined, and hovering a quote shows its type,
speaker, resolved speaker, rules (where the quote has them) and confidence. A legend lists the
speakers with kind, role and quote count.

Markup the browser tests rely on: `mark.q[data-quote=I][data-part=J]` holds exactly the text of
part J of quote I; `#legend li[data-entity=ID]` is one speaker.
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from .errors import QuotesError
from .records import Quote, SpeakerEntity

if TYPE_CHECKING:
    from .extractor import Extractor

__all__ = ["render_page", "quote_title", "article_text", "page_for_file"]

HTML_SUFFIXES = (".html", ".htm")

# Background colours for speakers, told apart on screen and in print; quotes beyond the palette's
# length reuse it in order.
PALETTE = ("#ffd8a8", "#a5d8ff", "#b2f2bb", "#fcc2d7", "#d0bfff", "#ffec99", "#99e9f2", "#ffc9c9",
           "#c0eb75", "#eebefa", "#ced4da", "#96f2d7")
NO_SPEAKER = "#e9ecef"

_CSS = """
body { font-family: Georgia, 'Times New Roman', serif; margin: 0; color: #212529; background: #fff; }
header, main, aside { padding: 0 1.5rem; }
header h1 { font-size: 1.3rem; margin: 1rem 0 0.3rem; }
header p { margin: 0 0 0.8rem; color: #495057; font-family: sans-serif; font-size: 0.85rem; }
.layout { display: flex; gap: 1rem; align-items: flex-start; }
main { flex: 3; }
.article { white-space: pre-wrap; line-height: 1.6; font-size: 1rem; }
aside { flex: 1; min-width: 16rem; position: sticky; top: 0; font-family: sans-serif; font-size: 0.85rem; }
#legend { list-style: none; padding: 0; margin: 0; }
#legend li { margin: 0 0 0.6rem; padding: 0.3rem 0.4rem; border-left: 0.8rem solid var(--c); background: #f8f9fa; }
#legend .kind { color: #495057; } #legend .role { font-style: italic; } #legend .count { float: right; font-weight: bold; }
mark.q { background: var(--c); border-radius: 0.2rem; padding: 0.05rem 0; color: inherit; }
mark.q:hover { outline: 2px solid #343a40; }
.cue { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 0.2rem; }
.mention { outline: 2px dotted var(--c); background: color-mix(in srgb, var(--c) 40%, white); font-weight: bold; }
.key { font-family: sans-serif; font-size: 0.8rem; color: #495057; margin: 0 0 0.8rem; }
"""


def _colour(entity: SpeakerEntity | None) -> str:
    return NO_SPEAKER if entity is None else PALETTE[entity.id % len(PALETTE)]


def quote_title(q: Quote) -> str:
    """What hovering a quote shows: type, speaker, resolved speaker, rules and confidence.

    >>> from quotes.records import Span
    >>> t = "Hi, he said."
    >>> print(quote_title(Quote("direct", (Span.of(t, 0, 2),), Span.of(t, 4, 6), None, None, 0, 0.8)))
    direct quote
    speaker: he
    resolved: (unresolved)
    confidence: 0.80
    """
    lines = [f"{q.type} quote",
             f"speaker: {q.speaker.text if q.speaker else '(none)'}",
             f"resolved: {q.speaker_resolved.text if q.speaker_resolved else '(unresolved)'}"]
    if q.speaker_entity is not None:
        e = q.speaker_entity
        lines.append(f"entity: #{e.id} {e.name} ({e.kind}{', ' + e.role if e.role else ''})")
    rules = getattr(q, "rules", None)   # stage -> rule name, on records that carry them
    if rules:
        lines.append("rules: " + ", ".join(f"{stage}: {rule}" for stage, rule in dict(rules).items()))
    lines.append(f"confidence: {q.confidence:.2f}")
    return "\n".join(lines)


def _entities(quotes: Sequence[Quote]) -> list[tuple[SpeakerEntity, int]]:
    """Each speaker entity once, in id order, with its number of quotes."""
    found: dict[int, tuple[SpeakerEntity, int]] = {}
    for q in quotes:
        e = q.speaker_entity
        if e is not None:
            found[e.id] = (e, found[e.id][1] + 1 if e.id in found else 1)
    return [found[k] for k in sorted(found)]


def _attrs(**values: Any) -> str:
    return "".join(f' {k.replace("_", "-")}="{html.escape(str(v), quote=True)}"' for k, v in values.items())


def _article(text: str, quotes: Sequence[Quote]) -> str:
    """The text with quote parts as `<mark>`, cues and speaker mentions as `<span>`.

    Quote parts never overlap one another; cues and mentions may cross a part's edge or nest in
    one another, so they are cut into one element per stretch of text between two edges.
    """
    inline: list[tuple[int, int, str]] = []   # start, end, opening tag
    for q in quotes:
        if q.cue is not None:
            inline.append((q.cue.start, q.cue.end, '<span class="cue">'))
    mentions: dict[tuple[int, int], SpeakerEntity] = {}
    for e, _ in _entities(quotes):
        for m in e.mentions:
            mentions.setdefault((m.start, m.end), e)
    for (start, end), e in mentions.items():
        inline.append((start, end, f'<span class="mention"{_attrs(data_entity=e.id, style=f"--c: {_colour(e)}")}>'))
    parts: dict[int, tuple[int, int, Quote, int]] = {}
    for i, q in enumerate(quotes):
        for j, p in enumerate(q.parts):
            parts[p.start] = (p.end, i, q, j)
    edges = sorted({0, len(text)} | {s for s, _, _ in inline} | {e for _, e, _ in inline}
                   | set(parts) | {end for end, _, _, _ in parts.values()})
    out: list[str] = []
    open_part_end: int | None = None
    for a, b in zip(edges, edges[1:]):
        if open_part_end is None and a in parts:
            end, i, q, j = parts[a]
            out.append(f'<mark class="q"{_attrs(data_quote=i, data_part=j, data_entity=q.speaker_entity.id if q.speaker_entity else "", style=f"--c: {_colour(q.speaker_entity)}", title=quote_title(q))}>')
            open_part_end = end
        wrappers = [tag for s, e, tag in sorted(inline, key=lambda x: (x[0], -x[1])) if s <= a and b <= e]
        out.append("".join(wrappers) + html.escape(text[a:b], quote=False) + "</span>" * len(wrappers))
        if open_part_end == b:
            out.append("</mark>")
            open_part_end = None
    return "".join(out)


def _legend(quotes: Sequence[Quote]) -> str:
    items = []
    for e, n in _entities(quotes):
        role = f' <span class="role">{html.escape(e.role)}</span>' if e.role else ""
        items.append(f'<li{_attrs(data_entity=e.id, style=f"--c: {_colour(e)}")}><span class="count">{n}</span>'
                     f'<span class="name">{html.escape(e.name)}</span> <span class="kind">{e.kind}</span>{role}</li>')
    unattributed = sum(q.speaker_entity is None for q in quotes)
    if unattributed:
        items.append(f'<li class="none" style="--c: {NO_SPEAKER}"><span class="count">{unattributed}</span>'
                     f'<span class="name">no speaker found</span></li>')
    return f'<ul id="legend">{"".join(items)}</ul>'


def render_page(text: str, quotes: Sequence[Quote], title: str = "quotes") -> str:
    """One self-contained HTML page showing `quotes` (a document's, with offsets into `text`)."""
    n_entities = len(_entities(quotes))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{_CSS}</style></head><body>"
        f"<header><h1>{html.escape(title)}</h1><p>{len(quotes)} quotes, {n_entities} speakers. "
        "Hover over a quote for its type, speaker and confidence.</p></header>"
        '<div class="layout"><main><p class="key"><mark class="q" style="--c: #ced4da">quote</mark> '
        '<span class="cue">cue</span> <span class="mention" style="--c: #ced4da">speaker</span></p>'
        f'<div class="article">{_article(text, quotes)}</div></main>'
        f"<aside><h2>Speakers</h2>{_legend(quotes)}</aside></div></body></html>\n"
    )


def article_text(path: str | Path) -> str:
    """The text of an article file: a web page's extracted main text (`.html`, `.htm`), else the
    file as UTF-8. Raises QuotesError for bytes that are not UTF-8."""
    p = Path(path)
    data = p.read_bytes()
    if p.suffix.lower() in HTML_SUFFIXES:
        from .html import html_to_text

        return html_to_text(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise QuotesError(f"{path} is not UTF-8 text ({exc})") from None


def page_for_file(path: str | Path, extractor: "Extractor") -> str:
    """The page of one article file, its quotes found by `extractor`."""
    text = article_text(path)
    return render_page(text, extractor.extract(text), title=Path(path).name)
