"""The reader pane: the article laid out by ``diplotui.layout``, drawn line by line.

Everything shown is a range of the stored text, so entity colours, highlights, search matches,
the selection and the reading cursor are all just styled ranges ("layers") painted over it; the
one exception is the title of an article stored without its headline (a feed's, a page's),
drawn above the text, where no cursor or highlight goes.
Text goes to the screen as segments built from inert characters, never as markup.

The reading cursor sits on a sentence; how it moves and what is selected is decided by the
session's :class:`~diplotui.session.ReadingCursor` (headless), which the reader moves and draws,
while every change to the store is a ``screen.`` action carried out through the session.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from typing import ClassVar, Literal, TypeVar

from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from textual.actions import SkipAction
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip

from diplotui.anchoring import statement_at, statement_in
from diplotui.inert import inert_line
from diplotui.layout import (
    Block,
    BlockKind,
    VisualLine,
    WrappedLines,
    wrap_blocks,
    wrap_label,
)
from diplotui.markup import without_marks
from diplotui.model import EntitySpan, EntityType, Highlight, Statement
from diplotui.palette import PALETTE, palette_key
from diplotui.session.annotations import highlight_at, placed_highlights
from diplotui.session.cursor import ReadingCursor
from diplotui.statements.said import quoted_start, statement_reach
from diplotui.tui.keys import LIST_KEYS_ELSEWHERE, QUOTE_KEYS
from diplotui.tui.legibility import drawn_in, legible
from diplotui.tui.widgets.follow_view import FollowsView
from diplotui.tui.widgets.legend import TYPE_LABELS
from diplotui.tui.widgets.panes import OPEN_HINT, ReaderPane, resize_virtually

BULLET = "• "
GUTTER = 2  # the cursor bar and a space before every line
LEAST_WIDTH = 20
"""The narrowest the text is wrapped to, in cells with the gutter and a related item's bullet
(text lines leave the bullet's cells blank): at 40 columns the pane shows 18, where a text
line takes them all."""
CURSOR_BAR = "▌"
SELECTION_BAR = "┊"  # lines of the selection, so it shows even where it is faint
SELECTION_ABOVE = "↑"  # top row: the selection goes on above the view
SELECTION_BELOW = "↓"  # bottom row: it goes on below
NO_ARTICLE = "Open an article first."
NO_QUOTE = "Open an article first: there is nothing to quote."
STATEMENT_MARK = "┃"  # in the gutter's second column, beside every line of a statement
HEADLINE_ROW = -2  # the ``VisualLine.block`` of a row of the title drawn above the text
HEADLINE_ROWS = 4  # a longer title ends in "…" there (the title bar and the list show it)
LAYOUT_STRETCH = 100_000
"""Characters wrapped at a time (about 8 ms): a long article's first screen is drawn from the
first stretch, the rest laid out a stretch after each frame, keys answered between them (an
8 MB article's 37,000 paragraphs froze the pane for over a second)."""
Span = tuple[int, int]


LayerSpan = tuple[int, int, str]
"""A range of the stored text and the component class it is drawn in."""


@dataclass(slots=True)
class _Layer:
    """Styled ranges kept sorted by start, with the longest length for overlap look-ups."""

    spans: list[LayerSpan]
    starts: list[int]
    longest: int

    @classmethod
    def of(cls, spans: list[LayerSpan]) -> _Layer:
        ordered = sorted(spans, key=lambda span: (span[0], span[1]))
        longest = max((end - start for start, end, _ in ordered), default=0)
        return cls(ordered, [start for start, _, _ in ordered], longest)

    def overlapping(self, start: int, end: int) -> list[LayerSpan]:
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_left(self.starts, end)
        return [span for span in self.spans[first:last] if span[1] > start and span[0] < end]


# Paint order: later layers win where they set the same attribute. The cursor's faint
# background goes first so a highlight's colour still shows under the cursor.
LAYER_ORDER = ("cursor", "entities", "highlights", "mention", "matches", "selection")


Awaited = Literal["names", "sentences"]
"""What a key pressed too soon waits for: the article's names and statements, or its sentences
read apart (a long one's)."""


def _start_key(span: Span) -> int:
    return span[0]


_Placed = TypeVar("_Placed", Highlight, Statement)


def _neighbour(items: Sequence[_Placed], here: int, current: object, delta: int) -> _Placed:
    """The next (``delta > 0``) or previous item from ``here``, skipping ``current``, wrapping
    round: what ``m``/``M`` and ``s``/``S`` jump to."""
    if delta > 0:
        after = [item for item in items if item.start > here and item is not current]
        return after[0] if after else items[0]
    before = [item for item in items if item.start < here and item is not current]
    return before[-1] if before else items[-1]


class Reader(ReaderPane, FollowsView, can_focus=True):
    """Shows one article with a sentence cursor; other code decides what to paint."""

    HELP_TITLE = "Reader"
    # what the help adds to a key that acts only at times ("n" is also Note; "v" read both
    # "Select" and "Unselect"), by action; None: left out of the help, whose "Clear
    # selection/find" row says what escape does
    HELP_NOTES: ClassVar[dict[str, str | None]] = {
        "next_match": "in a find, nothing selected",
        "previous_match": "in a find",
        "end_find": None,
        "end_selection": "while a selection grows",
    }
    BINDINGS = [
        Binding("down", "scroll_down", "Scroll down", show=False),
        Binding("up", "scroll_up", "Scroll up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("home", "scroll_home", "Scroll to top", show=False),
        Binding("end", "scroll_end", "Scroll to end", show=False),
        Binding("j", "sentence(1)", "Next sentence", show=False),
        Binding("k", "sentence(-1)", "Previous sentence", show=False),
        Binding("J,right_curly_bracket", "paragraph(1)", "Next paragraph", show=False),
        Binding("K,left_curly_bracket", "paragraph(-1)", "Previous paragraph", show=False),
        Binding("g", "first_sentence", "First sentence", show=False),
        Binding("G", "last_sentence", "Last sentence", show=False),
        # in the footer: selecting is the first thing done with a passage, and no other key
        # on screen says how
        Binding("v", "select", "Select"),
        # while a selection grows, ``v`` clears it: "v Select" then said the opposite
        Binding("v", "end_selection", "Unselect"),
        Binding("w", "extend_word(1)", "Selection end: next word", show=False),
        Binding("b", "extend_word(-1)", "Selection end: previous word", show=False),
        Binding("V", "select_paragraph", "Select paragraph", show=False),
        Binding(
            "quotation_mark", "select_quotation", "Select quotation", key_display='"', show=False
        ),
        Binding("escape", "end_find", "End find"),
        Binding("escape", "clear", "Clear selection/find", show=False),
        Binding("h", "screen.highlight", "Highlight"),
        *(
            Binding(
                colour.digit,
                f"screen.highlight('{colour.key}')",
                f"Highlight: {colour.label}",
                show=False,
            )
            for colour in PALETTE
        ),
        Binding("n", "next_match", "Next match"),
        Binding("N", "previous_match", "Previous match"),
        # no description: outside a find, where the binding above is off, N says what it does
        Binding("N", "outside_a_find", show=False),
        Binding("n", "screen.edit_note", "Note"),
        Binding(
            "number_sign", "screen.tag_highlight", "Tag highlight", key_display="#", show=False
        ),
        Binding("d", "screen.delete_highlight", "Delete highlight", show=False),
        Binding("u", "screen.undo", "Undo", show=False),
        Binding("U", "screen.redo", "Redo", show=False),
        Binding("m", "highlight_jump(1)", "Next highlight", show=False),
        Binding("M", "highlight_jump(-1)", "Previous highlight", show=False),
        Binding(
            "greater_than_sign",
            "mention_jump(1)",
            "Next entity mention",
            key_display=">",
            show=False,
        ),
        Binding(
            "less_than_sign",
            "mention_jump(-1)",
            "Previous entity mention",
            key_display="<",
            show=False,
        ),
        Binding("s", "statement_jump(1)", "Next statement", show=False),
        Binding("S", "statement_jump(-1)", "Previous statement", show=False),
        Binding("e", "screen.toggle_entities", "Entities on/off", show=False),
        Binding("E", "screen.correct_entity", "Correct entity", show=False),
        Binding("P", "screen.correct_speaker", "Correct speaker", show=False),
        Binding("slash", "screen.find", "Find in article", key_display="/", show=False),
        *QUOTE_KEYS,
        *LIST_KEYS_ELSEWHERE,
        # with no article open, the footer offers none of v, h, n and y (the main screen's
        # ``check_action``): pressed, they still say to open one
        Binding("v,h,n", "no_article", show=False),
        Binding("y", "no_article(True)", show=False),
    ]
    COMPONENT_CLASSES = {
        "reader--title",
        "reader--paragraph",
        "reader--caption",
        "reader--related-heading",
        "reader--related-item",
        "reader--gutter",
        "reader--statement-mark",
        "reader--statement-mark-labelled",
        "reader--cursor",
        "reader--selection",
        "reader--match",
        "reader--match-current",
        "reader--mention",
        *(f"reader--highlight-{colour.key}" for colour in PALETTE),
        *(f"reader--entity-{kind.value.lower()}" for kind in EntityType),
    }

    class ArticleShown(Message):
        """A new article is on screen: controllers paint highlights and start recognition."""

        def __init__(self, article_id: str | None) -> None:
            super().__init__()
            self.article_id = article_id

    class KeyWaits(Message):
        """A key pressed before the article's names are found (``awaits``: "names") or its
        sentences read ("sentences"): the screen holds it and ``act`` runs once they are
        (``HeldKeyActions``)."""

        def __init__(
            self, key: str, doing: str, act: Callable[[], None], awaits: Awaited = "names"
        ) -> None:
            super().__init__()
            self.key, self.doing, self.act, self.awaits = key, doing, act, awaits

    FOOTER_FIRST = ("next_match", "previous_match", "end_find")
    """A find's keys, shown only while a find is active: the footer lists them in this order
    before the reader's other keys, as only the first few fit at 80 columns."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)  # the placeholder's hint is the empty pane's, OPEN_HINT
        self.article_id: str | None = None
        self.text = ""
        self.cursor = ReadingCursor()  # the reading cursor and the selection
        self.lines = WrappedLines()
        self._headline_rows: list[str] = []  # the title above a text stored without it
        self._layers: dict[str, _Layer] = {}
        self._layer_styles: dict[str, Style] = {}
        self._wrapped_width = 0
        self._text_width = 0  # the width the text is wrapped to, within the gutter
        self._laid_blocks = 0  # the blocks wrapped so far: the rest come a stretch at a time
        self._layout_turn = 0  # bumped by each new layout: a stretch of an older one stops
        self._view_height = 0  # the pane's height at its last resize
        self.highlights: list[Highlight] = []
        self.entities: list[EntitySpan] = []
        self.statements: list[Statement] = []
        self._statement_starts: list[int] = []  # of ``statements``, to find those near a span
        self._longest_statement = 0
        self.statements_found = False
        """Whether the open article's names and statements have been found: until then an
        empty ``statements`` means "not yet", not "none" (they are found after it opens)."""
        self.statements_failed = ""
        """Why none were found when the recogniser or the finder raised on the text (a bug):
        then an empty ``statements`` means "not asked", never "nobody is quoted here"."""
        self._statement_spans = _Layer.of([])
        self._speaker_shown = ""  # the speaker named under the pane
        self._labelled: Span | None = None  # the statement that label names: its bar stands out
        self._statement_on: Statement | None = None  # the one s/S went to, in its sentence
        self._statement_chosen: Span | None = None  # its span, or W's choice: kept when found again
        self._frame_styles: dict[str, Style] | None = None  # while a frame is drawn
        self.show_entities = True
        self._selecting = False  # a selection grows from the cursor (the footer's v says so)
        self.mention: EntitySpan | None = None
        self.find_query = ""
        self.ended_find = ""  # a find ended by highlighting its phrase: what ``/`` offers again
        self.matches: list[Span] = []
        self.match_index = -1
        self._last_asked = False  # G pressed over provisional units: the last when split

    # -- content ---------------------------------------------------------------------------

    def show(self, article_id: str | None, text: str, cursor: ReadingCursor | None = None) -> None:
        """Display an article's stored text (``None`` clears the pane), with the session's
        reading cursor over it (a fresh one when none is given)."""
        self.article_id = article_id
        self.placeholder = OPEN_HINT
        self.text = text
        self.cursor = cursor if cursor is not None else ReadingCursor.over(text)
        self._layers.clear()
        self.highlights, self.entities, self.mention = [], [], None
        self.statements, self._statement_on, self._statement_chosen = [], None, None
        self._statement_starts, self._longest_statement = [], 0
        self.statements_found = False
        self.statements_failed = ""
        self._statement_spans = _Layer.of([])
        self._speaker_shown = self.border_subtitle = ""
        self._labelled = None
        self.find_query, self.matches, self.match_index = "", [], -1
        self.ended_find = ""
        self._last_asked = False
        self._wrapped_width = 0
        self._relayout()
        self.refresh()
        self._paint_cursor()
        self.scroll_to(0, 0, animate=False)
        self.refresh_bindings()  # the footer offers v, h, n and y only with an article open
        self.post_message(self.ArticleShown(article_id))

    def show_unreadable(self, reason: str) -> None:
        """Clear the pane and say, in its place, why the chosen article cannot be shown."""
        self.show(None, "")
        self.say_in_place(reason)

    def say_in_place(self, words: str) -> None:
        """Say ``words`` (data: drawn inert) where an article's text would be, until one is
        shown."""
        self.placeholder = inert_line(words)
        self.refresh()

    def set_layer(self, name: str, spans: list[LayerSpan]) -> None:
        """Replace one layer of ranges (offsets into the stored text) and their components,
        redrawing only the lines whose ranges changed: ``j`` moves the cursor's layer over a
        sentence or two, and redrawing the whole pane was most of that key's frame."""
        old = self._layers.get(name)
        layer = self._layers[name] = _Layer.of(spans)
        if old is None or not old.spans:  # a first layer (70,000 mentions) needs no set
            changed: Collection[LayerSpan] = layer.spans
        else:
            changed = set(old.spans) ^ set(layer.spans)
        if not changed:
            return
        if name == "selection" or not self.lines:  # its marks show on the view's edges too
            self.refresh()
            return
        first = self.line_index_of(min(start for start, _, _ in changed))
        last = self.line_index_of(max(max(start, end - 1) for start, end, _ in changed))
        self.refresh_lines(first, last - first + 1)

    def set_highlights(self, highlights: list[Highlight]) -> None:
        """Paint the article's placed highlights; orphans have no place to be painted."""
        self.highlights = placed_highlights(highlights, len(self.text))
        self.set_layer(
            "highlights",
            [
                (h.start, h.end, f"reader--highlight-{palette_key(h.color)}")
                for h in self.highlights
            ],
        )

    def set_entities(self, spans: list[EntitySpan]) -> None:
        """Paint entity mentions in their type's colour (when entity colouring is on)."""
        self.entities = sorted(spans, key=lambda s: (s.start, s.end))
        self._paint_entities()

    def set_statements(self, statements: list[Statement], failed: str = "") -> None:
        """Mark who-said-what: a bar in the gutter beside each statement's lines. ``failed``:
        the notice saying why none could be found (``prepare_helper.prepared``)."""
        self.statements_failed = failed
        self.statements = sorted(statements, key=lambda s: (s.start, s.end))
        self._statement_starts = [s.start for s in self.statements]
        self._longest_statement = max((s.end - s.start for s in self.statements), default=0)
        self.statements_found = True
        self._statement_on = self._chosen_statement()
        self._statement_spans = _Layer.of(
            [(s.start, s.end, "reader--statement-mark") for s in self.statements]
        )
        self._label_statement()
        self.refresh()

    def statement_at(self, start: int, end: int) -> Statement | None:
        """On the cursor's sentence, the statement s/S last went to there (a sentence may hold
        two speakers'); else the one the span holds (``statement_in``)."""
        went_to = self._statement_on
        on_cursor = (start, end) == self.cursor_span
        if went_to is not None and on_cursor and start <= went_to.start < end:
            return went_to
        return statement_in(self._statements_near(start, end), start, end)

    def statement_of(self, start: int, end: int) -> Statement | None:
        """The statement ``text[start:end]`` is of, whose speaker a highlight or a copy of it
        keeps: the one s/S went to when these are its words, else ``statement_at`` (mostly
        one speaker's words), as a refresh or a speaker correction reads it again later."""
        went_to = self._statement_on
        if went_to is not None and (start, end) == (went_to.start, went_to.end):
            return went_to
        return statement_at(self._statements_near(start, end), start, end)

    def _statements_near(self, start: int, end: int) -> list[Statement]:
        """The statements that may share words with ``text[start:end]``, in text order: every
        key moving the cursor asks who speaks there, and a look through all of an 8 MB
        article's 185,000 statements took 0.4 s a key."""
        low = bisect_left(self._statement_starts, start - self._longest_statement)
        return self.statements[low : bisect_left(self._statement_starts, end)]

    def _label_statement(self) -> None:
        """Say under the pane who speaks in the cursor's sentence."""
        from diplotui.library.statement_lines import speaker_label

        statement = self.statement_at(*self.cursor_span) if self.statements else None
        # the border's corners, its dashes and the label's padding take six columns
        width = self.outer_size.width - 6 if self.outer_size.width else None
        label = inert_line(speaker_label(statement, width)) if statement else ""
        if label != self._speaker_shown:  # a new subtitle redraws the whole pane
            self._speaker_shown = label
            self.border_subtitle = Content(label)  # a str would be read as markup
        # both parts of a quotation its attribution interrupts: one statement, as W lists it
        self._mark_labelled(None if statement is None else statement_reach(self.text, statement))

    def _mark_labelled(self, span: Span | None) -> None:
        """Set apart the bar of the statement the label names: every statement's bar alike,
        the label under the pane ("delegates proposed") read as naming the speaker of the
        marked lines beside it, another statement's."""
        old, self._labelled = self._labelled, span
        if old == span or not self.lines:
            return
        for start, end in (s for s in (old, span) if s is not None):
            first = self.line_index_of(start)
            self.refresh_lines(first, self.line_index_of(max(end - 1, start)) - first + 1)

    def action_statement_jump(self, delta: int) -> None:
        if self._no_article():
            return
        if not self.statements_found:
            key, jump = "s" if delta > 0 else "S", partial(self.action_statement_jump, delta)
            self.post_message(self.KeyWaits(key, "Going to the statement", jump))
            return
        if not self.statements:
            if self.statements_failed:  # not "none found": the finder was not able to ask
                self.notify(self.statements_failed, severity="warning", markup=False)
                return
            self.notify("No statements found in this article.", markup=False)
            return
        current = self.statement_at(*self.cursor_span)
        here = current.start if current is not None else self.cursor_span[0]
        target = _neighbour(self.statements, here, current, delta)
        self._statement_on = target  # a sentence may hold several: the next s goes on from it
        self._statement_chosen = (target.start, target.end)
        self.jump_to(target.start, target.end)
        self._label_statement()
        self._say_if_round(target.start, here, delta, "statement")

    def jump_to_statement(self, start: int, end: int) -> None:
        """Put the cursor on a statement chosen elsewhere (``W``): its sentence may hold
        another speaker's, and the label, ``y`` and ``h`` take the chosen one, as after ``s``
        (the article's statements, found after it opens, are matched to it when they come)."""
        self._statement_chosen = (start, end)
        self._statement_on = self._chosen_statement()
        self.jump_to(start, end)
        self._label_statement()

    def _chosen_statement(self) -> Statement | None:
        chosen = self._statement_chosen
        return next((s for s in self.statements if (s.start, s.end) == chosen), None)

    def _say_if_round(self, reached: int, here: int, delta: int, kind: str) -> None:
        """A jump that went round the article's end says so: the cursor leaving for the other
        end of a long article, unannounced, read as a jump to the wrong place."""
        if reached <= here if delta > 0 else reached >= here:
            where = "first" if delta > 0 else "last"
            self.notify(f"Back to the {where} {kind}.", markup=False, timeout=2)

    def _paint_entities(self) -> None:
        if not self.show_entities:
            self.set_layer("entities", [])
            return
        known = {kind.value for kind in EntityType}
        self.set_layer(
            "entities",
            [
                (s.start, s.end, f"reader--entity-{s.type.lower()}")
                for s in self.entities
                if s.type in known
            ],
        )

    def set_matches(self, query: str, matches: list[Span]) -> None:
        """Show a find: every match painted, the current one (first after the cursor) stronger."""
        self.find_query, self.matches = query, matches
        self.match_index = -1
        if matches:
            here = self.cursor_span[0] if self.units else 0
            self.match_index = bisect_left(matches, here, key=_start_key) % len(matches)
        self._paint_matches()
        self.refresh_bindings()

    def _paint_matches(self) -> None:
        plain, current = "reader--match", "reader--match-current"
        self.set_layer(
            "matches",
            [
                (start, end, current if index == self.match_index else plain)
                for index, (start, end) in enumerate(self.matches)
            ],
        )
        if 0 <= self.match_index < len(self.matches):
            start, end = self.matches[self.match_index]
            self.move_cursor_to(start)
            self.scroll_range_into_view(start, end)

    def _layer_style(self, component: str) -> Style:
        """A layer's style with its translucent colours laid over the reader's background, so
        a faint tint (the cursor's) stays faint instead of turning opaque."""
        style = self._layer_styles.get(component)
        if style is None:
            style = self._layer_styles[component] = self._resolve(component)
        return style

    def _resolve(self, component: str) -> Style:
        styles = self.get_component_styles(component)
        ground = self.background_colors[1]
        background = None
        if styles.has_rule("background") and styles.background.a > 0:
            background = ground = ground + styles.background
        foreground = None
        if styles.has_rule("color") and styles.color.a > 0:
            colour = styles.color
            if colour.auto:
                colour = ground.get_contrast_text(colour.a)
            foreground = (ground + colour).rich_color
        style = Style(color=foreground, bgcolor=background.rich_color if background else None)
        return style + styles.text_style

    def notify_style_update(self) -> None:
        """A new theme or stylesheet: the layers' styles are resolved again."""
        self._layer_styles.clear()
        super().notify_style_update()

    def _relayout(self) -> bool:
        """Wrap the text to the pane's width, its first stretch now and the rest a stretch
        after each frame (:meth:`_lay_out_more`); whether its lines changed."""
        width = max(self.scrollable_content_region.width, LEAST_WIDTH)
        self._wrapped_width = width
        self._text_width = width - len(BULLET) - GUTTER
        headline = self.cursor.headline
        rows = wrap_label(headline, self._text_width, HEADLINE_ROWS) if headline else []
        lines = WrappedLines()
        for _ in rows:
            lines.append(VisualLine(HEADLINE_ROW, 0, 0))
        if rows and self.blocks:
            lines.append(VisualLine(-1, 0, 0))
        old = self.lines
        changed = rows != self._headline_rows
        self.lines, self._headline_rows, self._laid_blocks = lines, rows, 0
        self._layout_turn += 1
        self._wrap_stretch()
        self._fit_virtual_size()
        changed = changed or self.layout_pending or len(lines) != len(old) or lines != old
        if self.layout_pending:
            self.call_after_refresh(self._lay_out_more, self._layout_turn)
        return changed

    @property
    def layout_pending(self) -> bool:
        """Whether blocks of the open text are still to be wrapped (see ``LAYOUT_STRETCH``)."""
        return self._laid_blocks < len(self.blocks)

    def _wrap_stretch(self, until: int = 0) -> None:
        """Wrap the next blocks, about ``LAYOUT_STRETCH`` characters of them, or on to the one
        holding offset ``until`` when that lies further, and give the pane its new height."""
        blocks = self.blocks
        first = stop = self._laid_blocks
        if stop >= len(blocks):
            return
        reach = max(blocks[first].start + LAYOUT_STRETCH, until + 1)
        while stop < len(blocks) and blocks[stop].start < reach:
            stop += 1
        shown = self.scrollable_content_region.width or self._wrapped_width
        # an item's bullet takes cells a text line leaves blank: where the text takes every
        # cell shown (40 columns), the items wrap narrower (their last letters went unseen)
        items = shown - GUTTER - len(BULLET)
        wrap_blocks(self.cursor.shown, blocks, self._text_width, self.lines, first, stop, items)
        self._laid_blocks = stop
        self._fit_virtual_size()

    def _fit_virtual_size(self) -> None:
        """As tall as the lines laid out, and no wider than the pane: wrapped wider (to
        ``LEAST_WIDTH``, at 40 columns), its blank last cells put a sideways scrollbar on the
        pane's last row, over a line of the article."""
        shown = self.scrollable_content_region.width
        width = min(self._wrapped_width, shown) if shown else self._wrapped_width
        resize_virtually(self, Size(width, len(self.lines)))

    def _lay_out_more(self, turn: int) -> None:
        """The next stretch of a long text, unless a newer layout replaced this one."""
        if turn != self._layout_turn or not self.layout_pending:
            return
        drawn = len(self.lines)
        self._wrap_stretch()
        if drawn < int(self.scroll_y) + self.scrollable_content_region.height:
            self.refresh()  # the view reached past the lines laid out: blank until now
        if self.layout_pending:
            self.call_after_refresh(self._lay_out_more, turn)

    def lay_out_to(self, offset: int) -> None:
        """Wrap at once as far as ``offset`` (``G``, a find's match, a jump far down)."""
        if self.layout_pending and offset >= self.blocks[self._laid_blocks].start:
            self._wrap_stretch(offset)

    def on_resize(self) -> None:
        """Wrap again at the new width; Textual draws a resized pane whole already, but from
        the lines wrapped before (the first resize comes after the first frame): drawn again
        only if the new width wraps them differently. The line at the top stays at the top,
        and a cursor in sight before stays in sight: a smaller terminal hid it below the
        view, and ``h``, ``y`` or ``n`` acted on words no longer shown."""
        cursor_seen = self._cursor_in_view(self._view_height)
        self._view_height = self.scrollable_content_region.height
        if self.scrollable_content_region.width != self._wrapped_width:
            anchor = self.offset_at_top()
            if self._relayout():
                self.refresh()
            if anchor is not None:
                self.scroll_to_offset(anchor, top=True)
        if cursor_seen:
            self.scroll_range_into_view(*self.cursor_span)
        if self._speaker_shown:
            self._label_statement()  # the role cut to the new width, or whole again

    # -- cursor and selection ----------------------------------------------------------------

    @property
    def blocks(self) -> list[Block]:
        return self.cursor.blocks

    @property
    def units(self) -> list[Span]:
        """The sentences the cursor moves over."""
        return self.cursor.units

    @property
    def selection(self) -> Span | None:
        return self.cursor.selection

    @property
    def cursor_span(self) -> Span:
        """The sentence under the reading cursor (an empty span when nothing is open)."""
        return self.cursor.span

    def move_cursor_to(self, offset: int) -> None:
        """Put the cursor on the sentence holding ``offset`` and bring it into view."""
        if self.units:
            self.cursor.move_to_offset(offset)
            self._cursor_moved()

    def take_units(self, units: list[Span], owners: list[int]) -> None:
        """The text split whole (a long one is shown on provisional units first): the cursor
        moves over its sentences from now on, from where it is, the view left as it is;
        a ``G`` pressed meanwhile, the cursor still where it left it, goes on to the last."""
        last = self._last_asked and self.cursor.index == len(self.units) - 1
        self._last_asked = False
        self.cursor.take_units(units, owners)
        if last and self.units:
            self._set_cursor(len(self.units) - 1)
            return
        self._paint_selection()
        self._paint_cursor()

    def reopen_at(self, offset: int) -> None:
        """Put the cursor where the reader left it last time, and show it once the pane has
        its size (at start-up it is laid out before it has one)."""
        self.move_cursor_to(offset)
        self.call_after_refresh(lambda: self.scroll_range_into_view(*self.cursor_span))

    def held_place(self) -> Callable[[], None]:
        """What puts the cursor and the selection back as they are now: a find moves the
        cursor to its matches as they are typed, growing a selection held from before it,
        and a find cancelled must leave both where the reader had them."""
        cursor = self.cursor
        offset, anchor, selection = cursor.span[0], cursor.anchor, cursor.selection

        def put_back() -> None:
            cursor.anchor = cursor.selection = None
            cursor.move_to_offset(offset)
            cursor.anchor, cursor.selection = anchor, selection
            self._cursor_moved()

        return put_back

    def _set_cursor(self, index: int) -> None:
        self.cursor.move_to(index)
        self._cursor_moved()

    def _cursor_moved(self) -> None:
        self._paint_selection()
        self._paint_cursor()
        self._label_statement()
        self.scroll_range_into_view(*self.cursor_span)

    def _paint_cursor(self) -> None:
        """The cursor's sentence painted from where ``y`` quotes and ``h`` highlights it:
        after the dateline its paragraph opens with ("WVR - ", nobody's words), which the bar
        covered while the highlight and the copy started after it."""
        start, end = self.cursor_span
        if end:
            start = quoted_start(self.text, start, end)
        self.set_layer("cursor", [(start, end, "reader--cursor")] if end else [])

    def _paint_selection(self) -> None:
        spans = []
        if self.selection is not None:
            spans = [(*self.selection, "reader--selection")]
        self.set_layer("selection", spans)
        selecting = self.cursor.anchor is not None
        # the footer's n: Note on a selection, else Next match; its v: Select or Clear
        if self.find_query or selecting != self._selecting:
            self._selecting = selecting
            self.refresh_bindings()

    def action_end_selection(self) -> None:
        """``v`` while a selection grows from the cursor: it goes (as ``escape`` takes it)."""
        self.action_select()

    def _cursor_in_view(self, height: int | None = None) -> bool:
        """Whether the cursor's first line is in the view (``height`` rows tall: the pane's
        own height unless told, as a resize tells the height the view had)."""
        first = self.line_index_of(self.cursor_span[0])
        top = int(self.scroll_y)
        if height is None:
            height = self.scrollable_content_region.height
        return top <= first < top + height

    def action_page_down(self) -> None:
        self._scroll_by_key(self.scroll_y + self.scrollable_content_region.height)

    def action_page_up(self) -> None:
        self._scroll_by_key(self.scroll_y - self.scrollable_content_region.height)

    def action_scroll_down(self) -> None:
        self._scroll_by_key(self.scroll_y + 1)

    def action_scroll_up(self) -> None:
        self._scroll_by_key(self.scroll_y - 1)

    def action_scroll_home(self) -> None:
        self._scroll_by_key(0)

    def action_scroll_end(self) -> None:
        self.lay_out_to(len(self.text))
        self._scroll_by_key(self.max_scroll_y)

    def _scroll_by_key(self, y: float) -> None:
        """Scroll as a key asks, and bring along a cursor the view left behind (unless a
        selection holds it: that one is marked at the edge): paged away from, the cursor
        stayed on a sentence out of sight, so ``h``, ``y`` or ``n`` acted on words no
        longer shown, and the app reopened there, not on the page being read."""
        if not self.allow_vertical_scroll:
            raise SkipAction  # as Textual's own scroll keys do: nothing here to scroll
        self.scroll_to(y=y, animate=False, immediate=True)
        self.follow_view()

    def follow_view(self) -> None:
        """A cursor the view scrolled away from (no selection holding it) moves to the first
        sentence shown, or the last when it was left below; the view stays where it is."""
        if not self.units or self.selection is not None or self._cursor_in_view():
            return
        top = int(self.scroll_y)
        if self.line_index_of(self.cursor_span[0]) < top:  # left above: the first shown
            index = self.cursor.index_at_or_after(self.offset_at_top() or 0)
        else:  # left below: the last whose first line is shown
            below = top + self.scrollable_content_region.height
            end = self.lines[below].start if below < len(self.lines) else len(self.text)
            index = self.cursor.index_at_or_after(end) - 1
        self.cursor.move_to(index)
        self._paint_cursor()
        self._label_statement()

    def action_sentence(self, delta: int) -> None:
        if not self.units:
            return
        if not self._cursor_in_view():
            self._set_cursor(self.cursor.index_at_or_after(self.offset_at_top() or 0))
            return
        self._set_cursor(self.cursor.index + delta)

    def action_paragraph(self, delta: int) -> None:
        if self.units:
            self._set_cursor(self.cursor.paragraph_index(delta))

    def action_first_sentence(self) -> None:
        self._set_cursor(0)
        self.scroll_home(animate=False)

    def action_last_sentence(self) -> None:
        """``G``: the last sentence; in a long article opened a moment ago, whose sentences
        past its head are still being read apart (each paragraph one unit meanwhile), the
        last paragraph now, said so, and its last sentence once they are read
        (:meth:`take_units`): it landed on the whole paragraph, 35 lines, and said nothing."""
        self._set_cursor(len(self.units) - 1)
        self._last_asked = self.cursor.provisional
        if self._last_asked:
            self.notify(
                "Still reading the sentences: G goes on to the last one once they are read.",
                markup=False,
            )

    def action_select(self) -> None:
        """Start a selection at the cursor that grows as it moves (``v`` again ends it).
        During a find, select the match in the cursor's sentence, ``w``/``b`` then moving
        its end: else no key started a selection inside a sentence, and a phrase ("strategic
        cooperative partnership") could not be highlighted or copied without its sentence."""
        if self._no_article():
            return
        match = self._match_at_cursor()
        if match is not None and self.cursor.anchor is None:
            if self.selection is not None and self.selection[0] == match[0]:
                self.clear_selection()
            else:
                self.select_range(*match)
            return
        self.cursor.toggle_selection()
        self._paint_selection()

    def _match_at_cursor(self) -> tuple[int, int] | None:
        """The find's current match, when it lies in the cursor's sentence."""
        if not self.find_query or not self.matches:
            return None
        start, end = self.matches[self.match_index % len(self.matches)]
        cursor_start, cursor_end = self.cursor_span
        return (start, end) if start < cursor_end and end > cursor_start else None

    def select_range(self, start: int, end: int) -> None:
        """Select an exact range (a paragraph, a quotation); moving the cursor ends it."""
        self.cursor.select_range(start, end)
        self._paint_selection()

    def clear_selection(self) -> None:
        self.cursor.clear_selection()
        self._paint_selection()

    def action_extend_word(self, delta: int) -> None:
        """Move the selection's end by one word (starting a selection if there is none),
        that end shown: moved out of sight, the words taken or dropped could not be seen."""
        self.cursor.extend_by_word(delta)
        self._paint_selection()
        if self.selection is not None:
            start, end = self.selection
            self._show((max(end - 1, start), end))

    def action_select_paragraph(self) -> None:
        self.show_cursor()
        span = self.cursor.paragraph_span()
        if span is not None:
            self.select_range(*span)
            self.show_target()

    def action_select_quotation(self) -> None:
        """Select the quotation the cursor's sentence is in; in a long article opened a
        moment ago, once its sentences are read apart (a paragraph is one unit until then,
        and its first quotation is not the sentence's)."""
        if self._no_article():
            return
        if self.cursor.provisional:
            select = self.action_select_quotation
            self.post_message(self.KeyWaits('"', "Selecting the quotation", select, "sentences"))
            return
        self.show_cursor()
        span = self.cursor.quotation_span()
        if span is None:
            self.notify("No quotation under the cursor.", markup=False)
        else:
            self.select_range(*span)
            self.show_target()

    def action_end_find(self) -> None:
        """``escape`` during a find: the footer names it "End find"; it also drops the
        selection, as ``escape`` always does."""
        self.action_clear()

    def action_clear(self) -> None:
        """``escape``: end a find and drop the selection, both at once."""
        if self.find_query:
            self.set_matches("", [])
        if self.selection is not None:
            self.clear_selection()

    # -- jumps -------------------------------------------------------------------------------

    def action_no_article(self, quoting: bool = False) -> None:
        """``v``, ``h``, ``n`` or ``y`` with no article open, which the footer then leaves
        out (at 80 columns it offered them over the pane's "Open an article from the list")."""
        self.notify(NO_QUOTE if quoting else NO_ARTICLE, markup=False)

    def _no_article(self) -> bool:
        """Whether no article is open, said: the empty pane's ``s`` said the names were still
        being found (they never would be), ``m`` spoke of "this article"."""
        if self.article_id:
            return False
        self.notify(NO_ARTICLE, markup=False)
        return True

    def highlight_at_cursor(self) -> Highlight | None:
        """The highlight holding the cursor sentence's start, else the first one touching it."""
        return highlight_at(self.highlights, self.cursor_span)

    def action_highlight_jump(self, delta: int) -> None:
        if self._no_article():
            return
        if not self.highlights:
            self.notify("No highlights in this article.", markup=False)
            return
        current = self.highlight_at_cursor()
        here = self.cursor_span[0]
        target = _neighbour(self.highlights, here, current, delta)
        self.jump_to(target.start, target.end)
        self._say_if_round(target.start, here, delta, "highlight")

    def jump_to(self, start: int, end: int) -> None:
        """Put the cursor on a passage and show it (from the sidebar, a find, a statement).
        A passage out of sight is shown a third of the way down, with what follows it: the
        least scroll that shows it put it on the pane's last lines, its context cut off."""
        far = not self._in_view(start, end)
        self.move_cursor_to(start)
        if far and self.lines:
            height = self.scrollable_content_region.height
            self.scroll_to(y=max(self.line_index_of(start) - height // 3, 0), animate=False)
        self.scroll_range_into_view(start, end)

    def show_target(self) -> None:
        """Bring what a key is about to act on into view: the selection, else the cursor's
        sentence. Held while the view paged on, a selection was copied, highlighted or
        corrected where the screen showed only an arrow at the gutter's edge."""
        self._show(self.selection or self.cursor_span)

    def show_cursor(self) -> None:
        """Bring the cursor's sentence into view, as a key acting on it (``L``, ``V``,
        ``"``) is pressed: a selection held it while the view paged on, three screens away."""
        self._show(self.cursor_span)

    def _show(self, span: tuple[int, int]) -> None:
        if self.lines and not self._in_view(*span):
            self.scroll_range_into_view(*span)

    def _in_view(self, start: int, end: int) -> bool:
        if not self.lines:
            return False
        top = int(self.scroll_y)
        bottom = top + self.scrollable_content_region.height
        first, last = self.line_index_of(start), self.line_index_of(max(end - 1, start))
        return top <= first and last < bottom

    def show_mention(self, mention: EntitySpan | None) -> None:
        """Mark one entity mention (the one ``E`` acts on) and move the cursor to it."""
        self.mention = mention
        spans = [(mention.start, mention.end, "reader--mention")] if mention else []
        self.set_layer("mention", spans)
        if mention is not None:
            self.jump_to(mention.start, mention.end)

    def action_mention_jump(self, delta: int) -> None:
        if self._no_article():
            return
        if not self.entities:
            self.notify("No entities recognised here (yet).", markup=False)
            return
        start, end = self.cursor_span
        marked = self.mention is not None and start <= self.mention.start < end
        starts = [s.start for s in self.entities]
        if delta > 0:
            here = self.mention.start if marked and self.mention else start - 1
            index = bisect_right(starts, here) % len(starts)
        else:
            here = self.mention.start if marked and self.mention else start
            index = (bisect_left(starts, here) - 1) % len(starts)
        landed = self.entities[index]
        self.show_mention(landed)
        # said: the cursor alone did not show which name it marked, and E after it was a guess
        kind = TYPE_LABELS.get(landed.type, landed.type)
        self.notify(
            f"“{inert_line(landed.text)}” ({kind}): E corrects it.", markup=False, timeout=2
        )

    def entity_at_cursor(self) -> EntitySpan | None:
        """The marked mention when it is in the cursor sentence, else the sentence's first."""
        start, end = self.cursor_span
        if self.mention and self.mention.start < end and self.mention.end > start:
            return self.mention
        return next((s for s in self.entities if s.start < end and s.end > start), None)

    def toggle_entities(self) -> bool:
        """Turn entity colouring on or off; returns whether it is now on."""
        self.show_entities = not self.show_entities
        self._paint_entities()
        return self.show_entities

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``n``/``N`` step through matches only while a find is active; else ``n`` is Note,
        and ``escape`` is the footer's "End find" only during a find; ``v`` is "Select", or
        "Unselect" while a selection grows from the cursor. A selection held
        during a find (its match taken with ``v``) makes ``n`` Note on it, as ``h``
        highlights it: the note's words typed after a ``n`` that stepped on ran as keys."""
        if action == "no_article":
            return not self.article_id
        if action == "select" and not self.article_id:
            return False  # the footer offers no key that can act on nothing
        if action == "next_match":
            return bool(self.find_query) and self.selection is None
        if action in ("previous_match", "end_find"):
            return bool(self.find_query)
        if action in ("select", "end_selection"):
            return (self.cursor.anchor is not None) == (action == "end_selection")
        return True

    def end_find_chosen(self) -> str:
        """End a find whose phrase was chosen and annotated (its selection highlighted), so
        that ``n`` notes that highlight; ``/`` offers its words again. Returns them."""
        query = self.find_query
        self.set_matches("", [])
        self.ended_find = query
        return query

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def action_outside_a_find(self) -> None:
        """``N`` with no find did nothing and said nothing (``n`` is then Note)."""
        self.notify("N goes to the previous match of a find: / finds in the article.", markup=False)

    def _step_match(self, delta: int) -> None:
        if not self.matches:
            self.notify("No matches.", markup=False)
            return
        count = len(self.matches)
        stepped = self.match_index + delta
        self.match_index = stepped % count
        self._paint_matches()
        if stepped != self.match_index:  # past the last or the first: said, not silent
            end = "first" if delta > 0 else "last"
            self.notify(
                f"Wrapped to the {end} match ({self.match_index + 1:,} of {count:,}).", markup=False
            )

    # -- geometry --------------------------------------------------------------------------

    def line_index_of(self, offset: int) -> int:
        """The visual line that shows ``offset`` (the nearest one when it is hidden)."""
        index = bisect_right(self.lines.starts, offset) - 1
        index = max(index, 0)
        while index > 0 and self.lines[index].block == -1:
            index -= 1
        return index

    def offset_at_top(self) -> int | None:
        if not self.lines:
            return None
        return self.lines[min(int(self.scroll_y), len(self.lines) - 1)].start

    def scroll_to_offset(self, offset: int, *, top: bool = False) -> None:
        """Scroll so the line holding ``offset`` is visible (at the top when asked), laid
        out first if it is not yet."""
        self.lay_out_to(offset)
        if not self.lines:
            return
        y = self.line_index_of(offset)
        height = self.scrollable_content_region.height
        if top:
            self.scroll_to(y=y, animate=False)
        elif y < self.scroll_y:
            self.scroll_to(y=max(y - 1, 0), animate=False)
        elif y >= self.scroll_y + height:
            self.scroll_to(y=y - height + 2, animate=False)

    def scroll_range_into_view(self, start: int, end: int) -> None:
        """Make a passage visible, showing its start when it is taller than the pane."""
        self.scroll_to_offset(max(end - 1, start))
        self.scroll_to_offset(start)

    # -- drawing ---------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        """Draw the lines in ``crop``, working out the pane's style and each component's once
        for all of them (each is a walk up the DOM: per line, that was most of a line's cost)."""
        self._frame_styles = {}
        try:
            return super().render_lines(crop)
        finally:
            self._frame_styles = None

    def _part_style(self, component: str = "") -> Style:
        """The pane's style, with ``component``'s on top when given (kept for the frame)."""
        styles = self._frame_styles if self._frame_styles is not None else {}
        found = styles.get(component)
        if found is None:
            found = self.rich_style
            if component:
                found += self.get_component_rich_style(component)
            styles[component] = found
        return found

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = y + int(self.scroll_y)
        base = self._part_style()
        if not self.lines:
            return self.render_empty_line(y, base, self._part_style("reader--placeholder"))
        if index >= len(self.lines):
            return Strip.blank(width, base)
        line = self.lines[index]
        gutter_style = self._part_style("reader--gutter")
        if line.block == -1:
            mark = self._selection_mark(line, y)
            return Strip([Segment(mark, gutter_style)]).adjust_cell_length(width, base)
        if line.block == HEADLINE_ROW:  # the headline rows come first
            row = self._headline_rows[index]
            title_style = legible(self._part_style("reader--title"), drawn_in(self.app))
            strip = Strip([Segment(" " * GUTTER, gutter_style), Segment(row, title_style)])
            return strip.adjust_cell_length(width, base)
        block = self.blocks[line.block]
        block_style = self._part_style(f"reader--{block.kind.value}")
        cursor_start, cursor_end = self.cursor_span
        on_cursor = line.start < cursor_end and line.end > cursor_start
        bar = CURSOR_BAR if on_cursor and self.has_focus else ("│" if on_cursor else " ")
        selected = self._selection_mark(line, y)
        if selected and not on_cursor:
            bar = selected
        segments: list[Segment] = [Segment(bar, gutter_style)]
        if self._has_statement(line.start, line.end):
            labelled = self._labelled
            named = labelled is not None and line.start < labelled[1] and line.end > labelled[0]
            mark_style = self._part_style(
                "reader--statement-mark-labelled" if named else "reader--statement-mark"
            )
            segments.append(Segment(STATEMENT_MARK.ljust(GUTTER - 1), mark_style))
        else:
            segments.append(Segment(" " * (GUTTER - 1), gutter_style))
        if block.kind is BlockKind.RELATED_ITEM:
            marker = BULLET if line.start == block.start else " " * len(BULLET)
            segments.append(Segment(marker, block_style))
        segments.extend(self._styled_segments(line.start, line.end, block_style))
        return Strip(segments).adjust_cell_length(width, base)

    def _selection_mark(self, line: VisualLine, row: int) -> str:
        """The gutter mark of a selected line; the top and bottom rows say when the selection
        goes on beyond the view, so a selection is never out of sight."""
        if self.selection is None:
            return ""
        start, end = self.selection
        if row == 0 and start < line.start:
            return SELECTION_ABOVE
        if row == self.scrollable_content_region.height - 1 and end > line.end:
            return SELECTION_BELOW
        return SELECTION_BAR if line.start < end and line.end > start else ""

    def _has_statement(self, start: int, end: int) -> bool:
        return bool(self._statement_spans.overlapping(start, end))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def _styled_segments(self, start: int, end: int, base: Style) -> list[Segment]:
        spans = [
            span
            for name in LAYER_ORDER
            if name in self._layers
            for span in self._layers[name].overlapping(start, end)
        ]
        shown = self.cursor.shown  # a hard-wrapped text's soft breaks drawn as spaces
        terminal = drawn_in(self.app)
        kin = (base.color, *self._entity_colours()) if base.color else ()
        if not spans:
            return [Segment(inert_line(without_marks(shown[start:end])), legible(base, terminal))]
        cuts = {start, end}
        for span_start, span_end, _ in spans:
            cuts.add(max(span_start, start))
            cuts.add(min(span_end, end))
        points = sorted(cuts)
        segments = []
        for left, right in pairwise(points):
            style = base
            for span_start, span_end, component in spans:
                if span_start <= left and span_end >= right:
                    style += self._layer_style(component)
            segments.append(
                Segment(inert_line(without_marks(shown[left:right])), legible(style, terminal, kin))
            )
        return segments

    def _entity_colours(self) -> tuple[Color, ...]:
        """The entity types' colours, kept apart from each other and from the text over a
        highlight (tui/legibility.py)."""
        return tuple(
            colour
            for kind in EntityType
            if (colour := self._layer_style(f"reader--entity-{kind.value.lower()}").color)
        )
