"""Where things live: the store (platformdirs, ``--db``, ``DIPLOTUI_DB``) and bundled data.

Bundled ``seeds/`` and ``styles/`` sit at the top of a source checkout and inside the wheel
under ``diplotui/_bundled/``; both places are looked up so either way of installing works.
"""

from __future__ import annotations

import os
from pathlib import Path

from diplotui.inert import inert

APP_NAME = "diplotui"
DB_ENV_VAR = "DIPLOTUI_DB"
DB_FILENAME = "library.json"

_PACKAGE_DIR = Path(__file__).resolve().parent


def is_store_file(real_path: str, store: Path) -> bool:
    """Whether ``real_path`` (its links resolved) is the store file ``store`` or one of the
    files it keeps beside it (``library.json.journal``, ``.lock``, ``.bodies/``, ``.backups/``
    ...): none of them is news to import, nor a place to write an export."""
    for own in {os.path.realpath(store), os.path.join(os.path.realpath(store.parent), store.name)}:
        if real_path == own or real_path.startswith(own + "."):
            return True
    return False


def default_db_path() -> Path:
    """The store in the platform's user data directory (e.g. ~/.local/share/diplotui)."""
    from platformdirs import user_data_path  # ~15 ms, for a store no --db names

    return user_data_path(APP_NAME, appauthor=False) / DB_FILENAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins over ``DIPLOTUI_DB``, which wins over the platform default."""
    if cli_value:
        return Path(cli_value).expanduser()
    env_value = os.environ.get(DB_ENV_VAR)
    if env_value:
        return Path(env_value).expanduser()
    return default_db_path()


def not_a_folder(folder: Path) -> Path | None:
    """The file standing where ``folder`` or a folder above it should be: the nearest of them
    that exists, when it is no folder (None: nothing is in the way). ``mkdir`` then says only
    "File exists" or "Not a directory", naming no part of the path the user could mend."""
    nearest = next((p for p in (folder, *folder.parents) if p.exists()), None)
    return nearest if nearest is not None and not nearest.is_dir() else None


class StoreFolderError(Exception):
    """The folder a ``--db`` path names cannot hold a store (one line for the user)."""


def check_store_name(named: str, *, named_by: str = "") -> None:
    """Refuse a store name that only a slip makes: one ending in a slash names a folder, and
    one ending in a line break or holding a control character was pasted with it. Each was
    taken as a new file's name ("library.json␊", "new" for ``new/``) and seeded a second
    library beside the user's. A file that exists under that very name is opened."""
    source = f" ({named_by} names it)" if named_by else ""
    shown = inert(named)
    if any(ord(letter) < 32 or ord(letter) == 127 for letter in named):
        if not os.path.lexists(named):
            raise StoreFolderError(
                f"{shown}: the path holds a line break or control character (pasted with "
                f"it?){source}; give the path without it (nothing was touched)"
            )
    elif named.endswith(("/", os.sep)) and not Path(named).expanduser().is_file():
        raise StoreFolderError(
            f"{shown}: ends in '/', a folder's name{source}; name the store file in it, e.g. "
            f"{shown}library.json (nothing was touched)"
        )


def check_store_folder(path: Path, *, create: bool, named_by: str = "") -> None:
    """Make sure the folder of a store the user named exists: a typo in ``--db`` or
    ``DIPLOTUI_DB`` (``named_by``, said in the message) must not grow folders and a fresh
    library. ``create`` makes a missing folder instead. A link is followed: one whose
    target's folder is missing (a drive not mounted) is that folder missing."""
    folder = path.parent
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        folder = target.parent
        if folder.is_dir() and not os.path.lexists(target) and not create:
            # a link made to a library is no typo's new name: the library is gone or moved,
            # and a new one grown at its place was worked in as if it were the user's
            source = f"{named_by} names it; " if named_by else ""
            raise StoreFolderError(
                f"{path}: a link to {target}, which does not exist: no library is there "
                f"({source}add --create to start a new one there; nothing was touched)"
            )
        path = Path(f"{path} (a link to {target})")
    if folder.is_dir():
        return
    blocker = not_a_folder(folder)
    if blocker is not None:
        raise StoreFolderError(f"{path}: {blocker} is not a folder")
    if not create:
        source = f"{named_by} names it; " if named_by else ""
        raise StoreFolderError(
            f"{path}: the folder {folder} does not exist ({source}add --create to make it)"
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreFolderError(f"{path}: cannot create {folder} ({error.strerror})") from error


def cache_dir(store_path: Path) -> Path:
    """Derived data beside the store (entity cache, list snapshot): rebuilt when missing."""
    return store_path.with_name(store_path.name + ".cache")


def bundled_dir(name: str) -> Path:
    """Locate a bundled folder (``seeds`` or ``styles``) in the wheel or in a source checkout."""
    candidates = (
        _PACKAGE_DIR / "_bundled" / name,
        _PACKAGE_DIR.parent.parent / name,  # src/diplotui -> repository root
    )
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found (looked in {candidates})")
