"""Merging two people's versions of a record (an article's shared fields or a highlight), given
the version both started from: git's line merge knows nothing of annotations, this does.

Per field: a change on one side only is taken; a field both changed takes the side with the
later ``updated_at``, except tags (both sides' additions and removals apply), an article's
details corrected by hand (``edited``: both sides' count, and a detail one side corrected
takes that side's value) and notes (both
texts are kept and the record is flagged as a conflict until someone edits the note). A record
deleted on one side and edited on the other is kept and flagged; nothing is lost silently.

A stamp more than ``CLOCK_SKEW`` ahead of this computer's clock is not believed: it counts as
older than any believable one (a peer whose clock, or hand, put a record in 2099 won every
later merge of it for ever). The merged record keeps the later stamp, believable or not: the
store stamps a record it takes with an unbelievable one with the time it arrived, and says so
(``Sync._arrived``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from diplotui.model import version_label
from diplotui.tags import has_tag, tag_key, united_tags

Doc = dict[str, Any]

STAMP = "updated_at"
CONFLICT = "conflict"
_SKIPPED = (STAMP, CONFLICT)
_CORRECTED_WITH = {"date_is_guess": "date"}  # a date corrected by hand is certain with it
CLOCK_SKEW = timedelta(minutes=5)
"""How far ahead of this computer's clock a teammate's stamp may be and still be believed."""


@dataclass(frozen=True, slots=True)
class Sides:
    """Who stands behind each side, for the words of a conflict."""

    ours: str
    theirs: str


def same_content(one: Doc | None, other: Doc | None) -> bool:
    """Equal but for the time stamp (saving an unchanged record re-stamps it)."""
    if one is None or other is None:
        return one is other
    return {k: v for k, v in one.items() if k != STAMP} == {
        k: v for k, v in other.items() if k != STAMP
    }


def notes_collide(base: Doc | None, ours: Doc | None, theirs: Doc | None) -> bool:
    """Whether both sides wrote a different note since ``base`` (the merge keeps both and
    names who wrote each)."""
    if ours is None or theirs is None:
        return False
    mine, yours = ours.get("note"), theirs.get("note")
    start = base.get("note") if base is not None else None
    return bool(mine and yours) and mine != yours and start not in (mine, yours)


def deletion_conflict(base: Doc | None, ours: Doc | None, theirs: Doc | None) -> bool:
    """Whether one side deleted the record the other side edited (the merge keeps it and
    names who did each)."""
    if (ours is None) == (theirs is None) or base is None:
        return False
    return not same_content(ours if theirs is None else theirs, base)


def note_cleared_and_edited(base: Doc | None, ours: Doc | None, theirs: Doc | None) -> bool:
    """Whether one side cleared the note ``base`` held while the other rewrote it (the merge
    keeps the rewrite and names who did each, as for a record deleted and edited)."""
    if base is None or ours is None or theirs is None or not base.get("note"):
        return False
    mine, yours = ours.get("note"), theirs.get("note")
    return not (mine and yours) and (mine or yours) != base.get("note")


def merge_record(
    base: Doc | None, ours: Doc | None, theirs: Doc | None, sides: Sides, whole: bool = False
) -> Doc | None:
    """The merged record, or None when it stays deleted. ``whole``: the record's fields hold
    together (a speaker correction's offsets, quote and context): when both sides changed it,
    the later version is taken whole, as fields mixed from both could name no words."""
    if same_content(ours, theirs):
        # the team's as it stands: a copy stamped later with nothing changed (the seeds of a
        # library joining) was pushed as an edit of every such record
        return theirs
    if ours is None or theirs is None:
        kept = theirs if ours is None else ours
        assert kept is not None
        if base is None:
            return kept  # new on one side only
        if not deletion_conflict(base, ours, theirs):
            return None  # deleted on one side, untouched on the other
        deleted_by = sides.ours if ours is None else sides.theirs
        edited_by = sides.theirs if ours is None else sides.ours
        return {**kept, CONFLICT: f"deleted by {deleted_by}, edited by {edited_by}: kept"}
    if whole:
        return ours if _newer(ours, theirs) else theirs
    return _merge_fields(base, ours, theirs, sides)


def believable(stamp: str) -> bool:
    """Whether a time stamp is at most ``CLOCK_SKEW`` ahead of this computer's clock (UTC ISO
    text sorts in time)."""
    return stamp <= (datetime.now(timezone.utc) + CLOCK_SKEW).isoformat(timespec="milliseconds")


def believed(stamp: str) -> str:
    """The stamp a merge orders by: "" (older than any) for one it does not believe."""
    return stamp if believable(stamp) else ""


def _newer(one: Doc, other: Doc) -> bool:
    """Whether ``one`` was changed last, by believable stamps."""
    mine, yours = (str(doc.get(STAMP, "")) for doc in (one, other))
    return believed(mine) >= believed(yours)


def _merge_fields(base: Doc | None, ours: Doc, theirs: Doc, sides: Sides) -> Doc:
    newer = ours if _newer(ours, theirs) else theirs
    merged: Doc = {}
    conflict = ""
    for name in [*ours, *(k for k in theirs if k not in ours)]:
        mine, yours = ours.get(name), theirs.get(name)
        start = base.get(name) if base is not None else None
        if name in _SKIPPED:
            continue
        if mine == yours:
            merged[name] = mine
        elif base is not None and mine == start:
            merged[name] = yours
        elif base is not None and yours == start:
            merged[name] = mine
        elif name == "tags":
            merged[name] = _merge_tags(start or [], mine or [], yours or [])
        elif name == "edited":  # details corrected by hand on either side stay corrected
            merged[name] = [*(mine or []), *(n for n in yours or [] if n not in (mine or []))]
        elif name == "note" and not (mine and yours):
            merged[name] = mine or yours  # the first note, or a rewrite outliving a clearing
            if note_cleared_and_edited(base, ours, theirs):
                cleared, edited = (
                    (sides.ours, sides.theirs) if yours else (sides.theirs, sides.ours)
                )
                conflict = f"note cleared by {cleared}, edited by {edited}: kept"
        elif name == "note":
            # both labelled: the first, unlabelled, read as the teammate's own preamble
            merged[name] = (
                f"{version_label(sides.ours)}\n{mine}\n\n{version_label(sides.theirs)}\n{yours}"
            )
            conflict = f"notes by {sides.ours} and {sides.theirs} differ: edit the note to resolve"
        elif (corrector := _corrected_by_hand(name, ours, theirs)) is not None:
            merged[name] = corrector.get(name)
        else:
            merged[name] = newer.get(name)
    merged[STAMP] = max(str(ours.get(STAMP, "")), str(theirs.get(STAMP, "")))  # see above
    merged[CONFLICT] = conflict or _merged_flag(base, ours, theirs, newer)
    return merged


def _corrected_by_hand(name: str, ours: Doc, theirs: Doc) -> Doc | None:
    """The side that corrected the detail ``name`` by hand (its ``edited`` names it) where
    the other did not: its value wins, whatever the stamps say. A library joining with the
    bundled seeds, stamped when it was made, gave the team a seed's empty URL over the one
    a teammate had typed with ``i``."""
    detail = _CORRECTED_WITH.get(name, name)
    mine, yours = (detail in (doc.get("edited") or []) for doc in (ours, theirs))
    if mine == yours:
        return None
    return ours if mine else theirs


def _merged_flag(base: Doc | None, ours: Doc, theirs: Doc, newer: Doc) -> str:
    """An existing conflict flag: cleared by whoever resolved it, else kept."""
    mine, yours = ours.get(CONFLICT, ""), theirs.get(CONFLICT, "")
    start = base.get(CONFLICT, "") if base is not None else ""
    if mine == yours:
        return str(mine)
    if mine == start:
        return str(yours)
    if yours == start:
        return str(mine)
    return str(newer.get(CONFLICT, ""))


def _merge_tags(base: list[str], ours: list[str], theirs: list[str]) -> list[str]:
    """Both sides' additions and removals, in our order then theirs; tags compared in any
    spelling (``tags.tag_key``), ours kept as stored, theirs added in a spelling we lack."""
    removed = {tag_key(t) for t in base if not (has_tag(ours, t) and has_tag(theirs, t))}
    return [t for t in united_tags(ours, theirs) if tag_key(t) not in removed]
