"""Collection paused while records load: one process-wide switch shared by every thread."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from diplotui.store.collection import gc_paused, resume_after_start_up


@pytest.fixture(autouse=True)
def collection_on_afterwards() -> Iterator[None]:
    yield
    gc.enable()


def test_collection_stays_paused_until_the_last_of_two_overlapping_loads_ends():
    first, second = gc_paused(), gc_paused()
    first.__enter__()  # a worker loads records
    second.__enter__()  # meanwhile a compaction thread encodes tables
    first.__exit__(None, None, None)
    assert not gc.isenabled(), "the second load is still running"
    second.__exit__(None, None, None)
    assert gc.isenabled(), "collection is back on once both are done"


def test_a_load_running_as_the_first_frame_is_drawn_is_not_taken_for_the_launchers_pause():
    frozen = gc.get_freeze_count()
    with gc_paused():  # a worker loading while the app was started with collection on
        assert not resume_after_start_up()  # the app's first frame
        assert not gc.isenabled(), "the load's pause holds"
        assert gc.get_freeze_count() == frozen, "nothing frozen: the app was never paused"
    assert gc.isenabled()
