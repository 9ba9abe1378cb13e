"""Reading who speaks: the subject of a verb of communication, resolved to a speaker.

Subjects are read from the recogniser's spans: a PERSON is the speaker; a ROLE ("the Deputy
Foreign Minister") is resolved to the person holding it; a pronoun or a generic role noun ("the
diplomat") to the person last speaking or last named as a subject; "the two sides" is a group;
"Contributions from delegates" and "a statement by the Press Office" stand for their speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from diplotui.dates import MONTH_NAMES
from diplotui.entities.folding import fold
from diplotui.entities.gazetteer import load
from diplotui.lazy_patterns import lazy_compile
from diplotui.model import EntitySpan
from diplotui.text import full_stop_ends, mark_offsets, matches_at

from . import lexicon as lx
from .cast import Cast, Speaker, place_stems, role_head, role_words
from .countries import capital_country
from .gender import SKIPPED_BY, described_gender
from .verbs import FORMS, holds_listed_verb

_PERSONS_OFFICE = ("’s office", "'s office")  # "Ahmed’s office": a person's office
_SPOKESPERSON = frozenset({"spokesperson"})
_SPOKESPERSONS = lx.OFFICES["spokesperson"]
# a clause opening with the one a spokesperson reports on, acting: "the minister briefed",
# "Foreign Minister X held", "the minister had met"
_PRINCIPAL_ACTING = lazy_compile(
    r"(?P<subject>[Tt]he (?:[A-Za-z]+ ){0,2}?(?P<noun>[a-z]+)"
    r"|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,4})"
    r" (?:has |had |also |then |later )?(?:[a-z]+ed|met|held)\b"
)
_RANK_WORDS = frozenset({"deputy", "vice"})  # in lower case before a recognised title
_HIGHER_OR_LOWER = frozenset({"prime", "deputy", "vice", "under", "assistant", "junior"})
_LOWERCASE_TITLE = lx.ROLE_NOUNS | {"top", "chief", "senior", "foreign"}  # "X’s top diplomat Y"
_TOKEN = lazy_compile(r"[^\s,;:()\[\]\"“”—–/]+")  # "/" joins two titles: no word
_PERFECT_BEFORE_SINCE = (" has ", " have ", " had ")
# " -- " a typed dash: "CAIRO (AFP) -- Rebels said", the rebels (round 424)
_GROUP_HEAD_UNITS = 4  # words of a group named before "including": "Many other small states"
# (a dash glued to the word before it, spaced after, delimits too: "ERBIL, Kurdistan Region of
# Iraq— Iraq says X", a dateline; round 479)
_CLAUSE_DELIMITERS = (", ", "; ", " - ", " -- ", "– ", "— ", ": ")
# a quotation's comma, then a joint opening a clause of its own: '“A,” while X stressed Y'
_QUOTATION_THEN_JOINT = lazy_compile(r',[”"] (?:while|whereas|but|and) ')
_SUBORDINATOR = lazy_compile(  # the last one before a subject: its clause starts after it
    r"\b(?:after|since|when|once|until|before|because|although|though|whereas|as"
    r"|After|Since|When|Once|Until|Before) "  # opening the sentence too (round 395)
    r"(?!.*\b(?:after|since|when|once|until|before|because|although|though|whereas|as) )"
    r"(?<!such as )(?<!well as )(?<!known as )"  # "as" the conjunction ("failed as X said")
)
# a relative clause with a subject of its own, which follows this
_RELATIVE_OPENER = lazy_compile(  # and "during which", "at which": the meeting's, the speech's
    r" ?(?:(?:to|with|from|for|by) )?(?:where|whom) "
    r"| ?(?:during|in|at|on|after|through|with|to|from|for|by) which "
    r"(?:occasion |time |day )?"  # "on which occasion she stressed"
)
_RECENT_SENTENCES = 3
# an event's hosts joined by "and" before "in which they ...": "a press conference by A, B and
# C in which they said"
_EVENT_HOSTS = lazy_compile(
    r" by ([^;:.\n]+? and [^,;:.\n]+?) (?:in|at|during) which they (?:also )?$"
)
_EVENT_HOSTS_REACH = 120
_RENAMED_WORDS = 5  # an organisation's name in another tongue, set off after its own
_OPENING_COMMA_REACH = 30  # "In September, ": an opening phrase's reach before the subject
_BE_THEN_QUOTATION = lazy_compile(r" (?:was|is|were|are) (?:the |an? )?[“\"]")
_LATER_ISSUER_WINDOW = 1500  # how far on a document's issuer may be named
_ISSUER_WORDS = 5
_ACCORDING_TITLE_REACH = 40  # characters of a title between "according to" and the name
_ISSUING_VERBS = (" issued", " released", " made")  # "X issued a statement", the issuer its subject
_ISSUED_BY_AFTER = lazy_compile(r",? (?:issued|released|published|posted|made|signed) by ")
_ISSUING_WINDOW = 400  # how far before "the statement said" "X issued a statement" may be
_OWNED_DOCUMENT_WINDOW = 600  # how far before "the statement said" "X’s statement" may be
# a document named with its owner: "X’s statement", "the statement made by X"
_OWNED_DOCUMENT = lazy_compile(
    r"[’']s (\w+)\b|\b(\w+) (?:(?:made|issued|released|sent|delivered|signed) )?by "
)
_ISSUER_CHARS = 60  # characters beside a document's noun its owner's name stands in
_MESSAGES = frozenset({"message", "letter"})  # what a person writes to be read out or sent
_LEADING_WINDOW = 60  # characters of a clause read first for its subject
NEWSPAPER_NOUNS = frozenset({"newspaper", "paper", "daily", "outlet", "broadcaster"})
_THE_NEWS_AGENCY = ["the", "news", "agency"]
# the last words of newspapers' names
_NEWSPAPER_WORDS = frozenset(
    {"Zeitung", "Times", "Post", "Tribune", "Herald", "Gazette", "Journal", "Telegraph"}
    | {"Guardian", "Shimbun", "Ilbo", "Pravda", "Izvestia", "Kommersant", "Daily"}
)
_PLACE_DESCRIPTION_WORDS = 4  # "of border city Tijuana": a place's name and words before it
_NOUN_WORDS = (
    lx.DETERMINERS | lx.GROUP_NOUNS | lx.ROLE_NOUNS | lx.PROXY_NOUNS | lx.PREPOSITIONS | {"and"}
)
# heads any organisation goes by ("the DFA said ... the agency hopes"), its name's own or not
_ANY_ORGANISATION = frozenset({"agency", "organisation", "organization"})
# "State television said X. ... the station said": one broadcaster's nouns (round 373)
_BROADCAST_HEADS = frozenset({"television", "radio", "station"})
_REPORT_NOUNS = frozenset({"report", "article", "story"})  # "the same report noted"
_UN_NAMES = frozenset({"UN", "U.N.", "United Nations"})  # the parent of agencies
_GROUP_NAMED_REACH = 300  # characters before "the group" where another group may be named
_PREPOSITIONAL_SUBORDINATORS = frozenset({"after ", "before ", "since ", "until "})
_ADJUNCT_UNITS = 5  # "after the first round of talks": a noun phrase, no clause
# plural nouns of people that no list names ("skeptics", "economists", "supporters")
_PEOPLE_PLURALS = ("ics", "ists", "ers", "ors", "ants", "ents", "ans")
_NAMED_ADMINISTRATIONS = (" administration ", " government ", " campaign ")  # a leader's
_LEADERS_BODIES = frozenset({"administration", "government"})  # "the Duterte administration"
_BLOC_NOUNS = frozenset({"bloc", "grouping", "group", "body"})  # of states, after "regional"
_HEAD_NOUNS = lx.ROLE_NOUNS | lx.GROUP_NOUNS | lx.ORG_HEADS
_CLAUSE_MARKERS = lx.CLAUSE_WORDS | lx.BE_FORMS | lx.AUXILIARIES
# adverbs that open a short aside describing a subject ("X, also present, said")
_ASIDE_ADVERBS = frozenset({"also", "still", "now", "then", "once", "himself", "herself"})
_ADVERB_ASIDE_UNITS = 4  # "also present at the talks": longer is read as a clause
# "that" as a determiner before an owner's title ("said that country's prime minister, X")
_DEMONSTRATIVE_OWNER = lazy_compile(r" that (?:country|nation|state|government|party)[’']s ")
# the nouns that title a name they stand before a comma with: roles, and "X's representative at
# the agency, Y," (round 352; a group noun elsewhere: "the representative of the workers said")
_TITLE_NOUNS = lx.ROLE_NOUNS | {"representative"}
_RELATIVE_NOUNS = frozenset(  # a relative's noun, heading the phrase a name is apposed to
    {"son", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "widow"}
    | {"widower", "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter"}
    | {"grandfather", "grandmother"}
)
_KIN_PHRASE_UNITS = 5  # "The late singer's maternal uncle"
_RELATIVE = lazy_compile(r", (?:who|which|whose|(?:for|to|with|by|from) whom) ")
_RELATIVE_SCAN = 1_000  # characters of a range searched for a relative pronoun itself
_ROLE_AS_SUBJECT = lazy_compile(  # not "X said"
    r",| (?:(?:on|for) (?:his|her|their|its) part )?(?:also |then |later )?[a-z]+(?:ed|s)\b"
)
_HEAD_OFFICES = frozenset({"president", "minister"})  # one holder is never the other
_PROFESSIONS = frozenset({"lawyer", "economist", "professor", "scholar", "researcher"})
# a sentence's opening clause, which a quotation may close with the comma inside its marks
_QUOTING_CLAUSE_OPENINGS = ("When ", "After ", "Asked ", "As ", "While ", "Before ", "Since ")
# an apposition with a clause of its own ("X, a country that became ...") is no role
_SPEAKING_REACH = 120  # characters from " speaking " to the verb it stands before
# a relative clause opened by a preposition and "which", its own subject the verb's
# "talks during which", "a speech on May 8 in which" (a date's number before it, round 671)
_PREPOSITION_WHICH = lazy_compile(r"[a-z\d] (?:during|in|at|after|through) which $")
_WHICH_SUBJECT_REACH = 60  # characters of "during which the two foreign ministers" before a verb
_NOT_BEFORE_SPEAKING = frozenset({"while", "when", "before", "after", "by", "on", "was", "is"})
_PARTICIPLE_OPENING = lazy_compile(r"[A-Z][a-z]+ing ")  # "Commending ", "Welcoming "
_PLACE_APPOSED_NOUNS = ("capital, ", "city, ")  # "in South Sudan's capital, Juba": a name
_CLOSED_QUOTATIONS = (",” ", '," ')  # a quotation closed by its comma, then the name
_RELATIVE_IN_APPOSITION = (" that ", " which ", " who ", " whom ", " whose ")
_ENVOYS = frozenset({"ambassador", "envoy", "consul", "embassy", "diplomat"})
_MINISTER_DIPLOMAT = frozenset({"top", "chief", "foreign"})  # "the top diplomat": the minister
# the words of a diplomat's title or service ("Ministry of Foreign Affairs", "Ambassador")
_DIPLOMATIC = frozenset({"foreign", "ambassador", "embassy", "envoy", "consul", "diplomat"})
_DASHES = ("—", "–")  # setting off an aside
_BARE_MINISTER = frozenset({"minister"})  # a title naming no portfolio
_WHO_REACH = 100  # characters from ", who " to its verb past an adjunct
_TIME_ADVERBS = frozenset({"shortly", "soon", "later", "earlier", "once", "recently", "then"})
_BODIES = frozenset({"ORG", "GPE", "LOC"})  # what a relative "which" may stand for as a
# speaker: a seat read as a place too ("pressure from the White House, which argued"; round 441)
_RELATIVE_WORDS = frozenset({"who"})  # "X who said": a person, not "the thing which said"
_INFINITIVE_OBJECT_BEFORE = lazy_compile(r" to [a-z]+ (?:a|an|the|his|her|their) [a-z]+$")
_DOCUMENT_MODIFIERS = frozenset({"press", "news", "media"})  # "a X press release"
_STATE_BODY_HEADS = frozenset({"ministry", "department", "government", "office", "court"})
_REPORTS_MODIFIERS = frozenset({"media", "local"})  # "local reports said" too
# when the reports came, no one named as issuing them ("Initial reports suggested"; stfix154)
_REPORTS_MODIFIERS |= frozenset({"initial", "earlier", "early", "preliminary", "unconfirmed"})
# who gave the reports, unnamed: "Witness accounts from X suggest that Y" (round 688)
_REPORTS_MODIFIERS |= frozenset({"witness", "eyewitness", "survivor"})
_REPORTS_NOUNS = frozenset({"reports", "accounts", "testimonies"})
# what may stand between an issuer's "'s" and its document: "(XO) 2024 annual report"
_DOCUMENT_ADJECTIVES = frozenset({"annual", "latest", "new", "official", "final", "joint"})
_DROPPED_BEFORE_ISSUER = lx.DROPPED_DETERMINERS | {"official"}  # "an official X statement"
_HEADS_OF = lazy_compile(r" of (?:state|government)(?: and (?:state|government))?\b", re.I)
_NAME_WORDS_BEFORE_ASIDE = 5  # "The Islamic Republic of Norland, a backer of X,": a name
_FORMER_LATTER = frozenset({"former", "latter"})  # "the former": the first of two named
_AHEAD = 400  # how far after a role mention the person holding it may be named
# how far after a role mention no person named before it in the body (a lede's "X's defence
# chief has called for Y", its holder named paragraphs on) the first person named may stand
_LEDE_NAMED_AHEAD = 800
# the names listed after "of", commas between them, before the last two ("of A, B, C and D")
_LISTED_OF = lazy_compile(r"(?:of|from|by) (?:(?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}, )+")
_LIST_TAIL = lazy_compile(  # "A and B", or "and B" after a serial comma
    r"(?:(?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2} )?and (?:the )?[A-Z][\w’'-]*"
    r"(?: [A-Z][\w’'-]*){0,2}"
    r"(?: (?:on |last |this |early |late )?(?:[A-Z][a-z]+day|week|month|morning|evening))?"
)  # "... of A, B and C on Wednesday stressed": the time no name of the list
_INVERTED_SAID = lazy_compile(r"[”\"],? ([a-z]+) ")  # '"...," stressed X': the verb before the name
_SAID = r"said|says|told|added|stated|made (?:the|this|these) (?:statement|remarks?|comments?)\b"


def _says_after(verbs: str, unclosed: str, reach: int) -> re.Pattern[str]:
    """A name's verb of saying after it, an apposition between ("X, the future head of
    diplomacy, said"), its closing comma left out before the verbs ``unclosed`` names."""
    return lazy_compile(
        rf",?\s+(?:[^,.;:\n]{{1,80}},\s+|(?<=, )the [^,.;:\n]{{1,{reach}}}? (?={unclosed}))?"
        rf"(?:on [A-Z][a-z]+day\s+|\w+\s+)?(?:{verbs})\b"  # "X, ..., on Tuesday stressed"
    )


# "X said", "X, the presidential advisor on Y said": its closing comma left out (round 328)
_SAYS_AFTER = _says_after(_SAID, r"said\b", 80)
# whom an indefinite mention means, named next: any verb of saying names them ("X, a media
# officer for Y, confirmed to CNN", "X replied:"), an apposition's closing comma left out
# before "told" too (stfix81); not whom a definite title means (the next one confirming may
# hold another office)
_SPEAKS_AFTER = _says_after(
    rf"confirmed|replied|stressed|emphasi[sz]ed|reiterated|{_SAID}", r"said\b|told\b", 100
)  # "X, spokesman for Y, on Tuesday stressed" names "a spokesman for the world body" (round 496)
# "X, who also serves as Canada's top negotiator with the U.S., says": an apposition whose
# abbreviations hold full stops
_SAYS_AFTER_APPOSITION = lazy_compile(
    r", (?:who|a|an|the) [^;:\n]{1,100}?, (?:\w+ )?(?:said|says|told|added|stated)\b"
)
_ALIAS_APPOSITION = lazy_compile(
    r", (?:also |otherwise |better |commonly |popularly |widely )?(?:known|referred to) as "
)  # "X, commonly known as Hemedti, said" (newuser48)
_BEFORE_SUBJECT = lx.DETERMINERS | {"and", "of", "to"}
# an owner's possessive split off a title ("Chief Adviser's Press Secretary X"): the name still
# heads its clause, the title its owner's (stfix144)
_POSSESSIVE_MARKS = frozenset({"’s", "'s"})
# a list of groups after a person, its verb in the plural: "X, world leaders and organisations
# around the globe have expressed": a plural subject
_PLURAL_LIST_AFTER = lazy_compile(
    r", (?:[a-z][\w-]* ){1,3}and [a-z][^,.;:\n]{0,80}? (?:have|are|were)\b"
)
_AS_BEFORE_TITLE = ("As ", "as ", "As the ", "as the ")  # "As Prime Minister, I ...": a capacity
_LIST_GAP = lazy_compile(r"(?: [IVX]+)?, ")  # "John Paul II, Benedict XVI": a list's comma
_LIST_GOES_ON = lazy_compile(  # ", and Pope C"; "A, B, and other officials": the list's last
    r"(?: [IVX]+)?(?:,? and [A-Z]|, [A-Z]|, and others?\b)"  # person, no subject "he" stands for
)
_WITH_OBJECT_WORDS = 4  # "with his Turkish counterpart": a preposition's object, then a name
_NOT_COMMA_MARKS = frozenset(".\n;:")  # the clause marks but a comma (see _clause_start)
_AGENT_TITLE_WORDS = 8  # "by the Navy Chief of Policy and Plans": a passive's titled agent
# "by" of a passive's agent, or a subordinator opening a clause not the sentence's main one
_AGENT_OR_SUBORDINATOR = frozenset(
    {"by", "when", "while", "as", "after", "before", "since", "until"}
)
_SENTENCE_REACH = 600  # characters from a main clause's subject to a subordinate's, at most
_SENTENCE_END = lazy_compile(r"[a-z]{4}[.!?][”\"]? +[A-Z“\"]")
_DOCUMENT_TITLE_UNITS = 9  # "The State of the Nation Report": a document's capitalised title
_TITLE_JOINTS = frozenset({"of", "the", "and", "on", "for"})
_TIME_PREPOSITIONS = frozenset({"after", "before", "during", "following"})
_TITLE_UNITS = frozenset({"ROLE", "GPE", "ORG"})  # a title's words: "Latvia's Foreign Minister"
_KNOWN_BEFORE_NAMES = (
    lx.DETERMINERS | _NOUN_WORDS | lx.ORG_HEADS | lx.ADVERBS | set(lx.SUBJECT_PRONOUNS)
)
_NOT_SUBJECT_STARTS = lx.PREPOSITIONS | lx.ADJUNCT_STARTS
_PHRASE_WORDS = _NOUN_WORDS | lx.ORG_HEADS | NEWSPAPER_NOUNS | {"'s", "’s"}
_PHRASE_NOUNS = _PHRASE_WORDS - lx.DETERMINERS
_BEFORE_INFINITIVE = lx.BE_FORMS | {"to"}
# who was made to speak: "forcing X to say", "forced X to announce" (X's words, said)
_FORCED_TO = lazy_compile(r" forc(?:ed|ing|es) ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}) to$")
# who was led to speak: "led academics to warn", "prompted Minister X to say" (round 375),
# "inciting the United Nations to call for" (round 625)
_LED_TO = lazy_compile(
    r" (?:led|prompted|prompting|incited|inciting|spurred|spurring) (?:the )?"
    r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}|[a-z]{3,}s) to$"
)
_LED_CUES = (" led ", " prompt", " incit", " spurr")  # its cheap test: one of them before
_WORD_MARKS = "’'-"  # a word may hold these ("Van's", "Thai-Lao")
_JOINERS = "_" + _WORD_MARKS  # what a word holds beside letters and digits
_NEXT_WORD = lazy_compile(r"\s+([\w’'-]+)")
_CAPITALISED_WORD = r"[A-Z](?:[\w’'-]+|\.)"  # "Sidharto R. Suryodipuro" keeps its initial
# starts with its capital, not with the optional words before it: the engine then skips
# straight to capitals instead of trying every offset
_CAPITALISED_RUN = f"({_CAPITALISED_WORD}(?: {_CAPITALISED_WORD}){{0,2}})"
# an adverb between a name and its verb: "X also said", "X has nevertheless proposed" (round 595)
_NAME_ADVERBS = ("also", "further", "again", "then", "nevertheless", "nonetheless", "already")
_NAME_ADVERB = "(?:" + "|".join(_NAME_ADVERBS) + ")"
_NAME_ADVERB_WORDS = frozenset(_NAME_ADVERBS)
_NAME_BEFORE_VERB = lazy_compile(_CAPITALISED_RUN + rf"\s+(?:{_NAME_ADVERB}\s+)?$")
# the same where a later word opens with an Arabic particle ("Muqtada al-Sadr") or "has" or
# "had" stands before the verb ("X al-Y has reaffirmed": round 587); searched only then
# adverbs of time only a perfect's auxiliary stands before ("JJ has since urged": stfix158)
_PERFECT_ADVERBS = ("since", "recently", "previously")
_PERFECT_ADVERB = "(?:" + "|".join(_PERFECT_ADVERBS) + ")"
_PARTICLED_NAME_BEFORE_VERB = lazy_compile(
    f"({_CAPITALISED_WORD}(?: (?:[ae]l-)?{_CAPITALISED_WORD}){{0,2}})"
    rf"\s+(?:ha[sd]\s+(?:{_PERFECT_ADVERB}\s+)?)?(?:{_NAME_ADVERB}\s+)?$"
)
_OPENING_MARKS = ("“", '"')
_PAST_REACH = 16  # characters of the past tense before a colon
_PAST_BEFORE_COLON = lazy_compile(r" ([a-z]+ed)$")  # "answered", "replied", "responded"
# a list's or a title's colon, not an answer's ("the list included:")
_PAST_NOT_SPEECH = frozenset({"included", "listed", "named", "entitled", "titled"})
# a name of two or three words in apposition, between commas: "Minister of ..., X Y, said"
_APPOSED_NAME_BEFORE_VERB = lazy_compile(
    r"(?<=, )([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}), (?:(?:also|further|again|then)\s+)?$"
)
# a name of two or three words opening its sentence, then a lowercase role in apposition ("the
# spokesman for X", "a spokesperson for X": round 518); what stands before its capital is read
# after it: a pattern opening with a class, which the engine scans for, not with assertions it
# tried at every character
_NAME_THEN_ROLE = lazy_compile(
    r"([A-Z](?:(?<=^.)|(?<=\n.)|(?<=\. .))[\w’'-]+(?: [A-Z][\w’'-]+){1,2}), "
    r"(?:the |an? )?([a-z]+)\b[^,.]{0,60}, $"
)
# a name opening its sentence, then what it is, a newspaper of a place ("La Nacion, a Buenos
# Aires newspaper, said": round 591); the outlet speaks
_NAME_THEN_OUTLET = re.compile(  # compared with `match.re`: compiled now
    r"([A-Z](?:(?<=^.)|(?<=\n.)|(?<=\. .))[\w’'-]+(?: [A-Z][\w’'-]+){1,2}), "
    r"(?:the |an? )(?:[\w’'-]+ ){0,3}(?:newspaper|daily|broadcaster), $"
)
# an unrecognised name set off as a body ("Nasscom, the IT industry’s leading organization,")
_NAME_AS_BODY = lazy_compile(
    r", (?:the|an?) (?:[\w’'-]+ ){0,4}(?:organi[sz]ation|association|federation|body|"
    r"institution|chamber|union|company|firm|group)\b"
)
_OUTLET_ENDINGS = ("newspaper, ", "daily, ", "broadcaster, ")
# the same after an opening phrase's comma, its role described ("At that point, Ana Berg, a
# Ministry deputy director general, suggested"): a role noun in the apposition's last words
_NAME_THEN_DESCRIBED_ROLE = lazy_compile(
    r"(?<=, )([A-Z][\w’'-]+ [A-Z][\w’'-]+), an? (?:[A-Z]\w+ )?((?:[a-z-]+ ){0,2}[a-z-]+), $"
)
_VERB_THEN_COPULA = lazy_compile(r"[a-z]+ (?:is|was|are|were|will|would|has|had) ")
_UPPER = lazy_compile("[A-Z]")
_PERFECT_AUXILIARIES = frozenset({"has", "had"})  # "X has nevertheless proposed"
_INSERTED_NAME = lazy_compile(r"\[([A-Z][\w’'-]+)\] $")  # a first name an editor added
_HONORIFIC_PRONOUNS = frozenset({"highness", "excellency", "majesty"})
_STYLE_ADJECTIVES = frozenset({"royal", "imperial", "serene"})  # "His Royal Highness"
_ORGANISER_NOUNS = frozenset({"organizer", "organiser", "organizers", "organisers"})
# an organisation called the organiser: "organizer The X Coalition", "the organisers, the Y,"
_ORGANISER_TITLE = lazy_compile(r"\borgani[sz]ers?,? (?:[Tt]he )?")
_JOINED_INDEFINITE = lazy_compile(r" and an? ")  # the article of a pair's second
_AGE_APPOSED = lazy_compile(r", \d{1,3},?$")  # "X, 88, said": an age in apposition
_INDEFINITE_OPENINGS = ("a ", "an ")  # an apposition describing the name before it
_AGE_ONLY = lazy_compile(r"\d{1,3}")  # "X, 70, who ...": an age alone between two commas
# a return in apposition: "X, just back from a visit to Cuba, said", "X, fresh from talks,"
_RETURN_APPOSED = lazy_compile(
    r", (?:just |newly |freshly |recently )?(?:back|fresh|returned|returning|home) from [^,;]+,?$"
)
_RETURN_REACH = 80  # characters of ", just returned from a visit to Cuba,"
_AGED = lazy_compile(r"\d+-year-old")  # "the 70-year-old said": the person last named
_AGED_EPITHET_UNITS = 6  # "the 85-year-old former law professor": the article, age, 4 words
_COMPANION_OPENERS = frozenset({"together", "along"})  # "Together with X, Y said"
_COMPANION_OPENERS |= {"like", "unlike"}  # "Like X, Y also said": Y's (round 389)
# a subordinate clause opening a sentence, set off by its comma before the main clause's subject:
# "Since assuming power, the president has sought X, vowing Y" (round 603)
_SUBORDINATOR_OPENERS = frozenset({"since", "although", "though", "because", "once", "until"})
# a past participle's phrase on the question put, before the one who answers: "Asked about X,
# Y answered:" over a quotation (round 603's "When he was asked ..., Al-Sharaa answered:")
_SUBORDINATOR_OPENERS |= {"asked", "questioned", "pressed", "contacted", "reached"}
# prepositions no list above holds that open a phrase before the subject: "Despite the
# uncomfortable exchange, X described Y as Z, noting W": X's (round 638)
_OPENING_PREPOSITIONS = frozenset(
    {"despite", "besides", "beyond", "throughout", "notwithstanding", "regarding", "concerning"}
)
_STYLE_ACRONYMS = frozenset({"hrh", "hih", "hsh", "hm", "hh"})  # "HRH said": His Royal Highness
_ASIDE = lazy_compile(
    r",\s+(?:for (?:his|her|its|their|our) part|in (?:his|her|its|their) turn|in turn|"
    r"meanwhile|however|in response|in reply"
    r"|at the same time|in addition|likewise|moreover|furthermore"  # "X, at the same time, said"
    r"|today|yesterday|(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"  # "X, today, states"
    r"|in (?:a|an|its|his|her|their) (?:\w+ )?(?:statement|release|message|post|interview)"
    r"|[RDI]-[A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?),$"  # a US lawmaker's party and state: "Sen. X,
)  # R-Idaho, said" (round 584); "MEA, in its statement, said"
# a day between a subject and its verb with its closing comma alone ("The Government on
# Wednesday, announced that", round 409): the subject before it
_TITLED_NEXT_CLOSE = 200  # characters after an unnamed role its untitled holder is named in
# an occasion between an apposition and the verb with no closing comma ("X, a former senator,
# in his presidential campaign stressed Y"; round 584)
_UNCLOSED_OCCASION = lazy_compile(r"(?:in|during|at) (?:his|her|their|its|the|a) [a-z -]{3,40} ?")
_UNCLOSED_DAY_WORDS = ("on ", "today", "yesterday")  # how an ``_UNCLOSED_DAY`` opens
_UNCLOSED_DAY = lazy_compile(r"(?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday) ?")
_UNOPENED_DAY = lazy_compile(
    r"(?<=\w) (?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday),$"
)
_PREPOSITIONAL_ASIDE = lazy_compile(
    r", (?:(?:based|living|residing|exiled|stationed) )?"  # "X, based in the UK, vowed" (round 460)
    r"(?:(?:published|posted|issued|released) )?"  # "The statement, published on Y, said"
    # a person's taking office: "X, elected on January 9th, told parliament" (round 634)
    r"(?:(?:elected|re-elected|appointed|sworn in|inaugurated) )?"
    r"(?:in|at|during|on|upon|after|before|following) [^,]{3,90},$"
)
# "X, when asked about Y following a meeting with Z, said": a question put between them
_ASKED_ASIDE = lazy_compile(r", (?:when|after being|after|while being|if) asked [^,]{3,140},$")
_ASKED_REACH = 160
# how far before a verb its subject is read: no subject runs 500 characters without a clause's
# comma or stop (300 changes no statement of the 5,992 dev texts), and a run-on paragraph ("He
# said He said ...", thousands of verbs in one "sentence") read back to its start at each verb
# cost the square of its length: 25 KB, 30 seconds
SUBJECT_REACH = 500
_OPENING_TIME = lazy_compile(  # a day or time opening a sentence before its subject
    r"(?:On|Last|This|Earlier|Later) [\w ]{3,30}|Today|Yesterday|Meanwhile"
)
# a fixed prepositional phrase opening a sentence before its subject, no comma after it, not
# one going on to its object ("In exchange for X, ...")
_FIXED_OPENING = lazy_compile(
    r"In (?:exchange|return|addition|response|reply|turn) (?!(?:for|to|of|with|from|the wake)\b)"
    r"|In (?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?: \d{4})?|\d{4}) (?=[A-Z]|the )"
    r"|In (?:a|an|its|his|her|their) (?:[a-z-]+ ){0,3}(?:statement|speech|address|interview"
    r"|letter|message|post|release|communiqu[eé]) (?=[A-Z]|the )"
)  # "In June China’s embassy warned": a month or a year, no comma after it (round 427); "In
# a highly critical statement the ministry has accused": where it spoke (round 592)
_OPEN_ASIDE = lazy_compile(r",\s+(?:on|for) (?:his|her|its|their|our) part$")
# the capitalised words a name runs over before its head noun ("the Norland-Tarn " Society)
_CAPITALISED_WORDS_BEFORE = lazy_compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]* )+)$")
# a name's capitals (figures after the first) after a lowercase word: "the GenZ 212 movement"
_CAPITALS_BEFORE_LOWERCASE = lazy_compile(r"(?<=[a-z] )([A-Z][\w’'-]* (?:[A-Z0-9][\w’'-]* )*)$")
# a describing compound before a body's noun: "the youth-led movement", "the student-run union"
_DESCRIBING = lazy_compile(r"[a-z]+-(?:led|run|backed)")
_CAPITALISED_COMPLEMENT = lazy_compile(r"(?: of (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*){1,2}")
_OPENING_NAME_REACH = 8  # the blank line and a title ("Dr ") before a paragraph's first name
_OPENING_TITLE_REACH = 40  # the blank line and a title of words ("Labour MP ") before it
_ADVERB_CHARS = 16  # "and Y subsequently said": the adverb a coordinated subject may take
_JOINED_ADVERBS = ("ly", " also", " later")
# the country or nationality before a person's title: "US President", "Cambodia’s Prime Minister"
_COUNTRY_BEFORE_TITLE = lazy_compile(r"(?<![\w.’'-])(?:(?:[A-Z]\.){2,}|[A-Z][\w-]*(?:[’']s)?) \Z")
_COUNTRY_CHARS = 24
# finite verbs a clause before "and" may hold: be and the auxiliaries, and common irregular pasts
_FINITE_VERBS = (
    lx.BE_FORMS - {"be", "been", "being"}
    | lx.AUXILIARIES
    | frozenset(
        {"spoke", "met", "held", "made", "went", "came", "took", "gave", "left", "sent", "began"}
    )
)
# what a word after which a past participle is an adjective or an object ends in: "the elected
# president", "of the invited guests", "and unnamed officials"
_HONORIFICS = frozenset({"mr", "ms", "mrs", "dr"})
_NOT_SUBJECT_ENDS = lx.DETERMINERS | lx.PREPOSITIONS | {"and", "or", "who", "which", "that"}
_PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "you", "him", "her", "me", "us"})
_NOMINATIVE_PRONOUNS = frozenset({"he", "she", "i", "we", "they"})  # a clause's subject
_TITLED_SPANS = 4  # spans a titled mention holds at most: country, title, name
_OFFICE_OWNERS = {"his": "he", "her": "she"}  # "his office said": the office of whom "he" is
_OPENING_PRONOUNS = ("He ", "She ", "he ", "she ")
_FRONTED_TOPIC_REACH = 160  # "As for X, the head of Y, he says": X before the pronoun
_PRONOUN_AFTER_COMMA = 24  # ", he has also reiterated": the comma before a pronoun's verb
_SUBORDINATE_CLAUSE_REACH = 120  # "when X announced the ceasefire on social media,"
_SAME_PRONOUN_CLAUSE_REACH = 240  # "While he A, he B": the sentence's start before the comma
_SUBORDINATE_PRONOUN = lazy_compile(  # a sentence opening on a subordinator and a pronoun
    r"(?:While|Whilst|Although|Though|When|As|After|Before|Since|Once|Because|Even though"
    r"|Even as) (he|she) "
)
_SUBORDINATOR_LENGTH = 8  # "although "
_FINITE_AFTER_NAME = lx.BE_FORMS | lx.AUXILIARIES | {"said", "says", "spoke", "told", "met", "made"}
# irregular pasts of a subordinate clause's own: "as X sat beside Y, he described" (round 561)
_FINITE_AFTER_NAME |= {"sat", "stood", "left", "went", "came", "flew", "took", "held", "gave"}
_NON_FINITE_BE = frozenset({"be", "been", "being"})
_ORDINAL = lazy_compile(r"\d+(?:st|nd|rd|th)")  # "14th"
_SUBJECT_SUBORDINATORS = frozenset(
    {"when", "after", "since", "once", "before", "because", "although", "though", "while", "as"}
)
_ISSUING = frozenset({"issued", "released", "published", "posted", "sent"})
_TEAMS = frozenset({"team", "unit", "cell"})  # "the junta's information team"
_TWO_DOCUMENTS = frozenset({"both", "two"})  # "both statements", "the two reports"
_SPOKESPERSONS = lx.OFFICES["spokesperson"]  # who speak for an office, its statement theirs
_FIRST_OF_TWO_OWNERS = lazy_compile(r"^[^’' ]+(?: [^’' ]+)?[’']s (?=.+[’']s )")
_POSSESSIVE_GAPS = ("’s ", "'s ")
# A country or its people's word, perhaps owning, and a lowercase word before an office's head
# ("Romania’s foreign" of "Romania’s foreign ministry").
_APPOSED_NAME = lazy_compile(r" ([A-Z][\w’'&-]+)(?= [a-z])")  # "company Norgaz shipped"
# the comma in a title's list of fields: "Political, Security and Legal Affairs Minister"
PORTFOLIO_LIST_COMMA = lazy_compile(r",(?= (?:[A-Z][a-z]+ ){1,3}and (?:[A-Z][a-z]+ ){1,3}[A-Z])")
_PLACED_OFFICE = lazy_compile(r"\b([A-Z][a-z]+)(?:’s|'s)?(?: [a-z]+)?$")
# a lowercase owner before a named group of two words or more ("the junta’s foreign ministry",
# "the bloc's top diplomats"): a determiner, as "the" is; a name's own ("Norland’s foreign
# ministry") and a bare noun's ("the president’s office") stay, as does the owner of an
# "official spokesman", a post's title ("the prime minister's official spokesperson")
_COMMON_OWNER = lazy_compile(r"[a-z][a-z -]*[’']s (?!official )(?=\S+ \S)")
_OFFICIAL_POST = "s official "  # of "’s official spokesman", "'s official spokesperson"
# and the prepositions a gerund follows: "X, by leaving the post, argued" (round 299)
_GROUP_MODIFIERS = frozenset({"representing", "including"})  # after a group's noun
# the nouns a participle's phrase may follow, dropped ("Media carrying the agency's statement
# stressed": the media, round 688)
_PHRASED_GROUP_NOUNS = lx.GROUP_NOUNS | {"media"}
_ENDING_KINDS = frozenset({"WORD", "LOC", "GPE", "ORG"})  # the words a name's last ones may be
_SHORTEST_PARTICIPLE = 5  # letters: "being", "thing", "string" no participle's phrase here
_CLAUSE_CONTRASTS = frozenset({"but", "whereas"})  # no subject runs over one
_OTHERS = frozenset({"other"})
_PARTITIVES = frozenset({"some", "many", "most", "several"})
_OBJECT_PREDETERMINERS = frozenset({"both", "all"})  # "praised both nations": a verb's object
_PLACING_PREPOSITIONS = frozenset({"at", "in", "of"})  # "head of delegation at the ICRC"
_PORTFOLIO_JOINTS = frozenset({"for", "on"})  # "High Commissioner for", "Rapporteur on"
_PORTFOLIO_WORDS = 3  # capitalised words of a title's portfolio at most ("Human Rights")
_FIELDED_HEADS = frozenset({"ministry", "department"})  # named by the field they govern
_NOT_PORTFOLIO = lx.DROPPED_DETERMINERS | lx.PREPOSITIONS | {"and", "or"}  # "the ministry of
# the interior" is named by the recogniser or not at all
_PERCENT_WORDS = frozenset({"percent", "per cent", "pc"})  # "40 percent of voters"
_SHARE_HEDGES = frozenset({"about", "around", "nearly", "almost", "over", "only", "just"})
_SHARE_REACH = 200  # characters before a bare share ("8% said") its group's share may stand
_DOCUMENT_PARTS = frozenset({"part", "parts", "excerpt", "excerpts", "extract", "extracts"})
_ASIDE_SUBORDINATORS = frozenset(
    {"while", "whilst", "when", "after", "before", "by", "without", "upon"}
)
_COMPANY = lazy_compile(  # "X, in conjunction with A and B, noted": those with X do not speak
    r", (?:in conjunction with|together with|along with|accompanied by|joined by|flanked by"
    r"|(?:co-)?chaired by|presided over by|convened by|alongside) "
)  # "The summit, chaired by President X, has called on": the summit speaks (round 328); "Xi,
# alongside Russian President X, highlighted": Xi (round 607)
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})
_NATION_NOUNS = frozenset({"nation", "country", "state", "archipelago"})  # "the nation of X"
_FIELD_ENDINGS = ("ian", "ary", "ic", "al")  # humanitarian, military, economic, political
_NO_FIELDS = frozenset(  # adjectives so ending that name a rank or a standing, not a field
    {"general", "special", "principal", "national", "international", "official", "honorary"}
)
_HEADED_BODIES = frozenset({"mission", "delegation", "embassy", "consulate", "office"})
_BY_PUBLISHER = lazy_compile(r" by (?:the )?((?:[A-Z][\w’'-]+ ?){1,4})")  # "by the Daily Herald"
_ROLE_OBJECT_JOINTS = frozenset({"to", "of", "for"})  # "adviser to", "aide of", "envoy for"
# the spell of time before "ago" between a subject and its verb ("had long ago declared")
_AGO_SPELLS = frozenset(
    {"long", "years", "months", "weeks", "days", "decades", "year", "month", "week", "day"}
)
_FAR_SPELLS = frozenset({"so", "thus"})  # "so far", "thus far" between subject and verb
_ROLE_PLACE_JOINTS = frozenset({"in", "of", "for", "from", "at"})  # "MP for X in Kent"
_ACRONYM_LETTERS = 5  # "MOD", "IRGC", "FARDC": an organisation's initials
_PLURAL_INITIALS = lazy_compile(r"[A-Z]{2,5}s")  # "MEPs", "NGOs": members named by initials
_POSSESSIVE = ("'s", "’s")  # after a name: its owner ("Ban's spokesman X" is not Ban)
# a name's last "s", then its owner's bare mark ("Marcos’ office")
_BARE_POSSESSIVE = ("s’ ", "s' ")
_EXAMPLES_BEFORE = lazy_compile(  # the list of examples a subject ends in, to the clause's end
    r" (?:like|such as|including) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*"
    r"(?:, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)*, $"
)
_NOT_IN_SUBJECT = lx.PREPOSITIONS | lx.CLAUSE_WORDS | lx.BE_FORMS | lx.AUXILIARIES
# "as X announced the package", ", however a source told X"
_RELATIVE_HEAD_DETERMINERS = frozenset({"a", "an", "the", "this", "that"})
_CROWNS = ("king", "queen", "emperor", "empress")  # the titles "the monarch" may stand for
_PREDICATE_ADVERBS = frozenset({"also", "then", "later", "again", "first", "warmly"})
_IRREGULAR_PASTS = frozenset({"met", "held", "gave", "took", "shook", "sent"})
_CONJUNCTIONS = frozenset(
    {"and", "but", "while", "as", "however", "whereas", "yet"}
    | {"moreover", "furthermore", "additionally"}  # "Moreover he expressed": no comma after
    | {"so", "thus"}  # "..., so diplomats said X": the clause's joint (round 404)
)
# a relative clause set off by commas after an opening phrase ("In Peru, where X served, Y
# expressed"; "With X, who chairs Z, Y said": Y; round 629)
_RELATIVES_SET_OFF = frozenset({"where", "which", "who", "whose"})
# what opens a second adverbial phrase after a leading one ("given the absence of X")
_SECOND_ADJUNCT_STARTS = (
    lx.ADJUNCT_STARTS | lx.PREPOSITIONS | {"given", "despite"} | _RELATIVES_SET_OFF
)
_FURTHER_ADJUNCTS = 2  # phrases set off by commas after an opening one, at most
_SITES = frozenset({"website", "site", "webpage", "page", "portal"})
_WENT_ON = lazy_compile(r"\s+(?:went|goes|go|going)\s+on\s+to$")
_CONTINUED_TO = (" continues to", " continued to", " continue to")
_CONTINUED = lazy_compile(r"\s+(?:has |have )?continu(?:es|ed|e) to$")
# A full stop without its space between two words ("consultations.They"), not a name's
# ("News.Az")
_RUN_ON = lazy_compile(r"[a-z]{3}\.[A-Z][a-z]{2}")
_INDEFINITES = frozenset({"a", "an"})
_ONE_OF_THEM = ("One ", "Another ")  # opening a sentence: one of a group named before
_BODY_HEADS = frozenset({"group", "organisation", "organization", "company", "firm", "watchdog"})
_NEXT_STOP = lazy_compile(r"[.!?][”\"]?\s+")  # the end of the sentence, then the next one's start
_NEXT_STOP_REACH = 300  # characters from a subject to its sentence's end
_PLURAL_GROUPS = sorted(  # capitalised too: "the US Congressmen"
    [f"[{n[0]}{n[0].upper()}]{n[1:]}" for n in lx.GROUP_NOUNS if n.endswith(("s", "men"))]
    + ["MPs"]  # "A cross-party group of UK MPs ... They say" (round 489)
    + ["[Ff]aithful", "[Pp]olice"]  # plurals with no "s": "Some faithful ... they chanted"
)
# A sentence opened by a group: "The (two) sides ...", "Both parties ...", "Delegates ..." (no
# determiner: round 376)
_GROUP_OPENING = lazy_compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?])(?=[A-Z])|(?<=\n)"
    r"|(?<=[.!?][”\"] ))"  # after a quotation closing its sentence: '“Welcome.” The faithful'
    r"(?:(?:The|Both|All) (?:both |all )?"
    r"|An? (?:[a-z-]+ )?(?:group|number|coalition) of )?"  # "A cross-party group of UK MPs"
    r"((?:[A-Z][A-Za-z]+ )?(?:(?!the |a |an )[a-z]+ )?(?:" + "|".join(_PLURAL_GROUPS) + r"))\b"
    r"(?! [A-Z])"  # not a title before names: "Ministers X and Y discussed"
    # or the subject of a reported clause: "IRNA says the two foreign ministers discussed", or
    # of one after an opening phrase: "Following the talks, the two ministers held" (round 161)
    r"|(?:(?<= says | said | that )|(?<=[a-z], ))(?:the|both|all|some|many|several) "
    r"((?:(?!the |a |an )[a-z]+ ){0,2}(?:" + "|".join(_PLURAL_GROUPS) + r"))"
    r"(?= (?:[a-z]+ed|held|met|had|made|gave|took|spoke)\b)"  # "the two diplomats held a
    # press conference, in which they called on" (round 331)
)
# determiners of someone not named before: "a spokesman", "one western diplomat", "another
# official" (the whole family of English indefinite singular determiners)
_INDEFINITE = frozenset({"a", "an", "one", "another"})
# where a group unnamed by any noun is, "those" its head: "Those on board said X"
_THOSE_PRESENT = frozenset({"on board", "aboard", "onboard", "present", "in attendance"})
_AUXILIARY_ENDINGS = (" did", " does", " do", " has", " have", " had", " will", " would")
_INSTRUMENTS = ("through ", "via ")
# an aside after a subject's comma whose closing comma was lost: an adverb alone, or a
# participle phrase ("X, however said", "X, commenting on Y said")
_UNCLOSED_ASIDES = (
    *("however", "meanwhile", "commenting ", "responding ", "replying ", "reacting "),
    "who ",  # "X, who returned from Y on Sunday said": a relative clause left unclosed
)
_SERVED_AFTER = (" for ", " of ", " to ")
_SERVED_JOINTS = frozenset(joint.strip() for joint in _SERVED_AFTER)
_DESCRIBED_BODY = lazy_compile(
    r" (?:for|of) the (?:[A-Z][a-z]+ )?(?:[a-z]+ ){0,2}"
    r"(?:body|agency|organi[sz]ation|watchdog|ministry)\b"
)  # a body named by a lowercase description: "for the world body", "of the agency", "for
# the Chinese foreign ministry" (round 527)
_SOURCE_ENDINGS = (" reported.", " reports.")  # "..., the news agency EFE reported."
_SOURCE_TAIL = 16  # characters before a sentence's start its source's verb ends in
_PLACE_TYPES = frozenset({"GPE", "LOC"})
# what a place is, apposed after its name ("Beirut, the Lebanese capital,")
_PLACE_NOUNS = frozenset(
    {"capital", "city", "port", "town", "village", "province", "region", "state", "island"}
    | {"district", "county", "enclave", "territory", "country", "kingdom", "republic"}
)
_PLACE_APPOSITION_REACH = 50  # characters "the Lebanese capital" and the like span
_NAME_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof"})  # a word of their own
_INDEFINITE_ARTICLES = frozenset({"a", "an"})
_ARTICLES = _INDEFINITE_ARTICLES | {"the"}
_DESCRIBING_ARTICLES = _INDEFINITE_ARTICLES | {"the"}  # opening a named person's description
# who an article leaves unnamed by its trade, not a description it names further on
_UNNAMED_NOUNS = frozenset({"official", "person", "source"})
# what opens a noun phrase that has its determiner, or is no subject's noun phrase alone
_NOT_BARE_OPENINGS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
    | {"my", "your", "one", "another", "each", "every", "any", "some", "no", "same", "other"}
    | {"and", "or", "but", "of"}
)
# an aside saying the speaker stays unnamed ("a UAE official, who requested anonymity, told")
_KEPT_UNNAMED = lazy_compile(
    r"\banonymity\b|\b(?:asked|declined|wished|wishing|refused|not) to be (?:named|identified)\b"
)
_TITLE_REACH = 50  # characters before a name its title may stand ("Ambassador of X, H.E. Mr. Y")
_APPOSED_ARTICLES = frozenset({"the", "a", "an"})  # opening an apposition after a name
_DESCRIPTION_UNITS = 16
# the prepositions opening a body noun's complement ("the largest group of shipowners")
_BODY_COMPLEMENT_WORDS = frozenset({"of", "for"})
_APPOSED_SUBJECT_REACH = 60  # characters of a subject before its apposition's comma
_RANKS = frozenset({"first", "second", "third", "last", "only", "youngest", "oldest"})
_DEFINED_BODY_UNITS = 6  # units of "the country's nuclear power agency" and the like
_POSSESSIVE_ENDINGS = ("'s", "’s")
_BODY_NOUNS = lx.ORG_HEADS | {"group", "watchdog", "regulator"}  # what a body is called
_BODY_NOUNS |= NEWSPAPER_NOUNS | {"charity", "network", "firm"}  # "X, Norway's broadcaster,"
# (stfix158)
_DESCRIBED_GROUP_UNITS = 4  # at most: "the", two words describing it, "group"
_OPENING_JOINTS = frozenset({"But", "And", "Yet"})  # a sentence's, before its subject
_COUNTING_NOUNS = frozenset({"number", "handful", "couple"})  # "a number of"
# how big a count is or grows, between its article and its noun ("a growing number of")
_COUNT_SIZES = frozenset(
    {"growing", "increasing", "rising", "large", "small", "significant", "substantial", "record"}
)
_LEADING_NOUNS = frozenset({"head", "chief", "leader"})  # "the head of X": whoever leads X
_WATCHDOGS = frozenset({"watchdog", "regulator", "agency"})  # a body its name need not say
_WATCHING_HEADS = frozenset({"monitor", "watchdog"})  # a body by what it watches
_LEGISLATURES = frozenset({"parliament", "congress", "senate", "assembly", "duma", "knesset"})
_FLOATING_QUANTIFIERS = frozenset({"both", "all"})  # after their subject: "They both said"
# how delegations in a negotiation side with a speaker ("X, supported by Y, proposed")
_STANCE_PARTICIPLES = frozenset({"supported", "backed", "joined", "echoed", "opposed"})
_HEADED_PARTICIPLES = frozenset({"led", "headed", "chaired"})  # "The mission, led by X, said"
_HEADED_BY = tuple(f"{participle} by " for participle in sorted(_HEADED_PARTICIPLES))
_GROUP_DETERMINERS = frozenset({"The", "A", "An", "Both", "All", "Some", "Many", "Its", "Their"})
_CLAUSE_JOINTS = (", but ", ", and ", ", while ", ", yet ", "; ")  # a second clause's opening
# the clause's verb right after its subject: an auxiliary ("have been showing") or a past
_CLAUSE_VERBS = lx.AUXILIARIES | lx.BE_FORMS | {"have", "had"}
_PLURAL_PRONOUNS = frozenset({"they", "we", "They", "We"})
_PERSON_PRONOUNS = frozenset({"he", "she", "they"})
_LOWERCASE_WORD = lazy_compile(r" (?:also )?[a-z]+ed\b")  # a past verb after a subject
_PRONOUNS_CONTRACTED = frozenset({"he’s", "she’s", "he's", "she's"})  # with "is" or "has"
_NOT_BEFORE_PRONOUN = lx.CLAUSE_WORDS | {"and", "but", "or", "as", "than"}  # it opens a clause
# the words of time adverbials that stand between a subject and its verb without a comma
_TIME_WORDS = frozenset(
    {"yesterday", "today", "tonight", "morning", "afternoon", "evening", "night"}
    | {"week", "weekend", "month", "year", "this", "last", "earlier", "late", "later", "on"}
)
_DAY_ADVERBS = frozenset({"today", "yesterday", "tonight"})  # "X has today told"
_BEFORE_VERB = lx.ADVERBS | _TIME_WORDS  # what may stand between a subject and its verb
_STOPS = (". ", ".” ", '." ', "\n")  # what ends the sentence before
_RELATIVE_OPENINGS = (", which ", ", who ")
_POSTPOSED_ADJECTIVES = frozenset({"familiar", "involved", "present", "concerned"})
_COUNTRY = frozenset({"GPE"})
_FINITE_AFTER_SUBJECT = lazy_compile(r" (?:also )?(?:is|was|has|had|remains|[a-z]+ed)\b")
_BY_ISSUER = frozenset({"by", "from"})
# "the agency headed by X": who heads the issuer, not the issuer ("a statement released by the
# agency headed by Marco Rubio" was Rubio's; newuser51)
_HEADED = frozenset({"headed", "led", "chaired", "run", "directed"})
_LED = frozenset({"-led", "-backed", "-run"})  # joined to the name of who leads a body
# a photograph's note between a subject and its verb: "X (pictured) says"
_PHOTO_NOTE = lazy_compile(
    r" \((?:pictured(?: [a-z]+)?|left|right|centre|center|in picture|picture(?:, [^()\n]{1,20})?)"
    r"\)(?: |, ?)$"
)
_PHOTO_NOTE_REACH = 36  # characters of a photo note and its closing comma
# an adverb opening a sentence's leading phrase ("Elsewhere in his remarks, X ...")
_QUOTED_SENTENCES = 3  # sentences of a quotation passed back to the one before it
_OPENING_QUOTES = ('"', "“")
_INTRODUCING_APPOSITION = lazy_compile(r", (?:its|his|her|their|the) [^,.;:\n]{3,60},")
_INTRODUCING_RELATIVE_REACH = 200  # characters of a relative clause read for the pronoun
_SINGULAR_THEY_ROLES = frozenset({"spokesperson", "official", "source", "representative"})
_AIDES = frozenset({"aide", "adviser", "advisor", "assistant"})  # titles an aide goes by
_LEADER_TITLES = frozenset({"prime", "president", "premier"})  # who leads a government
# a government named by its leader: "Tusk's reshuffled government", "the Ruto administration"
_GOVERNMENT_OWNED = lazy_compile(
    r"(?:[’']s (?:[a-z-]+ ){0,2}| )(?:government|cabinet|administration)\b"
)
_RELATIVE_ADVERBS = frozenset({"where", "when"})  # opening a relative clause after a comma
_EVENT_TITLES = ("Summit", "Conference", "Meeting", "Forum")  # a named event's last noun
_BRACKETED_ACRONYM = lazy_compile(r" \([A-Z][A-Za-z]{1,9}\)(?= )")  # inside a name
_SPANS_OF_TIME = frozenset({"days", "weeks", "months", "years", "decades"})  # "Two days after"
_RELATED = frozenset({"after", "before", "later", "ago"})
_TIME_SPANS = _SPANS_OF_TIME | {"minutes", "hours", "minute", "hour", "day", "week", "month"}
_TIME_SPANS_ENDS = frozenset({"later", "ago", "earlier"})  # "Two days later,", "Hours later,"
# a phrase opening on a span of time before or after something ("Just hours before X,", "Only
# days after the vote,"): an adverbial, never the subject
_TIME_SPAN_OPENING = lazy_compile(
    r"(?:(?:[Jj]ust|[Oo]nly|[Bb]arely|[Ss]ome|[Aa] few|[A-Za-z]+) )?"
    r"(?:[Mm]inutes|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears) (?:before|after)[ ,]"
)
_LAST_TIME = lazy_compile(r" (?:week|weekend|month|year|night|\w+day),")  # after "Last"
# bodies named together under one plural head, then called by it ("the departments")
_JOINT_BODY_HEADS = {"departments": "Departments of ", "ministries": "Ministries of "}
_JOINT_BODY_SENTENCES = 2  # sentences back the bodies may have spoken
_SERVING_MODIFIERS = frozenset({"former", "current", "serving", "retired", "senior", "top"})
# lowercase words a title may carry at a clause's head ("However, centrist former Prime
# Minister X thought ..."; round 644): the clause is still X's, whom a later "he" means
_TITLE_PREMODIFIERS = _SERVING_MODIFIERS | {
    "outgoing", "incoming", "acting", "interim", "caretaker", "veteran", "centrist", "moderate",
    "conservative", "liberal", "socialist", "nationalist", "populist", "far-right", "far-left",
    "hard-right", "hard-left", "right-wing", "left-wing", "opposition",
}  # fmt: skip
_OPENING_ADVERBS = lx.ADVERBS | {"elsewhere", "afterwards", "afterward", "there"}
_OPENER_REACH = 48  # characters of an opening phrase ("With this", "In a statement issued
# on Monday evening"; round 617)


def _opening_adverbial_words(words: str) -> bool:
    """Whether the words before a sentence's first comma are a short lowercase phrase opened by
    a preposition or an adverb ("With this", "In turn", "However"), no subject of their own;
    a day's or month's name may be in it ("On Monday", "On October 27": "On October 27, the
    Joint Forces, a rebel group fighting alongside the army, announced" was no one's)."""
    first, _, rest = words.partition(" ")
    low = first.lower()
    return (
        first[:1].isupper()
        and (low in lx.PREPOSITIONS or low in lx.ADJUNCT_STARTS or low in _OPENING_ADVERBS)
        and all(word == word.lower() or word in _CALENDAR_NAMES for word in rest.split())
    )


_CALENDAR_NAMES = lx.WEEKDAYS | frozenset(MONTH_NAMES)  # capitalised, yet no subject
_TIME_OPENINGS = ("Over the ", "Over a ")  # "Over the weekend,": a time, no subject
# a possessive noun phrase's last noun, lowercase, right before a name: "This year's Nordic
# winner X"
_NOUN_BEFORE_NAME = lazy_compile(r"\b[a-z]+[’']s (?:[A-Z][a-z]+ )?([a-z]{3,}) $")
_NOUN_BEFORE_REACH = 60
_SUBJECT_UNITS = 16  # at most, of a subject read
_DOCUMENT_REACH = 4  # units before a long subject's document ("a joint statement")
_LISTED_ISSUERS = 3  # names at least, in a list of a document's issuers
_ISSUER = r"(?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}"  # "France", "the European Union"
_ISSUER_LIST = lazy_compile(f"{_ISSUER}(?:, {_ISSUER})+,? and {_ISSUER}")  # "A, the B and C"
_COUNTRY_NOUNS = frozenset({"kingdom", "country", "republic", "sultanate", "emirate"})
# what a country is called by with a word on its region or kind before: "the Gulf state"
_DESCRIBED_NATIONS = _COUNTRY_NOUNS | {"state", "nation"}
_DESCRIBED_NATION_UNITS = 4  # at most: "the", two words on it, the noun
# heads of bodies a name of their own identifies, a country's possessive before them only
# placing them ("Thailand’s Constitutional Court", "Romania’s X Party": the court, the party),
# where an office named by its function keeps its country ("Turkey’s Foreign Ministry")
_NAMED_BY_OWN_NAME = frozenset({"court", "council", "party"})
# a centre is named by its own name too: "Sri Lanka’s Disaster Management Centre" (round 689)
_NAMED_BY_OWN_NAME |= frozenset({"centre", "center"})

_TIME_LEADS = frozenset({"this", "last", "on", "late"})  # no time alone
# subjects standing for the two persons named last (tests/statements_dev/SOURCES, round 17)
_PLACE_PREPOSITIONS = (" in ", " to ", " from ", " of ", " at ", " near ")  # before a place
_MET_WITH = lazy_compile(r" (?:met(?: with)?|held (?:a |an )?(?:[\w-]+ )?(?:meeting|talks) with) ")
_PLACE_OR_BODY = frozenset({"GPE", "ORG"})  # what else "They" may stand for, two named
# a letter told of before, its writer the one who spoke "in a letter" (round 337)
_LETTERS = frozenset({"letter", "communication"})
# a lone capitalised word after a comma, then a past tense: a surname the recogniser missed
# opening its clause ("..., Son spoke highly of")
_UNTAGGED_SUBJECT = lazy_compile(r", ([A-Z][a-z]{2,}) (?:[a-z]+ed|spoke|said|met|held|made)\b")
_PAST_AFTER_SUBJECT = lazy_compile(r" (?:[a-z]+ed|spoke|said|met|held|made)\b")  # "X spoke"
_TWO_PERSONS_NOUNS = frozenset({"officials", "ministers", "leaders", "presidents"})
_TWO_PERSONS_REACH = 800  # characters back "two officials" may name the last two persons
_THE_TWO = frozenset({"the two", "both of them", "both"})
# between two persons joined as one subject: "X, and his Ecuadorean counterpart, Y"
_COUNTERPART_JOINT = lazy_compile(  # "and his counterpart, Sudland Prime Minister Y"
    r",? and (?:(?:his|her) (?:(?:then-|now-)?[A-Z][\w’'-]+ )?counterpart|(?:his|her) (?:wife"
    r"|husband|spouse)|(?:the )?first lady),? (?:[A-Z][\w’'.-]+ ){0,5}$"
)  # "and his then-Mauritian counterpart Y" (round 331); "President X and first lady Y issued
# a statement": the couple (round 442)
_SPOUSE_REACH = 20  # characters after "and" a pairing noun may end in ("and his wife ")
_PAIRING_NOUNS = frozenset({"counterpart", "wife", "husband", "spouse", "lady"})  # its last word
_WHICH_NAME = lazy_compile(r", which ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3})$")
_AND_AFTER_ASIDE = lazy_compile(r", ([a-z][^,.;:“”\"]{2,100}), and (?=[A-Z])")
_NAME_AFTER_ACCORDING = lazy_compile(
    r"ccording to (?:Mr|Mrs|Ms|Dr)\.? ([A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){0,2}),"
)
_NAME_AFTER_QUOTE = lazy_compile(r"[”\"][^\S\n]+" + _CAPITALISED_RUN + r"\s+[a-z]+ed\b")
# '"...," says X Y.': a name alone after the verb that closes a quotation, then the sentence's
# end or a comma (not '" said Norlandic diplomat.'); the verb in the present too, listed or not
# ('"...," laments Olivier, a student': round 599)
_INVERTED_VERB = "|".join(sorted({"said", "says", "adds", *lx.INVERTED_PRESENTS}))
_NAME_AFTER_QUOTE_VERB = lazy_compile(
    r"(?<=[,?!])[”\"]\s+(?:" + _INVERTED_VERB + r"|[a-z]+ed)\s+" + _CAPITALISED_RUN + r"(?=[.,;])"
)
# the same with a lowercase role noun (and a word before it) between the verb and the name:
# '"...," noted political analyst X Y.' (round 600); the role word checked by the caller
_ROLE_NAME_AFTER_QUOTE_VERB = lazy_compile(
    r"(?<=[,?!])[”\"]\s+(?:said|says|adds|[a-z]+ed)\s+(?:[a-z]+ )?([a-z]+) (?=[A-Z])"
)
_NAME_RUN = lazy_compile(_CAPITALISED_RUN + r"(?=[.,;])")
# a capitalised word opening a sentence (after a stop and a space, or a line break) before a
# lowercase word: a subject's name or a capitalised common word ("Initial figures")
_THIRD_PERSON_SINGULAR = ("he", "she")
_SENTENCE_OPENING_NAME = lazy_compile(r"(?:[.!?][”\"]? |\n)([A-Z][a-z]{2,}) (?=[a-z])")


# "the Chinese envoy conveyed": a sentence (or its opening aside) opened by a lowercase title,
# perhaps after a place's or a nationality's words, then a past verb
_LOWERCASE_TITLE_SUBJECT = lazy_compile(
    r"(?:(?<=\n)|(?<=\. )|(?<=, )|(?<=,” )|(?<=,\" ))"
    r"[Tt]he ((?:[A-Z][\w’'-]+ ){0,2})(?:[a-z]+ )??([a-z]+)"
    r"( of [A-Z][\w’'-]+)? (?:also |then |later )?(?:[a-z]+ed|is|was|has|had)\b"
)  # "the prime minister of Jamaica agreed": a title of two words and its country too
# a short phrase opening the sentence before such a title ("At the event, the ambassador ...",
# as "For his part, the envoy ...")
_OPENING_CLAUSE_WORDS = frozenset(
    {"After", "Before", "When", "While", "Since", "Once", "Although", "Though", "Having"}
)  # a subordinate clause's first word, opening a sentence
_OPENING_PHRASE = lazy_compile(r"(?:^|(?<=\n)|(?<=\. ))[A-Z][a-z]+(?: [\w’'-]+){0,4}$")


def _brand_only(name: str) -> bool:
    """Whether an organisation is named by one capitalised word with no head noun ("Cinia",
    not "Ministry"): a business, which "the company" after it means (round 340)."""
    return " " not in name and name[:1].isupper() and name.lower() not in lx.ORG_HEADS


def _government_office(head: list[Unit], name: str) -> bool:
    """Whether "the office" (or "the department") may stand for the body named ``name`` that
    spoke last: a ministry or a department, an office of government ("..., according to the
    Foreign Ministry. X, the office said."; round 406)."""
    return (
        len(head) == 2
        and head[0].low == "the"
        and not _GOVERNMENT_OFFICES.isdisjoint(fold(name).split())
    )


_GOVERNMENT_OFFICES = frozenset({"ministry", "department"})
# a body named by the office its head holds: "the diplomatic portfolio added", as translations
# from Spanish name the foreign ministry (round 583), the ministry named last
_OFFICE_HELD = {"portfolio": "ministry"}
# the nouns "the ..." names such an office by: "the office", or "the department" for a ministry
# as translations from Russian name it ("the Foreign Ministry ... the department said"; round 581)
_OFFICE_NOUNS = frozenset({"office", "department", "ministry"})


def _org_heads(name: str) -> tuple[str, str]:
    """The last word of an organisation's name, folded, before a mission's seat ("Polish
    embassy in Paris", "U.S. mission to the UN": embassy, mission), and the lowercase word
    before its owner ("press service of the Belarusian foreign Ministry": service), or the
    head its last word implies ("U.S. Treasury": department), for "the embassy", "the
    service", "the department" to find it."""
    named = name.partition(" in ")[0].partition(" to ")[0]
    body = named.partition(" of ")[0].rsplit(" ", 1)[-1]
    last = fold(named.rsplit(" ", 1)[-1])
    if body == last and last in _ALLIED_HEADS:  # "the Green Front alliance": "the coalition"
        return last, _ALLIED_HEADS[last]  # stands for it too (stfix157)
    return last, fold(body) if body.islower() else lx.IMPLIED_HEADS.get(last, "")


# a union of parties by one noun, named again by the other ("the X opposition alliance ...
# the coalition announced"): the same body
_ALLIED_HEADS = {"alliance": "coalition", "coalition": "alliance"}


def _head_before_of(name: str) -> str:
    """The word of an organisation's name before its "of", folded ("European Union’s Court of
    Justice": court), for a bare "the court" to find it (round 448)."""
    before, of, _ = name.partition(" of ")
    return fold(before.rsplit(" ", 1)[-1]) if of else ""


class Unit(NamedTuple):
    """A word, or a whole entity mention, of a candidate subject (a tuple: the finder makes
    thousands per article, and a frozen dataclass costs four times as much to build)."""

    kind: str  # "WORD" or an entity type
    start: int
    end: int
    text: str
    low: str  # lowercased, without a final full stop: what the word lists are keyed by


def _portfolio_before_title(unit: Unit, head: list[Unit], index: int) -> bool:
    """Whether a document's noun names a portfolio, capitalised before a title ("Law Advisor
    X", "Law Minister X"): the office's words, not a policy document speaking (round 606)."""
    return unit.text[0].isupper() and index + 1 < len(head) and head[index + 1].kind == "ROLE"


def _low(text: str) -> str:
    return text.lower().rstrip(".")


# ``Unit``'s own constructor is a Python function around this; the tuple's is called directly,
# as ``units`` makes one per word of every candidate subject.
_new_unit = tuple.__new__


_DATELINE_DASH_WITHIN = 60
_DASH = lazy_compile("[–—-]")
# "Phnom Penh: ", or in capitals, as Malaysian papers date a lede: "KUALA LUMPUR: " (newuser43)
_COLON_DATELINE = lazy_compile(
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{3,}(?: [A-Z]{3,})?): (?=[A-Z])"
)
_COLON_DATELINE_WITHIN = 20
# a place in capitals and a short date before a colon, as South Asian agencies date: "NEW
# DELHI, Jan 20: "; or the place in title case, its country in brackets, as ANI's copy
# syndicated elsewhere: "Noumea [New Caledonia], May 24: " (a month's name then, round 341);
# the month in capitals too, the agency after the date: "STEPANAKERT, DECEMBER 18, ARTSAKHPRESS: "
# (round 355)
_DATED_COLON_DATELINE = lazy_compile(
    r"(?:[A-Z]{2,}(?: [A-Z]{2,})*|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: \[[A-Z][\w ]{1,30}\])?"
    r"(?=, (?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec)))"
    r", (?:[A-Z][a-z]{2,8}\.?|[A-Z]{3,9}) \d{1,2}(?:, [A-Z][A-Z-]+)?: (?=\S)"
)
_DATED_COLON_WITHIN = 50
# a dateline's place in capitals and its date, however long: "PHNOM PENH, 3 September 2025"
_PLACE_AND_DATE = lazy_compile(r"[A-Z][A-Z’'. -]*[A-Z], [\w ,.]*\d")
# a dateline's date and an agency's credit in brackets, no dash after: "8 August 2017(Lana) ",
# or a dash glued to a full stop, the date either way round: "Mar 15 (EFE).- ", "3 Jun (EFE).- "
# (round 283)
_DATE_CREDIT = lazy_compile(
    r" ?(?:[\w .]{0,20}\d|\d{1,2} [A-Z][a-z]{2,8}\.?)? ?"
    r"\([A-Z][\w ./-]{0,30}\)(?:\.[-–—]|:)? ?(?=[A-Z])"
)  # "Feb 28 (AFP/APP):X vowed": two agencies' credit, a colon after it (round 330); the
# place alone past a dated dateline's dash ("3rd February 2023 – (Hong Kong) A spokesman
# said", round 480)


# a place and a date in figures opening a lede, no dash after: "Brussels 20.11.2022 " (round 281)
_PLACE_FIGURES_DATE = lazy_compile(
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)? \d{1,2}[./]\d{1,2}[./]\d{2,4} (?=[A-Z])"
)


_STORE_DATE_STAMP = lazy_compile(r"date \d{4}-\d\d-\d\d ")  # opening a stored text (round 561)


_GLUED_HEADLINE_LENGTHS = range(12, 121)  # characters of a headline a paragraph may repeat


def _past_glued_headline(text: str, start: int, end: int) -> int:
    """Where a paragraph goes on past the headline the page repeats glued to its first word
    ("EU ‘not heard’ – Lund\n\nEU ‘not heard’ – LundNordic President X said": from "Nordic";
    round 659), or ``start``: the line before, blank lines skipped, repeated word for word
    and run into a capitalised word."""
    line_end = start - 1
    while line_end > 0 and text[line_end - 1] == "\n":
        line_end -= 1
    line_start = text.rfind("\n", 0, line_end) + 1
    length = line_end - line_start
    if length not in _GLUED_HEADLINE_LENGTHS or start + length >= end:
        return start
    glued = start + length
    if (
        text[glued - 1].isalpha()
        and text[glued].isupper()
        and text.startswith(text[line_start:line_end], start)
    ):
        return glued
    return start


def dateline_end(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` goes on after a leading dateline ("Hanoi (VNA) – ",
    "BEIJING, Feb. 13 (Xinhua) -- ", "PHNOM PENH, 3 September 2025 — "), or ``start``: an
    offset, not the sentence sliced."""
    if start and text[start - 1] == "\n" and text[start : start + 1].isupper():  # cheap test
        start = _past_glued_headline(text, start, end)
    if text.startswith("date ", start):  # the cheap test first: a store's stamp
        stamp = _STORE_DATE_STAMP.match(text, start, end)
        if stamp is not None:  # "date 2025-11-20 Prime Minister X said": X the subject
            start = stamp.end()
    within = start + _DATELINE_DASH_WITHIN + 4
    within = within if within < end else end
    if ": " in text[start : start + _COLON_DATELINE_WITHIN]:  # ``in`` parses no bounds
        colon = _COLON_DATELINE.match(text, start)
        if colon is not None and colon.end() <= end:  # "Phnom Penh: According to X, Y"
            return colon.end()
    if text[start : start + 1].isupper() and ": " in text[start : start + _DATED_COLON_WITHIN]:
        colon = _DATED_COLON_DATELINE.match(text, start)
        if colon is not None and colon.end() <= end:  # "KATHMANDU, Jan 20: X, said Y"
            return colon.end()  # (round 314)
    if _DASH.search(text, start, within) is None:  # no dash: a search for each is not worth it
        return _dated_credit_end(text, start, within, end)
    # "(EFE).- ", an agency's (round 283); "ABUJA (AFP) - - ", a double dash spaced (round 405)
    for dash in (" – ", " — ", " -- ", " - - ", " - ", ").- "):
        limit = start + _DATELINE_DASH_WITHIN + len(dash)
        found = text.find(dash, start, limit if limit < end else end)
        if found >= 0 and (
            (found - start <= 25 and not _phrase_words(text, start, found))
            or text.find("(", start, found) >= 0
            or _PLACE_AND_DATE.fullmatch(text, start, found) is not None
        ):
            return _past_credit_closing(text, start, found, end) or found + len(dash)
    glued = text.find(") -", start, min(end, start + _DATELINE_DASH_WITHIN))
    if glued >= 0 and text[glued + 3 : glued + 4].isupper():
        return glued + 3  # "PARIS (Reuters) -Norland rejected": the dash glued to the lede
    return start  # as scraped copy leaves it (stfix47; newuser41)


def _past_credit_closing(text: str, start: int, dash: int, end: int) -> int:
    """Where a dateline goes on after the bracket closing round a dash inside it
    ("UNITED NATIONS (UrduPoint News / Sputnik - 02nd July, 2020) X": the agency and the
    date in brackets, the dash theirs), or 0 when the dash is in no open bracket."""
    opening = text.rfind("(", start, dash)
    if opening < 0 or text.rfind(")", opening, dash) >= 0:
        return 0
    closing = text.find(") ", dash, min(end, dash + _CREDIT_AFTER_DASH))
    return closing + 2 if closing >= 0 else 0


_CREDIT_AFTER_DASH = 30  # characters from a bracketed credit's dash to its ")": a date


def _glued_dash_opening(before: str) -> int:
    """Where the opening dash of a list glued to the words around it stands in ``before``
    (which ends in its closing dash: "the Quartet—A, B and C—"), or -1: only a list, its
    members the group's; "The meeting—the first since 2023—highlighted" keeps its phrase,
    no speaker (an event as subject, round 277)."""
    opening = max(before.rfind(dash, 0, len(before) - 1) for dash in _DASHES)
    if opening <= 0 or not before[opening - 1].isalpha():
        return -1
    if "," in before[opening:] or _described_set_off(before[opening + 1 : -1]):
        return opening
    return -1


# the openings of a description set off by glued dashes: "—comprising the A and B parties—",
# "—a coalition of two parties—", "—led by X—" (what the subject is, not the subject)
_SET_OFF_DESCRIPTIONS = ("a ", "an ", "led by ", "made up of ", "formed by ", "backed by ")


def _described_set_off(aside: str) -> bool:
    """Whether the words between glued dashes describe the noun before them ("the Green Front
    alliance—comprising the A and B parties—said": the alliance speaks; stfix157): a
    participle or an indefinite noun phrase opens them, where "—the first since 2023—"
    keeps its phrase."""
    first = aside.split(" ", 1)[0]
    return (first.endswith("ing") and first.islower()) or aside.startswith(_SET_OFF_DESCRIPTIONS)


def _phrase_words(text: str, start: int, end: int) -> bool:
    """Whether words before a dash hold a lowercase word of three letters or more ("All eight
    Arctic nations — A, B and C — will ..."): a noun phrase the dash interrupts, not a
    dateline's place and date (round 315)."""
    return any(word[:1].islower() and len(word) > 2 for word in text[start:end].split())


def _list_opening(text: str, start: int, comma: int) -> int:
    """Where a list opening its sentence starts: past a dateline, its dash spaced or glued to
    the first item as scraped copy leaves it ("PARIS (Reuters) -A, B and C told"; dev residue,
    stfix47)."""
    return dateline_end(text, start, comma)


_CONNECTIVES = frozenset({"however", "meanwhile", "nevertheless", "nonetheless", "instead"})
# sentence adverbs that may open a clause before its pronoun subject with no comma
# a person known by whose relative or counsel they are, never that person ("the wife of X")
_KIN_NOUNS = frozenset(
    {"wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "brother"}
    | {"sister", "lawyer", "attorney"}
)
# how many children "the father of nine" has: a description of someone named, not their kin
_BROOD_SIZES = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
    | {str(count) for count in range(2, 13)}
)
_DESCRIPTION_OPENINGS = ("a ", "an ", "one of ")  # an aside describing the one named before it
_CONCESSIVE_OPENERS = frozenset({"Although", "Though", "While", "Whereas"})  # opening a sentence
_LINKING_ADVERBS = _CONNECTIVES | {
    *("therefore", "thus", "hence", "moreover", "furthermore", "additionally", "also"),
    *("later", "then", "subsequently", "finally", "likewise", "similarly"),
}

# links that open a sentence right before its subject with no comma ("Now the X said"), or
# before an opening phrase ("Elsewhere in the speech X called on Y")
_SUBJECT_LINKS = _LINKING_ADVERBS | {"now", "elsewhere"}


def _opening_adverbial(item: list[Unit]) -> bool:
    """Whether the words before a sentence's first comma are an adverbial opening it ("On
    Monday", "In a joint letter", "However"), not words of its subject; one that ends in a
    name may hold the list's first item ("As A, B and C said"), so it is none."""
    return (
        bool(item)
        and item[0].kind == "WORD"
        and (
            item[0].low in lx.ADJUNCT_STARTS
            or item[0].low in _OPENING_ADVERBS
            or item[0].low in _CONNECTIVES
        )
        and item[-1].kind not in ("PERSON", "GPE", "ORG", "NORP")
    )


def _time_span_before(text: str, units: list[Unit]) -> bool:
    """Whether a sentence opens with a span of time closed by "later", "ago" or "earlier" and
    its comma ("A few hours later, X issued", "Two days ago, X said"): an adverbial."""
    return any(
        units[index].low in _TIME_SPANS_ENDS
        and units[index - 1].low in _TIME_SPANS
        and text.startswith(",", units[index].end)
        for index in range(1, min(len(units), 5))
    )


def _dated_credit_end(text: str, start: int, within: int, end: int) -> int:
    """Where a sentence goes on after a dateline with no dash, its place, date and an agency's
    credit in brackets ("Rome, 8 August 2017(Lana) The X said", round 264), or ``start``."""
    bracket = text.find(")", start, within)
    comma = text.find(", ", start, bracket) if bracket > start else -1
    if comma < 0 or not text[start].isupper():
        figures = (
            _PLACE_FIGURES_DATE.match(text, start, end)
            if text[start : start + 1].isupper()
            else None
        )
        return start if figures is None else figures.end()  # "Brussels 20.11.2022 Given X"
    credit = _DATE_CREDIT.match(text, comma + 1, end)
    return start if credit is None else credit.end()


def _title_unit(unit: Unit, text: str) -> bool:
    """Whether a unit is part of a title before a name: a role, a word in capitals
    ("Ayatollah", "General"), or a country that owns it ("Iran’s")."""
    if unit.kind == "ROLE" or unit.low in _POSSESSIVE:
        return True
    if unit.kind == "GPE":
        return text.startswith(_POSSESSIVE, unit.end)
    return unit.kind == "WORD" and unit.text[:1].isupper()


def _bare_modified(head: list[Unit], text: str) -> bool:
    """Whether a noun phrase opens with a modifier in lower case and no determiner ("senior
    Saudi official", "government source"): a headline's style dropping "a", one not named."""
    first = head[0]
    return (
        len(head) >= 2
        and first.kind == "WORD"
        and first.text.islower()
        and first.low not in _NOT_BARE_OPENINGS
        and not any(text.startswith(_POSSESSIVE, u.end) for u in head[:-1])
    )


def _heads_reduced_relative(text: str, before: list[Unit], end: int) -> bool:
    """Whether a mention heads a relative clause without "that" after its clause's noun
    ("..., a claim X firmly denied."; round 327): a determiner and a lowercase noun before
    it, a past verb (an adverb before it) after it, the clause's subject."""
    if len(before) != 2 or before[0].low not in lx.DETERMINERS or not before[1].text.islower():
        return False
    words = text[end : end + 40].split(None, 3)[:2]
    if words and words[0].endswith("ly"):
        words = words[1:]
    verb = words[0].rstrip(".,;") if words else ""
    return verb.isalpha() and verb.islower() and (verb.endswith("ed") or verb in _IRREGULAR_PASTS)


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding ``text[end]`` starts: right after the last ".", line break,
    ",", ";" or ":" before it. The line's start bounds the other marks' searches (an article
    without ";" had each ``rfind`` read back to its first character)."""
    line = text.rfind("\n", 0, end)
    low = line if line > 0 else 0
    return (
        max(
            line,
            text.rfind(".", low, end),
            text.rfind(",", low, end),
            text.rfind(";", low, end),
            text.rfind(":", low, end),
        )
        + 1
    )


# lowercase words in a series before a group's last modifier ("soy, corn, wheat and ...")
_MODIFIER_SERIES = lazy_compile(r"(?:\b[a-z]+, ){2,}$")  # two or more: "In the end, A and B"
_GROUP_PHRASE_REACH = 80  # characters of a plural noun phrase before "who"
_GROUP_PHRASE_WORDS = frozenset({"of", "and", "the"})  # "descendants of the A and B villages"
# plurals that name no group of speakers ("years of talks who ...")
_NOT_GROUPS = frozenset({"years", "months", "weeks", "days", "times", "words", "terms", "others"})
_TIME_BEFORE_COMMA = lazy_compile(
    r" (?:on [A-Z][a-z]+day|(?:last|this) (?:week|month|year)|yesterday|today|earlier)$"
)
_APPOSED_AFTER_PHRASE = (" for ", " of ", " to ", " on ")  # a role's phrase before its name
_APPOSED_REACH = 80  # characters from a role to the comma before its apposed name
_SENTENCE_OPENERS = tuple(f" {w} " for w in ("The", "A", "An", "This", "In", "On", "At", "But"))


def _clause_start_past_initialism(text: str, clause_start: int) -> int:
    """Where a clause starts when the stop before ``clause_start`` closes a dotted initialism
    ("her counterpart, U.S. Trade Representative X"): the initialism's stops end no clause,
    so the clause starts before it (round 356), else ``clause_start``."""
    start = clause_start - 1
    while start >= 2 and text[start - 1].isupper() and text[start - 2] == ".":
        start -= 2  # "U.S.": back over each letter and the stop before it
    if start == clause_start - 1 or not text[start - 1 : start].isupper():
        return clause_start
    if text.startswith(_SENTENCE_OPENERS, clause_start):
        return clause_start  # "... to the U.S. The minister X said": a sentence's end after all
    return _clause_start(text, start - 1)


def _plural_noun(word: str) -> bool:
    """Whether a lowercase word may be a plural noun naming people ("descendants", "elders")."""
    return (
        len(word) > 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word.isalpha()
        and word not in _NOT_GROUPS
    )


def _former_title(word: str) -> bool:
    """Whether a lowercase word is a title's "then-"/"ex-"/"now-" prefix before its capital
    ("In 2004, then-Culture Minister X travelled"): the title heads the clause as "Culture
    Minister" would (round 358)."""
    return word.startswith(("then-", "ex-", "now-")) and word[word.index("-") + 1 :][:1].isupper()


def _premodified_title(before: list[Unit]) -> bool:
    """Whether the units before a name, a title last, are the title and the lowercase words
    it may carry, after a determiner at most ("centrist former Prime Minister X", "the
    outgoing Premier X"): no verb or preposition ("Regarding former Prime Minister X's ...")
    among them."""
    words = [u.low for u in before if u.kind == "WORD"]
    return (
        bool(words)
        and set(words) <= _TITLE_PREMODIFIERS | {"the"}
        and all(u.kind == "WORD" for u in before[: len(words)])  # the words, then the title
    )


def last_word(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the last word of ``text[start:end]`` lies, read backwards from ``end`` (a
    regex search from ``start`` tried every offset of the sentence: the finder's hot spot)."""
    index = end - 1
    while index >= start and not (text[index].isalnum() or text[index] == "_"):
        index -= 1
    if index < start:  # no letter or digit: only a run of marks can be the word
        marks = [i for i in range(start, end) if text[i] in _WORD_MARKS]
        if not marks:
            return None
        index = marks[0]
    space = text.rfind(" ", start, index)
    word_start = space + 1 if space >= 0 else start
    if not text[word_start : index + 1].isalnum():  # most words are letters back to a space
        word_start = index
        while word_start > start and (
            text[word_start - 1].isalnum() or text[word_start - 1] in _JOINERS
        ):
            word_start -= 1  # inline, not a call per letter: this runs for every verb
    word_end = index + 1
    while word_end < end and (text[word_end].isalnum() or text[word_end] in _JOINERS):
        word_end += 1
    return word_start, word_end


def _name_before(
    text: str, spans: Sequence[EntitySpan], starts: list[int], verb_start: int
) -> re.Match[str] | None:
    """``_NAME_BEFORE_VERB`` searched in the 80 characters before a verb, only where one of
    the two words before it holds a capital (most verbs, "the minister said", are spared the
    search) and no recogniser mention ends right before it; from the fourth word back, as a
    match spans at most four (three names and an adverb) and no match starts earlier."""
    start = verb_start - 80 if verb_start > 80 else 0
    before = text[start:verb_start]
    if not before[-1:].isspace():
        return None  # the pattern ends in spaces
    words = before.rsplit(None, 4)
    if not words:  # spaces alone before the verb (a text cut there): as before 414b0de1d,
        return _name_described_before(text, before, verb_start)  # which read words[-1]
    perfect = (
        (words[-1] in _NAME_ADVERB_WORDS or words[-1] in _PERFECT_ADVERBS)
        and len(words) > 2
        and words[-2] in _PERFECT_AUXILIARIES
    )
    if _UPPER.search(" ".join(words[-3 if perfect else -2 :])) is None:
        if words[-1] in _THIRD_PERSON_SINGULAR:  # '“...” he said': no name before the verb
            return _surname_before_pronoun(text, verb_start)
        return _name_described_before(text, before, verb_start)
    if _mention_right_before(text, spans, starts, verb_start):
        return None
    if len(words) == 5:  # a match starts within the last four words
        start += before.find(words[1], len(words[0]))
    if before.endswith(", "):
        apposed = _APPOSED_NAME_BEFORE_VERB.search(text, max(0, start - 2), verb_start)
        if apposed is None:
            role = _NAME_THEN_ROLE.search(text, max(0, verb_start - 120), verb_start)
            if role is not None and role.group(2) in lx.ROLE_NOUNS:
                return role  # "Nikorndej Balankura, spokesman for the ministry, reaffirmed"
            return _outlet_named_before(text, verb_start)
        return apposed
    if before.endswith(("has ", "had ")) or perfect or "l-" in before:  # the cheap tests first
        return _PARTICLED_NAME_BEFORE_VERB.search(text, start, verb_start)
    return _NAME_BEFORE_VERB.search(text, start, verb_start)


def _names_introducing_quotations(
    text: str, spans: Sequence[EntitySpan], starts: list[int]
) -> list[re.Match[str] | None]:
    """Names before an unlisted past tense and a colon that opens a quotation ("Al-Sharaa
    answered:" over the quoted answer's line, round 603): the quotation is theirs whatever the
    verb, so the name stands where a speaker stands."""
    found = []
    colon = text.find(":")
    while colon >= 0:
        opening = colon + 1
        while text[opening : opening + 1] in (" ", "\n"):
            opening += 1
        if text[opening : opening + 1] in _OPENING_MARKS:
            past = _PAST_BEFORE_COLON.search(text, max(0, colon - _PAST_REACH), colon)
            if past is not None and past.group(1) not in _PAST_NOT_SPEECH:
                found.append(_name_before(text, spans, starts, past.start(1)))
        colon = text.find(":", colon + 1)
    return found


def _surname_before_pronoun(text: str, verb_start: int) -> re.Match[str] | None:
    """The capitalised word opening the last sentence within reach before "he said" or "she
    said" and followed by a lowercase verb ("Trzaskowski took the stage. “We’ve won!” he
    said"), when the text writes it capitalised after a lowercase word elsewhere too ("a lead
    for Trzaskowski"): a surname the recogniser does not know, whom the pronoun stands for
    (round 621), or None. Capitalised common words ("Initial figures showed") open sentences
    only."""
    window = verb_start - _PRONOUN_REACH if verb_start > _PRONOUN_REACH else 0
    openings = list(_SENTENCE_OPENING_NAME.finditer(text, window, verb_start))
    if openings and _written_as_name(text, openings[-1].group(1)):
        return openings[-1]
    return None


def _written_as_name(text: str, word: str) -> bool:
    """Whether ``word`` stands capitalised after a lowercase word at least twice in the text."""
    mid_sentence = 0
    at = text.find(f" {word}")
    while at > 0 and mid_sentence < 2:
        end = at + 1 + len(word)
        if text[at - 1].islower() and not text[end : end + 1].isalpha():
            mid_sentence += 1
        at = text.find(f" {word}", end)
    return mid_sentence >= 2


def _name_described_before(text: str, before: str, verb_start: int) -> re.Match[str] | None:
    """A name set off after an opening phrase's comma, its role described in apposition
    ("At that point, Ana Berg, a Ministry deputy director general, suggested")."""
    if not before.endswith(", ") or (", a " not in before and ", an " not in before):
        return None
    role = _NAME_THEN_DESCRIBED_ROLE.search(text, max(0, verb_start - 120), verb_start)
    if role is None or lx.ROLE_NOUNS.isdisjoint(role.group(2).split()):
        return _outlet_named_before(text, verb_start)
    return role


def _outlet_named_before(text: str, verb_start: int) -> re.Match[str] | None:
    """A name opening its sentence set off by a newspaper's description before a verb ("La
    Nacion, a Buenos Aires newspaper, said", "X, a local daily, reported"): the outlet."""
    if not text.endswith(_OUTLET_ENDINGS, 0, verb_start):  # the cheap test first
        return None
    return _NAME_THEN_OUTLET.search(text, max(0, verb_start - 120), verb_start)


_PERSONS_OWNING = {"his": "he", "her": "she"}  # a document's owner, by the pronoun it stands for
# what a person says aloud, standing for them as their document does ("His speech highlighted
# X": he speaks through it; round 610)
_SPOKEN_PROXIES = frozenset({"speech", "remarks", "comments"})
_PRONOUN_REACH = 300  # characters before a verb its pronoun subject stands in, at most
_EARLIER_SUBJECTS = 3  # clause subjects read back past a pronoun's own object, at most
_NAME_VERB_ADVERBS = frozenset({"also", "further", "again", "then"})  # as _NAME_BEFORE_VERB's
_GAP_BEFORE_VERB = lazy_compile(rf"\s+(?:(?:{'|'.join(sorted(_NAME_VERB_ADVERBS))})\s+)?")


def _mention_right_before(
    text: str, spans: Sequence[EntitySpan], starts: list[int], verb_start: int
) -> bool:
    """Whether a recogniser mention ends right before a verb (spaces, perhaps one of the
    adverbs the name search allows, between them): a name found there would be that
    mention's words, which are left to the recogniser, so the search is not run. ``starts``
    are the mentions' starts (a bisection by a key function calls it at each step)."""
    index = bisect_left(starts, verb_start) - 1
    if index < 0:
        return False
    gap = _GAP_BEFORE_VERB.fullmatch(text, spans[index].end, verb_start)
    return gap is not None  # matched, not a slice split: the mention may end far back


def unrecognised_names(
    text: str,
    spans: Sequence[EntitySpan],
    verbs: Sequence[re.Match[str]],
    told: Sequence[int] = (),
) -> list[EntitySpan]:
    """PERSON spans for capitalised names the recogniser missed that stand where a speaker
    stands ("Naoki said", '..." Hua retorted'): foreign names are often not in its lists.
    ``told``: where unlisted verbs of speech stand before "that" ("Naoki revealed that")."""
    starts = [s.start for s in spans]
    not_names = load().not_name_words
    known = _KNOWN_BEFORE_NAMES
    found: dict[int, EntitySpan] = {}
    bodies: dict[str, bool] = {}  # names read as set off as a body, once each
    candidates = [_name_before(text, spans, starts, verb.start()) for verb in verbs]
    candidates += [_name_before(text, spans, starts, at) for at in told]
    marks = mark_offsets(text, '"”')
    if marks:  # both patterns open with a closing mark: its offsets read once
        candidates += matches_at(_NAME_AFTER_QUOTE, text, marks, len(text))
        candidates += matches_at(_NAME_AFTER_QUOTE_VERB, text, marks, len(text))
        candidates += [
            _NAME_RUN.match(text, role.end())
            for role in matches_at(_ROLE_NAME_AFTER_QUOTE_VERB, text, marks, len(text))
            if role.group(1) in lx.ROLE_NOUNS
        ]
    if ":" in text:  # the cheap test first: "X answered:" before a quotation
        candidates += _names_introducing_quotations(text, spans, starts)
    for match in [m for m in candidates if m is not None]:
        start, end = match.span(1)
        words = match.group(1).split(" ")
        while words and (words[0] in not_names or words[0].lower() in known):
            start += len(words[0]) + 1
            words = words[1:]
        if not words or any(w in not_names or w.lower() in known for w in words):
            continue
        if words[-1].lower() in _HONORIFIC_PRONOUNS:
            continue  # "His (Royal) Highness said": a title standing for a name
        if words[-1].endswith(("’s", "'s")):
            continue  # "The G7’s warning": an owner before the verb's noun, no speaker
        if len(words) == 1 and words[0].endswith("ly"):
            continue  # "Proactively propose ...": an adverb opening a sentence
        if len(words) == 1 and _acronym_after_the(text, start, words[0]):
            continue  # "the Russian MOD said": an organisation's initials (round 387)
        index = bisect_right(starts, end) - 1
        if index >= 0 and spans[index].end > start:
            continue  # the recogniser has a reading of these words already
        if _portfolio_of_title(text, spans, index, start):
            continue  # "the UN High Commissioner for Refugees said": the title's portfolio
        name = text[start:end]
        inserted = (
            _INSERTED_NAME.search(text, start - 40, start)
            if text.endswith("] ", 0, start)
            else None
        )
        if inserted is not None:  # a transcript's "Mr. [António] Guterres": António Guterres
            start, name = inserted.start(), f"{inserted.group(1)} {name}"
        outlet = match.re is _NAME_THEN_OUTLET  # "La Nacion, a Buenos Aires newspaper,"
        if not outlet:
            if name not in bodies:
                bodies[name] = _set_off_as_body(text, name)
            outlet = bodies[name]
        found[start] = EntitySpan(start, end, "ORG" if outlet else "PERSON", name)
        if " " not in name:
            full = _full_name_opening(text, name, start, spans)
            if full is not None and full.start not in found:
                found[full.start] = full
    if "ccording to " in text:  # "According to Mr. Jun X, ...": a source by honorific and
        for match in _NAME_AFTER_ACCORDING.finditer(text):  # name, whatever its words
            start, end = match.span(1)
            index = bisect_right(starts, end) - 1
            if start not in found and (index < 0 or spans[index].end <= start):
                found[start] = EntitySpan(start, end, "PERSON", match.group(1))
    return list(found.values())


def _set_off_as_body(text: str, name: str) -> bool:
    """Whether the article sets the unrecognised ``name`` off as a body where it first does so
    after a comma ("according to Nasscom, the IT industry’s leading organization,"): an
    organisation, not a person (stfix159; a few finds in C, the pattern only where they hit)."""
    at = text.find(f"{name}, ")
    for _ in range(3):
        if at < 0:
            return False
        if _NAME_AS_BODY.match(text, at + len(name)) is not None:
            return True
        at = text.find(f"{name}, ", at + 1)
    return False


def _portfolio_of_title(text: str, spans: Sequence[EntitySpan], index: int, start: int) -> bool:
    """Whether words at ``start`` follow a title and its "for" or "on" ("High Commissioner for
    Refugees", "Special Rapporteur on Torture"): the office's portfolio, no person's name
    (round 519); ``index`` is the last span starting before them."""
    if text[start - 5 : start] == " for ":
        gap = 5
    elif text[start - 4 : start] == " on ":
        gap = 4
    else:
        return False
    return index >= 0 and spans[index].type == "ROLE" and spans[index].end == start - gap


def _acronym_after_the(text: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start`` is an organisation's initials after "the" and at most
    one capitalised word ("the MOD", "the Russian MOD"): no person is "the" anything."""
    if not (word.isupper() and word.isalpha() and len(word) <= _ACRONYM_LETTERS):
        return False
    before = text[max(0, start - 24) : start].split()
    if not before or not (
        before[-1].lower() == "the"
        or (len(before) > 1 and before[-2].lower() == "the" and before[-1][:1].isupper())
    ):
        return False
    if word in load().title_words:
        return False  # "the PM said": a title standing for its holder
    at = text.find(f"{word} ")
    while at >= 0:  # "the PS noted" after "PS Macharia said": a title the text writes names
        if text[at + len(word) + 1 : at + len(word) + 2].isupper():  # after
            return False
        at = text.find(f"{word} ", at + 1)
    return True


def _full_name_opening(
    text: str, surname: str, before: int, spans: Sequence[EntitySpan]
) -> EntitySpan | None:
    """An unlisted surname's full name, where it opens an earlier paragraph or sentence in
    apposition ("Ana Berg, deputy spokeswoman at ..., was asked" before "Berg replied"): no
    listed verb follows it, so the name search above never reaches it."""
    end = text.find(f" {surname}, ", 0, before)
    while end > 0:
        given = text.rfind(" ", 0, end) + 1
        newline = text.rfind("\n", 0, end) + 1
        opening = max(given, newline)
        word = text[opening:end]
        if (
            word[:1].isupper()
            and word[1:].isalpha()
            and word[1:].islower()
            and (opening == newline or text.endswith(". ", 0, opening))
            and word.lower() not in _KNOWN_BEFORE_NAMES
            and word not in load().not_name_words
            and not any(s.start < end and s.end > opening for s in spans)
        ):
            return EntitySpan(opening, end + 1 + len(surname), "PERSON", f"{word} {surname}")
        end = text.find(f" {surname}, ", end + 1, before)
    return None


# a title's, an initial's or an abbreviated given name's full stop before a name ("Dr. X",
# "J. Smith", "Ma. Teresita Daza", "Md. Touhid Hossain", "Rev. X", "Atty. Claire Castro" (a
# Philippine lawyer's honorific, round 622): no sentence break
TITLE_STOP = (
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Brig|Maj|Lt|Col|Capt|Cdr|Adm|Sgt|Sen|Rep|Gov|Amb|Sec|St|Jr|Sr"
    r"|Atty|Rev"
    r"|Ma|Md|Mohd|Muhd|Mhd|[A-Z])"
    r"\.(?= [A-Z])"
)
# such a stop or one inside an initialism ("said the U.S. Treasury", round 513), else a
# sentence's
_ABBREVIATED_OR_STOP = lazy_compile(
    f"({TITLE_STOP}|(?<=\\b[A-Z])\\.(?=[A-Z]\\.)|(?<=\\b[A-Z]\\.[A-Z])\\.(?= [a-z]))|\\."
)
_INITIALISM_END = lazy_compile(r"\b[A-Z]\.[A-Z]\.")  # "U.S.", its last stop at the fourth character
_INITIALS_BEFORE = lazy_compile(r"(?<![\w.’'-])([A-Z]{1,3}|(?:[A-Z]\.){1,3}) $")
_NAME_SYLLABLE_AFTER = lazy_compile(r" ([A-Z][a-z]{1,3})(?![\w’'.-])")
# a one-letter given name closing a name of two words or more, then its sentence's end or a
# lowercase word ("spokesperson Tran Van A. said"): no initial, which a surname would follow
_LETTER_ENDING_NAME = lazy_compile(r" ([A-Z])(?=\.(?:$|\n| [a-z“\"]))")
# a longer capitalised word after a name, ending its clause or before a lowercase word
_WORD_ENDING_NAME = lazy_compile(r" ([A-Z][a-z]{3,}[\w’'-]*)(?=[,.;:]|\s+[a-z]|$)")


def _unlisted_surname(text: str, end: int) -> re.Match[str] | None:
    """A surname no list holds right after a name the recogniser cut before it ("Thai official
    Wiroj Sakdaphaen.", "Min Aung Hlaing, but"): a capitalised word that is no English word,
    place or nationality ends the name."""
    found = _WORD_ENDING_NAME.match(text, end)
    if found is None:
        return None
    gazetteer = load()
    word = found.group(1)
    if (
        word.lower() in gazetteer.common_words
        or word in gazetteer.not_name_words
        or word in gazetteer.towns
        or word in gazetteer.demonyms
    ):
        return None
    return found


def _with_initials_before(
    text: str,
    span: EntitySpan,
    before: EntitySpan | None,
    title: EntitySpan | None,
    starts: set[int],
    names: Sequence[str],
) -> EntitySpan:
    """A person's mention with the initials the recogniser left before it ("Foreign Minister
    NP Saud", "A.K. Abdul Momen", "Retno LP Marsudi", cut in two at them): the name as the
    article gives it in full. Capitals that are not the initials of the full name holding the
    mention are a title ("PS Macharia" of Macharia Kamau, "P.M. Fiame" of Fiame Naomi
    Mata'afa), and so are those ending the span ``before`` it ("Deputy FM Nguyen Minh Vu")."""
    initials = _INITIALS_BEFORE.search(text, max(0, span.start - 8), span.start)
    if initials is None or initials.group(1) in ("A", "I"):
        return span
    if initials.start(1) in starts or (before is not None and before.end > initials.start(1)):
        if not _acronym_as_initials(text, span, before, title, initials.start(1)):
            return span
        before = None  # "AMM" of "(CEC) AMM Nasir Uddin": the name's, no event's
    if " " not in span.text and _title_not_initials(initials.group(1), span.text, names):
        return span
    start = initials.start(1)
    if before is not None and before.type == "PERSON" and before.end + 1 == start:
        start = before.start  # "Retno" + "LP Marsudi": one name
    return EntitySpan(start, span.end, "PERSON", text[start : span.end])


def _acronym_as_initials(
    text: str, span: EntitySpan, before: EntitySpan | None, title: EntitySpan | None, at: int
) -> bool:
    """Whether the capitals the recogniser read as a body's or an event's acronym right before
    a full name are the name's initials ("Chief Election Commissioner (CEC) AMM Nasir Uddin",
    "AMM" also the ASEAN ministers' meeting; round 475): a title or its bracketed acronym
    stands right before them, where an acronym that is one has "the" ("at the AMM Wang Yi")."""
    if before is None or before.start != at or before.end != span.start - 1 or at < 2:
        return False
    if before.type not in _ACRONYM_TYPES or " " not in span.text:
        return False
    if text[at - 2] == ")":
        return True
    return title is not None and title.type == "ROLE" and title.end == at - 1


def _title_not_initials(capitals: str, word: str, names: Sequence[str]) -> bool:
    """Whether full names hold ``word`` and none has ``capitals`` as its other words' initials."""
    letters = capitals.replace(".", "")
    holding = [name.split() for name in names if word in name.split()]
    return bool(holding) and not any(
        "".join(w[0] for w in words if w != word).startswith(letters) for words in holding
    )


_ACRONYM_TYPES = frozenset({"EVENT", "ORG", "LAW"})  # capitals a name's initials may be
_DESIGNATE = ("-designate", "-Designate", "-elect", "-Elect")
# a title whose words are joined by hyphens ("Chairperson-in-Office", "Commander-in-Chief")
_JOINED_TITLE = lazy_compile(r"([A-Z][a-z]+)-(?:in|of|at|for)-[A-Z][a-z]+(?= |$)")
_GIVEN_NAME_BEFORE = lazy_compile(r"(?<![\w’'.-])([A-Z][a-z]{2,}[\w’'-]*) $")


def _given_name_after_title(
    text: str, role: EntitySpan, person: EntitySpan, alone: set[str]
) -> tuple[EntitySpan, EntitySpan]:
    """A title and a name whose first word the recogniser left out of the name: between them
    ("Minister of Foreign Affairs, Hackman Owusu-Agyemang") or inside the title ("Minister for
    Pacific Peoples Aupito William Sio", where the article names him "Aupito" alone too)."""
    if role.end + 1 == person.start:
        word = None  # "Minister for Pacific Peoples Aupito" + "William Sio": inside the title?
    elif text[person.start - 2].islower():  # a word between them
        word = _GIVEN_NAME_BEFORE.search(text, max(role.end, person.start - 30), person.start)
    else:
        return role, person
    if word is not None and text[role.end : word.start()] in (" ", ", "):
        if word.group(1) in load().not_name_words:
            return role, person
    elif word is None and role.end + 1 == person.start and " " in role.text:
        head, _, last = role.text.rpartition(" ")
        if last not in alone:
            return role, person
        role = EntitySpan(role.start, role.start + len(head), "ROLE", head)
        word = _GIVEN_NAME_BEFORE.search(text, person.start - len(last) - 1, person.start)
        if word is None:
            return role, person
    else:
        return role, person
    start = word.start()
    return role, EntitySpan(start, person.end, "PERSON", text[start : person.end])


_REFERENCE_MARK = lazy_compile(r" ?\[(?:\d{1,3}|[a-z]|sic)\]")  # a footnote's "[1]", "[sic]"


def bracketed_persons(text: str, spans: Sequence[EntitySpan]) -> list[EntitySpan]:
    """The spans with a person's mention widened over the square brackets an editor or a
    markup put around it ("[Ana Lopez], the spokeswoman, said") and over a reference mark
    after it ("Ana Lopez [2] said"): the name's words are read as before, and the clause
    around it as if the marks were part of the name."""
    widened = list(spans)
    for index, span in enumerate(spans):
        if span.type != "PERSON":
            continue
        start, end = span.start, span.end
        if start and text.startswith("[", start - 1) and text.startswith("]", end):
            start, end = start - 1, end + 1
        mark = _REFERENCE_MARK.match(text, end)
        if mark is not None:
            end = mark.end()
        if (start, end) != (span.start, span.end):
            widened[index] = EntitySpan(start, end, "PERSON", span.text)
    return widened


def parenthesised_given_names(text: str, spans: Sequence[EntitySpan]) -> list[EntitySpan]:
    """The spans with a surname's mention widened over the given name an editor put in round
    or square brackets before it ("Mr. (Ana) Lopez", "President [Ana] Lopez", inside a
    quotation): the person is so named."""
    widened = list(spans)
    for index, span in enumerate(spans):
        if span.type != "PERSON" or not text.startswith((") ", "] "), span.start - 2):
            continue  # the cheap test first
        given = _GIVEN_IN_BRACKETS.search(text, max(0, span.start - 30), span.start)
        if given is not None and " " not in span.text:
            name = f"{given.group(1)} {span.text}"
            widened[index] = EntitySpan(given.start(), span.end, "PERSON", name)
    return widened


_GIVEN_IN_BRACKETS = lazy_compile(r"(?<![\w(\[])[(\[]([A-Z][a-z]+)[)\]] $")


# Given names the recogniser reads as months' abbreviations (Jan Kubis, Jun Saito): right
# before a person's mention they are the name's first word, unless a day's number or a
# preposition stands before them ("on 5 Jan", "in Jun")
_MONTH_GIVEN_NAMES = ("Jan ", "Jun ")
# and months that are given names, which it reads as dates ("January Makamba", "June Ruiz")
_GIVEN_NAME_MONTHS = frozenset({"January", "April", "May", "June", "August"})
_DATE_BEFORE = lazy_compile(
    r"(?:\d|\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|of|to|[Ll]ast|[Nn]ext|[Tt]his"
    r"|[Ee]arly|[Ll]ate|[Mm]id|[Ee]nd)) $"
)


def _month_names(text: str, start: int) -> bool:
    """Whether the month at ``start``, right before a person's mention, is the person's name."""
    if start and (text[start - 1].isalnum() or text[start - 1] in _JOINERS):
        return False  # "Bojan Kubis": the mention's own word
    return _DATE_BEFORE.search(text, max(0, start - 7), start) is None


def completed_persons(text: str, spans: Sequence[EntitySpan]) -> list[EntitySpan]:
    """The recogniser's spans (sorted by start) with names it cut completed: a short
    capitalised syllable right after a person's mention is the rest of the name ("Sok An",
    "Hun Sen": "An" and "Sen" are also common words); a nickname in marks inside one
    ("Rolliansyah “Roy” Soemirat") the recogniser keeps in it."""
    completed = list(spans)
    starts: set[int] | None = None
    joined: set[int] = set()  # starts of mentions a completed name ran on into
    dropped: set[int] = set()  # indices of mentions a name after initials took in
    months: set[int] = set()  # starts of months read as a name's first word
    names: list[str] | None = None  # the full names, listed when initials first ask
    alone: set[str] | None = None  # one-word names, listed when a title first asks
    surnamed: set[int] = set()  # starts of places a given name before took as its surname
    split_names: list[EntitySpan] = []  # names a joined title before them was taken into
    titles = load().title_words
    last = len(spans) - 1
    for index, span in enumerate(spans):
        if span.type != "PERSON":
            continue
        if (
            index < last
            and spans[index + 1].start == span.end + 1
            and spans[index + 1].type == "GPE"
        ):  # integer tests first: a name and a place one space apart are rare
            titled = index > 0 and spans[index - 1].type == "ROLE"
            titled = titled and spans[index - 1].end == span.start - 1
            surname = _place_as_surname(text, span, spans[index + 1], titled)
            if surname is not None:
                completed[index] = surname
                surnamed.add(spans[index + 1].start)
                continue
        if span.text.endswith(_DESIGNATE) and span.text.partition("-")[0] in titles:
            completed[index] = EntitySpan(span.start, span.end, "ROLE", span.text)
            continue  # "the Ambassador-designate": a title, not a name
        joined_title = _JOINED_TITLE.match(span.text) if "-" in span.text else None
        if joined_title is not None and joined_title.group(1) in titles:
            # "Chairperson-in-Office X": a title and the name after it, or the title alone
            title_end = span.start + joined_title.end()
            completed[index] = EntitySpan(
                span.start, title_end, "ROLE", text[span.start : title_end]
            )
            if span.end > title_end + 1:
                split_names.append(
                    EntitySpan(
                        title_end + 1, span.end, "PERSON", span.text[joined_title.end() + 1 :]
                    )
                )
            continue
        if (
            span.start >= 4
            and text[span.start - 4 : span.start] in _MONTH_GIVEN_NAMES  # a slice: no bounds
            and _month_names(text, span.start - 4)
        ):
            start = span.start - 4  # "Jan Kubis", "Jun Saito": no month before a name
            span = completed[index] = EntitySpan(start, span.end, "PERSON", text[start : span.end])
        elif (
            index
            and spans[index - 1].type == "DATE"
            and spans[index - 1].end + 1 == span.start
            and spans[index - 1].text in _GIVEN_NAME_MONTHS
            and _month_names(text, spans[index - 1].start)
        ):
            start = spans[index - 1].start  # "Minister ..., January Makamba, said"
            months.add(start)
            span = completed[index] = EntitySpan(start, span.end, "PERSON", text[start : span.end])
        spaced = text.startswith(" ", span.start - 1)  # once for the three tests below
        if spaced and (
            "A" <= text[span.start - 2 : span.start - 1] <= "Z" or text[span.start - 2] == "."
        ):
            starts = {s.start for s in spans} if starts is None else starts
            if names is None:
                names = [s.text for s in spans if s.type == "PERSON" and " " in s.text]
            preceding = completed[index - 1] if index else None
            title = completed[index - 2] if index > 1 else None
            span = completed[index] = _with_initials_before(
                text, span, preceding, title, starts, names
            )
            if preceding is not None and span.start == preceding.start:
                dropped.add(index - 1)  # the name's first words, now in the joined name
        elif index and spans[index - 1].type == "ROLE" and spaced:
            if alone is None:
                alone = {s.text for s in spans if s.type == "PERSON" and " " not in s.text}
            role, span = _given_name_after_title(text, spans[index - 1], span, alone)
            completed[index - 1], completed[index] = role, span
        elif " " not in span.text and spaced:
            span = completed[index] = _family_name_before(text, span, completed[index - 1 : index])
        if (
            text[span.end : span.end + 1] != " "
            or not "A" <= text[span.end + 1 : span.end + 2] <= "Z"
        ):
            continue  # the pattern's space and capital: most names are followed by neither
        syllable = _NAME_SYLLABLE_AFTER.match(text, span.end) or _unlisted_surname(text, span.end)
        if syllable is None and " " in span.text:
            syllable = _LETTER_ENDING_NAME.match(text, span.end)  # "Tran Van A." (not "A. B")
        if syllable is None or syllable.group(1) in lx.WEEKDAYS:
            continue
        if syllable.group(1).lower() in FORMS:
            continue  # a title-case headline's verb: "President Jokowi Says ..."
        if _headline_preposition(text, syllable) or _headline_word(syllable.group(1)):
            continue
        starts = {s.start for s in spans} if starts is None else starts
        if syllable.start(1) not in starts:
            end = syllable.end()
            following = spans[index + 1] if index + 1 < len(spans) else None
            if (
                following is not None
                and following.type == "PERSON"
                and following.start == end + 1
                and syllable.group(1) in load().honorific_words
            ):  # "Hishammuddin Tun Hussein": a father's honour, and the name goes on after it
                end = following.end
                joined.add(following.start)
            completed[index] = EntitySpan(span.start, end, "PERSON", text[span.start : end])
    if dropped:
        completed = [s for index, s in enumerate(completed) if index not in dropped]
    if joined:
        completed = [s for s in completed if s.start not in joined or s.type != "PERSON"]
    if months:
        completed = [s for s in completed if s.start not in months or s.type != "DATE"]
    if surnamed:
        completed = [s for s in completed if s.start not in surnamed or s.type != "GPE"]
    if split_names:
        completed = sorted([*completed, *split_names], key=lambda s: s.start)
    return completed


def _headline_word(word: str) -> bool:
    """Whether a capitalised word of four letters after a name is a title-case headline's
    English word no list of names holds ("Will Trump and Al-Sharaa Meet in ...", "Warn
    al-Sharaa Over Targeting ...": round 612), not a name's last syllable ("Aung", "Minh");
    the shorter ones ("An", "Sen") are names' as often as words."""
    if len(word) < 4:
        return False
    gazetteer = load()
    return (
        word.lower() in gazetteer.common_words
        and word not in gazetteer.given_syllables
        and word not in gazetteer.east_asian_surnames
        and word not in gazetteer.given_names
        and word not in gazetteer.family_names
    )


def _headline_preposition(text: str, syllable: re.Match[str]) -> bool:
    """Whether the short capitalised word after a name is a preposition that a capitalised word
    follows: a title-case headline goes on ("Minister Hopes To Push For Talks", round 303), a
    name's last syllable ("Nguyen Van To said") is followed by no capital."""
    end = syllable.end(1)
    return (
        text[end : end + 1] == " "
        and "A" <= text[end + 1 : end + 2] <= "Z"
        and syllable.group(1).lower() in lx.PREPOSITIONS
    )


def _other_branch(name: str, other: str) -> bool:
    """Whether two namings of unnamed speakers name two branches of one country ("a U.S.
    defense official", then "the senior U.S. security official"): the same modifier kept,
    another noun right before the head, so two people (round 513's initialisms made these
    subjects readable); not "the Geneva-based official" after "an official" (round 372)."""
    words, others = name.split(), other.split()
    if len(words) < 3 or len(others) < 3 or words[-1] != others[-1]:
        return False
    branch, other_branch = words[-2], others[-2]
    if branch == other_branch or not (branch.isalpha() and other_branch.isalpha()):
        return False
    if not (branch.islower() and other_branch.islower()):
        return False
    shared = set(words[:-2]) & set(others[:-2])
    return any(word[:1].isupper() for word in shared)


def _named_apart(name: str, other: str) -> bool:
    """Whether two namings of one unnamed speaker each hold a word the other lacks ("Geneva-based
    official", "government official"), not one the fuller form of the other ("British
    spokesman", "British Government spokesman")."""
    words, others = set(name.lower().split()), set(other.lower().split())
    return not words <= others and not others <= words


def _speaking_between(text: str, speaking: int, verb_start: int) -> bool:
    """Whether " speaking ..." at ``speaking`` is a participle phrase set between a subject and
    its verb with no comma ("X speaking at the UN said"), not "After speaking to Y, X said"."""
    if "," in text[speaking:verb_start] or not text[speaking - 1 : speaking].isalpha():
        return False
    word = text[text.rfind(" ", 0, speaking) + 1 : speaking].lower()
    return word not in lx.PREPOSITIONS and word not in _NOT_BEFORE_SPEAKING


def _place_as_surname(
    text: str, given: EntitySpan, place: EntitySpan, titled: bool = False
) -> EntitySpan | None:
    """A given name the recogniser read alone, and the one-word place right after it that is
    the person's surname ("Maria Holland", "Anne Florida"): a place never follows a bare given
    name in English, save as a name; not before a possessive ("Omar Egypt's ..."): a new phrase.
    A title right before the name (``titled``) makes it one however its given name is spelt
    ("Defense Secretary Llyod Austin", round 426)."""
    if " " in given.text or " " in place.text:
        return None
    if not titled and given.text not in load().given_names:
        return None
    if text.startswith(_POSSESSIVE, place.end) or text[given.end] != " ":
        return None
    return EntitySpan(given.start, place.end, "PERSON", text[given.start : place.end])


# a capitalised word opening its clause right before a one-word name ("..., Chum Vireak, ...");
# what stands before it read after its capital: opening with lookbehinds, the engine tried the
# pattern at every character of the window
_CLAUSE_OPENING_WORD = lazy_compile(
    r"([A-Z](?:(?<=^.)|(?<=\n.)|(?<=\(.)|(?<=, .)|(?<=\. .))[a-z]{1,11}) $"
)


def _family_name_before(text: str, span: EntitySpan, before: Sequence[EntitySpan]) -> EntitySpan:
    """A one-word mention with the family name the recogniser left before it when that is
    also an English word ("Chum Vireak", "Pen Sovann": a Khmer or Chinese name puts the
    family name first): a listed family name that is no common word, title, place or
    nationality, opening its clause, is the name's first word."""
    word = _CLAUSE_OPENING_WORD.search(text, span.start - 14 if span.start > 14 else 0, span.start)
    if word is None or (before and before[0].end > word.start(1)):
        return span
    found = word.group(1)
    gazetteer = load()
    if (
        found not in gazetteer.family_names
        or found.lower() in gazetteer.common_words
        or found in gazetteer.title_words
        or found in gazetteer.towns
        or found in gazetteer.demonyms
        or found in lx.WEEKDAYS
    ):
        return span
    start = word.start(1)
    return EntitySpan(start, span.end, "PERSON", text[start : span.end])


_LISTED_BODIES = frozenset({"GPE", "ORG"})  # what a list of speakers may name besides persons


def _participle_opening(item: list[Unit]) -> bool:
    """Whether a sentence's first words before its comma are a participle's phrase
    ("Blaming conflict", "Speaking in Geneva"): no item of the list after it."""
    return (
        bool(item)
        and item[0].kind == "WORD"
        and item[0].text[:1].isupper()
        and item[0].low.endswith("ing")
    )


def _the_and(item: list[Unit]) -> bool:
    """Whether a list's item is "the" and one unit ("The UK, France, and Germany")."""
    return len(item) == 2 and item[0].low == "the"


def occurrences(text: str, word: str) -> list[int]:
    """Every offset where ``word`` occurs in ``text``, in order: found once, then searched
    (``bisect``) where a long text's every verb would otherwise search back for it."""
    found: list[int] = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


class Subjects:
    """Subject reading over one article, with the memory pronouns are resolved by."""

    def __init__(self, text: str, spans: Sequence[EntitySpan], cast: Cast) -> None:
        self.text = text
        self.spans = list(spans)
        self.span_starts = [s.start for s in self.spans]
        self.cast = cast
        self.sentence_index = 0
        self.last_person: tuple[int, Speaker] | None = None
        self._persons_spoken: list[tuple[int, Speaker]] = []  # every statement's, in reading
        self.last_person_said_end = -1  # where the last person's statement found ends
        self.last_speaker: Speaker | None = None  # of the statement found last, of any type
        self._has_what = " what " in text  # once: few texts hold one, every verb would ask
        self.last_other: dict[str, tuple[int, Speaker]] = {}  # type -> (sentence, speaker)
        # "summit" -> the named summit that spoke ("The 24th Summit of X called ... the summit
        # added": the one it names; round 328)
        self.named_events: dict[str, Speaker] = {}
        self.last_document: Speaker | None = None  # the issuer of "the statement"
        self._issuer_read: Speaker | None = None  # whom "the statement" was first read as
        self._bodies_by_opening: dict[str, Speaker] = {}  # a body's first word -> the body
        # that spoke last of those it opens ("Fiji" -> "Fiji delegation")
        self.letter_writer: Speaker | None = None  # who last spoke "in a letter" (round 337)
        self.subordinate = -1  # a verb whose subject ``before`` read in a subordinate clause
        self._clause_heads: dict[int, bool] = {}  # mention start -> heads its clause
        self._subordinates: dict[tuple[int, int], bool] = {}  # see _subordinate_or_agent
        self._stripped: dict[tuple[int, int], int] = {}  # strip_back's answers
        self._words_before: dict[tuple[int, int], tuple[int, int] | None] = {}  # word_before's
        self._stops: dict[str, list[int]] | None = None  # see _sentence_start
        self._relatives: list[re.Match[str]] | None = None  # see _last_relative
        self._relative_ends: list[int] = []
        self._mentions: dict[int, Unit] = {}  # span index -> its unit
        self._in_body: tuple[list[EntitySpan], list[int]] | None = None  # persons, starts
        self.unnamed: dict[str, list[Speaker]] = {}  # role noun -> speakers the article never
        # names, in order
        self._unnamed_places: dict[str, frozenset[str]] = {}  # their keys -> places named with
        self._apart_keys: set[str] = set()  # unnamed speakers' keys named by differing words
        self.fullest: dict[str, str] = {}  # unnamed speaker's key -> its fullest naming, and
        # an organisation's key -> its name with the one country owning it
        self._owners: dict[str, str] = {}  # organisation key -> that name ("" when two are)
        self._outlet: tuple[Speaker | None] | None = None  # made when "the newspaper" asks
        self._organiser: tuple[Speaker | None] | None = None  # when "the organizer" asks
        # whether the article holds a radio station's name or an organiser at all: the cheap
        # tests before ``classify`` looks for either in a subject's words
        self._radio_named = "Radio " in text
        self._organiser_named_at_all = "rganizer" in text or "rganiser" in text
        self._said: list[tuple[int, int, str]] = []  # quotations, statements found: speaker key
        self._spoke: set[str] = set()  # the keys of the persons statements were found of
        self._untitled_spoke: dict[str, Speaker] = {}  # those of them the cast gives no title
        for owner, span in pairwise(self.spans):
            if (
                span.type == "ORG"
                and owner.type == "GPE"
                and text[owner.end : span.start] in ("’s ", "'s ")
                and span.text.rpartition(" ")[2].lower() in lx.ORG_HEADS
                and cast.in_body(span.start)
            ):  # "Turkey’s Foreign Ministry on Monday summoned ...": an office named with its
                # country though it says nothing there, as it is at its other mentions (not a
                # movement: "Yemen’s Houthis" are the Houthis)
                self._owned(cast.organisation(span).key, text[owner.start : span.end])

    def remember(
        self, speaker: Speaker, position: int, said: tuple[int, int] | None = None
    ) -> None:
        """A statement was found: pronouns after it may refer to its speaker, not to a person
        named in what it said after its verb (words before the verb, "X, according to Y",
        may hold a speaker of their own)."""
        self.last_speaker = speaker
        for title in _EVENT_TITLES:
            if title in speaker.name:
                self.named_events[title.lower()] = speaker
        if speaker.type == "PERSON":
            self.last_person = (position, speaker)
            self._persons_spoken.append(self.last_person)
            self._spoke.add(speaker.key)
            if not speaker.role and not self.cast.shown_role(speaker):
                self._untitled_spoke[speaker.key] = speaker
            self.last_person_said_end = said[1] if said is not None else position
        else:
            self.last_other[speaker.type] = (self.sentence_index, speaker)
            opening, space, _ = speaker.name.partition(" ")
            if space and opening[:1].isupper():
                self._bodies_by_opening[opening] = speaker
            if speaker.type == "ORG" and speaker.name.endswith(_PERSONS_OFFICE):
                # "X’s office said A. He added B": he is X, whose office spoke
                owner = speaker.name[: -len(_PERSONS_OFFICE[0])].rpartition(" ")[2]
                person = self.cast.named_ending(owner, position)
                if person is not None:
                    self.last_person = (position, person)
        if said is not None and speaker.type == "PERSON" and said[0] > position:
            principal = self._principal_reported(speaker, said[0])
            if principal is not None:
                self.last_person = (position, principal)
        if said is not None and said[0] > position:
            insort(self._said, (*said, speaker.key))
            if "letter" in self.text[position : said[0]]:  # "said in a letter to X that ..."
                self.letter_writer = speaker

    def _principal_reported(self, speaker: Speaker, start: int) -> Speaker | None:
        """The person a spokesperson's words open with acting ("Spokesman X said the minister
        briefed Y on Z. He welcomed W": the minister), whom a pronoun after them stands for:
        the spokesperson reports what the minister did and said (round 293); or None."""
        if not speaker.role or not role_words(speaker.role) & _SPOKESPERSONS:
            return None
        acting = _PRINCIPAL_ACTING.match(self.text, start)
        if acting is None or acting.group("noun") not in (None, *lx.ROLE_NOUNS):
            return None
        if acting.group("noun") is not None:  # the cast's holder, no unnamed one made here
            subject = acting.group("subject")
            found = self.cast.person_by_role(role_words(subject), acting.group("noun"), start)
        else:
            named = [s for s in self.spans_in(start, acting.end("subject")) if s.type == "PERSON"]
            found = self.cast.person(named[-1]) if named else None
        return None if found is None or found.key == speaker.key else found

    def quoted(self, quotations: Sequence[tuple[int, int]]) -> None:
        """A paragraph's quotations: the persons named inside are talked about, and a pronoun
        attributing a quotation ('"... Ana Ruiz ...," he said') is never one of them."""
        for start, end in quotations:
            insort(self._said, (start, end, ""))

    def _said_by_another(self, mention: EntitySpan) -> bool:
        """Whether a person's mention lies inside a quotation or a statement found whose
        speaker is someone else (three back: a quotation may lie inside a statement; "X said
        Y, according to Z" holds its own speaker)."""
        said, offset = self._said, mention.start
        index = bisect_right(said, (offset, offset, ""))
        inside = [
            key
            for start, end, key in said[index - 3 if index > 3 else 0 : index]
            if start < offset < end
        ]
        return bool(inside) and self.cast.person(mention).key not in inside

    # -- units --------------------------------------------------------------------------------

    def units(self, start: int, end: int) -> list[Unit]:
        """Words and whole entity mentions in ``text[start:end]`` (the hottest loop of subject
        reading: lookups are local and a mention's unit is made once per article)."""
        text, spans, starts, mentions = self.text, self.spans, self.span_starts, self._mentions
        last = len(starts) - 1
        index = bisect_right(starts, start) - 1  # the last span starting at or before a word
        if (index == last or starts[index + 1] >= end) and (
            index < 0 or not start < spans[index].end <= end
        ):  # no mention in the range (nearly half the calls): every token is a word
            words: list[Unit] = []
            for match in _TOKEN.finditer(text, start, end):
                word_start, word_end = match.span()
                word = text[word_start:word_end]
                words.append(
                    _new_unit(Unit, ("WORD", word_start, word_end, word, word.lower().rstrip(".")))
                )
            return words
        units: list[Unit] = []
        append = units.append
        covered = start  # words before this offset lie inside the last mention taken
        for match in _TOKEN.finditer(text, start, end):
            word_start, word_end = match.span()
            if word_end <= covered:
                continue
            if word_start < covered:
                word_start = covered  # "Van's" after the mention "Ngo Le Van"
            while index < last and starts[index + 1] <= word_start:
                index += 1
            if index >= 0 and word_start < spans[index].end <= end:
                unit = mentions.get(index)
                if unit is None:
                    span = spans[index]
                    unit = mentions[index] = _new_unit(
                        Unit, (span.type, span.start, span.end, span.text, _low(span.text))
                    )
                append(unit)
                covered = unit.end
            else:
                word = text[word_start:word_end]
                append(
                    _new_unit(Unit, ("WORD", word_start, word_end, word, word.lower().rstrip(".")))
                )
                covered = word_end
        return units

    def in_mention(self, offset: int) -> bool:
        """Whether ``offset`` lies inside an entity mention."""
        index = bisect_right(self.span_starts, offset) - 1
        return index >= 0 and offset < self.spans[index].end

    def spans_in(self, start: int, end: int) -> list[EntitySpan]:
        """The mentions starting in ``text[start:end]``."""
        return self.spans[bisect_left(self.span_starts, start) : bisect_left(self.span_starts, end)]

    def span_at(self, start: int) -> EntitySpan:
        return self.spans[bisect_left(self.span_starts, start)]

    # -- classification -----------------------------------------------------------------------

    def _placed(self, name: str) -> bool:
        """Whether the article writes ``name`` as a place somewhere: after a preposition of
        place ("the port of Santos", "flew to Santos") or owning something ("Santos's port")."""
        at = self.text.find(name)
        while at >= 0:
            before = self.text[max(0, at - 6) : at]
            if before.endswith(_PLACE_PREPOSITIONS) or self.text.startswith(
                _POSSESSIVE, at + len(name)
            ):
                return True
            at = self.text.find(name, at + len(name))
        return False

    def classify(self, units: list[Unit], position: int) -> Speaker | None:
        """The speaker a candidate subject names, or None when it names none."""
        if len(units) > 2 and units[0].low in _INDEFINITES and units[-1].low in _BODY_HEADS:
            named = self._body_named_next(units)  # (the cheap tests first)
            if named is not None:
                return named
        if (
            len(units) == 1
            and units[0].kind == "WORD"
            and _PLURAL_INITIALS.fullmatch(units[0].text)
        ):
            name = units[0].text  # "MEPs", "NGOs": a group named by its initials, plural
            return Speaker(name, fold(name), "GROUP")  # (round 632)
        if self._radio_named and units and any(u.text == "Radio" for u in units[:-1]):
            station = self._radio_station(units)
            if station is not None:
                return station
        if self._organiser_named_at_all and units:
            organiser = self._organiser_subject(units)
            if organiser is not None:
                return organiser
        if len(units) == 2 and units[1].low in _JOINT_BODY_HEADS and units[0].low == "the":
            bodies = self._joint_bodies_again(units[1].low)
            if bodies is not None:
                return bodies
        if len(units) > 2 and units[0].low.endswith("ing") and units[0].text[:1].isupper():
            titled = _after_opening_participle(units)
            if titled:  # "Concluding the message Foreign Minister of X expresses": the
                return self.classify(units[titled:], position)  # minister, the participle's
                # comma left out (round 464)
        if (
            len(units) == 3
            and units[2].kind == "PERSON"
            and units[0].kind == "PERSON"
            and units[1].low in lx.ROLE_NOUNS
        ):  # "Motorists leader X said", "Babis aide X said": X, whose role the owner's name
            return self.classify(units[2:], position)  # qualifies (round 580)
        if units and "-turned-" in units[-1].low:
            turned = _turned_role(units[-1])
            if turned is not None:  # "the actor-turned-minister said": the minister
                return self.classify([*units[:-1], turned], position)  # (round 467)
        if len(units) == 2 and units[1].low in _FORMER_LATTER and units[0].low == "the":
            return self._former_or_latter(units[1].low, position)
        if (
            len(units) == 2
            and units[0].low == "the"
            and units[1].kind in ("WORD", "PERSON")  # "Trumps" may be read as a name
            and units[1].text[:1].isupper()
            and units[1].low.endswith("s")
        ):  # "the Trumps wrote" after "X Trump and first lady Y Trump": the couple (round 442)
            family = self._family_named_before(units[1].low, position)
            if family is not None:
                return family
        if (
            len(units) > 3
            and units[1].low == "of"
            and (
                units[0].low in _PARTITIVES
                or (units[0].low == "one" and not any(u.low in lx.MEMBER_NOUNS for u in units))
            )
            and (units[2].low == "the")
        ):  # "Some of the delegates said": the delegates, as "Some delegates" (round 296);
            # "one of the tourists told X": the group, as the set names "one of the sources"
            # (round 630), save a noun whose member has a name of its own ("one of the
            # officials cited above": "official")
            return self.classify(units[3:], position)
        if (
            len(units) > 3
            and units[2].low == "of"
            and units[1].low in _KIN_NOUNS
            and units[3].low not in _BROOD_SIZES  # "the father of nine": the person in view
        ):
            kin = units[1].low  # "said the wife of the former president": someone other
            return self._unnamed(kin, kin)  # than the one whose she is (round 564)
        if (
            len(units) == 3
            and units[2].kind == "ROLE"
            and units[1].low.endswith(_POSSESSIVE)
            and units[1].text.islower()
            and units[0].low == "the"
        ):
            apposed = self._person_apposed_at(units[2].end)
            if apposed is not None:  # "a statement from the minister’s Special Adviser, X":
                return apposed  # X, the owner's noun the title's determiner (round 505)
        if any(u.text[-1:] == "%" or u.low in _PERCENT_WORDS for u in units[:3]):
            share = _share_of_group(units)  # the cheap test first: "66% of respondents said"
            if share:
                return self.classify(units[share:], position)  # the respondents (round 519)
            if len(units) <= 2:  # "8% said", after "66% of respondents said ...": the same
                return self._group_shared_before(position)  # group's other share
        counted = _counted_group_start(units)
        if counted:  # "A number of European countries asserted": the countries, as "Several
            # European countries" (round 343)
            return self.classify(units[counted:], position)
        if (
            len(units) > 3
            and units[0].low in _DOCUMENT_PARTS
            and units[1].low == "of"
            and units[-1].low in lx.PROXY_NOUNS
        ):  # '"...," read part of the communiqué.': the communiqué's issuer (round 328)
            return self.classify(units[2:], position)
        if len(units) == 1:  # the commonest subjects, "he" and a name: the rules' answers
            only = units[0]
            if only.low in lx.SUBJECT_PRONOUNS and only.kind in ("WORD", "PERSON"):
                return self._pronoun(
                    lx.SUBJECT_PRONOUNS[only.low] if only.kind == "WORD" else "PERSON",
                    position,
                    word=only.low,
                )
            if only.low in _PRONOUNS_CONTRACTED:  # "He’s pleased to ...": he is
                return self._pronoun("PERSON", position, word=only.low)
            if only.kind == "PERSON":
                if self.text.startswith(_POSSESSIVE, only.end):
                    return None  # "Spicer's": no subject
                return self.cast.person(self.span_at(only.start))
            if only.kind == "GPE":  # "Ngo Le Van ... Van said": Van is also a city
                named = self.cast.named_ending(only.text, only.start)
                if named is not None:
                    return named
                if only.text in load().weak_towns and not self._placed(only.text):
                    # "Santos said": a surname, not the Brazilian city's government
                    return self.cast.named_person(only.text)
        while units and units[0].kind == "WORD" and units[0].low in _CONJUNCTIONS:
            units = units[1:]
        if not units:
            return None
        if units[-1].low == "monarch" and len(units) <= 2:
            return self._monarch(position)  # "The monarch quipped" (round 390)
        if len(units) > 2 and units[-1].low == "reports":
            joint = next((i for i in range(len(units) - 2, 0, -1) if units[i].low == "and"), 0)
            if joint and all(u.kind == "WORD" and u.text.islower() for u in units[joint + 1 :]):
                # "officials and news reports said": the officials, the reports no speaker
                return self.classify(units[:joint], position)  # (round 389)
        if len(units) > 2 and units[-1].low == "others" and units[-2].low == "and":
            return self.classify(units[:-2], position)  # "Sen. X and others urged": X, the
            # others unnamed (round 466; "X and other Republicans" is X already)
        if len(units) > 3 and units[-1].low == "and":
            subject = _title_then_predicate(units)
            if subject:  # "The president praised X for Y and said": the president, X the
                return self.classify(units[:subject], position)  # object (round 390)
        if len(units) > _SUBJECT_UNITS:
            return self._long_issuer_list(units)
        if len(units) > 2 and units[0].kind == "ORG" and units[1].low in _APPOSED_ARTICLES:
            units = units[:1]  # "according to APS the Senegalese news agency": APS, the comma
            # before its apposition lost
        if len(units) == 3 and units[1].low == "same" and units[2].low in _REPORT_NOUNS:
            reporter = self._reporter_before(units[0].start)
            if reporter is not None:
                return reporter
        if (
            len(units) == 3
            and units[1].low == "same"
            and units[0].low == "the"
            and self.last_speaker is not None
        ):
            return self.last_speaker  # "the same source added": whoever spoke last
        if len(units) <= 3 and " ".join(u.low for u in units) in _THE_TWO:
            return self._two_named_before(position)  # "The two stressed": both persons
        if len(units) == 2 and units[0].low == "two" and units[1].low in _TWO_PERSONS_NOUNS:
            both = self._two_named_before(position, _TWO_PERSONS_REACH)  # "two officials said"
            if both is not None:
                return both
        if len(units) == 1 and units[0].kind == "WORD" and units[0].low in lx.OBJECT_PRONOUNS:
            return self._pronoun(  # "according to him"
                lx.OBJECT_PRONOUNS[units[0].low], position, word=units[0].low
            )
        if _a_style(units):  # "His Royal Highness said", "HRH noted": the person so styled
            styled = self._styled_before(units[0].start, units[-1].end)
            return styled or self._pronoun("PERSON", position, word=units[0].low)
        if len(units) == 2 and units[0].low == "the" and _AGED.fullmatch(units[1].low):
            return self._pronoun("PERSON", position)  # "the 70-year-old said": as "he said"
        if (
            2 < len(units) <= _AGED_EPITHET_UNITS
            and units[0].low == "the"
            and _AGED.fullmatch(units[1].low)
            and all(u.kind == "WORD" and u.text.islower() for u in units[2:])
        ):  # "The 85-year-old former law professor warned": an epithet of the person in
            return self._pronoun("PERSON", position)  # view, as "the 70-year-old" (stfix155)
        if _head_of_named_body(units):
            led = self.cast.head_of(units[-1].text)
            if led is not None:  # "according to the head of the World Health Organization":
                return led  # the one person titled in it, named before or after (round 341)
        if _named_body_head(units):
            led = self.cast.head_of(units[1].text)
            if led is not None:  # "the IAEA chief announced", after "IAEA Director-General
                return led  # X": X, not the last person named (newuser49)
        if _described_body_head(units):
            called = self.cast.organisation_by_head(units[-2].low, units[0].start)
            if called is not None:
                led = self.cast.head_of(called.text)
            else:  # "the nuclear watchdog chief": the one head of a body the article titles
                led = self.cast.sole_body_head() if units[-2].low in _WATCHDOGS else None
            if led is not None:  # "the agency chief" after "the International Atomic Energy
                return led  # Agency": its head, as "the IAEA chief"
        if _member_of_legislature(units):
            return self._pronoun("PERSON", position)  # "The English member of the European
            # Parliament called on X": one person, named before (round 340), as "he"
        if len(units) == 2 and units[0].low == "the" and _party_member(units[1]):
            return self._pronoun("PERSON", position)  # "said the petista" (round 299): as "he"
        if (
            len(units) == 3
            and units[2].low == "them"
            and units[1].low == "of"
            and units[0].low in ("all", "both")
        ):  # "All of them acknowledged": they, all
            return self._pronoun(lx.SUBJECT_PRONOUNS["they"], position)
        if units[0].low == "those" and " ".join(u.low for u in units[1:]) in _THOSE_PRESENT:
            name = "those" + self.text[units[0].end : units[-1].end]  # "Those on board said":
            return Speaker(name, fold(name), "GROUP")  # the group by where it is (round 627)
        if units[0].kind == "WORD" and units[0].low in _NOT_SUBJECT_STARTS:
            return None  # "Besides Spicer's remarks": a phrase, not a subject
        if _unnamed_media_reports(units):
            name = self.text[units[0].start : units[1].end]
            return Speaker(name, fold(name), "GROUP")
        proxy = self._proxy(units, position)
        if proxy is not None:
            return proxy
        if units[-1].low == "article" and len(units) == 2 and units[0].low == "the":
            return self._article_publisher(units[0].start)  # "The article states": its publisher's
        if len(units) > 2 and units[-1].low in lx.BACK_REFERENCES and units[-2].low.endswith("ed"):
            units = units[:-2]  # "the person cited above"
        if (
            len(units) > 2
            and units[0].low == "the"
            and units[-1].kind == "WORD"
            and units[-1].text.islower()
            and units[1].text[:1].isupper()
        ):
            again = self._organisation_ending_in(units)
            if again is not None:  # "according to the Indo-Pacific command" after "the US
                return again  # Indo-Pacific Command": the organisation named again (round 689)
        member = self._member(units)
        if member is not None:
            return member
        joint = next(
            (i for i in range(len(units) - 2, 0, -1) if units[i].low in _CLAUSE_CONTRASTS), 0
        )
        if joint and units[joint].kind == "WORD":
            return self.classify(units[joint + 1 :], position)  # "... as the base-case
            # scenario but some countries have suggested": the clause after "but" (round 463)
        if len(units) > 2 and units[-1].kind == "WORD" and units[-1].text[:1].isupper():
            units = _portfolio_joined(units)  # "the UN High Commissioner for Refugees"
        head, rest = units, []
        for index, unit in enumerate(units):
            if unit.kind == "WORD" and unit.low in lx.PREPOSITIONS and index:
                head, rest = units[:index], units[index + 1 :]
                break
            if (
                index
                and units[index - 1].low in _PHRASED_GROUP_NOUNS
                and (unit.low in _GROUP_MODIFIERS or _participle_phrase(units, index))
            ):
                return self.classify(units[:index], position)  # "one group representing
                # displaced islanders expressed", "some countries including Russia have
                # suggested": the group, what it stands for or holds a modifier (rounds 461,
                # 463), as "ministers from the region"; "Lawmakers backing the reform say":
                # a participle's phrase after the group's noun, dropped as a following
                # phrase is (round 673)
        if (
            len(rest) == 1
            and rest[0].kind == "GPE"
            and head[-1].low in _NATION_NOUNS
            and units[len(head)].low == "of"
            and head[-1].text.islower()
        ):  # "The Pacific island nation of X said": the country X (round 330)
            return self.classify(rest, position)
        if rest and head[-1].low in _SITES and units[len(head)].low == "of":
            return self._site_of(rest)  # "the official website of the foreign ministry"
        if rest and head[-1].kind == "WORD" and head[-1].low in lx.ORG_HEADS:
            body = self._body_of(head, units[len(head)], rest)
            if body is not None:
                return body
        if rest and head[-1].low == "head" and units[len(head)].low == "of":
            body_head = self._head_of_body(head, rest, position)
            if body_head is not None:
                return body_head
        if (
            len(head) >= 2
            and (rest or head[-1].low in _POSTPOSED_ADJECTIVES)  # "Another person familiar
            # said" (round 315)
            and head[-1].text.islower()
            and head[-2].low in _HEAD_NOUNS
            and head[-1].low not in lx.ROLE_NOUNS  # "a ministry spokesman in X": the spokesman
            and not (head[-1].low in lx.GROUP_NOUNS and head[-1].low.endswith("s"))
            # "media organizations in X": the organizations (round 445)
            and head[-1].low not in lx.DOCUMENT_NOUNS  # "news agency analysis of X": a
            # document, no speaker (round 327)
        ):
            head = head[:-1]  # "people familiar with the matter", "sources close to X"
        if (
            not rest
            and 2 <= len(head) <= 3
            and head[-1].low == "counterpart"
            and head[0].low in _POSSESSIVE_PRONOUNS
        ):  # "His Chinese counterpart said": the person named so before
            return self.cast.counterpart(_places(head), position)
        if not rest and head[-1].low in _BLOC_NOUNS and _names_a_bloc(head):
            bloc = self.cast.bloc_named_before(head[0].start)
            if bloc is not None:  # "the regional group said", "The bloc also said": the
                return self.cast.organisation(bloc)  # union of states named before (round 194)
        if not rest and _people_by_demonym(head):
            name = head[-1].text  # "The Okinawans have called for X": a people, a group
            return Speaker(name, fold(name), "GROUP")  # (round 461; "Canadians", round 148)
        if not self._plausible(head):
            return None
        if len(head) == 1 and head[0].kind == "PERSON" and head[0].low in lx.SUBJECT_PRONOUNS:
            # "He affirmed", though He Wei is named
            return self._pronoun("PERSON", position, word=head[0].low)
        persons = [  # not an owner: "X's office", "President Ferdinand Marcos’ office" (622)
            u
            for u in head
            if u.kind == "PERSON"
            and not self.text.startswith(_POSSESSIVE, u.end)
            and not self.text.startswith(_BARE_POSSESSIVE, u.end - 1)
        ]
        if (
            persons
            and (
                self.text.startswith(_NAMED_ADMINISTRATIONS, persons[-1].end)
                or (head[0].low in _ARTICLES and persons[-1] is not head[-1])
            )
            and (head[-1].kind == "ROLE" or head[-1].low in lx.ROLE_NOUNS)
        ):
            persons = []  # "A Biden administration official said": the official (round 321),
            # "The Maduro government said" as before; "the former Trump White House aide
            # said": the aide, the name a modifier after the article (round 620)
        if (
            not persons
            and head[-1].kind == "ROLE"
            and not (rest and _serves_person(units[len(head)], rest))
        ):
            persons = [  # "Ambassador to Vietnam X", not "spokesman for Secretary-General X"
                u
                for n, u in enumerate(rest[:3])
                if u.kind == "PERSON"
                and not (n and rest[n - 1].kind == "ROLE")
                and not self.text.startswith(_POSSESSIVE, u.end)  # "the spokesperson for
                # Dr. X’s government": the government's, not X (round 606)
            ]
            if (
                not persons
                and len(rest) > 3
                and rest[-1].kind == "PERSON"
                and rest[-2].kind == "WORD"
                and rest[-2].low not in lx.PREPOSITIONS
                and _long_title(units[len(head) - 1 : -1])
            ):  # "Minister in charge of Haj operations X told": the title's long complement,
                # then its holder (round 459); not "the minister in talks with X"
                persons = rest[-1:]
        if not persons and _titled_by_body(head, rest):
            persons = rest[-1:]  # "the head of the X Department Ivo Marsh": Marsh, not the head
        if persons:
            noun = _body_named_after(head, persons[0])
            if noun is not None:
                name = self.text[persons[0].start : noun.end]
                return Speaker(name, fold(name), "ORG")
            return self.cast.person(self.span_at(persons[0].start))
        tail = ""  # "the secretary of state": the title's own words after its noun
        if rest and len(rest) <= 3 and all(u.kind == "WORD" and u.text.islower() for u in rest):
            tail = self.text[rest[0].start : rest[-1].end]
        return self._classify_head(head, position, tail, _served_place(units, head, rest))

    def _organisation_ending_in(self, units: list[Unit]) -> Speaker | None:
        """The organisation named before whose name ends in a subject's words after "the",
        its noun in lower case ("the Indo-Pacific command" after "the US Indo-Pacific
        Command"): the same body named again, shorter; else None."""
        if any(u.kind not in _ENDING_KINDS or u.low in lx.PREPOSITIONS for u in units[1:]):
            return None  # a phrase, not a name's last words
        words = fold(self.text[units[1].start : units[-1].end])
        span = self.cast.organisation_ending(words, units[0].start)
        if span is None or len(span.text) == len(words):
            return None  # not named before, or named just so ("the Tarn council")
        return self.cast.organisation(span)

    def _organiser_subject(self, units: list[Unit]) -> Speaker | None:
        """ "The organizer said X", the article naming "organizer The Freedom Flotilla
        Coalition (FFC)" further on: that organisation; and "and organizer The X Coalition
        said" is X, the noun a title before its name."""
        if len(units) <= 2 and units[-1].low in _ORGANISER_NOUNS:
            return self._organiser_named()
        titled = 1 if units[0].low in _CONJUNCTIONS else 0
        if (
            len(units) > titled + 1
            and units[titled].low in _ORGANISER_NOUNS
            and any(u.kind == "ORG" for u in units[titled + 1 : titled + 4])
        ):
            return self._organiser_named()
        return None

    def _organiser_named(self) -> Speaker | None:
        """The organisation the article calls the organiser anywhere ("organizer The X
        Coalition", "the organisers, the X Network,"), which "the organizer" and "the
        organisers" stand for; None when it names none. Read once an article."""
        if self._organiser is None:
            found = None
            for mention in _ORGANISER_TITLE.finditer(self.text):
                index = bisect_left(self.span_starts, mention.end())
                if (
                    index < len(self.spans)
                    and self.spans[index].start == mention.end()
                    and self.spans[index].type == "ORG"
                ):
                    found = self.cast.organisation(self.spans[index])
                    break
            self._organiser = (found,)
        return self._organiser[0]

    def _radio_station(self, units: list[Unit]) -> Speaker | None:
        """ "Radio Free Europe said", "state-run Radio Tbilisi reported": a station named by
        "Radio" and the capitalised words after it, whose place the recogniser reads alone
        ("Europe", "Tbilisi"), is one organisation."""
        opening = next(n for n, u in enumerate(units) if u.text == "Radio")
        named = units[opening:]
        if any(u.low in _NOT_SUBJECT_STARTS or u.text[:1].isupper() for u in units[:opening]):
            return None  # "Besides Radio X": no subject; "Europe's Radio X": not its start
        if not all(
            u.text[:1].isupper() and self.text[before.end : u.start] == " "
            for before, u in pairwise(named)
        ):
            return None
        name = self.text[named[0].start : named[-1].end]
        return Speaker(name, fold(name), "ORG")

    def _joint_bodies_again(self, plural: str) -> Speaker | None:
        """The bodies named together under a plural head that spoke just before, called by it
        again ("The US Departments of State and Defense announced X. In a joint statement,
        the departments said Y": round 603)."""
        recent = self.last_other.get("ORG")
        if (
            recent is not None
            and self.sentence_index - recent[0] <= _JOINT_BODY_SENTENCES
            and _JOINT_BODY_HEADS[plural] in recent[1].name
        ):
            return recent[1]
        return None

    def _styled_before(self, start: int, end: int) -> Speaker | None:
        """The person the article last named with the style at ``start:end`` before their
        name ("His Majesty King X ... His Majesty stressed": X, though the minister who cites
        his speech spoke last; round 297), or None."""
        style = self.text[start:end] + " "
        at = self.text.rfind(style, 0, start)
        while at >= 0:  # ("His Majesty the King" names no one: an earlier mention may)
            index = bisect_left(self.span_starts, at + len(style))
            while index < len(self.spans) and self.spans[index].start <= at + len(style) + 16:
                span = self.spans[index]
                if span.type == "PERSON":
                    return self.cast.person(span)
                index += 1
            at = self.text.rfind(style, 0, at)
        return None

    def _classify_head(
        self, head: list[Unit], position: int, tail: str = "", served: frozenset[str] = frozenset()
    ) -> Speaker | None:
        last = head[-1]
        if len(head) == 2 and head[0].low in ("his", "her") and last.low in _HONORIFIC_PRONOUNS:
            styled = self._styled_before(head[0].start, last.end)
            return styled or self._pronoun("PERSON", position, word=head[0].low)  # "His
            # Highness said"
        if (last.kind == "ROLE" or last.low in lx.ROLE_NOUNS) and head[0].low in _INDEFINITE:
            return self._generic(head, position)  # "a spokesman": someone not named
        if len(head) == 1 and last.low == "another":
            return self._another_unnamed()
        if (
            last.kind == "ROLE"
            and last.low.endswith("s")
            and last.low.split()[-1] in lx.GROUP_NOUNS
        ):
            name = self._named(head)  # "The two Ministers": a group, as "the two sides"
            return Speaker(name, fold(name), "GROUP")
        if last.kind == "ROLE" and _counted_holders(head):
            name = self.text[head[1].start : last.end]  # "several MPs": a group, as "MPs"
            return Speaker(name, fold(name), "GROUP")
        if last.kind == "ROLE":
            places = _places(head) | served  # read where a title is matched, not for every head
            words = role_words(
                " ".join(u.text for u in head if u.kind != "WORD" or u.low in _RANK_WORDS)
            )  # "the deputy FM": a deputy's title, the recogniser's role "FM" alone
            found = self.cast.person_by_role(words, role_head(last.text), position, places)
            if found is not None and self.cast.named_only_after(found, position):
                # "Samoa's Prime Minister says ... Fiame ... was speaking", though a prime
                # minister is named further on: the person named next who may hold it
                found = self._named_next(position, last, places) or found
            if found is not None and not places:
                found = self._bare_title_going_on(found, words, last)
            if found is None and self._portfolio_joined_to(last):  # "the UN High
                # Commissioner for Refugees" no one named holds: the office's unnamed holder,
                # not the one speaking next, as the noun ending it is no role's (round 519)
                noun = fold(role_head(last.text)).split()[-1]
                return self._unnamed(noun, self._named(head), places)
            return found or self._generic(head, position)
        if (
            last.kind in ("ORG", "GPE")
            and len(head) >= 3
            and head[-2].kind == last.kind
            and self.text.startswith(" (", head[-2].end)
        ):  # "China's Ministry of Foreign Affairs (MoFA)", "X and the United Arab Emirates
            # (UAE)" (round 384): the name, then its acronym
            head, last = head[:-1], head[-2]
        both = head[1:] if head[0].low == "both" else head  # "both the US and China": the two
        if 3 <= len(both) <= 4 and _two_countries(both):  # "Vietnam and the US affirmed":
            # both (SOURCES, round 84)
            name = self.text[both[0].start : last.end]
            return Speaker(name, fold(name), "GROUP")
        if 4 <= len(both) <= 5 and both[0].low == "the" and _two_countries(both[1:]):
            name = self.text[both[1].start : last.end]  # "the Netherlands and Norway": both
            return Speaker(name, fold(name), "GROUP")
        if last.kind in ("ORG", "GPE", "EVENT", "LOC"):
            if (
                last.kind == "GPE"
                and len(head) >= 2
                and head[-2].kind == "ORG"
                and head[-2].end + 1 == last.start
                and self.cast.is_mission(self.span_at(head[-2].start))
            ):  # "Uganda High Commission Kigali": the mission, its seat in its name
                head, last = head[:-1], head[-2]
            if self.text.startswith(_POSSESSIVE, last.end):
                return None  # "the Korean Peninsula's colonial ruler": its noun is not read
            recent = self.last_other.get("ORG")
            if (
                recent is not None
                and len(head) == 1
                and last.low in fold(recent[1].name).split()
                and not self._introduced_alias(last)
                and not (
                    last.kind == "GPE"
                    and (fold(recent[1].name).startswith(last.low) or recent[1].name[:1].islower())
                )
            ):  # "Japan's Kyodo news agency said ... Kyodo said"; not "the Taiwan Ministry of
                # Foreign Affairs urged ... Taiwan stated": the country, as written, nor "the
                # government of X said ... X said" (round 330)
                return recent[1]
            if recent is not None and self._named_shorter(head, last, recent):
                return recent[1]
            if len(head) >= 2 and head[-2].kind == "WORD" and not head[-2].text.islower():
                cased = self._organisation_cased(head)  # "GLOBAL Affairs Canada announced"
                if cased is not None:
                    return cased
            joined = _body_and_named(head)
            if joined is not None:  # "The Japanese government and the ruling LDP argued":
                name = self.text[joined : last.end]  # both, as the text joins them (round 296)
                return Speaker(name, fold(name), "GROUP")
            named = self.cast.organisation(self.span_at(last.start))
            # the country before, its "'s" a unit of its own after a name of two words
            # ("North Korea" + "'s", as "Van's" after "Ngo Le Van")
            owner = None
            if last.kind == "ORG" and len(head) >= 2:
                owner = head[-3] if len(head) >= 3 and head[-2].low in _POSSESSIVE else head[-2]
            if (
                owner is not None
                and owner.kind == "GPE"
                and (
                    self.text[owner.end : last.start] in ("'s ", "’s ")
                    or (self.text[owner.end : last.start] == " " and named.name == last.text)
                )
                and _country_kept(named.name)
            ):  # "Azerbaijan’s Foreign Ministry", "the U.S. State Department": the ministry is
                # named with its country
                name = self.text[owner.start : last.end]
                self._owned(named.key, name)
                return Speaker(name, fold(name), "ORG")
            return named
        if last.kind != "WORD":
            return None
        low = last.low
        if (
            len(head) == 1
            and last.text[:1].isupper()
            and not self.text.endswith("ccording to ", 0, last.start)  # a source's name the
            # recogniser missed is left unread there ("According to Kassis", a misspelling)
            and _surname_alone(last.text)
        ):
            # "Georgescu also tried ...: “...”", a family name the recogniser left alone
            # (round 616): the person named in full before with it, else as written
            return self.cast.named_ending(last.text, last.start) or self.cast.named_person(
                last.text
            )
        if len(head) == 1 and low in lx.SUBJECT_PRONOUNS:
            return self._pronoun(lx.SUBJECT_PRONOUNS[low], position, word=low)
        if len(head) == 1 and low == "we":
            return self._issuing_body(position)
        if low in _COUNTRY_NOUNS and len(head) == 2 and head[0].low == "the":
            country = self._country_subject_before(position)
            if country is not None:  # "Saudi Arabia condemned X. The Kingdom reiterated Y"
                return country
        if (
            low in _DESCRIBED_NATIONS
            and 2 < len(head) <= _DESCRIBED_NATION_UNITS
            and head[0].low == "the"
        ):
            # "Oman condemned X. The Gulf state expressed Y", "the oil-rich kingdom": the
            # country heading a sentence before (round 611); not one heading this sentence
            # ("A said Y, after the biggest Pacific nation said Z" is not A)
            text = self.text
            opening = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position))
            country = self._country_subject_before(opening)
            if country is not None:
                return country
        places = _places(head) | served  # (as for a title above; the branches below ask)
        if low in _UNNAMED_NOUNS and _bare_modified(head, self.text):
            # '"...," confirmed senior Saudi official.': the article dropped, "a senior Saudi
            # official", a new unnamed speaker, not the person in view or named next (stfix155)
            return self._unnamed(low, self._named(head), places, new=True)
        if low in lx.ROLE_NOUNS:
            words = role_words(f"{self._named(head)} {tail}")
            found = self.cast.person_by_role(words, low, position, places)
            if found is not None and not places and found.key not in self._spoke:
                # "says the foreign minister" after a foreign one named who has not spoken:
                # the one so titled who has (round 348)
                found = self.cast.spoken_holder(words, low, self._spoke) or found
            if (
                found is not None
                and self.cast.named_only_after(found, position)
                and not self.cast.titled_as(found, words - _place_words(head), places)
            ):  # "New Zealand's foreign minister said ...", the article's one foreign minister
                # titled far on being Australia's: the person named next who may hold it; not
                # when the holder's title is the mention's, its place too ("Saudi Arabia's
                # foreign minister said", "Saudi foreign minister X" further on: X, not whoever
                # is named next; "the new prime minister", "the deputy foreign minister" are
                # not one titled only "prime minister", "foreign minister")
                found = self._named_next(position, last, places) or (
                    self._sole_untitled_speaker(places) or found
                )
            if found is not None and not places:
                found = self._untitled_speaker_going_on(found)
            return found or self._generic(head, position)
        if low == "agency" and [u.low for u in head] == _THE_NEWS_AGENCY:
            reporting = _reporter_named(self.text, self.spans)
            if reporting is not None:  # "..., AFP reported. X, the news agency said":
                return reporting  # the one outlet reporting (round 647)
        if low in NEWSPAPER_NOUNS:
            titled = self._newspaper_by_name(head)
            if titled is not None:
                return titled
            if self._outlet is None:
                self._outlet = (
                    _newspaper_named(self.spans) or _reporter_named(self.text, self.spans),
                )
            if self._outlet[0] is not None:
                return self._outlet[0]  # "the newspaper continues": the one the article names
            introduced = self._introduced_as(low, position)
            if introduced is not None:  # "Irish broadcaster X released ... The broadcaster
                return introduced  # added": the one body introduced by that noun (stfix158)
        if (
            low == "representative"
            and len(head) > 2
            and self.text.startswith(_POSSESSIVE, head[-2].end - 2)
            and role_words(head[-2].text) & lx.ORG_HEADS
        ):  # "the foreign ministry's representative": a role, its spokesperson's, not a group
            words = role_words(self._named(head[:-1])) | _SPOKESPERSON
            found = self.cast.person_by_role(words, "spokesperson", position)
            return found or self._generic(head, position)
        if (
            low == "representative"
            and len(head) > 2
            and self.text.startswith(_POSSESSIVE, head[-2].end - 2)
            and role_words(head[-2].text) & lx.ROLE_NOUNS
        ):  # "the Lithuanian minister's representative said": the minister's spokesperson
            found = self.cast.person_by_role(_SPOKESPERSON, "spokesperson", position, places)
            return found or self._generic(head, position)
        if (
            low == "representative"
            and len(head) == 2
            and head[0].kind == "GPE"
            and self.text.startswith(_POSSESSIVE, head[0].end)
        ):  # "Tarn's representative emphasised X": one country's, unnamed, as "Tarn's
            # delegate", not a group of representatives (round 376)
            return self._generic(head, position)
        if low in _TEAMS and len(head) <= 2:
            return None  # "what the team described as": a team named before, not read here
        if low in lx.GROUP_NOUNS:
            if len(head) == 2 and head[0].low == "the" and low in self.named_events:
                return self.named_events[low]  # "the summit": the named one that spoke before
            recent = (
                self.last_other.get("GROUP")
                if len(head) == 2 or (len(head) == 3 and head[1].text.islower())
                else None
            )  # "The news agencies" as "The sources": its noun's modifier kept (round 424)
            if (
                recent is not None
                and head[0].low == "the"
                and recent[1].name.endswith(f" {self.text[head[1].start : last.end]}")
                and self.sentence_index - recent[0] <= 4
            ):  # "French sources confirmed ... The sources noted": the ones just speaking
                return recent[1]
            if len(head) == 2 and head[0].low == "the":
                body = self._body_as_group(low, head[0].start, position)
                if body is not None:
                    return body
                if low[:-1] in lx.ROLE_NOUNS:  # "X, and Y, the UN expert, expressed Z. '...,'
                    pair = self._pair_subject_before(position, persons=True)  # the experts
                    if pair is not None:  # said": the two persons just named, as "They" is
                        return pair  # (round 497)
            if _described_group(head):
                body = self._body_as_group(low, head[0].start, position)
                if body is not None:  # "the Palestinian armed group said": the organisation
                    return body  # named before, as "the group" is (round 611)
            name = self._named(head)
            if "s " in name:  # the cheap test first
                name = _without_owner(name)
            compound = _HEADS_OF.match(self.text, last.end) if low == "heads" else None
            if compound is not None:  # "heads of state": one compound noun
                name += compound.group()
            if " and " in name and self.text.endswith(", ", 0, head[0].start):  # the cheap test
                series = _MODIFIER_SERIES.search(
                    self.text, max(0, head[0].start - 60), head[0].start
                )
                if series is not None and name[:1].islower():  # "soy, corn, wheat and seed
                    # associations": the whole series modifies the noun (round 471)
                    name = series.group() + name
            return Speaker(name, fold(name), "GROUP")
        if low in lx.ORG_HEADS:
            if _joined_to_own_body(head):  # "X and his CHP party urged": the pair as written
                name = self._named(head)  # (round 618), not another party named before
                return Speaker(name, fold(name), "GROUP")
            if low in _WATCHING_HEADS:
                if last.text[0].isupper() and self.cast.organisation_by_head(low, position) is None:
                    return None  # "the latest annual Food Aid Monitor": a publication's title
                watching = self._body_by_watch(head, position)
                if watching is not None:
                    return watching
            if "-based" in self.text[head[0].start : last.start]:  # the cheap test first
                # "The Jacksonville-based university": where the body sits, not whose it is,
                # so the university named before may be it (round 469)
                seated = [u for u in head if not self.text.startswith("-based", u.end)]
                places = _places(seated) | served
            span = self.cast.organisation_by_head(_OFFICE_HELD.get(low, low), position)
            if span is None and low in _ALLIED_HEADS:  # "the coalition" after "the X alliance"
                span = self.cast.organisation_by_head(_ALLIED_HEADS[low], position)
            if span is not None and places and not self.cast.names_place(span, places):
                span = None  # "the Russian foreign ministry": not the ministry named before
                # without Russia in its name (another country's, as likely as not)
            recent = self.last_other.get("ORG")
            if (
                span is not None
                and not places
                and recent is not None
                and self.sentence_index - recent[0] <= 1
                and low in _org_heads(recent[1].name)
                and not self.cast.names_place(span, self.cast.places_named(recent[1].name))
            ):  # "the Russian foreign ministry said X. Y, according to the foreign ministry":
                return recent[1]  # the one just speaking, not one named before it
            if span is not None:
                return self.cast.organisation(span)
            if (
                recent is not None
                and (
                    low in _org_heads(recent[1].name)
                    or (low in _ANY_ORGANISATION and len(head) == 2 and head[0].low == "the")
                    or (
                        len(head) == 2
                        and head[0].low == "the"
                        and low == _head_before_of(recent[1].name)
                    )  # "the court" after "the European Union’s Court of Justice" spoke
                    or (low == "company" and _brand_only(recent[1].name))
                    or (low in _OFFICE_NOUNS and _government_office(head, recent[1].name))
                    or (
                        low in _BROADCAST_HEADS
                        and _org_heads(recent[1].name)[0] in _BROADCAST_HEADS
                    )
                    or _parented_agency(head, recent[1])
                )
                and not self._other_owner(head, recent[1])
                and not (places and not self.cast.places_named(recent[1].name) & places)
            ):  # "the ministry", "the agency": the one that spoke, as it was named (not "the
                # Peruvian government" after the Mexican one)
                return recent[1]
            if low in _ANY_ORGANISATION and len(head) == 2 and head[0].low == "the":
                body = self._organisation_sentence_before(head[0].start)
                if body is not None:  # "... was the X Front. The organisation said"
                    return body
            if low == "office" and len(head) == 2 and head[0].low in _OFFICE_OWNERS:
                owned = self._persons_office_named(_OFFICE_OWNERS[head[0].low], position)
                if owned is not None:
                    return owned
            name = self._named(head)
            if low in _NAMED_BY_OWN_NAME and "s " in name:  # the cheap test first
                named_alone = _without_owner(name)  # "Thailand’s Bhumjaithai party": the
                if named_alone[:1].isupper():  # party's own name ("its ruling party" stays)
                    name = named_alone
            if name.count("s ") > 1:  # the cheap test first
                name = _FIRST_OF_TWO_OWNERS.sub("", name)  # "Chile’s Prime Minister’s office":
                # the minister's, who is Chile's
            span = self.cast.organisation_named_after(role_words(name))
            if span is not None:
                return self.cast.organisation(span)
            if len(head) == 2 and head[0].low == "the":
                name = (
                    self._capitalised_before(last.text, head[0].start)
                    or (  # not "the government" after "Norland’s interim government
                        # banned X": named by its country only where that one spoke too
                        # (``_government_placed``, round 451; stfix144)
                        self._placed_office_before(last.text, head[0].start)
                        if low != "government"
                        else None
                    )
                    or self._name_before_lowercase_head(
                        last.text, head[0].start, placed=low != "government"
                    )  # nor after "the Norlandic government" named in passing (stfix148)
                    or name
                )
            elif len(head) == 3 and head[0].low == "the" and _DESCRIBING.fullmatch(head[1].text):
                name = self._name_before_lowercase_head(last.text, head[0].start) or name
            if low in lx.MISSION_HEADS:  # "The Polish embassy in Paris said": known by its seat
                name += self.cast.seat_at(last.end)
            return Speaker(name, fold(name), "ORG")
        if last.text[:1].isupper() and all(u.kind == "WORD" for u in head):
            office = self.cast.office_by_portfolio(self.text[head[0].start : last.end])
            if office is not None:  # "Foreign Affairs said": the Ministry of Foreign Affairs
                return self.cast.organisation(office)
            if (
                head[0].low == "the"
                and len(head) <= 3
                and _acronym_after_the(self.text, last.start, last.text)
            ):
                name = self.text[head[1].start : last.end]  # "The Russian MOD said": the
                return Speaker(name, fold(name), "ORG")  # organisation, as named (round 387)
        return None

    def _another_unnamed(self) -> Speaker | None:
        """ "One Labour MP said X. Another said Y": a second person the article leaves unnamed,
        called as the unnamed one speaking last was (stfix148); no one after a named speaker
        ("Ana Vey said X. Another said Y": whose other is not read)."""
        last = self.last_speaker
        if last is None or last.type != "PERSON":
            return None
        for noun, speakers in self.unnamed.items():
            if last in speakers:
                name = self.fullest.get(last.key, last.name)
                return self._unnamed(
                    noun, name, self._unnamed_places.get(last.key, frozenset()), new=True
                )
        return None

    def _persons_office_named(self, pronoun: str, position: int) -> Speaker | None:
        """'"...," his office said' where the article names that office elsewhere ("X’s
        office", before or after): the office as named, one speaker with it, not a bare
        "office" (round 397), or None."""
        owner = self._pronoun("PERSON", position, word=pronoun)
        if owner is None:
            return None
        surname = owner.name.rpartition(" ")[2]
        for written in (f"{surname}’s office", f"{surname}'s office", f"{surname}s office"):
            at = self.text.find(written)
            if at > 0 and not self.text[at - 1].isalpha():
                break
        else:
            return None
        start = at
        index = bisect_right(self.span_starts, at) - 1
        if index >= 0 and self.spans[index].end == at + len(surname):
            start = self.spans[index].start  # "Jon Reyes’s office": the owner's full name
            index -= 1
        if index >= 0 and self.spans[index].type == "ROLE" and self.spans[index].end == start - 1:
            start = self.spans[index].start  # "President X’s office", as the text names it
        name = self.text[start : at + len(written)]
        return Speaker(name, fold(name), "ORG")

    def _other_owner(self, head: list[Unit], recent: Speaker) -> bool:
        """Whether an office's mention names its owner, who is not the owner of the office
        that spoke last ("Ahmed’s office said ... Abdullahi’s office said": two offices), or
        names a body when the office that spoke last was unnamed."""
        owner = next((u for u in head[:-1] if self.text.startswith(_POSSESSIVE, u.end)), None)
        if owner is None and recent.name.islower():  # "the press service said ... the
            return any(u.kind == "ORG" for u in head[:-1])  # Kremlin press service": another
        if owner is None or owner.kind != "PERSON":
            return False
        if head[-1].low == "government" and self._leader_of_government(head, owner, recent):
            return False
        return not set(fold(owner.text).lower().split()) & set(recent.key.replace("'", " ").split())

    def _leader_of_government(self, head: list[Unit], owner: Unit, recent: Speaker) -> bool:
        """Whether "Prime Minister X’s government" may be the country’s government that spoke
        just before ("Norland’s new government vowed ... Prime Minister X’s government said"):
        its leader's, one government named two ways (round 330), when X is titled a head of
        government and serves no other place."""
        if not recent.key.endswith(" government") or "'s " not in recent.key:
            return False
        if not any(u.kind == "ROLE" and role_words(u.text) & _LEADER_TITLES for u in head):
            return False
        person = self.cast.person(self.span_at(owner.start))
        return not self.cast.serves_elsewhere(person, self.cast.places_named(recent.name))

    def _placed_office_before(self, head: str, position: int) -> str | None:
        """The first naming before ``position`` of an office in lower case after its country
        ("Romanian foreign ministry", "Romania’s foreign ministry"), which the recogniser did
        not read as an organisation: "the ministry" is that one, named as first introduced."""
        at = self.text.find(f" {head}", 0, position)
        while at >= 0:
            found = _PLACED_OFFICE.search(self.text, max(0, at - 40), at)
            if found is not None and self.cast.places_named(found.group(1)):
                end = at + 1 + len(head)
                named = (
                    _APPOSED_NAME.match(self.text, end) if self.text[end : end + 1] == " " else None
                )
                if named is not None and named.group(1) not in lx.WEEKDAYS:
                    return named.group(1)  # "Moldovan energy company Moldovagaz": its name
                    # (round 510)
                return self.text[self._place_start(found.start()) : end]
            at = self.text.find(f" {head}", at + 1, position)
        return None

    def _place_start(self, start: int) -> int:
        """Where the place a word at ``start`` ends is named from ("Korea" of "South Korea":
        its mention's start), else ``start``."""
        index = bisect_right(self.span_starts, start) - 1
        if index >= 0 and self.spans[index].type == "GPE" and start < self.spans[index].end:
            return self.spans[index].start
        return start

    def _capitalised_before(self, head: str, position: int) -> str | None:
        """The name in capitals ending in ``head`` written last before ``position`` ("the
        Norland-Tarn Society ... the society said"), which the recogniser did not read as an
        organisation: "the society" is that one."""
        capital = f"{head[:1].upper()}{head[1:]}"
        at = self.text.rfind(f" {capital}", 0, position)
        if at < 0 or not self.text.startswith((" ", ",", "."), at + 1 + len(capital)):
            return None
        words = _CAPITALISED_WORDS_BEFORE.search(self.text, max(0, at - 80), at + 1)
        if words is None or words.group(1) == "The ":
            return None
        opening = words.group(1).removeprefix("The ")
        verb, _, after = opening.partition(" ")
        form = FORMS.get(verb.lower())
        if form is not None and not form.base and self.text.endswith(", ", 0, words.start(1)):
            opening = after  # "X Was Right, Says Presidency After Y": a headline's inverted
            # attribution in title case, its verb no word of the name (round 639)
        end = at + 1 + len(capital)
        complement = (
            _CAPITALISED_COMPLEMENT.match(self.text, end)
            if self.text.startswith(" of ", end)
            else None
        )  # "the European Union’s Court of Justice ... the Court said": its name goes on in
        # capitals after "of" (round 448)
        return opening + capital + (complement.group() if complement else "")

    def _name_before_lowercase_head(
        self, head: str, position: int, placed: bool = True
    ) -> str | None:
        """The name in capitals before ``head`` in lower case, written last before ``position``
        after a lowercase word ("the GenZ 212 movement ... the movement urged X", "the ruling
        ABC party ... the party said"), which the recogniser did not read as an organisation:
        "the movement" is that one, named as written. Not a sentence's opening capitals, nor
        an owner's possessive ("Ana Vila’s party"); not a place's words unless ``placed``
        ("the Norlandic government": a country's, no name of its own)."""
        at = self.text.rfind(f" {head}", 0, position)
        if at < 0 or not self.text.startswith((" ", ",", "."), at + 1 + len(head)):
            return None
        words = _CAPITALS_BEFORE_LOWERCASE.search(self.text, max(0, at - 80), at + 1)
        if words is None or words.group(1).endswith(("’s ", "'s ")):
            return None
        if not placed and self.cast.places_named(words.group(1)):
            return None
        return words.group(1) + head

    def _proxy(self, units: list[Unit], position: int) -> Speaker | None:
        """ "Contributions from delegates", "A statement issued ... by X", "the statement",
        "the Chinese foreign ministry statement"."""
        issuer = self._issuer_before(units)
        if issuer is None and len(units) > 3:
            issuer = self._issuer_before(_before_issued(units))  # "A White House statement
            # issued on Monday stated": its issuer before it, the adjunct after
        if issuer is None and len(units) > 3 and units[-1].low in _ISSUING:
            issuer = self._relative_issuer(units)  # "A statement the Ministry issued said"
        if issuer is not None:
            self.last_document = issuer
            return issuer
        proxies = lx.PROXY_NOUNS
        noun = next(
            (i for i, u in enumerate(units[:3]) if u.kind == "WORD" and u.low in proxies), None
        )
        if noun is None:
            noun = _titled_proxy(units)
        if noun is None:
            noun = _reports_by(units)
        if noun is None or units[noun].text.isupper():
            return None  # in capitals, a name's word: "DAILY POST had reported that" (round 409)
        owner = units[noun - 1] if noun else None
        if owner is not None and owner.low in _TWO_DOCUMENTS:
            return None  # "both statements noted": two issuers, no one speaker
        owned_last = noun == len(units) - 1 or _on_a_platform(units, noun)
        if (
            owner is not None
            and owned_last
            and owner.kind == "PERSON"
            and self.text[owner.end : units[noun].start] in _POSSESSIVE_GAPS
        ):  # "Mr. X’s speech highlighted Y": X speaks through it
            return self.cast.person(self.span_at(owner.start))
        if (
            owned_last
            and units[0].low in _PERSONS_OWNING
            and (
                units[noun].low.startswith(lx.ISSUED_NOUNS)
                or (units[noun].low in _SPOKEN_PROXIES and self._finite_verb_at(position))
            )
        ):  # not "Her comments came after X warned, saying Y": the participle is X's
            owning = self._pronoun(
                "PERSON", max(position, units[0].start), word=_PERSONS_OWNING[units[0].low]
            )  # read where the pronoun stands: "X dedicated it “...,” according to her post"
            if owning is not None:  # "His latest statement suggests Y": he speaks through it
                return owning  # (round 587)
        for index in range(len(units) - 1, noun, -1):
            unit = units[index]
            if (
                unit.kind == "WORD"
                and unit.low in ("by", "from", "of", "on")
                and index + 1 < len(units)
                and not (unit.low == "of" and _issuer_head_of(units, noun, index))
                and not (unit.low == "by" and units[index - 1].low in _HEADED)
            ):
                named = _before_head(_before_time(units[index + 1 :]))  # "by X after the meeting"
                speaker = self._site_owner(named)
                if speaker is None and unit.low in _BY_ISSUER:
                    speaker = self._issuers_listed(named)
                if speaker is None and unit.low != "on" and named and named[-1].low in _TEAMS:
                    speaker = self._issuing_team(named)  # "from the junta's information
                    # team": its owner kept, as the team is named by it
                if speaker is None and unit.low != "on":
                    speaker = self.classify(named, position)
                if speaker is None and unit.low != "on":
                    speaker = _capitalised_issuer(named) or self._issuing_team(named)
                if (
                    speaker is None
                    and unit.low == "on"
                    and (
                        any(u.low in _BY_ISSUER for u in units[noun + 1 : index])
                        or _on_a_channel(units, noun, index)
                    )
                ):
                    continue  # "new data by SIPRI on arms transfers": a topic, its issuer before;
                    # "the statement on SPA": where it was carried, its issuer the one in view
                if speaker is not None:
                    self.last_document = speaker
                return speaker
        if units[noun].low.startswith(lx.ISSUED_NOUNS):
            if units[0].low == "the" and units[noun].low == "post":
                poster = self._poster_before(position)
                if poster is not None:
                    return poster
            if units[0].low in ("a", "an"):  # a new document: its issuer may be named later
                later = self._issuer_named_later(units[noun], position)
                if later is not None:
                    self.last_document = later
                    return later
            if units[0].low == "the" and self._owned_by_unnamed(units[noun]):
                return None  # "No evidence was presented in the committee’s report that X,
                # according to the report": a body's document, not the body that spoke last
            if units[0].low == "the" and self.last_document is None:
                issuing = self._issuer_of_issuing(
                    units[noun].low, position
                ) or self._owner_of_document(units[noun].low, position)
                if issuing is not None:
                    self.last_document = issuing
                    return issuing
            recent = self.last_other.get("ORG")  # "The ministry said ... The statement added"
            if self._issuer_read is None and recent and units[0].low == "the":
                self._issuer_read = recent[1]  # the same statement's words again after
                # another body is named ("“A,” the statement read. Brussels urged B. “C,” the
                # statement continued": the first's issuer; round 575)
            if self.last_document or recent:
                return self.last_document or self._issuer_read or (recent[1] if recent else None)
            issuer = self._issuer_named_before(position) or self._issuer_of_mention(
                units[noun].low, position
            )  # "Jiji Press reported ... the report"
            if issuer is None and units[0].low == "the":
                issuer = self._issuer_of_issuing(units[noun].low, position, _LATER_ISSUER_WINDOW)
                self.last_document = issuer  # "Several missions issued a statement." then a
                # paragraph naming no body, then '"...," the statement read.' (round 615)
            return issuer
        if (
            self.letter_writer is not None
            and noun == 1
            and units[0].low == "the"
            and units[1].low in _LETTERS
            and (len(units) == 2 or units[2].low == "to")
        ):  # 'X said in a letter to Y that A. "B," the letter read.': X wrote it, as "The
            # communication to Y also highlighted" (round 337)
            return self.letter_writer
        if noun == 1 and units[1].low == "communication" and units[0].low == "the":
            recent = self.last_other.get("ORG")  # "a communiqué by X said A. The communication
            # added B": the same document, its issuer (round 384)
            return self.last_document or (recent[1] if recent else None)
        if noun == 1 and len(units) == 2 and units[0].low == "the" and units[1].low in _MESSAGES:
            writer = self._owner_of_document(units[1].low, position)
            if writer is not None:  # "X’s message was read out by Y. The message said Z": X's
                self.last_document = writer  # (round 619)
            return writer
        return None

    def _owned_by_unnamed(self, noun: Unit) -> bool:
        """Whether the sentence names "the report" before as owned by a body it does not
        name ("in the committee’s report that X, according to the report"; round 623): the
        document is that body's, whoever spoke last."""
        start = self._sentence_start(noun.start)
        for possessive in _POSSESSIVE_GAPS:
            owned = self.text.rfind(f"{possessive}{noun.low}", start, noun.start)
            if owned >= 0:
                owner = self.text[self.text.rfind(" ", start, owned) + 1 : owned]
                return owner.islower() and owner.isalpha()
        return False

    def _owner_of_document(self, noun: str, position: int) -> Speaker | None:
        """Whose "the statement" is, where a sentence shortly before named it with its owner,
        though it said nothing then ("The statement made by X was released on Wednesday.",
        "X’s message was read out by Y."): that person or body (round 619), not the
        organisation that spoke last."""
        window = max(0, position - _OWNED_DOCUMENT_WINDOW)
        mentions = [
            mention
            for mention in _OWNED_DOCUMENT.finditer(self.text, window, position)
            if noun in mention.groups()
        ]
        if not mentions:
            return None
        owned = mentions[-1]
        if owned.group(1) is not None:  # "X’s message": the name right before the possessive
            before = self.units(max(0, owned.start() - _ISSUER_CHARS), owned.start())
            owner = before[-1:] if before and before[-1].end == owned.start() else []
        else:  # "the statement made by the 14th X": the first name after "by"
            units = self.units(owned.end(), owned.end() + _ISSUER_CHARS)[:_ISSUER_WORDS]
            owner = [u for u in units if u.kind in ("PERSON", "ORG")][:1]
        if not owner or owner[0].kind not in ("PERSON", "ORG"):
            return None
        span = self.span_at(owner[0].start)
        return self.cast.person(span) if owner[0].kind == "PERSON" else self.cast.organisation(span)

    def _issuer_of_issuing(
        self, noun: str, position: int, reach: int = _ISSUING_WINDOW
    ) -> Speaker | None:
        """The subject of "X issued a statement" close before "the statement said": X issued
        it, though the sentence names other bodies after it ("The UN issued a statement
        condemning the attack on the UN Mission in Tarn."; round 376); likewise the subject
        of "X did Y in a statement"."""
        window = max(0, position - reach)
        issued = max(
            self.text.rfind(f"{verb} a {noun}", window, position) for verb in _ISSUING_VERBS
        )
        in_document = self.text.rfind(f" in a {noun}", window, position)
        if in_document > issued and self._acted_in_document(in_document, noun, position):
            return self.main(self._sentence_start(in_document), in_document)
        if issued < 0:
            return None
        if _ISSUED_BY_AFTER.match(self.text, self.text.find(noun, issued) + len(noun)):
            return None  # '"...," issued a statement issued by the ministry': the issuer is
            # named after it, no subject before it
        return self.before(self._sentence_start(issued), issued + 1)

    def _acted_in_document(self, in_document: int, noun: str, position: int) -> bool:
        """Whether "X made the call in a statement" is the sentence right before "The
        statement said" and names no issuer after the noun ("in a statement released by Y"):
        then X, the subject who acted in it, issued it (round 606). Further back, someone
        else may have spoken for it since."""
        if _ISSUED_BY_AFTER.match(self.text, in_document + len(noun) + 6) is not None:
            return False
        current = self._sentence_start(position + 2)  # (``position`` may open it)
        return self._sentence_start(in_document) == self._sentence_start(current - 1)

    def _poster_before(self, position: int) -> Speaker | None:
        """Who "posted" close before "the post said" ("X, the ministry posted on social media.
        ... '“...,” the post said.'"): the post's issuer, though it said nothing listed itself
        (round 353); or who did something "in a post" there ("X called it “illegal” in a post
        on X (formerly Twitter)": the post was X's, not the platform's; newuser51)."""
        window = max(0, position - _LATER_ISSUER_WINDOW)
        posted = self.text.rfind(" posted ", window, position)
        in_post = self.text.rfind(" a post ", window, position)
        if in_post > posted:
            return self.main(self._sentence_start(in_post), in_post)
        if posted < 0:
            return None
        return self.before(self._sentence_start(posted), posted + 1)

    def _long_issuer_list(self, units: list[Unit]) -> Speaker | None:
        """A subject too long to read but for a document and its list of issuers ("a joint
        statement issued by A, B, ..., K and L"): those issuers."""
        document = next(
            (n for n, u in enumerate(units[:_DOCUMENT_REACH]) if u.low.startswith(lx.ISSUED_NOUNS)),
            None,
        )
        if document is None:
            return None
        by = next(
            (n for n in range(document + 1, document + 3) if units[n].low in _BY_ISSUER), None
        )
        return self._issuers_listed(units[by + 1 :]) if by is not None else None

    def _issuers_listed(self, named: list[Unit]) -> Speaker | None:
        """ "a joint statement issued by A, B, C and D": its issuers, one speaker named as the
        text lists them (SOURCES, round 255), not the last two after the last comma."""
        if len(named) < _LISTED_ISSUERS or named[0].kind not in ("GPE", "ORG", "WORD"):
            return None
        listed = self.text[named[0].start : named[-1].end]
        if _ISSUER_LIST.fullmatch(listed) is None:
            return None
        name = listed.removeprefix("the ")
        return Speaker(name, fold(name), "GROUP")

    def _relative_issuer(self, units: list[Unit]) -> Speaker | None:
        """The organisation in a relative clause without "that" after a document ("A statement
        the country's Ministry of Foreign Affairs issued said", the caller having seen the
        participle last): the document's issuer, not whoever spoke last."""
        if units[0].low not in ("a", "an", "the"):
            return None
        noun = next(
            (i for i in (1, 2) if units[i].kind == "WORD" and units[i].low in lx.PROXY_NOUNS),
            None,
        )
        if noun is None or not units[noun].low.startswith(lx.ISSUED_NOUNS):
            return None
        issuer = units[noun + 1 : -1]
        owned = next((i for i, u in enumerate(issuer) if u.low.endswith(("'s", "’s"))), -1)
        issuer = issuer[owned + 1 :]  # "the country's Ministry": the ministry, its owner known
        issuer = _after_determiners(issuer)
        if len(issuer) != 1 or issuer[0].kind != "ORG":
            return None
        return self.cast.organisation(self.span_at(issuer[0].start))

    def _issuing_team(self, units: list[Unit]) -> Speaker | None:
        """The team a document is from, in lowercase words ("a statement from the junta's
        information team"): the issuer as written, its owner kept, without "the"."""
        units = _after_determiners(units)
        if not 2 <= len(units) <= 4 or units[-1].low not in _TEAMS:
            return None
        if any(u.kind != "WORD" or not u.text.islower() for u in units):
            return None
        name = self.text[units[0].start : units[-1].end]
        return Speaker(name, fold(name), "ORG")

    def _issuer_of_mention(self, noun: str, position: int) -> Speaker | None:
        """The issuer of "the statement" named far back, where the article first mentioned it
        ("The ministry released a statement on Monday." then paragraphs of its words, then
        "..., the statement reads."): the organisation named close before "a statement"."""
        article = "an" if noun.startswith(("a", "e", "i", "o", "u")) else "a"
        mention = self.text.rfind(f" {article} {noun}", 0, position)
        if mention < 0:
            return None
        return self._issuer_named_before(mention)

    def _issuer_named_later(self, noun: Unit, position: int) -> Speaker | None:
        """The issuer of "a presidential release" as the article names it further on ("the
        release from the president's office said"): an office named by its head noun."""
        text = self.text
        at = -1
        for joint in (" from ", " by ", " issued by "):
            found = text.find(noun.low + joint, noun.end, noun.end + _LATER_ISSUER_WINDOW)
            if found >= 0 and (at < 0 or found < at):
                at, width = found, len(noun.low) + len(joint)
        if at < 0:
            return None
        owner = self.units(at + width, min(len(text), at + width + 60))[:_ISSUER_WORDS]
        head = next(
            (n for n, u in enumerate(owner) if u.kind == "ORG" or u.low in lx.ORG_HEADS), None
        )
        return self.classify(owner[: head + 1], position) if head is not None else None

    def _site_owner(self, units: list[Unit]) -> Speaker | None:
        """The organisation whose website a statement is on ("a statement from the UN's
        website", "posted on the Chinese foreign ministry’s website"): its issuer."""
        if len(units) < 2 or units[-1].low not in _SITES:
            return None
        owner = units[:-1]
        while len(owner) > 1 and self._site_modifier(owner[-1]):
            owner = owner[:-1]  # "the ministry's official Facebook page": the ministry's
        owner = _after_determiners(owner)
        if len(owner) == 1 and owner[0].kind in ("ORG", "GPE"):
            if self.text.startswith(_POSSESSIVE, owner[0].end):  # "the UN's website"
                return self.cast.organisation(self.span_at(owner[0].start))
            return None
        if not owner or not self.text.startswith(_POSSESSIVE, owner[-1].end - 2):
            return None
        head = owner[-1].low[:-2]
        if head not in lx.ORG_HEADS or len(owner) > 5:
            return None
        name = self.text[owner[0].start : owner[-1].end - 2]
        return Speaker(name, fold(name), "ORG")

    def _site_modifier(self, unit: Unit) -> bool:
        """Whether a word before a site's noun describes the site, not its owner ("official",
        "Facebook"): lowercase or a platform, with no possessive of its own."""
        return (unit.text.islower() or unit.text in lx.PLATFORMS) and not self.text.startswith(
            _POSSESSIVE, unit.end - 2
        )

    def _body_of(self, head: list[Unit], joint: Unit, rest: list[Unit]) -> Speaker | None:
        """A body named by its kind and whose it is ("the government of Brazil", "the press
        department of the Foreign Ministry", "the government of border city Tijuana", the
        place described first): the organisation, named whole."""
        owner = rest
        owner = _after_determiners(owner)
        if joint.low != "of" or not owner:
            return None
        fielded = _portfolio_in_words(head, owner)
        if not (self._placed_office(owner) or _persons_office(head, owner) or fielded) and (
            owner[-1].kind not in ("ORG", "GPE")
            or len(owner) > _PLACE_DESCRIPTION_WORDS
            or not all(u.kind == "WORD" and u.text.islower() for u in owner[:-1])
        ):
            return None
        if not all(
            u.kind == "WORD" and (u.text.islower() or u.low == "the" or fielded) for u in head
        ):
            return None  # "the Foreign Ministry's press office of X": not one phrase
        words = head
        while len(words) > 1 and words[0].low in lx.DROPPED_DETERMINERS:
            words = words[1:]
        name = self.text[words[0].start : owner[-1].end]
        return Speaker(name, fold(name), "ORG")

    def _placed_office(self, owner: list[Unit]) -> bool:
        """Whether words the recogniser did not read name an office by its country and kind
        ("the Belarusian foreign Ministry"): a body's owner, as a recognised one is."""
        return (
            2 <= len(owner) <= 3
            and all(u.kind == "WORD" for u in owner)
            and owner[-1].low in lx.ORG_HEADS
            and bool(self.cast.places_named(owner[0].text))
        )

    def _head_of_body(self, head: list[Unit], rest: list[Unit], position: int) -> Speaker | None:
        """ "the head of the United Nations mission in the country": the person whose title
        names that body, else someone the article does not name, known by the title up to the
        body's noun (not the person last speaking, who holds another office). Not a ministry
        or an agency: "the head of the foreign ministry" is its minister, named or not."""
        if len(head) > 2 or (len(head) == 2 and head[0].low not in lx.DROPPED_DETERMINERS):
            return None
        body = next(
            (
                n
                for n, u in enumerate(rest[:_ISSUER_WORDS])
                if u.kind == "WORD" and u.low in _HEADED_BODIES
            ),
            None,
        )
        if body is None:
            return None
        if body + 1 < len(rest) and rest[body + 1].kind == "PERSON":
            # "head of the US delegation X told AFP": the title's holder named (round 344)
            return self.cast.person(self.span_at(rest[body + 1].start))
        if rest[-1].kind == "PERSON" and _body_placed(rest[body + 1 : -1]):
            # "Head of delegation at the International Committee of the Red Cross X
            # announced": the title, where it is held, then its holder (round 517)
            return self.cast.person(self.span_at(rest[-1].start))
        name = self.text[head[-1].start : rest[body].end]
        found = self.cast.person_by_role(role_words(name), "head", position)
        if found is not None and rest[body].low in role_words(found.role):
            return found  # "Head of Mission X ... the head of the mission"
        return self._unnamed("head", name)

    def _named_shorter(self, head: list[Unit], last: Unit, recent: tuple[int, Speaker]) -> bool:
        """Whether "the Foreign Ministry" names again the organisation that spoke just before
        with its country in its name ("Myanmar Foreign Ministry said ... the Foreign Ministry
        said", round 335): the one speaking, named as fully as before."""
        if len(head) != 2 or head[0].low != "the" or last.kind != "ORG":
            return False
        name = recent[1].name
        if self.sentence_index - recent[0] > 2 or not name.endswith(f" {last.text}"):
            return False
        owner = name[: -len(last.text) - 1].split()
        return all(word[:1].isupper() for word in owner)  # a country's name, no "press
        # service of the Uzbek Foreign Ministry" (another speaker)

    def _body_by_watch(self, head: list[Unit], position: int) -> Speaker | None:
        """A monitor or a watchdog named by what it watches rather than by its name (round
        623): "the Syrian Observatory for Human Rights war monitor" is the organisation so
        named (not "the UN nuclear watchdog": an agency of the UN, not the UN), "the global
        maritime watchdog" the body that spoke just before; None otherwise."""
        words = head[1:-1] if head[0].low == "the" else head[:-1]
        named = [u for u in words if u.kind == "ORG"]
        if (
            words
            and len(named) == 1
            and words[0] is named[0]
            and named[0].text not in _UN_NAMES
            and all(u.kind == "WORD" and u.text.islower() for u in words[1:])
        ):
            return self.cast.organisation(self.span_at(named[0].start))
        recent = self.last_other.get("ORG")
        if (
            head[0].low == "the"
            and not named
            and all(u.kind == "WORD" and u.text.islower() for u in words)
            and recent is not None
            and self.sentence_index - recent[0] <= 1
        ):
            return recent[1]
        return None

    def _body_as_group(self, low: str, start: int, position: int) -> Speaker | None:
        """An organisation a group's noun names again (round 322): "the Community" after the
        "Caribbean Community", its name's last word; "the group" just after an organisation
        spoke, where no other group ("a group of farmers") is named just before."""
        span = self.cast.organisation_ending(low, position)
        if span is not None:
            return self.cast.organisation(span)
        recent = self.last_other.get("ORG")
        if (
            low != "group"
            or "group" in self.text[max(0, start - _GROUP_NAMED_REACH) : start].lower()
        ):
            return None
        if recent is not None and self.sentence_index - recent[0] <= 2:
            if not _state_body(recent[1].name):
                return recent[1]
            named = self.cast.organisation_last_before(start)  # "..., according to the X-run
            if (  # health ministry." then "Hamas released Y." then "However, the militant
                named is not None  # group says Z": not the state's body just speaking, but
                and not _state_body(named.text)  # the organisation named just before, even
                and self.text.count("\n", named.end, start) <= 1  # past a paragraph's
                and self.text.count(". ", named.end, start) <= 1  # break (stfix154)
            ):
                return self.cast.organisation(named)
            return None
        return self._organisation_sentence_before(start)

    def _portfolio_joined_to(self, role: Unit) -> bool:
        """Whether ``role`` is a title the recogniser read without the portfolio after it
        (``_portfolio_joined``: "High Commissioner" then "for Refugees")."""
        index = bisect_left(self.span_starts, role.start)
        return (
            index < len(self.spans)
            and self.spans[index].end < role.end
            and _portfolio_ending(role.text)
        )

    def _group_shared_before(self, position: int) -> Speaker | None:
        """The group a bare share speaks for ("8% said", "24% said") after a share of it in
        the same sentence ("66% of respondents said ..."): its other members (round 519)."""
        window = self.text[max(0, position - _SHARE_REACH) : position]
        share = max(window.rfind("% of "), window.rfind(" percent of "))
        if share < 0 or ". " in window[share:]:
            return None
        start = position - len(window) + window.index(" of ", share) + 4
        end = start
        while end < position and (self.text[end].isalpha() or self.text[end] == "-"):
            end += 1
        word = self.text[start:end]
        if word not in lx.GROUP_NOUNS:
            return None
        return self.classify(self.units(start, end), start)

    def _organisation_sentence_before(self, start: int) -> Speaker | None:
        """An organisation the sentence just before names last, none having spoken ("Among
        those attending was the X Front, which ... The group confirmed ..."): "the group" is
        it (round 332)."""
        crosshead = self._crosshead_organisation(start)
        if crosshead is not None:
            return crosshead
        span = self.cast.organisation_last_before(start)
        if span is None:
            return None
        between = self.text[span.end : start]
        if "\n" in between or between.count(". ") > 1:
            return None  # another paragraph, or sentences between: no longer the one meant
        return self.cast.organisation(span)

    def _crosshead_organisation(self, start: int) -> Speaker | None:
        """The organisation a crosshead names alone on the line above the paragraph that
        ``start``'s sentence opens ("Hamas" above "In a statement, the armed group said"):
        the one the section is about, outside the body the cast reads (round 611)."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        if line_start < 2 or ". " in text[line_start:start]:
            return None  # the cheap tests first: the paragraph's first sentence only
        above = text.rfind("\n", 0, line_start - 1) + 1
        index = bisect_left(self.span_starts, above)
        if index == len(self.spans):
            return None
        span = self.spans[index]
        if span.start != above or span.end != line_start - 1 or span.type != "ORG":
            return None
        return self.cast.organisation(span)

    def _site_of(self, owner: list[Unit]) -> Speaker | None:
        """The organisation a website is "of", its issuer (as ``_site_owner``'s "the
        ministry's website"), when the phrase after "of" is only its name."""
        owner = _after_determiners(owner)
        if len(owner) == 1 and owner[0].kind in ("ORG", "GPE"):
            return self.cast.organisation(self.span_at(owner[0].start))
        return _site_owner_named(owner)

    def _issuer_before(self, units: list[Unit]) -> Speaker | None:
        """The organisation named before an issued document ("the ministry's statement",
        "the Chinese foreign ministry statement"), or None."""
        if (
            len(units) < 2
            or units[-1].kind != "WORD"
            or not units[-1].low.startswith(lx.ISSUED_NOUNS)
        ):
            return None
        issuer = units[:-1]
        while issuer and issuer[0].kind == "WORD" and issuer[0].low in _DROPPED_BEFORE_ISSUER:
            issuer = issuer[1:]  # "an official ministry statement": the ministry's
        if (
            len(issuer) > 2
            and issuer[0].kind == "ORG"
            and issuer[1].low in _POSSESSIVE
            and all(_describes_document(u) for u in issuer[2:])
        ):  # "The X Office's (XO) 2024 annual report highlighted": the office's (round 511)
            return self.cast.organisation(self.span_at(issuer[0].start))
        owner = next((u for u in issuer[:4] if u.low.endswith(("'s", "’s"))), None)
        if owner is not None and owner.kind == "WORD" and owner.low[:-2] in lx.ORG_HEADS:
            # "a ministry's press release": the ministry last named; "The ministry's
            # statement": "the ministry", named back as fully as before (round 460)
            opening = units[0].start if units[0].low == "the" else issuer[0].start
            return self.classify(self.units(opening, owner.end - 2), owner.start)
        plural = issuer[-1] if issuer and issuer[-1].low.endswith(("s'", "s’")) else None
        if plural is not None and plural.kind == "WORD" and plural.low[:-1] in lx.GROUP_NOUNS:
            # "the prosecutors' statement said": the group's, as "the prosecutors said" (round
            # 425)
            return self.classify(self.units(issuer[0].start, plural.end - 1), plural.start)
        if len(issuer) == 2 and issuer[0].kind == "ORG" and issuer[1].low in _DOCUMENT_MODIFIERS:
            issuer = issuer[:1]  # "an FCO press release": the office's
        if (
            len(issuer) == 2
            and issuer[0].kind == issuer[1].kind == "ORG"
            and self.text.startswith(" (", issuer[0].end)
        ):
            issuer = issuer[:1]  # "a Joint Border Command (JBC) statement": the body, then its
            # initials (round 518)
        if len(issuer) == 1 and issuer[0].kind == "ORG":
            return self.cast.organisation(self.span_at(issuer[0].start))
        if len(issuer) > 2 and issuer[-1].kind == "ORG" and _spelt_before(self.text, issuer):
            # "an Inter-Services Public Relations (ISPR) statement said": the body the
            # recogniser knew by its initials only, named in full (round 518)
            name = self.text[issuer[0].start : issuer[-2].end]
            return Speaker(name, fold(name), "ORG")
        if len(issuer) == 1 and issuer[0].text in self._bodies_by_opening:
            # "The Fiji statement said" after "the Fiji delegation reaffirmed": the body of
            # that country that spoke, its issuer (dev set: "Fiji delegation")
            return self._bodies_by_opening[issuer[0].text]
        if issuer and issuer[-1].low in _DOCUMENT_MODIFIERS and _capitalised_name(issuer[:-1]):
            # "an Executive Mansion press release": an office the recogniser did not know
            name = self.text[issuer[0].start : issuer[-2].end]
            return Speaker(name, fold(name), "ORG")
        if not issuer or issuer[-1].kind != "WORD" or not _issuing_body(issuer[-1].low):
            return None
        if len(issuer) > 5 or any(u.kind == "WORD" and u.low in _CLAUSE_MARKERS for u in issuer):
            return None
        if len(issuer) == 1:  # "a ministry statement said": the ministry named before, as
            # "the ministry said" is
            found = None
            if len(units) == 3 and units[0].low == "the":
                # "the forum statement said": the body "the forum" names back (round 350)
                found = self.classify(units[:2], units[0].start)
            if found is None:
                found = self.classify(issuer, issuer[0].start)
            if found is not None:
                return found
        name = self.text[issuer[0].start : issuer[-1].end]
        earlier = self._placed_issuer_before(name)
        return earlier or Speaker(name, fold(name), "ORG")

    def _placed_issuer_before(self, name: str) -> Speaker | None:
        """The issuer last named with its country whose name a bare one ends ("a French
        foreign ministry statement ... a foreign ministry statement": the French one; round
        291), or None."""
        if not name.islower():
            return None
        for recent in (self.last_document, (self.last_other.get("ORG") or (0, None))[1]):
            if recent is not None and recent.name.endswith(f" {name}"):
                return recent
        return None

    def _plausible(self, head: list[Unit]) -> bool:
        """A noun phrase: names, determiners, known nouns; lowercase words only as modifiers."""
        known = _PHRASE_WORDS
        if (
            len(head) > 1
            and head[0].low in _NOMINATIVE_PRONOUNS
            and head[1].kind == "WORD"
            and head[1].text.islower()
            and head[1].low not in known
            and head[-1].kind == "WORD"
        ):
            return False  # "We urge all actors to X and reaffirm Y": the pronoun's clause, its
            # verb and a common noun its object, no noun phrase a pronoun opens; "she heard
            # Kono confirm Y" keeps the name, the bare infinitive's subject (stfix116)
        for index, unit in enumerate(head):
            if unit.kind != "WORD":
                continue
            low = unit.low
            if low in lx.CLAUSE_WORDS or low in lx.BE_FORMS:
                return False
            if low in lx.DOCUMENT_NOUNS and not _portfolio_before_title(unit, head, index):
                return False
            if unit.text[0].isupper() or low in known or low in lx.SUBJECT_PRONOUNS:
                continue
            if low in _COUNTRY_NOUNS and index == len(head) - 1:
                continue  # "The country stressed Y", as "The Kingdom": the country (round 376)
            if low in _DESCRIBED_NATIONS and index == len(head) - 1 > 1:
                continue  # "The Gulf state expressed Y" likewise (round 611)
            later = head[index + 1 :]
            if not index and later and later[0].low in lx.DROPPED_DETERMINERS:
                return False  # ", lauded the ministers": a verb and its object, no modifier
            if not any(u.kind != "WORD" or u.low in _PHRASE_NOUNS for u in later):
                return False  # a modifier needs a noun or a name after it ("new Minister X")
        return True

    def _named(self, head: list[Unit]) -> str:
        """A group's or role's words without a leading determiner ("the two sides")."""
        dropped = lx.DROPPED_DETERMINERS | _INDEFINITE
        if head[-1].low in lx.GROUP_NOUNS:
            dropped = dropped | lx.GROUP_PREDETERMINERS  # "both sides" -> "sides"
            if head[-1].low.endswith("s"):  # "other ministers" -> "ministers", as "some
                dropped = dropped | _OTHERS  # ministers" (round 299); "the other side" stays
        elif head[-1].low in lx.ORG_HEADS:  # "the official X news agency" -> "X news agency":
            dropped = dropped | _OFFICIAL  # an epithet, no part of its name (round 393)
            run = 1 if head[0].kind == "WORD" and head[0].low in lx.DROPPED_DETERMINERS else 0
            if (  # "the state-run X news agency" -> "X news agency": who runs it, an epithet
                len(head) > run + 2  # too (stfix159), before a name only ("the state-owned
                and head[run].kind == "WORD"  # company" keeps it, as a group's pre-modifier)
                and head[run].text[1:].islower()  # "State-owned X" opening a sentence
                and head[run].low.endswith(_RUN_BY)
                and head[run + 1].text[:1].isupper()
            ):
                head = [*head[:run], *head[run + 1 :]]
        while len(head) > 1 and head[0].kind == "WORD" and head[0].low in dropped:
            head = head[1:]
        name = self.text[head[0].start : head[-1].end]
        if " and a" in name:  # the cheap test first
            name = _JOINED_INDEFINITE.sub(" and ", name)  # "X and a senior US official" ->
            # "X and senior US official": no determiner, in a pair as alone (round 635)
        if " (" in name:  # the cheap test first
            name = _BRACKETED_ACRONYM.sub("", name)  # "the X Summit of the Y Community (YC)
            # Heads of State": the name without the acronym inside it (round 328)
        return _without_common_owner(name) if "s " in name else name  # the cheap test first

    def _generic(self, head: list[Unit], position: int) -> Speaker | None:
        """A role no named person holds: "a spokeswoman", "a senior US official" is a speaker
        the article does not name, and "the South Korean official" after it the same one;
        "the diplomat" is the person last in view, else the person named next as speaking
        ("the spokesman for Iran's foreign ministry said ... Saeed Khatibzadeh said"), else
        a speaker the article does not name ("the ministry's spokesperson")."""
        noun = fold(head[-1].text).split()[-1].rstrip(".")
        indefinite = head[0].kind == "WORD" and head[0].low in _INDEFINITE
        other = _the_other(head)
        places = _places(head)
        name = self._named(_after_owner(head[2:] if other else head, self.text))  # "Mr X’s
        # spokesman": "spokesman"; "the other senior official": "senior official"
        bodies = tuple(u.text for u in head if u.kind == "ORG")  # "an EU official"
        titled = (
            self._titled_next(
                noun,
                max(position, head[-1].end),
                places,
                bodies,
                head[0].low in _INDEFINITE_ARTICLES and noun not in _UNNAMED_NOUNS,
            )  # "Y, according to
            # a senior official.": ahead of the mention, not of Y's start (round 315)
            if indefinite
            and _KEPT_UNNAMED.search(self.text, head[-1].end, position) is None
            # "a UAE official, who requested anonymity, told AFP": not the person named next
            and (
                not self.text.startswith(_SERVED_AFTER, head[-1].end)
                or _DESCRIBED_BODY.match(self.text, head[-1].end) is not None
            )
            else None  # "A spokesman for X": for whom, not who (the one named next may differ);
            # "a spokesman for the world body": a body described, not named, whose spokesman
            # the article names next (round 496)
        )
        if titled is not None:
            return titled
        if indefinite or self._unnamed_like(noun, places) is not None:
            # "an official ... the South Korean official": one; "a Japanese official": another,
            # and so is "the Slovak minister" after "the Hungarian minister", and "the other
            # senior official" after "one of the officials" (round 646)
            return self._unnamed(noun, name, places, new=indefinite or other)
        if len(head) > 1 and head[0].low in _POSSESSIVE_PRONOUNS:
            return self._unnamed(noun, name, places)  # "his spokeswoman said":
            # someone of his, not he
        if (
            _former_post(head)
            and self.last_person is not None
            and not self._serves_elsewhere(self.last_person[1], places)
        ):
            return self.last_person[1]  # the one speaking, not a person named since, whose
            # title now is not the post once held (round 509)
        if noun == "source":
            return self._unnamed(noun, name, places)  # "According to the source, X": whoever
            # it is, the article keeps them unnamed, no person it names (round 581)
        # "Qatar's foreign minister" names whom it means: the person last speaking or last a
        # subject, if their title does not name another place; not one merely named last
        found = self._pronoun("PERSON", position, merely_named=not places)
        if found is not None and self._introduced_apart(found, noun, name, head[0].start):
            return self._unnamed(noun, name, places)
        if found is not None and self._heads_body_new_here(head, position):
            found = self._newcomer_speaking(found, position, places) or found
        if found is not None and not found.role and _leads_government(head[-1]):
            found = self._government_owner_before(position) or found  # "Donald Tusk's
            # reshuffled government ... Y will head the Ministry of Finance ... the Prime
            # Minister emphasized": the government's owner, not a minister named since
            # (round 621)
        served = noun in _SPOKESPERSONS and self.text.startswith(_SERVED_AFTER, head[-1].end)
        if served and found is not None and not found.role:
            found = None  # "Joy said X. The spokesperson for the government said Y": the
            # body's spokesperson, not a person in view whom the article gives no such title
        if found is not None and places and not self.cast.places_of(found) & places:
            placed = self.cast.placed_person(places, position)  # "the Russian official": the
            if placed is not None and not _profession_of_another(head[-1].low, placed):
                found = placed  # one person titled Russian, not the last one speaking
        if found is not None and (
            self._serves_elsewhere(found, places) or (places and self._untitled(found))
        ):
            found = None  # "the Hungarian minister": not a person merely named last, whom the
            # article gives no title or country (the last speaker, who goes on, may be)
        if found is None and places:
            found = self._host_named_before(position, places)
        if found is not None and not self._holds(found, head[-1]):
            found = None  # "the Secretary-General", "the envoy": not the minister last named
            spoke = self.last_person  # "X called on President Y ... Congratulating President
            if (
                spoke is not None
                and head[-1].kind == "ROLE"
                and (self._holds(spoke[1], head[-1]) or _widens_bare_title(spoke[1], head[-1]))
            ):
                found = spoke[1]  # Y, the Minister noted": the minister, speaking last
        if found is not None and noun in lx.GUEST_NOUNS and not self.cast.places_of(found) & places:
            return self._unnamed(noun, name, places)  # not the host last speaking
        if (
            found is not None
            and places
            and head[0].kind == "GPE"
            and self.text.startswith(_POSSESSIVE, head[0].end)
            and self._unnamed_by_other_noun(found, noun)
        ):  # "his colleague from Belarus said ... Sweden’s speaker pointed out": two
            return self._unnamed(noun, name, places)  # delegates, each unnamed, a country's
            # own (round 484); "The Iranian diplomat" may be the spokesman before
        if found is not None and _field_elsewhere(found, head):
            return self._unnamed(noun, name, places)
        if noun == "diplomat" and found is not None and self._outside_diplomacy(found):
            found = (
                self._envoy_titled(head, position)
                or self.cast.last_titled(_DIPLOMATIC, position)
                or found
            )  # "the visiting diplomat" after a city's vice chairman spoke: the ambassador he
            # received
        owners = [  # "Erdogan's spokesman": someone of Erdogan's, not Erdogan nor one named next
            self.cast.person(self.span_at(u.start)).key
            for u in head
            if u.kind == "PERSON" and self.text.startswith(_POSSESSIVE, u.end)
        ]
        if owners and (found is None or found.key in owners):
            return self._unnamed(noun, name, places)
        if self._role_owned(head) and (found is None or noun not in role_words(found.role)):
            return self._unnamed(noun, name, places)  # "the Prime Minister’s spokesman":
            # someone of the office's, not the person last speaking (round 266)
        if found is None and noun in lx.OFFICES:
            found = self._holder_named_before(head[-1], noun)
        if found is None and self._member_of_group_speaking(noun):
            return self._unnamed(noun, name, places)  # "two diplomats from Europe said X ...
            # Y, said the European diplomat": one of them, not a person named further on
            # (round 315)
        if found is None:
            after = max(position, head[-1].end)  # '“...,” the spokesman said': ahead of him
            found = self._speaking_next(after, places)
            if (
                found is not None
                and not self._holds(found, head[-1])
                and (
                    self._another_in_sentence(position, found)
                    or (places and head[-1].kind == "ROLE")
                )
            ):  # speaking inside the role's own statement, another office's holder; or a
                # country's title another office's holder cannot be ("Iran’s Supreme Leader
                # warned: “...”" before "Secretary of State X said": not X; round 611)
                found = self._speaking_next(after, places, head[-1])
            elif found is not None and head[-1].kind == "ROLE" and not self._holds(found, head[-1]):
                # "the Chancellor expressed X" before "Finance Minister Y said": not Y, whose
                # title is another office's; the one speaker so far given no title, whose
                # office the article takes as known (round 659, as round 367)
                found = self._speaking_next(after, places, head[-1]) or (
                    self._sole_untitled_speaker(places)
                )
            if found is not None and noun in lx.INTERPRETERS and not self._holds(found, head[-1]):
                found = None  # "The translator explained": not the president speaking next
            named_next = self._named_next(after, head[-1], places, role_words(name))
            if (
                named_next is not None
                and _body_spokesperson(head)
                and not self._titled_so_after(named_next, after, noun)
            ):  # "the External Affairs Ministry spokesperson": the body's unnamed one, not
                named_next = None  # the next person named, who is not called so (round 483)
            found = (
                found or named_next or self._quoted_next(after, places, head[-1], role_words(name))
            )
            if (
                found is None
                and head[-1].kind == "ROLE"
                and self._body_persons()[1][:1] >= [self._sentence_start(after)]
            ):
                opening = self._person_opening_next(after)  # "X, the Environment Minister
                opener = self.cast.person(opening) if opening is not None else None  # has
                if (  # said." opening the text, then "Deputy Y warned that Z": the title no one
                    opener is not None  # named before holds is the person the next paragraph
                    and opening is not None  # opens on, if not named in what the title said
                    and self.cast.named_only_after(opener, opening.start - 1)  # ("... a
                    and not self._serves_elsewhere(opener, places)  # meeting he had with X")
                ):  # nor another country's (round 504)
                    found = opener
        if found is None and noun in _HEAD_OFFICES and not places:  # "the Hungarian minister":
            # one of a country, not whoever the article names untitled
            found = self.cast.sole_untitled(noun, role_words(name), position)
        if found is None and noun in _SPOKESPERSONS and len(head) == 2 and head[0].low == "the":
            found = self._sole_speaker(noun)
            if served and found is not None and not found.role:
                found = None  # likewise the one person speaking
        return found or self._unnamed(noun, name, places)

    def _introduced_as(self, noun: str, before: int) -> Speaker | None:
        """The one organisation named right after ``noun`` before ``before`` ("Irish
        broadcaster X", "the daily Y"), which "the broadcaster" stands for; None for none or
        several."""
        named = {
            span.text: span
            for span in self.spans[: bisect_left(self.span_starts, before)]
            if span.type == "ORG"
            and self.text[span.start - len(noun) - 1 : span.start].lower() == f"{noun} "
            and not self.text[span.start - len(noun) - 2 : span.start - len(noun) - 1].isalpha()
        }
        if len(named) != 1:
            return None
        return self.cast.organisation(next(iter(named.values())))

    def _newspaper_by_name(self, head: list[Unit]) -> Speaker | None:
        """A paper named with its kind's noun by a name the recogniser does not know ("The
        Sankei newspaper said"): the outlet as written, its noun kept (as "Japan's Kyodo news
        agency" is kept whole); not one named by its country's people ("the Japanese
        newspaper"). A name it knows is the paper's alone ("The Dhaka Tribune newspaper")."""
        named = _after_determiners(head[:-1])
        while named and named[0].kind == "WORD" and named[0].text.islower():
            named = named[1:]  # "the conservative Sankei newspaper": the paper's name
        if not named or not all(_unrecognised_name_word(unit) for unit in named):
            return None
        name = self.text[named[0].start : head[-1].end]
        return Speaker(name, fold(name), "ORG")

    def _heads_body_new_here(self, head: list[Unit], position: int) -> bool:
        """Whether a role mention is of a body the article names here first ("The leader of
        the X Party says", X never named before): its holder may be someone not yet named,
        not the person in view, whom the article never tied to that body."""
        role_end = head[-1].end
        if not self.text.startswith(" of ", role_end):
            return False
        index = bisect_right(self.span_starts, role_end)
        while index < len(self.spans) and self.spans[index].start < position:
            span = self.spans[index]
            index += 1
            if span.type == "ORG":
                return self.text.find(span.text, 0, head[0].start) < 0
        return False

    def _newcomer_speaking(
        self, in_view: Speaker, position: int, places: frozenset[str]
    ) -> Speaker | None:
        """The person named first right after a role mention as the subject of a verb of
        saying ("The leader of the X Party says A. Speaking on TV, Noda said B"): the one who
        holds it, rather than ``in_view``, who spoke for another body before (round 614)."""
        newcomer = self._speaking_next(position, places)
        if newcomer is None or newcomer == in_view:
            return None
        return newcomer if self.cast.named_only_after(newcomer, position) else None

    def _government_owner_before(self, position: int) -> Speaker | None:
        """The last person before ``position`` whose government the text names by them
        ("Donald Tusk's reshuffled government", "the Ruto administration") and who holds no
        title that is not a leader's, or None."""
        for span in reversed(self.spans[: bisect_left(self.span_starts, position)]):
            if span.type == "PERSON" and _GOVERNMENT_OWNED.match(self.text, span.end):
                person = self.cast.person(span)
                if not person.role or role_words(person.role) & _LEADER_TITLES:
                    return person
        return None

    def _titled_so_after(self, person: Speaker, after: int, noun: str) -> bool:
        """Whether the first mention of ``person`` after ``after`` has ``noun`` within a few
        words of it ("Tahir Andrabi, the Foreign Office spokesperson")."""
        at = self.text.find(person.name, after)
        if at < 0:
            return False
        near = self.text[max(0, at - _TITLED_SO_REACH) : at + len(person.name) + _TITLED_SO_REACH]
        return noun in near.lower()

    def _host_named_before(self, position: int, places: frozenset[str]) -> Speaker | None:
        """ "At a reception for X, Assistant to the President of Azerbaijan, Y spoke ... The
        Vietnamese official suggested": the subject of the sentence before (a name then a past
        tense) when it has no country and the words before it name someone or somewhere
        abroad: the host after the guest (baobacgiang, session 40). The recogniser may have
        missed a lone surname there ("..., Son spoke"): the capitalised word then."""
        start = self._sentence_start(position)
        before = self._sentence_start(start - 1)
        persons, starts = self._body_persons()
        mentions = persons[bisect_left(starts, before) : bisect_left(starts, start)]
        subjects = [s for s in mentions if _PAST_AFTER_SUBJECT.match(self.text, s.end)]
        if len(subjects) > 1:
            return None
        if subjects:
            subject = subjects[0]
        else:
            untagged = _UNTAGGED_SUBJECT.search(self.text, before, start)
            if untagged is None or self._spanned(untagged.start(1)):
                return None
            subject = EntitySpan(untagged.start(1), untagged.end(1), "PERSON", untagged[1])
        host = self.cast.person(subject)
        if self.cast.places_of(host):
            return None
        guests = [
            self.cast.person(s) for s in mentions if s.start < subject.start and s is not subject
        ]
        if any(self._serves_elsewhere(p, places) for p in guests) or self._abroad_named(
            before, subject.start, places
        ):
            return host
        return None  # no one from abroad before: the mention may mean another than the one named

    def _abroad_named(self, start: int, end: int, places: frozenset[str]) -> bool:
        """Whether ``text[start:end]`` names a country other than ``places`` (a capital stands
        for its country: "in Hanoi" is Vietnam's)."""
        spans = self.spans[
            bisect_left(self.span_starts, start) : bisect_left(self.span_starts, end)
        ]
        return any(
            s.type == "GPE" and not place_stems([capital_country(s.text) or s.text], []) & places
            for s in spans
        )

    def _spanned(self, at: int) -> bool:
        """Whether a recognised entity covers ``at``."""
        index = bisect_right(self.span_starts, at) - 1
        return index >= 0 and self.spans[index].end > at

    def _member_of_group_speaking(self, noun: str) -> bool:
        """Whether the last group to speak is of ``noun``'s plural ("two diplomats", then
        "the diplomat"): a role mention then names one of that unnamed group."""
        group = self.last_other.get("GROUP")
        if group is None:
            return False
        last = group[1].name.rpartition(" ")[2].lower()
        return last == f"{noun}s" or lx.MEMBER_NOUNS.get(last) == noun

    def _sole_speaker(self, noun: str) -> Speaker | None:
        """The one person every statement so far is of, for a bare "the spokesperson" the
        article never introduced, no spokesperson named or unnamed before: the page's slip
        for its only speaker ("Minister X said ... the spokesperson stated"; round 293)."""
        last = self.last_person
        if last is None or self.unnamed.get(noun) or self._spoke != {last[1].key}:
            return None
        return last[1] if self.last_speaker == last[1] else None

    def _role_owned(self, head: list[Unit]) -> bool:
        """Whether a role noun is owned by an office ("the Prime Minister’s spokesman")."""
        return any(u.kind == "ROLE" and self.text.startswith(_POSSESSIVE, u.end) for u in head)

    def _holder_named_before(self, role: Unit, noun: str) -> Speaker | None:
        """The person an office noun names in the sentence before ("In his meeting with the
        Ambassador of X, Mr. Y, the Minister reaffirmed Z. The envoy noted W": Y), not one
        speaking next: the last person named there, titled so (the title may stand a few
        words before the name, past a comma); not one named in the noun's own sentence ("X
        and the Lao Ambassador emphasized")."""
        sentence = self._sentence_start(role.start)
        mention = self._last_mention(sentence)
        if mention is None or mention.start < self._sentence_start(sentence):
            return None
        person = self.cast.person(mention)
        if person.role:
            return person if self._holds(person, role) else None
        before = self.text[max(0, mention.start - _TITLE_REACH) : mention.start].lower()
        return person if any(word in before for word in lx.OFFICES[noun]) else None

    def _bare_title_going_on(self, found: Speaker, words: frozenset[str], role: Unit) -> Speaker:
        """ "He reaffirmed X, led by Minister of State Y. The Minister underscored Z": a bare
        title ("The Minister") is the speaker going on who holds it, not a titled person named
        in passing who has said nothing (round 287)."""
        last = self.last_person
        if last is None or last[1].key == found.key or found.key in self._spoke:
            return found
        if not last[1].role or words != role_words(role.text):
            return found  # the last speaker untitled, or the mention more than a bare title
        before = self._sentence_start(self._sentence_start(role.start) - 1)
        if last[0] < before and self.last_person_said_end < before:
            return found  # not speaking in the sentence before: the one named there may be meant
            # (a quotation of several sentences speaks up to its last one, round 345)
        return last[1] if self._holds(last[1], role) else found

    def _untitled_speaker_going_on(self, found: Speaker) -> Speaker:
        """ "said the foreign minister" of a speaker the article gives no title but its own
        words ("The Serbian foreign minister spoke"): the speaker going on, not a minister
        the cast titles ("with Greek Foreign Minister X") who has said nothing yet."""
        last = self.last_person
        if last is None or found.key in self._spoke or last[1].role:
            return found
        return last[1] if self.cast.places_of(found) and not self.cast.places_of(last[1]) else found

    def _outside_diplomacy(self, speaker: Speaker) -> bool:
        """Whether a person's title names an office outside diplomacy ("Prime Minister",
        "Vice Chairman of the People's Committee"): no one "the diplomat" stands for. A bare
        "Minister" names no portfolio: it may be foreign affairs (round 265)."""
        words = role_words(speaker.role) | role_words(speaker.organisation)
        return bool(speaker.role) and not words & _DIPLOMATIC and words != _BARE_MINISTER

    def _serves_elsewhere(self, speaker: Speaker, places: frozenset[str]) -> bool:
        """Whether a speaker's title names another place than ``places`` (an unnamed one's is
        the place it was named with: "the Hungarian minister")."""
        unnamed = self._unnamed_places.get(speaker.key)
        if unnamed is not None:
            return bool(unnamed and places and not unnamed & places)
        return self.cast.serves_elsewhere(speaker, places)

    def _untitled(self, speaker: Speaker) -> bool:
        """Whether a person found for a role mention is merely named, not the last speaker, and
        the article gives them neither a title nor a country: a role mention naming a country
        ("the Hungarian Minister") is then someone else."""
        if self.last_person is not None and self.last_person[1].key == speaker.key:
            return False
        return (
            not speaker.role
            and speaker.key not in self._unnamed_places
            and not self.cast.places_of(speaker)
        )

    def _holds(self, person: Speaker, role: Unit) -> bool:
        """Whether a person may hold a role: they have none known, or it is theirs; a noun
        that names no office ("the official", "the diplomat") anyone may hold. A speaker the
        article does not name is known by the role it was named by: "the Russian ambassador"
        is not the Ukrainian foreign minister unnamed before."""
        title = person.role or (
            self.fullest[person.key] if person.key in self._unnamed_places else ""
        )
        if not title:
            return True
        held = role_words(role_head(title))
        if role.kind == "ROLE":
            words = role_words(role.text)
            return words <= held and not (held & lx.LOWER_OFFICE) - words
        holders = lx.OFFICES.get(role.low)
        if holders is None:
            return not _head_office_other(role.low, held)
        return not holders.isdisjoint(held)

    def _unnamed(
        self, noun: str, name: str, places: frozenset[str] = frozenset(), new: bool = False
    ) -> Speaker:
        """The unnamed speaker a role noun stands for (the last one so named whose place
        agrees, or ``new``), named as fully as the article does."""
        speaker = None if new else self._unnamed_like(noun, places)
        if speaker is not None and " and " in speaker.name and " and " not in name:
            speaker = None  # "X, a telecom company and a US official said. The US official
            # said": the official alone, not the pair the noun ended before (round 478)
        if speaker is not None and _other_branch(name, self.fullest.get(speaker.key, "")):
            speaker = None
        if speaker is None:
            key = fold(name)
            while key in self.fullest:
                key += "+"  # two unnamed speakers first named alike stay two
            speaker = Speaker(name, key, "PERSON", organisation=_body_modifying(name, noun))
            self.unnamed.setdefault(noun, []).append(speaker)
        self._unnamed_places[speaker.key] = self._unnamed_places.get(speaker.key, places) | places
        fullest = self.fullest.get(speaker.key, "")
        post = _OFFICIAL_POST in fullest  # "X’s official spokesman": the post's title names
        # the speaker whole, whatever else the article calls them (rounds 527, 529)
        if fullest and not post and _OFFICIAL_POST not in name and _named_apart(name, fullest):
            self._apart_keys.add(speaker.key)  # "the Geneva-based official", then "the
            # government official": one person whom neither names whole (round 372)
        if speaker.key in self._apart_keys:
            self.fullest[speaker.key] = fullest.rpartition(" ")[2]
        elif not post and (len(name) > len(fullest) or _OFFICIAL_POST in name):
            self.fullest[speaker.key] = name
        return speaker

    def _introduced_alias(self, mention: Unit) -> bool:
        """Whether a one-word organisation was introduced as another's short name ("the
        Island Community (ISCOM)"): then "ISCOM" is that one, not the "ISCOM Secretariat"
        that spoke last."""
        if mention.kind != "ORG":
            return False
        return self.cast.aliased(self.span_at(mention.start)) is not None

    def _organisation_cased(self, head: list[Unit]) -> Speaker | None:
        """The organisation named elsewhere in the article that a subject's words are, case
        aside ("GLOBAL Affairs Canada", a lede's first word in capitals, is Global Affairs
        Canada): the recogniser took the words' capitals for another name's and kept only the
        last mention's."""
        first = 1 if head[0].low == "the" else 0
        return self.cast.organisation_cased(self.text[head[first].start : head[-1].end])

    def _owned(self, key: str, name: str) -> None:
        """An organisation was named with its country ("Kenya’s Ministry of Foreign Affairs"):
        its other mentions ("the foreign ministry") are named so too, unless another country's
        ("Somalia’s Ministry of Foreign Affairs") shares its key."""
        if not _country_kept(name):
            return
        owner = self._owners.setdefault(key, name)
        if owner == name:
            self.fullest[key] = name
        elif owner:
            self._owners[key] = ""
            self.fullest.pop(key, None)

    def _introduced_apart(self, found: Speaker, noun: str, name: str, start: int) -> bool:
        """Whether "the administration official" is someone the article introduced by those
        very words ("according to three people and a U.S. administration official"), not the
        unnamed speaker last in view, whom it calls by another noun only ("one source said"):
        two unnamed people (round 626)."""
        return (
            " " in name
            and self._unnamed_by_other_noun(found, noun)
            and self.text.rfind(name, 0, start) >= 0
        )

    def _unnamed_by_other_noun(self, found: Speaker, noun: str) -> bool:
        """Whether ``found`` is an unnamed speaker the article calls by another role noun
        only: no name links the two mentions."""
        return any(found in speakers for other, speakers in self.unnamed.items() if other != noun)

    def _unnamed_like(self, noun: str, places: frozenset[str]) -> Speaker | None:
        """The last unnamed speaker a role noun stood for whose place agrees with ``places``
        ("the Slovak minister" is not the Hungarian minister unnamed before)."""
        for speaker in reversed(self.unnamed.get(noun, ())):
            if not self._serves_elsewhere(speaker, places):
                return speaker
        return None

    def _member(self, units: list[Unit]) -> Speaker | None:
        """ "one of the people cited above": an unnamed member of a group."""
        if len(units) < 3 or units[0].low != "one" or units[1].low != "of":
            return None
        if units[-1].low in lx.MEMBER_NOUNS:
            noun = lx.MEMBER_NOUNS[units[-1].low]
            modifiers = [u for u in units[2:-1] if u.low not in lx.DETERMINERS]
            if any(u.kind not in ("WORD", "GPE") for u in modifiers):
                modifiers = []
            name = " ".join([*(u.text for u in modifiers), noun])  # "one of the diplomatic
            # sources": "diplomatic source", the head noun with its pre-modifiers (round 455)
            return self._unnamed(noun, name, new=True)
        return None

    def _body_before_which(self, start: int, comma: int) -> Speaker | None:
        """The body a relative "which" stands for: one recognised, or a noun phrase headed by
        a body's noun ("President X’s administration", "the Norland government"), which the
        recogniser leaves out, read as a subject of its own (round 395)."""
        body = self._body_ending_at(comma)
        if body is not None:
            return body
        head = self.text.rfind(" ", max(start, comma - _LONGEST_ROLE_NOUN), comma)
        noun = self.text[head + 1 : comma]
        plural = noun[-1:] == "s" and noun[:-1] in lx.ORG_HEADS  # "the A and B governments"
        if head < 0 or not (noun in lx.ORG_HEADS or plural):
            return None
        opening = named = head
        for _ in range(_BODY_PHRASE_WORDS):  # back over its capitalised or possessive words
            space = self.text.rfind(" ", max(start, opening - _LONGEST_ROLE_NOUN), opening)
            word = self.text[space + 1 : opening]
            if space < 0 or not (word[:1].isupper() or word == "the" or (plural and word == "and")):
                break
            opening = space
            if word == "the":
                break
            if word != "and":
                named = opening  # the bodies' names joined by "and", each capitalised
        opening = named if self.text[opening + 1 : opening + 4] == "and" else opening
        if opening == head:
            return None
        return self.before(opening + 1, comma)

    def _body_dated_before_which(self, start: int, before: str, comma: int) -> Speaker | None:
        """The body a relative "which" stands for past the date after it ("a report from the
        X Post on July 28, which stated Y", "the ministry on Monday, which said Y"): the
        issuer, the date no antecedent (stfix152), or None."""
        dated = _DATED_BEFORE_WHICH.search(before, max(0, comma - _DATED_REACH), comma)
        if dated is None or dated.group(1) not in _CALENDAR_NAMES:
            return None
        return self._body_before_which(start, start + dated.start())

    def _body_ending_at(self, end: int) -> Speaker | None:
        """The organisation or state named right before ``end`` (a relative "which" after
        it: "the Kyiv Post, which said"), else None."""
        index = bisect_left(self.span_starts, end) - 1
        if index < 0 or self.spans[index].end != end or self.spans[index].type not in _BODIES:
            return None
        span = self.spans[index]
        return self.classify(self.units(span.start, span.end), end)

    def _quoting_source(self, start: int, verb_start: int) -> int:
        """Where " quoting " or " citing " sets the source a subject relays between it and its
        verb with no comma ("State radio quoting the navy said", "The agency citing officials
        said"), else -1."""
        reach = verb_start - _SPEAKING_REACH
        reach = reach if reach > start else start
        for word in (" quoting ", " citing "):
            at = self.text.rfind(word, reach, verb_start)
            if at > start and _speaking_between(self.text, at, verb_start):
                return at
        return -1

    def person_ending_at(self, end: int) -> Speaker | None:
        """The person named right before a participle with no comma between ("allegations
        of Ahmet Davutoglu saying, ...": his words, not the subject's)."""
        index = bisect_left(self.span_starts, end) - 1
        if index >= 0 and self.spans[index].end == end and self.spans[index].type == "PERSON":
            return self.cast.person(self.spans[index])
        return None

    def object_before_for(self, s_start: int, participle: int) -> Speaker | None:
        """The person a past verb acts on before "for" and a participle ("X slammed his
        counterpart Y for saying Z", "X lashed out at Y for saying Z"): Y says Z (Petro was
        given what he slammed Trump for saying; newuser51). Not after another preposition
        ("apologised to Y for saying Z": X's words)."""
        end = participle - len(" for ")
        if not self.text.startswith(" for ", end, participle):
            return None
        index = bisect_left(self.span_starts, end) - 1
        if index < 0 or self.spans[index].end != end or self.spans[index].type != "PERSON":
            return None
        span = self.spans[index]
        for word in reversed(self.text[max(s_start, span.start - 60) : span.start].split()[-6:]):
            low = word.lower()
            if low == "at" or (low.endswith("ed") and low.isalpha()):
                return self.cast.person(span)  # "slammed", "lashed out at"
            if low in lx.PREPOSITIONS or word.endswith((",", ";", ":")):
                return None
        return None

    def named_after_and(self, verb_start: int) -> tuple[int, Speaker] | None:
        """Where " and " opens and who a name right after it is, the name (and at most one
        adverb: "subsequently", "also") ending right before ``verb_start``: "X announced A and
        Y subsequently said B" coordinates Y's own statement (round 397), or None."""
        end = verb_start - 1
        adverb = self.text.rfind(" ", max(0, end - _ADVERB_CHARS), end)
        if (
            adverb >= 0
            and self.text[adverb + 1 : adverb + 2].islower()
            and self.text.endswith(_JOINED_ADVERBS, adverb, end)
        ):
            end = adverb
        index = bisect_left(self.span_starts, end) - 1
        if index < 0:
            return None
        span = self.spans[index]
        if span.end != end:
            return None
        if span.type == "PERSON":
            opening = self._titled_start(span)  # "and US President Y said B" (newuser43),
            if self.text.endswith(" and ", 0, opening) and not self.ends_in_person(
                max(0, opening - _ADVERB_CHARS), opening - 5
            ):  # not "Minister A and Secretary Y reaffirmed B", one subject
                return opening - 5, self.cast.person(span)
        if not self.text.endswith(" and ", 0, span.start):
            return None
        if span.type == "PERSON":
            return span.start - 5, self.cast.person(span)
        if span.type in ("ORG", "GPE"):
            return span.start - 5, self.cast.organisation(span)
        return None

    def person_opening(self, start: int) -> tuple[EntitySpan, Speaker] | None:
        """The person whose mention, title and nationality included, opens at ``start``
        ("US President Jon Bell", "Thai Foreign Minister X", "Y"), or None."""
        index = bisect_left(self.span_starts, start)
        for span in self.spans[index : index + _TITLED_SPANS]:
            if span.type == "PERSON":
                if self._titled_start(span) == start:
                    return span, self.cast.person(span)
                return None
        return None

    def ends_in_person(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` ends in a person's mention, a title or a personal
        pronoun: one subject with the name after a joint ("he and Cho talked", "President A
        and President B agreed"), not a clause of its own."""
        found = last_word(self.text, start, end)
        if found is None:
            return False
        word = self.text[found[0] : found[1]].lower()
        if word in _PERSONAL_PRONOUNS or word in lx.ROLE_NOUNS:
            return True
        index = bisect_left(self.span_starts, found[1]) - 1
        return (
            index >= 0
            and self.spans[index].end == found[1]
            and self.spans[index].type in ("PERSON", "ROLE")
        )

    def _titled_start(self, span: EntitySpan) -> int:
        """Where a person's mention opens with its title and the nationality or country
        before the title ("US President Jon Bell", "Cambodia’s Prime Minister Y")."""
        start = self._title_start(span)
        if start == span.start:
            return start
        country = _COUNTRY_BEFORE_TITLE.search(self.text, max(0, start - _COUNTRY_CHARS), start)
        return start if country is None else country.start()

    def _country_subject_before(self, position: int) -> Speaker | None:
        """The country heading a clause last, close before ``position``: the one "the
        Kingdom" or "the country" stands for."""
        index = bisect_left(self.span_starts, position) - 1
        while index >= 0 and self.spans[index].start > position - _AHEAD:
            span = self.spans[index]
            index -= 1
            if span.type == "GPE" and self.cast.in_body(span.start) and self._heads_clause(span):
                return self.cast.organisation(span)
        return None

    def _reporter_before(self, position: int) -> Speaker | None:
        """Who "reported" in the sentence just before "the same report" ("X reported that Y.
        The same report noted that Z": X's report, X the issuer; round 334), else None."""
        text = self.text
        reported = text.rfind(" reported ", max(0, position - _AHEAD), position)
        if reported < 0 or text.count(". ", reported, position) > 1:
            return None
        start = max(text.rfind(". ", 0, reported) + 2, text.rfind("\n", 0, reported) + 1)
        found = self.main(start, reported)
        if found is not None:
            return found
        start = max(start, text.rfind(", ", start, reported) + 2)  # past an opening adverbial
        name = text[start:reported].removeprefix("The ")
        if not name[:1].isupper() or not 1 < name.count(" ") + 1 <= _ISSUER_WORDS:
            return None
        return Speaker(name, fold(name), "ORG")  # "Tarn’s public broadcaster": an outlet

    def _article_publisher(self, position: int) -> Speaker | None:
        """Who published the article last mentioned ("an article ... published on Monday by
        the Daily Herald newspaper"), named in capitals after "by"; else no one."""
        text = self.text
        article = text.rfind(" article ", max(0, position - _AHEAD), position)
        if article < 0:
            return None
        by = _BY_PUBLISHER.search(text, article, min(position, article + 120))
        if by is None:
            return None
        named = self.units(*by.span(1))
        if len(named) == 1 and named[0].kind == "ORG":
            return self.cast.organisation(self.span_at(named[0].start))
        return _capitalised_issuer(named)

    def _issuer_named_before(self, position: int) -> Speaker | None:
        """The organisation named last, close before ``position`` in the body."""
        index = bisect_left(self.span_starts, position) - 1
        while index >= 0 and self.spans[index].start > position - _AHEAD:
            span = self.spans[index]
            index -= 1
            if (
                span.type == "ORG"
                and self.cast.in_body(span.start)
                and not self._inside_quotation(span.start)
            ):
                return (
                    self._role_of_organisation(span)
                    or self._spokesperson_of_organisation(span)
                    or self.cast.organisation(span)
                )
        return None

    def _agency_after_document(self) -> Speaker | None:
        """The organisation that spoke last, in this sentence or the one before, when it is
        not the document's issuer ('"...," the agency KCNA reported.' then "X, it added"):
        "it" is that agency, not the statement quoted before it (round 361)."""
        last = self.last_speaker
        if last is None or last.type != "ORG" or last == self.last_document:
            return None
        recent = self.last_other.get("ORG")
        if recent is None or recent[1] != last or self.sentence_index - recent[0] > 1:
            return None
        return last

    def _spokesperson_of_organisation(self, span: EntitySpan) -> Speaker | None:
        """The last speaker when the organisation only opens their spokesperson's title ("...,"
        said X Council spokesperson A B. ... "...," the statement said'): the statement A
        speaks for, A's, and "it said" after it A's too (round 361)."""
        last = self.last_speaker
        if last is None or last.type != "PERSON" or last.organisation != span.text:
            return None
        after = self.text[span.end + 1 : span.end + 80]
        if after.partition(" ")[0].lower() in _SPOKESPERSONS and last.name in after:
            self.last_document = last
            return last
        return None

    def _role_of_organisation(self, span: EntitySpan) -> Speaker | None:
        """The last speaker when an organisation merely opens their role ("said the EU
        Spokesperson. ... the statement continued"): the spokesperson issued it, not the EU."""
        last = self.last_speaker
        if last is None or not last.name.startswith(span.text + " "):
            return None
        noun = last.name[len(span.text) + 1 :]
        if noun.lower() in lx.ROLE_NOUNS and self.text.startswith(noun, span.end + 1):
            return last
        return None

    def _inside_quotation(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation ('"... which the Union supports." ...
        the statement continued'): an organisation quoted is talked about, no issuer."""
        said = self._said
        index = bisect_right(said, (offset, offset, ""))
        return any(start < offset < end for start, end, key in said[max(0, index - 3) : index])

    def _speaking_next(
        self,
        position: int,
        places: frozenset[str] = frozenset(),
        role: Unit | None = None,
        says: re.Pattern[str] = _SAYS_AFTER,
    ) -> Speaker | None:
        """The person named next in the body, close after ``position``, as the subject of a
        verb of saying, not one serving another place than a mention names. With ``role``,
        the next who holds it, past persons whose title is another office ("Canada's
        ambassador says X since President Y said Z ... W says": W, not the president; round
        294), an apposition allowed between name and verb."""
        index = bisect_right(self.span_starts, position)
        while index < len(self.spans) and self.spans[index].start < position + _AHEAD:
            span = self.spans[index]
            index += 1
            if (
                span.type == "PERSON"
                and self.cast.in_body(span.start)
                and (
                    says.match(self.text, span.end)
                    or (role is not None and _SAYS_AFTER_APPOSITION.match(self.text, span.end))
                )
            ):
                found = self.cast.person(span)
                if not self.cast.serves_elsewhere(found, places) and (
                    role is None or self._holds(found, role)
                ):
                    return found
        return None

    def _quoted_next(
        self,
        position: int,
        places: frozenset[str],
        role: Unit | None = None,
        words: frozenset[str] = frozenset(),
    ) -> Speaker | None:
        """The person a quotation opening the next paragraph is attributed to, the verb first
        ('The Norlandic foreign minister accused X ...' then '"...," stressed Ada Vey'): the
        role the article opens with names whom it quotes next. A quotation opened right after
        the role's own sentence, in its paragraph, likewise ('The Norlandic prime minister
        announced X. "...," said Vey'), if the person may hold the role (stfix148)."""
        text = self.text
        line_end = text.find("\n", position)
        stop = text.find(". ", position, len(text) if line_end < 0 else line_end)
        if stop >= 0 and text.startswith(('"', "“"), stop + 2):
            opening = stop + 2  # the quotation right after the role's sentence
        elif line_end < 0:
            return None
        else:
            opening = len(text) - len(text[line_end:].lstrip())
            role = None
            if not text.startswith(('"', "“"), opening):
                return None
        close = text.find("”" if text[opening] == "“" else '"', opening + 1)
        inverted = _INVERTED_SAID.match(text, close) if close >= 0 else None
        if inverted is None or inverted.group(1) not in FORMS:
            return None
        index = bisect_left(self.span_starts, inverted.end())
        if index == len(self.spans) or self.spans[index].start != inverted.end():
            return None
        span = self.spans[index]
        if span.type != "PERSON":
            return None
        found = self.cast.person(span)
        if role is not None and (
            not self._holds(found, role)
            or (found.role and role_words(found.role).isdisjoint(words))
        ):
            return None  # '"...," said Y, the opposition leader': another office's holder
        return None if self.cast.serves_elsewhere(found, places) else found

    def _titled_next(
        self,
        noun: str,
        position: int,
        places: frozenset[str],
        bodies: tuple[str, ...] = (),
        described: bool = False,
    ) -> Speaker | None:
        """The person named next as speaking with the title an indefinite role mention gives
        ("..., a ministry spokesman said." then '"...," ministry spokesman X said', round 111):
        the article names whom it first left unnamed; not one of no body the mention names ("An
        EU official said X" then "Iran's President Y said Z": another; round 392). A mention
        ``described`` ("a former sports minister", not "another person familiar") is also the
        person opening the next paragraph, whatever their title."""
        found = self._speaking_next(position, places, says=_SPEAKS_AFTER) or self._according_next(
            position, places
        )
        if found is None and noun not in _UNNAMED_NOUNS:
            found = self.cast.sole_titled(noun)  # "A Louisiana immigration judge has stated
            # that X" then "issued by Judge Y": the article's only judge (session 59's residue);
            # not "an official", whom articles often leave unnamed beside a named one
        opening = self._person_opening_next(position) if described else None
        if found is None and opening is not None:  # "Institute president X has been a
            # visitor for decades and said Y" after "according to an expert" (stfix81)
            found = self.cast.person(opening)
        if found is None or self._another_in_sentence(position, found):
            return None
        if not self.cast.named_only_after(found, position):
            return None  # "Minister X met Y. An official said Z ... X said": someone new, not X
        words = role_words(found.role)
        if (
            bodies
            and not any(b in found.organisation or b in found.role for b in bodies)
            and not self._same_post_close(found, noun, words, position)
        ):
            return None
        if noun == "diplomat" and (words | role_words(found.organisation)) & _DIPLOMATIC:
            return found  # "a senior diplomat" then "X, Secretary of State at the Ministry of
            # Foreign Affairs, made the statement"
        if noun == "official":
            return found  # "said a senior official" then "X said": whatever X's office (round 161)
        if noun == "aide" and (words & _AIDES or self._apposed_aide(found, position)):
            return found  # "A presidential aide said" then "X, the presidential advisor on Y,
            # said": the aide named (round 328)
        if words & lx.OFFICES.get(noun, frozenset()):
            return found  # "a spokesperson said" then "spokesman X made the remarks": one post,
            # its words' variants (round 339)
        if noun in words or (described and not found.role and self.cast.in_lede(position)):
            return found  # "A veteran diplomat in Geneva says X." then "The 41-year-old Y
            # confirmed Z": one the article titles only by the lede's description (round 524)
        # "A former sports minister has said X." then "Labour MP Ada Lund also said Y": a
        # lede's description, whom the next paragraph names first, whatever title it gives
        return found if opening is not None and self.cast.person(opening).key == found.key else None

    def _person_opening_next(self, position: int) -> EntitySpan | None:
        """The person named first thing in the paragraph after ``position``, after a title at
        most, as the subject of a sentence with a listed verb; None if another word opens it
        ("Asked about it, X said")."""
        line_end = self.text.find("\n", position, position + _AHEAD)
        if line_end < 0:
            return None
        index = bisect_left(self.span_starts, line_end)
        while (  # past a title's own names ("Labour MP", "UN envoy")
            index < len(self.spans)
            and self.spans[index].type != "PERSON"
            and self.spans[index].start < line_end + _OPENING_TITLE_REACH
        ):
            index += 1
        if index >= len(self.spans):
            return None
        span = self.spans[index]
        if span.type != "PERSON" or span.start > line_end + _OPENING_TITLE_REACH:
            return None
        title = self.text[line_end : span.start].split()
        if any(not word[:1].isupper() and word not in lx.ROLE_NOUNS for word in title):
            return None
        if self.text.startswith(_POSSESSIVE, span.end):
            return None  # "X’s visit ...": X no subject
        paragraph_end = self.text.find("\n", span.end, span.end + _AHEAD)
        stop = self.text.find(
            ". ", span.end, span.end + _AHEAD if paragraph_end < 0 else paragraph_end
        )
        end = stop if stop >= 0 else paragraph_end if paragraph_end >= 0 else span.end + _AHEAD
        return span if holds_listed_verb(self.text[span.end : end]) else None

    def _same_post_close(
        self, found: Speaker, noun: str, words: frozenset[str], position: int
    ) -> bool:
        """Whether a person named next holds an unnamed body's post with no body of their own,
        named close after ("A Chinese Foreign Ministry spokesperson urged X" then "Spokesperson
        Y made the remarks": Y; round 424's dev residue), close after the mention's sentence
        however long it runs (stfix90)."""
        if found.organisation or not words & (lx.OFFICES.get(noun, frozenset()) | {noun}):
            return False
        stop = self.text.find(".", position, position + _AHEAD)
        start = position if stop < 0 else stop
        return self.text.find(found.name, position, start + _TITLED_NEXT_CLOSE) >= 0

    def _according_next(self, position: int, places: frozenset[str]) -> Speaker | None:
        """The person "according to" names close after ``position`` ("X, a ministry
        spokeswoman said. Y, according to spokeswoman Z.": Z speaks there too; round 376)."""
        according = self.text.find(" according to ", position, position + _AHEAD)
        if according < 0:
            return None
        index = bisect_right(self.span_starts, according)
        limit = according + len(" according to ") + _ACCORDING_TITLE_REACH
        while index < len(self.spans) and self.spans[index].start < limit:
            span = self.spans[index]
            index += 1
            if span.type == "PERSON" and self.cast.in_body(span.start):
                between = self.text[according : span.start]
                if "." in between or "," in between or "\n" in between:
                    return None  # "according to the official. President X has": no title of X
                found = self.cast.person(span)
                return None if self.cast.serves_elsewhere(found, places) else found
        return None

    def _apposed_aide(self, found: Speaker, position: int) -> bool:
        """Whether the person named next after ``position`` is called an aide in the apposition
        after their name ("X, the presidential advisor on Y said"), a title the cast may not
        have read when the apposition's closing comma is left out."""
        mention = self.text.find(found.name, position, position + _AHEAD)
        if mention < 0:
            return False
        after = self.text[mention + len(found.name) : mention + len(found.name) + 40].lower()
        return after.startswith(", ") and any(word in after for word in _AIDES)

    def _another_in_sentence(self, position: int, found: Speaker) -> bool:
        """Whether the person speaking next is named in the unnamed one's own sentence ("A
        senior official said X, and Secretary Y said Z"): a second speaker, not the first
        one named (round 199)."""
        stop = self.text.find(". ", position)
        stop = len(self.text) if stop < 0 else stop
        line_end = self.text.find("\n", position)
        stop = min(stop, len(self.text) if line_end < 0 else line_end)
        index = bisect_right(self.span_starts, position)
        while index < len(self.spans) and self.spans[index].start < stop:
            span = self.spans[index]
            index += 1
            if span.type == "PERSON" and self.cast.person(span).key == found.key:
                return True
        return False

    def _sole_untitled_speaker(self, places: frozenset[str]) -> Speaker | None:
        """ "Boris Johnson said X. ... The prime minister said Y", the one prime minister the
        cast titles named only further on: the one speaker so far given no title, whose title
        the article takes as known (round 367); none where the mention names a country."""
        if places or len(self._untitled_spoke) != 1:
            return None
        return next(iter(self._untitled_spoke.values()))

    def _named_next(
        self, position: int, role: Unit, places: frozenset[str], words: frozenset[str] = frozenset()
    ) -> Speaker | None:
        """The first person named in the body close after a role no one before holds, who may
        hold it ("Samoa's Prime Minister says ... Fiame Naomi Mata'afa was speaking"); further
        on after a lede's role (no person named before it: "X's defence chief has called for
        Y", "Defence Secretary Z" paragraphs on) when the title shares the role's ``words``."""
        index = bisect_right(self.span_starts, position)
        lede = bool(words) and not bisect_left(self._body_persons()[1], position)
        reach = _LEDE_NAMED_AHEAD if lede else _AHEAD
        while index < len(self.spans) and self.spans[index].start < position + reach:
            span = self.spans[index]
            index += 1
            if span.type == "PERSON" and self.cast.in_body(span.start):
                found = self.cast.person(span)
                if self.cast.serves_elsewhere(found, places):
                    continue
                if span.start >= position + _AHEAD and not (
                    role_words(found.role) & words - {role.low}
                ):
                    return None  # far on: only one titled with the role's words
                if not found.role and self._described_otherwise(span.start):
                    return None  # "This year's winner JJ": no office's holder (stfix158)
                return found if self._holds(found, role) else None
        return None

    def _described_otherwise(self, name_start: int) -> bool:
        """Whether a name follows a noun phrase's lowercase noun that is no role's ("This
        year's winner JJ", "the singer X"): the person is known by it, no office."""
        noun = _NOUN_BEFORE_NAME.search(
            self.text, max(0, name_start - _NOUN_BEFORE_REACH), name_start
        )
        return noun is not None and noun.group(1) not in lx.ROLE_NOUNS

    def _event_hosts_before(self, position: int) -> Speaker | None:
        """Those a "they" right after "a press conference by A, B and C in which" stands for:
        the event's hosts as the text joins them (round 613), not the last two named."""
        if self.text.find(" which they ", position - 20, position) < 0:
            return None  # the cheap test first
        hosts = _EVENT_HOSTS.search(self.text, max(0, position - _EVENT_HOSTS_REACH), position)
        if hosts is None:
            return None
        return self.before(hosts.start(1), hosts.end(1))

    def _pronoun(
        self, speaker_type: str, position: int, merely_named: bool = True, word: str = ""
    ) -> Speaker | None:
        """The speaker a pronoun (``word``, of ``speaker_type``) stands for at ``position``."""
        if speaker_type == "ORG" and self.last_document is not None:
            return self._agency_after_document() or self.last_document  # "it says": the
            # statement's issuer
        if speaker_type == "ORG":
            source = self._source_ending_before(position)
            if source is not None:  # "X, the news agency EFE reported. Y, it said": EFE
                return source
        if speaker_type != "PERSON":
            hosts = self._event_hosts_before(position) if word == "they" else None
            if hosts is not None:
                return hosts
            recent = self.last_other.get(speaker_type)
            if word == "they" and recent and recent[0] < self.sentence_index:
                own = self._group_subject_own_sentence(position)
                if own is not None:
                    return own
            if recent and speaker_type == "GROUP" and recent[0] < self.sentence_index - 1:
                opening = self._group_subject_before(position)  # "X and Y noted ... The
                if opening is not None:  # ministers discussed ... They insisted": ministers
                    return opening
                if word == "they":
                    listed = self._countries_opening_before(position)
                    if listed is not None:
                        return listed
            if recent and self.sentence_index - recent[0] <= _RECENT_SENTENCES:
                if speaker_type == "ORG" and self.sentence_index - recent[0] > 1:
                    # "the embassy said X. ... Norland has described Y as ... It has also
                    # condemned Z": the country opening the sentence before (round 290)
                    country = (
                        self._country_opening_before(position)
                        or self._body_described_before(position, _COUNTRY)
                        # "Peru, which sees X, is ... Last year it said": past a relative
                        # clause (round 315)
                        or self._organisation_acting_before(position)
                    )  # "The ministry expressed its thanks. It affirmed": the ministry, not the
                    if country is not None:  # organisation that spoke before (round 353)
                        return country
                return recent[1]
            if speaker_type == "ORG":
                body = self.last_other.get("GROUP")  # "The Meeting reaffirmed X. It urged Y"
                if (
                    body
                    and self.sentence_index - body[0] <= _RECENT_SENTENCES
                    and _one_body(body[1].name)
                ):
                    return body[1]
                reported = self._reported_subject_before(position)
                return (
                    reported
                    or self._organisation_acting_before(position)
                    or self._body_described_before(position)
                )
            if speaker_type != "GROUP":
                return None
            found = (
                self._group_subject_before(position)
                or self._pair_subject_before(position)
                or self._met_pair_before(position)
            )
            if found is None and word == "they":
                found = self._singular_they(position) or self._group_in_sentence(position)
            if found is None and self.last_speaker is not None and self.last_speaker.type == "ORG":
                body = self.last_other.get("ORG")  # "..., the MFA said. They stated X": its
                if body and self.sentence_index - body[0] <= _RECENT_SENTENCES:  # people
                    return body[1]
            return found
        if word in ("he", "she"):
            first_stands = self._pronoun_opening_subordinate(position, word)
            if first_stands >= 0:  # "While he A, he B": the pronoun read where it first stands
                position = first_stands
            fronted = self._fronted_topic(position) or self._subordinate_subject(position, word)
            if fronted is not None:
                return fronted
        candidates: list[tuple[int, Speaker]] = []
        if self.last_person is not None and self.last_person[0] <= position:
            # (not one whose quotation later in the sentence was read first: "He reaffirmed
            # X, in which Y said: “...”" is not Y's, round 296; but this pronoun's own first
            # reading is: "“A,” he said, “B.”" reads one "he" for each half)
            candidates.append(self.last_person)
        elif self.last_person is not None:
            earlier = self._person_spoken_before(position)
            if earlier is not None:  # "A Chinese official told X that Qu’s election “...”. He
                candidates.append(earlier)  # also noted Y and said “Z.”": the quotation after
                # "He" read first, the official who spoke before him still in view (round 484)
        mention = self._last_subject_mention(position)
        if mention is None and not candidates and merely_named:
            mention = self._last_mention(position)  # named, if not as a subject
        if mention is not None:
            candidates.append((mention.start, self.cast.person(mention)))
            if len(candidates) == 2 and candidates[0][0] < mention.start:
                candidates[0] = self._named_again(candidates[0], mention.start, position)
        latest = max(candidates, key=lambda c: c[0]) if candidates else None
        if latest is not None and word in ("he", "she"):
            latest = self._not_named_after_pronoun(latest, position, word)
        if latest is not None and word in ("he", "she"):
            introduced = self._introduced_before(position, latest[0], word)
            if introduced is not None:
                latest = introduced
        titled = self._last_subject_role(position, latest[0] if latest else -1)
        if titled is None:
            titled = self._last_lowercase_title_subject(position, latest[0] if latest else -1)
        # "Jordanian Foreign Minister, for his part, called ... He stressed": the title's
        found = titled if titled is not None else latest[1] if latest else None
        if found is None:
            found = self._named_after_opening(position)
        if found is None and word in ("he", "she") and self._body_persons()[1][:1] > [position]:
            # an excerpt opening on "He told reporters ...", no one named before: the one
            # person the article names later (round 326)
            found = self.cast.only_person(SKIPPED_BY[word])
        skipped = SKIPPED_BY.get(word, "")
        if found is None or not skipped or self._gender_of(found) != skipped:
            return found
        return self._not_of_gender(skipped, position) or found

    def _gender_of(self, speaker: Speaker) -> str:
        """Whether ``speaker`` is known to be a man or a woman: by the article (the cast's
        reading), else by the head noun of the description an unnamed speaker goes by ("A
        39-year-old woman said X. A man surnamed Y ... He said Z": not hers; stfix159)."""
        return self.cast.gender(speaker.key) or described_gender(speaker.name)

    def _not_named_after_pronoun(
        self, latest: tuple[int, Speaker], position: int, word: str
    ) -> tuple[int, Speaker]:
        """The person a pronoun before ``position`` stands for, past ``latest`` when its own
        sentence names that person after it ("He then turned to X, who stood behind him, and
        said": he is not X; round 590): a pronoun never stands for a name its own clause goes
        on to use, so the person heading a clause before that one is meant."""
        text = self.text
        window = position - _PRONOUN_REACH if position > _PRONOUN_REACH else 0
        at = max(  # the last before its verb, by two scans in C
            text.rfind(f" {word} ", window, position),
            text.rfind(f"{word.capitalize()} ", window, position),
        )
        if at < 0 or text.find("\n", at, position) >= 0 or text.find(". ", at, position) >= 0:
            return latest  # no pronoun in the sentence before ``position``
        own = self.spans[
            bisect_left(self.span_starts, at) : bisect_left(self.span_starts, position)
        ]
        if not any(
            span.type == "PERSON" and self.cast.person(span).key == latest[1].key for span in own
        ):
            return latest
        mention = self._last_subject_mention(latest[0])
        for _ in range(_EARLIER_SUBJECTS):
            if mention is None:
                return latest
            if self.cast.person(mention).key != latest[1].key:
                return mention.start, self.cast.person(mention)
            mention = self._last_subject_mention(mention.start)
        return latest

    def _named_again(
        self, spoke: tuple[int, Speaker], subject: int, position: int
    ) -> tuple[int, Speaker]:
        """The person who spoke last, placed where the article names them again after the
        subject named since they spoke, in a later sentence than that subject's and not joined
        to another ("X said A. President Y nominated X for the post. Staff greeted X with
        cheers. '...,' he told them": X, named again, not Y), when it does; else where they
        spoke."""
        again = self.cast.last_mentioned(spoke[1], position)
        if (
            again <= subject
            or self._sentence_start(again) <= subject
            or self._inside_quotation(again)
        ):
            return spoke
        index = bisect_left(self.span_starts, again)
        if index < len(self.spans) and self._joined(self.spans[index]):
            return spoke  # "a call between Y and X": the two of them, X no more in view
        return again, spoke[1]

    def _person_spoken_before(self, position: int) -> tuple[int, Speaker] | None:
        """The last person found speaking before ``position``, past the statements later in
        its sentence read first (a few: read back from the last)."""
        for spoken in reversed(self._persons_spoken):
            if spoken[0] <= position:
                return spoken
        return None

    def _fronted_topic(self, position: int) -> Speaker | None:
        """The person a sentence fronts with "As for" before its pronoun subject ("As for X,
        the head of Y, he says ..."): X, not the one who spoke before (round 397)."""
        start = position - _FRONTED_TOPIC_REACH if position > _FRONTED_TOPIC_REACH else 0
        fronted = self.text.rfind("As for ", start, position)
        if fronted < 0:
            return None
        index = bisect_left(self.span_starts, fronted + 7)
        if index >= len(self.spans) or self.spans[index].start != fronted + 7:
            return None
        span = self.spans[index]
        between = self.text[span.end : position]
        if span.type != "PERSON" or "\n" in between or ". " in between:
            return None
        if self.text.startswith(_POSSESSIVE, span.end):
            return None  # "As for X's plan, he said": the plan fronted, not X
        return self.cast.person(span)

    def _pronoun_opening_subordinate(self, position: int, word: str) -> int:
        """Where the same pronoun heads the subordinate clause opening the sentence before a
        pronoun that opens its main clause after a comma ("While he acknowledged a good
        meeting with X and praised X, he remained cautious"): one person, so read there, before
        the names its subordinate clause goes on to (stfix147); -1 when it does not."""
        text = self.text
        window = (
            position - _SAME_PRONOUN_CLAUSE_REACH if position > _SAME_PRONOUN_CLAUSE_REACH else 0
        )
        after = f" {word} "
        comma = max(  # three scans in C, no generator's frames
            text.rfind("," + after, window, position),
            text.rfind(",”" + after, window, position),
            text.rfind(',"' + after, window, position),
        )
        if comma < 0:
            return -1  # the cheap test first: the pronoun opens a clause after a comma
        if text.find("\n", comma, position) >= 0 or text.find(". ", comma, position) >= 0:
            return -1  # the pronoun's own sentence only
        stop, line = text.rfind(". ", window, comma), text.rfind("\n", window, comma)
        if stop < 0 and line < 0 and window > 0:
            return -1  # no sentence's start in reach
        start = max(stop + 2 if stop >= 0 else 0, line + 1)
        opening = _SUBORDINATE_PRONOUN.match(text, start, comma)
        if opening is None or opening.group(1) != word:
            return -1
        return opening.start(1)

    def _subordinate_subject(self, position: int, word: str) -> Speaker | None:
        """The person heading the subordinate clause a pronoun's clause follows in its sentence
        ("Since May 10, when X announced Y, he has reiterated ..."; "After X landed, she
        said"): X, the subject just before, not one who spoke in the paragraph before
        (newuser44)."""
        text = self.text
        reach = position - _PRONOUN_AFTER_COMMA
        comma = text.rfind(", ", reach if reach > 0 else 0, position)
        if comma < 0 or not text.startswith(word + " ", comma + 2):
            return None  # the cheap test first: the pronoun opens a clause after a comma
        persons, starts = self._body_persons()
        index = bisect_left(starts, comma) - 1
        if index < 0 or comma - starts[index] > _SUBORDINATE_CLAUSE_REACH:
            return None
        span = persons[index]
        clause = text[span.end : comma]
        words = clause.split()
        if (
            not words
            or not (words[0].endswith("ed") or words[0] in _FINITE_AFTER_NAME)  # a verb after
            # the name: not "'s", an apposition or "X administration officials"
            or "," in clause
            or "\n" in clause
            or ". " in clause
            or "him" in words  # "When X called him, he said": another
            or "her" in words
        ):
            return None
        head = self._title_start(span)  # "when Prime Minister X visited"
        before = last_word(text, max(0, head - _SUBORDINATOR_LENGTH), head)
        if before is None or text[before[0] : before[1]].lower() not in _SUBJECT_SUBORDINATORS:
            return None
        found = self.cast.person(span)
        return None if self.cast.gender(found.key) == SKIPPED_BY.get(word, "") else found

    def _introduced_before(
        self, position: int, latest: int, word: str
    ) -> tuple[int, Speaker] | None:
        """A person the sentence before a pronoun introduces by name and role, not as its
        subject, when no one was a subject there ("Tarn's move caught X, its ambassador to Y,
        by surprise." then '"...," he told the AP': X; round 330), or None."""
        if not self._introducing_between(latest, position, word):
            return None  # the cheap test first: the sentences' starts cost a pass over the text
        stop, start = self._sentence_start(position), self._sentence_before(position)
        for _ in range(_QUOTED_SENTENCES):
            if not self.text.startswith(_OPENING_QUOTES, start) or start == 0:
                break
            stop, start = start, self._sentence_start(start)  # the sentence before the
            # quotation the pronoun attributes, its own sentences passed
        if latest >= start:
            return None  # someone acts in that sentence: the pronoun's usual reading
        index = bisect_left(self.span_starts, stop) - 1
        while index >= 0 and self.spans[index].start >= start:
            span = self.spans[index]
            index -= 1
            if span.type == "PERSON" and self._introducing(span, word):
                return span.start, self.cast.person(span)
        return None

    def _introducing_between(self, latest: int, position: int, word: str) -> bool:
        """Whether a person named after ``latest`` and before ``position`` is introduced by
        an apposition: ``_introduced_before`` finds no one else."""
        index = bisect_right(self.span_starts, latest)
        while index < len(self.spans) and self.spans[index].start < position:
            span = self.spans[index]
            index += 1
            if span.type == "PERSON" and self._introducing(span, word):
                return True
        return False

    def _introducing(self, span: EntitySpan, word: str) -> bool:
        """Whether a person's mention is followed by an apposition introducing them, or by a
        relative clause that speaks of them by the pronoun to resolve ("Among them was the
        author X, who was 5 when she was sent ... Now 86, she said": X, round 451; not "X and
        Y, who dedicated their lives")."""
        if _INTRODUCING_APPOSITION.match(self.text, span.end):
            return True
        if not self.text.startswith(", who ", span.end):
            return False
        stop = self.text.find(".", span.end, span.end + _INTRODUCING_RELATIVE_REACH)
        return (
            f" {word} "
            in self.text[span.end : stop if stop >= 0 else span.end + _INTRODUCING_RELATIVE_REACH]
        )

    def _envoy_titled(self, head: list[Unit], position: int) -> Speaker | None:
        """The ambassador or envoy last mentioned, for a plain "the X diplomat": a diplomat
        by trade, not the foreign minister named since ("top diplomat" is the minister's;
        round 283), or None."""
        if any(u.low in _MINISTER_DIPLOMAT for u in head):
            return None
        return self.cast.last_titled(_ENVOYS, position)

    def _named_after_opening(self, position: int) -> Speaker | None:
        """The person opening the paragraph right after ``position`` when no one is named
        before it: a lede's '“...,” he told a briefing.' / 'Dr X, also ..., said ...' names
        its speaker only after the quotation (round 280), or None."""
        paragraph = self.text.find("\n", position)
        index = bisect_left(self.span_starts, paragraph)
        if paragraph < 0 or index >= len(self.spans):
            return None
        span = self.spans[index]
        if span.type != "PERSON" or span.start > paragraph + _OPENING_NAME_REACH:
            return None
        opening = self.text[paragraph : span.start].strip()
        if opening and (" " in opening or not opening[:1].isupper()):
            return None  # not the paragraph's first words (a title may stand before it)
        if self.text.startswith(_POSSESSIVE, span.end):
            return None  # "X’s visit ...": X no subject
        line_end = self.text.find("\n", span.end)
        stop = self.text.find(". ", span.end, line_end if line_end >= 0 else len(self.text))
        if not holds_listed_verb(self.text[span.end : stop if stop >= 0 else line_end]):
            return None  # who speaks in that sentence, not a headline's "X to visit Y"
        return self.cast.person(span)

    def _not_of_gender(self, skipped: str, position: int) -> Speaker | None:
        """The person a pronoun stands for when the one it would is known to be of the other
        gender ("Minister A met Ms B ... She said": B): the nearest person named before
        ``position`` (or who spoke last) not known to be of gender ``skipped``, outside what
        others said (among the 40 body mentions of persons before it)."""
        persons, starts = self._body_persons()
        index = bisect_left(starts, position)
        spoke = self.last_person
        if spoke is not None and self._gender_of(spoke[1]) == skipped:
            spoke = None
        for span in reversed(persons[index - 40 if index > 40 else 0 : index]):
            if spoke is not None and spoke[0] > span.start:
                return spoke[1]
            person = self.cast.person(span)
            if (
                person.type == "PERSON"
                and self.cast.gender(person.key) != skipped
                and not self._said_by_another(span)
            ):
                return person
        return spoke[1] if spoke is not None else None

    def _last_subject_role(self, position: int, after: int) -> Speaker | None:
        """The person a title heading a clause between ``after`` and ``position`` stands for,
        when the title is the subject itself (no name follows it)."""
        index = bisect_left(self.span_starts, position) - 1
        reach = position - _AHEAD  # a title that far back is no antecedent
        after = reach if reach > after else after
        while index >= 0 and self.spans[index].start > after:
            span = self.spans[index]
            index -= 1
            if span.type != "ROLE" or not _ROLE_AS_SUBJECT.match(self.text, span.end):
                continue
            if self._inside_quotation(span.start):
                continue  # '"... The Prime Minister is not falling short," he added': a title
                # the speaker talks about, no antecedent (round 289)
            if index >= 0 and _apposed_to_person(self.text, self.spans[index], span):
                continue  # "a letter to X, Deputy Prime Minister, for a visit": X's title, set
                # off after X's name, heads no clause of its own
            clause_start = _clause_start(self.text, span.start)
            if span.start - clause_start > 30 or not self.cast.in_body(span.start):
                continue  # a title deep in its clause is no subject (asked before its words)
            if not self._heads_clause(span) and not self._speaks_in_that_clause(span):
                continue
            if self.text.endswith(_AS_BEFORE_TITLE, clause_start, span.start):
                continue  # "As Prime Minister, I consider ...": a capacity, no subject
            places = _places(self.units(clause_start, span.end))
            words, head = role_words(span.text), role_head(span.text)
            found = self.cast.person_by_role(words, head, span.start, places)
            if found is not None and not places and found.key not in self._spoke:
                # 'King A said X, joking that King B ... The King also ... "...," he joked':
                # the king who has spoken, not the one last named in his words (round 390)
                found = self.cast.spoken_holder(words, head, self._spoke) or found
            return found
        return None

    def _last_lowercase_title_subject(self, position: int, after: int) -> Speaker | None:
        """The person a lowercase title opening a sentence between ``after`` and ``position``
        stands for, as the subject of a verb that is no verb of communication ("For his part,
        the Chinese envoy conveyed ... He said": the envoy): a title the recogniser leaves
        unmarked, which ``_last_subject_role`` does not see."""
        text = self.text
        start = max(after, position - 2 * _AHEAD, 0)  # ``position`` may be a content's start
        found = None
        at = position
        while found is None and (at := text.rfind("he ", start + 1, at)) > start:
            if text[at - 1] in "Tt":  # "the "/"The ", found back from ``position`` by
                found = _LOWERCASE_TITLE_SUBJECT.match(text, at - 1, position)  # str.rfind
                if (
                    found is not None
                    and found.start(2) > found.end(1)
                    and not found.group(3)
                    and text[found.end(1) : found.end(2)] not in load().lowercase_titles
                ):
                    found = None  # a title of two words only with its country after it, or
                    # one of the titles' list ("the prime minister"; round 644)
                comma = at - 3 if text[at - 3] == "," else at - 4  # ', the', ',” the'
                if found is not None and text[comma] == ",":
                    opening = text[max(0, comma - 57) : comma]
                    if (
                        not opening.endswith(("part", "turn"))
                        and not _OPENING_PHRASE.search(opening)
                        and not self._opening_subordinate(comma)
                    ):
                        found = None  # "X said, the envoy ...": not after an opening phrase
        if found is None or found.group(2) not in lx.ROLE_NOUNS:
            return None
        if (
            found.start(2) > found.end(1)
            and not found.group(3)
            and self.cast.person_by_role(
                role_words(text[found.end(1) : found.end(2)]), found.group(2), found.start()
            )
            is None
        ):
            return None  # a listed title of two words no one named holds: no one in view
        end = found.end(3) if found.group(3) else found.end(2)
        speaker = self.classify(self.units(found.start(), end), found.start())
        return speaker if speaker is not None and speaker.type == "PERSON" else None

    def _opening_subordinate(self, comma: int) -> bool:
        """Whether the sentence opens with a subordinate clause that ends at ``comma`` ("After
        calling the vote over the “disastrous finances,” the prime minister stepped up ...";
        round 644): the title after it heads the main clause."""
        start = self._sentence_start(comma)
        opening = self.text[start : self.text.find(" ", start, comma)]
        return opening in _OPENING_CLAUSE_WORDS and self.text.find(", ", start, comma - 1) < 0

    def _singular_they(self, position: int) -> Speaker | None:
        """The unnamed person who spoke in the sentence before "They" ("A spokesperson said X.
        They added that Y"): one person, named by role only (round 331), or None."""
        last = self.last_person
        if last is None or last[0] < self._sentence_before(position):
            return None
        person = last[1]
        role = _without_owner(person.name)  # "Kenya’s representative ... they said" (round 376)
        if not role.islower() or role.split()[-1] not in _SINGULAR_THEY_ROLES:
            return None  # a role in lower case as its name: no one named
        return person

    def _group_in_sentence(self, position: int) -> Speaker | None:
        """The plural group named earlier in the pronoun's own sentence when no subject before
        stands for "they" ("X won praise from Latin American and Caribbean leaders but they
        urged him to Y": the leaders, round 344), with its capitalised modifiers."""
        words = self.text[self._sentence_start(position) : position].split()
        if "they" not in words:
            return None  # "They ... between the two countries and stressed": no group before
        words = words[: words.index("they")]  # before the pronoun, not a group its clause names
        for index in range(len(words) - 1, 0, -1):
            if words[index] not in lx.GROUP_NOUNS or not words[index].endswith("s"):
                continue
            first = index  # its capitalised modifiers, not an opening phrase a comma ends ("In
            # September, Cuban authorities": the authorities; round 477)
            while first > 0 and (
                (
                    words[first - 1][:1].isupper()
                    and words[first - 1] not in _GROUP_DETERMINERS
                    and words[first - 1][-1:].isalpha()
                )
                or (words[first - 1] == "and" and first > 1 and words[first - 2][:1].isupper())
            ):
                first -= 1
            name = " ".join(words[first : index + 1])
            return Speaker(name, fold(name), "GROUP")
        return None

    def _group_subject_own_sentence(self, position: int) -> Speaker | None:
        """The plural group that is the subject of the pronoun's own sentence, past an opening
        phrase and its comma ("In September, Cuban authorities arrested 17 people in connection
        with what they said was X": the authorities, not a group an earlier sentence named;
        round 477), or None."""
        start = self._sentence_start(position)
        if "they" not in self.text[start:position]:  # the cheap test first: no "they" before
            return None
        opening = self.text.find(", ", start, position)
        subject = self.text[
            opening + 2 if 0 <= opening < start + _OPENING_COMMA_REACH else start : position
        ].removeprefix("The ")
        found = self._group_in_sentence(position)
        if found is None or not subject.startswith(found.name):
            return self._group_opening_clause(start, position)
        return found

    def _group_opening_clause(self, start: int, position: int) -> Speaker | None:
        """The plural group opening the last clause joined before the pronoun in its sentence
        ("No A was shown, but Turkish broadcasters have shown B as part of their coverage of
        what they said was C": the broadcasters, the subject of the clause "they" is in, not
        a group a later object names nor one an earlier sentence named; round 642)."""
        opening = max(self.text.rfind(j, start, position) + len(j) for j in _CLAUSE_JOINTS)
        if opening <= start + 2:  # none: each -1 found, plus its joint's length
            return None
        words = self.text[opening:position].split(None, 5)[:5]
        first = 1 if words and words[0] in ("the", "The") else 0
        index = first
        while index < len(words) - 1 and words[index].isalpha():
            head = words[index]
            if head in lx.GROUP_NOUNS and head.endswith("s"):
                if words[index + 1] not in _CLAUSE_VERBS:
                    return None
                name = " ".join(words[first : index + 1])  # with its modifiers: "Turkish
                return Speaker(name, fold(name), "GROUP")  # broadcasters"
            index += 1
        return None

    def _group_subject_before(self, position: int) -> Speaker | None:
        """The group opening the sentence before "They" when it said nothing listed ("The
        sides expressed satisfaction ... They stressed ..."): the sides."""
        window = self._sentence_before(position)
        openings = list(_GROUP_OPENING.finditer(self.text, window, position))
        if not openings and self._one_opening_at(window):  # "Some faithful waited. X
            earlier = self._sentence_start(window)  # arrived. “...,” they chanted": one
            openings = list(_GROUP_OPENING.finditer(self.text, earlier, window))  # person
            # between, whom "they" cannot stand for, or one of them ("One held a sign"; round
            # 638 residue)
        if not openings:
            return self._organisation_opening(window, position)
        name = openings[-1].group(1) or openings[-1].group(2)
        first, _, rest = name.partition(" ")
        if rest and first.lower() in _PARTITIVES:
            name = rest  # "Some faithful waited ... They chanted": the head noun, no
            # determiner (GUIDELINES: group speakers)
        return Speaker(name, fold(name), "GROUP")

    def _body_named_next(self, units: list[Unit]) -> Speaker | None:
        """The organisation that opens the next sentence when an unnamed body described by a
        word its name holds speaks ("X, an international human rights group said. Human
        Rights Watch said Y"): the same body, named as fully as the article names it (round
        638 residue); None if another body, or none, opens it."""
        text = self.text
        stop = _NEXT_STOP.search(text, units[-1].end, units[-1].end + _NEXT_STOP_REACH)
        if stop is None:
            return None
        opening = stop.end() + 4 if text.startswith("The ", stop.end()) else stop.end()
        index = bisect_left(self.span_starts, opening)
        if index >= len(self.spans) or self.spans[index].start != opening:
            return None
        span = self.spans[index]
        if span.type != "ORG":
            return None
        name_words = set(fold(text[span.start : span.end]).split())
        if not any(unit.low in name_words for unit in units[1:-1]):
            return None
        return self.cast.organisation(span)

    def _one_opening_at(self, start: int) -> bool:
        """Whether one person opens the sentence at ``start``: a name, its title included, or
        "One" or "Another" (of a group named before)."""
        while start < len(self.text) and self.text[start].isspace():
            start += 1
        return self.text.startswith(_ONE_OF_THEM, start) or self.person_opening(start) is not None

    def _countries_opening_before(self, position: int) -> Speaker | None:
        """The countries listed as the subject opening the sentence before "they" ("Britain,
        France and Germany on Monday issued a joint condemnation ... “...,” they added"): one
        group naming them all, not the group that spoke sentences before (newuser49). A
        quotation of several sentences before "they" is passed back over whole."""
        opening = self.text.rfind("\n", 0, position) + 1
        if self.text.startswith(_OPENING_QUOTES, opening):
            position = opening + 1
        start = self._sentence_before(position)
        while start < position and self.text[start].isspace():
            start += 1
        index = bisect_left(self.span_starts, start)
        listed: list[EntitySpan] = []
        while index < len(self.spans) and self.spans[index].type == "GPE":
            span = self.spans[index]
            gap = self.text[listed[-1].end : span.start] if listed else ""
            if listed and gap not in (", ", " and ", ", and "):
                break
            if not listed and span.start != start:
                return None
            listed.append(span)
            if gap.endswith("and "):
                name = self.text[listed[0].start : span.end]
                return Speaker(name, fold(name), "GROUP") if len(listed) > 2 else None
            index += 1
        return None

    def _pair_subject_before(self, position: int, *, persons: bool = False) -> Speaker | None:
        """The persons joined by "and" as the subject of the sentence before "They" ("X and
        Minister Y discussed Z. They noted ..."): one speaker naming both, as the sentence
        joins them. ``persons`` for a role's plural ("the officials"), which two places or
        bodies are not ("Oslo and Ottawa have signed X, officials told Y. The officials
        said": those officials; round 646)."""
        start = self._sentence_before(position)
        end = self._sentence_start(position)
        if self.text.find(" and ", start, end) < 0:  # the cheap test first
            return None
        pair = self.main(start, end)
        if pair is None or pair.type != "GROUP" or pair.name.count(" and ") != 1:
            return None
        names = pair.name.split(" and ")
        first_named: dict[str, int] = {}  # each person's or country's first mention
        for span in self.spans:
            if span.type == "PERSON" and self.cast.in_body(span.start):
                first_named.setdefault(self.cast.person(span).name, span.start)
            elif not persons and span.type in _PLACE_OR_BODY and span.text in names:
                first_named.setdefault(span.text, span.start)
        if any(name not in first_named for name in names):
            return None  # a title no name was found for ("X and the Secretary")
        name = " and ".join(sorted(names, key=first_named.__getitem__))  # as first named
        return Speaker(name, fold(name), "GROUP")

    def _met_pair_before(self, position: int) -> Speaker | None:
        """The two persons the sentence before "they" says met ("X held a working meeting
        with Y, ..." then "they noted Z"): one speaker naming both, in their order."""
        start = self._sentence_before(position)
        end = self._sentence_start(position)
        if _MET_WITH.search(self.text, start, end) is None:
            return None
        return self._two_named_before(end, end - start)

    def _source_ending_before(self, position: int) -> Speaker | None:
        """The organisation that ends the sentence before as its source ("..., the Spanish news
        agency EFE reported."): "it said" after it is that source's, not the organisation
        that spoke before (round 400; "report" is no listed verb, its subject still the one
        "it" stands for)."""
        stop = position  # the sentence's start, as "X, it said" gives it, or in it
        window = max(0, stop - _SOURCE_TAIL)
        tail = self.text[window:stop].rstrip()
        if not tail.endswith(_SOURCE_ENDINGS):  # the cheap test first
            stop = self._sentence_start(position)
            window = max(0, stop - _SOURCE_TAIL)
            tail = self.text[window:stop].rstrip()
            if not tail.endswith(_SOURCE_ENDINGS):
                return None
        verb_at = window + tail.rfind(" ")
        index = bisect_left(self.span_starts, verb_at) - 1
        if index < 0 or self.spans[index].end != verb_at or self.spans[index].type != "ORG":
            return None
        return self.cast.organisation(self.spans[index])

    def _reported_subject_before(self, position: int) -> Speaker | None:
        """ "He said that the State of X called for Y. It also urged Z": with no organisation
        speaking in view, "it" is the country or organisation opening what the sentence before
        reported, as its clause's subject."""
        if self.last_person is None:
            return None
        start = self._sentence_before(position)
        said = [
            s
            for s in self._said[
                bisect_left(self._said, (start,)) : bisect_left(self._said, (position,))
            ]
            if s[2]
        ]
        if not said or said[-1][2] != self.last_person[1].key:
            return None  # a person reported it (a spokesperson on the country's behalf)
        units = self.units(said[-1][0], min(said[-1][1], said[-1][0] + _LEADING_WINDOW))
        units = _after_determiners(units)
        if len(units) < 2 or units[0].kind not in ("ORG", "GPE") or not units[1].text.islower():
            return None
        return self.cast.organisation(self.span_at(units[0].start))

    def _sentence_before(self, position: int) -> int:
        """Where the sentence before the one holding ``position`` starts."""
        return self._sentence_start(self._sentence_start(position))

    def _sentence_start(self, position: int) -> int:
        """Where the sentence holding ``position`` starts: the last of ``_STOPS`` ending before
        ``position - 2``, each stop's offsets found once and searched (a text lacking one
        was searched back to its start for every verb)."""
        if position < 2:  # rfind's end counted from the text's end, as before
            cut = max(self.text.rfind(stop, 0, position - 2) + len(stop) - 1 for stop in _STOPS)
            return cut + 1 if cut >= 0 else 0
        if self._stops is None:
            self._stops = {stop: occurrences(self.text, stop) for stop in _STOPS}
            self._stops[". "] = self._full_stops(self._stops[". "], self._stops["\n"])
        cut = -1
        for stop, offsets in self._stops.items():
            at = bisect_right(offsets, position - 2 - len(stop)) - 1
            if at >= 0:  # (no stop before: the text's start, not a stop's length into it)
                cut = max(cut, offsets[at] + len(stop) - 1)
        return cut + 1 if cut >= 0 else 0

    def _full_stops(self, stops: list[int], line_ends: list[int]) -> list[int]:
        """Of the offsets of ". ", those whose full stop ends a sentence as the reader's
        splitter decides (not "Rep. Cho", "S. Jaishankar", "U.S. officials"): a subject read
        from the sentence before was the name after the title or initial."""
        ending: list[int] = []
        for stop in stops:
            line = bisect_right(line_ends, stop) - 1
            if full_stop_ends(self.text, line_ends[line] + 1 if line >= 0 else 0, stop):
                ending.append(stop)
        return ending

    def _issuing_body(self, position: int) -> Speaker | None:
        """ "The Council ... remains distressed. We urge X": a body's statement in its own first
        person, "we" the body that spoke in this sentence or the one before, or that the sentence
        before opens with (Decisions: a statement's issuer speaks; round 47); else no one (a
        writer's or a speaker's "we" outside marks names no speaker)."""
        recent = self.last_other.get("ORG")
        if recent is not None and self.sentence_index - recent[0] <= 1:
            return recent[1]
        return self._organisation_acting_before(position)

    def _organisation_acting_before(self, position: int) -> Speaker | None:
        """ "The Foreign Ministry disclosed this in a statement. It said X": with no
        organisation speaking in view, "it" is the one the sentence before opens with as the
        subject of its verb (a lowercase word after the name)."""
        span = self._opening_organisation(self._sentence_before(position), position)
        if span is not None and self.text.startswith(_POSSESSIVE_GAPS, span.end):
            return self._owned_body_acting(span, position)
        if span is None or _LOWERCASE_WORD.match(self.text, span.end) is None:
            return None
        return self.cast.organisation(span)

    def _owned_body_acting(self, owner: EntitySpan, position: int) -> Speaker | None:
        """ "The AU’s Peace and Security Council issued X. It declared Y": the body the
        opening organisation owns, named as its subject is (round 405), or None."""
        start = owner.end + 3  # past "’s "
        index = bisect_left(self.span_starts, start)
        if index == len(self.spans) or start >= position:
            return None
        body = self.spans[index]
        if body.start != start or body.type != "ORG":
            return None
        if _LOWERCASE_WORD.match(self.text, body.end) is None:
            return None
        return self.classify(self.units(owner.start, body.end), position)

    def _body_described_before(
        self, position: int, kinds: frozenset[str] = _PLACE_OR_BODY
    ) -> Speaker | None:
        """ "The Council is the main forum for X. In June, it said Y", "China, which sees Z,
        is one of 13 observers. Last year it said Y": with no organisation speaking in view,
        "it" is the organisation or country the sentence before opens with as the subject of
        a finite verb, a relative clause between them or none (round 315)."""
        window = self._sentence_before(position)
        start = window + (self.text[window] == " ")
        start += 4 if self.text.startswith("The ", start) else 0
        index = bisect_left(self.span_starts, start)
        if index == len(self.spans) or self.spans[index].start != start or start >= position:
            return None
        span = self.spans[index]
        if span.type not in kinds:
            return None
        after = span.end
        if self.text.startswith(_RELATIVE_OPENINGS, after):  # ", which sees Z, is"
            after = self.text.find(", ", after + 2, position) + 1
            if after <= 0:
                return None
        if _FINITE_AFTER_SUBJECT.match(self.text, after) is None:
            return None
        return self.cast.organisation(span)

    def _country_opening_before(self, position: int) -> Speaker | None:
        """The country opening the sentence before ``position`` as the subject of its verb (a
        lowercase word after its name), else None."""
        window = self._sentence_before(position)
        start = window + (self.text[window] == " ")
        index = bisect_left(self.span_starts, start)
        if index == len(self.spans) or self.spans[index].start != start or start >= position:
            return None
        span = self.spans[index]
        after = self.text[span.end : span.end + 5]
        if span.type != "GPE" or not after[1:2].islower() or after.startswith((" and ", " or ")):
            return None  # "Norland has ...", not "Norland and Tarn have ..."
        return self.cast.organisation(span)

    def _organisation_opening(self, window: int, position: int) -> Speaker | None:
        """The organisation opening the sentence before "They" ("The G-7 also issued a joint
        statement. They expressed ..."): a body of members, which "they" stands for."""
        span = self._opening_organisation(window, position)
        return self.cast.organisation(span) if span is not None else None

    def _opening_organisation(self, window: int, position: int) -> EntitySpan | None:
        """The organisation mention opening the sentence starting at ``window`` (after "The")."""
        start = window + (self.text[window] == " ")
        start += 4 if self.text.startswith("The ", start) else 0
        index = bisect_left(self.span_starts, start)
        if index < len(self.spans) and self.spans[index].start == start < position:
            span = self.spans[index]
            if span.type == "ORG":
                return span
        return None

    def _two_named_before(self, position: int, reach: int = _AHEAD) -> Speaker | None:
        """The two persons last named in the body before ``position`` (in this sentence or
        the one before), as one speaker named in their order: "X met Y. The two stressed"."""
        pair = self._last_two_persons(position, reach)
        if pair is None:
            return None
        name = f"{pair[0].name} and {pair[1].name}"
        return Speaker(name, fold(name), "GROUP")

    def _family_named_before(self, plural: str, position: int) -> Speaker | None:
        """The two persons of one surname last named before ``position`` that a family named
        in the plural stands for ("the Trumps", "the Joneses"), as one speaker, or None."""
        persons, starts = self._body_persons()
        index = bisect_left(starts, position)
        found: dict[str, Speaker] = {}
        for span in reversed(persons[max(0, index - 8) : index]):
            person = self.cast.person(span)
            surname = person.name.rpartition(" ")[2].lower()
            if " " in person.name and plural in (f"{surname}s", f"{surname}es"):
                found.setdefault(person.key, person)
        if len(found) != 2:
            return None
        second, first = found.values()
        name = f"{first.name} and {second.name}"
        return Speaker(name, fold(name), "GROUP")

    def _last_two_persons(self, position: int, reach: int) -> tuple[Speaker, Speaker] | None:
        """The two persons last named in the body within ``reach`` before ``position``, in
        the order the text names them, or None."""
        persons, starts = self._body_persons()
        index = bisect_left(starts, position)
        found: dict[str, Speaker] = {}
        for span in reversed(persons[max(0, index - 8) : index]):
            if span.start < position - reach:
                break
            person = self.cast.person(span)
            found.setdefault(person.key, person)
            if len(found) == 2:
                second, first = found.values()
                return first, second
        return None

    def _former_or_latter(self, word: str, position: int) -> Speaker | None:
        """ "X and Y ..., with the former saying A": the first of the two persons named last
        before it ("the latter" the second), or None (round 407)."""
        pair = self._last_two_persons(position, _AHEAD)
        if pair is None:
            return None
        return pair[0] if word == "former" else pair[1]

    def _last_subject_mention(self, position: int) -> EntitySpan | None:
        """The last person named at the head of a clause before ``position`` (among the 40
        body mentions of persons before it)."""
        persons, starts = self._body_persons()
        index = bisect_left(starts, position)
        subordinate = None
        for span in reversed(persons[index - 40 if index > 40 else 0 : index]):
            if (
                self._heads_clause(span)
                and not self._joined(span)
                and not self._said_by_another(span)
            ):
                if subordinate is not None:
                    return (
                        span
                        if _same_sentence(self.text, span.end, subordinate.start)
                        else subordinate
                    )
                if not self._subordinate_or_agent(span):
                    return span
                subordinate = span
        return subordinate

    def _subordinate_or_agent(self, span: EntitySpan) -> bool:
        """``_reads_subordinate_or_agent``'s answer, kept per mention: every pronoun after a
        mention walks back over it and asks again."""
        key = (span.start, span.end)
        known = self._subordinates.get(key)
        if known is None:
            known = self._subordinates[key] = self._reads_subordinate_or_agent(span)
        return known

    def _reads_subordinate_or_agent(self, span: EntitySpan) -> bool:
        """Whether a mention after a comma is apposed to a passive's titled agent or heads a
        subordinate clause ("Abas, who was represented ... by the Navy Chief of Policy and
        Plans, Rear Admiral Y, assured"; "X said this ... when the Consul General of Brazil to
        Nigeria, Mr Y paid a call"): a "he" in a later sentence stands for the subject of the
        sentence's main clause before it, when one heads it (round 490). The mark right
        before the mention (or before its space), when there is one, starts its clause: no
        search back over the line then."""
        text = self.text
        clause = span.start - 1 if span.start > 1 and text[span.start - 1] == " " else span.start
        mark = text[clause - 1 : clause] if clause > 0 else ""
        if mark in _NOT_COMMA_MARKS:
            return False
        if mark != ",":
            clause = _clause_start(text, span.start)
            if not text.endswith(",", 0, clause):
                return False
        joint = _titled_after_joint(self.text[_clause_start(self.text, clause - 1) : clause - 1])
        return joint != "" and (joint != "by" or self.text.startswith(",", span.end))

    def _body_persons(self) -> tuple[list[EntitySpan], list[int]]:
        """The body's person mentions and their starts, listed when a pronoun first asks (every
        pronoun walked back over all mentions before it)."""
        if self._in_body is None:
            persons = [
                s
                for s in self.spans
                if s.type == "PERSON"
                and self.cast.in_body(s.start)
                and s.text.lower() not in lx.SUBJECT_PRONOUNS  # "He" of He Wei at a clause's start
            ]
            self._in_body = persons, [s.start for s in persons]
        return self._in_body

    def _joined(self, span: EntitySpan) -> bool:
        """Whether a mention is one of two persons joined by "and" ("Modi and Lee had met"), or
        opens a list of groups whose verb is plural ("X, world leaders and organisations have
        expressed"): a plural subject, which "he" does not stand for."""
        text = self.text
        if _PLURAL_LIST_AFTER.match(text, span.end):  # "X, world leaders and bodies have"
            return True
        if text.startswith(" and ", span.end):  # "X and Y", "X and the great leader Y"
            return text[span.end + 5 : span.end + 6].isupper() or text.startswith(
                "the ", span.end + 5
            )
        head = self._title_start(span)  # "A, B, and Pope C": from the title on
        if not text.endswith(" and ", 0, head):
            return (
                text.endswith(", ", 0, head)
                and _LIST_GOES_ON.match(text, span.end) is not None
                and self._listed_after_person(head)
            )
        joint = head - 6 if text.endswith(", and ", 0, head) else head - 5
        other = last_word(text, max(0, joint - 40), joint)
        return other is not None and text[other[0]].isupper()

    def _listed_after_person(self, head: int) -> bool:
        """Whether a person's name right before ``head`` and a comma (a regnal number between:
        "John Paul II, Benedict XVI") makes the mention at ``head`` an item of a list."""
        index = bisect_left(self.span_starts, head) - 1
        if index < 0 or self.spans[index].type != "PERSON":
            return False
        return _LIST_GAP.fullmatch(self.text, self.spans[index].end, head) is not None

    def _title_start(self, span: EntitySpan) -> int:
        """Where a mention's title starts when one stands right before it ("Pope Francis"),
        else where the mention starts."""
        index = bisect_left(self.span_starts, span.start) - 1
        if index >= 0:
            title = self.spans[index]
            if title.type == "ROLE" and title.end == span.start - 1:
                return title.start
        return span.start

    def _finite_verb_at(self, position: int) -> bool:
        """Whether a listed verb's form other than its participle stands at ``position``, an
        aside's closing comma before it allowed ("His speech, which ..., highlighted")."""
        head = self.text[position : position + 2]
        word = _TOKEN.match(self.text, position + len(head) - len(head.lstrip(", ")))
        return word is not None and word.group() in FORMS and not FORMS[word.group()].participle

    def _speaks_in_that_clause(self, span: EntitySpan) -> bool:
        """Whether a title is the subject of a listed verb in a reported clause ("it said that
        the President noted X. He added Y": the President, whose words were relayed)."""
        text = self.text
        if not text.endswith((" that the ", " that "), 0, span.start):
            return False
        return text.startswith(" ", span.end) and self._finite_verb_at(span.end + 1)

    def _heads_clause(self, span: EntitySpan) -> bool:
        """Whether only names and determiners stand between a mention and its clause's start
        (kept per mention: every pronoun after it asks again)."""
        heads = self._clause_heads.get(span.start)
        if heads is None:
            clause_start = _clause_start(self.text, span.start)
            if self.text.startswith(".", clause_start - 1):  # the cheap test first
                clause_start = _clause_start_past_initialism(self.text, clause_start)
            # a closing mark too: a pull quote run into the line ('Qatar“We ...”Envoy X met')
            closed = self.text.rfind("”", clause_start, span.start) + 1
            clause_start = closed if closed > clause_start else clause_start
            before = self.units(clause_start, span.start)
            heads = all(
                u.kind != "WORD"
                or u.text[0].isupper()
                or u.low in _BEFORE_SUBJECT
                or _former_title(u.text)
                or (u.low in _POSSESSIVE_MARKS and n > 0 and before[n - 1].kind == "ROLE")
                for n, u in enumerate(before)
            ) or (bool(before) and before[-1].kind == "ROLE" and _premodified_title(before))
            heads = heads and not (  # "With X, on ...": a preposition's object, though capitalised
                before and before[-1].kind == "WORD" and before[-1].low in lx.PREPOSITIONS
            )
            self._clause_heads[span.start] = heads
            if heads and self.text.endswith(",", 0, clause_start):
                heads = not self._object_apposed(
                    clause_start - 1, span.end
                ) and not self._inside_persons_apposition(clause_start - 1, span)
            if not heads and _heads_reduced_relative(self.text, before, span.end):
                heads = self._clause_heads[span.start] = True
        return heads

    def _after_auxiliary(self, start: int, end: int) -> bool:
        """Whether the word before ``end`` is an auxiliary ("has", "had") right before it."""
        found = last_word(self.text, start, end)
        return (
            found is not None
            and found[1] == end - 1
            and self.text[found[0] : found[1]] in lx.AUXILIARIES
        )

    def _object_apposed(self, comma: int, end: int) -> bool:
        """Whether a mention set off by commas follows a verb and its object ("X received his
        counterpart, Z, today"; "Denying the legitimacy of the office and its leader, Z, he
        told"): Z is in apposition to that object, no subject a pronoun may stand for ("The
        minister, Z, said" and "..., Z said" keep theirs)."""
        if not self.text.startswith((",", "."), end):
            return False  # the cheap test first
        start = _clause_start(self.text, comma)
        words = self.text[start:comma].split()
        if words and (words[0] in _RELATIVE_WORDS or words[0] == "which"):
            words = words[1:]  # "X, who met his counterpart, Z, said": Z is the object's;
            # "a reception, which included the presence of the Emir of Y, Z." (round 292)
        verb = next(
            (
                n
                for n, word in enumerate(words)
                if not word[:1].isupper() and word not in _BEFORE_VERB  # "X yesterday condemned"
            ),
            len(words),
        )
        return (
            verb + 1 < len(words)
            and words[verb].isalpha()
            and (words[verb].endswith(("ed", "ing")) or words[verb] in _IRREGULAR_PASTS)
            and "by" not in words[verb + 1 :]  # "Information denied in the evening by the
            # president of Y, Z.": a passive's agent, its actor
        ) or _with_object(words)

    def _last_mention(self, position: int) -> EntitySpan | None:
        persons, starts = self._body_persons()
        index = bisect_left(starts, position) - 1
        if index >= 0:
            return persons[index]
        return self._headline_person(position)

    def _headline_person(self, position: int) -> EntitySpan | None:
        """The one person the headline names, for a pronoun opening the body before anyone
        is named in it ("Chancellor X: ..." then "He stressed that ...")."""
        named = [
            s
            for s in self.spans[: bisect_left(self.span_starts, position)]
            if s.type == "PERSON" and not self.cast.in_body(s.start)
        ]
        return named[0] if len({s.text for s in named}) == 1 else None

    def acting_before(self, start: int, end: int) -> Speaker | None:
        """The last person in ``text[start:end]`` followed by a lowercase word (its verb):
        "... after Press Secretary Sean Spicer issued a warning, saying ..."."""
        index = bisect_left(self.span_starts, end) - 1
        while index >= 0 and self.spans[index].start >= start:
            span = self.spans[index]
            index -= 1
            following = _NEXT_WORD.match(self.text, span.end, end)
            if span.type == "PERSON" and following and following.group(1).islower():
                return self.cast.person(span)
        return None

    # -- where subjects stand -----------------------------------------------------------------

    def strip_back(self, start: int, end: int) -> int:
        """``end`` moved back over adverbs and auxiliaries ("has also"); kept, as each verb
        asks up to three times (attribution after, subject before, coordination)."""
        stripped = self._stripped.get((start, end))
        if stripped is None:
            stripped = self._stripped[start, end] = self._strip_back(start, end)
        return stripped

    def word_before(self, start: int, end: int) -> tuple[int, int] | None:
        """``last_word`` of the text's ``start:end``, kept: a verb's claim asks for the word
        before it after ``strip_back`` read it (two claims in three on the sample)."""
        key = (start, end)
        if key in self._words_before:
            return self._words_before[key]
        found = self._words_before[key] = last_word(self.text, start, end)
        return found

    def _strip_back(self, start: int, end: int) -> int:
        if end - 1 > start and self.text[end - 1] in '"“' and self.text[end - 2] == " ":
            end -= 1  # 'X, who was asked, “said ...”': a quotation opening at the verb
        if ")" in self.text[end - 3 : end]:  # the cheap test first (a slice: no bounds parsed)
            note = _PHOTO_NOTE.search(self.text, max(start, end - _PHOTO_NOTE_REACH), end)
            end = note.start() + 1 if note is not None else end  # "X (pictured) says", "The
            # minister, X (picture, at UN), said" (round 518)
        while True:
            found = self.word_before(start, end)
            if found is None:
                return end
            word = self.text[found[0] : found[1]]
            is_adverb = (
                (
                    word.islower()
                    and word.endswith("ly")
                    and len(word) > 4
                    and word not in _HEAD_NOUNS  # "The family said", "the assembly urged"
                )
                or (word == "since" and self.text.endswith(_PERFECT_BEFORE_SINCE, start, found[0]))
                or (word == "however" and self.text[found[0] - 2 : found[0]] != ", ")
            )  # "has since urged": an adverb there, no subordinator; "but however added",
            # "The minister however said": no commas round it (", however, said" read as set
            # off; round 420)
            if word == "ago":  # "Hungary had long ago declared", "X years ago said": a time
                spell = last_word(self.text, start, found[0])  # between subject and verb
                if spell is not None and self.text[spell[0] : spell[1]].lower() in _AGO_SPELLS:
                    end = spell[0]
                    continue
            if word == "far":  # "Authorities have so far confirmed X": a time (round 688)
                spell = last_word(self.text, start, found[0])
                if spell is not None and self.text[spell[0] : spell[1]].lower() in _FAR_SPELLS:
                    end = spell[0]
                    continue
            if word in _FLOATING_QUANTIFIERS and _plural_before(self.text, start, found[0]):
                end = found[0]  # "The companies both said": the quantifier floated off its
                continue  # subject (round 340), not "Both said"
            if word in _DAY_ADVERBS and self._after_auxiliary(start, found[0]):
                end = found[0]  # "has today told": the day between the auxiliary and its verb
                continue  # (round 519)
            if word.lower() not in lx.ADVERBS and not is_adverb:
                return end
            if '"' in self.text[found[1] : end] or "”" in self.text[found[1] : end]:
                return end  # 'They "met very closely," said X': the quotation's last word
            if word[0].isupper() and (
                self.in_mention(found[0]) or self.cast.named_ending(word, found[0]) is not None
            ):
                return end  # "Clara May said", "May also stressed": a name's last word, not
                # the modal
            end = found[0]

    def _list_owner(self, start: int, clause_start: int, end: int) -> int:
        """Where the clause starts whose subject owns a list of names the clause after the
        last comma ends ("the governments of A, B, C and D expressed", "Ministers from A, B, and
        C warned": the governments, the ministers), else ``clause_start``."""
        if _LIST_TAIL.fullmatch(self.text, clause_start, len(self.text[:end].rstrip())) is None:
            return clause_start
        listed = _LISTED_OF.search(self.text, max(start, clause_start - 160), clause_start)
        if listed is None or listed.end() != clause_start:
            return clause_start
        owner = start
        for delimiter in _CLAUSE_DELIMITERS:
            found = self.text.rfind(delimiter, start, listed.start())
            if found >= 0:
                owner = max(owner, found + len(delimiter))
        return owner

    def before(self, start: int, verb_start: int) -> Speaker | None:
        """The speaker named right before a verb, within its clause (or None)."""
        which = self.text.rfind(
            " which ", max(start, verb_start - _WHICH_SUBJECT_REACH), verb_start
        )
        if which > start:  # the cheap test first
            led_by = _PREPOSITION_WHICH.search(self.text, max(start, which - 8), which + 7)
            if led_by is not None:  # "held talks during which the two leaders reaffirmed X":
                return self.before(which + 7, verb_start)  # the relative clause's subject
        reach = verb_start - _SPEAKING_REACH
        speaking = self.text.rfind(" speaking ", reach if reach > start else start, verb_start)
        if speaking > start and _speaking_between(self.text, speaking, verb_start):
            return self.before(start, speaking + 1)  # "X speaking at the UN said": X (round 300)
        if (
            speaking >= 0
            and self.text.startswith(",", speaking - 1)
            and "," not in self.text[speaking:verb_start]
        ):  # "X, speaking at the meeting in May called for": the page's closing comma left
            # out, X the subject before the aside (round 356)
            named = self.person_ending_at(speaking - 1)
            if named is not None:
                return named
        if self.text.startswith("In ", start):  # the cheap test first
            fixed = _FIXED_OPENING.match(self.text, start, verb_start)
            if fixed is not None:  # "In exchange X's leader said": X's leader, the fixed
                # phrase opening the sentence with no comma after it (newuser41)
                return self.before(fixed.end(), verb_start)
        quoting = self._quoting_source(start, verb_start)
        if quoting > start:
            return self.before(start, quoting + 1)  # "State radio quoting the navy said": the
            # radio's, the source it quotes no subject (round 373)
        if verb_start - start > SUBJECT_REACH:  # from a word's start within reach
            start = self.text.find(" ", verb_start - SUBJECT_REACH, verb_start) + 1 or start
        closed = self.text.rfind(",” ", start, verb_start)
        if closed >= 0 and (
            self.text.find(", who ", start, closed) >= 0
            or self.text.startswith(_QUOTING_CLAUSE_OPENINGS, start)
        ):
            start = closed + 3  # 'Describing X as a “friend, who has ...,” Trump said Y': the
            # subject after the quotation its comma closes, whose relative clause is no
            # subject's (round 466); 'When asked about X calling him “daddy,” Trump said Y':
            # the opening clause's, which the quotation closes (round 637)
        end = self.strip_back(start, verb_start)
        what = self.text.rfind(" what ", start, end) if self._has_what else -1
        if what >= 0 and self._content_marked_after(verb_start):
            start = what + 6  # "The minister echoed what X had said at ...: Y": Y is X's, an
            # unlisted outer verb's object ("what she said before, there were" says nothing);
            # "pointed to what he called “...”": his
        before = self.text[start:end].rstrip()
        if before[-1:].isupper() and before[-2:-1].isalpha():  # the cheap test first
            honour = before.rfind(", ", len(before) - 7)
            if honour > 0 and before[honour + 2 :] in lx.POST_NOMINALS:
                named = self.person_ending_at(start + honour)
                if named is not None:  # "X, CFR has urged": X, his letters then no comma
                    return named
        if before[-2:-1].isdigit() or before[-1:].isdigit():  # the cheap test first
            aged = _AGE_APPOSED.search(before, max(0, len(before) - 6))
            named = self.person_ending_at(start + aged.start()) if aged is not None else None
            if named is not None:  # "Shimon Peres, 88, said": the person, the age apposed
                return named
        if " from " in before[-_RETURN_REACH:]:  # the cheap test first
            back_from = _RETURN_APPOSED.search(before, max(0, len(before) - _RETURN_REACH))
            named = (
                self.person_ending_at(start + back_from.start()) if back_from is not None else None
            )
            if named is not None:  # "X, just back from a visit to Cuba, said": X
                return named
        glued = _glued_pronoun(before)
        if glued:
            return self._pronoun("PERSON", verb_start, word=glued)
        final = last_word(before, 0, len(before))
        went_on = _WENT_ON.search(before, len(before) - 20) if before.endswith(" on to") else None
        if went_on is None and before.endswith(_CONTINUED_TO):  # "X continues to urge Y": X
            went_on = _CONTINUED.search(before, len(before) - 20)  # urges it (round 395)
        if went_on is not None:  # "X went on to say": X says it
            end = start + went_on.start()
            before = before[: went_on.start()]
            final = last_word(before, 0, len(before))
        if _pairing_in(before[-80:]):
            pair = self._counterpart_pair(start, start + len(before.rstrip(",")))
            if pair is not None:
                return pair
        if final:
            word = before[final[0] : final[1]].lower()
            if word == "to" and " forc" in before[-60:]:  # the cheap test first
                forced = _FORCED_TO.search(before, max(0, len(before) - 60))
                if forced is not None:  # "forcing X to say Y": X said it (round 331)
                    return self.person_ending_at(start + forced.end(1))
            if word == "to" and any(cue in before[-60:] for cue in _LED_CUES):
                led = _LED_TO.search(before, max(0, len(before) - 60))
                if led is not None:  # "The decision led academics to warn that Y": theirs
                    # (round 375)
                    return self.before(start + led.start(1), start + led.end(1) + 1)
            if word in _BEFORE_INFINITIVE or before.endswith(("'s", "’s")):
                return None  # a passive, "wanted to stress", "Spicer's remarks"
            if word == "which" and before.endswith(", which"):
                body = self._body_before_which(start, start + final[0] - 2)
                if body is None and " on " in before[-_DATED_REACH:]:  # the cheap test first
                    body = self._body_dated_before_which(start, before, final[0] - 2)
                if body is not None:  # "the Department of State, which announced X" (round 349)
                    self.subordinate = verb_start
                    return body
            if ", which " in before[-_WHICH_TIMED_REACH:]:  # the cheap test first
                timed = _WHICH_THEN_TIME.search(before, len(before) - _WHICH_TIMED_REACH)
                body = self._body_before_which(start, start + timed.start()) if timed else None
                if body is not None:  # "X's administration, which in May announced Y": a
                    # time adverbial between them (round 395)
                    self.subordinate = verb_start
                    return body
            if word in _RELATIVE_WORDS or word in lx.SUBJECT_PRONOUNS:
                relative = self._relative_speaker(start + final[0], word, verb_start)
                if relative is not None and before.endswith(", who"):
                    self.subordinate = verb_start  # "X, who has stressed Y, joined ..."
                if relative is not None:
                    return relative
        if final and ", who " in before[-_WHO_REACH:]:
            relative = self._adjunct_in_relative(start, before, verb_start)
            if relative is not None:
                return relative
        if final and ", which " in before[-60:]:
            named = self._named_in_relative(start, before)  # "..., which Laos said violated"
            if named is not None:
                return named
        # (a slice's last character, not ``endswith``: this is asked of every subject)
        aside = _ASIDE.search(before, len(before) - 40) if before[-1:] == "," else None
        if aside is None and before.endswith(" part"):  # "X, on his part said" (no comma)
            aside = _OPEN_ASIDE.search(before, len(before) - 30)
        if aside is None and before[-1:] == "," and " asked " in before[-_ASKED_REACH:]:
            aside = _ASKED_ASIDE.search(before, max(0, len(before) - _ASKED_REACH))
        cut = aside.start() if aside is not None else -1
        if cut < 0 and before[-1:] == "," and self.text[end:verb_start].rstrip().endswith(","):
            cut = len(before) - 1  # "The Sankei newspaper, likewise, said": the adverbs set
            # off by commas, read past already (round 614)
        if cut >= 0:  # "The Secretary of State, for his part, underscored"
            before = before[:cut]
            end = start + len(before)
            if ", " in before:  # "China, the largest producer, meanwhile, said": an
                # apposition before the aside (round 513)
                apposed = self._apposition(start, end)
                if apposed is not None:
                    return apposed
            if before.endswith(_AUXILIARY_ENDINGS):  # "He did, however, stress" (round 110)
                end = self.strip_back(start, end)
                before = self.text[start:end].rstrip()
        if before.endswith(_DASHES):  # "X — a left-wing liberal — has insisted": X's (round 264)
            opening = max(before.rfind(f" {dash} ", 0, len(before) - 1) for dash in _DASHES)
            width = 3
            if opening < 0:  # "the Quartet—A, B and C—called for": dashes glued to the
                # words, as some outlets set them (newuser41)
                opening, width = _glued_dash_opening(before), 1
            set_off = (
                self.units(start + opening + width, start + len(before) - 1) if opening > 0 else []
            )
            if len(set_off) == 1 and set_off[0].kind == "PERSON":
                return self.cast.person(self.span_at(set_off[0].start))  # "The envoy — X —": X
            if opening > 0:
                before = before[:opening].rstrip(",")
                end = start + len(before)
        company = (
            _COMPANY.search(before)
            if before[-1:] == ","
            and (" with " in before or " by " in before or " alongside " in before)
            else None
        )
        if company is not None:
            before = before[: company.start()]
            end = start + len(before)
        if before[-1:] == ",":
            comma = start + len(before) - 1
            found = (
                self._apposition(start, comma)
                or self._name_set_off(start, comma)
                or self._organisation_renamed(start, comma)
                or self._named_after_body_noun(start, comma)
                or self._before_prepositional_aside(start, before)
                or self._before_unopened_day(start, before)
            )
            if found is not None:
                return found
            that = before.rfind(" that ", 0, before.find(", "))
            if that >= 0:  # "Dawn reported that X, who ..., said": X's words, the outer verb
                # unlisted (newuser44)
                return self.before(start + that + 6, verb_start)
            phrase_end = before.find(", ", 0, _OPENER_REACH)
            if phrase_end > 0 and _opening_adverbial_words(before[:phrase_end]):
                return self.before(start + phrase_end + 2, verb_start)  # "With this, the X
                # Museum, at the University of Y, said": the subject and its aside after the
                # sentence's opening phrase (round 505)
            return None
        if " including " in before:  # the cheap test first
            group = self._group_before_including(start, before)
            if group is not None:
                return group
        clause_start = start
        clause = self.text[start:end]  # one copy: ``in`` parses no bounds, most marks are absent
        for delimiter in _CLAUSE_DELIMITERS:
            if delimiter in clause:
                clause_start = max(clause_start, start + clause.rfind(delimiter) + len(delimiter))
        if ",” " in clause or ',"' in clause:  # (round 320)
            joints = list(_QUOTATION_THEN_JOINT.finditer(self.text, clause_start, end))
            if joints:
                clause_start = joints[-1].end()
            elif _PARTICIPLE_OPENING.match(self.text, clause_start, end):
                closed = max(clause.rfind(",” "), clause.rfind('," '))
                if closed >= 0:  # 'Commending “X,” WFP said Y': the quotation's comma closes
                    clause_start = start + closed + 3  # the participle's phrase (round 486)
        if (
            clause_start > start
            and self.text.startswith(", ", clause_start - 2)
            and (
                _UNCLOSED_DAY.fullmatch(self.text, clause_start, end) is not None
                or _UNCLOSED_OCCASION.fullmatch(self.text, clause_start, end) is not None
            )
        ):
            opened = self.text.rfind(", ", start, clause_start - 2)
            if (
                opened >= 0
                and self.text.startswith(("a ", "an "), opened + 2)
                and self.text.find(" and ", start, opened) < 0  # (not "A and B, a ...")
            ):
                return self.before(start, clause_start - 2)  # "X, a former senator, in his
                # campaign stressed": X, the apposition's noun no subject (round 584)
            if self.text.startswith(_UNCLOSED_DAY_WORDS, clause_start):
                units = self.units(opened + 2 if opened >= 0 else start, clause_start - 2)
                return self.classify(units, verb_start) if units else None  # "The government,
                # on Wednesday said X": a day with only its opening comma, the subject before
                # it (round 420), as "X on Wednesday, said" (round 409)
        if clause_start > start and self.text.endswith(_PLACE_APPOSED_NOUNS, start, clause_start):
            clause_start = self._past_apposed_place(start, clause_start, end)
        if (
            clause_start > start
            and (
                self.text.startswith(("a ", "an "), clause_start)
                or (
                    self.text.startswith("the ", clause_start)
                    and self._quoted_then_named(clause_start - 2)
                )
            )
            and not any(word in self.text[clause_start:end] for word in _RELATIVE_IN_APPOSITION)
        ):
            named = self._named_before_open_apposition(clause_start)
            if named is not None:
                return named
        if (
            clause_start > start
            and self.text.startswith(", ", clause_start - 2)
            and " and " in clause
            and self.text.find(" and ", clause_start - 1, end) >= 0  # the cheap tests first
        ):  # (from the comma's space: "A, B, and C" leaves "and C" after the last comma)
            clause_start = self._list_owner(start, clause_start, end)
        comma = start + clause.rfind(",")  # the last comma: in the clause only if one is there
        if comma >= clause_start and self.text[comma + 1].isupper():
            clause_start = comma + 1  # a space the writer left out: "... Dorji,Li said"
        if self.text.startswith(_INSTRUMENTS, clause_start):  # "X, through Y said" (round
            # 109): an aside its writer left unclosed, X speaks
            instrumental = self._before_instrument(start, clause_start, verb_start)
            if instrumental is not None:
                return instrumental
        if self.text.startswith(_UNCLOSED_ASIDES, clause_start) and _unclosed_aside(
            self.text[clause_start:end]
        ):  # "He, however said", "X, commenting on Y said": likewise, X speaks
            aside_head = self._before_instrument(start, clause_start, verb_start)
            if aside_head is not None:
                return aside_head
        opener = _RELATIVE_OPENER.match(self.text, clause_start, end)
        if opener is not None:  # "met X, where he called for Y", "X, to whom he reiterated Y"
            clause_start = opener.end()
        elif " where " in clause and (where := self.text.rfind(" where ", clause_start, end)) >= 0:
            clause_start = where + 7  # "focused on X where the Minister reaffirmed Y": no comma
        elif self.text.startswith("whose ", clause_start):
            clause_start += 6  # "with Eritrea, whose leaders described X as": the leaders,
            # the relative's own subject (round 652)
        if ")" in clause:  # "Rome, 8 August 2017 (Lana) The X said": the agency credits the
            # report, X speaks (round 264)
            credit = _DATE_CREDIT.match(self.text, clause_start, end)
            if credit is not None:
                clause_start = credit.end()
            elif ") -" in clause:  # "MOSCOW (Reuters) -Russia said": the dateline's dash
                clause_start = dateline_end(self.text, clause_start, end)  # glued to the lede
        stop = start + clause.rfind(".")  # likewise, the last full stop
        if stop > clause_start and _RUN_ON.match(self.text, stop - 3):
            clause_start = stop + 1  # a sentence run on: "... consultations.They stressed"
        read = self.units(clause_start, end)
        if (
            read
            and self.text.startswith(", ", clause_start - 2)
            and clause_start - 2 > start
            and all(_time_unit(u) for u in read)
        ):  # "X, the former chairman, Tuesday said": the time after the apposition's comma
            return self.before(start, clause_start)
        units = _after_time(_without_time(read))
        if len(units) > 2 and units[0].low in _SUBJECT_LINKS and units[0].text[:1].isupper():
            units = units[1:]  # "Now the WFP and NGOs are sounding the alarm, warning": the
            # sentence's link, no word of its subject (round 486)
        if " and " in clause:  # the cheap test first
            joined = _clause_joined_before(units)
            if joined > 0:  # "He spoke briefly and the envoy added": the envoy (newuser43)
                units = units[joined:]
                clause_start = units[0].start
        if (
            len(read) == 1
            and read[0].kind in ("DATE", "WORD")
            and read[0].text.replace("’", "").istitle()  # "Sa’ar" too (round 671)
        ):
            named = self.cast.named_ending(read[0].text, verb_start)
            if named is not None:  # "In this regard, May also stressed": the month or the
                return named  # modal a name ends in, Theresa May's
        if (
            len(units) > 2
            and units[0].kind == "WORD"
            and units[0].low in lx.PREPOSITIONS
            and units[-1].kind == "PERSON"
            and units[-2].kind in ("ROLE", "WORD", "DATE")
        ):  # "On the sidelines of the WEF Saudi Arabia’s Foreign Minister X said", "In May X
            # said": no comma
            return self.cast.person(self.span_at(units[-1].start))
        if _title_after_opening_phrase(units):  # "At the meeting with X the President said"
            return self.classify(units[-2:], verb_start)
        the = _group_after_opening_phrase(units)
        if the:  # "In that meeting the SIS leaders reiterated": the leaders (round 508)
            return self.classify(units[the:], verb_start)
        if (
            units
            and units[-1].low in _PERSON_PRONOUNS
            and (
                _pronoun_after_opening_phrase(units)
                or _inserted_attribution(self.text, units, verb_start)
            )
        ):
            # "During the talks she called on X": no comma
            return self._pronoun(lx.SUBJECT_PRONOUNS[units[-1].low], verb_start, word=units[-1].low)
        if units and units[0].kind == "ROLE" and self.text.startswith(", ", clause_start - 2):
            second = self._person_and_before(start, clause_start - 2)
            if second is not None and _role_apposition(units):  # "X and Y, Foreign Minister
                pair = self._titled_and(start, second)  # of Z have expressed": no comma closes
                if pair is not None:  # Y's apposition
                    return pair
        if " such as " in clause:
            examples = self._group_before_examples(clause_start, end, verb_start)
            if examples is not None:
                return examples
        and_at = self.text.find("and ", clause_start, end) if "and " in clause else -1
        listed = self._listed_persons(start, clause_start, units) if and_at >= 0 else None
        if listed is not None:
            return listed
        if and_at > clause_start and self.text.startswith(", ", clause_start - 2):
            groups = self._groups_listed(start, clause_start, units, verb_start)
            if groups is not None:
                return groups
        if and_at == clause_start:
            example = _EXAMPLES_BEFORE.search(self.text, start, clause_start)
            if example is not None:  # "Council members like A, B, and C emphasized": members
                head_start = max(start, self.text.rfind(", ", start, example.start()) + 2)
                return self.classify(self.units(head_start, example.start()), verb_start)
        if " while " in clause:
            named = self._named_after_while(clause_start, end, verb_start)
            if named is not None:
                return named
        reach = end - 80 if end - 80 > clause_start else clause_start
        subordinate = _SUBORDINATOR.search(self.text, reach, end)
        if subordinate is not None and _issued_document(units):
            # "A statement issued by X after the meeting said": a time, not a clause
            return self.classify(units, verb_start)
        if subordinate is not None and subordinate.group() in _PREPOSITIONAL_SUBORDINATORS:
            adjunct = self._subject_before_adjunct(clause_start, subordinate, end, verb_start)
            if adjunct is not None:
                return adjunct
        if subordinate is not None:  # "A day after the Government announced Y, Z ...": its own
            rest = self.units(subordinate.end(), end)
            counted = _counted_group_start(rest)  # "as a group of officers announced": its "of"
            if rest and (
                not any(u.kind == "WORD" and u.low in _NOT_IN_SUBJECT for u in rest[counted:])
                or _role_of_body(rest)
            ):
                self.subordinate = verb_start
                return self.classify(rest, verb_start)
        if len(units) > 1 and units[0].low == "where" and clause_start > start:
            units = units[1:]  # "..., where he called for X": a relative clause, its subject
        if (
            len(units) > 2
            and units[-1].kind == "PERSON"
            and units[-2].low in _ROLE_PLACE_JOINTS
            and self.text.startswith(", ", clause_start - 2)
            and any(u.kind == "ROLE" for u in units[:-2])
        ):  # "Sir X, Conservative MP for North Thanet in Kent says": Kent the role's place,
            # the apposition unclosed, X speaks (round 489)
            named = self.person_ending_at(clause_start - 2)
            if named is not None:
                return named
        object_at = _object_relative(units)
        if object_at:  # "a decision that the minister said could ...": the minister (round 388)
            named = self.classify(units[object_at:], verb_start)
            if named is not None:
                return named
        speaker = self.classify(units, verb_start)
        if speaker is None and units and units[0].kind == "WORD" and subordinate is not None:
            return self.classify(self.units(subordinate.end(), end), verb_start)  # "when X vowed"
        if speaker is None and len(units) > 2:
            who = next((i for i, u in enumerate(units) if u.low == "who"), 0)
            if 0 < who < len(units) - 1:  # "The envoys who were at the talks said": the head
                return self.classify(units[:who], verb_start)  # before its relative clause
            that = next((i for i, u in enumerate(units) if u.low in ("that", "which")), 0)
            if 1 < that < len(units) - 1 and units[that - 1].low in lx.GROUP_NOUNS:
                # "The companies that own the cables said": a group before its relative
                # clause (round 340)
                return self.classify(units[:that], verb_start)
        return speaker

    def _monarch(self, position: int) -> Speaker | None:
        """The king, queen or emperor "the monarch" stands for ("King X said ... The monarch
        also quipped", round 390): no one is titled "monarch", so the crowned title holder
        who has spoken, else the one last named, or None."""
        for title in _CROWNS:
            words = frozenset({title})
            found = self.cast.spoken_holder(words, title, self._spoke) or self.cast.person_by_role(
                words, title, position
            )
            if found is not None:
                return found
        return None

    def _named_after_while(self, clause_start: int, end: int, verb_start: int) -> Speaker | None:
        """ "A threat by X included Y while Mr Z said W": Z, the subject of the clause "while"
        opens with no comma before it (round 389); only a name, maybe titled, or a pronoun
        ("while visiting Tarn, X said" is read as before), else None."""
        at = self.text.rfind(" while ", clause_start, end)
        if end - at > SUBJECT_REACH:
            return None  # no name and title runs so long: not read word by word at each verb
        rest = self.units(at + 7, end)
        if not rest:
            return None
        if len(rest) == 1 and rest[0].low in lx.SUBJECT_PRONOUNS:
            return self.classify(rest, verb_start)
        if rest[-1].kind != "PERSON" or any(
            u.kind not in ("PERSON", "ROLE") and u.text.rstrip(".") not in _NAME_HONORIFICS
            for u in rest
        ):
            return None
        return self.classify(rest, verb_start)

    def _subject_before_adjunct(
        self, clause_start: int, subordinate: re.Match[str], end: int, verb_start: int
    ) -> Speaker | None:
        """ "X after the meeting said", "X in a statement days after the incident said"
        (round 323): "after" with a bare noun phrase is an adjunct, no clause of its own; the
        subject is the name opening the clause, before any preposition or time word."""
        rest = self.units(subordinate.end(), end)
        if not (
            1 < len(rest) <= _ADJUNCT_UNITS
            and rest[0].low in lx.DETERMINERS
            and all(
                u.kind not in ("PERSON", "ROLE") and u.low not in _NOT_IN_SUBJECT for u in rest[1:]
            )
        ):
            return None
        head = self.units(clause_start, subordinate.start())
        cut = next(
            (k for k, u in enumerate(head) if u.low in lx.PREPOSITIONS or _time_unit(u)),
            len(head),
        )
        if cut == 0 or not any(u.kind in ("PERSON", "ORG") for u in head[:cut]):
            return None
        return self.classify(head[:cut], verb_start)

    def _group_before_examples(
        self, clause_start: int, end: int, verb_start: int
    ) -> Speaker | None:
        """ "Skeptics such as X and Y have warned" (round 320): the plural noun speaks, the
        names after "such as" only its examples (a group's head noun, Decisions)."""
        such = self.text.rfind(" such as ", clause_start, end)
        head = _after_time(self.units(clause_start, such))
        while head and head[0].low in _CONJUNCTIONS:
            head = head[1:]  # "..., and skeptics such as X warned"
        if not head or head[-1].kind != "WORD":
            return None
        found = self.classify(head, verb_start)
        if found is not None or not head[-1].low.endswith(_PEOPLE_PLURALS):
            return found
        words = [u for u in head if u.low not in lx.DETERMINERS]
        if not words or any(u.kind != "WORD" for u in words):
            return None
        name = self.text[words[0].start : words[-1].end]
        return Speaker(name, fold(name), "GROUP")

    def _before_instrument(self, start: int, aside: int, verb_start: int) -> Speaker | None:
        """The subject before a comma and an aside of means ("through the ministry") that
        runs on to the verb: the words from the comma before that one."""
        comma = aside - 2
        if comma <= start or not self.text.startswith(", ", comma):
            return None
        head_start = max(start, self.text.rfind(", ", start, comma) + 2)
        return self.classify(self.units(head_start, comma), verb_start)

    def _named_in_relative(self, start: int, before: str) -> Speaker | None:
        """ "the raids, which Laos said violated the accord": the subject named after "which"
        (a name, not a pronoun: ``_relative_speaker`` reads those) is the verb's speaker."""
        relative = _WHICH_NAME.search(before, max(0, len(before) - 60))
        if relative is None:
            return None
        units = self.units(start + relative.start(1), start + relative.end(1))
        if not units or any(u.kind == "WORD" for u in units):
            return None
        return self.classify(units, start + relative.start(1))

    def _counterpart_pair(self, start: int, end: int) -> Speaker | None:
        """ "X and his Argentine counterpart, Y, stated", "X and his counterpart, Vietnam Prime
        Minister Y, pledged": the two persons as one speaker (as a list of names), when X
        heads its clause."""
        index = bisect_left(self.span_starts, end) - 1
        if index < 1 or self.spans[index].end != end or self.spans[index].type != "PERSON":
            return None
        second = self.spans[index]
        joint = _COUNTERPART_JOINT.search(self.text, max(start, second.start - 80), second.start)
        if joint is None:
            return None
        first = self.spans[bisect_left(self.span_starts, joint.start()) - 1]
        if first.end != joint.start() or first.type != "PERSON":  # (a title's words between)
            return None
        if first.start < start or not self._heads_clause(first):
            return None
        name = f"{self.cast.person(first).name} and {self.cast.person(second).name}"
        return Speaker(name, fold(name), "GROUP")

    def _spouse_after(self, start: int, end: int, limit: int) -> Speaker | None:
        """ "X and first lady Y", "X and his wife Y" opening a clause the subject's words stop
        at "and" in: the two persons as one speaker, when a pairing noun stands between."""
        if not _pairing_in(self.text[end : end + _SPOUSE_REACH]):
            return None  # the cheap test first
        index = bisect_left(self.span_starts, end)
        if index == len(self.spans):
            return None
        second = self.spans[index]
        if second.type != "PERSON" or second.end > min(limit, end + _SPOUSE_REACH + 40):
            return None
        return self._counterpart_pair(start, second.end)

    def _adjunct_in_relative(self, start: int, before: str, verb_start: int) -> Speaker | None:
        """ "X, who shortly after being named president said Y": an adjunct between "who" and
        the verb leaves X the speaker (round 284); not "X, who officials say was ..."."""
        who = before.rfind(", who ", len(before) - _WHO_REACH)
        inner = before[who + 6 :]
        first = inner.split(" ", 1)[0]
        if "," in inner or not (first in lx.ADJUNCT_STARTS or first in _TIME_ADVERBS):
            return None
        return self._relative_speaker(start + who + 2, "who", verb_start)

    def _relative_speaker(self, word_start: int, word: str, verb_start: int) -> Speaker | None:
        """The speaker of a verb in a relative clause: "the donation which he said will be
        used" (the pronoun's), "Minister X who also said" (the person named right before)."""
        text = self.text
        if word in _RELATIVE_WORDS:
            end = word_start - 1 - (text[word_start - 2 : word_start - 1] == ",")
            if text.endswith(")", 0, end):  # "X (SaS nominee), who has stressed"
                opening = text.rfind(" (", max(0, end - 60), end)
                end = opening if opening >= 0 else end
            if text[word_start - 1] != " ":
                return None
            return (
                self.person_ending_at(end)
                or self._group_ending_at(end)
                or self._role_opening_at(end, word_start)
                or self._person_before_infinitive(end)
            )
        found = last_word(text, word_start - 12 if word_start > 12 else 0, word_start - 1)
        before = text[found[0] : found[1]] if found is not None else ""
        if before == "what" and _VERB_THEN_COPULA.match(text, verb_start):
            # "following what she says are reports": hers ("what she said before" is an
            # object, no content)
            return self._pronoun(lx.SUBJECT_PRONOUNS[word], verb_start, word=word)
        if before == "and" and word in ("he", "she"):  # "The President noted A and he
            # recalled B": a clause of its own, "he" the title opening the sentence, if one does
            titled = self._last_subject_role(verb_start, self._sentence_start(verb_start) - 1)
            return titled or self._pronoun("PERSON", verb_start, word=word)
        if before[:1].isupper() and before.lower() in _LINKING_ADVERBS:  # the cheap test first
            # "Therefore he noted X", "Meanwhile they urged Y": an uncommaed sentence adverb
            # before the pronoun, its subject all the same (round 260)
            return self._pronoun(lx.SUBJECT_PRONOUNS[word], verb_start, word=word)
        if (
            found is not None
            and before in _CONCESSIVE_OPENERS
            and self._sentence_start(verb_start) == found[0]
        ):
            # "Although he noted X, Y emphasized Z": the opening clause's pronoun, as a
            # sentence's own (round 566)
            return self._pronoun(lx.SUBJECT_PRONOUNS[word], verb_start, word=word)
        if (
            found is not None
            and before == "when"
            and word in ("he", "she")
            and text.endswith(", when", 0, found[1])
        ):
            named = self._named_before_when(found[0] - 2, word)
            if named is not None:
                return named
        if before not in ("which", "that"):
            return None
        if word in ("he", "she"):
            who = text.rfind(", who ", self._sentence_start(verb_start), word_start)
            named = self.person_ending_at(who) if who >= 0 else None
            if named is not None:  # "President X, who rejected “A,” which he described as
                return named  # “B”": X, the relative clause's own subject (round 628)
        if word == "it" and found is not None:  # found: "which" or "that" was read
            main = self.main(self._sentence_start(verb_start), found[0])
            if main is not None and main.type == "ORG":  # "X launched a model that it says
                return main  # uses less data": the main clause's body, X (round 653)
        return self._pronoun(lx.SUBJECT_PRONOUNS[word], verb_start, word=word)

    def _person_before_infinitive(self, end: int) -> Speaker | None:
        """The person an infinitive and its object follow before ", who" ("X allowed Y to
        present a manifestation, who said Z": Y, round 622): a thing presented says nothing,
        the one presenting it does."""
        infinitive = _INFINITIVE_OBJECT_BEFORE.search(self.text, max(0, end - 60), end)
        return self.person_ending_at(infinitive.start()) if infinitive is not None else None

    def _role_opening_at(self, end: int, word_start: int) -> Speaker | None:
        """The person a title opening the sentence stands for, before "who" ("The minister,
        who noted X, added Y": the minister's both; round 394)."""
        if not text_ends_in_role(self.text, end):  # the cheap test first
            return None
        start = self._sentence_start(word_start)
        if end - start > _OPENING_ROLE_REACH or not self.text.startswith(("The ", "the "), start):
            return None
        return self.before(start, end)

    def _group_ending_at(self, end: int) -> Speaker | None:
        """The group a plural noun phrase ending right before "who" names ("rejected by the
        descendants of the A and B communities who argued that X": descendants, the head noun
        without its determiner or following phrase; round 358), or None."""
        if not self.text.endswith("s", 0, end):
            return None  # the cheap test first: a plural ends the phrase
        units = self.units(max(0, end - _GROUP_PHRASE_REACH), end)
        if units and units[-1].kind == "WORD" and units[-1].low in lx.GROUP_NOUNS:
            premodified = self._premodified_group(units)
            if premodified is not None:
                return premodified
        first = len(units)
        while first and (
            units[first - 1].kind != "WORD"
            or units[first - 1].text[0].isupper()
            or units[first - 1].low in _GROUP_PHRASE_WORDS
            or _plural_noun(units[first - 1].low)
        ):
            first -= 1
        phrase = [u for u in units[first:] if u.low not in lx.DETERMINERS]
        if not phrase or phrase[0].kind != "WORD" or not phrase[0].text[0].islower():
            return None  # "the A and B communities": modifiers first, read elsewhere
        head = phrase[0]
        if not _plural_noun(head.low) or (len(phrase) > 1 and phrase[1].low != "of"):
            return None
        return Speaker(head.text, fold(head.text), "GROUP")

    def _premodified_group(self, units: list[Unit]) -> Speaker | None:
        """A group noun right before "who" with its pre-modifiers, no determiner ("pressure
        from U.S. political leaders who say X": "U.S. political leaders"; Decisions' group
        speakers, round 469), or None after a capitalised word read as no place ("former
        Colombian presidents, who have suggested": the phrase left to be read as before)."""
        first = len(units) - 1
        while first and (
            units[first - 1].end + 1 == units[first].start
            and self.text[units[first - 1].end] == " "
            and (_group_modifier(units[first - 1]) or _modifiers_joined(units, first - 1))
        ):
            first -= 1
        before = units[first - 1] if first else None
        if before is not None and before.kind == "WORD" and before.text[:1].isupper():
            return None
        name = self.text[units[first].start : units[-1].end]
        return Speaker(name, fold(name), "GROUP")

    def _named_before_when(self, comma: int, word: str) -> Speaker | None:
        """The person named right before ", when he said", past a time ("those of Minister X
        on Tuesday, when he called for Y": X, though no subject; round 356 guard), unless
        the article shows them of the other gender, or None."""
        time = _TIME_BEFORE_COMMA.search(self.text, max(0, comma - 25), comma)
        found = self.person_ending_at(time.start() if time is not None else comma)
        if found is None or self.cast.gender(found.key) == SKIPPED_BY.get(word, ""):
            return None
        return found

    def _listed_items(self, start: int, subject: list[Unit]) -> Speaker | None:
        """ "A, B and C released X and said Y": the persons listed before a second predicate,
        read as `_listed_persons` reads them before the verb, from the last comma of the list."""
        joined = next(u for u in subject if u.low == "and")
        comma = self.text.rfind(", ", start, joined.start)
        if comma < 0:
            return None
        return self._listed_persons(start, comma + 2, [u for u in subject if u.start > comma])

    def _listed_persons(self, start: int, clause_start: int, units: list[Unit]) -> Speaker | None:
        """ "X, Y, and Z said", "X and Y said": one speaker naming the persons listed, as the
        sentence joins them (tests/statements_dev/SOURCES, round 16), when each item is a
        titled name."""
        joined = next((i for i, u in enumerate(units) if u.low == "and"), None)
        if joined is None:
            return None
        if joined > 1 and units[0].low == "both":  # "Both the Minister and the Ambassador"
            units, joined = units[1:], joined - 1
        persons = [self._titled_person(units[joined + 1 :]) or _unnamed_one(units[joined + 1 :])]
        if joined:
            persons.insert(0, self._titled_person(units[:joined]))
        elif not self.text.startswith(", ", clause_start - 2):
            return None
        if None in persons:
            return None
        comma = clause_start - 2
        whole = True  # the list is the whole subject, no words before its first item
        paired = len(persons)  # the items around "and"
        while self.text.startswith(", ", comma):
            found = self.text.rfind(", ", start, comma)
            # the first item read past a dateline ("PARIS (Reuters) - A, B and C told"; dev
            # residue, stfix47): the place and the agency are no item of the list
            first = found + 2 if found >= 0 else _list_opening(self.text, start, comma)
            item = self.units(first, comma)
            person = self._titled_person(item)
            if person is None:
                # "On Monday, A, B and C told": an opening adverbial before a list set off
                # by commas, no words of its subject (dev residue, stfix47); "In X, A and the
                # B affirmed" is read as written elsewhere
                whole = (
                    found < 0 and len(persons) > paired and _opening_adverbial(item)
                ) or _participle_opening(self.units(start, self.text.find(" ", start, comma)))
                # "Blaming X, Y and Z, the FAO and the WFP warned": the participle's phrase,
                # its own commas too (round 486)
                break
            persons.insert(0, person)
            comma = found
        names = [p.name for p in persons if p is not None]
        if len(names) < 2 or len(set(names)) < len(names):
            return None  # "The Minister for Foreign Affairs, the European Union and
            # Cooperation, X": one title's commas, no list of speakers naming X twice
        if names[0].startswith("The "):
            names[0] = names[0][4:]  # "The Swedish Post" and "Telecom Authority": a body's
            # name the recogniser split, its leading "the" left off as any name's
        if not whole and any(p is not None and p.type != "PERSON" for p in persons):
            return None  # "members like A, B, and C": examples, the members speak
        last = persons[-1]
        if (
            len(units) > joined + 1
            and units[joined + 1].low == "the"
            and last
            and last.type != "PERSON"
        ):
            names[-1] = "the " + names[-1]  # "Oman and the Netherlands" as the text joins them:
            # only a leading "the" is left off a name (round 297)
        listed = self.text[start : units[joined].end] if len(names) > 2 else ""
        for index in range(1, len(names) - 1):  # "Oman, the Netherlands, and Peru" likewise
            inner = persons[index]
            if (
                inner is not None
                and inner.type != "PERSON"
                and (f", the {names[index]}," in listed or f", the {names[index]} and" in listed)
            ):  # (stfix158)
                names[index] = "the " + names[index]
        joiner = ", and " if not joined and len(names) > 2 else " and "  # "X, Y, and Z"; a
        # pair's comma closes the first one's apposition ("Z's minister, X, and Y said")
        name = ", ".join(names[:-1]) + joiner + names[-1]
        return Speaker(name, fold(name), "GROUP")

    def _titled_person(self, item: list[Unit]) -> Speaker | None:
        """The person an item of a list names, with only titles and places before it
        ("Turkish Foreign Minister Mevlut Cavusoglu", "President Tharman"), or the person a
        title stands for ("the Lao Ambassador")."""
        if len(item) > 1 and item[-1].kind == "ROLE" and item[0].low == "the":
            found = self._classify_head(item, item[0].start)  # "X and the Lao Ambassador"
            return found if found is not None and found.type == "PERSON" else None
        if len(item) > 2 and item[-1].kind == "GPE" and item[-2].low == "in":
            item = item[:-2]  # "the British Museum in London and the V&A said": where it is
            # is no part of its name (round 505)
        if len(item) > 1 and item[-1].kind == "ORG" and self.text.startswith(")", item[-1].end):
            item = item[:-1]  # "the World Food Programme (WFP)": the name, its acronym after
            # (round 486)
        if item and item[-1].kind in _LISTED_BODIES and (len(item) == 1 or _the_and(item)):
            return self.cast.organisation(self.span_at(item[-1].start))  # "(The) Chad, Mali, and"
            # "South Africa and the Polisario Front said" (round 506)
        if not item or item[-1].kind != "PERSON":
            return None
        if any(
            u.kind == "WORD"
            and not u.text[0].isupper()
            and u.low not in _LOWERCASE_TITLE
            and not (u.low == "of" and n and item[n - 1].kind == "ROLE")
            for n, u in enumerate(item[:-1])
        ):
            return None  # "Tarn’s top diplomat X" is titled, as "Vice Foreign Minister of
            # Tarnia X" is (round 517); "X and then Y" lists no one
        if any(u.kind not in ("WORD", "ROLE", "GPE", "ORG") for u in item[:-1]):
            return None
        return self.cast.person(self.span_at(item[-1].start))

    def relative_subject(self, start: int, comma: int) -> tuple[Speaker, int] | None:
        """ "the French ambassador, whose country ...,": the speaker before a relative clause
        ending at ``comma``, and where its noun phrase starts."""
        relative = self._last_relative(start, comma)
        if relative is None:
            return None
        head_end = relative.start()
        found = self.text.rfind(", ", start, head_end)
        if found > start and _AGE_ONLY.fullmatch(self.text, found + 2, head_end):
            head_end = found  # "X, 70, who won in 2020, said": X, the age apposed to the
            found = self.text.rfind(", ", start, found)  # name before the clause (stfix155)
        elif found > start and self.text.startswith(_INDEFINITE_OPENINGS, found + 2):
            named = self.person_ending_at(found)
            if named is not None:  # "X, a lawyer, who won in 2020, said": X, described by
                opened = self.text.rfind(", ", start, found)  # the apposition (stfix155)
                return named, opened + 2 if opened >= 0 else start
        clause_start = found + 2 if found >= 0 else start
        speaker = self.classify(self.units(clause_start, head_end), comma)
        return (speaker, clause_start) if speaker is not None else None

    def _last_relative(self, start: int, comma: int) -> re.Match[str] | None:
        """The last relative pronoun's match between ``start`` and ``comma``: in a long range
        from the text's matches, found once (a sentence of thousands of commas and no full stop
        read itself again for each comma, its square). The matches cannot overlap (one comma
        each, opening them), so those of the whole text are those of any range."""
        if comma - start <= _RELATIVE_SCAN:
            relatives = list(_RELATIVE.finditer(self.text, start, comma))
            return relatives[-1] if relatives else None
        if self._relatives is None:
            self._relatives = list(_RELATIVE.finditer(self.text))
            self._relative_ends = [match.end() for match in self._relatives]
        index = bisect_right(self._relative_ends, comma) - 1
        if index < 0 or self._relatives[index].start() < start:
            return None
        return self._relatives[index]

    def _content_marked_after(self, verb_start: int) -> bool:
        """Whether a quotation opens right after a verb ("what he called “...”") or a colon
        follows it in its sentence ("what X had said at ...: Y"), a sentence's length on."""
        space = self.text.find(" ", verb_start, verb_start + 16)
        if space >= 0 and self.text.startswith(("“", '"'), space + 1):
            return True
        if space >= 0 and _BE_THEN_QUOTATION.match(self.text, space):
            return True  # "what he said was the “...”"
        colon = self.text.find(": ", verb_start, verb_start + 200)
        return (
            colon >= 0
            and self.text.find(". ", verb_start, colon) < 0
            and self.text.find("\n", verb_start, colon) < 0
        )

    def _before_prepositional_aside(self, start: int, before: str) -> Speaker | None:
        """ "Prime Minister X, in his response to Minister Y, asked Z to ...": an aside that
        opens with a preposition (or a participle of where one lives: "based in"), set off
        by commas between the subject and its verb (one naming a person too): the subject is
        the name or title before it."""
        aside = _PREPOSITIONAL_ASIDE.search(before, max(0, len(before) - 100))
        if aside is None:
            return None
        opening = before.find(",", 0, aside.start())
        if opening >= 0 and (
            before.find(",", opening + 1, aside.start()) >= 0
            or not _OPENING_TIME.fullmatch(before, 0, opening)
        ):
            return None  # a clause opening the sentence ("In Z, at the talks, ...")
        opened = opening + 2 if opening >= 0 else 0  # "On Monday, X, in talks with Y, said"
        units = self.units(start + opened, start + aside.start())
        if not units or units[0].low in lx.PREPOSITIONS:
            return None
        if units[-1].kind != "PERSON" and not (
            len(units) == 2 and units[0].low == "the" and units[-1].low in lx.PROXY_NOUNS
        ):  # "The statement, published on the department's website, said": its issuer's
            return None  # (round 581)
        return self.classify(units, start + aside.start())

    def _before_unopened_day(self, start: int, before: str) -> Speaker | None:
        """ "The Federal Government on Wednesday, announced that Y" (round 409): a day between
        the subject and its verb with only its closing comma, the clause's first words before
        it, the subject."""
        if not before.endswith("day,"):  # the cheap test first
            return None
        day = _UNOPENED_DAY.search(before, max(0, len(before) - 20))
        if day is None or "," in before[: day.start()]:
            return None
        units = self.units(start, start + day.start())
        return self.classify(units, start + day.start()) if units else None

    def _name_set_off(self, start: int, comma: int) -> Speaker | None:
        """ "In an interview, X, reaffirmed Y": a name alone between an opening phrase's comma
        and a stray one before the verb is its subject."""
        opened = self.text.rfind(", ", start, comma)
        if opened < 0:
            return None
        units = self.units(opened + 2, comma)
        if len(units) != 1 or units[0].kind != "PERSON" or units[0].end != comma:
            return None
        opening = self.units(start, opened)
        if not opening or opening[0].kind != "WORD" or opening[0].low not in lx.PREPOSITIONS:
            return None
        return self.cast.person(self.span_at(units[0].start))

    def _organisation_renamed(self, start: int, comma: int) -> Speaker | None:
        """ "The Irish Defence Forces, Óglaigh na hÉireann, confirmed": an organisation opening
        the subject, its name in another tongue set off by commas, is the speaker (round 478),
        or None."""
        opened = self.text.find(", ", start, comma)
        if opened < 0 or not self.text[opened + 2 : opened + 3].isupper():
            return None  # the cheap test first: the apposition opens with a capital
        body = self.units(start, opened)
        if body and body[0].low == "the":
            body = body[1:]
        if len(body) != 1 or body[0].kind != "ORG" or body[0].end != opened:
            return None
        renamed = self.text[opened + 2 : comma].split()
        if len(renamed) > _RENAMED_WORDS or not all(
            not word[:2].islower() or len(word) < 4 for word in renamed
        ):  # its words capitalised ("hÉireann" too) but for a particle ("na", "de", "al")
            return None
        return self.cast.organisation(self.span_at(body[0].start))

    def _named_after_body_noun(self, start: int, comma: int) -> Speaker | None:
        """ "The main opposition party, Chadema, said": a body's common noun opening the
        subject, the body's name set off after it by commas, is the speaker, an organisation
        whatever the recogniser typed the name (round 564), or None."""
        opened = self.text.find(", ", start, comma)
        if opened < 0:
            return None
        if not self.text[opened + 2 : opened + 3].isupper():  # the cheap test first
            opened = self.text.rfind(", ", opened, comma)  # "The largest group for owners,
            # brokers and agents, BIMCO, warned": the body's complement a list (round 658)
            if not self.text[opened + 2 : opened + 3].isupper():
                return None  # the apposition opens with a capital
        noun = self.units(start, opened)
        complement = next(
            (n for n, u in enumerate(noun) if n > 1 and u.low in _BODY_COMPLEMENT_WORDS), 0
        )
        if complement and noun[complement - 1].low in lx.ORG_HEADS:  # "The largest
            # association of shipowners": the head before "of"/"for", its complement after
            noun, rest = noun[:complement], noun[complement + 1 :]
            if not rest or not all(u.kind == "WORD" and u.text.islower() for u in rest):
                return None
        elif self.text.find(", ", start, opened) >= 0:
            return None  # a list with no head noun before it
        if (
            len(noun) < 2
            or noun[0].low != "the"
            or noun[-1].low not in lx.ORG_HEADS
            or not all(u.kind == "WORD" and u.text.islower() for u in noun[1:])
        ):
            return None
        named = self.units(opened + 2, comma)
        if len(named) != 1 or named[0].kind not in ("ORG", "PERSON") or named[0].end != comma:
            return None
        name = named[0].text
        return Speaker(name, fold(name), "ORG")

    def _group_before_including(self, start: int, before: str) -> Speaker | None:
        """The group a subject names before the members it lists with "including" and no
        comma ("Numerous countries including A, B and C called for": the countries, the list
        a following phrase; round 474), or None when no group stands before it."""
        including = before.rfind(" including ")
        opened = max(before.rfind(delimiter, 0, including) for delimiter in _CLAUSE_DELIMITERS)
        head_start = start + (opened + 2 if opened >= 0 else 0)
        head = self.units(head_start, start + including)
        if not head or len(head) > _GROUP_HEAD_UNITS:
            return None
        speaker = self.classify(head, start + including)
        return speaker if speaker is not None and speaker.type == "GROUP" else None

    def _past_apposed_place(self, start: int, clause_start: int, end: int) -> int:
        """Where the clause starts when its only words are a place apposed to the noun before
        its comma ("X, the agency's spokesman in the capital, Juba said": the capital's name,
        the apposition before it X's, left unclosed), else ``clause_start``."""
        place = self.units(clause_start, end)
        if len(place) != 1 or place[0].kind != "GPE":
            return clause_start
        comma = self.text.rfind(", ", start, clause_start - 2)
        return comma + 2 if comma >= 0 else clause_start

    def _quoted_then_named(self, comma: int) -> bool:
        """Whether a name ending at ``comma`` follows the quotation it attributes ('“...,” X,
        the UN spokesman said'): a "the" apposition after it left unclosed, not a clause of
        its own ("After meeting X, the minister said")."""
        index = bisect_left(self.span_starts, comma) - 1
        if index < 0 or self.spans[index].end != comma or self.spans[index].type != "PERSON":
            return False
        named = self.spans[index].start
        return self.text.endswith(_CLOSED_QUOTATIONS, max(0, named - 3), named)

    def _named_before_open_apposition(self, clause_start: int) -> Speaker | None:
        """The person right before an apposition its writer left unclosed ("“...,” X, an
        associate professor at Y said": X, not the role; round 282), or None."""
        if not self.text.startswith(", ", clause_start - 2):
            return None
        return self.person_ending_at(clause_start - 2)

    def _groups_listed(
        self, start: int, clause_start: int, units: list[Unit], verb_start: int
    ) -> Speaker | None:
        """ "Activists, academicians and policy makers of the region have highlighted": the
        groups listed before the last two joined by "and", each a group noun alone between
        commas (round 465), all of them the speaker; None if a listed word is no group noun."""
        joined = self.classify(units, verb_start)
        if joined is None or joined.type != "GROUP" or not joined.name[:1].isalpha():
            return None
        first = clause_start - 2
        while first > start:
            comma = self.text.rfind(", ", start, first)
            colon = self.text.rfind(": ", start, first)  # "Tarn, May 6: Activists, ..."
            opening = max(comma + 2 if comma >= 0 else start, colon + 2)
            words = self.text[opening:first].split()
            if not 1 <= len(words) <= 2 or words[-1].lower() not in lx.GROUP_NOUNS:
                break
            first = opening - 2
            if opening != comma + 2:
                break
        listed = first + 2
        if listed >= clause_start:
            return None
        name = f"{self.text[listed:clause_start]}{joined.name}"
        return Speaker(name, fold(name), "GROUP")

    def _apposition(self, start: int, comma: int) -> Speaker | None:
        """ "Mr. X, Assistant to the Director General, Ministry of ..., said": X; "The
        Houthis, who have been ..., have said": the Houthis."""
        relative = self.relative_subject(start, comma)
        if relative is not None:
            return relative[0]
        alias = _ALIAS_APPOSITION.search(self.text, start, comma)
        if alias is not None:  # "The Ministry of Foreign Affairs, also known as X, said"
            head = self.units(start, alias.start())
            if all(unit.kind in ("WORD", "ROLE") for unit in head):  # "The Italian regulator,
                # known as the Garante, said": a description, then the one name it has
                named = self.units(alias.end(), comma)  # (Garante, round 653)
                if named and named[0].low == "the":
                    named = named[1:]
                if named and all(unit.text[:1].isupper() for unit in named):
                    return self.classify(named, comma) or self.classify(head, comma)
            return self.classify(head, comma)
        including = self.text.find(", including ", start, comma)  # the cheap test first
        group_start = start
        opened = self.text.find(", ", start, including) if including > start else -1
        if opened >= 0 and _opening_adverbial_words(self.text[start:opened]):
            group_start = opened + 2  # "In response, officials, including X, have labeled":
            # the officials after the sentence's opening phrase (round 615)
            opened = self.text.find(", ", group_start, including)
        if including > start and opened < 0:
            head = self.units(group_start, including)  # "Critics, including X, president of Y,
            speaker = self.classify(head, comma)  # and Z, questioned": the critics, whose
            return speaker if speaker is not None and speaker.type == "GROUP" else None
            # aside names some of them (round 418)
        joint = self._titled_persons_listed(start, comma)
        if joint is not None:
            return joint
        index = bisect_left(self.span_starts, comma) - 1
        while index >= 0 and self.spans[index].start >= start:
            span = self.spans[index]
            index -= 1
            if span.type != "PERSON":
                continue
            if span.end == comma and (
                self._titled_before(start, span) or self._titled_alone(start, span)
            ):
                return self.cast.person(span)  # "Ethiopia's Director General ..., X, said"
            if (span.end == comma or self.text.startswith(_POSSESSIVE, span.end)) and (
                self._inside_persons_apposition(self.text.rfind(", ", start, span.start), span)
            ):
                continue  # "X, adviser to President Y, said", "X, President Y’s envoy, said":
                # X, whose aside names Y (round 387)
            if self._in_relative_aside(start, span) and self.text.find(", ", span.end, comma) < 0:
                continue  # "X, a liberal who has been compared to Y, said": X (round 266);
                # "X, a host who worked with Y in a role ... before leaving her, said" (round 565)
            if span.end == comma and self._in_described_aside(start, span):
                continue  # "Qatar, a backer of rebels fighting President Y, said": Qatar
            if span.end == comma and self.text.startswith(
                _HEADED_BY, self.text.rfind(", ", start, span.start) + 2
            ):
                continue  # "The mission, led by Foreign Minister Y, said": the mission, which
                # Y heads (round 640)
            if self._in_persons_description(start, span):
                continue  # "X, one of the favourites to succeed leader Y in May, said": X
            after = span.end + (self.text[span.end] == " ")  # "Gen. X , Uganda’s Minister"
            if self.text[after : after + 2] != ", ":
                break  # "President X of Peru, speaking at ..., said": read as a noun phrase
            allowed = lx.PREPOSITIONS | {"the", "and"}
            units = self.units(after + 2, comma)
            if units and (
                all(
                    u.kind != "WORD"
                    or u.text[0].isupper()
                    or u.low in allowed
                    or _numeral_led_name_word(u.text)
                    for u in units
                )
                or _role_apposition(units)
                or _role_before_relative(units)
                or _adverbial_aside(units)
                or _participle_aside(units)
                or _adverb_led_aside(units)
                or _described(units, _DESCRIBING_ARTICLES)
                or _noun_of_aside(units)
                or _ranked_description(units)
            ):
                if self.text.endswith(" and ", start, span.start) and _role_apposition(units):
                    pair = self._titled_and(start, span)
                    if pair is not None:
                        return pair
                return self.cast.person(span)
            return None
        return self._aside_after_noun(start, comma)

    def _in_described_aside(self, start: int, span: EntitySpan) -> bool:
        """Whether a person ending an aside is named inside a description of the name before
        it ("Qatar, a chief backer of rebels fighting to topple President Y,": an indefinite
        noun phrase describes Qatar, Y its object; round 406)."""
        first = self.text.find(", ", start, span.start)
        if first < 0 or not self.text.startswith(("a ", "an "), first + 2):
            return False
        named = self.text[start:first].split()
        return 0 < len(named) <= _NAME_WORDS_BEFORE_ASIDE and all(w[:1].isupper() for w in named)

    def _in_persons_description(self, start: int, span: EntitySpan) -> bool:
        """Whether a person ends a description set off after another person's name ("X, one
        of the favourites to succeed leftist leader Y,", "Kast, a rival of President Y,"): X
        heads the clause, Y the description's object (round 595)."""
        opening = self.text.rfind(", ", start, span.start)
        if opening < 0 or not self.text.startswith(_DESCRIPTION_OPENINGS, opening + 2):
            return False
        index = bisect_left(self.span_starts, opening) - 1
        return (
            index >= 0 and self.spans[index].end == opening and self.spans[index].type == "PERSON"
        )

    def _inside_persons_apposition(self, comma: int, span: EntitySpan) -> bool:
        """Whether a mention after a person and ``comma`` is the possessor or a role's object
        in that person's apposition ("X, President Y’s envoy,", "X, an aide to Speaker Y,"):
        Y heads no clause, X does (round 387)."""
        index = bisect_left(self.span_starts, comma) - 1
        if comma < 0 or index < 0:
            return False
        before = self.spans[index]
        if before.type != "PERSON" or before.end != comma:
            return False
        if self.text.startswith(_POSSESSIVE, span.end):
            return True
        return any(
            (role.kind == "ROLE" or role.low in lx.ROLE_NOUNS)
            and joint.kind == "WORD"
            and joint.low in _ROLE_OBJECT_JOINTS
            for role, joint in pairwise(self.units(comma + 2, span.start))
        )

    def _in_relative_aside(self, start: int, span: EntitySpan) -> bool:
        """Whether a person ends a relative clause opened after the last comma before them
        (", a liberal who was compared to Y,"): named in an aside, not its subject."""
        text = self.text
        return text.rfind(" who ", start, span.start) > text.rfind(", ", start, span.start)

    def _person_and_before(self, start: int, end: int) -> EntitySpan | None:
        """The person named right before ``end`` after " and " (not before ``start``)."""
        index = bisect_left(self.span_starts, end) - 1
        if index < 0:
            return None
        span = self.spans[index]
        if span.end != end or span.type != "PERSON" or span.start - 5 < start:
            return None
        return span if self.text.endswith(" and ", start, span.start) else None

    def _titled_and(self, start: int, second: EntitySpan) -> Speaker | None:
        """ "President X and Y, Foreign Minister of Z, expressed": a titled person heading
        the clause and joined by "and" to a person in apposition to a title, one speaker
        naming both (the title is the second person's, the verb both persons')."""
        joint = second.start - 5
        item = self.units(max(start, self.text.rfind(", ", start, joint) + 2), joint)
        first = self._titled_person(item)
        if first is None or not self._heads_clause(self.span_at(item[-1].start)):
            return None
        found = self.cast.person(second)
        if first.key == found.key:
            return None
        name = f"{first.name} and {found.name}"
        return Speaker(name, fold(name), "GROUP")

    def _titled_persons_listed(self, start: int, comma: int) -> Speaker | None:
        """ "The High Commissioner, X, and the Special Envoy, Y, stressed": persons each in
        apposition to their title, listed with "and", speak jointly (the gold names them all,
        "X and Y", "X, Y, and Z")."""
        pieces = self.text[start:comma].split(", ")
        persons: list[Speaker] = []
        end = comma
        while len(pieces) >= 2:
            name, title = pieces[-1], pieces[-2]
            name_start = end - len(name)
            title_start = name_start - 2 - len(title)
            index = bisect_left(self.span_starts, name_start)
            if index >= len(self.spans):
                break
            span = self.spans[index]
            if span.type != "PERSON" or span.start != name_start or span.end != end:
                break
            joined = title.startswith("and ")
            if joined != (not persons):  # "and" before the last pair only
                break
            units = self.units(title_start + 4 * joined, name_start - 2)
            if len(units) < 2 or units[0].low != "the" or not _title_phrase(units):
                break
            if units[1].kind == "WORD" and units[1].text.islower():
                break  # "The minister met the Special Envoy, X, and ...": a clause, no title
            persons.insert(0, self.cast.person(span))
            pieces = pieces[:-2]
            end = title_start - 2
        if len(persons) < 2:
            return None
        names = [p.name for p in persons]
        name = (
            " and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + ", and " + names[-1]
        )
        return Speaker(name, fold(name), "GROUP")

    def _aside_after_noun(self, start: int, comma: int) -> Speaker | None:
        """ "A senior diplomat, speaking on condition of anonymity, said": the noun phrase
        before an aside that has no verb of its own (no person is named: the loop above reads
        those)."""
        first = self.text.find(", ", start, comma)
        if first < 0:
            return None
        opening = self.text[start:first]  # "Over the weekend, X, Norway's broadcaster, said":
        # past the sentence's opening phrase (stfix158)
        if _opening_adverbial_words(opening) or (
            opening.startswith(_TIME_OPENINGS) and opening[5:].islower()
        ):
            opened = self.text.find(", ", first + 2, comma)
            if opened > 0:
                start, first = first + 2, opened
        aside = self.units(first + 2, comma)
        if aside and aside[0].text in _HEADED_PARTICIPLES and self.text.endswith(" and ", 0, start):
            return None  # "X noted that A, and the government, led by Y, emphasise B": a
            # clause joined inside X's words, no subject of a verb of its own
        if not aside or not (
            _participle_aside(aside)
            or _agent_aside(aside)
            or _adverbial_aside(aside)
            or _described(aside)
            or _noun_of_aside(aside)
            or _defined_body(self.text, aside)
            or _ranked(aside)
            or _spread_by(aside, self.text[max(start, first - 20) : first])
        ):
            return None
        head = self.units(start, first)
        speaker = self.classify(head, comma)
        if (
            speaker is None
            and len(head) == 1
            and head[0].kind == "WORD"
            and head[0].text.istitle()
            and head[0].low not in _NOT_A_VERB
            and (_noun_of_aside(aside) or _defined_body(self.text, aside))
        ):  # "Cinia, owner of the cable, said": a name no list knows, its aside a business's
            # (round 340); "Energoatom, Ukraine's nuclear power agency, said" (round 496)
            return Speaker(head[0].text, self.cast.key(head[0].text), "ORG")
        return speaker

    def _titled_alone(self, start: int, person: EntitySpan) -> bool:
        """Whether only a title stands before a person and the comma after them ("Latvia's
        Foreign Minister X, says Y"): the whole subject, a comma the writer put before its
        verb."""
        units = self.units(start, person.start)
        if not units:
            return False
        if units[-1].kind == "ROLE" and all(
            u.kind in _TITLE_UNITS or u.low == "the" for u in units
        ):
            return True
        return "," not in self.text[start : person.start] and _long_title(units)

    def _titled_before(self, start: int, person: EntitySpan) -> bool:
        """Whether a title and a comma stand right before a person ("the Director General
        for African Affairs at the Ministry of Foreign Affairs, X")."""
        comma = self.text.rfind(", ", start, person.start)
        if comma < 0:
            return False
        titled = False  # "Peru's top diplomat, Foreign Minister X": titled in the apposition
        honours = load().honorific_words
        apposed = self.units(comma + 2, person.start)
        for index, unit in enumerate(apposed):
            if unit.kind == "ROLE" or unit.text in honours or unit.text.rstrip(".") in honours:
                titled = True  # "its envoy to the UN, Professor X": honours title X too
            elif titled and self._parenthesised(unit):
                continue  # "Col. (Retired) X": a note on the rank before it
            elif (
                not titled
                and (unit.text[:1].isupper() or _title_modifier(unit))
                and index + 1 < len(apposed)
                and apposed[index + 1].kind == "ROLE"
            ):
                continue  # "the chairman, Philippine Ambassador X": a nationality the
                # recogniser leaves a word, before the title (round 392); "the head of Y,
                # army chief X" (newuser45)
            elif unit.kind not in ("GPE", "ORG"):
                return False  # "foreign minister, Prince Faisal": honours before the name
        noun_phrase = self.units(start, comma)
        if _title_phrase(noun_phrase) or (titled and self._plausible(noun_phrase)):
            return True
        if not apposed and _kin_phrase(noun_phrase):
            return True  # "The singer's uncle, X, said": a relative named (stfix158)
        opened = next(
            (
                n
                for n in range(len(noun_phrase) - 2, 0, -1)
                if noun_phrase[n].low in _SUBJECT_SUBORDINATORS
            ),
            0,
        )  # "A row has erupted after the prime minister, Y, declared": the subordinate
        if opened and _title_phrase(noun_phrase[opened + 1 :]):  # clause's title, past the main
            return True  # clause's own verb (round 619)
        previous = self.text.rfind(", ", start, comma)  # "When asked X, the spokesman, Y said"
        if previous < 0:
            return False
        phrase = self.units(previous + 2, comma)
        if len(phrase) > 1 and phrase[0].low in _RELATIVE_ADVERBS:
            phrase = phrase[1:]  # "took place in X, where the Secretary General, Y, stated"
            # (round 328)
        that = next((n for n, u in enumerate(phrase[:6]) if u.low == "that"), -1)
        if that >= 0 and not any(u.low in FORMS for u in phrase[:that]):
            # "it is reported that the Tuvalu prime minister, Y, told" (round 350); not "he
            # said that the Vice President, Y, explained": the outer verb's content
            phrase = phrase[that + 1 :]
        return _title_phrase(phrase)

    def _parenthesised(self, unit: Unit) -> bool:
        """Whether a unit stands alone in parentheses ("(Rtd)")."""
        return self.text.endswith("(", 0, unit.start) and self.text.startswith(")", unit.end)

    def main(self, start: int, limit: int) -> Speaker | None:
        """The subject of a sentence's main clause, past a dateline and a leading adverbial
        phrase ("BEIJING, Feb. 13 (Xinhua) -- X met ..., urging": X, not Xinhua)."""
        start = dateline_end(self.text, start, limit)
        read_from = start
        units, whole = self._leading_units(read_from, limit)
        if units and units[0].kind == "WORD":
            first = units[0].low
            if first in ("but", "and", "yet") and len(units) > 1:
                first = units[1].low  # "But in a swift reaction, X warned": the phrase after
                # the conjunction is the adjunct (round 311)
            opener = self.text.startswith(",", units[0].end)  # "However, ...", "Later, ..."
            adjunct = (
                first in lx.ADJUNCT_STARTS
                or first in lx.PREPOSITIONS  # "For his part,"
                or first in _COMPANION_OPENERS  # "Together with X, Y issued": Y's
                or first in _SUBORDINATOR_OPENERS
                or first in _OPENING_PREPOSITIONS
            )
            if first == "last" and _LAST_TIME.match(self.text, units[0].end):
                opener = True  # "Last week, a top official was quoted as saying" (round 331)
            if len(units) > 2 and units[1].low in _SPANS_OF_TIME and units[2].low in _RELATED:
                opener = True  # "Eight months after X erupted, ministers discussed Y and
                # expressed Z": a time phrase, not the subject (round 378)
            if _TIME_SPAN_OPENING.match(self.text, start, limit) is not None:
                opener = True  # "Just hours before X's criticism, Y pointed out": a time
                # phrase opening on a span of time, however it goes on (round 570)
            if _time_span_before(self.text, units):
                opener = True  # "A few hours later, the Vatican issued a statement saying":
                # a time phrase closed by its comma, not the subject (round 414)
            if adjunct or first.endswith("ing") or first in _OPENING_ADVERBS or opener:
                comma = _phrase_comma(self.text, start, limit)
                if comma >= 0:
                    read_from = self._past_second_adjunct(
                        self._past_participle_aside(self._past_apposition(comma, limit), limit),
                        limit,
                    )
                    units, whole = self._leading_units(read_from, limit)
        subject = _subject_words(units, whole)
        if subject is None:  # the first words left it open: read on to the limit
            subject = _subject_words(self.units(read_from, limit), True) or []
        if not subject and read_from > start and units and _modifies_head(units, 1):
            subject = [units[0], *(_subject_words(units[1:], True) or [])]  # "After the row,
            # foreign ministers discussed X and expressed Y": a lowercase modifier opens the
            # subject after an opening phrase, as "Foreign" opening a sentence does (round 378)
        subject = _after_time(_to_name_before_verb(subject))
        if len(subject) > 2 and subject[0].low in _SUBJECT_LINKS and subject[0].text[:1].isupper():
            subject = subject[1:]  # "Now the WFP and NGOs are sounding the alarm, warning"
        if subject and subject[-1].kind == "PERSON" and self.text.startswith(", ", subject[-1].end):
            joint = self._joined_past_aside(subject, limit)  # "X, chairing ..., and Y urged"
            if joint is not None:
                return joint
        if len(subject) > 3 and subject[-2].low in _PAIRING_NOUNS:
            pair = self._counterpart_pair(start, subject[-1].end)  # "X and his counterpart Y
            if pair is not None:  # called it a “...”": both (round 331)
                return pair
        if len(subject) > 1 and subject[-1].low == "and":
            pair = self._spouse_after(start, subject[-1].end, limit)  # "X and first lady Y
            if pair is not None:  # issued a statement calling him “...”": both (round 442)
                return pair
        if any(unit.low == "and" for unit in subject):
            listed = self._listed_persons(start, start, subject)  # "X and Minister Y met ...,
            if listed is None:  # while noting": both
                listed = self._listed_items(start, subject)
            if listed is not None:
                return listed
        if len(subject) > 2 and subject[-1].kind == "PERSON":  # the cheap test first
            apposed = self._apposed_after_served(subject)
            if apposed is not None:
                return apposed
        head = subject[-2] if len(subject) > 1 and subject[-1].low in lx.PREPOSITIONS else None
        if head is not None and (head.kind == "ROLE" or head.low in lx.ROLE_NOUNS):
            apposed = self._name_apposed_after(head.end, limit)  # "The envoy for X, Y, said"
            if apposed is not None:
                return apposed
        if (
            1 < len(subject) < 4
            and subject[-1].low in lx.PROXY_NOUNS
            and self.text.startswith(", ", subject[-1].end)
        ):  # the cheap tests first
            writer = self._writer_set_off(subject[-1].end, limit)
            if writer is not None:
                return writer
        found = self.classify(subject, limit) if subject else None
        if found is None:
            return self._apposed_subject(start, limit)  # "China, a large producer, accused"
        return found

    def _apposed_after_served(self, subject: list[Unit]) -> Speaker | None:
        """The person set off by commas after a title that serves another ("Senior adviser to
        X's Supreme Leader Y, Major General Z, has called for ...": Z, not Y, whom the title
        serves; stfix155), or None. Only a title's words stand between "to" or "for" and Y,
        and between the comma and Z."""
        text = self.text
        served = next((n for n, u in enumerate(subject) if u.kind == "PERSON"), 0)
        if not served or not text.startswith(", ", subject[served].end):
            return None
        if subject[served - 1].kind == "GPE" and not _title_unit(subject[served - 1], text):
            return None  # "Ambassador to Ostia X": X holds the title
        opening = text[subject[0].start : subject[served].start].split()
        joint = next((n for n, w in enumerate(opening) if w in _SERVED_JOINTS), 0)
        if (
            not joint
            or opening[joint - 1].lower() not in lx.ROLE_NOUNS
            or not all(w[:1].isupper() for w in opening[joint + 1 :])
        ):
            return None  # not "Ambassador to Ostia X", X the holder, nor "X to Y"
        apposed = served + 1
        while apposed < len(subject) and _title_unit(subject[apposed], text):
            apposed += 1
        if (
            apposed == len(subject)
            or subject[apposed].kind != "PERSON"
            or not text.startswith(", ", subject[apposed].end)
            or text.find(",", subject[served].end + 1, subject[apposed].start) >= 0
        ):
            return None
        return self.cast.person(self.span_at(subject[apposed].start))

    def _apposed_subject(self, start: int, limit: int) -> Speaker | None:
        """ "China, a large producer, accused X and said Y": a subject and its apposition set
        off by commas before the first predicate (round 513), read as ``before`` reads one
        before its verb; None unless a short subject opens and a word in lower case, no
        list's "and", follows the apposition."""
        first = self.text.find(", ", start, min(limit, start + _APPOSED_SUBJECT_REACH))
        second = self.text.find(", ", first + 2, limit) if first > start else -1
        if second < 0 or not self.text[second + 2 : second + 3].islower():
            return None
        if self.text.startswith(("and ", "or ", "but "), second + 2):
            return None
        return self._apposition(start, second)

    def _writer_set_off(self, after: int, limit: int) -> Speaker | None:
        """Who sent a document named as subject, set off by commas after it ("The letter,
        sent by X to the family, said: ...": X, as a statement has its issuer; round 481)."""
        aside = _WRITER_SET_OFF.match(self.text, after, limit)
        if aside is None:
            return None
        writer = self.classify(self.units(aside.start(1), aside.end(1)), limit)
        if writer is not None:
            self.last_document = writer
        return writer

    def opening_pronoun(self, start: int) -> Speaker | None:
        """The person a sentence's opening "He" or "And he" stands for, read where it stands
        ("And he hit out at claims by X that A, saying B": he, not X, whom his clause names
        before the participle; round 396), or None."""
        at = start + 4 if self.text.startswith(("And ", "But "), start) else start
        for word in _OPENING_PRONOUNS:
            if self.text.startswith(word, at):
                return self._pronoun("PERSON", at, word=word.strip().lower())
        return None

    def _name_apposed_after(self, end: int, limit: int) -> Speaker | None:
        """The person a role subject's apposition names past the role's prepositional phrase
        ("The government's special envoy for border talks, X, confirmed Y, saying": X, not
        the person a "Kyrgyz" role would stand for; round 359 guard), or None."""
        text = self.text
        if not text.startswith(_APPOSED_AFTER_PHRASE, end):
            return None  # the cheap test first: "for", "of", "to", "on" opens the phrase
        comma = text.find(", ", end, min(limit, end + _APPOSED_REACH))
        if comma < 0:
            return None
        index = bisect_left(self.span_starts, comma + 2)
        if index == len(self.spans):
            return None
        span = self.spans[index]
        if span.start != comma + 2 or span.type != "PERSON" or not text.startswith(", ", span.end):
            return None
        return self.cast.person(span) if text[span.end + 2 : span.end + 3].islower() else None

    def _past_participle_aside(self, start: int, limit: int) -> int:
        """Where a main clause starts after an adverbial phrase's own aside, a past participle
        set off by commas ("During the meeting, held at the Palace, X greeted Y": X; round
        325): past it, else ``start``."""
        text = self.text
        space = text.find(" ", start, limit)
        if space < 0 or not text[start].islower():
            return start
        if not text.endswith("ed", start, space) and text[start:space] not in _IRREGULAR_PASTS:
            return start
        if not text.startswith(_ASIDE_PREPOSITIONS, space):
            return start  # "Recently, pointed out the statement, X": an inverted attribution
        comma = text.find(", ", space, limit)
        return comma + 2 if comma >= 0 else start

    def _past_second_adjunct(self, start: int, limit: int) -> int:
        """Where a main clause starts after further adverbial phrases set off by commas
        ("Responding to X, given the absence of Y, Minister Z clarifies": Z; issue 17,
        newuser45): past them, two at most ("After a vote cast by Minister X, of the First
        Panel, in a session that lasted hours, the minister highlighted": the minister, not
        X; round 628), else ``start``."""
        for _ in range(_FURTHER_ADJUNCTS):
            space = self.text.find(" ", start, limit)
            if space < 0:
                return start
            if (
                self.text[start:space] not in _SECOND_ADJUNCT_STARTS
                and _TIME_SPAN_OPENING.match(self.text, start, limit) is None
            ):  # "Interestingly, just hours before X, Y said" (round 570)
                return start
            comma = self.text.find(", ", space, limit)
            if comma < 0:
                return start
            start = comma + 2
        return start

    def _person_apposed_at(self, end: int) -> Speaker | None:
        """The person named right after a title ending at ``end`` and its comma, if one is."""
        if not self.text.startswith(", ", end):
            return None
        index = bisect_left(self.span_starts, end + 2)
        if index < len(self.spans) and self.spans[index].start == end + 2:
            span = self.spans[index]
            return self.cast.person(span) if span.type == "PERSON" else None
        return None

    def _past_apposition(self, comma: int, limit: int) -> int:
        """Where a main clause starts after a leading adverbial phrase closed by ``comma``:
        past the title apposed to a person ending the phrase too ("With X, the Foreign
        Minister of Russia, chief Serbian diplomat discussed": not the Foreign Minister)."""
        start = comma + 2
        index = bisect_left(self.span_starts, comma) - 1
        if index < 0 or self.spans[index].end != comma:
            return start
        if self.spans[index].type in _PLACE_TYPES and self.text.startswith("the ", start):
            return self._past_place_apposition(start, limit)
        if self.spans[index].type == "ROLE" and index + 1 < len(self.spans):
            named = self.spans[index + 1]  # "Thanking the Foreign Minister, X, the Culture
            # Minister, Y, said": the name apposed to the phrase's title is its too (round 505)
            if (
                named.start == start
                and named.type == "PERSON"
                and self.text.startswith(", ", named.end)
            ):
                return named.end + 2
        if self.spans[index].type != "PERSON":
            return start
        second = self.text.find(", ", start, limit)
        if second < 0 or not _role_apposition(self.units(start, second)):
            return start
        return second + 2

    def _past_place_apposition(self, start: int, limit: int) -> int:
        """Where a main clause starts after a place ending a leading phrase and what it is
        ("With strikes extending into Beirut, the Lebanese capital, foreign governments
        urged": not the capital; round 400), else ``start``."""
        second = self.text.find(", ", start, min(limit, start + _PLACE_APPOSITION_REACH))
        if second < 0:
            return start
        noun = self.text[self.text.rfind(" ", start, second) + 1 : second]
        return second + 2 if noun in _PLACE_NOUNS else start

    def _joined_past_aside(self, subject: list[Unit], limit: int) -> Speaker | None:
        """ "Minister X, chairing the meeting today, and Secretary General Y implored ...": a
        titled person, a participle aside and another titled person joined by "and", one
        speaker naming both (as ``_listed_persons`` names them)."""
        text = self.text
        joint = _AND_AFTER_ASIDE.match(text, subject[-1].end, limit)
        if joint is None or not _participle_aside(self.units(*joint.span(1))):
            return None
        units = self.units(joint.end(), limit)
        cut = next((n for n, u in enumerate(units) if u.kind == "WORD" and u.text.islower()), 0)
        first = self._titled_person(subject)
        second = self._titled_person(units[:cut])
        if first is None or second is None or first.key == second.key:
            return None
        name = f"{first.name} and {second.name}"
        return Speaker(name, fold(name), "GROUP")

    def _leading_units(self, start: int, limit: int) -> tuple[list[Unit], bool]:
        """``units`` of the first words of ``text[start:limit]``, to a space past
        ``_LEADING_WINDOW`` characters and outside any mention (so that they are the first
        units of the whole range), and whether they are all of them: a main clause's
        subject is read from its first words, and a sentence holds many more."""
        end = start + _LEADING_WINDOW
        while end < limit:
            space = self.text.find(" ", end, limit)
            if space < 0:
                break
            index = bisect_right(self.span_starts, space) - 1
            if index < 0 or self.spans[index].end <= space:
                return self.units(start, space), False
            end = self.spans[index].end  # the space lies inside a mention: past it
        return self.units(start, limit), True

    def after(self, start: int, limit: int) -> Speaker | None:
        """ "..., said the minister." : the subject after an inverted verb."""
        if self.text.startswith(" that ", start) and _DEMONSTRATIVE_OWNER.match(self.text, start):
            start += 6  # "said that country's prime minister, X": a determiner, no clause
        stop = limit
        for mark in (",", ";", ":"):
            found = self.text.find(mark, start, stop)
            if found >= 0:
                stop = found
        full_stop = _ABBREVIATED_OR_STOP.search(self.text, start, stop)
        while full_stop is not None and full_stop.group(1) is not None:
            full_stop = _ABBREVIATED_OR_STOP.search(self.text, full_stop.end(), stop)
        stop = full_stop.start() if full_stop is not None else stop  # not "Dr." or "R."
        if full_stop is not None and stop >= 3 and _INITIALISM_END.match(self.text, stop - 3):
            stop += 1  # "said the U.S.": the stop closes the sentence and the initialism
        if (
            self.text[start + 1 : start + 2].isupper()
            and self.text.startswith(", ", stop)
            and PORTFOLIO_LIST_COMMA.match(self.text, stop) is not None
        ):  # "said Coordinating Political, Security and Legal Affairs Minister X, after": one
            # title, its fields listed with a comma (round 509)
            for mark in (",", ";", ":"):
                found = self.text.find(mark, stop + 1, limit)
                if found >= 0:
                    limit = found
            stop = limit
        if self.text.startswith(", ", stop) and (named := self.named_after_title(start, limit)):
            return named[0]  # "said Norland's deputy prime minister, X.": the title's holder
            # named, not whom the title alone would stand for (round 345)
        units = self.units(start, stop)
        if len(units) > _SUBJECT_UNITS:
            units = _before_long_adjunct(units)
        if _clause_after_name(units):
            return None  # "X, the spokeswoman, said Moscow supports Y": a clause, not a subject
        person = next((i for i, u in enumerate(units[:4]) if u.kind == "PERSON"), None)
        if (
            person is not None
            and person + 1 < len(units)
            and units[person + 1].text.islower()
            and not self.text.startswith(_POSSESSIVE, units[person].end)  # "said X's envoy"
        ):
            units = units[: person + 1]  # "said Çavuşoğlu relating to ...", "said X and added"
        aside = next(
            (
                n
                for n, u in enumerate(units[1:-1], 1)
                if u.low in _ASIDE_SUBORDINATORS and units[n + 1].low.endswith("ing")
            ),
            0,
        )
        if aside:
            units = units[:aside]  # "said the minister while responding to a question": the
            # subject, then what it did as it spoke (round 517)
        joined = next((i for i, u in enumerate(units[1:6], 1) if u.low == "and"), 0)
        if (
            joined
            and joined + 1 < len(units)
            and units[joined + 1].text.islower()
            and units[joined - 1].kind == "ROLE"
        ):
            units = units[:joined]  # "noted the President and expressed a belief that Y"
        if not units or any(u.kind == "WORD" and u.low in _CLAUSE_MARKERS for u in units):
            return None  # "said the top diplomats will hold talks": a clause, not a subject
        if units[0].low == "and":
            return None  # "sister provinces, states and cities focus on": a list's noun read
            # as the verb, no inverted subject opens with a conjunction (round 487)
        if self.text.startswith(", ", stop) and _verb_after_parenthesis(self.text, stop + 2, limit):
            return None  # "said only three countries, including Nepal, have adopted X"
        if len(units) > 1 and units[0].kind == "WORD" and units[0].low in lx.SUBJECT_PRONOUNS:
            return None  # "X, the minister, said he met Y": the clause's subject, not Y
        return self.classify(units, start)

    def named_after_title(self, start: int, limit: int) -> tuple[Speaker, int] | None:
        """ "..., said (today) the Secretary-General of the League, X, in a message": the
        person named after the title an inverted verb's subject opens with, and where the
        name ends."""
        comma = self.text.find(", ", start, limit)
        if comma < 0:
            return None
        opening = _honorific_skipped(self.text, comma + 2)  # ", Dr X" (round 314)
        index = bisect_left(self.span_starts, opening)
        person = self.spans[index] if index < len(self.spans) else None
        given = None
        if person is not None and person.start == opening:
            if person.type != "PERSON" or person.end > limit:
                return None
        else:  # "said this voter in Quito, Carlos.": the only name a vox pop's speaker is
            # given, closing the sentence (round 597)
            given = _LONE_GIVEN_NAME.match(self.text, opening, limit)
            if given is None or given.group(1) not in load().given_names:
                return None
        units = self.units(start, comma)
        if not units or not _title_phrase(units):
            return None
        if given is not None:
            return self.cast.named_person(given.group(1)), given.end(1)
        return (self.cast.person(person), person.end) if person is not None else None


# one capitalised word closing the sentence: a given name alone after a title and its comma
_LONE_GIVEN_NAME = lazy_compile(r"([A-Z][a-z]+)\.(?:\s|$)")


def text_ends_in_role(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is a role noun ("the minister")."""
    space = text.rfind(" ", max(0, end - _LONGEST_ROLE_NOUN), end)
    return space >= 0 and text[space + 1 : end].lower() in lx.ROLE_NOUNS


_LONGEST_ROLE_NOUN = 24
_OFFICIAL = frozenset({"official", "semi-official"})
_RUN_BY = ("-run", "-owned", "-controlled", "-backed")  # "the state-run X news agency"
_BODY_PHRASE_WORDS = 5  # "the President X Y’s administration" before "which"
_WHICH_TIMED_REACH = 30
# a date after a body and before its relative's comma: " on July 28", " on Monday"
_DATED_BEFORE_WHICH = lazy_compile(r" on ([A-Z][a-z]+)(?: \d{1,2})?$")
_DATED_REACH = 24  # characters of " on September 30" and the comma after it
_WHICH_THEN_TIME = lazy_compile(
    r", which (?:in (?:[A-Z][a-z]+|\d{4})|last (?:week|month|year)|earlier|previously"
    r"|on [A-Z][a-z]+day)$"
)
_OPENING_ROLE_REACH = 40  # characters of "The deputy foreign minister" opening a sentence


def _honorific_skipped(text: str, position: int) -> int:
    """Where a name starts after the honorific its recogniser span leaves out ("Dr X",
    "Mr. X"): the title before the comma is still that person's (round 314)."""
    space = text.find(" ", position, position + 6)
    if space < 0 or text[position:space].rstrip(".") not in _NAME_HONORIFICS:
        return position
    return space + 1


_NOT_A_VERB = _NOUN_WORDS | lx.ORG_HEADS | lx.ADJUNCT_STARTS | {"who", "which"}


def _role_of_body(units: list[Unit]) -> bool:
    """Whether a subject is a role of a named body ("the leader of the Green Party", "the
    head of the Council"): the person holding it, its "of" no preposition of a clause's."""
    words = units[1:] if units[0].low in lx.DROPPED_DETERMINERS else units
    if len(words) < 3 or words[1].low != "of":
        return False
    if not (words[0].kind == "ROLE" or words[0].low in lx.ROLE_NOUNS):
        return False
    body = words[3:] if words[2].low == "the" else words[2:]
    return len(body) == 1 and body[0].kind in ("ORG", "GPE")


def _apposed_to_person(text: str, before: EntitySpan, role: EntitySpan) -> bool:
    """Whether a title stands in apposition right after a person's name ("X, Deputy Prime
    Minister,"): the name's, whose own place in the clause says whether it is a subject."""
    return before.type == "PERSON" and before.end + 2 == role.start and text[before.end] == ","


def _verb_after_parenthesis(text: str, start: int, limit: int) -> bool:
    """Whether the words after an inverted verb's would-be subject and its comma are a short
    parenthesis ("including Nepal", "such as India") closed by a comma and followed by an
    auxiliary or a form of "be": the subject of a reported clause, not of the verb (round 465)."""
    if not text.startswith(_PARENTHESIS_OPENERS, start):
        return False
    comma = text.find(", ", start, min(limit, start + _PARENTHESIS_REACH))
    if comma < 0:
        return False
    space = text.find(" ", comma + 2, comma + 12)
    return space > 0 and text[comma + 2 : space] in _CLAUSE_MARKERS


_PARENTHESIS_OPENERS = ("including ", "such as ", "especially ", "notably ", "among them ")
_PARENTHESIS_REACH = 60


def _clause_after_name(units: list[Unit]) -> bool:
    """Whether a name opening the words after an inverted verb is followed by a finite verb
    ("said Moscow supports Beijing", "said Peru invited X", "said President Trump deserves
    credit": the title and name one subject, newuser44): a clause, not the subject; a
    passive participle with its agent ("said X quoted by Y") is not one."""
    first = next((i for i, u in enumerate(units[:3]) if u.kind != "WORD"), None)
    if first is None:
        return False
    if units[first].kind == "ROLE" and first + 1 < len(units) and units[first + 1].kind != "WORD":
        first += 1
    if first + 1 >= len(units):
        return False
    verb = units[first + 1]
    if verb.kind != "WORD" or not verb.text.isalpha() or not verb.text.islower():
        return False
    if verb.low in _FINITE_AFTER_NAME and verb.low not in _NON_FINITE_BE:
        return True  # "said President X had taken steps", "said X took": an auxiliary or
        # an irregular past (round 639)
    if verb.low in _NOT_A_VERB or not verb.low.endswith(("s", "ed")):
        return False
    return not (first + 2 < len(units) and units[first + 2].low == "by")


def _body_named_after(head: list[Unit], person: Unit) -> Unit | None:
    """The organisation's noun that ends a subject right after a person's name ("the Trump
    administration", "the Albanese government"): the body speaks, named after its head."""
    if len(head) > 2 and head[-3] == person and head[-2].low in _LED:
        head = head[:-2] + head[-1:]  # "the Nicolás Maduro-led administration" (newuser51)
    if len(head) < 2 or head[-2] != person:
        return None
    noun = head[-1]
    return noun if noun.kind == "WORD" and noun.text in lx.ORG_HEADS else None


def _issued_document(units: list[Unit]) -> bool:
    """Whether ``units`` open with a document and how it was issued ("A joint statement
    issued by ...", "the readout released after ..."), not with its own verb ("The statement
    comes as ...")."""
    for index in (1, 2, 3, 4):  # "A French foreign ministry statement released before ...":
        # its issuer's three words before it (round 291), no preposition among them
        if (
            index + 1 < len(units)
            and units[0].low in ("a", "an", "the")
            and units[index].low.startswith(lx.ISSUED_NOUNS)
        ):
            return units[index + 1].low in _ISSUING
        if units[index].low in lx.PREPOSITIONS if index < len(units) else True:
            return False
    return False


def issued_without_issuer(units: list[Unit]) -> bool:
    """Whether ``units`` name a document and how it was issued, but not by whom ("a joint
    statement issued following the meeting"): a document, no speaker (round 282)."""
    return _issued_document(units) and not any(u.low in ("by", "from") for u in units)


# a document's writer set off after it: ", sent by X to the family, " (X, its recipient left)
_WRITER_SET_OFF = lazy_compile(
    r", (?:sent|signed|written|issued|released) by ([^,;:]{2,60}?)(?: to [^,;:]{2,60})?, "
)


_TITLED_SO_REACH = 40  # characters round a name its title stands in ("X, the ... spokesperson")


def _body_spokesperson(head: list[Unit]) -> bool:
    """Whether a subject names a spokesperson by the body they speak for ("the External
    Affairs Ministry spokesperson")."""
    return head[-1].low in _SPOKESPERSONS and any(u.kind == "ORG" for u in head[:-1])


def _before_time(units: list[Unit]) -> list[Unit]:
    """``units`` up to a closing adjunct of time ("X after the meeting": X)."""
    for index, unit in enumerate(units):
        if index and unit.kind == "WORD" and unit.low in _TIME_PREPOSITIONS:
            return units[:index]
    return units


def _before_head(units: list[Unit]) -> list[Unit]:
    """``units`` up to who heads them ("the Foreign Ministry headed by Wang Yi": the
    ministry issues, not its head)."""
    for index, unit in enumerate(units[:-1]):
        if index and unit.low in _HEADED and units[index + 1].low == "by":
            return units[:index]
    return units


def _without_time(units: list[Unit]) -> list[Unit]:
    """A subject without the time adverbial after it ("X yesterday said", "X this morning
    said", "X earlier this month said", "X late on Tuesday said"): a time is no part of who
    speaks."""
    end = len(units)
    while end > 1 and (
        units[end - 1].kind == "DATE"
        or (units[end - 1].kind == "WORD" and units[end - 1].low in _TIME_WORDS)
        or (units[end - 1].kind == "WORD" and units[end - 1].low == "here")
        or (units[end - 1].kind == "WORD" and units[end - 1].text in lx.WEEKDAYS)
    ):  # "X here on Tuesday called on": where, as a wire's dateline names it (round 329)
        end -= 1
    if end == len(units) or (
        all(u.kind == "WORD" for u in units[:end]) and units[end - 1].low not in _HEAD_NOUNS
    ):  # no time, or no name before it ("Both yesterday said": not read here), but a head
        # noun is one ("Coast guard officials yesterday confirmed"; round 360)
        return units
    return units[:end]


def _time_unit(unit: Unit) -> bool:
    """Whether a unit is a time's word ("Tuesday", "on", "last week")."""
    return unit.kind == "DATE" or unit.low in _TIME_WORDS or unit.text in lx.WEEKDAYS


def _clause_joined_before(units: list[Unit]) -> int:
    """Where the subject starts after the last "and" of ``units`` when a clause of its own,
    a subject and a finite verb, stands before it ("He spoke briefly and the envoy", "The
    talks ended and the minister"): a subject never spans another clause's verb. 0 for none,
    and for names joined ("between Canada and China", "the UK and Qatar") or a name's last
    word after "and" ("Committee on Data Management and Harmonization")."""
    joint = next(
        (
            i
            for i in range(len(units) - 2, 0, -1)
            if units[i].kind == "WORD" and units[i].low == "and"
        ),
        0,
    )
    if (
        not joint
        or units[joint - 1].kind not in ("WORD", "DATE")
        or not _opens_subject(units[joint + 1])
    ):
        return 0
    for index in range(1, joint):
        unit, before = units[index], units[index - 1]
        if unit.kind != "WORD" or (before.kind == "WORD" and before.low in _NOT_SUBJECT_ENDS):
            continue
        if unit.low in _FINITE_VERBS or (
            unit.low.endswith("ed")
            and not before.low.endswith("ly")  # "the newly elected"
            and units[index + 1].low != "by"  # "a statement issued by A, B and C"
        ):
            return joint + 1
    return 0


def _modifiers_joined(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` is an "and" joining two modifiers of one group noun ("refugee
    and human rights organisations": one group; round 579), not two plural nouns ("farmers and
    fishermen")."""
    if units[index].low != "and" or index == 0:
        return False
    joined = units[index - 1]
    return _group_modifier(joined) and not joined.low.endswith("s")


def _group_modifier(unit: Unit) -> bool:
    """Whether a unit before a group noun modifies it: a place, or a lowercase adjective or
    noun ("U.S. political leaders", "local farmers"), not a preposition, determiner, joint or
    verb form."""
    if unit.kind == "GPE":
        return True
    return (
        unit.kind == "WORD"
        and unit.text.isalpha()
        and unit.text.islower()
        and unit.low not in _NOT_GROUP_MODIFIERS
        and not unit.low.endswith(("ed", "ly"))
    )


_NOT_GROUP_MODIFIERS = (
    lx.PREPOSITIONS
    | lx.DETERMINERS
    | lx.ADVERBS
    | lx.BE_FORMS
    | lx.ADJUNCT_STARTS
    | frozenset({"and", "or", "but", "nor", "who", "which", "that", "than", "as", "some", "any"})
)


def _opens_subject(unit: Unit) -> bool:
    """Whether a subject may open with ``unit``: a name or title, a determiner, a pronoun, a
    bare group noun ("Russia exported grain and observers had warned"; round 471)."""
    return (
        unit.kind != "WORD"
        or unit.low in lx.DETERMINERS
        or unit.low in lx.SUBJECT_PRONOUNS
        or unit.low in _HONORIFICS
        or unit.low in lx.GROUP_NOUNS
    )


def _phrase_comma(text: str, start: int, limit: int) -> int:
    """Where a leading phrase's closing comma is, as :meth:`Subjects._past_apposition` reads
    it (the main clause two characters on): a comma the phrase's last quotation closes on
    ('When X objected by citing “obligations,” the ministry countered') ends the phrase too,
    its closing mark read as the comma."""
    comma = text.find(", ", start, limit)
    end = comma if comma >= 0 else limit
    quoted = text.find(",” ", start, end)
    if quoted < 0:
        quoted = text.find('," ', start, end)
    return quoted + 1 if quoted >= 0 else comma


def _after_time(units: list[Unit]) -> list[Unit]:
    """A subject without the time adverbial before it, no comma between ("Last Friday the
    government said", "Yesterday the ministry said"), as ``_without_time`` after it."""
    start = 0
    while start < len(units) and (
        units[start].kind == "DATE"
        or units[start].low in _TIME_WORDS
        or units[start].text in lx.WEEKDAYS
    ):
        start += 1
    if start == 0 or start == len(units) or units[start - 1].low in _TIME_LEADS:
        return units  # no time, or only its first word ("This ministry", "Last Foreign ...")
    return units[start:]


def _long_title(units: list[Unit]) -> bool:
    """Whether words before a name are one title with its complements ("The Special
    Representative of the Prime Minister for the normalization of relations with Tarn X,
    confirmed", round 355): a role first, then only prepositions, determiners, capitalised
    words and nouns after a preposition; no word that may be a verb ("met with X")."""
    first = 1 if units[0].low == "the" else 0
    if len(units) <= first or units[first].kind != "ROLE":
        return False
    after_preposition = False
    for unit in units[first + 1 :]:
        if unit.kind == "PERSON":
            return False  # "Minister X, in his response to Y,": an aside naming another
        if unit.kind != "WORD":
            continue
        low = unit.low
        if low in lx.PREPOSITIONS:
            after_preposition = True
        elif (
            unit.text.islower()
            and low not in lx.DETERMINERS
            and (not after_preposition or low.endswith(("ed", "ing")) or low in _CLAUSE_MARKERS)
        ):
            return False
    return True


def _joined_to_own_body(head: list[Unit]) -> bool:
    """Whether a subject joins a person to a body of their own ("Imamoglu and his CHP party",
    "the head of state and his entourage"): one subject of two, which the set names as the
    text joins them, not as the body alone."""
    return any(
        unit.low == "and" and head[index + 1].low in _PERSONS_OWNING
        for index, unit in enumerate(head[1:-1], 1)
    )


def _title_phrase(units: list[Unit]) -> bool:
    """Whether words before a comma and a name title it: a role, and no verb of a clause."""
    return (
        any(u.kind == "ROLE" or u.low in _TITLE_NOUNS or _hyphened_role(u) for u in units)
        and not any(u.kind == "WORD" and u.low in _CLAUSE_MARKERS for u in units)
    ) or _numbered_office(units)


def _kin_phrase(units: list[Unit]) -> bool:
    """Whether words before a comma and a name are a short noun phrase headed by a relative's
    noun ("The singer's uncle", "Her widow"), no clause's word among them (stfix158)."""
    return (
        1 < len(units) <= _KIN_PHRASE_UNITS
        and units[-1].kind == "WORD"
        and units[-1].low in _RELATIVE_NOUNS
        and not any(u.kind == "WORD" and u.low in _CLAUSE_MARKERS for u in units)
    )


def _numbered_office(units: list[Unit]) -> bool:
    """Whether words are an office its holders are numbered in ("the 14th Dalai Lama", "the
    17th Karmapa"): a person is not counted, an office's line is (round 619)."""
    return (
        len(units) > 2
        and units[0].low == "the"
        and _ORDINAL.fullmatch(units[1].low) is not None
        and all(u.text[:1].isupper() for u in units[2:])
    )


def _after_opening_participle(units: list[Unit]) -> int:
    """Where a title or a person's name starts after a sentence-opening participle and its
    lowercase object ("Concluding the message Foreign Minister of X"), or 0."""
    for index in range(1, min(len(units), _PARTICIPLE_OBJECT_UNITS + 1)):
        unit = units[index]
        if unit.kind in ("ROLE", "PERSON"):
            return index if index > 1 else 0
        if unit.kind != "WORD" or not unit.text.islower():
            return 0
    return 0


_PARTICIPLE_OBJECT_UNITS = 5  # "Concluding his long message to the minister"


def _turned_role(unit: Unit) -> Unit | None:
    """The role noun after "-turned-" in a lowercase word ("actor-turned-minister",
    "general-turned-president"): what its holder is now, or None."""
    role = unit.text.rpartition("-turned-")[2]
    if not role.islower() or role not in lx.ROLE_NOUNS:
        return None
    return _new_unit(Unit, ("WORD", unit.end - len(role), unit.end, role, role))


def _hyphened_role(unit: Unit) -> bool:
    """Whether a lowercase word hyphens role nouns ("Tarn's director-general of police, X,
    said": the recogniser reads no title there; round 377)."""
    return "-" in unit.low and unit.low.partition("-")[0] in lx.ROLE_NOUNS


def _participle_phrase(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` is a present participle with words after it ("backing the
    reform", "living near the plant"): a phrase following a noun, not part of its name."""
    unit = units[index]
    return (
        index + 1 < len(units)
        and unit.kind == "WORD"
        and len(unit.text) > _SHORTEST_PARTICIPLE
        and unit.text.endswith("ing")
        and unit.text.islower()
    )


def _on_a_platform(units: list[Unit], noun: int) -> bool:
    """Whether only "on" and a platform follow a document's noun ("Ana Vila’s post on X", "her
    post on Facebook"): where its owner posted it, the owner still the one who speaks."""
    return (
        len(units) == noun + 3
        and units[noun + 1].low == "on"
        and units[noun + 2].text in lx.PLATFORMS
    )


def _on_a_channel(units: list[Unit], noun: int, on: int) -> bool:
    """Whether "on" after a document's noun names only the outlet that carried it ("the
    statement on SPA"): one organisation, nothing between."""
    return on == noun + 1 and len(units) == on + 2 and units[on + 1].kind == "ORG"


def _describes_document(unit: Unit) -> bool:
    """Whether a unit between an issuer's "'s" and its document only describes the document:
    the issuer's acronym, a year, "annual", "press"."""
    return (
        unit.kind in ("DATE", "ORG")
        or unit.low in _DOCUMENT_ADJECTIVES
        or unit.low in _DOCUMENT_MODIFIERS
    )


def _former_post(head: list[Unit]) -> bool:
    """Whether a definite role mention names a post once held ("The former Indonesian
    military chief said"): an epithet for the person in view, whose title now is another, so
    that title is not matched against it (round 509)."""
    return len(head) > 2 and head[0].low == "the" and any(u.low == "former" for u in head[1:-1])


def _field_elsewhere(person: Speaker, head: list[Unit]) -> bool:
    """Whether a role mention names a field in a lowercase adjective ("the top humanitarian
    official", "the military envoy") that the title of the person it would stand for lacks:
    someone else, whom the article does not name."""
    if not person.role:
        return False
    fields = [
        u.low
        for u in head[:-1]
        if u.kind == "WORD"
        and u.text.islower()
        and u.low.endswith(_FIELD_ENDINGS)
        and u.low not in _NO_FIELDS
    ]
    return bool(fields) and not set(fields) <= role_words(person.role)


def _body_modifying(name: str, noun: str) -> str:
    """The body an unnamed speaker's modifiers name before their noun, whose member they are
    ("Russian foreign ministry source": the Russian foreign ministry; "Israeli government
    official"), or ""."""
    if not name.endswith(f" {noun}"):
        return ""
    body = name[: -len(noun) - 1]
    owned, _, head = body.rpartition(" ")
    return body if owned and head.lower() in lx.ORG_HEADS else ""


def _country_kept(name: str) -> bool:
    """Whether an organisation named with its country keeps the country in its name."""
    return name.rpartition(" ")[2].lower() not in _NAMED_BY_OWN_NAME


def _surname_alone(word: str) -> bool:
    """Whether a capitalised word standing alone as a subject is a person's family name: the
    gazetteer knows it as one, and as no English word, place or title ("Georgescu"; not
    "Rice", "Jordan", "General")."""
    gazetteer = load()
    if word not in gazetteer.family_names or word.lower() in gazetteer.common_words:
        return False
    entry = gazetteer.names.entries.get(word)
    return word not in gazetteer.not_name_words and getattr(entry, "type", "PERSON") == "PERSON"


def _without_owner(name: str) -> str:
    """A group's name without the owner before it ("Myanmar’s military junta" -> "military
    junta": a possessive is its determiner, dropped as "the" is; GUIDELINES, round 335)."""
    for mark in ("’s ", "'s "):
        at = name.rfind(mark)
        if at > 0:
            return name[at + len(mark) :]
    return name


def _parented_agency(head: list[Unit], recent: Speaker) -> bool:
    """Whether "the UN agency" ("the UN health agency") names the organisation that spoke
    last, one of the UN's (round 332: "According to WFP, ... The UN agency also said"), not
    the UN itself."""
    return (
        3 <= len(head) <= 4
        and head[0].low == "the"
        and head[-1].low in _ANY_ORGANISATION
        and head[1].text in _UN_NAMES
        and (len(head) == 3 or head[2].text.islower())
        and recent.name not in _UN_NAMES
    )


def _site_owner_named(owner: list[Unit]) -> Speaker | None:
    """The owner of a website named in capitals the recogniser did not know, before where
    the site is ("the web site of the Island Presidency on Twitter"): the office, so named."""
    platform = next(
        (n for n, u in enumerate(owner) if u.kind == "WORD" and u.low in ("on", "in")), None
    )
    return _capitalised_issuer(owner[:platform])


def _title_modifier(unit: Unit) -> bool:
    """Whether a lowercase word may modify the title after it ("army chief"): a noun or an
    adjective, no determiner nor link ("his deputy", "and chief")."""
    return (
        unit.kind == "WORD"
        and unit.text.isalpha()
        and unit.text.islower()
        and unit.low not in lx.DROPPED_DETERMINERS
        and unit.low not in lx.CLAUSE_WORDS
        and unit.low not in ("and", "or", "but", "former")
    )


def _capitalised_issuer(units: list[Unit]) -> Speaker | None:
    """An issuer the recogniser did not know, named in capitals after "a statement from"
    ("State House"): an office, named as the text names it."""
    if not 1 <= len(units) <= 5 or any(
        u.kind != "WORD" or not u.text[0].isupper() or u.low in lx.SUBJECT_PRONOUNS for u in units
    ):
        return None
    name = " ".join(u.text for u in units)
    return Speaker(name, fold(name), "ORG")


def _a_style(units: list[Unit]) -> bool:
    """Whether ``units`` are only a royal style standing for the person it is given to ("His
    Royal Highness", "Her Imperial Majesty", "HRH"): the style is a title, not a speaker."""
    if len(units) == 1:
        return units[0].low in _STYLE_ACRONYMS
    return (
        units[0].low in _POSSESSIVE_PRONOUNS
        and units[-1].low in _HONORIFIC_PRONOUNS
        and all(u.low in _STYLE_ADJECTIVES for u in units[1:-1])
    )


def _unnamed_one(item: list[Unit]) -> Speaker | None:
    """The unnamed person closing a list of speakers after "and" ("X and a US official
    announced"): the role noun with its modifiers, without the article (round 603)."""
    if len(item) < 2 or item[0].low not in ("a", "an") or item[-1].low not in lx.ROLE_NOUNS:
        return None
    if any(u.kind not in ("WORD", "GPE", "ROLE") for u in item[1:]):
        return None
    name = " ".join(u.text for u in item[1:])
    return Speaker(name, fold(name), "PERSON")


def _subject_words(units: list[Unit], whole: bool) -> list[Unit] | None:
    """The units opening a main clause that make its subject (names, nouns, their
    determiners and modifiers), or None when ``units`` are only its first ones (not
    ``whole``) and end before that is known, ``_modifies_head``'s look ahead included."""
    subject: list[Unit] = []
    for number, unit in enumerate(units):
        if (
            unit.kind == "WORD"
            and not unit.text[0].isupper()
            and unit.low not in _NOUN_WORDS
            and unit.low != "counterpart"  # "X and his counterpart Y": one subject (round 331)
            and unit.low not in _COUNTRY_NOUNS  # "The country seeks X but said Y" (round 376)
            and not _former_title(unit.text)  # "then-President X broke Y and expressed Z"
        ):
            if not subject and unit.low in lx.SUBJECT_PRONOUNS:
                subject.append(unit)
                continue
            if (
                subject
                and (
                    _modifies_head(units, number + 1)
                    or _owns_body(units, number)
                    or _place_then_head(subject, units, number)
                    or _name_then_head(units, number)
                    or _hyphened_before_name(units, number)
                )
                and not (
                    len(subject) == 1
                    and subject[0].low in lx.SUBJECT_PRONOUNS
                    and unit.low not in ("and", "or")
                )
                and not _verb_before_object(units, number)
            ):
                subject.append(unit)  # "the top office", "the EU foreign policy chief":
                continue  # a modifier before its noun; none after a pronoun ("She met the
                # Ambassador and urged": "met" is its verb), but "He and his counterpart"
            if not (subject and unit.low in lx.ORG_HEADS):
                return subject if whole or number + 4 <= len(units) else None
        subject.append(unit)
    return subject if whole else None


_ASIDE_PREPOSITIONS = tuple(f" {word} " for word in ("at", "in", "by", "on", "with", "under"))
_TIME_PLACE_OPENERS = frozenset({"at", "during", "in", "on", "before", "after", "while"})


def _before_long_adjunct(units: list[Unit]) -> list[Unit]:
    """An inverted subject's units before the adjunct of time or place closing its sentence
    ('"...," announced the minister at the start of a hearing on ... of the committees on
    A, B and C.'), too long to read as one subject (round 308)."""
    cut = next(
        (
            n
            for n, unit in enumerate(units[1:], 1)
            if unit.kind == "WORD" and unit.low in _TIME_PLACE_OPENERS
        ),
        len(units),
    )
    return units[:cut]


def _verb_before_object(units: list[Unit], index: int) -> bool:
    """Whether the lowercase word at ``index`` is a verb and the determiner after it opens
    its object ("The rebels urged the Council", "The ministry warned its partners"): a
    noun's modifier is never followed by an article or a possessive before the noun, so the
    subject ends before the word (round 311), nor by "both" or "all" ("The minister praised
    both nations for"; round 630); "and", "or" and prepositions join on, and "quoted the
    minister as saying" is read on, its object the one who speaks."""
    unit = units[index]
    return (
        index + 1 < len(units)
        and (
            units[index + 1].low in lx.DROPPED_DETERMINERS
            or units[index + 1].low in _OBJECT_PREDETERMINERS
        )
        and unit.low not in ("and", "or")
        and unit.low not in lx.PREPOSITIONS
        and not unit.low.startswith(("quot", "cit"))
    )


def _to_name_before_verb(subject: list[Unit]) -> list[Unit]:
    """A subject cut after a person's name that a lowercase word follows ("X and Y encourage
    ministers", "X, chairing the meeting, ..."): no noun's modifier follows a name, that word
    is the verb or opens an aside."""
    for number, unit in enumerate(subject[1:], 1):
        if (
            subject[number - 1].kind == "PERSON"
            and unit.kind == "WORD"
            and unit.text.islower()
            and unit.low not in _NOUN_WORDS
            and not _owned_by_name(subject[number - 1], unit)
        ):
            return subject[:number]
    return subject


def _owned_by_name(name: Unit, unit: Unit) -> bool:
    """Whether an organisation's head noun follows a person's name and its possessive ("X’s
    office issued a statement saying"): the name owns the noun, one subject (round 356), not
    a name before its verb. The three characters between are the possessive's ("’s "); a
    leader's administration or government follows the bare name ("The Duterte administration
    moved to X by arguing that Y": the administration's, round 622)."""
    gap = unit.start - name.end
    return (gap == 3 and unit.low in lx.ORG_HEADS) or (gap == 1 and unit.low in _LEADERS_BODIES)


def _issuer_head_of(units: list[Unit], noun: int, of: int) -> bool:
    """Whether an "of" after a document's noun joins an organisation's head noun to its place
    ("a statement from the government of X": the issuer "government of X", not X; round 330)."""
    return (
        of - noun >= 3
        and units[of - 1].kind == "WORD"
        and units[of - 1].low in lx.ORG_HEADS
        and units[of - 2].low == "the"
        and units[of - 3].low in ("by", "from")
    )


def _name_then_head(units: list[Unit], number: int) -> bool:
    """Whether a lowercase word leads, past one capitalised word, to a head noun ("the UK’s
    opposition Conservative party criticised": a modifier; round 331), a body's acronym too
    ("The ruling CPDM party has dismissed X, asserting Y"; round 575)."""
    return (
        number + 2 < len(units)
        and units[number + 1].kind in ("WORD", "ORG")
        and units[number + 1].text[:1].isupper()
        and units[number + 2].kind == "WORD"
        and units[number + 2].low in _HEAD_NOUNS
    )


def _place_then_head(subject: list[Unit], units: list[Unit], number: int) -> bool:
    """Whether a word after an article leads, past a place, to a head noun ("A top Norland
    foreign ministry official": a modifier, the place one too; round 331)."""
    return (
        len(subject) == 1
        and subject[0].low in ("a", "an", "the")
        and number + 1 < len(units)
        and units[number + 1].kind == "GPE"
        and _modifies_head(units, number + 2)
    )


def _owns_body(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` is a possessive before a body's name ("South Korea’s Joint
    Chiefs of Staff": the country's, part of the subject; round 480), or a country's before a
    person's name ("South Korea’s Lee")."""
    return (
        units[index].low in ("’s", "'s")
        and index + 1 < len(units)
        and (
            units[index + 1].kind == "ORG"
            or (index > 0 and units[index - 1].kind == "GPE" and units[index + 1].kind == "PERSON")
        )  # "South Korea’s Lee backed X and said Y": the country's person, as "Japan’s Lee"
        # reads (its "’s" no unit after a one-word name; stfix145)
    )


def _hyphened_before_name(units: list[Unit], index: int) -> bool:
    """Whether a hyphened lowercase modifier stands right before a capitalised name ("The
    far-right AfD", "the left-wing Vellan Party"): it describes the body, part of the subject
    (round 624)."""
    return (
        "-" in units[index].text and index + 1 < len(units) and units[index + 1].text[:1].isupper()
    )


def _modifies_head(units: list[Unit], index: int) -> bool:
    """Whether lowercase words from ``index`` lead, within three, to a head noun."""
    for number, unit in enumerate(units[index : index + 3], index):
        if unit.low in _HEAD_NOUNS or unit.kind == "ROLE":  # "the acting Minister of X"
            return True
        if unit.low == "counterpart":
            return True  # "his then-Norlandic counterpart Y" (round 331)
        if (
            unit.kind == "GPE"
            and units[number - 1].low in _SERVING_MODIFIERS
            and number + 1 < len(units)
            and units[number + 1].low in _HEAD_NOUNS
        ):
            return True  # "current and former US officials": a place between a modifier of
            # service and the head modifies it too (round 602)
        if unit.kind != "WORD" or not unit.text.islower():
            return False
    return False


def _served_place(units: list[Unit], head: list[Unit], rest: list[Unit]) -> frozenset[str]:
    """The place a role mention serves when named after it ("the prime minister of Jamaica"):
    the words of the one country after "of"."""
    if len(rest) != 1 or rest[0].kind != "GPE" or units[len(head)].low != "of":
        return frozenset()
    return _places(rest)


def _profession_of_another(noun: str, person: Speaker) -> bool:
    """Whether a profession's noun cannot be a person titled to a head office ("the Gambian
    lawyer" is not "former Gambian President X", round 457)."""
    return noun in _PROFESSIONS and not role_words(person.role).isdisjoint(_HEAD_OFFICES)


def _head_office_other(noun: str, held: frozenset[str]) -> bool:
    """Whether a title's words name a head office other than a role noun's: "the foreign
    minister" is not "President X", nor "the president" "Prime Minister Y" (round 278)."""
    return noun in _HEAD_OFFICES and noun not in held and not held.isdisjoint(_HEAD_OFFICES)


def _widens_bare_title(person: Speaker, role: Unit) -> bool:
    """Whether a person the article titles by a bare role noun alone ("Minister X") may be the
    one a fuller title of that noun names ("Norland’s Foreign Minister also emphasized", the
    minister speaking last: round 287); not a higher or lower office ("the Prime Minister")."""
    held = role_words(person.role)
    if len(held) != 1:
        return False
    words = role_words(role.text)
    return held < words and not words & _HIGHER_OR_LOWER


def _people_by_demonym(head: list[Unit]) -> bool:
    """Whether a subject is a people named by its demonym's plural, alone or after "the"
    ("Canadians", "the Okinawans"): a listed nationality's, or a region's the gazetteer
    lists ("Okinawa" + "ns")."""
    if len(head) > 2 or (len(head) == 2 and head[0].low != "the"):
        return False
    word = head[-1].text
    if head[-1].kind != "WORD" or not word[:1].isupper() or word[-1:] != "s":
        return False
    gazetteer = load()
    stem = word[:-1]
    return stem in gazetteer.demonyms or (
        stem.endswith("an") and stem[:-1] in gazetteer.subdivisions
    )


def _place_words(head: list[Unit]) -> frozenset[str]:
    """The words of a role mention that name its places ("Saudi Arabia's foreign minister":
    saudi, arabia), which a holder's title gives as "Saudi" or not at all."""
    return role_words(" ".join(u.text for u in head if u.kind == "GPE" or u.text[:1].isupper()))


def _the_other(head: list[Unit]) -> bool:
    """Whether a role is named as "the other" one ("The other senior official said"): someone
    set apart from the speaker so named before, whose "other" is no part of the name."""
    return len(head) > 2 and head[0].low == "the" and head[1].low in _OTHERS


def _places(head: list[Unit]) -> frozenset[str]:
    """The words of the places a role mention names ("Qatar's foreign minister"), a capital
    as its country ("Khartoum's top diplomat" is the Sudanese minister; round 339)."""
    return place_stems(
        [capital_country(u.text) or u.text for u in head if u.kind == "GPE"],
        [u.text for u in head if u.kind == "WORD" and u.text[:1].isupper()],
    )


def _adverbial_aside(units: list[Unit]) -> bool:
    """ "X, in a press briefing on Wednesday, March 4, said": where or when, not a clause."""
    return (
        units[0].kind == "WORD"
        and units[0].low in lx.ADJUNCT_STARTS
        and not any(u.kind == "WORD" and u.low in _CLAUSE_MARKERS for u in units)
    )


def _body_and_named(head: list[Unit]) -> int | None:
    """Where a subject opens that joins a body by its common noun to a named one ("the
    Japanese government and the ruling LDP"): past its determiner; None for any other."""
    if len(head) < 4 or head[-2].kind != "WORD" or head[-2].text.isupper():
        return None  # the cheap tests first: a word before the name ("the ruling LDP")
    joint = next((i for i, u in enumerate(head) if u.low == "and"), 0)
    if joint < 1 or head[joint - 1].low not in lx.ORG_HEADS:
        return None
    first = 1 if head[0].low in lx.DROPPED_DETERMINERS else 0
    return head[first].start if first < joint - 1 else None


def _party_member(unit: Unit) -> bool:
    """A lowercase word naming a member of a party or movement by its name ("petista",
    "peronista", "chavista" of the Latin American press): the person last named, not a role."""
    return unit.kind == "WORD" and unit.text.islower() and unit.low.endswith("ista")


def _glued_pronoun(before: str) -> str:
    """ "... published by The Daily TelegraphHe stated" (round 299): the scraper dropped the
    space between a sentence's last word and the next one's pronoun, which is the subject."""
    if before[-2:] != "He" and before[-3:] != "She":
        return ""  # the cheap test first: asked of every subject
    for pronoun in ("He", "She"):
        if before.endswith(pronoun) and before[-len(pronoun) - 1 : -len(pronoun)].islower():
            return pronoun.lower()
    return ""


def _agent_aside(units: list[Unit]) -> bool:
    """ "NORLAND, supported by TARN and ARDIA, proposed X": the delegations backing or
    opposing the subject set off by commas, the subject speaking (a negotiations bulletin's
    style, round 344); likewise whoever heads it ("the mission, led by X, expressed Y": the
    mission's; round 640), but not inside a clause joined by "and" (``_aside_after_noun``)."""
    return (
        len(units) > 2
        and (units[0].text in _STANCE_PARTICIPLES or units[0].text in _HEADED_PARTICIPLES)
        and units[1].low == "by"
    )


def _adverb_led_aside(units: list[Unit]) -> bool:
    """ "X, also present, remarked", "X, visibly angry, said": a short phrase opened by an
    adverb, describing the subject, with no verb of its own (round 638)."""
    first = units[0]
    return (
        len(units) <= _ADVERB_ASIDE_UNITS
        and first.kind == "WORD"
        and first.text.islower()
        and (first.low in _ASIDE_ADVERBS or first.low.endswith("ly"))
        and not any(u.kind == "WORD" and u.low in _CLAUSE_MARKERS for u in units)
    )


def _participle_aside(units: list[Unit]) -> bool:
    """ "Fidan, speaking to the state-owned news agency, said": a participle phrase with no
    verb of its own."""
    first = units[0]
    if first.low in _ASIDE_SUBORDINATORS and len(units) > 1 and units[1].kind == "WORD":
        second = units[1]  # "X, while noting that A is B, expressed": a participle's clause,
        return second.text.islower() and second.low.endswith("ing")  # no subject of its own
    return (
        first.kind == "WORD"
        and first.text.islower()
        and first.low.endswith("ing")
        and not any(u.kind == "WORD" and u.low in _CLAUSE_MARKERS for u in units)
    )


def _role_apposition(units: list[Unit]) -> bool:
    """ "Park Soo-hyun, senior presidential secretary for public communication, said": a
    lowercase role in apposition, with no verb of its own."""
    has_role = any(  # "chairperson-in-office", "secretary-general": a role with its tail
        u.kind == "ROLE" or u.low.split("-", 1)[0] in lx.ROLE_NOUNS or u.low == "representative"
        for u in units
    )  # ("X, the bloc’s high representative for foreign affairs, told": round 392)
    return has_role and not any(u.kind == "WORD" and u.low in _CLAUSE_MARKERS for u in units)


def _role_before_relative(units: list[Unit]) -> bool:
    """ "X, the leader of the party which won half the vote, said": a role in apposition, its
    object described by a relative clause, the clause's verb no verb of the apposition's own
    (round 608)."""
    for index, unit in enumerate(units):
        if unit.kind == "WORD" and unit.low in _CLAUSE_MARKERS:
            return (
                index > 1
                and unit.low in _RELATIVE_OPENERS
                and unit.text.islower()
                and _role_apposition(units[:index])
            )
    return False


_RELATIVE_OPENERS = frozenset({"which", "that", "who"})


def _described(units: list[Unit], openers: frozenset[str] = _INDEFINITE_ARTICLES) -> bool:
    """ "The Daily Planet, a tabloid owned by the party, said": an indefinite noun phrase
    describing the subject (round 108), with no verb of its own but in a relative clause
    after it ("X, a liberal who has been compared to Y, said", round 266), however long
    that clause runs ("X, a host who worked with Y in a role ... before leaving her, said",
    round 565); a person's definite one too, given ``openers`` ("X, the Russian autocrat who
    has jailed ..., told him", round 576)."""
    if units[0].low not in openers:
        return False
    for unit in units[: _DESCRIPTION_UNITS + 1]:
        if unit.kind == "WORD" and unit.low in _CLAUSE_MARKERS:
            return unit.low == "who" and unit.text.islower()
    return len(units) <= _DESCRIPTION_UNITS


def _spread_by(units: list[Unit], before: str) -> bool:
    """ "X’s statement, disseminated by the ministry, says": a past participle and its agent
    set off after a document's noun (``before`` ends in it) tell who spread the words, not
    who speaks: the document's owner does (round 512)."""
    return (
        len(units) > 2
        and units[1].low == "by"
        and units[0].low.endswith("ed")
        and units[0].text.islower()
        and before.rpartition(" ")[2].lower() in lx.PROXY_NOUNS
    )


def _ranked(units: list[Unit]) -> bool:
    """ "Canada, the biggest foreign supplier of steel, announced", "China, the world's
    largest steel producer, said": a definite description ranking the subject among its kind
    (round 513), with no verb of its own; a list's item has no superlative."""
    if units[0].low != "the" or len(units) > _DESCRIPTION_UNITS:
        return False  # the cheap tests first
    ranked = any(u.low.rpartition("-")[2] in lx.RANKING_WORDS for u in units[1:4])
    return ranked and not any(u.kind == "WORD" and u.low in _CLAUSE_MARKERS for u in units)


def _state_body(name: str) -> bool:
    """Whether an organisation's name ends in a state body's noun ("the Hamas-run health
    ministry", "Justice Department"): no group, which "the group" could name."""
    return name.rpartition(" ")[2].lower() in _STATE_BODY_HEADS


def _described_group(head: list[Unit]) -> bool:
    """Whether ``head`` is "the group" with a word or two describing it between ("the
    Palestinian armed group", "the militant group"): no name of its own, but a description."""
    return (
        2 < len(head) <= _DESCRIBED_GROUP_UNITS
        and head[-1].low == "group"
        and head[0].low == "the"
        and all(u.kind == "WORD" and u.low not in _CLAUSE_MARKERS for u in head[1:-1])
    )


def _defined_body(text: str, units: list[Unit]) -> bool:
    """ "The Red Cross, the aid group, said", "Energoatom, Ukraine's nuclear power agency,
    confirmed": a definite or possessive noun phrase naming what the subject is, headed by a
    body's noun and with no verb or list of its own (round 496)."""
    last = units[-1]
    if last.kind != "WORD" or last.low not in _BODY_NOUNS or len(units) > _DEFINED_BODY_UNITS:
        return False  # the cheap tests first
    first = units[0]
    if not (
        first.low == "the"
        or first.text.endswith(_POSSESSIVE_ENDINGS)
        or text.startswith(_POSSESSIVE_ENDINGS, first.end)  # an entity's unit leaves it out
    ):
        return False
    return all(
        u.kind != "WORD" or (u.low not in _CLAUSE_MARKERS and u.low != "and") for u in units[1:]
    )


def _ranked_description(units: list[Unit]) -> bool:
    """ "Qu, the first Chinese and the first Communist to run the FAO, also said": a definite
    description ranking the subject ("the first woman to lead", "the only candidate"), with
    no verb of its own but its infinitive (round 484)."""
    return (
        2 < len(units) <= _DESCRIPTION_UNITS
        and units[0].low == "the"
        and units[1].low in _RANKS
        and not any(u.kind == "WORD" and u.low in _CLAUSE_MARKERS for u in units)
    )


def _noun_of_aside(units: list[Unit]) -> bool:
    """ "Cinia, owner of the cable linking A and B, said", "X, the operator of the line,
    said": a common noun and its "of" phrase describing the subject (round 340), with no verb
    of its own; "The ministers, all members of NATO, said": a plural subject's, its
    quantifier first (round 427)."""
    first = 1 if units[0].low in ("the", "all", "both") else 0
    if len(units) < first + 3 or len(units) > _DESCRIPTION_UNITS:
        return False
    noun = units[first]
    return (
        noun.kind == "WORD"
        and noun.text.islower()
        and noun.low not in lx.PREPOSITIONS
        and units[first + 1].low == "of"
        and not any(u.kind == "WORD" and u.low in _CLAUSE_MARKERS for u in units)
    )


def _head_of_named_body(units: list[Unit]) -> bool:
    """Whether a subject is "the head of" a named organisation and nothing else ("the head of
    the World Health Organization", "the chief of the Agency")."""
    return (
        3 <= len(units) <= 5
        and units[0].low == "the"
        and units[1].low in _LEADING_NOUNS
        and units[2].low == "of"
        and units[-1].kind == "ORG"
        and all(u.low == "the" for u in units[3:-1])
    )


def _named_body_head(units: list[Unit]) -> bool:
    """Whether a subject is a named organisation's head, the noun after the name ("the IAEA
    chief", "the WHO's head"), as "the head of" it is."""
    return (
        len(units) == 3
        and units[0].low == "the"
        and units[1].kind == "ORG"
        and units[2].low in _LEADING_NOUNS
    )


def _described_body_head(units: list[Unit]) -> bool:
    """Whether a subject is an organisation's head, the organisation called by its noun
    ("the agency chief", "the UN nuclear watchdog head")."""
    return (
        len(units) >= 3
        and units[0].low == "the"
        and units[-1].low in _LEADING_NOUNS
        and units[-2].low in _BODY_NOUNS
        and all(u.kind == "WORD" and u.text.islower() for u in units[-2:])
        and all(u.kind == "ORG" or (u.kind == "WORD" and u.text.islower()) for u in units[1:-2])
    )


def _member_of_legislature(units: list[Unit]) -> bool:
    """Whether a subject is "the member of" a named legislature, perhaps with one word before
    "member" ("The English member of the European Parliament"): a person the text named."""
    if len(units) < 4 or units[0].low != "the" or units[-1].kind != "ORG":
        return False
    member = 1 if units[1].low == "member" else 2
    return (
        member < len(units) - 2
        and units[member].low == "member"
        and units[member + 1].low == "of"
        and len(units) - member <= 4
        and units[-1].low.rsplit(" ", 1)[-1] in _LEGISLATURES
    )


def _share_of_group(units: list[Unit]) -> int:
    """Where the group starts after a share of it opening a subject ("66% of respondents",
    "some 40 percent of voters"), or 0: the share is no part of the group's name."""
    at = 1 if units[0].low in lx.GROUP_PREDETERMINERS or units[0].low in _SHARE_HEDGES else 0
    if at + 2 < len(units) and units[at + 1].low in _PERCENT_WORDS:
        at += 1  # "40 percent"
    if at + 2 < len(units) and units[at + 1].low == "of" and units[at + 2].low != "the":
        return at + 2
    return 0


def _spelt_before(text: str, units: list[Unit]) -> bool:
    """Whether the last unit is initials in brackets that the capitalised words before it
    spell ("Inter-Services Public Relations (ISPR)")."""
    acronym, words = units[-1], units[:-1]
    if not (
        acronym.text.isupper()
        and text[acronym.start - 1 : acronym.start] == "("
        and all(u.kind == "WORD" and u.text[:1].isupper() for u in words)
    ):
        return False
    initials = "".join(part[0] for u in words for part in u.text.split("-") if part)
    return initials.upper() == acronym.text


def _persons_office(head: list[Unit], owner: list[Unit]) -> bool:
    """Whether an office is a titled person's ("the office of Prime Minister X", "the office
    of Danish Prime Minister X"): the office speaks, named whole with its holder, as "the
    office of the spokesperson" (round 516); the title's nationality before it is the
    title's."""
    return (
        head[-1].low == "office"
        and 2 <= len(owner) <= 3
        and owner[-2].kind == "ROLE"
        and owner[-1].kind == "PERSON"
        and (len(owner) == 2 or owner[0].text[:1].isupper())
    )


def _portfolio_in_words(head: list[Unit], owner: list[Unit]) -> bool:
    """Whether a ministry or department is named by its portfolio in lower case, which the
    recogniser does not read as a name ("the Ministry of disaster preparedness", "the
    ministry of privatization"): one body, named whole, not a bare "Ministry" that a later
    "the ministry" would name again."""
    return (
        len(head) <= 2
        and head[-1].low in _FIELDED_HEADS
        and len(owner) <= _PORTFOLIO_WORDS
        and all(u.kind == "WORD" and u.text.isalpha() and u.text.islower() for u in owner)
        and not any(u.low in _NOT_PORTFOLIO for u in owner)
    )


def _body_placed(units: list[Unit]) -> bool:
    """Whether words only say in which organisation a body is ("at the International
    Committee of the Red Cross", "in Norland"): a preposition, then names."""
    return (
        len(units) >= 2
        and units[0].low in _PLACING_PREPOSITIONS
        and units[-1].kind in ("ORG", "GPE")
        and all(u.kind in ("ORG", "GPE") or u.low in lx.DROPPED_DETERMINERS for u in units[1:])
    )


def _portfolio_ending(role: str) -> bool:
    """Whether a title ends in a portfolio after "for" or "on" ("High Commissioner for
    Refugees"), its last word no role noun ("Spokesman for the Secretary-General" ends in one)."""
    words = role.split()
    return (
        len(words) > 2
        and not _PORTFOLIO_JOINTS.isdisjoint(words[1:-1])
        and words[-1].lower() not in lx.ROLE_NOUNS
    )


def _portfolio_joined(units: list[Unit]) -> list[Unit]:
    """``units`` with a title and the portfolio ending them made one title ("High
    Commissioner" "for" "Refugees": the office "High Commissioner for Refugees", as the
    recogniser reads "High Commissioner for Human Rights"; round 519), else as they are."""
    at = len(units) - 1
    while at > 1 and units[at].kind == "WORD" and units[at].text[:1].isupper():
        at -= 1
    if (
        at < 1
        or at == len(units) - 1
        or len(units) - 1 - at > _PORTFOLIO_WORDS
        or units[at].low not in _PORTFOLIO_JOINTS
        or units[at - 1].kind != "ROLE"
    ):
        return units
    role = units[at - 1]
    end = units[-1].end
    text = f"{role.text} {units[at].low} " + " ".join(u.text for u in units[at + 1 :])
    return [*units[: at - 1], Unit("ROLE", role.start, end, text, _low(text))]


def _counted_group_start(units: list[Unit]) -> int:
    """Where the noun phrase starts after a counting phrase opening a subject ("a number
    of", "a handful of", "a group of", "a few"), or 0: the count is no part of a group's name;
    past a sentence's opening conjunction too ("But a number of nations pledged", round 514)."""
    if len(units) > 3 and units[0].text in _OPENING_JOINTS:
        counted = _counted_group_start(units[1:])
        return counted + 1 if counted else 0
    if len(units) < 3 or units[0].low not in _INDEFINITE_ARTICLES:
        return 0
    if units[1].low == "few":
        return 2
    if (
        len(units) > 4
        and units[1].low in _COUNT_SIZES
        and units[2].low in _COUNTING_NOUNS
        and units[3].low == "of"
    ):
        return 4  # "an increasing number of countries emphasised": the countries (round 474)
    if (
        len(units) > 3
        and units[2].low == "of"
        and (
            units[1].low in _COUNTING_NOUNS
            or (units[1].text == "group" and units[3].kind == "WORD" and units[3].text.islower())
        )
    ):
        return 3  # "a group of independent experts": the experts (round 385), not "the Group
    return 0  # of Friends", a body's name


def _plural_before(text: str, start: int, end: int) -> bool:
    """Whether the word before ``end`` (not before ``start``) is a plural noun or a plural
    pronoun ("The companies both", "they all"): a floating quantifier's subject."""
    found = last_word(text, start, end)
    if found is None:
        return False
    word = text[found[0] : found[1]]
    return word in _PLURAL_PRONOUNS or (word.islower() and word.endswith("s") and len(word) > 3)


def _inserted_attribution(text: str, units: list[Unit], verb_start: int) -> bool:
    """Whether "he says" stands inside its content with no commas ("The need to work together
    he says is the most important"): a noun phrase before the pronoun, a copula or an
    auxiliary right after the verb, whose subject that phrase is."""
    return (
        len(units) > 2
        and units[-1].kind == "WORD"
        and (units[-2].kind != "WORD" or units[-2].low not in _NOT_BEFORE_PRONOUN)
        and units[0].low in lx.DETERMINERS
        and _VERB_THEN_COPULA.match(text, verb_start) is not None
    )


def _issuing_body(word: str) -> bool:
    """Whether a noun before a document names a body that issues one: an organisation's head
    ("the ministry statement") or a group that is one body ("the junta statement")."""
    return word in lx.ORG_HEADS or (word in lx.GROUP_NOUNS and _one_body(word))


def _before_issued(units: list[Unit]) -> list[Unit]:
    """A subject's units up to a document noun that an issuing participle follows ("A White
    House statement" of "A White House statement issued on Monday"), else none."""
    for index in range(1, min(5, len(units) - 1)):  # "A French foreign ministry statement
        # released before the visit": an issuer of three words (round 291)
        if units[index].low.startswith(lx.ISSUED_NOUNS) and units[index + 1].low in _ISSUING:
            return units[: index + 1]
    return []


def _pairing_in(words: str) -> bool:
    """Whether words may join a second person to the first as one subject ("and his
    counterpart", "and his wife", "and first lady"): the cheap test before the pattern."""
    return (
        "counterpart" in words
        or " wife " in words
        or " husband " in words
        or " first lady " in words
        or " spouse " in words
    )


def _one_body(name: str) -> bool:
    """Whether a group speaker is one body ("Meeting", "the conference"), which "it" stands
    for, not members ("delegates", "the two sides", "X and Y", "people")."""
    return " and " not in name and "," not in name and not name.endswith(("s", "people"))


def _capitalised_name(units: list[Unit]) -> bool:
    """Whether units are a name of two to four capitalised words the recogniser left as words
    ("Executive Mansion")."""
    return 2 <= len(units) <= 4 and all(
        u.kind == "WORD" and u.text.istitle() and u.text not in lx.WEEKDAYS for u in units
    )


def _unclosed_aside(words: str) -> bool:
    """Whether the words between a subject's comma and its verb are one aside: an adverb
    alone, or a participle phrase or a relative clause without a comma of its own."""
    words = words.strip()
    if " " not in words:
        return words in ("however", "meanwhile")
    first = words.split(" ", 1)[0]
    return "," not in words and (first.endswith("ing") or first == "who")


def _names_a_bloc(head: Sequence[Unit]) -> bool:
    """Whether a subject is "the bloc" or "the regional group/body/bloc/grouping": a union
    of states, not a company or an armed group, which "the group" alone may be."""
    if head[0].low != "the" or not 2 <= len(head) <= 3:
        return False
    return head[-1].low == "bloc" if len(head) == 2 else head[1].low == "regional"


def _unnamed_media_reports(units: list[Unit]) -> bool:
    """Whether the subject is "media reports" with no outlet or country before it ("media
    reports have said that X", "According to media reports on July 2, X"): the group speaker,
    head noun with its modifier (the set's decision; round 476), not the media as a body;
    "local reports" likewise (round 628), and "witness accounts" (round 688)."""
    return (
        len(units) > 1
        and units[0].low in _REPORTS_MODIFIERS
        and units[1].low in _REPORTS_NOUNS
        and (len(units) == 2 or units[2].low in lx.PREPOSITIONS)
    )


def _reports_by(units: list[Unit]) -> int | None:
    """Where "reports by X" / "reports from X" opens a subject: the plural stands for its
    issuer as "a report by X" does ("According to reports by X, Y"; round 386), not "reports"
    alone ("according to reports in Lebanon": no one)."""
    for index, unit in enumerate(units[:2]):
        if unit.low == "reports" and index + 2 < len(units) and units[index + 1].low in _BY_ISSUER:
            return index
    return None


def _titled_proxy(units: list[Unit]) -> int | None:
    """Where a document's noun ends its capitalised title ("The State of the Nation Report
    presented by X"): the title's words and joints, then the noun, capitalised too."""
    for index, unit in enumerate(units[1:_DOCUMENT_TITLE_UNITS], 1):
        if unit.kind == "WORD" and unit.low in lx.PROXY_NOUNS and unit.text[0].isupper():
            return index
        if not (unit.text[0].isupper() or unit.low in _TITLE_JOINTS):
            return None
    return None


def _with_object(words: list[str]) -> bool:
    """Whether the words before a mention's comma end in "with" and a short noun phrase ("X
    said at a press conference with his counterpart, Z, in the capital"): Z is in apposition
    to the preposition's object, no subject a later "he" stands for (round 198)."""
    if "with" not in words:
        return False
    after = len(words) - 1 - words[::-1].index("with")
    return 0 < len(words) - after - 1 <= _WITH_OBJECT_WORDS and not any(
        word.endswith("ed") and word.islower() for word in words[after + 1 :]
    )


def _leads_government(role: Unit) -> bool:
    """Whether a role unit is a head of government's title ("the Prime Minister")."""
    return role.kind == "ROLE" and not role_words(role.text).isdisjoint(_LEADER_TITLES)


def _titled_after_joint(before: str) -> str:
    """The word ("by" of a passive's agent, or a subordinator) that the words before a
    mention's comma end in before a capitalised title ("by the Navy Chief of Policy and
    Plans", "when the Consul General of Brazil to Nigeria"), else "". Only the last words
    can hold it, so only they are split off: a clause before the comma may run a paragraph."""
    words = before.rsplit(maxsplit=_AGENT_TITLE_WORDS + 1)[-_AGENT_TITLE_WORDS - 1 :]
    last = next(
        (n for n in range(len(words) - 1, -1, -1) if words[n] in _AGENT_OR_SUBORDINATOR), -1
    )
    after = words[last + 1 :]
    if (
        last >= 0
        and 0 < len(after) <= _AGENT_TITLE_WORDS
        and any(word[:1].isupper() for word in after)
        and all(word[:1].isupper() or word in _TITLE_JOINTS or word == "to" for word in after)
    ):
        return words[last]
    return ""


def _same_sentence(text: str, start: int, end: int) -> bool:
    """Whether no line break or sentence's end (a word's last letters, then a stop and a
    capital; not a title's "Adm. ") stands in ``text[start:end]``."""
    if end - start > _SENTENCE_REACH:
        return False  # the cheap test first: no regex over a paragraph
    between = text[start:end]
    return "\n" not in between and _SENTENCE_END.search(between) is None


def _pronoun_after_opening_phrase(units: list[Unit]) -> bool:
    """Whether a clause before a verb is a prepositional phrase, then a subject pronoun, with
    no comma between them ("During the reception she also called on ...", round 108)."""
    return (
        len(units) > 2
        and units[-1].low in _PERSON_PRONOUNS
        and units[-1].kind == "WORD"
        and (_opening_preposition(units) or _opening_time_clause(units))
        and (units[-2].kind != "WORD" or units[-2].low not in _NOT_BEFORE_PRONOUN)
    )


def _opening_time_clause(units: list[Unit]) -> bool:
    """Whether a clause opens with "when" or "once" and holds a verb of its own before the
    pronoun that ends it ("When Carney was asked about the ad he said", "When the talks
    ended she said": no comma, the pronoun the main clause's subject; not "When he said")."""
    first = units[0]
    return (
        first.kind == "WORD"
        and first.low in _TIME_SUBORDINATORS
        and any(
            unit.kind == "WORD" and (unit.low.endswith("ed") or unit.low in lx.BE_FORMS)
            for unit in units[1:-1]
        )
    )


_TIME_SUBORDINATORS = frozenset({"when", "once", "whenever"})


def _opening_preposition(units: list[Unit]) -> bool:
    """Whether a clause opens with a preposition, or a participle and its preposition
    ("Concerning the changes he said", "Talking about the project he said": no comma before
    the subject, the phrase an adjunct all the same; round 470)."""
    first = units[0]
    if first.kind != "WORD":
        return False
    if first.low in lx.PREPOSITIONS or first.low in _PREPOSITION_PARTICIPLES:
        return True
    return first.low.endswith("ing") and units[1].kind == "WORD" and units[1].low in _ABOUT_WORDS


_PREPOSITION_PARTICIPLES = frozenset({"concerning", "regarding"})
_ABOUT_WORDS = frozenset({"about", "on", "to"})  # "talking about", "commenting on", "turning to"


def _title_after_opening_phrase(units: list[Unit]) -> bool:
    """Whether a clause opens with a prepositional phrase left without its comma and ends in
    "the" and a title ("At the meeting with the Ambassador X the President said", round 163;
    "Talking about the details of the project the Prime Minister said", round 470): the title
    holder speaks, not the phrase's head."""
    return (
        len(units) > 3
        and units[-1].kind == "ROLE"
        and units[-2].low == "the"
        and _opening_preposition(units)
    )


def _group_after_opening_phrase(units: list[Unit]) -> int:
    """Where "the" opens a group noun's phrase after a prepositional phrase left without its
    comma, opening the sentence ("In that meeting the SIS leaders reiterated", round 508), else
    0."""
    if (
        len(units) < 4
        or units[-1].low not in lx.GROUP_NOUNS
        or not units[0].text[0].isupper()  # not '... to “emphasize the Pacific family,” notes'
        or not (_opening_preposition(units) or units[0].low in _TIME_SPAN_OPENERS)
    ):
        return 0
    for index in range(len(units) - 1, max(1, len(units) - 5), -1):
        unit = units[index]
        if unit.low == "the" and index < len(units) - 1:
            return index
        if (unit.low in lx.GROUP_PREDETERMINERS and index < len(units) - 1) or (
            index > 2 and unit.kind == "WORD" and units[index - 1].low in _PERIOD_NOUNS
        ):  # "Over the past week (various) Spanish officials have expressed": the group's
            # phrase after the time's (round 671)
            return index
    return 0


_TIME_SPAN_OPENERS = frozenset({"over", "throughout"})  # "Over the past week": no preposition
# of lx.PREPOSITIONS
_PERIOD_NOUNS = frozenset({"week", "weeks", "month", "months", "year", "years", "days", "weekend"})


def _object_relative(units: list[Unit]) -> int:
    """Where the subject of an object relative clause starts in a clause read back from a verb
    ("a move that Minister X said could ...": the verb is X's, the move what X spoke of), or 0:
    a determiner, a noun, then "that" or "which"."""
    if len(units) < 4 or units[0].low not in _RELATIVE_HEAD_DETERMINERS:
        return 0
    for index in range(2, min(len(units) - 1, 5)):
        unit, noun = units[index], units[index - 1]
        if unit.low in ("that", "which") and unit.kind == "WORD":
            lowercase_noun = noun.kind == "WORD" and noun.text.islower()
            return index + 1 if lowercase_noun and not noun.low.endswith("ed") else 0
    return 0


def _title_then_predicate(units: list[Unit]) -> int:
    """How many units a title holder's subject takes when an unlisted past predicate naming a
    person follows it before "and" ("The President also met King X and", round 390): the verb
    the clause ends before is the title holder's, not the person's they met; 0 otherwise."""
    count = 0
    while count < len(units) and (
        units[count].kind in ("ROLE", "GPE")
        or units[count].low == "the"
        or (units[count].kind == "WORD" and units[count].low in lx.ROLE_NOUNS)
    ):
        count += 1
    if not any(u.kind == "ROLE" or u.low in lx.ROLE_NOUNS for u in units[:count]):
        return 0
    verb = count
    while verb < len(units) and units[verb].low in _PREDICATE_ADVERBS:
        verb += 1
    if verb >= len(units) - 2:
        return 0
    past = units[verb]
    if past.kind != "WORD" or not past.text.islower():
        return 0
    if not past.low.endswith("ed") and past.low not in _IRREGULAR_PASTS:
        return 0
    return count if any(u.kind == "PERSON" for u in units[verb + 1 :]) else 0


def _counted_holders(head: list[Unit]) -> bool:
    """Whether a subject is a plural title after a group's predeterminer ("several MPs",
    round 110): some holders of it speaking as one, not a person who holds it."""
    return (
        len(head) == 2
        and head[0].kind == "WORD"
        and head[0].low in lx.GROUP_PREDETERMINERS
        and head[1].text.endswith("s")
    )


def _titled_by_body(head: list[Unit], rest: list[Unit]) -> bool:
    """Whether a title noun's phrase ends in a body's name and the name of its holder ("the
    head of the Regional Government Foreign Relations Department Ivo Marsh", round 161): the
    body's name before the person is their title, so the person speaks."""
    return (
        len(rest) >= 2
        and head[-1].kind == "WORD"
        and head[-1].low in lx.ROLE_NOUNS
        and rest[-1].kind == "PERSON"
        and rest[-2].kind == "ORG"
    )


def _two_countries(head: list[Unit]) -> bool:
    """Whether a subject of three or four units is two places joined by "and" ("Vietnam and
    the US") and nothing else."""
    return (
        head[0].kind == "GPE"
        and head[-1].kind == "GPE"
        and head[1].low == "and"
        and (len(head) == 3 or head[2].low == "the")
    )


def _after_determiners(units: list[Unit]) -> list[Unit]:
    """A subject's units past its leading determiners ("the", "its")."""
    while units and units[0].kind == "WORD" and units[0].low in lx.DROPPED_DETERMINERS:
        units = units[1:]
    return units


def _unrecognised_name_word(unit: Unit) -> bool:
    """Whether a unit before "newspaper" may be a word of a name the recogniser left alone: a
    capitalised word that is no people's demonym ("Sankei", not "Japanese")."""
    return (
        unit.kind == "WORD"
        and unit.text[:1].isupper()
        and unit.text not in load().demonyms
        and unit.low not in lx.DROPPED_DETERMINERS
    )


def _newspaper_named(spans: Sequence[EntitySpan]) -> Speaker | None:
    """The one newspaper an article names ("Neue Zürcher Zeitung", "The Japan Times"), which
    "the newspaper" stands for (SOURCES, round 87); None when it names none or several."""
    names = {
        span.text.removeprefix("The ")
        for span in spans
        if span.type in ("ORG", "PERSON") and span.text.rpartition(" ")[2] in _NEWSPAPER_WORDS
    }
    if len(names) != 1:
        return None
    name = names.pop()
    return Speaker(name, fold(name), "ORG")


def _reporter_named(text: str, spans: Sequence[EntitySpan]) -> Speaker | None:
    """The one organisation the article names as reporting ("..., CNN Brazil reported"),
    which "the outlet" or "the newspaper" stands for (round 492); None for none or several."""
    names = set()
    for index, span in enumerate(spans):
        if span.type != "ORG":
            continue
        end = span.end
        after = spans[index + 1] if index + 1 < len(spans) else None
        if after is not None and after.type == "GPE" and after.start == end + 1:
            end = after.end  # "CNN Brazil reported": a network's national edition
        if text.startswith(_REPORTED, end):
            names.add(text[span.start : end].removeprefix("The "))
    if len(names) != 1:
        return None
    name = names.pop()
    return Speaker(name, fold(name), "ORG")


_REPORTED = (" reported", " reports")


def _after_owner(head: list[Unit], text: str) -> list[Unit]:
    """A role's words after the person owning it ("Mr X’s deputy spokesman" -> "deputy
    spokesman"): the owner's name is a determiner, no part of the role's; but "X’s official
    spokesman" is the title of X's post, named whole (rounds 527, 529)."""
    owned = [
        n for n, u in enumerate(head) if u.kind == "PERSON" and text.startswith(_POSSESSIVE, u.end)
    ]
    if not owned or owned[-1] + 1 >= len(head) or head[owned[-1] + 1].low == "official":
        return head
    return head[owned[-1] + 1 :]


def _serves_person(joint: Unit, rest: list[Unit]) -> bool:
    """Whether a title serves the person named right after its preposition ("a spokesman for
    Mr X", "adviser to X"): someone of X's, not X, whom a name after a place would be
    ("Ambassador to Vietnam X")."""
    if joint.low not in _SERVED_JOINTS:
        return False
    named = rest[1:] if rest[0].text.rstrip(".") in _NAME_HONORIFICS else rest
    return bool(named) and named[0].kind == "PERSON"


def _without_common_owner(name: str) -> str:
    """A group's or office's name without a lowercase owner before it (``_COMMON_OWNER``)."""
    owner = _COMMON_OWNER.match(name)
    return name[owner.end() :] if owner is not None else name


def _numeral_led_name_word(word: str) -> bool:
    """Whether a word opening with a numeral is a name's word, its hyphen followed by a
    capital ("5-Star", "7-Eleven"): "X, of the 5-Star Movement, said" names X's party in an
    aside like "of the Green Union" (stfix157), where "5-year" or "10" is no name."""
    hyphen = word.find("-")
    return word[:1].isdigit() and 0 < hyphen < len(word) - 1 and word[hyphen + 1].isupper()
