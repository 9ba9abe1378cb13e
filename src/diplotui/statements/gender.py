"""Whether an article shows a person to be a man or a woman, from its own words only.

"Minister A met Ms B ... She said" is B's statement: "she" skips back over persons the article
shows to be men, "he" over women. The evidence is what the text says around a person's own
mentions (an honorific, a gendered title, a pronoun that can only refer back to them, a
Vietnamese middle name); where it says nothing the answer is unknown, never a guess.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from diplotui.entities.folding import fold
from diplotui.lazy_patterns import lazy_compile
from diplotui.model import EntitySpan

from . import lexicon as lx

MAN = "man"
WOMAN = "woman"
UNKNOWN = ""

# Honorifics before a name, as written (capitalised: "miss" is a verb, "lady" a noun).
_HONORIFICS = {
    **dict.fromkeys(("Mrs", "Ms", "Miss", "Madam", "Madame", "Mme", "Dame", "Lady"), WOMAN),
    **dict.fromkeys(("Daw", "Begum"), WOMAN),  # Burmese and South Asian: Ms
    **dict.fromkeys(("Mr", "Sir", "Lord"), MAN),
}
# Titles and kin words that say it in any case ("Spokeswoman X", "the spokeswoman, X").
_TITLES = {
    **dict.fromkeys(
        ("chairwoman", "congresswoman", "spokeswoman", "businesswoman", "councilwoman"), WOMAN
    ),
    **dict.fromkeys(("assemblywoman", "stateswoman", "queen", "princess", "duchess"), WOMAN),
    **dict.fromkeys(("empress", "baroness", "countess", "sheikha", "shaikha"), WOMAN),
    # not "Sheikh": Sheikh Hasina bears it
    **dict.fromkeys(("king", "prince", "duke", "emperor", "baron"), MAN),
}
_KIN = {  # lowercase only: "his wife X", "her husband X" ("Son" is a Vietnamese name)
    **dict.fromkeys(("wife", "widow", "daughter", "mother", "sister"), WOMAN),
    **dict.fromkeys(("husband", "widower", "son", "father", "brother"), MAN),
}
# "-man" titles are weak: many outlets keep "chairman" or "spokesman" for women as well.
_GENERIC_TITLES = frozenset(
    {"chairman", "congressman", "spokesman", "businessman", "councilman", "assemblyman"}
    | {"statesman"}
)
_EXALTED = frozenset({"Excellency", "Majesty", "Highness"})  # "His Excellency X"
_OWNERS = {"His": MAN, "his": MAN, "Her": WOMAN, "her": WOMAN}
_PRONOUNS = {
    **dict.fromkeys(("he", "him", "his", "himself", "he’s", "he's"), MAN),
    **dict.fromkeys(("she", "her", "hers", "herself", "she’s", "she's"), WOMAN),
}
# Nouns for other persons: a pronoun after one of them may be theirs ("X thanked the minister
# for her work").
_OTHER_PERSONS = lx.ROLE_NOUNS | frozenset(_KIN) | {"woman", "man", "lady", "girl", "boy"}
# Vietnamese family names: "Van" and "Thi" without their marks are Vietnamese middle names only
# after one ("Herman Van Rompuy" is no Văn).
_VIETNAMESE_FAMILIES = frozenset(
    {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do"}
    | {"ho", "ngo", "duong", "ly", "dinh", "trinh", "mai", "cao", "luong", "ha", "doan", "lam"}
    | {"truong", "ta", "chu", "kieu", "quach", "luu", "trieu", "thai", "giang", "tong", "dao"}
    | {"ton"}
)
_TITLE_FORMS = (*_TITLES, *_GENERIC_TITLES)
# The words before a mention that may say the person's gender, as written or capitalised
# ("Spokeswoman X"), with their punctuation ("Mr. X", "his wife, X"): the cast looks up the word
# before each mention as it reads it for titles, one set lookup.
SAYING = frozenset(
    f"{word}{end}"
    for word in (*_HONORIFICS, *_KIN, *_EXALTED, *_TITLE_FORMS, *map(str.capitalize, _TITLE_FORMS))
    for end in ("", ".", ",")  # "Mr. X", "the spokeswoman, X"
)
_KEPT = ("Begum ", "Sheikha ", "Shaikha ", "Daw ")  # women's honorifics a mention may keep


# The gender of the persons a personal pronoun (in lower case) skips over looking back for
# whom it stands for ("she": men).
SKIPPED_BY = {word: WOMAN if said == MAN else MAN for word, said in _PRONOUNS.items()}


_DESCRIBED = {  # the head noun of a speaker described, not named ("a 39-year-old woman")
    **dict.fromkeys(("woman", "girl", "lady", "mother", "wife", "daughter", "sister"), WOMAN),
    **dict.fromkeys(("widow", "grandmother"), WOMAN),
    **dict.fromkeys(("man", "boy", "father", "husband", "son", "brother"), MAN),
    **dict.fromkeys(("widower", "grandfather"), MAN),
}


def described_gender(name: str) -> str:
    """Whether a speaker named only by a description ("39-year-old woman", "local man") is a
    man or a woman, by its lowercase head noun as written (a name's "Son" says nothing)."""
    head = name.rpartition(" ")[2]
    if not head or not head.islower():
        return UNKNOWN
    return _DESCRIBED.get(head, UNKNOWN)


def read_gender(
    text: str,
    spans: Sequence[EntitySpan],
    own: Sequence[int],
    said_at: Sequence[int],
    name: str,
    role: str,
) -> str:
    """A person's gender from their mentions in the body (``own``: indices into ``spans``),
    those after a word in ``SAYING`` (``said_at``: their starts), fullest name and title:
    ``UNKNOWN`` when the article says nothing or says both. A pronoun referring back is
    sought only where no honorific or title says it (the costliest reading)."""
    strong: set[str] = set()
    weak: set[str] = set()
    for start in said_at:
        said, sure = _titled(text, start)
        if said:
            (strong if sure else weak).add(said)
    for word in role.lower().split():
        if word in _TITLES:
            strong.add(_TITLES[word])
        elif word in _GENERIC_TITLES:
            weak.add(MAN)
    said, sure = _vietnamese_middle(name)
    if said:
        (strong if sure else weak).add(said)
    if not strong and own and spans[own[0]].text.startswith(_KEPT):
        strong.add(WOMAN)  # "Begum Khaleda Zia" as one mention
    if not strong:  # the first mentions in the body, where an article introduces a person
        for index in own[:_PRONOUNS_SOUGHT]:
            back = _referred_back(text, spans, index, own)
            if back:
                strong.add(back)
                break
    if strong:
        return strong.pop() if len(strong) == 1 else UNKNOWN
    return weak.pop() if len(weak) == 1 else UNKNOWN


def _titled(text: str, start: int) -> tuple[str, bool]:
    """What the word right before the mention at ``start`` says, and whether it says it
    surely (a "-man" title does not)."""
    last, cut = _word_before(text, start - 1)
    said = _HONORIFICS.get(last) or _TITLES.get(last.lower()) or _KIN.get(last)
    if not said and text[cut : cut + 1] == " ":
        before = _word_before(text, cut)[0]
        if last in _EXALTED:
            said = _OWNERS.get(before)  # "His Excellency X"
        elif last == "Lady" and before in ("first", "First"):
            said = WOMAN  # "First Lady X"
    if said:
        return said, True
    return (MAN, False) if last.lower() in _GENERIC_TITLES else (UNKNOWN, False)


def _word_before(text: str, end: int) -> tuple[str, int]:
    """The word ending at ``end`` without a full stop or comma ("Mr." -> "Mr"), and where the
    space or line break before it is."""
    cut = max(text.rfind(" ", max(0, end - 30), end), text.rfind("\n", max(0, end - 30), end))
    return text[cut + 1 : end].rstrip(".,"), cut


def _referred_back(text: str, spans: Sequence[EntitySpan], index: int, own: Collection[int]) -> str:
    """The gender of a pronoun after a mention that can only refer back to it ("X ... her
    visit"): X heads its clause and is the only person in the sentence, no other person's
    noun, no country (a country may be "her") and no quotation (whose "her" may be anyone's)
    comes between. The cheap tests first: most mentions have no pronoun after them."""
    span = spans[index]
    end = span.end + _REACH
    stop = text.find(". ", span.end, end)
    end = stop if stop >= 0 else end
    stop = text.find("\n", span.end, end)
    end = stop if stop >= 0 else end  # the sentence's end
    pronoun = _PRONOUN_AHEAD.search(text, span.end, end)
    if pronoun is None:
        return UNKNOWN
    at = pronoun.start()
    between = text[span.end : at]
    if (
        '"' in between
        or "“" in between
        or "”" in between
        or not _OTHER_PERSONS.isdisjoint(between.lower().replace(",", " ").split())
    ):
        return UNKNOWN  # a quotation, or "X thanked the minister for her work": maybe hers
    if _unrecognised(between, spans, index, at):
        return UNKNOWN  # "X wrote to Cameron saying he should": a name the recogniser missed
    paragraph = text.rfind("\n", 0, span.start) + 1
    opening = text[paragraph : span.start]
    if opening.count("“") > opening.count("”") or opening.count('"') % 2:
        return UNKNOWN  # a quoted mention: the pronouns around it are the speaker's
    stop = text.rfind(". ", paragraph, span.start)
    start = stop + 2 if stop >= 0 else paragraph
    reach = _alone(text, spans, index, own, start, end)
    if reach is None or not _heads_clause(text[start : reach[0]].split()):
        return UNKNOWN
    word = pronoun.group(1)
    if at > reach[1] and word in _COUNTRY_PRONOUNS:
        return UNKNOWN  # "X said India has the right to take her decision"
    if (" that " in between or between.endswith(" that")) and _other_person_before(
        text, spans, index, own, start
    ):
        return UNKNOWN  # "Y resigned. X revealed that she was threatened": the clause X
        # reports may be about the person the sentence before named (stfix144)
    return _PRONOUNS[word]


def _other_person_before(
    text: str, spans: Sequence[EntitySpan], index: int, own: Collection[int], start: int
) -> bool:
    """Whether a person other than ``spans[index]``'s, and not that person, is named in the
    sentence before the mention's (which opens at ``start``), in the same paragraph: a few
    mentions back at most."""
    if start < 2 or text[start - 2] != ".":
        return False  # the mention's sentence opens its paragraph
    before = text.rfind(". ", max(0, start - _REACH), start - 2)
    line = text.rfind("\n", max(0, start - _REACH), start)
    opening = max(before + 2 if before >= 0 else 0, line + 1)
    at = index - 1
    while at >= 0 and spans[at].start >= start:
        at -= 1  # past the mention's own sentence
    other = False
    for back in range(at, max(-1, at - _SENTENCE_MENTIONS), -1):
        span = spans[back]
        if span.start < opening:
            break
        if back in own:
            return False  # "X met Y. Y said that she ...": Y named there too, the topic still
        other = other or span.type == "PERSON"
    return other


def _unrecognised(between: str, spans: Sequence[EntitySpan], index: int, at: int) -> bool:
    """Whether a capitalised word after ``spans[index]`` and before ``at`` lies in no mention
    (nor is a weekday): a name the recogniser missed may be whom the pronoun means."""
    capitals = [word.strip(",;:()’'") for word in between.split() if word[:1].isupper()]
    if not capitals:
        return False
    named = []
    for span in spans[index + 1 :]:
        if span.start >= at:
            break
        named.append(span.text)
    known = " ".join(named)
    return any(word not in known and word not in lx.WEEKDAYS for word in capitals)


def _heads_clause(before: list[str]) -> bool:
    """Whether a mention after ``before`` (its sentence's words) heads its clause: no lowercase
    word comes between it and the sentence's start or a comma ("with Somali Prime Minister X,
    she said", "her counterpart X": X heads none)."""
    for word in reversed(before):
        if word.rstrip('"”’').endswith(","):
            return True
        if word[:1].islower():
            return False
    return True


_SENTENCE_MENTIONS = 6  # mentions back a person named in the sentence before may be among
_REACH = 200  # characters after a mention a pronoun referring back to it may lie within
_PRONOUNS_SOUGHT = 6  # body mentions a pronoun is sought after (on the dev set, 120 of 122 found)
_PRONOUN_AHEAD = lazy_compile(r" (s?he|h(?:is|im(?:self)?|er(?:s|self)?))\b")
_TITLE_GAPS = frozenset({" ", ", ", " of ", " of the ", " for ", " to "})  # within a title
_OWNER_GAPS = frozenset({" ", "’s ", "'s "})  # an owner's name before a title: "Greece's"
_COUNTRY_PRONOUNS = frozenset({"her", "hers", "herself"})  # "Vietnam for her support"


def _alone(
    text: str, spans: Sequence[EntitySpan], index: int, own: Collection[int], start: int, end: int
) -> tuple[int, int] | None:
    """Where the mention ``spans[index]`` with its title chain ("Foreign Minister X", "X,
    Foreign Minister,") starts, and where the first country named after it starts (``end``
    without one): None when another person is named in ``text[start:end]``."""
    head = spans[index].start
    at = index - 1
    while at >= 0 and spans[at].end > start:
        span = spans[at]
        if span.type == "PERSON" and at not in own:
            return None
        if text[span.end : head] in (_TITLE_GAPS if span.type == "ROLE" else _OWNER_GAPS):
            head = span.start  # the title chain goes on: "Greece's Foreign Minister X"
        elif span.type == "ROLE":
            return None
        at -= 1
    edge = spans[index].end
    reach = end
    at = index + 1
    while at < len(spans) and spans[at].start < end:
        span = spans[at]
        if span.type == "PERSON" and at not in own:
            return None
        if text[edge : span.start] in _TITLE_GAPS and span.type in ("ROLE", "ORG", "GPE"):
            edge = span.end  # "X, Foreign Minister of Greece,"
        elif span.type == "ROLE":
            return None
        elif span.type == "GPE":
            reach = min(reach, span.start)
        at += 1
    return head, reach


def _vietnamese_middle(name: str) -> tuple[str, bool]:
    """What a Vietnamese middle name says in a name of three words or more: Thị a woman's,
    Văn a man's (not surely: some women bear it)."""
    if " Th" not in name and " V" not in name:
        return UNKNOWN, False  # the cheap test first
    words = name.split()
    if len(words) < 3:
        return UNKNOWN, False
    middle = words[1:-1]
    family = fold(words[0]).lower() in _VIETNAMESE_FAMILIES
    if "Thị" in middle or ("Thi" in middle and family):
        return WOMAN, True
    if "Văn" in middle or ("Van" in middle and family):
        return MAN, False
    return UNKNOWN, False
