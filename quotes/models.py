"""Finding, checking, loading and downloading the stanza English models.

Lookup, first match wins: an explicit directory, `$QUOTES_MODELS`, stanza's own
resources directory when it holds English models (the official ones a user
downloaded), then the compact models bundled inside this package.  Loading
never touches the network.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from .errors import ModelError

__all__ = ["ModelInfo", "BUNDLED_MODELS", "PROCESSORS", "find_models", "load_pipeline", "download_models"]

BUNDLED_MODELS = Path(__file__).parent / "models"
PROCESSORS = "tokenize,mwt,pos,lemma,depparse"  # what download-models fetches
_NEEDED = ("pos", "lemma", "depparse")  # what parsing loads: tokens come pretokenized
_ENV = "QUOTES_MODELS"


@dataclass(frozen=True)
class ModelInfo:
    """Which models are in use and why they were chosen."""

    path: Path
    origin: str  # "argument", "QUOTES_MODELS", "stanza", "bundled"
    packages: dict[str, str]

    def describe(self) -> str:
        pkgs = ", ".join(f"{k}={v}" for k, v in self.packages.items())
        return f"stanza models: {self.path} ({self.origin}; {pkgs})"


def _stanza_dir() -> Path:
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(DEFAULT_MODEL_DIR)


def _packages(path: Path) -> dict[str, str]:
    """The English package of each needed processor, read from resources.json.

    Raises ModelError naming the directory when anything needed is missing.
    """
    fix = (f"run `quotes download-models --dir {path}` to fetch stanza's English models there, "
           "or point --models / QUOTES_MODELS at a complete stanza resources directory")
    resources = path / "resources.json"
    try:
        en = json.loads(resources.read_text(encoding="utf-8"))["en"]
    except FileNotFoundError:
        raise ModelError(f"{path} is not a stanza resources directory (no resources.json): {fix}") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{resources} is unreadable or has no English entry ({exc}): {fix}") from None
    defaults = en.get("default_processors", {}) if isinstance(en, dict) else {}
    packages: dict[str, str] = {}
    for proc in _NEEDED:
        pkg = defaults.get(proc)
        if isinstance(pkg, dict):  # some resources.json versions nest the package name
            pkg = next(iter(pkg), None)
        if pkg is None:
            raise ModelError(f"{resources} names no English {proc} model: {fix}")
        model = path / "en" / proc / f"{pkg}.pt"
        if not model.is_file():
            raise ModelError(f"{path} is incomplete: {model.relative_to(path)} is missing: {fix}")
        packages[proc] = str(pkg)
    return packages


def _has_english(path: Path) -> bool:
    try:
        _packages(path)
    except ModelError:
        return False
    return True


def find_models(models: str | os.PathLike[str] | None = None) -> ModelInfo:
    """The model directory to use, checked for completeness."""
    if models is not None:
        path, origin = Path(models), "argument"
    elif os.environ.get(_ENV):
        path, origin = Path(os.environ[_ENV]), _ENV
    elif _has_english(_stanza_dir()):
        path, origin = _stanza_dir(), "stanza"
    else:
        path, origin = BUNDLED_MODELS, "bundled"
    if path.exists() and not path.is_dir():
        raise ModelError(f"model directory {path} (from {origin}) is a file, not a directory: give the "
                         "stanza resources directory that holds resources.json")
    if not path.is_dir():
        raise ModelError(f"model directory {path} (from {origin}) does not exist: "
                         f"run `quotes download-models --dir {path}` or give an existing directory")
    return ModelInfo(path.resolve(), origin, _packages(path))


def load_pipeline(info: ModelInfo, device: str = "cpu", **options: Any) -> Any:
    """A stanza Pipeline over `info`'s models; never downloads anything."""
    import stanza

    from .charcache import install as install_charcache
    from .mst import install

    install()
    install_charcache()
    try:
        with _no_optimizers():
            return stanza.Pipeline(
                "en", dir=str(info.path), processors="tokenize,pos,lemma,depparse", tokenize_pretokenized=True,
                download_method=None, logging_level="WARN", device=device, **options,
            )
    except Exception as exc:  # stanza raises many kinds; the user needs one message
        raise ModelError(f"cannot load the stanza models in {info.path}: {exc}. Fix: run "
                         f"`quotes download-models --dir {info.path}` or use another --models") from exc


@contextlib.contextmanager
def _no_optimizers() -> Iterator[None]:
    """While the Pipeline loads: stanza's tagger, lemmatizer and parser trainers each build a
    training optimizer that inference never uses, and torch's first optimizer imports
    `torch._dynamo`, about 1.2 CPU seconds of a load of about 3; here they get none (an empty
    dict, as `get_split_optimizer` gives for no parameters, or None)."""
    from stanza.models.common import utils

    originals = utils.get_split_optimizer, utils.get_optimizer
    utils.get_split_optimizer = lambda *args, **kwargs: {}
    utils.get_optimizer = lambda *args, **kwargs: None
    try:
        yield
    finally:
        utils.get_split_optimizer, utils.get_optimizer = originals


def download_models(directory: str | os.PathLike[str] | None = None) -> Path:
    """Fetch stanza's official English models for exactly the processors needed."""
    import stanza

    path = Path(directory) if directory is not None else _stanza_dir()
    created = _first_missing(path)
    before = set(path.iterdir()) if path.is_dir() else set()
    logging.getLogger("stanza").setLevel(logging.INFO)
    try:
        stanza.download("en", model_dir=str(path), processors=PROCESSORS, logging_level="INFO")
        _packages(path)
    except BaseException as exc:  # Ctrl-C included: what this download created goes
        _remove_new(path, created, before)
        if isinstance(exc, ModelError) or not isinstance(exc, Exception):
            raise
        raise ModelError(f"downloading stanza's English models into {path} failed: {exc}") from exc
    return path


def _first_missing(path: Path) -> Path | None:
    """The outermost directory of `path` that does not exist yet (what a download would create)."""
    missing = None
    for parent in [path, *path.parents]:
        if parent.exists():
            break
        missing = parent
    return missing


def _remove_new(path: Path, created: Path | None, before: set[Path]) -> None:
    """Undoes a failed download: the directories it created, or the entries it added to an existing one."""
    import shutil

    if created is not None:
        shutil.rmtree(created, ignore_errors=True)
        return
    if path.is_dir():
        for entry in set(path.iterdir()) - before:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
