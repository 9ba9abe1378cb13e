"""Hostile files and paths given to the command line: one line naming the file and the reason,
a non-zero exit, the other files of the command done, and the store's records left as they
were (its file, journal and article texts compared byte for byte)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_main
from tests.reliability.test_hostile_records import make_store


def records(store_path: Path) -> dict[str, bytes]:
    """What holds the store's records: its file, its journal and its article texts (not the
    backups, the lock or the caches, which opening the store may write)."""
    folder = store_path.parent
    held = [store_path, folder / f"{store_path.name}.journal"]
    held += sorted((folder / f"{store_path.name}.bodies").rglob("*"))
    return {str(path): path.read_bytes() for path in held if path.is_file()}


GOOD_TEXT = "Talks resume\n\nThe envoy said on Monday that the talks would resume in Hanoi.\n"


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ({"type": "AnnotationPage", "items": 5}, "items must be a list"),
        ({"@context": "http://www.w3.org/ns/anno.jsonld", "first": {"items": None}}, "items"),
        (
            [{"target": {"source": ["a", "list"], "selector": {"type": "TextQuoteSelector"}}}],
            "annotation 1",
        ),
        (
            [{"target": {"source": {"id": "x"}, "selector": []}}],
            "annotation 1",
        ),
        (
            {
                "format": "diplotui-export",
                "version": 1,
                "articles": [{"id": "0123456789ab", "title": "T", "text": "Some text."}],
                "highlights": [{"id": "aaaaaaaaaaaa", "article_id": "0123456789ab"}],
            },
            "highlight 1: missing start, end, quote",
        ),
    ],
)
def test_an_export_of_the_wrong_shape_fails_in_one_line_and_the_other_files_come_in(
    store_path: Path, tmp_path: Path, document: object, reason: str
):
    """A W3C file whose ``items`` was no list, or whose target's ``source`` was a list or an
    object, or a diplotui export's highlight without its offsets, ended the whole import in a
    Python traceback (TypeError): the text file named beside it was not imported either."""
    make_store(store_path)
    hostile = tmp_path / "annotations.json"
    hostile.write_text(json.dumps(document), encoding="utf-8")
    good = tmp_path / "talks.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    before = records(store_path)

    alone = run_main("--db", str(store_path), "import", str(hostile))
    assert alone.returncode == 1
    [line] = alone.stdout.splitlines()
    assert line.startswith(f"failed    {hostile}: ") and reason in line, alone
    assert records(store_path) == before

    beside = run_main("--db", str(store_path), "import", str(hostile), str(good))
    assert beside.returncode == 1
    assert [line.split()[0] for line in beside.stdout.splitlines()] == ["failed", "imported"]
    assert "Talks resume" in run_main("--db", str(store_path), "list").stdout


@pytest.mark.parametrize(
    "command", [("export",), ("export", "--format", "json"), ("feed", "export")]
)
def test_an_export_is_never_written_over_the_store_itself(
    store_path: Path, command: tuple[str, ...]
):
    """``export -o library.json --force`` (the store's own name, mistaken for an export's)
    replaced the store with a Markdown brief: every later command said the store cannot be
    read (invalid JSON) until ``doctor --restore``, which lost what the journal held. Its
    journal, its texts and a link to it were written over the same way."""
    article_id, _ = make_store(store_path)
    before = records(store_path)
    body = next((store_path.parent / f"{store_path.name}.bodies").rglob("*.txt"))
    link = store_path.parent / "link-to-the-store.json"
    link.symlink_to(store_path)
    for target in (
        store_path,
        Path(f"{store_path}.journal"),
        body,
        link.parent / ".." / store_path.parent.name / store_path.name,
    ):
        for force in ((), ("--force",)):
            written = run_main("--db", str(store_path), *command, "-o", str(target), *force)
            assert written.returncode == 1, written
            [line] = written.stderr.splitlines()
            assert str(target) in line and "store" in line and "--force" not in line, line
            assert records(store_path) == before
    assert run_main("--db", str(store_path), "export", "-o", str(link), "--force").returncode == 0
    assert not link.is_symlink() and records(store_path) == before
    assert run_main("--db", str(store_path), "meta", article_id).returncode == 0


def test_the_store_named_for_import_is_one_failed_line_not_silence(store_path: Path):
    """``import library.json`` (the store itself, or its journal) said only "nothing to
    import" and exited 0, as if the file were empty; the folder holding the store is still
    imported without the store's own files, as before."""
    make_store(store_path)
    before = records(store_path)
    for named in (store_path, Path(f"{store_path}.journal")):
        imported = run_main("--db", str(store_path), "import", str(named))
        assert imported.returncode == 1, imported
        assert (
            imported.stdout
            == f"failed    {named}: a file of this library's store itself, not news\n"
        )
        assert records(store_path) == before
    (store_path.parent / "talks.txt").write_text(GOOD_TEXT, encoding="utf-8")
    folder = run_main("--db", str(store_path), "import", str(store_path.parent))
    assert folder.returncode == 0, folder
    assert [line.split()[0] for line in folder.stdout.splitlines()] == ["imported"]
