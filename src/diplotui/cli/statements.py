"""``diplotui statements``: who said what, in one text or across the library."""

from __future__ import annotations

import argparse
import json

from diplotui.cli.common import EXIT_OK, EXIT_USAGE, CommandError
from diplotui.cli.entities import _read_target
from diplotui.inert import inert_line
from diplotui.model import Statement


def register(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "statements",
        help="who said what: the statements of a text file or stored article, "
        "or of a speaker across the library",
    )
    command.add_argument("target", metavar="FILE_OR_ID", nargs="?")
    command.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    command.set_defaults(func=run_statements)


def _record(statement: Statement) -> dict[str, object]:
    return statement.to_dict()


def run_statements(args: argparse.Namespace) -> int:
    from diplotui.entities import recognise
    from diplotui.statements import find_statements

    if not args.target:
        raise CommandError("statements: give a FILE_OR_ID", EXIT_USAGE)
    text, corrections = _read_target(args)
    for statement in find_statements(text, recognise(text, corrections)):
        if args.jsonl:
            print(json.dumps(_record(statement), ensure_ascii=False))
        else:
            print(_line(statement))
    return EXIT_OK


def _line(statement: Statement) -> str:
    who = statement.speaker + (f" ({statement.role})" if statement.role else "")
    return inert_line(
        f"{statement.start:>7}-{statement.end:<7} {statement.kind:<8} {who} "
        f"{statement.verb_past}: {statement.text}"
    )
