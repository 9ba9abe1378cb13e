"""A teammate whose clock runs more than a day ahead: each highlight they made was a file
every other copy refused as unreadable ("its created time ... is in the future"), which
stopped every sync of the whole team until someone mended the file by hand. Now it is held:
named once with its maker and the reason, counted in every line, kept in the remote, and
taken by the first sync once its time is within a day."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from diplotui import exchange
from diplotui.anchoring import new_highlight
from diplotui.cli.main import main
from diplotui.store import Store
from tests.sharing import add_highlight, article_ids, git_identity, shared_pair

__all__ = ["git_identity"]  # an autouse fixture of every test here

HELD = "1 highlight held until its creation time comes"


def sync(capsys, store: Path) -> list[str]:
    status = main(["--db", str(store), "sync", "--author", store.stem])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    return out.splitlines()


def made_ahead(store: Path, quote: str, days: int) -> str:
    """A highlight stamped as a clock ``days`` ahead stamps it; its id."""
    later = (datetime.now(timezone.utc) + timedelta(days=days)).isoformat(timespec="milliseconds")
    article = article_ids()[0]
    with Store.open(store) as opened:
        text = opened.article_text(article)
        start = text.index(quote)
        highlight = new_highlight(article, text, start, start + len(quote), note="ahead")
        opened.save_highlight(dataclasses.replace(highlight, created_at=later, updated_at=later))
    return highlight.id


def quotes(store: Path) -> list[str]:
    with Store.open(store, read_only=True) as opened:
        return sorted(h.quote for h in opened.highlights())


def test_a_highlight_made_ahead_is_held_said_once_and_taken_when_its_time_comes(
    tmp_path, capsys, monkeypatch: pytest.MonkeyPatch
):
    mai, bob = shared_pair(tmp_path)
    ahead = made_ahead(bob, "keep talking", days=3)
    assert sync(capsys, bob) == ["sent 1 highlight, 1 note"]
    (line, named) = sync(capsys, mai)
    assert line == HELD
    assert named.startswith("annotations/") and f"highlight {ahead} by bob was made " in named
    assert "over a day ahead of this computer's clock" in named
    assert sync(capsys, mai) == [HELD]  # named once, counted after
    add_highlight(mai, article_ids()[1], "code of conduct")
    assert sync(capsys, mai) == [f"{HELD}, sent 1 highlight"]  # its file left in the remote
    assert sync(capsys, bob) == ["1 new highlight from mai"]
    assert quotes(mai) == ["code of conduct"]
    monkeypatch.setattr(exchange, "MADE_AHEAD", timedelta(days=4))  # three days later
    assert sync(capsys, mai) == ["1 new highlight from bob"]
    assert quotes(mai) == quotes(bob) == ["code of conduct", "keep talking"]
    assert sync(capsys, mai) == ["up to date"]


def test_the_maker_of_a_highlight_made_ahead_goes_on_syncing_it(tmp_path, capsys):
    """Once bob's clock is put right, his own highlight is ahead of it: his syncs read it."""
    mai, bob = shared_pair(tmp_path)
    ahead = made_ahead(bob, "keep talking", days=3)
    assert sync(capsys, bob) == ["sent 1 highlight, 1 note"]
    assert main(["--db", str(bob), "note", ahead, "edited later"]) == 0
    capsys.readouterr()
    assert sync(capsys, bob) == ["sent 1 note"]
    assert sync(capsys, mai)[0] == HELD
