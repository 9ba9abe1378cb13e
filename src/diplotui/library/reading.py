"""Reading states: which articles are unread, read or archived, and marking them.

Feed items arrive unread; opening an article reads it; archiving takes it out of the default
list (a search still finds it). Articles saved before states existed read as read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from diplotui.model import Article, ReadState
from diplotui.store import Store

UNREAD = ReadState.UNREAD.value
READ = ReadState.READ.value
ARCHIVED = ReadState.ARCHIVED.value
STATES = (UNREAD, READ, ARCHIVED)

MARK_ACTIONS = {"read": READ, "unread": UNREAD, "archive": ARCHIVED, "unarchive": READ}
"""What ``diplotui mark`` can do, and the state each action leaves an article in."""


def state_of(article: Article) -> str:
    """The article's state; a value this version does not know (a newer or damaged store)
    reads as "read", so nothing vanishes from the list or shouts as new."""
    return article.state if article.state in STATES else READ


def toggled_read(article: Article) -> str:
    """``u``: unread becomes read; read, or archived, becomes unread (out of the archive)."""
    return READ if state_of(article) == UNREAD else UNREAD


def toggled_archive(article: Article) -> str:
    """``a``: archive, or bring an archived article back as read."""
    return READ if state_of(article) == ARCHIVED else ARCHIVED


def mark(store: Store, article_ids: Iterable[str], state: str) -> list[Article]:
    """Put articles in ``state`` in one write; returns those that changed (the others were
    in that state already and are not written)."""
    if state not in STATES:
        raise ValueError(f"unknown reading state {state!r}")
    changing = [i for i in dict.fromkeys(article_ids) if state_of(store.article(i)) != state]
    return store.set_article_states(changing, state) if changing else []


@dataclass(slots=True)
class ReadingCounts:
    """How many articles are unread and archived, in all and per feed (by feed id), and how
    many each feed brought."""

    unread: int = 0
    archived: int = 0
    unread_by_feed: dict[str, int] = field(default_factory=dict)
    by_feed: dict[str, int] = field(default_factory=dict)


def reading_counts(
    articles: Iterable[Article], counted: ReadingCounts | None = None
) -> ReadingCounts:
    """One pass over the library: the title bar's and the feeds section's numbers; with
    ``counted`` (the library's counts before ``articles`` were added), those plus theirs."""
    counts = ReadingCounts()
    if counted is not None:
        counts.unread, counts.archived = counted.unread, counted.archived
        counts.unread_by_feed.update(counted.unread_by_feed)
        counts.by_feed.update(counted.by_feed)
    unread_by_feed, by_feed = counts.unread_by_feed, counts.by_feed
    for article in articles:
        state, feed_id = article.state, article.feed_id
        if feed_id:
            by_feed[feed_id] = by_feed.get(feed_id, 0) + 1
        if state == UNREAD:
            counts.unread += 1
            if feed_id:
                unread_by_feed[feed_id] = unread_by_feed.get(feed_id, 0) + 1
        elif state == ARCHIVED:
            counts.archived += 1
    return counts
