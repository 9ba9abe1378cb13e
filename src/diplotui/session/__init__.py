"""The headless annotation session: open article, reading cursor, target rule, changes, undo."""

from diplotui.session.annotations import (
    AnnotationSession,
    Target,
    copied_label,
    fit_label,
    quote_label,
    said_label,
    title_label,
)
from diplotui.session.cursor import ReadingCursor, visible_sentences
from diplotui.session.undo import Change, UndoStack

__all__ = [
    "AnnotationSession",
    "Change",
    "ReadingCursor",
    "Target",
    "UndoStack",
    "copied_label",
    "fit_label",
    "quote_label",
    "said_label",
    "title_label",
    "visible_sentences",
]
