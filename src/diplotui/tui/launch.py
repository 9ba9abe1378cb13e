"""Start the app from the command line: open the store, seed it on first run, run the app."""

from __future__ import annotations

import argparse

from diplotui.cli.common import EXIT_FAILED, EXIT_OK, fail
from diplotui.inert import inert_line
from diplotui.paths import resolve_db_path
from diplotui.store import Store, StoreError, StoreLocked


def run_app(args: argparse.Namespace) -> int:
    """Open the store (read-only when another process holds it) and run the app on it."""
    path = resolve_db_path(args.db)
    notices: list[str] = []
    try:
        if args.read_only:
            store = Store.open(path, read_only=True)
        else:
            try:
                store = Store.open(path, backup_in_background=True)
            except StoreLocked as error:
                store = Store.open(path, read_only=True)
                notices.append(f"{error.args[0]} Opened read-only: changes will not be saved.")
    except StoreError as error:
        fail(str(error))
        return EXIT_FAILED
    try:
        if store.is_new and not store.read_only:
            from diplotui.ingest import seed_if_empty  # the importer is needed on a first run only

            report = seed_if_empty(store)
            if report is not None:
                imported = report.count("imported")
                notices.append(f"First run: imported {imported} bundled articles into {path}")
        from diplotui.tui.app import DiplotuiApp

        DiplotuiApp(store, notices=[inert_line(n) for n in notices]).run()  # paths are data
    finally:
        store.close()
    return EXIT_OK
