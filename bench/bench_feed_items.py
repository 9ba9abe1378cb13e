"""A feed of hundreds of thousands of tiny items, as the CLI meets it: ``feed add`` and
``refresh --force`` timed against a local server (127.0.0.1, never elsewhere).

A 10 MB answer can hold 740,000 empty ``<item></item>``: feedparser's Python handlers and the
item's own reading cost tens of microseconds an element, so such a feed held the CLI for
about two minutes on a loaded machine. Each ``--kinds`` feed is generated to ``--mb``
megabytes (under the fetch limit): ``empty`` (``<item></item>``), ``guid`` (a GUID alone, no
link), ``titled`` (a title alone) and ``elements`` (one item, then empty elements of no
meaning). Reported per command: wall time, the CPU time of the CLI and its children, exit
status and the last line on stderr.

    .venv/bin/python bench/bench_feed_items.py [--mb 9.9] [--kinds empty guid titled elements]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.feeds.server

from tests.feeds.server import FeedServer, running_server

ROOT = Path(__file__).resolve().parents[1]

HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
    "<title>Tiny items</title><link>http://127.0.0.1/</link>\n"
)
TAIL = "</channel></rss>\n"
ITEMS: dict[str, Callable[[int], str]] = {
    "empty": lambda n: "<item></item>\n",
    "guid": lambda n: f'<item><guid isPermaLink="false">g{n}</guid></item>\n',
    "titled": lambda n: f"<item><title>Item {n}</title></item>\n",
    "elements": lambda n: "<x/>" if n else "<item><title>One</title></item>\n",
}


def generated(kind: str, megabytes: float) -> tuple[bytes, int]:
    """The feed of ``kind`` grown to ``megabytes``, and how many pieces it holds."""
    limit = int(megabytes * 1024 * 1024) - len(HEAD) - len(TAIL)
    parts: list[str] = []
    size = count = 0
    while True:
        piece = ITEMS[kind](count)
        if size + len(piece) > limit:
            break
        parts.append(piece)
        size += len(piece)
        count += 1
    return (HEAD + "".join(parts) + TAIL).encode(), count


def timed(command: list[str]) -> tuple[float, float, int, str]:
    """Wall and CPU seconds (the command and the children it waited for), exit status and
    its last line on stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=_env())
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    lines = (done.stderr.strip() or done.stdout.strip()).splitlines()
    return wall, cpu, done.returncode, lines[-1] if lines else ""


def _env() -> dict[str, str]:
    """This checkout's code, whatever is installed."""
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def run_kind(server: FeedServer, kind: str, megabytes: float, folder: Path) -> None:
    """``feed add`` of the big feed, and ``refresh --force`` of a feed subscribed while it
    held one item (what a subscriber meets when it grows)."""
    data, count = generated(kind, megabytes)
    small, _count = generated(kind, len(HEAD + TAIL + ITEMS[kind](0)) / 1024 / 1024)
    served = {"body": small}
    server.serve_bytes(f"/{kind}.xml", lambda: served["body"], "application/rss+xml")
    url = server.url(f"/{kind}.xml")
    print(f"{kind}: {len(data) / 1e6:.1f} MB, {count:,} pieces")
    added, grown = folder / kind / "added.json", folder / kind / "grown.json"
    added.parent.mkdir()
    subprocess.run(_cli(grown, "feed", "add", url, "--name", kind), capture_output=True, env=_env())
    served["body"] = data
    for name, command in (
        ("feed add", _cli(added, "feed", "add", url, "--name", kind)),
        ("refresh --force", _cli(grown, "refresh", "--force")),
    ):
        wall, cpu, status, line = timed(command)
        print(f"  {name:<16} wall {wall:6.1f} s  cpu {cpu:6.1f} s  exit {status}  {line[:110]}")


def _cli(store: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "diplotui", "--db", str(store), *args]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=9.9)
    parser.add_argument("--kinds", nargs="+", choices=sorted(ITEMS), default=list(ITEMS))
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, running_server() as server:
        for kind in options.kinds:
            run_kind(server, kind, options.mb, Path(folder))


if __name__ == "__main__":
    main()
