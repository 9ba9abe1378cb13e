"""The quote, quotes, export and meta commands, run in-process against a fixed store."""

from __future__ import annotations

import base64
import csv
import json
import os
import pty
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pyperclip
import pytest

import diplotui.cli.quotes as quotes_cli
import diplotui.store.repository as store_module
from diplotui.cli.main import main
from diplotui.store import Store
from tests.captioned import captioned_highlight, cli
from tests.cli_runner import read_terminal
from tests.unit.test_export import STAMP, fill

DIPLOTUI = [sys.executable, "-m", "diplotui.cli.main"]


@pytest.fixture
def db(store_path: Path, monkeypatch) -> str:
    """A store holding the fixed golden library (opened by the CLI, so seeds are skipped)."""
    monkeypatch.setattr(store_module, "now_iso", lambda: STAMP)
    with Store.open(store_path) as store:
        fill(store)
    monkeypatch.setattr(quotes_cli, "_tty_osc52", lambda: None)  # never write to a real tty
    return str(store_path)


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_quote_prints_each_style(db: str, capsys):
    for style in ("plain", "markdown", "chicago", "apa"):
        status, out, _ = run(capsys, "--db", db, "quote", "0000000000a1", "--style", style)
        assert status == 0
        assert "keep talking" in out and "\x1b" not in out
    status, out, _ = run(capsys, "--db", db, "quote", "0000000000a2", "--style", "apa")
    assert out.startswith(
        "“It’s 40% more water than last year” (Jane Doe, 2025).\nJane Doe. (2025, July 14)."
    )


def test_quote_unknown_id_exits_2(db: str, capsys):
    status, _, err = run(capsys, "--db", db, "quote", "ffff")
    assert status == 2 and "no highlight" in err
    status, _, err = run(capsys, "--db", db, "quote", "0000000000")
    assert status == 2 and "ambiguous" in err


def test_quote_copy_without_clipboard_keeps_history(db: str, capsys, monkeypatch):
    def copy(_text: str) -> None:
        raise pyperclip.PyperclipException("no copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "copy", copy)
    status, out, err = run(capsys, "--db", db, "quote", "0000000000b1", "--copy")
    assert status == 1
    assert "saved to quote history only: no clipboard available" in err
    status, history, _ = run(capsys, "--db", db, "quotes", "--json")
    records = json.loads(history)
    assert records[0]["text"] + "\n" == out and records[0]["highlight_id"] == "0000000000b1"


def test_quote_copy_with_clipboard_and_osc52(db: str, capsys, monkeypatch):
    board: dict[str, str] = {}
    monkeypatch.setattr(pyperclip, "copy", lambda text: board.__setitem__("t", text))
    monkeypatch.setattr(pyperclip, "paste", lambda: board.get("t", ""))
    status, out, err = run(
        capsys, "--db", db, "quote", "0000000000a1", "--style", "chicago", "--copy"
    )
    assert status == 0 and "copied to the system clipboard" in err
    assert board["t"] + "\n" == out
    sent: list[str] = []
    monkeypatch.setattr(pyperclip, "paste", lambda: "")
    monkeypatch.setattr(quotes_cli, "_tty_osc52", lambda: sent.append)
    status, _, err = run(capsys, "--db", db, "quote", "0000000000a1", "--copy")
    assert status == 0 and "OSC 52" in err
    assert sent and "keep talking,” The Diplomat" in sent[0]  # the last style (chicago) is kept
    status, text, _ = run(capsys, "--db", db, "quotes")
    assert status == 0 and text.count("chicago") == 2


def test_a_csv_file_opens_with_a_byte_order_mark_and_stdout_without(
    db: str, capsys, tmp_path: Path
):
    """Excel on Windows reads a CSV file without a UTF-8 byte-order mark in the ANSI code page
    ("Lê Hải Bình" as "LÃª Háº£i BÃ¬nh"); a script reading stdout would get the mark in its first
    column's name."""
    with Store.open(Path(db)) as store:
        store.save_highlight(replace(store.highlights()[0], author="Lê Hải Bình"))
    target = tmp_path / "brief.csv"
    status, _, _ = run(capsys, "--db", db, "export", "--format", "csv", "-o", str(target))
    data = target.read_bytes()
    assert status == 0 and data.startswith(b"\xef\xbb\xbfarticle,date,")
    assert "Lê Hải Bình".encode() in data
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[0] == "article"
    status, out, _ = run(capsys, "--db", db, "export", "--format", "csv")
    assert status == 0 and out.startswith("article,date,")
    brief = tmp_path / "brief.json"
    status, out, _ = run(capsys, "--db", db, "export", "--format", "json", "-o", str(brief))
    assert status == 0 and brief.read_bytes().startswith(b"{")


def test_export_stdout_file_and_no_clobber(db: str, capsys, tmp_path: Path):
    status, out, _ = run(capsys, "--db", db, "export", "--format", "csv", "--tag", "scs")
    assert status == 0 and out.count("\n") == 2
    target = tmp_path / "brief.md"
    status, _, _ = run(capsys, "--db", db, "export", "-o", str(target))
    golden = Path(__file__).resolve().parents[1] / "golden" / "export.md"
    assert status == 0 and target.read_text() == golden.read_text()
    target.write_text("mine")
    status, _, err = run(capsys, "--db", db, "export", "--format", "json", "-o", str(target))
    assert status == 1 and "use --force" in err and target.read_text() == "mine"
    status, _, _ = run(
        capsys, "--db", db, "export", "--format", "json", "-o", str(target), "--force"
    )
    assert status == 0 and json.loads(target.read_text())["format"] == "diplotui-export"


def test_export_one_article(db: str, capsys):
    with Store.open(db, read_only=True) as store:
        second = next(a.id for a in store.articles() if a.title.startswith("ASEAN"))
    status, out, _ = run(capsys, "--db", db, "export", "--format", "json", "--article", second[:6])
    assert status == 0
    assert [a["id"] for a in json.loads(out)["articles"]] == [second]
    status, _, err = run(capsys, "--db", db, "export", "--article", "zzz")
    assert status == 2 and "no article" in err


def test_meta_validates_and_updates(db: str, capsys):
    with Store.open(db, read_only=True) as store:
        second = next(a.id for a in store.articles() if a.title.startswith("ASEAN"))
    status, out, _ = run(capsys, "--db", db, "meta", second)
    assert status == 0 and "date:   2025 (guessed)" in out
    for bad in (
        ["--date", "2025-02-30"],
        ["--date", "July"],
        ["--url", "javascript:x"],
        ["--title", " "],
    ):
        status, _, _ = run(capsys, "--db", db, "meta", second, *bad)
        assert status == 2, bad
    status, out, _ = run(
        capsys,
        "--db",
        db,
        "meta",
        second,
        "--date",
        "2025-08-01",
        "--source",
        "ASEAN\x1b[31m Secretariat",
        "--url",
        "https://asean.org/s",
        "--author",
        "ASEAN",
    )
    assert status == 0
    assert "date:   2025-08-01\n" in out and "source: ASEAN Secretariat\n" in out
    with Store.open(db, read_only=True) as store:
        article = store.article(second)
    assert article.date_is_guess is False and article.url == "https://asean.org/s"


def test_quote_is_what_the_reader_shows_in_every_style(store_path: Path):
    highlight_id = captioned_highlight(store_path)
    shown = {}
    for style in ("plain", "markdown", "chicago", "apa"):
        result = cli("--db", str(store_path), "quote", highlight_id, "--style", style)
        assert result.returncode == 0, result.stderr
        assert "|" not in result.stdout  # the caption's marks, hidden by the reader
        shown[style] = result.stdout
    assert shown["markdown"].startswith(
        "> (Photo: Quang Hoa)\n>\n> Politburo Member and Secretariat's Standing Member\n>\n> — "
    )
    assert shown["plain"].startswith(
        "“(Photo: Quang Hoa) Politburo Member and Secretariat's Standing Member”\n— "
    )


def test_quote_copy_sends_osc52_to_the_terminal_without_a_controlling_one(store_path: Path):
    """No clipboard tool (no display), no controlling terminal (a new session, as under
    ``setsid`` or a job runner), output on a terminal: OSC 52 goes to that terminal, the
    command says so and succeeds."""
    highlight_id = captioned_highlight(store_path)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["TMUX"] = ""
    leader, follower = pty.openpty()
    child = subprocess.Popen(
        [*DIPLOTUI, "--db", str(store_path), "quote", highlight_id, "--copy"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        start_new_session=True,
        env=env,
    )
    os.close(follower)
    received = read_terminal(leader)
    assert child.wait(timeout=60) == 0, received
    payload = re.search(rb"\x1b\]52;c;([A-Za-z0-9+/=]*)\x07", received)
    assert payload is not None, received
    copied = base64.b64decode(payload.group(1)).decode()
    assert copied.startswith("“(Photo: Quang Hoa) Politburo Member")
    assert b"sent to the terminal (OSC 52)" in received


def test_meta_date_typed_as_guessed_is_no_longer_a_guess(store_path: Path):
    highlight_id = captioned_highlight(store_path)
    db = str(store_path)
    with Store.open(store_path, read_only=True) as store:
        article = store.article(store.highlight(highlight_id).article_id)
    assert article.date_is_guess and article.date
    before = cli("--db", db, "quote", highlight_id, "--style", "apa").stdout
    assert "(ca. " in before
    shown = cli("--db", db, "meta", article.id, "--date", article.date)
    assert shown.returncode == 0 and f"date:   {article.date}\n" in shown.stdout
    assert "guessed" not in shown.stdout
    for style in ("plain", "markdown", "chicago", "apa"):
        quoted = cli("--db", db, "quote", highlight_id, "--style", style).stdout
        assert "uncertain" not in quoted and "ca. " not in quoted and "?]" not in quoted


def test_quotes_history_shows_an_escape_in_a_kept_quote_as_the_app_would(db: str, capsys):
    from diplotui.model import QuoteRecord

    with Store.open(db) as store:  # as a hand-edited store could hold it
        store.add_quote(QuoteRecord(id="00000000beef", text="said \x1b[2Jcleared", style="plain"))
    status, text, _ = run(capsys, "--db", db, "quotes")
    assert status == 0 and "    said \u241b[2Jcleared" in text and "\x1b" not in text


def test_a_quote_ending_in_the_comma_of_its_sentence_is_cited_without_it(tmp_path, capsys):
    """'"We are ready," he said': the quotation's words selected and cited read
    “We are ready,” with the comma of the sentence that quoted them, cut short in a brief."""
    db = str(tmp_path / "s.json")
    article = tmp_path / "a.md"
    article.write_text(
        "---\ntitle: Talks resume\nsource: Test Wire\ndate: 2025-07-19\n---\nTalks resume\n"
        '"We are ready," Foreign Minister Anna Kowalska said.\n',
        encoding="utf-8",
    )
    assert run(capsys, "--db", db, "import", str(article))[0] == 0
    listed = run(capsys, "--db", db, "list", "--json", "--source", "Test Wire")[1]
    article_id = json.loads(listed)[0]["id"]
    status, out, err = run(capsys, "--db", db, "highlight", article_id, "--quote", "We are ready,")
    assert status == 0, err
    highlight = out.splitlines()[-1]
    for style in ("plain", "chicago", "apa", "markdown"):
        status, out, err = run(capsys, "--db", db, "quote", highlight, "--style", style)
        assert status == 0, err
        assert "ready," not in out and ("“We are ready”" in out or "> We are ready\n" in out)


def test_style_and_format_are_taken_as_the_readme_spells_them(db, capsys, tmp_path):
    """The README and the app say "Chicago", "APA", "W3C"; 'quote ID --style Chicago' was
    refused with "invalid choice: 'Chicago'"."""
    with Store.open(db, read_only=True) as store:
        highlight = store.highlights()[0].id
    status, out, err = run(capsys, "--db", db, "quote", highlight, "--style", "Chicago")
    assert status == 0, err
    lower = run(capsys, "--db", db, "quote", highlight, "--style", "chicago")[1]
    assert out == lower
    target = str(tmp_path / "brief.jsonld")
    status, _out, err = run(capsys, "--db", db, "export", "--format", "W3C", "-o", target)
    assert status == 0, err
    assert json.loads(Path(target).read_text(encoding="utf-8"))


def test_a_notes_lines_stay_one_labelled_paragraph_in_the_markdown_brief(db: str, capsys):
    """A note typed as three lines became three paragraphs with no label: the brief's reader
    could not tell the analyst's note from the reporter's text or the quote around it. The note
    is labelled "**Note:**", its lines stay one paragraph (hard breaks), a blank line still
    starts another, and its own list stays a list under the label."""
    note = "Check with the desk.\nCompare with July.\n\n- the dams\n- the fisheries\nthen call"
    status, _, _ = run(capsys, "--db", db, "note", "9ef29e", note)
    assert status == 0
    status, out, _ = run(capsys, "--db", db, "export", "--article", "9ef29e")
    assert status == 0
    expected = (
        "**Note:** Check with the desk.\\\nCompare with July.\n\n"
        "- the dams\n- the fisheries\n\nthen call\n\n> They agreed"
    )
    assert expected in out, out
    status, _, _ = run(capsys, "--db", db, "note", "9ef29e", "- only a list\n- of two")
    status, out, _ = run(capsys, "--db", db, "export", "--article", "9ef29e")
    assert "**Note:**\n\n- only a list\n- of two\n\n> They agreed" in out, out
