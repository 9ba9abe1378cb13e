"""The three panes under a title bar, and the screen that draws the app's first frame.

With a list snapshot kept, :class:`FirstFrameScreen` draws the first frame: the list from the
snapshot, the reader and the sidebar empty, all from modules that import only Textual and the
snapshot's reader. Right after it, the app puts the main screen in its place; that screen
draws the same frame (it is a :class:`PanesScreen` too, styled by the same rules), then
imports and opens what the panes need (model, store, controllers) before any key is handled.
Importing those and styling the full panes before the first frame was a fifth of a start.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import Reactive
from textual.widget import Widget

from diplotui.tui.screens.kept_lines import KeptLinesScreen
from diplotui.tui.widgets.article_list import ArticleList, RowSource, title_library
from diplotui.tui.widgets.panes import FooterSpace, ReaderPane, SidebarPane
from diplotui.tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from diplotui.library.kept_list import ListSnapshot
    from diplotui.tui.app import DiplotuiApp


class PanesScreen(KeptLinesScreen):
    """The list, the reader and the sidebar side by side (the sidebar hidden when narrow)."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-normal"), (170, "-wide")]
    _resumed = False
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    """Textual's repaints the whole screen each time the focus moves (opening an article from
    the list, ``tab``): the two widgets' ``:focus`` styles, which Textual updates, redraw them."""

    @property
    def library(self) -> ArticleList:
        return self.query_one(ArticleList)

    def compose(self) -> ComposeResult:
        # The width class (``-narrow``...) as the first frame shows it: Textual sets it when
        # the screen is resized, after the first frame (80 columns drew the sidebar, then hid
        # it). Set before the panes mount, they are styled with it as they mount, once.
        width = self.app.size.width
        self.update_classes(
            {name: name == self._width_class(width) for _, name in self.HORIZONTAL_BREAKPOINTS},
            update=False,
        )
        yield TitleBar()
        with Horizontal(id="panes"):
            yield ArticleList(id="library")
            yield from self.reader_and_sidebar()
        yield FooterSpace()

    def reader_and_sidebar(self) -> Iterator[Widget]:
        """The widgets of the reader pane and the sidebar pane, in that order."""
        yield ReaderPane(id="reader")
        yield SidebarPane(id="sidebar")

    def dress_panes(self) -> None:
        """The panes' titles and the focus in the list, as the first frame shows them."""
        self.library.border_title = "Library"
        self.query_one("#reader").border_title = "Reader"
        self.query_one("#sidebar").border_title = "Annotations"
        self.library.focus()

    @on(events.ScreenResume)
    def _styled_as_mounted(self, event: events.ScreenResume) -> None:
        """The first resume follows the mount, where every widget was styled with the
        classes it shows: Textual's restyle of the whole screen there (a tenth of a start)
        changed nothing."""
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def _width_class(self, width: int) -> str:
        """The class of the widest breakpoint ``width`` reaches, as Textual would set it."""
        return max((at, name) for at, name in self.HORIZONTAL_BREAKPOINTS if width >= at)[1]

    def show_kept_list(self, snapshot: ListSnapshot) -> None:
        """List the snapshot's articles, saying so while it waits to be caught up."""
        library = self.library
        library.open_id = snapshot.open_id
        library.set_rows(RowSource(snapshot.ids, snapshot.row), folders=snapshot.folders)
        shown = (len(snapshot.ids), len(snapshot.ids))
        catching_up = "" if snapshot.current else " · reading changes…"
        title_library(library, snapshot.sort, "", shown, progress=catching_up)


class FirstFrameScreen(PanesScreen):
    """The first frame, drawn from the kept list snapshot; the main screen replaces it (the
    app holds the keys typed meanwhile for the main screen, none reaches this one)."""

    def __init__(self, snapshot: ListSnapshot) -> None:
        super().__init__()
        self._snapshot = snapshot

    def on_mount(self) -> None:
        self.dress_panes()
        self.show_kept_list(self._snapshot)
        self.call_after_refresh(self._hand_over)

    def _hand_over(self) -> None:
        cast("DiplotuiApp", self.app).show_main_screen(self._snapshot)
