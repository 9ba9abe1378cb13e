"""Argument parsing the ``diplotui`` command needs beyond argparse: values starting with "-"."""

from __future__ import annotations

import argparse
from typing import NoReturn


class DiplotuiParser(argparse.ArgumentParser):
    """argparse's parser, whose error for a stray word starting with "-" says how to pass it."""

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments: -"):
            # ``diplotui note ID -x``: a text, not an option, the user meant
            message += ' (a text starting with "-" goes after "--": diplotui note ID -- -x)'
        super().error(message)


def _option_strings(parser: argparse.ArgumentParser) -> tuple[set[str], set[str]]:
    """Every ``--long`` option of the parser and its commands, and those taking one value."""
    every: set[str] = set()
    taking_a_value: set[str] = set()
    for action in parser._actions:  # argparse offers no public walk of its subcommands
        if isinstance(action, argparse._SubParsersAction):
            for command in dict.fromkeys(action.choices.values()):
                more, valued = _option_strings(command)
                every |= more
                taking_a_value |= valued
            continue
        long_options = {s for s in action.option_strings if s.startswith("--")}
        every |= long_options
        if action.nargs is None and isinstance(
            action, (argparse._StoreAction, argparse._AppendAction)
        ):
            taking_a_value |= long_options
    return every, taking_a_value


def values_starting_with_a_dash(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``--note -x`` as ``--note=-x``: argparse reads a value starting with "-" as an option
    and refused "expected one argument", so a note, quote or name opening with a dash ("-x",
    "--urgent", "-10% growth") had to be typed ``--note=-x``. A value that is itself one of the
    options (``--note --tag``: the note forgotten) is left to argparse's error."""
    every, taking_a_value = _option_strings(parser)
    every.add("--")  # argparse's end of options is never a value
    joined: list[str] = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            joined += argv[index:]
            break
        following = argv[index + 1] if index + 1 < len(argv) else ""
        if arg in taking_a_value and following.startswith("-") and following not in every:
            joined.append(f"{arg}={following}")
            index += 2
            continue
        joined.append(arg)
        index += 1
    return joined
