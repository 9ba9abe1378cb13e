"""Each feed's last fetch outcome: when it last succeeded, and since when and why it fails.

A failed fetch changes nothing stored (README), so the outcome is not a field of the feed
record: it is derived data in ``<store>.cache/feed_health.json``, written atomically after
each refresh, holding the store's write lock (one that fetched with the store read-only
takes it to write what came in) so that two refreshes never interleave their read, change
and write of it, and read by ``feed list`` and the app's feeds section. Once the refresh's
one line is gone, a dead feed still says so ("failing since 10:37: HTTP 404 Not Found"); its
next success clears it. A missing file is no outcome yet; an unreadable or hostile one is
ignored with one line, never the store's business.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from diplotui.inert import inert_line
from diplotui.paths import cache_dir
from diplotui.store.files import (
    atomic_write_bytes,
    canonical_store_path,
    open_regular_file,
    remove_dead_temps,
)

HEALTH_NAME = "feed_health.json"
HEALTH_FORMAT = 1
MOST_BYTES = 1_000_000  # a thousand feeds' outcomes take a tenth of it
REASON_CHARS = 300  # as a parser failure's reason is cut in the refresh


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    """One feed's outcome: ISO times in UTC ("" for never) and the refresh's reason."""

    succeeded: str = ""
    failing_since: str = ""
    reason: str = ""

    @property
    def failing(self) -> bool:
        return bool(self.failing_since)

    def since(self, today: str) -> str:
        """Since when it fails: "since 10:37" (the day too, "since 12-05 10:37", when not
        ``today``, a "YYYY-MM-DD"; the year too when not today's: a day of 2099 or of last
        year read as one of this year); "" when it does not."""
        if not self.failing:
            return ""
        day, _, time = self.failing_since.partition("T")
        if day == today:
            return f"since {time[:5]}"
        return f"since {day[5:] if day[:4] == today[:4] else day} {time[:5]}"


@dataclass(frozen=True, slots=True)
class Health:
    """Every feed's outcome by id, and the one line saying why the file was ignored."""

    outcomes: dict[str, FetchOutcome]
    problem: str = ""


def health_path(store_path: Path) -> Path:
    return cache_dir(canonical_store_path(store_path)) / HEALTH_NAME


def load_health(store_path: Path) -> Health:
    """The outcomes kept for the store at ``store_path`` (none when there is no file). A
    folder in its place says how to mend it: no refresh can write the file there, and the
    line alone ("cannot be read (not a regular file ...)") left the reader to guess why."""
    path = health_path(store_path)
    try:
        with open(open_regular_file(path), "rb") as handle:  # not a FIFO, nor 2 GB read
            raw = handle.read(MOST_BYTES + 1)
    except FileNotFoundError:
        return Health({})
    except OSError as error:
        if path.is_dir():
            mend = f"remove the folder {path} (the next refresh keeps them)"
            return Health({}, f"{path}: a folder, where the feeds' fetch outcomes go: {mend}")
        return Health({}, f"{path}: ignored, cannot be read ({error.strerror or error})")
    try:
        if len(raw) > MOST_BYTES:
            raise ValueError(f"over {MOST_BYTES:,} bytes")
        return Health(_outcomes(json.loads(raw.decode("utf-8"))))
    except (ValueError, TypeError, RecursionError) as error:
        said = inert_line(str(error))[:100]
        return Health({}, f"{path}: ignored, not a list of feeds' fetch outcomes ({said})")


@dataclass(slots=True)
class HealthReader:
    """The outcomes read again only when their file's stamp (its inode, size, mtime_ns and
    ctime_ns) changed: the app counts the library at each ``u`` and ``a``, and reading a file
    of a thousand feeds' outcomes (1 MB) took 51 ms of the UI thread every time. The change
    time, which no one sets back: a copy written over the file in place with its time kept
    (``cp -p``) left the inode, size and mtime as they were, and the old outcomes shown."""

    stamp: tuple[int, int, int, int] | None = None
    health: Health | None = None

    def read(self, store_path: Path) -> Health:
        try:
            status = health_path(store_path).stat()
            stamp: tuple[int, int, int, int] | None = (
                status.st_ino,
                status.st_size,
                status.st_mtime_ns,
                status.st_ctime_ns,
            )
        except OSError:
            stamp = None  # missing (or not to be looked at): asked again each time, cheaply
        if self.health is None or stamp is None or stamp != self.stamp:
            self.health, self.stamp = load_health(store_path), stamp
        return self.health


def _outcomes(data: object) -> dict[str, FetchOutcome]:
    if not isinstance(data, dict) or data.get("format") != HEALTH_FORMAT:
        raise ValueError("unknown format")
    feeds = data.get("feeds")
    if not isinstance(feeds, dict):
        raise ValueError("no feeds")
    outcomes = {}
    for feed_id, fields in feeds.items():
        if not isinstance(fields, dict) or not all(isinstance(v, str) for v in fields.values()):
            raise ValueError(f"feed {inert_line(feed_id)[:40]!r} is not text")
        outcomes[feed_id] = FetchOutcome(
            _stamp(fields.get("succeeded", "")),
            _stamp(fields.get("failing_since", "")),
            inert_line(fields.get("reason", ""))[:REASON_CHARS],
        )
    return outcomes


def _stamp(text: str) -> str:
    """An ISO time as written here ("" stays ""); ValueError for anything else."""
    if text:
        datetime.fromisoformat(text)
    return text


def _by(stamp: str, moment: datetime) -> bool:
    """Whether ``stamp`` (read by :func:`_stamp`) is a time no later than ``moment``: a
    failure begins by the fetch that finds it, and one kept "since" 2099 (a clock set ahead,
    or a hand) stayed so at every later failure."""
    if not stamp:
        return False
    when = datetime.fromisoformat(stamp)
    return (when if when.tzinfo else when.replace(tzinfo=timezone.utc)) <= moment


def record_outcomes(
    store_path: Path,
    fetched: Iterable[tuple[str, str]],
    subscribed: Collection[str],
    now: datetime | None = None,
) -> None:
    """Keep the outcome of each feed fetched (its id and its error, "" for success): a
    success clears its failure, a failure keeps the time it began. Feeds not fetched
    (skipped) keep theirs; those no longer ``subscribed`` (their ids) are left out, so the
    file does not grow with every feed ever followed. The caller holds the store's write
    lock. A file that cannot be written leaves the outcomes unkept: they are derived, and
    the refresh has said them."""
    moment = now or datetime.now(timezone.utc)
    stamp = moment.isoformat(timespec="seconds")
    kept = load_health(store_path).outcomes
    outcomes = {feed_id: o for feed_id, o in kept.items() if feed_id in subscribed}
    for feed_id, error in fetched:
        before = outcomes.get(feed_id, FetchOutcome())
        if error:
            since = before.failing_since if _by(before.failing_since, moment) else stamp
            outcomes[feed_id] = FetchOutcome(before.succeeded, since, error[:REASON_CHARS])
        else:
            outcomes[feed_id] = FetchOutcome(stamp)
    feeds = {
        feed_id: {"succeeded": o.succeeded, "failing_since": o.failing_since, "reason": o.reason}
        for feed_id, o in outcomes.items()
    }
    data = json.dumps({"format": HEALTH_FORMAT, "feeds": feeds}, ensure_ascii=False)
    path = health_path(store_path)
    with contextlib.suppress(OSError):
        path.parent.mkdir(exist_ok=True)
        remove_dead_temps(path)  # a refresh killed mid-write left one, a file per kill
        atomic_write_bytes(path, data.encode("utf-8"), derived=True)
