"""``python -m diplotui`` and the ``diplotui`` command, whose entry point is :func:`run`."""

import sys


def run() -> int:
    """The ``diplotui`` command. A Ctrl-C while its modules are imported (most of a short
    command's start) ends it as one during the command does: status 130, no traceback. The
    console script imports only this module first, so it cannot catch one itself."""
    try:
        from diplotui.cli.main import main
    except KeyboardInterrupt:
        import signal

        signal.signal(signal.SIGINT, signal.SIG_DFL)  # a second one, while exiting, ends it
        return 130  # the shell's status for a command ended by Ctrl-C (EXIT_INTERRUPTED)
    return main()


if __name__ == "__main__":
    sys.exit(run())
