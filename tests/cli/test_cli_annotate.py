"""The highlight, annotations and note commands, against real temporary stores."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from diplotui.cli.main import main
from diplotui.model import Article, Highlight
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

TEXT = (
    "On Monday the ministers met in Vientiane.\n"
    "They agreed to keep talking about dams.\n\n"
    "Later the ministers met again and agreed to keep talking."
)
OTHER = "A second article with a single sentence about fisheries."
ARTICLE_ID = text_hash(TEXT)[:12]
OTHER_ID = text_hash(OTHER)[:12]


@pytest.fixture
def db(store_path: Path) -> str:
    """A store with two known articles (not empty, so the CLI does not seed it)."""
    with Store.open(store_path) as store:
        store.add_article(Article(id=ARTICLE_ID, title="Mekong talks", text_hash=""), TEXT)
        store.add_article(Article(id=OTHER_ID, title="Fisheries", text_hash=""), OTHER)
    return str(store_path)


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def stored_highlights(db: str) -> list[Highlight]:
    with Store.open(db, read_only=True) as store:
        return store.highlights()


def test_highlight_with_note_tags_and_colour_reads_back(db: str, capsys):
    status, out, _ = run(
        capsys,
        "--db", db, "highlight", ARTICLE_ID[:6], "--quote", "keep talking about dams",
        "--note", "Watch this\nsecond line", "--tag", "dams", "--tag", "water,#mekong",
        "--color", "Follow Up",
    )  # fmt: skip
    assert status == 0
    new_id = out.splitlines()[-1]
    assert new_id.strip() == new_id and len(new_id) == 12
    assert "follow up" in out and "#dams" in out
    status, out, _ = run(capsys, "--db", db, "annotations", "--json")
    assert status == 0
    (record,) = json.loads(out)
    start = TEXT.index("keep talking about dams")
    assert record["id"] == new_id and record["article_id"] == ARTICLE_ID
    assert (record["start"], record["end"]) == (start, start + len("keep talking about dams"))
    assert record["quote"] == "keep talking about dams"
    assert record["prefix"] == TEXT[max(0, start - 32) : start]
    assert record["suffix"] == TEXT[record["end"] : record["end"] + 32]
    assert record["color"] == "follow" and record["status"] == "anchored"
    assert record["note"] == "Watch this\nsecond line"
    assert record["tags"] == ["dams", "water", "mekong"]
    (stored,) = stored_highlights(db)
    listed_only = ("color_label", "speaker_unfound", "speaker_unchecked")
    assert stored.to_dict() == {k: v for k, v in record.items() if k not in listed_only}
    assert record["speaker_unfound"] is False
    status, out, _ = run(capsys, "--db", db, "annotations", ARTICLE_ID)
    assert status == 0
    assert f"{new_id}  anchored" in out and "follow up" in out
    assert "note: Watch this …" in out and "#water" in out


def test_colour_by_key_or_label_and_default(db: str, capsys):
    colours = (("figure", "figure"), ("key statement", "key"), ("COMMITMENT", "commitment"))
    for name, key in colours:
        status, out, err = run(
            capsys, "--db", db, "highlight", OTHER_ID, "--quote", "fisheries", "--color", name,
            "--again",
        )  # fmt: skip
        assert status == 0 and err == ""
        with Store.open(db, read_only=True) as store:
            assert store.highlight(out.splitlines()[-1]).color == key
    status, out, err = run(capsys, "--db", db, "highlight", OTHER_ID, "--quote", "single")
    assert status == 0 and err == ""
    with Store.open(db, read_only=True) as store:
        assert store.highlight(out.splitlines()[-1]).color == "key"  # the default colour


def test_the_same_words_highlighted_twice_are_refused_unless_again(db: str, capsys):
    """Run twice (a script re-run, the shell's history), the command stored a second identical
    highlight, saying so only in a note on stderr: every export then listed the quote twice."""
    status, out, _ = run(capsys, "--db", db, "highlight", OTHER_ID, "--quote", "fisheries")
    first = out.splitlines()[-1]
    before = Path(db).read_bytes()
    status, out, err = run(capsys, "--db", db, "highlight", OTHER_ID, "--quote", "fisheries")
    assert status == 1 and out == ""
    assert err.splitlines() == [
        f"diplotui: “fisheries” is already highlighted in {OTHER_ID} ({first}, key statement); "
        "--again adds another"
    ]
    assert Path(db).read_bytes() == before and len(stored_highlights(db)) == 1
    status, out, _ = run(
        capsys, "--db", db, "highlight", OTHER_ID, "--quote", "fisheries", "--again"
    )
    assert status == 0 and len(stored_highlights(db)) == 2


def test_a_passage_overlapping_a_highlight_is_highlighted_as_its_help_says(db: str, capsys):
    """newuser55: the README said "words already highlighted are refused" and the help "where
    one of the same words is": only the very same words are; a passage inside one, or
    holding it, is highlighted as asked, and the help now says so."""
    run(capsys, "--db", db, "highlight", OTHER_ID, "--quote", "a single sentence")
    for overlapping in ("single", "with a single sentence about"):
        status, _, err = run(capsys, "--db", db, "highlight", OTHER_ID, "--quote", overlapping)
        assert (status, err) == (0, "")
    assert len(stored_highlights(db)) == 3
    with pytest.raises(SystemExit):
        main(["highlight", "--help"])
    helped = " ".join(capsys.readouterr().out.split())
    assert "a passage overlapping one is highlighted as asked" in helped


def test_repeated_quote_needs_occurrence(db: str, capsys):
    before = Path(db).read_bytes()
    status, out, err = run(capsys, "--db", db, "highlight", ARTICLE_ID, "--quote", "the ministers")
    assert status == 2 and out == ""
    assert "occurs 2 times" in err and "--occurrence N (1-2)" in err
    listed = err.splitlines()  # the error, then one readable line per occurrence to pick from
    assert "--occurrence N (1-2)" in listed[0] and "\u240a" not in err
    assert [line.split(":")[0] for line in listed[1:]] == ["  1", "  2"]
    assert all("[the ministers]" in line for line in listed[1:])
    assert Path(db).read_bytes() == before
    status, _, err = run(
        capsys, "--db", db, "highlight", ARTICLE_ID, "--quote", "the ministers", "--occurrence", "3"
    )
    assert status == 2 and "occurs only 2 times" in err
    assert Path(db).read_bytes() == before
    status, out, _ = run(
        capsys, "--db", db, "highlight", ARTICLE_ID, "--quote", "the ministers", "--occurrence", "2"
    )
    assert status == 0
    (stored,) = stored_highlights(db)
    assert stored.id == out.splitlines()[-1]
    assert stored.start == TEXT.index("the ministers", TEXT.index("the ministers") + 1)
    assert TEXT[stored.start : stored.end] == "the ministers"


def test_quote_across_a_line_break_matches_any_whitespace(db: str, capsys):
    status, _, _ = run(
        capsys, "--db", db, "highlight", ARTICLE_ID, "--quote", "Vientiane.   They agreed"
    )
    assert status == 0
    (stored,) = stored_highlights(db)
    assert stored.quote == "Vientiane.\nThey agreed"  # the article's own text is kept


def test_a_quote_typed_with_straight_marks_finds_the_articles_curly_ones(store_path: Path, capsys):
    text = "Lao Cai\nThe minister said “the dam’s 2025–2030 plan” was agreed."
    with Store.open(store_path) as store:
        store.add_article(Article(id="curly", title="Dams", text_hash=""), text)
    typed = '"the dam\'s 2025-2030 plan"'
    status, _, err = run(capsys, "--db", str(store_path), "highlight", "curly", "--quote", typed)
    assert status == 0, err
    (stored,) = stored_highlights(str(store_path))
    assert stored.quote == "the dam’s 2025–2030 plan"  # the article's own apostrophe and dash
    assert stored.speaker  # a statement's highlight: on its speaker's words, inside the marks


def test_a_quote_typed_plainly_finds_a_word_pasted_with_invisible_characters(
    store_path: Path, capsys
):
    """A name pasted with a zero-width joiner or a soft hyphen inside it could not be
    highlighted by typing it: "John Smith" did not occur in "Jo\u200dhn Smi\u00adth"."""
    text = "Talks\nJo\u200dhn Smi\u00adth said the \u202bdam\u202c plan was agreed."
    with Store.open(store_path) as store:
        store.add_article(Article(id="pasted", title="Dams", text_hash=""), text)
    for typed, quote in (("John Smith", "Jo\u200dhn Smi\u00adth"), ("d\u200dam", "dam")):
        status, _, err = run(
            capsys, "--db", str(store_path), "highlight", "pasted", "--quote", typed
        )
        assert status == 0, err
        assert quote in [highlight.quote for highlight in stored_highlights(str(store_path))]
    status, _, err = run(
        capsys, "--db", str(store_path), "highlight", "pasted", "--quote", "\u200d"
    )
    assert status == 2 and "does not occur" in err


def test_a_quote_typed_composed_finds_the_words_of_a_text_stored_decomposed(
    store_path: Path, capsys
):
    """A text saved decomposed ("ể" as "e" and two combining marks, as a Vietnamese input
    method or a file saved on macOS may store it) reads as every other in the reader, but
    "Biển Đông" typed on a keyboard, composed, "did not occur" in it; nor the reverse."""
    said = "Hanoi and Manila discussed the Biển Đông on Monday."
    for stored, typed in (("NFD", "NFC"), ("NFC", "NFD")):
        text = unicodedata.normalize(stored, f"Sea talks\n{said}")
        with Store.open(store_path) as store:
            store.add_article(Article(id=f"sea{stored.lower()}", title="Sea", text_hash=""), text)
        quote = unicodedata.normalize(typed, "Biển Đông on Monday")
        status, _, err = run(
            capsys, "--db", str(store_path), "highlight", f"sea{stored.lower()}", "--quote", quote
        )
        assert status == 0, err
        made = [
            h for h in stored_highlights(str(store_path)) if h.article_id.endswith(stored.lower())
        ]
        assert [h.quote for h in made] == [unicodedata.normalize(stored, "Biển Đông on Monday")]


def test_missing_or_empty_quote_writes_nothing(db: str, capsys):
    before = Path(db).read_bytes()
    status, out, err = run(capsys, "--db", db, "highlight", ARTICLE_ID, "--quote", "dam-builders")
    assert status != 0 and out == "" and "does not occur" in err
    status, _, err = run(capsys, "--db", db, "highlight", ARTICLE_ID, "--quote", "  ")
    assert status == 2 and "empty" in err
    assert Path(db).read_bytes() == before
    assert stored_highlights(db) == []


def test_bad_colour_and_occurrence_are_usage_errors(db: str, capsys):
    before = Path(db).read_bytes()
    status, _, err = run(
        capsys, "--db", db, "highlight", OTHER_ID, "--quote", "fisheries", "--color", "red"
    )
    assert status == 2
    assert "unknown colour 'red'" in err
    for valid in ("key statement", "commitment", "figure", "question", "follow up"):
        assert valid in err
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", db, "highlight", OTHER_ID, "--quote", "fisheries", "--occurrence", "0"])
    assert exit_info.value.code == 2
    capsys.readouterr()
    assert Path(db).read_bytes() == before


def test_note_set_show_and_clear(db: str, capsys):
    status, out, _ = run(capsys, "--db", db, "note", ARTICLE_ID[:5], "Follow the\nOctober meeting")
    assert status == 0 and out.startswith(ARTICLE_ID)
    with Store.open(db, read_only=True) as store:
        assert store.article(ARTICLE_ID).note == "Follow the\nOctober meeting"
    status, out, _ = run(capsys, "--db", db, "note", ARTICLE_ID)
    assert status == 0 and out == "Follow the\nOctober meeting\n"
    status, out, _ = run(capsys, "--db", db, "annotations")
    assert "Mekong talks" in out and "article note: Follow the …" in out
    assert "Fisheries" not in out  # no highlights, no note: not listed
    status, out, _ = run(capsys, "--db", db, "note", ARTICLE_ID, "")
    assert status == 0 and "note cleared" in out
    with Store.open(db, read_only=True) as store:
        assert store.article(ARTICLE_ID).note == ""
    assert run(capsys, "--db", db, "annotations")[1:] == ("", "diplotui: no annotations yet\n")
    # no note: said on stderr, as an empty listing is (it printed nothing at all)
    assert run(capsys, "--db", db, "note", ARTICLE_ID[:5]) == (
        0,
        "",
        f"diplotui: no note on article {ARTICLE_ID}: diplotui note {ARTICLE_ID} TEXT sets one\n",
    )


def test_annotations_show_orphans_and_drift(db: str, capsys):
    with Store.open(db) as store:
        store.save_highlight(
            Highlight(
                id="0000000000f1",
                article_id=ARTICLE_ID,
                start=5,
                end=20,
                quote="a passage long gone",
                status="orphan",
            )
        )
        store.save_highlight(
            Highlight(
                id="0000000000d1",
                article_id=OTHER_ID,
                start=2,
                end=8,
                quote="secund",
                status="drifted",
                drift_text="second",
                color="question",
            )
        )
    status, out, _ = run(capsys, "--db", db, "annotations")
    assert status == 0
    assert "0000000000f1  orphan" in out and "“a passage long gone”" in out
    assert "0000000000d1  drifted" in out and "now: “second”" in out and "question" in out
    assert out.index("Mekong talks") < out.index("0000000000f1")
    status, out, _ = run(capsys, "--db", db, "annotations", OTHER_ID, "--json")
    (record,) = json.loads(out)
    assert record["status"] == "drifted" and record["drift_text"] == "second"


def test_a_drifted_statement_shows_the_words_highlighted_under_those_read_now(
    tmp_path: Path, capsys
):
    """A statement's highlight is quoted as the article reads now (as ``quote`` and the brief
    quote it); its "now:" line repeated those words, and what was highlighted was shown
    nowhere once a feed corrected the quotation."""
    db = str(tmp_path / "library.json")
    story = tmp_path / "kirby.txt"
    said = '"Nothing is {} until everything is {}," Kirby said on Monday.'
    story.write_text("Ceasefire talks\n\nThe envoy met the parties. " + said.format("done", "done"))
    assert run(capsys, "--db", db, "import", str(story))[0] == 0
    with Store.open(db, read_only=True) as store:
        (article_id,) = [a.id for a in store.articles() if a.title == "Ceasefire talks"]
    status, out, _ = run(
        capsys, "--db", db, "highlight", article_id, "--quote", "until everything is done"
    )
    assert status == 0 and "Kirby" in out
    story.write_text(
        "Ceasefire talks\n\nThe envoy met the parties. " + said.format("agreed", "agreed")
    )
    assert run(capsys, "--db", db, "import", "--update", str(story))[0] == 0
    status, out, _ = run(capsys, "--db", db, "annotations", article_id)
    assert status == 0
    head, drift = out.splitlines()[1:3]
    assert "drifted" in head and "“…until everything is agreed”  — Kirby" in head
    assert drift == "      highlighted as: “until everything is done”"


def test_output_is_inert(db: str, capsys):
    with Store.open(db) as store:
        article = store.article(OTHER_ID)
        store.with_updates(article, title="Evil\x1b]52;c;AAAA\x07 title")
    status, out, err = run(
        capsys, "--db", db, "highlight", OTHER_ID, "--quote", "fisheries",
        "--note", "bad\x1b[31mred\u202e", "--tag", "x\x1by",
    )  # fmt: skip
    assert status == 0
    status, listing, _ = run(capsys, "--db", db, "annotations")
    status, shown, _ = run(capsys, "--db", db, "note", OTHER_ID, "note\x1b[2J\x9bcleared")
    status, note, _ = run(capsys, "--db", db, "note", OTHER_ID)
    for text in (out, err, listing, shown, note):
        assert not any(ch in text for ch in "\x1b\x07\x9b\u202e")
    # shown as the app shows them: each one visible, none dropped
    assert "Evil\u241b]52;c;AAAA\u2407 title" in listing
    assert "note: bad\u241b[31mred\ufffd" in listing
    assert "note: note\u241b[2J\ufffdcleared" in shown
    assert note == "note\u241b[2J\ufffdcleared\n"
    status, meta, _ = run(capsys, "--db", db, "meta", OTHER_ID)
    assert "title:  Evil\u241b]52;c;AAAA\u2407 title" in meta


def test_exit_codes_from_the_console_entry_point(db: str):
    """A success and a refusal as a child process's exit status; the other refusals through
    ``run_main``, which turns ``main``'s return and ``SystemExit`` into the status as the
    entry point does (a child process costs ~0.7 s of CPU)."""

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "diplotui.cli.main", "--db", db, *args],
            capture_output=True,
            text=True,
            timeout=60,
        )

    created = cli("highlight", ARTICLE_ID, "--quote", "dams", "--tag", "water")
    assert created.returncode == 0, created.stderr
    assert created.stdout.splitlines()[-1] == stored_highlights(db)[0].id
    assert cli("highlight", ARTICLE_ID, "--quote", "agreed").returncode == 2

    def in_process(*args: str) -> int:
        return run_main("--db", db, *args).returncode

    assert in_process("highlight", ARTICLE_ID, "--quote", "nowhere") == 2
    assert in_process("highlight", "ffffffff", "--quote", "dams") == 2
    assert in_process("highlight", ARTICLE_ID, "--quote", "dams", "--color", "pink") == 2
    assert in_process("annotations", "ffffffff") == 2
    assert in_process("note", "ffffffff", "x") == 2
    assert len(stored_highlights(db)) == 1


def test_a_note_quote_or_name_starting_with_a_dash_is_taken_as_typed(db: str, capsys):
    """``highlight ID --quote X --note -x`` was refused ("argument --note: expected one
    argument"): argparse read the note as an option, and only ``--note=-x`` worked. A value
    starting with "-" is the option's value unless it is itself an option; a stray text
    starting with "-" (``note ID -x``) is refused with the way to pass it."""
    status, out, _ = run(
        capsys, "--db", db, "highlight", ARTICLE_ID, "--quote", "keep talking about dams",
        "--note", "-x", "--tag", "--urgent",
    )  # fmt: skip
    assert status == 0
    (highlight,) = stored_highlights(db)
    assert (highlight.note, highlight.tags) == ("-x", ["--urgent"])
    status, out, _ = run(
        capsys, "--db", db, "speaker", ARTICLE_ID, "--quote", "met in", "--name", "-Ali"
    )
    assert status == 0 and "-Ali" in out
    with pytest.raises(SystemExit) as leaving:
        run(capsys, "--db", db, "note", ARTICLE_ID, "-x")
    assert leaving.value.code == 2
    assert 'goes after "--": diplotui note ... -- -x' in capsys.readouterr().err
    status, _, _ = run(capsys, "--db", db, "note", ARTICLE_ID, "--", "-x")
    assert status == 0
    with pytest.raises(SystemExit):  # the note forgotten before the next option: argparse's error
        run(capsys, "--db", db, "highlight", ARTICLE_ID, "--quote", "dams", "--note", "--again")
    assert "argument --note: expected one argument" in capsys.readouterr().err


def test_a_value_of_two_dashes_is_that_text_not_nothing(db: str, capsys):
    """Python 3.11's argparse dropped every "--" it handed out: ``--note=--`` gave the
    command a list (a traceback), ``--until=--`` no filter at all, and ``note ID -- --``
    showed the note instead of setting it. Only the end of options is dropped now."""
    status, _, _ = run(
        capsys, "--db", db, "highlight", ARTICLE_ID, "--quote", "about dams", "--note=--"
    )
    assert status == 0
    assert [h.note for h in stored_highlights(db)] == ["--"]
    status, out, _ = run(capsys, "--db", db, "note", ARTICLE_ID, "--", "--")
    assert status == 0 and out.rstrip().endswith("note: --")
    for args, said in (
        (("list", "--until=--"), "until '--'"),
        (("statements", "--speaker=--"), "--speaker '--' has no letters"),
    ):
        try:
            status, _, err = run(capsys, "--db", db, *args)
        except SystemExit as leaving:
            status, err = int(leaving.code or 0), capsys.readouterr().err
        assert (status, said in err) == (2, True)


def test_an_article_id_after_a_date_is_the_article_asked(db: str, capsys):
    """``annotations --since July 2025 ID``: --since took the id as a word of its date and
    refused "July 2025 <id>" as no date; the id given first was answered. Wherever it is
    given, it is the article; "1 July 2025" keeps its year."""
    assert run(capsys, "--db", db, "note", ARTICLE_ID, "Follow the talks")[0] == 0
    first = run(capsys, "--db", db, "annotations", ARTICLE_ID, "--since", "July", "2025")
    after = run(capsys, "--db", db, "annotations", "--since", "July", "2025", ARTICLE_ID[:6])
    assert after == first and after[0] == 0 and "Follow the talks" in after[1]
    dated = run(capsys, "--db", db, "annotations", "--since", "1", "July", "2025")
    assert dated[0] == 0 and "since 2025-07-01" in dated[2]
