"""Shared fixtures: every test runs against temporary stores, never the user's data."""

from __future__ import annotations

import asyncio
import atexit
import gc
import hashlib
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyperclip
import pytest
from textual.css.model import RuleSet
from textual.css.stylesheet import Stylesheet
from textual.notifications import Notification

import diplotui
from diplotui.store import Store
from diplotui.tui.dialogs import tags as tag_dialog
from tests import settle, warm_caches
from tests.seeded_template import SeededTemplate

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"


def _share_parsed_css_between_apps() -> None:
    """Every app a test starts parses the same stylesheets again, and every first push of a
    dialog re-parses them all (Textual re-parses into a fresh stylesheet whose cache is
    empty): ~15% of a UI test's CPU. A person runs one app; the suite runs hundreds, so
    within a test process parsed rules are kept per source text, location and theme
    variables, as Textual's own per-stylesheet cache keeps them between parses (rules are
    never changed after parsing). CSS that fails to parse is never kept: it fails in every
    app."""
    original = Stylesheet._parse_rules
    parsed: dict[tuple[object, ...], list[RuleSet]] = {}

    def parse_rules(self: Stylesheet, css: str, *args: Any, **kwargs: Any) -> list[RuleSet]:
        key = (css, args, tuple(kwargs.items()), tuple(self._variables.items()))
        if key not in parsed:
            parsed[key] = original(self, css, *args, **kwargs)
        return parsed[key]

    Stylesheet._parse_rules = parse_rules  # type: ignore[method-assign]


_share_parsed_css_between_apps()

NOTIFICATIONS_LAST = 86_400.0
"""Seconds a notification lasts in a test's app: longer than any test."""


def _notifications_last_the_test() -> None:
    """A notification lasts its timeout (2-8 s) from when it was raised by the wall clock,
    and then leaves the app's list of them: a test that reads that list after its key's
    work found it empty whenever the machine's load had stretched those seconds (a suite
    run at load 19 took 8x its idle time, and the app's notice of a damaged journal, raised
    as it mounted, had expired before the test's first look). Idle, a test reads each
    notification within its timeout; in the test process they last the test, so a test
    sees what it sees idle whatever the load. No test measures how long one lasts (but
    ``tui/test_start_notices.py``, with a second of its own). The app's start-up notices
    (``StartNotice``) keep their own clock, from their toast: they last the test by their
    timeout."""
    from diplotui.tui import app

    Notification.time_left = property(lambda _self: NOTIFICATIONS_LAST)  # type: ignore[assignment]
    app.NOTICE_SECONDS = NOTIFICATIONS_LAST


_notifications_last_the_test()

RAM_DISK = Path("/dev/shm")
RAM_DISK_FREE_NEEDED = 2 * 1024**3  # a container's default 64 MB /dev/shm would fill mid-run


def _temporary_folders_in_memory() -> None:
    """The tests' temporary folders on a RAM disk where there is one (Linux's ``/dev/shm``).
    Every store write is made durable with fsync, ~20,000 times in a run, and each one waited
    for this machine's disk (the unit and CLI tests alone waited 100 s at a load of 20). In
    memory fsync returns at once, and nothing a test checks changes: a killed process leaves
    its writes in the page cache on any file system, the tests of fsync count or fail it
    themselves, and a file-size limit stops writes there as on a disk. ``TMPDIR`` or
    ``--basetemp`` choose another place; folders of passed tests are removed (pyproject).
    A small RAM disk (containers often mount 64 MB) is passed over for the usual place.

    Each checkout has a root of its own there: in one shared root, the runs of several
    checkouts numbered their folders together and one run's clean-up of old numbers removed
    another's running folders (its tests then failed in set-up: no such folder)."""
    if (
        "TMPDIR" not in os.environ
        and RAM_DISK.is_dir()
        and os.access(RAM_DISK, os.W_OK)
        and shutil.disk_usage(RAM_DISK).free >= RAM_DISK_FREE_NEEDED
    ):
        checkout = hashlib.sha1(str(REPO_ROOT).encode()).hexdigest()[:12]
        root = RAM_DISK / f"diplotui-tests-{checkout}"
        root.mkdir(exist_ok=True)
        os.environ.setdefault("PYTEST_DEBUG_TEMPROOT", str(root))


_temporary_folders_in_memory()


def _worker_exits_without_tearing_down_its_objects() -> None:
    """An xdist worker's last act, once the controller has all its results and tells it to
    end, was the interpreter's teardown: a last full collection and every object freed one
    by one (the objects of hundreds of apps, ~1 s of CPU a worker), in all four workers at
    once while the controller waited for them, as the run's last seconds. The worker ends
    after the other exit handlers instead: those registered later (by tests) have run when
    this one runs, and of those registered before it (on pytest's import) only logging's
    matters. The operating system frees a process's memory at once."""

    def exit_now() -> None:
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)

    if os.environ.get("PYTEST_XDIST_WORKER"):
        atexit.register(exit_now)


_worker_exits_without_tearing_down_its_objects()

if os.environ.get("DIPLOTUI_TEST_WAITS") != "textual":
    settle.install()


def _same_priority(pid: int, lowest: bool = False) -> None:
    """A helper process left at its parent's priority (in place of ``lower_process``)."""


def _helpers_at_the_tests_priority() -> None:
    """The app's helper processes (caches filled, a long text prepared apart) run at the test
    process's priority, not lowered (niceness 10, or 19 and the idle scheduling class).
    Lowered, a helper gives way to every other runnable process of its scheduling group,
    and under xdist that group is the run itself (Linux's autogroups: one per session): while
    the other workers were busy a test's helper hardly ran, and the test waiting for it (or
    its app's closing, which waits for the worker reading the helper's answer) waited with
    it, 36-122 s each for a 200,000-character text in a run of 25 minutes. A person's app
    lowers them to give way to its own UI thread alone, which the tests' key timings measure
    in that thread's CPU. Tests of the lowering itself take ``helpers_lowered``."""
    from diplotui.library import text_cache
    from diplotui.tui.controllers import entities

    for module in (text_cache, entities):
        pytest.MonkeyPatch().setattr(module, "lower_process", _same_priority)  # for the run


_helpers_at_the_tests_priority()


def _tag_dialog_left_to_be_built() -> None:
    """No tag dialog built ahead in a test's app (``prepare_tag_dialog``, once start-up's work
    is handed out): building it and the main screen's resume after it were ~20 ms of a
    ~85 ms start (``bench/bench_test_start.py``, session 57), paid by every UI test and used
    by the few that press ``t``. A person's app builds it once, at a quiet moment, so that
    the first ``t`` only shows it; in a test the first ``t`` builds it, as it does whenever
    a dialog was open at that moment. Tests of the building take ``tag_dialog_built_ahead``."""

    def left_to_be_built(_app: object) -> None:
        """The tag dialog is built by the first ``t`` (``ask_for_tags``)."""

    pytest.MonkeyPatch().setattr(tag_dialog, "prepare_tag_dialog", left_to_be_built)  # the run's


PREPARE_TAG_DIALOG = tag_dialog.prepare_tag_dialog
"""The app's own building of the tag dialog ahead, before the run replaced it."""
_tag_dialog_left_to_be_built()


@pytest.fixture
def tag_dialog_built_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tag dialog built ahead of the first ``t``, as in a person's app."""
    monkeypatch.setattr(tag_dialog, "prepare_tag_dialog", PREPARE_TAG_DIALOG)


@pytest.fixture
def helpers_lowered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's helper processes lowered as in a person's app (``lower_process``)."""
    from diplotui.library import priority, text_cache
    from diplotui.tui.controllers import entities

    monkeypatch.setattr(text_cache, "lower_process", priority.lower_process)
    monkeypatch.setattr(entities, "lower_process", priority.lower_process)


@pytest.fixture(scope="session")
def homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the tests' home folders (``isolated_environment``), one for the run."""
    return tmp_path_factory.mktemp("homes", numbered=False)


@pytest.fixture(autouse=True)
def isolated_environment(homes: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the default store and platform dirs at a temp folder for every test.

    The homes are made in a folder of their own: made with ``tmp_path_factory.mktemp``
    beside the tests' ``tmp_path`` folders, each one (and each ``tmp_path``) was numbered
    by reading every folder made so far in the run, ~1,000 by a worker's last tests."""
    home = Path(tempfile.mkdtemp(prefix="home", dir=homes))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    (home / "default-store").mkdir()  # DIPLOTUI_DB, like --db, refuses a missing folder
    monkeypatch.setenv("DIPLOTUI_DB", str(home / "default-store" / "library.json"))


@pytest.fixture(autouse=True)
def machine_without_a_clipboard_tool(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts on a machine with no clipboard tool, faked at pyperclip's boundary.

    pyperclip's first real copy looks for a tool and then rebinds ``pyperclip.copy`` and
    ``paste`` for the whole process. A copy that outlived its test (its thread waited on the
    search past the copy's timeout) rebound them while a later test's fakes were in place and
    replaced those fakes: CI failed a test that had faked a silently broken tool."""

    def no_mechanism(*_args: object) -> str:
        raise pyperclip.PyperclipException("Pyperclip could not find a copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "copy", no_mechanism)
    monkeypatch.setattr(pyperclip, "paste", no_mechanism)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """Where a store goes, in a folder that exists (``--db`` refuses a missing folder)."""
    folder = tmp_path / "store"
    folder.mkdir()
    return folder / "library.json"


@pytest.fixture
def fetch_pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses the fetcher takes before its retries, in seconds, recorded instead of slept:
    the fetches made without a policy of their own (the app's ``R``, the CLI's ``refresh``,
    ``feed add``) get the usual one with this list as its sleep. A test of a server that cannot
    be reached slept 2 s and 4 s for each such server (6-11 s a test); it now asserts the
    pauses that were asked for, and every retry is still made."""
    import importlib
    from functools import partial

    from diplotui.feeds import FetchPolicy

    pauses: list[float] = []

    async def record(seconds: float) -> None:
        pauses.append(seconds)
        await asyncio.sleep(0)  # the other fetches run meanwhile, as during a pause

    usual = partial(FetchPolicy, sleep=record)
    for name in ("refresh", "pages", "subscriptions"):  # the modules, not the package's names
        monkeypatch.setattr(importlib.import_module(f"diplotui.feeds.{name}"), "FetchPolicy", usual)
    return pauses


@pytest.fixture(scope="session", autouse=True)
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> SeededTemplate:
    """The seeds' first-run import, made as the test process starts, before any test's
    fixture can patch what it runs (``tests/seeded_template.py``)."""
    return SeededTemplate(tmp_path_factory.mktemp("seeded-template"), "library.json")


@pytest.fixture
def seeded_store(store_path: Path, seeded_template: SeededTemplate) -> Iterator[Store]:
    """A real store on disk holding the bundled seed articles: a copy of the session's
    first-run import, which refuses when the seeds or the import differ from the template's."""
    seeded_template.copy_to(store_path)
    store = Store.open(store_path)
    yield store
    store.close()


# The test files that take longest, longest first: their wall time in a whole `-n 2 --dist
# loadfile` run of main (2026-12-05, suite42, load 10-16 from other work: the run took 3x the wall
# of session 41's at load 3-5), the files split since placed by their tests' share of the old
# file's time. CI's ``--dist loadfile`` hands whole files to the workers in this order as each
# asks for more, so the files given out last are all short and the workers end close together (in
# that run the two workers ended 1 s apart). Every file over 25 s of that run is listed (the fuzz
# run among them), and the wheel build (17 s): given out in a run's last minute, either once kept
# one worker busy alone while the others had finished. The rest keep their collection order after
# them. Re-rank when a file's time changes.
HEAVIEST_FILES = (
    "tests/unit/test_statements_hostile_scaling.py",
    "tests/tui/test_targets.py",
    "tests/tui/test_statements_ui.py",
    "tests/reliability/test_kill_writer.py",
    "tests/unit/test_statements_hostile_sentences_scaling.py",
    "tests/unit/test_statements_dev_set.py",
    "tests/tui/test_first_hour.py",
    "tests/tui/test_library_ui.py",
    "tests/tui/test_analyst_day_ui.py",
    "tests/tui/test_small_dialogs.py",
    "tests/unit/test_share_speakers.py",
    "tests/unit/test_share.py",
    "tests/tui/test_speaker_correction_ui.py",
    "tests/tui/test_palette.py",
    "tests/feeds/test_cli_feeds.py",
    "tests/reliability/test_kill_sync.py",
    "tests/reliability/test_hostile_paths.py",
    "tests/tui/test_feed_add_ui.py",
    "tests/tui/test_main_screen.py",
    "tests/tui/test_snapshots.py",
    "tests/tui/test_feeds_ui.py",
    "tests/tui/test_statements_paging_ui.py",
    "tests/tui/test_resize_reader.py",
    "tests/tui/test_snapshots_dialogs.py",
    "tests/cli/test_cli_share_setup.py",
    "tests/tui/test_annotations.py",
    "tests/cli/test_cli_statements.py",
    "tests/reliability/test_cut_short_under_the_app.py",
    "tests/tui/test_palette_library_keys_ui.py",
    "tests/reliability/test_huge_input.py",
    "tests/tui/test_contrast.py",
    "tests/tui/test_quotes_ui.py",
    "tests/tui/test_statements_reader_ui.py",
    "tests/reliability/test_two_processes.py",
    "tests/tui/test_entities_ui.py",
    "tests/unit/test_exchange_speakers.py",
    "tests/unit/test_statement_cache.py",
    "tests/unit/test_share_hostile.py",
    "tests/reliability/test_app_kill.py",
    "tests/reliability/test_kill_restore.py",
    "tests/unit/test_store_fuzz.py",
    "tests/tui/test_last_sentence_before_split_ui.py",
    "tests/reliability/test_kill_refresh.py",
    "tests/reliability/test_app_kill_import.py",
    "tests/unit/test_entities_robustness.py",
    "tests/tui/test_keys_said_off_their_row_ui.py",
    "tests/tui/test_startup_snapshot.py",
    "tests/unit/test_share_record_shapes.py",
    "tests/reliability/test_kill_during_import.py",
    "tests/feeds/test_refresh.py",
    "tests/reliability/test_hostile_records.py",
    "tests/tui/test_feed_add_leaving_ui.py",
    "tests/tui/test_share_ui.py",
    "tests/unit/test_packaging.py",
)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Under xdist, the workers find the bytecode of the tests and of diplotui made
    (tests/warm_caches.py): on a fresh clone each made it all itself, all at once."""
    warm_caches.prepare_for_workers(session, [Path(diplotui.__file__).parent])


GC_THRESHOLDS = (1_000_000, 10, 10)
"""The young generation is collected every 1,000,000 allocations instead of 700 (50,000
until session 61: side by side over four UI files and ``unit/test_share.py``, -4.0% of their
CPU in tests; the collector's own time in one process over seven files 4.75 -> 2.61 s of
~40 s; a process's peak memory ~+120 MB, bench/README.md "Session 61")."""


def pytest_collection_finish(session: pytest.Session) -> None:
    """Fewer, cheaper garbage collections in the test process: a third of a UI test's CPU
    went to the collector (Textual allocates hundreds of thousands of short-lived objects
    per test: strips, segments, styles; each collection also walked every module and test
    item the collection made). What was made so far lives until the run ends, so it is
    frozen out of later collections, and the young generation is collected less often. The
    app's own processes (the CLI, the app in a terminal) keep Python's defaults; garbage is
    still collected here, only in larger batches."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


END_OF_RUN_COLLECTIONS = 1
"""Full collections pytest makes when a test process ends, to report exceptions raised in
finalizers of what the run left (pytest's default is 5)."""


def pytest_configure(config: pytest.Config) -> None:
    """Under xdist, files are given out in the order below, not by their number of tests.

    A test process ends with pytest's search for exceptions raised in finalizers of what the
    run left (it also checks after every test): five full collections, ~0.25 s of CPU each
    after hundreds of apps, in every worker at once, as the run's last second. One
    collection frees every unreachable cycle there is; the next four only find what the
    first one's finalizers let go. What it finds is reported as before (on stderr: such a
    report never failed a run)."""
    if hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False
    try:
        from _pytest.unraisableexception import gc_collect_iterations_key
    except ImportError:  # a pytest without this key keeps its own count
        return
    config.stash[gc_collect_iterations_key] = END_OF_RUN_COLLECTIONS


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Heaviest files first; a file's own tests keep their order and stay together."""
    rank = {name: index for index, name in enumerate(HEAVIEST_FILES)}
    root = config.rootpath

    def file_rank(item: pytest.Item) -> int:
        name = item.path.relative_to(root).as_posix()
        return rank.get(name, len(HEAVIEST_FILES))

    items.sort(key=file_rank)
