"""A plain text's or Markdown's outlet, read from the byline under its headline ("The Star,
July 26, 2025"): 9 of a new user's 13 saved articles (session 43) came in citing no outlet
though their first lines named it. The import's line says where the source came from and
how to correct it; a headline, a dateline's place, an author, a page's label and a long line
give none, and a sidecar or front matter still wins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_main

BODY = (
    "PUTRAJAYA: Malaysia will continue engaging Cambodia and Thailand to achieve a ceasefire "
    "in the ongoing border clashes, Prime Minister Anwar Ibrahim said on Saturday.\n"
)
HEADLINE = "Malaysia to continue engaging Thailand, Cambodia over border conflict\n\n"


def imported(store_path: Path, path: Path) -> tuple[str, dict[str, object]]:
    """The import's output for ``path`` and the article it stored."""
    db = ("--db", str(store_path))
    result = run_main(*db, "import", str(path))
    assert result.returncode == 0, result
    (article,) = (
        listed
        for listed in json.loads(run_main(*db, "list", "--json").stdout)
        if listed["origin_path"] == str(path)
    )
    return result.stdout, article


@pytest.mark.parametrize(
    ("top", "source"),
    [
        ("The Star, July 26, 2025\n\n", "The Star"),
        ("Arise News — July 28, 2025\n\n", "Arise News"),
        ("USA TODAY · July 26, 2025\n\n", "USA TODAY"),
        ("The Diplomat, August 2025\n\n", "The Diplomat"),
        ("July 26, 2025 | The Star\n\n", "The Star"),
        ("The Star, Saturday, July 26, 2025\n\n", "The Star"),
        ("Green Bangla Online\nJuly 29, 2025\n\n", "Green Bangla Online"),
        ("July 29, 2025\n\nGreen Bangla Online\n\n", "Green Bangla Online"),
        ("allAfrica, December 11, 2023\n\n", "allAfrica"),  # a brand's lower first letter
        ("eKathimerini — May 2, 2025\n\n", "eKathimerini"),
    ],
)
def test_the_outlet_a_byline_names_is_the_source_and_the_line_says_so(
    store_path: Path, tmp_path: Path, top: str, source: str
) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(HEADLINE + top + BODY, encoding="utf-8")
    out, article = imported(store_path, path)
    assert article["source"] == source
    assert (
        f"source '{source}' read from its first lines: "
        f"`diplotui meta {article['id']} --source NAME` corrects it"
    ) in out


def test_a_markdown_file_s_byline_names_its_source_too(store_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "saved.md"
    path.write_text("# " + HEADLINE + "Pattaya Mail, 27 July 2025\n\n" + BODY, encoding="utf-8")
    assert imported(store_path, path)[1]["source"] == "Pattaya Mail"


@pytest.mark.parametrize(
    "top",
    [
        "",  # the headline is no outlet, though a date line follows it
        "HANOI, July 27, 2025\n\n",  # a dateline's place
        "Amman, July 28, 2025\n\n",
        "Kingston, Jamaica\nWednesday, July 23, 2014\n\n",  # newuser64: a place and its country
        "Geneva, Switzerland, July 23, 2014\n\n",
        "By Anna Keller, July 2, 2025\n\n",  # an author
        "Anna Keller, July 2, 2025\n\n",
        "29.04.2014 - Article\n\n",  # a page's label
        "Middle East News\n2024-03-21 | 11:52\n\n",
        "Talks resume, July 2025 deadline looms\n\n",  # the date is not the line's rest
        "Ministers of the region, the envoys and their staff, July 26, 2025\n\n",  # too long
        "July 26, 2025\n\nAnwar said.\n\n",  # running text
        "updated, July 26, 2025\n\n",  # a lower-case word, no brand's capital inside
    ],
)
def test_no_outlet_is_read_from_a_place_a_person_a_label_or_a_sentence(
    store_path: Path, tmp_path: Path, top: str
) -> None:
    path = tmp_path / "saved.txt"
    headline = "Talks resume\n\nJuly 26, 2025\n\n" if not top else HEADLINE
    path.write_text(headline + top + BODY, encoding="utf-8")
    out, article = imported(store_path, path)
    assert article["source"] == ""
    assert "read from its first lines" not in out


def test_a_sidecar_or_front_matter_source_wins_over_the_byline(
    store_path: Path, tmp_path: Path
) -> None:
    text = tmp_path / "saved.txt"
    text.write_text(HEADLINE + "The Star, July 26, 2025\n\n" + BODY, encoding="utf-8")
    (tmp_path / "saved.meta.json").write_text(json.dumps({"source": "Bernama"}), encoding="utf-8")
    out, article = imported(store_path, text)
    assert article["source"] == "Bernama"
    assert "read from its first lines" not in out
    marked = tmp_path / "other" / "saved.md"
    marked.parent.mkdir()
    marked.write_text(
        "---\nsource: TRT World\n---\n" + HEADLINE + "The Star, July 26, 2025\n\n" + BODY,
        encoding="utf-8",
    )
    other = store_path.with_name("other.json")
    assert imported(other, marked)[1]["source"] == "TRT World"


def test_an_update_reads_the_byline_but_keeps_a_source_the_user_corrected(
    store_path: Path, tmp_path: Path
) -> None:
    """``import --update`` of a text that gained its byline takes the outlet and says so; a
    source corrected with ``meta --source`` stays, and nothing claims it was read."""
    db = ("--db", str(store_path))
    path = tmp_path / "saved.txt"
    path.write_text(HEADLINE + BODY, encoding="utf-8")
    _, article = imported(store_path, path)
    assert article["source"] == ""
    path.write_text(HEADLINE + "The Star, July 26, 2025\n\n" + BODY, encoding="utf-8")
    updated = run_main(*db, "import", "--update", str(path))
    assert updated.returncode == 0, updated
    assert "updated" in updated.stdout
    assert "source 'The Star' read from its first lines" in updated.stdout
    corrected = run_main(*db, "meta", str(article["id"]), "--source", "The Star (Malaysia)")
    assert corrected.returncode == 0, corrected
    path.write_text(HEADLINE + "The Star, July 27, 2025\n\n" + BODY + "More.\n", encoding="utf-8")
    again = run_main(*db, "import", "--update", str(path))
    assert again.returncode == 0, again
    assert "read from its first lines" not in again.stdout
    (listed,) = (
        a for a in json.loads(run_main(*db, "list", "--json").stdout) if a["id"] == article["id"]
    )
    assert listed["source"] == "The Star (Malaysia)"


WIRE = "the king said on Thursday that the talks would resume.\n"


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        ("AMMAN (Petra) -- ", "Petra"),
        ("(Xinhua) -- ", "Xinhua"),
        ("BEIJING, July 3 (Reuters) - ", "Reuters"),
        ("Amman, July 28 (Petra) – ", "Petra"),
        ("KYIV, Ukraine (AP) — ", "AP"),
        ("NEW YORK (REUTERS) – ", "Reuters"),  # as the gazetteer spells a known agency
        ("Phnom Penh (FN), May 19 – ", "FN"),
        ("WASHINGTON (dpa-AFX) - ", "dpa-AFX"),  # newuser51: a brand's lower case, cited by none
    ],
)
def test_the_agency_a_datelines_brackets_name_is_the_source(
    store_path: Path, tmp_path: Path, dateline: str, source: str
) -> None:
    """A wire's dateline names its agency in brackets: the outlet of a text that names no
    other, read and said as a byline's is (left44)."""
    path = tmp_path / "wire.txt"
    path.write_text(HEADLINE + dateline + WIRE, encoding="utf-8")
    out, article = imported(store_path, path)
    assert article["source"] == source
    assert f"source '{source}' read from its first lines" in out


@pytest.mark.parametrize(
    "top",
    [
        "(Agencies) - ",  # common words: no outlet's name
        "(WASHINGTON, DC) – ",  # a place in the brackets
        "(Sept 29): ",  # a date
        "HANOI (the ministry) - ",  # words in lower case, no brand's capital inside
        "Lo Chih-cheng, Legislator (DPP): ",  # a person and a title, then a party
        "He met the envoy (AP) - ",  # running text
        "Officials at the ministry met the visiting delegation for two days of talks on trade.\n"
        "BRUSSELS, Oct. 12 (Xinhua) -- ",  # another story's dateline, after the first paragraph
    ],
)
def test_no_agency_is_read_from_brackets_that_are_no_datelines(
    store_path: Path, tmp_path: Path, top: str
) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(HEADLINE + top + WIRE, encoding="utf-8")
    out, article = imported(store_path, path)
    assert article["source"] == ""
    assert "read from its first lines" not in out


def test_a_byline_wins_over_the_datelines_agency(store_path: Path, tmp_path: Path) -> None:
    """The outlet the text was saved from, not the agency it printed."""
    path = tmp_path / "wire.txt"
    path.write_text(
        HEADLINE + "The Jordan Times, July 28, 2025\n\nAMMAN (Petra) -- " + WIRE, encoding="utf-8"
    )
    assert imported(store_path, path)[1]["source"] == "The Jordan Times"
