"""Session 45's trust fixes: a JSON export's progress counted by its articles; an export's
articles found among the library's of the same headline by their words, read once (kept
as it was); a teammate's speaker correction written before corrections took the role the
article gives (left44c) shows that role after a sync; an import or a sync stopped by a
full disk says what it stored, or where the note drafts it could not move are."""

from __future__ import annotations

import errno
import json
import os
import pty
import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from diplotui.model import Article
from diplotui.session.drafts import DraftFolder, NoteDraft
from diplotui.share import sync
from diplotui.statements.corrections import new_speaker_correction
from diplotui.store import Store, text_hash
from tests.cli_runner import read_terminal, run_main
from tests.sharing import git_identity, shared_pair

__all__ = ["git_identity"]  # an autouse fixture: git settings of the test's own

BODY = "Minister Alpha said on Tuesday that the talks would resume in Geneva after a pause.\n"


def short_export(path: Path, count: int, title: str = "Talks round {n}") -> Path:
    """``path`` holding a diplotui export of ``count`` short articles (the app's tests too)."""
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
    export = short_export(tmp_path / "export.json", 120)
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
    export = short_export(tmp_path / "export.json", 30, title="Talks in Geneva")
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


BERLIN = """# Germany urges talks

Federal Foreign Minister Steinmeier said on Monday that the talks in Minsk had been useful but hard.

"We need patience and we need both sides at the table," Steinmeier told reporters in Berlin.

The minister added that sanctions would stay in place until the ceasefire held.
"""


def test_a_shared_speaker_correction_without_a_role_takes_the_one_the_article_gives(
    tmp_path: Path,
) -> None:
    """Mai's copy, of a version before left44c, corrected "Steinmeier" to his fuller name
    and stored no role (that version found none for the fuller name). After bob's sync the
    statement read "Frank-Walter Steinmeier" bare, and so did bob's highlight of it, where a
    correction made now gives "Federal Foreign Minister", the role the article gives him."""
    mai, bob = shared_pair(tmp_path, [BERLIN])
    article_id = text_hash(BERLIN)[:12]
    quote = '"We need patience and we need both sides at the table," Steinmeier told reporters'
    with Store.open(mai) as store:
        text = store.article_text(article_id)
        start = text.index(quote)
        older = new_speaker_correction(
            article_id, text, start, start + len(quote), "Frank-Walter Steinmeier"
        )
        assert older.role == ""
        store.save_speaker_corrections([older], [], [])
        sync(store, "mai")
    db = str(bob)
    done = run_main("--db", db, "highlight", article_id, "--quote", "We need patience")
    assert done.returncode == 0, done.stderr
    done = run_main("--db", db, "sync")
    assert done.returncode == 0, done.stderr
    done = run_main("--db", db, "statements", article_id, "--json")
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)
    assert {(s["speaker"], s["role"]) for s in said} == {
        ("Frank-Walter Steinmeier", "Federal Foreign Minister")
    }, said
    with Store.open(bob, read_only=True) as store:
        (marked,) = store.highlights(article_id)
        (correction,) = store.speaker_corrections(article_id)
    assert (marked.speaker, marked.speaker_role) == (
        "Frank-Walter Steinmeier",
        "Federal Foreign Minister",
    )
    assert correction.role == ""  # mai's word as written: shown with the role, not rewritten


def test_an_import_stopped_by_a_full_disk_says_what_it_stored_before(tmp_path: Path) -> None:
    """An export's articles are stored a part at a time: a disk full at the third part kept
    the first two, but the command listed none of them and said "nothing was saved". The
    stored ones are listed and counted; run again, the import finishes (the file size limit
    stands in for the full disk: the same error, raised by the same write)."""
    db = tmp_path / "library.json"
    long_body = BODY * 50  # the third part's texts: more than the file size limit at once
    articles = [
        {
            "id": f"{n:012x}",
            "title": f"Talks round {n}",
            "text": f"Round {n}.\n\n{BODY if n <= 100 else long_body}\n",
        }
        for n in range(1, 151)
    ]
    export = tmp_path / "export.json"
    document = {"format": "diplotui-export", "version": 1, "articles": articles}
    export.write_text(json.dumps(document), encoding="utf-8")
    assert run_main("--db", str(db), "list").returncode == 0
    limit = 100_000

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    stopped = subprocess.run(
        [sys.executable, "-m", "diplotui", "--db", str(db), "import", str(export)],
        capture_output=True,
        text=True,
        preexec_fn=limited,
    )
    assert stopped.returncode == 1
    assert "File too large" in stopped.stderr
    assert stopped.stderr.rstrip().endswith(
        "; before it, 100 imported (stored: run the import again for the rest, what is "
        "stored is found as a duplicate)"
    ), stopped.stderr
    assert len([line for line in stopped.stdout.splitlines() if line.startswith("imported")]) == 100
    with Store.open(db, read_only=True) as store:
        assert len(store.articles()) == 102  # the two seeds and the first two parts
    again = run_main("--db", str(db), "import", str(export))
    assert again.returncode == 0, again.stderr
    assert again.stderr.splitlines()[-1] == "50 imported, 100 duplicate"


def test_drafts_a_full_disk_keeps_from_moving_leave_the_sync_going_and_are_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync refiling an article under the team's id moves its note drafts; a full disk
    then ended the sync in a raw error after the article was refiled, the next sync said
    "up to date", and nothing ever said where the typing was. The sync now goes on and says
    so; the draft stays, whole, under the old id, where ``doctor`` lists it."""
    text = "The envoy met the minister on Monday. The talks were frank and the tone was calm."
    mai, bob = shared_pair(tmp_path)
    team_id, own_id = text_hash(text)[:12], text_hash(text + " ")[:12]
    with Store.open(mai) as store:
        store.add_article(Article(id=team_id, title="Envoy", text_hash=""), text)
        sync(store, "mai")
    DraftFolder(bob).write(NoteDraft(own_id, "article", "second visit"))
    with Store.open(bob) as store:
        store.add_article(Article(id=own_id, title="Envoy", text_hash=""), text)

    def full(_folder: DraftFolder, _draft: NoteDraft) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(DraftFolder, "write", full)
    done = run_main("--db", str(bob), "sync")
    assert done.returncode == 0, done.stderr
    said = done.stdout + done.stderr
    assert "1 article of yours joined to the team's copy of its text" in said
    assert (
        f"the note drafts of article {own_id}, now {team_id}, could not be moved (No space "
        "left on device): diplotui doctor lists them"
    ) in said
    monkeypatch.undo()
    [draft] = DraftFolder(bob).drafts()
    assert (draft.article_id, draft.text) == (own_id, "second visit")
    doctor = run_main("--db", str(bob), "doctor")
    assert f"draft whose article {own_id} is no longer in the library" in doctor.stdout
