"""News in: feeds (RSS, Atom, JSON Feed) and web pages fetched politely, their articles
extracted in full and stored like imported files. No Textual here: the app and the CLI call
the same functions.

The app's use: ``refresh(store, progress=..., access=...)`` from a worker thread, with
``access`` running each store access on the UI thread; ``RefreshSummary.line()`` is the
one-line outcome; articles from a feed carry its ``feed_id``.
"""

from diplotui.feeds.fetch import USER_AGENT, FetchError, FetchPolicy
from diplotui.feeds.pages import fetch_pages, store_pages
from diplotui.feeds.refresh import (
    Access,
    FeedResult,
    RefreshPartlyStored,
    RefreshProgress,
    RefreshStopped,
    RefreshSummary,
    refresh,
)
from diplotui.feeds.subscriptions import (
    AlreadySubscribed,
    DiscoveredFeed,
    FeedError,
    add_feed,
    check_not_subscribed,
    discover_feed,
    find_feed,
    opml_document,
    read_opml,
    resolve_feed,
    subscribed_by_url,
    unsubscribe,
)
from diplotui.model import Feed

__all__ = [
    "USER_AGENT",
    "Access",
    "AlreadySubscribed",
    "DiscoveredFeed",
    "Feed",
    "FeedError",
    "FeedResult",
    "FetchError",
    "FetchPolicy",
    "RefreshPartlyStored",
    "RefreshProgress",
    "RefreshStopped",
    "RefreshSummary",
    "add_feed",
    "check_not_subscribed",
    "discover_feed",
    "fetch_pages",
    "find_feed",
    "opml_document",
    "read_opml",
    "refresh",
    "resolve_feed",
    "store_pages",
    "subscribed_by_url",
    "unsubscribe",
]
