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
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diplotui.store import Store, load_store_json, stray_temp_files
from tests.reliability.workload import (
    Model,
    apply_to_model,
    seed,
    snapshot,
    write_forever,
)

FORK_GROUPS = 4
KILLS_PER_GROUP = 60
SUBPROCESS_KILLS = 8
RELIABILITY_DOC = Path(__file__).resolve().parents[2] / "RELIABILITY.md"
# The last test checks the totals of the others: CI's ``--dist loadfile`` runs a module's tests
# in order on one worker.
pytestmark = pytest.mark.slow
TOTALS = {"kills": 0, "writes": 0}


def check_after_kill(path: Path, before: Model, ids: list[str], run: int, acked: int) -> Model:
    """The store parses and equals the model after ``acked`` ops, or one more (in flight)."""
    load_store_json(path)
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


def fork_writer(path: Path, run: int) -> tuple[int, int]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the writer
        os.close(read_end)
        try:
            write_forever(path, run, lambda i: os.write(write_end, b"%d\n" % i))
        finally:
            os._exit(1)
    os.close(write_end)
    return pid, read_end


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
        pid, read_end = fork_writer(path, run)
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(read_end, "rb") as pipe:
            acked = acknowledged(pipe.read())
        model = check_after_kill(path, model, ids, run, acked)
    Store.open(path).close()
    assert stray_temp_files(path) == []
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
    print(f"\nkills {TOTALS['kills']}, acknowledged writes checked {TOTALS['writes']}")
    assert claimed_kills >= 200
    assert TOTALS["kills"] >= claimed_kills
    assert TOTALS["writes"] >= claimed_writes
