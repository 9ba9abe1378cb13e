"""Who is who in one article: each person's fullest name, role and organisation.

A statement's speaker is "named as fully as the article names them anywhere" and a role-only
mention ("the Deputy Foreign Minister") stands for the person who holds that role, so the
finder looks both up here. Built once per article from the recogniser's spans.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from diplotui.entities.folding import fold
from diplotui.entities.gazetteer import load
from diplotui.entities.linking import canonical_key
from diplotui.entities.patterns import HONORIFICS_AFTER_TITLES
from diplotui.lazy_patterns import lazy_compile
from diplotui.model import EntitySpan

from . import lexicon as lx
from .gender import MAN, SAYING, UNKNOWN, read_gender
from .spelling import has_marks, speakers_of, spelt_words

_INNER_J = lazy_compile(r"(?<=[aeiou])j(?=[aeiou])")  # "Kaja": the y of "Kaya"
_VOWELS = lazy_compile(r"[aeiouy]")
_VOWELS_RESPELT_LENGTH = 9  # "Hassan" and "Hussein" are two names; "Abdul-Mahdi" one
_MISSPELT_TITLE_LETTERS = 6  # a shorter title less a letter may be a name ("Chai" of "Chair")
_TITLES_JOINED = frozenset({"/", " / "})
_ROLE_CHAIN_GAPS = frozenset(
    {" ", " and ", ", and ", ", ", "'s ", "’s ", " of ", " of the ", " to ", " to the "}
    | {" from ", " from the "}  # "the Ambassador-designate from the Republic of Sudan, X"
    | _TITLES_JOINED  # "High Representative/Vice-President X": one title of two offices
)
# a title's lowercase role noun, if any, and "for" before the body it serves: "Deputy
# spokesperson for the Ministry of ...", "Spokesperson for the Ministry of ..." (session 39)
_TITLE_FOR_GAP = lazy_compile(r" (?:([a-z]+) )?for (?:the )?")
_ORGANISATION_TYPES = frozenset({"ORG", "GPE", "EVENT"})
_SHEIKH = ("Sheikh ", "Sheikh\u00a0")
_GULF_NAME = lazy_compile(r" (?:bin|bint) | Al[- ]")  # "Tamim bin Hamad", "Nasser Al-Sabah"
PARTY_HEAD = " Party"  # a party's name's head noun, capitalised as part of the name
_ALIAS_GAPS = (", also known as ", ", known as ")
_FOREIGN_MINISTRY = lazy_compile(
    r"Foreign (?:Affairs )?Ministry|Ministry of (?:Foreign|External) Affairs", re.IGNORECASE
)
# a ministry's name that holds its country: "Malaysia's ...", "... of Malaysia", "Malaysian ..."
_COUNTRY_NAMED = lazy_compile(r"[’']s |Affairs of |^(?!Foreign |Ministry )")
_INITIAL_SKIPPED = frozenset({"of", "the", "and", "for", "on", "in", "to"})
_DISTRICTS = (" D.C.", " DC")  # after a city: "Washington DC", its district
# between a mission's name and its seat: "Embassy in Beijing", "High Commission Kigali", and
# whom it is accredited to, "embassy to Bosnia", "mission to the UN"
_SEAT_GAPS = (" in ", " to the ", " to ", " ")
_ACRONYM = lazy_compile(r"[A-Z]{2,8}")  # "CARICOM" too
_UNION_WORDS = frozenset({"union", "association", "community", "nations", "league", "cooperation"})
_ORG_AFTER_ROLE_GAPS = frozenset({", ", " of ", " of the ", " at ", " at the ", " to ", " in "})
_BODY_HEAD_WORDS = frozenset({"director", "head", "chief", "chair", "chairman", "chairperson"})
_FOR_GAPS = frozenset({" for ", " for the "})  # "spokesman for the ...": a lowercase title's body
# "affairs" too: the "Minister of Foreign Affairs" is the "Foreign Minister"
_LOWERCASE_TITLE_WORDS = frozenset({"top", "diplomatic", "chief", "senior"})
# the kind of leader a title names ("Houthi political leader X": not "leader" alone; newuser41)
_LOWERCASE_TITLE_WORDS |= {"political", "military", "spiritual", "rebel"}
_ROLE_STOPWORDS = frozenset({"of", "the", "and", "to", "for", "s", "at", "in", "affairs"})
_ROLE_STOPWORDS |= {"nevertheless", "nonetheless", "however", "meanwhile"}  # "Nevertheless the
# Argentine minister said": the sentence's link, no title's word
_ROLE_STOPWORDS |= lx.EVALUATIVE_ADJECTIVES  # "the authoritarian Serbian president": the
# reporter's view of the holder, no title's word (round 613)
_ABBREVIATIONS = {
    "pm": ("prime", "minister"),
    "fm": ("foreign", "minister"),
    "cs": ("cabinet", "secretary"),  # Kenya's ministers: "The CS said" (round 86)
    "premier": ("prime", "minister"),  # "the Vietnamese premier": its prime minister
    "lyonchhen": ("prime", "minister"),  # Bhutan's titles in Dzongkha: the prime minister
    "lyonpo": ("minister",),  # and a minister ("Lyonpo X", round 195)
    "chair": ("chairman",),  # one office, however worded: "the Committee Chair" is the
    "chairperson": ("chairman",),  # "Chairman of the ... Committee" (round 466)
    "chairwoman": ("chairman",),
    "amb": ("ambassador",),  # a title's abbreviation names its office: "Amb. X ... the
    "sen": ("senator",),  # ambassador said", "Sen. X ... the senator said" (round 496)
}
_WORD = lazy_compile(r"[a-z0-9]+")
# what stands before a party's bare name ("the main opposition CHP", "the ruling UDA")
_PARTY_STANCES = (" opposition ", " ruling ", " governing ")
_PARTY_NOUNS = (" party", " Party")  # "the ruling CPDM party": the name as written, noun and all
_TRANSLITERATED_INITIALS = {"j": "y", "y": "j"}  # a first letter transliterations differ in
_HYPHENED = lazy_compile(r"\w+(?:-\w+)+")  # a word of hyphened parts ("Pro-Government")
_HEAD_OF_STATE = frozenset({"head", "state"})
_CHIEF_EXECUTIVE = frozenset({"chief", "executive"})
_PRESIDENT = frozenset({"president"})
_HEAD_OF_MISSION = frozenset({"head", "mission"})
_HONORIFICS = frozenset(
    {"sheikh", "shaikh", "sheikha", "shaikha", "sheik", "h.h.", "hh"}
    | {"datuk", "dato", "dato'", "dato’", "datin", "seri", "utama"}  # Malaysian honours
    | {"h.e.", "h.e"}  # His Excellency
    | {"u", "daw"}  # Burmese honorifics ("U Kyaw Min", "Daw Aye Aye"): Mr and Ms
    | {"shri", "smt", "smt.", "shrimati"}  # Indian honorifics ("Shri X", "Smt. Y"): Mr and Mrs
    | {"maharaja", "maharajah", "maharani"}  # an Indian titular ruler's style: a title
    | {"mep", "mp"}  # "MEP X", "MP X": a member of parliament's title the recogniser kept
    # Cambodian honours ("Samdech Akka Moha Sena Padei Techo", "Samdech Moha Borvor Thipadei")
    | {"samdech", "akka", "moha", "sena", "padei", "techo", "borvor", "thipadei", "oknha"}
)
# a nationality the recogniser kept before a name ("Frenchman Emmanuel Macron", round 371): no
# part of it, as a title is not
_NATIONALITY_NOUNS = frozenset(
    {"Frenchman", "Frenchwoman", "Englishman", "Englishwoman", "Irishman", "Irishwoman"}
    | {"Scotsman", "Scotswoman", "Welshman", "Welshwoman", "Dutchman", "Dutchwoman", "Briton"}
)
# the marks of a nickname between a name's parts ("Ibrahim ‘Ibu’ Mohamed Solih")
_NICKNAME_MARKS = "‘’“”'\""
# a nickname in marks between a name's words, with the space before it
_INNER_NICKNAME = lazy_compile(r" [‘“'\"][^\s‘’“”'\"]+[’”'\"](?= )")
_CAPITAL_PREFIX = 4  # the letters a surname's prefix before its inner capital has at most
_BRANCH_HEADS = (" Office", " Bureau", " Branch")  # an organisation's regional office
_ORGAN_HEADS = (" Council", " Commission", " Committee")  # an organisation's organ: "the
# African Union (AU) Peace and Security Council (PSC)" is the AU's (round 572)
_PARTS_HEADS = (*_BRANCH_HEADS, *_ORGAN_HEADS)  # named with the parent bracketed before them
_REGNAL_NUMBER = lazy_compile(r" [IVXL]+")
_ENVOY = frozenset({"envoy"})
_CHAIRS = frozenset({"chair", "chairperson", "chairman", "chairwoman"})
_INITIALLED_HEADS = frozenset({"ministry", "department"})
_PLACE_AFTER_OFFICE = 60  # characters after an office's name that may say whose it is
_OFFICES = ("Ministry ", "Department ", "Office ")  # named with a country after a comma
_GENERATIONS = (" jr.", " jr", " sr.", " sr", " ii", " iii", " iv")  # after a surname
_INVERTED_HEADS = (" Ministry", " Department")  # "the Foreign Affairs Ministry": its head last
# words that make a title another office than its noun alone ("Prime Minister", "Vice
# President", "Deputy Minister"): a mention without them means the plain office first
_OTHER_OFFICE = frozenset({"prime", "vice", "deputy"})
# title words that qualify any office rather than name a portfolio: "the acting minister" may
# be the acting prime minister
_ANY_OFFICE = frozenset({"acting", "interim", "caretaker", "senior", "first", "second", "third"})
# a relative's name: "son of the late X and Y", "his wife X" (round 295)
_KIN = lazy_compile(
    r"\b(?:son|daughter|wife|husband|mother|father|brother|sister|widow|widower|nephew|niece"
    r"|cousin|uncle|aunt|grandson|granddaughter|grandfather|grandmother)\b"
)
_KIN_REACH = 80  # characters before a name its sentence may call it a relative in
_ENVOY_TITLES = ("ambassador", "commissioner")
_LONGEST_RANK = max(len(rank) for rank in lx.MILITARY_RANKS) + 1  # its space too
# a representative sent in someone's name is an envoy ("the UN envoy": the Special
# Representative of the Secretary-General; round 293); a trade or high representative is not
_REPRESENTATIVE_ENVOYS = ("special representative", "permanent representative")
_UNKNOWN_TITLE = lazy_compile(r", ([A-Z][\w-]+(?: [A-Z][\w-]+){0,2})(?: of| of the| to| to the) ")
_POSSESSIVE_GAPS = ("'s ", "’s ")
# A title in apposition to a name, before or after it: capitalised words (a possessive allowed)
# up to its title, then what it serves or is about ("Special Rapporteur on the situation of ...")
_TITLE_PHRASE = (
    lazy_compile(  # a slash joins two offices' titles ("High Representative/Vice-President")
        r"((?:[A-Z][\w’'.-]*(?:'s|’s)? ){0,5}[A-Z][\w’'-]*(?: ?/ ?[A-Z][\w’'-]*)*)"
        r"(?: (?:on|of|for|in|to|at) [^;:()\n\"“”]{1,120})?"
    )
)
# a title opening a sentence in sentence case: its first word capitalised, its noun not
_SENTENCE_CASED_TITLE = lazy_compile(
    r"([A-Z][a-z]+ [a-z]+)(?: (?:on|of|for|in|to|at) [^;:()\n\"“”]{1,120})?"
)
# a title in lower case, or in lower and capitals ("the spokeswoman for the Ministry of ...",
# "the UN special rapporteur on X", "the bloc's foreign policy chief"): up to four words that
# are no clause's links before its noun, then what it serves or is about
_MIXED_CASE_TITLE = lazy_compile(
    r"((?:(?!(?i:and|or|but|with|by|from|as|of|to|on|for|in|at|the|a|an|his|her|its|their|he|she)\b)"
    r"[\w’'.-]+(?:'s|’s)? ){0,4}[\w’'-]+)"
    r"(?: (?:on|of|for|in|to|at) [^;:()\n\"“”]{1,120})?"
)
_ORGANISATION_GAPS = (" ", "'s ", "’s ")  # "UN Secretary-General", "the EU's Special Envoy"
_ORGANISATION_GAP_REACH = 14  # characters between a title and its name: ", Mr ", ", Dr. ",
# " Commodore " (stfix90)
_TITLE_CLAUSE_OPENINGS = ("\n", ". ", ", ", ": ", " – ", " — ", " - ")
_NOT_TITLE_OPENINGS = ("The ", "the ")  # read by ``_title_phrase_before``
_TITLE_WORD = lazy_compile(r"[A-Z][\w.-]*(?:[’']s)?")  # "Thai", "Trump's"
# capitalised words that open a sentence, no title's: "Whereas Rwandan leader X said"
_NO_TITLE_WORDS = frozenset(
    {"The", "A", "An", "This", "That", "His", "Her", "Its", "Their", "Our", "And", "But", "So"}
    | {"Whereas", "While", "However", "Meanwhile", "When", "Although", "Though", "Since", "If"}
    | {"After", "Before", "Then", "Also", "Yet", "Now", "Earlier", "Later", "Today", "As"}
)
_TITLE_WORDS_BEFORE = 4  # words of a title before its lowercase noun
_LOCATIVES = frozenset({"in", "at"})  # "in Samarkand Acting Foreign Minister X": where
_JOINING_WORDS = frozenset({"and", "or", "&"})
_WORD_READS = 24  # characters read back for a nationality before a title
_PLACE_WORDS_BEFORE = lazy_compile(r"\b((?:[A-Z][a-z]+ )+)$")  # "Papua New " before "Guinean"
# a sentence's end (not an abbreviation's: "the U.S. envoy"), or another person's title joined
# ("Minister of Foreign Affairs of X and his Algerian counterpart, Y")
_SENTENCE_END_IN_TITLE = lazy_compile(r"[a-z]\.[-–—]? |\n| and (?:his|her|its|their) ")
_TITLE_PHRASE_CHARACTERS = 160
_COMMAS_IN_TITLE = 2
_LEADING_WORD = lazy_compile(r"([A-Z][\w’'-]+) ")
_TITLE_OPENINGS = ("\n", ". ", " – ", " — ", " - ")  # where a sentence's title may open
_CLAUSE_OPENINGS = ("\n", ". ", ", ", " – ", " — ", " - ")  # where a clause may open
_OWNED_TITLE = lazy_compile(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}[’']s [A-Z]")  # "Peru’s Minister"
_LED_BY_THE = lazy_compile(  # a clause's words before "the" and a title set off by commas
    r"(?:(?:and|or|with|including)(?: (?:led|headed|accompanied) by)?"
    r"|(?:led|headed|accompanied) by) the "
)
# a finite verb makes words before a name a clause, not a title
_CLAUSE_VERB = lazy_compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|said|says|met|that|which|who)\b"
)
# a lowercase role in apposition right after a name, closed by a comma: "X, a deputy minister,",
# "X, the senior adviser to the prime minister,", "X, spokeswoman for the ministry,"
_DESCRIBED_ROLE = lazy_compile(  # set off by a comma, or ending the sentence ('"...," said X,
    # a senior official with Y.')
    r", (?:(?:an?|the) )?((?:[a-z][\w-]* ){0,3}?[a-z][\w-]*)"
    r"((?: (?:of|for|to|at|in|with) (?:the )?[\w’'-]+(?: [\w’'-]+){0,5})?)(?:,|\.(?!\S))"
)
_ARTICLE_GAPS = (", a ", ", an ", ", the ")  # a description after a name, not its title
NO_OFFICE = frozenset({"person", "source", "host", "guest", "visitor"})  # a description, no role
_ROLE_GOES_ON = lazy_compile(r"[,)]| (?:of|for|at|to|in|on)\b")  # a title's own words or its end
_SERVED_PLACE_GAPS = frozenset({" of ", " of the ", " from ", " from the ", " to "})
_TITLE_CAPITALS = lazy_compile(r"(?<![\w.])([A-Z]{2,3}) $")
_TITLE_GAP = lazy_compile(r"(?: (?:Dr|Mr|Mrs|Ms|Prof|H\.E|H\. E)\.?)+ ")
_TITLE_GAP_SECOND = frozenset("DMPH")  # the letter after its space: most gaps need no regex
_NO_PLACES: frozenset[str] = frozenset()
# the capitalised words right before "Affairs" in a body's name: the matter it handles
_HANDLED_PLACES = lazy_compile(r"((?:[A-Z][\w’'.-]* (?:and )?)+)Affairs\b")
# what a title serves or is about ("Spokesman for the Secretary-General", "Rapporteur on X")
_SERVED = lazy_compile(r"\s+(?:for|to|on)\s+")
_OF_THE = " of the "  # "Special Envoy of the Secretary-General": whom, when a role noun ends it
_THE_BEFORE_TITLE = lazy_compile(r"\b[Tt]he (?:new |newly appointed )?(?:[A-Z][a-z]+ )?$")
# "The ", ", the ", "— The ": "the" as a word; not "both the" ("both the Foreign Secretary and
# Prime Minister of X, Y" are two persons)
_THE_ENDING = lazy_compile(r"(?<![\w’'-])(?<!\b[Bb]oth )(?:[Tt]he|its|their) $")
# a title's own "to/of/for the" ("the Assistant to the Minister of Foreign Affairs, Y": the title
# of the one Y serves), not a verb's ("paid a call to the Secretary-General, Y")
_SERVING_TITLE = lazy_compile(r"\b[A-Z][\w’'-]* (?:to|of|for) the $")
_THE_ENDING_READS = 20  # characters `_THE_ENDING` reads back from its end, with a margin
_ADJUNCT_OPENERS = lx.ADJUNCT_STARTS | lx.PREPOSITIONS  # "In Geneva, ...", "During ..."
_APPOSITION_WINDOW = 200  # characters before a title chain looked through for its sentence's start
# a title's portfolios listed after the first one ("for Political Affairs, Peace and Security,"),
# a comma closing the title after them
_SERVES_PORTFOLIO = lazy_compile(r" (?:for|of) [A-Z]")
_PORTFOLIO = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}"  # "Peace", "Moroccans Living Abroad"
_PORTFOLIO_LIST = lazy_compile(rf"(?:, {_PORTFOLIO}){{0,5}},? and {_PORTFOLIO}(?=,)")
_SENTENCE_END = lazy_compile(r"[.!?][\"”’']?\s|\n")
# a capitalised word before the end: no word character before its capital, read after it (a
# pattern opening with "\b" the engine tried at every character, one with a class it scans for)
_CAPITALISED_BEFORE = lazy_compile(r"([A-Z](?<!\w.)[a-z]+) $")
# a word making the office a stand-in's, outside the recogniser's title when written in
# lowercase ("Thai acting Prime Minister X") or before the nationality ("Acting Thai Prime
# Minister X"): the role keeps it, and the nationality is still read (newuser43)
_TEMPORARY_BEFORE = lazy_compile(r"\b([Aa]cting|[Ii]nterim|[Cc]aretaker) (?:([A-Z][a-z]+) )?$")
_TEMPORARY_READS = 30  # characters before a title chain read for them
_TEMPORARY_WORDS = ("Acting ", "acting ", "Interim ", "interim ", "Caretaker ", "caretaker ")
# a word saying the office is not held now, outside the recogniser's title ("Former Sudanese
# President X", "then-Secretary of State Y", "the then Prime Minister Z", "Ex-Prime Minister W"
# where the title read is "Minister", "outgoing", "incoming", "the late"): a role shown without
# it would cite a former official as serving (left44b)
_NOT_NOW_BEFORE = lazy_compile(
    r"(?:\b(?:[Ff]ormer|[Oo]utgoing|[Ii]ncoming|[Rr]etired|(?<=\b[Tt]he )(?:late|then)) "
    r"|(?<![\w-])(?:[Ee]x|[Tt]hen)[-\u2010\u2011](?:[A-Z][a-z]+ )?)$"
)
_NOT_NOW_READS = 20  # characters before a title read for such a word
# what the characters read end with when a word of them stands right before the title; one
# with a hyphen ("Ex-Prime", "then-") is the other form: neither, no search
_NOT_NOW_ENDINGS: tuple[str, ...] = ("former ", "Former ", "outgoing ", "Outgoing ")
_NOT_NOW_ENDINGS += ("incoming ", "Incoming ", "retired ", "Retired ", "late ", "then ")
_COUNTRY_ENDINGS = ("ius", "ia", "a", "o", "y", "e", "i")  # Mauritius, Russia, Kenya, Mexico,
# Ukraine, Burundi
_DEMONYM_ENDINGS = ("ian", "ese", "an", "i", "e", "n")  # Russian, Chinese, Qatari, Argentine
_OWNER_REACH = 30  # characters of a one-word owner before "’s" and an office's name
_IRREGULAR_DEMONYMS = {
    "american": "us",
    "british": "britain",
    "french": "france",
    "dutch": "netherlands",
    "german": "germany",
    "turkish": "turkey",
    "swiss": "switzerland",
    "greek": "greece",
    "spanish": "spain",
    "polish": "poland",
    "danish": "denmark",
    "swedish": "sweden",
    "finnish": "finland",
    "irish": "ireland",
    "thai": "thailand",
    "filipino": "philippines",
    "philippine": "philippines",
    "norwegian": "norway",
    "peruvian": "peru",
    "emirati": "emirates",
    "lao": "laos",
    "belgian": "belgium",
    "cypriot": "cyprus",
    "maltese": "malta",
    "afghan": "afghanistan",
    "uzbek": "uzbekistan",
    "kazakh": "kazakhstan",
    "tajik": "tajikistan",  # listed as demonyms in round 355 ("the Tajik ministry")
    "turkmen": "turkmenistan",
    "kosovar": "kosovo",
    # no suffix or an irregular one, so that "the Kyrgyz leader" is the Kyrgyz president, not
    # the Tajik one named last (round 359)
    "kyrgyz": "kyrgyzstan",
    "icelandic": "iceland",
    "malagasy": "madagascar",
    "maldivian": "maldives",
    "togolese": "togo",
    "luxembourgish": "luxembourg",
}
_PLACE_ALIASES = {
    "united states": "us",
    "united states of america": "us",
    "u.s.": "us",
    "usa": "us",
    "america": "us",
    "united kingdom": "britain",
    "uk": "britain",
    "great britain": "britain",
    "united arab emirates": "emirates",
    "uae": "emirates",
}


# the first word of a compound title the recogniser leaves before its span, and the span's
# first word after it ("press secretary", "National Security Minister"; newuser42)
_COMPOUND_TITLE_WORDS = frozenset(
    {("press", "secretary"), ("press", "officer"), ("press", "attaché"), ("press", "attache")}
    | {(word, "Security") for word in ("National", "Homeland", "Public", "Internal", "State")}
)


def _compound_title_start(text: str, span: EntitySpan) -> int:
    """Where a title starts whose first word the recogniser left out of its span ("press" of
    "press secretary", "National" of "National Security Minister"), else -1."""
    if span.type != "ROLE" or span.start < 2 or text[span.start - 1] != " ":
        return -1
    reach = span.start - 12 if span.start > 12 else 0  # "National ": no longer word is read
    space = text.rfind(" ", reach, span.start - 1)
    word = text[space + 1 if space >= 0 else reach : span.start - 1]
    if (word, span.text.partition(" ")[0]) not in _COMPOUND_TITLE_WORDS:
        return -1
    return span.start - len(word) - 1


def _acronym_bracketed_before(text: str, spans: Sequence[EntitySpan], index: int) -> bool:
    """Whether the person at ``index`` follows an organisation's acronym in brackets after its
    name ("Director General of the International Atomic Energy Agency (IAEA) X"): the title
    chain before the name ends at the name the acronym stands for."""
    if index < 2:
        return False
    acronym, body = spans[index - 1], spans[index - 2]
    return (
        acronym.type == "ORG"
        and body.type == "ORG"
        and text[body.end : acronym.start] == " ("
        and text[acronym.end : spans[index].start] == ") "
    )


def _owned_organisation(
    text: str, spans: Sequence[EntitySpan], at: int, gap: str
) -> tuple[EntitySpan, str]:
    """The organisation a title serves through a country's possessive ("spokesman for Qatar's
    Ministry of Foreign Affairs", newuser42; "secretary of Iran's Supreme National Security
    Council", newuser49): that organisation and the gap before it, else the country at
    ``at`` and ``gap`` as they were."""
    country = spans[at]
    if at + 1 < len(spans) and text.startswith(_POSSESSIVE_GAPS, country.end):
        after = spans[at + 1]
        if after.type == "ORG" and after.start == country.end + 3:
            return after, gap
    return country, gap


def _title_for_organisation(text: str, role: EntitySpan, body: EntitySpan, gap: str) -> bool:
    """Whether ``gap`` joins a title to the organisation it serves before a person's name
    ("Deputy spokesperson for the Ministry of Foreign Affairs X": Vietnamese outlets' order,
    session 39), so that the chain holds the whole title; not when a title of the person's
    own follows ("the Spokesman for UN Secretary-General X": the Secretary-General's)."""
    if role.type != "ROLE" or body.type != "ORG" or "for " not in gap:
        return False
    joined = _TITLE_FOR_GAP.fullmatch(gap)
    return joined is not None and (joined.group(1) is None or joined.group(1) in lx.ROLE_NOUNS)


@lru_cache(maxsize=4096)
def role_words(text: str) -> frozenset[str]:
    """The words a role mention is compared by ("Deputy Foreign Minister" -> 3 words); kept,
    as a library repeats its titles."""
    words: set[str] = set()
    for word in _WORD.findall(fold(text)):
        if word in _ROLE_STOPWORDS:
            continue
        words.update(_ABBREVIATIONS.get(word, (word,)))
    if words in (_HEAD_OF_STATE, _CHIEF_EXECUTIVE):
        return _PRESIDENT  # "the Head of State urged", "the Chief Executive said" (a
        # president's other name; round 491): the president the article names
    if words >= _HEAD_OF_MISSION:  # "X, head of the Mission of Norland to the EU ... the
        words.add("ambassador")  # ambassador said": a mission's head is its own (round 285)
    return frozenset(words)


@lru_cache(maxsize=4096)
def without_honorific(name: str) -> str:
    """A name without the leading honorifics the recogniser kept ("Shaikh Mohammad Bin Rashid
    Al Maktoum" is Mohammad Bin Rashid Al Maktoum, "Utama Mohamad Hasan" is Mohamad Hasan):
    speakers are named without titles. Kept, as ``role_words`` is: the cast asks it of each
    person mention two or three times (2,617 calls for ~1,100 mentions on 155 articles)."""
    first, _, rest = name.partition(" ")
    while rest and (first.lower() in _HONORIFICS or first in _NATIONALITY_NOUNS):  # "Dato' Seri"
        name = rest
        first, _, rest = name.partition(" ")
    return name


def _without_glued_verb(name: str) -> str:
    """A name without a last word the verb after it was fused to by a lost space ("Moon
    Jae-accepted letters", "Jae-in accepted" as printed): the name is what stands before it. A
    name's hyphened lowercase part is a syllable ("Jae-in", "Myung-bak"), never a past tense."""
    if "-" not in name or not name.endswith("ed"):
        return name
    rest, _, last = name.rpartition(" ")
    tail = last.rpartition("-")[2]
    if rest and len(tail) > 4 and tail.islower() and tail.isalpha():
        return rest
    return name


def one_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``start`` (-1: nowhere) and ``end`` stand in one sentence: no full stop or line
    break between them."""
    return start >= 0 and text.find(". ", start, end) < 0 and text.find("\n", start, end) < 0


def _without_nickname(name: str) -> str:
    """A name without the nickname in marks inside it ("Juan Miguel “Migz” Zubiri" is Juan
    Miguel Zubiri, "Ibrahim ‘Ibu’ Mohamed Solih" Ibrahim Mohamed Solih): the set names the
    person by the name, the nickname an aside."""
    if not ("“" in name or "‘" in name or "'" in name or '"' in name):  # the cheap test first
        return name  # (no opening mark, no nickname)
    return _INNER_NICKNAME.sub("", name)


def _without_fused_debris(name: str, named: Collection[str]) -> str:
    """A name without a last word of mixed case, a capital well inside it ("John Bercow
    IsraeRt", a page's words fused: round 408), where the article also names the person
    without it; surnames' inner capitals follow a short prefix ("McDonald", "DeSantis",
    "MacArthur") and are kept."""
    rest, _, last = name.rpartition(" ")
    if " " not in rest or rest not in named:  # the cheap tests first
        return name
    inner = next((i for i, c in enumerate(last[1:], 1) if c.isupper()), 0)
    if inner > _CAPITAL_PREFIX and last[1:inner].islower():
        return rest
    return name


def _without_acronym_title(name: str, named: Collection[str]) -> str:
    """A name without a leading capitals-only title ("CSG Patricia Scotland", the Commonwealth
    Secretary-General's initials) where the article also names the person without it (round
    365); a name never named without them keeps them ("KIM Sol Han", "KP Sharma Oli")."""
    first, _, rest = name.partition(" ")
    if len(first) > 2 and first.isupper() and first.isalpha() and " " in rest and rest in named:
        return rest
    return name


@lru_cache(maxsize=4096)
def role_head(role: str) -> str:
    """What a role's holder is, without whom it serves or what it is about: "Deputy Spokesman
    for the Secretary-General" and "Special Envoy of the Secretary-General" are a spokesman and
    an envoy, not the Secretary-General; "Special Rapporteur on X" is a rapporteur. Kept, as
    a library repeats its titles."""
    head = _SERVED.split(role, maxsplit=1)[0]
    served = head.find(_OF_THE)
    if served > 0 and _last_role_noun(head[served + len(_OF_THE) :]):
        return head[:served]
    return head


def _last_role_noun(words: str) -> bool:
    """Whether the last word of ``words`` (or its last part: "Secretary-General") is a role
    noun: "of the Prime Minister" names a person served, "of the Interior" a portfolio."""
    last = words.rsplit(None, 1)[-1].rsplit("-", 1)[-1] if words.strip() else ""
    return last.lower() in lx.ROLE_NOUNS


_AGENCY_TAIL = " Agency"  # "X News Agency", which the text may shorten to "X News"
_NEWS_AGENCY = " news agency"  # after an outlet's name, part of what it is called


# the nouns a union of parties is named by, and such a noun after its name, a word between at
# most ("the Green Front opposition alliance"): "the coalition" and "the alliance" name it
_UNION_HEADS = frozenset({"alliance", "coalition"})
_UNION_AFTER = lazy_compile(r" (?:[a-z-]+ )?(?:alliance|coalition)\b")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a statement is attributed to; ``key`` links it across articles."""

    name: str
    key: str
    type: str  # "PERSON", "ORG" or "GROUP"
    role: str = ""
    organisation: str = ""


# a capitalised word opening a paragraph or a sentence, right before a name ("\nTanee ")
_GIVEN_NAME_OPENING = lazy_compile(r"(?:^|\n|\. )([A-Z][a-z]+) $")
_GIVEN_NAME_AFTER = lazy_compile(r" ([A-Z][a-z]+) $")  # right after a title's entity


@dataclass(slots=True)
class _Person:
    key: str
    name: str = ""
    role: str = ""
    organisation: str = ""
    words: set[str] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)  # the words of what the role holds
    places: set[str] = field(default_factory=set)  # the country their title names
    mentions: list[int] = field(default_factory=list)  # starts of body mentions
    spans: list[int] = field(default_factory=list)  # indices of its body mentions
    said_at: list[int] = field(default_factory=list)  # mentions after "Ms", "spokeswoman"...
    role_from_body: bool = False
    named_in_body: bool = False
    counterpart: bool = False  # titled only as another's counterpart
    known: Speaker | None = None  # the speaker, made on first asking
    gender: str | None = None  # read when a pronoun first asks

    def speaker(self) -> Speaker:
        if self.known is None:  # asked only once the cast is built: the fields are final
            self.known = Speaker(self.name, self.key, "PERSON", self.role, self.organisation)
        return self.known


class Cast:
    """The persons and organisations of one article, looked up by mention, role or head word."""

    def __init__(self, text: str, spans: Sequence[EntitySpan], body: Sequence[tuple[int, int]]):
        self.text = text
        self.spans = list(spans)
        self._persons: dict[str, _Person] = {}
        self._person_of: dict[int, _Person] = {}  # span start -> person
        self._org_names: dict[str, str] | None = None  # key -> fullest surface, when asked
        self._party_names: dict[str, EntitySpan] | None = None  # see _parties_named_short
        self._aliases: dict[str, EntitySpan] | None = None  # "DFA", "Wisma Putra" -> the body
        self._body_orgs: list[EntitySpan] | None = None  # body ORG mentions, when asked
        self._person_mentions: dict[str, list[EntitySpan]] | None = None  # by text, when asked
        self._acronym_holders: dict[str, _Person] | None = None  # "CEC" -> its holder, when asked
        self._body = list(body)
        self._body_starts = [start for start, _ in self._body]
        self._span_starts = [span.start for span in self.spans]
        self._keys: dict[str, str] = {}
        self._names: dict[str, str] = {}  # a person's mention -> its speaker name, when asked
        self._first_named: dict[str, EntitySpan] = {}  # each full name's first mention
        self._counterparts: list[tuple[int, _Person]] = []  # "his Chinese counterpart X"
        # the role as the article words it, where the cast reads a shorter one or none: key ->
        # (the cast's role, the role shown); shown only, never read to tell who speaks
        self._shown_roles: dict[str, tuple[str, str]] = {}
        self._build()

    def key(self, name: str) -> str:
        """``canonical_key``, once per distinct name: an article repeats its names."""
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = canonical_key(name)
        return key

    def speaker_name(self, mention: str) -> str:
        """A person's mention as the speaker is named and keyed: without the honorifics, the
        nationality or the capitals-only title the recogniser kept before it ("H.E. X Y",
        "Frenchman Emmanuel Macron", "CSG Patricia Scotland"). The name shown and the key
        are both made from it: a key made from the mention as written ("frenchman emmanuel
        macron") linked none of the person's statements named plainly, nor a correction."""
        name = self._names.get(mention)
        if name is None:
            plain = _without_nickname(_without_glued_verb(without_honorific(mention)))
            named = self._first_named
            name = _without_fused_debris(_without_acronym_title(plain, named), named)
            self._names[mention] = name
        return name

    def person_key(self, mention: str) -> str:
        """A person's mention's key: its speaker name's (:meth:`speaker_name`), or the key of
        the full name the cast read it as."""
        key = self._keys.get(mention)
        if key is None:
            key = self._keys[mention] = self.key(self.speaker_name(mention))
        return key

    def named_person(self, mention: str) -> Speaker:
        """The speaker a person's mention names, where no person of the cast is it (words
        the recogniser missed): named and keyed alike, by :meth:`speaker_name`."""
        return Speaker(self.speaker_name(mention), self.person_key(mention), "PERSON")

    def in_lede(self, offset: int) -> bool:
        """Whether ``offset`` is in the body's first paragraph."""
        return bool(self._body) and self._body[0][0] <= offset < self._body[0][1]

    def in_body(self, offset: int) -> bool:
        index = bisect_left(self._body_starts, offset + 1) - 1
        return index >= 0 and offset < self._body[index][1]

    def _build(self) -> None:
        spans = self.spans
        full_keys: dict[str, str] = {}
        ambiguous: set[str] = set()
        by_words = _FullNames()  # a full name without initials -> its key
        variants: dict[tuple[str, ...], str] = {}  # its words in any order or spelling -> key
        respelled: dict[str, list[str]] = {}  # key -> the other spellings of its full name
        joined: dict[str, str] = {}  # a full name's words run together -> its key
        persons = [(index, span) for index, span in enumerate(spans) if span.type == "PERSON"]
        first_named: dict[str, EntitySpan] = {}  # a name's first mention: a repeated name
        for _, span in persons:  # links nothing its first mention has not already linked
            if span.text not in first_named and _full_name(without_honorific(span.text)):
                first_named[span.text] = span
        apart = _marked_apart(first_named)  # Lê Văn Thành and Lê Văn Thạnh: two keys
        self._first_named = first_named
        named = self.speaker_name
        full_names = [(_name_words(named(text)), span) for text, span in first_named.items()]
        distinct = {words for words, _ in full_names}
        fuller = _fuller_names(distinct)
        typos = {short for short, name in fuller.items() if _misspelt_title_before(short, name)}
        for words, span in sorted(full_names, key=lambda entry: -len(entry[0])):
            words = fuller.get(words, words)  # "Hillary Clinton" is Hillary Rodham Clinton
            name = named(span.text)
            if _is_initial(name[:2].rstrip()):
                words = _initialled(name, distinct) or words
            key = apart.get(span.text) or by_words.keys.get(words)
            if key is None and by_words.keys and len(words) > 1:
                key = by_words.respelled(words)  # "Jens Stoltenbegr", once
                if key is not None:
                    respelled.setdefault(key, []).append(name)
            if key is None and len(words) > 1:  # "Zhang Shui Li (Zhang Shuili)": one
                key = joined.get("".join(words).lower())  # person, syllables spelt apart
            if key is None:  # "Jeje Odongo" / "Odongo Jeje", "Sergei" / "Sergey": one person
                key = variants.setdefault(_variant_key(words), self.key(name))
                by_words.add(words, key)
            if len(words) > 1:
                joined.setdefault("".join(words).lower(), key)  # (round 443)
            self._keys[span.text] = key  # "Alan Peter S. Cayetano" is Alan Peter Cayetano
            for token in _name_tokens(span.text):  # as written: "The CSG said" is she too
                token = token.strip(_NICKNAME_MARKS)  # "Rolliansyah “Roy” Soemirat": "Roy" too
                if full_keys.setdefault(token, key) != key:
                    ambiguous.add(token)
        for token in ambiguous:
            del full_keys[token]  # "Minh" of two Minhs names neither
        own = self._own_surnames(persons, first_named) if first_named else _NO_PLACES
        titles: dict[str, EntitySpan] | None = None  # made on the first need
        surnames: _Surnames | None = None  # made on the first need
        titled: _Person | None = None  # the last person named with a title
        last_named: dict[str, str] = {}  # a word two full names share -> the last one named
        titled_named: dict[tuple[str, str], str] = {}  # (a title right before, that word) -> key
        named_before: dict[str, str] = {}  # that word -> the one of its names named before the last
        named_at: dict[str, int] = {}  # that word -> where its last full name ends
        named_bare: dict[str, str] = {}  # that word -> the one it first stood for on its own
        body, block, previous = self._body, 0, -1  # ``in_body`` walked along the body
        for index, span in persons:
            start = span.start
            described: str | None = None  # the key of the one a word before a name stands for
            if start < previous:  # a completed name may start before the mention before it
                block = 0
            previous = start
            while block < len(body) and body[block][1] <= start:
                block += 1
            in_body = block < len(body) and body[block][0] <= start
            # "Shri Birla" after "Shri Om Birla": a surname, its honorific no name's word
            bare = without_honorific(span.text)
            if _full_name(bare):
                key = self.person_key(span.text)
                if key not in self._persons and span.text.count(" ") == 1:
                    # "Johnson Smith": the "Johnson-Smith" of "Kamina Johnson-Smith"
                    key = full_keys.get(span.text.replace(" ", "-"), key)
                if key not in self._persons and bare[:1].islower() and ambiguous:
                    # "Justice de Moraes" after Viviane Barci de Moraes and Alexandre de
                    # Moraes: a surname led by its particle, the one last named with it, as
                    # "Wang" is (round 628)
                    key = last_named.get(bare.rpartition(" ")[2], key)
                if ambiguous and in_body:
                    kin: bool | None = None  # read on the first need: most names share no word
                    for token in span.text.split():
                        if token in ambiguous:
                            if last_named.get(token, key) != key:
                                kin = self._kin(span) if kin is None else kin
                                if kin:  # "President Ana Roca ... her son Luis Roca": "Roca"
                                    continue  # stays the one named before (round 589)
                                named_before[token] = last_named[token]
                            last_named[token] = key
                            named_at[token] = span.end
                            if titled_as := self._title_right_before(index):
                                titled_named[titled_as, token] = key
            elif own and span.text in own:
                key = self.person_key(span.text)  # "President Marcos ... his mother Imelda Marcos"
            else:
                known = full_keys.get(bare)  # "Minh": the one full name holding it
                if known is None and span.text in ambiguous and titled_named:
                    # "President X": the full name titled "President", whoever was named last
                    titled_as = self._title_right_before(index)
                    known = titled_named.get((titled_as, span.text)) if titled_as else None
                if known is None and (span.text in ambiguous or len(span.text) < 5):
                    known = self._titled_holder(span.text, self._title_right_before(index))
                if known is None and span.text in ambiguous:
                    known = last_named.get(span.text)  # "Wang" after Wang Yi, not Wang Wenbin
                    if known is not None and _regnal(self._persons[known].name, span.text):
                        # "Pope Leo XIV ... Leo said ... Pope Leo XIII ... Leo said": the
                        # ruler the bare name stood for first, not the namesake (round 629)
                        known = named_bare.setdefault(span.text, known)
                    other = named_before.get(span.text)
                    if other is not None and self._same_sentence(named_at[span.text], start):
                        # "When asked by Cho Jung-sik ..., Cho said": the other Cho
                        known = last_named[span.text] = other
                if self._name_goes_on(span):  # "Sheikh Zayed bin Sultan ..." cut at "bin":
                    known = self.person_key(span.text)  # a Zayed of his own
                if known is None and span.text.isupper() and _ACRONYM.fullmatch(span.text):
                    # "The PS noted" (``isupper`` first: no arguments to parse, as a match has)
                    titles = self._title_capitals() if titles is None else titles
                    bearer = titles.get(span.text)  # ... after "PS Macharia"
                    known = full_keys.get(bearer.text) if bearer is not None else None
                if known is None and span.text[:1].isalpha():
                    if surnames is None:
                        surnames = _surname_keys(
                            [(named(text), self.person_key(text)) for text in first_named]
                        )
                    known = _surname_key(bare, surnames)
                if known is None and " " not in bare:
                    known = described = self._described_key(bare)
                key = known if known is not None else self.person_key(span.text)
            person = self._persons.get(key)
            if person is None:
                person = self._persons[key] = _Person(key)
            misspelt = bool(typos) and _name_words(named(span.text)) in typos  # "Presienta X"
            if (
                not misspelt
                and described is None
                and (
                    len(span.text) > len(person.name)
                    or (in_body and not person.named_in_body and len(span.text) >= len(person.name))
                )
            ):  # never shorter without its honorifics
                name = named(span.text)
                if not in_body and name.count(" ") > 1:
                    name = self._headline_name(name, start)
                if len(name) > len(person.name) or (
                    in_body and not person.named_in_body and len(name) == len(person.name)
                ):  # "Gen Jeje Odongo" above the body, "Gen. Odongo Jeje" in it: as the body has it
                    person.name = name
                    person.named_in_body = in_body
            self._person_of[start] = person
            if in_body:
                person.mentions.append(start)
                person.spans.append(index)
            role, organisation, places = self._role_around(index)
            person.places |= places
            noun = "" if role else _word_before(self.text, span.start)
            noun_start = span.start - len(noun) - 1  # "Prime Minister, X,": where "Minister" is
            if noun in SAYING or ("\n" in noun and noun.rpartition("\n")[2] in SAYING):
                person.said_at.append(start)  # "Ms X", "his wife X": see ``gender``
            if noun in ("counterpart", "counterpart,"):
                self._counterparts.append((start, person))
                if titled is not None:
                    self._as_counterpart(person, titled, noun_start)
            if noun[-1:] == "," and self.text.startswith(",", span.end):
                noun = noun[:-1]  # "X's spokesperson, Y, told": Y is the spokesperson
                served = (
                    _LOWERCASE_TITLE_SERVING.search(self.text, max(0, start - 60), start)
                    if noun[:1].isupper()
                    else None
                )
                if served is not None:  # "the Japanese ambassador to Seoul, Y,": Y is he
                    noun = served.group(2)
                    if served.group(1):
                        person.places |= place_stems([], [served.group(1)])
            apposed = noun if noun in lx.ROLE_NOUNS and self._apposed_to_noun(span, noun) else ""
            if noun in lx.ROLE_NOUNS:
                person.words |= {noun}  # "spokesperson X": "the spokesperson" is X
                person.heads |= {noun}
                if noun_start > 1 and self.text[noun_start - 2].isalpha():  # the cheap test
                    self._lowercase_title(person, noun_start)
            elif noun[:1].isupper() and noun.lower() in lx.ROLE_NOUNS:
                rank = self._rank_words(noun, noun_start)
                person.words |= rank
                person.heads |= {noun.lower()}  # "Senior General X": "the Senior General" is X
                person.heads |= rank & _OTHER_OFFICE  # "the Prime Minister, X,": a prime one
            if (
                start > 11
                and self.text[start - 2] == "y"
                and self.text.endswith(" chaired by ", 0, start)
            ):  # the cheap tests first
                person.words |= _CHAIRS  # "a group chaired by X": "the Chairperson" is X
                person.heads |= _CHAIRS
            if role:
                if role.islower() and self.text.startswith(", ", span.end):
                    role = self._apposed_role_served(role, span.end)
                title, heads = _title_words(role)
                person.words |= title | role_words(organisation)
                person.heads |= heads
                if not person.role or (in_body and not person.role_from_body):
                    person.role, person.organisation = role, organisation
                    person.role_from_body = in_body
                    if organisation:  # "African Union Commission Chairperson X"
                        self._organisation_led(person, organisation, span.start)
                    self._country_led(person, span.start)
                    self._not_held_now(person, span.start)
                if self.text.startswith((", the ", ", as "), span.end):  # the cheap test first
                    self._apposed_title_too(index, person)
                elif (
                    self.text.startswith(", ", span.end)
                    and self.text[span.end + 2 : span.end + 3].islower()
                ):
                    self._apposed_lowercase_role(index, person)
                elif self.text.startswith(", ", span.end) and index + 2 < len(self.spans):
                    self._second_title(index, person)
                if "press" in title:  # the cheap test first
                    _press_secretary_speaks(person)
            elif not person.role and self.text.startswith(", ", span.end):
                # "X, a deputy minister,": shown as X's role, never read as naming X ("a
                # senior official at ..." is not the "Japanese official" who speaks after)
                person.role = self._described_role(span.end)
                if person.role and not self.text.startswith(_ARTICLE_GAPS, span.end):
                    # "X, acting minister of foreign affairs, said" (round 303): with no
                    # article the apposition is X's title, and "the minister" is X
                    title, heads = _title_words(person.role)
                    person.words |= title
                    person.heads |= heads
            if not person.role and key not in self._shown_roles and in_body:
                self._loosely_titled(index, person)
                if key not in self._shown_roles and noun.rpartition("\n")[2] in lx.RANK_ENDINGS:
                    self._ranked(span.start, person)  # "Rear Admiral X said" (the cheap test
                    # first)
            if apposed and not person.role and key not in self._shown_roles and in_body:
                self._shown_roles[key] = ("", apposed)  # "A Qatari spokesperson, X, said": the
                # noun shown as X's role where no fuller title reads (newuser42)
            if person.heads:
                titled = person
        if respelled:
            self._usual_spelling(respelled)
        self._sheikh_named()
        self._given_names_unrecognised()
        self._named_in_capitals()

    def _own_surnames(
        self, persons: list[tuple[int, EntitySpan]], first_named: dict[str, EntitySpan]
    ) -> frozenset[str]:
        """Surnames the body names a person by alone before any full name holding them, when
        each such full name is a relative's ("President Marcos said ... Marcos is the son of
        Ferdinand Marcos and Imelda Marcos"): "Marcos" stays the president, not his mother
        named last (round 295)."""
        bare: dict[str, int] = {}
        for _, span in persons:
            if " " not in span.text and self.in_body(span.start):
                bare.setdefault(span.text, span.start)
        if not bare:
            return _NO_PLACES
        kin: dict[str, bool] = {}
        for name, span in first_named.items():
            surname = name.rpartition(" ")[2]
            first = bare.get(surname)
            if first is not None:
                kin[surname] = kin.get(surname, True) and first < span.start and self._kin(span)
        return frozenset(surname for surname, each in kin.items() if each)

    def _kin(self, span: EntitySpan) -> bool:
        """Whether a name is given as someone's relative in its sentence ("the son of the late
        X and Y", "his wife X")."""
        window = max(0, span.start - _KIN_REACH)
        opening = max(
            self.text.rfind(". ", window, span.start), self.text.rfind("\n", window, span.start)
        )
        return _KIN.search(self.text, max(window, opening), span.start) is not None

    def _usual_spelling(self, respelled: dict[str, list[str]]) -> None:
        """A person whose full name the article spells two ways ("Adel Abdul-Muhadi", "Adel
        Abdul-Mahdi") is named as the article most often writes the surname, not by the
        longer spelling (round 278); on a tie, as before. The surname is counted as a word:
        "Zelensky" is not written where "Zelenskyy" is (round 633)."""
        for key, spellings in respelled.items():
            person = self._persons.get(key)
            if person is None or not person.name:
                continue
            person.name = max(
                [person.name, *spellings],
                key=lambda name: _word_count(self.text, name.rpartition(" ")[2]),
            )

    def _given_names_unrecognised(self) -> None:
        """A person named by one word whose first mention opens a paragraph or a sentence
        after an unknown capitalised word ("Tanee Sangrat from the ministry said", the
        recogniser knowing neither word): that word is the given name, the name in full."""
        gaz = load()
        for person in self._persons.values():
            if not person.mentions or " " in person.name or not person.named_in_body:
                continue
            first = person.mentions[0]
            given = _GIVEN_NAME_OPENING.search(self.text, max(0, first - 30), first)
            if given is None:
                given = self._given_name_after_title(first)
            if given is None:
                continue
            word = given.group(1)
            known = (gaz.title_words, gaz.honorific_words, gaz.stopwords, lx.WEEKDAYS)
            if word.lower() in gaz.common_words or any(word in words for words in known):
                continue  # "Minister Sangrat", "Later Sangrat": no given name
            if not self._span_at(given.start(1)):
                person.name = f"{word} {person.name}"

    def _named_in_capitals(self) -> None:
        """A person named by one word whose full name the article writes in capitals only
        ("JAY KHONGHUN – The Deputy Speaker ...", a lede's label, or a transcript's "ANA
        RUIZ:" the recogniser did not read as a person): that name, in its ordinary case."""
        alone = {
            person.name.upper(): person
            for person in self._persons.values()
            if " " not in person.name and person.named_in_body and len(person.name) > 2
        }
        if not any(surname in self.text for surname in alone):
            return  # the cheap test first: no surname in capitals, no span to read
        gaz = load()
        for span in self.spans:
            words = span.text.split()
            person = alone.get(words[-1]) if 1 < len(words) < 4 else None
            if person is None or not span.text.isupper() or span.type == "PERSON":
                continue
            given = [word.title() for word in words[:-1]]
            if all(
                word.isalpha()
                and word not in gaz.title_words
                and word not in gaz.honorific_words
                and (word in gaz.given_names or word.lower() not in gaz.common_words)
                for word in given
            ):
                person.name = " ".join([*given, person.name])
                del alone[words[-1]]

    def _given_name_after_title(self, first: int) -> re.Match[str] | None:
        """An unknown capitalised word between a title's last entity and a one-word name
        ("Minister for the Pacific Zed Seselja", the recogniser keeping "Seselja" alone)."""
        given = _GIVEN_NAME_AFTER.search(self.text, max(0, first - 30), first)
        if given is None:
            return None
        index = bisect_left(self._span_starts, given.start(1)) - 1
        before = self.spans[index] if index >= 0 else None
        if before is None or before.end != given.start() or before.type == "PERSON":
            return None
        return given

    def _span_at(self, offset: int) -> bool:
        """Whether an entity mention starts at ``offset``."""
        index = bisect_left(self._span_starts, offset)
        return index < len(self._span_starts) and self._span_starts[index] == offset

    def _sheikh_named(self) -> None:
        """A person named by one word after "Sheikh" alone ("Sheikh Hasina") bears it as
        part of the name: no fuller name leaves it off, as "Sheikh Tamim bin Hamad" does;
        not where the article titles a Gulf name "Sheikh" ("Sheikh X, ... Sheikh Nasser
        Al-Sabah": a title there, round 278)."""
        titled_gulf: bool | None = None  # read on the first need
        for person in self._persons.values():
            if " " not in person.name and any(
                self.text.endswith(_SHEIKH, 0, self.spans[index].start) for index in person.spans
            ):
                if titled_gulf is None:
                    titled_gulf = self._sheikh_titles_gulf_name()
                if not titled_gulf:
                    person.name = f"Sheikh {person.name}"

    def _sheikh_titles_gulf_name(self) -> bool:
        """Whether "Sheikh" stands before a name of the Gulf's form ("Sheikh Sabah Al-Ahmad
        Al-Sabah", "Sheikh Tamim bin Hamad"): a title in this article, not part of a name."""
        return any(
            _GULF_NAME.search(person.name) is not None
            and any(
                self.text.endswith(_SHEIKH, 0, self.spans[index].start) for index in person.spans
            )
            for person in self._persons.values()
            if " " in person.name
        )

    def _lowercase_title(self, person: _Person, at: int) -> None:
        """The words of a title in lower case before its noun at ``at`` and the nationality
        opening it ("Czech diplomatic chief X", "Iranian top diplomat X"): "the Czech
        diplomatic chief" is X, and so is "the top diplomat"."""
        titles = load().title_words
        while (word := _word_before(self.text, at)).islower() and (
            word in _LOWERCASE_TITLE_WORDS or word.capitalize() in titles
        ):
            person.words.add(word)
            at -= len(word) + 1
        if at > 0 and (word := _word_before(self.text, at))[:1].isupper() and _demonym(word):
            person.places |= place_stems([], [word])

    def gender(self, key: str) -> str:
        """Whether the article shows the person of ``key`` to be a man or a woman (see
        ``read_gender``), read once per person when a pronoun first asks (never where the
        article names no one else: no other person to tell them from)."""
        person = self._persons.get(key)
        if person is None or len(self._persons) == 1:
            return UNKNOWN
        if person.gender is None:
            person.gender = read_gender(
                self.text, self.spans, person.spans, person.said_at, person.name, person.role
            )
        return person.gender

    def _described_role(self, name_end: int) -> str:
        """A role no title span marks, described in lowercase words in apposition right after
        a name ("Ms X, a deputy minister, said"): its role noun and what it serves, else ""."""
        described = _DESCRIBED_ROLE.match(self.text, name_end)
        if (
            described is None
            or not _last_role_noun(described.group(1))
            or described.group(1).rpartition(" ")[2] in NO_OFFICE
            or _CLAUSE_VERB.search(self.text, described.start(1), described.end())
        ):
            return ""
        return described.group(1) + described.group(2)

    def _apposed_role_served(self, role: str, name_end: int) -> str:
        """A lowercase title span apposed after a name, with what it serves ("X, climate envoy
        for the Marshall Islands, said"): the whole apposition, as :meth:`_described_role`
        reads one that no title span marks; the span alone drops the place."""
        described = self._described_role(name_end)
        return described if described.startswith(f"{role} ") else role

    def _organisation_led(self, person: _Person, organisation: str, name_start: int) -> None:
        """An organisation opening the title right before a name ("African Union Commission
        Chairperson X", "Foreign Ministry spokesperson Y", "The UN Special Rapporteur on Z,
        W,") is shown in the role, as written: the cast reads the role without it."""
        role = person.role
        reach = max(0, name_start - len(role) - len(organisation) - _ORGANISATION_GAP_REACH)
        for gap in _ORGANISATION_GAPS:  # "UN Special Rapporteur ..., X": a comma between too
            written = f"{organisation}{gap}{role}"
            if self.text.find(written, reach, name_start) >= 0:
                self._shown_roles[person.key] = (role, written)
                return
        self._shown_roles.pop(person.key, None)

    def _country_led(self, person: _Person, name_start: int) -> None:
        """A country or nationality opening the title right before a name ("Sudanese Foreign
        Minister X", "US Secretary of State Y", "China's Foreign Minister Z", "South Sudanese
        army spokesman W") is shown in the role, as written: the cast reads the role without
        it, and a library filter by country (``--org sudan``) reads the role shown (left44).
        So is one after a word making the office a stand-in's ("Acting Thai Prime Minister X":
        the cast's role is "Acting Prime Minister")."""
        role, text = person.role, self.text
        written = self._role_shown(role, person.key)
        reach = name_start - len(written) - _ORGANISATION_GAP_REACH
        reach = reach if reach > 0 else 0
        at = text.find(written, reach, name_start)
        if at < 0 and written.startswith(_TEMPORARY_WORDS):
            written = written.partition(" ")[2]
            at = text.find(written, reach, name_start)
            temporary = (
                _TEMPORARY_BEFORE.search(text, max(0, at - _TEMPORARY_READS), at)
                if at > 0
                else None
            )
            if temporary is not None and temporary.group(2) is not None:
                self._shown_roles[person.key] = (role, text[temporary.start() : at + len(written)])
            return
        if at < 2 or text[at - 1] != " ":  # the cheap test first
            return
        start = self._country_before(at)
        if start < at:
            self._shown_roles[person.key] = (role, text[start : at + len(written)])

    def _not_held_now(self, person: _Person, name_start: int) -> None:
        """A word before the title right before a name saying its office is not held now
        ("Former Sudanese President X", "then-Secretary of State Y") is shown in the role,
        which keeps its title words: ``role:president`` still finds him, ``role:former`` too."""
        role, text = person.role, self.text
        written = self._role_shown(role, person.key)
        reach = name_start - len(written) - _ORGANISATION_GAP_REACH
        at = text.rfind(written, reach if reach > 0 else 0, name_start)
        if at < 2:
            return
        reads = at - _NOT_NOW_READS if at > _NOT_NOW_READS else 0
        before = text[reads:at]
        if not before.endswith(_NOT_NOW_ENDINGS):  # the cheap tests first: most titles
            word = before[before.rfind(" ", 0, -1) + 1 :]  # stand alone
            if "-" not in word and "\u2010" not in word and "\u2011" not in word:
                return
        qualifier = _NOT_NOW_BEFORE.search(text, reads, at)
        if qualifier is not None:
            self._shown_roles[person.key] = (role, text[qualifier.start() : at + len(written)])

    def _country_before(self, at: int) -> int:
        """Where a country ("US", "China's") or a nationality ("Sudanese", "South Sudanese")
        opening a title at ``at`` starts, else ``at``. A lowercase word may stand between after
        a nationality or an owner ("Sudanese army spokesman", "Thailand's new Prime
        Minister"), not after a bare place ("India after external affairs minister X"); a
        place after "in" or "at" is where, not whose ("in Samarkand Acting Foreign Minister")."""
        text = self.text
        word = _word_before(text, at)
        lowercase = word.isalpha() and word.islower() and word not in _ROLE_STOPWORDS
        start = at - len(word) - 1 if lowercase else at
        owned = text.startswith(("’s ", "'s "), start - 3)
        end = start - 3 if owned else start - 1
        index = bisect_left(self._span_starts, end) - 1
        if index >= 0 and (place := self.spans[index]).end == end and place.type == "GPE":
            if (lowercase and not owned) or _word_before(text, place.start) in _LOCATIVES:
                return at
            start = place.start + 4 if text.startswith("The ", place.start) else place.start
            return at if self._shared_or_owned(start) else start
        nationality = (
            _CAPITALISED_BEFORE.search(
                text, start - _WORD_READS if start > _WORD_READS else 0, start
            )
            if not owned and start > 1 and text[start - 2].islower() and text[start - 1] == " "
            else None
        )  # the cheap tests first: a lowercase letter and a space end a nationality
        if nationality is None or not _demonym(nationality.group(1)):
            return at
        stem = _vowels_cut(_demonym_stem(nationality.group(1).lower()))
        opening = nationality.start()
        before = (  # the cheap test first: a lowercase letter and a space end a place's words
            _PLACE_WORDS_BEFORE.search(text, max(0, opening - 2 * _WORD_READS), opening)
            if text[opening - 2 : opening - 1].islower() and text.startswith(" ", opening - 1)
            else None
        )
        while before is not None:  # "Papua New Guinean", "South Sudanese": not Sudan's
            if _several_words_place(before.group(1)[:-1].lower(), stem):
                opening = before.start(1)
                break
            before = _PLACE_WORDS_BEFORE.search(text, before.start(1) + 1, opening)
        return at if self._shared_or_owned(opening) else opening

    def _shared_or_owned(self, start: int) -> bool:
        """Whether the country opening a title at ``start`` follows an owner ("the ICRC's
        Syria head X": the place the post covers, not X's country) or another country ("Russian
        and German Foreign Ministers X and Y": whose is whose is not said)."""
        text = self.text
        word = _word_before(text, start)
        if word.endswith(("’s", "'s")):
            return True
        if word not in _JOINING_WORDS:
            return False
        start -= len(word) + 1
        word = _word_before(text, start).rpartition("\n")[2]  # one opening its line too
        index = bisect_left(self._span_starts, start - 1) - 1
        return word in load().demonyms or (
            index >= 0 and self.spans[index].end == start - 1 and self.spans[index].type == "GPE"
        )

    def _ranked(self, start: int, person: _Person) -> None:
        """A military rank right before a name ("Rear Admiral X", "Staff Sergeant X"): shown
        as the person's role, all its words (not "Admiral" alone), as the cast reads none."""
        window = max(0, start - _LONGEST_RANK)
        rank = next(
            (r for r in lx.MILITARY_RANKS if self.text.endswith(f"{r} ", window, start)), ""
        )
        if not rank or self.text[start - len(rank) - 2 : start - len(rank) - 1].isalpha():
            return  # the rank's first word is part of a longer one ("Attorney General X")
        self._shown_roles[person.key] = ("", rank)

    def _loosely_titled(self, index: int, person: _Person) -> None:
        """A title in lower case (or in lower case and capitals) set off by commas before or
        after a name ("the spokeswoman for the Ministry of ..., X, told", "X, the Omani foreign
        minister, said", "the UN special rapporteur on Y, X,"): shown as the person's role, as
        the cast reads none there."""
        span, text = self.spans[index], self.text
        comma_after = text.startswith(", ", span.end)
        titled = None
        if text.startswith(", ", span.start - 2):  # "..., X said", "..., X and his ..."
            titled = self._title_phrase_before(index, _MIXED_CASE_TITLE)
            if titled is None:
                titled = self._clause_title_before(index)
        if titled is None and comma_after:
            titled = self._title_phrase_after(index, _MIXED_CASE_TITLE)
        if titled is not None and _SENTENCE_END_IN_TITLE.search(titled[0]) is None:
            self._shown_roles[person.key] = ("", titled[0])
            if not person.places:  # "Sudan's acting justice minister, X,": Sudan's, so "a
                person.places.update(titled[2])  # UAE official" is not X (newuser48)
        elif titled is None and (before := self._lowercase_title_before(span.start)):
            self._shown_roles[person.key] = ("", before)

    def _clause_title_before(self, index: int) -> tuple[str, str, frozenset[str]] | None:
        """A title opening its clause with no "the", closed by a comma before a name ("On July
        31, Minister of External Relations, X, said", "Sweden's minister for ..., X,"): not a
        phrase naming someone else ("Speaking to a minister, X said")."""
        text = self.text
        comma = self.spans[index].start - 2
        window = max(0, comma - _TITLE_PHRASE_CHARACTERS)
        at, mark = max((text.rfind(mark, window, comma), mark) for mark in _TITLE_CLAUSE_OPENINGS)
        start = at + len(mark) if at >= 0 else -1 if window else 0
        if start < 0 or text.startswith(_NOT_TITLE_OPENINGS, start):
            return None
        inside = self.spans[bisect_left(self._span_starts, start) : index]
        return self._read_title(start, comma, inside, _MIXED_CASE_TITLE)

    def _lowercase_title_before(self, name_start: int) -> str:
        """A title ending in a lowercase role noun right before a name, with the capitalised
        or title words before it ("Thai Foreign Ministry official X", "Venezuelan opposition
        leader Y", "Foreign Ministry spokesperson Z"), else ""."""
        text = self.text
        noun = _word_before(text, name_start)
        if noun not in lx.ROLE_NOUNS or noun in NO_OFFICE:
            return ""
        at = name_start - len(noun) - 1
        titles = load().title_words
        for _ in range(_TITLE_WORDS_BEFORE):
            word = _word_before(text, at)
            paragraph = word.rfind("\n") + 1
            word = word[paragraph:]
            if not _in_title(word, titles):
                break
            at -= len(word) + 1
            if paragraph:
                break
        return text[at : name_start - 1]

    def shown_role(self, speaker: Speaker) -> str:
        """The role a statement shows for ``speaker``: the article's words where the cast read
        it shorter or not at all (see ``_shown_roles``), else its role."""
        return self._role_shown(speaker.role, speaker.key)

    def _role_shown(self, role: str, key: str) -> str:
        shown = self._shown_roles.get(key)
        return shown[1] if shown is not None and shown[0] == role else role

    def _same_sentence(self, start: int, end: int) -> bool:
        """Whether no sentence or paragraph ends between ``start`` and ``end``."""
        return _SENTENCE_END.search(self.text, start, end) is None

    def _apposed_title_too(self, index: int, person: _Person) -> None:
        """A second title apposed after a titled person ("Foreign Minister X, the special envoy
        of the President, met ... The special envoy said"; "President X, as Chairperson of the
        AU Assembly, ..."): a role mention of it is X too."""
        spans = self.spans
        following = spans[index + 1] if index + 1 < len(spans) else None
        gap = 6 if self.text.startswith(", the ", spans[index].end) else 5  # or ", as "
        if (
            following is not None
            and following.type == "ROLE"
            and following.start == spans[index].end + gap
            and _ROLE_GOES_ON.match(self.text, following.end) is not None
        ):
            title, heads = _title_words(following.text)
            person.words |= title
            person.heads |= heads

    def _second_title(self, index: int, person: _Person) -> None:
        """A second capitalised title right after a person's first, both set off by commas
        ("X, Vice Prime Minister, Minister of Foreign Affairs of Georgia, ..."): a role mention
        of it is X too, with the place it names ("Foreign minister of Georgia notes", round
        464)."""
        spans = self.spans
        first, second = spans[index + 1], spans[index + 2]
        if not (
            first.type == second.type == "ROLE"
            and first.start == spans[index].end + 2
            and second.start == first.end + 2
            and self.text.startswith(", ", first.end)
            and second.text[:1].isupper()
            and _ROLE_GOES_ON.match(self.text, second.end) is not None
        ):
            return
        title, heads = _title_words(second.text)
        person.words |= title
        person.heads |= heads
        place = spans[index + 3] if index + 3 < len(spans) else None
        if (
            place is not None
            and place.type == "GPE"
            and self.text[second.end : place.start] in _SERVED_PLACE_GAPS
        ):
            person.places |= place_stems([place.text], [])

    def _apposed_lowercase_role(self, index: int, person: _Person) -> None:
        """A lowercase role apposed after a titled person, no article before it ("Ambassador
        X, spokesperson of the Ministry told ... The spokesperson said"): a role mention of it
        is X too (round 303)."""
        following = self.spans[index + 1] if index + 1 < len(self.spans) else None
        if (
            following is not None
            and following.type == "ROLE"
            and following.start == self.spans[index].end + 2
            and following.text.islower()
            and _ROLE_GOES_ON.match(self.text, following.end) is not None
        ):
            title, heads = _title_words(following.text)
            person.words |= title
            person.heads |= heads

    def _rank_words(self, noun: str, at: int) -> set[str]:
        """A rank's lowercased words: its noun, which starts at ``at``, and the title words
        right before it ("Senior General", "Deputy Commander")."""
        words = {noun.lower()}
        titles = load().title_words
        while (word := _word_before(self.text, at)) in titles:
            words.add(word.lower())
            at -= len(word) + 1
        return words

    def _headline_name(self, name: str, at: int) -> str:
        """A headline's name cut to its longest leading words that name a person off the
        headline's line ("Ana Vila Pushes Trade With Peru": Ana Vila, whom the body names so),
        else without a verb read into it (:meth:`_headline_verb_cut`)."""
        line_start = self.text.rfind("\n", 0, at) + 1
        line_end = self.text.find("\n", at)
        line_end = len(self.text) if line_end < 0 else line_end
        if self._person_mentions is None:  # each name's mentions, not every span at each name
            self._person_mentions = {}
            for span in self.spans:
                if span.type == "PERSON":
                    self._person_mentions.setdefault(span.text, []).append(span)
        words = name.split(" ")
        for kept in range(len(words) - 1, 0, -1):
            leading = " ".join(words[:kept])
            if any(
                span.end <= line_start or span.start >= line_end
                for span in self._person_mentions.get(leading, ())
            ):
                return leading
        return self._headline_verb_cut(name)

    def _headline_verb_cut(self, name: str) -> str:
        """A headline's name without a last capitalised word the body never writes, when the
        word before it is in the body ("X, Antony Blinken Hold Talks": Blinken)."""
        body_from = self._body_starts[0] if self._body_starts else 0
        rest, _, last = name.rpartition(" ")
        if self.text.find(last, body_from) >= 0:
            return name
        return rest if self.text.find(rest.rpartition(" ")[2], body_from) >= 0 else name

    def _title_right_before(self, index: int) -> str:
        """The title mention right before the person's mention at ``index`` ("President" of
        "President X"), lowercased, or ""."""
        if not index:
            return ""
        before = self.spans[index - 1]
        if before.type != "ROLE" or before.end + 1 != self.spans[index].start:
            return ""
        return before.text.lower()

    def _titled_holder(self, word: str, title: str) -> str | None:
        """The one person so titled whose name holds ``word`` or its other romanisation, a
        Korean one's "oo" written "u" (round 296: "Ambassador Yoon" after "Ambassador Yoon A-b"
        and "President Yoon C-d" is the ambassador, not the last named; "Ambassador Yun" is he
        too): the title tells two of one surname apart."""
        if not title:
            return None
        head = title.rsplit(" ", 1)[-1]
        sound = word.replace("oo", "u")
        found = {
            key
            for key, person in self._persons.items()
            if head in person.heads
            and any(
                part == word or part.replace("oo", "u") == sound for part in person.name.split()
            )
        }
        return found.pop() if len(found) == 1 else None

    def _name_goes_on(self, span: EntitySpan) -> bool:
        """Whether a name's particle follows a one-word mention ("Zayed bin Sultan"): the
        recogniser cut a name of its own there, not another's surname."""
        gaps = _particle_gaps().get(self.text[span.end : span.end + 2])
        return gaps is not None and self.text.startswith(gaps, span.end)

    def _title_capitals(self) -> dict[str, EntitySpan]:
        """Capitals standing as a title before a one-word name ("PS Macharia", "PM Hasina"),
        mapped to the name, when they name only one person."""
        found: dict[str, EntitySpan] = {}
        shared: set[str] = set()
        text = self.text
        for span in self.spans:
            if span.type != "PERSON" or " " in span.text:
                continue
            capitals = _TITLE_CAPITALS.search(text, max(0, span.start - 6), span.start)
            if capitals is not None:
                known = found.setdefault(capitals.group(1), span)
                if known.text != span.text:
                    shared.add(capitals.group(1))
        return {title: span for title, span in found.items() if title not in shared}

    def _as_counterpart(self, person: _Person, titled: _Person, noun_start: int) -> None:
        """ "X and Jordanian counterpart Y", "his Chinese counterpart, Y": Y holds the title
        of the person named with one before, for the place the word before names."""
        if person is titled:
            return
        person.counterpart = not person.heads
        person.words |= titled.words - titled.places
        person.heads |= titled.heads
        place = _CAPITALISED_BEFORE.search(self.text, max(0, noun_start - 20), noun_start)
        if place is not None:
            person.places |= place_stems([place.group(1)], [])

    def _role_around(self, index: int) -> tuple[str, str, frozenset[str]]:
        """The title chain right before a person ("Deputy Foreign Minister X") or the
        apposition right after ("X, Assistant to the Director General, Ministry of ..."),
        and the words of the places the chain names ("Saudi Arabia's Foreign Minister X")."""
        spans, text = self.spans, self.text
        last = index
        first = last
        if _acronym_bracketed_before(text, spans, index):  # the chain ends at the body
            last, first = index - 1, index - 2  # the acronym stands for, left out
        while first > 0:
            previous = spans[first - 1]
            if previous.type not in ("ROLE", "ORG", "GPE"):
                break
            gap = text[previous.end : spans[first].start]
            if first == last - 1 and _title_for_organisation(text, previous, spans[first], gap):
                first -= 1
                continue
            if first == last and gap != " ":
                if (
                    (gap[1:2] in _TITLE_GAP_SECOND and _TITLE_GAP.fullmatch(gap))
                    or gap in ("  ", "\u00a0")
                    or _honours(gap)
                ):  # "Foreign Minister Dr AK Abdul Momen", "Ambassador H.E Zhou", a doubled space
                    gap = " "
                elif gap.startswith(", ") and _honours(gap[1:]):
                    gap = ", "  # "The Minister for Foreign Affairs, Honourable X (MP)"
            if gap not in _ROLE_CHAIN_GAPS or (first == last and gap != " "):
                if (
                    first == last
                    and gap == ", "
                    and (
                        _opens_apposition(text, spans, index)
                        or _closes_apposition(text, spans, index)
                    )
                ):
                    first -= 1  # "The Minister of Foreign Affairs of India, X, highlighted"
                    continue
                break
            first -= 1
        first = _clause_place_skipped(text, spans, first, last)
        title_start = _compound_title_start(text, spans[first]) if first < last else -1
        if (
            title_start >= 0
            and first > 0
            and spans[first - 1].end + 1 == title_start
            and spans[first - 1].type == "ORG"
        ):
            first -= 1  # "White House press secretary X": whose press secretary
        chain = spans[first:last]
        roles = [span for span in chain if span.type == "ROLE"] if chain else chain
        if roles and text.startswith(", ", roles[0].start - 2):
            titled = self._title_before_title(first + chain.index(roles[0]))
            if titled is not None:  # "Spokesperson of the Ministry ..., Ambassador X": both
                return f"{titled[0]}, {text[roles[0].start : chain[-1].end]}", *titled[1:]
        if roles:
            organisations = [s for s in chain if s.type == "ORG" and s.start > roles[-1].end]
            if not organisations:  # "UN spokesperson X", "Foreign Ministry spokesperson X"
                organisations = [s for s in chain if s.type == "ORG" and s.end < roles[0].start]
            role = text[roles[0].start if title_start < 0 else title_start : chain[-1].end]
            before = chain[0].start
            temporary = (
                _TEMPORARY_BEFORE.search(
                    text, before - _TEMPORARY_READS if before > _TEMPORARY_READS else 0, before
                )
                if roles[0] is chain[0] and title_start < 0
                else None
            )
            nationality = None
            if temporary is not None:  # "Thai acting Prime Minister X": acting, and Thai
                role = f"{temporary.group(1)} {role}"
                nationality = temporary.group(2)
                before = temporary.start()
            if nationality is None:
                capitalised = _CAPITALISED_BEFORE.search(
                    text, before - 20 if before > 20 else 0, before
                )
                nationality = capitalised.group(1) if capitalised else None
            served = [s.text for s in chain if s.type == "GPE"]
            served += [  # "Vietnam National Assembly Chairman X": Vietnam's
                place
                for s in chain
                if s.type == "ORG" and s.end < roles[0].start and (place := _leading_place(s.text))
            ]
            following = spans[index + 1] if index + 1 < len(spans) else None
            if (
                following is not None
                and following.type == "GPE"
                and _serves_place(text, spans[index].end, following)
            ):
                served.append(following.text)  # "Foreign Minister X of Chile"
            nationalities = [nationality] if nationality else []  # "Russian Foreign Minister X"
            places = place_stems(served, nationalities)
            return role, organisations[0].text if organisations else "", places
        person = spans[index]
        following = spans[index + 1] if index + 1 < len(spans) else None
        comma_after = text.startswith(", ", person.end)  # most names are followed by none
        if (comma_after or _closes_sentence(text, person.end)) and text.startswith(
            ", ", person.start - 2
        ):  # "... and the Special Representative of X, Chief of Y, Z.": the apposition's
            # title closed by the sentence's end (round 293)
            titled = self._title_phrase_before(index)
            if titled is not None:
                return titled
        if following is None:
            return "", "", _NO_PLACES
        appositive = comma_after and following.start == person.end + 2
        if (
            not appositive
            and following.type == "ROLE"
            and following.start == person.end + 6
            and text.startswith(", the ", person.end)
        ):  # "X, the Minister for ..., and Y": not "met X, the minister said"
            appositive = _ROLE_GOES_ON.match(text, following.end) is not None
        if appositive:
            role_span = following
            if role_span.type == "ROLE":
                organisation, places = "", _NO_PLACES
                role_end = index + 1
                while (
                    role_end + 1 < len(spans)
                    and spans[role_end + 1].type == "ROLE"
                    and text[spans[role_end].end : spans[role_end + 1].start] in _TITLES_JOINED
                ):
                    role_end += 1  # "X, High Representative/Vice-President, said": both
                if role_end > index + 1:
                    role_span = spans[role_end]
                    role_text = text[following.start : role_span.end]
                else:
                    role_text = role_span.text
                if role_end + 1 < len(spans):
                    after = spans[role_end + 1]
                    gap = text[role_span.end : after.start]
                    owner = after
                    if after.type == "GPE" and (gap in _FOR_GAPS or gap == " of "):
                        after, gap = _owned_organisation(text, spans, role_end + 1, gap)
                    if after.type == "ORG" and (
                        gap in _ORG_AFTER_ROLE_GAPS
                        or (gap in _FOR_GAPS and role_text[:1].islower())
                    ):
                        organisation = after.text  # "X, Chairman of the ... of the Russian
                        served = _served_places_in(organisation)  # city": Russia's
                        if owner is not after:  # "X, secretary of Iran's Supreme National
                            served.append(owner.text)  # Security Council": Iran's
                        places = place_stems(served, [])
                        if gap != ", ":  # "X, spokesman for the Foreign Ministry": the
                            # title's complement, as a title before a name holds its own
                            role_text = text[following.start : after.end]
                    elif after.type == "GPE" and gap in _ORG_AFTER_ROLE_GAPS:
                        places = place_stems([after.text], [])  # "X, Minister ... of Chile"
                return role_text, organisation, places
        if comma_after and following.type != "PERSON":
            titled = self._title_phrase_after(index)
            if titled is not None:
                return titled
        if comma_after and following.type == "PERSON":
            titled = self._owned_title_after(index)
            if titled is not None:
                return titled
        if following.type == "GPE" and text.startswith(", ", person.end):
            title = _UNKNOWN_TITLE.fullmatch(text, person.end, following.start)
            if title is not None and title.group(1).partition("-")[0] in load().title_words:
                # "X, Ambassador-Designate of the Republic of Burundi": a title unrecognised
                return title.group(1), "", place_stems([following.text], [])
        if following.type == "GPE" and _serves_place(text, person.end, following):
            return "", "", place_stems([following.text], [])
        return "", "", _NO_PLACES

    def _title_before_title(self, first: int) -> tuple[str, str, frozenset[str]] | None:
        """The title opening a clause and closed by a comma before the title chain starting at
        span ``first`` ("– Spokesperson of the Ministry of Foreign Affairs, Ambassador X
        briefed"): the person's first title."""
        text = self.text
        comma = self.spans[first].start - 2
        window = max(0, comma - _TITLE_PHRASE_CHARACTERS)
        at, mark = max((text.rfind(mark, window, comma), mark) for mark in _TITLE_OPENINGS)
        start = at + len(mark) if at >= 0 else 0 if not window else -1
        if start < 0 or not self.in_body(start):
            return None
        if text.startswith(("The ", "the "), start):
            start += 4
        inside = self.spans[bisect_left(self._span_starts, start) : first]
        return self._read_title(start, comma, inside) or self._read_title(
            start, comma, inside, _SENTENCE_CASED_TITLE
        )  # "State minister of the X Ministry, ambassador Y said" (round 303)

    def _title_phrase_after(
        self, index: int, pattern: re.Pattern[str] = _TITLE_PHRASE
    ) -> tuple[str, str, frozenset[str]] | None:
        """A title in apposition after a person in the body, closed by a comma and no list
        going on after it: "X, the UN Special Rapporteur on the situation of ..., said", "X,
        EU Special Representative for Human Rights, warned", "X, Peru's Foreign Minister,"."""
        spans, text = self.spans, self.text
        person = spans[index]
        start = person.end + 2
        if text.startswith("the ", start):
            start += 4
        comma = text.find(",", start, start + _TITLE_PHRASE_CHARACTERS)
        # "met X, the US Ambassador to Iraq.": the apposition closes the paragraph
        paragraph_end = text.find(".\n", start, start + _TITLE_PHRASE_CHARACTERS)
        if paragraph_end >= 0 and (comma < 0 or paragraph_end < comma):
            comma = paragraph_end
        else:  # 'stated X, Paraguay's Foreign Minister. "However, ...': a sentence's end
            # after a word, not an abbreviation's full stop ("the U.S. envoy")
            sentence_end = text.find(
                ". ", start, comma if comma >= 0 else start + _TITLE_PHRASE_CHARACTERS
            )
            if sentence_end > 0 and text[sentence_end - 1].islower():
                comma = sentence_end
        if comma < 0 or not self.in_body(person.start):
            return None  # "X, UK Minister Y review ties": a headline's list
        if text[comma + 2 : comma + 3].isupper() and _SERVES_PORTFOLIO.search(text, start, comma):
            listed = _PORTFOLIO_LIST.match(text, comma)  # the cheap tests first
            comma = listed.end() if listed is not None else comma  # "commissioner for
            # Political Affairs, Peace and Security,": the portfolios listed are the title's
        after = bisect_left(self._span_starts, comma)
        if after < len(spans) and spans[after].type == "PERSON" and spans[after].start <= comma + 6:
            return None  # "X, the Minister of Y, Z and W": a list of persons
        return self._read_title(start, comma, spans[index + 1 : after], pattern)

    def _apposed_to_noun(self, span: EntitySpan, noun: str) -> bool:
        """Whether a person is set off by commas right after a role noun ("A Qatari
        spokesperson, X, said"): the noun is the person's role."""
        return self.text.startswith(", ", span.end) and self.text.endswith(
            f"{noun}, ", 0, span.start
        )

    def _owned_title_after(self, index: int) -> tuple[str, str, frozenset[str]] | None:
        """A title in apposition after a person, owned by another person named first ("X,
        Y's special envoy to the region, said"): X's, as "X, Peru's Foreign Minister," is Peru's
        minister; the owner is read as no person of the title (newuser42)."""
        spans, text = self.spans, self.text
        if index + 2 >= len(spans) or spans[index + 1].start != spans[index].end + 2:
            return None
        owner, title = spans[index + 1], spans[index + 2]
        if title.type != "ROLE" or title.start != owner.end + 3:
            return None
        if not text.startswith(_POSSESSIVE_GAPS, owner.end) or not self.in_body(owner.start):
            return None
        comma = text.find(",", title.end, title.end + _TITLE_PHRASE_CHARACTERS)
        if comma < 0 or _SENTENCE_END.search(text, title.end, comma) is not None:
            return None
        after = bisect_left(self._span_starts, comma)
        return self._read_title(title.start, comma, spans[index + 2 : after], _MIXED_CASE_TITLE)

    def _title_phrase_before(
        self, index: int, pattern: re.Pattern[str] = _TITLE_PHRASE
    ) -> tuple[str, str, frozenset[str]] | None:
        """The title opening a clause with "the" and closing with a comma before a person who
        closes the apposition, when the recogniser's spans chain no title there ("The UN Special
        Rapporteur on the situation of human rights in Myanmar, X, said", "the Special Envoy of
        the Secretary-General for Myanmar, X,"): capitalised words ending in a title (a role
        noun, or a title the recogniser found), then what it serves or is about. Its leading
        organisation ("UN") is the person's organisation."""
        spans, text = self.spans, self.text
        person = spans[index]
        following = spans[index + 1] if index + 1 < len(spans) else None
        if (
            following is not None
            and following.type == "PERSON"
            and text[person.end : following.start] in (", ", ", and ")
        ):
            return None  # "the President, X, Y and Z": a list
        comma = person.start - 2
        window = max(0, comma - _TITLE_PHRASE_CHARACTERS)
        end = comma
        for _ in range(_COMMAS_IN_TITLE + 1):  # "on extrajudicial, summary or arbitrary ..."
            at, mark = max((text.rfind(mark, window, end), mark) for mark in _CLAUSE_OPENINGS)
            opening = at + len(mark) if at >= 0 else -1 if window else 0  # else the text's start
            if opening >= 0 and text.startswith(("The ", "the "), opening):
                start = opening + 4
                inside = spans[bisect_left(self._span_starts, start) : index]
                return self._read_title(start, comma, inside, pattern)
            led = _LED_BY_THE.match(text, opening) if opening >= 0 and mark == ", " else None
            if led is not None:  # "The delegations, led by the Norland Minister of X, Y, and
                # the Tarn Minister of Z, W,": each title its person's (round 286)
                start = led.end()
                inside = spans[bisect_left(self._span_starts, start) : index]
                return self._read_title(start, comma, inside, pattern)
            if opening >= 0 and _OWNED_TITLE.match(text, opening) is not None:
                # "At the signing, Norland’s Minister of Foreign Affairs, Y, spoke": the
                # country's title, its own place (round 287)
                inside = spans[bisect_left(self._span_starts, opening) : index]
                return self._read_title(opening, comma, inside, pattern)
            if at < 0 or mark != ", ":
                break
            end = at
        return None  # no clause opened by "the" within reach ("a statement by the X, Y")

    def _read_title(
        self,
        start: int,
        end: int,
        inside: Sequence[EntitySpan],
        pattern: re.Pattern[str] = _TITLE_PHRASE,
    ) -> tuple[str, str, frozenset[str]] | None:
        """``text[start:end]`` read as a title, with the spans ``inside`` it: capitalised words
        ending in a title (a role noun, or a title the recogniser found), then what it serves
        or is about; its leading organisation or country is whose it is ("UN Special
        Rapporteur on ...", "Peru's Foreign Minister", "Swedish Minister for ...")."""
        text = self.text
        comma = end
        phrase = pattern.fullmatch(text, start, comma)
        if phrase is None:
            return None
        head_end = phrase.end(1)
        leading = [s for s in inside if s.type in ("ORG", "GPE") and s.end < head_end]
        noun_from = text.rfind(" ", start, head_end) + 1
        if pattern is _MIXED_CASE_TITLE:  # a title of one word: "the spokeswoman for ..."
            noun_from = max(start, noun_from)
        title_noun = text[noun_from:head_end].lower()
        if title_noun not in lx.ROLE_NOUNS and not any(
            s.type == "ROLE" and s.start < head_end <= s.end for s in inside
        ):
            return None
        if any(s.type == "PERSON" for s in inside) or _CLAUSE_VERB.search(text, start, comma):
            return None  # "the X of Y, Z," names a person in it; a verb makes it a clause
        role_start = start
        organisation = ""
        for span in leading:  # "UN Special Rapporteur", "European Union's Special Envoy"
            if span.start != role_start:
                break
            role_start = span.end + 1 + (text.startswith(_POSSESSIVE_GAPS, span.end) * 2)
            organisation = organisation or (span.text if span.type == "ORG" else "")
        nationalities = []  # "The Swedish Minister for Foreign Affairs": Sweden's minister
        while (word := _LEADING_WORD.match(text, role_start, head_end)) is not None and (
            _demonym(word.group(1))
        ):
            nationalities.append(word.group(1))
            role_start = word.end()
        if role_start >= head_end:
            return None
        served = [s.text for s in inside if s.type == "GPE" and s.end <= head_end]
        if pattern is _MIXED_CASE_TITLE:  # shown as written: "Omani foreign minister"
            role_start = start
        return text[role_start:comma], organisation, place_stems(served, nationalities)

    # -- lookups ------------------------------------------------------------------------------

    def only_person(self, skipped: str = UNKNOWN) -> Speaker | None:
        """The one person the article names, if it names exactly one not shown to be of gender
        ``skipped`` ("He noted X" opening an excerpt that names "Ms. Y" and Z later: Z), and
        shown to be a woman when men are skipped ("she" is marked: of several persons, one
        the article says nothing of is no surer hers than the others), else None."""
        persons = list(self._persons.values())
        if skipped and len(persons) > 1:
            persons = [
                p
                for p in persons
                if (gender := self.gender(p.key)) != skipped and (skipped != MAN or gender)
            ]
        return persons[0].speaker() if len(persons) == 1 else None

    def person(self, span: EntitySpan) -> Speaker:
        body = self.aliased(span)
        if body is not None:  # "Wisma Putra stated": the ministry it was given as a name of
            return self.organisation(body)
        person = self._person_of.get(span.start)
        if person is None:
            return self.named_person(span.text)
        return person.speaker()

    def _described_key(self, word: str) -> str | None:
        """The person a capitalised common word that stood right before their full name
        stands for ("the Republican José Antonio Kast ... The Republican acknowledged": Kast),
        a party or a trade used as a noun for them, not a name of its own (round 595)."""
        if word not in load().capitalised_common_words:
            return None
        described = word + " "
        for span in self._first_named.values():
            if self.text.endswith(described, 0, span.start):
                return self._keys.get(span.text)
        return None

    def aliased(self, span: EntitySpan) -> EntitySpan | None:
        """The organisation a mention is another name of: introduced as one ("the Department
        of Foreign Affairs (DFA)", "the Ministry of Foreign Affairs, also known as Wisma
        Putra"), or an acronym of its initials ("MEA": the Ministry of External Affairs)."""
        if self._aliases is None:
            self._aliases = self._find_aliases()
        found = self._aliases.get(span.text)
        if found is None and span.text.isupper() and _ACRONYM.fullmatch(span.text):  # (the
            # cheap test first: a call without arguments, where the pattern's parses them)
            found = next((s for s in self._orgs_named() if _initials(s.text) == span.text), None)
            self._aliases[span.text] = found or span
        return found if found is not None and found.text != span.text else None

    def _find_aliases(self) -> dict[str, EntitySpan]:
        aliases: dict[str, EntitySpan] = {}
        spans, text = self.spans, self.text
        for index, span in enumerate(spans[:-1]):
            if span.type != "ORG":
                continue
            following = spans[index + 1]
            gap = text[span.end : following.start]
            acronym = gap == " (" and _ACRONYM.fullmatch(following.text) is not None
            if gap in _ALIAS_GAPS or acronym:
                aliases.setdefault(following.text, span)
        for short, party in self._parties_named_short().items():
            aliases.setdefault(short, party)
        for seat, ministry in self._seated_ministries():
            aliases.setdefault(seat, ministry)
        return aliases

    def _parties_named_short(self) -> dict[str, EntitySpan]:
        """:func:`parties_named_short` of the article, made when first asked."""
        if self._party_names is None:
            self._party_names = (
                parties_named_short(self.spans) if PARTY_HEAD in self.text else {}
            )  # the cheap test first: a scan in C, where most articles name no party
        return self._party_names

    def _seated_ministries(self) -> list[tuple[str, EntitySpan]]:
        """A foreign ministry named by its seat ("Wisma Putra said") is the one the article
        names for the seat's country ("the Ministry of Foreign Affairs of Malaysia"), else its
        only foreign ministry of no other country ("the Foreign Ministry")."""
        seats = {
            s.text: lx.MINISTRY_SEATS[s.text]
            for s in self.spans
            if s.type == "ORG" and s.text in lx.MINISTRY_SEATS
        }
        if not seats:
            return []
        ministries = [s for s in self.spans if s.type == "ORG" and _FOREIGN_MINISTRY.search(s.text)]
        found = []
        for seat, country in seats.items():
            own = [m for m in ministries if any(name in m.text for name in country)]
            plain = {m.text for m in ministries if not self._country_named(m)}
            if own:
                found.append((seat, own[0]))
            elif len(plain) == 1:
                found.append((seat, next(m for m in ministries if m.text in plain)))
        return found

    def _country_named(self, ministry: EntitySpan) -> bool:
        """Whether a ministry is named with a country: "Singapore's Foreign Ministry", "the
        Ministry of Foreign Affairs of Singapore", "the Malaysian Foreign Ministry"."""
        before = self.text[max(0, ministry.start - 3) : ministry.start]
        return before.endswith(("’s ", "'s ")) or _COUNTRY_NAMED.search(ministry.text) is not None

    def _orgs(self) -> list[EntitySpan]:
        """The organisation, place and event mentions of the body, in order, listed when a
        role noun first asks (few do: most articles name their speakers)."""
        if self._body_orgs is None:
            self._body_orgs = [
                s for s in self.spans if s.type in _ORGANISATION_TYPES and self.in_body(s.start)
            ]
        return self._body_orgs

    def _orgs_named(self) -> list[EntitySpan]:
        return [s for s in self.spans if s.type == "ORG" and " " in s.text]

    def person_by_role(
        self, words: frozenset[str], head: str, before: int, places: frozenset[str] = frozenset()
    ) -> Speaker | None:
        """The person whose role best holds a role mention's words (its head word among them),
        then one whose title names the mention's place, then one titled in their own right,
        the most recently named first on ties; not one serving another place than the
        mention names ("Qatar's foreign minister" is not Saudi Arabia's)."""
        head_words = role_words(head)
        if not words or not head_words:
            return None
        if head_words == _ENVOY:  # "the Burundian envoy": its ambassador or high commissioner
            return self._envoy(words, before, places)
        scored = [
            (
                len(words & p.words) / len(words),
                bool(places & p.places),  # "the Omani foreign minister": the Omani one
                not p.counterpart,  # "the Foreign Minister": one so titled, not a counterpart
                not (p.heads & _OTHER_OFFICE) - words,  # "the minister": not the prime minister
                self._last_mention(p, before),
                p,
            )
            for p in self._persons.values()
            if head_words <= p.heads
            and not (p.heads & lx.LOWER_OFFICE) - words
            and not _elsewhere(p.places, places)
            and not (p.counterpart and places and not places & p.places)
            and not _another_portfolio(p, words)
        ]  # "his counterpart" serves some other place, not surely the one a mention names
        scored = [entry for entry in scored if entry[0] >= 0.5]  # "French ambassador"
        if not scored:
            return self._titled_shorter(head_words, places)
        return max(scored, key=lambda entry: entry[:5])[5].speaker()

    def sole_titled(self, head: str) -> Speaker | None:
        """The one person whose title holds a role mention's head word ("Judge X", the only
        judge), else no one."""
        head_words = role_words(head)
        held = [p for p in self._persons.values() if head_words and head_words <= p.heads]
        return held[0].speaker() if len(held) == 1 and not held[0].counterpart else None

    def spoken_holder(self, words: frozenset[str], head: str, spoke: set[str]) -> Speaker | None:
        """The one person who has spoken whose title holds all of a role mention's words (its
        head word among them), else no one."""
        head_words = role_words(head)
        held = [
            p
            for key in spoke
            if (p := self._persons.get(key)) is not None
            and head_words <= p.heads
            and words <= p.words
            and not p.counterpart
        ]
        return held[0].speaker() if len(held) == 1 else None

    def sole_body_head(self) -> Speaker | None:
        """The one person titled as the head of an organisation ("Director General of the
        International Atomic Energy Agency"), or None when none or several are: whom "the
        nuclear watchdog chief" means where no organisation is named by that noun."""
        found = [p for p in self._persons.values() if p.organisation and p.heads & _BODY_HEAD_WORDS]
        return found[0].speaker() if len(found) == 1 else None

    def head_of(self, organisation: str) -> Speaker | None:
        """The one person whose title names ``organisation`` as written or by its initials
        ("the head of the World Health Organization ... WHO Director-General X": X; round
        341), or None when none or several do."""
        names = {self.key(organisation), self.key(_initials(organisation))}
        found = [
            p
            for p in self._persons.values()
            if p.organisation and self.key(p.organisation) in names
        ]
        return found[0].speaker() if len(found) == 1 else None

    def _titled_shorter(self, head_words: frozenset[str], places: frozenset[str]) -> Speaker | None:
        """The one person titled with fewer of a role mention's words and no other ("Minister
        Carl Greenidge ... The Foreign Minister noted"): the article's only minister is the
        one it names so; not when the mention is of another office ("the Deputy Minister"),
        nor when two might be meant."""
        other = head_words & _OTHER_OFFICE
        shorter = [
            p
            for p in self._persons.values()
            if p.heads & lx.ROLE_NOUNS
            and p.heads < head_words
            and other <= p.heads
            and not _elsewhere(p.places, places)
        ]
        return shorter[0].speaker() if len(shorter) == 1 else None

    def named_ending(self, word: str, before: int) -> Speaker | None:
        """The person named in the body before ``before`` whose full name ends in ``word``, a
        word the recogniser read as a place ("Ngo Le Van ... Van said")."""
        tail = f" {word}"
        for person in self._persons.values():
            if person.name.endswith(tail) and person.mentions and person.mentions[0] < before:
                return person.speaker()
        return None

    def counterpart(self, places: frozenset[str], before: int) -> Speaker | None:
        """The person last named as someone's counterpart before ``before`` ("met his Chinese
        counterpart Wang Yi ... His counterpart said"), of the place a mention names."""
        for start, person in reversed(self._counterparts):
            if start < before and (not places or not person.places or places & person.places):
                return person.speaker()
        return None

    def _envoy(self, words: frozenset[str], before: int, places: frozenset[str]) -> Speaker | None:
        named = self._titled_envoy(words, places)
        if named is not None:
            return named
        for title in _ENVOY_TITLES:
            found = self.person_by_role(words - _ENVOY | {title}, title, before, places)
            if found is not None:
                return found
        for title in _REPRESENTATIVE_ENVOYS:
            found = self.person_by_role(words - _ENVOY | role_words(title), title, before, places)
            if found is not None:
                return found
        return None

    def _titled_envoy(self, words: frozenset[str], places: frozenset[str]) -> Speaker | None:
        """The one person the article titles an envoy ("X, the special envoy of the President"),
        holding half of an envoy mention's words ("the special envoy"), not serving elsewhere."""
        envoys = [
            p
            for p in self._persons.values()
            if "envoy" in p.heads
            and len(words & p.words) * 2 >= len(words)
            and not _elsewhere(p.places, places)
        ]
        return envoys[0].speaker() if len(envoys) == 1 else None

    def titled_as(self, speaker: Speaker, words: frozenset[str], places: frozenset[str]) -> bool:
        """Whether a person's title holds every word of a role mention and names its place:
        surely the one the mention stands for, whoever is named between."""
        person = self._persons.get(speaker.key)
        return (
            person is not None
            and bool(places & person.places)
            and bool(words)
            and words <= person.words
        )

    def places_of(self, speaker: Speaker) -> frozenset[str]:
        """The places a person's titles name ("Russian Foreign Minister X": Russia)."""
        person = self._persons.get(speaker.key)
        return frozenset(person.places) if person is not None else _NO_PLACES

    def placed_roles(self) -> list[tuple[str, frozenset[str], list[int]]]:
        """Each titled person's role, the places their title names and where the body names
        them ("Ukrainian Foreign Minister X": "Foreign Minister", Ukraine): a country's body an
        article may name by its minister alone."""
        return [
            (person.role, frozenset(person.places), person.mentions)
            for person in self._persons.values()
            if person.places and person.role
        ]

    def placed_person(self, places: frozenset[str], before: int) -> Speaker | None:
        """The one person named in the body before ``before`` whose title names one of
        ``places`` ("Fijian Prime Minister X ... the Fijian PM said"), else no one."""
        placed = [
            p
            for p in self._persons.values()
            if (p.places - _accredited_to(p.role)) & places and self._last_mention(p, before) >= 0
        ]
        return placed[0].speaker() if len(placed) == 1 else None

    def last_titled(self, words: frozenset[str], before: int) -> Speaker | None:
        """The person last mentioned in the body before ``before`` whose title or its
        organisation holds one of ``words`` ("Ambassador X" for a diplomat's words)."""
        titled = [
            (mention, p)
            for p in self._persons.values()
            if (p.words & words or role_words(p.organisation) & words)
            and (mention := self._last_mention(p, before)) >= 0
        ]
        return max(titled, key=itemgetter(0))[1].speaker() if titled else None

    def last_mentioned(self, speaker: Speaker, before: int) -> int:
        """Where the body last names a person before ``before`` (negative when nowhere)."""
        person = self._persons.get(speaker.key)
        return self._last_mention(person, before) if person is not None else -1

    def named_only_after(self, speaker: Speaker, position: int) -> bool:
        """Whether a person's body mentions all come after ``position``."""
        person = self._persons.get(speaker.key)
        return person is not None and self._last_mention(person, position) == -1

    def sole_untitled(self, noun: str, words: frozenset[str], before: int) -> Speaker | None:
        """The one person named in the body before ``before`` with no title, when every other
        one named there holds a title that is not the mention's ``words`` ("Sheikh X, Prime
        Minister Y and President Z met ... the foreign minister said": X, titled only in the
        headline; round 278); else no one."""
        untitled = None
        for person in self._persons.values():
            if self._last_mention(person, before) < 0:
                continue
            if person.role or person.words:
                if noun in person.heads and not _another_portfolio(person, words):
                    return None  # a holder of its own
            elif untitled is None:
                untitled = person
            else:
                return None
        return untitled.speaker() if untitled is not None else None

    def serves_elsewhere(self, speaker: Speaker, places: frozenset[str]) -> bool:
        """Whether a person's title names another place than ``places``."""
        person = self._persons.get(speaker.key)
        return person is not None and _elsewhere(person.places, places)

    def _last_mention(self, person: _Person, before: int) -> int:
        index = bisect_left(person.mentions, before) - 1
        if index >= 0:
            return person.mentions[index]
        return -1 if person.mentions else -2

    def organisation(self, span: EntitySpan) -> Speaker:
        if span.text[-1:].isupper():  # the cheap test first: an acronym may be a title's
            holder = self._titled_acronyms().get(span.text)
            if holder is not None:
                return holder.speaker()
        span = self.aliased(span) or span
        headed = " " in span.text and span.text.rpartition(" ")[2].lower() in lx.ORG_HEADS
        if headed:
            span = self._portfolio_named_before(span)
        if span.text.endswith(_INVERTED_HEADS):
            span = self._head_first(span)
        elif span.text.startswith(_OFFICES):
            span = self._placed(span)
        elif headed and not _leading_place(span.text):
            span = self._placed(span, span.start)  # "the Norwegian Nobel Committee ... The
            # Nobel Committee said": one body, in its fullest form, named before (round 447;
            # "the Prime Minister’s Office said" before "the Malaysian Prime Minister’s Office
            # announced" is another country's)
        if span.text.endswith(_PARTS_HEADS) and self.text.startswith(") ", span.start - 2):
            parent = self._parent_before_initials(span)
            if parent is not None:
                name = f"{parent.text} {span.text}"
                return Speaker(name, self.key(name), "ORG")
        key = self.key(span.text)
        if span.type == "GPE" and " of " in span.text and self._formal_state(span.text, key):
            name = span.text  # "The State of Qatar called for": as this mention names it
        else:
            name = self._organisation_names().get(key, span.text)
            if span.type == "GPE" and name != span.text and _another_name(span.text, name):
                name = span.text  # "the Vatican said" after "the Holy See": as named here
        return Speaker(name + self._seat(span), key, "ORG")

    def _titled_acronyms(self) -> dict[str, _Person]:
        """A title's acronym, bracketed between the title and the name of the one person
        holding it ("Chief Election Commissioner (CEC) AMM Nasir Uddin ... The CEC said"; round
        475), to that person: "the CEC" is the person, not a body the recogniser took it for.
        A command or unit and a rank may stand apposed between the bracket and the name ("the
        Flag Officer Commanding (FOC), Western Naval Command, Rear Adm. Jason Gbassa"; round
        490), and a title word anywhere in the title makes it one when no body's head ends it."""
        if self._acronym_holders is None:
            self._acronym_holders = {}
            text, titles = self.text, load().title_words
            for start, person in self._person_of.items():
                close = (
                    start - 2 if text[start - 2 : start] == ") " else _apposed_close(text, start)
                )
                if close < 0:
                    continue
                opening = text.rfind("(", max(0, close - 10), close)
                acronym = text[opening + 1 : close]
                if opening < 0 or not _ACRONYM.fullmatch(acronym):
                    continue
                words = text[max(0, opening - 80) : opening].split()[-len(acronym) - 3 :]
                for count in range(len(words), 0, -1):
                    if _initials(" ".join(words[-count:])) == acronym:
                        if _titled(words[-count:], titles):
                            self._acronym_holders.setdefault(acronym, person)
                        break
        return self._acronym_holders

    def _parent_before_initials(self, span: EntitySpan) -> EntitySpan | None:
        """The organisation an office right after its initials belongs to ("the World Health
        Organization (WHO) Africa Office": the WHO's, named in full; round 368), else None."""
        index = bisect_left(self._span_starts, span.start)
        if index < 2:
            return None
        initials, parent = self.spans[index - 1], self.spans[index - 2]
        if (
            initials.end != span.start - 2
            or parent.type != "ORG"
            or not self.text.startswith(" (", parent.end)
            or parent.end + 2 != initials.start
        ):
            return None
        return parent

    def _formal_state(self, name: str, key: str) -> bool:
        """Whether a place's name is a country's formal name around its plain one ("State of
        Qatar", "Republic of Mali"): the country speaks as the text names it where it speaks,
        not by the formal name a quotation gives it (rounds 311, 353)."""
        plain = name.rpartition(" of ")[2].removeprefix("the ")
        return plain != name and self.key(plain) == key

    def _portfolio_named_before(self, span: EntitySpan) -> EntitySpan:
        """The office named in full before ("the Tarnian Ministry of Foreign Affairs") that a
        mention names again without its portfolio ("the Tarnian Ministry reiterated"): one
        office, in its fullest form."""
        head = f"{span.text} of "
        return next(
            (
                s
                for s in reversed(self.spans)
                if s.start < span.start and s.type == "ORG" and s.text.startswith(head)
            ),
            span,
        )

    def _placed(self, span: EntitySpan, before: int | None = None) -> EntitySpan:
        """The one mention naming an office with its country before it ("the Taiwan Ministry
        of Foreign Affairs") that a mention names without ("The Ministry of Foreign Affairs
        went on to urge"): one office, in its fullest form; two countries' offices, neither.
        Only mentions starting before ``before`` count, when given."""
        tail = f" {span.text}"
        placed = {
            s.text: s
            for s in self._orgs()
            if s.type == "ORG"
            and (before is None or s.start < before)
            and s.text.endswith(tail)
            and _leading_place(s.text)
            and (len(s.text) == len(tail) + len(s.text.partition(" ")[0]))
        }
        if len(placed) != 1:
            return span
        owner = next(iter(placed.values()))
        after = self.text[span.end : span.end + _PLACE_AFTER_OFFICE]
        if any(place != owner.text.partition(" ")[0] for place in _places_in(after)):
            return span  # "the Ministry of Foreign Affairs in the Syrian government": another
        if self._named_apart_in_a_sentence(span.text, owner.text):
            return span  # "the Ministry of Foreign Affairs ... rebutted the position of the
            # Chinese Ministry of Foreign Affairs": two offices (round 604)
        return owner

    def _named_apart_in_a_sentence(self, bare: str, placed: str) -> bool:
        """Whether one sentence names an office both without its country and with it: two
        offices, the writer telling them apart."""
        bare_at = -1  # where the office last stood without its country
        for s in self._orgs():
            if s.text == bare:
                bare_at = s.start
            elif s.text == placed and one_sentence(self.text, bare_at, s.start):
                return True
        return False

    def _head_first(self, span: EntitySpan) -> EntitySpan:
        """The mention naming an office head first ("Ministry of Foreign Affairs") that the
        article also names head last ("the Foreign Affairs Ministry", round 109): one office,
        named in its formal form."""
        words, _, head = span.text.rpartition(" ")
        formal = f"{head} of {words}"
        found = next((s for s in self.spans if s.type == "ORG" and s.text == formal), None)
        if found is not None:
            return found
        # "the US Department of State ... The State Department": the one office so named with
        # its country before it (round 349)
        tail = f" {formal}"
        placed = [s for s in self.spans if s.type == "ORG" and s.text.endswith(tail)]
        return placed[0] if placed and all(s.text == placed[0].text for s in placed) else span

    def office_by_portfolio(self, words: str) -> EntitySpan | None:
        """The office the article names in full whose portfolio alone a mention gives
        ("Foreign Affairs" for the Ministry of Foreign Affairs, round 109)."""
        tail = f" of {words}"
        return next(
            (
                s
                for s in self.spans
                if s.type == "ORG"
                and s.text.endswith(tail)
                and s.text[: -len(tail)].rpartition(" ")[2].lower() in lx.ORG_HEADS
            ),
            None,
        )

    def _seat(self, span: EntitySpan) -> str:
        """ " in Beijing" after a diplomatic mission named with its seat ("the Nepalese Embassy
        in Beijing"): a mission is known by where it is, as the article names it."""
        return self.seat_at(span.end) if self.is_mission(span) else ""

    def seat_at(self, end: int) -> str:
        """ " in Beijing" (or " Kigali": "Uganda High Commission Kigali") right after a mission's
        name ending at ``end``, when a place follows; or " to Bosnia", " to the UN": the country
        or body it is accredited to, which names it as its seat does; else ""."""
        gap = next((gap for gap in _SEAT_GAPS if self.text.startswith(gap, end)), "")
        if not gap:
            return ""
        index = bisect_left(self._span_starts, end + len(gap))
        if index < len(self.spans) and self.spans[index].start == end + len(gap):
            seat = self.spans[index]
            if seat.type != "GPE" and not (gap == " to the " and seat.type == "ORG"):
                return ""
            district = self.text[seat.end : seat.end + 5]  # a slice: no bounds
            if district.startswith(" D"):  # the cheap test first: "in Washington DC", the
                # city as named
                district = next((d for d in _DISTRICTS if district.startswith(d)), "")
                return f"{gap}{seat.text}{district}"
            return f"{gap}{seat.text}"
        return ""

    @staticmethod
    def is_mission(span: EntitySpan) -> bool:
        """Whether an organisation is a diplomatic mission, known by its seat."""
        return span.text.split()[-1].lower() in lx.MISSION_HEADS or span.text.lower().endswith(
            "high commission"  # a Commonwealth country's embassy
        )

    def _organisation_names(self) -> dict[str, str]:
        """The fullest surface of each organisation, place or event key, made when a speaker
        first needs it: most mentions never speak, and their keys cost."""
        if self._org_names is None:
            names: dict[str, str] = {}
            for index, span in enumerate(self.spans):
                if span.type in _ORGANISATION_TYPES:
                    key = self.key(span.text)
                    name = span.text
                    if span.type == "GPE" and " of " in name and self._formal_state(name, key):
                        continue  # "State of Qatar" is not a fuller "Qatar" (round 353)
                    if name.startswith(_OFFICES) and self.text.startswith(", ", span.end):
                        name += self._country_closing(index)
                    elif self.text.startswith(_NEWS_AGENCY, span.end):
                        name += _NEWS_AGENCY  # "the Xinhua news agency": the outlet's fullest
                        # form, as the dev set names "Tasnim news agency" (round 361)
                    elif name.endswith(_PARTS_HEADS) and self.text.startswith(
                        ") ", span.start - 2
                    ):  # "The Council said" after "the African Union (AU) Peace and Security
                        # Council": the organ named with its parent (round 572)
                        parent = self._parent_before_initials(span)
                        name = name if parent is None else f"{parent.text} {name}"
                    if len(name) > len(names.get(key, "")):
                        names[key] = name
            if _AGENCY_TAIL in self.text:  # the cheap test first
                agencies = {
                    n[: -len(_AGENCY_TAIL)] for n in names.values() if n.endswith(_AGENCY_TAIL)
                }
                for key, name in names.items():
                    if name in agencies:  # "Mehr News" after "the Mehr News Agency": one
                        names[key] = name + _AGENCY_TAIL  # outlet, its fullest form (round 387)
            _missions_named_alike(names)
            self._org_names = names
        return self._org_names

    def _country_closing(self, index: int) -> str:
        """ ", Nepal" after an office's name at its sentence's end ("according to Ministry of
        Foreign Affairs, Nepal."): the office is named with its country (round 41), or ""."""
        span = self.spans[index]
        country = self.spans[index + 1] if index + 1 < len(self.spans) else None
        if (
            country is None
            or country.type != "GPE"
            or country.start != span.end + 2
            or self.text[country.end : country.end + 1] not in ("", ".", "\n")
        ):
            return ""
        return f", {country.text}"

    def organisation_cased(self, name: str) -> Speaker | None:
        """The organisation the article names elsewhere as ``name`` is, with other capitals
        ("Global Affairs Canada" for "GLOBAL Affairs Canada")."""
        key = self.key(name)
        for span in self._orgs():
            if span.type == "ORG" and span.text != name and self.key(span.text) == key:
                return self.organisation(span)
        return None

    def organisation_by_head(self, head: str, before: int) -> EntitySpan | None:
        """The most recent organisation named before ``before`` whose name holds ``head``
        ("the ministry" -> "Ministry of Foreign Affairs")."""
        wanted = fold(head)
        # "MFA ... The Ministry also said": a ministry's or a department's acronym opens with
        # its initial (MFA, MOFA, DFA), an agency's or a council's seldom does (AFP, KCNA)
        initial = wanted[:1].upper() if wanted in _INITIALLED_HEADS else ""
        acronym = None
        for span in reversed(self._orgs()):
            if span.start < before and span.type == "ORG":
                if wanted in fold(span.text).split():
                    return span
                if wanted in _UNION_HEADS and _UNION_AFTER.match(self.text, span.end):
                    return span  # "the Green Front opposition alliance ... the coalition":
                    # the union named by its name, its noun after it (stfix157)
                if wanted == "party" and (
                    span.text in self._parties_named_short()
                    or (
                        self.text.endswith(_PARTY_STANCES, 0, span.start)
                        and not self.text.startswith(_PARTY_NOUNS, span.end)
                    )
                ):  # "Bhumjaithai" for "the Bhumjaithai Party" (round 617); "the opposition
                    return span  # CHP ... the party announced" (round 618), named bare
                if (
                    acronym is None
                    and initial
                    and span.text[0] == initial
                    and _ACRONYM.fullmatch(span.text)
                ):
                    acronym = span
        return acronym

    def organisation_ending(self, noun: str, before: int) -> EntitySpan | None:
        """The organisation named last before ``before`` whose name ends in ``noun`` ("the
        Community" after "the Caribbean Community"): a group's noun that is an organisation's
        head names it again (round 322)."""
        for span in reversed(self._orgs()):
            if (
                span.start < before
                and span.type == "ORG"
                and fold(span.text).endswith(noun)
                and span.text[-len(noun) - 1 : -len(noun)] == " "
            ):
                return span
        return None

    def organisation_last_before(self, before: int) -> EntitySpan | None:
        """The organisation (no place or event) named last before ``before``."""
        orgs = self._orgs()
        index = bisect_left(orgs, before, key=lambda span: span.start)
        return next((s for s in reversed(orgs[:index]) if s.type == "ORG"), None)

    def organisation_by_initials(self, initials: str, before: int) -> EntitySpan | None:
        """The organisation named last before ``before`` whose capitalised words' initials
        spell ``initials`` ("FT": "The Financial Times"; round 320)."""
        for span in reversed(self._orgs()):
            if span.start < before and span.type == "ORG" and " " in span.text:
                words = [w for w in span.text.split() if w[:1].isupper() and w != "The"]
                if "".join(w[0] for w in words) == initials:
                    return span
        return None

    def names_place(self, span: EntitySpan, places: frozenset[str]) -> bool:
        """Whether an organisation's name names one of ``places`` ("Russian Foreign Ministry",
        "Ministry of Foreign Affairs of Russia"), or its owner does ("Russia’s Foreign
        Ministry", the possessive outside the mention: "the Russian ministry", round 355)."""
        if self.places_named(span.text) & places:
            return True
        if not self.text.endswith(("’s ", "'s "), 0, span.start):
            return False
        owner = self.text[max(0, span.start - _OWNER_REACH) : span.start - 3].split()[-1:]
        return bool(owner and self.places_named(owner[0]) & places)

    def places_named(self, name: str) -> frozenset[str]:
        """The places an organisation's name names, as :func:`place_stems` gives them."""
        words = _places_in(name)
        return place_stems(words, words)

    def bloc_named_before(self, before: int) -> EntitySpan | None:
        """The union of states named last before ``before`` ("the bloc" after "ASEAN"): an
        organisation named by an acronym or by a name with a union's word."""
        for span in reversed(self._orgs()):
            if (
                span.start < before
                and span.type == "ORG"
                and (_ACRONYM.fullmatch(span.text) or _UNION_WORDS & role_words(span.text))
            ):
                return span
        return None

    def organisation_named_after(self, words: frozenset[str]) -> EntitySpan | None:
        """The first organisation whose name holds all of a mention's words, wherever it is
        named ("..., the foreign ministry said." opening the text, "the Ministry of Foreign
        Affairs said" below): an organisation is named as fully as the article names it."""
        for span in self._orgs():
            if (
                span.type == "ORG"
                and words <= role_words(span.text)
                and ("-" not in span.text or _words_of_own(span.text, words))
            ):
                return span
        return None


def _words_of_own(name: str, words: frozenset[str]) -> bool:
    """Whether a mention's ``words`` stand in ``name`` as words of their own, not as a part of
    a hyphened word the mention does not hold whole: "the government" is not the paper
    "Daily Sabah Pro-Government Daily" (round 618), "the secretary-general's office" may be
    the "Office of the Secretary-General"."""
    own = set(role_words(_HYPHENED.sub(" ", name)))
    for hyphened in _HYPHENED.findall(name):
        parts = role_words(hyphened)
        if parts <= words:
            own |= parts
    return words <= own


def parties_named_short(spans: Sequence[EntitySpan]) -> dict[str, EntitySpan]:
    """Each party's one-word name without its head noun ("Bhumjaithai" for "the Bhumjaithai
    Party"; round 617) to the party's mention: a mention of the word alone names the party.
    Not a word English or the gazetteer knows otherwise ("the Republican" is a person, "the
    Vatican Party" of a quotation the Vatican)."""
    gazetteer = load()
    parties: dict[str, EntitySpan] = {}
    for span in spans:
        if span.type == "ORG" and span.text.endswith(PARTY_HEAD):
            name = span.text.removesuffix(PARTY_HEAD)
            if (
                name[1:].islower()
                and name[:1].isupper()
                and name.isalpha()
                and name.lower() not in gazetteer.common_words
                and name not in gazetteer.demonyms
            ):
                parties.setdefault(name, span)
    return parties


def _regnal(name: str, given: str) -> bool:
    """Whether ``name`` is ``given`` and a regnal number ("Leo XIV", "Charles III")."""
    number = name.removeprefix(given)
    return number != name and _REGNAL_NUMBER.fullmatch(number) is not None


def _another_name(mention: str, fullest: str) -> bool:
    """Whether a place's ``mention`` is another name of it than ``fullest``, not a shorter
    form of it ("Vatican" and "Holy See", not "US" and "United States" nor "Korea" and "South
    Korea"): the speaker is named as the article names it speaking (round 414)."""
    if mention.isupper() or "." in mention:
        return False  # initials: "US", "U.K."
    words = fullest.split()
    return not any(word in words for word in mention.split())


def _press_secretary_speaks(person: _Person) -> None:
    """A press secretary is the spokesperson of whom they serve ("Press Secretary X ... the
    spokeswoman added"): a spokesperson mention may name them."""
    if {"press", "secretary"} <= person.heads:
        person.heads |= lx.OFFICES["spokesperson"]
        person.words |= lx.OFFICES["spokesperson"]


def _another_portfolio(person: _Person, words: frozenset[str]) -> bool:
    """Whether a role mention names a portfolio the person's office is not ("the foreign
    minister" is not "Prime Minister X", round 278): the person's title holds a word making it
    another office ("prime") and the mention a title word the person's title lacks."""
    if not (person.heads & _OTHER_OFFICE) - words:
        return False
    titles = load().title_words
    return any(
        word not in _ANY_OFFICE and word.capitalize() in titles for word in words - person.words
    )


@lru_cache(maxsize=4096)
def _title_words(role: str) -> tuple[frozenset[str], frozenset[str]]:
    """A title's words as each holder holds it, and those of what it is (``role_head``);
    kept like ``role_words``: a library repeats its titles."""
    return _each(role_words(role)), _each(role_words(role_head(role)))


def _each(words: frozenset[str]) -> frozenset[str]:
    """A title shared by several persons, as each one holds it: "Foreign Ministers of Greece
    and Turkey X and Y" makes each a foreign minister."""
    return frozenset(w[:-1] if w.endswith("s") and w[:-1] in lx.ROLE_NOUNS else w for w in words)


def place_stems(places: Sequence[str], nationalities: Sequence[str]) -> frozenset[str]:
    """What a title's places and nationality adjectives name, one stem per country, so that
    "Qatari" and "Qatar", "Mexican" and "Mexico", "Chinese" and "China" compare equal."""
    if not places and not nationalities:
        return frozenset()
    return _place_stems(tuple(places), tuple(nationalities))


@lru_cache(maxsize=4096)
def _place_stems(places: tuple[str, ...], nationalities: tuple[str, ...]) -> frozenset[str]:
    demonyms = load().demonyms
    stems: set[str] = set()
    for place in places:
        whole = _PLACE_ALIASES.get(fold(place).lower())
        if whole is not None:
            stems.add(whole)
            continue
        for word in role_words(place):
            demonym = word.capitalize() in demonyms or _demonym(word.capitalize())
            stems.add(_demonym_stem(word) if demonym else _country_stem(word))
    for word in nationalities:
        if word in demonyms or _demonym(word):
            stems.add(_demonym_stem(word.lower()))
    return frozenset(map(_vowels_cut, stems))


def _vowels_cut(stem: str) -> str:
    """A place's stem without its final vowels, so that a country and its nationality meet
    whichever ending each cut ("keny" of Kenya, "ken" of Kenyan; "eritre", "eritr")."""
    cut = stem.rstrip("aeiouy")
    return cut if len(cut) >= 3 else stem


def _demonym(word: str) -> bool:
    """Whether a capitalised word names a nationality ("Swedish", "Kazakh"), or is made
    from a place's name as nationalities are ("Jamaican", "Mauritian", "Zimbabwean": the
    recogniser's list leaves out forms that are also given names or that it cannot make)."""
    if word in load().demonyms or word.lower() in _IRREGULAR_DEMONYMS:
        return True
    low = word.lower()
    return (
        low.endswith(_DEMONYM_ENDINGS)
        and word[:1].isupper()
        and word not in load().names.entries
        and _place_name_stem(_vowels_cut(_demonym_stem(low)))
    )


def _accredited_to(role: str) -> frozenset[str]:
    """The place a title serves in, not for ("Ambassador to Vietnam"): "the Vietnamese
    official" is not that ambassador."""
    if " to " not in role:
        return _NO_PLACES
    return place_stems([role.rpartition(" to ")[2].removeprefix("the ")], [])


def _clause_place_skipped(text: str, spans: Sequence[EntitySpan], first: int, index: int) -> int:
    """Where a title chain opens past a place that ends the clause before it ("ties with
    China, Deputy Prime Minister X said"): the comma closes that clause, so the place is not
    the one X serves."""
    if (
        first < index - 1
        and spans[first].type == "GPE"
        and spans[first + 1].type == "ROLE"
        and text[spans[first].end : spans[first + 1].start] == ", "
    ):
        return first + 1
    return first


def _missions_named_alike(names: dict[str, str]) -> None:
    """One country's mission named by its country and by its nationality ("the United States
    Embassy", "the American Embassy"): one mission, each key given its fullest name, as
    ``names`` gives an organisation's (round 400)."""
    missions: dict[tuple[frozenset[str], str], list[str]] = {}
    for key, name in names.items():
        owner, _, head = name.rpartition(" ")
        if owner and head.lower() in lx.MISSION_HEADS:  # the cheap test first
            stems = place_stems([owner], [])
            if stems:
                missions.setdefault((stems, head.lower()), []).append(key)
    for keys in missions.values():
        if len(keys) > 1:
            fullest = max((names[key] for key in keys), key=len)
            names.update(dict.fromkeys(keys, fullest))


def _places_in(organisation: str) -> list[str]:
    """The places and nationalities an organisation's name holds, word by word."""
    return [word for word in organisation.split() if word[:1].isupper() and _leading_place(word)]


def _served_places_in(organisation: str) -> list[str]:
    """The places an organisation's name holds that it serves: not the ones its "Affairs"
    handle ("Taiwan Affairs Office", "Hong Kong and Macao Affairs Office": bodies of another
    government, whose spokesperson a lede may call "a Chinese mainland spokesperson"; round
    288)."""
    if " Affairs" not in organisation:  # the cheap test first
        return _places_in(organisation)
    handled: set[str] = set()
    for match in _HANDLED_PLACES.finditer(organisation):
        handled.update(match.group(1).split())
    return [place for place in _places_in(organisation) if place not in handled]


def _leading_place(organisation: str) -> str:
    """The place or nationality an organisation's name opens with ("Vietnam National
    Assembly", "Chinese Foreign Ministry"), else nothing."""
    word = organisation.partition(" ")[0]
    entry = load().names.entries.get(word)
    return word if getattr(entry, "type", "") == "GPE" or _demonym(word) else ""


def _place_name_stem(stem: str) -> bool:
    """Whether ``stem`` is the stem of a one-word place the recogniser knows, as
    ``_country_stem`` cuts it and ``_vowels_cut`` after it ("jamaic" of Jamaica, "maurit" of
    Mauritius)."""
    return stem in _place_name_stems(stem[:3])


@lru_cache(maxsize=1024)
def _place_name_stems(opening: str) -> frozenset[str]:
    """The stems of the one-word places whose stem opens with ``opening``: each stem opens
    with the first three letters of its place's name (or of the name it stands for: "us" of
    America), so only those places are cut, not the gazetteer's thousands for each process."""
    return frozenset(_vowels_cut(_country_stem(name.lower())) for name in places_opening(opening))


def places_opening(opening: str) -> Sequence[str]:
    """The one-word places the recogniser knows ("Peru"), whose stems open with ``opening``:
    the few a stem may be of, so that no caller stems the gazetteer's thousands."""
    return _place_names_by_opening().get(opening, ())


@lru_cache(maxsize=1)
def _place_names_by_opening() -> dict[str, list[str]]:
    """The one-word places the recogniser knows, by the first three letters of the name their
    stem is cut from, lowercased (``_PLACE_ALIASES``' for "america": "us")."""
    places: dict[str, list[str]] = {}
    for name, entry in load().names.entries.items():
        if name.isalpha() and name.istitle() and getattr(entry, "type", "") == "GPE":
            low = name.lower()
            places.setdefault(_PLACE_ALIASES.get(low, low)[:3], []).append(name)
    return places


@lru_cache(maxsize=1)
def _places_of_several_words() -> dict[str, tuple[str, ...]]:
    """The places of several words the recogniser knows, as their last words by the words
    before ("south": "sudan", ...; "papua new": "guinea"): what a nationality of their last
    word makes with the words before it ("South Sudanese", "Papua New Guinean"). The last
    words are stemmed only when asked: few articles ask, and never of most places."""
    names = {  # each name once: the table holds it in capitals too ("SOUTH SUDAN")
        name.lower()
        for name, entry in load().names.entries.items()
        if " " in name and getattr(entry, "type", "") == "GPE"
    }
    places: dict[str, tuple[str, ...]] = {}
    for first, _, last in (name.rpartition(" ") for name in names):
        places[first] = (*places.get(first, ()), last)
    return places


def _several_words_place(first: str, stem: str) -> bool:
    """Whether a known place is ``first`` followed by a word of stem ``stem`` (``_country_stem``
    cut as ``_vowels_cut`` cuts it: "south" and "sudan", "papua new" and "guin")."""
    return any(
        _vowels_cut(_country_stem(last)) == stem
        for last in _places_of_several_words().get(first, ())
    )


def _word_count(text: str, word: str) -> int:
    """How often ``word`` is written in ``text`` as a whole word, not inside a longer one."""
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text))


def _country_stem(word: str) -> str:
    word = _PLACE_ALIASES.get(word, word)
    if not word.endswith(_COUNTRY_ENDINGS):
        return word  # most of the gazetteer's places: one call, not one an ending
    for ending in _COUNTRY_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _demonym_stem(word: str) -> str:
    country = _IRREGULAR_DEMONYMS.get(word)
    if country is not None:
        return _country_stem(country)
    for ending in _DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return _country_stem(word[: -len(ending)])
    return _country_stem(word)


def _elsewhere(served: set[str], named: frozenset[str]) -> bool:
    return bool(served and named and not served & named)


@lru_cache(maxsize=1)
def _particle_gaps() -> dict[str, tuple[str, ...]]:
    """The gazetteer's name particles with their spaces (" bin ", " de "), by their first two
    characters (every gap has them): a mention's next two pick the few for one startswith."""
    gaps: dict[str, tuple[str, ...]] = {}
    for gap in sorted(load().particle_gaps):
        gaps[gap[:2]] = (*gaps.get(gap[:2], ()), gap)
    return gaps


def _honours(gap: str) -> bool:
    """Whether a gap between a title and a name holds only honorifics ("Foreign Minister Datuk
    Seri X"), or a rank ("Coast Guard spokesperson Commodore X"; stfix90): the title is
    still the person's."""
    if len(gap) < 3 or gap[0] != " " or gap[-1] != " ":
        return False
    words = gap.split()
    honorifics = load().honorific_words
    return 0 < len(words) <= 4 and all(
        w in honorifics or w.rstrip(".") in honorifics or w in HONORIFICS_AFTER_TITLES
        for w in words
    )


def _serves_place(text: str, name_end: int, place: EntitySpan) -> bool:
    """Whether a place right after a name is the country the person serves: "X of Chile",
    "X, Chile's foreign minister" (a title the next mention, or lowercase words, holds)."""
    gap = text[name_end : place.start]
    if gap in (" of ", " of the "):
        return True
    return gap == ", " and text.startswith(_POSSESSIVE_GAPS, place.end)


# a lowercase title, its nationality and where it serves, then a comma before a name in
# apposition ("the Japanese ambassador to Seoul, Y,")
_LOWERCASE_TITLE_SERVING = lazy_compile(
    r"\bthe (?:([A-Z][a-z]+) )?("
    + "|".join(sorted(lx.ROLE_NOUNS))
    + r") (?:to|in) [A-Z][\w ]{1,30}, $"
)


def _word_before(text: str, offset: int) -> str:
    """The word right before ``offset`` and its space ("" when there is none)."""
    if text[offset - 1] != " ":  # (a character read, not a ``startswith`` call: its
        return ""  # arguments are parsed; the same at 0, where both read the last character)
    return text[text.rfind(" ", 0, offset - 1) + 1 : offset - 1]


def _in_title(word: str, titles: Collection[str]) -> bool:
    """Whether a word before a lowercase role noun may be its title's: capitalised ("Thai",
    "Trump's"; not a sentence's opening word: "Whereas") or a title word in lower case."""
    if word.islower():
        return word in _LOWERCASE_TITLE_WORDS or word.capitalize() in titles
    return _TITLE_WORD.fullmatch(word) is not None and word not in _NO_TITLE_WORDS


def _closes_sentence(text: str, end: int) -> bool:
    """Whether a full stop ends the sentence right after ``end``."""
    return text.startswith((". ", ".\n"), end) or (end + 1 == len(text) and text[end] == ".")


def _opens_apposition(text: str, spans: list[EntitySpan], index: int) -> bool:
    """Whether a person follows a title chain and a comma, the chain opening its sentence or
    after "the" wherever it stands, and a comma follows the person that no list goes on from:
    "The Minister of Foreign Affairs of India, X, said", "GENEVA — The High Commissioner ...,
    X, said", "On Tuesday, the Secretary-General, X, said", "..., the Secretary-General, X,
    said"; not "the President, X, Y and Z"."""
    person = spans[index]
    following = spans[index + 1] if index + 1 < len(spans) else None
    end = person.end
    if (
        text.startswith(" ", end)
        and following is not None
        and following.type == "ROLE"
        and following.start == end + 1
        and text.startswith(",", following.end)
    ):  # "Minister for Defence, X TD, will": a letters' title after the name
        end = following.end
        following = spans[index + 2] if index + 2 < len(spans) else None
    if not text.startswith(",", end):
        return False
    if (
        following is not None
        and following.type == "PERSON"
        and text[end : following.start] in (", ", ", and ")
    ):
        return False
    first = index - 1
    while first > 0 and spans[first - 1].type in ("ROLE", "ORG", "GPE"):
        if text[spans[first - 1].end : spans[first].start] not in _ROLE_CHAIN_GAPS:
            break
        first -= 1
    if not any(span.type == "ROLE" for span in spans[first:index]):
        return False  # "Colombia’s Foreign Minister, X, has stated" starts with its country
    if spans[first].type != "ROLE" and text.startswith(("’s ", "'s "), spans[first].end):
        return True  # "signed by Israel’s Energy Minister, X, along with": the possessive
        # opens the phrase as "the" does (round 510)
    before = _sentence_before(text, spans[first].start)
    return (
        not before.strip()
        or (_THE_ENDING.search(before) is not None and _SERVING_TITLE.search(before) is None)
        or _after_opening_adjunct(before)
    )


def _after_opening_adjunct(before: str) -> bool:
    """Whether the words before a title chain are a sentence's opening adverbial phrase and
    its comma ("Responding to questions, UK Minister for X, Baroness Y, clarifies"): the chain
    opens the main clause (newuser45)."""
    if not before.endswith(", "):
        return False
    first = before.lstrip().split(" ", 1)[0]
    return first.istitle() and (first.lower() in _ADJUNCT_OPENERS or first.endswith("ing"))


def _sentence_before(text: str, end: int) -> str:
    """The words of ``end``'s line or sentence before it, or of a long sentence only its last
    words from a space on: enough for `_opens_apposition`'s two patterns, which read at most a
    word and "of the " back from the end (a paragraph of thousands of appositions and no full
    stop read itself again for each, its square)."""
    start = max(0, end - _APPOSITION_WINDOW)
    line = max(text.rfind("\n", start, end), text.rfind(". ", start, end))
    if line < 0 < start:
        space = text.find(" ", start, end - _THE_ENDING_READS)
        if space >= 0 and text[space + 1 : end].strip():
            return text[space + 1 : end]
        line = max(text.rfind("\n", 0, end), text.rfind(". ", 0, end))
    return text[line + 1 : end]


def _closes_apposition(text: str, spans: list[EntitySpan], index: int) -> bool:
    """Whether a person closes a phrase "the (new) (Kenyan) TITLE, X" that no list goes on
    from ("met with the new Kenyan Cabinet Secretary for ..., Alfred Mutua today"), or a
    paragraph opened by "TITLE, X"."""
    person, role = spans[index], spans[index - 1]
    if (
        role.type in ("GPE", "ORG")
        and index > 1
        and text[spans[index - 2].end : role.start] in _SERVED_PLACE_GAPS
    ):
        role = spans[index - 2]  # "the Ambassador-designate of the Kingdom of Denmark, X"
    if role.type != "ROLE" or text.startswith((" and ", " or "), person.end):
        return False
    if text.startswith(",", person.end) and not text.startswith(", the ", person.end):
        return False  # "the TITLE, X, Y and Z": a list; "X, the Minister recalled": not one
    if not role.start or text[role.start - 1] == "\n":
        return True  # "Foreign Affairs Minister, X seems ...": the title opens its paragraph
    before = _THE_BEFORE_TITLE.search(text, max(0, role.start - 30), role.start)
    # "According to the Spokesperson, X appreciated ...": X is the clause's subject
    return before is not None and not text.endswith("ccording to ", 0, before.start())


@dataclass(slots=True)
class _Surnames:
    """Each full name's key by its last one or two words, folded, spelled as the article
    does ("al-Saud") and with hyphens as spaces ("Al Thani"); and each full name's folded
    words whole, for the respellings, by the initial of its first and of its last word: a
    respelling keeps one of them, so a mention is compared with those names alone, not with
    every name of a long article."""

    tails: list[dict[tuple[str, ...], str]]
    by_initial: dict[str, dict[tuple[str, ...], str]]


def _surname_keys(names: list[tuple[str, str]]) -> _Surnames:
    """The tables of :class:`_Surnames`; a tail two names share names neither."""
    tails: list[dict[tuple[str, ...], str]] = [{}, {}]
    by_initial: dict[str, dict[tuple[str, ...], str]] = {}
    shared: list[set[tuple[str, ...]]] = [set(), set()]
    for name, key in names:
        folded = fold(name).lower()
        if folded.endswith(_GENERATIONS):  # "Ferdinand R. Marcos, Jr.": Marcos
            folded = folded[: folded.rindex(" ")].rstrip(",")
        whole = tuple(folded.split())
        for initial in {whole[0][0], whole[-1][0]} if whole else ():
            by_initial.setdefault(initial, {})[whole] = key
        for tier, words in enumerate((folded.split(), folded.replace("-", " ").split())):
            for size in (1, 2):
                tail = tuple(words[-size:])
                if len(words) > size and tails[tier].setdefault(tail, key) != key:
                    shared[tier].add(tail)
    for table, apart in zip(tails, shared, strict=True):
        for tail in apart:
            del table[tail]
    return _Surnames(tails, by_initial)


def _surname_key(mention: str, surnames: _Surnames) -> str | None:
    """The full name a one-word mention is the surname of, however the article spells it
    ("Al-Saud" of "Faisal bin Farhan al-Saud", "Al-Thani" of "... Al Thani"), with an Arabic
    article the full name leaves off ("Al-Safadi" of Ayman Safadi)."""
    folded = fold(mention).lower()
    tables = surnames.tails
    for table, words in zip(
        tables, (folded.split(), folded.replace("-", " ").split()), strict=True
    ):
        found = table.get(tuple(words))
        if found is not None:
            return found
    if folded[2:3] == "-" and folded[:2] in ("al", "el"):
        bare = folded[3:]
        if (bare,) in tables[1]:
            return tables[1][(bare,)]
        respelled = (  # "Al-Farih" of Khalid Al Falih: the article, then a respelling (round 452)
            _respelled_name(bare, surnames.by_initial.get(bare[:1], {})) if len(bare) > 4 else None
        )
        if respelled is not None:
            return respelled
    names = surnames.by_initial.get(folded[:1], {})
    found = _respelled_name(folded, names) if len(folded) > 4 else None
    if found is None and folded[:1] in _TRANSLITERATED_INITIALS and len(folded) > 5:
        found = _initial_respelled(folded, surnames.by_initial)
    return found or (_undoubled_surname(folded, names) if len(folded) > 2 else None)


def _initial_respelled(
    mention: str, by_initial: dict[str, dict[tuple[str, ...], str]]
) -> str | None:
    """The one full name whose surname a long mention writes with the other transliteration
    of its first letter, the rest letter for letter ("Yerkikaya" of Ali Jerkikaya, round 618;
    "Yevgeny" and "Jevgeni"): one person, named in full."""
    other = _TRANSLITERATED_INITIALS[mention[0]] + mention[1:]
    found = {
        key
        for words, key in by_initial.get(other[0], {}).items()
        if len(words) > 1 and words[-1] == other
    }
    return found.pop() if len(found) == 1 else None


def _undoubled_surname(mention: str, names: dict[tuple[str, ...], str]) -> str | None:
    """The one full name whose surname a short mention writes with a doubled letter single
    ("Mas" of Heiko Maas, round 291): too short for :func:`_respelled_name`'s likeness."""
    found = {
        key
        for words, key in names.items()
        if len(words[-1]) == len(mention) + 1
        and words[-1][0] == mention[0]
        and any(
            words[-1][i] == words[-1][i + 1] and words[-1][:i] + words[-1][i + 1 :] == mention
            for i in range(len(mention))
        )
    }
    return found.pop() if len(found) == 1 else None


def _respelled_name(mention: str, names: dict[tuple[str, ...], str]) -> str | None:
    """The one full name a long one-word mention respells or runs together: its surname
    in another transliteration ("Szijjarto" of Peter Siyarto: the same first and last
    letters, a final y read as i ("Shukri" of Sameh Shoukry), most letters shared in order) or
    misspelt by one letter ("Guterrez"), or its first name and the start of its surname
    ("Jokowi" of Joko Widodo)."""
    from difflib import SequenceMatcher  # few articles come here: not for every process

    found = {
        key
        for words, key in names.items()
        if (
            len(words[-1]) > 4
            and words[-1][0] == mention[0]
            and _final_i(words[-1]) == _final_i(mention)
            and SequenceMatcher(None, mention, words[-1]).ratio() >= 0.75
        )
        or (len(mention) > 5 and words[-1][0] == mention[0] and _one_edit(mention, words[-1]))
        or (
            len(words) > 1
            and mention.startswith(words[0])
            and len(mention) > len(words[0]) + 1
            and words[-1].startswith(mention[len(words[0]) :])
        )
    }
    return found.pop() if len(found) == 1 else None


def _final_i(word: str) -> str:
    """A word's last letter, a transliteration's final y read as i ("Shoukry", "Shukri")."""
    return "i" if word[-1] == "y" else word[-1]


def _one_edit(mention: str, surname: str) -> bool:
    """Whether a mention misspells a surname by one letter: one typed wrong ("Guterrez" of
    Guterres), left out or added."""
    if abs(len(mention) - len(surname)) > 1 or mention == surname:
        return False
    head = 0
    while head < min(len(mention), len(surname)) and mention[head] == surname[head]:
        head += 1
    if len(mention) == len(surname):
        return mention[head + 1 :] == surname[head + 1 :]
    if len(mention) < len(surname):
        return mention[head:] == surname[head + 1 :]
    return mention[head + 1 :] == surname[head:]


@dataclass(slots=True)
class _FullNames:
    """The full names named so far (without initials), each to its key, and the same names
    by their given names and by their length and surname: a name misspelling one is looked
    up among those it may misspell, not compared with every name before it (an article of
    thousands of names cost the square of their number)."""

    keys: dict[tuple[str, ...], str] = field(default_factory=dict)
    by_given: dict[tuple[str, ...], dict[tuple[str, ...], str]] = field(default_factory=dict)
    by_surname: dict[tuple[int, str], dict[tuple[str, ...], str]] = field(default_factory=dict)

    def add(self, words: tuple[str, ...], key: str) -> None:
        self.keys[words] = key
        self.by_given.setdefault(words[:-1], {})[words] = key
        self.by_surname.setdefault((len(words), words[-1]), {})[words] = key

    def respelled(self, words: tuple[str, ...]) -> str | None:
        """The key of the one full name named before (as long) that ``words`` misspell in
        the surname alone, by a letter or two letters swapped ("Jens Stoltenbegr" of Jens
        Stoltenberg): a typo, not another person of the same given names; or, in a name of
        three words or more, in one given name ("Ismael Omar Guelleh" of Ismail Omar
        Guelleh)."""
        found = {
            key
            for other, key in self.by_given.get(words[:-1], {}).items()
            if _one_word_respelled(words[-1], other[-1])
        }
        if len(words) > 2:
            found.update(
                key
                for other, key in self.by_surname.get((len(words), words[-1]), {}).items()
                if other[:-1] != words[:-1] and _one_given_respelled(words, other)
            )
        return found.pop() if len(found) == 1 else None


def _one_word_respelled(word: str, other: str) -> bool:
    """Whether a long word misspells another by a letter or two letters swapped, or, longer
    still, transliterates it with other vowels ("Abdul-Muhadi" of Abdul-Mahdi, round 278)."""
    return len(word) > 5 and (
        _one_edit(word, other)
        or _swapped(word, other)
        or (
            min(len(word), len(other)) >= _VOWELS_RESPELT_LENGTH
            and word[0].lower() == other[0].lower()
            and _consonants(word) == _consonants(other)
        )
    )


def _consonants(word: str) -> str:
    """A word's letters without its vowels: what transliterations of one name share."""
    return _VOWELS.sub("", word.lower())


def _one_given_respelled(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two names of the same surname differ in one given name, respelled."""
    differ = [(word, was) for word, was in zip(words, other, strict=True) if word != was]
    return len(differ) == 1 and _one_word_respelled(*differ[0])


def _swapped(mention: str, surname: str) -> bool:
    """Whether a mention swaps two neighbouring letters of a surname ("Stoltenbegr")."""
    if len(mention) != len(surname) or mention == surname:
        return False
    head = 0
    while mention[head] == surname[head]:
        head += 1
    return (
        mention[head : head + 2] == surname[head : head + 2][::-1]
        and mention[head + 2 :] == surname[head + 2 :]
    )


def _variant_key(words: tuple[str, ...]) -> tuple[str, ...]:
    """What a full name's other orders and spellings share: its words folded, a
    transliteration's final y read as i ("Sergey" as "Sergei") and a j between vowels as y
    ("Kaja" as "Kaya", one sound), in sorted order ("Jeje Odongo" and "Odongo Jeje")."""
    lowered = [_INNER_J.sub("y", w) if "j" in w else w for w in map(str.lower, words)]
    return tuple(sorted([w[:-1] + "i" if len(w) > 3 and w[-1] == "y" else w for w in lowered]))


def _marked_apart(names: Collection[str]) -> dict[str, str]:
    """The keys of full names that fold alike but whose diacritics tell them apart, by name
    (Lê Văn Thành and Lê Văn Thạnh are two people: :func:`spelling.speakers_of`, as the
    library's lists tell them); {} where marks set no one apart, the common case. A spelling
    without marks beside two such people ("Le Van Thanh") could be either: it is neither,
    a speaker of its own, as the library's speakers list keeps it, rather than guessed to be
    the one named first or last (an outlet that drops marks drops them for both)."""
    marked: dict[str, int] = {}
    for name in names:
        if not name.isascii():  # the cheap test first: an ASCII name has no marks
            marked[fold(name)] = marked.get(fold(name), 0) + 1
    if all(count == 1 for count in marked.values()):
        return {}
    kin = [name for name in names if marked.get(fold(name), 0) > 1]  # unmarked ones too
    speakers = speakers_of(kin)
    people: dict[str, set[str]] = {}
    spelt: dict[str, str] = {}  # a person's key: one of its spellings as spelt, marks kept
    for name in kin:
        people.setdefault(fold(name), set()).add(speakers[name])
        spelt.setdefault(speakers[name], " ".join(spelt_words(name)))
    return {
        name: spelt[speakers[name]]
        for name in kin
        if len(people[fold(name)]) > 1 and has_marks(name)  # the unmarked keep the folded key
    }


def _full_name(name: str) -> bool:
    """Whether a person's mention is more than one word: "Wang Yi", or initials fused to the
    surname ("G.L.Peiris", "D.Tsogtbaatar"), whose surname alone ("Peiris") names them too."""
    name = name.strip()
    return " " in name or "." in name[:-1]


def _name_tokens(name: str) -> list[str]:
    """A name's words, fused initials apart: "G.L.Peiris" is "G.", "L." and "Peiris"."""
    return name.replace(".", ". ").split() if "." in name else name.split()


def _name_words(name: str) -> tuple[str, ...]:
    """A full name's words without initials: "Alan Peter S. Cayetano" is Alan Peter Cayetano;
    a name of initials alone ("J. K.") is its initials (none left, it was every such name, and
    the finder stopped on it with an ``IndexError``)."""
    words = _name_tokens(name)
    if "." not in name and min(map(len, words), default=0) > 1:  # no initial: no call per word
        return tuple(words)
    return tuple(w for w in words if not _is_initial(w)) or tuple(words)


def _is_initial(word: str) -> bool:
    """ "S" or "S.": a capital letter and perhaps its full stop (no regex: every word of every
    full name is asked)."""
    return (len(word) == 1 or (len(word) == 2 and word[1] == ".")) and "A" <= word[0] <= "Z"


def _initialled(name: str, distinct: set[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The one full name in the article that a name with initials for its first names
    abbreviates ("G. Landsbergis" of Gabrielius Landsbergis), or None."""
    words = name.split()
    initials = [w for w in words if _is_initial(w)]
    rest = tuple(w for w in words if not _is_initial(w))
    if not rest or words[: len(initials)] != initials:
        return None
    found = {
        n
        for n in distinct
        if len(n) >= len(words)
        and n[len(n) - len(rest) :] == rest
        and all(n[i][0] == w[0] for i, w in enumerate(initials))
    }
    return found.pop() if len(found) == 1 else None


def _given_name_cut(short: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether ``short`` is ``name`` with its first given name cut short, the rest alike
    ("Navin Ramgoolam" of Navinchandra Ramgoolam): a usual short form, one person."""
    return (
        len(short) == len(name)
        and short[1:] == name[1:]
        and len(short[0]) > 3
        and len(name[0]) > len(short[0])
        and name[0].startswith(short[0])
    )


def _given_name_lost_letter(short: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether ``short`` is a two-word ``name`` whose given name lost its last letter, the
    long surname alike ("Jen Stoltenberg" of Jens Stoltenberg): a page's typo, one person."""
    return (  # (the caller compares the given names' lengths: most pairs stop there)
        len(short) == len(name) == 2
        and short[1] == name[1]
        and len(short[1]) > 5
        and name[0].startswith(short[0])
    )


def _misspelt_title_before(short: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether ``short`` is a surname of ``name`` after a title that lost or doubled a letter
    ("Presienta X" of Laura X, "Minster X"): a page's typo before the same person's surname."""
    return (
        len(short) == 2
        and len(name) >= 2
        and short[1] == name[-1]
        and short[0] != name[0]
        and _misspelt_title(short[0])
        and not _misspelt_title(name[0])
    )


@lru_cache(maxsize=1024)
def _misspelt_title(word: str) -> bool:
    """Whether ``word`` is a title word of six letters or more with one of its letters left
    out or doubled ("Commisssioner", round 354), unless a given name ("Marsha" of "Marshal").
    Only the titles a letter longer opening or ending as it does, and those a letter shorter
    opening as it does, are spelt wrong to compare: not every title's typos once a process."""
    if len(word) < _MISSPELT_TITLE_LETTERS - 1 or word in load().given_names:
        return False
    by_first, by_last = _long_titles()
    size = len(word)
    titles = (
        *by_first.get((size + 1, word[0]), ()),  # a letter left out, not the first
        *by_last.get((size + 1, word[-1]), ()),  # a letter left out, not the last
        *by_first.get((size - 1, word[0]), ()),  # a letter doubled
    )
    return any(
        word == typo
        for title in titles
        for at in range(len(title))
        for typo in (title[:at] + title[at + 1 :], title[: at + 1] + title[at:])
    )


@lru_cache(maxsize=1)
def _long_titles() -> tuple[dict[tuple[int, str], list[str]], dict[tuple[int, str], list[str]]]:
    """The title words of six letters or more by their length and first letter, and by their
    length and last letter: where ``_misspelt_title`` finds the titles a typo may be of."""
    by_first: dict[tuple[int, str], list[str]] = {}
    by_last: dict[tuple[int, str], list[str]] = {}
    for title in load().title_words:
        if len(title) >= _MISSPELT_TITLE_LETTERS:
            by_first.setdefault((len(title), title[0]), []).append(title)
            by_last.setdefault((len(title), title[-1]), []).append(title)
    return by_first, by_last


def _fuller_names(distinct: set[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each name that is a shorter form of exactly one fuller name in the article, mapped to
    it: its start ("Abdullah bin Zayed" of Abdullah bin Zayed Al Nahyan) or its first and last
    words around a middle name ("Hillary Clinton" of Hillary Rodham Clinton), or its last words
    whatever their case ("Del Rosario" of Albert del Rosario). A short form of
    two different names ("Kim Jong" of Kim Jong Il and Kim Jong Un) names neither."""
    fuller: dict[tuple[str, ...], tuple[str, ...]] = {}
    if len(distinct) < 2:
        return fuller  # no other name to be a shorter form of
    lowered = {name: tuple([word.lower() for word in name]) for name in distinct}
    sharing: dict[str, list[tuple[str, ...]]] = {}  # a first word, or a lowered last word
    for name in distinct:
        sharing.setdefault(name[0], []).append(name)
        if lowered[name][-1] != name[0]:
            sharing.setdefault(lowered[name][-1], []).append(name)
    for short in distinct:
        if len(short) < 2:
            continue
        size, first, last = len(short), short[0], lowered[short][-1]
        longer = {  # a name shortens one it shares its first or (any case) its last word with
            n
            for n in sharing[first] + (sharing[last] if last != first else [])
            if n is not short  # (none of the tests holds of a name and itself)
            and (
                (
                    len(n) > size
                    and (n[0] == first or lowered[n][-1] == last)
                    and _shortens(short, n, lowered)
                )
                or _given_name_cut(short, n)
                or (len(n[0]) == len(short[0]) + 1 and _given_name_lost_letter(short, n))
                or _misspelt_title_before(short, n)
            )
        }
        if len(longer) > 1:  # one longer name is the longest: none shortens itself
            longer = {n for n in longer if not any(_shortens(n, o, lowered) for o in longer)}
        if len(longer) > 1 and len({_variant_key(n) for n in longer}) == 1:
            longer = {min(longer)}  # "Paul Atanga Nji" and a caption's "Atanga Nji Paul": one
            # person's name in two orders, which "Atanga Nji" shortens both of (round 575)
        if len(longer) == 1:
            fuller[short] = longer.pop()
    return fuller


def _shortens(
    short: tuple[str, ...], name: tuple[str, ...], lowered: dict[tuple[str, ...], tuple[str, ...]]
) -> bool:
    if len(short) < 2 or len(short) >= len(name):
        return False
    if lowered[name][-len(short) :] == lowered[short]:
        return True  # "Del Rosario" of Albert del Rosario
    if short[0] != name[0]:
        return False
    if name[: len(short)] == short:
        return True
    rest = iter(name[1:])
    return short[-1] == name[-1] and all(word in rest for word in short[1:])


def _initials(name: str) -> str:
    """ "Ministry of External Affairs" -> "MEA"."""
    return "".join(
        w[0] for w in name.split() if w.lower() not in _INITIAL_SKIPPED and w[0].isupper()
    )


def _apposed_close(text: str, start: int) -> int:
    """The bracket closing a title's acronym before a name with capitalised appositions between
    (", Western Naval Command, Rear Adm. " before "Jason Gbassa"), else -1."""
    close = text.rfind("), ", max(0, start - 60), start)
    if close < 0:
        return -1
    gap = text[close + 3 : start]
    if "(" in gap or ")" in gap or not gap.endswith(" "):
        return -1
    words = gap.replace(",", " ").split()
    return close if words and all(word[:1].isupper() for word in words) else -1


def _titled(words: list[str], titles: Collection[str]) -> bool:
    """Whether spelt-out words name a title, not a body ("the World Health Organization (WHO)
    Tedros": a body's): a title word ends them, or one stands in them and no body's head ends
    them ("Flag Officer Commanding")."""
    if words[-1] in titles:
        return True
    return words[-1].lower() not in lx.ORG_HEADS and any(word in titles for word in words)
