"""The footer: the keys of whatever has the focus, with the app's own keys always in view."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer


class KeyFooter(Footer):
    """Textual's Footer lists the focused pane's keys first and the app's last, so at 80
    columns quit (``q``) and help (``?``) fell off its end; here the app's keys come first."""

    def compose(self) -> ComposeResult:
        app_keys = {binding.key for binding in self.app.BINDINGS if not isinstance(binding, tuple)}
        keys = list(super().compose())
        first = [widget for widget in keys if getattr(widget, "key", None) in app_keys]
        yield from first
        yield from (widget for widget in keys if widget not in first)
