"""The Statements view: who said what across the library, newest first, filtered as you type.

The rows come from a ``StatementIndex`` built in a worker from the statement cache, so opening
the view and each keystroke only filter rows already in memory. ``enter`` on a statement opens
its article there; ``enter`` on a speaker narrows the list to that speaker.

The view covers the whole screen and is opaque, so opening it draws nothing beneath (a modal
dialog re-renders the dimmed main screen: about 100 ms of CPU at 120x40); the app keeps it
installed, so a later ``W`` shows it again as it was left, without building it anew.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from diplotui.inert import inert_line
from diplotui.library.query import QueryError
from diplotui.library.statements import (
    LibraryStatement,
    StatementIndex,
    StatementQuery,
    speaker_label,
)
from diplotui.tui.dialogs.dialog import Dialog

SHOWN = 40  # statements put in the list (two screenfuls); the count says how many match
SPEAKERS_SHOWN = 60
QUOTE_CHARS = 220

Opened = tuple[str, int, int]  # article id, statement start, end


def _row(item: LibraryStatement) -> Text:
    statement, article = item.statement, item.article
    quote = inert_line(statement.text)
    if len(quote) > QUOTE_CHARS:
        quote = quote[: QUOTE_CHARS - 1] + "…"
    text = Text(inert_line(speaker_label(statement)), style="bold")
    text.append(f": “{quote}”")
    date = article.date or "undated"
    # italic, not dim: dim fell under 4.5:1 on a highlighted row
    text.append(f"\n{date} · {inert_line(article.title)[:90]}", style="italic")
    return text


class StatementsScreen(Screen[Opened | None]):
    """Statements by speaker; type a name, or role:, org:, tag:, since:, until: terms."""

    CSS_PATH = Dialog.CSS_PATH
    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("tab", "app.focus_next", "Next pane", show=False),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False),
    ]

    def __init__(self, index: StatementIndex | None, pending: int = 0, typed: str = "") -> None:
        super().__init__()
        self._index = index
        self._pending = pending
        self._typed = typed
        self._shown: list[LibraryStatement] = []
        self._stale = False  # the index changed while the view was not shown

    def compose(self) -> ComposeResult:
        with Vertical(id="statements-view", classes="dialog"):
            yield Label("Statements", id="statements-title", classes="dialog-title")
            yield Input(
                value=self._typed,
                placeholder="speaker name, role: org: tag: since:2025-07 until:",
                id="statements-filter",
            )
            with Horizontal(id="statements-panes"):
                yield OptionList(id="statements-speakers")
                yield OptionList(id="statements-list")
            yield Label(
                "type to filter · enter: open at the statement (on a speaker: only theirs) "
                "· tab: next pane · esc: close",
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        self._refilter()
        self.query_one(Input).focus()

    def reopen(self, typed: str) -> None:
        """Shown again: with the filter it was left with, unless ``typed`` replaces it."""
        if typed and typed != self._typed:
            self.query_one(Input).value = typed  # refilters through Input.Changed
        elif self._stale:
            self._refilter()
        self._stale = False
        self.query_one(Input).focus()

    def set_index(self, index: StatementIndex, pending: int) -> None:
        """The worker built (or grew) the index: show it with the current filter, now if the
        view is shown, else when it is shown again."""
        self._index, self._pending = index, pending
        if self.is_mounted and self.is_current:
            self._refilter()
        else:
            self._stale = True

    @on(Input.Changed, "#statements-filter")
    def _typed_changed(self, event: Input.Changed) -> None:
        self._typed = event.value
        self._refilter()

    @on(Input.Submitted, "#statements-filter")
    def _to_list(self) -> None:
        self.query_one("#statements-list", OptionList).focus()

    def _refilter(self) -> None:
        title = self.query_one("#statements-title", Label)
        listing = self.query_one("#statements-list", OptionList)
        people = self.query_one("#statements-speakers", OptionList)
        if self._index is None:
            title.update("Statements · finding them in the library…")
            return
        try:
            query = StatementQuery.parse(self._typed)
            found = self._index.select(query)
        except QueryError as error:
            title.update(f"Statements · {error}")
            return
        self._shown = found[:SHOWN]
        listing.set_options(Option(_row(item), id=str(n)) for n, item in enumerate(self._shown))
        listing.highlighted = 0 if self._shown else None
        people.set_options(
            Option(Text(f"{inert_line(name)}  ×{count}"), id=name)
            for name, count in self._index.speakers(found)[:SPEAKERS_SHOWN]
        )
        pending = (
            f" · finding statements in {self._pending:,} more articles…" if self._pending else ""
        )
        title.update(
            f"Statements · {len(found):,} of {len(self._index.rows):,} · newest first{pending}"
        )

    @on(OptionList.OptionSelected, "#statements-list")
    def _open(self, event: OptionList.OptionSelected) -> None:
        item = self._shown[int(event.option.id or 0)]
        self.dismiss((item.article.id, item.statement.start, item.statement.end))

    @on(OptionList.OptionSelected, "#statements-speakers")
    def _only_speaker(self, event: OptionList.OptionSelected) -> None:
        field = self.query_one(Input)
        field.value = event.option.id or ""
        self.query_one("#statements-list", OptionList).focus()

    def action_close(self) -> None:
        self.dismiss(None)
