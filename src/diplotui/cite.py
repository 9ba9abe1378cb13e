"""Quote formatting: four citation styles and the sanitising every copied text goes through.

Decisions, so the UI, the CLI and the exports agree:

* ``plain``, ``chicago`` and ``apa`` are plain text: no Markdown asterisks (a citation pasted
  into a mail or a word processor must not show ``*Publication*``). Only ``markdown`` uses
  Markdown (a ``>`` blockquote, ``*Publication*``, the title linked to the URL).
* Dates are English ("July 14, 2025"); partial dates print what is known ("July 2025", "2025").
  A date that does not parse as ``YYYY[-MM[-DD]]`` is treated as missing rather than guessed at.
* A guessed date (``date_is_guess``) is marked: "(date uncertain)" in plain and markdown,
  Chicago's conjectural brackets "[July 14, 2025?]", APA's "(ca. 2025, July 14)".
* Missing fields are left out with their punctuation; APA prints "(n.d.)" without a date.
  With no author, Chicago puts the publication in the author's place; APA 7 (9.12) the
  title, which its in-text citation then gives (8.14: in title case, in quotation marks,
  shortened when long); with neither, the title leads (APA: the publication).
* APA cites every copy in the text, the article's own words too (“...” (Minh Anh, 2025).):
  a quotation is cited where it is quoted, not by the reference below it alone.
* Authors are printed as stored: store "Smith, J." for strict APA name inversion.
* Only ``http``/``https`` URLs are cited; anything else (``javascript:``, ``file:``) is dropped.
* The quote is wrapped in “ ” (plain, chicago, apa) or set as a blockquote (markdown). Quotes
  inside it take the style's inner level: straight double quotes become typographic ones, and
  inside “ ” double quotes become single (‘ ’), as Chicago and APA nest them. Single quotes
  and apostrophes are kept as they are (an apostrophe cannot be told from a closing single
  quote). Chicago nests the title the same way, since it sits in double quotes.
* A quote keeps its paragraphs (lines) in markdown; the one-line styles join them by a space.
* A comma, semicolon or colon ending the quote is left out: it belonged to the sentence that
  quoted the words ('"We are ready," he said'), and “We are ready,” pasted into a brief reads
  as cut short (Chicago lets final punctuation change; the words stay exact).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from urllib.parse import urlsplit

from diplotui.dates import MONTH_NAMES, iso_date_parts
from diplotui.inert import sieve
from diplotui.model import QUOTE_STYLES, Article

STYLES = QUOTE_STYLES
DEFAULT_STYLE = STYLES[0]
STYLE_SETTING = "cite_style"  # the store setting holding the last style used
SHORTEN_BUDGET = 280  # characters of quote kept by ``shorten=True``
ELLIPSIS = " … "

# Whole escape sequences go first so their payload (an OSC 52 base64 blob, a hyperlink URL)
# does not survive as visible text once the ESC is gone.
_CSI = r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # colours, cursor moves
# an OSC, DCS, APC, PM or SOS payload, up to its terminator on its own line: an introducer
# left open ("ESC ]8;;http://x the talks ...") took the rest of the text for its payload, and a
# page's import stored the article cut there; it is dropped alone, its words kept as words
_STRING_END = r"[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)"
_OTHER_ESCAPE = r"\x1b[ -/]*[0-~]?"
_ESCAPES = re.compile(rf"{_CSI}|\x1b[\]P_^X]{_STRING_END}|{_OTHER_ESCAPE}", re.DOTALL)
"""A C1 character alone opens no string: text whose UTF-8 was encoded twice holds them ("ß"
becomes "Ã" and U+009F), and the rest of a title or quote was read as a payload and cut. It is
stripped as the control it is; whatever follows it stays, as visible text."""
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_SPACES = re.compile(r"[^\S\n]+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])([”’\"')\]]*)\s+")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<~])")  # ~: strikethrough (GFM)
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>+=|-]|\d+[.)])")
_MARKDOWN_ENTITY = re.compile(r"&(?=#\d{1,7};|#[xX][\dA-Fa-f]{1,6};|[A-Za-z][A-Za-z\d]{1,31};)")
"""The ``&`` of what Markdown reads as a character reference: a title's "&#x202E;" would be
rendered the bidi override sanitising keeps out, "&lt;b&gt;" another title."""
_STRAIGHT_OPENING = re.compile(r'(?:^|(?<=[\s(\[{<—–/‘“-]))"')


def _inner_quotes(text: str) -> str:
    """Double curly marks as single ones (``str.replace``: ``str.translate`` walks a
    non-ASCII text a character at a time in Python's generic path, 7 µs a quote)."""
    return text.replace("“", "‘").replace("”", "’")


_JOINERS = "\u200c\u200d"
"""The zero-width non-joiner and joiner: format characters, but part of a word's spelling in
Persian, Urdu and Indic scripts (می‌خواهیم) and of emoji sequences (👨‍👩‍👧); a copy without
them misspelt the quote."""


def _is_stripped(char: str) -> bool:
    """Control (Cc), format (Cf: zero-width spaces, bidi overrides and marks, BOM) but the
    joiners, and surrogates."""
    return (
        char != "\n" and char not in _JOINERS and unicodedata.category(char) in ("Cc", "Cf", "Cs")
    )


@functools.cache
def _stripped_pattern() -> re.Pattern[str]:
    """What ``_is_stripped`` may strip, found by ``re``: tested a character at a time in
    Python, a 10 MB field (a teammate's speaker) took 3 s to clean."""
    return sieve(_is_stripped)


def _strip(match: re.Match[str]) -> str:
    return "" if _is_stripped(match.group(0)) else match.group(0)


def sanitize_for_copy(text: str) -> str:
    """Remove what must never travel into another document or a terminal.

    Strips ANSI/OSC/DCS escape sequences (with their payload), every other control character
    except the newline (tabs become spaces, CR/LF variants become ``\\n``), zero-width and bidi
    control characters (not the joiners of a word's letters). Visible text, Rich-style
    ``[markup]`` included, is kept verbatim.
    """
    text = _ESCAPES.sub("", text)
    text = _LINE_BREAKS.sub("\n", text).replace("\t", " ")
    return _stripped_pattern().sub(_strip, text)


def text_without_escapes(text: str) -> str:
    """An article's text (a page's HTML) without terminal escape sequences, payload and all,
    its lines and tabs as they were: a parser drops a lone ESC and keeps "[31m" or a link's
    address as words of the text."""
    if "\x1b" not in text and "\x9b" not in text:
        return text
    return _ESCAPES.sub("", text)


_BREAKING_CONTROLS = re.compile("[\x0b\x0c\x85]")
_STORED_NOT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def text_to_store(text: str) -> str:
    """An article's text as the library keeps it, whichever way it came (a file, a page, a
    feed's item): no escape sequence, payload and all, and no control character but the tab
    and the line ends as written (LF, CR); vertical tab, form feed and NEL are the line breaks
    they mean. A page's parser dropped its controls while a text file's and a feed item's
    were stored raw, and every view and copy had to step round them."""
    text = text_without_escapes(text)
    if not _STORED_NOT.search(text) and not _BREAKING_CONTROLS.search(text):
        return text
    return _STORED_NOT.sub("", _BREAKING_CONTROLS.sub("\n", text))


def clean_field(text: str) -> str:
    """A metadata field as one sanitised line with single spaces."""
    return " ".join(sanitize_for_copy(text).split())


def curly_quotes(text: str) -> str:
    """Straight double quotes as typographic ones: opening at a start of a word, else closing;
    a low-high pair („...“ in German, Czech, Lithuanian, „...” in Polish) as “...”, so a copy
    nests it as it nests any quotation (left as it was, its closing “ read as an opening mark
    and the copy gained a stray one: „Ja“ copied as „Ja‘’)."""
    if '"' not in text and "„" not in text:
        return text  # most quotes: no pass of the pattern over them
    curled = _STRAIGHT_OPENING.sub("“", text).replace('"', "”")
    return _low_high_read(curled) if "„" in curled else curled


def _low_high_read(text: str) -> str:
    """Each „ and the first “ or ” after it on its line as “ and ”, one character for one."""
    chars = list(text)
    at = text.find("„")
    while at >= 0:
        chars[at] = "“"
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        closing = min(
            (found for mark in "“”" if (found := text.find(mark, at + 1, line_end)) >= 0),
            default=-1,
        )
        if closing >= 0 and text.find("„", at + 1, closing) < 0:
            chars[closing] = "”"
        at = text.find("„", at + 1)
    return "".join(chars)


def nested_quotes(text: str) -> str:
    """Quotes as the inner level inside “ ”: double ones single (‘ ’), and single ones within
    those double again (“ ”), as Chicago and APA alternate them: “... ‘so-called “plan”’ ...”,
    not ‘so-called ‘plan’’, whose levels cannot be told apart (straight ones sorted out first).
    A single quotation is made double only where its closing mark is certain
    (:func:`_single_closing`); else it is left as the article wrote it."""
    curled = curly_quotes(text)
    if "‘" not in curled:  # no single quotation to make double: 250,000 listed in 3 s less
        return _inner_quotes(curled)
    chars = list(_inner_quotes(curled))
    doubles = 0  # how many double quotations are open
    for index, char in enumerate(curled):
        if char == "“":
            doubles += 1
        elif char == "”":
            doubles = max(doubles - 1, 0)
        elif char == "‘" and doubles and not curled[index - 1 : index].isalnum():
            closing = _single_closing(curled, index)
            if closing is not None:
                chars[index], chars[closing] = "“", "”"
    return "".join(chars)


def _single_closing(text: str, opening: int) -> int | None:
    """Where the single quotation opened at ``opening`` closes: its one ’ that no letter
    follows before the next quotation mark or line end, or None when there is none or more
    than one (‘the ministers’ plan’: an apostrophe cannot be told from a closing mark)."""
    limit = min(
        (at for mark in "‘“”\n" if (at := text.find(mark, opening + 1)) >= 0), default=len(text)
    )
    closers = [
        at
        for at in range(opening + 1, limit)
        if text[at] == "’" and not text[at + 1 : at + 2].isalpha()
    ]
    return closers[0] if len(closers) == 1 else None


_GUILLEMETS = str.maketrans("«»", "“”")
# a » before a word, then one after a word's end or a stop and before no letter, on one line
_CHEVRON_PAIR = re.compile(r"»(\S[^»\n]*?)(?<!\s)»(?!\w)")


def chevron_pairs(text: str) -> str:
    """``text`` with each » ... » pair of a page quoting in » at both ends (»X», and no « in
    it) as “ ... ”, one character for one: a pair on one line, opening after no letter or
    digit and closing before none; a » between spaces (a path's or list's sign) stays."""
    if "»" not in text or "«" in text:
        return text
    return _CHEVRON_PAIR.sub(_chevron_pair_read, text)


def _chevron_pair_read(pair: re.Match[str]) -> str:
    text, start = pair.string, pair.start()
    if start and text[start - 1].isalnum():
        return pair.group()
    return f"“{pair.group(1)}”"


def read_marks(text: str) -> str:
    """``text`` with every double quotation mark as “ or ”, one character for one so every
    offset holds: straight and low-high ones (:func:`curly_quotes`), guillemets (« »), and,
    in a text quoting in single marks only, each ‘...’ pair. What decides whether a passage
    stands inside quotation marks, for copies and exports alike
    (``statements.said.said_span``)."""
    read = curly_quotes(chevron_pairs(text)).translate(_GUILLEMETS)
    if "“" in read or "”" in read or "‘" not in read:
        return read
    chars = list(read)
    singles: list[int] = []
    for index, char in enumerate(read):
        if char == "‘" and not read[index - 1 : index].isalnum():
            singles.append(index)
        elif char == "’" and singles and not read[index + 1 : index + 2].isalpha():
            chars[singles.pop()], chars[index] = "“", "”"
        elif char == "\n":
            singles.clear()
    return "".join(chars)


def unpaired(curled: str) -> tuple[int | None, int | None]:
    """In text whose double quotes are typographic: where the first closing mark without an
    opening one is, and where the last opening mark left open is (None: there is none)."""
    lone_close: int | None = None
    open_at: int | None = None
    for index, char in enumerate(curled):
        if char == "“":
            open_at = index
        elif char == "”":
            if open_at is not None:
                open_at = None
            elif lone_close is None:
                lone_close = index
    return lone_close, open_at


_PAIRS = {"“": "”", "”": "“", "«": "»", "»": "«", "‘": "’", "’": "‘"}


def balanced(quote: str) -> str:
    """The quote with a quotation mark it cut off put back (the mark that pairs with the lone
    one: a guillemet for a guillemet), so no copy holds a lone one."""
    lone_close, open_at = unpaired(read_marks(quote))
    before = _PAIRS.get(quote[lone_close], "“") if lone_close is not None else ""
    after = _PAIRS.get(quote[open_at], "”") if open_at is not None else ""
    return before + quote + after


def quoted_words(quote: str) -> str:
    """The words as a copy sets them inside its “ ”: a quotation mark they cut off put back
    and their own quotes nested, so the sidebar and a notice show what the copy pastes
    (“‘We will continue.’ Both sides ...”, not a lone ’ the copy does not have)."""
    return nested_quotes(balanced(quote))


def _paragraphs(quote: str) -> list[str]:
    lines = (_SPACES.sub(" ", line).strip() for line in sanitize_for_copy(quote).split("\n"))
    return [line for line in lines if line]


def shorten_quote(text: str, budget: int = SHORTEN_BUDGET) -> str:
    """Keep the first and last sentences that fit ``budget``, joined by " … ".

    A quote too long even for its first and last sentence is cut at a word boundary instead.
    """
    text = " ".join(text.split())
    if len(text) <= budget:
        return text
    sentences = _split_keeping_closers(text)
    head, tail = [sentences[0]], [sentences[-1]]

    def cost() -> int:
        return sum(len(s) + 1 for s in head + tail) + len(ELLIPSIS)

    if len(sentences) < 3 or cost() > budget:
        return _cut_words(text, budget)
    front, back = 1, len(sentences) - 2
    while front <= back:
        head.append(sentences[front])
        if cost() > budget:
            head.pop()
            break
        front += 1
        if front > back:
            break
        tail.insert(0, sentences[back])
        if cost() > budget:
            tail.pop(0)
            break
        back -= 1
    if front > back:
        return text
    return " ".join(head) + ELLIPSIS + " ".join(tail)


def _split_keeping_closers(text: str) -> list[str]:
    """Sentences with their closing quote marks or brackets attached."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        sentences.append(text[start : match.end(1)])
        start = match.end()
    sentences.append(text[start:])
    return [s for s in sentences if s]


def _cut_words(text: str, budget: int) -> str:
    room = max(budget - 2, 1)
    cut = text[:room]
    if " " in cut and not text[room : room + 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + " …"


def is_valid_date(raw: str) -> bool:
    return iso_date_parts(raw) is not None


def _long_date(raw: str) -> str:
    """ "July 14, 2025", "July 2025", "2025" or "" when unknown."""
    parsed = iso_date_parts(raw)
    if parsed is None:
        return ""
    year, month, day = parsed
    if month is None:
        return str(year)
    if day is None:
        return f"{MONTH_NAMES[month - 1]} {year}"
    return f"{MONTH_NAMES[month - 1]} {day}, {year}"


def _apa_date(raw: str, guess: bool) -> str:
    parsed = iso_date_parts(raw)
    if parsed is None:
        return "(n.d.)"
    year, month, day = parsed
    parts = [f"ca. {year}" if guess else str(year)]
    if month is not None:
        parts.append(MONTH_NAMES[month - 1] + (f" {day}" if day is not None else ""))
    return "(" + ", ".join(parts) + ")"


_MARKUP_IN_URL = str.maketrans({mark: f"%{ord(mark):02X}" for mark in '"<>'})
"""What a URL never holds raw (a browser sends them percent-encoded), but markup does: a
feed's link "https://e.org/a><script>…" closed the Markdown brief's ``<URL>`` early and put
a live script element after it."""


_NOT_IN_URL = str.maketrans(dict.fromkeys(_JOINERS))
"""Joiners spell words, not addresses: in a URL one only makes it look like another."""


def safe_url(url: str) -> str:
    """The URL if it is an http(s) address, else "" (never cite a script or local file);
    ``"``, ``<`` and ``>`` percent-encoded, so a URL is never markup where it is cited."""
    kept = sanitize_for_copy(url).translate(_NOT_IN_URL)
    url = "".join(kept.split()).translate(_MARKUP_IN_URL)
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


_ENDS_A_SENTENCE = re.compile("[.?!…][”’\"']*\\Z")  # also inside closing quotation marks


def _end(text: str, mark: str) -> str:
    """Append ``mark`` unless the text already ends with terminal punctuation (an ellipsis,
    or a quotation ending one: “… we will resume.”)."""
    return text if text.endswith(mark) or _ENDS_A_SENTENCE.search(text) else text + mark


def _without_full_stop(title: str) -> str:
    """A title that is a sentence ("X said the talks would resume soon.") loses its full
    stop, since every style puts its own mark after the title ("soon..”" otherwise); an
    abbreviation keeps its own ("Talks with the U.S.")."""
    last_word = title.rsplit(" ", 1)[-1]
    return title[:-1] if title.endswith(".") and "." not in last_word[:-1] else title


class _Fields:
    """An article's citable fields, sanitised once (with who is quoted, for a statement)."""

    def __init__(
        self,
        article: Article,
        speaker: str = "",
        role: str = "",
        reported: bool = False,
        verb: str = "",
        cut: bool = False,
        colon_verb: str = "said",
    ) -> None:
        self.speaker = clean_field(speaker)
        self.colon_verb = clean_field(colon_verb) or "said"
        self.cut = cut
        self.role = clean_field(role) if self.speaker else ""
        if self.role == self.speaker:  # "spokeswoman": named by a role alone, named once
            self.role = ""
        self.reported = reported and bool(self.speaker)
        self.verb = clean_field(verb) if self.reported else ""
        self.title = _without_full_stop(clean_field(article.title))
        self.source = clean_field(article.source)
        self.author = clean_field(article.author)
        self.url = safe_url(article.url)
        self.date = _long_date(article.date)
        self.raw_date = article.date
        self.guess = article.date_is_guess and bool(self.date)


_ENDS_ASKING = re.compile("[?!][”’\"']*\\Z")  # also inside closing quotation marks


def _join(parts: list[str]) -> str:
    """Comma-join the non-empty parts; no comma after a part ending in "?" or "!" (or in a
    quoted title ending so: “Why did talks stall?” The Diplomat)."""
    text = ""
    for part in (p for p in parts if p):
        text += ("" if not text else " " if _ENDS_ASKING.search(text) else ", ") + part
    return text


def _quoted_title(title: str) -> str:
    """The title in quotation marks (its own double quotes made single), as Chicago sets an
    article's title: bare, "quoted in Vietnam, Philippines advance maritime cooperation, The
    Hanoi Times" could not be told apart from the publication and places around it."""
    return f"“{nested_quotes(title)}”" if title else ""


def _speaker_named(fields: _Fields) -> str:
    """ "Ngo Le Van (Deputy Minister of Foreign Affairs)": who is quoted, role after name."""
    return f"{fields.speaker} ({fields.role})" if fields.role else fields.speaker


def _quoted_in(fields: _Fields, text: str) -> str:
    """A citation of a statement names its speaker first: "X, quoted in <citation>"."""
    return f"{_speaker_named(fields)}, quoted in {text}" if fields.speaker and text else text


_OPENERS = "“‘\"'„‚«‹(["


def goes_on(after: str) -> bool:
    """Whether words the article follows with ``after`` stop short of their sentence: a word
    goes on after them (a highlight of "the talks had been" of "the talks had been useful"),
    also inside a quotation or brackets it opens ("was to" of "was to “achieve a ceasefire”":
    a full stop there was one the article lacks)."""
    return after.lstrip(" ").lstrip(_OPENERS)[:1].isalnum()


_COMMA_CLOSING_QUOTE = re.compile(r"[,;:](?=[”’\"]+\Z)")


def without_closing_comma(words: str) -> str:
    """``words`` without the comma of a quotation they end on ('the US effort “to break the
    deadlock,”' of '... deadlock,” he said'): the writer's punctuation before the
    attribution, left out of a row or a copy as a quotation's own last comma is."""
    return _COMMA_CLOSING_QUOTE.sub("", words)


def indirect(
    speaker: str, words: str, verb: str = "", *, cut: bool = False, colon_verb: str = "said"
) -> str:
    """A reported statement as an indirect one, "Pham Thu Hang (spokeswoman) said: Viet Nam
    requests ...": its words are the reporter's paraphrase, and quotation marks around them
    would present them as what the speaker said word for word (the article's own marks inside
    them stay: those words are the speaker's). ``verb``, the reporter's verb that introduced
    the words ("called on", "stressed that"), leads them where the article has one: "Ngo Le
    Van called on delegates to ..." (not "said: delegates to ..."). Words ``cut`` short of
    their sentence (:func:`goes_on`) end in an ellipsis, never a full stop they lack.
    ``colon_verb`` leads words no verb of the reporter's introduces (:func:`attribution`)."""
    lead, joint = attribution(verb, colon_verb)
    words = without_closing_comma(words)
    said = words if names_its_speaker(speaker, words, lead) else f"{speaker} {lead}{joint}{words}"
    return _end(_cut_short(sentence_case(said), cut), ".")


_ROLE_AFTER = re.compile(r" \([^()]*\)\Z")  # "Wang Yi (Foreign Minister)": the role after
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]+")
_ASIDE = r"(?:,[^,.;:]{1,80},)?\s+(?:\w+ly\s+)?"  # "Wang Yi, the Foreign Minister, said"


def names_its_speaker(speaker: str, words: str, verb: str = "said") -> bool:
    """Whether ``words`` already hold their own attribution to ``speaker`` ("Wang Yi said the
    two sides ...", "The talks, Wang said, went well", "According to Wang Yi, ..."): a
    highlight of the whole sentence, on an article whose finder found no statement there
    (or a speaker given with ``P``), was cited "Wang Yi said: Wang Yi said the two sides
    ...". The speaker's whole name, or one word of it ("Wang"), before "said", "says",
    "told" or ``verb`` (an aside and an adverb between), or after "according to", counts;
    so do words opening with the speaker as their subject, whole name or surname, a title
    before it, a verb in the past after it (:data:`_SUBJECT_OPENING`: "NATO chief Mark Rutte
    praised ...", the words of "..., he said", which ran from the sentence's start and were
    cited "Mark Rutte said: NATO chief Mark Rutte praised ..."); a mere mention of them
    ("China said: China will ...", "Rutte's visit ...") does not."""
    name = _ROLE_AFTER.sub("", speaker).strip()
    parts = [p for p in _NAME_WORD.findall(name) if p[:1].isupper()]
    if not name or not parts or not any(part in words for part in parts):
        return False  # each pattern below holds a word of the name as it stands: none is
        # compiled for words that never name the speaker (most of them, ~0.3 ms a name)
    named = "|".join(re.escape(n) for n in sorted({name, *parts}, key=len, reverse=True))
    verbs = "|".join(re.escape(v) for v in {"said", "says", "told", "tells", *verb.split()[:1]})
    before = rf"(?<![\w-])(?:{named})(?![\w-]){_ASIDE}(?:{verbs})(?!\w)"
    after = rf"(?<!\w)[Aa]ccording to (?:[\w.’'-]+ ){{0,6}}?(?:{named})(?![\w-])"
    subject = "|".join(re.escape(n) for n in sorted({name, parts[-1]}, key=len, reverse=True))
    opening = _SUBJECT_OPENING.format(subject=subject)
    return re.search(f"{before}|{after}", words) is not None or re.match(opening, words) is not None


# words opening with their speaker as subject: up to five words of a title before the name
# ("NATO chief", "US Secretary of State"), the name not a possessive's, then a verb in the past
_SUBJECT_OPENING = (
    r"\W{{0,2}}(?:[\w.’'-]+ ){{0,5}}?(?:{subject})(?![\w’'-])"
    + _ASIDE.replace("{", "{{").replace("}", "}}")
    + r"(?:[a-z]+ed|said|told|spoke|wrote|made|took|gave|held|met|sent|led|saw|sought"
    r"|brought|thought|felt|kept|left|stood|struck|won|lost|set|put|went|came|became|began)\b"
)


def _cut_short(words: str, cut: bool) -> str:
    """``words`` ending in an ellipsis when ``cut`` short of their sentence, unless they end
    one themselves: "... an “immediate and unconditional ceasefire.”" ends its speaker's
    sentence, however the article goes on after it ("ceasefire.”…" put words after it)."""
    return words.rstrip(" ,;:") + "…" if cut and not _ENDS_A_SENTENCE.search(words) else words


def attribution(verb: str = "", colon_verb: str = "said") -> tuple[str, str]:
    """The verb between a speaker and their words, and what joins it to them: the reporter's
    verb that introduced a paraphrase leads its words, its object with them ("called on" and
    " ": "Ngo Le Van called on delegates to ..."); without one, ``colon_verb``, a verb that
    reads before a colon, and a colon ("said" and ": "). A copy and every listing of who said
    what join them so (``statements.said.said_verb``)."""
    return (verb, " ") if verb else (colon_verb, ": ")


def sentence_case(text: str) -> str:
    """``text`` with a capital first letter, as it starts a sentence or a note: a speaker the
    article names only by a role ("spokeswoman said: ...", the finder's "spokeswoman" for "the
    spokeswoman said") began a copy in lower case."""
    return text[:1].upper() + text[1:]


def _reported(words: str, fields: _Fields) -> str:
    return indirect(
        _speaker_named(fields), words, fields.verb, cut=fields.cut, colon_verb=fields.colon_verb
    )


def _body(quote: str, fields: _Fields) -> str:
    return _reported(quote, fields) if fields.reported else f"“{quote}”"


def _by_author(title: str, author: str, speaker: str) -> list[str]:
    """The title and author as a statement's citation gives them: "quoted in “Title” by Minh
    Anh", since "quoted in Minh Anh, “Title”" read as if the author were a publication."""
    if speaker and author and title:
        return [f"{title} by {author}"]
    return [author, title]


def _plain(quote: str, fields: _Fields) -> str:
    date = fields.date + (" (date uncertain)" if fields.guess else "")
    title = _quoted_title(fields.title)
    source_line = _join(
        [*_by_author(title, fields.author, fields.speaker), fields.source, date, fields.url]
    )
    source_line = _quoted_in(fields, source_line)
    body = _body(quote, fields)
    return f"{body}\n— {source_line}" if source_line else body


def md_escape(text: str) -> str:
    """Backslash the characters Markdown would read as formatting, links, HTML or character
    references (an ``&`` that starts none stays bare: "AT&T")."""
    return _MARKDOWN_ENTITY.sub(r"\\&", _MARKDOWN_SPECIAL.sub(r"\\\1", text))


def md_line(text: str) -> str:
    """One escaped line that cannot start a heading, quote, list or table either."""
    return _MARKDOWN_LINE_START.sub(r"\1\\\2", md_escape(text))


def _markdown(paragraphs: list[str], fields: _Fields) -> str:
    if fields.reported:  # a paragraph of its own, not a block quote: no one's words verbatim
        said = _reported("\n".join(paragraphs), fields).split("\n")
        lines = "\n\n".join(md_line(p) for p in said)
        source = _markdown_source(fields)
        return f"{lines}\n\n— {source}" if source else lines
    lines = "\n>\n".join(f"> {md_line(p)}" for p in paragraphs) or ">"
    attribution = _markdown_source(fields)
    return f"{lines}\n>\n> — {attribution}" if attribution else lines


def _markdown_source(fields: _Fields) -> str:
    """The Markdown citation: author, linked title, *publication*, date (speaker first)."""
    title = md_escape(curly_quotes(fields.title))  # in no marks: its quotes stay double
    if title and fields.url:  # the link marks the title
        url = fields.url if " " not in fields.url else f"<{fields.url}>"
        title = f"[{title}]({url.replace(')', '%29').replace('(', '%28')})"
    elif fields.url:
        title = f"<{fields.url}>"
    else:
        title = md_escape(_quoted_title(fields.title))
    date = fields.date + (" (date uncertain)" if fields.guess else "")
    parts = [
        *_by_author(title, md_escape(fields.author), fields.speaker),
        f"*{md_escape(fields.source)}*" if fields.source else "",
        date,
    ]
    attribution = _join(parts)
    if fields.speaker and attribution:
        attribution = f"{md_escape(_speaker_named(fields))}, quoted in {attribution}"
    return attribution


def _chicago(quote: str, fields: _Fields) -> str:
    """Chicago note, news article: Author, “Title,” Publication, Month Day, Year, URL."""
    date = f"[{fields.date}?]" if fields.guess else fields.date
    leader = fields.author or ("" if fields.speaker else fields.source)
    publication = fields.source if fields.author or fields.speaker else ""
    title = nested_quotes(fields.title)  # the title sits in double quotes
    parts = [leader, title, publication, date, fields.url]
    segments: list[str] = []
    for index, part in enumerate(parts):
        if not part:
            continue
        last = not any(parts[index + 1 :])
        mark = "." if last else ","
        if index == 1:
            segments.append(f"“{part if part.endswith(('?', '!')) else part + mark}”")
        else:
            segments.append(_end(part, mark) if last else part + mark)
    citation = " ".join(segments)
    if fields.speaker and citation:  # "Deputy Minister ... Ngo Le Van, quoted in “Title,” ..."
        citation = sentence_case(f"{_chicago_speaker(fields)}, quoted in {citation}")
    body = _body(quote, fields)
    return f"{body}\n{citation}" if citation else body


def _chicago_speaker(fields: _Fields) -> str:
    """A title before the name ("Deputy Minister of Foreign Affairs Ngo Le Van"); a role
    that is a common noun after it ("Phạm Thu Hằng, spokeswoman"): a note never starts with
    a lower-case word."""
    if not fields.role:
        return fields.speaker
    if fields.role[0].isupper():
        return f"{fields.role} {fields.speaker}"
    return f"{fields.speaker}, {fields.role}"


def _apa(quote: str, fields: _Fields) -> str:
    """APA 7 reference, news article: Author. (Year, Month Day). Title. Publication. URL"""
    title = curly_quotes(fields.title)  # in no marks of its own: its quotes stay double
    leader = fields.author or title or fields.source
    parts = [_end(leader, ".")] if leader else []
    parts.append(_end(_apa_date(fields.raw_date, fields.guess), "."))
    if title and leader != title:
        parts.append(_end(title, "."))
    if fields.source and leader != fields.source:
        parts.append(_end(fields.source, "."))
    if fields.url:
        parts.append(fields.url)
    reference = " ".join(parts)
    in_text = _apa_in_text(leader == fields.author, leader == title, fields)
    if not fields.speaker:  # APA 7: a quotation is followed by its in-text citation
        if not leader:  # no author, title or publication: a year alone cites nothing
            return f"“{quote}”\n{reference}"
        return f"“{_stop_after_citation(quote)}” ({in_text}).\n{reference}"
    # APA 7's secondary source: the speaker "as cited in" the article is the in-text
    # citation; the reference list holds the article alone
    cited = f"({_join([fields.speaker, fields.role])}, as cited in {in_text})"
    if fields.reported:  # words cut short end in their ellipsis, before the citation
        words = _stop_after_citation(_cut_short(quote, fields.cut))
        # the sentence names the speaker (APA's narrative citation): the parenthesis does not
        said = indirect(
            _speaker_named(fields),
            f"{words} (as cited in {in_text})",
            fields.verb,
            colon_verb=fields.colon_verb,
        )
        return f"{said}\n{reference}"
    return f"“{_stop_after_citation(quote)}” {cited}.\n{reference}"


_FULL_STOP = re.compile("(?<![.…])\\.([”’\"']*)\\Z")  # not an ellipsis's "..."


def _stop_after_citation(words: str) -> str:
    """``words`` without their full stop, which APA 7 puts after the parenthetical citation
    (“... first step” (X, 2025).); a question's or an exclamation's mark stays inside."""
    return _FULL_STOP.sub(r"\1", words)


def _apa_in_text(by_author: bool, by_title: bool, fields: _Fields) -> str:
    """ "Minh Anh, 2025": the reference's authors as APA 7 cites them in the text
    (:func:`_apa_names`), else its title as APA 7 cites a work with no author
    (:func:`_apa_short_title`, in quotation marks: “Talks Resume,” n.d.; a title bare read
    as the sentence around it), else its publication, and the year."""
    parsed = iso_date_parts(fields.raw_date)
    year = "n.d." if parsed is None else f"ca. {parsed[0]}" if fields.guess else str(parsed[0])
    if by_title and fields.title:
        title = nested_quotes(_apa_short_title(fields.title))
        return f"“{title}” {year}" if _ENDS_ASKING.search(title) else f"“{title},” {year}"
    return _join([_apa_names(fields.author) if by_author else fields.source, year])


_MINOR_WORDS = frozenset(
    {"a", "an", "the", "and", "as", "but", "for", "if", "nor", "or", "so", "yet"}
    | {"at", "by", "in", "of", "off", "on", "per", "to", "up", "via"}
)
"""The words of three letters or fewer APA 7's title case leaves in lower case (articles,
short conjunctions and prepositions); every other word takes a capital."""
SHORT_TITLE_WORDS = 5
"""The words an in-text citation keeps of a long title (over ``LONG_TITLE_WORDS``): more
to end a name it has begun ("Secretariat Standing Member Tran Cam Tu") or not on a minor
word ("... Capacity of"), fewer to end at its main title's colon."""
LONG_TITLE_WORDS = 8
_TITLE_WORD_START = re.compile(r"(?:^|(?<=[\s\-/]))([\"'“‘«(\[]*)([^\W\d_])")


def _apa_short_title(title: str) -> str:
    """The title as APA 7 cites a work with no author in the text (8.14, 6.17): its first
    words when long, each but a minor word capitalised ("Enhancing Capacity of People's
    Organizations" for the seed's whole sentence-case headline). Capitals are only added,
    never taken: a stored "The Hague" or "US" stays as written."""
    words = title.split()
    if len(words) > LONG_TITLE_WORDS:
        kept = SHORT_TITLE_WORDS
        while kept < LONG_TITLE_WORDS and (
            words[kept - 1].strip("“‘\"'(").lower() in _MINOR_WORDS
            or (words[kept - 1][:1].isupper() and words[kept][:1].isupper())
        ):
            kept += 1
        main_title = next((n + 1 for n, word in enumerate(words[1:kept], 1) if word[-1] == ":"), 0)
        kept = main_title or kept  # its main title, when its subtitle starts within them
        title = balanced(" ".join(words[:kept]).rstrip(",;:–—-"))
    return _TITLE_WORD_START.sub(_title_case_word, title)


def _title_case_word(match: re.Match[str]) -> str:
    """A word's first letter as APA's title case has it: a capital unless the word is a minor
    one inside the title (the first word, and one after a colon, take one too)."""
    opening, letter = match.group(1), match.group(2)
    text = match.string
    end = match.end()
    while end < len(text) and (text[end].isalnum() or text[end] in "'’"):
        end += 1
    word = (letter + text[match.end() : end]).lower()
    before = text[: match.start()].rstrip()
    leads = not before or before.endswith((":", "?", "!", "—", "–"))
    if word in _MINOR_WORDS and not leads and not opening:  # "People-to-People" too
        return opening + letter
    return opening + letter.upper()


_CONJUNCTION = re.compile(r",?\s+(?:&|and)\s+")
_INITIALS = re.compile(r"(?:[^\W\d_]{1,2}\.[\s-]*)+")  # "T.", "L. H.", "J.-P."


def _apa_names(author: str) -> str:
    """A byline as APA 7 cites it in the text: one author's surname ("Yamada" of a stored
    "Yamada, T."; a name stored uninverted, "Minh Anh", whole), two joined by "&" ("Yamada &
    Sato"), three or more as the first "et al.": citing only the first of two, or the first
    of three without "et al.", credited the article to one writer. A name holding a word in
    lower case is a body's, whose "and" joins no authors."""
    names: list[str] = []
    parts = _CONJUNCTION.split(author)
    if any(word[:1].islower() and word != "and" for word in author.split()):  # "Ministry of"
        parts = [author]  # a body's name, not a byline of people
    for part in parts:
        pieces = [piece.strip() for piece in part.split(",") if piece.strip()]
        inverted = len(pieces) % 2 == 0 and all(
            _INITIALS.fullmatch(piece) for piece in pieces[1::2]
        )
        if inverted or (len(parts) == 1 and len(pieces) == 2):
            names.extend(pieces[::2])
        else:
            names.extend(pieces)
    if len(names) >= 3:
        return f"{names[0]} et al."
    return " & ".join(names)


def format_quote(
    quote: str,
    article: Article,
    style: str,
    *,
    shorten: bool = False,
    speaker: str = "",
    role: str = "",
    reported: bool = False,
    verb: str = "",
    cut: bool = False,
    colon_verb: str = "said",
) -> str:
    """The quote with its citation in ``style``, sanitised and ready to paste anywhere.

    ``speaker`` (and ``role``) name who said the quoted words when they are a statement: every
    style then cites the speaker "quoted in" the article. ``reported``: the words are the
    reporter's paraphrase of what the speaker said (``statements.said``), copied as an
    indirect statement, never in quotation marks as the speaker's, led by ``verb`` (see
    :func:`indirect`; ``colon_verb`` where no verb of the reporter's leads them, as the
    reader's label names it: "added: ..."), ``cut`` when the words stop short of their
    sentence."""
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r} (known: {', '.join(STYLES)})")
    paragraphs = _paragraphs(balanced(quote))
    if paragraphs:
        paragraphs[-1] = paragraphs[-1].rstrip(",;:").rstrip() or paragraphs[-1]
    if shorten:
        paragraphs = [shorten_quote(" ".join(paragraphs))] if paragraphs else []
    fields = _Fields(article, speaker, role, reported, verb, cut, colon_verb)
    if style == "markdown":
        return _markdown([curly_quotes(p) for p in paragraphs], fields)
    joined = " ".join(paragraphs)  # a reported statement stands in no marks: its inner keep theirs
    text = curly_quotes(joined) if fields.reported else nested_quotes(joined)
    if style == "plain":
        return _plain(text, fields)
    if style == "chicago":
        return _chicago(text, fields)
    return _apa(text, fields)


def next_style(style: str) -> str:
    """The style after ``style`` in cycling order (an unknown style restarts the cycle)."""
    if style not in STYLES:
        return STYLES[0]
    return STYLES[(STYLES.index(style) + 1) % len(STYLES)]
