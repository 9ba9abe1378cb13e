"""The real app SIGKILLed between saving a note and removing its draft: the next start does
not offer the note again as never saved, nor save it a second time.

A note typed on a selection is saved as a new highlight, then its draft is removed; a kill
(or a power cut) between the two left both, and the next start offered the draft as "never
saved": its ``ctrl+s`` made a second highlight with the same note on the same words. Here a
child process runs the app headless, types a note on a sentence and saves it, and kills
itself (SIGKILL) the moment the draft's removal begins; the restart finds the note saved.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from diplotui.session.drafts import DraftFolder
from diplotui.store import Store
from tests.tui.test_note_drafts_ui import nothing_offered

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import asyncio, os, signal, sys
    from pathlib import Path
    from diplotui.session.drafts import DraftFolder
    from diplotui.store import Store
    from diplotui.tui.app import DiplotuiApp
    from tests.tui.helpers import type_text
    from tests.tui.test_note_drafts_ui import BODY, until_note_dialog
    from tests.tui.test_reader_support import add_article, open_first

    def killed(self, key):  # the save is on disk: die before the draft goes
        os.kill(os.getpid(), signal.SIGKILL)

    async def main(path):
        store = Store.open(path)
        add_article(store, "Ministers meet", BODY)
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await open_first(app, pilot)
            await pilot.press("j", "v", "n")
            await until_note_dialog(app, pilot)
            await type_text(pilot, "call the embassy")
            await pilot.press("enter")
            app.screen_stack[0].draft_actions.writer.flush()
            DraftFolder.remove = killed
            await pilot.press("ctrl+s")
            await pilot.pause(5)

    asyncio.run(main(Path(sys.argv[1])))
    """
)


async def test_a_note_saved_just_before_a_kill_is_not_offered_or_saved_again(tmp_path: Path):
    path = tmp_path / "library.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], env=env, cwd=ROOT, timeout=300, check=False
    )
    assert done.returncode == -signal.SIGKILL, "the child was to be killed removing the draft"
    store = Store.open(path)  # the killed app's lock went with it
    [saved] = store.highlights()
    assert saved.note == "call the embassy\n"
    assert [d.text for d in DraftFolder(path).drafts()] == ["call the embassy\n"], (
        "left by the kill"
    )
    notices = await nothing_offered(store)
    assert any("was saved already" in n for n in notices), notices
    assert [h.note for h in store.highlights()] == ["call the embassy\n"]
    assert DraftFolder(path).drafts() == []
    store.close()
