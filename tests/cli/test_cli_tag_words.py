"""``tag ID east sea``: the shell parts the words, and each became a tag, #east and #sea,
unsaid, where the app's ``t`` reads "east sea" as one tag (commas part its tags). Words that
together spell a tag in use are that tag; words with a comma among them are read as the
app reads them; words that make several new tags say so, and how to make them one."""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Article
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main


def _two_articles(db: Path) -> tuple[str, str]:
    store = Store.open(db)
    ids = []
    for name in ("first", "second"):
        text = f"{name}\nThe ministers of the {name} meeting met.\n"
        article = Article(id=store.new_article_id(text_hash(text)), title=name, text_hash="")
        ids.append(store.add_article(article, text).id)
    store.close()
    return ids[0], ids[1]


def _tag(db: Path, *args: str) -> tuple[str, str]:
    result = run_main("--db", str(db), *args)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip(), result.stderr.strip()


def test_words_that_spell_a_tag_in_use_are_that_tag(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    first, second = _two_articles(db)
    assert _tag(db, "tag", first, "East Sea") == (f"{first}  #East Sea", "")
    out, err = _tag(db, "tag", second, "east", "sea")  # the tag in use, in its spelling
    assert (out, err) == (f"{second}  #East Sea", "")
    out, err = _tag(db, "untag", second, "east", "sea")  # the article's tag, removed
    assert (out, err) == (f"{second}  (no tags)", "")


def test_words_with_a_comma_are_read_as_the_app_reads_them(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    first, _ = _two_articles(db)
    assert _tag(db, "tag", first, "east", "sea,", "asean") == (f"{first}  #east sea #asean", "")
    assert _tag(db, "tag", first, "mekong,", "laos") == (
        f"{first}  #east sea #asean #mekong #laos",
        "",
    )


def test_words_making_new_tags_say_how_to_make_them_one(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    first, second = _two_articles(db)
    out, err = _tag(db, "tag", first, "east", "sea")  # none in use: two tags, as ever, said
    assert out == f"{first}  #east #sea"
    assert err == (
        f"diplotui: 2 new tags, #east and #sea: a tag of several words goes in quotes, "
        f"diplotui tag {first} 'east sea'"
    )
    assert _tag(db, "tag", second, "east", "asean") == (f"{second}  #east #asean", "")  # in use
    assert _tag(db, "tag", second, "south china sea", "x")[1] == ""  # quoted: meant
