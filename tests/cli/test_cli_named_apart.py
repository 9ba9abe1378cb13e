"""A name typed with its suffix ("Ferdinand Marcos Jr.") asked since a date: newuser46 was
told "no statement matches ... 1 statement, made on 2023-11-04", though the library held
what President Ferdinand Marcos said in July 2024, listed apart from the name with "Jr"."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.model import Article
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

TOKYO = (
    "Japan and the Philippines agree to talks\n\n"
    "MANILA - Japanese Prime Minister Fumio Kishida met President Ferdinand Marcos Jr in "
    "Manila on Friday.\n\n"
    "Ferdinand Marcos Jr said the Philippines stands to gain much once the agreement is "
    "ratified.\n"
)
SONA = (
    "Marcos says Philippines cannot yield\n\n"
    "MANILA - President Ferdinand Marcos said the Philippines would continue to find ways to "
    "de-escalate tensions in contested areas.\n\n"
    '"The Philippines cannot yield. The Philippines cannot waver," Marcos said in his annual '
    "State of the Nation address to Congress.\n"
)


@pytest.fixture
def db(store_path: Path) -> str:
    with Store.open(store_path) as store:
        for text, title, date in (
            (TOKYO, "Japan and the Philippines agree to talks", "2023-11-04"),
            (SONA, "Marcos says Philippines cannot yield", "2024-07-22"),
        ):
            article = Article(
                id=text_hash(text)[:12], title=title, text_hash="", source="Wire", date=date
            )
            store.add_article(article, text)
    return str(store_path)


def test_a_name_with_a_suffix_names_who_is_listed_without_it(db: str) -> None:
    asked = run_main(
        "--db", db, "statements", "--speaker", "Ferdinand Marcos Jr.", "--since", "2024-06"
    )
    assert asked.returncode == 0 and asked.stdout == "", asked
    assert "without --since and --until, 1 statement, made on 2023-11-04" in asked.stderr
    assert "Ferdinand Marcos (2) is listed apart" in asked.stderr, asked.stderr
    whole = run_main("--db", db, "statements", "--speaker", "Ferdinand Marcos Jr.")
    assert "Ferdinand Marcos Jr" in whole.stdout and "stands to gain" in whole.stdout
    assert "cannot yield" not in whole.stdout, "a suffix still sets a person apart"
    plain = run_main("--db", db, "statements", "--speaker", "Ferdinand Marcos", "--since", "2025")
    assert "listed apart" not in plain.stderr, "only a name typed with its suffix says so"
