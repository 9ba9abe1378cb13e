"""A text the finder raises on (a bug one odd text meets) is answered as failed by the
helper processes, which go on with the next: the cache helper filled nothing after it (its
death lost the rest of the chunk and every chunk after), and the reader's helper sent no
statements, the app falling back to finding them again in its own process."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.library.statement_cache import StatementCache
from diplotui.session.prepare_helper import prepare

from ..finder_bug import finder_raises_on
from ..helper_pipes import statement_cache_answer

GOOD = "Talks\nForeign Minister Wang Yi said the talks would resume.\n"
ODD = "Border\nForeign Minister Wang Yi said the border talks were a success.\n"


@pytest.fixture(autouse=True)
def finder_raises_on_odd(monkeypatch: pytest.MonkeyPatch) -> None:
    finder_raises_on(monkeypatch, "border talks")


def test_the_cache_helper_answers_a_failed_text_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "statements.json"
    request = [[ODD, "Border", [[0, "odd"]]], [GOOD, "Talks", [[0, "good"]]]]
    odd, good = statement_cache_answer(monkeypatch, path, request)
    assert odd[:3] == [0, "odd", None] and odd[3].startswith("IndexError")
    assert good[:2] == [0, "good"] and good[2]  # Wang Yi's statement
    kept = StatementCache.load_file(path, [])
    assert kept.has("good") and not kept.has("odd")  # a failure is never kept: tried again


def test_the_reader_helper_sends_the_names_and_why_no_statement() -> None:
    sent: list[dict[str, object]] = []
    prepare(ODD, "Border", [], sent.append)
    statements = next(m for m in sent if "statements" in m)
    assert statements["statements"] == [] and "IndexError" in str(statements["failed"])
    assert any(m.get("spans") for m in sent) and sent[-1] == {"done": True}
