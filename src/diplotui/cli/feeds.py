"""News commands: ``feed add|list|remove|import|export``, ``refresh`` and ``add URL``.

The network is reached before the store is opened wherever it can be (``feed add`` checks
the feed first), so a slow server never holds the store's lock for nothing.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from functools import partial
from typing import TYPE_CHECKING

from diplotui.cli.commands import command_help
from diplotui.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    fail,
    open_store,
    print_json,
    refuse_while_held,
    writable_store,
    write_or_print,
)
from diplotui.inert import inert_line
from diplotui.model import FEED_MIN_INTERVAL, ReadState
from diplotui.paths import resolve_db_path
from diplotui.store import AmbiguousId, Store, UnknownId
from diplotui.text.addresses import is_web_address
from diplotui.text.plural import plural

if TYPE_CHECKING:
    from diplotui.feeds.refresh import RefreshSummary


NO_FEEDS = "no feeds yet: diplotui feed add URL subscribes to one"
"""What ``feed list`` and ``refresh`` say on stderr of a library subscribed to nothing (a
teammate's feed articles come by sync, their feeds do not)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    feed = subparsers.add_parser("feed", help=command_help("feed"))
    commands = feed.add_subparsers(title="feed commands", metavar="COMMAND", required=True)

    adder = commands.add_parser("add", help="subscribe to a feed (or the feed a page names)")
    adder.add_argument("url", metavar="URL")
    adder.add_argument("--name", default="", help="what to call it (default: its own title)")
    adder.add_argument("--tag", action="append", default=[], help="a tag for its articles")
    adder.add_argument(
        "--interval",
        type=int,
        default=FEED_MIN_INTERVAL,
        metavar="SECONDS",
        help=f"fetch it at most once in SECONDS (default: {FEED_MIN_INTERVAL})",
    )
    adder.set_defaults(func=run_feed_add)

    lister = commands.add_parser("list", help="list the subscribed feeds")
    lister.add_argument("--json", action="store_true", help="print JSON objects")
    lister.set_defaults(func=run_feed_list)

    remover = commands.add_parser("remove", help="unsubscribe (its articles stay)")
    remover.add_argument(
        "id",
        metavar="NAME_OR_ID",
        help="the feed's id (a unique prefix is enough) or its whole name, as feed list shows them",
    )
    remover.set_defaults(func=run_feed_remove)

    importer = commands.add_parser("import", help="subscribe to the feeds of an OPML file")
    importer.add_argument("file", metavar="FILE.opml")
    importer.set_defaults(func=run_feed_import)

    exporter = commands.add_parser("export", help="write the subscriptions as OPML")
    exporter.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")
    exporter.add_argument("--force", action="store_true", help="overwrite an existing FILE")
    exporter.set_defaults(func=run_feed_export)

    refresher = subparsers.add_parser("refresh", help=command_help("refresh"))
    refresher.add_argument(
        "feeds", nargs="*", metavar="FEED", help="feed names or ids (default: all)"
    )
    refresher.add_argument(
        "--force", action="store_true", help="fetch feeds within their minimum interval too"
    )
    refresher.add_argument(
        "--bring-back",
        action="store_true",
        help="store again the items whose articles were deleted, here or by a teammate (the "
        "feeds fetched whole, now; the next sync gives them back to the team)",
    )
    refresher.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list each new article (id and title) and each item whose page failed",
    )
    refresher.set_defaults(func=run_refresh)

    saver = subparsers.add_parser("add", help=command_help("add"))
    saver.add_argument("urls", nargs="+", metavar="URL")
    saver.add_argument("--tag", action="append", default=[], help="a tag for the articles")
    saver.add_argument(
        "--update", action="store_true", help="apply changed versions of pages saved before"
    )
    saver.set_defaults(func=run_add_pages)


def run_feed_add(args: argparse.Namespace) -> int:
    from diplotui.feeds import FeedError, add_feed, check_not_subscribed, discover_feed
    from diplotui.feeds.outlet import feed_outlet
    from diplotui.tags import TagError, add_tags, parse_tags

    if args.interval < 0:
        raise CommandError("feed add: --interval must be 0 or more seconds", EXIT_USAGE)
    try:  # said before any fetch: else after it, and after the address, as if that were wrong
        add_tags([], parse_tags(args.tag))
    except TagError as error:
        raise CommandError(f"feed add: {error}", EXIT_USAGE) from error
    try:
        if resolve_db_path(args.db).exists():  # said before any fetch (a new library
            refuse_while_held(args)  # has none, and is not made here)
            with open_store(args, write=False) as store:
                check_not_subscribed(store, args.url)
        found = discover_feed(args.url)
        with open_store(args, write=True) as store:
            feed = add_feed(
                store,
                found.url,
                name=args.name,
                tags=args.tag,
                title=found.title,
                site_url=found.site_url,
                min_interval=args.interval,
            )
    except FeedError as error:
        raise CommandError(str(error)) from error
    items = "1 item" if found.items == 1 else f"{found.items} items"
    print(inert_line(f"added {feed.id}  {feed.display_name}  ({feed.url}), {items}"))
    for warning in found.warnings:  # said now, not first by the refresh that meets it again
        fail(f"{feed.url}: warning: {warning}")
    hint = "diplotui refresh brings them in"
    if not args.name:  # a feed's title often names a section too: "Outlet - World"
        hint += (
            ", cited as from the site each item's page names, else "
            f"{feed_outlet(feed)!r} (for another name, before a refresh: "
            f"feed remove {feed.id}, then feed add URL --name NAME)"
        )
    print(inert_line(f"{hint}."), file=sys.stderr)
    return EXIT_OK


def _articles_per_feed(store: Store, state: str = "") -> dict[str, int]:
    """How many articles each feed brought in (only those in ``state``, when given)."""
    counts: dict[str, int] = {}
    for doc in store.article_ids().values():
        feed_id = doc.get("feed_id") or ""
        if feed_id and (not state or doc.get("state") == state):
            counts[feed_id] = counts.get(feed_id, 0) + 1
    return counts


def run_feed_list(args: argparse.Namespace) -> int:
    from diplotui.library.feed_health import FetchOutcome, load_health

    with open_store(args, write=False) as store:
        feeds = store.feeds()
        counts = _articles_per_feed(store)
        unread = _articles_per_feed(store, ReadState.UNREAD.value)
        health = load_health(store.path)
    if health.problem:
        fail(health.problem)
    if not feeds and not args.json:  # an empty listing said nothing at all
        print(NO_FEEDS, file=sys.stderr)
    if args.json:
        records = []
        for feed in feeds:
            record = feed.to_dict()
            del record["items"]  # bookkeeping of item identities, not for reading
            tally = {"articles": counts.get(feed.id, 0), "unread": unread.get(feed.id, 0)}
            outcome = health.outcomes.get(feed.id, FetchOutcome())
            fetch = {
                "last_succeeded": outcome.succeeded or None,
                "failing_since": outcome.failing_since or None,
                "failure": outcome.reason or None,
            }
            records.append({**record, **tally, **fetch})
        print_json(records)
        return EXIT_OK
    today = datetime.now(timezone.utc).date().isoformat()
    for feed in feeds:
        tags = " ".join(f"#{tag}" for tag in feed.tags)
        fetched = f"fetched {feed.last_fetched[:16].replace('T', ' ')} UTC"
        state = "gone" if feed.gone else (fetched if feed.last_fetched else "never fetched")
        outcome = health.outcomes.get(feed.id, FetchOutcome())
        if outcome.failing and not feed.gone:
            state += f", failing {outcome.since(today)}: {outcome.reason}"
        count = counts.get(feed.id, 0)
        articles = plural(count, "article")
        articles += f", {unread[feed.id]:,} unread" if unread.get(feed.id) else ""
        line = f"{feed.id}  {feed.display_name}  {feed.url}  {articles}"
        print(inert_line(f"{line}  {state}  {tags}".rstrip()))
    return EXIT_OK


def _named_feed(store: Store, name_or_id: str) -> str:
    """A feed by id, or by its name or a unique part of it, as ``list --feed`` takes it."""
    from diplotui.library.feed_section import named_feed

    try:
        return named_feed(store, name_or_id).id
    except (UnknownId, AmbiguousId) as error:
        raise CommandError(str(error), EXIT_USAGE) from error


def _feed_to_remove(store: Store, typed: str) -> str:
    """The feed ``feed remove`` names: by id (or a unique prefix), else by its whole name,
    as ``feed list`` shows it ("no feed with id 'un news'" answered ``feed remove "UN
    News Wire"``, where ``refresh`` and ``list --feed`` take names). Part of a name removes
    nothing: it names the feed it is part of and how to remove that one."""
    from diplotui.library.feed_section import named_feed

    try:
        return store.resolve_feed_id(typed)
    except AmbiguousId as error:
        raise CommandError(str(error), EXIT_USAGE) from error
    except UnknownId:
        pass
    try:
        feed = named_feed(store, typed)
    except (UnknownId, AmbiguousId) as error:
        raise CommandError(f"{error}: diplotui feed list names them, with their ids",
                           EXIT_USAGE) from error  # fmt: skip
    if feed.display_name.casefold() != typed.strip().casefold():
        raise CommandError(
            f"no feed named {typed.strip()!r}: it is part of the name of {feed.display_name} "
            f"(diplotui feed remove {feed.id} removes that one)",
            EXIT_USAGE,
        )
    return feed.id


def run_feed_remove(args: argparse.Namespace) -> int:
    from diplotui.feeds import unsubscribe

    with open_store(args, write=True, names=f"feed {args.id!r}") as store:
        feed = store.feed(_feed_to_remove(store, args.id))
        unsubscribe(store, feed)
        kept = _articles_per_feed(store).get(feed.id, 0)
    stay = f"its {plural(kept, 'article')} {'stays' if kept == 1 else 'stay'}"
    print(inert_line(f"removed {feed.id}  {feed.display_name}; {stay}"))
    return EXIT_OK


def run_feed_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from diplotui.feeds import (
        AlreadySubscribed,
        FeedError,
        add_feed,
        read_opml,
        subscribed_by_url,
    )
    from diplotui.feeds.pages import tags_in_use

    try:
        listed = read_opml(Path(args.file))
    except FeedError as error:
        raise CommandError(str(error)) from error
    said: list[tuple[bool, str]] = []  # (an error?, the line), said once the write is done
    added = known = failed = 0
    with open_store(args, write=True) as store, store.batch():  # one durable write
        subscribed = subscribed_by_url(store)
        in_use = tags_in_use(store, subscribed.values())
        for entry in listed:
            try:
                feed = add_feed(
                    store,
                    entry.url,
                    name=entry.name,
                    tags=entry.tags,
                    site_url=entry.site_url,
                    min_interval=entry.interval,
                    subscribed=subscribed,
                    in_use=in_use,
                )
            except AlreadySubscribed as already:
                known += 1
                said.append((False, f"subscribed {already.feed.id}  {already.feed.display_name}"))
                continue
            except FeedError as error:
                failed += 1
                said.append((True, str(error)))
                continue
            added += 1
            said.append((False, f"added {feed.id}  {feed.display_name}  ({feed.url})"))
    for is_error, line in said:
        if is_error:
            fail(line)
        else:
            print(inert_line(line))
    print(f"{added:,} added, {known:,} already subscribed, {failed:,} failed", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def run_feed_export(args: argparse.Namespace) -> int:
    from diplotui.feeds import opml_document

    with open_store(args, write=False) as store:
        text = opml_document(store.feeds()).decode("utf-8")
    write_or_print(text, args.output, args.force, store.path)
    return EXIT_OK


def run_refresh(args: argparse.Namespace) -> int:
    """Fetch and extract with the store open read-only, and take its write lock only to
    write what came in: a long refresh does not keep the app (or another command) out."""
    from diplotui.feeds import refresh
    from diplotui.feeds.refresh import SAME_TEXT_SAID, skipped_as_deleted
    from diplotui.feeds.workers import fork_is_safe

    named = f"feed {args.feeds[0]!r}" if args.feeds else ""
    with open_store(args, write=False, names=named) as store:
        ids = [_named_feed(store, name) for name in args.feeds] or None
        urls = {feed.id: feed.url for feed in store.feeds()}
        if not urls:
            print(NO_FEEDS, file=sys.stderr)
            return EXIT_OK
        summary = refresh(
            store,
            ids,
            force=args.force,
            bring_back=args.bring_back,
            write_in=partial(writable_store, args, _fetched_not_stored),
            # a child forked at once parses on the other core (never a server process
            # started for one refresh: that costs its interpreter and imports)
            separate_process=fork_is_safe(),
        )
    titles = _new_titles(args, summary) if args.verbose else {}
    for result in summary.results:
        itemised = [failure.line() for failure in result.page_failures] if args.verbose else []
        for warning in result.warnings:
            if warning not in itemised:  # a lone failed page's warning is its own line
                fail(f"{result.name}: warning: {warning}")
        for line in itemised:
            fail(f"{result.name}: page failed: {line}")
        if result.error:
            named = result.name.removesuffix(f" ({result.apart})")  # its address tells
            fail(f"{named} ({urls.get(result.feed_id, '')}): {result.error}")
        elif result.skipped:
            print(inert_line(f"{result.name}: skipped, {result.skipped}"))
        elif result.unchanged:
            print(inert_line(f"{result.name}: unchanged"))
        else:
            lost = result.lost.said()
            updated = f", {result.updated:,} updated" if result.updated else ""
            updated += f" ({lost})" if lost else ""
            held = (
                f" ({result.held_already:,} already in the library: another feed's, a "
                "teammate's or saved by hand)"
                if result.held_already
                else ""
            )
            if result.same_text:
                held += f", {result.same_text:,} {'item' if result.same_text == 1 else 'items'}"
                held += f" {SAME_TEXT_SAID}"
            if result.deleted_by_team:
                held += f", {skipped_as_deleted(result.deleted_by_team)}"
            print(inert_line(f"{result.name}: {result.new:,} new{updated}{held}"))
            for article_id in result.article_ids if args.verbose else ():
                print(inert_line(f"  new  {article_id}  {titles.get(article_id, '')}".rstrip()))
            for link in result.deleted_items if args.verbose else ():
                back = f"  (diplotui add {link} brings it back)" if is_web_address(link) else ""
                print(inert_line(f"  deleted  {link}{back}"))
    print(inert_line(summary.line()))
    if not args.verbose and any(result.deleted_items for result in summary.results):
        print(
            "diplotui: refresh --verbose names the items skipped as deleted;"
            " diplotui add URL brings one back, refresh --bring-back FEED all of them",
            file=sys.stderr,
        )
    if any(result.due_in for result in summary.results):
        print("diplotui: refresh --force checks every feed now", file=sys.stderr)
    return EXIT_FAILED if summary.failures else EXIT_OK


def _new_titles(args: argparse.Namespace, summary: RefreshSummary) -> dict[str, str]:
    """The titles of the articles the refresh stored, by id, for ``--verbose`` to list
    them: "Desk Wire: 3 new" said which feed, never which stories, and ``list --unread``
    mixes them with every one left unread before."""
    wanted = [article_id for result in summary.results for article_id in result.article_ids]
    if not wanted:
        return {}
    with open_store(args, write=False) as store:
        present = store.article_ids()
        return {a: store.article(a).title for a in wanted if a in present}


def _fetched_not_stored(error: CommandError) -> str:
    """A refresh refused the store by another process: what it fetched is not stored (the
    next refresh fetches it all again)."""
    return f"refresh: fetched, but nothing was stored: {error}"


def run_add_pages(args: argparse.Namespace) -> int:
    from diplotui.cli.library import outcome_line, print_citation_hint
    from diplotui.feeds import fetch_pages, store_pages
    from diplotui.feeds.pages import failed_pages
    from diplotui.tags import TagError, add_tags, parse_tags

    try:
        tags = add_tags([], parse_tags(args.tag))
    except TagError as error:
        raise CommandError(f"add: {error}", EXIT_USAGE) from error
    refuse_while_held(args)
    pages = fetch_pages(args.urls)
    report = failed_pages(args.urls, pages)
    if report is None:
        with open_store(args, write=True) as store:
            report = store_pages(store, args.urls, pages, update=args.update, tags=tags)
    for outcome in report.outcomes:
        print(inert_line(outcome_line(outcome)))
    print_citation_hint(report)
    print(report.summary(), file=sys.stderr)
    return EXIT_FAILED if report.failed else EXIT_OK
