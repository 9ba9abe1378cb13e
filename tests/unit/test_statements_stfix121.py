"""Classes of the finder's errors on held-out rounds 604-605 (stfix121; invented sentences).

A nickname in marks inside a person's full name ("Senator Ramon “Monching” Castillo") is no
part of the speaker's name: the speaker is "Ramon Castillo", whether named in full or by the
surname later.

A person whose full name the article writes only in capitals (a lede's label "MARIA ESTRELLA –
The Deputy Speaker ...") and then by the surname alone is named in full, in the ordinary case:
"Maria Estrella", not "Estrella".

A body's or person's name whose first word only begins some listed place elsewhere ("Bukit" of
"Bukit Timah") is named whole: "Bukit Harapan Sejahtera", not "Harapan Sejahtera"; an English
word or a nationality there ("New", "Cambodian") still stays out.

A listed verb whose object only names the words a colon then quotes ("stressing his creed:
“...”", "reiterated her message: “...”") says nothing of its own: only the quotation, direct.

A sentence's opening phrase that ends in a quotation whose comma stands inside the closing mark
("When the union objected by citing “broken promises,” the minister countered, saying ...")
ends there: the main clause's subject after it speaks the participle's quotation.

An office named without its country and, in one sentence, with another's ("the statement by
the Ministry of Foreign Affairs rebutted the position of the Chinese Ministry of Foreign
Affairs") is two offices: the bare one's statements keep its bare name.

A quotation inside a sentence's opening clause ("When Lia Moreno objected by citing “broken
promises,” ...", "After Ana Ruiz called the deal “a betrayal,” ...") is the words of that
clause's subject; a participle's quotation in the main clause after it is the main subject's,
not the opening clause's speaker's.

A plural abbreviated title before the names it titles ("Sens. Ana Vidal and Tomas Brandt") leads
to a name as the singular ("Sen. Ana Vidal") does: the first name is a person, and "he" after
her surname alone resolves to that person.

An engineer is a role: "A former district engineer from Bulacan said X", the lede's unnamed
speaker, is the person the next sentence names with that title.

The reporter's naming of what was said as disputed (", a claim the senators denied", ", an
allegation dismissed by ...") ends the reported clause before it.

A quotation cut off by the stored text's end, right after a sentence in its own paragraph
whose subject took a stance ("X dismissed the accusation ... “I am willing ..."), is X's, as
it already was when the quotation opened the next paragraph.

A chamber's motion is an act, as a decision is: "the President affirmed the motion" says
nothing.

A translator or an interpreter is a role of its own: "The translator explained that X" is the
unnamed translator's, not the leader speaking before or after.

"President Pro Tempore" is a title: "Senate President Pro Tempore Ana Ruiz" speaks as "Ana
Ruiz".
"""

from __future__ import annotations

from diplotui.entities.recogniser import recognise
from diplotui.statements import find_statements

TITLE = "A headline that is not read\n\n"


def statements(body: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker, s.text) for s in find_statements(TITLE + body)]


def test_a_nickname_in_marks_is_left_out_of_the_speaker_s_name() -> None:
    body = (
        "The motion was filed by Senator Ramon “Monching” Castillo on Monday.\n\n"
        "“The chamber is in good hands,” Castillo said during the session.\n\n"
        "Senator Liza ‘Bing’ Ocampo Reyes said the vote was fair.\n"
    )
    assert statements(body) == [
        ("direct", "Ramon Castillo", "The chamber is in good hands,"),
        ("reported", "Liza Ocampo Reyes", "the vote was fair"),
    ]


def test_a_full_name_written_in_capitals_names_the_surname_s_speaker() -> None:
    body = (
        "MARIA ESTRELLA – The Cebu Representative spoke about the budget on Monday.\n"
        "According to Estrella, the funds had been moved without notice.\n"
        "Estrella explained that the committee would meet again.\n"
    )
    assert statements(body) == [
        ("reported", "Maria Estrella", "the funds had been moved without notice"),
        ("reported", "Maria Estrella", "the committee would meet again"),
    ]


def test_a_name_s_first_word_that_only_begins_a_listed_place_is_kept() -> None:
    body = (
        "Last Monday, Bukit Harapan Sejahtera said wages must rise.\n"
        "On Friday the Bagong Kilusang Manggagawa said the strike would go on.\n"
    )
    assert statements(body) == [
        ("reported", "Bukit Harapan Sejahtera", "wages must rise"),
        ("reported", "Bagong Kilusang Manggagawa", "the strike would go on"),
    ]
    spans = [(s.type, s.text) for s in recognise("Cambodian Hun Manet met New Zealand envoys.")]
    assert ("PERSON", "Hun Manet") in spans


def test_an_object_naming_the_quoted_words_is_no_reported_statement() -> None:
    body = (
        "Ana Ruiz praised the envoy, stressing his creed: “Serve the people first.”\n"
        "Tomas Brandt reiterated her message: “No one is above the law.”\n"
        "Lia Moreno reaffirmed her support for the plan: “It will pass.”\n"
    )
    assert statements(body) == [
        ("direct", "Ana Ruiz", "Serve the people first."),
        ("direct", "Tomas Brandt", "No one is above the law."),
        ("reported", "Lia Moreno", "her support for the plan"),
        ("direct", "Lia Moreno", "It will pass."),
    ]


def test_an_opening_phrase_ends_at_a_comma_inside_its_last_quotation() -> None:
    body = (
        "When the union objected to the plan by citing “broken promises,” the Ministry of "
        "Foreign Affairs countered on Monday, saying, “We kept every one of them.”\n"
        "When Ana Ruiz objected to the levy by citing “broken promises,” the ministry "
        "countered, saying, “The levy stays.”\n"
    )
    assert statements(body) == [
        ("direct", "Ministry of Foreign Affairs", "We kept every one of them."),
        ("direct", "Ana Ruiz", "broken promises,"),
        ("direct", "Ministry of Foreign Affairs", "The levy stays."),
    ]


def test_an_office_told_apart_from_another_country_s_in_one_sentence_keeps_its_name() -> None:
    for office in ("Ministry of Foreign Affairs", "Foreign Ministry"):
        body = (
            f"The {office} said on Friday, “Our country is fully meeting its obligations.”\n"
            f"The statement by the {office} was a rebuttal to the position of the Chinese "
            f"{office} the day before.\n"
        )
        assert statements(body) == [
            ("direct", office, "Our country is fully meeting its obligations.")
        ]


def test_an_opening_clause_s_quotation_is_its_subject_s_and_the_main_clause_s_is_not() -> None:
    body = (
        "When Lia Moreno objected to the levy by citing “broken promises,” the Ministry of "
        "Finance countered, saying, “The levy stays.”\n"
        "After Ana Ruiz called the deal “a betrayal,” Tomas Brandt replied, saying, “It is a "
        "fair bargain.”\n"
    )
    assert statements(body) == [
        ("direct", "Lia Moreno", "broken promises,"),
        ("direct", "Ministry of Finance", "The levy stays."),
        ("direct", "Ana Ruiz", "a betrayal,"),
        ("direct", "Tomas Brandt", "It is a fair bargain."),
    ]


def test_a_plural_abbreviated_title_leads_to_the_names_it_titles() -> None:
    text = "Sens. Jinggo Vidal and Tomas Brandt denied the claims on Monday."
    spans = [(s.type, s.text) for s in recognise(text)]
    assert ("PERSON", "Jinggo Vidal") in spans
    assert ("PERSON", "Tomas Brandt") in spans
    body = (
        "A witness said Sens. Jinggo Vidal and Tomas Brandt took bribes.\n"
        "Vidal denied the witness’s claims and challenged him to a debate.\n"
        "“Talk is cheap,” he said in a text message.\n"
    )
    assert statements(body)[-1] == ("direct", "Jinggo Vidal", "Talk is cheap,")


def test_an_engineer_is_a_role_the_person_named_with_it_speaks_for() -> None:
    body = (
        "A former district engineer from Cebu on Tuesday said the mayor took bribes.\n"
        "Testifying before the committee, former district engineer Ana Ruiz said the money "
        "went abroad.\n"
    )
    assert statements(body) == [
        ("reported", "Ana Ruiz", "the mayor took bribes"),
        ("reported", "Ana Ruiz", "the money went abroad"),
    ]


def test_a_claim_the_reporter_names_as_disputed_ends_the_reported_clause() -> None:
    body = (
        "Ana Ruiz said the mayor took bribes, a claim the mayor immediately denied.\n"
        "Tomas Brandt said the port was sold, an allegation dismissed by the city as false.\n"
    )
    assert statements(body) == [
        ("reported", "Ana Ruiz", "the mayor took bribes"),
        ("reported", "Tomas Brandt", "the port was sold"),
    ]


def test_a_cut_off_quotation_after_a_stance_in_its_paragraph_is_the_stance_taker_s() -> None:
    body = (
        "Senator Ana Ruiz spoke on Monday.\n"
        "Ruiz dismissed the accusation in a privilege speech. “I am willing to face any "
        "inquiry because I am hiding nothing. I will never betray my"
    )
    assert statements(body) == [
        (
            "direct",
            "Ana Ruiz",
            "I am willing to face any inquiry because I am hiding nothing. I will never betray my",
        )
    ]


def test_affirming_a_motion_says_nothing() -> None:
    body = (
        "With no objections, Senate President Ana Ruiz affirmed the motion.\n"
        "Ana Ruiz said the vote was fair.\n"
    )
    assert statements(body) == [("reported", "Ana Ruiz", "the vote was fair")]


def test_president_pro_tempore_is_a_title() -> None:
    body = "Senate President Pro Tempore Ana Ruiz said the vote was fair.\n"
    assert statements(body) == [("reported", "Ana Ruiz", "the vote was fair")]


def test_the_translator_is_not_the_leader_speaking_around() -> None:
    body = (
        "President Ana Ruiz gave President Tomas Brandt a golden crown.\n"
        "“It is as beautiful as it can be,” Brandt said. The translator explained that the "
        "crown was modeled on an ancient one.\n"
        "President Ruiz said the alliance would last.\n"
    )
    assert statements(body) == [
        ("direct", "Tomas Brandt", "It is as beautiful as it can be,"),
        ("reported", "translator", "the crown was modeled on an ancient one"),
        ("reported", "Ana Ruiz", "the alliance would last"),
    ]
