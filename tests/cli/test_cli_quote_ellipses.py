"""A highlight of part of a direct quotation is quoted with an ellipsis where the source's
quotation goes on, and none where it starts or ends: ``quote`` in every style, the quote
history and the brief (newuser43b: “We urge restraint” copied as though it were all)."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli_described_role import imported
from .test_cli_library import cli
from .test_cli_wrapped_text import _highlight as highlight
from .test_cli_wrapped_text import board

__all__ = ["board"]  # the fixture: the system clipboard faked at pyperclip

ARTICLE = (
    "---\ntitle: Cambodia agrees to talks\ndate: 2025-07-27\nsource: Test Wire\n---\n\n"
    "Cambodian Prime Minister Hun Manet said: “We urge restraint, and we urge dialogue, "
    "because the people want peace.”\n\n"
    "The Cambodian prime minister said on Sunday his country agreed to pursue an immediate "
    "ceasefire.\n"
)
SAID = "Hun Manet (Cambodian Prime Minister)"


def test_a_quotations_fragment_ends_and_opens_where_the_source_goes_on(
    tmp_path: Path, board: dict[str, str]
) -> None:
    db, article_id = imported(tmp_path, ARTICLE)
    start = highlight(db, article_id, "We urge restraint")
    middle = highlight(db, article_id, "and we urge dialogue")
    whole = highlight(
        db, article_id, "We urge restraint, and we urge dialogue, because the people want peace."
    )
    quoted = {
        style: cli("--db", db, "quote", start, "--style", style, "--copy").stdout
        for style in ("plain", "markdown", "chicago", "apa")
    }
    assert quoted["plain"].startswith("“We urge restraint…”\n— Hun Manet")
    assert quoted["chicago"].startswith("“We urge restraint…”\n")
    assert quoted["markdown"].startswith("> We urge restraint…\n")
    assert quoted["apa"].startswith(
        "“We urge restraint…” (Hun Manet, Cambodian Prime Minister, as cited"
    )
    assert board["t"].startswith("“We urge restraint…” (Hun Manet")  # the last copy's, APA
    plain = ("--style", "plain")
    assert cli("--db", db, "quote", middle, *plain).stdout.startswith("“…and we urge dialogue…”\n")
    assert cli("--db", db, "quote", whole, *plain).stdout.startswith(
        "“We urge restraint, and we urge dialogue, because the people want peace.”\n"
    )
    history = cli("--db", db, "quotes", "--json")
    assert history.returncode == 0, history.stderr
    assert "We urge restraint…" in json.dumps(json.loads(history.stdout), ensure_ascii=False)
    brief = cli("--db", db, "export", "--article", article_id).stdout
    assert "> We urge restraint…\n" in brief
    assert "> …and we urge dialogue…\n" in brief
    assert "> We urge restraint\n" not in brief


def test_a_reported_clause_after_said_on_sunday_is_copied_from_its_start(tmp_path: Path) -> None:
    """'said: …his country agreed': "said on Sunday" was not read as the clause's lead-in."""
    db, article_id = imported(tmp_path, ARTICLE)
    words = highlight(db, article_id, "his country agreed to pursue an immediate ceasefire")
    copied = cli("--db", db, "quote", words, "--style", "plain").stdout
    assert "…his" not in copied
    assert "his country agreed to pursue an immediate ceasefire." in copied
