"""A polite HTTP fetcher: conditional GETs, few connections per host, backoff, hard limits.

Servers block feed readers that burst, ignore 429s or refetch unchanged feeds. So every request
names diplotui and its version, sends the validators of the last answer (a 304 costs no body),
waits its turn (at most ``per_host`` requests to one host and ``overall`` in all), retries
transient failures with growing pauses and honours ``Retry-After``. Redirects are followed here,
one hop at a time, so each hop waits its turn at its own host and a chain of permanent ones is
known (the caller then stores the new address). A response is refused, with a reason fit for
one line, when it is too big, too slow, not text, or its TLS certificate does not check out:
certificates are always verified, and a failure is never retried without them.
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import socket
import ssl
import time
import zlib
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import timezone
from functools import lru_cache
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from diplotui import __version__
from diplotui.text.addresses import is_web_address

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"diplotui/{__version__}"
ACCEPTED_ENCODINGS = "gzip, deflate, br"  # what ``_unpacker`` undoes within the size cap
MAX_RESPONSE_BYTES = 10 * 1024 * 1024  # 10 MiB
MAX_SHOWN_ADDRESS = 80  # of a redirect's target in a line: a Location header may be kilobytes
REDIRECTS = (301, 302, 303, 307, 308)
PERMANENT_REDIRECTS = (301, 308)
RETRIED_STATUSES = (429, 500, 502, 503, 504)
RETRY_AFTER_STATUSES = (429, 503)
_TEXT_TYPES = ("text/", "application/xml", "application/xhtml+xml", "application/json")
_TEXT_SUFFIXES = ("+xml", "+json")


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How patient and how polite a fetch is (tests shorten the waits)."""

    timeout: float = 20.0  # to connect, and between two bytes of the answer
    deadline: float = 60.0  # for a whole answer: a server trickling bytes is cut off here,
    # and not asked again (a trickle took three deadlines and two pauses: over three minutes)
    retries: int = 2  # further tries after a timeout, a dropped connection, 429 or 5xx
    backoff: float = 2.0  # the first pause before a retry; each further pause doubles
    max_retry_after: float = 60.0  # a longer Retry-After gives up now (and is remembered)
    per_host: int = 2
    overall: int = 8
    max_bytes: int = MAX_RESPONSE_BYTES
    max_redirects: int = 5
    ca_file: str = ""  # certificates to trust instead of the system's (never "no checks")
    page_retry_after: float = 900.0  # a kept summary's page is tried again after this; then
    # each further pause doubles
    page_retries: int = 6  # tries of a summary's page after the first before it is given up
    unanswered_in_a_row: int = 3  # a host that let this many requests in a row time out is
    # not asked again by this fetcher: its pages waited their turn two at a time, each for
    # three timeouts, so a feed of 200 teasers on a host that stopped answering took hours
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep  # how a pause before a retry is
    # waited: tests record the pauses instead of spending them


class FetchError(Exception):
    """A fetch that failed; the message is the reason, fit for one line after the URL."""

    def __init__(
        self,
        reason: str,
        *,
        status: int = 0,
        retry_after: float | None = None,
        final: bool = False,
        unanswered: bool = False,
    ) -> None:
        super().__init__(reason)
        self.status = status
        self.retry_after = retry_after
        self.final = final  # another try cannot help (TLS, size, content type)
        self.unanswered = unanswered  # the server let the request time out

    @property
    def gone(self) -> bool:
        """HTTP 410: the publisher removed it for good."""
        return self.status == 410


@dataclass(frozen=True, slots=True)
class Response:
    """A complete answer: 200 with its body, or 304 (unchanged) without one."""

    url: str  # where the answer came from, after redirects
    status: int
    content: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    stored_url: str = ""  # the request's URL after permanent redirects only (to keep)
    network: str = ""  # the reach of the address the answer came from (:func:`address_reach`)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset":
                return value.strip().strip("\"'")
        return ""


def is_text_type(content_type: str) -> bool:
    """Feeds and pages come as text, XML or JSON; a missing type is sniffed later."""
    return (
        not content_type
        or content_type.startswith(_TEXT_TYPES)
        or content_type.endswith(_TEXT_SUFFIXES)
    )


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds from now: delta-seconds or an HTTP date; None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


MIB = 1024 * 1024


def _size_text(count: int) -> str:
    """``count`` bytes in MiB, tenths rounded up ("19.1 MiB" of 20,000,000 bytes): "MB" of
    whole MiB said "19 MB" of 20 MB, and "10 MB refused (the limit is 10 MB)" of 10.4 MiB."""
    tenths = -(-count * 10 // MIB)
    return f"{tenths // 10:,}.{tenths % 10} MiB".replace(".0 MiB", " MiB")


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Fetcher:
    """Shares connections and the per-host and overall limits among many fetches.

    Use as ``async with Fetcher(policy) as fetcher: await fetcher.get(url)``.
    """

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self._overall = asyncio.Semaphore(self.policy.overall)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._unanswered: dict[str, int] = {}  # a host's requests timed out in a row
        self._networks: dict[str, str] = {}  # the reach of the address each host answered at
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Fetcher:
        import httpx

        policy = self.policy
        self._client = httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPTED_ENCODINGS},
            timeout=httpx.Timeout(policy.timeout),
            limits=httpx.Limits(
                max_connections=policy.overall, max_keepalive_connections=policy.overall
            ),
            follow_redirects=False,
            verify=_tls_context(policy.ca_file),
            trust_env=False,  # no proxy or certificate settings slipped in by the environment
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def get(
        self, url: str, etag: str = "", last_modified: str = "", *, origin: str = ""
    ) -> Response:
        """GET ``url`` politely; a 304 when the validators still hold. Raises FetchError.
        ``origin``: the feed whose item links to ``url``, whose reach it may not leave."""
        if not is_web_address(url):  # a feed item's javascript: or file: link
            raise FetchError("not a web address (http:// or https://)", final=True)
        # the network the feed is on (where it answered, its name resolved), else its own
        # first answer's: a redirect or a link may not lead further in
        allowed = self._networks.get(_host(origin), reach(origin)) if origin else None
        if allowed is not None and reach(url) not in ("", allowed):
            shown = url[:MAX_SHOWN_ADDRESS]
            raise FetchError(f"links to a {reach(url)} address ({shown}): not followed", final=True)
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        seen = {url}
        stored = url
        permanent_so_far = True
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            try:
                response = await self._get_with_retries(current, conditional, allowed)
            except FetchError as error:
                raise _where(error, url, current) from None
            if allowed is None:  # the feed's own address, as typed: its network is the feed's
                allowed = response.network or reach(current)
            location = response.headers.get("location", "")
            if response.status not in REDIRECTS or not location:
                if response.status not in (200, 304):
                    phrase = f"HTTP {response.status} {_reason(response.status)}".strip()
                    raise _where(FetchError(phrase, status=response.status), url, current)
                return Response(
                    current,
                    response.status,
                    response.content,
                    response.headers,
                    stored,
                    response.network,
                )
            target = urljoin(current, location)
            if not is_web_address(target):
                shown = target[:MAX_SHOWN_ADDRESS]
                raise FetchError(f"redirected to a non-web address ({shown})")
            if reach(target) not in ("", allowed):
                shown = target[:MAX_SHOWN_ADDRESS]
                raise FetchError(f"redirected to a {reach(target)} address ({shown})", final=True)
            if target in seen:
                raise FetchError("redirect loop")
            seen.add(target)
            permanent_so_far = permanent_so_far and response.status in PERMANENT_REDIRECTS
            if permanent_so_far:
                stored = target
            current = target
        raise FetchError(f"too many redirects (over {self.policy.max_redirects})")

    async def _get_with_retries(
        self, url: str, headers: dict[str, str], allowed: str | None = None
    ) -> Response:
        policy = self.policy
        for attempt in range(policy.retries + 1):
            last = attempt == policy.retries
            try:
                response = await self._get_once(url, headers, allowed)
            except FetchError as error:
                if error.final or (last and not attempt):
                    raise
                if last:
                    raise _after_tries(error, attempt + 1) from None
                await policy.sleep(policy.backoff * 2**attempt)
                continue
            if response.status not in RETRIED_STATUSES:
                return response
            wait = policy.backoff * 2**attempt
            stated = None
            if response.status in RETRY_AFTER_STATUSES:
                stated = retry_after_seconds(response.headers.get("retry-after"))
                if stated is not None and stated > policy.max_retry_after:
                    raise FetchError(
                        f"HTTP {response.status}: the server asks to wait {stated:.0f} s",
                        status=response.status,
                        retry_after=stated,
                    )
                wait = stated if stated is not None else wait
            if last:
                tries = f" after {attempt + 1} tries" if attempt else ""
                raise FetchError(
                    f"HTTP {response.status} {_reason(response.status)}{tries}",
                    status=response.status,
                    retry_after=stated,
                )
            await policy.sleep(wait)
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def _get_once(
        self, url: str, headers: dict[str, str], allowed: str | None = None
    ) -> Response:
        """One request, waiting for a slot at its host and overall, cut off at the deadline;
        refused at once when the host let ``unanswered_in_a_row`` requests time out."""
        key = _host(url)
        host = self._hosts.setdefault(key, asyncio.Semaphore(self.policy.per_host))
        async with host, self._overall:
            timeouts = self._unanswered.get(key, 0)
            if timeouts >= self.policy.unanswered_in_a_row:
                raise FetchError(
                    f"not asked: {key} let {timeouts} requests in a row time out", final=True
                )
            try:
                response = await asyncio.wait_for(
                    self._request(url, headers, allowed), timeout=self.policy.deadline
                )
            except asyncio.TimeoutError:  # a trickle: asking again would take as long again
                self._unanswered[key] = self._unanswered.get(key, 0) + 1
                raise FetchError(
                    f"timeout (no complete answer within {self.policy.deadline:g} s)", final=True
                ) from None
            except FetchError as error:
                if error.unanswered:
                    self._unanswered[key] = self._unanswered.get(key, 0) + 1
                raise
            self._unanswered.pop(key, None)  # it answers: its earlier timeouts were passing
            return response

    async def _request(
        self, url: str, headers: dict[str, str], allowed: str | None = None
    ) -> Response:
        """One GET; ``allowed``: the network (:func:`reach`) the answer may come from besides
        the internet, None for any (a feed's own address, as typed)."""
        import httpx

        assert self._client is not None, "use the Fetcher as an async context manager"
        try:
            async with self._client.stream("GET", url, headers=headers) as answer:
                network = self._answered_from(url, answer, allowed)
                if answer.status_code != 200:
                    return Response(url, answer.status_code, b"", _headers(answer), "", network)
                content_type = answer.headers.get("content-type", "").split(";")[0].strip()
                if not is_text_type(content_type.lower()):
                    shown = content_type[:60]  # a server's header may be kilobytes
                    raise FetchError(f"content type {shown} is not text", final=True)
                body = await self._body(answer)
                return Response(url, 200, body, _headers(answer), "", network)
        except httpx.TimeoutException:
            reason = f"timeout (no answer within {self.policy.timeout:g} s)"
            raise FetchError(reason, unanswered=True) from None
        except httpx.ConnectError as error:
            if _is_certificate_error(error):
                reason = f"TLS certificate not valid ({_tls_reason(error)})"
                raise FetchError(reason, final=True) from None
            raise FetchError(f"cannot connect ({_first_line(error)})") from None
        except httpx.InvalidURL as error:  # httpx reads a redirect's Location, even unfollowed
            reason = f"redirected to an unusable address ({_first_line(error)})"
            raise FetchError(reason, final=True) from None
        except httpx.DecodingError as error:
            raise FetchError(f"undecodable compressed body ({_first_line(error)})") from None
        except httpx.HTTPError as error:  # the connection dropped, a malformed answer...
            raise FetchError(f"{type(error).__name__}: {_first_line(error)}") from None

    def _answered_from(self, url: str, answer: httpx.Response, allowed: str | None) -> str:
        """The reach of the address ``answer`` came from, kept as its host's; FetchError
        before its body is read when that is further in than ``allowed``: a name is resolved
        where it is asked for, and one of a hostile feed's links ("inside.example.com",
        resolved to 10.0.0.1 or 127.0.0.1) reached the user's own network, its answer
        stored as an article, where its address written out was refused."""
        stream = answer.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if not isinstance(peer, tuple) or not peer or not isinstance(peer[0], str):
            return ""  # no address said (no socket of its own): as unknown as a name
        network = address_reach(peer[0])
        self._networks[_host(url)] = network
        if allowed is not None and network not in ("", allowed):
            host = urlsplit(url).hostname or ""
            raise FetchError(
                f"{host[:MAX_SHOWN_ADDRESS]} is at a {network} address ({peer[0]}): not followed",
                final=True,
            )
        return network

    async def _body(self, answer: httpx.Response) -> bytes:
        """The decoded body, refused as soon as it passes the cap (a compression bomb too)."""
        cap = self.policy.max_bytes
        declared = answer.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(
                f"response of {_size_text(int(declared))} refused (the limit is {_size_text(cap)})",
                final=True,
            )
        unpack = _unpacker(answer.headers.get("content-encoding", ""))
        chunks = []
        size = 0
        async for raw in answer.aiter_raw():
            chunk = unpack(raw, cap - size)
            size += len(chunk)
            if size > cap:
                raise FetchError(f"response over {_size_text(cap)} refused (the limit)", final=True)
            chunks.append(chunk)
        return b"".join(chunks)


def reach(url: str) -> str:
    """Which network ``url``'s host is on short of the internet, or "" for the internet:
    "link-local" (169.254.169.254, where a cloud machine answers with its credentials),
    "loopback" (127.x, ::1, localhost) or "private" (10.x, 192.168.x, fc00::). A feed's
    redirect or item link may lead to the internet or stay on its own feed's network, never
    further in: a hostile feed on the internet made diplotui ask the machine's metadata
    service or the router, and stored the answer as an article. A host name is taken as the
    internet's here, its address judged where it answers (``Fetcher._answered_from``); the
    old spellings of an IPv4 address ("2130706433", "127.1", "0x7f.1") are read as the
    resolver reads them, the host as the connection reads it ("127。0。0。1", its full
    stops ideographic, is 127.0.0.1), and an IPv4 address inside an IPv6 one (mapped,
    6to4, NAT64, compatible) as that IPv4 address."""
    host = _connected_host(url)
    if host == "localhost" or host.endswith(".localhost"):
        return "loopback"
    return address_reach(host)


def _connected_host(url: str) -> str:
    """The host a connection to ``url`` goes to, as httpx reads it (IDNA: full-width and
    ideographic full stops are dots), lowercase, without its trailing dots."""
    import httpx

    try:
        host = httpx.URL(url).host
    except (httpx.InvalidURL, ValueError):  # refused there too: the address as it reads
        host = urlsplit(url).hostname or ""
    return host.lower().rstrip(".")


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")


def address_reach(host: str) -> str:
    """:func:`reach` of a host written as an IP address ("" for a name or the internet)."""
    try:
        address: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(host)
    except ValueError:
        try:
            address = ipaddress.IPv4Address(socket.inet_aton(host))
        except (OSError, ValueError):  # not an address, or a NUL in it
            return ""
    if isinstance(address, ipaddress.IPv6Address):
        address = _inner_ipv4(address) or address
    if address.is_link_local:
        return "link-local"
    if address.is_loopback:
        return "loopback"
    return "private" if not address.is_global else ""


def _inner_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries to its host ("::ffff:10.0.0.1", 6to4's
    "2002:a00:1::", NAT64's "64:ff9b::a00:1", the old "::10.0.0.1"), None for none."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64 or (address in _IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _after_tries(error: FetchError, tries: int) -> FetchError:
    """``error`` saying how many tries it took: the line is read after the whole wait (a
    server that never answered held ``feed add`` for three timeouts and two pauses)."""
    return _reworded(error, f"{error} after {tries} tries")


def _where(error: FetchError, asked: str, failed_at: str) -> FetchError:
    """``error``, naming the address it happened at when a redirect led there from the one
    ``asked`` for: the line names that one, whose server answered ("cannot connect" to a host
    that is up)."""
    if failed_at == asked:
        return error
    return _reworded(error, f"{error} (redirected to {failed_at[:MAX_SHOWN_ADDRESS]})")


def _reworded(error: FetchError, reason: str) -> FetchError:
    return FetchError(
        reason,
        status=error.status,
        retry_after=error.retry_after,
        final=error.final,
        unanswered=error.unanswered,
    )


def _unpacker(encoding: str) -> Callable[[bytes, int], bytes]:
    """Undo the body's Content-Encoding one raw piece at a time, giving at most ``room`` + 1
    bytes for a piece (more is over the cap anyway). httpx's decoders give all a piece holds:
    106 bytes of brotli were 64 MB at once, before any limit could be checked."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return lambda raw, room: raw
    if encoding in ("gzip", "x-gzip", "deflate"):
        inflater = zlib.decompressobj(32 + zlib.MAX_WBITS)  # a gzip or zlib header

        def inflate(raw: bytes, room: int) -> bytes:
            try:
                return inflater.decompress(inflater.unconsumed_tail + raw, room + 1)
            except zlib.error as error:
                raise FetchError(f"undecodable compressed body ({error})", final=True) from None

        return inflate
    if encoding == "br":
        import brotli  # type: ignore[import-untyped]

        decompressor = brotli.Decompressor()

        def unbrotli(raw: bytes, room: int) -> bytes:
            try:
                return bytes(decompressor.process(raw, output_buffer_limit=room + 1))
            except brotli.error as error:
                raise FetchError(f"undecodable compressed body ({error})", final=True) from None

        return unbrotli
    raise FetchError(f"content encoding {encoding[:40]} is not supported", final=True)


@lru_cache(maxsize=4)
def _tls_context(ca_file: str) -> ssl.SSLContext:
    """Certificate checks against ``ca_file``, else the bundle httpx trusts by default (made
    once: loading a bundle costs a few hundred milliseconds)."""
    if not ca_file:
        import certifi

        ca_file = certifi.where()
    return ssl.create_default_context(cafile=ca_file)


def _headers(answer: httpx.Response) -> dict[str, str]:
    return {key.lower(): value for key, value in answer.headers.items()}


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:160]


def _is_certificate_error(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        if isinstance(seen, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _tls_reason(error: BaseException) -> str:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) and seen.verify_message:
            return str(seen.verify_message)
        seen = seen.__cause__ or seen.__context__
    return _first_line(error)
