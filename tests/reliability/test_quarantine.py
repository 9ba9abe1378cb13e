"""One bad hand-edited record costs that record, never the library.

A store file edited by hand (or by another program) may hold a record that fails its check: an
article whose date is a number, a highlight with a negative offset, a tag that is a number, a
missing field. Opening used to refuse the whole store (every command and the app stopped until
``doctor --restore``, which lost later work). Now the record is set aside in the store's
quarantine table, verbatim, and said in one line; every other record works; compaction keeps it;
``doctor`` lists it and ``doctor --put-back`` returns it once fixed.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from diplotui.model import Article, QuoteRecord
from diplotui.store import QUARANTINE, Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.launch import open_for_app
from tests.cli_runner import run_main
from tests.reliability.test_hostile_records import QUOTE, TEXT, hand_edit, make_store

OTHER_TEXT = "Second article\n\nThe envoys met in Jakarta.\n"


def two_articles(path: Path) -> tuple[str, str, str]:
    """Two articles, a highlight on the first; returns (first id, highlight id, second id)."""
    first, highlight = make_store(path)
    with Store.open(path) as store:
        second = Article(id="5ec0d5ec0d00", title="Jakarta", text_hash="")
        store.add_article(second, OTHER_TEXT)
    return first, highlight, second.id


def _set(**fields: object) -> Callable[[dict], None]:
    """A hand edit giving a record's ``fields`` these values."""
    return lambda doc: doc.update(fields)


BAD_EDITS = {
    "a date that is a number": (
        "articles",
        lambda doc: doc.update(date=12),
        "date has the wrong type",
    ),
    "a date no calendar has": (  # listed as the newest, its statements dated so
        "articles",
        lambda doc: doc.update(date="2025-13-45"),
        "its date '2025-13-45' is no calendar date",
    ),
    "a tag that is a number": ("articles", lambda doc: doc.update(tags=[7]), "tags"),
    "a missing field": ("articles", lambda doc: doc.pop("title"), "missing title"),
    "a negative offset": (
        "highlights",
        lambda doc: doc.update(start=-5),
        "offsets (-5, ",
    ),
    # newuser30: accepted without a word, in neither --unread nor --archived, listed twice,
    # listed and exported as a colour with no meaning
    "an unknown state": ("articles", _set(state="maybe"), "its state 'maybe' is not one of"),
    "a tag given twice": ("articles", _set(tags=["asean", "asean"]), "its tag 'asean' is given"),
    "an unknown colour": ("highlights", _set(color="purple"), "its colour 'purple' is not one"),
    "a highlight tag twice": ("highlights", _set(tags=["a", "a"]), "its tag 'a' is given twice"),
    # attack41: listed, shown and exported as a place no anchoring gives
    "an unknown status": ("highlights", _set(status="weird"), "its status 'weird' is not one of"),
    # attack33: every read of the text opened a file outside the bodies folder
    "a text hash that is a path": (
        "articles",
        _set(text_hash="../../notes"),
        "its text_hash '../../notes' is not a SHA-256",
    ),
}


@pytest.mark.parametrize("edit", BAD_EDITS, ids=list(BAD_EDITS))
def test_one_bad_record_is_set_aside_and_every_other_command_works(store_path: Path, edit: str):
    first, highlight, second = two_articles(store_path)
    table, change, reason = BAD_EDITS[edit]
    bad_key = first if table == "articles" else highlight
    hand_edit(store_path, lambda data: change(data[table][bad_key]))
    verbatim = json.loads(store_path.read_text())[table][bad_key]
    before = store_path.read_bytes()

    listed = run_main("--db", str(store_path), "list")
    assert listed.returncode == 0, listed.stderr
    assert "Jakarta" in listed.stdout
    lines = listed.stderr.splitlines()
    assert len(lines) == 1 and f"{table} record {bad_key}" in lines[0] and reason in lines[0]
    assert store_path.read_bytes() == before, "a read never writes"

    tagged = run_main("--db", str(store_path), "tag", second, "kept")
    assert tagged.returncode == 0, tagged.stderr
    with Store.open(store_path) as store:
        store.compact()  # a later compaction too keeps it
        assert store.article(second).tags == ["kept"]
        assert [(q.table, q.key, q.reason) for q in store.quarantined()] == [
            (table, bad_key, store.quarantined()[0].reason)
        ]
    on_disk = json.loads(store_path.read_text())
    assert bad_key not in on_disk[table]
    assert on_disk[QUARANTINE][f"{table}/{bad_key}"]["record"] == verbatim

    doctor = run_main("--db", str(store_path), "doctor")
    assert doctor.returncode == 1
    assert f"set aside {table} record {bad_key}" in doctor.stdout and reason in doctor.stdout
    assert "3 good backup(s)" in doctor.stdout, "the hand-edited file's backup opens too"
    backups = store_path.with_name("library.json.backups").iterdir()
    assert any(
        json.loads(backup.read_text())[table].get(bad_key) == verbatim for backup in backups
    ), "the file as edited is backed up before the record is moved"


def test_doctor_right_after_a_hand_edit_says_where_the_bad_record_stands(store_path: Path):
    """Run first, before anything wrote the file, ``doctor`` said the record was kept in the
    file's quarantine table, which a user opening the file did not find: it still stood in
    its own table. The note now says so and how to move it; once moved, where it is kept."""
    first, _highlight, _second = two_articles(store_path)
    hand_edit(store_path, lambda data: data["articles"][first].update(date=12))
    doctor = run_main("--db", str(store_path), "doctor")
    assert doctor.returncode == 1
    assert QUARANTINE not in json.loads(store_path.read_text())
    assert "still stands where it failed its check, in its own table" in doctor.stdout
    assert 'the records set aside are kept in the "quarantine" table' not in doctor.stdout
    assert run_main("--db", str(store_path), "doctor", "--put-back").returncode == 1
    assert f"articles/{first}" in json.loads(store_path.read_text())[QUARANTINE]
    doctor = run_main("--db", str(store_path), "doctor")
    assert 'the records set aside are kept in the "quarantine" table' in doctor.stdout
    assert "still stands where it failed" not in doctor.stdout


def _outside_the_table_name(said: str) -> str:
    """What a message says besides the name of the file's table the records are kept in."""
    return said.replace(f'"{QUARANTINE}" table', "the table")


def test_list_the_app_and_doctor_name_a_set_aside_record_in_the_same_words(store_path: Path):
    """newuser53: ``list`` said the record was "kept in the store's quarantine" where
    ``doctor`` said it "still stands where it failed, in its own table", and after a write
    "set aside in quarantine" where doctor said "set-aside records are kept in the
    "quarantine" table". One thing, one name: a record "set aside"; "quarantine" only
    as the name of the table a user edits."""
    first, _highlight, second = two_articles(store_path)
    hand_edit(store_path, lambda data: data["articles"][first].update(date=12))
    what = f"set aside articles record {first}"
    listed = run_main("--db", str(store_path), "list").stderr.strip()
    store, app_notices = open_for_app(store_path, read_only=True)
    store.close()
    doctor = run_main("--db", str(store_path), "doctor").stdout
    said = listed.removeprefix("diplotui: ")
    assert app_notices == [said], (app_notices, said)
    assert said.startswith(f"{store_path}: {what}"), said
    assert said.endswith("(kept, never dropped: 'diplotui doctor' lists it)"), said
    named = said.removeprefix(f"{store_path}: ").split(" (kept")[0]
    assert f"error  {named}; as stored:" in doctor, (named, doctor)
    for message in (said, doctor):
        assert "quarantin" not in _outside_the_table_name(message).lower(), message

    assert run_main("--db", str(store_path), "tag", second, "kept").returncode == 0  # moved
    listed = run_main("--db", str(store_path), "list").stderr
    doctor = run_main("--db", str(store_path), "doctor").stdout
    assert "1 record(s) that failed their check still set aside" in listed, listed
    assert f"error  {named}; as stored:" in doctor, doctor
    assert 'the records set aside are kept in the "quarantine" table' in doctor, doctor
    put_back = run_main("--db", str(store_path), "doctor", "--put-back").stdout
    assert f"still set aside articles record {first}" in put_back, put_back
    for message in (listed, doctor, put_back):
        assert "quarantin" not in _outside_the_table_name(message).lower(), message
        assert "kept aside" not in message and "set-aside" not in message, message


def test_a_fixed_record_is_put_back_and_a_still_bad_one_stays(store_path: Path):
    first, highlight, _second = two_articles(store_path)

    def spoil(data: dict) -> None:
        data["articles"][first]["date"] = 12
        data["highlights"][highlight]["end"] = -1

    hand_edit(store_path, spoil)
    assert run_main("--db", str(store_path), "list").returncode == 0
    assert run_main("--db", str(store_path), "tag", first[:4], "x").returncode == 2  # set aside
    hand_edit(store_path, lambda data: data[QUARANTINE][f"articles/{first}"]["record"].update(
        date="2025-07-18"
    ))  # fmt: skip
    result = run_main("--db", str(store_path), "doctor", "--put-back")
    assert f"put back articles record {first}" in result.stdout
    assert f"still set aside highlights record {highlight}" in result.stdout
    with Store.open(store_path, read_only=True) as store:
        assert store.article(first).date == "2025-07-18"
        assert [q.key for q in store.quarantined()] == [highlight]
        assert "1 record(s) that failed their check still set aside" in store.notices[0]


def test_the_journal_is_replayed_over_a_hand_edited_file_and_nothing_is_lost(store_path: Path):
    """A writer killed before compacting leaves its writes in the journal; a hand edit of the
    file then: the journal still applies, the bad record is set aside, both survive."""
    first, _highlight, second = two_articles(store_path)
    store = Store.open(store_path)
    store.save_article(store.with_updates(store.article(second), note="journaled"))
    store._storage._journal_fd = None  # the process "dies": no compaction on close
    store._lock.release()  # type: ignore[union-attr]
    hand_edit(store_path, lambda data: data["articles"][first].update(date=12))
    with Store.open(store_path) as reopened:
        assert reopened.article(second).note == "journaled"
        assert [q.key for q in reopened.quarantined()] == [first]
    with Store.open(store_path, read_only=True) as again:
        assert again.article(second).note == "journaled"
        assert [q.key for q in again.quarantined()] == [first]


def test_a_malformed_saved_filter_is_set_aside_and_the_others_kept(store_path: Path):
    make_store(store_path)
    hand_edit(
        store_path,
        lambda data: data["settings"]["1"].update(
            saved_filters=[{"name": "good", "query": {}}, {"name": 5}]
        ),
    )
    with Store.open(store_path) as store:
        assert [f.name for f in store.saved_filters()] == ["good"]
        assert [q.record for q in store.quarantined()] == [{"name": 5}]
        assert "saved filter 2: malformed" in store.notices[0]


def test_a_store_whose_every_article_is_set_aside_is_not_seeded_as_a_first_run(
    store_path: Path,
):
    first, _highlight = make_store(store_path, highlight=False)
    hand_edit(store_path, lambda data: data["articles"][first].update(date=12))
    listed = run_main("--db", str(store_path), "list")
    assert listed.returncode == 0 and listed.stdout == ""
    with Store.open(store_path, read_only=True) as store:
        assert store.articles() == [] and len(store.quarantined()) == 1


async def test_the_app_opens_says_which_record_was_set_aside_and_shows_the_rest(
    store_path: Path,
):
    first, _highlight, _second = two_articles(store_path)
    hand_edit(store_path, lambda data: data["articles"][first].update(tags=[7]))
    store, notices = open_for_app(store_path, read_only=False)
    assert any(f"articles record {first}" in notice for notice in notices)
    try:
        app = DiplotuiApp(store, notices)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            shown = [str(n.message) for n in app._notifications]
            assert any(f"articles record {first}" in message for message in shown)
            assert [row.title for row in app.screen.query_one("ArticleList").rows] == ["Jakarta"]
            assert app.is_running
    finally:
        store.close()


def test_an_orphan_with_reversed_offsets_is_no_bad_record(store_path: Path):
    """An import can store an orphan whose offsets are reversed (it is placed by its quote):
    that is a record diplotui writes, so it must never be set aside, nor stop the store."""
    _first, highlight = make_store(store_path)
    start = TEXT.index(QUOTE)
    hand_edit(
        store_path,
        lambda data: data["highlights"][highlight].update(
            start=start + 5, end=start, status="orphan"
        ),
    )
    with Store.open(store_path, read_only=True) as store:
        assert [h.id for h in store.highlights()] == [highlight]
        assert store.quarantined() == [] and store.notices == []


async def test_a_hand_edited_last_article_setting_that_is_no_id_never_stops_the_app(
    store_path: Path,
):
    """``"last_article": {"a": 1}`` killed the app at start (unhashable type: 'dict')."""
    make_store(store_path)
    hand_edit(store_path, lambda data: data["settings"]["1"].update(last_article={"a": 1}))
    with Store.open(store_path) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert app.is_running
            assert [row.title for row in app.screen.query_one("ArticleList").rows] == ["Talks"]


def damage_in_place(store_path: Path) -> bytes:
    """Flip the first article's title quote on disk, keeping size, time and inode (a bit
    flip); returns the file's bytes before."""
    import os

    with Store.open(store_path) as store:
        store.compact()  # the file holds every article, and its trust note places them
    info = store_path.stat()
    raw = store_path.read_bytes()
    title_at = raw.index(b'"title":"Talks"') + len(b'"title":')
    with store_path.open("r+b") as file:
        file.seek(title_at)
        file.write(b"x")
    os.utime(store_path, ns=(info.st_atime_ns, info.st_mtime_ns))
    return raw


async def test_the_app_meeting_a_record_damaged_in_place_ends_in_one_line(store_path: Path):
    """It died in a traceback (the list's facets are read in a worker thread)."""
    first, _highlight, _second = two_articles(store_path)
    damage_in_place(store_path)
    store = Store.open(store_path)
    try:
        app = DiplotuiApp(store)
        await asyncio.wait_for(app.run_async(headless=True, size=(120, 40)), timeout=30)
        assert app.return_code == 1
        assert app.start_error is not None and f"record {first}" in app.start_error
    finally:
        store.close()
    with Store.open(store_path, read_only=True) as again:
        assert [q.key for q in again.quarantined()] == [first]


def test_a_record_damaged_in_place_under_a_matching_trust_note_is_one_line_then_set_aside(
    store_path: Path,
):
    """A bit flipped on disk keeps the file's size, time and inode, so its trust note still
    matched and records were read unchecked: every command (doctor too) died in a traceback,
    at every start. Now the command that meets it says one line and drops the note; the next
    open checks every record and sets the damaged one aside."""
    first, _highlight, second = two_articles(store_path)
    raw = damage_in_place(store_path)

    first_try = run_main("--db", str(store_path), "list")
    assert first_try.returncode == 1 and "Traceback" not in first_try.stderr
    [line] = first_try.stderr.splitlines()
    assert f"record {first}" in line and "changed in place" in line
    listed = run_main("--db", str(store_path), "list")
    assert listed.returncode == 0 and "Jakarta" in listed.stdout, listed.stderr
    assert f"articles record {first}" in listed.stderr
    doctor = run_main("--db", str(store_path), "doctor")
    assert f"set aside articles record {first}" in doctor.stdout
    assert second in {row.split()[0] for row in listed.stdout.splitlines()}
    assert run_main("--db", str(store_path), "tag", second, "kept").returncode == 0
    kept = json.loads(store_path.read_text())[QUARANTINE][f"articles/{first}"]
    assert kept["record"].encode() == raw[raw.index(b'{"id":"' + first.encode()) :][
        : len(kept["record"])
    ].replace(b'"Talks"', b'xTalks"'), "the damaged document's bytes are kept"
    hand_edit(store_path, lambda data: data[QUARANTINE][f"articles/{first}"].update(
        record=kept["record"].replace('xTalks"', '"Talks"')
    ))  # fmt: skip
    put_back = run_main("--db", str(store_path), "doctor", "--put-back")
    assert f"put back articles record {first}" in put_back.stdout
    with Store.open(store_path, read_only=True) as store:
        assert store.article(first).title == "Talks" and store.quarantined() == []


def test_a_quote_in_a_style_no_copy_is_made_in_is_set_aside_and_put_back_once_fixed(
    store_path: Path,
):
    """newuser30: a quote record's "style" hand-edited to "harvard" was listed as such, doctor
    silent; it is set aside as other bad records are, and returns once given a style."""
    first, highlight, _second = two_articles(store_path)
    with Store.open(store_path) as store:
        store.add_quote(QuoteRecord("0000000000aa", "“the talks”", "plain", first, highlight))
    hand_edit(store_path, lambda data: data["quotes"]["0000000000aa"].update(style="harvard"))
    listed = run_main("--db", str(store_path), "quotes")
    assert listed.returncode == 0 and "harvard" not in listed.stdout, listed.stdout
    assert "quotes record 0000000000aa" in listed.stderr, listed.stderr
    doctor = run_main("--db", str(store_path), "doctor")
    assert doctor.returncode == 1
    said = "set aside quotes record 0000000000aa: its style 'harvard' is not one of plain"
    assert said in doctor.stdout, doctor.stdout
    assert run_main("--db", str(store_path), "doctor", "--put-back").returncode == 1
    slot = "quotes/0000000000aa"
    hand_edit(store_path, lambda data: data[QUARANTINE][slot]["record"].update(style="apa"))
    back = run_main("--db", str(store_path), "doctor", "--put-back")
    assert "put back quotes record 0000000000aa" in back.stdout and back.returncode == 0
    assert "“the talks”" in run_main("--db", str(store_path), "quotes").stdout
