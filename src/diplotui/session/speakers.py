"""Correcting who said a statement: what one correction writes, and how it is taken back.

The app's reader and ``diplotui speaker`` both plan a correction here, so a statement is
corrected the same way wherever it is done: the correction covers the statement as it is
shown (the finder's, as earlier corrections left it), replaces any earlier correction of
those words, and the highlights of the statement take the new speaker in the same write.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from diplotui.anchoring import statement_at, statement_in
from diplotui.model import (
    AnchorStatus,
    Highlight,
    SpeakerCorrection,
    SpeakerSource,
    Statement,
    now_iso,
)
from diplotui.statements.corrections import (
    cleaned_speaker,
    correct_statements,
    new_speaker_correction,
    reanchor_corrections,
    role_given,
)
from diplotui.statements.persons import fuller_name_of
from diplotui.store import Store


@dataclass(frozen=True, slots=True)
class SpeakerChange:
    """One correction as written, with what it replaced: enough to undo and redo it."""

    correction: SpeakerCorrection
    replaced: list[SpeakerCorrection]
    highlights_before: list[Highlight]
    highlights_after: list[Highlight]
    text: str  # the article's text the change was planned in

    def apply(self, store: Store) -> None:
        self._write(store, [self.correction], self.replaced, self.highlights_after)

    def undo(self, store: Store) -> None:
        self._write(store, self.replaced, [self.correction], self.highlights_before)

    def _write(
        self,
        store: Store,
        put: list[SpeakerCorrection],
        taken: list[SpeakerCorrection],
        speakers: list[Highlight],
    ) -> None:
        """Store ``put`` where its words are in the article's text as it is now, remove
        ``taken``, and give the highlights the speakers of ``speakers``: a refresh may have
        changed the text since the change was planned (an undo then wrote the corrections and
        the whole highlights back at their old offsets, over other words). Only a highlight's
        speaker is the change's: the rest of it is kept as stored now, and one deleted since
        stays deleted."""
        article_id = self.correction.article_id
        text = store.article_text(article_id)
        if text != self.text:
            put = reanchor_corrections(put, self.text, text)
        stored = {h.id: h for h in store.highlights(article_id)}
        highlights = [
            dataclasses.replace(
                stored[h.id],
                speaker=h.speaker,
                speaker_role=h.speaker_role,
                speaker_source=h.speaker_source,
                updated_at=now_iso(),
            )
            for h in speakers
            if h.id in stored
        ]
        store.save_speaker_corrections(put, [c.id for c in taken], highlights)


def plan_speaker_change(
    article_id: str,
    text: str,
    found: Sequence[Statement],
    existing: Sequence[SpeakerCorrection],
    highlights: Sequence[Highlight],
    span: tuple[int, int],
    speaker: str,
    role: str = "",
    organisation: str = "",
) -> SpeakerChange:
    """The change giving the statement at ``span`` of ``text`` to ``speaker`` (or, "", taking
    it away): ``found`` are the finder's statements of the text, ``existing`` the article's
    corrections, ``highlights`` its highlights. With no statement at ``span``, the words of
    ``span`` themselves are corrected (a statement the finder missed). A speaker given no
    ``role`` takes the one the article's statements give them (:func:`role_given`). The
    speaker, role and organisation are cleaned, or refused (``SpeakerRefused``), as a
    correction an import or a sync brings is (:func:`cleaned_speaker`)."""
    speaker, role, organisation = cleaned_speaker(speaker, role, organisation)
    shown = correct_statements(found, text, existing)
    if speaker and not role:
        role, given_organisation = role_given(shown, speaker)
        organisation = organisation or given_organisation
    statement = statement_in(shown, *span)
    start, end = (statement.start, statement.end) if statement else span
    correction = new_speaker_correction(
        article_id, text, start, end, speaker, role=role, organisation=organisation
    )
    replaced = [  # an orphan is placed nowhere: its old offsets overlap nothing
        c
        for c in existing
        if c.status != AnchorStatus.ORPHAN.value and c.start < end and start < c.end
    ]
    kept = [c for c in existing if c not in replaced]
    now = correct_statements(found, text, [*kept, correction])
    before, after = _respoken(highlights, now, start, end, speaker, SpeakerSource.USER)
    return SpeakerChange(correction, replaced, before, after, text)


def plan_speaker_removal(
    text: str,
    found: Sequence[Statement],
    existing: Sequence[SpeakerCorrection],
    highlights: Sequence[Highlight],
    removed: SpeakerCorrection,
) -> list[Highlight]:
    """The highlights of ``removed``'s statement with the speakers they have once it is taken
    back (``diplotui speaker --remove``): left as they were, they named the speaker it gave
    while the statement was the finder's speaker's again. An orphan is placed nowhere: taking
    it back changes no statement."""
    if removed.status == AnchorStatus.ORPHAN.value:
        return []
    now = correct_statements(found, text, [c for c in existing if c.id != removed.id])
    return _respoken(highlights, now, removed.start, removed.end, removed.speaker)[1]


def _respoken(
    highlights: Sequence[Highlight],
    now: Sequence[Statement],
    start: int,
    end: int,
    speaker: str,
    source: SpeakerSource = SpeakerSource.FOUND,
) -> tuple[list[Highlight], list[Highlight]]:
    """The highlights over ``[start, end)`` whose speaker ``now``'s statements change, as
    they are and with the speaker of the statement they are of (none, when they are of no
    statement), whose it is (``source``: the user's, for a correction; the finder's again,
    once it is taken back); and those elsewhere of ``speaker``'s statements whose role or
    name changed with the correction (a role or a fuller name typed once is the person's in
    the whole article), their speaker's source as it was."""
    before, after = [], []
    for highlight in highlights:
        if highlight.status == AnchorStatus.ORPHAN.value:
            continue
        in_span = highlight.start < end and start < highlight.end
        if not in_span and not (speaker and _may_be(speaker, highlight.speaker)):
            continue
        said = statement_at(now, highlight.start, highlight.end)
        if not in_span and not (said and said.speaker == speaker):
            continue
        who = (said.speaker, said.role) if said else ("", "")
        whose = (source.value if in_span else highlight.speaker_source) if who[0] else ""
        if (*who, whose) != (highlight.speaker, highlight.speaker_role, highlight.speaker_source):
            before.append(dataclasses.replace(highlight))
            after.append(
                dataclasses.replace(
                    highlight,
                    speaker=who[0],
                    speaker_role=who[1],
                    speaker_source=whose,
                    updated_at=now_iso(),
                )
            )
    return before, after


def _may_be(speaker: str, named: str) -> bool:
    """Whether a highlight of ``named``'s words may be of a statement of ``speaker`` once
    corrected: the same name, or a shorter one of his (:func:`fuller_name_of`)."""
    return named == speaker or fuller_name_of(speaker, named)
