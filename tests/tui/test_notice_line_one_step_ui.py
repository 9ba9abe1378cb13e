"""A notice that takes a line of its own moves the panes in the frame it comes, and back in
the frame it goes.

Seen in session 57: at 40x12 a copy's four rows after a highlight's notice drew one frame
with the highlight's notice in a line of its own and the panes two rows down, then the
copy's four rows over them; clicked away (or its time up), one frame put the panes back at
the top with the copy's notice still over their first rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from diplotui.tui.widgets.reader import Reader

from .helpers import recorded_frames, screen_text, settle
from .test_one_notice_at_a_time_ui import in_tmux
from .test_reader_support import open_first


def steps(frames: list[str], before: str) -> list[str]:
    """The screens a user saw one after the other from ``before``: each frame that differs
    from the one before it."""
    seen = [before]
    for frame in frames:
        if frame != seen[-1]:
            seen.append(frame)
    return seen[1:]


async def test_a_copy_s_four_rows_come_and_go_in_one_frame_at_40x12(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with in_tmux(store_path, tmp_path, monkeypatch, (40, 12)) as (app, pilot):
        await open_first(app, pilot)
        await pilot.press("h")  # "Highlighted “Talks”: key statement." over the title bar
        await settle(app, pilot)
        before = screen_text(app)
        frames = recorded_frames(app)
        await pilot.press("y")  # the first copy in tmux: four rows, a line of its own
        await app.workers.wait_for_complete()
        await settle(app, pilot)
        (copied,) = steps(frames, before)
        assert "(OSC 52)" in copied
        assert "Highlighted" not in copied
        reader = app.screen.query_one(Reader)
        (toast,) = app.screen.query(Toast)
        assert reader.region.y == toast.region.bottom == 5

        frames.clear()
        await pilot.click(toast)  # taken away, as when its time is up
        await settle(app, pilot)
        (after,) = steps(frames, copied)
        assert "OSC 52" not in after
        assert reader.region.y == 1
