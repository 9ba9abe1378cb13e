"""Regular expressions for the entity forms that have a fixed shape: dates, numbered documents,
photo credits, web outlets. They run on diacritic-folded text, so offsets are the original's.

They are compiled on first use (``compiled()``) to keep importing the package cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from diplotui.dates import MONTH_NAMES, calendar_day

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_MONTH_NOT_MAY = _MONTH.replace("|May|", "|")
# Before a day number the abbreviations need no full stop ("Feb 4", "Oct 13", "Dec 2, 2022").
_MONTH_BEFORE_DAY = _MONTH[:-1] + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
# Datelines capitalise the month ("YEREVAN, MAY 23, ARMENPRESS"); a branch of its own, tried only
# where two capitals start a word.
_MONTH_CAPITALS = (
    r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
)
_DAY_OR_MONTH = r"(?:3[01]|[12]\d|0?[1-9])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
_PART_OF_YEAR = (
    rf"(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th) (?:half|quarter|{_COUNT} months)"
)
# "11-14", "11 to 14", "3 -5", "17 and 18": the second day ("July 11 to 14", "28 to 30 July").
_DAY_RANGE = rf"(?:\s?[-–]\s?{_DAY}| (?:to|and) {_DAY})"
_NOT_IN_NUMBER_BEFORE = r"(?<![\w$€£/.,-])"
_NOT_IN_NUMBER_AFTER = r"(?![\w%]|[.,/]\d|-\d)"

# Every date starts with a digit, a month's capital or a part-of-year word ("first half"): the
# lookahead rejects other positions before the branches are tried (a third of the time).
_DATE_SOURCE = (
    r"(?=[\dJFMASONDflst])(?:"
    + "|".join(
        [
            rf"\b{_PART_OF_YEAR} of {_YEAR}\b",
            # A period is one DATE, like "2014-2020": "(from) 1995 to 1999",
            # "February 24 through February 25".
            rf"(?=1[6-9]|20)(?:(?<=\bfrom )|(?<=\bperiod )){_YEAR} (?:to|through|until) {_YEAR}\b",
            rf"\b{_MONTH_BEFORE_DAY} {_DAY} (?:to|through|until) {_MONTH_BEFORE_DAY} {_DAY}"
            rf"(?:,? {_YEAR})?(?![\d:])\b",
            rf"\b{_DAY}\.?{_DAY_RANGE}? (?:of )?{_MONTH_BEFORE_DAY},? {_YEAR}\b",  # "13. Jun 2024"
            rf"\b{_MONTH_BEFORE_DAY} {_DAY}{_DAY_RANGE}?(?:, ?| |/){_YEAR}\b",
            rf"\b{_MONTH_BEFORE_DAY} {_DAY}{_DAY_RANGE}?(?![\d:])\b",
            rf"(?=[A-Z]{{3}})\b{_MONTH_CAPITALS} {_DAY}(?:,? {_YEAR})?(?![\d:])\b",
            rf"\b{_DAY}{_DAY_RANGE}? {_MONTH}(?! (?!\d\d?:\d\d)\d)",
            rf"\b{_MONTH}(?:,| of)? {_YEAR}\b",
            rf"\b{_MONTH_NOT_MAY}(?:\s?[-–]\s?{_MONTH})?(?![\w'-])",
            # "May" alone is a month only after words that introduce a time ("in May").
            r"(?:(?<=\bin )|(?<=\bIn )|(?<=\bsince )|(?<=\buntil )|(?<=\bearly )|(?<=\blate )"
            r"|(?<=\bof ))"
            r"May\b(?![\w'-])",
            # Day or month first: "30.03.2021"; "2/13/2018" as American outlets write it.
            rf"{_NOT_IN_NUMBER_BEFORE}{_DAY_OR_MONTH}[./]{_DAY_OR_MONTH}[./]{_YEAR}\b",
            # Year first: "2025-03-06", "2012/01/16"; a month by name between slashes:
            # "08/November/2023", "16-Jan-2012".
            rf"{_NOT_IN_NUMBER_BEFORE}{_YEAR}([-/])(?:1[0-2]|0[1-9])\1(?:3[01]|[12]\d|0[1-9])\b",
            rf"{_NOT_IN_NUMBER_BEFORE}{_DAY_OR_MONTH}([-/]){_MONTH_BEFORE_DAY}\2{_YEAR}\b",
            rf"{_NOT_IN_NUMBER_BEFORE}{_YEAR}(?:\s?[-–—]\s?|/)(?:{_YEAR}|\d\d){_NOT_IN_NUMBER_AFTER}",
            rf"{_NOT_IN_NUMBER_BEFORE}(?:1[6-9]|20)\d0s\b",
            rf"{_NOT_IN_NUMBER_BEFORE}{_YEAR}{_NOT_IN_NUMBER_AFTER}",
        ]
    )
    + ")"
)

_DOCUMENT = (
    r"(?:Resolution|Directive|Decision|Decree|Circular|Conclusion|Regulation|Ordinance"
    r"|Instruction|Official Dispatch|Dispatch|Notice|Law|Plan|Programme|Program|Project)"
)
_DOCUMENT_NUMBER = r"(?:No\.?\s?|Number\s|#)?\d+(?:[-/.][0-9A-Za-z]+)*"
# "Resolution 57", "Decision No. 1868/QD-TTg", "Resolutions 57 and 59", "Resolutions 57, 59 and 68".
_NUMBERED_LAW_SOURCE = (
    rf"{_DOCUMENT}s?\s{_DOCUMENT_NUMBER}(?:(?:,\s|\s(?:and|&)\s){_DOCUMENT_NUMBER})*"
    r"(?![\w-])"
)
# The UN's numbered resolutions, lowercase in running text: "Security Council resolution 2254",
# "General Assembly resolution 72/252".
_UN_RESOLUTION_SOURCE = r"resolutions? (?:\d\d/\d{1,3}|\d{3,4})(?![\w/-])"
# "Plan 2025" is a plan for a year, not a numbered document.
_BARE_YEAR_DOCUMENT_SOURCE = rf"(?:Law|Plan|Programme|Program|Project)s? {_YEAR}$"

# "(Photo: Quang Hoa)", "Photo: VNA", "(Photo courtesy of VGP/Nhat Bac)".
_PHOTO_CREDIT_SOURCE = (
    r"(?:Photos?|Image|Video|Graphics?|Infographic|Credit)"
    r"(?:\s?:| courtesy of| by)\s?"
    r"([A-Za-z][^()\n|:]{0,79}?)\s*(?=\)|\||\n|\r|$)"
)
_CREDIT_PART_SOURCE = r"[^/,;&]+"
# "VGP/Nhat Bac" outside a credit: an agency acronym, a slash, then a name.
_AGENCY_SLASH_NAME_SOURCE = r"(?=[A-Z])\b([A-Z]{2,6})/([A-Z][a-z]+(?: [A-Z][a-z]+){0,3})\b"
_NAME_SHAPE_SOURCE = r"[A-Z][a-z'_]+(?:[- ][A-Z][a-z'_]+){0,4}"

# The expressions below that start with a lookahead of first letters reject other positions
# before trying their alternatives (about 40% of their time); a web outlet is searched for only
# where its rare top-level domain is.
_WEB_DOMAIN_SOURCE = r"\.(?:vn|com|org|net|gov|int|info|news)\b"
_WEB_OUTLET_SOURCE = (
    r"(?<![\w@.])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:vn|com|org|net|gov|int|info|news)\b"
    r"(?![\w@-]|\.\w)"
)

# "Politburo member": a lowercase title fused to a central body (guideline rule 2b).
_BODY_MEMBER_SOURCE = (
    r"(?:Politburo|Secretariat|Party Central Committee|Central Committee) member\b"
)
# "Viet, who is also head of the ...": lowercase titles in apposition to a person.
_APPOSITION_TITLE_SOURCE = (
    r"(?:, (?:who (?:is|was) )?(?:also )?|who (?:is|was) (?:also )?)"
    r"((?:deputy |vice |standing |permanent )?(?:head|chairman|chairwoman|director|director general"
    r"|secretary|minister|president|ambassador|chief))(?= of )"
)
# Lowercase titles next to a named person (guidelines, other outlets): "national security adviser
# John Bolton", "UN spokesperson Stephane Dujarric", "An Kwang-il, ambassador to Indonesia";
# "EU diplomacy chief Kaja Kallas": the portfolio before "chief", as "foreign policy"; "UN aid
# chief Mark Lowcock", "UN rights chief Volker Turk", "army chief X": the field a chief heads (a
# bare "chief" is no role a citation can give: "Tom Fletcher (chief)"). ``TITLE_FIELDS``: the
# words before the title's noun, capitalised when one opens a sentence ("Army chief X said").
TITLE_FIELDS = frozenset(
    {"first", "deputy", "vice", "assistant", "special", "senior", "chief", "national security",
     "foreign policy", "diplomacy", "foreign", "prime", "affairs", "external", "unification",
     "presidential", "government", "ministry", "defence", "defense", "finance", "trade",
     "interior", "home", "health", "justice", "economy", "state", "crown", "general", "aid",
     "relief", "humanitarian", "human rights", "rights", "refugee", "army", "military", "junta",
     "climate"}
)  # fmt: skip
_LOWERCASE_TITLE = (
    rf"(?:(?:{'|'.join(sorted(TITLE_FIELDS, key=len, reverse=True))}) )*"
    r"(?:minister|adviser|advisor|envoy|spokesperson|spokesman|spokeswoman|ambassador|president"
    r"|secretary-general|secretary general|secretary of state|secretary"
    r"|chairperson|chairman|chairwoman"
    r"|chief of staff|director-general|director general|director|commissioner|representative"
    r"|premier|governor|mayor|senator|prince|negotiator|chancellor|member|chief|head)"
)
_CAPITALISED_WORDS = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
# The title directly before the name, perhaps with a "for ..." complement: "special envoy for
# Yemen, Hans Grundberg", "the president of Ecuador, Guillermo Lasso". Searched in the few
# characters before a PERSON span.
# Honorifics and ranks between a lowercase title and the name: "..., Sheikh Mohammed", "coast
# guard spokesperson Commodore X" (stfix90).
HONORIFICS_AFTER_TITLES = frozenset(
    {"Sheikh", "Sheikha", "Prince", "Princess", "Sir", "Dame"}
    | {"Commodore", "Admiral", "General", "Colonel", "Brigadier", "Captain", "Major", "Lieutenant"}
)
_TITLE_BEFORE_NAME_SOURCE = (
    rf"(?<![\w-])({_LOWERCASE_TITLE})(?: (?:for|to|of) (?:the )?{_CAPITALISED_WORDS})?,? "
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? |(?:"  # "..., Dr Nkosazana"
    + "|".join(sorted(HONORIFICS_AFTER_TITLES))
    + r") )?$"
)
# The title after the name and a comma: "Youssouf, Djibouti's long-serving foreign minister";
# two titles joined by "and" are two spans ("..., vice president and foreign minister of ...").
_TITLE_AFTER_NAME_SOURCE = (
    rf"(?:, | as )(?:the |(?:the )?(?:[\w-]+ ){{0,2}}[\w-]+['’]s )?"
    rf"(?:(?:long-serving|new|current|outgoing|incoming|former|interim|caretaker|acting) )?"
    rf"({_LOWERCASE_TITLE})(?: and ({_LOWERCASE_TITLE}))?(?= (?:to|of|for|at|in)\b|[,.;]|$)"
)
# "By Johnathan Paoli" on a line of its own: a byline names a person whatever the name.
_PARTICLE = r"(?:de|da|di|du|del|dos|van|von|der|bin|al|el|la|le)"
_BYLINE_SOURCE = (
    rf"(?m)^(?:By ([A-Z][a-z'’-]+(?: [A-Z]\.)?(?: (?:{_PARTICLE} ){{0,2}}[A-Z][a-z'’-]+){{1,3}})"
    r"(?=[ \t]*(?:\r?\n|$|, | and | in ))"
    # In capitals: "BY VANESSA GUZHA".
    r"|BY ([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3})(?=[ \t]*(?:\r?\n|$))"
    # Nigerian papers: "From Aidoghie Paulinus, Abuja" (the writer, then the city).
    r"|From ([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})(?=, [A-Z][a-z]+[ \t]*(?:\r?\n|$)))"
)
# Before the writer's post: "Mukudzei Chingwere Herald Reporter", "Africa Moyo Deputy News
# Editor". Tried only where one of the post words is.
_BYLINE_POST_SOURCE = (
    r"(?m)^([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}?)(?= (?:[A-Z][a-z]+ ){0,2}"
    r"(?:Reporter|Correspondent|Writer|Editor)[ \t]*(?:\r?\n|$))"
)
# Numbered sessions written as an abbreviation and a number: "UNGA 79", "AMM-57", "COP28".
_NUMBERED_MEETING_SOURCE = r"(?:UNGA|COP|AMM|CHOGM|WHA|MC|CMP|CMA)(?: |-)?\d{1,3}(?![\w-])"
# A province named by the word beside it: "North Kivu province", "the region of Tigray". The
# capitalised words are checked against the subdivisions list (``world_subdivisions.txt``).
_PROVINCE_WORD = r"(?:province|region|state|governorate|prefecture|oblast|emirate)"
_PLACE_WORDS = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
# Searched for first (rare), then the capitalised words before it or after its "of".
_PROVINCE_WORD_SOURCE = rf"{_PROVINCE_WORD}s?\b"
_PROVINCE_NAMES_BEFORE_SOURCE = rf"(?<![\w-])((?:{_PLACE_WORDS}(?:, | and ))*{_PLACE_WORDS}) $"
_PROVINCE_NAME_AFTER_SOURCE = rf" of ({_PLACE_WORDS})"
_CONJUNCTS_SOURCE = r"[^,]+?(?=, | and |$)"
# Words before an organisation that make the whole a numbered session (EVENT): "the 76th
# session of the UN General Assembly", "the fifth meeting of the Joint Commission".
_SPELLED_ORDINAL = (
    r"(?i:(?:(?:twenty|thirty|forty|fifty)-)?(?:first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth"
    r"|twentieth|thirtieth|fortieth|fiftieth))"
)
_SESSION_BEFORE_BODY_SOURCE = (
    rf"(?<![\w-])(?:\d+(?:st|nd|rd|th)|{_SPELLED_ORDINAL}) "
    r"(?:(?:regular|ordinary|extraordinary|special|annual|high-level|plenary) )?"
    r"(?:session|summit|meeting|plenary|congress) of (?:the )?$"
)
# Words before a central Party body that make the whole one lowercase ROLE (guideline rule 2b),
# in apposition to a person: "Wang Yi, also a member of the Political Bureau of the ...".
_MEMBER_BEFORE_BODY_SOURCE = (
    r"(?:, (?:who (?:is|was) )?(?:also )?(?:a |an )?|\bwho (?:is|was) (?:also )?(?:a |an )?)"
    r"((?:alternate )?member of the )$"
)
# Datelines name the agency and the city in capitals: "Ulaanbaatar /MONTSAME/", "YEREVAN, MAY
# 23, ARMENPRESS.", "MINSK, 23 March (BelTA)", "RSS (KATHMANDU, 29 March 2022)" (agency: group 1
# to 4), and "AMMAN —" or "NUR-SULTAN, Oct. 4" (city: group 6); "Baku, 1 March 2023 (TDI):", "MAP:
# 06 March 2024" on a line of its own, "Phnom Penh (FN), May 19" (group 7). Only at the start of a
# line.
_DATELINE_DATE = (
    rf"(?:(?:(?:{_MONTH_BEFORE_DAY}|{_MONTH_CAPITALS}) {_DAY}|{_DAY} {_MONTH})(?:,? ?{_YEAR})?"
    rf"|{_DAY_OR_MONTH}\.{_DAY_OR_MONTH}\.{_YEAR})"  # "DUSHANBE, 22.12.2020 (NIAT Khovar)"
)
# An agency in a dateline's brackets may be written in mixed case: "MINSK, 23 March (BelTA) -",
# or as two words: "(NIAT Khovar)".
_BRACKET_AGENCY = r"[A-Z](?:[A-Z]{1,11}|[a-z]+[A-Z][A-Za-z]{0,8})(?: [A-Z][a-z]{2,11})?"
# What ends a dateline's agency: "BNS –", "(TON):", "SANA-", "(ST)_President".
_AFTER_AGENCY = r"[ \t]*[-–—:_]"
_DATELINE_SOURCE = (
    r"(?m)^(?:[^\n/]{0,40}?(?<![A-Z0-9])/([A-Z]{2,12})/"
    rf"|[A-Z][\w .'-]{{0,60}}(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?, {_DATELINE_DATE}"
    rf"(?:, ([A-Z]{{2,12}})(?=[.:,]|[ \t]*$|{_AFTER_AGENCY})|,? \(({_BRACKET_AGENCY})\))"
    rf"|([A-Z]{{2,12}}) \((?=[A-Z]{{3,}}[ ,])|([A-Z]{{2,12}}):? (?={_DATELINE_DATE}[ \t]*$)"
    rf"|([A-Z]{{3,}}(?:[- ][A-Z]{{2,}}){{0,2}})"
    rf"(?=(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?, (?:{_MONTH_BEFORE_DAY}|{_MONTH_CAPITALS}|\d)"
    r"| [—–] )"
    rf"|[A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,2}},? \(({_BRACKET_AGENCY})\)"
    rf"(?=,? {_DATELINE_DATE}|{_AFTER_AGENCY})"
    # "October 26, (THEWILL) –": the date, then the agency in brackets (group 8).
    rf"|{_DATELINE_DATE},? \(({_BRACKET_AGENCY})\)(?=[ \t]*[-–—:])"
    # "Damascus, SANA- Chinese ...": a city, then the agency and a dash (group 9).
    rf"|[A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,2}}, ([A-Z]{{2,12}})(?=[-–—_] ?[A-Z]))"
)
# An outlet named after the word for what it is: "the US magazine Newsweek", "the daily Mlada
# Fronta Dnes", "state broadcaster RTS".
OUTLET_KINDS = (
    "magazine", "newspaper", "daily", "weekly", "broadcaster", "tabloid", "news agency",
    "news website", "news portal", "news outlet", "radio station", "television channel",
    "TV channel",
)  # fmt: skip
_OUTLET_AFTER_KIND_SOURCE = (
    rf"(?:{'|'.join(OUTLET_KINDS)}) ((?:The )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){{0,3}})"
)
# A leader named by the government he leads: "the Asad regime", "the Obama administration".
_LEADER_BEFORE_GOVERNMENT_SOURCE = r"the ([A-Z][a-z]+) (administration|regime)\b"
# An agreement named by a place, in lowercase: "the Prespa agreement", "the Minsk agreements".
_PLACE_AGREEMENT_SOURCE = r"the ([A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:agreements?|accords?))\b"
# A mountain by its name: "Mount Kumgang", "Mount Sinai".
_MOUNT_SOURCE = r"Mount [A-Z][a-z]+(?:[- ][A-Z][a-z]+)?"
# "the West" as the bloc of states (LOC), not "the West Bank" or "the West African ...".
_THE_WEST_SOURCE = r"the (West)(?![\w-]| [A-Z])"
# Where a date may start: a digit run, a month's first letters or a part-of-year word. Every
# branch of the date expression starts at one of these, after a character that is not part of
# a word; matching only there is several times faster than searching every position. Three
# expressions, each of which the engine searches fast: one alternation of all of them it would
# try at every position.
_DATE_ANCHOR_SOURCES = (
    r"[0-9]+",
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT"
    r"|NOV|DEC)",
    r"(?:first|second|third|fourth|last|final) ",
)
# "(VFF)", "(AMM-57)"; a word-like abbreviation too: "(Mirex)", "(Itamaraty)".
_ACRONYM_AFTER_SOURCE = r" ?\(([A-Z][A-Za-z0-9&+.-]{0,12}[A-Z0-9+]|[A-Z][a-z]{2,9})\)"


class Compiled:
    """The compiled expressions, built once by ``compiled()``."""

    def __init__(self) -> None:
        self.date = re.compile(_DATE_SOURCE)
        self.date_anchors = tuple(map(re.compile, _DATE_ANCHOR_SOURCES))
        self.numbered_law = re.compile(_NUMBERED_LAW_SOURCE)
        self.un_resolution = re.compile(_UN_RESOLUTION_SOURCE)
        self.bare_year_document = re.compile(_BARE_YEAR_DOCUMENT_SOURCE)
        self.photo_credit = re.compile(_PHOTO_CREDIT_SOURCE)
        self.credit_part = re.compile(_CREDIT_PART_SOURCE)
        self.agency_slash_name = re.compile(_AGENCY_SLASH_NAME_SOURCE)
        self.name_shape = re.compile(_NAME_SHAPE_SOURCE)
        self.web_outlet = re.compile(_WEB_OUTLET_SOURCE)
        self.web_domain = re.compile(_WEB_DOMAIN_SOURCE)
        self.body_member = re.compile(_BODY_MEMBER_SOURCE)
        self.apposition_title = re.compile(_APPOSITION_TITLE_SOURCE)
        self.acronym_after = re.compile(_ACRONYM_AFTER_SOURCE)
        self.dateline = re.compile(_DATELINE_SOURCE)
        self.dateline_city = re.compile(r"[A-Z]{3,}(?:[- ][A-Z]{2,}){0,2}(?=, )")
        self.title_before_name = re.compile(_TITLE_BEFORE_NAME_SOURCE)
        self.byline = re.compile(_BYLINE_SOURCE)
        self.byline_post = re.compile(_BYLINE_POST_SOURCE)
        self.province_word = re.compile(_PROVINCE_WORD_SOURCE)
        self.province_names_before = re.compile(_PROVINCE_NAMES_BEFORE_SOURCE)
        self.province_name_after = re.compile(_PROVINCE_NAME_AFTER_SOURCE)
        self.place_words = re.compile(_PLACE_WORDS)
        self.conjuncts = re.compile(_CONJUNCTS_SOURCE)
        self.numbered_meeting = re.compile(_NUMBERED_MEETING_SOURCE)
        self.title_after_name = re.compile(_TITLE_AFTER_NAME_SOURCE)
        self.session_before_body = re.compile(_SESSION_BEFORE_BODY_SOURCE)
        self.member_before_body = re.compile(_MEMBER_BEFORE_BODY_SOURCE)
        self.outlet_after_kind = re.compile(_OUTLET_AFTER_KIND_SOURCE)
        self.leader_before_government = re.compile(_LEADER_BEFORE_GOVERNMENT_SOURCE)
        self.place_agreement = re.compile(_PLACE_AGREEMENT_SOURCE)
        self.the_west = re.compile(_THE_WEST_SOURCE)
        self.mount = re.compile(_MOUNT_SOURCE)


@lru_cache(maxsize=1)
def compiled() -> Compiled:
    """Compile every expression of this module (a few milliseconds, once per process)."""
    return Compiled()


def _starts_a_word(text: str, start: int, also: str = "") -> bool:
    before = text[start - 1 : start]
    return not before or not (before.isalnum() or before == "_" or before in also)


def word_matches(
    pattern: re.Pattern[str], text: str, also_not_after: str = ""
) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` for matches that start a word (as a leading ``\\b`` would ask,
    or not after a character of ``also_not_after`` either). The expressions leave the boundary
    out so that they start with letters, which the regular expression engine looks for fast."""
    position = 0
    while True:
        match = pattern.search(text, position)
        if match is None:
            return
        start = match.start()
        if not _starts_a_word(text, start, also_not_after):
            position = start + 1
            continue
        yield match
        position = max(match.end(), start + 1)


_NUMBER_BEFORE = re.compile(r"(\d{1,3})(?:st|nd|rd|th)?(?: of)? $")
_NUMBER_AFTER = re.compile(rf" (\d{{1,3}})(?:st|nd|rd|th)?\b(?![.,:]\d)(?:,? {_YEAR}\b)?")


def _no_day_end(text: str, start: int, end: int) -> int:
    """Where the date ends when a month name at ``start``..``end`` comes with a day no month
    has ("on 0 March", "the 32nd of March", "March 0", "on March 32, 2025"), else 0: the
    writer gave a day, a wrong one, so neither the month nor the year alone is a date. A day
    that exists made the match take it in; a longer number before ("1,000", "the 2019 March
    vote") is no day, and one after is a count unless "on" asks for a day ("In March 32
    people were hurt")."""
    before = _NUMBER_BEFORE.search(text, max(0, start - 10), start)
    if before is not None and int(before[1]) not in range(1, 32):
        char = text[before.start() - 1 : before.start()]
        if not (char.isalnum() or char in ".,"):
            return end
    if before is not None and _counts_the_month(text, before, start, end):
        return end
    after = _NUMBER_AFTER.match(text, end)
    if after is None or int(after[1]) in range(1, 32):
        return 0
    return after.end() if int(after[1]) == 0 or text.endswith("on ", 0, start) else 0


def _counts_the_month(text: str, before: re.Match[str], start: int, end: int) -> bool:
    """Whether a month alone follows a count in thousands ("1,000 March marchers", "2.500
    May Day protesters"): the month names the people counted, it dates nothing. A day or a
    year with the month ("1,000 March 2025") keeps the date."""
    return (
        len(before.group()) == 4  # three digits and the space: no ordinal, no "of"
        and text[before.start() - 1 : before.start()] in (",", ".")
        and text[before.start() - 2 : before.start() - 1].isdigit()
        and not any(char.isdigit() for char in text[start:end])
    )


_MONTH_NUMBERS = {name[:3].casefold(): number for number, name in enumerate(MONTH_NAMES, 1)}
_MONTH_IN_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)
_DAY_IN_DATE = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_YEAR_IN_DATE = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{4})[-/](\d\d)[-/](\d\d)")
_LEAP_YEAR = 2000  # a day and month without a year: 29 February may be one


def _on_the_calendar(span: str) -> bool:
    """Whether a date's day is one its month has in its year: "29 February 2025", "April 31"
    and "31/02/2025" name no day, so they are no date, as "32 March" is none. A date of two
    months ("March 30 to April 2") or of none is taken as found; "03/04/2025" is a day read
    either way round."""
    numeric = _NUMERIC_DATE.fullmatch(span)
    if numeric is not None:
        first, second, year, iso_year, iso_month, iso_day = numeric.groups()
        if iso_year is not None:
            return calendar_day(int(iso_year), int(iso_month), int(iso_day)) is not None
        one, two = int(first), int(second)
        return (
            calendar_day(int(year), two, one) is not None
            or calendar_day(int(year), one, two) is not None
        )
    months = _MONTH_IN_DATE.findall(span)
    if len(months) != 1:
        return True
    year = _YEAR_IN_DATE.search(span)
    in_year = int(year.group()) if year is not None else _LEAP_YEAR
    month = _MONTH_NUMBERS[months[0].casefold()]
    return all(
        calendar_day(in_year, month, int(day)) is not None for day in _DAY_IN_DATE.findall(span)
    )


_WORD = re.compile(r"[A-Za-z]+\.?")


def _month_before_a_count(text: str, start: int, match: re.Match[str]) -> re.Match[str] | None:
    """The month alone of a date off the calendar whose number after the month is a count
    ("In February 30 people were hurt"), as for a number no month has ("In March 32 people"):
    not when "on" asks for a day or a year makes it one ("on February 30", "April 31, 2025")."""
    if text[start].isdigit() or text.endswith("on ", 0, start):
        return None
    if _YEAR_IN_DATE.search(match.group()) is not None:
        return None
    word = _WORD.match(text, start)
    return None if word is None else match.re.match(text, start, word.end())


def dates(text: str) -> Iterator[re.Match[str]]:
    """The date expression's matches, left to right, as ``finditer`` would give them."""
    expressions = compiled()
    digits, months, parts = expressions.date_anchors
    starts = {match.start() for match in digits.finditer(text)}
    starts.update(match.start() for match in months.finditer(text))
    if " half" in text or " quarter" in text or " months" in text:
        starts.update(match.start() for match in parts.finditer(text))
    date, end = expressions.date, 0
    for start in sorted(starts):
        if start < end or not _starts_a_word(text, start):
            continue
        match = date.match(text, start)
        if match:
            end = match.end()
            wrong_day_end = 0 if text[start].isdigit() else _no_day_end(text, start, end)
            if wrong_day_end:
                end = wrong_day_end
            elif _on_the_calendar(match.group()):
                yield match
            elif month_alone := _month_before_a_count(text, start, match):
                yield month_alone


def datelines(text: str) -> Iterator[re.Match[str]]:
    """The dateline expression tried at each line's start only (it is anchored there)."""
    dateline = compiled().dateline
    start = 0
    while start != -1:
        match = dateline.match(text, start)
        if match:
            yield match
        newline = text.find("\n", start)
        start = newline + 1 if newline != -1 else -1
