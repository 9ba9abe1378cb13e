"""``diplotui statements`` and ``diplotui timeline`` as a user runs them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .test_cli_library import cli

ARTICLE = (
    "---\ntitle: Talks resume\nsource: Test Wire\ndate: 2025-07-19\n---\nTalks resume\n"
    "Deputy Foreign Minister Lê Hoài Trung attended the talks.\n"
    "On July 18, the Deputy Foreign Minister stressed that dialogue must continue.\n"
    '"We are ready," he said.\n'
)
OLDER = (
    "---\ntitle: Earlier talks\nsource: Test Wire\ndate: 2025-03-02\n---\nEarlier talks\n"
    "Foreign Minister Le Hoai Trung said the visit was a success.\n"
    "Ambassador Jane Doe said trade will grow.\n"
)


def _library(tmp_path: Path, *articles: tuple[str, str]) -> str:
    """A store holding ``articles`` (file name, text) imported as files; by default
    ARTICLE and OLDER."""
    db = str(tmp_path / "s.json")
    for name, text in articles or (("a.md", ARTICLE), ("b.md", OLDER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert cli("--db", db, "import", str(tmp_path / name)).returncode == 0
    return db


def test_statements_of_a_file_as_jsonl_with_offsets_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(
        (
            "\ufeffTitle\r\n" + ARTICLE.split("---\n")[2].split("\n", 1)[1].replace("\n", "\r\n")
        ).encode()
    )
    result = cli("statements", str(path), "--jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    assert [(r["kind"], r["speaker"], r["verb"]) for r in records] == [
        ("reported", "Lê Hoài Trung", "stressed"),
        ("direct", "Lê Hoài Trung", "said"),
    ]
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]
        assert record["role"] == "Deputy Foreign Minister"


def test_what_has_a_speaker_said_since_a_date_diacritics_optional(tmp_path: Path) -> None:
    db = _library(tmp_path)
    result = cli("--db", db, "statements", "--speaker", "Le Hoai Trung", "--json")
    assert result.returncode == 0, result.stderr
    found = [r for r in json.loads(result.stdout) if r["source"] == "Test Wire"]  # not seeds
    assert [r["text"] for r in found] == [
        "We are ready,",  # 2025-07-19, the article's date
        "dialogue must continue",  # "On July 18"
        "the visit was a success",
    ]  # newest first by the day each was said, as the Statements view lists them
    since = json.loads(
        cli("--db", db, "statements", "--speaker", "trung", "--since", "2025-07", "--json").stdout
    )
    assert [r["date"] for r in since if r["source"] == "Test Wire"] == ["2025-07-19"] * 2
    assert (Path(db + ".cache") / "statements.json").exists()  # the second query reads it


def test_a_name_or_role_cut_short_finds_what_the_statements_view_lists(tmp_path: Path) -> None:
    """The Statements view narrows as a name is typed ("le ho" is Lê Hoài Trung before
    "Hoai" is whole); ``--speaker`` reads the same words the same way, so a name half
    remembered (or copied from the view's filter) answers alike in both; in double quotes
    it is still that whole name only."""
    db = _library(tmp_path)

    def said(*filters: str) -> list[str]:
        result = cli("--db", db, "statements", *filters, "--json")
        assert result.returncode == 0, result.stderr
        return [r["text"] for r in json.loads(result.stdout) if r["source"] == "Test Wire"]

    everything = ["We are ready,", "dialogue must continue", "the visit was a success"]
    assert said("--speaker", "le ho") == everything
    assert said("--speaker", "Lê Ho Tr") == everything
    assert said("--speaker", "ho le") == everything  # in any order, as whole words were
    assert said("--speaker", '"le hoai"') == []  # the whole name: not Le Hoai Trung
    assert said("--role", "dep for min") == everything[:2]
    assert said("--role", "ister") == []  # a word's start, not any letters inside it
    assert said("--speaker", "jan", "--role", "amb") == ["trade will grow"]


def test_each_line_says_which_outlet_reported_the_statement(tmp_path: Path) -> None:
    """Who said it, in what role, when, as reported by whom: the plain listing named the
    article's title alone, and a title rarely names its outlet."""
    db = _library(tmp_path)
    result = cli("--db", db, "statements", "--speaker", "trung", "--since", "2025-07")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if "Talks resume" in line]
    assert len(lines) == 2
    assert all(re.search(r" — Talks resume · Test Wire \[[0-9a-f]{8}\]$", line) for line in lines)


def test_bad_date_and_mixed_arguments_are_usage_errors(tmp_path: Path) -> None:
    db = _library(tmp_path)
    result = cli("--db", db, "statements", "--since", "Julyy")
    assert result.returncode == 2 and "since 'Julyy': no date read there" in result.stderr
    result = cli("--db", db, "statements", str(tmp_path / "a.md"), "--speaker", "x")
    assert result.returncode == 2


def test_a_name_of_several_words_needs_no_quotes(tmp_path: Path) -> None:
    """``statements --speaker Jane Doe`` took "Doe" for FILE_OR_ID and said "leave out
    FILE_OR_ID", which nobody had given; ``timeline Jane Doe`` was refused as "unrecognized
    arguments: Doe". Unquoted words are the name the quotes would have made of them."""
    db = _library(tmp_path)

    def answer(*args: str) -> tuple[int, str]:
        result = cli("--db", db, *args)
        return result.returncode, result.stdout

    quoted = answer("statements", "--speaker", "le hoai trung", "--since", "2025-07")
    assert quoted[0] == 0 and quoted[1].count("Talks resume") == 2
    assert answer("statements", "--speaker", "le", "hoai", "trung", "--since", "2025-07") == quoted
    both = answer("statements", "--role", "deputy", "foreign", "--org", "foreign", "affairs")
    assert both == answer("statements", "--role", "deputy foreign", "--org", "foreign affairs")
    assert both[1].count("Talks resume") == 2
    timeline = answer("timeline", "Jane", "Doe", "--json")
    assert timeline == answer("timeline", "Jane Doe", "--json")
    assert [e["text"] for e in json.loads(timeline[1])] == ["trade will grow"]
    given = cli("--db", db, "statements", "Doe", "--speaker", "Jane")
    assert given.returncode == 2
    assert given.stderr.strip() == (
        "diplotui: statements: filters apply to the library; leave out FILE_OR_ID ('Doe')"
    )


def test_timeline_dates_statements_by_the_date_they_open_with(tmp_path: Path) -> None:
    db = _library(tmp_path)
    result = cli("--db", db, "timeline", "Lê Hoài Trung", "--json")
    assert result.returncode == 0, result.stderr
    entries = [
        e for e in json.loads(result.stdout) if e["title"] in ("Talks resume", "Earlier talks")
    ]
    assert [(e["date"], e["kind"], e["text"]) for e in entries] == [
        ("2025-03-02", "statement", "the visit was a success"),
        ("2025-07-18", "statement", "dialogue must continue"),
        ("2025-07-19", "statement", "We are ready,"),
    ]


def test_timeline_passes_over_an_article_whose_text_is_unreadable(tmp_path: Path) -> None:
    """One article's text file lost (a partial copy of the store, a disk error) made every
    timeline fail, and ``L`` in the app stop on the error: it is passed over, as the
    statement cache passes it over, the rest printed, and a line names it (exit 1)."""
    from diplotui.store import Store

    db = _library(tmp_path)
    with Store.open(Path(db), read_only=True) as store:
        older = next(a for a in store.articles() if a.title == "Earlier talks")
    body = next(Path(db + ".bodies").rglob(f"{older.text_hash}*"))
    body.unlink()
    result = cli("--db", db, "timeline", "Lê Hoài Trung", "--json")
    assert result.returncode == 1 and older.id in result.stderr, result.stderr
    titles = {e["title"] for e in json.loads(result.stdout)}
    assert "Talks resume" in titles and "Earlier talks" not in titles


def test_statements_of_a_changed_text_leave_the_cache(tmp_path: Path) -> None:
    from diplotui.library.statement_cache import statements_key
    from diplotui.store import Store

    db = _library(tmp_path)
    assert cli("--db", db, "statements", "--json").returncode == 0
    cache_file = Path(db + ".cache") / "statements.json"
    with Store.open(Path(db)) as store:
        older = next(a for a in store.articles() if a.title == "Earlier talks")
        old_key = statements_key(older.text_hash, older.title, older.markdown)
        assert old_key in json.loads(cache_file.read_bytes())["texts"]
        new_text = store.article_text(older.id).replace("a success", "a great success")
        store.replace_article_text(older, new_text, [])
        new_key = statements_key(older.text_hash, older.title, older.markdown)
        live = {statements_key(a.text_hash, a.title, a.markdown) for a in store.articles()}
    result = cli("--db", db, "statements", "--speaker", "trung", "--json")
    assert result.returncode == 0, result.stderr
    assert "the visit was a great success" in [r["text"] for r in json.loads(result.stdout)]
    texts = json.loads(cache_file.read_bytes())["texts"]
    assert old_key not in texts, "the old text's statements were pruned"
    assert set(texts) == live and new_key in texts


def test_a_title_edited_later_has_its_text_read_again(tmp_path: Path) -> None:
    """A text whose first line was its title is read with that line as body once the title
    is corrected: the statement there is found, not the cached none of the old title."""
    said = "Anna Lind said the border talks would resume in Geneva."
    path = tmp_path / "lind.md"
    path.write_text(f"---\ntitle: {said}\nsource: Test Wire\n---\n{said}\nNo date yet.\n")
    db = str(tmp_path / "s.json")
    assert cli("--db", db, "import", str(path)).returncode == 0
    (article,) = json.loads(cli("--db", db, "list", "--source", "Test Wire", "--json").stdout)

    def found() -> list[str]:
        result = cli("--db", db, "statements", "--speaker", "Anna Lind", "--json")
        assert result.returncode == 0, result.stderr
        return [r["text"] for r in json.loads(result.stdout)]

    assert found() == [], "the first line is the headline"
    assert cli("--db", db, "meta", article["id"], "--title", "Border talks").returncode == 0
    assert found() == ["the border talks would resume in Geneva"]
    assert cli("--db", db, "meta", article["id"], "--title", said).returncode == 0
    assert found() == []


def test_a_statement_from_an_article_with_a_guessed_date_says_so(tmp_path: Path) -> None:
    db = _library(tmp_path)  # the seeds' dates are guessed, as `list` shows ("2025-12-30?")
    listed = cli("--db", db, "list").stdout
    result = cli("--db", db, "statements", "--speaker", "le hoai trung", "--since", "2025-12")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("2025-12-30? ") for line in lines)
    assert "2025-12-30? " in listed


def test_timeline_never_dates_a_statement_after_the_article_reporting_it(tmp_path: Path) -> None:
    """'In February, X told reporters ...' in an article of 2 January 2026 was dated 2026-02:
    a statement said a month after the article that reports it. Its sentence's month lies
    ahead of the dateline, so the statement takes the article's date instead."""
    db = _library(
        tmp_path,
        (
            "year-end.md",
            "---\ntitle: Year-end talks\nsource: Test Wire\ndate: 2026-01-02\n---\nYear-end talks\n"
            "On December 30, Foreign Minister Anna Kowalska said that the talks would resume.\n"
            "In February, Kowalska told reporters that a summit was planned.\n",
        ),
    )
    result = cli("--db", db, "timeline", "Anna Kowalska", "--json")
    assert result.returncode == 0, result.stderr
    assert [(e["date"], e["text"]) for e in json.loads(result.stdout)] == [
        ("2025-12-30", "the talks would resume"),
        ("2026-01-02", "a summit was planned"),
    ]


def test_only_a_direct_quotation_is_printed_in_quotation_marks(tmp_path: Path) -> None:
    """Every statement was printed in “ ”, so "stressed: “dialogue must continue”" put the
    reporter's paraphrase in the minister's mouth word for word; a reported clause now
    follows the colon bare, as ``statements FILE`` prints it, and only quoted words are quoted."""
    db = _library(tmp_path)
    for args in (("statements", "--speaker", "Le Hoai Trung"), ("timeline", "Le Hoai Trung")):
        result = cli("--db", db, *args)
        assert result.returncode == 0, result.stderr
        lines = [line for line in result.stdout.splitlines() if "Lê Hoài Trung" in line]
        assert any("stressed that dialogue must continue" in line for line in lines), lines
        assert any("said: “We are ready”" in line for line in lines), lines
        assert not any("“dialogue must continue”" in line for line in lines), lines


def test_timeline_json_gives_the_date_and_its_uncertainty_apart(tmp_path: Path) -> None:
    """``--json`` gave "2025-12-30?" (and "undated") in the date field: a JSON reader had to
    parse the listing's marks. The date is an ISO string or null, and ``date_is_guess`` says
    whether it is only the article's uncertain date; the listing keeps its "?"."""
    db = _library(tmp_path)  # a seed, its date guessed, quotes Le Hoai Trung
    path = tmp_path / "undated.md"
    path.write_text(
        "---\ntitle: Border talks\nsource: Test Wire\n---\nBorder talks\n"
        "Foreign Minister Le Hoai Trung said the border talks would resume.\n"
    )
    assert cli("--db", db, "import", str(path)).returncode == 0
    result = cli("--db", db, "timeline", "Lê Hoài Trung", "--json")
    assert result.returncode == 0, result.stderr
    dates = {(e["title"], e["date"], e["date_is_guess"]) for e in json.loads(result.stdout)}
    assert ("Talks resume", "2025-07-18", False) in dates
    assert ("Border talks", None, False) in dates
    seeds = {
        (date, guess)
        for title, date, guess in dates
        if title not in ARTICLE + OLDER + path.read_text()
    }
    assert seeds == {("2025-12-30", True)}
    listed = cli("--db", db, "timeline", "Lê Hoài Trung").stdout.splitlines()
    assert any(line.startswith("2025-12-30? ") for line in listed)
    assert any(line.startswith("undated ") for line in listed)


def test_a_changed_text_gives_a_highlight_the_speaker_it_names_now(tmp_path: Path) -> None:
    """A highlight keeps the speaker its statement had; after ``import --update`` changed who
    says those words, every citation and export still named the old speaker (a misquote), and
    words no longer anyone's statement stayed someone's. An orphan, placed nowhere, keeps its."""
    db = str(tmp_path / "s.json")
    path = tmp_path / "a.txt"
    opening = "The meeting opened in the capital with many guests.\n"
    said = "Ambassador Jane Doe said that it rained. Ms Doe said that talks went on.\n"
    path.write_text(f"Talks\nMr Doe said that prices fell.\n{opening}{said}", encoding="utf-8")
    article_id = cli("--db", db, "--create", "import", str(path)).stdout.split()[1]
    ids = [
        cli("--db", db, "highlight", article_id, "--quote", quote).stdout.split()[-1]
        for quote in ("it rained", "talks went on", "prices fell")
    ]
    now = "Ambassador John Doe said that it rained. Ms Doe saw that talks went on.\n"
    path.write_text(f"Talks\n{opening}{now}", encoding="utf-8")
    assert cli("--db", db, "import", "--update", str(path)).returncode == 0
    stored = {h["id"]: h for h in json.loads(cli("--db", db, "annotations", "--json").stdout)}
    assert [
        (stored[i]["speaker"], stored[i]["speaker_role"], stored[i]["status"]) for i in ids
    ] == [
        ("John Doe", "Ambassador", "moved"),
        ("", "", "moved"),
        ("Jane Doe", "Ambassador", "orphan"),
    ]
    assert (
        "Ambassador John Doe, quoted in"
        in cli("--db", db, "quote", ids[0], "--style", "chicago").stdout
    )


def test_dates_in_other_digits_are_no_iso_dates_to_filter_by(tmp_path: Path) -> None:
    """``\\d`` took fullwidth and Arabic-Indic digits for ISO ones: an article dated
    "２０２５-07-18" (as imports stored it) passed ``--since 2099``, its digits sorting after
    every ASCII one, and ``--since ２０２５-07`` was refused as "no such day", not as no ISO
    date."""
    from diplotui.model import Article
    from diplotui.store import Store, text_hash

    db = str(tmp_path / "s.json")
    text = "Talks\nAmbassador Jane Doe said that it rained.\n"
    with Store.open(db) as store:
        digest = text_hash(text)
        store.add_article(
            Article(id=store.new_article_id(digest), title="Talks", text_hash=digest,
                    date="２０２５-07-18"),
            text,
        )  # fmt: skip
    for command in ("list", "statements"):
        listed = cli("--db", db, command, "--since", "2099", "--json")
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout) == []
    for typed in ("２０２５-07", "٢٠٢٥"):
        refused = cli("--db", db, "statements", "--since", typed)
        assert refused.returncode == 2
        assert refused.stderr.strip() == (
            f"diplotui: since {typed!r}: no date read there; type 2025-07-18, 2025-07, July,"
            " July 2025, 1 July, last week, last month, yesterday, 3 days ago"
        )


def test_a_name_without_letters_or_digits_is_refused_not_searched(tmp_path: Path) -> None:
    """A speaker or timeline name with no word in it names no one: ``--speaker "  "`` and
    ``--speaker "!!!"`` said "no statement matches" (exit 0) while ``--speaker ""`` listed
    every statement, and ``timeline "!!!"`` searched the library for nothing; so did a role
    or an organisation (``--org ""`` listed every statement)."""
    db = _library(tmp_path)
    for command in (
        ("statements", "--speaker", ""),
        ("statements", "--speaker", "   "),
        ("statements", "--speaker", "!!!"),
        ("statements", "--org", ""),
        ("statements", "--role", "—"),
        ("timeline", "!!!"),
        ("timeline", "  "),
    ):
        result = cli("--db", db, *command)
        assert result.returncode == 2, (command, result.stdout)
        assert result.stdout == ""
        what = "NAME" if command[0] == "timeline" else command[1]
        name = command[-1].strip()
        why = f"{name!r} has no letters or digits to name anyone" if name else "is empty"
        assert result.stderr.strip() == f"diplotui: {command[0]}: {what} {why}", command


def test_a_role_or_organisation_of_words_every_one_holds_is_refused(tmp_path: Path) -> None:
    """``--role the`` listed every statement whose speaker's role holds "the" ("Minister of
    the Interior"); refused in one line saying why, as ``timeline the`` is. A speaker's
    "the" stays a filter: it starts a name (Theresa), as a role's own words do ("under")."""
    text = (
        "Talks\nMinister of the Interior Jan Nowak said that it rained.\n"
        "Under-Secretary-General Theresa Lund said that it snowed.\n"
    )
    db = _library(tmp_path, ("a.md", text))
    for flag, typed, whose in (
        ("--role", "the", "role"),
        ("--role", "Of  the", "role"),
        ("--org", "a", "organisation's name"),
    ):
        refused = cli("--db", db, "statements", flag, typed)
        assert (refused.returncode, refused.stdout) == (2, ""), refused.stdout
        shown = " ".join(typed.split())
        assert refused.stderr.strip() == (
            f"diplotui: statements: {flag} {shown!r}: only words such as 'the', 'of', 'and', "
            f"which nearly every {whose} holds; type its own words"
        )
    for flag, typed, who in (("--speaker", "the", "Theresa Lund"), ("--role", "under", "Lund")):
        listed = cli("--db", db, "statements", flag, typed)
        assert listed.returncode == 0, listed.stderr
        assert who in listed.stdout and "Nowak" not in listed.stdout, listed.stdout


def test_json_and_jsonl_together_are_refused_not_one_silently_chosen(tmp_path: Path) -> None:
    """``statements --json --jsonl`` printed the array and ignored ``--jsonl``: a script
    asking for lines got one JSON document. The two are exclusive, as ``--unread|--archived``."""
    db = _library(tmp_path)
    for target in ((), (str(tmp_path / "a.md"),)):
        result = cli("--db", db, "statements", *target, "--json", "--jsonl")
        assert result.returncode == 2 and result.stdout == ""
        assert "not allowed with argument" in result.stderr.splitlines()[-1]


def test_a_date_in_fullwidth_digits_is_read_as_its_iso_date_and_others_refused(
    tmp_path: Path,
) -> None:
    """A front matter's "２０２５-07-18" was stored as it stood, a date no filter or dateline
    could read (and ``meta --date`` took "٢٠٢٥-07-18" too): fullwidth digits are the ASCII
    ones typed in a CJK input, so the date is 2025-07-18; other digits are no ISO date."""
    db = str(tmp_path / "s.json")
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Talks\ndate: ２０２５-07-18\n---\nTalks\nAmbassador Jane Doe said that it "
        "rained.\n",
        encoding="utf-8",
    )
    article_id = cli("--db", db, "--create", "import", str(path)).stdout.split()[1]
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    assert [a["date"] for a in listed if a["id"] == article_id] == ["2025-07-18"]
    refused = cli("--db", db, "meta", article_id, "--date", "٢٠٢٥-07-18")
    assert refused.returncode == 2
    assert "use YYYY, YYYY-MM or YYYY-MM-DD" in refused.stderr


def test_speaker_corrects_a_statement_for_statements_timeline_and_highlights(
    tmp_path: Path,
) -> None:
    db = _library(tmp_path)
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    article_id = next(a["id"] for a in listed if a["title"] == "Earlier talks")
    words = "trade will grow"
    assert cli("--db", db, "highlight", article_id, "--quote", words).returncode == 0
    result = cli("--db", db, "speaker", article_id, "--quote", "trade", "--name", "Ada Lovelace",
                 "--role", "Envoy")  # fmt: skip
    assert result.returncode == 0, result.stderr
    correction_id = result.stdout.splitlines()[-1]
    assert "said by Ada Lovelace (Envoy)" in result.stdout
    assert "1 highlight now of Ada Lovelace (Envoy)" in result.stdout
    mine = json.loads(cli("--db", db, "statements", article_id, "--json").stdout)
    assert [s["speaker"] for s in mine if words in s["text"]] == ["Ada Lovelace"]
    assert "Jane Doe" not in cli("--db", db, "statements", "--speaker", "doe").stdout
    over = cli("--db", db, "statements", "--speaker", "lovelace").stdout
    assert "Ada Lovelace (Envoy) said trade will grow" in over  # as a copy of it reads
    assert words in cli("--db", db, "timeline", "Ada Lovelace").stdout
    shown = json.loads(cli("--db", db, "annotations", article_id, "--json").stdout)
    assert "Ada Lovelace" in json.dumps(shown)
    listing = cli("--db", db, "speaker", article_id).stdout
    assert listing.startswith(f"{correction_id} ") and "anchored" in listing
    none = cli("--db", db, "speaker", article_id, "--quote", "trade", "--none")
    assert none.returncode == 0 and f"replaces {correction_id}" in none.stdout
    mine = json.loads(cli("--db", db, "statements", article_id, "--json").stdout)
    assert not [s for s in mine if words in s["text"]]
    removed = cli("--db", db, "speaker", article_id, "--remove", none.stdout.split()[-1])
    assert removed.returncode == 0
    assert "Jane Doe" in cli("--db", db, "statements", "--speaker", "doe").stdout
    refused = cli("--db", db, "speaker", article_id, "--quote", "trade")
    assert refused.returncode == 2 and "--name" in refused.stderr


def test_speaker_remove_gives_the_statements_highlights_their_speaker_back(
    tmp_path: Path,
) -> None:
    """``--remove`` took the correction away but left its statement's highlights the speaker
    it had given them: the statement was Jane Doe's again while the highlight, its citations
    and every export still named Ada Lovelace (or, after ``--none``, no one)."""
    db = _library(tmp_path)
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    article_id = next(a["id"] for a in listed if a["title"] == "Earlier talks")
    words = "trade will grow"
    assert cli("--db", db, "highlight", article_id, "--quote", words).returncode == 0

    def highlight_speaker() -> str:
        [shown] = json.loads(cli("--db", db, "annotations", article_id, "--json").stdout)
        return str(shown["speaker"])

    before = highlight_speaker()
    assert "Doe" in before
    for given in (("--name", "Ada Lovelace"), ("--none",)):
        made = cli("--db", db, "speaker", article_id, "--quote", "trade", *given)
        assert made.returncode == 0 and highlight_speaker() != before
        removed = cli("--db", db, "speaker", article_id, "--remove", made.stdout.split()[-1])
        assert removed.returncode == 0, removed.stderr
        assert "1 highlight now of Jane Doe" in removed.stdout
        assert highlight_speaker() == before


@pytest.mark.parametrize("fmt", ["w3c", "json"])
def test_an_export_carries_speaker_corrections_and_an_import_brings_them_back(
    tmp_path: Path, fmt: str
) -> None:
    """A W3C export held no speaker correction (``P`` in the reader, ``diplotui speaker``),
    as the JSON export does: imported into a fresh library the statement had its finder's
    speaker again, and a highlight made there after took the wrong one."""
    words = "We will keep talking about the dams,"
    (tmp_path / "talks.txt").write_text(
        f'Talks resume\n\n"{words}" Foreign Minister Bui Thanh Son said in Hanoi.\n'
    )
    db, fresh = str(tmp_path / "lib.json"), str(tmp_path / "fresh.json")
    cli("--db", db, "--create", "import", str(tmp_path / "talks.txt"))
    [talks] = [
        a
        for a in json.loads(cli("--db", db, "list", "--json").stdout)
        if a["title"] == "Talks resume"
    ]
    article = talks["id"]
    corrected = cli(
        "--db",
        db,
        "speaker",
        article,
        "--quote",
        "keep talking",
        "--name",
        "Saleumxay Kommasith",
        "--role",
        "Foreign Minister",
    )
    assert corrected.returncode == 0, corrected.stderr
    assert cli("--db", db, "highlight", article, "--quote", "about the dams").returncode == 0
    exported = cli("--db", db, "export", "--format", fmt, "-o", str(tmp_path / f"out.{fmt}"))
    assert exported.returncode == 0, exported.stderr
    document = json.loads((tmp_path / f"out.{fmt}").read_text())
    if fmt == "w3c":
        [annotation] = document["first"]["items"]
        assert annotation["diplotui:speaker"] == "Saleumxay Kommasith"

    imported = cli("--db", fresh, "--create", "import", str(tmp_path / f"out.{fmt}"))
    assert imported.returncode == 0, imported.stderr
    assert "1 speaker correction added" in imported.stdout, imported.stdout
    listed = cli("--db", fresh, "speaker", article).stdout
    assert "Saleumxay Kommasith" in listed and "anchored" in listed, listed
    [highlight] = json.loads(cli("--db", fresh, "annotations", article, "--json").stdout)
    assert highlight["speaker"] == "Saleumxay Kommasith"


def test_a_file_name_that_is_no_file_is_said_to_be_missing_not_an_unknown_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``diplotui statements speech.txt`` with the file misspelt answered "no article with id
    'speech.txt'": an analyst who named a file read that the command took it for an id. A
    name no id can be (ids are hex) is said to be a file that is not there."""
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "s.json")
    for command in ("statements", "entities"):
        result = cli("--db", db, "--create", command, "speech.txt")
        assert result.returncode == 1, result.stderr
        assert result.stderr == "diplotui: speech.txt: no such file\n"
    cli("--db", db, "list")  # a library made (a new one's is refused before it is made)
    result = cli("--db", db, "statements", "abc123")  # hex: an id, as before
    assert result.returncode == 2
    assert result.stderr == "diplotui: no article with id 'abc123'\n"


def test_a_saved_page_is_said_to_be_read_with_its_markup(tmp_path: Path) -> None:
    """``diplotui statements page.html`` printed nothing and exited 0: the page's markup was
    read as text (offsets into the file), its quotations split by tags, and a saved page
    seemed to hold no statement. One line on stderr says so, and what reads its words."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><p>ASTANA - President Kassym-Jomart Tokayev said "
        "<b>that</b> the talks went well.</p></body></html>",
        encoding="utf-8",
    )
    for command in ("statements", "entities"):
        result = cli(command, str(page))
        assert result.returncode == 0, result.stderr
        assert result.stderr == (
            f"{page}: a web page, read as text with its markup: import it, then "
            "give the article's id to read its words alone\n"
            + ("" if result.stdout else f"diplotui: no {command} found in {page}\n")
        )
    plain = tmp_path / "talks.txt"
    plain.write_text("Talks\nPresident Tokayev said the talks went well.\n", encoding="utf-8")
    assert cli("statements", str(plain)).stderr == ""


def test_org_finds_the_speakers_whose_role_names_the_organisation(tmp_path: Path) -> None:
    """Every seed statement had its organisation empty (the whole "Deputy Minister of Foreign
    Affairs" is the role), so ``--org foreign``, as the README shows it, found nothing on the
    bundled library. The organisation a role names is the speaker's where the article gave
    none; the speakers, spans and kinds the scorer reads are the finder's, unchanged."""
    db = _library(tmp_path)

    def said(*filters: str) -> list[tuple[str, str]]:
        result = cli("--db", db, "statements", *filters, "--json")
        assert result.returncode == 0, result.stderr
        return [(r["speaker"], r["organisation"]) for r in json.loads(result.stdout)]

    ministry = "Ministry of Foreign Affairs"
    trung = ("Le Hoai Trung", f"Party Central Committee's Secretariat; {ministry}")
    assert said("--org", "foreign") == [
        trung, trung, trung,  # the newest seed (2025-12-30)
        ("Lê Hoài Trung", ministry), ("Lê Hoài Trung", ministry),  # Deputy Foreign Minister
        *[("Ngo Le Van", ministry)] * 5,
        ("Le Hoai Trung", ministry),  # Foreign Minister, 2025-03-02
    ]  # fmt: skip
    assert said("--org", "mini of forei aff") == said("--org", "foreign")  # word starts
    assert said("--org", "FORÉIGN") == said("--org", "foreign")  # case, accents optional
    assert [s for s, _ in said("--org", "politburo")] == ["Tran Cam Tu"] * 6
    assert said("--org", "foreign", "--role", "amb") == []
    plain = cli("--db", db, "statements", "--org", "foreign")
    assert plain.returncode == 0 and "no statement matches" not in plain.stderr


def test_a_quoted_role_or_organisation_is_a_phrase_found_inside_it(tmp_path: Path) -> None:
    """``--role '"deputy spokesperson"'`` found nothing while a Deputy Spokesperson of the
    Ministry of Foreign Affairs spoke, as the Statements view's ``role:"..."`` did: quotes
    asked for the whole role. They group words as a search's do: in order, side by side."""
    db = _library(tmp_path)

    def said(*filters: str) -> list[tuple[str, str]]:
        result = cli("--db", db, "statements", *filters, "--json")
        assert result.returncode == 0, result.stderr
        return [(r["speaker"], r["role"]) for r in json.loads(result.stdout)]

    assert (
        said("--role", '"deputy minister"')
        == [("Ngo Le Van", "Deputy Minister of Foreign Affairs")] * 5
    )  # not the Deputy Foreign Minister: side by side
    assert said("--role", '"minister deputy"') == []  # in order
    assert said("--role", '"DEPUTY MINISTER OF FOREIGN"') == said("--role", '"deputy minister"')
    assert said("--org", '"foreign affairs"') == said("--org", "foreign")


def test_a_statement_dated_by_its_article_says_so_in_every_listing(tmp_path: Path) -> None:
    """ "X told reporters on November 12 that ..." in an article of November 14 was listed
    under 2025-11-14 with nothing to tell that day was the article's: the attribution's date
    dates it now, and where the article's date stands in, the listing and JSON say so."""
    db = _library(
        tmp_path,
        (
            "sea.md",
            "---\ntitle: Sea talks\nsource: Test Wire\ndate: 2025-11-14\n---\nSea talks\n"
            "Deputy Foreign Minister Jane Doe told reporters on November 12 that ASEAN and China "
            "should conclude a code of conduct in the East Sea.\n"
            '"We want the code to be consistent with international law," Doe said.\n',
        ),
    )
    listed = cli("--db", db, "timeline", "Jane Doe").stdout.splitlines()
    assert [line.split(" Jane Doe")[0].rstrip() for line in listed] == [
        "2025-11-12",
        "2025-11-14 (article date)",
    ]
    result = cli("--db", db, "timeline", "Jane Doe", "--json")
    assert [(e["date"], e["date_from"]) for e in json.loads(result.stdout)] == [
        ("2025-11-12", "sentence"),
        ("2025-11-14", "article"),
    ]
    result = cli("--db", db, "statements", "--speaker", "Jane Doe", "--json")
    assert [(e["date"], e["said_date"], e["date_from"]) for e in json.loads(result.stdout)] == [
        ("2025-11-14", "2025-11-14", "article"),
        ("2025-11-14", "2025-11-12", "sentence"),
    ]  # newest first
    listed = cli("--db", db, "statements", "--speaker", "Jane Doe").stdout.splitlines()
    assert [line.split(" Jane Doe")[0].rstrip() for line in listed] == [
        "2025-11-14 (article date)",
        "2025-11-12",
    ]
    sea = cli("--db", db, "timeline", "East Sea")
    assert sea.returncode == 0 and "said: ASEAN and China should" in sea.stdout, sea.stderr


def test_a_date_the_listing_marks_as_a_guess_is_a_guess_in_the_json_too(tmp_path: Path) -> None:
    """The listing shows a seed's statements under "2025-12-30? (article date)", its date a
    guess; ``--json`` gave "2025-12-30" with nothing to tell a script the "?" (``timeline
    --json`` has ``date_is_guess``): now the article's date and the statement's carry it."""
    db = _library(tmp_path)  # the first run brings the seeds, dated by guess
    listed = cli("--db", db, "statements", "--speaker", "le hoai trung").stdout.splitlines()
    seeds = [line for line in listed if line.endswith("· World & Vietnam Report [49636c1d]")]
    assert len(seeds) == 3 and all(line.startswith("2025-12-30? (article date) ") for line in seeds)
    result = cli("--db", db, "statements", "--speaker", "le hoai trung", "--json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    guessed = [r for r in records if r["source"] == "World & Vietnam Report"]
    assert len(guessed) == 3
    assert {(r["date"], r["date_is_guess"], r["said_date"], r["said_date_is_guess"])
            for r in guessed} == {("2025-12-30", True, "2025-12-30", True)}  # fmt: skip
    sure = [r for r in records if r["source"] == "Test Wire"]
    assert [(r["said_date"], r["date_from"], r["said_date_is_guess"]) for r in sure] == [
        ("2025-07-19", "article", False),
        ("2025-07-18", "sentence", False),
        ("2025-03-02", "article", False),
    ]
    assert all(r["date_is_guess"] is False for r in sure)
    lines = cli("--db", db, "statements", "--speaker", "le hoai trung", "--jsonl").stdout
    assert [json.loads(line)["said_date_is_guess"] for line in lines.splitlines()][:3] == [True] * 3


def test_a_speakers_name_role_and_organisation_are_stored_without_control_characters(
    tmp_path: Path,
) -> None:
    """``speaker --name`` stored a tab, an escape sequence, a NUL or a bidi override as typed
    (``meta --title`` cleans its value): cleaned the same way, and refused when nothing is left."""
    db = _library(tmp_path)
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    article_id = next(a["id"] for a in listed if a["title"] == "Earlier talks")
    result = cli("--db", db, "speaker", article_id, "--quote", "trade",
                 "--name", "Ada\tLove\x1b[31mlace\x00\u202e",
                 "--role", "Envoy\x07 of\nthe\u200b Crown",
                 "--org", "\x1b]52;c;aGk=\x07Foreign\u202dOffice")  # fmt: skip
    assert result.returncode == 0, result.stderr
    mine = [s for s in json.loads(cli("--db", db, "statements", article_id, "--json").stdout)
            if s["speaker"].startswith("Ada")]  # fmt: skip
    assert [(s["speaker"], s["role"], s["organisation"]) for s in mine] == [
        ("Ada Lovelace", "Envoy of the Crown", "ForeignOffice")
    ]
    empty = cli("--db", db, "speaker", article_id, "--quote", "trade", "--name", "\x1b[0m\t")
    assert empty.returncode == 2
    assert empty.stderr.strip() == "diplotui: speaker: --name is empty (--none: no statement)"


def test_json_csv_and_w3c_exports_say_whether_a_highlight_is_direct_or_reported_speech(
    tmp_path: Path,
) -> None:
    """The exports carried a highlight's speaker, not whether the words were theirs ("We
    are ready") or the reporter's account of them ("dialogue must continue"): a script
    quoting from the export could not tell a quotation from a paraphrase."""
    import csv
    import io

    db = _library(tmp_path)
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    article_id = next(a["id"] for a in listed if a["title"] == "Talks resume")
    for words in ("We are ready", "dialogue must continue"):
        made = cli("--db", db, "highlight", article_id, "--quote", words)
        assert made.returncode == 0, made.stderr
    assert cli("--db", db, "highlight", article_id, "--quote", "attended the talks").returncode == 0
    wanted = {"We are ready": "direct", "dialogue must continue": "reported"}

    document = json.loads(cli("--db", db, "export", "--format", "json").stdout)
    kinds = {h["quote"]: h["kind"] for h in document["highlights"]}
    assert kinds == {**wanted, "attended the talks": None}
    assert list(document["highlights"][0])[-2:] == ["kind", "statement_date"]  # after the rest

    rows = list(csv.reader(io.StringIO(cli("--db", db, "export", "--format", "csv").stdout)))
    assert rows[0][-3:] == ["kind", "status", "statement_date"] and rows[0][:-3] == [
        "article", "date", "source", "quote", "colour", "tags", "note", "highlight_id",
        "speaker", "author", "url", "date_is_guess",
    ]  # fmt: skip
    assert {row[3]: row[-3] for row in rows[1:]} == {**wanted, "attended the talks": ""}

    w3c = json.loads(cli("--db", db, "export", "--format", "w3c").stdout)
    items = w3c["first"]["items"]
    said = {i["target"]["selector"][0]["exact"]: i.get("diplotui:speechKind") for i in items}
    assert said == {**wanted, "attended the talks": None}


def test_since_and_until_ask_when_the_words_were_said_not_when_they_were_reported(
    tmp_path: Path,
) -> None:
    """A statement made on June 28 and reported on July 2 was listed by ``--since 2025-07``
    under its own date, 2025-06-28, and missing from ``--until 2025-06-30``: the listing
    showed one date and filtered by another. The Statements view's ``since:`` asks the day
    each statement was made; the command asks the same."""
    db = _library(
        tmp_path,
        (
            "silva.md",
            "---\ntitle: Boundary\nsource: Test Wire\ndate: 2025-07-02\n---\nBoundary\n"
            "Foreign Minister Ana Silva said on June 28 that the summit would go ahead. "
            '"We are ready," Silva told reporters on July 1.\n',
        ),
    )

    def said(*dates: str) -> list[tuple[str, str]]:
        result = cli("--db", db, "statements", "--speaker", "silva", *dates, "--json")
        assert result.returncode == 0, result.stderr
        return [(e["said_date"], e["text"]) for e in json.loads(result.stdout)]

    july = ("2025-07-01", "We are ready,")
    june = ("2025-06-28", "the summit would go ahead")
    assert said() == [july, june]
    assert said("--since", "2025-07") == [july]
    assert said("--until", "2025-06-30") == [june]
    assert said("--since", "2025-06-28", "--until", "2025-06-28") == [june]


@pytest.mark.parametrize("fmt", ["json", "w3c"])
def test_an_imported_speaker_is_stored_clean_and_found_as_citations_show_it(
    tmp_path: Path, fmt: str
) -> None:
    """A colleague's export gave the words to "EvilX\\x1b[0m Y": citations showed "EvilX Y"
    (the escape dropped) but ``statements --speaker evilx`` never found it, and the store
    held what ``speaker --name`` refuses. A name no cleaning makes valid fails the file."""
    db, fresh = _library(tmp_path), str(tmp_path / "fresh.json")
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    article_id = next(a["id"] for a in listed if a["title"] == "Earlier talks")
    assert cli("--db", db, "speaker", article_id, "--quote", "trade", "--name", "X").returncode == 0
    out = tmp_path / f"out.{fmt}"
    assert cli("--db", db, "export", "--format", fmt, "-o", str(out)).returncode == 0
    document = json.loads(out.read_text())
    [said] = document["speaker_corrections" if fmt == "json" else "diplotui:speakerCorrections"]

    said.update(speaker="." * 3)
    out.write_text(json.dumps(document))
    assert cli("--db", fresh, "--create", "list").returncode == 0
    before = cli("--db", fresh, "export", "--format", "json").stdout
    refused = cli("--db", fresh, "import", str(out))
    assert refused.returncode == 1
    assert refused.stdout.splitlines() == [
        f"failed    {out}: speaker correction 1: its speaker '...' has no letters or digits "
        "to name anyone"
    ]
    assert cli("--db", fresh, "export", "--format", "json").stdout == before

    said.update(speaker="EvilX\x1b[0m Y", role="Envoy\u202e\tof Ruritania")
    out.write_text(json.dumps(document))
    assert cli("--db", fresh, "import", str(out)).returncode == 0
    found = json.loads(cli("--db", fresh, "statements", "--speaker", "evilx", "--json").stdout)
    assert [(s["speaker"], s["role"]) for s in found] == [("EvilX Y", "Envoy of Ruritania")]


MALI = (
    "---\ntitle: Bamako recalls envoy\nsource: Test Wire\ndate: 2025-07-19\n---\n"
    "Bamako recalls envoy\n"
    "Mali's foreign ministry said on Monday that the troops must leave.\n"
    "The ministry added that talks in Bamako had failed.\n"
)


def test_jsonl_names_a_body_as_the_article_does_and_as_listings_list_it(tmp_path: Path) -> None:
    """The guidelines name a speaker as the article does ("Mali's foreign ministry"); the
    library lists every spelling of one body under one name (``listed_as``, what
    ``--speaker`` finds). The scorer reads ``speaker``: the listing's name there counted
    every such statement as given to the wrong speaker."""
    path = tmp_path / "mali.md"
    path.write_text(MALI, encoding="utf-8")
    records = [
        json.loads(line) for line in cli("statements", str(path), "--jsonl").stdout.splitlines()
    ]
    assert [(r["speaker"], r["listed_as"]) for r in records] == [
        ("Mali's foreign ministry", "Ministry of Foreign Affairs (Mali)")
    ] * 2
    assert "named_as" not in records[0]
    db = _library(tmp_path, ("mali.md", MALI))
    found = json.loads(
        cli(
            "--db", db, "statements", "--speaker", "ministry of foreign affairs (mali)", "--json"
        ).stdout
    )
    assert [(r["speaker"], r["listed_as"]) for r in found] == [
        ("Mali's foreign ministry", "Ministry of Foreign Affairs (Mali)")
    ] * 2
    article_id = found[0]["article_id"]
    corrected = cli(
        "--db", db, "speaker", article_id, "--quote", "troops must leave", "--name", "Ada Lovelace"
    )
    assert corrected.returncode == 0, corrected.stderr
    records = [
        json.loads(line)
        for line in cli("--db", db, "statements", article_id, "--jsonl").stdout.splitlines()
    ]
    assert [(r["speaker"], r["listed_as"]) for r in records] == [
        ("Ada Lovelace", "Ada Lovelace"),
        ("Mali's foreign ministry", "Ministry of Foreign Affairs (Mali)"),
    ]


def test_a_correction_that_only_adds_an_organisation_is_kept(tmp_path: Path) -> None:
    """A speaker correction naming the finder's own speaker and role, to add the body they
    speak for, was taken for no change: ``--org`` then found nothing (newuser41b)."""
    db = _library(tmp_path)
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    article_id = next(a["id"] for a in listed if a["title"] == "Earlier talks")
    [found] = [
        s
        for s in json.loads(cli("--db", db, "statements", article_id, "--json").stdout)
        if "trade will grow" in s["text"]
    ]
    assert "Zanzibar" not in cli("--db", db, "statements", "--org", "zanzibar").stdout
    who = ("--name", found["listed_as"], "--role", found["role"], "--org", "Zanzibar Trade Council")
    made = cli("--db", db, "speaker", article_id, "--quote", "trade", *who)
    assert made.returncode == 0, made.stderr
    [corrected] = [
        s
        for s in json.loads(cli("--db", db, "statements", article_id, "--json").stdout)
        if "trade will grow" in s["text"]
    ]
    assert corrected["organisation"] == "Zanzibar Trade Council"
    assert "trade will grow" in cli("--db", db, "statements", "--org", "zanzibar").stdout


def test_a_body_given_as_the_speaker_is_found_by_org_as_the_finder_s_bodies_are(
    tmp_path: Path,
) -> None:
    """newuser45: a ministry's press statement the finder gave to "Facebook" (its page),
    corrected with ``P`` to "South Sudan Ministry of Foreign Affairs": ``org:foreign`` and
    ``--org foreign`` found every body the finder named but not this one, whose name is its
    organisation as "IGAD said" is IGAD's."""
    text = (
        "Semaya in UK for Sudan talks\n\nSudans Post, April 14, 2025\n\n"
        "A press statement from the ministry’s official Facebook page stated that minister "
        "Semaya would attend the London Conference on Sudan.\n\n"
        "“The minister departed to London to attend the London Conference on Sudan,” reads "
        "the statement.\n"
    )
    db = _library(tmp_path, ("semaya.txt", text))
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    [article] = [a for a in listed if a["title"] == "Semaya in UK for Sudan talks"]
    made = cli(
        "--db", db, "speaker", article["id"], "--quote", "departed to London",
        "--name", "South Sudan Ministry of Foreign Affairs",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    found = cli("--db", db, "statements", "--org", "foreign")
    assert "South Sudan Ministry of Foreign Affairs said" in found.stdout, found.stderr
    [record] = [
        s
        for s in json.loads(cli("--db", db, "statements", article["id"], "--json").stdout)
        if "departed" in s["text"]
    ]
    assert record["organisation"] == "South Sudan Ministry of Foreign Affairs"
    assert record["role"] == ""


LIN_WEI = (
    "---\ntitle: Beijing urges restraint\nsource: Test Wire\ndate: 2025-06-24\n---\n"
    "Beijing urges restraint\nForeign Ministry spokesperson Lin Wei told reporters on June 23 "
    "that China hopes both sides will show restraint.\n"
)


def test_every_filter_lists_one_space_after_the_longest_date(tmp_path: Path) -> None:
    """left53: ``statements --org`` rows had two spaces after their date where other
    listings had one (the date column was at least 11 wide, a guessed "2025-07-18?"'s width;
    a timeline's 12, three spaces): a listing of sure dates read "2025-06-23  Lin Wei". A
    listing's dates take the width of its longest, one space after it, in every filter (a
    row dated shorter than another is padded to that column)."""
    from diplotui.ingest import import_paths
    from diplotui.store import Store

    (tmp_path / "restraint.md").write_text(LIN_WEI, encoding="utf-8")
    db = tmp_path / "s.json"
    with Store.open(db) as store:  # no seeds: their guessed dates are the widest
        import_paths(store, [tmp_path / "restraint.md"])
    for listing in (
        ("statements",),
        ("statements", "--org", "foreign ministry"),
        ("statements", "--role", "spokesperson"),
        ("statements", "--speaker", "lin wei"),
        ("statements", "--since", "2025-06"),
        ("timeline", "Lin Wei"),
    ):
        result = cli("--db", str(db), *listing)
        assert result.returncode == 0, (listing, result.stderr)
        (row,) = result.stdout.splitlines()
        assert row.startswith("2025-06-23 Lin Wei (Foreign Ministry spokesperson)"), (listing, row)


def _article_id(db: str, title: str) -> str:
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    return str(next(a["id"] for a in listed if a["title"] == title))


def test_an_article_id_after_a_date_or_a_name_is_the_article_filtered(tmp_path: Path) -> None:
    """``statements --since July 2025 ID``: --since took every word up to the end, the id
    among them, and refused "July 2025 1f842a79" as no date (``--speaker le hoai trung ID``
    found no speaker); the id given first was refused as "filters apply to the library".
    The filters pass one article's statements, wherever its id is given."""
    db = _library(tmp_path)
    talks = _article_id(db, "Talks resume")

    def said(*args: str) -> list[str]:
        result = cli("--db", db, "statements", *args, "--json")
        assert result.returncode == 0, result.stderr
        return [r["text"] for r in json.loads(result.stdout)]

    since = ["We are ready,", "dialogue must continue"]
    assert said("--since", "July", "2025", talks) == since
    assert said("--since", "July 2025", talks[:8]) == since
    assert said(talks, "--since", "July", "2025") == since
    assert said("--since", "1", "July", "2025") != since  # its 2025 a year: the library's
    assert said("--speaker", "le", "hoai", "trung", talks) == since
    assert said("--speaker", "jane", "doe", talks) == []
    assert said("--until", "2025-07-18", talks) == ["dialogue must continue"]
    none = cli("--db", db, "statements", "--speaker", "jane", talks[:8])
    assert none.stderr.startswith(f"diplotui: no statement of article {talks[:8]} matches")
    # archived, asked by its id: its statements, as `statements ID` lists them (the dates
    # tested its article as the list does, leaving it out: "without --since, 2 statements")
    assert cli("--db", db, "mark", talks, "archive").returncode == 0
    assert said("--since", "July", "2025", talks) == since
    assert said("--speaker", "le hoai trung", talks) == since
    library = said("--speaker", "le hoai trung", "--since", "2025-07")  # the library's
    assert not set(since) & set(library)  # the archived article's left out, as listed


def test_filters_with_a_file_say_how_to_have_them(tmp_path: Path) -> None:
    db = _library(tmp_path)
    path = str(tmp_path / "a.md")
    result = cli("--db", db, "statements", "--since", "July", "2025", path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "diplotui: statements: --since filters the library's articles, not a file's:"
        f" import it (diplotui import {path}), then give its id, or leave out FILE_OR_ID"
    )
    unknown = cli("--db", db, "statements", "--since", "July", "2025", "abcd1234")
    assert unknown.returncode == 2 and "no article with id 'abcd1234'" in unknown.stderr


def test_timeline_takes_dates_as_statements_does(tmp_path: Path) -> None:
    """``timeline NAME`` listed every entry since the first article: "what has Lê Hoài Trung
    said since July" could be asked of ``statements`` alone. ``--since``/``--until`` read a
    date as ``statements`` reads it, wherever the name is given (before the date, or after
    it: --since took the name's words as the date's and NAME was missing)."""
    db = _library(tmp_path)

    def timeline(*args: str) -> list[tuple[str, str]]:
        result = cli("--db", db, "timeline", *args, "--json")
        assert result.returncode == 0, result.stderr
        mine = ("Talks resume", "Earlier talks")  # not the seeds'
        return [(e["date"], e["text"]) for e in json.loads(result.stdout) if e["title"] in mine]

    since = [("2025-07-18", "dialogue must continue"), ("2025-07-19", "We are ready,")]
    assert timeline("Lê Hoài Trung", "--since", "July", "2025") == since
    assert timeline("--since", "July", "2025", "le", "hoai", "trung") == since
    assert timeline("--since", "1 July 2025", "le hoai trung") == since
    assert timeline("le hoai trung", "--until", "2025-07-18") == [
        ("2025-03-02", "the visit was a success"),
        ("2025-07-18", "dialogue must continue"),
    ]
    none = cli("--db", db, "timeline", "le hoai trung", "--since", "2026-01")
    assert none.returncode == 0
    assert none.stderr.strip() == (  # the seeds' three on 2025-12-30 among them
        "diplotui: no statement or dated event of 'le hoai trung' in these dates: without"
        " --since and --until, 6 entries, from 2025-03-02 to 2025-12-30"
    )
    bad = cli("--db", db, "timeline", "le hoai trung", "--since", "Julyy")
    assert bad.returncode == 2 and "timeline: since 'Julyy': no date read there" in bad.stderr
    nameless = cli("--db", db, "timeline", "--since", "July")
    assert nameless.returncode == 2 and "timeline: give a NAME" in nameless.stderr
    # a date of three words and no name: was '9999' the date and 'weeks ago' a name
    nameless = cli("--db", db, "timeline", "--since", "9999", "weeks", "ago")
    assert nameless.returncode == 2 and "timeline: give a NAME" in nameless.stderr
    assert timeline("--since", "tháng", "7", "năm", "2025", "le", "hoai", "trung") == since


def test_timeline_dates_leave_out_undated_entries_and_say_so(tmp_path: Path) -> None:
    undated = "---\ntitle: Undated talks\nsource: Test Wire\n---\nUndated talks\n" + (
        "Ambassador Jane Doe said exports will double.\n"
    )
    db = _library(tmp_path, ("b.md", OLDER), ("c.md", undated))
    everything = cli("--db", db, "timeline", "jane doe", "--json")
    assert len(json.loads(everything.stdout)) == 2
    result = cli("--db", db, "timeline", "jane doe", "--since", "2025", "--json")
    assert [e["text"] for e in json.loads(result.stdout)] == ["trade will grow"]
    assert "1 undated entry left out by the dates" in result.stderr
