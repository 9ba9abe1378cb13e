"""The user's speaker corrections, laid over what the finder found.

The finder's statements of a text are derived data (cached by text and title); a correction
belongs to one article and is the user's word, so it is applied on top of them wherever
statements are read (the reader, the Statements view, timelines, the CLI, the speakers that
highlights keep) rather than stored in the cache: no cache can then hold the old speaker.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence

from diplotui.entities.folding import fold
from diplotui.model import AnchorStatus, Highlight, SpeakerCorrection, Statement, new_id, now_iso
from diplotui.statements.spelling import spellings_agree


def names_someone(speaker: str) -> bool:
    """Whether a speaker typed for a correction holds a letter or a digit: "..." or a lone
    accent named no one, and was stored as a speaker no search (``--speaker``, ``W``'s
    filter, ``timeline``) could ever ask for."""
    return any(character.isalnum() for character in speaker)


class SpeakerRefused(ValueError):
    """A speaker, role or organisation no correction may hold; the message says why."""


SPEAKER_FIELDS = ("its speaker", "its role", "its organisation")
"""How a refusal names the fields of a correction read from a file (an import, a sync)."""


def cleaned_speaker(
    speaker: str,
    role: str = "",
    organisation: str = "",
    labels: tuple[str, str, str] = SPEAKER_FIELDS,
) -> tuple[str, str, str]:
    """``speaker``, ``role`` and ``organisation`` as a correction keeps them, whichever door
    it came by (``diplotui speaker``, an import, a sync): each one line without control
    characters, escapes or bidi overrides, its spaces single. A field longer than a line, or
    a speaker with no letter or digit once cleaned ("...", an escape alone), is refused
    (``SpeakerRefused``, naming it by its ``labels``): an import kept "EvilX\x1b[0m Y",
    which citations showed as "EvilX Y" and ``statements --speaker evilx`` never found.
    No speaker ("") is no statement, which has no role or organisation."""
    from diplotui.cite import clean_field
    from diplotui.model import too_long_for_a_line

    if not speaker.strip():
        return "", "", ""
    cleaned = tuple(clean_field(value) for value in (speaker, role, organisation))
    for value, label in zip(cleaned, labels, strict=True):
        refusal = too_long_for_a_line(value, label)
        if refusal:
            raise SpeakerRefused(refusal)
    name = cleaned[0]
    if not names_someone(name):
        raise SpeakerRefused(f"{labels[0]} {name!r} has no letters or digits to name anyone")
    return name, cleaned[1], cleaned[2]


def role_given(statements: Sequence[Statement], speaker: str) -> tuple[str, str]:
    """The role and organisation the article's ``statements`` give ``speaker`` (the first
    that gives a role), or ("", ""): a correction naming a person the article quotes
    elsewhere as "Deputy Minister of Foreign Affairs", typed without the role, was labelled,
    listed (``role:``, ``org:``) and cited bare, apart from the person's other statements.
    A name typed with its marks is that spelling only, as the filters read it: "Lê Văn Thành"
    takes no role of Lê Văn Thạnh's, whose linking key is the same; "Lê Văn Thanh" (a mark
    left out) or "IŞIK IĞDIR" (in capitals) is the person the filters find. Keys are
    compared folded: an article naming both men keys each by his marks ("lê văn thạnh")."""
    from diplotui.statements.persons import fuller_names

    key = _key(speaker)
    named = fuller_names([speaker, *(s.speaker for s in statements if s.speaker)])
    return next(
        (
            (s.role, s.organisation)
            for s in statements
            if s.role
            and (
                (_folded_key(s.speaker_key) == key and spellings_agree(speaker, s.speaker))
                or named.get(s.speaker) == speaker
            )
        ),
        ("", ""),
    )


def new_speaker_correction(
    article_id: str,
    text: str,
    start: int,
    end: int,
    speaker: str,
    role: str = "",
    organisation: str = "",
) -> SpeakerCorrection:
    """A correction of the statement ``text[start:end]``: ``speaker`` said it, or, "", it is
    no statement."""
    from diplotui.anchoring import make_selectors

    if start >= end:
        raise ValueError(f"empty statement span {start}:{end}")
    quote, prefix, suffix = make_selectors(text, start, end)
    return SpeakerCorrection(
        id=new_id(),
        article_id=article_id,
        start=start,
        end=end,
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        speaker=speaker.strip(),
        role=role.strip(),
        organisation=organisation.strip(),
    )


def is_placed(correction: SpeakerCorrection, text: str) -> bool:
    """Whether the correction's words are where it says in ``text`` (an orphan is nowhere)."""
    return (
        correction.status != AnchorStatus.ORPHAN.value
        and 0 <= correction.start < correction.end <= len(text)
        and text[correction.start : correction.end] == correction.quote
    )


def _overlaps(statement: Statement, correction: SpeakerCorrection) -> bool:
    return statement.start < correction.end and correction.start < statement.end


def correct_statements(
    statements: Sequence[Statement],
    text: str | None,
    corrections: Iterable[SpeakerCorrection],
) -> list[Statement]:
    """``statements`` of ``text`` with the placed corrections applied, in text order: the
    statements a correction's words overlap take its speaker (or go, for "no statement"),
    and the words become a statement of their own when the finder found none there.

    Without the ``text`` (the Statements view reads no texts) every correction but an orphan
    counts as placed: a changed text re-anchors its corrections in the same write."""
    placed = sorted(
        (
            c
            for c in corrections
            if (is_placed(c, text) if text is not None else c.status != AnchorStatus.ORPHAN.value)
        ),
        key=lambda c: c.created_at,
    )
    if not placed:  # none to apply: an index of 185,000 statements made for nothing took 1 s
        return sorted(statements, key=lambda s: (s.start, s.end))
    placed = _with_roles_given(statements, placed)
    result = _ByPlace(statements)
    for correction in placed:
        touched = result.overlapping(correction)
        if not correction.speaker:
            result.remove(touched)
        elif not touched:
            result.add(_spoken_by(_statement_of(correction), correction))
        else:
            for number in touched:
                result.statements[number] = _spoken_by(result.statements[number], correction)
    shown = _roles_shared(_names_shared(result.statements.values(), placed), placed)
    return sorted(shown, key=lambda s: (s.start, s.end))


def _with_roles_given(
    statements: Sequence[Statement], corrections: list[SpeakerCorrection]
) -> list[SpeakerCorrection]:
    """``corrections`` where one naming a speaker with no role takes the role the article's
    ``statements`` give that speaker (:func:`role_given`), as a correction made now takes
    it when made: one written before a version that gave it (a teammate's, through a sync;
    an export's) named "Frank-Walter Steinmeier" bare where the article's "Steinmeier" is
    the Federal Foreign Minister, and cited him without it. Not stored: the correction is
    the user's word as written."""
    given: dict[str, tuple[str, str]] = {}
    roled = []
    for correction in corrections:
        if correction.speaker and not correction.role:
            if correction.speaker not in given:
                given[correction.speaker] = role_given(statements, correction.speaker)
            role, organisation = given[correction.speaker]
            if role:
                correction = dataclasses.replace(
                    correction, role=role, organisation=correction.organisation or organisation
                )
        roled.append(correction)
    return roled


def _names_shared(
    statements: Iterable[Statement], corrections: Sequence[SpeakerCorrection]
) -> list[Statement]:
    """``statements`` where those named by a shorter name of a corrected speaker (the
    surname alone: :func:`persons.fuller_names`) take the correction's name, their own role
    kept: a fuller name typed once is the person's in the whole article, as the finder names
    him when the article gives it. Left to the one statement corrected, "Steinmeier" and
    "Frank-Walter Steinmeier" were two speakers in ``W`` of one person."""
    from diplotui.statements.persons import fuller_names

    listed = list(statements)
    corrected = {c.speaker for c in corrections if c.speaker}
    if not corrected:
        return listed
    renamed = {
        short: fuller
        for short, fuller in fuller_names(s.speaker for s in listed if s.speaker).items()
        if fuller in corrected and short not in corrected
    }
    return [
        dataclasses.replace(s, speaker=renamed[s.speaker], speaker_key=_key(renamed[s.speaker]))
        if s.speaker in renamed
        else s
        for s in listed
    ]


def _roles_shared(
    statements: Iterable[Statement], corrections: Sequence[SpeakerCorrection]
) -> list[Statement]:
    """``statements`` where those of a corrected speaker that have no role take the role the
    latest correction naming that speaker gave: a role typed once is the person's in the
    whole article (the mirror of :func:`role_given`). Left to the one statement corrected,
    the deputy spokesperson's other statements stayed bare, out of ``role:`` and cited
    without her title. A role the article gives is never replaced."""
    by_key: dict[str, list[SpeakerCorrection]] = {}  # latest first, each key made once
    for correction in reversed(corrections):
        if correction.speaker and correction.role:
            by_key.setdefault(_key(correction.speaker), []).append(correction)
    if not by_key:
        return list(statements)
    shared = []
    for statement in statements:
        if not statement.role and statement.speaker:
            given = next(
                (
                    c
                    for c in by_key.get(_folded_key(statement.speaker_key), ())
                    if spellings_agree(c.speaker, statement.speaker)
                ),
                None,
            )
            if given is not None:
                statement = dataclasses.replace(
                    statement, role=given.role, organisation=_organisation(given)
                )
        shared.append(statement)
    return shared


class _ByPlace:
    """Statements kept in the order they came (a correction's new one last) and found by
    place: each correction looked at every statement of the article, and 4,000 corrections
    of one long article (a sync can bring them) made its timeline take half a minute."""

    def __init__(self, statements: Iterable[Statement]) -> None:
        self.statements: dict[int, Statement] = {}  # by number, in the order they came
        self._starts: list[tuple[int, int]] = []  # (start, number), sorted
        self._longest = 0
        self._added = 0
        for statement in statements:
            self.add(statement)

    def add(self, statement: Statement) -> None:
        number = self._added
        self._added += 1
        self.statements[number] = statement
        bisect.insort(self._starts, (statement.start, number))
        self._longest = max(self._longest, statement.end - statement.start)

    def overlapping(self, correction: SpeakerCorrection) -> list[int]:
        """The numbers of the statements the correction's words overlap, in their order."""
        low = bisect.bisect_left(self._starts, (correction.start - self._longest, -1))
        high = bisect.bisect_left(self._starts, (correction.end, -1))
        return sorted(
            number
            for _, number in self._starts[low:high]
            if _overlaps(self.statements[number], correction)
        )

    def remove(self, numbers: Iterable[int]) -> None:
        for number in numbers:
            statement = self.statements.pop(number)
            del self._starts[bisect.bisect_left(self._starts, (statement.start, number))]


def _statement_of(correction: SpeakerCorrection) -> Statement:
    """The corrected words as a reported statement (the finder missed them)."""
    return Statement(
        start=correction.start,
        end=correction.end,
        text=correction.quote,
        kind="reported",
        speaker=correction.speaker,
        speaker_key=_key(correction.speaker),
        speaker_type="PERSON",
        role=correction.role,
        organisation=_organisation(correction),
    )


def _organisation(correction: SpeakerCorrection) -> str:
    """The correction's organisation, else the one its role names (:mod:`bodies`), else the
    speaker itself where its name is a body's, as the finder gives "IGAD said" IGAD's: a
    ministry typed as the speaker was out of ``org:foreign`` (newuser45)."""
    from diplotui.statements.bodies import named_by

    return correction.organisation or named_by(correction.role) or named_by(correction.speaker)


def _key(name: str) -> str:
    """The linking key the finder gives a speaker of that name (folded, aliases resolved), so
    corrected statements group with the speaker's others in the Statements view."""
    from diplotui.entities.linking import canonical_key

    return canonical_key(name)


def _folded_key(key: str) -> str:
    """A statement's speaker key as :func:`_key` makes one: without the marks the finder's
    key keeps where they tell two people of one article apart (``cast._marked_apart``)."""
    return key if key.isascii() else fold(key)


def _spoken_by(statement: Statement, correction: SpeakerCorrection) -> Statement:
    """``statement`` as the correction names its speaker; unchanged only when the correction
    says nothing new (one adding only the body spoken for is a change: newuser41b)."""
    if (
        statement.speaker == correction.speaker
        and statement.role == correction.role
        and statement.organisation == _organisation(correction)
    ):
        return statement
    return dataclasses.replace(
        statement,
        speaker=correction.speaker,
        speaker_key=_key(correction.speaker),
        speaker_type="PERSON",
        role=correction.role,
        organisation=_organisation(correction),
        named_as="",  # the user named the speaker: no other name of the article's stands
    )


def speaker_corrections_key(corrections: Iterable[SpeakerCorrection]) -> str:
    """What the speaker corrections are, as one short hash ("" for none): views built from
    statements compare it to know they show the speakers of today's corrections."""
    parts = sorted(json.dumps(c.to_dict(), sort_keys=True) for c in corrections)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16] if parts else ""


def reanchor_corrections(
    corrections: Iterable[SpeakerCorrection], old_text: str, new_text: str
) -> list[SpeakerCorrection]:
    """The corrections of a text replaced by ``new_text``, placed where their words are now
    (by the anchoring of highlights, which they share); those whose words are gone, or found
    in several places, become orphans and keep their words and old offsets."""
    from diplotui.anchoring import make_selectors, reanchor_all

    corrections = list(corrections)
    stand_ins = [
        Highlight(
            id=c.id,
            article_id=c.article_id,
            start=c.start,
            end=c.end,
            quote=c.quote,
            prefix=c.prefix,
            suffix=c.suffix,
            status=c.status,
        )
        for c in corrections
    ]
    placed = {h.id: h for h in reanchor_all(stand_ins, old_text, new_text)}
    updated = []
    for correction in corrections:
        where = placed[correction.id]
        if where.status == AnchorStatus.ORPHAN.value:
            now = dataclasses.replace(correction, status=where.status)
        else:
            quote, prefix, suffix = make_selectors(new_text, where.start, where.end)
            now = dataclasses.replace(
                correction,
                start=where.start,
                end=where.end,
                quote=quote,
                prefix=prefix,
                suffix=suffix,
                status=where.status,
            )
        updated.append(
            correction if now == correction else dataclasses.replace(now, updated_at=now_iso())
        )
    return updated


def superseded(
    corrections: Iterable[SpeakerCorrection],
    changed: Callable[[SpeakerCorrection], str] = lambda c: c.updated_at,
) -> set[str]:
    """The ids of corrections another correction of the same words supersedes: two people
    (through a sync, or an import of a colleague's export) corrected one statement, and the
    words can have one speaker only. As when two people changed a record's field, the one
    ``changed`` last stands (by its time stamp; the id breaks a tie, so every library picks
    the same one); an orphan overlaps nothing."""
    standing: list[SpeakerCorrection] = []
    dropped: set[str] = set()
    placed = [c for c in corrections if c.status != AnchorStatus.ORPHAN.value]
    for correction in sorted(placed, key=lambda c: (changed(c), c.id), reverse=True):
        if any(
            c.article_id == correction.article_id
            and c.start < correction.end
            and correction.start < c.end
            for c in standing
        ):
            dropped.add(correction.id)
        else:
            standing.append(correction)
    return dropped
