"""Fuzzing the importers: arbitrary bytes give an outcome, never an exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplotui.ingest import DUPLICATE, FAILED, IMPORTED, import_paths
from diplotui.store import Store

pytestmark = pytest.mark.slow

SUFFIXES = (".txt", ".md", ".html", ".json", "")
PREFIXES = (b"", b"\xef\xbb\xbf", b"---\n", b"<!DOCTYPE html><html><body><p>", b"{", b"\xff\xfe")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    prefix=st.sampled_from(PREFIXES),
    data=st.binary(max_size=2000) | st.text(max_size=800).map(lambda t: t.encode("utf-8")),
    suffix=st.sampled_from(SUFFIXES),
)
def test_arbitrary_bytes_are_imported_or_reported(prefix: bytes, data: bytes, suffix: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "fuzz" + suffix)
        path.write_bytes(prefix + data)
        with Store.open(Path(folder, "s.json")) as store:
            report = import_paths(store, [path])
            (outcome,) = report.outcomes
            assert outcome.status in (IMPORTED, DUPLICATE, FAILED)
            if outcome.status == FAILED:
                assert outcome.reason and store.articles() == []
            else:
                assert store.article(outcome.article_id).title
