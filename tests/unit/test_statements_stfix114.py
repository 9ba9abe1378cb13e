"""Error classes of held-out rounds 594-595 that recur across outlets (stfix114, session 54:
classes of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_party_word_before_a_name_is_no_part_of_it_and_stands_for_the_person() -> None:
    text = (
        "Run-off\n\n"
        "With most votes counted, the Republican Ivo Antonio Marsh came second.\n"
        "The Republican acknowledged the differences he had with his rivals.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Antonio Marsh", "the differences he had with his rivals")
    ]


def test_an_inverted_aside_before_a_joined_clause_leaves_one_statement_over_the_sentence() -> None:
    text = (
        "Drones\n\n"
        "Prime Minister Ivo Marsh said the country was closer to conflict.\n"
        "There had been at least nine violations overnight, said Marsh, and some of them had"
        " come from the north.\n"
        "That was more than most had hoped for, said envoy Ana Roca, and another official.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the country was closer to conflict"),
        (
            "reported",
            "Ivo Marsh",
            "There had been at least nine violations overnight, said Marsh, and some of them had"
            " come from the north",
        ),
        ("reported", "Ana Roca", "That was more than most had hoped for"),
    ]


def test_scholars_named_by_their_field_speak_as_a_group() -> None:
    text = (
        "Vote\n\n"
        "Although not all votes are transferable, political scientists warn, the right starts"
        " the race ahead.\n"
        "Economists said the rate would rise.\n"
    )
    assert _said(text) == [
        ("reported", "political scientists", "the right starts the race ahead"),
        ("reported", "Economists", "the rate would rise"),
    ]


def test_the_father_of_a_number_of_children_is_the_person_in_view_not_a_relative() -> None:
    text = (
        "Run-off\n\n"
        "The candidate Ivo Marsh reached the run-off.\n"
        "“We will win,” said the father of nine and devout Catholic.\n"
        "“He never gave up,” said the wife of the former mayor.\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "We will win,"),
        ("direct", "wife", "He never gave up,"),
    ]


def test_a_quotation_after_an_attribution_and_an_unlisted_participle_is_its_speakers() -> None:
    text = (
        "Campaign\n\n"
        "The candidate Ivo Marsh spoke to supporters.\n"
        "“We will win,” said Marsh, after claiming that “the left will lose.”\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "We will win,"),
        ("direct", "Ivo Marsh", "the left will lose."),
    ]


def test_a_candidate_is_a_role_its_holder_speaks_in() -> None:
    text = (
        "Migrants\n\n"
        "Norland's presidential candidate, Ivo Marsh, spoke in the capital.\n"
        "The law-and-order candidate, who lost the last run-off, declared that all migrants would"
        " be detained.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "all migrants would be detained")]


def test_a_person_ending_a_description_set_off_after_a_name_is_not_the_subject() -> None:
    text = (
        "Migrants\n\n"
        "Norland's presidential candidate, Ivo Marsh, one of the favourites to succeed leftist"
        " leader Ana Roca in May, vowed to deport all undocumented migrants.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "to deport all undocumented migrants")]


def test_words_quoted_after_a_document_its_owner_names_as_subject_are_no_ones() -> None:
    text = (
        "Border\n\n"
        "Ivo Marsh has proposed to build a wall.\n"
        "His immigration agenda, known as the “Shield”, promises to create a force to “take"
        " absolute control of the border”, starting on inauguration day.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "to build a wall")]


def test_a_bare_surname_before_has_and_an_adverb_is_the_speaker() -> None:
    text = (
        "Border\n\n"
        "Marsh has nevertheless proposed to implement the toughest policy in decades.\n"
        "Roca nonetheless said the plan would fail.\n"
    )
    assert _said(text) == [
        ("reported", "Marsh", "to implement the toughest policy in decades"),
        ("reported", "Roca", "the plan would fail"),
    ]


def test_asking_to_remain_anonymous_is_a_condition_not_a_statement() -> None:
    text = (
        "Arica\n\n"
        "Ana, a resident from Venezuela, asked to remain anonymous to protect her family.\n"
        "“Crime came to the region,” Ana said.\n"
    )
    assert _said(text) == [("direct", "Ana", "Crime came to the region,")]


def test_an_authority_is_a_body_that_speaks() -> None:
    text = (
        "Vote\n\n"
        "No candidate won half of the votes, according to the electoral authority.\n"
        "The authority later said the count was final.\n"
    )
    assert _said(text) == [
        ("reported", "electoral authority", "No candidate won half of the votes"),
        ("reported", "electoral authority", "the count was final"),
    ]


def test_a_relatives_object_described_as_something_is_no_statement() -> None:
    text = (
        "Flank\n\n"
        "The troops will reinforce the bases in eight countries, which Ivo Marsh highlighted as"
        " a key element of deterrence.\n"
    )
    assert _said(text) == []


def test_a_line_with_a_past_verb_and_a_colon_is_body_though_its_marks_were_lost() -> None:
    text = (
        "Drones\n\n"
        "Prime Minister Ivo Marsh called an emergency meeting.\n"
        "Marsh, who chaired the meeting on Wednesday, said: We are dealing with a provocation\n"
        "We are ready to repel it.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "We are dealing with a provocation")]


def test_an_attribution_inside_a_relative_or_contact_clause_reports_what_follows_it() -> None:
    text = (
        "Sahel\n\n"
        "The army fought militant groups who analysts say are trying to seize the capital.\n"
        "Minister Ivo Marsh called the flights an example of something he said had been"
        " happening along the border.\n"
    )
    assert _said(text) == [
        ("reported", "analysts", "are trying to seize the capital"),
        ("reported", "Ivo Marsh", "had been happening along the border"),
    ]
