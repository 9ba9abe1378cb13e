"""Optional statistical proposals: a spaCy pipeline's PERSON and ORG where the rules found nothing.

Off unless the setting ``DIPLOTUI_SPACY_MODEL`` names an installed spaCy pipeline (a package
name such as ``en_core_web_sm`` or a folder); ``pip install 'diplotui[spacy]'`` brings spaCy, and
the model is installed the way spaCy installs models. Nothing is downloaded here. The rules come
first: a proposal is kept only if it overlaps none of their spans, so it can add a name the
rules missed but never change one they found. A pipeline that cannot be loaded leaves the rules
alone (``check_configured`` says why, for the command line).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..model import EntitySpan

MODEL_SETTING = "DIPLOTUI_SPACY_MODEL"
# spaCy's labels (OntoNotes PERSON, or PER in WikiNER pipelines) to ours: people and bodies only,
# the two kinds the rules are most likely to miss without a title or a head noun.
_PROPOSED = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG"}
_LEADING_ARTICLES = ("the ", "The ")
_POSSESSIVES = ("'s", "’s")

Proposer = Callable[[str], list[tuple[int, int, str]]]


class BackendUnavailable(Exception):
    """The configured pipeline cannot be used; the message says why in one line."""


def configured_model() -> str | None:
    """The pipeline named by the setting, or None when the backend is off (the default)."""
    return os.environ.get(MODEL_SETTING, "").strip() or None


def version_suffix() -> str:
    """What caches of recognised entities add to their version: a configured pipeline changes
    what is recognised."""
    model = configured_model()
    return f"+spacy:{model}" if model else ""


@lru_cache(maxsize=4)
def load_proposer(model: str) -> Proposer:
    """A function giving a pipeline's (start, end, label) entities; loaded once per process."""
    try:
        spacy = importlib.import_module("spacy")
    except ImportError as error:
        raise BackendUnavailable(
            "spaCy is not installed (pip install 'diplotui[spacy]')"
        ) from error
    try:
        pipeline = spacy.load(model)
    except (OSError, ValueError) as error:  # spaCy: OSError for an unknown name or folder
        raise BackendUnavailable(f"no such spaCy pipeline is installed ({error})") from error

    def propose(text: str) -> list[tuple[int, int, str]]:
        return [(ent.start_char, ent.end_char, ent.label_) for ent in pipeline(text).ents]

    return propose


def check_configured(named_by: str = "") -> None:
    """Raise ``BackendUnavailable`` if the setting names a pipeline that cannot be loaded. The
    message starts with what named the pipeline, ``named_by`` (a command's ``--spacy MODEL``)
    or else the setting, so the user is sent to what they actually typed."""
    model = configured_model()
    if not model:
        return
    try:
        load_proposer(model)
    except BackendUnavailable as error:
        raise BackendUnavailable(f"{named_by or f'{MODEL_SETTING}={model}'}: {error}") from error


def configured_proposer() -> Proposer | None:
    """The configured pipeline's proposer, or None when it is off or cannot be loaded."""
    model = configured_model()
    return _proposer_or_none(model) if model else None


@lru_cache(maxsize=4)
def _proposer_or_none(model: str) -> Proposer | None:
    """``load_proposer``, its failure remembered too: recognition runs per article, and a
    missing pipeline must not be looked for again each time."""
    try:
        return load_proposer(model)
    except BackendUnavailable:
        return None


def forget_loaded() -> None:
    """Forget loaded pipelines and failures (after installing a model, and in tests)."""
    load_proposer.cache_clear()
    _proposer_or_none.cache_clear()


def add_proposals(text: str, spans: Sequence[EntitySpan], propose: Proposer) -> list[EntitySpan]:
    """``spans`` plus the proposals of PERSON and ORG that overlap none of them, trimmed to the
    guidelines' extent (no leading "the", no possessive "'s"), sorted by position."""
    taken = bytearray(len(text))
    for span in spans:
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
    added: list[EntitySpan] = []
    for start, end, label in propose(text):
        entity_type = _PROPOSED.get(label)
        if entity_type is None or not 0 <= start < end <= len(text):
            continue
        start, end = _trimmed(text, start, end)
        if start < end and taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            added.append(EntitySpan(start, end, entity_type, text[start:end]))
    return sorted([*spans, *added], key=lambda span: (span.start, span.end))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    for article in _LEADING_ARTICLES:
        if text.startswith(article, start, end):
            start += len(article)
    for possessive in _POSSESSIVES:
        if text.endswith(possessive, start, end):
            end -= len(possessive)
    while start < end and not text[end - 1].isalnum() and text[end - 1] != ".":
        end -= 1
    return start, end
