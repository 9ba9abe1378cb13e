"""``diplotui statements``: who said what, in one text or across the library."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import string
import sys
from dataclasses import replace

from diplotui.cite import clean_field
from diplotui.cli.commands import command_help
from diplotui.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    cut_line,
    open_store,
    print_json,
    read_article_text,
    refuse_empty,
    resolve_article,
    say_dates_read,
    say_failed,
    say_none_found,
    say_unreadable,
    say_unsaved,
    typed_tag,
    untagged,
    utf8_text,
)
from diplotui.cli.entities import (
    _read_target,
    failed_on,
    is_markdown_target,
    recognised,
    say_none_in,
)
from diplotui.cli.parsing import (
    LAST_WORDS,
    WordsJoined,
    add_date_options,
    positive_int,
    word_after_a_date,
)
from diplotui.inert import inert_line
from diplotui.layout import words_read
from diplotui.model import Article, SpeakerCorrection, Statement
from diplotui.text.plural import plural


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = subparsers.add_parser(
        "statements",
        help=command_help("statements"),
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
        nargs="+",
        action=WordsJoined,
        help='only statements of NAME (any spelling; words may be cut short: "le ho", "Lavr"; '
        "in double quotes, that whole name only: '\"Le Hoai\"')",
    )
    command.add_argument(
        "--role",
        nargs="+",
        action=WordsJoined,
        help='only speakers whose role has the words of ROLE, or their starts ("dep min"); '
        "words in double quotes side by side, in order ('\"deputy spokesperson\"')",
    )
    command.add_argument(
        "--org",
        nargs="+",
        action=WordsJoined,
        help="only speakers whose organisation has the words of ORG, or their starts "
        "(in double quotes, side by side)",
    )
    command.add_argument("--tag", help="only articles tagged TAG")
    add_date_options(
        command,
        "only statements made on DATE or later (the day the attribution gives, else the "
        "article's date)",
        "only statements made on DATE or earlier (as --since)",
    )
    command.set_defaults(func=run_statements)

    speaker = subparsers.add_parser(
        "speaker",
        help=command_help("speaker"),
        description="Give the statement holding TEXT to NAME (--name), or say it is no "
        "statement (--none). The correction follows the words when the text is updated; "
        "one whose words are gone is listed as an orphan.",
    )
    speaker.add_argument("id", help="article id (a unique prefix is enough)")
    speaker.add_argument(
        "--quote", metavar="TEXT", help="words of the statement (as `highlight --quote`)"
    )
    speaker.add_argument(
        "--occurrence", type=positive_int, metavar="N", help="which occurrence of TEXT (from 1)"
    )
    who = speaker.add_mutually_exclusive_group()
    who.add_argument("--name", metavar="NAME", help="who said it")
    who.add_argument("--none", action="store_true", help="the words are no statement")
    who.add_argument(
        "--remove", metavar="CORRECTION_ID", help="take back a correction (the finder's again)"
    )
    speaker.add_argument(
        "--role",
        default="",
        help="the speaker's role, with --name (else the one the article gives them)",
    )
    speaker.add_argument("--org", default="", help="the speaker's organisation, with --name")
    speaker.set_defaults(func=run_speaker)

    timeline = subparsers.add_parser("timeline", help=command_help("timeline"))
    timeline.add_argument(
        "name",
        metavar="NAME",
        nargs="*",  # "+": timeline --since July Le Hoai Trung, the name taken as the date's
        action=WordsJoined,
        help="a person, body or place (any spelling; several words, quoted or not)",
    )
    timeline.add_argument("--json", action="store_true", help="print one JSON array")
    timeline.add_argument("--tag", help="only entries of articles tagged TAG")
    add_date_options(
        timeline,
        "only entries made or happening on DATE or later (a statement's day as statements"
        " --since reads it, an event's its sentence's, else its article's)",
        "only entries made or happening on DATE or earlier (as --since)",
    )
    timeline.set_defaults(func=run_timeline)


def _check_name(command: str, what: str, name: str) -> None:
    """Refuse a name that can match no one: it would list nothing (or, empty, everything);
    a role or organisation of words nearly every one holds ("the") would list nearly all."""
    from diplotui.library.statements import ORG_WORDS, ROLE_WORDS, filters_nothing, name_words

    if not name.strip():
        raise CommandError(f"{command}: {what} is empty", EXIT_USAGE)
    if not name_words(name):
        raise CommandError(
            f"{command}: {what} {cut_line(name, 80)!r} has no letters or digits to name anyone",
            EXIT_USAGE,
        )
    whose = {"--role": ROLE_WORDS, "--org": ORG_WORDS}.get(what)
    why = filters_nothing(cut_line(name, 80), whose) if whose else ""
    if why:
        raise CommandError(f"{command}: {what} {why}", EXIT_USAGE)


def run_statements(args: argparse.Namespace) -> int:
    for flag, name in (("--speaker", args.speaker), ("--role", args.role), ("--org", args.org)):
        if name is not None:  # "" filtered nothing: every statement was listed
            _check_name("statements", flag, name)
    refuse_empty("statements", args, "--tag", "--since", "--until")
    _id_after_words(args)
    _dates_in_the_name(args, "speaker")
    if args.tag is not None:
        args.tag = typed_tag("statements", args.tag)
    if args.target is not None:  # "" is a FILE_OR_ID mistyped, not the whole library
        if any((args.speaker, args.role, args.org, args.tag, args.since, args.until)):
            # "what has X said since July in this article": the filters over its statements
            return _library(args, only=_filtered_article(args))
        return _one_text(args)
    return _library(args)


def _dates_in_the_name(args: argparse.Namespace, dest: str) -> None:
    """``statements --speaker le hoai trung since July`` (``timeline le hoai trung since
    July``): the question as asked, its dates read as ``--since July``, as ``W`` reads
    them; they were a name's words, "no speaker's name has the words "le hoai trung since
    July"". A bound given by its option too is left as typed (asked twice)."""
    typed_name = getattr(args, dest) or ""
    if " " not in typed_name.strip():
        return
    from diplotui.library.statements import StatementQuery

    typed = StatementQuery.parse(typed_name)
    if not (typed.since or typed.until) or not typed.speaker.strip():
        return
    if typed.role or typed.organisation or typed.tag:
        return  # a name holding "role:" is no question of ours
    if (typed.since and args.since) or (typed.until and args.until):
        return
    setattr(args, dest, typed.speaker)
    args.since = args.since or typed.since or None
    args.until = args.until or typed.until or None


_WORDS_OPTIONS = {"speaker", "role", "org"}
_DATE_OPTIONS = {"since", "until"}


def _id_after_words(args: argparse.Namespace) -> None:
    """``statements --since July 1f842a79``: the option of words given last took the id
    meant for FILE_OR_ID (argparse gives it every word up to the next option), and
    "July 1f842a79" was refused as no date, "le hoai trung 49636c1d" found no speaker. Its
    last word is FILE_OR_ID where the words cannot hold it: a date read only without it
    ("1 July 2025" keeps its 2025), an id of the library's articles after a name, role or
    organisation, or a file's path (a dot or a slash in it) that exists."""
    dest = getattr(args, LAST_WORDS, "")
    if args.target is not None or dest not in _WORDS_OPTIONS | _DATE_OPTIONS:
        return
    value = getattr(args, dest) or ""
    head, _, last = value.strip().rpartition(" ")
    if not head.strip():
        return
    a_file = any(mark in last for mark in "./") and os.path.isfile(last)
    an_id = len(last) >= 4 and all(letter in string.hexdigits for letter in last)
    if not (a_file or an_id):
        return
    if dest in _DATE_OPTIONS:
        word_after_a_date(args, "target")
        return
    # a name's last word is an id's start only as long as the listings give one ("2025" of
    # --org ASEAN 2025 could begin an article's id)
    if a_file or (len(last) >= _ID_AFTER_A_NAME and _an_article(args, last)):
        setattr(args, dest, head.strip())
        args.target = last


_ID_AFTER_A_NAME = 6
"""The fewest letters of an id taken after a name, role or organisation's words (listings
give eight: "[1f842a79]")."""


def _an_article(args: argparse.Namespace, prefix: str) -> bool:
    """Whether ``prefix`` begins the id of an article of the library (of one or several:
    an ambiguous prefix is said as FILE_OR_ID's is)."""
    from diplotui.store import AmbiguousId, UnknownId

    with open_store(args, write=False) as store:
        try:
            store.resolve_article_id(prefix)
        except UnknownId:
            return False
        except AmbiguousId:
            return True
    return True


def _filtered_article(args: argparse.Namespace) -> str:
    """The stored article whose statements the filters are to pass (its id); a file's are
    found afresh, never stored: the filters, which read the library's, are refused there
    with the way to have them."""
    typed = args.target.strip()
    target = inert_line(cut_line(args.target, 80))
    hexadecimal = bool(typed) and all(letter in string.hexdigits for letter in typed)
    if not hexadecimal and not os.path.lexists(typed):  # "Doe" of --speaker Jane: no target
        # "--tag bien dong": the tag's second word taken for FILE_OR_ID, which no one gave
        quoted = f' (--tag takes one tag: in quotes, --tag "{args.tag} {target}")'
        raise CommandError(
            f"statements: filters apply to the library; leave out FILE_OR_ID ({target!r})"
            + (quoted if args.tag else ""),
            EXIT_USAGE,
        )
    if not hexadecimal or os.path.lexists(typed):
        given = [
            flag
            for flag, value in (
                ("--speaker", args.speaker),
                ("--role", args.role),
                ("--org", args.org),
                ("--tag", args.tag),
                ("--since", args.since),
                ("--until", args.until),
            )
            if value
        ]
        raise CommandError(
            f"statements: {', '.join(given)} filter{'s' if len(given) == 1 else ''} the"
            " library's articles, not a file's: import it (diplotui import"
            f" {shlex.quote(inert_line(args.target))}), then give its id, or leave out"
            " FILE_OR_ID",
            EXIT_USAGE,
        )
    with open_store(args, write=False, names=f"article {typed!r}") as store:
        return resolve_article(store, typed)


def _one_text(args: argparse.Namespace) -> int:
    from diplotui.statements.found import statements_of

    text, corrections, title, article_id = _read_target(args)
    markdown = is_markdown_target(args, article_id)  # its marks are not its words
    read = words_read(text, markdown)
    spans = recognised("statements", args, article_id, read, corrections)
    try:
        found = statements_of(read, spans, title)
    except Exception as error:  # a finder's bug met by this text: one line, not a traceback
        raise failed_on("statements", "the finder", args, article_id, error) from error
    if article_id:
        from diplotui.statements.corrections import correct_statements

        with open_store(args, write=False) as store:
            found = correct_statements(found, text, store.speaker_corrections(article_id))
    if args.json:
        print_json([_record(s, text, markdown) for s in found], indent=1)
        return EXIT_OK
    if not found and not args.jsonl:
        say_none_in("statements", args, article_id)
    for statement in found:
        if args.jsonl:
            print_json(_record(statement, text, markdown), indent=None)
        else:
            print(_line(statement, text, markdown))
    return EXIT_OK


def _record(statement: Statement, text: str, markdown: bool = False) -> dict[str, object]:
    """A statement's JSON object, its words as the reader shows them (a soft wrap of a
    hard-wrapped text a space, a Markdown article's marks left out), its offsets into the
    text as stored."""
    from diplotui.library.statement_lines import shown_statement

    return {**_fields(statement), "text": shown_statement(statement, text, markdown)}


def _fields(statement: Statement) -> dict[str, object]:
    """A statement's fields for JSON: ``speaker`` as the article names them (as the
    guidelines name a speaker: "Mali's foreign ministry"), ``listed_as`` the name every
    listing groups them under ("Ministry of Foreign Affairs (Mali)", what ``--speaker``,
    ``W`` and ``timeline`` find)."""
    fields = statement.to_dict()
    named_as = fields.pop("named_as")
    return {**fields, "speaker": named_as or statement.speaker, "listed_as": statement.speaker}


def _line(statement: Statement, text: str, markdown: bool = False) -> str:
    """A statement as the finder found it (offsets, kind, words) after its speaker and the
    verb, joined as every listing joins them (``said_lead``): "called on delegates to ...",
    "said: both sides ..." (the article's "told reporters that"), 'said: “We are ready”'."""
    from diplotui.cite import curly_quotes
    from diplotui.library.statement_lines import (
        names_itself,
        quotation,
        said_in,
        said_lead,
        shown_statement,
        speaker_label,
    )

    said = said_in(statement, text, markdown=markdown)
    direct = statement.kind == "direct"
    verb, joint = said_lead(direct, said.verb, statement.verb_past)
    words = said.words if said.verb and not direct else shown_statement(statement, text, markdown)
    # as every listing gives them: words naming their speaker alone ("Wang Yi said so.")
    named = (
        ""
        if names_itself(statement, words, direct, verb)
        else speaker_label(statement, verb=verb) + joint
    )
    words = quotation(words) if direct else curly_quotes(words)
    return inert_line(f"{statement.start:>7}-{statement.end:<7} {statement.kind:<8} {named}{words}")


def _library(args: argparse.Namespace, only: str = "") -> int:
    """The library's statements the filters pass (``only``: of that article alone, archived
    or not, as ``statements ID`` lists an archived article's)."""
    from diplotui.library.query import QueryError
    from diplotui.library.reading import ARCHIVED, state_of
    from diplotui.library.speaker_names import did_you_mean, found_as_organisation
    from diplotui.library.statement_cache import StatementCache
    from diplotui.library.statements import (
        StatementIndex,
        StatementQuery,
        archived_articles,
        date_label,
        is_whole_name,
        listed_apart,
        made,
        not_named_whole,
        role_forms,
        said_as_stored,
        said_row,
        shown_as_stored,
        statement_date,
        undated_statements,
    )
    from diplotui.statements.when import said_date

    query = StatementQuery(
        speaker=args.speaker or "",
        role=args.role or "",
        organisation=args.org or "",
        tag=args.tag or "",
        since=args.since or "",
        until=args.until or "",
    )
    try:
        query.library_query()  # a bad date is refused before a new store is seeded
        read = query.dates_read()
    except QueryError as error:
        raise CommandError(str(error), EXIT_USAGE) from error
    say_dates_read(read)  # "--since July": which July, so a misreading is seen
    with open_store(args, write=False) as store:
        try:
            # --since/--until test the day each statement was made, as the Statements view
            # does (a June statement reported in July is not what was said since July)
            if only and state_of(store.article(only)) == ARCHIVED:
                query = replace(query, state=ARCHIVED)  # asked by its id: listed, as alone
            articles = replace(query, since="", until="").articles(store)
            if only:
                articles = [article for article in articles if article.id == only]
        except QueryError as error:
            raise CommandError(str(error), EXIT_USAGE) from error
        cache = StatementCache.load(store)
        cache.prune(store.articles())
        missing = cache.missing(articles)
        if missing and sys.stderr.isatty():
            print(
                f"diplotui: finding statements in {plural(len(missing), 'article')}…",
                file=sys.stderr,
            )
        cache.fill(store, missing)
        unreadable = cache.missing(articles)  # still: their texts could not be read
        failures = cache.failed(articles)  # the finder raised on them: named, left out
        index = StatementIndex.build(articles, cache)
        found = index.find(query).rows
        archived = 0 if found or only else len(query.archived_in_scope(store))
        undated = None if found else index.made_without_dates(query)
        undated_out = index.undated_left_out(query)
        # archived articles are not indexed: a name only they hold is no misspelling
        unnamed = not found and not archived and index.names_no_speaker(query)
        close = index.close_speakers(query) if unnamed else []
        as_org = index.as_organisation(query) if unnamed and not close else 0
        apart = [] if found else index.named_apart(query)
        untagged_answer = "" if found or not query.tag else untagged(store, [query.tag])
        # a listing's words and marks as y and the exports give them: each text read, the
        # marks as the cache decided them when the statements were found
        as_json = args.json or args.jsonl
        listed = [] if as_json else found
        saids = [said_as_stored(store, item.article.id, item.statement, cache) for item in listed]
        # a record's words as the reader shows them: a hard-wrapped text's soft wrap a space
        words = [shown_as_stored(store, i.article.id, i.statement) for i in found if as_json]
    records = [
        {
            "article_id": item.article.id,
            "title": item.article.title,
            "date": item.article.date,
            "date_is_guess": item.article.date_is_guess,  # as `list --json` gives it
            "source": item.article.source,
            **_fields(item.statement),
            "text": shown,
            **statement_date(item.statement, item.article),
        }
        for item, shown in zip(found if as_json else [], words, strict=True)
    ]
    if args.json:
        print_json(records, indent=1)
    elif args.jsonl:
        for record in records:
            print_json(record, indent=None)
    else:
        if not found:
            # left out as the list leaves them out: say so, or a speaker quoted in an
            # article read and archived looks never quoted
            left_out = f" ({archived_articles(archived)} left out: diplotui list --archived)"
            left_out = left_out if archived else ""
            if undated is not None:
                left_out = f": without --since and --until, {made(*undated)}"
            started = index.names_started(query) if unnamed else []
            typed = json.dumps(cut_line(query.speaker, 80), ensure_ascii=False)
            if unnamed and is_whole_name(query.speaker) and (started or not close):
                named = inert_line(cut_line(query.speaker.strip(), 80))
                left_out = f": {not_named_whole(named, started)}"
            elif unnamed and close:
                if is_whole_name(query.speaker):  # '"Daglo"', not '"\\"Daglo\\""'
                    typed = inert_line(cut_line(query.speaker.strip(), 80))
                offered = inert_line(did_you_mean(close))
                left_out = f": no speaker's name has the words {typed}; {offered}"
            elif unnamed and as_org:
                offered = found_as_organisation(inert_line(query.speaker.strip()), as_org, "--org ")
                left_out = f": no speaker's name has the words {typed}; {offered}"
            elif unnamed:
                left_out = f": no speaker's name has the words {typed} (words may be cut short)"
            elif not left_out and (query.role or query.organisation):
                left_out = f": {_reads_who_spoke(query.organisation)}"
            if apart and not untagged_answer:
                left_out += f"; {inert_line(listed_apart(apart))}"
            of = f" of article {only[:8]}" if only else ""  # not the library's: this one's
            say_none_found(f"no statement{of} matches{untagged_answer or left_out}")
        dates = [
            date_label(*said_date(item.statement, item.article), item.article) for item in found
        ]
        width = max(map(len, dates), default=0)  # one space after the longest date
        names = index.names  # one name a speaker, as W names them: the library's
        roles = role_forms(((item.statement, item.article.id) for item in found), names)
        for item, date, said in zip(found, dates, saids, strict=True):
            said_line = "".join(said_row(item.statement, said, names=names, roles=roles))
            print(inert_line(f"{date:<{width}} {said_line} {_reported_in(item.article)}"))
    if undated_out:
        print(  # a leader's words in an undated article are no answer to no date asked
            f"diplotui: {undated_statements(undated_out)} left out by the dates (no date in"
            " their articles): without --since and --until they are listed last; diplotui"
            " meta ID --date YYYY-MM-DD dates one",
            file=sys.stderr,
        )
    say_unsaved([cache])
    status = say_unreadable(unreadable, "answer")
    return say_failed(failures, "answer") or status


def _reported_in(article: Article) -> str:
    """A listing line's end, "— Title · Outlet [id]": as reported by whom, and where to
    open it (the timeline gave the id alone, the outlet nowhere)."""
    where = f"{article.title} · {article.source}" if article.source else article.title
    return f"— {where} [{article.id[:8]}]"


def run_speaker(args: argparse.Namespace) -> int:
    if (args.role or args.org) and not args.name:
        raise CommandError("speaker: --role and --org go with --name", EXIT_USAGE)
    # an unset variable ("$CID") is refused, not read as no option: the listing returned 0
    if args.remove is not None and not args.remove.strip():
        raise CommandError("speaker: --remove is empty: give a correction's id", EXIT_USAGE)
    if args.quote is not None and not args.quote.split():
        raise CommandError("speaker: --quote names the statement's words", EXIT_USAGE)
    if args.remove:
        return _remove_speaker_correction(args)
    if args.name is None and not args.none:
        if args.quote:
            raise CommandError("speaker: say who said it (--name) or --none", EXIT_USAGE)
        return _list_speaker_corrections(args)
    if not args.quote or not args.quote.split():
        raise CommandError("speaker: --quote names the statement's words", EXIT_USAGE)
    # cleaned as an import and a sync clean a correction (``cleaned_speaker``): a tab, an
    # escape or a bidi override typed or pasted in was stored and reached every citation
    for flag, value in (("--name", args.name), ("--role", args.role), ("--org", args.org)):
        utf8_text(value or "", f"speaker: {flag}")
    if args.name is not None and not clean_field(args.name):
        raise CommandError("speaker: --name is empty (--none: no statement)", EXIT_USAGE)
    from diplotui.statements.corrections import SpeakerRefused, cleaned_speaker

    labels = ("speaker: --name", "speaker: --role", "speaker: --org")
    try:
        name, role, organisation = cleaned_speaker(args.name or "", args.role, args.org, labels)
    except SpeakerRefused as error:
        raise CommandError(str(error), EXIT_USAGE) from None
    from diplotui.cli.annotate import place, statements_found
    from diplotui.session.speakers import plan_speaker_change

    with open_store(args, write=False, names=f"article {args.id!r}") as store:
        place(store, args)  # a missing or ambiguous quote writes nothing
    with open_store(args, write=True) as store:
        article_id, start, end = place(store, args)
        found = statements_found(store, store.article(article_id))
        text = read_article_text(store, article_id)
        change = plan_speaker_change(
            article_id,
            text,
            found,
            store.speaker_corrections(article_id),
            store.highlights(article_id),
            (start, end),
            name,
            role,
            organisation,
        )
        change.apply(store)
    correction = change.correction
    given = f"said by {_who(correction)}" if correction.speaker else "no statement"
    quote = _shown_quote(correction, text)
    print(inert_line(f"{correction.start}-{correction.end} {given}: {quote}"))
    if change.replaced:
        print(f"replaces {', '.join(c.id for c in change.replaced)}")
    if change.highlights_after:
        print(f"{_count(len(change.highlights_after), 'highlight')} now of {_who(correction)}")
    print(correction.id)
    return EXIT_OK


def _shown_quote(correction: SpeakerCorrection, text: str) -> str:
    """The correction's quote as the reader shows it (``layout.shown_span``): a soft wrap of
    a hard-wrapped article a space, as every other listing gives it. A quote the article no
    longer reads at its offsets (drifted, orphaned) is the stored one."""
    if text[correction.start : correction.end] != correction.quote:
        return correction.quote
    from diplotui.layout import shown_span

    return shown_span(text, correction.start, correction.end)


def _who(correction: SpeakerCorrection) -> str:
    return _named(correction.speaker, correction.role, correction.organisation)


def _named(speaker: str, *details: str) -> str:
    if not speaker:
        return "no one"
    said = ", ".join(d for d in details if d)
    return f"{speaker} ({said})" if said else speaker


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _list_speaker_corrections(args: argparse.Namespace) -> int:
    with open_store(args, write=False, names=f"article {args.id!r}") as store:
        article_id = resolve_article(store, args.id)
        corrections = store.speaker_corrections(article_id)
        text = read_article_text(store, article_id) if corrections else ""
    if not corrections:
        say_none_found(f"no speaker correction in article {article_id}")
    for correction in corrections:
        print(
            inert_line(
                f"{correction.id} {correction.start}-{correction.end} {correction.status:<8} "
                f"{_who(correction)}: {_shown_quote(correction, text)}"
            )
        )
    return EXIT_OK


def _remove_speaker_correction(args: argparse.Namespace) -> int:
    from diplotui.cli.annotate import statements_found
    from diplotui.session.speakers import plan_speaker_removal

    with open_store(args, write=True, names=f"article {args.id!r}") as store:
        article_id = resolve_article(store, args.id)
        known = {c.id: c for c in store.speaker_corrections(article_id)}
        if args.remove not in known:
            raise CommandError(
                f"speaker: no correction {args.remove} in article {article_id}", EXIT_USAGE
            )
        text = read_article_text(store, article_id)
        respoken = plan_speaker_removal(
            text,
            statements_found(store, store.article(article_id)),
            list(known.values()),
            store.highlights(article_id),
            known[args.remove],
        )
        store.save_speaker_corrections([], [args.remove], respoken)
    print(inert_line(f"removed {args.remove}: {_shown_quote(known[args.remove], text)}"))
    for speaker in sorted({(h.speaker, h.speaker_role) for h in respoken}):
        count = sum((h.speaker, h.speaker_role) == speaker for h in respoken)
        print(inert_line(f"{_count(count, 'highlight')} now of {_named(*speaker)}"))
    return EXIT_OK


def run_timeline(args: argparse.Namespace) -> int:
    from diplotui.library.speaker_names import did_you_mean
    from diplotui.library.statement_cache import StatementCache
    from diplotui.library.timeline import (
        TimelineCache,
        close_speakers,
        date_width,
        entity_timeline,
    )

    refuse_empty("timeline", args, "--tag", "--since", "--until")
    if args.tag is not None:
        args.tag = typed_tag("timeline", args.tag)
    _name_after_date(args)
    _dates_in_the_name(args, "name")
    _check_name("timeline", "NAME", args.name)
    from diplotui.library.query import QueryError
    from diplotui.library.statements import ONLY_FUNCTION_WORDS, StatementQuery, names_no_one
    from diplotui.library.timeline import tagged, within_dates
    from diplotui.text.tag_names import names_tag

    dates = StatementQuery(since=args.since or "", until=args.until or "")
    try:
        low, high = dates.library_query().date_range()
        read = dates.dates_read()
    except QueryError as error:
        raise CommandError(f"timeline: {error}", EXIT_USAGE) from error
    say_dates_read(read)

    if names_no_one(args.name):  # answered as no one found: the library is not read
        if args.json:
            print_json([], indent=1)
        say_none_found(f"{cut_line(args.name, 80)!r} names no one: {ONLY_FUNCTION_WORDS}")
        return EXIT_OK
    unreadable: list[Article] = []
    failures: list[tuple[Article, str]] = []
    with open_store(args, write=False) as store:
        said, dated = StatementCache.load(store), TimelineCache.load(store)
        entries = entity_timeline(
            store, args.name, timeline=dated, said=said, unreadable=unreadable, failures=failures
        )
        # a timeline that found nothing offers the speakers its name nearly names
        offered = "" if entries else did_you_mean(close_speakers(store, args.name, said))
        tags_in_use = list(store.tag_counts()) if args.tag else []
    untagged = len(entries)
    if args.tag:  # as the Statements view's L keeps its tag:
        entries = tagged(entries, args.tag)
    every = entries
    undated = 0
    if args.since or args.until:
        entries, undated = within_dates(every, low, high)
    if args.json:
        records = [
            {
                "date": entry.date_text() or None,
                "date_is_guess": entry.date_is_guess(),
                "date_from": entry.date_source(),
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
        print_json(records, indent=1)
        _say_undated_out(undated)
        say_unsaved([said, dated])
        status = say_unreadable(unreadable, "timeline")
        return say_failed(failures, "timeline") or status
    from diplotui.library.statements import said_row
    from diplotui.library.timeline import entry_naming

    if not entries:
        offer = f"; {inert_line(offered)}" if offered else ""
        tag = inert_line(args.tag or "")
        if args.tag and untagged and not names_tag(tags_in_use, args.tag):
            offer = f": no article is tagged #{tag}"
        elif args.tag and untagged:  # the tag left out what the name finds
            offer = f" in the articles tagged #{tag}: without --tag, {_entries(untagged)}"
        elif len(every) > undated:  # the dates left out what the name finds: when it was
            placed = [entry for entry in every if entry.date_text()]
            first, last = placed[0].date_text(), placed[-1].date_text()
            offer = (
                f" in these dates: without --since and --until, {_entries(len(every))}"
                f", {f'on {first}' if first == last else f'from {first} to {last}'}"
            )
        say_none_found(f"no statement or dated event of {cut_line(args.name, 80)!r}{offer}")
    width = date_width(entries)
    names, roles = entry_naming(entries)
    for entry in entries:
        what = entry.text
        if entry.statement is not None and entry.said is not None:
            what = "".join(said_row(entry.statement, entry.said, names=names, roles=roles))
        print(inert_line(f"{entry.date_label():<{width}} {what} {_reported_in(entry.article)}"))
    _say_undated_out(undated)
    say_unsaved([said, dated])
    status = say_unreadable(unreadable, "timeline")
    return say_failed(failures, "timeline") or status


def _entries(count: int, kind: str = "") -> str:
    """ "1 entry", "3 undated entries"."""
    return f"{count:,} {kind}{'entry' if count == 1 else 'entries'}"


def _say_undated_out(undated: int) -> None:
    """One line on stderr counting the entries no date places, which --since and --until
    left out (as ``statements --since`` counts an undated article's statements)."""
    if undated:
        print(
            f"diplotui: {_entries(undated, 'undated ')} left out by the dates (no date in"
            " their articles): without --since and --until they are listed last; diplotui"
            " meta ID --date YYYY-MM-DD dates one",
            file=sys.stderr,
        )


def _name_after_date(args: argparse.Namespace) -> None:
    """``timeline --since July Le Hoai Trung``: --since took every word after it, the name
    among them, and NAME was missing. The name is what follows the longest run of the
    words that reads as a date ("1 July 2025 Le Hoai Trung": the date "1 July 2025")."""
    if args.name:
        return
    dest = getattr(args, LAST_WORDS, "")
    words = (getattr(args, dest, "") or "").split() if dest in _DATE_OPTIONS else []
    from diplotui.library.query import QueryError, read_dates

    # every word a date's ("--since 9999 weeks ago"): no name given, not "9999" and a name
    # "weeks ago" that no one has
    for cut in range(len(words), 0, -1):
        head = " ".join(words[:cut])
        try:
            read_dates(head, "") if dest == "since" else read_dates("", head)
        except QueryError:
            continue
        if cut == len(words):
            break
        setattr(args, dest, head)
        args.name = " ".join(words[cut:])
        return
    raise CommandError(
        "timeline: give a NAME: a person, body or place (diplotui timeline Le Hoai Trung"
        " --since July)",
        EXIT_USAGE,
    )


_OFFERED_CHARS = 60
"""The longest --org whose words the answer offers to ``timeline``: a body's name; a page
pasted for one is named nowhere, and the answer stays one short line."""


def _reads_who_spoke(organisation: str) -> str:
    """Why --role or --org found nothing, and what finds a subject: a bare "no statement
    matches" for ``--org china`` read as China never being spoken of, where the statements
    of China's spokesman, whose article gave no organisation, name it."""
    said = "--role and --org read who spoke, not the words said"
    words = inert_line(organisation.strip())
    if not words or len(words) > _OFFERED_CHARS:
        return said
    if shlex.quote(words) != words:  # "china's", not 'china'"'"'s'
        words = json.dumps(words, ensure_ascii=False)
    return f"{said}; diplotui timeline {words} lists the statements naming it"
