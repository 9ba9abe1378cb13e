"""SIGKILL a writer at random moments; the store must parse and hold every acknowledged write.

Most runs fork the test process (a real process, killed for real, but without paying the
interpreter's start-up each time, so hundreds of kills fit in seconds); a few run the writer as
a fresh ``python`` subprocess. The figures RELIABILITY.md states are checked against what these
tests really exercise.
"""

from __future__ import annotations

import os
import random
import re
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from diplotui.store import Store, journal_path, load_store_json, read_store, stray_temp_files
from diplotui.store import storage as storage_module
from tests.reliability.workload import (
    Model,
    apply_to_model,
    seed,
    snapshot,
    write_forever,
)

FORK_GROUPS = 4
COMPACTING_GROUPS = 2  # of the fork groups: the journal is compacted every few writes
KILLS_PER_GROUP = 60
SUBPROCESS_KILLS = 8
COMPACTION_STARTS = b"C"  # not a newline: the pipe's newlines count acknowledged writes
RELIABILITY_DOC = Path(__file__).resolve().parents[2] / "RELIABILITY.md"
# The last test checks the totals of the others: CI's ``--dist loadfile`` runs a module's tests
# in order on one worker.
pytestmark = pytest.mark.slow
TOTALS = {"kills": 0, "writes": 0, "mid_compaction": 0}


def caught_mid_compaction(path: Path) -> bool:
    """True when the kill left a compaction unfinished: its temp file written or being
    written, or the new file in place while the journal still continues the old one."""
    if stray_temp_files(path) or stray_temp_files(journal_path(path)):
        return True
    generation = load_store_json(path)["meta"]["1"].get("generation")
    head = journal_path(path).read_bytes().split(b"\n", 1)[0]
    return generation is not None and generation.encode() not in head


def check_after_kill(path: Path, before: Model, ids: list[str], run: int, acked: int) -> Model:
    """The store parses and equals the model after ``acked`` ops, or one more (in flight)."""
    # file and journal parse (a torn tail is ignored and reported), and no line is damaged
    state = read_store(path)
    assert state.set_aside == [], f"run {run}: a kill damaged a journal line"
    assert not state.unused_journal, f"run {run}: the journal does not continue the file"
    if caught_mid_compaction(path):
        TOTALS["mid_compaction"] += 1
    with Store.open(path, read_only=True) as store:
        after = snapshot(store)
    expected = before.copy()
    for index in range(acked):
        apply_to_model(expected, ids, run, index)
    if after != expected:
        apply_to_model(expected, ids, run, acked)
        assert after == expected, f"run {run}: store differs from {acked} acknowledged writes"
    TOTALS["kills"] += 1
    TOTALS["writes"] += acked
    return after


def fork_writer(
    path: Path, run: int, compacting: bool, stop_at: int | None = None
) -> tuple[int, int]:
    """A forked writer; with ``stop_at``, it stops at that instant of its first compaction."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the writer
        os.close(read_end)
        if compacting:  # compact whenever the journal passes a quarter of the file
            storage_module.COMPACT_MIN_JOURNAL_BYTES = 0
        if stop_at is not None:
            stop_inside_compactions(write_end, stop_at)
        try:
            write_forever(path, run, lambda i: os.write(write_end, b"%d\n" % i))
        finally:
            os._exit(1)
    os.close(write_end)
    return pid, read_end


STOPS_INSIDE_A_COMPACTION = 3
"""The instants an aimed kill lands on: the new store file written beside the old one; the
new file in place, its trust note not yet written (the journal still continues the old
file); the new journal being put in place."""


def stop_inside_compactions(pipe: int, stop_at: int) -> None:
    """At the ``stop_at``-th instant of its first compaction (``STOPS_INSIDE_A_COMPACTION``:
    each file replaced and the trust note, in order) the compacting thread writes ``C`` to
    the pipe and waits there for the writer's SIGKILL (a compaction in the background lets
    the writer go on acknowledging meanwhile). Aimed by time, a kill had to come within a
    millisecond of a compaction's start and, on a loaded machine, often came after its end."""
    compact = storage_module.JournalStorage.compact
    replace, stamp = os.replace, storage_module.write_trust_stamp
    compacting_thread: list[int] = []
    instants = iter(range(stop_at, -1, -1))

    def stop_if_due() -> None:
        if threading.get_ident() in compacting_thread and next(instants) == 0:
            os.write(pipe, COMPACTION_STARTS)
            signal.pause()

    def stopping_replace(*args: Any, **kwargs: Any) -> None:
        stop_if_due()
        replace(*args, **kwargs)

    def stopping_stamp(*args: Any, **kwargs: Any) -> None:
        stop_if_due()
        stamp(*args, **kwargs)

    def stopping_compact(storage: storage_module.JournalStorage) -> None:
        compacting_thread.append(threading.get_ident())
        try:
            compact(storage)
        finally:
            compacting_thread.clear()

    os.replace = stopping_replace
    storage_module.write_trust_stamp = stopping_stamp
    storage_module.JournalStorage.compact = stopping_compact  # type: ignore[method-assign]


def read_until(pipe: int, marker: bytes, timeout: float = 60.0) -> bytes:
    """The writer's output up to ``marker`` (or what came before a timeout: a bound,
    returned from as soon as the writer stops)."""
    output = b""
    deadline = time.monotonic() + timeout
    while marker not in output and time.monotonic() < deadline:
        ready, _, _ = select.select([pipe], [], [], 0.05)
        if ready:
            chunk = os.read(pipe, 4096)
            if not chunk:
                break
            output += chunk
    return output


def read_until_compaction(pipe: int) -> bytes:
    """The writer's output up to its stop inside a compaction."""
    return read_until(pipe, COMPACTION_STARTS)


def acknowledged(output: bytes) -> int:
    return output.count(b"\n")


@pytest.mark.parametrize("group", range(FORK_GROUPS))
def test_forked_writer_killed_at_random_moments(tmp_path: Path, group: int):
    path = tmp_path / "library.json"
    ids = seed(path)
    rng = random.Random(group)
    with Store.open(path, read_only=True) as store:
        model = snapshot(store)
    for run in range(KILLS_PER_GROUP):
        compacting = group < COMPACTING_GROUPS
        aimed = compacting and run % 2 == 1  # killed where it stops inside a compaction
        stop_at = rng.randrange(STOPS_INSIDE_A_COMPACTION) if aimed else None
        pid, read_end = fork_writer(path, run, compacting, stop_at)
        before_kill = b""
        if aimed:
            before_kill = read_until_compaction(read_end)
        else:
            if run == 0:  # one kill of the group after a write: delays alone could all
                # fall before the writer's first write on a loaded machine
                before_kill = read_until(read_end, b"\n")  # its first write
            time.sleep(rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        assert not aimed or COMPACTION_STARTS in before_kill, f"run {run}: it never compacted"
        with os.fdopen(read_end, "rb") as pipe:
            acked = acknowledged(before_kill + pipe.read())
        model = check_after_kill(path, model, ids, run, acked)
    Store.open(path).close()
    assert stray_temp_files(path) == []
    assert stray_temp_files(journal_path(path)) == []
    assert sum(len(tags) for tags, _ in model.articles.values()) > 0, "the writers never wrote"


def test_subprocess_writer_killed_after_random_acknowledgements(tmp_path: Path):
    path = tmp_path / "library.json"
    ids = seed(path)
    rng = random.Random(7)
    writer = Path(__file__).with_name("writer.py")
    with Store.open(path, read_only=True) as store:
        model = snapshot(store)
    for run in range(SUBPROCESS_KILLS):
        process = subprocess.Popen(
            [sys.executable, str(writer), str(path), str(run)], stdout=subprocess.PIPE
        )
        assert process.stdout is not None
        wanted = rng.randint(1, 40)
        for _ in range(wanted):
            assert process.stdout.readline(), "the writer died on its own"
        process.send_signal(signal.SIGKILL)
        process.wait()
        acked = wanted + acknowledged(process.stdout.read())
        model = check_after_kill(path, model, ids, run, acked)


def test_reliability_doc_claims_no_more_than_the_tests_do():
    """Runs last in this module: the kill and write counts in RELIABILITY.md must be met."""
    if TOTALS["kills"] < FORK_GROUPS * KILLS_PER_GROUP + SUBPROCESS_KILLS:
        pytest.skip("run the whole module to check the figures")
    text = RELIABILITY_DOC.read_text()
    claimed_kills = int(re.search(r"<!-- kills -->\s*\**([\d,]+)", text).group(1).replace(",", ""))
    claimed_writes = int(
        re.search(r"<!-- writes -->\s*\**([\d,]+)", text).group(1).replace(",", "")
    )
    claimed_mid = int(
        re.search(r"<!-- mid-compaction -->\s*\**([\d,]+)", text).group(1).replace(",", "")
    )
    print(
        f"\nkills {TOTALS['kills']} ({TOTALS['mid_compaction']} mid-compaction), "
        f"acknowledged writes checked {TOTALS['writes']}"
    )
    assert claimed_kills >= 200
    assert TOTALS["mid_compaction"] >= claimed_mid
    assert TOTALS["kills"] >= claimed_kills
    assert TOTALS["writes"] >= claimed_writes
