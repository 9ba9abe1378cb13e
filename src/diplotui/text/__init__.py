"""Headless text structure: the spans the reader's cursor moves by (no Textual here)."""

from diplotui.text.sentences import (
    Span,
    double_quotations,
    full_stop_ends,
    mark_offsets,
    matches_at,
    matches_from_marks,
    paragraph_sentences,
    paragraphs,
    quotation_at,
    sentences,
    span_containing,
    span_index_at,
    spans_overlapping,
    words,
)

__all__ = [
    "Span",
    "double_quotations",
    "full_stop_ends",
    "mark_offsets",
    "matches_at",
    "matches_from_marks",
    "paragraph_sentences",
    "paragraphs",
    "quotation_at",
    "sentences",
    "span_containing",
    "span_index_at",
    "spans_overlapping",
    "words",
]
