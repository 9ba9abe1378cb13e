"""Parsed documents into articles, for every importer (files, feeds, pages): a new article,
or a changed text replacing an article's, the one path for ``import --update``, refreshed
feed items and pages saved again. Highlights are re-anchored, never dropped, and the article
records when its text changed."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from diplotui.model import (
    AnchorStatus,
    Article,
    EntityCorrection,
    Highlight,
    SpeakerCorrection,
    SpeakerSource,
    local_minute,
    now_iso,
)
from diplotui.store import ArticleUnreadable, Store

if TYPE_CHECKING:
    from diplotui.ingest.formats import ParsedDocument


def new_article(
    store: Store, doc: ParsedDocument, digest: str, tags: list[str], **fields: Any
) -> Article:
    """The article for ``doc`` (whose text hashes to ``digest``), not stored yet; ``fields``
    are what the importer knows beyond the document (its file, its feed)."""
    return Article(
        id=store.new_article_id(digest),
        title=doc.title,
        text_hash=digest,
        source=doc.source,
        url=doc.url,
        author=doc.author,
        date=doc.date,
        date_is_guess=doc.date_is_guess,
        tags=tags,
        **fields,
    )


@dataclass(frozen=True, slots=True)
class LostWords:
    """The highlights an update left on other words (drifted) or on none (orphans), to be
    said where the update is: a refresh said "1 updated" and nothing of the highlight it
    had just orphaned, which its reader found gone from the article later."""

    drifted: int = 0
    orphaned: int = 0

    def __add__(self, other: LostWords) -> LostWords:
        return LostWords(self.drifted + other.drifted, self.orphaned + other.orphaned)

    def said(self) -> str:
        """ "highlights: 1 drifted, 2 orphaned" ("" for none)."""
        counts = ((self.drifted, "drifted"), (self.orphaned, "orphaned"))
        parts = [f"{count} {status}" for count, status in counts if count]
        return f"highlights: {', '.join(parts)}" if parts else ""


def _lost_words(before: Sequence[Highlight], after: Sequence[Highlight]) -> LostWords:
    """The highlights ``after`` shows drifted or orphaned that were not so ``before`` (one
    drifted already, to the same words, is nothing new to say)."""
    was = {h.id: (h.status, h.drift_text) for h in before}
    lost = [h.status for h in after if was.get(h.id) != (h.status, h.drift_text)]
    return LostWords(lost.count(AnchorStatus.DRIFTED.value), lost.count(AnchorStatus.ORPHAN.value))


def apply_update(store: Store, article: Article, doc: ParsedDocument) -> LostWords:
    """Replace the text with ``doc``'s (highlights carried over by the anchoring module) and
    take its metadata where it states any; a stated date wins over a guessed one. Returns
    the highlights that lost their words, for the caller to say."""
    highlights = store.highlights(article.id)
    speakers = store.speaker_corrections(article.id)
    reanchored = []
    if highlights or speakers:
        from diplotui.anchoring import reanchor_all  # only updates need it
        from diplotui.statements.corrections import reanchor_corrections

        try:
            old_text = store.article_text(article.id)
        except ArticleUnreadable:
            old_text = ""  # no diff to help: highlights are placed by their selectors
        reanchored = reanchor_all(highlights, old_text, doc.text)
        if article.markdown:
            reanchored = [_found_as_shown(h, old_text, doc.text) for h in reanchored]
        speakers = reanchor_corrections(speakers, old_text, doc.text)
        reanchored = speakers_now(reanchored, doc.text, doc.title, store.corrections(), speakers)
    take_details(article, doc)
    article.text_changed_at = now_iso()
    store.replace_article_text(article, doc.text, reanchored, speakers)
    return _lost_words(highlights, reanchored)


def _found_as_shown(highlight: Highlight, old_text: str, new_text: str) -> Highlight:
    """An orphan or a drifted highlight of a Markdown article put back where the reader shows
    its words once in the new text: the file's words marked up ("ministry" made
    "**ministry**") read the same, yet were not found among the marks, or were found drifted
    onto the marks with a word taken back in."""
    if highlight.status not in (AnchorStatus.ORPHAN.value, AnchorStatus.DRIFTED.value):
        return highlight
    from diplotui.anchoring import reattach
    from diplotui.layout import highlight_text
    from diplotui.markup import found_as_shown

    words = highlight_text(old_text, highlight, markdown=True).split()
    if not words:
        return highlight
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    spans = found_as_shown(new_text, lambda shown: [m.span() for m in pattern.finditer(shown)])
    return reattach(highlight, new_text, *spans[0]) if len(spans) == 1 else highlight


DETAILS = ("title", "source", "date", "url", "author")
"""An article's details a citation is built from, which the user may correct by hand."""


def take_details(article: Article, doc: ParsedDocument) -> bool:
    """Give ``article`` the details ``doc`` states (a stated date wins over a guessed one),
    except those the user corrected by hand; whether any changed."""
    details = (*DETAILS, "date_is_guess")
    before = [getattr(article, name) for name in details]
    corrected = set(article.edited)  # the user's, for citations: never the feed's again
    if "title" not in corrected and doc.title:
        article.title = doc.title
    for name in ("source", "url", "author"):
        if getattr(doc, name) and name not in corrected:
            setattr(article, name, getattr(doc, name))
    if "date" not in corrected and (
        doc.date and (not doc.date_is_guess or not article.date or article.date_is_guess)
    ):
        article.date, article.date_is_guess = doc.date, doc.date_is_guess
    return before != [getattr(article, name) for name in details]


def correct_details(store: Store, article: Article, changes: dict[str, Any]) -> Article:
    """Save the user's corrections of ``article``'s details (``i`` in the app, ``meta``) and
    remember which were corrected, so that a refresh, a sync or ``import --update`` bringing
    a new text leaves them (it used to put the feed's title, source and author back)."""
    corrected = [name for name in DETAILS if name in changes or name in article.edited]
    return store.with_updates(article, **changes, edited=corrected)


def speakers_now(
    highlights: list[Highlight],
    text: str,
    title: str,
    corrections: Sequence[EntityCorrection],
    speakers: Sequence[SpeakerCorrection] = (),
) -> list[Highlight]:
    """Highlights of statements placed in a changed ``text`` (an update's, or a teammate's
    through a sync) with the speaker it gives their words: the speaker was the old text's
    attribution, and a citation of words someone else says now, or no one, would misquote.
    The user's ``speakers`` corrections (placed in ``text``) win over the finder's reading:
    a highlight's speaker a correction of its words gives is the user's (``SpeakerSource``),
    never read again from the finder while its correction stands (:func:`_read_again`). An
    orphan has no place to read one from and keeps its own. The statements are found only
    when some highlight has a speaker (recognition costs what a refresh does)."""
    from diplotui.anchoring import speaker_source_at, statement_at

    placed = {h.id for h in highlights if h.speaker and h.status != AnchorStatus.ORPHAN.value}
    if not placed:
        return highlights
    from diplotui.library.statement_cache import article_statements
    from diplotui.statements.corrections import correct_statements

    try:
        found = article_statements(text, corrections, title)
    except Exception:  # a finder's bug met by this text: its highlights keep their speakers,
        return highlights  # and the refresh, sync or import goes on with the other articles
    statements = correct_statements(found, text, speakers)
    updated = []
    for highlight in highlights:
        start, end = highlight.start, highlight.end
        if highlight.id in placed and _read_again(highlight, speakers):
            statement = statement_at(statements, start, end)
            speaker, role = (statement.speaker, statement.role) if statement else ("", "")
            if (speaker, role) != (highlight.speaker, highlight.speaker_role):
                highlight = dataclasses.replace(
                    highlight,
                    speaker=speaker,
                    speaker_role=role,
                    speaker_source=speaker_source_at(speakers, start, end) if speaker else "",
                    updated_at=now_iso(),
                )
        updated.append(highlight)
    return updated


def _read_again(highlight: Highlight, speakers: Sequence[SpeakerCorrection]) -> bool:
    """Whether a highlight's speaker is read again from its text's statements: the finder's
    always; the user's (a correction gave it) where a placed correction covers its words now
    (which gives it: a sync's or an import's later one), or where none of the ``speakers``
    corrections names it any more (taken back: the finder's again, as ``speaker --remove``
    makes it). One whose correction lost its words, an orphan naming it, stays the user's."""
    if highlight.speaker_source != SpeakerSource.USER.value:
        return True
    start, end = highlight.start, highlight.end
    orphan = AnchorStatus.ORPHAN.value
    if any(c.status != orphan and c.start < end and start < c.end for c in speakers):
        return True
    return not any(c.status == orphan and c.speaker == highlight.speaker for c in speakers)


def changed_when(article: Article) -> str:
    """When an update last replaced the article's text, in local time to the minute
    ("2026-11-30 14:02"), or "" if it never did."""
    return local_minute(article.text_changed_at) if article.text_changed_at else ""


def describe_text_change(
    article: Article, highlights: Iterable[Highlight], speaker_orphans: int = 0
) -> str:
    """What the reader is told of an updated text: "Text updated 2026-11-30 14:02: 2
    highlights re-anchored, 1 drifted, 1 orphan, 1 speaker correction orphaned" (the
    highlights whose words moved, read otherwise now or are gone, and the speaker corrections
    whose words are gone, as they stand since), or "". A drifted one was "re-anchored" as
    one that only moved, its words changed unsaid."""
    when = changed_when(article)
    if not when:
        return ""
    statuses = [h.status for h in highlights]
    moved = statuses.count(AnchorStatus.MOVED.value)
    drifted = statuses.count(AnchorStatus.DRIFTED.value)
    orphans = statuses.count(AnchorStatus.ORPHAN.value)
    parts = []
    if moved:
        parts.append(f"{moved} highlight{'s' if moved != 1 else ''} re-anchored")
    if drifted:
        parts.append(f"{drifted} drifted")
    if orphans:
        parts.append(f"{orphans} orphan{'s' if orphans != 1 else ''}")
    if speaker_orphans:
        plural = "s" if speaker_orphans != 1 else ""
        parts.append(f"{speaker_orphans} speaker correction{plural} orphaned")
    return f"Text updated {when}" + (f": {', '.join(parts)}" if parts else "")
