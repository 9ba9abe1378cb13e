"""The annotation sidebar: what the open article carries (tags, note, highlights, entities).

One line-based widget, like the library list: rows are plain records, each wrapped once per
width and cached, and ``render_line`` draws only the lines on screen. An edit re-wraps only
the rows it changed, so an article with hundreds of highlights updates within a frame, and
the pane costs a single widget's styles at start-up. The sidebar only shows and chooses; the
screen's controllers save. Every string shown comes from article or user text, so it is made
inert and put in ``rich.text.Text``, never markup.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip

from diplotui.cite import curly_quotes, indirect, nested_quotes, quoted_words
from diplotui.inert import inert_block, inert_line
from diplotui.layout import listed_name, note_shown, one_line
from diplotui.model import AnchorStatus, Article, Highlight, SpeakerCorrection
from diplotui.palette import PALETTE, colour_label
from diplotui.statements.said import SaidPart, elided, ellipses
from diplotui.tags import distinct_tags
from diplotui.tui.keys import SIDEBAR_LIST_KEYS
from diplotui.tui.legibility import drawn_in, legible_strip
from diplotui.tui.widgets.follow_view import FollowsView
from diplotui.tui.widgets.legend import LEGEND_CLASSES, TYPE_LABELS, legend_text
from diplotui.tui.widgets.panes import SidebarPane, resize_virtually

if TYPE_CHECKING:
    from diplotui.anchoring import KeptSpeaker
    from diplotui.statements.said import SaidPart  # the finder's package: not at start-up

QUOTE_CHARS = 140
ROW_START_LINES = 2
"""A row's lines that show under its headings when the whole row does not fit: a
highlight's colour and its first words."""
UNFOUND = "(speaker as first found: no statement is found here now)"
"""Under a highlight keeping the finder's speaker of then, which it no longer finds there."""
UNCHECKED = (
    "(speaker as first found, not checked: the statement finder failed on this article, "
    "a bug to report; s says its error)"
)
"""Under a highlight keeping the finder's speaker of then, the finder having raised on the
text: its empty answer is no "nobody is quoted here"."""
KEPT_LINES: dict[KeptSpeaker, str] = {"unfound": UNFOUND, "unchecked": UNCHECKED}


@dataclass(frozen=True, slots=True)
class EntityGroup:
    """One entity of the open article: its linking key, the name shown, type and mentions."""

    type: str
    key: str
    name: str
    count: int


@dataclass(frozen=True, slots=True)
class SidebarItem:
    """What a row that can be chosen stands for: ``kind`` is "highlight", "orphan",
    "speaker-orphan" (a speaker correction whose words are gone) or "entity"."""

    kind: str
    key: str
    type: str = ""


class ShownRow(NamedTuple):
    """A row as the user reads it: its whole text, and what choosing it picks (if anything)."""

    text: str
    item: SidebarItem | None


def _short(text: str, limit: int = QUOTE_CHARS) -> str:
    """One line: line breaks inside a quote read as spaces, other controls stay visible; cut
    after a word (``layout.one_line``): cut inside one, a quote ended "Foreign Affai…"."""
    return one_line(inert_line(" ".join(text.split())), limit)


def _short_note(text: str, limit: int = 200) -> str:
    """A note line by line as written (a list stays a list), blank lines left out, cut to
    ``limit`` cells after a word, as a quote is (``layout.one_line``): cut inside one, a
    note ended "the sanctio…"."""
    kept: list[str] = []
    room = limit
    for line in (inert_line(" ".join(line.split())) for line in text.splitlines()):
        if not line:
            continue
        if room < 2:  # no room for a word: the line before says more follows
            kept[-1] += "…"
            break
        shown = one_line(line, room)
        kept.append(shown)
        if shown != line:
            break
        room -= cell_len(shown) + 1  # and its line break
    return "\n".join(kept)


@dataclass(frozen=True, slots=True)
class _Listed:
    """A highlight and its quote as the reader shows it (``diplotui.layout.highlight_text``)."""

    highlight: Highlight
    quote: str
    reported: bool = False  # a reported statement's: the reporter's words, not the speaker's
    verb: str = ""  # the reporter's verb that introduced them ("called on": cite.indirect)
    colon: str = "said"  # else the verb before a colon, their statement's ("added")
    kept: KeptSpeaker | None = None  # a speaker of the finder's kept, and why


def highlight_prompt(
    highlight: Highlight,
    quote: str,
    reported: bool = False,
    verb: str = "",
    colon: str = "said",
    swatch: Style | str = "",
    kept: KeptSpeaker | None = None,
) -> Text:
    """Colour label, quote (as shown), note and tags of one highlight, as inert text; a
    reported statement as an indirect one, as every copy gives it (no quotation marks).
    ``swatch``: the style of the bar in the highlight's colour (the sidebar's, per theme).
    ``kept``: its speaker is the finder's of then, kept, and why (:data:`KEPT_LINES`)."""
    prompt = Text()
    prompt.append("▌", style=swatch)
    prompt.append(f" {colour_label(highlight.color)}", style="bold")
    if highlight.author:
        prompt.append(f" · {inert_line(highlight.author)}", style="dim")
    if highlight.tags:
        tags = distinct_tags(highlight.tags)
        prompt.append("  " + " ".join(f"#{inert_line(tag)}" for tag in tags), "italic")
    cut = False
    if highlight.speaker:  # its ellipses as a copy gives them, read around its stored quote
        begin, end = len(highlight.prefix), len(highlight.prefix) + len(highlight.quote)
        context = highlight.prefix + highlight.quote + highlight.suffix
        opens, cut = ellipses(context, begin, end, not reported, bool(verb))
        quote = elided(quote, SaidPart(begin, end, not reported, verb, cut, opens_mid=opens))
    if reported and highlight.speaker:
        named = highlight.speaker + (
            f" ({highlight.speaker_role})" if highlight.speaker_role else ""
        )
        said = indirect(named, curly_quotes(quote), verb, cut=cut, colon_verb=colon)
        prompt.append(f"\n{_short(said)}")
    else:
        prompt.append(f"\n“{_short(quoted_words(quote))}”")  # its marks as copied
    if highlight.speaker and not reported:  # whose words they are, as the brief and citations say
        prompt.append(_said_by(highlight.speaker, highlight.speaker_role), style="dim")
    if kept:
        prompt.append(f"\n{KEPT_LINES[kept]}", style="dim italic")
    if highlight.status == AnchorStatus.DRIFTED.value and highlight.drift_text:
        now = _short(nested_quotes(highlight.drift_text))  # nested as the quote above
        prompt.append(f"\nnow: “{now}”", style="dim italic")
    elif highlight.status == AnchorStatus.MOVED.value:
        prompt.append("\n(moved)", style="dim")
    if highlight.note:
        prompt.append(f"\n✎ {_short_note(highlight.note)}", style="dim")
    if highlight.conflict:
        prompt.append(f"\n⚠ {_short(highlight.conflict, 200)}", style="bold")
    return prompt


def _said_by(speaker: str, role: str) -> str:
    """The line under a quote naming whose words they are."""
    shown = listed_name(speaker)
    if role and role != speaker:  # "spokeswoman" said is not named twice
        shown = f"{shown} ({listed_name(role)})"
    return f"\n— {inert_line(shown)}"


def speaker_orphan_prompt(correction: SpeakerCorrection) -> Text:
    """The words of a speaker correction that lost them, and who it said spoke them."""
    prompt = Text(f"“{_short(nested_quotes(correction.quote))}”")
    if correction.speaker:
        prompt.append(_said_by(correction.speaker, correction.role), style="dim")
    else:
        prompt.append("\nno statement", style="dim")
    return prompt


def _entity_label(group: EntityGroup) -> Text:
    label = Text(_short(group.name, 60))
    label.append(f"  ×{group.count:,}", "dim")
    return label


class _Tags(NamedTuple):
    """The open article's tags, as the sidebar shows them: each whole on its line."""

    tags: tuple[str, ...]

    def text(self) -> Text:
        return Text(TAG_GAP.join(self.tags))

    def lines(self, console: Console, width: int) -> list[Text]:
        """The tags laid out ``width`` wide, a line broken only between two tags: wrapped at
        any space, #people diplomacy and #Biển Đông showed "#Biển" over "Đông", three tags
        to the eye. A tag wider than the line alone is folded. Past ``TAG_LINES`` lines the
        rest are counted, "+180 more": 200 tags took a hundred lines, the note, highlights
        and entities below them out of sight."""
        rows: list[list[str]] = []
        for tag in self.tags:
            if rows and cell_len(TAG_GAP.join([*rows[-1], tag])) <= width:
                rows[-1].append(tag)
            else:
                rows.append([tag])
        shown = rows[:TAG_LINES]
        hidden = len(self.tags) - sum(len(row) for row in shown)
        while hidden and len(shown[-1]) > 1:
            if cell_len(TAG_GAP.join([*shown[-1], f"+{hidden} more"])) <= width:
                break
            shown[-1].pop()
            hidden += 1
        if hidden:
            shown[-1].append(f"+{hidden} more")
        lines: list[Text] = []
        for row in shown:
            lines += Text(TAG_GAP.join(row)).wrap(console, width, overflow="fold")
        return lines


TAG_GAP = "  "
"""Between two tags in the sidebar."""
TAG_LINES = 4
"""The most lines of tags the sidebar shows (``T`` lists them all)."""


@dataclass(frozen=True, slots=True)
class _Row:
    """One entry of the list, drawn from ``source`` (``bool``: the legend, on or off).

    ``key`` names the row's cached lines, ``style`` is the component class drawn under its
    text, ``gap`` the blank lines above it (a section heading's), ``indent`` the columns
    every line of it is set in by, and ``item`` what choosing it picks: rows without one are
    passed over by the cursor.
    """

    key: str
    source: _Listed | SpeakerCorrection | EntityGroup | _Tags | str | bool
    style: str = ""
    gap: int = 0
    indent: int = 0
    item: SidebarItem | None = None

    @property
    def content(self) -> object:
        """What the row's lines depend on: equal content wraps to the same lines."""
        source = self.source
        if isinstance(source, _Listed):
            # Values, not the record: the store hands out its own objects, which may change.
            # How a paraphrase is cited too: listed before the article's statements were
            # found, a row kept "said:" where they give "noted:" (as every copy does).
            highlight = source.highlight
            return (
                source.reported,
                source.verb,
                source.colon,
                source.kept,
                highlight.color,
                tuple(highlight.tags),
                source.quote,
                highlight.status,
                highlight.drift_text,
                highlight.note,
                highlight.author,
                highlight.conflict,
                highlight.speaker,
                highlight.speaker_role,
            )
        if isinstance(source, SpeakerCorrection):
            return (source.quote, source.speaker, source.role)
        return source


@dataclass(slots=True)
class _Wrapped:
    """A row's lines at the current width; each is made a strip when first drawn."""

    content: object
    lines: list[Text]
    strips: dict[int, Strip] = field(default_factory=dict)


def _heading(key: str, label: str) -> _Row:
    return _Row(key, label, "sidebar--heading", gap=1)


def _notice(key: str, text: str) -> _Row:
    return _Row(key, text, "sidebar--dim")


def _summary_rows(article: Article | None) -> list[_Row]:
    if article is None:
        return [_Row("tags", "No article open.", "sidebar--dim", gap=1)]
    if article.tags:
        tags = _Row(
            "tags", _Tags(tuple(f"#{inert_line(tag)}" for tag in distinct_tags(article.tags)))
        )
    else:
        tags = _notice("tags", "No tags yet: press t to add some.")
    if article.note:
        note = _Row("note", inert_block(note_shown(article.note)))
    else:
        note = _notice("note", "None: n in the reader, off a highlight.")
    heading = "Note"
    if article.conflict:
        heading = f"Note ⚠ {inert_line(article.conflict)}"
    return [_heading("tags-heading", "Tags"), tags, _heading("note-heading", heading), note]


def _is_orphan(highlight: Highlight) -> bool:
    return highlight.status == AnchorStatus.ORPHAN.value


def _highlight_row(
    kind: str,
    highlight: Highlight,
    quotes: Mapping[str, str],
    reported: Mapping[str, SaidPart],
    kept: Mapping[str, KeptSpeaker],
) -> _Row:
    quote = quotes.get(highlight.id, highlight.quote)
    said = reported.get(highlight.id)
    why = kept.get(highlight.id)
    listed = (
        _Listed(highlight, quote, kept=why)
        if said is None
        else _Listed(highlight, quote, True, said.verb, said.colon, why)
    )
    return _Row(f"{kind}\t{highlight.id}", listed, item=SidebarItem(kind, highlight.id))


def _highlight_rows(
    highlights: list[Highlight],
    quotes: Mapping[str, str],
    author: str | None = None,
    speaker_orphans: Sequence[SpeakerCorrection] = (),
    reported: Mapping[str, SaidPart] | None = None,
    kept: Mapping[str, KeptSpeaker] | None = None,
) -> list[_Row]:
    """The highlights section: heading, highlights in reading order, then those a sync
    flagged as conflicts, then the orphans (``author``: only that person's), then the
    speaker corrections whose words are gone (everyone's: they have no author)."""
    reported, kept = reported or {}, kept or {}
    if author is not None:
        highlights = [h for h in highlights if h.author == author]
    conflicts = [h for h in highlights if h.conflict]
    placed = [h for h in highlights if not _is_orphan(h) and not h.conflict]
    orphans = [h for h in highlights if _is_orphan(h) and not h.conflict]
    by = "" if author is None else f" by {inert_line(author)}" if author else " without author"
    rows = [_heading("highlights", f"Highlights{by} ({len(placed):,})")]
    if not placed:
        rows.append(_notice("no-highlights", "None yet: h highlights the sentence."))
    rows.extend(_highlight_row("highlight", h, quotes, reported, kept) for h in placed)
    if conflicts:
        rows.append(_heading("conflicts", f"Conflicts ({len(conflicts):,}): edit the note"))
        rows.extend(_highlight_row("highlight", h, quotes, reported, kept) for h in conflicts)
    if orphans:
        rows.append(_heading("orphans", f"Orphans ({len(orphans):,}): r re-attaches"))
        rows.extend(_highlight_row("orphan", h, quotes, reported, kept) for h in orphans)
    if speaker_orphans:
        count = len(speaker_orphans)
        rows.append(
            _heading("speaker-orphans", f"Speaker corrections orphaned ({count:,}): d removes")
        )
        rows.extend(
            _Row(f"speaker-orphan\t{c.id}", c, item=SidebarItem("speaker-orphan", c.id))
            for c in speaker_orphans
        )
    return rows


def _entity_rows(groups: list[EntityGroup] | None) -> list[_Row]:
    """The entities section, grouped by type, most mentioned first (``None``: still running)."""
    if groups is None:
        return [_heading("entities", "Entities"), _notice("recognising", "Recognising…")]
    rows = [_heading("entities", f"Entities ({len(groups):,})")]
    by_type: dict[str, list[EntityGroup]] = {}
    for group in groups:
        by_type.setdefault(group.type, []).append(group)
    for entity_type, label in TYPE_LABELS.items():
        if entity_type not in by_type:
            continue
        rows.append(_Row(f"type\t{entity_type}", f" {label}", "sidebar--subheading"))
        for group in sorted(by_type[entity_type], key=lambda g: (-g.count, g.name.casefold())):
            item = SidebarItem("entity", group.key, group.type)
            key = f"entity\t{group.type}\t{group.key}"
            rows.append(_Row(key, group, indent=2, item=item))
    return rows


class Sidebar(SidebarPane, FollowsView, can_focus=True):
    """The entity legend, tags and note, then highlights, orphans and entities: one list.

    The pane is one focus stop whose cursor moves over the rows that can be chosen
    (highlights, orphans, entities); headings and notices scroll by with them.
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
        # offered on the rows they act on (``row_offers``); elsewhere they say where they act
        Binding("d", "not_on_this_row('d')", show=False),
        Binding("f", "not_on_this_row('f')", show=False),
        Binding("a", "cycle_author", "Filter by author"),
        Binding("a", "not_on_this_row('a')", show=False),
        Binding("u", "screen.undo", "Undo"),
        Binding("U", "screen.redo", "Redo", show=False),
        # keys whose words are typed next act here (said to act in the reader, the words ran
        # as sidebar keys): the row's highlight, else the article; the find opens
        Binding("n", "screen.edit_note", "Note", show=False),
        Binding(
            "number_sign", "screen.tag_highlight", "Tag highlight", key_display="#", show=False
        ),
        Binding("slash", "screen.find", "Find in article", key_display="/", show=False),
        *SIDEBAR_LIST_KEYS,
    ]
    COMPONENT_CLASSES = {
        "sidebar--heading",
        "sidebar--subheading",
        "sidebar--dim",
        "sidebar--changed",
        "sidebar--cursor",
        *LEGEND_CLASSES,
        *(f"sidebar--swatch-{colour.key}" for colour in PALETTE),
    }

    class ItemChosen(Message):
        """``enter`` (or a click) on a row: the screen moves the reader there."""

        def __init__(self, item: SidebarItem) -> None:
            super().__init__()
            self.item = item

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._article_id: str | None = None
        self._legend_enabled = True
        self._summary: list[_Row] = []
        self._highlights: list[_Row] = []
        self._listed: tuple[list[Highlight], Mapping[str, str]] = ([], {})
        self._reported: Mapping[str, SaidPart] = {}  # a paraphrase's highlight id -> its speech
        self._kept: Mapping[str, KeptSpeaker] = {}  # finder's speakers of then kept, and why
        self._speaker_orphans: Sequence[SpeakerCorrection] = ()  # of the article: words gone
        self._article: Article | None = None  # the open one: when its text last changed
        self._author: str | None = None  # whose highlights are listed (None: everyone's)
        self._entities: list[_Row] = []
        self._rows: list[_Row] = []
        self._cursor: int | None = None
        # The item the user put the cursor on; ``None`` puts it on the first one listed.
        self._cursor_item: SidebarItem | None = None
        self._wrapped: dict[str, _Wrapped] = {}
        self._width = 0
        self._starts: list[int] = []  # each row's first line; empty until laid out
        self._height = 0
        self._paint_style: Style | None = None

    # -- what is shown ---------------------------------------------------------------------

    def show_article(self, article: Article | None) -> None:
        """Show the article's tags and note (with no article, "No article open." alone)."""
        article_id = article.id if article else None
        summary = _summary_rows(article)
        changed = (article.text_changed_at if article else "") != (
            self._article.text_changed_at if self._article else ""
        )
        self._article = article
        same = article_id == self._article_id and summary == self._summary and self._rows
        if same and not changed:
            return  # every highlight edit refreshes the article: nothing to lay out
        if article_id != self._article_id:
            self._article_id = article_id
            self._cursor_item = None
            self.scroll_home(animate=False, immediate=True)
        self._summary = summary
        if article is None:
            self._highlights = _highlight_rows([], {})
            self._entities = _entity_rows([])
        self._update()

    def show_annotations(
        self,
        highlights: list[Highlight],
        quotes: Mapping[str, str] | None = None,
        speaker_orphans: Sequence[SpeakerCorrection] = (),
        reported: Mapping[str, SaidPart] | None = None,
        kept: Mapping[str, KeptSpeaker] | None = None,
    ) -> None:
        """List the article's highlights in reading order, orphans in their own section.

        ``quotes`` holds each highlight's text as the reader shows it (by id); a highlight
        without one is listed with its stored quote. ``speaker_orphans``: the speaker
        corrections of the article that lost their words, listed last (and counted in the
        text change's line), where ``d`` removes them. ``kept``: the highlights keeping a
        speaker of the finder's of then, and why (none found now, or the finder failed on
        the text: ``anchoring.speaker_kept``), said under each.

        Only rows that are new or differ are wrapped again (an added or deleted highlight, a
        recoloured one, a heading's count): wrapping hundreds of rows would cost frames.
        """
        had_orphans = self.lists_orphans()
        had_authors = len({h.author for h in self._listed[0]}) > 1
        self._listed = (highlights, quotes or {})
        self._speaker_orphans = speaker_orphans
        if (self.lists_orphans(), len({h.author for h in highlights}) > 1) != (
            had_orphans,
            had_authors,
        ):
            self.refresh_bindings()  # r and a, offered only where they act
        self._reported = reported or {}
        self._kept = kept or {}
        authors = {h.author for h in highlights}
        if self._author is not None and self._author not in authors:
            self._author = None
        self._highlights = _highlight_rows(
            highlights, quotes or {}, self._author, speaker_orphans, reported, kept
        )
        self._update()

    def lists_orphans(self) -> bool:
        """Whether a highlight of the open article lost its place (``r`` re-attaches it)."""
        return any(_is_orphan(highlight) for highlight in self._listed[0])

    def action_cycle_author(self) -> None:
        """Show only one person's highlights, then the next person's, then everyone's."""
        highlights, quotes = self._listed
        authors = sorted({h.author for h in highlights})
        if not authors:  # the key did nothing, and said nothing
            self.notify("No highlights here: a shows one author's at a time.", markup=False)
            return
        if self._author is None:
            self._author = authors[0] if authors else None
        else:
            later = authors[authors.index(self._author) + 1 :]
            self._author = later[0] if later else None
        self._highlights = _highlight_rows(
            highlights, quotes, self._author, self._speaker_orphans, self._reported, self._kept
        )
        self._update()

    def show_entities(self, groups: list[EntityGroup] | None) -> None:
        """List entities grouped by type (``None`` while recognition is still running)."""
        self._entities = _entity_rows(groups)
        self._update()

    def set_legend_enabled(self, enabled: bool) -> None:
        """Dim the legend while the reader's entity colours are off."""
        self._legend_enabled = enabled
        self._update()

    @property
    def rows(self) -> list[ShownRow]:
        """Every row's text (unwrapped) and item, top to bottom."""
        return [ShownRow(self._row_text(row).plain, row.item) for row in self._rows]

    @property
    def text_lines(self) -> list[str]:
        """Every line of the list as drawn at the pane's width, through the line map."""
        drawn = []
        for line in range(self._height):
            located = self._locate(line)
            if located is None or located[1] < 0:
                drawn.append("")
            else:
                index, part = located
                drawn.append(self._wrapped[self._rows[index].key].lines[part].plain)
        return drawn

    # -- the cursor ------------------------------------------------------------------------

    @property
    def current_item(self) -> SidebarItem | None:
        """The row under the cursor, if any."""
        return None if self._cursor is None else self._rows[self._cursor].item

    def select(self, item: SidebarItem) -> None:
        """Put the cursor on ``item`` when it is listed."""
        for index, row in enumerate(self._rows):
            if row.item == item:
                self._move_to(index)
                return

    def _choosable(self) -> list[int]:
        return [index for index, row in enumerate(self._rows) if row.item is not None]

    def _place_cursor(self, previous: int | None) -> int | None:
        """The cursor's row after the rows changed: its item's, or the row now in its place."""
        choosable = self._choosable()
        if not choosable:
            return None
        wanted = self._cursor_item
        if wanted is None:
            return choosable[0]
        for index in choosable:
            if self._rows[index].item == wanted:
                return index
        # Its row is gone (deleted, or an orphan placed again): the next row of its kind takes
        # over (the last one when it was last), so ``d`` can be pressed again and again.
        kin = [i for i in choosable if getattr(self._rows[i].item, "kind", "") == wanted.kind]
        kin = kin or choosable
        index = next((i for i in kin if i >= (previous or 0)), kin[-1])
        self._cursor_item = self._rows[index].item
        return index

    def _move_to(self, index: int) -> None:
        kind = self._cursor_kind()
        self._cursor = index
        self._cursor_item = self._rows[index].item
        if self._cursor_kind() != kind:
            self.refresh_bindings()  # d and f, offered on the rows they act on
        self._reveal_cursor()
        self.refresh()

    def _cursor_kind(self) -> str:
        item = self.current_item
        return "" if item is None else item.kind

    def row_offers(self, action: str) -> bool:
        """Whether the cursor's row is one ``action`` acts on: ``d`` a highlight's, an
        orphan's or an orphaned speaker correction's, ``f`` an entity's. The key line offered
        both on every row ("Delete highlight" on an entity), each answering "Choose..." on the
        other's."""
        kind = self._cursor_kind()
        if action == "delete_highlight":
            return kind in ("highlight", "orphan", "speaker-orphan")
        if action == "filter_entity":
            return kind == "entity"
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``a`` is offered where the highlights are by several people (a shared library's):
        in a library of one's own it was offered under every article and showed the same
        highlights again."""
        if action == "cycle_author":
            return self._author is not None or len({h.author for h in self._listed[0]}) > 1
        return True

    def action_not_on_this_row(self, key: str) -> None:
        """``d`` or ``f`` on a row it does not act on, ``a`` with one author: where it does."""
        if key == "a" and not self._listed[0]:
            self.notify("No highlights here: a shows one author's at a time.", markup=False)
            return
        if key == "a":
            said = "a shows one person's highlights at a time, and these are all one person's"
            self.notify(f"{said} (a shared library's have several).", markup=False)
            return
        if key == "d":
            said = "d deletes the highlight on its row, and this row is none"
        else:
            said = "f filters the list by the entity on its row, and this row is none"
        self.notify(f"{said}: j/k move to one.", markup=False)

    def _reveal_cursor(self) -> None:
        """Scroll the cursor's row into view, with the headings (or summary) just above it.

        A row too long to show whole under its headings shows its start under them when that
        fits: the first row's are the legend, tags and note, and at 80x24 a long highlight's
        last line scrolled the legend away, where no key brought it back."""
        cursor = self._cursor
        if cursor is None or not self._starts:
            return
        height = self.scrollable_content_region.height
        first = cursor
        while first > 0 and self._rows[first - 1].item is None:
            first -= 1
        headings, top = self._starts[first], self._starts[cursor]
        bottom = self._starts[cursor + 1] if cursor + 1 < len(self._starts) else self._height
        if bottom - headings > height >= min(bottom, top + ROW_START_LINES) - headings:
            bottom = headings + height  # the row's end below the view
        with_headings = min(top, max(headings, bottom - height))
        if with_headings < self.scroll_y:
            self.scroll_to(y=with_headings, animate=False, immediate=True)
        elif bottom > self.scroll_y + height:
            self.scroll_to(y=min(top, bottom - height), animate=False, immediate=True)

    def _row_lines(self, index: int) -> tuple[int, int]:
        """The first line of a row's text (past its gap) and the line after its last."""
        end = self._starts[index + 1] if index + 1 < len(self._starts) else self._height
        return self._starts[index] + self._rows[index].gap, end

    def follow_view(self) -> None:
        """A cursor row the view left moves to the first row wholly shown, or the last when
        it was left below; the view stays where it is."""
        cursor = self._cursor
        if cursor is None or len(self._starts) != len(self._rows):
            return
        top = int(self.scroll_y)
        bottom = top + self.scrollable_content_region.height
        first, end = self._row_lines(cursor)
        if top <= first and end <= bottom:
            return
        shown = [i for i in self._choosable() if top <= self._row_lines(i)[0] < bottom]
        whole = [i for i in shown if self._row_lines(i)[1] <= bottom] or shown
        if whole:
            kind = self._cursor_kind()
            self._cursor = whole[0] if first < top else whole[-1]
            self._cursor_item = self._rows[self._cursor].item
            if self._cursor_kind() != kind:
                self.refresh_bindings()  # d and f, offered on the rows they act on
            self.refresh()

    def action_move(self, delta: int) -> None:
        choosable = self._choosable()
        if not choosable:
            return
        if self._cursor is None:
            self._move_to(choosable[0])
            return
        at = choosable.index(self._cursor) + delta
        self._move_to(choosable[max(0, min(len(choosable) - 1, at))])

    def action_page(self, delta: int) -> None:
        """Turn a page: the cursor goes to the farthest row starting within a page of it, and
        the view moves as far, so the cursor keeps its place on screen."""
        if self._cursor is None or not self._starts:
            self.action_move(delta)
            return
        start = self._starts[self._cursor]
        target = start + delta * max(1, self.scrollable_content_region.height)
        if delta > 0:
            ahead = [i for i in self._choosable() if i > self._cursor]
        else:
            ahead = [i for i in reversed(self._choosable()) if i < self._cursor]
        if not ahead:
            return
        chosen = ahead[0]
        for index in ahead[1:]:
            if (self._starts[index] - target) * delta > 0:
                break
            chosen = index
        turned = self.scroll_y + self._starts[chosen] - start
        self.scroll_to(y=turned, animate=False, immediate=True)
        self._move_to(chosen)

    def action_ends(self, delta: int) -> None:
        choosable = self._choosable()
        if choosable:
            self._move_to(choosable[-1] if delta > 0 else choosable[0])

    def action_choose(self) -> None:
        item = self.current_item
        if item is not None:
            self.post_message(self.ItemChosen(item))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        located = None if offset is None else self._locate(offset.y + int(self.scroll_y))
        if located is not None and self._rows[located[0]].item is not None:
            self._move_to(located[0])
            self.action_choose()

    # -- layout and drawing ----------------------------------------------------------------

    def _update(self) -> None:
        """Take the sections' rows, keep the cursor on its item, and lay the lines out."""
        from diplotui.ingest.update import describe_text_change  # the importers: not at start-up

        legend = _Row("legend", self._legend_enabled)
        change = (
            describe_text_change(self._article, self._listed[0], len(self._speaker_orphans))
            if self._article
            else ""
        )
        updated = [_Row("changed", change, "sidebar--changed", gap=1)] if change else []
        # No article open: "No article open." alone, not an empty "Highlights (0)" offering
        # "h highlights the sentence." (there is none) and an "Entities (0)".
        sections = [*self._highlights, *self._entities] if self._article else []
        kind = self._cursor_kind()  # of the rows shown until now
        self._rows = [legend, *updated, *self._summary, *sections]
        self._cursor = self._place_cursor(self._cursor)
        if self._cursor_kind() != kind:
            self.refresh_bindings()  # d and f, offered on the rows they act on
        self._layout()
        if self.has_focus:
            self._reveal_cursor()

    def _layout(self, *, drawing: bool = False) -> None:
        """Map lines to rows; only rows that are new, changed, or at a new width are wrapped
        (``drawing``: for the frame being drawn, which need not be asked for again)."""
        width = self.scrollable_content_region.width
        if width <= 0:
            self._starts = []  # hidden or not laid out yet: the resize lays it out
            return
        if width != self._width:
            self._width = width
            self._wrapped = {}
        cached = self._wrapped
        wrapped: dict[str, _Wrapped] = {}
        starts = []
        line = 0
        for row in self._rows:
            content = row.content
            entry = cached.get(row.key)
            if entry is None or entry.content != content:
                entry = _Wrapped(content, self._wrap(row, width))
            wrapped[row.key] = entry
            starts.append(line)
            line += row.gap + len(entry.lines)
        self._wrapped = wrapped  # rows no longer listed are forgotten
        self._starts = starts
        self._height = line
        resize_virtually(self, Size(width, line))
        if not drawing:
            self.refresh()

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._restyle, init=False)

    def _restyle(self) -> None:
        """A new theme: the rows are drawn again in its colours (the legend's, a highlight's
        bar), which were kept with each row's lines: after a switch to the light theme the
        legend's person was still the dark theme's orange, darkened to brown."""
        self._wrapped = {}
        self._starts = []
        self.refresh()

    def on_resize(self) -> None:
        """Lay the rows out again at a new width, and keep the cursor's row in view: left at
        the old scroll, a smaller pane hid it, and ``d`` deleted a highlight not shown."""
        if self.scrollable_content_region.width != self._width or not self._starts:
            self._layout()
        self._reveal_cursor()

    def _wrap(self, row: _Row, width: int) -> list[Text]:
        width = max(width - row.indent, 1)
        if isinstance(row.source, _Tags):
            lines = row.source.lines(self.app.console, width)
        else:
            lines = list(self._row_text(row).wrap(self.app.console, width, overflow="fold"))
        for line in lines:
            line.pad_left(row.indent)
        return lines

    def _row_text(self, row: _Row) -> Text:
        source = row.source
        if isinstance(source, _Listed):
            swatch = self._partial_style(f"sidebar--swatch-{source.highlight.color}")
            return highlight_prompt(
                source.highlight,
                source.quote,
                source.reported,
                source.verb,
                source.colon,
                swatch,
                source.kept,
            )
        if isinstance(source, SpeakerCorrection):
            return speaker_orphan_prompt(source)
        if isinstance(source, EntityGroup):
            return _entity_label(source)
        if isinstance(source, bool):
            return legend_text(self._partial_style, source)
        if isinstance(source, _Tags):
            return source.text()
        return Text(source)

    def _partial_style(self, component: str) -> Style:
        return self.get_component_rich_style(component, partial=True)

    def _locate(self, line: int) -> tuple[int, int] | None:
        """The row drawn on list line ``line`` and which of its lines (negative: its gap)."""
        if not 0 <= line < self._height or not self._starts:
            return None
        index = bisect_right(self._starts, line) - 1
        return index, line - self._starts[index] - self._rows[index].gap

    def render_lines(self, crop: Region) -> list[Strip]:
        if not self._starts:  # its first size: laid out for this frame, not after it
            self._layout(drawing=True)
        # The pane's style once a paint rather than once a line: each look-up walks the DOM.
        self._paint_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._paint_style = None

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self._paint_style or self.rich_style
        located = self._locate(y + int(self.scroll_y))
        if located is None or located[1] < 0:
            return Strip.blank(width, base)
        index, part = located
        row = self._rows[index]
        style = base
        if row.style:
            style += self.get_component_rich_style(row.style)
        if index == self._cursor:
            style += self.get_component_rich_style("sidebar--cursor")
        entry = self._wrapped[row.key]
        strip = entry.strips.get(part)
        if strip is None:
            strip = Strip(list(entry.lines[part].render(self.app.console)))
            entry.strips[part] = strip
        return legible_strip(strip.apply_style(style), drawn_in(self.app)).adjust_cell_length(
            width, style
        )
