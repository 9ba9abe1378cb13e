"""Errors of rounds 484-487 that recur across outlets (stfix98, session 48: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_british_councillors_abbreviated_title_is_no_part_of_the_name() -> None:
    text = (
        "Twinning\n\n"
        "Cllr Ann Berg visited the town hall.\n"
        "Coun Tom Hale said: “The link goes back many years.”\n"
        "Cllr Ann Berg said the visit was a success.\n"
    )
    assert _said(text) == [
        ("direct", "Tom Hale", "The link goes back many years."),
        ("reported", "Ann Berg", "the visit was a success"),
    ]


def test_three_persons_listed_before_a_second_predicate_speak_together() -> None:
    text = (
        "Twinning\n\n"
        "Tom Hale, Ann Berg and Lucy Marsh released their statement on Friday, and said their "
        "hearts are breaking for the town.\n"
    )
    assert _said(text) == [
        ("reported", "Tom Hale, Ann Berg and Lucy Marsh", "their hearts are breaking for the town"),
    ]


def test_a_dateline_dash_glued_to_the_lede_is_no_part_of_its_subject() -> None:
    text = (
        "Norland says Sudland did not inform it\n"
        "OSLO (Reuters) -Norland said on Wednesday that Sudland had failed to provide full "
        "information on the water.\n"
    )
    assert _said(text) == [
        ("reported", "Norland", "Sudland had failed to provide full information on the water"),
    ]


def test_twinned_cities_speak_as_a_group_and_a_list_of_places_is_no_inverted_subject() -> None:
    text = (
        "Twinning\n\n"
        "Both cities vowed to work in economic development and culture.\n"
        "Ann Berg said that sister provinces, states and cities focus on trade.\n"
    )
    assert _said(text) == [
        ("reported", "cities", "to work in economic development and culture"),
        ("reported", "Ann Berg", "sister provinces, states and cities focus on trade"),
    ]


def test_an_unnamed_regulator_is_a_body_described_by_its_function() -> None:
    text = (
        "Seafood\n\n"
        "Norland is considering a ban on seafood imports, a Norwegian regulator said last month.\n"
    )
    assert _said(text) == [
        ("reported", "Norwegian regulator", "Norland is considering a ban on seafood imports"),
    ]


def test_a_link_opening_the_sentence_is_no_word_of_a_joint_subject() -> None:
    text = (
        "Famine\n\n"
        "Now the World Food Programme and aid groups are sounding the alarm, warning that "
        "children are suffering.\n"
        "Meanwhile the World Food Programme and aid groups said that the rains had failed.\n"
    )
    assert _said(text) == [
        ("reported", "World Food Programme and aid groups", "children are suffering"),
        ("reported", "World Food Programme and aid groups", "the rains had failed"),
    ]


def test_an_unclosed_apposition_after_a_quotation_leaves_the_name_its_speaker() -> None:
    text = (
        "Famine\n\n"
        "“We could run out of food by June,” Tom Hale, the UN food agency spokesman in Norland’s "
        "capital, Oslo said.\n"
        "“The needs are huge,” Tom Hale, the UN food agency spokesman in Oslo said.\n"
    )
    assert _said(text) == [
        ("direct", "Tom Hale", "We could run out of food by June,"),
        ("direct", "Tom Hale", "The needs are huge,"),
    ]


def test_a_description_ranking_the_name_is_its_apposition() -> None:
    text = (
        "Election\n\n"
        "Ana Berg spoke to delegates on Sunday in Rome.\n"
        "Berg, the first Norwegian and the first woman to run the agency, also said she was "
        "“grateful” to her “country.”\n"
        "Berg, the only candidate from Europe, said the vote was fair.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Berg", "she was “grateful” to her “country.”"),
        ("reported", "Ana Berg", "the vote was fair"),
    ]


def test_an_unnamed_colleague_speaks_and_is_not_the_next_country_s_delegate() -> None:
    text = (
        "Vote\n\n"
        "The envoy of Norway spoke first. Opening up the call will ensure transparency, his "
        "colleague from Belarus emphasized.\n"
        "Countering their assertions, Sweden’s speaker pointed out that the consultations "
        "were open.\n"
    )
    assert _said(text) == [
        ("reported", "colleague", "Opening up the call will ensure transparency"),
        ("reported", "Sweden’s speaker", "the consultations were open"),
    ]


def test_two_bodies_joined_by_and_speak_together_and_no_list_names_one_twice() -> None:
    text = (
        "Hunger\n\n"
        "Blaming conflict, floods and prices, the Food and Agriculture Organization (FAO) and "
        "the World Food Programme (WFP) warned that more countries face an emergency.\n"
        "The Minister for Foreign Affairs, the European Union and Cooperation, Ana Berg, has "
        "made it clear that Spain is ready, stressing that London has the last word.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Food and Agriculture Organization and the World Food Programme",
            "more countries face an emergency",
        ),
        ("reported", "Ana Berg", "London has the last word"),
    ]


def test_a_quotation_s_comma_closes_the_participle_opening_the_sentence() -> None:
    text = (
        "Hunger\n\n"
        "Commending “the response of the community,” the agency said the famine had been "
        "overcome.\n"
    )
    assert _said(text) == [("reported", "agency", "the famine had been overcome")]


def test_a_participle_after_an_unlisted_verb_s_longer_subject_is_that_subject_s() -> None:
    text = (
        "Vote\n\n"
        "Sweden’s speaker pointed out that the consultations were open.  For months, he engaged "
        "openly, the representative of the United States echoed, stressing that the draft "
        "undermines the process.\n"
    )
    assert _said(text) == [
        ("reported", "Sweden’s speaker", "the consultations were open"),
        ("reported", "representative", "the draft undermines the process"),
    ]


def test_he_is_the_role_only_speaker_before_when_a_later_quotation_is_read_first() -> None:
    text = (
        "Election\n\n"
        "Ana Berg was elected on Sunday.\n\n"
        "Berg said she is committed to the principles.\n\n"
        "A Norwegian official also told the delegates that Berg’s election “shows confidence in "
        "Norway.” He also noted that Norway was a founding member and said “Norway will "
        "deliver.”\n"
    )
    assert _said(text) == [
        ("reported", "Ana Berg", "she is committed to the principles"),
        ("reported", "Norwegian official", "Berg’s election “shows confidence in Norway.”"),
        ("reported", "Norwegian official", "Norway was a founding member"),
        ("direct", "Norwegian official", "Norway will deliver."),
    ]
