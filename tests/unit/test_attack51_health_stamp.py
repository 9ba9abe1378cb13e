"""attack51: the feeds' outcomes the app keeps (``HealthReader``) are read again when their
file is written over in place with as many bytes and its time set back, as ``cp -p`` of a
kept copy over it does: its inode, size and time were the stamp, so the app showed the
outcomes it had read first until the next refresh. The change time, which no one can set
back, is part of the stamp too."""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path

from diplotui.library.feed_health import HealthReader, health_path, record_outcomes


def _written_over(path: Path, reason: str) -> None:
    """``path``'s bytes with the failure's reason changed (as long), written in place, its
    access and modification times set back as they were."""
    before = path.stat()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["feeds"]["feed1"]["reason"] = reason
    text = json.dumps(data, ensure_ascii=False)
    assert len(text.encode()) == before.st_size
    with open(path, "r+", encoding="utf-8") as handle:  # the same file: its inode kept
        handle.write(text)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (
        before.st_ino,
        before.st_size,
        before.st_mtime_ns,
    )


def test_outcomes_written_over_in_place_with_their_time_set_back_are_read_again(
    store_path: Path,
) -> None:
    now = datetime(2026, 12, 6, 10, 0, tzinfo=timezone.utc)
    record_outcomes(store_path, [("feed1", "HTTP 404")], {"feed1"}, now)
    reader = HealthReader()
    assert reader.read(store_path).outcomes["feed1"].reason == "HTTP 404"
    _written_over(health_path(store_path), "HTTP 500")
    assert reader.read(store_path).outcomes["feed1"].reason == "HTTP 500"
