"""Articles a teammate deleted, remembered so a feed does not bring them back.

A sync that takes a teammate's deletion removes the article from this library; a refresh of a
feed still carrying the item then stored it as new, and the next sync gave it back to the whole
team. The sync notes each deletion it meets in the team's history here (who deleted it, its
address and text), and a refresh skips an item that is one of them, said: "1 skipped: deleted
by mai". An explicit ``diplotui add URL`` or ``import`` asks for the article, and brings it back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from diplotui.store import Store
from diplotui.text.addresses import canonical_url, is_web_address

TEAM_DELETED = "team_deleted_articles"
"""The store's setting: article id -> [who deleted it, its address, its text's hash, its
date] (a record kept before the date was has three)."""
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


def remember_team_deletions(store: Store, deletions: Iterable[TeamDeletion]) -> None:
    """Add ``deletions`` to those the store remembers (the newest ``REMEMBERED``)."""
    kept = _entries(store)
    for deletion in deletions:
        kept.pop(deletion.article_id, None)
        kept[deletion.article_id] = [
            deletion.deleted_by,
            deletion.url,
            deletion.text_hash,
            deletion.date,
        ]
    if kept != _entries(store):
        store.set_setting(TEAM_DELETED, dict(list(kept.items())[-REMEMBERED:]))


@dataclass(frozen=True, slots=True)
class TeamDeletions:
    """The deletions remembered, by address and by text, as a refresh asks."""

    by_address: dict[str, TeamDeletion]
    by_text: dict[str, TeamDeletion]

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
    deletions = [TeamDeletion(key, *entry) for key, entry in _entries(store).items()]
    return TeamDeletions(
        {canonical_url(d.url): d for d in deletions if is_web_address(d.url)},
        {d.text_hash: d for d in deletions if d.text_hash},
    )


def _entries(store: Store) -> dict[str, list[str]]:
    """The remembered deletions; a hand-edited store's malformed ones left out."""
    stored = store.setting(TEAM_DELETED)
    if not isinstance(stored, dict):
        return {}
    return {
        key: list(value)
        for key, value in stored.items()
        if isinstance(value, list)
        and len(value) in (3, 4)
        and all(isinstance(v, str) for v in value)
    }
