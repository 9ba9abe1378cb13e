"""``export --help`` listed ``--format {markdown,json,w3c,csv}`` and said nothing of them: not
which is the default, nor which is the brief and which a spreadsheet opens."""

from __future__ import annotations

from tests.cli_runner import run_main


def test_export_help_says_each_format_and_the_default():
    done = run_main("export", "--help")
    assert done.returncode == 0
    said = " ".join(done.stdout.split())
    assert "markdown (default): the brief" in said
    for told in ("json: the records, which import", "w3c: the records as W3C", "csv: a row per"):
        assert told in said, said
