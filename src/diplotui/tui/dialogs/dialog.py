"""The base of every modal dialog: its styles load when the first dialog opens.

Parsing and matching CSS rules costs start-up time for every rule, so the dialogs' rules live
in ``styles/dialogs.tcss``, which the app does not load before its first frame.
"""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

from diplotui.paths import bundled_dir

ResultT = TypeVar("ResultT")

DIALOG_STYLES = "dialogs.tcss"


class Dialog(ModalScreen[ResultT]):
    """A modal screen styled by ``styles/dialogs.tcss``."""

    CSS_PATH = [str(bundled_dir("styles") / DIALOG_STYLES)]
