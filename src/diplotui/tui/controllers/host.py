"""What controllers may rely on from the screen that hosts them."""

from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING

from textual.screen import Screen

if TYPE_CHECKING:
    from diplotui.library.view import FolderRow
    from diplotui.model import Article, EntitySpan
    from diplotui.session import AnnotationSession
    from diplotui.store import Store
    from diplotui.tui.widgets.article_list import ArticleList
    from diplotui.tui.widgets.reader import Reader
    from diplotui.tui.widgets.sidebar import Sidebar


class ScreenHost(Screen[None]):
    """The main screen as its controller mixins see it: a Textual screen with these parts.

    The mixins derive from it only for the type checker (at run time they derive from object
    and the main screen brings these members).
    """

    store: Store
    session: AnnotationSession
    entity_mentions: dict[tuple[str, str], list[EntitySpan]]
    """The open article's mentions by (type, key); empty until recognition reports."""
    known_entity_names: set[str]
    """Every entity name seen this session: completion for the alias dialog."""

    @property
    @abstractmethod
    def library(self) -> ArticleList: ...
    @property
    @abstractmethod
    def reader(self) -> Reader: ...
    @property
    @abstractmethod
    def sidebar(self) -> Sidebar: ...
    @abstractmethod
    def open_article(self, article_id: str) -> None: ...
    @abstractmethod
    def refresh_library(self) -> None: ...
    @abstractmethod
    def refresh_article(self, article: Article) -> None: ...
    @abstractmethod
    def writable(self) -> bool: ...
    @abstractmethod
    def remember(self, key: str, value: object) -> None:
        """Keep a preference; a failed write is reported, never raised."""

    @abstractmethod
    def target_article(self) -> Article | None:
        """The article whose row is selected when the list has focus, else the open one."""

    @abstractmethod
    def after_undo(self) -> None:
        """Show the library, the open article and its annotations as undo left them."""

    @abstractmethod
    def count_reading(self) -> None:
        """Count unread articles (in all, per feed) and new ones in saved filters again."""

    @abstractmethod
    def count_new_in_filters(self) -> None: ...
    @abstractmethod
    def looked_at_filter(self, name: str) -> None:
        """The user opened a saved filter: its matches so far are no longer new."""

    @abstractmethod
    def list_folders(self) -> list[FolderRow]:
        """The feeds section and the saved filters, above the list's articles."""

    @abstractmethod
    def choose_feed_folder(self, message: ArticleList.FolderChosen) -> None:
        """Open or close the feeds section, or show one feed's articles."""

    @abstractmethod
    def apply_entity_filter(self, name: str) -> None:
        """Show only the library's articles that mention the entity ``name``."""
