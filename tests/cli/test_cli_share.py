"""``diplotui share init``/``share clone``/``sync`` through the command line, with real git."""

from __future__ import annotations

from pathlib import Path

import pytest

import diplotui.cli.common as cli_common
from diplotui.cli.main import main
from diplotui.store import Store
from tests.sharing import add_highlight, article_ids, git_identity, make_store, use_git_settings

__all__ = ["git_identity"]  # an autouse fixture of every test here


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_four_commands_set_up_a_desk_and_sync_with_git_config_names(tmp_path, capsys):
    remote = str(tmp_path / "srv" / "desk.git")  # its folder made too, as `git init` would
    mai, bob = make_store(tmp_path / "mai.json"), make_store(tmp_path / "bob.json")
    assert run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")[0] == 0
    assert run(capsys, "--db", str(bob), "share", "clone", remote)[0] == 0
    add_highlight(mai, article_ids()[0], "keep talking")
    assert run(capsys, "--db", str(mai), "sync") == (0, "sent 1 highlight\n", "")
    status, out, _ = run(capsys, "--db", str(bob), "sync")
    assert (status, out) == (0, "1 new highlight from mai\n")  # the name given at init is kept
    with Store.open(bob, read_only=True) as store:
        assert store.setting("share_author") == "Default Person"  # git config user.name


def test_sync_is_refused_while_another_diplotui_writes_the_store(
    tmp_path, capsys, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(cli_common, "WRITE_LOCK_WAIT_SECONDS", 0.0)
    mai = make_store(tmp_path / "mai.json")
    assert run(capsys, "--db", str(mai), "share", "init", str(tmp_path / "d.git"))[0] == 0
    with Store.open(mai):
        status, out, err = run(capsys, "--db", str(mai), "sync")
    assert status == 1 and out == ""
    assert "already open in process" in err
    assert err.count("\n") == 1


def test_an_unreachable_remote_is_one_line_and_exit_1(tmp_path: Path, capsys):
    mai = make_store(tmp_path / "mai.json")
    status, out, err = run(capsys, "--db", str(mai), "share", "clone", str(tmp_path / "none.git"))
    assert status == 1 and out == ""
    assert "cannot be reached" in err and err.count("\n") == 1
    assert "(no such folder)" in err  # said before a library is made (attack57)
    status, _, err = run(capsys, "--db", str(mai), "sync")
    assert status == 1 and "not shared yet" in err


def test_git_failing_to_make_the_stores_repository_is_one_line_and_a_retry_works(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    """bob's git config had a typo: `git init` of the store's own repository failed, and
    `share clone` ended in a CalledProcessError traceback instead of a reason."""
    remote = str(tmp_path / "desk.git")
    mai, bob = make_store(tmp_path / "mai.json"), make_store(tmp_path / "bob.json")
    assert run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")[0] == 0
    typo = tmp_path / "typo.gitconfig"
    typo.write_text("[user\n\tname = Bob\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(typo))

    status, out, err = run(capsys, "--db", str(bob), "share", "clone", remote, "--author", "bob")
    assert (status, out) == (1, "") and err.count("\n") == 1, err
    assert "bob.json.share.git: git cannot make the store's repository" in err
    assert f"bad config line 1 in file {typo}" in err and "nothing was set up" in err
    assert not (tmp_path / "bob.json.share.git").exists()

    monkeypatch.undo()
    use_git_settings(tmp_path / "fixed.gitconfig", monkeypatch)
    assert run(capsys, "--db", str(bob), "share", "clone", remote, "--author", "bob")[0] == 0


def test_list_author_shows_the_articles_one_person_highlighted(tmp_path, capsys):
    remote = str(tmp_path / "desk.git")
    mai, bob = make_store(tmp_path / "mai.json"), make_store(tmp_path / "bob.json")
    first, second, third = article_ids()
    assert run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")[0] == 0
    assert run(capsys, "--db", str(bob), "share", "clone", remote, "--author", "Bob")[0] == 0
    add_highlight(mai, first, "keep talking")
    add_highlight(bob, second, "restraint")
    add_highlight(bob, third, "frank")
    assert run(capsys, "--db", str(mai), "sync")[0] == 0
    assert run(capsys, "--db", str(bob), "sync")[0] == 0
    listed = {}
    for name in ("mai", "bob", "nobody"):
        status, out, _ = run(capsys, "--db", str(bob), "list", "--author", name)
        assert status == 0
        listed[name] = {line.split()[0] for line in out.splitlines()}
    assert listed == {"mai": {first}, "bob": {second, third}, "nobody": set()}


def test_sync_names_texts_lost_after_joining_and_takes_them_back_from_the_team(tmp_path, capsys):
    """bob joined, then one article's text file was deleted and another's cut short: each
    sync said "up to date" and the texts stayed unreadable, though the team holds them. The
    sync names both and writes them back from the team's copy; bob's highlight stays."""
    from diplotui.store import body_path

    remote = str(tmp_path / "desk.git")
    mai, bob = make_store(tmp_path / "mai.json"), make_store(tmp_path / "bob.json")
    assert run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")[0] == 0
    assert run(capsys, "--db", str(bob), "share", "clone", remote, "--author", "bob")[0] == 0
    first, second, _ = article_ids()
    kept = add_highlight(bob, first, "keep talking")
    assert run(capsys, "--db", str(bob), "sync")[0] == 0
    with Store.open(bob, read_only=True) as store:
        texts = {a: store.article_text(a) for a in (first, second)}
        files = {a: body_path(bob, store.article(a).text_hash) for a in (first, second)}
    files[first].unlink()
    files[second].write_bytes(files[second].read_bytes()[:40])

    status, out, err = run(capsys, "--db", str(bob), "sync")
    lines = out.splitlines()
    assert (status, err) == (0, "") and lines[0] == "2 texts restored from the team's", out
    assert sorted(line.split()[0] for line in lines[1:]) == sorted((first, second))
    assert all(line.endswith("restored from the team's copy") for line in lines[1:])
    with Store.open(bob, read_only=True) as store:
        assert {a: store.article_text(a) for a in (first, second)} == texts
        assert store.body_problem(first) is None and store.highlight(kept).quote
    assert run(capsys, "--db", str(bob), "sync") == (0, "up to date\n", "")


def _mai_and_bob_on_a_desk(tmp_path: Path, capsys) -> tuple[Path, Path]:
    remote = str(tmp_path / "desk.git")
    mai, bob = make_store(tmp_path / "mai.json"), make_store(tmp_path / "bob.json")
    assert run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")[0] == 0
    assert run(capsys, "--db", str(bob), "share", "clone", remote, "--author", "bob")[0] == 0
    return mai, bob


def _refreshed_from_the_wire(copy: Path, article_id: str, **details: str) -> None:
    """What a refresh bringing the wire's changed text, with its ``details``, does in ``copy``."""
    from diplotui.ingest.formats import ParsedDocument
    from diplotui.ingest.update import apply_update

    with Store.open(copy) as store:
        text = store.article_text(article_id) + "\nThe wire added a paragraph.\n"
        apply_update(store, store.article(article_id), ParsedDocument(text=text, **details))


def test_a_title_corrected_by_one_analyst_outlives_a_teammates_refresh(tmp_path, capsys):
    """Mai corrected an article's title for the desk's citations; Bob's refresh brought the
    wire's changed text with its old headline, and his next sync sent that headline back
    over hers to everyone."""
    mai, bob = _mai_and_bob_on_a_desk(tmp_path, capsys)
    first = article_ids()[0]
    assert run(capsys, "--db", str(mai), "meta", first, "--title", "Mekong talks go on")[0] == 0
    for copy in (mai, bob):
        assert run(capsys, "--db", str(copy), "sync")[0] == 0
    _refreshed_from_the_wire(bob, first, title="MEKONG PARTNERS AGREE")
    for copy in (bob, mai):
        assert run(capsys, "--db", str(copy), "sync")[0] == 0

    for copy in (mai, bob):
        with Store.open(copy, read_only=True) as store:
            assert store.article(first).title == "Mekong talks go on"
            assert store.article_text(first).endswith("The wire added a paragraph.\n")


def test_details_two_analysts_corrected_at_once_both_outlive_a_refresh(tmp_path, capsys):
    """Mai corrected the title while Bob corrected the author; the merge kept both values
    but only the later side's record of what was corrected by hand, so the next refresh of
    the wire put the wire's headline back over Mai's title."""
    mai, bob = _mai_and_bob_on_a_desk(tmp_path, capsys)
    first = article_ids()[0]
    assert run(capsys, "--db", str(mai), "meta", first, "--title", "Mekong talks go on")[0] == 0
    assert run(capsys, "--db", str(bob), "meta", first, "--author", "Lan Anh")[0] == 0
    for copy in (mai, bob, mai):
        assert run(capsys, "--db", str(copy), "sync")[0] == 0

    _refreshed_from_the_wire(mai, first, title="MEKONG PARTNERS AGREE", author="Wire desk")

    with Store.open(mai, read_only=True) as store:
        updated = store.article(first)
    assert (updated.title, updated.author) == ("Mekong talks go on", "Lan Anh")


def test_an_article_a_teammate_added_arrives_unread_and_read_state_stays_each_own(tmp_path, capsys):
    """Read state is each reader's own: mai's new article came into bob's library marked
    read, though he never opened it; and what bob marks is never sent to mai."""
    remote = str(tmp_path / "desk.git")
    mai, bob = make_store(tmp_path / "mai.json"), make_store(tmp_path / "bob.json")
    assert run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")[0] == 0
    assert run(capsys, "--db", str(bob), "share", "clone", remote, "--author", "bob")[0] == 0
    new = tmp_path / "new.txt"
    new.write_text("Envoys meet in Doha\nThe envoys met in Doha on Sunday.\n", encoding="utf-8")
    assert run(capsys, "--db", str(mai), "import", str(new))[0] == 0
    listed = run(capsys, "--db", str(mai), "list")[1].splitlines()
    new_id = next(line.split()[0] for line in listed if "Envoys meet" in line)
    assert run(capsys, "--db", str(mai), "sync")[0] == 0
    assert run(capsys, "--db", str(bob), "sync")[1] == "1 new article\n"
    status, out, _ = run(capsys, "--db", str(bob), "list", "--unread")
    assert status == 0 and out.split()[0] == new_id  # only it: his own stay as they were
    assert len(out.splitlines()) == 1
    assert run(capsys, "--db", str(bob), "mark", new_id, "read")[0] == 0
    assert run(capsys, "--db", str(bob), "mark", article_ids()[0], "unread")[0] == 0
    assert run(capsys, "--db", str(bob), "sync")[0] == 0
    assert run(capsys, "--db", str(mai), "sync")[0] == 0
    with Store.open(mai, read_only=True) as store:
        assert store.article(new_id).state == "read"  # she imported it: read, as it was
        assert store.article(article_ids()[0]).state == "read"
    with Store.open(bob, read_only=True) as store:
        assert store.article(new_id).state == "read"
        assert store.article(article_ids()[0]).state == "unread"


def test_annotations_names_who_made_each_highlight_of_a_shared_library(tmp_path, capsys):
    """The sidebar said "· mai" beside a teammate's highlight; ``annotations`` never did."""
    import json

    remote = str(tmp_path / "desk.git")
    mai, bob = make_store(tmp_path / "mai.json"), make_store(tmp_path / "bob.json")
    first = article_ids()[0]
    assert run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")[0] == 0
    assert run(capsys, "--db", str(bob), "share", "clone", remote, "--author", "Bob")[0] == 0
    add_highlight(mai, first, "keep talking")
    assert run(capsys, "--db", str(mai), "sync")[0] == 0
    assert run(capsys, "--db", str(bob), "sync")[0] == 0
    add_highlight(bob, first, "fisheries")  # not synced yet: no author
    status, out, _ = run(capsys, "--db", str(bob), "annotations", first)
    assert status == 0
    heads = {line.split()[0]: line for line in out.splitlines()[1:]}
    with Store.open(bob, read_only=True) as store:
        made = {h.quote: h.id for h in store.highlights(first)}
    assert heads[made["keep talking"]].endswith("”  · mai")
    assert heads[made["fisheries"]].endswith("”")
    status, out, _ = run(capsys, "--db", str(bob), "annotations", first, "--json")
    assert {r["quote"]: r["author"] for r in json.loads(out)} == {
        "keep talking": "mai",
        "fisheries": "",
    }


def test_sync_help_says_a_new_author_renames_your_highlights(capsys):
    """README's rename (``sync --author NAME``: your highlights so far take it, for the whole
    team) was nowhere in the help, which said only "the name put on your annotations"."""
    with pytest.raises(SystemExit):
        main(["sync", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "a new NAME renames the highlights you made so far, for the whole team" in said
    with pytest.raises(SystemExit):
        main(["share", "init", "--help"])
    assert "renames" not in capsys.readouterr().out  # nothing of yours is named yet


def test_share_init_counts_what_an_analyst_made_not_the_files(tmp_path, capsys):
    """newuser57: `share init` of 9 articles said "sent 22 changes" (a record and a text file
    per article, each highlight's file); it names articles, highlights, notes and tags."""
    mai = make_store(tmp_path / "mai.json")
    first, second, third = article_ids()
    add_highlight(mai, first, "keep talking", note="the heart of it")
    assert run(capsys, "--db", str(mai), "tag", second, "mekong", "asean")[0] == 0
    assert run(capsys, "--db", str(mai), "note", third, "read again")[0] == 0
    remote = str(tmp_path / "d.git")
    status, out, err = run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")
    assert (status, out) == (0, "sent 3 articles, 1 highlight, 2 notes, 2 tags\n"), err
    bob = make_store(tmp_path / "bob.json")
    assert run(capsys, "--db", str(bob), "share", "clone", remote, "--author", "bob")[0] == 0
    with Store.open(mai) as store:
        store.delete_article(third)
    assert run(capsys, "--db", str(mai), "untag", second, "asean")[0] == 0
    assert run(capsys, "--db", str(mai), "sync")[:2] == (0, "sent 1 tag, 1 article removed\n")
