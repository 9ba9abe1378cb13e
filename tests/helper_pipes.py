"""The helper processes' ``serve`` run in the test process, on standard streams that are pipes
as the child's are (stdout strict UTF-8: what a child could not write fails here too)."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


def served(monkeypatch: pytest.MonkeyPatch, serve: Callable[[], None], given: bytes) -> list[Any]:
    """The JSON lines ``serve`` writes, given ``given`` on its standard input."""
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(given)))
    monkeypatch.setattr(sys, "stdout", stdout)
    serve()
    stdout.flush()
    assert isinstance(stdout.buffer, io.BytesIO)
    return [json.loads(line) for line in stdout.buffer.getvalue().splitlines()]


def statement_cache_answer(
    monkeypatch: pytest.MonkeyPatch, path: Path, request: list[Any]
) -> list[list[Any]]:
    """The cache helper's one answer to ``request`` (``[text, title, [[0, key]]]`` items),
    filling the statement cache at ``path``."""
    from diplotui.library import cache_helper
    from diplotui.library.statement_cache import StatementCache

    lines = json.dumps({"paths": [str(path)], "corrections": []}) + "\n" + json.dumps(request)
    given = (lines + "\n").encode()
    (answer,) = served(monkeypatch, lambda: cache_helper.serve([StatementCache.FILE_NAME]), given)
    return answer
