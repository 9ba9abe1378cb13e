"""The annotation sidebar: what the open article carries (tags, note, highlights, entities).

The sidebar only shows and chooses; the screen's controllers save. Every string shown comes
from article or user text, so it is made inert and put in ``rich.text.Text``, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from diplotui.inert import inert_block, inert_line
from diplotui.model import AnchorStatus, Article, Highlight
from diplotui.palette import colour_label
from diplotui.tui.widgets.legend import TYPE_LABELS, EntityLegend

QUOTE_CHARS = 140


@dataclass(frozen=True, slots=True)
class EntityGroup:
    """One entity of the open article: its linking key, the name shown, type and mentions."""

    type: str
    key: str
    name: str
    count: int


@dataclass(frozen=True, slots=True)
class SidebarItem:
    """What a sidebar row stands for: ``kind`` is "highlight", "orphan", "note" or "entity"."""

    kind: str
    key: str
    type: str = ""

    @property
    def option_id(self) -> str:
        return f"{self.kind}\t{self.type}\t{self.key}"

    @classmethod
    def parse(cls, option_id: str) -> SidebarItem:
        kind, entity_type, key = option_id.split("\t", 2)
        return cls(kind, key, entity_type)


def _short(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(inert_line(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _heading(label: str) -> Option:
    return Option(Text(label, style="bold"), disabled=True)


def highlight_prompt(highlight: Highlight) -> Text:
    """Colour label, quote, note and tags of one highlight, as inert text."""
    prompt = Text()
    prompt.append("▌", style=f"bold {_SWATCH.get(highlight.color, 'white')}")
    prompt.append(f" {colour_label(highlight.color)}", style="bold")
    if highlight.tags:
        prompt.append("  " + " ".join(f"#{inert_line(tag)}" for tag in highlight.tags), "italic")
    prompt.append(f"\n“{_short(highlight.quote)}”")
    if highlight.status == AnchorStatus.DRIFTED.value and highlight.drift_text:
        prompt.append(f"\nnow: “{_short(highlight.drift_text)}”", style="dim italic")
    elif highlight.status == AnchorStatus.MOVED.value:
        prompt.append("\n(moved)", style="dim")
    if highlight.note:
        prompt.append(f"\n✎ {_short(highlight.note, 200)}", style="dim")
    return prompt


# Swatches echo the reader's highlight backgrounds (styles/reader.tcss) in the list.
_SWATCH = {
    "key": "#d7c400",
    "commitment": "#3fbf6a",
    "figure": "#3f8fdf",
    "question": "#c05fc0",
    "follow": "#df7f3f",
}


def _is_orphan(highlight: Highlight) -> bool:
    return highlight.status == AnchorStatus.ORPHAN.value


def _layout_key(highlights: list[Highlight]) -> list[tuple[str, bool]]:
    """What decides the list's rows: which highlights, in which section."""
    return [(h.id, _is_orphan(h)) for h in highlights]


class AnnotationList(OptionList, can_focus=False):
    """The sidebar's rows; the sidebar itself takes the focus and drives the cursor."""


class Sidebar(Vertical, can_focus=True):
    """Legend, tags and note on top, then a list of highlights, orphans and entities.

    The pane is one focus stop: its keys move the list's cursor, so the Footer and help show
    the sidebar's keys whatever row is chosen.
    """

    BINDINGS = [
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("home,g", "ends(-1)", "First", show=False),
        Binding("end,G", "ends(1)", "Last", show=False),
        Binding("enter", "choose", "Go to"),
        Binding("d", "screen.delete_highlight", "Delete highlight"),
        Binding("r", "screen.reattach_orphan", "Re-attach orphan"),
        Binding("f", "screen.filter_entity", "Filter by entity"),
        Binding("u", "screen.undo", "Undo"),
    ]

    class ItemChosen(Message):
        """``enter`` on a row: the screen moves the reader there."""

        def __init__(self, item: SidebarItem) -> None:
            super().__init__()
            self.item = item

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._highlights: list[Highlight] = []
        self._entities: list[EntityGroup] | None = None

    def compose(self) -> ComposeResult:
        yield EntityLegend(id="entity-legend")
        with Vertical(id="sidebar-summary"):
            yield Static("Tags", classes="sidebar-heading")
            yield Static(id="sidebar-tags", classes="sidebar-body")
            yield Static("Note", classes="sidebar-heading")
            yield Static(id="sidebar-note", classes="sidebar-body")
        yield AnnotationList(id="sidebar-items")

    @property
    def items(self) -> AnnotationList:
        return self.query_one(AnnotationList)

    @property
    def current_item(self) -> SidebarItem | None:
        """The row under the list's cursor, if any."""
        items = self.items
        if items.highlighted is None:
            return None
        option = items.get_option_at_index(items.highlighted)
        return SidebarItem.parse(option.id) if option.id else None

    def show_article(self, article: Article | None) -> None:
        tags = self.query_one("#sidebar-tags", Static)
        note = self.query_one("#sidebar-note", Static)
        if article is None:
            tags.update(Text("No article open.", style="dim"))
            note.update("")
            self.show_annotations([])
            self.show_entities([])
            return
        if article.tags:
            tags.update(Text("  ".join(f"#{inert_line(tag)}" for tag in article.tags)))
        else:
            tags.update(Text("No tags yet: press t to add some.", style="dim"))
        if article.note:
            note.update(Text(inert_block(article.note)))
        else:
            note.update(Text("No note: press n in the reader.", style="dim"))

    def show_annotations(self, highlights: list[Highlight]) -> None:
        """List the article's highlights in reading order, orphans in their own section.

        When the same highlights are listed (a recolour, a note, a tag) only the changed rows
        are redrawn: rebuilding a list of hundreds of rows would cost several frames.
        """
        before, self._highlights = self._highlights, highlights
        if _layout_key(before) != _layout_key(highlights):
            self._rebuild()
            return
        items = self.items
        for old, new in zip(before, highlights, strict=True):
            if old != new:
                kind = "orphan" if _is_orphan(new) else "highlight"
                option_id = SidebarItem(kind, new.id).option_id
                items.replace_option_prompt(option_id, highlight_prompt(new))

    def show_entities(self, groups: list[EntityGroup] | None) -> None:
        """List entities grouped by type (``None`` while recognition is still running)."""
        self._entities = groups
        self._rebuild()

    def set_legend_enabled(self, enabled: bool) -> None:
        self.query_one(EntityLegend).set_enabled(enabled)

    def select(self, item: SidebarItem) -> None:
        """Put the list's cursor on ``item`` when it is listed."""
        items = self.items
        try:
            items.highlighted = items.get_option_index(item.option_id)
        except OptionDoesNotExist:
            return

    def _rebuild(self) -> None:
        items = self.items
        keep = self.current_item
        options: list[Option] = []
        placed = [h for h in self._highlights if not _is_orphan(h)]
        orphans = [h for h in self._highlights if _is_orphan(h)]
        options.append(_heading(f"Highlights ({len(placed)})"))
        if not placed:
            options.append(
                Option(Text("None yet: h highlights the sentence.", "dim"), disabled=True)
            )
        for highlight in placed:
            item = SidebarItem("highlight", highlight.id)
            options.append(Option(highlight_prompt(highlight), id=item.option_id))
        if orphans:
            options.append(_heading(f"Orphans ({len(orphans)}): r re-attaches"))
            for highlight in orphans:
                item = SidebarItem("orphan", highlight.id)
                options.append(Option(highlight_prompt(highlight), id=item.option_id))
        options.extend(self._entity_options())
        items.set_options(options)
        if keep is not None:
            self.select(keep)

    def _entity_options(self) -> list[Option]:
        if self._entities is None:
            return [_heading("Entities"), Option(Text("Recognising…", "dim"), disabled=True)]
        options = [_heading(f"Entities ({len(self._entities)})")]
        by_type: dict[str, list[EntityGroup]] = {}
        for group in self._entities:
            by_type.setdefault(group.type, []).append(group)
        for entity_type in TYPE_LABELS:
            groups = by_type.get(entity_type)
            if not groups:
                continue
            options.append(Option(Text(f" {TYPE_LABELS[entity_type]}", "bold dim"), disabled=True))
            for group in sorted(groups, key=lambda g: (-g.count, g.name.casefold())):
                label = Text(f"  {_short(group.name, 60)}")
                label.append(f"  ×{group.count}", "dim")
                item = SidebarItem("entity", group.key, group.type)
                options.append(Option(label, id=item.option_id))
        return options

    def action_move(self, delta: int) -> None:
        items = self.items
        if delta > 0:
            items.action_cursor_down()
        else:
            items.action_cursor_up()

    def action_page(self, delta: int) -> None:
        items = self.items
        if delta > 0:
            items.action_page_down()
        else:
            items.action_page_up()

    def action_ends(self, delta: int) -> None:
        items = self.items
        if delta > 0:
            items.action_last()
        else:
            items.action_first()

    def action_choose(self) -> None:
        self.items.action_select()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.ItemChosen(SidebarItem.parse(event.option.id)))
