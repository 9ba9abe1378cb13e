"""A tag typed without its diacritics finds the articles tagged with them, as names do."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli_library import cli

ARTICLE = (
    "---\ntitle: Sea talks\nsource: Test Wire\ndate: 2025-08-14\n---\nSea talks\n"
    "Foreign Minister Lê Hoài Trung said the two sides would keep talking.\n"
)


def _tagged(tmp_path: Path, *tags: str) -> tuple[str, str]:
    db = str(tmp_path / "s.json")
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    imported = cli("--db", db, "import", str(tmp_path / "a.md"))
    assert imported.returncode == 0, imported.stderr
    article_id = imported.stdout.split()[1]
    assert cli("--db", db, "tag", article_id, *tags).returncode == 0
    return db, article_id


def test_a_tag_typed_without_its_marks_finds_its_articles_and_statements(tmp_path: Path) -> None:
    """``--tag "bien dong"`` answered "no article matches" in a library where articles are
    tagged #Biển Đông: the answer said there were none."""
    db, article_id = _tagged(tmp_path, "Biển Đông")
    listed = cli("--db", db, "list", "--tag", "bien dong", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [a["id"] for a in json.loads(listed.stdout)] == [article_id]
    said = cli("--db", db, "statements", "--tag", "bien dong", "--json")
    assert said.returncode == 0, said.stderr
    assert [s["text"] for s in json.loads(said.stdout)] == ["the two sides would keep talking"]


def test_a_tag_typed_with_its_marks_is_that_tag_alone(tmp_path: Path) -> None:
    """Marks typed count, as in names: #Hà Long is not #Hạ Long."""
    db, article_id = _tagged(tmp_path, "Hạ Long")
    assert "no article matches" in cli("--db", db, "list", "--tag", "Hà Long").stderr
    listed = cli("--db", db, "list", "--tag", "HẠ LONG", "--json")
    assert [a["id"] for a in json.loads(listed.stdout)] == [article_id]


def test_export_takes_a_tag_typed_without_its_marks_as_the_filters_do(tmp_path: Path) -> None:
    """``export --tag "bien dong"`` refused ("no article or highlight is tagged") a tag that
    ``list --tag "bien dong"`` finds; typed with other marks it still refuses."""
    db, article_id = _tagged(tmp_path, "Biển Đông")
    other = tmp_path / "b.md"
    other.write_text(ARTICLE.replace("Sea talks", "Port talks"), encoding="utf-8")
    assert cli("--db", db, "import", str(other)).returncode == 0
    exported = cli("--db", db, "export", "--tag", "bien dong", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    assert [a["id"] for a in json.loads(exported.stdout)["articles"]] == [article_id]
    refused = cli("--db", db, "export", "--tag", "Biền Đông")
    assert refused.returncode != 0 and "no article or highlight is tagged" in refused.stderr
