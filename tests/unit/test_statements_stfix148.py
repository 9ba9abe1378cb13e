"""Errors of rounds 662-663 that recur across outlets (stfix148, session 62: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said

_LONG_QUOTATION = (
    "“Our pact is a win for our ports – cutting fees and speeding up crossings for everything "
    "from fresh fish and timber to cars and machine parts, and it opens routes our hauliers "
    "have waited on for years.\n\n"
    "It is a win for our shoppers – bringing down prices and widening the choice of goods in "
    "every town. And it is a win for our coasts – spreading jobs to every harbour from the "
    "north to the islands and the far south,” said "
)
_ROLE_THEN_QUOTED = (
    "Copenhagen news\n\nDenmark and Chile signed the ferry pact on Monday.\n"
    "Chile’s Prime Minister Ada Lund called on Ivo Darn at his country house outside "
    "Copenhagen.\n"
    "Just before the meeting, the Danish prime minister announced that the pact would create "
    "new jobs. "
)


def test_a_role_is_the_person_its_sentences_next_quotation_is_attributed_to() -> None:
    found = _said(_ROLE_THEN_QUOTED + _LONG_QUOTATION + "Darn.\n")
    assert [(kind, speaker) for kind, speaker, _ in found] == [
        ("reported", "Ivo Darn"),
        ("direct", "Ivo Darn"),
        ("direct", "Ivo Darn"),
    ]
    assert found[0][2] == "the pact would create new jobs"


def test_a_quotation_after_the_roles_sentence_by_another_office_holder_is_not_the_role() -> None:
    found = _said(_ROLE_THEN_QUOTED + _LONG_QUOTATION + "Karl Obermann, the opposition leader.\n")
    assert found[0] == ("reported", "Danish prime minister", "the pact would create new jobs")
    assert [speaker for _, speaker, _ in found[1:]] == ["Karl Obermann", "Karl Obermann"]


def test_a_given_name_after_a_sentences_opening_conjunction_names_the_speaker() -> None:
    text = (
        "Copenhagen news\n\nThe ferry pact was signed on Monday.\n"
        "When Keir Holm announced the pact had been signed on 2 May.\n"
        "“Our ports will grow,” Holm said.\n"
    )
    assert _said(text) == [
        ("reported", "Keir Holm", "the pact had been signed on 2 May"),
        ("direct", "Keir Holm", "Our ports will grow,"),
    ]


def test_a_title_after_the_opening_conjunction_is_no_given_name() -> None:
    text = (
        "Copenhagen news\n\nThe ferry pact was signed on Monday.\n"
        "When Minister Holm announced the pact had been signed on 2 May.\n"
        "“Our ports will grow,” Holm said.\n"
    )
    assert [speaker for _, speaker, _ in _said(text)] == ["Holm", "Holm"]


def test_the_government_is_not_named_by_a_country_whose_government_was_only_mentioned() -> None:
    text = (
        "Copenhagen news\n\nThe ferry pact was signed on Monday.\n"
        "The port will be leased from the Chilean government for 99 years. Although the rent "
        "is high, the net cost is low, the government said.\n"
    )
    assert _said(text) == [
        ("reported", "government", "Although the rent is high, the net cost is low"),
    ]


def test_the_government_keeps_a_name_of_its_own_or_its_countrys_where_that_one_spoke() -> None:
    spoke = (
        "Copenhagen news\n\nThe ferry pact was signed on Monday.\n"
        "The Chilean government said the lease would run for 99 years. Although the rent is "
        "high, the net cost is low, the government said.\n"
    )
    assert [speaker for _, speaker, _ in _said(spoke)] == [
        "Chilean government",
        "Chilean government",
    ]
    named = (
        "Copenhagen news\n\nThe ferry pact was signed on Monday.\n"
        "The port will be leased from the ruling Harbour Alliance government for 99 years. "
        "Although the rent is high, the net cost is low, the government said.\n"
    )
    assert [speaker for _, speaker, _ in _said(named)] == ["Harbour Alliance government"]


def test_another_after_an_unnamed_speaker_is_a_second_one_called_alike() -> None:
    text = (
        "Norland news\n\nThe ferry strike entered its third day.\n"
        'One Labour MP said the strike was "senseless".\n'
        "Another said the deal “looks odd”, but added that they had sympathy with the union.\n"
    )
    assert _said(text) == [
        ("reported", "Labour MP", 'the strike was "senseless"'),
        ("reported", "Labour MP", "the deal “looks odd”"),
        ("reported", "Labour MP", "they had sympathy with the union"),
    ]


def test_another_after_a_named_speaker_is_not_read() -> None:
    text = (
        "Norland news\n\nThe ferry strike entered its third day.\n"
        'Ana Vey said the strike was "senseless".\n'
        "Another said the deal “looks odd”, but added that they had sympathy with the union.\n"
    )
    assert _said(text) == [("reported", "Ana Vey", 'the strike was "senseless"')]


def test_an_attendee_or_a_participant_is_an_unnamed_speaker() -> None:
    attendee = (
        "Norland news\n\nThe ferry strike entered its third day.\n"
        'At a meeting of the caucus on Monday, members took the chance to "vent", one '
        "attendee said.\n"
    )
    assert _said(attendee) == [
        (
            "reported",
            "attendee",
            'At a meeting of the caucus on Monday, members took the chance to "vent"',
        ),
    ]
    participant = (
        "Norland news\n\nThe ferry strike entered its third day.\n"
        "At the talks, the sides agreed to meet again, a participant said.\n"
    )
    assert _said(participant) == [
        ("reported", "participant", "At the talks, the sides agreed to meet again"),
    ]


def test_a_quotation_in_a_warning_issued_is_direct() -> None:
    text = (
        "Norland news\n\nThe ferry strike entered its third day.\n"
        "Ana Vey issued a stark warning that the ferries had been used as a "
        '"political pawn" in the talks.\n'
    )
    assert _said(text) == [("direct", "Ana Vey", "political pawn")]


def test_a_warning_issued_without_a_quotation_or_a_warning_noun_says_nothing_more() -> None:
    unquoted = (
        "Norland news\n\nThe ferry strike entered its third day.\n"
        "Ana Vey issued a warning that the ferries would stop.\n"
    )
    assert _said(unquoted) == []
    warned = (
        "Norland news\n\nThe ferry strike entered its third day.\n"
        'Ana Vey warned that the ferries had been used as a "political pawn" in the talks.\n'
    )
    assert _said(warned) == [
        ("reported", "Ana Vey", 'the ferries had been used as a "political pawn" in the talks'),
    ]
    storm = (
        "Norland news\n\nThe ferry strike entered its third day.\n"
        'The storm warning that forced the ferries to stop was a "red alert", Ana Vey said.\n'
    )
    assert _said(storm) == [
        (
            "reported",
            "Ana Vey",
            'The storm warning that forced the ferries to stop was a "red alert"',
        ),
    ]


def test_a_bodys_boss_is_its_head_named_before() -> None:
    text = (
        "Norland news\n\nThe ferry strike entered its third day.\n"
        "Ana Vey, the head of the dockers union, said the strike would go on. While the "
        "government praised the pact, the union boss highlighted a serious risk for dockers.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Vey", "the strike would go on"),
        ("reported", "Ana Vey", "a serious risk for dockers"),
    ]


def test_a_quotation_a_names_comments_call_something_is_theirs() -> None:
    text = (
        "Norland news\n\nThe ferry strike entered its third day.\n"
        "Ana Vey’s recent comments calling the union’s plan to close the docks “a very silly "
        "idea” mark a change of tone.\n"
    )
    assert _said(text) == [("direct", "Ana Vey", "a very silly idea")]


def test_a_quotation_after_a_names_plan_or_a_bodys_leaflet_calling_is_no_ones() -> None:
    plan = (
        "Norland news\n\nThe ferry strike entered its third day.\n"
        "Critics mocked Ana Vey’s plan calling for “a new dawn” at the docks.\n"
    )
    assert _said(plan) == []
    leaflet = (
        "Norland news\n\nThe ferry strike entered its third day.\n"
        "The union’s leaflet calling the plan “a very silly idea” was handed out.\n"
    )
    assert _said(leaflet) == []
