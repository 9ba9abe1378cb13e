"""Deterministic entity recognition: gazetteers, title grammar and name patterns.

The text is folded letter by letter (``fold_for_matching``) so "Lê Hoài Trung" matches like
"Le Hoai Trung" while every offset stays an offset into the original text. Capitalised and
numeric tokens are scanned left to right; at each token the longest of these readings wins:
a gazetteer name, a title (ROLE, with the guideline's "of ..." rules 2a/2b), a capitalised name
ending in a head noun ("... Conference" is EVENT), or a person name. Fixed-shape forms (numbered
documents, photo credits, dates) come from regular expressions in ``patterns``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from diplotui.dates import MONTH_NAMES
from diplotui.entities.soft_wraps import soft_wraps_joined

from ..model import EntityCorrection, EntitySpan
from . import patterns, statistical
from .folding import fold_for_recognising
from .gazetteer import (
    BREAK,
    TOKEN_RE,
    Entry,
    Gazetteer,
    PhraseTable,
    load,
    normalise_gap,
    tokenise,
)
from .naming import short_forms

_NAME_GAPS = frozenset({" ", "'s ", "' ", "-"})
_OF_GAPS = frozenset({" of ", " of the "})
_JOINED_PLACE_GAPS = frozenset({" and ", " and the "})
_TO_GAPS = (" to ", " to the ")
_HEAD_RUN_GAPS = _NAME_GAPS | {" to ", " and "}  # gaps inside the run a head noun ends
_COMPLEMENT_START_GAPS = {
    "ORG": frozenset({" of ", " of the ", " for ", " for the ", " on ", " on the "}),
    "EVENT": frozenset({" of ", " of the ", " for ", " for the ", " on ", " on the "}),
    "LAW": frozenset({" of ", " of the ", " on ", " on the ", " for ", " for the "}),
    "LOC": frozenset({" of ", " of the "}),
    "GPE": frozenset({" of ", " of the "}),  # "Republic of Niger"
}
_COMPLEMENT_GAPS = frozenset(
    {" ", "'s ", "' ", "-", " of ", " of the ", " on ", " on the ", " for ", " for the "}
)
_LAW_ONLY_COMPLEMENT_GAPS = frozenset({" in ", " in the "})
_HONORIFIC_FOLLOW_GAPS = frozenset({" ", ". ", ", ", "."})
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)$")
_YEAR_RE = re.compile(r"(?:1[6-9]|20)\d\d$")
_MONTHS = frozenset(MONTH_NAMES)
_NOT_CREDIT_NAMES = frozenset(
    {"internet", "illustration", "illustrative", "archive", "file", "screenshot", "collected",
     "handout", "source", "social media", "internet photo", "illustrative photo", "ai"}
)  # fmt: skip
_NAME_JOINS = frozenset({" ", "-", ". "})
_SHORT_GIVEN_NAMES = frozenset({"Md", "Mohd", "Muhd", "Mhd", "Ma"})  # "Md. Touhid Hossain",
# "Ma. Teresita Daza" (Maria)
# Words after an organisation's short name that speak of its people or itself: "Wagner
# fighters", "Wagner chief Yevgeny Prigozhin" keep "Wagner" the organisation.
_ORG_MEMBER_WORDS = frozenset(
    {"fighters", "mercenaries", "forces", "troops", "soldiers", "contractors", "members",
     "units", "personnel", "operatives", "commanders", "chief", "boss", "leader", "founder",
     "group", "mutiny", "rebellion"}
)  # fmt: skip
_GENERATIONS = frozenset({"II", "III", "IV"})  # after a name: "Lloyd J. Austin III"
_ABBREVIATED_TITLES = ("Amb", "Sen", "Rep", "Sec")  # a full stop follows them ("Sec.": round 349)
# their plurals before the names they title ("Sens. X and Y", "Reps. X and Y"; round 605)
_ABBREVIATED_PLURALS = frozenset({"Sens", "Reps", "Ambs", "Secs"})
_ADVISERS = frozenset({"Advisor", "Adviser", "Assistant", "Counsellor", "Counselor"})
_PORTFOLIO_ENDS = frozenset(
    {"Affairs", "Defence", "Defense", "Veterans", "Finance", "Trade", "Industry", "Health",
     "Justice", "Education", "Economy", "Energy", "Agriculture", "Culture", "Security",
     "Development", "Environment", "Transport", "Labour", "Labor", "Interior", "Tourism",
     "Relief", "Unification", "Commerce", "Consumers", "Resources"}
)  # fmt: skip
# Words of a portfolio written before "Minister" ("Trade and Industry Minister").
_PORTFOLIO_WORDS = _PORTFOLIO_ENDS | frozenset(
    {"International", "Relations", "Cooperation", "Competition", "Public", "Works", "Science",
     "Technology", "Innovation", "Higher", "Home", "Social", "Water", "Sanitation", "Mineral",
     "Natural", "Small", "Business", "Women", "Youth", "Sport", "Sports", "Arts",
     "Communications", "Digital", "Planning", "Human", "Settlements", "Employment", "Land",
     "Rural", "Forestry", "Fisheries", "Mines", "Petroleum", "Police", "Immigration", "Housing",
     "Local", "Governance", "Infrastructure", "Investment", "Commerce", "Information", "Media",
     "Foreign", "European", "Family", "Welfare", "Climate", "Enterprise", "Heritage", "Finance",
     "Training", "Vocational", "Technical", "Aviation", "Diaspora", "Export", "Labour",
     "Homeland", "Regional", "Integration", "Commonwealth", "Emergency", "Operations",
     "Policy", "Expatriates", "Oil", "Gas", "Economic"}
)  # fmt: skip
# Their nouns in lowercase, before a lowercase title; adjectives are left out ("the local envoy").
_LOWERCASE_PORTFOLIO_WORDS = frozenset(word.lower() for word in _PORTFOLIO_WORDS) - frozenset(
    {"local", "small", "public", "human", "natural", "social", "higher", "digital", "rural",
     "international", "home", "state"}
)  # fmt: skip
# Titles besides "Minister" that a portfolio may precede: "Foreign Affairs Spokesperson".
_NAMED_BY_PORTFOLIO = frozenset(
    {"Spokesperson", "Spokesman", "Spokeswoman", "Secretary", "Coordinator", "Adviser", "Advisor"}
)
_COMPLEMENT_WORDS = frozenset(
    {"Heads", "Foreign", "Trade", "Economic", "International", "Executive", "Fine"}
)
_MEMBER_OF_WHAT = frozenset({"States", "State", "Countries", "Nations", "Economies", "Parties"})
# Places whose name is also an adjective: "Pacific countries" names no place.
_ADJECTIVAL_PLACES = frozenset(
    {
        "Pacific",
        "Caribbean",
        "Atlantic",
        "Arctic",
        "Mediterranean",
        "Baltic",
        "Balkan",
        "Nordic",
        "Gulf",
    }
)
_LOWERCASE_NOT_NOUN = re.compile(
    r" (?:and|or|is|was|are|were|to|in|of|on|at|has|have|had|will|would|as|for|with|by|but|where"
    r"|which|that|who|from|remains|became|said|says|also)\b"
)
# "Chairmanship, said Hang", "Partnership": a noun of "-ship" is no surname before "said"
_ABSTRACT_NOUN = re.compile(r"[a-z]{3}ship\Z")
_PERSON_CUE_AFTER = re.compile(
    r"(?:,? (?:said|says|told|added|stated|noted|explained|wrote|warned|tweeted|stressed)\b"
    r"| (?:met|meets|visited|arrived|thanked|congratulated|urged)\b"
    r"|, (?:who|whose) )"
)
# Mongolian and Central Asian outlets fuse the patronymic initial to the name: "D.Tsogtbaatar";
# Sri Lankan ones all the initials: "G.L.Peiris".
_INITIAL_FUSED_NAME = re.compile(r"(?:[A-Z]\.){1,3}[A-Z][a-z]{3,}")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\. $")
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\. ){1,3}$")
# bodies a person chairs, never a state in turn: "the Committee Chair" is that person
_CHAIRED_BY_PERSONS = frozenset({"Committee", "Subcommittee", "Board", "Caucus"})
_PERSON_CUE_BEFORE = re.compile(r"(?:^|\n)By $|[Aa]ccording to $|\b(?:Mr|Mrs|Ms)\.? $")
# Context that names a person whatever the words: "his Indian counterpart Narendra Modi".
# A lowercase title is one too: "US ambassador Kristie A Kenney", "Chilean president Michellet",
# "stated mission chief Bintou Keita" (statements round 377).
_STRONG_PERSON_CUE_BEFORE = re.compile(
    r"\b(?:counterparts?,?|ambassador|spokes(?:person|man|woman)|envoy|president|prime minister"
    r"|foreign minister|secretary of state|adviser|advisor|head|chief) $"
)
# A state's head noun starts its name ("Republic of Niger"); the words before it ("Eastern
# Democratic Republic of Congo") are left to the gazetteer.
_STATE_HEADS = frozenset({"Republic", "Kingdom"})
# Headlines in title case capitalise the small words ("Meets US Secretary Of State", "Progress
# Made At AU Summit In Ethiopia"); between two capitalised words they are read as lowercase, so
# they join or end names as they do in running text. Same length: offsets do not move.
_HEADLINE_SMALL_WORD = re.compile(
    r"(?:Of|And|For|On|In|To|At|With|By|From|Into|Over|After|Amid|As)(?= [A-Z])"
)
_CAPITALISED_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
# The last words of the lowercase titles of ``patterns`` (a cheap check before its expression).
_TITLE_LAST_WORDS = frozenset(
    {"minister", "adviser", "advisor", "envoy", "spokesperson", "spokesman", "spokeswoman",
     "ambassador", "president", "secretary-general", "state", "secretary", "chairperson",
     "chairman", "chairwoman", "staff", "director-general", "general", "director",
     "commissioner", "representative", "premier", "governor", "mayor", "senator", "prince",
     "negotiator", "chancellor", "member", "chief", "head"}
)  # fmt: skip
# A title in lower case set off by commas after a name no list knows, its last word a person's
# post: "Bilawal Bhutto, the party chief, said" (left44b); not a place's "member state"
_APPOSED_POST = re.compile(
    r", (?:the|a|an) (?:[a-z][a-z-]* ){0,3}(?:"
    + "|".join(
        sorted(
            (_TITLE_LAST_WORDS - {"state", "member"})
            | {"leader", "official", "diplomat", "commander", "lawmaker", "founder", "aide"}
        )
    )
    + r"),"
)
# A lowercase portfolio word before a lowercase title, alone or joined: "information and culture
# minister Khairullah Khairkhwa".
_FIELD_REACH = 16  # characters back to a title's field word ("humanitarian")
_OPENING_MARKS = " \t\"“‘'("  # between a sentence's end and its first word
_SENTENCE_ENDS = ".!?:;\n\r”—–-"  # what closes the text before a sentence's first word
_LOWERCASE_WORD_BEFORE = re.compile(r"\b([a-z]+)(?: and |, | )$")
_NAME_SUFFIX = re.compile(  # "Austin III", and a monarch's regnal number: "Mohammed VI"; not
    # a cabinet's number after its head's name ("the Lecornu II government", "Conte II cabinet")
    r",? (?:Jr|Sr)\.?(?!\w)| (?:I(?:II?|V|X)|VI{0,3}|XI{1,3}|XI?V|XVI{1,3})(?![\w.’'-])"
    r"(?! (?:[Gg]overnment|[Cc]abinet|[Aa]dministration|[Mm]inistry)\b)"
)
_BYLINE_POSTS = ("Reporter", "Correspondent", "Writer", "Editor")
_UNIT_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
                  "Ninth")  # fmt: skip
_TENS = ("Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")
# "Fifth", "Eleventh", "Twentieth", "Twenty-Sixth": spelled ordinals up to the ninety-ninth.
_ORDINAL_WORDS = frozenset(
    {*_UNIT_ORDINALS, "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth",
     "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth"}
    | {tens[:-1] + "ieth" for tens in _TENS}
    | {f"{tens}-{unit}" for tens in _TENS for unit in _UNIT_ORDINALS}
)  # fmt: skip
_DOTTED_UNFINISHED = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_SPACED_INITIALS = re.compile(r"[A-Z]\.(?: [A-Z]\.)* [A-Z]")  # "U. S" before its full stop
_ROMAN_LETTERS = frozenset("IVXLCDM")
# The given name of a Korean name written surname first: "Ban Ki-moon", "Chung Eui-yong".
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}")
# Heads that a country's name before them makes generic: "the US Administration" (GPE only).
_GOVERNMENT_HEADS = frozenset({"Government", "Administration"})
# Where a name may start a list of people ("..., Sering Modou Njie, and ..."): not after a
# capitalised word it could belong to.
_LIST_GAPS = frozenset({BREAK, ", ", " and "})
# heads of a company's name that are also a portfolio: "HGC Global Communications" is a body,
# "Solomon Islands Communications Minister X" a minister's title (round 478)
_PORTFOLIO_HEADS = frozenset({"Communications", "Telecommunications", "Telecom", "Telecoms"})
_PARTICLE_BEFORE = re.compile(  # one or two: "de Mistura", "von der Leyen"
    r"(?<![\w-])(?:(?:de|van|von) )?(?:de|da|di|du|del|van|von|der|den|le|la) $"
)
_PREDICATE_BEFORE = re.compile(r"\bas (?:the |a |an )?(?:[a-z]+ ){0,2}$")
_CLOCK_BEFORE = re.compile(r"\d(?:[:.]\d\d)? ?$")
# A name followed by its spelling in Chinese, Japanese or Korean script, as Taiwanese, Hong Kong
# and Korean outlets write it: "President Lai Ching-te (賴清德)".
_NATIVE_SCRIPT_NAME_AFTER = re.compile(
    r" ?[(（]([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,5})[)）]"
)
# Buildings that also name the government working in them: a place only where the text says so.
# a navy's or coast guard's prefix before a ship's name ("USS Curtis Wilbur", "BRP Sierra
# Madre"): a vessel, which no entity type covers, was listed among the article's people
_VESSEL_PREFIXES = frozenset(
    {"USS", "USNS", "USCGC", "HMS", "HMAS", "HMCS", "HMNZS", "BRP", "INS", "ROKS", "KRI", "HTMS"}
)

_SEATS_OF_GOVERNMENT = frozenset(
    {"Kremlin", "White House", "Pentagon", "Downing Street", "Blue House", "Elysee", "Zhongnanhai",
     "Quai d'Orsay", "Casa Rosada", "Planalto", "State House"}
)  # fmt: skip
_PLACE_BEFORE = re.compile(
    r"\b(?:at|in|to|from|outside|inside|into|near|leaving|left|visited|visiting|arrived at) the $"
)
_PLACE_AFTER = re.compile(
    r" (?:office|offices|lawn|grounds|gates|walls|compound|building|residence|palace)\b"
)
_NATURAL_FEATURES = frozenset(
    {"Sea", "Ocean", "Gulf", "Strait", "Peninsula", "Desert", "Mountains", "Valley", "Bay",
     "Archipelago", "Islands"}
)  # fmt: skip
_DESK_WORDS = (" Desk", " Bureau", " Staff", " Team", " Reporter", " Correspondent")
# The social network by its one-letter name: "posted on X", "on the X platform", "network X".
_SOCIAL_NETWORK_X = re.compile(
    r"(?:\b[Oo]n (?:the )?(?:social (?:network|media) (?:platform )?)?|\bnetwork )(X)(?![\w-])"
)
# A place with its other name in brackets before the feature both name: "Phu Lam (Woody)
# Island", "Truong Sa (Spratly) Islands", "Gac Ma (Johnson South) Reef" are one place (read
# apart, a person and a body). Its words before the bracket are trimmed by
# :func:`_bracketed_place_start`.
_PLACE_FEATURES = r"(?:Islands?|Islets?|Reefs?|Shoals?|Bay|Atolls?|Cays?|Archipelago)(?![\w-])"
_BRACKETED_PLACE = re.compile(
    r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} \([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}\) "
    + _PLACE_FEATURES
)
# The bracket's close and the feature after it: a pattern opening with a literal the engine
# skips to, where :data:`_BRACKETED_PLACE`, opening with a capital, was tried at every offset of
# every text holding a bracket (+4% of recognition's instructions).
_BRACKET_THEN_FEATURE = re.compile(r"\) " + _PLACE_FEATURES)
# How far before the feature the bracketed place can start: eight words and the bracket.
_BRACKETED_PLACE_REACH = 200
# Honours and ranks written in brackets after a name: "Yusuf Maitama Tuggar (OON)".
_POST_NOMINALS = frozenset(
    {"OON", "OFR", "CON", "GCON", "GCFR", "OBE", "MBE", "CBE", "KBE", "KCMG", "GCMG", "QC", "KC",
     "SC", "Retd", "Rtd", "retd", "Ret", "PhD", "MP", "TD", "MEP"}
)  # fmt: skip
# Family-name endings of Slavic, Caucasian, Central Asian, Romanian, Turkish, Greek and Nordic
# names, for surnames beyond each country's most frequent ones in the names list.
_FAMILY_NAME_ENDINGS = (
    "ov", "ova", "ev", "eva", "enko", "yan", "shvili", "dze", "escu", "oglu", "ovic", "ović",
    "ovich", "evich", "sky", "skiy", "ski", "ska", "wicz", "poulos", "akis", "sson", "bekov",
    "zade",
)  # fmt: skip
# A wire story's credits: "(Reporting by Deisy Buitrago and Julia Symmes Cobb; Editing by Paul
# Taylor)". Every name of the list is a person, whatever the names lists say.
_CREDIT_WORDS = ("Reporting", "Writing", "Editing", "Edited", "Written", "Additional reporting")
_WIRE_CREDIT = re.compile(
    r"(?:Additional reporting|Reporting|Writing|Editing|Edited|Written) [Bb]y "
    r"([A-Z][^;\n()]{0,120}?)(?=[;\n()]|\.(?:[A-Z ]|$)|$"
    # The next credit without a semicolon: "... and Sarah Marsh Editing by Miranda Murray".
    r"| (?:Additional reporting|Reporting|Writing|Editing|Edited|Written) [Bb]y )"
)
_CREDITED_NAME = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?: (?:(?:de|da|van|von|der|bin|al|el|la|le) )?[A-Z][\w'’-]*){1,3}"
)
_PORTFOLIO_AFTER = re.compile(r" of ([A-Z][a-z]+(?:(?: | and |, )[A-Z][a-z]+)*)")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")
_CAPITAL_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_BRACKETED_PARTY = re.compile(r"[A-Z][\w-]*(?: [A-Z0-9][\w-]*){0,2}(?=\))")
_RUN_ON_TO_ACRONYM = re.compile(r"((?: [a-z]{2,4})?(?: [A-Z][a-z]+){1,2}) \(([A-Z]{2,8})\)")
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z][A-Z][A-Z]+")  # as [A-Z]{4,}, found 40% faster by re
_TOWN_BEFORE = re.compile(r"\b(in|to|from|near|outside) $")
# Lowercase nouns of a place before its name: "the breakaway region of X", "the port of X".
_PLACE_NOUNS_OF = (
    "region of ", "port of ", "republic of ", "city of ", "town of ", "province of ",
    "island of ", "enclave of ", "village of ", "district of ",
)  # fmt: skip
# Words before "TV" that name no broadcaster: "on National TV".
_GENERIC_TV_WORDS = frozenset({"National", "State", "Public", "Local", "Live", "Satellite"})
_TRAVEL_BEFORE = re.compile(r"\b(?:travel(?:s|led|ling)?|trip|arrived?|arrives) (?:to|in|at) $")
_OUTLET_WORDS = frozenset(
    {"Times", "Post", "Herald", "Tribune", "Gazette", "Observer", "Independent", "Nation",
     "Star", "Chronicle", "Telegraph", "Guardian", "Standard", "Citizen", "Monitor", "Express",
     "Mirror", "Journal", "Hindu", "Peninsula", "Diplomat", "Economist", "Inquirer", "Press"}
)  # fmt: skip
_SETTLEMENT_CUES = ("city of ", "town of ", "village of ")
_SETTLEMENT_NAME = re.compile(
    r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*"
    r"(?![\w-]| [A-Z]| of\b| (?:al|el|as|ad|de|del|la|le|da|di)[ -])"
)  # one name that runs on neither into capitals nor a particle ("Umm al-Kheir")
_OUTLET_CUES = ("told the ", "interview with the ", "according to the ")
_OUTLET_SPOKEN_TO = re.compile(rf"(?:{'|'.join(sorted(_OUTLET_WORDS))})\b(?! [A-Z])")
_JOINED_BEFORE = frozenset(".&/-")  # "U.S.A", "AT&T", "RFE/RL", "TS-LKD": parts of one name
_JOINED_AFTER = frozenset("&/-")
_NOUNS_AFTER_PRESS = frozenset({"Statement", "Release", "Conference", "Briefing", "Service"})
_TITLES_BEFORE_NAMES = tuple(
    f"{title} "
    for title in ("negotiator", "envoy", "spokesman", "spokeswoman", "spokesperson", "minister",
                  "adviser", "advisor", "ambassador")
)  # fmt: skip
_ATTRIBUTIVE_SUFFIXES = frozenset(
    {"led", "based", "backed", "brokered", "sponsored", "funded", "hosted", "era", "run", "owned"}
)
# Given names the names list leaves out because they are also months: "Gert Jan Koopman".
_GIVEN_NAMES_THAT_ARE_MONTHS = frozenset({"Jan", "June", "April"})
_GIVEN_NAMES_THAT_ARE_TITLES = frozenset(
    {"Amir", "Malik"}
)  # after a title: a name (5 letters at most)
_ACRONYM_BEFORE = re.compile(r"(?<![\w.&/-])([A-Z][A-Z0-9]{2,6}) $")
_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
_NASAB_GAPS = frozenset({" bin ", " bint ", " ibn "})
_NICKNAME_OPENINGS = frozenset({" '", ' "'})  # before a nickname inside a name, folded
# Heads whose name goes on with "in ...": "United Nations Support Mission in Libya".
_IN_COMPLEMENT_HEADS = frozenset({"Mission"})
# Heads of a named plan (LAW) that a body's "of ..." stays out of: "Strategic National
# Development Plan" of "the Government of Timor-Leste" (but "Joint Plan of Action").
_PLAN_HEADS = frozenset({"Plan", "Programme", "Program", "Framework", "Goals"})
# A framework's modifiers that make it a bloc of parties, not a plan: "Coordination Framework"
_BLOC_MODIFIERS = frozenset({"Coordination", "Coordinating", "Shiite", "Shia", "Sunni"})
# What is "built" in an activity named "... Building" (not a building).
_BUILT_ACTIVITIES = frozenset(
    {"Nation", "Community", "Capacity", "Peace", "Confidence", "Institution", "Trust",
     "Consensus", "State", "Team", "Coalition", "Bridge", "Relationship", "Resilience"}
)  # fmt: skip
_PAIR_MEETING_HEADS = frozenset({"Meeting", "Meetings", "Dialogue", "Talks", "Consultations"})
# Words that describe talks or a meeting without naming it ("Lengthy Talks" in a headline).
_DESCRIBING_MODIFIERS = frozenset(
    {"Bilateral", "Official", "Lengthy", "Peace", "High", "Level", "High-Level", "High-level",
     "Formal", "Informal", "Direct", "Fresh", "Further", "Urgent", "Key", "Crucial", "Historic",
     "Landmark", "Private", "Closed-Door", "New", "First", "Extensive", "Productive", "Fruitful"}
)  # fmt: skip
_APPOSITION_END_GAPS = frozenset({", ", " and ", ". ", ".", BREAK})
_PROPAGATED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "EVENT", "LAW"})
# Lists of people: what separates two items, what may stand before the first and after the last.
_LIST_SEPARATORS = frozenset({", ", ", and ", " and ", "; ", "; and ", " & "})
_LIST_ITEM_START = re.compile(r"(?:^|[,;:(]\s?|\n|--|[—–-] | and | & )$")
_LIST_ITEM_END = re.compile(r"[,;.:)]|--|[ \t]*(?:\r?\n|$)| and | & | respectively\b")


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    type: str


class _Scanner:
    """One pass over the capitalised tokens of one text."""

    def __init__(self, text: str, folded: str, gazetteer: Gazetteer, covered: bytearray) -> None:
        self.text = text
        self.folded = folded
        self.gaz = gazetteer
        matches = list(TOKEN_RE.finditer(folded))
        # map with the match methods themselves: no Python frame per token, as a comprehension has
        starts = list(map(re.Match.start, matches))
        ends = list(map(re.Match.end, matches))
        words = list(map(re.Match.group, matches))
        if "_" in folded:
            words = [word.replace("_", "") for word in words]
        normalise = normalise_gap
        gaps = [BREAK, *map(normalise, map(folded.__getitem__, map(slice, ends, starts[1:])))]
        # Tokens inside a fixed-shape span are blanked: no phrase may use them or reach across.
        region_start = covered.find(1)
        while region_start != -1:
            region_end = covered.find(0, region_start)
            if region_end == -1:
                region_end = len(covered)
            k = bisect_right(ends, region_start)
            while k < len(words) and starts[k] < region_end:
                words[k] = ""
                gaps[k] = BREAK
                if k + 1 < len(words):
                    gaps[k + 1] = BREAK
                k += 1
            region_start = covered.find(1, region_end)
        self.starts, self.ends, self.words, self.gaps = starts, ends, words, gaps
        self.n = len(words)
        # Whether a head noun ends the run of joined words from each token on: most tokens
        # start no head phrase, and this says so without walking the run at each of them.
        # Walked back from each head noun only (a few in a hundred tokens), not over every token.
        heads = gazetteer.heads
        head_ahead = [False] * (self.n + 1)
        for k in reversed([k for k, word in enumerate(words) if word in heads]):
            head_ahead[k] = True
            while k and gaps[k] in _HEAD_RUN_GAPS and not head_ahead[k - 1]:
                k -= 1
                head_ahead[k] = True
        self.head_ahead = head_ahead
        self.found: list[_Found] = []
        self.unclaimed: list[int] = []  # tokens the scan read as nothing: a few later rules'

    # -- lookups ------------------------------------------------------------------------------

    def longest(self, table: PhraseTable, i: int) -> tuple[int, object] | None:
        """Longest phrase of ``table`` starting at token ``i``: (end token, value)."""
        words, gaps, n = self.words, self.gaps, self.n
        key = words[i]
        if key not in table.prefixes:
            return None
        best = None
        j = i
        while True:
            value = table.entries.get(key)
            if value is not None:
                best = (j + 1, value)
            j += 1
            if j >= n or gaps[j] == BREAK:
                return best
            key = f"{key}{gaps[j]}{words[j]}"
            if key not in table.prefixes:
                return best

    def title_at(self, i: int) -> int | None:
        """A title with its modifiers ("Permanent Deputy Minister"); the end token or None."""
        words, gaps, n = self.words, self.gaps, self.n
        modifiers = self.gaz.title_modifiers
        j = i
        while j < n and words[j] in modifiers and (j == i or gaps[j] == " "):
            j += 1
        ends = [  # the longest: "Special Representative of the Secretary-General" is listed whole
            found[0]
            for k in range(j, i - 1, -1)
            if k < n and (k == i or gaps[k] == " ")
            for found in [self.longest(self.gaz.titles, k)]
            if found
        ]
        if ends:
            return max(ends)
        if words[i] == "Assistant" and i + 1 < n and gaps[i + 1] in (" to ", " to the "):
            return self.title_at(i + 1)
        return None

    def role_at(self, i: int) -> int | None:
        """A ROLE at ``i``, with guideline rules 2a (portfolio) and 2b (central body)."""
        end = self.role_core_at(i)
        if end and end - 1 > i and self.words[end - 1] in _STATE_HEADS and end < self.n:
            state = self.longest(self.gaz.names, end - 1)
            if state and state[0] > end and isinstance(state[1], Entry):
                return end - 1  # "President of the Republic of Malawi": a title, then the state
        if end and end < self.n and self.words[end - 1] in _PORTFOLIO_WORDS:
            return self.listed_portfolio_end(end) or end
        return end

    def listed_portfolio_end(self, j: int) -> int | None:
        """A portfolio that goes on as a list: "Minister of Foreign Affairs, African
        Cooperation and Moroccan Expatriates". The list must close with "and" and be followed
        by punctuation, and no item may be a person's or a listed name ("..., Keisal M.").
        A serial comma closes it too: "..., Foreign Employment, and Tourism"."""
        words, gaps, n, gaz = self.words, self.gaps, self.n, self.gaz
        closed = False
        while j < n and not closed:
            closed = gaps[j] == " and " or (
                gaps[j] == BREAK and self.folded[self.ends[j - 1] : self.starts[j]] == ", and "
            )
            if not closed and gaps[j] != ", ":
                break
            item = j
            while j < n and (j == item or gaps[j] == " ") and j - item < 3:
                word = words[j]
                if (
                    closed
                    and j > item
                    and words[j - 1] in _PORTFOLIO_ENDS
                    and word not in _PORTFOLIO_WORDS
                    and (word not in gaz.capitalised_common_words or word in gaz.given_names)
                ):
                    break  # "... and Development Affairs David Cameron": the name follows
                if (
                    not word[:1].isupper()
                    or word in gaz.given_names
                    or (
                        isinstance(gaz.names.entries.get(word), Entry)
                        and word not in _PORTFOLIO_WORDS
                    )
                    or (
                        word in gaz.title_words
                        and word not in _PORTFOLIO_WORDS
                        and self.title_at(j) is not None
                    )
                ):
                    return None  # "..., Deputy Prime Minister": another title, not a portfolio
                j += 1
            if j == item:
                return None
        if not closed or (j < n and gaps[j] == " " and words[j - 1] not in _PORTFOLIO_ENDS):
            return None
        return j

    def role_core_at(self, i: int) -> int | None:
        word = self.words[i]
        if word in ("PM", "CM") and _CLOCK_BEFORE.search(
            self.folded, max(0, self.starts[i] - 8), self.starts[i]
        ):
            return None  # "12:20 PM", "20 CM": a time, a length, no prime or chief minister
        if word not in self.gaz.role_start_words and word not in _PORTFOLIO_WORDS:
            return None  # most capitalised words: no title, body or portfolio starts here
        gaps, n = self.gaps, self.n
        if word in ("Sen", "Rep", "Sec") and (
            not self.folded.startswith(". ", self.ends[i])
            or (i + 1 < n and self.words[i + 1] in self.gaz.honorific_words)
            or (
                word == "Sec"
                and not self.folded[self.ends[i] + 2 : self.ends[i] + 3].isupper()
                and not self.folded.startswith(". of State ", self.ends[i])
            )
        ):
            return None  # "Hun Sen" is a name, "Sen. Lieut. Gen." a senior rank: no senators;
            # "Sec. 5" a section, "Sec. Yellen" and "Sec. of State X" a secretary (rounds
            # 349, 469)
        body = self.longest(self.gaz.central_bodies, i)
        if body and body[0] < n and gaps[body[0]] in (" ", "'s "):
            end = self.title_at(body[0])
            if end:
                return end
        end = self.title_at(i) or self.portfolio_first_title_at(i)
        if end is None and word in self.gaz.title_modifiers and i + 1 < n and gaps[i + 1] == " ":
            end = self.portfolio_first_title_at(i + 1)  # "Vice Unification Minister"
        if end == i + 1 and word == "Speaker" and not (end < n and gaps[end] in _OF_GAPS):
            return None  # "Speaker Nguyen Hoang Giang" presents; "Speaker of the ..." presides
        if (
            end == i + 1
            and word == "Chair"
            and not self.is_name_start(end)
            and not (i and self.words[i - 1] in _CHAIRED_BY_PERSONS and gaps[i] == " ")
        ):
            return None  # "PIF Chair Henry Puna" is a title; "as ASEAN Chair for 2023" a turn;
            # "The Foreign Affairs Committee Chair vowed" a person's title (round 466)
        if end is None or (end < n and gaps[end] == " " and self.words[end] in _MEMBER_OF_WHAT):
            return None  # "Member States": a class of membership, not a person's title
        if end < n and gaps[end] in (" to ", " to the ") and self.words[end - 1] in _ADVISERS:
            advised = self.role_core_at(end)
            if advised:
                return advised  # "Advisor to the Prime Minister" is one ROLE
            principal = self.longest(self.gaz.names, end)
            if principal and principal[0] < n and gaps[principal[0]] == " ":
                advised = self.role_core_at(principal[0])
                if advised:
                    return advised  # "Diplomatic Adviser to UAE President"
        if end < n and gaps[end] in (" for ", " for the ", " on "):
            served = self.title_at(end) if self.words[end] in self.gaz.title_words else None
            if served and not self.folded.startswith(("'s", "’s"), self.ends[served - 1]):
                return served  # "Deputy Spokesman for the Secretary-General" is one ROLE
            complement = self.complement_end(end, "ROLE")
            place = self.longest(self.gaz.names, end)
            if complement == end + 1 and self.words[end] not in _PORTFOLIO_WORDS and not place:
                complement = None  # "Envoys For Interests" in a headline: no portfolio
            if complement and not (place and place[0] >= complement):
                return complement  # "High Representative for Foreign Affairs and Security Policy"
        if end < n and gaps[end] in _OF_GAPS:
            affairs = (
                self.affairs_end(end)
                if gaps[end] == " of " and not self.words[end - 1].startswith("Minister")
                else None
            )
            if affairs:
                return affairs  # "Assistant Secretary of Consular Affairs", "Director ..."
            if self.words[end - 1].startswith("Secretar"):
                portfolio = self.longest(self.gaz.portfolios, end)
                if portfolio and gaps[end] == " of ":
                    return portfolio[0]  # "Secretary of Foreign Affairs", "of Defense"
            if self.words[end - 1].startswith(("Minister", "MINISTER")):
                complement = self.complement_end(end, "ORG")
                named = self.longest(self.gaz.names, end)
                if complement and not named and self.words[complement - 1] in _PORTFOLIO_WORDS:
                    return complement  # "Minister of Defence and Military Veterans"
                portfolio_end = end
                while (
                    portfolio_end < (complement or end)
                    and self.words[portfolio_end] in _PORTFOLIO_WORDS
                ):
                    portfolio_end += 1
                if portfolio_end > end + 2 and gaps[portfolio_end] == " ":
                    return portfolio_end  # "... and Foreign Trade", then the minister's name
                portfolio = self.longest(self.gaz.portfolios, end)
                if portfolio:
                    return portfolio[0]
            body = self.longest(self.gaz.central_bodies, end)
            if body and not (self.words[end] == "Party" and body[0] == end + 1):
                name = self.longest(self.gaz.names, end)
                head = self.head_phrase_at(end, name[0] if name else end, "")
                if not head or head[0] <= body[0]:
                    return body[0]
        return end

    def affairs_end(self, j: int) -> int | None:
        """The end of one or two words and "Affairs" from token ``j`` ("Consular Affairs",
        "Political Affairs"): a portfolio whatever its first words."""
        words, gaps, n = self.words, self.gaps, self.n
        for k in range(j + 1, min(j + 3, n)):
            if gaps[k] != " ":
                return None
            if words[k] == "Affairs":
                return k + 1
        return None

    def portfolio_first_title_at(self, i: int) -> int | None:
        """A minister named by a portfolio joined with "and", before the title: "Trade and
        Industry Minister", "International Relations and Cooperation Minister"."""
        words, gaps, n = self.words, self.gaps, self.n
        if words[i] not in _PORTFOLIO_WORDS:
            return None
        joined = False
        j = i
        while j < n and j - i < 7:
            word = words[j]
            if (
                j > i
                and gaps[j] == " "
                and (word.startswith("Minister") or word in _NAMED_BY_PORTFOLIO)
            ):
                end = self.title_at(j)
                named = joined or (words[j - 1] in _PORTFOLIO_ENDS and (j - i >= 2 or end == j + 1))
                return end if named and end else None  # "... and Industry", "Foreign Affairs"
            if word not in _PORTFOLIO_WORDS:
                return None
            if j + 1 < n and gaps[j + 1] == " and ":
                joined = True
            elif j + 1 >= n or gaps[j + 1] != " ":
                return None
            j += 1
        return None

    def is_adjective(self, i: int, end: int, entity_type: str) -> bool:
        """ "Pacific countries", "Caribbean states": a place name used as an adjective."""
        if end != i + 1 or entity_type != "LOC" or self.words[i] not in _ADJECTIVAL_PLACES:
            return False
        if self.folded.startswith((" region", " Region"), self.ends[i]):
            return False  # "the Arctic region" is the place itself
        return _is_followed_by_a_noun(self.folded, self.ends[i])

    def is_vietnamese_name_start(self, i: int) -> bool:
        return (
            self.words[i] in self.gaz.surnames
            and i + 1 < self.n
            and self.gaps[i + 1] == " "
            and self.words[i + 1] in self.gaz.given_syllables
        )

    def vietnamese_name_at(self, i: int) -> int | None:
        """Surname plus one to three given-name syllables: "Tran Cam Tu", "Ho Chi Minh"."""
        if not self.is_vietnamese_name_start(i):
            return None
        j = i + 2
        while (
            j < self.n
            and j - i < 4
            and self.gaps[j] == " "
            and self.words[j] in self.gaz.given_syllables
        ):
            j += 1
        return j

    def is_name_word(self, word: str, first: bool) -> bool:
        if not word or not word[0].isupper() or (word.isupper() and len(word) > 1):
            return False
        if first and (word in self.gaz.surnames or word in self.gaz.east_asian_surnames):
            return True
        if not first and word in self.gaz.s_forms:
            return False  # "Yeltsin Asks Primakov": a headline's verb ends the name
        return (
            word not in self.gaz.not_name_words and word.replace("'", "").replace("-", "").isalpha()
        )

    def is_capitals_surname_first(self, i: int) -> bool:
        """A surname in capitals, then a given name that is no common word: "MOTEGI Toshimitsu"."""
        word = self.words[i]
        if len(word) < 3 or not word.isupper() or not word.isalpha() or i + 1 >= self.n:
            return False
        given = self.words[i + 1]
        return (
            self.gaps[i + 1] == " "
            and word not in self.gaz.names.prefixes
            and given[1:].islower()
            and self.is_name_word(given, False)
            and given not in self.gaz.capitalised_common_words
            and given not in self.gaz.names.prefixes
        )

    def titled_name_at(self, i: int) -> int | None:
        """Capitalised words right after a title or honorific: "Ambassador Ali Akbar Nazari".
        A portfolio's word is not a name: "Director of ASEAN Cooperation" names a department."""
        word = self.words[i]
        if (
            word[1:2] == "."
            and _DOTTED_INITIALS.fullmatch(word)
            and word not in self.gaz.names.prefixes
            and self.longest(self.gaz.honorifics, i) is None
            and self.is_inner_initials(i)
        ):
            end = self.name_tail(i + 1)  # "Foreign Minister D.N. Dhungyel"
            return end if end > i + 1 else None
        if self.is_capitals_surname_first(i):
            if self.is_undotted_initials(i) and (end := self.name_tail(i + 1)) > i + 2:
                return end  # initials before a whole name: "CSG Patricia Scotland" (session 41)
            return i + 2  # Japan's official style: "Foreign Minister MOTEGI Toshimitsu"
        if self.is_undotted_initials(i):
            end = self.name_tail(i + 1)  # "Vice President JD Vance", "Prime Minister KP
            return end if end > i + 1 else None  # Sharma Oli" (statements round 343)
        if word in _GIVEN_NAMES_THAT_ARE_MONTHS and self.is_name_start(i + 1):
            return self.name_tail(i + 1)  # "Foreign Minister Jan Lipavský": after a title, the
            # month's abbreviation is a given name, as before a listed surname (statements)
        if word in _GIVEN_NAMES_THAT_ARE_TITLES and self.is_name_start(i + 1):
            end = self.name_tail(i + 2)  # "Foreign Minister Amir Khan Muttaqi"
            return end if end > i + 2 else None
        if not self.is_name_word(word, True) or word in _PORTFOLIO_WORDS:
            return None
        end = self.name_tail(i + 1)
        if (
            end == i + 1
            and end < self.n
            and self.gaps[end] == " "
            and self.words[end].startswith("Minister")
        ):
            return None  # "Deputy Electricity Minister X": a portfolio between two titles
            # (round 333)
        return end

    def is_undotted_initials(self, i: int) -> bool:
        """Two or three capitals with no full stops before a name word after a title: a
        person's initials ("JD Vance"), not an acronym any list knows ("UN", "EU")."""
        word = self.words[i]
        return (
            2 <= len(word) <= 3
            and word.isalpha()
            and word.isupper()
            and not set(word) <= _ROMAN_LETTERS  # "Sultan X II Yang ...": a regnal number
            and i + 1 < self.n
            and self.gaps[i + 1] == " "
            and word not in self.gaz.names.prefixes
            and word not in self.gaz.generic_acronyms
            and word not in self.gaz.not_name_words
            and self.is_name_word(self.words[i + 1], True)
        )

    def appositive_name_at(self, i: int) -> int | None:
        """A name of two words or more set off by commas after a title: "the host Minister of
        Foreign Affairs, Keisal M. Peters, will ..."; a single word there is too often not a
        name ("Minister of Foreign Affairs, Trade and Industry")."""
        end = self.titled_name_at(i)
        if end and end - i >= 2 and (end >= self.n or self.gaps[end] in _APPOSITION_END_GAPS):
            return end
        return None

    def name_tail(self, j: int) -> int:
        """End of a person's name whose first word ends before token ``j``.

        Takes name words joined by spaces or hyphens, a middle initial ("Antony J. Blinken"),
        particles ("bin", "de", "da": "Majid bin Mohammed Al Ansari") and a nickname in marks
        between them ("Ibrahim ‘Ibu’ Mohamed Solih"), up to seven words.
        """
        words, gaps, n, gaz = self.words, self.gaps, self.n, self.gaz
        start = j
        after_nasab = False
        nickname = -1
        while j < n and j - start < (9 if after_nasab else 6):  # a father's name and titles
            gap = gaps[j]
            if gap == BREAK and nickname < 0 and self.is_quoted_nickname(j):
                nickname = j
                j += 1  # the name goes on after the nickname's closing mark
                gap = " "
            after_nasab = after_nasab or gap in _NASAB_GAPS
            previous = words[j - 1]
            initial = (len(previous) == 1 and previous.isupper()) or previous in _SHORT_GIVEN_NAMES
            if not (
                gap in (" ", "-") or gap in gaz.particle_gaps or (initial and gap in (". ", " "))
            ):
                break
            word = words[j]
            if (
                not self.is_name_word(word, False)
                and not self.is_inner_given_name(j)
                and not self.is_inner_initials(j)
                and not self.is_surname_in_capitals(j)
                and not (
                    word in gaz.honorific_words
                    and (
                        after_nasab
                        or (j - start <= 1 and gap == " " and previous in gaz.given_names)
                    )
                    and self.is_name_start(j + 1)
                )  # "Sultan bin Saad Al Muraikhi", "Hassan Sheikh Mohamud"
            ):
                if self.is_rank_as_surname(j, start) or self.is_short_last_name(j, start):
                    j += 1  # "John Major", "Hun Sen": a short word ending a name is part of it
                break
            if gap == "-" and word in gaz.names.prefixes:
                listed = self.longest(gaz.names, j)
                if listed and listed[0] > j + 1 and isinstance(listed[1], Entry):
                    break  # "Fiji-Solomon Islands": a second party, not a double surname
            entry = gaz.names.entries.get(word)
            if (
                isinstance(entry, Entry)
                and word not in gaz.family_names
                and word not in gaz.given_names
                and word not in gaz.weak_places
                and not self.is_place_as_surname(j, start, entry)
                and not self.is_alias_as_surname(j, start, entry)
                and not self.is_capitalised_particle(j)
                and gap not in gaz.particle_gaps  # "Mohammed Ali al-Houthi": a family's name
            ):
                break  # "... Russia": a known place or body, not a surname
            j += 1
        if j == nickname + 1:
            j = nickname  # no name word after the marks: a quoted word, no nickname
        while j > start and (len(words[j - 1]) == 1 or _DOTTED_INITIALS.fullmatch(words[j - 1])):
            j -= 1  # a name does not end in an initial
        return j

    def is_quoted_nickname(self, j: int) -> bool:
        """Whether token ``j`` is one word in marks right after a name word and before another
        ("Ibrahim ‘Ibu’ Mohamed", "Budiman "Budi" Santoso"; folded, the marks are straight)."""
        at = self.starts[j]
        if self.ends[j - 1] != at - 2 or j + 1 >= self.n:  # the cheap test first
            return False
        opening = self.folded[at - 2 : at]
        return (
            opening in _NICKNAME_OPENINGS
            and self.starts[j + 1] == self.ends[j] + 2
            and self.folded[self.ends[j] : self.starts[j + 1]] == opening[::-1]
            and self.words[j][1:].islower()
            and self.is_name_word(self.words[j + 1], False)
            and self.words[j + 1] not in self.gaz.capitalised_common_words  # "X 'Will' Resign"
        )

    def is_capitalised_particle(self, j: int) -> bool:
        """ "Alberto Van Klaveren": a particle written capitalised inside a name, before a
        surname that names nothing else, is part of the name, though "Van" is a Turkish
        province."""
        words, gaps = self.words, self.gaps
        if (
            j + 1 >= self.n
            or gaps[j + 1] != " "
            or f" {words[j].lower()} " not in (self.gaz.particle_gaps)
        ):
            return False
        surname = words[j + 1]
        return self.is_name_word(surname, False) and surname not in self.gaz.names.entries

    def is_place_as_surname(self, j: int, start: int, entry: Entry) -> bool:
        """ "Lloyd Austin": a one-word place right after a given name that names nothing
        itself, ending the name, is the surname."""
        words, gaps = self.words, self.gaps
        given = j - 1
        if j == start + 1 and len(words[start]) == 1 and gaps[j] == ". ":
            given = start - 1  # "Lloyd J. Austin": the given name before a middle initial
            # (round 348's dev residue)
        return (
            (
                j == start
                or given < j - 1
                or (j == start + 1 and self.is_undotted_initials(start - 1))  # "CSG Patricia
            )  # Scotland": the given name after initials (session 41)
            and entry.type == "GPE"
            and words[given] in self.gaz.given_names
            and words[given] not in self.gaz.names.prefixes
            and (
                j + 1 >= self.n
                or gaps[j + 1] != " "
                or not words[j + 1][:1].isupper()
                or words[j + 1] in _GENERATIONS
            )
        )

    def is_alias_as_surname(self, j: int, start: int, entry: Entry) -> bool:
        """ "Richard Wagner", "Therese Kayikwamba Wagner": an organisation's one-word short
        name that is the first word of its full name ("Wagner" of "Wagner Group") is a
        surname after a given name or two name words; so is a company's one-word name right
        after a given name ("Michael Bloomberg", "Taro Honda": companies named after their
        founders). Not when an organisation's word follows ("Wagner Group", "Wagner
        fighters")."""
        words, gaps, gaz = self.words, self.gaps, self.gaz
        word, previous = words[j], words[j - 1]
        if entry.type != "ORG" or previous in gaz.names.prefixes:
            return False
        if entry.canonical.startswith(word + " "):
            after_name = j > start or previous in gaz.given_names
        else:  # "Afghan Taliban", "Jordan Honda": a nationality or a place, not a given name
            after_name = (
                entry.canonical == word
                and j == start
                and previous in gaz.given_names
                and previous not in gaz.demonyms
                and previous not in gaz.names.entries
            )
        if not after_name:
            return False
        if j + 1 >= self.n or gaps[j + 1] != " ":
            return True
        following = words[j + 1]
        return not following[:1].isupper() and following.lower() not in _ORG_MEMBER_WORDS

    def is_surname_in_capitals(self, j: int) -> bool:
        """A surname in capitals after the given names, as French and African releases write
        it: "Nassirou BAKO-ARIFARI", "President Muhammadu BUHARI"."""
        word, previous = self.words[j], self.words[j - 1]
        return (
            len(word) >= 3
            and word.isupper()
            and word.replace("-", "").isalpha()
            and not previous.isupper()
            and word not in self.gaz.names.prefixes
            and word.title() not in self.gaz.not_name_words
        )

    def is_inner_initials(self, j: int) -> bool:
        """Initials inside a name, written together or without a full stop: "Olivier J.P.
        Nduhungirehe", "Kristie A Kenney"."""
        word = self.words[j]
        return (
            (_DOTTED_INITIALS.fullmatch(word) is not None or (len(word) == 1 and word.isupper()))
            and self.gaps[j] == " "
            and j + 1 < self.n
            and (self.gaps[j + 1] == " " or (len(word) == 1 and self.gaps[j + 1] == ". "))
            and self.is_name_word(self.words[j + 1], False)
        )

    def is_name_start(self, j: int) -> bool:
        """A capitalised word that may start a person's name follows at token ``j``."""
        return (
            j < self.n
            and self.gaps[j] == " "
            and self.is_name_word(self.words[j], True)
            and self.words[j] not in self.gaz.names.prefixes
        )

    def is_given_name(self, word: str) -> bool:
        """A listed given name, or two joined by a hyphen ("Marie-Edith", "Jean-Yves")."""
        given = self.gaz.given_names
        return word in given or ("-" in word and all(p in given for p in word.split("-")))

    def is_inner_given_name(self, j: int) -> bool:
        """A given name that is also a title between two names: "Hossein Amir Abdollahian".
        A title's capitals are none: "Nepal PM Sher Bahadur Deuba" (Nepal a given name too)."""
        words, gaps, gaz = self.words, self.gaps, self.gaz
        return (
            (
                words[j] in gaz.given_names
                or (words[j] in gaz.title_words and not words[j].isupper())
                or words[j] in _GIVEN_NAMES_THAT_ARE_MONTHS
            )
            and words[j - 1] in gaz.given_names
            and gaps[j] == " "
            and j + 1 < self.n
            and gaps[j + 1] == " "
            and self.is_name_word(words[j + 1], False)
            and words[j + 1] not in gaz.title_words
        )

    def is_rank_as_surname(self, j: int, start: int) -> bool:
        """A rank after a given name, with no name after it: "John Major", not "Major" in
        "John, Major General Smith"."""
        words, gaps, gaz = self.words, self.gaps, self.gaz
        return (
            j == start
            and gaps[j] == " "
            and words[j] in gaz.honorific_words
            and words[j] not in gaz.title_words
            and words[j - 1] in gaz.given_names
            and (j + 1 >= self.n or gaps[j + 1] != " " or not words[j + 1][:1].isupper())
        )

    def is_short_last_name(self, j: int, start: int) -> bool:
        """A short word that is also a small word or a rank, ending a two-word name with nothing
        capitalised after it: "Prime Minister Hun Sen said", "Deputy Prime Minister Sok An"."""
        words, gaps, gaz = self.words, self.gaps, self.gaz
        word, previous = words[j], words[j - 1]
        return (
            j == start
            and gaps[j] == " "
            and 2 <= len(word) <= 3
            and word[1:].islower()
            and (word not in gaz.title_words or word in _ABBREVIATED_TITLES)  # "Hun Sen"
            and (word not in gaz.names.prefixes or self.longest(gaz.names, j) is None)
            and (previous in gaz.family_names or previous in gaz.given_names)
            and previous not in gaz.not_name_words
            and (j + 1 >= self.n or gaps[j + 1] != " " or not words[j + 1][:1].isupper())
        )

    def starts_listed_name(self, j: int) -> bool:
        """Whether a place or body the gazetteer lists starts at token ``j`` ("Hoi An"), not
        merely a word that could begin one ("Hoi" ending "Lim Jock Hoi")."""
        listed = self.longest(self.gaz.names, j)
        return listed is not None and isinstance(listed[1], Entry)

    def person_at(self, i: int) -> int | None:
        """A person named without a title: a known given name followed by a surname, a
        surname-first East Asian name ("Moon Jae-in", "Wang Yi"), or a name before "said"."""
        words, gaps, n, gaz = self.words, self.gaps, self.n, self.gaz
        word = words[i]
        if word[1:2] == "." and _INITIAL_FUSED_NAME.fullmatch(word):
            return i + 1
        if i + 1 >= n or not (
            gaps[i + 1] in _NAME_JOINS
            or gaps[i + 1] in gaz.particle_gaps
            or (self.ends[i] == self.starts[i + 1] - 2 and self.is_quoted_nickname(i + 1))
        ):
            start = self.starts[i]  # "Mr. [António] Guterres said": the statements join them
            if (
                (word in gaz.family_names or word not in gaz.capitalised_common_words)
                and word not in gaz.names.prefixes
                and (word in gaz.family_names or not _ABSTRACT_NOUN.search(word))
                and self.is_name_word(word, True)
                and _PERSON_CUE_AFTER.match(self.folded, self.ends[i])
                and (
                    word in gaz.family_names
                    or not (self.is_place_adjective(word) or self.folded.endswith("] ", 0, start))
                )
            ):
                return i + 1  # a surname alone before "said" or "met": "Payne said"
            return None  # the common case: a capitalised word standing alone
        if self.is_capitals_surname_first(i) and (
            (i + 2 < n and gaps[i + 2] == ", " and self.title_follows(i + 2))
            or self.is_cued(i, i + 2)
        ):
            return i + 2  # Japan's style untitled: "IWAYA Takeshi, Minister for Foreign Affairs"
        if word in gaz.east_asian_surnames and gaps[i + 1] == " ":
            j = i + 1
            while j < n and j - i <= 2 and (j == i + 1 or gaps[j] == " "):
                syllables = words[j].split("-")
                if not (
                    self.is_name_word(words[j], False)
                    and all(len(part) <= 5 for part in syllables)
                    and len(syllables) <= 2
                    and (len(syllables) == 1 or syllables[1].islower())
                    and not self.starts_listed_name(j)
                ):
                    break
                j += 1
            if j > i + 1:
                return j
        if (
            gaps[i + 1] == " "
            and len(word) <= 5
            and _KOREAN_GIVEN_NAME.fullmatch(words[i + 1])
            and self.is_name_word(word, True)
            and word not in gaz.names.prefixes
        ):
            return i + 2  # "Ban Ki-moon": a surname the list lacks before a Korean given name
        if gaps[i + 1] in _NASAB_GAPS and word not in gaz.stopwords and word.isalpha():
            end = self.name_tail(i + 1)
            if end > i + 1:
                return end  # "Sultan bin Saad Al Muraikhi": a name even when a title spells it
        if word in _CAPITAL_LETTERS:
            return self.initials_name_at(i)
        if word in gaz.not_name_words:
            return None
        if (
            len(word) <= 3
            and word.isupper()
            and word.isalpha()
            and word not in gaz.names.prefixes
            and word not in gaz.role_start_words  # "PM Anwar", "CS Amina Mohamed": titles
            and gaps[i + 1] == " "
            and words[i + 1] in gaz.given_names
        ):
            end = self.name_tail(i + 2)  # initials without full stops: "SK Bashir Uddin"
            return end if end > i + 2 else None
        if (
            word in _GIVEN_NAMES_THAT_ARE_MONTHS
            and gaps[i + 1] == " "
            and words[i + 1] in gaz.family_names
            and self.is_name_word(words[i + 1], False)
        ):
            return self.name_tail(i + 1)  # "Jan Egeland"; "Jan 16" has no surname after it
        if self.is_given_name(word) and self.is_name_word(word, True):
            end = self.name_tail(i + 1)
            if end > i + 1:
                return end
        if (
            gaps[i] in _LIST_GAPS
            and gaps[i + 1] == " "
            and i + 2 < n
            and words[i + 1] in gaz.given_names
            and self.is_name_word(word, True)
            and word not in gaz.names.prefixes
            and word not in _PORTFOLIO_WORDS
            and word not in gaz.role_start_words
            and not any(part in gaz.not_name_words for part in word.split("-"))
            and not self.is_common_word_before_a_given_name(i)  # "the Republican José Kast"
        ):
            end = self.name_tail(i + 2)
            if end > i + 2:
                return end  # "Sering Modou Njie": a first given name the list lacks
        if self.is_name_word(word, True) and (
            word not in gaz.names.prefixes
            or (word not in gaz.capitalised_common_words and self.is_lone_place_prefix(i))
        ):  # ("New", "South": common words, the set tested before the call)
            end = self.name_tail(i + 1)
            if (
                end > i + 1
                and (
                    (self.is_family_name(words[end - 1]) and self.is_cued(i, end))
                    or self.is_strongly_cued(i)
                    or self.is_name_by_its_shape_or_place(i, end)
                )
                and not self.is_common_word_before_a_given_name(i)
            ):
                return end
        return None

    def is_lone_place_prefix(self, i: int) -> bool:
        """Whether token ``i``, a capitalised word that is no English word, only begins some
        listed place's name elsewhere, here starting none, and is no title or nationality:
        "Bagong" of "Bagong Silang" opens "Bagong Alyansang Makabayan" (round 605), where
        "Cambodian" stays out (and "New", a common word, before the call)."""
        word, gaz = self.words[i], self.gaz
        return (
            word not in gaz.names.entries
            and word not in gaz.title_words
            and word not in gaz.demonyms
            and not self.is_place_adjective(word)
            and self.longest(gaz.names, i) is None
        )

    def is_common_word_before_a_given_name(self, i: int) -> bool:
        """ "High Commissioner for Human Rights Volker Türk": the name starts at the given
        name, not at the common word the outlet ran into it."""
        word, following, gaz = self.words[i], self.words[i + 1], self.gaz
        return (
            word in gaz.capitalised_common_words
            and following in gaz.given_names
            and word not in gaz.given_names
            and word not in gaz.family_names
        )

    def initials_name_at(self, i: int) -> int | None:
        """Initials before a name no list knows: "S. Jaishankar", "V Muraleedharan", "A K Abdul
        Momen". The last word must not be a frequent English word ("Plan B. Officials"), and a
        lone "A" or "I" without a full stop is the article or the pronoun."""
        words, gaps, n, gaz = self.words, self.gaps, self.n, self.gaz
        j = i
        while j < n and j - i < 3 and len(words[j]) == 1 and words[j].isupper():
            if j + 1 >= n or gaps[j + 1] not in (" ", ". "):
                return None
            j += 1
        if j == i + 1 and words[i] in ("A", "I") and gaps[j] == " ":
            return None
        if words[i] in gaz.honorific_words:
            return None  # "U Aung Kyi": the Myanmar honorific
        if j >= n or not self.is_name_word(words[j], True) or words[j] in gaz.names.prefixes:
            return None
        end = self.name_tail(j + 1)
        last = words[end - 1]
        if last.lower() in gaz.common_words or last in gaz.not_name_words:
            return None
        return end

    def is_family_name(self, word: str) -> bool:
        """A listed family name, or one by its ending: "Zaripov", "Darchiashvili", "Mirzoyan",
        "Odobescu", "Cavusoglu" (the lists keep only each country's most frequent names). A
        demonym ("Uruguayan": "Uruguay" + "an") or a frequent English word is not one."""
        return word in self.gaz.family_names or self.is_family_name_by_ending(word)

    def is_family_name_by_ending(self, word: str) -> bool:
        gaz = self.gaz
        return (
            word.endswith(_FAMILY_NAME_ENDINGS)
            and len(word) >= 5
            and word[1:].islower()
            and word.lower() not in gaz.common_words
            and word not in gaz.not_name_words
            and word not in gaz.names.prefixes
            and not self.is_place_adjective(word)
        )

    def is_place_adjective(self, word: str) -> bool:
        """A place's name and "n" or "an": "Libyan", "Uruguayan" (the demonym list may lack it)."""
        prefixes = self.gaz.names.prefixes
        return word[:-1] in prefixes or (word.endswith("an") and word[:-2] in prefixes)

    def is_name_by_its_shape_or_place(self, i: int, end: int) -> bool:
        """Words no list knows, at least one of them not a frequent English word, named as a
        person by a middle initial ("Devinda R. Subasinghe"), a family name's ending, a place's
        possessive before them ("Mongolia's Ravdangiin Bold"), "said" after them or a title in
        apposition after them ("Lana Nusseibeh, UAE Permanent Representative"). "Russia's Far
        East" is all common words."""
        words, gaps, gaz = self.words, self.gaps, self.gaz
        common = gaz.common_words
        first = words[i]
        if first.lower() in common and first not in gaz.given_names:
            return False  # "Minister of Foreign Affair Gabrielius Landsbergis" (sic)
        if self.is_place_adjective(first):
            return False  # "the Uruguayan Zaripov"
        if all(len(w) == 1 or w.lower() in common for w in words[i:end]):
            return False
        if any(len(words[k]) == 1 for k in range(i + 1, end - 1)):
            return True
        if self.is_family_name(words[end - 1]) and words[end - 1] not in gaz.family_names:
            return True  # "Khamrokhon Zaripov became ...": a surname by its ending
        if gaps[i] == "'s " and self.place_ends_at(i):
            return True
        if self.is_cued(i, end):  # "Rajaonarivony Narisoa said", "according to Sirodjiddin ..."
            second = words[i + 1]  # not "State Councilor Dai Bingguo met": a name starts after
            return first in gaz.given_names or not (
                second in gaz.given_names or second in gaz.east_asian_surnames
            )
        return (
            (end < self.n and gaps[end] in (", ", " - ") and self.title_follows(end))
            or self.lowercase_title_follows(end)
            or self.set_off_after_lowercase_title(i, end)
            or _APPOSED_POST.match(self.folded, self.ends[end - 1]) is not None
        )

    def set_off_after_lowercase_title(self, i: int, end: int) -> bool:
        """Words set off by commas right after a lowercase title: "the United Nations special
        envoy for Sudan, Ramtane Lamamra, urged ...", whose given name no list knows (a known
        one is a name already: "the envoy, Anna Keller,"). A title all in lower case leaves no
        capitalised word before the comma, so its gap is a break: "Greenland's prime minister,
        Mute Egede, sounded ..." (round 348)."""
        return (
            (self.gaps[i] == ", " or self.folded.endswith(", ", 0, self.starts[i]))
            and (end >= self.n or self.gaps[end] in _APPOSITION_END_GAPS)  # the text's last name
            and _title_before(self.folded, self.starts[i]) is not None
        )

    def lowercase_title_follows(self, end: int) -> bool:
        """A title in lower case in apposition after token ``end - 1``, as the ROLE pass reads
        one after a name: "Dzmitry Mironchyk, spokesman for the foreign ministry, told ..."."""
        after = patterns.compiled().title_after_name
        return after.match(self.folded, self.ends[end - 1]) is not None

    def place_listed_at(self, k: int) -> bool:
        """Token ``k`` alone is a listed state or city."""
        listed = self.longest(self.gaz.names, k)
        if listed is None or listed[0] != k + 1:
            return False
        return isinstance(listed[1], Entry) and listed[1].type == "GPE"

    def place_ends_at(self, i: int) -> bool:
        """A listed state or city ends right before token ``i``."""
        for k in range(i - 1, max(-1, i - 4), -1):
            if not self.words[k]:
                return False
            listed = self.longest(self.gaz.names, k)
            if listed and listed[0] == i:
                return isinstance(listed[1], Entry) and listed[1].type == "GPE"
        return False

    def title_follows(self, j: int) -> bool:
        """A title starts at token ``j``, or after a place and its possessive ("Australia's
        Minister for Foreign Affairs")."""
        if self.role_core_at(j):
            return True
        listed = self.longest(self.gaz.names, j)
        if not (listed and isinstance(listed[1], Entry) and listed[1].type in ("GPE", "ORG")):
            return False
        k = listed[0]
        return k < self.n and self.gaps[k] in (" ", "'s ") and bool(self.role_core_at(k))

    def is_cued(self, i: int, end: int) -> bool:
        """Context that marks a capitalised sequence as a person: "... said", "By ..."."""
        after = self.folded[self.ends[end - 1] : self.ends[end - 1] + 12]
        start = self.starts[i]
        cued = _PERSON_CUE_AFTER.match(after) or _PERSON_CUE_BEFORE.search(
            self.folded[max(0, start - 16) : start]
        )
        # not "According to Linkeviczius Lithuania should ...": a surname, then the state that
        # opens the clause (the cue found first: the lookup only for a cued sequence)
        return bool(cued) and not self.place_listed_at(end - 1)

    def is_strongly_cued(self, i: int) -> bool:
        start = self.starts[i]
        return bool(_STRONG_PERSON_CUE_BEFORE.search(self.folded, max(0, start - 14), start))

    def head_phrase_at(
        self, i: int, gazetteer_end: int, gazetteer_type: str
    ) -> tuple[int, str] | None:
        """Capitalised words ending in a head noun, plus an "of ..." complement where allowed."""
        if not self.head_ahead[i]:
            return None
        words, gaps, n, gaz = self.words, self.gaps, self.n, self.gaz
        first = words[i]
        dated_start = False
        if first in _MONTHS:
            if not (i + 1 < n and gaps[i + 1] == " " and _YEAR_RE.match(words[i + 1])):
                return None
            dated_start = True
        elif first[0].isdigit():
            if _YEAR_RE.match(first):
                dated_start = True
            elif not _ORDINAL_RE.match(first):
                return None
        elif first in _ORDINAL_WORDS:
            dated_start = True  # "Fourth Ministerial Meeting of ...": an event or a document
        elif first in gaz.stopwords:
            return None
        last_head = -1
        j = i
        while True:
            if words[j] in gaz.heads and not (
                words[j] in _PORTFOLIO_HEADS
                and j + 1 < n
                and gaps[j + 1] == " "
                and words[j + 1] in gaz.title_words
            ):
                last_head = j
            following = j + 1
            if following >= n or following - i > 12:
                break
            gap = gaps[following]
            if (
                gap not in _NAME_GAPS
                and not (gap == " to " and words[following] == words[j])
                and not (
                    gap == " and "
                    and last_head < 0
                    and self.coordinates(j, following)
                    and not self.names_someone(i, following)
                )
            ):
                break
            if (
                gap == " and "
                and following + 1 < n
                and gaps[following + 1] == " "
                and words[following + 1] in gaz.title_words
            ):
                break  # "Vučić, Vučević and Parliament Speaker Ana Brnabić": a titled person
                # joined to a name, no body (round 613)
            if (
                gap == "'s "
                and following == gazetteer_end
                and gazetteer_type in ("GPE", "LOC", "ORG")
            ):
                break  # "Vietnam's Ministry ...", "ASEAN's Dialogue Partners": a name, then its own
            if gap == "'s " and words[j] in gaz.heads and j > i:
                break  # "Workers' Party's United Front Department": two bodies
            if gap == "'s " and words[following] in gaz.names.prefixes:
                listed = self.longest(gaz.names, following)
                if listed and isinstance(listed[1], Entry) and listed[1].type == "ORG":
                    break  # "the South's Yonhap News Agency": the agency is named on its own
            word = words[following]
            if not word or (word in gaz.stopwords and word not in _MONTHS):
                break
            j = following
        if last_head < 0 or (last_head > i and words[last_head] in _STATE_HEADS):
            return None
        if words[last_head] in _GOVERNMENT_HEADS and (
            (gazetteer_type == "GPE" and gazetteer_end == last_head)
            or all(words[k] in gaz.demonyms for k in range(i, last_head))
        ):
            return None  # "the US Administration", "the Norwegian Government": generic
        if words[last_head] == "TV" and (first in gaz.demonyms or first in _GENERIC_TV_WORDS):
            return None  # "on Russian TV", "on National TV": no broadcaster named
        if (
            last_head > i
            and gaps[last_head] == " "
            and words[last_head - 1] in gaz.role_break_words
            and not words[last_head - 1].endswith("s")  # "Foreign Ministers Meeting"
            and not self.is_bare_modifier(i, last_head - 1)  # "Executive Committee"
        ):
            return None  # "Foreign Minister Park": a title and a name, not a park
        if (
            last_head + 1 < n
            and gaps[last_head + 1] == " "
            and words[last_head + 1] in _NOUNS_AFTER_PRESS
            and words[last_head] == "Press"
        ):
            return None  # "Security Council Press Statement": no agency named "... Press"
        if words[last_head] == "Building" and words[last_head - 1] in _BUILT_ACTIVITIES:
            return None  # "Capacity Building", "Nation Building": an activity, not a place
        title_end = self.title_at(last_head) if words[last_head] in gaz.title_words else None
        if title_end and title_end > last_head + 1:
            return None  # "Yeltsin's Press Secretary": the head word starts a title
        if any(
            gaps[k] == "'s " and k >= i + 2 and words[k - 2] in gaz.role_break_words
            for k in range(i + 1, last_head + 1)
        ):
            return None  # "Secretary Blinken's Meeting": a titled person's meeting
        if last_head == i + 1 and _is_pair_meeting(first, words[last_head]):
            return None
        if (
            words[last_head] in _PAIR_MEETING_HEADS
            and all(words[k] in _DESCRIBING_MODIFIERS for k in range(i, last_head))
            and (last_head > i or (i and gaps[i] == " " and words[i - 1] in _DESCRIBING_MODIFIERS))
        ):
            return None  # "Holds Bilateral Talks", "During the Official Talks": no name
        pair_end = self.known_pair_end(i, gazetteer_end, gazetteer_type)
        if pair_end and pair_end < last_head:
            return None  # "U.S.-Russia Strategic Security Dialogue": two parties, then the name
        hyphenated = "-" in self.folded[self.starts[i] : self.starts[last_head]]
        for k in range(i, last_head - 1) if hyphenated else ():
            if "-" in words[k]:
                parties = self.hyphenated_parties_end(k)
                if parties and parties[0] < last_head and self.named_after_parties(parties[0]):
                    return None  # "4th India-Bhutan Development Cooperation Talks"
        entity_type, absorbs = gaz.heads[words[last_head]]
        # an ordinal word starts a feature's own name, "Second Thomas Shoal" (its sidebar
        # entry and filter read "Thomas Shoal", another name), not only an event's
        ordinal_place = entity_type == "LOC" and first in _ORDINAL_WORDS
        if dated_start and entity_type not in ("LAW", "EVENT") and not ordinal_place:
            return None
        end = last_head + 1
        if (
            absorbs
            and (entity_type == "EVENT" or words[last_head] in _PLAN_HEADS)
            and not dated_start
            and not first[0].isdigit()
        ):
            absorbs = not self.is_body_at(end)  # "Leaders' Summit" of "the ... Process"
        if (
            absorbs
            and end < n
            and gaps[end] in _COMPLEMENT_START_GAPS.get(entity_type, ())
            and (words[last_head] not in _GOVERNMENT_HEADS or gaps[end] in _OF_GAPS)
        ) or (
            end < n
            and gaps[end] in (" in ", " in the ")
            and words[last_head] in _IN_COMPLEMENT_HEADS
        ):
            complement_end = self.complement_end(
                end, entity_type, office=words[last_head] == "Office" and gaps[end] == " of the "
            )
            if complement_end and not self.owns_what_follows(end, complement_end):
                end = complement_end
        if end == i + 1:
            return None  # a bare head ("the Ministry", "the Conference") is generic
        if words[last_head] in _PLAN_HEADS and end == last_head + 1 and last_head - i < 2:
            return None  # "the Peace Plan", "a Work Plan": a plan described, not named
        if words[last_head] == "Process" and all(
            words[k] in gaz.capitalised_common_words
            and not isinstance(gaz.names.entries.get(words[k]), Entry)
            for k in range(i, last_head)
        ):
            return None  # "the Peace Process" is described; "the Berlin Process" is named
        if end == last_head + 1 and words[last_head] == "Ministries":
            return None  # "the two Foreign Ministries": no one body is named
        return end, entity_type

    def owns_what_follows(self, k: int, end: int) -> bool:
        """Whether an "on" complement of one listed place owns the lowercase noun after it
        ("the Observer Group on Nigeria’s general elections"): the place is the elections',
        not part of the body's name (statements round 343)."""
        if end != k + 1 or self.gaps[k] != " on ":
            return False
        after = self.ends[k]
        tail = self.folded[after : after + 4]
        return (
            tail[:3] in ("’s ", "'s ")
            and tail[3:].islower()
            and isinstance(self.gaz.names.entries.get(self.words[k]), Entry)
        )

    def ends_in_listed_body(self, i: int, end: int) -> bool:
        """Whether a name read as a plan by its head ("Programme") ends in a body the gazetteer
        lists, a few words after ``i``: "UN World Food Programme" is the programme, an
        organisation, with its parent's name before it (round 332)."""
        if self.words[end - 1] not in _PLAN_HEADS:
            return False
        for k in range(i + 1, min(end - 1, i + 3)):
            listed = self.longest(self.gaz.names, k)
            if listed and listed[0] == end and isinstance(listed[1], Entry):
                return listed[1].type == "ORG"
        return False

    def is_bloc_framework(self, i: int, end: int) -> bool:
        """Whether a "Framework" is a political bloc by its capitalised modifiers, a
        coordinating one or a faith's ("the Shiite Coordination Framework said"), not a plan
        ("the Sendai Framework"): an organisation that speaks."""
        return self.words[end - 1] == "Framework" and any(
            word in _BLOC_MODIFIERS for word in self.words[i : end - 1]
        )

    def is_outlet_after_on(self, j: int) -> bool:
        """ "the Ministry of Foreign Affairs on Facebook": where it said it, not its remit."""
        if self.gaps[j] != " on ":
            return False
        named = self.longest(self.gaz.names, j)
        return bool(
            named
            and isinstance(named[1], Entry)
            and named[1].type == "ORG"
            and (named[0] >= self.n or self.gaps[named[0]] not in _COMPLEMENT_GAPS)
        )

    def is_body_at(self, j: int) -> bool:
        """An organisation's name follows "of" or "of the" at token ``j``: an event held by a
        body that is not numbered names the body apart ("General Debate" of the "UN General
        Assembly")."""
        if j >= self.n or self.gaps[j] not in _OF_GAPS:
            return False
        if self.words[j] in _GOVERNMENT_HEADS:
            return True  # "... Plan of the Government of Timor-Leste"
        listed = self.longest(self.gaz.names, j)
        if listed and isinstance(listed[1], Entry):
            return listed[1].type == "ORG"
        body = self.head_phrase_at(j, j, "")
        return body is not None and body[1] == "ORG"

    def known_pair_end(self, i: int, gazetteer_end: int, gazetteer_type: str) -> int | None:
        """Where two known parties joined by a hyphen end ("U.S.-Russia", "U.S.-EU"), if a
        phrase at ``i`` starts with them or with the second of them; else None."""
        if gazetteer_type not in ("GPE", "ORG"):
            return None
        words, gaps, n, entries = self.words, self.gaps, self.n, self.gaz.names.entries
        if i and gaps[i] == "-":
            before = entries.get(words[i - 1])
            if isinstance(before, Entry) and before.type in ("GPE", "ORG"):
                return gazetteer_end
        if gazetteer_end < n and gaps[gazetteer_end] == "-":
            second = self.longest(self.gaz.names, gazetteer_end)
            if second and isinstance(second[1], Entry) and second[1].type in ("GPE", "ORG"):
                return second[0]
        return None

    def hyphenated_parties_end(self, k: int) -> tuple[int, str, str] | None:
        """ "India-Bhutan", "Fiji-Solomon Islands": token ``k`` joins two known parties by a
        hyphen (the second may run on over the next words); the token after them and the two
        parties' types, or None."""
        words, gaps, n, names = self.words, self.gaps, self.n, self.gaz.names
        word = words[k]
        first, _, rest = word.partition("-")
        if not rest or "-" in rest or isinstance(names.entries.get(word), Entry):
            return None  # "Guinea-Bissau" is one place
        party = names.entries.get(first)
        if not (isinstance(party, Entry) and party.type in ("GPE", "ORG")):
            return None
        first_type, key, j, found = party.type, rest, k + 1, None
        while True:
            party = names.entries.get(key)
            if isinstance(party, Entry) and party.type in ("GPE", "ORG"):
                found = (j, first_type, party.type)
            if j >= n or gaps[j] == BREAK or f"{key}{gaps[j]}{words[j]}" not in names.prefixes:
                return found
            key = f"{key}{gaps[j]}{words[j]}"
            j += 1

    def countries_before_a_name(self, k: int) -> bool:
        """ "the Nepal-India Joint Commission": token ``k`` joins two listed states, which are
        named apart, and a name of its own follows them."""
        parties = self.hyphenated_parties_end(k)
        return (
            parties is not None
            and parties[1] == parties[2] == "GPE"
            and parties[0] < self.n
            and self.gaps[parties[0]] == " "
        )

    def named_after_parties(self, end: int) -> bool:
        """An event with a name of its own follows two parties ending before token ``end``:
        "India-Bhutan Development Cooperation Talks" (a body keeps them: "NATO-Russia
        Council", and so does a bare head: "ASEAN-Japan Summit")."""
        if end >= self.n or self.gaps[end] != " ":
            return False
        head = self.head_phrase_at(end, end, "")
        return head is not None and head[1] in ("EVENT", "LAW")

    def names_someone(self, i: int, end: int) -> bool:
        """A title or a whole person's name in tokens ``i`` to ``end``: "Prime Minister Benjamin
        Netanyahu and Palestinian Authority" names a person, then a body, not one body."""
        if self.person_at(i) == end:
            return True  # "Benjamin Netanyahu and Palestinian Authority"
        return any(
            self.words[k] in self.gaz.role_start_words and (self.role_core_at(k) or 0) < end
            for k in range(i, end)
            if self.role_core_at(k)
        )

    def body_after_joined_place(self, i: int, place_end: int) -> tuple[int, str] | None:
        """A body named with a country whose name joins two with "and" ("Trinidad and Tobago
        Police Service", "St. Vincent and the Grenadines Agency for Public Information"; round
        321): the country's "and" stops the capitalised run a head noun ends, which a
        one-word country's body ("Jamaica Information Service") does not meet."""
        gaps = self.gaps
        if (
            place_end >= self.n
            or gaps[place_end] != " "
            or not self.head_ahead[place_end]
            or not any(gaps[k] in _JOINED_PLACE_GAPS for k in range(i + 1, place_end))
        ):
            return None
        body = self.head_phrase_at(place_end, place_end, "")
        if body is None or body[1] != "ORG" or body[0] - place_end < 2:
            return None  # "Antigua and Barbuda Government": the country's government
        return body

    def coordinates(self, j: int, following: int) -> bool:
        """Two modifiers joined by "and" before a head noun ("Mines and Energy Ministry",
        "Nippon Telegraph and Telephone Corp"), not two names ("Russia and China Summit")."""
        entries, gaz = self.gaz.names.entries, self.gaz
        return not (
            isinstance(entries.get(self.words[j]), Entry)
            or isinstance(entries.get(self.words[following]), Entry)
            or self.words[following] in gaz.stopwords
            or self.words[j] in gaz.given_names
            or self.words[j] in gaz.family_names
        )

    def complement_end(self, k: int, entity_type: str, office: bool = False) -> int | None:
        """End of the "of ..." part of a name ("Ministry of Science and Technology"); an
        ``office`` takes in the title it serves ("Office of the Spokesperson for the ...")."""
        words, gaps, n, gaz = self.words, self.gaps, self.n, self.gaz
        end = None
        j = k
        while j < n:
            word = words[j]
            inner_end = self.role_at(j) if office and j == k else self.name_inside_complement(j)
            if inner_end:
                end = following = inner_end
            elif (
                not word
                or word in gaz.stopwords
                or (word in gaz.role_break_words and word not in _COMPLEMENT_WORDS)
                or (word != "Heads" and word in gaz.title_words and self.title_at(j))
                or word in gaz.honorific_words
                or (word[1:2] == "." and _INITIAL_FUSED_NAME.fullmatch(word))
                or ("-" in word and self.countries_before_a_name(j))
                or (word[0].isdigit() and j + 1 < n and words[j + 1] in _MONTHS)  # "on 14 October"
                or (  # a number's first digit group: "the British Museum of the 2,500-year-old"
                    word[0].isdigit()
                    and j + 1 < n
                    and gaps[j + 1] == BREAK
                    and words[j + 1][:1].isdigit()
                )
                or (j > k and self.is_vietnamese_name_start(j))
                or (
                    j > k
                    and gaps[j] == " "
                    and (entity_type in ("ROLE", "GPE") or word in gaz.given_names)
                    and self.person_at(j)
                )
                or (  # "Minister for Foreign Affairs Sitiveni Rabuka": the name follows
                    j > k
                    and entity_type == "ROLE"
                    and gaps[j] == " "
                    and words[j - 1] in _PORTFOLIO_ENDS
                    and word not in _PORTFOLIO_WORDS
                )
                or (  # "... International Cooperation AKP received": the agency, not the name
                    j > k
                    and gaps[j] == " "
                    and len(word) > 1
                    and word.isupper()
                    and not words[j - 1].isupper()
                )
            ):
                break
            else:
                end = following = j + 1
                if word == "Heads" and self.heads_of_state_end(following):
                    end = following = self.heads_of_state_end(following)
            if following >= n:
                break
            gap = gaps[following]
            next_word = words[following]
            if entity_type == "ROLE" and gap in _OF_GAPS and self.is_named_body_at(following):
                break  # "Minister of State for Foreign Affairs of the Federal Republic of Nigeria"
            if gap == " on " and self.is_outlet_after_on(following):
                break
            if entity_type == "GPE" and (
                (gap not in _OF_GAPS and gap != " ")
                or isinstance(gaz.names.entries.get(words[following - 1]), Entry)
            ):
                break  # "the Republic of Belarus for 2023-2024", "... of Uzbekistan Bakhtiyor"
            if gap in _COMPLEMENT_GAPS or (
                entity_type == "LAW" and gap in _LAW_ONLY_COMPLEMENT_GAPS
            ):
                j = following
                continue
            if (
                gap == " and "
                and next_word
                and next_word not in gaz.heads
                and (next_word not in gaz.role_break_words or next_word in _COMPLEMENT_WORDS)
                and (
                    next_word not in gaz.names.prefixes
                    or next_word in _COMPLEMENT_WORDS
                    or (
                        (entity_type == "ROLE" or next_word in _PORTFOLIO_WORDS)
                        and not self.longest(gaz.names, following)
                    )
                    or self.completes_headless_complement(k, following)
                    or words[following - 1] in gaz.demonyms
                    or words[following - 1] == "Foreign"
                )
            ):
                j = following  # "Bureau of European and Eurasian Affairs": not "of European"
                continue
            break
        return end

    def is_bare_modifier(self, i: int, j: int) -> bool:
        """Token ``j`` only modifies a title ("Executive", "Standing") and no title of the
        words from ``i`` ends with it: it starts a body's name, not a person's title."""
        if self.words[j] not in self.gaz.title_modifiers:
            return False
        return not any(self.title_at(k) == j + 1 for k in range(max(i, j - 3), j + 1))

    def is_named_body_at(self, j: int) -> bool:
        """A state, or a body or place a list names, starts at ``j``: the end of a title's
        "for ..." portfolio ("Director-General for Enlargement of the European Commission")."""
        if self.is_state_at(j):
            return True
        listed = self.longest(self.gaz.names, j)
        return bool(listed and isinstance(listed[1], Entry) and listed[1].type in ("ORG", "GPE"))

    def is_state_at(self, j: int) -> bool:
        """Whether a listed country or other GPE starts at token ``j``."""
        if self.words[j] not in self.gaz.names.prefixes:
            return False
        named = self.longest(self.gaz.names, j)
        return named is not None and isinstance(named[1], Entry) and named[1].type == "GPE"

    def name_inside_complement(self, j: int) -> int | None:
        """The end of a name taken whole inside an "of ..." complement, else None: a listed
        name of several words ("Summit of the Community of Latin American and Caribbean
        States") or a plural title after a body's head ("Council of Ministers", "Meeting of
        Foreign Ministers"), which would otherwise end the complement."""
        words, gaz = self.words, self.gaz
        if words[j] in gaz.names.prefixes:
            named = self.longest(gaz.names, j)
            if named and named[0] > j + 1 and isinstance(named[1], Entry):
                return named[0]
        if (
            j
            and self.gaps[j] == " of "
            and gaz.heads.get(words[j - 1], ("",))[0]
            in (
                "ORG",
                "EVENT",
            )
        ):
            title_end = self.title_at(j) if words[j] in gaz.title_words else None
            if title_end and words[title_end - 1].endswith("s"):
                return title_end
        return None

    def completes_headless_complement(self, k: int, following: int) -> bool:
        """ "Session of the Mediation and Security Council": after "and", a listed name that
        ends in a head noun completes a complement that has none yet."""
        words, gaz = self.words, self.gaz
        if any(words[x] in gaz.heads for x in range(k, following)):
            return False
        named = self.longest(gaz.names, following)
        return bool(named) and words[named[0] - 1] in gaz.heads  # type: ignore[index]

    def heads_of_state_end(self, j: int) -> int:
        """After "Heads": the end of "of State" or "of State and Government", else 0."""
        words, gaps, n = self.words, self.gaps, self.n
        if not (j < n and gaps[j] == " of " and words[j] == "State"):
            return 0
        if j + 1 < n and gaps[j + 1] == " and " and words[j + 1] == "Government":
            return j + 2
        return j + 1

    def is_generic_plural_title(self, i: int, end: int) -> bool:
        """ "Ministers discussed ...": a plural title capitalised only because it starts the
        sentence, with no name or complement, is generic ("Deputy Prime Ministers" is not)."""
        start, after = self.starts[i], self.ends[i]
        return (
            end == i + 1
            and self.words[i].endswith("s")
            and (
                start == 0
                or self.folded[start - 1] == "\n"
                or self.folded[start - 2 : start] == ". "
            )
            and self.folded[after : after + 1] == " "
            and self.folded[after + 1 : after + 2].islower()
            and not self.folded.startswith(" of ", after)  # "Members of the Conference": ROLE
        )

    # -- the scan -----------------------------------------------------------------------------

    def emit(self, i: int, end: int, entity_type: str) -> None:
        self.found.append(_Found(self.starts[i], self.ends[end - 1], entity_type))

    def emit_before_hyphenated_parties(self, i: int, end: int, entity_type: str) -> bool:
        """ "Republic of Moldova-Romania-Ukraine meeting": a name whose last word runs on into
        other known parties by hyphens ends at the first hyphen; the parties are named apart."""
        last = end - 1
        word = self.words[last]
        if last == i or "-" not in word or entity_type not in ("GPE", "ORG"):
            return False
        first, _, rest = word.partition("-")
        if rest in _ATTRIBUTIVE_SUFFIXES:  # "the Ministry of Foreign Affairs-led talks"
            self.found.append(_Found(self.starts[i], self.starts[last] + len(first), entity_type))
            return True
        if entity_type != "GPE":
            return False  # "... for the Liberation of Congo-Zaire" is the body's own name
        second = self.gaz.names.entries.get(rest.partition("-")[0])
        if not (isinstance(second, Entry) and second.type in ("GPE", "ORG")):
            return False
        self.found.append(_Found(self.starts[i], self.starts[last] + len(first), entity_type))
        self.split_hyphenated(last, len(first) + 1)
        return True

    def place_before_hyphen(self, i: int) -> tuple[int, int, str] | None:
        """ "Johor Bahru-Singapore", "Kuala Lumpur-Singapore": a listed place of several words
        whose last word runs on by a hyphen into another listed place; (token of the hyphen,
        length of the word before it, type) or None."""
        words, gaps, table = self.words, self.gaps, self.gaz.names
        key = words[i]
        if key not in table.prefixes:
            return None
        j = i + 1
        while j < self.n and gaps[j] == " " and "-" not in words[j]:
            key = f"{key} {words[j]}"
            if key not in table.prefixes:
                return None
            j += 1
        if j >= self.n or gaps[j] != " " or "-" not in words[j]:
            return None
        first, _, rest = words[j].partition("-")
        place = table.entries.get(f"{key} {first}")
        other = table.entries.get(rest.partition("-")[0])
        if not (isinstance(place, Entry) and place.type in ("GPE", "LOC")):
            return None
        if not (isinstance(other, Entry) and other.type in ("GPE", "ORG")):
            return None
        return j, len(first), place.type

    def emit_parties(self, i: int, parties: tuple[int, str, str]) -> None:
        """The two parties that ``hyphenated_parties_end`` found, each with its own type."""
        end, first_type, second_type = parties
        second_start = self.starts[i] + self.words[i].index("-") + 1
        second_end = self.ends[end - 1]
        if self.folded[second_end : second_end + 1] == "." and _DOTTED_UNFINISHED.fullmatch(
            self.folded, second_start, second_end
        ):
            second_end += 1  # "Japan-U.S. relations": the abbreviation keeps its full stop
        self.found.append(_Found(self.starts[i], second_start - 1, first_type))
        self.found.append(_Found(second_start, second_end, second_type))

    def split_hyphenated(self, i: int, skip: int = 0) -> None:
        """ "Vietnam-Laos", "ASEAN-led": name the known parts of a hyphenated token (from its
        ``skip``-th character)."""
        offset = self.starts[i]
        if self.words[i] in self.gaz.demonyms:
            return  # "Bissau-Guinean"
        for part_match in re.compile(r"[^-]+").finditer(self.words[i], skip):
            entry = self.gaz.names.entries.get(part_match.group())
            if isinstance(entry, Entry) and entry.type in ("GPE", "ORG", "LOC"):
                start, end = offset + part_match.start(), offset + part_match.end()
                if self.folded[end : end + 1] == "." and _DOTTED_UNFINISHED.fullmatch(
                    part_match.group()
                ):
                    end += 1  # "Iran-U.S. talks": the abbreviation keeps its full stop
                self.found.append(_Found(start, end, entry.type))

    def scan(self) -> list[_Found]:
        words, gaps, n, gaz = self.words, self.gaps, self.n, self.gaz
        expect_person_at = -1
        apposition_at = -1
        role_ended_at = -1
        i = 0
        while i < n:
            word = words[i]
            if not word:
                i += 1
                continue
            if "-" in word:
                if word.rpartition("-")[2] in _ATTRIBUTIVE_SUFFIXES:
                    self.split_hyphenated(i)  # "the Hague-based International Court of
                    i += 1  # Justice": a seat, then the body's own name, whole (session 41)
                    continue
                parties = self.hyphenated_parties_end(i)
                if parties and (
                    parties[1] == parties[2] == "GPE" or self.named_after_parties(parties[0])
                ):
                    self.emit_parties(i, parties)
                    i = parties[0]
                    continue
            before_hyphen = (
                self.place_before_hyphen(i)
                if i + 1 < n and ("-" in words[i + 1] or (i + 2 < n and "-" in words[i + 2]))
                else None
            )
            if before_hyphen:
                last, cut, place_type = before_hyphen
                self.found.append(_Found(self.starts[i], self.starts[last] + cut, place_type))
                self.split_hyphenated(last, cut + 1)
                i = last + 1
                continue
            expecting = i == expect_person_at
            best_end, best_kind, best_type = i, "", ""

            gazetteer = self.longest(gaz.names, i)
            gazetteer_end, gazetteer_type = i, ""
            if gazetteer and isinstance(gazetteer[1], Entry):
                gazetteer_end, gazetteer_type = gazetteer[0], gazetteer[1].type
                best_end, best_kind, best_type = gazetteer_end, "name", gazetteer_type
                if self.is_adjective(i, gazetteer_end, gazetteer_type):
                    i += 1
                    continue
            elif _ORDINAL_RE.match(word) and i + 1 < n and gaps[i + 1] == " ":
                numbered = self.longest(gaz.names, i + 1)  # "56th AMM", "30th ARF"
                if (
                    numbered
                    and isinstance(numbered[1], Entry)
                    and (
                        numbered[1].type == "EVENT"
                        or words[numbered[0] - 2 : numbered[0]] == ["General", "Assembly"]
                    )
                ):
                    best_end, best_kind, best_type = numbered[0], "name", "EVENT"
            role_end = self.role_at(i)
            if role_end and role_end > best_end:
                best_end, best_kind, best_type = role_end, "role", "ROLE"
            head = self.head_phrase_at(i, gazetteer_end, gazetteer_type)
            if head is None and gazetteer_type == "GPE" and gazetteer_end - i > 1:
                head = self.body_after_joined_place(i, gazetteer_end)
            if (
                head
                and head[1] == "LOC"
                and word in gaz.demonyms
                and words[head[0] - 1] not in _NATURAL_FEATURES
            ):
                head = None  # "the Chadian Presidential Palace" (but the "Irish Sea")
            if head and head[0] > best_end:
                best_end, best_kind, best_type = head[0], "name", head[1]
                if head[1] == "LAW" and (
                    self.ends_in_listed_body(i, head[0]) or self.is_bloc_framework(i, head[0])
                ):
                    best_type = "ORG"
            person_end = self.vietnamese_name_at(i) if word in gaz.surnames else None
            if expecting and not person_end:
                person_end = self.titled_name_at(i)
            if not person_end and i == apposition_at and gazetteer_end == i:
                person_end = self.appositive_name_at(i)
            if not person_end and (
                gazetteer_end == i
                or (  # "Lana Payne", not "Nato Chief Rutte" nor "Nato Troops"
                    gazetteer_end == i + 1
                    and word in gaz.weak_acronyms
                    and i + 1 < n
                    and words[i + 1] not in gaz.role_start_words
                    and words[i + 1] not in gaz.capitalised_common_words
                )
                or (
                    gazetteer_type != "ORG"
                    and gaps[i] not in _OF_GAPS
                    # "Special Envoy to Libya Ghassan Salama": the role's place, then the name
                    and not (role_ended_at == i and gaps[i] in _TO_GAPS)
                )
            ):
                person_end = self.person_at(i)
                if person_end and person_end <= gazetteer_end and words[i] not in gaz.weak_places:
                    person_end = None
            if person_end and (
                person_end > best_end
                or (expecting and person_end < n and gaps[person_end] == "'s ")
            ):
                best_end, best_kind, best_type = person_end, "name", "PERSON"
            honorific = self.longest(gaz.honorifics, i)
            if honorific and honorific[0] > best_end:
                best_end, best_kind = honorific[0], "honorific"

            if not best_kind:
                self.unclaimed.append(i)
                if "-" in word:
                    self.split_hyphenated(i)
                i += 1
                continue
            if best_kind == "role" and self.is_generic_plural_title(i, best_end):
                i += 1
                continue
            if best_kind == "honorific":
                if best_end < n and gaps[best_end] in _HONORIFIC_FOLLOW_GAPS:
                    expect_person_at = best_end
                i = best_end
                continue
            if "-" not in words[best_end - 1] or not self.emit_before_hyphenated_parties(
                i, best_end, best_type
            ):
                self.emit(i, best_end, best_type)
            if (
                best_end < n
                and gaps[best_end] == ", "
                and (best_kind == "role" or role_ended_at == i)
            ):
                apposition_at = best_end  # "the Minister of Foreign Affairs, Keisal M. Peters,"
            if best_kind == "role":
                role_ended_at = best_end
                if best_end < n and (
                    gaps[best_end] == " "
                    or (gaps[best_end] == ". " and words[best_end - 1] in _ABBREVIATED_PLURALS)
                ):
                    expect_person_at = best_end
            elif (
                role_ended_at == i
                and gaps[i] in (" of ", " to ", " of the ", " to the ")
                and best_type in ("GPE", "ORG")
                and best_end < n
                and gaps[best_end] == " "
            ):
                expect_person_at = best_end  # "Ambassador to Vietnam Khiane ..."
            elif (
                role_ended_at == i
                and gaps[i] in _OF_GAPS
                and best_type in ("GPE", "ORG")
                and best_end < n
                and gaps[best_end] in _TO_GAPS
            ):
                role_ended_at = best_end  # "Ambassador of Tajikistan to the Kyrgyz Republic Name"
            i = best_end
        return self.found


# -- fixed-shape passes -------------------------------------------------------------------------


def _is_pair_meeting(modifier: str, head: str) -> bool:
    """ "Kosovo-Serbia Dialogue", "Kurti-Vucic Meeting": two parties' meeting, not a named
    event (a named one has a name of its own: "Shangri-La Dialogue", "ASEAN-Japan Summit")."""
    if head not in _PAIR_MEETING_HEADS or modifier in _ORDINAL_WORDS:
        return False  # "Twenty-Sixth Meeting" is numbered
    parts = modifier.split("-")
    return len(parts) == 2 and all(
        len(part) >= 3 and part[0].isupper() and part[1:].islower() for part in parts
    )


def _small_words_lowered(text: str, folded: str, given_syllables: frozenset[str]) -> str:
    """``folded`` with a title-case headline's small words in lowercase where a letter or full
    stop and a space come before them. "To" is also the Vietnamese surname Tô: written with its
    accent, or between a title and a given name ("General Secretary To Lam"), it stays a name."""

    def lower(match: re.Match[str]) -> str:
        start, word = match.start(), match.group()
        if not (
            start >= 2
            and folded[start - 1] == " "
            and folded[start - 2].isascii()
            and (folded[start - 2].isalpha() or folded[start - 2] == ".")
        ):
            return word
        if word == "To" and (
            text[start + 1] != "o" or _vietnamese_name_after_title(folded, match, given_syllables)
        ):
            return word
        return word.lower()

    return _HEADLINE_SMALL_WORD.sub(lower, folded)


def _vietnamese_name_after_title(
    folded: str, to: re.Match[str], given_syllables: frozenset[str]
) -> bool:
    """Whether "To" stands between a title and a Vietnamese given name: "President To Lam"."""
    title = _CAPITALISED_WORD_BEFORE.search(folded, max(0, to.start() - 20), to.start())
    given = folded[to.end() + 1 : to.end() + 12].split(" ", 1)[0].rstrip(".,;:")
    return (
        title is not None
        and title.group(1).lower() in _TITLE_LAST_WORDS
        and given in given_syllables
    )


def _mark(covered: bytearray, start: int, end: int) -> None:
    covered[start:end] = b"\x01" * (end - start)


def _is_free(covered: bytearray, start: int, end: int) -> bool:
    return covered.find(1, start, end) == -1


def _credit_type(part: str, gaz: Gazetteer) -> str | None:
    words, gaps = tokenise(part)
    if words and BREAK not in gaps[1:]:
        key = words[0] + "".join(g + w for g, w in zip(gaps[1:], words[1:], strict=True))
        entry = gaz.names.entries.get(key)
        if isinstance(entry, Entry):
            return entry.type
    if patterns.compiled().web_outlet.fullmatch(part):
        return "ORG"
    if part.lower() in _NOT_CREDIT_NAMES:
        return None
    if part.isupper() and part.isalpha() and 2 <= len(part) <= 8:
        return "ORG"
    if patterns.compiled().name_shape.fullmatch(part):
        return "PERSON"
    return None


def _fixed_spans(folded: str, gaz: Gazetteer, covered: bytearray) -> list[_Found]:
    """Numbered documents, credits, web outlets and fused lowercase titles, claimed first."""
    found: list[_Found] = []

    def claim(start: int, end: int, entity_type: str) -> None:
        if start < end and _is_free(covered, start, end):
            _mark(covered, start, end)
            found.append(_Found(start, end, entity_type))

    for match in patterns.word_matches(patterns.compiled().numbered_law, folded):
        if not patterns.compiled().bare_year_document.match(match.group()):
            claim(match.start(), match.end(), "LAW")
    if "resolution" in folded:
        for match in patterns.word_matches(patterns.compiled().un_resolution, folded, "-"):
            claim(match.start(), match.end(), "LAW")
    for match in patterns.word_matches(patterns.compiled().numbered_meeting, folded):
        claim(match.start(), match.end(), "EVENT")
    bylines = list(patterns.compiled().byline.finditer(folded))
    if any(post in folded for post in _BYLINE_POSTS):
        bylines.extend(patterns.compiled().byline_post.finditer(folded))
    for match in bylines:
        group = match.lastindex or 1  # the one branch that matched
        if match.group(group).endswith(_DESK_WORDS):
            continue  # "By News Desk", "By Staff Reporter": no one is named
        if _credit_type(match.group(group).title(), gaz) in (None, "PERSON"):
            claim(match.start(group), match.end(group), "PERSON")
    for match in _wire_credits(folded):
        for credited in _CREDITED_NAME.finditer(match.group(1)):
            if _credit_type(credited.group(), gaz) in (None, "PERSON"):
                offset = match.start(1)
                claim(offset + credited.start(), offset + credited.end(), "PERSON")
    for match in patterns.word_matches(patterns.compiled().photo_credit, folded):
        base = match.start(1)
        for part in patterns.compiled().credit_part.finditer(match.group(1)):
            raw = part.group()
            stripped = raw.strip()
            if not stripped:
                continue
            start = base + part.start() + (len(raw) - len(raw.lstrip()))
            entity_type = _credit_type(stripped, gaz)
            if entity_type:
                claim(start, start + len(stripped), entity_type)
    agency_slashes = patterns.compiled().agency_slash_name.finditer(folded) if "/" in folded else ()
    for match in agency_slashes:
        entry = gaz.names.entries.get(match.group(1))
        if isinstance(entry, Entry) and entry.type == "ORG":
            claim(match.start(1), match.end(1), "ORG")
            second = gaz.names.entries.get(match.group(2))
            if isinstance(second, Entry) and second.type == "ORG":
                claim(match.start(2), match.end(2), "ORG")  # two agencies: "(ANI/Sputnik)"
            elif match.group(2).split(" ")[0] not in gaz.role_start_words:  # "/ENA/Deputy ..."
                claim(match.start(2), match.end(2), "PERSON")
    for match in patterns.datelines(folded):
        for group in range(1, 10):
            name = match.group(group)
            known = gaz.names.entries.get(name) if name else None
            if name and (
                not isinstance(known, Entry) or (group != 6 and known.type == "ORG")
            ):  # a known agency too: "SANA_ Deputy ..." would take in the underscore
                claim(*match.span(group), "GPE" if group == 6 else "ORG")
        city = (
            patterns.compiled().dateline_city.match(folded, match.start())
            if match.group(2) or match.group(3)
            else None
        )
        if city and not isinstance(gaz.names.entries.get(city.group()), Entry):
            claim(*city.span(), "GPE")  # "RAMALLAH, April 6, 2013 (WAFA)"
    if patterns.compiled().web_domain.search(folded):
        for match in patterns.compiled().web_outlet.finditer(folded):
            claim(match.start(), match.end(), "ORG")
    for match in patterns.word_matches(patterns.compiled().body_member, folded):
        claim(match.start(), match.end(), "ROLE")
    for match in patterns.compiled().apposition_title.finditer(folded):
        end = match.end(1)
        if folded.endswith("minister", match.start(1), end):
            end = _with_portfolio(folded, end, covered)
        claim(match.start(1), end, "ROLE")
    if "(" in folded:
        for match in _bracketed_places(folded):
            claim(_bracketed_place_start(match, gaz), match.end(), "LOC")
    _claim_named_by_context(folded, gaz, claim)
    return found


def _bracketed_places(folded: str) -> Iterator[re.Match[str]]:
    """The :data:`_BRACKETED_PLACE` matches of ``folded``, each looked for only before a
    bracket closed before a feature word."""
    for feature in _BRACKET_THEN_FEATURE.finditer(folded):
        window = max(0, feature.start() - _BRACKETED_PLACE_REACH)
        for match in _BRACKETED_PLACE.finditer(folded, window, feature.end()):
            if match.end() == feature.end():
                yield match


def _bracketed_place_start(match: re.Match[str], gaz: Gazetteer) -> int:
    """Where a :data:`_BRACKETED_PLACE` match's place name starts: after the words before it
    that are no part of it, a sentence's first word ("On Phu Lam (Woody) Island"), a
    possessive ("Vietnam's Truong Sa (Spratly) Islands") or a people's adjective."""
    start = match.start()
    words = match.group().split(" (", 1)[0].split(" ")
    for word in words[:-1]:
        if not (word in gaz.stopwords or word.endswith(("'s", "’s")) or word in gaz.demonyms):
            break
        start += len(word) + 1
    return start


def _wire_credits(folded: str) -> list[re.Match[str]]:
    """The credit lines of a wire story, found from their first word (``str.find`` is much
    faster than an expression tried at every offset of the text)."""
    credits = []
    for word in _CREDIT_WORDS:
        start = folded.find(word)
        while start != -1:
            match = _WIRE_CREDIT.match(folded, start)
            if match and (not start or not folded[start - 1].isalnum()):
                credits.append(match)
            start = folded.find(word, start + 1)
    return credits


def _matches_after_cues(
    folded: str, cues: tuple[str, ...], pattern: re.Pattern[str]
) -> list[re.Match[str]]:
    """Matches of ``pattern`` right after one of ``cues``, found with ``str.find`` (far faster
    than an expression tried at every offset of the text)."""
    matches = []
    for cue in cues:
        at = folded.find(cue)
        while at != -1:
            at += len(cue)
            match = pattern.match(folded, at)
            if match:
                matches.append(match)
            at = folded.find(cue, at)
    return matches


def _claim_named_by_context(
    folded: str, gaz: Gazetteer, claim: Callable[[int, int, str], None]
) -> None:
    """Names that the words around them type: an outlet after "magazine" or "daily", a leader
    before "administration" or "regime", an agreement named by a place, a mountain, "the West"."""
    compiled = patterns.compiled()
    if any(kind in folded for kind in patterns.OUTLET_KINDS):
        for match in patterns.word_matches(compiled.outlet_after_kind, folded):
            name = match.group(1)
            first = name.split(" ")[0]
            if first not in gaz.stopwords and not isinstance(gaz.names.entries.get(first), Entry):
                end = match.end(1)
                if name.endswith(".") and not _DOTTED_INITIALS.search(name):
                    end -= 1  # "state broadcaster KBS." ends a sentence
                claim(match.start(1), end, "ORG")
    if " administration" in folded or " regime" in folded:
        for match in patterns.word_matches(compiled.leader_before_government, folded):
            name = match.group(1)
            if (
                name not in gaz.not_name_words
                and name not in gaz.names.prefixes
                and not name.endswith(("ist", "ian", "ic"))
                and (match.group(2) == "administration" or name in gaz.family_names)
            ):
                claim(match.start(1), match.end(1), "PERSON")
    for match in _matches_after_cues(folded, _SETTLEMENT_CUES, _SETTLEMENT_NAME):
        claim(*match.span(), "GPE")  # "the resort city of Cholpon-Ata": a town
    for match in _matches_after_cues(folded, _OUTLET_CUES, _OUTLET_SPOKEN_TO):
        claim(*match.span(), "ORG")  # "told the Post": a newspaper
    if " agreement" in folded or " accord" in folded:
        for match in patterns.word_matches(compiled.place_agreement, folded):
            if match.group(1).split(" ")[0] not in gaz.not_name_words:
                claim(match.start(1), match.end(1), "LAW")
    if "Mount " in folded:
        for match in patterns.word_matches(compiled.mount, folded):
            claim(match.start(), match.end(), "LOC")
    if "the West" in folded:
        for match in patterns.word_matches(compiled.the_west, folded):
            claim(match.start(1), match.end(1), "LOC")
    if " X" in folded:
        for match in _SOCIAL_NETWORK_X.finditer(folded):
            claim(match.start(1), match.end(1), "ORG")


# -- after the scan -----------------------------------------------------------------------------


def _add_acronyms(
    folded: str, found: list[_Found], covered: bytearray, gaz: Gazetteer
) -> list[_Found]:
    """ "Vietnam Fatherland Front (VFF)": the bracketed abbreviation gets the name's type."""
    known = gaz.names.prefixes
    added = []
    for span in found:
        if span.type == "PERSON":
            native = _NATIVE_SCRIPT_NAME_AFTER.match(folded, span.end)
            if native and _is_free(covered, *native.span(1)):
                _mark(covered, *native.span(1))  # "Lai Ching-te (賴清德)": the name in Chinese
                added.append(_Found(*native.span(1), "PERSON"))
            continue
        if span.type in ("DATE", "ROLE"):
            continue
        match = patterns.compiled().acronym_after.match(folded, span.end)
        if not match and span.type in ("ORG", "EVENT", "LAW"):
            match = _acronym_after_run_on(folded, span, covered)
        if not match:
            continue
        start, end = match.span(1)
        acronym = match.group(1)
        if acronym[-1].islower() and (span.type not in ("ORG", "EVENT", "LAW") or acronym in known):
            continue  # "(Mirex)" abbreviates a ministry; "(Brazil)" after a body names a place
        initials = {word[0].upper() for word in folded[span.start : span.end].split()}
        # An organisation's capitals may abbreviate its name in another language: "Civic
        # Democratic Party (ODS)", "Doctors Without Borders (MSF)".
        foreign = span.type == "ORG" and acronym.isalpha() and acronym.isupper()
        if not (acronym[0] in initials or foreign) or not _is_free(covered, start, end):
            continue
        _mark(covered, start, end)
        added.append(_Found(start, end, _abbreviated_type(folded, span, acronym)))
    return added


def _abbreviated_type(folded: str, span: _Found, acronym: str) -> str:
    """ "Twenty-Sixth Meeting of the Council for Foreign and Community Relations (COFCOR)":
    capitals that spell the body an event is a meeting of, not the event, abbreviate the body."""
    if span.type != "EVENT" or folded[span.start] == acronym[0]:
        return span.type
    name = folded[span.start : span.end]
    of = name.find(" of ")
    if of == -1:
        return span.type
    body = name[of + 4 :].removeprefix("the ")
    return "ORG" if body[:1] == acronym[0] else span.type


def _unlisted_acronyms(scanner: _Scanner, covered: bytearray) -> list[_Found]:
    """ "The COFCOR will engage", "assured ELTA that": capitals that no list knows, standing
    alone in running text, name a body (the news abbreviates bodies far more than anything
    else). Capitals beside other capitals (a headline, "THE CANADIAN PRESS"), English words
    in capitals ("FILE", "PHOTO") and the generic ones listed ("GMT", "NGO") are left out. A
    dateline's city the text also spells as a name ("TROMSO - ..." and "in Tromso") is that
    place, not a body."""
    words, gaz, starts, ends, folded = (
        scanner.words,
        scanner.gaz,
        scanner.starts,
        scanner.ends,
        scanner.folded,
    )
    common, generic = gaz.common_words, gaz.generic_acronyms
    added = []
    last = scanner.n - 1
    spelt: set[str] | None = None  # the text's words, made only for a dateline's capitals
    # The tokens in capitals, picked without a Python step per token.
    for k in compress(range(scanner.n), map(str.isupper, words)):
        word = words[k]
        start, end = starts[k], ends[k]
        if (
            not 2 < len(word) < 9
            or not word.isalpha()
            or folded[start - 1 : start] in _JOINED_BEFORE
            or folded[end : end + 1] in _JOINED_AFTER
            or covered[start]
            or word in generic
            or word in _POST_NOMINALS
            or word.lower() in common
            or (k and words[k - 1].isupper() and ends[k - 1] > start - 3)
            or (k < last and words[k + 1].isupper() and starts[k + 1] < end + 3)
        ):
            continue
        _mark(covered, start, end)
        city = False
        if _starts_line(folded, start) and _DATELINE_DASH.match(folded, end):
            spelt = set(words) if spelt is None else spelt
            city = word.title() in spelt
        added.append(_Found(start, end, "GPE" if city else "ORG"))
    return added


_DATELINE_DASH = re.compile(r" [-–—] ")


def _starts_line(folded: str, start: int) -> bool:
    """Whether ``start`` begins a line of the text (where a dateline stands)."""
    return start == 0 or folded[start - 1] == "\n"


def _acronym_after_run_on(folded: str, span: _Found, covered: bytearray) -> re.Match[str] | None:
    """ "Alliance for Development in Democracy (ADD)": a name cut before "in" goes on to the
    bracketed capitals when their letters are its words' capitals; the span is extended."""
    if folded.find(" (", span.end, span.end + 40) == -1:
        return None
    run_on = _RUN_ON_TO_ACRONYM.match(folded, span.end)
    if not run_on:
        return None
    capitals = "".join(w[0] for w in folded[span.start : run_on.end(1)].split() if w[0].isupper())
    if capitals != run_on.group(2) or not _is_free(covered, span.end, run_on.end(1)):
        return None
    _mark(covered, span.end, run_on.end(1))
    span.end = run_on.end(1)
    return patterns.compiled().acronym_after.match(folded, span.end)


def _is_a_place_here(folded: str, span: _Found) -> bool:
    """ "at the Kremlin", "Yeltsin's Kremlin office": the building, not the government that
    speaks from it ("the Kremlin said")."""
    return bool(
        _PLACE_BEFORE.search(folded, max(0, span.start - 16), span.start)
        or _PLACE_AFTER.match(folded, span.end)
    )


def _with_outlet_article(folded: str, span: _Found, covered: bytearray) -> None:
    """A newspaper keeps the "The" it writes in its name: "The New Times", "The Hindu"."""
    start = span.start - 4
    if (
        start >= 0
        and folded.startswith("The ", start)
        and (start == 0 or not folded[start - 1].isalnum())
        and folded[span.start : span.end].rpartition(" ")[2] in _OUTLET_WORDS
        and _is_free(covered, start, span.start)
    ):
        _mark(covered, start, span.start)
        span.start = start


def _bodies_before_titles(
    folded: str, found: list[_Found], covered: bytearray, gaz: Gazetteer
) -> list[_Found]:
    """An abbreviation no list knows, right before a title, names the body the title belongs
    to: "RFMF Chief of Staff", "UNHCR Representative" (ORG), as "VUFO President" does."""
    added = []
    for span in found:
        if span.type != "ROLE" or not folded[span.start].isupper() or span.start < 4:
            continue
        match = _ACRONYM_BEFORE.search(folded, max(0, span.start - 9), span.start)
        if not match or not folded[span.start + 1 : span.start + 2].islower():
            continue
        start, end = match.span(1)
        acronym = match.group(1)
        if (
            acronym in gaz.role_start_words
            or _ROMAN_NUMERAL.fullmatch(acronym)
            or not _is_free(covered, start, end)
        ):
            continue
        _mark(covered, start, end)
        added.append(_Found(start, end, "ORG"))
    return added


def _extend_by_words_before(
    folded: str, found: list[_Found], covered: bytearray, gaz: Gazetteer
) -> None:
    """Lowercase words before an organisation that make a longer entity of it: a numbered
    session ("76th session of the UN General Assembly": EVENT) or, before a central Party
    body in apposition, a member's title ("also a member of the Political Bureau ...": ROLE)."""
    compiled = patterns.compiled()
    for span in found:
        if span.type != "ORG":
            continue
        window = max(0, span.start - 40)
        session = (
            compiled.session_before_body.search(folded, window, span.start)
            if folded.endswith((" of ", " of the "), window, span.start)
            else None
        )
        if session and _is_free(covered, session.start(), span.start):
            _mark(covered, session.start(), span.start)
            span.start, span.type = session.start(), "EVENT"
            continue
        member = compiled.member_before_body.search(folded, window, span.start)
        words = tokenise(folded[span.start : span.end])[0]
        if member and words and words[0] in gaz.central_bodies.prefixes:
            start = member.start(1)
            if _is_free(covered, start, span.start):
                _mark(covered, start, span.start)
                span.start, span.type = start, "ROLE"


def _with_region_word(folded: str, span: _Found, covered: bytearray) -> None:
    """ "Indian Ocean Region (IOR)": a region's name that goes on with "Region" (then its
    abbreviation takes the whole name's type)."""
    end = span.end + len(" Region")
    if not folded[end : end + 1].isalnum() and _is_free(covered, span.end, end):
        _mark(covered, span.end, end)
        span.end = end


def _is_followed_by_a_noun(text: str, end: int) -> bool:
    """A lowercase word that is not a function word or verb after ``end``: "Pacific countries"."""
    return (
        text[end : end + 1] == " "
        and text[end + 1 : end + 2].islower()
        and not _LOWERCASE_NOT_NOUN.match(text, end)
    )


def _lowercase_titles(folded: str, found: list[_Found], covered: bytearray) -> list[_Found]:
    """Lowercase titles in apposition to, or directly before, a named person (ROLE)."""
    compiled = patterns.compiled()
    added = []
    for span in found:
        if span.type != "PERSON":
            continue
        before = _title_before(folded, span.start)
        after = compiled.title_after_name.match(folded, span.end)
        for match in (before, after):
            if match and _is_free(covered, *match.span(1)):
                start, end = match.span(1)
                if match is before and _PREDICATE_BEFORE.search(folded, max(0, start - 30), start):
                    continue  # "as unification minister, Kwon told": what he is, not his title
                if match is before:
                    start = _portfolio_before(
                        folded, _lowercase_portfolio_before(folded, start), covered
                    )
                    start = _field_opening_sentence(folded, start, covered)
                if folded.endswith("minister", start, end):
                    end = _with_portfolio(folded, end, covered)
                _mark(covered, start, end)
                added.append(_Found(start, end, "ROLE"))
                if match is after and match.group(2) and _is_free(covered, *match.span(2)):
                    _mark(covered, *match.span(2))
                    added.append(_Found(*match.span(2), "ROLE"))
    return added


def _with_portfolio(folded: str, end: int, covered: bytearray) -> int:
    """A lowercase "minister" takes in its portfolio (guideline rule 2a): "Ko In Ho, ...
    minister of Agriculture of the DPRK"; "foreign minister of Colombia" has none."""
    complement = _PORTFOLIO_AFTER.match(folded, end)
    if not complement:
        return end
    portfolio_end = end
    for word in _CAPITALISED_WORD.finditer(complement.group(1)):
        if word.group() not in _PORTFOLIO_WORDS:
            break
        portfolio_end = complement.start(1) + word.end()
    return portfolio_end if _is_free(covered, end, portfolio_end) else end


def _names_that_start_with_a_title(text: str, folded: str, found: list[_Found]) -> list[_Found]:
    """A given name that is also a title ("Amir", "Malik"), taken as a title right before a
    person, is the name's first word where the article names the person with it elsewhere
    ("Amir Khan Muttaqi Leaves Kabul" after "Foreign Minister Amir Khan Muttaqi") or where
    another title comes before it ("acting foreign minister Amir Khan Muttaqi")."""
    if not any(f"{title} " in text for title in _GIVEN_NAMES_THAT_ARE_TITLES):
        return found  # two searches of the text spare three passes over the spans
    roles = {
        span.end: span
        for span in found
        if span.end - span.start <= 5
        and span.type == "ROLE"
        and text[span.start : span.end] in _GIVEN_NAMES_THAT_ARE_TITLES
    }
    pairs = [
        (roles[span.start - 1], span)
        for span in found
        if span.type == "PERSON" and span.start - 1 in roles and text[span.start - 1] == " "
    ]
    if not pairs:
        return found
    people = {text[span.start : span.end] for span in found if span.type == "PERSON"}
    merged: set[int] = set()
    for role, span in pairs:
        if (
            text[role.start : span.end] in people
            or _title_word_starts_name(text, role.start)
            or (
                role.start > 1
                and text[role.start - 1] == " "
                and (
                    any(other.type == "ROLE" and other.end == role.start - 1 for other in found)
                    or _title_before(folded, role.start)
                )
            )
        ):
            span.start = role.start
            merged.add(id(role))
    return [span for span in found if id(span) not in merged] if merged else found


def _title_word_starts_name(text: str, start: int) -> bool:
    """A given name that is also a title ("Amir") with a name after it and no determiner,
    possessive or capitalised word before it is the name's first word: "a call between Amir
    Khan Muttaqi and ..." (round 320), where "the Amir Hibatullah", "Qatar's Amir Tamim" and
    "HH Amir Tamim" keep the title."""
    line_start = max(text.rfind("\n", 0, start), text.rfind(" ", 0, start - 1)) + 1
    before = text[line_start : start - 1] if start > 0 and text[start - 1] == " " else ""
    if not before:
        return True  # the line's first word
    if before[-1] in ".,;:\u2013\u2014-":
        return True  # a sentence's, a dateline's or an apposition's first word
    return before[0].islower() and before != "the" and not before.endswith(("'s", "\u2019s"))


def _title_before(folded: str, start: int) -> re.Match[str] | None:
    """A lowercase title ending right before ``start`` ("national security adviser John
    Bolton", "special envoy for Yemen, Hans Grundberg"). Such a title's last word is one of
    a few, or a capitalised complement follows "for" or "to"; most names have neither before
    them and are not searched for one."""
    if folded[start - 1 : start] != " ":
        return None
    window_start = max(0, start - 80)
    last_start = folded.rfind(" ", window_start, start - 1) + 1
    last = folded[last_start : start - 1].rstrip(",")
    if last in patterns.HONORIFICS_AFTER_TITLES and last_start > window_start:
        last = folded[folded.rfind(" ", window_start, last_start - 1) + 1 : last_start - 1]
        last = last.rstrip(",")  # "Qatar's foreign minister, Sheikh Mohammed ..."
    if last not in _TITLE_LAST_WORDS:
        if not last[:1].isupper():
            return None
        joint = max(
            folded.rfind(" for ", window_start, start),
            folded.rfind(" to ", window_start, start),
            folded.rfind(" of ", window_start, start),
        )
        if joint == -1:
            return None
        complement = folded[folded.index(" ", joint + 1) + 1 : start - 1].rstrip(",")
        if not all(word[:1].isupper() or word == "the" for word in complement.split(" ")):
            return None
    return patterns.compiled().title_before_name.search(folded, window_start, start)


def _lowercase_portfolio_before(folded: str, start: int) -> int:
    """Where a lowercase title begins once its lowercase portfolio words are taken in:
    "information and culture minister", "labour minister"."""
    while True:
        word = _LOWERCASE_WORD_BEFORE.search(folded, max(0, start - 25), start)
        if not word or word.group(1) not in _LOWERCASE_PORTFOLIO_WORDS:
            return start
        start = word.start(1)


def _field_opening_sentence(folded: str, start: int, covered: bytearray) -> int:
    """Where a lowercase title begins once the field word (or two) opening its sentence, so
    capitalised, is taken in: "Army chief X said", "Military spokesman X", "National security
    adviser X" are read as "army chief" is mid-sentence, not as a bare "chief"."""
    first = start
    for _ in range(2):  # "National security": a field of two words
        if first < 2 or folded[first - 1] != " ":
            return start
        word = first - 1
        limit = max(0, word - _FIELD_REACH)
        while word > limit and folded[word - 1].isalpha():
            word -= 1
        if folded[word].isupper():
            return word if _field_opens(folded, word, start, covered) else start
        first = word
    return start


def _field_opens(folded: str, word: int, start: int, covered: bytearray) -> bool:
    """Whether the capitalised word at ``word`` opens its sentence and, lowercase, is a
    title's field, alone or with the title's first word ("National" + "security adviser")."""
    before = folded[max(0, word - 3) : word].rstrip(_OPENING_MARKS)
    if before and before[-1] not in _SENTENCE_ENDS:
        return False
    field = folded[word : start - 1].lower()
    space = folded.find(" ", start, start + _FIELD_REACH)
    return (
        field in patterns.TITLE_FIELDS
        or (space > 0 and f"{field} {folded[start:space]}" in patterns.TITLE_FIELDS)
    ) and _is_free(covered, word, start)


def _portfolio_before(folded: str, start: int, covered: bytearray) -> int:
    """Where a lowercase title begins once its capitalised portfolio is taken in: "Foreign
    Affairs minister Fredrick Shava"."""
    while True:
        word = _CAPITALISED_WORD_BEFORE.search(folded, max(0, start - 20), start)
        if (
            not word
            or word.group(1) not in _PORTFOLIO_WORDS
            or not _is_free(covered, word.start(1), start)
        ):
            return start
        start = word.start(1)


def _with_article_before(folded: str, span: _Found, covered: bytearray) -> None:
    """ "al-Maliki said": an Arabic surname keeps its lowercase article."""
    start = span.start - 3
    if (start == 0 or not folded[start - 1].isalnum()) and _is_free(covered, start, span.start):
        _mark(covered, start, span.start)
        span.start = start


def _name_tails(folded: str, found: list[_Found]) -> frozenset[str]:
    """Every ending after a space of each person's name ("von der Leyen", "der Leyen")."""
    tails: set[str] = set()
    for span in found:
        if span.type == "PERSON":
            words = folded[span.start : span.end].split(" ")
            tails.update(" ".join(words[k:]) for k in range(1, len(words)))
    return frozenset(tails)


def _with_particles_before(
    folded: str, span: _Found, covered: bytearray, tails: frozenset[str]
) -> None:
    """ "von der Leyen said" after "Ursula von der Leyen": a surname found alone keeps the
    particles the article's full name gives it, or two particles with no full name written
    (round 567)."""
    particle = _PARTICLE_BEFORE.search(folded, max(0, span.start - 9), span.start)
    if (
        particle is not None
        and (folded[particle.start() : span.end] in tails or " " in particle.group().strip())
        and _is_free(covered, particle.start(), span.start)
    ):  # two particles ("von der", "van den") are a name's alone, the full name unwritten
        _mark(covered, particle.start(), span.start)
        span.start = particle.start()


def _is_abbreviated_title_before_a_name(folded: str, span: _Found) -> bool:
    """ "Amb. Ali", "Sen. George Akume", "Rep. Park Jin": the title keeps its full stop."""
    return (
        span.type == "ROLE"
        and folded.endswith(_ABBREVIATED_TITLES, span.start, span.end)
        and folded.startswith(". ", span.end)
        and folded[span.end + 2 : span.end + 3].isupper()
    )


def _with_domain_before_chief(
    folded: str, span: _Found, covered: bytearray, gaz: Gazetteer
) -> None:
    """ "Intelligence Chief Hussein Salameh", "UN Rights Chief": the noun before "Chief" says
    what the post heads, so it is the title's first word (unless it names something itself)."""
    if span.end - span.start != 5:
        return
    before = _CAPITALISED_WORD_BEFORE.search(folded, max(0, span.start - 20), span.start)
    if not before:
        return
    word = before.group(1)
    if (
        word in gaz.capitalised_common_words
        and word not in gaz.not_name_words
        and word not in gaz.names.prefixes
        and _is_free(covered, before.start(1), span.start)
    ):
        _mark(covered, before.start(1), span.start)
        span.start = before.start(1)


def _with_name_suffix(folded: str, span: _Found, covered: bytearray) -> None:
    """ "Ferdinand Marcos Jr.": the suffix belongs to the name, and so do initials before it
    ("Dr A. K. Abdul Momen")."""
    initials = _INITIALS_BEFORE.search(folded, max(0, span.start - 9), span.start)
    if initials and _is_free(covered, initials.start(), span.start):
        _mark(covered, initials.start(), span.start)
        span.start = initials.start()
    if folded[span.end - 3 : span.end] in (" Jr", " Sr") and folded[span.end : span.end + 1] == ".":
        span.end += 1  # the name words took the suffix, not its full stop
        return
    suffix = _NAME_SUFFIX.match(folded, span.end)
    if suffix and _is_free(covered, span.end, suffix.end()):
        _mark(covered, span.end, suffix.end())
        span.end = suffix.end()


def _provinces(
    folded: str, gaz: Gazetteer, covered: bytearray, found: list[_Found]
) -> list[_Found]:
    """Provinces known only from the subdivisions list, when a word beside them says so:
    "North Kivu province", "Amhara and Oromia regions", "the state of Bahia", or a city
    before them ("Ottawa, Ontario")."""
    compiled = patterns.compiled()
    candidates: list[tuple[int, str, bool]] = []  # (offset, words, the name ends them)
    for span in found:
        if span.type == "GPE" and folded.startswith(", ", span.end):
            after_city = compiled.place_words.match(folded, span.end + 2)
            if after_city:
                candidates.append((after_city.start(), after_city.group(), False))
        elif span.type in ("ROLE", "PERSON") and folded[span.end : span.end + 4] == " of ":
            governed = compiled.place_words.match(folded, span.end + 4)
            if governed:  # "Chief Minister Shahbaz Sharif of Punjab", "Governor of Sindh"
                candidates.append((governed.start(), governed.group(), False))
    for word in patterns.word_matches(compiled.province_word, folded):
        before = compiled.province_names_before.search(
            folded, max(0, word.start() - 120), word.start()
        )
        if before:
            base = before.start(1)
            for part in compiled.conjuncts.finditer(before.group(1)):
                text = part.group().removeprefix("and ")
                candidates.append((base + part.end() - len(text), text, True))
        after = compiled.province_name_after.match(folded, word.end())
        if after and not word.group().endswith("s"):
            candidates.append((after.start(1), after.group(1), False))
    added = []
    for offset, text, name_ends in candidates:
        words = text.split(" ")
        for size in range(min(len(words), 4), 0, -1):
            name = " ".join(words[-size:] if name_ends else words[:size])
            if name in gaz.subdivisions:
                start = offset + len(text) - len(name) if name_ends else offset
                if _is_free(covered, start, start + len(name)):
                    _mark(covered, start, start + len(name))
                    added.append(_Found(start, start + len(name), "GPE"))
                break
    return added


def _towns(scanner: _Scanner, covered: bytearray, found: list[_Found]) -> list[_Found]:
    """Towns below the cities' threshold, where the words around them make them places:
    "arrived in Jinja", "in Nadi yesterday", "Gitega, Burundi", "Jaffna and Trincomalee"; and
    a place no list knows before its country: "in Wangels, Germany", "from Laukkaing, Myanmar"."""
    towns, starts, ends, words, gaps = (
        scanner.gaz.towns,
        scanner.starts,
        scanner.ends,
        scanner.words,
        scanner.gaps,
    )
    added = []
    folded = scanner.folded
    places = [span for span in found if span.type == "GPE"]
    town_tokens = [k for k, word in enumerate(words) if word in towns]
    place_ends = {span.end for span in places} if town_tokens else set()
    # One pass over the tokens: a search of the whole text for each town found in it cost
    # thirty times more on long texts.
    for k in town_tokens:
        if _is_a_town_here(scanner, k, covered) or (
            k
            and ends[k - 1] in place_ends
            and folded[ends[k - 1] : starts[k]] in (" and ", " & ")
            and _is_free(covered, starts[k], ends[k])
        ):
            _mark(covered, starts[k], ends[k])
            added.append(_Found(starts[k], ends[k], "GPE"))
            place_ends.add(ends[k])
    for span in [span for span in places if folded.startswith(", ", span.start - 2)]:
        k = bisect_left(ends, span.end) - 1  # the token before a one-word place
        if (
            k >= 0
            and ends[k + 1] == span.end
            and gaps[k + 1] == ", "
            and _is_an_unlisted_place_before_its_country(scanner, k, covered)
        ):
            _mark(covered, starts[k], ends[k])
            added.append(_Found(starts[k], ends[k], "GPE"))
    return added


def _named_by_the_words_around(scanner: _Scanner, covered: bytearray) -> list[_Found]:
    """Words the scan read as nothing that the words around them name, in one walk over them.

    A place: one capitalised word after a lowercase place noun and "of" ("the self-declared
    republic of Zalandia", "the port of Qormar"), listed as a town or not; not a given name, a
    common word ("the state of Emergency") or the start of a longer name. A broadcaster or
    agency: one word ending in "TV" ("ParsTV") or before a lowercase "news agency" ("the Saba
    news agency"), no demonym ("the Japanese news agency").
    """
    folded, starts, ends, words, gaps, gaz = (
        scanner.folded,
        scanner.starts,
        scanner.ends,
        scanner.words,
        scanner.gaps,
        scanner.gaz,
    )
    added = []
    for k in scanner.unclaimed:
        start, end, word = starts[k], ends[k], words[k]
        if folded.startswith("of ", start - 3):
            if (k + 1 < scanner.n and gaps[k + 1] == " ") or not _is_place_after_its_noun(
                folded, start, word, gaz
            ):
                continue
            entity_type = "GPE"
        elif (word.endswith("TV") and word[-3:-2].islower()) or (
            folded.startswith(" news agency", end)
            and word[1:].islower()
            and word not in gaz.demonyms
            and word not in gaz.stopwords
        ):
            entity_type = "ORG"
        else:
            continue
        if _is_free(covered, start, end):
            _mark(covered, start, end)
            added.append(_Found(start, end, entity_type))
    return added


def _is_place_after_its_noun(folded: str, start: int, word: str, gaz: Gazetteer) -> bool:
    noun = next((noun for noun in _PLACE_NOUNS_OF if folded.endswith(noun, 0, start)), "")
    before = start - len(noun) - 1
    return (
        bool(noun)
        and (before < 0 or not folded[before].isalpha())
        and (
            word in gaz.towns
            or (
                len(word) > 3
                and word.isalpha()
                and word[1:].islower()
                and word not in gaz.names.prefixes
                and word not in gaz.given_names
                and word not in gaz.capitalised_common_words
            )
        )
    )


def _is_an_unlisted_place_before_its_country(scanner: _Scanner, k: int, covered: bytearray) -> bool:
    """ "in Wangels, Germany,": one capitalised word no list knows, after "in", "from",
    "near" or "outside", then a country and no more of a list ("in Paris, Germany and ...")."""
    word, start, country_end, folded = (
        scanner.words[k],
        scanner.starts[k],
        scanner.ends[k + 1],
        scanner.folded,
    )
    country = scanner.gaz.names.entries.get(scanner.words[k + 1])
    before = _TOWN_BEFORE.search(folded, max(0, start - 8), start)
    return bool(
        isinstance(country, Entry)
        and country.type == "GPE"
        and before
        and before.group(1) != "to"
        and word[1:].islower()
        and word.isalpha()
        and word not in scanner.gaz.names.prefixes
        and word not in scanner.gaz.given_names
        and folded[country_end : country_end + 1] in (",", ".", ";", "")
        and _is_free(covered, start, scanner.ends[k])
    )


def _is_a_town_here(scanner: _Scanner, k: int, covered: bytearray) -> bool:
    """After "in", "to", "from", "near" or "outside", or before ", <country>"; after "to" or
    "from" a word that is also a person's name is left alone ("wrote to Sola")."""
    words, gaps, n, gaz, folded = (
        scanner.words,
        scanner.gaps,
        scanner.n,
        scanner.gaz,
        scanner.folded,
    )
    start, end = scanner.starts[k], scanner.ends[k]
    if (k + 1 < n and gaps[k + 1] == " ") or not _is_free(covered, start, end):
        return False  # "Nadi Town Council": the town starts a longer name
    country = gaz.names.entries.get(words[k + 1]) if k + 1 < n and gaps[k + 1] == ", " else None
    if isinstance(country, Entry) and country.type == "GPE":
        return True
    before = _TOWN_BEFORE.search(folded, max(0, start - 8), start)
    return bool(
        before
        and (
            before.group(1) == "in"
            or _TRAVEL_BEFORE.search(folded, max(0, start - 20), start)
            or (words[k] not in gaz.given_names and words[k] not in gaz.family_names)
        )
        and not folded.startswith(("'s", "’s"), end)
    )


def _names_after_lowercase_titles(scanner: _Scanner, covered: bytearray) -> list[_Found]:
    """Two or more capitalised words right after a lowercase title name a person, whatever
    the words: "Palestinian negotiator Saeb Erekat", "government spokesman Biebie Ekalabo"."""
    folded, starts, ends = scanner.folded, scanner.starts, scanner.ends
    added = []
    for title in _TITLES_BEFORE_NAMES:  # str.find: many times faster than one expression
        at = folded.find(title)
        while at != -1:
            start = at + len(title)
            at = folded.find(title, start)
            if (
                not folded[start : start + 1].isupper()
                or covered[start]
                or (start > len(title) and folded[start - len(title) - 1].isalnum())
            ):
                continue
            k = bisect_left(starts, start)
            if k >= scanner.n or starts[k] != start:
                continue
            end = scanner.titled_name_at(k)
            if not end or end - k < 2 or not _is_free(covered, start, ends[end - 1]):
                continue
            _mark(covered, start, ends[end - 1])
            added.append(_Found(start, ends[end - 1], "PERSON"))
    return added


def _surnames_alone(scanner: _Scanner, covered: bytearray) -> list[_Found]:
    """ "Putin is losing": a surname the news uses alone, where no rule took it and it does
    not run into another capitalised word ("Trump Tower")."""
    known, words, gaps, starts, ends = (
        scanner.gaz.surnames_alone,
        scanner.words,
        scanner.gaps,
        scanner.starts,
        scanner.ends,
    )
    added: list[_Found] = []
    named = known.intersection(words)  # most texts name none of them
    folded = scanner.folded
    positions = []
    for word in named:  # str.find for the few named: no second walk over every token
        at = folded.find(word)
        while at != -1:
            positions.append(at)
            at = folded.find(word, at + 1)
    for k in sorted({bisect_left(starts, at) for at in positions}):
        if k >= scanner.n or words[k] not in named:
            continue  # inside another token ("Putinism")
        if (
            (k + 1 >= scanner.n or gaps[k + 1] != " ")
            and (gaps[k] != " " or not words[k - 1])
            and not folded.endswith("] ", 0, starts[k])  # the statements' join
            and _is_free(covered, starts[k], ends[k])
        ):
            _mark(covered, starts[k], ends[k])
            added.append(_Found(starts[k], ends[k], "PERSON"))
    return added


def _listed_people(scanner: _Scanner, found: list[_Found], covered: bytearray) -> list[_Found]:
    """Names listed beside a recognised person are people too, whatever their words: "Musalia
    Mudavadi, Ahmed Attaf and Dhananjay Ramphul", "Djibouti, Abdoulkader Houssein Omar; Guinea,
    Morissanda Kouyaté". An item is two to four capitalised words that no list knows, between a
    list's separators; a place before a person's name ("; Guinea, ...") may stand in between."""
    folded, starts, ends, words, n = (
        scanner.folded,
        scanner.starts,
        scanner.ends,
        scanner.words,
        scanner.n,
    )
    gaz = scanner.gaz
    places = {span.start: span for span in found if span.type in ("GPE", "ORG")}

    def raw(k: int) -> str:
        return folded[ends[k - 1] : starts[k]]

    def is_item_word(t: int) -> bool:
        word = words[t]
        return (
            bool(word)
            and not covered[starts[t]]
            and (scanner.is_name_word(word, False) or _DOTTED_INITIALS.fullmatch(word) is not None)
            and word not in gaz.names.prefixes
            and word not in gaz.role_start_words
            and word not in _PORTFOLIO_WORDS
            and not any(part in gaz.not_name_words for part in word.split("-"))
        )

    def item_from(k: int) -> int:
        r = k
        while r < n and r - k < 4 and (r == k or raw(r) == " ") and is_item_word(r):
            r += 1
        ends_item = r - k >= 2 and _LIST_ITEM_END.match(folded, ends[r - 1]) is not None
        return r if ends_item else k

    def item_to(k: int) -> int:
        s = k
        while s > 0 and k - s < 3 and raw(s) == " " and is_item_word(s - 1):
            s -= 1
        start = starts[s]
        if k - s < 1 or not _LIST_ITEM_START.search(folded, max(0, start - 6), start):
            return k + 1
        return s

    added: list[_Found] = []
    queue = [
        (bisect_right(starts, span.start) - 1, bisect_right(starts, span.end - 1))
        for span in found
        if span.type == "PERSON"
    ]
    while queue:
        a, b = queue.pop()
        if b < n and raw(b) in _LIST_SEPARATORS:
            k = b
            place = places.get(starts[k])
            if place and raw(k) == "; ":
                k = bisect_right(starts, place.end - 1)
                if not (k < n and raw(k) == ", "):
                    k = b
            r = item_from(k)
            if r > k:
                added.append(_Found(starts[k], ends[r - 1], "PERSON"))
                _mark(covered, starts[k], ends[r - 1])
                queue.append((k, r))
        if a > 0 and raw(a) in _LIST_SEPARATORS and is_item_word(a - 1):
            s = item_to(a - 1)
            if s < a - 1:
                added.append(_Found(starts[s], ends[a - 1], "PERSON"))
                _mark(covered, starts[s], ends[a - 1])
                queue.append((s, a))
    return added


def _ends_another_name(scanner: _Scanner, i: int, covered: bytearray) -> bool:
    """Whether the name found elsewhere at token ``i`` ends a longer one, someone else's: two
    unclaimed name words before it ("Muse Bihi Abdi" is not the byline's "Abdi Sheikh"). A
    title, an honorific, a frequent word or an adjective is no name word ("Mr Abdi",
    "Complicating Guterres", "Peronist Fernandez": one word before is not enough)."""
    return scanner.gaps[i - 1] == " " and all(
        _is_unclaimed_name_word(scanner, k, covered) for k in (i - 1, i - 2)
    )


def _is_unclaimed_name_word(scanner: _Scanner, k: int, covered: bytearray) -> bool:
    word, gaz = scanner.words[k], scanner.gaz
    return (
        not covered[scanner.starts[k]]
        and word[1:].islower()
        and word.isalpha()
        and word not in gaz.capitalised_common_words
        and word not in gaz.honorific_words
        and word not in gaz.title_words
        and word not in gaz.stopwords
        and word not in gaz.demonyms
        and word not in gaz.names.prefixes
    )


def _propagate(
    text: str, scanner: _Scanner, found: list[_Found], covered: bytearray, gaz: Gazetteer
) -> list[_Found]:
    """Mark every other occurrence of a recognised name, and persons' short names ("Trung")."""
    surfaces: dict[str, str] = {}
    for span in found:
        if span.type not in _PROPAGATED_TYPES:
            continue
        if span.end - span.start == 1:
            continue  # "on X": the network, but "X" elsewhere may be any letter
        surface = text[span.start : span.end]
        surfaces.setdefault(surface, span.type)
        if span.type == "PERSON" and " " in surface:
            for short in short_forms(surface, gaz):
                surfaces.setdefault(short, "PERSON")
    capitals = set(_CAPITALS_WORD.findall(scanner.folded)) if surfaces else set()
    for surface, entity_type in list(surfaces.items()) if capitals else ():
        if entity_type != "PERSON" or len(surface) <= 3:
            continue
        first = surface.partition(" ")[0].partition("-")[0].upper()
        if first not in capitals and (
            first.isascii() or fold_for_recognising(first) not in capitals
        ):
            continue
        upper = surface.upper()
        if upper != surface and not isinstance(gaz.names.entries.get(upper), Entry):
            surfaces.setdefault(upper, "PERSON")  # "HAIMBE CALLS FOR CALM" in a headline
    for span in found:
        if (
            span.type in ("GPE", "LOC")
            or (span.type == "ORG" and text[span.start - 3 : span.start] in ("al-", "el-"))
        ) and surfaces.get(text[span.start : span.end]) == "PERSON":
            span.type = "PERSON"  # "Bolton" after "John Bolton", "al-Houthi" after "Ali al-Houthi"
    if not surfaces:
        return []
    prefixes: set[str] = set()
    first_words: set[str] = set()  # folded, to skip most tokens without slicing the text
    for surface in surfaces:
        tokens = list(TOKEN_RE.finditer(fold_for_recognising(surface)))
        if tokens:
            first_words.add(tokens[0].group().replace("_", ""))
        for token in tokens:
            prefixes.add(surface[: token.end()])
    added = []
    length = len(text)
    starts, ends, words = scanner.starts, scanner.ends, scanner.words
    count = len(starts)
    # Most tokens start no name and hold no hyphen: one comprehension skips them.
    for i in [i for i, word in enumerate(words) if word in first_words or "-" in word]:
        if words[i] not in first_words:
            added.extend(_hyphenated_parts(text, starts[i], ends[i], surfaces, covered))
            continue
        start = starts[i]
        if text[start : ends[i]] not in prefixes or covered[start]:
            continue
        if i > 1 and scanner.gaps[i] == " " and _ends_another_name(scanner, i, covered):
            continue  # "leader Muse Bihi Abdi" after the byline's "Abdi Sheikh"
        if text[start : ends[i]] in _ADJECTIVAL_PLACES and _is_followed_by_a_noun(text, ends[i]):
            continue
        best = -1
        j = last = i
        while j < count:
            candidate = text[start : ends[j]]
            if candidate not in prefixes:
                break
            if candidate in surfaces:
                best, last = ends[j], j
            j += 1
        named = best
        if (
            best > 0
            and last == i
            and last + 1 < count
            and scanner.gaps[last + 1] == " "
            and surfaces[text[start:best]] == "PERSON"
        ):  # "Tedros Adhanom Ghebreyesus", then "Tedros"
            best = ends[_unlisted_name_words(scanner, last + 1) - 1]
        if (
            best > 0
            and (best >= length or not text[best].isalnum())
            and (start == 0 or not text[start - 1].isalnum())
            and _is_free(covered, start, best)
        ):
            entity_type = surfaces[text[start:named]]
            if entity_type == "PERSON" and _INITIAL_BEFORE.search(text, max(0, start - 4), start):
                start -= 3  # "S. Jaishankar" after "Subrahmanyam Jaishankar"
            particle = _PARTICLE_BEFORE.search(text, max(0, start - 9), start)
            if (
                entity_type == "PERSON"
                and particle
                and particle.group() + text[start:best] in surfaces
            ):
                start = particle.start()  # "de Mistura" after "Staffan de Mistura"
            _mark(covered, start, best)
            added.append(_Found(start, best, entity_type))
    return added


def _unlisted_name_words(scanner: _Scanner, k: int) -> int:
    """The token after the name words right after a one-word name at ``k - 1``, none of them
    a frequent English word, a listed place or body or a surname the news uses alone:
    "Tedros Adhanom Ghebreyesus", whom the article then calls "Tedros", is named whole where
    it is written whole, not "Tedros" and two words of nothing (session 41); ``k`` where no
    such word follows ("Trump Tower", "Xi Putin talks")."""
    end = scanner.name_tail(k)
    gaz, words = scanner.gaz, scanner.words
    for word in words[k:end]:
        if (
            word in gaz.capitalised_common_words
            or word.lower() in gaz.common_words
            or word in gaz.names.prefixes
            or word in gaz.surnames_alone
        ):
            return k
    return end


def _parties_after_people(
    folded: str, found: list[_Found], covered: bytearray, gaz: Gazetteer
) -> list[_Found]:
    """A party in brackets after a person's name: "Pekka Haavisto (Green)", "Margus Tsahkna
    (Eesti 200)", "Lula da Silva (PT)". A place there is the person's country, typed already."""
    parties = []
    for span in found:
        if span.type != "PERSON" or folded[span.end : span.end + 2] != " (":
            continue
        match = _BRACKETED_PARTY.match(folded, span.end + 2)
        if not match or len(match.group()) < 2 or not _is_free(covered, *match.span()):
            continue
        words = match.group().split(" ")
        if words[0] in _POST_NOMINALS or any(
            word in _PORTFOLIO_WORDS or word in gaz.not_name_words for word in words
        ):
            continue  # "Monica Juma (Foreign Affairs)", "Kamal Gunaratne (Retd)"
        listed = gaz.names.entries.get(match.group())
        if isinstance(listed, Entry) and listed.type != "ORG":
            continue
        _mark(covered, *match.span())
        parties.append(_Found(match.start(), match.end(), "ORG"))
    return parties


def _hyphenated_parts(
    text: str, start: int, end: int, surfaces: dict[str, str], covered: bytearray
) -> list[_Found]:
    """ "Kurti-Vucic Meeting": the parts of a hyphenated token that the article names."""
    added = []
    for part in re.finditer(r"[^-]+", text[start:end]):
        part_start, part_end = start + part.start(), start + part.end()
        entity_type = surfaces.get(part.group())
        if entity_type in ("PERSON", "GPE", "ORG") and _is_free(covered, part_start, part_end):
            _mark(covered, part_start, part_end)
            added.append(_Found(part_start, part_end, entity_type))
    return added


def _apply_corrections(
    text: str, spans: list[EntitySpan], corrections: Sequence[EntityCorrection]
) -> list[EntitySpan]:
    """User corrections: removals first, then additions, which win over overlapping spans."""
    removed = {c.text for c in corrections if c.kind == "remove" and c.text}
    if removed:
        spans = [s for s in spans if s.text not in removed]
    for correction in corrections:
        if correction.kind != "add" or not correction.text or not correction.type:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(correction.text)}(?!\w)")
        for match in pattern.finditer(text):
            start, end = match.span()
            spans = [s for s in spans if s.end <= start or s.start >= end]
            spans.append(EntitySpan(start, end, correction.type, match.group()))
    return sorted(spans, key=lambda s: (s.start, s.end))


_NEW_OBJECT = object.__new__
_SET_START, _SET_END, _SET_TYPE, _SET_TEXT = (
    vars(EntitySpan)[field].__set__ for field in ("start", "end", "type", "text")
)  # the slots' own setters, which a frozen class's __setattr__ does not stand in front of


def _entity_spans(text: str, found: list[_Found]) -> list[EntitySpan]:
    """The found spans as the model's frozen ``EntitySpan``s. A frozen dataclass's ``__init__``
    sets each field through ``object.__setattr__``, which made building the spans about an
    eighth of all recognition; setting the slots directly gives the same objects in half the
    time."""
    spans: list[EntitySpan] = []
    append = spans.append
    for found_span in found:
        start, end = found_span.start, found_span.end
        span = _NEW_OBJECT(EntitySpan)
        _SET_START(span, start)
        _SET_END(span, end)
        _SET_TYPE(span, found_span.type)
        _SET_TEXT(span, text[start:end])
        append(span)
    return spans


def _names_a_vessel(folded: str, span: _Found) -> bool:
    """Whether a person found is a ship named with its navy's prefix ("BRP Sierra Madre")."""
    first = folded[span.start : span.end].partition(" ")[0]
    return (
        span.type == "PERSON" and first in _VESSEL_PREFIXES and span.end > span.start + len(first)
    )


def _without_attributive_suffix(folded: str, span: _Found) -> None:
    """ "the Nicolás Maduro-led administration": the person is Nicolás Maduro, "-led" what he
    leads, as a body's "-led" is left out of its name (the article's later "Maduro" was not
    joined to the fuller name "Nicolás Maduro-led"; newuser51)."""
    hyphen = folded.rfind("-", span.start, span.end)
    if hyphen > span.start and folded[hyphen + 1 : span.end].lower() in _ATTRIBUTIVE_SUFFIXES:
        span.end = hyphen


def recognise(text: str, corrections: Sequence[EntityCorrection] = ()) -> list[EntitySpan]:
    """Entity mentions in ``text``: sorted, non-overlapping, offsets into ``text`` as given."""
    if not text:
        return []
    text = soft_wraps_joined(text)  # a name broken over a hard-wrapped text's lines is one
    gaz = load()
    folded = fold_for_recognising(text)
    covered = bytearray(len(text))
    found = _fixed_spans(folded, gaz, covered)
    scanner = _Scanner(text, _small_words_lowered(text, folded, gaz.given_syllables), gaz, covered)
    for span in scanner.scan():
        if _is_free(covered, span.start, span.end):
            _mark(covered, span.start, span.end)
            found.append(span)
    for match in patterns.dates(folded):
        start, end = match.span()
        if folded[end : end + 1] == "/" and folded[end + 1 : end + 2].isalpha():
            continue  # "Ref: 2025/PR/4": a reference number
        if (
            folded.startswith("mid-", start - 4, start)
            and not folded[start - 5 : start - 4].isalnum()
        ):
            start -= 4  # "mid-March" is one word, and one date
        if _is_free(covered, start, end):
            _mark(covered, start, end)
            found.append(_Found(start, end, "DATE"))
    _extend_by_words_before(folded, found, covered, gaz)
    for span in found:
        if span.type == "LOC" and folded.startswith(" Region", span.end):
            _with_region_word(folded, span, covered)
    found.extend(_add_acronyms(folded, found, covered, gaz))
    found.extend(_bodies_before_titles(folded, found, covered, gaz))
    for span in found:
        if span.type == "ORG":
            _with_outlet_article(folded, span, covered)
            if folded[span.start : span.end] in _SEATS_OF_GOVERNMENT and _is_a_place_here(
                folded, span
            ):
                span.type = "LOC"
    found.extend(_provinces(folded, gaz, covered, found))
    found.extend(_towns(scanner, covered, found))
    found.extend(_named_by_the_words_around(scanner, covered))
    found.extend(_listed_people(scanner, found, covered))
    found.extend(_names_after_lowercase_titles(scanner, covered))
    found.extend(_propagate(text, scanner, found, covered, gaz))
    found.extend(_parties_after_people(folded, found, covered, gaz))
    found.extend(_surnames_alone(scanner, covered))
    found = _names_that_start_with_a_title(text, folded, found)
    found.extend(_lowercase_titles(folded, found, covered))
    found.extend(_unlisted_acronyms(scanner, covered))
    tails = _name_tails(folded, found)
    for span in found:
        if span.type == "PERSON":
            _without_attributive_suffix(folded, span)
            _with_name_suffix(folded, span, covered)
            if folded[span.start - 3 : span.start] in ("al-", "el-"):
                _with_article_before(folded, span, covered)
            elif folded[span.start - 1 : span.start] == " ":
                _with_particles_before(folded, span, covered, tails)
        elif span.type == "ORG":
            if (
                folded[span.start - 3 : span.start] in ("al-", "el-")
                and " " in folded[span.start : span.end]
            ):  # "al-Noor TV"; a word alone ("al-Houthi") may name the family's person
                _with_article_before(folded, span, covered)
        elif span.type == "GPE":
            if folded[span.end : span.end + 1] == "." and _SPACED_INITIALS.fullmatch(
                folded, span.start, span.end
            ):
                span.end += 1  # "U. S.": spaced initials keep their last full stop, as "U.S."
        elif span.type != "ROLE":
            continue
        elif _is_abbreviated_title_before_a_name(folded, span):
            span.end += 1  # "Amb. Mohamed": the abbreviation keeps its full stop, like "U.S."
        elif folded.startswith("Chief", span.start, span.end):
            _with_domain_before_chief(folded, span, covered, gaz)
    found = [span for span in found if not _names_a_vessel(folded, span)]
    found.sort(key=attrgetter("start"))  # no Python call per span
    spans = _entity_spans(text, found)
    proposer = statistical.configured_proposer()
    if proposer is not None:
        spans = statistical.add_proposals(text, spans, proposer)
    if corrections:
        spans = _apply_corrections(text, spans, corrections)
    return spans
