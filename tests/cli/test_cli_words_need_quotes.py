"""Words typed unquoted after an option of one value: the refusal says to quote them
("unrecognized arguments: noi" left the user asking what was wrong with "noi"), and
``statements --tag bien dong`` no longer tells to leave out a FILE_OR_ID nobody gave."""

from __future__ import annotations

from pathlib import Path

from .test_cli_library import cli


def test_words_after_an_option_of_one_value_are_said_to_need_quotes(tmp_path: Path) -> None:
    db = str(tmp_path / "s.json")
    tag = cli("--db", db, "list", "--tag", "ha", "noi")
    assert tag.returncode == 2
    assert tag.stderr.splitlines()[-1] == (
        "diplotui: error: unrecognized arguments: noi (--tag takes one value: words that go"
        ' together go in quotes, --tag "ha noi")'
    )
    title = cli("--db", db, "meta", "1f842a79", "--title", "New", "title", "here")
    assert title.stderr.splitlines()[-1].endswith('--title "New title here")')
    alone = cli("--db", db, "list", "foo")  # no option before it: nothing to quote
    assert alone.stderr.splitlines()[-1] == "diplotui: error: unrecognized arguments: foo"


def test_a_tag_of_two_words_unquoted_in_statements_is_said_so(tmp_path: Path) -> None:
    db = str(tmp_path / "s.json")
    result = cli("--db", db, "statements", "--tag", "bien", "dong")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "diplotui: statements: filters apply to the library; leave out FILE_OR_ID ('dong')"
        ' (--tag takes one tag: in quotes, --tag "bien dong")'
    )
