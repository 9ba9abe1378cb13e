"""The main screen: article list, reader and sidebar; the one place the UI writes to the store."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen

from diplotui.inert import inert_line
from diplotui.library import LibraryQuery
from diplotui.library.snapshot import ListSnapshot
from diplotui.library.view import LAST_ARTICLE_SETTING
from diplotui.model import Article
from diplotui.store import ArticleUnreadable, Store, StoreError
from diplotui.tags import TagError, add_tags, parse_tags, remove_tags
from diplotui.tui.controllers.entities import EntityActions
from diplotui.tui.controllers.find import FindActions
from diplotui.tui.controllers.library import LibraryActions, title_library
from diplotui.tui.controllers.quotes import QuoteActions
from diplotui.tui.controllers.statements import StatementActions
from diplotui.tui.keys import LIBRARY_SCREEN_KEYS, QUOTE_SCREEN_KEYS, STATEMENT_SCREEN_KEYS
from diplotui.tui.widgets.article_list import ArticleList, RowSource
from diplotui.tui.widgets.footer import KeyFooter
from diplotui.tui.widgets.reader import Reader
from diplotui.tui.widgets.sidebar import Sidebar
from diplotui.tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from diplotui.tui.app import DiplotuiApp


def library_articles(store: Store) -> list[Article]:
    """The articles in the list's first order: newest first, then by title."""
    return LibraryQuery().apply(store)


class MainScreen(
    LibraryActions, QuoteActions, EntityActions, FindActions, StatementActions, Screen[None]
):
    """Three panes; keys act on the open article, or on the selected one in the list."""

    BINDINGS = [
        Binding("tab", "app.focus_next", "Next pane", show=False),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False),
        Binding("t", "add_tags", "Tag"),
        Binding("T", "remove_tag", "Untag"),
        Binding("left_square_bracket", "toggle_pane('library')", "List", key_display="["),
        Binding("right_square_bracket", "toggle_pane('sidebar')", "Sidebar", key_display="]"),
        *LIBRARY_SCREEN_KEYS,
        *QUOTE_SCREEN_KEYS,
        *STATEMENT_SCREEN_KEYS,
    ]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-normal"), (170, "-wide")]

    store: Store

    def __init__(self, store: Store | None, snapshot: ListSnapshot | None = None) -> None:
        """Without a store, the screen first shows ``snapshot`` and asks the app for the store
        once that is on the terminal."""
        super().__init__()
        if store is not None:
            self.store = store
        self._deferred = store is None
        self._snapshot = snapshot

    @property
    def library(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="panes"):
            yield ArticleList(id="library")
            yield Reader(id="reader")
            yield Sidebar(id="sidebar")

    def on_mount(self) -> None:
        self.library.border_title = "Library"
        self.reader.border_title = "Reader"
        self.sidebar.border_title = "Annotations"
        self.library.focus()
        snapshot = self._snapshot
        if not self._deferred:
            self._show_store()
        elif snapshot is not None:
            library = self.library
            library.open_id = snapshot.open_id
            library.set_rows(RowSource(snapshot.ids, snapshot.row), folders=snapshot.folders)
            title_library(library, snapshot.sort, "", (len(snapshot.ids), len(snapshot.ids)))
        self.call_after_refresh(self._complete)

    async def _complete(self) -> None:
        """After the first frame: the footer, the store if it was deferred, then the keys
        typed meanwhile (the app holds them until now)."""
        await self.mount(KeyFooter())
        self.refresh_bindings()  # the footer lists the keys of what has the focus
        app = cast("DiplotuiApp", self.app)  # this screen runs only in diplotui's app
        if self._deferred:
            store = app.open_deferred_store()
            if store is None:
                return
            self.store = store
            self._show_store()
        app.release_input()

    def _show_store(self) -> None:
        """Fill the panes from the store: the list, and the article open when the app quit."""
        self.refresh_library()
        last = self.store.setting(LAST_ARTICLE_SETTING)
        if last and last in {a.id for a in self.store.articles()}:
            self.open_article(last)
        else:
            self.sidebar.show_article(None)

    # -- opening ---------------------------------------------------------------------------

    def on_article_list_opened(self, message: ArticleList.Opened) -> None:
        self.open_article(message.article_id)
        self.reader.focus()

    def open_article(self, article_id: str) -> None:
        try:
            article = self.store.article(article_id)
            text = self.store.article_text(article_id)
        except ArticleUnreadable as error:
            self.reader.show_unreadable("Text unreadable: see 'diplotui doctor'.")
            self.notify(str(error), severity="error", markup=False)
            return
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.reader.show(article_id, text)
        self.sidebar.show_article(article)
        library = self.library
        library.open_id = article_id
        library.refresh()
        self.sub_title = inert_line(article.title)
        self.remember(LAST_ARTICLE_SETTING, article_id)

    # -- tags ------------------------------------------------------------------------------

    def target_article(self) -> Article | None:
        """The selected article when the list has focus, otherwise the open one."""
        library = self.library
        article_id = library.current_id if library.has_focus else None
        article_id = article_id or self.reader.article_id or library.current_id
        try:
            return self.store.article(article_id) if article_id else None
        except StoreError:
            return None

    def remember(self, key: str, value: object) -> None:
        """Keep a preference (last article, colour, order...) unless the store is read-only;
        a failed write (disk full, folder gone) is said in one line and the app goes on."""
        if self.store.read_only:
            return
        try:
            self.store.set_setting(key, value)
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)

    def writable(self) -> bool:
        if self.store.read_only:
            self.notify("The store is open read-only: nothing can be saved.", severity="warning")
            return False
        return True

    def action_add_tags(self) -> None:
        article = self.target_article()
        if article is None or not self.writable():
            return

        def save(answer: list[str] | None) -> bool:
            if not answer:
                return True
            try:
                tags = add_tags(article.tags, parse_tags(answer))
                self.refresh_article(self.store.with_updates(article, tags=tags))
            except (TagError, StoreError) as error:
                self.notify(str(error), severity="error", markup=False)
                return False
            return True

        from diplotui.tui.screens.tags import AddTagsScreen  # dialogs load when first opened

        known = sorted(self.store.tag_counts())
        self.app.push_screen(AddTagsScreen(inert_line(article.title), known, save))

    def action_remove_tag(self) -> None:
        article = self.target_article()
        if article is None or not self.writable():
            return
        if not article.tags:
            self.notify("This article has no tags.", markup=False)
            return

        def remove(tag: str | None) -> None:
            if tag is None:
                return
            try:
                tags = remove_tags(article.tags, [tag])
                self.refresh_article(self.store.with_updates(article, tags=tags))
            except StoreError as error:
                self.notify(str(error), severity="error", markup=False)

        from diplotui.tui.screens.tags import RemoveTagScreen

        self.app.push_screen(RemoveTagScreen(inert_line(article.title), article.tags), remove)

    # -- layout ----------------------------------------------------------------------------

    def action_toggle_pane(self, pane: str) -> None:
        """Show or hide the list or the sidebar (the sidebar starts hidden on narrow screens)."""
        self.toggle_class(f"-show-{pane}" if self.has_class("-narrow") else f"-hide-{pane}")
