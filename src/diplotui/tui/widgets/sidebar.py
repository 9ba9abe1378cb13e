"""The annotation sidebar: what the open article carries (tags, note, highlights, entities)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from diplotui.inert import inert_block, inert_line
from diplotui.model import Article


class Sidebar(VerticalScroll, can_focus=True):
    """Sections stacked in one scrollable column; content is always plain, inert text."""

    def compose(self) -> ComposeResult:
        yield Static("Tags", classes="sidebar-heading")
        yield Static(id="sidebar-tags", classes="sidebar-body")
        yield Static("Note", classes="sidebar-heading")
        yield Static(id="sidebar-note", classes="sidebar-body")

    def show_article(self, article: Article | None) -> None:
        tags = self.query_one("#sidebar-tags", Static)
        note = self.query_one("#sidebar-note", Static)
        if article is None:
            tags.update(Text("No article open.", style="dim"))
            note.update("")
            return
        if article.tags:
            tags.update(Text("  ".join(f"#{inert_line(tag)}" for tag in article.tags)))
        else:
            tags.update(Text("No tags yet: press t to add some.", style="dim"))
        if article.note:
            note.update(Text(inert_block(article.note)))
        else:
            note.update(Text("No note.", style="dim"))
