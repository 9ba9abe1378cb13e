"""The helper process that prepares a long article for the reader, so that none of it runs in
the app's process: its sentences as the reader shows them, then its entity mentions and its
statements. In a thread of the app, recognition held the interpreter lock for up to 0.9 s at a
time on a 10 MB article (one regular expression or string method over the whole text), and
finding statements for up to 0.45 s: keys waited that long, for the 15-35 s it all took.

Usage: ``python -m diplotui.session.prepare_helper``. In: one JSON line ``{"title",
"corrections", "bytes"}``, then that many bytes of the text in UTF-8 (lone surrogates passed
through, as the store writes them). Out: JSON lines, in this order: ``{"units", "owners"}``
(the cursor's units, :func:`diplotui.session.cursor.visible_sentences`), ``{"spans"}`` a
chunk at a time (``[start, end, type, text]`` rows), ``{"statements"}`` (their
``to_dict`` forms, and ``"failed"``, why, when the recogniser or the finder raised on the
text: :func:`prepared`); the last line is ``{"done": true}``. Each line is short enough
for the app to read without holding the interpreter lock for long.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable
from typing import Any

from diplotui import entities
from diplotui.entities.soft_wraps import soft_wraps_joined
from diplotui.errors import failed
from diplotui.inert import utf8_kept
from diplotui.layout import article_blocks
from diplotui.model import EntityCorrection, EntitySpan, Statement, named_in_a_line
from diplotui.session.cursor import visible_sentences

SPANS_PER_LINE = 5_000
"""Entity mentions per line out (a 10 MB article has ~70,000)."""


NO_NAMES = "No name or statement marked: the recogniser failed on this text"
NO_STATEMENTS = "No statement marked: the finder failed on this text"
"""How the reader's notice opens for a text the recogniser (the finder) raised on."""


def prepared(
    text: str, title: str, corrections: list[EntityCorrection]
) -> tuple[list[EntitySpan], list[Statement], str]:
    """The text's mentions and statements, and "" or the reader's notice of why they could
    not be found: a recogniser or a finder that raises on one odd text (a bug) leaves the
    article without statements (or without names too), said, instead of ending the app."""
    try:
        spans = entities.recognise(text, corrections)
    except Exception as error:  # a recogniser's bug: the text is still shown
        return [], [], f"{NO_NAMES} ({failed(error).why}), a bug to report"
    from diplotui.statements import find_statements  # looked up when called, as a fill does

    try:
        found = find_statements(text, spans, title=title)
        return spans, [named_in_a_line(statement) for statement in found], ""
    except Exception as error:  # a finder's bug: the text and its names are still shown
        return spans, [], f"{NO_STATEMENTS} ({failed(error).why}), a bug to report"


def prepare(
    text: str, title: str, corrections: list[EntityCorrection], send: Callable[[Any], None]
) -> None:
    """Send the article's units, then its mentions, then its statements, as they are found."""
    shown = soft_wraps_joined(text)  # laid out as :meth:`ReadingCursor.over` lays it out
    units, owners = visible_sentences(shown, article_blocks(shown, title))
    send({"units": units, "owners": owners})
    spans, found, why = prepared(text, title, corrections)
    for start in range(0, len(spans), SPANS_PER_LINE):
        chunk = spans[start : start + SPANS_PER_LINE]
        send({"spans": [[span.start, span.end, span.type, span.text] for span in chunk]})
    send({"statements": [s.to_dict() for s in found], "failed": why})
    send({"done": True})


def serve() -> None:
    header = json.loads(sys.stdin.buffer.readline())
    text = sys.stdin.buffer.read(header["bytes"]).decode("utf-8", "surrogatepass")
    corrections = [EntityCorrection.from_dict(c) for c in header["corrections"]]

    def send(message: Any) -> None:
        sys.stdout.buffer.write(utf8_kept(json.dumps(message, ensure_ascii=False) + "\n"))
        sys.stdout.buffer.flush()

    with contextlib.suppress(BrokenPipeError):  # the app moved on (another article, or quit)
        prepare(text, header["title"], corrections, send)


if __name__ == "__main__":
    serve()
