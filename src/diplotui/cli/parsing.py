"""Argument parsing the ``diplotui`` command needs beyond argparse: values starting with "-"."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any, NoReturn


def positive_int(value: str) -> int:
    """An option's count from 1 (``--occurrence N``), refused as argparse refuses a value."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more (occurrences count from 1): {number}")
    return number


class _DashesKept(list[str]):
    """Values argparse must take as they are: its ``remove("--")`` finds nothing here."""

    def remove(self, value: str) -> None:
        raise ValueError(value)


class DiplotuiParser(argparse.ArgumentParser):
    """argparse's parser, whose error for a stray word starting with "-" says how to pass it,
    and which reads a value of "--" as that text."""

    _separator_seen = False
    _given: Sequence[str] = ()

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        self._separator_seen = False
        self._given = list(args or ())
        return super().parse_known_args(args, namespace)

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        """Python 3.11's argparse drops every value "--" it hands out, not only the end of
        options: ``--speaker=--`` became a list (a traceback in the command, or no filter
        at all for ``--until=--``) and ``note ID -- --`` showed the note instead of setting
        it. Only the first "--" a positional receives is the end of options."""
        if "--" not in arg_strings or action.nargs in (argparse.PARSER, argparse.REMAINDER):
            return super()._get_values(action, arg_strings)
        kept = _DashesKept(arg_strings)
        if not action.option_strings and not self._separator_seen:
            self._separator_seen = True
            list.remove(kept, "--")
        return super()._get_values(action, kept)

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments: ") and not message.startswith(
            "unrecognized arguments: -"
        ):
            # ``list --tag ha noi``: "noi" was refused, nothing said the tag needed quotes
            message += self._quotes_needed(message.removeprefix("unrecognized arguments: "))
        elif message.startswith("unrecognized arguments: -"):
            # ``diplotui note ID -x``: a text, not an option, the user meant (the example
            # is the command's own: an import's path was told to go after ``note ID``)
            stray = message.removeprefix("unrecognized arguments: ").split()[0]
            example = self._example(stray)
            message += f' (a path or text starting with "-" goes after "--": {example})'
        elif message.startswith("the following arguments are required"):
            # ``diplotui import -notes.txt``: the file named was taken for an option, and
            # the error asked for the file the user had just given
            taken = [
                arg
                for arg in self._given
                if arg.startswith("-") and arg.split("=")[0] not in self._option_string_actions
            ]
            if taken:
                message += (
                    f' ({taken[0]} was read as an option: a path or text starting with "-" '
                    f'goes after "--": {self._example(taken[0])})'
                )
        super().error(message)

    def _quotes_needed(self, strays: str) -> str:
        """Where the words refused (``strays``) follow an option of one value and its value
        (``--tag ha noi``, ``--title New title here``), that words going together go in
        quotes, the option given so; else ""."""
        given = list(self._given)
        words = strays.split()
        starts = [at for at in range(2, len(given)) if given[at : at + len(words)] == words]
        if not starts:
            return ""
        option, value = given[starts[0] - 2], given[starts[0] - 1]
        if option not in _option_strings(self)[1] or value.startswith("-"):
            return ""
        together = " ".join([value, *words])
        return (
            f" ({option} takes one value: words that go together go in quotes,"
            f' {option} "{together}")'
        )

    def _example(self, stray: str) -> str:
        """The command given, with ``stray`` after "--" (the command named where this is
        the top-level parser)."""
        commands = {
            name
            for action in self._actions
            if isinstance(action, argparse._SubParsersAction)
            for name in action.choices
        }
        command = next((arg for arg in self._given if arg in commands), "")
        prog = f"{self.prog} {command}" if command else self.prog
        return f"{prog} ... -- {stray}" if command or commands else f"{prog} -- {stray}"


class WordsJoined(argparse.Action):
    """A name given as several words, quoted or not: ``timeline Ned Price`` and
    ``statements --speaker le hoai trung`` are the name the shell's quotes would have made one
    argument of (unquoted, the second word was taken for FILE_OR_ID, or refused as an
    unrecognized argument). Takes ``nargs="+"``; stores the words joined by a space."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        words = [values] if isinstance(values, str) else list(values or [])
        setattr(namespace, self.dest, " ".join(words))
        if words:  # a positional of "*" words is given none after the options took them
            setattr(namespace, LAST_WORDS, self.dest)


LAST_WORDS = "words_joined_last"
"""The namespace's attribute naming the option of words given last on the command line: the
one that took the words after it, an article id meant for FILE_OR_ID among them
(``statements --since July 1f842a79``)."""


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
        if isinstance(action, WordsJoined) or (
            action.nargs is None
            and isinstance(action, (argparse._StoreAction, argparse._AppendAction))
        ):
            taking_a_value |= long_options
    return every, taking_a_value


def long_options(parser: argparse.ArgumentParser) -> set[str]:
    """Every ``--long`` option of the parser and its commands."""
    return _option_strings(parser)[0]


def values_starting_with_a_dash(
    parser: argparse.ArgumentParser,
    argv: list[str],
    other_options: Callable[[], set[str]] = set,
) -> list[str]:
    """``--note -x`` as ``--note=-x``: argparse reads a value starting with "-" as an option
    and refused "expected one argument", so a note, quote or name opening with a dash ("-x",
    "--urgent", "-10% growth") had to be typed ``--note=-x``. A value that is itself one of the
    options of any command (``--note --tag``: the note forgotten) is left to argparse's
    error; ``other_options`` gives those of the commands ``parser`` has not built, asked for
    only when a value is none of its own."""
    every, taking_a_value = _option_strings(parser)
    every.add("--")  # argparse's end of options is never a value
    others: set[str] | None = None
    joined: list[str] = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            joined += argv[index:]
            break
        following = argv[index + 1] if index + 1 < len(argv) else ""
        if arg in taking_a_value and following.startswith("-") and following not in every:
            if others is None:
                others = other_options()
            if following not in others:
                joined.append(f"{arg}={following}")
                index += 2
                continue
        joined.append(arg)
        index += 1
    return joined


DATE_HELP = (
    '2025-07-18, 2025-07, July, "1 July 2025", "last week", "last month", yesterday, '
    '"3 days ago" (a month without a year: the latest begun by today)'
)
"""The dates ``--since`` and ``--until`` read, as their help says them."""


def add_date_options(parser: argparse.ArgumentParser, since: str, until: str) -> None:
    """``--since`` and ``--until``, each DATE typed as an analyst types it, quoted or not
    (``--since last week``): ``since`` and ``until`` say what they keep."""
    for option, keeps in (("--since", since), ("--until", until)):
        parser.add_argument(
            option, metavar="DATE", nargs="+", action=WordsJoined, help=f"{keeps}: {DATE_HELP}"
        )


def word_after_a_date(args: argparse.Namespace, positional: str) -> bool:
    """``annotations --since July 2025 1f842a79``: ``--since``, given last, took every word
    after it, the id meant for ``positional`` among them, and "July 2025 1f842a79" was
    refused as no date. Its last word is the positional's where the words read as a date
    only without it ("1 July 2025" keeps its 2025); whether it was taken."""
    dest = getattr(args, LAST_WORDS, "")
    if getattr(args, positional, None) is not None or dest not in ("since", "until"):
        return False
    head, _, last = (getattr(args, dest) or "").strip().rpartition(" ")
    if not head.strip():
        return False
    from diplotui.library.query import QueryError, read_dates

    def reads(words: str) -> bool:
        try:
            read_dates(words, "") if dest == "since" else read_dates("", words)
        except QueryError:
            return False
        return True

    if reads(f"{head} {last}") or not reads(head):
        return False
    setattr(args, dest, head.strip())
    setattr(args, positional, last)
    return True
