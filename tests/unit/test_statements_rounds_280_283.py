"""Errors of rounds 280-283 that recur across outlets (stfix41, session 34: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_an_agency_credit_with_a_dash_glued_to_its_full_stop_is_no_part_of_the_speaker() -> None:
    text = (
        "Norland worried over new ties\n\n"
        "Taipei, Mar 15 (EFE).- The Taiwanese foreign affairs ministry said it was not"
        " considering new steps.\n\n"
        "Madrid, 3 Jun (EFE).- The Spanish foreign ministry said the talks would resume.\n"
    )
    assert _speakers(text) == ["Taiwanese foreign affairs ministry", "Spanish foreign ministry"]


def test_a_first_line_read_as_the_lede_has_no_dek_under_it() -> None:
    text = (
        "Foreign Minister Ivo Marsh says Norland is working with its island neighbours to"
        " “shape a calm and prosperous region for all of its many peoples.”\n"
        "Speaking from Vell during the meeting of the region’s foreign ministers, Marsh said,\n"
        "“In a time of change, the region matters more than ever.”\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marsh",
            "Norland is working with its island neighbours to “shape a calm and prosperous"
            " region for all of its many peoples.”",
        ),
        ("direct", "Ivo Marsh", "In a time of change, the region matters more than ever."),
    ]


def test_a_line_ending_in_adding_before_a_quotation_is_a_broken_sentence() -> None:
    text = (
        "Tarn and Norland sign a pact\n\n"
        "The deal was signed on Monday.\n\n"
        "Defence Minister Ivo Marsh said it marks a “new chapter,” adding,\n"
        "“What this pact does is bring our two peoples closer together than ever.”\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "it marks a “new chapter,”"),
        (
            "direct",
            "Ivo Marsh",
            "What this pact does is bring our two peoples closer together than ever.",
        ),
    ]


def test_an_attribution_after_the_content_telling_a_named_outlet_claims_the_content() -> None:
    text = (
        "Norland leaves the pact\n\n"
        "Norland has “frozen” its part in the Tarn-led security pact, Prime Minister Ivo Marsh"
        " told French television channel France 24 on Thursday.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "Norland has “frozen” its part in the Tarn-led security pact")
    ]


def test_an_attribution_after_the_content_said_today_to_an_audience_claims_the_content() -> None:
    text = (
        "Norland votes\n\n"
        "Given its location, Norland should pursue a balanced policy, President Ana Vell said"
        " today to a group of journalists after voting in the presidential election.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Vell", "Given its location, Norland should pursue a balanced policy")
    ]


def test_a_person_before_an_apposition_left_unclosed_speaks_not_the_role() -> None:
    text = (
        "Norland PM visits Tarn\n\n"
        "The visit began on Monday.\n\n"
        "“Marsh does focus much more on the economic side of the ties,” Ana Vell, an associate"
        " professor at Tarn University in Norland said.\n"
    )
    assert _speakers(text) == ["Ana Vell"]


def test_according_to_a_document_issued_by_nobody_named_leaves_the_inner_speaker() -> None:
    text = (
        "Tarn and Norland talk trade\n\n"
        "Norland Foreign Minister Ivo Marsh met Tarn trade chief Ana Vell on Thursday.\n\n"
        "According to a joint statement issued following the meeting, the two ministers"
        " emphasised the importance of new security steps in the region.\n"
    )
    assert _speakers(text) == ["two ministers"]


def test_a_lede_pronoun_before_anyone_is_named_is_the_person_opening_the_next_paragraph() -> None:
    text = (
        "norland cannot take more refugees adviser\n\n"
        "“Norland does not want another wave of refugees. It simply cannot afford it,” he told a"
        " briefing at the Vell Academy this afternoon.\n\n"
        "Dr Ivo Marsh, also the chief envoy on refugees, said there had been a large wave of"
        " refugees from Tarn last year.\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh"]


def test_a_plain_diplomat_is_the_ambassador_not_the_foreign_minister_named_since() -> None:
    text = (
        "Tarn worried over Norland ties\n\n"
        "Tarn's Vice Minister Alan Yu summoned the Norland Ambassador Hal Berg over the matter.\n\n"
        "Norland President Ana Vell said on Tuesday that she had ordered her Foreign Minister"
        " Ed Rask to open relations with Vell.\n\n"
        "After the meeting with the vice minister, the Norland diplomat told the press he has"
        " not yet received instructions from his government.\n"
    )
    assert _speakers(text) == ["Ana Vell", "Hal Berg"]


def test_a_lone_quotation_after_a_sentence_only_about_the_speaker_is_still_theirs() -> None:
    text = (
        "Norland seeks ties\n\n"
        "Ivo Marsh, the new minister, said on Thursday that the visit was about trade.\n\n"
        "‘Many countries have been worried about our past stance,’ he said after a meeting in"
        " Vell. Late last month, Marsh was made Foreign Minister.\n\n"
        "‘Part of the reason I came so early is that we have ground to make up.’\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh", "Ivo Marsh"]


def test_a_quotation_cut_off_by_the_text_end_after_an_aside_is_not_given_the_last_speaker() -> None:
    text = (
        "Norland seeks ties\n\n"
        "Ivo Marsh, the new minister, said on Thursday that the visit was about trade.\n\n"
        "‘Many countries have been worried about our past stance,’ he said after a meeting in"
        " Vell. The visit also impressed a lot of officials.\n\n"
        "‘They know that we have buil\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh"]


def test_a_place_and_a_date_in_figures_opening_the_lede_are_no_part_of_the_content() -> None:
    text = (
        "Norland votes\n\n"
        "Vell 20.11.2022 Given its location, Norland should pursue a balanced policy, President"
        " Ana Vell said today to a group of journalists after voting in the presidential"
        " election.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Vell", "Given its location, Norland should pursue a balanced policy")
    ]


def test_a_closed_lone_quotation_after_an_aside_naming_no_one_is_the_last_speaker_s() -> None:
    text = (
        "Norland seeks ties\n\n"
        "“We reviewed all parts of the border,” said Prime Minister Ivo Marsh.\n\n"
        "The report of the survey will be sent to both governments. “The border matters and we"
        " will stay engaged with Tarn.”\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh"]


def test_a_lone_quotation_after_an_aside_on_someone_unrecognised_is_not_the_last_speaker_s() -> (
    None
):
    text = (
        "Norland seeks ties\n\n"
        "“We reviewed all parts of the border,” said Prime Minister Ivo Marsh.\n\n"
        "But Qarvendor was not mollified. “Gentlemen, do not get confused. You serve the"
        " government.”\n"
    )
    assert _speakers(text) == ["Ivo Marsh"]


def test_an_apposition_with_a_clause_of_its_own_gives_no_speaker_before_it() -> None:
    text = (
        "Norland joins the bloc\n\n"
        "The summit was attended by the trade minister of Tarn, Ivo Marsh, a country that became"
        " the first associated state of the bloc.\n"
    )
    assert _said(text) == []
