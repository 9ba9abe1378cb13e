"""Collection paused while records load: one process-wide switch shared by every thread."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from diplotui.cli.main import main
from diplotui.store import Store
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


def test_a_load_running_as_the_first_frame_is_drawn_is_not_taken_for_the_launchers_pause(
    monkeypatch: pytest.MonkeyPatch,
):
    freezes: list[None] = []
    freeze = gc.freeze
    monkeypatch.setattr(gc, "freeze", lambda: freezes.append(freeze()))
    frozen = gc.get_freeze_count()
    with gc_paused():  # a worker loading while the app was started with collection on
        assert not resume_after_start_up()  # the app's first frame
        assert not gc.isenabled(), "the load's pause holds"
        # No freeze called: the count alone fell by what frozen objects died meanwhile (2 in
        # a worker whose earlier tests' apps froze their young objects, suite61)
        assert not freezes, "nothing frozen: the app was never paused"
        assert gc.get_freeze_count() <= frozen, "nothing frozen: the app was never paused"
    assert gc.isenabled()


def test_an_app_that_could_not_start_leaves_collection_on(tmp_path, capsys):
    """``main`` pauses collection for the app's start-up; an app that never drew a frame
    (its store's lock is a folder) let go of nothing, and the rest of the process (a
    script, the next tests in a worker) ran without collection."""
    store_path = tmp_path / "library.json"
    Store.open(store_path).close()
    lock = store_path.with_name("library.json.lock")
    lock.unlink(missing_ok=True)
    lock.mkdir()
    gc.enable()
    assert main(["--db", str(store_path)]) == 1
    assert "lock" in capsys.readouterr().err
    assert gc.isenabled()
    with gc_paused():  # and a later load still pauses and resumes it
        assert not gc.isenabled()
    assert gc.isenabled()
