"""Stores hand-edited the way attack46 edited them: the library still opens whole."""

from __future__ import annotations

import codecs
from pathlib import Path

from tests.reliability.test_hostile_records import (
    assert_clean_success,
    hand_edit,
    make_store,
    run,
    store_path,
)

__all__ = ["store_path"]  # the fixture, used by name


def test_a_store_saved_with_a_byte_order_mark_opens(store_path: Path):
    """An editor that saves UTF-8 with a byte-order mark (Windows Notepad did by default):
    the store was refused as "not a JSON object", which it is, after three bytes of mark."""
    article_id, _ = make_store(store_path)
    store_path.write_bytes(codecs.BOM_UTF8 + store_path.read_bytes())
    result = run(store_path, "list")
    assert_clean_success(result)
    assert article_id in result.stdout and result.stderr == ""


def test_a_store_whose_meta_table_was_deleted_keeps_its_records_in_use(store_path: Path):
    """The ``meta`` table deleted by hand: the file was read as the first schema's, whose
    records are keyed by their ids' numbers, and every record was set aside ("its id does
    not match its document key"), the library shown empty. Records keyed by their own ids
    are the current schema's."""
    article_id, highlight_id = make_store(store_path)
    hand_edit(store_path, lambda data: data.pop("meta"))
    result = run(store_path, "annotations")
    assert_clean_success(result)
    assert article_id in result.stdout and highlight_id in result.stdout
    assert "set aside" not in result.stderr, result.stderr
