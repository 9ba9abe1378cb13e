"""The line under the panes while feeds refresh: which feed, how many done, how many new."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from diplotui.inert import inert_line


class RefreshBar(Horizontal):
    """A progress bar and a label; the app goes on answering keys meanwhile."""

    def compose(self) -> ComposeResult:
        yield Label("refreshing feeds…", id="refresh-label", markup=False)
        yield ProgressBar(total=None, show_eta=False, id="refresh-progress")

    def show_progress(self, done: int, total: int, feed_name: str, new: int) -> None:
        """After each feed: ``done`` of ``total`` feeds, the last one's name, new so far."""
        self.query_one(ProgressBar).update(total=total, progress=done)
        found = f" · {new:,} new" if new else ""
        self.query_one(Label).update(inert_line(f"feeds {done}/{total}{found} · {feed_name}"))
