"""A feed's row at 80 columns keeps its name's first words beside any unread count: a count
whose words take the room stands as "●100,000", every digit kept (the list's unread mark)."""

from __future__ import annotations

import pytest

from diplotui.library.feed_section import feed_folders
from diplotui.library.reading import ReadingCounts
from diplotui.model import Feed
from diplotui.tui.widgets.article_list import _fitted_folder


@pytest.mark.parametrize(
    ("unread", "row"),
    [
        (9, "  · Desk Wi…  9 unread"),
        (999, "  · Desk Wire  ●999"),
        (1_000, "  · Desk Wire  ●1,000"),
        (100_000, "  · Desk Wi…  ●100,000"),
    ],
)
def test_the_count_takes_its_short_form_before_the_name_loses_its_first_words(
    unread: int, row: str
) -> None:
    feed = Feed(id="f1", url="https://example.org/feed.xml", name="Desk Wire")
    counts = ReadingCounts(unread, 0, {"f1": unread}, {"f1": unread})
    heading, folder = feed_folders([feed], counts, expanded=True)
    assert folder.short == f"●{unread:,}" and heading.short == f"●{unread:,}"
    name, summary = _fitted_folder("  · Desk Wire", folder.summary, 22, short=folder.short)
    assert name + summary == row
    whole = _fitted_folder("  · Desk Wire", folder.summary, 60, short=folder.short)
    assert whole[1].startswith(f"  {unread:,} unread")  # room enough: the words stay
