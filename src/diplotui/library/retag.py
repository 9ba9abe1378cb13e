"""Rename a tag, or remove it, across the whole library: every article, highlight, feed and
saved filter carrying it, in one durable write, and back again (the app's undo).

A reference manager's tags are cleaned up this way (Zotero's "Rename Tag…", "Delete Tag…");
here a misspelt #asean beside #ASEAN could only be mended article by article, each highlight
apart, and a feed kept giving the old spelling to every article it brought.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from diplotui.store.errors import UnknownId
from diplotui.tags import (
    TagError,
    clean_tag,
    distinct_tags,
    has_tag,
    remove_tags,
    spelt_as_in_use,
    tag_key,
)
from diplotui.text.plural import plural

if TYPE_CHECKING:
    from diplotui.store import Store


@dataclass(frozen=True, slots=True)
class Retag:
    """What renaming (``new``) or removing (``new is None``) the tag ``old`` changes: each
    record's tags before and after, by id. ``old`` is spelt as the library spells it."""

    old: str
    new: str | None
    articles: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    highlights: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    feeds: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    filters: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.articles or self.highlights or self.feeds or self.filters)

    def counted(self) -> str:
        """``3 articles, 2 highlights and 1 feed``: the kinds it touches (none touched,
        ``0 articles``)."""
        kinds = (
            (self.articles, "article"),
            (self.highlights, "highlight"),
            (self.feeds, "feed"),
            (self.filters, "saved filter"),
        )
        parts = [plural(len(records), noun) for records, noun in kinds if records]
        if not parts:
            return plural(0, "article")
        if len(parts) == 1:
            return parts[0]
        return ", ".join(parts[:-1]) + " and " + parts[-1]

    def said(self) -> str:
        """One line: what was done, as the CLI prints it and the app's notice says it."""
        if self.new is None:
            return f"Removed #{self.old} from {self.counted()}."
        return f"Renamed #{self.old} to #{self.new} on {self.counted()}."


def _renamed(tags: list[str], old_key: str, new: str | None) -> list[str]:
    if new is None:
        return remove_tags(tags, [old_key])
    return distinct_tags([new if tag_key(tag) == old_key else tag for tag in tags])


def _every_tag(store: Store) -> list[str]:
    feeds = store.feeds()
    return [*store.tag_counts(), *(tag for feed in feeds for tag in feed.tags)]


def tags_in_use(store: Store) -> dict[str, int]:
    """Each tag in use, as the library spells it, with how many articles and highlights carry
    it; a feed's tag no record carries yet too, at 0 (rename and remove find it)."""
    counts = dict(store.tag_counts())
    held = {tag_key(tag) for tag in counts}
    for feed in store.feeds():
        for tag in feed.tags:
            if tag_key(tag) not in held:
                counts[tag] = 0
                held.add(tag_key(tag))
    return counts


def plan_retag(store: Store, old: str, new: str | None) -> Retag:
    """What renaming ``old`` to ``new`` (or removing it: ``new`` None) would change.

    ``old`` is matched in any case or accent form (``tag_key``); ``new`` is cleaned as a typed
    tag and spelt as the library spells it where it is in use (renaming #asean to #asean, the
    same tag, respells it). TagError names what cannot be done: no such tag, an empty name.
    """
    wanted = clean_tag(old)
    if not wanted:
        raise TagError("no tag given (only spaces, commas or '#')")
    in_use = _every_tag(store)
    if not has_tag(in_use, wanted):
        raise TagError(f"no article, highlight or feed has the tag #{wanted}")
    old_key = tag_key(wanted)
    spelt = next(tag for tag in in_use if tag_key(tag) == old_key)
    target: str | None = None
    if new is not None:
        if "," in new:
            raise TagError(f"a tag holds no comma: {new!r} would be several tags")
        target = clean_tag(new)
        if not target:
            raise TagError("the new name is empty (only spaces or '#')")
        if tag_key(target) != old_key:  # into a tag in use: that tag's spelling
            target = spelt_as_in_use([target], in_use)[0]
        elif target == spelt:
            raise TagError(f"#{spelt} is already spelt so")
    plan = Retag(spelt, target)
    for article in store.articles():
        if has_tag(article.tags, old_key):
            after = _renamed(article.tags, old_key, target)
            plan.articles[article.id] = (list(article.tags), after)
    for highlight in store.highlights():
        if has_tag(highlight.tags, old_key):
            after = _renamed(highlight.tags, old_key, target)
            plan.highlights[highlight.id] = (list(highlight.tags), after)
    for feed in store.feeds():
        if has_tag(feed.tags, old_key):
            plan.feeds[feed.id] = (list(feed.tags), _renamed(feed.tags, old_key, target))
    for saved in store.saved_filters():
        tags = [str(tag) for tag in saved.query.get("tags") or []]
        if has_tag(tags, old_key):
            plan.filters[saved.name] = (tags, _renamed(tags, old_key, target))
    return plan


def _carried(now: list[str], sides: tuple[list[str], list[str]], side: int) -> list[str]:
    """``now``'s tags with the change from the other side to ``side`` made on them: the
    renamed tag alone turned back (or forth). A tag given the record since (a teammate's sync,
    the user's ``t``) stays; a renamed tag taken off since is not given back."""
    base, target = sides[1 - side], sides[side]
    if now == base:
        return list(target)  # untouched since: as it was, in its order
    base_spelt = {tag_key(tag): tag for tag in base}
    target_spelt = {tag_key(tag): tag for tag in target}
    gone = base_spelt.keys() - target_spelt.keys()
    added = [tag for tag in target if tag_key(tag) not in base_spelt]
    if gone and not any(tag_key(tag) in gone for tag in now):
        added = []  # the tag renamed is no longer on it: nothing to turn back
    result: list[str] = []
    for tag in now:
        key = tag_key(tag)
        if key in gone:
            result += added  # the new name where the old one was
            added = []
        elif key in target_spelt and tag == base_spelt.get(key):
            result.append(target_spelt[key])  # respelt
        else:
            result.append(tag)
    return distinct_tags(result + added)


def _write(store: Store, plan: Retag, side: int) -> None:
    """Give each record of ``plan`` its tags before (``side`` 0) or after (1), in one write.
    Only the renamed tag is changed: a note, or a tag, given a record since the rename is kept
    by its undo and redo."""
    with store.batch():
        for article_id, sides in plan.articles.items():
            if article_id in store.article_ids():
                article = store.article(article_id)
                store.with_updates(article, tags=_carried(list(article.tags), sides, side))
        for highlight_id, sides in plan.highlights.items():
            try:
                highlight = store.highlight(highlight_id)
            except UnknownId:
                continue  # deleted since
            tags = _carried(list(highlight.tags), sides, side)
            store.save_highlight(replace(highlight, tags=tags))
        known_feeds = {feed.id: feed for feed in store.feeds()}
        for feed_id, sides in plan.feeds.items():
            if feed_id in known_feeds:
                feed = known_feeds[feed_id]
                store.save_feed(replace(feed, tags=_carried(list(feed.tags), sides, side)))
        for saved in store.saved_filters():
            if saved.name in plan.filters:
                query: dict[str, Any] = dict(saved.query)
                now = [str(tag) for tag in query.get("tags") or []]
                query["tags"] = _carried(now, plan.filters[saved.name], side)
                store.save_filter(replace(saved, query=query))


def apply_retag(store: Store, plan: Retag) -> None:
    """Make the change ``plan`` describes (one durable write)."""
    _write(store, plan, 1)


def undo_retag(store: Store, plan: Retag) -> None:
    """Give every record ``plan`` changed its tags back (one durable write)."""
    _write(store, plan, 0)


def renamed_query_tags(tags: list[str], plan: Retag) -> list[str]:
    """A filter's tags after ``plan`` (the app's filter in use follows the rename)."""
    return _renamed(tags, tag_key(plan.old), plan.new)
