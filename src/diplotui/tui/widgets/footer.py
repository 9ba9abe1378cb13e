"""The footer: the keys of whatever has the focus, with the app's own keys always in view."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """Textual's Footer lists the focused pane's keys first and the app's last, so at 80
    columns quit (``q``) and help (``?``) fell off its end; here the app's keys come first.

    It is also rebuilt only when the keys it would show change: the screen announces its
    bindings after every focus change and many keys, and rebuilding a footer of a dozen
    keys costs more than drawing the rest of the screen.
    """

    _shown: tuple[tuple[str, Binding, bool, str], ...] | None = None

    def compose(self) -> ComposeResult:
        app_keys = {binding.key for binding in self.app.BINDINGS if not isinstance(binding, tuple)}
        keys = list(super().compose())
        first = [widget for widget in keys if getattr(widget, "key", None) in app_keys]
        yield from first
        yield from (widget for widget in keys if widget not in first)

    def bindings_changed(self, screen: Screen[object]) -> None:
        shown = tuple(
            (key, binding, enabled, tooltip)
            for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
        )
        if shown == self._shown:
            return
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._shown = shown  # what the rebuild about to be scheduled will show
        super().bindings_changed(screen)
