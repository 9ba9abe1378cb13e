"""The bases of the dialogs: modal screens, and dialogs drawn inside the main screen.

Parsing and matching CSS rules costs start-up time for every rule, so the dialogs' rules live
in ``styles/dialogs.tcss``, which the app does not load before its first dialog opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widget import Widget

from diplotui.paths import bundled_dir

ResultT = TypeVar("ResultT")
PanelT = TypeVar("PanelT", bound="DialogPanel[Any]")

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

    def submit(self, result: ResultT) -> None:
        """Close with ``result`` (once saved, when the dialog was given ``save``)."""
        if self._save is None or self._save(result):
            self.dismiss(result)


class PanelHost(Protocol):
    """The screen a dialog panel is drawn in (the main screen): it turns its own keys off
    while ``open_panel`` is set."""

    open_panel: DialogPanel[Any] | None


class InputHolder(Protocol):
    """The app, which keeps the keys typed while a panel is being built for that panel."""

    def hold_input(self) -> None: ...

    def release_input(self) -> None: ...


class DialogPanel(Vertical, Generic[ResultT]):
    """A dialog drawn in the main screen, on the layer above its panes, not as a screen.

    Showing a modal screen and closing it each redraw the whole terminal (every cell of the
    screen below is drawn again under the dialog's backdrop): at 120x40 about 10 ms of CPU
    each way, more than the rest of a key's work at 100,000 articles. A panel redraws only
    the box it covers. It is as modal as a screen: the focus stays in it (``trap_focus``),
    the main screen's keys are off while it is open (``MainScreen.check_action``), clicks
    outside it are ignored (``DiplotuiApp.on_event``), escape cancels, and closing it gives
    the focus back to where it was. Kept between uses: composing
    a dialog's widgets and styling them anew costs about as much as the frame that shows it.
    """

    NAME: ClassVar[str]
    """The panel's id in the screen (one of each kind is kept)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, save: Callable[[ResultT], bool] | None = None) -> None:
        super().__init__(id=self.NAME)
        self._save = save
        self._callback: Callable[[ResultT | None], None] | None = None
        self._return_focus: Widget | None = None
        self.trap_focus()

    def submit(self, result: ResultT) -> None:
        """Close with ``result`` (once saved, when the panel was given ``save``)."""
        if self._save is None or self._save(result):
            self.dismiss(result)

    def dismiss(self, result: ResultT | None) -> None:
        """Hide the panel, give the focus back, then hand ``result`` to the callback."""
        host: PanelHost = self.screen  # type: ignore[assignment]  # mounted by show_panel
        host.open_panel = None
        self.visible = False
        back = self._return_focus
        self._return_focus = None
        self.screen.set_focus(back if back is not None and back.is_attached else None)
        self.screen.refresh_bindings()
        callback, self._callback = self._callback, None
        if callback is not None:
            callback(result)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _open(self, callback: Callable[[ResultT | None], None] | None) -> None:
        """Show the panel with the focus on its first field."""
        screen = self.screen
        host: PanelHost = screen  # type: ignore[assignment]  # mounted by show_panel
        self._callback = callback
        self._return_focus = screen.focused
        host.open_panel = self
        self.visible = True
        first = next((widget for widget in self.query(Widget) if widget.focusable), None)
        screen.set_focus(first)
        screen.refresh_bindings()

    def on_mount(self) -> None:
        self._open(self._callback)
        holder: InputHolder = self.app  # type: ignore[assignment]  # diplotui's app
        holder.release_input()


def show_panel(
    screen: Screen[Any],
    kind: type[PanelT],
    build: Callable[[], PanelT],
    ask_again: Callable[[PanelT], None],
    callback: Callable[[Any], None] | None = None,
) -> None:
    """Show the screen's kept panel of ``kind``: built by ``build`` and mounted on first use
    (the screen's keys are off at once, and keys typed meanwhile wait for the panel), then
    shown again after ``ask_again`` readies it."""
    host: PanelHost = screen  # type: ignore[assignment]  # the main screen
    if host.open_panel is not None:
        return  # one dialog at a time (a second key may come before the first is mounted)
    found = screen.query(f"#{kind.NAME}")
    if found:
        panel = found.first(kind)
        ask_again(panel)
        panel._open(callback)
        return
    load_dialog_styles(screen.app)
    panel = build()
    panel._callback = callback
    host.open_panel = panel
    holder: InputHolder = screen.app  # type: ignore[assignment]  # diplotui's app
    holder.hold_input()
    screen.mount(panel)


def load_dialog_styles(app: App[Any]) -> None:
    """Read ``styles/dialogs.tcss`` into the app's stylesheet if no dialog has yet (a modal
    screen reads it when first shown; a panel is a widget, which has no CSS file)."""
    path = str(bundled_dir("styles") / DIALOG_STYLES)
    stylesheet = app.stylesheet
    if not stylesheet.has_source(path, ""):
        stylesheet.read(path)
        stylesheet.reparse()
        stylesheet.update(app)
