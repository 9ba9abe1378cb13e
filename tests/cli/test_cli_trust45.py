"""Session 45's trust fixes on the import path: a JSON export's progress counted by its
articles, and an export's articles found among the library's of the same headline by their
words read once. Each test failed before its fix."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from diplotui.store import Store
from tests.cli_runner import read_terminal, run_main

BODY = "Minister Alpha said on Tuesday that the talks would resume in Geneva after a pause.\n"


def _export(path: Path, count: int, title: str = "Talks round {n}") -> Path:
    """``path`` holding a diplotui export of ``count`` short articles."""
    articles = [
        {"id": f"{n:012x}", "title": title.format(n=n), "text": f"Round {n}.\n\n{BODY}"}
        for n in range(1, count + 1)
    ]
    document = {"format": "diplotui-export", "version": 1, "articles": articles}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_the_progress_bar_counts_an_exports_articles_not_its_one_file(tmp_path: Path) -> None:
    """One large export was one file to the progress bar: "importing 0/1" until all its
    articles were merged, then "1/1". It now counts them, a part of 50 at a time."""
    db = tmp_path / "library.json"
    export = _export(tmp_path / "export.json", 120)
    leader, follower = pty.openpty()
    command = subprocess.Popen(
        [sys.executable, "-m", "diplotui", "--db", str(db), "import", str(export)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=follower,
        env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "200"},
    )
    os.close(follower)
    drawn = read_terminal(leader).decode(errors="replace")
    command.communicate(timeout=120)
    assert command.returncode == 0, drawn
    counts = {(int(done), int(total)) for done, total in re.findall(r"(\d+)/(\d+)", drawn)}
    assert counts and {total for _, total in counts} == {120}, drawn
    assert (120, 120) in counts


def test_an_export_of_articles_sharing_headlines_is_imported_whole(tmp_path: Path) -> None:
    """Articles of one headline with other words are each imported (their words compared
    once each, not again for every stored article of the headline), and the same words
    under that headline, in another layout, are found as the stored article."""
    db = tmp_path / "library.json"
    export = _export(tmp_path / "export.json", 30, title="Talks in Geneva")
    result = run_main("--db", str(db), "import", str(export))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1] == "30 imported"
    again = json.loads(export.read_text(encoding="utf-8"))
    again["articles"] = [
        {**a, "id": f"{0xB000 + n:012x}", "text": a["text"].replace("\n\n", "\n\n\n")}
        for n, a in enumerate(again["articles"][:3])
    ]
    relaid = tmp_path / "relaid.json"
    relaid.write_text(json.dumps(again), encoding="utf-8")
    result = run_main("--db", str(db), "import", str(relaid))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1] == "3 duplicate", result.stdout
    with Store.open(db, read_only=True) as store:
        assert sum(a.title == "Talks in Geneva" for a in store.articles()) == 30
