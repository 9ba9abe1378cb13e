"""The main screen: article list, reader and sidebar; the one place the UI writes to the store."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen

from diplotui.inert import inert_line
from diplotui.library import LibraryQuery
from diplotui.library.snapshot import ListSnapshot
from diplotui.library.view import LAST_ARTICLE_SETTING
from diplotui.model import Article, EntitySpan
from diplotui.session import AnnotationSession, title_label
from diplotui.store import ArticleUnreadable, Store, StoreError
from diplotui.tags import TagError, parse_tags
from diplotui.tui.controllers.entities import EntityActions
from diplotui.tui.controllers.find import FindActions
from diplotui.tui.controllers.library import LibraryActions, title_library
from diplotui.tui.controllers.quotes import QuoteActions
from diplotui.tui.controllers.reading import ReadingActions
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
    ReadingActions,
    LibraryActions,
    QuoteActions,
    EntityActions,
    FindActions,
    StatementActions,
    Screen[None],
):
    """Three panes; keys act on the open article, or on the selected one in the list."""

    BINDINGS = [
        Binding("tab", "app.focus_next", "Next pane", show=False),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False),
        Binding("t", "add_tags", "Tag"),
        Binding("T", "remove_tag", "Untag"),
        Binding("D", "delete_article", "Delete article", show=False),
        Binding("left_square_bracket", "toggle_pane('library')", "List", key_display="["),
        Binding("right_square_bracket", "toggle_pane('sidebar')", "Sidebar", key_display="]"),
        *LIBRARY_SCREEN_KEYS,
        *QUOTE_SCREEN_KEYS,
        *STATEMENT_SCREEN_KEYS,
    ]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-normal"), (170, "-wide")]

    store: Store
    session: AnnotationSession

    def __init__(self, store: Store | None, snapshot: ListSnapshot | None = None) -> None:
        """Without a store, the screen first shows ``snapshot`` and asks the app for the store
        once that is on the terminal."""
        super().__init__()
        if store is not None:
            self._use_store(store)
        self._deferred = store is None
        self._snapshot = snapshot
        self.entity_mentions: dict[tuple[str, str], list[EntitySpan]] = {}
        self.known_entity_names: set[str] = set()

    def _use_store(self, store: Store) -> None:
        self.store = store
        self.session = AnnotationSession(store)

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
            self._use_store(store)
            self._show_store()
        app.release_input()

    def _show_store(self) -> None:
        """Fill the panes from the store: the list, and the article open when the app quit,
        whose row is then the selected one, so list keys act on what the reader shows."""
        self.refresh_library()
        last = self.store.setting(LAST_ARTICLE_SETTING)
        if last and last in {a.id for a in self.store.articles()}:
            self.open_article(last)
            self.library.select_id(last)
        else:
            self.sidebar.show_article(None)

    # -- opening ---------------------------------------------------------------------------

    @on(ArticleList.Opened)
    def open_chosen_article(self, message: ArticleList.Opened) -> None:
        self.open_article(message.article_id)
        self.reader.focus()

    @on(Reader.ArticleShown)
    def paint_shown_article(self) -> None:
        """A new article is in the reader: its highlights now, its entities from a worker."""
        self.refresh_annotations()
        self.recognise_open_article()

    @on(Sidebar.ItemChosen)
    def go_to_sidebar_item(self, message: Sidebar.ItemChosen) -> None:
        """``enter`` in the sidebar: to a highlight, or to an entity's next mention."""
        if message.item.kind == "entity":
            self.cycle_entity_item(message.item)
        else:
            self.jump_to_highlight_item(message.item)

    def open_article(self, article_id: str) -> None:
        try:
            article = self.session.open(article_id)
        except ArticleUnreadable as error:
            self.session.close()
            self.reader.show_unreadable("Text unreadable: see 'diplotui doctor'.")
            self.notify(str(error), severity="error", markup=False)
            return
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.read_on_opening(article)
        self.reader.show(article_id, self.session.text, self.session.cursor)
        self.sidebar.show_article(article)
        library = self.library
        library.open_id = article_id
        library.refresh()
        self.sub_title = inert_line(article.title)
        self.remember(LAST_ARTICLE_SETTING, article_id)

    # -- the article a list key acts on ------------------------------------------------------

    def target_article(self) -> Article | None:
        """The article whose row is selected in the list when the list has focus, else the
        open one (or the selected row when none is open)."""
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

    def _article_changed(self, article_id: str) -> None:
        """Show an article's new tags or note in its row and, if it is open, the sidebar."""
        try:
            self.refresh_article(self.store.article(article_id))
        except StoreError:
            self.refresh_library()

    # -- tags ------------------------------------------------------------------------------

    def action_add_tags(self) -> None:
        article = self.target_article()
        if article is None or not self.writable():
            return
        label = title_label(article.title)

        def save(answer: list[str] | None) -> bool:
            if not answer:
                return True
            try:
                tags = parse_tags(answer)
                self.session.add_article_tags(article.id, tags)
            except (TagError, StoreError) as error:
                self.notify(str(error), severity="error", markup=False)
                return False
            self._article_changed(article.id)
            shown = " ".join(f"#{tag}" for tag in tags)
            self.notify(f"Tagged {label}: {shown}.", markup=False, timeout=3)
            return True

        from diplotui.tui.dialogs.tags import AddTagsScreen  # dialogs load when first opened

        known = sorted(self.store.tag_counts())
        self.app.push_screen(AddTagsScreen(label, known, save))

    def action_remove_tag(self) -> None:
        article = self.target_article()
        if article is None or not self.writable():
            return
        label = title_label(article.title)
        if not article.tags:
            self.notify(f"{label} has no tags.", markup=False)
            return

        def remove(tag: str | None) -> None:
            if tag is None:
                return
            try:
                self.session.remove_article_tag(article.id, tag)
            except StoreError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            self._article_changed(article.id)
            self.notify(f"Untagged {label}: #{inert_line(tag)}.", markup=False, timeout=3)

        from diplotui.tui.dialogs.tags import RemoveTagScreen

        self.app.push_screen(RemoveTagScreen(label, article.tags), remove)

    # -- deleting and undoing --------------------------------------------------------------

    def action_delete_article(self) -> None:
        """``D``: delete the article the list keys act on, after asking; ``u`` brings it back."""
        article = self.target_article()
        if article is None or not self.writable():
            return
        label = title_label(article.title)
        detail = f"{what_goes_with(article, len(self.store.highlights(article.id)))} u undoes."

        def delete(confirmed: bool | None) -> None:
            if not confirmed:
                return
            was_open = article.id == self.reader.article_id
            try:
                removed = self.session.delete_article(article.id)
            except StoreError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            if was_open:
                self.show_nothing()
            self.refresh_library()
            gone = plural(len(removed.highlights), "highlight")
            self.notify(f"Deleted {label} with {gone}: u undoes.", markup=False, timeout=4)

        from diplotui.tui.dialogs.confirm import ConfirmScreen

        self.app.push_screen(ConfirmScreen(f"Delete {label}?", "Delete", detail), delete)

    def show_nothing(self) -> None:
        """No article open (the open one was deleted)."""
        self.reader.show(None, "")
        self.sidebar.show_article(None)
        self.library.open_id = None
        self.sub_title = ""
        self.remember(LAST_ARTICLE_SETTING, None)

    def after_undo(self) -> None:
        self.refresh_library()
        open_id = self.reader.article_id
        if open_id:
            self._article_changed(open_id)
            self.refresh_annotations(changed=True)

    # -- layout ----------------------------------------------------------------------------

    def action_toggle_pane(self, pane: str) -> None:
        """Show or hide the list or the sidebar (the sidebar starts hidden on narrow screens)."""
        self.toggle_class(f"-show-{pane}" if self.has_class("-narrow") else f"-hide-{pane}")


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def what_goes_with(article: Article, highlights: int) -> str:
    """What deleting an article also deletes, in words."""
    parts = [plural(highlights, "highlight")] if highlights else []
    if article.note:
        parts.append("its note")
    if not parts:
        return "It has no annotations."
    verb = "go" if len(parts) > 1 or highlights > 1 else "goes"
    return f"Its {' and '.join(parts)} {verb} with it."
