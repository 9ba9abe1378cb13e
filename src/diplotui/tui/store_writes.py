"""Store writes from thread workers: the one path, and why it is safe.

The app writes to the store on its UI thread: every change of the annotation session, the
settings, saved filters. Two jobs are too slow for that thread and run in thread workers:

- **a copy** (a clipboard tool may hang): its one write, the quote-history record, is handed to
  the UI thread with :func:`write_on_ui_thread`, so it is made in order with the user's changes;
- **an import** (parsing a thousand files): ``ImportScreen`` runs it in a worker that writes in
  batches (one durable write per batch) while the dialog holds the screen: it cannot be closed
  until the import ends, so no other write is made meanwhile.

No other worker writes to the store; a new one must use :func:`write_on_ui_thread`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.app import App

ResultT = TypeVar("ResultT")


def write_on_ui_thread(app: App[object], write: Callable[[], ResultT]) -> ResultT:
    """Run ``write`` on the UI thread and return its result (or raise its error) in the worker."""
    return app.call_from_thread(write)
