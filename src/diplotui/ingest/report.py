"""What an import did: one outcome per file and the batch's report.

Kept apart from the importer so that every importer (files here, diplotui exports in
``diplotui.exchange``) reports in the same words without importing the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

IMPORTED = "imported"
DUPLICATE = "duplicate"
CHANGED = "changed"
UPDATED = "updated"
FAILED = "failed"
SKIPPED = "skipped"  # found in a folder, of a format diplotui does not read
STATUSES = (IMPORTED, UPDATED, CHANGED, DUPLICATE, SKIPPED, FAILED)
TEXT_MENDED = "its text, lost here, written back from this file"
"""What a duplicate's line adds when the stored article's text file was missing or damaged."""


@dataclass(slots=True)
class ImportOutcome:
    """What happened to one file (``reason`` says why for failed, skipped, duplicate and
    changed; for imported and updated, the legacy encoding its bytes were read in, if any)."""

    path: str
    status: str
    article_id: str = ""
    title: str = ""
    reason: str = ""
    # what its citations lack, imported with no source or no date: ("source", "date") or one
    uncited: tuple[str, ...] = ()
    latest_year: int = 0  # imported undated: the latest year its text names (0: none)
    source_read: str = (
        ""  # the outlet its byline named, now its source: said with how to correct it
    )


def undated_note(outcome: ImportOutcome, how: str) -> str:
    """What an article imported undated though its text names years is told, and ``how`` to
    date it: its year is guessed only where the text leaves no doubt, and one left undated
    unsaid was cited "n.d." unnoticed."""
    if outcome.status != IMPORTED or "date" not in outcome.uncited or not outcome.latest_year:
        return ""
    return f"no date stated (its text names years up to {outcome.latest_year}): {how}"


def source_note(outcome: ImportOutcome, how: str) -> str:
    """What an article whose source was read from its byline is told, and ``how`` to correct
    it: the text alone named it, and a wrong one would be cited unnoticed."""
    if not outcome.source_read:
        return ""
    from diplotui.inert import inert_words

    return f"source '{inert_words(outcome.source_read)}' read from its first lines: {how}"


def lacking_citation(source: str, date: str) -> tuple[str, ...]:
    """Which of "source" and "date" an article's citation would go without, for the hint
    that says how to add them (a file, or a saved page whose head gives no date)."""
    return tuple(name for name, value in (("source", source), ("date", date)) if not value)


@dataclass(slots=True)
class ImportReport:
    """What happened to a whole batch."""

    outcomes: list[ImportOutcome] = field(default_factory=list)
    files: list[str] | None = None
    """Every file the import found, in the order it takes them (None: still looking)."""
    taken: int = 0
    """How many of ``files`` the writes so far have taken: an import interrupted after its
    last one said "run it again for the rest" with none left."""

    def files_left(self) -> list[str]:
        """The files found that no write has taken yet."""
        return (self.files or [])[self.taken :]

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failed(self) -> bool:
        return any(outcome.status == FAILED for outcome in self.outcomes)

    def citation_hint(self, how: str, name: Callable[[ImportOutcome], str] | None = None) -> str:
        """Which articles came in with no source or no date (a plain text file names no
        outlet), whose citations would name neither unnoticed, and ``how`` to add them; each
        named by its id, or by ``name`` (the app names them by title: an id means nothing
        where the list shows titles)."""
        uncited = self._uncited()
        if not uncited:
            return ""
        named = [name(o) if name else o.article_id for o in uncited[:3]]
        shown = ", ".join(named) + (", …" if len(uncited) > 3 else "")
        lacking = " or ".join(f"no {field}" for field in self.uncited_fields())
        return f"{len(uncited):,} imported with {lacking} to cite ({shown}): {how}"

    def _uncited(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.status == IMPORTED and o.uncited]

    def uncited_ids(self) -> list[str]:
        """The ids of the articles :meth:`citation_hint` names, the first to put in the
        command it gives: "diplotui meta ID" was copied with its ID as typed."""
        return [o.article_id for o in self._uncited()]

    def uncited_fields(self) -> tuple[str, ...]:
        """What the imported articles' citations lack, of "source" and "date": a newsletter
        whose text gives its date was asked for "no source or no date" and a --date."""
        lacking = {field for o in self.outcomes if o.status == IMPORTED for field in o.uncited}
        return tuple(field for field in ("source", "date") if field in lacking)

    def summary(self) -> str:
        """One line such as "3 imported, 1 duplicate, 1 failed"."""
        parts = [f"{self.count(s):,} {s}" for s in STATUSES if self.count(s)]
        return ", ".join(parts) or "nothing to import"


def stored_before(report: ImportReport) -> str:
    """What an import that stopped (a full disk, a store error) had stored before, to end
    its line with: the writes before the one that failed stay, and a run again finds them as
    duplicates; "" when it stored nothing."""
    if not report.outcomes:
        return ""
    return (
        f"; before it, {report.summary()} (stored: run the import again for the rest, what "
        "is stored is found as a duplicate)"
    )
