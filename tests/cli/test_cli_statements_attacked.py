"""``statements``, ``timeline`` and ``speaker`` as a hostile or unlucky user meets them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_cli_library import cli

TURKISH = (
    "---\ntitle: Ankara talks\nsource: Test Wire\ndate: 2025-07-19\n---\nAnkara talks\n"
    "Foreign Minister Işık Iğdır said the talks were useful.\n"
    "Ambassador İsmail Kılıç said trade would grow.\n"
)


def _library(tmp_path: Path, text: str) -> str:
    db = str(tmp_path / "s.json")
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    assert cli("--db", db, "import", str(tmp_path / "a.md")).returncode == 0
    return db


@pytest.mark.parametrize(
    ("typed", "speaker"),
    [
        ("IŞIK IĞDIR", "Işık Iğdır"),  # the name in capitals, as Turkish writes them
        ("ışık ığdır", "Işık Iğdır"),  # in lower case, as Turkish writes it
        ("İSMAİL KILIÇ", "İsmail Kılıç"),
        ("ismail kılıç", "İsmail Kılıç"),
    ],
)
def test_a_turkish_name_typed_in_either_case_finds_its_speaker(
    tmp_path: Path, typed: str, speaker: str
) -> None:
    """Turkish pairs I with ı and İ with i, where Unicode's default folding pairs I with i:
    the dots were read as marks a word typed must share, so "IĞDIR" (folded "iğdir") named
    no one spelt "Iğdır" ("iğdır"), nor "İSMAİL" ("i̇smai̇l") anyone spelt "İsmail"."""
    db = _library(tmp_path, TURKISH)
    result = cli("--db", db, "statements", "--speaker", typed, "--json")
    assert result.returncode == 0, result.stderr
    assert [r["speaker"] for r in json.loads(result.stdout)] == [speaker]
    timeline = cli("--db", db, "timeline", typed, "--json")
    assert timeline.returncode == 0, timeline.stderr
    assert {e["speaker"] for e in json.loads(timeline.stdout)} == {speaker}


def test_since_never_keeps_a_statement_made_before_the_article_reporting_it(
    tmp_path: Path,
) -> None:
    """A statement dated "this month" or "in 2025" by an article of July 19 was made by
    July 19, yet its whole month or year was tested against ``--since``: asked what was said
    since July 20, the listing gave it."""
    db = _library(
        tmp_path,
        "---\ntitle: Ranges\nsource: Test Wire\ndate: 2025-07-19\n---\nRanges\n"
        "Earlier this month, Minister Olga Berg said peace would hold.\n"
        "In 2025, Berg said trade would grow.\n",
    )

    def said(since: str) -> list[tuple[str, str]]:
        result = cli("--db", db, "statements", "--speaker", "berg", "--since", since, "--json")
        assert result.returncode == 0, result.stderr
        return [(r["text"], r["said_date"]) for r in json.loads(result.stdout)]

    made = [("peace would hold", "2025-07"), ("trade would grow", "2025")]
    assert said("2025-07-19") == made  # shown as the article words it
    assert said("2025-07-20") == []
    assert said("2025-08") == []


@pytest.mark.parametrize("typed", ["IŞIK IĞDIR", "Işık Igdir", "Isik Igdir"])
def test_a_speaker_typed_in_capitals_or_with_fewer_marks_takes_the_role_given(
    tmp_path: Path, typed: str
) -> None:
    """A correction's speaker typed without a role takes the one the article gives that
    person, a name typed with its marks being that spelling only "as the filters read it";
    yet the spelling had to be the article's letter for letter, case aside: "IŞIK IĞDIR"
    (capitals, as Turkish writes them) or "Işık Igdir" (a mark left out), names the filters
    read as Işık Iğdır, were stored bare, listed and cited apart from his other words."""
    db = _library(tmp_path, TURKISH)
    (article,) = json.loads(cli("--db", db, "list", "--source", "Test Wire", "--json").stdout)
    given = cli(
        "--db", db, "speaker", article["id"], "--quote", "trade would grow", "--name", typed
    )
    assert given.returncode == 0, given.stderr
    result = cli("--db", db, "statements", "--speaker", "isik", "--json")
    assert [(r["speaker"], r["role"]) for r in json.loads(result.stdout)] == [
        ("Işık Iğdır", "Foreign Minister"),
        (typed, "Foreign Minister"),
    ]


@pytest.mark.parametrize("breaks", ["\r", "\u2028"])
def test_a_file_whose_lines_end_in_a_lone_cr_or_a_line_separator_is_read_by_line(
    tmp_path: Path, breaks: str
) -> None:
    """A file saved with old Mac line ends (a lone CR) or Unicode's line separator: an import
    reads its first line as the headline, as ``str.splitlines`` does, but the reader's lines
    broke at LF alone, so ``statements FILE`` took the whole text for one headline and found
    nothing, and the stored article read its headline as body."""
    lines = ["Kova says talks useful", *ARTICLE_LINES]
    path = tmp_path / "mac.txt"
    path.write_bytes(breaks.join(lines).encode())
    result = cli("statements", str(path), "--jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    text = path.read_bytes().decode()
    assert [(r["speaker"], r["text"]) for r in records] == SAID
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)
    db = str(tmp_path / "s.json")
    assert cli("--db", db, "import", str(path)).returncode == 0
    (article,) = json.loads(cli("--db", db, "list", "--search", "Kova", "--json").stdout)
    stored = cli("--db", db, "statements", article["id"], "--jsonl")
    assert [(r["speaker"], r["text"]) for r in map(json.loads, stored.stdout.splitlines())] == SAID


ARTICLE_LINES = [
    "Foreign Minister Ann Kova said the talks were useful.",
    '"We agree," Kova told reporters.',
]
SAID = [("Ann Kova", "the talks were useful"), ("Ann Kova", "We agree,")]


def test_an_empty_correction_id_to_remove_is_refused_not_read_as_none(tmp_path: Path) -> None:
    """``speaker ID --remove "$CID"`` (or ``--quote "$Q"``) with the variable unset listed
    the corrections and returned 0, so a script went on as if it had taken one back; an
    empty value is refused, as ``statements``' empty filters are, and nothing is removed."""
    db = _library(tmp_path, TURKISH)
    (article,) = json.loads(cli("--db", db, "list", "--source", "Test Wire", "--json").stdout)
    given = cli("--db", db, "speaker", article["id"], "--quote", "would grow", "--name", "Jo Ro")
    assert given.returncode == 0, given.stderr
    for empty in ("", "  "):
        result = cli("--db", db, "speaker", article["id"], "--remove", empty)
        assert result.returncode == 2 and result.stdout == ""
        assert (
            result.stderr.strip() == "diplotui: speaker: --remove is empty: give a correction's id"
        )
    quoted = cli("--db", db, "speaker", article["id"], "--quote", "")
    assert quoted.returncode == 2 and quoted.stdout == ""
    listed = cli("--db", db, "speaker", article["id"])
    assert listed.stdout.splitlines()[0].endswith("Jo Ro: trade would grow")


@pytest.mark.parametrize(
    "moved",
    [
        {"start": 10**18, "end": 10**18 + 5, "quote": "hello"},  # past the text's end
        {"quote": "x" * len("trade would grow")},  # its words are not there
    ],
)
def test_a_hand_edited_correction_whose_words_are_not_in_the_text_is_no_statement(
    tmp_path: Path, moved: dict[str, object]
) -> None:
    """A speaker correction edited by hand to offsets past its text's end, or to words the
    text does not hold there, was laid over the library's statements as if placed (only the
    reader, which has the text, left it out): ``statements`` and ``timeline`` listed
    "Kim Ro said: hello", words the article never held, and ``y`` in ``W`` cited them."""
    db = _library(tmp_path, TURKISH)
    (article,) = json.loads(cli("--db", db, "list", "--source", "Test Wire", "--json").stdout)
    given = cli(
        "--db", db, "speaker", article["id"], "--quote", "trade would grow", "--name", "Kim Ro"
    )
    assert given.returncode == 0, given.stderr
    store = Path(db)
    data = json.loads(store.read_text())
    (correction,) = data["speaker_corrections"].values()
    correction.update(moved)
    store.write_text(json.dumps(data))
    in_the_text = cli("--db", db, "statements", article["id"], "--json")
    assert "Kim Ro" not in in_the_text.stdout  # the reader's answer, which reads the text
    listed = cli("--db", db, "statements", "--json")
    assert listed.returncode == 0, listed.stderr
    listed_here = [r for r in json.loads(listed.stdout) if r["article_id"] == article["id"]]
    assert sorted((r["start"], r["speaker"]) for r in listed_here) == [
        (s["start"], s["speaker"]) for s in json.loads(in_the_text.stdout)
    ]
    timeline = cli("--db", db, "timeline", "Kim Ro")
    assert timeline.stdout == ""
    assert "no statement or dated event of 'Kim Ro'" in timeline.stderr
    kept = cli("--db", db, "speaker", article["id"])  # the correction is still listed, not lost
    assert correction["id"] in kept.stdout


@pytest.mark.parametrize("typed", ["#asean", " asean", "ASEAN ", "#Asean"])
def test_a_tag_given_as_the_listings_show_it_finds_its_statements(
    tmp_path: Path, typed: str
) -> None:
    """``statements --tag`` took the tag as typed: "#asean", the tag as every listing shows
    it, or a stray space, answered "##asean is no tag in use" where ``list --tag`` and the
    view's ``tag:#asean`` find the article."""
    db = _library(tmp_path, TURKISH)
    (article,) = json.loads(cli("--db", db, "list", "--source", "Test Wire", "--json").stdout)
    assert cli("--db", db, "tag", article["id"], "asean").returncode == 0
    expected = cli("--db", db, "statements", "--tag", "asean", "--json")
    assert len(json.loads(expected.stdout)) == 2
    result = cli("--db", db, "statements", "--tag", typed, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected.stdout


def test_a_tag_of_no_letters_is_refused_not_read_as_none(tmp_path: Path) -> None:
    """``--tag '#'`` names no tag once its sign is taken off: refused in one line, as an
    empty ``--tag`` is, never the whole library listed as if unfiltered."""
    db = _library(tmp_path, TURKISH)
    result = cli("--db", db, "statements", "--tag", "#")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == "diplotui: statements: --tag '#' names no tag"
    long = cli("--db", db, "statements", "--tag", "t" * 10_000)
    assert long.returncode == 2 and long.stdout == ""
    assert long.stderr.strip().startswith("diplotui: statements: --tag: tag too long")


@pytest.mark.parametrize("option", ["--speaker", "--role", "--org"])
@pytest.mark.parametrize("repeated", ["a", "."])
def test_a_pasted_page_for_a_name_is_named_in_a_short_line(
    tmp_path: Path, option: str, repeated: str
) -> None:
    """A 10,000-character value (a page pasted for a name) was echoed whole in the answer,
    one line of 10,000 characters; ``timeline`` cut it to 80, as these do now."""
    db = _library(tmp_path, TURKISH)
    result = cli("--db", db, "statements", option, repeated * 10_000)
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert len(line) < 200
