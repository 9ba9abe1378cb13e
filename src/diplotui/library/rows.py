"""What one line of the library list shows: an article's row, a folder (saved filter or feed).

Plain records, kept apart from the query and store code so the app's first frame, drawn from
the list snapshot, imports nothing else of the library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from diplotui.dates import date_shown
from diplotui.inert import inert_line
from diplotui.tags import distinct_tags

if TYPE_CHECKING:
    from diplotui.model import Article

SORTS = ("date", "title", "source", "annotated")
"""The orders the list can be in (``LibraryQuery.sort``)."""

KEPT_MARK = "⚠ kept"
"""A row's mark for an article a sync kept and flagged: deleted by one side, edited by the
other (or its note cleared by one and rewritten by the other). Only the sidebar's note
heading said so, once the article was opened: in the list it looked like any other."""
NOTES_MARK = "⚠ notes"
"""A row's mark for an article whose note two people wrote at once: both kept, flagged."""
ROW_MARKS = (
    (
        KEPT_MARK,
        "a sync kept it: deleted by one teammate, edited by another (the sidebar's "
        "note heading names them; editing its note clears the flag)",
    ),
    (NOTES_MARK, "two notes written at once, both kept under their authors' names"),
    ("✎ 3", "3 highlights"),
    ("note", "the article has a note"),
    ("archived", "archived (listed with the archive)"),
    ("2025-07-18?", "a date guessed, not stated (i, Details, corrects it)"),
    ("#×3", "3 tags, the row too narrow to name them (the sidebar lists them)"),
    ("+2", "2 more tags than the row has room for"),
)
"""The marks a row's details show, and what each says: the help lists them (a new user at
80 columns read "2025-12-30?" and "#×2" and found neither there)."""


def flag_mark(conflict: str) -> str:
    """The row's mark for an article's sync flag (``Article.conflict``), "" for none."""
    if not conflict:
        return ""
    return KEPT_MARK if conflict.rstrip().endswith("kept") else NOTES_MARK


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What one list row shows for an article (inert text, ready to draw)."""

    article_id: str
    title: str
    details: str
    unread: bool = False
    tags: tuple[str, ...] = ()
    """The tags the details end with, each "#tag": a narrow row shows what fits of them."""

    @classmethod
    def of(cls, article: Article, highlight_count: int) -> ArticleRow:
        # Imported here: the first frame draws rows from the snapshot, without the model.
        from diplotui.library.reading import ARCHIVED, UNREAD, state_of

        # What the analyst added comes first, the marks short: in a narrow pane the end of
        # the line is cut. The date before the tags, which are long and pushed it off the
        # edge: it is what the list is sorted and scanned by.
        state = state_of(article)
        parts = [flag_mark(article.conflict)] if article.conflict else []
        if state == ARCHIVED:
            parts.append("archived")
        if highlight_count:
            parts.append(f"✎ {highlight_count}")
        if article.note:
            parts.append("note")
        # "undated" rather than nothing: a row without date or source had an empty line
        parts.append(date_shown(article.date, article.date_is_guess) or "undated")
        if article.source:  # before the tags: a narrow pane's cut takes tags, not the outlet
            parts.append(article.source)
        tags = tuple(inert_line(f"#{tag}") for tag in distinct_tags(article.tags))
        if tags:
            parts.append(" ".join(tags))
        title, details = inert_line(article.title), inert_line(" · ".join(parts))
        return cls(article.id, title, details, state == UNREAD, tags)

    @property
    def details_kept(self) -> str:
        """The details but the tags, which come last: what a narrow row keeps whole (its
        title gives up a line for it) where the tags may be cut."""
        if not self.tags:
            return self.details
        return self.details.removesuffix(" · " + " ".join(self.tags))


UNREAD_MARK = "●"
"""An unread article's mark in the list, and an unread count's where "unread" has no room."""

FILTER, FEEDS, FEED = "filter", "feeds", "feed"
FAILING = "failing"
"""A feed's first summary part while its last fetch failed (short: an 80-column list keeps
it), drawn in the warning colour."""
"""Kinds of folder: a saved filter, the feeds section's heading, one feed in it."""


@dataclass(frozen=True, slots=True)
class FolderRow:
    """A saved filter, or a feed, shown as a virtual folder at the top of the list."""

    name: str
    summary: str
    kind: str = FILTER
    key: str = ""  # the feed's id, for a feed
    apart: str = ""  # the address ending ``name`` in brackets that tells feeds of a name apart
    why: str = ""  # a failing feed's "failing since 10:37: HTTP 404 Not Found", said whole
    short: str | None = None
    """The count where the name lacks room beside its words: an unread count's "●1,000"; ""
    for a read-only one ("12 articles"), which gives way wherever it would cut the name;
    None: the summary's own (a saved filter's "3 new", a failing feed's "failing")."""
