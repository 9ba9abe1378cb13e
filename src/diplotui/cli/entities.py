"""``diplotui entities``: the recogniser's output for a file or a stored article."""

from __future__ import annotations

import argparse
from pathlib import Path

from diplotui.cli.common import (
    EXIT_OK,
    CommandError,
    open_store,
    print_json,
    read_article_text,
    resolve_article,
)
from diplotui.inert import inert_line


def register(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser(
        "entities", help="list the named entities of a text file or a stored article"
    )
    command.add_argument("target", metavar="FILE_OR_ID")
    command.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    command.set_defaults(func=run_entities)


def _read_target(args: argparse.Namespace) -> tuple[str, list]:
    path = Path(args.target)
    try:
        is_file = path.is_file()
    except OSError:  # e.g. a 300-character id is too long for a file name: it is an id
        is_file = False
    if is_file:
        try:
            # newline="" keeps CRLF as two characters and the BOM as character 0 (scorer offsets)
            with open(path, encoding="utf-8", newline="") as handle:
                return handle.read(), []
        except UnicodeDecodeError as error:
            raise CommandError(f"{path}: not UTF-8 at byte {error.start}") from error
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}") from error
    with open_store(args, write=False) as store:
        article_id = resolve_article(store, args.target)
        return read_article_text(store, article_id), store.corrections()


def run_entities(args: argparse.Namespace) -> int:
    from diplotui.entities import recognise

    text, corrections = _read_target(args)
    spans = recognise(text, corrections)
    for span in spans:
        if args.jsonl:
            record = {"start": span.start, "end": span.end, "type": span.type, "text": span.text}
            print_json(record, indent=None)
        else:
            print(inert_line(f"{span.start:>7}-{span.end:<7} {span.type:<6} {span.text}"))
    return EXIT_OK
