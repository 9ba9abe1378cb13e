"""An entity's timeline: its statements and dated events across the library, oldest first."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from diplotui.inert import inert_line
from diplotui.layout import one_line
from diplotui.library.query import QueryError
from diplotui.library.statements import LibraryStatement, one_name, said_row
from diplotui.library.timeline import TimelineDates, TimelineEntry, date_width, entry_naming
from diplotui.text.plural import plural
from diplotui.tui.dialogs.dialog import Dialog, close_keys
from diplotui.tui.dialogs.statements import (
    QUOTE_CHARS,
    SOURCE_CHARS,
    TITLE_CHARS,
    Opened,
)
from diplotui.tui.widgets.choices import ChoiceList

_NOTHING = "No statement by {name} and no dated sentence naming {name} in the library. {hint}"
READER_HINT = (
    "In the reader, > goes to the next name (or choose one in the sidebar's Entities); then L."
)
SIDEBAR_HINT = "Choose another name in the sidebar's Entities (or > in the reader); then L."
LIST_HINT = "Choose another speaker in the list; then L."
KEYS = "enter: open the article there · y: copy · {close}: close"
KEYS_NARROW = "y: copy · {close}: close"
"""The key line under 80 columns, on one row of a 40-column terminal: the Statements view's
("enter: open · y: copy · ...") had no room there for the timeline's three closing keys, so
``enter``, which opens a row here as in every list, is said by the wider line only."""
STILL_READING = (
    "The library changed: the timeline is being read again. Press the key once it is shown."
)


def _row(
    entry: TimelineEntry,
    width: int,
    names: Mapping[str, str],
    roles: Mapping[tuple[str, str], str],
    entity: str,
) -> Text:
    """An entry's row, its date (with "?" or "(article date)") padded to ``width``, its
    speaker in their one name (``names``), their role in its one form (``roles``), its words
    as far as the ``entity`` the timeline follows at least."""
    text = Text()  # a base style would run on into the words and the title line
    text.append(f"{entry.date_label():<{width}} ", style="bold")
    if entry.statement is not None and entry.said is not None:
        said = entry.said.words
        label, words = said_row(
            entry.statement, entry.said, one_line(said, _kept(said, entity)), names, roles
        )
        text.append(inert_line(label) + words)
    else:
        text.append(one_line(entry.text, _kept(entry.text, entity)))
    # italic, not dim: dim fell under 4.5:1 on a highlighted row; as reported by whom, as
    # the Statements view's rows say it (the outlet was shown nowhere)
    article = entry.article
    outlet = f"{one_line(article.source, SOURCE_CHARS)} · " if article.source else ""
    text.append(f"\n{outlet}{one_line(article.title, TITLE_CHARS)}", style="italic")
    return text


def _kept(words: str, entity: str) -> int:
    """How much of an entry's ``words`` its row keeps: ``QUOTE_CHARS``, or as far as the
    entity's name when it comes later (cut at 220 characters, an event's timeline read "in
    the documents of the 13th National…", the event unnamed)."""
    at = words.casefold().find(entity.casefold())
    return max(QUOTE_CHARS, at + len(entity) + 1) if at >= 0 else QUOTE_CHARS


class TimelineScreen(Dialog[Opened | None]):
    """The entries arrive from a worker; ``enter`` opens the article at one."""

    CLEARS_NOTICES = True
    CLOSE = Binding("escape,q,L", "close", "Close")  # q: as the help closes (newsboat's back)
    BINDINGS = [CLOSE, Binding("y", "copy_entry", "Copy quote")]

    def __init__(
        self,
        name: str,
        copy: Callable[[LibraryStatement], None] | None = None,
        hint: str = LIST_HINT,
        dates: TimelineDates | None = None,
    ) -> None:
        super().__init__()
        self.entity_name = name
        # the Statements view's since:/until:, kept: L there on what was said since July
        # listed every entry of the speaker's, the dates typed dropped unsaid
        self.dates = dates or TimelineDates()
        self._hint = hint  # how to choose another name where L was pressed, if none is found
        self._entries: list[TimelineEntry] = []
        self._copy = copy  # y: a statement with its citation, through the app's copy chain
        self._read_again = False  # the library changed: the entries shown wait for new ones

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog statements-dialog"):
            yield Label(
                f"Timeline of {inert_line(self.entity_name)} · reading the library…",
                id="timeline-title",
                classes="dialog-title",
                markup=False,  # an entity's name is the article's text
            )
            yield ChoiceList(id="timeline-list")
            close = close_keys(self.app, self.CLOSE)
            yield Label(KEYS.format(close=close), classes="dialog-help", id="timeline-keys")
            # below 80 columns the line above took two rows of a 12-row terminal's four
            yield Label(
                KEYS_NARROW.format(close=close), classes="dialog-help", id="timeline-keys-narrow"
            )

    def reading(self, done: int, total: int) -> None:
        """How far the library's reading has come: one long text can take minutes, and
        "reading the library…" alone looked hung."""
        if not self._entries:
            self.query_one("#timeline-title", Label).update(
                f"Timeline of {inert_line(self.entity_name)} · reading the library: "
                f"{done:,} of {plural(total, 'article')} read…"
            )

    def read_again(self) -> None:
        """The library changed under the entries shown (another process wrote): they stay
        shown, but ``enter`` and ``y`` wait for the new ones, which may place them anew."""
        self._read_again = True
        name = inert_line(self.entity_name)
        self.query_one("#timeline-title", Label).update(
            f"Timeline of {name} · the library changed: reading it again…"
        )

    def _waits(self) -> bool:
        """Whether a key on an entry waits for the timeline read again (said, if so)."""
        if self._read_again:
            self.notify(STILL_READING, markup=False)
        return self._read_again

    def _dates_said(self) -> str:
        """ " · since 2025-12-01" for the days the timeline keeps ("" for all of them)."""
        try:
            said = self.dates.said()
        except QueryError:  # the view refused them: nothing was listed to press L on
            return ""
        return f"{said} · " if said else ""

    def show_entries(self, entries: list[TimelineEntry], undated: int = 0) -> None:
        """Show ``entries``; ``undated``: how many the dates left out, no date placing them."""
        self._entries = entries
        self._read_again = False
        listing = self.query_one(OptionList)
        listing.clear_options()
        width = date_width(entries)
        names, roles = entry_naming(entries)
        listing.add_options(
            Option(_row(e, width, names, roles, self.entity_name), id=str(n))
            for n, e in enumerate(entries)
        )
        # the first entry highlighted: with none, enter and y did nothing until an arrow moved
        listing.highlighted = 0 if entries else None
        listing.focus()
        name = inert_line(one_name(self.entity_name, names))  # as its rows and W name them
        # the days first, after the name: at 80 columns a title ending "· since 2025-12-01"
        # was cut to "since 2025-12-…"; what the title may lose is "oldest first"
        days = self._dates_said()
        count = f"{days}{len(entries):,} entr{'y' if len(entries) == 1 else 'ies'} · oldest first"
        if undated:  # as the Statements view's title counts them
            count += f" · {undated:,} undated entr{'y' if undated == 1 else 'ies'} left out"
        if not entries:  # an empty box said nothing of why, nor what to try
            count = f"{days}nothing found"
            listing.add_option(
                Option(Text(_NOTHING.format(name=name, hint=self._hint)), disabled=True)
            )
        title = self.query_one("#timeline-title", Label)
        said = f"Timeline of {name} · {count}"
        if len(said) > title.content_region.width > 0:  # it wraps (or is cut): "oldest first",
            said = said.replace(" · oldest first", "", 1)  # the order of every timeline, goes
        title.update(said)
        self._say_keys(bool(entries))

    def _say_keys(self, on_entries: bool) -> None:
        """The key lines offer ``enter`` and ``y`` only where there is an entry for them: with
        nothing found they said "enter: open the article there · y: copy", keys that did
        nothing."""
        close = close_keys(self.app, self.CLOSE)
        wide, narrow = (KEYS, KEYS_NARROW) if on_entries else ("{close}: close",) * 2
        self.query_one("#timeline-keys", Label).update(wide.format(close=close))
        self.query_one("#timeline-keys-narrow", Label).update(narrow.format(close=close))

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        if self._waits():
            return
        entry = self._entries[int(event.option.id or 0)]
        self.dismiss((entry.article.id, entry.start, entry.end))

    def action_copy_entry(self) -> None:
        """``y``: the highlighted statement with its speaker and citation, as ``y`` copies it
        in the Statements view (it did nothing here, and said nothing); an event is the
        article's own sentence, which ``y`` in the reader cites."""
        at = self.query_one(OptionList).highlighted
        if at is None or at >= len(self._entries) or self._waits():
            return
        entry = self._entries[at]
        if entry.statement is None:
            self.notify(
                "An event is the article's own sentence: enter opens it there, where y copies "
                "it with its citation.",
                markup=False,
            )
        elif self._copy is not None:
            self._copy(LibraryStatement(entry.article, entry.statement))

    def action_close(self) -> None:
        self.dismiss(None)
