"""What controllers may rely on from the screen that hosts them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from textual.app import App
    from textual.notifications import SeverityLevel

    from diplotui.model import Article
    from diplotui.store import Store
    from diplotui.tui.controllers.annotations import Passage
    from diplotui.tui.widgets.article_list import ArticleList
    from diplotui.tui.widgets.reader import Reader
    from diplotui.tui.widgets.sidebar import Sidebar


class ScreenHost(Protocol):
    """The main screen as its controller mixins see it."""

    store: Store

    @property
    def app(self) -> App[None]: ...
    @property
    def library(self) -> ArticleList: ...
    @property
    def reader(self) -> Reader: ...
    @property
    def sidebar(self) -> Sidebar: ...
    def open_article(self, article_id: str) -> None: ...
    def start_statement_worker(self) -> None: ...
    def refresh_library(self) -> None: ...
    def refresh_article(self, article: Article) -> None: ...
    def writable(self) -> bool: ...
    def target_article(self) -> Article | None:
        """The selected article when the list has focus, otherwise the open one."""
        ...

    def current_passage(self) -> Passage:
        """The selection, else the highlight under the reading cursor, else its sentence."""
        ...

    def apply_entity_filter(self, name: str) -> None:
        """Show only the library's articles that mention the entity ``name``."""
        ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None: ...
