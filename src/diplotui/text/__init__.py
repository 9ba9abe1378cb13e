"""Headless text structure: the spans the reader's cursor moves by (no Textual here)."""

from diplotui.text.sentences import (
    Span,
    double_quotations,
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
    "paragraph_sentences",
    "paragraphs",
    "quotation_at",
    "sentences",
    "span_containing",
    "span_index_at",
    "spans_overlapping",
    "words",
]
