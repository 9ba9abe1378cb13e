"""Typing a dialog refused as the app ended is kept beside the store and said once."""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.session.refused import (
    TYPED_KEPT_CHARS,
    Refused,
    keep_refused,
    refused_path,
    take_refused,
)


def test_refused_typing_is_kept_in_order_and_said_once(tmp_path: Path) -> None:
    store_path = tmp_path / "library.json"
    assert take_refused(store_path) == []
    keep_refused(store_path, Refused("the tags typed for “Talks”", "a, b", "too many tags"))
    keep_refused(store_path, Refused("the tags typed for “Envoys”", "\x1b[2Jc", "tag too long"))
    first, second = take_refused(store_path)
    assert first.startswith("As the app ended, ")
    assert first.endswith("the tags typed for “Talks” could not be saved: too many tags. "
                          "What was typed: “a, b”.")  # fmt: skip
    assert "\x1b" not in second and "“Envoys”" in second  # the file's words drawn inert
    assert not refused_path(store_path).exists()
    assert take_refused(store_path) == []


def test_a_file_not_of_refused_typing_is_said_and_left(tmp_path: Path) -> None:
    store_path = tmp_path / "library.json"
    refused_path(store_path).write_text('{"not": "a list"}', encoding="utf-8")
    [said] = take_refused(store_path)
    assert "could not be read" in said and "left as it is" in said
    assert refused_path(store_path).read_text(encoding="utf-8") == '{"not": "a list"}'


def test_a_file_of_the_first_version_without_again_is_read(tmp_path: Path) -> None:
    """The first files held no ``again``: they are read, said with the words typed."""
    store_path = tmp_path / "library.json"
    record = (
        '[{"target": "the tags typed for “Talks”", "typed": "a, b", '
        '"reason": "too many tags", "at": "2026-01-01T00:00:00Z"}]'
    )
    refused_path(store_path).write_text(record, encoding="utf-8")
    [said] = take_refused(store_path)
    assert said.endswith("could not be saved: too many tags. What was typed: “a, b”.")


def test_a_paste_of_megabytes_refused_is_kept_readable_and_counted(tmp_path: Path) -> None:
    """A 3 MB paste into the tag field, the terminal then closed (attack64): kept whole, the
    file was larger than the next start reads, said unreadable at every start, and every
    later refusal was lost with it. Its first part is kept, the rest counted."""
    store_path = tmp_path / "library.json"
    typed = "line of a report, " * 200_000
    again = "Tagging it again offers them back."
    keep_refused(store_path, Refused("the tags typed for “Talks”", typed, "too long", again=again))
    kept = json.loads(refused_path(store_path).read_text(encoding="utf-8"))
    assert kept[0]["typed"].startswith(typed[:TYPED_KEPT_CHARS])
    assert kept[0]["typed"].endswith(
        f"… ({len(typed) - TYPED_KEPT_CHARS:,} more characters typed, not kept here)"
    )
    [said] = take_refused(store_path)
    assert said.endswith("could not be saved: too long. Tagging it again offers them back.")
    assert not refused_path(store_path).exists()
    keep_refused(store_path, Refused("the tags typed for “Envoys”", "a" * 70, "tag too long"))
    [said] = take_refused(store_path)
    assert "“Envoys" in said and "a" * 70 in said
