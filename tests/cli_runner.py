"""The command line's ``main(argv)`` run in the test process, answering as a child process would.

A ``diplotui`` child process costs ~0.15 s of CPU (interpreter, imports); most CLI tests check
what a command prints and returns, which the same ``main`` shows in-process for a fraction of
that. The streams are what a child's pipes are: stdout UTF-8 with strict errors (printing a
lone surrogate fails as it would there), stderr UTF-8 with backslashreplace, stdin empty and
not a terminal. A ``SystemExit`` (argparse's usage errors, ``--help``) becomes the exit status
and an uncaught exception propagates, failing the test as a traceback would. What only a real
process shows (the entry point, argument bytes, signals, locks held by another process) keeps
its subprocess tests.
"""

from __future__ import annotations

import io
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from unittest import mock

from diplotui.cli.main import main


def _pipe(errors: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors=errors, write_through=True)


def _written(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8")


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    """``diplotui ARGS`` in this process: its exit status, stdout and stderr as text."""
    argv = ["diplotui", *args]
    stdout, stderr, stdin = _pipe("strict"), _pipe("backslashreplace"), _pipe("strict")
    with (
        redirect_stdout(stdout),
        redirect_stderr(stderr),
        mock.patch("sys.stdin", stdin),
        mock.patch("sys.argv", argv),
    ):
        try:
            status: int | str | None = main(list(args))
        except SystemExit as leaving:
            status = leaving.code
    if isinstance(status, str):  # sys.exit("message") prints it and exits 1
        stderr.write(status + "\n")
        status = 1
    return subprocess.CompletedProcess(argv, status or 0, _written(stdout), _written(stderr))


def read_terminal(leader: int) -> bytes:
    """Everything written to the pseudo-terminal whose leader end is ``leader`` until the
    child closes it (reading then fails); the leader is closed after."""
    import os

    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        drawn += chunk
    os.close(leader)
    return drawn


def imported_text(store_path: Path, folder: Path, name: str, text: str) -> tuple[str, str]:
    """``text`` written to ``folder/name`` and imported into the store at ``store_path``: the
    ``--db`` value and the new article's id."""
    article = folder / name
    article.write_text(text, encoding="utf-8")
    db = str(store_path)
    imported = run_main("--db", db, "import", str(article))
    assert imported.returncode == 0, imported.stderr
    return db, imported.stdout.split()[1]
