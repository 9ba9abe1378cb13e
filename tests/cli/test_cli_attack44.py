"""Attacks of session 44 on the import and export paths and on the command line as a
pipeline tool. Each test failed before its fix."""

from __future__ import annotations

import json
import os
import pty
import signal
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path
from unittest import mock

import pytest

from diplotui.ingest import MAX_FILE_BYTES
from diplotui.model import Article
from diplotui.paths import default_db_path
from diplotui.store import Store, text_hash
from diplotui.text.same_words import title_key
from tests.cli_runner import read_terminal, run_main

BODY = (
    "Talks resume in Geneva\n\n"
    "Minister Alpha said on Tuesday that the talks would resume in Geneva after a pause.\n"
)


def _export(path: Path, *articles: dict[str, object]) -> Path:
    """``path`` holding a diplotui export of ``articles``."""
    path.write_text(json.dumps({"format": "diplotui-export", "version": 1, "articles": articles}))
    return path


def _stored(db: Path) -> dict[str, tuple[str, str]]:
    """Each article's title and text, by id."""
    with Store.open(db, read_only=True) as store:
        return {a.id: (a.title, store.article_text(a.id)) for a in store.articles()}


def test_a_json_export_larger_than_one_text_is_read_back(tmp_path: Path) -> None:
    """A library's JSON export holds every article's text: a few thousand articles make
    more than the 20 MiB a single text file may hold, and ``import`` refused the export, the
    library's own backup, as "too large"; its articles now come back whole."""
    db = tmp_path / "library.json"
    paragraph = "The ministers of both countries discussed regional cooperation at length. "
    with Store.open(db) as store:
        for number in range(3):
            text = f"Talks round {number}\n\n" + paragraph * (MAX_FILE_BYTES // 3 // 70)
            article = Article(id=store.new_article_id(text_hash(text)), title="", text_hash="")
            article.title = f"Talks round {number}"
            store.add_article(article, text)
    backup = tmp_path / "backup.json"
    exported = run_main("--db", str(db), "export", "--format", "json", "-o", str(backup))
    assert exported.returncode == 0, exported.stderr
    assert backup.stat().st_size > MAX_FILE_BYTES
    other = tmp_path / "other" / "library.json"
    other.parent.mkdir()
    result = run_main("--db", str(other), "import", str(backup))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr.splitlines()[-1] == "3 imported"
    assert _stored(other).items() >= _stored(db).items()


def test_an_export_article_whose_text_is_larger_than_a_file_may_be_fails_alone(
    tmp_path: Path,
) -> None:
    """An export may now be larger than one text; each of its texts is still held to what a
    text file of it may hold: that article fails, in a line naming it, and the others come in."""
    db = tmp_path / "library.json"
    huge = {"id": "aaaa00000001", "title": "Huge", "text": "word " * (MAX_FILE_BYTES // 5 + 1)}
    small = {"id": "aaaa00000002", "title": "Small", "text": BODY}
    export = _export(tmp_path / "export.json", huge, small)
    result = run_main("--db", str(db), "import", str(export))
    assert result.returncode == 1
    failed, imported = result.stdout.splitlines()
    size = len(huge["text"])
    assert failed == (
        f"failed    {export}: article 1: its text is too large ({size:,} bytes, "
        f"the limit is {MAX_FILE_BYTES:,})"
    )
    assert imported.startswith(f"imported  aaaa00000002  Small  ({export})")
    assert [title for title, _ in _stored(db).values()].count("Huge") == 0


def test_importing_an_export_reads_the_librarys_titles_once_not_once_per_article(
    tmp_path: Path,
) -> None:
    """Each article of an export looked for the stored one of its words through a title
    index built again from every stored article: 10,000 articles of a library's export took
    7 minutes to import (1,500 took 20 s), against 7 s as text files. The index is built
    once per import and counts the articles the import adds, so one of them said again
    later in the file (in the other Unicode form) is still found."""
    db = tmp_path / "library.json"

    def exported(numbers: range, *more: dict[str, str]) -> Path:
        articles = [
            {"id": f"{n:012x}", "title": f"Talks round {n}", "text": f"Talks round {n}\n\n{BODY}"}
            for n in numbers
        ]
        return _export(tmp_path / f"export{numbers.start}.json", *articles, *more)

    assert run_main("--db", str(db), "import", str(exported(range(1, 201)))).returncode == 0
    composed = "Hội nghị bàn tròn\n\nBộ trưởng nói rằng hội nghị sẽ tiếp tục.\n"
    first = {"id": "00000000a001", "title": "Hội nghị", "text": composed}
    again = {**first, "id": "00000000a002", "text": unicodedata.normalize("NFD", composed)}
    with mock.patch("diplotui.ingest.known.title_key", wraps=title_key) as keyed:
        result = run_main("--db", str(db), "import", str(exported(range(201, 401), first, again)))
    assert result.returncode == 0, result.stdout
    assert result.stderr.splitlines()[-1] == "201 imported, 1 duplicate"
    assert "duplicate 00000000a001  Hội nghị" in result.stdout
    assert keyed.call_count < 4 * len(_stored(db))  # each title once, each article's twice


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ({"edited": "title"}, "article 1: edited must be a list of strings"),
        ({"edited": [1, 2]}, "article 1: edited must be a list of strings"),
        ({"earlier_texts": "abc"}, "article 1: earlier_texts must be a list of strings"),
    ],
)
def test_an_exported_article_with_a_list_of_the_wrong_kind_fails_the_file(
    tmp_path: Path, given: dict[str, object], said: str
) -> None:
    """An export's ``edited`` (the details corrected by hand) given as a string or numbers was
    stored as the file said ("1 imported"), a record the store's own check refuses: the next
    full check of the file set the article aside, out of the list with its highlights."""
    db = tmp_path / "library.json"
    article = {"id": "aaaa00000001", "title": "Talks", "text": BODY, **given}
    export = _export(tmp_path / "export.json", article)
    result = run_main("--db", str(db), "import", str(export))
    assert (result.returncode, result.stdout) == (1, f"failed    {export}: {said}\n")
    assert "Talks" not in [title for title, _ in _stored(db).values()]


def test_an_exported_articles_earlier_texts_are_another_librarys_and_not_kept(
    tmp_path: Path,
) -> None:
    """``earlier_texts`` names the texts an update replaced in the library that wrote it (an
    export leaves them out): a hand-made file's names, "../../notes" or another library's
    hashes, are none of this library's texts, and ``doctor`` kept them as its own."""
    db = tmp_path / "library.json"
    article = {"id": "aaaa00000001", "title": "Talks", "text": BODY, "earlier_texts": ["../x"]}
    export = _export(tmp_path / "export.json", article)
    assert run_main("--db", str(db), "import", str(export)).returncode == 0
    with Store.open(db, read_only=True) as store:
        assert store.article("aaaa00000001").earlier_texts == []


def _diplotui(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    """A real ``diplotui`` process (its streams' encoding is the process's own)."""
    return subprocess.run(
        [sys.executable, "-m", "diplotui", "--db", str(db), *args],
        capture_output=True,
        env={**os.environ, **env},
        timeout=120,
        check=False,
    )


def test_output_in_an_encoding_without_the_letters_is_printed_not_a_traceback(
    tmp_path: Path,
) -> None:
    """Under an encoding that is not UTF-8 (``PYTHONIOENCODING=ascii``, a Latin-1 locale, a
    Windows code page), a Vietnamese title ended ``list`` in a UnicodeEncodeError traceback,
    and ``import`` too, after its articles were stored (exit 1: taken for a failure). A
    listing now shows such a letter as its escape; JSON stays JSON (``\\u`` escapes); an
    export's bytes on stdout are the UTF-8 that ``-o FILE`` writes, nothing in it changed."""
    db = tmp_path / "library.json"
    text = tmp_path / "ngoai-giao.txt"
    text.write_text("Ngoại giao nhân dân\n\nBộ trưởng nói rằng hội nghị sẽ tiếp tục.\n")
    imported = _diplotui(db, "import", str(text), PYTHONIOENCODING="ascii")
    assert imported.returncode == 0 and imported.stderr.endswith(b"\n1 imported\n")
    assert imported.stdout.startswith(b"imported  ")
    assert b"Ngo\\u1ea1i giao" in imported.stdout
    listed = _diplotui(db, "list", PYTHONIOENCODING="latin-1")
    assert (listed.returncode, listed.stderr) == (0, b"")
    assert b"Ngo\\u1ea1i giao nh\xe2n d\xe2n" in listed.stdout
    as_json = _diplotui(db, "list", "--json", PYTHONIOENCODING="ascii")
    assert as_json.returncode == 0
    assert "Ngoại giao nhân dân" in [a["title"] for a in json.loads(as_json.stdout)]
    article_id = next(key for key, (title, _) in _stored(db).items() if "giao" in title)
    assert run_main("--db", str(db), "tag", article_id, "hội-nghị").returncode == 0
    for form in ("markdown", "csv", "json"):
        exported = _diplotui(db, "export", "--format", form, PYTHONIOENCODING="ascii")
        assert exported.returncode == 0, exported.stderr
        in_utf8 = run_main("--db", str(db), "export", "--format", form)
        assert exported.stdout == in_utf8.stdout.encode()


def test_an_export_forced_over_a_private_file_keeps_it_private(tmp_path: Path) -> None:
    """``export -o brief.md --force`` replaces the file by renaming a new one over it: the
    brief kept readable by its owner alone (mode 600) came back readable by everyone (644),
    whatever notes it held."""
    db = tmp_path / "library.json"
    brief = tmp_path / "brief.md"
    brief.write_text("last week's brief\n")
    brief.chmod(0o600)
    result = run_main("--db", str(db), "export", "-o", str(brief), "--force")
    assert result.returncode == 0, result.stderr
    assert brief.read_text().startswith("# diplotui brief")
    assert stat.S_IMODE(brief.stat().st_mode) == 0o600


def test_a_command_run_with_stdout_closed_does_its_work_without_a_traceback(
    tmp_path: Path,
) -> None:
    """``diplotui tag ID x >&-`` (a job runner's closed stdout): Python has no stdout then,
    and the command, its tag stored, ended in an AttributeError traceback, exit 1. What it
    had to print goes nowhere, as to a reader gone."""
    db = tmp_path / "library.json"
    assert run_main("--db", str(db), "list").returncode == 0  # the first run's seeds
    article_id = min(_stored(db))
    for args in (("tag", article_id, "closed"), ("export", "--format", "csv")):
        command = subprocess.run(
            [sys.executable, "-m", "diplotui", "--db", str(db), *args],
            stdout=None,
            stderr=subprocess.PIPE,
            preexec_fn=lambda: os.close(1),
            timeout=120,
            check=False,
        )
        assert (command.returncode, command.stderr) == (0, b"")
    with Store.open(db, read_only=True) as store:
        assert "closed" in store.article(article_id).tags


# ``diplotui import`` as the command runs it, but once two batches of files are stored (two
# outermost store batches returned: durable, and in the import's report) it says "stored" on
# the descriptor the test passes as it goes to read the next file, and waits there for the
# Ctrl-C, which lands between two files as it does in most long imports. Its SIGINT is made
# Python's, as a terminal's shell leaves it: a child of a process ignoring SIGINT (a
# background job) would ignore it too and import every file.
INTERRUPTED_IMPORT = """
import contextlib, os, signal, sys, time
import diplotui.ingest.importer as importer
from diplotui.cli.main import main
from diplotui.store import Store

signal.signal(signal.SIGINT, signal.default_int_handler)
told, open_batches, stored = int(sys.argv[1]), [], []
batch, read_bytes = Store.batch, importer.read_bytes

@contextlib.contextmanager
def counted_batch(store, **options):
    open_batches.append(True)
    try:
        with batch(store, **options):
            yield
    finally:
        open_batches.pop()
    if not open_batches:
        stored.append(True)

def read_after_two_batches(path, *limit):
    if len(stored) == 2:
        os.write(told, b"stored\\n")
        time.sleep(120)
    return read_bytes(path, *limit)

Store.batch, importer.read_bytes = counted_batch, read_after_two_batches
sys.exit(main(sys.argv[2:]))
"""


def test_an_import_interrupted_says_what_it_stored_before_it_stopped(tmp_path: Path) -> None:
    """Ctrl-C in a long import: each batch it had committed stays stored, but it ended with
    exit 130 and not a word, so the user took the 100s of files stored for none. It now
    lists what it stored, and says it was interrupted and that a second run brings the rest.

    The signal is sent once the child says two batches are stored, not when the test next
    saw the journal grow: under load the test was not scheduled again before the 3,000
    files were all stored, and the signal found the import done (exit 0, all stored) or
    the interpreter ending, its SIGINT handler gone (ended by the signal)."""
    db = tmp_path / "library.json"
    assert run_main("--db", str(db), "list").returncode == 0  # the first run's seeds
    seeded = set(_stored(db))
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(3000):
        (folder / f"talks{number:04}.txt").write_text(f"Talks round {number}\n\n{BODY}")
    reading, telling = os.pipe()
    command = subprocess.Popen(
        [
            sys.executable,
            "-c",
            INTERRUPTED_IMPORT,
            str(telling),
            "--db",
            str(db),
            "import",
            str(folder),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        pass_fds=(telling,),
    )
    os.close(telling)
    with os.fdopen(reading) as told:
        said = told.readline()  # "" if the child ended without storing two batches
    command.send_signal(signal.SIGINT)
    out, err = command.communicate(timeout=120)
    assert said == "stored\n", err
    assert command.returncode == 130, err
    stored = set(_stored(db)) - seeded
    assert len(stored) == 200  # the two batches, whole
    lines = out.decode().splitlines()
    assert len(lines) == len(stored)
    assert {line.split()[1] for line in lines} == stored
    said, first = err.decode().splitlines()[-1].split(" (the first ", 1)
    assert said == "import interrupted: 200 imported before it stopped; 2,800 files left"
    assert first == (  # left (session 51): which, how many
        f"{folder}/talks0200.txt): run it again for the rest (what is stored is found as a "
        "duplicate)"
    )


def test_an_export_holding_a_number_too_long_to_read_is_said_in_the_users_words(
    tmp_path: Path,
) -> None:
    """A number of 5,000 digits in an export failed it "not a diplotui export (Exceeds the
    limit (4300 digits) for integer string conversion ...; use sys.set_int_max_str_digits()
    to increase the limit)": Python's advice to a programmer, of a file that is one."""
    db = tmp_path / "library.json"
    export = tmp_path / "export.json"
    export.write_text('{"format": "diplotui-export", "version": ' + "9" * 5000 + "}")
    result = run_main("--db", str(db), "import", str(export))
    assert (result.returncode, result.stdout) == (
        1,
        f"failed    {export}: invalid JSON: a number of over 4,300 digits\n",
    )


def test_the_progress_bar_shows_a_file_name_as_written_never_as_markup(tmp_path: Path) -> None:
    """The progress bar an import draws on a terminal read each path as Rich markup: a
    folder ``x[`` holding ``z].txt`` made ``[/z]``, a closing tag, and the import ended in a
    MarkupError traceback (exit 1, its report unprinted); a name's escape sequence went to
    the terminal as it is."""
    db = tmp_path / "library.json"
    folder = tmp_path / "in" / "x["
    folder.mkdir(parents=True)
    (folder / "z]\x1b]0;pwned\x07.txt").write_text(BODY)
    leader, follower = pty.openpty()
    command = subprocess.Popen(
        [sys.executable, "-m", "diplotui", "--db", str(db), "import", str(folder.parent)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=follower,
        env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "200"},
    )
    os.close(follower)
    drawn = read_terminal(leader)
    out, _ = command.communicate(timeout=120)
    assert command.returncode == 0, drawn.decode(errors="replace")
    assert out.decode().startswith("imported  ")
    assert b"x[/z]" in drawn and b"\x1b]0;pwned" not in drawn


def test_a_folder_nested_deeper_than_pythons_recursion_is_walked(tmp_path: Path) -> None:
    """``os.walk`` goes down a level by calling itself: a folder of 1,200 levels (an
    unpacked archive's) ended the import in a RecursionError traceback, nothing imported.
    Each folder's real path (whether a link leads out) was then found from the top again:
    729,131 ``lstat`` calls, each of a path of up to 1,200 parts (12-17 s of CPU); each is
    now its parent's and its name (3,707)."""
    db = tmp_path / "library.json"
    top = tmp_path / "in"
    top.mkdir()
    (top / "first.txt").write_text(f"First\n\n{BODY}")
    deepest = top
    levels = 1200
    try:
        for _ in range(levels):  # a level at a time: mkdir(parents=True) recurses as os.walk did
            deepest /= "d"
            deepest.mkdir()
        (deepest / "talks.txt").write_text(BODY)
        with mock.patch("os.lstat", wraps=os.lstat) as looked:
            result = run_main("--db", str(db), "import", str(top))
    finally:  # shutil.rmtree, which cleans tmp_path, recurses too; rm does not
        subprocess.run(["rm", "-rf", str(top / "d")], check=True)
    assert result.returncode == 0, result.stderr
    assert looked.call_count < 10 * levels, "the folders' real paths are found once each"
    assert [line.split("  (")[-1] for line in result.stdout.splitlines()] == [
        f"{top / 'first.txt'})",
        f"{deepest / 'talks.txt'})",
    ]


def test_the_file_an_export_wrote_is_named_inert(tmp_path: Path) -> None:
    """``wrote PATH`` printed the path as it is: a name holding an escape sequence (a script
    handed a hostile one) drove the terminal, as every other line naming a file no longer
    does."""
    db = tmp_path / "library.json"
    for args in (("export",), ("feed", "export")):
        written = tmp_path / f"brief\x1b]0;pwned\x07{len(args)}"
        result = run_main("--db", str(db), *args, "-o", str(written))
        assert result.returncode == 0 and written.exists()
        assert "\x1b" not in result.stderr and result.stderr.startswith("wrote ")


def test_a_lost_text_comes_back_from_its_file_or_an_export_as_doctor_says(
    tmp_path: Path,
) -> None:
    """``doctor``: "article text(s) missing ...; re-import those articles from their files".
    Re-imported, the file (or the library's own JSON export, which holds the text) was "the
    same text, already in the library" and nothing was written: the text stayed lost, the
    advice followed to no effect and the line saying the library held what it lacked."""
    db = tmp_path / "library.json"
    text = tmp_path / "talks.txt"
    text.write_text(BODY)
    assert run_main("--db", str(db), "import", str(text)).returncode == 0
    ((article_id, _),) = [item for item in _stored(db).items() if item[1][1] == BODY]
    export = tmp_path / "export.json"
    exported = run_main("--db", str(db), "export", "--format", "json", "-o", str(export))
    assert exported.returncode == 0
    body = next(db.with_name(db.name + ".bodies").glob(f"*/{text_hash(BODY)}.txt"))
    for again, damage in ((text, body.unlink), (export, lambda: body.write_text(BODY[:20]))):
        damage()
        assert f"article {article_id}" in run_main("--db", str(db), "doctor").stdout
        result = run_main("--db", str(db), "import", str(again))
        said = [line for line in result.stdout.splitlines() if article_id in line]
        assert said and said[0].startswith(f"duplicate {article_id}")
        assert said[0].endswith("its text, lost here, written back from this file")
        assert _stored(db)[article_id][1] == BODY
        assert f"article {article_id}" not in run_main("--db", str(db), "doctor").stdout


def test_an_empty_diplotui_db_is_refused_as_a_blank_one_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``DIPLOTUI_DB="$LIB" diplotui rm ID`` with LIB unset gave an empty DIPLOTUI_DB, read
    as no variable: the command went to the default library, the user's own, unsaid
    (``--db ""`` and a blank ``DIPLOTUI_DB="  "`` are refused for that reason)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DIPLOTUI_DB", "")
    result = run_main("list")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "diplotui: DIPLOTUI_DB names no store (an empty path)\n"
    assert list(tmp_path.iterdir()) == [] and not default_db_path().exists()
    assert run_main("--db", str(tmp_path / "library.json"), "list").returncode == 0


def test_an_exported_article_already_here_says_which_details_it_gave(tmp_path: Path) -> None:
    """An export's article already in the library fills in the details the stored one lacks
    and joins its tags; its line said only "duplicate ...: 0 highlights added", the stored
    article's source, date, address and tags changed unsaid."""
    db = tmp_path / "library.json"
    text = tmp_path / "talks.txt"
    text.write_text(BODY)
    assert run_main("--db", str(db), "import", str(text)).returncode == 0
    given = {"source": "Mekong Monitor", "date": "2025-07-18", "tags": ["geneva"]}
    article = {"id": "aaaa00000001", "title": "Talks resume in Geneva", "text": BODY, **given}
    result = run_main("--db", str(db), "import", str(_export(tmp_path / "export.json", article)))
    assert result.returncode == 0
    assert result.stdout.rstrip().endswith(
        "0 highlights added; its source, date and tags given from the file"
    )
    again = run_main("--db", str(db), "import", str(tmp_path / "export.json"))
    assert again.stdout.rstrip().endswith("0 highlights added")
