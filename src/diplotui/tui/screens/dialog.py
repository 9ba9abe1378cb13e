"""The base of every modal dialog: its styles load when the first dialog opens.

Parsing and matching CSS rules costs start-up time for every rule, so the dialogs' rules live
in ``styles/dialogs.tcss``, which the app does not load before its first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.screen import ModalScreen

from diplotui.paths import bundled_dir

ResultT = TypeVar("ResultT")

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
