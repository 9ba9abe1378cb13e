"""The ellipses of a copied statement (``said.ellipses``): one exactly where words of the
source's sentence or quotation are left out at that end, none at a start or an end of it."""

from __future__ import annotations

import pytest

from diplotui.statements.said import elided, opens_mid, said_part

# a paragraph of a real article (Inquirer, July 2025), and a quotation of the kind it holds
INQUIRER = (
    "The Cambodian prime minister said on Sunday his country agreed to pursue an “immediate "
    "and unconditional ceasefire.” Hun said Trump told him that Thailand had also agreed to "
    "halt attacks after the American leader spoke with Phumtham.\n"
)
CURLY = "Hun Manet said: “We urge restraint, and we urge dialogue,” he told reporters.\n"
STRAIGHT = CURLY.replace("“", '"').replace("”", '"')
SPANNING = (
    "Hun Manet said: “We urge restraint. We urge dialogue and we\n“will keep talking,” he said.\n"
)


def copied(text: str, words: str, upto: str = "") -> str:
    start = text.index(words)
    said = said_part(text, start, start + len(upto or words))
    return elided(text[said.start : said.end], said)


@pytest.mark.parametrize("text", [CURLY, STRAIGHT])
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("We urge restraint", "We urge restraint…"),  # the start: the quotation goes on
        ("urge restraint", "…urge restraint…"),  # the middle
        ("and we urge dialogue", "…and we urge dialogue"),  # the end
        ("We urge restraint, and we urge dialogue", "We urge restraint, and we urge dialogue"),
    ],
)
def test_a_quotation_is_elided_where_its_words_are_left_out(
    text: str, words: str, expected: str
) -> None:
    """“We urge restraint” was copied whole though the quotation went on in the source."""
    assert copied(text, words).rstrip(",") == expected


def test_a_reported_clause_after_said_on_sunday_opens_bare() -> None:
    """newuser43b: 'said: …his country agreed' began the reported clause it copied."""
    start = INQUIRER.index("his country agreed")
    assert not opens_mid(INQUIRER, start)
    assert opens_mid(INQUIRER, INQUIRER.index("country agreed"))
    said = said_part(INQUIRER, start, start + len("his country agreed to pursue"))
    assert not said.direct and said.cut and not said.opens_mid
    for lead in ("said in a statement on Sunday night ", "told reporters in Phnom Penh "):
        text = f"Hun {lead}Cambodia would talk."
        assert not opens_mid(text, text.index("Cambodia"))
    text = "Hun said the talks had been useful."
    assert opens_mid(text, text.index("been"))  # a clause's words, no lead-in


def test_a_quotation_ending_its_sentence_needs_no_ellipsis() -> None:
    """Its sentence's end, or its closing mark, is where the source's words end too."""
    end = INQUIRER.index("ceasefire.”") + len("ceasefire.")
    start = INQUIRER.index("immediate")
    said = said_part(INQUIRER, start, end)
    assert said.direct and not said.cut and not said.opens_mid
    assert copied(SPANNING, "We urge restraint.") == "We urge restraint."
    assert copied(SPANNING, "We urge dialogue") == "We urge dialogue…"  # goes on over the break
    assert copied(SPANNING, "will keep talking") == "will keep talking"  # opens the paragraph


def test_a_paraphrase_ends_where_its_sentence_or_its_attribution_does() -> None:
    """Real articles' sentences (Inquirer, China Daily via Khmer Times, July 2025): words ending
    in the sentence's stop, or in a comma inside their closing mark before the reporter's
    attribution, are whole; a clause the sentence goes on with cuts them short."""
    start = INQUIRER.index("his country")
    end = INQUIRER.index("ceasefire.”") + len("ceasefire.”")
    assert not said_part(INQUIRER, start, end).cut  # 'ceasefire.” Hun said ...'
    text = "Wang said that China “supports dialogue and cooperation,” the China Daily reported.\n"
    start = text.index("China “")
    end = text.index("cooperation,”") + len("cooperation,”")
    assert not said_part(text, start, end).cut
    text = text.replace("the China Daily reported", "but it gave no date")
    assert said_part(text, start, end).cut


def test_a_date_after_the_verb_is_part_of_the_lead_in() -> None:
    """USA Today: 'said on social media July 26 he had spoken to ...' opened "…he had"."""
    text = "Trump, in Scotland, said on social media July 26 he had spoken to Hun Manet."
    assert not opens_mid(text, text.index("he had"))
    assert opens_mid(text, text.index("had spoken"))
