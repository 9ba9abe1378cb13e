"""Articles a teammate deleted, remembered so a feed does not bring them back.

A sync that takes a teammate's deletion removes the article from this library; a refresh of a
feed still carrying the item then stored it as new, and the next sync gave it back to the whole
team. The sync notes each deletion it meets in the team's history here (who deleted it, its
address and text), and a refresh skips an item that is one of them, said: "1 skipped: deleted
by mai". An explicit ``diplotui add URL`` or ``import`` asks for the article, and brings it back.

An article deleted before it was ever synced is in no history: this copy's own deletions are
remembered too (``OWN_DELETED``, with the guids of the feed items that brought it), a sync
shares them as deletion records (``deletions/<id>.json``), and a teammate's refresh skips the
item before fetching its page. An article brought back (``add``, ``import``) is forgotten
here, and its record is removed for the team by the next sync.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from diplotui.model import Article, RemovedArticle, now_iso
from diplotui.store import Store
from diplotui.text.addresses import canonical_url, is_web_address

TEAM_DELETED = "team_deleted_articles"
"""The store's setting: article id -> [who deleted it, its address, its text's hash, its
date, its feed items' guids, one a line] (a record kept before the date was has three, before
the guids four)."""
OWN_DELETED = "own_deleted_articles"
"""The store's setting: article id -> [you, its address, its text's hash, its date, its feed
items' guids, when it was deleted, and "history" once a sync committed the removal of the
article it had shared]: this copy's deletions, for its refreshes and its sync."""
IN_HISTORY = "history"
YOU = "you"
REMEMBERED = 20_000
"""The most deletions kept (the newest): a setting read at every refresh stays small."""


@dataclass(frozen=True, slots=True)
class TeamDeletion:
    """One article a teammate deleted, as it was: what a refresh knows it again by."""

    article_id: str
    deleted_by: str
    url: str
    text_hash: str
    date: str = ""
    guids: tuple[str, ...] = ()  # of the feed items that brought it

    def entry(self) -> list[str]:
        """As a setting keeps it."""
        return [self.deleted_by, self.url, self.text_hash, self.date, "\n".join(self.guids)]

    @classmethod
    def read(cls, article_id: str, entry: list[str]) -> TeamDeletion:
        who, url, digest, *rest = entry
        date = rest[0] if rest else ""
        guids = tuple(g for g in rest[1].split("\n") if g) if len(rest) > 1 else ()
        return cls(article_id, who, url, digest, date, guids)


def remember_team_deletions(store: Store, deletions: Iterable[TeamDeletion]) -> None:
    """Add ``deletions`` to those the store remembers (the newest ``REMEMBERED``)."""
    kept = _entries(store)
    for deletion in deletions:
        kept.pop(deletion.article_id, None)
        kept[deletion.article_id] = deletion.entry()
    if kept != _entries(store):
        store.set_setting(TEAM_DELETED, dict(list(kept.items())[-REMEMBERED:]))


def forget_team_deletions(store: Store, article_ids: Iterable[str]) -> int:
    """Forget the deletions of ``article_ids`` (brought back: by an import here, or by a
    teammate whose sync removed the record); how many were remembered."""
    forgotten = 0
    for setting in (TEAM_DELETED, OWN_DELETED):
        kept = _entries(store, setting)
        gone = [key for key in article_ids if key in kept]
        for key in gone:
            del kept[key]
        if gone:
            store.set_setting(setting, kept)
            forgotten += len(gone)
    return forgotten


def deleted_for_good(store: Store, article_id: str) -> RemovedArticle:
    """Delete the article and remember the deletion (:func:`remember_own_deletion`) in one
    durable write: what ``rm`` and the app's ``D`` do."""
    with store.batch():
        removed = store.delete_article(article_id)
        remember_own_deletion(store, removed.article)
    return removed


def remember_own_deletion(store: Store, article: Article) -> None:
    """Note that this copy deleted ``article`` (``rm``, ``D``): its own refreshes skip its
    item wherever it comes from again, and the next sync tells the team."""
    guids = sorted(
        guid
        for feed in store.feeds()
        for guid, entry in feed.items.items()
        if isinstance(entry, list) and entry[:1] == [article.id]
    )
    kept = _entries(store, OWN_DELETED)
    kept.pop(article.id, None)
    deletion = TeamDeletion(article.id, YOU, article.url, article.text_hash, article.date)
    kept[article.id] = [*replace(deletion, guids=tuple(guids)).entry(), now_iso()]
    store.set_setting(OWN_DELETED, dict(list(kept.items())[-REMEMBERED:]))


def own_deletions(store: Store) -> dict[str, tuple[TeamDeletion, str]]:
    """This copy's deletions, each with when it was made ("history" for one the team's
    history holds: a shared article's removal), by article id."""
    return {
        key: (TeamDeletion.read(key, entry[:5]), entry[-1] if len(entry) > 5 else "")
        for key, entry in _entries(store, OWN_DELETED).items()
    }


def note_in_history(store: Store, article_ids: Iterable[str]) -> None:
    """Note that a sync committed the removal of these shared articles: the history tells
    the team, and no deletion record is needed."""
    kept = _entries(store, OWN_DELETED)
    noted = [key for key in article_ids if key in kept and kept[key][-1] != IN_HISTORY]
    for key in noted:
        kept[key] = [*kept[key][:6], IN_HISTORY]
    if noted:
        store.set_setting(OWN_DELETED, kept)


@dataclass(frozen=True, slots=True)
class TeamDeletions:
    """The deletions remembered, by address and by text, as a refresh asks."""

    by_address: dict[str, TeamDeletion]
    by_text: dict[str, TeamDeletion]
    by_guid: dict[str, TeamDeletion]

    def before_fetch(self, guid: str, link: str, date: str) -> TeamDeletion | None:
        """The deletion of a feed item, known by its guid or its link before its page is
        fetched (a refresh fetched the page of every deleted item, then skipped it)."""
        return self.by_guid.get(guid) or self.of((link,), "", date)

    def of(self, links: Iterable[str], digest: str, date: str) -> TeamDeletion | None:
        """The deletion of the text hashed ``digest``, or of the article at one of ``links``
        unless the item is another issue of what is published there: another text dated
        another day (a daily brief at a fixed link had every issue after the one deleted
        skipped as deleted)."""
        if digest in self.by_text:
            return self.by_text[digest]
        for link in links:
            deletion = self.by_address.get(canonical_url(link)) if is_web_address(link) else None
            if deletion is not None and not (
                deletion.date and date and deletion.date[:10] != date[:10]
            ):
                return deletion
        return None


def team_deletions(store: Store) -> TeamDeletions:
    """The deletions a refresh skips: the team's, and this copy's own ("deleted by you")."""
    deletions = [TeamDeletion.read(key, entry) for key, entry in _entries(store).items()]
    deletions += [deletion for deletion, _ in own_deletions(store).values()]
    held = store.article_ids()  # brought back since (an import, add URL): no deletion now
    deletions = [deletion for deletion in deletions if deletion.article_id not in held]
    return TeamDeletions(
        {canonical_url(d.url): d for d in deletions if is_web_address(d.url)},
        {d.text_hash: d for d in deletions if d.text_hash},
        {guid: d for d in deletions for guid in d.guids},
    )


def _entries(store: Store, setting: str = TEAM_DELETED) -> dict[str, list[str]]:
    """The remembered deletions; a hand-edited store's malformed ones left out."""
    stored = store.setting(setting)
    if not isinstance(stored, dict):
        return {}
    return {
        key: list(value)
        for key, value in stored.items()
        if isinstance(value, list)
        and len(value) in (3, 4, 5, 6, 7)
        and all(isinstance(v, str) for v in value)
    }
