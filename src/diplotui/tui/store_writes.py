"""Store writes from thread workers: the one path, and why it is needed.

The app writes to the store on its UI thread: every change of the annotation session, the
settings, saved filters. Jobs too slow for that thread run in thread workers, and a worker
never writes to the store itself: it hands each write to :func:`write_on_ui_thread`, which runs
it on the UI thread and gives the worker its result or its error. So every write is made in
order with the user's own, none waits on another thread's batch holding the store, and what
the screen shows (the list, the open article) is brought up to date on that one thread.

The workers that write:

- **an import** (``ImportScreen``: reading and parsing a thousand files) hands over one write
  per batch of files (``import_paths(..., run_write=...)``); a failed write stops the import
  and the dialog says why in one line;
- **a feeds refresh** (``R``: fetching and extracting pages) hands over every store access of
  ``diplotui.feeds.refresh`` (``access=``), a batch of at most 25 articles at a time, each
  written without waiting for the disk: the refresh's own thread fsyncs it (``Store.sync``)
  before it goes on;
- **a copy** (a clipboard tool may hang) hands over its quote-history record; a failed save
  is said in the copy's notification.

Workers that only read the store, or write caches of their own beside it (search index,
entity and statement caches, the list snapshot), need no hand-over.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.app import App

ResultT = TypeVar("ResultT")
REFRESH_GROUP = "feeds-refresh"
"""The worker group of ``R``'s refresh (the app writes no list snapshot while it runs)."""


def write_on_ui_thread(app: App[object], write: Callable[[], ResultT]) -> ResultT:
    """Run ``write`` on the UI thread and return its result (or raise its error) in the worker."""
    return app.call_from_thread(write)
