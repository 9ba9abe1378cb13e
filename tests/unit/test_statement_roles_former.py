"""A former official is never shown or cited as serving (left44b; invented texts).

"Former Sudanese President Omar al-Bashir said ..." showed and cited the role "Sudanese
President": the recogniser's title is "President", and the word before it was dropped. The role
shown keeps a word saying the office is not held now; its title words still answer ``--role``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.cite import format_quote
from diplotui.model import Article
from diplotui.statements import find_statements
from tests.cli_runner import run_main
from tests.unit.test_statement_roles_37 import TITLE, footer, roles_listed

BASHIR = "Former Sudanese President Omar al-Bashir said on Monday that the army would win."


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        (BASHIR, "Omar al-Bashir", "Former Sudanese President"),
        (  # in lower case, after a country's possessive
            "Sudan's former Prime Minister Ada Vey said that the war must end.",
            "Ada Vey",
            "Sudan's former Prime Minister",
        ),
        (
            "Sanctions will stay, then-Secretary of State Ada Vey said on Monday.",
            "Ada Vey",
            "then-Secretary of State",
        ),
        (  # the recogniser's title is "Minister": the hyphened word is the role's too
            "Ex-Prime Minister Ada Vey said that civilians must lead.",
            "Ada Vey",
            "Ex-Prime Minister",
        ),
        (
            "The then Foreign Minister Ada Vey said that the border would stay open.",
            "Ada Vey",
            "then Foreign Minister",
        ),
        (  # not yet in office, or leaving it
            "Incoming Foreign Minister Ada Vey said that the ministry would reopen.",
            "Ada Vey",
            "Incoming Foreign Minister",
        ),
        (
            "Outgoing Prime Minister Ada Vey said that the election was fair.",
            "Ada Vey",
            "Outgoing Prime Minister",
        ),
        (
            "The late President Ada Vey said in 1995 that peace was possible.",
            "Ada Vey",
            "late President",
        ),
        (  # in lower case before a lowercase title, and after the name: as before
            "The former foreign minister Ada Vey said that the talks had failed.",
            "Ada Vey",
            "former foreign minister",
        ),
        (
            "Ada Vey, a former interior minister, said that the party would return.",
            "Ada Vey",
            "former interior minister",
        ),
    ],
)
def test_a_former_official_keeps_former_in_the_role(
    tmp_path: Path, body: str, speaker: str, role: str
) -> None:
    assert roles_listed(tmp_path, body) == [(speaker, role)]
    assert footer(body) == f"{speaker} ({role}) said"


def test_a_serving_official_is_not_made_former() -> None:
    """'then' narrating and 'former' describing something else leave the title alone."""
    body = "The talks ended, and then President Ada Vey said that the former deal was void."
    assert footer(body) == "Ada Vey (President) said"


def test_a_former_official_is_cited_as_former() -> None:
    statement = find_statements(TITLE + BASHIR)[0]
    article = Article(id="a", title="Talks", text_hash="h", source="The Courier")
    cited = format_quote(
        statement.text, article, "chicago", speaker=statement.speaker, role=statement.role
    )
    assert "Former Sudanese President Omar al-Bashir, quoted in “Talks,” The Courier." in cited


@pytest.mark.parametrize("typed", ["president", "former", "former president", "sudanese"])
def test_a_role_filter_finds_a_former_official(tmp_path: Path, typed: str) -> None:
    """``--role president`` finds him by his title's words, ``--role former`` as a former one."""
    path = tmp_path / "article.txt"
    path.write_text(TITLE + BASHIR + "\n", encoding="utf-8")
    db = str(tmp_path / "store.json")
    assert run_main("import", str(path), "--db", db).returncode == 0
    result = run_main("statements", "--role", typed, "--jsonl", "--db", db)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(row["speaker"], row["role"]) for row in rows] == [
        ("Omar al-Bashir", "Former Sudanese President")
    ]
