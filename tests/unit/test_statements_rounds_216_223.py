"""Errors of held-out rounds 216-223 that recur across outlets (stfix30, session 30: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_a_surname_with_an_arabic_article_names_the_full_name_without_it() -> None:
    text = (
        "Norland summons envoy\n\n"
        "Foreign Minister Karim Haddad met the envoy in Tarnby on Sunday.\n\n"
        "Al-Haddad said: “We will not accept threats to our country.”\n\n"
        "El-Haddad added that “the dialogue must go on.”\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Karim Haddad"), ("GPE", "Tarnby")]
    names += [("PERSON", "Al-Haddad"), ("PERSON", "El-Haddad")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("Karim Haddad", "We will not accept threats to our country."),
        ("Karim Haddad", "the dialogue must go on."),
    ]


def test_a_reply_opening_with_to_which_is_its_subjects_under_an_unlisted_verb() -> None:
    text = (
        "Norland ties\n\n"
        "President Ivo Marsh spoke to reporters in Tarnby on Monday.\n\n"
        "Asked whether he had regrets, he was firm.\n\n"
        "To which Marsh replied: “None at all.”\n\n"
        "To which he retorted: “We did what the law asks of us.”\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("GPE", "Tarnby"), ("PERSON", "Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Ivo Marsh", "direct", "None at all."),
        ("Ivo Marsh", "direct", "We did what the law asks of us."),
    ]


def test_a_quotation_joined_by_and_to_a_reply_opening_with_to_which_is_the_same_subjects() -> None:
    text = (
        "Norland ties\n\n"
        "President Ivo Marsh spoke to reporters in Tarnby on Monday.\n\n"
        "To which Marsh replied: “Never” and added his reasons: “We are on the right side"
        " of history. Others broke the rules first.”\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("GPE", "Tarnby"), ("PERSON", "Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Ivo Marsh", "direct", "Never"),
        (
            "Ivo Marsh",
            "direct",
            "We are on the right side of history. Others broke the rules first.",
        ),
    ]


def test_a_word_opening_the_paragraph_after_a_closing_mark_is_no_name() -> None:
    text = (
        "Norland ties\n\n"
        "President Ivo Marsh spoke to reporters in Tarnby on Monday.\n\n"
        'Asked about the talks, Dan Crane replied, "Sounds good to me."\n\n'
        "Tensions escalated on Monday when Marsh posted a message saying he could take up"
        " arms again.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Dan Crane", "Sounds good to me."),
        ("Ivo Marsh", "he could take up arms again"),
    ]


def test_a_closing_mark_and_a_space_opening_a_quotation_open_it() -> None:
    text = (
        "Norland ties\n\n"
        "Prime Minister Ivo Marsh was received by President Dan Crane in Tarnby.\n\n"
        "” I was satisfied with this audience ,” Marsh declared.\n\n"
        "On the substance, the two men met alone. ” There is a strong convergence of"
        " views ,” said Ivo Marsh.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Ivo Marsh", "direct", "I was satisfied with this audience ,"),
        ("Ivo Marsh", "direct", "There is a strong convergence of views ,"),
    ]


def test_an_opening_mark_after_a_space_and_before_a_comma_closes() -> None:
    text = (
        "Norland ties\n\n"
        "Prime Minister Ivo Marsh was received by President Dan Crane in Tarnby.\n\n"
        "The two leaders called for “ a joint response to the crisis “, the ministry said.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("ministry", "The two leaders called for “ a joint response to the crisis “"),
    ]


def test_a_quotation_after_a_colon_ending_a_reported_clause_after_an_adjunct() -> None:
    text = (
        "Norland ties\n\n"
        "Prime Minister Ivo Marsh was received by President Dan Crane in Tarnby.\n\n"
        "Beyond his personal satisfaction, Marsh emphasized the promising prospects between"
        " Norland and Sudria: “I am also reassured about the future of our two countries.”\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Ivo Marsh", "reported", "the promising prospects between Norland and Sudria"),
        ("Ivo Marsh", "direct", "I am also reassured about the future of our two countries."),
    ]


def test_an_opening_role_is_the_person_a_quotation_opening_the_next_paragraph_names() -> None:
    text = (
        "norland news 1234\n\n"
        "The Norlandic Minister of Foreign Affairs accused a group of countries on Tuesday of"
        " “unacceptable interference” in the country’s internal affairs and of having a"
        " discourse “distant from reality” since the beginning of the political crisis.\n\n"
        "“Faced with the situation created on January 7, the international community witnessed"
        " the interference in the internal affairs of Norland by a small group of countries that"
        " presented a discourse that was far from reality, one we reject,” stressed Ada Vey,"
        " during the closing of the school year at the academy.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ada Vey", "unacceptable interference"),
        ("Ada Vey", "distant from reality"),
        (
            "Ada Vey",
            "Faced with the situation created on January 7, the international community"
            " witnessed the interference in the internal affairs of Norland by a small group of"
            " countries that presented a discourse that was far from reality, one we reject,",
        ),
    ]


def test_an_abbreviation_between_a_characterising_verb_and_its_quotation() -> None:
    text = (
        "Norland ties\n\n"
        "The Foreign Ministry called U.S. Ambassador Dan Crane’s presence in Tarnby “obvious"
        " proof of foreign meddling.”\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Foreign Ministry", "direct", "obvious proof of foreign meddling."),
    ]


def test_a_participle_aside_between_the_subject_and_a_characterising_verb() -> None:
    text = (
        "Norland ties\n\n"
        "President Ivo Marsh spoke in Tarnby on Monday.\n\n"
        "Marsh, speaking over the weekend after the arrest of Sudrian leader Dan Crane,"
        ' described Sudria as "very sick".\n'
    )
    names = [("ROLE", "President"), ("PERSON", "Ivo Marsh"), ("GPE", "Tarnby")]
    names += [("PERSON", "Marsh"), ("PERSON", "Dan Crane"), ("GPE", "Sudria")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Ivo Marsh", "direct", "very sick"),
    ]


def test_declaring_a_meeting_open_or_closed_says_nothing() -> None:
    text = (
        "Norland ties\n\n"
        "Declaring the session open, Minister of State Ada Vey welcomed delegates to Tarnby.\n\n"
        "Vey declared the 95th ordinary session closed on Friday.\n\n"
        "Vey declared that the border was open.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [("Ada Vey", "the border was open")]


def test_according_to_an_aide_named_in_apposition_is_the_aides() -> None:
    text = (
        "Norland ties\n\n"
        "The session, chaired by Norland’s Minister of Foreign Affairs, Ambassador Ivo Marsh,"
        " was convened on Monday.\n\n"
        "According to a statement from Marsh’s media aide, Olumba Nkereuwem, the council is"
        " expected to chart a plan for the departure of the three countries.\n\n"
        "According to his spokesman, Dan Crane, the council will meet again.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Olumba Nkereuwem",
            "the council is expected to chart a plan for the departure of the three countries",
        ),
        ("Dan Crane", "the council will meet again"),
    ]


def test_a_sentence_saying_thats_according_to_someone_points_back() -> None:
    text = (
        "Norland ties\n\n"
        "Norland’s efforts to solidify ties with its allies are continuing despite pressure"
        " from Sudria. That’s according to Ada Vey, head of the foreign ministry’s Latin"
        " American section.\n\n"
        "The talks will resume in May. That is according to the ministry.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Ada Vey",
            "Norland’s efforts to solidify ties with its allies are continuing despite"
            " pressure from Sudria",
        ),
        ("ministry", "The talks will resume in May"),
    ]


def test_a_list_of_names_after_of_belongs_to_the_noun_before_it() -> None:
    text = (
        "Norland ties\n\n"
        "Last week, the governments of Norland, Sudria, Tarnby and Vosk expressed concern"
        " that the crisis would spread.\n\n"
        "In the affairs of Sudria, the Antigua and Barbuda government said it was sad.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("governments", "the crisis would spread"),
        ("Antigua and Barbuda government", "it was sad"),
    ]


def test_a_government_another_country_names_is_not_the_one_that_spoke_last() -> None:
    text = (
        "Norland ties\n\n"
        "The Chilean government confirmed on Tuesday that it granted asylum to the family.\n\n"
        "The Bolivian government announced on Friday that it will recall its ambassadors.\n\n"
        "The government added that the talks were over.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Chilean government", "it granted asylum to the family"),
        ("Bolivian government", "it will recall its ambassadors"),
        ("Bolivian government", "the talks were over"),
    ]


def test_two_titles_joined_by_a_comma_after_the_content_are_one_persons() -> None:
    text = (
        "Norland ties\n\n"
        "Deputy PM, FM Ivo Marsh spoke by phone to Chinese FM Wang Yi on Thursday.\n\n"
        "Deputy PM, FM Marsh affirmed that these acts were made by some individuals.\n\n"
        "The Government has taken measures to deal with violations, Deputy PM, FM said.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivo Marsh", "these acts were made by some individuals"),
        ("Ivo Marsh", "The Government has taken measures to deal with violations"),
    ]


def test_all_of_them_is_the_group_they_would_be() -> None:
    text = (
        "Norland ties\n\n"
        "Last October, Norland suffered a setback. European leaders said no to initial"
        " membership talks for the country.\n\n"
        "All of them acknowledged that Norland had delivered on its promises.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("European leaders", "no to initial membership talks for the country"),
        ("European leaders", "Norland had delivered on its promises"),
    ]


def test_while_adding_after_an_attribution_closing_the_content() -> None:
    text = (
        "Norland ties\n\n"
        "After his trip to Sudria, President Ivo Marsh will visit Tarnby next month, Foreign"
        " Minister Dan Crane said, while adding that the government wants good ties with all"
        " countries.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Dan Crane", "After his trip to Sudria, President Ivo Marsh will visit Tarnby next month"),
        ("Dan Crane", "the government wants good ties with all countries"),
    ]


def test_according_to_an_unrecognised_source_opening_the_sentence() -> None:
    text = (
        "Norland ties\n\n"
        "Foreign Minister Ivo Cassis spoke in Tarnby on Monday.\n\n"
        "According to Isna, the deputy minister summoned the ambassador and said that the"
        " remarks harm relations.\n\n"
        "According to Kassis, the conference was an interim step towards peace.\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ivo Cassis"), ("GPE", "Tarnby")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Isna",
            "the deputy minister summoned the ambassador and said that the remarks harm relations",
        ),
    ]


def test_a_participle_after_a_quotation_under_an_unlisted_verb_is_its_own() -> None:
    text = (
        "Norland ties\n\n"
        "President Ivo Marsh met the envoy in Tarnby on Monday.\n\n"
        "Marsh discussed “ways and means of getting out of this situation”, calling for a"
        " collective response.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Ivo Marsh", "direct", "ways and means of getting out of this situation"),
        ("Ivo Marsh", "reported", "a collective response"),
    ]


def test_a_phrase_quoted_under_an_unlisted_verb_is_a_group_of_leaders_words() -> None:
    text = (
        "Norland ties\n\n"
        "President Ivo Marsh met President Dan Crane in Tarnby on Monday.\n\n"
        "On this subject, the two leaders discussed “ways and means of getting out of this"
        " situation”, calling for a collective response.\n\n"
        "The two foreign ministers met in Tarnby to discuss “bilateral ties and regional"
        " developments,” the Norland News Agency reported.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("two leaders", "direct", "ways and means of getting out of this situation"),
        ("two leaders", "reported", "a collective response"),
        # the agency's, not the ministers': direct under "reported" (as the dev set's ISNA
        # news agency, round 54; found since round 361)
        ("Norland News Agency", "direct", "bilateral ties and regional developments,"),
    ]
