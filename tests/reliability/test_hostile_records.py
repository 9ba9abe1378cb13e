"""Hostile records from exports, front matter, the command line and hand-edited stores.

Each case runs the command line's ``main`` (in this process, through pipes as a child's; a real
child process where argument bytes or a lock that may block matter) or the app under Pilot on
real files: the app never dies, the command line never prints a traceback, and what cannot be
used is said in one line.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from textual.content import Content

from diplotui.export import export
from diplotui.inert import inert
from diplotui.library.view import LAST_ARTICLE_SETTING
from diplotui.model import Article, Highlight
from diplotui.palette import DEFAULT_COLOUR
from diplotui.store import Store, text_hash
from diplotui.tags import MAX_TAG_LENGTH, MAX_TAGS_PER_RECORD
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main
from tests.reliability.terminal import Terminal, needs_tmux, terminal
from tests.tui.helpers import settle_start_up

__all__ = ["terminal"]  # the fixture, used by name

DIPLOTUI = [sys.executable, "-m", "diplotui.cli.main"]
TEXT = "Talks in Hanoi\n\nMinisters met in Hanoi on trade. They agreed to meet in May.\n"
QUOTE = "Ministers met in Hanoi"
OSC = "\x1b]52;c;ZXZpbA==\x07\x1b]8;;http://evil\x07"


def run(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_main("--db", str(store), *args)


def run_process(store: Path, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*DIPLOTUI, "--db", str(store), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def assert_one_line_failure(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert all(needle in lines[0] for needle in needles), lines[0]
    return lines[0]


def assert_clean_success(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "library.json"


def make_store(path: Path, *, highlight: bool = True) -> tuple[str, str]:
    """One article (and a highlight on QUOTE); returns their ids."""
    with Store.open(path) as store:
        article = Article(id=store.new_article_id(text_hash(TEXT)), title="Talks", text_hash="")
        store.add_article(article, TEXT)
        start = TEXT.index(QUOTE)
        mark = Highlight(
            id="00000000abcd", article_id=article.id, start=start, end=start + len(QUOTE),
            quote=QUOTE, note="a note",
        )  # fmt: skip
        if highlight:
            store.save_highlight(mark)
        store.set_setting(LAST_ARTICLE_SETTING, article.id)
        return article.id, mark.id


def hand_edit(path: Path, change) -> None:
    """Edit the store file as a person with a text editor would (its trust stamp goes stale)."""
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def body_path(path: Path) -> Path:
    digest = text_hash(TEXT)
    return path.with_name(path.name + ".bodies") / digest[:2] / f"{digest}.txt"


def export_file(tmp_path: Path, **changes: object) -> Path:
    """A diplotui JSON export of one article with one highlight; ``changes`` edit its records."""
    digest = text_hash(TEXT)
    start = TEXT.index(QUOTE)
    article = {"id": digest[:12], "title": "Exported talks", "text_hash": digest, "text": TEXT}
    article.update(changes.get("article", {}))  # type: ignore[arg-type]
    highlight = {
        "id": "0000000000ee", "article_id": digest[:12], "start": start,
        "end": start + len(QUOTE), "quote": QUOTE, "prefix": TEXT[:start], "suffix": " on trade",
    }  # fmt: skip
    highlight.update(changes.get("highlight", {}))  # type: ignore[arg-type]
    document = {
        "format": "diplotui-export",
        "version": 1,
        "articles": [article],
        "highlights": [highlight],
        "corrections": changes.get("corrections", []),
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document))
    return path


# -- 5: unknown highlight colours -----------------------------------------------------------


def test_a_reading_state_the_app_has_not_from_an_export_is_read(store_path: Path, tmp_path: Path):
    """An export's article with the state "maybe" was stored so, and the store's check sets
    such an article aside at its next open: it comes in read, as one saved by hand."""
    store_path.parent.mkdir(exist_ok=True)
    result = run(store_path, "import", str(export_file(tmp_path, article={"state": "maybe"})))
    assert_clean_success(result)
    with Store.open(store_path, read_only=True) as store:
        assert [a.state for a in store.articles() if a.title == "Exported talks"] == ["read"]
        assert store.quarantined() == []


def test_unknown_colour_from_an_export_becomes_the_default_with_a_warning(
    store_path: Path, tmp_path: Path
):
    make_store(store_path, highlight=False)
    result = run(store_path, "import", str(export_file(tmp_path, highlight={"color": "teal"})))
    assert_clean_success(result)
    assert "1 of unknown colour shown as key statement" in result.stdout
    with Store.open(store_path, read_only=True) as store:
        assert [h.color for h in store.highlights()] == [DEFAULT_COLOUR]


async def test_app_opens_an_article_whose_stored_colour_is_unknown(store_path: Path):
    """A hand-edited colour, and a hand-edited update stamp that is no time and holds markup
    (the reader's title shows it as text: read as markup it crashed the app). The highlight
    of a colour the palette has not is set aside, as other bad records are (newuser30: it was
    listed and exported as "teal", a colour with no meaning, doctor silent)."""
    article_id, highlight_id = make_store(store_path)
    hand_edit(
        store_path, lambda data: [h.update(color="teal") for h in data["highlights"].values()]
    )
    hand_edit(
        store_path,
        lambda data: [a.update(text_changed_at="[/b]hand-made") for a in data["articles"].values()],
    )
    with Store.open(store_path) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            reader = app.screen.query_one("Reader")
            assert reader.article_id == article_id
            assert reader.highlights == []
            [kept] = store.quarantined()
            assert kept.key == highlight_id and "its colour 'teal'" in kept.reason
            assert Content.from_markup(reader.border_title or "").plain == (
                "Reader · updated [/b]hand-made"
            )
            assert app.is_running


@needs_tmux
def test_the_app_exit_status_is_non_zero_when_it_dies(terminal: Terminal, store_path: Path):
    make_store(store_path)
    crash = (
        "import sys, diplotui.tui.screens.main as m; "
        "m.MainScreen._show_store = lambda self: 1 / 0; "
        "from diplotui.cli.main import main; sys.exit(main(sys.argv[1:]))"
    )
    terminal.start(
        f"sh -c '{sys.executable} -c \"{crash}\" --db {store_path}; echo exit=$?; sleep 60'"
    )
    screen = terminal.wait_for("exit=", timeout=30)
    assert "exit=1" in screen, screen


# -- 6: unreadable bodies -------------------------------------------------------------------

UNREADABLE = {
    "missing": (None, "No such file"),
    "not UTF-8": (b"\xff\xfe\x00 broken", "do not match"),
    "altered": (TEXT.replace("May", "June").encode(), "do not match"),
}


def spoil_body(path: Path, kind: str) -> None:
    content, _ = UNREADABLE[kind]
    body = body_path(path)
    if content is None:
        body.unlink()
    else:
        body.write_bytes(content)


@pytest.mark.parametrize("kind", UNREADABLE)
def test_cli_on_an_unreadable_body_says_one_line(store_path: Path, kind: str):
    article_id, _ = make_store(store_path)
    spoil_body(store_path, kind)
    reason = UNREADABLE[kind][1]
    for args in (["highlight", article_id, "--quote", "agreed"], ["entities", article_id]):
        assert_one_line_failure(run(store_path, *args), str(body_path(store_path)), reason)
    for fmt in ("markdown", "csv"):  # hold no texts
        result = run(store_path, "export", "--format", fmt)
        assert_clean_success(result)
        assert QUOTE in result.stdout, "the stored highlight still exports"
    for fmt in ("json", "w3c"):  # the rest exported, the article without its text, said
        result = run(store_path, "export", "--format", fmt)
        assert_one_line_failure(result, str(body_path(store_path)), reason, article_id)
        assert QUOTE in result.stdout, "the stored highlight still exports"
    doctor = run(store_path, "doctor")
    assert doctor.returncode == 1 and article_id in doctor.stdout
    assert_clean_success(run(store_path, "annotations"))


async def test_app_with_an_unreadable_body_opens_and_searches(store_path: Path):
    make_store(store_path)
    spoil_body(store_path, "not UTF-8")
    with Store.open(store_path) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle_start_up(app, pilot)  # its workers read the texts (one pause: too few)
            messages = [str(n.message) for n in app._notifications]
            assert any("article text unreadable" in m for m in messages), messages
            reader = app.screen.query_one("Reader")
            assert reader.article_id is None
            shown = "".join(s.text for s in reader.render_line(1))
            assert "Text unreadable: see 'diplotui doctor'" in shown
            await pilot.press("slash", "h", "a", "n", "o", "i")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.is_running


# -- 7: lone surrogates ---------------------------------------------------------------------


def assert_library_still_exports(store_path: Path) -> None:
    for args in (["list"], ["list", "--json"], ["annotations"], ["annotations", "--json"]):
        assert_clean_success(run(store_path, *args))
    for fmt in ("json", "w3c", "markdown", "csv"):
        assert_clean_success(run(store_path, "export", "--format", fmt))
    written = store_path.parent / "out.json"
    assert_clean_success(run(store_path, "export", "--format", "json", "-o", str(written)))
    with Store.open(store_path, read_only=True) as store:
        for fmt in ("json", "w3c", "markdown", "csv"):  # what the app's export writes
            export(store, fmt).encode("utf-8")


def test_lone_surrogates_in_front_matter_json_and_arguments_are_replaced(
    store_path: Path, tmp_path: Path
):
    article_id, _ = make_store(store_path)
    markdown = tmp_path / "surrogate.md"
    markdown.write_text('---\ntitle: "\\ud800 title"\nauthor: "\\udfff"\n---\nBody text here.\n')
    hostile_export = export_file(
        tmp_path,
        article={"id": "aaaaaaaaaaaa", "title": "\ud800", "text": "Other \ud800 text.\n"},
        highlight={"article_id": "aaaaaaaaaaaa", "quote": "Other", "start": 0, "end": 5,
                   "prefix": "", "suffix": " \ud800", "note": "\udc80", "tags": ["\ud800x"]},
    )  # fmt: skip
    assert_clean_success(run(store_path, "import", str(markdown), str(hostile_export)))
    note = subprocess.run(
        [*DIPLOTUI, "--db", str(store_path), "note", article_id, b"bad \xff byte"],
        capture_output=True, timeout=60,
    )  # fmt: skip
    assert note.returncode == 2  # refused, as a tag is (attack59): never stored as U+FFFD
    assert b"note: TEXT 'bad \\xff byte' holds bytes that are not UTF-8 text" in note.stderr
    raw = store_path.read_text()
    assert "\\ud8" not in raw.lower() and "\\udc" not in raw.lower() and "\\udf" not in raw.lower()
    with Store.open(store_path, read_only=True) as store:
        titles = {a.title for a in store.articles()}
        assert "\ufffd title" in titles and "\ufffd" in titles
        assert store.article(article_id).note == ""
    assert_library_still_exports(store_path)


def test_a_hand_edited_surrogate_in_the_store_never_stops_an_export(store_path: Path):
    make_store(store_path)

    def add_surrogates(data: dict) -> None:
        [article] = data["articles"].values()
        [highlight] = data["highlights"].values()
        article["title"] = "Talks \ud800"
        highlight["note"] = "\udfff"

    hand_edit(store_path, add_surrogates)  # ASCII JSON: "\ud800" escapes, as a hand edit makes
    assert_library_still_exports(store_path)


# -- 9: smaller tracebacks ------------------------------------------------------------------


def test_a_highlight_whose_article_is_gone(store_path: Path):
    article_id, highlight_id = make_store(store_path)
    hand_edit(store_path, lambda data: data.pop("articles"))
    listing = run(store_path, "annotations")
    assert_clean_success(listing)
    assert article_id in listing.stdout and "article missing" in listing.stdout
    assert highlight_id in listing.stdout
    assert_one_line_failure(run(store_path, "quote", highlight_id), highlight_id, "missing")
    doctor = run(store_path, "doctor")
    assert doctor.returncode == 1 and highlight_id in doctor.stdout


def test_entities_with_a_300_character_id(store_path: Path):
    make_store(store_path)
    assert_one_line_failure(run(store_path, "entities", "a" * 300), "no article")


@pytest.mark.parametrize("kind", ["directory", "fifo"])
def test_a_lock_that_is_not_a_file(store_path: Path, kind: str):
    article_id, _ = make_store(store_path)
    lock = store_path.with_name("library.json.lock")
    lock.unlink()
    if kind == "directory":
        lock.mkdir()
    else:
        os.mkfifo(lock)
    before = store_path.read_bytes()
    assert_one_line_failure(run_process(store_path, "tag", article_id, "x", timeout=30), "lock")
    assert store_path.read_bytes() == before


# -- 13: doctor -----------------------------------------------------------------------------


def test_doctor_reports_altered_bodies_and_repairs_temp_files(store_path: Path):
    make_store(store_path)
    strays = [
        body_path(store_path).with_name(f".{body_path(store_path).name}.tmp-99-abcd"),
        store_path.with_name(".library.json.tmp-99-abcd"),
    ]
    for stray in strays:
        stray.write_bytes(b"x" * 2048)
    report = run(store_path, "doctor")
    assert report.returncode == 0 and "2 temp file(s)" in report.stdout
    repaired = run(store_path, "doctor", "--repair")
    assert_clean_success(repaired)
    assert not any(stray.exists() for stray in strays)
    spoil_body(store_path, "altered")
    altered = run(store_path, "doctor")
    assert altered.returncode == 1 and "altered" in altered.stdout


# -- 14: export overwrites only regular files; tag limits everywhere ------------------------


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_export_force_overwrites_only_regular_files(store_path: Path, tmp_path: Path, kind: str):
    """(A symbolic link is replaced itself: test_hostile_exports.py.)"""
    make_store(store_path)
    target = tmp_path / "target"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        os.mknod(target, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    before = target.lstat().st_mode
    result = run(store_path, "export", "-o", str(target), "--force")
    assert_one_line_failure(result, str(target), "not a regular file")
    assert target.lstat().st_mode == before


def test_tag_limits_hold_for_front_matter_and_exports(store_path: Path, tmp_path: Path):
    make_store(store_path)
    many = tmp_path / "many.md"
    tags = ", ".join(f"t{n}" for n in range(MAX_TAGS_PER_RECORD + 1))
    many.write_text(f"---\ntitle: Many tags\ntags: [{tags}]\n---\nBody text.\n")
    long_tag = export_file(tmp_path, highlight={"tags": ["x" * (MAX_TAG_LENGTH + 1)]})
    before = store_path.read_bytes()
    for path in (many, long_tag):
        result = run(store_path, "import", str(path))
        assert result.returncode == 1 and "tag" in result.stdout, result.stdout
    assert store_path.read_bytes() == before


def test_fields_of_megabytes_in_front_matter_or_an_export_are_cut_as_a_headline_is(
    tmp_path: Path,
):
    """A Markdown file whose front matter gave a 2 MB title, source, author and url made an
    8 MB ``library.json`` and a 2 MB line in ``list``, and so did a JSON export (a headline
    taken from a text and a feed's title were already cut): each is now cut to one line's
    500 characters, and a url longer than any server takes is none (20 KB each in front matter,
    whose whole is refused past 100,000 characters; 200 KB in the export)."""
    from diplotui.model import ONE_LINE_CHARS

    huge = "T" * 200_000
    long = "T" * 20_000  # a front matter over 100,000 characters is refused whole
    page = tmp_path / "huge.md"
    fields = "".join(f"{name}: {long}\n" for name in ("title", "source", "author"))
    page.write_text(f"---\n{fields}url: https://e.org/{long}\n---\n\nThe ministers met.\n")
    cited = {"title": huge, "source": huge, "author": huge, "url": f"https://e.org/{huge}"}
    exported = export_file(tmp_path, article=cited)
    db = str(tmp_path / "lib.json")
    assert run_main("--db", db, "import", str(page), str(exported)).returncode == 0
    listed = json.loads(run_main("--db", db, "list", "--json").stdout)
    [markdown, export] = [a for a in listed if a["author"]]
    for article in (markdown, export):
        assert article["title"] == article["source"] == article["author"] == "T" * ONE_LINE_CHARS
        assert article["url"] == ""
    assert sum(p.stat().st_size for p in tmp_path.glob("lib.json*") if p.is_file()) < 100_000


# -- 15: stored text on the command line is inert -------------------------------------------


def test_an_entity_correction_of_no_known_type_is_refused_by_import(
    store_path: Path, tmp_path: Path
):
    """Its type (escapes that would set the clipboard and a link) names no entity: the import
    says so in one line naming the file, and stores nothing of it (it was stored, then
    printed inert, before imports cleaned corrections as the command line does)."""
    correction = {"id": "0000000000cc", "kind": "add", "text": "Hanoi", "type": OSC}
    store_path.parent.mkdir(parents=True)
    exported = export_file(tmp_path, corrections=[correction])
    result = run(store_path, "import", str(exported))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [line] = result.stdout.splitlines()  # the import's report: one line a file
    assert line.startswith(f"failed    {exported}: correction 1: its type")
    assert "is not one of" in line and "\x1b" not in line and "\x07" not in line
    with Store.open(store_path, read_only=True) as store:
        assert "Exported talks" not in [a.title for a in store.articles()]  # (the seeds are)
        assert not store.corrections()


def test_inert_stops_invisible_and_tag_characters():
    hostile = "a\u061cb\u180ec\u00add\U000e0041e\ud800f"
    shown = inert(hostile)
    assert len(shown) == len(hostile)
    assert shown == "a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf"


def test_a_file_path_an_export_names_never_takes_a_file_of_ours_for_its_article(
    store_path: Path, tmp_path: Path
):
    """An export's article whose ``origin_path`` named a file on this machine (a hand-made
    or older export: ours leave paths out) made that file, imported later, "changed since it
    was imported", and ``import --update`` put our file's text in place of the exported
    article's, orphaning its highlight: an export's file path is no origin here."""
    store_path.parent.mkdir(exist_ok=True)
    ours = tmp_path / "my-brief.txt"
    ours.write_text("My own brief\n\nThe ministers met in Hanoi on Monday.\n")
    exported = export_file(
        tmp_path, article={"origin_path": str(ours), "url": "", "source": "Peer Wire"}
    )
    assert run(store_path, "import", str(exported)).returncode == 0
    result = run(store_path, "import", "--update", str(ours))
    assert result.returncode == 0
    assert result.stdout.startswith("imported  "), result.stdout
    listed = json.loads(run(store_path, "list", "--json").stdout)
    assert {"Exported talks", "My own brief"} <= {a["title"] for a in listed}
    [annotation] = json.loads(run(store_path, "annotations", "--json").stdout)
    assert annotation["status"] == "anchored"


def test_a_web_address_an_export_names_stays_the_articles_origin(store_path: Path, tmp_path):
    """A page saved from the web keeps its address through an export (a refresh matches the
    page by it): an import keeps it."""
    store_path.parent.mkdir(exist_ok=True)
    page = "https://news.example.org/2025/07/talks"
    exported = export_file(tmp_path, article={"origin_path": page})
    assert run(store_path, "import", str(exported)).returncode == 0
    with Store.open(store_path, read_only=True) as store:
        [article] = [a for a in store.articles() if a.title == "Exported talks"]
        assert article.origin_path == page
