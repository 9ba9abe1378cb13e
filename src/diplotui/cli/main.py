"""Entry point of the ``diplotui`` command: parse arguments and dispatch to a command module."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence

from diplotui import __version__
from diplotui.cli.common import EXIT_FAILED, CommandError, fail

# Each module defines ``register(subparsers)`` and sets ``func`` on the parsers it adds.
COMMAND_MODULES = (
    "diplotui.cli.library",
    "diplotui.cli.entities",
    "diplotui.cli.doctor",
    "diplotui.cli.quotes",
    "diplotui.cli.annotate",
)


def _names_a_command(argv: Sequence[str]) -> bool:
    """True unless ``argv`` only starts the app; launching the app then skips loading commands."""
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--db":
            if args:
                args.pop(0)
        elif arg == "--read-only" or arg.startswith("--db="):
            continue
        else:
            return True  # a command, --help, --version or a mistake: let argparse see it all
    return False


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    if with_commands:
        subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
        for module_name in COMMAND_MODULES:
            importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(with_commands=_names_a_command(argv)).parse_args(argv)
    try:
        if hasattr(args, "func"):
            return int(args.func(args) or 0)
        # Start-up allocates hundreds of thousands of long-lived objects (Textual, the store);
        # collecting meanwhile costs ~30 ms and frees nothing. The app resumes collection
        # after the first frame, freezing what start-up made (see DiplotuiApp).
        gc.disable()
        from diplotui.tui.launch import run_app

        return run_app(args)
    except CommandError as error:
        fail(str(error))
        return error.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
