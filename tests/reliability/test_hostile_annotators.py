"""Who made a highlight (its author, in a shared library) as an export or a teammate's file
gives it: one inert line of at most a line's length, as a sync names its own author, never
megabytes nor escape codes stored as they came."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.export import w3c_annotation
from diplotui.model import ONE_LINE_CHARS, Highlight
from diplotui.share.files import annotation_path, read_annotation
from tests.reliability.test_hostile_records import export_file, run

HOSTILE = "Eve\x1b]52;c;aGk=\x07\n[bold]Mallory[/bold] " + "E" * 2_000_000


def _authors(store_path: Path) -> list[str]:
    listed = json.loads(run(store_path, "annotations", "--json").stdout)
    return [h["author"] for h in listed if h["quote"]]


@pytest.mark.parametrize("fmt", ["json", "w3c"])
def test_an_imported_highlights_author_is_one_inert_line_cut_to_a_lines_length(
    store_path: Path, tmp_path: Path, fmt: str
):
    store_path.parent.mkdir(exist_ok=True)
    exported = export_file(tmp_path, highlight={"author": HOSTILE})
    if fmt == "w3c":  # the same highlight as another tool's W3C annotation names its creator
        source_db = tmp_path / "source" / "lib.json"
        source_db.parent.mkdir()
        assert run(source_db, "import", str(exported)).returncode == 0
        exported = tmp_path / "w3c.json"
        assert run(source_db, "export", "--format", "w3c", "-o", str(exported)).returncode == 0
        document = json.loads(exported.read_text())
        for annotation in document["first"]["items"]:
            annotation["creator"] = {"type": "Person", "name": HOSTILE}
        exported.write_text(json.dumps(document))
    result = run(store_path, "import", str(exported))
    assert result.returncode == 0, result.stdout + result.stderr
    [author] = _authors(store_path)
    assert author.startswith("Eve␛]52;c;aGk=␇ [bold]Mallory[/bold] EEE")
    assert len(author) == ONE_LINE_CHARS
    brief = run(store_path, "export", "--format", "markdown").stdout
    [by] = [line for line in brief.splitlines() if " · by " in line]
    assert "\x1b" not in by and len(by) < 2 * ONE_LINE_CHARS
    stored = sum(p.stat().st_size for p in store_path.parent.glob("*.json*") if p.is_file())
    assert stored < 200_000  # was 2 MB more: the name stored whole


def test_a_teammates_highlight_author_is_read_as_an_import_reads_it():
    highlight = Highlight(
        id="0000000000ee", article_id="0000000000aa", start=0, end=5, quote="Hanoi",
        created_at="2025-07-18T10:00:00.000+00:00", updated_at="2025-07-18T10:00:00.000+00:00",
        author=HOSTILE,
    )  # fmt: skip
    annotation = w3c_annotation(highlight, "urn:diplotui:article:0000000000aa")
    raw = json.dumps(annotation).encode()
    doc = read_annotation(annotation_path(highlight.to_dict()), raw)
    assert doc["author"].startswith("Eve␛]52;c;aGk=␇ [bold]Mallory[/bold] EEE")
    assert len(doc["author"]) == ONE_LINE_CHARS
