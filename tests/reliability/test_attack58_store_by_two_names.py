"""attack58: a hard link to the store is a second name of the same file, with a ``.lock`` of its
own beside it: a writer through one name and a writer through the other both went ahead (the
journal of each beside its own name, each compaction leaving the other name behind). The lock
is now taken on the file itself too, so the second writer is refused as a second writer through
one name is, whichever name each uses; a symbolic link was resolved to the real file already."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplotui.store import Store, StoreWriteFailed
from tests.cli_runner import run_main
from tests.reliability.workload import HOLDER, seed

COMPACTING_HOLDER = """
import sys
from diplotui.store import Store, StoreWriteFailed
with Store.open(sys.argv[1]) as store:
    store.compact()
    print("locked", flush=True)
    sys.stdin.readline()
"""


def _held(path: Path, code: str = HOLDER) -> Iterator[int]:
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    yield holder.pid
    holder.communicate("\n", timeout=10)


def _tags(path: Path, article_id: str) -> list[str]:
    with Store.open(path, read_only=True) as store:
        return list(store.article(article_id).tags)


@pytest.mark.parametrize("held_by", ["first", "second"])
def test_a_writer_through_a_hard_link_is_refused_while_the_other_name_is_held(
    two_names: tuple[Path, Path, str], held_by: str
):
    first, second, article_id = two_names
    held, other = (first, second) if held_by == "first" else (second, first)
    holder = _held(held)
    pid = next(holder)
    result = run_main("--db", str(other), "tag", article_id[:8], "asean")
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert (
        f"{other}: already open in process {pid} (python) under another name of the same file "
        "(a hard link); close it first (nothing was written)"
    ) in line
    next(holder, None)
    assert _tags(held, article_id) == [] and _tags(other, article_id) == []
    assert not Path(f"{other}.journal").exists() or held_by == "second"


def test_a_symbolic_link_to_a_held_store_is_refused(tmp_path: Path):
    path = tmp_path / "library.json"
    article_id = seed(path)[0]
    link = tmp_path / "link.json"
    link.symlink_to(path)
    holder = _held(path)
    pid = next(holder)
    result = run_main("--db", str(link), "tag", article_id[:8], "asean")
    assert result.returncode == 1
    assert f"{path}: already open in process {pid}" in result.stderr
    next(holder, None)


def test_the_lock_follows_the_file_a_compaction_puts_in_place(tmp_path: Path):
    """A name linked to the store while its writer runs, after that writer compacted (the
    file then a new one), is refused too."""
    path = tmp_path / "library.json"
    article_id = seed(path)[0]
    holder = _held(path, COMPACTING_HOLDER)
    pid = next(holder)
    (tmp_path / "later").mkdir()
    later = tmp_path / "later" / "library.json"
    later.hardlink_to(path)
    result = run_main("--db", str(later), "tag", article_id[:8], "asean")
    assert result.returncode == 1
    assert f"already open in process {pid} (python) under another name" in result.stderr
    next(holder, None)


def test_the_hard_link_opens_once_its_other_writer_has_closed(two_names):
    first, second, article_id = two_names
    holder = _held(first)
    next(holder)
    next(holder, None)
    result = run_main("--db", str(second), "tag", article_id[:8], "asean")
    assert result.returncode == 0, result.stderr


def test_a_store_whose_folder_is_renamed_while_open_refuses_the_next_write(tmp_path: Path):
    """Said as it is (attack58 asked): what was written before the rename is in the folder
    under its new name; the next write is refused, nothing of it saved, and nothing is made
    at the old path."""
    path = tmp_path / "before" / "library.json"
    path.parent.mkdir()
    article_id = seed(path)[0]
    store = Store.open(path)
    article = store.article(article_id)
    store.save_article(store.with_updates(article, tags=["kept"]))
    (tmp_path / "before").rename(tmp_path / "after")
    refused = r"journal was moved or deleted\); nothing was saved"
    with pytest.raises(StoreWriteFailed, match=refused):
        store.save_article(store.with_updates(article, tags=["kept", "lost"]))
    store.close()
    assert not (tmp_path / "before").exists()
    assert _tags(tmp_path / "after" / "library.json", article_id) == ["kept"]
