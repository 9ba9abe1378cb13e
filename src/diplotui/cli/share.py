"""Sharing commands: ``share init REMOTE``, ``share clone REMOTE`` and ``sync``."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable

from diplotui.cli.commands import command_help
from diplotui.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    command_again,
    one_line,
    open_store,
    utf8_text,
)
from diplotui.inert import inert_line
from diplotui.paths import resolve_db_path
from diplotui.share import (
    ShareError,
    SyncResult,
    not_shared,
    remember_author,
    resolve_author,
    share_clone,
    share_init,
    sync,
)
from diplotui.share.git import nothing_to_join, remote_problem
from diplotui.store import Store
from diplotui.store.under_way import SYNC, noted_while_running


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    share = subparsers.add_parser(
        "share",
        help=command_help("share"),
        description="Set up sharing through a git remote (a path, file://, ssh://, host:path). "
        "`init` publishes this library to an empty remote (a path that does not exist yet "
        "becomes a new bare repository); `clone` joins a library already there. Then run "
        "`diplotui sync`.",
    )
    actions = share.add_subparsers(title="actions", metavar="ACTION", required=True)
    for name, run, help_text in (
        ("init", share_init, "publish this library to an empty git remote"),
        ("clone", share_clone, "join the library a git remote holds, merging this one into it"),
    ):
        action = actions.add_parser(name, help=help_text, description=help_text)
        action.add_argument("remote", metavar="REMOTE", help="the git remote")
        _author_option(action)
        _verbose_option(action)
        action.set_defaults(func=_runner(run))

    sync_parser = subparsers.add_parser(
        "sync",
        help=command_help("sync"),
        description="Commit this library's changes, fetch the team's, merge them per "
        "annotation, update the library and push. Conflicts are kept and flagged, never lost; "
        "nothing is changed when the remote cannot be reached or read.",
    )
    _author_option(sync_parser, RENAMES)
    _verbose_option(sync_parser)
    sync_parser.set_defaults(func=_runner(lambda store, author: sync(store, author)))


RENAMES = (
    "; a new NAME renames the highlights you made so far, for the whole team (a "
    "teammate's list --author finds them under it)"
)
"""What ``sync --author`` does beyond naming: README's rename, which the help never said."""


def _verbose_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="name every record changed, held or found (else the first 20 of each kind, the "
        "rest counted)",
    )


def _author_option(parser: argparse.ArgumentParser, more: str = "") -> None:
    parser.add_argument(
        "--author",
        metavar="NAME",
        help="the name put on your annotations (default: the last one given, else git "
        f"config user.name){more}",
    )


def _author_given(author: str) -> str:
    """``--author`` as the team will read it: one line, its escape sequences and control
    characters dropped as ``meta --author`` drops them (a name copied from a coloured
    terminal was put on every commit and highlight with "␛[31m" in it), no longer than the
    line a teammate's sync keeps of a name (3,000 characters were accepted, and each
    teammate read the first 500). A usage error, before anything is set up or sent."""
    from diplotui.cite import clean_field

    return one_line(clean_field(utf8_text(author, "--author")), "--author")


def _runner(
    run: Callable[..., SyncResult],
) -> Callable[[argparse.Namespace], int]:
    def command(args: argparse.Namespace) -> int:
        if args.author is not None:  # kept with U+FFFD for its byte, on every commit
            args.author = _author_given(args.author)
        remote = getattr(args, "remote", None)
        problem = None if remote is None else remote_problem(remote)
        if problem is not None:  # a usage error, before the store is opened
            raise CommandError(f"the remote {remote}: {problem}", EXIT_USAGE)
        if remote is not None and run is share_clone and (missing := nothing_to_join(remote)):
            raise CommandError(
                f"the remote {remote} cannot be reached ({missing}); nothing was set up"
            )
        if remote is None and (unshared := not_shared(resolve_db_path(getattr(args, "db", None)))):
            raise CommandError(unshared)  # before a new library is made and seeded for it
        with open_store(args, write=True) as store:
            author = resolve_author(store, args.author)
            # a sync killed outright is said by the next command (init and clone keep a
            # marker of their own: `sync` says the set-up did not finish)
            noted = noted_while_running(store.path, command_again(args, "sync"), SYNC)
            with noted if remote is None else contextlib.nullcontext():
                result = _run(run, store, author, remote)
            remember_author(store, author)
        print(inert_line(result.summary()))
        for line in result.named_lines(every=args.verbose):
            print(inert_line(line))
        return EXIT_OK

    return command


def _run(
    run: Callable[..., SyncResult], store: Store, author: str, remote: str | None
) -> SyncResult:
    try:
        return run(store, remote, author) if remote is not None else run(store, author)
    except ShareError as error:
        raise CommandError(str(error)) from error
