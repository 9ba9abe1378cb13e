"""doctor's advice for a record set aside, followed as a user reads it, returns the record.

attacker29: doctor told the user to fix a quote-history record set aside in the quarantine
table and put it back with ``--put-back``, which then refused that very record: a record
whose id was no id ("Q1"), given the id it was told to have, was "kept aside: its id does
not match its document key"; a record given twice could not be put back by any fix.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from diplotui.model import QuoteRecord
from diplotui.store import QUARANTINE, Store
from tests.cli_runner import run_main
from tests.reliability.test_hostile_records import hand_edit, make_store

QUOTE_ID = "0000000000aa"


def _with_quote(path: Path) -> dict[str, object]:
    """A store with one article and one quote in its history: the quote's record."""
    article, highlight = make_store(path)
    with Store.open(path) as store:
        store.add_quote(QuoteRecord(QUOTE_ID, "“the talks”\n— Talks", "plain", article, highlight))
    return json.loads(path.read_text())["quotes"][QUOTE_ID]


def _doctor(path: Path, *args: str) -> tuple[int, str]:
    done = run_main("--db", str(path), "doctor", *args)
    return done.returncode, done.stdout


def _history(path: Path) -> dict[str, str]:
    listed = json.loads(run_main("--db", str(path), "quotes", "--json").stdout)
    return {quote["id"]: quote["style"] for quote in listed}


def test_a_quote_record_given_the_id_doctor_asks_for_is_put_back(store_path: Path):
    record = _with_quote(store_path)

    def renamed(data: dict) -> None:
        data["quotes"]["Q1"] = {**data["quotes"].pop(QUOTE_ID), "id": "Q1"}

    hand_edit(store_path, renamed)
    code, said = _doctor(store_path)
    assert code == 1 and "set aside quotes record Q1: its id is not lowercase hex" in said
    assert "run 'diplotui doctor --put-back'" in said and 'fix its "record" there' in said
    code, said = _doctor(store_path, "--put-back")  # as told: moved into the quarantine table
    assert code == 1 and "still set aside quotes record Q1: its id is not lowercase hex" in said
    hand_edit(store_path, lambda data: data[QUARANTINE]["quotes/Q1"]["record"].update(id=QUOTE_ID))
    code, said = _doctor(store_path, "--put-back")  # its record fixed there, put back again
    assert f"put back quotes record Q1 as {QUOTE_ID}" in said, said
    assert code == 0
    assert json.loads(store_path.read_text())["quotes"][QUOTE_ID] == record
    assert _doctor(store_path)[0] == 0
    assert _history(store_path) == {QUOTE_ID: "plain"}


def _given_twice(path: Path, style: str) -> None:
    """The quote's record copied in the file by hand, the copy first, without a new id."""
    raw = path.read_text()
    start = raw.index(f'"{QUOTE_ID}":{{')  # as the store writes it: no spaces
    end = raw.index("}", start) + 1
    copy = raw[start:end].replace('"style":"plain"', f'"style":"{style}"')
    path.write_text(raw[:start] + copy + "," + raw[start:])


def test_a_quote_record_given_twice_is_kept_beside_the_other_by_doctors_advice(
    store_path: Path,
):
    _with_quote(store_path)
    _given_twice(store_path, "chicago")
    code, said = _doctor(store_path)
    assert code == 1 and f"set aside quotes record {QUOTE_ID}: another record" in said
    advice = re.search(r"give it an id no record has \(.* e\.g\. ([0-9a-f]{12})\)", said)
    assert advice is not None, said
    code, said = _doctor(store_path, "--put-back")
    assert code == 1 and "to keep both, give this one an id no record has" in said, said
    new = advice.group(1)
    slot = f"quotes/{QUOTE_ID}"
    hand_edit(store_path, lambda data: data[QUARANTINE][slot]["record"].update(id=new))
    code, said = _doctor(store_path, "--put-back")
    assert (code, said.splitlines()[-1]) == (0, f"put back quotes record {QUOTE_ID} as {new}")
    assert _history(store_path) == {QUOTE_ID: "plain", new: "chicago"}, "both kept"
    assert _doctor(store_path)[0] == 0


def test_a_copy_the_same_as_the_record_in_use_leaves_quarantine_with_nothing_lost(
    store_path: Path,
):
    record = _with_quote(store_path)
    _given_twice(store_path, "plain")
    assert _doctor(store_path)[0] == 1
    code, said = _doctor(store_path, "--put-back")
    assert code == 0, said
    dropped = f"dropped the copy set aside of quotes record {QUOTE_ID}: the one in use is the same"
    assert dropped in said
    data = json.loads(store_path.read_text())
    assert data["quotes"] == {QUOTE_ID: record} and not data.get(QUARANTINE)
    assert _doctor(store_path)[0] == 0


def test_a_refused_put_back_writes_nothing(store_path: Path):
    """A record still bad stays where it is; the file is not written again."""
    _with_quote(store_path)
    _given_twice(store_path, "chicago")
    assert _doctor(store_path, "--put-back")[0] == 1  # moved into quarantine
    before = store_path.read_bytes()
    code, said = _doctor(store_path, "--put-back")
    assert code == 1 and "still set aside quotes record" in said
    assert store_path.read_bytes() == before


def test_a_saved_filter_fixed_as_doctor_advises_is_put_back(store_path: Path):
    """A malformed saved filter was set aside as a record doctor said to fix and put back;
    ``--put-back`` refused it whatever the fix ("only article, highlight, ... records go
    back"). Fixed, it returns to the saved filters; a filter's name in use says what works."""
    make_store(store_path)
    hand_edit(
        store_path,
        lambda data: data["settings"]["1"].update(
            saved_filters=[{"name": "good", "query": {}}, {"name": 5}, {"name": 6}]
        ),
    )
    code, said = _doctor(store_path, "--put-back")
    assert code == 1 and "still set aside settings record saved_filters/2" in said, said
    assert "then 'diplotui doctor --put-back' returns it" in _doctor(store_path)[1]

    def fix(data: dict) -> None:
        kept = data[QUARANTINE]
        kept["settings/saved_filters/2"]["record"] = {"name": "Mekong", "query": {"tag": "x"}}
        kept["settings/saved_filters/3"]["record"] = {"name": "good", "query": {"q": "y"}}

    hand_edit(store_path, fix)
    code, said = _doctor(store_path, "--put-back")
    assert "put back settings record saved_filters/2" in said, said
    assert (
        "still set aside settings record saved_filters/3: a saved filter has its name now" in said
    )
    with Store.open(store_path, read_only=True) as store:
        assert [f.name for f in store.saved_filters()] == ["good", "Mekong"]
        assert store.saved_filters()[1].query == {"tag": "x"}
    hand_edit(store_path, lambda data: data[QUARANTINE]["settings/saved_filters/3"][
        "record"].update(name="good too"))  # fmt: skip
    assert _doctor(store_path, "--put-back")[0] == 0
    with Store.open(store_path, read_only=True) as store:
        assert [f.name for f in store.saved_filters()] == ["good", "Mekong", "good too"]


def test_doctor_never_promises_to_put_back_a_damaged_journal_line(store_path: Path, monkeypatch):
    """A damaged journal line is no record ``--put-back`` can return: doctor's note said to
    fix it and put it back, and ``--put-back`` refused it, round and round. doctor now says
    what works: do its writes again by hand, then delete it from the quarantine table."""
    from diplotui.store import storage as storage_module
    from tests.reliability.test_journal_quarantine import (
        journal_lines,
        journaled_library,
        write_journal,
    )

    monkeypatch.setattr(storage_module, "COMPACT_ON_CLOSE_BELOW_BYTES", 0)
    journaled_library(store_path)
    lines = journal_lines(store_path)
    spoiled = next(n for n, line in enumerate(lines) if b"journaled note" in line)
    lines[spoiled] = lines[spoiled].replace(b"journaled", b"journalled")
    write_journal(store_path, lines)
    code, said = _doctor(store_path)
    assert code == 1 and "of its journal is not put back: a damaged write" in said, said
    assert "--put-back' returns it" not in said and "--put-back' again" not in said
    code, said = _doctor(store_path, "--put-back")
    assert "still set aside the line at byte" in said and "do again by hand what it held" in said
    assert "--put-back' returns it" not in _doctor(store_path)[1]
