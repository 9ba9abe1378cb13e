"""attack47: the entity filter's surname rule (4a565731) tried as a library grows."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_main as cli


def _titles(db: str, name: str) -> list[str]:
    found = cli("--db", db, "list", "--entity", name)
    assert found.returncode == 0, found.stderr
    return sorted(line.split("  ")[-1] for line in found.stdout.splitlines())


def test_an_article_naming_a_surname_alone_takes_no_other_article_out_of_the_filter(
    tmp_path: Path,
):
    """``--entity aliyev`` listed "Gala" (the Heydar Aliyev Foundation's) until an article
    saying "Aliyev" alone was imported, then no more: one article's bare surname changed
    what the name finds in the others. Importing an article only ever adds to a filter."""
    texts = {
        "summit.txt": "Summit\n\nPresident Ilham Aliyev met the envoy in Baku on Friday.\n",
        "gala.txt": "Gala\n\nThe Heydar Aliyev Foundation held a gala in Baku.\n",
        "bare.txt": "Aliyev in Baku\n\nAliyev said the talks were over. Aliyev left on Monday.\n",
    }
    db = str(tmp_path / "s.json")
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    cli("--db", db, "import", str(tmp_path / "summit.txt"), str(tmp_path / "gala.txt"))
    before = _titles(db, "aliyev")
    assert before == ["Gala", "Summit"]
    cli("--db", db, "import", str(tmp_path / "bare.txt"))
    assert _titles(db, "aliyev") == ["Aliyev in Baku", "Gala", "Summit"]
    assert _titles(db, "jordan") == []  # no such entity: nothing taken by the new rule
