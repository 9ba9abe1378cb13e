"""Background work behind the UI thread for the cores: its own thread, lowered, on Linux."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from diplotui.library.priority import (
    BACKGROUND_NICENESS,
    KeyWatch,
    lower_process,
    run_behind_ui,
)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice")


def _niceness() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@linux_only
def test_work_runs_lowered_in_a_thread_of_its_own_and_the_caller_is_not():
    before = _niceness()
    inner: list[int] = []

    def work() -> tuple[int, int]:
        started = threading.Thread(target=lambda: inner.append(_niceness()))
        started.start()  # a thread the work starts (the index's text reader) inherits it
        started.join()
        return threading.get_ident(), _niceness()

    ident, niceness = run_behind_ui(work)
    assert ident != threading.get_ident()
    assert niceness == min(19, before + BACKGROUND_NICENESS)
    assert inner == [niceness]
    assert _niceness() == before, "the calling thread (a worker pool's) keeps its priority"


@linux_only
def test_a_helper_given_the_lowest_priority_runs_only_on_idle_cores():
    """A cache's helper after ``R``: niceness 19 and the idle scheduling class, so a waking
    UI thread counts its core as idle; a lowered one only is 10 lower."""
    helpers = [
        subprocess.Popen(
            [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
        )
        for _ in range(2)
    ]
    try:
        lower_process(helpers[0].pid, lowest=True)
        lower_process(helpers[1].pid)
        assert os.getpriority(os.PRIO_PROCESS, helpers[0].pid) == 19
        assert os.sched_getscheduler(helpers[0].pid) == os.SCHED_IDLE
        lowered = min(19, os.getpriority(os.PRIO_PROCESS, 0) + BACKGROUND_NICENESS)
        assert os.getpriority(os.PRIO_PROCESS, helpers[1].pid) == lowered
        assert os.sched_getscheduler(helpers[1].pid) == os.SCHED_OTHER
    finally:
        for helper in helpers:
            helper.communicate(b"")


def test_the_work_s_exception_is_raised_in_the_caller():
    def failing() -> None:
        raise ValueError("disk gone")

    with pytest.raises(ValueError, match="disk gone"):
        run_behind_ui(failing)


def test_background_work_waits_while_a_key_is_handled_until_its_frame():
    keys = KeyWatch()
    keys.wait_quiet(limit=60)  # no key: at once
    keys.arrived()
    assert keys.handling
    waited = threading.Event()
    waiter = threading.Thread(target=lambda: (keys.wait_quiet(limit=60), waited.set()))
    waiter.start()
    assert not waited.wait(0.05), "a key is being handled: the work waits"
    keys.shown()
    assert waited.wait(10) and not keys.handling
    waiter.join()


def test_only_a_frame_drawn_after_the_key_s_handlers_ran_shows_it():
    keys = KeyWatch()
    keys.arrived()
    keys.drawn()  # a frame asked for before the key (a progress bar's): not the key's
    assert keys.handling
    keys.dispatched()
    assert keys.handling, "its handlers ran, its frame is not drawn yet"
    keys.drawn()
    assert not keys.handling
    keys.arrived()  # the next key: its own handlers and frame
    keys.drawn()
    assert keys.handling


def test_a_key_whose_frame_never_came_stops_holding_work_back():
    keys = KeyWatch()
    keys.STALE = 0.0  # the key arrived long enough ago (a screen closed before its frame)
    keys.arrived()
    assert not keys.handling
    keys.wait_quiet(limit=60)
