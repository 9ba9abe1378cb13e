"""``annotations``, ``export`` and ``quote`` find the statements of the articles whose
highlights they cite (the verb a paraphrase is cited by is its statement's) and keep them in
the statement cache: written once per command, not once per article, which rewrote the whole
file (~20 MB at 10,000 articles) for each annotated article it had to find. Real TinyDB
files; the writes are counted where the cache writes its file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.library import text_cache
from diplotui.library.statement_cache import CACHE_NAME

from .test_cli_library import cli

ARTICLE = (
    "---\ntitle: Talks {n}\nsource: Test Wire\ndate: 2025-07-1{n}\n---\nTalks {n}\n"
    "Foreign Minister Wang Yi said on Tuesday that the talks would resume, "
    "adding on Wednesday that venue {n} would be chosen soon.\n"
)


def _annotated(tmp_path: Path, articles: int, cached: bool = False) -> str:
    """A store of ``articles`` articles, each with a highlight of a statement, its statement
    cache then removed (a finder upgrade throws it away whole) unless ``cached``."""
    db = str(tmp_path / "s.json")
    for n in range(articles):
        path = tmp_path / f"t{n}.md"
        path.write_text(ARTICLE.format(n=n), encoding="utf-8")
        assert cli("--db", db, "import", str(path)).returncode == 0
        article = next(
            line.split()[0]
            for line in cli("--db", db, "list").stdout.splitlines()
            if f"Talks {n}" in line
        )
        quote = f"venue {n} would be chosen soon"
        assert cli("--db", db, "highlight", article, "--quote", quote).returncode == 0
    if cached:
        assert cli("--db", db, "statements", "--speaker", "Wang Yi").returncode == 0
    else:
        (Path(db + ".cache") / CACHE_NAME).unlink()
    return db


@pytest.mark.parametrize(
    "command", [["annotations"], ["export", "--format", "markdown"], ["export", "--format", "json"]]
)
def test_the_statement_cache_is_written_once_per_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    db = _annotated(tmp_path, 4)
    written: list[Path] = []
    real = text_cache.atomic_write_bytes

    def counted(path: Path, chunks, derived: bool = False):  # type: ignore[no-untyped-def]
        written.append(Path(path))
        return real(path, chunks, derived)

    monkeypatch.setattr(text_cache, "atomic_write_bytes", counted)
    result = cli("--db", db, *command)
    assert result.returncode == 0, result.stderr
    if command[-1] != "json":
        assert result.stdout.count("Wang Yi (Foreign Minister) added: venue") == 4, result.stdout
    assert [p.name for p in written].count(CACHE_NAME) == 1, written
    again = cli("--db", db, *command)  # what the first found is kept
    assert again.stdout == result.stdout
    assert [p.name for p in written].count(CACHE_NAME) == 1, written


def test_quote_reads_the_cached_statements_of_its_article_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``quote`` of one highlight read every text's statements from the cache (2.3 s at
    10,000 articles, for the verb of one paraphrase); of a cache missing its article, it
    finds them without writing the file it read in part."""
    from diplotui.library.statement_cache import StatementCache

    db = _annotated(tmp_path, 4, cached=True)
    highlight = json.loads(cli("--db", db, "annotations", "--json").stdout)[0]["id"]
    decoded: list[object] = []
    real = StatementCache.decode.__func__  # type: ignore[attr-defined]

    def counted(cls, row):  # type: ignore[no-untyped-def]
        decoded.append(row)
        return real(cls, row)

    monkeypatch.setattr(StatementCache, "decode", classmethod(counted))
    result = cli("--db", db, "quote", highlight)
    assert result.returncode == 0 and "Wang Yi (Foreign Minister) added: venue" in result.stdout
    assert len(decoded) == 1, len(decoded)
    kept = Path(db + ".cache") / CACHE_NAME
    before = kept.read_bytes()
    kept.unlink()
    assert cli("--db", db, "quote", highlight).stdout == result.stdout
    assert not kept.exists()  # a part read is never written as the whole
    kept.write_bytes(before)
