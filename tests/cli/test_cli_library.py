"""``diplotui import`` and ``diplotui list`` as a user runs them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from diplotui.cli.main import main
from tests.cli_runner import run_main

ARTICLE = "Vietnam, Laos talks\nWVR - On July 18, 2025, ministers met in Hà Nội on ASEAN.\n"
OTHER = "---\ntitle: UN session\nsource: The Diplomat\ndate: 2023-05-02\ntags: [un]\n---\nText.\n"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``diplotui ARGS`` as through a child's pipes (``tests/cli_runner.py``)."""
    return run_main(*args)


def test_import_reports_each_file_and_exits_1_on_failure(tmp_path: Path):
    db = str(tmp_path / "s.json")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.md").write_text(OTHER, encoding="utf-8")
    (folder / "c.txt").write_bytes(b"\x00\x01binary")
    result = cli("--db", db, "import", str(folder))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("imported") and "Vietnam, Laos talks" in lines[0]
    assert lines[1].startswith("imported") and "UN session" in lines[1]
    assert lines[2] == f"failed    {folder / 'c.txt'}: binary file (contains NUL bytes)"
    assert "2 imported, 1 failed" in result.stderr
    assert "\x1b[" not in result.stderr  # no progress bar when stderr is not a terminal

    again = cli("--db", db, "import", str(folder / "a.txt"))
    assert again.returncode == 0 and again.stdout.startswith("duplicate")


def test_import_of_a_dated_newsletter_asks_only_for_its_source(tmp_path: Path):
    """A newsletter's text gives its date ("3 December 2026"), not its outlet: the import
    asked for "no source or no date" and for a --date the article already had."""
    db = str(tmp_path / "s.json")
    letter = tmp_path / "digest.txt"
    letter.write_text(
        "Weekly Diplomacy Digest, 3 December 2026\n\nThe ministers met in Nairobi.\n",
        encoding="utf-8",
    )
    result = cli("--db", db, "import", str(letter))
    assert result.returncode == 0, result.stderr
    article_id = result.stdout.split()[1]
    assert "2026-12-03" in cli("--db", db, "meta", article_id).stdout
    assert result.stderr.splitlines()[1:] == [
        f"1 imported with no source to cite ({article_id}): "
        f"diplotui meta {article_id} --source NAME adds it",
        "1 imported",
    ]


def test_import_says_which_articles_have_no_source_or_date_to_cite(tmp_path: Path):
    """A plain text file names no outlet (and a date only when its text gives one): the
    import said "2 imported", and the brief's citations then named neither, unnoticed."""
    db = str(tmp_path / "s.json")
    (tmp_path / "a.txt").write_text("Talks resume\nThe ministers met.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(OTHER, encoding="utf-8")  # front matter: source and date
    result = cli("--db", db, "import", str(tmp_path / "a.txt"), str(tmp_path / "b.md"))
    assert result.returncode == 0, result.stderr
    bare = result.stdout.split()[1]
    assert result.stderr.splitlines()[1:] == [  # after the first run's line
        f"1 imported with no source or no date to cite ({bare}): "
        f"diplotui meta {bare} --source NAME --date YYYY-MM-DD adds them",
        "2 imported",
    ]
    cited = cli("--db", db, "import", str(tmp_path / "b.md"), "--db", str(tmp_path / "t.json"))
    assert cited.stderr.splitlines()[1:] == ["1 imported"]


def test_a_commands_first_run_says_it_added_the_bundled_articles(tmp_path: Path):
    """newuser55: an analyst's first command, an import of one file into a new library, also
    stored the two bundled articles without a word, and `list` showed three; the app's first
    run says so, and now the command's does, once, naming how to remove them."""
    db = str(tmp_path / "s.json")
    (tmp_path / "a.md").write_text(OTHER, encoding="utf-8")
    first = cli("--db", db, "import", str(tmp_path / "a.md"))
    seeds = [line.split()[0] for line in cli("--db", db, "list").stdout.splitlines()]
    seeds = [article_id for article_id in seeds if article_id not in first.stdout]
    assert len(seeds) == 2
    assert first.stderr.splitlines()[0] == (
        f"diplotui: first run: imported 2 bundled articles into {db} "
        f"(diplotui rm {' '.join(sorted(seeds, reverse=True))} removes them)"
    )
    assert "first run" not in cli("--db", db, "list").stderr
    fresh = str(tmp_path / "t.json")
    refused = cli("--db", fresh, "statements", "--since", "2026", "--until", "2025")
    assert refused.stderr.count("\n") == 1  # an error stays one line
    assert "first run" in cli("--db", str(tmp_path / "u.json"), "list").stderr


def test_changed_file_needs_update(tmp_path: Path, capsys):
    db = str(tmp_path / "s.json")
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["--db", db, "import", str(path)]) == 0
    path.write_text(ARTICLE + "A new paragraph.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", db, "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("changed") and "--update" in out
    assert main(["--db", db, "import", "--update", str(path)]) == 0
    assert capsys.readouterr().out.startswith("updated")


def test_list_filters_sorts_and_json(tmp_path: Path, capsys):
    db = str(tmp_path / "s.json")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text(OTHER, encoding="utf-8")
    assert main(["--db", db, "import", str(tmp_path / "a.txt"), str(tmp_path / "b.md")]) == 0
    capsys.readouterr()

    def listed(*args: str) -> list[dict]:
        assert main(["--db", db, "list", "--json", *args]) == 0
        return json.loads(capsys.readouterr().out)

    everything = listed()  # with the bundled seeds, imported on first use
    dates = [a["date"] for a in everything]
    assert dates == sorted(dates, reverse=True) and everything[-1]["title"] == "UN session"
    first = next(a for a in everything if a["title"] == "Vietnam, Laos talks")
    assert {"id", "title", "tags", "source", "date", "url", "annotations"} <= set(first)
    assert (first["source"], first["date"], first["annotations"]) == (
        "World & Vietnam Report",
        "2025-07-18",
        0,
    )
    assert [a["title"] for a in listed("--tag", "un")] == ["UN session"]
    assert [a["title"] for a in listed("--source", "diplomat")] == ["UN session"]
    assert [a["title"] for a in listed("--search", "ha noi asean")] == ["Vietnam, Laos talks"]
    assert [a["title"] for a in listed("--until", "2024")] == ["UN session"]
    in_july = listed("--since", "2025-07-18", "--until", "2025-07")
    assert "Vietnam, Laos talks" in [a["title"] for a in in_july]
    assert {a["date"] for a in in_july} == {"2025-07-18"}
    assert [a["title"] for a in listed("--entity", "Hanoi")] == ["Vietnam, Laos talks"]
    by_title = [a["title"] for a in listed("--sort", "title")]
    assert by_title == sorted(by_title, key=str.casefold)

    assert main(["--db", db, "list", "--tag", "un"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.endswith("UN session  #un") and "2023-05-02" in line


def test_list_rejects_a_bad_date_with_usage_status(tmp_path: Path, capsys):
    assert main(["--db", str(tmp_path / "s.json"), "list", "--since", "someday"]) == 2
    assert "since 'someday': no date read there; type" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("option", "day"),
    [
        (["list", "--since"], "2025-02-30"),
        (["list", "--until"], "2023-02-29"),
        (["list", "--since"], "0000-01-01"),
        (["statements", "--until"], "2025-02-30"),
        (["statements", "--since"], "2025-04-31"),
    ],
)
def test_an_impossible_day_is_a_one_line_usage_error(tmp_path: Path, option, day):
    result = cli("--db", str(tmp_path / "s.json"), *option, day)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.count("\n") == 1
    assert f"{option[1][2:]} {day!r}: no such day" in result.stderr


@pytest.mark.parametrize(
    ("command", "since", "until"),
    [("list", "2025-07", "2025-06"), ("list", "2025-07-18", "2025-07-17"),
     ("statements", "2026", "2025-12-31")],
)  # fmt: skip
def test_a_since_after_the_until_is_a_one_line_usage_error(tmp_path: Path, command, since, until):
    """Bounds the wrong way round (the two dates swapped) said "no article matches" with
    exit 0: an empty answer taken for a true one."""
    result = cli("--db", str(tmp_path / "s.json"), command, "--since", since, "--until", until)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.count("\n") == 1
    assert f"since {since!r} is after until {until!r}" in result.stderr


def test_bounds_of_the_same_month_or_day_are_kept(tmp_path: Path):
    result = cli("--db", str(tmp_path / "s.json"), "list", "--since", "2025-07", "--until",
                 "2025-07-18")  # fmt: skip
    assert result.returncode == 0 and "Enhancing capacity" in result.stdout


def _two_imported(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A store holding ARTICLE and OTHER, and their ids by title."""
    from diplotui.store import Store

    db = tmp_path / "s.json"
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    other = tmp_path / "b.md"
    other.write_text(OTHER, encoding="utf-8")
    assert cli("--db", str(db), "import", str(source), str(other)).returncode == 0
    with Store.open(db) as store:
        return db, {a.title: a.id for a in store.articles()}


def test_rm_deletes_articles_counts_annotations_and_the_backup_keeps_them(tmp_path: Path):
    from diplotui.store import Store, load_store_json
    from diplotui.store.backups import backup_files

    db, ids = _two_imported(tmp_path)
    article_id = ids["Vietnam, Laos talks"]
    for quote in ("ministers met", "ASEAN"):
        assert cli("--db", str(db), "highlight", article_id[:6], "--quote", quote).returncode == 0
    assert cli("--db", str(db), "note", article_id[:6], "check this").returncode == 0

    unknown = cli("--db", str(db), "rm", article_id[:6], "ffffffffff")
    assert unknown.returncode == 2, "one unknown id: nothing is deleted"
    result = cli("--db", str(db), "rm", article_id[:6])
    assert result.returncode == 0, result.stderr
    assert "Vietnam, Laos talks" in result.stdout
    assert "Deleted 1 article and 3 annotations." in result.stdout
    with Store.open(db, read_only=True) as store:
        titles = [a.title for a in store.articles()]
        assert "UN session" in titles and "Vietnam, Laos talks" not in titles
        assert store.highlights() == []
    newest = backup_files(db)[0]
    assert str(newest) in result.stdout
    kept = load_store_json(newest)
    assert len(kept["highlights"]) == 2
    assert any(doc["id"] == article_id for doc in kept["articles"].values())


def test_rm_counts_one_annotation_and_no_annotation_in_the_singular_and_plural(tmp_path: Path):
    db, ids = _two_imported(tmp_path)
    noted = ids["Vietnam, Laos talks"]
    assert cli("--db", str(db), "note", noted[:6], "check this").returncode == 0

    one = cli("--db", str(db), "rm", noted[:6])
    assert one.returncode == 0, one.stderr
    assert "(1 annotation)" in one.stdout
    assert "Deleted 1 article and 1 annotation." in one.stdout
    none = cli("--db", str(db), "rm", ids["UN session"][:6])
    assert "(0 annotations)" in none.stdout and "and 0 annotations." in none.stdout


def test_folder_import_takes_only_article_formats_and_lists_the_rest(tmp_path: Path):
    """A project folder holds more than articles: pyproject.toml once became an article
    titled "[build-system]", SOURCES.tsv one titled "file url title"."""
    db = str(tmp_path / "s.json")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.markdown").write_text(OTHER, encoding="utf-8")
    (folder / "page.htm").write_text(
        "<html><head><title>Mekong page</title></head><body><article><h1>Mekong page</h1>"
        "<p>Ministers met on the Mekong and agreed to keep talking about water.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (folder / "pyproject.toml").write_text('[build-system]\nrequires = ["hatchling"]\n')
    (folder / "SOURCES.tsv").write_text("file\turl\ttitle\na.txt\thttps://x\tA\n")
    (folder / "notes").write_text("Plain words without a suffix\n")
    result = cli("--db", db, "import", str(folder))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    skipped = sorted(line.split()[1].rstrip(":") for line in lines if line.startswith("skipped"))
    names = ("SOURCES.tsv", "notes", "pyproject.toml")
    assert skipped == [str(folder / name) for name in names]
    assert all("not a format diplotui reads" in line for line in lines if "skipped" in line)
    assert result.stderr.strip().endswith("3 imported, 3 skipped")
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    titles = {article["title"] for article in listed}
    assert "[build-system]" not in titles and "file url title" not in titles
    assert "Mekong page" in titles

    named = cli("--db", db, "import", str(folder / "notes"))  # named alone: tried anyway
    assert named.returncode == 0 and named.stdout.startswith("imported"), named.stdout


def test_import_of_an_empty_path_is_an_error_not_the_current_folder(tmp_path: Path, monkeypatch):
    (tmp_path / "stray.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "s.json"
    monkeypatch.chdir(tmp_path)
    result = cli("--db", str(db), "import", "")
    assert result.returncode == 2
    assert result.stderr == "diplotui: import: an empty path names no file or folder\n"
    assert result.stdout == "" and not db.exists()


def test_untag_names_a_tag_the_article_did_not_have(tmp_path: Path):
    """'untag ID typo' printed the tags unchanged with nothing else, and removing the last
    tag printed an empty line: the user could not tell what happened."""
    db = str(tmp_path / "s.json")
    (tmp_path / "b.md").write_text(OTHER, encoding="utf-8")
    assert cli("--db", db, "import", str(tmp_path / "b.md")).returncode == 0
    article_id = json.loads(cli("--db", db, "list", "--json", "--tag", "un").stdout)[0]["id"]
    result = cli("--db", db, "untag", article_id, "un", "nu")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{article_id}  (no tags)"
    assert result.stderr.strip() == f"diplotui: {article_id} had no tag #nu"


def test_tag_and_untag_with_no_tag_given_refuse_and_write_nothing(tmp_path: Path):
    """'tag ID ""' exited 0 and changed nothing: a script could not tell it from a tag added."""
    db = tmp_path / "s.json"
    (tmp_path / "b.md").write_text(OTHER, encoding="utf-8")
    assert cli("--db", str(db), "import", str(tmp_path / "b.md")).returncode == 0
    article_id = json.loads(cli("--db", str(db), "list", "--json").stdout)[0]["id"]
    before = db.read_bytes()
    for command, given in (("tag", ""), ("tag", " #, "), ("untag", "")):
        result = cli("--db", str(db), command, article_id, given)
        assert result.returncode == 2, (command, given, result.stdout)
        assert result.stderr.count("\n") == 1 and "no tag given" in result.stderr
        assert "nothing was written" in result.stderr
    assert db.read_bytes() == before


def test_import_names_the_legacy_encoding_a_file_was_read_in(tmp_path: Path):
    """Which code page a non-UTF-8 file was read in was never said: a guess was silent."""
    db = str(tmp_path / "s.json")
    path = tmp_path / "lt.txt"
    path.write_bytes(
        (Path(__file__).parents[1] / "data" / "encodings" / "lt.cp1257.txt").read_bytes()
    )
    result = cli("--db", db, "import", str(path))
    assert result.returncode == 0
    assert result.stdout.startswith("imported") and "Šiauliai, lapkričio 28 d." in result.stdout
    assert result.stdout.rstrip().endswith(f"({path}): read as windows-1257 (detected)")


def test_a_tag_given_decomposed_is_the_composed_tag(tmp_path: Path):
    """'tag ID café' with the accent as a combining mark (as pasted from a PDF or a macOS
    file name) added a second #café beside the composed one, which 'list --tag café' typed
    composed did not find; untag removes either form."""
    db = str(tmp_path / "s.json")
    (tmp_path / "b.md").write_text(OTHER, encoding="utf-8")
    assert cli("--db", db, "import", str(tmp_path / "b.md")).returncode == 0
    article_id = json.loads(cli("--db", db, "list", "--json", "--tag", "un").stdout)[0]["id"]
    composed, decomposed = "caf\u00e9", "cafe\u0301"
    assert cli("--db", db, "tag", article_id, composed).returncode == 0
    result = cli("--db", db, "tag", article_id, decomposed, f"r{decomposed}")
    assert result.stdout.strip() == f"{article_id}  #un #{composed} #r{composed}"
    [found] = json.loads(cli("--db", db, "list", "--json", "--tag", f"r{composed}").stdout)
    assert found["tags"] == ["un", composed, f"r{composed}"]
    result = cli("--db", db, "untag", article_id, decomposed)
    assert result.stdout.strip() == f"{article_id}  #un #r{composed}"


SURNAMES = {
    "a.txt": "Baerbock in Paris\n\nGerman Foreign Minister Annalena Baerbock arrived in Paris "
    "on Monday. Baerbock said the talks were useful.\n",
    "b.txt": "Wong in Canberra\n\nAustralian Foreign Minister Penny Wong met her counterpart "
    "in Canberra. Wong said ties were stable.\n",
    "c.txt": "Wong in Jakarta\n\nSingapore Prime Minister Lawrence Wong visited Jakarta. "
    "Wong said trade would grow.\n",
}


def _imported(tmp_path: Path, texts: dict[str, str]) -> str:
    """A store in ``tmp_path`` holding ``texts`` (file name -> text), imported; its path."""
    db = str(tmp_path / "s.json")
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    cli("--db", db, "import", *(str(tmp_path / name) for name in texts))
    return db


def test_list_entity_by_surname_finds_the_person_and_says_whom_it_took(tmp_path: Path):
    """``--entity Baerbock`` found nothing, while each article names her "Annalena Baerbock"
    first: a surname is how a user asks for a person. A surname two people share finds both,
    and stderr names them, so the two are never silently one."""
    db = _imported(tmp_path, SURNAMES)
    surname = cli("--db", db, "list", "--entity", "Baerbock")
    assert surname.returncode == 0, surname.stderr
    assert [line.split("  ")[-1] for line in surname.stdout.splitlines()] == ["Baerbock in Paris"]
    assert surname.stderr == "diplotui: Baerbock: Annalena Baerbock\n"

    shared = cli("--db", db, "list", "--entity", "wong")
    titles = sorted(line.split("  ")[-1] for line in shared.stdout.splitlines())
    assert titles == ["Wong in Canberra", "Wong in Jakarta"]
    assert shared.stderr == "diplotui: wong: Lawrence Wong, Penny Wong\n"

    whole = cli("--db", db, "list", "--entity", "Annalena Baerbock")
    assert (whole.stdout, whole.stderr) == (surname.stdout, "")  # a name found as given
    assert cli("--db", db, "list", "--entity", "Baer").stdout == ""  # a whole word, not a start


def test_a_surname_one_article_names_alone_still_finds_those_naming_the_person_whole(
    tmp_path: Path,
):
    """newuser47: one article said only "Aliyev", and ``--entity aliyev`` listed it alone,
    not the article naming "President Ilham Aliyev": the surname's own entity hid the person
    it is the surname of. A body holding the word ("the Heydar Aliyev Foundation") is taken
    as when no article names the surname alone (attack47: else that article took it out)."""
    texts = {
        "a.txt": "Aliyev in Baku\n\nAliyev said the talks were over. Aliyev left on Monday.\n",
        "b.txt": "Summit\n\nPresident Ilham Aliyev met the envoy in Baku on Friday.\n",
        "c.txt": "Gala\n\nThe Heydar Aliyev Foundation held a gala in Baku.\n",
    }
    db = _imported(tmp_path, texts)
    found = cli("--db", db, "list", "--entity", "aliyev")
    assert found.returncode == 0, found.stderr
    titles = sorted(line.split("  ")[-1] for line in found.stdout.splitlines())
    assert titles == ["Aliyev in Baku", "Gala", "Summit"]
    assert found.stderr == "diplotui: aliyev: Aliyev, Heydar Aliyev Foundation, Ilham Aliyev\n"


def test_an_author_who_made_no_highlight_is_answered_with_the_names_in_use(tmp_path: Path):
    """A teammate renamed by ``sync --author`` ("bob", now "Bob Tran"): ``list --author bob``
    said "no article matches" alone, as if his work were gone from the library."""
    from diplotui.anchoring import new_highlight
    from diplotui.model import Article
    from diplotui.store import Store, text_hash

    db = tmp_path / "s.json"
    text = "Ministers met in Hanoi. They agreed to keep talking."
    with Store.open(db) as store:
        article = Article(id=text_hash(text)[:12], title="Hanoi talks", text_hash="")
        store.add_article(article, text)
        for author, words in (("Bob Tran", "keep talking"), ("mai", "Ministers met")):
            start = text.index(words)
            store.save_highlight(
                new_highlight(article.id, text, start, start + len(words), author=author)
            )
    found = cli("--db", str(db), "list", "--author", "bob tran")
    assert found.returncode == 0 and "Hanoi talks" in found.stdout
    missed = cli("--db", str(db), "list", "--author", "bob")
    assert (missed.returncode, missed.stdout) == (0, "")
    assert missed.stderr == (
        "diplotui: no article matches: no highlight is by 'bob'; they are by Bob Tran, mai\n"
    )
