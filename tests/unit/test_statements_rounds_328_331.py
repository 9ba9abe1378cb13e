"""Errors of rounds 328-331 that recur across outlets (stfix55, session 38: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_a_body_chaired_by_a_person_set_off_between_it_and_its_verb_speaks() -> None:
    text = (
        "Leaders meet in Tarnow\n\n"
        "The regional council, chaired by President Ivo Marsh, has called on all parties to"
        " observe the truce.\n"
    )
    assert _said(text) == [
        ("reported", "regional council", "all parties to observe the truce"),
    ]


def test_the_nation_of_a_named_country_is_that_country() -> None:
    text = (
        "Norland news\n\n"
        "The Pacific island nation of Nauru said Monday that it is cutting its ties with"
        " Tarn.\n"
    )
    assert _speakers(text) == ["Nauru"]


def test_quoted_as_saying_by_an_outlet_then_a_time_starts_after_that() -> None:
    text = (
        "Norland news\n\n"
        "Norland President Ivo Marsh met his guest on Monday. The talks matter as Marsh, who"
        " faces pressure at home, was quoted as saying by local media ahead of his trip that"
        " the port deal would not go ahead.\n"
    )
    assert _said(text)[-1] == ("reported", "Ivo Marsh", "the port deal would not go ahead")


def test_a_place_among_an_unnamed_officials_modifiers_after_a_time_opening() -> None:
    text = (
        "Norland news\n\n"
        "Norland President Ivo Marsh met his guest on Monday.\n\n"
        "Last week, a senior Kenya foreign ministry official was also quoted as saying by"
        " local media that the pact would not be ratified.\n"
    )
    assert _said(text) == [
        ("reported", "senior Kenya foreign ministry official", "the pact would not be ratified")
    ]


def test_the_summit_is_the_named_summit_that_spoke_before_its_acronym_dropped() -> None:
    text = (
        "Leaders meet in Tarnow\n\n"
        "The 5th Ordinary Summit of the Norland Union (NU) Heads of State has called on all"
        " parties to observe the truce.\n\n"
        "The summit also urged the government to open talks with the rebels.\n"
    )
    named = "5th Ordinary Summit of the Norland Union Heads of State"
    assert _speakers(text) == [named, named]


def test_a_quotation_read_part_of_a_statement_is_its_issuers() -> None:
    text = (
        "Norland news\n\n"
        "The Ministry of Foreign Affairs of Norland issued a statement on Monday.\n\n"
        "“We remain committed to a solution,” read part of the statement.\n"
    )
    assert _said(text) == [
        ("direct", "Ministry of Foreign Affairs of Norland", "We remain committed to a solution,")
    ]


def test_a_generic_meeting_no_named_meeting_spoke_is_the_meeting() -> None:
    text = (
        "Ministers meet in Tarnow\n\n"
        "The ministers held their Annual Coordination Meeting in Tarnow on Monday.\n\n"
        "The meeting urged the government to open talks with the rebels.\n"
    )
    assert _speakers(text) == ["meeting"]


def test_two_agencies_credit_glued_to_the_subject_by_a_colon_is_no_part_of_it() -> None:
    text = (
        "Norland news\n\n"
        "Tarnow, Norland, Feb 28 (AFP/APP):Norland’s new government on Wednesday vowed to"
        " keep its ties with Kenya.\n"
    )
    assert _speakers(text) == ["Norland’s new government"]


def test_a_statement_from_the_government_of_a_country_then_the_country_alone() -> None:
    text = (
        "Norland news\n\n"
        "A statement from the government of Kenya said it was cutting ties with Tarn.\n\n"
        "Kenya said in its statement that it would open an embassy in Lagos.\n"
    )
    assert _speakers(text) == ["government of Kenya", "Kenya"]


def test_a_titled_person_set_off_after_where_speaks() -> None:
    text = (
        "Norland news\n\n"
        "The meeting took place in Lagos, where the bloc's Secretary General, Ada Vey,"
        " stated: “The leaders agreed that talks must resume.”\n"
    )
    assert _speakers(text) == ["Ada Vey"]


def test_a_leader_and_his_then_counterpart_calling_it_a_quoted_phrase_speak_as_one() -> None:
    text = (
        "Norland news\n\n"
        "Norland Prime Minister Sir Ivo Marsh and his then-Tarnish counterpart Ada Vey called"
        " it a “seminal moment in our relationship”.\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh and Ada Vey", "seminal moment in our relationship"),
    ]


def test_diego_garcia_is_an_island_not_the_person_a_role_names_next() -> None:
    text = (
        "Norland news\n\n"
        "The new prime minister of Mauritius has said he has reservations about the deal.\n\n"
        "Under the deal, the UK would lease Diego Garcia, home to a military base.\n\n"
        "PM Ivo Marsh, elected two weeks ago, did not outline his issues with the deal.\n"
    )
    assert _speakers(text) == ["Ivo Marsh"]


def test_here_and_a_weekday_between_a_wire_s_subject_and_its_verb() -> None:
    text = (
        "Norland news\n\n"
        "TARNOW, Jan. 17 (Xinhua) -- Norland Foreign Minister Ivo Marsh here on Tuesday called"
        " on African countries not to miss the chance.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "African countries not to miss the chance"),
    ]


def test_a_participle_after_an_opening_adverb_is_the_main_subject_s_statement() -> None:
    text = (
        "Norland news\n\n"
        "President Ivo Marsh met the envoy on Monday.\n\n"
        "Publicly reaffirming the country’s ties with Tarn, Marsh said his government will"
        " not change course.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the country’s ties with Tarn"),
        ("reported", "Ivo Marsh", "his government will not change course"),
    ]


def test_a_leader_s_government_after_the_country_s_government_is_the_same_one() -> None:
    text = (
        "Norland news\n\n"
        "Norland’s new government on Wednesday vowed to keep its ties with Kenya.\n\n"
        "“We wish to reaffirm our commitment,” Prime Minister Ivo Marsh’s government said.\n"
    )
    assert _speakers(text) == ["Norland’s new government", "Norland’s new government"]


def test_another_country_s_leader_s_government_is_another_government() -> None:
    text = (
        "Norland news\n\n"
        "Norland’s new government on Wednesday vowed to keep its ties with Kenya.\n\n"
        "“We wish to reaffirm our commitment,” Kenyan President Ada Vey’s government said.\n"
    )
    assert _speakers(text) == ["Norland’s new government", "Kenyan President Ada Vey’s government"]


def test_the_presidents_of_two_countries_announcing_in_a_place_that() -> None:
    text = (
        "Norland news\n\n"
        "Early in May, the presidents of France and Kenya announced in Paris that they had"
        " decided to open talks on the islands.\n"
    )
    assert _said(text) == [
        ("reported", "presidents", "they had decided to open talks on the islands"),
    ]


def test_they_after_a_group_holding_a_press_conference_is_that_group() -> None:
    text = (
        "Norland news\n\n"
        "Norland’s Foreign Minister Ivo Marsh and his Kenyan counterpart Ada Vey had a meeting"
        " in Tarnow. After it, the two top diplomats held a joint press conference, in which"
        " they called on both parties to resume talks.\n"
    )
    assert _said(text) == [("reported", "two top diplomats", "both parties to resume talks")]


def test_an_aide_is_the_advisor_named_next_his_apposition_left_open() -> None:
    text = (
        "Norland news\n\n"
        "President Ivo Marsh is expected to attend the summit in Lagos.\n\n"
        "A presidential aide said the leader would attend if no urgent matters kept him at"
        " home.\n\n"
        "“This is an important meeting”, Ada Vey, the presidential advisor on regional affairs"
        " said Wednesday.\n"
    )
    assert _speakers(text) == ["Ada Vey", "Ada Vey"]


def test_a_quotation_characterised_by_a_passive_s_agent_is_the_agent_s() -> None:
    text = (
        "Norland news\n\n"
        "Prime Minister Ivo Marsh signed the deal on Monday.\n\n"
        'The agreement, backed by Kenya, was described by Marsh as "the only way" to keep the'
        " base.\n"
    )
    assert _said(text) == [("direct", "Ivo Marsh", "the only way")]


def test_an_opposition_party_named_after_a_lowercase_modifier_speaks() -> None:
    text = (
        "Norland news\n\n"
        "Prime Minister Ivo Marsh signed the deal on Monday.\n\n"
        "However, the opposition Liberal party criticised the move, accusing Marsh of having"
        ' "given away" the islands.\n'
    )
    assert _speakers(text) == ["opposition Liberal party"]


def test_a_relative_clause_naming_another_speaker_ends_the_first_statement() -> None:
    text = (
        "Norland news\n\n"
        "Norland President Ivo Marsh met Kenyan President Ada Vey on Monday.\n\n"
        "After the talks, Marsh announced a new line of credit to Kenya, which Vey said would"
        " help her country's navy.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "a new line of credit to Kenya"),
        ("reported", "Ada Vey", "would help her country's navy"),
    ]


def test_a_person_forced_to_say_something_said_it() -> None:
    text = (
        "Norland news\n\n"
        "Norland President Ivo Marsh met Kenyan President Ada Vey on Monday.\n\n"
        "Opposition grew at home, forcing Vey to say the port would be built by Kenya alone.\n"
    )
    assert _said(text) == [("reported", "Ada Vey", "the port would be built by Kenya alone")]


def test_a_lede_ending_in_a_link_is_body_and_its_statement_ends_before_the_link() -> None:
    text = (
        "Norland - Kenya : Relations need special attention\n"
        "Speaking in an online debate, Ivo Marsh, Minister of Foreign Affairs of Norland"
        " explained that Kenya has been rocked by unrest since 2021"
        " https://www.example.com/news-1-unrest.html\n\n"
        "Marsh said Norland continued to support Kenya.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "Kenya has been rocked by unrest since 2021"),
        ("reported", "Ivo Marsh", "Norland continued to support Kenya"),
    ]


def test_they_after_an_unnamed_spokesperson_is_that_spokesperson() -> None:
    text = (
        "Norland news\n\n"
        "A spokesperson said this included the base. They added that the accord had been"
        " welcomed by Kenya.\n"
    )
    assert _said(text) == [
        ("reported", "spokesperson", "this included the base"),
        ("reported", "spokesperson", "the accord had been welcomed by Kenya"),
    ]


def test_some_groups_representing_someone_saying_are_groups() -> None:
    text = (
        "Norland news\n\n"
        "Some groups representing the islanders have also expressed disquiet, saying they were"
        " excluded from the talks.\n"
    )
    assert _said(text) == [("reported", "groups", "they were excluded from the talks")]


def test_a_person_s_response_was_that_quoted_is_theirs() -> None:
    text = (
        "Norland news\n\n"
        "Ivo Marsh, the head of the Norland delegation, met his hosts on Monday.\n\n"
        "Marsh's response was that “we ought to look towards the future”.\n"
    )
    assert _said(text) == [("direct", "Ivo Marsh", "we ought to look towards the future")]


def test_he_after_a_sentence_introducing_someone_by_role_is_that_person() -> None:
    text = (
        "Norland news\n\n"
        "Kenyan Deputy Foreign Minister Ada Vey accused Tarn of timing the news to the"
        " election. The announcement apparently caught Ivo Marsh, its ambassador to Kenya, by"
        ' surprise. "There\'s nothing that I have to say. I was told to pack up and go," he told'
        " the AP.\n"
    )
    assert _speakers(text) == ["Ivo Marsh"]


def test_he_after_a_subject_meeting_someone_introduced_by_role_is_the_subject() -> None:
    text = (
        "Norland news\n\n"
        "Foreign Minister Ivo Marsh met Ada Vey, his Kenyan counterpart, on Monday."
        ' "We agreed on a great deal," he told reporters.\n'
    )
    assert _speakers(text) == ["Ivo Marsh"]
