"""Quote and metadata commands: ``quote``, ``quotes``, ``export`` and ``meta``."""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Callable

from diplotui.cite import (
    DEFAULT_STYLE,
    STYLE_SETTING,
    STYLES,
    clean_field,
    format_quote,
    safe_url,
)
from diplotui.cli.commands import command_help
from diplotui.cli.common import (
    EMPTY_OUTPUT,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    fail,
    one_line,
    open_store,
    print_json,
    refuse_empty,
    resolve_article,
    resolve_highlight,
    say_none_found,
    say_unchecked,
    to_file,
    typed_tag,
    utf8_text,
    write_or_print,
)
from diplotui.dates import ARTICLE_YEARS, NO_SUCH_DAY, NOT_A_DATE, article_date_refused
from diplotui.export import FORMATS, FORMATS_SAID, export_parts, for_file, said_words
from diplotui.inert import inert_block, inert_line, inert_words
from diplotui.ingest.update import DETAILS, changed_when, correct_details
from diplotui.layout import shown_blocks
from diplotui.model import AnchorStatus, Article, Highlight
from diplotui.statements.said import elided, highlight_quoted
from diplotui.store import Store, StoreError, UnknownId
from diplotui.text.tag_names import names_tag, tags_starting

META_FIELDS = DETAILS


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    quote = subparsers.add_parser("quote", help=command_help("quote"))
    quote.add_argument("id", help="highlight id (a unique prefix is enough)")
    quote.add_argument(  # "Chicago", "APA", as the README and the app name them, are taken too
        "--style", type=str.lower, choices=STYLES, help="citation style (default: the last used)"
    )
    quote.add_argument("--shorten", action="store_true", help="shorten a long quote with …")
    quote.add_argument(
        "--copy", action="store_true", help="also copy it (and keep it in the quote history)"
    )
    quote.set_defaults(func=run_quote)

    quotes = subparsers.add_parser("quotes", help=command_help("quotes"))
    quotes.add_argument("--json", action="store_true", help="print JSON objects")
    quotes.set_defaults(func=run_quotes)

    exporter = subparsers.add_parser("export", help=command_help("export"))
    exporter.add_argument(
        "--format",
        type=str.lower,
        choices=FORMATS,
        default="markdown",
        dest="fmt",
        # the four were named and none said: which is the brief, which a spreadsheet reads
        help="; ".join(
            f"{name}{' (default)' if name == 'markdown' else ''}: {FORMATS_SAID[name]}"
            for name in FORMATS
        ),
    )
    exporter.add_argument(
        "--article", action="append", metavar="ID", help="only this article (repeatable)"
    )
    exporter.add_argument("--tag", help="only articles and highlights with TAG")
    exporter.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")
    exporter.add_argument("--force", action="store_true", help="overwrite an existing FILE")
    exporter.set_defaults(func=run_export)

    meta = subparsers.add_parser("meta", help=command_help("meta"))
    meta.add_argument("id", help="article id (a unique prefix is enough)")
    for name in META_FIELDS:
        meta.add_argument(f"--{name}", metavar="YYYY[-MM[-DD]]" if name == "date" else None)
    meta.set_defaults(func=run_meta)


def _terminal() -> str | None:
    """The controlling terminal, else the terminal this command prints to (a process started
    without a controlling terminal, by ``setsid`` or a job runner, may still print to one)."""
    try:
        os.close(os.open("/dev/tty", os.O_WRONLY | os.O_NOCTTY))
    except OSError:
        pass
    else:
        return "/dev/tty"
    for stream in (sys.stderr, sys.stdout, sys.stdin):
        try:
            if stream is not None and stream.isatty():
                return os.ttyname(stream.fileno())
        except (OSError, ValueError):
            continue
    return None


def _tty_osc52() -> Callable[[str], None] | None:
    """A writer of OSC 52 to the user's terminal, as the app writes it, or None without one."""
    terminal = _terminal()
    if terminal is None:
        return None

    def write(text: str) -> None:
        from diplotui.clipboard import osc52_sequence

        fd = os.open(terminal, os.O_WRONLY | os.O_NOCTTY)
        try:
            os.write(fd, osc52_sequence(text).encode("ascii"))
        finally:
            os.close(fd)

    return write


def _shown(
    store: Store, highlight: Highlight, article: Article
) -> tuple[Highlight, str, bool, str, bool, str]:
    """The highlight naming the speaker the app names (the finder's answer now, for a
    speaker of the finder's: ``anchoring.spoken_now``), its words as the reader shows them,
    as the app copies them (a statement's: its speaker's words), whether it is a reported
    statement, the verb that introduced it, whether its words stop short of their sentence,
    and the verb before a colon of its statement (``said.colon_verb``)."""
    try:
        text = store.article_text(highlight.article_id)
    except StoreError:
        text = ""  # an unreadable body: the stored quote, cleaned, still cites
    else:
        highlight = _placed(highlight, text)
    markdown = article.markdown
    blocks = shown_blocks(text, article.title, markdown)
    if not highlight.speaker:
        shown = highlight_quoted(text, highlight, blocks, markdown)
        return highlight, shown, False, "", False, "said"
    from diplotui.anchoring import speaker_kept, spoken_now
    from diplotui.library.statement_cache import ArticleStatements

    statements_of = ArticleStatements(store, [article])
    statements = statements_of(article) if text else []
    failed = statements_of.failed(article) if text else ""
    if failed:
        say_unchecked([(article, failed)])
    if text and speaker_kept(highlight, text, statements, bool(failed)) == "unfound":
        print(
            f"diplotui: highlight {highlight.id}: cited as said by {inert_line(highlight.speaker)}"
            ", as the finder named the speaker then: it finds no statement at these words now",
            file=sys.stderr,
        )
    highlight = spoken_now(highlight, text, statements) if text else highlight
    words, said = said_words(text, highlight, blocks, markdown, statements)
    return highlight, elided(words, said), not said.direct, said.verb, said.cut, said.colon


def _placed(highlight: Highlight, text: str) -> Highlight:
    """The highlight where ``text`` holds its words, as the app shows it: offsets a hand edit
    broke would quote other words, or read a direct quotation as reported. An orphan's words
    are not in the article: they are refused, not cited as its."""
    from diplotui.anchoring import cited

    where = cited(highlight, text)
    if where.status == AnchorStatus.ORPHAN.value:
        raise CommandError(
            f"highlight {highlight.id}: its words are no longer found in article "
            f"{highlight.article_id} (an orphan: re-attach it in the app), so they cannot be "
            "quoted from it"
        )
    if where.quote != highlight.quote and where.status == AnchorStatus.DRIFTED.value:
        print(
            f"diplotui: highlight {highlight.id}: the article's words there changed since it "
            "was made; quoted as the article reads now, as the app's 'y' copies it",
            file=sys.stderr,
        )
    return where


def run_quote(args: argparse.Namespace) -> int:
    refuse_empty("quote", args, "id")  # before a new store is seeded to say no id is ""
    with open_store(args, write=args.copy, names=f"highlight {args.id!r}") as store:
        highlight = store.highlight(resolve_highlight(store, args.id))
        try:
            article = store.article(highlight.article_id)
        except UnknownId:
            raise CommandError(
                f"highlight {highlight.id}: its article {inert_line(highlight.article_id)} is "
                "missing from the store (run 'diplotui doctor')"
            ) from None
        style = args.style or store.setting(STYLE_SETTING, DEFAULT_STYLE)
        if style not in STYLES:
            style = DEFAULT_STYLE
        highlight, words, reported, verb, cut, colon_verb = _shown(store, highlight, article)
        text = format_quote(
            words,
            article,
            style,
            shorten=args.shorten,
            speaker=highlight.speaker,  # a statement's highlight cites it, as the app's ``y``
            role=highlight.speaker_role,
            reported=reported,
            verb=verb,
            cut=cut,
            colon_verb=colon_verb,
        )
        print(text)
        if not args.copy:
            return EXIT_OK
        from diplotui.clipboard import copy_quote  # pyperclip: only a copy needs it

        store.set_setting(STYLE_SETTING, style)
        result = copy_quote(
            store,
            text,
            style=style,
            article_id=article.id,
            highlight_id=highlight.id,
            osc52=_tty_osc52(),
        )
    print(f"diplotui: {result.message}", file=sys.stderr)
    return EXIT_OK if result.copied else EXIT_FAILED


def run_quotes(args: argparse.Namespace) -> int:
    with open_store(args, write=False) as store:
        records = store.quotes()
    if args.json:
        print_json([r.to_dict() for r in records])
        return EXIT_OK
    if not records:
        say_none_found(
            "the quote history is empty: y in the app, or diplotui quote ID --copy, adds to it"
        )
    for record in records:
        head = f"{record.id}  {record.created_at}  {record.style}  {record.highlight_id}"
        print(inert_line(head).rstrip())
        for line in inert_block(record.text).split("\n"):
            print(f"    {line}".rstrip())
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    unreadable: list[str] = []
    flagged: list[str] = []
    shortened: list[str] = []
    # refused before a new store is seeded: an empty -o, an empty id, a tag of no words
    if args.output == "":
        raise CommandError(EMPTY_OUTPUT)
    refuse_empty("export", args, "--article")
    if args.tag is not None:
        args.tag = typed_tag("export", args.tag)
    named = f"article {args.article[0]!r}" if args.article else ""
    with open_store(args, write=False, names=named) as store:
        ids = [resolve_article(store, value) for value in args.article] if args.article else None
        if args.tag is not None and not names_tag(store.tag_counts(), args.tag):
            # a misspelt tag wrote an empty brief that an analyst then sent on: refused, the
            # tag in use it starts named, as the listings' --tag name it
            started = tags_starting(store.tag_counts(), args.tag)
            whole = f' (a tag is given whole: --tag "{started[0]}")' if started else ""
            raise CommandError(
                f"export: no article or highlight is tagged #{inert_line(args.tag)}"
                f"{inert_line(whole)}: nothing written"
            )
        from diplotui.library.statement_cache import ArticleStatements

        statements_of = ArticleStatements(store)
        pieces = export_parts(
            store,
            args.fmt,
            article_ids=ids,
            tag=args.tag,
            unreadable=unreadable,
            statements_of=statements_of,
            flagged=flagged,
            shortened=shortened,
        )
        marked = for_file(args.fmt, "") if to_file(args.output) else ""
        # written as read, a run of articles at a time (a file, once whole, under its name)
        write_or_print(itertools.chain((marked,), pieces), args.output, args.force, store.path)
        statements_of.save()  # once, what was found for all the articles
    for line in shortened:
        fail(line)  # what was cut, and where: the library keeps it whole
    for line in flagged:
        fail(line)  # written as the store holds it: the note is settled with 'note'
    for line in unreadable:
        fail(line)  # the rest is written; 'diplotui doctor' explains and restores
    return EXIT_FAILED if unreadable else EXIT_OK


def _changes(args: argparse.Namespace) -> dict[str, object]:
    """The requested metadata changes, cleaned and validated (usage errors exit 2)."""
    changes: dict[str, object] = {}
    for name in META_FIELDS:
        value = getattr(args, name)
        if value is None:
            continue
        value = one_line(clean_field(utf8_text(value, f"--{name}")), f"--{name}")
        if name == "title" and not value:
            raise CommandError("the title cannot be empty", EXIT_USAGE)
        if name == "date":
            if value and (refused := article_date_refused(value)):
                why = (
                    "use YYYY, YYYY-MM or YYYY-MM-DD"
                    if refused == NOT_A_DATE
                    else "the calendar has no such day"
                    if refused == NO_SUCH_DAY
                    else f"it is {refused} ({ARTICLE_YEARS})"
                )
                raise CommandError(f"invalid date {value!r}: {why}", EXIT_USAGE)
            changes["date_is_guess"] = False
        if name == "url" and value and not safe_url(value):
            raise CommandError(f"invalid URL {value!r}: use an http(s) address", EXIT_USAGE)
        if name == "url" and " " in value:  # a citation joins the words: another address
            raise CommandError(
                f"invalid URL {value!r}: it holds a space (write it %20)", EXIT_USAGE
            )
        changes[name] = value
    return changes


def run_meta(args: argparse.Namespace) -> int:
    changes = _changes(args)
    with open_store(args, write=bool(changes), names=f"article {args.id!r}") as store:
        article = store.article(resolve_article(store, args.id))
        if changes:
            article = correct_details(store, article, changes)
    print(f"id:     {article.id}")
    for name in META_FIELDS:
        value = inert_words(getattr(article, name))  # as the app shows it: seen, not obeyed
        if name == "date" and value and article.date_is_guess:
            value += " (guessed)"
        print(f"{name + ':':<7} {value}".rstrip())
    if article.text_changed_at:
        print(f"text:   updated {changed_when(article)} (its source changed)")
    return EXIT_OK
