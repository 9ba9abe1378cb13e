"""Helpers of the sharing tests: stores with a few articles, highlights, and git settings of
the test's own."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.model import Article
from diplotui.share import share_clone, share_init
from diplotui.store import Store, text_hash

TEXTS = [
    "The ministers met in Hanoi on Monday. They agreed to keep talking about dams and "
    "fisheries, and to meet again in October.",
    "ASEAN foreign ministers voiced concern over the South China Sea. The statement called "
    "for restraint and a code of conduct.",
    "The envoy said the talks were frank. Both sides stressed the value of dialogue.",
]


GIT_SETTINGS = """[user]
\tname = Default Person
\temail = person@example.org
[maintenance]
\tauto = false
"""
"""The tests' own git settings: a fixed identity, and no ``git maintenance run --auto``
after each fetch (a child of git's, which starts a ``gc --auto`` of its own when packs pile
up; the tests' counters do not see them: 182 and 24 of ``unit/test_share.py``'s 4,505 git
processes, bench/README.md "Session 63"). The app
runs ``gc --auto`` itself after a sync that changed something (``Repository.tidy``), which
is what rolls a store's packs up; with git's maintenance off, the tests that count packs
check that alone. A remote's ``gc --auto`` after a push (``receive.autogc``) is left on: a
team's remote is another machine's repository, with its own settings."""


def use_git_settings(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Git reads ``config`` (``GIT_SETTINGS``) and nothing of the machine's."""
    config.write_text(GIT_SETTINGS)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


@pytest.fixture(autouse=True)
def git_identity(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Git settings of this test only, whatever the machine's."""
    use_git_settings(tmp_path / "gitconfig", monkeypatch)


class SharedCopies:
    """Stores sharing a remote, each set made once for the session by its ``build`` (a share
    init and a clone are dozens of git commands) and copied into a test's folder."""

    def __init__(self, factory: pytest.TempPathFactory) -> None:
        self._factory = factory
        self._templates: dict[Callable[[Path], object], Path] = {}

    def copy(self, build: Callable[[Path], object], folder: Path) -> None:
        """What ``build(folder)`` would make, copied from the session's template."""
        if build not in self._templates:
            template = self._factory.mktemp("shared-template")
            with pytest.MonkeyPatch.context() as monkeypatch:
                use_git_settings(template.with_name(template.name + ".gitconfig"), monkeypatch)
                build(template)
            self._templates[build] = template
        copy_shared(self._templates[build], folder)


@pytest.fixture(scope="session")
def shared_copies(tmp_path_factory: pytest.TempPathFactory) -> SharedCopies:
    return SharedCopies(tmp_path_factory)


def copy_shared(template: Path, folder: Path) -> None:
    """Copy ``template``'s stores, their repositories and the remote into ``folder``, each
    repository's remote (an absolute path) pointing at the copy."""
    shutil.copytree(template, folder, symlinks=True, dirs_exist_ok=True)
    for repository in folder.glob("*.git"):
        for name in ("config", "FETCH_HEAD"):
            settings = repository / name
            if settings.is_file():
                settings.write_text(settings.read_text().replace(str(template), str(folder)))


def make_store(path: Path, texts: list[str] = TEXTS) -> Path:
    with Store.open(path) as store, store.batch():
        for index, text in enumerate(texts):
            digest = text_hash(text)
            store.add_article(Article(id=digest[:12], title=f"Article {index}", text_hash=""), text)
    return path


def article_ids(texts: list[str] = TEXTS) -> list[str]:
    return [text_hash(t)[:12] for t in texts]


def add_highlight(path: Path, article_id: str, quote: str, note: str = "") -> str:
    with Store.open(path) as store:
        text = store.article_text(article_id)
        start = text.index(quote)
        highlight = new_highlight(article_id, text, start, start + len(quote), note=note)
        store.save_highlight(highlight)
        return highlight.id


def shared_pair(folder: Path, texts: list[str] = TEXTS) -> tuple[Path, Path]:
    """Two stores of ``texts`` sharing ``folder/desk.git``: mai published, bob cloned."""
    mai, bob = make_store(folder / "mai.json", texts), make_store(folder / "bob.json", texts)
    with Store.open(mai) as store:
        share_init(store, str(folder / "desk.git"), "mai")
    with Store.open(bob) as store:
        share_clone(store, str(folder / "desk.git"), "bob")
    return mai, bob
