"""Start the app from the command line: open the store, seed it on first run, run the app."""

from __future__ import annotations

import asyncio
import codecs
import functools
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplotui.errors import os_error_line
from diplotui.inert import inert_line
from diplotui.library.kept_list import load_snapshot
from diplotui.paths import resolve_db_path
from diplotui.store import StoreError, StoreLocked, StoreReadOnly

if TYPE_CHECKING:
    from diplotui.store import Store
    from diplotui.tui.app import DiplotuiApp


def open_for_app(path: Path, read_only: bool) -> tuple[Store, list[str]]:
    """Open the store (read-only when another process holds it), seeding a first run.

    Returns the store and what the user should be told about it (as inert text).
    """
    from diplotui.store import Store  # with a list snapshot, after the first frame

    notices: list[str] = []
    if read_only:
        store = Store.open(path, read_only=True)
        return store, [inert_line(notice) for notice in [*store.notices, *_unfinished(store)]]
    try:
        store = Store.open(path, backup_in_background=True, seeded_if_new=True)
    except (StoreLocked, StoreReadOnly) as error:
        store = Store.open(path, read_only=True)
        if isinstance(error, StoreLocked):
            reason = f"{error.path} is already open in {error.holder}."
        else:
            reason = error.args[0].rstrip(".") + "."
        notices.append(f"{reason} Opened read-only: changes will not be saved.")
    notices.extend(store.notices)
    notices.extend(_unfinished(store))
    if not store.read_only:  # only the store's writer takes what an ended app refused
        from diplotui.session.refused import take_refused

        try:
            notices.extend(take_refused(store.path))
        except OSError as error:
            notices.append(os_error_line(error))
    if store.is_new and not store.read_only:
        from diplotui.ingest import seed_if_empty  # the importer is needed on a first run only

        try:
            report = seed_if_empty(store)
        except BaseException:
            store.close()
            raise
        if report is not None:
            from diplotui.tui.app import Welcome

            lines = [inert_line(notice) for notice in notices]  # paths are data
            imported = report.count("imported")
            said = f"First run: imported {imported} bundled articles into {home_short(path)}."
            return store, [*lines, Welcome(inert_line(said))]
    return store, [inert_line(notice) for notice in notices]  # paths are data


def _unfinished(store: Store) -> list[str]:
    """The notices of an import or sync killed before it finished (``kill -9``, the app's
    own ``I`` with the terminal closed) and of exports killed so, as every command says them:
    the app started on such a store said nothing of the work left half done."""
    from diplotui.store.under_way import killed_exports, unfinished_work

    said = [*unfinished_work(store.path), *killed_exports(store.path)]
    return [line[0].upper() + line[1:] + "." for line in said]


def home_short(path: Path) -> str:
    """``path`` with the home folder as "~": the default store's path took three of the
    seven rows the empty reader has at 40x12."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except (ValueError, RuntimeError):  # elsewhere, or no home folder known
        return str(path)


def build_app(path: Path, read_only: bool) -> DiplotuiApp:
    """The app as the command line starts it (tests build theirs here too): with a kept list
    snapshot, the list paints from it before the store is opened and parsed. A snapshot
    stale only because another process appended to the journal is painted too, and caught up
    as soon as the store is open, before any key is handled. Raises StoreError when the store
    cannot be opened (a store file changed since its snapshot is opened here, first)."""
    snapshot = None if read_only else load_snapshot(path, even_stale=True)
    from diplotui.tui.app import DiplotuiApp

    if snapshot is not None:
        opener = functools.partial(open_for_app, path, read_only)
        return DiplotuiApp(None, snapshot=snapshot, open_store=opener)
    store, notices = open_for_app(path, read_only)
    return DiplotuiApp(store, notices)


# seconds an app told to end by a signal has to close before the process ends regardless
HANG_UP_GRACE_S = 5.0


def _end_on_hangup(app: DiplotuiApp) -> dict[int, Any]:
    """Make a hang-up (the terminal gone) or SIGTERM end the app as ``q`` does, the typing of
    an open dialog saved (``end_on_hangup``), instead of killing the process with it.
    Returns the handlers replaced."""

    def handler(signum: int, _frame: object) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # before the app runs or after: end as the signal would
            raise SystemExit(128 + signum) from None
        _end_regardless(128 + signum)
        loop.call_soon_threadsafe(_hang_up, app)

    wanted = [getattr(signal, name) for name in ("SIGHUP", "SIGTERM") if hasattr(signal, name)]
    return {signum: signal.signal(signum, handler) for signum in wanted}


def _end_regardless(status: int) -> None:
    """End the process ``HANG_UP_GRACE_S`` after a signal if the app has not closed by then:
    with its terminal gone, Textual's shutdown can wait for ever on output nobody reads (its
    writer's queue full), keeping the store locked against every later start. Ending
    unclosed is safe: every write to the store is atomic and durable."""
    timer = threading.Timer(HANG_UP_GRACE_S, _exit_now, (status,))
    timer.daemon = True  # an app that closes in time ends the process without waiting
    timer.start()


def _exit_now(status: int) -> None:
    """``os._exit``, the clipboard tools still waiting ended first: it runs no exit handler,
    and a hanging xclip outlived the app whose terminal had gone."""
    from diplotui.clipboard import end_waiting_tools

    end_waiting_tools()
    os._exit(status)


def _hang_up(app: DiplotuiApp) -> None:
    from diplotui.tui.dialogs.dialog import end_on_hangup  # imported once it is needed

    end_on_hangup(app)


def _take_pastes_whole() -> None:
    """Pastes read whole (``tui/paste_input.py``) where Textual's private parser is the one it
    was written against and its POSIX driver is there; else Textual's own parser: another
    Textual, or a platform without that driver, still starts the app."""
    try:
        from diplotui.tui.paste_input import take_pastes_whole

        take_pastes_whole()
    except (ImportError, AttributeError):
        return


def _decoder_replacing(encoding: str) -> Callable[[], codecs.IncrementalDecoder]:
    """Python's incremental decoder of ``encoding``, a byte it cannot decode read as U+FFFD
    rather than raising."""
    return functools.partial(codecs.getincrementaldecoder(encoding), errors="replace")


def _keys_in_any_encoding() -> None:
    """Have the POSIX driver read a byte that is not UTF-8 as U+FFFD (seen where it is typed,
    as the importer's stray bytes are said): its decoder raised, ending the input thread and
    the app with it in a traceback (exit status 0), on one key typed in a terminal set to
    another encoding (PuTTY's Latin-1: "é" is 0xE9) or a byte of binary data pasted, the
    typing of an open dialog lost with it. A character a read cuts in two is still one."""
    try:
        from textual.drivers import linux_driver
    except ImportError:  # no POSIX driver: Textual's own reading
        return
    setattr(linux_driver, "getincrementaldecoder", _decoder_replacing)  # noqa: B010


NO_TERMINAL = (
    "the app reads its keys from a terminal, and standard input is not one (a script, a "
    "pipe?): it did not start; give a command to run without it (diplotui --help lists them)"
)
"""Why the app does not start without a terminal: started by a script, cron or a pipe
(``diplotui`` without a command), it drew into the void and waited for keys that never came,
holding the store's lock against every later command until it was killed."""


def _keys_from_a_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):  # a closed or odd stdin
        return False


def run_app(db: str | None, read_only: bool) -> str | None:
    """Run the app on the store ``--db`` names (or the default one).

    Returns why the app could not start (for the command line to report), or None.
    """
    try:
        app = build_app(resolve_db_path(db), read_only)
    except StoreError as error:
        return str(error)
    except OSError as error:  # e.g. its lock is a directory, or its folder cannot be made
        return os_error_line(error)
    if not _keys_from_a_terminal():
        if app.store is not None:
            app.store.close()
        return NO_TERMINAL
    previous = _end_on_hangup(app)
    _keys_in_any_encoding()
    _take_pastes_whole()
    try:
        app.run()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if app.store is not None:
            wrote = not app.store.read_only
            app.store.close()
            if wrote:
                from diplotui.library.snapshot import save_snapshot

                save_snapshot(app.store)  # after closing, which may compact the journal
    if app.start_error is None and app.return_code:
        return "the app stopped on an error (shown above)"  # an app that died says so
    return app.start_error
