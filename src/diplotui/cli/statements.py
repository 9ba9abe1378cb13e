"""``diplotui statements``: who said what, in one text or across the library."""

from __future__ import annotations

import argparse
import json
import sys

from diplotui.cli.common import EXIT_OK, EXIT_USAGE, CommandError, open_store, say_none_found
from diplotui.cli.entities import _read_target
from diplotui.inert import inert_line
from diplotui.model import Statement


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = subparsers.add_parser(
        "statements",
        help="who said what: the statements of a text file or stored article, "
        "or across the library (--speaker, --since ...)",
    )
    command.add_argument(
        "target", metavar="FILE_OR_ID", nargs="?", help="a text file or article id"
    )
    formats = command.add_mutually_exclusive_group()
    formats.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    formats.add_argument("--json", action="store_true", help="print one JSON array")
    command.add_argument(
        "--speaker",
        metavar="NAME",
        help='only statements of NAME (any spelling; words may be cut short: "le ho", "Lavr"; '
        "in double quotes, that whole name only: '\"Le Hoai\"')",
    )
    command.add_argument(
        "--role", help='only speakers whose role has the words of ROLE, or their starts ("dep min")'
    )
    command.add_argument(
        "--org", help="only speakers whose organisation has the words of ORG, or their starts"
    )
    command.add_argument("--tag", help="only articles tagged TAG")
    command.add_argument("--since", metavar="DATE", help="only articles dated DATE or later")
    command.add_argument("--until", metavar="DATE", help="only articles dated DATE or earlier")
    command.set_defaults(func=run_statements)

    timeline = subparsers.add_parser(
        "timeline", help="statements and dated events of a person or body, oldest first"
    )
    timeline.add_argument("name", metavar="NAME", help="a person, body or place (any spelling)")
    timeline.add_argument("--json", action="store_true", help="print one JSON array")
    timeline.set_defaults(func=run_timeline)


def _check_name(command: str, what: str, name: str) -> None:
    """Refuse a name that can match no one: it would list nothing (or, empty, everything)."""
    from diplotui.library.statements import name_words

    if not name.strip():
        raise CommandError(f"{command}: {what} is empty", EXIT_USAGE)
    if not name_words(name):
        raise CommandError(
            f"{command}: {what} {name.strip()!r} has no letters or digits to name anyone",
            EXIT_USAGE,
        )


def run_statements(args: argparse.Namespace) -> int:
    if args.speaker is not None:
        _check_name("statements", "--speaker", args.speaker)
    if args.target:
        if any((args.speaker, args.role, args.org, args.tag, args.since, args.until)):
            raise CommandError(
                "statements: filters apply to the library; leave out FILE_OR_ID", EXIT_USAGE
            )
        return _one_text(args)
    return _library(args)


def _one_text(args: argparse.Namespace) -> int:
    from diplotui.entities import recognise
    from diplotui.statements import find_statements

    text, corrections, title = _read_target(args)
    found = find_statements(text, recognise(text, corrections), title=title)
    if args.json:
        print(json.dumps([s.to_dict() for s in found], ensure_ascii=False, indent=1))
        return EXIT_OK
    for statement in found:
        if args.jsonl:
            print(json.dumps(statement.to_dict(), ensure_ascii=False))
        else:
            print(_line(statement))
    return EXIT_OK


def _line(statement: Statement) -> str:
    from diplotui.library.statements import speaker_label

    return inert_line(
        f"{statement.start:>7}-{statement.end:<7} {statement.kind:<8} "
        f"{speaker_label(statement)}: {statement.text}"
    )


def _library(args: argparse.Namespace) -> int:
    from diplotui.library.query import QueryError
    from diplotui.library.statement_cache import StatementCache
    from diplotui.library.statements import StatementQuery, said_words, speaker_label

    query = StatementQuery(
        speaker=args.speaker or "",
        role=args.role or "",
        organisation=args.org or "",
        tag=args.tag or "",
        since=args.since or "",
        until=args.until or "",
    )
    with open_store(args, write=False) as store:
        try:
            articles = query.articles(store)
        except QueryError as error:
            raise CommandError(str(error), EXIT_USAGE) from error
        cache = StatementCache.load(store)
        cache.prune(store.articles())
        missing = cache.missing(articles)
        if missing and sys.stderr.isatty():
            print(f"diplotui: finding statements in {len(missing)} articles…", file=sys.stderr)
        cache.fill(store, missing)
        found = query.select(articles, cache)
    records = [
        {
            "article_id": item.article.id,
            "title": item.article.title,
            "date": item.article.date,
            "source": item.article.source,
            **item.statement.to_dict(),
        }
        for item in found
    ]
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=1))
    elif args.jsonl:
        for record in records:
            print(json.dumps(record, ensure_ascii=False))
    else:
        if not found:
            say_none_found("no statement matches")
        for item in found:
            article = item.article
            date = article.date_label or "undated"
            reported_in = f"{article.title} · {article.source}" if article.source else article.title
            print(
                inert_line(
                    f"{date:<11} {speaker_label(item.statement)}"
                    f"{said_words(item.statement, item.statement.text)} "
                    f"— {reported_in} [{article.id[:8]}]"
                )
            )
    return EXIT_OK


def run_timeline(args: argparse.Namespace) -> int:
    from diplotui.library.timeline import entity_timeline

    _check_name("timeline", "NAME", args.name)
    with open_store(args, write=False) as store:
        entries = entity_timeline(store, args.name)
    if args.json:
        records = [
            {
                "date": entry.date_text() or None,
                "date_is_guess": entry.date_is_guess(),
                "kind": entry.kind,
                "article_id": entry.article.id,
                "title": entry.article.title,
                "start": entry.start,
                "end": entry.end,
                "text": entry.text,
                "speaker": entry.statement.speaker if entry.statement else "",
            }
            for entry in entries
        ]
        print(json.dumps(records, ensure_ascii=False, indent=1))
        return EXIT_OK
    from diplotui.library.statements import said_words, speaker_label

    if not entries:
        say_none_found(f"no statement or dated event of {args.name.strip()!r}")
    for entry in entries:
        what = entry.text
        if entry.statement is not None:
            what = speaker_label(entry.statement) + said_words(entry.statement, entry.text)
        print(inert_line(f"{entry.date_label():<12} {what} [{entry.article.id[:8]}]"))
    return EXIT_OK
