"""doctor's advice for highlights whose article is missing follows from why it is missing,
and following it as printed ends with one copy of the article, its highlight on it.

newuser30: with an article set aside (a hand edit it failed), doctor also said its highlight
pointed at an article the store does not have and advised "re-import the article's file",
which makes a new article in its place; the set-aside one could then return only as a second
copy. The step that returns it is ``doctor --put-back``.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.store import QUARANTINE
from tests.cli_runner import run_main
from tests.reliability.test_hostile_records import hand_edit

TEXT = "Talks in Hanoi\n\nThe ministers agreed a plan on trade and met the press.\n"
QUOTE = "agreed a plan on trade"


def _imported(tmp_path: Path) -> tuple[Path, Path, str, str]:
    """A store with one imported article and a highlight on it: store, file and their ids."""
    store, source = tmp_path / "library.json", tmp_path / "talks.txt"
    source.write_text(TEXT, encoding="utf-8")
    done = run_main("--db", str(store), "import", str(source))
    assert done.returncode == 0, done.stderr
    article = done.stdout.split()[1]
    done = run_main("--db", str(store), "highlight", article, "--quote", QUOTE, "--note", "n1")
    assert done.returncode == 0, done.stderr
    run_main("--db", str(store), "note", article, "read this")
    return store, source, article, done.stdout.split()[-1]


def _cli(store: Path, *args: str) -> tuple[int, str]:
    done = run_main("--db", str(store), *args)
    return done.returncode, done.stdout


def _one_article_with_its_highlight(store: Path, article: str, highlight: str, note: str) -> None:
    listed = [line for line in _cli(store, "list")[1].splitlines() if "Talks in Hanoi" in line]
    assert len(listed) == 1 and listed[0].startswith(article), listed
    code, said = _cli(store, "annotations", article)
    assert code == 0 and highlight in said and "n1" in said, said
    assert _cli(store, "note", article)[1].strip() == note
    assert _cli(store, "doctor")[0] == 0


def test_a_highlight_on_a_set_aside_article_is_sent_to_put_back_not_to_a_re_import(
    tmp_path: Path,
):
    store, _, article, highlight = _imported(tmp_path)
    hand_edit(store, lambda data: data["articles"][article].update(edited="title"))
    code, said = _cli(store, "doctor")
    assert code == 1 and f"set aside articles record {article}" in said
    line = next(line for line in said.splitlines() if f"highlight {highlight}" in line)
    assert "set aside" in line and "'diplotui doctor --put-back'" in line, line
    assert "re-import the article's file" not in said, said
    # followed as printed: --put-back moves it into the quarantine table, fixed there, put back
    assert _cli(store, "doctor", "--put-back")[0] == 1
    hand_edit(
        store,
        lambda data: data[QUARANTINE][f"articles/{article}"]["record"].update(edited=["title"]),
    )
    code, said = _cli(store, "doctor", "--put-back")
    assert f"put back articles record {article}" in said, said
    _one_article_with_its_highlight(store, article, highlight, "read this")


def test_a_highlight_on_an_article_the_store_lost_is_sent_to_re_import_its_file(
    tmp_path: Path,
):
    store, source, article, highlight = _imported(tmp_path)
    hand_edit(store, lambda data: data["articles"].pop(article))
    code, said = _cli(store, "doctor")
    assert code == 1 and "re-import the article's file" in said and "--put-back" not in said
    assert _cli(store, "import", str(source))[0] == 0  # as told
    code, said = _cli(store, "annotations", article)
    assert highlight in said, said
    _one_article_with_its_highlight(store, article, highlight, "")  # its note went with it
