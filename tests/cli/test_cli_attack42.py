"""Attacks of session 42 on the newest input paths: sidecars, the seeds' first run, and the
exports carrying the details a sidecar gives. Each test failed before its fix."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_main

BODY = (
    "Talks resume in Geneva\n\n"
    "Minister Alpha said on Tuesday that the talks would resume in Geneva after a pause.\n"
)


def _listed_ids(db: Path) -> list[str]:
    result = run_main("--db", str(db), "list", "--json")
    return [article["id"] for article in json.loads(result.stdout or "[]")]


def test_seeds_the_user_removed_stay_removed(tmp_path: Path) -> None:
    """The seeds come in on a first run only: a library whose every article was removed
    (the seeds deleted before importing one's own) is no first run, and the next write
    (an import) must not bring the deleted seeds back unasked."""
    db = tmp_path / "library.json"
    seeds = _listed_ids(db)
    assert seeds  # the first run imported them
    assert run_main("--db", str(db), "rm", *seeds).returncode == 0
    own = tmp_path / "own.txt"
    own.write_text(BODY)
    assert run_main("--db", str(db), "import", str(own)).returncode == 0
    listed = _listed_ids(db)
    assert len(listed) == 1 and not set(listed) & set(seeds)


def _store_bytes(db: Path) -> dict[str, bytes]:
    """The store's files but its lock and backups: what a failed import must leave alone."""
    return {
        str(path.relative_to(db.parent)): path.read_bytes()
        for path in sorted(db.parent.rglob("*"))
        if path.is_file() and ".lock" not in path.name and ".backups" not in str(path)
    }


HOSTILE_SIDECARS = [
    (
        "twice",
        '{"title": "First", "date": "2025-07-18", "title": "Second"}',
        "its title is given twice",
    ),
    ("twice_null", '{"source": "Mekong Monitor", "source": null}', "its source is given twice"),
    (
        "tag_escape",
        '{"tags": ["geneva", "red\\u001b[31m"]}',
        "its tag 'red\\x1b[31m' holds a control character (U+001B)",
    ),
    (
        "many_tags",
        json.dumps({"tags": [f"t{n}" for n in range(201)]}),
        "its tags are 201: at most 200",
    ),
    (
        "long_tag",
        json.dumps({"tags": ["x" * 65]}),
        "its tags: tag too long (65 characters, at most 64)",
    ),
    (
        "no_host",
        '{"url": "https://"}',
        "its url 'https://' is no web address (http:// or https://)",
    ),
    (
        "no_host_path",
        '{"url": "http:///etc/passwd"}',
        "its url 'http:///etc/passwd' is no web address (http:// or https://)",
    ),
    (
        "url_space",
        '{"url": "https://e.example/a b"}',
        "its url 'https://e.example/a b' holds a space (write it %20)",
    ),
    ("long_number", '{"title": ' + "9" * 5000 + "}", "its title is a number, not text"),
]


@pytest.mark.parametrize(
    ("name", "content", "reason"), HOSTILE_SIDECARS, ids=[h[0] for h in HOSTILE_SIDECARS]
)
def test_a_hostile_sidecar_fails_in_one_plain_line_and_stores_nothing(
    tmp_path: Path, name: str, content: str, reason: str
) -> None:
    """A detail given twice is no detail read as written (JSON readers differ on which one
    wins; Python's silently took the last), and a number too long for Python's int is still
    a number: said as such, not with advice about ``sys.set_int_max_str_digits``."""
    db = tmp_path / "store" / "library.json"
    db.parent.mkdir()
    _listed_ids(db)
    before = _store_bytes(db)
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / f"{name}.txt"
    path.write_text(BODY)
    sidecar = folder / f"{name}.meta.json"
    sidecar.write_text(content)
    result = run_main("--db", str(db), "import", str(path))
    assert (result.returncode, result.stdout) == (
        1,
        f"failed    {path}: its sidecar {sidecar}: {reason}\n",
    )
    assert _store_bytes(db) == before


def test_a_sidecars_unknown_or_repeated_name_is_shown_escaped_and_short(tmp_path: Path) -> None:
    """A name diplotui does not know is quoted in the line: an escape sequence in it shown
    escaped, never run by the terminal, and a name of 90,000 characters cut."""
    db = tmp_path / "library.json"
    folder = tmp_path / "in"
    folder.mkdir()
    cases = {
        "esc": ('{"\\u001b[2J": 1, "\\u001b[2J": 2}', "'\\x1b[2J' is given twice"),
        "long": (json.dumps({"x" * 90_000: 1}), f"no detail '{'x' * 60}'... (it may give "),
    }
    for name, (content, reason) in cases.items():
        (folder / f"{name}.txt").write_text(BODY)
        (folder / f"{name}.meta.json").write_text(content)
        result = run_main("--db", str(db), "import", str(folder / f"{name}.txt"))
        assert result.returncode == 1 and reason in result.stdout
        reason_given = result.stdout.split(".meta.json: ", 1)[1]
        assert "\x1b" not in result.stdout and len(reason_given) < 200


def _rendered_brief(tmp_path: Path, details: dict[str, str]) -> str:
    """The Markdown brief of an article imported with ``details`` in its sidecar, as a
    CommonMark renderer shows it (HTML)."""
    from markdown_it import MarkdownIt

    db = tmp_path / "library.json"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "talks.txt").write_text(BODY)
    (folder / "talks.meta.json").write_text(json.dumps(details))
    imported = run_main("--db", str(db), "import", str(folder / "talks.txt"))
    article_id = imported.stdout.split()[1]
    assert run_main("--db", str(db), "tag", article_id, "brief").returncode == 0
    brief = run_main("--db", str(db), "export", "--format", "markdown", "--article", article_id)
    assert brief.returncode == 0, brief
    return str(MarkdownIt("commonmark").render(brief.stdout))


def test_the_brief_shows_an_entity_reference_in_a_detail_as_written(tmp_path: Path) -> None:
    """``&#x202E;`` in a title is eight characters of it, stored and shown so: left
    unescaped in the brief, a renderer made it the bidi override sanitising keeps out of
    every export (the title after it shown reversed), and ``&lt;b&gt;`` a different title."""
    title = "Talks &#x202E;resume &lt;b&gt; &amp; end"
    source = "Outlet &#27;[31m"
    html = _rendered_brief(tmp_path, {"title": title, "source": source})
    assert "\u202e" not in html and "\x1b" not in html
    assert "<h2>Talks &amp;#x202E;resume &amp;lt;b&amp;gt; &amp;amp; end</h2>" in html
    assert "Source: Outlet &amp;#27;[31m" in html


def test_the_brief_keeps_a_title_ending_in_hashes(tmp_path: Path) -> None:
    """A heading's trailing " #" is Markdown's optional closing sequence: "Press release #"
    was shown as "Press release", and a title of "#" alone as an empty heading."""
    html = _rendered_brief(tmp_path, {"title": "Press release ##"})
    assert "<h2>Press release ##</h2>" in html


def test_a_sidecars_blank_detail_is_one_not_given(tmp_path: Path) -> None:
    """A detail of spaces states nothing, as "" and null do: a blank title failed the file
    with "no title (the file has no line with words in it)" and a blank date with an empty
    reason; the file's own title is kept."""
    db = tmp_path / "library.json"
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "talks.txt"
    path.write_text(BODY)
    blank = {"title": "   ", "date": " \u3000", "source": "\u00a0", "url": "\n", "author": "\t"}
    (folder / "talks.meta.json").write_text(json.dumps(blank))
    result = run_main("--db", str(db), "import", str(path))
    assert result.returncode == 0, result
    assert result.stdout.startswith("imported") and "Talks resume in Geneva" in result.stdout


def test_a_first_run_in_a_read_only_folder_gives_no_advice_that_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No store yet, in a folder that cannot be written (a read-only disk): the first run
    cannot make one, and the line must not send the user to ``--read-only``, which fails
    the same way (``diplotui --read-only list`` repeated the advice it had followed)."""
    db = tmp_path / "library.json"
    real_open = os.open

    def refuse_the_lock(name: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(name).endswith(".lock"):  # the OS boundary: a read-only mount
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_the_lock)
    for args in (("list",), ("--read-only", "list")):
        result = run_main("--db", str(db), *args)
        assert result.returncode == 1 and result.stdout == ""
        assert "--read-only" not in result.stderr, result.stderr
        assert "no store there yet" in result.stderr
        assert len(result.stderr.splitlines()) == 1
    assert sorted(tmp_path.iterdir()) == []


def test_meta_refuses_a_url_holding_a_space(tmp_path: Path) -> None:
    """``meta --url "https://e.example/a b"`` was stored, and every citation and export gave
    "https://e.example/ab", another address; nothing is changed."""
    db = tmp_path / "library.json"
    article_id = _listed_ids(db)[0]
    before = run_main("--db", str(db), "meta", article_id).stdout
    result = run_main("--db", str(db), "meta", article_id, "--url", "https://e.example/a b")
    assert result.returncode == 2
    assert result.stderr == (
        "diplotui: invalid URL 'https://e.example/a b': it holds a space (write it %20)\n"
    )
    assert run_main("--db", str(db), "meta", article_id).stdout == before


def test_a_blank_diplotui_db_grows_no_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``DIPLOTUI_DB="  "`` (``"$LIB "`` with LIB unset) made a library named two spaces in
    the working folder, seeds and all; ``--db "  "`` is refused, and so is it now."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DIPLOTUI_DB", "  ")
    result = run_main("list")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == "diplotui: DIPLOTUI_DB names no store (a blank path)\n"
    assert list(tmp_path.iterdir()) == []


def test_a_sidecar_named_in_capitals_is_said_to_be_one(tmp_path: Path) -> None:
    """``talks.META.JSON`` (a Windows tool's capitals) is no sidecar to the walk, which
    read it as an export and failed it as "not a diplotui or W3C Web Annotation export":
    the line now says what it is and how it is read."""
    db = tmp_path / "library.json"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "talks.txt").write_text(BODY)
    (folder / "talks.META.JSON").write_text(json.dumps({"source": "Mekong Monitor"}))
    result = run_main("--db", str(db), "import", str(folder))
    assert result.returncode == 1
    assert f"failed    {folder / 'talks.META.JSON'}: a sidecar is named " in result.stdout
    assert "talks.meta.json, in these letters, to be read with its article" in result.stdout
    assert "export" not in result.stdout
