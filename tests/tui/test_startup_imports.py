"""What the first frame does not need is imported after it (each module costs start-up time)."""

from __future__ import annotations

import subprocess
import sys

AFTER_THE_FIRST_FRAME = (
    "diplotui.tui.dialogs.dialog",  # the first dialog loads it, with its style sheet
    "textual.widgets._footer",  # not used at all: the footer of keys is one widget of ours
    "diplotui.ingest",
    "diplotui.share",
    "diplotui.export",
    # With a list snapshot kept, the first frame is drawn without these (~190 M instructions):
    "tinydb",
    "diplotui.store.repository",
    "diplotui.model",
    "diplotui.session",
    "diplotui.library.query",
    "diplotui.library.snapshot",
    "diplotui.tui.controllers",
    "diplotui.tui.screens.main",
    "diplotui.tui.widgets.reader",
    "diplotui.tui.widgets.sidebar",
)


def test_the_start_path_leaves_out_what_the_first_frame_does_not_draw():
    start_path = (
        "diplotui.cli.main, diplotui.tui.launch, diplotui.tui.app, diplotui.tui.screens.panes"
    )
    probe = (
        f"import sys, {start_path}\n"
        f"print([m for m in {AFTER_THE_FIRST_FRAME!r} if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
