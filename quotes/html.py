"""Main text of web pages, via trafilatura (the `quotes[html]` extra).

Imported only when HTML turns up, so plain-text users never need trafilatura.
The extracted text goes into the output record: quote offsets refer to it.
"""
from __future__ import annotations

from types import ModuleType

from .errors import QuotesError

__all__ = ["require_trafilatura", "html_to_text"]


def require_trafilatura() -> ModuleType:
    """The trafilatura module, or a QuotesError saying how to install it."""
    try:
        import trafilatura
    except ImportError as exc:
        raise QuotesError(f"reading HTML needs trafilatura ({exc}): pip install 'quotes[html]'") from None
    return trafilatura


def html_to_text(html: str | bytes) -> str:
    """The article text of a page (boilerplate, navigation and comments left out); '' if none.

    Bytes are decoded by trafilatura, which honours the page's declared charset.
    """
    text = require_trafilatura().extract(html, include_comments=False, include_tables=True,
                                         with_metadata=False)
    return text or ""
