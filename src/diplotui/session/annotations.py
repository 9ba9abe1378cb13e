"""The annotation session: what is open, what a key acts on, every change, and one undo stack.

The app's screen only presents this object and forwards keys to it, so the rules (the target of
an action, what undo puts back) are the same whatever the UI and are tested without one. Every
change is saved to the store at once; ``undo`` reverts the most recent one, whatever its kind.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Literal

from diplotui.cite import indirect, names_its_speaker, nested_quotes, quoted_words
from diplotui.inert import inert_line
from diplotui.layout import visible_text
from diplotui.model import AnchorStatus, Article, Highlight, RemovedArticle, Statement
from diplotui.palette import colour_label
from diplotui.session.cursor import ReadingCursor
from diplotui.session.undo import Change, UndoStack
from diplotui.statements.said import (
    TRAILING,
    SaidPart,
    elided,
    quoted_start,
    said_part,
    shown_whole,
    spoken_span,
)
from diplotui.store import Store, StoreError
from diplotui.tags import add_tags, remove_tags
from diplotui.team_deletions import deleted_for_good, forget_team_deletions

LABEL_WORDS = 6
COPY_MARKS = "“‘> "  # what a copied quote starts with (its own quotation marks, "> ")
TITLE_CHARS = 48

TargetKind = Literal["selection", "highlight", "statement", "sentence"]
MarkOutcome = Literal["highlighted", "recoloured", "unchanged"]


def quote_label(quote: str, words: int = LABEL_WORDS) -> str:
    """The first words of a quote, in quotation marks: how notifications name a passage
    (marks a copied quote already starts with are left out; a passage's own straight
    quotation marks become single ones, as in a copy: “‘We have chosen dialogue over …’…”)."""
    text = " ".join(quote.split())
    stripped = text.lstrip(COPY_MARKS)
    parts = inert_line(stripped if stripped != text else quoted_words(text)).split(" ")
    shown = " ".join(parts[:words])
    return f"“{shown}…”" if len(parts) > words else f"“{shown}”"


def said_label(
    words: str,
    direct: bool = True,
    speaker: str = "",
    verb: str = "",
    cut: bool = False,
    colon_verb: str = "said",
) -> str:
    """How a copy's notification names the words copied, as the copy gives them
    (``cite.format_quote``): a direct quotation (or a passage of no one's) in quotation
    marks, without the comma the quoting sentence ends it with ('"We are ready," he said');
    a speaker's reported statement as the reporter's indirect one, in no marks ("Ngo Le Van
    stressed that the Ministry is ready…"), since marks would give the speaker words the
    copy does not (``statements.said`` decides which)."""
    words = words.rstrip(TRAILING) or words
    if direct or not speaker:
        return quote_label(words)
    lead = len(f"{speaker} {verb or colon_verb + ':'}".split())  # whole, as ``indirect`` leads
    if names_its_speaker(speaker, words, verb or colon_verb):  # the words alone, leading
        lead = 0
    said = indirect(speaker, words, verb, cut=cut, colon_verb=colon_verb)
    parts = inert_line(" ".join(said.split())).split(" ")
    shown = " ".join(parts[: lead + LABEL_WORDS])
    return f"{shown}…" if len(parts) > lead + LABEL_WORDS else shown


def fit_label(label: str, room: int) -> str:
    """``label`` (a passage's first words, as :func:`quote_label` or :func:`said_label` give
    them) cut at a word to at most ``room`` characters, its quotation marks kept and at least
    its first word: a notice naming it then fits the row it is given."""
    if len(label) <= room:
        return label
    opening = "“" if label.startswith("“") else ""
    tail = "…”" if opening else "…"
    words = label[len(opening) :].removesuffix("”").removesuffix("…").split(" ")
    while len(words) > 1 and len(opening) + len(" ".join(words)) + len(tail) > room:
        words.pop()
    return f"{opening}{' '.join(words).rstrip(',;:')}{tail}"


NOTICE_COLUMNS = 77
"""The letters one row of a notice holds on the main screen, 80 columns wide and wider: a toast
80 wide less its bar and padding (``styles/app.tcss``, ``MainScreen Toast``)."""
NOTICE_MOST_ROWS = 2
"""The rows a notice may take at most: a third and a fourth hid the reader's last lines, the
text being read, for the notice's seconds."""


TOAST_EDGES = 3
"""A notice's bar and its padding of a column each side (``styles/app.tcss``, ``Toast``)."""


def notice_columns(width: int) -> int:
    """The letters a row of a notice holds in a terminal ``width`` columns wide: a toast is
    80 wide on every screen (``styles``), never wider than the terminal."""
    return min(NOTICE_COLUMNS + TOAST_EDGES, width) - TOAST_EDGES


def notice_rows(said: str, columns: int = NOTICE_COLUMNS) -> int:
    """The rows ``said`` takes in a notice of ``columns`` letters a row, wrapped at its
    spaces as the toast wraps it."""
    import textwrap  # loaded with the first notice that names a passage

    return max(1, len(textwrap.wrap(said, columns, break_on_hyphens=False)))


def fit_in_rows(
    before: str,
    label: str,
    after: str,
    rows: int = NOTICE_MOST_ROWS,
    columns: int = NOTICE_COLUMNS,
) -> str:
    """``before``, ``label`` and ``after`` as one notice, the label (as :func:`fit_label`
    takes it) cut at a word so the notice takes at most ``rows`` rows of ``columns``
    letters; its first word alone when even that takes more."""
    room = len(label)
    while True:
        said = f"{before}{fit_label(label, room)}{after}"
        if room <= 0 or notice_rows(said, columns) <= rows:
            return said
        room -= 1


def copied_label(copied: str) -> str:
    """How a notification names a copy made before (the quote history's ``enter``): a
    quotation's first words in quotation marks, a reported statement's ("Ngo Le Van (Deputy
    Minister) stressed that…") in none, as the copy has them: marks around it would give
    the speaker the reporter's words."""
    if copied.lstrip().startswith(tuple(COPY_MARKS.strip())):
        return quote_label(copied)
    parts = inert_line(" ".join(copied.split())).split(" ")
    shown = " ".join(parts[:LABEL_WORDS])
    return f"{shown}…" if len(parts) > LABEL_WORDS else shown


def title_label(title: str, limit: int = TITLE_CHARS) -> str:
    """An article's title, shortened to ``limit`` characters, in quotation marks; its own
    quotations single inside them (``nested_quotes``): “Grief, terror ...” has not faded was
    labelled ““Grief, terror ...” has not fad…”, its marks doubled at the start."""
    clean = nested_quotes(inert_line(" ".join(title.split())))
    if len(clean) > limit:
        clean = clean[: limit - 1].rstrip() + "…"
    return f"“{clean}”"


def placed_highlights(highlights: list[Highlight], text_length: int) -> list[Highlight]:
    """The highlights that have a place in a text of ``text_length`` (no orphans), in order."""
    return sorted(
        (
            h
            for h in highlights
            if h.status != AnchorStatus.ORPHAN.value and 0 <= h.start < h.end <= text_length
        ),
        key=lambda h: (h.start, h.end),
    )


def _placed(highlight: Highlight, text: str) -> Highlight:
    """The highlight where the text holds its words (:func:`diplotui.anchoring.placed`)."""
    from diplotui.anchoring import placed

    return placed(highlight, text)


def highlight_at(highlights: list[Highlight], span: tuple[int, int]) -> Highlight | None:
    """The highlight holding ``span``'s start, else the first one touching it (in order)."""
    start, end = span
    touching = [h for h in highlights if h.start < max(end, start + 1) and h.end > start]
    holding = [h for h in touching if h.start <= start < h.end]
    found = holding or touching
    return found[0] if found else None


@dataclass(frozen=True, slots=True)
class Target:
    """The passage an action applies to: the selection, else the highlight under the cursor,
    else the words of the statement in its sentence, else that sentence."""

    kind: TargetKind
    start: int
    end: int
    highlight: Highlight | None = None


class AnnotationSession:
    """The open article with its reading cursor, the changes made to the library, and undo."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.article_id: str | None = None
        self.text = ""
        self.cursor = ReadingCursor()
        self.highlights: list[Highlight] = []  # the open article's placed highlights, in order
        self.read_highlights: list[Highlight] = []  # all of them as last read, orphans too
        self.undo_stack = UndoStack()

    # -- the open article ----------------------------------------------------------------------

    def open(self, article_id: str, split_until: int | None = None) -> Article:
        """Open an article: its text, a cursor on its first sentence (on provisional units
        past ``split_until``: :meth:`ReadingCursor.over`), its highlights."""
        article = self.store.article(article_id)
        self.text = self.store.article_text(article_id)
        self.article_id = article_id
        self.cursor = ReadingCursor.over(self.text, article.title, split_until, article.markdown)
        self.reload_highlights()
        return article

    def close(self) -> None:
        """Nothing is open any more (the open article was deleted)."""
        self.article_id, self.text = None, ""
        self.cursor = ReadingCursor()
        self.highlights = []
        self.read_highlights = []

    def reload_highlights(self) -> list[Highlight]:
        """Read the open article's highlights again; returns all of them, orphans included."""
        found = self.store.highlights(self.article_id) if self.article_id else []
        found = [_placed(h, self.text) for h in found]
        self.highlights = placed_highlights(found, len(self.text))
        self.read_highlights = found
        return found

    def article(self) -> Article | None:
        return self.store.article(self.article_id) if self.article_id else None

    # -- what a key acts on -------------------------------------------------------------------

    def highlight_at_cursor(self) -> Highlight | None:
        """The highlight holding the cursor sentence's start, else the first one touching it."""
        return highlight_at(self.highlights, self.cursor.span)

    def target(self, statement: Statement | None = None) -> Target:
        """The selection if there is one, else the highlight under the cursor, else the words
        of ``statement`` (the one found in the cursor's sentence) within that sentence, else
        the sentence; a selection or sentence from after a dateline its paragraph opens with.
        A statement's words, not its sentence: the sentence also holds the reporter's "X said
        that", which a quote cited as X's would put in X's mouth."""
        selection = self.cursor.selection
        if selection is not None:
            # from after the dateline its paragraph opens with, as a copy quotes it: ``h`` on a
            # wire's first sentence highlighted "WVR - ", which no quotation of it holds
            return Target("selection", quoted_start(self.text, *selection), selection[1])
        highlight = self.highlight_at_cursor()
        if highlight is not None:
            return Target("highlight", highlight.start, highlight.end, highlight)
        start, end = self.cursor.span
        if statement is not None:
            words_start, words_end = max(start, statement.start), min(end, statement.end)
            words = self.text[words_start:words_end].rstrip(TRAILING)  # '"...," he said'
            if words:
                return Target("statement", words_start, words_start + len(words))
        return Target("sentence", quoted_start(self.text, start, end), end)

    def target_now(self, target: Target, opened_over: str) -> Target | None:
        """``target``, chosen in ``opened_over``, as it stands in the open text now: a dialog
        asking for its note or tags may have stayed open while a refresh changed the text.
        A highlight is read again from the store (where the refresh re-anchored it), a
        passage found again; None when it is gone."""
        if target.highlight is not None:
            try:
                stored = self.store.highlight(target.highlight.id)
            except StoreError:
                return None
            return Target(target.kind, stored.start, stored.end, stored)
        placed = self.passage_now(target, opened_over)
        if placed.status not in (AnchorStatus.ANCHORED.value, AnchorStatus.MOVED.value):
            return None
        return Target(target.kind, placed.start, placed.end)

    def passage_now(self, target: Target, opened_over: str) -> Highlight:
        """The words ``target`` chose in ``opened_over``, as a highlight of the open article
        not yet stored, placed in the open text now: anchored or moved where the words are,
        drifted where they stood but now read otherwise, or an orphan when they are gone."""
        from diplotui.anchoring import new_highlight, reanchor_all

        probe = new_highlight(self.article_id or "", opened_over, target.start, target.end)
        if opened_over == self.text:
            return probe
        [placed] = reanchor_all([probe], opened_over, self.text)
        return placed

    def target_text(self, target: Target) -> str:
        """The target's text as the reader shows it (hidden debris lines left out)."""
        return visible_text(
            self.text, target.start, target.end, self.cursor.blocks, self.cursor.markdown
        )

    def quoted_text(self, target: Target) -> str:
        """The target's words as a copy quotes them as the article's (a speaker's words are
        :meth:`said_text`'s): as the reader shows them, from after a dateline its paragraph
        opens with (``said.quoted_start``)."""
        start = quoted_start(self.text, target.start, target.end)
        return visible_text(self.text, start, target.end, self.cursor.blocks, self.cursor.markdown)

    def said_text(self, target: Target, spoken: Sequence[Statement] = ()) -> tuple[str, SaidPart]:
        """The target's words a citation gives its speaker (a reporter's "Hang said:" cut
        off; ``spoken``, the speaker's statements there, narrow a selection or a sentence to
        their words, as a highlight of it is narrowed) as the reader shows them, and where
        they are, whether they are a direct quotation and the verb that introduced a
        paraphrase (``statements.said``); both parts of a quotation its attribution
        interrupts, "The talks … went well." (``statements.said.shown_whole``)."""
        said = said_part(self.text, target.start, target.end, spoken)
        blocks, markdown = self.cursor.blocks, self.cursor.markdown
        show = partial(visible_text, self.text, blocks=blocks, markdown=markdown)
        words, said = shown_whole(self.text, said, show)
        return elided(words, said), said

    # -- highlights ---------------------------------------------------------------------------

    def mark(
        self,
        colour: str,
        *,
        statement: Statement | None = None,
        speaker: str = "",
        speaker_role: str = "",
        spoken: Sequence[Statement] = (),
    ) -> tuple[MarkOutcome, Highlight | None]:
        """Highlight the target (:meth:`target` of ``statement``) in ``colour`` (a statement
        keeps its ``speaker``, and ``spoken``, the speaker's statements there, narrow it to
        their words: :meth:`highlight_passage`); on an existing highlight, recolour it."""
        target = self.target(statement)
        existing = target.highlight or self.twin(target, speaker, spoken)
        if existing is not None:
            if existing.color == colour:
                return "unchanged", existing
            return "recoloured", self.recolour(existing, colour)
        if target.start >= target.end or self.article_id is None:
            return "unchanged", None
        return "highlighted", self.highlight_passage(
            target.start,
            target.end,
            colour,
            speaker=speaker,
            speaker_role=speaker_role,
            spoken=spoken,
        )

    def twin(self, target: Target, speaker: str, spoken: Sequence[Statement]) -> Highlight | None:
        """The highlight already holding the very words a selection would highlight (a
        statement's narrowed to its speaker's, as :meth:`highlight_passage` narrows them): a
        sentence highlighted, then selected with ``v`` and highlighted again, stored a second
        highlight of the same words, which the sidebar and every export listed twice."""
        if target.kind != "selection":
            return None
        start, end = target.start, target.end
        if speaker:
            start, end = spoken_span(self.text, start, end, spoken)
        return next((h for h in self.highlights if (h.start, h.end) == (start, end)), None)

    def highlight_passage(
        self,
        start: int,
        end: int,
        colour: str,
        *,
        note: str = "",
        tags: Sequence[str] = (),
        speaker: str = "",
        speaker_role: str = "",
        spoken: Sequence[Statement] = (),
    ) -> Highlight:
        """Highlight ``[start, end)`` of the open text (with a note or tags typed for it, and
        the speaker when it is a statement). A statement's highlight goes on its speaker's
        words (``statements.said.spoken_span``; ``spoken``: the speaker's statements there):
        its quote, which the sidebar, the brief and every export show, is never the
        reporter's 'Hang said: “...”' put in Hang's mouth."""
        from diplotui.anchoring import new_highlight, speaker_source_at  # with the first one

        source = ""
        if speaker:
            start, end = spoken_span(self.text, start, end, spoken)
            corrections = self.store.speaker_corrections(self.article_id or "")
            source = speaker_source_at(corrections, start, end)
        highlight = new_highlight(
            self.article_id or "",
            self.text,
            start,
            end,
            color=colour,
            note=note,
            tags=list(tags),
            speaker=speaker,
            speaker_role=speaker_role,
            speaker_source=source,
        )
        self._add(highlight)
        self.cursor.clear_selection()
        return highlight

    def keep_passage(
        self, passage: Highlight, colour: str, note: str, tags: Sequence[str]
    ) -> Highlight:
        """Store ``passage`` (from :meth:`passage_now`, its words no longer where the note or
        tags typed for it were chosen) as it stands, with them: a drifted or orphaned
        highlight, shown as such, never the typing dropped."""
        highlight = dataclasses.replace(passage, color=colour, note=note, tags=list(tags))
        self._add(highlight)
        return highlight

    def _add(self, highlight: Highlight) -> None:
        """Store a new highlight; ``u`` takes it away again."""
        self.store.save_highlight(highlight)
        self.record(
            f"highlight {quote_label(highlight.quote)}",
            self._forget(highlight.id),
            self._restore_highlight(highlight),
        )

    def recolour(self, highlight: Highlight, colour: str) -> Highlight:
        label = f"{colour_label(colour)} on {quote_label(highlight.quote)}"
        return self._replace_highlight(highlight, label, color=colour)

    def set_highlight_note(self, highlight: Highlight, note: str) -> Highlight:
        """Set the note; this resolves a conflict a sync flagged on the highlight."""
        return self._replace_highlight(
            highlight, f"note on {quote_label(highlight.quote)}", note=note, conflict=""
        )

    def add_highlight_tags(self, highlight: Highlight, tags: list[str]) -> Highlight:
        """Add tags (already parsed) to a highlight."""
        merged = add_tags(highlight.tags, tags)
        return self._replace_highlight(
            highlight, f"tags on {quote_label(highlight.quote)}", tags=merged
        )

    def reattach(self, orphan: Highlight, start: int, end: int) -> Highlight:
        """Anchor an orphaned highlight on ``[start, end)`` of the open text."""
        from diplotui.anchoring import reattach

        placed = reattach(orphan, self.text, start, end)
        undo = self._restore_highlight(orphan)
        self.store.save_highlight(placed)
        self.cursor.clear_selection()
        self.record(f"re-attach {quote_label(orphan.quote)}", undo, self._restore_highlight(placed))
        return placed

    def delete_highlight(self, highlight: Highlight) -> Highlight:
        removed = self.store.remove_highlight(highlight.id)
        self.record(
            f"deletion of {quote_label(removed.quote)}",
            self._restore_highlight(removed),
            self._forget(removed.id),
        )
        return removed

    def _replace_highlight(self, before: Highlight, label: str, **changes: object) -> Highlight:
        undo = self._restore_highlight(before)
        after = dataclasses.replace(before, **changes)  # type: ignore[arg-type]
        self.store.save_highlight(after)
        self.record(label, undo, self._restore_highlight(after))
        return after

    def _restore_highlight(self, state: Highlight) -> Callable[[], None]:
        """Put the highlight back as ``state`` (undo of an edit, redo of one), where its
        words are in its article's text as it is then: a refresh may have changed the text
        since (put back at its old offsets, it held other words)."""
        kept = dataclasses.replace(state)
        return lambda: self.store.save_highlight(self._placed_now(kept))

    def _placed_now(self, state: Highlight) -> Highlight:
        placed = dataclasses.replace(state)
        try:
            text = self.store.article_text(placed.article_id)
        except StoreError:
            return placed  # saved as it was: the store says what is wrong with the text
        return _placed(placed, text)

    def _forget(self, highlight_id: str) -> Callable[[], None]:
        def remove() -> None:
            self.store.remove_highlight(highlight_id)

        return remove

    # -- articles -----------------------------------------------------------------------------

    def add_article_tags(self, article_id: str, tags: list[str]) -> Article:
        """Add tags (already parsed) to an article."""
        article = self.store.article(article_id)
        return self._update_article(article, "tags", add_tags(article.tags, tags))

    def remove_article_tag(self, article_id: str, tag: str) -> Article:
        article = self.store.article(article_id)
        return self._update_article(article, "tags", remove_tags(article.tags, [tag]))

    def set_article_note(self, article_id: str, note: str) -> Article:
        """Set the note; this resolves a conflict a sync flagged on the article's note."""
        article = self.store.article(article_id)
        if article.conflict:
            article = self.store.with_updates(article, conflict="")
        return self._update_article(article, "note", note)

    def _update_article(self, article: Article, name: str, value: object) -> Article:
        """Change one field of an article; undo puts back only that field."""
        old = getattr(article, name)
        updated = self.store.with_updates(article, **{name: value})

        def set_to(field_value: object) -> Callable[[], None]:
            def put() -> None:
                self.store.with_updates(self.store.article(article.id), **{name: field_value})

            return put

        label = f"{name} on {title_label(article.title)}"
        self.record(label, set_to(old), set_to(value), about=article.id)
        return updated

    def delete_article(self, article_id: str) -> RemovedArticle:
        """Delete an article and its highlights; undo brings them all back (and, when it
        was open, the reading cursor where it was)."""
        was_open = article_id == self.article_id
        reopen_at = self.cursor.span[0] if was_open else None
        removed = deleted_for_good(self.store, article_id)
        if was_open:
            self.close()

        def delete_again() -> None:
            deleted_for_good(self.store, article_id)
            if article_id == self.article_id:
                self.close()

        def put_back() -> None:
            with self.store.batch():
                self.store.restore_article(removed)
                forget_team_deletions(self.store, [article_id])

        self.record(
            f"deletion of {title_label(removed.article.title)}",
            put_back,
            delete_again,
            article_id=article_id,
            reopen_at=reopen_at,
        )
        return removed

    # -- undo ---------------------------------------------------------------------------------

    def record(
        self,
        label: str,
        undo: Callable[[], None],
        redo: Callable[[], None],
        article_id: str | None = None,
        reopen_at: int | None = None,
        about: str | None = None,
    ) -> None:
        """Put a change on the one undo stack (entity corrections are made elsewhere);
        ``article_id``: the article whose list row it takes away or brings back;
        ``reopen_at``: where its reader was, when the change closed it; ``about``: an
        article it changes besides those two and the open one."""
        touches = frozenset(a for a in (self.article_id, article_id, about) if a is not None)
        self.undo_stack.record(label, undo, redo, article_id, reopen_at, touches)
        self.reload_highlights()

    def undo(self) -> Change | None:
        """Undo the most recent change, whatever its kind (None when there is none)."""
        change = self.undo_stack.undo()
        if change is not None:
            self.reload_highlights()
        return change

    def redo(self) -> Change | None:
        """Make the most recently undone change again (None when there is none)."""
        change = self.undo_stack.redo()
        if change is not None:
            self.reload_highlights()
        return change
