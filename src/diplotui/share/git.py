"""The ``git`` command, run with explicit arguments: a repository's objects read in batches and
commits written with ``git fast-import`` (no work tree: the library's files never need to be
written out one by one to be committed).

Every call runs with a fixed environment: no terminal prompts (a sync must fail, not wait for a
password), ssh in batch mode, C-locale messages, and the identity given by the caller.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from diplotui.inert import inert_words
from diplotui.paths import not_a_folder

NETWORK_TIMEOUT_SECONDS = 120.0
_LOST_RACES = ("lock", "failed to update ref", "incorrect old value")  # another push won
EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"  # git's well-known empty tree
FILE_MODE = "100644"
REMOTE_MAIN = "refs/remotes/origin/main"  # where the remote's main branch is fetched to
_FULL_ID = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")  # a commit's whole id (SHA-1, SHA-256)
STORAGE_SETTINGS = (
    ("transfer.unpackLimit", "1"),
    ("gc.autoPackLimit", "4"),
    ("gc.bigPackThreshold", "1m"),
    ("gc.autoDetach", "false"),
    ("gc.writeCommitGraph", "false"),
    ("repack.writeBitmaps", "false"),
)
"""How a repository of a shared library stores what it receives. Git's defaults suit big
pushes: one of under 100 objects (a sync of a few highlights) is unpacked into loose objects,
one file and one disk block each (about 4 KB a highlight on most file systems), until 6,700
pile up. Here every fetch, push and commit is kept as one pack, deltified; ``gc --auto`` rolls
the small packs (under 1 MB) into one once there are more than four, and leaves the large
ones (the library's texts) as they are, so no sync rewrites the whole library. It runs
before the command returns (no process left behind); commit graphs and bitmaps, which speed up
much larger repositories, are not written."""
OWN_SETTINGS = (("gc.pruneExpire", "now"),)
"""Only for the store's own repository, which no one else writes to (the store's lock keeps
a second sync out): objects no commit reaches, such as a local commit a merge replaced, go
at once rather than lie about as loose files for two weeks."""


MAX_BLOB_BYTES = 20 * 1024 * 1024
"""The largest file a sync reads (an article's text as an import takes it, at most)."""


class GitError(Exception):
    """A git command failed; the message is git's own last line, or why it could not run."""


class BlobTooLarge(GitError):
    """A file of the repository too large to be a shared record: its path, and why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class GitUnreachable(GitError):
    """The remote could not be reached or read (network, path, permissions)."""


class GitRejected(GitError):
    """The remote refused a push because it moved on since the last fetch."""


class GitPushRefused(GitError):
    """The remote refused a push for good (a folder this account may not write, a hook);
    the message is git's reason. The commit waits in the store's repository."""


TEAM_TRANSPORTS = ("file", "git", "http", "https", "ssh")
"""The transports a team's remote goes through. Git also takes ``fd::3`` (reads a file
descriptor: a sync waited for ever), ``ext::COMMAND`` (runs it) and any ``NAME::`` helper
installed: none of them is a remote, and git is told to refuse them (``GIT_ALLOW_PROTOCOL``)."""
_SSH_SCHEMES = ("git+ssh", "ssh+git")  # git's other names for ssh
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")  # a URL scheme's or a remote helper's


def is_local_path(remote: str) -> bool:
    return "://" not in remote and not (
        ":" in remote.split("/", 1)[0] and not Path(remote).exists()
    )


def remote_problem(remote: str) -> str | None:
    """Why ``remote`` is no remote of a team's (None: it is one): a path (with no file where a
    folder above it should be), ``host:path`` (ssh) or a URL of ``TEAM_TRANSPORTS``; not one
    starting with "-", which git reads as one of its options (``git remote add origin -c``
    failed as if the store's repository could not be made)."""
    if not remote.strip():  # an unset variable in a script: no folder of that name
        return "it is empty: name the team's remote (a folder, host:path or a URL)"
    if remote.startswith("-"):
        return f'it starts with "-", which git reads as an option (a folder so named: ./{remote})'
    helper, given, _ = remote.partition("::")
    scheme, url, _ = remote.partition("://")
    if given and _NAME.fullmatch(helper):
        transport = helper
    elif url and _NAME.fullmatch(scheme):
        transport = scheme.lower()
    elif is_local_path(remote):
        blocker = not_a_folder(Path(remote).parent)
        return None if blocker is None else f"{blocker} is a file, not a folder"
    else:
        return None  # host:path
    if transport in TEAM_TRANSPORTS or transport in _SSH_SCHEMES:
        return None
    return f"{transport!r} is no transport a team's remote uses (file, git, http, https or ssh)"


def nothing_to_join(remote: str) -> str | None:
    """Why ``remote``, a path, holds no git repository to clone (None: it holds one, bare or
    not, or it is no path, which only git can look at): said before a library is made."""
    if not is_local_path(remote):
        return None
    path = Path(remote)
    if not path.exists():
        return "no such folder"
    if (path / "HEAD").is_file() or (path / ".git").exists():
        return None
    return "it does not appear to be a git repository"


def ident_name(name: str) -> str:
    """``name`` as a commit's identity may hold it: "Mai Tran <mai@example.org>" or a line
    break went into git fast-import's identity line as given, which refused it (and a line
    break there starts another command of the stream); an escape is shown as the app's
    listings show it (``git log`` prints the name to a terminal), never obeyed nor dropped."""
    kept = "".join(" " if c in "<>" or not c.isprintable() else c for c in inert_words(name))
    return " ".join(kept.split())


def git_environment(author: str = "") -> dict[str, str]:
    """The environment every git call gets: never prompt, C locale, the given identity."""
    env = dict(os.environ)
    env.update(GIT_TERMINAL_PROMPT="0", LC_ALL="C", LANGUAGE="C", GIT_ASKPASS="")
    env.setdefault("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")
    env["GIT_ALLOW_PROTOCOL"] = ":".join(TEAM_TRANSPORTS)
    given = env.get("GIT_CONFIG_COUNT", "")
    first = int(given) if given.isdigit() else 0  # settings the caller's environment gives
    settings = STORAGE_SETTINGS + OWN_SETTINGS
    env["GIT_CONFIG_COUNT"] = str(first + len(settings))
    for index, (name, value) in enumerate(settings, start=first):
        env[f"GIT_CONFIG_KEY_{index}"], env[f"GIT_CONFIG_VALUE_{index}"] = name, value
    author = ident_name(author)
    if author:
        env.update(GIT_AUTHOR_NAME=author, GIT_COMMITTER_NAME=author)
    return env


def _git_message(text: str) -> str:
    """The line of git's output that says what went wrong: a refused ref's reason, else the
    first line (git ends with advice such as "...and the repository exists.", which the last
    line alone would give), without git's "fatal: " or "error: "."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    refused = [line for line in lines if "rejected]" in line]
    line = refused[0].rsplit("\t", 1)[-1] if refused else (lines[0] if lines else "no message")
    for prefix in ("fatal: ", "error: "):
        line = line.removeprefix(prefix)
    trust = next((t for t in lines if t.startswith("git config --global --add safe.directory")), "")
    if trust:  # a team's folder another account owns: git's own way out, not only its refusal
        line += f": `{trust}` trusts it"
    return line


@dataclass(frozen=True, slots=True)
class Change:
    """One path that differs between two commits: status A, M, T or D, and the id and mode
    of the file it became (git's null id and mode 000000 for D)."""

    status: str
    path: str
    blob: str
    mode: str


def _run_in_group(
    command: list[str], input_bytes: bytes | None, env: dict[str, str], timeout: float | None
) -> subprocess.CompletedProcess[bytes]:
    """``command`` run to its end; one given a ``timeout`` runs in a process group of its
    own, and the whole group is killed when it is over: killing git alone left its transport
    helper (``git remote-http``, ``ssh``) waiting on a remote that hung, for ever, one more
    at every sync that gave up. No prompt is lost by it: git is told never to ask one."""
    if timeout is None:
        return subprocess.run(command, input=input_bytes, capture_output=True, env=env)
    with subprocess.Popen(
        command,
        stdin=subprocess.PIPE if input_bytes is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    ) as process:
        try:
            stdout, stderr = process.communicate(input_bytes, timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


class Repository:
    """A bare git repository (the store's side of a shared library)."""

    def __init__(self, path: Path, author: str = "", email: Callable[[], str] = lambda: "") -> None:
        self.path = path
        self.env = git_environment(author)
        self._email = functools.cache(email)
        """The committer's e-mail, looked up (a git call) only when a commit is made."""
        self._settings: dict[str, str] | None = None
        """This repository's own settings, read once (``local_setting``) and again after any
        ``git config`` this object runs."""
        self._reader: _BatchReader | None = None
        """The ``git cat-file --batch`` kept open by ``reading`` (None: one a ``blobs`` call)."""
        self._merge_bases: dict[tuple[str, str], str | None] = {}
        """``merge_base``'s answers for two commits named by their full ids: a commit's
        history never changes, so neither does what two of them share (a merging sync asked
        the same twice, a git process each)."""

    def run(
        self,
        *args: str,
        input_bytes: bytes | None = None,
        timeout: float | None = None,
        check: bool = True,
    ) -> subprocess.CompletedProcess[bytes]:
        """``git --git-dir=<repo> args``; GitError (git's last message line) when it fails."""
        command = ["git", f"--git-dir={self.path}", *args]
        if args[:1] == ("config",):
            self._settings = None
        try:
            done = _run_in_group(command, input_bytes, self.env, timeout)
        except OSError as error:
            raise _not_run(error) from error
        except subprocess.TimeoutExpired as error:
            raise GitUnreachable(f"git {args[0]} took over {timeout:.0f} s; gave up") from error
        if check and done.returncode != 0:
            raise _failed(args[0], done)
        return done

    def text(self, *args: str) -> str:
        return self.run(*args).stdout.decode("utf-8", "replace").strip()

    # -- set up -----------------------------------------------------------------------------

    def init(self, remote: str) -> None:
        """A new bare repository fetching from ``remote``; GitError when git cannot make it
        (a folder it may not write, a broken git config), as every other git call."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.run("init", "--quiet", "--bare", "--initial-branch=main")
        self.run("remote", "add", "origin", remote)

    def init_shared(self) -> None:
        """A new bare repository for a team to push to, keeping what it receives as
        ``STORAGE_SETTINGS`` say (its own settings: a push does not pass ours on). Folders
        above it are made as ``git init`` would make them."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.run("init", "--quiet", "--bare", "--initial-branch=main")
        for name, value in STORAGE_SETTINGS:
            self.run("config", name, value)

    def tidy(self) -> None:
        """Roll small packs into one when enough have piled up (``git gc --auto``: a quick
        check when there is nothing to do). Housekeeping only: a failure (a full disk, another
        gc) leaves the repository as it was and the sync done."""
        self.run("gc", "--auto", "--quiet", check=False)

    def local_setting(self, name: str) -> str:
        """A setting of this repository's own config (not the user's), or "" when unset;
        ``name`` as git lists it (section and key in lower case). A sync reads four: they
        are read together once, one git call instead of one each (the store's lock keeps
        any other writer of them out while a sync runs)."""
        if self._settings is None:
            done = self.run("config", "--local", "--get-regexp", "-z", ".", check=False)
            if done.returncode not in (0, 1):  # 1: none set
                raise _failed("config", done)
            self._settings = {}
            for entry in done.stdout.split(b"\0"):
                if entry:  # several values of one name: the last, as ``--get`` gives
                    key, _, value = entry.decode("utf-8", "replace").partition("\n")
                    self._settings[key] = value.strip()
        return self._settings.get(name, "")

    def set_local_setting(self, name: str, value: str) -> None:
        self.run("config", "--local", name, value)

    def remote_url(self) -> str:
        return self.text("remote", "get-url", "origin")

    # -- reading ----------------------------------------------------------------------------

    def resolve(self, ref: str) -> str | None:
        """The commit ``ref`` names, or None when it does not exist (yet); GitError when git
        fails, or the ref names a commit the repository lacks. Either was read as "no
        commit yet": the sync took the store for a library joining the team, and removed
        from it an article imported again after a teammate had deleted it."""
        done = self.run("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
        if done.returncode == 0:
            return done.stdout.decode().strip()
        if done.returncode != 1:  # 1: not a commit, said quietly; else git failed
            raise _failed("rev-parse", done)
        named = self.run("rev-parse", "--verify", "--quiet", ref, check=False)
        if named.returncode == 0:
            missing = named.stdout.decode().strip()[:12]
            raise GitError(f"{self.path}: {ref} names {missing}, no commit it holds (damaged?)")
        return None

    def holds_commit(self, commit: str) -> bool:
        """Whether the repository holds the commit a full id names (``resolve`` takes a
        missing one for damage); GitError when git fails."""
        done = self.run("cat-file", "--batch-check", input_bytes=f"{commit}\n".encode())
        return done.stdout.split()[1:2] == [b"commit"]

    def merge_base(self, one: str, other: str) -> str | None:
        """The newest commit both histories hold, or None when they share none; GitError when
        git fails (read as no history in common, it made a sync a library joining)."""
        key = (one, other)
        if key in self._merge_bases:
            return self._merge_bases[key]
        done = self.run("merge-base", one, other, check=False)
        if done.returncode == 0:
            base: str | None = done.stdout.decode().strip()
        elif done.returncode != 1 or done.stderr.strip():
            raise _failed("merge-base", done)
        else:
            base = None
        if _FULL_ID.fullmatch(one) and _FULL_ID.fullmatch(other):  # not a ref, which moves
            self._merge_bases[key] = base
        return base

    def tree_entries(self, commit: str | None) -> dict[str, str]:
        """Every file of the commit's tree: path -> blob id (nothing for no commit)."""
        if commit is None:
            return {}
        out = self.run("ls-tree", "-r", "-z", "--full-tree", commit).stdout
        entries: dict[str, str] = {}
        for record in out.split(b"\0"):
            if record:
                meta, path = record.split(b"\t", 1)
                entries[path.decode("utf-8", "surrogateescape")] = meta.split()[2].decode()
        return entries

    def changes(self, old: str | None, new: str) -> list[Change]:
        """The files that differ from ``old`` (None: the empty tree) to ``new``."""
        done = self.run("diff-tree", "-r", "-z", "--no-renames", "--raw", old or EMPTY_TREE, new)
        fields = done.stdout.split(b"\0")
        changes = []
        for i in range(0, len(fields) - 1, 2):
            _, mode, _, blob, status = fields[i].decode().split()  # ":mode mode old new status"
            path = fields[i + 1].decode("utf-8", "surrogateescape")
            changes.append(Change(status, path, blob, mode))
        return changes

    def blobs(self, object_names: Sequence[str]) -> list[bytes | None]:
        """The contents of ``commit:path`` or blob ids, in order (None for a missing one), read
        through one ``git cat-file --batch`` (the one ``reading`` keeps open, else one of its
        own), each object's size checked before its bytes are read: nothing over
        ``MAX_BLOB_BYTES`` (a peer's gigabyte in one annotation's place) comes into memory."""
        if not object_names:
            return []
        broken = next((name for name in object_names if "\n" in name), None)
        if broken is not None:  # asked for as two names: every later answer would be off by one
            raise GitError(f"{broken.split(':', 1)[-1]!r}: a file name holding a line break")
        if self._reader is not None:
            return self._reader.read(object_names)
        reader = _BatchReader(self.path, self.env)
        try:
            return reader.read(object_names)
        finally:
            reader.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """Every ``blobs`` call inside is answered by one ``git cat-file --batch``, started at
        the first and ended on leaving: a sync read its records, their versions and the
        notes' history in three to six calls, a git process each (~3 ms of CPU). Git looks
        names and refs up as each is asked for, so objects and refs written meanwhile (a
        fetch, a commit) are found as a new process would find them."""
        if self._reader is not None:  # already inside: the outer block ends it
            yield
            return
        self._reader = _BatchReader(self.path, self.env)  # git starts at the first request
        try:
            yield
        finally:
            reader, self._reader = self._reader, None
            reader.close()

    def deleted_paths(self, commit: str) -> dict[str, str]:
        """Every file a commit in ``commit``'s history deleted: path -> the newest such commit
        (one ``git log`` over the whole history: for a first sync only)."""
        out = self.text("log", "--format=%x01%H", "--diff-filter=D", "--name-only", commit)
        deleted: dict[str, str] = {}
        deleting = ""
        for line in out.splitlines():
            if line.startswith("\x01"):
                deleting = line[1:]
            elif line:
                deleted.setdefault(line, deleting)
        return deleted

    # -- writing ----------------------------------------------------------------------------

    def commit(
        self,
        message: str,
        parents: Sequence[str],
        files: Iterable[tuple[str, bytes | str]],
        deleted: Iterable[str] = (),
        ref: str = "refs/heads/main",
    ) -> str:
        """A commit on ``ref``: the first parent's tree with ``files`` (path -> contents, or an
        existing blob's id as str) written and ``deleted`` removed, through ``git fast-import``."""
        name = self.env.get("GIT_AUTHOR_NAME", "diplotui")
        identity = f"{name} <{self._email()}>"
        stamp = f"{int(time.time())} +0000"
        data = message.encode()
        stream = [f"commit {ref}\n", "mark :1\n", f"author {identity} {stamp}\n"]
        stream.append(f"committer {identity} {stamp}\ndata {len(data)}\n")
        chunks: list[bytes] = ["".join(stream).encode(), data, b"\n"]
        if parents:
            chunks.append(f"from {parents[0]}\n".encode())
        chunks.extend(f"merge {parent}\n".encode() for parent in parents[1:])
        for path in deleted:
            chunks.append(f"D {_quoted(path)}\n".encode())
        for path, contents in files:
            if isinstance(contents, str):
                chunks.append(f"M {FILE_MODE} {contents} {_quoted(path)}\n".encode())
            else:
                chunks.append(
                    f"M {FILE_MODE} inline {_quoted(path)}\ndata {len(contents)}\n".encode()
                )
                chunks.append(contents)
                chunks.append(b"\n")
        chunks.append(b"\nget-mark :1\n")  # the new commit's id, on fast-import's output
        done = self.run("fast-import", "--quiet", "--force", input_bytes=b"".join(chunks))
        head = done.stdout.decode().strip()
        if not head:
            raise GitError("git fast-import: it did not say which commit it made")
        return head

    # -- the remote -------------------------------------------------------------------------

    def fetch(self) -> str | None:
        """Fetch the remote's main branch, and only it (every branch was fetched: a
        teammate's 30 MB side branch landed in each store's folder); its commit, or None
        when the remote is empty."""
        done = self.run(
            "fetch",
            "--quiet",
            "--no-tags",
            "origin",
            f"+refs/heads/main:{REMOTE_MAIN}",
            timeout=NETWORK_TIMEOUT_SECONDS,
            check=False,
        )
        said = done.stderr.decode("utf-8", "replace")
        if done.returncode != 0 and "couldn't find remote ref" not in said:  # not: no main yet
            raise GitUnreachable(_git_message(said))
        return self.resolve(REMOTE_MAIN)

    def push(self, commit: str) -> None:
        """Push ``commit`` to the remote's main branch, never forced."""
        done = self.run(
            "push",
            "--quiet",
            "--porcelain",
            "origin",
            f"{commit}:refs/heads/main",
            timeout=NETWORK_TIMEOUT_SECONDS,
            check=False,
        )
        if done.returncode == 0:
            return
        report = (done.stdout + done.stderr).decode("utf-8", "replace")
        if "[rejected]" in report or "non-fast-forward" in report or "fetch first" in report:
            raise GitRejected("the remote moved on meanwhile")
        if "[remote rejected]" in report and any(w in report for w in _LOST_RACES):
            raise GitRejected("another push updated the remote at the same moment")
        if "[remote rejected]" in report:
            unpacking = re.search(r"remote unpack failed: .*", report)  # its folder unwritable
            reason = unpacking.group().strip() if unpacking else _git_message(report)
            raise GitPushRefused(reason)
        raise GitUnreachable(_git_message(done.stderr.decode("utf-8", "replace")))


def _not_run(error: OSError) -> GitError:
    """Why git could not be started: not installed, or (a ``git`` on PATH this account may
    not execute) as the system says; the PermissionError ended the app's sync worker, and
    the app with it."""
    if isinstance(error, FileNotFoundError):
        return GitError("the git command is not installed")
    return GitError(f"git: {error.strerror or error}")


def _failed(command: str, done: subprocess.CompletedProcess[bytes]) -> GitError:
    """Why ``git command`` failed: git's own line, else how it ended (a git killed by the
    system says nothing: "no message" told a user nothing to act on)."""
    said = done.stderr.decode("utf-8", "replace")
    if said.strip():
        return GitError(f"git {command}: {_git_message(said)}")
    if done.returncode < 0:
        number = -done.returncode
        names = {known.value: known.name for known in signal.Signals}
        ended = f"killed by signal {number} ({names.get(number, 'unnamed')})"
    else:
        ended = f"ended with status {done.returncode}"
    return GitError(f"git {command}: {ended}, saying nothing")


class _BatchReader:
    """A ``git cat-file --batch`` answering one request after another; after a failure
    (git stopped, an object too large) the next request starts a new one."""

    def __init__(self, path: Path, env: dict[str, str]) -> None:
        self.path = path
        self.env = env
        self._process: subprocess.Popen[bytes] | None = None

    def read(self, object_names: Sequence[str]) -> list[bytes | None]:
        process = self._process or self._start()
        assert process.stdin is not None and process.stdout is not None
        request = "".join(f"{name}\n" for name in object_names).encode("utf-8", "surrogateescape")
        feeder = threading.Thread(target=_feed, args=(process.stdin, request), daemon=True)
        feeder.start()  # a long request is written while the answers are read: no deadlock
        try:
            return [_next_object(process.stdout, name) for name in object_names]
        except GitError:
            self._stop()
            raise
        except ValueError:  # git stopped answering: its own message says why
            said = self._stop()
            raise GitError(
                f"git cat-file: {_git_message(said.decode('utf-8', 'replace'))}"
            ) from None
        finally:
            feeder.join()

    def close(self) -> None:
        """End git's process, once its input is closed (it ends at the end of its input)."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            with contextlib.suppress(OSError):
                process.stdin.close()
        process.wait()
        _close_streams(process)

    def _start(self) -> subprocess.Popen[bytes]:
        command = ["git", f"--git-dir={self.path}", "cat-file", "--batch"]
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=self.env,
            )
        except OSError as error:
            raise _not_run(error) from error
        return self._process

    def _stop(self) -> bytes:
        """Kill git's process after a failed request; what it said on its error stream."""
        process, self._process = self._process, None
        assert process is not None
        process.kill()
        said = process.stderr.read() if process.stderr else b""
        process.wait()
        _close_streams(process)
        return said


def _close_streams(process: subprocess.Popen[bytes]) -> None:
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


def _feed(stream: IO[bytes], data: bytes) -> None:
    """Write a request to git's input, kept open for the next one."""
    with contextlib.suppress(OSError):  # git was stopped (an object too large)
        stream.write(data)
        stream.flush()


def _next_object(answers: IO[bytes], name: str) -> bytes | None:
    """The next answer of ``git cat-file --batch``: the object's bytes, or None when it is
    missing; GitError for one too large to read, ValueError when git said nothing."""
    header = answers.readline().split()
    if not header:
        raise ValueError("no answer")
    if len(header) != 3 or not header[2].isdigit():
        return None  # "<name> missing" or "<name> ambiguous"
    size = int(header[2])
    if size > MAX_BLOB_BYTES:
        raise BlobTooLarge(
            name.split(":", 1)[-1],
            f"too large to be a shared record "
            f"({size / 2**20:.1f} MB; at most {MAX_BLOB_BYTES / 2**20:.0f} MB)",
        )
    data = answers.read(size + 1)  # its bytes and a line break
    if len(data) != size + 1:
        raise ValueError("cut short")
    return data[:size]


def _quoted(path: str) -> str:
    """A path as fast-import reads it: C-style quoted, byte by byte as git listed it, unless
    plain ASCII (a peer's stray file named with a line break or bytes no UTF-8, which a
    sync removes, stopped every commit with "unsupported file name")."""
    plain = path.isascii() and path.isprintable() and not path.startswith(" ")
    if plain and '"' not in path and "\\" not in path:
        return path
    escaped = "".join(
        chr(byte) if 32 <= byte < 127 and byte not in b'"\\' else f"\\{byte:03o}"
        for byte in path.encode("utf-8", "surrogateescape")
    )
    return f'"{escaped}"'


def config_value(name: str) -> str:
    """A git setting as the user configured it (global or system), or ""."""
    try:
        done = subprocess.run(
            ["git", "config", "--get", name], capture_output=True, env=git_environment()
        )
    except OSError:  # no git, or one this account may not run: no setting
        return ""
    return done.stdout.decode("utf-8", "replace").strip() if done.returncode == 0 else ""
