"""What controllers may rely on from the screen that hosts them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from textual.app import App
    from textual.notifications import SeverityLevel

    from diplotui.library.listing import LibraryListing
    from diplotui.model import Article, EntitySpan
    from diplotui.session import AnnotationSession
    from diplotui.store import Store
    from diplotui.tui.widgets.article_list import ArticleList
    from diplotui.tui.widgets.reader import Reader
    from diplotui.tui.widgets.sidebar import Sidebar


class ScreenHost(Protocol):
    """The main screen as its controller mixins see it."""

    store: Store
    session: AnnotationSession
    library_state: LibraryListing
    entity_mentions: dict[tuple[str, str], list[EntitySpan]]
    """The open article's mentions by (type, key); empty until recognition reports."""
    known_entity_names: set[str]
    """Every entity name seen this session: completion for the alias dialog."""

    @property
    def app(self) -> App[None]: ...
    @property
    def library(self) -> ArticleList: ...
    @property
    def reader(self) -> Reader: ...
    @property
    def sidebar(self) -> Sidebar: ...
    def open_article(self, article_id: str) -> None: ...
    def refresh_library(self) -> None: ...
    def refresh_article(self, article: Article) -> None: ...
    def writable(self) -> bool: ...
    def target_article(self) -> Article | None:
        """The selected article when the list has focus, otherwise the open one."""
        ...

    def after_undo(self) -> None:
        """Show the library, the open article and its annotations as undo left them."""
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
