"""Entities in the app: recognition in a worker, colouring, the sidebar list, corrections.

Recognition of a long article takes longer than a frame, so it runs in a thread worker and
reports back with :class:`EntitiesRecognised`; the reader shows the text at once and paints
entities when they arrive. A text longer than ``PREPARE_APART`` is prepared in a helper
process instead (``diplotui.session.prepare_helper``): its sentences too, the reader moving
over provisional units meanwhile. Corrections are saved to the store and every later
recognition (of any article) runs with them.
"""

from __future__ import annotations

import contextlib
import gc
import json
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from textual.message import Message
from textual.worker import get_current_worker

from diplotui import entities  # its modules load on first use, after the first paint
from diplotui.inert import inert_line
from diplotui.layout import words_read
from diplotui.library.priority import apart_from_terminal, lower_process
from diplotui.model import EntityCorrection, EntitySpan, Statement, new_id
from diplotui.session import quote_label
from diplotui.store import StoreError
from diplotui.store.collection import gc_paused
from diplotui.tui.controllers.base import Controller
from diplotui.tui.widgets.sidebar import EntityGroup, SidebarItem

if TYPE_CHECKING:
    from diplotui.tui.dialogs.entity_correction import CorrectionChoice
    from diplotui.tui.dialogs.speaker_correction import SpeakerChoice
    from diplotui.tui.screens.main import MainScreen


PREPARE_APART = 200_000
"""Characters beyond which an article is split into sentences, and recognised, in a helper
process: in this process a 10 MB one's splitting held the UI thread 0.3 s, and its recognition
in a thread held the interpreter lock up to 0.9 s at a time (one regular expression or string
method over the whole text), for 15-35 s. Up to here sentences split at once (5 ms) and a
thread recognises in well under a second."""


class EntitiesRecognised(Message):
    """Recognition of one article finished (possibly for an article no longer open), with
    what the screen shows of it worked out in the same worker: the mentions grouped took
    0.4 s of the UI thread for the 70,000 mentions of a 10 MB article."""

    def __init__(
        self,
        article_id: str,
        text: str,
        spans: list[EntitySpan],
        statements: list[Statement],
        mentions: dict[tuple[str, str], list[EntitySpan]],
        failed: str = "",
    ) -> None:
        super().__init__()
        self.article_id = article_id
        self.text = text
        self.spans = spans
        self.statements = statements  # found from the same spans
        self.mentions = mentions  # by (type, linking key), the corrections applied
        self.failed = failed  # the notice of why nothing was found (``prepare_helper.prepared``)
        self.groups = [
            EntityGroup(entity_type, key, _shown_name(entity_type, found), len(found))
            for (entity_type, key), found in mentions.items()
        ]


def group_mentions(
    article_id: str, spans: list[EntitySpan], corrections: Sequence[EntityCorrection]
) -> dict[tuple[str, str], list[EntitySpan]]:
    """Mentions grouped by (type, linking key), aliases from the corrections applied."""
    index = entities.EntityIndex(entities.aliases_from_corrections(corrections))
    index.add(article_id, spans)
    return index.mentions(article_id)


def _end(helpers: list[subprocess.Popen[bytes]]) -> None:
    for helper in helpers:
        with contextlib.suppress(OSError):
            helper.kill()


def _name(mentions: list[EntitySpan]) -> str:
    """The core's one naming rule, which the palette and the CLI use too."""
    return entities.display_name(entities.spellings_of(mentions))


def _shown_name(entity_type: str, mentions: list[EntitySpan]) -> str:
    """The name the sidebar lists an entity by: a person by the full name the library files
    them under ("Bui Thanh Son", not "Son", the given name a Vietnamese article calls him by
    after naming him once, nor "Baerbock"); anything else by the core's naming rule."""
    return _full_name(mentions) if entity_type == "PERSON" else _name(mentions)


def _full_name(mentions: list[EntitySpan]) -> str:
    """The fullest spelling of one entity's mentions ("Annalena Baerbock", though the article
    says "Baerbock" more often): the name the library files the entity under, where a
    surname alone is another key and finds no article."""
    spellings = entities.spellings_of(mentions)
    longest = max(len(text) for text in spellings)
    return entities.display_name({t: n for t, n in spellings.items() if len(t) == longest})


class EntityActions(Controller):
    """Colour, list, jump to and correct the entities of the open article."""

    def __init__(self, screen: MainScreen) -> None:
        super().__init__(screen)
        self.mentions: dict[tuple[str, str], list[EntitySpan]] = {}
        """The open article's mentions by (type, key); empty until recognition reports."""
        self.known_names: set[str] = set()
        """Every entity name seen this session: completion for the alias dialog."""
        self.found: list[Statement] = []
        """The open article's statements as the finder found them (the reader shows them
        with the user's speaker corrections applied)."""
        self.found_in: tuple[str, str] = ("", "")
        """The article id and text ``found`` was found in."""
        self.failed = ""
        """The notice of why ``found`` is empty when the recogniser or the finder raised."""
        self.helpers: set[subprocess.Popen[bytes]] = set()
        """The helper processes preparing an article (one, or two while one is replaced)."""
        self.closed = False  # the screen went: a helper ended then is not replaced

    def recognise_open_article(self) -> None:
        """Start recognising the open article; the sidebar says so until it is done."""
        reader = self.reader
        self.mentions.clear()
        self.sidebar.show_entities(None if reader.article_id else [])
        if reader.article_id:
            # Started after the next refresh: the thread would compete for the GIL with the
            # article's first paint.
            self.screen.call_after_refresh(
                self._start_recognising,
                reader.article_id,
                reader.text,
                reader.cursor.title,
                self.store.corrections(),
                reader.cursor.markdown,
            )

    def _start_recognising(
        self,
        article_id: str,
        text: str,
        title: str,
        corrections: list[EntityCorrection],
        markdown: bool,
    ) -> None:
        replaced = list(self.helpers)
        work = self._prepare_apart if len(text) > PREPARE_APART else self._recognise
        self.run_in_thread(
            work,
            article_id,
            text,
            title,
            corrections,
            markdown,
            group="entities",
            exclusive=True,
        )
        _end(replaced)  # their workers are cancelled: they would work on for nothing

    def _prepare_apart(
        self,
        article_id: str,
        text: str,
        title: str,
        corrections: list[EntityCorrection],
        markdown: bool,
    ) -> None:
        """In the worker: the helper process splits and recognises; this thread only waits
        for its lines and turns each (short) one into objects, leaving the interpreter lock to
        the UI thread. The helper goes when the worker is cancelled (another article opened)
        or the screen closes; should it fail, the text is recognised here as before."""
        from diplotui.library.text_cache import decoded_in_pieces

        worker = get_current_worker()
        helper = subprocess.Popen(
            [sys.executable, "-m", "diplotui.session.prepare_helper"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            **apart_from_terminal(),
        )
        lower_process(helper.pid)  # the UI thread first, when both want a core
        self.helpers.add(helper)
        spans: list[EntitySpan] = []
        statements: list[Statement] = []
        failed = ""
        done = units_taken = False
        try:
            assert helper.stdin is not None and helper.stdout is not None
            read = words_read(text, markdown)  # a Markdown article's words
            data = read.encode("utf-8", "surrogatepass")
            header = {
                "title": title,
                "corrections": [c.to_dict() for c in corrections],
                "bytes": len(data),
            }
            helper.stdin.write(json.dumps(header).encode() + b"\n" + data)
            helper.stdin.close()
            for line in helper.stdout:
                if worker.is_cancelled:
                    return
                with gc_paused():  # thousands of objects a line, no cycles: nothing to collect
                    # a line of an 8 MB article's 185,000 statements read in one json.loads
                    # held the interpreter lock, and the UI with it, for half a second
                    message = decoded_in_pieces(line, depth=2)
                    spans += [EntitySpan(*row) for row in message.get("spans", ())]
                    statements += [Statement.from_dict(d) for d in message.get("statements", ())]
                    failed = failed or str(message.get("failed") or "")
                    # out of collection before it resumes: its first visit of all made
                    # meanwhile stopped every thread as long (they live while it is open)
                    gc.freeze()
                if "units" in message:
                    units_taken = True
                    units = [(start, end) for start, end in message["units"]]
                    self.app.call_from_thread(
                        self._take_units, article_id, text, units, message["owners"]
                    )
                done = bool(message.get("done"))
        except (OSError, ValueError, TypeError):
            done = False  # a broken pipe or a garbled line: as if the helper failed
        finally:
            self.helpers.discard(helper)
            _end([helper])
            helper.wait()
        if worker.is_cancelled or self.closed:
            return
        if not done:
            if not units_taken:  # the cursor's provisional units, G waiting, replaced here
                self._split_here(article_id, text, title, markdown)
            self._recognise(article_id, text, title, corrections, markdown)
            return
        with gc_paused():
            grouped = group_mentions(article_id, spans, corrections)
        # they live as long as the article is open: full collections visiting the 70,000
        # mentions of a 10 MB one (and what else lives) took 50-170 ms, every thread stopped
        gc.freeze()
        recognised = EntitiesRecognised(article_id, text, spans, statements, grouped, failed)
        self.screen.post_message(recognised)

    def _split_here(self, article_id: str, text: str, title: str, markdown: bool) -> None:
        """(Worker thread) The text split whole in this process, the helper that splits it
        gone before it did: the reader stayed on its provisional units, and ``G`` said for
        good that the sentences were still being read."""
        from diplotui.session.cursor import ReadingCursor

        cursor = ReadingCursor.over(text, title, markdown=markdown)
        self.app.call_from_thread(
            self._take_units, article_id, text, cursor.units, cursor.unit_blocks
        )

    def _take_units(
        self, article_id: str, text: str, units: list[tuple[int, int]], owners: list[int]
    ) -> None:
        reader = self.reader
        if reader.article_id == article_id and reader.text == text:
            reader.take_units(units, owners)
            self.screen.held_keys.sentences_read()
            gc.freeze()  # its layout and sentences live on: out of the full collections

    def closing(self) -> None:
        """The screen goes: so do the helpers preparing an article (their workers end)."""
        self.closed = True
        _end(list(self.helpers))

    def _recognise(
        self,
        article_id: str,
        text: str,
        title: str,
        corrections: list[EntityCorrection],
        markdown: bool,
    ) -> None:
        """Recognise and find statements in the thread; a Markdown article is read with its
        marks as spaces (``layout.words_read``: offsets kept). Should the recogniser or
        the finder raise on the text (a bug one odd text meets), the article is shown without
        what failed, and said so (:func:`prepared`), not the app ended by the error."""
        from diplotui.session.prepare_helper import prepared

        read = words_read(text, markdown)
        spans, found, failed = prepared(read, title, corrections)
        grouped = group_mentions(article_id, spans, corrections)
        recognised = EntitiesRecognised(article_id, text, spans, found, grouped, failed)
        self.screen.post_message(recognised)

    def show_recognised(self, message: EntitiesRecognised) -> None:
        reader = self.reader
        if message.article_id != reader.article_id or message.text != reader.text:
            return
        reader.set_entities(message.spans)
        self.found, self.found_in = message.statements, (message.article_id, message.text)
        self.failed = inert_line(message.failed)
        self.show_speakers()
        if any(h.speaker for h in self.session.read_highlights):
            # listed before the statements were found: a paraphrase's verb is its statement's
            self.screen.annotation_actions.refresh_annotations()
        mentions = self.mentions
        mentions.clear()
        mentions.update(message.mentions)
        self.known_names.update(group.name for group in message.groups)
        self.sidebar.show_entities(message.groups)
        if self.failed:
            self.notify(self.failed, severity="warning", markup=False)

    def toggle_entities(self) -> None:
        """``e``: entity colours on or off, in the reader and the sidebar's legend alike."""
        shown = self.reader.toggle_entities()
        self.sidebar.set_legend_enabled(shown)
        self.notify("Entity colours on." if shown else "Entity colours off.", markup=False)

    # -- jumping and filtering -------------------------------------------------------------

    def cycle_entity_item(self, item: SidebarItem) -> None:
        """``enter`` on an entity: the next of its mentions, cycling."""
        if item.kind != "entity":
            return
        spans = self.mentions.get((item.type, item.key), [])
        if not spans:
            return
        reader = self.reader
        current = reader.mention
        position = next((i for i, s in enumerate(spans) if s == current), -1)
        reader.show_mention(spans[(position + 1) % len(spans)])

    def filter_entity(self) -> None:
        """``f`` on a sidebar entity: show only the library's articles that mention it."""
        sidebar = self.sidebar
        item = sidebar.current_item if sidebar.has_focus else None
        if item is None or item.kind != "entity":
            self.notify("Choose an entity in the sidebar first.", markup=False)
            return
        spans = self.mentions.get((item.type, item.key), [])
        if spans:
            self.screen.library_actions.apply_entity_filter(_full_name(spans))

    def name_of(self, item: SidebarItem) -> str:
        """The display name of a sidebar entity (its key before recognition reports)."""
        spans = self.mentions.get((item.type, item.key), [])
        return _shown_name(item.type, spans) if spans else item.key

    def full_name_of(self, mention: EntitySpan) -> str:
        """The fullest spelling of the entity a mention belongs to ("Penny Wong" for "Wong",
        however often the article says "Wong"): a name to look for across the library, where
        a bare surname finds other people too. The mention's text before recognition reports."""
        for spans in self.mentions.values():
            if any((s.start, s.end) == (mention.start, mention.end) for s in spans):
                return _full_name(spans)
        return mention.text

    # -- corrections -----------------------------------------------------------------------

    def show_speakers(self) -> None:
        """Show the open article's statements with its speaker corrections as stored now,
        each speaker in the one name the library lists them by, once its statements are
        indexed (the label, ``y`` and a highlight then name "Volker Türk" as ``W`` and ``L``
        do, where the article wrote "Volker Turk"); nothing before they are found."""
        from diplotui.statements.corrections import correct_statements

        reader = self.reader
        if not reader.article_id or self.found_in != (reader.article_id, reader.text):
            return
        corrections = self.store.speaker_corrections(reader.article_id or "")
        statements = correct_statements(self.found, reader.text, corrections)
        names = self.screen.statement_actions.state.names
        if names is not None:
            statements = names.named(statements)
        reader.set_statements(statements, self.failed)
        self.screen.held_keys.names_found()

    def correct_speaker(self) -> None:
        """``P``: say who said the statement under the cursor (or the selected words), or
        that it is none."""
        if not self.screen.can_annotate():
            return
        reader = self.reader
        if self.found_in != (reader.article_id, reader.text):
            self.screen.held_keys.hold("P", "Correcting the speaker", self.correct_speaker)
            return
        if reader.selection is not None:
            span = reader.selection
            statement = reader.statement_at(*span)
            if statement is not None:  # a correction is of the whole statement: the dialog
                span = (statement.start, statement.end)  # quotes all it gives the speaker
        else:
            statement = reader.statement_at(*reader.cursor_span) if reader.statements else None
            if statement is None:
                self.notify(
                    "No statement in this sentence: s goes to the next one, or select the "
                    "words (v, w, b) to give them a speaker.",
                    markup=False,
                )
                return
            span = (statement.start, statement.end)
        words = reader.text[span[0] : span[1]].strip()
        persons = [_name(found) for (kind, _), found in self.mentions.items() if kind == "PERSON"]
        persons += [s.speaker for s in reader.statements if s.speaker_type == "PERSON"]
        current = statement.speaker if statement else ""
        article_id, opened_over = reader.article_id or "", reader.text

        def save(choice: SpeakerChoice | None) -> bool:
            if choice is None:
                return True
            now = self._span_now(article_id, span, opened_over)
            return now is not None and self.save_speaker(now, self._in_full(choice))

        from diplotui.tui.dialogs.speaker_correction import SpeakerCorrectionScreen

        self.app.push_screen(SpeakerCorrectionScreen(words, current, persons, save))

    def _in_full(self, choice: SpeakerChoice) -> SpeakerChoice:
        """The typed speaker named as the article names them in full: "Baerbock" (typed, or
        completed from the sidebar's name for her) is the article's "Annalena Baerbock",
        who has a role and is one speaker in ``W``, not a second one with none."""
        typed = choice.speaker.casefold()
        for (kind, _), spans in self.mentions.items():
            if kind == "PERSON" and any(span.text.casefold() == typed for span in spans):
                return replace(choice, speaker=_full_name(spans))
        return choice

    def _span_now(
        self, article_id: str, span: tuple[int, int], opened_over: str
    ) -> tuple[int, int] | None:
        """Where the words ``P`` was pressed on are in the open text now: a refresh may have
        changed it while the dialog was open (its old offsets held other words). None, said,
        when they are gone or the new text's statements are still being found."""
        from diplotui.session import Target

        reader = self.reader
        if reader.article_id != article_id:
            now = None
        elif reader.text == opened_over:
            return span
        else:
            target = self.session.target_now(Target("selection", *span), opened_over)
            now = (target.start, target.end) if target is not None else None
        if now is None:
            self.notify(
                "Those words are gone (the text changed while the dialog was open): escape, "
                "then P on the statement again.",
                severity="warning",
                markup=False,
            )
        elif self.found_in != (article_id, reader.text):
            said = "The text changed: still finding who said what, enter again in a moment."
            self.notify(said, markup=False)
            now = None
        return now

    def save_speaker(self, span: tuple[int, int], choice: SpeakerChoice) -> bool:
        """Save a speaker correction of the statement at ``span`` (and the new speaker of its
        highlights, in the same write), show it, and put it on the undo stack; False, said,
        when the store refused it."""
        from diplotui.session.speakers import plan_speaker_change

        reader, store = self.reader, self.store
        article_id = reader.article_id or ""
        change = plan_speaker_change(
            article_id,
            reader.text,
            self.found,
            store.speaker_corrections(article_id),
            store.highlights(article_id),
            span,
            choice.speaker,
            choice.role,
        )

        def shown() -> None:
            if reader.article_id == article_id:
                self.show_speakers()
                if change.highlights_after:
                    self.screen.annotation_actions.refresh_annotations(changed=True)

        try:
            change.apply(store)
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return False

        def undo() -> None:
            change.undo(store)
            shown()

        def redo() -> None:
            change.apply(store)
            shown()

        words = quote_label(change.correction.quote)
        self.session.record(f"speaker correction of {words}", undo, redo)
        reader.clear_selection()
        shown()
        given = change.correction  # with the role the article gives them, if none was typed
        who = f"{given.speaker} ({given.role})" if given.role else given.speaker
        said = f"Said by {inert_line(who)}" if given.speaker else "No statement"
        self.notify(f"{said}: {words} (u undoes).", markup=False, timeout=3)
        return True

    def correct_entity(self) -> None:
        """``E``: correct the selected span, or the entity under the cursor."""
        if not self.screen.can_annotate():
            return
        reader = self.reader
        if reader.selection is not None:
            start, end = reader.selection
            text = reader.text[start:end].strip()
            entity_type = next(
                (s.type for s in reader.entities if (s.start, s.end) == (start, end)), ""
            )
        else:
            mention = reader.entity_at_cursor()
            if mention is None:
                self.notify(
                    "No entity in this sentence: select a span (v, w, b) to mark one.",
                    markup=False,
                )
                return
            text, entity_type = mention.text, mention.type
        if not text or "\n" in text:
            self.notify("Select a name within one paragraph.", markup=False)
            return

        def apply(choice: CorrectionChoice | None) -> None:
            if choice is not None:
                self.save_correction(text, choice)

        from diplotui.tui.dialogs.entity_correction import EntityCorrectionScreen  # on demand

        names = sorted(self.known_names)
        self.app.push_screen(EntityCorrectionScreen(text, entity_type, names), apply)

    def save_correction(self, text: str, choice: CorrectionChoice) -> None:
        """Save a correction, use it from now on, and recognise the open article again."""
        from diplotui.exchange import CorrectionRefused, cleaned_entity_correction

        typed = EntityCorrection(
            id=new_id(), kind=choice.kind, text=text, type=choice.type, canonical=choice.canonical
        )
        try:  # cleaned, or refused, as an import's or a sync's correction is
            correction = cleaned_entity_correction(typed)
        except CorrectionRefused as error:
            self.notify(f"Not corrected: {error}.", severity="error", markup=False)
            return

        def apply() -> None:
            self.store.save_correction(correction)
            if correction.kind == "alias":
                entities.register_aliases({text: correction.canonical})

        try:
            apply()
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return

        def undo() -> None:
            self.store.remove_correction(correction.id)
            entities.clear_aliases()
            entities.register_aliases(entities.aliases_from_corrections(self.store.corrections()))
            self.recognise_open_article()

        def redo() -> None:
            apply()
            self.recognise_open_article()

        self.session.record(f"entity correction of {quote_label(text)}", undo, redo)
        self.reader.clear_selection()
        self.recognise_open_article()
        verbs = {"add": "Marked", "remove": "Removed", "alias": "Linked"}
        self.notify(
            f"{verbs[choice.kind]} {quote_label(text)} in every article (u undoes).",
            markup=False,
            timeout=3,
        )
