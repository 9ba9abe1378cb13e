"""A team's library shared through a git remote: ``share init``/``share clone`` set it up,
``sync`` exchanges articles, highlights, notes and tags with it (see ``sync`` for the rules).

``files`` (what the repository holds), ``merge`` (one record, three versions), ``git`` (the
``git`` command) and ``sync`` (the steps and their order). No Textual here.
"""

from diplotui.share.sync import (
    ShareError,
    Sync,
    SyncResult,
    default_author,
    is_shared,
    not_shared,
    remember_author,
    repository_path,
    resolve_author,
    share_clone,
    share_init,
    sync,
)

__all__ = [
    "ShareError",
    "Sync",
    "SyncResult",
    "default_author",
    "is_shared",
    "not_shared",
    "remember_author",
    "repository_path",
    "resolve_author",
    "share_clone",
    "share_init",
    "sync",
]
