"""One article the statement finder (or the recogniser) raises on is left out of every
library-wide answer, named on stderr, while the rest answers: it stopped ``statements``,
``timeline`` and ``list --entity`` for the whole library with a traceback. The finder's bug
is simulated by a finder that raises on one text; the store is real TinyDB files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.store import Store

from ..finder_bug import finder_raises_on, recogniser_raises_on
from .test_cli_library import cli
from .test_cli_statements import _library

ODD = "Earlier talks"  # the title of the article the finder raises on (OLDER's)


@pytest.fixture
def finder_raises_on_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The finder raising on one text only, as a bug one odd text meets."""
    finder_raises_on(monkeypatch, "a success")  # OLDER's words alone


def _odd_id(db: str) -> str:
    with Store.open(Path(db), read_only=True) as store:
        return next(a.id for a in store.articles() if a.title == ODD)


def test_statements_across_the_library_leave_out_the_article_the_finder_fails_on(
    tmp_path: Path, finder_raises_on_one: None
) -> None:
    db = _library(tmp_path)
    result = cli("--db", db, "statements", "--speaker", "Le Hoai Trung")
    assert "Traceback" not in result.stderr
    assert "dialogue must continue" in result.stdout, result.stdout  # the other article's
    (line,) = result.stderr.splitlines()
    assert _odd_id(db) in line and ODD in line and "IndexError" in line, line
    assert result.returncode == 1  # an answer without one article, as for a text unreadable
    as_json = cli("--db", db, "statements", "--json")
    titles = {r["title"] for r in json.loads(as_json.stdout)}
    assert "Talks resume" in titles and ODD not in titles
    assert _odd_id(db) in as_json.stderr


def test_a_timeline_leaves_out_the_article_the_finder_fails_on(
    tmp_path: Path, finder_raises_on_one: None
) -> None:
    db = _library(tmp_path)
    result = cli("--db", db, "timeline", "Lê Hoài Trung", "--json")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    titles = {e["title"] for e in json.loads(result.stdout)}
    assert "Talks resume" in titles and ODD not in titles
    (line,) = result.stderr.splitlines()
    assert _odd_id(db) in line and "IndexError" in line, line


def test_list_by_entity_leaves_out_the_article_the_recogniser_fails_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _library(tmp_path)
    (Path(db + ".cache") / "entities.json").unlink()  # the import's: recognised again
    recogniser_raises_on(monkeypatch, "a success")
    result = cli("--db", db, "list", "--entity", "Lê Hoài Trung")
    assert "Talks resume" in result.stdout and ODD not in result.stdout
    (line,) = result.stderr.splitlines()
    assert _odd_id(db) in line and "RecursionError" in line, line


def test_statements_of_a_file_the_finder_fails_on_say_so_in_one_line(
    tmp_path: Path, finder_raises_on_one: None
) -> None:
    path = tmp_path / "odd.txt"
    path.write_text("Talks\nMinister Le Hoai Trung said the visit was a success.\n", "utf-8")
    result = cli("statements", str(path))
    assert result.returncode == 1 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert str(path) in line and "IndexError" in line, line


def test_an_update_the_finder_fails_on_is_applied_its_highlights_keeping_their_speaker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _library(tmp_path)
    quote = "the visit was a success"
    assert cli("--db", db, "highlight", _odd_id(db), "--quote", quote).returncode == 0
    with Store.open(Path(db), read_only=True) as store:
        (before,) = store.highlights(_odd_id(db))
    assert before.speaker == "Le Hoai Trung"
    finder_raises_on(monkeypatch)
    changed = (tmp_path / "b.md").read_text("utf-8").replace("will grow", "will grow fast")
    (tmp_path / "b.md").write_text(changed, "utf-8")
    result = cli("--db", db, "import", "--update", str(tmp_path / "b.md"))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    with Store.open(Path(db), read_only=True) as store:
        assert "will grow fast" in store.article_text(_odd_id(db))
        (after,) = store.highlights(_odd_id(db))
    assert after.speaker == "Le Hoai Trung"


@pytest.fixture
def recogniser_raises_on_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The recogniser raising on one text only, as a bug one odd text meets."""
    recogniser_raises_on(monkeypatch, "a success")  # OLDER's words alone


@pytest.mark.parametrize(
    "command",
    [["entities"], ["entities", "--names"], ["entities", "--jsonl"], ["statements"]],
)
def test_one_text_the_recogniser_fails_on_is_one_line_naming_it_and_the_recogniser(
    tmp_path: Path, recogniser_raises_on_one: None, command: list[str]
) -> None:
    """``entities FILE`` ended in a traceback, and ``statements FILE`` blamed the finder."""
    path = tmp_path / "odd.txt"
    path.write_text("Talks\nMinister Le Hoai Trung said the visit was a success.\n", "utf-8")
    result = cli("--db", str(tmp_path / "s.json"), *command, str(path))
    assert result.returncode == 1 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert f"the recogniser failed on {path} (RecursionError" in line, line


def test_one_article_the_recogniser_fails_on_is_named_by_its_id(
    tmp_path: Path, recogniser_raises_on_one: None
) -> None:
    db = _library(tmp_path)
    odd = _odd_id(db)
    for command in (["entities"], ["statements"]):
        result = cli("--db", db, *command, f" {odd[:8]} ")
        assert result.returncode == 1 and result.stdout == ""
        (line,) = result.stderr.splitlines()
        assert f"the recogniser failed on article {odd} (RecursionError" in line, line


def test_a_file_named_with_a_space_is_named_as_it_is(
    tmp_path: Path, finder_raises_on_one: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file whose name starts with a space is read as that file: the error names it so."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / " odd.txt").write_text("Talks\nMinister Le Hoai Trung said it was a success.\n")
    result = cli("--db", str(tmp_path / "s.json"), "statements", " odd.txt")
    (line,) = result.stderr.splitlines()
    assert "the finder failed on  odd.txt (IndexError" in line, line


def test_a_highlight_of_a_text_the_finder_fails_on_is_kept_and_says_it_has_no_speaker(
    tmp_path: Path, finder_raises_on_one: None
) -> None:
    """``highlight`` on the words of a statement in a text the finder raised on stored it
    without its speaker, as if the words were nobody's, and said nothing of why."""
    db = _library(tmp_path)
    odd = _odd_id(db)
    result = cli("--db", db, "highlight", odd, "--quote", "the visit was a success")
    assert result.returncode == 0 and "highlighted" in result.stdout
    (line,) = result.stderr.splitlines()
    assert f"finding statements in article {odd} failed (IndexError" in line, line
    assert "kept without a speaker" in line, line
    with Store.open(Path(db), read_only=True) as store:
        (kept,) = store.highlights(odd)
    assert kept.speaker == ""


@pytest.mark.parametrize(
    "scope",
    [["--tag", "asean"], ["--since", "2025-07-01"], ["--archived-odd"]],
)
def test_list_by_entity_names_no_failed_article_its_other_filters_leave_out(
    tmp_path: Path, recogniser_raises_on_one: None, scope: list[str]
) -> None:
    """``list --entity X --tag T`` warned of (and exited 1 for) an article the recogniser
    failed on that is not tagged T, dated outside ``--since``, or archived: it could never
    have been in the answer, and a script's clean search failed."""
    db = _library(tmp_path)
    (Path(db + ".cache") / "entities.json").unlink()  # the import's: recognised again
    talks = next(
        line.split()[0]
        for line in cli("--db", db, "list").stdout.splitlines()
        if "Talks resume" in line
    )
    assert cli("--db", db, "tag", talks, "asean").returncode == 0
    if scope == ["--archived-odd"]:
        assert cli("--db", db, "mark", _odd_id(db), "archive").returncode == 0
        scope = []
    result = cli("--db", db, "list", "--entity", "Lê Hoài Trung", *scope)
    assert "Talks resume" in result.stdout
    assert _odd_id(db) not in result.stderr, result.stderr
    assert result.returncode == 0
    everywhere = cli("--db", db, "list", "--entity", "Lê Hoài Trung", "--archived")
    if not scope:
        assert _odd_id(db) in everywhere.stderr and everywhere.returncode == 1
