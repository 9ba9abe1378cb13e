"""The organisation a speaker's role names (``statements/bodies.py``), on invented roles."""

from __future__ import annotations

import pytest

from diplotui.model import SpeakerCorrection, Statement
from diplotui.statements.bodies import ministry_named, named_by, with_bodies
from diplotui.statements.corrections import correct_statements


@pytest.mark.parametrize(
    ("role", "organisation"),
    [
        # a minister's portfolio names the ministry, whichever way round
        ("Vice Minister of Fisheries and Ocean Affairs", "Ministry of Fisheries and Ocean Affairs"),
        ("Minister for Tourism", "Ministry for Tourism"),
        ("Ruritanian Health Minister", "Ministry of Health"),
        ("acting foreign minister", "Ministry of Foreign Affairs"),
        ("Deputy FM", "Ministry of Foreign Affairs"),
        ("foreign ministry spokeswoman", "Ministry of Foreign Affairs"),
        # the country stays in the role
        ("Foreign Minister of Ruritania", "Ministry of Foreign Affairs"),
        (
            "Minister of Culture, Sport and Tourism of Ruritania",
            "Ministry of Culture, Sport and Tourism",
        ),
        ("Minister of State for Foreign Affairs", "Ministry of Foreign Affairs"),
        # a body the role names, whole
        ("Spokeswoman of the Ministry of Tourism", "Ministry of Tourism"),
        ("Head of the Ruritanian Water Agency", "Ruritanian Water Agency"),
        (
            "Chairman of the Standing Committee of the Grand Assembly",
            "Standing Committee of the Grand Assembly",
        ),
        ("WMO Secretary-General", "WMO"),
        ("Politburo Member", "Politburo"),
        # a role holding two posts names both
        (
            "Member of the Ruritanian Party's Presidium and Minister for Trade",
            "Ruritanian Party's Presidium; Ministry for Trade",
        ),
        ("Minister for Trade and Minister for Tourism", "Ministry for Trade; Ministry for Tourism"),
        # no body
        ("President", ""),
        ("Ambassador", ""),
        ("Prime Minister of Ruritania", ""),
        ("Deputy Prime Minister", ""),
        ("Secretary of State", ""),
        ("Minister", ""),
        ("", ""),
        # whom the role serves is not the speaker's body
        ("Ruritanian Ambassador to the OECD", ""),
        ("Permanent Representative of Ruritania to the United Nations", ""),
    ],
)
def test_the_organisation_a_role_names(role: str, organisation: str) -> None:
    assert named_by(role) == organisation


def _said(speaker: str, role: str = "", organisation: str = "", kind: str = "PERSON") -> Statement:
    return Statement(0, 5, "words", "reported", speaker, speaker.lower(), kind, role, organisation)


def test_statements_keep_the_articles_organisation_and_take_their_roles_otherwise() -> None:
    given = _said("Ana Pol", "Foreign Minister", "Ruritanian Foreign Office")
    named = _said("Ben Roe", "Deputy Minister of Fisheries")
    nothing = _said("Cy Dee", "President")
    body = _said("Ministry of Fisheries", kind="ORG")  # an organisation speaks for itself
    group = _said("delegates", kind="GROUP")
    assert [s.organisation for s in with_bodies([given, named, nothing, body, group])] == [
        "Ruritanian Foreign Office",
        "Ministry of Fisheries",
        "",
        "Ministry of Fisheries",
        "",
    ]
    assert with_bodies([nothing])[0] is nothing  # unchanged: not copied


def test_a_speaker_correction_without_an_organisation_takes_the_one_its_role_names() -> None:
    statement = _said("Ana Pol", "President")
    correction = SpeakerCorrection(
        id="c1", article_id="a1", start=0, end=5, quote="words",
        speaker="Ben Roe", role="Deputy Minister of Fisheries",
    )  # fmt: skip
    given = SpeakerCorrection(
        id="c2", article_id="a1", start=0, end=5, quote="words",
        speaker="Ben Roe", role="Deputy Minister of Fisheries", organisation="Fish Board",
    )  # fmt: skip
    assert correct_statements([statement], None, [correction])[0].organisation == (
        "Ministry of Fisheries"
    )
    assert correct_statements([statement], None, [given])[0].organisation == "Fish Board"
    missed = SpeakerCorrection(
        id="c3", article_id="a1", start=10, end=15, quote="other",
        speaker="Ben Roe", role="Fisheries Minister",
    )  # fmt: skip
    assert correct_statements([], None, [missed])[0].organisation == "Ministry of Fisheries"


def test_a_ministry_is_named_one_way_however_the_article_turns_it() -> None:
    for name in (
        "Defence Ministry",
        "defense ministry",
        "Ministry of Defense",
        "the Defence Ministry",
    ):
        assert ministry_named(name) == "Ministry of Defence"
    assert ministry_named("Ministry of the Interior") == ministry_named("interior ministry")
    assert ministry_named("foreign ministry") == "Ministry of Foreign Affairs"
    # a portfolio no list has
    assert ministry_named("Ministry of Foreign Affairs and Emigration") == ""
    assert ministry_named("Taliban Foreign Ministry") == ""
    assert ministry_named("Ministry") == ""
