"""One bad line in the journal costs that line, never the library.

The journal (``<store>.journal``) holds every write since the last compaction, one checksummed
line each. A line whose record fails its check (another program, a bug), or a line damaged in
the middle (a bit flip, a hand edit, a sync tool) refused the whole store at every start until
``doctor --restore`` (which lost every later write). Now, as for the main file's bad records,
what cannot be used is set aside in the store's quarantine table, named in one line, listed by
``doctor``, and every other write is kept; the damaged line's bytes are kept exactly.
"""

from __future__ import annotations

import base64
import json
import zlib
from pathlib import Path

import pytest

from diplotui.store import QUARANTINE, Store, journal_path
from diplotui.store import storage as storage_module
from diplotui.store.journal import encode_transaction
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.launch import open_for_app
from tests.cli_runner import run_main
from tests.reliability.test_quarantine import two_articles


@pytest.fixture(autouse=True)
def journal_kept_on_close(monkeypatch) -> None:
    """Closing a small store folds its journal into the file; keep the journal instead, as a
    large store (or a killed process) does."""
    monkeypatch.setattr(storage_module, "COMPACT_ON_CLOSE_BELOW_BYTES", 0)


def journaled_library(path: Path) -> tuple[str, str, str]:
    """Two articles in the file, then three journaled writes (tag the first, note the second,
    tag the second); returns (first, highlight, second)."""
    first, highlight, second = two_articles(path)
    with Store.open(path) as store:
        store.compact()  # the file holds the articles; the journal only what follows
        store.with_updates(store.article(first), tags=["one"])
        store.with_updates(store.article(second), note="journaled note")
        store.with_updates(store.article(second), tags=["three"])
    return first, highlight, second


def journal_lines(path: Path) -> list[bytes]:
    return journal_path(path).read_bytes().split(b"\n")


def write_journal(path: Path, lines: list[bytes]) -> None:
    journal_path(path).write_bytes(b"\n".join(lines))


def test_a_record_failing_its_check_in_the_journal_is_set_aside(store_path: Path):
    first, _highlight, second = journaled_library(store_path)
    lines = journal_lines(store_path)
    with Store.open(store_path, read_only=True) as store:
        bad = {**store._storage.get("articles", first), "date": 12}  # type: ignore[dict-item]
    lines.insert(-1, encode_transaction([("articles", first, bad)]).rstrip(b"\n"))
    write_journal(store_path, lines)
    journal_before, file_before = journal_path(store_path).read_bytes(), store_path.read_bytes()

    listed = run_main("--db", str(store_path), "list")
    assert listed.returncode == 0, listed.stderr
    assert "Jakarta" in listed.stdout and "Talks" not in listed.stdout
    [line] = listed.stderr.splitlines()
    assert f"articles record {first}" in line and "date has the wrong type" in line
    assert journal_path(store_path).read_bytes() == journal_before, "a read never writes"
    assert store_path.read_bytes() == file_before

    assert run_main("--db", str(store_path), "tag", second, "four").returncode == 0
    on_disk = json.loads(store_path.read_text())  # the writer's open compacted
    assert on_disk[QUARANTINE][f"articles/{first}"]["record"] == bad
    assert first not in on_disk["articles"]
    with Store.open(store_path, read_only=True) as store:
        assert store.article(second).note == "journaled note"
        assert store.article(second).tags == ["three", "four"]

    doctor = run_main("--db", str(store_path), "doctor")
    assert doctor.returncode == 1 and f"set aside articles record {first}" in doctor.stdout
    fixed = json.loads(store_path.read_text())
    fixed[QUARANTINE][f"articles/{first}"]["record"]["date"] = "2025-07-18"
    store_path.write_text(json.dumps(fixed))
    put_back = run_main("--db", str(store_path), "doctor", "--put-back")
    assert f"put back articles record {first}" in put_back.stdout
    with Store.open(store_path, read_only=True) as store:
        assert store.article(first).tags == ["one"] and store.quarantined() == []


@pytest.mark.parametrize("damage", ["checksum", "not utf-8", "nested too deep"])
def test_a_damaged_line_between_good_ones_is_set_aside_byte_for_byte(store_path: Path, damage: str):
    first, _highlight, second = journaled_library(store_path)
    lines = journal_lines(store_path)
    note_line = next(n for n, line in enumerate(lines) if b"journaled note" in line)
    spoiled = lines[note_line].replace(
        b"journaled", b"journalled" if damage == "checksum" else b"journal\xffd"
    )
    if damage == "nested too deep":  # its checksum right: every command ended in a traceback
        body = b"[" * 100_000 + b"]" * 100_000
        spoiled = b"%08x %s" % (zlib.crc32(body), body)
    lines[note_line] = spoiled
    write_journal(store_path, lines)
    offset = len(b"\n".join(lines[:note_line])) + 1
    journal_before = journal_path(store_path).read_bytes()

    listed = run_main("--db", str(store_path), "list", "--json")
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stderr.splitlines()
    assert f"set aside the line at byte {offset} of its journal" in line
    shown = {article["id"]: article for article in json.loads(listed.stdout)}
    assert shown[first]["tags"] == ["one"], "the line before it is kept"
    assert shown[second]["tags"] == ["three"], "the line after it is kept"
    assert journal_path(store_path).read_bytes() == journal_before, "a read never writes"

    assert run_main("--db", str(store_path), "tag", first, "two").returncode == 0
    with Store.open(store_path, read_only=True) as store:
        [kept] = store.quarantined()
        assert store.article(first).tags == ["one", "two"]
        assert store.notices and "failed their check still set aside" in store.notices[0]
    stored = kept.record
    if damage == "not utf-8":
        assert isinstance(stored, dict)
        stored = base64.b64decode(stored["base64"])
    else:
        assert isinstance(stored, str)
        stored = stored.encode()
    assert stored == spoiled, "the damaged line's bytes are kept exactly"

    doctor = run_main("--db", str(store_path), "doctor")
    assert doctor.returncode == 1
    assert f"set aside the line at byte {offset} of its journal" in doctor.stdout


def test_a_compaction_that_fails_at_open_leaves_the_damaged_journal_as_it_was(
    store_path: Path, monkeypatch
):
    """The line leaves the journal only once the file holding it in quarantine is written."""
    journaled_library(store_path)
    lines = journal_lines(store_path)
    lines[2] = lines[2].replace(b"journaled", b"journalled")
    write_journal(store_path, lines)
    journal_before, file_before = journal_path(store_path).read_bytes(), store_path.read_bytes()

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(storage_module, "atomic_write_bytes", disk_full)
        failed = run_main("--db", str(store_path), "tag", "5ec0", "x")
    assert failed.returncode == 1 and "No space left on device" in failed.stderr
    assert journal_path(store_path).read_bytes() == journal_before
    assert store_path.read_bytes() == file_before
    assert run_main("--db", str(store_path), "tag", "5ec0", "x").returncode == 0
    with Store.open(store_path, read_only=True) as store:
        assert len(store.quarantined()) == 1


async def test_the_app_opens_on_a_damaged_journal_and_says_so(store_path: Path):
    _first, _highlight, second = journaled_library(store_path)
    lines = journal_lines(store_path)
    lines[2] = lines[2].replace(b"journaled", b"journalled")
    write_journal(store_path, lines)
    store, notices = open_for_app(store_path, read_only=False)
    try:
        app = DiplotuiApp(store, notices)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            shown = " ".join(str(n.message) for n in app._notifications)
            assert "of its journal" in shown
            titles = [row.title for row in app.screen.query_one("ArticleList").rows]
            assert sorted(titles) == ["Jakarta", "Talks"]
            assert store.article(second).tags == ["three"]
    finally:
        store.close()


def test_a_journal_of_another_version_of_the_file_is_kept_aside_not_overwritten(
    store_path: Path,
):
    """Copying an older library.json back (or ``doctor --restore``) left the newer file's
    journal in place, unused; the next writer's compaction replaced it: its writes were gone
    without a word. It is kept aside, byte for byte, and said."""
    first, _highlight, _second = journaled_library(store_path)
    with Store.open(store_path) as store:
        store.compact()
    older = store_path.read_bytes()
    with Store.open(store_path) as store:
        store.compact()  # the file moves on; the journal continues the newer one
        store.with_updates(store.article(first), tags=["1"])
        store.with_updates(store.article(first), tags=["2"])
        store.with_updates(store.article(first), tags=["3"])
    journal = journal_path(store_path).read_bytes()
    store_path.write_bytes(older)  # an older copy put back by hand

    with Store.open(store_path, read_only=True) as reader:
        [notice] = reader.notices
        assert "3 writes" in notice and "not applied" in notice
    assert journal_path(store_path).read_bytes() == journal, "a read never writes"

    listed = run_main("--db", str(store_path), "tag", first, "x")
    assert listed.returncode == 0, listed.stderr
    [kept] = store_path.parent.glob("library.json.journal.unused-*")
    assert kept.read_bytes() == journal
    assert str(kept) in listed.stderr
    with Store.open(store_path, read_only=True) as again:
        assert again.notices == [], "said once, when kept aside"


def _damage_header(header: bytes, damage: str) -> bytes:
    if damage == "a flipped digit":  # still JSON, naming a generation nobody wrote
        digit = header.index(b'"generation": "') + len(b'"generation": "')
        flipped = b"0" if header[digit : digit + 1] != b"0" else b"1"
        return header[:digit] + flipped + header[digit + 1 :]
    return header.replace(b"{", b"\xfb", 1)  # no longer JSON, nor UTF-8


@pytest.mark.parametrize("damage", ["a flipped digit", "a broken brace"])
def test_a_journal_whose_first_line_is_damaged_is_read_as_the_file_it_continues(
    store_path: Path, damage: str
):
    """Every start refused the whole store ("the journal's first line is not a diplotui
    journal"), or a flipped digit in its generation made its writes another file's, not
    applied; the first line names only which file the journal continues, and a damaged one
    still names it when it is a few bytes from that file's name."""
    first, _highlight, second = journaled_library(store_path)
    lines = journal_lines(store_path)
    lines[0] = _damage_header(lines[0], damage)
    write_journal(store_path, lines)
    journal_before = journal_path(store_path).read_bytes()

    listed = run_main("--db", str(store_path), "list", "--json")
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stderr.splitlines()
    assert str(journal_path(store_path)) in line and "first line is damaged" in line
    shown = {article["id"]: article for article in json.loads(listed.stdout)}
    assert shown[first]["tags"] == ["one"] and shown[second]["tags"] == ["three"]
    assert shown[second]["note"] == "journaled note"
    assert journal_path(store_path).read_bytes() == journal_before, "a read never writes"

    assert run_main("--db", str(store_path), "tag", first, "two").returncode == 0
    with Store.open(store_path, read_only=True) as store:
        assert store.notices == [], "a writer's open wrote a whole journal"
        assert store.article(first).tags == ["one", "two"]
        assert store.article(second).tags == ["three"]


@pytest.mark.parametrize(
    "first_line", [b"# my notes", b"[" * 100_000 + b"]" * 100_000], ids=["notes", "nested"]
)
def test_a_journal_whose_first_line_names_no_file_is_kept_aside_not_refused(
    store_path: Path, first_line: bytes
):
    """A first line replaced whole (a hand edit) says nothing of which file the writes
    continue: they are not applied to this one, and the journal is kept aside byte for byte,
    as for an older copy of the file put back, instead of refusing every start (one nested
    too deep ended every command in a traceback)."""
    first, _highlight, _second = journaled_library(store_path)
    lines = journal_lines(store_path)
    lines[0] = first_line
    write_journal(store_path, lines)
    journal = journal_path(store_path).read_bytes()

    listed = run_main("--db", str(store_path), "list")
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stderr.splitlines()
    assert "first line is damaged" in line and "3 writes" in line and "not applied" in line

    tagged = run_main("--db", str(store_path), "tag", first, "x")
    assert tagged.returncode == 0, tagged.stderr
    [kept] = store_path.parent.glob("library.json.journal.unused-*")
    assert kept.read_bytes() == journal and str(kept) in tagged.stderr
