"""A real HTTP server for the feed tests and the feed bench, bound to 127.0.0.1 on a free port.

It serves the files of ``tests/data/feeds`` (``{{BASE}}`` in them becomes the server's own
address) with ETag and Last-Modified validators, and whatever a test adds: redirects, errors,
429 with Retry-After, gzip and brotli bodies, trickling and oversized answers. It counts every
request and how many were answered at once, so tests can check what a client really sent.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "feeds"
LAST_MODIFIED = "Wed, 09 Jul 2025 10:00:00 GMT"

Handler = Callable[["_RequestHandler"], None]

TYPES = {
    ".xml": "application/rss+xml",
    ".rdf": "application/rdf+xml",
    ".json": "application/feed+json",
    ".html": "text/html; charset=utf-8",
    ".opml": "text/x-opml",
}


class Gauge:
    """How many requests are being answered at once, and the most there ever were (shared
    by several servers to see a client's overall limit)."""

    def __init__(self) -> None:
        self.active = 0
        self.most = 0
        self._lock = threading.Lock()

    def change(self, step: int) -> None:
        with self._lock:
            self.active += step
            self.most = max(self.most, self.active)


class FeedServer:
    """Routes by path; unknown paths get 404."""

    def __init__(self, host: str = "127.0.0.1", gauge: Gauge | None = None) -> None:
        self.routes: dict[str, Handler] = {}
        self.hits: Counter[str] = Counter()
        self.trickled_out: Counter[str] = Counter()
        """Trickles sent for their whole time: the client waited for the end."""
        self.statuses: list[tuple[str, int]] = []
        self.request_headers: list[tuple[str, dict[str, str]]] = []
        self.gauge = Gauge()
        self.shared_gauge = gauge
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer((host, 0), _RequestHandler)
        self._server.daemon_threads = True
        self._server.feed_server = self  # type: ignore[attr-defined]
        self.base = f"http://{host}:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    # -- routes ---------------------------------------------------------------------------

    def body(self, name: str) -> bytes:
        """A data file with ``{{BASE}}`` replaced by this server's address."""
        return (DATA / name).read_bytes().replace(b"{{BASE}}", self.base.encode())

    def serve_file(self, path: str, name: str, content_type: str = "", **options: object) -> None:
        content_type = content_type or TYPES[Path(name).suffix]
        self.serve_bytes(path, lambda: self.body(name), content_type, **options)

    def serve_bytes(
        self,
        path: str,
        body: Callable[[], bytes] | bytes,
        content_type: str,
        *,
        validators: bool = True,
        encoding: str = "",
    ) -> None:
        """``body`` (bytes, or a function giving the current bytes) with validators that
        answer 304 while it is unchanged; ``encoding`` "gzip" or "br" compresses it."""

        def handler(request: _RequestHandler) -> None:
            data = body() if callable(body) else body
            etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            headers = {"Content-Type": content_type}
            if validators:
                headers |= {"ETag": etag, "Last-Modified": LAST_MODIFIED}
                if request.headers.get("If-None-Match") == etag:
                    request.answer(304, headers)
                    return
            if encoding == "gzip":
                data = gzip.compress(data)
                headers["Content-Encoding"] = "gzip"
            elif encoding == "br":
                import brotli

                data = brotli.compress(data)
                headers["Content-Encoding"] = "br"
            request.answer(200, headers, data)

        self.routes[path] = handler

    def redirect(self, path: str, target: str, status: int = 301) -> None:
        self.routes[path] = lambda request: request.answer(status, {"Location": target})

    def status(self, path: str, status: int, headers: dict[str, str] | None = None) -> None:
        self.routes[path] = lambda request: request.answer(status, headers or {}, b"error")

    def busy_then(self, path: str, times: int, status: int, retry_after: str | None) -> None:
        """``status`` (429 or 503, with ``Retry-After``) for the first ``times`` requests,
        then the route that was there before."""
        after = self.routes[path]
        headers = {"Retry-After": retry_after} if retry_after is not None else {}

        def handler(request: _RequestHandler) -> None:
            if self.hits[path] <= times:
                request.answer(status, headers, b"busy")
            else:
                after(request)

        self.routes[path] = handler

    def trickle(self, path: str, seconds: float, interval: float = 0.05) -> None:
        """A feed that sends one byte every ``interval`` for at most ``seconds``."""

        def handler(request: _RequestHandler) -> None:
            request.send_response(200)
            request.send_header("Content-Type", "application/rss+xml")
            request.end_headers()
            deadline = time.monotonic() + seconds
            try:
                while time.monotonic() < deadline:
                    request.wfile.write(b" ")
                    request.wfile.flush()
                    time.sleep(interval)
            except OSError:
                return  # the client gave up, as it should
            self.trickled_out[path] += 1

        self.routes[path] = handler

    def oversized(self, path: str, size: int, declare_length: bool) -> None:
        """``size`` bytes of feed-looking XML, with or without a Content-Length; stops as
        soon as the client hangs up."""

        def handler(request: _RequestHandler) -> None:
            request.send_response(200)
            request.send_header("Content-Type", "application/rss+xml")
            if declare_length:
                request.send_header("Content-Length", str(size))
            request.end_headers()
            chunk = b"<!-- padding -->" * 4096
            sent = 0
            try:
                while sent < size:
                    request.wfile.write(chunk)
                    sent += len(chunk)
            except OSError:
                return

        self.routes[path] = handler

    def track(self, path: str, started: bool) -> None:
        if started:
            with self._lock:
                self.hits[path] += 1
        for gauge in (self.gauge, self.shared_gauge):
            if gauge is not None:
                gauge.change(1 if started else -1)

    def slow(self, path: str, seconds: float, body: bytes = b"ok") -> None:
        """Answers after ``seconds`` (to see how many requests a client runs at once)."""

        def handler(request: _RequestHandler) -> None:
            time.sleep(seconds)
            request.answer(200, {"Content-Type": "text/plain"}, body)

        self.routes[path] = handler


class _RequestHandler(BaseHTTPRequestHandler):
    server_version = "FeedTestServer/1"
    _answering = False

    def do_GET(self) -> None:
        owner: FeedServer = self.server.feed_server  # type: ignore[attr-defined]
        path = self.path.split("?")[0]
        owner.request_headers.append((path, dict(self.headers.items())))
        owner.track(path, True)
        self._answering = True
        try:
            handler = owner.routes.get(path)
            if handler is None:
                self.answer(404, {}, b"not found")
            else:
                handler(self)
        finally:
            self._done_answering()

    def _done_answering(self) -> None:
        """A request stops counting as running before its first byte goes back: once the
        client has the answer it may send its next request, which must not find this one
        still counted (on a loaded machine this thread can sleep between the two)."""
        if self._answering:
            self._answering = False
            owner: FeedServer = self.server.feed_server  # type: ignore[attr-defined]
            owner.track(self.path.split("?")[0], False)

    def answer(self, status: int, headers: dict[str, str], body: bytes = b"") -> None:
        owner: FeedServer = self.server.feed_server  # type: ignore[attr-defined]
        owner.statuses.append((self.path, status))
        self._done_answering()
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            with suppress(OSError):
                self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read ``hits`` and ``statuses`` instead."""


@contextmanager
def running_server(host: str = "127.0.0.1", gauge: Gauge | None = None) -> Iterator[FeedServer]:
    server = FeedServer(host, gauge).start()
    try:
        yield server
    finally:
        server.stop()
