"""What every CLI command shares: opening the store, resolving ids, failing clearly."""

from __future__ import annotations

import codecs
import io
import json
import os
import shlex
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeGuard

from diplotui.inert import inert_line
from diplotui.paths import resolve_db_path
from diplotui.store import (
    AmbiguousId,
    ArticleUnreadable,
    StoreError,
    StoreLocked,
    UnknownId,
    store_stamp,
)

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from diplotui.ingest.report import ImportReport
    from diplotui.library.text_cache import TextCache
    from diplotui.model import Article
    from diplotui.store import Changes, Store

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # a shell's status for a command ended by Ctrl-C (128 + SIGINT)

WRITE_LOCK_WAIT_SECONDS = 2.0
NAMED_AT_MOST = 3
"""How many articles a line naming some of them names (then "and N more")."""


class CommandError(Exception):
    """A one-line error for the user, with the exit status it deserves; ``details`` are lines
    printed under it (the choices that would resolve it), each one line of its own."""

    def __init__(
        self, message: str, status: int = EXIT_FAILED, details: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message)
        self.status = status
        self.details = details


@contextmanager
def open_store(args: argparse.Namespace, *, write: bool, names: str = "") -> Iterator[Store]:
    """Open the store named by ``--db``/``DIPLOTUI_DB``; writers wait briefly for the lock.
    A first run that filled a new library with the bundled articles is said once the
    command has done its work (an error stays the one line it is). ``names`` is the record
    a command acts on ("article 'ab12'"): where no library is yet, none is made for it (a
    mistyped ``--db`` seeded a library, then said the id was unknown). A writer under
    ``--read-only`` is refused: the option, meant for the app, was ignored, and
    ``--read-only rm ID`` deleted the article."""
    if write:
        refuse_under_read_only(args)
    if names:
        _refuse_in_no_library(args, f"no {names}")
    seeded: list[tuple[ImportReport, Path]] = []
    with _opened_store(args, write, seeded) as store:
        yield store
    for report, path in seeded:
        _say_seeded(report, path)


def cut_line(text: str, width: int) -> str:
    """``text`` as one inert line with single spaces, cut after a word to ``width`` with "…"
    (``layout.one_line``): cut inside one, a quote listed ended "delivering d…"."""
    from diplotui.inert import inert_words
    from diplotui.layout import one_line as cut_after_a_word

    return cut_after_a_word(inert_words(text), width)


def refuse_under_read_only(args: argparse.Namespace) -> None:
    """Refuse a command about to write under ``--read-only``, before it writes anything."""
    if getattr(args, "read_only", False):
        raise CommandError(
            "--read-only: this command writes to the store; run it without --read-only "
            "(nothing was written)"
        )


@contextmanager
def _opened_store(
    args: argparse.Namespace, write: bool, seeded: list[tuple[ImportReport, Path]]
) -> Iterator[Store]:
    from diplotui.store import Store  # not imported when the command line starts the app

    path = resolve_db_path(getattr(args, "db", None))
    if not write and not path.exists():
        with _opened_store(args, True, seeded):
            pass  # the first run seeds the library, so a read sees the bundled articles
    try:
        store = Store.open(
            path,
            read_only=not write,
            wait_seconds=WRITE_LOCK_WAIT_SECONDS if write else 0.0,
            seeded_if_new=True,
        )
        if not write and store.awaits_seeds and not seeded:
            # a first run killed before its seeds were stored: this read finishes it, where
            # it listed an empty library that looked like one emptied by hand
            store.close()
            with _opened_store(args, True, seeded):
                pass
            store = Store.open(path, read_only=True)
    except StoreError as error:
        raise CommandError(str(error)) from error
    for notice in store.notices:
        fail(notice)  # e.g. a torn journal tail: reported, never silent
    from diplotui.store.under_way import killed_exports, unfinished_work

    for unfinished in unfinished_work(store.path):
        fail(unfinished)  # an import killed outright: its own handler never ran to say so
    for killed in killed_exports(store.path):
        fail(killed)  # its part written removed: said once
    changes: dict[tuple[str, str], dict[str, Any] | None] = {}
    stamp_before = store_stamp(store.path)
    store.on_change(lambda changed: _keep_first(changes, changed))
    try:
        if write:
            from diplotui.ingest import seed_if_empty

            report = seed_if_empty(store)
            if report is not None:
                seeded.append((report, store.path))
        yield store
    finally:
        store.close()
    if store.backup_refused:
        fail(store.backup_refused)  # once the work is done: a refused write is its one line
    if write:
        _refresh_snapshot(store, stamp_before, changes)


def refuse_while_held(args: argparse.Namespace) -> None:
    """Refuse a command that writes after a slow step (the network) while another process
    holds the store, before that step: ``feed add`` and ``add`` fetched first (a failing host
    three times, with pauses) to be refused then. A holder letting go within the wait any
    writer gives it is waited for; one taking the store after is refused at the write."""
    import time

    from diplotui.store.files import canonical_store_path, process_command
    from diplotui.store.lock import WriteLock

    try:
        path = canonical_store_path(resolve_db_path(getattr(args, "db", None)))
    except StoreError:
        return  # links in a loop: opening the store says so
    deadline = time.monotonic() + WRITE_LOCK_WAIT_SECONDS
    while (pid := WriteLock(path).probe()) is not None:
        if time.monotonic() >= deadline:
            command = process_command(pid) if pid else ""
            raise CommandError(str(StoreLocked(path, pid or None, command)))
        time.sleep(0.05)


def _refuse_in_no_library(args: argparse.Namespace, refusal: str) -> None:
    """A usage error saying ``refusal`` when the store named is not made yet: a command that
    needs what a library holds is refused before one is made and seeded for it."""
    path = resolve_db_path(getattr(args, "db", None))
    try:
        missing = not path.resolve().exists()
    except (OSError, RuntimeError):  # links in a loop: opening the store says so
        missing = False
    if missing:
        raise CommandError(
            f"{refusal}: {path} holds no library yet; nothing was written", EXIT_USAGE
        )


def _say_seeded(report: ImportReport, path: Path) -> None:
    """One line on stderr when a command's first run filled a new library with the bundled
    articles, as the app's first run says it: an analyst who imported one file found three
    listed and no word of where the other two came from."""
    ids = [o.article_id for o in report.outcomes if o.status == "imported"]
    if ids:
        print(
            inert_line(
                f"diplotui: first run: imported {len(ids)} bundled articles into {path} "
                f"(diplotui rm {' '.join(ids)} removes them)"
            ),
            file=sys.stderr,
        )


@contextmanager
def writable_store(
    args: argparse.Namespace, when_held: Callable[[CommandError], str]
) -> Iterator[Store]:
    """``open_store`` for writing; refused because another process holds the store, the line
    is ``when_held``'s, which says what this command did or could do instead."""
    try:
        with open_store(args, write=True) as store:
            yield store
    except CommandError as error:
        if not isinstance(error.__cause__, StoreLocked):
            raise
        raise CommandError(when_held(error)) from error


def _keep_first(changes: dict[tuple[str, str], Any], changed: Changes) -> None:
    """Gather a command's changes, keeping each record's document from before the first."""
    for key, old in changed.items():
        changes.setdefault(key, old)


def _refresh_snapshot(store: Store, stamp_before: str | None, changes: Changes) -> None:
    """Leave a current list snapshot so the app's next start paints at once: patched when
    the command only retagged or annotated existing articles, rebuilt otherwise (after
    closing, which may compact)."""
    from diplotui.library.snapshot import patch_snapshot, save_snapshot

    if not changes:
        return
    if not patch_snapshot(store, stamp_before, changes):
        save_snapshot(store)


def resolve_article(store: Store, prefix: str) -> str:
    """A unique article id prefix, or a usage error (exit 2) naming the problem: a highlight's
    id, copied from ``annotations`` where an article's was asked for, is named as one with its
    article's id, where "no article with id" left the user wondering where the id came from."""
    try:
        return store.resolve_article_id(prefix)
    except UnknownId as error:
        raise CommandError(_other_kind(store, prefix, str(error), "article"), EXIT_USAGE) from error
    except AmbiguousId as error:
        raise CommandError(str(error), EXIT_USAGE) from error


def _other_kind(store: Store, prefix: str, message: str, asked: str) -> str:
    """``message`` with what ``prefix`` is instead: a highlight's id where an article's was
    asked for (naming its article), or an article's where a highlight's was."""
    try:
        if asked == "article":
            highlight = store.highlight(store.resolve_highlight_id(prefix))
            return f"{message}: {highlight.id} is a highlight, of article {highlight.article_id}"
        article_id = store.resolve_article_id(prefix)
    except (UnknownId, AmbiguousId):
        return message
    return (
        f"{message}: {article_id} is an article (diplotui annotations {article_id} lists "
        "its highlights' ids)"
    )


def read_article_text(store: Store, article_id: str) -> str:
    """The article's text, or a one-line error naming its body file and what is wrong."""
    try:
        return store.article_text(article_id)
    except ArticleUnreadable as error:
        raise CommandError(str(error)) from error


def resolve_highlight(store: Store, prefix: str) -> str:
    """A unique highlight id prefix, or a usage error (exit 2) naming the problem: an
    article's id given instead is named as one."""
    try:
        return store.resolve_highlight_id(prefix)
    except UnknownId as error:
        raise CommandError(
            _other_kind(store, prefix, str(error), "highlight"), EXIT_USAGE
        ) from error
    except AmbiguousId as error:
        raise CommandError(str(error), EXIT_USAGE) from error


def stdout_takes_utf8() -> bool:
    """Whether stdout encodes text as UTF-8 (not under ``PYTHONIOENCODING=ascii``, a Latin-1
    locale or a Windows code page)."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    return codecs.lookup(encoding).name == "utf-8"


def print_anything() -> None:
    """Let stdout print any text: under an encoding that is not UTF-8 a character it lacks is
    printed as its escape (``\\u1ea1``). A Vietnamese title ended ``list`` in a
    UnicodeEncodeError traceback, and an import's report after its articles were stored."""
    if not stdout_takes_utf8() and isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")


def print_json(document: object, indent: int | None = 2) -> None:
    """Print stored records as JSON that cannot drive a terminal nor fail to encode (in
    ``\\u`` escapes where stdout is not UTF-8: the same JSON to whatever reads it)."""
    print(_json_text(document, indent))


def print_json_list(items: Iterable[object]) -> None:
    """``print_json`` of a list of ``items``, the same bytes, printed an item at a time: a
    listing of 250,000 records is never held whole, as records or as one string."""
    opened = False
    for item in items:
        text = _json_text([item], 2)  # "[\n  {...}\n]": the item as the list indents it
        sys.stdout.write((",\n" if opened else "[\n") + text[2:-2])
        opened = True
    print("\n]" if opened else "[]")


def _json_text(document: object, indent: int | None) -> str:
    from diplotui.export import safe_json

    if stdout_takes_utf8():
        return safe_json(document, indent)
    return json.dumps(document, indent=indent)


def to_file(output: str | None) -> TypeGuard[str]:
    """Whether ``-o`` names a file: not when it is not given, nor for ``-``, which sends the
    output to stdout as other tools read it."""
    return bool(output) and output != "-"


def write_utf8(text: str | Iterable[str]) -> None:
    """``text`` (or its pieces, each as it comes) on stdout in UTF-8, the bytes ``-o FILE``
    writes, whatever stdout's encoding: an export is data, and no character of it may change
    for a terminal's sake."""
    pieces = (text,) if isinstance(text, str) else text
    buffer = getattr(sys.stdout, "buffer", None)
    if stdout_takes_utf8() or buffer is None:
        sys.stdout.writelines(pieces)
        return
    sys.stdout.flush()
    buffer.writelines(piece.encode("utf-8") for piece in pieces)


NAMED_WIDTH = 80
"""Characters of a refused value an error line repeats (a whole note pasted is not)."""

EMPTY_OUTPUT = "-o names no file (it is empty); use -o - for standard output"


def write_or_print(text: str | Iterable[str], output: str | None, force: bool, store: Path) -> None:
    """``text`` (or its pieces) written to ``output`` (``to_file``; an existing file only with
    ``force``, never a file of the store at ``store``), or to stdout."""
    if output == "":  # an unset variable in a script (-o "$OUT"): stdout was not asked for
        raise CommandError(EMPTY_OUTPUT)
    if not to_file(output):
        write_utf8(text)
        return
    from diplotui.export import ExportError, ExportExists, write_export

    try:
        path = write_export(text, output, force=force, store=store)
    except ExportExists as error:
        how = "to replace the link itself (what it points to is left alone)"
        how = how if error.symlink else "to overwrite it"
        raise CommandError(f"{error}; use --force {how}") from error
    except ExportError as error:
        raise CommandError(str(error)) from error
    print(f"wrote {inert_line(str(path))}", file=sys.stderr)  # a path is data


def utf8_text(value: str, what: str) -> str:
    """``value``, unless it holds bytes the command line could not decode as UTF-8 (a usage
    error naming ``what``): a note or a speaker's name typed in a terminal set to another
    encoding was stored with U+FFFD in their place, or without those letters ("Ngô" stored
    "Ng"), where a tag or a title so typed was refused."""
    from diplotui.inert import NOT_UTF8, not_utf8_shown

    shown = not_utf8_shown(value)
    if shown is None:
        return value
    line = inert_line(shown)
    line = line if len(line) <= NAMED_WIDTH else line[: NAMED_WIDTH - 1] + "…"
    raise CommandError(
        f"{what} '{line}' holds bytes that are not UTF-8 text ({NOT_UTF8}); nothing was written",
        EXIT_USAGE,
    )


def one_line(value: str, what: str) -> str:
    """``value`` if it is no longer than the line every title, source, author and speaker's
    name is kept to (as an import, a feed or a teammate's file keeps them), else a usage
    error: a whole article pasted into ``meta --title`` was stored, and listed, whole."""
    from diplotui.model import too_long_for_a_line

    refusal = too_long_for_a_line(value, what)
    if refusal:
        raise CommandError(refusal, EXIT_USAGE)
    return value


def command_again(args: argparse.Namespace, words: str) -> str:
    """``diplotui WORDS`` as it runs again on this store (its ``--db`` given whole), which
    the next command names if this one is killed before it finishes."""
    store = f" --db {shlex.quote(os.path.abspath(args.db))}" if getattr(args, "db", None) else ""
    return f"diplotui{store} {words}"


def fail(message: str, details: tuple[str, ...] = ()) -> None:
    """Print one error line to stderr (paths and titles in it are data, so made inert), then
    each detail line, inert too, so a list of choices stays a readable list."""
    print(f"diplotui: {inert_line(message)}", file=sys.stderr)
    for line in details:
        print(inert_line(line), file=sys.stderr)


def say_unreadable(articles: Sequence[Article], answer: str) -> int:
    """One line on stderr naming how many texts (and the first few) a library-wide answer
    could not look into; the exit status: failed when there were any. The ``answer`` printed
    is still true of what was read, yet "no statement of the minister" was said of a
    library whose minister's article could not be read."""
    from diplotui.text.plural import plural

    if not articles:
        return EXIT_OK
    named = ", ".join(f"{a.id} {a.title!r}" for a in articles[:NAMED_AT_MOST])
    more = len(articles) - NAMED_AT_MOST
    named += f" and {more} more" if more > 0 else ""
    left_out = "is" if len(articles) == 1 else "are"
    fail(
        f"{plural(len(articles), 'text')} could not be read and {left_out} not in this "
        f"{answer}: {named} (`diplotui doctor` says why)"
    )
    return EXIT_FAILED


def say_failed(failures: Sequence[tuple[Article, str]], answer: str) -> int:
    """One line on stderr naming the articles a library-wide answer left out because the
    recogniser or the finder raised on their texts (``text_cache.failure_line``), the rest
    answered; the exit status: failed when there were any, as for texts unreadable."""
    from diplotui.library.text_cache import failure_line

    if not failures:
        return EXIT_OK
    fail(failure_line(failures, answer))
    return EXIT_FAILED


def say_unchecked(failures: Sequence[tuple[Article, str]]) -> None:
    """One line on stderr per article the finder (or the recogniser) raised on, whose
    highlights keep the speaker first found, unasked: their listing and citing go on (the
    exit status is left as it is), but never as if no statement had been found there."""
    for article, why in failures:
        fail(
            f"finding statements failed on article {article.id} ({why}), a bug to report: "
            "the speakers of its highlights are as first found, not checked"
        )


def say_unsaved(caches: Sequence[TextCache[Any]]) -> None:
    """One line on stderr naming the caches a command could not save, and why
    (``text_cache.unsaved_line``): its answer stands, so the exit status is left as it is."""
    from diplotui.library.text_cache import unsaved_line

    if line := unsaved_line(caches):
        print(f"diplotui: {line}", file=sys.stderr)


def refuse_empty(command: str, args: argparse.Namespace, *options: str) -> None:
    """Options given an empty value (``--since "$SINCE"`` with the variable unset) are refused,
    not read as no filter: the command would answer for the whole library as if asked so."""
    for option in options:
        value = getattr(args, option.lstrip("-").replace("-", "_"))
        values = value if isinstance(value, list) else [] if value is None else [value]
        if any(not v.strip() for v in values):
            raise CommandError(f"{command}: {option} is empty", EXIT_USAGE)


def untagged(store: Store, tags: Sequence[str]) -> str:
    """Why a listing filtered by ``tags`` is empty, when one of them names no tag in use:
    ": #bien is no tag in use", and the tag in use it starts, as ``--tag`` takes a tag whole
    (a bare "no statement matches" read as a library holding nothing on the subject); ""
    when every one is in use."""
    from diplotui.text.tag_names import names_tag, unused_tag

    unused = unused_tag(store.tag_counts(highlights=False), tags)  # --tag asks articles'
    if unused is None:
        return ""
    tag, meant = unused
    every = list(store.tag_counts())
    if names_tag(every, tag):  # it said "no article matches", a tag in use found nothing
        return _on_highlights_only(tag)
    whole = f' (a tag is given whole: --tag "{meant}")' if meant else ""
    started = "" if meant else (unused_tag(every, [tag]) or ("", ""))[1]
    on_highlights = f"; {_on_highlights_only(started)[2:]}" if started else ""
    return f": #{tag} is no tag in use{whole}{on_highlights}"


def _on_highlights_only(tag: str) -> str:
    """What a ``--tag`` naming a tag only highlights carry is told: the articles are asked by
    their own tags (newuser64: told to give "people diplomacy" whole, it said no more)."""
    return f': #{tag} tags highlights only, no article (export --tag "{tag}" gives them)'


def say_none_found(what: str) -> None:
    """One line on stderr when a query's human listing is empty ("no statement matches"), so
    that silence is never the answer to a misspelt name; stdout stays empty for scripts."""
    print(f"diplotui: {inert_line(what)}", file=sys.stderr)


def typed_tag(command: str, typed: str) -> str:
    """The tag a ``--tag`` of one tag names, read as ``list --tag`` and the Statements
    view's ``tag:`` read it: its leading ``#`` (as every listing shows a tag) and stray
    spaces are not the tag's; "#asean" answered "##asean is no tag in use". A tag of
    nothing else ('#') or too long is refused in one line."""
    from diplotui.tags import TagError, clean_tag

    try:
        tag = clean_tag(typed)
    except TagError as error:
        raise CommandError(f"{command}: --tag: {error}", EXIT_USAGE) from None
    if not tag:
        raise CommandError(f"{command}: --tag {typed.strip()!r} names no tag", EXIT_USAGE)
    return tag


def say_dates_read(read: str) -> None:
    """How ``--since``/``--until`` typed in words were read ("since 2026-07-01" for
    "July"), on stderr before the answer, so a wrong reading is seen (``read`` "": none)."""
    if read:
        print(f"diplotui: dates read as {read}", file=sys.stderr)
