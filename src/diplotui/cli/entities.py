"""``diplotui entities``: the recogniser's output for a file or a stored article."""

from __future__ import annotations

import argparse
import os
import string
import sys
from pathlib import Path

from diplotui.cli.commands import command_help
from diplotui.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    open_store,
    print_json,
    read_article_text,
    resolve_article,
    say_none_found,
)
from diplotui.inert import inert_line
from diplotui.layout import words_read
from diplotui.markup import is_markdown_origin
from diplotui.model import EntityCorrection, EntitySpan, EntityType


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = subparsers.add_parser("entities", help=command_help("entities"))
    command.add_argument("target", metavar="FILE_OR_ID")
    command.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    command.add_argument(
        "--names",
        action="store_true",
        help="one line per entity (type, mentions, name), named as the app names it",
    )
    command.add_argument(
        "--spacy",
        metavar="MODEL",
        help="also propose people and bodies from this installed spaCy pipeline where the rules"
        " found nothing (default: $DIPLOTUI_SPACY_MODEL; needs pip install 'diplotui[spacy]')",
    )
    command.set_defaults(func=run_entities)


PAGE_READ_AS_TEXT = (
    "a web page, read as text with its markup: import it, then give the article's id to "
    "read its words alone"
)


ID_IS_HEX = "an id is hexadecimal, 0-9 and a-f: diplotui list shows them"


def _read_target(args: argparse.Namespace) -> tuple[str, list[EntityCorrection], str, str]:
    """The text, the corrections that apply to it, its title ("" for a file, whose first
    line is its headline; a stored article's title is kept apart from its text) and the
    article's id ("" for a file)."""
    if not args.target.strip():  # Path("") is the current folder, said to be "a directory"
        raise CommandError("FILE_OR_ID is empty: give a text file or an article id", EXIT_USAGE)
    path = Path(args.target)
    # an id is hex: anything else ("speech.txt" misspelt) names a file, said to be missing
    # rather than taken for an unknown id, as does anything there (a folder, a FIFO, a link)
    # (lexists answers False for a name too long to be a file's: a 300-character id); an id
    # pasted with a space before or after it is the id, unless a file has that very name
    typed = args.target.strip()
    hexadecimal = all(letter in string.hexdigits for letter in typed)
    if not hexadecimal or os.path.lexists(path):
        from diplotui.ingest import IngestError
        from diplotui.ingest.decode import decode, read_bytes
        from diplotui.ingest.formats import HTML_SUFFIXES, sniffs_as_html

        try:  # bytes decoded: CRLF stays two characters, a BOM character 0 (scorer offsets)
            data = read_bytes(path)  # at most 20 MiB, as an import
            # what an import of the file would store, or its refusal: UTF-16 without a BOM
            # or binary data is valid UTF-8 with NULs, and was analysed as text (nothing found)
            decoded = decode(data)
        except IngestError as error:
            if not os.path.lexists(path) and typed.isalnum():  # "1f842a79x": an id
                raise CommandError(f"{path}: {error}, nor an article id ({ID_IS_HEX})") from error
            raise CommandError(f"{path}: {error}") from error
        if decoded.note:
            print(inert_line(f"{path}: {decoded.note}"), file=sys.stderr)
        if path.suffix.lower() in HTML_SUFFIXES or sniffs_as_html(data):
            # its quotations split by tags, a saved page seemed to hold no statement
            print(inert_line(f"{path}: {PAGE_READ_AS_TEXT}"), file=sys.stderr)
        return decoded.text, [], "", ""
    with open_store(args, write=False, names=f"file nor article {typed!r}") as store:
        article_id = resolve_article(store, typed)
        text = read_article_text(store, article_id)
        return text, store.corrections(), store.article(article_id).title, article_id


def say_none_in(what: str, args: argparse.Namespace, article_id: str) -> None:
    """One line on stderr when a text's human listing is empty ("no statements found in
    speech.txt"), as a library-wide query says it: silence read as a command that did not
    run, or a file not read. A JSON listing's ``[]`` says it already."""
    where = f"article {article_id}" if article_id else args.target
    say_none_found(f"no {what} found in {where}")


def failed_on(
    command: str, which: str, args: argparse.Namespace, article_id: str, error: Exception
) -> CommandError:
    """The one line a command of one text ends with when ``which`` ("the recogniser", "the
    finder") raised on it (a bug the text meets), naming the text as :func:`say_none_in`
    does: ``entities FILE`` ended in a traceback, and ``statements`` blamed the finder for
    the recogniser's error."""
    from diplotui.errors import failed

    where = f"article {article_id}" if article_id else args.target
    return CommandError(
        f"{command}: {which} failed on {where} ({failed(error).why}), a bug to report"
    )


def recognised(
    command: str,
    args: argparse.Namespace,
    article_id: str,
    text: str,
    corrections: list[EntityCorrection],
) -> list[EntitySpan]:
    """The text's mentions, or the one line of :func:`failed_on` when the recogniser raises."""
    from diplotui.entities import recognise

    try:
        return recognise(text, corrections)
    except Exception as error:  # a recogniser's bug met by this text
        raise failed_on(command, "the recogniser", args, article_id, error) from error


def is_markdown_target(args: argparse.Namespace, article_id: str) -> bool:
    """Whether FILE_OR_ID is a Markdown file, or an article imported from one: its marks
    are markup, read as spaces (``layout.words_read``), not words."""
    if not article_id:
        return is_markdown_origin(args.target)
    with open_store(args, write=False) as store:
        return store.article(article_id).markdown


def run_entities(args: argparse.Namespace) -> int:
    from diplotui.entities import statistical

    if args.spacy:
        os.environ[statistical.MODEL_SETTING] = args.spacy
    try:
        statistical.check_configured(f"--spacy {args.spacy}" if args.spacy else "")
    except statistical.BackendUnavailable as error:
        raise CommandError(str(error)) from error
    text, corrections, _, article_id = _read_target(args)  # the recogniser reads no title
    text = words_read(text, is_markdown_target(args, article_id))  # as the app reads it
    spans = recognised("entities", args, article_id, text, corrections)
    if args.names:
        if not _print_names(spans, corrections, args.jsonl) and not args.jsonl:
            say_none_in("entities", args, article_id)
        return EXIT_OK
    if not spans and not args.jsonl:
        say_none_in("entities", args, article_id)
    for span in spans:
        if args.jsonl:
            record = {"start": span.start, "end": span.end, "type": span.type, "text": span.text}
            print_json(record, indent=None)
        else:
            print(inert_line(f"{span.start:>7}-{span.end:<7} {span.type:<6} {span.text}"))
    return EXIT_OK


def _print_names(spans: list[EntitySpan], corrections: list[EntityCorrection], jsonl: bool) -> int:
    """The entities of a text's mentions as the app's sidebar lists them: by type, the most
    mentioned first; returns how many."""
    from diplotui.entities import display_name
    from diplotui.library.entity_cache import grouped_entities

    type_order = {kind.value: position for position, kind in enumerate(EntityType)}
    named = [
        (entity_type, display_name(spellings), sum(spellings.values()), key)
        for key, entity_type, spellings in grouped_entities(spans, corrections)
    ]
    named.sort(
        key=lambda row: (type_order.get(row[0], len(type_order)), -row[2], row[1].casefold())
    )
    for entity_type, name, mentions, key in named:
        if jsonl:
            record = {"type": entity_type, "name": name, "mentions": mentions, "key": key}
            print_json(record, indent=None)
        else:
            print(f"{entity_type:<6} {mentions:>5}  {inert_line(name)}")
    return len(named)
