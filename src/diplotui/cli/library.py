"""Library commands: ``import``, ``list``, ``tag``, ``untag`` and ``rm``."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from diplotui.cli.commands import command_help
from diplotui.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    NAMED_AT_MOST,
    CommandError,
    fail,
    open_store,
    print_json,
    refuse_empty,
    resolve_article,
    say_dates_read,
    say_failed,
    say_none_found,
    say_unreadable,
    untagged,
    writable_store,
)
from diplotui.cli.parsing import add_date_options
from diplotui.dates import date_shown
from diplotui.entities.folding import fold
from diplotui.inert import inert_line
from diplotui.ingest.report import (
    FAILED,
    SKIPPED,
    ImportReport,
    source_note,
    stored_before,
    undated_note,
)
from diplotui.ingest.update import changed_when
from diplotui.library.feed_section import named_feed
from diplotui.library.query import (
    EntityLookup,
    LibraryQuery,
    QueryError,
    annotated_by_ids,
    dated_between,
    highlight_counts,
    read_dates,
)
from diplotui.library.reading import ARCHIVED, MARK_ACTIONS, READ, UNREAD, mark, state_of
from diplotui.library.rows import SORTS
from diplotui.library.search import query_terms
from diplotui.store import AmbiguousId, StoreError, StoreLocked, UnknownId
from diplotui.store.backups import backup_files
from diplotui.store.under_way import import_again, noted_while_running
from diplotui.tags import (
    TagError,
    add_tags,
    distinct_tags,
    has_tag,
    parse_tags,
    remove_tags,
    tag_key,
    typed_tags,
    words_of_one_tag,
)
from diplotui.text.plural import plural

if TYPE_CHECKING:
    from diplotui.ingest import ImportOutcome
    from diplotui.ingest.importer import Progress
    from diplotui.model import Article
    from diplotui.store import Store


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importer = subparsers.add_parser("import", help=command_help("import"))
    importer.add_argument("paths", nargs="+", metavar="PATH")
    importer.add_argument(
        "--update", action="store_true", help="apply changed versions of imported files"
    )
    importer.set_defaults(func=run_import)

    lister = subparsers.add_parser("list", help=command_help("list"))
    lister.add_argument("--tag", action="append", default=[], help="only articles with TAG")
    lister.add_argument("--entity", metavar="NAME", help="only articles mentioning NAME")
    lister.add_argument("--source", help="only articles whose source contains SOURCE")
    lister.add_argument(
        "--author", metavar="NAME", help="only articles NAME highlighted (in a shared library)"
    )
    add_date_options(
        lister, "only articles dated DATE or later", "only articles dated DATE or earlier"
    )
    lister.add_argument(
        "--search", metavar="QUERY", help="words in the title or text (all; archived too)"
    )
    states = lister.add_mutually_exclusive_group()
    states.add_argument("--unread", action="store_true", help="only unread articles")
    states.add_argument("--archived", action="store_true", help="only archived articles")
    lister.add_argument(
        "--feed", metavar="NAME_OR_ID", help="only articles from this feed (its name or id)"
    )
    lister.add_argument("--sort", choices=SORTS, default="date", help="order (default: date)")
    lister.add_argument("--json", action="store_true", help="print JSON objects")
    lister.set_defaults(func=run_list)

    for name, func in (("tag", run_tag), ("untag", run_untag)):
        command = subparsers.add_parser(name, help=command_help(name))
        command.add_argument("id", help="article id (a unique prefix is enough)")
        command.add_argument(
            "tags",
            nargs="+",
            metavar="TAG",
            help="each word a tag, or, with commas, as the app's t reads them: east sea, asean "
            'is #east sea and #asean; a tag of several words alone in quotes, "east sea" '
            "(unquoted, its words are that tag where it is in use)",
        )
        command.set_defaults(func=func)

    tagger = subparsers.add_parser(
        "tags",
        help=command_help("tags"),
        description="With no action, list the tags in use with how many articles and "
        "highlights carry each. rename OLD NEW: every article, highlight, feed and saved filter "
        "carrying #OLD carries #NEW instead (into a tag in use: the two become one). rm TAG: "
        "take #TAG off all of them (asks first; --yes does not ask).",
    )
    tagger.add_argument(
        "action",
        nargs="?",
        choices=("list", "rename", "rm"),
        help="rename or rm; list (or none): list the tags",
    )
    tagger.add_argument("names", nargs="*", metavar="TAG", help="rename: OLD NEW; rm: TAG")
    tagger.add_argument("--yes", action="store_true", help="rm without asking")
    tagger.add_argument("--json", action="store_true", help="list as JSON objects")
    tagger.set_defaults(func=run_tags)

    actions = "|".join(MARK_ACTIONS)
    marker = subparsers.add_parser(
        "mark",
        help=command_help("mark"),
        # argparse's own line, "ID... ACTION [ID... ACTION ...]", read as repeatable pairs;
        # written by hand, it names the store options every command takes (main.py adds them)
        usage=f"%(prog)s [-h] [--db PATH] [--create] ID [ID ...] {{{','.join(MARK_ACTIONS)}}}",
    )
    marker.add_argument(
        "words", nargs="+", metavar="ID... ACTION", help=f"ids, then one of {actions}"
    )
    marker.set_defaults(func=run_mark)

    remover = subparsers.add_parser("rm", help=command_help("rm"))
    remover.add_argument("ids", nargs="+", metavar="ID", help="article ids (unique prefixes)")
    remover.set_defaults(func=run_rm)


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Progress | None]:
    """A Rich progress bar on stderr when it is a terminal; nothing otherwise."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(
        TextColumn("importing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}", style="dim", markup=False),  # a path is data
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("", total=None)

    def advance(done: int, total: int, path: str) -> None:
        # "x[/z].txt" was a closing tag to the bar, a MarkupError traceback; escapes inert
        bar.update(task, completed=done, total=total, description=inert_line(path[-50:]))

    with bar:
        yield advance


def outcome_line(outcome: ImportOutcome) -> str:
    if outcome.status in (FAILED, SKIPPED):
        return f"{outcome.status:<9} {outcome.path}: {outcome.reason}"
    line = f"{outcome.status:<9} {outcome.article_id}  {outcome.title}  ({outcome.path})"
    meta = f"`diplotui meta {outcome.article_id}"
    said = "; ".join(
        part
        for part in (
            outcome.reason,
            source_note(outcome, f"{meta} --source NAME` corrects it"),
            undated_note(outcome, f"{meta} --date YYYY-MM-DD` sets it"),
        )
        if part
    )
    return f"{line}: {said}" if said else line


def _held(error: CommandError) -> str:
    """An import refused because another process (most often the app, left open) holds the
    store: "close it first" alone sent a reader to quit the app, when its ``I`` takes the
    same files. Where the system names the holder, the line is sure of it."""
    held = error.__cause__
    if isinstance(held, StoreLocked) and held.holder.endswith("(diplotui's app)"):
        return f"{error}; its `I` imports the files there"
    return f"{error}; if that is diplotui's app, its `I` imports the files there"


def run_import(args: argparse.Namespace) -> int:
    # the parsers, which the other commands never use
    from diplotui.ingest import ImportOutcome, import_paths

    if not all(args.paths):
        raise CommandError("import: an empty path names no file or folder", EXIT_USAGE)
    report = ImportReport()
    if not any(os.path.lexists(path) for path in args.paths):
        # nothing to read: refused as it is said of each, before a new store is seeded
        report.outcomes.extend(
            ImportOutcome(path, FAILED, reason="no such file") for path in args.paths
        )
        _print_outcomes(report)
        print(report.summary(), file=sys.stderr)
        return EXIT_FAILED
    try:
        with (
            writable_store(args, _held) as store,
            _progress_bar(sys.stderr.isatty()) as progress,
        ):
            try:
                with noted_while_running(
                    store.path, _import_again(args), paths=args.paths, update=args.update
                ):
                    import_paths(
                        store, args.paths, progress=progress, update=args.update, report=report
                    )
            except (StoreError, OSError) as error:
                # the batches before it stay stored: a full disk 4,400 articles into an export
                # said "nothing was saved" (of the write that failed) and listed none of them
                _print_outcomes(report)
                raise CommandError(f"import stopped: {error}{stored_before(report)}") from error
    except KeyboardInterrupt:
        # each batch committed stays stored: said, or 100s of files stored were taken for none
        _print_outcomes(report)
        print(_interrupted(report), file=sys.stderr)
        return EXIT_INTERRUPTED
    _print_outcomes(report)
    print_citation_hint(report)
    print(report.summary(), file=sys.stderr)
    return EXIT_FAILED if report.failed else EXIT_OK


def _import_again(args: argparse.Namespace) -> str:
    """The command that finishes this import, for the next command to say if it is killed
    (a glob's thousand files named by the first few)."""
    return import_again(args.paths, args.update, getattr(args, "db", None) or "")


def _interrupted(report: ImportReport) -> str:
    """What an import stopped by Ctrl-C says of the files it was given: stopped as it ended
    (recognising its last batch's entities, closing the store), every file stored, it said
    "run it again for the rest" all the same."""
    if report.files is None:
        return "import interrupted before it found its files: run it again"
    left = report.files_left()
    if not left:
        return (
            f"import interrupted after every file was stored: {report.summary()}; nothing is "
            "left to import"
        )
    names = ", ".join(left) if len(left) <= LEFT_NAMED else f"the first {left[0]}"
    return (
        f"import interrupted: {report.summary() if report.outcomes else 'none stored'} before "
        f"it stopped; {plural(len(left), 'file')} left ({inert_line(names)}): run it again for "
        "the rest (what is stored is found as a duplicate)"
    )


LEFT_NAMED = 3
"""The most files left an interrupted import names: more are counted, the first named."""


def _print_outcomes(report: ImportReport) -> None:
    for outcome in report.outcomes:
        print(inert_line(outcome_line(outcome)))  # titles and file names are data


def print_citation_hint(report: ImportReport) -> None:
    """Name the articles that came in with no source or date to cite, and the command that
    adds them: `import` and `add` alike (a saved page's head may give no date either)."""
    options = {"source": "--source NAME", "date": "--date YYYY-MM-DD"}
    lacking = [options[field] for field in report.uncited_fields()]
    them = "them" if len(lacking) > 1 else "it"
    ids = report.uncited_ids()
    each = " (and so for each)" if len(ids) > 1 else ""
    hint = report.citation_hint(
        f"diplotui meta {ids[0] if ids else 'ID'} {' '.join(lacking)} adds {them}{each}"
    )
    if hint:
        print(hint, file=sys.stderr)


def run_list(args: argparse.Namespace) -> int:
    refuse_empty("list", args, "--tag", "--entity", "--source", "--author", "--since", "--until")
    if args.search is not None and not query_terms(args.search):
        # the index holds words: '"' or '' searched for nothing, and listed every article
        raise CommandError(
            f"list: --search {args.search!r} holds no word to search for", EXIT_USAGE
        )
    try:
        for typed in args.tag:
            if not parse_tags([typed]):  # '#' or ',': no tag, not no filter
                raise CommandError(f"list: --tag {typed.strip()!r} names no tag", EXIT_USAGE)
        dates = read_dates(args.since or "", args.until or "")
        query = LibraryQuery(
            text=args.search or "",
            tags=parse_tags(args.tag),
            entity=args.entity or "",
            source=args.source or "",
            annotated_by=args.author or "",
            since=dates.since,
            until=dates.until,
            since_typed=dates.since_typed,
            until_typed=dates.until_typed,
            sort=args.sort,
            state=UNREAD if args.unread else ARCHIVED if args.archived else "",
        )
        query.validate()
    except (QueryError, TagError) as error:
        raise CommandError(str(error), EXIT_USAGE) from error
    say_dates_read(dates.said())
    with open_store(args, write=False) as store:
        if args.feed is not None:
            try:  # a usage error (exit 2), as refresh FEED and an unknown article id are
                query.feed = named_feed(store, args.feed).id
            except (UnknownId, AmbiguousId) as error:
                raise CommandError(str(error), EXIT_USAGE) from error
        entities = None
        failures: list[tuple[Article, str]] = []
        if query.entity:
            from diplotui.library.entity_cache import EntityCache

            cache = EntityCache.load(store)
            cache.fill(store)
            failures = cache.failed(store.articles())  # the recogniser raised on them
            entities = cache.lookup(store)
            _say_taken(query.entity, entities.taken(query.entity))
        unsearched: list[str] = []
        articles = query.apply(
            store, entities=entities, unsearched=unsearched, indexing=_say_indexing()
        )
        if failures:  # named only where the answer could have held them: not one untagged,
            # archived, or dated outside --since (a script's clean search exited 1)
            scope = {a.id for a in replace(query, entity="").apply(store)}
            failures = [(article, why) for article, why in failures if article.id in scope]
        counts = highlight_counts(store) if args.json else {}
        present = set(store.article_ids())
        unreadable = [store.article(a) for a in unsearched if a in present]
        why_none = ""
        if not articles:
            why_none = (
                untagged(store, query.tags)
                or (_unnamed_entity(store, query.entity, entities) if entities is not None else "")
                or _unknown_author(store, query.annotated_by)
                or _dates_left_out(store, query, entities)
            )
    if args.json:
        records = [{**a.to_dict(), "annotations": counts.get(a.id, 0)} for a in articles]
        print_json(records)
        status = say_unreadable(unreadable, "search")
        return say_failed(failures, "search") or status
    if not articles:
        say_none_found(f"no article matches{why_none}")
    for article in articles:
        tags = " ".join(f"#{tag}" for tag in distinct_tags(article.tags))
        date = date_shown(article.date, article.date_is_guess)
        line = f"{article.id}  {date:<11} {article.title}  {tags}".rstrip()
        if state_of(article) != READ:
            line += f"  [{article.state}]"
        if article.text_changed_at:
            line += f"  [updated {changed_when(article)}]"
        print(inert_line(line))
    status = say_unreadable(unreadable, "search")
    return say_failed(failures, "search") or status


def _dates_left_out(store: Store, query: LibraryQuery, entities: EntityLookup | None) -> str:
    """Why a listing with ``--since``/``--until`` is empty, when the rest of the filter finds
    articles: how many, and when they are dated, as ``statements`` and ``timeline`` say it
    ("no article matches" alone, after "dates read as since 2026-07-01", said nothing of
    the 2025 articles ``--since July`` left out); "" otherwise."""
    if not (query.since or query.until):
        return ""
    found = query.without_dates().apply(store, entities=entities)
    if not found:
        return ""
    return f" in these dates: without --since and --until, {dated_between(found)}"


def _unnamed_entity(store: Store, name: str, entities: EntityLookup) -> str:
    """Why ``--entity NAME`` listed nothing, when no entity of the library has that name but
    its words are in articles: the recogniser did not find it (a place it does not know,
    "Somaliland") or it is a topic ("port deal"); "no article matches" alone read as a library
    holding nothing on it. "" when an entity has the name or no article holds its words."""
    if not query_terms(name) or set(entities.articles_for(name)):
        return ""
    held = LibraryQuery(text=name).apply(store)
    if not held:
        return ""
    return (
        f": no person, body or place is named {name.strip()!r}; its words are in "
        f"{plural(len(held), 'article')}: list --search {shlex.quote(name.strip())}"
    )


AUTHORS_NAMED = 5
"""How many of the library's authors the line of an ``--author`` that names none gives."""


def _unknown_author(store: Store, name: str) -> str:
    """Why ``--author NAME`` listed nothing when no highlight is NAME's: the names the
    highlights carry, so a teammate renamed by ``sync --author`` ("bob", now "Bob Tran") is
    found again; "no article matches" alone read as their work gone. "" when NAME made one
    (other filters left its articles out)."""
    if not name.strip() or annotated_by_ids(store, name):
        return ""
    authors = sorted({h.author for h in store.highlights() if h.author}, key=fold)
    if not authors:
        return ": no highlight names who made it (a shared library's do: see diplotui share)"
    named = ", ".join(authors[:AUTHORS_NAMED])
    if len(authors) > AUTHORS_NAMED:
        named += f" and {len(authors) - AUTHORS_NAMED:,} more"
    return f": no highlight is by {name.strip()!r}; they are by {named}"


INDEXING_SAID_FROM = 1_000  # articles: a first search of fewer is not a wait anyone notices


def _say_indexing() -> Callable[[int, int], None]:
    """Once, on stderr, that this search first indexes the library: after an upgrade that
    changed the index's format, a search of 10,000 articles waited ~10 s in silence
    (attack47); later searches read the index and say nothing."""
    said = False

    def hear(_done: int, total: int) -> None:
        nonlocal said
        if not said and total >= INDEXING_SAID_FROM:
            said = True
            print(
                f"diplotui: indexing {total:,} articles for search, once"
                " (later searches read the index)",
                file=sys.stderr,
            )

    return hear


def _say_taken(name: str, taken: list[str]) -> None:
    """Name on stderr the entities a name found by its words ("Baerbock: Annalena Baerbock"):
    a surname two people share lists both, and the line keeps them two."""
    from diplotui.library.entity_cache import taken_line

    if taken:
        fail(taken_line(name, taken, NAMED_AT_MOST))


def _change_tags(
    args: argparse.Namespace, change: Callable[[list[str], list[str]], list[str]]
) -> int:
    try:  # refused before a new store is seeded: a tag too long, or none ('', '#' or ', ')
        if not parse_tags(args.tags):  # exiting 0 would say it was done
            raise TagError("no tag given (only spaces, commas or '#')")
    except TagError as error:
        refused = f"{args.id}: {error}; nothing was written"
        raise CommandError(inert_line(refused), EXIT_USAGE) from error
    with open_store(args, write=True, names=f"article {args.id!r}") as store:
        article = store.article(resolve_article(store, args.id))
        in_use = store.tag_counts() if change is add_tags else ()
        # "tag ID east sea" where #east sea is in use (the app's t takes "east sea" whole)
        words = words_of_one_tag(args.tags, in_use if change is add_tags else article.tags)
        try:
            tags = change(article.tags, typed_tags(words, in_use))
        except TagError as error:
            raise CommandError(f"{article.id}: {error}; nothing was written", EXIT_USAGE) from error
        if change is add_tags:
            _say_words_made_tags(article.id, words, in_use)
        if change is remove_tags:  # a tag the article did not have was silently "removed"
            for tag in parse_tags(words):
                if remove_tags(article.tags, [tag]) == article.tags:
                    print(inert_line(f"diplotui: {article.id} had no tag #{tag}"), file=sys.stderr)
        article = store.with_updates(article, tags=tags)
        shown = " ".join("#" + t for t in distinct_tags(article.tags)) or "(no tags)"
        print(f"{article.id}  {inert_line(shown)}")
    return EXIT_OK


def _say_words_made_tags(article_id: str, words: list[str], in_use: Iterable[str]) -> None:
    """``tag ID east sea``, no tag in use of those words: each word a new tag, #east and
    #sea, said on stderr with how to make them one, where two tags were added unsaid (the
    app's ``t`` reads "east sea" as one). Words quoted or parted by commas ask for no word."""
    if len(words) < 2 or any("," in word or " " in word.strip() for word in words):
        return  # one tag, or words quoted or parted by commas: tags meant
    new = [tag for tag in parse_tags(words) if not has_tag(in_use, tag)]
    if len(new) == len(words) > 1:
        named = " and ".join(", ".join(f"#{tag}" for tag in new).rsplit(", ", 1))
        one = shlex.quote(" ".join(words))
        print(
            inert_line(f"diplotui: {len(new)} new tags, {named}: a tag of several words "
                       f"goes in quotes, diplotui tag {article_id} {one}"),
            file=sys.stderr,
        )  # fmt: skip


def run_tag(args: argparse.Namespace) -> int:
    return _change_tags(args, add_tags)


def run_untag(args: argparse.Namespace) -> int:
    return _change_tags(args, remove_tags)


def run_tags(args: argparse.Namespace) -> int:
    """``tags``: the tags in use; ``tags rename OLD NEW``, ``tags rm TAG``: across the
    library, in one write (``diplotui.library.retag``)."""
    from diplotui.library.retag import apply_retag, plan_retag

    if args.action == "list":
        args.action = None
    wanted = {None: 0, "rename": 2, "rm": 1}[args.action]
    if len(args.names) != wanted:
        usage = {None: "tags", "rename": "tags rename OLD NEW", "rm": "tags rm TAG"}[args.action]
        got = plural(len(args.names), "tag")
        raise CommandError(f"{args.action or 'tags'}: {got} given; usage: diplotui {usage}",
                           EXIT_USAGE)  # fmt: skip
    if args.action is None:
        return _list_tags(args)
    with open_store(args, write=True, names=f"tag {args.names[0]!r}") as store:
        new = args.names[1] if args.action == "rename" else None
        try:
            plan = plan_retag(store, args.names[0], new)
        except TagError as error:
            raise CommandError(inert_line(f"{args.action}: {error}; nothing was written"),
                               EXIT_FAILED) from error  # fmt: skip
        if args.action == "rm" and not args.yes:
            asked = f"Remove #{plan.old} from {plan.counted()}? [y/N] "
            if not sys.stdin.isatty():
                raise CommandError(inert_line(f"rm: #{plan.old} is on {plan.counted()}; "
                                              "nothing was written: add --yes to remove it"),
                                   EXIT_USAGE)  # fmt: skip
            try:
                answer = input(inert_line(asked))
            except EOFError:
                answer = ""
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing was removed.")
                return EXIT_FAILED
        apply_retag(store, plan)
        print(inert_line(plan.said()))
    return EXIT_OK


def _list_tags(args: argparse.Namespace) -> int:
    with open_store(args, write=False) as store:
        on_articles = store.tag_counts(highlights=False)
        every = store.tag_counts()
        feeds: dict[str, str] = {}  # by tag_key: a feed's tag, whatever its spelling there
        for feed in store.feeds():
            for tag in feed.tags:
                feeds.setdefault(tag_key(tag), feed.display_name)
        spelt = {tag_key(tag) for tag in every}
        for feed in store.feeds():  # a feed's tag no article carries yet is in use too
            for tag in feed.tags:
                if tag_key(tag) not in spelt:
                    every[tag] = 0
                    spelt.add(tag_key(tag))
        rows: list[dict[str, Any]] = []
        for tag in sorted(every, key=lambda t: (-every[t], tag_key(t))):
            articles = on_articles.get(tag, 0)
            rows.append({"tag": tag, "articles": articles, "highlights": every[tag] - articles})
        if args.json:
            for row in rows:
                print_json(row)
            return EXIT_OK
        if not rows:
            print("No tags yet: t in the app, or diplotui tag ID TAG, tags an article.")
            return EXIT_OK
        for row in rows:
            named = feeds.get(tag_key(row["tag"]))
            fed = f"  (feed {named})" if named else ""
            line = (f"#{row['tag']}  {plural(row['articles'], 'article')}, "
                    f"{plural(row['highlights'], 'highlight')}{fed}")  # fmt: skip
            print(inert_line(line))
    return EXIT_OK


def run_mark(args: argparse.Namespace) -> int:
    """``mark ID... ACTION``: every id is resolved first, so one bad id marks nothing."""
    *prefixes, action = args.words
    if action not in MARK_ACTIONS:
        raise CommandError(
            f"mark: the last word must be one of {', '.join(MARK_ACTIONS)}, not {action!r}",
            EXIT_USAGE,
        )
    if not prefixes:
        raise CommandError(f"mark: name the articles to {action}", EXIT_USAGE)
    state = MARK_ACTIONS[action]
    with open_store(args, write=True, names=f"article {prefixes[0]!r}") as store:
        article_ids = [resolve_article(store, prefix) for prefix in prefixes]
        changed = {article.id for article in mark(store, article_ids, state)}
        for article_id in dict.fromkeys(article_ids):
            article = store.article(article_id)
            was = "" if article_id in changed else " (already)"
            print(inert_line(f"{state:<8}  {article_id}  {article.title}{was}"))
    return EXIT_OK


def run_rm(args: argparse.Namespace) -> int:
    """Delete articles; every id is resolved first, so one bad id deletes nothing."""
    from diplotui.team_deletions import deleted_for_good

    with open_store(args, write=True, names=f"article {args.ids[0]!r}") as store:
        article_ids = list(dict.fromkeys(resolve_article(store, prefix) for prefix in args.ids))
        annotations = 0
        for article_id in article_ids:
            removed = deleted_for_good(store, article_id)  # kept out of feeds, the team's too
            count = len(removed.highlights) + (1 if removed.article.note else 0)
            annotations += count
            title = removed.article.title
            print(inert_line(f"deleted {article_id}  {title}  ({plural(count, 'annotation')})"))
        deleted = plural(len(article_ids), "article")
        print(f"Deleted {deleted} and {plural(annotations, 'annotation')}.")
        kept = backup_files(store.path)
        if kept:
            print(f"The backup {kept[0]} still holds them.")
    return EXIT_OK
