"""Rows of the timeline and of an import's summary: only their label is bold.

A rich ``Text`` made with ``style="bold"`` has bold as its base style, which ran on into
every part appended after it: a whole timeline entry, its title line, and every reason of an
import were bold, so the label stood out from nothing.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from diplotui.ingest.report import FAILED, IMPORTED, ImportOutcome, ImportReport
from diplotui.library.timeline import TimelineEntry
from diplotui.model import Article
from diplotui.statements.when import ARTICLE_DATE
from diplotui.tui.dialogs.import_files import report_text
from diplotui.tui.dialogs.timeline import _row

CONSOLE = Console()


def bold_words(text: Text) -> list[str]:
    """The runs of text drawn bold, line by line, stripped."""
    runs: list[str] = []
    run = ""
    for offset, char in enumerate(text.plain):
        if char != "\n" and text.get_style_at_offset(CONSOLE, offset).bold:
            run += char
        elif run:
            runs.append(run.strip())
            run = ""
    return [*runs, run.strip()] if run else runs


def test_a_timeline_entry_is_bold_on_its_date_only():
    article = Article(id="a1", title="Talks in Hanoi", text_hash="h", date="2025-07-18")
    entry = TimelineEntry(
        None, "event", article, 0, 10, "The summit opened on July 18.", date_from=ARTICLE_DATE
    )
    # the article's date standing in says so ("?" is for a date diplotui doubts: leftovers49)
    assert bold_words(_row(entry, 12, {}, {}, "Lan")) == ["2025-07-18 (article date)"]


def test_an_import_summary_is_bold_on_its_summary_and_statuses_only():
    report = ImportReport(
        [
            ImportOutcome("/news/a.txt", IMPORTED, "a1", "A"),
            ImportOutcome("/news/b.bin", FAILED, reason="not text"),
        ]
    )
    summary = report_text(report)
    assert bold_words(summary) == [report.summary().strip(), "failed:"]
