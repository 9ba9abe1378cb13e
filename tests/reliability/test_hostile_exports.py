"""Files named on the command line: a path meant as a folder, a file too large to read."""

from __future__ import annotations

import os
from pathlib import Path

from tests.cli_runner import run_main
from tests.reliability.test_hostile_records import make_store


def test_an_output_path_ending_in_a_slash_names_a_folder_never_a_file(store_path: Path):
    """``-o briefs/`` with no such folder wrote a file called ``briefs``."""
    make_store(store_path)
    wanted = store_path.parent / "briefs"
    exported = run_main("--db", str(store_path), "export", "-o", f"{wanted}/")
    assert exported.returncode == 1
    [line] = exported.stderr.splitlines()
    assert f"{wanted}/" in line and "folder" in line
    assert not wanted.exists()


def test_an_output_path_that_is_a_folder_or_a_device_is_refused_for_what_it_is(store_path: Path):
    """``-o briefs`` naming a folder said "already exists; use --force to overwrite it" (the
    app asked "Overwrite?"), and with ``--force`` only then "is a directory"."""
    make_store(store_path)
    folder = store_path.parent / "briefs"
    folder.mkdir()
    for target, reason in ((folder, "is a directory"), ("/dev/null", "not a regular file")):
        exported = run_main("--db", str(store_path), "export", "-o", str(target))
        assert exported.returncode == 1
        [line] = exported.stderr.splitlines()
        assert str(target) in line and reason in line and "--force" not in line
    assert not any(folder.iterdir())


def test_an_output_path_that_is_a_symlink_is_replaced_itself_with_force_never_written_through(
    store_path: Path, tmp_path: Path
):
    """``-o PATH --force`` where PATH is a symbolic link was refused ("not a regular file")
    whatever the user said; writing through it would put the export where it points (here
    another file the user keeps). Without --force the line says what --force will do."""
    make_store(store_path)
    kept = tmp_path / "kept.txt"
    kept.write_text("not an export\n")
    link = tmp_path / "brief.md"
    link.symlink_to(kept)
    refused = run_main("--db", str(store_path), "export", "-o", str(link))
    assert refused.returncode == 1
    assert refused.stderr == (
        f"diplotui: {link}: a symbolic link (to {kept}); use --force to replace the link "
        "itself (what it points to is left alone)\n"
    )
    assert link.is_symlink()
    forced = run_main("--db", str(store_path), "export", "-o", str(link), "--force")
    assert forced.returncode == 0, forced.stderr
    assert not link.is_symlink() and link.read_text().startswith("# ")
    assert kept.read_text() == "not an export\n"
    dangling = tmp_path / "quotes.md"
    dangling.symlink_to(tmp_path / "nowhere" / "quotes.md")
    forced = run_main("--db", str(store_path), "export", "-o", str(dangling), "--force")
    assert forced.returncode == 0 and not dangling.is_symlink(), forced.stderr


def test_a_link_to_a_device_or_a_stream_is_never_replaced_even_with_force(
    store_path: Path, tmp_path: Path
):
    """attack51: ``-o /dev/stdout`` said "use --force to replace the link itself", and with
    ``--force`` (as root) the system's /dev/stdout would have become a regular file. A link
    to a device, a FIFO or a stream is refused as such, with the way to standard output."""
    make_store(store_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    to_null, to_fifo = tmp_path / "null.md", tmp_path / "fifo.md"
    to_null.symlink_to("/dev/null")
    to_fifo.symlink_to(fifo)
    for link in (Path("/dev/stdout"), to_null, to_fifo):
        for force in ((), ("--force",)):
            refused = run_main("--db", str(store_path), "export", "-o", str(link), *force)
            assert refused.returncode == 1
            [line] = refused.stderr.splitlines()
            assert f"{link}: a link to a device or stream" in line
            assert "use -o - to write to standard output" in line and "--force" not in line
            assert link.is_symlink()


def test_a_relative_link_or_a_long_chain_into_proc_is_a_stream_too(
    store_path: Path, tmp_path: Path
):
    """attack51b: a link written relatively into /proc (``/etc/mtab`` is
    ``../proc/self/mounts`` on many systems) or a chain of 40 links ending at
    ``/proc/self/fd/1`` was taken for the user's own link: with ``--force`` it became a file
    (/proc's files are regular, and standard output here is a file)."""
    make_store(store_path)
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    up = "../" * len(folder.parts)  # past the root, '..' stays there
    mounts, stdout = folder / "mtab.md", folder / "stdout.md"
    mounts.symlink_to(f"{up}proc/self/mounts")
    stdout.symlink_to(f"{up}proc/self/fd/1")
    chain = [tmp_path / f"link{n}.md" for n in range(40)]
    for link, then in zip(chain, [*chain[1:], Path("/proc/self/fd/1")], strict=True):
        link.symlink_to(then)
    for link in (mounts, stdout, chain[0]):
        refused = run_main("--db", str(store_path), "export", "-o", str(link), "--force")
        assert refused.returncode == 1, refused.stdout
        assert f"{link}: a link to a device or stream" in refused.stderr
        assert link.is_symlink()


def test_a_link_to_a_folder_is_refused_as_a_folder_not_as_a_stream(
    store_path: Path, tmp_path: Path
):
    """attack51b: ``-o out`` where ``out`` links to a folder said "a link to a device or
    stream ... use -o - to write to standard output": a folder, as a folder named itself."""
    make_store(store_path)
    (tmp_path / "briefs").mkdir()
    link = tmp_path / "out"
    link.symlink_to("briefs")
    for force in ((), ("--force",)):
        refused = run_main("--db", str(store_path), "export", "-o", str(link), *force)
        assert refused.returncode == 1
        [line] = refused.stderr.splitlines()
        assert f"{link}: a link to a folder (to briefs); give the file's name too" in line, line
        assert link.is_symlink() and not list((tmp_path / "briefs").iterdir())


def test_an_output_of_a_dash_is_standard_output_as_everywhere(
    store_path: Path, tmp_path: Path, monkeypatch
):
    """``export -o -`` wrote a file named "-" in the current folder ("wrote -")."""
    make_store(store_path)
    monkeypatch.chdir(tmp_path)
    exported = run_main("--db", str(store_path), "export", "--format", "json", "-o", "-")
    assert exported.returncode == 0, exported.stderr
    assert '"format": "diplotui-export"' in exported.stdout
    assert not (tmp_path / "-").exists()


def test_entities_and_statements_refuse_a_file_over_the_size_limit(tmp_path: Path):
    """``import`` refused a file over 20 MiB in one line; ``entities FILE`` and ``statements
    FILE`` read any size whole (21.6 MB of text: 17 s and 660 MB for statements)."""
    from diplotui.ingest import MAX_FILE_BYTES

    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    for command in ("entities", "statements"):
        refused = run_main("--db", str(tmp_path / "lib.json"), command, str(huge))
        assert refused.returncode == 1
        assert refused.stderr.splitlines() == [
            f"diplotui: {huge}: too large ({MAX_FILE_BYTES + 1:,} bytes, the limit is "
            f"{MAX_FILE_BYTES:,})"
        ]


def test_entities_and_statements_name_a_path_that_is_no_file(tmp_path: Path):
    """A missing file, a folder or a FIFO was taken for an article id: "no article with id
    '/tmp/x/report.txt'" (and a FIFO as an id looked a store up for it)."""
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for target, reason in (
        (tmp_path / "missing.txt", "no such file"),
        (tmp_path, "is a directory"),
        (fifo, "not a regular file"),
    ):
        said = run_main("--db", str(tmp_path / "lib.json"), "entities", str(target))
        assert said.returncode == 1
        assert said.stderr.splitlines() == [f"diplotui: {target}: {reason}"]


def test_entities_and_statements_read_a_legacy_file_as_an_import_would(tmp_path: Path):
    """``entities FILE`` refused any file that was not UTF-8 ("not UTF-8 at byte 0"), where
    an import reads it in its code page; the encoding it was read in is said on stderr."""
    path = tmp_path / "lt.txt"
    path.write_bytes(
        (Path(__file__).parents[1] / "data" / "encodings" / "lt.cp1257.txt").read_bytes()
    )
    for command in ("entities", "statements"):
        said = run_main("--db", str(tmp_path / "lib.json"), command, str(path))
        assert said.returncode == 0
        none = [] if said.stdout else [f"diplotui: no {command} found in {path}"]
        assert said.stderr.splitlines() == [f"{path}: read as windows-1257 (detected)", *none]
    said = run_main("--db", str(tmp_path / "lib.json"), "entities", str(path))
    assert "PERSON Gabrielius Landsbergis" in " ".join(said.stdout.split())
