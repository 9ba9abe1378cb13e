"""Read a file's bytes safely and decode them to text, or say in one line why not.

The decoded text is returned exactly as decoded (CRLF kept, a UTF-8 BOM kept as character 0)
so that highlight offsets computed on it stay valid. Bytes that are not UTF-8 are read in the
encoding they declare (the server's charset, a page's own ``<meta>`` or XML declaration) or
else the one detected; which one, and how it was chosen, goes with the text so that the user
is told: a guess is never silent.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_EXPORT_BYTES = 1024 * 1024 * 1024
"""The most an export file (a JSON or W3C export: every article's text in one file) may hold:
a library of a few thousand articles exports more than one text may hold, and its own backup
was refused as too large. Each of its texts is still held to ``MAX_FILE_BYTES``."""

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


_DECLARED_BY_SERVER = "declared by the server"
_DECLARED_IN_PAGE = "declared in the page"
_DETECTED = "detected"


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, and the legacy encoding it was read in and how that was
    chosen (``how`` is "" for UTF-8 and for a byte order mark: there was nothing to choose)."""

    text: str
    encoding: str = "utf-8"
    how: str = ""
    set_aside: str = ""
    """Bytes not read as text, said: a byte order mark the rest belies."""

    @property
    def note(self) -> str:
        """What the user is told about the encoding, e.g. "read as windows-1257 (detected)"."""
        read_as = f"read as {_label(self.encoding)} ({self.how})" if self.how else ""
        return "; ".join(part for part in (read_as, self.set_aside) if part)


def _label(codec: str) -> str:
    """The name the web and editors give a codec: "windows-1257", "ISO-8859-2", "KOI8-R"."""
    name = codecs.lookup(codec).name
    if re.fullmatch(r"cp125\d", name):
        return "windows-" + name[2:]
    if name.startswith("iso8859"):
        return "ISO-8859-" + name.partition("-")[2]
    return name.upper()


class IngestError(Exception):
    """A file cannot be imported; the message is the reason, fit for one report line."""


class TooLarge(IngestError):
    """A file holds more than the limit it was read with."""


def _os_reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    if error.errno == errno.EACCES:
        return "permission denied"
    if error.errno == errno.ENOENT:
        return "no such file"
    return error.strerror or str(error)


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file no larger than ``limit``; never blocks on FIFOs or devices.

    What is opened is checked again (a file renamed over by a FIFO between the look and the
    open hung the import for good): opened without waiting for a writer, it must still be a
    regular file."""
    data = _read_regular(path, limit, limit + 1)
    if len(data) > limit:
        raise TooLarge(f"too large (over {limit:,} bytes)")
    return data


def read_head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of a regular file of any length, read as ``read_bytes`` reads."""
    return _read_regular(path, None, size)


def _read_regular(path: Path, limit: int | None, size: int) -> bytes:
    try:
        _check_regular(os.stat(path), limit)
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise IngestError(_os_reason(error)) from error
    with open(descriptor, "rb") as handle:
        try:
            _check_regular(os.fstat(descriptor), limit)
            return handle.read(size)
        except OSError as error:
            raise IngestError(_os_reason(error)) from error


def _check_regular(info: os.stat_result, limit: int | None) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise IngestError("is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError("not a regular file")
    if limit is not None and info.st_size > limit:
        raise TooLarge(f"too large ({info.st_size:,} bytes, the limit is {limit:,})")


def _controls_if_binary(text: str) -> int:
    """How many control characters ``text`` holds when they are too many for text (over
    ``_MAX_CONTROL_RATIO`` of it, and over two), else 0."""
    controls = len(_CONTROL_RE.findall(text))
    return controls if controls > max(2, len(text) * _MAX_CONTROL_RATIO) else 0


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


_NEUTRAL = frozenset("\u00a0\u00ad«»‘’‚“”„‹›–—…•·†‡‰™€£§©®°´№")
"""Typography every code page below has: it tells none of them apart."""
_FRENCH = "àâæçéèêëîïôœùûüÿ"
_GERMAN = "äöüßé"
_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюяё"
_UKRAINIAN = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
_CODE_PAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "cp1252",
        (
            _FRENCH,
            _GERMAN,
            "áéíñóúü¿¡",  # Spanish
            "áâãàçéêíóôõú",  # Portuguese
            "àèéìíîòóùú",  # Italian
            "éëïöüèáó",  # Dutch
            "åäöéšž",  # Swedish, Finnish
            "æøåéèóô",  # Danish, Norwegian
            "áðéíóúýþæö",  # Icelandic
            "àçèéíïòóúü·",  # Catalan
        ),
    ),
    (
        "cp1250",
        (
            "ąćęłńóśźż",  # Polish
            "áčďéěíňóřšťúůýž",  # Czech
            "áäčďéíĺľňóôŕšťúýž",  # Slovak
            "áéíóöőúüű",  # Hungarian
            "ăâîşţ",  # Romanian
            "čćđšž",  # Croatian, Bosnian, Slovene
            _GERMAN,
        ),
    ),
    ("iso8859_2", ()),  # the same languages as cp1250
    (
        "cp1257",
        (
            "ąčęėįšųūž",  # Lithuanian
            "āčēģīķļņšūž",  # Latvian
            "äöõüšž",  # Estonian
        ),
    ),
    ("iso8859_13", ()),  # the same languages as cp1257
    ("cp1254", ("çğıi̇öşüâîû",)),  # Turkish; "İ" lowers to "i̇"
    (
        "cp1251",
        (
            _CYRILLIC,  # Russian, Bulgarian
            _UKRAINIAN,
            "абвгдеёжзійклмнопрстуўфхцчшыьэюя",  # Belarusian
            "абвгдђежзијклљмнњопрстћуфхцчџш",  # Serbian
            "абвгдѓежзѕијклљмнњопрстќуфхцчџш",  # Macedonian
        ),
    ),
    ("koi8_r", (_CYRILLIC,)),
    ("koi8_u", (_CYRILLIC, _UKRAINIAN)),
    ("cp1253", ("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",)),  # Greek
    ("iso8859_7", ()),  # the same language as cp1253
)
"""The single-byte code pages of the languages whose news is most often still saved in
them, in the order that settles a tie (Western first: a cp1252 file is read as before),
each with the letters beyond ASCII of its languages. An empty tuple: those of the code page
above it."""
_ASCII = bytes(range(0x80))
_EVIDENCE_NEEDED = 3
"""Letters beyond ASCII below which no code page is judged: an English text whose only one
was "½" read as cp1251 "ѕ", a letter of Macedonian."""
_FIT_NEEDED = 0.9
"""The share of the characters beyond ASCII that must fit one language for a code page to be
chosen; below it (several languages mixed, or a code page not listed) the older detection
decides."""


@dataclass(frozen=True, slots=True)
class _CodePage:
    """A code page's byte table: what each byte is and how it counts toward a language."""

    codec: str
    chars: str  # the character of each byte 0x80-0xFF, U+FFFD where undefined
    letters: tuple[frozenset[int], ...]  # per language, the bytes that are its letters
    neutral: frozenset[int]
    slips: re.Pattern[bytes]
    """A lower-case letter followed by a capital, one of them beyond ASCII ("мИНИСТР" is
    cp1251 read as KOI8-R); in a Cyrillic or Greek code page, also one of its letters next
    to a Latin one ("nгo" is Portuguese "não" read as cp1251)."""


def _byte_class(byte_values: list[int]) -> bytes:
    """A regular expression's class of these bytes."""
    return b"[" + b"".join(re.escape(bytes([value])) for value in byte_values) + b"]"


@cache
def _code_pages() -> tuple[_CodePage, ...]:
    """``_CODE_PAGES``' tables, built when the first file that is not UTF-8 is read."""
    pages = []
    alphabets: tuple[str, ...] = ()
    for codec, own in _CODE_PAGES:
        alphabets = own or alphabets
        chars = bytes(range(0x80, 0x100)).decode(codec, "replace")
        letters = tuple(
            frozenset(0x80 + index for index, char in enumerate(chars) if char.lower() in alphabet)
            for alphabet in alphabets
        )
        every = "".join(chr(value) for value in range(0x80)) + chars
        lower = [value for value, char in enumerate(every) if char.islower()]
        upper = [value for value, char in enumerate(every) if char.isupper()]
        slip = (
            _byte_class([v for v in lower if v >= 0x80])
            + _byte_class(upper)
            + b"|"
            + _byte_class(lower)
            + _byte_class([v for v in upper if v >= 0x80])
        )
        if "LATIN" not in unicodedata.name(alphabets[0][0]):
            beyond = _byte_class(sorted(frozenset[int]().union(*letters)))
            slip += b"|[A-Za-z]" + beyond + b"|" + beyond + b"[A-Za-z]"
        neutral = frozenset(0x80 + index for index, char in enumerate(chars) if char in _NEUTRAL)
        pages.append(_CodePage(codec, chars, letters, neutral, re.compile(slip)))
    return tuple(pages)


def _fit(page: _CodePage, data: bytes, beyond: dict[int, int]) -> float:
    """The largest share of ``data``'s bytes beyond ASCII (``beyond``: how often each one
    occurs) that read as one language's letters in ``page``, typography aside and slips
    counted against; 0 when ``page`` leaves one of them undefined or fewer than
    ``_EVIDENCE_NEEDED`` count."""
    if any(page.chars[value - 0x80] == "\ufffd" for value in beyond):
        return 0.0
    counted = sum(count for value, count in beyond.items() if value not in page.neutral)
    if counted < _EVIDENCE_NEEDED:
        return 0.0
    hits = max(
        sum(count for value, count in beyond.items() if value in letters)
        for letters in page.letters
    )
    if hits < _FIT_NEEDED * counted:
        return 0.0  # slips would only lower it: the search for them is spared
    return hits / (counted + len(page.slips.findall(data)))


def _code_page_decode(data: bytes) -> Decoded | None:
    """``data`` in the listed code page one of whose languages its letters fit best, or None
    when none fits well enough."""
    beyond = Counter(data.translate(None, _ASCII))
    best: tuple[float, str] = (0.0, "")
    for page in _code_pages():
        fit = _fit(page, data, beyond)
        if fit > best[0]:
            best = (fit, page.codec)
    if best[0] < _FIT_NEEDED:
        return None
    return Decoded(data.decode(best[1]), best[1], _DETECTED)


def _legacy_decode(data: bytes) -> Decoded:
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
            return Decoded(western, "cp1252", _DETECTED)
    if not matches:
        raise IngestError("undecodable bytes (not UTF-8, and no known encoding fits)")
    for preferred in _PREFERRED_LEGACY:
        if codecs.lookup(preferred).name in names:
            return Decoded(data.decode(preferred), preferred, _DETECTED)
    return Decoded(str(plausible[0]), plausible[0].encoding, _DETECTED)


_CHARSET_NAME_RE = re.compile(
    r"utf-(?:8|16|32)(?:-[lb]e)?|ascii|iso8859-\d+|cp\d+|mac-\w+|koi8-\w|kz1048|ptcp154"
    r"|tis-620|gb2312|gbk|gb18030|big5(?:hkscs)?|euc_\w+|shift_jis\w*|iso2022_\w+|johab"
)
"""Python's names of the character sets a page may declare: ``bytes.decode`` also takes
"unicode_escape" or "idna", which would rewrite the text, not read it."""
_AS_BROWSERS_READ = {"ascii": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254"}
"""Labels that browsers read as the Windows code page, whose extra typography real pages
so labelled hold ("’" is byte 0x92, a control character in ISO-8859-1)."""
_DECLARED_RE = re.compile(
    rb"""<\?xml[^>]{0,200}?\bencoding\s*=\s*["']?([\w.:-]{1,40})"""
    rb"""|<meta\b[^>]{0,500}?\bcharset\s*=\s*["']?\s*([\w.:-]{1,40})""",
    re.IGNORECASE,
)
_DECLARATION_BYTES = 4096


def _codec_for(label: str) -> str | None:
    """The Python codec a charset label names, as browsers read it; None if it names none."""
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    if not _CHARSET_NAME_RE.fullmatch(name):
        return None
    return _AS_BROWSERS_READ.get(name, name)


def _declared_in_page(data: bytes) -> str | None:
    """The codec an HTML or XML document's head declares (``<meta charset>``, a ``<meta
    http-equiv>`` content type or the XML declaration), or None. UTF-16 and UTF-32 are not
    believed in bytes that were readable enough to find the declaration in."""
    match = _DECLARED_RE.search(data[:_DECLARATION_BYTES])
    if match is None:
        return None
    codec = _codec_for((match.group(1) or match.group(2)).decode("ascii"))
    return None if codec is None or codec.startswith(("utf-16", "utf-32")) else codec


def _as_declared(data: bytes) -> Decoded | None:
    """``data`` in the code page the page declares, unless it is one whose languages its
    letters do not fit while another's fit them well: a page declaring windows-1252 or
    KOI8-R over windows-1251 bytes was stored as "Ìèíèñòð" or "лХМХЯРП", the import saying
    only that it was read as declared. Then the line names both."""
    declared = _in(data, _declared_in_page(data), _DECLARED_IN_PAGE)
    if declared is None:
        return None
    name = codecs.lookup(declared.encoding).name
    judged = [page for page in _code_pages() if codecs.lookup(page.codec).name == name]
    if not judged:
        return declared  # a code page of languages not listed: nothing to judge it by
    beyond = Counter(data.translate(None, _ASCII))
    if _fit(judged[0], data, beyond) >= _FIT_NEEDED:
        return declared
    detected = _code_page_decode(data)
    if detected is None:
        return declared
    how = f"{_DETECTED}: its letters do not fit the {_label(declared.encoding)} it declares"
    return Decoded(detected.text, detected.encoding, how)


_STRAY_SHARE = 4
"""UTF-8 characters beyond ASCII needed for each byte that is not UTF-8 for a file to be
read as UTF-8 holding stray bytes: a legacy code page's text makes a valid UTF-8 sequence
only now and then (a Ukrainian "Ві" in windows-1251), among many bytes that are not."""
_STRAY = re.compile("[\udc80-\udcff]")


def _mostly_utf8(data: bytes) -> Decoded | None:
    """``data`` as UTF-8 when only a few bytes are not (a Word apostrophe pasted into a UTF-8
    file), those few read as windows-1252: read whole as a legacy code page, every accent of
    the UTF-8 was garbled ("dÃĐclarÃĐ"), or Cyrillic refused as undecodable."""
    text = data.decode("utf-8", "surrogateescape")
    stray = len(_STRAY.findall(text))
    utf8 = len(text) - len(text.encode("ascii", "ignore")) - stray  # beyond ASCII, in C
    if not stray or utf8 < _STRAY_SHARE * stray:
        return None
    text = _STRAY.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", "replace"), text)
    bytes_said = "1 byte that is" if stray == 1 else f"{stray:,} bytes that are"
    return Decoded(text, "utf-8", f"{bytes_said} not UTF-8 read as windows-1252")


def served_codec(charset: str, data: bytes) -> str | None:
    """The codec a server's charset names, as browsers read it; UTF-16 and UTF-32 only for
    bytes holding a NUL, which any text of theirs with an ASCII character does: a UTF-8 page
    so labelled was read two bytes a character, a line of CJK ("格浴㹬戼摯...")."""
    codec = _codec_for(charset)
    if codec is not None and codec.startswith(("utf-16", "utf-32")) and b"\x00" not in data:
        return None
    return codec


def _in(data: bytes, codec: str | None, how: str) -> Decoded | None:
    if codec is None:
        return None
    try:
        return Decoded(data.decode(codec), codec, "" if codec == "utf-8" else how)
    except UnicodeDecodeError:
        return None  # a wrong label: the bytes are read as if it were not there


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """``data`` as UTF-16 without its byte order mark (some Windows tools write it; it was
    refused as "binary file"). One byte of each pair is the character's high byte: NUL for
    ASCII (spaces, digits, punctuation, Latin letters), else mostly one value per script (04
    for Cyrillic, 1E for Vietnamese letters), so two values are nearly all of that side, NUL
    among them, and the other side is almost never NUL; taken only when all of it decodes to
    text."""
    if len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        common = Counter(high).most_common(2)
        if (
            high.count(0) < len(high) // 20
            or sum(count for _, count in common) < len(high) * 0.9
            or low.count(0) > len(low) // 100
        ):
            continue
        decoded = _in(data, codec, "no byte order mark")
        if decoded is not None and not _controls_if_binary(decoded.text):
            return decoded
    return None


def _with_bom(data: bytes) -> Decoded | None:
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError as error:
                raise IngestError(f"undecodable bytes ({codec} at byte {error.start})") from error
    return None


_STRAY_UTF16_MARK = "a UTF-16 byte order mark on text that is not UTF-16, set aside"


def _without_stray_utf16_mark(data: bytes) -> bytes:
    """``data`` without a UTF-16 byte order mark that its bytes belie. UTF-16 text has a NUL
    byte in every space and line break; bytes after the mark with none are another encoding's
    (an editor's or a tool's mistake), which read as UTF-16 were Chinese-looking gibberish."""
    for mark in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(mark) and b"\x00" not in data[len(mark) :]:
            return data[len(mark) :]
    return data


def _legacy(data: bytes, page: bool) -> Decoded:
    """``data``, not UTF-8, in the encoding a page declares or the one detected. A UTF-8 byte
    order mark before it (an editor adding one to a Latin-1 file) stays the one character it
    is, as on UTF-8 text, not three legacy letters "ï»¿" starting the title."""
    body = data.removeprefix(codecs.BOM_UTF8)
    decoded = (
        (_as_declared(body) if page else None) or _code_page_decode(body) or _legacy_decode(body)
    )
    if len(body) == len(data):
        return decoded
    return replace(decoded, text="\ufeff" + decoded.text)


def decode(data: bytes, charset: str = "", page: bool = False) -> Decoded:
    """Decode ``data``: a UTF-16/32 byte order mark first, then ``charset`` (what a server
    said the bytes are), then UTF-8 (with or without its BOM), then, for a ``page`` (HTML or
    XML), the encoding its head declares, and else a detected legacy encoding.

    UTF-8 goes before a page's own declaration: a page converted to UTF-8 that still says
    ISO-8859-1 is common, while legacy bytes that happen to be valid UTF-8 are not; so does
    UTF-8 holding a few stray bytes of windows-1252 (:func:`_mostly_utf8`).
    Raises IngestError for empty, binary or undecodable input.
    """
    if not data.strip(b" \t\r\n\x0b\x0c"):
        raise IngestError("empty file")
    body = _without_stray_utf16_mark(data)
    stray_mark, data = len(body) < len(data), body
    decoded = _with_bom(data)
    if decoded is None and charset:
        decoded = _in(data, served_codec(charset, data), _DECLARED_BY_SERVER)
    if decoded is None and b"\x00" in data:
        decoded = _utf16_without_bom(data)
        if decoded is None:
            raise IngestError("binary file (contains NUL bytes)")
    if decoded is None:
        decoded = _in(data, "utf-8", "") or _mostly_utf8(data) or _legacy(data, page)
    if not decoded.text.strip("\ufeff \t\r\n\x0b\x0c"):
        raise IngestError("empty file")
    if controls := _controls_if_binary(decoded.text):
        # "binary file (mostly control characters)" was said of 8 among 219: the figures
        share = controls / len(decoded.text)
        raise IngestError(
            f"binary data? {controls:,} control characters in {len(decoded.text):,} characters "
            f"({share:.1%}, over the {_MAX_CONTROL_RATIO:.0%} a text may hold)"
        )
    return replace(decoded, set_aside=_STRAY_UTF16_MARK) if stray_mark else decoded
