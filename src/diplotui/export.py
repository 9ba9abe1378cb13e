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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec
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
from diplotui.entities.folding import fold
from diplotui.inert import sieve, without_surrogates
from diplotui.layout import Block, highlight_text, shown_blocks, visible_text
from diplotui.markup import is_markdown_origin
from diplotui.model import ONE_LINE_CHARS, AnchorStatus, Article, Highlight, Statement
from diplotui.palette import colour_label
from diplotui.paths import is_store_file
from diplotui.statements.said import (
    SaidPart,
    colon_verb,
    elided,
    highlight_quoted,
    relays,
    said_part,
    shown_whole,
)
from diplotui.statements.when import SENTENCE_DATE, said_date
from diplotui.store import (
    ArticleUnreadable,
    Store,
    StoreError,
    article_runs,
    fsync_dir,
    remove_dead_temps,
    temp_prefix,
)
from diplotui.store.under_way import export_noted
from diplotui.tags import distinct_tags, not_given
from diplotui.text.tag_names import names_tag

Given = ParamSpec("Given")
FORMATS: tuple[str, ...] = ("markdown", "json", "w3c", "csv", "bibtex", "ris")
FORMATS_SAID = {
    "markdown": "the brief to read and send on",
    "json": "the records, which import reads back",
    "w3c": "the records as W3C Web Annotations",
    "csv": "a row per highlight, for a spreadsheet",
    "bibtex": "citations for LaTeX and reference managers",
    "ris": "citations for Zotero, EndNote, Mendeley",
}
"""What each format is, as ``export --help`` and the app's export dialog say it: both named
the four and said nothing of them."""
EXPORT_FORMAT = "diplotui-export"
EXPORT_VERSION = 1
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
EXT = "diplotui:"  # prefix of the extension properties in W3C exports
ARTICLE_URN = "urn:diplotui:article:"
HIGHLIGHT_URN = "urn:diplotui:highlight:"
CSV_COLUMNS = (
    "article", "date", "source", "quote", "colour", "tags", "note", "highlight_id", "speaker",
    "author", "url", "date_is_guess", "kind", "status", "statement_date",
)  # fmt: skip
"""Columns are only ever added at the end: a sheet or script reading them by position keeps
working."""
_CSV_FORMULA_START = ("=", "+", "-", "@")
_HEADING_CLOSE = re.compile(r"(^|\s)(#+)$")
_NOTE_ITEM = re.compile(r"^(?P<marker>[-*+]|\d{1,9}[.)]) (?P<rest>.+)$")


PLACE_SETTING = "last_export"
"""The store setting holding where and in which format the last export was written."""


@dataclass(frozen=True, slots=True)
class ExportPlace:
    """The folder and format an export was written in: the next export, in this session or
    the next, is offered there (a brief written to ~/briefs as CSV each morning had its folder
    typed again and its format picked again at every ``x``)."""

    folder: Path
    format: str

    def saved(self) -> dict[str, str]:
        """As the store setting keeps it."""
        return {"folder": str(self.folder), "format": self.format}


def written_place(path: Path, fmt: str) -> ExportPlace:
    """The place of an export written to ``path`` (relative to the working folder)."""
    return ExportPlace(path.absolute().parent, fmt)


def place_offered(saved: object, default: ExportPlace) -> tuple[ExportPlace, str]:
    """The place to offer, from the setting ``saved``: its own, else ``default``, with why
    (a hand-edited value, a folder removed since) to say in a line; "" when all is well."""
    if saved is None:
        return default, ""
    folder, fmt = (
        (saved.get("folder"), saved.get("format")) if isinstance(saved, dict) else ("", "")
    )
    if not (isinstance(folder, str) and folder and fmt in FORMATS):
        return default, "The last export's folder and format could not be read: not offered."
    if not Path(folder).is_dir():
        kept = ExportPlace(default.folder, str(fmt))
        return kept, f"The last export's folder {folder} is gone: the current folder offered."
    return ExportPlace(Path(folder), str(fmt)), ""


class ExportError(Exception):
    """An export cannot be written; the message is one line for the user."""


class ExportExists(ExportError):
    """The file is there already and ``force`` was not given; nothing was written. How to
    overwrite is for the caller to say (a CLI flag, a question in the app); ``symlink``: what
    is there is a symbolic link, which ``force`` replaces (never writing to its target)."""

    def __init__(self, message: str, symlink: bool = False) -> None:
        super().__init__(message)
        self.symlink = symlink


READ_FIRST = 1_000
"""Highlights an export reads a run of whole articles at a time, the first run about this many,
each next one twice the last (``store.article_runs``): an export of 250,000 highlights built
every one, and the whole document, before writing a byte (670 MB); it holds one run now."""
READ_AT_MOST = 16_000


@dataclass(slots=True)
class _Read:
    """A run of articles as the export gives them: their highlights (article id -> highlights
    in reading order), each quote as the reader shows it (highlight id -> quote) and each
    statement's highlight's ``said_words`` (highlight id -> them), and the day a statement's
    highlight was said on where it is not its article's (highlight id -> :func:`_said_on`)."""

    highlights: dict[str, list[Highlight]]
    shown: dict[str, str]
    said: dict[str, tuple[str, SaidPart]]
    said_on: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Selection:
    """What an export holds, read a run of articles at a time (:func:`_runs`) as it is
    written: its articles in their order and how many highlights each gives."""

    store: Store
    articles: list[Article]
    counts: dict[str, int]  # article id -> its highlights the export holds
    tag: str | None
    statements_of: StatementsOf | None
    unreadable: list[str] = field(default_factory=list)
    """One line for each article a JSON or W3C export holds without its unreadable text."""
    feed_tags: dict[str, list[str]] = field(default_factory=dict)
    """Each feed's tags (feed id -> tags), set on every article it brings: no annotation."""
    shortened: list[str] = field(default_factory=list)
    """One line for each highlight a JSON or W3C export gives a speaker or role cut to a line
    (:func:`_in_a_line`)."""
    flagged: list[str] = field(default_factory=list)
    """One line for each highlight read whose note a sync flagged (:func:`_flagged_notes`)."""


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
    """The articles chosen, in the export's order, with how many highlights each gives: with
    ``tag``, an article not carrying it gives those of its highlights that do (read a run at
    a time), and none, no article."""
    wanted = set(article_ids) if article_ids is not None else None
    articles = [a for a in store.articles() if wanted is None or a.id in wanted]
    counts = store.highlight_counts()
    if tag is not None:
        untagged = [a.id for a in articles if not names_tag(a.tags, tag)]
        tagged: dict[str, int] = dict.fromkeys(untagged, 0)
        for run in article_runs(untagged, counts, READ_FIRST, READ_AT_MOST):
            for highlight in store.highlights_in(run):
                tagged[highlight.article_id] += names_tag(highlight.tags, tag)
        articles = [a for a in articles if tagged.get(a.id, 1)]
        counts = {a.id: tagged.get(a.id, counts.get(a.id, 0)) for a in articles}
    articles.sort(key=lambda a: (a.title.casefold(), a.id))
    articles.sort(key=lambda a: a.date, reverse=True)
    feed_tags = {feed.id: feed.tags for feed in store.feeds() if feed.tags}
    counts = {a.id: counts.get(a.id, 0) for a in articles}
    return _Selection(store, articles, counts, tag, statements_of, feed_tags=feed_tags)


def _runs(selection: _Selection, articles: list[Article]) -> Iterator[tuple[Article, _Read]]:
    """Each of ``articles`` (the selection's, in its order) with the run read with it."""
    by_id = {article.id: article for article in articles}
    for ids in article_runs(by_id, selection.counts, READ_FIRST, READ_AT_MOST):
        run = [by_id[article_id] for article_id in ids]
        read = _read(selection, run)
        yield from ((article, read) for article in run)


def _read(selection: _Selection, run: list[Article]) -> _Read:
    """The highlights of a run of articles, each where the app shows it, with the quotes and
    the words said that the export gives them."""
    store, tag, statements_of = selection.store, selection.tag, selection.statements_of
    of: dict[str, list[Highlight]] = {article.id: [] for article in run}
    for highlight in store.highlights_in(of):
        of[highlight.article_id].append(highlight)
    read = _Read({}, {}, {})
    for article in run:
        found = of[article.id]
        if tag is not None and not names_tag(article.tags, tag):
            found = [h for h in found if names_tag(h.tags, tag)]
        try:
            text = store.article_text(article.id) if found else ""
        except StoreError:
            text = ""  # a missing body: the stored quotes still export
        else:  # where the app shows each: offsets a hand edit broke quoted other words
            found = [placed(h, text) for h in found]
        spoken = text and statements_of and any(h.speaker for h in found)
        statements = statements_of(article) if spoken and statements_of else ()
        found = [spoken_now(h, text, statements) for h in found] if spoken else found
        read.highlights[article.id] = found
        for highlight in found if statements else ():
            day = _said_on(statements, highlight, article)
            if day:
                read.said_on[highlight.id] = day
        selection.flagged += _flagged_notes("highlight", found)
        markdown = article.markdown
        blocks = shown_blocks(text, article.title, markdown)
        quoted = [cited(h, text) for h in found]  # a drifted one: the article's words now
        read.shown.update((h.id, highlight_quoted(text, h, blocks, markdown)) for h in quoted)
        read.said.update(
            (h.id, said_words(text, h, blocks, markdown, statements)) for h in quoted if h.speaker
        )
    return read


def _said_on(statements: Sequence[Statement], highlight: Highlight, article: Article) -> str:
    """The day (or days) the statement a highlight is of was made, where its attribution
    gives one that is not the article's date ("said on Tuesday": 2025-09-09; "last week":
    2025-09-01..2025-09-07), else "": a brief dated each quote by its article alone, and put
    a week-old remark on the day it ran."""
    statement = statement_at(statements, highlight.start, highlight.end)
    if statement is None or not highlight.speaker:
        return ""
    when, date_from = said_date(statement, article)
    if when is None or date_from != SENTENCE_DATE:
        return ""
    return "" if when.label() == article.date else when.label()


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
        show = functools.partial(visible_text, text, blocks=blocks, markdown=markdown)
        return shown_whole(text, said, show)
    context = highlight.prefix + highlight.quote + highlight.suffix
    begin = len(highlight.prefix)
    said = said_part(context, begin, begin + len(highlight.quote))
    words = dataclasses.replace(highlight, quote=context[said.start : said.end], start=0, end=0)
    shown = highlight_text(text, words, blocks, markdown)  # the words, as a quote is shown
    return shown, said


def export_parts(
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
) -> Iterator[str]:
    """The selected part of the store as ``fmt`` (one of ``FORMATS``), in pieces read a run of
    articles at a time as they are written (:func:`write_export`): the whole of 250,000
    highlights was held, as records and as one string. An article whose text
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
    (:func:`_in_a_line`), naming it. ``flagged``, ``unreadable`` and ``shortened`` are whole
    once every piece is taken; ``briefed`` and a wrong ``fmt`` are said at once."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    selection = _select(store, article_ids, tag, statements_of)
    if unreadable is not None:
        selection.unreadable = unreadable
    if shortened is not None:
        selection.shortened = shortened
    if fmt == "markdown" and briefed is not None:
        briefed.append(_brief_count(selection))
    return _pieces(selection, fmt, flagged)


def _joined(pieces: Callable[Given, Iterable[str]]) -> Callable[Given, str]:
    """``pieces``' text whole, for a caller that wants it at once (the goldens, a test)."""

    def joined(*args: Given.args, **kwargs: Given.kwargs) -> str:
        return "".join(pieces(*args, **kwargs))

    joined.__doc__ = pieces.__doc__
    return joined


export = _joined(export_parts)


def _pieces(selection: _Selection, fmt: str, flagged: list[str] | None) -> Iterator[str]:
    if fmt == "markdown":
        pieces = _markdown(selection)
    elif fmt == "csv":
        pieces = _csv(selection)
    elif fmt == "json":
        pieces = _json_pieces(_json_document(selection))
    elif fmt == "bibtex":
        pieces = _bibtex(selection)
    elif fmt == "ris":
        pieces = _ris(selection)
    else:
        pieces = _json_pieces(_w3c_document(selection))
    for piece in pieces:  # from a hand-edited store: they cannot be written as UTF-8
        yield without_surrogates(piece)
    if flagged is not None:
        flagged += _flagged_notes("article", selection.articles) + selection.flagged


def _flagged_notes(kind: str, records: Iterable[Article | Highlight]) -> list[str]:
    """A line for each of ``records`` (articles or highlights, ``kind``) whose note a sync
    flagged."""
    return [
        f"export: the note of {kind} {record.id} is flagged: {clean_field(record.conflict)} "
        f"(diplotui note {record.id} TEXT settles it)"
        for record in records
        if record.conflict
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
    one, and the note's own list items ("- point", "1. point") stay a list, its emphasis, code
    and links as typed (:func:`_md_note_line`), while whatever else Markdown would read
    (headings, HTML, a link to anything but a web or mail address) stays escaped text."""
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
        rest = _md_note_line(item["rest"]) if item else ""  # where "# X" would be a heading
        lines.append(f"{item['marker']} {rest}" if item else _md_note_line(paragraph))
        first = first or kind
        previous = kind
    if not lines:
        return []
    if first == "item":  # a list cannot follow the label on its line
        return ["**Note:**", "", *lines]
    return [f"**Note:** {lines[0]}", *lines[1:]]


_NOTE_MARKS = re.compile(
    r"(?P<code>`[^`\n]+`)"
    r"|(?P<strong>(?<![\w*])\*\*(?=\S)(?P<strong_in>[^*\n]+?)(?<=\S)\*\*(?![\w*]))"
    r"|(?P<em>(?<![\w*])\*(?=\S)(?P<em_in>[^*\n]+?)(?<=\S)\*(?![\w*]))"
    r"|(?P<under>(?<![\w_])_(?=\S)(?P<under_in>[^_\n]+?)(?<=\S)_(?![\w_]))"
    r"|(?P<link>\[(?P<link_text>[^\[\]\n]+)\]\((?P<link_url>(?:https?://|mailto:)[^\s()<>]+)\))"
    r"|(?P<url>\bhttps?://[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"])"
)
"""What a note keeps of the Markdown typed in it: ``*emphasis*``, ``**strong**``, ``_emphasis_``,
inline ``code``, ``[a link](https://...)`` and a bare web address."""


def _md_note_line(text: str) -> str:
    """A line of a note for the brief: the Markdown an analyst types in it (``*not*``,
    ``**urgent**``, ``[the statement](https://...)``) kept, as the brief is Markdown and the
    note's writer meant it (the brief gave them backslashed, each mark read literally wherever
    it was rendered); everything else escaped, as ever (``md_line``: no heading, HTML or table
    from a note, nor from a list item's words: "1. # March" is a heading in a list). A link's
    address must be a web or mail one, checked as a citation's is (``safe_url``)."""
    pieces: list[str] = []
    at = 0
    for found in _NOTE_MARKS.finditer(text):
        plain = text[at : found.start()]
        pieces.append(md_line(plain) if not pieces else md_escape(plain))
        if found["code"]:
            kept = found["code"]
        elif found["strong"]:
            kept = f"**{md_escape(found['strong_in'])}**"
        elif found["em"]:
            kept = f"*{md_escape(found['em_in'])}*"
        elif found["under"]:
            kept = f"_{md_escape(found['under_in'])}_"
        elif found["link"]:
            url = safe_url(found["link_url"])
            label = md_escape(found["link_text"])
            kept = f"[{label}](<{url}>)" if url else md_escape(found["link"])
        else:
            url = safe_url(found["url"])
            kept = f"<{url}>" if url and url == found["url"] else md_escape(found["url"])
        pieces.append(kept)
        at = found.end()
    rest = text[at:]
    pieces.append(md_line(rest) if not pieces else md_escape(rest))
    return "".join(pieces)


def _md_quote(read: _Read, highlight: Highlight) -> list[str]:
    """A highlight in the brief: a block quote of the article's or a speaker's own words, the
    speaker under it; a reported statement as what it is, the reporter's paraphrase ("Pham
    Thu Hang (spokeswoman) said: Viet Nam requests ..."), in no quotation marks."""
    if highlight.id not in read.said:  # its double quotes typographic, as in a copy
        return _md_block(curly_quotes(balanced(read.shown[highlight.id])), "> ") or ["> "]
    words, said = read.said[highlight.id]
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
    return bool(selection.counts[article.id] or article.note.strip() or tags)


def _briefed(selection: _Selection) -> list[Article]:
    """The articles the brief lists: those annotated, else every one chosen."""
    annotated = [article for article in selection.articles if _annotated(selection, article)]
    return annotated or selection.articles


def _brief_count(selection: _Selection) -> str:
    """What the brief holds: "2 articles, 1 highlight (13 articles with no highlight, note or
    tag left out)"."""
    articles = _briefed(selection)
    count = sum(selection.counts.values())
    briefed = {article.id for article in articles}
    left_articles = [article for article in selection.articles if article.id not in briefed]
    left = len(left_articles)
    # "no ... tag" of articles the list shows #un on: their feed's tag alone, said so
    feed_tagged = sum(1 for article in left_articles if article.tags)
    by_feed = ""
    if feed_tagged:
        whose = "its feed" if feed_tagged == 1 == left else "their feed"
        of_them = "" if feed_tagged == left else f"{feed_tagged:,} of them "
        by_feed = f"; {of_them}tagged by {whose} alone"
    left_out = f" ({_count(left, 'article')} with no highlight, note or tag left out{by_feed})"
    return f"{_count(len(articles), 'article')}, {_count(count, 'highlight')}" + (
        left_out if left else ""
    )


def _markdown(selection: _Selection) -> Iterator[str]:
    """The brief: the articles annotated (a library of 45 listed all 45, annotated or not),
    saying how many others were left out; where none is, every article chosen (a reading
    list, or the one open). An article's lines at a time, each line after a newline."""
    yield f"# diplotui brief\n\n{_brief_count(selection)}."
    for article, read in _runs(selection, _briefed(selection)):
        lines = ["", f"## {_md_heading(article.title)}", ""]
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
        for highlight in read.highlights[article.id]:
            lines += ["", *_md_quote(read, highlight)]
            lines.append("")
            label = f"*{_md(colour_label(highlight.color))}*"
            if highlight.id in read.said_on:
                label += f" · said {read.said_on[highlight.id]}"
            if highlight.author:
                label += f" · by {_md(highlight.author)}"
            label += _md_status(highlight)
            tags = _tags(highlight.tags)
            lines.append(f"{label} · tags: {tags}" if tags else label)
            note = _md_note(highlight.note)
            if note:
                lines += ["", *note]
        yield "\n" + "\n".join(lines)
    yield "\n"


# -- references: BibTeX and RIS -----------------------------------------------------------
# What a reference manager imports (Zotero, EndNote, Mendeley, JabRef, a LaTeX bibliography):
# each article one reference, its tags as keywords, its note and highlights as notes. An
# analyst coming from Zotero had no way to take the library's citations back there.

_BIB_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",  # never "\{": BibTeX counts every brace, escaped or not,
    "}": r"\textbraceright{}",  # so a lone one ran the field on into the next entries
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}
_BIB_URL = str.maketrans({"{": "%7B", "}": "%7D", "\\": "%5C"})
"""A URL's braces and backslash percent-encoded: its field is verbatim, and a backslash ending
it (``https://e.org/a\\``) escaped the field's closing brace for biber and bibtexparser."""
_BIB_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_KEY_STOP = frozenset({"a", "an", "the", "of", "on", "in", "to", "for", "and", "by", "at"})
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _bib(text: str) -> str:
    """A field's value for BibTeX's braces: one line, every special character escaped (a
    title's "&" or "%" ended or broke the entry), UTF-8 kept (biber, Zotero and JabRef read
    it)."""
    line = " ".join(sanitize_for_copy(clean_field(text)).split())
    return "".join(_BIB_SPECIAL.get(char, char) for char in line)


def _date_parts(article: Article) -> tuple[str, str, str]:
    """The year, month and day of an article's ISO date, each "" where it has none."""
    found = _ISO_DATE.match(clean_field(article.date))
    if found is None:
        return "", "", ""
    year, month, day = found.groups()
    return year, month or "", day or ""


def _key_word(text: str) -> str:
    for word in re.split(r"[^a-z0-9]+", fold(clean_field(text))):
        if word and word not in _KEY_STOP:
            return word
    return ""


def _cite_key(article: Article, taken: set[str]) -> str:
    """A citation key as reference managers make them, who + year + first title word
    (``worldvietnamreport2025enhancing``: the author's, else the source's words run
    together, ASCII), a letter added where two articles would share one."""
    who = "".join(re.findall(r"[a-z0-9]+", fold(clean_field(article.author or article.source))))
    year = _date_parts(article)[0]
    word = _key_word(article.title)[:20]
    key = (who[:24] + year + word if who else word + year) or f"diplotui{article.id}"
    if not key[0].isalpha():
        key = "a" + key
    chosen, suffix = key, 0
    while chosen in taken:
        chosen = key + _letters(suffix)
        suffix += 1
    taken.add(chosen)
    return chosen


def _letters(number: int) -> str:
    """a, b, ... z, aa, ab ...: the suffix of the ``number``-th key taken twice."""
    letters = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def _highlight_notes(read: _Read, article: Article) -> list[str]:
    """Each highlight as one line of a reference's notes: the quote in quotation marks, who
    said it, its note and tags."""
    lines = []
    for highlight in read.highlights[article.id]:
        line = f"“{' '.join(clean_field(_quote(read, highlight)).split())}”"
        speaker = _speaker(highlight)
        if speaker:
            line += f" ({clean_field(speaker)})"
        note = " ".join(clean_field(highlight.note).split())
        if note:
            line += f" Note: {note}"
        tags = ", ".join(tag for tag in distinct_tags(highlight.tags) if clean_field(tag))
        if tags:
            line += f" Tags: {tags}"
        if highlight.status != AnchorStatus.ANCHORED.value:
            line += f" [{highlight.status}]"
        lines.append(line)
    return lines


def _bibtex(selection: _Selection) -> Iterator[str]:
    """One ``@article`` (``@misc`` where no source names the publication) per article, in
    the export's order: title (its case kept by a second pair of braces), author, journal,
    year, month, date, url, keywords (the tags), note (the article's, and a guessed date said
    so) and annote (the highlights, one a paragraph)."""
    taken: set[str] = set()
    for article, read in _runs(selection, selection.articles):
        source = _bib(article.source)
        year, month, day = _date_parts(article)
        fields = [("title", "{" + (_bib(article.title) or "Untitled") + "}")]
        if article.author.strip():
            fields.append(("author", "{" + _bib(article.author) + "}"))  # a name as written
        if source:
            fields.append(("journal", source))
        if year:
            fields.append(("year", year))
        if month:
            fields.append(("month", _BIB_MONTHS[int(month) - 1]))
        if year:
            fields.append(("date", "-".join(part for part in (year, month, day) if part)))
        url = safe_url(article.url).translate(_BIB_URL)
        if url:  # verbatim, as BibTeX's url field is read (an escaped "_" is a backslash)
            fields.append(("url", url))
        tags = distinct_tags(article.tags)
        if tags:
            fields.append(("keywords", _bib(", ".join(tags))))
        notes = [" ".join(clean_field(article.note).split())] if article.note.strip() else []
        if year and article.date_is_guess:
            notes.append("Date guessed from the text, not stated by the source.")
        if notes:
            fields.append(("note", _bib(" ".join(notes))))
        quoted = _highlight_notes(read, article)
        if quoted:
            fields.append(("annote", r" \par ".join(_bib(line) for line in quoted)))
        fields.append(("diplotuiid", article.id))
        kind = "article" if source else "misc"
        body = ",\n".join(
            f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}"
            for name, value in fields
        )
        yield f"@{kind}{{{_cite_key(article, taken)},\n{body}\n}}\n\n"


def _ris_value(text: str) -> str:
    """A RIS field's value: one line (a tag starts each line), control characters out."""
    return " ".join(sanitize_for_copy(clean_field(text)).split())


def _ris(selection: _Selection) -> Iterator[str]:
    """One ``NEWS`` record per article (RIS's newspaper article), ``ER`` ending each: TI,
    AU, T2 (the publication), PY and DA (``2025/07/18/``), UR, KW per tag, N1 per note (the
    article's, then each highlight), ID, lines ending CRLF as the specification writes
    them."""
    for article, read in _runs(selection, selection.articles):
        lines = [("TY", "NEWS"), ("TI", _ris_value(article.title) or "Untitled")]
        if article.author.strip():
            lines.append(("AU", _ris_value(article.author)))
        if article.source.strip():
            lines.append(("T2", _ris_value(article.source)))
        year, month, day = _date_parts(article)
        if year:
            lines.append(("PY", year))
            lines.append(("DA", f"{year}/{month}/{day}/"))
        url = safe_url(article.url)
        if url:
            lines.append(("UR", url))
        lines += [("KW", _ris_value(tag)) for tag in distinct_tags(article.tags)]
        if article.note.strip():
            lines.append(("N1", _ris_value(article.note)))
        if year and article.date_is_guess:
            lines.append(("N1", "Date guessed from the text, not stated by the source."))
        lines += [("N1", _ris_value(line)) for line in _highlight_notes(read, article)]
        lines += [("ID", article.id), ("ER", "")]
        yield "".join(f"{tag}  - {value}\r\n" for tag, value in lines) + "\r\n"


# -- csv -----------------------------------------------------------------------------------


def _cell(text: str) -> str:
    """Sanitised, and defused for spreadsheets that would run a leading = + - @ as a formula."""
    text = sanitize_for_copy(text).strip()
    return "'" + text if text.startswith(_CSV_FORMULA_START) else text


def _speaker(highlight: Highlight) -> str:
    """ "Ngo Le Van (Deputy Minister of Foreign Affairs)": who said a highlighted statement."""
    role = f" ({highlight.speaker_role})" if highlight.speaker_role else ""
    return f"{highlight.speaker}{role}" if highlight.speaker else ""


def _quote(read: _Read, highlight: Highlight) -> str:
    """The quote a sheet shows: a statement's, its speaker's words (as copies give them)."""
    said = read.said.get(highlight.id)
    return said[0] if said else read.shown[highlight.id]


def _kind(read: _Read, highlight: Highlight) -> str | None:
    """ "direct" or "reported" for a statement's highlight, as a copy of it quotes it or
    not; None for other words."""
    said = read.said.get(highlight.id)
    return said[1].kind if said else None


def _csv_bool(value: bool) -> str:
    """``true``/``false``, as JSON writes them (spreadsheets read either as a boolean)."""
    return "true" if value else "false"


def _csv(selection: _Selection) -> Iterator[str]:
    """The sheet, its header then an article's rows at a time."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for article, read in _runs(selection, selection.articles):
        if article.note.strip():
            writer.writerow(_csv_note_row(article))
        for highlight in read.highlights[article.id]:
            writer.writerow(
                [
                    _cell(article.title),
                    _cell(article.date),  # a date a sheet sorts and reads as one: no "?"
                    _cell(article.source),
                    _cell(_quote(read, highlight)),
                    _cell(colour_label(highlight.color)),
                    _cell(", ".join(distinct_tags(highlight.tags))),
                    _cell(highlight.note),
                    highlight.id,
                    _cell(_speaker(highlight)),
                    _cell(highlight.author),
                    _cell(safe_url(article.url)),  # a citation needs where the quote is
                    _csv_bool(bool(article.date) and article.date_is_guess),  # the views' "?"
                    _kind(read, highlight) or "",
                    highlight.status,  # drifted or orphan: the quote is not the article's now
                    # the day the words were said where not the article's, as the brief says
                    read.said_on.get(highlight.id, ""),
                ]
            )
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


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
        "",
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


def _json_pieces(document: dict[str, Any]) -> Iterator[str]:
    """``safe_json(document)`` and a newline, a piece at a time: its iterators (a list each)
    an item at a time, so that an export is never held whole."""
    yield from (escape_hidden(piece) for piece in _json_streamed(document, 0))
    yield "\n"


def _json_streamed(value: Any, level: int) -> Iterator[str]:
    """``value``'s JSON as ``json.dumps(..., indent=2)`` gives it ``level`` deep, taking the
    items of each iterator in it (or in a dict of it) one at a time."""
    inside = "\n" + "  " * (level + 1)
    if isinstance(value, Iterator):
        opened = False
        for item in value:
            yield ("," if opened else "[") + inside + _json_at(item, level + 1)
            opened = True
        yield "\n" + "  " * level + "]" if opened else "[]"
    elif isinstance(value, dict) and _streams(value):
        for number, (key, item) in enumerate(value.items()):
            yield ("," if number else "{") + inside + _json_at(key, 0) + ": "
            yield from _json_streamed(item, level + 1)
        yield "\n" + "  " * level + "}"
    else:
        yield _json_at(value, level)


def _streams(value: dict[str, Any]) -> bool:
    """Whether ``value`` holds an iterator, itself or in a dict of it."""
    return any(
        isinstance(item, Iterator) or (isinstance(item, dict) and _streams(item))
        for item in value.values()
    )


def _json_at(value: Any, level: int) -> str:
    """``value`` as ``json.dumps(..., indent=2)`` writes it ``level`` deep (a newline is
    always escaped within a JSON string: each one here starts a line)."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)


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


def _article_record(article: Article, selection: _Selection) -> dict[str, Any]:
    """The article with its text; an unreadable text is left out (the import reports it), so
    the rest of the library still exports, and named in ``selection.unreadable``. The hashes
    of its earlier texts name files of this library alone, which the export does not hold."""
    record = {**article.to_dict(), "origin_path": shared_origin(article.origin_path)}
    del record["earlier_texts"]
    try:
        return {**record, "text": selection.store.article_text(article.id)}
    except ArticleUnreadable as error:
        selection.unreadable.append(f"{error}: article {article.id} exported without its text")
        return record


def _json_document(selection: _Selection) -> dict[str, Any]:
    """The restorable dump, its articles and highlights each an iterator: an article's text
    read as it is written, and the highlights a run of articles at a time."""
    highlights = (
        {
            **_in_a_line(h, selection.shortened).to_dict(),
            "kind": _kind(read, h),
            "statement_date": read.said_on.get(h.id) or None,  # as the brief's "said 2025-09-09"
        }
        for a, read in _runs(selection, selection.articles)
        for h in read.highlights[a.id]
    )
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "articles": (_article_record(a, selection) for a in selection.articles),
        "highlights": highlights,
        "corrections": _corrections(selection),
        "speaker_corrections": _speaker_corrections(selection),
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


def _corrections(selection: _Selection) -> list[dict[str, Any]]:
    """The library's entity corrections, which the JSON and W3C exports both carry."""
    return [c.to_dict() for c in selection.store.corrections()]


def _speaker_corrections(selection: _Selection) -> list[dict[str, Any]]:
    """The selected articles' speaker corrections, which the JSON and W3C exports both carry
    (a W3C export lacking them lost every ``P`` correction on its way into another
    library)."""
    store = selection.store
    return [c.to_dict() for a in selection.articles for c in store.speaker_corrections(a.id)]


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


def _w3c_document(selection: _Selection) -> dict[str, Any]:
    """One AnnotationCollection; article metadata and texts ride along in ``diplotui:articles``.

    Embedding the texts makes the file restorable on its own (the selectors need the text they
    point into); other W3C tools ignore the extension properties.
    """
    items = (
        w3c_annotation(
            _in_a_line(h, selection.shortened),
            safe_url(a.url) or ARTICLE_URN + a.id,
            _kind(read, h) or "",
        )
        for a, read in _runs(selection, selection.articles)
        for h in read.highlights[a.id]
    )
    return {
        "@context": W3C_CONTEXT,
        "type": "AnnotationCollection",
        "label": "diplotui highlights",
        "total": sum(selection.counts.values()),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
        EXT + "format": EXPORT_FORMAT,
        EXT + "version": EXPORT_VERSION,
        EXT + "articles": (_article_record(a, selection) for a in selection.articles),
        EXT + "corrections": _corrections(selection),
        EXT + "speakerCorrections": _speaker_corrections(selection),
    }


# -- writing -------------------------------------------------------------------------------


def _links_to_a_stream(link: Path) -> bool:
    """Whether the symbolic link ``link`` stands for a device, a FIFO, a socket or a
    process's stream (``/dev/stdout`` is a link to ``/proc/self/fd/1``, whatever that is
    now), which even a forced export must not replace: it may be the system's, not the user's.
    Each link of the chain is looked at where it really is, so a relative one into /proc
    (``/etc/mtab`` is ``../proc/self/mounts`` on many systems) is one too."""
    step = str(link)
    for _ in range(41):  # the kernel follows 40 links: the 41st name is where they lead
        step = os.path.join(os.path.realpath(os.path.dirname(step)), os.path.basename(step))
        if step.startswith("/proc/"):
            return True
        try:
            step = os.path.join(os.path.dirname(step), os.readlink(step))
        except OSError:  # not a link (the end of the chain), or none: dangling
            break
    try:
        return not stat.S_ISREG(os.stat(link).st_mode)
    except OSError:  # dangling (or a loop): a name the export may take
        return False


def _name_a_file_in(folder: str) -> str:
    """What to give instead of a folder: "is a directory" alone left the user guessing."""
    return f"name a file in it too, e.g. {os.path.join(folder, 'brief.md')}"


def write_export(
    text: str | Iterable[str],
    path: str | os.PathLike[str],
    force: bool = False,
    *,
    store: Path | None = None,
) -> Path:
    """Write ``text`` (or its pieces, each written as it comes: :func:`export_parts`)
    atomically and durably; an existing file is replaced only with ``force``, and never one
    of ``store``'s own files. Whatever stops the writing (a piece that cannot be made, a
    full disk) leaves no file under ``path``, nor a replaced one changed.

    Without ``force`` the final link is exclusive, so a file appearing meanwhile is not
    clobbered either. A symbolic link is replaced itself (with ``force``): writing through it
    would put the export wherever it points (another user's file, the store, a device).
    """
    named = os.fspath(path)
    if named.endswith(("/", os.sep)):  # Path() drops the slash: "-o briefs/" wrote "briefs"
        raise ExportError(f"{named}: names a folder; {_name_a_file_in(named)}")
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
        raise ExportError(f"{target}: is a directory; {_name_a_file_in(named)}")
    if mode is not None and stat.S_ISLNK(mode) and target.is_dir():
        # as a folder named itself: it is no stream, and no file to replace
        raise ExportError(
            f"{target}: a link to a folder (to {os.readlink(target)}); give the file's name too"
        )
    if mode is not None and stat.S_ISLNK(mode) and _links_to_a_stream(target):
        # "-o /dev/stdout --force" would replace the system's own link with a file (as root)
        raise ExportError(
            f"{target}: a link to a device or stream (to {os.readlink(target)}), never replaced;"
            " use -o - to write to standard output"
        )
    if mode is not None and stat.S_ISLNK(mode) and not force:
        raise ExportExists(f"{target}: a symbolic link (to {os.readlink(target)})", symlink=True)
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISLNK(mode):
        # a device node, FIFO or socket: replacing it would destroy what it is
        raise ExportError(f"{target}: not a regular file; only regular files are overwritten")
    if mode is not None and not force:
        raise ExportExists(f"{target}: already exists")
    if not target.parent.is_dir():
        there = "is a file, not a folder" if target.parent.exists() else "no such directory"
        raise ExportError(f"{target.parent}: {there}")
    remove_dead_temps(target)
    temp = target.with_name(f"{temp_prefix(target)}{os.getpid()}-{secrets.token_hex(4)}")
    noted = export_noted(store, target, temp) if store is not None else contextlib.nullcontext()
    with noted:  # killed outright, the next command removes its part and says so
        try:
            with open(temp, "x", encoding="utf-8", newline="") as handle:
                if mode is not None and stat.S_ISREG(mode):  # a brief kept private stays private
                    os.fchmod(handle.fileno(), stat.S_IMODE(mode))
                handle.writelines((text,) if isinstance(text, str) else text)
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
            # a read-only folder refuses even the unlink of a temp never made (EROFS, not
            # ENOENT): that error took the place of the one naming the export and its reason
            with contextlib.suppress(OSError):
                temp.unlink()
    return target
