"""Annotation commands: ``highlight``, ``annotations`` and ``note``."""

from __future__ import annotations

import argparse
import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING

from diplotui.anchoring import NORMAL_FORMS, new_highlight, speaker_source_at, statement_at
from diplotui.cite import nested_quotes
from diplotui.cli.commands import command_help
from diplotui.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    fail,
    open_store,
    print_json_list,
    read_article_text,
    refuse_empty,
    resolve_article,
    say_dates_read,
    say_none_found,
    say_unchecked,
    utf8_text,
)
from diplotui.cli.common import cut_line as one_line
from diplotui.cli.parsing import add_date_options, positive_int, word_after_a_date
from diplotui.entities.folding import INVISIBLE
from diplotui.inert import inert_block, inert_line, inert_words
from diplotui.markup import found_as_shown, marks_hidden, without_marks
from diplotui.model import (
    AnchorStatus,
    Article,
    Highlight,
    Statement,
    is_version_label,
    local_day,
)
from diplotui.palette import DEFAULT_COLOUR, PALETTE, colour_label
from diplotui.statements.said import SaidPart, elided, spoken_span
from diplotui.store import AmbiguousId, Store, StoreError, UnknownId, article_runs
from diplotui.tags import TagError, add_tags, parse_tags, spelt_as_in_use

if TYPE_CHECKING:
    from diplotui.anchoring import KeptSpeaker
    from diplotui.library.statement_cache import StatementCache

QUOTE_WIDTH = 60  # characters of a quote shown in lists and messages
NOTE_WIDTH = 72
SPEAKER_WIDTH = 100  # "Ngo Le Van (Deputy Minister of Foreign Affairs) stressed"
CONTEXT_WIDTH = 24  # characters either side of each occurrence listed in an ambiguity error
MAX_LISTED_OCCURRENCES = 10
Shown = tuple[str] | tuple[str, SaidPart]  # a quote as shown, a statement's with its speech


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    highlight = subparsers.add_parser(
        "highlight",
        help=command_help("highlight"),
        description="Highlight the place where TEXT occurs in the article. The new "
        "highlight's id is printed alone on the last line.",
    )
    highlight.add_argument("id", help="article id (a unique prefix is enough)")
    highlight.add_argument(
        "--quote",
        required=True,
        metavar="TEXT",
        help="the exact passage (case matters; any run of spaces or line breaks matches any other)",
    )
    highlight.add_argument(
        "--occurrence",
        type=positive_int,
        metavar="N",
        help="which occurrence of TEXT to highlight when it occurs more than once (from 1)",
    )
    highlight.add_argument("--note", default="", help="a note on the highlight")
    highlight.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="a tag (repeatable)"
    )
    highlight.add_argument(
        "--color",
        "--colour",
        dest="color",
        metavar="NAME",
        help=f"a palette colour by key or label: {_valid_colours()} (default: {DEFAULT_COLOUR})",
    )
    highlight.add_argument(
        "--again",
        action="store_true",
        help=(
            "add a highlight even where one of the very same words is (without it, that is "
            "refused; a passage overlapping one is highlighted as asked)"
        ),
    )
    highlight.set_defaults(func=run_highlight)

    annotations = subparsers.add_parser(
        "annotations",
        help=command_help("annotations"),
        description="List highlights (with their anchor status) and notes, grouped by "
        "article: one article's, or every article's. Article notes are shown in the text "
        "listing; in a shared library a highlight's line ends in '· NAME', who made it. --json "
        "prints one object per highlight.",
    )
    annotations.add_argument("id", nargs="?", help="only this article (a unique id prefix)")
    annotations.add_argument(
        "--search",
        metavar="WORDS",
        help="only highlights whose note, words, tags or speaker hold WORDS, and article "
        "notes that do (each word starts a word; accents and case ignored)",
    )
    add_date_options(
        annotations,
        "only highlights made or changed on DATE or later (article notes: their article "
        "changed since)",
        "only highlights made or changed on DATE or earlier",
    )
    annotations.add_argument("--json", action="store_true", help="print JSON objects")
    annotations.set_defaults(func=run_annotations)

    note = subparsers.add_parser(
        "note",
        help=command_help("note"),
        description="Set the note of the article (or the highlight) ID to TEXT; an empty TEXT "
        "('') clears it; without TEXT the current note is printed. Setting a note a sync "
        "flagged as two people's resolves the flag.",
    )
    note.add_argument(
        "id", help="article id, or a highlight's as annotations lists it (a unique prefix)"
    )
    note.add_argument("text", nargs="?", metavar="TEXT", help="the note ('' clears it)")
    note.set_defaults(func=run_note)


# -- shared helpers -------------------------------------------------------------------------


def _valid_colours() -> str:
    return ", ".join(
        colour.key if colour.key == colour.label else f"{colour.key} ({colour.label})"
        for colour in PALETTE
    )


def _fold(name: str) -> str:
    return " ".join(name.replace("-", " ").replace("_", " ").lower().split())


def parse_colour(name: str | None) -> str:
    """The palette key named by its key or label (any case, "-"/"_" as spaces); exit 2 if none."""
    if name is None:
        return DEFAULT_COLOUR
    folded = _fold(name)
    for colour in PALETTE:
        if folded in (_fold(colour.key), _fold(colour.label)):
            return colour.key
    raise CommandError(
        f"unknown colour {inert_line(name)!r}: use one of {_valid_colours()}", EXIT_USAGE
    )


def quoted_line(quote: str) -> str:
    """A quote in quotation marks on one line, its own double marks made single, as the
    app's sidebar and a copy nest them (“China ‘has indisputable sovereignty’ over ...”)."""
    return f"“{one_line(nested_quotes(quote), QUOTE_WIDTH)}”"


def first_line(text: str, width: int = NOTE_WIDTH) -> str:
    """The first non-blank line of a note, inert, with "…" when there is more."""
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    if not lines:
        return ""
    if len(lines) > 1 and is_version_label(lines[0].strip()):  # a conflict's: whose, and what
        lines[:2] = [f"{lines[0].strip().strip('- ')}: {lines[1]}"]
    shown = one_line(lines[0], width)
    return shown if len(lines) == 1 or shown.endswith("…") else shown + " …"


def _tags(tags: list[str]) -> str:
    return " ".join("#" + inert_words(tag) for tag in tags)


# -- highlight --------------------------------------------------------------------------------


# A quote typed at a keyboard has straight marks and hyphens where articles print curly marks
# and dashes: each mark of a family matches any other of it.
_MARK_FAMILIES = ("'’‘ʼ′", '"“”„″', "-‐‑–—")
_MARK_CLASSES = {
    mark: "[" + re.escape(family) + "]" for family in _MARK_FAMILIES for mark in family
}


# An invisible joiner or mark inside an article's word ("Jo\u200dhn", pasted) is no letter of
# it: the word typed without matches, and one typed with it matches the word without.
_INVISIBLE = f"[{INVISIBLE}]*"
_WITHOUT_INVISIBLE = str.maketrans(dict.fromkeys(INVISIBLE))


def _word_pattern(word: str) -> str:
    return _INVISIBLE.join(_MARK_CLASSES.get(char) or re.escape(char) for char in word)


def occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Every (start, end) where ``quote`` occurs in ``text``, in reading order, overlapping
    too, whitespace runs being equivalent and straight or curly marks and hyphens or dashes
    alike, and accented letters composed or not ("Biển" typed finds it stored decomposed,
    as a Vietnamese input method or a file saved on macOS may store it)."""
    spellings = dict.fromkeys([quote, *(unicodedata.normalize(f, quote) for f in NORMAL_FORMS)])
    found: set[tuple[int, int]] = set()
    for spelled in spellings:
        words = spelled.translate(_WITHOUT_INVISIBLE).split()
        if words:
            pattern = re.compile("(?=(" + r"\s+".join(map(_word_pattern, words)) + "))")
            found.update((m.start(1), m.end(1)) for m in pattern.finditer(text))
    return sorted(found)


def _shown_occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """:func:`occurrences` of ``quote`` in a Markdown article as the reader shows it, its
    marks left out, as stored offsets: what y copies from the reader is what is typed here."""
    return found_as_shown(text, lambda words: occurrences(words, quote))


def _shown_anywhere(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of a Markdown article that show a word: one wholly in its hidden marks
    was highlighted, quoted and exported as '“”'."""
    hidden = marks_hidden(text)
    return [(start, end) for start, end in spans if without_marks(hidden[start:end]).strip()]


def _ambiguity(
    text: str, spans: list[tuple[int, int]], quote: str, article_id: str
) -> CommandError:
    """The error for a quote found more than once: the choices follow it, one a line."""
    lines = []
    for number, (start, end) in enumerate(spans[:MAX_LISTED_OCCURRENCES], start=1):
        before = one_line(text[max(0, start - CONTEXT_WIDTH) : start], CONTEXT_WIDTH + 1)
        after = one_line(text[end : end + CONTEXT_WIDTH], CONTEXT_WIDTH + 1)
        lines.append(
            f"  {number}: at {start}: …{before} [{one_line(text[start:end], QUOTE_WIDTH)}] {after}…"
        )
    if len(spans) > MAX_LISTED_OCCURRENCES:
        lines.append(f"  … and {len(spans) - MAX_LISTED_OCCURRENCES} more")
    headline = (
        f"{quote} occurs {len(spans):,} times in article {article_id}: "
        f"pick one with --occurrence N (1-{len(spans):,})"
    )
    return CommandError(headline, EXIT_USAGE, tuple(lines))


def place(store: Store, args: argparse.Namespace) -> tuple[str, int, int]:
    """The article id and span the arguments pick, or an error (exit 2) saying why not."""
    article_id = resolve_article(store, args.id)
    text = read_article_text(store, article_id)
    shown = quoted_line(args.quote)
    spans = occurrences(text, args.quote)
    if store.article(article_id).markdown:
        spans = _shown_occurrences(text, args.quote) or _shown_anywhere(text, spans)
        if not spans and occurrences(text, args.quote):
            raise CommandError(
                f"{shown} is only in the Markdown marks of article {article_id} (a link's "
                "address, say), which the reader does not show: give words it shows",
                EXIT_USAGE,
            )
    if not spans:
        raise CommandError(f"{shown} does not occur in article {article_id}", EXIT_USAGE)
    if args.occurrence is not None:
        if args.occurrence > len(spans):
            times = "once" if len(spans) == 1 else f"{len(spans):,} times"
            raise CommandError(
                f"--occurrence {args.occurrence}: {shown} occurs only {times} "
                f"in article {article_id}",
                EXIT_USAGE,
            )
        return (article_id, *spans[args.occurrence - 1])
    if len(spans) > 1:
        raise _ambiguity(text, spans, shown, article_id)
    return (article_id, *spans[0])


def _statement_cache(store: Store, article: Article) -> StatementCache:
    """The statement cache, holding the article's statements (found now if missing: kept for
    the next command and the Statements view)."""
    from diplotui.library.statement_cache import StatementCache

    cache = StatementCache.load(store)
    if cache.missing([article]):
        cache.fill(store, [article])
    return cache


def statements_found(store: Store, article: Article) -> list[Statement]:
    """The article's statements as the finder found them, before the user's corrections."""
    return _statement_cache(store, article).found(article)


def _placed_once(store: Store, args: argparse.Namespace) -> tuple[str, int, int]:
    """The article and span to highlight; an error (exit 1) when a highlight of those very
    words is there already and ``--again`` was not given: a command run twice (a script
    re-run, a shell history) stored a second, identical highlight, every export and the
    sidebar then listing the quote twice."""
    article_id, start, end = place(store, args)
    _refuse_twin(store, args, article_id, start, end)
    return article_id, start, end


def _refuse_twin(
    store: Store, args: argparse.Namespace, article_id: str, start: int, end: int
) -> None:
    if args.again:
        return
    for known in store.highlights(article_id):
        if (known.start, known.end) == (start, end):
            raise CommandError(
                f"{quoted_line(known.quote)} is already highlighted in "
                f"{article_id} ({known.id}, {colour_label(known.color)}); --again adds "
                "another"
            )


def run_highlight(args: argparse.Namespace) -> int:
    if not args.quote.split():
        raise CommandError("--quote is empty: give the passage to highlight", EXIT_USAGE)
    colour = parse_colour(args.color)
    utf8_text(args.note, "highlight: --note")
    try:
        tags = add_tags([], parse_tags(args.tag))
    except TagError as error:
        raise CommandError(str(error), EXIT_USAGE) from error
    # Find the place read-only first: a quote that is missing or ambiguous writes nothing at all.
    with open_store(args, write=False, names=f"article {args.id!r}") as store:
        _placed_once(store, args)
    with open_store(args, write=True) as store:
        article_id, start, end = _placed_once(store, args)  # again: the text may have changed
        cache = _statement_cache(store, store.article(article_id))
        statements = cache.statements(store.article(article_id))
        statement = statement_at(statements, start, end)
        failures = cache.failed([store.article(article_id)])  # the finder raised on its text
        text = read_article_text(store, article_id)
        if statement is not None:  # on the speaker's words, as the app's h puts it
            spoken = [s for s in statements if s.speaker_key == statement.speaker_key]
            start, end = spoken_span(text, start, end, spoken)
            _refuse_twin(store, args, article_id, start, end)
        highlight = new_highlight(
            article_id,
            text,
            start,
            end,
            color=colour,
            note=args.note.strip(),
            tags=spelt_as_in_use(tags, store.tag_counts()),
            speaker=statement.speaker if statement else "",
            speaker_role=statement.role if statement else "",
            speaker_source=(
                speaker_source_at(store.speaker_corrections(article_id), start, end)
                if statement
                else ""
            ),
        )
        store.save_highlight(highlight)
        article = store.article(article_id)
        title = one_line(article.title, QUOTE_WIDTH)
        quote = _shown_quote(text, highlight) if article.markdown else highlight.quote
    print(
        f"highlighted {quoted_line(quote)} at {start}-{end} "
        f"in {article_id} ({title}) as {colour_label(colour)} {_tags(highlight.tags)}".rstrip()
    )
    if statement is not None:
        from diplotui.library.statement_lines import speaker_named

        print(f"a statement by {one_line(speaker_named(statement), SPEAKER_WIDTH)}")
    for _article, why in failures:  # its words may be a statement no one was found for
        fail(
            f"highlight kept without a speaker: finding statements in article {article_id} "
            f"failed ({why}), a bug to report"
        )
    print(highlight.id)
    return EXIT_OK


# -- annotations ------------------------------------------------------------------------------


def _record(
    highlight: Highlight, kept: Mapping[str, KeptSpeaker] | None = None
) -> dict[str, object]:
    """A highlight's JSON, its speaker the one the listing names; ``speaker_unfound``: the
    finder's speaker is kept though it finds no statement at the words now;
    ``speaker_unchecked``: kept unasked, the finder having failed on the article's text."""
    why = (kept or {}).get(highlight.id)
    return {
        **highlight.to_dict(),
        "color_label": colour_label(highlight.color),
        "speaker_unfound": why == "unfound",
        "speaker_unchecked": why == "unchecked",
    }


ARTICLE_NOTE = "article note"
"""The status of an article's own note among the highlights (``--json``, as the CSV's row)."""


def _note_record(article: Article) -> dict[str, object]:
    """An article's own note as a record of its own, shaped as a highlight's (no id, no
    quote, its status "article note", the article's last change as its time): ``--json``
    gave highlights only, so a script asking where a note said something got nothing."""
    blank = Highlight(
        id="",
        article_id=article.id,
        start=0,
        end=0,
        quote="",
        note=article.note,
        conflict=article.conflict,
    )
    times = {"created_at": article.updated_at, "updated_at": article.updated_at}
    return {**_record(blank), **times, "status": ARTICLE_NOTE, "color": "", "color_label": ""}


def _note_shown(article: Article, noted: AbstractSet[str], filtered: bool) -> bool:
    """Whether the article's own note is listed: it has one, and a search or a date asked
    for none or for it."""
    return bool(article.note.strip()) and (not filtered or article.id in noted)


def _records(
    articles: list[Article | str],
    by_article: dict[str, list[Highlight]],
    noted: AbstractSet[str],
    filtered: bool,
    kept: Mapping[str, KeptSpeaker] | None = None,
) -> list[dict[str, object]]:
    """The JSON of what the listing shows, article by article: the note it shows, then the
    highlights."""
    records: list[dict[str, object]] = []
    for article in articles:
        if isinstance(article, Article) and _note_shown(article, noted, filtered):
            records.append(_note_record(article))
        records.extend(_record(h, kept) for h in by_article.get(_id_of(article), []))
    return records


def _shown_quote(text: str, highlight: Highlight) -> str:
    """A Markdown article's highlight as the reader shows it, its marks left out."""
    from diplotui.layout import highlight_text

    return highlight_text(text, highlight, markdown=True)


def _said_line(highlight: Highlight, words: str, said: SaidPart) -> str:
    """A statement's highlight as the sidebar and the brief give it: a direct quotation in
    quotation marks, its speaker after it; a reported statement as the reporter's indirect
    one, in none ("Lin Jian (spokesman) said: China would ..."): marks would present the
    reporter's paraphrase as the speaker's own words."""
    from diplotui.cite import curly_quotes, indirect

    named = highlight.speaker + (f" ({highlight.speaker_role})" if highlight.speaker_role else "")
    words = elided(words, said)
    if said.direct:
        return f"{quoted_line(words)}  — {one_line(named, SPEAKER_WIDTH)}"
    said_as = indirect(
        one_line(named, SPEAKER_WIDTH),
        curly_quotes(words),
        said.verb,
        cut=said.cut,
        colon_verb=said.colon,
    )
    return one_line(said_as, QUOTE_WIDTH + len(said_as) - len(words))


UNFOUND = "(the speaker as the finder named it then: it finds no statement at these words now)"
"""What the listing says under a highlight keeping a speaker the finder no longer gives."""
UNCHECKED = (
    "(the speaker as the finder named it then, not checked: the finder failed on this "
    "article, a bug to report: its error is on stderr)"
)
"""What the listing says under a highlight keeping a speaker the finder was not asked about,
having raised on the text: never "it finds no statement here"."""
KEPT_LINES: dict[KeptSpeaker, str] = {"unfound": UNFOUND, "unchecked": UNCHECKED}


@functools.lru_cache(maxsize=64)
def _status_cell(status: str) -> str:
    """A status as its column shows it (a few kinds: made once each, not per highlight)."""
    return f"{inert_line(status):<8}"


@functools.lru_cache(maxsize=64)
def _colour_cell(colour: str) -> str:
    """A colour's label as its column shows it (made once each, not per highlight)."""
    return f"{one_line(colour_label(colour), 16):<13}"


def _highlight_lines(
    highlight: Highlight, quoted: Shown, kept: KeptSpeaker | None = None
) -> list[str]:
    """A highlight's lines: its id, status, colour, words (``quoted``: as shown, a
    statement's with its speech), tags and, in a shared library, who made it ("· ana", last
    on the line as in the sidebar: the listing never said whose a teammate's highlight was);
    then its drift, a speaker of the finder's kept, and why (``kept``), note and flag."""
    quote = quoted[0]
    shown = quoted_line(quote) if len(quoted) == 1 else _said_line(highlight, quote, quoted[1])
    head = (
        f"  {highlight.id}  {_status_cell(highlight.status)}  {_colour_cell(highlight.color)}  "
        f"{shown}  {_tags(highlight.tags)}"
    ).rstrip()
    if highlight.author:
        head += f"  · {one_line(highlight.author, SPEAKER_WIDTH)}"
    lines = [head]
    if highlight.status == AnchorStatus.DRIFTED.value and highlight.drift_text:
        lines.append(_drift_line(highlight, quoted))
    if highlight.status == AnchorStatus.ORPHAN.value:
        lines.append("      (no longer found in the article: re-attach it in the app)")
    if kept:
        lines.append(f"      {KEPT_LINES[kept]}")
    if highlight.note.strip():
        lines.append(f"      note: {first_line(highlight.note)}")
    return lines + _flagged(highlight.conflict, highlight.id)


def _drift_line(highlight: Highlight, quoted: Shown) -> str:
    """The other reading of a drifted highlight: what the article reads now under the words
    highlighted, or, under a statement's (quoted as the article reads now, as ``quote`` and
    the brief quote it), the words highlighted: its "now:" line repeated the head, and what
    the analyst had highlighted was shown nowhere."""
    if len(quoted) > 1:
        return f"      highlighted as: {quoted_line(highlight.quote)}"
    return f"      now: {quoted_line(highlight.drift_text)}"


def _flagged(conflict: str, record_id: str) -> list[str]:
    """The line saying a sync flagged the note (two people's kept, or deleted and edited),
    with the command that settles it: the listing showed a flagged note as a settled one."""
    if not conflict:
        return []
    return [f"      ⚠ {inert_line(conflict)} (diplotui note {record_id} TEXT)"]


MISSING_ARTICLE = "(article missing: run 'diplotui doctor')"


def _article_lines(
    article: Article | str,
    highlights: list[Highlight],
    quotes: dict[str, Shown],
    filtered: bool = False,
    noted: AbstractSet[str] = frozenset(),
    kept: Mapping[str, KeptSpeaker] | None = None,
) -> list[str]:
    """One article's block; a bare id is an article the store no longer has (its highlights
    are still listed, never hidden). ``quotes``: highlights' quotes as the reader shows
    them, where they are not the stored ones, with a statement's words and speech.
    ``filtered``: only the highlights a search or a date asked for are given, and the
    article's note only when it is one of ``noted`` (no "(no highlights)" for the rest).
    ``kept``: the highlights keeping a speaker of the finder's of then, and why."""
    lines = [
        line
        for highlight in highlights
        for line in _highlight_lines(
            highlight, quotes.get(highlight.id, (highlight.quote,)), (kept or {}).get(highlight.id)
        )
    ]
    if isinstance(article, str):
        return [f"{inert_line(article)}  {MISSING_ARTICLE}", *lines]
    head = [f"{article.id}  {one_line(article.title, 70)}"]
    if _note_shown(article, noted, filtered):
        head.append(f"  article note: {first_line(article.note)}")
        head.extend(_flagged(article.conflict, article.id))
    lines = head + lines
    if not highlights and not filtered:
        lines.append("  (no highlights)")
    return lines


def _article_or_id(store: Store, article_id: str) -> Article | str:
    try:
        return store.article(article_id)
    except UnknownId:
        return article_id


def _id_of(article: Article | str) -> str:
    return article if isinstance(article, str) else article.id


def _where_they_stand(store: Store, highlights: list[Highlight]) -> list[Highlight]:
    """Each highlight with the status and place the app and ``doctor`` give it: one whose
    stored offsets no longer hold its words is not "anchored" (``anchoring.placed``); a
    text that cannot be read, or a missing article, leaves it as stored."""
    from diplotui.anchoring import placed

    texts: dict[str, str | None] = {}
    shown = []
    for highlight in highlights:
        if highlight.article_id not in texts:
            try:
                texts[highlight.article_id] = store.article_text(highlight.article_id)
            except (UnknownId, StoreError):
                texts[highlight.article_id] = None
        text = texts[highlight.article_id]
        shown.append(highlight if text is None else placed(highlight, text))
    return shown


@dataclass(slots=True)
class _SaidNow:
    """The statements the finder finds now (the user's speaker corrections applied) in the
    articles holding a speaker's highlight, from the statement cache (found where it misses
    them, and kept for the next command); ``kept``: the highlights keeping a speaker of
    the finder's of then, and why (none found at their words now, or the finder failed on
    their article's text, each of those named in ``failed`` with the error)."""

    statements: dict[str, list[Statement]] = dataclasses.field(default_factory=dict)
    kept: dict[str, KeptSpeaker] = dataclasses.field(default_factory=dict)
    failed: list[tuple[Article, str]] = dataclasses.field(default_factory=list)
    texts: dict[str, str] = dataclasses.field(default_factory=dict)  # of those articles

    @classmethod
    def of(cls, store: Store, highlights: list[Highlight]) -> tuple[_SaidNow, list[Highlight]]:
        """The statements of ``highlights``' articles, and the highlights naming the speakers
        the finder gives their words now (``anchoring.spoken_now``; the user's own kept)."""
        from diplotui.anchoring import speaker_kept, spoken_now

        said = cls()
        wanted = sorted({h.article_id for h in highlights if h.speaker})
        if not wanted:
            return said, highlights
        from diplotui.library.statement_cache import ArticleStatements

        texts = said.texts
        articles: list[Article] = []
        for article_id in wanted:
            try:
                article = store.article(article_id)
                texts[article_id] = store.article_text(article_id)
            except (UnknownId, StoreError):
                continue  # its highlights keep their speakers: no text to ask about
            articles.append(article)
        # theirs alone read from the cache; the whole of it, to keep what is found, on a miss
        statements_of = ArticleStatements(store, articles)
        if statements_of.cache.missing(articles):
            statements_of = ArticleStatements(store)
        said.statements = {a.id: statements_of(a) for a in articles}
        said.failed = [(a, why) for a in articles if (why := statements_of.failed(a))]
        failed = {a.id for a, _ in said.failed}
        statements_of.save()  # once, what was found for all of them (none: a part read)
        now = []
        for highlight in highlights:
            found = said.statements.get(highlight.article_id)
            if found is not None:
                text = texts[highlight.article_id]
                kept = speaker_kept(highlight, text, found, highlight.article_id in failed)
                if kept:
                    said.kept[highlight.id] = kept
                highlight = spoken_now(highlight, text, found)
            now.append(highlight)
        return said, now


def _shown_quotes(
    store: Store, articles: list[Article | str], highlights: list[Highlight], said_now: _SaidNow
) -> dict[str, Shown]:
    """The quotes of the highlights of Markdown articles as the reader shows them, by id
    ("The ministry agreed", not "The **ministry** agreed"), and of statements' highlights
    their speaker's words and speech, as the sidebar and the brief give them
    (``export.said_words``, by the statements of ``said_now``; an unreadable text: read in
    the stored quote's context)."""
    from diplotui.anchoring import cited
    from diplotui.export import said_words
    from diplotui.layout import shown_blocks

    known = {a.id: a for a in articles if not isinstance(a, str)}
    quotes: dict[str, Shown] = {}
    wanted = {h.article_id for h in highlights if h.speaker}
    wanted.update(article_id for article_id, a in known.items() if a.markdown)
    for article_id in sorted(wanted):
        article = known.get(article_id)
        markdown = article is not None and article.markdown
        try:
            text = said_now.texts.get(article_id) if article is not None else ""
            if text is None:  # no speaker's highlight in it: not read yet
                text = store.article_text(article_id)
        except StoreError:
            text = ""
        if markdown and not text:
            continue
        blocks = shown_blocks(text, article.title if article else "", markdown)
        statements = said_now.statements.get(article_id, []) if text else []
        for highlight in (h for h in highlights if h.article_id == article_id):
            if highlight.speaker:
                where = cited(highlight, text) if text else highlight
                quotes[highlight.id] = said_words(text, where, blocks, markdown, statements)
            elif markdown:
                quotes[highlight.id] = (_shown_quote(text, highlight),)
    return quotes


@dataclass(frozen=True, slots=True)
class _Wanted:
    """The annotations ``--search``, ``--since`` and ``--until`` ask for (none: all)."""

    terms: tuple[str, ...] = ()
    since: str = ""  # the first day, "2026-12-01"
    until: str = ""  # the last day, "2026-12-31"

    @property
    def asked(self) -> bool:
        return bool(self.terms or self.since or self.until)

    def _dated(self, stamp: str) -> bool:
        day = local_day(stamp)
        return (not self.since or day >= self.since) and (not self.until or day <= self.until)

    def _worded(self, *fields: str) -> bool:
        from diplotui.library.notes import holds

        return holds(list(self.terms), *fields)

    def highlight(self, highlight: Highlight) -> bool:
        if not self.asked:
            return True  # 250,000 highlights' days and words read for nothing took 5 s
        tags = " ".join(f"#{tag}" for tag in highlight.tags)
        fields = (highlight.note, highlight.quote, tags, highlight.speaker)
        return self._dated(highlight.updated_at) and self._worded(*fields)

    def note(self, article: Article) -> bool:
        """An article's note: it holds no time of its own, so its article's last change."""
        return bool(article.note.strip()) and (
            not self.asked or (self._dated(article.updated_at) and self._worded(article.note))
        )


def _wanted(args: argparse.Namespace) -> _Wanted:
    """What ``--search``, ``--since`` and ``--until`` ask for, read as ``list`` reads them
    (an empty or unreadable one refused, exit 2, never taken for no filter)."""
    from diplotui.library.query import LibraryQuery, QueryError, date_span, read_dates
    from diplotui.library.search import query_terms

    refuse_empty("annotations", args, "--search", "--since", "--until")
    terms = tuple(query_terms(args.search)) if args.search is not None else ()
    if args.search is not None and not terms:
        raise CommandError(
            f"annotations: --search {args.search!r} holds no word to search for", EXIT_USAGE
        )
    try:
        read = read_dates(args.since or "", args.until or "")
        dates = LibraryQuery(
            since=read.since,
            until=read.until,
            since_typed=read.since_typed,
            until_typed=read.until_typed,
        )
        dates.validate()
    except QueryError as error:
        raise CommandError(f"annotations: {error}", EXIT_USAGE) from error
    say_dates_read(read.said())
    since = date_span(dates.since) if dates.since else None
    until = date_span(dates.until) if dates.until else None
    return _Wanted(terms, since[0] if since else "", until[1] if until else "")


def _asked(args: argparse.Namespace) -> str:
    """The filters as typed, for the line that says none matched."""
    given = (("--search", args.search), ("--since", args.since), ("--until", args.until))
    return " ".join(
        f"{option} {value!r}" if option == "--search" else f"{option} {value}"
        for option, value in given
        if value is not None
    )


LISTED_FIRST = 1_000
"""Highlights the listing gives a part at a time, the first part about this many, each next
one twice the last: an analyst's 250,000 piped into ``less`` showed nothing for 16 s and held
them all (850 MB); the first lines now come at once and one part is held at a time."""
LISTED_AT_MOST = 16_000


@dataclass(slots=True)
class _Part:
    """A part of the listing: its articles (a bare id for a missing one), their highlights
    as shown, by article, the quotes shown otherwise than stored, the highlights keeping a
    speaker of the finder's of then and why, the articles the finder failed on, and the
    articles whose note is listed."""

    articles: list[Article | str]
    by_article: dict[str, list[Highlight]]
    quotes: dict[str, Shown]
    kept: dict[str, KeptSpeaker]
    failed: list[tuple[Article, str]]
    noted: AbstractSet[str]


def _listed_part(
    store: Store,
    article_ids: list[str],
    args: argparse.Namespace,
    wanted: _Wanted,
    noted: AbstractSet[str],
    only: str | None,
) -> _Part:
    """The part of the listing of ``article_ids`` (the whole listing read so, a part at a
    time in article order, is what reading it at once gave)."""
    # a speaker's highlight is searched for by the speaker it names now
    highlights = [h for h in store.highlights_in(article_ids) if h.speaker or wanted.highlight(h)]
    said_now, highlights = _SaidNow.of(store, _where_they_stand(store, highlights))
    highlights = [h for h in highlights if wanted.highlight(h)]
    if only is not None and not wanted.asked:
        articles: list[Article | str] = [store.article(only)]
    else:
        shown = {h.article_id for h in highlights}
        shown.update(noted & set(article_ids))
        articles = [_article_or_id(store, article_id) for article_id in sorted(shown)]
    quotes = {} if args.json else _shown_quotes(store, articles, highlights, said_now)
    by_article: dict[str, list[Highlight]] = {}
    for highlight in highlights:
        by_article.setdefault(highlight.article_id, []).append(highlight)
    return _Part(articles, by_article, quotes, said_now.kept, said_now.failed, noted)


def _listing(args: argparse.Namespace, wanted: _Wanted) -> Iterator[_Part]:
    """The listing's parts, each read from the store as it is printed: every article is
    looked at for its note a part at a time (all 100,000 built before the first line took
    most of the 6.4 s it waited at 250,000 highlights)."""
    named = "" if args.id is None else f"article {args.id!r}"
    with open_store(args, write=False, names=named) as store:
        only = resolve_article(store, args.id) if args.id is not None else None
        counts = store.highlight_counts()
        listed = [only] if only is not None else sorted({*store.article_ids(), *counts})
        for article_ids in article_runs(listed, counts, LISTED_FIRST, LISTED_AT_MOST):
            noted = _noted(store, article_ids, wanted)
            yield _listed_part(store, article_ids, args, wanted, noted, only)


def _noted(store: Store, article_ids: list[str], wanted: _Wanted) -> set[str]:
    """Those of ``article_ids`` whose article's note is listed (a highlight's article the
    store lacks has none)."""
    stored = store.article_ids()
    return {i for i in article_ids if i in stored and wanted.note(store.article(i))}


def _told(parts: Iterator[_Part]) -> Iterator[_Part]:
    """Each part, after the line for each article of it the finder failed on."""
    for part in parts:
        say_unchecked(part.failed)
        yield part


def run_annotations(args: argparse.Namespace) -> int:
    word_after_a_date(args, "id")  # --since July 2025 ID: the id is not the date's
    wanted = _wanted(args)
    parts = _told(_listing(args, wanted))
    if args.json:
        print_json_list(
            record
            for part in parts
            for record in _records(
                part.articles, part.by_article, part.noted, wanted.asked, part.kept
            )
        )
        return EXIT_OK
    printed = False
    for part in parts:
        for article in part.articles:
            highlights = part.by_article.get(_id_of(article), [])
            lines = _article_lines(
                article, highlights, part.quotes, wanted.asked, part.noted, part.kept
            )
            print(("\n" if printed else "") + "\n".join(lines))
            printed = True
    if printed:
        return EXIT_OK
    say_none_found(
        f"no annotation matches {_asked(args)}" if wanted.asked else "no annotations yet"
    )
    return EXIT_OK


# -- note ---------------------------------------------------------------------------------------


def run_note(args: argparse.Namespace) -> int:
    if args.text is None:
        with open_store(args, write=False, names=f"article or highlight {args.id!r}") as store:
            noted = _note_target(store, args.id)
        for line in inert_block(noted.note).split("\n") if noted.note else []:
            print(line.rstrip())
        if not noted.note:  # silence read as a note lost, or the command doing nothing
            kind = "highlight" if isinstance(noted, Highlight) else "article"
            say_none_found(f"no note on {kind} {noted.id}: diplotui note {noted.id} TEXT sets one")
        return EXIT_OK
    note = utf8_text(args.text, "note: TEXT").strip()
    with open_store(args, write=True, names=f"article or highlight {args.id!r}") as store:
        noted = _note_target(store, args.id)
        if noted.note != note or noted.conflict:  # setting the note resolves a conflict
            if isinstance(noted, Highlight):
                noted = dataclasses.replace(noted, note=note, conflict="")
                store.save_highlight(noted)
            else:
                noted = store.with_updates(noted, note=note, conflict="")
    if note:
        print(f"{noted.id}  note: {first_line(note)}")
    else:
        print(f"{noted.id}  note cleared")
    return EXIT_OK


def _note_target(store: Store, prefix: str) -> Article | Highlight:
    """The article ``prefix`` names, else the highlight: ``annotations`` lists highlights'
    ids beside their notes, and a note a sync flagged as two people's is resolved by
    setting it."""
    try:
        return store.article(store.resolve_article_id(prefix))
    except UnknownId:
        try:
            return store.highlight(store.resolve_highlight_id(prefix))
        except (UnknownId, AmbiguousId):
            return store.article(resolve_article(store, prefix))
    except AmbiguousId:
        return store.article(resolve_article(store, prefix))
