"""Errors of rounds 488-491 that recur across outlets (stfix94, session 47: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_titles_bracketed_acronym_names_its_holder_past_a_command_and_rank() -> None:
    text = (
        "Patrols\n\n"
        "The Flag Officer Commanding (FOC), Eastern Naval Command, Rear Adm. Tunde Okafor "
        "opened the drill on Monday.\n"
        "According to the FOC, the patrols have cut attacks by half.\n"
        "The FOC said the navy would buy two ships.\n"
    )
    assert _said(text) == [
        ("reported", "Tunde Okafor", "the patrols have cut attacks by half"),
        ("reported", "Tunde Okafor", "the navy would buy two ships"),
    ]


def test_said_this_then_an_adjunct_says_nothing() -> None:
    text = (
        "Patrols\n\n"
        "Admiral Tunde Okafor said this through his deputy at the ceremony in Lagos.\n"
        "Okafor said the patrols would go on.\n"
    )
    assert _said(text) == [("reported", "Tunde Okafor", "the patrols would go on")]


def test_he_is_the_main_subject_not_a_titled_agent_or_subordinate_subject() -> None:
    text = (
        "Patrols\n\n"
        "Tunde Okafor, who was represented at the ceremony by the Chief of Plans, Rear "
        "Admiral Musa Bello, assured the guests of the navy's resolve.\n"
        "He said: “We will not rest.”\n"
        "Okafor greeted the crew when the Consul General of Peru to Nigeria, Mr Luis Vega "
        "visited the base.\n"
        "He said the visit would help both navies.\n"
    )
    assert _said(text) == [
        ("direct", "Tunde Okafor", "We will not rest."),
        ("reported", "Tunde Okafor", "the visit would help both navies"),
    ]


def test_a_place_after_an_unclosed_roles_preposition_is_not_the_speaker() -> None:
    text = (
        "Pensions\n\n"
        "Sir Alan Pike, Labour MP for South Downs in Kent says: “The freeze is unfair.”\n"
        "Dame Ruth Hale, envoy of the council in York said the talks would resume.\n"
    )
    assert _said(text) == [
        ("direct", "Alan Pike", "The freeze is unfair."),
        ("reported", "Ruth Hale", "the talks would resume"),
    ]


def test_a_tweets_signer_naming_a_speaker_more_fully_names_them() -> None:
    text = (
        "Citizenship\n\n"
        "State Minister Rafiq Hasan said the woman is not a citizen.\n"
        "She never visited the country.\n\n"
        "— Md. Rafiq Hasan (@MdRafiqHasan) March 2, 2020\n\n"
        "He said the case was closed.\n"
    )
    assert _said(text) == [
        ("reported", "Md. Rafiq Hasan", "the woman is not a citizen"),
        ("reported", "Md. Rafiq Hasan", "the case was closed"),
    ]


def test_a_spell_before_ago_between_subject_and_verb_is_a_time() -> None:
    text = (
        "Court\n\n"
        "Chile had long ago declared it would never arrest the envoy.\n"
        "Kenya years ago stressed that the court had no say.\n"
    )
    assert _said(text) == [
        ("reported", "Chile", "it would never arrest the envoy"),
        ("reported", "Kenya", "the court had no say"),
    ]


def test_added_to_a_possessed_thing_is_an_increase_not_speech() -> None:
    text = (
        "Pirates\n\n"
        "The cruiser USS Vela added to its haul of pirates after foiling an attack.\n"
        "The delay added to their woes, officials said.\n"
        "Captain Ana Ruiz added to her remarks that the crew was safe.\n"
    )
    assert _said(text) == [
        ("reported", "officials", "The delay added to their woes"),
        ("reported", "Ana Ruiz", "the crew was safe"),
    ]


def test_they_after_a_group_of_a_plural_opening_the_sentence_before_is_that_plural() -> None:
    text = (
        "Pensions\n\n"
        "A cross-party group of UK MPs is backing a campaign to end frozen pensions.\n"
        "They say that frozen pensions leave expats poorer.\n"
        "A small number of senators opposed the bill.\n"
        "They warned that it would fail.\n"
    )
    assert _said(text) == [
        ("reported", "UK MPs", "frozen pensions leave expats poorer"),
        ("reported", "senators", "it would fail"),
    ]


def test_a_concessive_conjunction_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = (
        "Court\n\n"
        "Although Dan Avi said the warrant was unjust, the court went ahead.\n"
        "Whereas Mara Lind stressed that a deal was close.\n"
    )
    assert [speaker for _, speaker, _ in _said(text)] == ["Dan Avi", "Mara Lind"]


def test_a_pronouns_listed_verb_after_an_opening_although_clause_is_a_second_statement() -> None:
    text = (
        "Court\n\n"
        "Although Dan Avi said such a warrant would set a “bad precedent” he insisted that "
        "it would not change his plans.\n"
        "Though Mara Lind said the talks failed, she stressed that a deal was close.\n"
    )
    assert _said(text) == [
        ("reported", "Dan Avi", "such a warrant would set a “bad precedent”"),
        ("reported", "Dan Avi", "it would not change his plans"),
        ("reported", "Mara Lind", "the talks failed"),
        ("reported", "Mara Lind", "a deal was close"),
    ]


def test_a_sentence_run_on_after_an_agencys_initials_is_read_apart() -> None:
    text = (
        "Pirates\n\n"
        "“We chased them,” Admiral Musa Bello told AFP.He said the pirates came from Batam.\n"
    )
    assert _said(text) == [
        ("direct", "Musa Bello", "We chased them,"),
        ("reported", "Musa Bello", "the pirates came from Batam"),
    ]


def test_the_chief_executive_is_the_president_the_article_names() -> None:
    text = (
        "Arrest\n\n"
        "President Ramon Cruz said the arrest followed a request from Interpol.\n"
        "“We did not help the court,” the Chief Executive said.\n"
    )
    assert _said(text) == [
        ("reported", "Ramon Cruz", "the arrest followed a request from Interpol"),
        ("direct", "Ramon Cruz", "We did not help the court,"),
    ]
