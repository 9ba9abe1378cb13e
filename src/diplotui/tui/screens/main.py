"""The main screen: article list, reader and sidebar, and thin handlers for their keys.

Each feature's behaviour and state is a controller (``tui/controllers/``), a plain object this
screen creates once; every action and message handler here is a line or two that hands the
event to one of them. The rules themselves (what a key acts on, what undo restores) live in the
headless core, :class:`~diplotui.session.AnnotationSession` above all.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, cast

from textual import events, on
from textual.binding import Binding, BindingsMap
from textual.widget import Widget
from textual.widgets import Input

from diplotui.inert import inert_line
from diplotui.library import LibraryQuery
from diplotui.library.kept_list import ListSnapshot
from diplotui.library.view import (
    LAST_ARTICLE_SETTING,
    LAST_PANE_SETTING,
    LAST_POSITION_SETTING,
    LIBRARY_PANE,
    READER_PANE,
)
from diplotui.model import AnchorStatus, Article
from diplotui.session import AnnotationSession, Target
from diplotui.session.annotations import notice_columns, notice_rows
from diplotui.store import ArticleUnreadable, Store, StoreError, store_stamp
from diplotui.text.plural import plural
from diplotui.tui.controllers.annotations import AnnotationActions
from diplotui.tui.controllers.articles import ArticleActions
from diplotui.tui.controllers.drafts import DraftActions
from diplotui.tui.controllers.entities import PREPARE_APART, EntitiesRecognised, EntityActions
from diplotui.tui.controllers.find import FindActions
from diplotui.tui.controllers.follow import FollowActions
from diplotui.tui.controllers.held import HeldKeyActions
from diplotui.tui.controllers.library import SEARCH_ID, LibraryActions
from diplotui.tui.controllers.quotes import QuoteActions
from diplotui.tui.controllers.reading import ReadingActions
from diplotui.tui.controllers.share import ShareActions
from diplotui.tui.controllers.statements import StatementActions
from diplotui.tui.keys import (
    LIBRARY_SCREEN_KEYS,
    QUOTE_SCREEN_KEYS,
    SHARE_SCREEN_KEYS,
    STATEMENT_SCREEN_KEYS,
)
from diplotui.tui.screens.panes import PanesScreen
from diplotui.tui.widgets.article_list import ArticleList, LibrarySearch, title_library
from diplotui.tui.widgets.footer import KeyFooter
from diplotui.tui.widgets.panes import HIDDEN_LIST_HINT, OPEN_HINT, FooterSpace
from diplotui.tui.widgets.reader import Reader
from diplotui.tui.widgets.sidebar import Sidebar
from diplotui.tui.widgets.title_bar import retitle

if TYPE_CHECKING:
    from textual.notifications import Notification

    from diplotui.tui.app import DiplotuiApp
    from diplotui.tui.providers import KeptListings


def library_articles(store: Store) -> list[Article]:
    """The articles in the list's first order: newest first, then by title."""
    return LibraryQuery().apply(store)


LIST_KEY_DOES = {
    "o": ("sorts the list", "Sort"),
    "f": ("filters the list", "Filter"),
    "F": ("saves the list's filter as a folder", "Save filter"),
}
"""What the list's keys do, and their palette commands: said when one is pressed in the
reader or the sidebar (``LIST_KEYS_ELSEWHERE``, ``SIDEBAR_LIST_KEYS``)."""


NOT_SAID_ELSEWHERE = {"escape"}
"""Keys a pane leaves unsaid when another binds them: ``escape`` is pressed anywhere to get out."""


ROWS_ABOVE_PANES = 2
"""The title bar and the panes' top edges (their names): rows a notice covers, nothing read.
On a narrow screen only the edges: a notice takes the whole width there, and over the title
bar a copy's notice hid the library's unread count for its seconds."""
PANE_NAMES = {"library": "list", "reader": "reader", "sidebar": "sidebar"}
"""The panes as a notice names them, by their ids."""


@cache
def pane_keys(pane: type[Widget]) -> dict[str, Binding]:
    """A pane's keys with a description, each with its last such binding (the reader's ``n``
    is Note outside a find): what the other panes say of a key of its they do not bind."""
    said: dict[str, Binding] = {}
    for key, binding in BindingsMap(pane.BINDINGS):
        if binding.description and key not in NOT_SAID_ELSEWHERE:
            said[key] = binding
    return said


@cache
def bound_keys(pane: type[Widget]) -> frozenset[str]:
    """Every key a pane binds, with a description or not."""
    return frozenset(BindingsMap(pane.BINDINGS).key_to_bindings)


class MainScreen(PanesScreen):
    """Three panes; keys act on the open article, or on the selected one in the list."""

    BINDINGS = [
        Binding("tab", "app.focus_next", "Next pane", show=False),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False),
        Binding("t", "add_tags", "Tag"),
        Binding("T", "remove_tag", "Untag"),
        Binding("D", "delete_article", "Delete article", show=False),
        Binding("ctrl+z", "undo", "Undo", show=False),
        Binding("ctrl+y", "redo", "Redo", show=False),
        Binding("left_square_bracket", "toggle_pane('library')", "List", key_display="["),
        Binding("right_square_bracket", "toggle_pane('sidebar')", "Sidebar", key_display="]"),
        *LIBRARY_SCREEN_KEYS,
        *QUOTE_SCREEN_KEYS,
        *STATEMENT_SCREEN_KEYS,
        *SHARE_SCREEN_KEYS,
    ]
    store: Store
    session: AnnotationSession
    palette_listings: KeptListings | None = None
    """What the command palette listed, kept between its openings (made by the palette)."""
    _pane = LIBRARY_PANE
    """The pane the focus was last in, kept at the quit (``LAST_PANE_SETTING``): the reader
    (the sidebar, the open article's pane, is one with it), else the list (its search field)."""

    def __init__(self, store: Store | None, snapshot: ListSnapshot | None = None) -> None:
        """Without a store, the screen first shows ``snapshot`` and asks the app for the store
        once that is on the terminal."""
        super().__init__()
        if store is not None:
            self._use_store(store)
        self._deferred = store is None
        self._snapshot = snapshot
        self._places: dict[str, tuple[int, str]] = {}
        """Where the reading cursor was left in each article read this session, with the
        text it was left in: opened again, an article opens there, as a restart opens the
        last one."""
        self.library_actions = LibraryActions(self)
        self.article_actions = ArticleActions(self)
        self.annotation_actions = AnnotationActions(self)
        self.entity_actions = EntityActions(self)
        self.quote_actions = QuoteActions(self)
        self.find_actions = FindActions(self)
        self.statement_actions = StatementActions(self)
        self.reading_actions = ReadingActions(self)
        self.share_actions = ShareActions(self)
        self.follow_actions = FollowActions(self)
        self.draft_actions = DraftActions(self)
        self.held_keys = HeldKeyActions(self)

    def _use_store(self, store: Store) -> None:
        self.store = store
        self.session = AnnotationSession(store)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    def reader_and_sidebar(self) -> Iterator[Widget]:
        yield Reader(id="reader")
        yield Sidebar(id="sidebar")

    def on_unmount(self) -> None:
        """Keep the reading cursor's place and the pane with the focus, so the next start
        reopens the article there (and end what R set going for the UI thread)."""
        self.reading_actions.closing()
        self.entity_actions.closing()
        self.draft_actions.closing()
        session = getattr(self, "session", None)  # none while a deferred store is opening
        try:
            article = session.article() if session is not None else None
        except StoreError:  # deleted meanwhile by another process
            return
        if session is not None and article is not None:  # the reader's cursor is the session's
            place = {"article": article.id, "offset": session.cursor.span[0]}
            self.remember(LAST_POSITION_SETTING, {**place, "text": article.text_hash})
            self.remember(LAST_PANE_SETTING, self._pane)

    def on_mount(self) -> None:
        self.dress_panes()
        snapshot = self._snapshot
        if not self._deferred:
            self._show_store()
        elif snapshot is not None:
            self.show_kept_list(snapshot)
        self.call_after_refresh(self._complete)

    async def _complete(self) -> None:
        """After the first frame: the footer, the store if it was deferred, then the keys
        typed meanwhile (the app holds them until now), then the background work."""
        space = self.query_one(FooterSpace)
        with self.app.batch_update():  # one layout: the footer in the space's place
            await self.mount(KeyFooter(), after=space)
            await space.remove()
        self.refresh_bindings()  # the footer lists the keys of what has the focus
        app = cast("DiplotuiApp", self.app)  # this screen runs only in diplotui's app
        if self._deferred:
            store = app.open_deferred_store()
            if store is None:
                return
            self._use_store(store)
            self._show_store(self._snapshot)
            self._snapshot = None  # a stale one holds its file's data
        app.release_input()
        self.library_actions.start_workers()
        self.statement_actions.preload_soon()
        self.follow_actions.start()

    def _show_store(self, snapshot: ListSnapshot | None = None) -> None:
        """Fill the panes from the store: the list (the ``snapshot`` drawn first, caught up
        if another process wrote since, is kept until the articles are read), and the article
        open when the app quit, whose row is then the selected one, so list keys act on what
        the reader shows."""
        app = cast("DiplotuiApp", self.app)
        now = app.snapshot_as_now(snapshot) if snapshot is not None else None
        if now is not None and now.store_stamp == store_stamp(self.store.path):
            library = self.library
            title_library(library, now.sort, "", (len(now.ids), len(now.ids)))
            self.library_actions.refresh_library_behind(now)
        else:
            self.library_actions.refresh_library()
        last = self.store.setting(LAST_ARTICLE_SETTING)
        if isinstance(last, str) and last in self.store.article_ids():  # a hand edit may not
            self.open_article(last)
            self.library.select_id(last)
            self._reopen_where_left(last)
            if self.reader.article_id == last and self.store.setting(LAST_PANE_SETTING) != (
                LIBRARY_PANE
            ):
                self.reader.focus()  # typed keys act where its cursor shows, not on the list
        else:
            self.sidebar.show_article(None)
            if app.welcome:  # a first run: said where the eye goes, not over the panes' edges
                self.reader.say_in_place(f"{app.welcome} {OPEN_HINT}")
        self.call_after_refresh(self.draft_actions.offer, self.reader.article_id, True)

    def _reopen_where_left(self, article_id: str) -> None:
        """Put the cursor back where it was when the app quit, if the text is still the same."""
        place = self.store.setting(LAST_POSITION_SETTING)
        if not isinstance(place, dict) or self.reader.article_id != article_id:
            return
        offset, text = place.get("offset"), place.get("text")
        same_text = text == self.store.article(article_id).text_hash
        if place.get("article") == article_id and same_text and isinstance(offset, int):
            self.reader.reopen_at(offset)

    def take_store(self, store: Store, texts_changed: bool) -> None:
        """Show ``store``, the library read again (a read-only app following another
        process's writes), in place of the one read before: the app, this screen and the
        session use it from now on. Its count of replaced texts continues the old one's, one
        more when a text changed (the Statements view then indexes again at its next ``W``)."""
        store.texts_replaced = self.store.texts_replaced + texts_changed
        self.store = self.session.store = store
        app = cast("DiplotuiApp", self.app)
        app.store = store
        app.watch_store_file(store)

    def show_store_changed(self, changed: set[str] | None = None) -> None:
        """Repaint what another writer may have changed (a sync, another process): the
        list's rows and counts, the open article's text when it changed (marking the old one
        would store offsets over other words), and its annotations, tags and note; the
        filter, the selection and the reading position are kept. ``changed``: the articles
        it changed, when known (the list takes in those alone)."""
        if changed is None:
            self.library_actions.refresh_library()
        else:
            self.library_actions.catch_up(changed)
        self.show_changed_text()
        article_id = self.reader.article_id
        if article_id is None:
            return
        try:
            article = self.store.article(article_id)
        except StoreError:
            return
        self.sidebar.show_article(article)
        self.annotation_actions.refresh_annotations(changed=True)

    def follow_refiled(self, refiled: Mapping[str, str]) -> str:
        """A sync filed the open article under the team's id (the same text, see
        ``Sync._take_team_ids``): the reader follows it to the same sentence, as the
        reader still naming the old id refused every key that writes ("no article with id").
        The undo history's changes to a refiled article go: undone, they would act on an id
        no article has. Returns the line that says so ("" when none went), for the sync's
        notice."""
        dropped = self.session.undo_stack.forget(refiled)
        undone = (
            f"{plural(dropped, 'change')} to an article the sync joined to the team's "
            "copy can no longer be undone."
            if dropped
            else ""
        )
        old_id = self.reader.article_id
        new_id = refiled.get(old_id or "")
        if old_id is None or new_id is None:
            return undone
        start = self.reader.cursor_span[0]
        selected = self.library.current_id == old_id
        self.open_article(new_id)
        self.reader.reopen_at(start)
        if selected:
            self.library.select_id(new_id)
        return undone

    # -- opening ---------------------------------------------------------------------------

    def place_notice(self, notice: Notification | None) -> None:
        """A notice taller than the rows above the panes it covers (the title bar and their
        top edges; on a narrow screen the edges alone) takes a line of its own under the title
        bar, the panes giving it their rows while it shows (``-tall-notice``, styles/app.tcss):
        over them, at 40x12 a copy's four rows in tmux hid the reader's first lines, the one
        under the cursor among them."""
        rows = notice_rows(notice.message, notice_columns(self.app.size.width)) if notice else 0
        covered = ROWS_ABOVE_PANES - 1 if self.has_class("-narrow") else ROWS_ABOVE_PANES
        self.set_class(rows > covered, "-tall-notice")

    @on(events.ScreenSuspend)
    @on(events.ScreenResume)
    def _footer_for_the_screen_on_top(self) -> None:
        """The footer says none of this screen's keys under the command palette."""
        for footer in self.query(KeyFooter):
            footer.follow_the_palette()

    @on(events.ScreenSuspend)
    def _drop_the_held_key_under_a_screen(self) -> None:
        """A key held for the names is dropped when a screen comes on top (the palette takes
        ctrl+p before this screen sees a key): acting under it, a held P opened the speaker
        dialog over the command palette, a held y copied under a dialog. The help changes
        nothing: the key waits for it to close."""
        from diplotui.tui.dialogs.help import HelpScreen

        if isinstance(self.app.screen, HelpScreen):
            self.held_keys.help_shown()
        else:
            self.held_keys.drop("a dialog opened")

    @on(events.ScreenResume)
    def _held_key_after_the_help(self) -> None:
        if self.held_keys.under_help:
            self.held_keys.help_closed()

    @on(ArticleList.Opened)
    def open_chosen_article(self, message: ArticleList.Opened) -> None:
        self.open_article(message.article_id)
        self.reader.focus()
        self.draft_actions.offer(self.reader.article_id)

    @on(Reader.KeyWaits)
    def hold_key(self, message: Reader.KeyWaits) -> None:
        self.held_keys.hold(message.key, message.doing, message.act, message.awaits)

    @on(Reader.ArticleShown)
    def paint_shown_article(self) -> None:
        """A new article is in the reader: its highlights now, its entities from a worker."""
        self.held_keys.article_shown()
        self.annotation_actions.refresh_annotations()
        self.entity_actions.recognise_open_article()

    @on(Sidebar.ItemChosen)
    def go_to_sidebar_item(self, message: Sidebar.ItemChosen) -> None:
        """``enter`` in the sidebar: to a highlight, or to an entity's next mention."""
        if message.item.kind == "entity":
            self.entity_actions.cycle_entity_item(message.item)
        else:
            self.annotation_actions.jump_to_highlight_item(message.item)

    @on(EntitiesRecognised)
    def paint_recognised_entities(self, message: EntitiesRecognised) -> None:
        self.entity_actions.show_recognised(message)

    def _keep_place(self) -> None:
        """Note where the cursor is in the open article, before another one is opened."""
        session = getattr(self, "session", None)  # none while a deferred store is opening
        try:
            article = session.article() if session is not None else None
        except StoreError:  # deleted meanwhile by another process
            return
        if session is not None and article is not None:
            self._places[article.id] = (session.cursor.span[0], article.text_hash)

    def _back_in_place(self, article: Article) -> None:
        """Put the cursor where it was left in ``article`` this session, if its text is the
        same (the callers opening it at a statement or a highlight move it on from there)."""
        offset, text = self._places.get(article.id, (0, ""))
        if offset and text == article.text_hash:
            self.reader.reopen_at(offset)

    def open_article(self, article_id: str) -> None:
        self._keep_place()
        try:
            article = self.session.open(article_id, split_until=PREPARE_APART)
        except ArticleUnreadable as error:
            self.session.close()
            self.reader.show_unreadable("Text unreadable: see 'diplotui doctor'.")
            self.notify(str(error), severity="error", markup=False)
            return
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.reading_actions.read_on_opening(article)
        self.reader.show(article_id, self.session.text, self.session.cursor)
        self._back_in_place(article)
        self.reading_actions.show_text_change(article)
        self.sidebar.show_article(article)
        library = self.library
        library.open_id = article_id
        library.refresh()
        retitle(self, sub_title=inert_line(article.title))
        self.remember(LAST_ARTICLE_SETTING, article_id)

    def read_article(self, article_id: str) -> None:
        """Open an article chosen outside the list (the statements view, a timeline, the
        palette) to read it: its row becomes the selected one, so list keys act on it."""
        self.open_article(article_id)
        if self.reader.article_id == article_id:
            self.library.select_id(article_id)
        self.reader.focus()
        self.draft_actions.offer(self.reader.article_id)

    def show_changed_text(self) -> None:
        """An update (``R``, an import) changed the open article's text: show the new one,
        its highlights re-anchored, the cursor near where it was. Marking the old text would
        store highlights at its offsets, over other words of the text the store holds."""
        article_id = self.session.article_id
        if article_id is None:
            return
        try:
            stored = self.store.article_text(article_id)
        except StoreError:
            return
        old_text = self.session.text
        if stored == old_text:
            return
        reading = Target("sentence", *self.reader.cursor_span)
        self.open_article(article_id)
        if self.reader.article_id == article_id and stored:
            # the sentence being read, found in the new text (a paragraph added on top moved
            # it), or where it stands though its words changed (drifted: an edited sentence)
            placed = self.session.passage_now(reading, old_text)
            start = reading.start if placed.status == AnchorStatus.ORPHAN.value else placed.start
            self.reader.reopen_at(min(start, len(stored) - 1))

    # -- the article a list key acts on ------------------------------------------------------

    def target_article(self) -> Article | None:
        """The article whose row is selected in the list when the list has focus, else the
        open one (or the selected row when none is open)."""
        article_id = self._target_id()
        try:
            return self.store.article(article_id) if article_id else None
        except StoreError:
            return None

    def _target_id(self) -> str | None:
        """The id of ``target_article``, read from the panes alone (no store read)."""
        library = self.library
        article_id = library.current_id if library.has_focus else None
        return article_id or self.reader.article_id or library.current_id

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``t`` and ``T`` are offered only with an article to tag: with none open and none
        listed (a filter that lists none) the footer offered them, and they did nothing.
        ``r`` only with an orphan to re-attach: the sidebar's footer offered "Re-attach
        orphan" under every article, and it said "Choose an orphan" where there was none."""
        if action in ("highlight", "edit_note", "copy_quote") and self._empty_reader_focused():
            return False  # the reader's own keys say to open an article (``Reader.no_article``)
        if action in ("add_tags", "remove_tag"):
            return self._target_id() is not None
        if action == "reattach_orphan":
            return any(sidebar.lists_orphans() for sidebar in self.query(Sidebar))
        if action in ("delete_highlight", "filter_entity") and isinstance(self.focused, Sidebar):
            return self.focused.row_offers(action)
        return True

    def _empty_reader_focused(self) -> bool:
        """Whether the reader has the focus with no article open: its footer offered
        Highlight, Note and Copy quote there, each answering "Open an article first"."""
        focused = self.focused
        return isinstance(focused, Reader) and not focused.article_id

    def remember(self, key: str, value: object) -> None:
        """Keep a preference (last article, colour, order...) unless the store is read-only;
        a failed write (disk full, folder gone) is said in one line and the app goes on."""
        if self.store.read_only:
            return
        try:
            self.store.set_setting(key, value)
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)

    def can_annotate(self) -> bool:
        """An article is open and the store takes changes (each refusal said in one line)."""
        if not self.session.article_id:
            self.notify("Open an article first.", markup=False)
            return False
        return self.writable()

    def writable(self) -> bool:
        if self.store.read_only:
            self.notify("The store is open read-only: nothing can be saved.", severity="warning")
            return False
        return True

    def article_changed(self, article_id: str) -> None:
        """Show an article's new tags or note in its row and, if it is open, the sidebar."""
        try:
            self.library_actions.refresh_article(self.store.article(article_id))
        except StoreError:
            self.library_actions.refresh_library()

    def show_nothing(self) -> None:
        """No article open (the open one was deleted)."""
        self.reader.show(None, "")
        self._hint_the_list()  # the list hidden: how to bring it back
        self.reading_actions.show_text_change(None)
        self.sidebar.show_article(None)
        self.library.open_id = None
        retitle(self, sub_title="")
        self.remember(LAST_ARTICLE_SETTING, None)

    def after_undo(self) -> None:
        """Show the library, the open article and its annotations as undo or redo left them
        (a redone deletion of the open article closes it)."""
        self.library_actions.refresh_library()
        open_id = self.reader.article_id
        if open_id and open_id != self.session.article_id:
            self.show_nothing()
        elif open_id:
            self.article_changed(open_id)
            self.annotation_actions.refresh_annotations(changed=True)

    # -- layout ----------------------------------------------------------------------------

    def action_toggle_pane(self, pane: str) -> None:
        """Show or hide the list or the sidebar (the sidebar starts hidden on narrow screens).

        On a narrow screen the sidebar takes the list's place, so ``[`` while the sidebar is
        shown did nothing one could see: it now puts the list back in the sidebar's stead."""
        if not self.has_class("-narrow"):
            self.toggle_class(f"-hide-{pane}")
        elif pane == "library" and self.has_class("-show-sidebar"):
            self.remove_class("-show-sidebar")
            # the list shows when these two agree (see styles/app.tcss)
            self.set_class(self.has_class("-hide-library"), "-show-library")
        else:
            self.toggle_class(f"-show-{pane}")
        self.call_after_refresh(self._hint_the_list)  # once the styles say what is shown

    def _hint_the_list(self) -> None:
        """With no article open, the reader's hint says how to reach the list while it is
        hidden, and says the plain hint again once it is shown."""
        reader = self.reader
        if reader.article_id:
            return
        old, new = (
            (OPEN_HINT, HIDDEN_LIST_HINT)
            if not self.library.display
            else (HIDDEN_LIST_HINT, OPEN_HINT)
        )
        if old in reader.placeholder:
            reader.placeholder = reader.placeholder.replace(old, new, 1)
            reader.refresh()

    # -- the library pane's keys and messages ----------------------------------------------

    def action_cycle_sort(self) -> None:
        self.library_actions.cycle_sort()

    def action_list_key_elsewhere(self, key: str) -> None:
        """The list's ``o``, ``f`` and ``F`` pressed in the reader (``o`` and ``F`` in the
        sidebar): say what each does and how to reach the list (hidden, ``[`` shows it; the
        focus wraps, so from the sidebar ``tab`` goes on to it) or run it from here."""
        does, command = LIST_KEY_DOES[key]
        reach = self._way(self.focused or self.reader, self.library)
        self.notify(f"{key} {does}: {reach}, or ctrl+p runs {command} here.", markup=False)

    def on_key(self, event: events.Key) -> None:
        """A pane's key pressed in another pane, where nothing binds it (the reader's ``h``,
        ``y``, ``s``, ``N`` in the list or the sidebar, the list's ``a`` in the reader), did
        nothing and said nothing: it says where it acts and how to get there. Bindings are
        checked after the key has come up to the screen (a key held for the names is
        dropped here, before the key acts)."""
        self.held_keys.key_pressed(event.key)
        panes: list[Widget] = [self.reader, self.library, self.sidebar]
        here = self.focused
        # the pane's own keys first: the screen's whole chain of bindings (asked last) is
        # checked action by action, too slow to ask of every j or k
        if here not in panes or event.key in bound_keys(type(here)):
            return
        for there in panes:
            binding = pane_keys(type(there)).get(event.key) if there is not here else None
            if binding is None:
                continue
            if event.key not in self.active_bindings:  # the screen's or the app's
                shown = self.app.get_key_display(binding)
                name = PANE_NAMES[there.id or ""]
                said = f"{shown} ({binding.description}) acts in the {name}: "
                self.notify(f"{said}{self._way(here, there)}.", markup=False)
            return

    def _way(self, here: Widget, there: Widget) -> str:
        """How the focus goes from one shown pane to another in one key: the order is list,
        reader, sidebar, round again; a hidden pane is shown by its key first."""
        if there is self.reader and self.reader.article_id is None:
            return "enter opens the selected article there"
        if not there.display:
            return f"{'[' if there is self.library else ']'} shows it"
        shown: list[Widget] = [
            pane for pane in (self.library, self.reader, self.sidebar) if pane.display
        ]
        start, end = shown.index(here), shown.index(there)
        # of two panes, each is next to the other both ways: the way without the wrap
        forward = (end - start) % len(shown) == 1 and (len(shown) > 2 or end > start)
        return f"{'tab' if forward else 'shift+tab'} goes to it"

    def action_search_library(self) -> None:
        self.library_actions.search_library()

    def action_close_search(self) -> None:
        self.library_actions.close_search()

    def action_search_results(self) -> None:
        self.library_actions.search_results()

    def action_clear_filters(self) -> None:
        self.library_actions.clear_filters()

    def action_filter_library(self) -> None:
        self.library_actions.filter_library()

    def action_save_filter(self) -> None:
        self.library_actions.save_filter()

    def action_import_files(self) -> None:
        self.library_actions.import_files()

    def action_refresh_feeds(self) -> None:
        self.reading_actions.refresh_feeds()

    def action_add_feed(self) -> None:
        self.reading_actions.add_feed()

    @on(ArticleList.Toggled)
    def toggle_reading_state(self, message: ArticleList.Toggled) -> None:
        self.reading_actions.toggle(message.article_id, message.what)

    @on(ArticleList.NoteAsked)
    def note_listed_article(self, message: ArticleList.NoteAsked) -> None:
        self.article_actions.note_article(message.article_id)

    def action_toggle_open(self, what: str) -> None:
        """The list's ``u`` and ``a`` run from the palette in another pane: on the open
        article, the one being read (the palette's entry names it)."""
        if self.reader.article_id:
            self.reading_actions.toggle(self.reader.article_id, what)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """The focus gone from the search field (the search done, the reader read), the
        field closes."""
        if not isinstance(event.widget, LibrarySearch):
            self.library_actions.search_left()
        in_article = any(
            isinstance(node, (Reader, Sidebar)) for node in event.widget.ancestors_with_self
        )
        self._pane = READER_PANE if in_article else LIBRARY_PANE

    @on(Input.Changed, f"#{SEARCH_ID}")
    def narrow_library(self, event: Input.Changed) -> None:
        self.library_actions.search_changed(event)

    @on(Input.Submitted, f"#{SEARCH_ID}")
    def go_to_search_results(self) -> None:
        self.library_actions.search_results()

    @on(ArticleList.FolderChosen)
    def apply_saved_filter(self, message: ArticleList.FolderChosen) -> None:
        self.library_actions.open_folder(message)

    @on(ArticleList.FeedFailing)
    def say_why_feed_fails(self, message: ArticleList.FeedFailing) -> None:
        self.library_actions.notify(f"{message.name}: {message.why} (R tries again).", markup=False)

    @on(ArticleList.BringBack)
    def bring_back_deleted(self, message: ArticleList.BringBack) -> None:
        self.reading_actions.refresh_feeds(
            [message.feed_id] if message.feed_id else None, bring_back=True
        )

    @on(ArticleList.FolderDeleted)
    def delete_saved_filter(self, message: ArticleList.FolderDeleted) -> None:
        self.library_actions.delete_folder(message)

    # -- whole articles --------------------------------------------------------------------

    def action_add_tags(self) -> None:
        self.article_actions.add_tags()

    def action_remove_tag(self) -> None:
        self.article_actions.remove_tag()

    def action_delete_article(self) -> None:
        """``D``: delete the article the list keys act on, after asking; ``u`` brings it back."""
        self.article_actions.delete_article()

    # -- annotations -----------------------------------------------------------------------

    def _show_target(self) -> None:
        """What a key of the reader acts on (its selection, else the cursor's sentence) is
        on screen when it acts."""
        if self.reader.has_focus:
            self.reader.show_target()

    def action_highlight(self, colour: str | None = None) -> None:
        self._show_target()
        self.annotation_actions.highlight(colour)

    def action_edit_note(self) -> None:
        self._show_target()
        self.annotation_actions.edit_note()

    def action_tag_highlight(self) -> None:
        self._show_target()
        self.annotation_actions.tag_highlight()

    def action_delete_highlight(self) -> None:
        self._show_target()
        self.annotation_actions.delete_highlight()

    def action_undo(self) -> None:
        self.annotation_actions.undo()

    def action_redo(self) -> None:
        self.annotation_actions.redo()

    def action_reattach_orphan(self) -> None:
        self.annotation_actions.reattach_orphan()

    # -- entities and statements -----------------------------------------------------------

    def action_toggle_entities(self) -> None:
        self.entity_actions.toggle_entities()

    def action_filter_entity(self) -> None:
        self.entity_actions.filter_entity()

    def action_correct_entity(self) -> None:
        self._show_target()
        self.entity_actions.correct_entity()

    def action_correct_speaker(self) -> None:
        self._show_target()
        self.entity_actions.correct_speaker()

    def action_statements_view(self, typed: str = "") -> None:
        self.statement_actions.statements_view(typed)

    def action_entity_timeline(self) -> None:
        """``L``: of the sidebar's entity, else of a name in the cursor's sentence, shown."""
        if not self.sidebar.has_focus:
            self.reader.show_cursor()
        self.statement_actions.entity_timeline()

    # -- quotes, details and export --------------------------------------------------------

    def action_copy_quote(self) -> None:
        self._show_target()
        self.quote_actions.copy_quote()

    def action_cycle_style(self) -> None:
        self.quote_actions.cycle_style()

    def action_toggle_shorten(self) -> None:
        self.quote_actions.toggle_shorten()

    def action_quote_history(self) -> None:
        self.quote_actions.quote_history()

    def action_edit_metadata(self) -> None:
        self.quote_actions.edit_metadata()

    def action_export(self) -> None:
        self.quote_actions.export()

    # -- find ------------------------------------------------------------------------------

    def action_find(self) -> None:
        self.find_actions.find()

    # -- sharing ---------------------------------------------------------------------------

    def action_sync(self) -> None:
        self.share_actions.sync()
