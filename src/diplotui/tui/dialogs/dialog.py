"""The base of every modal dialog: its styles load when the first dialog opens.

Parsing and matching CSS rules costs start-up time for every rule, so the dialogs' rules live
in ``styles/dialogs.tcss``, which the app does not load before its first frame.

A dialog's backdrop is transparent: the screen below shows through, drawn by
:class:`ScreenBelow` straight from that screen's compositor and kept until the dialog is
refreshed (Textual's own way renders it into a stream of segments, splits that into lines
again and styles every line: about 5 ms of a 15 ms frame at 120x40, for no changed cell).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from rich.console import RenderableType
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.app import App, ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.css.styles import RulesMap
from textual.geometry import Region, Size
from textual.keys import key_to_character
from textual.screen import ModalScreen, Screen, ScreenResultCallbackType
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import RenderOptions, Visual, VisualType
from textual.widgets import Button, Input, Label, OptionList, Select

from diplotui.inert import inert_line
from diplotui.paths import bundled_dir
from diplotui.session.annotations import notice_columns, notice_rows
from diplotui.tui.dialogs import DIALOG_STYLES
from diplotui.tui.screens.compositor import ShownOnlyCompositor
from diplotui.tui.screens.kept_lines import KeptLinesScreen
from diplotui.tui.widgets.fields import EditField

if TYPE_CHECKING:
    from textual.notifications import Notification
    from typing_extensions import Self

    from diplotui.session.refused import Refused
    from diplotui.tui.app import DiplotuiApp

ResultT = TypeVar("ResultT")
ScreenT = TypeVar("ScreenT", bound=Screen[Any])

TOAST_RACK = "#textual-toastrack"
"""Where a Textual screen keeps its toasts (its id, set by Textual)."""
NOTICE_ROWS = 2
"""The rows a short notice takes in a small terminal (one line of message wraps once)."""


EditChoice = Literal["save", "discard", "keep", "draft"]


class JoinedPasteInput(EditField):
    """A one-line field that keeps a multi-line paste whole, its lines joined by
    ``PASTE_JOIN`` (an input keeps only a paste's first line, which dropped the rest of a
    wrapped title or a list of tags silently)."""

    PASTE_JOIN: ClassVar[str] = " "

    def pasted(self, text: str) -> str:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) < 2:
            return super().pasted(text)  # one line: as the input's own paste
        return self.PASTE_JOIN.join(lines)


class StatusLine(Label):
    """A dialog's line saying what went wrong, or how far its work is: scrolled into view
    when it says something, as a dialog taller than the terminal (12 rows) shows its first
    fields and keeps this line below them. What it says is drawn inert: it names files
    ("PATH: no such file or folder"), whose names are data."""

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        if isinstance(content, str):
            content = inert_line(content)
        super().update(content, layout=layout)
        if content:
            self.call_after_refresh(self.scroll_visible, animate=False)


def say_on(label: Label, words: str) -> None:
    """Put ``words`` on ``label`` unless they are there already: Textual lays the dialog out
    again for every label it is given words for (their size may change), and a key line or
    a count said again with each letter typed was a layout of the whole dialog per key.

    New words lay the screen out only when they may change the label's size: a label whose
    width is not its words' (``width: 100%``, no ``width: auto`` around it) and whose words
    take as many rows as the last ones is only drawn again (the Statements view's title,
    said anew with each letter typed in its filter)."""
    if str(label.content) == words:
        return
    width = label.content_size.width
    if not width or not _width_set_around(label):
        label.update(words)
        return
    rows = label.get_content_height(label.container_size, label.app.size, width)
    label.update(words, layout=False)
    if label.get_content_height(label.container_size, label.app.size, width) != rows:
        label.refresh(layout=True)


def _width_set_around(label: Label) -> bool:
    """Whether no width from ``label`` up to its screen is its content's (``auto``): the
    label's words then change no width on the screen."""
    for node in label.ancestors_with_self:
        if isinstance(node, Screen):
            return True
        styles = node.styles
        if styles.has_rule("width") and styles.width is not None and styles.width.is_auto:
            return False
    return False


def refuse_long_lines(status: StatusLine, fields: list[tuple[Input, str, str]]) -> bool:
    """Whether a field's ``value`` (as it would be stored) is longer than a line, which a
    title, source, author or speaker's name may not be (the command line refuses it too: a
    pasted article was stored whole); ``status`` then says why, naming it as ``what``, and
    the field takes the focus."""
    from diplotui.model import too_long_for_a_line

    for field, value, what in fields:
        refusal = too_long_for_a_line(value, what)
        if refusal:
            status.update(f"{refusal}. Nothing was saved.")
            field.focus()
            return True
    return False


def close_keys(app: App[Any], close: Binding, in_field: bool = False) -> str:
    """Every key of ``close`` as a key line names keys ("esc/q"): lines saying ``esc`` alone
    hid the ``q`` that closes a view as the help does, and a key added later is said too.
    ``in_field``: only the keys a text field does not take as letters (there ``q`` is typed)."""
    keys = [key for key in close.key.split(",") if not (in_field and _typed_in_a_field(key))]
    return "/".join(app.get_key_display(Binding(key, close.action)) for key in keys)


def _typed_in_a_field(key: str) -> bool:
    """Whether a field takes ``key`` as a letter typed, not as a key for its screen."""
    character = key_to_character(key)
    return character is not None and character.isprintable()


def choosing(dialog: Screen[Any]) -> bool:
    """Whether one of the dialog's lists of choices is open: ``enter`` then picks a choice,
    where in a form dialog it otherwise submits from every field, as its key line says."""
    return any(choice.expanded for choice in dialog.query(Select))


SHORT_BELOW = 24
"""Rows under which a dialog is ``-short``: its margins go and its fields take one line
each (``styles/dialogs.tcss``), and what still does not fit scrolls. 80x24 and larger
terminals show the dialogs as they were designed."""
NARROW_BELOW = 80
"""Columns under which a dialog is ``-narrow``: its labels wrap instead of being cut."""


def fit_to_terminal(
    screen: Screen[Any],
    size: Size,
    short_below: int = SHORT_BELOW,
    narrow_below: int = NARROW_BELOW,
) -> None:
    """Give ``screen`` the classes its styles read for a terminal of ``size``, before it is
    drawn (at 40x12 the fields and keys of most dialogs were below its edge, out of reach).
    Set here, not by Textual's breakpoints: a kept dialog misses the resizes made while it
    is not shown, and a screen gets its first one only after its first frame. Both classes
    change in one restyle of the dialog's widgets: one each cost a small terminal's first
    showing of a dialog two."""
    wanted = {"-short": size.height < short_below, "-narrow": size.width < narrow_below}
    changed = [name for name, on in wanted.items() if screen.has_class(name) != on]
    for name in changed:
        screen.set_class(wanted[name], name, update=False)
    if changed:
        screen.update_node_styles()


def footer_regions(screen: Screen[Any]) -> list[Region]:
    """Where ``screen`` shows its footer of keys."""
    return [footer.region for footer in screen.query("KeyFooter")]


def fits(strips: list[Strip], size: Size) -> bool:
    """Whether ``strips`` cover ``size`` exactly."""
    return len(strips) == size.height and all(s.cell_length == size.width for s in strips)


def fitted(strips: list[Strip], size: Size, style: Style) -> list[Strip]:
    """``strips`` cut or padded with ``style`` to ``size``: a screen below still laid out for
    the terminal's old size gave a dialog too few lines for the new one, and the frame
    failed (the app stopped, a note being typed lost)."""
    lines = [strip.adjust_cell_length(size.width, style) for strip in strips[: size.height]]
    return lines + [Strip.blank(size.width, style)] * (size.height - len(lines))


class ScreenBelow(Visual):
    """The screen under a transparent dialog, its lines taken as its compositor makes them,
    without links or actions (a click on the backdrop must not act on the screen below),
    and without its footer: those keys are the screen's, and none of them works while the
    dialog has the keys ("q Quit" under a note being typed); the dialog says its own."""

    def __init__(self, screen: Screen[Any]) -> None:
        self._screen = screen

    def render_strips(
        self, width: int, height: int | None, style: VisualStyle, options: RenderOptions
    ) -> list[Strip]:
        return self.strips()

    def strips(self) -> list[Strip]:
        """The screen's lines, as they are now."""
        plain: dict[Style, Style] = {}  # a screen holds a few dozen styles, each cleared once
        strips = []
        for strip in self._screen._compositor.render_strips():
            segments = []
            for text, segment_style, control in strip:
                if segment_style is not None:
                    cleared = plain.get(segment_style)
                    if cleared is None:
                        cleared = plain[segment_style] = segment_style.clear_meta_and_links()
                    segment_style = cleared
                segments.append(Segment(text, segment_style, control))
            strips.append(Strip(segments, strip.cell_length))
        for footer in self._screen.query("KeyFooter"):
            for y in range(footer.region.y, min(footer.region.bottom, len(strips))):
                strips[y] = Strip.blank(strips[y].cell_length, footer.rich_style)
        return strips

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return container_width

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._screen.size.height


class Dialog(ModalScreen[ResultT]):
    """A modal screen styled by ``styles/dialogs.tcss``.

    Given ``save``, the dialog writes its result itself and closes only when ``save`` says the
    write succeeded: when it fails (``save`` tells the user why), everything typed stays.

    A dialog where the user types work that matters sets ``EDIT_QUESTION`` and implements
    ``edited`` and ``save_edit``: quitting (``ctrl+q``) with an edit then asks save, discard
    or keep editing, instead of throwing the typing away.
    """

    CSS_PATH = [str(bundled_dir("styles") / DIALOG_STYLES)]
    EDIT_QUESTION: ClassVar[str] = ""
    KEEPS_DRAFTS: ClassVar[bool] = False
    """The question about an edit also offers to keep it as a draft (``keep_draft``)."""
    # A form dialog's key line (its ``dialog-help`` label), and the one shown while a list
    # of choices has the focus: ``enter`` submits from every field, so the key that opens
    # the choices must be said there (``enter``, pressed to choose, submitted unchosen).
    KEYS: ClassVar[str] = ""
    CHOICE_KEYS: ClassVar[str] = ""
    OPEN_CHOICE_KEYS: ClassVar[str] = "j/k: move · enter: choose · esc: close the list"
    """The key line while a field's list of choices is open: there ``enter`` chooses and
    ``esc`` closes the list, where the field's line said they export (or apply) and cancel."""
    # A list opened to be read (the quote history, a timeline) opens clear of the notices
    # said before it: about what was done before, they sat over the list's first rows.
    CLEARS_NOTICES: ClassVar[bool] = False
    _notice_rows = NOTICE_ROWS  # the rows of the notice shown (``place_notice``)
    # in a field's open list of choices (its Select made with ``type_to_search=False``: a
    # list that takes letters to jump to a choice keeps j and k from every binding)
    BINDINGS = [
        Binding("j", "step_choice(1)", show=False),
        Binding("k", "step_choice(-1)", show=False),
        # a field's ctrl+c copies its selection, else comes here: the app's panes say how
        # to quit (Textual's notice), and a dialog, which hides their keys, said nothing
        Binding("ctrl+c", "say_leaving", show=False),
    ]

    def __init__(self, save: Callable[[ResultT], bool] | None = None) -> None:
        super().__init__()
        self._compositor = ShownOnlyCompositor()  # a key typed draws its field's lines only
        self._save = save
        self._below_lines: tuple[Size, list[Strip]] | None = None

    def on_mount(self) -> None:
        if self.CLEARS_NOTICES:
            self.app.clear_notifications()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``j``/``k`` move in a field's open list of choices, as in every list; elsewhere
        they are letters typed."""
        return action != "step_choice" or self._open_choices() is not None

    def _open_choices(self) -> OptionList | None:
        focused = self.focused
        if isinstance(focused, OptionList) and isinstance(focused.parent, Select):
            return focused
        return None

    def action_step_choice(self, delta: int) -> None:
        choices = self._open_choices()
        if choices is not None:
            (choices.action_cursor_down if delta > 0 else choices.action_cursor_up)()

    def _screen_below(self) -> Screen[Any] | None:
        """The screen under this one when the backdrop lets it show through."""
        stack = self.app.screen_stack
        if self.styles.background.a == 0 and self in stack[1:]:
            return stack[stack.index(self) - 1]
        return None

    def render(self) -> RenderableType | Visual:  # type: ignore[override]  # Widget takes a Visual
        """The screen below, when the backdrop is transparent (see :class:`ScreenBelow`)."""
        below = self._screen_below()
        return super().render() if below is None else ScreenBelow(below)

    def render_lines(self, crop: Region) -> list[Strip]:
        """The screen below's lines as they are, kept until this screen is refreshed (the
        screen below refreshes it when it changes): styling them as a screen's content would
        change no cell of a transparent backdrop."""
        below = self._screen_below()
        if below is None:
            return super().render_lines(crop)
        kept = self._below_lines
        if kept is None or kept[0] != self.size:
            kept = (self.size, ScreenBelow(below).strips())
            if fits(kept[1], self.size):
                self._below_lines = kept
            else:  # the terminal was resized and the screen below is not laid out anew yet
                kept = (self.size, fitted(kept[1], self.size, below.rich_style))
        lines = kept[1][crop.y : crop.bottom]
        if crop.column_span != (0, self.size.width):
            lines = [line.crop(crop.x, crop.right) for line in lines]
        return lines

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        if repaint:
            self._below_lines = None
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def dismiss(self, result: ResultT | None = None) -> AwaitComplete:
        """Close; a screen below that keeps its lines redraws only where this dialog drew
        (not when another screen is on top, nor when a change forwarded here is still to be
        drawn: the terminal may then show more than this dialog and that screen)."""
        below = self._screen_below()
        on_top = self.app.screen is self and not self._repaint_required
        if on_top and isinstance(below, KeptLinesScreen):
            drawn = self._compositor.visible_widgets.items()
            below.uncover(
                [
                    region.intersection(clip)
                    for widget, (region, clip) in drawn
                    if widget is not self
                ]
                + footer_regions(below)  # left out of the backdrop: see ScreenBelow
            )
        return super().dismiss(result)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """The key line of the field that has the focus (see ``CHOICE_KEYS``)."""
        self.call_after_refresh(self._place_toasts)
        if self.CHOICE_KEYS:
            choice = any(isinstance(node, Select) for node in event.widget.ancestors_with_self)
            keys = self.CHOICE_KEYS if choice else self.KEYS
            if self._open_choices() is event.widget:
                keys = self.OPEN_CHOICE_KEYS
                # opened in the dialog's flow (styles/dialogs.tcss): a list under the last
                # fields of a dialog as tall as the terminal is scrolled into view whole
                self.call_after_refresh(event.widget.scroll_visible, animate=False)
            say_on(self.query_one(".dialog-help", Label), keys)

    def on_resize(self, event: events.Resize) -> None:
        fit_to_terminal(self, event.size)
        self._place_afresh()

    def place_notice(self, notice: Notification | None) -> None:
        """Place ``notice`` (``_place_toasts``) for the rows it takes here: placed for two,
        at 40x12 a copy's four rows in tmux hid the timeline's chosen entry, a note's first
        lines being typed."""
        if notice is not None:
            self._notice_rows = notice_rows(notice.message, notice_columns(self.app.size.width))
            self._place_afresh()

    def _place_afresh(self) -> None:
        """Place the notices again from the dialog as it stands without their line (which
        moved it down: measured so, it seemed to leave them room above its field)."""
        self.set_class(False, "-toasts-in-line")
        self.call_after_refresh(self._place_toasts)

    def _place_toasts(self) -> None:
        """Show notifications where they cover neither the focused field nor the key line:
        under the app's title bar, where R shows its progress, when the rows above them leave
        a notice its rows there; else on the title bar's row too (``-toasts-on-title``); else
        in a line of their own, the dialog moved down under it while it shows
        (``-toasts-in-line``). At the foot whenever it had more room, they covered the key line
        of a dialog whose field sat low (a list of choices opened), and always at the top, at
        40x12 the field a notice was about ("tag too long"); at the foot where no rows above
        were free, at 40x12 the help's key line."""
        if self.has_class("-toasts-in-line"):
            return  # placed for this notice (see ``_place_afresh``)
        kept = [
            widget.region
            for widget in (self.focused, *self.query(".dialog-help"))
            if widget is not None and widget.display and widget.region
        ]
        if not kept:
            return
        above = Region.from_union(kept).y  # the rows above them, the title bar's among them
        rows = self._notice_rows
        under_title = above - 1 >= rows
        on_title = not under_title and above >= rows
        self.set_class(on_title, "-toasts-on-title")
        self.set_class(not under_title and not on_title, "-toasts-in-line")

    def on_input_changed(self, event: Input.Changed) -> None:
        """A field typed into is in view, in a dialog taller than the terminal (a status line
        below it, scrolled into view, may have pushed it above the edge)."""
        if self.has_class("-short"):
            event.input.scroll_visible(animate=False)

    def on_screen_resume(self) -> None:
        """Toasts are drawn by the top screen only: this dialog shows the app's notifications
        (clear of its focused field: see ``_place_toasts``), and the screens below, seen
        through its backdrop, drew the same toasts a second time. Each shows its toasts again
        on its return to the top (Textual hands the top screen the app's notifications). Its
        size classes are set for the terminal as it is now (see :func:`fit_to_terminal`)."""
        fit_to_terminal(self, self.app.size)
        self.place_notice(cast("DiplotuiApp", self.app).shown_notice)  # said before it opened
        if self.has_class("-short"):  # after the scroll to the focus, one refresh on
            self.call_after_refresh(self.call_after_refresh, self._show_from_the_top)
        self.call_after_refresh(self.call_after_refresh, self._place_toasts)
        for screen in self.app.screen_stack[:-1]:
            for rack in screen.query(TOAST_RACK):
                rack.display = False

    def _show_from_the_top(self) -> None:
        """Its title in view, and the focused field: the focus given before the first
        layout scrolled a dialog taller than the terminal past its title and first label (to
        where the field was before the labels wrapped at the dialog's width)."""
        for box in self.query(".dialog"):
            box.scroll_home(animate=False, immediate=True)
        if self.focused is not None:
            self.focused.scroll_visible(animate=False, immediate=True)

    def leaving(self) -> str:
        """How to leave the dialog, said when ``ctrl+c`` is pressed in it."""
        return "Press esc to close the dialog, ctrl+q to quit the app"

    def action_say_leaving(self) -> None:
        self.app.notify(self.leaving(), markup=False)

    def escape_keys(self, edited: bool) -> str:
        """The key line's words for ``escape``: on an edit it asks what to do with it, in the
        words of the question's buttons (``UnsavedEditScreen``), else it cancels."""
        if not edited:
            return "esc: cancel"
        return "esc: save, draft or discard?" if self.KEEPS_DRAFTS else "esc: save or discard?"

    def edited(self) -> bool:
        """True when the dialog holds typing that closing it would lose."""
        return False

    def save_edit(self) -> bool:
        """Save what is typed (the dialog closes); False when it cannot (it says why)."""
        return False

    def keep_draft(self) -> bool:
        """Keep the edit as a draft, for later (``KEEPS_DRAFTS``); False when it cannot be
        kept (the dialog says why, and stays)."""
        return False

    def discard_edit(self) -> None:
        """The user chose to throw the edit away: a draft kept of it goes too."""

    def hang_up(self) -> bool:
        """The app ends with nobody left to answer ``EDIT_QUESTION`` (see
        :func:`end_on_hangup`): typed work is saved as ``ctrl+s`` would save it, and what the
        dialog refuses to save is kept to be said at the next start (``refused``). True when
        work under way (an import, an export) cannot be ended by closing the app."""
        if self.EDIT_QUESTION and self.edited() and not self.save_edit():
            self._keep_refused()
        return False

    def refused(self) -> Refused | None:
        """The typing the last save refused, for what and why; None where the dialog keeps
        none of it (a dialog that can refuse typing says it here)."""
        return None

    def _keep_refused(self) -> None:
        """Keep the refused typing beside the store, said by the next start: it was lost
        without a word (``diplotui.session.refused``)."""
        from diplotui.session.refused import keep_refused

        refused = self.refused()
        store = getattr(self.app, "store", None)
        if refused is None or store is None:
            return
        with contextlib.suppress(OSError):  # nobody is left to tell: the app is ending
            keep_refused(store.path, refused)

    def stop_quit(self) -> bool:
        """Called when the user quits with this dialog on top: a dialog holding typed work
        takes over (asks, or quits itself once nothing would be lost) and returns True."""
        if not self.EDIT_QUESTION:
            return False
        self.leave_asking(self.app.exit)
        return True

    def leave_asking(self, then: Callable[[], None] | None = None) -> None:
        """Leave the dialog, asking first when it holds an edit; ``then`` (e.g. quitting)
        runs once the edit is saved or discarded, instead of closing the dialog.

        Runs behind the keys already queued in the focused field (a burst, a paste sent as
        keys, a slow link), so the question is about everything that was typed.
        """
        (self.focused or self).call_later(self._leave_typed, then)

    def _leave_typed(self, then: Callable[[], None] | None) -> None:
        if not self.is_active:
            return
        leave = then or (lambda: self.dismiss(None))
        if not self.edited():
            leave()
            return

        def chosen(choice: EditChoice | None) -> None:
            if choice == "save":
                if self.save_edit() and then is not None:
                    then()
            elif choice == "draft" and self.keep_draft():
                leave()
            elif choice == "discard":
                self.discard_edit()
                leave()

        self.app.push_screen(UnsavedEditScreen(self.EDIT_QUESTION, self.KEEPS_DRAFTS), chosen)

    def submit(self, result: ResultT) -> bool:
        """Close with ``result`` (once saved, when the dialog was given ``save``); False when
        saving failed and the dialog stays open."""
        if self._save is None or self._save(result):
            self.dismiss(result)
            return True
        return False


EXIT_HUNG_UP = 129  # a shell's status for a process ended by SIGHUP


def end_on_hangup(app: App[Any]) -> None:
    """End the app when its terminal hung up (an ssh link dropped, the window closed) or it
    was told to stop (SIGTERM): nobody is left to answer a dialog's question, so the typing
    the dialog on top holds is saved, as ``ctrl+s`` would, behind the keys already queued
    (the process used to die with it), and the app closes its store as ``q`` does."""

    def end() -> None:
        # the question about an edit, the command palette, a view opened over the dialog:
        # closed unanswered, so the dialog holding the typing is on top again
        while len(app.screen_stack) > 1 and (
            isinstance(app.screen, UnsavedEditScreen) or not isinstance(app.screen, Dialog)
        ):
            app.pop_screen()
        top = app.screen
        if isinstance(top, Dialog) and top.hang_up():
            from diplotui.clipboard import end_waiting_tools  # os._exit runs no exit handler

            end_waiting_tools()
            os._exit(EXIT_HUNG_UP)  # as the signal did: every write is safe against a kill
        app.exit()

    (app.screen.focused or app.screen).call_later(end)


def push_kept(
    app: App[Any],
    name: str,
    build: Callable[[], ScreenT],
    ask_again: Callable[[ScreenT], None],
    callback: ScreenResultCallbackType[Any] | None = None,
) -> None:
    """Show a dialog the app keeps: built by ``build`` and installed as ``name`` on first
    use, then shown again after ``ask_again`` readies it. Composing a dialog's widgets and
    styling them anew costs more than the frame that shows it (at 120x40, about as much
    again), so the dialogs asked for most often are kept."""
    if app.is_screen_installed(name):
        dialog = app.get_screen(name)
        ask_again(dialog)  # type: ignore[arg-type]  # installed here, by build
    else:
        dialog = build()
        app.install_screen(dialog, name)
    app.push_screen(dialog, callback)


def prepare_kept(app: App[Any], name: str, build: Callable[[], Screen[Any]]) -> None:
    """Build a kept dialog (see :func:`push_kept`) at a quiet moment, before it is asked for:
    pushed and popped at once, it is composed, styled and laid out but never painted, so its
    first showing costs what a later one does. Not while another screen is on top."""
    if app.is_screen_installed(name) or len(app.screen_stack) != 1:
        return
    below = app.screen
    app.install_screen(build(), name)
    app.push_screen(name)
    if isinstance(below, KeptLinesScreen):
        below.uncover([])  # it drew nowhere: the screen below need not be drawn again
    app.pop_screen()


def load_dialog_styles(app: App[Any], panes: Screen[Any]) -> None:
    """Read the dialogs' styles now, at a quiet moment, instead of when a dialog first opens:
    a new style sheet makes Textual parse every rule again and restyle every widget (about 30
    ms of CPU at 120x40), which the first dialog then no longer adds to its opening.

    Textual restyles the app's top screen; when that is the ``panes`` screen it is left as
    it is: no rule of the dialogs' matches its widgets (a test checks), and restyling them
    was most of this work, in every start."""
    stylesheet = app.stylesheet
    unread = [str(path) for path in Dialog.CSS_PATH if not stylesheet.has_source(str(path), "")]
    if not unread:
        return
    for path in unread:
        stylesheet.read(path)
    stylesheet.reparse()
    if panes not in app.children:
        stylesheet.update(app)


class ButtonRow(Horizontal):
    """A dialog's buttons side by side; in two columns (``-wrapped``) where the row is
    narrower than they are (at 40x12 "Keep editing (k)" ran past the dialog's edge,
    undrawn); one under another (``-stacked``) where two columns are wider still (at 30x10
    it read "Keep editi", and a yes/no question "Cancel (n" )."""

    def on_resize(self, event: events.Resize) -> None:
        # their own widths, not as laid out: in two columns the decision stands
        widths = [
            max(
                button.get_content_width(event.size, self.app.size) + button.styles.gutter.width,
                int(button.styles.min_width.value) if button.styles.min_width else 0,
            )
            + button.styles.margin.width
            for button in self.query_children(Button)
        ]
        room = event.size.width
        two_columns = max(widths[::2], default=0) + max(widths[1::2], default=0)
        self.set_class(sum(widths) > room and two_columns <= room, "-wrapped")
        self.set_class(two_columns > room, "-stacked")


class Question(Dialog[ResultT]):
    """A question answered by its buttons (or their keys). In a short terminal it opens at
    the top and its notices show at the foot: at 30x10 a notice said before it covered its
    top edge and first words, where the focused button below drew them to the top."""

    def _place_toasts(self) -> None:
        if self.has_class("-short"):
            self.set_class(True, "-toasts-at-foot")
            return
        super()._place_toasts()


class UnsavedEditScreen(Question[EditChoice]):
    """Something typed would be lost: ``s`` saves, ``d`` discards it, ``k``/``escape`` goes
    back to it; where the dialog keeps drafts, ``l`` keeps it as one, for later."""

    BINDINGS = [
        Binding("s", "choose('save')", "Save"),
        Binding("d", "choose('discard')", "Discard"),
        Binding("k,escape", "choose('keep')", "Keep editing"),
        Binding("l", "choose('draft')", "Keep as draft"),
    ]

    def __init__(self, question: str, drafts: bool = False) -> None:
        super().__init__()
        self._question = question
        self._drafts = drafts

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._question, classes="dialog-title question", markup=False)
            with ButtonRow(classes="dialog-buttons"):
                yield Button("Save (s)", variant="primary", id="save")
                if self._drafts:
                    yield Button("Draft (l)", id="draft")
                yield Button("Discard (d)", variant="warning", id="discard")
                yield Button("Keep editing (k)", id="keep")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``l`` only where the dialog keeps drafts."""
        if action == "choose" and parameters == ("draft",):
            return self._drafts
        return super().check_action(action, parameters)

    def stop_quit(self) -> bool:
        """The question about the edit stays until it is answered."""
        return True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        choices: dict[str | None, EditChoice] = {
            "save": "save",
            "discard": "discard",
            "draft": "draft",
        }
        self.dismiss(choices.get(event.button.id, "keep"))

    def action_choose(self, choice: EditChoice) -> None:
        self.dismiss(choice)
