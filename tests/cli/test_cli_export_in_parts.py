"""``diplotui export`` written as it is read, a run of whole articles at a time.

An export of 250,000 highlights built every one, and the whole document, before writing a
byte (14.8 s of CPU, 670 MB): it is now read in runs of articles and each piece written as it
comes. What it writes must be what one read of everything wrote, byte for byte, in every
format, chosen by tag or not, with the same lines on stderr; and a file it writes is still
whole or not there: a failure mid-export leaves nothing under the target's name.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

import pytest

from diplotui import export as exporting
from diplotui.export import FORMATS, safe_json
from diplotui.model import Article, SpeakerSource
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main
from tests.store_reads import highlight_of, highlights_read_in_parts

TEXTS = {
    "Talks in Hanoi": "Talks in Hanoi\n\nThe ministers met in Hanoi.\nThey agreed to meet again.\n",
    "Visit to Vientiane": "Visit to Vientiane\n\nThe delegation toured the “old” city.\n",
    "Call with Canberra": "Call with Canberra\n\nBoth sides spoke of trade and climate.\n",
    "Note only": "Note only\n\nNothing highlighted here.\n",
    "Laos at large": "Laos at large\n\nNothing was said of the \u202edam\u202c.\n",
}
IDS = {title: text_hash(text)[:12] for title, text in TEXTS.items()}
DATES = {"Talks in Hanoi": "2025-03-02", "Call with Canberra": "2025-03-02", "Note only": "2024"}
ASKED = [(), ("--tag", "laos"), ("--article", IDS["Talks in Hanoi"])]


_highlight = partial(highlight_of, TEXTS)  # a highlight of the words in the titled text


@pytest.fixture
def db(store_path: Path) -> str:
    with Store.open(store_path) as store:
        for title, text in TEXTS.items():
            article = Article(
                id=IDS[title],
                title=title,
                text_hash="",
                date=DATES.get(title, ""),
                note="Ask the desk about this one" if title == "Note only" else "",
                tags=["laos"] if title == "Laos at large" else [],
                conflict="theirs: ask again" if title == "Note only" else "",
            )
            store.add_article(article, text)
        made = [
            _highlight("Talks in Hanoi", "met in Hanoi", color="figure", tags=["laos"]),
            _highlight("Talks in Hanoi", "agreed to meet again", note="follow up\n- in May"),
            _highlight("Visit to Vientiane", "toured the “old” city", tags=["Laos"]),
            _highlight(
                "Call with Canberra", "trade and climate", tags=["trade"], conflict="theirs: no"
            ),
            replace(
                _highlight("Call with Canberra", "Both sides spoke"),
                speaker="Penny Wong",
                speaker_source=SpeakerSource.FOUND.value,
            ),
            _highlight("Laos at large", "Nothing was said", note="=1+1"),
        ]
        for highlight in made:
            store.save_highlight(highlight)
    return str(store_path)


def _exported(
    monkeypatch: pytest.MonkeyPatch, first: int, most: int, *args: str
) -> tuple[str, str]:
    monkeypatch.setattr(exporting, "READ_FIRST", first)
    monkeypatch.setattr(exporting, "READ_AT_MOST", most)
    done = run_main(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr


@pytest.mark.parametrize("asked", ASKED, ids=["all", "tag", "article"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_an_export_in_runs_is_the_export_read_at_once(
    db: str, monkeypatch: pytest.MonkeyPatch, fmt: str, asked: tuple[str, ...]
):
    """Runs of one highlight each write exactly what one run of everything writes, and say
    the same flagged notes after it."""
    args = ("--db", db, "export", "--format", fmt, *asked)
    whole = _exported(monkeypatch, 10**9, 10**9, *args)
    assert _exported(monkeypatch, 1, 1, *args) == whole
    assert _exported(monkeypatch, 1, 2, *args) == whole
    if not asked:
        assert "the note of article" in whole[1] and "the note of highlight" in whole[1]


@pytest.mark.parametrize("fmt", ["json", "w3c"])
def test_the_json_written_in_pieces_is_the_json_of_the_whole_document(
    db: str, monkeypatch: pytest.MonkeyPatch, fmt: str
):
    """The pieces make the text ``safe_json`` gives the document whole (its indentation, its
    hidden characters escaped), as the export wrote it before it was written in pieces."""
    out, _ = _exported(monkeypatch, 1, 1, "--db", db, "export", "--format", fmt)
    document = json.loads(out)
    assert out == safe_json(document) + "\n"
    assert "\\u202e" in out
    if fmt == "json":
        assert len(document["articles"]) == 5 and len(document["highlights"]) == 6
    else:
        assert document["total"] == len(document["first"]["items"]) == 6


def test_a_file_is_what_stdout_is_given_its_byte_order_mark(
    db: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    for fmt in FORMATS:
        out, _ = _exported(monkeypatch, 1, 1, "--db", db, "export", "--format", fmt)
        target = tmp_path / f"brief.{fmt}"
        _exported(monkeypatch, 1, 1, "--db", db, "export", "--format", fmt, "-o", str(target))
        mark = "\ufeff" if fmt == "csv" else ""
        assert target.read_bytes() == (mark + out).encode("utf-8")


def test_the_export_reads_highlights_a_run_at_a_time(db: str, monkeypatch: pytest.MonkeyPatch):
    """No read of every highlight at once: each run asks for its own articles' alone."""
    asked = highlights_read_in_parts(monkeypatch)
    out, _ = _exported(monkeypatch, 1, 1, "--db", db, "export", "--format", "csv")
    assert "trade and climate" in out
    assert max(len(run) for run in asked) <= 2  # an article without highlights joins the next
    assert sorted({article_id for run in asked for article_id in run}) == sorted(IDS.values())


class _Failed(Exception):
    """The failure injected between two runs of an export."""


@pytest.mark.parametrize("failure", ["read", "write"])
@pytest.mark.parametrize("existing", [False, True], ids=["new", "replaced"])
def test_a_failure_mid_export_leaves_no_half_file(
    db: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, failure: str, existing: bool
):
    """A run that cannot be read (the store failing mid-export) or a write refused after the
    first pieces (a full disk) leaves the target as it was: absent, or the old file whole
    (with ``--force``), and no temporary file beside it."""
    folder = tmp_path / "briefs"
    folder.mkdir()
    target = folder / "brief.md"
    if existing:
        target.write_text("the brief of last week\n", encoding="utf-8")
    monkeypatch.setattr(exporting, "READ_FIRST", 1)
    monkeypatch.setattr(exporting, "READ_AT_MOST", 1)
    reads, pieces = exporting._read, exporting._pieces
    runs = 0

    def failing_read(selection: exporting._Selection, run: list[Article]) -> exporting._Read:
        nonlocal runs
        runs += 1
        if runs == 3:
            raise _Failed("the store failed mid-export")
        return reads(selection, run)

    def full_disk(
        selection: exporting._Selection, fmt: str, flagged: list[str] | None
    ) -> Iterator[str]:
        for number, piece in enumerate(pieces(selection, fmt, flagged)):
            if number == 3:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            yield piece

    args = ["--db", db, "export", "--format", "markdown", "-o", str(target)]
    args += ["--force"] if existing else []
    if failure == "read":
        monkeypatch.setattr(exporting, "_read", failing_read)
        with pytest.raises(_Failed):
            run_main(*args)
    else:
        monkeypatch.setattr(exporting, "_pieces", full_disk)
        done = run_main(*args)
        assert done.returncode != 0 and "cannot write" in done.stderr
    if existing:
        assert target.read_text(encoding="utf-8") == "the brief of last week\n"
    else:
        assert not target.exists()
    assert sorted(p.name for p in folder.iterdir()) == (["brief.md"] if existing else [])
