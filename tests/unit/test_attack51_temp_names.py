"""attack51: a store whose name holds glob characters ("lib[1].json") took the temp files of
another store in its folder for its own: opening it to write deleted ".lib1.json.tmp-..." of a
writer still running, whose atomic write then failed. Its temp files are looked for by their
name as written."""

from __future__ import annotations

import os
from pathlib import Path

from diplotui.store import Store
from diplotui.store.files import stray_temp_files


def test_a_store_named_with_glob_characters_leaves_another_stores_temp_files(
    tmp_path: Path,
) -> None:
    other = tmp_path / f".lib1.json.tmp-{os.getppid()}-abcd1234"  # a live writer's
    other.write_text("being written", encoding="utf-8")
    own = tmp_path / f".lib[1].json.tmp-{os.getppid()}-abcd1234"
    own.write_text("left by a writer", encoding="utf-8")
    store_path = tmp_path / "lib[1].json"
    assert stray_temp_files(store_path) == [own]
    with Store.open(store_path):
        pass
    assert other.read_text(encoding="utf-8") == "being written"
