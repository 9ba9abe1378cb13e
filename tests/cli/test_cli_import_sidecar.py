"""``NAME.meta.json`` beside an imported ``NAME.txt`` (``.md``, ``.html``): the details its text
cannot state (a scraper's plain text names no outlet, date or address), read by every import.

A sidecar that cannot be read as written refuses its article, whole, in one line naming the
sidecar and why (exit 1), and leaves the store as it was: imported without the details, the
article's text would be a duplicate at the next import and the fixed sidecar never read.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from diplotui.ingest import import_paths, seed_if_empty
from diplotui.ingest.sidecar import MAX_SIDECAR_BYTES
from diplotui.paths import bundled_dir
from diplotui.store import Store
from tests.cli_runner import run_main

BODY = (
    "Talks resume in Geneva\n\n"
    "Minister Alpha said on Tuesday that the talks would resume in Geneva after a pause.\n"
)
DETAILS = {
    "title": "Geneva talks to resume, minister says",
    "source": "Mekong Monitor",
    "url": "https://mekong.example/geneva-talks",
    "author": "Anna Keller",
    "date": "2025-07-18",
}


def _article(folder: Path, name: str = "talks", meta: Any = None, body: str = BODY) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    path.write_text(body)
    if meta is not None:
        (folder / f"{name}.meta.json").write_text(json.dumps(meta))
    return path


def _store_bytes(store_path: Path) -> dict[str, bytes]:
    """Every file of the store (its bodies too), but the lock and the backups (one is taken
    whenever the store is opened to write): what an import may change."""
    folder = store_path.parent
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and ".lock" not in path.name and ".backups" not in str(path)
    }


def _imported_id(result: Any) -> str:
    assert result.returncode == 0, result
    line = next(line for line in result.stdout.splitlines() if line.startswith("imported"))
    return str(line.split()[1])


def test_a_files_sidecar_gives_its_details_which_list_and_meta_show(
    store_path: Path, tmp_path: Path
):
    path = _article(tmp_path / "in", meta={**DETAILS, "date_is_guess": True})
    db = ("--db", str(store_path))
    result = run_main(*db, "import", str(path))
    article_id = _imported_id(result)
    assert result.stdout == (
        f"imported  {article_id}  Geneva talks to resume, minister says  ({path})\n"
    )
    assert "no source" not in result.stderr and "no date" not in result.stderr
    listed = run_main(*db, "list").stdout
    assert f"{article_id}  2025-07-18? Geneva talks to resume, minister says\n" in listed
    assert run_main(*db, "meta", article_id).stdout == (
        f"id:     {article_id}\n"
        "title:  Geneva talks to resume, minister says\n"
        "source: Mekong Monitor\n"
        "date:   2025-07-18 (guessed)\n"
        "url:    https://mekong.example/geneva-talks\n"
        "author: Anna Keller\n"
    )


def test_a_sidecar_states_only_what_it_names_and_wins_over_the_files_own(
    store_path: Path, tmp_path: Path
):
    """A Markdown file's front matter gives what the sidecar leaves out; a stated date is no
    guess."""
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "note.md"
    path.write_text("---\ntitle: Front title\nauthor: Front Author\n---\n" + BODY)
    (folder / "note.meta.json").write_text(
        json.dumps({"title": "Sidecar title", "date": "2025-7-4"})
    )
    db = ("--db", str(store_path))
    article_id = _imported_id(run_main(*db, "import", str(path)))
    shown = run_main(*db, "meta", article_id).stdout
    assert "title:  Sidecar title\n" in shown
    assert "author: Front Author\n" in shown
    assert "date:   2025-07-04\n" in shown


def test_a_folder_of_articles_and_sidecars_imports_the_articles_only(
    store_path: Path, tmp_path: Path
):
    folder = tmp_path / "scraped"
    _article(folder, "one", meta={"source": "Mekong Monitor", "date": "2025-03-04"})
    _article(folder, "two", meta={"date": "2024-12-01"}, body="Second story\n\nIt rained.\n")
    _article(folder, "three", body="Third story\n\nIt snowed on March 3, 2021.\n")
    (folder / "orphan.meta.json").write_text(json.dumps({"date": "2025-01-01"}))
    db = ("--db", str(store_path))
    result = run_main(*db, "import", str(folder))
    assert result.returncode == 0, result
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["imported", "skipped", "imported", "imported"]
    assert lines[1] == (
        f"skipped   {folder / 'orphan.meta.json'}: a sidecar of details with no article beside "
        "it (orphan.txt, .md or .html)"
    )
    assert ".meta.json" not in "".join(lines[:1] + lines[2:])
    assert result.stderr.endswith("3 imported, 1 skipped\n")
    listed = run_main(*db, "list", "--source", "Mekong Monitor").stdout
    assert "2025-03-04  Talks resume in Geneva\n" in listed
    assert "2024-12-01  Second story\n" in run_main(*db, "list").stdout


def test_import_update_applies_a_changed_sidecar_to_the_unchanged_text(
    store_path: Path, tmp_path: Path
):
    path = _article(tmp_path / "in", meta={"date": "2025-07-18", "date_is_guess": True})
    db = ("--db", str(store_path))
    article_id = _imported_id(run_main(*db, "import", str(path)))
    again = run_main(*db, "import", str(path))
    assert again.stdout.startswith(f"duplicate {article_id}")
    sidecar = path.with_name("talks.meta.json")
    sidecar.write_text(json.dumps({"date": "2025-07-19", "source": "Mekong Monitor"}))
    told = run_main(*db, "import", str(path))
    assert (told.returncode, told.stdout) == (
        0,
        f"changed   {article_id}  Talks resume in Geneva  ({path}): its sidecar's details "
        "changed since it was imported (use --update to apply)\n",
    )
    assert "date:   2025-07-18 (guessed)\n" in run_main(*db, "meta", article_id).stdout
    updated = run_main(*db, "import", "--update", str(path))
    assert (updated.returncode, updated.stdout) == (
        0,
        f"updated   {article_id}  Talks resume in Geneva  ({path}): details from its sidecar\n",
    )
    shown = run_main(*db, "meta", article_id).stdout
    assert "source: Mekong Monitor\n" in shown and "date:   2025-07-19\n" in shown
    assert run_main(*db, "import", "--update", str(path)).stdout.startswith("duplicate")


def test_import_update_of_a_changed_text_takes_its_sidecars_details(
    store_path: Path, tmp_path: Path
):
    path = _article(tmp_path / "in", meta={"date": "2025-07-18"})
    db = ("--db", str(store_path))
    article_id = _imported_id(run_main(*db, "import", str(path)))
    _article(tmp_path / "in", meta={"date": "2025-07-20"}, body=BODY + "More words.\n")
    updated = run_main(*db, "import", "--update", str(path))
    assert updated.stdout.startswith(f"updated   {article_id}")
    assert "date:   2025-07-20\n" in run_main(*db, "meta", article_id).stdout


def test_an_address_another_story_holds_is_not_given_by_a_later_import(
    store_path: Path, tmp_path: Path
):
    """newuser55: a sidecar naming another stored story's address is imported without it,
    as said; the unchanged file imported again was then called "changed" (its sidecar's
    address), and ``--update``, of the sidecar or of a changed text, gave both articles
    that one address."""
    db = ("--db", str(store_path))
    other_body = "Port deal signed\n\nThe two ports agreed on Friday to share a shipping lane.\n"
    other = _article(tmp_path / "other", meta={"url": DETAILS["url"]}, body=other_body)
    other_id = _imported_id(run_main(*db, "import", str(other)))
    path = _article(tmp_path / "in", meta=DETAILS)
    first = run_main(*db, "import", str(path))
    article_id = _imported_id(first)
    assert f"is {other_id}'s, another story: stored as an article of its own" in first.stdout

    again = run_main(*db, "import", str(path))
    assert again.stdout.startswith(f"duplicate {article_id}"), again.stdout
    _article(tmp_path / "in", meta={**DETAILS, "author": "Minh Anh"})
    assert "details from its sidecar" in run_main(*db, "import", "--update", str(path)).stdout
    _article(tmp_path / "in", meta=DETAILS, body=BODY + "More words.\n")
    assert run_main(*db, "import", "--update", str(path)).stdout.startswith("updated")

    urls = {a["id"]: a["url"] for a in json.loads(run_main(*db, "list", "--json").stdout)}
    assert (urls[other_id], urls[article_id]) == (DETAILS["url"], "")


def _tags(db: tuple[str, str], article_id: str) -> list[str]:
    listed = json.loads(run_main(*db, "list", "--json").stdout)
    return next(sorted(article["tags"]) for article in listed if article["id"] == article_id)


def test_import_update_adds_the_tags_added_to_a_sidecar_keeping_the_users(
    store_path: Path, tmp_path: Path
):
    """A tag added to the sidecar after the first import was never applied: the text being
    the same, the import was a duplicate, ``--update`` too. The sidecar's new tags are added;
    a tag the user added in the app stays, and so do tags the sidecar no longer gives."""
    path = _article(tmp_path / "in", meta={"source": "Mekong Monitor", "tags": ["geneva"]})
    db = ("--db", str(store_path))
    article_id = _imported_id(run_main(*db, "import", str(path)))
    assert run_main(*db, "tag", article_id, "mine").returncode == 0
    sidecar = path.with_name("talks.meta.json")
    sidecar.write_text(json.dumps({"source": "Mekong Monitor", "tags": ["Geneva", "talks"]}))
    told = run_main(*db, "import", str(path))
    assert told.stdout.startswith(f"changed   {article_id}")
    assert "its sidecar's details changed" in told.stdout
    updated = run_main(*db, "import", "--update", str(path))
    assert updated.stdout.startswith(f"updated   {article_id}")
    assert _tags(db, article_id) == ["geneva", "mine", "talks"]
    assert run_main(*db, "import", "--update", str(path)).stdout.startswith("duplicate")
    sidecar.write_text(json.dumps({"tags": ["un"]}))  # a text changed too, a tag dropped
    path.write_text(BODY + "More words.\n")
    assert run_main(*db, "import", "--update", str(path)).stdout.startswith("updated")
    assert _tags(db, article_id) == ["geneva", "mine", "talks", "un"]


def test_a_user_corrected_detail_stays_over_a_changed_sidecar(store_path: Path, tmp_path: Path):
    path = _article(tmp_path / "in", meta={"source": "Mekong Monitor"})
    db = ("--db", str(store_path))
    article_id = _imported_id(run_main(*db, "import", str(path)))
    assert run_main(*db, "meta", article_id, "--source", "Hand Corrected").returncode == 0
    path.with_name("talks.meta.json").write_text(json.dumps({"source": "Other Outlet"}))
    assert run_main(*db, "import", "--update", str(path)).stdout.startswith("duplicate")
    assert "source: Hand Corrected\n" in run_main(*db, "meta", article_id).stdout


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _symlink_to_passwd(path: Path) -> None:
    path.symlink_to("/etc/passwd")


def _huge(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)


_UNPARSED = "Expecting property name enclosed in double quotes at line 1 column 16"
_KNOWN = "title, source, url, date, date_is_guess, author, tags"
_GUESS_TEXT = '{"date": "2025-07-18", "date_is_guess": "yes"}'
_LONG_URL = json.dumps({"url": "https://a.example/" + "a" * 9000})
_NOT_WEB = "its url 'javascript:alert(1)' is no web address (http:// or https://)"
_HUGE = f"too large (52,428,800 bytes, the limit is {MAX_SIDECAR_BYTES:,})"
BAD_SIDECARS: list[tuple[str, Any, str]] = [
    ("malformed", '{"title": "A", ', f"not valid JSON ({_UNPARSED})"),
    ("not_object", "[1, 2]", "holds a list, not an object of details (title, source, ...)"),
    ("wrong_type", '{"title": 5}', "its title is a number, not text"),
    ("guess_not_bool", _GUESS_TEXT, "its date_is_guess is text, not true or false"),
    ("unknown", '{"titel": "A"}', f"no detail 'titel' (it may give {_KNOWN})"),
    ("bad_date", '{"date": "2025-13-45"}', "its date '2025-13-45' is no calendar date"),
    ("far_date", '{"date": "9999-12-31"}', "its date '9999-12-31' is more than a year after today"),
    ("control", '{"title": "Red \\u001b[31m"}', "its title holds a control character (U+001B)"),
    ("bidi", '{"author": "Ann \\u202eevil"}', "its author holds a control character (U+202E)"),
    ("not_web", '{"url": "javascript:alert(1)"}', _NOT_WEB),
    ("long_url", _LONG_URL, "its url is 9,018 characters long: at most 8,192"),
    ("guess_alone", '{"date_is_guess": true}', "its date_is_guess names no date"),
    ("not_utf8", b'{"title": "\xff"}', "not UTF-8 text"),
    ("nested", "[" * 50_000, "nested too deep to be details"),
    ("huge", _huge, _HUGE),
    ("fifo", _fifo, "not a regular file"),
    ("passwd", _symlink_to_passwd, "a symbolic link leading out of its folder (not followed)"),
]


@pytest.mark.parametrize(
    ("name", "content", "reason"), BAD_SIDECARS, ids=[b[0] for b in BAD_SIDECARS]
)
def test_a_bad_sidecar_refuses_its_article_in_one_line_and_changes_nothing(
    store_path: Path, tmp_path: Path, name: str, content: Any, reason: str
):
    db = ("--db", str(store_path))
    kept = _article(tmp_path / "kept", meta={"date": "2025-01-02"})
    _imported_id(run_main(*db, "import", str(kept)))
    before = _store_bytes(store_path)
    path = _article(tmp_path / "in", name)
    sidecar = path.with_name(f"{name}.meta.json")
    if callable(content):
        content(sidecar)
    elif isinstance(content, bytes):
        sidecar.write_bytes(content)
    else:
        sidecar.write_text(content)
    result = run_main(*db, "import", str(path))
    assert (result.returncode, result.stdout) == (
        1,
        f"failed    {path}: its sidecar {sidecar}: {reason}\n",
    )
    assert _store_bytes(store_path) == before


def test_a_bad_sidecar_in_a_folder_fails_its_article_alone(store_path: Path, tmp_path: Path):
    folder = tmp_path / "scraped"
    _article(folder, "good", meta={"date": "2025-03-04"})
    _article(folder, "bad", body="Other story\n\nIt rained.\n")
    (folder / "bad.meta.json").symlink_to("/etc/passwd")
    result = run_main("--db", str(store_path), "import", str(folder))
    assert result.returncode == 1
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["failed", "imported"]
    assert "root:" not in result.stdout + result.stderr


def test_rich_markup_in_a_sidecars_title_is_kept_as_words(store_path: Path, tmp_path: Path):
    """Brackets are a headline's words ("[Video] Talks resume"): stored and shown as written,
    never read as styles."""
    path = _article(tmp_path / "in", meta={"title": "[Video] Talks [bold]resume[/bold]"})
    db = ("--db", str(store_path))
    article_id = _imported_id(run_main(*db, "import", str(path)))
    assert "title:  [Video] Talks [bold]resume[/bold]\n" in run_main(*db, "meta", article_id).stdout


def test_a_sidecar_named_on_its_own_is_no_article(store_path: Path, tmp_path: Path):
    path = _article(tmp_path / "in", meta={"date": "2025-01-02"})
    sidecar = path.with_name("talks.meta.json")
    result = run_main("--db", str(store_path), "import", str(sidecar))
    assert (result.returncode, result.stdout) == (
        1,
        f"failed    {sidecar}: the sidecar of details of the article beside it, not an "
        "article (import talks.txt, .md or .html: its details come with it)\n",
    )


def test_sidecars_a_glob_names_with_their_articles_are_read_with_them(
    store_path: Path, tmp_path: Path
):
    """``import arts/0[1-3]*``: the shell names each article and its sidecar; each sidecar was
    listed as failed ("6 imported, 3 failed", exit 1) though read with its article (left44b)."""
    folder = tmp_path / "arts"
    _article(folder, "01-talks", meta={"source": "Mekong Monitor", "date": "2025-03-04"})
    _article(folder, "02-rain", meta={"date": "2024-12-01"}, body="Second story\n\nIt rained.\n")
    _article(folder, "03-snow", body="Third story\n\nIt snowed.\n")
    db = ("--db", str(store_path))
    globbed = sorted(str(path) for path in folder.glob("0[1-3]*"))
    assert len(globbed) == 5
    result = run_main(*db, "import", *globbed)
    assert result.returncode == 0, result
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["imported"] * 3
    assert ".meta.json" not in result.stdout
    assert result.stderr.endswith("3 imported\n")
    listed = run_main(*db, "list").stdout
    assert "2025-03-04  Talks resume in Geneva\n" in listed
    assert "2024-12-01  Second story\n" in listed


def test_a_sidecar_named_without_its_article_still_fails_beside_other_articles(
    store_path: Path, tmp_path: Path
):
    folder = tmp_path / "arts"
    named = _article(folder, "01-talks", meta={"date": "2025-03-04"})
    _article(folder, "02-rain", meta={"date": "2024-12-01"}, body="Second story\n\nIt rained.\n")
    sidecar = folder / "02-rain.meta.json"
    result = run_main("--db", str(store_path), "import", str(named), str(sidecar))
    assert result.returncode == 1, result
    imported, failed = result.stdout.splitlines()
    assert imported.startswith("imported") and imported.endswith(f"({named})")
    assert failed == (
        f"failed    {sidecar}: the sidecar of details of the article beside it, not an "
        "article (import 02-rain.txt, .md or .html: its details come with it)"
    )


def test_the_seeds_first_run_reads_their_sidecars(tmp_path: Path):
    """The bundled seeds' dates and outlet are in their sidecars, not in the code."""
    seeds = bundled_dir("seeds")
    sidecars = sorted(seeds.glob("*.meta.json"))
    assert [p.name.removesuffix(".meta.json") for p in sidecars] == sorted(
        p.stem for p in seeds.glob("*.txt")
    )
    stated = {p.name.removesuffix(".meta.json"): json.loads(p.read_text()) for p in sidecars}
    with Store.open(tmp_path / "s.json") as store:
        report = seed_if_empty(store)
        assert report is not None and not report.failed
        assert report.count("imported") == len(sidecars)
        assert not any(outcome.uncited for outcome in report.outcomes)
        for article in store.articles():
            meta = stated[Path(article.origin_path).stem]
            assert (article.date, article.date_is_guess) == (meta["date"], meta["date_is_guess"])
            assert article.source == meta["source"] == "World & Vietnam Report"


def test_the_seeds_imported_again_by_a_user_keep_their_sidecars(tmp_path: Path):
    with Store.open(tmp_path / "s.json") as store:
        report = import_paths(store, [bundled_dir("seeds")])
        assert [o.status for o in report.outcomes] == ["imported", "imported"]
        assert sorted(a.date for a in store.articles()) == ["2025-07-18", "2025-12-30"]


def test_a_sidecars_date_read_either_way_is_kept_as_a_guess_and_said(
    store_path: Path, tmp_path: Path
):
    """As a front matter's: "12/05/2025" is May 12 or December 5, kept as the day-first guess."""
    path = _article(tmp_path / "in", meta={"date": "12/05/2025"})
    result = run_main("--db", str(store_path), "import", str(path))
    article_id = _imported_id(result)
    assert result.stdout.endswith(
        f"({path}): its sidecar's date '12/05/2025' may be read day or month first: kept as "
        "the guess 2025-05-12?\n"
    )
    shown = run_main("--db", str(store_path), "meta", article_id).stdout
    assert "date:   2025-05-12 (guessed)\n" in shown
