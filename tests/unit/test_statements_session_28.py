"""Classes of error that recur across outlets in the dev set (stfix27, session 28: rules stated
generally, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_an_unended_paragraph_under_the_headline_is_a_dek_not_body() -> None:
    text = (
        "Norland will not let its ports be blockaded, minister says\n\n"
        "Norland Foreign Minister Ivo Marsh said that what he calls threats against the"
        " country's ports will not be tolerated\n\n"
        "Foreign Minister Ivo Marsh met port officials in the capital on Monday. He said the"
        " navy would keep the sea lanes open.\n"
    )
    names = [("GPE", "Norland"), ("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh")]
    names += [("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "the navy would keep the sea lanes open")
    ]


def test_several_unended_summary_lines_under_the_headline_are_all_deks() -> None:
    text = (
        "Talks stalled over the border – Ana Berg\n\n"
        "Sudland's foreign minister has said the talks stalled over the border crossings\n\n"
        "She added that the envoys would meet again in the spring\n\n"
        "Foreign Minister Ana Berg spoke to reporters in the capital on Friday. She said that"
        " the crossings must reopen before any new round.\n"
    )
    names = [("PERSON", "Ana Berg"), ("GPE", "Sudland"), ("ROLE", "Foreign Minister")]
    names += [("PERSON", "Ana Berg")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ana Berg", "the crossings must reopen before any new round")
    ]


def test_unended_paragraphs_throughout_are_body_when_none_ends_as_a_sentence() -> None:
    text = (
        "Talks stalled over the border\n\n"
        "Foreign Minister Ana Berg said on Friday in the capital that the talks with the"
        " neighbours had stalled over the border crossings on the river\n\n"
        "She added that the envoys of both countries would meet again in the spring to draw up"
        " a timetable for the crossings\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ana Berg")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Ana Berg",
        "Ana Berg",
    ]


def test_a_paragraph_above_a_lede_with_a_glued_capitals_dateline_is_a_dek() -> None:
    text = (
        "Leaks won't hurt ties: Marsh\n\n"
        "Foreign Minister Ivo Marsh downplays the leaked cables, saying their release is"
        " regrettable but of minor impact.\n\n"
        "CAPITALTOWN–Amid the uproar over the cables, Foreign Minister Ivo Marsh said the"
        " alliance was as strong as ever.\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh"), ("GPE", "CAPITALTOWN")]
    names += [("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "the alliance was as strong as ever")
    ]


def test_a_paragraph_above_a_lede_opening_with_a_place_and_a_colon_is_a_dek() -> None:
    text = (
        "Minister says visit opens a new chapter\n\n"
        "The minister said there will be closer contacts between the two countries.\n\n"
        "Ravna: Norland's Minister of Foreign Affairs Ana Berg has said that her visit to"
        " Sudland opened a new chapter in the ties between the two neighbours and their ports.\n"
    )
    names = [("GPE", "Ravna"), ("GPE", "Norland"), ("ROLE", "Minister of Foreign Affairs")]
    names += [("PERSON", "Ana Berg"), ("GPE", "Sudland")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == ["Ana Berg"]


def test_a_paragraph_above_a_page_date_stamp_is_a_dek() -> None:
    text = (
        "Ministry denies remarks\n\n"
        "- Spokesperson Ivo Marsh says the alleged remarks do not reflect the truth.\n\n"
        "11.01.2014 - Update : 11.01.2014\n\n"
        "Spokesperson Ivo Marsh denied the reports on Saturday. He said the minister had made"
        " no such remarks.\n"
    )
    names = [("ROLE", "Spokesperson"), ("PERSON", "Ivo Marsh"), ("ROLE", "Spokesperson")]
    names += [("PERSON", "Ivo Marsh")]
    assert [s.text for s in find_statements(text, spanned(text, names))] == [
        "the minister had made no such remarks"
    ]


def test_a_source_credit_under_the_first_paragraph_is_no_dateline() -> None:
    text = (
        "Ministers open a new era\n\n"
        "Foreign Minister Ivo Marsh highlighted on Monday the beginning of a new era in the"
        " ties with Sudland.\n\n"
        "Source: Wire\n\n"
        "Marsh met his counterpart in the capital.\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh"), ("GPE", "Sudland")]
    names += [("PERSON", "Marsh")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == ["Ivo Marsh"]


def test_a_quotation_cut_off_after_someone_refuted_reports_is_theirs() -> None:
    text = (
        "Talks in Ravna\n\n"
        "The parties discussed the ceasefire. Ivo Marsh once again refuted the reports of a"
        " troop build-up and assured that Norland did not plan any offensive.\n\n"
        "“In this conflict we have only one solution: it will be diplomatic. If Sudland truly"
        " aims at a political solution, it"
    )
    names = [("PERSON", "Ivo Marsh"), ("GPE", "Norland"), ("GPE", "Sudland")]
    assert [(s.speaker, s.kind) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "direct")
    ]


def test_a_quotation_cut_off_after_an_official_cautioned_is_the_officials() -> None:
    text = (
        "Summit hopes\n\n"
        "A Norland government official cautioned against excessive optimism, comparing the"
        " talks to a long climb.\n\n"
        '"The press may expect an early deal, but the'
    )
    names = [("GPE", "Norland")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Norland government official"
    ]


def test_a_quotation_cut_off_after_a_sentence_of_someones_career_is_nobodys() -> None:
    text = (
        "Envoy named\n\n"
        "Ivo Marsh served as Norland's envoy to Sudland before taking office in May.\n\n"
        "“The ferry will need the support of every town along the"
    )
    names = [("PERSON", "Ivo Marsh"), ("GPE", "Norland"), ("GPE", "Sudland")]
    assert find_statements(text, spanned(text, names)) == []


def test_a_ministry_named_with_a_nationality_is_not_one_named_before_without_it() -> None:
    text = (
        "Envoy summoned\n\n"
        "The Ministry for Foreign Affairs has demanded a meeting with the Chilean ambassador"
        " to Norland.\n\n"
        "At a press conference, the Chilean foreign ministry said that membership would lead"
        " to countermeasures. It would have military consequences, according to the foreign"
        " ministry.\n"
    )
    names = [("ORG", "Ministry for Foreign Affairs"), ("GPE", "Norland")]  # "Chilean": a word
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Chilean foreign ministry",
        "Chilean foreign ministry",
    ]


def test_a_ministry_named_with_its_country_is_the_one_whose_name_holds_it() -> None:
    text = (
        "Envoy summoned\n\n"
        "The Ministry of Foreign Affairs of Norland summoned the Sudland ambassador on Monday.\n\n"
        "The Norland foreign ministry said that the remarks were unacceptable.\n"
    )
    names = [("ORG", "Ministry of Foreign Affairs of Norland"), ("GPE", "Sudland")]
    names += [("GPE", "Norland")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Ministry of Foreign Affairs of Norland"
    ]


def test_a_quotation_opening_at_a_listed_verb_is_its_subjects_reported_clause() -> None:
    text = (
        "Bloc meets\n\n"
        "On the border issue, the foreign ministers “reaffirmed the need for the bloc to play"
        " an enhanced role in the region”.\n"
    )
    assert [(s.speaker, s.kind, s.text) for s in find_statements(text, [])] == [
        (
            "foreign ministers",
            "reported",
            "the need for the bloc to play an enhanced role in the region",
        )
    ]


def test_a_quotation_opening_at_the_verb_after_a_relative_clause_is_the_subjects() -> None:
    text = (
        "Talks\n\n"
        "President Ivo Marsh, who was asked about the region on Tuesday, “said he saw some"
        " linkage between the ceasefire and the talks,” per the pool report.\n"
    )
    names = [("ROLE", "President"), ("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "he saw some linkage between the ceasefire and the talks")
    ]


def test_a_quotation_opening_a_sentence_with_a_listed_verb_is_no_reported_clause() -> None:
    text = (
        "Talks\n\n"
        "Foreign Minister Ivo Marsh spoke on Monday. He said: “Stressed the need to talk, that"
        " is what we did.”\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh")]
    assert [(s.kind, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("direct", "Stressed the need to talk, that is what we did.")
    ]


def test_he_after_a_name_apposed_to_an_object_past_a_time_word_is_the_subject() -> None:
    text = (
        "Envoy\n\n"
        "Foreign Minister Ivo Marsh yesterday condemned his cabinet colleagues who interfered"
        " in the decision to summon Sudland’s ambassador, Dr Tomas Berg.\n\n"
        "He said it was common practice for his ministry to summon ambassadors.\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh"), ("GPE", "Sudland")]
    names += [("ROLE", "ambassador"), ("PERSON", "Tomas Berg")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == ["Ivo Marsh"]


def test_he_after_a_name_apposed_to_an_object_past_a_weekday_is_the_subject() -> None:
    text = (
        "Envoy\n\n"
        "Foreign Minister Ivo Marsh on Monday received the Sudland ambassador, Tomas Berg.\n\n"
        "He said the visit was a sign of trust.\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh"), ("GPE", "Sudland")]
    names += [("ROLE", "ambassador"), ("PERSON", "Tomas Berg")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == ["Ivo Marsh"]


def test_a_quotation_split_by_an_inverted_attribution_is_one_speakers_twice() -> None:
    text = (
        "Caravan\n\n"
        '"The Sudland government told us that they will not let it pass," said Ivo Marsh,'
        ' "that they will do everything in their powers to stop it."\n'
    )
    names = [("GPE", "Sudland"), ("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "The Sudland government told us that they will not let it pass,"),
        ("Ivo Marsh", "that they will do everything in their powers to stop it."),
    ]


def test_a_quotation_cut_off_after_a_sentence_that_quotes_and_denies_is_the_deniers() -> None:
    text = (
        "Findings denied\n\n"
        "The Norland Foreign Ministry has denied the findings of the “independent” panel.\n\n"
        "“Even though the minister’s schedule has been extremely busy at the current peri"
    )
    names = [("ORG", "Norland Foreign Ministry")]
    assert [(s.speaker, s.kind) for s in find_statements(text, spanned(text, names))] == [
        ("Norland Foreign Ministry", "direct")
    ]


def test_an_attribution_ending_in_the_same_day_leaves_the_content_before_it() -> None:
    text = (
        "Talks\n\n"
        "The relationship should not be left as it stands, Ivo Marsh said the same day.\n\n"
        "The talks will go on, the ministry said later that day.\n"
    )
    names = [("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "The relationship should not be left as it stands"),
        ("ministry", "The talks will go on"),
    ]


def test_a_subject_before_a_relative_clause_left_unclosed_speaks() -> None:
    text = (
        "Talks\n\n"
        'Later Ivo Marsh, who returned from meetings in Ravna on Sunday said: "We are on the'
        ' brink of a deal."\n\n'
        "Ivo Marsh, who returned from Ravna said the deal was near.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("GPE", "Ravna"), ("PERSON", "Ivo Marsh")]
    names += [("GPE", "Ravna")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "We are on the brink of a deal."),
        ("Ivo Marsh", "the deal was near"),
    ]


def test_a_quotation_in_a_fronted_characterising_participle_is_the_main_subjects() -> None:
    text = (
        "Talks\n\n"
        "Ivo Marsh met the envoy.\n\n"
        "Describing the agreement as a “sell-out”, he said the talks must resume.\n\n"
        "In talks with Ravna, hailing the two countries as “good friends and good brothers”,"
        " Tomas Berg called on the two sides to keep supporting each other.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("GPE", "Ravna"), ("PERSON", "Tomas Berg")]
    assert [(s.speaker, s.kind, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "direct", "sell-out"),
        ("Ivo Marsh", "reported", "the talks must resume"),
        ("Tomas Berg", "direct", "good friends and good brothers"),
        ("Tomas Berg", "reported", "the two sides to keep supporting each other"),
    ]


def test_a_quotation_after_saying_in_a_fronted_participle_phrase_is_the_main_subjects() -> None:
    text = (
        "Talks\n\n"
        'Summing up the policy of the year by saying "We were both on the field and at the'
        ' table", Ivo Marsh said the priority would be dialogue.\n'
    )
    names = [("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.kind, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "direct", "We were both on the field and at the table"),
        ("Ivo Marsh", "reported", "the priority would be dialogue"),
    ]


def test_quoted_words_in_the_clause_of_an_unlisted_verb_of_speech_are_direct() -> None:
    text = (
        "Talks\n\n"
        "Ivo Marsh also mentioned that Norland did not see “any difference between the"
        " groups.”\n\n"
        'The coastguard claimed that "special arrangements" have been made for the supply.\n'
    )
    names = [("PERSON", "Ivo Marsh"), ("GPE", "Norland")]
    assert [(s.speaker, s.kind, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "direct", "any difference between the groups."),
        ("coastguard", "direct", "special arrangements"),
    ]


def test_referring_to_something_as_quoted_words_characterises_it() -> None:
    text = (
        "Talks\n\n"
        "Ivo Marsh has referred to the ties between the two countries as “abnormal.”\n\n"
        "Regarding the comments of the envoy, the talks were called off as “pointless”.\n"
    )
    names = [("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "abnormal.")
    ]


def test_a_name_run_into_a_listed_past_is_the_name_and_the_verb() -> None:
    text = (
        "Talks\n\n"
        "Deputy Prime Minister Tran Van Minh said the talks in Ravna were useful.\n\n"
        "Regarding the bilateral relations, Minhsuggested the two sides enhance political"
        " trust.\n"
    )
    names = [("ROLE", "Deputy Prime Minister"), ("PERSON", "Tran Van Minh"), ("GPE", "Ravna")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Tran Van Minh", "the talks in Ravna were useful"),
        ("Tran Van Minh", "the two sides enhance political trust"),
    ]
