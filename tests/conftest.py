"""Shared fixtures: every test runs against temporary stores, never the user's data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from diplotui.ingest import seed_if_empty
from diplotui.store import Store

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Point the default store and platform dirs at a temp folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("DIPLOTUI_DB", str(home / "default-store" / "library.json"))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """Where a store goes, in a folder that exists (``--db`` refuses a missing folder)."""
    folder = tmp_path / "store"
    folder.mkdir()
    return folder / "library.json"


@pytest.fixture
def seeded_store(store_path: Path) -> Iterator[Store]:
    """A real store on disk holding the bundled seed articles."""
    store = Store.open(store_path)
    seed_if_empty(store)
    yield store
    store.close()
