"""The bundled seeds' first-run import, made once a test process and copied into each test's
store by the ``seeded_store`` fixture: the import, with its entity recognition, is ~15 ms of
CPU, the copy ~1 ms, and ~400 tests start on a seeded store.

A copy is only what the import would have made if the import is the one the template was
made with: the fixture refuses, failing the test, when the seeds' files or any function or
class of the modules the import ran (and the file calls that make a write durable) are not
the objects they were then, as when a test's fixture patches them before the store is made.
Such a test seeds its store itself (``seed_if_empty``)."""

from __future__ import annotations

import functools
import os
import shutil
import sys
import threading
import types
from collections.abc import Callable, Mapping
from pathlib import Path

from diplotui.ingest import seed_if_empty
from diplotui.paths import bundled_dir
from diplotui.store import Store

DURABLE_WRITE_CALLS = ("open", "write", "fsync", "replace", "rename", "link", "unlink")
"""The ``os`` functions a store's writes go through: a test that patches one (to count or
fail fsyncs) before its store is made expects the seeding to go through it."""

Fingerprint = list[tuple[Mapping[str, object], str, object]]


class SeededTemplate:
    """A seeded store made once, in ``folder``, and the fingerprint of what made it."""

    def __init__(self, folder: Path, store_name: str) -> None:
        warm_up = folder / "warm-up"
        warm_up.mkdir()
        _seed(warm_up / store_name)  # the modules the import needs, imported before it is traced
        shutil.rmtree(warm_up)
        ran = _modules_run(functools.partial(_seed, folder / store_name))
        self.files = sorted(
            (p.relative_to(folder), p.is_dir())
            for p in folder.rglob("*")
            if not p.name.endswith(".lock")
        )
        self.store_name = store_name
        self.folder = folder
        self.made_from = _fingerprint(sorted(ran))

    def copy_to(self, store_path: Path) -> None:
        """The template's files at ``store_path`` (a folder that exists, holding no store
        of that name); AssertionError, naming what differs, when the seeding would not make
        what the template holds."""
        changed = _differences(self.made_from)
        assert not changed, (
            "seeded_store: the seeds or the import code differ from what the session's "
            f"seeded template was made with ({', '.join(changed[:5])}): a copy would not be "
            "what this test's import makes; seed the store with seed_if_empty instead"
        )
        folder = store_path.parent
        for relative, is_folder in self.files:  # folders before what they hold (sorted)
            target = folder / str(relative).replace(self.store_name, store_path.name, 1)
            if is_folder:
                target.mkdir()
            else:
                shutil.copy2(self.folder / relative, target)


def _seed(store_path: Path) -> None:
    store = Store.open(store_path)
    try:
        seed_if_empty(store)
    finally:
        store.close()


def _modules_run(work: Callable[[], None]) -> set[str]:
    """The names of the modules whose Python code ``work`` runs. It runs in a thread of its
    own: a profile function is the thread's, so a profiler of the test process (cProfile on
    the main thread) is left alone."""
    ran: set[str] = set()
    failed: list[BaseException] = []

    def profile(frame: types.FrameType, event: str, _arg: object) -> None:
        if event == "call":
            ran.add(frame.f_globals.get("__name__", ""))

    def traced() -> None:
        sys.setprofile(profile)
        try:
            work()
        except BaseException as error:  # raised in the caller's thread below
            failed.append(error)
        finally:
            sys.setprofile(None)

    thread = threading.Thread(target=traced, name="seeded-template")
    thread.start()
    thread.join()
    if failed:
        raise failed[0]
    return ran


def _fingerprint(module_names: list[str]) -> Fingerprint:
    """Each seed file's size and modification time, and every function and class (and their
    methods) of the named modules and of ``DURABLE_WRITE_CALLS``: where each is looked up
    (a module's or a class's namespace), its name there, and the object itself."""
    found: Fingerprint = [(_SEEDS, "seeds", _seed_files())]
    found += [(vars(os), call, getattr(os, call)) for call in DURABLE_WRITE_CALLS]
    for name in module_names:
        module = sys.modules.get(name)
        if module is None or not name.startswith("diplotui"):
            continue
        for attribute, value in list(vars(module).items()):
            if isinstance(value, type | types.FunctionType):
                found.append((vars(module), attribute, value))
            if isinstance(value, type) and value.__module__ == name:
                found += [
                    (vars(value), member, inner)
                    for member, inner in list(vars(value).items())
                    if callable(inner) or isinstance(inner, classmethod | staticmethod | property)
                ]
    return found


_SEEDS: dict[str, object] = {}
"""The namespace the seeds' files are looked up in: ``_differences`` reads them anew."""


def _seed_files() -> object:
    seeds = bundled_dir("seeds")
    return str(seeds), sorted(
        (p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in seeds.iterdir()
    )


def _differences(made_from: Fingerprint) -> list[str]:
    """The names whose object is not the one the template was made with (or is gone)."""
    changed = []
    for namespace, name, value in made_from:
        if namespace is _SEEDS:
            if _seed_files() != value:
                changed.append("the seeds' files")
        elif namespace.get(name) is not value:
            changed.append(f"{getattr(value, '__qualname__', name)}")
    return changed
