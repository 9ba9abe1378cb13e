"""The Statements view: who said what across the library, newest first, filtered as you type.

The rows come from a ``StatementIndex`` built in a worker from the statement cache, so opening
the view and each keystroke only filter rows already in memory. ``enter`` on a statement opens
its article there; ``enter`` on a speaker narrows the list to that speaker.

The view covers the whole screen and is opaque, so opening it draws nothing beneath (a modal
dialog re-renders the dimmed main screen: about 100 ms of CPU at 120x40); the app keeps it
installed, so a later ``W`` shows it again as it was left, without building it anew.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.screen import Screen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from diplotui.dates import date_shown
from diplotui.inert import inert_line
from diplotui.layout import listed_name, name_rows, one_line
from diplotui.library.query import LibraryQuery, QueryError
from diplotui.library.speaker_names import places_ready, read_places
from diplotui.library.statement_lines import Said, said_in
from diplotui.library.statements import (
    LibraryStatement,
    StatementIndex,
    StatementQuery,
    archived_articles,
    date_label,
    listed_speaker,
    narrowed_to,
    said_as_stored,
    said_row,
    speaker_of,
    still_placed,
    undated_statements,
)
from diplotui.statements.when import said_date
from diplotui.text.plural import plural
from diplotui.tui.dialogs.dialog import Dialog, close_keys, fit_to_terminal, say_on
from diplotui.tui.notices import ended
from diplotui.tui.screens.compositor import ShownOnlyCompositor
from diplotui.tui.widgets.article_list import BRING_ARTICLES
from diplotui.tui.widgets.choices import ChoiceList
from diplotui.tui.widgets.fields import EditField, paste_refused

if TYPE_CHECKING:
    from diplotui.library.timeline import TimelineDates
    from diplotui.model import Article, Statement
    from diplotui.store import Store

ORDER_SAID = " · newest first"
"""The title's word on the order, every listing's: the part it drops when too long for its row."""


def fitted_title(title: str, width: int) -> str:
    """``title`` for a row of ``width`` cells: too long, without " · newest first", the order
    of every listing, rather than cut at its end (at 80 columns "· since 2026-07-01 · 1,278
    undated s…" lost the count of the statements its dates left out, "finding statements in
    199 more articl…" the progress); what still does not fit wraps (``#statements-title``)."""
    if 0 < width < len(title):
        return title.replace(ORDER_SAID, "", 1)
    return title


SHORT_BELOW = 32
"""Rows under which the view is ``-short`` (see ``_fit``)."""
NARROW_BELOW = 100
"""Columns under which the view is ``-narrow``."""
KEYS = "type to filter · enter: open · y: copy · L: timeline · tab: pane · {close}: close"
"""The key line while the statements' pane has the focus, ``close`` the keys that close the
view."""
KEYS_MIDDLE = "enter: open · y: copy · L: timeline · tab: pane · {close}: close"
"""The key line from 80 to ``NARROW_BELOW`` columns: the short one left ``L`` and ``tab``
unsaid at 80x24, with room for both on its one row."""
KEYS_NARROW = "enter: open · y: copy · {close}: close"
KEYS_NARROW_BELOW = 80
"""Columns under which the key line is the shortest, on one row of a 40-column terminal."""
SPEAKER_KEYS = "type to filter · enter: only theirs · L: timeline · tab: pane · {close}: close"
"""The key line while the speakers' pane has the focus: there ``enter`` lists the speaker's
statements and ``y`` copies nothing (it says to go to the statements), and the statements'
line said "enter: open · y: copy"."""
SPEAKER_KEYS_MIDDLE = "enter: only theirs · L: timeline · tab: pane · {close}: close"
SPEAKER_KEYS_NARROW = "enter: only theirs · {close}: close"
FILTER_KEYS = "typing filters · enter: to the results · tab: pane · {close}: close"
"""The key line while the filter has the focus, at 80 columns and more: there ``j``, ``k``,
``y``, ``L`` and ``q`` are letters typed, and the panes' line named them as keys; ``close``
the view's closing keys that are not typed (``esc``), from its binding as the panes' line."""
FILTER_KEYS_NARROW = "typing filters · enter: results"
PAGE = 12  # statements put in the list at once (more than a screenful at 120x40)
SPEAKERS_PAGE = 30
NEAR_END = 4  # the next page is added when the highlight comes this close to the last row
MOST_ROWS = 10 * PAGE  # rows put above the list's first leave out its last beyond these
QUOTE_CHARS = 220
TITLE_CHARS = 90
SOURCE_CHARS = 40

Opened = tuple[str, int, int]  # article id, statement start, end


class OpensTimeline(Protocol):
    """``L``: opens ``name``'s timeline over the view, ``then`` taking the entry chosen, its
    entries kept to the ``dates`` the view's filter asks (``since:July``)."""

    def __call__(
        self,
        name: str,
        then: Callable[[Opened | None], None] | None = None,
        hint: str = "",
        dates: TimelineDates | None = None,
    ) -> None: ...


MOVED = (
    "Its article's text changed since this list was made: the list is being read again "
    "(W again if it is not)."
)
Details = tuple[str, str, str]  # what a row shows of its article: title, date, source
_PANES = ("statements-speakers", "statements-list")
"""The view's panes, left to right: where ``tab`` goes, ``y`` acts (or says where it does)
and ``L`` acts."""
_FILTER_EDITS: dict[str, Callable[[Input], None]] = {
    "backspace": Input.action_delete_left,
    "ctrl+w": Input.action_delete_left_word,
    "ctrl+u": Input.action_delete_left_all,
}
"""The filter's keys that erase, pressed in a pane: they erase at the filter's end, as a
letter typed there goes on its end."""


def _details(article: Article) -> Details:
    return (article.title, date_shown(article.date, article.date_is_guess), article.source)


def _row(
    statement: Statement,
    article: Article,
    said: Said,
    names: Mapping[str, str],
    roles: Mapping[tuple[str, str], str],
) -> Text:
    """A statement's row: its speaker (in their one name, ``names``: as the speakers' pane
    lists them, with their role in its one form, ``roles``) and words (``said``: in
    quotation marks or not as ``y`` copies them), then the day it was made (its article's,
    marked so, where nothing else dates it: as a timeline shows it), the outlet and title."""
    text = Text()  # a base style would run on into the words and the details line
    label, words = said_row(statement, said, one_line(said.words, QUOTE_CHARS), names, roles)
    text.append(inert_line(label), style="bold")
    text.append(words)
    date = date_label(*said_date(statement, article), article)
    # as reported by whom: the outlet before the title, which is cut to fit
    outlet = f"{one_line(article.source, SOURCE_CHARS)} · " if article.source else ""
    # italic, not dim: dim fell under 4.5:1 on a highlighted row
    text.append(f"\n{date} · {outlet}{one_line(article.title, TITLE_CHARS)}", style="italic")
    return text


WRAP_INDENT = 2
"""Cells a speaker's name's rows after its first are indented by."""
NAME_ROWS_BELOW = 16
"""Cells of a speaker's name column under which a name takes two rows at most
(``layout.name_rows``): at 40 columns a name took five."""


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    """A speaker's row: the name, wrapped between its words in its own column, the rows after
    its first indented (``WRAP_INDENT``: where one speaker ends and the next begins is seen
    without a count to mark it), and its count kept on the name's first row (at 80 columns
    "×1" wrapped onto a row of its own), at the pane's right edge on every row: after a
    short name but at the edge after a wrapped one, the counts stood in two places; one
    statement has no count: "×1" beside most of a big library's names said nothing. Laid
    out at the width it is drawn at: in a narrow pane (a column under ``NAME_ROWS_BELOW``)
    on two rows at most, the second as wide as the pane, the surname kept."""

    name: str
    count: int

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        count = f"×{self.count:,}" if self.count > 1 else ""  # one statement needs no count
        column = max(width - cell_len(count) - 1, 1) if count else width
        # the rows after the first run under the count too; narrow as with a count, or a
        # name of one statement took as many rows as its words
        narrow = width - cell_len(f" ×{self.count:,}") < NAME_ROWS_BELOW
        name = inert_line(listed_name(self.name))
        then = max((width if narrow else column) - WRAP_INDENT, 1)
        rows = name_rows(name, column, 2 if narrow else 0, then)
        indent = " " * WRAP_INDENT
        lines = [rows[0]] + [f"{indent}{row}" for row in rows[1:]]
        lines = [f"{line}{' ' * (width - cell_len(line))}" for line in lines]
        if count:
            lines[0] = f"{rows[0]}{' ' * (column - cell_len(rows[0]))} {count}"
        yield Text("\n".join(lines), no_wrap=True, overflow="crop")


def _speaker_option(entry: tuple[str, int]) -> Option:
    name, count = entry
    return Option(SpeakerRow(name, count), id=name)


def _left_out(articles: int) -> str:
    """The title's word of the articles the finder raised on: the warning naming them is a
    notice, gone in seconds, and the view then answered "No speaker's name has the words"
    of a name only they quote."""
    if not articles:
        return ""

    return f" · {plural(articles, 'article')} left out (finding failed)"


def _listed_as(item: LibraryStatement, name: str) -> bool:
    """Whether the speakers' pane lists ``item``'s speaker as ``name`` (an unnamed one with
    its organisation: :func:`listed_speaker`)."""
    return name in (item.statement.speaker, listed_speaker(speaker_of(item.statement)))


def _same(item: LibraryStatement, other: LibraryStatement) -> bool:
    return (item.article.id, item.statement.start, item.statement.end) == (
        other.article.id,
        other.statement.start,
        other.statement.end,
    )


class StatementList(ChoiceList):
    """The statements' pane: it holds a window of the filtered rows (a page or a few, not
    tens of thousands), so ``end``, ``home`` and the page keys ask the view for the rows they
    go to first: on the rows loaded so far, ``end`` stopped at the last of them."""

    def _view(self) -> StatementsScreen:
        screen = self.screen
        assert isinstance(screen, StatementsScreen)
        return screen

    def action_last(self) -> None:
        self._view().show_last()

    def action_first(self) -> None:
        if self.is_mounted:  # not when made: OptionList highlights its first option then
            self._view().show_first()
        else:
            super().action_first()

    def action_page_down(self) -> None:
        # a row takes a line at least: a screenful of rows below covers the page
        self._view().load_below(self.scrollable_content_region.height)
        super().action_page_down()  # type: ignore[no-untyped-call]  # (Textual's, unannotated)

    def action_page_up(self) -> None:
        self._view().load_above(self.scrollable_content_region.height)
        super().action_page_up()  # type: ignore[no-untyped-call]


class StatementsScreen(Screen[Opened | None]):
    """Statements by speaker; type a name, or role:, org:, tag:, since:, until: terms."""

    CSS_PATH = Dialog.CSS_PATH
    CLOSE = Binding("escape,q", "close", "Close")  # q: the help's close (it quit the app)
    BINDINGS = [
        CLOSE,
        Binding("y", "copy_statement", "Copy quote"),
        Binding("L", "timeline", "Timeline"),
        Binding("tab", "next_pane", "Next pane", show=False),
        Binding("shift+tab", "previous_pane", "Previous pane", show=False),
    ]

    def __init__(
        self,
        index: StatementIndex | None,
        pending: int = 0,
        typed: str = "",
        current_store: Callable[[], Store] | None = None,
        copy: Callable[[LibraryStatement], None] | None = None,
        timeline: OpensTimeline | None = None,
    ) -> None:
        super().__init__()
        self._compositor = ShownOnlyCompositor()  # j draws the list's rows, not the panes'
        self._index = index
        self._copy = copy  # y: the statement with its citation, through the app's copy chain
        self._timeline = timeline  # L: a name's timeline over the view, and what it opens
        # tag: and since:/until: test the articles as stored now (tagged since the index)
        self._current_store = current_store
        self._pending = pending
        self._typed = typed
        self._found: list[LibraryStatement] = []  # every row passing the filter
        self._first = 0  # the place in ``_found`` of the list's first row
        self._shown: list[LibraryStatement] = []  # the rows in the list: _found from _first
        self._drawn: list[Details] = []  # the article details each shown row was drawn with
        self._speakers: list[tuple[str, int]] = []
        self._speakers_shown = 0
        self._stale = False  # the index changed while the view was not shown
        self._malformed = ""  # why the typed filter cannot be read ("" when it can)
        self._title = ""  # the title whole: :meth:`_say_title` fits it to its row
        self._seen = False  # shown once: a later ``W`` comes back where the user left it
        self._reading_places = False  # the countries an org: term may name, being read

    def compose(self) -> ComposeResult:
        # the first page is composed with the view, not set after its first frame: opening
        # then lays out and paints once
        title, found, speakers = self._filtered()
        self._title = title
        with Vertical(id="statements-view", classes="dialog"):
            # markup=False: the title repeats the typed filter ("since:[/x]" crashed the app)
            yield Label(title, id="statements-title", classes="dialog-title", markup=False)
            yield EditField(
                value=self._typed,
                placeholder="speaker name, role: org: tag: since:July until:",
                id="statements-filter",
            )
            with Horizontal(id="statements-panes"):
                yield ChoiceList(*self._first_speakers(speakers), id="statements-speakers")
                yield StatementList(*self._first_rows(found), id="statements-list")
            # the lines are set for the focus and the width (``_show_keys``)
            yield Label(classes="dialog-help", id="statements-keys")
            # below 80 columns the line above took four rows of a 12-row terminal
            yield Label(classes="dialog-help", id="statements-keys-narrow")

    def on_mount(self) -> None:
        self.query_one("#statements-list", OptionList).highlighted = 0 if self._shown else None
        self.query_one(Input).focus()

    def on_screen_resume(self) -> None:
        self._seen = True
        self._fit(self.app.size)

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size)
        self.call_after_refresh(self._say_title)  # at the title's new width

    def _say_title(self) -> None:
        """The title, as long as its row takes it (:func:`fitted_title`)."""
        label = self.query_one("#statements-title", Label)
        say_on(label, fitted_title(self._title, label.content_region.width))

    def _fit(self, size: Size) -> None:
        """The small-terminal layout up to a larger terminal than other dialogs take it: at
        80x24 the full one (the lists' borders, a field of three rows, keys on two) left the
        statements ten rows and 34 columns, about one statement in sight."""
        fit_to_terminal(self, size, SHORT_BELOW, NARROW_BELOW)
        self._show_keys(size.width)

    def _show_keys(self, width: int) -> None:
        """The key line for where the focus is, at ``width`` columns: in the filter letters
        are typed, so it says so and names no pane's keys; each pane says its own."""
        narrow = width < KEYS_NARROW_BELOW
        if self.focused is None or isinstance(self.focused, Input):
            wide = FILTER_KEYS.format(close=close_keys(self.app, self.CLOSE, in_field=True))
            short = FILTER_KEYS_NARROW if narrow else wide
        elif self.focused.id == "statements-speakers":
            close = close_keys(self.app, self.CLOSE)
            wide = SPEAKER_KEYS.format(close=close)
            short = (SPEAKER_KEYS_NARROW if narrow else SPEAKER_KEYS_MIDDLE).format(close=close)
        else:
            close = close_keys(self.app, self.CLOSE)
            wide = KEYS.format(close=close)
            short = (KEYS_NARROW if narrow else KEYS_MIDDLE).format(close=close)
        say_on(self.query_one("#statements-keys", Label), wide)
        say_on(self.query_one("#statements-keys-narrow", Label), short)

    def reopen(self, typed: str) -> None:
        """Shown again: with the filter it was left with, unless ``typed`` replaces it, and
        the focus where it was left (the list, on the statement opened from it); a view built
        ahead and never shown waits in the filter for a name. Put back in the filter every
        time, the statement read down to was left for a box whose arrow keys move its cursor."""
        if typed and typed != self._typed:
            self._set_filter(typed)  # refilters through Input.Changed
        elif self._stale:
            self._refilter()
        self._stale = False
        self._redraw_changed()
        if not self._seen or self.focused is None:
            self.query_one(Input).focus()

    def _article_now(self, item: LibraryStatement) -> Article:
        """The row's article as stored now: the index keeps each as it was when built, and
        a title, date or source corrected since (``i``) is what the row must show."""
        store = self._current_store() if self._current_store else None
        if store is None or item.article.id not in store.article_ids():
            return item.article
        return store.article(item.article.id)

    def _row(self, item: LibraryStatement, article: Article) -> Text:
        """``item``'s row: its speaker's spelling in their one name, as the speakers' pane
        names them, and their role in its one form."""
        index = self._index
        names, roles = (index.names, index.roles) if index is not None else ({}, {})
        return _row(item.statement, article, self._said(item), names, roles)

    def _said(self, item: LibraryStatement) -> Said:
        """The row's words as ``y`` copies them, read from its article's text as stored (the
        index holds no texts): a page of rows reads a dozen texts at most."""
        store = self._current_store() if self._current_store else None
        if store is None:
            return said_in(item.statement, "")
        return said_as_stored(store, item.article.id, item.statement)

    def _options(
        self, items: list[LibraryStatement], first: int, before: LibraryStatement | None = None
    ) -> list[Option | None]:
        """The rows of ``items``, the first at ``first`` of the filtered list (their ids),
        drawn from their articles as stored, under ``before`` (the list's last row, if any);
        a rule (None, the list's separator) before a row whose speaker is not the row's
        above: at 80 columns one speaker's words ran on into the next's, read as theirs."""
        options: list[Option | None] = []
        for n, item in enumerate(items, first):
            article = self._article_now(item)
            self._drawn.append(_details(article))
            if before is not None and speaker_of(before.statement) != speaker_of(item.statement):
                options.append(None)
            options.append(Option(self._row(item, article), id=str(n)))
            before = item
        return options

    def _redraw_changed(self) -> None:
        """Draw again the shown rows whose article's details changed since they were drawn
        (a page or two of rows: a look-up each)."""
        listing = self.query_one("#statements-list", OptionList)
        for n, item in enumerate(self._shown):
            article = self._article_now(item)
            if _details(article) != self._drawn[n]:
                self._drawn[n] = _details(article)
                listing.replace_option_prompt_at_index(n, self._row(item, article))

    def set_index(self, index: StatementIndex, pending: int) -> None:
        """The worker built (or grew) the index: show it with the current filter, now if the
        view is shown, else when it is shown again."""
        self._index, self._pending = index, pending
        if self.is_mounted and self.is_current:
            self._refilter(keep_place=True)
        else:
            self._stale = True

    @on(Input.Changed, "#statements-filter")
    def _typed_changed(self, event: Input.Changed) -> None:
        self._typed = event.value
        self._refilter()
        # "org:" typed: the countries are read while the country is typed
        if not self._reading_places and StatementQuery.parse(self._typed).organisation:
            self._reading_places = True
            if not places_ready():
                self._read_places()

    def _query(self) -> StatementQuery:
        """The filter typed, a country in ``org:`` read as words until the places are read."""
        return replace(StatementQuery.parse(self._typed), places_now=False)

    @work(thread=True, exclusive=True, group="statements-places")
    def _read_places(self) -> None:
        read_places()
        self.app.call_from_thread(self._places_read)

    def _places_read(self) -> None:
        """The countries are known: the org: filter typed meanwhile reads its country now."""
        if self.is_mounted and self.is_current:
            self._refilter(keep_place=True)
        else:
            self._stale = True

    def on_key(self, event: events.Key) -> None:
        """A letter typed in a pane that none of its keys takes goes on the filter, a new
        term after a space: the key line says "type to filter", and ``W`` comes back with
        the focus in the pane, where "since:2025-07" went nowhere and the "y" of
        "role:deputy" copied a statement. ``backspace``, ``ctrl+w`` and ``ctrl+u`` there
        erase at the filter's end, as they do in it (they did nothing: a letter that went
        on the filter could not be taken off from the pane), and ``/`` goes to the filter;
        each leaves the focus in the filter, as a letter does, for what is typed next."""
        field = self.query_one(Input)
        if self.focused is None or self.focused is field or event.key in self.active_bindings:
            return
        edit = _FILTER_EDITS.get(event.key)
        if edit is not None or event.key == "slash":
            event.stop()
            event.prevent_default()
            self._to_filter()
            if edit is not None:
                edit(field)
            return
        if not event.is_printable or event.character is None:
            return
        event.stop()
        event.prevent_default()
        self._add_term(event.character)

    def _to_filter(self) -> None:
        """The focus in the filter, its cursor at its end, where a letter typed in a pane
        goes and the erasing keys pressed there erase."""
        field = self.query_one(Input)
        field.cursor_position = len(field.value)
        field.focus()

    def on_paste(self, event: events.Paste) -> None:
        """A paste in a pane goes on the filter as a letter typed there does: a terminal
        delivers it as one event, not as keys, and "since:2025-07" pasted over the
        statements went nowhere. Only its first line, inert, as the field takes a paste."""
        field = self.query_one(EditField)
        if self.focused is None or self.focused is field:
            return
        event.stop()
        event.prevent_default()
        pasted = inert_line(field.pasted(event.text))
        if pasted and not paste_refused(field, field.value, pasted):
            self._add_term(pasted)

    def _add_term(self, text: str) -> None:
        """``text`` typed or pasted in a pane: on the filter, a new term after a space, and
        the focus in the filter for what follows."""
        field = self.query_one(EditField)
        typed = field.value
        joint = " " if typed and not typed[-1].isspace() and not text[0].isspace() else ""
        self._set_filter(f"{typed}{joint}{text}")
        field.focus()

    @on(Input.Submitted, "#statements-filter")
    def _to_list(self) -> None:
        self.query_one("#statements-list", OptionList).focus()

    def _filtered(self) -> tuple[str, list[LibraryStatement] | None, list[tuple[str, int]]]:
        """The title, the rows passing the typed filter and their speakers (None while the
        index is not built: the lists are then left as they are; none for a malformed filter,
        whose error the list says: the rows of the last good filter, left under it, looked
        like its answer and ``y`` copied one)."""
        self._malformed = ""
        if self._index is None:
            return "Statements · finding them in the library…", None, []
        query = self._query()
        store = self._current_store() if self._current_store else None
        try:
            found, speakers = self._index.find(query, store)
        except QueryError as error:
            self._malformed = ended(str(error))  # the core's words, ended as every notice
            return f"Statements · {self._malformed}", [], []
        undated = self._index.undated_left_out(query, store)
        pending = (
            f" · finding statements in {plural(self._pending, 'more article')}…"
            if self._pending
            else ""
        )
        title = f"Statements · {len(found):,} of {len(self._index.rows):,}{ORDER_SAID}{pending}"
        # how "since:July" was read, so a wrong reading is seen (the latest July, not 2025's)
        read = query.dates_read()
        dates_read = f" · {read}" if read else ""
        dates_left = f" · {undated_statements(undated)} left out" if undated else ""
        return title + dates_read + dates_left + _left_out(self._index.left_out), found, speakers

    def _first_rows(
        self, found: list[LibraryStatement] | None, upto: int = 0
    ) -> list[Option | None]:
        """The first page of rows, or the rows around ``upto`` so it can be highlighted (at
        ``upto - self._first`` in the list)."""
        self._found = found or []
        first = max(0, upto - PAGE)
        options = self._window(first, max(first + PAGE, upto + NEAR_END + 1))
        if found == [] and self._typed.strip():
            return [self._nothing_found()]
        if found == [] and not self._pending:
            return [self._none_in_library()]
        return options

    def _window(self, first: int, end: int) -> list[Option | None]:
        """The rows ``first`` to ``end`` of the filtered list, drawn anew: the list's options."""
        self._first = first
        self._shown = self._found[first:end]
        self._drawn = []
        return self._options(self._shown, first)

    def _listing(self) -> OptionList:
        return self.query_one("#statements-list", OptionList)

    def show_last(self) -> None:
        """``end``: the last statement of the filtered list, its rows the last page."""
        listing = self._listing()
        if self._first + len(self._shown) < len(self._found):
            listing.set_options(self._window(max(0, len(self._found) - PAGE), len(self._found)))
        if self._shown:
            listing.highlighted = len(self._shown) - 1

    def show_first(self) -> None:
        """``home``: the newest statement, its rows the first page."""
        listing = self._listing()
        if self._first:
            listing.set_options(self._window(0, PAGE))
        if self._shown:
            listing.highlighted = 0

    def load_below(self, count: int) -> None:
        """At least ``count`` rows below the highlighted one in the list (fewer at the end)."""
        at = self._listing().highlighted or 0
        self._add_below(at + count + 1 - len(self._shown))

    def load_above(self, count: int) -> None:
        """At least ``count`` rows above the highlighted one in the list (fewer at the top)."""
        at = self._listing().highlighted or 0
        self._add_above(count - at)

    def _add_below(self, count: int) -> None:
        end = self._first + len(self._shown)
        if count <= 0 or end >= len(self._found):
            return
        page = self._found[end : end + max(count, PAGE)]
        self._shown += page
        self._listing().add_options(self._options(page, end, self._found[end - 1]))
        # the rows shown live on until the filter changes: once drawn, out of the full
        # collections, whose visits of every row shown so far grew with each page
        self.call_after_refresh(gc.freeze)

    def _add_above(self, count: int) -> None:
        """``count`` rows (a page at least) put above the list's first, the highlighted row
        left where it is on the screen: the list is filled anew (its last rows left out
        beyond ``MOST_ROWS``: climbing from the end, each page cost more than the last),
        scrolled by the lines the new rows take."""
        if count <= 0 or not self._first:
            return
        listing = self._listing()
        at, scrolled = listing.highlighted, listing.scroll_y
        first = max(0, self._first - max(count, PAGE))
        added = self._first - first
        end = self._first + len(self._shown)
        kept = max(MOST_ROWS, added + (at or 0) + PAGE)  # the highlighted row and a page below
        listing.set_options(self._window(first, min(end, first + kept)))
        # where the first row of before now begins: the lines the new rows take
        moved = listing._index_to_line.get(added, 0)  # (Textual's; no public way to ask)
        listing.scroll_to(y=scrolled + moved, animate=False, immediate=True)
        listing.highlighted = None if at is None else at + added
        self.call_after_refresh(gc.freeze)

    def _none_in_library(self) -> Option:
        """Why the view lists nothing with no filter typed: its blank panes under
        "Statements · 0 of 0" read as still loading."""
        store = self._current_store() if self._current_store else None
        listed = len(LibraryQuery().apply(store)) if store is not None else 0
        archived = len(store.article_ids()) - listed if store is not None else 0
        why = f"No articles yet: esc, then {BRING_ARTICLES}"  # here a letter filters
        if listed or archived:
            left_out = f" ({archived_articles(archived)} left out)" if archived else ""
            why = (
                f"No statement in the {plural(listed, 'article')} listed{left_out}: none "
                "quotes or reports anyone by name."
            )
        return Option(Text(why, style="italic"), disabled=True)

    def _nothing_found(self) -> Option:
        """Why the filter lists nothing: blank panes gave no reason (a tag typed without
        its quotes, the words of a statement looked for in a box of names)."""
        store = self._current_store() if self._current_store else None
        # tag: asks the articles' tags; one only highlights carry is said to be one
        tags = store.tag_counts(highlights=False) if store is not None else {}
        every_tag = store.tag_counts() if store is not None else {}
        query = self._query()
        archived = len(query.archived_in_scope(store)) if store and not self._malformed else 0
        undated, unnamed, started, close, apart, as_org = None, False, [], [], [], 0
        if self._index is not None and not self._malformed:
            undated = self._index.made_without_dates(query, store)
            apart = self._index.named_apart(query, store)
            # archived articles are not indexed: a name only they hold is no misspelling
            unnamed = not archived and self._index.names_no_speaker(query)
            started = self._index.names_started(query) if unnamed else []
            close = self._index.close_speakers(query, store) if unnamed else []
            as_org = self._index.as_organisation(query, store) if unnamed and not close else 0
        why = self._malformed or query.nothing_found(
            tags, archived, undated, unnamed, started, self._pending, close, apart, as_org,
            every_tag,
        )  # fmt: skip
        return Option(Text(why, style="italic"), disabled=True)

    def _first_speakers(self, speakers: list[tuple[str, int]], upto: int = 0) -> list[Option]:
        self._speakers = speakers
        self._speakers_shown = min(max(SPEAKERS_PAGE, upto + NEAR_END + 1), len(speakers))
        return [_speaker_option(entry) for entry in speakers[: self._speakers_shown]]

    def _refilter(self, keep_place: bool = False) -> None:
        """Filter again; ``keep_place`` (the index grew as more statements were found) keeps
        the highlight on the statement and the speaker the user had moved to, which a batch
        arriving would otherwise put back on the first row, under a waiting ``enter``. A
        list the user has not moved to stays on its first row, the newest statement: kept
        there too, the first ``W`` after ``R`` opened scrolled past the new statements."""
        title, found, speakers = self._filtered()
        self._title = title
        self._say_title()
        if found is None or (found and found == self._found and speakers == self._speakers):
            return  # a letter that changed nothing (the rest of a name) redraws nothing
        listing = self.query_one("#statements-list", OptionList)
        speaker_list = self.query_one("#statements-speakers", OptionList)
        chosen = (
            self._highlighted_statement(listing) if self._moved_to(listing, keep_place) else None
        )
        at = 0
        if chosen is not None:  # else no row is looked at: a first letter leaves tens of thousands
            at = next((n for n, item in enumerate(found) if _same(item, chosen)), 0)
        listing.set_options(self._first_rows(found, at))
        listing.highlighted = at - self._first if self._shown else None
        speaker = speaker_list.highlighted if self._moved_to(speaker_list, keep_place) else None
        name = speaker_list.get_option_at_index(speaker).id if speaker is not None else None
        place = next((n for n, (named, _) in enumerate(speakers) if named == name), None)
        speaker_list.set_options(self._first_speakers(speakers, place or 0))
        if place is not None:
            speaker_list.highlighted = place

    def _moved_to(self, pane: OptionList, keep_place: bool) -> bool:
        """Whether ``pane``'s highlight is the user's choice, to keep: it has the focus or
        was moved off its first row (the first row alone is where every list starts)."""
        return keep_place and (pane.has_focus or bool(pane.highlighted))

    def _highlighted_statement(self, listing: OptionList) -> LibraryStatement | None:
        at = listing.highlighted
        return self._shown[at] if at is not None and at < len(self._shown) else None

    @on(OptionList.OptionHighlighted, "#statements-list")
    def _more_rows(self, event: OptionList.OptionHighlighted) -> None:
        """Rows are added a page at a time as the highlight nears the list's last one (or,
        after ``end``, its first): opening the view builds what a screen shows, not every
        match."""
        at = event.option_index
        self._add_below(at + NEAR_END + 1 - len(self._shown))
        self._add_above(NEAR_END - at)

    @on(OptionList.OptionHighlighted, "#statements-speakers")
    def _more_speakers(self, event: OptionList.OptionHighlighted) -> None:
        shown = self._speakers_shown
        if event.option_index >= shown - NEAR_END and shown < len(self._speakers):
            page = self._speakers[shown : shown + SPEAKERS_PAGE]
            self._speakers_shown += len(page)
            event.option_list.add_options(_speaker_option(entry) for entry in page)

    @on(OptionList.OptionSelected, "#statements-list")
    def _open(self, event: OptionList.OptionSelected) -> None:
        item = self._found[int(event.option.id or 0)]
        store = self._current_store
        if store is not None and not still_placed(store(), item.article.id, item.statement):
            self.notify(MOVED, markup=False)
            return
        self.dismiss((item.article.id, item.statement.start, item.statement.end))

    @on(events.DescendantFocus)
    def _keys_for_focus(self) -> None:
        self._show_keys(self.app.size.width)

    @on(events.DescendantFocus)
    def _highlight_first_speaker(self, event: events.DescendantFocus) -> None:
        """``tab`` to the speakers highlights the first: none was after a filter, so ``enter``
        there did nothing until an arrow key moved onto one."""
        pane = event.widget
        if (
            isinstance(pane, OptionList)
            and pane.id == "statements-speakers"
            and pane.highlighted is None
            and pane.option_count
        ):
            pane.highlighted = 0

    @on(OptionList.OptionSelected, "#statements-speakers")
    def _only_speaker(self, event: OptionList.OptionSelected) -> None:
        typed = self.query_one(Input).value
        # not Le Hoai Trung for Le Hoai, and still since July if so typed; inert: a field
        # draws its text as it is, and the stand-ins, no letters, name the same words
        self._set_filter(narrowed_to(typed, inert_line(event.option.id or "")))
        self.query_one("#statements-list", OptionList).focus()

    def _set_filter(self, text: str) -> None:
        """The filter's text replaced, the cursor after it: left where it was, what was typed
        next ("until:2025-12" after choosing a speaker) landed inside the words (`"Le Hoai
        Trung" sin until:2025-12ce:2025-07`)."""
        field = self.query_one(Input)
        field.value = text
        field.cursor_position = len(text)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``y`` copies only from the statements' pane (in the speakers' it says so), ``L``
        acts in either pane: in the filter both are letters typed."""
        if action in ("copy_statement", "timeline"):
            return self.focused is not None and self.focused.id in _PANES
        return True

    def action_copy_statement(self) -> None:
        if self.focused is not None and self.focused.id == "statements-speakers":
            # it did nothing there, and said nothing
            self.notify(
                "y copies a statement: tab goes to them (enter here lists this speaker's).",
                markup=False,
            )
            return
        item = self._highlighted_statement(self.query_one("#statements-list", OptionList))
        if item is not None and self._copy is not None:
            self._copy(item)

    def action_timeline(self) -> None:
        """``L``: the timeline of the highlighted statement's speaker (in the speakers' pane,
        of the highlighted speaker), as ``L`` on a statement in the reader opens it; it
        did nothing here, and said nothing."""
        from diplotui.library.timeline import TimelineDates, speaker_timeline

        speakers = self.query_one("#statements-speakers", OptionList)
        if self.focused is speakers:
            at = speakers.highlighted
            name = (speakers.get_option_at_index(at).id or "") if at is not None else ""
            item = next((row for row in self._found if _listed_as(row, name)), None)
            kind = item.statement.speaker_type if item is not None else ""
        else:
            item = self._highlighted_statement(self._listing())
            # an unnamed speaker as the pane lists it: "spokesperson (Ministry of ...)"
            name = listed_speaker(speaker_of(item.statement)) if item else ""
            kind = item.statement.speaker_type if item else ""
        if not name:
            self.notify("No statement here: L opens its speaker's timeline.", markup=False)
            return
        name, why = speaker_timeline(name, kind)
        if why:
            self.notify(f"{why}: L follows a person or a body.", markup=False)
        elif self._timeline is not None:  # what they said since July (tag:), if so typed here
            typed = self._query()
            dates = TimelineDates(typed.since, typed.until, typed.tag)
            self._timeline(name, self._timeline_closed, dates=dates)

    def _timeline_closed(self, opened: Opened | None) -> None:
        """An entry chosen in the timeline opens its article, this view closed under it."""
        if opened is not None:
            self.dismiss(opened)

    def action_next_pane(self) -> None:
        self._to_pane(1)

    def action_previous_pane(self) -> None:
        self._to_pane(-1)

    def _to_pane(self, step: int) -> None:
        """``tab`` / ``shift+tab``: the other pane, never the filter; from the filter, the
        speakers' (``tab``) or the statements' (``shift+tab``). ``tab`` from the statements
        went round to the filter, where the ``j`` and ``k`` pressed next were typed (a user
        whom ``W`` had brought back to the list, as it was left, and who was moving in it)."""
        panes = [self.query_one(f"#{name}", OptionList) for name in _PANES]
        focused = self.focused
        at = panes.index(focused) if isinstance(focused, OptionList) else (-1 if step > 0 else 0)
        panes[(at + step) % len(panes)].focus()

    def action_close(self) -> None:
        self.dismiss(None)
