"""What an import did: one outcome per file and the batch's report.

Kept apart from the importer so that every importer (files here, diplotui exports in
``diplotui.exchange``) reports in the same words without importing the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

IMPORTED = "imported"
DUPLICATE = "duplicate"
CHANGED = "changed"
UPDATED = "updated"
FAILED = "failed"
SKIPPED = "skipped"  # found in a folder, of a format diplotui does not read
STATUSES = (IMPORTED, UPDATED, CHANGED, DUPLICATE, SKIPPED, FAILED)


@dataclass(slots=True)
class ImportOutcome:
    """What happened to one file (``reason`` says why for failed, skipped, duplicate and
    changed; for imported and updated, the legacy encoding its bytes were read in, if any)."""

    path: str
    status: str
    article_id: str = ""
    title: str = ""
    reason: str = ""


@dataclass(slots=True)
class ImportReport:
    """What happened to a whole batch."""

    outcomes: list[ImportOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failed(self) -> bool:
        return any(outcome.status == FAILED for outcome in self.outcomes)

    def summary(self) -> str:
        """One line such as "3 imported, 1 duplicate, 1 failed"."""
        parts = [f"{self.count(s)} {s}" for s in STATUSES if self.count(s)]
        return ", ".join(parts) or "nothing to import"
