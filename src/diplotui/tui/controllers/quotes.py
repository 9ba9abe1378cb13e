"""Quotes: copy a passage with its citation, cycle the citation style, shorten, quote history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from diplotui.layout import visible_text
from diplotui.model import QuoteRecord
from diplotui.store import StoreError

if TYPE_CHECKING:
    from types import ModuleType

    from textual.notifications import SeverityLevel

    from diplotui.clipboard import CopyResult
    from diplotui.tui.controllers.annotations import Passage
    from diplotui.tui.controllers.host import ScreenHost

    _Host = ScreenHost
else:
    _Host = object

SHORTEN_SETTING = "quote_shorten"


def _cite() -> ModuleType:
    """The citation module, loaded with the first quote: its patterns cost start-up time."""
    from diplotui import cite

    return cite


class QuoteActions(_Host):
    """Copying quotes through the one copy chain, and how they are cited."""

    def cite_style(self) -> str:
        """The remembered citation style (the first one if the store holds none or a bad one)."""
        cite = _cite()
        style = self.store.setting(cite.STYLE_SETTING, cite.DEFAULT_STYLE)
        return style if style in cite.STYLES else cite.DEFAULT_STYLE

    def shorten_quotes(self) -> bool:
        return bool(self.store.setting(SHORTEN_SETTING, False))

    def action_copy_quote(self) -> None:
        """Copy the passage under the cursor with its citation."""
        if not self.reader.article_id:
            self.notify("Open an article first: there is nothing to quote.", markup=False)
            return
        passage = self.current_passage()
        try:
            article = self.store.article(passage.article_id)
            text = visible_text(
                self.store.article_text(passage.article_id), passage.start, passage.end
            )
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        if not text.strip():
            self.notify("Nothing to quote here.", markup=False)
            return
        style = self.cite_style()
        speaker, role = self.passage_speaker(passage)
        quoted = _cite().format_quote(
            text, article, style, shorten=self.shorten_quotes(), speaker=speaker, role=role
        )
        self.copy_text(quoted, style, article.id, passage.highlight_id or "")

    def passage_speaker(self, passage: Passage) -> tuple[str, str]:
        """(speaker, role) when the passage is a statement: a highlight's stored speaker,
        else the statement the reader found there."""
        if passage.highlight_id:
            try:
                highlight = self.store.highlight(passage.highlight_id)
            except StoreError:
                highlight = None
            if highlight is not None and highlight.speaker:
                return highlight.speaker, highlight.speaker_role
        statement = self.reader.statement_at(passage.start, passage.end)
        return (statement.speaker, statement.role) if statement else ("", "")

    def copy_text(
        self, text: str, style: str, article_id: str = "", highlight_id: str = ""
    ) -> None:
        """Send ``text`` through the copy chain off the UI thread (a clipboard tool may hang)."""
        self._copy_worker(text, style, article_id, highlight_id)

    @work(thread=True, exclusive=True, group="copy")
    def _copy_worker(self, text: str, style: str, article_id: str, highlight_id: str) -> None:
        from diplotui.clipboard import copy_quote  # loads pyperclip: not before the first paint

        app = self.app

        def osc52(payload: str) -> None:
            app.call_from_thread(app.copy_to_clipboard, payload)

        result = copy_quote(
            self.store,
            text,
            style=style,
            article_id=article_id,
            highlight_id=highlight_id,
            osc52=osc52,
        )
        app.call_from_thread(self.report_copy, result)

    def report_copy(self, result: CopyResult) -> None:
        """Say truthfully where the quote went."""
        severity: SeverityLevel = (
            "information" if result.copied else "warning" if result.saved else "error"
        )
        message = result.message[:1].upper() + result.message[1:]
        self.notify(message, severity=severity, markup=False)

    def action_cycle_style(self) -> None:
        """Switch to the next citation style and remember it."""
        style = _cite().next_style(self.cite_style())
        self.remember(_cite().STYLE_SETTING, style)
        self.notify(f"Citation style: {style}", markup=False)

    def action_toggle_shorten(self) -> None:
        """Shorten long quotes to their first and last sentences, or stop doing so."""
        shorten = not self.shorten_quotes()
        self.remember(SHORTEN_SETTING, shorten)
        self.notify(
            "Long quotes are shortened" if shorten else "Quotes are copied whole", markup=False
        )

    def action_quote_history(self) -> None:
        """Show the quotes copied so far; ``enter`` copies one again."""
        from diplotui.tui.screens.quote_history import QuoteHistoryScreen

        def recopy(record: QuoteRecord | None) -> None:
            if record is not None:
                self.copy_text(record.text, record.style, record.article_id, record.highlight_id)

        self.app.push_screen(QuoteHistoryScreen(self.store), recopy)

    def action_edit_metadata(self) -> None:
        """Edit the title, source, date, URL and author the citations are built from."""
        from diplotui.tui.screens.metadata import MetadataScreen

        article = self.target_article()
        if article is None or not self.writable():
            return

        def save(changes: dict[str, object] | None) -> bool:
            if not changes:
                return True
            try:
                updated = self.store.with_updates(article, **changes)
            except StoreError as error:
                self.notify(str(error), severity="error", markup=False)
                return False
            self.refresh_article(updated)
            self.refresh_library()
            self.notify("Saved the article's details", markup=False)
            return True

        self.app.push_screen(MetadataScreen(article, save))

    def action_export(self) -> None:
        """Export the open article, or every article the list shows, to a file."""
        from diplotui.tui.screens.export import ExportScreen

        shown = list(self.library.row_ids)
        open_id = self.reader.article_id
        title = ""
        if open_id:
            try:
                title = self.store.article(open_id).title
            except StoreError:
                open_id = None
        self.app.push_screen(ExportScreen(self.store, open_id, title, shown))
