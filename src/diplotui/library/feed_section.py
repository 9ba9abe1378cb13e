"""The list's feeds section: a heading with the unread total, then one folder per feed with
its unread count; and finding a feed by the name a user types."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone

from diplotui.inert import inert_line
from diplotui.library.feed_health import FetchOutcome
from diplotui.library.reading import ReadingCounts
from diplotui.library.rows import FAILING, FEED, FEEDS, UNREAD_MARK, FolderRow
from diplotui.model import Feed
from diplotui.store import AmbiguousId, Store, UnknownId
from diplotui.text.addresses import addresses_apart


def named_feed(store: Store, name_or_id: str) -> Feed:
    """The feed ``name_or_id`` names: an id (or unique prefix), else a name, whole or a
    unique part of one, case-insensitive. UnknownId or AmbiguousId otherwise."""
    wanted = name_or_id.strip()
    try:
        return store.feed(store.resolve_feed_id(wanted))
    except UnknownId:
        pass
    feeds = store.feeds()
    folded = wanted.casefold()
    apart = _apart(feeds)
    exact = [
        f for f in feeds if folded in (f.display_name.casefold(), _shown_name(f, apart).casefold())
    ]
    found = exact or [f for f in feeds if folded and folded in f.display_name.casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UnknownId(f"no feed named or with id {wanted!r}")
    names = ", ".join(sorted(_shown_name(f, apart) for f in found)[:5])
    raise AmbiguousId(f"feed {wanted!r} is ambiguous: it matches {names}")


def _apart(feeds: list[Feed]) -> dict[str, str]:
    """What tells feeds of one name ("Desk Wire") apart, by id: "gone.xml"."""
    return addresses_apart({f.id: (f.display_name, f.url) for f in feeds}, short=True)


def _shown_name(feed: Feed, apart: dict[str, str]) -> str:
    """A feed's name as the feeds section shows it: "Desk Wire (gone.xml)" among feeds of its
    name."""
    return f"{feed.display_name} ({apart[feed.id]})" if feed.id in apart else feed.display_name


def _count_line(unread: int, total: int) -> str:
    articles = "1 article" if total == 1 else f"{total:,} articles"
    return f"{unread:,} unread · {articles}" if unread else articles


def _short(unread: int) -> str:
    """An unread count in the fewest cells, every digit kept: "●1,000" (the list's unread
    mark) for "1,000 unread", which beside a feed's name at 80 columns left it "· Des…";
    with none unread, "" (``FolderRow.short``): a count of articles all read gives way to
    the name, where "· Wire…  0 articles" cut it for a count nobody needs there."""
    return f"{UNREAD_MARK}{unread:,}" if unread else ""


def feed_folders(
    feeds: list[Feed],
    counts: ReadingCounts,
    expanded: bool,
    outcomes: Mapping[str, FetchOutcome] | None = None,
) -> list[FolderRow]:
    """The heading (with the unread total of every feed) and, when ``expanded``, a folder per
    feed (feeds of one name told apart by their addresses, as `R`'s line tells them); nothing
    when no feed is subscribed. The total says "from feeds" when the library
    has unread articles of no feed (a teammate's, arrived by a sync): "3 unread" under the
    title bar's "6 unread" looked like a miscount. A feed whose last fetch failed
    (``outcomes``, by id) says so first, "failing · since 10:37 · HTTP 404 Not Found": once
    `R`'s line is gone, nothing else says it brings nothing; its ``why`` keeps the reason
    whole, for the notice the cursor on it brings (an 80-column row has no room for it)."""
    if not feeds:
        return []
    unread = sum(counts.unread_by_feed.get(feed.id, 0) for feed in feeds)
    heading = f"{len(feeds):,} feed{'' if len(feeds) == 1 else 's'}"
    of_feeds = " from feeds" if unread < counts.unread else ""
    summary = f"{unread:,} unread{of_feeds} · {heading}" if unread else heading
    rows = [FolderRow("Feeds", summary, FEEDS, short=_short(unread))]
    if expanded:
        apart = _apart(feeds)
        today = datetime.now(timezone.utc).date().isoformat()
        for feed in feeds:
            unread = counts.unread_by_feed.get(feed.id, 0)
            summary = _count_line(unread, counts.by_feed.get(feed.id, 0))
            outcome = (outcomes or {}).get(feed.id, FetchOutcome())
            why = ""
            if feed.gone:
                summary += " · gone (410)"
            elif outcome.failing:  # "failing" kept whole as a count is, each part if room
                summary = f"{FAILING} · {outcome.since(today)} · {outcome.reason} · {summary}"
                why = f"{FAILING} {outcome.since(today)}: {outcome.reason}"
            name, where = _shown_name(feed, apart), apart.get(feed.id, "")
            rows.append(
                FolderRow(
                    inert_line(name),
                    inert_line(summary),
                    FEED,
                    feed.id,
                    inert_line(where),
                    inert_line(why),
                    None if outcome.failing and not feed.gone else _short(unread),
                )
            )
    return rows
