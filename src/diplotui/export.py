"""Exports: a Markdown brief, a restorable JSON dump, W3C Web Annotations and CSV.

Every export is a pure function of the store (no "exported at" stamp), so exporting twice
gives identical bytes and golden tests can pin the formats.

Selection: ``article_ids`` limits the export to those articles. ``tag`` (its diacritics
optional, as the filters read it: ``text.tag_names``) keeps articles carrying the tag with all
their highlights, plus, from other articles, only the highlights carrying the tag (with their
article, so they stay restorable).

Text meant for people (markdown, csv) is sanitised like a copied quote; the JSON formats keep
every character for a faithful restore but write control, zero-width and bidi characters as
``\\uXXXX`` escapes, so ``cat``-ing an export cannot drive the terminal.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import functools
import io
import json
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from diplotui.anchoring import cited, placed, spoken_now, statement_at
from diplotui.cite import (
    balanced,
    clean_field,
    curly_quotes,
    indirect,
    md_escape,
    md_line,
    safe_url,
    sanitize_for_copy,
)
from diplotui.inert import sieve, without_surrogates
from diplotui.layout import Block, highlight_text, shown_blocks, visible_text
from diplotui.markup import is_markdown_origin
from diplotui.model import ONE_LINE_CHARS, AnchorStatus, Article, Highlight, Statement
from diplotui.palette import colour_label
from diplotui.paths import is_store_file
from diplotui.statements.said import SaidPart, colon_verb, elided, relays, said_part
from diplotui.store import (
    ArticleUnreadable,
    Store,
    StoreError,
    fsync_dir,
    remove_dead_temps,
)
from diplotui.tags import distinct_tags, not_given
from diplotui.text.tag_names import names_tag

FORMATS: tuple[str, ...] = ("markdown", "json", "w3c", "csv")
EXPORT_FORMAT = "diplotui-export"
EXPORT_VERSION = 1
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
EXT = "diplotui:"  # prefix of the extension properties in W3C exports
ARTICLE_URN = "urn:diplotui:article:"
HIGHLIGHT_URN = "urn:diplotui:highlight:"
CSV_COLUMNS = (
    "article", "date", "source", "quote", "colour", "tags", "note", "highlight_id", "speaker",
    "author", "url", "date_is_guess", "kind", "status",
)  # fmt: skip
"""Columns are only ever added at the end: a sheet or script reading them by position keeps
working."""
_CSV_FORMULA_START = ("=", "+", "-", "@")
_HEADING_CLOSE = re.compile(r"(^|\s)(#+)$")
_NOTE_ITEM = re.compile(r"^(?P<marker>[-*+]|\d{1,9}[.)]) (?P<rest>.+)$")


class ExportError(Exception):
    """An export cannot be written; the message is one line for the user."""


class ExportExists(ExportError):
    """The file is there already and ``force`` was not given; nothing was written. How to
    overwrite is for the caller to say (a CLI flag, a question in the app); ``symlink``: what
    is there is a symbolic link, which ``force`` replaces (never writing to its target)."""

    def __init__(self, message: str, symlink: bool = False) -> None:
        super().__init__(message)
        self.symlink = symlink


@dataclass(slots=True)
class _Selection:
    articles: list[Article]
    highlights: dict[str, list[Highlight]]  # article id -> highlights in reading order
    shown: dict[str, str]  # highlight id -> its quote as the reader shows it
    said: dict[str, tuple[str, SaidPart]]  # a statement's highlight id -> ``said_words``
    unreadable: list[str] = field(default_factory=list)
    """One line for each article a JSON or W3C export holds without its unreadable text."""
    feed_tags: dict[str, list[str]] = field(default_factory=dict)
    """Each feed's tags (feed id -> tags), set on every article it brings: no annotation."""
    shortened: list[str] = field(default_factory=list)
    """One line for each highlight a JSON or W3C export gives a speaker or role cut to a line
    (:func:`_in_a_line`)."""


StatementsOf = Callable[[Article], Sequence[Statement]]
"""An article's statements as the finder finds them now, the user's speaker corrections
applied (the store's statement cache's, which this layer does not reach: its callers pass
it), for the verb a statement's highlight is cited with and the speaker of a highlight whose
speaker is the finder's (``anchoring.spoken_now``)."""


def _select(
    store: Store,
    article_ids: Iterable[str] | None,
    tag: str | None,
    statements_of: StatementsOf | None = None,
) -> _Selection:
    wanted = set(article_ids) if article_ids is not None else None
    articles: list[Article] = []
    highlights: dict[str, list[Highlight]] = {}
    shown: dict[str, str] = {}
    said: dict[str, tuple[str, SaidPart]] = {}
    for article in store.articles():
        if wanted is not None and article.id not in wanted:
            continue
        found = store.highlights(article.id)
        if tag is not None and not names_tag(article.tags, tag):
            found = [h for h in found if names_tag(h.tags, tag)]
            if not found:
                continue
        articles.append(article)
        try:
            text = store.article_text(article.id) if found else ""
        except StoreError:
            text = ""  # a missing body: the stored quotes still export
        else:  # where the app shows each: offsets a hand edit broke quoted other words
            found = [placed(h, text) for h in found]
        spoken = text and statements_of and any(h.speaker for h in found)
        statements = statements_of(article) if spoken and statements_of else ()
        found = [spoken_now(h, text, statements) for h in found] if spoken else found
        highlights[article.id] = found
        markdown = article.markdown
        blocks = shown_blocks(text, article.title, markdown)
        quoted = [cited(h, text) for h in found]  # a drifted one: the article's words now
        shown.update((h.id, highlight_text(text, h, blocks, markdown)) for h in quoted)
        said.update(
            (h.id, said_words(text, h, blocks, markdown, statements)) for h in quoted if h.speaker
        )
    articles.sort(key=lambda a: (a.title.casefold(), a.id))
    articles.sort(key=lambda a: a.date, reverse=True)
    feed_tags = {feed.id: feed.tags for feed in store.feeds() if feed.tags}
    return _Selection(articles, highlights, shown, said, feed_tags=feed_tags)


def said_words(
    text: str,
    highlight: Highlight,
    blocks: Sequence[Block],
    markdown: bool = False,
    statements: Sequence[Statement] = (),
) -> tuple[str, SaidPart]:
    """A statement's highlight as a citation gives it: its speaker's words as the reader shows
    them (a reporter's "Hang said:" cut off, in a highlight made before highlights of
    statements went on their speaker's words), whether they are a direct quotation, and the
    verb that introduced a paraphrase (``statements.said.said_part``), else the verb before
    a colon of the statement of ``statements`` (the text's) it is of (``said.colon_verb``:
    "added", as ``y`` on the statement gives it). Where the text no longer holds it, its
    stored quote, read between its stored prefix and suffix: they still say whether it
    stood inside quotation marks."""
    if text[highlight.start : highlight.end] == highlight.quote:
        statement = statement_at(statements, highlight.start, highlight.end)
        relayed = (statement,) if statement is not None and relays(statement) else ()
        said = said_part(text, highlight.start, highlight.end, relayed)
        said = said._replace(colon=colon_verb(statement_at(statements, said.start, said.end)))
        return visible_text(text, said.start, said.end, blocks, markdown), said
    context = highlight.prefix + highlight.quote + highlight.suffix
    begin = len(highlight.prefix)
    said = said_part(context, begin, begin + len(highlight.quote))
    words = dataclasses.replace(highlight, quote=context[said.start : said.end], start=0, end=0)
    shown = highlight_text(text, words, blocks, markdown)  # the words, as a quote is shown
    return shown, said


def export(
    store: Store,
    fmt: str,
    *,
    article_ids: Iterable[str] | None = None,
    tag: str | None = None,
    unreadable: list[str] | None = None,
    statements_of: StatementsOf | None = None,
    flagged: list[str] | None = None,
    briefed: list[str] | None = None,
    shortened: list[str] | None = None,
) -> str:
    """The selected part of the store as ``fmt`` (one of ``FORMATS``). An article whose text
    cannot be read is exported without it, and a line naming its file and the article is
    added to ``unreadable``: an export kept as a backup lacked a text without a word, to be
    found out only when it was imported. JSON, CSV and W3C say whether a speaker's highlight
    is direct or reported speech as a copy of it decides (:func:`said_words`): a reporter's
    paraphrase is not the speaker's own words. ``statements_of``: an article's statements,
    whose verbs the brief cites a statement's highlight by ("added: ..."; "said: ..."
    without). ``flagged``: one line added for each note exported that a sync flagged (two
    people's versions kept in it), so a brief holding an unsettled note is not sent on
    unawares. ``briefed``: the brief's count of what it holds, added for the app's notice
    ("2 articles, 1 highlight (13 articles with no highlight, note or tag left out)"): it
    said "Exported 15 articles" of a brief that left 13 of them out. ``shortened``: one line
    added for each highlight whose speaker or role a JSON or W3C export cut to a line
    (:func:`_in_a_line`), naming it."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    selection = _select(store, article_ids, tag, statements_of)
    if unreadable is not None:
        selection.unreadable = unreadable
    if shortened is not None:
        selection.shortened = shortened
    if flagged is not None:
        flagged += _flagged_notes(selection)
    if fmt == "markdown":
        text = _markdown(selection)
        if briefed is not None:
            briefed.append(_brief_count(selection))
    elif fmt == "csv":
        text = _csv(selection)
    elif fmt == "json":
        text = _dump_json(_json_document(store, selection))
    else:
        text = _dump_json(_w3c_document(store, selection))
    return without_surrogates(text)  # from a hand-edited store: they cannot be written as UTF-8


def _flagged_notes(selection: _Selection) -> list[str]:
    """A line for each article and highlight of ``selection`` whose note a sync flagged."""
    flagged = [("article", article.id, article.conflict) for article in selection.articles]
    flagged += [
        ("highlight", highlight.id, highlight.conflict)
        for article in selection.articles
        for highlight in selection.highlights[article.id]
    ]
    return [
        f"export: the note of {kind} {record_id} is flagged: {clean_field(conflict)} "
        f"(diplotui note {record_id} TEXT settles it)"
        for kind, record_id, conflict in flagged
        if conflict
    ]


def for_file(fmt: str, text: str) -> str:
    """The export as a file holds it: a CSV file starts with a UTF-8 byte-order mark, without
    which Excel (on Windows, opening the file) reads it in the ANSI code page and shows "Lê Hải
    Bình" as "LÃª Háº£i BÃ¬nh"; other spreadsheets, pandas and ``utf-8-sig`` read past it. Text
    printed to stdout has none: it goes to a script, where the mark would join the first column's
    name."""
    return "\ufeff" + text if fmt == "csv" else text


# -- markdown ------------------------------------------------------------------------------


def _md(text: str) -> str:
    return md_escape(clean_field(text))


def _md_heading(title: str) -> str:
    """A title as a heading's text: a run of "#" ending it after a space (or alone) escaped,
    which Markdown reads as the heading's optional closing marks ("Press release #" was
    shown "Press release", a title "#" an empty heading)."""
    return _HEADING_CLOSE.sub(r"\1\\\2", _md(title)) or "Untitled"


def _md_block(text: str, prefix: str = "") -> list[str]:
    """Multi-line text as escaped lines (each with ``prefix``), blank lines between paragraphs."""
    paragraphs = [" ".join(p.split()) for p in sanitize_for_copy(text).split("\n")]
    lines: list[str] = []
    for paragraph in (p for p in paragraphs if p):
        if lines:
            lines.append(prefix.rstrip())
        lines.append(prefix + md_line(paragraph))
    return lines


def _md_note(text: str) -> list[str]:
    """A note as the brief shows it: labelled "**Note:**", so a reader tells the analyst's
    words from the quote and the article's details; lines typed one under the other stay one
    paragraph (a hard line break, CommonMark's trailing backslash), a blank line starts a new
    one, and the note's own list items ("- point", "1. point") stay a list, while whatever else
    Markdown would read (headings, links, emphasis) stays escaped text."""
    lines: list[str] = []
    first = ""  # the kind of the note's first line
    previous = ""  # "text", "item" or "blank": what the line before was
    for paragraph in (" ".join(p.split()) for p in sanitize_for_copy(text).split("\n")):
        if not paragraph:
            previous = "blank" if lines else ""
            continue
        item = _NOTE_ITEM.match(paragraph)
        kind = "item" if item else "text"
        if previous == "text" and kind == "text":
            lines[-1] += "\\"
        elif lines and not (previous == "item" and kind == "item"):
            lines.append("")
        lines.append(f"{item['marker']} {md_line(item['rest'])}" if item else md_line(paragraph))
        first = first or kind
        previous = kind
    if not lines:
        return []
    if first == "item":  # a list cannot follow the label on its line
        return ["**Note:**", "", *lines]
    return [f"**Note:** {lines[0]}", *lines[1:]]


def _md_quote(selection: _Selection, highlight: Highlight) -> list[str]:
    """A highlight in the brief: a block quote of the article's or a speaker's own words, the
    speaker under it; a reported statement as what it is, the reporter's paraphrase ("Pham
    Thu Hang (spokeswoman) said: Viet Nam requests ..."), in no quotation marks."""
    if highlight.id not in selection.said:  # its double quotes typographic, as in a copy
        return _md_block(curly_quotes(balanced(selection.shown[highlight.id])), "> ") or ["> "]
    words, said = selection.said[highlight.id]
    words = elided(words, said)
    if said.direct:
        quote = _md_block(curly_quotes(words), "> ") or ["> "]
        return [*quote, ">", f"> — {_md(_speaker(highlight))}"]
    said_as = indirect(
        clean_field(_speaker(highlight)),
        curly_quotes(words),
        said.verb,
        cut=said.cut,
        colon_verb=said.colon,
    )
    return _md_block(said_as)


def _md_status(highlight: Highlight) -> str:
    """A marker for a quote the article does not hold as highlighted: an orphan's words are
    nowhere in it; a drifted highlight is quoted as its place reads now (as ``y`` and
    ``quote`` give it), the words highlighted then named here."""
    if highlight.status == AnchorStatus.ORPHAN.value:
        return " · ⚠ orphan: these words are no longer found in the article"
    if highlight.status == AnchorStatus.DRIFTED.value:
        then = _md(curly_quotes(" ".join(highlight.quote.split())))
        return f" · ⚠ drifted: quoted as the article reads now; highlighted as “{then}”"
    return ""


def _tags(tags: list[str]) -> str:
    return ", ".join(_md(t) for t in distinct_tags(tags) if clean_field(t))


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _annotated(selection: _Selection, article: Article) -> bool:
    """Whether the user annotated ``article``: a highlight selected, a note or a tag added
    (not its feed's tag: with it every feed article, read or not, was in the brief)."""
    tags = not_given(article.tags, selection.feed_tags.get(article.feed_id, ()))
    return bool(selection.highlights[article.id] or article.note.strip() or tags)


def _briefed(selection: _Selection) -> list[Article]:
    """The articles the brief lists: those annotated, else every one chosen."""
    annotated = [article for article in selection.articles if _annotated(selection, article)]
    return annotated or selection.articles


def _brief_count(selection: _Selection) -> str:
    """What the brief holds: "2 articles, 1 highlight (13 articles with no highlight, note or
    tag left out)"."""
    articles = _briefed(selection)
    count = sum(len(h) for h in selection.highlights.values())
    left = len(selection.articles) - len(articles)
    left_out = f" ({_count(left, 'article')} with no highlight, note or tag left out)"
    return f"{_count(len(articles), 'article')}, {_count(count, 'highlight')}" + (
        left_out if left else ""
    )


def _markdown(selection: _Selection) -> str:
    """The brief: the articles annotated (a library of 45 listed all 45, annotated or not),
    saying how many others were left out; where none is, every article chosen (a reading
    list, or the one open)."""
    lines = ["# diplotui brief", "", f"{_brief_count(selection)}."]
    for article in _briefed(selection):
        lines += ["", f"## {_md_heading(article.title)}", ""]
        date = clean_field(article.date) + (" (date uncertain)" if article.date_is_guess else "")
        url = safe_url(article.url)
        facts = [
            ("Source", _md(article.source)),
            ("Author", _md(article.author)),
            ("Date", date if clean_field(article.date) else ""),
            ("URL", f"<{url}>" if url else ""),
            ("Tags", _tags(article.tags)),
            ("Id", f"`{article.id}`"),
        ]
        lines += [f"- {name}: {value}" for name, value in facts if value]
        note = _md_note(article.note)
        if note:
            lines += ["", *note]
        for highlight in selection.highlights[article.id]:
            lines += ["", *_md_quote(selection, highlight)]
            lines.append("")
            label = f"*{_md(colour_label(highlight.color))}*"
            if highlight.author:
                label += f" · by {_md(highlight.author)}"
            label += _md_status(highlight)
            tags = _tags(highlight.tags)
            lines.append(f"{label} · tags: {tags}" if tags else label)
            note = _md_note(highlight.note)
            if note:
                lines += ["", *note]
    return "\n".join(lines) + "\n"


# -- csv -----------------------------------------------------------------------------------


def _cell(text: str) -> str:
    """Sanitised, and defused for spreadsheets that would run a leading = + - @ as a formula."""
    text = sanitize_for_copy(text).strip()
    return "'" + text if text.startswith(_CSV_FORMULA_START) else text


def _speaker(highlight: Highlight) -> str:
    """ "Ngo Le Van (Deputy Minister of Foreign Affairs)": who said a highlighted statement."""
    role = f" ({highlight.speaker_role})" if highlight.speaker_role else ""
    return f"{highlight.speaker}{role}" if highlight.speaker else ""


def _quote(selection: _Selection, highlight: Highlight) -> str:
    """The quote a sheet shows: a statement's, its speaker's words (as copies give them)."""
    said = selection.said.get(highlight.id)
    return said[0] if said else selection.shown[highlight.id]


def _kind(selection: _Selection, highlight: Highlight) -> str | None:
    """ "direct" or "reported" for a statement's highlight, as a copy of it quotes it or
    not; None for other words."""
    said = selection.said.get(highlight.id)
    return said[1].kind if said else None


def _csv_bool(value: bool) -> str:
    """``true``/``false``, as JSON writes them (spreadsheets read either as a boolean)."""
    return "true" if value else "false"


def _csv(selection: _Selection) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for article in selection.articles:
        if article.note.strip():
            writer.writerow(_csv_note_row(article))
        for highlight in selection.highlights[article.id]:
            writer.writerow(
                [
                    _cell(article.title),
                    _cell(article.date),  # a date a sheet sorts and reads as one: no "?"
                    _cell(article.source),
                    _cell(_quote(selection, highlight)),
                    _cell(colour_label(highlight.color)),
                    _cell(", ".join(distinct_tags(highlight.tags))),
                    _cell(highlight.note),
                    highlight.id,
                    _cell(_speaker(highlight)),
                    _cell(highlight.author),
                    _cell(safe_url(article.url)),  # a citation needs where the quote is
                    _csv_bool(bool(article.date) and article.date_is_guess),  # the views' "?"
                    _kind(selection, highlight) or "",
                    highlight.status,  # drifted or orphan: the quote is not the article's now
                ]
            )
    return buffer.getvalue()


def _csv_note_row(article: Article) -> list[str]:
    """An article's own note as a row of its own, no quote and no highlight id, its status
    "article note": a sheet gave the notes of highlights only, and lost the article's."""
    return [
        _cell(article.title),
        _cell(article.date),
        _cell(article.source),
        "",
        "",
        _cell(", ".join(distinct_tags(article.tags))),
        _cell(article.note),
        "",
        "",
        "",
        _cell(safe_url(article.url)),
        _csv_bool(bool(article.date) and article.date_is_guess),
        "",
        "article note",
    ]


# -- json ----------------------------------------------------------------------------------


def _is_hidden(char: str) -> bool:
    """A control, format (zero-width, bidi) or line/paragraph separator other than newline,
    or a lone surrogate (escaped, it survives a round trip; raw, it cannot be written)."""
    return char != "\n" and unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs")


@functools.cache
def _hidden_pattern() -> re.Pattern[str]:
    return sieve(_is_hidden)


def _json_escape(match: re.Match[str]) -> str:
    char = match.group(0)
    if not _is_hidden(char):
        return char
    code = ord(char)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def escape_hidden(json_text: str) -> str:
    """JSON text with its invisible and terminal-driving characters written as escapes."""
    return _hidden_pattern().sub(_json_escape, json_text)


def safe_json(document: Any, indent: int | None = 2) -> str:
    """Readable UTF-8 JSON with invisible and terminal-driving characters escaped."""
    return escape_hidden(json.dumps(document, ensure_ascii=False, indent=indent))


def _dump_json(document: Any) -> str:
    return safe_json(document) + "\n"


def shared_origin(origin: str) -> str:
    """Where the article came from, as an export may tell others: a web address (public, and
    what a refresh matches a saved page by) but never a file path, which names the exporter's
    folders and home directory to whoever the export is sent on to. Re-import needs neither:
    the text travels in the export, and backups (``library.json.backups``) keep the paths.
    An import takes an export's origin by the same rule: another machine's path, or ours
    named by hand, made a file of ours imported later an update of that article. A Markdown
    file's is its suffix alone (".md"): no place, yet the kind of text it is, whose marks the
    reader and the recogniser leave out (``Article.markdown``)."""
    if urlsplit(origin).scheme.lower() in ("http", "https"):
        return origin
    return origin[origin.rfind(".") :] if is_markdown_origin(origin) else ""


def _article_record(store: Store, article: Article, selection: _Selection) -> dict[str, Any]:
    """The article with its text; an unreadable text is left out (the import reports it), so
    the rest of the library still exports, and named in ``selection.unreadable``. The hashes
    of its earlier texts name files of this library alone, which the export does not hold."""
    record = {**article.to_dict(), "origin_path": shared_origin(article.origin_path)}
    del record["earlier_texts"]
    try:
        return {**record, "text": store.article_text(article.id)}
    except ArticleUnreadable as error:
        selection.unreadable.append(f"{error}: article {article.id} exported without its text")
        return record


def _json_document(store: Store, selection: _Selection) -> dict[str, Any]:
    corrections, speakers = _corrections(store, selection)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "articles": [_article_record(store, a, selection) for a in selection.articles],
        "highlights": [
            {**_in_a_line(h, selection.shortened).to_dict(), "kind": _kind(selection, h)}
            for a in selection.articles
            for h in selection.highlights[a.id]
        ],
        "corrections": corrections,
        "speaker_corrections": speakers,
    }


def _in_a_line(highlight: Highlight, shortened: list[str]) -> Highlight:
    """``highlight`` with its speaker and role each at most a line (``ONE_LINE_CHARS``), as
    the finder names a speaker now (``model.named_in_a_line``) and every import takes one:
    a finder before it named speakers of thousands of letters, which the highlights made on
    them kept, and the library's own export could not be imported again. The library keeps
    them whole; a line added to ``shortened`` names the highlight and what was cut."""
    fields = (("speaker", highlight.speaker), ("speaker's role", highlight.speaker_role))
    long = [
        f"{label} ({len(value):,} characters)"
        for label, value in fields
        if len(value) > ONE_LINE_CHARS
    ]
    if not long:
        return highlight
    shortened.append(
        f"export: highlight {highlight.id}'s {' and '.join(long)} exported as the first "
        f"{ONE_LINE_CHARS} characters, as the statement finder names a speaker now (an older "
        "diplotui stored it longer; the library keeps it whole)"
    )
    return dataclasses.replace(
        highlight,
        speaker=highlight.speaker[:ONE_LINE_CHARS],
        speaker_role=highlight.speaker_role[:ONE_LINE_CHARS],
    )


def _corrections(
    store: Store, selection: _Selection
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The library's entity corrections and the selected articles' speaker corrections,
    which the JSON and W3C exports both carry (a W3C export lacking them lost every ``P``
    correction on its way into another library)."""
    return [c.to_dict() for c in store.corrections()], [
        c.to_dict() for a in selection.articles for c in store.speaker_corrections(a.id)
    ]


# -- W3C Web Annotation ----------------------------------------------------------------------


def w3c_annotation(highlight: Highlight, source: str, kind: str = "") -> dict[str, Any]:
    """One highlight as a W3C Web Annotation targeting ``source`` (a URL or article URN);
    ``diplotui:`` properties carry what the standard has no term for (``kind``: the speech a
    speaker's highlight is of, "direct" or "reported")."""
    bodies: list[dict[str, Any]] = []
    if highlight.note:
        bodies.append(
            {
                "type": "TextualBody",
                "value": highlight.note,
                "purpose": "commenting",
                "format": "text/plain",
            }
        )
    tags = distinct_tags(highlight.tags)
    bodies += [{"type": "TextualBody", "value": t, "purpose": "tagging"} for t in tags]
    annotation: dict[str, Any] = {
        "id": HIGHLIGHT_URN + highlight.id,
        "type": "Annotation",
        "motivation": "highlighting",
        "created": highlight.created_at,
        "modified": highlight.updated_at,
    }
    if highlight.author:
        annotation["creator"] = {"type": "Person", "name": highlight.author}
    if bodies:
        annotation["body"] = bodies
    annotation["target"] = {
        "source": source,
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": highlight.quote,
                "prefix": highlight.prefix,
                "suffix": highlight.suffix,
            },
            {"type": "TextPositionSelector", "start": highlight.start, "end": highlight.end},
        ],
        EXT + "article": highlight.article_id,
    }
    annotation[EXT + "color"] = highlight.color
    annotation[EXT + "status"] = highlight.status
    if highlight.drift_text:
        annotation[EXT + "driftText"] = highlight.drift_text
    if highlight.speaker:
        annotation[EXT + "speaker"] = highlight.speaker
        if highlight.speaker_role:  # the reader takes a missing role as none
            annotation[EXT + "speakerRole"] = highlight.speaker_role
        if highlight.speaker_source:  # whose it is: the finder's is followed, the user's kept
            annotation[EXT + "speakerSource"] = highlight.speaker_source
        if kind:
            annotation[EXT + "speechKind"] = kind
    if highlight.conflict:
        annotation[EXT + "conflict"] = highlight.conflict
    return annotation


def _w3c_document(store: Store, selection: _Selection) -> dict[str, Any]:
    """One AnnotationCollection; article metadata and texts ride along in ``diplotui:articles``.

    Embedding the texts makes the file restorable on its own (the selectors need the text they
    point into); other W3C tools ignore the extension properties.
    """
    items = [
        w3c_annotation(
            _in_a_line(h, selection.shortened),
            safe_url(a.url) or ARTICLE_URN + a.id,
            _kind(selection, h) or "",
        )
        for a in selection.articles
        for h in selection.highlights[a.id]
    ]
    corrections, speakers = _corrections(store, selection)
    return {
        "@context": W3C_CONTEXT,
        "type": "AnnotationCollection",
        "label": "diplotui highlights",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
        EXT + "format": EXPORT_FORMAT,
        EXT + "version": EXPORT_VERSION,
        EXT + "articles": [_article_record(store, a, selection) for a in selection.articles],
        EXT + "corrections": corrections,
        EXT + "speakerCorrections": speakers,
    }


# -- writing -------------------------------------------------------------------------------


def write_export(
    text: str, path: str | os.PathLike[str], force: bool = False, *, store: Path | None = None
) -> Path:
    """Write atomically and durably; an existing file is replaced only with ``force``, and
    never one of ``store``'s own files.

    Without ``force`` the final link is exclusive, so a file appearing meanwhile is not
    clobbered either. A symbolic link is replaced itself (with ``force``): writing through it
    would put the export wherever it points (another user's file, the store, a device).
    """
    named = os.fspath(path)
    if named.endswith(("/", os.sep)):  # Path() drops the slash: "-o briefs/" wrote "briefs"
        raise ExportError(f"{named}: names a folder; give the file's name too")
    target = Path(path)
    placed = os.path.join(os.path.realpath(target.parent), target.name)  # a link is replaced
    if store is not None and is_store_file(placed, store):
        # "-o library.json --force" replaced the store with a Markdown brief
        raise ExportError(f"{target}: is a file of the library's store itself; name another")
    try:
        mode: int | None = target.lstat().st_mode
    except OSError:
        mode = None
    # what the path is before whether it exists: "already exists; use --force" for a folder
    # sent people to --force (the app to "Overwrite?") only to be told it is a folder
    if mode is not None and stat.S_ISDIR(mode):
        raise ExportError(f"{target}: is a directory")
    if mode is not None and stat.S_ISLNK(mode) and not force:
        raise ExportExists(f"{target}: a symbolic link (to {os.readlink(target)})", symlink=True)
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISLNK(mode):
        # a device node, FIFO or socket: replacing it would destroy what it is
        raise ExportError(f"{target}: not a regular file; only regular files are overwritten")
    if mode is not None and not force:
        raise ExportExists(f"{target}: already exists")
    if not target.parent.is_dir():
        raise ExportError(f"{target.parent}: no such directory")
    remove_dead_temps(target)
    temp = target.with_name(f".{target.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        with open(temp, "x", encoding="utf-8", newline="") as handle:
            if mode is not None and stat.S_ISREG(mode):  # a brief kept private stays private
                os.fchmod(handle.fileno(), stat.S_IMODE(mode))
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if force:
            os.replace(temp, target)
        else:
            try:
                os.link(temp, target)
            except FileExistsError:
                raise ExportExists(f"{target}: already exists") from None
            except OSError:  # no hard links on this file system: check, then rename
                if target.exists():
                    raise ExportExists(f"{target}: already exists") from None
                os.replace(temp, target)
        fsync_dir(target.parent)
    except OSError as error:
        raise ExportError(f"{target}: cannot write ({error.strerror or error})") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return target
