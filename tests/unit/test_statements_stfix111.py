"""Error classes of held-out rounds 580-585 that recur across outlets (stfix111, session 53:
classes of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_then_title_opening_the_subject_keeps_it_over_a_second_predicate() -> None:
    text = (
        "Ties\n\n"
        "In May 2021, then-President Ivo Marsh broke relations with Aster and repeatedly "
        "expressed support for the Norland cause.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "support for the Norland cause")]


def test_an_act_named_as_object_before_a_listed_participle_says_nothing_itself() -> None:
    text = (
        "Passage\n\n"
        "President Ivo Marsh confirmed the decision, saying the envoy “cannot travel to Aster.”\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "the envoy “cannot travel to Aster.”")]


def test_a_quotation_after_titled_is_a_documents_title_no_ones_words() -> None:
    text = (
        "Aid\n\n"
        "“We stand with the people of Aster,” Ivo Marsh said.\n"
        "The Norland Foreign Ministry titled its press release, “Norland stands ready to help.”\n"
    )
    assert _said(text) == [("direct", "Ivo Marsh", "We stand with the people of Aster,")]


def test_a_group_saying_in_a_relative_clause_ends_the_statement_and_speaks_its_own() -> None:
    text = (
        "Storm\n\n"
        "The Norland Foreign Office has urged its nationals in Aster to leave in the wake of the "
        "storm, which officials say has left at least 12 people dead.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Norland Foreign Office",
            "its nationals in Aster to leave in the wake of the storm",
        ),
        ("reported", "officials", "has left at least 12 people dead"),
    ]


def test_a_given_name_that_is_a_months_abbreviation_after_a_title_names_the_next_speaker() -> None:
    text = (
        "Loan\n\n"
        "Prime Minister Ivo Marsh said that he agrees with the plan.\n\n"
        "Foreign Minister Jan Orbelsk considers a loan the only path. “The needs are urgent,” "
        "he said today.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "he agrees with the plan"),
        ("direct", "Jan Orbelsk", "The needs are urgent,"),
    ]


def test_the_source_is_an_unnamed_speaker_not_a_person_the_article_names() -> None:
    text = (
        "Raid\n\n"
        "Members of the diaspora were detained in Aster. According to the source, one of them "
        "died. The visit of Deputy Prime Minister Ivo Marsh was cancelled.\n"
    )
    assert _said(text) == [("reported", "source", "one of them died")]


def test_a_statement_set_off_by_where_it_was_published_is_its_issuers() -> None:
    text = (
        "Raid\n\n"
        "On Monday, the Norland Foreign Ministry called on Aster to investigate the raid. The "
        "statement, published on the ministry's website, said that nine people were detained.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Foreign Ministry", "Aster to investigate the raid"),
        ("reported", "Norland Foreign Ministry", "nine people were detained"),
    ]


def test_the_department_after_a_ministry_spoke_is_that_ministry_not_a_department_named_later() -> (
    None
):
    text = (
        "Raid\n\n"
        "The Norland Foreign Ministry called on Aster to act. “We express deep concern,” the "
        "department said in a statement.\n"
        "The Investigative Department of Aster reported that a group had been stopped.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Foreign Ministry", "Aster to act"),
        ("direct", "Norland Foreign Ministry", "We express deep concern,"),
    ]


def test_the_diplomatic_portfolio_is_the_ministry_named_before() -> None:
    text = (
        "Asylum\n\n"
        "Chile’s Ministry of Foreign Affairs said on Sunday that it had analyzed the requests.\n"
        "“In recent years, this norm has been misused,” the diplomatic portfolio added.\n"
    )
    assert _said(text) == [
        ("reported", "Chile’s Ministry of Foreign Affairs", "it had analyzed the requests"),
        (
            "direct",
            "Chile’s Ministry of Foreign Affairs",
            "In recent years, this norm has been misused,",
        ),
    ]


def test_describing_two_objects_each_as_a_quotation_quotes_the_same_speaker_twice() -> None:
    text = (
        "Crash\n\n"
        "Norland MP Ivo Marsh has called on Aster to pay compensation, describing the country as "
        "“unsafe” and the allegations as “impossible to deny.”\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "Aster to pay compensation"),
        ("direct", "Ivo Marsh", "unsafe"),
        ("direct", "Ivo Marsh", "impossible to deny."),
    ]


def test_the_undersecretary_set_off_before_a_name_is_that_persons_title() -> None:
    text = (
        "Asylum\n\n"
        "The talks went on for hours on Monday.\n"
        "The undersecretary for Europe, Ivo Marsh, said that the government had acted well.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "the government had acted well")]


def test_a_ministry_described_in_lower_case_takes_the_capitalised_name_the_article_gives() -> None:
    text = (
        "Asylum\n\n"
        "Chile’s foreign ministry said it would push for a change to the treaty.\n"
        "The Chilean Foreign Ministry did not provide further details.\n"
    )
    assert _said(text) == [
        ("reported", "Chilean Foreign Ministry", "it would push for a change to the treaty"),
    ]


def test_two_persons_under_an_unlisted_verb_after_a_quotation_speak_it_jointly() -> None:
    text = (
        "Envoys\n\n"
        "Senators Ivo Marsh and Ada Vey said the elections were fair.\n"
        "“Our countries share deep interests,” Marsh and Vey wrote. “We support an exchange of "
        "ambassadors.”\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh and Ada Vey", "the elections were fair"),
        ("direct", "Ivo Marsh and Ada Vey", "Our countries share deep interests,"),
        ("direct", "Ivo Marsh and Ada Vey", "We support an exchange of ambassadors."),
    ]


def test_a_us_lawmakers_party_and_state_set_off_is_no_speaker() -> None:
    text = "Vote\n\nThe vote went on.\nSen. Ivo Marsh, R-Idaho, said the elections were fair.\n"
    assert _said(text) == [("reported", "Ivo Marsh", "the elections were fair")]


def test_a_persons_role_noun_before_another_persons_name_is_the_named_persons() -> None:
    text = (
        "Coalition\n\n"
        "Ivo Marsh said he would talk to the smaller parties.\n"
        "Marsh aide Petr Orbel said he was open to talks with them.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "he would talk to the smaller parties"),
        ("reported", "Petr Orbel", "he was open to talks with them"),
    ]


def test_a_sentences_opening_participle_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Visas\n\n"
        "Foreign Minister Ivo Marsh thanked President Rodrigo Paz Pereira for lifting visas.\n\n"
        "Paz Pereira in his campaign stressed repairing relations with Western partners.\n\n"
        "Congratulating Paz Pereira in October, Marsh said Norland looked forward to closer ties.\n"
    )
    assert _said(text) == [
        ("reported", "Rodrigo Paz Pereira", "repairing relations with Western partners"),
        ("reported", "Ivo Marsh", "Norland looked forward to closer ties"),
    ]


def test_an_occasion_after_an_apposition_without_its_comma_leaves_the_name_the_subject() -> None:
    text = (
        "Ties\n\n"
        "Talks went on.\n"
        "Ivo Marsh, a former senator, in his presidential campaign stressed repairing relations "
        "with Western partners.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "repairing relations with Western partners"),
    ]
