"""Hostile files and paths given to the command line: one line naming the file and the reason,
a non-zero exit, the other files of the command done, and the store's records left as they
were (its file, journal and article texts compared byte for byte)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_main
from tests.reliability.test_hostile_records import body_path, make_store
from tests.sharing import git_identity, shared_copies
from tests.unit.test_share import article_ids, desk
from tests.unit.test_share_hostile import push_from_a_clone

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures


def records(store_path: Path) -> dict[str, bytes]:
    """What holds the store's records: its file, its journal and its article texts (not the
    backups, the lock or the caches, which opening the store may write)."""
    folder = store_path.parent
    held = [store_path, folder / f"{store_path.name}.journal"]
    held += sorted((folder / f"{store_path.name}.bodies").rglob("*"))
    return {str(path): path.read_bytes() for path in held if path.is_file()}


GOOD_TEXT = "Talks resume\n\nThe envoy said on Monday that the talks would resume in Hanoi.\n"


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ({"type": "AnnotationPage", "items": 5}, "items must be a list"),
        ({"@context": "http://www.w3.org/ns/anno.jsonld", "first": {"items": None}}, "items"),
        (
            [{"target": {"source": ["a", "list"], "selector": {"type": "TextQuoteSelector"}}}],
            "annotation 1",
        ),
        (
            [{"target": {"source": {"id": "x"}, "selector": []}}],
            "annotation 1",
        ),
        (
            {
                "format": "diplotui-export",
                "version": 1,
                "articles": [{"id": "0123456789ab", "title": "T", "text": "Some text."}],
                "highlights": [{"id": "aaaaaaaaaaaa", "article_id": "0123456789ab"}],
            },
            "highlight 1: missing start, end, quote",
        ),
    ],
)
def test_an_export_of_the_wrong_shape_fails_in_one_line_and_the_other_files_come_in(
    store_path: Path, tmp_path: Path, document: object, reason: str
):
    """A W3C file whose ``items`` was no list, or whose target's ``source`` was a list or an
    object, or a diplotui export's highlight without its offsets, ended the whole import in a
    Python traceback (TypeError): the text file named beside it was not imported either."""
    make_store(store_path)
    hostile = tmp_path / "annotations.json"
    hostile.write_text(json.dumps(document), encoding="utf-8")
    good = tmp_path / "talks.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    before = records(store_path)

    alone = run_main("--db", str(store_path), "import", str(hostile))
    assert alone.returncode == 1
    [line] = alone.stdout.splitlines()
    assert line.startswith(f"failed    {hostile}: ") and reason in line, alone
    assert records(store_path) == before

    beside = run_main("--db", str(store_path), "import", str(hostile), str(good))
    assert beside.returncode == 1
    assert [line.split()[0] for line in beside.stdout.splitlines()] == ["failed", "imported"]
    assert "Talks resume" in run_main("--db", str(store_path), "list").stdout


@pytest.mark.parametrize(
    "command", [("export",), ("export", "--format", "json"), ("feed", "export")]
)
def test_an_export_is_never_written_over_the_store_itself(
    store_path: Path, command: tuple[str, ...]
):
    """``export -o library.json --force`` (the store's own name, mistaken for an export's)
    replaced the store with a Markdown brief: every later command said the store cannot be
    read (invalid JSON) until ``doctor --restore``, which lost what the journal held. Its
    journal, its texts and a link to it were written over the same way."""
    article_id, _ = make_store(store_path)
    before = records(store_path)
    body = next((store_path.parent / f"{store_path.name}.bodies").rglob("*.txt"))
    link = store_path.parent / "link-to-the-store.json"
    link.symlink_to(store_path)
    for target in (
        store_path,
        Path(f"{store_path}.journal"),
        body,
        link.parent / ".." / store_path.parent.name / store_path.name,
    ):
        for force in ((), ("--force",)):
            written = run_main("--db", str(store_path), *command, "-o", str(target), *force)
            assert written.returncode == 1, written
            [line] = written.stderr.splitlines()
            assert str(target) in line and "store" in line and "--force" not in line, line
            assert records(store_path) == before
    assert run_main("--db", str(store_path), "export", "-o", str(link), "--force").returncode == 0
    assert not link.is_symlink() and records(store_path) == before
    assert run_main("--db", str(store_path), "meta", article_id).returncode == 0


def test_the_store_named_for_import_is_one_failed_line_not_silence(store_path: Path):
    """``import library.json`` (the store itself, or its journal) said only "nothing to
    import" and exited 0, as if the file were empty; the folder holding the store is still
    imported without the store's own files, as before."""
    make_store(store_path)
    before = records(store_path)
    for named in (store_path, Path(f"{store_path}.journal")):
        imported = run_main("--db", str(store_path), "import", str(named))
        assert imported.returncode == 1, imported
        assert (
            imported.stdout
            == f"failed    {named}: a file of this library's store itself, not news\n"
        )
        assert records(store_path) == before
    (store_path.parent / "talks.txt").write_text(GOOD_TEXT, encoding="utf-8")
    folder = run_main("--db", str(store_path), "import", str(store_path.parent))
    assert folder.returncode == 0, folder
    assert [line.split()[0] for line in folder.stdout.splitlines()] == ["imported"]


NO_CALENDAR_DATES = ("2025-13-45", "2025-02-30")


def test_a_date_no_calendar_has_is_never_stored_from_a_file_a_page_a_feed_or_an_export(
    store_path: Path, tmp_path: Path
):
    """Front matter ``date: "2025-13-45"``, a page's ``article:published_time`` of
    2025-02-30, a JSON Feed's ``date_published`` and an export's article ``date`` were stored
    as they came: listed first as the newest, in the CSV's date column, on the timeline, while
    ``meta --date 2025-13-45`` refuses that very value. Now such an article is undated (the
    export's import says so)."""
    from diplotui.cite import is_valid_date
    from tests.feeds.server import running_server

    make_store(store_path)
    db = ("--db", str(store_path))
    bad, impossible = NO_CALENDAR_DATES
    (tmp_path / "front.md").write_text(
        f'---\ntitle: Front\ndate: "{bad}"\n---\nThe envoy said the talks had ended.\n'
    )
    (tmp_path / "page.html").write_text(
        f'<html><head><meta property="article:published_time" content="{impossible}T10:00">'
        "<title>Page</title></head><body><article><p>The envoy said the talks were long, "
        "detailed and useful for both sides, and would go on.</p></article></body></html>"
    )
    export = {
        "format": "diplotui-export",
        "version": 1,
        "articles": [{"id": "0123456789ab", "title": "Exported", "text": "Words.", "date": bad}],
    }
    (tmp_path / "export.json").write_text(json.dumps(export))
    imported = run_main(
        *db, "import", *(str(tmp_path / n) for n in ("front.md", "page.html", "export.json"))
    )
    assert imported.returncode == 0, imported
    assert f"its date '{bad}' is no calendar date: left out" in imported.stdout
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Wire",
        "items": [
            {"id": "1", "title": "Fed", "content_text": "The envoy spoke.", "date_published": bad}
        ],
    }
    with running_server() as server:
        server.serve_bytes("/feed.json", json.dumps(feed).encode(), "application/feed+json")
        assert run_main(*db, "feed", "add", server.url("/feed.json")).returncode == 0
        assert run_main(*db, "refresh").returncode == 0
    listed = json.loads(run_main(*db, "list", "--json").stdout)
    dates = {article["title"]: article["date"] for article in listed}
    assert dates["Front"] == dates["Exported"] == dates["Fed"] == "", dates
    assert dates["Page"] != impossible  # the extractor's guess from it may stand, flagged
    assert all(is_valid_date(date) for date in dates.values() if date), dates


def test_an_exported_article_dated_outside_the_article_years_comes_in_undated(
    store_path: Path, tmp_path: Path
):
    """An export's article dated 0001-01-01 or 9999-12-31 was stored so, where ``meta
    --date`` and a file's import refuse both: listed as the oldest or the newest, and its
    statements dated so on the timeline. Now undated, and the import's line says why."""
    make_store(store_path)
    db = ("--db", str(store_path))
    dated = {"Ancient": "0001-01-01", "Future": "9999-12-31", "Kept": "2025-07-18"}
    articles = [
        {"id": f"{n:012x}", "title": title, "text": f"{title}\n\nThe envoy spoke.", "date": date}
        for n, (title, date) in enumerate(dated.items(), 1)
    ]
    export = {"format": "diplotui-export", "version": 1, "articles": articles}
    (tmp_path / "export.json").write_text(json.dumps(export))
    imported = run_main(*db, "import", str(tmp_path / "export.json"))
    assert imported.returncode == 0, imported
    assert "its date '0001-01-01' is before 1900: left out" in imported.stdout
    assert "its date '9999-12-31' is more than a year after today: left out" in imported.stdout
    listed = json.loads(run_main(*db, "list", "--json").stdout)
    dates = {article["title"]: article["date"] for article in listed}
    assert (dates["Ancient"], dates["Future"], dates["Kept"]) == ("", "", "2025-07-18")


def test_entities_and_statements_refuse_binary_files_as_an_import_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Binary data that happened to be valid UTF-8 (NUL bytes are; so is a UTF-16 file of
    ASCII without its byte order mark) was analysed as text: nothing found, exit 0, where an
    import of the same file says "binary file"; a symbolic link loop or a dangling link was
    taken for an article id ("no article with id 'notes.txt'")."""
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02ELF" * 100)
    looks_utf16 = tmp_path / "pairs.txt"
    looks_utf16.write_bytes(bytes(range(32)).replace(b"", b"\x00")[1:] * 20)  # controls
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    dangling = tmp_path / "notes.txt"
    dangling.symlink_to(tmp_path / "gone.txt")
    store = tmp_path / "library.json"
    monkeypatch.chdir(tmp_path)  # names without a slash, as a user types them there
    for target, reason in (
        (binary, "binary file (contains NUL bytes)"),
        (looks_utf16, "binary file (contains NUL bytes)"),
        (loop, "symbolic link loop"),
        (dangling, "no such file"),
    ):
        imported = run_main("--db", str(store), "import", str(target))
        assert imported.stdout == f"failed    {target}: {reason}\n", imported
        for command in ("entities", "statements"):
            said = run_main("--db", str(store), command, target.name)
            assert said.returncode == 1, said
            assert said.stderr.splitlines() == [f"diplotui: {target.name}: {reason}"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [
        GOOD_TEXT,
        "Hội đàm\n\nBộ trưởng Nguyễn Văn An nói cuộc hội đàm diễn ra tốt đẹp tại Hà Nội.\n",
        "Переговоры\n\nМинистр Лавров заявил, что переговоры прошли хорошо.\n",
    ],
)
def test_a_utf16_file_without_its_byte_order_mark_is_read_not_called_binary(
    tmp_path: Path, codec: str, text: str
):
    """A text saved as UTF-16 without a byte order mark (some Windows tools write it) was
    refused by import as "binary file (contains NUL bytes)", which it is not; now it is read,
    and the line says in what."""
    path = tmp_path / "talks.txt"
    path.write_bytes(text.encode(codec))
    store = tmp_path / "library.json"
    read_as = f"read as {codec.upper()} (no byte order mark)"
    imported = run_main("--db", str(store), "import", str(path))
    assert imported.returncode == 0, imported
    [line] = imported.stdout.splitlines()
    assert line.endswith(f"({path}): {read_as}"), line
    article_id = line.split()[1]
    exported = run_main("--db", str(store), "export", "--format", "json", "--article", article_id)
    assert json.loads(exported.stdout)["articles"][0]["text"] == text
    for command in ("entities", "statements"):
        said = run_main("--db", str(store), command, str(path))
        read, *found = said.stderr.splitlines()  # and whether it found none in the text
        assert said.returncode == 0 and read == f"{path}: {read_as}", said
        assert found == ([] if said.stdout else [f"diplotui: no {command} found in {path}"])


def test_a_peers_megabyte_title_or_date_no_calendar_has_is_kept_as_an_import_keeps_it(
    desk, tmp_path: Path
):
    """A teammate's article file with a 1 MB title and author and the date "2025-99-99" was
    taken by ``sync`` as it came: ``list`` printed a megabyte line, the date sorted first and
    was cited; an import cuts such fields to one line's length and leaves such a date out."""
    from diplotui.model import ONE_LINE_CHARS
    from diplotui.share import files

    first = article_ids()[0]
    place = files.article_path(first)

    def enlarge(tree: Path) -> None:
        document = json.loads((tree / place).read_text())
        document.update(title="T" * 1_000_000, author="A" * 1_000_000, date="2025-99-99")
        (tree / place).write_text(json.dumps(document))

    push_from_a_clone(desk["remote"], tmp_path / "peer", enlarge)
    synced = run_main("--db", str(desk["mai"]), "sync", "--author", "mai")
    assert synced.returncode == 0, synced
    [article] = [
        a
        for a in json.loads(run_main("--db", str(desk["mai"]), "list", "--json").stdout)
        if a["id"] == first
    ]
    assert article["title"] == "T" * ONE_LINE_CHARS and article["author"] == "A" * ONE_LINE_CHARS
    assert article["date"] == ""
    assert (
        max(len(line) for line in run_main("--db", str(desk["mai"]), "list").stdout.splitlines())
        < 600
    )


@pytest.mark.parametrize("damage", ["missing", "a link to /dev/zero", "cut short"])
@pytest.mark.parametrize("fmt", ["json", "w3c"])
def test_an_export_holding_an_article_without_its_unreadable_text_says_so(
    store_path: Path, tmp_path: Path, damage: str, fmt: str
):
    """A JSON or W3C export (the format kept as a backup, or sent to a colleague) of a
    library one of whose texts could not be read (its file deleted, replaced, cut short)
    held that article without its text and said nothing, exit 0: the loss showed only when
    the export was imported. Now the rest is written and a line names the file and the
    article, exit 1."""
    article_id, _ = make_store(store_path)
    body = body_path(store_path)
    if damage == "missing":
        body.unlink()
    elif damage == "a link to /dev/zero":
        body.unlink()
        body.symlink_to("/dev/zero")
    else:
        body.write_bytes(body.read_bytes()[:10])
    output = tmp_path / f"backup.{fmt}"
    exported = run_main("--db", str(store_path), "export", "--format", fmt, "-o", str(output))
    assert exported.returncode == 1, exported
    [wrote, said] = exported.stderr.splitlines()
    assert wrote == f"wrote {output}"
    assert said.startswith(f"diplotui: {body}: ") and said.endswith(
        f": article {article_id} exported without its text"
    ), said
    assert article_id in output.read_text()  # its metadata and highlights are there
    fine = run_main("--db", str(store_path), "export", "--format", "markdown")
    assert fine.returncode == 0 and fine.stderr == ""  # the Markdown brief holds no texts


@pytest.mark.parametrize(
    "command",
    [
        ("meta", "{id}", "--title"),
        ("meta", "{id}", "--author"),
        ("speaker", "{id}", "--quote", "They agreed", "--name"),
        ("speaker", "{id}", "--quote", "They agreed", "--name", "Lan", "--role"),
    ],
)
def test_a_value_longer_than_a_line_is_refused_where_a_title_or_name_is_typed(
    store_path: Path, command: tuple[str, ...]
):
    """``meta --title`` (or ``--author``, or a speaker's ``--name``) given a whole article by
    mistake stored it: ``list`` printed it as one 5,000-character line, where an import, a
    feed or a teammate's file keeps such a field to 500 characters."""
    from diplotui.model import ONE_LINE_CHARS

    article_id, _ = make_store(store_path)
    before = records(store_path)
    args = [part.format(id=article_id) for part in command]
    refused = run_main("--db", str(store_path), *args, "x" * (ONE_LINE_CHARS + 1))
    assert refused.returncode == 2, refused
    assert refused.stderr.endswith(f" is {ONE_LINE_CHARS + 1} characters long: at most 500\n")
    assert records(store_path) == before
    taken = run_main("--db", str(store_path), *args, "x" * ONE_LINE_CHARS)
    assert taken.returncode == 0, taken


@pytest.mark.parametrize("name", ["...", "\u0301\u0300", "\x1b[31m--", "\u200b\u202e"])
def test_a_speaker_named_without_letters_or_digits_is_refused(store_path: Path, name: str):
    """``speaker --name "..."`` (or a lone accent, or an escape sequence around dashes) was
    stored as a speaker that ``statements --speaker``, ``W``'s filter and ``timeline`` refuse
    to ask for: a correction no search could find."""
    article_id, _ = make_store(store_path)
    before = records(store_path)
    args = ("--db", str(store_path), "speaker", article_id, "--quote", "They agreed", "--name")
    refused = run_main(*args, name)
    assert refused.returncode == 2, refused
    assert refused.stderr.startswith("diplotui: speaker: --name ")
    assert "\x1b" not in refused.stderr
    assert records(store_path) == before
    assert run_main(*args, "Lan 2").returncode == 0


@pytest.mark.parametrize("name", ["imported_at", "last_annotated_at", "text_changed_at"])
def test_an_exported_article_stamped_at_no_time_fails_the_file_as_a_highlight_does(
    store_path: Path, tmp_path: Path, name: str
):
    """An export's article whose ``text_changed_at`` (or ``imported_at``, or
    ``last_annotated_at``) said "garbage" was stored so: ``list`` showed "[updated garbage]",
    ``meta`` "text: updated garbage", and "zzz" sorted it first among the annotated; a
    highlight's creation time that is no time already failed the file."""
    make_store(store_path)
    before = records(store_path)
    article = {"id": "0123456789ab", "title": "T", "text": "Some words.", name: "garbage"}
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"format": "diplotui-export", "version": 1, "articles": [article]}))
    imported = run_main("--db", str(store_path), "import", str(path))
    assert imported.returncode == 1
    assert imported.stdout == (
        f"failed    {path}: article 1: its {name} is not an ISO timestamp with a time zone\n"
    )
    assert records(store_path) == before


def test_a_timeline_of_no_one_names_a_long_name_in_one_short_line(store_path: Path):
    """``timeline`` with a name no article holds said so with the name as typed, all of it: a
    10,000-character name (pasted by mistake) filled the terminal with its one-line message."""
    make_store(store_path)
    long_name = run_main("--db", str(store_path), "timeline", "Ngo " * 2_500)
    assert long_name.returncode == 0, long_name
    assert long_name.stdout == ""
    assert long_name.stderr.startswith("diplotui: no statement or dated event of 'Ngo Ngo ")
    assert long_name.stderr.endswith("…'\n") and len(long_name.stderr) < 160
    spaced = run_main("--db", str(store_path), "timeline", "  Nobody  Here ")
    assert spaced.stderr == "diplotui: no statement or dated event of 'Nobody Here'\n"
