"""Subscribing to a feed from inside the app: the app holds the library's write lock, so
``diplotui feed add`` cannot write it while the app is open."""

from __future__ import annotations

from dataclasses import dataclass
from threading import Thread
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Label

from diplotui.inert import inert_line
from diplotui.model import Feed
from diplotui.store import Store, StoreError
from diplotui.tags import TagError, add_tags, parse_tags
from diplotui.tui.dialogs.dialog import Dialog, JoinedPasteInput, StatusLine
from diplotui.tui.dialogs.tags import TagInput
from diplotui.tui.widgets.fields import EditField

if TYPE_CHECKING:
    from diplotui.feeds import DiscoveredFeed
    from diplotui.feeds.fetch import Response

STATUS_CHARS = 200
"""The most the status line says (three lines at 80 columns): it names the address, and a
page's with its tracking parameters runs to hundreds of characters, which grew the dialog past
the screen (the reason at the end of the line, and the keys, out of view). A longer line keeps
its start and its end, the reason."""


@dataclass(frozen=True, slots=True)
class Subscribed:
    """The feed subscribed, and its answer to the lookup: the fetch that follows reads that
    answer (asking the server again fetched every new feed twice)."""

    feed: Feed
    response: Response | None


class FeedAddScreen(Dialog[Subscribed | None]):
    """Ask for a feed's address (or a page's that names its feed), an optional name and tags;
    the address is fetched and read as a feed in a thread (the dialog says it is looking),
    and only a feed that was read is subscribed. A failure is said in the dialog, which keeps
    what was typed for a correction. Returns the subscribed feed (:class:`Subscribed`)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    EDIT_QUESTION = "A feed's address was typed. Subscribe to it now?"

    class Answered(Message):
        """What the address turned out to be, told by the worker's thread."""

        def __init__(self, found: DiscoveredFeed | None, reason: str) -> None:
            super().__init__()
            self.found = found
            self.reason = reason

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self._looking_at = ""  # the address being fetched, "" while none is
        self._cancelled = False  # an answer still on its way then stores nothing
        self._quit_when_subscribed = False  # ctrl+q, answered "save": quit once subscribed

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog compact"):
            yield Label("Subscribe to a feed", classes="dialog-title")
            yield Label(
                "Address of a feed, or of a page that names its feed", classes="field-label"
            )
            yield EditField(placeholder="https://…", id="feed-url")
            yield Label(
                "Name in citations (empty: each article's site, else the feed's)",
                classes="field-label",
            )
            yield JoinedPasteInput(id="feed-name")
            yield Label("Tags for its articles (comma-separated)", classes="field-label")
            yield TagInput(id="feed-tags")  # a list pasted one a line: a tag each
            yield StatusLine("", id="feed-status", markup=False)
            yield Label("enter: subscribe · tab: next field · esc: cancel", classes="dialog-help")

    def _typed(self, field: str) -> str:
        return " ".join(self.query_one(f"#{field}", Input).value.split())

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.subscribe()

    def subscribe(self) -> None:
        """Look the typed address up, unless it is being looked up already; tags that cannot
        be stored are said first (after the lookup, their error waited on the network and
        named the address)."""
        url = self._typed("feed-url")
        if not url:
            self._refuse("Type the address of a feed, or of a page that names one.")
            return
        try:
            add_tags([], parse_tags([self._typed("feed-tags")]))
        except TagError as error:
            self._refuse(f"Tags: {error}", "feed-tags")
            return
        if self._looking_at:
            return
        from diplotui.feeds import FeedError, check_not_subscribed

        try:  # said at once: neither waits on the network
            url = check_not_subscribed(self._store, url)
        except FeedError as error:
            self._refuse(str(error))
            return
        self._looking_at = url
        self._say(f"looking for a feed at {url}…")
        # A daemon thread of its own, not a Textual thread worker: those run in the event
        # loop's executor, whose threads the interpreter joins at exit, so ctrl+q while a
        # server trickled its answer blanked the terminal and kept the process (and the
        # shell) waiting up to the fetch's deadline, a minute. The lookup writes nothing.
        Thread(target=self._discover, args=(url,), name="diplotui-feed-lookup", daemon=True).start()

    def edited(self) -> bool:
        return bool(self._typed("feed-url"))

    def save_edit(self) -> bool:
        """Subscribe, then quit (the feed is fetched by the next ``R``); False: the answer
        comes later, and a failure keeps the dialog open to say why."""
        self._quit_when_subscribed = True
        self.subscribe()
        return False

    def hang_up(self) -> bool:
        """Nobody is left to wait for the address to be read: nothing is subscribed."""
        return False

    def _refuse(self, line: str, field: str = "feed-url") -> None:
        """Say why nothing was subscribed and put the cursor in the field to correct: enter
        from the tags field left it there, and the corrected address was typed as a tag."""
        self._say(line, failed=True)
        corrected = self.query_one(f"#{field}", Input)
        corrected.focus()
        corrected.cursor_position = len(corrected.value)

    def _say(self, line: str, failed: bool = False) -> None:
        if failed:
            self._quit_when_subscribed = False  # the user stays to read why
        status = self.query_one("#feed-status", Label)
        status.set_class(failed, "failed")
        line = inert_line(line)
        if len(line) > STATUS_CHARS:
            kept = STATUS_CHARS // 2 - 1
            line = f"{line[:kept]}…{line[-kept:]}"
        status.update(line)

    def _discover(self, url: str) -> None:
        """The network, off the UI thread: a slow server must not hold the keys."""
        from diplotui.feeds import FeedError, discover_feed

        try:
            self.post_message(self.Answered(discover_feed(url), ""))
        except FeedError as error:
            self.post_message(self.Answered(None, str(error)))

    def on_feed_add_screen_answered(self, answer: Answered) -> None:
        """On the UI thread, where the app writes its store; nothing is stored once the
        dialog was closed while the address was being looked up."""
        from diplotui.feeds import FeedError, add_feed

        self._looking_at = ""
        found = answer.found
        if self._cancelled:
            return
        if found is None:
            self._refuse(answer.reason)
            return
        tags = [tag.strip() for tag in self._typed("feed-tags").split(",") if tag.strip()]
        try:
            feed = add_feed(
                self._store,
                found.url,
                name=self._typed("feed-name"),
                tags=tags,
                title=found.title,
                site_url=found.site_url,
            )
        except (FeedError, StoreError) as error:
            self._refuse(str(error))
            return
        if self._quit_when_subscribed:
            self.app.exit()
            return
        self.dismiss(Subscribed(feed, found.response))

    def action_cancel(self) -> None:
        self._cancelled = True
        self.dismiss(None)
