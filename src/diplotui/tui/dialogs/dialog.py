"""The base of every modal dialog: its styles load when the first dialog opens.

Parsing and matching CSS rules costs start-up time for every rule, so the dialogs' rules live
in ``styles/dialogs.tcss``, which the app does not load before its first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Literal, TypeVar

from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen, ScreenResultCallbackType
from textual.widgets import Button, Input, Label

from diplotui.paths import bundled_dir

ResultT = TypeVar("ResultT")
ScreenT = TypeVar("ScreenT", bound=Screen[Any])

DIALOG_STYLES = "dialogs.tcss"

EditChoice = Literal["save", "discard", "keep"]


class JoinedPasteInput(Input):
    """A one-line field that keeps a multi-line paste whole, its lines joined by
    ``PASTE_JOIN`` (an input keeps only a paste's first line, which dropped the rest of a
    wrapped title or a list of tags silently)."""

    PASTE_JOIN: ClassVar[str] = " "

    def on_paste(self, event: events.Paste) -> None:
        lines = [line.strip() for line in event.text.splitlines() if line.strip()]
        if len(lines) < 2:
            return  # one line: the input's own paste
        event.prevent_default()  # the input would keep the first line only
        event.stop()
        self.replace(self.PASTE_JOIN.join(lines), *self.selection)


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

    def __init__(self, save: Callable[[ResultT], bool] | None = None) -> None:
        super().__init__()
        self._save = save

    def edited(self) -> bool:
        """True when the dialog holds typing that closing it would lose."""
        return False

    def save_edit(self) -> bool:
        """Save what is typed (the dialog closes); False when it cannot (it says why)."""
        return False

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
            elif choice == "discard":
                leave()

        self.app.push_screen(UnsavedEditScreen(self.EDIT_QUESTION), chosen)

    def submit(self, result: ResultT) -> bool:
        """Close with ``result`` (once saved, when the dialog was given ``save``); False when
        saving failed and the dialog stays open."""
        if self._save is None or self._save(result):
            self.dismiss(result)
            return True
        return False


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


def load_dialog_styles(app: App[Any]) -> None:
    """Read the dialogs' styles now, at a quiet moment, instead of when a dialog first opens:
    a new style sheet makes Textual parse every rule again and restyle every widget (about 30
    ms of CPU at 120x40), which the first dialog then no longer adds to its opening."""
    stylesheet = app.stylesheet
    unread = [str(path) for path in Dialog.CSS_PATH if not stylesheet.has_source(str(path), "")]
    if not unread:
        return
    for path in unread:
        stylesheet.read(path)
    stylesheet.reparse()
    stylesheet.update(app)


class UnsavedEditScreen(Dialog[EditChoice]):
    """Something typed would be lost: ``s`` saves, ``d`` discards it, ``k``/``escape`` goes
    back to it."""

    BINDINGS = [
        Binding("s", "choose('save')", "Save"),
        Binding("d", "choose('discard')", "Discard"),
        Binding("k,escape", "choose('keep')", "Keep editing"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._question, classes="dialog-title", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (s)", variant="primary", id="save")
                yield Button("Discard (d)", variant="warning", id="discard")
                yield Button("Keep editing (k)", id="keep")

    def stop_quit(self) -> bool:
        """The question about the edit stays until it is answered."""
        return True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        choices: dict[str | None, EditChoice] = {"save": "save", "discard": "discard"}
        self.dismiss(choices.get(event.button.id, "keep"))

    def action_choose(self, choice: EditChoice) -> None:
        self.dismiss(choice)
