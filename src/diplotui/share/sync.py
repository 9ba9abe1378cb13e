"""``sync``: commit the store's changes, fetch, merge per record, write the result to the
store, push; a push refused because someone pushed first fetches, merges and tries again.

Order matters for safety. Local changes are committed before anything is fetched, so no
local annotation can be lost by a merge. Every file coming from the remote is read and
checked before the store is touched, so an unreachable remote or an unreadable file leaves
the store exactly as it was. The merge result is written to the store (one durable write)
before it is committed, so a crash in between only makes the next sync commit it again.
Pushes are never forced.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import re
import shutil
import socket
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from diplotui.exchange import annotator_name
from diplotui.inert import inert_words
from diplotui.layout import one_line
from diplotui.library.view import follow_refiled
from diplotui.model import (
    ONE_LINE_CHARS,
    AnchorStatus,
    Article,
    EntityCorrection,
    Highlight,
    ReadState,
    SpeakerCorrection,
    now_iso,
)
from diplotui.session.drafts import DraftFolder
from diplotui.share import files
from diplotui.share import git as shared_git
from diplotui.share.files import KNOWN_FILES, Doc, KnownFiles, UnreadableFile, read_article
from diplotui.share.git import (
    REMOTE_MAIN,
    BlobTooLarge,
    Change,
    GitError,
    GitPushRefused,
    GitRejected,
    GitUnreachable,
    Repository,
    config_value,
    is_local_path,
    remote_problem,
)
from diplotui.share.merge import (
    STAMP,
    Sides,
    believable,
    believed,
    deletion_conflict,
    merge_record,
    note_cleared_and_edited,
    notes_collide,
    same_content,
)
from diplotui.share.sent import SentRecords, sent_records, staged_records
from diplotui.store import ARTICLES, ArticleUnreadable, Store, StoreWriteFailed, UnknownId
from diplotui.team_deletions import (
    IN_HISTORY,
    TeamDeletion,
    forget_team_deletions,
    note_in_history,
    own_deletions,
    remember_team_deletions,
)
from diplotui.text.plural import plural

BRANCH = "refs/heads/main"
_RECORD_KINDS = (
    files.ARTICLES_DIR,
    files.ANNOTATIONS_DIR,
    files.CORRECTIONS_DIR,
    files.SPEAKERS_DIR,
    files.EARLIER_PAGES,
)
"""The kinds of file that mirror the store's records (a record gone makes its file go)."""
_READERS: dict[str, Callable[[str, bytes], Doc]] = {
    files.ARTICLES_DIR: files.read_article,
    files.ANNOTATIONS_DIR: files.read_annotation,
    files.CORRECTIONS_DIR: files.read_correction,
    files.SPEAKERS_DIR: files.read_speaker,
}
_ORPHAN = AnchorStatus.ORPHAN.value  # a highlight with no place, left as it is
PUSH_ATTEMPTS = 5
_UNDONE = {("A", "D"), ("D", "A")}
"""A record's file made (removed) since the store's commit, and removed (made) again by it."""
_COMMIT_ID = re.compile(r"[0-9a-f]{40}(?:[0-9a-f]{24})?")

Places = tuple[str | None, str | None, str | None]
"""Where a record is filed in the merge's base, our and their commit (None: absent)."""

T = TypeVar("T")
OnStore = Callable[[Callable[[], T]], T]
"""How to run a function that reads or writes the store (the app hands it to its UI thread)."""


class ShareError(Exception):
    """Sharing cannot go on; the message is one line for the user and the store is untouched."""


def repository_path(store_path: Path) -> Path:
    """Where a store keeps its side of the shared library: a bare git repository beside it."""
    return store_path.with_name(store_path.name + ".share.git")


SETTING_UP = "diplotui-setting-up"
"""A file in the store's repository while ``share init`` or ``share clone`` has not finished
(refused, or killed): no shared library yet, and the next set-up starts afresh. Without it, a
clone refused once was "already shared" for ever after, and ``sync`` could not finish it."""


def is_shared(store_path: Path) -> bool:
    path = repository_path(store_path)
    return (path / "HEAD").is_file() and not (path / SETTING_UP).exists()


def not_shared(store_path: Path) -> str:
    """Why the store at ``store_path`` cannot sync: it is not shared (a set-up not finished is
    said); "" when it is. Read from its files alone, so a command refuses before opening (and
    seeding) a library that is not there yet."""
    if is_shared(store_path):
        return ""
    unfinished = (repository_path(store_path) / SETTING_UP).exists()
    return (
        f"{store_path}: not shared yet"
        + (" (its `share init` or `share clone` did not finish)" if unfinished else "")
        + "; run `diplotui share init REMOTE` or `diplotui share clone REMOTE` first"
    )


AUTHOR_SETTING = "share_author"
PAIR_SETTING = "share_repository"
"""The store's setting and, as ``diplotui.library``, its repository's git setting: one id
naming the pair (see ``Sync._check_pair``)."""
PAIR_CONFIG = "diplotui.library"
PAIRED_LIBRARY_CONFIG = "diplotui.store"
"""The repository's record of the library it was paired with (the store's own identity,
``Store.library_id``): what tells the same store restored from a copy older than the pair's
id, which lacks it, from another library's store, which lacks it too."""
UNSENT_REFS = "refs/diplotui/unsent/"
"""Where a sync keeps the commits a store put back from a backup never held nor sent."""
SYNCED_SETTING = "share_synced"
"""The store's setting naming the shared library's commit whose records the store holds, but
for its own changes since: written in the write that takes a merge in and after each sync.
A store put back from a backup names the commit of its backup's time, older than its
repository's branch: its changes are committed on that one (``Sync._commit_base``). Committed
on the branch, every highlight made since the backup was sent to the team as removed, and
every one removed since sent back as new."""


def default_author() -> str:
    """The name on this person's annotations: git's ``user.name``, as ``--author`` is taken
    (:func:`author_named`)."""
    return author_named(config_value("user.name"))


def author_named(name: str) -> str:
    """A name to sync as, one line, its escape sequences and control characters dropped and
    cut to a line's length, as ``--author`` is taken: git's ``user.name`` was taken as it
    was, and a name holding "\x1b[31m" (set from a coloured terminal) was put on every commit
    and highlight of the team's with stand-ins for its escape ("mai␛[31m")."""
    from diplotui.cite import clean_field

    return clean_field(name)[:ONE_LINE_CHARS].strip()


def resolve_author(store: Store, given: str | None) -> str:
    """The name to sync as: ``given`` (``--author``), else the one the last sync used, else
    git's ``user.name``."""
    if given is not None:
        return given.strip()
    saved = store.setting(AUTHOR_SETTING)  # a store edited by hand: taken as any name
    return author_named(saved) if isinstance(saved, str) and saved else default_author()


def remember_author(store: Store, author: str) -> None:
    """Keep the name a sync used, so the app's ``S`` syncs under it too."""
    store.set_setting(AUTHOR_SETTING, author)


def _direct(function: Callable[[], T]) -> T:
    return function()


HELD_QUOTE_WORDS = 40
"""How much of a held highlight's words the line naming it quotes."""


def _held_line(highlight: Highlight) -> str:
    """A highlight held until its article arrives, named as the line of one made ahead is:
    whose, which words, on which article (counted alone, "1 highlight held" said neither)."""
    words = one_line(inert_words(highlight.quote), HELD_QUOTE_WORDS)
    return (
        f"highlight {highlight.id} by {highlight.author or 'someone'} (“{words}”) on article "
        f"{highlight.article_id}, not here yet: held until it arrives"
    )


_CHANGED_PARTS = (
    (("quote",), "words"),
    (("start", "end"), "place"),
    (("color",), "colour"),
    (("note",), "note"),
    (("tags",), "tags"),
    (("speaker", "speaker_role"), "speaker"),
)
"""A highlight's fields a teammate's edit changes, as the line naming it says them."""


def _changed_line(ours: Doc, merged: Doc) -> str:
    """A highlight a sync changed, named as a held one is (whose, which words, on which
    article) with what changed: "1 highlight changed" said not which, nor how."""
    words = one_line(inert_words(str(merged.get("quote", ""))), HELD_QUOTE_WORDS)
    return (
        f"highlight {merged.get('id', '')} by {merged.get('author') or 'someone'} (“{words}”) "
        f"on article {merged.get('article_id', '')}{_what_changed(ours, merged, _CHANGED_PARTS)}"
    )


_ARTICLE_PARTS = (
    (("title",), "title"),
    (("text_hash",), "text"),
    (("source", "url", "author", "date", "date_is_guess"), "details"),
    (("tags",), "tags"),
    (("note",), "note"),
)
"""An article's fields a teammate's edit changes, as the line naming it says them."""


def _what_changed(ours: Doc, merged: Doc, parts: Sequence[tuple[tuple[str, ...], str]]) -> str:
    """ ": its colour and note changed", ": flagged as a conflict" ("" for neither)."""
    changed = [
        part
        for names, part in parts
        if any(ours.get(name) != merged.get(name) for name in names)
        and (part != "place" or ours.get("quote") == merged.get("quote"))
    ]
    said = ", ".join(changed[:-1]) + " and " + changed[-1] if len(changed) > 1 else "".join(changed)
    how = [f"its {said} changed"] if said else []
    if ours.get("conflict") != merged.get("conflict"):
        how.append("flagged as a conflict" if merged.get("conflict") else "its conflict settled")
    return ": " + ", ".join(how) if how else ""


def _changed_article_line(ours: Doc, merged: Doc) -> str:
    """An article a sync changed, named by its id and title, with what changed: "1 article
    changed" said not which, as "1 highlight changed" did not."""
    title = one_line(inert_words(str(merged.get("title", ""))), HELD_QUOTE_WORDS)
    return (
        f"article {merged.get('id', '')} (“{title}”){_what_changed(ours, merged, _ARTICLE_PARTS)}"
    )


def _tag_move(moves: Counter[tuple[str, str, str]], ours: Doc, merged: Doc, kind: str) -> None:
    """Count a record whose tags changed by one tag taken off and at most one put on (a
    rename or a removal across the library makes each record so), as ``SyncResult.tag_moves``
    keeps them."""
    before = [str(tag) for tag in ours.get("tags") or []]
    after = [str(tag) for tag in merged.get("tags") or []]
    gone = [tag for tag in before if tag not in after]
    came = [tag for tag in after if tag not in before]
    if len(gone) == 1 and len(came) <= 1:
        moves[(gone[0], came[0] if came else "", kind)] += 1


GAVE_WAY_WORDS = 40
"""How much of a statement's words the sync's line quotes when its correction gave way."""


NAMED_SHOWN = 20
"""The lines a sync prints of each kind of record it names (changed, held, ...), the rest
counted; ``--verbose`` prints them all."""


@dataclass(slots=True)
class SyncResult:
    """What one sync brought in and sent out."""

    new_highlights: Counter[str] = field(default_factory=Counter)  # by author
    changed_highlights: int = 0
    changed_named: list[str] = field(default_factory=list)  # a line each changed (article too)
    tag_moves: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    """(old tag, new tag or "", "article" or "highlight") -> how many records a teammate's
    edit moved so (``_tag_move``): a rename across the library, one change, said as one."""
    revived_highlights: int = 0  # deleted here, edited by a teammate meanwhile: kept, flagged
    revived_articles: int = 0  # the same of articles
    removed_highlights: int = 0
    removed_articles: int = 0
    new_articles: int = 0
    changed_articles: int = 0
    conflicts: int = 0
    corrections: int = 0  # entity corrections added or removed
    speakers: int = 0  # speaker corrections added, changed or removed
    sent: SentRecords = field(default_factory=SentRecords)  # what this sync's push sent
    held: int = 0  # highlights in the library whose article has not arrived
    held_ahead: int = 0  # highlights made ahead of this computer's clock, held
    made_ahead: list[str] = field(default_factory=list)  # a line for each newly held
    held_named: list[str] = field(default_factory=list)  # each newly held till its article comes
    unshared: list[str] = field(default_factory=list)  # articles whose text is unreadable
    too_large: list[str] = field(default_factory=list)  # articles whose text no peer reads
    too_large_named: list[str] = field(default_factory=list)  # a line for each
    restored: int = 0  # texts the store had lost, written back from the team's repository
    restored_titles: list[str] = field(default_factory=list)  # their articles' titles
    lost_texts: list[str] = field(default_factory=list)  # a line for each, restored or not
    stamped_ahead: list[str] = field(default_factory=list)  # a line for each (``Sync._arrived``)
    mended: list[str] = field(default_factory=list)  # a line for each (``Sync._their_text``)
    gave_way: list[str] = field(default_factory=list)  # a phrase each (``Sync._settle_speakers``)
    refiled: dict[str, str] = field(default_factory=dict)  # our id -> the team's, same text
    drafts_left: list[str] = field(default_factory=list)  # a phrase each (``_refile_drafts``)
    behind: str = ""  # the older commit a store put back from a backup held (``_commit_base``)
    rewritten: bool = False  # the remote's history was force-pushed (``_notice_rewrite``)
    put_back: bool = False  # to an older state of the library, under a new history
    unsent_kept: str = ""  # the ref keeping what a store put back never held nor sent
    namesakes: list[str] = field(default_factory=list)  # other copies under our name, labelled
    renamed: tuple[str, int] = ("", 0)  # the name this copy's highlights had, how many
    recorded_deletions: Counter[str] = field(default_factory=Counter)  # by deleter

    @property
    def changed_anything(self) -> bool:
        """Whether the store took anything from the remote."""
        return bool(
            self.new_highlights
            or self.changed_highlights
            or self.revived_highlights
            or self.revived_articles
            or self.removed_highlights
            or self.removed_articles
            or self.new_articles
            or self.changed_articles
            or self.corrections
            or self.speakers
            or self.restored
            or self.refiled
        )

    def moved_tags(self) -> list[str]:
        """A line for each tag a teammate renamed or removed on several records at once
        ("#asean renamed #ASEAN on 2 articles and 1 highlight"), before the records' own
        lines: a rename across the library read as so many unrelated edits."""
        moves: dict[tuple[str, str], Counter[str]] = {}
        for (old, new, kind), count in self.tag_moves.items():
            moves.setdefault((old, new), Counter())[kind] += count
        lines = []
        for (old, new), kinds in moves.items():
            if sum(kinds.values()) < 2:
                continue  # one record's tag: its own line says it
            counted = " and ".join(
                plural(kinds[kind], kind) for kind in ("article", "highlight") if kinds[kind]
            )
            done = f"renamed #{new} on" if new else "removed from"
            lines.append(f"#{old} {done} {counted}")
        return lines

    def refiled_line(self) -> str:
        """What ``Sync._take_team_ids`` did: "1 article of yours joined to the team's copy of
        its text"."""
        joined = plural(len(self.refiled), "article")
        return f"{joined} of yours joined to the team's copy of its text"

    def summary(self) -> str:
        """One line: "3 new highlights from mai, 1 conflict"."""
        older = f"this store held the library as of an older sync (commit {self.behind})"
        parts = [f"{older}: merged from it"] if self.behind else []
        if self.unsent_kept:
            parts.append(f"what its repository held unsent is kept as {self.unsent_kept}")
        if self.rewritten:
            parts.append("the remote's history was rewritten since the last sync (force-pushed)")
        if self.put_back:
            parts.append("to an older state of the library: what it lacked was sent again")
        parts += [
            f"{plural(count, 'new highlight')} from {author or 'someone'}"
            for author, count in sorted(self.new_highlights.items())
        ]
        for count, noun, after in (
            (self.changed_highlights, "highlight", " changed"),
            (self.revived_highlights, "highlight", " you deleted kept: edited meanwhile"),
            (self.removed_highlights, "highlight", " removed"),
            (self.removed_articles, "article", " removed"),
            (self.revived_articles, "article", " you deleted kept: edited meanwhile"),
            (self.new_articles, "new article", ""),
            (self.changed_articles, "article", " changed"),
            (self.conflicts, "conflict", ""),
            (self.corrections, "entity correction", ""),
            (self.speakers, "speaker correction", ""),
        ):
            if count:
                parts.append(plural(count, noun) + after)
        parts += [
            f"{plural(count, 'deletion')} from {who} kept out of your feeds"
            for who, count in sorted(self.recorded_deletions.items())
        ]
        if self.held:
            waiting = "its article arrives" if self.held == 1 else "their articles arrive"
            parts.append(f"{plural(self.held, 'highlight')} held until {waiting}")
        if self.held_ahead:
            waiting = "its creation time comes" if self.held_ahead == 1 else "their times come"
            parts.append(f"{plural(self.held_ahead, 'highlight')} held until {waiting}")
        if self.refiled:
            parts.append(self.refiled_line())
        if self.sent:
            parts.append(self.sent.line())
        if self.restored:
            parts.append(f"{plural(self.restored, 'text')} restored from the team's")
        if self.unshared:
            parts.append(f"{plural(len(self.unshared), 'article')} not shared (unreadable text)")
        if self.too_large:
            parts.append(f"{plural(len(self.too_large), 'article')} not shared (text too large)")
        if self.stamped_ahead:
            parts.append(f"{plural(len(self.stamped_ahead), 'record')} stamped in the future")
        if self.mended:
            parts.append(f"{plural(len(self.mended), 'damaged text')} mended from its history")
        was, renamed = self.renamed
        if renamed:
            parts.append(f"{plural(renamed, 'highlight')} of yours renamed from {was}")
        parts.extend(self.gave_way)
        parts.extend(self.drafts_left)
        parts.extend(
            f"{namesake} syncs under your name too: `diplotui sync --author NAME` renames you "
            "(your highlights so far take the new one)"
            for namesake in self.namesakes
        )
        return ", ".join(parts) or "up to date"

    def named_lines(self, every: bool = False) -> list[str]:
        """The lines naming what this sync changed, held or found, each kind's first
        ``NAMED_SHOWN`` and a count of the rest, or ``every`` one: a teammate's change to
        10,000 highlights printed 10,000 lines, the one-line result above them scrolled
        away."""
        lines: list[str] = []
        for named in (
            self.moved_tags(),
            self.changed_named,
            self.lost_texts,
            self.stamped_ahead,
            self.mended,
            self.made_ahead,
            self.held_named,
            self.too_large_named,
        ):
            shown = named if every else named[:NAMED_SHOWN]
            lines.extend(shown)
            if len(named) > len(shown):
                lines.append(f"and {len(named) - len(shown):,} more like it (--verbose names each)")
        return lines


@dataclass(slots=True)
class _Local:
    """The store's shared records as documents (read in one go, on the store's thread)."""

    articles: dict[str, Article]  # the store's objects, only read: all, or those changed
    article_ids: set[str]  # every article the store holds
    highlights: dict[str, dict[str, Doc]]  # article id -> highlight id -> record
    unstamped: list[Highlight]  # highlights that do not carry an author yet
    corrections: dict[str, Doc]  # entity corrections by id
    speakers: dict[str, Doc]  # speaker corrections by id
    version: str | None  # the store's version as read
    held: dict[str, tuple[str, str]]  # highlight id -> its article's id, its file (``HELD``)
    deleted: dict[str, tuple[TeamDeletion, str]]  # this copy's deletions, with when


def _read_local(store: Store, committed: str | None) -> _Local:
    """The store's records; of its articles only those changed since the store's version
    ``committed`` (the last one a sync committed whole) when the store can tell which, as
    building 10,000 articles to find a few changed ones was half of a sync's time."""
    ids = set(store.article_ids())
    changed = store.changes_since_version(committed) if committed else None
    if changed is None:
        articles = {a.id: a for a in store.articles()}
    else:
        touched = {key for table, key in changed if table == ARTICLES and key in ids}
        articles = {key: store.article(key) for key in sorted(touched)}
    highlights: dict[str, dict[str, Doc]] = {}
    unstamped = []
    for highlight in store.highlights():
        highlights.setdefault(highlight.article_id, {})[highlight.id] = files.record_doc(highlight)
        if not highlight.author:
            unstamped.append(highlight)
    corrections = {c.id: c.to_dict() for c in store.corrections()}
    speakers = {c.id: c.to_dict() for c in store.speaker_corrections()}
    return _Local(
        articles,
        ids,
        highlights,
        unstamped,
        corrections,
        speakers,
        store.version,
        _held(store),
        own_deletions(store),
    )


MEMBER_CONFIG = "diplotui.member"
"""The repository's setting naming this copy among the team's (random, made by its first
sync): the trailer of every commit it makes names it, with the computer's name."""
MEMBER_TRAILER = "Diplotui-Member"
WHO_FORMAT = f"%an%x00%(trailers:key={MEMBER_TRAILER},valueonly,separator=%x20)"
"""``git log``'s format for who made a commit: the author's name, NUL, the copy."""


@dataclass(frozen=True, slots=True)
class _Commit:
    """A commit of the history a merge takes in (``Sync._their_history``)."""

    commit: str
    who: str
    """Its ``WHO_FORMAT`` line."""
    deletes_an_article: bool


@dataclass(frozen=True, slots=True)
class Member:
    """Who made a commit: the author's name and the copy their commit's trailer names
    ("3f2a9c1b on laptop"; "" for a commit with none, made with plain git or an earlier
    diplotui). Two teammates may give one name: the copy tells them apart."""

    name: str
    copy: str = ""

    @classmethod
    def read(cls, who: str) -> Member:
        """A ``WHO_FORMAT`` line's member, its parts inert (a teammate writes them)."""
        name, _, copy = who.partition("\0")
        return cls(annotator_name(name), annotator_name(copy.strip()))

    @property
    def member(self) -> str:
        """The copy's id ("3f2a9c1b"; its library moved to another computer keeps it)."""
        return self.copy.partition(" on ")[0]

    def is_me(self, me: Member) -> bool:
        """Whether this is ``me``: the same copy, or, for a commit made before copies were
        named, the same name."""
        if self.member and me.member:
            return self.member == me.member
        return self.name.casefold() == me.name.casefold()

    def is_namesake_of(self, other: Member) -> bool:
        """Whether ``other`` is another copy under the same name."""
        return (
            bool(self.member and other.member)
            and self.member != other.member
            and self.name.casefold() == other.name.casefold()
        )

    def label(self, other: Member) -> str:
        """The name, told apart from a namesake ``other``: by the computer where theirs
        differ, else by the copy's id ("mai on laptop", "mai (member 3f2a9c1b)")."""
        if not self.is_namesake_of(other):
            return self.name
        host = self.copy.partition(" on ")[2]
        if host != other.copy.partition(" on ")[2]:
            return f"{self.name} on {host}"
        return f"{self.name} (member {self.member})"


def told_apart(ours: Member, theirs: Member) -> Sides:
    """The two sides of a merge as its conflicts name them, namesakes told apart."""
    return Sides(ours.label(theirs), theirs.label(ours))


def _host() -> str:
    """This computer's name as a commit's trailer gives it: letters, digits, dots and dashes."""
    host = "".join(c for c in socket.gethostname() if c.isascii() and (c.isalnum() or c in ".-_"))
    return host[:64] or "an unnamed computer"


HELD = "share_held"
"""The store's setting naming the highlights of the shared library that are not in the store
because their article is not: held (their files kept in the repository, counted in every
sync's line) until the article arrives, by a sync or an import, then stored."""


def _held(store: Store) -> dict[str, tuple[str, str]]:
    saved = store.setting(HELD)
    if not isinstance(saved, dict):
        return {}
    return {
        highlight_id: (place[0], place[1])
        for highlight_id, place in saved.items()
        if isinstance(place, list) and len(place) == 2 and all(isinstance(p, str) for p in place)
    }


@dataclass(slots=True)
class _Plan:
    """A merge's outcome: the files to change on top of our commit, and the store's changes."""

    writes: dict[str, bytes | str] = field(default_factory=dict)  # path -> bytes or blob id
    deletes: set[str] = field(default_factory=set)
    articles: dict[str, tuple[Doc | None, Doc | None]] = field(default_factory=dict)  # ours, merged
    highlights: dict[str, tuple[Doc | None, Doc | None]] = field(default_factory=dict)
    corrections: dict[str, tuple[Doc | None, Doc | None]] = field(default_factory=dict)
    speakers: dict[str, tuple[Doc | None, Doc | None]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # hash -> text from the remote
    ours_kept: dict[str, bytes | None] = field(default_factory=dict)  # merged as we have it
    formatted: dict[str, tuple[str, str]] = field(default_factory=dict)  # highlight -> file, blob
    deleted_texts: dict[str, bytes] = field(default_factory=dict)  # path -> ours, theirs deleted
    restored: set[str] = field(default_factory=set)  # texts written back that theirs lacks
    team_deleted: list[TeamDeletion] = field(default_factory=list)  # kept from feeds
    undeleted: list[str] = field(default_factory=list)  # deletion records a teammate removed


@dataclass(frozen=True, slots=True)
class _Rewrite:
    """A record's file as formatted from the store, which the repository holds otherwise."""

    path: str
    data: bytes
    fingerprint: str = ""  # what ``KnownFiles`` keys it by ("" for none)
    article: Doc | None = None  # an article's shared fields (a re-stamp only is no change)


class Sync:
    """One store's sync with its shared library."""

    def __init__(
        self,
        store: Store,
        author: str,
        on_store: OnStore[Any] = _direct,
        progress: Callable[[str], None] = lambda _: None,
        setting_up: bool = False,
        refile_drafts: Callable[[str, str], object] | None = None,
    ) -> None:
        """``refile_drafts(old_id, new_id)`` files a refiled article's note drafts under its
        new id (an app passes its own, which moves the draft being typed too; on the store's
        thread, through ``on_store``)."""
        if not setting_up and (problem := not_shared(store.path)):
            raise ShareError(problem)
        self.store = store
        self.author = _named(author)
        self.me = Member(self.author)
        """This copy's author and member (``_join_as_member``)."""
        self.on_store = on_store
        self.progress = progress
        self.refile_drafts = refile_drafts or DraftFolder(store.path).refile
        self.repo = Repository(
            repository_path(store.path), self.author, functools.partial(_email, self.author)
        )
        self.result = SyncResult()
        self._unstamped: list[Highlight] = []
        self._local = _Local({}, set(), {}, [], {}, {}, None, {}, {})
        self._ahead: set[str] = set()
        """Held highlights made ahead of this computer's clock (``_hold_ahead``)."""
        self._known = KnownFiles(self.repo.path / KNOWN_FILES)
        self._started_at: str | None = None  # our commit when the sync began
        self._rejoining = False
        """Whether the store is its library restored from a copy older than the pair's id:
        it joins the team's history afresh (``_check_pair``)."""
        self._first_commit = not setting_up
        """Whether the next local commit is this sync's first (``_commit_base``)."""
        self.stored = False
        """Whether this sync has written to the store (a set-up refused before is undone)."""
        self.pushed = False
        """Whether the remote holds this sync's commit."""

    # -- the whole sync ---------------------------------------------------------------------

    def run(self) -> SyncResult:
        with self.repo.reading():  # the whole sync's blobs through one git process
            return self._run()

    def _run(self) -> SyncResult:
        try:
            self._check_pair()
            self._join_as_member()
            head = self._commit_local()
            for _ in range(PUSH_ATTEMPTS):
                self.progress("fetching")
                fetched_before = self.repo.resolve(REMOTE_MAIN)
                theirs = self.repo.fetch()
                self._notice_rewrite(fetched_before, theirs)
                base = self._merge_base(head, theirs, fetched_before)
                if theirs is not None and base != theirs:  # theirs holds what we have not
                    head = self._take_team_ids(head, theirs, base)
                    head = self._merge(head, theirs, base)
                self.on_store(self._save_authors)
                self.progress("sending")
                if theirs != head:
                    try:
                        self.repo.push(head)
                    except GitRejected:
                        continue  # someone pushed first: fetch, merge and try again
                self.result.sent = self._sent(theirs, head)
                self.pushed = True
                self.on_store(functools.partial(self._note_synced, head, sent=True))
                self.result.held_ahead = len(self._ahead & self._local.held.keys())
                self.result.held = len(self._local.held) - self.result.held_ahead
                if self.result.unshared:
                    self._restore_texts()
                if head != self._started_at:  # nothing new came or was made: nothing to pack
                    self.repo.tidy()
                self._pair()
                self._name_namesakes_highlights()
                return self.result
        except (GitUnreachable, GitPushRefused) as error:  # a read-only shared folder too
            failed = (
                "cannot be reached" if isinstance(error, GitUnreachable) else "refused the push"
            )
            raise ShareError(
                f"the remote {self._remote()} {failed} ({error}); "
                + ("what came in is stored" if self.stored else "the store is unchanged")
                + ", your changes are committed and will be sent by the next sync"
            ) from error
        except (UnreadableFile, BlobTooLarge) as found:
            # a file too large to read stops every sync as one unreadable does, and is said
            # so: it said neither whose commit it was nor how any sync would get past it
            unreadable = found if isinstance(found, UnreadableFile) else _unreadable(found)
            unchanged = "the store is unchanged"
            if self.result.refiled:  # done before the merge read the file: said, not denied
                unchanged += f" but for {self.result.refiled_line()}"
            raise ShareError(
                f"the remote holds a file diplotui cannot read: {unreadable}"
                f"{self._brought(unreadable)}; {unchanged} and nothing was sent; every sync "
                "stops at it until it is mended or removed in the remote (by whoever made "
                "that commit, or with plain git in a clone of the remote), then `diplotui "
                "sync` takes the rest"
            ) from found
        except GitError as error:
            stored = "what came in is stored" if self.stored else "the store is unchanged"
            raise ShareError(f"{error}; {stored}") from error
        except StoreWriteFailed as error:
            raise ShareError(self._write_failed(error)) from error
        finally:  # what was committed and merged: once, however the sync ends
            self._known.save()
        raise ShareError(
            f"the remote kept moving ({PUSH_ATTEMPTS} pushes refused); merged locally, "
            "sync again to send"
        )

    def _join_as_member(self) -> None:
        """This copy's member id (made by its first sync, kept in its repository)."""
        member = self.repo.local_setting(MEMBER_CONFIG)
        if not member:
            member = uuid.uuid4().hex[:8]
            self.repo.set_local_setting(MEMBER_CONFIG, member)
        self.me = Member(self.author, f"{member} on {_host()}")

    @property
    def _trailer(self) -> str:
        """The end of a commit message naming this copy (``Member``)."""
        return f"\n\n{MEMBER_TRAILER}: {self.me.copy}" if self.me.copy else ""

    def _name_namesakes_highlights(self) -> None:
        """New highlights under this copy's own name came from its namesake: "1 new
        highlight from mai on laptop", not "from mai" (when one namesake's commits came)."""
        count = self.result.new_highlights.pop(self.author, 0)
        if count:
            one = len(self.result.namesakes) == 1
            self.result.new_highlights[self.result.namesakes[0] if one else self.author] += count

    def _write_failed(self, error: StoreWriteFailed) -> str:
        """A store write the sync could not make (a full disk): the writes before it stand.
        The store's own line ended "nothing was saved", and the merge stored before it went
        unsaid: the next sync's line did not name what had come in."""
        line = f"{error.path}: cannot write ({error.reason}); "
        if self.stored:
            line += f"what the sync stored before stands ({self.result.summary()})"
        else:
            line += "the store is unchanged"
        sent = "what it merged was sent" if self.pushed else "nothing was sent"
        return f"{line}, {sent}; sync again once the store can be written"

    def _check_pair(self) -> None:
        """Refuse a repository that is another store's (linked or copied from a teammate's
        folder): its commits hold that store's library, and every record of it this store
        lacks was committed as removed and sent to the team. The store and its repository
        keep one id (``_pair``); a store without it is the repository's own only where the
        repository records its library (restored from a copy older than the id: it joins
        afresh, ``_rejoin_restored``). Refuse a remote that is another store's repository."""
        remote = self.repo.remote_url()
        wrong_remote = _own_repository_problem(remote)
        if wrong_remote is not None:
            raise ShareError(f"the remote {remote}: {wrong_remote}; nothing was sent")
        ours = self.on_store(lambda: self.store.setting(PAIR_SETTING))
        theirs = self.repo.local_setting(PAIR_CONFIG)
        if not theirs or ours == theirs:
            return
        linked = self.repo.path.resolve()
        through = f", a link to {linked}" if linked != self.repo.path.absolute() else ""
        paired = self.repo.local_setting(PAIRED_LIBRARY_CONFIG)
        library = self.on_store(lambda: self.store.library_id)
        if not ours and paired and paired == library:
            self._rejoin_restored()
            return
        if not ours and not (paired and library):  # nothing recorded tells the two apart
            raise ShareError(
                f"{self.repo.path}: a repository this store has no id of (copied or linked "
                f"from another store's folder{through}, or this store restored from a copy "
                "older than its first sync through it); syncing this store through it would "
                "send its removal of the records it lacks to the team: move it away and join "
                "with `diplotui share clone REMOTE`; nothing was sent"
            )
        raise ShareError(
            f"{self.repo.path}: another library's repository (copied or linked from "
            f"another store's folder{through}); syncing this store through it would "
            "send its removal of that library's records to the team: move it away and "
            "join with `diplotui share clone REMOTE`; nothing was sent"
        )

    def _rejoin_restored(self) -> None:
        """The store is this repository's library, restored from a copy older than its
        first sync: it joins the team's history as ``share clone`` joins it (the records the
        copy lacks come back from the team, what the team deleted since goes), where a sync
        on from the repository's commit sent the removal of every record added after the
        copy."""
        self._refuse_unsent("the store was restored from a copy older than its first sync")
        self._rejoining = True

    def _refuse_unsent(self, why: str) -> None:
        """Refuse to join the team's history afresh while the repository holds a commit the
        remote never took, unless it is the first of a joining stopped before it was sent (a
        commit of no parent, of the store's records alone): joining would leave it out."""
        head, sent = self.repo.resolve(BRANCH), self.repo.resolve(REMOTE_MAIN)
        unsent = head is not None and (sent is None or self.repo.merge_base(head, sent) != head)
        if unsent and self.repo.resolve(f"{head}^") is not None:
            raise ShareError(
                f"{self.repo.path}: this store's repository, but {why} and the repository "
                "holds changes its last sync could not send; syncing would leave them out: "
                "move the repository away (they stay in its history) and join with "
                "`diplotui share clone REMOTE`; nothing was sent"
            )

    def _commit_base(self, branch: str | None) -> str | None:
        """The commit the store's changes are committed on: the branch, but for a sync's
        first commit of a store that holds an older commit's records than the branch's
        (``SYNCED_SETTING``: a backup put back, or a sync stopped before the store noted its
        commit) that commit, so the records made since are not committed as removed nor those
        removed since as made; the merge then takes in what the team did since, this copy's
        own syncs included. A commit the repository lacks (it was made anew) joins the
        team's history afresh, as ``share clone`` does (None)."""
        rejoining, first = self._rejoining, self._first_commit
        self._rejoining = self._first_commit = False  # once: a commit again goes on from it
        if rejoining:
            return None
        synced = self.on_store(lambda: self.store.setting(SYNCED_SETTING)) if first else None
        if branch is None or not isinstance(synced, str) or synced == branch:
            return branch
        if not _COMMIT_ID.fullmatch(synced) or not self.repo.holds_commit(synced):
            self._refuse_unsent(f"the store holds the library as of a commit it lacks ({synced})")
            return None
        return synced

    def _note_synced(self, commit: str, sent: bool = False) -> None:
        """Note in the store the commit whose records it holds (on the store's thread;
        written only if changed). Once the sync is ``sent``, a note the disk refuses is let
        go: it only spares the next sync reading every article, which commits on the older
        commit noted, whose records the store holds but for its own changes since."""
        if self.store.setting(SYNCED_SETTING) != commit:
            try:
                self.store.set_setting(SYNCED_SETTING, commit)
            except StoreWriteFailed:
                if not sent:
                    raise

    def _pair(self) -> None:
        """Give a pair set up before ids were kept one, once a sync of it went through (a
        refused sync leaves the store as it was): the store first, so a sync stopped in
        between finds the store's id and goes on. A store restored from a copy older than
        the pair's id takes the repository's back (``_check_pair`` found it the library the
        repository records). The repository records the library once."""
        ours = self.on_store(lambda: self.store.setting(PAIR_SETTING))
        theirs = self.repo.local_setting(PAIR_CONFIG)
        if not isinstance(ours, str) or not ours:
            ours = theirs or uuid.uuid4().hex
            self.on_store(lambda: self.store.set_setting(PAIR_SETTING, ours))
        if not theirs:
            self.repo.set_local_setting(PAIR_CONFIG, ours)
        library = self.on_store(lambda: self.store.library_id)
        if library and not self.repo.local_setting(PAIRED_LIBRARY_CONFIG):
            self.repo.set_local_setting(PAIRED_LIBRARY_CONFIG, library)

    def _brought(self, error: UnreadableFile) -> str:
        """The remote's commit that last changed the refused file, as " (commit 1a2b3c4 by
        eve)", unless the reason names one already: a sync takes the whole merge or nothing
        (README, "What sync refuses"), so the line says whose commit stops it."""
        if "(commit " in error.reason:
            return ""
        with contextlib.suppress(GitError):
            theirs = self.repo.resolve(REMOTE_MAIN)
            if theirs is not None:
                found = self.repo.text("log", "-1", "--format=%h by %an", theirs, "--", error.path)
                if found:
                    return f" (commit {inert_words(found)})"
        return ""

    def _notice_rewrite(self, before: str | None, theirs: str | None) -> None:
        """Say when the remote's branch no longer holds the commit this copy fetched last
        (force-pushed: moved back, squashed or replaced): the sync goes on, sending what the
        remote lacks of this copy's, so what the rewrite dropped and this copy holds comes
        back, a record removed in the history it dropped too. It went unsaid, a deleted
        highlight back as "1 new highlight"."""
        if before is None or before == theirs:
            return
        if theirs is None or self.repo.merge_base(before, theirs) != before:
            self.result.rewritten = True

    def _merge_base(self, head: str, theirs: str | None, before: str | None) -> str | None:
        """The commit to merge from: the histories' newest common one, or, when the remote's
        was squashed (``before``, the commit this copy fetched last, shares no history with
        it, though their trees share articles), ``before``, which our commits go on from:
        the squashed tree is the team's library after it, so a record it lacks was removed
        since, and stays removed unless this copy changed it since (kept and flagged, as a
        deletion against an edit is). Merged as a library joining, a copy still holding a
        highlight deleted in the dropped history sent it back to every copy."""
        if theirs is None or theirs == head:
            return theirs
        common = self.repo.merge_base(head, theirs)
        if common is not None or before is None or not self.result.rewritten:
            return common
        if self.repo.merge_base(head, before) != before or not self._shared_article(before, theirs):
            return None  # another library force-pushed, or our commits not on ``before``
        older = self._state_in_history(theirs, before)
        if older is not None and older != before:
            self.result.put_back = True
            return older
        return before

    def _state_in_history(self, theirs: str, before: str) -> str | None:
        """The newest commit of ``before``'s history whose library ``theirs`` holds exactly:
        a remote force-pushed back to an older state under a new history (an old clone's
        library committed anew) looked like a squash, and every highlight made since that
        state was removed from each copy that had not edited it. Merged from that commit,
        what the stale remote merely lacks is sent again; nothing is removed."""
        tree = self.repo.text("rev-parse", f"{theirs}^{{tree}}")
        for line in self.repo.text("log", "--format=%H %T", before).splitlines():
            commit, _, commit_tree = line.partition(" ")
            if commit_tree == tree:
                return commit
        return None

    def _shared_article(self, one: str, other: str) -> bool:
        """Whether two commits' trees hold an article file in common (the same library)."""
        articles = [
            {p for p in self.repo.tree_entries(c) if files.kind_of(p) == files.ARTICLES_DIR}
            for c in (one, other)
        ]
        return not articles[0].isdisjoint(articles[1])

    def _sent(self, theirs: str | None, head: str) -> SentRecords:
        """What the push sent the remote, as records (:mod:`diplotui.share.sent`)."""
        return SentRecords() if theirs == head else sent_records(self.repo, theirs, head)

    def _remote(self) -> str:
        try:
            return self.repo.remote_url()
        except GitError:
            return "(unknown)"

    def _take_team_ids(self, head: str, theirs: str, base: str | None) -> str:
        """Our articles that the remote holds under another id, the same text (two copies
        read a feed item first in different versions, and an article's id is its first
        text's hash): refiled under the team's id with their highlights, notes and tags, and
        committed again, so the merge joins them as one article. Refused as a second copy,
        they stopped every sync of the copy holding one, however its analyst had read it.
        Only an article the remote does not hold itself is refiled: two ids of one text
        both in the remote are a second copy made by hand, refused by the merge."""
        arriving = [
            c.path
            for c in self.repo.changes(base, theirs)
            if c.status != "D" and files.kind_of(c.path) == files.ARTICLES_DIR
        ]
        digests: dict[str, str] = {}
        for path, raw in zip(
            arriving, self.repo.blobs([f"{theirs}:{p}" for p in arriving]), strict=True
        ):
            with contextlib.suppress(UnreadableFile):  # the merge names what it cannot read
                if raw is not None:
                    digests[files.id_of(path)] = str(read_article(path, raw)["text_hash"])
        if not digests:
            return head
        in_theirs = self.repo.tree_entries(theirs)

        def refile() -> dict[str, str]:
            held = self.store.article_ids()
            moved = {}
            for team_id, digest in sorted(digests.items()):
                ours = [
                    a
                    for a in self.store.articles_with_text(digest)
                    if files.article_path(a) not in in_theirs
                ]
                if ours and team_id not in held:
                    with self.store.batch():
                        self.store.refile_article(ours[0], team_id)
                        follow_refiled(self.store, ours[0], team_id)
                    self._refile_drafts(ours[0], team_id)
                    for highlight in self.store.highlights(team_id):  # their files name it now
                        self._known.entries.pop(
                            files.annotation_path(files.record_doc(highlight)), None
                        )
                    moved[ours[0]] = team_id
            return moved

        refiled = self.on_store(refile)
        self.result.refiled.update(refiled)
        return self._commit_local() if refiled else head

    def _refile_drafts(self, old_id: str, new_id: str) -> None:
        """Move the refiled article's note drafts to its new id; a failure (a full disk) is
        said and the sync goes on: the article is refiled already, and a raw error ended the
        sync there, its next one "up to date" and the drafts left under an id no article
        has. They stay there, whole: ``doctor`` lists them (orphaned) with their typing."""
        try:
            self.refile_drafts(old_id, new_id)
        except OSError as error:
            self.result.drafts_left.append(
                f"the note drafts of article {old_id}, now {new_id}, could not be moved "
                f"({error.strerror or error}): diplotui doctor lists them"
            )

    # -- step 1: the store's changes, committed -------------------------------------------------

    def _commit_local(self) -> str:
        """Commit what changed in the store since the last sync; the commit to merge from."""
        self.progress("committing")
        known = self._known
        branch = self.repo.resolve(BRANCH)
        head = base = self._started_at = self._commit_base(branch)
        committed = known.version if head == branch else None  # another base: read all
        local = self.on_store(lambda: _read_local(self.store, committed))
        local.unstamped += self._renamed(local, branch)
        for highlight in local.unstamped:  # the store gets them once the remote is read
            local.highlights[highlight.article_id][highlight.id]["author"] = self.author
        self._unstamped = local.unstamped
        self._local = local
        tree = self.repo.tree_entries(head)
        self._pick_up_held(local, tree)
        self._add_uncommitted_articles(local, tree)
        self._find_lost_texts(tree)
        writes, deletes = self._local_files(local, tree, head, known)
        known.keep_only((tree.keys() - set(deletes)) | {path for path, _ in writes})
        if writes or deletes or head is None:
            count = len({path for path, _ in writes} | set(deletes))  # records, not the README
            if head is None:
                writes.append(("README.md", files.README.encode()))
                count += 1
            elif any(files.kind_of(path) for path in deletes):  # a record, not a deletion's
                writes.append(self._removal_readme(head))
            # what it holds as the sync's line counts it, for the team's history (git log)
            what = staged_records(self.repo, head, tree, writes, deletes).counts()
            what = what or plural(count, "change")
            message = f"{self.author}: {what} from diplotui{self._trailer}"
            head = self.repo.commit(message, [head] if head else [], writes, deletes, BRANCH)
        elif head != branch:  # the store holds its older commit's records as they were
            self.repo.run("update-ref", BRANCH, head, *([branch] if branch else []))
        if base is not None and branch not in (None, base):
            self._say_if_behind(base, branch, head)
        # an article left out (its text unreadable) makes the next sync read them all again
        left_out = self.result.unshared or self.result.too_large
        known.version = None if left_out else local.version  # now committed
        return head

    def _say_if_behind(self, base: str, branch: str, head: str) -> None:
        """Say the store held an older commit's records when it lacks a record the branch
        made since or holds one it removed since (a backup put back), not when the branch
        only holds the store's own changes that a sync stopped before sending. A branch the
        remote never took (made after the backup, its push refused) is kept under a ref of
        its own and named: the merge leaves it, and git would prune it unnamed."""
        since = {c.path: c.status for c in self.repo.changes(base, branch)}
        differ = {c.path: c.status for c in self.repo.changes(branch, head)}
        if not any(
            files.kind_of(path) in _RECORD_KINDS and (status, differ.get(path)) in _UNDONE
            for path, status in since.items()
        ):
            return
        self.result.behind = base[:7]
        fetched = self.repo.resolve(REMOTE_MAIN)
        if fetched is None or self.repo.merge_base(branch, fetched) != branch:
            self.result.unsent_kept = f"{UNSENT_REFS}{branch[:12]}"
            self.repo.run("update-ref", self.result.unsent_kept, branch)

    def _add_uncommitted_articles(self, local: _Local, tree: dict[str, str]) -> None:
        """Articles the repository lacks though the store's version says nothing changed
        (a commit that failed after the store was read): read again, so none is left out."""
        missing = [a for a in local.article_ids - local.articles.keys()]
        missing = [a for a in missing if files.article_path(a) not in tree]
        if missing:
            local.articles.update(
                self.on_store(lambda: {a: self.store.article(a) for a in missing})
            )

    def _find_lost_texts(self, tree: dict[str, str]) -> None:
        """Articles whose text file was deleted or cut short after it was shared: no record
        changed, so nothing else reads them. They are left unshared, then written back from
        the team's copy (``_restore_texts``). A file is read only when its size, time or
        inode changed since a sync last found it whole (files, not records: off the store's
        thread, as committing reads texts)."""
        known, store = self._known, self.store
        shared = {  # a text not shared yet is read when its article is committed
            digest: path
            for digest in self.on_store(store.text_digests)
            if (path := files.text_path(digest)) in tree
        }
        stamps = store.text_file_stamps(shared)
        lost = []
        for digest, path in shared.items():
            fingerprint = f"text file {stamps[digest]}"
            if known.same(path, fingerprint, tree):
                continue
            if store.text_file_problem(digest) is None:
                known.note(path, fingerprint, tree[path])
            else:
                lost.append(digest)
        if lost:
            unshared = self.result.unshared
            found = self.on_store(lambda: [a for d in lost for a in store.articles_with_text(d)])
            unshared += [article_id for article_id in found if article_id not in unshared]

    def _local_files(
        self, local: _Local, tree: dict[str, str], head: str | None, known: KnownFiles
    ) -> tuple[list[tuple[str, bytes | str]], list[str]]:
        writes: list[tuple[str, bytes | str]] = []
        changed: list[_Rewrite] = []
        held = local.held
        for article_id, article in local.articles.items():
            text = files.text_path(article.text_hash)
            if text not in tree:
                body = self._text(article_id)
                if body is None:
                    continue
                writes.append((text, body))
            path = files.article_path(article_id)
            if known.same(path, article.updated_at, tree):
                continue
            self._refuse_unstamped(f"article {article_id}", article.updated_at)
            doc = files.shared_article(article)
            data = files.article_file(doc)
            blob = files.git_blob_id(data)
            known.note(path, article.updated_at, blob)  # as it will be once committed
            if tree.get(path) != blob:
                changed.append(_Rewrite(path, data, article.updated_at, doc))
        kept: set[str] = set()  # every highlight's file, written now or already there
        for article_id, docs in local.highlights.items():
            if article_id not in local.article_ids:
                continue
            for doc in docs.values():
                path = files.annotation_path(doc)
                kept.add(path)
                if article_id in self.result.too_large:  # not shared: its article is not
                    continue
                if article_id in self.result.unshared:  # not moved while its text is unreadable
                    kept.add(files.earlier_annotation_path(doc))
                    continue
                fingerprint = _fingerprint(doc)
                if known.same(path, fingerprint, tree):
                    continue
                self._refuse_unstamped(f"highlight {doc['id']}", doc["updated_at"])
                data = files.annotation_file(doc)
                blob = files.git_blob_id(data)
                known.note(path, fingerprint, blob)
                if tree.get(path) != blob:
                    changed.append(_Rewrite(path, data, fingerprint))
        for docs, path_of in (
            (local.corrections, files.correction_path),
            (local.speakers, files.speaker_path),
        ):
            for correction_id, doc in docs.items():
                path = path_of(correction_id)
                kept.add(path)
                data = files.correction_file(doc)
                if tree.get(path) != files.git_blob_id(data):
                    changed.append(_Rewrite(path, data))
        writes += self._rewrites(changed, tree, known)
        writes += self._deletion_records(local, tree)
        self._refuse_too_large(writes)
        kept |= {p for p, _ in writes} | {files.article_path(a) for a in local.article_ids}
        deletes = [
            path
            for path in tree
            if files.kind_of(path) in _RECORD_KINDS
            and path not in kept
            and files.id_of(path) not in self.result.unshared
            and files.id_of(path) not in self.result.too_large
            and not (files.kind_of(path) == files.ANNOTATIONS_DIR and files.id_of(path) in held)
        ]
        # an article brought back (imported, added again) is deleted for the team no more
        deletes += [
            path
            for path in tree
            if path.startswith(f"{files.DELETIONS_DIR}/") and files.id_of(path) in local.article_ids
        ]
        return writes, deletes

    def _deletion_records(self, local: _Local, tree: dict[str, str]) -> list[tuple[str, bytes]]:
        """This copy's deletions the team has no record of (``files.DELETIONS_DIR``): an
        article deleted before it was ever synced was known to nobody, and a teammate's feed
        brought it back to the whole team."""
        records = []
        in_history = []  # shared, then deleted: the commit removing its file tells the team
        for article_id, (deletion, when) in local.deleted.items():
            path = files.deletion_path(article_id)
            shared = files.article_path(article_id) in tree
            if shared and when != IN_HISTORY:
                in_history.append(article_id)
            if shared or when == IN_HISTORY or article_id in local.article_ids or path in tree:
                continue
            doc = {
                "id": article_id,
                "url": deletion.url,
                "text_hash": deletion.text_hash,
                "date": deletion.date,
                "guids": list(deletion.guids),
                "deleted_by": self.author,
                "deleted_at": when,
            }
            records.append((path, files.deletion_file(doc)))
        if in_history:
            self.on_store(lambda: note_in_history(self.store, in_history))
        return records

    def _refuse_too_large(self, writes: list[tuple[str, bytes | str]]) -> None:
        """A record of this store (a note or a quote of megabytes, brought by an exchange
        file) larger than every teammate's sync reads: sent, it stopped the whole team's
        syncs, as a stamp they refuse did. Nothing is committed (a text too large is left
        out before: ``_too_large``)."""
        limit = shared_git.MAX_BLOB_BYTES
        for path, data in writes:
            size = len(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
            if size > limit and files.kind_of(path) != files.TEXTS_DIR:
                self._known = KnownFiles(self._known.path)
                raise ShareError(
                    f"{path} in this store: {size / 2**20:.1f} MB, more than a teammate's sync "
                    f"reads ({limit / 2**20:.0f} MB); nothing was sent (shorten its note or "
                    "its highlight)"
                )

    def _refuse_unstamped(self, record: str, stamp: str) -> None:
        """A record of this store (a hand-edited one) whose time stamp every teammate's sync
        would refuse: sent, it stopped the whole team's syncs. Nothing is committed, and the
        files this sync noted as matching are forgotten again."""
        problem = files.stamp_problem("updated_at", stamp)
        if problem is not None:
            self._known = KnownFiles(self._known.path)
            raise ShareError(
                f"{record} in this store: {problem}; nothing was sent (edit it to stamp it anew)"
            )

    def _pick_up_held(self, local: _Local, tree: dict[str, str]) -> None:
        """Store the held highlights whose article the store now has (imported here), and
        forget those whose file a teammate deleted."""
        held = local.held
        for highlight_id, (article_id, path) in list(held.items()):
            if path not in tree or highlight_id in local.highlights.get(article_id, {}):
                del held[highlight_id]
        arrived = [h for h, (article_id, _) in held.items() if article_id in local.article_ids]
        places = [held.pop(highlight_id)[1] for highlight_id in arrived]
        raws = self.repo.blobs([tree[path] for path in places])
        docs = []
        for path, raw in zip(places, raws, strict=True):
            try:
                docs.append(self._arrived(path, files.read_annotation(path, raw or b"")))
            except files.MadeAhead as ahead:  # its time has not come yet
                self._hold_ahead(ahead.doc, path, said=True)
        for doc in docs:
            local.highlights.setdefault(doc["article_id"], {})[doc["id"]] = doc
            self.result.new_highlights[str(doc["author"])] += 1

        def store_them() -> None:
            if docs:
                self.stored = True
                self.store.save_as_given(highlights=[Highlight.from_dict(d) for d in docs])
            self._save_held()

        self.on_store(store_them)

    def _save_held(self) -> None:
        """Note which highlights are held (on the store's thread; written only if changed)."""
        held = {key: list(place) for key, place in sorted(self._local.held.items())}
        if _held(self.store) != self._local.held:
            self.stored = True
            self.store.set_setting(HELD, held)

    def _rewrites(
        self, changed: list[_Rewrite], tree: dict[str, str], known: KnownFiles
    ) -> list[tuple[str, bytes | str]]:
        """The files to write for records that differ from the repository's: an article only
        re-stamped (e.g. marked read) is no change, and a file written over keeps the fields
        of its version there that this diplotui has no name for (a newer teammate's)."""
        before = self.repo.blobs([tree[c.path] for c in changed if c.path in tree])
        earlier = dict(zip([c.path for c in changed if c.path in tree], before, strict=True))
        writes: list[tuple[str, bytes | str]] = []
        for change in changed:
            old = earlier.get(change.path)
            path, doc = change.path, change.article
            if old is not None and doc is not None and same_content(read_article(path, old), doc):
                known.note(path, change.fingerprint, tree[path])
                continue
            data = files.with_extras(change.data, files.extra_fields(files.kind_of(path), old))
            blob = files.git_blob_id(data)
            if change.fingerprint:
                known.note(path, change.fingerprint, blob)
            if tree.get(path) != blob:
                writes.append((path, data))
        return writes

    def _restore_texts(self) -> None:
        """Write back the texts of articles the store could not read (deleted or cut short
        since they were shared, or a ``library.json`` copied without its texts folder) that
        the team's repository holds, and name each; the next sync shares them again."""
        found: list[tuple[Article, str]] = []
        lost: list[Article] = []
        for article_id in self.result.unshared:
            try:
                article = self.store.article(article_id)
            except UnknownId:
                continue  # deleted meanwhile
            try:
                found.append((article, self._stored_text(article)))
            except UnreadableFile:
                lost.append(article)  # a text the team does not have either
        if found:
            self.stored = True
            self.on_store(lambda: self.store.restore_texts(text for _, text in found))
        back = {a.id for a, _ in found if not self.store.text_file_problem(a.text_hash)}
        self.result.unshared = [a for a in self.result.unshared if a not in back]
        self.result.restored = len(back)
        self.result.restored_titles = [a.title for a, _ in found if a.id in back]
        outcomes = [
            (a, "restored from the team's copy" if a.id in back else "could not be restored")
            for a, _ in found
        ] + [(a, "the team's copy lacks it too: see `diplotui doctor`") for a in lost]
        self.result.lost_texts = [
            f"{a.id}  {inert_words(a.title)}: its text was unreadable here, {outcome}"
            for a, outcome in outcomes
        ]

    def _text(self, article_id: str) -> bytes | None:
        try:
            text = self.store.article_text(article_id)
        except ArticleUnreadable:
            self.result.unshared.append(article_id)
            return None
        body = text.encode("utf-8", "surrogatepass")
        if len(body) > shared_git.MAX_BLOB_BYTES:
            self._too_large(article_id, len(body))
            return None
        return body

    def _too_large(self, article_id: str, size: int) -> None:
        """Leave out an article whose text is larger than any sync reads (``MAX_BLOB_BYTES``),
        its highlights with it, and name it: a 16 MB UTF-16 file of Chinese, taken by import
        (its bytes within the limit), is 23 MB as UTF-8; sent, it stopped every teammate's
        sync until someone removed it from the remote by hand."""
        if article_id in self.result.too_large:  # a second pass, after a push refused
            return
        self.result.too_large.append(article_id)
        try:
            title = inert_words(self.store.article(article_id).title)
        except UnknownId:
            title = ""
        self.result.too_large_named.append(
            f"{article_id}  {title}: not shared: its text is {size / 2**20:.1f} MB as UTF-8, "
            f"more than a teammate's sync reads ({shared_git.MAX_BLOB_BYTES / 2**20:.0f} MB); "
            "it stays in this library alone"
        )

    # -- step 2: their changes, merged ----------------------------------------------------------

    def _merge(self, head: str, theirs: str, base: str | None) -> str:
        self.progress("merging")
        our_changes = self.repo.changes(base, head) if base != head else []
        history = self._their_history(base, theirs)
        who = (self.me, self._who(theirs, history) or Member("the remote"))
        sides = told_apart(*who)
        self._notice_namesakes(history)
        plan = _Plan()
        commits = (base, head, theirs)
        their_changes = [  # a stray name's removal: no record was ever read from it
            c
            for c in self.repo.changes(base, theirs)
            if c.status != "D" or not files.unnamable(c.path)
        ]
        places = _places(our_changes, their_changes)
        _refuse_refiled(places)
        _refuse_second_files(their_changes, places, self._local)
        records: list[tuple[str, Places]] = []  # a file's or a highlight's place on each side
        for change in their_changes:
            kind = files.kind_of(change.path)
            problem = (
                files.layout_problem(change.path) or files.entry_problem(change.path, change.mode)
                if change.status != "D"
                else None
            )
            if problem is not None:
                raise UnreadableFile(change.path, problem)
            # a file outside the layout stays as theirs holds it, mode and all (the merge is
            # committed on theirs): written back as a plain file, a submodule link failed
            if kind and kind != files.ANNOTATIONS_DIR:
                records.append((change.path, (change.path,) * 3))
        for highlight_id in sorted(_annotation_ids(c.path for c in their_changes)):
            filed = places[highlight_id]
            records.append((next(p for p in filed[::-1] if p is not None), filed))
        contents = iter(self._contents([filed for _, filed in records], commits))
        for path, filed in records:
            self._merge_file(plan, path, next(contents), commits, who, filed)
        if base is None:  # a library joining: what the team deleted stays deleted
            self._follow_removals(plan, our_changes, their_changes, head, theirs, who)
        self._keep_annotated_articles(plan, base, head, theirs)
        self._bring_held(plan, theirs)
        self._settle_speakers(plan)
        plan.team_deleted = self._team_deletions(base, theirs, history)
        plan.team_deleted += self._recorded_deletions(plan, base, head, theirs)
        self.on_store(lambda: self._refuse_second_copies(plan))
        self.on_store(lambda: self._keep_named_texts(plan, base, theirs))
        self.progress("updating the store")
        self.on_store(lambda: self._apply(plan, theirs))
        if base == head and not plan.restored:  # nothing of ours since: take their commit
            self.repo.run("update-ref", BRANCH, theirs, head)
            return theirs
        return self._commit_on_theirs(theirs, our_changes, plan, sides)

    def _recorded_deletions(
        self, plan: _Plan, base: str | None, head: str, theirs: str
    ) -> list[TeamDeletion]:
        """The deletion records teammates shared since ``base`` (articles they deleted before
        syncing them). A copy of such an article this copy fetched itself and never edited
        (no highlight, no note) is removed, as a teammate's deletion removes a shared one,
        and not sent: its sync gave it back to the whole team."""
        prefix = f"{files.DELETIONS_DIR}/"
        changes = [c for c in self.repo.changes(base, theirs) if c.path.startswith(prefix)]
        plan.undeleted = [files.id_of(c.path) for c in changes if c.status == "D"]
        added = [c.path for c in changes if c.status != "D"]
        found = []
        for path, raw in zip(added, self.repo.blobs([f"{theirs}:{p}" for p in added]), strict=True):
            try:
                doc = files.read_deletion(path, raw) if raw is not None else None
            except UnreadableFile:
                doc = None  # a record no one can read deletes nothing
            if doc is None or doc["id"] in self._local.deleted:
                continue
            self.result.recorded_deletions[annotator_name(doc["deleted_by"])] += 1
            found.append(
                TeamDeletion(
                    doc["id"],
                    annotator_name(doc["deleted_by"]),
                    doc["url"],
                    doc["text_hash"],
                    doc["date"],
                    tuple(doc["guids"]),
                )
            )
        theirs_tree = self.repo.tree_entries(theirs) if found else {}
        for deletion in found:
            path = files.article_path(deletion.article_id)
            if path not in theirs_tree and deletion.article_id in self._local.article_ids:
                self._remove_unedited(plan, deletion.article_id, head, theirs_tree)
        return found

    def _remove_unedited(
        self, plan: _Plan, article_id: str, head: str, theirs_tree: dict[str, str]
    ) -> None:
        """Remove our copy of an article a teammate deleted, unless we edited it."""
        path = files.article_path(article_id)

        def edited() -> bool:
            return bool(self.store.article(article_id).note or self.store.highlights(article_id))

        (raw,) = self.repo.blobs([f"{head}:{path}"])
        if raw is None or self.on_store(edited):
            return
        ours = read_article(path, raw)
        plan.articles[article_id] = (ours, None)
        plan.deletes.add(path)
        text = files.text_path(str(ours["text_hash"]))
        if text not in theirs_tree:
            plan.deletes.add(text)

    def _their_history(self, base: str | None, theirs: str) -> list[_Commit]:
        """The commits since ``base`` up to ``theirs``, newest first, in one ``git log``: who
        made each and whether it deleted an article. A merge read them in three (who made
        ``theirs``, the namesakes, the team's deletions), a git process each. A library
        joining takes the team's whole history: its files are not listed (every file of
        every commit), and the deletions' own log is read as before."""
        span = [f"{base}..{theirs}"] if base else [theirs]
        names = ["--name-status", "--no-renames"] if base else []
        log = self.repo.text("log", f"--format=%x01%H%x00{WHO_FORMAT}", *names, *span)
        history = []
        for entry in log.split("\x01")[1:]:
            head, _, changed = entry.partition("\n")
            commit, _, who = head.partition("\0")
            history.append(_Commit(commit, who, not base or _deletes_an_article(changed)))
        return history

    def _team_deletions(
        self, base: str | None, theirs: str, history: list[_Commit]
    ) -> list[TeamDeletion]:
        """The articles teammates deleted in the history this sync takes (an article added
        and deleted in it too, one this copy never held), as they were before: a feed of
        ours must not bring them back to the team. Read only when ``history`` shows a
        deletion of an article (most merges bring none)."""
        if not any(commit.deletes_an_article for commit in history):
            return []
        span = [f"{base}..{theirs}"] if base else [theirs]
        log = self.repo.text(
            "log",
            "--diff-filter=D",
            f"--format=%x01%H%x00{WHO_FORMAT}",
            "--name-only",
            *span,
            "--",
            files.ARTICLES_DIR,
        )
        deleted: dict[str, tuple[str, Member]] = {}  # path -> the newest commit deleting it
        for entry in log.split("\x01")[1:]:
            head, _, names = entry.partition("\n")
            commit, _, who = head.partition("\0")
            member = Member.read(who)
            for path in names.splitlines():
                if path and not member.is_me(self.me):
                    deleted.setdefault(path, (commit, member))
        paths = sorted(deleted)
        before = self.repo.blobs([f"{deleted[path][0]}^:{path}" for path in paths])
        found = []
        for path, raw in zip(paths, before, strict=True):
            try:
                doc = read_article(path, raw) if raw is not None else None
            except UnreadableFile:
                doc = None
            if doc is not None:
                who = deleted[path][1].label(self.me)
                url, digest = str(doc.get("url") or ""), str(doc.get("text_hash") or "")
                day = str(doc.get("date") or "")
                found.append(TeamDeletion(str(doc["id"]), who, url, digest, day))
        return found

    def _commit_on_theirs(
        self, theirs: str, our_changes: list[Change], plan: _Plan, sides: Sides
    ) -> str:
        """The merge as one commit on top of theirs: our changes since the common base with
        the merge's results over them. Our own commit was never pushed, so this rewrites
        nothing published; it spares the remote a merge commit and a second copy of every
        folder above the files each sync changes (history stays a line, as ``git pull
        --rebase`` keeps it). Outside the layout, ours is only the README a first commit
        writes: theirs stands (a copy joining sent its own over the team's)."""
        final: dict[str, bytes | str | None] = {
            c.path: None if c.status == "D" else c.blob
            for c in our_changes
            if files.kind_of(c.path) or c.path.startswith(f"{files.DELETIONS_DIR}/")
        }
        final.update(plan.ours_kept)
        final.update(dict.fromkeys(plan.deletes))
        final.update(plan.writes)
        writes = [(path, data) for path, data in final.items() if data is not None]
        deletes = sorted(path for path, data in final.items() if data is None)
        if deletes:
            writes.append(self._removal_readme(theirs))
        held = self.repo.tree_entries(theirs)
        what = staged_records(self.repo, theirs, held, writes, deletes).counts()
        message = f"{self.author}: {what or plural(len(final), 'change')} from diplotui, "
        message += f"merged with {sides.theirs}'s{self._trailer}"
        made = self.repo.commit(message, [theirs], writes, deletes, BRANCH)
        mine, yours = self.repo.text("rev-parse", f"{made}^{{tree}}", f"{theirs}^{{tree}}").split()
        if mine == yours:  # nothing of ours left to send: an empty commit read as an edit
            self.repo.run("update-ref", BRANCH, theirs, made)
            return theirs
        return made

    def _removal_readme(self, parent: str) -> tuple[str, bytes]:
        """The README a commit on ``parent`` removing records writes (``readme_after_removal``):
        no squash of it is then an older state of the library."""
        when = datetime.now(timezone.utc).isoformat(timespec="seconds")
        return "README.md", files.readme_after_removal(self.author, parent, when)

    def _contents(
        self, places: Sequence[Places], commits: tuple[str | None, str | None, str | None]
    ) -> list[tuple[bytes | None, bytes | None, bytes | None]]:
        """Each record's contents in each commit, at its place there (None where it is
        absent), in one git call."""
        wanted = [
            (commit, place)
            for filed in places
            for commit, place in zip(commits, filed, strict=True)
            if commit is not None and place is not None
        ]
        found = dict(zip(wanted, self.repo.blobs([f"{c}:{p}" for c, p in wanted]), strict=True))

        def read(commit: str | None, place: str | None) -> bytes | None:
            return None if commit is None or place is None else found[commit, place]

        base, head, theirs = commits
        return [(read(base, b), read(head, o), read(theirs, t)) for b, o, t in places]

    def _merge_file(
        self,
        plan: _Plan,
        path: str,
        versions: tuple[bytes | None, bytes | None, bytes | None],
        commits: tuple[str | None, str, str],
        who: tuple[Member, Member],
        filed: Places,
    ) -> None:
        """Merge one record's base, our and their versions (``commits`` holds each, at its
        place ``filed`` there) into ``plan``."""
        kind = files.kind_of(path)
        _, mine, yours = versions
        if kind == files.TEXTS_DIR:  # content-addressed: never changed, never removed
            if yours is None and mine is not None:  # deleted by hand: kept if an article names it
                plan.deleted_texts[path] = mine
            elif yours is not None and yours != mine:  # other bytes there are no text of ours
                text, yours = self._their_text(path, yours, mine, commits)
                if mine is None:
                    plan.texts[files.id_of(path)] = text
                plan.writes[path] = yours
            return
        if kind == files.EARLIER_PAGES:
            if yours is not None:  # this sync converted its own: theirs is still written so
                raise UnreadableFile(
                    path,
                    "one page per article, as an earlier diplotui wrote it: update "
                    "diplotui wherever this library is synced",
                )
            return
        _, ours_at, theirs_at = (place or path for place in filed)
        try:
            base_doc, our_doc, their_doc = (
                None if raw is None or place is None else self._read(kind, place, raw)
                for raw, place in zip(versions, filed, strict=True)
            )
        except files.MadeAhead as ahead:
            if self._held_here(ahead.doc) is not None:
                raise  # its creation time changed: no diplotui edit does that
            self._hold_ahead(ahead.doc, theirs_at if yours is not None else None)
            return
        if kind == files.ANNOTATIONS_DIR:
            _refuse_moved(theirs_at, base_doc, their_doc)
        if notes_collide(base_doc, our_doc, their_doc):
            assert our_doc is not None and their_doc is not None  # they collide
            base, head, theirs = commits
            sides = told_apart(
                self._note_writer(ours_at, base, head, our_doc["note"]) or who[0],
                self._note_writer(theirs_at, base, theirs, their_doc["note"]) or who[1],
            )
        elif deletion_conflict(base_doc, our_doc, their_doc) or note_cleared_and_edited(
            base_doc, our_doc, their_doc
        ):
            base, head, theirs = commits
            sides = told_apart(
                self._last_changer(ours_at, base, head) or who[0],
                self._last_changer(theirs_at, base, theirs) or who[1],
            )
        else:
            sides = told_apart(*who)
        merged = merge_record(base_doc, our_doc, their_doc, sides, whole=kind == files.SPEAKERS_DIR)
        extras = files.merged_extras(*(files.extra_fields(kind, raw) for raw in versions))
        record_id = files.id_of(path)
        if kind == files.ARTICLES_DIR:
            plan.articles[record_id] = (our_doc, merged)
            data = None if merged is None else files.with_extras(files.article_file(merged), extras)
        elif kind == files.ANNOTATIONS_DIR:
            plan.highlights[record_id] = (our_doc, merged)
            if merged is None:
                plan.deletes.update(place for place in filed[1:] if place is not None)
                return
            path = files.annotation_path(merged)  # this layout's place, wherever it was
            plan.deletes.update(place for place in filed[1:] if place not in (None, path))
            mine = mine if filed[1] == path else None
            data = files.with_extras(files.annotation_file(merged), extras)
            plan.formatted[record_id] = (path, files.git_blob_id(data))
        else:  # the merge's conflict flag is no field of a correction: nothing to keep
            model = EntityCorrection if kind == files.CORRECTIONS_DIR else SpeakerCorrection
            merged = None if merged is None else model.from_dict(merged).to_dict()
            changes = plan.corrections if kind == files.CORRECTIONS_DIR else plan.speakers
            changes[record_id] = (our_doc, merged)
            data = (
                None if merged is None else files.with_extras(files.correction_file(merged), extras)
            )
        self._write(plan, path, data, mine)

    def _their_text(
        self, path: str, raw: bytes, mine: bytes | None, commits: tuple[str | None, str, str]
    ) -> tuple[str, bytes]:
        """A text of the remote's and its bytes, checked against the hash in its name. A
        commit that put other bytes there (by hand or by malice: diplotui never rewrites a
        text) was taken silently and pushed on, and every later clone failed on it for
        ever. A sync refuses it, naming the commit, so nothing of it is taken or sent on;
        a copy joining (no common history) cannot refuse what the team's history already
        holds, so it takes the text as its name gives it, its own (``mine``) or the file's
        last such version in that history, and writes it back (its commit mends the
        remote); it refuses only when there is none."""
        try:
            return files.read_text(path, raw), raw
        except UnreadableFile as error:
            base, _, theirs = commits
            span = [f"{base}..{theirs}"] if base else [theirs]
            brought = self.repo.text("log", "-1", "--format=%h by %an", *span, "--", path)
            reason = f"{error.reason} (commit {inert_words(brought)})"
            if base is not None:
                raise UnreadableFile(path, reason) from None
            found = [mine] if mine is not None else self._versions(path, theirs)
            for version in found:
                with contextlib.suppress(UnreadableFile):
                    text = files.read_text(path, version)
                    where = "this library's" if version is mine else "an earlier version's"
                    self.result.mended.append(
                        f"{path}: {reason}; {where} bytes, which do, were written back"
                    )
                    return text, version
            raise UnreadableFile(path, reason) from None

    def _versions(self, path: str, *tips: str) -> list[bytes]:
        """Every version of the file at ``path`` in the history of ``tips``, newest first."""
        commits = self.repo.text("log", "--format=%H", *tips, "--", path).split()
        return [raw for raw in self.repo.blobs([f"{c}:{path}" for c in commits]) if raw]

    def _keep_named_texts(self, plan: _Plan, base: str | None, theirs: str) -> None:
        """Write back a text a teammate's commit deleted (by hand: diplotui never removes a
        text) while an article the merge keeps still names it: without it every later clone
        of the library failed on that article."""
        leaving = {a for a, (_, merged) in plan.articles.items() if merged is None}
        arriving = {
            str(merged["text_hash"]): a for a, (_, merged) in plan.articles.items() if merged
        }
        for path, ours in sorted(plan.deleted_texts.items()):
            digest = files.id_of(path)
            named = [a for a in self.store.articles_with_text(digest) if a not in leaving]
            named += [arriving[digest]] if digest in arriving else []
            if named:
                plan.writes[path] = ours
                plan.restored.add(path)
                who = self._last_changer(path, base, theirs) or Member("someone")
                self.result.mended.append(
                    f"{path}: deleted by {who.label(self.me)}, though article {named[0]} names "
                    "it; this library's copy was written back"
                )

    def _refuse_second_copies(self, plan: _Plan) -> None:
        """A new article whose text is another article's: diplotui files one article per
        text (an import of the same text is a duplicate), so a second one is a file made by
        hand, refused by name rather than stored as a twin."""
        arriving = {
            article_id: merged["text_hash"]
            for article_id, (ours, merged) in plan.articles.items()
            if ours is None and merged is not None and article_id not in self._local.article_ids
        }
        leaving = {a for a, (_, merged) in plan.articles.items() if merged is None}
        for article_id, digest in sorted(arriving.items()):
            others = [a for a, d in arriving.items() if d == digest and a != article_id]
            others += [a for a in self.store.articles_with_text(digest) if a not in leaving]
            if others:
                raise UnreadableFile(
                    files.article_path(article_id),
                    f"its text is article {others[0]}'s too (the same text_hash): "
                    "one text is one article",
                )

    def _read(self, kind: str, place: str, raw: bytes) -> Doc:
        """A version of a record, for the merge. A highlight made ahead of this computer's
        clock is read when the store holds it made then (this copy's own, made while its
        clock ran ahead: refused, it stopped this copy's syncs once the clock was put
        right); a teammate's not stored yet is held (``_merge_file``)."""
        try:
            return _READERS[kind](place, raw)
        except files.MadeAhead as ahead:
            stored = self._held_here(ahead.doc)
            if stored is not None and stored["created_at"] == ahead.doc["created_at"]:
                return ahead.doc
            raise

    def _held_here(self, doc: Doc) -> Doc | None:
        """The store's record of the highlight ``doc`` is a version of, as the sync read it."""
        return self._local.highlights.get(str(doc["article_id"]), {}).get(str(doc["id"]))

    def _hold_ahead(self, doc: Doc, path: str | None, said: bool = False) -> None:
        """Hold a teammate's highlight made over a day ahead of this computer's clock (their
        clock ran ahead), its file at ``path`` (None: deleted, forgotten): named the first
        time (unless ``said``), counted in every line, and taken by the first sync after its
        time comes (``_pick_up_held``). Refused as unreadable, it stopped every teammate's
        sync until someone mended the file by hand."""
        highlight_id = str(doc["id"])
        if path is None:
            self._local.held.pop(highlight_id, None)
            return
        if not said and highlight_id not in self._local.held:
            self.result.made_ahead.append(
                f"{path}: highlight {highlight_id} by {doc.get('author') or 'someone'} was "
                f"made {doc['created_at']}, over a day ahead of this computer's clock (their "
                "clock runs ahead?): held until this clock is within a day of it"
            )
        self._local.held[highlight_id] = (str(doc["article_id"]), path)
        self._ahead.add(highlight_id)

    def _note_writer(self, path: str, since: str | None, tip: str, note: str) -> Member | None:
        """Who wrote ``note``, the note of the record at ``path`` in ``tip``: the author of
        the newest commit since ``since`` whose version has it and whose parents' do not
        (the remote's latest committer may only have passed it on); None if none."""
        span = [f"{since}..{tip}"] if since else [tip]
        log = self.repo.text("log", f"--format=%H%x00%P%x00{WHO_FORMAT}", *span, "--", path)
        for line in log.splitlines():
            commit, parents, who = line.split("\0", 2)
            notes = [self._note_at(path, c) for c in (commit, *parents.split())]
            if notes[0] == note and note not in notes[1:]:
                return Member.read(who)
        return None

    def _last_changer(self, path: str, since: str | None, tip: str) -> Member | None:
        """Who last changed (or deleted) the file at ``path`` between ``since`` and ``tip``:
        the author of that commit, which is who made the change (a merge that only passed
        it on is skipped by git's history simplification); None if none."""
        span = [f"{since}..{tip}"] if since else [tip]
        who = self.repo.text("log", "-1", f"--format={WHO_FORMAT}", *span, "--", path)
        return Member.read(who) if who else None

    def _renamed(self, local: _Local, branch: str | None) -> list[Highlight]:
        """This copy's highlights under the name its last sync used, when this one is given
        another (``--author``): stamped anew with it, as highlights not yet sent are. A
        teammate correcting their name ("mai" to "Mai Tran") saw their earlier highlights
        under the old one, beside their new ones under the new. Only those this copy made
        (its commit added the file; a namesake's under the same name stay theirs)."""
        old = self.on_store(lambda: self.store.setting(AUTHOR_SETTING))
        if not isinstance(old, str) or not old or old == self.author or branch is None:
            return []
        signed = {
            files.annotation_path(doc): str(doc["id"])
            for docs in local.highlights.values()
            for doc in docs.values()
            if doc.get("author") == old
        }
        if not signed:
            return []
        added = self.repo.text(
            "log",
            "--diff-filter=A",
            f"--format=%x01{WHO_FORMAT}",
            "--name-only",
            branch,
            "--",
            files.ANNOTATIONS_DIR,
        )
        before = Member(old, self.me.copy)
        mine = {
            signed[name]
            for entry in added.split("\x01")[1:]
            if Member.read(entry.partition("\n")[0]).is_me(before)
            for name in entry.partition("\n")[2].splitlines()
            if name in signed
        }
        self.result.renamed = (old, len(mine))
        renamed: list[Highlight] = self.on_store(
            lambda: [self.store.highlight(h) for h in sorted(mine)]
        )
        return renamed

    def _deleted_here(self, path: str) -> bool:
        """Whether this copy's own commit deleted the record at ``path``: after a squash, the
        teammate who kept it edited could not tell who had deleted it (the flag names the
        squash's author), and its deleter read it as "1 new highlight", "1 conflict"."""
        who = self.repo.text(
            "log", "-1", "--diff-filter=D", f"--format={WHO_FORMAT}", BRANCH, "--", path
        )
        return bool(who) and Member.read(who).is_me(self.me)

    def _who(self, commit: str, history: list[_Commit]) -> Member | None:
        """Who made ``commit``: its author and the copy its trailer names (the newest of
        ``history`` when it is that commit)."""
        if history and history[0].commit == commit:
            who = history[0].who
        else:
            who = self.repo.text("log", "-1", f"--format={WHO_FORMAT}", commit)
        return Member.read(who) if who else None

    def _notice_namesakes(self, history: list[_Commit]) -> None:
        """Name, once a sync, each other copy whose commits in ``history`` (since the base)
        carry this copy's author's name: two teammates both named mai read "notes by mai and
        mai differ", and "1 new highlight from mai" told this mai nothing."""
        for line in dict.fromkeys(commit.who for commit in history):
            other = Member.read(line)
            if other.is_namesake_of(self.me) and other.label(self.me) not in self.result.namesakes:
                self.result.namesakes.append(other.label(self.me))

    def _note_at(self, path: str, commit: str) -> str | None:
        (raw,) = self.repo.blobs([f"{commit}:{path}"])
        if raw is None:
            return None
        try:
            return str(_READERS[files.kind_of(path)](path, raw).get("note"))
        except UnreadableFile:
            return None

    @staticmethod
    def _write(plan: _Plan, path: str, data: bytes | None, ours: bytes | None) -> None:
        if data == ours:
            plan.ours_kept[path] = ours  # over their version when committed on theirs
            return
        if data is None:
            plan.deletes.add(path)
        else:
            plan.writes[path] = data

    def _keep_annotated_articles(
        self, plan: _Plan, base: str | None, head: str, theirs: str
    ) -> None:
        """An article deleted on one side lives on while the merge keeps a highlight of it
        (one the store holds and the merge leaves alone is in our commit: nothing to check)."""
        held = self._local.article_ids
        needed = {
            merged["article_id"]
            for _, merged in plan.highlights.values()
            if merged is not None
            and (merged["article_id"] in plan.articles or merged["article_id"] not in held)
        }
        needed.update(
            article_id
            for article_id, (_, merged) in plan.articles.items()
            if merged is None
            and any(
                files.annotation_path(doc) not in plan.deletes
                for doc in self._local.highlights.get(article_id, {}).values()
            )
        )
        self._revive(plan, sorted(needed), base, head, theirs)

    def _follow_removals(
        self,
        plan: _Plan,
        our_changes: list[Change],
        their_changes: list[Change],
        head: str,
        theirs: str,
        who: tuple[Member, Member],
    ) -> None:
        """A first sync shares no history with the remote, so a record only we have looks
        new: yet if the remote's history held it and a teammate deleted it (the seeds a
        fresh library starts with, say), that deletion is merged as a later sync would merge
        it: the record goes here too, unless we changed it since (kept and flagged then)."""
        theirs_now = {c.path for c in their_changes}
        ours_only = [
            c.path
            for c in our_changes
            if files.kind_of(c.path) in _READERS and c.path not in theirs_now
        ]
        deleted = self.repo.deleted_paths(theirs) if ours_only else {}
        gone = [path for path in ours_only if path in deleted]
        before = self.repo.blobs([f"{deleted[path]}^:{path}" for path in gone])
        mine = self.repo.blobs([f"{head}:{path}" for path in gone])
        for path, was, ours in zip(gone, before, mine, strict=True):
            if was is not None:
                filed = (path, path, None)
                self._merge_file(plan, path, (was, ours, None), (None, head, theirs), who, filed)

    def _settle_speakers(self, plan: _Plan) -> None:
        """Of two corrections of the same words (two people corrected one statement), the
        one changed last stays and the other goes, here and in the shared library, as every
        copy decides: the words can have one speaker only."""
        from diplotui.statements.corrections import superseded

        after = dict(self._local.speakers)
        gone = {c for c, (_, merged) in plan.speakers.items() if merged is None}
        for correction_id, (_, merged) in plan.speakers.items():
            if merged is None:
                after.pop(correction_id, None)
            else:
                after[correction_id] = merged
        corrections = [SpeakerCorrection.from_dict(doc) for doc in after.values()]
        dropped = superseded(corrections, lambda c: believed(c.updated_at))
        standing = [c for c in corrections if c.id not in dropped]
        # ours dropped here, or one we made dropped already in the shared library by the
        # teammate whose later correction of the same words superseded it there
        gone = {c for c in gone & self._local.speakers.keys() if self._made_here(c)}
        for correction_id in sorted((dropped | gone) & self._local.speakers.keys()):
            self._gave_way(
                SpeakerCorrection.from_dict(self._local.speakers[correction_id]), standing
            )
        for correction_id in sorted(dropped):
            ours = plan.speakers.get(correction_id, (self._local.speakers.get(correction_id),))[0]
            plan.speakers[correction_id] = (ours, None)
            path = files.speaker_path(correction_id)
            plan.writes.pop(path, None)
            plan.ours_kept.pop(path, None)
            plan.deletes.add(path)

    def _made_here(self, correction_id: str) -> bool:
        """Whether this copy's author made the speaker correction: the author of the commit
        that added its file (a correction carries no author of its own)."""
        path = files.speaker_path(correction_id)
        added = self.repo.text("log", "--diff-filter=A", "--format=%an", BRANCH, "--", path)
        return added.splitlines()[-1:] == [self.author]

    def _gave_way(self, lost: SpeakerCorrection, standing: list[SpeakerCorrection]) -> None:
        """Say in the sync's line that this library's correction of some words went, and to
        whom they are given now: it went silently, counted among the corrections received."""
        for winner in standing:
            same = winner.article_id == lost.article_id
            if same and winner.start < lost.end and lost.start < winner.end:
                words = lost.quote
                if len(words) > GAVE_WAY_WORDS:
                    words = words[: GAVE_WAY_WORDS - 1].rstrip() + "…"
                was, now = (c.speaker or "no statement" for c in (lost, winner))
                line = (
                    f"your speaker correction of “{words}” ({was}) gave way to a later one: {now}"
                )
                if line not in self.result.gave_way:  # a refused push merges again
                    self.result.gave_way.append(line)
                return

    def _bring_held(self, plan: _Plan, theirs: str) -> None:
        """The held highlights whose article this merge brings: stored with it."""
        arriving = {a for a, (_, merged) in plan.articles.items() if merged is not None}
        wanted = []
        for highlight_id, (article_id, path) in self._local.held.items():
            if article_id not in arriving:
                continue
            if highlight_id in plan.highlights:  # changed meanwhile: the store never had it
                plan.highlights[highlight_id] = (None, plan.highlights[highlight_id][1])
            else:
                wanted.append((highlight_id, path))
        raws = self.repo.blobs([f"{theirs}:{path}" for _, path in wanted])
        for (highlight_id, path), raw in zip(wanted, raws, strict=True):
            if raw is None:
                continue
            try:
                plan.highlights[highlight_id] = (None, files.read_annotation(path, raw))
            except files.MadeAhead as ahead:  # its time has not come yet
                self._hold_ahead(ahead.doc, path, said=True)
                continue
            plan.formatted[highlight_id] = (path, files.git_blob_id(raw))

    def _revive(
        self, plan: _Plan, needed: list[str], base: str | None, head: str, theirs: str
    ) -> None:
        paths = [files.article_path(a) for a in needed]
        contents = self._contents([(p, p, p) for p in paths], (base, head, theirs))
        for article_id, path, (was, mine, yours) in zip(needed, paths, contents, strict=True):
            ours = None if mine is None else files.read_article(path, mine)
            kept = plan.articles.get(article_id, (ours, ours))[1]
            if kept is not None:
                continue
            raw = yours or mine or was
            if raw is not None:
                plan.articles[article_id] = (ours, files.read_article(path, raw))
                plan.deletes.discard(path)
                plan.writes[path] = raw

    # -- step 3: the store, updated -------------------------------------------------------------

    def _save_authors(self) -> None:
        """Put this sync's author on the local highlights it sent without one (unless they
        changed meanwhile: the next sync sends them again)."""
        still = []
        for highlight in self._unstamped:
            try:
                current = self.store.highlight(highlight.id)
            except UnknownId:
                continue
            if current is highlight:  # not saved anew since it was read
                still.append(
                    Highlight.from_dict(files.record_doc(highlight) | {"author": self.author})
                )
        self._unstamped = []
        if still:
            self.stored = True
            self.store.save_as_given(highlights=still)

    def _apply(self, plan: _Plan, theirs: str) -> None:
        """Write the merge into the store in one durable write, noting ``theirs`` as the
        commit whose records it holds (``SYNCED_SETTING``), skipping any record changed since
        it was read (the next sync sends that change). A write that fails leaves the
        result's counts and ``stored`` as they were: nothing of it is in the store."""
        before, stored = copy.deepcopy(self.result), self.stored
        try:
            with self.store.batch():
                self._apply_records(plan)
                held = self.store.article_ids()  # a deleted article kept, edited, is no deletion
                remember_team_deletions(
                    self.store, [d for d in plan.team_deleted if d.article_id not in held]
                )
                forget_team_deletions(self.store, plan.undeleted)
                self._note_synced(theirs)
        except StoreWriteFailed:
            self.result, self.stored = before, stored
            raise

    def _apply_records(self, plan: _Plan) -> None:
        store = self.store
        articles: list[tuple[Article, str | None]] = []
        removed_articles: list[str] = []
        for article_id, (ours, merged) in plan.articles.items():
            if not _unchanged(self._stored_article(article_id), ours):
                continue
            if merged is None:
                if ours is not None:
                    removed_articles.append(article_id)
                continue
            merged = self._arrived(files.article_path(article_id), merged)
            articles.append(self._article(article_id, merged, plan))
            self._count_article(ours, merged, files.article_path(article_id))
        merged_highlights: list[tuple[Highlight, Doc | None]] = []
        removed_highlights: list[str] = []
        unstamped = {h.id for h in self._unstamped}
        for highlight_id, (ours, merged) in plan.highlights.items():
            stored = self._stored_highlight(highlight_id)
            if stored is not None and highlight_id in unstamped and not stored["author"]:
                stored["author"] = self.author  # as committed: with this sync's author
            if not _unchanged(stored, ours):
                continue
            if merged is None:
                if ours is not None:
                    removed_highlights.append(highlight_id)
                    self.result.removed_highlights += 1
                continue
            if merged == ours:
                continue
            merged = self._arrived(plan.formatted[highlight_id][0], merged)
            merged_highlights.append((Highlight.from_dict({**(stored or {}), **merged}), ours))
        present = store.article_ids()
        written = {a.id for a, _ in articles}
        highlights: list[Highlight] = []
        for highlight, ours in merged_highlights:
            path, blob = plan.formatted[highlight.id]
            if highlight.article_id not in present and highlight.article_id not in written:
                if highlight.id not in self._local.held:  # named once, counted after
                    self.result.held_named.append(_held_line(highlight))
                self._local.held[highlight.id] = (highlight.article_id, path)  # not arrived
                continue
            highlights.append(highlight)
            self._local.held.pop(highlight.id, None)  # its article came with this merge
            self._count_highlight(ours, files.record_doc(highlight), path)
            self._known.note(path, _fingerprint(files.record_doc(highlight)), blob)  # formatted
        removed_articles = [
            a for a in removed_articles if not any(h.article_id == a for h in highlights)
        ]
        self.result.removed_articles += len(removed_articles)
        for article_id in removed_articles:
            removed_highlights += [
                h.id for h in store.highlights(article_id) if h.id not in removed_highlights
            ]
        self._stamp_annotated(articles, highlights)
        speakers, respoken, dropped = self._speakers_placed(articles, plan)
        highlights = self._placed(articles, highlights, removed_highlights, speakers, respoken)
        stored = {c.id: c for c in store.speaker_corrections()}
        changed = [c for cs in speakers.values() for c in cs if stored.get(c.id) != c]
        if articles or highlights or removed_highlights or removed_articles or changed or dropped:
            self.stored = True
            with store.batch():
                store.save_as_given(articles, highlights, removed_highlights, removed_articles)
                store.save_speaker_corrections(changed, dropped)
        self._save_held()
        self._apply_corrections(plan)

    def _arrived(self, path: str, doc: Doc) -> Doc:
        """A record as the store takes it: one stamped further ahead of this computer's clock
        than ``CLOCK_SKEW`` (a teammate's clock, or hand, put it in 2099) is stamped with the
        time it arrived, and named in a line. Kept as it came, it sorted first as recently
        annotated for ever, and beat every later import of the record: a real edit made
        after it arrives now wins. Merges never believed such a stamp."""
        stamp = str(doc.get(STAMP, ""))
        if believable(stamp):
            return doc
        kind = {files.ARTICLES_DIR: "article", files.SPEAKERS_DIR: "speaker correction"}.get(
            files.kind_of(path), "highlight"
        )
        arrived = now_iso()
        self.result.stamped_ahead.append(
            f"{path}: {kind} {doc.get('id')} was stamped {stamp}, ahead of this computer's "
            f"clock; stored as changed now ({arrived})"
        )
        return {**doc, STAMP: arrived}

    def _speakers_placed(
        self, articles: list[tuple[Article, str | None]], plan: _Plan
    ) -> tuple[dict[str, list[SpeakerCorrection]], set[str], list[str]]:
        """The speaker corrections of each article the merge changes them or its text for, as
        the merge leaves them (by article); the articles whose corrections the merge changed
        (their highlights' speakers are read again); the ids of the corrections it removed.

        The store's corrections of a changed text are placed in it from the old one, a
        teammate's where their words are in the text the merge leaves (as a highlight's),
        orphans when the words are gone. A correction changed here since it was read is
        left as it is (the next sync sends it)."""
        from diplotui.statements.corrections import reanchor_corrections

        new_texts = {article.id: text for article, text in articles if text is not None}
        stored = {c.id: c for c in self.store.speaker_corrections()}
        arriving: dict[str, list[SpeakerCorrection]] = {}
        dropped: list[str] = []
        respoken: set[str] = set()
        for correction_id, (ours, merged) in plan.speakers.items():
            now = stored.get(correction_id)
            if not _unchanged(None if now is None else now.to_dict(), ours) or merged == ours:
                continue
            if merged is None:
                if now is not None:
                    dropped.append(correction_id)
                    respoken.add(now.article_id)
            else:
                merged = self._arrived(files.speaker_path(correction_id), merged)
                correction = SpeakerCorrection.from_dict(merged)
                arriving.setdefault(correction.article_id, []).append(correction)
                respoken.add(correction.article_id)
            self.result.speakers += 1
        replaced = set(dropped) | {c.id for cs in arriving.values() for c in cs}
        kept: dict[str, list[SpeakerCorrection]] = {}
        for correction in stored.values():
            if correction.id not in replaced:
                kept.setdefault(correction.article_id, []).append(correction)
        placed: dict[str, list[SpeakerCorrection]] = {}
        for article_id in new_texts.keys() | respoken:
            ours_now = kept.get(article_id, [])
            theirs_now = arriving.get(article_id, [])
            if not (ours_now or theirs_now):
                if article_id in respoken:
                    placed[article_id] = []  # its last one removed: the finder's speakers
                continue
            old_text = self._current_text(article_id)
            text = new_texts.get(article_id, old_text)
            if text is not None and old_text is not None:
                ours_now = reanchor_corrections(ours_now, old_text, text)
            if text is not None:
                theirs_now = reanchor_corrections(theirs_now, text, text)
            placed[article_id] = ours_now + theirs_now
        return placed, respoken, dropped

    def _placed(
        self,
        articles: list[tuple[Article, str | None]],
        highlights: list[Highlight],
        removed: list[str],
        speakers: dict[str, list[SpeakerCorrection]],
        respoken: set[str],
    ) -> list[Highlight]:
        """The merged highlights where their words are in their article's text as the merge
        leaves it, and the store's other highlights of an article whose text the merge
        changes carried over to the new text (as a refresh's update carries them): a
        teammate's highlight of the text before an update, or ours when a teammate brought
        the update, kept offsets that held other words. Each one placed in a text other than
        its own, or of an article whose speaker corrections the merge changed (``respoken``),
        takes the speaker that text gives its words, as an update's do; so does a statement's
        highlight arriving on an article this store corrected a speaker of: a teammate whose
        correction gave way to ours sent it with the speaker theirs gave it, and the brief
        named that speaker against our correction until their next sync."""
        from diplotui.anchoring import reanchor, reanchor_all

        new_texts = {article.id: text for article, text in articles if text is not None}
        titles = {article.id: article.title for article, _ in articles}
        corrected_here = {c.article_id for c in self.store.speaker_corrections()} - speakers.keys()
        corrected_here |= {article_id for article_id, given in speakers.items() if given}
        placed: list[Highlight] = []
        moved: dict[str, tuple[str, list[Highlight]]] = {}  # article: its text, highlights
        for highlight in highlights:
            text = new_texts.get(highlight.article_id)
            if text is None:
                text = self._current_text(highlight.article_id)
            if text is None or highlight.status == _ORPHAN:
                placed.append(highlight)
            elif not highlight.holds_its_place(text):
                moved.setdefault(highlight.article_id, (text, []))[1].append(
                    reanchor(highlight, text)
                )
            elif (
                highlight.article_id in new_texts
                or highlight.article_id in respoken
                or (highlight.speaker and highlight.article_id in corrected_here)
            ):
                moved.setdefault(highlight.article_id, (text, []))[1].append(highlight)
            else:
                placed.append(highlight)
        skip = {h.id for h in highlights} | set(removed)
        before: dict[str, Highlight] = {}  # ours as stored, written again only if changed
        for article_id in new_texts.keys() | respoken:
            old_text = self._current_text(article_id)
            if old_text is None:
                continue  # new here, or its text unreadable: nothing of ours to carry over
            text = new_texts.get(article_id, old_text)
            ours = [h for h in self.store.highlights(article_id) if h.id not in skip]
            before |= {h.id: h for h in ours}
            moved.setdefault(article_id, (text, []))[1].extend(reanchor_all(ours, old_text, text))
        if moved:
            from diplotui.ingest.update import speakers_now

            corrections = self.store.corrections()
            for article_id, (text, group) in moved.items():
                title = titles.get(article_id) or self.store.article(article_id).title
                corrected = speakers.get(article_id)
                if corrected is None:
                    corrected = self.store.speaker_corrections(article_id)
                carried = speakers_now(group, text, title, corrections, corrected)
                placed += [h for h in carried if before.get(h.id) != h]
        return placed

    def _current_text(self, article_id: str) -> str | None:
        try:
            return self.store.article_text(article_id)
        except (ArticleUnreadable, UnknownId):
            return None

    def _apply_corrections(self, plan: _Plan) -> None:
        """The corrections the merge changed, each its own durable write (a few a sync; a
        crash before the merge is committed makes the next sync merge them again)."""
        stored = {c.id: c.to_dict() for c in self.store.corrections()}
        for correction_id, (ours, merged) in plan.corrections.items():
            if not _unchanged(stored.get(correction_id), ours) or merged == ours:
                continue
            self.stored = True
            if merged is None:
                self.store.remove_correction(correction_id)
            else:
                self.store.save_correction(EntityCorrection.from_dict(merged))
            self.result.corrections += 1

    def _stored_article(self, article_id: str) -> Doc | None:
        try:
            return files.shared_article(self.store.article(article_id))
        except UnknownId:
            return None

    def _stored_highlight(self, highlight_id: str) -> Doc | None:
        try:
            return files.record_doc(self.store.highlight(highlight_id))
        except UnknownId:
            return None

    def _article(self, article_id: str, merged: Doc, plan: _Plan) -> tuple[Article, str | None]:
        try:
            local = files.record_doc(self.store.article(article_id))
        except UnknownId:
            # read state is each reader's own: what a teammate added is new to me, unread
            # (it came in as read, the default of a store older than reading states)
            local = {"state": ReadState.UNREAD.value}
        article = Article.from_dict({**local, **merged})
        if merged.get(files.MARKDOWN) is True and not article.origin_path:
            # a path of our own (``import --update`` finds the article by it) stays ours
            article.origin_path = files.MARKDOWN_ORIGIN
        if local.get("text_hash") == merged["text_hash"]:
            return article, None
        text = plan.texts.get(merged["text_hash"])
        if text is None:
            text = self._stored_text(article, plan)
        return article, text

    def _stored_text(self, article: Article, plan: _Plan | None = None) -> str:
        """The text ``article`` names, as the team's repository holds it: at the tip of
        either branch, else its newest version in their history whose bytes match its name
        (a commit made by hand deleted it, and every later clone failed on the article),
        named in a line and, when this sync commits (``plan``), written back."""
        path = files.text_path(article.text_hash)
        (raw,) = self.repo.blobs([f"{REMOTE_MAIN}:{path}"])
        if raw is None:
            (raw,) = self.repo.blobs([f"{BRANCH}:{path}"])
        if raw is not None:
            return files.read_text(path, raw)
        tips = [ref for ref in (REMOTE_MAIN, BRANCH) if self.repo.resolve(ref)]
        named = f"article {article.id} ({inert_words(article.title) or 'untitled'})"
        for version in self._versions(path, *tips) if tips else []:
            with contextlib.suppress(UnreadableFile):
                text = files.read_text(path, version)
                if plan is not None:
                    plan.writes[path] = version
                    plan.restored.add(path)
                    deleted = self.repo.text(
                        "log", "-1", "--diff-filter=D", "--format=%h by %an", *tips, "--", path
                    )
                    self.result.mended.append(
                        f"{path}: deleted (commit {inert_words(deleted) or 'unknown'}), though "
                        f"{named} names it; its last version in the history was written back"
                    )
                return text
        raise UnreadableFile(
            path, f"missing: {named} names this text, and no version of it is in the history"
        )

    def _revived(self, ours: Doc | None, merged: Doc, path: str) -> bool:
        """Whether the record at ``path`` is one this copy deleted, kept because a teammate
        edited it meanwhile: "1 new article", "1 new highlight from mai" told its deleter
        nothing of that."""
        conflict = str(merged.get("conflict", ""))
        return ours is None and (
            conflict.startswith(f"deleted by {self.author}, ")
            or (conflict.startswith("deleted by ") and self._deleted_here(path))
        )

    def _count_article(self, ours: Doc | None, merged: Doc, path: str) -> None:
        if self._revived(ours, merged, path):
            self.result.revived_articles += 1
        elif ours is None:
            self.result.new_articles += 1
        elif not same_content(ours, merged):
            self.result.changed_articles += 1
            self.result.changed_named.append(_changed_article_line(ours, merged))
            _tag_move(self.result.tag_moves, ours, merged, "article")
        if merged.get("conflict") and (ours is None or ours.get("conflict") != merged["conflict"]):
            self.result.conflicts += 1

    def _count_highlight(self, ours: Doc | None, merged: Doc, path: str) -> None:
        if self._revived(ours, merged, path):
            self.result.revived_highlights += 1
        elif ours is None:
            self.result.new_highlights[str(merged.get("author", ""))] += 1
        else:
            self.result.changed_highlights += 1
            self.result.changed_named.append(_changed_line(ours, merged))
            _tag_move(self.result.tag_moves, ours, merged, "highlight")
        if merged.get("conflict") and (ours is None or ours.get("conflict") != merged["conflict"]):
            self.result.conflicts += 1

    def _stamp_annotated(
        self, articles: list[tuple[Article, str | None]], highlights: Sequence[Highlight]
    ) -> None:
        """New highlights make their article recently annotated, as a local one would."""
        latest: dict[str, str] = {}
        for highlight in highlights:
            latest[highlight.article_id] = max(
                latest.get(highlight.article_id, ""), highlight.updated_at
            )
        written = {a.id for a, _ in articles}
        for article, _ in articles:
            article.last_annotated_at = max(article.last_annotated_at, latest.get(article.id, ""))
        for article_id, stamp in latest.items():
            if article_id not in written:
                article = self.store.article(article_id)
                if stamp > article.last_annotated_at:
                    copy = Article.from_dict(files.record_doc(article))
                    copy.last_annotated_at = stamp
                    articles.append((copy, None))


def _deletes_an_article(name_status: str) -> bool:
    """Whether a commit's ``git log --name-status`` lines delete a file under the articles'
    folder (a name git quoted, for its unusual bytes, too)."""
    for line in name_status.splitlines():
        status, _, path = line.partition("\t")
        if status == "D" and path.lstrip('"').split("/", 1)[0] == files.ARTICLES_DIR:
            return True
    return False


def _annotation_ids(paths: Iterable[str]) -> set[str]:
    return {files.id_of(p) for p in paths if files.kind_of(p) == files.ANNOTATIONS_DIR}


def _places(our_changes: list[Change], their_changes: list[Change]) -> dict[str, Places]:
    """Where the merge's base, our and their commit file each highlight either side changed
    (a library being moved to this layout holds either layout), read off the two sides'
    changes since the base: a file removed or modified was in the base; one added or
    modified is in that side; a highlight a side did not touch is where the base has it."""
    base: dict[str, str] = {}
    sides: tuple[dict[str, str | None], dict[str, str | None]] = ({}, {})
    for side, changes in zip(sides, (our_changes, their_changes), strict=True):
        for change in changes:
            if files.kind_of(change.path) != files.ANNOTATIONS_DIR:
                continue
            highlight_id = files.id_of(change.path)
            if change.status != "A":
                base[highlight_id] = change.path
            if change.status != "D":
                side[highlight_id] = change.path
            else:
                side.setdefault(highlight_id, None)
    ours, theirs = sides
    return {
        highlight_id: (
            base.get(highlight_id),
            ours.get(highlight_id, base.get(highlight_id)),
            theirs.get(highlight_id, base.get(highlight_id)),
        )
        for highlight_id in ours.keys() | theirs.keys()
    }


def _refuse_moved(path: str, base: Doc | None, theirs: Doc | None) -> None:
    """A highlight stays on the article it was made on (no diplotui moves one): a teammate's
    file naming another article as its target took it off its words in every copy, to stand
    as an orphan on an article whose text does not hold them."""
    if base is not None and theirs is not None and base["article_id"] != theirs["article_id"]:
        raise UnreadableFile(
            path, f"its article changed from {base['article_id']} to {theirs['article_id']}"
        )


def _refuse_refiled(places: dict[str, Places]) -> None:
    """A highlight filed under two different days (its ``created_at`` differs between two
    libraries: no edit in diplotui does that) cannot be merged file by file: each side would
    delete the other's file. Refused before anything is written. A file in the earlier
    layout is not a second filing: the merge moves it."""
    for highlight_id, (_, ours, theirs) in places.items():
        if ours is None or theirs is None or ours == theirs:
            continue
        if not (files.filed_by_minute(ours) or files.filed_by_minute(theirs)):
            raise ShareError(
                f"highlight {highlight_id} is filed as {ours} here and as {theirs} on the "
                "remote (its creation time differs); the store is unchanged"
            )


def _refuse_second_files(
    their_changes: list[Change], places: dict[str, Places], local: _Local
) -> None:
    """A highlight their side added a file of while another file of it stays (filed under
    another day, its ``created_at`` changed by hand: no edit in diplotui writes one): the
    merge took one of the two unsaid, and the next sync removed the other from the remote,
    its note and colour gone, telling the team "1 highlight removed". Named and refused."""
    added: dict[str, str] = {}
    held: dict[str, str] | None = None
    for change in their_changes:
        path = change.path
        if change.status == "D" or files.kind_of(path) != files.ANNOTATIONS_DIR:
            continue
        if files.filed_by_minute(path):  # the earlier layout's, which the merge moves
            continue
        highlight_id = files.id_of(path)
        other = added.setdefault(highlight_id, path)
        if other == path and change.status == "A" and places[highlight_id][0] is None:
            if held is None:  # where the store's highlights are filed, read once
                held = {
                    str(doc["id"]): files.annotation_path(doc)
                    for docs in local.highlights.values()
                    for doc in docs.values()
                }
            other = held.get(highlight_id, path)
        if other != path:
            raise UnreadableFile(
                path, f"a second file of highlight {highlight_id}, which is filed as {other}"
            )


def _unchanged(current: Doc | None, read: Doc | None) -> bool:
    """Whether the store's record is still the one the merge started from (compared on the
    fields the shared file carries, time stamp aside)."""
    if current is None or read is None:
        return current is read
    return all(current.get(k) == v for k, v in read.items() if k != STAMP)


def _fingerprint(highlight: Doc) -> str:
    """What ``KnownFiles`` keys a highlight's file by: a change to it changes these."""
    return f"{highlight['updated_at']}:{highlight['author']}"


def _named(author: str) -> str:
    """The name a sync writes into git (commits' identity and messages, highlights' author):
    one line with any escape or control character as its visible stand-in, as the app's
    listings show it, so ``git log`` never prints a teammate's escape codes raw; cut to a
    line's length, as a teammate's sync reads a highlight's author (``annotator_name``)."""
    named = annotator_name(author)
    if not named:
        raise ShareError("no author name: pass --author NAME or set git config user.name")
    return named


def _email(author: str) -> str:
    configured = config_value("user.email")
    return (
        configured or f"{''.join(c for c in author.lower() if c.isalnum()) or 'someone'}@diplotui"
    )


# -- setting up ------------------------------------------------------------------------------


def _set_up(
    store: Store, remote: str, author: str, want_library: bool, options: dict[str, Any]
) -> SyncResult:
    """Make the store's repository, connect it to ``remote`` and run the first sync. A set-up
    refused or stopped before the store took anything leaves nothing behind (the repository
    removed, a remote it created too), so that trying again works; one stopped later (the
    push failed) is set up, the store holding the merge, and ``sync`` sends it."""
    _named(author)  # before anything is set up
    problem = remote_problem(remote) or _own_repository_problem(remote)
    if problem is not None:
        raise ShareError(f"the remote {remote}: {problem}; nothing was set up")
    path = repository_path(store.path)
    if is_shared(store.path):
        url = Repository(path).remote_url()
        raise ShareError(f"{store.path}: already shared with {url}; run `diplotui sync`")
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        raise ShareError(f"{path}: not a folder diplotui made; move it away; nothing was set up")
    made_remote = _new_remote(remote) if not want_library else None
    shutil.rmtree(path, ignore_errors=True)  # a set-up that never finished: nothing was shared
    first: Sync | None = None
    try:
        _connect(path, remote, author, want_library, made_remote)
        first = Sync(store, author, setting_up=True, **options)
        result = first.run()
    except BaseException as error:
        if first is not None and first.stored:
            (path / SETTING_UP).unlink(missing_ok=True)
            raise
        shutil.rmtree(path, ignore_errors=True)
        if made_remote is not None:
            _remove_if_empty(remote, made_remote)
        if isinstance(error, ShareError):
            raise ShareError(f"{error}; nothing was set up") from error
        raise
    (path / SETTING_UP).unlink()
    return result


def _own_repository_problem(remote: str) -> str | None:
    """Why ``remote`` is no team's remote though git can use it: a store's own repository
    (``library.json.share.git``, its sync's note of matching files inside). Pushed to, it
    moved that store's branch under it; the store's next sync committed every record it
    lacked as removed, and the pusher's next sync removed them from the pusher's store."""
    folder = remote.removeprefix("file://")
    if folder == remote and not is_local_path(remote):
        return None
    path = Path(folder)
    if not ((path / KNOWN_FILES).is_file() or (path / SETTING_UP).is_file()):
        return None
    return (
        "the own repository of the store beside it, not a team's remote (its next sync "
        "would remove this library's records); give the team's remote: "
        f"`git --git-dir={path} remote get-url origin` prints it"
    )


def _new_remote(remote: str) -> Path | None:
    """The topmost folder ``share init`` would create for a remote that is a path to nothing
    yet (removed again if the set-up is refused); None for any other remote."""
    if not is_local_path(remote) or Path(remote).exists():
        return None
    created = Path(remote).absolute()
    while not created.parent.exists():
        created = created.parent
    return created


def _remove_if_empty(remote: str, created: Path) -> None:
    """Remove a remote this set-up created (with the folders made above it) unless something
    was pushed to it."""
    with contextlib.suppress(GitError):
        if Repository(Path(remote)).resolve(BRANCH) is not None:
            return
    shutil.rmtree(created, ignore_errors=True)


def _connect(
    path: Path, remote: str, author: str, want_library: bool, made_remote: Path | None
) -> None:
    """The store's repository, marked as being set up, fetched from ``remote``."""
    path.mkdir(parents=True)
    (path / SETTING_UP).write_text("share init or clone did not finish: run it again\n")
    repo = Repository(path, author, functools.partial(_email, author))
    try:
        repo.init(remote)
    except GitError as error:  # the store's side, not the remote: say so
        raise ShareError(f"{path}: git cannot make the store's repository ({error})") from error
    try:
        if made_remote is not None:
            Repository(Path(remote)).init_shared()
        theirs = repo.fetch()
    except GitError as error:
        raise ShareError(f"the remote {remote} cannot be reached ({error})") from error
    if want_library and theirs is None:
        raise ShareError(
            f"the remote {remote} holds no library yet: run `diplotui share init {remote}`"
        )
    if not want_library and theirs is not None:
        raise ShareError(
            f"the remote {remote} already holds a library: run `diplotui share clone {remote}`"
        )


def share_init(store: Store, remote: str, author: str, **options: Any) -> SyncResult:
    """Publish the store as a new shared library at ``remote`` (created when it is a path to
    nothing yet)."""
    return _set_up(store, remote, author, False, options)


def share_clone(store: Store, remote: str, author: str, **options: Any) -> SyncResult:
    """Join the shared library at ``remote``: its records merge with the store's own."""
    return _set_up(store, remote, author, True, options)


def sync(store: Store, author: str, **options: Any) -> SyncResult:
    return Sync(store, author, **options).run()


def _unreadable(error: BlobTooLarge) -> UnreadableFile:
    """A file too large to read, as the unreadable file it is to a sync."""
    return UnreadableFile(error.path, error.reason)
