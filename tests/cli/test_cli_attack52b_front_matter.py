"""A Markdown file whose front matter nests lists thousands deep: one line in the user's
words, exit 1, nothing stored."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli_hostile_input import GOOD_TEXT, records
from tests.cli_runner import run_main
from tests.reliability.test_hostile_records import make_store


def test_front_matter_nested_too_deeply_is_said_in_the_users_words(
    store_path: Path, tmp_path: Path
):
    """It failed as "cannot parse (RecursionError: maximum recursion depth exceeded)", a
    Python error's name where an export nested as deep says "JSON nested too deeply"."""
    make_store(store_path)
    before = records(store_path)
    path = tmp_path / "deep.md"
    nested = "[" * 5000 + "]" * 5000
    path.write_text(f"---\ntitle: {nested}\n---\n{GOOD_TEXT}", encoding="utf-8")

    said = run_main("--db", str(store_path), "import", str(path))

    assert said.returncode == 1
    assert said.stdout == f"failed    {path}: invalid front matter: nested too deeply\n"
    assert records(store_path) == before
