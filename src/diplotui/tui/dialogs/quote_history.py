"""The quote history: every copied quote, newest first, ready to copy again."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from diplotui.layout import one_line
from diplotui.model import QuoteRecord, local_minute
from diplotui.store import Store
from diplotui.tui.dialogs.dialog import Dialog, close_keys
from diplotui.tui.widgets.choices import ChoiceList

QUOTE_CELLS = 200
CITATION_CELLS = 400


def _prompt(record: QuoteRecord) -> Text:
    first, _, rest = record.text.partition("\n")
    # a Markdown quote's empty ">" lines, joined into the citation's line, read "> > —"
    rest = " ".join(line for line in rest.splitlines() if line.strip() != ">")
    text = Text(one_line(first, QUOTE_CELLS))
    # italic, not dim: dim fell under 4.5:1 on the chosen row
    if rest.strip():
        text.append("\n" + one_line(rest, CITATION_CELLS), style="italic")
    text.append(f"\n{local_minute(record.created_at)} · {record.style}", style="italic")
    return text


class QuoteHistoryScreen(Dialog[QuoteRecord | None]):
    """Pick a quote to copy again (``enter`` or ``y``) through the same copy chain."""

    CLEARS_NOTICES = True
    CLOSE = Binding("escape,q,Q", "close", "Close")  # q: as the help closes (newsboat's back)
    BINDINGS = [CLOSE, Binding("y", "copy", "Copy again")]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._quotes = store.quotes()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog history-dialog"):
            yield Label(f"Quote history ({len(self._quotes):,})", classes="dialog-title")
            options = [Option(_prompt(q), id=q.id) for q in self._quotes]
            yield ChoiceList(*options, id="quote-history")
            if not self._quotes:
                yield Label("Nothing copied yet: y in the reader copies a quote.")
            closing = f"{close_keys(self.app, self.CLOSE)}: close"
            yield Label(f"enter/y: copy again · {closing}", classes="dialog-help")

    def _chosen(self, option_id: str | None) -> None:
        record = next((q for q in self._quotes if q.id == option_id), None)
        if record is not None:
            self.dismiss(record)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._chosen(event.option.id)

    def action_copy(self) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is not None:
            self._chosen(listing.get_option_at_index(listing.highlighted).id)

    def action_close(self) -> None:
        self.dismiss(None)
