"""Errors of rounds 688-689 that recur across outlets (stfix160, session 65: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said

_LEAD = "Norland news\n\nThe floods hit the valley on Monday.\n"


def test_a_place_as_the_surname_after_a_role_noun_names_a_person() -> None:
    text = (
        f"{_LEAD}Regional spokesman Karl Obermann told AFP that 12 people were hurt.\n"
        "In the village of Tarn, resident Rahim Kandahar said the water rose quickly.\n"
        "“We lost everything,” the 40-year-old cook told AFP.\n"
        "Some roads were closed, he said.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "12 people were hurt"),
        ("reported", "Rahim Kandahar", "the water rose quickly"),
        ("direct", "Rahim Kandahar", "We lost everything,"),
        ("reported", "Rahim Kandahar", "Some roads were closed"),
    ]


def test_a_place_after_a_known_name_or_without_a_role_noun_stays_a_place() -> None:
    text = (
        f"{_LEAD}Karl Obermann said the Kandahar road was closed.\n"
        "The spokesman Karl Obermann Kandahar visit was cancelled, officials said.\n"
    )
    assert [s[1] for s in _said(text)] == ["Karl Obermann", "officials"]


def test_adding_to_a_number_or_a_count_is_an_increase_not_speech() -> None:
    text = (
        f"{_LEAD}Spokesman Karl Obermann told AFP that 12 people were hurt in Tarn, adding to the "
        "more than 300 already hurt last week.\n"
        "Obermann said 40 homes were lost, adding to the rising death toll.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "12 people were hurt in Tarn"),
        ("reported", "Karl Obermann", "40 homes were lost"),
    ]


def test_adding_words_to_an_addressee_still_says_them() -> None:
    text = (
        f"{_LEAD}Jon Ulvang said the roads were closed, adding to the reporters that help was "
        "coming.\n"
        "Per Holm said the rain stopped, adding to the crowd: “Go home.”\n"
    )
    assert _said(text) == [
        ("reported", "Jon Ulvang", "the roads were closed"),
        ("reported", "Jon Ulvang", "help was coming"),
        ("reported", "Per Holm", "the rain stopped"),
        ("direct", "Per Holm", "Go home."),
    ]


def test_witness_accounts_speak_as_a_group_past_a_following_phrase() -> None:
    text = (
        f"{_LEAD}Witness accounts from the northern valley suggest that many homes were lost.\n"
        "Survivor testimonies suggest that the dam broke.\n"
    )
    assert _said(text) == [
        ("reported", "Witness accounts", "many homes were lost"),
        ("reported", "Survivor testimonies", "the dam broke"),
    ]


def test_a_witness_alone_is_still_a_person() -> None:
    text = f"{_LEAD}The witness said the dam broke.\nBank accounts show that the dam held.\n"
    assert _said(text) == [("reported", "witness", "the dam broke")]


def test_media_carrying_a_statement_are_the_media() -> None:
    text = f"{_LEAD}Media carrying the ministry’s statement stressed that help was slow.\n"
    assert _said(text) == [("reported", "Media", "help was slow")]


def test_a_hospital_in_a_role_is_no_person() -> None:
    text = (
        f"{_LEAD}“The wards are full. We need blood,” Dr. Lena Vos, Director of the Dakar Mercy "
        "Hospital, who flew to the region, told AFP.\n"
    )
    assert _said(text) == [("direct", "Lena Vos", "The wards are full. We need blood,")]


def test_an_organisation_named_again_by_its_last_words_in_lower_case() -> None:
    text = (
        f"{_LEAD}In a statement issued on Monday, the Norland Coast Command stated “Our ships "
        "are ready.”\n"
        "The navy sent ships and aircraft to help with rescue operations, according to the Coast "
        "command, which also stated that it is working with the Red Cross.\n"
    )
    assert _said(text) == [
        ("direct", "Norland Coast Command", "Our ships are ready."),
        (
            "reported",
            "Norland Coast Command",
            "The navy sent ships and aircraft to help with rescue operations",
        ),
        ("reported", "Norland Coast Command", "it is working with the Red Cross"),
    ]


def test_a_source_by_according_to_speaks_in_its_which_clause() -> None:
    text = (
        f"{_LEAD}Ships were sent, according to the Norland Coast Command, which said that it is "
        "working with the Red Cross.\n"
        "Boats were sent, according to Vera Lind, who also said that she is working with them.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Coast Command", "Ships were sent"),
        ("reported", "Norland Coast Command", "it is working with the Red Cross"),
        ("reported", "Vera Lind", "Boats were sent"),
        ("reported", "Vera Lind", "she is working with them"),
    ]


def test_a_centre_owned_by_its_country_is_named_by_its_own_name() -> None:
    text = (
        f"{_LEAD}According to Malta’s Disaster Management Centre, 56 people have died.\n"
        "Malta’s Foreign Ministry said aid arrived.\n"
    )
    assert _said(text) == [
        ("reported", "Disaster Management Centre", "56 people have died"),
        ("reported", "Malta’s Foreign Ministry", "aid arrived"),
    ]


def test_so_far_between_the_auxiliary_and_the_verb_is_a_time() -> None:
    text = (
        f"{_LEAD}Tarn authorities have so far confirmed that 800 people died.\n"
        "The ministry has thus far said that 40 homes were lost.\n"
    )
    assert _said(text) == [
        ("reported", "Tarn authorities", "800 people died"),
        ("reported", "ministry", "40 homes were lost"),
    ]


def test_going_so_far_as_to_say_is_no_subject_of_its_own() -> None:
    text = f"{_LEAD}The rescuers went so far as to say that the dam broke.\n"
    assert _said(text) == []
