"""Read a file's bytes safely and decode them to text, or say in one line why not.

The decoded text is returned exactly as decoded (CRLF kept, a UTF-8 BOM kept as character 0)
so that highlight offsets computed on it stay valid.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024

# Among legacy encodings that charset-normalizer finds equally plausible, short Western texts
# are far more often cp1252 than cp1257 or cp1006, so ties are broken in this order.
_PREFERRED_LEGACY = (
    "cp1252",
    "iso8859_15",
    "latin_1",
    "cp1251",
    "cp1250",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1257",
    "mac_roman",
)
_WESTERN_NAMES = ("cp1252", "iso8859_15", "latin_1")
_WESTERN = frozenset(
    "àâäáãçèéêëìíîïñòóôöùúüÿœÀÂÄÁÃÇÈÉÊËÌÍÎÏÑÒÓÔÖÙÚÜŸŒß"  # French to Portuguese, German
    "\u00a0«»‘’‚“”„–—…•·°§©®€£"  # their typography
)
"""What Western European text encoded in cp1252 decodes to beyond ASCII. Left out on purpose:
the letters cp1252 gives for the usual letters of other legacy code pages (ð þ ø æ å õ û ý
³ ¹ ¿ stand for Baltic š ž ų ę, Polish ł ą ż, Czech ř, Hungarian ő ű, Turkish ğ ş ı)."""
_CHAOS_TOLERANCE = 0.05
_MAX_CONTROL_RATIO = 0.02
# C0/C1 controls other than tab, newlines, form feed and escape: rare in any real text.
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


class IngestError(Exception):
    """A file cannot be imported; the message is the reason, fit for one report line."""


def _os_reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    if error.errno == errno.EACCES:
        return "permission denied"
    if error.errno == errno.ENOENT:
        return "no such file"
    return error.strerror or str(error)


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file no larger than ``limit``; never blocks on FIFOs or devices."""
    try:
        info = os.stat(path)
    except OSError as error:
        raise IngestError(_os_reason(error)) from error
    if stat.S_ISDIR(info.st_mode):
        raise IngestError("is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError("not a regular file")
    if info.st_size > limit:
        raise IngestError(f"too large ({info.st_size:,} bytes, the limit is {limit:,})")
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise IngestError(_os_reason(error)) from error
    if len(data) > limit:
        raise IngestError(f"too large (over {limit:,} bytes)")
    return data


def _looks_binary(text: str) -> bool:
    controls = len(_CONTROL_RE.findall(text))
    return controls > max(2, len(text) * _MAX_CONTROL_RATIO)


def _as_western(data: bytes) -> str | None:
    """``data`` as cp1252 when that reads as Western European text: every character beyond
    ASCII one of ``_WESTERN``, and fewer than half the letters (Cyrillic or Greek read as
    cp1252 is whole words of accented letters). charset-normalizer counts two accented
    letters in one short word as a mess: French "déjà" repeated came out as cp1257 "déją"."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    beyond = [char for char in text if not char.isascii()]
    if not beyond or not _WESTERN.issuperset(beyond):
        return None
    letters = sum(char.isalpha() for char in text)
    return text if 2 * sum(char.isalpha() for char in beyond) < letters else None


def _legacy_decode(data: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    best_chaos = min((match.chaos for match in matches), default=0.0)
    plausible = [match for match in matches if match.chaos <= best_chaos + _CHAOS_TOLERANCE]
    names = {
        codecs.lookup(name).name
        for match in plausible
        for name in (match.encoding, *match.could_be_from_charset)
    }
    if not names & {codecs.lookup(name).name for name in _WESTERN_NAMES}:
        western = _as_western(data)
        if western is not None:
            return western
    if not matches:
        raise IngestError("undecodable bytes (not UTF-8, and no known encoding fits)")
    for preferred in _PREFERRED_LEGACY:
        if codecs.lookup(preferred).name in names:
            return data.decode(preferred)
    return str(plausible[0])


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16/32 with a BOM, or a detected legacy encoding.

    Raises IngestError for empty, binary or undecodable input.
    """
    if not data.strip(b" \t\r\n\x0b\x0c"):
        raise IngestError("empty file")
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise IngestError(f"undecodable bytes ({codec} at byte {error.start})") from error
            break
    else:
        if b"\x00" in data:
            raise IngestError("binary file (contains NUL bytes)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _legacy_decode(data)
    if not text.strip("\ufeff \t\r\n\x0b\x0c"):
        raise IngestError("empty file")
    if _looks_binary(text):
        raise IngestError("binary file (mostly control characters)")
    return text
