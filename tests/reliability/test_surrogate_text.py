"""A lone surrogate in an article's text never stops a path that writes or prints it.

The store keeps such a text byte for byte (it reads bodies with ``surrogatepass``), but the
statement, entity and timeline caches wrote their files and the cache helper its answers as
strict UTF-8: ``statements``, ``timeline`` and ``highlight`` stopped on a
``UnicodeEncodeError`` traceback, the helper died with every result of its chunk unsaved,
and ``list --search`` stopped writing the text to SQLite. Invented article, real TinyDB
files; stdout is strict UTF-8, as a child's pipe is."""

from __future__ import annotations

import json
from pathlib import Path

import pyperclip
import pytest

from diplotui.library.statement_cache import StatementCache
from diplotui.session import prepare_helper
from tests.cli_runner import run_main
from tests.hand_edits import store_with_a_surrogate_text
from tests.helper_pipes import served, statement_cache_answer

TEXT = (
    "Border \ud800 talks\n\nForeign Minister Wang Yi said the talks \ud800 would resume. "
    '"We will defend \ud800 our borders," he said.\n'
)
QUOTED = "We will defend \ud800 our borders"
GOOD = "Talks\nForeign Minister Wang Yi said the talks would resume.\n"


def test_the_cache_helper_answers_and_saves_a_text_holding_a_surrogate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "statements.json"
    request = [[TEXT, "Border", [[0, "odd"]]], [GOOD, "Talks", [[0, "good"]]]]
    answer = statement_cache_answer(monkeypatch, path, request)
    assert [row[:2] for row in answer] == [[0, "odd"], [0, "good"]]
    odd = StatementCache.decode(answer[0][2])
    assert any("defend \ud800 our" in statement.text for statement in odd)
    kept = StatementCache.load_file(path, [])
    assert kept.has("good") and kept.has("odd")  # saved, the surrogate kept as it was


def test_the_readers_helper_sends_the_statements_of_a_text_holding_a_surrogate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = TEXT.encode("utf-8", "surrogatepass")  # as the app sends it
    header = json.dumps({"title": "Border", "corrections": [], "bytes": len(data)})
    sent = served(monkeypatch, prepare_helper.serve, header.encode() + b"\n" + data)
    statements = next(message for message in sent if "statements" in message)
    assert f"{QUOTED}," in [statement["text"] for statement in statements["statements"]]
    assert sent[-1] == {"done": True}


def store_with_a_highlight(tmp_path: Path) -> tuple[Path, str, str]:
    """The store, its article's id and a highlight of the quotation holding a surrogate."""
    store = tmp_path / "library.json"
    article_id = store_with_a_surrogate_text(store, TEXT)
    made = run_main("--db", str(store), "highlight", article_id, "--quote", QUOTED)
    assert made.returncode == 0, made.stderr
    return store, article_id, made.stdout.split()[-1]


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["statements"], "would resume"),
        (["statements", "--json"], "would resume"),
        (["statements", "{id}"], "would resume"),
        (["statements", "{id}", "--jsonl"], "would resume"),
        (["timeline", "Wang Yi"], "would resume"),
        (["entities", "{id}"], "Wang Yi"),
        (["list", "--search", "resume"], "{id}"),
        (["annotations"], "our borders"),
        (["quote", "{highlight}", "--style", "apa"], "our borders"),
        (["export", "--format", "markdown"], "our borders"),
        (["export", "--format", "json"], "our borders"),
        (["export", "--format", "w3c"], "our borders"),
        (["export", "--format", "csv"], "our borders"),
    ],
)
def test_a_surrogate_in_a_text_never_stops_the_command_line(
    tmp_path: Path, args: list[str], shown: str
) -> None:
    store, article_id, highlight_id = store_with_a_highlight(tmp_path)
    named = {"{id}": article_id, "{highlight}": highlight_id}
    args = [named.get(arg, arg) for arg in args]
    result = run_main("--db", str(store), *args)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert named.get(shown, shown) in result.stdout, result.stdout
    again = run_main("--db", str(store), *args)  # from the caches written the first time
    assert again.stdout == result.stdout


def test_a_quotation_holding_a_surrogate_is_copied_and_the_text_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    monkeypatch.setattr(pyperclip, "paste", lambda: copied[-1] if copied else "")
    store, _, highlight_id = store_with_a_highlight(tmp_path)
    quoted = run_main("--db", str(store), "quote", highlight_id, "--copy")
    assert quoted.returncode == 0, quoted.stderr
    assert copied and "We will defend our borders" in copied[-1]
    texts = [body.read_bytes() for body in tmp_path.glob("library.json.bodies/*/*.txt")]
    assert texts == [TEXT.encode("utf-8", "surrogatepass")]  # the stored text never lost
