"""Entry point of the ``diplotui`` command: parse arguments and dispatch to a command module."""

from __future__ import annotations

import importlib
import signal
import sys
import threading
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from diplotui import __version__
from diplotui.cli.commands import COMMANDS
from diplotui.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    fail,
    print_anything,
)
from diplotui.errors import os_error_line
from diplotui.store import StoreError
from diplotui.store.collection import end_start_up_pause, pause_for_start_up

if TYPE_CHECKING:
    import argparse


def _launch_options(argv: Sequence[str]) -> tuple[str | None, bool, bool] | None:
    """``(--db, --read-only, --create)`` when ``argv`` only starts the app, else None.

    Starting the app then needs neither argparse nor the command modules, which saves their
    import time before the first frame. Anything else (a command, --help, --version, a
    mistake) goes to argparse whole.
    """
    db: str | None = None
    read_only = create = False
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--db" and args:
            db = args.pop(0)
        elif arg.startswith("--db="):
            db = arg.removeprefix("--db=")
        elif arg == "--read-only":
            read_only = True
        elif arg == "--create":
            create = True
        else:
            return None
    return db, read_only, create


def _check_db(db: str | None, create: bool) -> None:
    """A store the user named, by ``--db`` or ``DIPLOTUI_DB``, must be in an existing folder
    unless ``--create`` is given: a typo in either never grows a new library."""
    import os
    from pathlib import Path

    from diplotui.paths import DB_ENV_VAR, StoreFolderError, check_store_folder, check_store_name

    if db is not None and not db.strip():
        # ``--db "$LIBRARY"`` with the variable unset must not open the default library
        raise CommandError("--db names no store (an empty path)", EXIT_USAGE)
    named = db or os.environ.get(DB_ENV_VAR)
    if db is None and named is not None and not named.strip():
        # ``DIPLOTUI_DB="$LIBRARY "``: a library named "  "; ``DIPLOTUI_DB="$LIBRARY"``, read
        # as no variable, sent the command to the user's own library
        what = "a blank path" if named else "an empty path"
        raise CommandError(f"{DB_ENV_VAR} names no store ({what})", EXIT_USAGE)
    if not named:
        return
    try:
        check_store_name(named, named_by="" if db else DB_ENV_VAR)
        check_store_folder(
            Path(named).expanduser(), create=create, named_by="" if db else DB_ENV_VAR
        )
    except StoreFolderError as error:
        raise CommandError(str(error), EXIT_USAGE) from error


# A command not built: its name and help in ``diplotui --help`` and in an unknown command's
# error, and, when argv names it, which command that is.
_UNBUILT = "_unbuilt_command"


def build_parser(built: Collection[str] = ()) -> argparse.ArgumentParser:
    """The parser, with the commands named in ``built`` (and those of their modules) whole and
    every other one a stand-in with its name and help (``diplotui.cli.commands``): importing a
    command's module and building its sub-parser is most of a short command's start."""
    from diplotui.cli.parsing import DiplotuiParser  # argparse is not needed to start the app

    parser = DiplotuiParser(
        prog="diplotui",
        description="Read and annotate diplomacy news in the terminal. "
        "With no command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"diplotui {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="the store file (default: $DIPLOTUI_DB or the user data dir)"
    )
    parser.add_argument(
        "--read-only", action="store_true", help="open the app without writing to the store"
    )
    parser.add_argument(
        "--create", action="store_true", help="create the folder --db names if it is missing"
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    modules = {COMMANDS[name].module for name in built}
    for name, command in COMMANDS.items():
        if command.module not in modules:
            stand_in = subparsers.add_parser(name, help=command.summary, add_help=False)
            stand_in.set_defaults(**{_UNBUILT: name})
        elif name not in subparsers.choices:  # each module registers all its commands at once
            importlib.import_module(f"diplotui.cli.{command.module}").register(subparsers)
    _store_options_after_the_command(parser)
    return parser


def _parse(argv: list[str]) -> argparse.Namespace:
    """``argv`` read as the whole parser reads it, building only the command it names.

    The command is found by argparse itself on the stand-ins (the top-level options, their
    abbreviations and values before it), which take whatever follows them; the top-level
    help, ``--version``, an unknown command and a mistake before the command are said then,
    as the whole parser says them."""
    from diplotui.cli.parsing import long_options, values_starting_with_a_dash

    def every_commands_options() -> set[str]:
        """Only for a value starting with "--" that the asked command has no option for."""
        return long_options(build_parser(COMMANDS))

    parser = build_parser()
    known, _ = parser.parse_known_args(
        values_starting_with_a_dash(parser, argv, every_commands_options)
    )
    asked = getattr(known, _UNBUILT, None)
    if asked is not None:
        parser = build_parser([asked])
    return parser.parse_args(values_starting_with_a_dash(parser, argv, every_commands_options))


def _store_options_after_the_command(parser: argparse.ArgumentParser) -> None:
    """``--db`` and ``--create`` on every command too: 'diplotui list --db x' was refused
    with "unrecognized arguments: --db", an option the user had just read about. Their
    default is SUPPRESS, so one given before the command stands unless repeated after it."""
    import argparse

    for action in parser._actions:  # argparse offers no public walk of its subcommands
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for command in dict.fromkeys(action.choices.values()):
            if command.get_default(_UNBUILT) is not None:
                continue
            if any(isinstance(a, argparse._SubParsersAction) for a in command._actions):
                _store_options_after_the_command(command)  # "feed add", "share init"
                continue
            command.add_argument(
                "--db", metavar="PATH", default=argparse.SUPPRESS, help="the store file"
            )
            command.add_argument(
                "--create",
                action="store_true",
                default=argparse.SUPPRESS,
                help="create the folder --db names if it is missing",
            )


def _reader_gone() -> bool:
    """Whether stdout is a pipe whose reader has closed it (``| head -1``): then the command
    ends quietly, status 0, whatever was left unwritten, as it does when all its output fitted
    in the pipe before the reader left. Which of the two happens is a matter of timing, so any
    other status (or a traceback, or Python's "Exception ignored" at exit) would be a coin
    toss under ``set -o pipefail``. Stdout is then pointed at the null device, so nothing
    buffered fails again when the interpreter flushes it on the way out."""
    import os
    import select

    try:
        descriptor = sys.stdout.fileno()
        poller = select.poll()
        poller.register(descriptor, select.POLLOUT)
        gone = any(events & select.POLLERR for _, events in poller.poll(0))
    except (OSError, ValueError, AttributeError):  # no real descriptor: a test's capture
        return False
    if gone:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, descriptor)
        os.close(null)
    return gone


def _closed_stdout_to_null() -> None:
    """A command run with stdout closed (``>&-``, a job runner's) prints to the null device,
    as to a reader gone: Python then has no stdout, and a command that had done its work
    ended in an AttributeError traceback."""
    if sys.stdout is None:
        import os

        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (open for the process)


def main(argv: Sequence[str] | None = None) -> int:
    """The ``diplotui`` command (``argv`` None: the process's own arguments, as its entry
    point runs it). A Ctrl-C anywhere in it ends it with status 130 and what it says, never a
    traceback; run as the program, one coming after it is done ends the process as Ctrl-C
    ends any (Python would raise it in the entry point or while exiting, a traceback)."""
    program = argv is None
    try:
        return _command(sys.argv[1:] if argv is None else list(argv))
    except KeyboardInterrupt:  # in a handler below, as it printed an error line
        return EXIT_INTERRUPTED
    finally:
        if program and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_DFL)


def _command(argv: list[str]) -> int:
    _closed_stdout_to_null()
    launch = _launch_options(argv)
    try:
        if launch is None:
            args = _parse(argv)
            _check_db(args.db, args.create)
            if hasattr(args, "func"):
                print_anything()
                status = int(args.func(args) or 0)
                sys.stdout.flush()  # here, where a reader gone is caught, not at exit
                return status
            launch = (args.db, args.read_only, args.create)
        db, read_only, create = launch
        _check_db(db, create)
        # Start-up allocates hundreds of thousands of long-lived objects (Textual, the store);
        # collecting meanwhile costs ~30 ms and frees nothing. The app resumes collection
        # after the first frame, freezing what start-up made (see DiplotuiApp).
        pause_for_start_up()
        from diplotui.tui.launch import run_app

        try:
            start_error = run_app(db, read_only)
        finally:
            end_start_up_pause()
        if start_error is not None:
            fail(start_error)
            return EXIT_FAILED
        return EXIT_OK
    except CommandError as error:
        fail(str(error), error.details)
        return error.status
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError as error:
        if not _reader_gone():
            fail(os_error_line(error))
            return EXIT_FAILED
        return EXIT_OK
    except StoreError as error:  # e.g. a record gone since the command looked it up
        fail(str(error))
        return EXIT_FAILED
    except OSError as error:  # a full disk, a read-only or vanished folder: one line, no trace
        fail(os_error_line(error))
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
