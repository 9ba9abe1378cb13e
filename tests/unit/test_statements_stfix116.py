"""Two speakers a reader would see as nonsense (stfix116, session 54: classes of error found in
the dev set, not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_first_person_clause_is_no_speaker_of_the_verb_coordinated_after_it() -> None:
    text = (
        "Statement\n\n"
        "The Council for Peace said the truce must hold.\n\n"
        "We urge all actors to pursue talks and reaffirm our commitment to peace.\n"
        "We urge all parties to end the fighting and reaffirm that the border is sovereign.\n"
    )
    assert _said(text) == [  # "we" is the issuing council (stfix117), never "We urge all actors"
        ("reported", "Council for Peace", "the truce must hold"),
        (
            "reported",
            "Council for Peace",
            "all actors to pursue talks and reaffirm our commitment to peace",
        ),
        (
            "reported",
            "Council for Peace",
            "all parties to end the fighting and reaffirm that the border is sovereign",
        ),
    ]


def test_states_after_a_quantifier_and_a_regional_name_is_a_noun() -> None:
    text = (
        "Audit\n\n"
        "The mayor has defended himself against the audit of projects funded by Oilpact, an"
        " energy alliance of many Caribbean states with Norland to buy fuel on easy terms.\n"
        "Foreign Minister Ana Roca states that the fund was misused.\n"
    )
    assert _said(text) == [("reported", "Ana Roca", "the fund was misused")]
