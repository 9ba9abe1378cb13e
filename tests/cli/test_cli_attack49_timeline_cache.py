"""attack49: the timeline cache (``<store>.cache/timeline.json``) of a hostile or damaged
hand, read by ``diplotui timeline``. Its rows were read by ``int()`` and tuple unpacking:
an offset written as text ("13"), a fraction or ``true`` was taken for a number, a mention
written as a two-letter string for a name and its type, and a sentence whose offsets lay
before the text, past its end or backwards was listed as an event of no words
("2025-07-18  — Talks resume · Test Wire"), its JSON record offsets no text has. Each such
row is read again from the text, as a statement row is: the timeline is what a fresh cache
gives, and the store is never written."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from diplotui.library.statement_cache import StatementCache
from diplotui.library.timeline import TimelineCache, fits
from diplotui.paths import cache_dir
from diplotui.store import Store
from tests.cli_runner import run_main

TEXT = (
    "Talks resume\n\n"
    "On July 18, Foreign Minister Anna Lind said that the talks would resume in Geneva.\n\n"
    '"We are ready to talk," Lind told reporters.\n'
)


NO_WORDS = re.compile(r"\S+(?: \(article date\))? +— ")
"""A listing's line of a date and an article, no words between."""


def _set(field: int, value: object) -> Callable[[list[Any]], None]:
    def change(row: list[Any]) -> None:
        row[field] = value

    return change


def _moved(start: int, end: int) -> Callable[[list[Any]], None]:
    def move(row: list[Any]) -> None:
        row[0], row[1] = start, end

    return move


HOSTILE = {
    "before the text": _moved(-5, -1),
    "at its last characters": _moved(len(TEXT) - 5, len(TEXT) - 1),
    "past its end": _moved(500, 600),
    "backwards": _moved(60, 20),
    "an offset as text": _set(0, "13"),
    "an offset a fraction": _set(0, 13.5),
    "an offset true": _set(0, True),
    "a mention a string": _set(3, ["AB"]),
    "a date no words of it hold": _set(2, "On January 1, 1999"),
}


def _library(tmp_path: Path) -> str:
    text_file = tmp_path / "talks.txt"
    text_file.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "lib" / "library.json")
    assert run_main("--db", db, "--create", "import", str(text_file)).returncode == 0
    listed = json.loads(run_main("--db", db, "list", "--json").stdout)
    talks = next(article["id"] for article in listed if article["title"] == "Talks resume")
    assert run_main("--db", db, "meta", talks, "--date", "2025-07-21").returncode == 0
    return db


def _store_files(db: str) -> dict[str, bytes]:
    folder = Path(db).parent
    return {
        str(p): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".cache" not in str(p.relative_to(folder))
    }


@pytest.mark.parametrize("hostile", list(HOSTILE))
def test_a_timeline_row_that_does_not_fit_its_text_is_read_again(
    tmp_path: Path, hostile: str
) -> None:
    db = _library(tmp_path)
    fresh = run_main("--db", db, "timeline", "Anna Lind", "--json")
    assert fresh.returncode == 0, fresh.stderr
    path = cache_dir(Path(db)) / "timeline.json"
    lines = path.read_bytes().split(b"\n")
    at = next(n for n, line in enumerate(lines) if b'"Anna Lind"' in line)
    digest, _, row = lines[at].rstrip(b",").partition(b": ")
    rows, found = json.loads(row), json.loads(row)
    assert len(rows) == 1 and rows[0][2] == "July 18", rows
    HOSTILE[hostile](rows[0])
    comma = b"," if lines[at].endswith(b",") else b""
    lines[at] = digest + b": " + json.dumps(rows).encode() + comma
    path.write_bytes(b"\n".join(lines))
    before = _store_files(db)
    for _ in range(2):  # read again, then kept so
        answer = run_main("--db", db, "timeline", "Anna Lind", "--json")
        assert (answer.returncode, answer.stdout, answer.stderr) == (0, fresh.stdout, "")
        listing = run_main("--db", db, "timeline", "Geneva").stdout.splitlines()
        assert listing and not [line for line in listing if NO_WORDS.match(line)], listing
        assert _kept_row(path, digest) == found, "read again from the text, and kept"
    assert _store_files(db) == before


def _kept_row(path: Path, digest: bytes) -> object:
    line = next(line for line in path.read_bytes().split(b"\n") if line.startswith(digest))
    return json.loads(line.rstrip(b",").partition(b": ")[2])


def test_a_statement_row_moved_whole_is_read_again_by_a_timeline(tmp_path: Path) -> None:
    """A statement row whose offsets were both moved by the same figure still spans as many
    characters as its words (the check a row meets when read): the timeline now finds that
    the text holds other words there, and finds the article's statements again."""
    db = _library(tmp_path)
    fresh = run_main("--db", db, "timeline", "Anna Lind", "--json")
    path = cache_dir(Path(db)) / "statements.json"
    lines = path.read_bytes().split(b"\n")
    at = next(n for n, line in enumerate(lines) if b'"the talks would resume' in line)
    digest, _, row = lines[at].rstrip(b",").partition(b": ")
    rows, found = json.loads(row), json.loads(row)
    for statement in rows:
        for field in (0, 1, -4, -3):  # its offsets and its speaker's words' offsets
            statement[field] += 3
    comma = b"," if lines[at].endswith(b",") else b""
    lines[at] = digest + b": " + json.dumps(rows).encode() + comma
    path.write_bytes(b"\n".join(lines))
    answer = run_main("--db", db, "timeline", "Anna Lind", "--json")
    assert (answer.returncode, answer.stdout, answer.stderr) == (0, fresh.stdout, "")
    assert _kept_row(path, digest) == found


def test_a_cache_a_full_disk_keeps_from_being_saved_is_said_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk (or a cache folder the user may not write): ``statements`` and
    ``timeline`` answered right but saved nothing, so every one found every text's
    statements again (half a minute at 1,500 articles) and never said why. The answer is the
    same; one line names the files not saved and the reason, the exit status stays 0, and
    the store is never written."""
    import errno

    from diplotui.library import text_cache

    db = _library(tmp_path)
    fresh = {
        command: run_main("--db", db, command, *args)
        for command, args in (("statements", ()), ("timeline", ("Anna Lind",)))
    }
    for path in cache_dir(Path(db)).iterdir():
        path.unlink()
    before = _store_files(db)

    def full(path: Path, chunks: object, derived: bool) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(text_cache, "atomic_write_bytes", full)
    for command, args in (("statements", ()), ("timeline", ("Anna Lind",))):
        answer = run_main("--db", db, command, *args)
        assert (answer.returncode, answer.stdout) == (0, fresh[command].stdout)
        files = "statements.json" if command == "statements" else "statements.json, timeline.json"
        said = f"diplotui: {files} in {cache_dir(Path(db))} not saved (No space left on device)"
        assert answer.stderr.startswith(said), answer.stderr
        assert len(answer.stderr.splitlines()) == 1
    # the search index a timeline asks which articles can name it is SQLite's, not these
    saved = [p.name for p in cache_dir(Path(db)).iterdir() if not p.name.startswith("search.")]
    assert not saved
    assert _store_files(db) == before


@pytest.mark.parametrize("field", [4, 7, 8], ids=["speaker", "role", "organisation"])
def test_a_cached_speaker_longer_than_the_finder_names_one_is_read_again(
    tmp_path: Path, field: int
) -> None:
    """The finder names a speaker, role and organisation in one line of at most
    ``ONE_LINE_CHARS`` (``model.named_in_a_line``); a cached row holding a 1 MB one, of a
    hostile or damaged file, was trusted: ``statements`` listed it, a highlight made on the
    statement stored it whole (an export cut it, with a warning), and its timeline took 5 s.
    Such a row is read again from the text."""
    db = _library(tmp_path)
    fresh = run_main("--db", db, "statements", "--json")
    path = cache_dir(Path(db)) / "statements.json"
    lines = path.read_bytes().split(b"\n")
    at = next(n for n, line in enumerate(lines) if b'"the talks would resume' in line)
    digest, _, row = lines[at].rstrip(b",").partition(b": ")
    rows, found = json.loads(row), json.loads(row)
    rows[0][field] = "[bold red]Evil\x1b[31m " + "y" * 1_000_000
    comma = b"," if lines[at].endswith(b",") else b""
    lines[at] = digest + b": " + json.dumps(rows).encode() + comma
    path.write_bytes(b"\n".join(lines))
    answer = run_main("--db", db, "statements", "--json")
    assert (answer.returncode, answer.stdout, answer.stderr) == (0, fresh.stdout, "")
    assert _kept_row(path, digest) == found
    talks = next(a["article_id"] for a in json.loads(answer.stdout) if a["speaker"] == "Anna Lind")
    made = run_main("--db", db, "highlight", talks, "--quote", "the talks would resume")
    assert made.returncode == 0, made.stderr
    exported = json.loads(run_main("--db", db, "export", "--format", "json").stdout)
    [made_on] = exported["highlights"]
    assert (made_on["speaker"], made_on["speaker_role"]) == ("Anna Lind", "Foreign Minister")


def test_a_date_running_into_its_sentence_fits_and_the_cache_is_not_rewritten(
    tmp_path: Path,
) -> None:
    """The recogniser read "April 29\\n\\nThis week" as one date opening "This week marks
    ..." (one text of the statements dev set's 2,200): a first check of the rows against
    their text asked the date to lie within its sentence, so every timeline naming Nepal
    found that text again and wrote the whole cache file anew. It fits as found, and a
    timeline leaves the file as it was."""
    source = Path(__file__).parents[1] / "statements_dev" / "articles"
    db = str(tmp_path / "lib" / "library.json")
    imported = run_main("--db", db, "--create", "import", str(source / NEPAL_US))
    assert imported.returncode == 0, imported.stderr
    assert run_main("--db", db, "timeline", "Nepal").returncode == 0
    path = cache_dir(Path(db)) / "timeline.json"
    assert b'"April 29\\n\\nThis week"' in path.read_bytes()
    written = path.stat().st_mtime_ns, path.stat().st_ino
    again = run_main("--db", db, "timeline", "Nepal")
    assert again.returncode == 0 and "This week marks the completion" in again.stdout
    assert (path.stat().st_mtime_ns, path.stat().st_ino) == written
    with Store.open(Path(db), read_only=True) as store:
        said, dated = StatementCache.load(store), TimelineCache.load(store)
        for article in store.articles():
            text = store.article_text(article.id)
            assert fits(text, said.found(article), dated.dated(article)), article.title


NEPAL_US = "baralgroup_berry_nepal_us_75_years.txt"
