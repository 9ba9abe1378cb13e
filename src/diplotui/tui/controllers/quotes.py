"""Quotes: copy a passage with its citation, cycle the citation style, shorten, quote history."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from diplotui.model import QuoteRecord
from diplotui.session import Target, copied_label, said_label, title_label
from diplotui.session.annotations import fit_in_rows
from diplotui.store import StoreError
from diplotui.tui.controllers.base import Controller
from diplotui.tui.store_writes import write_on_ui_thread

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from diplotui.clipboard import CopyResult
    from diplotui.tui.screens.main import MainScreen

SHORTEN_SETTING = "quote_shorten"


class QuoteActions(Controller):
    """Copying quotes through the one copy chain, and how they are cited."""

    def __init__(self, screen: MainScreen) -> None:
        super().__init__(screen)
        # why copies went no further (no clipboard tool, tmux's setting), each said once a
        # session: repeated on every copy, the notice took three rows over the reader's edge
        self.whys_said: set[str] = set()

    def cite_style(self) -> str:
        """The remembered citation style (the first one if the store holds none or a bad one)."""
        from diplotui import cite  # its patterns cost start-up time: loaded with the first quote

        style = self.store.setting(cite.STYLE_SETTING, cite.DEFAULT_STYLE)
        return style if isinstance(style, str) and style in cite.STYLES else cite.DEFAULT_STYLE

    def shorten_quotes(self) -> bool:
        return bool(self.store.setting(SHORTEN_SETTING, False))

    def copy_quote(self) -> None:
        """Copy the target (selection, highlight, statement or sentence) with its citation."""
        session = self.session
        if not session.article_id:
            self.notify("Open an article first: there is nothing to quote.", markup=False)
            return
        target = session.target(self.cursor_statement())
        if self.sentence_before_statements(target, "y", "Copying", self.copy_quote):
            return
        try:
            article = self.store.article(session.article_id)
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        text = session.quoted_text(target)
        if not text.strip():
            self.notify("Nothing to quote here.", markup=False)
            return
        style = self.cite_style()
        speaker, role = self.target_speaker(target)
        direct, verb, cut, colon_verb = True, "", False, "said"
        if speaker:
            # a highlight's words are its own; a selection's, its speaker's statements'
            spoken = [] if target.highlight else self.spoken(target.start, target.end)
            text, said = session.said_text(target, spoken)
            direct, verb, cut = said.direct, said.verb, said.cut
            colon_verb = self.colon_verb(target)
        from diplotui.cite import format_quote

        quoted = format_quote(
            text,
            article,
            style,
            shorten=self.shorten_quotes(),
            speaker=speaker,
            role=role,
            reported=not direct,
            verb=verb,
            cut=cut,
            colon_verb=colon_verb,
        )
        highlight_id = target.highlight.id if target.highlight else ""
        what = said_label(text, direct, speaker, verb, cut, colon_verb)  # as the copy gives them
        self.copy_text(quoted, style, article.id, highlight_id, what=what)

    def colon_verb(self, target: Target) -> str:
        """The verb a copy of the target's paraphrase puts before a colon when no verb of the
        reporter's leads its words: that of the statement its words are of, a highlight's as
        a statement's, as the reader's label, the sidebar and the brief name it ("added" for
        "adding on Tuesday that ...": ``said.colon_verb``)."""
        from diplotui.statements.said import colon_verb

        return colon_verb(self.reader.statement_of(target.start, target.end))

    def target_speaker(self, target: Target) -> tuple[str, str]:
        """(speaker, role) when the target is a statement: a highlight's speaker, as the
        sidebar names it (the finder's answer now, when the speaker is the finder's), else
        the statement the reader found there."""
        if target.highlight is not None and target.highlight.speaker:
            spoken = self.spoken_now([target.highlight])[0][0]
            return spoken.speaker, spoken.speaker_role
        statement = self.reader.statement_of(target.start, target.end)
        return (statement.speaker, statement.role) if statement else ("", "")

    def copy_text(
        self,
        text: str,
        style: str,
        article_id: str = "",
        highlight_id: str = "",
        *,
        what: str,
    ) -> None:
        """Send ``text`` through the copy chain off the UI thread (a clipboard tool may hang);
        ``what`` names the quote in the notification."""
        self.run_in_thread(
            self._copy,
            text,
            style,
            article_id,
            highlight_id,
            what,
            group="copy",
            exclusive=True,
            writes=True,
        )

    def _copy(self, text: str, style: str, article_id: str, highlight_id: str, what: str) -> None:
        from diplotui.clipboard import copy_quote  # loads pyperclip: not before the first paint

        app = self.app

        def osc52(payload: str) -> None:
            app.call_from_thread(app.copy_to_clipboard, payload)

        def save_quote(record: QuoteRecord) -> None:
            write_on_ui_thread(app, lambda: self.store.add_quote(record))

        result = copy_quote(
            self.store,
            text,
            style=style,
            article_id=article_id,
            highlight_id=highlight_id,
            osc52=osc52,
            save_quote=save_quote,
        )
        app.call_from_thread(self.report_copy, result, what, style)

    def report_copy(self, result: CopyResult, what: str, style: str) -> None:
        """Say truthfully where the quote went, which quote it was and cited how."""
        severity: SeverityLevel = (
            "information" if result.copied else "warning" if result.saved else "error"
        )
        if result.why and result.why not in self.whys_said:
            self.whys_said.add(result.why)
            # the passage's label gives way to the reason, in two rows at most
            said = fit_in_rows(
                "", what, f" ({style}) {result.message}", columns=self.notice_columns()
            )
        else:
            said = self.one_row("", what, f" ({style}) {result.said_again}")
        self.notify(said, severity=severity, markup=False)

    def cycle_style(self) -> None:
        """Switch to the next citation style and remember it."""
        from diplotui.cite import STYLE_SETTING, next_style

        style = next_style(self.cite_style())
        self.screen.remember(STYLE_SETTING, style)
        self.notify(f"Citation style: {style}.", markup=False)

    def toggle_shorten(self) -> None:
        """Shorten long quotes to their first and last sentences, or stop doing so; the
        notice says how long a quote it cuts, or a shorter one copied whole looks like a key
        that did nothing."""
        from diplotui.cite import SHORTEN_BUDGET

        shorten = not self.shorten_quotes()
        self.screen.remember(SHORTEN_SETTING, shorten)
        said = (
            f"Quotes over {SHORTEN_BUDGET} characters are shortened to their first and last"
            " sentences."
        )
        self.notify(said if shorten else "Quotes are copied whole.", markup=False)

    def quote_history(self) -> None:
        """Show the quotes copied so far; ``enter`` copies one again."""
        from diplotui.tui.dialogs.quote_history import QuoteHistoryScreen

        def recopy(record: QuoteRecord | None) -> None:
            if record is not None:
                self.copy_text(
                    record.text,
                    record.style,
                    record.article_id,
                    record.highlight_id,
                    what=copied_label(record.text),
                )

        self.app.push_screen(QuoteHistoryScreen(self.store), recopy)

    def edit_metadata(self) -> None:
        """Edit the title, source, date, URL and author the citations are built from."""
        from diplotui.ingest.update import correct_details
        from diplotui.tui.dialogs.metadata import MetadataScreen

        article = self.screen.target_article()
        if article is None or not self.screen.writable():
            return

        def save(changes: dict[str, object] | None) -> bool:
            if not changes:
                return True
            store = self.store
            try:
                before = store.article(article.id)
                updated = correct_details(store, before, changes)
            except StoreError as error:
                self.notify(str(error), severity="error", markup=False)
                return False
            was = {name: getattr(before, name) for name in (*changes, "edited")}
            now = {name: getattr(updated, name) for name in was}

            def put(values: dict[str, object]) -> None:
                store.with_updates(store.article(article.id), **values)

            # ctrl+z puts the details back (a title mistyped over the real one said "Nothing
            # to undo")
            label = f"the details of {title_label(updated.title)}"
            self.session.record(label, lambda: put(was), lambda: put(now), about=article.id)
            self.screen.library_actions.refresh_article(updated)
            self.screen.library_actions.refresh_library()
            said = f"Saved the details of {title_label(updated.title)}: ctrl+z undoes."
            self.notify(said, markup=False)
            return True

        self.app.push_screen(MetadataScreen(article, save))

    def export(self) -> None:
        """Export the article list keys act on, or every article the list shows, to a file."""
        from diplotui.export import FORMATS, PLACE_SETTING, ExportPlace, place_offered
        from diplotui.tui.dialogs.export import ExportScreen

        article = self.screen.target_article()
        article_id, title = (article.id, article.title) if article else (None, "")
        shown = list(self.library.row_ids)
        default = ExportPlace(Path.cwd(), FORMATS[0])
        place, said = place_offered(self.store.setting(PLACE_SETTING), default)

        def remember(written: ExportPlace | None) -> None:
            if written is not None:
                self.screen.remember(PLACE_SETTING, written.saved())

        dialog = ExportScreen(self.store, article_id, title, shown, place, said)
        self.app.push_screen(dialog, remember)
