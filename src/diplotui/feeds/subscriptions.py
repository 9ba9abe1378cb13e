"""Subscribing: find the feed behind a URL, keep its record, and exchange lists as OPML."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from diplotui.cite import clean_field
from diplotui.feeds.fetch import Fetcher, FetchError, FetchPolicy, Response
from diplotui.feeds.pages import tags_in_use
from diplotui.feeds.parse import (
    FeedParseError,
    NotAFeed,
    parse_feed,
    refuse_entity_declarations,
)
from diplotui.inert import not_utf8_shown
from diplotui.ingest.formats import served_address, serving_hint
from diplotui.model import FEED_MIN_INTERVAL, ONE_LINE_CHARS, Feed, new_id
from diplotui.store import Store
from diplotui.tags import TagError, add_tags, parse_tags, spelt_as_in_use
from diplotui.text.addresses import canonical_url, is_web_address, not_a_web_address

if TYPE_CHECKING:
    from lxml import etree


class FeedError(Exception):
    """A feed that cannot be added or read; the message names it and says why, in one line."""


class AlreadySubscribed(FeedError):
    """The feed is subscribed already, as ``feed``."""

    def __init__(self, url: str, feed: Feed) -> None:
        super().__init__(f"{url}: already subscribed as {feed.id} ({feed.display_name})")
        self.feed = feed


@dataclass(frozen=True, slots=True)
class DiscoveredFeed:
    url: str  # the feed's own address (after a page's <link rel="alternate"> and redirects)
    title: str
    site_url: str
    items: int
    warnings: tuple[str, ...] = ()  # read anyway: malformed XML, items left undated
    # the feed's answer, kept so that the refresh right after subscribing reads it instead
    # of asking the server a second time (``refresh(..., fetched=...)``)
    response: Response | None = field(default=None, compare=False, repr=False)


def check_web_url(url: str) -> str:
    """``url`` stripped, or FeedError unless it is an http(s) address with a host."""
    url = url.strip()
    if not is_web_address(url):
        saved = _saved_file(url)
        if saved is not None:
            raise FeedError(
                f"{url}: a file, not a web address: {serving_hint(saved)}, "
                f"then add {served_address(saved)}"
            )
        shown = not_utf8_shown(url) or url  # a byte not UTF-8 as \xff, as a tag's is
        raise FeedError(f"{shown or '(empty)'}: {not_a_web_address(url)}")
    return url


def _saved_file(url: str) -> Path | None:
    """The file a feed's address names on disk, by its path or ``file://``, else None: its
    items' pages are fetched from the web, so a saved feed is served first."""
    try:
        path = Path(unquote(url.removeprefix("file://"))).expanduser().resolve()
        return path if url and path.is_file() else None
    except (OSError, RuntimeError):  # a name too long for a path, a ~user no one is
        return None


FIRST_ITEMS_READ = 200
"""The items a feed is read with when it is subscribed to, the rest counted: what ``feed add``
says of it (its title, how many items, what the first refresh's 200 new ones will meet); a
feed of 10,000 items took 19 s, nearly all of it feedparser's reading every one."""


def discover_feed(url: str, policy: FetchPolicy | None = None) -> DiscoveredFeed:
    """Fetch ``url`` and read it as a feed; a page is followed to the first feed it names in
    ``<link rel="alternate">``. Raises FeedError naming the URL and the reason."""
    url = check_web_url(url)
    return asyncio.run(_discover(url, policy or FetchPolicy()))


async def _discover(url: str, policy: FetchPolicy) -> DiscoveredFeed:
    async with Fetcher(policy) as fetcher:
        try:
            return await _read_feed(fetcher, url)
        except NotAFeed as page:
            if not page.alternates:
                raise FeedError(f"{url}: {page}") from None
            try:
                return await _read_feed(fetcher, page.alternates[0], origin=url)
            except FeedParseError as error:
                raise FeedError(f"{page.alternates[0]} (named by {url}): {error}") from None
        except FeedParseError as error:
            raise FeedError(f"{url}: {error}") from None


async def _read_feed(fetcher: Fetcher, url: str, origin: str = "") -> DiscoveredFeed:
    try:
        response = await fetcher.get(url, origin=origin)
    except FetchError as error:
        raise FeedError(f"{url}: {error}") from None
    try:
        parsed = parse_feed(
            response.content,
            response.url,
            response.content_type,
            response.charset,
            FIRST_ITEMS_READ,
        )
    except FeedParseError:
        raise
    except Exception as error:  # a parser bug on hostile bytes: said as a refresh says it
        raise FeedParseError(f"cannot parse ({type(error).__name__}: {error})"[:300]) from None
    return DiscoveredFeed(
        response.stored_url or url,
        parsed.title,
        parsed.site_url,
        parsed.count(),
        tuple(parsed.warnings),
        response,
    )


def check_not_subscribed(store: Store, url: str) -> str:
    """``url`` stripped; FeedError when it is no web address, AlreadySubscribed when a feed
    at that address (compared as ``add_feed`` compares) is subscribed already. Asked before
    a feed is looked up on the network, whose answer would change neither."""
    url = check_web_url(url)
    existing = subscribed_by_url(store).get(canonical_url(url))
    if existing is not None:
        raise AlreadySubscribed(url, existing)
    return url


def subscribed_by_url(store: Store) -> dict[str, Feed]:
    """Every subscribed feed by its canonical URL (the oldest, if two share one)."""
    found: dict[str, Feed] = {}
    for feed in store.feeds():
        found.setdefault(canonical_url(feed.url), feed)
    return found


def find_feed(store: Store, url: str) -> Feed | None:
    """The subscribed feed at ``url`` (compared as canonical URLs), if any."""
    return subscribed_by_url(store).get(canonical_url(url))


def add_feed(
    store: Store,
    url: str,
    *,
    name: str = "",
    tags: Iterable[str] = (),
    title: str = "",
    site_url: str = "",
    min_interval: int = FEED_MIN_INTERVAL,
    subscribed: dict[str, Feed] | None = None,
    in_use: list[str] | None = None,
) -> Feed:
    """Subscribe to the feed at ``url`` (checked by ``discover_feed`` first, for users).
    FeedError when it is subscribed already (AlreadySubscribed) or a tag is invalid. Its
    tags take the library's spelling (#mekong typed where #Mekong is in use is #Mekong).
    ``subscribed`` (from ``subscribed_by_url``) and ``in_use`` (from ``tags_in_use``), kept
    current here, are for adding many: each add read and copied every feed, so an OPML file
    of 3,000 took 8 minutes."""
    url = check_web_url(url)
    if subscribed is None:
        subscribed = subscribed_by_url(store)
    existing = subscribed.get(canonical_url(url))
    if existing is not None:
        raise AlreadySubscribed(url, existing)
    try:
        cleaned = add_tags([], parse_tags(list(tags)))
    except ValueError as error:
        raise FeedError(f"{url}: {error}") from None
    if cleaned:
        in_use = tags_in_use(store) if in_use is None else in_use
        cleaned = spelt_as_in_use(cleaned, in_use)
        in_use += cleaned
    earlier = _unsubscribed_at(store, url)
    taken = {f.id for f in subscribed.values()}
    feed = Feed(
        id=earlier.id if earlier and earlier.id not in taken else new_id(),
        url=url,
        name=clean_field(name)[:ONE_LINE_CHARS],  # an OPML file's may be megabytes, or escapes
        title=title,
        site_url=site_url,
        tags=cleaned,
        min_interval=min_interval,
        items=earlier.items if earlier else {},
        summary_retries=earlier.summary_retries if earlier else {},
    )
    store.save_feed(feed)
    subscribed[canonical_url(url)] = feed
    return feed


UNSUBSCRIBED = "unsubscribed_feeds"
"""The store's setting naming, by canonical address, the feeds removed: the id and items each
knew. Subscribing to the address again takes them back, so the articles it brought are its own
again (the feed listed "0 articles" over them) and its items known, no page fetched twice."""


def unsubscribe(store: Store, feed: Feed) -> None:
    """Remove ``feed``, its articles kept, remembering what it knew for a later ``add_feed``
    of its address; in one durable write."""
    with store.batch():
        stored = store.setting(UNSUBSCRIBED)
        remembered = dict(stored) if isinstance(stored, dict) else {}  # a hand-edited store's
        remembered[canonical_url(feed.url)] = {
            "id": feed.id,
            "items": feed.items,
            "summary_retries": feed.summary_retries,
        }
        store.set_setting(UNSUBSCRIBED, remembered)
        store.remove_feed(feed.id)


@dataclass(frozen=True, slots=True)
class _Unsubscribed:
    """What a removed feed knew: its id (its articles name it) and its items."""

    id: str
    items: dict[str, list[str]]
    summary_retries: dict[str, list[str]]


def _unsubscribed_at(store: Store, url: str) -> _Unsubscribed | None:
    """What the feed removed from ``url`` knew, taken out of the setting (None: no feed was
    removed there, or a hand-edited store holds no such record)."""
    remembered = store.setting(UNSUBSCRIBED)
    if not isinstance(remembered, dict):
        return None
    record = remembered.get(canonical_url(url))
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        return None
    store.set_setting(
        UNSUBSCRIBED, {k: v for k, v in remembered.items() if k != canonical_url(url)}
    )
    items, retries = record.get("items"), record.get("summary_retries")
    return _Unsubscribed(
        record["id"],
        items if isinstance(items, dict) else {},
        retries if isinstance(retries, dict) else {},
    )


def other_feed_at(store: Store, feed: Feed) -> Feed | None:
    """The oldest other subscribed feed at ``feed``'s address (a permanent redirect took it
    there), if any."""
    address = canonical_url(feed.url)
    twins = (f for f in store.feeds() if f.id != feed.id and canonical_url(f.url) == address)
    return next(twins, None)


def younger_twins(feeds: list[Feed]) -> set[str]:
    """The feeds (oldest first) at the address of an older one: a permanent redirect moved
    them there before such feeds were merged."""
    first: dict[str, str] = {}
    return {f.id for f in feeds if first.setdefault(canonical_url(f.url), f.id) != f.id}


def merge_feed(store: Store, moved: Feed, into: Feed) -> None:
    """Fold ``moved`` into ``into``, the feed already at its new address, in one durable
    write: else both were fetched from one address for ever. Its articles become ``into``'s
    (their time stamps kept: that is no edit of theirs), the items it knows, its retries and
    tags (as far as a record takes them) are added to ``into``'s (not its name: that named
    what it was); then it is removed."""
    with store.batch():
        docs = store.article_ids()
        ours = [key for key, doc in docs.items() if doc.get("feed_id") == moved.id]
        store.save_as_given(
            articles=[(replace(store.article(k), feed_id=into.id), None) for k in ours]
        )
        with contextlib.suppress(TagError):  # too many: the feed keeps its own (its
            into.tags = add_tags(into.tags, moved.tags)  # articles keep theirs)
        into.items = {**moved.items, **into.items}
        into.summary_retries = {**moved.summary_retries, **into.summary_retries}
        store.save_feed(into)
        store.remove_feed(moved.id)


def resolve_feed(store: Store, prefix: str) -> Feed:
    """The feed whose id starts with ``prefix``; UnknownId or AmbiguousId otherwise."""
    return store.feed(store.resolve_feed_id(prefix))


# -- OPML -----------------------------------------------------------------------------------


INTERVAL_ATTRIBUTE = "diplotuiInterval"
"""An outline's minimum interval between fetches, in seconds: written by ``feed export`` and
read back by ``feed import`` (other readers ignore attributes they do not know)."""


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    url: str
    name: str
    site_url: str
    tags: tuple[str, ...]
    interval: int = FEED_MIN_INTERVAL


def read_opml(path: Path) -> list[OpmlFeed]:
    """The feeds an OPML file lists; folders (outlines holding outlines) and ``category`` (a
    feed's, or a folder's for every feed in it) become tags. FeedError naming the file for
    anything unreadable or unsafe."""
    from lxml import etree

    from diplotui.ingest.decode import IngestError, read_bytes

    try:
        data = read_bytes(path)
    except IngestError as error:
        raise FeedError(f"{path}: {error}") from None
    try:
        refuse_entity_declarations(data)
    except FeedParseError as error:
        raise FeedError(f"{path}: {error}") from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise FeedError(f"{path}: not OPML (malformed XML: {error})") from None
    body = root.find("body") if root.tag == "opml" else None
    if body is None:
        raise FeedError(f"{path}: not OPML (no <opml><body>)")
    found: list[OpmlFeed] = []
    _walk_outlines(body, (), found)
    return found


def _walk_outlines(parent: etree._Element, folders: tuple[str, ...], found: list[OpmlFeed]) -> None:
    for outline in parent.iterfind("outline"):
        name = (outline.get("title") or outline.get("text") or "").strip()
        url = (outline.get("xmlUrl") or "").strip()
        categories = (outline.get("category") or "").replace("/", ",").split(",")
        own = tuple(c.strip() for c in categories if c.strip())
        if url:
            site_url = (outline.get("htmlUrl") or "").strip()
            found.append(OpmlFeed(url, name, site_url, (*folders, *own), _interval(outline)))
        else:
            _walk_outlines(outline, (*folders, *((name,) if name else ()), *own), found)


def _interval(outline: etree._Element) -> int:
    """The outline's interval, if it gives one diplotui can use (digits, under 10^9 s)."""
    given = (outline.get(INTERVAL_ATTRIBUTE) or "").strip()
    usable = given.isascii() and given.isdigit() and len(given) < 10
    return int(given) if usable else FEED_MIN_INTERVAL


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (a feed's title may have them)."""
    return _NOT_XML.sub("", text)


def opml_document(feeds: Iterable[Feed]) -> bytes:
    """The feeds as an OPML 2.0 document (tags in each outline's ``category``, an interval
    other than the default in ``INTERVAL_ATTRIBUTE``)."""
    from lxml import etree

    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = "diplotui feeds"
    body = etree.SubElement(root, "body")
    for feed in feeds:
        outline = etree.SubElement(body, "outline", type="rss")
        outline.set("text", _xml_text(feed.display_name))
        outline.set("title", _xml_text(feed.display_name))
        outline.set("xmlUrl", _xml_text(feed.url))
        if feed.site_url:
            outline.set("htmlUrl", _xml_text(feed.site_url))
        if feed.tags:
            outline.set("category", _xml_text(",".join(feed.tags)))
        if feed.min_interval != FEED_MIN_INTERVAL:
            outline.set(INTERVAL_ATTRIBUTE, str(feed.min_interval))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
