"""The footer: the keys of whatever has the focus, with the app's own keys always in view."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

Shown = tuple[tuple[str, Binding, bool, str], ...]


class KeyFooter(Footer):
    """Textual's Footer lists the focused pane's keys first and the app's last, so at 80
    columns quit (``q``) and help (``?``) fell off its end; here the app's keys come first.

    It is also rebuilt only when the keys it would show change: the screen announces its
    bindings after every focus change and many keys, and rebuilding a footer of a dozen
    keys costs more than drawing the rest of the screen. For the same reason it lists its
    keys as soon as it is mounted (Textual's mounts empty, then builds itself again when the
    screen first announces its bindings: a second layout and frame), and its keys start in
    its own style (each of Textual's keys was styled compact, then restyled as not).
    """

    _shown: Shown | None = None

    def __init__(self) -> None:
        super().__init__()
        self.set_reactive(Footer._bindings_ready, True)

    def compose(self) -> ComposeResult:
        self._shown = self._bindings_of(self.screen)
        app_keys = {binding.key for binding in self.app.BINDINGS if not isinstance(binding, tuple)}
        keys = list(super().compose())
        for key in keys:  # the palette's key is not bound to the footer's compact style
            if isinstance(key, FooterKey) and not key.has_class("-command-palette"):
                key.set_reactive(FooterKey.compact, self.compact)
                key.set_class(self.compact, "-compact", update=False)
        first = [widget for widget in keys if getattr(widget, "key", None) in app_keys]
        yield from first
        yield from (widget for widget in keys if widget not in first)

    @staticmethod
    def _bindings_of(screen: Screen[object]) -> Shown:
        return tuple(
            (key, binding, enabled, tooltip)
            for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
        )

    def bindings_changed(self, screen: Screen[object]) -> None:
        shown = self._bindings_of(screen)
        if shown == self._shown:
            return
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._shown = shown  # what the rebuild about to be scheduled will show
        super().bindings_changed(screen)
