"""The entity cache: filled by import, reused across runs, invalidated by corrections."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from diplotui.ingest import import_paths
from diplotui.library import LibraryQuery
from diplotui.library.entity_cache import CACHE_NAME, EntityCache
from diplotui.library.priority import BACKGROUND_NICENESS
from diplotui.model import EntityCorrection
from diplotui.paths import cache_dir
from diplotui.store import Store


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_fills_cache_and_filter_uses_it(tmp_path: Path, store_path: Path):
    news = tmp_path / "news"
    news.mkdir()
    _write(news, "a.txt", "Talks in Hanoi\n\nMinister Bui Thanh Son met ASEAN envoys in Hà Nội.\n")
    _write(news, "b.txt", "Paris visit\n\nThe delegation arrived in Paris on Monday.\n")
    with Store.open(store_path) as store:
        report = import_paths(store, [news])
        assert report.count("imported") == 2
        cache_file = cache_dir(store.path) / CACHE_NAME
        assert cache_file.exists()
        cache = EntityCache.load(store)
        assert len(cache) == 2 and not cache.missing(store.articles())
        hanoi = [a.id for a in store.articles() if a.title == "Talks in Hanoi"]
        lookup = cache.lookup(store)
        assert lookup.articles_for("Hanoi") == set(hanoi)
        assert lookup.articles_for("ha noi") == set(hanoi)  # any spelling
        found = LibraryQuery(entity="Paris").apply(store, entities=lookup)
        assert [a.title for a in found] == ["Paris visit"]
        names = {key for key, *_ in lookup.entities()}
        assert {"hanoi", "paris"} <= names


def test_stale_or_corrupt_cache_is_rebuilt(tmp_path: Path, store_path: Path):
    news = tmp_path / "news"
    news.mkdir()
    _write(news, "a.txt", "Talks\n\nThe Foreign Ministry of Vietnam met in Hanoi.\n")
    with Store.open(store_path) as store:
        import_paths(store, [news])
        cache_file = cache_dir(store.path) / CACHE_NAME
        assert len(EntityCache.load(store)) == 1
        store.save_correction(EntityCorrection(id="c1", kind="remove", text="Hanoi"))
        stale = EntityCache.load(store)
        assert len(stale) == 0, "corrections changed: the cache starts again"
        assert stale.fill(store) == 1
        assert stale.lookup(store).articles_for("Hanoi") == set()
        cache_file.write_text("{not json", encoding="utf-8")
        assert len(EntityCache.load(store)) == 0
        data = {"format": 1, "recogniser": "old", "corrections": "x", "texts": {"a": []}}
        cache_file.write_text(json.dumps(data), encoding="utf-8")
        assert len(EntityCache.load(store)) == 0


def test_helper_process_fills_like_the_thread(tmp_path: Path, store_path: Path):
    news = tmp_path / "news"
    news.mkdir()
    _write(news, "a.txt", "Talks\n\nThe delegation met in Paris and Hanoi.\n")
    _write(news, "b.txt", "Visit\n\nThe minister flew to Jakarta.\n")
    with Store.open(store_path) as store:
        import_paths(store, [news])
        expected = EntityCache.load(store)
        cache_file = cache_dir(store.path) / CACHE_NAME
        cache_file.unlink()
        fresh = EntityCache.load(store)
        assert fresh.fill_in_process(store, store.articles(), chunk=1) == 2
        for article in store.articles():
            assert fresh.entries(article.text_hash) == expected.entries(article.text_hash)
        assert len(EntityCache.load(store)) == 2, "saved for the next start"


def test_fill_counts_only_the_texts_it_reached_before_stopping(tmp_path: Path, store_path: Path):
    news = tmp_path / "news"
    news.mkdir()
    _write(news, "a.txt", "Talks\n\nThe delegation met in Paris.\n")
    _write(news, "b.txt", "Visit\n\nThe minister flew to Jakarta.\n")
    with Store.open(store_path) as store:
        import_paths(store, [news])
        cache_dir(store.path).joinpath(CACHE_NAME).unlink()
        fresh = EntityCache.load(store)
        asked: list[bool] = []

        def stop_after_one() -> bool:
            asked.append(True)
            return len(asked) > 1

        assert fresh.fill(store, stop=stop_after_one) == 1
        assert len(fresh.missing(store.articles())) == 1


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or sys.version_info < (3, 11),
    reason="Linux scheduling groups; Popen(process_group=) since Python 3.11",
)
def test_helper_process_runs_behind_the_app_for_the_cores(
    tmp_path: Path, store_path: Path, monkeypatch: pytest.MonkeyPatch, helpers_lowered: None
):
    """The helper fills caches while keys arrive: lowered, and in the app's session (a
    session of its own is a scheduling group of its own, sharing the cores equally with the
    app's whole group whatever its niceness), yet out of the terminal's process group."""
    news = tmp_path / "news"
    news.mkdir()
    _write(news, "a.txt", "Talks\n\nThe delegation met in Paris.\n")
    started: list[subprocess.Popen[bytes]] = []
    real_popen = subprocess.Popen

    def recorded(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        started.append(real_popen(*args, **kwargs))
        return started[-1]

    seen: list[tuple[int, int, int]] = []

    def progress(_done: int, _total: int) -> None:  # the helper is alive and answered
        (helper,) = started
        pid = helper.pid
        seen.append((os.getpriority(os.PRIO_PROCESS, pid), os.getsid(pid), os.getpgid(pid)))

    with Store.open(store_path) as store:
        import_paths(store, [news])
        cache_dir(store.path).joinpath(CACHE_NAME).unlink()
        monkeypatch.setattr(subprocess, "Popen", recorded)
        EntityCache.load(store).fill_in_process(store, store.articles(), progress=progress)
    niceness, session, group = seen[0]
    assert niceness == min(19, os.getpriority(os.PRIO_PROCESS, 0) + BACKGROUND_NICENESS)
    assert session == os.getsid(0), "in the app's session: its niceness counts against the app"
    assert group != os.getpgid(0), "out of the terminal's process group: the app ends it"


def test_cache_file_is_read_a_line_at_a_time_and_equal_entries_are_shared(tmp_path: Path):
    """A cache is written one text per line (still one JSON document) and read back so; a
    file in the older one-line layout is read once and written in the line layout."""
    path = tmp_path / CACHE_NAME
    cache = EntityCache.load_file(path, [])
    row = [["paris", "GPE", {"Paris": 2}]]
    for digest in ("d1", "d2"):
        cache.put(digest, [("paris", "GPE", {"Paris": 2})])
    cache.save()
    lines = path.read_bytes().splitlines()
    assert len(lines) == 4 and json.loads(path.read_bytes())["texts"] == {"d1": row, "d2": row}
    again = EntityCache.load_file(path, [])
    assert again.entries("d1") == [("paris", "GPE", {"Paris": 2})]
    assert again.entries("d1")[0] is again.entries("d2")[0], "one entry for equal ones"
    assert list(again.digests_for("Paris")) == ["d1", "d2"]
    one_line = json.loads(path.read_bytes())
    path.write_text(json.dumps(one_line), encoding="utf-8")
    assert len(EntityCache.load_file(path, [])) == 2
    assert len(path.read_bytes().splitlines()) == 4, "written again in the line layout"
    path.write_bytes(b"\n".join(lines[:2]) + b"\n")
    assert len(EntityCache.load_file(path, [])) == 0, "a file cut short is not trusted"


def _counted_afresh(cache: EntityCache, digests: list[str]) -> list[tuple[str, str, str, int]]:
    """The library's entities counted from nothing: what the kept count must equal."""
    from collections import Counter

    from diplotui.entities import display_name

    texts: Counter[tuple[str, str]] = Counter()
    spellings: dict[tuple[str, str], Counter[str]] = {}
    for digest in digests:
        for key, entity_type, counts in cache.entries(digest):
            texts[(key, entity_type)] += 1
            spellings.setdefault((key, entity_type), Counter()).update(counts)
    rows = [(k, display_name(spellings[(k, t)]), t, n) for (k, t), n in texts.items()]
    return sorted(rows, key=lambda row: (-row[3], row[0], row[2]))


def test_the_library_s_entities_kept_between_listings_equal_a_count_afresh(store_path: Path):
    """The palette's entities are counted once and brought up to date from the texts that
    changed (added, gone, recognised again, forgotten): after each change the listing equals
    one counted from nothing, and it is the same sequence while nothing changed."""
    import random

    spellings = ["Hanoi", "Ha Noi", "Hà Nội", "Paris", "ASEAN", "Asean", "Vientiane"]
    chosen = random.Random(7)

    def entries() -> list[tuple[str, str, dict[str, int]]]:
        picked = chosen.sample(spellings, chosen.randint(0, 4))
        keys = {"Ha Noi": "hanoi", "Hà Nội": "hanoi", "Asean": "asean"}
        by_entity: dict[tuple[str, str], dict[str, int]] = {}
        for text in picked:
            entity = (keys.get(text, text.lower()), "GPE" if text != "ASEAN" else "ORG")
            by_entity.setdefault(entity, {})[text] = chosen.randint(1, 3)
        return [(key, entity_type, counts) for (key, entity_type), counts in by_entity.items()]

    with Store.open(store_path) as store:
        cache = EntityCache.load(store)
    digests = [f"{n:064x}" for n in range(40)]
    for digest in digests:
        cache.put(digest, entries())
    library = digests[:30]
    listed = cache.library_names(library)
    assert list(listed) == _counted_afresh(cache, library)
    assert cache.library_names(library) is listed
    for _round in range(60):
        change = chosen.choice(["add", "remove", "recognise", "forget"])
        if change == "add":
            library = [*library, chosen.choice(digests)]
        elif change == "remove" and library:
            library = [d for d in library if d != chosen.choice(library)]
        elif change == "recognise":
            cache.put(chosen.choice(digests), entries())
        else:
            cache.prune([])  # every result forgotten: the texts have none until put again
            for digest in chosen.sample(digests, 20):
                cache.put(digest, entries())
        unique = list(dict.fromkeys(library))
        assert list(cache.library_names(unique)) == _counted_afresh(cache, unique), change


def test_the_filter_finds_a_person_by_a_word_of_their_name(tmp_path: Path, store_path: Path):
    """The app's entity filter and ``list --entity`` share this lookup: "Baerbock" found no
    article where each names her "Annalena Baerbock" first."""
    news = tmp_path / "news"
    news.mkdir()
    _write(news, "a.txt", "Visit\n\nAnnalena Baerbock arrived in Paris. Baerbock said so.\n")
    _write(news, "b.txt", "Talks\n\nPenny Wong met Lawrence Wong in Canberra on Monday.\n")
    with Store.open(store_path) as store:
        import_paths(store, [news])
        lookup = EntityCache.load(store).lookup(store)
        ids = {a.title: a.id for a in store.articles()}
        assert lookup.articles_for("baerbock") == {ids["Visit"]}
        assert lookup.taken("baerbock") == ["Annalena Baerbock"]
        assert lookup.articles_for("Wong") == {ids["Talks"]}
        assert sorted(lookup.taken("Wong")) == ["Lawrence Wong", "Penny Wong"]
        assert lookup.taken("Annalena Baerbock") == []  # found by its own name
        assert lookup.articles_for("Baer") == set() and lookup.taken("Baer") == []
