"""A statement carries its speaker's role as the article gives it (issue 17; invented texts).

A missing role hides a speaker from ``role:`` in the Statements view and from ``diplotui
statements --role``, and the reader's footer loses it ("Pham Thu Hang said" for the
ministry's spokeswoman). Each test reads one shape a new user found left without a role: the
role the command's ``--jsonl`` gives and the label the reader's footer shows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.cite import format_quote
from diplotui.library.statements import speaker_label
from diplotui.model import Article
from diplotui.statements import find_statements
from tests.cli_runner import run_main

TITLE = "A headline that is not read\n\n"


def roles_listed(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    """(speaker, role) of each statement ``diplotui statements FILE --jsonl`` lists."""
    path = tmp_path / "article.txt"
    path.write_text(TITLE + body + "\n", encoding="utf-8")
    result = run_main("statements", str(path), "--jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return [(row["speaker"], row["role"]) for row in rows]


def footer(body: str) -> str:
    """The reader's footer line on the article's first statement."""
    return speaker_label(find_statements(TITLE + body)[0])


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        (  # a lowercase title closed by a comma before the name
            "The spokeswoman for the Ministry of Foreign Affairs, Pham Thu Hang, told "
            "reporters on Thursday that Norland welcomed the talks.",
            "Pham Thu Hang",
            "spokeswoman for the Ministry of Foreign Affairs",
        ),
        (  # an organisation, then a title in lower case
            "The UN special rapporteur on Tarnia, Ada Vey, said on Friday that the election "
            "must be free.",
            "Ada Vey",
            "UN special rapporteur on Tarnia",
        ),
        (  # a nationality and lowercase words set off after the name
            "Ada Vey, the Omani foreign minister, said on Monday that the border would stay open.",
            "Ada Vey",
            "Omani foreign minister",
        ),
        (  # a country's title set off after the name
            "Ada Vey, Djibouti’s deputy foreign minister, told reporters that the border would "
            "stay open.",
            "Ada Vey",
            "Djibouti’s deputy foreign minister",
        ),
    ],
)
def test_a_title_in_lower_case_around_a_name_is_the_role(
    tmp_path: Path, body: str, speaker: str, role: str
) -> None:
    assert roles_listed(tmp_path, body) == [(speaker, role)]
    assert footer(body) == f"{speaker} ({role}) {'told' if ' told ' in body else 'said'}"


def test_a_role_stops_at_its_sentence_end(tmp_path: Path) -> None:
    body = (
        "Ada Vey held a phone call today, November 2, with Mawlawi Ben Roe, the acting "
        "Minister of Foreign Affairs of Tarnia’s interim Taliban government. The minister "
        "reported this on his social media pages.\n\nMawlawi Ben Roe emphasized that the "
        "Tarnian government prioritizes diplomacy in the region."
    )
    assert [role for _, role in roles_listed(tmp_path, body) if ". " in role] == []


def test_a_speaker_named_by_a_role_alone_has_it_as_role(tmp_path: Path) -> None:
    body = "A spokeswoman said on Tuesday that the ministry would reply soon."
    assert roles_listed(tmp_path, body) == [("spokeswoman", "spokeswoman")]
    assert footer(body) == "spokeswoman said"  # not "spokeswoman (spokeswoman) said"


def test_a_titled_speaker_named_by_role_alone_keeps_the_title(tmp_path: Path) -> None:
    body = "The Lao Deputy Foreign Minister said on Monday that the two sides would sign."
    assert roles_listed(tmp_path, body) == [
        ("Lao Deputy Foreign Minister", "Lao Deputy Foreign Minister")
    ]


def test_a_source_is_no_role(tmp_path: Path) -> None:
    body = "A diplomatic source said on Monday that the talks would resume."
    assert roles_listed(tmp_path, body) == [("diplomatic source", "")]


def test_an_organisation_opening_a_title_stays_in_the_role(tmp_path: Path) -> None:
    body = (
        "African Union Commission Chairperson Ada Vey said on Monday that the summit would go "
        "ahead."
    )
    assert roles_listed(tmp_path, body) == [("Ada Vey", "African Union Commission Chairperson")]
    assert footer(body) == "Ada Vey (African Union Commission Chairperson) said"


@pytest.mark.parametrize("style", ["plain", "chicago", "apa", "markdown"])
def test_a_role_only_speaker_is_cited_once(style: str) -> None:
    statement = find_statements(TITLE + "A spokeswoman said: “We will reply soon.”")[0]
    article = Article(id="a", title="Talks", text_hash="h", source="The Courier")
    cited = format_quote(
        statement.text, article, style, speaker=statement.speaker, role=statement.role
    )
    assert statement.role == "spokeswoman"
    assert cited.lower().count("spokeswoman") == 1, cited


def test_an_abbreviation_in_a_title_is_no_sentence_end(tmp_path: Path) -> None:
    body = (
        "Ada Vey, the principal deputy spokesman at the U.S. State Department, said on Monday "
        "that the talks would resume."
    )
    assert roles_listed(tmp_path, body) == [
        ("Ada Vey", "principal deputy spokesman at the U.S. State Department")
    ]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (  # a title opening its clause, no "the", closed by a comma before the name
            "On July 31, Minister of External Relations, Ada Vey, said that the embassies "
            "would stay open.",
            "Minister of External Relations",
        ),
        (
            "However, acting Minister of Foreign Affairs and Foreign Trade, Ada Vey, said that "
            "the embassies would stay open.",
            "acting Minister of Foreign Affairs and Foreign Trade",
        ),
        (
            "Sweden's minister for foreign affairs, Ada Vey, said that the embassies would stay "
            "open.",
            "Sweden's minister for foreign affairs",
        ),
        (
            "BEIJING: Prime Minister of Fiji, Ada Vey, said that the embassies would stay open.",
            "Prime Minister of Fiji",
        ),
    ],
)
def test_a_title_opening_its_clause_before_a_name_is_the_role(
    tmp_path: Path, body: str, role: str
) -> None:
    assert roles_listed(tmp_path, body) == [("Ada Vey", role)]


@pytest.mark.parametrize(
    "body",
    [
        "Speaking to a minister, Ada Vey said that the embassies would stay open.",
        "As foreign minister, Ada Vey said that the embassies would stay open.",
        "In a letter to a minister, Ada Vey said that the embassies would stay open.",
        "He Justice minister, Ada Vey said that the embassies would stay open.",  # a typo's "He"
    ],
)
def test_a_clause_naming_another_is_no_role(tmp_path: Path, body: str) -> None:
    assert roles_listed(tmp_path, body) == [("Ada Vey", "")]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "On Thursday, Foreign Ministry spokesperson Ada Vey said that the talks would go on.",
            "Foreign Ministry spokesperson",
        ),
        (
            "On Thursday, Thai Foreign Ministry official Ada Vey said that the talks would go on.",
            "Thai Foreign Ministry official",
        ),
        (
            "The delegation met Venezuelan opposition leader Ada Vey. Vey said that the talks "
            "would go on.",
            "Venezuelan opposition leader",
        ),
    ],
)
def test_a_title_in_lower_case_right_before_a_name_is_the_role(
    tmp_path: Path, body: str, role: str
) -> None:
    assert roles_listed(tmp_path, body) == [("Ada Vey", role)]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (  # a sentence's opening word is no title's
            "Whereas Rwandan leader Ada Vey said that the talks would go on.",
            "Rwandan leader",
        ),
        (  # a title word in lower case
            "EU top diplomat Ada Vey said that the talks would go on.",
            "EU top diplomat",
        ),
        (  # another's title joined before the name is not the named one's
            "Ben Roe, Minister of Foreign Affairs of Egypt and his Algerian counterpart, Ada "
            "Vey, met on Monday. Vey said that the talks would go on.",
            "",
        ),
    ],
)
def test_a_title_before_a_name_is_its_own(tmp_path: Path, body: str, role: str) -> None:
    assert ("Ada Vey", role) in roles_listed(tmp_path, body)


@pytest.mark.parametrize(
    "body",
    [
        "BEIJING: Prime Minister of Fiji, Ada Vey is on a visit. Vey said that the talks would "
        "go on.",
        "Jordanian Minister of Foreign Affairs and Expatriates, Ada Vey and his German "
        "counterpart, Ben Roe met on Monday. Vey said that the talks would go on.",
    ],
)
def test_a_title_before_a_name_no_comma_closes(tmp_path: Path, body: str) -> None:
    role = body.partition(", Ada Vey")[0].partition(": ")[2] or body.partition(", Ada Vey")[0]
    assert ("Ada Vey", role) in roles_listed(tmp_path, body)


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        (  # a nationality before a capitalised title
            "Sudanese Foreign Minister Ali Youssef said on Thursday that the talks would resume.",
            "Ali Youssef",
            "Sudanese Foreign Minister",
        ),
        (  # a country's name, and its possessive
            "US Secretary of State Ada Vey said that the talks would resume.",
            "Ada Vey",
            "US Secretary of State",
        ),
        (
            "Saudi Arabia’s Foreign Minister Ada Vey said that the talks would resume.",
            "Ada Vey",
            "Saudi Arabia’s Foreign Minister",
        ),
        (  # a nationality of two words, never the one of its last word
            "South Sudanese Foreign Minister Ada Vey said that the talks would resume.",
            "Ada Vey",
            "South Sudanese Foreign Minister",
        ),
        (  # a lowercase word between
            "On Monday, Sudanese army spokesman Ada Vey said that the town had fallen.",
            "Ada Vey",
            "Sudanese army spokesman",
        ),
        (  # after a word making the office a stand-in's
            "Acting Thai Prime Minister Ada Vey said that the border would close.",
            "Ada Vey",
            "Acting Thai Prime Minister",
        ),
    ],
)
def test_a_nationality_opening_a_title_stays_in_the_role(
    tmp_path: Path, body: str, speaker: str, role: str
) -> None:
    """The role read "Foreign Minister" for "Sudanese Foreign Minister X", so ``--org sudan``
    and ``W``'s ``org:sudan`` (which read a role's country) missed him (left44)."""
    assert roles_listed(tmp_path, body) == [(speaker, role)]
    assert footer(body) == f"{speaker} ({role}) said"


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (  # a place after "in" is where, not whose
            "On Monday in Samarkand Acting Foreign Minister Ada Vey said that the talks would "
            "resume.",
            "Acting Foreign Minister",
        ),
        (  # two nationalities share the title: whose is whose is not said
            "Russian and German Foreign Ministers Ada Vey and Ben Roe met. Vey said that the "
            "talks would resume.",
            "Foreign Ministers",
        ),
        (  # the place an organisation's post covers is not the speaker's country
            "The ICRC’s Syria head Ada Vey said that the convoy was turned back.",
            "head",
        ),
        (  # a place ending a clause before the title
            "The talks took place in India after external affairs minister Ada Vey said that "
            "they would.",
            "external affairs minister",
        ),
    ],
)
def test_a_place_before_a_title_not_opening_it_stays_out_of_the_role(
    tmp_path: Path, body: str, role: str
) -> None:
    assert ("Ada Vey", role) in roles_listed(tmp_path, body)


def test_a_nationality_in_the_role_reads_naturally_in_a_citation() -> None:
    statement = find_statements(
        TITLE + "Sudanese Foreign Minister Ali Youssef said: “We are ready for peace.”"
    )[0]
    article = Article(id="a", title="Talks", text_hash="h", source="The Courier")
    cited = format_quote(
        statement.text, article, "chicago", speaker=statement.speaker, role=statement.role
    )
    assert "Sudanese Foreign Minister Ali Youssef, quoted in “Talks,” The Courier." in cited
