"""Only the asked command's module is imported, and the command line says what it said when
every command was built: the top-level help, each command's help, unknown commands, typos
and mistakes before the command (``diplotui.cli.commands`` lists the commands without their
modules)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from diplotui.cli.commands import COMMANDS
from diplotui.cli.main import _parse, build_parser
from diplotui.cli.parsing import values_starting_with_a_dash
from tests.cli_runner import run_main

# Every command ``diplotui --help`` lists, in its order: one dropped from the table and from
# its module alike still fails here.
EVERY_COMMAND = [
    "import",
    "list",
    "tag",
    "untag",
    "tags",
    "mark",
    "rm",
    "show",
    "entities",
    "statements",
    "speaker",
    "timeline",
    "doctor",
    "quote",
    "quotes",
    "export",
    "meta",
    "highlight",
    "annotations",
    "note",
    "feed",
    "refresh",
    "add",
    "share",
    "sync",
]


def _whole_parser() -> argparse.ArgumentParser:
    """The parser as it was before the commands were built alone: every module's commands."""
    return build_parser(COMMANDS)


def _whole_parse(argv: list[str]) -> argparse.Namespace:
    whole = _whole_parser()
    return whole.parse_args(values_starting_with_a_dash(whole, argv))


def _commands_of(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The sub-parsers of ``parser`` by name, nested ones ("feed add") under their path."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                found[name] = command
                found.update({f"{name} {n}": c for n, c in _commands_of(command).items()})
    return found


def _said(parse, argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[str, str, object]:
    """What parsing ``argv`` prints (stdout, stderr) and the status it exits with."""
    try:
        parse(argv)
        status: object = None
    except SystemExit as leaving:
        status = leaving.code
    out, err = capsys.readouterr()
    return out, err, status


@pytest.fixture(autouse=True)
def _eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")


def test_the_top_level_help_lists_every_command_with_its_line_as_before():
    whole = _whole_parser()
    assert [n for n in _commands_of(whole) if " " not in n] == EVERY_COMMAND
    assert list(COMMANDS) == EVERY_COMMAND
    help_text = build_parser().format_help()
    assert help_text == whole.format_help()
    for name in EVERY_COMMAND:
        assert f"\n    {name} " in help_text or f"\n    {name}\n" in help_text, name


def test_each_command_built_alone_is_the_command_built_with_all_the_others():
    whole = _commands_of(_whole_parser())
    for name, command in whole.items():
        alone = _commands_of(build_parser([name.split()[0]]))[name]
        assert alone.format_help() == command.format_help(), name


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["lst"],
        ["li"],
        ["--db", "x", "lst"],
        ["--db"],
        ["--bogus"],
        ["--rea", "--bogus"],
        ["list", "--bogus"],
        ["list", "--tag", "--json"],
        ["list", "--tag", "--quote"],  # another command's option: still the value forgotten
        ["--db", "--quote", "list"],
        ["list", "--help"],
        ["note", "--bogus"],
        ["feed"],
        ["feed", "add", "--help"],
        ["share", "bogus"],
        ["mark", "--help"],
    ],
)
def test_help_and_mistakes_say_what_the_whole_parser_says(argv, capsys):
    before = _said(_whole_parse, argv, capsys)
    assert _said(_parse, argv, capsys) == before
    assert before[2] is not None  # each is a help, a version or a refusal


def test_the_top_level_options_before_a_command_are_read_as_before(tmp_path: Path):
    store = str(tmp_path / "library.json")
    for argv in (
        ["--db", store, "list", "--json"],
        [f"--db={store}", "--cr", "list"],
        ["--db", "-dashed.json", "tag", "abc", "x"],
        ["list", "--db", store, "--tag", "-x"],
    ):
        assert vars(_parse(argv)) == vars(_whole_parse(argv)), argv


def test_a_command_imports_its_own_module_only(tmp_path: Path):
    """The process is the point: the test process has imported every module already. The
    store is seeded first (a first run imports the bundled articles)."""
    store = str(tmp_path / "library.json")
    assert run_main("--db", store, "list").returncode == 0
    others = [f"diplotui.cli.{m}" for m in {c.module for c in COMMANDS.values()} - {"library"}]
    probe = (
        "import sys\n"
        "from diplotui.cli.main import main\n"
        f"status = main(['--db', {store!r}, 'list'])\n"
        f"print(status, [m for m in {[*others, 'diplotui.ingest.importer']!r} "
        "if m in sys.modules])\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert run.stdout.splitlines()[-1] == "0 []"
