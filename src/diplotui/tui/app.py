"""The Textual application: owns the store for the session and shows the main screen."""

from __future__ import annotations

from collections.abc import Iterable

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from diplotui.paths import bundled_dir
from diplotui.store import Store
from diplotui.tui.providers import ArticleProvider, EntityProvider, TagProvider
from diplotui.tui.screens.main import MainScreen


class DiplotuiApp(App[None]):
    """diplotui: read, annotate and quote diplomacy news from the keyboard."""

    TITLE = "diplotui"
    COMMANDS = App.COMMANDS | {ArticleProvider, TagProvider, EntityProvider}
    CSS_PATH = [str(path) for path in sorted(bundled_dir("styles").glob("*.tcss"))]
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help", key_display="?"),
    ]

    def __init__(self, store: Store, notices: Iterable[str] = ()) -> None:
        super().__init__()
        self.store = store
        self._notices = list(notices)
        if store.read_only:
            self.sub_title = "read-only"

    def get_default_screen(self) -> Screen:
        """The main screen is the bottom of the stack, so it paints in the app's first frame."""
        return MainScreen(self.store)

    def on_mount(self) -> None:
        for notice in self._notices:
            self.notify(notice, markup=False, timeout=8)
        self.call_after_refresh(self._warm_up_store)

    @work(thread=True, exit_on_error=False)
    def _warm_up_store(self) -> None:
        """After the first paint, do the work opening deferred, so the first write is fast."""
        self.store.warm_up()

    def action_help(self) -> None:
        from diplotui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every described binding that applies now is also a palette command."""
        yield from super().get_system_commands(screen)
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if not binding.description or binding.action in seen or not active.enabled:
                continue
            seen.add(binding.action)
            node = active.node

            def run(action: str = binding.action, target: object = node) -> None:
                self.call_later(self.run_action, action, target)

            yield SystemCommand(
                binding.description, f"key: {binding.key_display or binding.key}", run
            )
