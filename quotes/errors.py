"""Typed errors raised by the library; the CLI turns them into exit codes."""
from __future__ import annotations

__all__ = ["QuotesError", "ModelError"]


class QuotesError(Exception):
    """Anything `quotes` refuses to do, with a message meant for the user."""


class ModelError(QuotesError):
    """Stanza models are missing, incomplete or unloadable."""
