"""The annotation sidebar: what the open article carries (tags, note, highlights, entities).

The sidebar only shows and chooses; the screen's controllers save. Every string shown comes
from article or user text, so it is made inert and put in ``rich.text.Text``, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from rich.segment import Segment
from rich.style import Style as RichStyle
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.widgets import OptionList, Static
from textual.widgets.option_list import DuplicateID, Option, OptionDoesNotExist

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
    """One line: line breaks inside a quote read as spaces, other controls stay visible."""
    text = inert_line(" ".join(text.split()))
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


Row = tuple[str, "str | Highlight"]
"""A row of the highlights section: its key, and what its prompt is drawn from."""

_HEADING = "\theading"
_NOTHING = "\tnothing"


def _highlight_rows(highlights: list[Highlight]) -> list[Row]:
    """The highlights section's rows: heading, highlights in reading order, then orphans."""
    placed = [h for h in highlights if not _is_orphan(h)]
    orphans = [h for h in highlights if _is_orphan(h)]
    rows: list[Row] = [(_HEADING, f"Highlights ({len(placed)})")]
    if not placed:
        rows.append((_NOTHING, "None yet: h highlights the sentence."))
    rows.extend((f"highlight\t\t{h.id}", h) for h in placed)
    if orphans:
        rows.append((_HEADING + "\torphans", f"Orphans ({len(orphans)}): r re-attaches"))
        rows.extend((f"orphan\t\t{h.id}", h) for h in orphans)
    return rows


def _row_option(row: Row) -> Option:
    key, content = row
    if isinstance(content, Highlight):
        return Option(highlight_prompt(content), id=key)
    if key == _NOTHING:
        return Option(Text(content, "dim"), disabled=True)
    return _heading(content)


def _has_highlight(keys: list[str]) -> bool:
    return any(not key.startswith("\t") for key in keys)


class AnnotationList(OptionList, can_focus=False):
    """The sidebar's rows; the sidebar itself takes the focus and drives the cursor.

    :meth:`splice` changes a run of rows in place. ``OptionList`` itself can only append
    cheaply: removing or re-prompting a row drops every row's measured height, and measuring
    (wrapping) a row costs about 0.3 ms, so a list of hundreds of rows would take several
    frames. Here only the new rows are measured and the rest of the line map is shifted.
    """

    def splice(self, start: int, stop: int, new: list[Option]) -> None:
        """Replace the rows ``start:stop`` with ``new``, keeping the cursor on its row."""
        options = self._options
        removed = options[start:stop]
        old_count = len(options)
        for option in removed:
            if option.id is not None:
                del self._id_to_option[option.id]
            del self._option_to_index[option]
        for option in new:
            if option.id is not None:
                if option.id in self._id_to_option:
                    raise DuplicateID(f"Unable to add {option!r} due to duplicate ID")
                self._id_to_option[option.id] = option
        options[start:stop] = new
        index_of = self._option_to_index
        for index in range(start, len(options) if len(new) != len(removed) else start + len(new)):
            index_of[options[index]] = index
        self._forget_renders(removed)
        self._mouse_hovering_over = None
        self._splice_lines(start, stop, new, old_count)
        self._keep_cursor(start, stop, removed, new)
        if self.is_mounted:
            self.refresh(layout=self.styles.auto_dimensions)
            self._update_lines()

    def _splice_lines(self, start: int, stop: int, new: list[Option], old_count: int) -> None:
        """Patch the line map: measure only the new rows, shift the others."""
        cache = self._line_cache
        if len(cache.heights) != old_count or not self.scrollable_content_region:
            cache.clear()  # not measured yet (or resized): measured lazily as usual
            return
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        padding = self.get_component_styles("option-list--option").padding
        heights = cache.heights
        measured = [
            self._get_visual(option).get_height(self.styles, width - padding.width)
            + option._divider
            for option in new
        ]
        if len(new) == stop - start and all(
            height == heights[index] for index, height in enumerate(measured, start)
        ):
            return  # as many rows of the same heights: the map still holds
        measured.extend(heights[index] for index in range(stop, old_count))
        # Lines before ``start`` keep their place; the rest are laid out again.
        lines = cache.lines
        index_to_line = cache.index_to_line
        del lines[index_to_line.get(start, len(lines)) :]
        for index, height in enumerate(measured, start):
            index_to_line[index] = len(lines)
            heights[index] = height
            lines.extend([(index, offset) for offset in range(height)])
        for index in range(start + len(measured), old_count):
            del index_to_line[index]
            del heights[index]

    def _forget_renders(self, removed: list[Option]) -> None:
        if not removed:
            return
        gone = set(removed)
        render_cache = self._option_render_cache
        for key in [key for key in render_cache.keys() if key[0] in gone]:  # noqa: SIM118 (no __iter__)
            render_cache.discard(key)

    def _keep_cursor(self, start: int, stop: int, removed: list[Option], new: list[Option]) -> None:
        highlighted = self.highlighted
        if highlighted is None or highlighted < start:
            return
        if highlighted >= stop:
            self.highlighted = highlighted + len(new) - len(removed)
            return
        option_id = removed[highlighted - start].id
        if option_id is not None and option_id in self._id_to_option:
            self.highlighted = self.get_option_index(option_id)
        else:
            self.highlighted = None  # its row is gone, as after a rebuild

    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        # Cached renders carry their row's index (for the mouse); a splice shifts rows, so
        # the index is brought up to date here rather than rendering the row again.
        strips = super()._get_option_render(option, style)
        index = self._option_to_index[option]
        if strips and _meta_index(strips[0]) != index:
            meta = RichStyle.from_meta({"option": index})
            strips[:] = [
                Strip(list(Segment.apply_style(strip, post_style=meta)), strip.cell_length)
                for strip in strips
            ]
        return strips


def _meta_index(strip: Strip) -> int | None:
    for segment in strip:
        return segment.style.meta.get("option") if segment.style else None
    return None


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
        self._rows: list[Row] = []
        self._summary: tuple[Text, str, Text, str] | None = None
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
        if article is None:
            self._show_summary(Text("No article open.", style="dim"), Text(""))
            self.show_annotations([])
            self.show_entities([])
            return
        if article.tags:
            tags = Text("  ".join(f"#{inert_line(tag)}" for tag in article.tags))
        else:
            tags = Text("No tags yet: press t to add some.", style="dim")
        if article.note:
            note = Text(inert_block(article.note))
        else:
            note = Text("No note: press n in the reader.", style="dim")
        self._show_summary(tags, note)

    def _show_summary(self, tags: Text, note: Text) -> None:
        # Updating a Static lays the whole screen out again, so an unchanged summary (every
        # highlight edit refreshes the article) is left as it is.
        summary = (tags, str(tags.style), note, str(note.style))
        if self._summary == summary:
            return
        self._summary = summary
        self.query_one("#sidebar-tags", Static).update(tags)
        self.query_one("#sidebar-note", Static).update(note)

    def show_annotations(self, highlights: list[Highlight]) -> None:
        """List the article's highlights in reading order, orphans in their own section.

        Only the rows that differ are touched (an added or deleted highlight, a recoloured
        one, a heading's count), and the entities below are left alone: rebuilding a list
        of hundreds of rows would cost several frames.
        """
        rows = _highlight_rows(highlights)
        before, self._rows = self._rows, rows
        items = self.items
        old_keys = [key for key, _ in before]
        new_keys = [key for key, _ in rows]
        if old_keys == new_keys:
            opcodes = [("equal", 0, len(rows), 0, len(rows))]
        else:
            matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
            opcodes = matcher.get_opcodes()
        fresh = not any(
            tag == "equal" and _has_highlight(old_keys[i1:i2]) for tag, i1, i2, *_ in opcodes
        )
        for tag, i1, i2, j1, j2 in reversed(opcodes):
            if tag != "equal":
                items.splice(i1, i2, [_row_option(row) for row in rows[j1:j2]])
                continue
            for offset, (old, new) in enumerate(zip(before[i1:i2], rows[j1:j2], strict=True)):
                if old[1] != new[1]:
                    items.splice(i1 + offset, i1 + offset + 1, [_row_option(new)])
        if fresh and _has_highlight(old_keys):
            items.scroll_home(animate=False, immediate=True)  # another article's list

    def show_entities(self, groups: list[EntityGroup] | None) -> None:
        """List entities grouped by type (``None`` while recognition is still running)."""
        self._entities = groups
        items = self.items
        items.splice(len(self._rows), items.option_count, self._entity_options())

    def set_legend_enabled(self, enabled: bool) -> None:
        """Dim the legend while the reader's entity colours are off."""
        self.query_one(EntityLegend).set_enabled(enabled)

    def select(self, item: SidebarItem) -> None:
        """Put the list's cursor on ``item`` when it is listed."""
        items = self.items
        try:
            items.highlighted = items.get_option_index(item.option_id)
        except OptionDoesNotExist:
            return

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
