"""Whatever bytes or JSON a store file holds, loading fails only with the store's own errors."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplotui.store import StoreCorrupt, StoreTooNew, load_store_json

pytestmark = pytest.mark.slow

PATH = Path("/nonexistent/library.json")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=30,
)
field_values = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=8)
    | st.lists(st.text(max_size=4) | st.integers(), max_size=3)
)
record_like = st.dictionaries(
    st.sampled_from(["id", "title", "text_hash", "tags", "article_id", "start", "end", "quote"])
    | st.text(max_size=5),
    field_values,
    max_size=8,
)
store_like = st.dictionaries(
    st.sampled_from(["articles", "highlights", "quotes", "corrections", "settings", "meta"]),
    st.dictionaries(
        st.sampled_from(["1", "01", "-1", "1.0", "x", "10"]) | st.text(max_size=3),
        record_like,
        max_size=3,
    ),
    max_size=3,
)


def load_or_refuse(raw: bytes) -> None:
    """Strict, and as a store opens: a bad record set aside, never a crash."""
    with contextlib.suppress(StoreCorrupt, StoreTooNew):
        load_store_json(PATH, raw)
    with contextlib.suppress(StoreCorrupt, StoreTooNew):
        load_store_json(PATH, raw, set_aside_into=[])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary())
def test_arbitrary_bytes(raw: bytes):
    load_or_refuse(raw)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_arbitrary_json(value: object):
    load_or_refuse(json.dumps(value).encode())


@settings(max_examples=300, deadline=None)
@given(store_like)
def test_store_shaped_json(value: object):
    load_or_refuse(json.dumps(value).encode())


def test_deep_nesting_and_huge_numbers():
    load_or_refuse(b"[" * 100_000 + b"]" * 100_000)
    load_or_refuse(b'{"meta": {"1": {"schema": ' + b"9" * 5000 + b"}}}")
