"""The base of every modal dialog: its styles load when the first dialog opens.

Parsing and matching CSS rules costs start-up time for every rule, so the dialogs' rules live
in ``styles/dialogs.tcss``, which the app does not load before its first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from textual.app import App
from textual.screen import ModalScreen, Screen, ScreenResultCallbackType

from diplotui.paths import bundled_dir

ResultT = TypeVar("ResultT")
ScreenT = TypeVar("ScreenT", bound=Screen[Any])

DIALOG_STYLES = "dialogs.tcss"


class Dialog(ModalScreen[ResultT]):
    """A modal screen styled by ``styles/dialogs.tcss``.

    Given ``save``, the dialog writes its result itself and closes only when ``save`` says the
    write succeeded: when it fails (``save`` tells the user why), everything typed stays.
    """

    CSS_PATH = [str(bundled_dir("styles") / DIALOG_STYLES)]

    def __init__(self, save: Callable[[ResultT], bool] | None = None) -> None:
        super().__init__()
        self._save = save

    def stop_quit(self) -> bool:
        """Called when the user quits with this dialog on top: a dialog holding typed work
        takes over (asks, or quits itself once nothing would be lost) and returns True."""
        return False

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
