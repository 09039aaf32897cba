"""Quotation and attribution extraction for news text.

>>> from quotes import extract
>>> for q in extract(text):
...     print(q.type, q.speaker and q.speaker.text, q.text)
"""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .errors import ModelError, QuotesError
from .extractor import Extractor, extract
from .claims import Verification, verify
from .records import Quote, Span, SpeakerEntity

try:
    __version__ = version("quotes")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

__all__ = ["Extractor", "Quote", "Span", "SpeakerEntity", "extract", "QuotesError", "ModelError", "__version__",
           "verify", "Verification"]
