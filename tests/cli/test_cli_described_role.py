"""A role described in apposition right after the speaker's name ("Ms X, a deputy minister,
said") is the speaker's role: in the statements' JSON, the --role filter and a quote's citation."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli_library import cli

ARTICLE = (
    "---\ntitle: Talks in Hanoi\ndate: 2026-11-02\nsource: Reuters\n---\n\n"
    "HANOI - Ms Nguyen Thi Thanh Ha, a deputy minister, said the talks had been useful.\n\n"
    "Mr John Smith, a senior adviser to the prime minister, said the plan would work.\n\n"
    "Ms Anna Berg, spokeswoman for the ministry, said the ministry was ready.\n\n"
    "Mr Tom Lee, a frequent visitor, said trade grew.\n"
)


def imported(tmp_path: Path, article: str) -> tuple[str, str]:
    """A new store in ``tmp_path`` holding ``article`` (a Markdown file) imported: the store's
    path and the article's id."""
    db = str(tmp_path / "s.json")
    path = tmp_path / "article.md"
    path.write_text(article, encoding="utf-8")
    result = cli("--db", db, "import", str(path))
    assert result.returncode == 0, result.stderr
    return db, result.stdout.split()[1]


def test_a_role_in_apposition_after_the_name_is_the_speakers_role(tmp_path: Path) -> None:
    """Reuters' "Ms Nguyen Thi Thanh Ha, a deputy minister, said": no role was read, so
    ``--role deputy`` missed her and her quotes were cited by name alone."""
    db, article_id = imported(tmp_path, ARTICLE)
    found = cli("--db", db, "statements", article_id, "--jsonl")
    assert [(r["speaker"], r["role"]) for r in map(json.loads, found.stdout.splitlines())] == [
        ("Nguyen Thi Thanh Ha", "deputy minister"),
        ("John Smith", "senior adviser to the prime minister"),
        ("Anna Berg", "spokeswoman for the ministry"),  # the title with what it serves
        ("Tom Lee", ""),  # no role noun: a description, no role
    ]
    deputies = cli("--db", db, "statements", "--role", "deputy", "--speaker", "nguyen", "--jsonl")
    assert [json.loads(line)["text"] for line in deputies.stdout.splitlines()] == [
        "the talks had been useful"
    ]
    made = cli("--db", db, "highlight", article_id, "--quote", "the talks had been useful")
    assert made.returncode == 0, made.stderr
    quoted = cli("--db", db, "quote", made.stdout.splitlines()[-1], "--style", "chicago")
    assert "Nguyen Thi Thanh Ha, deputy minister, quoted in “Talks in Hanoi,”" in quoted.stdout
