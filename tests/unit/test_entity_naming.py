"""One rule names an entity: per article (sidebar, CLI) and across the library (palette, index)."""

from __future__ import annotations

from pathlib import Path

from diplotui.entities import display_name
from diplotui.ingest import import_paths
from diplotui.library.entity_cache import EntityCache
from diplotui.library.query import build_entity_index
from diplotui.store import Store


def test_the_rule_never_depends_on_the_order_mentions_come_in():
    assert display_name({"Tu": 2, "Tran Cam Tu": 1}) == "Tu"  # the most used
    assert display_name({"Tu": 2, "Tran Cam Tu": 2}) == "Tran Cam Tu"  # then the longest
    assert display_name({"Ha Noi": 2, "Hà Nội": 2}) == "Hà Nội"  # then the accented
    assert display_name({"Hà Nội": 2, "Ha Noi": 2}) == "Hà Nội"
    assert display_name({"Laos": 1, "LAOS": 1}) == "Laos"  # then not all in capitals
    assert display_name({"LAOS": 1, "Laos": 1}) == "Laos"  # (a dateline's "GENEVA -")
    assert display_name({"LAOS": 2, "Laos": 1}) == "LAOS"  # but never over the most used
    assert display_name({"Ha Noi": 1, "Ha-Noi": 1}) == "Ha Noi"  # then code point order
    assert display_name({"Ha-Noi": 1, "Ha Noi": 1}) == "Ha Noi"


def test_palette_and_library_index_name_an_entity_alike(tmp_path: Path, store_path: Path):
    """Each article alone would name Hanoi differently; the library counts every mention."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(
        "Talks\n\nEnvoys met in Hà Nội. Hà Nội hosted them, and Ha Noi was calm.\n",
        encoding="utf-8",
    )
    (news / "b.txt").write_text(
        "Visit\n\nThe minister flew to Ha Noi. Ha Noi welcomed him.\n", encoding="utf-8"
    )
    with Store.open(store_path) as store:
        import_paths(store, [news])
        palette = {
            key: name for key, name, _type, _n in EntityCache.load(store).lookup(store).entities()
        }
        index = {key: name for key, name, _type, _n in build_entity_index(store).entities()}
    assert palette["hanoi"] == index["hanoi"] == "Ha Noi"  # 3 of the 5 mentions
