"""Find statements: direct quotations and reported clauses, each with its speaker.

Follows ``shared/statements/GUIDELINES.md``. Only body paragraphs are read (captions, the
headline and the related-news trailer are not). Double quotations attributed in their sentence
(or the one before or after) are direct statements; each listed verb of communication whose
subject is a speaker (or, for ", adding that ...", whose main clause's subject is) starts a
reported statement that runs to its clause's end. ``subjects`` reads who the speaker is.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter, methodcaller
from string import ascii_letters, ascii_lowercase
from typing import NamedTuple

from diplotui.entities.folding import fold
from diplotui.entities.gazetteer import Entry, Gazetteer
from diplotui.entities.gazetteer import load as load_gazetteer
from diplotui.entities.soft_wraps import soft_wraps_joined
from diplotui.layout import Block, BlockKind, article_blocks
from diplotui.lazy_patterns import lazy_compile
from diplotui.model import EntitySpan, Statement
from diplotui.text import double_quotations, paragraph_sentences

from . import lexicon as lx
from .bodies import ministry_named
from .cast import NO_OFFICE, PARTY_HEAD, Cast, Speaker, one_sentence, parties_named_short
from .countries import country_of
from .gender import SKIPPED_BY
from .subjects import (
    NEWSPAPER_NOUNS,
    PORTFOLIO_LIST_COMMA,
    SUBJECT_REACH,
    TITLE_STOP,
    Subjects,
    Unit,
    bracketed_persons,
    completed_persons,
    dateline_end,
    issued_without_issuer,
    last_word,
    occurrences,
    parenthesised_given_names,
    unrecognised_names,
)
from .verbs import (
    FORMS,
    PARTICLES,
    VERB_RE,
    VerbForm,
    holds_listed_verb,
    listed_verbs,
    scanned_with,
    verbs_and_words,
)

_PARTICLE = lazy_compile(r"\s+(for|on|upon|out)\b")
_CLAUSE_UNITS = 7  # at most, of a short clause before a participle (its subject and verb)
_ADJUNCT_CHARS = 40  # '“...” on Monday morning, X reported': the adjunct before the subject
_HEADLINESE = lazy_compile(r"(?:[A-Z][a-z]+ )?([a-z]+) ([a-z]+s) ")  # "Turkish president says "
_ANONYMITY = (
    *(" not to be named", " not to be identified", " not to be quoted", " anonymity"),
    *(" to remain anonymous", " to stay anonymous", " to remain unnamed"),  # (round 595)
)
_INSISTED_ANONYMITY = (" on anonymity", " on not being named", " on not being identified")
_SHARED_WHERE = (" on ", " via ", " in ", " through ")  # "shared on X that": where, not what
_CHANNEL_REACH = 50  # characters a channel's words ("on his official Twitter account") span
_SHARED_CHANNELS = (
    frozenset({"account", "accounts", "page", "handle", "media", "website", "platform", "channel"})
    | frozenset({"column", "essay", "op-ed", "editorial", "article", "letter", "blog"})  # written
    | lx.PLATFORMS  # ("wrote in an opinion column that he was “proud”"; round 628)
)
_ASIDE_DASH_WORDS = frozenset({"–", "—"})  # "wrote in a column – addressed to Y – that X"
_DESIGNATION = lazy_compile(r"[A-Z][\w’'-]+")  # a peer's place: "of Wimbledon"
_THAT_OR_MARK = lazy_compile(r"\s*(?:that\b|[:,])\s*,?")
_UP_TO_THAT = lazy_compile(  # a title or name quoted among them ("in a “Focus” interview",
    # "in an interview with “TV Pirveli”": up to four words)
    r"\s+((?:(?:[^\s;:\"“”]+|[“\"][A-Z][^\s;:\"“”]*(?: [^\s;:\"“”]+){0,3}[”\"])\s+){1,16}?)"
    r"that\b\s*,?"
)
# a noun set off after a clause to sum it up, before its relative "that" ("X, a position that")
_SUMMARY_APPOSED = lazy_compile(r", (?:a|an) (?:[\w-]+ ){1,2}$")
# "his belief", "the Irish and EU position": modifiers, then what kind of thing is said
_OPINION_BEFORE_THAT = lazy_compile(
    r"(?:the|his|her|their|its|our|an?)\s+(?:[\w’'-]+\s+){0,3}?(\w+)\s+$", re.IGNORECASE
)  # ("a thinly veiled warning": stfix154)
_OPINION_OF_BEFORE_THAT = lazy_compile(  # "reiterated the stance of its minister that X"
    r"(?:the|his|her|their|its|our)\s+(?:[\w’'-]+\s+){0,2}?(\w+)\s+of\s+(?:[\w’'.-]+\s+){1,5}",
    re.IGNORECASE,
)
_WORDS_AHEAD = lazy_compile(r"\s+([\w’'-]+)")
_THAT = lazy_compile(r"\s+that\b\s*")
_JOINED_SUBJECT = lazy_compile(r"\band (?:his|her|their|its|the|a|an) ")  # "X and his aides"
# "said in an editorial that same day that X" (round 108): "that" of a time, then X's
_DEMONSTRATIVE_TIMES = ("same ", "very ", "day ", "morning ", "evening ", "week ")
# "that" naming a time, the tail's last words: "said in a separate release that day."
_TIME_AFTER_THAT = lazy_compile(r"\bthat (?:day|morning|afternoon|evening|night|week)\W*\Z")
_TIME_THEN_THAT = lazy_compile(r"(?:same |very )?(?:day|morning|evening|week) that\b\s*")
_INTRO = lazy_compile(
    r"(?:\s+(?:out|for|on|upon))?(?:\s+[^,:;\"“”.]{1,60}?)?\s*(?:[,:]|\s+that)\s*"
    r"|\s+(?:at|in|during|before|to)\s[^,:;\"“”.]{1,120}?\s+that\s*"  # a long adjunct
)
_INTRO_ENDS = (",", ":", "that")  # what each ``_INTRO`` ends in before spaces: its cheap test
# a typo standing for the colon right after a verb: 'saying; "..."', 'saying’ "..."' (round 336)
_STRAY_INTROS = frozenset({";", "’", "'"})
# a person shown in a clip or picture, a participle after the name: "clips of former
# president X saying", "a video of X saying" (not "with X confirming": X's own words)
_SHOWN_OF = lazy_compile(r"\bof (?:the |former |late )?(?:[a-z]+ ){0,2}(?:[A-Z][\w’'.-]* ){1,4}$")
# a question set off after a verb, before the quotation answering it (round 293)
_ASKED_ASIDE = lazy_compile(r", when asked [^:;]{1,160}: ")
_CLAUSE_JOINED = (", and ", ", but ")  # a clause joined after an inserted attribution
_JOINED_AFTER_MARK = frozenset({" and ", ", and ", " but ", ", but "})  # a predicate joined
_ADJUNCT_BEFORE_QUOTATION = lazy_compile(r" (?:at|in|on|during|before|after) [^,:;\"“”.]{1,60} ")
_ACCORDING = lazy_compile(  # "In a statement made by X, Y" is X's, as "According to X, Y"
    r"\b[Aa]ccording to\b|\b[Aa]ccording(?= [A-Z])"  # a page that drops "to": "According X,
    # Y", "Y, according Foreign Ministry official X" (round 374)
    r"|\bIn (?:a|an|its|their|the) (?:\w+ )?statement (?:made|issued|released|posted) by\b"
    r"|\bAs (?:said|stated|announced|noted|confirmed|pointed out) by\b"  # "As said by X, Y"
    r"|\bAs (?:said|stated|announced|noted|written) in (?:a|an|its|their|the|his|her) "
    r"statement (?:of|by)\b"
    r"|\bAs per\b"  # "As per MEA, X": Indian English's "According to" (round 607)
)
_RELAYING = lazy_compile(r" (?:citing|quoting) ")  # a source relaying another's words
# a word opening a clause right after a source named with no comma ("According to the
# Department of Health this has placed ..."): no part of the source's name
# "As said by the ministry spokesperson, X" (round 483): a passive with its agent opening the
# sentence attributes its clause, as "According to X, Y"; "As " first, its word's start checked
# after: the pattern then has a literal prefix, so its search over a whole text skips in C
# to each "As " instead of trying \b at every offset (~40 times cheaper)
_AS_SAID_BY = lazy_compile(
    r"As (?<!\wAs )(?:(?:said|stated|announced|noted|confirmed|pointed out) by\b"
    r"|(?:said|stated|announced|noted|written) in (?:a|an|its|their|the|his|her) statement\b)"
)  # "As written in the statement of X, Y": the statement's issuer's, as "In a statement
# issued by X, Y" (round 632)
_CLAUSE_OPENING_WORD = lazy_compile(r" (?:this|these|there|it|he|she|they|we)\b")
_OBJECT_PRONOUNS = ("him ", "them ", "her ")  # "According to him X": a source, no comma
_PRONOUN_THEN_CLAUSE = lazy_compile(
    r"(?:him|them|her)(?= (?:the|this|these|there|it|he|she|they|we|a|an|all)\b)"
    r"|(?:him|them)(?= [A-Za-z])"
)
_RELATIVE_OPENERS = ("which ", "who ", "whose ")  # an aside on a source, not its words
_CLOSING_STOPS = (".", "!", "?", ".”", '."', "?”", "!”")  # a sentence's last characters
_NAMED_TERM = lazy_compile(  # 'the narrative about the "..."', 'the so-called "..."', 'chants
    r"(?:so-called|(?:narrative|notion|concept|term|slogans?|chants?|songs?|label|myth|rhetoric)"
    r"(?: (?:of|about|like|such as))?(?: the| a| an)?) $"  # like "..."' (round 638)
)
_AS_CLAUSE_REACH = 40  # characters from "As" to its verb, and from the verb to the comma
_ENDORSED_POST = lazy_compile(
    r" (?:liked|retweeted|reposted|re-posted|endorsed) (?:a|an|the) (?:[\w-]+ )?"
    r"(?:post|tweet|message|video)(?: on [\w.]+)? $"
)
_OBLIGING_MODALS = frozenset({"must", "should"})  # "firms must ask “...”": told what to say
_QUOTATION_RIGHT_AFTER = (" “", ' "')
_CONNECTIVES = frozenset(
    {"in addition", "additionally", "moreover", "furthermore", "however", "meanwhile", "also"}
    | {"besides", "further", "likewise", "at the same time", "nevertheless", "still", "yet"}
)
# a clause's joint right before "according to X, Y" ("..., where according to X, Y"): Y is X's
_HONOURED_OPENING = lazy_compile(
    r"\. (?:Mr|Ms|Mrs|Dr)\.? (?:[A-Z][\w’'-]+ ){1,3}"
)  # ". Mr. X said"
# whom words are told, as one plural or collective noun ("told supporters he ...", round 621)
_TOLD_NOUNS = (
    "reporters|journalists|media|press|supporters|audience|crowd|lawmakers|legislators|"
    "parliament|delegates|students|listeners|viewers"
)
_TOLD_WHOM = lazy_compile(  # an addressee of one word or a name ("Middle East Eye"; round 593),
    # then the told clause's subject
    rf" (?:(?:the )?(?:{_TOLD_NOUNS}|[A-Z][\w-]+(?: [A-Z][\w-]+){{0,2}})"
    r"|(?:an?|the) (?:[\w-]+ ){0,2}?(?:conference|briefing|rally|meeting|gathering|forum))"
    # or an event, those at it ("told a press conference he must ..."; stfix152)
    r"(?= (?:he|she|they|it|we|I|the|this|there|his|her|their|its) )"
)
_CLAUSE_SUBJECT = r"(?= (?:he|she|they|it|we|I|the|this|there|his|her|their|its) )"
# newuser42: where or when the words were told, between whom and the told clause ("told
# reporters at a Cabinet meeting the deal would ...", "said on X the leaders discussed ..."): the
# clause is what was said, from its subject
_TOLD_WHOM_WHERE = lazy_compile(
    rf" (?:the )?(?:{_TOLD_NOUNS}|[A-Z][\w-]+) (?:at|during|after) (?:a|an|the)"
    r" (?:[\w-]+ ){0,3}?(?:meeting|briefing|conference|event|session|summit|interview|hearing)"
    + _CLAUSE_SUBJECT
)
# a time adverbial between a verb and its clause: "said last week he ...", "said earlier this
# month his country ..." (newuser51: "earlier" alone was taken, the span opening "this month"),
# "said on social media July 26 he ..." (a day of the month only before the clause's subject:
# "said July 26 was ...")
_TIME_SAID = (
    r"(?:(?:(?:earlier|later) )?(?:last|this) (?:week|month|year)|yesterday|earlier|recently"
    r"|(?:on )?(?:(?:late|early) )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?: (?:morning|afternoon|evening|night))?"
    r"|(?:on )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?"
    r"(?= (?:he|she|they|we|I|his|her|their|its) )"  # not "said May 1 this year will"
    r"|(?:on|for) (?:his|her|their|its) part)"  # "said on his part X" (round 394)
)
# a date after the verb set off by commas ("announced on Sunday, October 12, X", "said on
# May 4, 2025, X"): when, not what
_DATE_SET_OFF = lazy_compile(
    r" on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?, "
    r"(?![a-z]+ing\b)"  # not "said on May 4, adding that X": the participle's own
)
_ON_PLATFORM = lazy_compile(
    r" on (?:X|Twitter|Facebook|Telegram|Instagram|Truth Social|social media)"
    r"(?: " + _TIME_SAID + ")?" + _CLAUSE_SUBJECT
)
# "explained the plan to the Courier: “...”": what was explained and to whom, then the words
# quoted after the colon (newuser42): only a topic, no content of its own
_TOPIC_BEFORE_QUOTATION = lazy_compile(
    r" (?:the|his|her|their|its|this) [a-z]+(?: [a-z]+)?"
    r"(?: to (?:the )?[A-Z][\w’'-]*(?: (?:of )?[A-Z][\w’'-]*){0,4})?: ?[“\"]"
)
# a listed verb's object that only names the words quoted after the colon ("stressing his
# creed: “...”", "reiterated her message: “...”"): a kind of speech, no content of its own
# (GUIDELINES Decisions; round 605)
_SPEECH_KIND_REACH = 20  # characters from the verb to that colon at most
_SPEECH_KIND_QUOTED = lazy_compile(
    r" (?:the|his|her|their|its|this|our) (?:creed|motto|mantra|slogan|message|point|words"
    r"|position|stance|reasons|refrain|plea|appeal|answer|reply|response): ?[“\"]"
)
_WHEN_THEN_PRONOUN = lazy_compile(r" (?:he|she|they|we|I) ")  # "said last week he had hope that"
_NAME_WORDS = 5  # words a quoted name holds at most
_BARE_CONTENT_WORDS = 3  # words a clause before "according to X" without a comma holds at least
# (and "X, since, according to Y, Z", "because according to Y, Z": a reason the source gives,
# the clause before it the reporter's; round 386)
_JOINT_BEFORE_ACCORDING = (
    " and ", " where ", " when ", " where, ", " when, ",
    " since, ", " since ", " because, ", " because ", " but, ", " but ",
)  # fmt: skip
_ACCORDING_AFTER = lazy_compile(r"[ ,]*according to\s+")
# "According to the statement X ...": an issued text's noun, no comma, then its content
_ISSUED_SOURCE_UNCOMMAED = lazy_compile(
    r" ?(?:the|this|that|its|their|his|her) (?:statement|readout|release|communiqu[eé])(?= [A-Z])"
)
_UNCOMMAED_CONTENT_WORDS = 5  # words before "according to" with no comma: a clause's content
# "according to his spokesperson", "according to a statement from her office": the subject's own
_QUOTATION_THEN_COMMA = (",” ", '," ')  # a quotation closing before ", according to"
_OWN_POST = lazy_compile(  # "according to her post on X" after a quotation: the subject's
    r" (?:his|her|its|their) (?:[\w-]+ )?(?:post|posts|statement|message|tweet|letter|speech)\b"
)
_OWN_CHANNEL = lazy_compile(
    r", according to (?:an? [\w ]{1,30}? (?:from|by|of) )?(?:his|her|its|their) "
)
_CHARACTERISING = lazy_compile(  # then an object and the quotation: what something was called
    r"(?<![\w-])(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|describ(?:e|es|ed|ing)|term(?:s|ed|ing)"
    r"|dub(?:s|bed|bing)?|label(?:s|led|ed|ling|ing)?|accus(?:e|es|ed|ing)|lambast(?:s|ed|ing)?"
    r"|deem(?:s|ed|ing)?|hit(?:s|ting)? out at|lash(?:es|ed|ing)? out at"
    r"|blam(?:e|es|ed|ing)"  # 'blamed “foreign intervention” for X' (round 335)
    r"|credit(?:s|ed|ing)"  # 'credited “closer ties” for X', blame's converse (round 649)
    r"|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing))"  # 'condemned the raid of “terrible
    # attacks”': what was condemned, in the condemner's words (round 638 residue)
    r"(?= (?:[^.;:“”\"]|\.(?=\S| [A-Z])|(?<=\.[A-Z])\.){0,90}$)"  # "called U.S. Ambassador X’s
    # presence “...”", "calling E.U. approaches “...”": an initialism's last stop
    # the verbs of judging that characterise with "as" ("dismissed the reports as "absurd"")
    r"|(?<![\w-])(?:dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|hail(?:s|ed|ing)?"
    r"|critici[sz](?:e|es|ed|ing)"  # 'rejected the allegations as “absurd.”' (round 460)
    r"|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|characteri[sz](?:e|es|ed|ing)"
    r"|portray(?:s|ed|ing)?|refer(?:s|red|ring)? to|regard(?:s|ed)?|view(?:s|ed)?"
    r"|cit(?:e|es|ed|ing))"  # "citing Vell as a “model”" (round 308)
    r"(?= [^.;:“”\"]{0,90} as (?:an? |the )?(?:[a-z]+ of (?:an? |the )?)?$)"  # "as an act of
    # “...”": what it was called, a noun's complement (round 574)
    r"|(?<![\w-])liken(?:s|ed|ing)?(?= [^.;:“”\"]{0,90} to $)"  # "likened them to "...""
    r"|(?<![\w-])declar(?:es|ed)(?= as (?:an? |the )?$)"  # "what X declared as the “...”":
    # listed, its object gapped (a free relative's), "as" and the quotation characterising,
    # as "described as" (stfix149)
    r"|(?<![\w-])cit(?:e|es|ed|ing)(?= (?:the |an? )?(?:[a-z]+ of (?:the |an? )?)?$"
    r"|(?<=, citing) (?:his|her|its|their) $)"
    # 'citing the “uncertainty ...”': the words the reason was given in (rounds 198, 463), 'a
    # lack of “consensus”' too, the noun's complement (round 599); ', citing his “reckless
    # actions”': an aside after the clause, the owner's (round 589)
    r"|(?<![\w-])caution(?:s|ed|ing)? against $"  # 'cautioned against “...”': an
    # unlisted verb of warning, the quotation its object (newuser41)
    r"|(?<![\w-])(?:speak(?:s|ing)?|spoke|talk(?:s|ed|ing)?) of (?:an? |the )?$"  # 'spoke
    # of “progress”': an unlisted verb of speech, the quotation its object (round 576)
    r"|(?<![\w-])(?:prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|laud(?:s|ed|ing)?"
    r"|thank(?:s|ed|ing)?|salut(?:e|es|ed|ing))"  # 'Saluting X for his “...”' (round 590)
    r"(?= [^.;:“”\"]{0,60} for [^.;:“”\"]{0,40}$)"  # 'praised X for its “proud” support': the
    # praise's words (round 495), and the thanks' ('thanked X for making "sincere efforts"',
    # round 517)
)
# what every alternative of ``_CHARACTERISING`` opens with: a window holding none has no match
_CHARACTERISING_STEMS = (
    *("call", "brand", "describ", "term", "dub", "label", "accus", "lambast", "deem", "hit"),
    *("blam", "credit"),
    *("lash", "dismiss", "reject", "hail", "critici", "condemn", "denounc", "prais"),
    "characteri",
    *("portray", "refer", "regard", "view", "liken", "cite", "citing", "caution", "laud"),
    *("declared as", "declares as"),
    *("thank", "salut"),
    *("spoke of", "speak of", "speaks of", "speaking of"),  # not "spokesman", "speaking at"
    *("talk of", "talks of", "talked of", "talking of"),
)
_UNLISTED_PARTICIPLES = (  # end a reported clause (SOURCES, rounds 21, 29, 31, 36)
    r" (?:while |whilst )?"  # "told X that Y, while praising Z as “...”" (round 596)
    r"(?:[a-z]+ly )?"  # "specifically referencing" (round 287)
    r"(?:calling|branding|describing|terming|dubbing|labell?ing|accusing"
    r"|lambasting|deeming|mentioning|indicating|hinting|citing|hoping|commending|praising"
    r"|welcoming|thanking"
    r"|hailing|lauding|applauding"  # "called for X, hailing it as a “...”" (stfix155): praise,
    # as "praising", its quotation direct
    r"|claiming|alleging|promising|assuring"  # unlisted: "suggested that X, claiming, “Y”",
    # "emphasized that X, promising that Y" (round 622)
    r"|posting|tweeting"  # "confirmed the signing, posting a photograph of herself with Y"
    # (round 646): what was done besides, the Decisions' unlisted "post" and "tweet"
    r"|implying"  # "noted that X “would happen at Y,” implying that Z" (round 643): the
    # reporter's reading of X, as "indicating"
    r"|referencing)\b"  # ", specifically referencing" (round 287)
    # "called for X, demanding that Y": an unlisted verb's own clause (round 311)
    r"|, demanding(?= (?:that|the|an?|its|their|his|her)\b)"
    # "expressed her hope for X, expressing a desire to Y": a participle of its own, its object
    # content or not (the Decisions' span end; stfix153), not "while expressing" inside it
    r"|, expressing\b"
    # the audience's reaction, the reporter's: "told parliament that X, gathering loud
    # applause" (round 634); not "prompting a counteroffensive", often the speaker's
    r"|, (?:gathering|drawing|earning|prompting)"
    r"(?= (?:[a-z]+ ){0,2}(?:applause|cheers|laughter|ovation|boos|jeers)\b)"
)
_UNLISTED_PARTICIPLE = lazy_compile(rf"(?:,[”\"]?| —| –){_UNLISTED_PARTICIPLES}")
# the same after a comma only: opening with it, the engine looks for that one character, where
# the dashes' space had it try the participles at every space (most texts hold no dash)
_UNLISTED_PARTICIPLE_AFTER_COMMA = lazy_compile(rf",[”\"]?{_UNLISTED_PARTICIPLES}")


def _unlisted_participle(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_UNLISTED_PARTICIPLE`` searched in ``text[start:end]``, after a comma only where the
    range holds no dash."""
    dashed = text.find(" —", start, end) >= 0 or text.find(" –", start, end) >= 0
    pattern = _UNLISTED_PARTICIPLE if dashed else _UNLISTED_PARTICIPLE_AFTER_COMMA
    return pattern.search(text, start, end)


_RELATIVE_CHARACTERISING = lazy_compile(  # ", which he described as": see _UNLISTED_PARTICIPLE
    # the speaker by pronoun or by name (", which Obermann called": round 610)
    r", which (?:he|she|they|it|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?:also )?"
    r"(?:described|called|termed|dubbed|labell?ed"
    r"|branded|characteri[sz]ed)\b"
)
# "continued by", before a gerund; "opened the talks by" too, a short object between (round 276)
# the verb a manner's "by" follows: a past, or a present ("continues to X by expressing Y",
# stfix144) not ending in "ss"; its object and adjuncts after it, six words at most
_VERB_THEN_BY = lazy_compile(
    r" ([a-z]+ed|began|[a-z]{2,}[^s\W]s)(?: (?:[a-z]+|[A-Z][\w’'-]*)){0,6} by $"
)
_BY_REACH = 80  # characters a manner's verb and its words span before "by" and the gerund
_SUBORDINATORS = (" after ", " when ", " since ", " before ")
_CONTRASTING = (" while ", " whereas ")  # a contrasted clause's opening: "X met, while Y sought"
# a document's noun, its issuer, then "that read," before the quotation of its words
_READ_ENDINGS = (" read, ", " read: ", " reads, ", " reads: ")
_ISSUER_READ = lazy_compile(
    r" (?:page|headline|statement|post|banner|letter|message|notice|sign|poster|caption)s?"
    r" (?:of|by|from) ((?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,5})"
    r" (?:that|which) reads?[,:] $"
)
_ISSUER_READ_REACH = 120  # characters before the quotation
_PARTICIPLE_OPENING = lazy_compile(r"[a-z]{3,}ing ")  # a participle's phrase after its comma
_DESCRIBED_SUBJECT_WORDS = 4  # lowercase words at most before a subordinate clause's subject
# conjunctions opening a sentence's first clause ("When China objected ..., the ministry said")
_OPENING_SUBORDINATORS = frozenset({"when", "after", "as", "while", "once", "since", "because"})
_OWNERS = ("His ", "Her ", "Its ", "Their ")  # opening a sentence's subject
_SAYERS = lx.GROUP_NOUNS | {"he", "she", "they"}  # who may say a relative clause's rest
# a relative pronoun (or a noun, before a pronoun), then a group or a pronoun saying what the
# relative clause goes on with: "militant groups who analysts say are trying to", "a deal
# which they said would", "something he said had been happening", "what he says was"; the
# group's noun with up to three modifiers ("which pro-European opposition groups say was"), and
# a contact clause after an article's noun ("in a move human rights activists say was aimed at
# X", round 622)
_RELATIVE_THEN_SAYER = lazy_compile(
    r"\b(?:who|that|which|[a-z]+(?= (?:he|she|they) )|(?:a|an|the) [a-z]+)"
    r" ((?:(?!(?:who|that|which) )[\w’'-]+ ){0,3}([a-z]+)) $"
)
_RELATIVE_SAYER_REACH = 60
_AUXILIARY_AHEAD = tuple(f" {word} " for word in sorted(lx.AUXILIARIES | lx.BE_FORMS))
_AS_A = (" as a ", " as an ", " as the ", " as one ")  # a description after a verb, no clause
# a relative clause whose pronoun is the verb's object, its subject a few words: "which X"
_OBJECT_RELATIVE_BEFORE = lazy_compile(r"\b(?:which|whom) (?:[\w’'.-]+ ){1,4}$")
_OBJECT_RELATIVE_REACH = 50
_OWNED_HEAD_WORDS = 3  # at most, of a possessive's noun and its modifiers: "His immigration agenda"
_OWNED_HEAD_REACH = 60  # characters they fill
# '“A,” said X, after claiming that “B”': an adjunct's participle introducing a quotation
_ADJUNCT_UNLISTED_PARTICIPLE = lazy_compile(
    r", (?:after|before|while|when|by) ([a-z]+ing)(?: that)? $"
)
_THAT_OR_ING_END = ("ing ", " that ")  # what such a head ends in: its cheap test
# '“A,” said X, a student, denouncing “B”': an attribution with its aside, then a participle
# quoting (no second clause between: no "and", "while", "but" or semicolon)
_PARTICIPLE_AFTER_ATTRIBUTION = lazy_compile(
    r",? (?:(?! and | while | but )[^;:“”\"])+, ([a-z]+ing) (?:(?:the|a|an|his|her|their|its) )?"
)
# participles that are prepositions or name no speech: '“A,” X said, including “B”'
_NOT_SPEECH_PARTICIPLES = frozenset(
    {"including", "following", "regarding", "concerning", "according", "during", "being"}
)
_ACTING_PASTS = frozenset(  # irregular pasts of a subordinate clause's own verb
    {"left", "met", "went", "came", "made", "gave", "took", "spoke", "held", "sent", "flew"}
    | {"sought", "began", "brought", "kept", "chose", "won", "lost", "fought"}  # (stfix149)
)
_HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "dr"})  # a recognised name's, left out of it
_BRACKETED_GIVEN_NAME = lazy_compile(r"\([A-Z][a-z]+\) [A-Z]")  # "Mr. (Ana) Lopez"
_SQUARED_GIVEN_NAME = lazy_compile(r"\[[A-Z][a-z]+\] [A-Z]")  # "President [Ana] Lopez"
_CREDIT_WORDS = 8
_WHO_QUOTING = lazy_compile(r"(?:[a-z]+ly )?[a-z]+ed ")  # "who (firmly) rejected “...”"
_AS_PUT_IT = lazy_compile(r"\bas ([^,;:“”\"]{2,60}?) (?:has |had )?put it[ ,–—-]*$")
_OPINION = lazy_compile(r"\s*(?:In|To) (his|her|their) (?:opinion|view|words), ")
# an attribution inside a quotation's marks, set off by dashes: "A, – he said. – B", or with
# no comma before an inverted one: "A – denounced the minister, in Rome – B"
_DASHED_ATTRIBUTION = lazy_compile(r"(,?) [–—] ([^–—“”\"]{4,60}?)[.,]? [–—] (?=\w)")
_INVERTED_ASIDE = lazy_compile(r"([a-z]+) (?:the |[A-Z])")  # "said the minister", "said Ivo Marsh"
_NAME_WORDS = 4  # at most, of a name the recogniser missed
_RUN_BY = ("-run", "-owned", "-controlled", "-backed")  # "the state-run" outlet
_CREDIT_HONOURS = lazy_compile(r"(?:(?:Hon|H\.E|Dr|Mr|Mrs|Ms|Prof)\.? )+")
# what takes a gerund's subject as its object: "This follows [the government] saying X"
_GERUND_OBJECT_OF = lazy_compile(r"\b(?:follows|followed|comes after|came after) (?=\S+ \S)")
_WHEN_SAID = lazy_compile(r"\s+" + _TIME_SAID + r"\b(?![,’'-]| that\b| to\b)")  # no "that"
_BY = frozenset({"by", "from", "of"})  # who issued a document
# a dash opening an aside on a noun ("reports- a fact he claims", "... – an act"), not a
# dateline's ("AMMAN - X")
_ASIDE_DASHES = ("- a ", "– a ", "— a ", "- an ", "– an ", "— an ")
_FOREIGN_OFFICE = "Foreign Office"  # a foreign ministry's short name, Britain's and others'
_DIPLOMATIC_SERVICE = "diplomatic service"  # "the Brazilian diplomatic service": its ministry
_ISSUED_BY_WORDS = frozenset({"issued", "released", "published", "posted", "made", "by"})
_STATEMENT_BY = lazy_compile(r"statement (?:made|issued|released|posted) by")
_STATEMENT_BY_ISSUER = lazy_compile(  # the adjunct closing a clause: "in a statement by X"
    r" in (?:a|an|the) (?:[a-z]+ )?statement (?:(?:issued|released|posted) )?(?:by|from) "
)
_NAME_AND_TITLE_WORDS = 8  # "Attorney General Pamela Bondy", "its foreign minister Karl Berger"
_STATEMENT_BY_REACH = 120  # characters of "in a statement by" and such a name, at a clause's end
_QUOTE_OR_ACCORDING = lazy_compile(r"[\"“”]|ccording |statement \w+ by|As per ")
_CONTINUED_PREDICATE = lazy_compile(  # a verb phrase, not a relative clause or a participle,
    # nor a prepositional phrase closing a clause the source follows ("More than 1,700 people
    # were killed, according to X, in a region of the coast": round 623)
    r",\s+(?!(?:who|which|whose|where|when|and|but|while|as|in|on|at|from|for|with|after"
    r"|before|during|since|across|amid|near|over|under)\b|\w+ing\b)([a-z]\w*)\b(?!\s*,)"
)
_RELATIVE_BEFORE_SOURCE = (", which", ", who")  # "A, which, according to X, did B"
_SUBJECT_WORDS = 4  # words at most of a subject a relative clause follows ("Sandro Abesadze")
_QUOTATION_AFTER_COMMA = (", “", ', "')
_CONJUNCTION_BEFORE_SOURCE = (" and", " but")  # "A did B and, according to X, did C"
_WHO_BEFORE_VERB = lazy_compile(r", who (?:also |has |had |have |had also |has also )?$")
_RELATIVE_AFTER = lazy_compile(r",? (?:who|which|whose) ")
_COORDINATED = (", and", " and", ", but", " but")  # at a subject's end, before spaces
# a list of predicates in the past: its first after the subject, its last after "and"
_PAST_PREDICATE = lazy_compile(r" [a-z]{3,}ed ")
_LAST_PREDICATE = lazy_compile(r",? and [a-z]{3,}ed ")
# a subject in capitals and its present tense opening a headline's first predicate
_HEADLINE_PREDICATE = lazy_compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3} [a-z]{3,}s ")
# the clause after the second predicate: a determiner, a noun in lower case and more words
_WORDS_AFTER_PREDICATE = lazy_compile(r" (the|a|an|its|their|his|her) ([a-z]+)(?: [\w’'‘-]+){3}")
_ROLE_ENDS = ("man", "woman", "person", "ist", "er", "or", "ian")  # "spokesman", "minister"
_JOINT_BEFORE_QUOTATION = lazy_compile(r"[,;]?\s+(?:and|but)\s*$")
_CLOSING_MARK = lazy_compile(r"[,.!?]?[\"”](?![\w“])")  # not one opening a quotation after it
_STOPS = (".", "!", "?")  # a sentence's end, before a mark reopening a quotation
_CLOSING_RUN = lazy_compile(r'[ .”"]*')  # what may follow a verb closing its sentence: matched,
# not a slice of the sentence's rest stripped (a long sentence's every verb copied its rest)
_PRONOUN_TYPES = {"he": "PERSON", "she": "PERSON", "they": "GROUP", "it": "ORG"}
_INFINITIVE_OBJECT_REACH = 30  # characters from a participle's object to its "to"
_CLAUSE_OPENERS = (" that ", " which ", " who ", " whose ", " while ", " as ", " after ")
_QUOTATION_JOINTS = (", ", "; ", " and ", " but ")  # before a quotation a clause coordinates
_COMMA_BEFORE = lazy_compile(r",[\"”’]?\s")
_COMMA_WALK = 600  # characters ``_Finder._last_comma`` reads back by ``rfind``
# the first of the reporter's own clauses (one search for them all: a literal ", " leads it)
# "Norland says X. Its Foreign Minister Y made the remarks in Z.": who spoke for the country
_REMARKS_MADE = lazy_compile(r" made (?:the|these|those|such) (?:remarks|comments|statement)\b")
# what the speaker left unsaid, in the reporter's words ("X, without specifying whether Y")
_LEFT_UNSAID: tuple[str, ...] = ("specifying", "saying", "giving", "elaborating", "providing")
_LEFT_UNSAID += ("naming", "mentioning", "detailing", "explaining", "disclosing", "revealing")
_WITHOUT_DETAILS = tuple(f", without {doing} " for doing in _LEFT_UNSAID)
# the reporter's clauses that open with ", " (one search: the engine scans for the literal it
# leads with) and the dashed rest (" – a move ": with them, it tried the phrases at every space)
_REPORTER_PHRASES = lx.REPORTER_CLAUSES + _WITHOUT_DETAILS
_ATTITUDE_JOINED = lazy_compile(  # a predicate of an attitude joined after a reported clause
    r"(?<!ed),? and (?:also )?(?:praised|welcomed|thanked|commended|hailed|lauded|congratulated) "
)  # (not a passive's pair: "were greeted and welcomed by X")
_REPORTER_CLAUSE = lazy_compile("|".join(re.escape(p) for p in _REPORTER_PHRASES if p[0] == ","))
_DASHED_REPORTER_CLAUSE = lazy_compile(
    "|".join(re.escape(p) for p in _REPORTER_PHRASES if p[0] != ",")
)
_SOURCE_VERBS = ("reported", "reports", "wrote", "writes", "quoted")
# when the source reported it: "..., The Arab Weekly reported on January 10th." (round 634)
_SOURCE_WHEN = (
    r"(?: on [A-Z][a-z]+(?: \d{1,2}(?:st|nd|rd|th)?)?"  # "on Friday", "on January 10th"
    r"| on \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+| today| yesterday| earlier)"  # "on 10 January"
)
_SOURCE_VERB_DATED = lazy_compile(rf"(?:{'|'.join(_SOURCE_VERBS)}){_SOURCE_WHEN}$")
_SOURCE_DATED_REACH = 40  # characters of "reported on Wednesday September 10th"
_SOURCE_CLAUSE = lazy_compile(  # after a quotation's closing mark too: '“...,” the Daily reported'
    r",[”\"]?\s+(?:the\s+)?[\w’'. -]{1,40}?(?<! the)(?<! these)(?<! those)\s+(?:"
    + "|".join(_SOURCE_VERBS)
    + rf"){_SOURCE_WHEN}?\s*[.!?]?\s*$"
)  # not a noun after its determiner: "..., he said, went on despite the reports."
_TRAILING = " \t.,;:"
_ELLIPSIS_ONLY = "… "  # a headline teaser's "says…": no words said
_CONTENT_CHARACTER = lazy_compile(r"[^ \t.,;:\"”]")  # what ``_TRAILING`` and closing marks are not
_SHARED_CONTENT = lazy_compile(
    r"(?:view|opinion|perspective|experience|information|idea|thought|insight|stor|lesson|"
    r"assessment|belief|hope|vision|concern|recommendation|proposal|message|knowledge)"
)
_CLAUSE_NOUN = lazy_compile(  # nouns besides ``_SHARED_CONTENT`` a that-clause may complete
    r"(?:recognition|understanding|sentiment|conviction|position|fact|news|feeling|observation|"
    r"expectation|determination|desire|wish|impression|sense|consensus|certainty|confidence)"
)
# the prepositions of a topic ("insights into the talks" too: what kind, on what; stfix147)
_TOPIC_PREPOSITIONS = r"(?:on|about|regarding|concerning|with|into)"
_ON_A_TOPIC = lazy_compile(rf"\s+{_TOPIC_PREPOSITIONS}\s+[^,;:]*[.;]?$")
# the topic phrase closed by a comma, a participle of its own after it ("shared his thoughts
# on the situation in a post, saying, “...”": what about, then what was said; stfix145)
_ON_A_TOPIC_COMMA = lazy_compile(rf"\s+{_TOPIC_PREPOSITIONS}\s+[^,;:]*, ")
_HEADLINE_WORDS = 20
_SHORT_WORD = 3  # letters of the words a title-cased headline may leave in lower case ("of")
_CLAUSE_SUBJECT_WORDS = 5  # "the Norland foreign ministry would": a subject and an auxiliary
# words that open a clause or phrase of their own between a reported clause's subject and verb
_CLAUSE_BREAKING_WORDS = frozenset(
    {"which", "who", "whom", "whose", "where", "when", "while", "and", "but", "or"}
    | {"in", "on", "at", "with", "during", "after", "before", "about", "to", "for", "of"}
)
_ASIDE_REACH = 120  # characters of a participle's aside inside a reported clause
# a line of links to other stories, however long ("READ MORE: A ...READ MORE: B, 28, ..."): no
# body, so a quotation running over the paragraphs around it runs on (round 579)
_LINK_LABELS = (
    *("READ MORE", "READ ALSO", "ALSO READ", "RELATED NEWS", "RELATED:"),
    *("Read more:", "Read More:", "Read also:", "Also read:", "Also Read:"),
)
_DEK_OPENING = 40  # characters of a dek the body repeats
_DEK_LABEL = lazy_compile(r"(?:[A-Z][\w’'.-]* ){0,3}[A-Z][\w’'.-]*: [\"“]")  # 'Macron: "'
_HEADLINE_SUBJECT_WORDS = 6  # the words a headline's subject opens with ("The foreign ministers")
_IN_A_STATEMENT = lazy_compile(
    r"(?:\s+on\s+\w+)?\s+in\s+(?:a|an|its|their|the|another)\s+(?:\w+\s+)?statement"
)
# a participle after the statement it is said in: "described it in a statement saying that"
_STATEMENT_BEFORE = lazy_compile(r"in (?:a|an|its|their|another) (?:\w+ )?statement,? \Z")
_STATEMENT_BEFORE_REACH = 40
# a document fronted before its issuer, the subject: "In the communique, Mr X said"
_DOCUMENT_FRONTED = lazy_compile(
    r"In (?:a|an|its|their|his|her|the) (?:[a-z]+ )?(?:[A-Z][a-z]+ ){0,3}"
    r"(?:statement|communiqu[eé]|release)"
    r"\)?(?:,? ?(?:issued|released|published) [^,.;:“”\"]{2,40})?, "  # "issued early Saturday"
    r"(?:[^,.;:“”\"]{2,50}|[^,.;:“”\"]{2,40} including [^.;:“”\"]{2,250})\Z"  # or a group
    # listing its members: "leaders including A, B, and C" (round 576)
)
_DOCUMENT_FRONTED_REACH = 400
# the document a clause is said in, then the clause's subject: "said in a joint statement they"
_IN_STATEMENT_THEN_CLAUSE = lazy_compile(
    r" in (?:a|an|its|their|the) (?:[a-z]+ )?(?:statement|communiqu[eé]|release) "
    r"(?=(?:they|he|she|it|the|its|their|there|this) )"
)
_CUT_OFF_WORDS = 8
_OBJECT_WORDS = 6  # how far an object's head noun may stand after its verb
_OPENING_BODY_WORDS = 8  # "- The west African regional bloc ECOWAS on": a subject and a word
# verbs that restate what was said or felt before: their object may be an attitude
_RESTATING = frozenset({"reiterate", "reaffirm"})
# a stance named by a demonstrative alone, nothing after it: one told before, no content
_DEMONSTRATIVE_OBJECTS = (" this ", " that ", " the same ")
_STANCE_RESTATED = lazy_compile(r" (?:this|that|the same) (?:stance|position|view|line|stand)[,.;]")
# a position owned and named with its topic only, up to the clause's end: "their joint stance
# on the dam", "the position of the Foreign Ministry regarding X" (round 640), not "its stance
# on rejecting X" nor "its position on X that Y"
_STANCE_ON_TOPIC = lazy_compile(
    r" (?:their|its|his|her|our|the) (?:[a-z-]+ ){0,2}(?:stance|position|views?)"
    r"(?: of (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)?"
    r" (?:on|regarding|over|concerning|towards?) (?!not\b|[a-z]+ing\b)(?:(?! that )[^,.;:“\"])*"
    r"(?=[,.;]|$)"
)
# verbs whose object may name a point without making it (most verbs are "said": not asked)
_POINTING = frozenset(
    {"stress", "emphasise", "emphasize", "underscore", "highlight", "reiterate", "reaffirm",
     "note", "point", "explain", "affirm"}
)  # fmt: skip
# the subject's own standing as the whole object: "underscored its expanding relevance."
_OWN_STANDING = lazy_compile(
    r" its (?:[a-z-]+ ){0,3}(?:relevance|significance|importance|stature|standing|clout"
    r"|influence|weight)(?=[,.;]|$)"
)
_EVENT_SUBJECTS = frozenset({"summit", "meeting", "visit", "conference", "forum", "talks"})
_EVENT_WORD_REACH = 12  # characters before a verb its subject's last word stands in
# a position named by its owner alone, the clause ending there: "the UN’s position, saying"
_STANCE_OWNED = lazy_compile(
    r" (?:(?:their|its|his|her|our|the) |(?:the )?(?:[A-Z][\w.-]* ){0,3}[A-Z][\w.-]*[’']s? )"
    r"(?:stance|position|views?|line|stand)(?=[,.;]|$)"
)  # not "Sri Lanka’s neutral position": what the position is, its content (round 314)
# an attitude's noun right after its verb, owned and qualified at most ("his deep gratitude")
_ATTITUDE_OBJECT = lazy_compile(  # or another's named ("the President’s gratitude", round 670)
    r" (?:(?:his|her|its|their|our|the) )?(?:(?:[A-Z][\w.-]* ){0,2}[A-Z][\w.-]*[’']s )?"
    r"(?:(?:deep|sincere|profound|heartfelt|great|warm)"
    r"(?:est)? )?([a-z]+)"
)
# the words after which a past participle is an adjective ("the first confirmed meeting")
_BEFORE_ADJECTIVE = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "first", "only"}
)
# listed verbs' -s forms that are also plural nouns ("remarks", "calls", "pledges")
_PLURAL_NOUNS = frozenset(
    {"remarks", "notes", "stresses", "requests", "pledges", "vows", "calls", "shares",
     "recalls", "highlights", "urges"}
)  # fmt: skip
# words after which such a form is the noun: prepositions, determiners (not "all", "some",
# "many": "They all note that", "Many warn"; not "that": "a law that calls for"), and
# adjectives speech is described by (not "further", "earlier": adverbs too, "He further urges")
_BEFORE_PLURAL_NOUN = frozenset(
    {"over", "about", "of", "on", "by", "for", "with", "in", "at", "from", "after", "against",
     "despite", "amid", "regarding", "into", "to", "the", "these", "those", "his", "her", "its",
     "their", "our", "my", "your", "such", "no", "other", "recent", "latest", "previous",
     "similar", "public", "controversial", "insulting", "offensive",
     "critical", "harsh", "strong", "opening", "closing", "concluding", "inflammatory",
     "derogatory", "provocative", "repeated", "renewed", "growing", "mounting", "separate",
     "final", "initial", "private", "personal", "written", "verbal", "past", "prior"}
)  # fmt: skip
_NOTE_DETERMINERS = ("the ", "The ", " a ", "A ", "its ", "this ")  # before the noun "note"
_INITIALISM = lazy_compile(r"(?:[A-Z]\.){2,4}|[A-Z]{2,5}")  # "U.S.", "EU", "NATO"
_INITIALISM_REACH = 9  # characters of the longest: "U.N.S.C. "
_ACRONYM = lazy_compile(r"[A-Z]{2,8}")  # "PMO", "CARICOM"
_ACRONYM_SKIPPED = frozenset({"of", "the", "and", "for", "on", "in", "to"})  # in no acronym
_ISSUED_DOCUMENT = lazy_compile(r"(?:a|an|its|the) (?:\w+ )?(?:statement|release|communiqu[ée])\b")
_ISSUED_WITH = lazy_compile(  # "released a statement on Monday ", "issued statements" before a
    # participle (round 631)
    r"\b(?:issued|released|published|put out) (?:(?:a|an|its|their|the) (?:[\w-]+ )?"
    r"(?:statement|press release|release|communiqu[ée])s?|(?:[\w-]+ )?statements)"
    r"(?: on (?:\w+|\d{1,2} [A-Z][a-z]+(?: \d{4})?|[A-Z][a-z]+ \d{1,2}(?:, \d{4})?)"
    r"| (?:today|tonight|yesterday|earlier|[A-Z][a-z]+day)"
    r"| (?:this|last) (?:morning|afternoon|evening|night|week))? $"
)  # "on Monday", "on 20 September 2006", "on September 20, 2006" (round 433); "tonight",
# "Sunday", "last night" unintroduced (stfix145)
# "issued a statement on Monday that", "responded with a statement Sunday which": a document,
# then the relative clause saying what it says (round 516)
_ISSUED_THAT = lazy_compile(
    r"\b(?:issued|released|published|put out|responded with|came out with) (?:a|an|its|the) "
    r"(?:[\w-]+ )?(?:statement|press release|release|communiqu[ée])(?: [^,;.:\"“”]{1,30}?)?"
    r" (?:that|which) $"
)
_RELATIVES = (" that ", " which ")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from"})  # "In Tirana X said": a place
_ISSUED_CUES = ("statement", "release", "communiqu", "remarks", "comments")
# a name's own statement, a few words of where or when after it, then a participle ("The
# demand follows X’s statement in parliament last week suggesting that"): what it says is X's;
# its remarks or comments too, one adjective before them ("X’s past remarks suggesting Y";
# round 643)
_OWNED_STATEMENT = lazy_compile(
    r"([A-Z][\w.-]*)[’']s (?:statements?|(?:[a-z]+ )?(?:remarks|comments)) (?:[a-z0-9]+ ){0,5}$"
)
_ISSUED_REACH = 80  # characters from "issued" to the participle after its document
_PASTS_AFTER_SUBJECT = frozenset({"met", "told", "spoke", "wrote", "sent", "gave", "made", "held"})
_TIME_CLAUSE_OPENERS = frozenset({"as", "when", "while", "after", "before"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
_COMMA_CLOSING = (",”", ',"')  # a clause's comma inside a quotation's closing mark
_OWNED_TERM = lazy_compile(r"[’']s (?:[a-z]+ )?$")  # "America’s renewed " before a quoted word
_OWNED_TERM_REACH = 24  # characters: the possessive and one adjective
# a verb of chanting, singing or shouting right before the quotation it voices
_PERFORMING = frozenset(
    f"{stem}{ending}"
    for stem in ("chant", "shout", "yell", "scream")
    for ending in ("", "s", "ed", "ing")
) | {"sing", "sings", "singing", "sang"}
_PAST_REACH = 16  # characters of the longest past tense looked up: "(re)emphasised"
_CLOSED_THEN_SPACE = ('" ', "” ")  # a closing mark and a space, before a mark that opens
# a conjunction alone before a sentence's opening quotation that an attribution follows ('But
# “A,” she said, “B.”'): the quotation opens the sentence all the same (round 349)
_OPENING_CONJUNCTIONS = frozenset({"But", "And", "Yet", "So"})
# words ending in "s" after "the" that name no plural subject ("the summit was", "the bloc's")
_NOT_PLURALS = frozenset({"was", "is", "has", "does", "as", "its", "this"})
_SUBORDINATE_PRONOUN = lazy_compile(r" (?:as|when|while|after|before) (he|she|they) [a-z]{3,}\b")
_AND_PREDICATE = lazy_compile(r" and [a-z]+ed\b")  # a quotation, then its speaker's next act
_ADJUNCT_IN_PERFECT = 80  # characters an adjunct may fill between "had" and "said"
_TITLE_APPOSITION_WORDS = 6  # "the ministry’s deputy spokeswoman", after a name
_OFFICE_APPOSITION_WORDS = 10  # "State Minister for Reconciliation and Civil Equality"
_OFFICE_NAME_JOINTS = frozenset({"and", "of", "the", "for", "to"})  # lowercase in an office
# name ("Minister for Trade and Industry", "ambassador of Norland to Tarn")
_WHOLLY_QUOTING = lazy_compile(r"(?<= )(?:underlin|mention)(?:ed|es|s) that $")  # not listed
# unnamed reports a participle follows, no comma between ("citing press reports saying X")
_REPORTS_DOING = lazy_compile(r"\b(?:press|media|news) reports [^,;:]{0,70}$")
_PASSIVE_BEFORE = lazy_compile(r"\b(?:been|was|were) [“\"]?(?:[a-z]+ly )?$")  # "had been “badly "
_QUOTED_PREDICATE = lazy_compile(r"\b(?:indicat|underlin|mention)(?:ed|es) that [A-Z][\w’'-]+ $")
_SUFFIX_COMMA = lazy_compile(r", ([JS]r\b\.?)")  # "X, Jr.": one name
_ADJUNCT_WORDS = 20  # the longest adjunct closing an attribution ("said at ...")
# the relatives a clause about an adjunct's place or time opens ("said at the conference where
# he had a difficult talk with X during which ..."): the reporter's words about the place
_ADJUNCT_RELATIVES = frozenset({"where", "which", "whereby"})
_TAIL_STRIPPED = ' .!?"”’'  # around an attribution's tail
_UNLISTED_TAIL_REACH = 60  # characters of ", X mentioned" closing a sentence: a name and verb
_LONGEST_WEEKDAY = max(map(len, lx.WEEKDAYS))
_FIRST_WORD_GLANCE = 40  # characters read first for a tail's first word
_THREE_WORDS = lazy_compile(r"\s*\S+\s+\S+\s+\S")  # as ``len(words.split(None, 2)) == 3``
_TAIL_GLANCE = 200  # characters of an attribution's tail read first for a listed verb
_ANSWERING = ("in response to ", "in reply to ", "responding to ", "replying to ", "when asked ")
# the prepositions of place and time that open such a long adjunct (not "to", "as": a clause)
# what a speaker may tell as an audience ("told a meeting with ...", "told a press conference")
_GATHERINGS = frozenset(
    {"meeting", "conference", "session", "briefing", "gathering", "forum", "rally", "seminar",
     "workshop", "summit", "ceremony", "reception", "press", "news", "joint", "media", "audience"}
)  # fmt: skip
# words leading into "before"/"after" ("just hours before", "shortly after", "days before")
_TIME_LEADS = frozenset({"just", "shortly", "only", "hours", "days", "minutes", "moments", "soon"})
_TIME_OF_DAY = frozenset({"late", "early", "earlier", "later"})  # before "on Monday", "Monday"
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})  # "Monday evening"
_DAY_WORDS = frozenset({"today", "yesterday", "tonight"})  # a day named as a weekday is
_PLACE_OR_TIME = frozenset({"at", "in", "on", "during", "after", "before", "following", "amid"})
# a claim and the relative clause of the one who rejects it, closing before a participle:
# "- an allegation Tehran has consistently denied, insisting that X" (round 635)
_DENIED_CLAIM = lazy_compile(  # the denial itself read by ``lx.DENIALS`` first
    r"\b(?:allegations?|charges?|claims?|accusations?|assertions?) (?:that |which )?"
    r"((?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}|(?:the )?[a-z]+s?)"
    r" (?:(?:has|have|had|always|long|consistently|repeatedly|strongly|vehemently|flatly) ){0,2}"
    r"[a-z]+$"
)
_DENIED_CLAIM_REACH = 120  # characters of "a charge that the Iranian government has denied"
_TOPIC_DETERMINERS = frozenset(
    {"the", "this", "that", "these", "those", "his", "her", "its", "their"}
)
_QUOTED_PHRASE_WORDS = 3
_IMPERSONAL_OPENERS = (" whether ", " if ")  # "It is unclear whether X ...": X the subject
_IMPERSONAL_REACH = 160  # characters from "whether" to the gerund at most
_UNNAMED_WORDS = ("unnamed", "anonymous", "unidentified")
_RELAYED_REACH = 200  # characters from "cited unnamed officials" to the quotation at most
_RELAYED_UNNAMED = lazy_compile(  # "cited unnamed U.S. officials", "quoting two anonymous sources"
    r"\b(?:cit|quot)(?:ed|es|ing) (?:[a-z]+ )?(?:unnamed|anonymous|unidentified)\b"
)
# "with X responding that “...”": a name, its gerund and "that" right before a quotation
_WITH_GERUND = lazy_compile(  # its name's role set off by commas too ("with X, the head of Y,
    # saying that “...”"; round 673)
    r" with ((?:[A-Z][\w’'.-]* ){0,3}[A-Z][\w’'.-]*)(?:, [^,;:“”\"]{2,80},)?"
    r" ([a-z]{3,}ing) (?:that )?$"
)
_WITH_GERUND_REACH = 160  # characters from " with " to the quotation's mark
_OWN_ASIDE = lazy_compile(r", (?:(?:which|who),? )?as (?:he|she|they) [a-z]+(?: out)?, ")
_OWNED = ("'s ", "’s ")  # before a quotation: whose words it names
# a name's noun of speech, then a quotation ("X’s assertion that “...”", "X’s calls for “...”"):
# the name's words, quoted
_NAMED_KINDS = ("PERSON", "ORG", "GPE")
_OWNED_SPEECH_NOUNS = "assertion|claim|call|warning|pledge|insistence|response|reply|answer"
_OWNED_SPEECH_NOUN = lazy_compile(
    rf"([A-Z][\w.-]*)[’']s (?:{_OWNED_SPEECH_NOUNS})s?(?: was)? (?:that |for )?$"
)  # "X's response was that “...”": X's words (round 331); not 'called X's comments “...”'
# the same, or a comment's, with the clause's first words before the quotation ("X’s comment
# that the decision “would be taken by ...”", round 619)
_OWNED_SPEECH_CLAUSE = lazy_compile(
    rf"([A-Z][\w.-]*)[’']s (?:{_OWNED_SPEECH_NOUNS}|comment|remark)s? that [^“”\"\n]+ $"
)
# a name's comments calling something a quoted name ("X’s recent comments calling the plan
# “a silly idea”"): X's words, the participle of naming in place of "that" (stfix148)
_OWNED_CALLING = lazy_compile(
    r"([A-Z][\w.-]*)[’']s (?:[a-z]+ )?(?:comment|remark|statement)s? "
    r"(?:calling|describing|labell?ing|branding) [^“”\"\n]+ $"
)
_PRONOUN_SPEECH_CLAUSE = lazy_compile(  # the same owned by a pronoun: "her claim that it “...”"
    rf"\b(his|her) (?:{_OWNED_SPEECH_NOUNS}|comment|remark)s? that [^“”\"\n]+ $"
)
_OWNED_CLAUSE_REACH = 120  # characters before a quotation its owner's noun of speech stands in
_OWNED_CLAIM = lazy_compile(  # another's noun of speech owning a clause: "her claim that"
    rf"(?:[’']s|\bhis|\bher|\btheir) (?:{_OWNED_SPEECH_NOUNS}|comment|remark)s? that "
)
_QUOTATION_MARKS = ('"', "“", "”")
_BARE_PERSON_PRONOUNS = ("he", "she")  # a quotation's whole attribution before its verb
_SURNAME_WORDS = ("An ", "To ", "So ")  # the same, opening a name in apposition (round 288)
# such a surname, a given name, then a role in apposition ("An X, spokesperson for ...")
_APPOSED_SHORT_SURNAME = lazy_compile(r"\w\w ([A-Z][a-z]+(?:-[a-z]+)?), (\w+)")
_VOWELS_AND_H = frozenset("AEIOUH")  # "An" before them is the article
_PLACE_WORD_LENGTH = 30  # no place's one word is longer: the cheap test first
_TITLED_REACH = 48  # characters from "titled" to the mark: "titled its press release, “"
_TITLED = lazy_compile(r"\b(?:en)?titled(?: [a-z]+)*[,:]? $")  # "an essay titled: “...”" too
_SPEAKER_LABEL = lazy_compile(r"[A-Z][A-Z’' .-]*(?:, [A-Z][A-Z ]*)?: ")  # a transcript's "KAHN: "
# a sentence opening with the question put to its subject, the mark still inside it ("Asked if
# the sanctions went “too far,” X replied"): the asker's words, not the one who answers
_ASKED_OPENING = lazy_compile(r"(?:When |After being |Having been )?[Aa]sked\b[^,;:“”\"]*")
_QUOTED_VERB_LENGTH = 30  # "sternly warned", "strongly urged": the cheap test first
_DIALOGUE_DASHES = ("– ", "— ", "- ")  # opening a paragraph as its quotation mark
_DASHED_ENDS = (".", "!", "?", "…")  # a dash paragraph quoting: sentences, not a list's item
# a dash paragraph opening on the speaker in the third person is a list's item about them, the
# reporter's ("- She praised X", "- Her remarks set Y"), not their words (round 308)
_NARRATING_OPENINGS = ("He ", "She ", "His ", "Her ")
_EMBASSY_HEADS = frozenset({"embassy", "mission"})  # one country's mission named either way
_NAMED_ADDRESSEE_WORDS = 10  # "Russian Ambassador to Vietnam X Y", before an adjunct
_WHILE_DOING = frozenset({"when", "while"})  # then a gerund: an adjunct of time
_NAME_JOINERS = frozenset({"of", "to", "the"})  # between a named addressee's capitalised words
_MEANS = frozenset({"email", "e-mail", "phone", "telephone", "text", "letter"})  # "told X by email"
_PUBLISHED = r"(?:published|said|stated|reported|announced|released|posted|wrote)"
_WHAT_PUBLISHED = lazy_compile(  # "what was published by X", "what X said"
    rf" ?what (?:(?:was|has been|had been) {_PUBLISHED} by (.+)|(.+?) (?:had |has )?{_PUBLISHED})"
)
# "information gathered by X": what X found out itself, so X's (round 623); not "information
# received by X" (X the recipient)
_GATHERED_BY = lazy_compile(r" ?information (?:gathered|collected|compiled) by (.+)")
_NAMES_NO_CONTENT = frozenset({"the following", "as follows"})
# words that only point at other words, said or not: "The prosecution argued otherwise.",
# "she said as much", "he said so"
_NAMES_NO_CONTENT |= {"otherwise", "the opposite", "the contrary", "as much", "so", "differently"}
# a pronoun for the whole object: "He stressed it.", "She repeated them." (round 639)
_NAMES_NO_CONTENT |= {"it", "them", "this", "that"}
_CLAUSE_SUBJECT_PRONOUNS = frozenset({"it", "this"})  # after "that": a clause's subject
_ARTICLES = frozenset({"the", "The", "a", "A", "an", "An"})
# a preposition or conjunction right after "said this": an adjunct, "this" the object
_DEMONSTRATIVE_ADJUNCTS = frozenset(
    {"through", "via", "at", "in", "on", "during", "while", "when", "after", "before", "as",
     "with", "upon", "in,", "on,", "at,"}
)  # fmt: skip

_VOICE_ADDED = (" its voice", " his voice", " her voice", " their voice", " our voice", " my voice")

# what a span naming only an act holds: a determiner or possessive, then the act's noun
_ACT_NOUNS = frozenset({"decision", "decisions", "move", "step", "steps", "measure", "measures"})
_ACT_NOUNS |= {"plan", "plans", "news", "outcome", "results", "verdict", "ruling", "initiative"}
_ACT_NOUNS |= {"claims"}  # "reiterated the same claims:" names what was said (round 613); not
# "claim", which a cut-off "She said his claim " may open
_ACT_NOUNS |= {"motion", "motions"}  # a chamber's: "the Senate President affirmed the motion"
_ACT_NOUNS |= {"signing"}  # "confirmed the signing, posting a photograph" (round 646)
_PARTICIPLE_CHARS = 16  # after a comma: room for the longest listed participle and a space
_ACT_DETERMINERS = frozenset({"the", "this", "that", "these", "its", "his", "her", "their", "our"})

_ASKED_PASSIVE = ("when ", "was ", "were ", "being ", "if ", "once ")  # before "asked"
# Verbs whose object is an act asked for: "X, as Sudan had requested" names the act X, not a
# clause Sudan said (the dev set leaves "..., as Uruguay proposed." unannotated)
_ACT_ASKED_FOR = frozenset({"request", "ask", "propose", "suggest", "urge"})
_AS_ASKER_WORDS = 6  # at most, from "as" to the verb: "as the Sudanese government had requested"
_TOPIC_VERBS = frozenset({"highlight", "spotlight"})  # whose short object is a topic
_TOPIC_WORDS = 3  # at most, of a topic a fronted participle names ("Highlighting other crises")
_CROSSHEAD_WORDS = 10  # at most, of a quotation standing as a crosshead
_MARK_ROOM = 3  # characters at most between a paragraph's edge and a crosshead's mark
_CLOSING_PUNCTUATION = frozenset(".!?,;:…")
_BEFORE_UNLISTED_VERB = frozenset({"also", "later", "then", "further", "again"})
# when, right after an unlisted attributing verb: '"...," X wrote early Tuesday on X.'
_TIME_AFTER_VERB = frozenset({"early", "late", "earlier", "later", "yesterday", "today", "last"})
_TITLE_WORDS_BEFORE_NAME = 4  # units a lowercase title may fill before a name: "first lady"
_NOT_TITLE_WORDS = frozenset({"and", "or", "with"})  # "X and Y met": a list, no title
_IRREGULAR_PASTS = frozenset({"wrote", "spoke", "began", "read", "put"})  # 'She wrote: "..."'
# a verb of retort and its particle before a quotation: 'X shot back, "..."' (round 300)
_VERB_PARTICLES = frozenset({"back"})
# an attribution after its content, the verb first, ending a paragraph: ", pleaded the president."
_GLUED_ATTRIBUTION = lazy_compile(r"[a-z][.!?,]([A-Z][\w’'-]+) ([a-z]+)\.$")  # "on.X said."
_INVERTED_AT_END = lazy_compile(r", (?:[a-z]+ed|said|wrote|told) (?:the |[A-Z])[^,;:“”\"]{0,50}\.$")
# a pronoun, its verb (a particle after it) and the colon ending an introduction
_PRONOUN_VERB_COLON = lazy_compile(r" (he|she|they) [a-z]+(?: on| back)?:\s*$")
_RETORTING = frozenset({"shot", "hit", "fired", "struck", "snapped", "pushed", "wrote"})
_FINITE_AUXILIARIES = (lx.AUXILIARIES | lx.BE_FORMS) - {"be", "been", "being"}
_SUBORDINATE_WORDS = lx.CLAUSE_WORDS | {  # a relative or adverbial clause's opener
    "after",
    "before",
    "while",
    "since",
    "as",
    "once",
    "until",
    "because",
}
# the unlisted verbs of taking a stance on others' words, past or perfect
# a speech named by its owner's pronoun ("the centrepiece of his speech", "in her remarks")
_PRONOUN_SPEECH = lazy_compile(
    r"\b(his|her) (?:speech|address|remarks|statement|message|pledge|words)\b"
)
_STANCE = lazy_compile(
    r"(?<![\w-])(?:(?:has|have|had) )?(?:\w+ly )?(?:caution|den|refut|assur|denounc|reject"
    r"|critici[sz]|condemn|dismiss|appreciat|repl|respond|rebuff|slamm|blast)(?:ed|ied)\b"
    r"|(?<![\w-])(?:took a shot|hit out|lashed out) at\b"
    r"|(?<![\w-])accus(?:ed|ing) (?!of\b)"  # "X went further, accusing Y of Z" (round 671)
)
# a short prepositional phrase and its comma opening a sentence ("In talks with X, ")
_OPENING_ADJUNCT = lazy_compile(
    r"(?:(?:In|At|During|After|On|Following|Amid)\b[^,.;:“”\"]{0,60}, )?"
)
_AS_ENDINGS = (" as ", " as a ", " as an ", " as the ")
_DESCRIBED_AS = lazy_compile(  # a long object, then "as": ``_CHARACTERISING`` looks 90 back
    r"(?<![\w-])(?:describ(?:e|es|ed|ing)|characteri[sz](?:e|es|ed|ing)|portray(?:s|ed|ing)?)"
    r"(?= [^.;:“”\"]{0,220} as (?:an? |the )?$)"
)
_FRONTED_PREPOSITIONS = lx.PREPOSITIONS | {"over", "about", "at"}  # '“Alarmed” over X, she ...'
# "is calling on", "are also calling for" (one adverb between: stfix157)
_PROGRESSIVE = lazy_compile(
    r"\s(?:is|are|was|were)\s+(?:(?:also|now|still|again|further|already|currently"
    r"|increasingly|repeatedly|reportedly|openly|publicly)\s+)?$"
)
_PROGRESSIVE_REACH = 20  # characters before a verb its auxiliary and adverb stand in
_START = attrgetter("start")
_MATCH_START = methodcaller("start")
_OPENING_LINKS = frozenset({"then", "later", "finally", "next", "afterwards", "subsequently"})
_PAST_ENDINGS = ("ed", "said", "told")
_PAST_FORMS = tuple(sorted({f.past for f in FORMS.values() if f.past.endswith(_PAST_ENDINGS)}))
_PAST_FORM = lazy_compile("|".join(_PAST_FORMS))
_PAST_SET = frozenset(_PAST_FORMS)
_PAST_LENGTHS = sorted({len(past) for past in _PAST_FORMS})
# a word ending as _PAST_FORMS do after a capital (or any letter past ASCII) of its own: a name
# run into a past holds one, a plain past ("expressed", said) none, so most are passed over in C
_PAST_ENDING = lazy_compile(r"[^\W\d_a-z][^\W_]*?(?:ed|said|told)(?![^\W_])")
# up to so many name words, each is found through the text by str.find (a pass in C each,
# cheaper than reading every word in Python; past it, one Python pass is, and stays linear)
_NAME_WORDS_FOUND_EACH = 64
# a listed past run into the name before it ("Alfaronoted"), its word's end
_GLUED_PAST = lazy_compile(r"\b[A-Z][a-z]{2,}?(" + "|".join(_PAST_FORMS) + r")$")
_SERVED_OPENING = lazy_compile(r"(?:for|to)(?: the)? ")  # "for the Taoiseach": whom a title serves
# a word the page ran into a name's last word, its space lost: a capitalised title after a
# small letter ("Esther MuñozPresident of the party") or a subject pronoun ("Pedro Sánchezhe
# appeared", a translation's "Pedro Sánchez, he"); group 1 the name's word, 2 the glued word
_GLUED_TAIL = lazy_compile(r"\b([A-Z][^\W\d_]*?[a-zß-ÿ])(he|she|[A-Z][a-z]{3,})$")
# a ministry's further portfolios after its first ("Ministry of Foreign Affairs, Trade and
# Development"): capitalised items after commas, the last after "and", then no capital
_PORTFOLIO_WORDS = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}"
_PORTFOLIOS_LISTED = lazy_compile(
    rf"(?:, {_PORTFOLIO_WORDS})+,? and {_PORTFOLIO_WORDS}(?![\w’'-]| [A-Z\d])"
)
# the same after a minister's title, up to the name it titles (its end found by the name)
_ROLE_PORTFOLIOS = lazy_compile(rf"(?:, {_PORTFOLIO_WORDS})+,? and {_PORTFOLIO_WORDS}")
_PORTFOLIOS_REACH = 90  # characters from a title's end to the name after its portfolios
_PARTICIPLE_ASIDE = lazy_compile(r"(?:[a-z]+ed by|citing|quoting) [^,]{1,60},[\"”]?\s+")
_PHOTO_CREDIT = lazy_compile(
    r"\((?:Photo\b[^()]*|[^()/]{1,40}/[^()]* via [^()]+"
    r"|[A-Z][\w ]{1,30}/[A-Z][a-z]+ [A-Z][a-z]+)\)$"
)
_CALLED_ON_TO = lazy_compile(
    r"(?:(?! at | during | before | after |, (?:who|which|where|when)\b)[^;])*?"
    r" [\"“]?to (?!the |a |an )[\"“]?[a-z]"  # not "called on X before he ended his visit to ..."
    # ('called on X "to act"': the quotation may open before "to")
)
_DETERMINERS_BEFORE = ("the ", "a ", "an ", "its ", "their ", "his ", "her ", "this ")
# a determiner and one or two words in lower case before a quoted name ("an extraterritorial ")
_EPITHET_BEFORE = lazy_compile(
    r"(?<![\w-])(?:the|an?|its|their|his|her|this) [a-z-]+ (?:[a-z-]+ )?$"
)
_EPITHET_REACH = 48  # characters: "the so-called extraterritorial "
_WORD_AFTER = lazy_compile(r" ([a-z]+)\b")  # a word in lower case right after a closing mark
_PHRASE_TO_PREDICATE = 60  # characters of a phrase between a quoted subject and its verb
# words after a quotation that are no noun it modifies ('a “serious threat” to peace')
_NOT_A_NOUN = lx.PREPOSITIONS | lx.BE_FORMS | lx.ADVERBS | lx.CLAUSE_WORDS | {"and", "or", "but"}
# "called on X, which ..., to act": a relative clause closed by its comma before "to" is the
# addressee's own, no visit's (round 279)
_CALLED_ON_RELATIVE_TO = lazy_compile(
    r"[^;,]*, (?:who|which) [^;,]{1,160}, [\"“]?to (?!the |a |an )[\"“]?[a-z]"
)
# the listed verbs whose object may be told to act ("urged the authorities to release")
_DIRECTIVES = frozenset({"urge", "ask", "request", "call", "tell", "warn"})
# Listed verbs that name a diplomatic act, not speech: "recall" with a diplomat's title (all the
# usual ones, singular and plural) as its object ("recalled its own ambassador for
# consultations": withdrew them), "declare" with "persona non grata" closing its object.
_RECALLED_ENVOY = lazy_compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:ambassadors?|envoys?|diplomats?|high commissioners?"
    r"|charg[eé]s? d[’']affaires|consuls?|heads? of mission|(?:diplomatic|embassy) staff)\b",
    re.IGNORECASE,
)
# a document as the whole object of "propose" ("proposed a draft resolution", "its own text")
_PROPOSED_DOCUMENT = lazy_compile(
    r" (?:a|an|the|its|his|her|their)(?: [\w-]+){0,2}? (?:resolution|draft|bill|amendments?)\b"
)
# an aside after a quotation naming whose words they are, and where the aside ends
_IN_WORDS_OF = lazy_compile(
    r",?\s*(?:[-–—]\s*)?(?:to use the words (?:used by|of)|in the words of) "
)
_ASIDE_END = lazy_compile(r"[,.;]| [-–—] ")
_WORDS_OF_GLANCE = 30  # characters after a quotation read for "words" first
_DECLARED_UNWELCOME = lazy_compile(r"\s+(?:[\w’'.-]+\s+){1,4}?persona non grata\b")
# "a statement", "an official press release", not followed by who issued it (as in
# "according to a press release dated ...": SOURCES, rounds 31, 39, 40 and 45)
_UNNAMED_DOCUMENT = lazy_compile(
    r"\s+an? ((?:[\w-]+ ){0,2})(?:statement|readout|release|communiqu[eé]|report)"
    r"(?! (?:by|from|of|on|issued|released|posted)\b)"
)
# Only the occasion after a verb, up to the sentence's end: an event's noun (the common ones,
# singular and plural) then no object of the verb, no comma and no "that".
_OCCASION_ONLY = lazy_compile(
    r"(?:(?:at|during) (?:a|an|the|his|her|its|their) (?:[\w’'-]+ ){0,3}?"
    r"(?:briefing|conference|meeting|session|summit|ceremony|forum|event|interview|reception"
    r"|dinner|luncheon|gathering|rally|hearing|debate|launch|visit|talks)s?"
    r"|in (?:(?:a|an|the|his|her|its|their) )?(?:[\w’'-]+ ){0,2}?"  # "said in an interview
    r"(?:interview|speech|address|statement|remark|comment|message"  # with X" (round 496)
    r"|post|tweet|letter|video)s?)"  # "Zelensky said in a post." (round 502)
    r"(?! (?:the|a|an|his|her|its|their|this|that)\b)(?:(?! that\b)[^,;:\"“”])*"
)
# the occasion of the speaker's own words closing a span: "during his keynote speech at X"
_OWN_OCCASION = lazy_compile(
    r" during (?:his|her|their|its) (?:[\w’'-]+ ){0,2}?"
    r"(?:speech|address|remarks|keynote|statement|interview|briefing)\b[^,;:“”\"]*$"
)
_VIA_OWN_CHANNEL = lazy_compile(  # the speaker's own channel closing a span ("via his X account")
    r" via (?:his|her|their|its) (?:[\w’'-]+ ){0,3}?"
    r"(?:platform|account|page|channel|website|feed|handle)s?\b[^,;:“”\"]*$"
)
_OCCASION_SPAN = 40  # characters: a longer span after "at/in" may hold a clause
# What joins a participle attribution to its main clause: a comma or a conjunction, or a
# preposition taking a gerund ("..., in addition to highlighting X", "..., before noting X")
_PARTICIPLE_JOINTS = (
    ", and ",
    ", while ",
    ", but ",  # "X reacted, but also expressing hope for Y" (round 308)
    ", ",
    ",” ",
    '," ',
    " and ",
    " while ",
    " in addition to ",
    " as well as ",
    ", besides ",
    ", before ",
    ", after ",
    "—",  # an aside closed by an unspaced dash: "to meet the leaders—A and B—saying X" (round 577)
)
# participles attached with no comma ("... since 2006 saying that", "justified his stance arguing
# X"; round 405)
_BARE_PARTICIPLES = frozenset({"say", "add", "argue"})
# an adverb between a participle attribution's joint and its verb (", also noting that ...")
_ADVERBS_BEFORE_PARTICIPLE = (" also ", " further ", " again ", " reportedly ", " repeatedly ")
# (", reportedly saying, “...”": the participle attaches at the comma, round 325)
_BREAKS = (", ", " — ", " – ")  # where a clause or an aside ends
_NOT_OPENING_A_SUBJECT = lx.CLAUSE_WORDS | {"and", "but", "while", "as"}
# the reporter's few lowercase words between two quotations ('“A” to deal with “B”')
_REPORTERS_LINK = lazy_compile(r" [a-z]+(?: [a-z]+){0,4} ")
# "Y, according to an AFP journalist who noted that Z": the source's own relative clause after
# it, its listed verb a statement of the source's own (round 599); an organisation's "which
# also stated that Z" too (round 689)
_RELATIVE_SOURCE_ENDS = ("who ", " and ", " and also ", "which ", " also ")
_SOURCES_RELATIVE = lazy_compile(
    r"[,”\"]{0,2} according to ([^,;:“”\"]{1,80}?),? (?:who|which) (?:also )?"
    # or its second predicate: "according to X, who described Y as “A” and expressed Z"
    r"(?:[^;:\n]{1,120}? and (?:also )?)?$"
)
_SITES = frozenset({"website", "site", "webpage", "portal"})  # a body's pages on the web
_JOINED_QUOTATION = lazy_compile(r"\s*(?:,|,? and(?: that)?|,? or)\s*")  # between two quotations
# a second predicate of the same subject quoting again ('affirms that “A” and condemns “B”',
# 'affirmed that “A,” and promised that “B”': round 612; 'described X as “A” and praised his
# “B”': round 629)
_QUOTING_AGAIN = lazy_compile(
    r" and (?:also )?(?!was |has |is |does )[a-z]{3,}(?:s|ed) (?:that |(?:his|her|their|its) )?"
)
# A subject raised before a perfect infinitive: what it is held to have said, it said ("is
# expected to call" has not been said yet)
_RAISED = lazy_compile(
    r" (?:is|was|are|were) (?:said|believed|reported|understood|thought|known) to have $"
)
# A second predicate's own adjunct between "and" and its verb: "X appeared at the event and in
# a video declared Y" (round 613): X's, the phrase no subject
_ADJUNCT_AFTER_AND = lazy_compile(
    r",? and,? (?:in|on|at|during|via|through|over|from) [\w’'-]+(?: [\w’'-]+){0,5},? $"
)
# An occasion taken before an infinitive: the subject speaks through it ("used the
# opportunity to call for", "took the occasion to propose")
_OCCASION_TAKING = tuple(  # a participle's, after a main clause: its subject speaks
    f", {verb} the {chance} to "
    for verb in ("using", "taking", "seizing")
    for chance in ("opportunity", "occasion", "chance")
)
_OCCASION_TAKEN = lazy_compile(
    r" (?:used|uses|took|takes|seized|seizes) (?:the|this|that) (?:opportunity|occasion|chance)"
    r" (?:also |further |again )?to (?:also |further |again )?$"
)
# A channel taken or sent before an infinitive of purpose: the subject speaks through it
# ("took to social media on Monday to express", "sent an open letter to call on", "taking to
# Facebook to announce", "used its media platforms to announce"; round 625)
_CHANNEL_TAKEN = lazy_compile(
    r" (?:(?:took to|taking to|takes to|sent|wrote|issued|published|posted|released|held"
    r"|convened) [^,;:.]{2,60}?"
    r"|used (?:its|their|his|her) (?:[a-z]+ )?(?:platforms?|channels?|accounts?|pages?))"
    r" to (?:also |further |again )?$"
)
# A past compulsion or haste before an infinitive: the subject did speak ("was forced to
# explain", "had to admit", "felt obliged to stress", "was quick to say", "was the first to
# announce" (stfix149); not "has to say")
_COMPELLED_TO = lazy_compile(
    r" (?:(?:was|were|felt) (?:forced|obliged|compelled|quick|(?:among )?the first)|had"
    r"|hastened|stepped in) to"
    r" (?:also )?$"  # "has stepped in to call for" (round 625)
)
# An appearance before an infinitive of purpose: the subject came out and spoke ("appeared
# this Sunday, June 22, at the palace to announce", "went on to say", "took the floor to
# stress"); an adjunct stands between, for "appeared to suggest" is "seemed to"
_APPEARED_TO = lazy_compile(
    r" (?:(?:appeared|went|came|returned|stepped (?:out|forward)) [^;:.]{2,80}?"
    r"|took the (?:floor|stage|podium)(?: [^;:.]{2,80}?)?) to (?:also |further |again )?$"
)
# Whose words the quotations after a colon are ("... parts from X's statements:")
_OWNED_WORDS_INTRO = lazy_compile(
    r"[’']s? (?:[a-z]+ )?(?:statements?|remarks|speech|words|comments|answers|address)\s*:\s*$"
)
# The outlet named after an attribution, verb first: "..., reports Tarn Radio"
_INVERTED_SOURCE = lazy_compile(
    r",\s+(?:reports|reported|writes|wrote) [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}$"
)
_SPEECH_BY = lazy_compile(
    r"(?:the |earlier |recent )?(?:statements?|remarks|comments) (?:made )?by "
    # "acknowledged the points raised by X": which points, not what they were (to the clause's end)
    r"|the (?:points|issues|concerns|questions|proposals|suggestions|ideas|views)"
    r" (?:raised|made|put forward|voiced) by [^,;:.]{1,60}(?:[,;:.]|$)"
)
_OWN_SPEECH_STARTS = ("his ", "her ", "its ", "their ")
_OWN_SPEECH_ONLY = lazy_compile(  # the speaker's own earlier words named, up to the clause's end
    r"(?:his|her|its|their) (?:earlier |previous |recent )?(?:statements?|remarks|comments)"
    r" (?:of|on|from|in) (?:(?!that\b)[^,;:\"“”])*(?:[,;:]|\.?\s*$)"
)
_SPEECH_BY_STARTS = ("the ", "earlier ", "recent ", "statement", "remarks", "comments")
_PRONOUN_OBJECT = lazy_compile(  # "this"/"so"/"the statement" as the whole object, then an
    # adjunct or the end
    r"(?:this|so|the statement)"
    r"(?=\s*(?:[,.;!?]|$)| (?:at|in|on|during|after|before|when|while|to|as)\b)"
)
_AUXILIARY = lazy_compile(
    r"\b(?:will|would|could|can|should|must|may|might|shall|is|are|am|had|has|have|was|were)\b"
)
_PROGRESSIVE_PAST = lazy_compile(r"\b(?:was|were) [a-z]+ing\b")  # the content's progressive
_MODAL_OR_PRESENT = (lx.AUXILIARIES - {"has", "have", "had", "do", "does", "did"}) | {
    "is",
    "are",
    "am",
}
# "Despite" opening a clause and the participle's subject after it, up to the participle
# listed verbs whose "-ing" form is no noun: "despite X insisting Y" reports Y with no "that"
# (round 339), where "despite the US warning against X" names a warning
_NO_NOUN_GERUNDS = frozenset({"insist", "say", "stress", "argue", "assert", "affirm"})
_CONCEDED_SUBJECT = lazy_compile(r"(?:^|(?<=[-–—,] )|(?<=[-–—]))[Dd]espite ([^,]+ )$")
# what "expressed" takes before "that" as a statement of its own ("expressed hope that")
_EXPRESSED_THAT = lazy_compile(
    r" (?:(?:his|her|their|its|the) )?(?:hope|confidence|belief|concern|optimism) that "
)
# a content opening with a pronoun and a present tense not of an auxiliary ("it holds")
_PRESENT_OPENING = lazy_compile(r"(?:it|he|she) (?!(?:has|was|is|does)\b)[a-z]+[^s\W]s\b")
# an expletive "it" opening a said-clause ("said it was important to X"): it does nothing, so
# a past tense after " and " is the speaker's second verb ("... and emphasized Y", round 279)
_EXPLETIVE_OPENING = lazy_compile(
    r"it (?:was|is|would be|will be) (?:\w+ ){0,2}?(?:important|necessary|vital|crucial"
    r"|essential|imperative|time|critical|urgent|high time|key|paramount) (?:for [^,;]{1,40} )?to\b"
)
# a past tense after " and " or " but " ("..., and commended", " but also voiced")
_PAST_AFTER_JOINT = lazy_compile(r"(?:also |further |then |later |highly |strongly )?[a-z]+ed\b")
# a perfect after "and" ("highlighted X and has made a call to Y", round 266); not after "but"
# ("have not only agreed on X but have also expressed Y": one clause)
_PERFECT_AFTER_AND = lazy_compile(
    r"(?:has|have|had) (?:also |further |then |later )?(?:[a-z]+ed|made)\b"
)
# the words a determiner opens before " and " and a participle in a series of adjectives:
# single words joined by commas, or one word with an adjective's ending (session 39)
_ADJECTIVES_BEFORE = lazy_compile(
    r"\b(?:[Aa]n?|[Tt]he|its|their|our) (?:(?:[a-z]+, )+[a-z]+|[a-z]+(?:ful|ous|ble))\Z"
)
_ADJECTIVES_REACH = 80  # characters a series of adjectives may fill
_DETERMINER_AFTER = lazy_compile(r" (?:the|a|an|his|her|its|their|our|them|him|it|that|to|of)\b")
_PHOTO_CREDITS = (": ", " : ", " by ")  # "(Photo: VNA)", "Photo by X"
_INTRODUCING_LOOKBACK = 4  # statements found a sentence introducing a quotation may hold
_SENTENCE_STOPS = frozenset(".!?…")  # marks closing a sentence, not a clause
_BUT_SUBJECT_REACH = 32  # characters a subject after "but" may fill before its verb
# a quotation named as someone's speech after it: '“...”, was the opening speech of X'
_SPEECH_OF = lazy_compile(
    r"was (?:the|his|her|their) (?:[a-z]+ ){0,2}(?:speech|words|message|remarks|address) of "
)
_OBJECT_START = lazy_compile(
    r" (?:(?:the|a|an|his|her|its|their|our|them|him|it|that|to|of|what)\b|[A-Z])"
)
# an opening phrase naming a document right before a participle ("In a statement shared on X,")
_DOCUMENT_BEFORE = lazy_compile(
    r"(?:^|(?<=\s))(?:[Ii]n|[Tt]hrough|[Vv]ia) (?:(?:a|an|the|its|his|her|their) )?(?:[a-z]+ )?"
    r"(?:statement|post|message|video|letter|address|remarks|comments|speech|release|note) $"
)
_DOCUMENT_REACH = 48
_WHERE_SHARED = (" on ", " online", " via ", " through ", " by ", " to ", " in ", " at ", ", ")
# an unlisted past tense and its preposition, right before its quoted object: "pressed for a"
_PAST_THEN_OBJECT = lazy_compile(r"(?<= )[a-z]+ed (?:for |against |on |to )?(?:a |an |the )?$")
# the reporter's own clause before a colon and a quotation attributed after it ("The jewels
# have not appeared: “...,” warned X"): a verb in the lead, no listed one (round 679)
_REPORTERS_LEAD = lazy_compile(r"(?:^|\s)(?:is|are|was|were|has|have|had|[a-z]+ed)\b")
# ", but" and a group's unlisted verb of opinion: "..., but art crime experts fear that X"
_OTHERS_OPINION = lazy_compile(
    r", but (?:[a-z-]+ ){0,3}?([a-z]+) (?:fear(?:s|ed)?|believed?s?|thinks?|thought"
    r"|suspect(?:s|ed)?|doubt(?:s|ed)?|worr(?:y|ies|ied)|expect(?:s|ed)?)\b"
)
_BODY_OPENING_CHARS = 80  # a body's name and its verb opening a sentence
_PREPOSITIONAL_OBJECTS = (" for a ", " for an ", " for the ")  # "and pressed for a Y"
_CONTRASTED_THAT = lazy_compile(r", but (?:also )?(?:[a-z]+ed|made (?:it )?clear) that\b")
_CLAUSE_JOINTS = (", but ", ", and ", ", while ", ", yet ")  # a clause of its own after it
_CLAUSE_CONJUNCTIONS = ("after ", "before ", "as ", "when ", "while ", "since ", "amid ")
_IN_A_PHRASE = ("in a ", "in an ")  # "said Sunday, in a tit-for-tat after ...": the reporter's
_JOINED_PARTICIPLE = ("while ", "also ")  # ", while adding that ...": the participle's joint
_ADVERB_AFTER_COMMA_AND = lazy_compile(  # ", and has called for Y": the perfect too (round 320)
    r", and (?:(?:also|further|then|later) |(?:has|have|had) (?:also )?)$"
)
# " while " too: "X warned A while analysts urged B" (round 347); a content opening with
# "while" ("said that while A, B") starts before the claim, so it is no joint
_CONTRASTS: tuple[str, ...] = (", while ", ", whereas ", ", but ", ", and ", " while ")
_CONTRASTS += (", after ",)  # "X said A, after the University said B": the reporter's time
# clause, B the University's own (dev set: "..., after the University of North Florida said")
_CONTRASTS += (": ",)  # "The parties reiterated A: the SSP stressed that B": another speaker's
# clause after the colon, B its own (round 613)
_CONTRASTS += (", as ",)  # "The government said A, as the prosecutor’s office announced B":
# the reporter's clause of the same time, B the office's own (round 647)
_CONTRASTS += tuple(j.replace(",", ",”", 1) for j in _CONTRASTS)  # 'adding, “A,” while Y said B'
_OTHERS_OF_GROUP = ("others ", "many others ", "some others ")  # the contrasted rest of a group
# the kinds of medium a source's name may be followed by ("NHK broadcaster", round 296)
_MEDIA_NOUNS = frozenset({"broadcaster", "newspaper", "daily", "channel", "television", "network"})
_TITLE_AND_NAME_REACH = 90  # "said Deputy Minister of Foreign Affairs X Y Z": no longer
_ING_WORD = lazy_compile(r"(?<![\w-])[a-z]+ing\b")  # not a compound's end ("decision-making")
_NOT_PARTICIPLES = frozenset(
    {"during", "nothing", "something", "anything", "everything", "morning", "evening", "thing"}
    | {"king", "bring", "spring", "string", "ring", "wing", "sing", "meeting", "building"}
)
_PAST_AFTER_NAME = lazy_compile(  # "while Y (also) defended", "while Y has backed" (round 637)
    r" (?:also )?(?:(?:has|have|had) (?:also )?)?[a-z]+ed\b"
)
_PRONOUN_THEN_PAST = lazy_compile(r"(?:he|she|they|we) (?:also |later |then )?[a-z]+ed\b")
_INFINITIVE_DIRECTIVES = frozenset({"urge", "ask", "request", "call"})  # "urged X to Y"
# a clause's own subject and past verb after ", and " ("and Vey called ..."; stfix154)
_JOINED_CLAUSE_SUBJECT = lazy_compile(
    r"(?:he|she|they|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}) [a-z]+ed "
)
_AUXILIARY_BEFORE = lazy_compile(r" (?:has|have|had) $")  # "which X has (called)"
_JOINED_CLAUSE_REACH = 200  # characters before ", and" its first clause's verb stands in
_WHILE_JOINTS = (", while ", ", whereas ", ",” while ", ",” whereas ")
# a clause of its own before a quotation its comma introduces, and the characters it spans
_INTRO_JOINTS = (", though ", ", although ", ", while ", ", whereas ", ", but ", ", yet ")
_INTRO_CLAUSE_REACH = 160
_WHILE_CLAUSE_REACH = 160  # characters a contrasting clause spans before its participle
# the past tense of a contrasting clause after its subject ("while Y (also) voiced")
_CONTRAST_PAST = lazy_compile(
    r" (?:(?:also|later|then) )?(?:(?:has|have|had) (?:also )?)?[a-z]+ed\b"
)

# a content clause right after a feeling's noun: "that", or a subject pronoun and its verb
_CONTENT_CLAUSE_AFTER = lazy_compile(r" (?:that|(?:they|he|she|it|we) [a-z]+) ")
# What a concern's kin is about: "expressed alarm over the fighting" (round 678).
_CONCERN_TOPIC_AFTER = lazy_compile(r" (?:over|about|at|regarding|concerning) ")
# (", and he said Y" likewise: the speaker's second verb, a statement of its own; round 478)
_CLOSING_DASHES = ("– ", "— ")
# the texts of law that "state" or "say" what holds, no speaker (Decisions: a policy document)
_LEGAL_TEXTS = frozenset(
    {"code", "law", "constitution", "act", "treaty", "statute", "statutes", "charter", "decree"}
)


def _legal_text_says_that(text: str, s_start: int, verb: re.Match[str]) -> bool:
    """Whether a listed verb's subject is a text of law and a "that" clause follows it ("The
    Electoral Code states that the Court confirms ..."): the clause is what the law holds."""
    if not text.startswith(" that ", verb.end()):
        return False
    before = text[max(s_start, verb.start() - 30) : verb.start()].split()
    if before and before[-1] in ("also", "clearly", "explicitly"):
        before.pop()
    return bool(before) and before[-1].lower() in _LEGAL_TEXTS


# (and after a dash or a semicolon: 'said “X” – he asked Y', "said X; she urged Y"; round 608)
# (or after an aside's closing dash glued to the words: "A—such as B—she stressed C"; round 659)
_AS_PRONOUN = lazy_compile(
    r"(?:(?: as|,? and|[”\"]? [–—]|;) |(?<=[a-z])—)(?:he|she|they) (?:also )?$"
)
# ", but he warned Y", ",” but he warned Y", ", though it stressed Y": the speaker's second
# verb after a contrast, a statement of its own ("it" a body's; rounds 506 and 507)
_BUT_PRONOUN = lazy_compile(
    r",[”\"]? (?:but|though|although) (?:he|she|they|it) (?:also |later |then |[a-z]+ly )?$"
)
_CONCESSIVE_OPENINGS = ("Although ", "Though ", "Even though ")
# "While X said A, Y said B": a sentence opening with a subordinate clause, whose statement
# ends at the comma before the main clause's own subject
_SUBORDINATE_OPENINGS = (*_CONCESSIVE_OPENINGS, "While ", "Whereas ")
_MAIN_CLAUSE_REACH = 60  # from the main clause's comma to its verb: "Tehran had stressed"
_MAIN_PRONOUN = lazy_compile(r",? (?:he|she|they) (?:also )?$")  # after a concessive clause
# "..., which she urged not to Y": the relative the object, the infinitive what is urged
# "“A,” which he said spared B": the quotation's speaker's own relative clause on it
_RELATIVE_SAYER = lazy_compile(r"[”\"]? (?:which|that) (?:he|she|they) (?:also )?$")
_WHICH_PRONOUN = lazy_compile(r", (?:which|whom) (?:he|she|they) (?:also )?$")
# "This was announced at a briefing by X.": an adjunct between the verb and its agent
_BACK_REFERENCE_AFTER_ADJUNCT = lazy_compile(
    r"(?:This|That|It) (?:has been|had been|was) ([a-z]+) (?:at|in|during|on) [^,.;]{1,60}? by ()"
)
_TOLD_BY = lazy_compile(
    r" (?:was|were|has been|have been|had been)(?: [a-z]+ly)? (?:told|warned) by "
)
_AGENT_QUALIFIER = lazy_compile(r" (?:in|of|from|at) ")  # "officials in Y": the agent's head first
_WHAT_SAID = lazy_compile(r"(?:This|That) (?:is|was) what |(?:This|That)[’']s what ")
# a subordinate clause's subject and passive auxiliary right before a listed verb's participle
_ADJUNCT_PASSIVE = lazy_compile(
    r" (?:after|when|once|as|before|until) (?:the |its |their |his |her )?[\w-]+(?: [\w-]+)?"
    r" (?:was|were|had been|has been|have been) $"
)
_NOUN_DETERMINERS = (" the ", " a ", " an ", " its ", " their ", " his ", " her ", " this ")
_PASSIVE_AUXILIARY = lazy_compile(r" (?:was|were|has been|have been|had been) $")
_BACK_REFERENCE = lazy_compile(
    r"(?:This|That|It) (?:has been|had been|was|is|were) ([a-z]+) by |So ([a-z]+) "
    r"|(?:This|That) (?:was|is) according to |(?:This|That)[’']s according to "
)
_NEGATED = lazy_compile(
    r"(?:\bnot|n[’']t|\bnever|\b(?:declined|refused) to) $"
)  # "did not say when"
# Nouns the noun "state" modifies, as no verb "state" is followed: "state media"
_STATE_MODIFIED = lazy_compile(
    r" (?:media|television|tv|broadcaster|radio|news|agency|company|companies|firm|firms"
    r"|enterprises?|corporations?|nuclear|oil|gas|energy|visits?|secretary|department|council"
    r"|budget|institutions|bodies|officials|authorities|apparatus|funeral|banquet|dinner"
    r"|reception|level|power|security|sovereignty|border"
    r"|organi[sz]ations?|institutes?|agencies"  # "the U.S. state organization expressed" (640)
    r"|run|owned|controlled)\b"  # "state run news agency KCNA" unhyphened (round 361)
)
_OWNED_SPEECH_OBJECT = lazy_compile(  # "confirmed Z’s statement": whose words, an object
    r" [A-Z][\w.-]*[’']s (?:\w+ )?(?:statement|remark|word|comment|claim|position|account"
    r"|assessment|announcement|view)s?\b"
)
_UNDER_STRESS = lazy_compile(r"\bunder (?:[a-z]+ ){0,2}$")  # before the noun "stress"
_NOT_YET = lazy_compile(  # (an adverb after "not": "have not officially confirmed it"; round 379)
    r"\b(?:has|have|had) (?:(?:not|never)(?: yet)?(?: [a-z]+ly)?|yet to) $"
)
# a statement announced for later: "will say", "will also tell", "'ll announce", "is expected
# to say", "is due to tell" (not "would", nor "went on to say": said by now)
_FUTURE = lazy_compile(
    r"(?:\b(?:will|shall)|[’']ll|\b(?:(?:expected|due|set|scheduled|slated|poised|going|about"
    r"|plans?|planning|intends?|intending|is|are"
    r"|wants?|wanted|wish(?:es|ed)?|hop(?:es|ed)) to))((?: [a-z]+){0,2}) $"
)  # a wish to say is not saying ('X wants to tell: "..."'; round 309)
# a speech's text released before it is given: its words are written, not yet to be said
_RELEASED_AHEAD = lazy_compile(
    r"\b(?:excerpts? (?:of|from) (?:his|her|the|their) (?:[a-z]+ )?(?:speech|remarks|address)"
    r"|prepared (?:remarks|text|speech)|advance (?:copy|text|excerpts))\b"
)
_FUTURE_AUXILIARY = lazy_compile(r" (?:will|shall|(?:is|are) (?:expected|due|set|scheduled) to) $")
_FUTURE_REACH = 40  # characters before a verb: "is scheduled to also " and a margin
_TIME_FROM_EVENT = lazy_compile(  # "weeks after X", "two days before Y", "a year since Z"
    r"(?:(?:barely|just|only|nearly|almost|about|some|more than|less than) )?"  # degree
    r"(?:(?:a|an|one|two|three|four|five|six|several|a few|\d+) )?"  # "barely two weeks"
    r"(?:hours?|days?|weeks?|months?|years?) (?:after|before|since) "
)
_CAPITALISED_LAST = lazy_compile(r"\b[A-Z][\w’'.-]*$")  # a list item ending in a name
# an apposition ranking what the sentence before the attribution reports, no clause of its
# own ("X, officials said, the first such visit since 2021" / "the latest sign that ...")
_RANKING_APPOSITION = lazy_compile(
    r", (?:the|a|an|its|their) (?:first|latest|highest(?:-ranking|-level)?|biggest|largest"
    r"|second|third|most senior|most high-profile)\b"
)
_TIME_TAIL = lazy_compile(
    r"(?:(?:last|this|next|earlier this|later this) (?:week|weekend|month|year|\w+day)"
    r"|(?:on |later )?(?:the same|that|the next|the following|the previous) day"
    r"|yesterday|today|tonight|recently|earlier|later"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)"
)  # "..., the agency said Jan. 20." (round 417)
_SERVED_PREPOSITIONS = frozenset({"to", "for", "in"})  # "ambassador to X", "envoy for Y"
_TIME_TAIL_LENGTH = 24  # characters of the longest tail ``_TIME_TAIL`` matches, near enough
_STRAIGHT_MARK = lazy_compile(
    r"'(?=\w)"
)  # opens a quotation after a space, a bracket, a line's start
_STRAIGHT_CLOSING = lazy_compile(r"\S'(?![\w])")
_PROPER_PLURAL = lazy_compile(r"\b[A-Z][a-z]+s$")  # "States", "Allies": a name's plural
# an apostrophe before a decade or a year ("the '90s", "class of '98") or in "rock 'n' roll"
_ELIDING_MARK = lazy_compile(r"'(?:\d\d(?!\d)|n')")
# where a quotation in single marks may open in a text quoting in double marks elsewhere: a line's
# start or these before it ("said: '", "LONDON - '", "... talks. '", "said, '")
_SENTENCE_OPENERS = (": ", ". ", "? ", "! ", " - ", " – ", " — ", ", ")
_OTHER_MARKS = ('"', "“", "”", "‘")  # a line quoting in these keeps its straight single marks
_DOUBLE_MARKS = ('"', "“", "”")
# a closing mark before a word, perhaps after one space (” I was ...,”, round 217): read as
# an opening one after a space, a colon or a line's start (the mark first: tried only there)
_REVERSED_OPENING = lazy_compile(r"” ?(?=\w)")
_MARK_PRIME = lazy_compile(r"(?<!\d)″")
# a title's or an initial's full stop ('"...," Mr. X told ...') is no sentence break, the
# other stops and marks between a quotation and its verb are
_TITLE_STOP = lazy_compile(TITLE_STOP)
_ATTRIBUTION_BREAK = lazy_compile(r"[.;:\"“”]")
# what may stand between a closing mark and the subject after it: '"..." - the ministry stated'
# (round 302)
_BEFORE_SUBJECT_AFTER = " ,-–—"
_ROLE_UNITS = 6  # units of a role after a name whose closing comma is lost, at most
# who is quoted, before "as saying": "quoted X as", "reported X as", "X was quoted as"
# an object (a determiner first) between a verb and the colon before a quotation, and the
# verbs whose words there are an addressee or an adjunct, never content ("told the press:")
# a time clause between a verb and the colon before its quotation ("said after X: “...”")
_TIME_CONJUNCTIONS = (" after ", " before ", " once ", " as soon as ")
_TIME_CLAUSE_REACH = 120  # characters from the verb to that colon at most
_OBJECT_BEFORE_COLON = lazy_compile(r"\s+(?:the|a|an|his|her|its|their|our)\s[^:]*:\s*$")
_BARE_INTROS = frozenset({"say", "tell", "add"})
# a directive's addressee and infinitive before a colon ("urged other nations to weigh Y: ")
_URGED_BEFORE_COLON = lazy_compile(r" (?:on )?[\w’' -]{1,60}? to [a-z][^:;\"“”]{0,120}: ")
_URGING_LEMMAS = frozenset({"urge", "call", "ask", "request"})
# groups of persons whose quoted phrase is theirs as a person's is ("the two leaders discussed
# "...""), not a country's or a body's
_PERSONS_GROUPS = ("leaders", "ministers", "presidents")
# a meeting declared open or closed (no content: the chair's act)
_DECLARED_ACT = lazy_compile(
    r" (?:the |this |its )?(?:[\w-]+ ){0,3}(?:session|meeting|conference|summit|forum|event"
    r"|ceremony|exhibition|congress|assembly|workshop|seminar|proceedings) (?:open|closed)\b"
    # "declared martial law", "declared war on X": an act of state, nothing said
    r"| (?:martial law|a state of (?:emergency|siege|war)|an? (?:national )?emergency|war"
    r"|independence|a ceasefire|(?:a day of |national )?mourning)\b"
    # "declared a mother of battles", "declared an all-out war": a fight taken up (round 517)
    r"| an? (?:[\w-]+ ){0,3}(?:war|battle|fight|crusade)s?(?=[.,;]| on | against |$)"
)
# an attitude verb (GUIDELINES: no statement) joined to a said-clause, with a person its object
# ("said X and commended her for ..."): the speaker's act, not what was said (round 86)
# an attitude's past after a comma or a joint ("..., and thanked", ", congratulated"): the
# speaker's act, no content's predicate
_ATTITUDE_PAST = lazy_compile(
    r",?(?: and)? (?:also )?(?:commend|prais|thank|welcom|congratulat|laud|hail|applaud)ed\b"
)
# "and congratulated Tarn on", "and thanked them for": an act done to someone for something,
# the speaker's own after a said-clause (a content rarely reports one; baoquangnam, session 40)
_THANKED_FOR = lazy_compile(r",? and (?:also )?(?:congratulat|thank)ed [^,;.]{1,60}? (?:on|for)\b")
_ATTITUDE_TO_SOMEONE = lazy_compile(
    r",? and (?:also )?(?:commend|prais|thank|welcom|congratulat|laud|hail|applaud)ed"
    r" (?:him|her|them)\b"
)
_SUBJECT_NOUNS = lx.ROLE_NOUNS | lx.GROUP_NOUNS | lx.ORG_HEADS | NEWSPAPER_NOUNS
_QUOTED_NAME_WORDS = 4  # words at most of a name an outlet puts in marks ("TV Pirveli")
_BEFORE_QUOTED_ADDRESSEE = frozenset({"with", "to", "on", "told", "tells", "telling"})
_STATION_WORDS = frozenset({"radio", "television"})  # opening a station's name: "Radio Liberty"
_NAMES_ONLY = lazy_compile(r"(?:(?:[A-Z]\S*|of|the|and|for|to|at)(?:\s+|$))+")  # see _names_only
# ("Director-General at the Ministry of X, Y said ...": a title at its body, round 394)
_NAMED_ADDRESSEE_ONLY = 3  # words at most of a name all that follows "told" ("Al Jazeera")
# a yes-no question's auxiliary before its subject, opening the sentence
_INVERTED_AUXILIARIES = tuple(
    f"{word} " for word in ("Did", "Does", "Do", "Will", "Would", "Can", "Could", "Should")
)
# a name after the verb, then a clause of its own: the verb's object, no inverted subject
_OBJECT_THEN_CLAUSE = lazy_compile(r"(?:[A-Z][\w’'.-]* ){1,4}(?:whether|if|that) ")
# a sentence opening on a titled name, then a comma before its verb (and auxiliary)
_STRAY_COMMA_SUBJECT = lazy_compile(r"((?:[A-Z][\w’'.-]* ){0,5}[A-Z][\w’'.-]*), (?:(?:had|has) )?")
# whom a question was put to, then its conjunction: "asked him whether", "asked Y if"
_ASKED_WHOM_WHETHER = lazy_compile(
    r" (?:him|her|them|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}) (?:whether|if) "
)
_ASKED_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})  # "X?, a reporter asked him."
_ADDRESSEE_NOUNS = frozenset({"reporters", "journalists", "press", "media", "audience", "crowd"})
_APPROXIMATIONS = frozenset({"about", "some", "nearly", "around", "almost", "roughly", "over"})
_SIGN_OFF = lazy_compile(r"^/\.\s*[A-Z]{0,8}$")  # Vietnam News Agency's "./." (and "VNA")
# nouns "state" modifies, never its object as a verb ("state secrets", "state media")
_STATE_COMPOUNDS = frozenset(
    {"secrets", "media", "television", "radio", "broadcaster", "news", "visit", "visits"}
    | {"banquet", "dinner", "funeral", "budget", "enterprises", "companies", "firms", "assets"}
)
# the participles of an agentless passive opening a quotation about its subject ("is believed to")
_HEARSAY_PARTICIPLES = frozenset(
    {"believed", "thought", "said", "reported", "understood", "considered", "alleged", "known"}
)
# "claim" before its clause's subject, no "that" between: a name or a subject pronoun
_CLAIMED_CLAUSE = lazy_compile(
    r"(?<= )(?:claim(?:s|ed|ing)?|alleg(?:es|ing)) (?=[A-Z][a-z]|(?:it|he|she|they|we) "
    r"|the [a-z]+ (?:is|are|was|were|has|have|had|will|would) "  # "claim the plan is “...”"
    r"|(?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2} (?:is|are|was|were|has|have|had|will|would) )"
    # "claiming the European Union was not “...”", "claimed the EU was “...”": a name's
    # clause, the name in one to three capitalised words (round 659)
    # a court's ruling, its clause's subject a noun phrase (not "ruled the country with"):
    r"|(?<= )rul(?:es|ed) (?=the (?:[\w’'-]+ ){1,2}(?:is|are|was|were|had been) )"  # 'ruled the
    # prosecutorial petition was “unfounded”' (round 647), as 'ruled that' (round 617)
)  # "alleging he acted for “...”" too (round 574); "alleged" also an adjective, left
# "believe" with a subject of its own before it, not a passive's ("is believed")
_BELIEVED_CLAUSE = lazy_compile(
    r"(?<= )(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )believ(?:e|es|ed) "
)
# a verb of speech not in the list and its addressee, before "that"
# a verb of speech not in the list, whom it addressed, and when: "assured the envoy", "informed
# the IAEA on June 13" (round 611), before "that"
_ASSURED_SOMEONE = lazy_compile(
    r"(?<= )(?:(?:re)?assur(?:ed|es)|inform(?:ed|s)|notifie[ds]|remind(?:ed|s))"
    r" (?:(?:the|his|her|their) )?(?:[A-Z][\w.]* )?\S+"  # "assured US allies that"
    r"(?: on (?:[A-Z][a-z]+day|[A-Z][a-z]+ \d{1,2}))?$"
)
_ASSURING = ("assur", "inform", "notifie", "remind")  # the cheap test of _ASSURED_SOMEONE: its
# stems ("reminded reporters on Tuesday that ... “non-intervention.”": round 640)
# between a quotation's closing mark and the verb of a predicate joined after it
_JOINED_PREDICATE = lazy_compile(  # 'X had slammed "..." and had pledged to Y': its perfect too
    r",? and (?:(?:has|have|had) )?(?:also |then |later |further )?"
)  # '“...”, and has asked Y to': after the comma the mark closes before too (round 679)
# a stance taken in words, not in the list, before "that" ("was adamant that", "made it clear
# that"): a quotation in its clause is direct (SOURCES, rounds 256 and 257)
_STANCE_TAKEN_WORDS = frozenset(
    {"clear", "adamant", "firm", "emphatic", "categorical", "unequivocal", "warning"}
)
_STANCE_TAKEN = lazy_compile(
    r"(?:made (?:it )?(?:very |abundantly |quite )?clear"
    r"|(?:was|were|is|are|has been|have been|remained) (?:very |quite )?"
    r"(?:adamant|firm|emphatic|categorical|unequivocal|clear)"
    r"|(?:issued|gave|sounded) an? (?:[a-z]+ )?warning)$"  # the noun, not the listed "warned":
    # "issued a stark warning that X “...”" (stfix148)
)
_CLOSING_PARTICLES = frozenset({"up", "out", "back", "in"})  # a phrasal verb's, ending it
# unlisted verbs of speech whose object is whom the quotation was told ('“...,” he instructed
# state television.', '“...,” she reminded reporters.'): the quotation attributed, direct
_ADDRESSING_PASTS = frozenset({"informed", "assured", "reassured", "reminded", "instructed"})
_ADDRESSEE_ONLY = lazy_compile(r"(?:(?:the|his|her|their) )?[a-z]+(?: [a-z]+)?")  # 'state tv'
_GLOSS_DASHES = ("—", "–")  # opening the reporter's gloss after a quotation's attribution
_UNLISTED_WINDOW = 240  # characters before a quotation its verb may stand
_EXAMPLE_OPENINGS = (" like ", " such as ")  # before a quotation given as an example
_CLAUSE_BREAKS = (",", ":", ";", '"', "“", "”")  # none in a that-clause before its comma
_THAT_JOINTS = frozenset({"and", "but"})  # before "that": a that-clause joined to another
_UNLISTED_JOINED_WORDS = 12  # words at most of a first clause before its joined "and that"


def _clause_only(words: str) -> bool:
    """Whether ``words`` after "that" are a clause of two words or more with no break or mark
    in them ("the service should be voluntary however"), by scans in C (no pattern's
    backtracking over a long sentence)."""
    return " " in words and not any(mark in words for mark in _CLAUSE_BREAKS)


def _unlisted_before_joint(text: str, window: int, joint: int) -> tuple[int, str]:
    """Where an unlisted verb of speech stands before the joint ``joint`` ("and", "but") of
    a that-clause joined to a first clause with no "that" ("admitted the law was costly and
    that ..."), and the verb; (-1, "") when none stands in its few words before it."""
    start = joint
    for _ in range(_UNLISTED_JOINED_WORDS):
        space = text.rfind(" ", window, start - 1)
        word = text[space + 1 : start - 1]
        if space < window or word.endswith((".", ";", ":")):
            break
        if word in lx.UNLISTED_SPEECH:
            return space + 1, word
        start = space + 1
    return -1, ""


# a reported clause with "that" ending in a colon before a quotation (GUIDELINES: "annotated
# up to the colon"; tests/statements_dev/SOURCES, round 87)
_CLAUSE_BEFORE_COLON = lazy_compile(r"\s+that\s[^:;\"“”]+:\s*")
# a preposition opening a sentence or its clause before a participle ("After stressing X,")
_GERUND_OPENER = lazy_compile(
    r"(?:(?:On|In|At|During|Later|Earlier|Today|Yesterday)\b[^,]{0,30}, )?"  # "On Monday, after"
    # a span of time before it ("Hours before announcing X, Y did Z": Y announced X; round 658)
    r"(?:(?:(?:Just|Only|Mere|A few|Several|Two|Three) )?(?:[Hh]ours|[Dd]ays|[Mm]inutes"
    r"|[Mm]oments|[Ww]eeks|[Mm]onths) |Shortly |Soon |Just |Right |Moments )?"
    r"(?:After|after|Before|before|Upon|upon|Besides|besides|While|while|When|when|Since|since) "
)  # "Since vowing to X, he ...": the main clause's subject vowed (stfix150)
# what opens a clause whose subject speaks under an unlisted verb ("report that X said")
_INNER_CLAUSE = lazy_compile(r"(?<= )(?:that|reported|reports) (?=\S)")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_BARE_DATE = lazy_compile(  # a day and month with no preposition, as a dateline writes it; a
    # month's name whole or cut short, not a word it begins ("announced Decree 12 that bans
    # X" is what was announced), its year's comma too ("said June 5, 2025, that"), its
    # weekday before it ("said Monday, March 13, that") and its day an ordinal ("March 13th")
    rf"(?:(?:{'|'.join(sorted(lx.WEEKDAYS))}),? )?"
    rf"(?:{_MONTH} {_DAY}|{_DAY} {_MONTH})(?:,? \d{{4}})?,?\s*"
)
# a day's part with no preposition: "announced early Thursday that", "said late on Monday that"
_THIS_PERIOD = lazy_compile(
    r"(?:earlier |later )?this (?:week|month|year|morning|afternoon|evening|weekend"
    rf"|{'|'.join(sorted(lx.WEEKDAYS))})\s*"  # "announced this Wednesday that" (round 679)
)
_AS_AN_ALTERNATIVE = lazy_compile(r"(?:instead|as (?:a|an) (?:[a-z]+ )?[a-z]+)\s*")  # an adverbial
_EARLY_OR_LATE_DAY = lazy_compile(
    rf"(?:early|late) (?:on )?(?:{'|'.join(sorted(lx.WEEKDAYS))}|this morning|last night)\s*"
)
# an attitude's verb right after its subject ("X praised", "X has welcomed"; GUIDELINES Decisions)
_PRAISED = lazy_compile(
    r" (?:has |had |also |warmly )*(?:praised|welcomed|hailed|lauded|commended|applauded"
    r"|congratulated|thanked) "
)
_PRAISED_NOT_THANKED = lazy_compile(
    r" (?:praised|welcomed|hailed|lauded|commended|applauded|congratulated) "
)  # "thanked X “for ...”" quotes the thanker's words (the dev set's milletnews)
# the day "on" gives between a verb and its particle: "called on Friday, October 10, for X"
_DATED_PARTICLE = lazy_compile(
    rf" (?:{'|'.join(sorted(lx.WEEKDAYS))})(?:,? {_MONTH} {_DAY}|,? {_DAY} {_MONTH})?"
    r"(?:,? \d{4})?,? (for|on|upon)\b"
)
_ADJUNCT_BEFORE_THAT = 60  # characters of "in a press conference on May 3" before "that"
_DEGREE_ADVERBS = frozenset({"just", "shortly", "only", "soon", "right", "even", "well", "long"})
_NO_OBJECT = lx.ADVERBS | lx.ADJUNCT_STARTS  # what may follow a verb whose object is a gap
# an impersonal opening before its "that", a conjunction, not a relative pronoun ("It is
# noteworthy that", "It was clear that")
_IMPERSONAL_THAT = lazy_compile(
    r"\b[Ii]t (?:is|was|has been|had been) (?!(?:the|a|an|this|these|those|his|her|their|its"
    r"|our|one|what|only|not)\b)(?:[a-z]+ ){0,2}[a-z]+ that $"
)  # (not a cleft's noun: "It is the plan that X proposed to Y")
# "with" or "of" and the subject of a participle right after it ("with X confirming")
# a document with its issuer closing a sentence before its verb, its comma lost
_DOCUMENT_CLOSING = lazy_compile(
    r" (?:an?|the) (?:[\w’'-]+ ){0,2}(?:statement|release|readout|communiqu[eé]) (?:from|by|of) "
)
_DOCUMENT_REACH = 120  # characters before the verb such a document may start
_CAPITAL_PRONOUN_AFTER_SEMICOLON = lazy_compile(r"; (?=(?:It|He|She|They|We) )")
# a place and a participle hyphened before a name ("Norland-born ", "Tarn-based ")
_HYPHENED_MODIFIER = lazy_compile(
    r"(?:[A-Z][\w’'.]* )?[A-Z][\w’'.]*-(?:[a-z]{2,}ed|born|bred|grown) (?=[A-Z])"
)
# words whose "'s" is "is" or "has" or "us", before a verb ("he's said", "let's call")
_CONTRACTING_WORDS = frozenset(
    ("he", "she", "it", "that", "there", "who", "what", "where", "here", "let", "everyone")
)
_FIRST_PERSON = lazy_compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me)\b")  # a speaker's own words
_BARE_ATTRIBUTION_LENGTH = 40  # characters of a paragraph that is only "X said."
_DASHED_ATTRIBUTION_LENGTH = 100  # "— added the head of X's Foreign Ministry." (round 320)
_NEXT_TWO_CHARACTERS = lazy_compile(r"\s*(\S?)(.?)")  # after a paragraph: the text's end or not
_OPENING_MARKS = ("“", '"')  # a quotation's opening, as ``_marks_read`` reads marks
_ABSOLUTE_OPENINGS = (", ", "; ", " – ", " — ", " - ", "(", " and ")  # before an absolute "with"
_ABSOLUTE_SUBJECT = lazy_compile(r"(?<![\w’'-])(?:with|of) ((?:[\w’'.-]+ ){1,6})$")
_ABSOLUTE_APPOSED = lazy_compile(  # "with X's ruler, the Oba, insisting": a subject and its aside
    r"(?<![\w’'-])with ((?:[\w’'.-]+ ){0,5}[\w’'.-]+), ((?:[\w’'./-]+ ){0,7}[\w’'./-]+), $"
)  # ("with X, the head of the A/B group, saying": a role of seven words; round 673)
_ABSOLUTE_TIME = lazy_compile(  # a time closing an absolute participle's subject, before the verb
    r" (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday"
    r"|(?:earlier |later )?(?:this|last) (?:week|month|year)|earlier|later) $"
)  # "with X earlier this week reiterating Y" (round 483)
_SERIAL_LAST = lazy_compile(r", and (?:also |then |later )?(?:[a-z]{2,}ed|said|told)\b")  # its end
_INDEFINITE_OPENINGS = ("one ", "a ", "an ", "another ")  # an absolute subject newly named
_GLOSS_OPENINGS = (",” or ", '," or ')  # before a quotation that restates the one before
_WHO_OPENINGS = (", who ", " — who ", " – who ")  # a relative clause on the person before
# a relative clause set off by its comma (``_relative_set_off_reported``)
_RELATIVES_SET_OFF = (", in which ", ", which ", ", who ", ", where ")
_HAVING_BEFORE = lazy_compile(r" having (?:[a-z]+ly )?$")  # a perfect participle's auxiliary
_ABSOLUTE_TIME_REACH = 32  # characters the longest such time takes ("later this month")
_QUOTED_AS = lazy_compile(
    r"\b(?:quot(?:ed|es|ing)|report(?:ed|s)|cit(?:ed|es|ing))\s+(\S.{0,60}?)\s+as\s+$"
    r"|(?<![^\s,])(\S.{0,60}?)\s+(?:is|was|were|are|has been|had been)\s+(?:quoted|cited)\s+"
    r"(?:as\s+)?$"
)  # ("X was quoted saying", its "as" left out: round 379)
# what opens a role mention or a pronoun an outlet quotes ("quoted the minister as", "cited an
# unnamed spokesman as", "cited him as"; round 36 residue)
_QUOTED_ROLE_OPENINGS = ("the ", "a ", "an ")
_QUOTED_GROUP_WORDS = 3  # words a quoted group's noun may stand among ("senior Western diplomats")
_QUOTED_TYPES = frozenset({"PERSON", "ORG"})  # whom an outlet quotes: a person or a body
# a passive characterisation and its agent right before a quotation: "was described by X as"
_CHARACTERISED_BY = lazy_compile(
    r" (?:described|called|branded|termed|dubbed|labell?ed) by ([^,;:\"“”]{2,60}?) as $"
)
_CHARACTERISED_REACH = 90
_JOINED_TO_NEXT = ("” and “", '" and "')  # a quotation closed, then another joined to it
# a name with an Arabic particle, set off by commas: "Tarek el- Molla, ", "Ali al-Sayed, "
_PARTICLE_NAME = lazy_compile(r"[A-Z][a-z]+ (?:[A-Z][a-z]+ )?[ae]l- ?[A-Z][\w’'-]+(?=,)")
_ASIDE_OPENINGS = (", while ", ", when ")  # a participle's aside after the subject
_ADVERBIAL_WORDS = 3  # "on Sunday", "later on Monday": between an aside and its main verb
# a passive that blames or characterises, then its agent: "have been blamed by the government
# for" (round 511)
_BLAMED_BY = lazy_compile(
    r" (?:is|are|was|were|been|being) (?:blamed|accused|branded|labell?ed|condemned|denounced"
    r"|criticised|criticized) by ([^,;:\"“”]{2,50}?)(?= (?:for|of|over|as) |[,.;])"
)
# a passive characterisation right before a quotation, its agent after it: "has been described
# as “...” by X" (round 352)
_PASSIVE_CHARACTERISED = lazy_compile(
    r" (?:is|are|was|were|been|being) (?:[a-z]+ly )?(?:described|called|branded|termed|dubbed"
    r"|labell?ed|characteri[sz]ed|critici[sz]ed|condemned|denounced|dismissed|hailed|praised"
    r"|portrayed) as (?:an? |the )?$"
)
_WHICH_SAID_REACH = 60  # characters from ", which " to "said": a name between
_REPORT_WORDS = 3  # "the latest report": words of a report named by no outlet
_OUTLET_WORDS = 3  # "the Global Times report": the words of the outlet's name before it
_REPORT = ("report", "reports")
_CLOSING_JOINTS = (", ", " — ", " – ")  # before a sentence's closing attribution
_CLOSING_SUBJECT_REACH = 20  # characters its subject and joint take at most ("— one official")
_CLOSING_REST = lazy_compile(r"\s*(?:\.\s*)?")  # all a closing attribution leaves after its verb
_LOST_CLOSE_REACH = 160  # the subject and verb closing a quotation that lost its mark
_SUBJECT_BREAKS = (",", ";", ":", "“", "”", '"')  # no subject or attribution holds these
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_RUN_MARKS = '“"'  # the marks reopening a quotation's next paragraph
_QUOTED_RELATIVE_REACH = 60  # characters of a relative clause before "was quoted as"
_OUTLET_REACH = 40  # characters of an outlet's name between a comma and "reports X as"
# what may close a sentence after "... as saying": a time, no words said
_CLOSING_TIME = lazy_compile(r"(?:today|yesterday|tonight|on [A-Z][a-z]+day|(?:this|last) week)")
# "quoted X, a spokesman for the ministry, as ": X, then a title set off by commas
_QUOTED_APPOSED_AS = lazy_compile(  # the title after a determiner or a country's possessive:
    # "quoted X, Nepal's ambassador in Moscow, as saying that" (round 477)
    r"\bquot(?:ed|es|ing)\s+([A-Z][^,]{1,40}), (?:a|an|the|[A-Z][\w-]*[’']s) [^,]{1,100},\s+as\s+$"
)

# a count of topics as a proposal's whole object, not the subject of a clause
_PROPOSING = frozenset({"suggest", "propose"})
_QUANTIFIERS = ("numerous ", "several ", "many ", "various ", "a number of ", "a few ", "some ")
_TOPICS_ONLY = lazy_compile(
    r"(?:numerous|several|many|various|a number of|a few|some) (?:[\w-]+ )?"
    r"(?:issues|topics|questions|matters|subjects|points)\b"
    r"(?! (?:is|are|was|were|will|would|should|could|must|can|may|have|had|need)\b)"
)
# an agency's report, direct when it quotes what it reports and no one else speaks there
_REPORTING = frozenset({"reported", "reports"})
_STATE_PARTICIPLES = frozenset({"run", "owned", "controlled"})  # "state run": a modifier
_SPEAKING_TYPES = frozenset({"PERSON", "ORG"})  # mentions that may say a quotation
_DATED_VERB = lazy_compile(r"([a-z]+) on [A-Z][a-z]+day$")  # "reported on Tuesday"
_QUOTED_DOING = lazy_compile(r"quot(?:ed|es|ing) (\S.{0,60}?)(?: [a-z]+ly)? $")


def _as_asked_for(text: str, s_start: int, verb: re.Match[str]) -> bool:
    """Whether a verb of asking closes an aside "as Y (had) requested" with no object of its
    own: what it asked for is the act before it, no clause Y said."""
    at = text.rfind(", as ", max(s_start, verb.start() - 60), verb.start())
    if at < 0 or text[verb.end() : verb.end() + 1] not in (",", ".", ";", ""):
        return False
    aside = text[at + 5 : verb.start()]
    return "," not in aside and len(aside.split()) <= _AS_ASKER_WORDS


@dataclass(slots=True)
class _Claim:
    """A statement found in a sentence, before its end is known."""

    kind: str
    start: int
    speaker: Speaker
    verb: re.Match[str] | None
    form: VerbForm | None
    cut: int  # where the statement before this one in the sentence must end
    end: int = -1  # a fixed end (an attribution after its content), else the clause's end


class _Found(NamedTuple):
    """A statement found, before overlaps and its speaker's fullest naming are settled (a
    tuple: the ``Statement``, a frozen dataclass of eleven fields, is built once, for those
    kept, with the text as given)."""

    position: int  # its verb's offset (its own start without one)
    start: int
    end: int
    kind: str
    speaker: Speaker
    verb: str
    past: str


_new_found = tuple.__new__  # ``_Found``'s own constructor is a Python function around this


class _OutsideVerbs(NamedTuple):
    """A sentence's listed verbs outside its paragraph's quotations, each with its particle
    where it needs one: read once for all the sentence's quotations (``_quoted_words``)."""

    sentence: tuple[int, int]
    quotes: list[tuple[int, int]]  # the paragraph's, the very list they were read against
    verbs: list[re.Match[str]]
    ends: list[int]  # ascending: the listed verbs are words, none inside another
    first_opener: int  # the first verb opening a clause ("said", "added that"), or len(verbs)


class _TailMarks(NamedTuple):
    """Where a sentence holds a sign-off ("/.") and a comma before a name's suffix (", Jr"):
    read once for all its verbs' attribution tails, each the rest of the sentence
    (``_end_attribution``)."""

    sentence: tuple[int, int]
    sign_offs: list[int]
    suffix_commas: list[int]
    spaced_commas: list[int]


@dataclass(slots=True)
class _QuoteRun:
    """Paragraphs of one quotation running over several, whose speaker is not known yet."""

    pending: list[tuple[int, int]]  # the paragraphs' contents
    before: Speaker | None  # the speaker of the sentence before the run
    borrowed: list[int] = field(default_factory=list)  # starts of paragraphs given to the
    # speaker of the sentence before the block only: the one who closes the run speaks them


def find_statements(
    text: str, spans: Sequence[EntitySpan] | None = None, *, title: str = ""
) -> list[Statement]:
    """The statements of ``text``, in text order, with offsets into ``text`` as given.

    ``spans`` are the recogniser's entities for ``text`` (recognised here when not given).
    ``title`` is the article's stored title: a text stored without it (a feed's, a page's) is
    body from its first line, where a lede's statements are; without one ("", a bare file),
    the first line is read as the headline (:func:`_sentence_as_title`).
    Quotation marks are read as :func:`_marks_read` reads them, a hard-wrapped text's lines as
    its paragraphs (:func:`soft_wraps_joined`).
    """
    joined = soft_wraps_joined(text)
    if ",\n" in joined:  # the cheap test first
        joined = _attributions_broken_joined(joined)
    read = _marks_read(joined)
    if read.rstrip()[-1:].isalpha():  # the cheap test first: a text cut off inside a word
        read = _cut_attribution_blanked(read)
    if "; “" in read or '; "' in read:  # the cheap tests first
        read = _semicolons_introducing(read)
    verbs, words = verbs_and_words(read, _SCANNED)  # the words the set-up asks for too
    if "recall" in read or "persona non grata" in read:  # the cheap test first
        verbs = [verb for verb in verbs if not _diplomatic_act(read, verb)]
    verbs = [verb for verb in verbs if not _modifies_noun(read, verb)]
    if "without " in read:  # the cheap test first: "it goes without saying that" says nothing,
        # nor "left without saying a word" (Vietnamese outlets, session 39)
        verbs = [verb for verb in verbs if not read.endswith("without ", 0, verb.start())]
    if "dd" in read and " up" in read:  # the cheap test first: "adding up to 1.7 billion"
        verbs = [verb for verb in verbs if not _added_up(read, verb)]
    if (
        "dded to " in read
        or "dds to " in read
        or "dding to " in read
        or _ADDED_THING_TO_TEXT.search(read) is not None
    ):  # the cheap tests first: a scan in C for "dd" then the shape
        verbs = [verb for verb in verbs if not _added_to_thing(read, verb)]
    if not verbs and _QUOTE_OR_ACCORDING.search(read) is None:
        return []  # no listed verb, quotation mark or "according to": nothing can be found
    if spans is None:
        from diplotui.entities import recognise

        spans = recognise(text)
    finder = _Finder(read, spans, verbs, words, _marks_read(title) if title else "")
    found = finder.run()
    if len(found) > 1:
        found = _repeats_as_first_said(read, found)
    fullest = finder.subjects.fullest  # "an official said ... the South Korean official said":
    # named as fully everywhere
    spelt_out = _acronyms_spelt_out(found, fullest)
    spelt_out.update(_acronyms_bracketed(read, found))
    spelt_out.update(_acronyms_written_out(read, found, spelt_out))
    if any(f.speaker.type == "ORG" and " " not in f.speaker.name for f in found):  # cheap test
        spelt_out.update(_one_word_bodies_named_fuller(found, spelt_out))
        spelt_out.update(_companies_named_fuller(found, spelt_out, finder.subjects.cast.spans))
    if any(f.speaker.name in lx.FOREIGN_MINISTRY_ACRONYMS for f in found):  # the cheap test
        spelt_out.update(
            _foreign_ministry_acronyms(found, fullest, spelt_out, finder.subjects.cast.spans)
        )
    if "Foreign Office" in read:  # the cheap test first
        spelt_out.update(_foreign_office_named_in_full(found, fullest, spelt_out))
    if "mbass" in read or "ission" in read:  # the cheap test first
        spelt_out.update(_missions_as_one(found, finder.subjects.cast))
    if any(_foreign_ministry_by_other_name(f.speaker.name) for f in found):  # the cheap test
        spelt_out.update(_foreign_ministry_named_otherwise(found, fullest, spelt_out))
    unnamed = _role_only_keys(finder.subjects.unnamed) if finder.subjects.unnamed else _NO_KEYS
    cast = finder.subjects.cast
    statements = []
    spelt_out.update(_joint_acronyms_spelt(read, found))
    if "UN " in read or "United Nations " in read:  # the cheap test first
        spelt_out.update(_parents_prefixed(read, found, spelt_out, fullest))
    if any(f.speaker.name[:1].isdigit() for f in found):  # the cheap test first
        spelt_out.update(_units_prefixed(found))
    if any(f.speaker.type == "PERSON" and _initialism(f.speaker.name) for f in found):
        spelt_out.update(_persons_bracketed(read, found))  # (the cheap test first)
    spelt_out.update(_numbered_holders_named(read, found, spelt_out, fullest))
    if any(f.speaker.name == "government" for f in found):  # the cheap test first
        spelt_out.update(_government_placed(found))
    if any(" " not in f.speaker.name for f in found):  # the cheap test first
        spelt_out.update(_particled_names_written_out(read, found, spelt_out))
        spelt_out.update(
            _given_names_missed(read, found, spelt_out, fullest, finder.subjects.cast.in_body)
        )
    if any(f.speaker.name.endswith(_MINISTRY_END) for f in found):  # the cheap test first
        spelt_out.update(_ministries_with_nationality(read, found, spelt_out, fullest))
    if any("’s " in f.speaker.name or "'s " in f.speaker.name for f in found):  # cheap test
        spelt_out.update(_possessors_written_out(read, found, spelt_out, fullest))
        spelt_out.update(_owners_as_nationalities(found, spelt_out, fullest))
    if any(f.speaker.type == "ORG" and _acronym_and_head(f.speaker.name) for f in found):
        spelt_out.update(_acronym_bodies_named_fullest(read, found, spelt_out))
    if any(f.speaker.type == "ORG" and f.speaker.name.endswith(_BODY_TYPE_ENDS) for f in found):
        spelt_out.update(_acronyms_of_body_type(found, spelt_out))  # (the cheap test first)
    if len({f.speaker.key for f in found if f.speaker.type == "PERSON"}) > 1:  # cheap test
        spelt_out.update(_split_spellings(read, found, spelt_out, fullest))
    if any(f.speaker.type == "ORG" and "inistry" in f.speaker.name for f in found):
        spelt_out.update(_ministries_named_fullest(found, spelt_out, fullest, cast))  # (the
        # cheap test first)
    for f in found:
        name = spelt_out.get(f.speaker.key) or fullest.get(f.speaker.key, f.speaker.name)
        role = cast.shown_role(f.speaker) if f.speaker.type == "PERSON" else f.speaker.role
        if not role and f.speaker.key in unnamed:
            role = name
        statements.append(
            Statement(
                f.start,
                f.end,
                text[f.start : f.end],
                f.kind,
                name,
                f.speaker.key,
                f.speaker.type,
                role,
                f.speaker.organisation,
                f.verb,
                f.past,
            )
        )
    return statements


_NO_KEYS: frozenset[str] = frozenset()
_ACRONYM_AND_HEAD = lazy_compile(r"([A-Z]{2,6}) ([a-z]+)")  # "OAS mission": a body's short name
_ORDINAL_ENDINGS = frozenset({"th", "st", "nd", "rd"})  # "14th Dalai Lama": a numbered office
# a holder's name after a numbered office: two or three capitalised words, then no more
_HOLDER_NAME = lazy_compile(r",? ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2})(?![\w’'-]| [A-Z])")
_REPEAT_LENGTH = 80  # characters of a quotation whose repeat can only be a copy of it
_VERB_PREFIXES = frozenset({"re", "co", "pre"})  # "re-affirmed": still the verb (newuser41)
# an adjective by its ending, then its noun's word ("and equitable sharing")
_ADJECTIVE_AFTER_AND = lazy_compile(r" ?[a-z]+(?:able|ible|ful|ous|ive|al|ic|ent|ant) [a-z]")
# a preposition after a quoted noun whose phrase may go on with the clause ("“grounds for
# help” in the project"), and such a phrase ending the sentence
_NOUN_PHRASE_PREPOSITIONS = frozenset({"in", "of", "for"})
_SHORT_PHRASE_CLOSING = lazy_compile(
    r"((?:in|of|for) (?:the|this|that|its|their) [a-z-]+)\.(?:\s|$)"
)
_JOINING_WORDS = frozenset(
    {"and", "but", "or", "as", "while", "before", "after", "when", "in", "on", "at", "to", "for",
     "with", "during", "of", "from", "by", "about", "over", "into", "than", "then", "that"}
)  # fmt: skip
_UN_PARENTS = ("UN ", "United Nations ")  # before an agency's name, its fullest form
_BODY_TYPES = frozenset({"ORG", "GPE"})
# a ministry named by its portfolio before the noun, in capitals or not ("the foreign ministry"
# beside "the Saudi foreign ministry": round 611)
_MINISTRY_END = (" Ministry", " ministry")
_PLACE_TAIL = lazy_compile(r"(?:(?:of(?: the)?|,) )?(?:[A-Z][\w.’'-]*)(?: [A-Z][\w.’'-]*)*")  # " of
# the Russian Federation", " Peru" after a ministry's name: whose it is
_NO_PLACES: frozenset[str] = frozenset()
_NATIONALITY_REACH = 30  # characters before a name its nationality stands in
_POSSESSOR_WRITTEN_OUT = lazy_compile(r"[A-Z][a-z]+ ([A-Z][a-z]+)(?=[’']s )")  # "South Korea’s"
_GIVEN_REACH = 40  # characters before a surname its given name and the word before it stand in
# the word before a given name (a hyphened stance opening a line too: "Pro-European"), then
# the given name, its letters any script's ("Nicușor"), right before a surname's space; or a
# conjunction opening the sentence ("When Ivo Darn announced X": stfix148); or a label and
# its colon opening a line ("UPDATE: Ivo Darn has ...": stfix158)
_GIVEN_BEFORE = lazy_compile(
    r"(\b[a-z]+|,|\b[A-Z][a-z]+-[A-Z][a-z]+|^[A-Z][A-Za-z]+:"
    r"|(?:^|(?<=\. ))(?:When|After|As|While|Once|Since|Because)) ([A-Z][^\W\d_]{2,}) $",
    re.MULTILINE,
)


def _repeats_as_first_said(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` with a long quotation the page repeats word for word given the speaker of its
    first occurrence: a scraper's or a blog's repeat of a paragraph is the same words of the
    same person, whoever spoke just before the copy (round 603)."""
    first: dict[str, Speaker] = {}
    for index, statement in enumerate(found):
        if statement.kind != "direct" or statement.end - statement.start < _REPEAT_LENGTH:
            continue
        words = text[statement.start : statement.end]
        speaker = first.setdefault(words, statement.speaker)
        if speaker.key != statement.speaker.key:
            found[index] = statement._replace(speaker=speaker)
    return found


def _fronted_subject_start(text: str, s_start: int, verb_start: int, content: int) -> int:
    """Where "X, he warned, will be treated as Y" starts its words: at X, the subject its
    predicate goes on from past the attribution set off by commas (the words after it alone,
    "will be treated as Y", name nothing; newuser44, GUIDELINES' dev set spans "This
    measure, X noted, aims to ..."), else at ``content``. The predicate must go on in lower
    case, not with a joint or a participle of its own, and X hold no listed verb."""
    comma = text.rfind(", ", s_start, verb_start)
    space = text.find(" ", content, content + 20)
    word = text[content:space] if space > content else ""
    if comma < 0 or not word.isalpha() or not word.islower() or word in _NO_PREDICATE:
        return content  # "..., he said, the U.S. will engage": a clause of its own
    if word.endswith("ing") or text.endswith(" of ", comma, verb_start):
        return content  # "the secretary of state, was slated": no verb at all
    start = dateline_end(text, s_start, comma)
    fronted = text[start:comma]
    first = fronted.split(None, 1)[0].strip(",").lower() if fronted.strip() else ""
    if " " not in fronted.strip() and not _lone_subject(fronted, word):
        return content  # "Meanwhile, he noted, X are excluded": X's clause alone
    if first in _FRONTED_ADVERBIAL_STARTS or first.endswith("ing"):
        return content  # "At the same time, he noted, X are excluded": likewise
    if holds_listed_verb(fronted) or _QUOTE_MARKS & set(fronted):
        return content
    return start


def _lone_subject(fronted: str, word: str) -> bool:
    """Whether one word before "he said," is the subject its predicate goes on from
    ("Inspectors, he said, would begin"): an auxiliary after the aside needs one, where an
    adverb ("Meanwhile, he said, the talks ...") is followed by a clause of its own."""
    return fronted.strip().isalpha() and word in _FINITE_AUXILIARIES


_NO_PREDICATE = lx.DROPPED_DETERMINERS | frozenset(
    {"and", "but", "or", "while", "as", "although", "though", "he", "she", "they", "it", "we", "i"}
)  # a joint, or a clause's own subject, after the aside
_QUOTE_MARKS = frozenset('"“”')
_FRONTED_ADVERBIAL_STARTS = lx.ADJUNCT_STARTS | lx.PREPOSITIONS | {"however", "meanwhile"}


def _role_only_keys(unnamed: dict[str, list[Speaker]]) -> frozenset[str]:
    """The keys of speakers the article names by a role alone ("a spokeswoman said", "the Lao
    Deputy Foreign Minister said"): that role is theirs, so ``role:`` finds them; not one
    named by a noun that is no office ("a diplomatic source", "one of the people")."""
    return frozenset(
        speaker.key
        for noun, speakers in unnamed.items()
        if noun not in NO_OFFICE
        for speaker in speakers
    )


def _quoted_after_colon(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a colon right before an opening quotation mark."""
    colon = text.find(": ", start, end)
    return colon >= 0 and text.startswith(("“", '"'), colon + 2)


# feelings "express" names without content, like its attitudes ("expressed “deep sorrow”")
_FEELINGS = lx.EXPRESSED_ATTITUDES | frozenset(
    {"sorrow", "grief", "sadness", "displeasure", "dismay", "shock"}
)


def _quoted_feeling(text: str, verb: re.Match[str], open_at: int, close_at: int) -> bool:
    """Whether a quotation right after "express" is its object and names a feeling ('X
    expressed "deep sorrow" and ...', 'expressed "strong displeasure"'): an attitude, as
    "expressed condolences" is, no one's words to annotate (round 374)."""
    if FORMS[verb.group()].lemma != "express" or text[verb.end() : open_at].strip():
        return False
    quoted = text[open_at + 1 : close_at].rstrip(" .,!").rpartition(" ")[2]
    return quoted.lower() in _FEELINGS


def _word_before(text: str, start: int, mark: int) -> str:
    """The word right before an opening mark and its space (from ``start`` on), lowercased."""
    if not text.startswith(" ", mark - 1):
        return ""
    return text[max(start, text.rfind(" ", start, mark - 1) + 1) : mark - 1].lower()


def _attitude_object(text: str, position: int) -> bool:
    """Whether the object after a verb ending at ``position`` is an attitude's noun
    ("reiterated his appreciation", "reaffirmed their deep gratitude")."""
    noun = _ATTITUDE_OBJECT.match(text, position)
    return (
        noun is not None
        and noun.group(1) in lx.EXPRESSED_ATTITUDES
        and not _attitude_and_content(text, noun.end())
    )


def _attitude_and_content(text: str, end: int) -> bool:
    """Whether an attitude's noun ending at ``end`` is joined to a content noun ("their
    appreciation and support for X"): the support is content, so the object is (round 351)."""
    if not text.startswith(" and ", end):
        return False
    return text[end + 5 : end + 25].split(" ", 1)[0] in lx.EXPRESSED_CONTENT


def _stray_before_attribution(text: str, start: int) -> bool:
    """Whether a "quotation" opened right after a closed one starts with a pronoun and a
    listed verb ('"...agreement." "he told ABC radio.'): the page's stray mark before the
    attribution, no words of anyone's (round 350)."""
    words = text[start : start + 24].split(" ", 2)
    return len(words) > 2 and words[0] in _SUBJECT_PRONOUNS and words[1] in FORMS


def _future(text: str, start: int, end: int) -> bool:
    """Whether a modal of the future or a word announcing what is due ("is expected to",
    "is due to"), then only adverbs, stands right before ``end``: what a speaker will say has
    not been said."""
    before = text[start:end]
    if "ll " not in before and "to " not in before:  # the cheap test first
        return False
    future = _FUTURE.search(text, start, end)
    return future is not None and all(
        word in lx.ADVERBS or word.endswith("ly") for word in future.group(1).split()
    )


def _numbered_holders_named(
    text: str, found: list[_Found], known: dict[str, str], fullest: dict[str, str]
) -> dict[str, str]:
    """Person speakers named by an office the article numbers and then names the holder of
    ("the 14th Dalai Lama Tenzin Gyatso", "the 17th Karmapa, Ogyen Dorje"; round 619): the
    office is a title, the holder's name the person's, as "Pope Francis" is Francis."""
    named: dict[str, str] = {}
    for key, (kind, name) in _speakers_named(found, known, fullest).items():
        if kind != "PERSON":
            continue
        at = text.find(name)  # one scan in C for each speaker, not for each sentence
        while at >= 0:
            if at > 3 and text[at - 3 : at - 1] in _ORDINAL_ENDINGS and text[at - 4].isdigit():
                holder = _HOLDER_NAME.match(text, at + len(name))
                if holder is not None:
                    named[key] = holder.group(1)
                    break
            at = text.find(name, at + 1)
    return named


def _given_names_missed(
    text: str,
    found: list[_Found],
    spelt_out: dict[str, str],
    fullest: dict[str, str],
    in_body: Callable[[int], bool],
) -> dict[str, str]:
    """Speakers named by one word whose given name the recogniser missed ("said Bright" after
    ", Myron Bright, the lobby's head"; "Tunis said", read as the city, after "foreign minister
    Ada Tunis"), by key: the person named as fully as the article names them. The body must
    introduce them so, the word's first mention there after a lowercase word or a comma (a role
    noun for a speaker read as a body): "Marcos said ... Ferdinand Marcos and ..." names a
    relative, not the speaker. The first given name so found is the speaker's, a later other
    one a relative's ("Ivo Darn won ... Darn said ... his father, Ana Darn": stfix158)."""
    missed: dict[str, str] = {}
    for f in found:
        speaker = f.speaker
        name = spelt_out.get(speaker.key) or fullest.get(speaker.key, speaker.name)
        if " " in name or speaker.key in missed or not name[:1].isupper():
            continue
        person = speaker.type == "PERSON"
        if not person and speaker.type not in _BODY_TYPES:
            continue
        givens = []
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (
                in_body(at)
                and not text[end : end + 1].isalpha()
                and not text[at - 1 : at].isalpha()
            ):
                given = _GIVEN_BEFORE.search(text, max(0, at - _GIVEN_REACH), at)
                if given is not None and _given_name(given, person):
                    givens.append(given.group(2))
                elif not givens:
                    break  # first named in the body without a given name
            at = text.find(name, end)
        if givens:  # "Ivo Darn ... Darn said ... his father, Ana Darn": the first so named
            missed[speaker.key] = f"{givens[0]} {name}"  # the speaker, a later one kin (stfix158)
    return missed


def _given_name(given: re.Match[str], person: bool) -> bool:
    """Whether a capitalised word before a surname is a given name: after a lowercase word or a
    comma for a person ("met Ivo Darn", ", Ivo Darn,"), after a role noun for a speaker read as a
    body ("minister Ada Tunis"); not a title, a function word, a day, a month or a demonym."""
    word = given.group(2)
    gazetteer = load_gazetteer()
    if (
        not word[1:].islower()  # "NATO", "McCain": no given name's letters
        or word in gazetteer.title_words  # "Commissioner X": a title the recogniser left out
        or word in gazetteer.not_name_words  # "The", "March", "Monday"
        or word in gazetteer.honorific_words
        or word in gazetteer.demonyms
        or word.lower() in lx.ROLE_NOUNS
        or _place_entry(gazetteer, word)  # "of Lithuania Budrys": the minister's country
    ):
        return False
    before = given.group(1)
    if not person:
        return before in lx.ROLE_NOUNS
    if before.endswith(":"):  # "UPDATE: Ivo Darn": a line's label, then her names (stfix158)
        return True
    if before.lower() in _OPENING_SUBORDINATORS:  # "When Ana Vey announced": the sentence's
        return True  # opening conjunction, then her names (stfix148)
    if before[:1].isupper():  # "Pro-European Ana Vey": a stance towards a people or place
        return before.partition("-")[2] in gazetteer.demonyms
    return before == "," or (before.islower() and before not in lx.BE_FORMS)


def _place_entry(gazetteer: Gazetteer, word: str) -> bool:
    """Whether the gazetteer knows ``word`` as something other than a person's name."""
    entry = gazetteer.names.entries.get(word)
    return isinstance(entry, Entry) and entry.type != "PERSON"


def _acronyms_spelt_out(found: list[_Found], fullest: dict[str, str]) -> dict[str, str]:
    """Organisation speakers named by an acronym ("PMO said") that another speaker's words
    spell out ("the prime minister’s office ... said"), by key: one speaker, named as fully
    as the article names it."""
    acronyms = {
        f.speaker.key: f.speaker.name
        for f in found
        if f.speaker.name.isupper()  # the cheap test first: few speakers are named in capitals
        and f.speaker.type == "ORG"
        and _ACRONYM.fullmatch(f.speaker.name)
    }
    if not acronyms:
        return {}
    by_initials: dict[str, str] = {}
    for f in found:
        name = fullest.get(f.speaker.key, f.speaker.name)
        if f.speaker.key not in acronyms and " " in name:
            by_initials.setdefault(_initials_of(name), name)
    return {key: by_initials[name] for key, name in acronyms.items() if name in by_initials}


def _one_word_bodies_named_fuller(found: list[_Found], spelt_out: dict[str, str]) -> dict[str, str]:
    """Organisation speakers named by one word ("Unsmil reiterated", a house style's acronym
    in lower case) that another statement's speaker of the same key names in words ("the
    United Nations support mission in Libya (Unsmil) said"), by key: one body, named as fully
    as the article names it (round 625)."""
    fuller: dict[str, str] = {}
    for f in found:
        name = f.speaker.name
        if (
            f.speaker.type == "ORG"
            and " " in name
            and len(name) > len(fuller.get(f.speaker.key, ""))
        ):
            fuller[f.speaker.key] = name
    return {
        f.speaker.key: fuller[f.speaker.key]
        for f in found
        if f.speaker.type == "ORG"
        and " " not in f.speaker.name
        and f.speaker.key in fuller
        and f.speaker.key not in spelt_out
    }


_COMPANY_SUFFIXES = frozenset(
    {"Industries", "Ltd", "Limited", "Inc", "Corp", "Corporation", "Holdings", "Group", "PLC"}
    | {"plc", "LLC", "AG", "SA", "Co"}
)  # a company's name after its own ("Reliance Industries Ltd"), its stop dropped


def _company_name(name: str) -> bool:
    """Whether an organisation's name is a word and a company's suffixes ("Reliance
    Industries Ltd", "Veyco Holdings Ltd.")."""
    rest = name.partition(" ")[2]
    return bool(rest) and all(word.rstrip(".") in _COMPANY_SUFFIXES for word in rest.split())


def _companies_short_named(spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a one-word person named as a company the text names in full opens
    ("Veyco told X" after "Veyco Holdings Ltd") the company's span: its short name, no person
    (stfix154)."""
    companies = {
        span.text.partition(" ")[0]
        for span in spans
        if span.type == "ORG" and " " in span.text and _company_name(span.text)
    }
    if not companies:
        return spans
    return [
        EntitySpan(span.start, span.end, "ORG", span.text)
        if span.type == "PERSON" and span.text in companies
        else span
        for span in spans
    ]


def _institutions_as_persons_retyped(spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a "person" whose last word is an institution's capitalised noun ("Asia
    Hospital", "Tarn University" of "Director of the Kabul Asia Hospital") an organisation:
    no one's surname is "Hospital" (round 688)."""
    if not any(
        span.type == "PERSON" and span.text.rpartition(" ")[2] in _INSTITUTION_WORDS
        for span in spans
    ):  # the cheap test first: most texts have none
        return spans
    return [
        EntitySpan(span.start, span.end, "ORG", span.text)
        if span.type == "PERSON"
        and " " in span.text
        and span.text.rpartition(" ")[2] in _INSTITUTION_WORDS
        else span
        for span in spans
    ]


# an institution's noun, capitalised, closing its name (not "Bank", "Court", "Field", "House":
# surnames too)
_INSTITUTION_WORDS = frozenset(
    {"Hospital", "Clinic", "University", "College", "Institute", "Ministry", "Academy"}
)


def _companies_named_fuller(
    found: list[_Found], spelt_out: dict[str, str], spans: Sequence[EntitySpan]
) -> dict[str, str]:
    """Organisation speakers named by one word ("Reliance told X") that the article names in
    full as a company, that word and a company's suffixes ("Reliance Industries Ltd"), by
    key: one company, named as fully as the article names it (stfix154)."""
    short = {
        f.speaker.key: f.speaker.name
        for f in found
        if f.speaker.type == "ORG" and " " not in f.speaker.name and f.speaker.key not in spelt_out
    }
    fuller: dict[str, str] = {}
    for span in spans:
        first = span.text.partition(" ")[0]
        key = fold(first)
        if (
            span.type == "ORG"
            and key in short
            and first == short[key]
            and _company_name(span.text)
            and len(span.text) > len(fuller.get(key, ""))
        ):
            fuller[key] = span.text.rstrip(".")
    return fuller


def _particled_names_written_out(
    text: str, found: list[_Found], spelt_out: dict[str, str]
) -> dict[str, str]:
    """Speakers named by the first word of a name joined by particles that the article
    writes out elsewhere ("Jamaat said" beside "Jamaat-e-Islami", "Zia" beside "Zia-ul-Haq"),
    by key: one speaker, named as fully as the article names it (stfix144; the recogniser
    may read the word as a person's). Only a name going on in particles and a capitalised
    word: "Hamas-run" and "Hamas-Fatah" are no names."""
    found_names: dict[str, str] = {}
    for f in found:
        name = f.speaker.name
        if (
            " " in name
            or f.speaker.key in spelt_out
            or f.speaker.key in found_names
            or f"{name}-" not in text  # the cheap test first
        ):
            continue
        written = re.search(rf"(?<![\w-]){re.escape(name)}(?:-[a-z]{{1,3}})+-[A-Z][a-z]+\b", text)
        if written is not None:
            found_names[f.speaker.key] = written.group()
    return found_names


def _acronyms_bracketed(text: str, found: list[_Found]) -> dict[str, str]:
    """Acronym speakers the text spells out right before the acronym in brackets ("the Prime
    Minister’s Official Spokesman (PMOS) said ... The PMOS said"), or with none ("the UN
    Support Mission in Libya UNSMIL said", round 264), by key: named by the capitalised words
    spelt out, as the article names the speaker most fully."""
    spelt_out: dict[str, str] = {}
    for f in found:
        name = f.speaker.name
        if f.speaker.key in spelt_out or not name.isupper() or f.speaker.type != "ORG":
            continue  # the cheap test first: few speakers are named in capitals
        bracket = text.find(f"({name})")
        if bracket < 1:
            bracket = text.find(f" {name} ") + 1
        if bracket < 1 or not _ACRONYM.fullmatch(name):
            continue
        words = text[max(0, bracket - 120) : bracket].split()
        for count in range(1, min(len(words), 2 * len(name)) + 1):
            spelt = words[-count:]
            if spelt[0][:1].isupper() and _spell(spelt, name):
                spelt_out[f.speaker.key] = " ".join(spelt)
                break
        else:
            named = _capitalised_name_ending(words) if text[bracket] == "(" else ""
            if named:  # "Freedom and Justice (SSP)": the name in the article's language, its
                spelt_out[f.speaker.key] = named  # acronym in another's (round 613)
    return spelt_out


def _capitalised_name_ending(words: list[str]) -> str:
    """The capitalised words (with joining words between them) that end ``words``, when at
    least two, without a leading "The"; else ""."""
    start = len(words)
    while start and (
        words[start - 1][:1].isupper() or (start < len(words) and words[start - 1] in _NAME_JOINS)
    ):
        if not words[start - 1].replace("-", "").replace("’", "").replace("'", "").isalpha():
            break  # a comma, a colon, a dateline's dash: not the name's
        start -= 1
    while start < len(words) and (words[start] in _NAME_JOINS or words[start] in ("The", "the")):
        start += 1
    name = words[start:]
    if sum(1 for word in name if word[:1].isupper()) < 2:
        return ""
    return " ".join(name)


def _acronyms_written_out(text: str, found: list[_Found], known: dict[str, str]) -> dict[str, str]:
    """Acronym speakers ("DM notes that ...") the text writes out once elsewhere, in capitalised
    words no title ("The Daily Maverick reports ..."), by key: named as written out, the
    fullest form (one pattern per such speaker, opening with its first capital)."""
    written: dict[str, str] = {}
    for f in found:
        name, key = f.speaker.name, f.speaker.key
        if key in known or key in written or not name.isupper():
            continue  # the cheap test first: few speakers are named in capitals (a paper's
            # "DM" read as a person's initials too)
        if not _ACRONYM.fullmatch(name) or not all(f" {c}" in text for c in name[1:]):
            continue  # each later capital opens a word: the pattern is not built without them
        joining = r"(?: (?:of|the|and|for|on|in|to))*"
        pattern = name[0] + "[a-z]+" + "".join(f"{joining} {c}[a-z]+" for c in name[1:])
        matches = [
            m
            for m in re.finditer(pattern + r"\b", text)
            if not text[m.start() - 1 : m.start()].isalpha()
            and not any(w.lower() in lx.ROLE_NOUNS for w in m.group().split())
        ]
        if len({m.group() for m in matches}) == 1:
            written[key] = _with_demonym(text, matches)
    return written


def _possessors_written_out(
    text: str, found: list[_Found], known: dict[str, str], fullest: dict[str, str]
) -> dict[str, str]:
    """Body speakers owned by a place's first word ("the South’s military said") that the
    text writes out in full before the same noun elsewhere ("prompting South Korea’s military
    to scramble jets"), by key: named as fully as the article names them (round 480)."""
    written: dict[str, str] = {}
    for key, (kind, name) in _speakers_named(found, known, fullest).items():
        possessor, mark, owned = name.partition("’s ")
        if not mark:
            possessor, mark, owned = name.partition("'s ")
        if not mark or kind == "PERSON" or not possessor.isalpha() or not possessor[:1].isupper():
            continue
        tail = f"{mark}{owned}"
        at = text.find(f" {possessor} ")
        while at >= 0 and key not in written:
            fuller = _POSSESSOR_WRITTEN_OUT.match(text, at + 1, at + 2 + len(possessor) + 24)
            if fuller and text.startswith(tail, fuller.end()) and fuller.group(1)[:1].isupper():
                written[key] = f"{fuller.group()}{tail}"
            at = text.find(f" {possessor} ", at + 1)
    return written


def _ministries_with_nationality(
    text: str, found: list[_Found], known: dict[str, str], fullest: dict[str, str]
) -> dict[str, str]:
    """Ministry speakers named bare ("the Defense Ministry", "the Foreign Ministry") that the
    text also names with one nationality before the same words ("according to the Russian
    Defense Ministry", "the Czech Foreign Ministry"), by key: named as fully as the article
    names them, as the dev set keeps "Russian Foreign Ministry" (rounds 502, 511); none where
    two nationalities own such a ministry (which one the bare name is, is unclear), and not
    by a mention inside a statement (the ministry spoken of, not the speaker), nor where one
    sentence names the ministry both bare and with the nationality ("the statement by the
    Ministry of Foreign Affairs rebutted the position of the Chinese Ministry of Foreign
    Affairs": two ministries; round 604)."""
    demonyms = load_gazetteer().demonyms
    written: dict[str, str] = {}
    for key, (kind, name) in _speakers_named(found, known, fullest).items():
        words = name.split()
        if kind != "ORG" or not name.endswith(_MINISTRY_END) or words[0] in demonyms:
            continue
        owners = set()
        bare = -1  # where the name last stood without a nationality
        beside_bare = False
        at = text.find(f" {name}")
        while at >= 0:
            owner = text[max(0, at - _NATIONALITY_REACH) : at].rpartition(" ")[2]
            if owner in demonyms and not any(f.start <= at < f.end for f in found):
                owners.add(owner)  # not in what was said ("met the Japanese Foreign
                # Ministry, the Foreign Ministry said": another's, tests/unit)
                beside_bare = beside_bare or one_sentence(text, bare, at)
            elif owner not in demonyms:
                bare = at
            at = text.find(f" {name}", at + 1)
        if len(owners) == 1 and not beside_bare:
            written[key] = f"{owners.pop()} {name}"
    return written


def _owners_as_nationalities(
    found: list[_Found], known: dict[str, str], fullest: dict[str, str]
) -> dict[str, str]:
    """Bodies named once by their country's possessive and once by its nationality ("the
    Mexican economy ministry", "Mexico’s economy ministry"; round 513), by key: one body,
    named in the form the article gives it first. Only bodies whose owned words another body
    shares are asked their country: a nationality's first look-up builds every gazetteer
    place's stems (~170 M instructions), and most articles name no two such bodies."""
    owners: list[tuple[str, str, str, str]] = []  # key, name, owner, the words after it
    for key, (kind, name) in _speakers_named(found, known, fullest).items():
        if kind == "PERSON" or " " not in name:
            continue
        owner, mark, owned = name.partition("’s ")
        if not mark:
            owner, mark, owned = name.partition("'s ")
        if not mark:
            owner, _, owned = name.partition(" ")
        if owner[:1].isupper() and owned[:1].islower():  # "Mexican economy ministry", not
            owners.append((key, name, owner, owned.lower()))  # "Mexican Ministry of Economy"
    shared = Counter(owned for _, _, _, owned in owners)
    first: dict[tuple[str, str], str] = {}  # (country, the words after it): the first name
    renamed: dict[str, str] = {}
    for key, name, owner, owned in owners:
        if shared[owned] < 2:
            continue  # the cheap test first: a body alone in its owned words is never renamed
        country = country_of(owner)
        if not country:
            continue
        named = first.setdefault((country, owned), name)
        if named != name:
            renamed[key] = named
    return renamed


def _ministries_named_fullest(
    found: list[_Found], known: dict[str, str], fullest: dict[str, str], cast: Cast
) -> dict[str, str]:
    """Ministry speakers the article names more fully elsewhere, by key: one ministry,
    whatever its form ("the Ministry of Foreign Affairs of the Russian Federation stated ...
    The Russian Foreign Ministry said", "the Foreign Ministry said ... the Ministry of Foreign
    Affairs Peru announced", "the Foreign Affairs Ministry ... the Foreign Ministry said"),
    named in its fullest form as the guidelines keep an organisation's name: the form of most
    words of its own, its country before it or its possessive left out (the dev set keeps
    "Ministry of Foreign Affairs" beside "the Jordanian Ministry of Foreign Affairs" and
    "Canada’s foreign ministry"), that names the country the speaker's form names (nor
    "Ministry of Foreign Affairs" for "the Omani Foreign Ministry"). None where the article
    names that portfolio's ministries of two countries (which one a form without a country
    is, is unclear), nor by a mention inside a statement (the ministry spoken of)."""
    inside = _statement_reach(found)
    named = _speakers_named(found, known, fullest)
    written = {name for kind, name in named.values() if kind == "ORG" and "inistry" in name}
    written.update(
        span.text
        for span in cast.spans
        if span.type == "ORG" and "inistry" in span.text and not inside(span.start)
    )
    if len(written) < 2:
        return {}  # the cheap test first: one form, the speaker's own
    forms = {name: _ministry_form(name, cast) for name in written}
    by_portfolio: dict[str, list[tuple[str, _MinistryForm]]] = {}
    for name, read in forms.items():
        if read is not None:
            by_portfolio.setdefault(read.portfolio, []).append((name, read))
    renamed: dict[str, str] = {}
    for key, (kind, name) in named.items():
        read = forms.get(name) if kind == "ORG" else None
        if read is None:
            continue
        same = by_portfolio[read.portfolio]
        if len({form.places for _, form in same if form.places}) > 1:
            continue
        fuller = [(form_name, form) for form_name, form in same if form.places >= read.places]
        best, form = max(
            fuller, key=lambda named_form: (named_form[1].own_words, _capitalised(named_form[0]))
        )
        if (
            form.own_words > read.own_words
            or (form.own_words == read.own_words and _capitalised(best) > _capitalised(name))
        ) and not _other_country_s(read, form, cast, inside):
            renamed[key] = best  # the more words, or as many capitalised: "Peru’s foreign
            # ministry" is "the Peruvian Foreign Ministry" the article also names (round 583)
    return renamed


def _capitalised(name: str) -> bool:
    """Whether a name ends in a capital's word, as a body's proper name does ("Foreign
    Ministry"), not a description of it in lower case ("foreign ministry")."""
    return name.rpartition(" ")[2][:1].isupper()


def _other_country_s(
    read: _MinistryForm, fuller: _MinistryForm, cast: Cast, inside: Callable[[int], bool]
) -> bool:
    """Whether a ministry named without a country may be another country's than the fuller
    form names: the article titles a minister of that portfolio elsewhere, outside what is
    said ("The Ministry of Foreign Affairs of the Russian Federation stated ... Ukrainian
    Foreign Minister Andrii Sybiha said ... The Foreign Ministry said": Ukraine's, not
    Russia's; a minister a statement speaks of is no speaker's country)."""
    if read.places or not fuller.places:
        return False
    return any(
        not places <= fuller.places
        and _minister_s_ministry(role) == read.portfolio
        and not all(map(inside, mentions))
        for role, places, mentions in cast.placed_roles()
    )


def _minister_s_ministry(role: str) -> str:
    """The portfolio a minister's title names ("Foreign Minister": the Ministry of Foreign
    Affairs), or ""."""
    head, _, last = role.rpartition(" ")
    return ministry_named(f"{head} Ministry") if head and last.lower() == "minister" else ""


class _MinistryForm(NamedTuple):
    """How an article names a ministry: its portfolio's one name, the places the form names,
    and its words but a country or possessive before them ("Russian Foreign Ministry": 2)."""

    portfolio: str
    places: frozenset[str]
    own_words: int


def _ministry_form(name: str, cast: Cast) -> _MinistryForm | None:
    """A ministry's name read as its portfolio's one name and the places it names ("Russian
    Foreign Ministry", "Russia’s foreign ministry", "Ministry of Foreign Affairs of the Russian
    Federation": the Ministry of Foreign Affairs, Russia's), or None for another name."""
    owner, mark, owned = name.partition("’s ")
    if not mark:
        owner, mark, owned = name.partition("'s ")
    if not mark:
        owner, owned = "", name
    words = owned.split()
    lead = 0
    while lead < len(words) - 1 and cast.places_named(words[lead]):
        lead += 1
    for end in range(len(words), lead, -1):
        portfolio = ministry_named(" ".join(words[lead:end]))
        if not portfolio:
            continue
        tail = " ".join(words[end:])
        placed = cast.places_named(tail) if tail else _NO_PLACES
        if tail and (not placed or not _PLACE_TAIL.fullmatch(tail)):
            return None  # "Ministry of Foreign Affairs spokesman": no ministry's name
        places = cast.places_named(" ".join([owner, *words[:lead]])) | placed
        return _MinistryForm(portfolio, places, len(words) - lead)
    return None


def _statement_reach(found: list[_Found]) -> Callable[[int], bool]:
    """Whether an offset is inside a statement found: a test by bisection, so that each of an
    article's mentions asks it in log time."""
    spans = sorted((f.start, f.end) for f in found)
    starts = [start for start, _ in spans]
    ends = list(itertools.accumulate((end for _, end in spans), max))

    def inside(offset: int) -> bool:
        index = bisect_right(starts, offset) - 1
        return index >= 0 and ends[index] > offset

    return inside


def _split_spellings(
    text: str, found: list[_Found], known: dict[str, str], fullest: dict[str, str]
) -> dict[str, str]:
    """Person speakers whose names differ only in where a name is split ("S Jai Shankar",
    "S Jaishankar"; round 482), by key: one person, named in the form the text writes most
    (the outlet's slip the rarer one); a diacritic still tells two people apart."""
    names = {
        key: name
        for key, (kind, name) in _speakers_named(found, known, fullest).items()
        if kind == "PERSON"
    }
    by_letters: dict[str, list[str]] = {}
    for name in names.values():
        spellings = by_letters.setdefault(_unsplit(name), [])
        if name not in spellings:
            spellings.append(name)
    split: dict[str, str] = {}
    for key, name in names.items():
        spellings = by_letters[_unsplit(name)]
        if len(spellings) > 1:
            split[key] = max(spellings, key=text.count)
    return split


def _speakers_named(
    found: list[_Found], known: dict[str, str], fullest: dict[str, str]
) -> dict[str, tuple[str, str]]:
    """Each speaker's key, with its type and its name as settled so far by the passes before."""
    named: dict[str, tuple[str, str]] = {}
    for f in found:
        key = f.speaker.key
        if key not in named:
            named[key] = (f.speaker.type, known.get(key) or fullest.get(key, f.speaker.name))
    return named


def _unsplit(name: str) -> str:
    """A name's letters with their marks, case, spaces and hyphens aside: "Lê Văn Thành" and
    "Lê Văn Thạnh" stay two people (tests/unit/test_statements_marked_apart.py)."""
    return name.casefold().replace(" ", "").replace("-", "")


def _with_demonym(text: str, matches: list[re.Match[str]]) -> str:
    """A name written out (``matches``, one name) with the nationality one of its mentions
    opens with ("the Indian Ministry of External Affairs"): the fullest form the article gives
    it, as the dev set keeps "Mexican Ministry of Foreign Affairs" (round 401)."""
    demonyms = load_gazetteer().demonyms
    for m in matches:
        before = text[max(0, m.start() - 30) : m.start()]
        words = before.split()
        if before.endswith(" ") and words and words[-1] in demonyms:
            return f"{words[-1]} {m.group()}"
    return matches[0].group()


def _foreign_ministry_acronyms(
    found: list[_Found], fullest: dict[str, str], known: dict[str, str], spans: list[EntitySpan]
) -> dict[str, str]:
    """A foreign ministry's acronym speaker the text does not spell out ("the MEA said") where
    the article's one other foreign ministry speaker has a name in another wording ("the
    Ministry of Foreign Affairs (AEM) said", a translation's), by key: the one ministry, named
    as fully as the article names it (round 401)."""
    names = {
        name
        for f in found
        if f.speaker.name not in lx.FOREIGN_MINISTRY_ACRONYMS
        and (name := fullest.get(f.speaker.key, f.speaker.name)).endswith(lx.FOREIGN_MINISTRY_NAMES)
    }
    if not names:  # none speaks: the one the text names ("the spokeswoman of the Ministry of
        # Foreign Affairs ... The MAE told", round 475)
        names = {
            span.text
            for span in spans
            if span.type == "ORG" and span.text.endswith(lx.FOREIGN_MINISTRY_NAMES)
        }
    return _one_ministry(found, names, lx.FOREIGN_MINISTRY_ACRONYMS.__contains__, known)


def _one_ministry(
    found: list[_Found], names: set[str], short: Callable[[str], bool], known: dict[str, str]
) -> dict[str, str]:
    """The speakers a ``short`` name names (an acronym, "Foreign Office") by key, to the one
    foreign ministry name in ``names``; none if the article has no such name, or two."""
    if len(names) != 1:
        return {}
    name = next(iter(names))
    return {
        f.speaker.key: name for f in found if short(f.speaker.name) and f.speaker.key not in known
    }


def _foreign_office_named_in_full(
    found: list[_Found], fullest: dict[str, str], known: dict[str, str]
) -> dict[str, str]:
    """ "the Foreign Office" speaking where the article's one other foreign ministry speaker
    is named in full with no country before it ("a statement issued by the Ministry of Foreign
    Affairs ... said the Foreign Office"), by key: one ministry, named as fully as the article
    names it, as "the Foreign Ministry" is (round 516)."""
    names = {
        name
        for f in found
        if (name := fullest.get(f.speaker.key, f.speaker.name)) in lx.FOREIGN_MINISTRY_NAMES
        and name != _FOREIGN_OFFICE
    }
    return _one_ministry(found, names, _FOREIGN_OFFICE.__eq__, known)


def _foreign_ministry_by_other_name(name: str) -> bool:
    """Whether ``name`` names a foreign ministry by its native or its descriptive name
    ("Itamaraty", "the Brazilian diplomatic service") rather than as a ministry."""
    return name.endswith(_DIPLOMATIC_SERVICE) or name in lx.MINISTRY_SEATS


def _foreign_ministry_named_otherwise(
    found: list[_Found], fullest: dict[str, str], known: dict[str, str]
) -> dict[str, str]:
    """A foreign ministry speaking under its seat's or a descriptive name ("Itamaraty said",
    "the Brazilian diplomatic service added") where the article's one foreign ministry
    speaker is named as a ministry ("Brazil’s Ministry of Foreign Affairs said"), by key: one
    body, named as fully as the article names it (round 638 residue), as "the Foreign Office"
    is; the seat left to its country's ministry where the cast could not tell it."""
    names = {
        name
        for f in found
        if (name := fullest.get(f.speaker.key, f.speaker.name)).endswith(lx.FOREIGN_MINISTRY_NAMES)
    }
    return _one_ministry(found, names, _foreign_ministry_by_other_name, known)


def _joint_acronyms_spelt(text: str, found: list[_Found]) -> dict[str, str]:
    """Joint speakers opening with an acronym the text spells out before it in brackets ("The
    X Programme (XP) warned ... The XP and other organizations have warned"): named with it
    spelt out, as a body named alone by its acronym is (round 332), by key."""
    spelt_out: dict[str, str] = {}
    for f in found:
        name = f.speaker.name
        if f.speaker.type != "GROUP" or " and " not in name or f.speaker.key in spelt_out:
            continue
        acronym, rest = name.split(" ", 1)
        if not acronym.isupper() or not _ACRONYM.fullmatch(acronym):
            continue
        bracket = text.find(f"({acronym})")
        words = text[max(0, bracket - 120) : bracket].split() if bracket > 0 else []
        for count in range(1, min(len(words), 2 * len(acronym)) + 1):
            spelt = words[-count:]
            if spelt[0][:1].isupper() and _spell(spelt, acronym):
                spelt_out[f.speaker.key] = " ".join([*spelt, rest])
                break
    return spelt_out


def _parents_prefixed(
    text: str, found: list[_Found], named: dict[str, str], fullest: dict[str, str]
) -> dict[str, str]:
    """Organisation speakers the text names once more fully with their parent's name before
    them ("the UN World Food Programme said ... The WFP said": "UN World Food Programme", the
    fullest form; round 332), by key."""
    prefixed: dict[str, str] = {}
    for f in found:
        key = f.speaker.key
        if f.speaker.type != "ORG" or key in prefixed:
            continue
        name = named.get(key) or fullest.get(key, f.speaker.name)
        if " " not in name or name.startswith(_UN_PARENTS):
            continue  # an acronym alone is spelt out by the functions before
        for parent in _UN_PARENTS:
            if f"{parent}{name}" in text:
                prefixed[key] = f"{parent}{name}"
                break
    return prefixed


def _acronym_bodies_named_fullest(
    text: str, found: list[_Found], spelt_out: dict[str, str]
) -> dict[str, str]:
    """Bodies named by an acronym and a lowercase head noun ("the OAS mission said") that the
    article names once more fully, with a word or two between them ("The OAS observation
    mission"): named in their fullest form (GUIDELINES; round 640), by key; none where two
    fuller forms ("UN refugee agency", "UN children's agency") might each be it."""
    fuller: dict[str, str] = {}
    for f in found:
        named = _acronym_and_head(f.speaker.name) if f.speaker.type == "ORG" else None
        if named is None or f.speaker.key in spelt_out or f.speaker.key in fuller:
            continue
        acronym, head = named.groups()
        forms = set(re.findall(rf"\b{acronym} (?:[a-z]+ ){{1,2}}{head}\b", text))
        if len(forms) == 1:
            fuller[f.speaker.key] = forms.pop()
    return fuller


# the nouns naming what kind of body an acronym is ("the BDI federation", "its NEA exporters
# association"): the acronym names it, the noun only says what it is (round 659); not a part
# of a body ("the OAS mission", "the UN refugee agency": the mission is the speaker)
_BODY_TYPE_ENDS = (" federation", " confederation", " association")
# a body's acronym after a possessor and adjectives, then up to two lowercase words and the noun
_ACRONYM_OF_TYPE = lazy_compile(
    r"(?:[A-Z][\w-]*[’']s )?(?:[a-z]+ ){0,2}([A-Z]{2,6}) (?:[a-z]+ ){0,2}"
    r"(?:federation|confederation|association)"
)


def _acronyms_of_body_type(found: list[_Found], spelt_out: dict[str, str]) -> dict[str, str]:
    """Bodies named by an acronym and the noun of their kind ("Norland’s powerful NIF
    federation said", "the NEA exporters association called it"): named by the acronym,
    as "the chemical trade association NCA" is (GUIDELINES: the organisation as named;
    round 659), by key."""
    named: dict[str, str] = {}
    for f in found:
        if f.speaker.type != "ORG" or f.speaker.key in spelt_out or f.speaker.key in named:
            continue
        acronym = _ACRONYM_OF_TYPE.fullmatch(f.speaker.name)
        if acronym is not None:
            named[f.speaker.key] = acronym.group(1)
    return named


def _acronym_and_head(name: str) -> re.Match[str] | None:
    """ "OAS mission" read as its acronym and head noun, else None; asked of every
    organisation speaker, so two string tests come before the pattern."""
    if not name[1:2].isupper() or name.count(" ") != 1:
        return None
    return _ACRONYM_AND_HEAD.fullmatch(name)


def _missions_as_one(found: list[_Found], cast: Cast) -> dict[str, str]:
    """The one seated name of a country's embassy for its unseated ones ("Norland's embassy
    said ... The Norlandic embassy in Tarn responded ... the Norlandic mission said": one
    mission named three ways; round 290), keyed by their speakers' keys; none where the
    article names two seated missions of that country (in Tarn, to the UN), which the
    unseated ones might each be."""
    seated: dict[frozenset[str], set[str]] = {}
    unseated: dict[frozenset[str], set[str]] = {}
    for f in found:
        speaker = f.speaker
        if speaker.type != "ORG" or " " not in speaker.name:
            continue
        words = speaker.name.split()
        head = next((i for i, w in enumerate(words) if w.lower() in _EMBASSY_HEADS), 0)
        if not head:
            continue
        owner = " ".join(words[:head]).replace("’s", "").replace("'s", "")
        places = cast.places_named(owner)
        if not places:
            continue
        forms = seated if head + 2 < len(words) and words[head + 1] in ("in", "to") else unseated
        forms.setdefault(places, set()).add(speaker.key if forms is unseated else speaker.name)
    named: dict[str, str] = {}
    for places, keys in unseated.items():
        names = seated.get(places, set())
        if len(names) == 1:
            name = next(iter(names))
            named.update(dict.fromkeys(keys, name))
    return named


_NAME_JOINS = frozenset({"and", "of", "for", "the", "in", "on"})  # inside an organisation's name


def _spell(words: list[str], acronym: str) -> bool:
    """Whether ``words`` spell ``acronym``: a word in capitals by its letters ("UN") or by
    nothing (the parent's "UN" of "Office of the UN High Commissioner for Human Rights
    (OHCHR)"), a joining word by its initial or by nothing ("in"), a hyphened word by each
    part's initial ("Inter-Services Public Relations (ISPR)"), any other word by its initial."""
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    if len(word) > 1 and word.isupper():
        if acronym.startswith(word) and _spell(rest, acronym[len(word) :]):
            return True
        if rest and word.isalpha() and _spell(rest, acronym):
            return True
    if "-" in word[1:-1] and word[:1].isupper():
        parts = word.split("-")
        if all(part[:1].isupper() for part in parts) and _spell(parts + rest, acronym):
            return True
    if word.lower() in _ACRONYM_SKIPPED and _spell(rest, acronym):
        return True
    return acronym[:1] == word[:1].upper() and _spell(rest, acronym[1:])


def _initials_of(name: str) -> str:
    """ "prime minister’s office" -> "PMO": the first letters, in capitals, of its words but
    the joining ones."""
    words = (w for w in name.split() if w.lower() not in _ACRONYM_SKIPPED)
    return "".join(w[0] for w in words).upper()


def _quoted_verb(text: str, start: int, end: int) -> bool:
    """Whether a quotation is a listed verb in the past, an adverb or two before it ("sternly
    warned"), in lower case and right before a word of the clause it opens: the verb quoted,
    not words of the speaker's own."""
    words = text[start:end].split()
    return (
        len(words) <= 3
        and words[0].islower()
        and (form := FORMS.get(words[-1])) is not None
        and form.past == words[-1]
        and text[end + 1 : end + 2] == " "
        and text[end + 2 : end + 3].islower()
    )


def _quoted_modifier(text: str, open_at: int, close_at: int) -> bool:
    """Whether a quotation opening in a capital stands between a determiner and its noun
    ('what it dubbed the “Norland first” fallacy', 'the "Doi Moi" policy'): a term named, no
    one's words (round 279)."""
    if not text[open_at + 1 : open_at + 2].isupper() or not text.endswith(
        _DETERMINERS_BEFORE, 0, open_at
    ):
        return False  # 'called it a “unique” chance': a word someone used, in lower case
    after = _WORD_AFTER.match(text, close_at + 1)
    return after is not None and after.group(1) not in _NOT_A_NOUN


def _quoted_name_after_epithet(text: str, open_at: int, close_at: int) -> bool:
    """Whether a quotation is a short name opening in a capital, with no punctuation, after a
    determiner and one or two words in lower case ('accused X of backing an extraterritorial
    “Andes Link”', 'a new “Pacific Compact”'): the name of a thing, a title in marks, not what
    anyone called it (GUIDELINES rule 1; stfix152)."""
    if not text[open_at + 1 : open_at + 2].isupper():
        return False  # 'called it a truly “shameful” act': a word someone used
    words = text[open_at + 1 : close_at].split()
    if not 0 < len(words) <= _QUOTED_NAME_WORDS or not all(w.isalnum() for w in words):
        return False
    return _EPITHET_BEFORE.search(text, max(0, open_at - _EPITHET_REACH), open_at) is not None


def _quoted_addressee(text: str, open_at: int, close_at: int) -> bool:
    """Whether a quotation holds only a short name, each word capitalised or a number
    ("TV Pirveli", "Rustavi 2"), no punctuation, after "told" or a preposition ("with", "to",
    "on"): a name in marks, whom the words were told, no one's words (not 'said “No”')."""
    if _word_before(text, 0, open_at) not in _BEFORE_QUOTED_ADDRESSEE:
        return False
    words = text[open_at + 1 : close_at].split()
    return 0 < len(words) <= _QUOTED_NAME_WORDS and all(
        word.isalnum() and (word[0].isupper() or word.isdigit()) for word in words
    )


def _opens_reported_clause(text: str, verb: re.Match[str], open_at: int, close_at: int) -> bool:
    """Whether a quoted word in lower case right after a listed verb (and "that") opens the
    clause it reports, which goes on after the closing mark ('said that “vital” supplies had
    landed'): only part of the clause, so inside one reported statement (GUIDELINES; round
    332), not the whole content a direct one quotes ('said “no” to it', '“...” and left')."""
    if not text[close_at + 2 : close_at + 3].islower():
        return False
    if not text[open_at + 1 : open_at + 2].islower() and not text.startswith(
        "and that ", close_at + 2
    ):  # 'said that “Russia's attempts ...” and that B': a second "that", whatever the case
        return False  # the quotation opens in (round 608)
    if not text[close_at - 1].isalpha() or text[close_at + 1] != " ":
        return False  # '“...,” he said': the whole content, its attribution after
    if not _that_before(text, verb.end(), open_at):
        return False
    after = _WORD_AFTER.match(text, close_at + 1)
    if text.startswith(("and that ", "and to "), close_at + 2):
        return True  # 'said that “A” and that B': the verb's two clauses, one reported
        # statement (round 402); 'that “X is the only way to A” and to “B”': the clause's
        # infinitive goes on after the mark (round 593)
    if after is not None and after.group(1) == "and":  # 'proposed “fair” and equitable
        # sharing': a quoted adjective joined to another before their noun (round 344)
        return _ADJECTIVE_AFTER_AND.match(text, after.end()) is not None
    if after is None:
        return False
    if (
        after.group(1) in _NOUN_PHRASE_PREPOSITIONS
        and text.endswith(" that ", 0, open_at)  # the quotation the clause itself
        and _noun_phrase_closing(text, close_at + 2)
    ):
        return True  # 'added that “there are grounds for help” in the project.': the
        # quoted noun's own phrase closes the clause, no occasion of the saying (stfix152)
    return after.group(1) not in _JOINING_WORDS or _predicate_after_phrase(text, close_at + 1)


def _noun_phrase_closing(text: str, at: int) -> bool:
    """Whether a short phrase at ``at`` ("in the project", "of the region") ends the
    sentence, no occasion of speech ("in an interview", "at the summit")."""
    phrase = _SHORT_PHRASE_CLOSING.match(text, at)
    return phrase is not None and _OCCASION_ONLY.fullmatch(text, at, phrase.end(1)) is None


def _predicate_after_phrase(text: str, at: int) -> bool:
    """Whether a quotation's noun goes on in a phrase and then its clause's verb, an
    auxiliary or "is" ('warned that “excessive regulation” in the industry will kill it';
    round 645): the quotation is the subject of the reported clause, only part of it."""
    words = text[at : at + _PHRASE_TO_PREDICATE].split()
    for word in words[1:]:
        if word in lx.AUXILIARIES or word in lx.BE_FORMS:
            return True
        if word in lx.CLAUSE_WORDS or not word.isalpha():
            return False  # a relative clause's verb ("in a speech that was"), or a mark
    return False


def _that_before(text: str, verb_end: int, open_at: int) -> bool:
    """Whether a quotation opens right after its verb or the "that" of the verb's clause, a
    few words of the verb's own between them ('told reporters that “...”', 'said on Sunday
    that “...”'), no clause of their own (no comma; no "and": "head of state and his
    entourage believe that" is no verb "state" of theirs)."""
    between = text[verb_end:open_at]
    if between.strip() in ("", "that"):
        return True
    return (
        len(between) <= _THAT_REACH
        and between.endswith(" that ")
        and "," not in between
        and (" and " not in between or text.endswith(("ed", "told"), 0, verb_end))
    )  # a past form is surely a verb: "warned leaders and executives that “...”"


def _place_word(text: str, start: int, end: int) -> bool:
    """Whether a quotation is one word naming a place or its people ("Israeli", "Israel's"):
    the outlet's scare quotes around a name it disputes, no one's words."""
    word = text[start:end]
    if " " in word or not word[:1].isupper():
        return False
    word = word.removesuffix("'s").removesuffix("’s")
    gazetteer = load_gazetteer()
    entry = gazetteer.names.entries.get(word)
    return word in gazetteer.demonyms or getattr(entry, "type", "") == "GPE"


def _called_on_to(text: str, start: int, end: int) -> bool:
    """Whether "called on" is followed by whom and what they are to do, a relative clause
    about whom allowed ("called on the opposition, which X, to persuade Y"), not what the
    caller came to do ("called on President Y to bid farewell": a visit)."""
    called = _CALLED_ON_TO.match(text, start, end)
    if called is not None:
        return not text.startswith(lx.VISIT_PURPOSES, called.end() - 1)
    return ", wh" in text[start : start + 80] and bool(
        _CALLED_ON_RELATIVE_TO.match(text, start, end)
    )


def _remarked_on_topic(text: str, position: int, end: int) -> bool:
    """Whether "remarked" is followed by "on" and a topic up to its clause's end ("remarked on
    the challenges posed by X, suggesting that Y"): what the remark was about, not what it
    said. Not a day or a platform ("remarked on Monday that", "on Twitter that": capitalised),
    nor a topic that a "that" clause follows ("remarked on the talks that they were useful")."""
    if not text.startswith(" on ", position) or not text[position + 4 : position + 5].islower():
        return False
    comma = text.find(",", position, end)
    return text.find(" that ", position, end if comma < 0 else comma) < 0


def _diplomatic_act(text: str, verb: re.Match[str]) -> bool:
    """Whether a listed verb names an act, not speech ("recalled its ambassador", "declared
    the envoy persona non grata"): it makes no statement, nor one a participle attaches to."""
    lemma = FORMS[verb.group()].lemma
    if lemma == "recall":
        return _RECALLED_ENVOY.match(text, verb.end()) is not None
    return lemma == "declare" and _DECLARED_UNWELCOME.match(text, verb.end()) is not None


def _added_up(text: str, verb: re.Match[str]) -> bool:
    """Whether "add" is the phrasal "add up (to)", a sum ("investment adding up to 1.7 billion",
    "the figures do not add up"), not speech (round 287)."""
    end = verb.end()
    return (
        verb.group()[:3] in ("add", "Add")
        and text.startswith(" up", end)
        and not text.startswith((" up to now", " up until"), end)  # "added up to now, ..."
    )


def _added_to_thing(text: str, verb: re.Match[str]) -> bool:
    """Whether "add" is "add to" a possessed thing ("The cruiser added to its haul of
    pirates", "adding to their woes"): an increase, not speech (round 490); "added to his
    remarks that X" still says X."""
    end = verb.end()
    return (
        verb.group()[:3] in ("add", "Add")
        and (
            text.startswith(_ADDED_TO_OWNED, end)
            or _ADDED_THING_TO.match(text, end) is not None  # "Adding fuel to the fire"
            or _ADDED_TO_COUNT.match(text, end) is not None  # "adding to the 300 hurt"
        )
        and text.find(" that ", end, end + _ADDED_TO_REACH) < 0
    )


_THAT_REACH = 60  # characters from a verb to the "that" before a quotation opening its clause
# ("warned global leaders and tech industry executives that “...”": 50; round 645)
_ADDED_TO_OWNED = (" to its ", " to their ", " to his ", " to her ", " to our ", " to my ")
# a short object, then "to" and what it is added to, the phrase ending there: "Adding fuel to
# the fire, X ...", "added weight to its case." (round 591); not "added threats to the region
# can only be met ...", a clause; or a thing with its article, then "to" and whose or which
# it is added to ("adding a new chapter to Tibetan Buddhism’s struggle", round 619)
_ADDED_THING = (
    r"(?:[a-z]+ ){1,2}to (?:the|its|their|his|her|our|my|a|an) [a-z]+[,.]"
    r"|an? (?:[a-z-]+ ){0,2}[a-z]+ to (?:(?:the|its|their|his|her|our|my) |[A-Z])"
)
_ADDED_THING_TO = lazy_compile(rf" (?:{_ADDED_THING})")
_ADDED_THING_TO_TEXT = lazy_compile(  # the same anywhere in a text, its literal "dd" first
    rf"dd(?:s|ed|ing) (?:{_ADDED_THING})"
)
_ADDED_TO_REACH = 50  # characters after "added to his" where "that" opens what he added
# "add to" a number or a count ("adding to the more than 3,000 hurt", "added to the death
# toll"): an increase, no addressee (round 688)
_ADDED_TO_COUNT = lazy_compile(
    r" to the (?:(?:more than|nearly|almost|over|at least|some|about|around|roughly) )?"
    r"(?:\d|(?:[a-z-]+ ){0,2}(?:toll|tally|total|number|count)\b)"
)


_STATE_DETERMINERS = lx.DROPPED_DETERMINERS - {"that"}  # "documents that state X": a verb
# a determiner and a capitalised word before "state": "the Gulf state", "a Baltic state"; not
# a name in capitals or one ending in "s" ("the US state", "the Philippines state that X")
_DESCRIBED_STATE = lazy_compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Aa]nother) [A-Z][a-z’'-]*[a-rt-z] $")


def _modifies_noun(text: str, verb: re.Match[str]) -> bool:
    """Whether a listed verb's past participle stands after a determiner or an ordinal, as an
    adjective before its noun ("the first confirmed meeting", "its stated aim"), a word
    hyphened to the next in a compound ("state-run media"), the noun "states" before a stop,
    a dash or its possessive mark, or a verb's noun after a possessive: no verb."""
    word, (start, end) = verb.group(), verb.span()  # asked of every listed verb: read once
    if verb.string[end : end + 1] == "-":  # a slice, not a bounded ``startswith``
        return True
    if text[start - 1 : start] == "-" and _hyphened_after_word(text, start):
        return True  # "the self-declared republic": a compound's part, no verb (newuser41)
    if text.endswith(" of ", 0, start) and not word.endswith(("ing", "ed")):
        return True  # "heads of state, with X": a bare or -s form after a preposition is its
        # noun (not "accused X of saying", a gerund with its clause; stfix106)
    if word == "states":  # "the member states, ...", "the three states – A, B, C", the
        # possessive "the Baltic states' refusal" (round 641)
        return text.startswith((",", ".", ";", ")", " –", " —", "' ", "’ "), end) or (
            _counted_states(text, start)
        )
    if word == "state" and _STATE_MODIFIED.match(text, end) is not None:
        return True  # "head of the Norland state nuclear company", "on a state visit"
    if word == "state" and _word_ending(text, start - 1, 6).lower() in _STATE_DETERMINERS:
        return True  # "calling such a state “...”", "the state": the noun (round 561)
    if word == "state" and _DESCRIBED_STATE.search(text, max(0, start - 30), start):
        return True  # 'The Gulf state “expresses ...”': a country so called (round 611)
    if word == "stress" and _UNDER_STRESS.search(text, max(0, start - 30), start):
        return True  # "ties came under considerable stress after ...": the noun
    if word == "note" and text.endswith(_NOTE_DETERMINERS, max(0, start - 5), start):
        return True  # "the note adds": a ministry's document, the noun (round 286)
    if word == "note" and text[max(0, start - 25) : start].split()[-2:-1] in (["a"], ["an"]):
        return True  # "on a positive note, saying": the noun after an adjective (round 390)
    if word in _PLURAL_NOUNS and _plural_noun(text, start):
        return True  # "apologised over remarks that he made", 'the "rude" remarks by X'
    if not word.endswith("ed"):
        return text.endswith(("’s ", "'s "), 0, start) and _owned_noun(text, verb)
    space = start - 1
    if space < 1 or text[space] != " ":
        return False
    return _word_ending(text, space, 12) in _BEFORE_ADJECTIVE


def _counted_states(text: str, start: int) -> bool:
    """Whether "states" at ``start`` stands right after "the" or an ordinal ("the 51st states
    of the union", "the first states to sign"; round 643): the noun, which no verb follows."""
    if text[start - 1 : start] != " ":
        return False
    before = _word_ending(text, start - 1, 8)
    return before.lower() in _STATES_COUNTERS or (
        before[:1].isdigit() and before[-2:] in _ORDINAL_ENDINGS and before[:-2].isdigit()
    )


_STATES_COUNTERS = frozenset({"the", "first", "second", "third", "last", "only", "few"})


def _hyphened_after_word(text: str, start: int) -> bool:
    """Whether the listed verb at ``start`` is hyphened to the word before it ("self-declared",
    "long-stated"), not after a prefix that keeps it a verb ("re-stated", "co-announced")."""
    opening = start - 1
    while opening > 0 and text[opening - 1].isalpha():
        opening -= 1
    return opening < start - 1 and text[opening : start - 1].lower() not in _VERB_PREFIXES


def _plural_noun(text: str, start: int) -> bool:
    """Whether a listed verb's -s form that is also a plural noun, at ``start``, stands after a
    preposition, a determiner, an adjective of speech or a quoted word ("over remarks that",
    'the "insulting" remarks by'): the noun, no verb with a subject (naharnet, session 40)."""
    if start < 2 or text[start - 1] != " ":
        return False
    before = text[start - 2]
    if before in '”"':  # a quoted word right before, not a quotation's comma: '"rude" remarks'
        return start > 2 and text[start - 3].isalpha()
    if before == "." or before.isupper():
        initialism = _word_ending(text, start - 1, _INITIALISM_REACH)
        if _INITIALISM.fullmatch(initialism) is None:
            return False  # "the U.S. remarks", "the EU calls": the initialism a modifier of
        space = start - 2 - len(initialism)  # the noun after its determiner (round 639)
        return _word_ending(text, space, 15).lower() in _BEFORE_PLURAL_NOUN
    if not before.isalpha():
        return False
    return _word_ending(text, start - 1, 15).lower() in _BEFORE_PLURAL_NOUN


def _owned_noun(text: str, verb: re.Match[str]) -> bool:
    """Whether a listed verb's bare or -s form after a possessive is its noun ("at the
    latter's request", "Norland’s call for talks"), not a pronoun's contraction ("he's")."""
    if verb.group().endswith("ing"):
        return False  # "she's saying"
    return _word_ending(text, verb.start() - 3, 17).lower() not in _CONTRACTING_WORDS


def _word_ending(text: str, end: int, reach: int) -> str:
    """The word ending at ``end``, from the space before it within ``reach`` characters;
    none there, the text from its start when it is that short, else "": no word of the
    closed lists it is looked up in is so long (the text before it, copied and lowered at
    each listed verb, cost a long article the square of its length)."""
    start = end - reach if end > reach else 0
    space = max(text.rfind(" ", start, end), text.rfind("\n", start, end))  # or a line's
    # start ("His" opening a paragraph)
    return "" if space < 0 and end > reach else text[space + 1 : end]


def _semicolons_introducing(text: str) -> str:
    """``text`` with a semicolon typed for the colon between a listed verb and the quotation
    it introduces ('X said; “A.' over paragraphs, round 643) made that colon, one character
    for one: the quotation is the verb's, as after 'said:'."""
    parts: list[str] = []
    last = 0
    for semicolon in _SEMICOLON_BEFORE_MARK.finditer(text):
        at = semicolon.start()
        space = max(text.rfind(" ", max(0, at - 12), at), text.rfind("\n", max(0, at - 12), at))
        if text[space + 1 : at] in FORMS:
            parts += (text[last:at], ":")
            last = at + 1
    return "".join((*parts, text[last:])) if parts else text


_SEMICOLON_BEFORE_MARK = lazy_compile(r"(?<=[a-z]); (?=[“\"])")


def _mark_after(text: str, mark: str, before: str) -> bool:
    """Whether ``mark`` opens ``text`` or stands after one of the characters ``before``: one
    walk over the mark's few offsets, not a search of the whole text for each pair."""
    at = text.find(mark)
    while at >= 0:
        if at == 0 or text[at - 1] in before:
            return True
        at = text.find(mark, at + 1)
    return False


# a quotation's attribution cut off by the end of the stored text ('“...,” Ba'): its
# comma and mark, then a capitalised word or two and no verb, nothing after
_CUT_ATTRIBUTION = lazy_compile(r"[,!?][”\"] ([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?)\s*$")
_CUT_ATTRIBUTION_REACH = 40  # characters at the text's end it may fill


def _cut_attribution_blanked(text: str) -> str:
    """``text`` with a quotation's attribution cut off by the end of the stored text made
    spaces, offsets kept: '“It is a dark day,” Ba' attributes the quotation as one standing
    alone does, to the person the sentence before names (rule 1; round 659)."""
    cut = _CUT_ATTRIBUTION.search(text, max(0, len(text) - _CUT_ATTRIBUTION_REACH))
    if cut is None:
        return text
    return text[: cut.start(1)] + " " * (cut.end(1) - cut.start(1)) + text[cut.end(1) :]


def _marks_read(text: str) -> str:
    """``text`` with quotation marks written otherwise made double marks, one character for one
    so that every offset holds: a wire's doubled apostrophes ('' ... '', read as a mark and a
    space: tests/statements_dev/SOURCES, round 17) and the low-high marks of Lithuanian or
    German („ ... “, where a “ after a word closes: "partnership“, he said"), guillemets, and
    dashes typed as two hyphens."""
    if "'" in text and "''" in text:  # one character's search first: most texts hold none
        text = text.replace("''", '" ')
    if "’’" in text:
        text = _doubled_single_marks(text)
    if "″" in text:  # a double prime typed for a mark ('...,″ X said', round 645); after a
        # digit it is inches or seconds of arc, left
        text = _MARK_PRIME.sub("”", text)
    if "„" in text:
        text = text.replace("„", "“")
    if " -- " in text:  # a dash typed as two hyphens reads as the dash (round 501's "X --
        # member countries of Y -- called for Z"; the dev set's "says X -- calling it ..."),
        # its first hyphen a space so that offsets and the words after it stay put
        text = text.replace(" -- ", "  — ")
    if "«" in text:  # guillemets quote as double marks do (« ... », round 135); a » alone
        # is a page's path or list sign, left
        text = text.replace("«", "“").replace("»", "”")
    elif "»" in text:  # a page quoting in » at both ends (»X», round 266)
        from diplotui.cite import chevron_pairs  # as copies read them; rare: imported here

        text = chevron_pairs(text)
    if "”" in text and _mark_after(text, "”", " \n:"):
        # a closing mark after a space, a colon ('added:”I', round 198) or opening a line,
        # before a word, opens ('it said ”The'), unless a quotation is open on its line: then
        # it closes, badly spaced ('#Tunisia, ”X'); the one character's search first
        text = _REVERSED_OPENING.sub(lambda mark: _reversed(text, mark), text)
    if '"' in text and "“" in text:  # the literal searches first: most texts hold one kind
        text = _lone_straight_marks_read(text)
    if '"' in text and '. "' in text:  # the literal searches first: most texts hold none
        text = _straight_reopenings_read(text)
    closing: list[int] = []  # offsets of “ after a word and before a space or a stop: closing marks
    at = text.find("“")
    quoted_otherwise = at >= 0 or '"' in text
    if "‘" in text:  # single ones quote, beside double ones only as sentences (names29)
        text = _single_marks_read(text, quoted_otherwise)
        quoted_otherwise = True
        at = text.find("“")
    if "'" in text and (" '" in text or "\n'" in text):  # straight ones, on a line with no
        # other mark (round 201; names29: "X said: '...'" in a text quoting in double marks
        # elsewhere)
        text = _straight_single_marks_read(text, quoted_otherwise)
        at = text.find("“")
    while at >= 0:
        if (
            at
            and (text[at - 1].isalnum() or text[at - 1] in ".,!?")
            and (at + 1 == len(text) or text[at + 1].isspace() or text[at + 1] in ",.;:!?")
        ) or (at > 1 and text[at - 2] in "?!" and _closes_after_space(text, at)):
            closing.append(at)
        elif text.startswith((" “,", " “.", " “;"), at - 1):  # 'this situation “, calling':
            closing.append(at)  # a mark before a comma or a stop opens nothing (round 217)
        at = text.find("“", at + 1)
    if not closing:
        return text
    pieces: list[str] = []
    previous = 0
    for at in closing:  # one pass, however many marks a hostile text holds
        pieces += (text[previous:at], "”")
        previous = at + 1
    pieces.append(text[previous:])
    return "".join(pieces)


def _lone_straight_marks_read(text: str) -> str:
    """``text`` with a straight double mark alone on a line whose curly marks pair among
    themselves made a space, one character for one: an aggregator's stray mark around the
    text it copied ('"The Community announced X. “Y,” he said.', never closed; round 572),
    which paired with the first curly closing mark swallowed every sentence before it."""
    chars: list[str] | None = None
    at = text.find('"')
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        if (
            text.count('"', line_start, line_end) == 1
            and text.count("“", line_start, line_end) == text.count("”", line_start, line_end) > 0
        ):
            chars = list(text) if chars is None else chars
            chars[at] = " "
        at = text.find('"', line_end)
    return text if chars is None else "".join(chars)


def _straight_reopenings_read(text: str) -> str:
    """``text`` with a straight mark that reopens an open quotation after a sentence's stop
    made “, one character for one ('"A. "B," he said.': the page lost the closing mark after
    A, or reopens by habit; rounds 332, 335): read as a curly one, it ends A's statement and
    opens B's (``_reopened_after_stops``), where paired it closed A and left B unopened. Only
    on a line holding an odd count of straight marks and no curly one, the mark before a
    capital with an odd count before it on its line."""
    chars: list[str] | None = None
    line_end = counted = -1
    before = 0  # straight marks on the line before ``counted``
    odd_line = False
    at = text.find('. "')
    while at >= 0:
        mark = at + 2
        if mark > line_end:  # a line's bounds and marks read once, however many stops it holds
            line_start = text.rfind("\n", 0, mark) + 1
            line_end = text.find("\n", mark)
            line_end = len(text) if line_end < 0 else line_end
            odd_line = text.count('"', line_start, line_end) % 2 == 1 and not _holds(
                text, ("“", "”"), line_start, line_end
            )
            counted, before = line_start, 0
        if odd_line and text[mark + 1 : mark + 2].isupper():
            before += text.count('"', counted, mark)
            counted = mark
            if before % 2:
                chars = list(text) if chars is None else chars
                chars[mark] = "“"
        at = text.find('. "', mark)
    return text if chars is None else "".join(chars)


def _single_marks_read(text: str, quoted_otherwise: bool) -> str:
    """A text quoting in single curly marks (‘...’): each pair made double, one character
    for one; a ’ closes only while a ‘ is open and no letter follows it (an apostrophe,
    "Kingdom’s", stays). In a text ``quoted_otherwise`` a pair quotes only as a sentence does,
    on a line with no double mark (see ``_as_sentence``)."""
    pairs: list[tuple[int, int]] = []
    opening = text.find("‘")
    line_start = line_end = -1
    unmarked = True  # whether the line holds no double mark, read once a line
    closing = -2  # the first ’ after the mark on its line (-1: none), sought again only once
    # passed: a line of thousands of ‘ and no ’ was searched to its end for each
    while opening >= 0:
        if opening and text[opening - 1].isalnum():
            opening = text.find("‘", opening + 1)
            continue
        if opening > line_end:
            line_start = text.rfind("\n", 0, opening) + 1
            line_end = text.find("\n", opening)
            line_end = len(text) if line_end < 0 else line_end
            unmarked = not quoted_otherwise or not _holds(text, _DOUBLE_MARKS, line_start, line_end)
            closing = -2
        if closing == -2 or 0 <= closing <= opening:
            closing = text.find("’", opening + 1, line_end)
            while closing >= 0 and text[closing + 1 : closing + 2].isalpha():
                closing = text.find("’", closing + 1, line_end)  # an apostrophe ("Kingdom’s")
        reopened = text.find("‘", opening + 1, line_end)
        if closing >= 0 and (reopened < 0 or closing < reopened):
            if (
                not quoted_otherwise
                or (unmarked and _as_sentence(text, opening, closing, line_start))
                or _as_characterised(text, opening, line_start)
            ):
                pairs.append((opening, closing))
            opening = text.find("‘", closing + 1)
        else:  # none on its line, or another ‘ opens first: that one is read instead
            opening = reopened if reopened >= 0 else text.find("‘", line_end)
    return _paired(text, pairs)


def _straight_single_marks_read(text: str, quoted_otherwise: bool) -> str:
    """Straight single marks ('...') quoting on a line that holds no double or curly single
    mark (one that does quotes in those, and its straight marks nest or are apostrophes): each
    pair on one line made double, one character for one; a mark opens after a space, a line's
    start or a bracket and before a letter or digit, and closes after a character that is no
    space and before none that is a letter (an apostrophe, "Korea's", stays). In a text
    ``quoted_otherwise`` a pair quotes only as a sentence does (``_as_sentence``)."""
    pairs: list[tuple[int, int]] = []
    at = _straight_opening(text, 0)
    line_start = line_end = -1
    closing: re.Match[str] | None = None
    while at >= 0:
        if at > line_end:  # a line's bounds and marks read once, however many marks it holds
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            if _holds(text, _OTHER_MARKS, line_start, line_end):
                at = _straight_opening(text, line_end)
                continue
        if closing is None or closing.start() <= at:  # the first closing after a mark is that
            # of every later mark before it: searched once however many marks open before it
            closing = _straight_closing(text, at + 1, line_end)
        if closing is None:
            at = _straight_opening(text, line_end)
            continue
        if not quoted_otherwise or _as_sentence(text, at, closing.start() + 1, line_start):
            pairs.append((at, closing.start() + 1))
            at = _straight_opening(text, closing.end())
        else:  # a mark set off no sentence ("in the '90s ... "): a later one may open one
            at = _straight_opening(text, at + 1)
    return _paired(text, pairs)


def _straight_closing(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first straight mark in ``text[start:end]`` that may close a quotation: not a proper
    plural's possessive before its noun ("the United States' grave concern", "the Allies'
    aims"; round 518), which a scare quote ending "overseas students' who" is not."""
    closing = _STRAIGHT_CLOSING.search(text, start, end)
    while (
        closing is not None
        and text[closing.start()] == "s"
        and text.startswith(" ", closing.end())
        and text[closing.end() + 1 : closing.end() + 2].islower()
        and _PROPER_PLURAL.search(text, max(start, closing.start() - 30), closing.start() + 1)
    ):
        closing = _STRAIGHT_CLOSING.search(text, closing.end(), end)
    return closing


def _paired(text: str, pairs: list[tuple[int, int]]) -> str:
    """``text`` with each pair of single marks at ``pairs`` made double, one character for one:
    copied into characters only when a pair quotes (most single marks are apostrophes)."""
    if not pairs:
        return text
    chars = list(text)
    for opening, closing in pairs:
        chars[opening], chars[closing] = "“", "”"
    return "".join(chars)


def _straight_opening(text: str, start: int) -> int:
    """Where the next straight single mark from ``start`` that may open a quotation stands (-1
    if none): a literal search, so that apostrophes inside words cost a check each and the
    other characters none."""
    mark = _STRAIGHT_MARK.search(text, start)
    while mark is not None:
        at = mark.start()
        if (not at or text[at - 1].isspace() or text[at - 1] == "(") and not _ELIDING_MARK.match(
            text, at
        ):
            return at
        mark = _STRAIGHT_MARK.search(text, at + 1)
    return -1


def _as_sentence(text: str, opening: int, closing: int, line_start: int) -> bool:
    """Whether single marks on a line with no other mark quote as a sentence does, in a text
    that quotes in double marks elsewhere: opening the line or after a colon, a stop, a dash
    or a comma and closing after a stop or a comma ("X said: '...'", "LONDON - '...,' said
    X"); a phrase ("described as a 'visit amongst friends'") is the writer's, set off."""
    opens = opening == line_start or text.endswith(_SENTENCE_OPENERS, 0, opening)
    return opens and text[closing - 1] in ",.!?"


def _as_characterised(text: str, opening: int, line_start: int) -> bool:
    """Whether single marks quote what a characterising verb called something ("calling the
    tariffs ‘unjustified’", "termed it ‘disappointing’"), in a text that quotes in double
    marks elsewhere: the words of whoever does the calling, as in double marks (round 513),
    unless a double quotation open on the line holds them (a quotation's own inner marks)."""
    window = max(line_start, opening - 120)
    words = text[window:opening].lower()  # "Calling X ‘...’, Y said": fronted, capitalised
    if not _may_characterise(words):
        return False
    if text.rfind("“", window, opening) > text.rfind("”", window, opening):
        return False
    if text.count('"', line_start, opening) % 2:
        return False
    return _CHARACTERISING.search(words) is not None


def _holds(text: str, marks: tuple[str, ...], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds any of ``marks``."""
    return any(text.find(mark, start, end) >= 0 for mark in marks)


def _closes_after_space(text: str, at: int) -> bool:
    """Whether a “ after a question's or an exclamation's mark and a space, before a word in
    lower case, closes the quotation open on its line ('... our country? “added the
    minister.'): the closing mark printed as an opening one."""
    if text[at - 1] != " " or not text[at + 1 : at + 2].islower():
        return False
    line_start = text.rfind("\n", 0, at) + 1
    return text.rfind("“", line_start, at) > text.rfind("”", line_start, at)


def _doubled_single_marks(text: str) -> str:
    """``text`` with doubled curly single marks read as double ones, a mark and a space:
    ‘‘ or ‘’ opening, ’’ closing ("‘’We are ...,’’ he added", round 109)."""
    return text.replace("‘‘", "“ ").replace("‘’", "“ ").replace("’’", "” ")


def _reversed(text: str, mark: re.Match[str]) -> str:
    """What a closing mark before a word (and the space between them) is read as: an opening
    one after a space, a colon or a line's start, unless it closes the quotation open on its
    line or one whose opening mark the page lost."""
    at = mark.start()
    if at and text[at - 1] not in " \n:":
        return mark.group()  # 'said,” he': a mark that closes
    line_start = text.rfind("\n", 0, at) + 1
    if text.rfind("“", line_start, at) > text.rfind("”", line_start, at):
        return mark.group()
    if at == line_start and mark.group() == "” " and _left_open(text, line_start):
        return mark.group()  # 'stating, “A.' then '” He ...': A's closing mark on a line of
        # its own, then the reporter's words (stfix154)
    if _lost_opening_before(text, line_start, at):
        return mark.group()
    return "“" + mark.group()[1:]


def _left_open(text: str, line_start: int) -> bool:
    """Whether the line before ``line_start`` ends with a quotation left open: its last
    opening mark after its last closing one."""
    if line_start < 2:
        return False
    before = text.rfind("\n", 0, line_start - 1) + 1
    return text.rfind("“", before, line_start) > text.rfind("”", before, line_start)


def _comma_spaced(text: str, close_at: int) -> bool:
    """Whether a closing mark stands after a comma and a space ('..., ”X said')."""
    return text.endswith(", ", 0, close_at)


def _lost_opening_before(text: str, line_start: int, at: int) -> bool:
    """Whether a closing mark after a space ends a quotation whose opening mark the page lost
    ('... the pride of the continent, ”X said in an interview'): a comma before it, no other
    mark on its line, and a listed verb in the few words after."""
    if not _comma_spaced(text, at):
        return False
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    if any(text.find(mark, line_start, line_end) >= 0 for mark in ('"', "“")):
        return False
    if text.find("”", at + 1, line_end) >= 0:
        return False
    return VERB_RE.search(text, at + 1, min(line_end, at + 60)) is not None


class _Finder:
    def __init__(
        self,
        text: str,
        spans: Sequence[EntitySpan],
        verbs: list[re.Match[str]],
        words: frozenset[bytes],  # those of ``_SCANNED`` the text holds whole
        title: str = "",
    ) -> None:
        self.text = text
        spans = _unpadded_persons(text, completed_persons(text, sorted(spans, key=_START)))
        if b"Said" in words:  # a whole word, before a space (see ``_SCANNED``)
            spans = _said_inverted(text, spans)
        if "istry of " in text:
            spans = _portfolios_listed(text, spans)
        if "inister of " in text:
            spans = _minister_portfolios_listed(text, spans)
        if "H,E " in text:
            spans = _excellency_cut(text, spans)
        if "Lord " in text or "Baroness " in text:  # the commonest peers' titles first
            spans = _peers_designated(text, spans)
        if not _UNIT_NOUN_RUNS.isdisjoint(words):  # (the cheap test first)
            spans = _numbered_units(text, spans)
        if "inister and " in text:
            spans = _second_office_cut(text, spans)
        for span in spans:  # a loop, not ``any`` over a generator: half its instructions
            if span.type == "ROLE" and span.text[1:3].isupper():
                spans = _capitalised_role_nouns(spans)
                break
        if "[" in text:
            spans = bracketed_persons(text, spans)
        role_runs = words & _OPENING_ROLE_RUNS  # (a capitalised role noun: 1 text in 70)
        if role_runs:
            spans = _role_nouns_opening_names(text, spans, role_runs)
        spans = _given_names_after_nouns(text, spans)
        spans = _org_openers_taken_in(text, spans)
        spans = _persons_past_body_words(text, spans)
        spans = _apposed_names_missed(text, spans)
        spans = _honoured_places_retyped(text, spans)
        if ") " in text:  # the cheap test first
            spans = _bracketed_org_persons_retyped(text, spans)
        if PARTY_HEAD in text:  # the cheap test first
            if " and " in text:
                spans = _joint_party_names(text, spans)
            spans = _parties_named_short(text, spans)
        if " el-" in text or " al-" in text:  # the cheap test first: a particle's hyphen
            spans = _particle_names_after_titles(text, spans)
        for body in lx.BODIES_WITH_THE:  # a few scans in C, whatever the text's length
            if body in text:
                spans = _body_with_the(text, spans, body)
        if "Times of " in text:  # the cheap test first
            spans = _times_of_places(text, spans)
        if "Ministry " in text or "Department " in text:  # the cheap test first
            spans = _listed_portfolios(text, spans)
        if "Office of the " in text:  # the cheap test first
            spans = _offices_of_roles(text, spans)
        if "Departments of " in text or "Ministries of " in text:  # the cheap test first
            spans = _joint_departments(text, spans)
        if " (" in text and _PLACED_BEFORE_BRACKET.search(text) is not None:  # the cheap
            spans = _placed_names_bracketed(text, spans)  # tests first: a scan in C
        spans = _acronyms_missed_again(text, spans)
        if ("(" in text and _BRACKETED_GIVEN_NAME.search(text) is not None) or (
            "[" in text and _SQUARED_GIVEN_NAME.search(text) is not None
        ):  # the marks' search first (the patterns' own is dearer), then one scan in C
            spans = parenthesised_given_names(text, spans)
        if "@" in text and "(@" in text:
            spans = _tweet_signers_dropped(text, spans)
        for s in spans:  # the forms' endings first: 3 tests a name, not 35
            if (
                s.type == "PERSON"
                and s.text.endswith(_PAST_ENDINGS)
                and s.text.endswith(_PAST_FORMS)
            ):
                spans, verbs = _glued_pasts_cut(text, spans, verbs)
                break
        spans, verbs = _glued_pasts_found(text, spans, verbs)
        self.verbs = verbs  # the listed verbs of the whole text, found once
        self.verb_starts = [verb.start() for verb in self.verbs]
        told = words & _UNLISTED_TELLING_RUNS  # (the cheap test first: a set's intersection)
        missed = unrecognised_names(
            text, spans, self.verbs, _unlisted_telling_starts(text, told) if told else ()
        )
        if missed:
            spans = sorted([*spans, *missed, *_missed_elsewhere(text, spans, missed)], key=_START)
        spans = _place_surnames(text, spans)
        spans = _companies_short_named(spans)
        spans = _institutions_as_persons_retyped(spans)
        if not _SHORT_SURNAME_RUNS.isdisjoint(words):  # (8 of 197 texts; see ``_SCANNED``)
            spans = _apposed_short_surnames(text, spans, self.verb_starts)
        self.has_as_per = "As per " in text  # "As per MEA, X" (round 607)
        self.has_according = (
            "ccording " in text
            or self.has_as_per
            or ("statement " in text and _STATEMENT_BY.search(text) is not None)
            or ("As " in text and _AS_SAID_BY.search(text) is not None)
        )  # ``in`` first: it searches for the pattern's opening words faster than the pattern
        blocks = article_blocks(text, title)  # no title block when the text lacks its title
        labelled = "caption," in text  # the cheap test first (see ``_labelled_caption``)
        self.body = [
            (b.start, b.end)
            for index, b in enumerate(blocks)
            if not (labelled and _labelled_caption(text, blocks, index))
            and (
                b.kind is BlockKind.PARAGRAPH
                or (
                    _sentence_as_title(text, b)
                    and not self._headline_over_lede(blocks, spans)
                    and not _over_byline(text, blocks)
                )
            )
            and (
                (
                    text[b.end - 1] in _SENTENCE_END_MARKS  # (trimmed) no headline or credit: a
                    # block's last character, not a bounded ``endswith`` (its arguments parsed)
                    and not _closes_quoted_words(text, b.end)
                )
                or (
                    not (
                        _headline_like(text[b.start : b.end])
                        and not _cut_off(text, b, blocks)
                        and not _pull_quotation(text, b, blocks)
                        and not _quotation_run_paragraph(text, blocks, index)
                        and not _reports_that(text[b.start : b.end])
                        and not _pronoun_reports(text, b.start)
                        and not _broken_before_quotation(text, b.end)
                        and not _broken_before_lowercase(text, b.end)
                        and not _report_closing_quoted(text, b.start, b.end)
                    )
                    and not _credited_caption(text, b.start, b.end)
                    and not _repeated_dek(text, b, blocks)
                )
            )
            and not text.startswith(_LINK_LABELS, b.start)
            and not (text[b.end - 1] in '”"' and _labelled_dek(text, b))  # the cheap test first
            and not (index and _labelled_headlines(text, blocks, index))
        ]
        if blocks and blocks[0].kind is BlockKind.TITLE:
            self.body = sorted({*_teaser_repeated(text, blocks[0]), *self.body})
            if _dek_before_dateline(text, blocks, self.body) or _headlinese_dek(
                text, blocks, self.body
            ):
                self.body = self.body[1:]  # a dek: the lede opens with the dateline after it
            elif _headline_repeated_under(text, blocks, self.body):
                self.body = self.body[1:]  # a standfirst the headline is printed again under
            self.body = self.body[_unended_deks(text, blocks, self.body) :]
        if self.body and text.startswith("- ", self.body[0][0]):  # the cheap test first
            self.body = self.body[_summary_bullets(text, blocks, self.body) :]
        self.subjects = Subjects(text, spans, Cast(text, spans, self.body))
        self.found: list[_Found] = []
        self.reported_at: set[int] = set()  # the positions of the reported ones found
        self.used_verbs: set[int] = set()
        self.contrasts: dict[str, list[int]] | None = None  # see _last_contrast
        self.outside_verbs: _OutsideVerbs | None = None  # see _verbs_outside
        self.tail_marks: _TailMarks | None = None  # see _tail_marks
        self.clause_commas: list[int] | None = None  # see _last_comma
        self._searches: dict[str, tuple[int, int, int]] = {}  # see _find
        # the last quotation given a speaker: (its sentence, where it closes, its speaker)
        self.last_direct: tuple[int, int, Speaker] | None = None

    def _headline_over_lede(self, blocks: list[Block], spans: list[EntitySpan]) -> bool:
        """Whether the first line, one whole sentence, is the headline after all: it names no
        one, and the paragraph under it opens with a person, titled and named in full, whose
        title's noun opens the line's subject ("The foreign ministers of A and B stated ..."
        over "A's Foreign Minister X Y and ..."): a lede introduces whom its headline names by
        role only, where a paragraph under a lede goes on from it."""
        if len(blocks) < 2:
            return False
        title, below = blocks[0], blocks[1]
        line = self.text[title.start : title.end]
        if not line[0].isupper() or ". " in line:
            return False  # a text cut mid-sentence, or a lede of two sentences: no headline
        person = next((x for x in spans if x.type == "PERSON" and x.start >= title.start), None)
        if person is None or not below.start < person.start <= below.start + _DEK_OPENING:
            return False
        opening = self.text[below.start : person.start]
        if not _names_only(opening):
            return False
        noun = opening.split()[-1].lower()
        verb = bisect_left(self.verb_starts, title.start)
        subject_end = title.end
        if verb < len(self.verb_starts):
            subject_end = min(subject_end, self.verb_starts[verb])
        subject = self.text[title.start : subject_end].lower().split()[:_HEADLINE_SUBJECT_WORDS]
        return noun in lx.ROLE_NOUNS and (noun in subject or f"{noun}s" in subject)

    def run(self) -> list[_Found]:
        previous: tuple[int, int] | None = None
        quote_run: _QuoteRun | None = None  # a quotation running over paragraphs
        block: tuple[int, int] | None = None
        for block_start, block_end in self.body:
            prior_block, block = block, (block_start, block_end)
            closing = -1  # where a quotation open since a paragraph before closes in this one
            if quote_run is not None:
                closing = self._unmarked_close(block_start)
                if closing < 0 and self._run_goes_on(block_start, block_end):
                    closing = block_end
                if closing >= block_end:  # a paragraph of the run without marks of its own
                    self._go_on_unmarked(quote_run, block_start, block_end)
                    previous = (block_start, block_end)
                    continue
            if not self._may_hold_statements(block_start, block_end):
                self.subjects.sentence_index += 1  # nothing to find: not split into sentences
                if quote_run is not None:
                    self._settle(quote_run, None, unclosed=True)
                if prior_block is not None and self.text.startswith(_DIALOGUE_DASHES, block_start):
                    self._dialogue_dash_alone(prior_block, block_start, block_end)
                previous, quote_run = (block_start, block_end), None
                continue
            before = previous
            if prior_block is not None and (
                block_end - block_start <= _BARE_ATTRIBUTION_LENGTH
                or (
                    block_end - block_start <= _DASHED_ATTRIBUTION_LENGTH
                    and self.text.startswith(_DIALOGUE_DASHES, block_start)
                )
            ):
                self._attributes_quotation_before(prior_block, block_start, block_end)
            paragraph = paragraph_sentences(self.text, block_start, block_end)
            block_text = self.text[block_start:block_end]  # one copy: ``in`` parses no bounds
            if "; " in block_text:
                paragraph = _split_at_capital_pronouns(self.text, paragraph)
            if block_text[:2] in _DIALOGUE_DASHES and paragraph[0][1] > block_start + 2:
                # a list's bullet or a dialogue's mark is no word of the first sentence, whose
                # subject opens after it ("- She urged X to Y"; round 308)
                paragraph[0] = (block_start + 2, paragraph[0][1])
            quotes = double_quotations(self.text, block_start, block_end)
            if quotes and quotes[-1][1] == block_end:
                quotes = self._without_lost_close(quotes, block_start, block_end)
            if quotes and quotes[-1][1] == block_end and block_text.endswith("."):
                quotes = self._closed_before_inverted(quotes, block_end)
            if closing >= 0 and quote_run is not None:
                quotes = self._unmarked_closed(
                    quote_run, (block_start, block_end), closing, paragraph
                )
                quote_run = None
            if quotes and (" – " in block_text or " — " in block_text):
                quotes = self._split_at_dashed_attributions(quotes)
            self.subjects.quoted(quotes)
            found_before = len(self.found)
            lost = -1 if quotes or "”" not in block_text else block_start + block_text.find("”")
            stray = self._stray_close(quotes, block_end) if quotes else -1
            said_this = " this" in block_text or " the statement" in block_text  # what _said_this
            # looks for first, once a paragraph
            agent = " by " in self.text[block_start : block_end + 4]  # likewise the passives'
            for number, sentence in enumerate(paragraph):
                self.subjects.sentence_index += 1
                following = paragraph[number + 1] if number + 1 < len(paragraph) else None
                if quotes:
                    self._direct(sentence, quotes, paragraph, previous, following)
                    if sentence[0] <= stray < sentence[1]:
                        self._lost_opening_after(quotes[-1][1], stray, paragraph)
                elif 0 <= lost < sentence[1]:  # a closing mark, no opening one, so far
                    emitted = len(self.found)
                    if lost >= sentence[0]:
                        self._lost_opening(block_start, lost, paragraph)
                    if len(self.found) == emitted:
                        self._unopened_continuation(sentence, previous)
                if self.text[sentence[0] : sentence[0] + 2] in ("Th", "It", "So"):  # its opening
                    self._back_reference(sentence, previous)
                if said_this:
                    self._said_this(sentence, previous)
                if agent:
                    self._passive_with_agent(sentence)
                    self._told_by_agent(sentence)
                self._reported(sentence, quotes)
                previous = sentence
            if (
                block_text[:2] in _DIALOGUE_DASHES
                and not quotes
                and len(self.found) == found_before
                and prior_block is not None
            ):
                self._dialogue_dash_alone(prior_block, block_start, block_end)
            quote_run = self._quotation_run(
                quote_run, before, (block_start, block_end), quotes, found_before
            )
        if quote_run is not None:  # cut off by the text's end: the speaker before's, if any
            self._settle(quote_run, None)
        kept = _without_overlaps(self.text, _without_nested_quotations(_pointing_back(self.found)))
        if "pic.twitter.com/" in self.text or "(@" in self.text:  # the cheap test first
            kept = _without_tweet_trailers(self.text, kept)
        return _across_own_asides(self.text, kept)

    def _dialogue_dash_alone(self, prior: tuple[int, int], start: int, end: int) -> None:
        """A paragraph opened by a dialogue dash, the Nordic agencies' quotation mark, with no
        attribution of its own ("Tobias Y says that X." then "– I expect Z. We feel W."; round
        288): direct, to its end, of the person whose statement the paragraph before holds.
        Not a list's items (lowercase, or no sentence), nor after a paragraph no one speaks in
        (a reporter's question)."""
        last = self.found[-1] if self.found else None
        if (
            last is None
            or self._attributed_before(start, end)
            or last.start < prior[0]
            or last.speaker.type != "PERSON"
            or not self.text[start + 2 : start + 3].isupper()
            or not self.text.endswith(_DASHED_ENDS, start, end)
            or self.text.startswith(_NARRATING_OPENINGS, start + 2)
        ):
            return
        self._emit(_Claim("direct", start + 2, last.speaker, None, None, -1), end)

    def _main_after_joint(self, s_start: int, coordinated: int, verb_start: int) -> Speaker | None:
        """The subject of the clause a joint opens, for a verb coordinated in it ("Talks went
        on, but X called Y risky and warned of Z": X; round 320)."""
        joint = max(self.text.rfind(j, s_start, coordinated) for j in _CLAUSE_JOINTS)
        if joint < 0:
            return None
        opening = self.text.find(" ", joint + 2) + 1
        return self.subjects.main(opening, verb_start)

    def _attributed_before(self, start: int, end: int) -> bool:
        """Whether a dashed line is a bare attribution of the quotation before it ("«A,»" then
        "— X stressed."; round 320), not a dialogue's line: one listed verb, ending it or right
        after the dash, and no comma."""
        verbs = self._verbs_in(start, end)
        return (
            len(verbs) == 1
            and self.text.find(",", start, end) < 0
            and (
                not self.text[verbs[0].end() : end].strip(" .")
                or _inverted_dashed_attribution(self.text, start, verbs[0])
            )
        )

    def _split_at_dashed_attributions(self, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Quotations with an attribution set off by dashes inside their one pair of marks
        ('“A, – he said. – B”', a Russian and Slavic convention, or '“A – denounced X – B”', an
        Italian one): two, as '“A,” he said, “B”', the first closing before the dash and the
        second opening after the other one. Without the comma the aside must open with its verb,
        listed or a past form, and name someone, lest a dashed aside of the speaker's own be
        taken for one."""
        split: list[tuple[int, int]] = []
        for open_at, close_at in quotes:
            if (
                self.text.find(" – ", open_at, close_at) < 0
                and self.text.find(" — ", open_at, close_at) < 0
            ):
                split.append((open_at, close_at))  # no dash: the pattern's scan spared
                continue
            for aside in _DASHED_ATTRIBUTION.finditer(self.text, open_at + 1, close_at):
                verb = next(iter(self._verbs_in(*aside.span(2))), None)
                if aside.group(1) and verb is None:
                    continue
                opening = _INVERTED_ASIDE.match(self.text, aside.start(2), aside.end(2))
                if not aside.group(1) and (
                    opening is None
                    or not (
                        (verb is not None and verb.start() == aside.start(2))
                        or opening.group(1).endswith("ed")  # unlisted: "– denounced X –"
                    )
                ):
                    continue
                split.append((open_at, aside.end(1)))
                open_at = aside.end() - 1
            split.append((open_at, close_at))
        return split

    def _quotation_run(
        self,
        quote_run: _QuoteRun | None,
        before: tuple[int, int] | None,
        block: tuple[int, int],
        quotes: list[tuple[int, int]],
        found_before: int,
    ) -> _QuoteRun | None:
        """Follow a quotation running over paragraphs, English news' convention: each paragraph
        reopens it, only the last closes it. Every paragraph is the speaker's who is named in
        it, at its close (", the ministry said") or else in the sentence before the block."""
        start, end = block
        if not quotes or quotes[0][0] != start:
            if quote_run is not None:
                self._settle(quote_run, None, unclosed=True)
            if quotes and quotes[-1][1] == end:  # left open at the paragraph's end
                return self._run_opened_inside(quotes, end, found_before)
            return None
        opened = _trim(self.text, start + 1, quotes[0][1])
        speaker = self._quoted_speaker(opened, found_before)
        if len(quotes) == 1 and quotes[0] == (start, end):  # left open: the run goes on
            if quote_run is None:
                quote_run = self._run_introduced(before)
            if speaker is None and opened is not None:
                quote_run.pending.extend(self._reopened(opened))
            elif speaker is not None:
                self._settle(quote_run, speaker)
                quote_run = _QuoteRun([], speaker)
                if opened is not None and not self._verbs_in(start, end):
                    quote_run.borrowed.append(opened[0])
            return quote_run
        if quote_run is not None:  # the paragraph that closes the run
            if speaker is None and opened is not None and quote_run.before is not None:
                self._emit(_Claim("direct", opened[0], quote_run.before, None, None, -1), opened[1])
            if speaker is not None and quote_run.borrowed:
                self._lend_back(quote_run.borrowed, speaker)
            self._settle(quote_run, speaker)
        if len(quotes) > 1 and quotes[-1][1] == end:  # '“A,” he said. “B.' then 'C.”': the
            # last left open at the paragraph's end, as when none opens it (stfix154)
            return self._run_opened_inside(quotes, end, found_before)
        return None

    def _lend_back(self, borrowed: list[int], speaker: Speaker) -> None:
        """A run's open paragraphs given to the sentence before them only ('The mission noted
        X.' then '“A.' then '“B,” observer Y said'), as the one who closes the run: theirs,
        the set's convention for a quotation running over paragraphs (round 415)."""
        for index in range(len(self.found) - 1, -1, -1):
            found = self.found[index]
            if found.start < borrowed[0]:
                break
            if found.kind == "direct" and found.start in borrowed:
                self.found[index] = found._replace(speaker=speaker)

    def _without_lost_close(
        self, quotes: list[tuple[int, int]], start: int, end: int
    ) -> list[tuple[int, int]]:
        """``quotes`` without the last, left open at the paragraph's end, when its closing
        mark was lost: opened in the middle of a clause (after a word, not after its
        attribution's colon or comma), never reopened by the next paragraph (no quotation
        running over paragraphs), and holding a listed verb ('called the visit "historic
        and said trade would grow.'): the words after it go on in the reporter's voice, and
        quoting them gave the reporter's "and said ..." as the speaker's own."""
        open_at = quotes[-1][0]
        if self._reporter_inside(open_at, end):
            return quotes[:-1]
        before = self.text[start:open_at].rstrip()
        if not before or not before[-1].isalnum() or not self._verbs_in(open_at + 1, end):
            return quotes
        if self._verbs_in(start + len(before) - 1, open_at):
            return quotes  # 'He said "...': opened after its attribution's verb
        return quotes[:-1]

    def _closed_before_inverted(
        self, quotes: list[tuple[int, int]], end: int
    ) -> list[tuple[int, int]]:
        """A quotation left open to its paragraph's end that an inverted attribution ends
        ('“I want X, pleaded the president.', round 337): its closing mark lost before the
        comma, the quotation closed there, so that the attribution reads as after one."""
        open_at = quotes[-1][0]
        inverted = _INVERTED_AT_END.search(self.text, max(open_at, end - 80), end)
        if inverted is None or inverted.start() <= open_at + 1:
            glued = _GLUED_ATTRIBUTION.search(self.text, max(open_at, end - 60), end)
            if (
                glued is not None
                and glued.start() > open_at + 1
                and self._verbs_in(glued.start(2), glued.end(2))
            ):  # '“A from now on.X said.': the closing mark and its space lost after the
                # stop, the attribution glued to it (round 670): closed at the stop
                return [*quotes[:-1], (open_at, glued.start() + 1)]
            return self._closed_before_attribution(quotes, end)
        return [*quotes[:-1], (open_at, inverted.start())]

    def _closed_before_attribution(
        self, quotes: list[tuple[int, int]], end: int
    ) -> list[tuple[int, int]]:
        """A quotation opening its paragraph, left open to its end, that a subject and its
        listed verb after a comma end ('"As of May 16, 14 countries have issued advisories,
        Head of the Bureau X stated here on Wednesday.', round 408): its closing mark lost
        before the comma, the quotation closed there."""
        open_at = quotes[-1][0]
        text = self.text
        if len(quotes) > 1 or (open_at and text[open_at - 1] != "\n"):
            return quotes
        verbs = self._verbs_in(max(open_at, end - _LOST_CLOSE_REACH), end)
        if not verbs:
            return quotes
        verb = verbs[-1]
        comma = text.rfind(", ", open_at, verb.start())
        subject = text[comma + 2 : verb.start()]
        if (
            comma <= open_at + 1
            or FORMS[verb.group()].participle  # "and the declaring of": no attribution
            or text[end : end + 4].lstrip().startswith(("“", '"'))  # reopened below: a run's
            or not subject[:1].isupper()
            or ". " in subject
            or any(mark in subject for mark in _SUBJECT_BREAKS)
            or any(mark in text[verb.end() : end] for mark in _SUBJECT_BREAKS)
        ):
            return quotes
        return [*quotes[:-1], (open_at, comma)]

    def _reporter_inside(self, open_at: int, end: int) -> bool:
        """Whether a quotation left open to its paragraph's end holds a sentence opening with
        an honorific, a name and a listed verb ('“A need action. Mr. X said the chief urged
        Y.'; round 326): the reporter's sentence, the closing mark lost before it, not the
        speaker's words (who does not call himself "Mr. X")."""
        named = _HONOURED_OPENING.search(self.text, open_at, end)
        return named is not None and bool(self._verbs_in(named.end(), named.end() + 1))

    def _unmarked_close(self, start: int) -> int:
        """Where a quotation left open at a paragraph's end closes, when the next mark from
        ``start`` on is its closing one ('“I ...' then paragraphs without marks, then '...,”
        said X.'), not at a line's start; else -1."""
        text = self.text
        if text.startswith(("“", '"'), start):
            return -1  # reopened, news' convention for a quotation over paragraphs
        at = min(
            (found for mark in ("“", "”", '"') if (found := text.find(mark, start)) >= 0),
            default=-1,
        )
        if at <= start or text[at] == "“" or text[at - 1].isspace():
            return -1
        return at

    def _attributes_quotation_before(self, prior: tuple[int, int], start: int, end: int) -> None:
        """A paragraph of only a subject and a listed verb ("X said.") after a paragraph that
        is one quotation no one was found for: the quotation is the subject's."""
        verbs = self._verbs_in(start, end)
        if len(verbs) != 1 or FORMS[verbs[0].group()].participle:
            return
        verb = verbs[0]
        if self.text.find(",", start, end) >= 0:
            return  # "X said, ...": not a bare attribution
        inverted = _inverted_dashed_attribution(self.text, start, verb)
        if self.text[verb.end() : end].strip(" .") and not inverted:
            return
        text = self.text
        close_at = prior[1] - 2 if text[prior[1] - 1] == "," else prior[1] - 1  # '“...”,' the
        # comma outside the mark, as some outlets write it (round 632)
        if not text.startswith(_OPENING_MARKS, prior[0]) or text[close_at] not in '"”':
            return
        guessed = self.found[-1] if self.found and self.found[-1].end > prior[0] else None
        if guessed is not None and (guessed.verb or guessed.start < prior[0]):
            return  # the quotation has its speaker, attributed; one only carried over from
            # the paragraph before gives way ("X stated Y." "“...”" "Rowley said."; round 613)
        speaker = (
            self.subjects.after(verb.end(), end)
            if inverted
            else self.subjects.before(start, verb.start())
        )
        content = _trim(text, prior[0] + 1, close_at)
        if speaker is None or content is None:
            return
        self.used_verbs.add(verb.start())
        if guessed is not None:
            self.found.pop()
        self._emit(_Claim("direct", content[0], speaker, verb, _form(verb), -1), content[1])

    def _run_goes_on(self, start: int, end: int) -> bool:
        """Whether a paragraph without marks, after one left open, is more of its quotation:
        the paragraph after it reopens one ('“The ...' / 'There are ...' / '“On ...”': the
        page lost one reopening mark) or the stored text ends with it (cut off)."""
        text = self.text
        if any(text.find(mark, start, end) >= 0 for mark in _QUOTATION_MARKS):
            return False
        if self._verbs_in(start, end) or text.endswith(":", start, end):
            return False  # the reporter's own words, introducing what comes next
        if _FIRST_PERSON.search(text, start, end) is None:
            return False  # the reporter's narrative ("The President also met X.")
        after = _NEXT_TWO_CHARACTERS.match(text, end)
        if after is None:
            return False
        if not after.group(1):
            return not text.endswith(_SENTENCE_ENDS, start, end)  # cut off in a sentence
        return after.group(1) in _OPENING_MARKS and after.group(2) != " "

    def _go_on_unmarked(self, quote_run: _QuoteRun, start: int, end: int) -> None:
        """A paragraph with no marks inside a quotation that a later paragraph closes: one more
        of the run's (its listed verbs are the speaker's own words, no statements)."""
        self.subjects.sentence_index += 1
        self.subjects.quoted([(start - 1, end)])
        content = _trim(self.text, start, end)
        if content is not None:
            quote_run.pending.append(content)

    def _unmarked_closed(
        self,
        quote_run: _QuoteRun,
        block: tuple[int, int],
        closing: int,
        paragraph: list[tuple[int, int]],
    ) -> list[tuple[int, int]]:
        """The paragraph closing a run whose paragraphs between held no marks: the run is the
        closing attribution's speaker's, or the one before it's. Returns the paragraph's
        quotations, the run's end first (opened before the paragraph: no direct one of its own)."""
        speaker, verb = self._attribution_after(
            closing + 1, _sentence_end_after(closing, paragraph)
        )
        if verb is not None and speaker is not None:
            self.used_verbs.add(verb.start())
        start, end = block
        content = _trim(self.text, start, closing)
        if content is not None:
            quote_run.pending.append(content)
        speaker = speaker or quote_run.before
        self._settle(quote_run, speaker)
        if speaker is not None:
            self.last_direct = (self.subjects.sentence_index + 1, closing, speaker)
        return [(start - 1, closing), *double_quotations(self.text, closing + 1, end)]

    def _run_opened_inside(
        self, quotes: list[tuple[int, int]], end: int, found_before: int
    ) -> _QuoteRun | None:
        """A quotation opened after its attribution and left open at the paragraph's end ('He
        said: "The envoy ...' then '"We feel ...."'): a run whose speaker is the quotation's,
        or, when it has none here, the one named where the run closes ('“What we are saying
        ...' then '“So we ...,” said Idris.')."""
        open_at = quotes[-1][0]
        opened = _trim(self.text, open_at + 1, end)
        speaker = self._quoted_speaker(opened, found_before)
        if speaker is not None:
            return _QuoteRun([], speaker)
        if opened is None or not self.text[:open_at].rstrip().endswith((".", "!", "?")):
            return None  # opened inside a sentence: part of what it reports, or no run
        return _QuoteRun(self._reopened(opened), None)

    def _run_introduced(self, before: tuple[int, int] | None) -> _QuoteRun:
        """A quotation running over paragraphs, whose when none of them names anyone: the
        speaker of the sentence before, else its last quoted one; else none (reading the
        person it is about here, 'He lamented that X.' then '"A.' then '"B."', changed no
        statement on the dev set: the later rules find them)."""
        return _QuoteRun([], self._speaker_in(before) or self._last_quoted_in(before))

    def _quoted_speaker(self, opened: tuple[int, int] | None, found_before: int) -> Speaker | None:
        """The speaker found for the quotation whose content is ``opened`` in this paragraph."""
        return next(
            (
                s.speaker
                for s in self.found[found_before:]
                if opened is not None and s.kind == "direct" and s.start == opened[0]
            ),
            None,
        )

    def _settle(
        self, quote_run: _QuoteRun, speaker: Speaker | None, *, unclosed: bool = False
    ) -> None:
        """The run's paragraphs so far, as the speaker's who closed it or else the one before.
        A single paragraph never closed (cut off by the stored text's end) is nobody's: one
        opened quotation is no run yet."""
        speaker = speaker or quote_run.before
        if speaker is None or (unclosed and len(quote_run.pending) < 2):
            return
        for content in quote_run.pending:
            self._emit(_Claim("direct", content[0], speaker, None, None, -1), content[1])
        quote_run.pending.clear()

    def _unlisted_tail(self, sentence: tuple[int, int], after: int) -> Speaker | None:
        """The subject of a verb of speech not in the list closing ``sentence`` after a comma
        past ``after`` ("A “B” would be C, X mentioned."): the sentence's quoted words are X's,
        direct (the Decisions' unlisted verbs; round 673), when no listed verb governs them."""
        text = self.text
        end = sentence[1]
        while end > after and text[end - 1] in _TAIL_STRIPPED:
            end -= 1
        comma = text.rfind(", ", max(after, end - _UNLISTED_TAIL_REACH), end)
        if comma < 0:
            return None  # (read back over a name and a verb only: a sentence of thousands of
            # quotations reads each tail once)
        if text[text.rfind(" ", comma, end) + 1 : end] not in lx.UNLISTED_SPEECH:
            return None
        if self._verbs_in(*sentence):
            return None  # "A “B” was C, X said and mentioned": the listed verb's reported
        return self._unlisted_attribution(comma + 2, end)

    def _person_subject(self, sentence: tuple[int, int]) -> Speaker | None:
        """The person the sentence before a quotation standing alone is about ('She revealed
        that X. "...."'): its main clause's subject, when a person."""
        speaker = self.subjects.main(*sentence)
        return speaker if speaker is not None and speaker.type == "PERSON" else None

    def _speaking_on(self, sentence: tuple[int, int]) -> Speaker | None:
        """The person a sentence is about when they spoke last ("..., he stated." then "He
        sought X." then a quotation cut off by the text's end): they go on speaking."""
        if not self.found or self.found[-1].speaker.type != "PERSON":
            return None  # the cheap test first: reading the subject costs
        speaker = self._person_subject(sentence)
        return (
            speaker if speaker is not None and self.found[-1].speaker.key == speaker.key else None
        )

    def _stance_taken(self, sentence: tuple[int, int]) -> Speaker | None:
        """Whoever the sentence before says took a stance on others' words ('X denied the
        reports', 'X cautioned against optimism', 'X took a shot at Y'), when a quotation
        opening the next paragraph is cut off by the text's end: X goes on in their own words
        (a speaker in the text; "X served as mayor." names none)."""
        start, end = sentence  # a paragraph without listed verbs comes whole: its last sentence
        start = max(start, self.text.rfind(". ", start, end - 2) + 2)
        stance = _STANCE.search(self.text, start, end)
        if stance is None or any(
            self.text.find(word, start, stance.start()) >= 0 for word in _SUBORDINATORS
        ):
            return None  # "The talks grew tense when X criticized Y's tone.": the sentence is
            # about the talks, X no speaker going on (round 631)
        if self.text.startswith("accusing", stance.start()):  # "X went further, accusing Y":
            return self.subjects.main(start, stance.start())  # the main clause's subject
        return self.subjects.before(start, stance.start())

    def _own_speech_named(self, sentence: tuple[int, int]) -> Speaker | None:
        """The person who spoke last, when the sentence before a quotation cut off by the text's
        end names their speech by its owner's pronoun ('X stressed Y. The centrepiece of his
        speech was Z.' then '“...'): X goes on in his own words (round 599), when no one else
        is named there."""
        if not self.found or self.found[-1].speaker.type != "PERSON":
            return None  # the cheap test first
        owned = _PRONOUN_SPEECH.search(self.text, *sentence)
        speaker = self.found[-1].speaker
        if owned is None or self._unlike(speaker, owned.group(1)):
            return None
        persons = [s for s in self.subjects.spans_in(*sentence) if s.type == "PERSON"]
        return None if persons else speaker

    def _last_quoted_in(self, sentence: tuple[int, int] | None) -> Speaker | None:
        """The speaker of the last quotation of the paragraph ending with ``sentence``: the
        one a quotation opening the next paragraph goes on quoting, when ``sentence`` itself
        quotes no one ('"...," said X. X shared his impressions.' then '"Close ...')."""
        if sentence is None or self.last_direct is None:
            return None
        paragraph_start = self.text.rfind("\n", 0, sentence[0])
        return self.last_direct[2] if self.last_direct[1] > paragraph_start else None

    def _speaker_in(self, sentence: tuple[int, int] | None) -> Speaker | None:
        """The speaker of the last statement found in ``sentence``."""
        if sentence is None:
            return None
        for statement in reversed(self.found):
            if sentence[0] <= statement.start < sentence[1]:
                return statement.speaker
            if statement.start < sentence[0]:
                break
        return None

    def _quoting(self, sentence: tuple[int, int] | None) -> Speaker | None:
        """The speaker of the quotation found running over ``sentence`` to its paragraph's end,
        left open for the next paragraph to reopen ('X said: "... He denies it.' then '"...."'):
        the next is theirs too, and a "he" there is someone they talk about, no speaker."""
        if sentence is None or not self.found:
            return None
        last = self.found[-1]
        if (
            last.kind == "direct"
            and last.start < sentence[0] < last.end
            and self.text[last.end : last.end + 1] in ("\n", "\r")  # left open, not closed
        ):
            return last.speaker
        return None

    def _reopened(self, content: tuple[int, int]) -> list[tuple[int, int]]:
        """A paragraph left open, cut where a mark reopens the quotation ('partners.“The')."""
        pieces: list[tuple[int, int]] = []
        start, end = content
        while (mark := self.text.find("“", start, end)) >= 0:
            piece = _trim(self.text, start, mark)
            if piece is not None:
                pieces.append(piece)
            start = mark + 1
        piece = _trim(self.text, start, end)
        return [*pieces, piece] if piece is not None else pieces

    def _may_hold_statements(self, start: int, end: int) -> bool:
        """Whether a paragraph holds a listed verb, a double quotation mark or "according to":
        most paragraphs hold none, and splitting them into sentences was wasted work."""
        verb = bisect_left(self.verb_starts, start)
        if verb < len(self.verb_starts) and self.verb_starts[verb] < end:
            return True
        words = self.text[start:end]  # one copy: ``in`` parses no bounds
        return (
            '"' in words
            or "“" in words
            or "”" in words
            or (
                self.has_according
                and (
                    "ccording " in words
                    or " statement " in words
                    or (self.has_as_per and "As per " in words)
                )
            )
        )

    def _verbs_in(self, start: int, end: int) -> list[re.Match[str]]:
        """The listed verbs in ``text[start:end]``, from the one pass over the whole text."""
        return self.verbs[bisect_left(self.verb_starts, start) : bisect_left(self.verb_starts, end)]

    # -- direct quotations --------------------------------------------------------------------

    def _direct(
        self,
        sentence: tuple[int, int],
        quotes: list[tuple[int, int]],
        paragraph: list[tuple[int, int]],
        previous: tuple[int, int] | None,
        following: tuple[int, int] | None,
    ) -> None:
        s_start, s_end = sentence
        text = self.text
        last: tuple[int, Speaker] | None = None  # the last quotation given a speaker here
        last_characterised = False  # and whether an unlisted verb of calling gave it
        last_described = False  # or it followed 'described as (the)' (round 653)
        # (tested here too: most texts hold no "according to", and the call cost more)
        reported_from = self._according_opening(s_start, s_end) if self.has_according else s_end
        passive_cue: bool | None = None  # "ed by " in the sentence: once, when first asked
        for number in range(bisect_left(quotes, (s_start,)), len(quotes)):  # in text order
            open_at, close_at = quotes[number]
            if open_at >= s_end:
                break
            content = _trim(text, open_at + 1, close_at)
            if content is None or reported_from < open_at:
                continue  # "According to X, Y told Z that "..."": inside X's reported words
            if _crosshead(text, paragraph, open_at, close_at):
                continue
            if text.endswith(_GLOSS_OPENINGS, s_start, open_at):  # 'called him “cher X,” or
                continue  # “dear X”': the reporter's gloss of the quotation before (round 624)
            if text[open_at - 2 : open_at] in _CLOSED_THEN_SPACE and _stray_before_attribution(
                text, content[0]
            ):
                continue
            if _quoted_modifier(text, open_at, close_at):  # 'said in a “Focus” interview':
                continue  # a title named, whoever says it (round 335)
            if text.startswith(" that ", close_at + 1) and _quoted_addressee(
                text, open_at, close_at
            ):
                continue  # 'said in an interview with “TV Pirveli” that X', 'told “Rustavi 2”
                # that X': the outlet told, named in marks; X reported (round 632)
            if (
                text[s_start] in "AWH"
                and _ASKED_OPENING.fullmatch(text, s_start, open_at)
                and not self._named_calling(s_start, open_at)
            ):
                continue  # (round 601)
            titled_from = max(0, open_at - _TITLED_REACH)
            if text.find("titled", titled_from, open_at) >= 0 and _TITLED.search(
                text, titled_from, open_at
            ):  # 'titled its press release, “...”': a document's title, no one's words
                continue
            if content[1] - content[0] < _PLACE_WORD_LENGTH and _place_word(text, *content):
                continue  # '"Israeli" media reported': an outlet's scare quotes (round 288)
            if content[1] - content[0] < _QUOTED_VERB_LENGTH and _quoted_verb(text, *content):
                continue  # 'X called in Y and “sternly warned” against Z': the reporter quotes
                # the listed verb; its content, after it, is reported (round 401)
            if last is not None and (
                _JOINED_QUOTATION.fullmatch(text, last[0] + 1, open_at)
                or (
                    text.startswith(" and ", last[0] + 1)
                    and _QUOTING_AGAIN.fullmatch(text, last[0] + 1, open_at)
                )
                or (
                    (last_characterised or last_described)
                    and _short_link(text, last[0] + 1, open_at)
                    and not self._verbs_in(last[0], open_at)
                )  # 'called it an “A” that its “B”', 'said were “A” and their farms “B”':
            ):  # the phrase the first one's speaker's words go on in (stfix106)
                # 'described X as “A” and “B”', 'affirmed that “A” and condemned “B”': the second
                # is the first one's speaker's too (round 441)
                self._emit(_Claim("direct", content[0], last[1], None, None, -1), content[1])
                last = (close_at, last[1])
                continue
            head_start = s_start
            if number and quotes[number - 1][1] >= s_start:
                head_start = quotes[number - 1][1] + 1
            head = text[dateline_end(text, head_start, open_at) : open_at]
            bare_head = (
                not head.strip(" ,.;:\t-–—")
                or (text[close_at - 1] == "," and head.strip() in _OPENING_CONJUNCTIONS)
                or (head.endswith(", ") and _connective_then_comma(text, head, close_at))
            )
            tail_end = _sentence_end_after(close_at, paragraph)
            if number + 1 < len(quotes):
                tail_end = min(tail_end, quotes[number + 1][0])
            speaker, verb = None, None
            told_that = False
            if bare_head:
                speaker, verb = self._attribution_after(close_at + 1, tail_end)
                if verb is not None and self._relayed(sentence, close_at, tail_end):
                    continue  # '"...," X said, according to Y.': Y's, reported (_reported)
                if verb is not None and self._fronted_quotation(close_at):
                    verb = None  # the verb reports its own clause too
                if speaker is not None and verb is not None and previous is not None:
                    speaker = self._pronoun_after_opening(
                        speaker, open_at, close_at, verb, previous
                    )
            elif self._relayed(sentence, close_at, tail_end):
                continue  # 'X met Y, during which Y "stressed ...," according to Z.': Z's
            elif head.endswith(_READ_ENDINGS):  # the cheap test first
                speaker = self._document_issuer_read(head_start, open_at)
            if speaker is None and bare_head and text.startswith((" – ", " — "), close_at):
                # '“A – denounced X, in Rome – B”' split (an unlisted verb): X's, before the comma
                comma = text.find(",", close_at + 3, tail_end)
                speaker = self._unlisted_attribution(
                    close_at + 3, comma if comma > 0 else tail_end - 2
                )
            if speaker is None and self._coordinated_quotation(head, close_at):
                # 'X stated that A, and "B," he said.': the quotation its own, attributed after
                speaker, verb = self._coordinated_attribution(
                    head_start, open_at, close_at, tail_end
                )
            if speaker is None and head_start == s_start and text[close_at - 1] == ",":
                speaker = self._subject_before_quoting_aside(s_start, open_at)
            if speaker is None and not bare_head and text[close_at - 1] == ",":
                speaker = self._unlisted_after_part(head_start, open_at, close_at, tail_end)
            if speaker is None:
                speaker, verb = self._attribution_before(sentence, head_start, open_at)
                if verb is not None and (
                    _opens_reported_clause(text, verb, open_at, close_at)
                    or self._quoted_in_relative(verb, open_at, close_at)
                ):
                    continue  # reported, the quotation inside (_reported)
                if verb is not None and _quoted_feeling(text, verb, open_at, close_at):
                    continue  # 'X expressed "deep sorrow"': an attitude (round 374)
            if speaker is None and head_start > s_start and head.endswith(": "):
                speaker, verb = self._asked_then_quoted(sentence, open_at)
            if speaker is None and last is not None and head.endswith((", ", "–", "—")):
                speaker = self._split_by_attribution(last, head_start, open_at)
            if (
                speaker is None
                and head.endswith(", ")
                and text[close_at - 1] == ","
                and self._verbs_in(close_at, close_at + 16)
            ):
                # '..., A, "B," he said.': the quotation its own, attributed after
                speaker, verb = self._attribution_after(close_at + 1, tail_end)
            if (
                speaker is None
                and last is not None
                and last[0] == head_start - 1
                and text[close_at - 1] == ","
                and _REPORTERS_LINK.fullmatch(head) is not None
                and self._verbs_in(close_at, close_at + 16)
            ):  # '“A” to deal with “B,” X said': the reporter's few words between two
                # quotations, B attributed after, X's too (round 596)
                speaker, verb = self._attribution_after(close_at + 1, tail_end)
            if speaker is None and not bare_head and head.endswith(", "):
                opinion = _OPINION.fullmatch(head)  # 'In his opinion, “...”': his words
                if opinion is not None:
                    owner = self.subjects.units(open_at - len(head) + opinion.start(1), open_at)[:1]
                    speaker = self.subjects.classify(owner, open_at)
            if speaker is None and not bare_head and head.rstrip(" ,-–—").endswith(" put it"):
                speaker = self._put_it(head_start, open_at)  # the cheap test first
            if speaker is None and not bare_head:
                speaker = self._unlisted_before(head_start, open_at)
            if speaker is None and not bare_head:
                speaker = self._performer(head_start, open_at, head)
            if speaker is None and not bare_head:
                speaker = self._unlisted_that(head_start, open_at)
                if speaker is None and last is not None and last[0] == quotes[number - 1][1]:
                    # 'posted that the “A” at X were “B”': the clause of the quotation before
                    speaker = self._unlisted_that(s_start, open_at)
                if (
                    speaker is None
                    and head.startswith(" and ")
                    and head[5:].partition(" ")[0] in lx.UNLISTED_SPEECH
                ):  # 'X warned that “A,” and hinted that B “C”': the verb joined to X's
                    speaker = self._unlisted_that(s_start, open_at)  # (round 639)
                if speaker is None and last is not None and head.endswith(_THAT_OR_ING_END):
                    speaker = self._unlisted_after_attribution(last, head_start, open_at)
                if speaker is None and head.endswith("ing "):  # the cheap test first
                    speaker = self._participle_after_attribution(head_start, open_at)
            if (
                speaker is None
                and not bare_head
                and (
                    text.find("laim", head_start, open_at) >= 0
                    or text.find("lleg", head_start, open_at) >= 0
                    or text.find(" rule", head_start, open_at) >= 0
                )
            ):
                speaker = self._claimed_clause(head_start, open_at)  # the cheap test first
            if speaker is None and not bare_head and text.find("eliev", head_start, open_at) >= 0:
                speaker = self._believed_clause(head_start, open_at, close_at, s_end)
            if (
                speaker is None
                and not bare_head
                and text.endswith(("d that ", "s that "), head_start, open_at)
            ):
                speaker = self._underlined_quotation(head_start, open_at)  # cheap test first
            if speaker is None and not bare_head and text.startswith("“", open_at):
                speaker = self._quoted_predicate(head_start, open_at)
            if speaker is None and " words " in text[close_at : close_at + _WORDS_OF_GLANCE]:
                speaker = self._in_words_of(close_at, s_end)  # the cheap test first
            if (
                speaker is None
                and head.endswith(", ")
                and self.has_according
                and text.find(", according to ", head_start, open_at) >= 0
                and not text[close_at + 1 : s_end].strip(" .")
            ):  # the cheap tests first
                speaker = self._according_quoted(sentence, open_at)
            if speaker is None and not bare_head:
                speaker = self._quoted_words(sentence, open_at, content, quotes)
            if speaker is None and not bare_head:
                speaker = self._continued_phrase(sentence, paragraph[0][0], content, quotes)
            if speaker is None and not bare_head:
                speaker = self._attitude_quoted(head_start, open_at)
            if speaker is None and not bare_head and text.find("xpress", head_start, open_at) >= 0:
                speaker = self._expressed_attitude(head_start, open_at, s_end)
            if speaker is None and not bare_head:
                speaker = self._unlisted_tail(sentence, close_at)
            if (
                speaker is None
                and head.endswith(": ")
                and text[close_at - 1] == ","
                and self._verbs_in(close_at, close_at + 16)
                and (
                    self._verbs_in(head_start, open_at)
                    or _SPEAKER_LABEL.fullmatch(head)
                    or (
                        _REPORTERS_LEAD.search(head) is not None
                        and self.subjects.main(head_start, open_at) is None
                    )  # not 'X condemned Y: “D,” said the leader': X's, found below
                )
            ):  # 'X stressed that A told B that C: “D,” he said': D his, attributed after,
                # when nothing before the colon names one (newuser51); 'KAHN: “D,” said this
                # voter': a transcript's label, the reporter's turn, not D's speaker (round 597)
                speaker, verb = self._attribution_after(close_at + 1, tail_end)
            characterised = False
            if (
                speaker is None
                and not bare_head
                and not _quoted_modifier(text, open_at, close_at)
                and not _quoted_name_after_epithet(text, open_at, close_at)
                and not self._relays_unnamed(s_start, open_at)
            ):
                speaker = self._characterised(sentence, head_start, open_at)
                if speaker is None and text.endswith(_AS_ENDINGS, head_start, open_at):
                    speaker = self._described_far(s_start, head_start, open_at)
                if speaker is None and text.startswith(" by ", close_at + 1):
                    speaker = self._agent_after(head_start, open_at, close_at, tail_end)
                if (
                    speaker is None
                    and text[content[0]].islower()  # not a name ("the “Islamic State” group")
                    and (
                        passive_cue
                        if passive_cue is not None
                        else (passive_cue := text.find("ed by ", s_start, s_end) >= 0)
                    )
                ):
                    speaker = self._passive_agent(s_start, s_end)  # (the cheap tests first)
                characterised = speaker is not None  # an aside: no antecedent for "he"
            if speaker is None and bare_head and not text[close_at + 1 : tail_end].strip(" .,"):
                speaker, verb = self._attribution_around(previous, following)
                told_that = (  # "She told reporters that X." then "“...”": X stays hers too
                    verb is not None and previous is not None and _told_that(text, verb, previous)
                )
            if speaker is None and bare_head and not _title_like(text, *content):
                speaker = self._introduced_before(previous)
            if speaker is None and bare_head and not text[close_at + 1 : tail_end].strip(" ."):
                speaker = self._credit_line(paragraph[-1][1])
            if speaker is None and bare_head and not text[close_at + 1 : tail_end].strip(" ."):
                after = next((x for x in paragraph if x[0] >= tail_end), None)
                if after is not None and after[0] - tail_end <= 2:  # '"...." X wrote on X.'
                    speaker = self._unlisted_attribution(after[0], after[1])
            if (
                speaker is None
                and bare_head
                and not self._verbs_in(close_at, self._attribution_reach(close_at))
            ):
                speaker = self._continued_speaker(previous, close_at)  # not '"...," said X' of an X
                # unread (a name broken by a control character or markup): X, not the last
            if (
                speaker is None
                and bare_head
                and text.startswith(('"', "”"), close_at)  # closed: an open one may run on
                and not text[close_at + 1 : tail_end].strip(" .")
            ):
                speaker = self._speaker_in(previous)  # 'X said that ... "...."': X's
                if speaker is None:
                    speaker = self._quoting(previous)
                if speaker is None and previous is not None:
                    speaker = self._person_subject(previous)
                if speaker is None and previous is not None:
                    speaker = self._unlisted_tail(previous, previous[0])  # "A “B” is C, X
                    # mentioned. “D.”": X's D too (round 673)
            if (
                speaker is None
                and bare_head
                and previous is not None
                and open_at == paragraph[0][0]
                and not text[close_at + 1 : tail_end].strip(" .")
                and text[close_at + 1 : close_at + 12].lstrip(' \t\r\n"”»')[:1]
                not in _CUT_OR_DASHED
            ):  # not cut off by the text's end (its attribution lost), nor before a dashed
                # line attributing it ('— added X.')
                speaker = self._going_on_after(previous)
            if (
                speaker is None
                and bare_head
                and previous is not None
                and _AND_PREDICATE.match(text, close_at + 1, tail_end)
            ):  # 'He was posted to Rome. “I was very young,” and returned ...': his
                speaker = self._person_subject(previous)
            if speaker is None and bare_head and not text[close_at:].strip():
                speaker = self._speaker_in(previous)  # cut off by the text's end (round 39)
                if speaker is None and previous is not None and _unquoted(text, previous):
                    speaker = self._speaking_on(previous)  # after "He sought X." (round 109)
                if speaker is None and previous is not None:  # opening its paragraph or
                    speaker = self._stance_taken(previous)  # in it (round 605)
                if speaker is None and previous is not None and open_at == paragraph[0][0]:
                    speaker = self._own_speech_named(previous)
            if (
                speaker is None
                and head.rstrip().endswith(":")
                and (not _title_like(text, *content) or _word_as_sentence(text, *content))
            ):
                speaker = self.subjects.main(s_start, open_at)  # 'X reaffirmed Y: "..."'
                verbs = self._verbs_in(head_start, open_at) if speaker is None else None
                if verbs:  # 'Beyond Z, X reaffirmed Y: "..."': the subject of Y's verb
                    speaker = self.subjects.before(head_start, verbs[-1].start())
            if (
                speaker is None
                and head.endswith(", ")
                and text[content[0] : content[0] + 1].isupper()
                and not text[close_at + 1 : tail_end].strip(" .")
                and not _title_like(text, *content)
            ):
                speaker = self._comma_introduced(s_start, open_at)
            if speaker is None or self._announced(
                verb,
                head_start,
                open_at,
                (previous[0] if previous else s_start, max(s_end, tail_end)),
            ):
                continue
            if previous is not None and text.find(" and I ", *content) >= 0:  # cheap test first
                speaker = self._not_own_partner(speaker, content, previous)
            if previous is not None and text.startswith("With ", content[0]):  # cheap test first
                speaker = self._not_partner_with(speaker, content, previous)
            if not characterised:
                self.last_direct = (self.subjects.sentence_index, close_at, speaker)
            if verb is not None:
                self.used_verbs.add(verb.start())
                if verb.start() in self.reported_at and not told_that:  # not the whole list again
                    self.reported_at.discard(verb.start())
                    self.found = [  # a reported clause this verb was read as introduces it
                        s for s in self.found if s.position != verb.start() or s.kind == "direct"
                    ]
            pieces = self._reopened_after_stops(content)
            reopened_by = None
            if len(pieces) > 1 and not bare_head and text[close_at - 1] == ",":
                reopened_by = self._reopened_attributed(pieces[-1], close_at, tail_end)
            for piece in pieces:
                if piece is pieces[-1] and reopened_by is not None:
                    speaker, verb = reopened_by
                    self.used_verbs.add(verb.start())
                claim = _Claim("direct", piece[0], speaker, verb, _form(verb), -1)
                self._emit(claim, piece[1], remember=not characterised)
            last = (close_at, speaker)
            last_characterised = characterised
            last_described = text.endswith(_AS_ENDINGS, head_start, open_at) and (
                _CHARACTERISING.search(text, max(head_start, open_at - 120), open_at) is not None
            )  # 'what he described as the “A” and the “B” of C': both his words (round 653)

    def _named_calling(self, start: int, open_at: int) -> bool:
        """Whether a person named right before a gerund of calling says the quotation ("When
        asked about X calling him “daddy,” Y said"): X's words in the question put to Y, not
        the asker's (round 637)."""
        calling = _CHARACTERISING.search(self.text, max(start, open_at - 120), open_at)
        return (
            calling is not None
            and calling.group().endswith("ing")
            and self.subjects.person_ending_at(calling.start() - 1) is not None
        )

    def _document_issuer_read(self, head_start: int, open_at: int) -> Speaker | None:
        """'holding up the front page of the Financial Times that read, “...”', 'a statement
        by the Ministry which read: “...”': the words of a document whose issuer is named
        after "of", "by" or "from", the issuer's (Decisions: documents; round 620), or None."""
        issued = _ISSUER_READ.search(
            self.text, max(head_start, open_at - _ISSUER_READ_REACH), open_at
        )
        if issued is None:
            return None
        units = self.subjects.units(*issued.span(1))
        return self.subjects.classify(units, open_at) if units else None

    def _comma_introduced(self, s_start: int, open_at: int) -> Speaker | None:
        """A sentence quoted whole after a comma closing its introduction with no listed verb
        ('X posted on X, “...”', 'X gave a similar response, “...”'): the main clause's
        subject's, as after a colon (GUIDELINES: an unlisted verb makes a quotation direct);
        not in a clause a listed verb reports ('stated that, since X, “...”': reported)
        (rounds 148, 208), unless an unlisted participle after that clause introduces it
        ('suggested that X, claiming, “...”': the participle's, direct; round 622)."""
        verbs = self._verbs_in(s_start, open_at)
        if (
            verbs
            and self.text.find(" that", verbs[-1].end(), open_at) >= 0
            and _unlisted_participle(self.text, verbs[-1].end(), open_at) is None
        ):
            return None
        speaker = None
        window = (
            open_at - _INTRO_CLAUSE_REACH if open_at - _INTRO_CLAUSE_REACH > s_start else s_start
        )
        joint, contrast = max((self.text.rfind(j, window, open_at), j) for j in _INTRO_JOINTS)
        past = (
            _CONTRAST_PAST.search(self.text, joint + len(contrast), open_at) if joint >= 0 else None
        )
        if past is not None:  # "X did the same, though the latter finished with the words,
            # “...”": the clause the quotation closes, its own subject's (stfix144)
            speaker = self.subjects.before(joint + len(contrast), past.start() + 1)
        if speaker is None:
            speaker = self.subjects.main(s_start, open_at)
        if speaker is None or speaker.type not in ("PERSON", "ORG"):
            return None
        return speaker

    def _announced(
        self,
        verb: re.Match[str] | None,
        head_start: int,
        open_at: int,
        around: tuple[int, int],
    ) -> bool:
        """Whether a quotation's verb is of the future ('X will tell the summit: "..."',
        '"...," X is expected to say'): words announced are not yet said; read before the
        verb, or, with none found, before the colon that opens the quotation. Words of a
        speech whose text was released ahead ('"...," X will say, according to excerpts
        released by Y', and the quotation after; ``around`` spans the sentence before and the
        quotation's own) are written already: not announced (stfix154)."""
        if verb is None:
            head = self.text[head_start:open_at]
            if "ll " not in head and " to " not in head:  # the cheap test first
                return False
            verbs = self._verbs_in(head_start, open_at)
            verb = verbs[-1] if verbs else None
        if verb is None or not FORMS[verb.group()].base:
            return False
        if not _future(self.text, max(0, verb.start() - _FUTURE_REACH), verb.start()):
            return False
        return _RELEASED_AHEAD.search(self.text, *around) is None

    def _split_by_attribution(
        self, last: tuple[int, Speaker], head_start: int, open_at: int
    ) -> Speaker | None:
        """A quotation split by the attribution of its first part ('"A," said X, "B."',
        '"A," said the minister, "B."'): the second part is X's too (GUIDELINES rule 1)."""
        if head_start != last[0] + 1:
            return None  # not right after the quotation given a speaker
        verbs = self._verbs_in(head_start, open_at)
        if not verbs and self.text.startswith((" – ", " — "), last[0]):
            return last[1]  # '“A – denounced X – B”': an unlisted verb between dashes
        if not verbs or any(verb.start() not in self.used_verbs for verb in verbs):
            return None
        return last[1]

    def _unlisted_after_attribution(
        self, last: tuple[int, Speaker], head_start: int, open_at: int
    ) -> Speaker | None:
        """A quotation a participle of an unlisted verb of speech introduces in an adjunct
        after the attribution of the quotation before ('“A,” said X, after claiming that “B.”'):
        X's, direct, as after a listed one ("after warning that"; Decisions: an unlisted verb
        makes a quotation direct; round 595)."""
        if head_start != last[0] + 1:
            return None  # not right after the quotation given a speaker
        adjunct = _ADJUNCT_UNLISTED_PARTICIPLE.search(self.text, head_start, open_at)
        if adjunct is None or adjunct.group(1) not in lx.UNLISTED_SPEECH:
            return None
        verbs = self._verbs_in(head_start, adjunct.start())
        if not verbs or any(verb.start() not in self.used_verbs for verb in verbs):
            return None  # the quotation before attributed by this sentence's verb
        return last[1]

    def _participle_after_attribution(self, head_start: int, open_at: int) -> Speaker | None:
        """A quotation a participle not in the list opens, after the attribution of the
        quotation right before it ('“A. B,” laments X, a student, denouncing “C”'): X's, direct
        (Decisions: an unlisted verb makes a quotation direct; round 599), not the words of a
        person A or B names, where the sentence after A's full stop opens."""
        recent = self.last_direct
        if recent is None or recent[1] != head_start - 1:
            return None  # not right after the quotation given a speaker
        aside = _PARTICIPLE_AFTER_ATTRIBUTION.fullmatch(self.text, head_start, open_at)
        if aside is None or aside.group(1) in FORMS or aside.group(1) in _NOT_SPEECH_PARTICIPLES:
            return None
        return recent[2]

    def _reopened_attributed(
        self, piece: tuple[int, int], close_at: int, tail_end: int
    ) -> tuple[Speaker, re.Match[str]] | None:
        """The speaker and verb attributing the last piece of a quotation a mark after a stop
        reopens, when its own attribution follows its close ('... said Trump "was engaged in
        X" and thanked him. “He appreciated Y," it added.': nested straight marks paired
        the inner quotation's close with the reopening one's); None when none follows, the
        piece then the speaker's found before."""
        if not self.text.startswith("“", piece[0] - 1):
            return None
        after, verb = self._attribution_after(close_at + 1, tail_end)
        return (after, verb) if after is not None and verb is not None else None

    def _reopened_after_stops(self, content: tuple[int, int]) -> list[tuple[int, int]]:
        """A quotation's content cut where a mark after a sentence's stop reopens it ('... will
        respond. “Vienna bears ...,” it said': the page lost the closing mark before it, or
        reopens by habit): one statement a piece, none holding the lone mark."""
        text = self.text
        start, end = content
        pieces: list[tuple[int, int]] = []
        at = text.find("“", start, end)
        while at >= 0:
            if text[max(start, at - 2) : at].rstrip()[-1:] in _STOPS:
                piece = _trim(text, start, at)
                if piece is not None:
                    pieces.append(piece)
                start = at + 1
            at = text.find("“", at + 1, end)
        piece = _trim(text, start, end) if pieces else content
        return [*pieces, piece] if piece is not None else pieces

    def _coordinated_quotation(self, head: str, close_at: int) -> bool:
        """Whether a quotation after a comma, a semicolon or "and"/"but" closes with a comma
        (or a question's or an exclamation's mark) before a listed verb: 'X said that A, and
        "B," she added.' quotes B as the trailing verb's own, not as the content of "said"."""
        text = self.text
        if not head.endswith(_QUOTATION_JOINTS):
            return False
        if text[close_at - 1] not in ",!?" and not text.startswith(",", close_at + 1):
            return False
        return bool(self._verbs_in(close_at, close_at + 16))

    def _coordinated_attribution(
        self, head_start: int, open_at: int, close_at: int, tail_end: int
    ) -> tuple[Speaker | None, re.Match[str] | None]:
        """The speaker and verb attributing a quotation coordinated with a reported clause
        ('X said that A, and "B," she added.'): a pronoun there is the clause's subject, X,
        whether or not anyone spoke before (the first sentence of a text as its copies)."""
        speaker, verb = self._attribution_after(close_at + 1, tail_end)
        if verb is None:
            return None, None
        subject_words = self.text[close_at + 1 : verb.start()].strip(" ,").lower()  # or none
        rest = self.text[verb.end() : tail_end].strip(' .!?"”’')
        if subject_words and not _attribution_tail(rest, FORMS[verb.group()]):
            return None, None  # 'titled, “A”, she said the world ...': her own content
        head_verb = next(
            (v for v in self._verbs_in(head_start, open_at) if not FORMS[v.group()].participle),
            None,
        )
        if head_verb is None:
            return None, None  # 'A but "B", insisted X': the quotation ends X's one clause
        if subject_words in _PRONOUN_TYPES:
            subject = self.subjects.before(head_start, head_verb.start())
            if (
                subject is not None
                and subject.type == _PRONOUN_TYPES[subject_words]
                and not self._unlike(subject, subject_words)  # "Mr X said A, and "B," she added"
            ):
                return subject, verb
        return speaker, verb

    def _unlike(self, person: Speaker, pronoun: str) -> bool:
        """Whether the article shows ``person`` to be of the gender ``pronoun`` skips (a man
        for "she", a woman for "he")."""
        skipped = SKIPPED_BY.get(pronoun.lower(), "")
        return bool(skipped) and self.subjects.cast.gender(person.key) == skipped

    def _pronoun_after_opening(
        self,
        speaker: Speaker,
        open_at: int,
        close_at: int,
        verb: re.Match[str],
        previous: tuple[int, int],
    ) -> Speaker:
        """'X echoed Y's remarks.' then '"...," he said.' opening the next paragraph: "he" is
        the person the sentence before is about (its main clause's subject), not one it only
        names further on, when the quotation opens its paragraph."""
        if speaker.type != "PERSON" or self.text[open_at - 1 : open_at] != "\n":
            return speaker
        pronoun = self.text[close_at + 1 : verb.start()].strip(" ,")
        if pronoun not in _BARE_PERSON_PRONOUNS:
            return speaker
        if not _unquoted(self.text, previous):
            return speaker  # '"...," X said.' then '"...," he added': X goes on
        reported = self._speaker_in(previous)  # "Y said that X ..., Z added.": Z's sentence
        if reported is not None and reported.key == speaker.key:
            return speaker  # the cheap test first: reading the subject costs
        other = self._person_subject(previous)
        if other is None or other.key == speaker.key or self._unlike(other, pronoun):
            return speaker  # "Mr X met Ms Y." then '"...," she said': not X
        return other if reported is None or reported.key == other.key else speaker

    def _not_own_partner(
        self, speaker: Speaker, content: tuple[int, int], previous: tuple[int, int]
    ) -> Speaker:
        """'"X and I reached consensus ...," he said': "he" is not X, whom the words name as
        the speaker's partner, but the subject of the sentence before, when another person."""
        surname = speaker.name.rpartition(" ")[2]
        if speaker.type != "PERSON" or self.text.find(f"{surname} and I ", *content) < 0:
            return speaker
        other = self._person_subject(previous)
        return other if other is not None and other.key != speaker.key else speaker

    def _not_partner_with(
        self, speaker: Speaker, content: tuple[int, int], previous: tuple[int, int]
    ) -> Speaker:
        """'"With Minister X, we agreed ...," he said': "he" is not X, whom the words open with
        as the speaker's partner, but the subject of the sentence before, when another person."""
        comma = self.text.find(", ", content[0], min(content[1], content[0] + 60))
        surname = speaker.name.rpartition(" ")[2]
        if (
            speaker.type != "PERSON"
            or comma < 0
            or not self.text.startswith(("we ", "I "), comma + 2)
            or self.text.find(surname, content[0], comma) < 0
        ):
            return speaker
        other = self._person_subject(previous)
        return other if other is not None and other.key != speaker.key else speaker

    def _fronted_quotation(self, close_at: int) -> bool:
        """Whether a quotation opening its sentence is an adjunct's head ('“Deeply worried”
        over X, she called for Y'), not content an attribution closes ('“...,” she said'):
        a preposition right after the mark."""
        text = self.text
        if not text.startswith(" ", close_at + 1) or text[close_at - 1] in ",.":
            return False
        word = _WORDS_AHEAD.match(text, close_at + 1)
        return word is not None and word.group(1) in _FRONTED_PREPOSITIONS

    def _lost_opening(self, start: int, close_at: int, paragraph: list[tuple[int, int]]) -> None:
        """A paragraph opening with a quotation whose opening mark the page lost ('The
        talks were held ...," the ministry said.', round 109): a closing mark and no opening
        one, then an attribution; the quotation runs from the paragraph's start (the comma
        inside the marks or after them: '...”, he said.')."""
        content = _trim(self.text, start, close_at)
        if content is None or (
            self.text[close_at - 1] not in ",."
            and not _comma_spaced(self.text, close_at)
            and not self.text.startswith(",", close_at + 1)
        ):
            return
        limit = _sentence_end_after(close_at, paragraph)
        if limit == close_at + 1:  # '....” X said': the splitter ended a sentence at the mark
            limit = _sentence_end_after(limit, paragraph)
        speaker, verb = self._attribution_after(close_at + 1, limit)
        if speaker is None or verb is None:
            return
        self.used_verbs.add(verb.start())
        self._emit(_Claim("direct", content[0], speaker, verb, _form(verb), -1), content[1])

    def _unopened_continuation(
        self, sentence: tuple[int, int], previous: tuple[int, int] | None
    ) -> None:
        """A sentence of a paragraph whose opening marks the page lost, closed by a mark of
        its own with no attribution, right after a sentence a person's reported words end
        ("Tusk praised Sandu, saying she had saved democracy. A good lesson for us all.”"):
        direct, that person's words continued. A fragment of a word or two is not ("Europe.
        Democracy. Freedom.”" closes a quotation opened before)."""
        start, end = sentence
        text = self.text
        last = self.found[-1] if self.found else None
        if (
            previous is None
            or last is None
            or last.kind != "reported"
            or last.speaker.type != "PERSON"
            or not previous[0] <= last.start < previous[1]
            or text[previous[1] - 1 : previous[1]] == "”"
            or not text[start : start + 1].isupper()
        ):
            return
        close_at = text.rfind("”", start, end)
        if close_at < 0 or text[close_at - 1] not in ".!?" or text[close_at + 1 : end].strip():
            return
        if text.count(" ", start, close_at) < _CONTINUATION_WORDS - 1 or self._verbs_in(
            start, close_at
        ):
            return  # a fragment, or a sentence with an attribution of its own ("He said X.”")
        self._emit(_Claim("direct", start, last.speaker, None, None, -1), close_at)

    def _stray_close(self, quotes: list[tuple[int, int]], end: int) -> int:
        """Where a closing mark stands after a paragraph's last quotation closed, none open
        ('“A,” he said. B.” X said': B's opening mark lost), or -1."""
        if not quotes or quotes[-1][1] >= end:
            return -1
        return self.text.find("”", quotes[-1][1] + 1, end)

    def _lost_opening_after(
        self, closed: int, close_at: int, paragraph: list[tuple[int, int]]
    ) -> None:
        """'“A,” he said. B.” X said.': B runs from the first sentence after the quotation
        closing at ``closed`` to the stray mark, X's when an attribution follows it; not from
        a sentence reporting a clause ("He said that C. B,” he added": C is reported)."""
        for start, end in paragraph:
            if closed < start < close_at and not any(
                self.text.startswith(" that ", verb.end()) for verb in self._verbs_in(start, end)
            ):
                self._lost_opening(start, close_at, paragraph)
                return

    def _attribution_after(
        self, start: int, limit: int
    ) -> tuple[Speaker | None, re.Match[str] | None]:
        """'"...," he said.' / '"...," said Ngo Le Van, ...' / '"...," Hua retorted.'"""
        reach = start + 160 if start + 160 < limit else limit
        verb = next(iter(self._verbs_in(start, reach)), None)
        if verb is not None and FORMS[verb.group()].participle:
            quoted = _QUOTED_AS.search(self.text, start, verb.start())
            if quoted is not None:  # '"...," the agency quoted an official as saying.'
                units = self.subjects.units(*quoted.span(quoted.lastindex or 1))
                speaker = self.subjects.classify(units, verb.start())
                if speaker is None and len(units) == 1 and units[0].kind == "WORD":
                    # '"...," al-Ezzi was quoted as saying': a surname the recogniser missed,
                    # of the person named in full before (newuser41)
                    speaker = self.subjects.cast.named_ending(units[0].text, units[0].start)
                return speaker, verb
            verb = None
        if verb is not None and _no_attributing_verb(self.text, start, verb):
            verb = None  # '"...," X wrote on X after the results were announced.', '..., X
            # posted, revealing that Y backed the request.': X's words, attributed by the
            # unlisted verb; a passive's listed verb, or a noun, reports nothing (round 565)
        if verb is not None:
            between = self.text[start : verb.start()]
            if between in _JOINED_AFTER_MARK:  # '“...,” and noted X': the subject's next verb,
                return None, None  # its own statement, no attribution (round 632)
            if not between.strip(" ,–—-"):  # '"...," – said X.', "- said X" (round 355)
                after = self.subjects.after(verb.end(), limit)
                if after is None and not self.text[verb.end() : limit].strip(" .\n"):
                    after = self.subjects.last_speaker  # '"...," added.': who spoke before
                return after, verb
            titles_stopped = _TITLE_STOP.sub("", between) if "." in between else between
            if _ATTRIBUTION_BREAK.search(titles_stopped) is None:
                first = start + len(between) - len(between.lstrip(_BEFORE_SUBJECT_AFTER))
                future = _FUTURE_AUXILIARY.search(self.text, first, verb.start())  # '"...," X
                # will say': the subject before the auxiliary (whether said, ``_announced``)
                speaker = self.subjects.before(
                    first, future.start() + 1 if future else verb.start()
                )
                if speaker is None and ", the " in between:  # the cheap test first
                    speaker = self._named_before_unclosed_role(first, verb.start())
                return speaker, verb
        according = _ACCORDING_AFTER.match(self.text, start, limit)
        if according is not None:  # '"...," according to a statement issued by the ministry.'
            stop = len(self.text[:limit].rstrip(_TRAILING))
            units = self.subjects.units(according.end(), stop)
            if units and units[0].low in ("a", "an") and not any(u.low in _BY for u in units):
                return None, None  # "according to a press release dated ...": no one named
            return self.subjects.classify(units, start), None
        return self._unlisted_attribution(start, limit), None

    def _title_before_name(self, units: list[Unit], at: int) -> bool:
        """Whether ``units[at]`` opens a title of a few words run on to a person's name, no
        punctuation between ("first lady X", not "the president wrote, X was")."""
        for unit in units[at + 1 : at + _TITLE_WORDS_BEFORE_NAME]:
            if unit.kind == "PERSON":
                return not _holds(self.text, (",", ";", ":"), units[at].start, unit.start)
        return False

    def _named_before_unclosed_role(self, first: int, verb_start: int) -> Speaker | None:
        """The person named before a role set off by a comma that is never closed ('"...,"
        Tendai Biti, the MDC secretary-general told reporters.': Biti; round 415), or None."""
        comma = self.text.find(", the ", first, verb_start)
        if self.text.find(",", comma + 2, verb_start) >= 0:
            return None
        named = self.subjects.person_ending_at(comma)
        if named is None or self.subjects.units(first, comma)[0].kind != "PERSON":
            return None
        role = self.subjects.units(comma + 2, verb_start)
        if len(role) > _ROLE_UNITS or not any(
            u.kind == "ROLE" or u.low.partition("-")[0] in lx.ROLE_NOUNS for u in role
        ):  # "the MDC secretary-general", "the party's spokesman"
            return None
        return named

    def _source_cited(self, units: list[Unit]) -> Speaker | None:
        """A name the recogniser did not know, in capitals, that the article cites as a source
        elsewhere ("According to La Gazeta, X." then '"...", published La Gazeta.'): that
        source, an outlet or a body."""
        if not 1 <= len(units) <= 4 or any(u.kind != "WORD" or not u.text.istitle() for u in units):
            return None
        name = self.text[units[0].start : units[-1].end]
        if f"ccording to {name}" not in self.text:
            return None
        return Speaker(name, fold(name), "ORG")

    def _who_quoting(self, s_start: int, open_at: int) -> Speaker | None:
        """The person before ", who" whose relative clause quotes ('such as President X, who
        rejected “the interventionist statements”': X's words, an unlisted verb's; round
        628), when its verb is all that stands between "who" and the quotation."""
        who = self.text.rfind(", who ", s_start, open_at)
        if who < 0 or _WHO_QUOTING.fullmatch(self.text, who + 6, open_at) is None:
            return None
        return self.subjects.person_ending_at(who)

    def _put_it(self, head_start: int, open_at: int) -> Speaker | None:
        """The one who "put it" so in an aside right before a quotation ('he is -- as Cardinal
        X put it -- “a citizen of the world.”': X's words, "put" unlisted; round 629)."""
        aside = _AS_PUT_IT.search(self.text, head_start, open_at)
        if aside is None:
            return None
        return self.subjects.classify(self.subjects.units(*aside.span(1)), open_at)

    def _subject_before_quoting_aside(self, s_start: int, open_at: int) -> Speaker | None:
        """The subject before an aside that opens with a participle and ends in a quotation
        ('Trump, echoing his line that “there’s no deal ...,” said X'): the quotation is the
        subject's words, an unlisted verb's, and the verb after its closing mark the subject's
        own, no inverted attribution (round 576)."""
        if not _name_then_participle_aside(self.text, s_start, open_at):
            return None
        return self.subjects.before(s_start, self.text.find(", ", s_start))

    def _unlisted_after_part(
        self, head_start: int, open_at: int, close_at: int, tail_end: int
    ) -> Speaker | None:
        """'A rocket flew and "put the satellite in orbit," the agency KCNA reported.': a
        quotation closing a clause the reporter began, attributed after by a verb not in the
        list, is direct, its attribution's subject's (GUIDELINES; round 361), when the
        clause before it names no one who could have said it and the sentence holds no listed
        verb (with one, the quotation is part of a reported clause)."""
        if self._verbs_in(head_start, tail_end):
            return None
        if any(
            s.type in _SPEAKING_TYPES for s in self.subjects.spans_in(head_start, open_at)
        ) and not self._quoted_predicate_subject(head_start, open_at):
            return None
        return self._unlisted_attribution(close_at + 1, tail_end)

    def _quoted_predicate_subject(self, head_start: int, open_at: int) -> bool:
        """Whether the words before a quotation are only a name, the subject of the quoted
        predicate ('X "is trying to fix Y," Z posted'): what is said of X, not X's words, the
        quotation a phrase in lower case (round 670)."""
        if not self.text[open_at + 1 : open_at + 2].islower():
            return False
        units = self.subjects.units(head_start, open_at)
        return 0 < len(units) <= _SUBJECT_WORDS and all(
            u.kind != "WORD" or u.low == "the" for u in units
        )

    def _unlisted_attribution(self, start: int, limit: int) -> Speaker | None:
        """A quotation attributed by a verb not in the list ('"...," Hua retorted.'): the
        subject must stand right after the quotation and the verb end the sentence."""
        offset = limit - len(self.text[start:limit].lstrip(" ,"))
        if self.text[offset : offset + 1].islower() and (
            self.text[offset : self.text.find(" ", offset, limit)] in lx.ADJUNCT_STARTS
        ):  # '“...” on Monday morning, the agency reported.': the adjunct, then the subject
            comma = self.text.find(", ", offset, min(limit, offset + _ADJUNCT_CHARS))
            offset = comma + 2 if comma >= 0 else offset  # (round 397)
        if self.text.startswith("was ", offset):  # the cheap test first
            speech = _SPEECH_OF.match(self.text, offset, limit)
            if speech is not None:  # '“...”, was the opening speech of the president, X.'
                titled = self.subjects.named_after_title(speech.end(), limit)  # (round 344)
                return titled[0] if titled else self.subjects.after(speech.end(), limit)
        units = self.subjects.units(offset, limit)
        if units and (_unlisted_past(units[0]) or units[0].text in lx.INVERTED_PRESENTS):
            # '"...," reads the ministry's release.': a document's words, its issuer's;
            # '"...," writes the association.': its own (round 586)
            limit = len(self.text[:limit].rstrip(" .!?"))
            units = self.subjects.units(offset, limit)  # '"...," replied the minister.'
            subject = units[1:]
            adjuncts = (n for n, u in enumerate(subject) if u.low in lx.ADJUNCT_STARTS)
            apposed = _apposition_at(self.text, subject)
            cut = min(next(adjuncts, len(subject)), apposed)
            ends = self.text[subject[cut - 1].end : limit].strip(" .!?") if cut else "-"
            # "the press service of the Belarusian foreign Ministry": a body and its owner
            named = next((n for n, u in enumerate(subject[:cut]) if u.low == "of"), cut)
            if named > 5 and _ISSUED_BY_WORDS.issuperset(u.low for u in subject[2:4]):
                named = 2  # '"...," read a statement issued by the Ministry of X.': the issuer
                # after its document's participle (round 516)
            if not 1 <= named <= 5 or cut > 9 or (ends and cut == len(subject)):
                return None
            speaker = self.subjects.classify(subject[:cut], offset)
            if speaker is None and cut == apposed and all(map(_name_part, subject[:cut])):
                return self._person_named(subject[:cut])  # a name the recogniser missed
            return speaker or self._source_cited(subject[:cut])
        adverb = 0  # where an adverb between the subject and its verb stands ("X also wrote")
        joint = False  # whether "and" joins two persons before the verb
        for count in range(1, min(len(units), 7)):
            verb = units[count]
            if verb.kind != "WORD" or not verb.text.islower() or verb.low in lx.PREPOSITIONS:
                continue  # "the High Commission in X tweeted": the name's preposition
            if verb.low.endswith("ing") and units[count - 1].low in lx.PREPOSITIONS:
                continue  # '"...," accusing Trump of attempting to ...': a gerund, no verb of
                # a subject (the quotation was given to Trump; newuser51)
            if verb.low in _STATE_PARTICIPLES and units[count - 1].low == "state":
                continue  # "state run news agency X reported", its hyphen dropped (round 361)
            if verb.low not in _NOT_TITLE_WORDS and self._title_before_name(units, count):
                continue  # "former first lady X wrote": a title in lower case before the name
                # (round 564)
            if verb.low in _BEFORE_UNLISTED_VERB and not adverb and count + 1 < len(units):
                adverb = count
                continue
            if verb.low == "and" and count + 2 < len(units) and units[count + 1].kind == "PERSON":
                joint = True  # '“...,” Risch and Shaheen wrote.': two persons' words (round 584)
                continue
            if verb.low == "according":
                return None  # '"...." The President, according to the minister, also met':
                # the subject is no speaker, the sentence its source's (round 196)
            if (verb.low in _SUBJECT_NOUNS or verb.low in lx.PROXY_NOUNS) and count + 1 < len(
                units
            ):
                continue  # "the minister retorted", "the statement on X concluded": its noun
            if count + 2 < len(units) and (
                units[count + 1].low in _SUBJECT_NOUNS or units[count + 1].kind == "ROLE"
            ):
                continue  # "the foreign minister wrote": a modifier before the noun;
                # "Hungary’s illiberal prime minister, X, posted": before the title (round 621)
            if (
                count + 3 < len(units)
                and units[count + 1].kind == "WORD"
                and units[count + 1].text.islower()
                and units[count + 2].low in _SUBJECT_NOUNS
                and units[count + 1].start == verb.end + 1
                and units[count + 2].start == units[count + 1].end + 1
            ):
                continue  # "Norland's state news agency X reported": two modifiers (round 397)
            rest = self.text[verb.end : limit].strip(" .!?,")  # ", "...": the quotation goes on
            if verb.low == "quoted" and rest.startswith("from "):
                return None  # '"...," the agency quoted from the agreement.': a document's
                # words, which the outlet only relays (round 393)
            if (
                rest
                and rest not in _CLOSING_PARTICLES  # '"...," he brought up.' (round 287)
                and not (verb.low in _ADDRESSING_PASTS and _ADDRESSEE_ONLY.fullmatch(rest))
                and not rest.startswith(_GLOSS_DASHES)  # '“...,” protesters shouted—a slang
                # term for X': the reporter's gloss after the verb (round 647)
                and rest.split()[0].lower() not in lx.ADJUNCT_STARTS
                and rest.split()[0].lower() not in _TIME_AFTER_VERB  # "wrote early Tuesday"
                and not _listed_participle_after(self.text, verb.end, rest)
                and not _participle_clause_after(self.text, verb.end, rest)
            ):
                return None
            if joint:  # both, as listed subjects are, when the verb ends the sentence (not
                # '“...” X and Y met during the dinner': what they did next, no attribution)
                # or goes on only to name where they put it ("wrote in a joint statement")
                medium = rest.startswith(("in a ", "in an ", "in their ")) and any(
                    word in lx.PROXY_NOUNS for word in rest.partition(",")[0].split()[2:5]
                )
                return None if rest and not medium else self.subjects.main(offset, verb.start)
            return self.subjects.classify(units[: adverb or count], offset)
        return None

    def _attribution_before(
        self, sentence: tuple[int, int], start: int, open_at: int
    ) -> tuple[Speaker | None, re.Match[str] | None]:
        """'He said: "..."' / 'X told reporters, "..."' / ', adding: "..."'."""
        s_start, s_end = sentence
        verbs = self._verbs_in(start, open_at)
        if not verbs:
            return None, None
        verb = verbs[-1]
        if FORMS[verb.group()].base and _NEGATED.search(
            self.text, max(s_start, verb.start() - 12), verb.start()
        ):
            return None, None  # 'he did not share "the idea ..."': what he did not say
        between = self.text[verb.end() : open_at]
        clause = ":" in between and _CLAUSE_BEFORE_COLON.fullmatch(between) is not None
        if (
            between.strip()
            and not clause
            and not (between.rstrip().endswith(_INTRO_ENDS) and _INTRO.fullmatch(between))
            and between.strip() not in _STRAY_INTROS
            and not _adjunct_then_sentence(self.text, verb, open_at)
        ):
            return None, None
        if between.startswith(" that ") and between.endswith(", ") and _clause_only(between[6:-2]):
            return None, None  # 'X added that A should be B however, "if C, D"': the quotation
            # goes on X's clause after "that", part of one reported statement (round 673)
        if _OBJECT_BEFORE_COLON.match(between) and FORMS[verb.group()].lemma not in _BARE_INTROS:
            return None, None  # 'X reaffirmed its support for Y: "..."': Y is said, then quoted
        if (
            between.endswith(": ")
            and FORMS[verb.group()].lemma in _URGING_LEMMAS
            and _URGED_BEFORE_COLON.fullmatch(between) is not None
        ):
            return None, None  # 'X urged others to weigh Y: "..."': the urging said up to the
            # colon, then quoted (round 658), as an object before it is
        if between.startswith(" that ") and between.endswith(" that ") and len(between) > 12:
            return None, None  # 'X noted that the forum showed that "..."': the quotation ends
            # a clause of the verb's own, part of one reported statement (round 633)
        used = None if clause else verb  # 'X said that Y: "..."': the verb reports Y, X is quoted
        if FORMS[verb.group()].participle:
            named = self.subjects.person_ending_at(verb.start() - 1)
            if named is None and self.text.endswith(", ", s_start, verb.start()):
                named = self._with_gerund_subject(s_start, open_at)  # "with X, the head of
                # Y, saying that “...”": the absolute clause's person (round 673)
            if named is None and self.text.endswith(" as ", s_start, verb.start()):
                named = self._quoted_as_saying(s_start, verb)  # 'a report cited X as saying
                # that “...”': X's, not the report's (round 355)
            named = named or self._contrast_subject(s_start, verb.start())
            if named is None and self.text.startswith(", ", verb.start() - 2):
                named = self._while_clause_subject(s_start, verb.start() - 2)  # "X praised A,
                # while Y voiced doubts, saying: “...”": Y's, the verb unlisted (stfix144)
            if named is None and between.strip(" ,:") in ("", "that"):  # not ', noting that
                # with X, "..."': a reported clause holding the quotation
                named = self._inverted_before_participle(verbs, s_start)
            if (
                named is None
                and (self.text[s_start] in "\"“”'‘" or start > s_start)
                and not self._opening_clause_quoted(s_start, start)
            ):
                named = self._quoted_before(s_start, verb.start())  # '"...," said X, stressing'
                # (the sentence opening inside the quotation: '"A. B," X said, adding: "C"')
            named = named or self.subjects.main(s_start, verb.start())
            if named is None and self.text[s_start : s_start + 1].isupper():
                first = self.text[s_start : self.text.find(" ", s_start, open_at)]
                if first.endswith("ing"):  # 'Summing up X by saying "...", Y said': Y's
                    named = self._main_after_fronted(open_at, s_end)
            return named, used
        speaker = self.subjects.before(start, verb.start())
        if speaker is None and _coordination_before(self.text, start, verb.start()) >= 0:
            speaker = self.subjects.main(  # 'X met Y and said, "..."'
                _after_relative_opening(self.text, s_start), verb.start()
            )
        return speaker, used

    def _opening_clause_quoted(self, s_start: int, start: int) -> bool:
        """Whether the quotation closing right before ``start`` ends a sentence's opening
        clause ("When X objected by citing “A,” the ministry countered, saying “B”"): the
        clause's subject's words, not those of the main clause's participle."""
        first = self.text[s_start : self.text.find(" ", s_start, start)].lower()
        return first in _OPENING_SUBORDINATORS and self.text.find(", ", s_start, start) < 0

    def _quoted_in_relative(self, verb: re.Match[str], open_at: int, close_at: int) -> bool:
        """Whether a quotation in lower case opens a relative clause of the verb's object and
        the clause goes on after it ('urged action against firms that “fuel and profit from”
        the war'): part of the clause the verb reports (GUIDELINES), not its whole content,
        as "told reporters that “...”" is; what stands before "that" is read as the reported
        path reads it (:meth:`_may_stand_before_that`)."""
        text = self.text
        between = text[verb.end() : open_at].strip()
        if (
            not between.endswith(" that")
            or not text[open_at + 1 : open_at + 2].islower()
            or not text[close_at + 2 : close_at + 3].islower()
            or text[close_at + 1] != " "
            or any(mark in between for mark in ",:;")
        ):
            return False
        words = between[: -len("that")].removeprefix("for ")  # "urged for action against"
        first = words.partition(" ")[0].lower()
        if first in lx.PREPOSITIONS or first.endswith("ing") or _JOINED_SUBJECT.search(words):
            return False  # "stated regarding the talks that “...”": when or what about, then
            # the verb's clause; "X and his aides believe that": a subject of its own
        return not self._may_stand_before_that(words, FORMS[verb.group()])

    def _quoted_as_saying(self, s_start: int, verb: re.Match[str]) -> Speaker | None:
        """The one an outlet "quoted" or "cited" as saying, named or by role, or None."""
        before = self.text[s_start : verb.start()]
        quoted = _QUOTED_AS.search(before, max(0, len(before) - 80))
        if quoted is None:
            return None
        if _quoted_group(quoted):  # "officials close to X": theirs, not X's
            return self._quoted_role(s_start, quoted, verb)
        return self.subjects.person_ending_at(
            s_start + quoted.end(quoted.lastindex or 1)
        ) or self._quoted_role(s_start, quoted, verb)

    def _quoted_past_relative(
        self, s_start: int, before: str, quoted: re.Match[str]
    ) -> Speaker | None:
        """ "X, who faces pressure at home, was quoted as saying": X, named before a relative
        clause set off by commas (round 331), or None."""
        end = quoted.end(2) if quoted.lastindex == 2 else -1
        if end < 0 or before[end - 1 : end] != ",":
            return None
        who = before.rfind(", who ", max(0, end - _QUOTED_RELATIVE_REACH), end)
        return self.subjects.person_ending_at(s_start + who) if who >= 0 else None

    def _quoted_role(
        self, s_start: int, quoted: re.Match[str], verb: re.Match[str]
    ) -> Speaker | None:
        """The person an outlet quotes by role or pronoun only ("X Times quoted the minister
        as saying that ...", "cited him as saying"): the one the cast resolves, not the outlet
        (round 36 residue)."""
        words = quoted.group(1) if quoted.lastindex == 1 else ""
        grouped = _quoted_group(quoted)
        if (
            not words.startswith(_QUOTED_ROLE_OPENINGS)
            and words not in ("him", "her")
            and not grouped
        ):
            return None
        units = self.subjects.units(s_start + quoted.start(1), s_start + quoted.end(1))
        speaker = self.subjects.classify(units, verb.start())
        if speaker is None or (
            speaker.type not in _QUOTED_TYPES and not (grouped and speaker.type == "GROUP")
        ):
            return None
        if speaker.type == "ORG":  # "Xinhua quoted the German foreign ministry as saying
            return speaker if words.startswith("the ") else None  # that X": the ministry's
        if words.startswith(("a ", "an ")) and speaker.name not in words:
            name = words.partition(" ")[2]  # "cited an unnamed spokesman": someone new, not
            return Speaker(name, fold(name), "PERSON")  # the spokesman named before
        return speaker

    def _closing_quoted_as(
        self, verb: re.Match[str], form: VerbForm, sentence: tuple[int, int], reporter: int
    ) -> _Claim | None:
        """ "X, the Daily Herald reports the minister as saying today.": a sentence closed by an
        outlet quoting someone as saying, nothing said after it, is that one's X from the
        sentence's start (an unlisted outer verb; round 303)."""
        s_start, s_end = sentence
        rest = self.text[verb.end() : s_end].strip(" .")
        if rest and _CLOSING_TIME.fullmatch(rest) is None:
            return None
        quoted = _QUOTED_AS.search(self.text, reporter + 2, verb.start())
        if quoted is None or quoted.lastindex != 1 or self._verbs_in(reporter, quoted.start()):
            return None
        speaker = self.subjects.classify(self.subjects.units(*quoted.span(1)), verb.start())
        if speaker is None:
            return None
        start = dateline_end(self.text, s_start, reporter)
        return _Claim("reported", start, speaker, verb, form, s_start, reporter)

    def _quoted_by_carrier(
        self, verb: re.Match[str], form: VerbForm, sentence: tuple[int, int]
    ) -> _Claim | None:
        """ "X, Y was quoted as saying by the state news agency.": X is Y's from the sentence's
        start; the agent after "saying" only carried the words, and says nothing (round 339);
        so with nothing after "saying" ("X, Y was cited as telling the assembled leaders,
        Xinhua reported": whom, and the outlet; round 607)."""
        s_start, s_end = sentence
        text = self.text
        if " that " in text[verb.end() : s_end]:
            return None  # "quoted as saying by local media that X": X (round 331)
        passive = max(
            text.rfind(" quoted as ", s_start, verb.start()),
            text.rfind(" cited as ", s_start, verb.start()),
        )
        reporter = text.rfind(", ", s_start, passive)  # the last comma: the subject after it
        if passive < 0 or reporter < 0:
            return None
        be = text.rfind(" ", reporter + 2, passive)
        if be < 0 or text[be + 1 : passive] not in lx.BE_FORMS:
            return None
        speaker = self.subjects.classify(self.subjects.units(reporter + 2, be), verb.start())
        if speaker is None:
            return None
        start = dateline_end(text, s_start, reporter)
        return _Claim("reported", start, speaker, verb, form, s_start, reporter)

    def _inverted_before_participle(
        self, verbs: list[re.Match[str]], s_start: int
    ) -> Speaker | None:
        """The subject of an attribution after its content, right before the participle ('X,
        Minister Y said, adding that "Z"'): Y adds Z, not X's subject (round 302)."""
        if len(verbs) < 2 or not self.text.startswith(", ", verbs[-2].end()):
            return None
        said = verbs[-2]
        if said.end() + 2 != verbs[-1].start() or FORMS[said.group()].participle:
            return None
        comma = self.text.rfind(", ", s_start, said.start())
        if comma < 0:
            return None  # "Y said, adding": the sentence's subject, read as before
        return self.subjects.before(comma + 2, said.start())

    def _asked_then_quoted(
        self, sentence: tuple[int, int], open_at: int
    ) -> tuple[Speaker | None, re.Match[str] | None]:
        """'X said, when asked about the term “A” in Y: “B”': B is X's, its attribution before
        the question's own quotation (round 293)."""
        s_start = sentence[0]
        asked = self.text.rfind(", when asked ", s_start, open_at)
        if asked < 0 or _ASKED_ASIDE.fullmatch(self.text, asked, open_at) is None:
            return None, None
        verbs = self._verbs_in(s_start, asked)
        if not verbs or verbs[-1].end() != asked or FORMS[verbs[-1].group()].participle:
            return None, None
        return self.subjects.before(s_start, verbs[-1].start()), verbs[-1]

    def _contrast_subject(self, s_start: int, end: int) -> Speaker | None:
        """The subject of a contrasting clause before a participle ('X said A, while the
        Algerian minister announced B, stressing "C"'): the participle is its subject's."""
        text = self.text
        joint, contrast = max((text.rfind(j, s_start, end), j) for j in _WHILE_JOINTS)
        if joint < 0:
            return None
        verbs = self._verbs_in(joint + len(contrast), end)  # the contrasting clause's own verb
        if not verbs or FORMS[verbs[0].group()].participle:
            return None
        return self.subjects.before(joint + len(contrast), verbs[0].start())

    def _main_after_fronted(self, open_at: int, s_end: int) -> Speaker | None:
        """The subject of the main clause after a participle phrase opening the sentence
        and holding the quotation opened at ``open_at``: the phrase ends at the comma after
        its closing mark, or at the mark the comma closes inside ('Describing it as the
        “best deal,” X said': round 590)."""
        text = self.text
        close_at = text.find("”" if text[open_at] == "“" else '"', open_at + 1, s_end)
        if close_at > 0 and text[close_at - 1] == "," and text.startswith(" ", close_at + 1):
            return self.subjects.main(close_at + 2, s_end)
        comma = text.find(", ", close_at, s_end) if close_at >= 0 else -1
        return self.subjects.main(comma + 2, s_end) if comma >= 0 else None

    def _performer(self, head_start: int, open_at: int, head: str) -> Speaker | None:
        """Who chants, sings or shouts the quotation right after the verb ('a video of X
        chanting “…”', 'A voiceover by X sang, “…”'): the words are theirs, direct, as
        '“…,” they chanted' (the verb unlisted); the person right before the verb, else its
        subject (round 638)."""
        before = head.rstrip(" ,:")
        verb = before[before.rfind(" ") + 1 :]
        if verb not in _PERFORMING:
            return None
        verb_start = open_at - len(head) + len(before) - len(verb)
        person = self.subjects.person_ending_at(verb_start - 1)
        if person is not None or verb.endswith("ing"):
            return person
        return self.subjects.before(head_start, verb_start)

    def _unlisted_before(self, start: int, open_at: int) -> Speaker | None:
        """A quotation introduced by a subject and a verb not in the list, and nothing else
        ('He continued, "..."', 'The minister wrote: "..."'), or a document's words with no mark
        before them ('The statement reads "..."')."""
        head = self.text[start:open_at].rstrip()
        if head.endswith((",", ":")):
            end = start + len(head) - 1
        elif head.endswith((" reads", " read")):
            end = start + len(head)
        else:
            return None
        offset = dateline_end(self.text, start, open_at)
        comma = self.text.rfind(", ", offset, end)
        if comma >= 0:  # "Later that day, X wrote: "..."": the clause after the adverbial
            offset = comma + 2
        offset = _after_relative_opening(self.text, offset)
        units = self.subjects.units(offset, end)
        retort = len(units) > 2 and units[-1].low in _VERB_PARTICLES and units[-2].low in _RETORTING
        if retort:
            units = units[:-1]  # "X shot back, “...”": the verb before its particle (round 300)
        verb = units[-1] if units else None
        if (
            verb is not None
            and verb.kind == "PERSON"
            and head.endswith(":")
            and (len(units) == 1 or units[-2].low in lx.BE_FORMS)
            and not verb.text.isupper()
        ):  # "The first to comment has been the party's leader, X: “...”", "The first to
            # react was X: “...”": the person the introduction ends in (round 637); not a
            # transcript's label ("KAHN: “...,” said this voter": the reporter's turn)
            return self.subjects.classify(units[-1:], open_at)
        if (
            len(units) > 3
            and units[-1].low == "it"
            and head.endswith(" it:")
            and (how := next((i for i, u in enumerate(units) if u.low == "how"), 0))
            and how < len(units) - 3
        ):  # "This is how the envoy expressed it: “...”": the subject after "how", its verb
            # before "it" (round 670)
            units = units[how + 1 : -1]
            verb = units[-1]
        elif len(units) > 2 and units[0].low in _OPENING_LINKS and head.endswith(":"):
            units = units[1:]  # "Then he detailed: “...”": the link opens no subject
        elif len(units) > 6 and head.endswith(":"):
            return self._pronoun_before_colon((start, start + len(head)))
        if verb is None or not 2 <= len(units) <= 6 or verb.kind != "WORD":
            return None
        if not (verb.text.isalpha() and verb.text.islower()):
            return None
        if not (verb.low.endswith(("ed", "s")) or verb.low in _IRREGULAR_PASTS or retort):
            return None
        return self.subjects.classify(units[:-1], open_at) or self.subjects.main(
            offset, verb.start
        )  # "Later that day, X wrote: "..."": the subject after an opening adverbial

    def _according_quoted(self, sentence: tuple[int, int], open_at: int) -> Speaker | None:
        """The source of an "according to X" set off right before a quotation closing its
        sentence ('Y, who, according to X, “retains Z.”'): X's words, not the subject's."""
        according = self._according_to(*sentence)
        if according is None or according.start != open_at or according.end >= 0:
            return None
        return according.speaker

    def _quoted_words(
        self,
        sentence: tuple[int, int],
        open_at: int,
        content: tuple[int, int],
        quotes: list[tuple[int, int]],
    ) -> Speaker | None:
        """A person's words quoted inside a sentence without a listed verb ('X welcomed the
        deal, calling it "a desperately needed breakthrough."'): the sentence's subject's,
        when the quotation is a phrase (three words or more, in lower case), not a title or
        a scare quote ("Four Pillars", the "hybrid" war)."""
        s_start, s_end = sentence
        owner = self._owner_of_speech_noun(s_start, open_at)
        if owner is not None:
            return owner
        words = self.text[content[0] : content[1]].split()
        if not words[0][0].islower() or len(words) < _QUOTED_PHRASE_WORDS - (
            self.text.endswith(_OWNED, 0, open_at)
        ):
            return None  # a phrase, or two words someone's ('slammed X's "blatant threats"')
        if words[0] in lx.BE_FORMS and words[1] in _HEARSAY_PARTICIPLES:
            return None  # 'X was detained and "is believed to be the first ..."': what is
            # believed of X, an agentless passive, not X's words (round 381)
        if _NAMED_TERM.search(self.text, max(s_start, open_at - 40), open_at) is not None:
            return None  # 'the narrative about the "..."': a term named, no one's words
        outside = self._verbs_outside(sentence, quotes)
        if (
            outside.verbs
            and not self._participle_after(content[1], outside.verbs)
            and not self._relative_sayings_after(content[1], outside.verbs)
            and not _predicate_joined_after(self.text, content[1], outside.verbs[0].start())
            and not _after_second_predicate(self.text, outside, open_at)
        ):
            return None  # in a reported clause ('urged X to respond to the "cries ..."')
        relative = self._which_characterising(s_start, open_at) or self._who_quoting(
            s_start, open_at
        )
        if relative is not None:
            return relative
        if self.text.startswith(_OWNERS, s_start) and _owned_document_subject(self.text, s_start):
            speaker = None  # 'His immigration agenda promises to "take control"': a document,
            # no speaker (Decisions: documents), not its owner's words (round 595)
        else:
            if self.text.endswith(" as ", 0, open_at):  # the cheap test first
                agent = self._passive_characteriser(s_start, open_at)
                if agent is not None:
                    return agent
            speaker = self._with_gerund_subject(s_start, open_at) or self.subjects.main(
                self._clause_start(s_start, open_at), open_at
            )
        if speaker is None:
            speaker = self._subordinate_participle_subject(s_start, open_at)
        if speaker is None or not (
            speaker.type == "PERSON"
            or self._persons_joined(speaker)
            or (
                speaker.type == "GROUP"
                and speaker.name.endswith(_PERSONS_GROUPS)
                and bool(outside.verbs)  # a participle after it: not '... to discuss “...,” the
            )  # agency reported' (the agency's), nor 'they “reaffirmed ...”' (reported)
            or (  # 'The Ministry denounced, in a statement, “...”': the verb's whole object
                speaker.type == "ORG"
                and self.text.endswith(", ", s_start, open_at)
                and _CONTENT_CHARACTER.search(self.text, content[1] + 1, s_end) is None
            )
            or (  # 'Tarn pressed for a “safe corridor, ...”': an unlisted past's whole object
                speaker.type in ("ORG", "GPE")  # closing the sentence, a body's words as a
                and _PAST_THEN_OBJECT.search(self.text, max(s_start, open_at - 24), open_at)
                and _CONTENT_CHARACTER.search(self.text, content[1] + 1, s_end) is None
                and self._opened_by_body(s_start, open_at)
            )  # person's are (round 678)
        ):
            return None
        return speaker

    def _opened_by_body(self, s_start: int, open_at: int) -> bool:
        """Whether the sentence opens with an organisation's or a country's name and its verb
        ("Tarn called for X and pressed for a “...”"), not with a noun it modifies ("Previous
        U.N. resolutions have failed “...”": a document's subject, no one's words)."""
        units = self.subjects.units(s_start, min(open_at, s_start + _BODY_OPENING_CHARS))
        if units and units[0].low == "the":
            units = units[1:]
        return (
            len(units) >= 2
            and (units[0].kind in ("ORG", "GPE") or units[0].low in lx.ORG_HEADS)
            and units[1].kind == "WORD"
            and units[1].text.islower()
        )

    def _with_gerund_subject(self, s_start: int, open_at: int) -> Speaker | None:
        """'The MPs raised the issue, with X responding that “...”': the person the absolute
        "with" clause names before its gerund says the quotation the gerund introduces, not
        the sentence's subject (round 644's dev set), or None."""
        at = self.text.rfind(" with ", max(s_start, open_at - _WITH_GERUND_REACH), open_at)
        gerund = _WITH_GERUND.match(self.text, at, open_at) if at >= 0 else None
        if gerund is None:
            return None
        return self.subjects.person_ending_at(gerund.end(1))

    def _subordinate_participle_subject(self, s_start: int, open_at: int) -> Speaker | None:
        """'X came minutes after Y spoke ..., thanking the public “...”': when the main
        clause's subject is no speaker, a participle closing the subordinate clause the main
        clause opens goes with that clause's subject, Y (round 621), or None."""
        comma = self.text.rfind(", ", s_start, open_at)
        if comma < 0 or _PARTICIPLE_OPENING.match(self.text, comma + 2) is None:
            return None
        joints = [at for word in _SUBORDINATORS if (at := self.text.find(word, s_start, comma)) > 0]
        if not joints:
            return None
        opening = min(joints)
        units = self.subjects.units(self.text.index(" ", opening + 1) + 1, comma)
        for number, unit in enumerate(units[: _DESCRIBED_SUBJECT_WORDS + 1]):
            if unit.kind == "PERSON":  # the subject's name, after its lowercase descriptions
                # ("the president-elect, ultra-nationalist X, spoke"), then its verb
                if number + 1 < len(units) and _acting_past(units[number + 1]):
                    return self.subjects.classify([unit], unit.start)
                return None
            if unit.kind not in ("WORD", "ROLE") or not unit.text.islower():
                return None
        return None

    def _relative_sayings_after(self, content_end: int, verbs: list[re.Match[str]]) -> bool:
        """Whether the listed verbs outside the quotations all follow it in relative clauses
        of its own speaker's ('X praised “A,” which he said spared B'): the quotation is no
        part of their clauses (round 612)."""
        return all(
            verb.start() > content_end
            and _RELATIVE_SAYER.search(self.text, verb.start() - 16, verb.start()) is not None
            for verb in verbs
        )

    def _clause_start(self, s_start: int, at: int) -> int:
        """Where the clause holding offset ``at`` opens: after the last "while" or "whereas"
        joining a contrasting clause with a subject of its own ('X described it as “A,” while Y
        considered that it was “B”': B is Y's; round 598), or after ", and" joining a clause
        with a subject and past verb of its own ('and Y called X Z’s “B”'), else the
        sentence's start."""
        start = s_start
        if self.text.find(" wh", s_start, at) >= 0:  # the cheap test first
            joint, contrast = max((self.text.rfind(j, s_start, at), j) for j in _WHILE_JOINTS)
            start = joint + len(contrast) if joint >= 0 else s_start
        joined = self.text.rfind(", and ", start, at)  # 'X hailed Y as “A,” and Y called X
        if (  # Z’s “B”': B is Y's, the subject of the clause joined, after a clause with its
            joined >= 0  # own subject and past verb (not "X, chairing Z, and Y urged"; stfix154)
            and _JOINED_CLAUSE_SUBJECT.match(self.text, joined + 6, at)
            and _JOINED_CLAUSE_SUBJECT.search(
                self.text, max(start, joined - _JOINED_CLAUSE_REACH), joined
            )
        ):
            return joined + 6
        return start

    def _agent_after(
        self, head_start: int, open_at: int, close_at: int, end: int
    ) -> Speaker | None:
        """'X has been described as “...” by the head of Y, Z.': the agent's words, named after
        the quotation (an unlisted verb, so direct; round 352), a person or a body; "by many"
        names no one."""
        if _PASSIVE_CHARACTERISED.search(self.text, max(head_start, open_at - 60), open_at) is None:
            return None
        comma = self.text.find(", ", close_at + 5, end)
        agent = self.subjects.units(close_at + 5, end if comma < 0 else comma)
        person = next((u for u in agent if u.kind == "PERSON"), None)
        if person is None and comma >= 0:
            apposed = self.subjects.units(comma + 2, end)[:1]  # "by the head of Y, Z": Z
            person = apposed[0] if apposed and apposed[0].kind == "PERSON" else None
        if person is not None:
            return self.subjects.cast.person(self.subjects.span_at(person.start))
        speaker = self.subjects.classify(agent, close_at)
        return speaker if speaker is not None and speaker.type in ("PERSON", "ORG") else None

    def _passive_agent(self, s_start: int, s_end: int) -> Speaker | None:
        """'X “A” have been blamed by the government for two “B” campaigns': the words quoted
        in a sentence whose verb blames or characterises in the passive are its agent's, on
        either side of the verb (an unlisted verb, so direct; round 511), or None."""
        by = _BLAMED_BY.search(self.text, s_start, s_end)
        if by is None:
            return None
        speaker = self.subjects.classify(self.subjects.units(*by.span(1)), by.start(1))
        return speaker if speaker is not None and speaker.type != "GPE" else None

    def _passive_characteriser(self, s_start: int, open_at: int) -> Speaker | None:
        """'The deal was described by X as "the only way"': the agent's words (an unlisted
        verb, its quotation direct; round 329), or None."""
        by = _CHARACTERISED_BY.search(
            self.text, max(s_start, open_at - _CHARACTERISED_REACH), open_at
        )
        if by is None:
            return None
        speaker = self.subjects.classify(self.subjects.units(*by.span(1)), open_at)
        return speaker if speaker is not None and speaker.type == "PERSON" else None

    def _verbs_outside(
        self, sentence: tuple[int, int], quotes: list[tuple[int, int]]
    ) -> _OutsideVerbs:
        """The sentence's listed verbs outside quotations, read again only for another
        sentence: one of thousands of quotations read its thousands of verbs for each (88 KB
        of "'X' said 'it, " took fourteen seconds, issue 17)."""
        cached = self.outside_verbs
        if cached is not None and cached.sentence == sentence and cached.quotes is quotes:
            return cached
        verbs = [
            v
            for v in self._verbs_in(*sentence)
            if self._with_particle(v) and not _inside(quotes, v.start())
        ]
        first_opener = next(
            (
                number
                for number, v in enumerate(verbs)
                if FORMS[v.group()].lemma in ("say", "tell")
                or _THAT.match(self.text, v.end()) is not None
            ),
            len(verbs),
        )
        self.outside_verbs = _OutsideVerbs(
            sentence, quotes, verbs, [v.end() for v in verbs], first_opener
        )
        return self.outside_verbs

    def _owner_of_speech_noun(self, s_start: int, open_at: int) -> Speaker | None:
        """The speaker whose noun of speech a quotation follows ("Y supported X’s assertion
        that “...”"): X's words, not the subject's who supports or refers to them."""
        reach = max(s_start, open_at - _OWNED_CLAUSE_REACH)
        if self.text.find("ing ", reach, open_at) >= 0:  # the cheap test first
            calling = _OWNED_CALLING.search(self.text, reach, open_at)
            if calling is not None:  # "X’s comments calling the plan “...”" (stfix148)
                return self._named_owner(reach, calling.end(1))
        if not self.text.endswith(("t ", "r ", "s "), 0, open_at):  # the cheap test first
            reach = max(s_start, open_at - _OWNED_CLAUSE_REACH)
            if self.text.find(" that ", reach, open_at) < 0 or (
                self.text.find("’s ", reach, open_at) < 0
                and self.text.find("'s ", reach, open_at) < 0
            ):  # the cheap tests first: a clause, and an owner's possessive before it
                return self._pronoun_owner(s_start, reach, open_at)
            owner = _OWNED_SPEECH_CLAUSE.search(self.text, reach, open_at)  # "X’s comment that
            # the decision “would be taken by ...”": X's words, quoted inside the clause
            if owner is None:
                return self._pronoun_owner(s_start, reach, open_at)
            return self._named_owner(reach, owner.end(1))
        owner = _OWNED_SPEECH_NOUN.search(self.text, max(s_start, open_at - 40), open_at)
        if owner is None:
            return None
        return self._named_owner(max(s_start, open_at - 60), owner.end(1))

    def _pronoun_owner(self, s_start: int, reach: int, open_at: int) -> Speaker | None:
        """The person a possessive pronoun before a noun of speech stands for ("rejecting her
        claim that it amounted to “state kidnapping”"): the last person the sentence names
        before it whom the pronoun's gender allows, whose words the quotation holds (round
        638 residue); None if the sentence names none."""
        if self.text.find(" that ", reach, open_at) < 0:
            return None  # the cheap test first
        owner = _PRONOUN_SPEECH_CLAUSE.search(self.text, reach, open_at)
        if owner is None:
            return None
        cast = self.subjects.cast
        for span in reversed(self.subjects.spans_in(s_start, owner.start())):
            if span.type == "PERSON":
                person = cast.person(span)
                return None if self._unlike(person, owner.group(1)) else person
        return None

    def _named_owner(self, start: int, end: int) -> Speaker | None:
        """The person, body or place whose name ends at ``end`` (before its possessive), or
        None when the words before it end in no name."""
        units = self.subjects.units(start, end)
        if not units or units[-1].kind not in _NAMED_KINDS:
            return None
        span = self.subjects.span_at(units[-1].start)
        cast = self.subjects.cast
        return cast.person(span) if span.type == "PERSON" else cast.organisation(span)

    def _participle_after(self, content_end: int, verbs: list[re.Match[str]]) -> bool:
        """Whether the listed verbs outside a quotation all follow it, the first a participle
        right after its closing mark and a comma ('discussed "...", calling for X'): a
        statement of its own, not a clause the quotation is part of."""
        first = verbs[0]
        if first.start() <= content_end or not FORMS[first.group()].participle:
            return False
        gap = self.text[content_end : first.start()].strip(" ”“\"'")
        if gap != "":
            return gap == ","
        return self.text.endswith(",", 0, content_end) and not self._praised_before(content_end)
        # the comma inside the marks ('denounced X’s “A,” declaring that'; round 644), but not
        # the praised thing's words ('commended “the security forces,” emphasizing that')

    def _praised_before(self, at: int) -> bool:
        """Whether a verb of praise comes before ``at`` in its sentence (GUIDELINES Decisions:
        an attitude, its quoted object what was praised, not words said)."""
        start = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at), 0)
        return _PRAISED_NOT_THANKED.search(self.text, start, at) is not None

    def _persons_joined(self, speaker: Speaker) -> bool:
        """Whether a group speaker names persons of the article joined by "and" ("X and Y",
        as the subjects' lists of persons name them), not countries or a plural noun."""
        if speaker.type != "GROUP" or " and " not in speaker.name:
            return False
        names = {s.text for s in self.subjects.spans if s.type == "PERSON"}
        items = speaker.name.replace(", and ", ", ").split(", ")
        return all(part in names for item in items for part in item.split(" and "))

    def _unlisted_that(self, head_start: int, open_at: int) -> Speaker | None:
        """A quotation in the clause of a verb of speech not in the list ('X replied that
        such claims are "war talk."', 'X assured that ... would "act"'): direct, however
        short (GUIDELINES: the attributing verb is not in the list), unless a listed verb
        before it makes it part of a reported clause."""
        text = self.text
        if text[open_at - 2 : open_at - 1].isalpha() and _OWNED_TERM.search(
            text, max(head_start, open_at - _OWNED_TERM_REACH), open_at
        ):  # the cheap test first
            close_at = text.find("”" if text[open_at] == "“" else '"', open_at + 1)
            if " " not in text[open_at + 1 : close_at]:
                return None  # 'X hinted that Y could face Z under America’s renewed “focus”':
                # one word an owner's noun is named by, a scare quote (round 639)
        if text.endswith(_EXAMPLE_OPENINGS, head_start, open_at):
            return None  # 'clarified that chants like “A” are no policy': an example of
            # what others say, named, no one's words here (round 639; stfix155)
        window = open_at - _UNLISTED_WINDOW
        window = window if window > head_start else head_start
        that = text.rfind(" that ", window, open_at)
        reporting = False
        joined_that = -1  # the first "and that"/"but that" read back: a clause joined after
        while that >= 0:  # the last " that " after one of the verbs, by str.rfind
            verb_start = max(window, text.rfind(" ", window, that) + 1)
            word = text[verb_start:that]
            if word in _THAT_JOINTS:
                joined_that = verb_start
            if word in _ASIDE_DASH_WORDS:  # "wrote in a column -- addressed to Y -- that X":
                aside = text.rfind(f" {word} ", window, verb_start - 1)  # the words before it
                while aside > window and text[aside - 1] == " ":
                    aside -= 1  # (" -- " was read as a space and a dash)
                if aside > window:
                    verb_start = max(window, text.rfind(" ", window, aside) + 1)
                    word = text[verb_start:aside]
            if word in lx.UNLISTED_SPEECH:
                break
            if text.endswith(" to ", 0, verb_start) and f"{word}s" in lx.UNLISTED_SPEECH:
                break  # "continues to claim that X “...”": the infinitive (round 616)
            dated = (  # "reported on Tuesday that": the cheap test first
                _DATED_VERB.search(text, max(window, verb_start - 16), that)
                if word.endswith("day")
                else None
            )
            if dated is not None and dated.group(1) in lx.UNLISTED_SPEECH | _REPORTING:
                verb_start, word = dated.start(), dated.group(1)
            if word in _REPORTING:
                reporting = True  # an agency's report, checked below
                break
            if word in lx.UNLISTED_SPEECH:
                break
            posted = self._posted_on_channel(window, verb_start) if word in _SHARED_CHANNELS else -1
            if posted >= 0:  # "posted on his official Twitter account that ... “...”"
                verb_start = posted
                break
            near = max(window, verb_start - 40)
            assured = (  # the cheap test first
                _ASSURED_SOMEONE.search(text, near, that)
                if any(text.find(stem, near, that) >= 0 for stem in _ASSURING)
                else None
            )
            if assured is not None:  # "assured the envoy that ... “...”", "informed X that"
                verb_start = assured.start()
                break
            stance = (  # the cheap test first
                _STANCE_TAKEN.search(text, near, that) if word in _STANCE_TAKEN_WORDS else None
            )
            if stance is not None:  # "was adamant that", "made it clear that"
                verb_start = stance.start()
                break
            that = text.rfind(" that ", window, that)
        if that < 0 and joined_that > 0:
            verb_start, word = _unlisted_before_joint(text, window, joined_that)
            that = verb_start + len(word)  # "admitted A and that B, but that it was “...”":
            # its first clause with no "that", the verb's as the joined ones are (round 673)
        if that < 0:
            return None
        clause = max(head_start, text.rfind(", ", head_start, verb_start) + 2)
        joined = text.endswith(" and ", head_start, verb_start) and any(
            not FORMS[main.group()].participle for main in self._verbs_in(head_start, verb_start)
        )
        if joined:  # "X warned that A and hinted that B “C”": a predicate joined to the
            clause = verb_start  # main clause's, its own clause after it (round 639)
        if any(
            self._with_particle(listed)
            for listed in self._verbs_in(clause, open_at)
            if not verb_start <= listed.start() < that  # "issued a warning that": the noun
        ):
            return None  # 'X said the office maintains that the "..."': X's reported clause
        speaker = self.subjects.before(head_start, verb_start)
        if speaker is None and joined:
            speaker = self.subjects.main(head_start, verb_start)
        if speaker is None and word.endswith("ing") and text.endswith(", ", head_start, verb_start):
            speaker = self.subjects.main(head_start, verb_start)  # "X condemned Y, demanding
            # that “...”": the main clause's subject (round 291)
        if speaker is None and text.startswith("but ", clause):
            speaker = self._contrasted_subject(head_start, clause)
        if reporting and (
            speaker is None
            or speaker.type != "ORG"
            or any(s.type == "PERSON" for s in self.subjects.spans_in(that, open_at))
        ):
            return None  # "X reported that Y ... “...”": a person's words, relayed
        return speaker

    def _posted_on_channel(self, window: int, channel_start: int) -> int:
        """Where a verb of speech not in the list stands before the channel ending at
        ``channel_start`` ("posted on his official Twitter account that"), or -1: the
        channel says where, so the quotation in the clause after "that" is still the
        verb's, direct (round 401; as "shared on his social media account that")."""
        text = self.text
        near = max(window, channel_start - _CHANNEL_REACH)
        for where in _SHARED_WHERE:
            at = text.rfind(where, near, channel_start)
            if at > near:
                verb_start = max(near, text.rfind(" ", near, at) + 1)
                if text[verb_start:at] in lx.UNLISTED_SPEECH:
                    return verb_start
        return -1

    def _claimed_clause(self, head_start: int, open_at: int) -> Speaker | None:
        """A quotation in the clause "claim" governs without "that" ('The spokesperson
        claimed Norland has shared it with “friendly countries.”'): direct, as in "claimed
        that" (an unlisted verb; round 310), when a name or a pronoun opens the clause and no
        listed verb before "claim" makes the clause part of a reported one."""
        text = self.text
        window = max(head_start, open_at - _UNLISTED_WINDOW)
        claimed = _CLAIMED_CLAUSE.search(text, window, open_at)
        if claimed is None or text.find(";", claimed.end(), open_at) >= 0:
            return None
        outer = self._verbs_in(head_start, claimed.start())
        if any(
            self._with_particle(listed) and not _document_participle(text, listed)
            for listed in outer
        ):
            return None
        if claimed.group().endswith("ing ") and text.endswith(", ", head_start, claimed.start()):
            return self.subjects.main(head_start, claimed.start())  # "X criticized Y, Z,
            # alleging he acted for “...”": the main clause's subject (round 574)
        return self.subjects.before(head_start, claimed.start())

    def _believed_clause(
        self, head_start: int, open_at: int, close_at: int, s_end: int
    ) -> Speaker | None:
        """A quotation in the clause "believe" governs ('X believed odds were "very poor"'):
        direct, the believer's (an unlisted verb; round 326), unless a listed verb before it
        or after it ('X believe “...,” the statement added') makes the clause part of a
        reported one, the verb is a passive ("is believed") or the quotation a name."""
        text = self.text
        if self._verbs_in(close_at, s_end) or _capitalised_name(text, open_at + 1, close_at):
            return None
        window = max(head_start, open_at - _UNLISTED_WINDOW)
        believed = _BELIEVED_CLAUSE.search(text, window, open_at)
        if believed is None or text.find(";", believed.end(), open_at) >= 0:
            return None
        if any(self._with_particle(listed) for listed in self._verbs_in(head_start, open_at)):
            return None
        return self.subjects.before(head_start, believed.start())

    def _contrasted_subject(self, head_start: int, clause: int) -> Speaker | None:
        """'X stressed that A, but made it clear that ... “B”': a predicate joined by "but"
        without a subject of its own has the subject of the listed verb before it."""
        verbs = [v for v in self._verbs_in(head_start, clause) if not FORMS[v.group()].participle]
        return self.subjects.before(head_start, verbs[0].start()) if verbs else None

    def _underlined_quotation(self, head_start: int, open_at: int) -> Speaker | None:
        """'X underlined that "..."', 'X mentioned that "..."': a quotation that is the whole
        clause of "underline" or "mention" (not in the list, unlike "underscore") is direct;
        one inside the clause ('underlined that projects such as “A” are ...') is not."""
        verb = _WHOLLY_QUOTING.search(self.text, max(head_start, open_at - 18), open_at)
        if verb is None:
            return None
        return self.subjects.before(head_start, verb.start())

    def _quoted_predicate(self, head_start: int, open_at: int) -> Speaker | None:
        """'It indicated that Norland "preferred the path of patience."': a quotation that is
        all of an unlisted verb's clause after its one-word subject is direct, the verb's
        subject's (a scare quotation deeper in the clause is not)."""
        verb = _QUOTED_PREDICATE.search(self.text, max(head_start, open_at - 40), open_at)
        if verb is None:
            return None
        return self.subjects.before(head_start, verb.start())

    def _in_words_of(self, close_at: int, s_end: int) -> Speaker | None:
        """Whose words an aside right after a quotation says they are ('a "clean-up
        operation" - to use the words used by the minister of Health -', '..., in the words
        of X,'): direct, X's (round 405), or None."""
        said_by = _IN_WORDS_OF.match(self.text, close_at + 1, s_end)
        if said_by is None:
            return None
        stop = _ASIDE_END.search(self.text, said_by.end(), s_end)
        units = self.subjects.units(said_by.end(), stop.start() if stop else s_end)
        return self.subjects.classify(units, said_by.end()) if units else None

    def _attitude_quoted(self, head_start: int, open_at: int) -> Speaker | None:
        """A quotation closing an attitude verb's clause joined to a said-clause ('X said Y
        and commended her for ..., “however painful ...”'): direct, the said-clause's
        subject's (SOURCES, round 86)."""
        text = self.text
        joint = text.find(" and ", head_start, open_at)
        while joint >= 0 and not _ATTITUDE_TO_SOMEONE.match(text, joint):
            joint = text.find(" and ", joint + 4, open_at)
        if joint < 0:
            return None
        verbs = [v for v in self._verbs_in(head_start, joint) if not FORMS[v.group()].participle]
        return self.subjects.before(head_start, verbs[-1].start()) if verbs else None

    def _continued_phrase(
        self,
        sentence: tuple[int, int],
        paragraph_start: int,
        content: tuple[int, int],
        quotes: list[tuple[int, int]],
    ) -> Speaker | None:
        """A quoted phrase in a sentence with no verb of speech, right after a sentence of
        the same paragraph quoting someone ('She assured that ... "...". The key interest
        is a "strong and united union".'): it goes on with their words (SOURCES, round 87);
        a title or a scare quote is no phrase in lower case."""
        if self.has_according and self._according_cue(*sentence):
            return None  # "According to X, ... "...": X's words
        words = self.text[content[0] : content[1]].split()
        if not words[0][0].islower() or (
            len(words) < _QUOTED_PHRASE_WORDS
            and not self.text.startswith(_JOINED_TO_NEXT, content[1])  # 'is “A” and “B ...”':
        ):  # one phrase in two quotations (round 511)
            return None
        speaker = (
            self._reported_just_before(sentence[0], paragraph_start)
            if words[0] in _FINITE_AUXILIARIES  # the quotation its subject's predicate, its
            or _word_before(self.text, sentence[0], content[0] - 1) in lx.AUXILIARIES
            else None  # auxiliary inside the marks or a modal out ('will “continue to ...”',
        )  # round 511; not 'is “more relevant than ever”', a copula's complement)
        recent = self.last_direct
        if speaker is None and recent is not None and recent[1] >= paragraph_start:
            index, _, speaker = recent
            if self.subjects.sentence_index - index != 1:
                return None
        if speaker is None:
            return None
        verbs = [v for v in self._verbs_in(*sentence) if self._with_particle(v)]
        return None if any(not _inside(quotes, v.start()) for v in verbs) else speaker

    def _reported_just_before(self, start: int, paragraph_start: int) -> Speaker | None:
        """The speaker of a reported statement closing the sentence before ``start`` in its
        paragraph ('X, he said. The draft “has no call for Y”.': his words go on, quoted as
        its subject's predicate), or None (round 404)."""
        if not self.found:
            return None
        last = self.found[-1]
        if last.kind != "reported" or not paragraph_start <= last.end <= start:
            return None
        gap = self.text[last.end : start].rstrip().rstrip(".")
        return None if "." in gap else last.speaker

    def _characterised(
        self, sentence: tuple[int, int], head_start: int, open_at: int
    ) -> Speaker | None:
        """A quotation that names what someone called something ('calling them a "serious
        obstacle"', 'branding the talks as "rival dialogue"', 'accusing Israel of a
        "starvation war"'): the words of whoever does the calling (an unlisted verb, so
        direct), unless a listed verb nearer the quotation makes it part of a reported clause."""
        s_start, s_end = sentence
        text = self.text
        if head_start == s_start:  # 'Describing X as “A”, he said ...', 'In talks with X,
            # hailing them as “A”, Y called for ...': the words of the main clause's subject
            opening = text[s_start:open_at]
            adjunct = _OPENING_ADJUNCT.match(opening)  # always matches, if only ""
            opening = opening[adjunct.end() :] if adjunct is not None else opening
            fronted = _CHARACTERISING.match(opening[:1].lower() + opening[1:])
            if fronted is not None and fronted.group().endswith("ing"):
                return self._main_after_fronted(open_at, s_end)
        window = max(head_start, open_at - 120)
        match = (
            _CHARACTERISING.search(text, window, open_at)
            if _may_characterise(text[window:open_at])
            else None
        )
        if match is not None:
            match = self._later_characterising(match, open_at)
        if match is None or any(
            self._with_particle(verb)
            for verb in self._verbs_in(match.start(), open_at)
            if verb.start() != match.start() or not text.startswith(" as ", verb.end())
        ):  # (not "declared as" itself, characterising)
            return None  # "called on them to "show their humanity"": a reported clause's
        verb_start = match.start()
        if text.startswith("thank", verb_start) and self._verbs_in(s_start, verb_start):
            return None  # 'said he had thanked X for “...”': the thanks reported, the
            # quotation part of the clause
        if match.group().endswith("ing"):  # ', calling them', ' — calling them', 'a report terming'
            return (
                self.subjects.person_ending_at(verb_start - 1)  # "asked about X calling him
                # “daddy”": the gerund's own subject, no comma between (round 637)
                or self._with_subject(s_start, verb_start)
                or self._quoted_in(s_start, verb_start)
                or self._after_impersonal_whether(s_start, verb_start)
                or self.subjects.main(s_start, verb_start)
                or self._first_clause_subject(s_start, verb_start)
                or self._subordinate_subject(s_start, verb_start)
            )
        if self._pronoun_relative_reported(s_start, verb_start):
            return None
        if self._own_words_reported(s_start, verb_start):
            return None
        if self._nested_in_reported(s_start, verb_start):
            return None
        if text.endswith(", ", s_start, open_at) and self._relative_set_off_reported(
            s_start, verb_start, open_at
        ):
            return None
        if self._what_it_of_a_person(s_start, verb_start):
            return None
        what = self._what_subject(s_start, verb_start) or self._which_subject(s_start, verb_start)
        if what is not None:
            return what
        for opening in _WHO_OPENINGS:  # "X, who ... called Y a "..."", "X — who called Y "...""
            relative = text.rfind(opening, s_start, verb_start)  # (round 624)
            if relative >= 0 and text.find(",", relative + 1, verb_start) < 0:
                return self.subjects.person_ending_at(relative)
        speaker = self.subjects.before(s_start, verb_start)
        if speaker is None and text.endswith((" and ", " but "), s_start, verb_start):
            speaker = self._joined_characterising(s_start, verb_start)
        if speaker is None and text.endswith(", ", s_start, verb_start):
            comma = text.find(", ", s_start, verb_start)
            aside = text[comma + 2 : text.find(" ", comma + 2, verb_start)]
            if aside.endswith("ing") and aside.islower():  # "X, speaking on Y, described"
                speaker = self.subjects.before(s_start, comma)
        if speaker is None:
            speaker = self._subject_before_adjunct(s_start, verb_start)
        if speaker is None and text.startswith("It ", s_start):
            speaker = self._after_impersonal_that(s_start, verb_start)
        if speaker is None and _CHARACTERISING.search(text, match.end(), open_at) is not None:
            # "a call with X, which she described as “...”": the noun "call" was no verb; the
            # later verb's (round 327)
            return self._characterised(sentence, match.end(), open_at)
        return speaker

    def _subject_before_adjunct(self, s_start: int, verb_start: int) -> Speaker | None:
        """The subject before an adjunct set off by commas that opens with "while", "when",
        "after" or "before" ("X, while initially affirming Y after meeting Z, later deemed"):
        X, whoever the adjunct names (round 633)."""
        text = self.text
        aside = _adjunct_aside(text, s_start, verb_start)
        return self.subjects.before(s_start, aside[0]) if aside is not None else None

    def _after_impersonal_that(self, s_start: int, verb_start: int) -> Speaker | None:
        """The subject after "that" of an impersonal opening ("It is to be recalled that X
        described Y as “...”", "It is worth noting that ..."): X's, the passive no speaker's
        (round 302)."""
        that = self.text.find(" that ", s_start, verb_start)
        if that < 0 or self._verbs_in(that, verb_start):
            return None
        return self.subjects.before(that + 6, verb_start)

    def _relays_unnamed(self, s_start: int, open_at: int) -> bool:
        """Whether the subject cited or quoted unnamed sources before a quotation it calls
        something ("The report cited unnamed officials and described the plan as
        “undecided”"): the quoted word is theirs, and they go unnamed, so it is no one's
        statement (round 649)."""
        text = self.text
        start = max(s_start, open_at - _RELAYED_REACH)
        if not any(text.find(word, start, open_at) >= 0 for word in _UNNAMED_WORDS):
            return False  # the cheap test first
        return _RELAYED_UNNAMED.search(text, start, open_at) is not None

    def _after_impersonal_whether(self, s_start: int, verb_start: int) -> Speaker | None:
        """The subject of the clause after "whether" or "if" in an impersonal opening ("It is
        unclear whether X followed Y after calling it a “...”"): the gerund's, X's, not the
        expletive "it" read as the last body named (round 649); None for any other opening."""
        if not self.text.startswith("It ", s_start):
            return None
        reach = max(s_start, verb_start - _IMPERSONAL_REACH)
        for opener in _IMPERSONAL_OPENERS:
            clause = self.text.find(opener, reach, verb_start)
            if clause >= 0:
                return self.subjects.main(clause + len(opener), verb_start)
        return None

    def _joined_characterising(self, s_start: int, joint: int) -> Speaker | None:
        """'X described them as “A” and likened them to “B”': a second characterising verb
        joined by "and" after a quotation of the same sentence has its subject, X; one joined
        by "but" to a predicate of its own ("X welcomed Y, but condemned Z as “A”") too, the
        contrast naming no new subject (round 514)."""
        text = self.text
        if text.endswith(" but ", s_start, joint):
            return self.subjects.main(s_start, joint - 5)
        if not any(text.find(mark, s_start, joint) >= 0 for mark in _QUOTATION_MARKS):
            return None
        main = self.subjects.main(s_start, joint)
        if main is None and text.find(",", s_start, joint) < 0:
            opening = text[s_start : text.find(" ", s_start, joint)].lower()
            verbs = self._verbs_in(s_start, joint) if opening in _OPENING_SUBORDINATORS else None
            if verbs:  # "While he acknowledged “A” and described X as “B,” he ...": the
                # subordinate clause's subject, heading both its predicates (stfix147)
                return self.subjects.before(s_start, verbs[0].start())
        return main

    def _expressed_attitude(self, head_start: int, open_at: int, s_end: int) -> Speaker | None:
        """'X expressed its strong condemnation ‘of the insults ...’': "express" with an
        attitude for object makes no statement, so the quotation closing its phrase is X's,
        direct (GUIDELINES: the attributing verb is not one that states)."""
        verbs = self._verbs_in(head_start, open_at)
        verb = verbs[-1] if verbs else None
        if verb is None or FORMS[verb.group()].lemma != "express":
            return None
        if len(self.text[verb.end() : open_at].split(None, _OBJECT_WORDS)) > _OBJECT_WORDS:
            return None
        if self._content_object(verb.end(), FORMS[verb.group()], s_end) is not None:
            return None  # "expressed its hope “...”": a reported clause's quotation
        return self.subjects.before(head_start, verb.start())

    def _described_far(self, s_start: int, head_start: int, open_at: int) -> Speaker | None:
        """'She described the small states that make up most of the members as “...”': a
        describing verb whose object runs longer than ``_CHARACTERISING`` looks back; the
        quotation is its subject's, unless a listed verb stands between."""
        text = self.text
        match = _DESCRIBED_AS.search(text, max(head_start, open_at - _UNLISTED_WINDOW), open_at)
        if match is None or any(
            FORMS[v.group()].past == v.group() or FORMS[v.group()].participle
            for v in self._verbs_in(match.start(), open_at)
        ):  # a present form in a long object is a noun ("the island states")
            return None
        return self.subjects.before(s_start, match.start())

    def _pronoun_relative_reported(self, s_start: int, verb_start: int) -> bool:
        """Whether 'what it calls "..."' lies in a clause a listed verb reports ("X expressed
        concern over reports claiming the country tested what it calls a "new weapon""): the
        pronoun is the clause's subject, not a speaker, and the quotation part of the report."""
        what = self.text.rfind(" what ", max(s_start, verb_start - 40), verb_start)
        if what < 0 or self.text[what + 6 : verb_start].strip() not in ("it", "they"):
            return False
        return any(self._with_particle(verb) for verb in self._reporting_to(s_start, what))

    def _own_words_reported(self, s_start: int, verb_start: int) -> bool:
        """Whether 'what he described as "..."' lies in a clause the sentence's subject reports
        with a listed verb ("X reiterated his refusal ... unless Y left what he described as
        “occupied areas”"): his words inside his own reported clause, one statement
        (Guidelines: a quotation part of a reported clause; newuser41)."""
        what = self.text.rfind(" what ", max(s_start, verb_start - 40), verb_start)
        if what < 0 or self.text[what + 6 : verb_start].strip() not in ("he", "she"):
            return False
        return any(
            self._with_particle(verb) and self.subjects.before(s_start, verb.start()) is not None
            for verb in self._reporting_to(s_start, what)
        )

    def _nested_in_reported(self, s_start: int, verb_start: int) -> bool:
        """Whether the characterising verb is the predicate of a clause a listed verb reports
        ("Israel said that it would dismiss the boat as “selfie yacht” and ..."): the
        quotation is part of that reported clause, the outermost verb's (Decisions: nested
        attributions), not the inner subject's direct words (round 627)."""
        verbs = self._reporting_to(s_start, verb_start)
        if not verbs or not _clause_subject_only(self.text[verbs[-1].end() : verb_start]):
            return False
        verb = verbs[-1]
        return self._with_particle(verb) and self.subjects.before(s_start, verb.start()) is not None

    def _relative_set_off_reported(self, s_start: int, verb_start: int, open_at: int) -> bool:
        """Whether the characterising verb stands in a relative clause set off by commas that
        closes right before the quotation, inside a clause a listed verb reports ("added that
        the remarks, in which he accused X of Y, “have no basis”"): the relative's object ends
        at its comma, the quotation goes on the reported clause (round 652)."""
        text = self.text
        relative = max(text.rfind(opening, s_start, verb_start) for opening in _RELATIVES_SET_OFF)
        if relative < 0 or text.find(",", relative + 1, verb_start) >= 0:
            return False
        if text.find(",", verb_start, open_at - 2) >= 0:
            return False  # the relative's comma the only one after its verb
        verbs = self._reporting_to(s_start, relative)
        return bool(verbs) and self._with_particle(verbs[-1])

    def _reporting_to(self, s_start: int, what: int) -> list[re.Match[str]]:
        """The listed verbs before ``what`` whose reported clause may still run there: none
        before an unlisted participle that ends it ("X announced that Y, citing what he
        termed a “...”": the citing is his own act, the quotation his, direct; stfix106)."""
        verbs = self._verbs_in(s_start, what)
        if not verbs or "," not in self.text[verbs[-1].end() : what]:  # the cheap test first
            return verbs
        ended = _unlisted_participle(self.text, verbs[0].end(), what)
        return verbs if ended is None else [v for v in verbs if v.start() > ended.start()]

    def _what_subject(self, s_start: int, verb_start: int) -> Speaker | None:
        """The subject of a free relative before a characterising verb ('at what it called an
        "unlawful rally"', 'what the minister termed "..."'): whoever does the calling."""
        what = self.text.rfind(" what ", max(s_start, verb_start - 40), verb_start)
        if what < 0:
            return None
        units = self.subjects.units(what + 6, verb_start)
        if not 1 <= len(units) <= 4:
            return None
        found = self.subjects.classify(units, verb_start)
        if found is None and len(units) == 1 and units[0].low in lx.SUBJECT_PRONOUNS:
            if units[0].low == "it" and self.text.find(" while ", s_start, what) >= 0:
                found = self._subordinate_subject(s_start, what, _CONTRASTING)  # "X met, while
                # Peru sought to address what it called “...”": the contrasted clause's
                # subject, nearer than the main one (stfix149)
                if found is not None:
                    return found
            found = self.subjects.main(s_start, what)  # "X renewed attacks against what it
            # called “...”": the pronoun the main clause's subject, none speaking before it
            # (round 516)
            if found is None:  # "The clashes erupted after X seized posts and what it called
                # “...”": the subject of the subordinate clause it closes (stfix106)
                found = self._subordinate_subject(s_start, what)
        return found

    def _what_it_of_a_person(self, s_start: int, verb_start: int) -> bool:
        """Whether 'what it called "..."' would be the main clause's subject's, a person's:
        "it" names no person ("Guterres met Maduro after the U.S. imposed what it called a
        “total blockade”" gave the words to Guterres; newuser51)."""
        what = self.text.rfind(" what it ", max(s_start, verb_start - 40), verb_start)
        if what < 0 or self.text[what + 9 : verb_start].strip():
            return False
        found = self.subjects.main(s_start, what)
        return found is not None and found.type == "PERSON"

    def _later_characterising(self, match: re.Match[str], open_at: int) -> re.Match[str]:
        """The characterising verb that takes the quotation when the first one found does not:
        "call on" ("called on X in a meeting she described as ‘...’": the visit says nothing)
        or one before a relative clause with a verb of its own ("a phone call with X, which
        she described as “...”") (rounds 282, 318)."""
        text = self.text
        called_on = match.group().startswith("call") and text.startswith(" on ", match.end())
        which = -1 if called_on else text.find(" which ", match.end(), open_at)
        if not called_on and which < 0:
            cut = (
                _unlisted_participle(text, match.end(), open_at)
                if text.find(", ", match.end(), open_at) >= 0  # the cheap test first
                else None
            )
            if cut is None:
                return match
            later = _CHARACTERISING.search(text, cut.start(), open_at)  # "called for X,
            # hailing it as a “...”": the participle ends the clause, its quotation (stfix155)
            return match if later is None else later
        later = _CHARACTERISING.search(text, max(match.end(), which), open_at)
        return match if later is None else later

    def _which_subject(self, s_start: int, verb_start: int) -> Speaker | None:
        """The subject of a relative clause of its own before a characterising verb ('talks,
        which the militia described as “...”', 'a call, which she termed “...”'): whoever
        does the describing, not the main clause's subject (round 318)."""
        which = self.text.rfind(" which ", max(s_start, verb_start - _WHICH_REACH), verb_start)
        if which < 0:  # (as far back as a titled subject of four units reaches: "which the
            # bloc’s trade commissioner X Y described as"; stfix150)
            return self._contact_pronoun(s_start, verb_start)
        if self.text.find(",", which, verb_start) >= 0 or self._verbs_in(s_start, which):
            return None  # 'The ministry, which X heads, called it “...”': the ministry's; 'X
            # said Y, of which Z called him “...”': inside X's report
        auxiliary = _AUXILIARY_BEFORE.search(self.text, which, verb_start)  # "which X has
        units = self.subjects.units(which + 7, auxiliary.start() if auxiliary else verb_start)
        if not 1 <= len(units) <= 4 and not (
            units and len(units) <= _TITLED_SUBJECT_UNITS and units[-1].kind == "PERSON"
        ):  # a person's name right before the verb, after a title owned by a body ("which
            # the European Commission’s trade chief X Y termed"): its subject (stfix150)
            return None
        if len(units) == 1 and units[0].text in _RELATIVE_PRONOUNS:  # "which she described"
            return self.subjects.before(which + 7, verb_start)
        return self.subjects.classify(units, verb_start)

    def _contact_pronoun(self, s_start: int, verb_start: int) -> Speaker | None:
        """A pronoun opening a relative clause without "which" right before a characterising
        verb ('in a meeting she described as ‘...’'): the person it stands for (round 282)."""
        text = self.text
        if not text.endswith((" she ", " he "), s_start, verb_start):
            return None  # the cheap test first
        pronoun = text.rfind(" ", s_start, verb_start - 1) + 1
        noun = text.rfind(" ", s_start, pronoun - 1) + 1
        if not text[noun : pronoun - 1].isalpha() or not text[noun : pronoun - 1].islower():
            return None  # after a noun only ("a meeting she ..."), not "..., she described"
        return self.subjects.before(pronoun, verb_start)

    def _which_characterising(self, s_start: int, open_at: int) -> Speaker | None:
        """The subject of a relative clause whose characterising verb takes the quotation
        ('talks, which the militia described as “serious and positive”'): theirs, not the
        main clause's subject's (round 318)."""
        which = self.text.rfind(" which ", max(s_start, open_at - _WHICH_REACH), open_at)
        if which < 0:
            return None  # the cheap test first
        match = _CHARACTERISING.search(self.text, which + 7, open_at)
        return None if match is None else self._which_subject(s_start, match.start())

    def _first_clause_subject(self, s_start: int, end: int) -> Speaker | None:
        """The subject before a sentence's first lower-case word, its verb ("Caracas has
        denounced X, branding ..."): a place or organisation that ``main`` leaves alone; past
        an opening conjunction whose clause ``end`` is still in, no comma yet ("When China
        objected by citing “...”": China's; round 604)."""
        start = dateline_end(self.text, s_start, end)
        words = (u for u in self.subjects.units(start, end) if u.kind == "WORD")
        verb = next(words, None)
        if (
            verb is not None
            and verb.start == start
            and verb.low in _OPENING_SUBORDINATORS
            and self.text.find(",", start, end) < 0
        ):
            start = self.text.index(" ", start) + 1
            verb = next(words, None)
        if verb is None or not verb.text.islower() or verb.start == start:
            return None
        return self.subjects.before(start, verb.start)

    def _with_particle(self, verb: re.Match[str]) -> bool:
        """Whether a verb that says something only with its particle has it ("called for",
        not "calling it")."""
        particles = PARTICLES.get(FORMS[verb.group()].lemma)
        particle = _PARTICLE.match(self.text, verb.end()) if particles else None
        return not particles or (particle is not None and particle.group(1) in particles)

    def _attribution_around(
        self, previous: tuple[int, int] | None, following: tuple[int, int] | None
    ) -> tuple[Speaker | None, re.Match[str] | None]:
        """A quotation standing alone as a sentence: attributed by the next sentence when
        that only says who spoke ('The minister asked in Moscow.'), or by the sentence before
        when it introduces it ('X told a reporter how ...')."""
        for sentence, attributes in ((following, _only_attribution), (previous, _introduces)):
            if sentence is None:
                continue
            verbs = self._verbs_in(*sentence)
            if (
                sentence is previous
                and verbs
                and FORMS[verbs[-1].group()].participle
                and self.text[verbs[-1].end() : sentence[1]].strip() == ":"
            ):
                continue  # "X emphasized Y, stating:" then the quotation: the participle
                # introduces it (``_introduced_before``), "emphasized" reports Y (round 352)
            for verb in verbs:
                form = FORMS[verb.group()]
                if form.participle or not attributes(self.text, verb, sentence[1]):
                    continue
                if sentence is previous and self._quoted_there(sentence, verb.start()):
                    continue  # '“X told us that A,” said an officer.' then '“B.”': the
                    # officer's words name X, who introduces nothing (round 630)
                speaker = self.subjects.before(sentence[0], verb.start())
                if speaker is not None:
                    return speaker, verb
        return None, None

    def _quoted_there(self, sentence: tuple[int, int], offset: int) -> bool:
        """Whether ``offset`` in ``sentence`` is inside a direct statement found there: the
        statements found last, back to those before the sentence."""
        for found in reversed(self.found):
            if found.start >= sentence[1]:
                continue
            if found.end <= sentence[0]:
                return False
            if found.kind == "direct" and found.start <= offset < found.end:
                return True
        return False

    def _introduced_before(self, previous: tuple[int, int] | None) -> Speaker | None:
        """A quotation opening the sentence after one that ends in a colon ('X remarked:',
        'The ministers wrote in a statement that ...:', then '"..."'): that one's subject's,
        whatever its verb, as a colon before a quotation in one sentence."""
        if previous is None or not self.text[previous[0] : previous[1]].rstrip().endswith(":"):
            return None
        return (
            self._owner_of_words(previous)
            or self._reported_in(previous)
            or self.subjects.main(*previous)
            or self._speaker_going_on(previous)
        )

    def _reported_in(self, sentence: tuple[int, int]) -> Speaker | None:
        """The speaker of the last statement found in ``sentence`` ("According to the
        President, the government set up X:" then a quotation): whose words it introduces, not
        the subject of the clause reported (round 345)."""
        for found in reversed(self.found[-_INTRODUCING_LOOKBACK:]):
            if found.position < sentence[0]:
                return None
            if found.position < sentence[1] and found.kind == "reported":
                return found.speaker
        return None

    def _pronoun_before_colon(self, introduction: tuple[int, int]) -> Speaker | None:
        """The pronoun right before the verb that ends an introduction whose opening phrase
        wants its comma ('Discussing X, a man who remains held she went on:', round 336): the
        clause's subject, whom the pronoun stands for."""
        start, end = introduction
        found = _PRONOUN_VERB_COLON.search(self.text, max(start, end - 30), end)
        if found is None:
            return None
        return self.subjects.classify(self.subjects.units(*found.span(1)), found.start(1))

    def _speaker_going_on(self, introduction: tuple[int, int]) -> Speaker | None:
        """The person quoted in the paragraph before an introduction whose subject is an
        epithet naming no one, and no person in it ('"...," X told parliament.' then 'As the
        applause died down, the veteran of politics went on to caution:'): they go on."""
        start, end = introduction
        if not self.found or self.found[-1].speaker.type != "PERSON":
            return None
        clause = self.text[max(start, self.text.rfind(", ", start, end) + 2) : end]
        if not clause.startswith(("the ", "The ")) or not clause[4:5].islower():
            return None  # "Petro replied ... saying:": a name, though the recogniser missed it
        paragraph = self.text.rfind("\n", 0, start)
        before = self.text.rfind("\n", 0, max(0, paragraph - 1))
        if not before < self.found[-1].start < paragraph:
            return None  # quoted in the paragraph right before, not earlier
        index = bisect_left(self.subjects.span_starts, start)
        inside = itertools.takewhile(lambda span: span.start < end, self.subjects.spans[index:])
        if any(span.type == "PERSON" for span in inside):
            return None
        return self.found[-1].speaker

    def _owner_of_words(self, introduction: tuple[int, int]) -> Speaker | None:
        """The person whose words an introduction ending in a colon names ('Here are parts
        of X's statements:', 'According to Y, these are X's remarks:'): the quotations are
        X's, not the introduction's subject's, who only relays them."""
        start, end = introduction
        if self.text.find("’s ", start, end) < 0 and self.text.find("'s ", start, end) < 0:
            return None  # the cheap test first
        owned = _OWNED_WORDS_INTRO.search(self.text, max(start, end - 40), end)
        return self.subjects.person_ending_at(owned.start()) if owned is not None else None

    def _credit_line(self, end: int) -> Speaker | None:
        """A pull quotation's credit: the line right after its paragraph, only a name or an
        office, perhaps with a title after a comma ("Hon. X, Minister for Foreign Affairs")."""
        text = self.text
        start = end
        while start < len(text) and text[start] in "\r\n":
            start += 1
        if start == end or self.subjects.cast.in_body(start):
            return None
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[start:line_end].split(", ", 1)[0]
        index = bisect_left(self.subjects.span_starts, start)
        spans = self.subjects.spans
        if index >= len(spans) or len(line.split(None, _CREDIT_WORDS)) > _CREDIT_WORDS:
            return None
        span = spans[index]
        prefix = text[start : span.start]
        if span.end != start + len(line) or (prefix and not _CREDIT_HONOURS.fullmatch(prefix)):
            return None
        if span.type == "PERSON":
            return self.subjects.cast.person(span)
        return self.subjects.cast.organisation(span) if span.type == "ORG" else None

    def _continued_speaker(
        self, previous: tuple[int, int] | None, closing: int = -1
    ) -> Speaker | None:
        """A quotation standing alone continues the quoted speaker of the sentence before: the
        quotation opened or closed there (one of several sentences, '"A. B," X said.' then
        '"C."': English news' paragraph of quotation after quotation)."""
        recent = self.last_direct
        if recent is None:
            return None
        index, close_at, speaker = recent
        if self.subjects.sentence_index - index <= 1:
            return speaker
        if previous is not None and previous[0] <= close_at < previous[1]:
            return speaker
        if (
            self.subjects.sentence_index - index == 2
            and closing >= 0
            and self.text[closing:].strip()  # not cut off by the text's end
            and previous is not None
            and close_at < previous[0]  # the sentence between outside the last quotation
            and self._aside_on(previous, speaker)
        ):
            return speaker  # '“A,” she said. Late last month, X was made minister.' then
            # '“B.”': a sentence between that quotes no one else, hers still (round 282); not
            # a quotation cut off by the text's end, which names no speaker of its own
        return None

    def _attribution_reach(self, close_at: int) -> int:
        """Where a verb attributing the quotation closing at ``close_at`` may start: right
        after the mark, not in the next paragraph ("Highlighting X, he ...", round 347) after
        a quotation closed by its sentence's stop (a crosshead has none)."""
        reach = close_at + 4
        if self.text[close_at - 1 : close_at] not in _SENTENCE_STOPS:
            return reach  # '"...,”\nsaid X': the verb on the next line attributes it
        feed = self.text.find("\n", close_at, reach)
        return feed if feed >= 0 else reach

    def _going_on_after(self, previous: tuple[int, int]) -> Speaker | None:
        """The person who spoke last, when a quotation opening its paragraph with no
        attribution follows one sentence about them alone ('X noted that Y. It hurts Z.' or
        '"...," X said.' then 'Asked about Z, X pointed to W.', then '"...."'): English news
        lets the speaker go on in a quotation paragraph of its own (round 306)."""
        if not self.found:
            return None
        last = self.found[-1]
        speaker = last.speaker
        start, end = previous
        if speaker.type != "PERSON" or not last.end <= start:
            return None  # the cheap tests first
        gap = self.text[last.end : start].rstrip().rstrip(".")
        if "." in gap:
            return None  # another sentence between: no longer theirs
        if self._aside_on(previous, speaker):
            return speaker
        text = self.text
        if any(text.find(mark, start, end) >= 0 for mark in _ASIDE_MARKS):
            return None
        persons = [span for span in self.subjects.spans_in(start, end) if span.type == "PERSON"]
        if persons and all(self.subjects.cast.person(span).key == speaker.key for span in persons):
            return speaker  # the sentence between names them and no one else
        return None

    def _aside_on(self, sentence: tuple[int, int] | None, speaker: Speaker) -> bool:
        """Whether a sentence between a quotation and the speaker's last is an aside: no
        quotation, no listed verb and no other person named."""
        if sentence is None or speaker.type != "PERSON":
            return False
        start, end = sentence
        text = self.text
        if any(text.find(mark, start, end) >= 0 for mark in _ASIDE_MARKS):
            return False
        if self._verbs_in(start, end):
            return False
        words = text[start:end].split(None, 3)
        if words[:1] and words[0] in _ASIDE_CONNECTIVES:
            words = words[1:]
        if len(words) > 1 and words[0][:1].isupper() and words[1] in _AUXILIARY_AFTER_NAME:
            auxiliary = text.find(f" {words[1]} ", start, end)
            if not self.subjects.spans_in(start, auxiliary):
                return False  # "But Amidror was not mollified.": one the recogniser missed
        return all(
            self.subjects.cast.person(span).key == speaker.key
            for span in self.subjects.spans_in(start, end)
            if span.type == "PERSON"
        )

    # -- reported speech ----------------------------------------------------------------------

    def _passive_with_agent(self, sentence: tuple[int, int]) -> None:
        """ "The need to look beyond ... was emphasised by both ministers, ...": the subject
        is the content and the agent the speaker (a passive with its agent, round 19)."""
        s_start, s_end = sentence
        text = self.text
        if text.find(" by ", s_start, s_end + 4) < 0:
            return  # the cheap test: no agent right after a verb of the sentence
        for verb in self._verbs_in(s_start, s_end):
            form = FORMS[verb.group()]
            if (
                form.participle
                or verb.group() != form.past
                or not text.startswith(" by ", verb.end())
            ):
                continue
            auxiliary = _PASSIVE_AUXILIARY.search(
                text, max(s_start, verb.start() - 12), verb.start()
            )
            if auxiliary is None or verb.start() in self.used_verbs:
                continue
            that = text.rfind(" that ", s_start, auxiliary.start())
            if that >= 0 and any(
                text.startswith(" that ", outer.end()) or outer.end() < that
                for outer in self._verbs_in(s_start, verb.start())
            ):  # "The sources noted that X was reiterated by Y", "the president told
                # reporters that he was asked by Y" (round 564): the outer verb's, nested
                continue
            if _holds(text, _ASIDE_DASHES, s_start, auxiliary.start()):
                continue  # "X maintains that Y - a fact he claims has been acknowledged by the
                # police": the passive's subject is the dashed aside's, not the sentence (round 518)
            speaker = self._agent(verb.end() + 4, s_start, s_end)
            content = _trim(text, s_start, auxiliary.start())
            if (
                speaker is None
                or content is None
                or len(text[content[0] : content[1]].split(None, 2)) < 3
            ):
                continue
            self.used_verbs.add(verb.start())
            self._emit(_Claim("reported", content[0], speaker, verb, form, -1), content[1])
            return

    def _told_by_agent(self, sentence: tuple[int, int]) -> None:
        """ "X were recently warned by officials in Y that Z": a passive whose subject is the
        addressee, not the content; the agent says Z, named by its head ("officials"), unless
        a listed verb before makes it part of another statement ("A said he was told by ...")."""
        s_start, s_end = sentence
        text = self.text
        if text.find(" by ", s_start, s_end) < 0:
            return  # the cheap test
        told = _TOLD_BY.search(text, s_start, s_end)
        if told is None or self._verbs_in(s_start, told.start()):
            return
        that = text.find(" that ", told.end(), s_end)
        if that < 0 or "," in text[told.end() : that]:
            return
        head = _AGENT_QUALIFIER.search(text, told.end(), that)
        units = self.subjects.units(told.end(), head.start() if head else that)
        speaker = self.subjects.classify(units, s_start) if 1 <= len(units) <= 4 else None
        verb = next(iter(self._verbs_in(told.start(), told.end())), None)
        if speaker is None or verb is None or verb.start() in self.used_verbs:
            return
        self.used_verbs.add(verb.start())
        form = FORMS[verb.group()]
        self._emit(_Claim("reported", that + 6, speaker, verb, form, -1), s_end)

    def _agent(self, start: int, s_start: int, s_end: int) -> Speaker | None:
        """A passive's agent, after "by" to the first comma, or the person named alone after
        that comma when the agent is a role ("by the press attache of the embassy, X.")."""
        text = self.text
        comma = text.find(",", start, s_end)
        stop = len(text[: s_end if comma < 0 else comma].rstrip(_TRAILING))
        relative = text.find(" who ", start, stop)
        if relative >= 0:
            stop = relative  # "by a US official who requested anonymity": the agent, then
            # the reporter's relative clause on it (round 569)
        units = self.subjects.units(start, stop)
        if comma >= 0 and _names_role(units):
            holder = self.subjects.units(comma + 1, len(text[:s_end].rstrip(_TRAILING)))
            person = (
                self._person_named(holder)
                if len(holder) <= _NAME_WORDS and all(_name_part(u) for u in holder)
                else None
            )
            if person is not None:
                return person
            second = text.find(",", comma + 1, s_end)
            if second >= 0:  # "by the head of X, aide to the President Y, expressing ...": a
                # second role set off, the holder's name closing it (stfix149)
                holder = self.subjects.units(comma + 1, second)
            if (
                len(holder) > 1
                and holder[-1].kind == "PERSON"
                and _names_role(holder[:-1])
                and holder[-2].low not in lx.PREPOSITIONS  # not "adviser to Y": whom served
                and all(u.kind != "PERSON" for u in holder[:-1])
            ):
                person = self._person_named(holder[-1:])
                if person is not None:
                    return person
        return self.subjects.classify(units, s_start)

    def _back_reference(self, sentence: tuple[int, int], previous: tuple[int, int] | None) -> None:
        """ "This has been confirmed by X." / "So said X." / "This was according to X.": the
        sentence before, holding no statement of its own, is X's (a listed verb's past). Asked
        only of a sentence opening as its patterns do ("Th", "It", "So"): ``run`` tests that."""
        text = self.text
        match = _BACK_REFERENCE.match(text, sentence[0], sentence[1])
        if match is None and text.find(" by ", *sentence) >= 0:  # the cheap test first
            match = _BACK_REFERENCE_AFTER_ADJUNCT.match(text, sentence[0], sentence[1])
        if match is None and previous is not None:
            self._what_was_said(sentence, previous)
            return
        if match is None or previous is None:
            return
        verb = match.group(1) or match.group(2)
        form = FORMS.get(verb) if verb else None
        if verb and (form is None or form.past != verb):
            return
        if any(previous[0] <= s.start < previous[1] for s in self.found[-3:]):
            return
        speaker = self._agent(match.end(), *sentence)
        content = _trim(text, previous[0], previous[1])
        if speaker is None or content is None:
            return
        if verb:
            self.used_verbs.add(match.start(1) if match.group(1) else match.start(2))
        found = len(self.found)
        self._emit(_Claim("reported", content[0], speaker, None, None, -1), content[1], False)
        if len(self.found) > found:  # named after the persons in what it said: "he" next is
            self.subjects.remember(speaker, match.end(), content)  # the agent

    def _what_was_said(self, sentence: tuple[int, int], previous: tuple[int, int]) -> None:
        """ "That is what X said in ...": the sentence before, holding no statement of its
        own, is X's (the subject before a listed verb's past, as "So said X.")."""
        what = _WHAT_SAID.match(self.text, *sentence)
        if what is None or any(previous[0] <= s.start < previous[1] for s in self.found[-3:]):
            return
        verb = next(iter(self._verbs_in(what.end(), sentence[1])), None)
        if verb is None or FORMS[verb.group()].past != verb.group():
            return
        speaker = self.subjects.before(what.end(), verb.start())
        content = _trim(self.text, previous[0], previous[1])
        if speaker is None or content is None:
            return
        self.used_verbs.add(verb.start())
        self._emit(_Claim("reported", content[0], speaker, None, None, -1), content[1], False)

    def _said_this(self, sentence: tuple[int, int], previous: tuple[int, int] | None) -> None:
        """ "Foreign Minister X stated this, reports Y." / "X said this in an interview.": a
        listed verb's past with "this" for its whole object points back; the sentence before,
        holding no statement of its own, is X's (as "This was stated by X")."""
        text = self.text
        s_start, s_end = sentence
        at = text.find(" this", s_start, s_end)  # the cheap tests first
        if at < 0:
            at = text.find(" the statement", s_start, s_end)  # "X said the statement."
        pronoun = _PRONOUN_OBJECT.match(text, at + 1, s_end) if at >= 0 else None
        if pronoun is None or previous is None:
            return
        verb = next((v for v in self._verbs_in(s_start, at) if v.end() == at), None)
        if verb is None or verb.group() != FORMS[verb.group()].past:
            return
        form = FORMS[verb.group()]
        rest = _INVERTED_SOURCE.sub("", text[pronoun.end() : s_end].strip(' .!?"”’'))
        if not _attribution_tail(rest, form):
            return
        if any(previous[0] <= s.start < previous[1] for s in self.found[-3:]):
            return
        speaker = self.subjects.before(s_start, verb.start())
        content = _trim(text, previous[0], previous[1])
        if speaker is None or content is None:
            return
        self.used_verbs.add(verb.start())
        self._emit(_Claim("reported", content[0], speaker, None, None, -1), content[1])

    def _reported(self, sentence: tuple[int, int], quotes: list[tuple[int, int]]) -> None:
        s_start, s_end = sentence
        according = self._according_to(s_start, s_end) if self.has_according else None  # as
        # ``_direct``'s
        claims: list[_Claim] = []
        stops: list[int] = []  # where a participle attributing a quotation attaches
        if (
            according is not None
            and according.end >= 0
            and _OWN_CHANNEL.match(self.text, according.end) is not None
        ):  # "X said Y, according to his spokesperson": X's words, relayed, not a nested Y
            claims, stops = self._verb_claims((s_start, according.end), quotes, None)
            if claims:
                s_end = according.end
        elif (
            according is not None
            and _presidency(according.speaker)
            and (according.end >= 0 or self.text.find("ccording", s_start, according.start) >= 0)
        ):  # not "In a statement by the Presidency, it said that ...": its own verb
            relayed = (s_start, according.end) if according.end >= 0 else (according.start, s_end)
            claims, stops = self._verb_claims(relayed, quotes, None)
            if claims and all(_presides(claim.speaker) for claim in claims):
                s_end = relayed[1]  # "President X said Y, according to a statement by the
                # Presidency": his own office relays his words
            else:
                claims, stops = [], []
        if not claims:
            claims, stops = self._verb_claims(sentence, quotes, according)
        if according is not None and according.end >= 0 and according in claims:
            second = self._second_according(according.end, s_end)
            if second is not None:  # "A, according to X, and B, according to Y": Y's B
                claims.append(second)
        elif according is not None and according in claims:
            second = self._according_after_semicolon(according.start, s_end)
            if second is not None:  # "According to X, A; according to Y, B": A ends at the
                according.end = second.cut  # semicolon, B is Y's (round 613)
                claims.append(second)
        claims.sort(key=_START)
        for index, claim in enumerate(claims):
            end = s_end
            if index + 1 < len(claims) and claims[index + 1].cut > claim.start:
                end = claims[index + 1].cut
            if claim.end >= 0:
                end = claim.end
            if stops:
                end = min([end, *(stop for stop in stops if stop > claim.start)])
            if claim.verb is not None and (
                claim.speaker.type == "ORG" or claim.speaker.name[:1].islower()
            ):  # a body, or an unnamed one ("A top official says X."), then "Y made the
                # comments": Y spoke (round 602)
                claim.speaker = self._remarks_maker(s_end) or claim.speaker
            if quotes and claim.verb is not None and claim.verb.start() < claim.start:
                end = self._before_introduced_quotation(quotes, claim.start, end)
                opened = _closing_of(quotes, claim.verb.start() - 1)
                if opened > claim.start:  # 'they “urged X to ...”': up to the closing mark
                    end = min(end, opened)
            relative = claim.cut >= 0 and self.text.startswith(", who ", claim.cut)
            self._emit(claim, end, not relative)  # a relative clause's speaker is not the one
            # a pronoun next goes on from ("X said A despite Y, who says B. And he vowed C")

    def _verb_claims(
        self, sentence: tuple[int, int], quotes: list[tuple[int, int]], according: _Claim | None
    ) -> tuple[list[_Claim], list[int]]:
        """A sentence's reported statements (with its "according to" one), before their ends
        are known, and where participles attributing quotations attach."""
        s_start, s_end = sentence
        claims = [according] if according is not None else []
        verbs = self._verbs_in(s_start, s_end)
        stops: list[int] = []
        if not verbs:
            return claims, stops
        used = self.used_verbs
        for verb in verbs:
            at, form = verb.start(), FORMS[verb.group()]
            if at in used:
                if form.participle:  # ', adding: "..."'
                    attach = _attachment(self.text[s_start:at], form)
                    if attach >= 0:
                        stops.append(s_start + attach)
                elif claims and claims[-1].end < 0:
                    joint = self._other_speakers_quotation(claims[-1], verb)
                    if joint < 0:
                        joint = self._relative_quoting(claims[-1], verb, s_end)
                    if joint >= 0:
                        stops.append(joint)
                continue
            if quotes and _inside(quotes, at) and not self._quoted_from_verb(quotes, at, s_start):
                continue
            if according is not None and according.end >= 0 and not at < according.cut:
                if _SOURCES_RELATIVE.fullmatch(self.text, according.end, at) is None:
                    break  # "Y, according to X": everything before is X's
                claim = self._claim(verb, form, sentence, claims)  # "..., according to X who
                if claim is not None:  # noted that Z": the source's own second statement
                    claim.speaker = according.speaker  # (the relative's, whoever it names)
                    claims.append(claim)
                continue
            if according is not None and form.participle:
                if form.lemma == "add" and claims[0] is according:
                    added = self._claim(verb, form, sentence, claims)  # "According to X, Y,
                    if added is not None:  # adding Z": X goes on, Z a statement of its own,
                        added.speaker = according.speaker  # the source's (round 615)
                        claims.append(added)
                continue  # "According to X, they held talks ..., highlighting ...": X's whole
            if according is not None and claims == [according] and according.start > at:
                own = self._own_according_inside(verb, form, sentence, according)
                if own is not None:  # "X says that A, since according to him, B": one
                    claims, according = [own], None  # statement of X's, the inner source
                    continue  # his own (nested attributions; stfix145)
            claim = self._claim(verb, form, sentence, claims)
            if claim is None and not claims and _legal_text_says_that(self.text, s_start, verb):
                break  # "The Electoral Code states that the Court confirms X": the law's clause,
                # no speaker's, its verbs nested in it (round 608)
            if claim is None:
                if form.participle and _introduces_next_line(self.text, verb.end(), s_end):
                    attach = _attachment(self.text[s_start:at], form)
                    if attach >= 0:  # ', adding,' before the quotation on the next line: it
                        stops.append(s_start + attach)  # ends the clause before (round 282)
                elif claims and (closing := _closing_attribution(self.text, verb, s_end)) >= 0:
                    stops.append(closing)  # "X said Y — «...» — one said.": Y ends before it
                continue
            if claim.cut == s_start:  # an attribution after the content claims it whole
                if claims and _colon_quoted_before(self.text, quotes, claims[-1].start, at):
                    continue  # 'X stressed Y: “Z,” he said': the attribution is the
                    # quotation's, Y the listed verb's before it (Decisions; newuser51)
                claims = [claim]
                joined = _clause_joined_after(self.text, claim)
                if joined is not None and verbs[-1].start() < joined.start:
                    claims.append(joined)  # "X, he said, and Y": Y too, unless it holds a
                    # listed verb of its own ("and he stressed Z": Z, claimed by it)
            elif (
                according is not None
                and according.start < at
                and claims[0] is according
                and (
                    claim.speaker is not according.speaker
                    or _AS_PRONOUN.search(self.text, max(s_start, at - 16), at) is None
                )
            ):
                continue  # "According to X, Y said Z": the outermost, X's alone; not X's own
                # verb joined after ("According to X, “A” – he asked B": B's too; round 608)
            else:
                claims.append(claim)
        return claims, stops

    def _own_according_inside(
        self, verb: re.Match[str], form: VerbForm, sentence: tuple[int, int], according: _Claim
    ) -> _Claim | None:
        """The claim of a listed verb before an "according to" later in its sentence that
        names the verb's own speaker ("X says that A, since according to him, B"): one
        statement to the sentence's end, the inner source nested in it (Decisions: nested
        attributions); None where the source is another's (cutting the verb's clause before
        it cost the dev set) or the verb claims nothing."""
        claim = self._claim(verb, form, sentence, [])
        if (
            claim is None
            or claim.cut >= 0
            or claim.end >= 0
            or claim.start >= according.start
            or claim.speaker.key != according.speaker.key
        ):
            return None
        return claim

    def _as_done_by(
        self, verb: re.Match[str], form: VerbForm, sentence: tuple[int, int]
    ) -> _Claim | None:
        """ "X did not adopt Y, as announced by Minister Z.": a listed verb's passive with its
        agent closing the sentence attributes the clause before it to the agent, from the
        sentence's start (Decisions: "This was announced by X"; round 284)."""
        s_start, s_end = sentence
        if verb.group() != form.past:
            return None
        speaker = self._agent(verb.end() + 4, s_start, s_end)
        comma = verb.start() - 5
        content = dateline_end(self.text, s_start, comma)
        if speaker is None or len(self.text[content:comma].split(None, 2)) < 3:
            return None
        return _Claim("reported", content, speaker, verb, form, s_start, end=comma)

    def _quoted_from_verb(self, quotes: list[tuple[int, int]], at: int, s_start: int) -> bool:
        """Whether a quotation opens right at a listed verb after its subject ('the ministers
        “reaffirmed the need for ...”', a readout's words quoted from the verb on): the verb
        is the subject's, its clause a reported statement, as if the marks were not there."""
        if not _opens_at(quotes, at - 1):
            return False
        head = self.text[s_start : at - 1].rstrip()
        return bool(head) and (head[-1].isalnum() or head[-1] == ",")  # a subject (or its
        # aside's comma), not 'said: “...' nor a quotation opening the sentence

    def _before_introduced_quotation(
        self, quotes: list[tuple[int, int]], start: int, end: int
    ) -> int:
        """Where a reported clause ends when it introduces a quotation with a colon ("X
        reaffirmed Y: "..."": Y, then the quotation, direct): at the colon."""
        index = bisect_left(quotes, (start + 1,))  # the first opening after ``start``
        while index < len(quotes) and quotes[index][0] < end:
            colon = _unspaced_end(self.text, 0, quotes[index][0])
            if self.text.startswith(":", colon - 1):
                return colon - 1
            index += 1
        return end

    def _relative_source(self, s_start: int, verb_start: int) -> Speaker | None:
        """The source "according to" names, when a listed verb ends its relative clause
        ("Y, according to an AFP journalist who noted that Z", "according to the command,
        which also stated Z"; "according to X, who described
        Y as “A” and expressed Z": its second predicate, stfix147), or None."""
        text = self.text
        if not text.endswith(_RELATIVE_SOURCE_ENDS, s_start, verb_start) or (
            text.find(" according to ", s_start, verb_start) < 0
        ):
            return None  # the cheap tests first
        source = _SOURCES_RELATIVE.search(text, s_start, verb_start)
        if source is None:
            return None
        return self.subjects.before(source.start(1), source.end(1))

    def _claim(
        self, verb: re.Match[str], form: VerbForm, sentence: tuple[int, int], claims: list[_Claim]
    ) -> _Claim | None:
        s_start, s_end = sentence
        text = self.text
        subjects = self.subjects
        # a statement with a fixed end (an attribution closing it) leaves the rest open
        open_claim = claims[-1] if claims and claims[-1].end < 0 else None
        if form.lemma == "ask" and text.startswith(" about ", verb.end()):
            return None  # "MPs asked about their plans": a question's topic, no content
        if form.lemma == "ask" and _ASKED_SOMEONE_ABOUT.match(text, verb.end()) is not None:
            return None  # "Hasan asked Asif about the pact": whom, and the topic (round 573)
        if form.lemma in ("ask", "request") and text.startswith(_ANONYMITY, verb.end()):
            return None  # "..., the official said, asking not to be named": the source's
            # condition, not what was said (round 396)
        if form.lemma == "insist" and text.startswith(_INSISTED_ANONYMITY, verb.end()):
            return None  # "The official insisted on anonymity because ...": the condition
            # again (round 423)
        if form.lemma == "add" and text.startswith(_VOICE_ADDED, verb.end()):
            return None  # "Canada added its voice to the boycott": joining, no content (round 367)
        if verb.group() == "asked" and text.endswith(_ASKED_PASSIVE, s_start, verb.start()):
            return None  # "X made the remarks when asked to comment on Y": asked, not asking
        if form.lemma in _ACT_ASKED_FOR and _as_asked_for(text, s_start, verb):
            return None  # "X, as Sudan had requested, and Y": the act asked for (issue 17)
        if (
            not claims
            and text.startswith(" by ", verb.end())
            and text.endswith(", as ", s_start, verb.start())
        ):  # the cheap tests first; "X stated Y, as confirmed by Z" stays X's
            return self._as_done_by(verb, form, sentence)
        if form.participle:
            ended = claims[-1] if claims and claims[-1].end >= 0 else None
            if ended is not None and ended.verb is not None and ended.verb.end() <= verb.start():
                open_claim = ended  # "X, said the Minister, adding that Y": the Minister's
            return self._participle(verb, form, sentence, open_claim)
        window = verb.start() - 24
        window = window if window > s_start else s_start
        if form.base and _future(text, window, verb.start()):
            return None  # "X will say on Monday that Y", '"Y," X will say': not yet said
        if (
            form.base
            and text.startswith(_INVERTED_AUXILIARIES, s_start)
            and "?" in text[max(verb.end(), s_end - 3) : s_end + 1]  # the sentence's end
        ):
            return None  # "Did X tell you in advance?", "Will X say more?": a question put,
            # nothing X said
        ending = self._end_attribution(verb, form, sentence)
        if ending is not None:
            return ending
        if verb.group() == form.past and text.find(" having ", window, verb.start()) >= 0:
            perfect = self._absolute(verb, form, sentence)  # (the cheap test first) "..., with
            if perfect is not None:  # X having warned Y": X's, as "with X warning Y"
                return perfect
        if form.base and _NEGATED.search(text, max(s_start, verb.start() - 12), verb.start()):
            return None  # "The DFA did not say when ...": nothing was said
        if "t " in text[window : verb.start()] and _NOT_YET.search(  # the cheap test first
            text, window, verb.start()
        ):
            return None  # "The ministry has not yet confirmed whom ...", "has yet to say"
        stripped = subjects.strip_back(s_start, verb.start())
        coordinated = _coordination_before(text, s_start, stripped)
        if coordinated < 0 and text.endswith(" yet ", s_start, verb.start()):
            coordinated = verb.start() - 5  # "stressed X yet noted Y": "but" ("yet" an adverb
            # to ``strip_back``; round 652)
        if coordinated < 0 and text.endswith(", ", 0, verb.start()) and verb.group() == form.past:
            coordinated = _listed_predicate(text, s_start, verb, s_end)  # the cheap test first
            if (
                coordinated < 0
                and text.endswith(", ", s_start, verb.start())
                and _SERIAL_LAST.search(text, verb.end(), s_end) is not None
            ):  # "X reacted to A, called on B, and said C": a series' middle item, the main
                coordinated = verb.start() - 2  # subject's (round 624)
        if (
            coordinated < 0
            and text.endswith(", ", s_start, verb.start())
            and verb.group() != form.past
            and not form.base
        ):  # the cheap tests first
            coordinated = _headline_predicates(text, s_start, verb, s_end)
        if coordinated >= 0 and (
            not form.base or _present_predicates(text, s_start, coordinated, verb.start())
        ):
            if (
                open_claim is not None
                and not _continues(open_claim, form, text, verb)
                and not self._said_then_listed_past(open_claim, form, verb)
                and not self._own_that_clause(verb, form, s_end)
            ):
                return None
            speaker = open_claim.speaker if open_claim else self._quoted_in(s_start, verb.start())
            if speaker is None and claims and _inverted_before(claims[-1], text, verb):
                speaker = claims[-1].speaker  # "Y, noted the President and expressed Z"
            if speaker is None:
                speaker = subjects.main(s_start, verb.start())
            if speaker is None:
                speaker = self._main_after_joint(s_start, coordinated, verb.start())
            if speaker is None:
                speaker = self._subordinate_pronoun(s_start, coordinated)
            if speaker is None:
                speaker = self._relative_source(s_start, verb.start())
            content = self._content_start(verb, form, s_end)
            if speaker is None or content is None:
                return None
            return _Claim("reported", content, speaker, verb, form, coordinated)
        if (
            open_claim is not None
            and text.endswith(", ", s_start, verb.start())
            and text.find(", who ", s_start, open_claim.start) >= 0
        ):  # "X, who ... but said Y, said Z": the relative clause ends, the main verb speaks
            content = self._content_start(verb, form, s_end)
            if content is None:
                return None
            return _Claim("reported", content, open_claim.speaker, verb, form, verb.start() - 2)
        if (
            open_claim is not None
            and len(claims) == 1  # the aside the sentence's first: no main verb before it
            and open_claim.form is not None
            and open_claim.form.participle
            and open_claim.verb is not None
            and (
                text.endswith(_ASIDE_OPENINGS, s_start, open_claim.verb.start())
                or _name_then_participle_aside(text, s_start, open_claim.verb.end())
            )  # "Lula, highlighting A, stressed B": B's own statement (newuser51)
        ):  # the cheap tests first
            closed = self._after_participle_aside(open_claim, verb, form, s_end)
            if closed is not None:
                return closed
        if open_claim is not None and (contrast := self._contrasted(open_claim, verb, form, s_end)):
            return contrast
        if (
            open_claim is not None
            and len(claims) == 1
            and text.startswith(_SUBORDINATE_OPENINGS, s_start)
            and (main := self._main_after_opening(open_claim, verb, form, s_end)) is not None
        ):
            return main
        if (
            open_claim is not None
            and open_claim.form is not None
            and open_claim.form.lemma in _DIRECTIVES
            and verb.group() == form.past
        ):
            own_subject = self._subject_joined_after_directive(open_claim, verb, form, s_end)
            if own_subject is not None:
                return own_subject
        if open_claim is not None and text.find(", who ", verb.start() - 16, verb.start()) >= 0:
            relative = self._relative_inside(open_claim, verb, form, sentence)  # the cheap
            if relative is not None:  # test first
                return relative
        if open_claim is not None and text.endswith(" to ", s_start, verb.start()):
            channel = self._channel_taken_after_and(open_claim, verb, form, s_end)
            if channel is not None:
                return channel
        if open_claim is not None and _object_closed_by_time(text, open_claim, verb.start()):
            open_claim = None  # "X announced A Wednesday, the day after Y confirmed that B": A
            # ends at its time, B is Y's own (stfix154)
        if open_claim is not None:
            joined = _AS_PRONOUN.search(text, max(s_start, verb.start() - 16), verb.start())
            lead_in = text[max(0, verb.start() - 30) : verb.start()]  # the cheap test first
            if joined is None and (" but " in lead_in or "though " in lead_in):
                joined = _BUT_PRONOUN.search(text, verb.start() - 30, verb.start())
            if joined is None and text.startswith(_SUBORDINATE_OPENINGS, s_start):
                joined = _MAIN_PRONOUN.search(text, max(s_start, verb.start() - 12), verb.start())
                # "Although X said A he insisted that B": the main clause's verb after the
                # opening concessive clause, a second statement (round 491)
            if joined is None and text.startswith((" to ", " not to "), verb.end()):
                joined = _WHICH_PRONOUN.search(text, verb.start() - 20, verb.start())
            content = self._content_start(verb, form, s_end) if joined else None
            if joined is None or content is None:
                return None  # inside another statement's content: only the outermost counts
            if text.startswith(_CLOSING_DASHES, content):  # "a recognition – he said – that
                content += 2  # was Y": the inserted attribution's closing dash, and the
                if text.startswith("that ", content):  # relative's "that" (round 54)
                    content += 5
            # "said X as he emphasised Y", "said X and he said Y", "said X, but he firmly
            # reiterated Y", "said X of Z, which she urged to Y": two statements of one
            # speaker (rounds 19, 256, 257, 478)
            return _Claim("reported", content, open_claim.speaker, verb, form, joined.start())
        if text.endswith(_RELATIVES, 0, verb.start()):  # the cheap test first
            issuer = self._issuer_of_relative(s_start, verb.start())
            content = self._content_start(verb, form, s_end) if issuer else None
            if issuer is not None and content is not None:
                return _Claim("reported", content, issuer, verb, form, -1)
        previous = subjects.word_before(s_start, verb.start())
        if (
            previous
            and text[previous[0] : previous[1]].lower() in _OBLIGING_MODALS
            and text.startswith(_QUOTATION_RIGHT_AFTER, verb.end())
        ):
            return self._told_of_modal(s_start, previous[0], verb, form, s_end)
        if (
            previous
            and text[previous[0] : previous[1]].lower() in lx.DROPPED_DETERMINERS
            and text[previous[1] : verb.start()] == " "  # not an aside's "her": "X, who left
            # her, said" (round 565)
            and not subjects.in_mention(previous[0])  # "Sok An said": a name's "An"
        ):
            return None  # "the call for", "a note"
        if (
            previous
            and verb.group().endswith("s")
            and text[previous[0] : previous[1]].lower() in lx.EXCHANGE_VERBS
        ):
            return None  # "delegates will share notes, lessons and ...": the verb's object
        if _noun_before_verb(text, verb, form):
            return None  # "Asean states signed a treaty", "the calls were"
        content = self._content_start(verb, form, s_end)
        if (
            content is not None
            and text[content : content + 3] == "as "  # the cheap tests first
            and text.startswith(_AS_A, content - 1)
            and _OBJECT_RELATIVE_BEFORE.search(
                text, max(s_start, verb.start() - _OBJECT_RELATIVE_REACH), verb.start()
            )
        ):
            return None  # "forces ..., which Rutte highlighted as a key element": the
            # relative's object described, as "hailed it as", no content (round 594)
        subject_from = s_start
        if (
            previous
            and text[previous[0] : previous[1]] in _SAYERS  # the cheap tests first
            and text.startswith(_AUXILIARY_AHEAD, verb.end())
        ):  # "groups who analysts say are trying to X": the relative clause's own sayer
            subject_from = _relative_sayer(text, s_start, verb.start())
        elif (
            previous
            and text.endswith(" what ", s_start, previous[0])  # the cheap test first
            and _first_word(text[verb.end() : s_end]).lower() not in _NO_OBJECT
        ):  # "aiming for what he says X lacks": the pronoun after "what" says the clause, its
            # own subject after the verb (round 648); not "what she said before the meeting"
            subject_from = previous[0]
        speaker = subjects.before(subject_from, verb.start()) if content is not None else None
        if speaker is None and content is not None:
            raised = _RAISED.search(text, max(s_start, verb.start() - 40), verb.start())
            if raised is not None:  # "X is believed to have called for Y": X's, said before
                speaker = subjects.before(s_start, raised.start())
        if speaker is None and content is not None and text.endswith("to ", s_start, verb.start()):
            taken = _OCCASION_TAKEN.search(text, max(s_start, verb.start() - 48), verb.start())
            if taken is None:  # "X took to social media on Monday to express Y" (round 323)
                taken = _CHANNEL_TAKEN.search(text, max(s_start, verb.start() - 80), verb.start())
            if taken is None:  # "X was forced to explain Y": X's
                taken = _COMPELLED_TO.search(text, max(s_start, verb.start() - 30), verb.start())
            if taken is None:  # "X appeared at the palace to announce Y": X's
                taken = _APPEARED_TO.search(text, max(s_start, verb.start() - 110), verb.start())
            if taken is not None:  # "X used the opportunity to call for Y": X's
                speaker = subjects.before(s_start, taken.start())
                if speaker is None and text.endswith(" and", s_start, taken.start()):
                    speaker = subjects.main(s_start, taken.start())  # "X called for A and
                    # used its platforms to announce B": the main clause's subject (round 625)
                if speaker is None and text.startswith(" taking ", taken.start()):
                    return self._absolute(verb, form, sentence, taken.start())  # "with X
                    # taking to Facebook to announce Y": X's (round 625)
            elif text.endswith(_OCCASION_TAKING, s_start, verb.start()):
                speaker = subjects.main(s_start, verb.start())  # "X reached Y, using the
                # occasion to reiterate Z": the main clause's subject's (round 515)
        if speaker is None and content is not None:
            reach = max(s_start, verb.start() - 60)
            adjunct = (
                _ADJUNCT_AFTER_AND.search(text, reach, verb.start())
                if text.find(" and ", reach, verb.start()) >= 0  # the cheap test first
                else None
            )
            if adjunct is not None:
                speaker = subjects.main(s_start, adjunct.start())
        if speaker is None and content is not None and verb.group() == form.past:
            speaker = self._perfect_around_adjunct(s_start, verb.start())
        if speaker is None and content is not None:
            speaker = self._reported_inside(s_start, verb)
        if speaker is None and content is not None:
            speaker = self._subject_after_but(s_start, verb.start())
        if speaker is None and content is not None:
            speaker = self._relative_source(s_start, verb.start())
        if speaker is None and content is not None and text.startswith(",” ", verb.start() - 3):
            opening = text.rfind("“", s_start, verb.start())
            speaker = self._subject_before_quoting_aside(s_start, opening) if opening > 0 else None
        if speaker is None and content is not None and text[s_start : s_start + 1].isupper():
            stray = _STRAY_COMMA_SUBJECT.fullmatch(text, s_start, verb.start())
            if stray is not None:  # "Colonel X, had asked Y whether Z": a name opening the
                speaker = subjects.person_ending_at(stray.end(1))  # sentence, its comma stray
                # (an apposition's opening lost), no inverted subject after the verb
        if speaker is None or content is None:
            return None
        end = -1
        if subjects.subordinate == verb.start():  # "A day after X announced Y, Z ...": Y
            end = text.find(", ", content, s_end)
        elif content == verb.end() + 2 and text.startswith(", ", verb.end()):  # the cheap test
            content = _fronted_subject_start(text, s_start, verb.start(), content)
        return _Claim("reported", content, speaker, verb, form, -1, end=end)

    def _channel_taken_after_and(
        self, open_claim: _Claim, verb: re.Match[str], form: VerbForm, s_end: int
    ) -> _Claim | None:
        """ "X called on A to B and used its platforms to announce C": the speaker's second
        act, a channel taken to speak (``_CHANNEL_TAKEN``), coordinated after the first
        statement, is the same speaker's own statement, not words inside the first (round
        625), or None."""
        text = self.text
        taken = _CHANNEL_TAKEN.search(text, max(open_claim.start, verb.start() - 80), verb.start())
        if taken is None or not text.endswith(" and", open_claim.start, taken.start()):
            return None
        content = self._content_start(verb, form, s_end)
        if content is None:
            return None
        return _Claim("reported", content, open_claim.speaker, verb, form, taken.start() - 4)

    def _relative_inside(
        self, open_claim: _Claim, verb: re.Match[str], form: VerbForm, sentence: tuple[int, int]
    ) -> _Claim | None:
        """ "X said he would lobby despite the objections of Y, who says Z": the relative
        clause on a person in X's words is the reporter's, its listed verb Y's own statement,
        and X's ends before it (round 284; "X, who has stressed Y" in round 262)."""
        who = _WHO_BEFORE_VERB.search(self.text, verb.start() - 16, verb.start())
        if who is None:
            return None
        speaker = self.subjects.person_ending_at(who.start())
        content = self._content_start(verb, form, sentence[1]) if speaker is not None else None
        if speaker is None or content is None or speaker.key == open_claim.speaker.key:
            return None
        return _Claim("reported", content, speaker, verb, form, who.start())

    def _told_of_modal(
        self, s_start: int, modal: int, verb: re.Match[str], form: VerbForm, s_end: int
    ) -> _Claim | None:
        """ "he replied that firms must ask “Is X worth it?”": what the firms are to ask, no
        words of theirs, but the quotation of whoever says they must, the subject before
        "that" (stfix159); None where no "that" clause holds the modal."""
        that = self.text.rfind(" that ", s_start, modal)
        if that < 0 or self._verbs_in(that, modal):
            return None
        speaker = self.subjects.main(s_start, that)
        content = self._content_start(verb, form, s_end) if speaker is not None else None
        if speaker is None or content is None:
            return None
        return _Claim("reported", content, speaker, verb, form, -1)

    def _subject_after_but(self, s_start: int, verb_start: int) -> Speaker | None:
        """ "X won praise from Y's leaders but they also urged him to Z": a bare "but" opens a
        clause of its own, whose subject stands between it and the verb (round 344)."""
        at = self.text.rfind(" but ", max(s_start, verb_start - _BUT_SUBJECT_REACH), verb_start)
        if at < 0:
            return None
        between = self.text[at + 5 : verb_start].strip(" ,").lower()
        if between in _CONNECTIVES:  # "X refused to comment, but at the same time called on Y
            # to Z": a connective, no subject, so the clause before "but" has it (stfix159)
            return self.subjects.main(s_start, at)
        return self.subjects.main(at + 5, verb_start)

    def _perfect_around_adjunct(self, s_start: int, verb_start: int) -> Speaker | None:
        """ "X had during his visit on Monday said Y": an adjunct between the auxiliary and
        its participle; the subject stands before the auxiliary."""
        text = self.text
        window = max(s_start, verb_start - _ADJUNCT_IN_PERFECT)
        at = max(text.rfind(" had ", window, verb_start), text.rfind(" has ", window, verb_start))
        if at < 0 or text.find(",", at, verb_start) >= 0:  # the cheap tests first
            return None
        after = _WORDS_AHEAD.match(text, at + 4, verb_start)
        if after is None or after.group(1).lower() not in lx.PREPOSITIONS:
            return None
        return self.subjects.before(s_start, at)

    def _subject_joined_after_directive(
        self, open_claim: _Claim, verb: re.Match[str], form: VerbForm, s_end: int
    ) -> _Claim | None:
        """ "X called on Y to act and the Secretary of State expressed support for Z": an
        infinitive holds no finite verb, so "and", a subject of its own and a listed past verb
        start another statement, and the directive's ends before "and"."""
        joint = self.text.rfind(" and ", open_claim.start, verb.start())
        if joint < 0 or self.text.find(",", joint, verb.start()) >= 0:
            return None
        if self._find(" to ", open_claim.start, joint) < 0:
            return None  # no infinitive: "told reporters that X and Y stressed Z" is one clause
        speaker = self.subjects.before(joint + 5, verb.start())
        if speaker is None or speaker.key == open_claim.speaker.key:
            return None
        content = self._content_start(verb, form, s_end)
        return _Claim("reported", content, speaker, verb, form, joint) if content else None

    def _find(self, needle: str, start: int, end: int) -> int:
        """``self.text.find(needle, start, end)``, answered from the last search for
        ``needle`` when that one covers it: each of a run-on sentence's verbs searching the
        rest of it, or all of it from an open claim's start, read it again (issue 17). What
        the last search found is the first occurrence after its start, whatever the end."""
        length = len(needle)
        searched_start, searched_end, found = self._searches.get(needle, (-1, 0, -1))
        if searched_start < 0 or start < searched_start:
            found = self.text.find(needle, start, end)
        elif found >= start:
            return found if found + length <= end else -1
        elif found < 0 and end <= searched_end:
            return -1
        elif found < 0:
            found = self.text.find(needle, max(start, searched_end - length + 1), end)
        else:
            found = self.text.find(needle, start, end)
        self._searches[needle] = (start, end, found)
        return found

    def _reported_inside(self, s_start: int, verb: re.Match[str]) -> Speaker | None:
        """ "Local papers report that X said Y", "It was reported by media that X stressed Y",
        "The agency reported X said Y": an unlisted outer verb does not count, the subject of
        the clause after it speaks."""
        inner = None  # (searched within a subject's reach: a run-on paragraph is not read
        # back to its start at each of its verbs)
        reach = max(s_start, verb.start() - SUBJECT_REACH)
        for match in _INNER_CLAUSE.finditer(self.text, reach, verb.start()):
            inner = match  # the last one: the clause the verb is in
        if inner is None or self.text.find(",", inner.end(), verb.start()) >= 0:
            return None
        after = _WORDS_AHEAD.match(self.text, verb.end())
        if (
            after is not None
            and after.group(1).lower() in _NO_OBJECT
            and not self.text.startswith(" that ", after.end())
            and not self._that_after_adjunct(after.end())
            and not _IMPERSONAL_THAT.search(self.text, max(reach, inner.start() - 40), inner.end())
        ):  # "points that X reiterated also today": a relative clause, no object; "that X
            # said earlier that Y" has one (round 375); "It is noteworthy that X proposed to Y
            # Z": no relative after an impersonal opening, "to Y" an addressee (stfix149)
            return None
        return self.subjects.before(inner.end(), verb.start())

    def _that_after_adjunct(self, start: int) -> bool:
        """Whether a short adjunct from ``start`` leads to the verb's "that": "reported that X
        said in a press conference on May 3 that Y" has an object (round 379)."""
        that = self.text.find(" that ", start, start + _ADJUNCT_BEFORE_THAT)
        return that >= 0 and not any(mark in self.text[start:that] for mark in ",.;")

    def _contrasted(
        self, open_claim: _Claim, verb: re.Match[str], form: VerbForm, s_end: int
    ) -> _Claim | None:
        """ "X said A, while Y said B" (or ", whereas", ", but", ", and": "North Korea said A,
        and the top U.S. envoy expressed optimism that B"): a second speaker's statement after
        a contrast or a coordination, which ends the first one, not a statement inside A."""
        joint, contrast = self._last_contrast(open_claim.start, verb.start())
        if joint < 0 and verb.group() == form.past and self.text[verb.start() - 1] == " ":
            named = self.subjects.named_after_and(verb.start())  # "X announced A and Y
            if named is not None and named[0] > open_claim.start:  # (subsequently) said B"
                return self._second_speakers_claim(
                    open_claim, named[1], verb, form, s_end, named[0]
                )
        if joint < 0:
            return self._relative_attribution(open_claim, verb, form, s_end)
        if open_claim.speaker.type == "GROUP" and self.text.startswith(
            _OTHERS_OF_GROUP, joint + len(contrast), verb.start()
        ):  # "Some voters said A, while others said B": the rest of that group, which speaks
            content = self._content_start(verb, form, s_end)  # B (round 640)
            if content is None:
                return None
            return _Claim("reported", content, open_claim.speaker, verb, form, joint)
        speaker = self.subjects.before(joint + len(contrast), verb.start())
        return self._second_speakers_claim(open_claim, speaker, verb, form, s_end, joint)

    def _main_after_opening(
        self, open_claim: _Claim, verb: re.Match[str], form: VerbForm, s_end: int
    ) -> _Claim | None:
        """ "While X insisted A, Y stressed B" ("Although", "Whereas"): the main clause's own
        subject speaks B after the opening clause's comma, which ends X's statement A (the
        comma sought back a short reach only, so no scan to the claim's start per verb)."""
        comma = self.text.rfind(
            ", ", max(open_claim.start, verb.start() - _MAIN_CLAUSE_REACH), verb.start()
        )
        if comma < 0:
            return None
        speaker = self.subjects.before(comma + 2, verb.start())
        if speaker is not None and speaker.key == open_claim.speaker.key:
            content = self._content_start(verb, form, s_end)  # "Although he noted A, X
            # emphasized B": the main clause's statement all the same, a verb of its own
            # (round 566)
            return (
                None if content is None else _Claim("reported", content, speaker, verb, form, comma)
            )
        return self._second_speakers_claim(open_claim, speaker, verb, form, s_end, comma)

    def _relative_attribution(
        self, open_claim: _Claim, verb: re.Match[str], form: VerbForm, s_end: int
    ) -> _Claim | None:
        """ "X announced A, which Y said would help B": the reporter's relative clause names
        another person saying B, which ends X's statement (round 331)."""
        if form.lemma != "say":
            return None
        reach = max(open_claim.start, verb.start() - _WHICH_SAID_REACH)  # no search back to
        # the claim's start for every verb: quadratic in a paragraph of many verbs
        joint = self.text.rfind(", which ", reach, verb.start())
        if joint < 0:  # "X said A had detained Y, who the agency said had been ..." (round
            joint = self.text.rfind(", who ", reach, verb.start())  # 352): Y the object
        if joint < 0:
            return None
        speaker = self.subjects.person_ending_at(verb.start() - 1)
        if speaker is None:
            named = self.subjects.units(self.text.find(" ", joint + 2) + 1, verb.start())
            if named and len(named) <= 2 and (named[-1].kind == "ORG" or named[-1].text.islower()):
                speaker = self.subjects.classify(named, verb.start())  # "which the agency said",
                # "which officials say": a group's words too (round 585)
        return self._second_speakers_claim(open_claim, speaker, verb, form, s_end, joint)

    def _second_speakers_claim(
        self,
        open_claim: _Claim,
        speaker: Speaker | None,
        verb: re.Match[str],
        form: VerbForm,
        s_end: int,
        joint: int,
    ) -> _Claim | None:
        """The reported statement of ``speaker`` after ``joint``, which ends ``open_claim``'s,
        when the speaker is another one than the open claim's and the verb leads words."""
        if speaker is None or speaker.key == open_claim.speaker.key:
            return None
        content = self._content_start(verb, form, s_end)
        if content is None:
            return None
        return _Claim("reported", content, speaker, verb, form, joint)

    def _other_speakers_quotation(self, open_claim: _Claim, verb: re.Match[str]) -> int:
        """Where a statement open before a contrast ends when another speaker's verb after it
        attributes a quotation ("X said A, while Y stressed that “B”", "X reiterated A: Y
        stressed that “B”"): at the contrast, B direct and Y's (round 613); else -1."""
        joint, contrast = self._last_contrast(open_claim.start, verb.start())
        if joint < 0:
            return -1
        speaker = self.subjects.before(joint + len(contrast), verb.start())
        if speaker is None or speaker.key == open_claim.speaker.key:
            return -1
        return joint

    def _relative_quoting(self, open_claim: _Claim, verb: re.Match[str], s_end: int) -> int:
        """Where a statement open before a relative clause closing its sentence ends when the
        relative's pronoun and verb attribute a quotation that is the verb's whole content
        ("X expressed concern about Y, which she said “B”."): at the relative's comma, B
        direct (stfix145); else -1. A relative without a quotation ("which she said had
        failed") or set off inside the clause ("said the plan, which she said “A”, must go")
        stays inside."""
        text = self.text
        relative = _WHICH_PRONOUN.search(
            text, max(open_claim.start, verb.start() - 16), verb.start()
        )
        if relative is None or not text.startswith((" “", ' "'), verb.end()):
            return -1
        close = text.find("”" if text[verb.end() + 1] == "“" else '"', verb.end() + 2, s_end)
        if (
            close < 0
            or text[close + 1 : s_end].strip(" .,;:\n")
            or text.find(",", relative.end(), verb.start()) >= 0
        ):
            return -1
        return relative.start()

    def _last_contrast(self, start: int, end: int) -> tuple[int, str]:
        """Where the last of ``_CONTRASTS`` wholly between ``start`` and ``end`` opens, and
        which (-1 for none): each one's offsets found once in the text and searched, as an
        ``rfind`` back to the claim's start for each verb of a sentence was quadratic in it."""
        if self.contrasts is None:
            self.contrasts = {j: occurrences(self.text, j) for j in _CONTRASTS}
        last = (-1, "")
        for contrast, offsets in self.contrasts.items():
            at = bisect_right(offsets, end - len(contrast)) - 1
            if at >= 0 and offsets[at] >= start:
                last = max(last, (offsets[at], contrast))
        return last

    def _participle(
        self,
        verb: re.Match[str],
        form: VerbForm,
        sentence: tuple[int, int],
        open_claim: _Claim | None,
    ) -> _Claim | None:
        """ ", adding that ...", " saying ...", and a sentence-opening "Highlighting X, Y said"."""
        s_start, s_end = sentence
        text = self.text
        before = text[s_start : verb.start()]
        if before.endswith(", without "):
            return None  # "X, without saying whether Y": what was not said
        if open_claim is not None and before.endswith(", ") and _aside_before_predicate(text, verb):
            return None  # "X said the plan, proposing A, had been sent": an aside on the plan,
            # inside X's clause (round 576)
        if (
            open_claim is not None
            and before.endswith(" ")
            and before[-2:-1].isalpha()  # the cheap test first: no comma before it
            and (named := self.subjects.person_ending_at(verb.start() - 1)) is not None
            and _SHOWN_OF.search(text, max(s_start, verb.start() - 80), verb.start()) is not None
            and text.endswith(named.name.rpartition(" ")[2] + " ", 0, verb.start())
        ):
            return None  # "X said ... an ad that used clips of Y saying Z": Y's words, shown,
            # inside X's statement (round 294)
        progressive = _PROGRESSIVE.search(
            text,
            max(s_start, _unspaced_end(text, s_start, verb.start()) - _PROGRESSIVE_REACH),
            verb.start(),
        )  # (" were" and the spaces after it: not the whole sentence again at each verb)
        if progressive is not None:  # "is calling on": a finite verb after all
            speaker = self.subjects.before(s_start, progressive.start())
            content = self._content_start(verb, form, s_end) if speaker else None
            if speaker is None or content is None:
                return None
            return _Claim("reported", content, speaker, verb, form, -1)
        if self._find("espite ", s_start, verb.start()) >= 0:  # the cheap test first
            conceded = self._conceded_participle(verb, form, sentence)
            if conceded is not None:
                return conceded
        if (
            not before.strip()
            or _GERUND_OPENER.fullmatch(before)
            or (_opening_adverb(before) and not self.subjects.in_mention(s_start))
            # "Publicly reaffirming X, Y said" (round 330), not "Italy reaffirming"
        ):  # "After stressing X, Y"
            fronted = self._fronted_before_speaking(verb, form, sentence)
            if fronted is not None:
                return fronted
            return self._opening_participle(verb, form, s_end)
        quoted = _QUOTED_AS.search(before, len(before) - 80) if before.endswith(" as ") else None
        outlet = (
            before.rfind(", ", quoted.start() - _OUTLET_REACH, quoted.start()) if quoted else -1
        )
        if quoted is not None and (
            text.startswith(" by ", verb.end()) or _nothing_said_after(text, verb, form, s_end)
        ):
            carried = self._quoted_by_carrier(verb, form, sentence)
            if carried is not None:
                return carried
        if quoted is not None and outlet >= 0:
            closing = self._closing_quoted_as(verb, form, sentence, s_start + outlet)
            if closing is not None:
                return closing
        if quoted is not None:  # "quoted Primakov as saying that ...": Primakov's (round 17)
            speaker = (
                None  # "cited officials close to X as saying": theirs, not X's
                if _quoted_group(quoted)
                else self.subjects.person_ending_at(s_start + quoted.end(quoted.lastindex or 1))
            )
            if speaker is None:
                speaker = self._quoted_past_relative(s_start, before, quoted)
            if speaker is None:
                speaker = self._quoted_role(s_start, quoted, verb)
            content = self._content_start(verb, form, s_end) if speaker else None
            if speaker is not None and content is not None:
                return _Claim("reported", content, speaker, verb, form, -1)
        apposed = (
            _QUOTED_APPOSED_AS.search(before, max(0, len(before) - 160))
            if before.endswith(", as ")
            else None
        )
        if apposed is not None:  # "quoted X, a spokesman for the Ministry of Y, as saying
            # that Z": X's, his title set off by commas (round 294)
            speaker = self.subjects.person_ending_at(s_start + apposed.end(1))
            content = self._content_start(verb, form, s_end) if speaker else None
            if speaker is not None and content is not None:
                return _Claim("reported", content, speaker, verb, form, -1)
        quoting = before.rfind("quot", max(0, len(before) - 80))  # the cheap test first
        if quoting >= 0 and (doing := _QUOTED_DOING.match(before, quoting)) is not None:
            # "quoted X stating that ...": X's, as "quoted X as saying" (an unlisted outer verb)
            speaker = self.subjects.person_ending_at(s_start + doing.end(1))
            content = self._content_start(verb, form, s_end) if speaker else None
            if speaker is not None and content is not None:
                return _Claim("reported", content, speaker, verb, form, -1)
        if before.endswith(" by "):  # the cheap test first
            manner = self._by_gerund(verb, form, sentence)
            if manner is not None:
                return manner
        absolute = (
            None if _holds_clause(self.text, open_claim) else self._absolute(verb, form, sentence)
        )
        if absolute is not None:
            return absolute
        if _endorsed_post(before):
            return None
        attach = _attachment(before, form)
        if attach < 0:
            return self._issued_with(verb, form, sentence)
        if attach == len(before) - 1 and form.lemma in _BARE_PARTICIPLES:
            issued = self._issued_with(verb, form, sentence)  # "criticised Y’s remarks saying
            if issued is not None:  # A", no comma: A is what the remarks say, Y's (round 643)
                return issued
        if before.endswith(" and ") and not before.endswith(", and "):
            earlier = self._verbs_in(s_start, verb.start())
            last = earlier[-1] if earlier else None
            if (
                last is not None
                and FORMS[last.group()].participle
                and (
                    open_claim is None
                    or open_claim.verb is None
                    or open_claim.verb.start() != last.start()
                )
                and not _quoting_participle_before(text, last, verb.start())
            ):
                return None  # "with the minister calling for X and expressing Y": not ours
        if open_claim is None and _REPORTS_DOING.search(
            text, max(s_start, verb.start() - 90), verb.start()
        ):
            return None  # "referring to press reports ... saying X": unnamed reports say X
        if open_claim is not None and self._owned_statement_claim(open_claim, s_start):
            open_claim = None  # "X dismissed Y’s remarks suggesting A, urging B": the
            # remarks' A is Y's, B goes on X's clause (round 643)
        speaker = (
            self._denier_of_claim(s_start, s_start + attach)
            or self._while_clause_subject(s_start, s_start + attach)
        ) or (
            open_claim.speaker
            if open_claim
            else self.subjects.object_before_for(s_start, verb.start())
            or self._quoted_before(s_start, s_start + attach)
            or (self._relative_clause_sayer(s_start + attach) if ", who " in before else None)
        )
        if speaker is not None and open_claim is None:
            speaker = (
                self._subordinate_quoted(s_start, s_start + attach)
                or self._owned_claim_quoted(s_start, s_start + attach, speaker)
                or speaker
            )
        if speaker is None:
            speaker = self._clause_subject(s_start, s_start + attach)
        if speaker is None and text[s_start + attach] != ",":
            speaker = self._subordinate_subject(s_start, s_start + attach)  # "X's statement
            # differed after Y left the country saying Z": no comma, the participle goes
            # with the subordinate clause it closes, not the main clause (round 393)
        if speaker is None and text.find(", and ", s_start, s_start + attach) >= 0:
            speaker = self._joined_person_clause(s_start, s_start + attach)  # cheap test first
        if speaker is None:
            speaker = self.subjects.main(s_start, verb.start())
        if speaker is None:
            speaker = self._subordinate_subject(s_start, s_start + attach)
        if speaker is None:
            speaker = self.subjects.opening_pronoun(s_start)
        if speaker is None:
            speaker = self.subjects.acting_before(s_start, s_start + attach)
        if speaker is None:
            speaker = self._issuer_of(s_start, s_start + attach)
        if speaker is None:
            speaker = self._gerund_subject(s_start, s_start + attach)
        content = self._content_start(verb, form, s_end)
        if speaker is None or content is None:
            return None
        return _Claim(
            "reported",
            content,
            speaker,
            verb,
            form,
            s_start + attach,
            end=self._adjunct_end(s_start, s_start + attach, content, s_end),
        )

    def _denier_of_claim(self, s_start: int, attach: int) -> Speaker | None:
        """ "X accused Iran of Y - an allegation Tehran has denied, insisting that Z": the
        participle goes with the relative clause its comma closes, whose subject rejects the
        claim, not with the main clause's subject (round 635)."""
        if self.text[self.text.rfind(" ", s_start, attach) + 1 : attach] not in lx.DENIALS:
            return None  # the cheap test first: the word before the comma a denial
        denied = _DENIED_CLAIM.search(self.text, max(s_start, attach - _DENIED_CLAIM_REACH), attach)
        if denied is None:
            return None
        units = self.subjects.units(denied.start(1), denied.end(1))
        return self.subjects.classify(units, denied.end(1)) if units else None

    def _while_clause_subject(self, s_start: int, attach: int) -> Speaker | None:
        """ "X hailed A, while Y expressed disappointment, stating B": the participle goes
        with the contrasting clause its comma closes, whose subject (named before its past
        tense, listed or not) is Y, not with the main clause's X (stfix144). Only a clause
        with no comma of its own; None where no speaker heads it ("while prices fell")."""
        text = self.text
        window = attach - _WHILE_CLAUSE_REACH if attach - _WHILE_CLAUSE_REACH > s_start else s_start
        comma = text.rfind(",", window, attach)  # the clause's own joint: its last comma
        if comma < 0:
            return None
        contrast = next((j for j in _WHILE_JOINTS if text.startswith(j, comma)), None)
        if contrast is None:
            return None
        opening = comma + len(contrast)
        if text[opening : opening + 1] in '“”"':
            return None
        past = _CONTRAST_PAST.search(text, opening, attach)
        if past is None:
            return None
        return self.subjects.before(opening, past.start() + 1)

    def _adjunct_end(self, s_start: int, attach: int, content: int, s_end: int) -> int:
        """Where a participle's clause ends when it is a time adjunct between the sentence's
        subject and its verb ("X, while affirming Y, later deemed Z"): at the comma closing
        the adjunct (round 633); else -1, the clause's end found as for any."""
        text = self.text
        if (
            text[attach + 2 : attach + 9].partition(" ")[0] not in _TIME_CLAUSE_OPENERS
            or text.find(", ", s_start, attach) >= 0
            or self._verbs_in(s_start, attach)
        ):
            return -1
        closing = text.find(", ", content, s_end)
        return closing if closing >= 0 else -1

    def _relative_clause_sayer(self, attach: int) -> Speaker | None:
        """The person a relative clause closed by the participle's comma is on ("The news came
        from X, who praised both sides, stating Y"): the participle goes on the clause nearest
        it, whose subject is X, not the main clause's (round 630). Only a clause with no comma
        of its own ("X, who arrived on Monday, met Y, saying Z": the main clause's again)."""
        who = self.text.rfind(", who ", 0, attach)
        opening = self.text[who + 6 : attach].partition(" ")[0]
        if (
            self.text.find(",", who + 1, attach) >= 0
            or not opening.isalpha()
            or not opening.islower()
            or opening in lx.DETERMINERS
        ):
            return None  # "X, who the ministry says ...": another subject in the clause
        return self.subjects.person_ending_at(who)

    def _issuer_of_relative(self, s_start: int, verb_start: int) -> Speaker | None:
        """ "Hamas responded with a statement Sunday that asserted X", "X issued a statement
        that said Y": the document says what its relative clause's verb says, so its issuer,
        the clause's subject, is the speaker (round 516)."""
        window = max(s_start, verb_start - _ISSUED_REACH)
        if not any(self.text.find(noun, window, verb_start) >= 0 for noun in _ISSUED_CUES):
            return None
        issued = _ISSUED_THAT.search(self.text, window, verb_start)
        return self.subjects.before(s_start, issued.start()) if issued else None

    def _issued_with(
        self, verb: re.Match[str], form: VerbForm, sentence: tuple[int, int]
    ) -> _Claim | None:
        """ "The ministry released a statement on Monday expressing concern over X": the
        participle says what the document says, so X is said by the subject that issued it."""
        s_start, s_end = sentence
        window = max(s_start, verb.start() - _ISSUED_REACH)
        text = self.text
        if not any(text.find(noun, window, verb.start()) >= 0 for noun in _ISSUED_CUES):
            return None  # the cheap test first
        issued = _ISSUED_WITH.search(text, window, verb.start())
        speaker = self.subjects.before(s_start, issued.start()) if issued else None
        if issued is None and (
            "’s " in text[window : verb.start()] or "'s " in text[window : verb.start()]
        ):
            speaker = self._statement_owner(window, verb.start())
        content = self._content_start(verb, form, s_end) if speaker else None
        if speaker is None or content is None:
            return None
        return _Claim("reported", content, speaker, verb, form, -1)

    def _owned_statement_claim(self, claim: _Claim, s_start: int) -> bool:
        """Whether ``claim`` is a participle's after its owner's statement or remarks, with no
        comma ("over Y’s remarks suggesting A"): :meth:`_statement_owner`'s, inside the
        sentence's clause, not its subject's."""
        verb = claim.verb
        if verb is None or claim.form is None or not claim.form.participle:
            return False
        window = max(s_start, verb.start() - _ISSUED_REACH)
        return _OWNED_STATEMENT.search(self.text, window, verb.start()) is not None

    def _statement_owner(self, window: int, verb_start: int) -> Speaker | None:
        """The person or body whose statement a participle follows with no comma ("follows
        X’s statement in parliament last week suggesting that Y", "over X’s statements calling
        for Y"): Y is X's words (stfix106)."""
        owned = _OWNED_STATEMENT.search(self.text, window, verb_start)
        if owned is None or self._verbs_in(owned.end(1), verb_start):
            return None
        return self._named_owner(window, owned.end(1))

    def _issuer_of(self, s_start: int, attach: int) -> Speaker | None:
        """ "This despite the ministry issuing a press statement on Monday saying X": the
        subject of the gerund that issued the document the participle follows."""
        issuing = self.text.rfind(" issuing ", s_start, attach)  # the cheap test first
        if issuing < 0 or _ISSUED_DOCUMENT.match(self.text, issuing + 9, attach) is None:
            return None
        return self.subjects.before(s_start, issuing + 1)

    def _by_gerund(
        self, verb: re.Match[str], form: VerbForm, sentence: tuple[int, int]
    ) -> _Claim | None:
        """ "X continued by expressing Y", "X responded by urging Y", "X opened the talks by
        stressing Y": the gerund says how the subject went on, so Y is the subject's."""
        s_start, s_end = sentence
        window = max(s_start, verb.start() - _BY_REACH)
        match = _VERB_THEN_BY.search(self.text, window, verb.start())
        speaker = None
        while match is not None:
            speaker = self.subjects.before(s_start, match.start(1))
            if speaker is not None or not match.group(1).endswith("s"):
                break  # a plural noun read as a present ("the talks continued by") tried past
            match = _VERB_THEN_BY.search(self.text, match.end(1), verb.start())
        content = self._content_start(verb, form, s_end) if speaker is not None else None
        if speaker is None or content is None:
            return None
        return _Claim("reported", content, speaker, verb, form, -1)

    def _absolute(
        self,
        verb: re.Match[str],
        form: VerbForm,
        sentence: tuple[int, int],
        taking: int = -1,
    ) -> _Claim | None:
        """ "..., with X confirming Y", "on the heels of X saying Y": a participle with its own
        subject, named between "with"/"of" and it, is that subject's statement; ``taking``,
        where a participle taking a channel opens ("with X taking to Facebook to announce Y"),
        when the verb is its infinitive."""
        s_start, s_end = sentence
        window = max(s_start, verb.start() - 80)
        text = self.text
        if (
            text.find(" with ", window, verb.start()) < 0
            and text.find(" of ", window, verb.start()) < 0
        ):
            return None  # the cheap test first: the pattern is tried at every offset
        subject_end = verb.start() if taking < 0 else taking + 1
        if not form.participle and taking < 0:  # "with X having (recently) warned Y": the
            perfect = _HAVING_BEFORE.search(text, max(window, subject_end - 24), subject_end)
            if perfect is None:  # perfect's subject before "having" (round 625)
                return None
            subject_end = perfect.start() + 1
        timed = _ABSOLUTE_TIME.search(
            text, max(window, subject_end - _ABSOLUTE_TIME_REACH), subject_end
        )
        if timed is not None:  # "with X and Y on Thursday calling for Z", "with X earlier this
            subject_end = timed.start() + 1  # week reiterating Y": the time, not the subject
        match = _ABSOLUTE_SUBJECT.search(text, window, subject_end)
        apposed = None
        if match is None and text.endswith(", ", window, verb.start()):  # the cheap test first
            apposed = _ABSOLUTE_APPOSED.search(text, window, verb.start())
            match = apposed  # "with X's ruler, the Oba, insisting that Y": the aside names him
        if match is None:
            return None
        if (
            match.group().startswith("with")
            and form.participle  # "rising with X having warned Y": a perfect's subject
            and not text.endswith(_ABSOLUTE_OPENINGS, s_start, match.start())
            and match.start() > s_start
            and not match.group(1).startswith(_OWN_SPEECH_STARTS)
            and not match.group(1).startswith(_INDEFINITE_OPENINGS)
        ):
            return None  # "highlighted the ties with X adding that Y": a noun's "with"; "with
            # its ministry asserting that Y" is the subject's own (round 194); "felt with one
            # resident telling X that Y": one newly named, no noun's partner (round 625)
        units = self.subjects.units(match.start(1), match.end(1))
        if apposed is not None and not (units and units[-1].kind == "PERSON"):
            aside = self.subjects.units(apposed.start(2), apposed.end(2))
            if (aside and aside[-1].kind == "PERSON") or self.subjects.classify(
                aside, verb.start()
            ):
                units = aside  # "with the ruler, Ade Koro, insisting": the name in the aside
        if not units or (
            units[-1].kind not in ("PERSON", "ROLE", "ORG", "GPE")
            and units[-1].low not in lx.ROLE_NOUNS
            and units[-1].low not in lx.ORG_HEADS
            and not _absolute_person(units[-1].low)
        ):
            return None  # "with support saying": the participle's subject is a named speaker
        speaker = self.subjects.classify(units, verb.start())
        content = self._content_start(verb, form, s_end) if speaker is not None else None
        if speaker is None or content is None:
            return None
        comma = self.text.rfind(",", s_start, match.start() + 1)
        cut = (
            comma
            if comma >= 0 and not self.text[comma + 1 : match.start()].strip()
            else match.start()
        )
        if self.text.endswith(_SPACED_DASHES, s_start, cut):
            cut -= 3  # "X and trade — with both leaders expressing Y": X ends before the dash
        return _Claim("reported", content, speaker, verb, form, cut)

    def _fronted_before_speaking(
        self, verb: re.Match[str], form: VerbForm, sentence: tuple[int, int]
    ) -> _Claim | None:
        """ "Noting that X, which ..., Y said Z" / "Noting that X — an aside, ... — Y said Z":
        an opening participle's clause ends at the last break before a speaking subject."""
        s_end = sentence[1]
        text = self.text
        main = next(
            (v for v in self._verbs_in(verb.end(), s_end) if not FORMS[v.group()].participle),
            None,
        )
        if main is None:
            return None
        cut, width = max(
            (text.rfind(mark, verb.end(), main.start()), len(mark)) for mark in _BREAKS
        )
        first = _WORDS_AHEAD.match(text, cut + width - 1, main.start())
        if cut < 0 or first is None or first.group(1) in _NOT_OPENING_A_SUBJECT:
            return None  # "Noting X, she met Y, who said Z": Y speaks in a relative clause
        speaker = self.subjects.before(cut + width, main.start())
        content = self._content_start(verb, form, cut) if speaker is not None else None
        if speaker is None or content is None:
            return None
        return _Claim("reported", content, speaker, verb, form, -1, end=cut)

    def _conceded_participle(
        self, verb: re.Match[str], form: VerbForm, sentence: tuple[int, int]
    ) -> _Claim | None:
        """ "Despite X stressing that Y, Z summoned him": Y is X's, the participle's own
        subject named right before it, up to the comma closing the adjunct; a "that" clause
        follows it ("despite the US warning against X" has a noun)."""
        s_start, s_end = sentence
        if not self.text.startswith(" that ", verb.end()) and form.lemma not in _NO_NOUN_GERUNDS:
            return None  # "despite the US warning against X": a noun, not a participle
        conceded = _CONCEDED_SUBJECT.search(self.text[s_start : verb.start()])
        if conceded is None:
            return None
        speaker = self.subjects.before(s_start + conceded.start(1), verb.start())
        comma = self.text.find(", ", verb.end(), s_end)
        if comma < 0 and form.lemma in _NO_NOUN_GERUNDS:
            comma = s_end  # "..., despite Britain insisting X.": the adjunct ends the sentence
            # (round 339)
        content = self._content_start(verb, form, comma) if speaker and comma > 0 else None
        if speaker is None or content is None:
            return None
        return _Claim("reported", content, speaker, verb, form, -1, end=comma)

    def _opening_participle(self, verb: re.Match[str], form: VerbForm, s_end: int) -> _Claim | None:
        """ "Highlighting X, Y said": X is Y's, up to the first comma (when no break before the
        main verb's subject was found: ``_fronted_before_speaking``)."""
        text = self.text
        comma = text.find(", ", verb.end(), s_end)
        semicolon = text.find("; ", verb.end(), comma if comma > 0 else s_end)
        if semicolon > 0:  # "Noting that X; the President emphasized Y" (GoEthio)
            comma = semicolon
        content = self._content_start(verb, form, comma) if comma > 0 else None
        speaker = self.subjects.main(comma + 2, s_end) if content is not None else None
        first_comma = comma
        if speaker is None and content is not None:
            comma, speaker = self._subject_after_commas(comma, s_end)
        if speaker is None and verb.group() == "Adding" and content is not None:
            # "Adding that X, in a tweet.": no main clause, the sentence goes on the speech
            # of whoever spoke last, X up to the adjunct's comma (round 478)
            comma, speaker = first_comma, self.subjects.last_speaker
        if speaker is None or content is None:
            return None
        if (
            form.lemma in _TOPIC_VERBS
            and len(text[content:comma].split(None, _TOPIC_WORDS)) <= _TOPIC_WORDS
            and not self._verbs_in(comma, s_end)
        ):
            return None  # "Highlighting other crises, he spotlighted X": a topic, no content,
            # and no verb of speech to say it (SOURCES, round 255)
        return _Claim("reported", content, speaker, verb, form, -1, end=comma)

    def _subject_after_commas(self, comma: int, s_end: int) -> tuple[int, Speaker | None]:
        """The main clause after a sentence-opening participle whose object holds commas of
        its own ("Stressing X of Y, which Z, he hoped that W", "Highlighting the historical,
        cultural and religious ties, the minister expressed Z"): the first later comma that
        a subject follows, a name or a pronoun (rounds 204, 292)."""
        text = self.text
        for _ in range(_OPENING_OBJECT_COMMAS):
            comma = text.find(", ", comma + 2, s_end)
            if comma < 0:
                break
            after = text[comma + 2 : comma + 6]
            if after[:1].isupper() or after.startswith(("he ", "she ", "they ")):
                speaker = self.subjects.main(comma + 2, s_end)
                if speaker is not None:
                    return comma, speaker
        return comma, None

    def _quoted_before(self, s_start: int, attach: int) -> Speaker | None:
        """'"...," the person said adding ...', '"...," said X, adding ...', 'X remarked:
        "...," noting ...': the speaker of the quotation attributed in this sentence (or, with
        no verb of its own, before it) before where the participle attaches."""
        for statement in reversed(self.found):
            if statement.kind == "direct" and s_start <= statement.position < attach:
                return statement.speaker  # "said adding", "said, urging"
            if statement.kind == "direct" and statement.position < s_start < statement.end < attach:
                return statement.speaker  # 'He stressed “A. B,” adding': a quotation of
                # several sentences, attributed in its first, closing in this one (round 382)
        return None

    def _subordinate_quoted(self, s_start: int, attach: int) -> Speaker | None:
        """'X has moved to ease tensions after Y called Z an "unreliable partner", stressing
        that ...': a participle after a quotation in a subordinate clause goes with the main
        clause's subject, when the main clause has no verb of speech of its own."""
        text = self.text
        joint = max(text.rfind(word, s_start, attach) for word in _SUBORDINATORS)
        if joint < 0 or self._verbs_in(s_start, joint):
            return None
        quoted = self._quoted_in(joint, attach)
        main = self.subjects.main(s_start, joint) if quoted is not None else None
        return main if main is not None and quoted is not None and main.key != quoted.key else None

    def _owned_claim_quoted(self, s_start: int, attach: int, quoted: Speaker) -> Speaker | None:
        """'Y responded, rejecting her claim that it amounted to “X” and emphasizing Z': a
        participle after a quotation that another's noun of speech owns goes with the main
        clause's subject, when the main clause has no verb of speech of its own (round 638
        residue), as after a quotation in a subordinate clause."""
        reach = max(s_start, attach - _OWNED_CLAUSE_REACH - _RELAYED_REACH)
        owned = _OWNED_CLAIM.search(self.text, reach, attach)
        if owned is None or self._verbs_in(s_start, owned.start()):
            return None
        comma = self.text.rfind(", ", s_start, owned.start())
        main = self.subjects.main(s_start, comma) if comma >= 0 else None
        return main if main is not None and main.key != quoted.key else None

    def _subordinate_subject(
        self, s_start: int, attach: int, joints: tuple[str, ...] = ()
    ) -> Speaker | None:
        """'The strain grew after the State Department renewed its advisory, urging X': when
        the main clause's subject is no speaker, the participle goes with the subject of the
        subordinate clause it closes, an organisation or a person the recogniser knows."""
        text = self.text
        joint = max(text.rfind(word, s_start, attach) for word in joints or _SUBORDINATORS)
        if joint < 0:
            return None
        units = self.subjects.units(text.index(" ", joint + 1) + 1, attach)
        while (
            units
            and units[0].kind == "WORD"
            and (units[0].low in lx.DROPPED_DETERMINERS or units[0].low in _HONORIFIC_WORDS)
        ):  # ("after Mr. X departed", round 393)
            units = units[1:]
        units = _past_title(units)
        role = 1 if len(units) > 2 and units[0].kind == "GPE" else 0
        if (
            len(units) > role + 1
            and units[role].kind == "WORD"
            and units[role].low in lx.ROLE_NOUNS
            and _acting_past(units[role + 1])
        ):  # "two days after the US president delivered X, asserting Y": the title's
            return self.subjects.classify(units[: role + 1], units[0].start)  # holder (round
            # 574)
        if len(units) < 2 or units[0].kind not in ("ORG", "PERSON", "GPE"):
            return None
        name = 1  # the name's own words the recogniser left out ("Department" + "of State")
        while name + 1 < min(len(units), _NAME_WORDS) and (
            units[name].low == "of" and units[name + 1].text[0].isupper()
        ):
            name += 2
        if not _acting_past(units[name]):
            return None  # the subject's past verb right after it ("left": round 393)
        if name == 1:
            return self.subjects.classify(units[:1], units[0].start)
        if units[0].kind != "ORG":
            return None
        named = text[units[0].start : units[name - 1].end]
        return Speaker(named, fold(named), "ORG")

    def _gerund_subject(self, s_start: int, attach: int) -> Speaker | None:
        """ "This follows the government saying on Monday X", "It came after the ministry
        saying X": the noun phrase right before the gerund, the object of "follows" or
        "after", is its subject and the speaker."""
        joint = _GERUND_OBJECT_OF.search(self.text, s_start, attach)
        if joint is None:
            return None
        return self.subjects.classify(self.subjects.units(joint.end(), attach), joint.end())

    def _subordinate_pronoun(self, s_start: int, joint: int) -> Speaker | None:
        """ "Iran topped X's agenda as he met Y and argued that Z": when the main clause's
        subject is no speaker, a verb joined to a subordinate clause's goes with its pronoun."""
        found = None
        for match in _SUBORDINATE_PRONOUN.finditer(self.text, s_start, joint):
            found = match  # the last one: the clause the joined verb continues
        if found is None:
            return None
        units = self.subjects.units(*found.span(1))
        return self.subjects.classify(units, found.start(1))

    def _after_participle_aside(
        self, aside: _Claim, verb: re.Match[str], form: VerbForm, s_end: int
    ) -> _Claim | None:
        """ "X, while reiterating A, on Sunday said that B": the main verb after a participle's
        aside between the subject and it, its subject's second statement; the aside's ends at
        its closing comma (round 510). None when the verb is not the main one (words other
        than a short adverbial between that comma and it)."""
        comma = self.text.rfind(", ", aside.start, verb.start())
        if comma < 0 or self.text.count(" ", comma + 2, verb.start()) > _ADVERBIAL_WORDS:
            return None
        between = self.text[comma + 2 : verb.start()]
        if between and not (between[:1].islower() or between.partition(" ")[0] in lx.WEEKDAYS):
            return None  # "..., Y said": another subject
        content = self._content_start(verb, form, s_end)
        if content is None:
            return None
        return _Claim("reported", content, aside.speaker, verb, form, comma)

    def _with_subject(self, start: int, participle: int) -> Speaker | None:
        """The subject of an absolute clause opened by ", with" ("..., with former minister X
        calling the actions “feeble”"): X, whatever the main clause's subject (round 511)."""
        at = self.text.rfind(", with ", start, participle)
        if at < 0:
            return None
        units = self.subjects.units(at + 7, participle)
        return self.subjects.classify(units, at + 7) if units else None

    def _quoted_in(self, start: int, end: int) -> Speaker | None:
        """'"...," said X and added that ...': the speaker of a quotation attributed by a
        verb between ``start`` and ``end``."""
        for statement in reversed(self.found):
            if statement.kind == "direct" and start <= statement.position < end:
                return statement.speaker
        return None

    def _joined_person_clause(self, s_start: int, attach: int) -> Speaker | None:
        """The person a clause joined by ", and" opens with, after an adverbial at most, as the
        subject of the past-tense verb whose object the participle follows ("India struck X,
        and by the next morning, US Secretary of State Y contacted Z, saying W": Y's, not
        India's). Only a named person (titled or not) right before that verb, with no comma
        but the adverbial's: any last clause after ", and" gave the participle to objects,
        places and lists (newuser44)."""
        text = self.text
        start = text.rfind(", and ", s_start, attach) + 6
        opener = text.find(", ", start, attach)
        if opener >= 0:  # "and by the next morning, Y contacted Z": one lowercase adverbial
            if not text[start : start + 1].islower() or text.find(", ", opener + 2, attach) >= 0:
                return None
            start = opener + 2
        units = self.subjects.units(start, attach)
        person = next((n for n, unit in enumerate(units) if unit.kind != "GPE"), len(units))
        if person < len(units) and units[person].kind == "ROLE":
            person += 1  # "US Secretary of State Y"
        if person + 1 >= len(units) or units[person].kind != "PERSON":
            return None
        verb = units[person + 1]
        if verb.kind != "WORD" or not (verb.low.endswith("ed") or verb.low in _PASTS_AFTER_SUBJECT):
            return None
        if self._verbs_in(verb.start, attach):
            return None  # "Y said X, saying": the listed verb's own reading holds
        return self.subjects.cast.person(self.subjects.span_at(units[person].start))

    def _clause_subject(self, s_start: int, attach: int) -> Speaker | None:
        """ "X, he underlined, noting ...": the subject of the short clause before."""
        comma = self.text.rfind(", ", s_start, attach)
        if comma < 0:
            return None
        between = self.text[comma + 2 : attach]
        if "“" in between or "”" in between or '"' in between:
            return None  # "described X, a candidate, as a “Y supporter,” suggesting": a
            # quotation's words, no clause's subject (stfix158)
        units = self.subjects.units(comma + 2, attach)
        if len(units) >= 3 and units[-1].low in ("on", "further") and units[-2].text.islower():
            units = units[:-1]  # "X, he went on, adding that Y": the verb's particle
        if units and units[0].low in ("and", "or"):
            return None  # "thanked X, Y, and the Z team, acknowledging": a list's last item,
            # no clause: the participle is the main subject's (round 287)
        if (
            2 <= len(units) <= _CLAUSE_UNITS
            and units[-1].kind == "WORD"
            and units[-1].text.islower()
        ):
            return self.subjects.classify(units[:-1], attach)  # "X, the representative of the
            # United States echoed, stressing Y": the verb unlisted, its subject's (round 484)
        return None

    def _document_closing(
        self, verb: re.Match[str], form: VerbForm, sentence: tuple[int, int], after: int
    ) -> _Claim | None:
        """ "X has arrived in Y an official statement from Z said.": a document closing the
        sentence (after ``after``, its last comma) attributes what comes before it, though the
        comma between them was lost."""
        s_start, s_end = sentence
        text = self.text
        if _CLOSING_RUN.fullmatch(text, verb.end(), s_end) is None or form.participle:
            return None  # the cheap test first: the verb must close its sentence
        end = verb.start()
        document = _DOCUMENT_CLOSING.search(text, max(after, end - _DOCUMENT_REACH), end)
        if document is None or len(text[s_start : document.start()].split(None, 2)) < 3:
            return None
        speaker = self.subjects.classify(self.subjects.units(document.start() + 1, end), s_start)
        if speaker is None:
            return None
        return _Claim("reported", s_start, speaker, verb, form, s_start, end=document.start())

    def _end_attribution(
        self, verb: re.Match[str], form: VerbForm, sentence: tuple[int, int]
    ) -> _Claim | None:
        """ "X, he said." / "X, said the minister." / "X, Y stated while addressing ...": the
        content is the sentence up to the comma."""
        s_start, s_end = sentence
        text = self.text
        if form.lemma == "state" and _after_states_word(text, verb.start()):
            return None  # "..., the government invited ministers of member states.": a noun
        end = self.subjects.strip_back(s_start, verb.start())
        comma = self._last_comma(s_start, end)
        closing = self._document_closing(verb, form, sentence, comma.end() if comma else s_start)
        if closing is not None or comma is None:
            return closing
        content_start = dateline_end(text, s_start, comma.start())
        if _THREE_WORDS.match(text, content_start, comma.start()) is None:
            return None
        if _names_only(text[content_start : comma.start()]):
            return None  # "The bloc chairman, the Hon. X, Prime Minister of Y delivered ...":
            # a subject and its apposition, no content
        after_verb = verb.end()
        particle = _PARTICLE.match(text, after_verb)
        if form.lemma in PARTICLES:
            if particle is None or particle.group(1) not in PARTICLES[form.lemma]:
                return None  # "..., X paid a courtesy call to Y": no "call for/on"
            after_verb = particle.end()
        rest_end = s_end if s_end > after_verb else after_verb
        rest_start = after_verb  # the rest stripped, by
        while rest_start < rest_end and text[rest_start] in _TAIL_STRIPPED:  # offsets: one
            rest_start += 1  # copy of what may be the most of a run-on sentence (issue 17)
        while rest_end > rest_start and text[rest_end - 1] in _TAIL_STRIPPED:
            rest_end -= 1
        rest = text[rest_start:rest_end]
        suffixed: bool | None = None  # a short tail's looked for by ``_attribution_tail``
        spaced: bool | None = None  # as is whether it holds ", "
        if len(rest) <= _TAIL_GLANCE:
            signed = "/." in rest
        else:  # most of a run-on sentence: its marks read once for all its verbs
            marks = self._tail_marks(sentence)
            signed = _holds_mark(marks.sign_offs, rest_start, rest_end, 2)
            suffixed = _holds_mark(marks.suffix_commas, rest_start, rest_end, 4)
            spaced = _holds_mark(marks.spaced_commas, rest_start, rest_end, 2)
        if signed:  # "..., she said./.VNA": the agency's sign-off, no adjunct
            rest = _SIGN_OFF.sub("", rest)
            suffixed = spaced = None
        if text[comma.end() : end].strip():
            if (
                not _attribution_tail(rest, form, suffixed, spaced)
                and not text.startswith(_CLAUSE_JOINED, verb.end())
                and not _reporters_adjunct_after(text, content_start, rest)
            ):
                return None  # "X, he said, and Y": X (and Y, ``_clause_joined_after``)
            subject_end = end
            if " who " in text[comma.end() : end]:  # the cheap test first
                subject_end = _before_subjects_relative(text, comma.end(), end)
            units = self.subjects.units(comma.end(), subject_end)
            if len(units) == 1 and units[0].kind == "ROLE":
                prior = self._last_comma(content_start, comma.start())
                titled = self.subjects.units(prior.end(), comma.start()) if prior else []
                if len(titled) == 1 and titled[0].kind == "ROLE" and prior is not None:
                    comma, units = prior, titled + units  # "X, Deputy PM, FM said": one
                    # person's two titles
            if len(units) == 1 and units[0].low in lx.ROLE_NOUNS:
                return None  # "X, analyst says.": a standfirst's headline style, no one named
            if _noun_then_relative(units):
                return None  # "X, a move the government announced.": what was announced
            speaker = self.subjects.classify(units, content_start)  # "X, he said": not one
            # named in X
            if subject_end < end and _UNNAMED.search(text, subject_end, end) and units:
                noun = units[-1].text  # "the spokesman who asked not to be named": no one the
                speaker = Speaker(noun, fold(noun), "PERSON")  # text names (round 393)
            if speaker is None and len(units) == 1 and units[0].low == "it":
                speaker = self._itself(content_start, comma.start())
            if len(units) == 1 and units[0].low in ("he", "she"):
                speaker = (
                    self._praiser_opening(content_start, units[0].low)
                    or speaker
                    or self._person_itself(content_start, comma.start())
                )
            if speaker is None:
                return None
        elif (
            not _title_and_name_after(self.subjects, verb.end(), s_end)
            and (relative := self.subjects.relative_subject(s_start, comma.start())) is not None
        ):  # (a title and name after the verb are its subject: "X, which ..., would like Y,
            # said Foreign Minister Z", round 299)
            speaker, subject_start = relative  # "X, the ambassador, whose ..., says."
            cut = text.rfind(", ", content_start, subject_start)
            if cut < 0 or not _attribution_tail(rest, form, suffixed, spaced):
                return None
            return _Claim("reported", content_start, speaker, verb, form, s_start, end=cut)
        elif (
            not rest
            or (len(rest) <= _LONGEST_WEEKDAY and rest in lx.WEEKDAYS)  # not a long
            # tail hashed for each of a run-on sentence's verbs
            or (len(rest) <= _TIME_TAIL_LENGTH and _TIME_TAIL.fullmatch(rest) is not None)
            # "X, the MP, Y, said today.", "..., said last week.": a time (round 434)
            or _adjunct_tail(rest, form)
            or (form.lemma == "tell" and _addressee_then_participle(rest.split(None, 4)))
            or (
                form.lemma == "tell" and _attribution_tail(rest, form, suffixed, spaced)
            )  # "told ..."
        ) and (named := self._appositive_speaker(content_start, comma.start())):
            speaker, cut = named  # "X, the Minister of Foreign Affairs, Retno Marsudi, said."
            return _Claim("reported", content_start, speaker, verb, form, s_start, end=cut)
        else:
            if form.lemma == "tell" and " that " in rest:
                return None  # "X, an expert on Y, told NRK in an interview that Z": whom it
                # was told, then what: no inverted subject; the subject before speaks (round 376)
            if text[verb.end() + 1 : verb.end() + 2].isupper() and (  # the cheap test first
                _OWNED_SPEECH_OBJECT.match(text, verb.end())
            ):
                return None  # "X, Y, confirmed Z’s statement, saying ...": Z's words the
                # object, not Z the inverted subject
            if form.lemma in _DIRECTIVES and _CALLED_ON_TO.match(rest.partition(",")[0]):
                return None  # "The Minister of X, Y, urged the authorities to act": an object
                # and its infinitive, not an inverted subject
            if _name_then_participle_aside(text, content_start, comma.start()):
                return None  # "X, attending the forum, highlighted Y’s leadership": X's aside,
                # then X's verb and its object; no inverted subject (round 499)
            if _OBJECT_THEN_CLAUSE.match(rest) is not None:
                return None  # "A delegate, X, asked Y whether Z": whom, then what was asked;
                # no inverted subject, which ends its sentence or an adjunct follows
            named = self.subjects.named_after_title(verb.end(), s_end)
            if named is not None and (
                _adjunct_after_name(text[named[1] : s_end])
                or _participle_after_name(text, named[1])
            ):  # "..., said the President of X, Y, stressing Z": the participle Y's own
                # statement, or the reporter's aside (stfix145)
                return _Claim(
                    "reported", content_start, named[0], verb, form, s_start, end=comma.start()
                )
            speaker = self.subjects.after(verb.end(), s_end)
            if speaker is None or _unnamed_document(text, verb.end(), s_end):
                return None  # "X, said an official statement.": no issuer named
            tail = re.split(r"([,.;:])", _title_stops_dropped(rest), maxsplit=1)
            if (
                len(tail) > 1
                and not _joined_listed_verb(tail[0])
                and not (speaker.type == "PERSON" and _titled_name_ends(rest, speaker.name))
            ):
                following = tail[2].strip()
                if tail[1] == "," and following:
                    following = ", " + following  # "..., said the Minister, adding that ..."
                if _joined_clause_after_aside(following):
                    return _Claim("reported", content_start, speaker, verb, form, s_start)
                if (
                    not _attribution_tail(following, form)
                    and not _title_apposed(following)
                    and not _title_apposed_then_adjunct(following, form)
                    and not _office_of_body_apposed(following)
                    and (form.lemma == "tell" or not _about_the_speaker(following))
                ):  # ("told reporters, who ...": whom, not who)
                    return None
        return _Claim("reported", content_start, speaker, verb, form, s_start, end=comma.start())

    def _last_comma(self, start: int, end: int) -> re.Match[str] | None:
        """The last clause comma in the text's ``start:end``, from the text's clause commas
        listed once: sought back from each verb, a run-on sentence of thousands of verbs and
        no comma was read once a verb (their square). A clause comma's match starts at its
        comma, so the last two listed before ``end`` are the only ones ``end`` may cut. A
        range of a sentence's length is sought back by ``rfind``: listing every comma of the
        text cost each article 0.5% of finding (session 60), and a walk this short stays
        linear."""
        if end - start <= _COMMA_WALK:
            position = self.text.rfind(",", start, end)
            while position >= 0:
                comma = _COMMA_BEFORE.match(self.text, position, end)
                if comma is not None:
                    return comma
                position = self.text.rfind(",", start, position)
            return None
        if self.clause_commas is None:
            self.clause_commas = [found.start() for found in _COMMA_BEFORE.finditer(self.text)]
        index = bisect_left(self.clause_commas, end) - 1
        while index >= 0 and self.clause_commas[index] >= start:
            comma = _COMMA_BEFORE.match(self.text, self.clause_commas[index], end)
            if comma is not None:
                return comma
            index -= 1
        return None

    def _tail_marks(self, sentence: tuple[int, int]) -> _TailMarks:
        """The sentence's sign-offs and suffix commas, read again only for another sentence:
        each of thousands of verbs after commas looked for them in the rest of its sentence
        (88 KB of "'X' said 'it, " took 4.3 seconds, issue 17)."""
        cached = self.tail_marks
        if cached is not None and cached.sentence == sentence:
            return cached
        s_start, s_end = sentence
        self.tail_marks = _TailMarks(
            sentence,
            _positions(self.text, ("/.",), s_start, s_end),
            _positions(self.text, (", Jr", ", Sr"), s_start, s_end),
            _positions(self.text, (", ",), s_start, s_end),
        )
        return self.tail_marks

    def _remarks_maker(self, s_end: int) -> Speaker | None:
        """The person the next sentence says "made the remarks" ("Norland says X." then
        "Foreign Minister Y made the remarks in Z."): the one who spoke for the country or
        body the sentence before named."""
        text = self.text
        start = s_end + len(text[s_end : s_end + 4]) - len(text[s_end : s_end + 4].lstrip())
        end = text.find(".", start, start + 160)
        if end < 0 or text.find(" made th", start, end) < 0:  # the cheap test first
            return None
        made = _REMARKS_MADE.search(text, start, end)
        if made is None:
            return None
        speaker = self.subjects.before(start, made.start())
        return speaker if speaker is not None and speaker.type == "PERSON" else None

    def _relayed(self, sentence: tuple[int, int], close_at: int, tail_end: int) -> bool:
        """Whether a quotation's attribution is relayed by a source ('"...," X said, according
        to the agency.'): the outermost attribution is the source's, its statement the
        quotation with X's attribution, reported (rounds 21, 29, 211)."""
        if not self.has_according or self.text.find(" according to ", close_at, tail_end) < 0:
            return False  # its comma may stand inside the marks: ',” according to X'
        according = self._according_to(sentence[0], max(sentence[1], tail_end))
        return (
            according is not None
            and according.end > close_at
            and _OWN_CHANNEL.match(self.text, according.end) is None
        )

    def _according_cue(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds "according" or "As per" (the cheap test before
        ``_ACCORDING``'s search; "As per" sought only in a text holding it)."""
        return self.text.find("ccording ", start, end) >= 0 or (
            self.has_as_per and self.text.find("As per ", start, end) >= 0
        )

    def _according_opening(self, s_start: int, s_end: int) -> int:
        """Where the content of an "According to X, ..." opening the sentence starts (past
        the end when none opens it): a quotation further on is part of X's words, the
        outermost attribution's."""
        if not self.has_according or not self._according_cue(s_start, s_end):
            return s_end
        according = self._according_to(s_start, s_end)
        if according is None or according.end >= 0 or according.verb is not None:
            return s_end
        return according.start

    def _itself(self, start: int, end: int) -> Speaker | None:
        """The organisation opening a sentence that ends ", it said." when no organisation
        spoke before ("THE Egyptian foreign ministry summoned X ..., it said.": SOURCES,
        round 86): "it" stands for that subject."""
        start = dateline_end(self.text, start, end)  # "ABUJA (AFP) - - The bloc ...": past it
        units = self.subjects.units(start, end)[:_OPENING_BODY_WORDS]
        while units and not units[0].text[:1].isupper():
            units = units[1:]  # what a dateline left ("(usnew)—")
        head = next(
            (
                n
                for n, unit in enumerate(units)
                if unit.kind == "ORG" or (unit.kind == "WORD" and unit.low in lx.ORG_HEADS)
            ),
            None,
        )
        if head is not None and head + 1 < len(units) and units[head + 1].kind == "ORG":
            head += 1  # "The regional bloc ECOWAS on Saturday suspended X": the name apposed
        if head is None or head + 1 == len(units) or not units[head + 1].text.islower():
            return None  # no organisation then its verb
        speaker = self.subjects.classify(units[: head + 1], start)
        return speaker if speaker is not None and speaker.type == "ORG" else None

    def _praiser_opening(self, start: int, pronoun: str) -> Speaker | None:
        """The person whose words open with them praising or welcoming ('NATO chief X praised
        the US effort “to break the deadlock,” he said.'): "he" is that person, the sentence
        their own report of their attitude, not another's words about them; None if the
        person's gender is the pronoun's other one."""
        opening = self.subjects.person_opening(start)
        if opening is None or _PRAISED.match(self.text, opening[0].end) is None:
            return None
        speaker = opening[1]
        if self.subjects.cast.gender(speaker.key) == SKIPPED_BY[pronoun]:
            return None
        return speaker

    def _person_itself(self, start: int, end: int) -> Speaker | None:
        """The one person a sentence ending ", he said in an interview." names as its subject
        when no one was named before ("Norland's minister X will visit Y, he said"): "he"
        stands for that subject, as "it" for an organisation's."""
        units = self.subjects.units(start, end)
        persons = [n for n, unit in enumerate(units) if unit.kind == "PERSON"]
        if len(persons) != 1 or persons[0] + 1 == len(units):
            return None
        if not units[persons[0] + 1].text.islower():
            return None  # no person then its verb
        return self.subjects.classify([units[persons[0]]], start)

    def _according_to(self, s_start: int, s_end: int) -> _Claim | None:
        """ "According to X, Y" and "Y, according to X": a statement of X (not of a document)."""
        text = self.text
        if not self.has_according or (
            text.find("ccording ", s_start, s_end) < 0
            and text.find("statement ", s_start, s_end) < 0
            and text.find("As ", s_start, s_end) < 0
        ):
            return None  # the cheap tests: the pattern opening with \b is tried at every offset
        match = _ACCORDING.search(text, s_start, s_end)
        if match is None:
            return None
        if text.endswith("; ", s_start, match.start()):
            s_start = match.start()  # "...; According to X, Y": a clause that opens anew
        if _connective_only(text[dateline_end(text, s_start, match.start()) : match.start()]):
            if text.startswith(_OBJECT_PRONOUNS, match.end() + 1):  # the cheap test first
                bare_pronoun = self._according_to_pronoun(match.end() + 1, s_start, s_end)
                if bare_pronoun is not None:
                    return bare_pronoun
            comma = text.find(", ", match.end(), s_end)
            uncommaed = self._source_named_uncommaed(match.end(), s_start, s_end)
            if uncommaed is not None:
                return uncommaed
            if comma < 0:
                return self._according_to_issued_uncommaed(match.end(), s_start, s_end)
            relay = _RELAYING.search(text, match.end(), comma)  # "According to X citing Y,
            # Z": X relays Y, the outermost source speaks (Decisions: nested; round 625)
            source_end = comma if relay is None else relay.start()
            units = self.subjects.units(*_source_of_what(text, match.end(), source_end))
            if (
                issued_without_issuer(units) or _unnamed_report(units) or _outlets_report(units)
            ) and self._verbs_in(comma, _quotation_or_end(text, comma, s_end)):
                return None  # "According to a joint statement issued after the meeting, the
                # ministers emphasised X": a document, the ministers speak (round 282); with
                # no listed verb after it, its issuer is the one named before; "According to
                # the report, X urged Y": a channel, as "per the pool report" (round 355)
            speaker = self.subjects.classify(units, s_start)
            if speaker is None and len(units) > 3 and units[-1].low in _REPORT:
                speaker = _joint_sources(text, units[:-1])  # "According to Washington Post and
                # Reuters reports, X told Y": the two outlets' (round 576)
            named = (  # "According to Vieira, Lula made ...": Vieira is named, Lula is content;
                # "According to the White House, President X emphasized": the White House's
                self._named_after_role(comma + 2, s_end)
                if units and not any(u.kind == "PERSON" for u in units) and _names_role(units)
                else None
            )
            if named is None and _ends_in_role(units):  # "According to X's aide, Y, Z": Y's
                named = self._apposed_name(comma + 2, s_end)
            if named is not None:  # "According to Director of X, Sidharto R. Suryodipuro, Y"
                speaker, comma = named
            if speaker is None and len(units) > 1 and units[-1].low in _MEDIA_NOUNS:
                speaker = self._medium_named(units, s_start)
            if speaker is None and units and units[-1].text.isupper():
                speaker = self._initialled_source(units, s_start)
            if speaker is None and not self._respells_a_person(units):
                speaker = _unlisted_source(text, units)
            described = _SOURCE_DESCRIBED.match(text, comma + 2, s_end)  # "According to X, a
            # local news portal, Y": the aside describes X, Y is what X says (round 613)
            if speaker is None and described is not None and len(units) == 1:
                speaker = _numbered_outlet(units[0])  # "According to 021, a local portal"
            if speaker is None:
                return None
            aside = _PARTICIPLE_ASIDE.match(text, comma + 2, s_end) or described
            content = aside.end() if aside is not None else comma + 2  # "..., monitored by X,"
            if text.startswith(_RELATIVE_OPENERS, content):  # "According to X, which works in
                content = text.find(", ", content, s_end) + 2  # Y, Z": the aside is about X,
                if content < 2:  # Z is what X says; with no comma closing it, nothing is said
                    return None
            return _Claim("reported", content, speaker, None, None, -1)
        if text.endswith(_JOINT_BEFORE_ACCORDING, s_start, match.start()):
            return self._joined_according(match.end(), s_start, s_end)
        bare = False
        if text.endswith(", ", s_start, match.start()):
            cut = match.start() - 2
        elif (
            text.endswith(_QUOTATION_THEN_COMMA, s_start, match.start())
            and text[s_start] not in '"“'
        ):  # 'X said Y "...," according to a report', the mark kept; a quotation
            if _OWN_POST.match(text, match.end()) is not None:
                return None  # 'X dedicated it “...,” according to her post on Y': the
                # subject's own words, under its own verb (direct when unlisted; round 672)
            cut = match.start() - 1  # alone is direct, its speaker found as such
        elif _according_closes_sentence(text, s_start, match, s_end):
            return self._according_to_uncommaed(match, s_start, s_end)
        elif (
            text.startswith(" ", match.start() - 1)
            and len(text[s_start : match.start()].split(None, _BARE_CONTENT_WORDS))
            >= _BARE_CONTENT_WORDS  # not "That’s according to X" (_back_reference)
            and not _relative_clause_before(text, s_start, match.start())
        ):
            cut, bare = match.start() - 1, True  # "Y according to the Home Office, after Z":
            # no comma, so only a named source, checked below (round 327)
        else:
            return None
        s_start = _opened_sentences_before(text, s_start)
        stop = text.find(",", match.end(), s_end)
        stop = s_end if stop < 0 else stop
        colon = text.find(": ", match.end(), stop)  # 'according to the text: "..."'
        stop = colon if colon >= 0 else stop
        relative = _RELATIVE_AFTER.search(text, match.end(), stop)
        stop = relative.start() if relative else stop  # "the Minister who shared ..."
        stop = len(text[:stop].rstrip(_TRAILING))
        units = self.subjects.units(*_source_of_what(text, match.end(), stop))  # "Y, according
        # to what was reported by X": X's, as when it opens the sentence (round 598)
        named = (  # "..., according to Finnish Foreign Minister, Anna Holm, after X": hers
            self._named_after_role(stop + 2, s_end)
            if text.startswith(", ", stop)
            and not any(u.kind == "PERSON" for u in units)
            and _names_role(units)
            else None
        )
        if bare and not _named_source(units):
            return None  # "share it according to the plan": in accordance with, no source
        if _website_of(units):
            return None  # "Y, according to the website of the X Observatory": a body's pages,
            # a document, no speaker (Decisions; round 488, as round 459's "X's website")
        if _unnamed_report(units) and (self._verbs_in(s_start, cut) or _press_reports(units)):
            return None  # '"...," X said of it, according to the pool report.': X speaks, the
            # report is the channel, as "According to the report, X urged Y" (newuser42);
            # "Y, according to media reports.": the press's, no outlet named (round 424)
        speaker = named[0] if named is not None else _joint_sources(text, units)
        if speaker is None:
            speaker = self.subjects.classify(units, s_start)
        if speaker is None:
            speaker = _unlisted_source(text, units)
            if speaker is None:
                return None
        rest = _CONTINUED_PREDICATE.match(text, stop, s_end)
        predicate = rest.start(1) if rest is not None else -1
        if rest is None and text.startswith(_QUOTATION_AFTER_COMMA, stop):
            predicate = stop + 2  # 'X, who, according to Y, “retains Z.”': the predicate
            # quoted, Y's words; whole, it is direct (round 631)
        joined = text.rfind(", and ", s_start, match.start())  # "X, and the police, according
        subject = s_start if joined < 0 else joined + 6  # to Y, showed": the clause's subject
        if (
            predicate >= 0
            and not bare
            and relative is None
            and (
                len(text[subject : match.start()].split(None, 6)) <= 6
                or text.endswith(_RELATIVE_BEFORE_SOURCE, s_start, cut)
                or text.endswith(_CONJUNCTION_BEFORE_SOURCE, s_start, cut)
            )  # "the administration, which, according to X, allegedly ...": the relative
            # clause's predicate goes on after the source, X's words (round 512); "A marks a
            # shift and, according to X, could resemble B": the second predicate is X's, the
            # first the reporter's (round 602)
        ):
            # "Such a meeting, according to the official, was a demonstration of ...": what
            # follows the attribution is the content
            close = (
                -1 if rest is None else _relative_clause_close(text, s_start, cut, predicate, s_end)
            )
            return _Claim("reported", predicate, speaker, None, None, -1, end=close)
        content = dateline_end(text, s_start, cut)  # "(Agency) -- Y, according to X" (round
        # 315)
        where = text.rfind(", where ", content, cut)
        if where >= 0 and self._verbs_in(content, where):  # "X explained that Y in Z, where
            # the toll exceeds 600 according to the ministry": the place's clause is the
            # source's, what goes before it the listed verb's, ended there (round 671); with
            # no listed verb the whole sentence is the source's
            return _Claim("reported", where + 8, speaker, None, None, where, end=cut)
        return _Claim("reported", content, speaker, None, None, -1, end=cut)

    def _second_according(self, first_end: int, s_end: int) -> _Claim | None:
        """A second clause joined by ", and " after "A, according to X" and attributed the
        same way ("..., and B, according to the Israeli government"): its own statement, of
        its own source (round 400), else None."""
        text = self.text
        joined = text.find(", and ", first_end, s_end)
        if joined < 0 or text.find("ccording to ", joined, s_end) < 0:  # the cheap tests
            return None
        second = self._according_to(joined + 6, s_end)
        if second is None or second.end < 0 or second.start < joined + 6:
            return None
        return second

    def _according_after_semicolon(self, content: int, s_end: int) -> _Claim | None:
        """A second "according to Y, B" after a semicolon in the content of an "According to
        X, A" opening: a statement of its own, Y's, cut from A at the semicolon; else None."""
        semicolon = self.text.find("; ", content, s_end)
        if semicolon < 0 or not self.text.startswith(
            ("according to ", "According to "), semicolon + 2
        ):
            return None
        second = self._according_to(semicolon + 2, s_end)
        if second is None or second.end >= 0 or second.start <= semicolon:
            return None
        second.cut = semicolon
        return second

    def _initialled_source(self, units: list[Unit], position: int) -> Speaker | None:
        """ "According to the FT, Y" after "The Financial Times reports" (round 320): initials
        no one spelled out in brackets stand for the organisation named before with them."""
        if units[0].low == "the":
            units = units[1:]
        if len(units) != 1 or units[0].kind != "WORD" or not 2 <= len(units[0].text) <= 6:
            return None
        span = self.subjects.cast.organisation_by_initials(units[0].text, position)
        return None if span is None else self.subjects.cast.organisation(span)

    def _according_to_pronoun(self, source: int, s_start: int, s_end: int) -> _Claim | None:
        """ "According to him the two governments are pleased ...": a pronoun standing for
        the source with no comma after it, its clause right after; "her" only before a
        clause's first word, not a noun she owns ("According to her office, X")."""
        pronoun = _PRONOUN_THEN_CLAUSE.match(self.text, source, s_end)
        if pronoun is None:
            return None
        units = self.subjects.units(source, pronoun.end())
        speaker = self.subjects.classify(units, s_start)
        if speaker is None:
            return None
        return _Claim("reported", pronoun.end() + 1, speaker, None, None, -1)

    def _according_to_uncommaed(
        self, match: re.Match[str], s_start: int, s_end: int
    ) -> _Claim | None:
        """ "X is in Y according to a statement issued by Z." (round 323): the writer left out
        the comma, the attribution closing the sentence all the same; a person or a body
        speaks, not a plan or a law ("went according to plan")."""
        where = self.text.rfind(", where ", s_start, match.start())
        if where >= 0 and not self._verbs_in(s_start, where):
            where = -1
        if where < 0 and any(
            self.text.startswith(" that ", v.end()) for v in self._verbs_in(s_start, match.start())
        ):
            return None  # "X announced that he had reached a deal according to NATO": no comma
            # sets it apart from the listed verb's that-clause, which it ends; that verb's
            # subject speaks (round 637), not as in '"...," said X according to Y'
        stop = len(self.text[:s_end].rstrip(_TRAILING))
        speaker = self.subjects.classify(self.subjects.units(match.end(), stop), s_start)
        if speaker is None or speaker.type not in ("PERSON", "ORG"):
            return None
        if where >= 0:  # "X said that Y in Z, where the toll exceeds 600 according to the
            # ministry": the place's clause is the source's, Y the verb's, ended there
            return _Claim("reported", where + 8, speaker, None, None, where, end=match.start() - 1)
        s_start = _opened_sentences_before(self.text, s_start)
        content = dateline_end(self.text, s_start, match.start() - 1)
        return _Claim("reported", content, speaker, None, None, -1, end=match.start() - 1)

    def _source_named_uncommaed(self, source: int, s_start: int, s_end: int) -> _Claim | None:
        """ "According to the Department of Health this has placed Y" (round 472): a body or a
        person named whole, then with no comma a word that opens a clause; they speak it."""
        start = source + 1 + 4 * self.text.startswith(" the ", source)
        index = bisect_left(self.subjects.span_starts, start)
        if index == len(self.subjects.spans) or self.subjects.spans[index].start != start:
            return None
        span = self.subjects.spans[index]
        if span.type not in ("ORG", "PERSON", "ROLE") or span.end >= s_end:
            return None
        if _CLAUSE_OPENING_WORD.match(self.text, span.end) is None and not (
            span.type == "ROLE" and self.text.startswith(" the ", span.end)
        ):  # "According to the Minister the body will ...": a title alone, then a clause
            return None  # its article opens (round 575)
        speaker = self.subjects.classify(self.subjects.units(source, span.end), s_start)
        if speaker is None or speaker.type not in ("PERSON", "ORG"):
            return None
        return _Claim("reported", span.end + 1, speaker, None, None, -1)

    def _according_to_issued_uncommaed(
        self, source: int, s_start: int, s_end: int
    ) -> _Claim | None:
        """ "According to the statement X left at noon" (round 323): an issued text's noun
        with no comma after it, a capital opening its content; the issuer speaks."""
        bare = _ISSUED_SOURCE_UNCOMMAED.match(self.text, source, s_end)
        if bare is None:
            return None
        speaker = self.subjects.classify(self.subjects.units(source, bare.end()), s_start)
        if speaker is None:
            return None
        return _Claim("reported", bare.end() + 1, speaker, None, None, -1)

    def _medium_named(self, units: list[Unit], position: int) -> Speaker | None:
        """ "According to Japanese NHK broadcaster, Y" (round 296): a medium named between its
        country's word and the noun of its kind, which read whole name no one; the name alone
        does."""
        named = [u for u in units[:-1] if u.kind == "ORG"]
        if len(named) != 1 or any(u.kind == "PERSON" for u in units):
            return None
        return self.subjects.classify(named, position)

    def _joined_according(self, source: int, s_start: int, s_end: int) -> _Claim | None:
        """'X broke out, and according to Y, ballooned to Z': the predicate after the source
        set off by its comma is Y's (SOURCES, round 259); the subject before stays outside."""
        comma = self.text.find(", ", source, s_end)
        if comma < 0:
            return None
        units = self.subjects.units(source, comma)
        speaker = self.subjects.classify(units, s_start) or _unrecognised_source(self.text, units)
        return _Claim("reported", comma + 2, speaker, None, None, -1) if speaker else None

    def _respells_a_person(self, units: list[Unit]) -> bool:
        """Whether one unrecognised word respells the surname of a person the article names
        ("According to Kassis" of Ignazio Cassis): a person's name, not a source's."""
        if len(units) != 1:
            return False
        from difflib import SequenceMatcher  # few articles come here: not for every process

        word = units[0].low
        return any(
            SequenceMatcher(None, word, span.text.split()[-1].lower()).ratio() >= 0.75
            for span in self.subjects.spans
            if span.type == "PERSON"
        )

    def _appositive_speaker(self, start: int, comma: int) -> tuple[Speaker, int] | None:
        """ "..., the Indonesian Minister of Foreign Affairs, Retno Marsudi, said.": the
        person between the last two commas (after their role), and where the content ends."""
        before = self._last_comma(start, comma)
        units = self.subjects.units(before.end(), comma) if before is not None else []
        if before is not None and units and (_names_role(units) or _role_then_participle(units)):
            person = self._last_comma(start, before.start())  # "X, Peter Stano, the
            # lead spokesman for foreign affairs, said on Monday."
            named = self.subjects.units(person.end(), before.start()) if person else []
            if (
                person is not None
                and named
                and named[-1].kind == "PERSON"
                and all(u.kind == "ROLE" for u in named[:-1])
            ):  # "X, Ambassador Y, head of the mission, has said": titled as well
                speaker = self.subjects.cast.person(self.subjects.span_at(named[-1].start))
                return speaker, person.start()
        if before is None or len(units) != 1 or units[0].kind != "PERSON":
            return None
        speaker = self.subjects.cast.person(self.subjects.span_at(units[0].start))
        role = self._last_comma(start, before.start())
        role_units = self.subjects.units(role.end(), before.start()) if role is not None else []
        if role is not None and (
            any(u.kind == "ROLE" for u in role_units) or _ends_in_role(role_units)
        ):  # ", the ministry's spokesperson, Y, said": set off by commas on both sides
            return speaker, role.start()
        if _ends_in_role(self.subjects.units(max(start, before.start() - 40), before.start())):
            return None  # "X reinforced what the special advisor, Y, had said": the subject
        return speaker, before.start()

    def _named_after_role(self, start: int, s_end: int) -> tuple[Speaker, int] | None:
        """The person a role is followed by, up to the next comma ("Director of ASEAN
        Cooperation, Sidharto R. Suryodipuro in Jakarta Friday, ..."), and that comma."""
        comma = self.text.find(", ", start, s_end)
        units = self.subjects.units(start, comma) if comma > 0 else []
        name = list(itertools.takewhile(_name_part, units))
        if len(name) > 1 and len(name) == len(units):
            return None  # a name the recogniser missed or cut ("Sidharto R" of "R."), then
            # where or when it was said
        person = self._person_named(name)
        return (person, comma) if person is not None else None

    def _apposed_name(self, start: int, s_end: int) -> tuple[Speaker, int] | None:
        """The person a name set off by commas after a role names ("..., his aide, Ada Vey,
        ..."), recognised or not, and the comma after it."""
        comma = self.text.find(", ", start, s_end)
        units = self.subjects.units(start, comma) if comma > 0 else []
        if not 1 <= len(units) <= 3 or not all(map(_name_part, units)):
            return None
        person = self._person_named(units)
        return (person, comma) if person is not None else None

    def _person_named(self, name: list[Unit]) -> Speaker | None:
        """The person a name's units name: a mention, or capitalised words the recogniser
        missed."""
        if len(name) == 1 and name[0].kind == "PERSON":
            return self.subjects.cast.person(self.subjects.span_at(name[0].start))
        if len(name) < 2:
            return None
        text = self.text[name[0].start : name[-1].end]
        return self.subjects.cast.named_person(text)

    def _content_start(self, verb: re.Match[str], form: VerbForm, s_end: int) -> int | None:
        """Where a reported clause starts: after the verb and any "that", or after "that"
        when an addressee or adverbial stands between them."""
        text = self.text
        position = verb.end()
        if text.startswith(_TIME_CONJUNCTIONS, position) and _quoted_after_colon(
            text, position, min(s_end, position + _TIME_CLAUSE_REACH)
        ):
            return None  # 'said after the results were announced: “X”': when, then the
            # quotation, direct (round 415)
        particles = PARTICLES.get(form.lemma)
        if particles:
            particle = _PARTICLE.match(text, position)
            if (
                particle is not None
                and particle.group(1) == "on"
                and text[particle.end() + 1 : particle.end() + 2].isupper()  # the cheap test
            ):
                particle = _DATED_PARTICLE.match(text, particle.end()) or particle
            if particle is None or particle.group(1) not in particles:
                return None
            if particle.group(1) in ("on", "upon") and not _called_on_to(
                text, particle.end(), s_end
            ):
                return None  # "call on X to ...": "paid a courtesy call on X" says nothing,
                # nor "called on Prime Minister X at ... during their visit to ..." (a visit)
            position = particle.end()
        if form.lemma == "explain" and _TOPIC_BEFORE_QUOTATION.match(text, position, s_end):
            return None  # "explained the plan to X: “...”": the quotation is what was said
        if text.find(":", position, position + _SPEECH_KIND_REACH) >= 0 and (
            _SPEECH_KIND_QUOTED.match(text, position, s_end)
        ):  # the cheap test first
            return None  # "stressing his creed: “...”": the quotation is the content
        if form.lemma == "declare" and _DECLARED_ACT.match(text, position, s_end):
            return None  # "declaring the session open": an act of chairing, nothing said
        if form.lemma == "propose" and _PROPOSED_DOCUMENT.match(text, position, s_end):
            return None  # "proposed a ceasefire resolution tied to X": a document tabled,
            # the act of a vote's sponsor, not words said (round 404)
        if form.lemma == "tell" and _told_whom_then_quoted(text, position, s_end, self._find):
            return None  # "told a joint press event after the talks: “...”": whom, then quoted
        if (
            form.lemma == "tell"
            and s_end - position <= _TAIL_GLANCE
            and _addressee_only(text[position:s_end])
        ):  # a short rest only: not a run-on sentence's rest copied at each "told"
            return None  # '“...” X told the visiting official.': whom, the words quoted before
        if (
            text.startswith(_DEMONSTRATIVE_OBJECTS, position)  # the cheap test first
            and _STANCE_RESTATED.match(text, position) is not None
        ):
            return None  # "reaffirmed this stance, saying X": the stance told before (round 336)
        if form.lemma == "ask" and text.startswith(_QUESTION_OBJECTS, position):
            return None  # "asked a question about X": a kind of speech and its topic, no
            # content (GUIDELINES Decisions; round 395)
        if (
            form.lemma == "explain"
            and (
                text.startswith(_TOPIC_OPENINGS, position)
                or _OWNER_OPENING.match(text, position) is not None
            )
            and _explained_topic(text, position, s_end)
        ):
            return None  # "Explaining the importance of the deal, X said Y": what about, not
            # what was explained (round 394); "explained Beijing’s stance on Y" (round 401)
        if form.lemma in _RESTATING and _attitude_object(text, position):
            return None  # "reiterated his appreciation of X": an attitude restated, as
            # "expressed appreciation" is one (round 293)
        if (
            form.lemma in _POINTING
            and text.startswith(" its ", position)  # the cheap tests first
            and _OWN_STANDING.match(text, position, s_end) is not None
            and _event_subject(text, verb.start())
        ):
            return None  # "the summit underscored its expanding relevance": an event showing
            # its own weight, the reporter's reading, no one's words (round 607)
        if form.lemma in _POINTING and _STANCE_OWNED.match(text, position, s_end) is not None:
            return None  # "stressed the UN’s position, saying: “...”": a position named by
            # its owner alone, no content (GUIDELINES Decisions; round 606)
        if form.lemma in _RESTATING and _STANCE_ON_TOPIC.match(text, position, s_end):
            return None  # "reaffirmed their joint stance on the dam": a position and its
            # topic, no content (GUIDELINES Decisions: "expressing their views on X"; round
            # 592); not "reiterated its stance on rejecting X", which says what it is
        if form.lemma == "remark" and _remarked_on_topic(text, position, s_end):
            return None  # "remarked on the anguish in the region, asserting that X": what
            # about, no content (GUIDELINES Decisions: "expressing their views on X")
        governed = False  # a preposition's object in lower case ("warned of delays"), its
        # "that" a relative's; not a date ("insisted on Monday that X")
        if form.lemma == "insist" and text.startswith(" on ", position):
            position += 3  # "insisted on X": X, as "called for X" (the set's precedent)
            governed = text[position + 1 : position + 2].islower()
        elif form.lemma == "warn" and text.startswith(" of ", position):
            position += 3  # "warned of X": X likewise (10 of the dev set's 14; round 608)
            governed = text[position + 1 : position + 2].islower()
        elif form.lemma == "urge" and text.startswith(" for ", position):
            position += 4  # "urged for X": X, as "called for X" (the set's "urged for X")
            governed = text[position + 1 : position + 2].islower()  # (round 678)
        if form.lemma == "express" and text.startswith(", ", position):
            position += 2  # "X expressed, the Chinese side follows ...": a readout's clause
        elif form.lemma == "express" and text.startswith(" that ", position):
            position += 6  # "He expressed that he wants ...": the clause itself expressed
        elif (
            form.lemma == "express"
            and text.startswith(" to ", position)  # the cheap test first
            and (told := _EXPRESSED_TO.match(text, position, s_end)) is not None
        ):
            position = told.end()  # "expressed to AFP that X": X, as "told AFP that X" is
            # (round 617)
        elif (
            form.lemma == "share"
            and text.startswith(_SHARED_WHERE, position)
            and text.find("that", position, s_end) >= 0  # the cheap tests first
            and (up_to := _UP_TO_THAT.match(text, position, s_end)) is not None
            and up_to.group(1).split()[-1] in _SHARED_CHANNELS
            and self._may_stand_before_that(up_to.group(1), form)
        ):  # "shared on his social media account that X": where, then X (round 398); not
            # "shared on X a post that ...", a relative clause
            position = up_to.end()
        elif form.lemma in ("express", "share"):
            object_end = self._content_object(position, form, s_end)
            if object_end is None:
                return None
            that = _THAT.match(text, object_end, s_end)
            if that is None and _occasion_after(text, object_end, s_end):
                return None  # "expressed their commitment during the meeting": what of, untold
            position = that.end() if that else position
        elif form.lemma == "ask" and (whom := _ASKED_WHOM_WHETHER.match(text, position, s_end)):
            position = whom.end()  # "asked Y whether X": X, after whom it was asked (as
            # "told reporters that X")
        elif (mark := _THAT_OR_MARK.match(text, position, s_end)) is not None:
            position = mark.end()
        elif form.lemma in ("say", "add") and text.startswith(" the fact that ", position):
            pass  # "said the fact that X was Y": the clause's subject, said whole (newuser42)
        elif (
            that_after := self._find("that", position, s_end) >= 0  # the cheap test first
        ) and (when_clause := _when_then_clause(text, position, s_end)) is not None:
            position = when_clause  # "said last week he had hope that X": his own clause
        elif (
            that_after
            and (up_to := _UP_TO_THAT.match(text, position, s_end)) is not None
            and self._may_stand_before_that(up_to.group(1), form)
            and not (governed and not _names_opinion(up_to.group(1)))
        ):  # not "warned of delays that could cost X": the delays' relative clause, inside
            # the object said (stfix150, stfix152); but "warned of his belief that X": X
            position = up_to.end()
            time_that = (
                _TIME_THEN_THAT.match(text, position, s_end)
                if text.startswith(_DEMONSTRATIVE_TIMES, position)  # the cheap test first
                else None
            )
            if time_that is not None:  # "that same day that X": X
                position = time_that.end()
        elif (
            text.startswith(" in ", position)  # the cheap test first
            and (issued := _IN_STATEMENT_THEN_CLAUSE.match(text, position, s_end)) is not None
        ):
            position = issued.end()  # "said in a joint statement they recommended X": where,
            # then what, no "that" between (round 427)
        elif (
            text.startswith(" on ", position)  # the cheap test first
            and (dated := _DATE_SET_OFF.match(text, position, s_end)) is not None
        ):
            position = dated.end()  # "announced on Sunday, October 12, a mobilisation": when,
            # set off by commas, then what (stfix157)
        elif (when := _WHEN_SAID.match(text, position, s_end)) is not None:
            position = _past_platform(text, when.end(), s_end)  # "announced last month his
            # government had signed", "said Monday on X he had spoken"
        elif form.lemma == "tell" and (whom := _TOLD_WHOM.match(text, position, s_end)):
            position = whom.end()  # "told media he was ...": the clause after whom (round 326)
        elif form.lemma == "tell" and (whom := _TOLD_WHOM_WHERE.match(text, position, s_end)):
            position = whom.end()  # "told reporters at a briefing the deal ..." (newuser42)
        elif text.startswith(" on ", position):
            position = _past_platform(text, position, s_end)  # "said on X the leaders ..."
            # (newuser42), "said on social media July 26 he ..." (newuser43)
        position = _after_as_clause(text, verb.start(), position, s_end)
        while position < s_end and text[position] in " ,":
            position += 1
        if _CONTENT_CHARACTER.search(text, position, s_end) is None:
            return None  # only marks left (not a slice of the sentence's rest to strip)
        if text.startswith(("this", "so", "the s"), position) and _PRONOUN_OBJECT.match(
            text, position, s_end
        ):
            return None  # "has said this at a briefing", "said so": what was said is elsewhere
        if text.startswith(("at ", "during ", "in "), position) and not text.endswith(
            "that ", 0, position
        ):  # "said that during the meeting they discussed X": a clause after "that" is said
            colon = text.find(": ", position, s_end)
            if colon >= 0 and _OCCASION_ONLY.fullmatch(text, position, colon):
                return colon + 2  # "said at a session of the committee: X": X
            end = len(text[:s_end].rstrip(_TRAILING))
            if _OCCASION_ONLY.fullmatch(text, position, end) and not _clause_after_occasion(
                text[position:end]
            ):
                return None  # "remarked at a press briefing held in Beijing.": where, not what
        if (
            text.startswith(_SPEECH_BY_STARTS, position)
            and (speech_by := _SPEECH_BY.match(text, position, s_end)) is not None
            and text.find(" that ", position, s_end) < 0
            and _AUXILIARY.search(speech_by.group()) is None  # "the issues raised by X must be"
        ):
            return None  # "recalled statements by X": whose words, not what they said
        if text[position : position + 1].isupper() and _owned_speech_only(text, position, s_end):
            return None  # "confirmed Z’s statement, saying ...": whose words, not what
        if (
            form.lemma == "confirm"
            and text[position : position + 1].isupper()
            and self._person_then_as(position)
        ):
            return None  # "the Senate confirmed X as ambassador": an appointment approved
            # (round 466)
        if (
            form.lemma in _PROPOSING
            and text.startswith(_QUANTIFIERS, position)
            and _TOPICS_ONLY.match(text, position, s_end)
        ):
            return None  # "suggested several topics that should be raised": what about, not
            # what was proposed
        if (
            text[position] in "hit"
            and text.startswith(_OWN_SPEECH_STARTS, position)
            and _OWN_SPEECH_ONLY.match(text, position, s_end)
        ):
            return None  # "recalls his statement of 9 May, and urges X": which, not what (a
            # character test first: his, her, its, their)
        return position

    def _person_then_as(self, position: int) -> bool:
        """Whether a person's name starts at ``position`` and "as" follows it ("confirmed X as
        the next ambassador"): the person confirmed in an office, no clause."""
        spans = self.subjects.spans
        index = bisect_left(self.subjects.span_starts, position)
        if index == len(spans) or spans[index].start != position:
            return False
        return spans[index].type == "PERSON" and self.text.startswith(" as ", spans[index].end)

    def _content_object(self, position: int, form: VerbForm, s_end: int) -> int | None:
        """ "expressed his hope", "shared their perspectives": the end of an object that makes
        the verb a statement, or None ("expressed thanks", "share a border")."""
        start = position
        for _ in range(_OBJECT_WORDS):  # "expressed the Slovak OSCE Chairmanship's willingness"
            word = _WORDS_AHEAD.match(self.text, position, s_end)
            if word is None:
                return None
            position = word.end()
            low = word.group(1).lower()
            if form.lemma == "express" and low in lx.EXPRESSED_CONTENT:
                return position
            if (
                form.lemma == "express"
                and low in lx.EXPRESSED_FEELINGS
                and _CONTENT_CLAUSE_AFTER.match(self.text, position) is not None
            ):
                return position  # "expressed anger they had been shut out of talks"
            if (
                form.lemma == "express"
                and low in lx.EXPRESSED_CONCERNS
                and _CONCERN_TOPIC_AFTER.match(self.text, position) is not None
            ):
                return position  # "expressed deep alarm over the fighting": a concern's kin
                # with what it is about (round 678; "expressed alarm." alone an attitude)
            if (
                form.lemma == "express"
                and low in lx.EXPRESSED_OPINIONS
                and self.text.startswith(" that ", position)
            ):
                return position  # "expressed his idea that X"
            if (
                form.lemma == "express"
                and low in lx.EXPRESSED_ATTITUDES
                and not _attitude_and_content(self.text, position)
            ):
                return None  # "expressed appreciation for their support": an attitude
            if form.lemma == "share" and low == "that":
                if _demonstrative_that(self.text, position, s_end):
                    return None  # "shared the highlights of that meeting": no clause follows
                if _thing_shared(self.text[start : word.start()]):
                    return None  # "sharing the difficulties that X faces": a relative clause
                return word.start()
            if form.lemma == "share" and low in ("and", "or"):
                after = _WORDS_AHEAD.match(self.text, position, s_end)
                if after is not None and _SHARED_CONTENT.match(after.group(1).lower()):
                    return None  # "shared medical supplies and experience": things first,
                    # and what is shared with them is no statement ("sharing diverse and
                    # practical perspectives" is)
            if form.lemma == "share" and _SHARED_CONTENT.match(low):
                if _ON_A_TOPIC.match(self.text, position, s_end) or _topic_then_participle(
                    self.text, position, s_end
                ):
                    return None  # "shared Pakistan's perspective on regional issues", "sharing
                    # experiences with local governments": what kind of speech, on what or
                    # with whom, not what was said
                return position
        return None

    def _may_stand_before_that(self, words: str, form: VerbForm) -> bool:
        verbs_read = _NOUN_STATES.sub("", words) if "states" in words else words  # "of the
        # member states, that X": a noun, no verb of its own before "that" (round 392)
        if holds_listed_verb(verbs_read) and holds_listed_verb(_NOUN_OF_SPEECH.sub("", verbs_read)):
            return False  # "underscored the importance ... and thus said that": said's "that";
            # not "said in an advisory note that": a noun after its article (round 446)
        if _joined_past(words, 0, len(words)):
            return False  # "reaffirmed the ties ... and assured that": assured's
        if form.lemma in lx.ADDRESSED_LEMMAS:
            return True  # "told the Ambassador, Mr. X, last Thursday that": an addressee
        if form.lemma in _DIRECTIVES and " to " in f" {words}":
            return False  # "urged them not to act in any way that ...": the infinitive's "that"
        if all(w in lx.ADVERBS or (w.endswith("ly") and len(w) > 4) for w in words.split()):
            return True  # "said recently that", "noted explicitly that": adverbs only
        if _BARE_DATE.fullmatch(words):
            return True  # "announced March 13 that", "said 5 May that": when (newuser47)
        if _EARLY_OR_LATE_DAY.fullmatch(words):
            return True  # "announced early Thursday that": when (round 612)
        if _THIS_PERIOD.fullmatch(words):
            return True  # "said this week that": when, "this" no object (round 624)
        if _AS_AN_ALTERNATIVE.fullmatch(words):
            return True  # "proposed as an alternative that", "suggested instead that": how,
            # no object (round 673)
        if "," in words and words.split()[0].lower() not in lx.ADJUNCT_STARTS:
            return False
        if "," in words and _SUMMARY_APPOSED.search(words) is not None:
            return False  # "insisted on X, a position that angered Y": the reporter's relative
            # clause on a noun summing X up, no opinion's "that" (round 567)
        if _that_in_open_adjunct(words):
            return False
        first = words.split()[0].lower()
        if first == "to" and _infinitive_after_to(words):
            return False  # "vowed to hold X accountable after clashes that left Y": the
            # infinitive's object and the reporter's relative "that" (round 623)
        if first in lx.ADDRESSEE_STARTS:
            return True
        if first == "by" and form.lemma == "say":
            return True  # "was quoted as saying by local media ahead of his visit that X": who
            # carried the words, then when (round 331)
        return _names_opinion(words)

    def _own_that_clause(self, verb: re.Match[str], form: VerbForm, s_end: int) -> bool:
        """Whether a verb joined by "and" reports a "that" clause of its own after an opinion
        it restates ("said X and reiterated the stance of its minister that Y"): the main
        clause's second verb, not a verb inside the first one's content."""
        text = self.text
        if text.find(" that", verb.end(), min(s_end, verb.end() + 80)) < 0:
            return False  # the cheap test first
        up_to = _UP_TO_THAT.match(text, verb.end(), s_end)
        return up_to is not None and _names_opinion(up_to.group(1))

    # -- output -------------------------------------------------------------------------------

    def _carried_over(self, claim: _Claim, end: int) -> int:
        """Where a directive's statement ends when the page broke its sentence over two
        paragraphs ("urged the ministry and the envoys" then "to continue their work.", round
        111): a span crosses no break, so it is the infinitive after it (``claim`` starts
        there), or ``end`` as it was."""
        if claim.form is None or claim.form.lemma not in _DIRECTIVES:
            return end
        opening = len(self.text) - len(self.text[end:].lstrip())
        if not self.text.startswith("to ", opening):
            return end
        stop = self.text.find("\n", opening)
        stop = len(self.text) if stop < 0 else stop
        sentence_end = self.text.find(". ", opening, stop)
        claim.start = opening
        return len(self.text[: stop if sentence_end < 0 else sentence_end].rstrip(_TRAILING))

    def _before_quoted_after(self, start: int, end: int) -> int:
        """Where a reported clause ends before a quotation inside it that has its own
        attribution after it ('X stated that A, "B," he said.'): at the quotation, before
        the "and" or "but" joining it ('A, and "B," she added'), or before the joint of a
        verb of its own that introduces it ('X declared A, and said, "B"')."""
        for found in reversed(self.found):
            if found.kind == "direct" and start < found.start < end and found.position > found.end:
                joint = _JOINT_BEFORE_QUOTATION.search(
                    self.text, max(start, found.start - 8), found.start - 1
                )
                return found.start - 1 if joint is None else joint.start()
            if found.kind == "direct" and start < found.position < found.start < end:
                joint_at = _coordination_before(self.text, start, found.position)
                if joint_at >= 0:
                    return joint_at
            if found.start < start:
                break
        return end

    def _before_other_persons_clause(self, claim: _Claim, end: int) -> int:
        """ "X stressed A, while Y defended B" (round 299), "X proposed A and US President Y
        threatened B" (newuser43): a clause of another named person doing something of their
        own is the reporter's, which ends X's; "while prices fell" may be X's own point, and
        Y's listed verb is ``_contrasted``'s. Not "According to X, A while Y did B" nor "A and
        Y did B, X said": the attribution gives X the whole sentence."""
        if claim.verb is None or claim.verb.start() > claim.start:
            return end
        text = self.text
        joint = text.find(", while ", claim.start, end)
        if joint >= 0 and self._other_person_acts(claim, joint + 8):
            return joint
        joint = text.find(" and ", claim.start, joint if joint >= 0 else end)
        urged = claim.form is not None and claim.form.lemma in _INFINITIVE_DIRECTIVES
        while joint >= 0:
            if urged and _PRONOUN_THEN_PAST.match(text, joint + 5):
                return joint  # "urged them to stop, and they agreed to meet": a clause, no
                # infinitive of what was urged
            if self._other_person_acts(claim, joint + 5) and not self.subjects.ends_in_person(
                claim.start, joint
            ):  # not "he and Y talked", one subject
                return joint
            joint = text.find(" and ", joint + 5, end)
        return end

    def _other_person_acts(self, claim: _Claim, start: int) -> bool:
        """Whether a person other than ``claim``'s speaker, named from ``start`` (titled too:
        "US President Y"), is the subject of a past tense."""
        if not self.text[start : start + 1].isupper():
            return False  # the cheap test first: a capital letter opens a name
        opening = self.subjects.person_opening(start)
        return (
            opening is not None
            and _PAST_AFTER_NAME.match(self.text, opening[0].end) is not None
            and opening[1].key != claim.speaker.key
        )

    def _said_then_listed_past(
        self, open_claim: _Claim, form: VerbForm, verb: re.Match[str]
    ) -> bool:
        """ "said that rising seas posed X and underscored Y": a listed past tense joined by
        "and" to a said-clause whose subject cannot speak is the speaker's second statement
        (round 350), as the dev set reads "she said X and underscored Y"."""
        first = open_claim.form
        return (
            first is not None
            and first.lemma in ("say", "tell")
            and verb.group() == form.past
            and self.text.endswith(" and ", 0, verb.start())
            and not self._may_speak_inside(open_claim.start, verb.start() - 5)
        )

    def _may_speak_inside(self, start: int, joint: int) -> bool:
        """Whether the said-clause at ``start`` opens with a subject that may be a listed
        past tense's after ``joint``: a pronoun, a person or title, a plural noun phrase, or a
        body or place whose own verb is past."""
        text = self.text
        words = text[start:joint].split(" ", 3)
        first = words[0].lower()
        if first in _SUBJECT_PRONOUNS or first in ("we", "i", "it"):
            return True
        opening = start + 4 if first == "the" else start
        subjects = self.subjects
        index = bisect_left(subjects.span_starts, opening)
        if index < len(subjects.spans) and subjects.spans[index].start == opening:
            span = subjects.spans[index]
            if span.type in ("PERSON", "ROLE"):
                return True
            verb = text[span.end : joint].split(" ", 2)
            return len(verb) > 1 and (verb[1].endswith("ed") or verb[1] in ("was", "were", "had"))
        return first == "the" and any(w.endswith("s") and w not in _NOT_PLURALS for w in words[1:3])

    def _emit(self, claim: _Claim, end: int, remember: bool = True) -> None:
        text = self.text
        if claim.kind != "direct":
            clause = _REPORTER_CLAUSE.search(text, claim.start, end)
            if text.find(" a move ", claim.start, end) >= 0:  # the cheap test first
                dashed = _DASHED_REPORTER_CLAUSE.search(text, claim.start, end)
                if dashed is not None and (clause is None or dashed.start() < clause.start()):
                    clause = dashed  # the first of them
            if clause is not None and (claim.verb is None or claim.verb.start() < end):
                # the reporter's own clause ends it; one before an attribution after the
                # content is the speaker's ("X, but it was useful, said Y")
                end = clause.start()
            if claim.verb is not None and claim.verb.start() < claim.start:
                attitude = _ATTITUDE_JOINED.search(text, claim.start, end)
                if attitude is not None:  # "said A and praised B": the speaker's own act, an
                    end = attitude.start()  # attitude (Decisions), after the content (round 672)
            if text.find(" statement ", max(claim.start, end - _STATEMENT_BY_REACH), end) >= 0:
                end = self._before_persons_statement(claim, end)  # (the cheap test first)
            comma = text.find(",", claim.start, end)  # ', describing' and ',” describing'
            if comma < 0:
                comma = text.find(" — ", claim.start, end)  # "X — calling them "...""
            aside = (  # the cheap test first: each of its participles ends in "ing"
                _unlisted_participle(text, comma, end)
                if comma >= 0 and text.find("ing", comma, end) >= 0
                else None
            )
            if aside is not None:  # "X, accusing Israel of ...": the participle's own words
                end = aside.start() + (2 if text[aside.start() + 1] in '”"' else 0)
            elif comma >= 0 and text.find(", which ", comma, end) >= 0:  # the cheap test first
                end = _before_relative_characterising(text, comma, end)
            end = _before_second_predicate(text, claim, end)
            end = self._before_other_persons_clause(claim, end)
            link = text.find(" http", claim.start, end)
            if link >= 0 and text.startswith(("s://", "://"), link + 5):
                end = link  # "X explained that Y https://...": a link after it, no speech
                # (round 330)
            during = text.find(" during ", claim.start, end)  # the cheap test first
            if during >= 0 and (own := _OWN_OCCASION.match(text, during, end)) is not None:
                end = own.start()  # "called for X during his keynote speech at the forum":
                # the speaker's own occasion, where it was said, no content (session 58)
            via = text.find(" via ", claim.start, end)  # the cheap test first
            if via >= 0 and (channel := _VIA_OWN_CHANNEL.match(text, via, end)) is not None:
                end = channel.start()  # "announced the summit via his Truth Social platform":
                # the speaker's own channel, how it was said, no content (stfix152)
            if text.find("Photo", claim.start, end) >= 0:  # the cheap test first
                claim.start, end = _photo_credit_left_out(text, claim.start, end)
            said = text[claim.start : end]  # one copy: ``in`` parses no bounds
            if '"' in said or "“" in said:
                end = self._before_quoted_after(claim.start, end)
            source = (
                _SOURCE_CLAUSE.search(text, claim.start, end)
                if _ends_in_source_verb(text, claim.start, end)
                else None
            )
            if source is not None:
                end = source.start()
            if _object_closed_by_time(text, claim, end):
                end = _before_object_time(text, claim.start, end)
            while end > claim.start and text[end - 1] in _TRAILING:
                end -= 1
            if '"' in said or "“" in said or "”" in said:  # the cheap test first
                end = _quotation_closed(text, claim.start, end)
            if text[end : end + 1] == "\n" and claim.form is not None:  # the cheap test first
                end = self._carried_over(claim, end)
        if end <= claim.start:
            return
        if claim.kind != "direct" and not text[claim.start : end].strip(_ELLIPSIS_ONLY):
            return  # "Minister X says…": a teaser's ellipsis, no content (stfix152)
        if (
            claim.kind != "direct"
            and (text[claim.start : end] in _NAMES_NO_CONTENT or text[claim.start : end] in FORMS)
            and not (
                text.endswith(" that ", 0, claim.start)
                and text[claim.start : end] in _CLAUSE_SUBJECT_PRONOUNS
            )
        ):  # "said the following:": what follows says it (SOURCES, round 259); "noted
            # saying,\n“...”": the quotation under the participle says it (round 292); but
            # "confirmed that it" cut off by the stored text: the pronoun opens the clause
            # "that" introduces, its subject, no object standing for the content (stfix144)
            return
        if (
            claim.kind != "direct"
            and end - claim.start < _OCCASION_SPAN
            and text.startswith(("in ", "at ", "during "), claim.start)
            and _OCCASION_ONLY.fullmatch(text, claim.start, end) is not None
        ):
            return  # "said in a post.", "said in a statement, without giving details": where
            # it was said, what the tail cut off left, no content (rounds 502, 40)
        if (
            claim.kind != "direct"
            and end - claim.start < 40
            and (
                text[end : end + 1] != ","
                or (
                    claim.form is not None
                    and claim.form.lemma != "say"
                    and (
                        _listed_participle_after(text, end, text[end + 2 : end + _PARTICIPLE_CHARS])
                        or _UNLISTED_PARTICIPLE_AFTER_COMMA.match(text, end) is not None
                    )
                )
            )
            and _only_names_an_act(text[claim.start : end])
        ):  # "announced the decision", "The decision was announced by X" (round 367); one cut
            return  # before a comma ("these results, though positive, ...") says more, nor
            # one before a participle's own statement ("confirmed the decision, saying X"),
            # unless "said" makes the act the subject of a clause ("said the plan, proposing
            # X, had been ...")
        if (
            claim.kind != "direct"
            and claim.form is not None
            and claim.form.lemma in _MADE_KNOWN
            and text.find("details ", claim.start, claim.start + _DETAILS_REACH) >= 0
            and not text.endswith(("that ", ", ", ": "), 0, claim.start)  # its object, no
            # clause ("announced that details of X would follow")
            and _DETAILS_OF.match(text, claim.start) is not None
        ):
            return  # "announced details of the €109 billion in investments", "sharing further
            # details of the agreement": what was made known named by its topic, no content
            # (GUIDELINES Decisions: an object that only names a kind of speech; round 645)
        if (
            claim.kind != "direct"
            and end - claim.start < _ACT_OF_SPAN
            and _ACT_OF.match(text, claim.start) is not None
            and _no_clause(text[claim.start : end])
        ):
            return  # "confirmed the results of the elections of September 28, 2025",
            # "announced the decisions of the Council meeting": whose act, no content (round 608)
        if (
            claim.kind != "direct"
            and text.startswith("this ", claim.start)
            and text[claim.start + 5 : claim.start + 13].partition(" ")[0]
            in _DEMONSTRATIVE_ADJUNCTS
        ):
            return  # "Gbassa said this through his Chief Staff Officer": "this" points back at
            # what was said, an adjunct follows, no content (round 490)
        if (
            claim.kind != "direct"
            and end - claim.start <= _TIME_TAIL_LENGTH
            and _TIME_TAIL.fullmatch(text, claim.start, end) is not None
        ):
            return  # "an issue the government announced last Sunday": only when, the verb's
            # object before it (round 589)
        if (
            claim.kind != "direct"
            and text.endswith("ly", claim.start, end)
            and text[claim.start].islower()
            and text.find(" ", claim.start, end) < 0
        ):
            return  # "warned explicitly, saying, “...”": how it was said, its content the
            # participle's quotation (round 587)
        if (
            end - claim.start < 4
            and claim.kind != "direct"
            and text[claim.start : end] in _ARTICLES
        ):
            return  # "She said the" and the stored text cut off: nothing of what was said
            # survives (round 365)
        start = claim.start
        kind = "direct" if claim.kind == "direct" else "reported"
        if kind == "reported" and _one_quotation(text, start, end):
            kind, start, end = "direct", start + 1, end - 1  # the quotation its whole content
        speaker = claim.speaker
        verb, past = "according to", "said"
        if claim.verb is not None and claim.form is not None:
            verb, past = claim.verb.group(), claim.form.past
            particle = (
                _PARTICLE.match(text, claim.verb.end()) if claim.form.lemma in PARTICLES else None
            )
            if particle is not None:
                verb = text[claim.verb.start() : particle.end()]
                past = f"{past} {particle.group(1)}"
        elif claim.kind == "direct":
            verb = ""
        position = claim.verb.start() if claim.verb else start
        self.found.append(_new_found(_Found, (position, start, end, kind, speaker, verb, past)))
        if kind == "reported":
            self.reported_at.add(position)
        if remember:
            self.subjects.remember(speaker, position, (start, end))
        if claim.verb is not None and (
            _IN_A_STATEMENT.match(text, claim.verb.end())
            or (
                claim.form is not None
                and claim.form.participle
                and _statement_before(text, claim.verb.start())
            )
        ):
            self.subjects.last_document = speaker  # "The statement added ..." is theirs, as
            # after "described it in a statement saying that X" (round 425)
        elif kind == "direct" and _statement_in_tail(text, end):
            self.subjects.last_document = speaker  # '“X,” Y wrote in a statement.' (round 405)
        elif claim.verb is not None and _document_fronted(text, claim.verb.start()):
            self.subjects.last_document = speaker  # "In the communique, X said A. ... the
            # communique added" (round 575)

    def _before_persons_statement(self, claim: _Claim, end: int) -> int:
        """Where a reported clause ends that closes on the statement it was made in, issued by
        a person ("The ministry confirmed that X in a statement by Minister Y"): before that
        adjunct, the person the speaker, as "a statement by the Press Office" makes its issuer
        one (round 649); ``end`` unchanged for a body's statement or a person's subject."""
        if claim.speaker.type == "PERSON":
            return end
        issued = _STATEMENT_BY_ISSUER.search(
            self.text, max(claim.start, end - _STATEMENT_BY_REACH), end
        )
        if issued is None:
            return end
        name = self.text[issued.end() : end].rstrip(_TRAILING)
        if len(name.split()) > _NAME_AND_TITLE_WORDS:
            return end
        person = self.subjects.person_ending_at(issued.end() + len(name))
        if person is None:
            return end
        claim.speaker = person
        return issued.start()


def _one_quotation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one quotation in curly marks, whole (a reported clause
    cut before a second verb: 'According to X, “A” – he asked B'): direct, as the Decisions
    read a quotation that is the whole content."""
    return (
        end - start > 2
        and text[start] == "“"
        and text[end - 1] == "”"
        and text.find("”", start, end - 1) < 0
        and text.find("“", start + 1, end) < 0
    )


def _no_attributing_verb(text: str, start: int, verb: re.Match[str]) -> bool:
    """Whether the first listed form after a quotation attributes nothing: an agentless
    passive in an adjunct clause ("after the results were announced"), a noun after its
    determiner ("backed the request") or a verb listed only with its particle, without it
    ('"X" as Y have called the trial, Z wrote': "call" is listed as "call for", "call on")."""
    if text.endswith(_NOUN_DETERMINERS, max(start, verb.start() - 6), verb.start()):
        return True
    particles = PARTICLES.get(FORMS[verb.group()].lemma)
    if particles is not None:
        particle = _PARTICLE.match(text, verb.end())
        if particle is None or particle.group(1) not in particles:
            return True
    if _ADJUNCT_PASSIVE.search(text, start, verb.start()) is None:
        return False
    return not text.startswith(" by ", verb.end())


def _statement_before(text: str, start: int) -> bool:
    """Whether a participle starting at ``start`` follows the statement it is said in ("X
    described the arrest in a statement saying that Y"): X's statement, "the statement" after."""
    before = text[max(0, start - _STATEMENT_BEFORE_REACH) : start]
    return "statement" in before and _STATEMENT_BEFORE.search(before) is not None


def _document_fronted(text: str, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` has its subject right after a fronted document it
    speaks in ("In the communique, Mr X said"): X issued it, "the communique" after is X's."""
    opening = text.rfind("In ", max(0, verb_start - _DOCUMENT_FRONTED_REACH), verb_start)
    return opening >= 0 and _DOCUMENT_FRONTED.match(text, opening, verb_start) is not None
    # (no copy of the window: the pattern tried once, where the last "In " opens)


def _statement_in_tail(text: str, end: int) -> bool:
    """Whether the attribution after a quotation ending at ``end``, up to its sentence's full
    stop, says it was given in a statement ('“X,” Y wrote on Thursday in a statement.')."""
    tail = text[end : end + _STATEMENT_TAIL_GLANCE]
    if " statement" not in tail:
        return False  # the cheap test first
    stop = tail.find(".", 2)
    return _STATEMENT_TAIL.search(tail, 0, stop if stop >= 0 else len(tail)) is not None


_STATEMENT_TAIL_GLANCE = 120  # characters of a quotation's attribution read for "in a statement"
_STATEMENT_TAIL = lazy_compile(r" in (?:a|an|its|their|the) (?:\w+ )?statement\b")


# an act's noun and whose act it is, as a listed verb's whole object
_ACT_OF = lazy_compile(
    r"(?:the|this|that|these|its|his|her|their|our) "
    r"(?:decisions?|results|outcome|verdict|ruling) of ",
    re.IGNORECASE,
)
_DETAILS_OF = lazy_compile(
    r"(?:(?:the|further|more|new|fresh|some|few|additional|key) ){0,2}details"
    r" (?:of|on|about|regarding)\b"
)
_DETAILS_REACH = 28  # characters of "the few additional details "
_MADE_KNOWN = frozenset({"announce", "share"})  # verbs whose object the details are, not
# whose clause they open ("said details of the deal were still being worked out")
_ACT_OF_SPAN = 90  # characters of "the results of the parliamentary elections of <a date>"
_DATE_COMMA = lazy_compile(r"\d, \d{4}\b")  # "September 28, 2025"


# a time after a verb's noun object, before a comma and more of the sentence ("announced new
# sanctions Wednesday, the day after ...", "announced the sanctions this week, freezing ...")
_OBJECT_TIME = lazy_compile(
    r" (?:(?:on|late|early|last|this|next) )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?: (?:morning|afternoon|evening|night))?(?=,)"
    r"| (?:this|last) (?:week|weekend|month)(?=,)"
)


_OBJECT_REACH = 160  # characters of an announced noun object and its time


def _before_object_time(text: str, start: int, end: int) -> int:
    """Where an announced noun object ends: before a time that closes it ("announced new
    sanctions targeting X Wednesday, the day after Y": what was announced is the sanctions;
    the time and what follows it the reporter's, stfix154); ``end`` for a clause ("announced
    it would act on Monday") or an object with no time after it."""
    time = _OBJECT_TIME.search(text, start, min(end, start + _OBJECT_REACH))  # a noun
    # phrase's length: not the rest of a run-on sentence read again at each of its verbs
    if time is None or not _no_clause(text[start : time.start()]):
        return end
    return time.start()


def _object_closed_by_time(text: str, claim: _Claim, at: int) -> bool:
    """Whether an announced noun object ends at a time before offset ``at``."""
    return (
        claim.form is not None
        and claim.form.lemma == "announce"
        and claim.verb is not None
        and claim.start == claim.verb.end() + 1
        and _before_object_time(text, claim.start, at) < at
    )


def _no_clause(said: str) -> bool:
    """Whether a noun phrase holds no clause: no verb a clause needs (a form of "be", an
    auxiliary, a past in "-ed", each in lowercase: "May" is a month), no clause word, no
    comma but a date's."""
    if "," in _DATE_COMMA.sub("", said):
        return False
    return not any(
        word.islower()  # not "May", a month
        and (
            word in lx.BE_FORMS
            or word in lx.AUXILIARIES
            or word in lx.CLAUSE_WORDS
            or word.endswith("ed")
        )
        for word in said.split()
    )


def _only_names_an_act(said: str) -> bool:
    """Whether a short reported span only names what was done or said ("the decision", "The
    government's move"): no content (Decisions: an object that only names a kind of speech),
    as "announced the decision" or "The decision was announced by X" (rounds 367, 370)."""
    words = said.split()
    if len(words) > 3 and words[2] in ("in", "at", "during"):  # "confirmed the news in a
        # social media post": the act named, then only where it was told (stfix157)
        occasion = said.find(f" {words[2]} ") + 1
        if _OCCASION_ONLY.fullmatch(said, occasion) is None:
            return False
        words = words[:2]
    return (
        1 < len(words) <= 3
        and words[-1].lower() in _ACT_NOUNS
        and (words[0].lower() in _ACT_DETERMINERS or words[0].endswith(("'s", "’s")))
    )


# an aside describing a source as an outlet, a party or a body, closed by its comma: "According
# to Khabaronline, an Iranian news agency, Y", "According to Georgian Dream, the ruling party, Y"
_SOURCE_DESCRIBED = lazy_compile(
    r"(?:a|an|the) (?:[\w’'-]+ ){0,4}(?:portal|outlet|website|site|newspaper|daily|weekly"
    r"|broadcaster|channel|network|station|agency|party|watchdog|monitor|observatory|ngo)"
    r"(?: (?:from|in|of|based in) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})?, "
)
_PLACE_KINDS = frozenset({"GPE", "LOC"})  # a place the recogniser split off a name's start


def _numbered_outlet(unit: Unit) -> Speaker | None:
    """An outlet named by a number ("021", Novi Sad's portal by its dialling code) as the
    source an aside then describes; None for any other word."""
    if not unit.text.isdigit():
        return None
    return Speaker(unit.text, unit.text, "ORG")


def _unlisted_source(text: str, units: list[Unit]) -> Speaker | None:
    """An "according to" source no list names: a name in capitals, a title, or a team."""
    return (
        _unrecognised_source(text, units)
        or _titled_source(text, units)
        or _team_source(units)
        or _figures_source(units)
    )


# what makes "figures" persons, not numbers ("senior figures on both sides", not "official
# figures")
_PERSONS_FIGURES = frozenset(
    {"senior", "top", "leading", "prominent", "political", "opposition", "key", "public"}
)


def _figures_source(units: list[Unit]) -> Speaker | None:
    """ "according to senior figures on both sides": persons named by their standing, the
    group that speaks, the head noun and its pre-modifier without the phrase after it
    (Decisions: group speakers; stfix154)."""
    if len(units) < 2 or units[0].low not in _PERSONS_FIGURES or units[1].low != "figures":
        return None
    if len(units) > 2 and units[2].low not in lx.PREPOSITIONS:
        return None
    name = f"{units[0].text} figures"
    return Speaker(name, fold(name), "GROUP")


def _team_source(units: list[Unit]) -> Speaker | None:
    """ "according to the student's legal team": a team named by its kind in lower case
    ("legal", "campaign") is the group that speaks, its owner left out (Decisions: a
    group's head noun and its pre-modifiers; session 59's residue)."""
    if len(units) < 2 or units[-1].low != "team" or units[-1].kind != "WORD":
        return None
    kind = units[-2]
    if kind.kind != "WORD" or not kind.text.isalpha() or not kind.text.islower():
        return None
    name = f"{kind.text} team"
    return Speaker(name, fold(name), "GROUP")


def _unrecognised_source(text: str, units: list[Unit]) -> Speaker | None:
    """ "..., according to Al-Ruya TV.": a name in capitals the recogniser missed, a few
    words, none a role, is the source, as written (an outlet, an organisation); after "the"
    and its lowercase kind ("according to the global internet watchdog group NetBlocks", round
    478), the name apposed to it."""
    if len(units) > 2 and units[0].low == "the" and units[0].kind == "WORD":
        kind = next((n for n, u in enumerate(units) if u.text[:1].isupper()), 0) - 1
        if (
            kind > 0
            and all(u.kind == "WORD" for u in units[:kind])
            and units[kind].low in _SUBJECT_NOUNS
        ):
            units = units[kind + 1 :]
    if not units or len(units) > _NAME_WORDS:
        return None
    named_station = len(units) > 1 and units[0].low in _STATION_WORDS  # "according to Radio
    # Liberty" (round 632): the station's word opens its name, not "according to the radio"
    if any(
        (u.kind != "WORD" and (u.kind not in _PLACE_KINDS or n == len(units) - 1))
        or not u.text[:1].isupper()
        or (u.low in _SUBJECT_NOUNS and not (n == 0 and named_station))
        for n, u in enumerate(units)
    ):  # a place may open the name ("according to Oxford Economics"), not end it
        return None
    name = text[units[0].start : units[-1].end]
    return Speaker(name, fold(name), "ORG")


def _may_characterise(words: str) -> bool:
    """Whether ``words`` hold a stem ``_CHARACTERISING`` opens with: the cheap test before that
    search, which opens with a lookbehind and so is tried at every offset of the window."""
    return any(stem in words for stem in _CHARACTERISING_STEMS)


def _that_in_open_adjunct(words: str) -> bool:
    """Whether the words before a "that" end in a phrase a comma opened and did not close
    ("said on Tuesday, during a trip this week that also includes X"): the "that" is a
    relative pronoun of its noun, no clause said."""
    last = words.rstrip()
    if "," not in last or last.endswith(","):
        return False  # "said on Tuesday, during a trip, that X": the adjunct closed first
    opened = last.rpartition(", ")[2].split(" ", 1)[0].lower()
    return opened in lx.PREPOSITIONS


def _opened_sentences_before(text: str, start: int) -> int:
    """Where the quotation a sentence goes on opened, sentences before it in its paragraph
    ('“A. B,” said X, according to the statement.': the whole quotation is the statement's),
    else ``start``."""
    paragraph = text.rfind("\n", 0, start) + 1
    opening = text.rfind("“", paragraph, start)
    if opening < 0 or text.find("”", opening, start) >= 0:
        return start
    return opening


def _titled_source(text: str, units: list[Unit]) -> Speaker | None:
    """ "..., according to the state-run Global New Light of Norland.": a title in capitals
    the recogniser missed, joined by "of" to a place, after a determiner and who runs it:
    the source (an outlet), its title as written."""
    first = next((n for n, u in enumerate(units) if u.text[:1].isupper()), len(units))
    if any(
        u.low not in lx.DROPPED_DETERMINERS and not u.low.endswith(_RUN_BY) for u in units[:first]
    ):
        return None
    title = units[first:]
    if len(title) < 4 or len(title) > _NAME_WORDS + 2 or title[-2].low != "of":
        return None
    if not title[-1].text[:1].isupper() or any(
        u.kind != "WORD" or not u.text.istitle() or u.low in _SUBJECT_NOUNS for u in title[:-2]
    ):
        return None
    name = text[title[0].start : title[-1].end]
    return Speaker(name, fold(name), "ORG")


def _glued_pasts_cut(
    text: str, spans: list[EntitySpan], verbs: list[re.Match[str]]
) -> tuple[list[EntitySpan], list[re.Match[str]]]:
    """Persons whose name the page ran into a listed verb's past ("X Alfaronoted that"):
    the name cut before the verb, and the verb found, when the name's last word stands alone
    elsewhere in the text ("Alfaro said")."""
    cut: list[EntitySpan] = []
    found = list(verbs)
    for span in spans:
        glued = _GLUED_PAST.search(span.text) if span.type == "PERSON" else None
        surname = span.text[glued.start() : glued.start(1)] if glued else ""
        if glued is None or re.search(rf"\b{surname}\b", text) is None:
            cut.append(span)
            continue
        end = span.start + glued.start(1)
        cut.append(EntitySpan(span.start, end, span.type, span.text[: glued.start(1)]))
        verb = _PAST_FORM.match(text, end)
        if verb is not None:
            found.append(verb)
    return cut, sorted(found, key=_MATCH_START)


def _glued_tail(text: str, name: str) -> int:
    """Where to cut a person's name the page ran into the next word (:data:`_GLUED_TAIL`):
    before a title it names (a role noun), or before "he"/"she" when the name's last word
    stands alone elsewhere in the text ("Sánchez lies"; "Roche" is no "Roc" and "he") and
    its glued form nowhere else ("Nduhungirehe", spelt so throughout, beside a slip's
    "Nduhungire"); 0 for a name whole."""
    glued = _GLUED_TAIL.search(name)
    if glued is None:
        return 0
    if glued.group(2)[0].isupper():
        return glued.start(2) if glued.group(2).lower() in lx.ROLE_NOUNS else 0
    if text.count(glued.group()) == 1 and _stands_alone(text, glued.group(1)):
        return glued.start(2)
    return 0


def _stands_alone(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word somewhere: ``str.find`` in C, no
    pattern compiled for each name (a compilation costs more than the whole test)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum():
            return True
        at = text.find(word, end)
    return False


def _glued_pasts_found(
    text: str, spans: list[EntitySpan], verbs: list[re.Match[str]]
) -> tuple[list[EntitySpan], list[re.Match[str]]]:
    """A name's last word run into a listed verb's past that the recogniser read as no
    person ("Minhsuggested", "Nguyen Tan Dungexpressed", a page that lost its spaces): the
    word a person's name, the verb found, when the word is a word of a person named
    elsewhere in the text."""
    words = {w for s in spans if s.type == "PERSON" for w in s.text.split() if len(w) > 2}
    if not words:
        return spans, verbs
    if len(words) <= _NAME_WORDS_FOUND_EACH:
        glued = _glued_at_name_words(text, spans, words)
    else:
        glued = _glued_at_past_endings(text, spans, words)
    if not glued:
        return spans, verbs
    spans, verbs = list(spans), list(verbs)
    for start, verb in sorted(glued, key=itemgetter(0)):
        verbs.append(verb)
        before = next((s for s in spans if s.type == "PERSON" and s.end == start - 1), None)
        if before is not None:  # "Nguyen Tan" then "Dungexpressed": one name
            spans.remove(before)
            start = before.start
        spans.append(EntitySpan(start, verb.start(), "PERSON", text[start : verb.start()]))
    return sorted(spans, key=_START), sorted(verbs, key=_MATCH_START)


def _glued_at_name_words(
    text: str, spans: list[EntitySpan], words: set[str]
) -> list[tuple[int, re.Match[str]]]:
    """Each name word's mentions found through the text by ``str.find``, a past looked for
    right after each: an article's few names cost a pass in C each, far less than reading
    every word of the text in Python (5.9% of finding on ordinary articles)."""
    glued: list[tuple[int, re.Match[str]]] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            verb = _PAST_FORM.match(text, end) if text[end : end + 1].islower() else None
            if (
                verb is not None
                and not text[verb.end() : verb.end() + 1].isalnum()
                and not text[at - 1 : at].isalnum()
                and not any(s.start <= at < s.end for s in spans)
            ):
                glued.append((at, verb))
            at = text.find(word, end)
    return glued


def _glued_at_past_endings(
    text: str, spans: list[EntitySpan], words: set[str]
) -> list[tuple[int, re.Match[str]]]:
    """The text read once, at each word holding a capital and ending as a past does, the
    letters before the past looked up among the name words: for a long article of many
    names, where a pass per name word costs the square of its length (31 s of a 4 MB
    article's 43)."""
    word_lengths = {len(w) for w in words}
    glued: list[tuple[int, re.Match[str]]] = []
    for ending in _PAST_ENDING.finditer(text):
        end = ending.end()
        for length in _PAST_LENGTHS:
            at = end - length
            if at <= 0 or text[at:end] not in _PAST_SET or not text[at].islower():
                continue  # the cheap tests first
            verb = _PAST_FORM.match(text, at)  # the first past listed that reads there
            if verb is None or verb.end() != end:
                continue
            for word_length in word_lengths:
                start = at - word_length
                if (
                    start >= 0
                    and text[start:at] in words
                    and not text[start - 1 : start].isalnum()
                    and not any(s.start <= start < s.end for s in spans)
                ):
                    glued.append((start, verb))
    return glued


def _unpadded_persons(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with the recogniser's padded persons mended: a name run into a country's
    ("Vivian Balakrishnan Singapore", a headline's words) is the name that the article gives
    alone elsewhere, a place after a preposition run into the name after it ("In Tirana X
    said", its comma lost) is not the name's, and a train's or a paper's name ("Jaffar
    Express") is nobody's (SOURCES, rounds 84 and 85), and a name written twice is written
    once: "he" must not find it, nor a name its fullest form there."""
    mended: list[EntitySpan] | None = None  # copied on the first mend: most articles have none
    persons: set[str] | None = None
    for index, span in enumerate(spans):
        if span.type != "PERSON" and span.type != "ORG":
            continue
        if "-" in span.text and (modifier := _HYPHENED_MODIFIER.match(span.text)) is not None:
            span = EntitySpan(  # "Norland-born Ada Vey": where she was born, not her name;
                span.start + modifier.end(),  # "Hong Kong-based HGC Global Communications"
                span.end,  # where it is based, not its name (round 478)
                span.type,
                span.text[modifier.end() :],
            )
        elif span.type != "PERSON":
            continue
        elif _doubled(span.text):  # "Hilda HeineHilda Heine": a caption the scraper wrote
            half = len(span.text) // 2  # twice, the name once (round 508)
            span = EntitySpan(span.start, span.start + half, "PERSON", span.text[:half])
        elif (spaces := span.text.count(" ")) >= 2 and _place_opening(text, span):  # (counted
            place = span.text.index(" ") + 1  # once, not for each branch: a call each)
            span = EntitySpan(span.start + place, span.end, "PERSON", span.text[place:])
        elif spaces >= 3 and (
            (titled := _country_title_opening(span.text))
            or (titled := _acronym_title_opening(span.text))
        ):
            span = EntitySpan(span.start + titled, span.end, "PERSON", span.text[titled:])
        elif spaces >= 2 and _opening_participle(text, span):
            cut = span.text.index(" ") + 1  # "Congratulating X Y in October, Z said": the
            span = EntitySpan(span.start + cut, span.end, "PERSON", span.text[cut:])  # name
            # after a sentence's opening participle (round 584)
        elif (
            span.text.endswith("he")
            or (not span.text.istitle() and not span.text.rpartition(" ")[2][1:].islower())
        ) and (glued := _glued_tail(text, span.text)):  # "Esther MuñozPresident of the
            # party", "Pedro Sánchezhe appeared": a space lost before a title or a pronoun
            # (round 637); the string tests first: no glued pronoun, no capital inside the
            # last word, no call (``istitle`` before it: most names are, and it copies none)
            span = EntitySpan(span.start, span.start + glued, "PERSON", span.text[:glued])
        elif spaces >= 2:  # two words of a name, then a country's
            name, _, last = span.text.rpartition(" ")
            if not _is_country(last):
                continue
            if persons is None:
                persons = {s.text for s in spans if s.type == "PERSON"}
            if name not in persons:
                continue
            span = EntitySpan(span.start, span.start + len(name), "PERSON", name)
        else:
            continue
        if mended is None:
            mended = list(spans)
        mended[index] = span
    return spans if mended is None else mended


def _opening_participle(text: str, span: EntitySpan) -> bool:
    """Whether a person's mention opens a sentence with a long "-ing" word the recogniser took
    into the name ("Congratulating Paz Pereira in October, X said"): a participle, not a
    given name (none is so long; "Deng" and "Jing" are short)."""
    first = span.text[: span.text.index(" ")]
    return (
        len(first) >= _PARTICIPLE_NAME_LENGTH
        and first.endswith("ing")
        and first[1:].islower()
        and (span.start == 0 or text[span.start - 1] == "\n" or text.endswith(". ", 0, span.start))
    )


_PARTICIPLE_NAME_LENGTH = 8  # "Speaking", "Welcoming", "Congratulating"


def _doubled(name: str) -> bool:
    """Whether a name of words is written twice with nothing between ("Ada VeyAda Vey")."""
    half = len(name) // 2
    return (
        half > 2
        and name[0] == name[half]  # the cheap test first
        and name[:half] == name[half:]
        and " " in name[:half]
    )


def _body_with_the(text: str, spans: list[EntitySpan], body: str) -> list[EntitySpan]:
    """``spans`` with each mention of ``body`` (a name holding a lowercase "the": "Save the
    Children") an organisation's span, the recogniser's spans inside it dropped."""
    found = []
    at = text.find(body)
    while at >= 0:
        found.append(EntitySpan(at, at + len(body), "ORG", body))
        at = text.find(body, at + len(body))
    starts = [s.start for s in spans]  # sorted: each mention looks up its neighbours only
    dropped: set[int] = set()
    for mention in found:
        index = bisect_left(starts, mention.start)
        if index and spans[index - 1].end > mention.start:
            dropped.add(index - 1)
        while index < len(spans) and spans[index].start < mention.end:
            dropped.add(index)
            index += 1
    kept = [s for index, s in enumerate(spans) if index not in dropped]
    return sorted(kept + found, key=_START)


_OF_PLACE = lazy_compile(r" of ([A-Z][\w’'-]+)")  # "Times of Israel": the place it names


def _times_of_places(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a newspaper named "Times of" a place ("the Times of Israel", "the Times
    of India") one organisation's span, its place's span dropped: the recogniser stops at
    "Times", and the paper is named whole (GUIDELINES: fullest form; stfix154)."""
    kept: list[EntitySpan] = []
    merged_to = -1
    for span in spans:
        if span.start < merged_to:
            continue  # the place, inside the paper's name
        place = _OF_PLACE.match(text, span.end) if span.text.endswith("Times") else None
        if span.type == "ORG" and place is not None:
            span = EntitySpan(span.start, place.end(), "ORG", text[span.start : place.end()])
            merged_to = place.end()
        kept.append(span)
    return kept


def _place_opening(text: str, span: EntitySpan) -> bool:
    """Whether a person's span of three words or more opens with a place the gazetteer knows,
    right after a preposition ("In Tirana Ada Vey said"): the phrase's object, not a name."""
    window = text[max(0, span.start - 6) : span.start].lower()
    if "in" not in window and "at" not in window and "from" not in window:
        return False  # the cheap test first: asked of every name of three words or more
    before = last_word(text, max(0, span.start - 6), span.start)
    if before is None or text[before[0] : before[1]].lower() not in _PLACE_PREPOSITIONS:
        return False
    return _is_country(span.text[: span.text.index(" ")])


# a given name after a common noun or a quotation's closing comma ('," Ada Vey told')
_GIVEN_NAME_AFTER_NOUN = lazy_compile(r"(?:(?<![\w’'-])[a-z]+|,[\"”]) ([A-Z][a-z]{2,}) $")


def _given_name_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_GIVEN_NAME_AFTER_NOUN`` searched in ``text[start:end]``, tried where alone it can
    begin: its name is the word before the space ending the window (before a last newline, as
    "$" reads it), so it begins at that word's quotation comma or at the start of the lowercase
    run before it (a search tried each of the window's 40 offsets)."""
    space = end - 1
    if text[space] == "\n":
        space -= 1
    if space <= start or text[space] != " ":
        return None
    window = text[start:space]  # a slice: its find is in one kind of string, no needle copied
    given = window.rfind(" ")
    if given < 1:
        return None
    quoted = window[given - 1] in '"”'
    begin = given - 2 if quoted else len(window[:given].rstrip(ascii_lowercase))
    return _GIVEN_NAME_AFTER_NOUN.match(text, start + begin, end) if begin >= 0 else None


def _role_nouns_opening_names(
    text: str, spans: list[EntitySpan], role_runs: frozenset[bytes]
) -> list[EntitySpan]:
    """``spans`` with a capitalised role noun the recogniser read as a person's first name
    ("Cleric Ivo Marsh said", "Activist Ana Roca", a sentence's first word) made the
    person's title: a ROLE before the name of two words or more after it, as "cleric Ivo
    Marsh" in lowercase reads. Only the nouns ``role_runs`` the text holds are looked for, and
    not the title words the recogniser already keeps out of a name ("President")."""
    titles = load_gazetteer().title_words
    openings: set[int] = set()
    for run in role_runs:
        noun = f"{run.decode('ascii')} "
        if noun[:-1] in titles:
            continue
        at = text.find(noun)
        while at >= 0:
            openings.add(at)
            at = text.find(noun, at + len(noun))
    if not openings:
        return spans  # (most texts: their capitalised role nouns are titles the recogniser knows)
    mended: list[EntitySpan] = []
    for span in spans:
        space = span.text.find(" ") if span.start in openings else -1
        if space < 0 or span.type != "PERSON" or span.text.find(" ", space + 1) < 0:
            mended.append(span)  # not a role noun's mention, or "Prince Ali": no full name
            continue
        name = span.start + space + 1
        mended.append(EntitySpan(span.start, name - 1, "ROLE", span.text[:space]))
        mended.append(EntitySpan(name, span.end, "PERSON", span.text[space + 1 :]))
    return mended


# Role nouns a sentence may open with before a name the recogniser takes them into ("Cleric X
# said"): not the nouns of no post ("Man", "Person") nor of a visit ("Host", "Guest")
_OPENING_ROLE_NOUNS = lx.ROLE_NOUNS - {"man", "woman", "person", "source", "host", "guest"}
_OPENING_ROLE_RUNS = frozenset(
    noun.capitalize().encode("ascii") for noun in _OPENING_ROLE_NOUNS if noun.isascii()
)


def _given_names_after_nouns(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a one-word person's mention widened over the given name the recogniser
    left out after a common noun ("his predecessor Ada Vey" read as "Vey") or a quotation's
    closing comma: the full name a later "Vey" is the surname of."""
    named: set[int] | None = None  # the mentions' starts, made on the first need: most have none
    widened: list[EntitySpan] | None = None  # copied on the first widening: most have none
    for index, span in enumerate(spans):
        if span.type != "PERSON" or " " in span.text or span.start < 2:
            continue
        if not text[span.start - 2].islower():  # the cheap test first: a word's end before
            continue
        given = _given_name_before(text, span.start - 40 if span.start > 40 else 0, span.start)
        if given is None:
            continue
        named = {span.start for span in spans} if named is None else named
        if given.start(1) in named or _not_a_given_name(given.group(1)):
            continue
        if _headline_verb(text, given.start(1), given.group(1)):
            continue
        if widened is None:
            widened = list(spans)
        start = given.start(1)
        widened[index] = EntitySpan(start, span.end, "PERSON", text[start : span.end])
    return spans if widened is None else widened


# a name of two words opening a line or a sentence, right before the comma of its title
_OPENING_NAME = lazy_compile(
    r"(?:^|\n|(?<=[a-z])\. )([A-Z][a-z]+ [A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?), (?:the )?$"
)
# a name of two to four words opening a sentence before a comma (round 396)
_OPENING_NAMES = lazy_compile(r"(?:^|\n|(?<=[a-z])\. )((?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+), $")
_POSSESSIVE_MARKS = ("’s ", "'s ")
_TITLE_AFTER_CHARS = 40  # "South Sudan’s deputy investment minister": where its title is
_TITLE_AFTER_WORDS = 3
_TITLE_CASE_LONG_WORDS = 4  # at least, all capitalised, on a title-case headline's line


_PORTFOLIO_WORD = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
# ", Economic Stabilization & National Policies announced": the portfolios a ministry's name
# lists after its first, closed by "and" or "&", then a lowercase word or a stop
_PORTFOLIO_LIST = lazy_compile(
    rf", (?:{_PORTFOLIO_WORD}, ){{0,3}}{_PORTFOLIO_WORD},? (?:and|&) {_PORTFOLIO_WORD}"
    r"(?=[,.;:)]| [a-z(])"
)
_LISTING_BODIES = ("Ministry ", "Department ")
# "Departments of State, Commerce, and Treasury": one plural head, then the portfolios it joins
_JOINT_DEPARTMENTS = lazy_compile(
    rf"(?:Departments|Ministries) of ({_PORTFOLIO_WORD}(?:, {_PORTFOLIO_WORD}){{0,3}},?"
    rf" (?:and|&) {_PORTFOLIO_WORD})(?=[,.;:)]| [a-z(])"
)


def _offices_of_roles(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with an office named by the title it serves read whole ("the Office of the
    U.S. Trade Representative"): the recogniser may end the body before the title's noun and
    read that as a role, which then stands for a person named before (stfix147); the office
    speaks, named as the article names it."""
    mended: list[EntitySpan] = []
    taken = -1  # the role's index, read into the office before it
    for index, span in enumerate(spans):
        if index == taken:
            continue
        role = spans[index + 1] if index + 1 < len(spans) else None
        if (
            role is not None
            and span.type == "ORG"
            and role.type == "ROLE"
            and role.start == span.end + 1
            and text[span.end] == " "
            and span.text.startswith("Office of the ")
        ):
            span, taken = (
                EntitySpan(span.start, role.end, "ORG", text[span.start : role.end]),
                index + 1,
            )
        mended.append(span)
    return spans if taken < 0 else mended


def _listed_portfolios(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a ministry's name read on through the portfolios it lists after a comma
    ("the Ministry of Finance, Economic Stabilization & National Policies announced"): the
    recogniser stops at the comma, and the words after it are no other entity (round 412)."""
    mended: list[EntitySpan] | None = None  # copied on the first mend: most articles have none
    for index, span in enumerate(spans):
        if not (
            span.type == "ORG"
            and text.startswith(", ", span.end)
            and span.text.startswith(_LISTING_BODIES)
            and (listed := _PORTFOLIO_LIST.match(text, span.end)) is not None
            and (index + 1 == len(spans) or spans[index + 1].start >= listed.end())
        ):
            continue
        mended = list(spans) if mended is None else mended
        mended[index] = EntitySpan(span.start, listed.end(), "ORG", text[span.start : listed.end()])
    return spans if mended is None else mended


def _joint_departments(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with departments or ministries named together by one plural head and their
    portfolios ("The US Departments of State, Commerce, and Treasury announced") as one
    organisation, their country's name before them included: the recogniser reads no body
    there, only the place, and the departments speak as one (round 603)."""
    for joint in _JOINT_DEPARTMENTS.finditer(text):
        start, end = joint.span()
        if any(s.start >= joint.start(1) and s.start < end for s in spans):
            continue  # "the Ministries of Burkina Faso and Mali": places, not portfolios
        place = next((s for s in spans if s.type == "GPE" and s.end == start - 1), None)
        start = place.start if place is not None else start
        kept = [s for s in spans if s.end <= start or s.start >= end]
        spans = sorted([*kept, EntitySpan(start, end, "ORG", text[start:end])], key=_START)
    return spans


_LETTER_RUN = lazy_compile(r"[^\W\d_]+")  # a word's letters: a one-word name's whole mention
_ORGANISATION_NOUN_AFTER = lazy_compile(
    "(?:" + "|".join(sorted(lx.ORG_HEADS | NEWSPAPER_NOUNS, key=len, reverse=True)) + r")\b"
)


def _placed_names_bracketed(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with an organisation's name run on over the country its name ends in, where
    its initials in brackets follow the country ("The Association of Municipalities in the
    Netherlands (VNG)": the recogniser stops before "in the"; round 586): the bracket closes
    the whole name, which names the body wherever it speaks."""
    joined: list[EntitySpan] | None = None
    for index in range(len(spans) - 1):
        body, place = spans[index], spans[index + 1]
        if (
            body.type == "ORG"
            and place.type == "GPE"
            and text[body.end : place.start] in _PLACING_GAPS
            and text.startswith(" (", place.end)
            and _BRACKETED_INITIALS.match(text, place.end + 2) is not None
        ):
            if joined is None:
                joined = list(spans)
            name = EntitySpan(body.start, place.end, "ORG", text[body.start : place.end])
            joined[index] = joined[index + 1] = name
    return spans if joined is None else list(dict.fromkeys(joined))


# the shape ``_placed_names_bracketed`` reads, its literal first so the engine scans for it
_PLACED_BEFORE_BRACKET = lazy_compile(r" in (?:the )?[A-Z][\w’' -]{1,40} \([A-Z]")
_PLACING_GAPS = frozenset({" in the ", " in "})  # "Association ... in the Netherlands (VNG)"
_BRACKETED_INITIALS = lazy_compile(r"[A-Z][A-Za-z]{1,7}\)")


_INITIALS_LETTERS = 5  # "VNG", "IRGC": an organisation's initials, read again where missed


def _acronyms_missed_again(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with the other mentions of an organisation's initials the recogniser read
    once and missed elsewhere ("The Association of Municipalities (VNG) ... VNG released a
    statement saying that": the same body speaks; round 586), each initials' mentions found
    by ``str.find``, a scan in C."""
    acronyms = {
        s.text
        for s in spans
        if s.type == "ORG" and 1 < len(s.text) <= _INITIALS_LETTERS and s.text.isupper()
    }
    if not acronyms:
        return spans
    starts = [s.start for s in spans]
    found: list[EntitySpan] = []
    for acronym in sorted(acronyms):  # sorted: the spans' order never rests on a hash seed
        at = text.find(acronym)
        while at >= 0:
            end = at + len(acronym)
            index = bisect_right(starts, at) - 1
            if (
                not (at and (text[at - 1].isalnum() or text[at - 1] in "-’'"))
                and not (end < len(text) and (text[end].isalnum() or text[end] in "-’'"))
                and (index < 0 or spans[index].end <= at)
                and (index + 1 >= len(spans) or spans[index + 1].start >= end)
            ):
                found.append(EntitySpan(at, end, "ORG", acronym))
            at = text.find(acronym, end)
    return sorted([*spans, *found], key=_START) if found else spans


def _missed_elsewhere(
    text: str, spans: Sequence[EntitySpan], missed: Sequence[EntitySpan]
) -> list[EntitySpan]:
    """PERSON spans for the other mentions of a one-word name the recogniser missed and a
    speaker's place gave ("Aida, a former teacher, ... took to the streets. '...,' she told
    IranWire. ... Aida further explained"): the earlier mentions are the same person, so "she"
    finds her there, not a woman named before (round 419). Every such name is sought, in one
    pass over the text's words: a few of them, picked from a set, made a long text's speakers
    depend on the interpreter's hash seed (det45)."""
    names = {
        s.text for s in missed if " " not in s.text and s.text.isalpha() and not s.text.isupper()
    }  # not initials ("BI said"): an office's, whose full name the recogniser reads
    if not names:
        return []
    starts = [s.start for s in spans]
    found: list[EntitySpan] = []
    taken = {s.start for s in missed}
    for word in _LETTER_RUN.finditer(text):
        name = word.group()
        if name not in names:
            continue
        at, end = word.span()
        if (
            at in taken
            or (at and text[at - 1].isalnum())
            or (end < len(text) and (text[end].isalnum() or text[end] in "-’'"))
        ):
            continue
        if text.startswith(" ", end) and _ORGANISATION_NOUN_AFTER.match(text, end + 1):
            continue  # "published by Granma newspaper": a name of a newspaper or body
        index = bisect_right(starts, at) - 1
        if index >= 0 and spans[index].end > at:
            continue  # inside a span the recogniser read ("Aida Foundation")
        found.append(EntitySpan(at, end, "PERSON", name))
    return found


def _apposed_names_missed(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with the person the recogniser missed before a title set off by commas at a
    sentence's start ("Grant Vey, Secretary of State for Transport, said"): a given name that is
    also a word ("Grant", "Hope") hides the name from it, and the title says a person is named
    (round 388)."""
    mended: list[EntitySpan] | None = None  # copied on the first mend: most articles have none
    end = 0
    for index, span in enumerate(spans):
        if (
            span.type == "ROLE"
            and span.start > 4
            and (text[span.start - 2] == "," or text.startswith(", the ", span.start - 6))
            and (found := _OPENING_NAME.search(text, max(0, span.start - 40), span.start))
            and _missed_name(found.group(1))
        ):
            name = EntitySpan(found.start(1), found.end(1), "PERSON", found.group(1))
            surname = spans[index - 1] if index else None
            if found.start(1) >= end:
                mended = [*(spans if mended is None else mended), name]
            elif (
                surname is not None
                and surname.type == "PERSON"
                and surname.end == name.end
                and surname.start > name.start
            ):
                mended = list(spans) if mended is None else mended  # "Grant" cut off: "Vey"
                mended[mended.index(surname)] = name  # read alone
        elif (
            span.type == "GPE"
            and span.start > 4
            and text[span.start - 2] == ","
            and text.startswith(_POSSESSIVE_MARKS, span.end)
            and _titled_after(text, span.end + 3)
            and (found := _OPENING_NAMES.search(text, max(0, span.start - 50), span.start))
            and found.start(1) >= end
            and _missed_names(found.group(1))
        ):  # "Dhieu Mathok Wol, South Sudan’s investment minister, said": the country's
            # title names a person the recogniser missed (round 396)
            name = EntitySpan(found.start(1), found.end(1), "PERSON", found.group(1))
            mended = [*(spans if mended is None else mended), name]
        end = span.end if span.end > end else end  # not max(): a builtin's call a span
    return spans if mended is None else sorted(mended, key=_START)


def _honoured_places_retyped(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a place or organisation the recogniser read right after an honorific
    ("Ms Holguín", "Mr. Lima") as the person it is: "she" after it may stand for them (each
    honorific found by a search in C, its few mentions looked up)."""
    mended: list[EntitySpan] | None = None
    for honorific in _HONORIFICS:
        at = text.find(honorific)
        while at >= 0:
            name = _HONORIFIC_GAP.match(text, at + 2)
            if name is not None and (at == 0 or not text[at - 1].isalpha()):
                index = bisect_left(spans, name.end(), key=_START)
                if index < len(spans) and spans[index].start == name.end():
                    span = spans[index]
                    if span.type in ("GPE", "ORG"):
                        mended = list(spans) if mended is None else mended
                        mended[index] = EntitySpan(span.start, span.end, "PERSON", span.text)
            at = text.find(honorific, at + 2)
    return spans if mended is None else mended


# an acronym in brackets right after a name ("Italia Viva (IV)"), its first letter the name's
_BRACKETED_ACRONYM = lazy_compile(r" \(([A-Z][A-Z0-9]{1,5})\)")


def _bracketed_org_persons_retyped(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a "person" the recogniser read after "the" and before its acronym in
    brackets ("of the Italia Viva (IV) party", "the Nova Unione (NU)") as the organisation it
    is: a person takes no article before the name, and "he" after "X, of the Italia Viva (IV)
    party," stands for X (stfix157). Each person's two neighbours tested, nothing else."""
    mended: list[EntitySpan] | None = None  # copied on the first mend: most texts have none
    for index, span in enumerate(spans):
        if span.type != "PERSON" or not text.endswith("the ", 0, span.start):
            continue
        acronym = _BRACKETED_ACRONYM.match(text, span.end)
        if acronym is None or acronym.group(1)[0] != span.text[:1]:
            continue
        if span.start > 4 and text[span.start - 5].isalpha():
            continue  # "bathe ": no article
        if mended is None:
            mended = list(spans)
        mended[index] = EntitySpan(span.start, span.end, "ORG", span.text)
    return spans if mended is None else mended


def _joint_party_names(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a party's name whose words are joined by "and" taken in whole ("the
    People’s Equality and Democracy Party": the recogniser read "Democracy Party" alone; round
    642): the capitalised words before "and", none another mention's and no determiner."""
    mended: list[EntitySpan] | None = None  # copied on the first mend: most texts have none
    for index, span in enumerate(spans):
        if (
            span.type != "ORG"
            or not span.text.endswith(PARTY_HEAD)
            or not text.endswith(" and ", 0, span.start)
            or " and " in span.text
        ):
            continue
        floor = spans[index - 1].end if index else 0  # not another mention's words: "Turkey’s
        # Justice and Development Party", not "Hamas and Fatah Party"
        start = _joint_name_start(text, span.start - 5, floor)
        if start < 0:
            continue
        if mended is None:
            mended = list(spans)
        mended[index] = EntitySpan(start, span.end, "ORG", text[start : span.end])
    return spans if mended is None else mended


def _joint_name_start(text: str, end: int, floor: int) -> int:
    """Where the capitalised words ending at ``end`` (before a name's "and") start, at most
    three, without a determiner, none before ``floor``; a sentence's or a clause's first word
    ends them. -1: none."""
    start = -1
    for _ in range(3):
        reach = max(0, end - 30)
        space = max(text.rfind(" ", reach, end), text.rfind("\n", reach, end))
        word = text[space + 1 : end]
        if (
            space < floor
            or word in _JOINT_NAME_STOPS
            or not word[:1].isupper()
            or not word.replace("’", "").replace("'", "").isalpha()
        ):
            break
        start = end = space + 1
        if space == 0 or not text[space - 1].isalpha():
            break  # the sentence's, the paragraph's or the clause's first word
        end = space
    return start


_JOINT_NAME_STOPS = frozenset({"The", "A", "An", "This", "That", "Its", "Their"})


def _parties_named_short(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with each mention of a party by its name alone ("Bhumjaithai said" after "the
    Bhumjaithai Party"; round 617) read as that organisation: the recogniser took the unknown
    word for a person's name, or read nothing there."""
    names = parties_named_short(spans)
    if not names:
        return spans
    mended = list(spans)
    starts = [s.start for s in spans]
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not (at and text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                index = bisect_right(starts, at) - 1
                span = spans[index] if index >= 0 else None
                if span is None or span.end <= at:
                    mended.append(EntitySpan(at, end, "ORG", name))
                elif span.type == "PERSON" and (span.start, span.end) == (at, end):
                    mended[index] = EntitySpan(at, end, "ORG", name)
            at = text.find(name, end)
    return sorted(mended, key=_START)


_HONORIFICS = ("Mr", "Ms", "Dr")  # "Mrs" too: its "s" is in ``_HONORIFIC_GAP``
_HONORIFIC_GAP = lazy_compile(r"s?\.? ")


def _particle_names_after_titles(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with the person the recogniser missed after a title set off by commas, the
    name holding an Arabic particle and its hyphen ("Egypt’s Minister of Petroleum, Tarek el-
    Molla, and": the lowercase particle hides the name from it; round 510)."""
    mended: list[EntitySpan] | None = None  # copied on the first mend: most articles have none
    for index, span in enumerate(spans):
        if span.type != "ROLE" or not text.startswith(", ", span.end):
            continue
        found = _PARTICLE_NAME.match(text, span.end + 2)
        if found is None or (index + 1 < len(spans) and spans[index + 1].start < found.end()):
            continue  # no such name, or the recogniser read it
        name = EntitySpan(found.start(), found.end(), "PERSON", found.group())
        mended = [*(spans if mended is None else mended), name]
    return spans if mended is None else sorted(mended, key=_START)


def _titled_after(text: str, start: int) -> bool:
    """Whether a lowercase title ("minister", "envoy") is among the first words after a
    country's possessive ("South Sudan’s investment minister")."""
    words = text[start : start + _TITLE_AFTER_CHARS].split(" ", _TITLE_AFTER_WORDS)
    return any(word.rstrip(",") in lx.ROLE_NOUNS for word in words[:_TITLE_AFTER_WORDS])


def _missed_names(name: str) -> bool:
    """Whether two to four capitalised words may be a person's name: none a title, a function
    word or a place, the first no participle ("Speaking")."""
    words = name.split()
    return not words[0].endswith("ing") and not any(_not_a_given_name(word) for word in words)


def _missed_name(name: str) -> bool:
    """Whether two capitalised words may be a person's name: neither a title, a function word,
    a day or a place, nor the first a participle ("Speaking Monday")."""
    given, surname = name.split(" ", 1)
    return not (given.endswith("ing") or _not_a_given_name(given) or _not_a_given_name(surname))


def _headline_verb(text: str, start: int, word: str) -> bool:
    """Whether a capitalised word read as a given name is a title-case headline's English
    word no given name shares ("Israeli Airstrikes ... to Warn al-Sharaa Over Targeting
    Druze": round 612): every word of four letters or more on its line capitalised."""
    gazetteer = load_gazetteer()
    if word.lower() not in gazetteer.common_words or word in gazetteer.given_names:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words = [
        w
        for w in text[line_start : line_end if line_end >= 0 else len(text)].split()
        if len(w) >= 4 and w.isalpha()
    ]
    return len(words) >= _TITLE_CASE_LONG_WORDS and all(w[0].isupper() for w in words)


def _not_a_given_name(word: str) -> bool:
    """Whether a capitalised word is a title, a common word or a place, not a given name."""
    gazetteer = load_gazetteer()
    return word in gazetteer.title_words or word in gazetteer.not_name_words or _is_country(word)


def _pointing_back(found: list[_Found]) -> list[_Found]:
    """``found`` with speakers that only point back named as the speaker they point to: "the
    same source" is the one who spoke last, "One" a member of the group that spoke last
    ("Diplomats said ... One said"), speaking for it."""
    if not any(f.speaker.name == "One" or f.speaker.name.startswith("same ") for f in found):
        return found  # the cheap test first: few articles have one
    last: Speaker | None = None
    group: Speaker | None = None
    pointed: list[_Found] = []
    for f in sorted(found, key=attrgetter("start")):
        if f.speaker.name == "One" and group is not None:
            f = f._replace(speaker=group)
        elif f.speaker.name.startswith("same ") and last is not None:
            f = f._replace(speaker=last)
        last = f.speaker
        group = last if last.type == "GROUP" else group
        pointed.append(f)
    return pointed


def _apposition_at(text: str, subject: Sequence[Unit]) -> int:
    """Where an apposition opens in a subject after its verb ("wrote A B, a reporter at the
    outlet": the person's name before the comma is the speaker), else the subject's length."""
    for index in range(1, min(len(subject), 6)):
        if (
            subject[index].low in ("a", "an")
            and "," in text[subject[index - 1].end : subject[index].start]
        ):
            return index
    return len(subject)


def _country_title_opening(name: str) -> int:
    """How long the country and title are that open a person's span of four words or more
    ("Norland President Ada Bea Vey": the name is Ada Bea Vey, titled as the text before it
    says), else 0."""
    country, title, _ = name.split(" ", 2)
    if title.lower() in lx.ROLE_NOUNS and title[0].isupper() and _is_country(country):
        return len(country) + len(title) + 2
    return 0


def _acronym_title_opening(name: str) -> int:
    """How long a body's name and a title in capitals are that open a person's span of four
    words or more ("Norgaz CEO Ada Vey": the name is Ada Vey, the company's chief executive;
    round 510), else 0."""
    owner, title, _ = name.split(" ", 2)
    if title.isupper() and not owner.isupper() and title in load_gazetteer().title_words:
        return len(owner) + len(title) + 2
    return 0


_NAME_REACH = 40  # characters a subject's name spans before its aside's comma
_NAME_WORDS_BEFORE_PARTICIPLE = 4  # words of "Foreign Minister Ana Berg" and the like


def _name_then_participle_aside(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a name and an aside opening with a participle, no more
    ("Grossi, attending the forum"): a subject set off before its verb, not content."""
    if not text[start : start + 1].isupper():
        return False  # the cheap test first
    comma = text.find(", ", start, min(end, start + _NAME_REACH))
    if comma < 0 or text.find(", ", comma + 2, end) >= 0:
        return False
    name = text[start:comma].split()
    first = text[comma + 2 : end].partition(" ")[0]
    return (
        0 < len(name) <= _NAME_WORDS_BEFORE_PARTICIPLE
        and all(word[:1].isupper() for word in name)
        and name[0].lower() not in _FRONTED_ADVERBIAL_STARTS  # "However, casting votes ..."
        and first.endswith("ing")
        and first.islower()
    )


def _said_inverted(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a sentence's opening "Said" taken out of the name after it: 'Said X: "..."'
    inverts "X said" (round 109), when X is the surname of a person named in full elsewhere
    ("Said" is a given name too: "Said Y" alone stays a name)."""
    surnames = {s.text.rpartition(" ")[2] for s in spans if s.type == "PERSON" and " " in s.text}
    mended = list(spans)
    for index, span in enumerate(spans):
        rest = span.text[5:]
        if (
            span.type == "PERSON"
            and span.text.startswith("Said ")
            and rest in surnames
            and not text[max(0, span.start - 2) : span.start].strip(" .\n")
            and text.startswith((":", ","), span.end)
        ):
            mended[index] = EntitySpan(span.start + 5, span.end, "PERSON", rest)
    return mended


# a military unit named by its number ("the U.S. 7th Fleet", "101st Airborne Division"), which
# the recogniser read as a common word or not at all
_UNIT_NOUNS = ("Fleet", "Army", "Corps", "Division", "Brigade", "Regiment", "Battalion")
_UNIT_NOUN_RUNS = frozenset(noun.encode("ascii") for noun in _UNIT_NOUNS)  # a unit's noun is a
# whole letter run of the text (a space before it, a word's boundary after it): looked up among
# the runs ``listed_verbs`` reads (``_SCANNED``), not each searched for through the text
# a surname spelt as a function word, whole where it names (``_SURNAME_WORDS``)
_SHORT_SURNAME_RUNS = frozenset(word.strip().encode("ascii") for word in _SURNAME_WORDS)
# unlisted verbs of speech a clause follows ("Koizumi revealed that X"): their subject, a name
# the recogniser missed, stands where a speaker stands, for a later "he" (stfix144); not
# "admitted" or "conceded", whose capitalised subjects cost the dev set a speaker
_UNLISTED_TELLING = ("disclosed", "hinted", "mentioned", "revealed")
_UNLISTED_TELLING_RUNS = frozenset(verb.encode("ascii") for verb in _UNLISTED_TELLING)


def _unlisted_telling_starts(text: str, present: frozenset[bytes]) -> list[int]:
    """Where each of the unlisted verbs ``present`` in ``text`` stands before "that"."""
    starts = []
    for run in present:
        needle = f" {run.decode('ascii')} that "
        at = text.find(needle)
        while at >= 0:
            starts.append(at + 1)
            at = text.find(needle, at + len(needle))
    return sorted(starts)


_SCANNED = scanned_with(
    [
        *_UNLISTED_TELLING,
        *_UNIT_NOUNS,
        "Said",
        *(word.strip() for word in _SURNAME_WORDS),
        *(run.decode("ascii") for run in _OPENING_ROLE_RUNS),
    ]
)

# the number first: the engine scans for a digit, where an optional country before it had it
# try the whole pattern at every character of the text; the country is read back from it
_NUMBERED_UNIT = lazy_compile(
    r"\d{1,3}(?:st|nd|rd|th) (?:[A-Z][a-z]+ ){0,2}"
    r"(?:Fleet|Army|Corps|Division|Brigade|Regiment|Battalion)\b"
)
_UNIT_COUNTRIES = ("U.S. ", "US ", "U.K. ", "UK ")  # "the U.S. 7th Fleet"


def _numbered_units(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with each military unit named by its number one organisation ("the U.S. 7th
    Fleet said", then "7th Fleet said": the fleet's; round 423), the mentions inside it
    dropped."""
    units = [_with_unit_country(text, m.start(), m.end()) for m in _NUMBERED_UNIT.finditer(text)]
    if not units:
        return spans
    kept = [s for s in spans if not any(u.start < s.end and s.start < u.end for u in units)]
    return sorted([*kept, *units], key=_START)


def _with_unit_country(text: str, start: int, end: int) -> EntitySpan:
    """A numbered unit's mention, from the country written right before its number, if one is."""
    country = next((c for c in _UNIT_COUNTRIES if text.endswith(c, 0, start)), "")
    return EntitySpan(start - len(country), end, "ORG", text[start - len(country) : end])


def _units_prefixed(found: list[_Found]) -> dict[str, str]:
    """Numbered units the article names elsewhere with their country before them ("the U.S.
    7th Fleet said ... 7th Fleet said": "U.S. 7th Fleet", the fullest form; round 423), by
    key. Of two such names ("U.S. 7th Fleet", "US Navy's 7th Fleet") the longest, the first
    found of equals: not the first a set gave, which followed the hash seed (det45)."""
    names = list(dict.fromkeys(f.speaker.name for f in found if f.speaker.type == "ORG"))
    prefixed: dict[str, str] = {}
    for f in found:
        if f.speaker.type == "ORG" and f.speaker.name[:1].isdigit():
            ending = f" {f.speaker.name}"
            longer = max((n for n in names if n.endswith(ending)), key=len, default=None)
            if longer is not None:
                prefixed[f.speaker.key] = longer
    return prefixed


def _initialism(name: str) -> bool:
    """Whether a name is a person's initials ("MbZ", "AMLO"): short, one word, two capitals."""
    return 1 < len(name) < 6 and " " not in name and sum(c.isupper() for c in name) > 1


def _persons_bracketed(text: str, found: list[_Found]) -> dict[str, str]:
    """Persons named by initials the text gives in brackets right after their name ("UAE
    President Mohammed bin Zayed (MbZ) ... MbZ added"), by key: named by the words whose
    initials they are (round 456), as the article names the speaker most fully."""
    spelt_out: dict[str, str] = {}
    read: set[str] = set()  # each speaker's brackets looked for once, not per statement
    for f in found:
        name = f.speaker.name
        if f.speaker.key in read or f.speaker.type != "PERSON" or not _initialism(name):
            continue
        read.add(f.speaker.key)
        bracket = text.find(f" ({name})")
        if bracket < 1:
            continue
        words = text[max(0, bracket - 80) : bracket].split()[-len(name) :]
        if (
            len(words) == len(name)
            and words[0][:1].isupper()
            and words[-1][:1].isupper()
            and "".join(w[0] for w in words).lower() == name.lower()
        ):
            spelt_out[f.speaker.key] = " ".join(words)
    return spelt_out


def _government_placed(found: list[_Found]) -> dict[str, str]:
    """ "the government" speaking where the article's one other government speaker is named
    by its country ("a government statement said ... The Maltese government added"): that
    one, named as fully as the article names it (round 451), by key; with two ("the Maltese
    government", "the Italian government") neither."""
    placed = {
        f.speaker.name
        for f in found
        if f.speaker.name.endswith(" government") and f.speaker.name[:1].isupper()
    }
    if len(placed) != 1:
        return {}
    name = placed.pop()
    return {f.speaker.key: name for f in found if f.speaker.name == "government"}


def _portfolios_listed(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a ministry's name run on over the portfolios listed after its first
    ("the Ministry of Foreign Affairs, Trade and Development said"): the recogniser ends it at
    the comma and may read the last portfolio as a person. Not over places or full names
    ("the Ministry of X, Norland and Sudland"): those are others named with it."""
    mended = list(spans)
    for span in spans:
        if span.type != "ORG" or not span.text.startswith(("Ministry of ", "Department of ")):
            continue
        listed = _PORTFOLIOS_LISTED.match(text, span.end)
        if listed is None:
            continue
        inside = [s for s in spans if span.end <= s.start < listed.end()]
        if any(s.type == "GPE" or (s.type == "PERSON" and " " in s.text) for s in inside):
            continue
        mended = [s for s in mended if s not in inside]
        whole = EntitySpan(span.start, listed.end(), "ORG", text[span.start : listed.end()])
        mended[mended.index(span)] = whole
    return mended


def _minister_portfolios_listed(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a minister's title run on over the portfolios listed after its first,
    up to the full name it titles ("Minister of Foreign Affairs, Emigration and Egyptian
    Expatriates Badr Abdelatty"): the recogniser ends the title at the comma, so the name is
    left untitled, and may read the last portfolio as a person or as the name's first word
    ("Expatriates Ivo Marsh": cut off where a given name follows; round 293). Not over places
    or other full names: those are others named with it."""
    mended = list(spans)
    for index, span in enumerate(spans):
        if span.type != "ROLE" or not span.text.startswith("Minister of "):
            continue
        if not text.startswith(", ", span.end):  # the cheap test first
            continue
        named = next(
            (s for s in spans[index + 1 : index + 5] if s.type == "GPE" or " " in s.text), None
        )
        if named is None or named.type != "PERSON" or named.start - span.end > _PORTFOLIOS_REACH:
            continue
        name = named
        first, _, rest = named.text.partition(" ")
        if " " in rest and _given_name_after(first, rest.partition(" ")[0]):
            start = named.start + len(first) + 1
            name = EntitySpan(start, named.end, "PERSON", rest)
        end = name.start - 2 if text.startswith(", ", name.start - 2) else name.start - 1
        if _ROLE_PORTFOLIOS.fullmatch(text, span.end, end) is None:
            continue
        mended = [s for s in mended if s is named or not span.end <= s.start < end]
        mended[mended.index(span)] = EntitySpan(span.start, end, "ROLE", text[span.start : end])
        mended[mended.index(named)] = name
    return mended


def _given_name_after(word: str, following: str) -> bool:
    """Whether a name's first word is no given name and its second one is ("Expatriates Ivo
    Marsh"): the first is a word run into the name."""
    names = load_gazetteer().given_names
    return following in names and word not in names


def _persons_past_body_words(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a person's mention cut to the name: past the end of a body's or an
    event's name the recogniser ran into it ("Director of the Nordic Song Contest Ivo Darn":
    "Song Contest Ivo Darn"), up to the last body or event noun where two words or more are
    left, the body's name, its capitalised words before, an organisation's mention of its own
    (a title's, "Director of" it); and before the honours' letters after a name ("Ivo Darn
    CBE"), a title (stfix158)."""
    mended: list[EntitySpan] | None = None  # copied on the first mend: most articles have none
    bodies: list[EntitySpan] = []
    for index, span in enumerate(spans):
        if span.type != "PERSON" or span.text.count(" ") < 2:
            continue  # the cheap tests first: a name of three words or more
        words = span.text.split(" ")
        cut = 0
        for at, word in enumerate(words[:-2]):
            if word.lower() in _BODY_NAME_HEADS and word[:1].isupper():
                cut = at + 1
        start = span.start + len(" ".join(words[:cut])) + 1 if cut else span.start
        end = span.end
        if words[-1] in _POST_NOMINALS and len(words) - cut > 2:
            end -= len(words[-1]) + 1
        if (start, end) == (span.start, span.end):
            continue
        if mended is None:
            mended = list(spans)
        mended[index] = EntitySpan(
            start, end, "PERSON", span.text[start - span.start : end - span.start]
        )
        if cut:
            body = _capitalised_run_start(text, span.start, spans[index - 1].end if index else 0)
            bodies.append(EntitySpan(body, start - 1, "ORG", text[body : start - 1]))
    if mended is None:
        return spans
    return sorted(mended + bodies, key=_START) if bodies else mended


def _capitalised_run_start(text: str, start: int, floor: int) -> int:
    """Where the run of capitalised words ending at ``start`` opens, no further back than
    ``floor``: "the Nordic Song Contest" opens at "Nordic"."""
    while start > floor + 1 and text[start - 1] == " ":
        before = text.rfind(" ", floor, start - 1) + 1
        if before < floor or not text[before : before + 1].isupper():
            break
        start = before
    return start


# a body's or an event's head noun, ending its name; the honours' letters after a name
_BODY_NAME_HEADS = lx.ORG_HEADS | {"contest", "festival", "championship", "summit", "conference"}
_POST_NOMINALS = frozenset({"CBE", "OBE", "MBE", "KBE", "DBE", "GBE", "KCMG", "GCMG"})


def _org_openers_taken_in(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with an organisation's opening word the recogniser left out of its name
    taken in ("Cambodia’s State Secretariat of Border Affairs": the secretariat's fullest
    name; round 509), when the word stands alone before it (no capitalised word before); a
    national Red Cross or Red Crescent society's nationality too ("the British Red Cross":
    the society's own name, not the movement's; round 579)."""
    societies = " Red Cr" in text  # the cheap test first
    mended: list[EntitySpan] | None = None  # copied on the first mend: most articles have none
    for index, span in enumerate(spans):
        if span.type != "ORG":
            continue
        start = _opening_left_out(text, span, societies)
        if start < 0 or (index and spans[index - 1].end > start):
            continue  # none, or the word is another mention's
        if mended is None:
            mended = list(spans)
        mended[index] = EntitySpan(start, span.end, "ORG", text[start : span.end])
    return spans if mended is None else mended


def _opening_left_out(text: str, span: EntitySpan, societies: bool) -> int:
    """Where an organisation's name opens with the word before ``span`` taken in, or -1
    (the cheap tests first: most names have neither)."""
    if text.endswith(lx.ORG_NAME_OPENERS, 0, span.start):
        start = text.rfind(" ", 0, span.start - 1) + 1
        if start > 1 and text[start - 2].isupper() and text[start - 1] == " ":
            return -1  # "Islamic State Secretariat": a longer name, not this one's opening
        return start
    if societies and span.text in _MOVEMENT_NAMES and text[span.start - 1 : span.start] == " ":
        start = text.rfind(" ", 0, span.start - 1) + 1
        return start if text[start : span.start - 1] in load_gazetteer().demonyms else -1
    return -1


_MOVEMENT_NAMES = frozenset({"Red Cross", "Red Crescent"})


def _peers_designated(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a peer's place in the peer's name ("Lord Ahmad of Wimbledon": "Ahmad
    of Wimbledon", the fullest form without the title; round 511), the recogniser's place
    dropped."""
    mended: list[EntitySpan] = []
    end = -1  # where the last designation taken in ends
    for span in spans:
        if span.start < end:
            continue
        if (
            span.type == "PERSON"
            and text.startswith(" of ", span.end)
            and text.endswith(lx.PEERAGE_TITLES, 0, span.start)
            and (place := _DESIGNATION.match(text, span.end + 4)) is not None
        ):
            end = place.end()
            span = EntitySpan(span.start, end, "PERSON", text[span.start : end])
        mended.append(span)
    return mended


def _excellency_cut(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` without the second letter of "His Excellency" typed "H,E": the recogniser
    reads "E" as the initial of the name after it ("H,E Ana Berg" is Ana Berg)."""
    return [
        EntitySpan(s.start + 2, s.end, "PERSON", s.text[2:])
        if s.type == "PERSON" and s.text.startswith("E ") and text.endswith("H,", 0, s.start)
        else s
        for s in spans
    ]


def _second_office_cut(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a minister's title cut off the body of a second office the recogniser
    ran it into ("Trade Minister and Unity Party Council Member X": the title, the party, the
    title in it), and that title's leading capitalised words joined to it ("Council Member"):
    both titles are the person's, so "the minister" is X (round 372)."""
    cut: list[EntitySpan] = []
    for s in spans:
        joint = s.text.find("inister and ") if s.type == "ORG" else -1
        if joint > 0 and s.text[0].isupper() and " of " not in s.text[:joint]:
            title_end = s.start + joint + len("inister")
            body_start = title_end + len(" and ")
            cut.append(EntitySpan(s.start, title_end, "ROLE", text[s.start : title_end]))
            cut.append(EntitySpan(body_start, s.end, "ORG", text[body_start : s.end]))
            continue
        if s.type == "ROLE" and cut and cut[-1].type == "ORG" and len(cut) > 1:
            gap = text[cut[-1].end : s.start]
            if (
                cut[-2].type == "ROLE"
                and cut[-2].end + 5 == cut[-1].start
                and gap.strip()
                and all(word[:1].isupper() for word in gap.split())
            ):  # "Unity Party Presidium Member": the words between are the title's
                s = EntitySpan(cut[-1].end + 1, s.end, "ROLE", text[cut[-1].end + 1 : s.end])
        cut.append(s)
    return cut


def _before_relative_characterising(text: str, start: int, end: int) -> int:
    """Where a reported clause ends before a relative clause in which its speaker calls
    something by a name ("X pertains to the border, which he described as an “existential
    issue”"): the name is a quotation of its own, not part of what was said."""
    relative = _RELATIVE_CHARACTERISING.search(text, start, end)
    return end if relative is None else relative.start()


def _unnamed_document(text: str, start: int, end: int) -> bool:
    """Whether an inverted attribution's subject is a document whose issuer goes unnamed
    ("said an official statement"), not one its issuer's noun modifies ("said a ministry
    statement": the ministry's, as "a ministry statement said" is)."""
    document = _UNNAMED_DOCUMENT.match(text, start, end)
    if document is None:
        return False
    modifiers = document.group(1).split()
    return not modifiers or modifiers[-1].lower() not in lx.ORG_HEADS


def _capitalised_role_nouns(spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a role noun set in capitals taken out of the title it opens ("A
    SPOKESPERSON for the Taoiseach said", a lede's opening words in capitals): the
    recogniser reads it as a titled office; in lowercase it leaves the noun a word of its own
    and the title whom it serves, and so does this."""
    mended: list[EntitySpan] = []
    for span in spans:
        if span.type != "ROLE":
            mended.append(span)
            continue
        noun, _, rest = span.text.partition(" ")
        served = _SERVED_OPENING.match(rest)
        if served is None or not noun.isupper() or noun.lower() not in lx.ROLE_NOUNS:
            mended.append(span)
        elif served.end() < len(rest):  # whom it serves: a title of its own
            start = span.end - len(rest) + served.end()
            mended.append(EntitySpan(start, span.end, "ROLE", rest[served.end() :]))
    return mended


def _closing_attribution(text: str, verb: re.Match[str], s_end: int) -> int:
    """Where an attribution closing a sentence, its subject in a lowercase word or two, is
    set off by a comma or a dash ('X said Y — «c’est la guerre» — one said.', newuser43):
    the content before ends there, no word of it; else -1."""
    if _CLOSING_REST.fullmatch(text, verb.end(), s_end) is None:  # no slice of the sentence
        return -1
    start = max(0, verb.start() - _CLOSING_SUBJECT_REACH)
    joint = max(text.rfind(mark, start, verb.start()) for mark in _CLOSING_JOINTS)
    if joint < 0:
        return -1
    subject = text[joint : verb.start()].strip(" ,—–")
    words = subject.split()
    return joint if 0 < len(words) <= 2 and subject.islower() else -1


def _place_surnames(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` with a surname spelt as a place joined to the given name before it, where the
    recogniser cut the name there: a one-word name and a one-word place right after it, set
    off by commas together (", Rangsiman Rome, described", round 411): one person; or an
    unknown word opening a sentence before it, a role set off after it ("Rangsiman Rome, the
    deputy leader of ..., said", round 617). A place after a name is otherwise no surname
    ("Biden Kyiv visit")."""
    joined: list[EntitySpan] | None = None
    for index in range(len(spans) - 1):
        place = spans[index + 1]
        if place.type not in _PLACE_TYPES:
            continue  # the cheap test first: most spans are no place
        name = spans[index]
        if (
            name.type == "PERSON"
            and place.start == name.end + 1
            and text[name.end] == " "
            and text[place.end : place.end + 1] == ","
            and text[name.start - 2 : name.start] == ", "
            and " " not in name.text
            and " " not in place.text
        ):
            if joined is None:
                joined = list(spans)
            joined[index] = EntitySpan(
                name.start, place.end, "PERSON", text[name.start : place.end]
            )
            joined[index + 1] = joined[index]
        elif (
            text.startswith(", ", place.end)
            and name.end < place.start - 1
            and " " not in place.text
            and _role_apposed(text, place.end)
        ):
            given = _opening_unknown_word(text, place.start)
            if given >= 0:  # "Rangsiman Rome, the deputy leader of ..., said" (round 617)
                if joined is None:
                    joined = list(spans)
                joined[index + 1] = EntitySpan(given, place.end, "PERSON", text[given : place.end])
        elif " " not in place.text and _NAME_GOES_ON.match(text, place.end) is not None:
            given = _given_after_role_noun(text, place.start)
            if given >= name.end:  # "resident Rahim Kandahar said": a place as the surname of
                if joined is None:  # a given name no list knows, a role noun before it
                    joined = list(spans)
                joined[index + 1] = EntitySpan(given, place.end, "PERSON", text[given : place.end])
    if joined is None:
        return spans
    return list(dict.fromkeys(joined))


def _given_after_role_noun(text: str, start: int) -> int:
    """Where a capitalised word no list knows stands right before the place at ``start``, a
    lowercase role noun before it ("Rahim" of "resident Rahim Kandahar said"): the place is
    its surname; else -1."""
    given = _ROLE_GIVEN_BEFORE.search(text, max(0, start - _GIVEN_REACH), start)
    if given is None or given.group(1) not in lx.ROLE_NOUNS:
        return -1
    word = given.group(2)
    gazetteer = load_gazetteer()
    if word.lower() in gazetteer.common_words or word in gazetteer.not_name_words:
        return -1
    return given.start(2)


def _role_apposed(text: str, comma: int) -> bool:
    """Whether a role noun's phrase is set off after the comma at ``comma`` (", the deputy
    leader of X", ", a spokesman for Y"): a person was named before it."""
    aside = _ROLE_ASIDE.match(text, comma)
    return aside is not None and not lx.ROLE_NOUNS.isdisjoint(aside.group(1).split())


def _opening_unknown_word(text: str, start: int) -> int:
    """Where a capitalised word no list knows opens the paragraph or sentence right before the
    place at ``start`` ("Rangsiman" of "Rangsiman Rome"): the place is its surname; else -1."""
    given = _OPENING_WORD_BEFORE.search(text, max(0, start - _GIVEN_REACH), start)
    if given is None:
        return -1
    word = given.group(1)
    gazetteer = load_gazetteer()
    if (
        word.lower() in gazetteer.common_words
        or word in gazetteer.names.entries
        or word in gazetteer.not_name_words
    ):
        return -1
    return given.start(1)


_ROLE_ASIDE = lazy_compile(r", (?:the|a|an) ((?:[a-z-]+ ){0,3}[a-z-]+)")
_OPENING_WORD_BEFORE = lazy_compile(r"(?:^|\n|\. )([A-Z][a-z]+) $")
_ROLE_GIVEN_BEFORE = lazy_compile(r"(?:^|\s)([a-z]+) ([A-Z][a-z]+) $")
# after a place read as a surname: a verb, a comma or a bracket, no capitalised word going on
_NAME_GOES_ON = lazy_compile(r"(?:,| [a-z(])")


def _apposed_short_surnames(
    text: str, spans: list[EntitySpan], verb_starts: list[int]
) -> list[EntitySpan]:
    """``spans`` with the names the recogniser cuts where a surname is spelt as a function
    word ("An X, spokesperson for ...", then '"...," An said'; round 288): the name opened by
    it, apposed to a role noun, and the surname alone right before a listed verb once the full
    name is known. "An" before a consonant is no article; "An official said" has none."""
    titles = load_gazetteer().title_words
    places = [s for s in spans if s.type != "PERSON"]
    added: list[EntitySpan] = []
    surnames: set[str] = set()
    for word in _SURNAME_WORDS:
        at = text.find(word)
        while at >= 0:
            name = _APPOSED_SHORT_SURNAME.match(text, at)
            if (
                name is not None
                and (at == 0 or not text[at - 1].isalnum())
                and (name.group(2) in lx.ROLE_NOUNS or name.group(2) in titles)
                and (
                    name.group(1)[0] not in _VOWELS_AND_H
                    if word == "An "
                    else not any(s.start == name.start(1) for s in places)
                )  # "To Russia, President X said": a place, not a given name
            ):
                end = name.end(1)
                added.append(EntitySpan(at, end, "PERSON", text[at:end]))
                role = name.start(2)
                if name.group(2) in lx.ROLE_NOUNS:
                    added.append(EntitySpan(role, name.end(2), "ROLE", name.group(2)))
                surnames.add(word)
            at = text.find(word, at + 3)
    surnames.update(
        s.text[:3] for s in spans if s.type == "PERSON" and s.text.startswith(_SURNAME_WORDS)
    )
    verbs = set(verb_starts) if surnames else set()
    for word in surnames:
        at = text.find(word)
        while at >= 0:
            if at + 3 in verbs and at > 0 and not text[at - 1].isalnum():
                added.append(EntitySpan(at, at + 2, "PERSON", word[:2]))
            at = text.find(word, at + 3)
    if not added:
        return spans
    kept = [s for s in spans if not any(s.start < a.end and a.start < s.end for a in added)]
    return sorted([*kept, *added], key=_START)


def _unquoted(text: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence holds no quotation mark and opens with none (one a quotation runs
    over says nothing of who speaks after it)."""
    start, end = sentence
    return not any(text.find(mark, max(0, start - 1), end) >= 0 for mark in _QUOTATION_MARKS)


def _is_country(word: str) -> bool:
    """Whether the recogniser's gazetteer knows ``word`` as a place's whole name."""
    entry = load_gazetteer().names.entries.get(word)
    return getattr(entry, "type", "") == "GPE"


def _participle_clause_after(text: str, verb_end: int, rest: str) -> bool:
    """Whether a participle's clause follows an attributing verb after a comma ('"...," he
    mentioned, making it clear that X'): the attribution ends at the comma."""
    first = rest.split(maxsplit=1)[0]
    return text.startswith(", ", verb_end) and first.endswith("ing") and first.islower()


def _quoted_group(quoted: re.Match[str]) -> bool:
    """Whether whom an outlet quotes "as saying" is a group, its noun among the first words
    ("cited officials close to X", "quoted senior Western diplomats"), a name after it only
    its complement."""
    if quoted.lastindex != 1:
        return False
    words = quoted.group(1).split(" ", _QUOTED_GROUP_WORDS)[:_QUOTED_GROUP_WORDS]
    return any(word in lx.GROUP_NOUNS for word in words)


def _predicate_joined_after(text: str, content_end: int, verb_start: int) -> bool:
    """Whether the first listed verb outside a quotation opens a predicate joined after it
    ('He spoke of "..." and also said that X'): a clause of its own, the quotation not in it."""
    return verb_start > content_end and bool(
        _JOINED_PREDICATE.fullmatch(text, content_end + 1, verb_start)
    )


def _after_second_predicate(text: str, outside: _OutsideVerbs, open_at: int) -> bool:
    """Whether a quotation follows the second, unlisted predicate of the subject of the last
    listed verb before it ('highlighted X and has made a call to "..."', round 266): that
    verb's clause ends before it, unless a verb before it opens a clause, which may go on
    ("said the sides met and agreed to ...", "added that X had worked ... and postponed")."""
    before = bisect_right(outside.ends, open_at)  # how many end before it
    if not before or outside.first_opener < before:
        return False
    return _joined_past(text, outside.ends[before - 1], open_at) is not None


def _clause_joined_after(text: str, claim: _Claim) -> _Claim | None:
    """The clause an attribution inserted after a statement's content goes on with, joined by
    "and" or "but" ("Talks went well, he said, and the ties were good"): the speaker's too."""
    verb = claim.verb
    if verb is None or claim.form is None:
        return None
    joint = next((j for j in _CLAUSE_JOINED if text.startswith(j, verb.end())), None)
    if joint is None:
        return None
    return _Claim("reported", verb.end() + len(joint), claim.speaker, verb, claim.form, verb.end())


def _adjunct_then_sentence(text: str, verb: re.Match[str], open_at: int) -> bool:
    """Whether "said" and an adjunct of time or place introduce a quoted sentence with no
    comma or colon between ('X said during the campaign "We have to ..."', round 266)."""
    return (
        FORMS[verb.group()].lemma == "say"
        and text[open_at + 1 : open_at + 2].isupper()
        and _ADJUNCT_BEFORE_QUOTATION.fullmatch(text, verb.end(), open_at) is not None
    )


def _noun_then_relative(units: list[Unit]) -> bool:
    """Whether the words between a comma and a verb are a noun in apposition and a relative
    clause's subject ("a move the government announced", "an issue the ministry raised"): the
    noun is the verb's object, summing up what went before, no attribution of it (round 589);
    "a spokesman said" has no determiner after its noun."""
    return (
        len(units) > 2
        and units[0].low in _INDEFINITE_ARTICLES
        and units[1].kind == "WORD"
        and units[1].text.isalpha()
        and units[1].text.islower()
        and units[1].low not in _SUBJECT_NOUNS
        and units[2].low in _RELATIVE_SUBJECT_OPENERS
    )


_INDEFINITE_ARTICLES = frozenset({"a", "an"})
_RELATIVE_SUBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this"})


def _unlisted_past(unit: Unit) -> bool:
    """Whether a word may be a past-tense verb not in the list ("described", "wrote")."""
    word = unit.text
    return (
        unit.kind == "WORD"
        and word.isalpha()
        and word.islower()
        and (word.endswith("ed") or word in _IRREGULAR_PASTS)
    )


def _after_relative_opening(text: str, start: int) -> int:
    """Where the clause of a sentence opening with a preposition and "which" starts ("To
    which X replied: ...", answering the sentence before: X its subject), else ``start``."""
    which = text.find(" which ", start, start + 14)
    if which > start and text[start:which].lower() in lx.PREPOSITIONS:
        return which + 7
    return start


# a word before which a base form is no present tense: an infinitive's, a modal's, a request's
_NOT_PRESENT = lazy_compile(
    r"\b(?:to|will|would|can|could|should|must|may|might|shall|did|do|does|let|lets|help"
    r"|helps|make|makes|n[’']t|not|never|[Hh]ow|[Ww]hy|[Ww]hether|[Ii]f|who|which|that)\b"
)


def _present_predicates(text: str, start: int, joint: int, verb_start: int) -> bool:
    """Whether a base form after "and" ("The unions reject the cuts and say they will
    strike") is the present tense of a plural subject's second predicate, as "says" is of a
    singular one (stfix157): a plain "and" only, no comma, question mark, infinitive, modal
    or negation in the sentence before it ("want to reject X and say Y", "will meet and
    say", "did not agree and say") and the sentence no question."""
    if not text.startswith(" and ", joint) or joint + 5 != verb_start:
        return False
    if text.find(",", start, joint) >= 0 or text.find("?", start, joint) >= 0:
        return False
    return _NOT_PRESENT.search(text, start, joint) is None


def _coordination_before(text: str, start: int, end: int) -> int:
    """Where "and", ", and" or ", but" ends ``text[start:end]`` (spaces after it aside), or -1:
    read from the end, not searched for from the sentence's start."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if not text.endswith(_COORDINATED, start, end):
        return -1  # one test of all four first: most subjects end in none
    for joint in _COORDINATED:
        if text.endswith(joint, start, end):
            return end - len(joint)
    return -1


def _listed_predicate(text: str, s_start: int, verb: re.Match[str], s_end: int) -> int:
    """Where the comma before a past tense ends the predicate before it, when both stand in a
    list of predicates that "and" and a third past tense close ("X congratulated Y on his
    election, affirmed Z and voiced W": the subject's, as after "and"; round 620), or -1. The
    first predicate is a past tense after a subject with no comma of its own (not "The deal,
    signed in May, affirmed")."""
    comma = verb.start() - 2
    if text.find(",", s_start, comma) >= 0 or _PAST_PREDICATE.search(text, s_start, comma) is None:
        return -1
    return comma if _LAST_PREDICATE.search(text, verb.end(), s_end) is not None else -1


def _headline_predicates(text: str, s_start: int, verb: re.Match[str], s_end: int) -> int:
    """Where the comma before a present tense ends the predicate before it, in a headline's or
    standfirst's two predicates with no "and" ("Peru rejects the plan, says X would fail"):
    the subject's, its words a clause of their own, not a speaker named after them ("..., says
    the minister", "..., says Juan Ruiz"), or -1. The first predicate is a present tense
    right after a subject in capitals, with no comma of its own (stfix152)."""
    comma = verb.start() - 2
    if text.find(",", s_start, comma) >= 0 or not _HEADLINE_PREDICATE.match(text, s_start, comma):
        return -1
    rest = _WORDS_AFTER_PREDICATE.match(text, verb.end(), s_end)
    noun = rest.group(2) if rest is not None else ""
    if not noun or noun in lx.ROLE_NOUNS or noun in lx.ORG_HEADS or noun.endswith(_ROLE_ENDS):
        return -1
    return comma


def _ends_in_source_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a verb ``_SOURCE_CLAUSE`` ends in (then a stop and
    spaces): the cheap test before that search, which tries every comma of the statement."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] in ".!?":
        end -= 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if text.endswith(_SOURCE_VERBS, start, end):
        return True
    tail = text[max(start, end - _SOURCE_DATED_REACH) : end]  # one short copy, then ``in``
    return ("report" in tail or "wr" in tail or "quoted" in tail) and _SOURCE_VERB_DATED.search(
        tail
    ) is not None


def _noun_before_verb(text: str, verb: re.Match[str], form: VerbForm) -> bool:
    """Whether a present-tense form is a noun followed by its own verb: an auxiliary ("the
    calls were"), or for "state(s)", the one most often a noun, a past tense ("Asean states
    signed") or a word that makes it one ("member states on Monday gathered")."""
    if form.participle or verb.group() == form.past:
        return False
    following = _WORDS_AHEAD.match(text, verb.end())
    if following is None:
        return False
    word = following.group(1)
    if word in lx.AUXILIARIES or word in lx.BE_FORMS:
        if text.endswith((" he ", " she "), 0, verb.start()):
            return False  # "The need to act he says is key": a verb after its pronoun
        return _relative_sayer(text, 0, verb.start()) == 0  # "the calls were", but "groups who
        # analysts say are trying to": a group's verb inside a relative clause
    if form.lemma != "state":
        return False
    if word.islower() and word.endswith("ed"):
        return True
    if (listed := FORMS.get(word)) is not None and listed.past == word:
        return True  # "donor states said", "the member states told": a listed past (round 397)
    if word in _STATE_COMPOUNDS:
        return True  # "for leaking state secrets", "state media": a noun's modifier (round 380)
    if text.endswith(" of ", 0, verb.start()):
        return True  # "heads of state of the region to discuss": no verb after "of"
    return _after_states_word(text, verb.start())


def _title_and_name_after(subjects: Subjects, after: int, s_end: int) -> bool:
    """Whether a title and a name, and nothing else, follow a verb to its sentence's end."""
    if not subjects.text[after + 1 : after + 2].isupper():
        return False  # the cheap test first: "said Foreign ...", not "says the"
    stop = after + len(subjects.text[after:s_end].rstrip(' .!?"”’'))
    if stop - after > _TITLE_AND_NAME_REACH:
        return False  # a clause, not a title and a name: read no units
    units = subjects.units(after, stop)
    return len(units) == 2 and units[0].kind == "ROLE" and units[1].kind == "PERSON"


# names joined by "and" right before "states": the noun's modifiers (round 403)
_NAMES_JOINED = lazy_compile(r"\b[A-Z][\w-]* and (?:[A-Z][\w-]* )+$")
_NAMES_JOINED_REACH = 40  # characters before the last name the first one may start in
# a listed verb's noun after an article and at most one modifier ("in an advisory note")
_NOUN_OF_SPEECH = lazy_compile(
    r"\b(?:a|an|the|his|her|its|their|our) (?:[\w-]+ ){0,2}"
    r"(?:note|remark|pledge|vow|request|warning)s?\b"  # "a thinly veiled warning" (stfix154)
)
# a plural quantifier two words before "states" ("many Caribbean states"): a noun
_COUNTING_BEFORE_STATES = lx.GROUP_PREDETERMINERS | {"other", "these", "those"}
_NOUN_STATES = lazy_compile(rf"\b(?:{'|'.join(sorted(lx.BEFORE_STATES))}) states\b", re.IGNORECASE)


_TOPIC_OPENINGS = (" the ", " his ", " her ", " its ", " their ")
_OWNER_OPENING = lazy_compile(r" [A-Z][\w-]*[’']s ")  # "explained Beijing’s stance": an owner's
_QUESTION_OBJECTS = (" a question", " questions", " several questions", " a few questions")
# "asked" an addressee, then "about" a topic: no content
_ASKED_SOMEONE_ABOUT = lazy_compile(
    r" (?:him|her|them|us|me|(?:the |his |her |their )?(?:[A-Z][\w’'-]*|[a-z]+)"
    r"(?: [A-Z][\w’'-]*){0,3}) about "
)


def _explained_topic(text: str, position: int, s_end: int) -> bool:
    """Whether what "explain" takes is a noun phrase naming a topic, up to the clause's comma
    ("explaining the importance of the pact,"), with no clause or "as" of its own ("explained
    the outburst not as an attack but as a critique" says what he made of it)."""
    comma = text.find(",", position, s_end)
    phrase = text[position : comma if comma >= 0 else s_end]
    for participle in _EXPLAINED_THEN_SAYING:
        if participle in phrase:  # "explained her country’s veto saying “...”": the topic
            phrase = phrase[: phrase.index(participle)]  # then what she said (round 404)
    joined = phrase.find(" and ")
    while joined >= 0:  # "explained X's stance on Y and said Z": the next verb's clause apart
        if VERB_RE.match(phrase, joined + 5) is not None:
            phrase = phrase[:joined]
            break
        joined = phrase.find(" and ", joined + 5)
    return not any(word in phrase for word in _EXPLAINED_CLAUSE_WORDS) and not holds_listed_verb(
        phrase
    )


_EXPLAINED_THEN_SAYING = (" saying ", " adding ")
_EXPLAINED_CLAUSE_WORDS = (" that ", " as ", " how ", " why ", " what ", " is ", " was ", " are ")


def _after_states_word(text: str, start: int) -> bool:
    """Whether the word before "state(s)" at ``start`` makes it a noun ("member states")."""
    before = last_word(text, max(0, start - 30), start - 1)
    if before is None:
        return False
    word = text[before[0] : before[1]]
    if word.lower() in lx.BEFORE_STATES:
        return True
    if not word[:1].isupper():  # the cheap test first
        return False
    counted = last_word(text, max(0, before[0] - 30), before[0] - 1)
    if counted is not None and text[counted[0] : counted[1]].lower() in _COUNTING_BEFORE_STATES:
        return True  # "an alliance of many Caribbean states with X": a quantifier, then the
        # name's modifier, counts states, no subject's verb (stfix116)
    joined = _NAMES_JOINED.search(text, max(0, before[0] - _NAMES_JOINED_REACH), start)
    if joined is None:
        return False  # "Sudan's Gadarif and Blue Nile states border X": names joined take no
        # "states" verb, unless a preposition's object ("the report by A and B states")
    opening = last_word(text, max(0, joined.start() - 30), joined.start() - 1)
    return opening is None or text[opening[0] : opening[1]].lower() not in lx.PREPOSITIONS


def _ends_in_role(units: list[Unit]) -> bool:
    """Whether words end in a title ("the government's own special advisor"): a name in
    apposition after them is their subject's, not an inverted attribution's."""
    return bool(units) and (units[-1].kind == "ROLE" or units[-1].low in lx.ROLE_NOUNS)


def _names_role(units: list[Unit]) -> bool:
    """Whether an apposition names a role: "the lead spokesman for foreign affairs"."""
    head = next((i for i, u in enumerate(units) if u.low in lx.PREPOSITIONS), len(units))
    last = units[head - 1] if head else None
    return last is not None and (last.kind == "ROLE" or last.low in lx.ROLE_NOUNS)


def _owned_speech_only(text: str, position: int, s_end: int) -> bool:
    """Whether a verb's object is only someone's words named ("Z’s statement"), up to a
    comma or the sentence's end: whose words, no content."""
    owned = _OWNED_SPEECH_OBJECT.match(text, position - 1, s_end)
    return owned is not None and not text[owned.end() : s_end].strip(" .!?").split(",")[0]


_UNNAMED = lazy_compile(r"\b(?:named|identified|anonymity)\b")  # a source who stays unnamed


def _before_subjects_relative(text: str, start: int, end: int) -> int:
    """Where an inverted attribution's subject ends before its own relative clause ("X, the
    spokesman who asked not to be named said."): a noun and "who", the clause running to the
    verb with no comma (round 393); else ``end``."""
    who = text.find(" who ", start, end)
    if text.find(",", who, end) >= 0 or not text[start:who].strip():
        return end
    last = text[start:who].rpartition(" ")[2].lower()
    return who if last in lx.ROLE_NOUNS or last in lx.GROUP_NOUNS else end


def _names_only(words: str) -> bool:
    """Whether words before an attribution's comma only name someone ("The bloc chairman,
    the Hon. X"): capitalised words and the function words of titles, no clause."""
    return _NAMES_ONLY.fullmatch(words.strip()) is not None


def _addressee_only(rest: str) -> bool:
    """Whether all that follows "told" is whom it was told to ("the visiting official",
    "reporters"): a short phrase with no clause, ending in a person's or a group's noun. Its
    words split only as far as the limit: ``rest`` may be the rest of a run-on sentence."""
    words = rest.strip(_TRAILING + '”’"').split(None, _TITLE_APPOSITION_WORDS + 2)
    if len(words) > 1 and (words[-1] in lx.WEEKDAYS or words[-1] in _DAY_WORDS):
        del words[-2 if words[-2] == "on" and words[-1] in lx.WEEKDAYS else -1 :]
        # "told the state news agency on Sunday": the day told on, after whom it was told to
    name = words[1:] if words and words[0] == "the" else words  # "the BBC"
    if 0 < len(name) <= _NAMED_ADDRESSEE_ONLY and all(w[:1].isupper() for w in name):
        return "," not in rest  # "told AFP", "told Al Jazeera": a name, no clause (round 617)
    return (
        0 < len(words) <= _TITLE_APPOSITION_WORDS
        and "," not in rest
        and not holds_listed_verb(
            " ".join(w for n, w in enumerate(words) if not n or words[n - 1] not in _ARTICLES)
        )  # "the state news agency": a noun after its article, not the verb "state"
        and words[-1].lower() in _SUBJECT_NOUNS | _ADDRESSEE_NOUNS
        and not any(word.lower() in lx.BE_FORMS or word.lower() in lx.AUXILIARIES for word in words)
    )


def _role_then_participle(units: list[Unit]) -> bool:
    """Whether an apposition opens with a role its participle describes ("Norland's envoy
    heading the new embassy in X", "the official leading the talks"): a role too."""
    return any(
        (unit.kind == "ROLE" or unit.low in lx.ROLE_NOUNS)
        and following.kind == "WORD"
        and following.text.islower()
        and following.text.endswith("ing")
        for unit, following in itertools.pairwise(units[:5])
    )


def _name_part(unit: Unit) -> bool:
    """A name's mention or word, or the full stop of an initial the mention stopped before."""
    return unit.kind == "PERSON" or (
        unit.kind == "WORD" and (unit.text[0].isupper() or unit.text == ".")
    )


def _form(verb: re.Match[str] | None) -> VerbForm | None:
    return FORMS[verb.group()] if verb is not None else None


def _labelled_caption(text: str, blocks: list[Block], index: int) -> bool:
    """Whether a block follows a caption's label on a line of its own ("Image caption,",
    "Media caption,": a copied BBC page's): the caption, no body (GUIDELINES rule 3; round
    507)."""
    if index == 0:
        return False
    label = blocks[index - 1]
    return text.endswith(" caption,", label.start, label.end) and label.end - label.start < 20


def _credited_caption(text: str, start: int, end: int) -> bool:
    """Whether a paragraph is a photo's caption, ending in its credit ("(Photo: VNA)",
    "(Minoru Iwasaki/Kyodo News via AP)", "(Xinhua/Wang Ye)"): not annotated (GUIDELINES 3)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text.endswith(")", start, end) and (
        _PHOTO_CREDIT.search(text, max(start, end - 80), end) is not None
    )


def _signs_a_tweet(text: str, span: EntitySpan) -> bool:
    """Whether a person's mention signs an embedded tweet ("— Amanda Khoza - The Journalist
    (@MandaKhoza) December 1, 2021"): its author, who is no one the article's "he" means."""
    return (
        span.type == "PERSON"
        and text.endswith(("— ", "- ", "―"), 0, span.start)
        and text.find("(@", span.end, span.end + 40) >= 0
    )


def _tweet_signers_dropped(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` without the persons signing embedded tweets (:func:`_signs_a_tweet`), but for
    a signer naming more fully someone the article names ("Shahriar Alam said ... — Md.
    Shahriar Alam (@MdShahriarAlam)"): the same person, named as fully as anywhere (round 488)."""
    signers = [s for s in spans if _signs_a_tweet(text, s)]
    if not signers:
        return spans
    named = {s.text for s in spans if s.type == "PERSON"}
    dropped = {
        s.start
        for s in signers
        if not any(s.text.endswith(f" {name}") for name in named if name != s.text)
    }
    return [s for s in spans if s.start not in dropped]


_FULL_STOPS = (".", ".”", '."')


def _sentence_as_title(text: str, block: Block) -> bool:
    """Whether the first line, read as the title, is the body's first sentence: a text
    stored without its headline starts with a long line ending in a full stop, a closing
    mark after it too (a guess, made only when the article's title is unknown or is that
    line)."""
    if block.kind is not BlockKind.TITLE:
        return False
    words = text.count(" ", block.start, block.end)
    if text.endswith(_FULL_STOPS, block.start, block.end):
        if _standfirst_over_headline(text, block):
            return False
        return (
            words >= _HEADLINE_WORDS
            or _sentences_in_line(text, block)
            or (words >= _LEDE_ATTRIBUTION_WORDS and _past_tense(text, block))
            or (
                words >= _LEDE_ATTRIBUTION_WORDS
                and _LEDE_ATTRIBUTION.search(text, max(block.start, block.end - 60), block.end)
                is not None
            )
        )
    return words >= 2 * _HEADLINE_WORDS and _sentences_in_line(text, block)


# a lede's attribution after its content ("X, officials from Y say."), closing a long first
# line: the body's first sentence, where a headline's "X, says Y" has no full stop (round 393)
_LEDE_ATTRIBUTION = lazy_compile(r", (?:the )?[a-z][^,.]{2,40} (?:say|says|said)\.$")
_LEDE_ATTRIBUTION_WORDS = 12
# a verb in the past, perfect or simple ("has confirmed ", "warned ", "said "), where a
# headline has the present ("X confirms Y", "X says Y")
_PAST = lazy_compile(r" (?:said|[a-z]{3,}ed) ")
# a sentence's end inside a line: a lowercase word's stop, then a capital or an opening mark
_SENTENCE_BREAK = lazy_compile(r"[a-z]{2}[.!?] [“\"A-Z]")


def _past_tense(text: str, block: Block) -> bool:
    """Whether a long first line ending in a full stop has a verb in the past ("X has
    confirmed Y.", round 511; "X warned Y about Z.", round 620): a sentence, where a headline
    has the present ("X confirms Y")."""
    return _PAST.search(text, block.start, block.end) is not None


def _standfirst_over_headline(text: str, block: Block) -> bool:
    """Whether a first line of one sentence stands right above its headline, a short line in
    title case without a final mark that repeats some of its words ("X has rejected unilateral
    actions on the Nile, warning Y." over "X Rejects Unilateral Actions on Nile"): a summary
    printed above the headline, headline matter (rounds 592, 593), not the lede of a text
    stored without its headline. A photo credit ("A|B|Getty Images") or a numbered section's
    heading under a lede is no headline."""
    below = block.end + 1
    if text[block.end : below] != "\n" or _INNER_SENTENCE_END.search(
        text, block.start, block.end - 1
    ):
        return False
    line_end = text.find("\n", below, below + _HEADLINE_CHARS)
    line = text[below:line_end] if line_end >= 0 else ""  # a headline's line is short
    if "|" in line or not line[:1].isalpha() or line[1:3] == ". " or not _headline_like(line):
        return False
    words = [word for word in line.split() if len(word) > _TITLE_CASE_LONGER]
    if len(words) < _TITLE_CASE_WORDS or not all(
        word[0].isupper() or not word[0].isalpha() for word in words
    ):
        return False
    if _names_subject_only(text, block, line):
        return False
    summary = set(_WORD.findall(text[block.start : block.end].lower()))
    return sum(word.lower() in summary for word in words) >= _TITLE_CASE_WORDS


def _names_subject_only(text: str, block: Block, line: str) -> bool:
    """Whether a line under a first sentence only repeats words of its opening run of
    capitalised words, the subject's title and name ("X's Defence Minister Y Z stated that
    ..." over "X Defence Minister Y Z" or "Defence Minister Y Z"): a photo's caption, no
    headline, which says what happened (stfix155)."""
    words = [word.removesuffix("’s").removesuffix("'s") for word in line.split()]
    opening = text[block.start : min(block.end, block.start + _CAPTION_REACH)].split()
    run = []
    for word in opening:
        if not word[:1].isupper():
            break
        run.append(word.removesuffix("’s").removesuffix("'s"))
    if len(run) == len(opening):
        return False  # no lowercase word after it within reach: no subject's run
    return any(run[at : at + len(words)] == words for at in range(len(run) - len(words) + 1))


_HEADLINE_CHARS = 160  # at most, a headline's line and its line break
_CAPTION_REACH = 120  # characters of a first line read for its subject's run of capitals
_TITLE_CASE_LONGER = 3  # the words a title capitalises: not "a", "of", "the", "for"
_TITLE_CASE_WORDS = 3  # so many of them at least, and as many the summary repeats
# a sentence's end inside a line, a closing mark after its stop or not: "X.” Despite Y"
_INNER_SENTENCE_END = lazy_compile(r"[a-z]{2}[.!?][”\"]? [“\"A-Z]")
_WORD = lazy_compile(r"[\w’'-]+")


def _sentences_in_line(text: str, block: Block) -> bool:
    """Whether a first line holds a sentence's end before its own: a headline is one
    sentence at most, so a line of several is a text stored without its headline, whether
    it ends in a full stop after a run-in label ("Unity call. “X,” Y told Z.") or is the
    whole article in one paragraph, cut off mid-sentence (round 308)."""
    return (
        (text[block.start].isupper() or text[block.start] == "“")  # not cut mid-sentence
        and text.find(". ", block.start, block.end) >= 0
        and _SENTENCE_BREAK.search(text, block.start, block.end) is not None
    )


# a dateline in capitals opening a lede ("BEIRUT — ", "KYIV, March 3 (Reuters) - ")
_CAPITALS_DATELINE = lazy_compile(
    r"[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+)*(?:, [^—–\n]{1,40})? [—–-] "
)
# a page's date stamp in figures, and a place before a colon ("Toronto: "), opening a lede
_FIGURES_DATE = lazy_compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")
_PLACE_COLON = lazy_compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?: (?=[A-Z])")
# a dateline in capitals glued to the lede by its dash ("OTTAWA–Amid")
_CAPITALS_GLUED_DATELINE = lazy_compile(r"[A-Z][A-Z’'.]+(?: [A-Z][A-Z’'.]+)*[—–](?=[A-Z][a-z])")


def _summary_bullets(text: str, blocks: list[Block], body: list[tuple[int, int]]) -> int:
    """How many bulleted lines ("- X, according to Y.") open the body right under a headline
    or a first bullet, before its prose: the page's summary, a standfirst, headline matter
    (rounds 430 and 431, as the set's "Key Points"); none under a first line that is a
    sentence of the body ("Global unity call. “...,” X told Y." then bullets)."""
    first = next((n for n, b in enumerate(blocks) if (b.start, b.end) == body[0]), -1)
    if first > 1 or first < 0:
        return 0
    if first == 1:  # under the first line: a headline or a bullet, not a sentence of the body
        title = text[blocks[0].start : blocks[0].end]
        if not title.startswith("- ") and title.endswith(_CLOSING_STOPS):
            return 0
    count = 0
    while (
        count < len(body) - 1
        and first + count < len(blocks)
        and body[count] == (blocks[first + count].start, blocks[first + count].end)
        and text.startswith("- ", body[count][0])
    ):
        count += 1
    return count if not text.startswith("- ", body[count][0]) else 0


def _dek_before_dateline(text: str, blocks: list[Block], body: list[tuple[int, int]]) -> bool:
    """Whether the body's first paragraph, right under the headline, is followed by one
    opening with a dateline: a dek, headline matter (SOURCES, round 104; session 28)."""
    return (
        len(blocks) > 2
        and bool(body)
        and body[0] == (blocks[1].start, blocks[1].end)
        and _datelined(text, blocks[2])
        and not _datelined(text, blocks[1])
    )  # (not two datelined paragraphs in a row)


# a byline on a line of its own: "By X Y", or a desk's or staff's name ("Norland Times Desk")
_BYLINE = lazy_compile(
    r"By [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}"
    r"|[A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,3} (?:Desk|Staff|Bureau|Newsroom|Team)"
)


def _over_byline(text: str, blocks: list[Block]) -> bool:
    """Whether the first line, a sentence, stands over a byline (then the body): a summary
    printed above the article's byline, a standfirst, headline matter (stfix147), as the
    headline would be there, not the lede of a text stored without its headline."""
    return len(blocks) > 2 and _BYLINE.fullmatch(text, blocks[1].start, blocks[1].end) is not None


def _headline_repeated_under(text: str, blocks: list[Block], body: list[tuple[int, int]]) -> bool:
    """Whether the body's first paragraph, right under the headline, has the headline again
    under it (a page's teaser, then the article's own heading, which the layout drops as a
    repetition): a standfirst between the two, headline matter (GUIDELINES rule 3; stfix147)."""
    if len(blocks) < 3 or not body or body[0] != (blocks[1].start, blocks[1].end):
        return False
    title = text[blocks[0].start : blocks[0].end]
    if title.count(" ") < _TITLE_CASE_WORDS:
        return False  # a word or two: a section's label, which may come again
    return text.find(title, blocks[1].end, blocks[2].start) >= 0


def _headlinese_dek(text: str, blocks: list[Block], body: list[tuple[int, int]]) -> bool:
    """Whether the body's first paragraph, right under the headline, is one sentence in a
    headline's style: a title without its article and a present tense ("Turkish president
    says X."), a standfirst, headline matter (round 397)."""
    if len(blocks) < 3 or not body or body[0] != (blocks[1].start, blocks[1].end):
        return False
    opening = _HEADLINESE.match(text, blocks[1].start, blocks[1].end)
    if opening is None or opening.group(1) not in lx.ROLE_NOUNS:
        return False
    form = FORMS.get(opening.group(2))
    return (
        form is not None
        and not form.participle
        and form.past != opening.group(2)
        and text.find(". ", blocks[1].start, blocks[1].end) < 0
    )


def _datelined(text: str, block: Block) -> bool:
    """Whether a paragraph opens with a dateline: a place in capitals and a dash, spaced or
    not ("OTTAWA–Amid ..."), a date in figures (a page's "11.01.2014 - Update"), or a
    place and a colon opening a whole sentence ("Toronto: Canada's minister ... .")."""
    start, end = block.start, block.end
    if text[start : start + 2].isupper():
        return (
            _CAPITALS_DATELINE.match(text, start, end) is not None
            or _CAPITALS_GLUED_DATELINE.match(text, start, end) is not None
        )
    if _FIGURES_DATE.match(text, start, end) is not None:
        return True
    return (
        _PLACE_COLON.match(text, start, end) is not None
        and _ended(text, start, end)
        and len(text[start:end].split(None, _HEADLINE_WORDS)) > _HEADLINE_WORDS
    )


_ASIDE_CONNECTIVES = frozenset({"But", "And", "Yet", "So"})
_AUXILIARY_AFTER_NAME = frozenset({"was", "is", "has", "had", "were", "did", "remained", "remains"})
# what may follow a quotation paragraph that goes on the last speaker's: not the text's end
# ("" is in any string) nor a dash opening a line that attributes it (round 320's shape;
# ``_going_on_after``)
_CUT_OR_DASHED = "—–-"
_OPENING_OBJECT_COMMAS = 4  # commas inside an opening participle's object looked past
_WHICH_REACH = 60  # chars before a quotation where ", which X described as" may open
_TITLED_SUBJECT_UNITS = 6  # at most, of a relative clause's subject ending in a person's name
_RELATIVE_PRONOUNS = frozenset({"she", "he", "it", "they"})  # "which she described as"
_ASIDE_MARKS = ("“", '"', "„", "«", "‘")  # any quotation's opening, in an aside between


def _quotation_or_end(text: str, start: int, end: int) -> int:
    """Where the first quotation mark after ``start`` stands, or ``end``."""
    marks = [at for at in (text.find("“", start, end), text.find('"', start, end)) if at >= 0]
    return min(marks, default=end)


def _introduces_next_line(text: str, verb_end: int, s_end: int) -> bool:
    """Whether a participle ends its line, a comma or colon after it, and a quotation opens the
    next: ', adding,' / '“...”' (round 282)."""
    return (
        text[verb_end : verb_end + 1] in (",", ":")
        and text[verb_end + 1 : s_end].strip() == ""
        and text[s_end : s_end + 3].lstrip()[:1] in ("“", '"')
    )


def _broken_before_quotation(text: str, end: int) -> bool:
    """Whether a paragraph ends in a comma and the next line opens a quotation: one sentence
    broken over two lines ('Marsh said it marks a “new chapter,” adding,' / '“What ...”'),
    body, not a short headline (round 282)."""
    return text.endswith(",", 0, end) and text[end : end + 3].lstrip()[:1] in ("“", '"')


def _clause_subject_only(between: str) -> bool:
    """Whether the words between a listed verb and a characterising one are only the reported
    clause's subject and its auxiliaries (" that it would", " the government had"), so the
    characterising verb is that clause's predicate: no comma, mark, relative or preposition
    that would open a clause or phrase of its own ("in a meeting she described as")."""
    words = between.split()
    if words[:1] == ["that"]:
        words = words[1:]
    return (
        0 < len(words) <= _CLAUSE_SUBJECT_WORDS
        and not any(mark in between for mark in ',;:“”"(—–')
        and _CLAUSE_BREAKING_WORDS.isdisjoint(words)
    )


def _broken_before_lowercase(text: str, end: int) -> bool:
    """Whether the next line, right under a paragraph without a final mark, opens in lower
    case: one sentence the stored text broke over two lines ('The defence described X as a
    "serial liar" for proposing' / 'to overturn the government.'), body, not a headline (a
    headline's next line opens a sentence of its own; round 626)."""
    after = end + 2 if text.startswith("\r\n", end) else end + 1
    return text.startswith("\n", after - 1) and text[after : after + 1].islower()


def _quoting_participle_before(text: str, last: re.Match[str], verb_start: int) -> bool:
    """Whether the participle ``last`` set off by a comma introduced a quotation that closes
    right before "and" and the participle at ``verb_start`` (", saying, “X,” and expressing
    hope for Y"; round 325): both the main clause's subject's, not an aside's."""
    if not text.endswith(("” and ", '" and '), 0, verb_start):
        return False
    return text.endswith(", ", 0, last.start()) or text.endswith(
        _ADVERBS_BEFORE_PARTICIPLE, 0, last.start()
    )


def _joint_sources(text: str, units: list[Unit]) -> Speaker | None:
    """Two outlets or bodies named together as one source ("according to NewsMaker and
    Interfax", "according to Reuters and AFP"; round 325): one speaker naming both, as the
    dev set names joint speakers, when one is recognised as an organisation and the other is
    too or is a capitalised name the recogniser missed; else None."""
    joint = next((n for n, unit in enumerate(units) if unit.low == "and"), -1)
    if joint < 1:
        return None
    sides = [
        [u for n, u in enumerate(side) if not (n == 0 and u.low == "the")]
        for side in (units[:joint], units[joint + 1 :])
    ]
    if not all(sides) or not any(u.kind == "ORG" for side in sides for u in side):
        return None
    if not all(
        u.kind == "ORG" or (u.kind == "WORD" and u.text[:1].isupper())
        for side in sides
        for u in side
    ):
        return None
    name = text[sides[0][0].start : sides[1][-1].end]
    return Speaker(name, fold(name), "ORG")


def _named_source(units: list[Unit]) -> bool:
    """Whether a source after "according to" is a name alone ("the Home Office"), which no
    comma need set off: the words of an accordance ("according to plan") name none."""
    if not units or units[-1].kind not in ("ORG", "PERSON"):
        return False
    return all(unit.low == "the" for unit in units[:-1])


def _report_closing_quoted(text: str, start: int, end: int) -> bool:
    """Whether a line ending in a closing quotation mark reports it with a listed verb's past
    and words after it ('Ms X said the chief was unhappy that states failed to reach a "deal"'):
    a sentence whose full stop the page lost, body, where a headline has the present and a
    crosshead no verb (round 326)."""
    if not text.endswith(('"', "”"), start, end) or text.count(" ", start, end) < _CUT_OFF_WORDS:
        return False
    line = text[start:end]
    return any(
        verb.group() == FORMS[verb.group()].past and line.startswith(" ", verb.end())
        for verb in listed_verbs(line)
    )


def _unended_deks(text: str, blocks: list[Block], body: list[tuple[int, int]]) -> int:
    """How many of the body's first paragraphs are deks: right under the headline, each
    without a sentence's final mark, like the headline they go with, and before a paragraph
    that has one (the lede). Headline matter, however long (GUIDELINES rule 3)."""
    if _sentence_as_title(text, blocks[0]):
        return 0  # the first line is the lede of a text stored without its headline: no dek
        # under it (round 282)
    deks = 0
    for block in blocks[1:]:
        if block.kind is not BlockKind.PARAGRAPH:
            return 0
        if _ended(text, block.start, block.end) or _tagged_after_stop(text, block):
            break
        if _ends_in_link(text, block):
            break  # "... explained that X https://...": the body, a link after its sentence
            # (round 330)
        if text.endswith(",", block.start, block.end):
            break  # a sentence broken at its comma ('and said,' over a quotation's line),
            # no dek (round 282)
        deks += 1
    else:
        return 0  # no paragraph ends as a sentence does: the text has no marks to go by
    last = blocks[deks].end if deks else -1
    return sum(1 for start, _ in body if start < last)


def _ends_in_link(text: str, block: Block) -> bool:
    """Whether a paragraph's last word is a web address: no headline ends in one."""
    space = text.rfind(" ", block.start, block.end)
    return space > 0 and text.startswith(("http://", "https://"), space + 1)


def _tagged_after_stop(text: str, block: Block) -> bool:
    """Whether a paragraph ends as a sentence does and then names its source in brackets
    ("... said during a meeting. (Al Arabiya)"): a lede with its wire's tag, not a dek."""
    line = text[block.start : block.end].rstrip()
    opening = line.rfind(" (")
    return line.endswith(")") and opening > 0 and line.endswith(".", 0, opening)


def _ended(text: str, start: int, end: int) -> bool:
    """Whether a paragraph ends as a sentence does, perhaps inside a closing mark."""
    line = text[start:end].rstrip()
    if line.endswith(('"', "”", "»")):
        line = line[:-1].rstrip()
    return line.endswith(_SENTENCE_ENDS)


def _teaser_repeated(text: str, title: Block) -> list[tuple[int, int]]:
    """The first line, read as the title, and the next line when that repeats it and it ends
    in a full stop: a list of teasers stored without a headline repeats its first one (the
    layout drops the repetition as the headline's), and both are body; else nothing. A first
    line that is the body's first sentence is body already: only its repetition is added
    (a page giving its first paragraph twice, each annotated; round 507)."""
    if not text.endswith(_FULL_STOPS, title.start, title.end):
        return []
    length = title.end - title.start
    again = title.end + 1
    if (
        text[title.end : again] != "\n"
        or text[again : again + length] != text[title.start : title.end]
    ):
        return _lede_repeated_later(text, title)
    if _sentence_as_title(text, title):
        return [(again, again + length)]
    return [(title.start, title.end), (again, again + length)]


def _lede_repeated_later(text: str, title: Block) -> list[tuple[int, int]]:
    """The later line that repeats a first line read as the body's first sentence, word for
    word and whole (the layout drops it as the headline's repeat): a scraper's copy of the
    first paragraph further down is body, annotated at each occurrence (GUIDELINES'
    Decisions; stfix157). One search in C for the line, made only for a sentence-like first
    line; a headline repeated under itself stays headline matter."""
    line = text[title.start : title.end]
    again = text.find("\n" + line, title.end)
    while again >= 0:
        end = again + 1 + len(line)
        if end == len(text) or text[end] in "\r\n":
            return [(again + 1, end)] if _sentence_as_title(text, title) else []
        again = text.find("\n" + line, end)
    return []


_SENTENCE_ENDS = (".", "!", "?", ":", "’", "…")  # a line ending so is no headline (nor a credit)
_SENTENCE_END_MARKS = "".join(_SENTENCE_ENDS)  # the same, each one character


def _repeated_dek(text: str, block: Block, blocks: list[Block]) -> bool:
    """Whether an unended paragraph right under the headline is a dek, words the body goes on
    to quote ("A, X said" then '"A," X said.'): headline matter (SOURCES, rounds 99, 104)."""
    if len(blocks) < 2 or blocks[0].kind is not BlockKind.TITLE or blocks[1] != block:
        return False
    opening = text[block.start : block.start + _DEK_OPENING]
    if len(opening) < _DEK_OPENING:
        return False
    again = text.find(opening, block.end)  # in quotation marks: not a scraper's repetition
    return again > 0 and text[again - 1] in '"“'


_HEADLINE_LABEL = lazy_compile(r"[A-Z][\w’'-]*(?: [\w’'-]+){0,3}: (?=[A-Z“\"‘])")  # "Bundestag: "
_LIST_HEADING_WORDS = 3  # at most, of the line heading a list of other stories ("Information")


def _labelled_headlines(text: str, blocks: list[Block], index: int) -> bool:
    """Whether a paragraph is a list of other stories' headlines under a short heading line
    with no stop ("Information" then "Army: X stops Y. Bundestag: Z accuses W of “...”."):
    each of its sentences, two or more, opens with a topic's label and a colon, headline
    matter (GUIDELINES rule 3; round 673), not the body's words."""
    block, heading = blocks[index], blocks[index - 1]
    if _HEADLINE_LABEL.match(text, block.start, block.end) is None:
        return False  # the cheap test first
    line = text[heading.start : heading.end]
    if line[-1:] in _CLOSING_PUNCTUATION or len(line.split()) > _LIST_HEADING_WORDS:
        return False
    sentences = text[block.start : block.end].split(". ")
    return len(sentences) > 1 and all(_HEADLINE_LABEL.match(s) for s in sentences)


def _labelled_dek(text: str, block: Block) -> bool:
    """Whether a paragraph is only a name, a colon and a quotation the body quotes again
    ('Macron: "A. B."' then '"A. B," Macron declared'; round 645): a dek in a headline's
    style, headline matter however it ends, not a statement of its own."""
    label = _DEK_LABEL.match(text, block.start, block.end)
    if label is None:
        return False
    opening = text[label.end() : label.end() + _DEK_OPENING]
    if len(opening) < _DEK_OPENING:
        return False
    again = text.find(opening, block.end)
    return again > 0 and text[again - 1] in '"“'


def _quotation_run_paragraph(text: str, blocks: list[Block], index: int) -> bool:
    """Whether a short paragraph without a stop goes on a quotation running over paragraphs:
    it reopens the mark the paragraph before left open after its stop, and the paragraph after
    reopens it too ('“Investigations ... jobs.' / '“I deeply regret ... these acts"' / '“The
    syndicates ...,” X said.', round 410): the speaker's words, no heading or pull quotation."""
    block = blocks[index]
    if not 0 < index < len(blocks) - 1 or text[block.start] not in _RUN_MARKS:
        return False
    before, after = blocks[index - 1], blocks[index + 1]
    return (
        text[before.start] in _RUN_MARKS
        and text[after.start] in _RUN_MARKS
        and text[before.end - 1] in _SENTENCE_END_MARKS
        and text.find("”", before.start, before.end) < 0
    )


def _pull_quotation(text: str, block: Block, blocks: list[Block]) -> bool:
    """Whether a paragraph is one quotation and nothing else, its last mark without a stop
    before it, credited on the line below (a pull quotation): body, not a headline. One
    with a paragraph of body below is a subheading that quotes ("“Talks must go on”")."""
    if not (
        block.kind is BlockKind.PARAGRAPH
        and text.startswith(("“", '"'), block.start)
        and text.endswith(("”", '"'), block.start, block.end)
        and text.count("“", block.start, block.end) + text.count('"', block.start, block.end) <= 2
    ):
        return False
    below = next((b for b in blocks if b.start >= block.end), None)
    return (
        below is not None
        and not text.startswith(("“", '"'), below.start)
        and _headline_like(text[below.start : below.end])
    )


def _headline_like(paragraph: str) -> bool:
    """A short line without a sentence's final mark is a headline or a label, not body; a
    closing quotation mark ends a sentence only after one ('Dendias “honest talks”' is a
    subheading)."""
    line = paragraph.rstrip()
    ended = line.endswith(_SENTENCE_ENDS)
    if line.endswith(('"', "”", "’")):  # "’": the quoted words of a British headline
        ended = line[:-1].rstrip().endswith((".", "!", "?", ":", "’", "…", ","))
    if ended:
        return False
    words = paragraph.split(None, _HEADLINE_WORDS)
    return len(words) <= _HEADLINE_WORDS or _title_cased(paragraph)


def _title_cased(line: str) -> bool:
    """Whether every longer word of a line opens in a capital, however long the line ("The
    Witness: Live Updates | Day 140 of X’s Trial: Y Clarifies Early Statement, Identifies
    ..."): a headline's style, never a sentence's (round 626)."""
    longer = [word for word in line.split() if len(word) > _SHORT_WORD and word[0].isalpha()]
    return len(longer) >= _HEADLINE_WORDS // 2 and all(word[0].isupper() for word in longer)


def _closes_quoted_words(text: str, end: int) -> bool:
    """Whether a line ends in a closing single mark after a word, no stop inside it ("Trump
    claims X told him election ‘was rigged’"): a headline's quoted words end no sentence, so
    the line is read by the headline test (round 576)."""
    return text[end - 1] == "’" and text[end - 2].isalpha()


def _infinitive_after_to(words: str) -> bool:
    """Whether words between a verb and "that" open with an infinitive ("to hold anyone
    accountable after clashes"), not with whom or where the words went ("to reporters", "to
    the press"): a lowercase word after "to" that is no determiner, pronoun or addressee."""
    second = words.split(maxsplit=2)[1:2]
    return (
        bool(second)
        and second[0].islower()
        and not (
            second[0] in lx.DETERMINERS
            or second[0] in lx.OBJECT_PRONOUNS
            or second[0] in lx.ADDRESSEE_STARTS
            or second[0] in lx.GROUP_NOUNS
        )
    )


def _cut_off(text: str, block: Block, blocks: list[Block]) -> bool:
    """Whether a paragraph is a sentence the stored text cuts off (the last one), not a
    headline: it ends in a comma, is long enough and has a clause break, leaves a quotation
    open or reports speech ("Dorji said that the Bhutanese people", "Wang said the two
    sides"). It is read as body, to its last word."""
    if block is not blocks[-1]:
        return False
    paragraph = text[block.start : block.end]
    if paragraph.endswith(",") or (
        len(paragraph.split(None, _CUT_OFF_WORDS)) >= _CUT_OFF_WORDS and ", " in paragraph
    ):
        return True
    if paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2:
        return True  # a quotation left open: "spoke of “a positive agenda for the dev"
    if _SENTENCE_THEN_ANOTHER.search(paragraph) is not None:
        return True  # "Trump has offered X. He initially described it as “...” but has ": a
        # headline is one sentence, a paragraph cut in its second (round 576)
    if " as saying " in paragraph:
        return True  # "X quoted a tribal elder as saying the T": a report (round 406)
    return _reports_that(paragraph) or any(
        verb.group() == FORMS[verb.group()].past and paragraph.startswith(" ", verb.end())
        for verb in listed_verbs(paragraph)
    )  # a past tense with words after it is a report cut off ("Wang said the two sides"),
    # where a headline has the present ("Lavrov says talks possible")


# one sentence's end and the next one's opening ("summit. He"; not "Gen. X", "Mr. X")
_SENTENCE_THEN_ANOTHER = lazy_compile(r"[a-z]{3}\. [A-Z]")


def _reports_that(paragraph: str) -> bool:
    """Whether a line reports speech with "that" ("He expressed hope that X") or a past verb
    and a colon ("X said: We are dealing with Y", a page that lost its quotation marks;
    round 594): a sentence, its full stop lost or cut off, not a headline (which says "says")."""
    return any(
        _THAT_AFTER.match(paragraph, verb.end())
        or (paragraph.startswith(": ", verb.end()) and FORMS[verb.group()].past == verb.group())
        for verb in listed_verbs(paragraph)
    )


# an addressee between "expressed" and its clause: a name, or a plural noun ("reporters")
_EXPRESSED_TO = lazy_compile(
    r" to (?:the )?(?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}|[a-z]+s) that "
)
_THAT_AFTER = lazy_compile(r" (?:[a-z]+ ){0,2}that ")  # "said that", "expressed hope that"


def _pronoun_reports(text: str, start: int) -> bool:
    """Whether a line opens with a pronoun and a listed verb's past ("He said the leaders
    ..."): a sentence whose full stop was lost (SOURCES, round 86), as no headline opens."""
    opening = _PRONOUN_PAST.match(text, start)
    if opening is None:
        return False
    form = FORMS.get(opening.group(1))
    return form is not None and form.past == opening.group(1)


_PRONOUN_PAST = lazy_compile(r"(?:He|She|They) (?:also |further |then )?([a-z]+) ")


def _listed_participle_after(text: str, verb_end: int, rest: str) -> bool:
    """Whether a comma and a listed participle follow ``verb_end`` (an unlisted attributing
    verb's '“...,” he recounted, saying X', or an object's 'confirmed the decision, saying X'):
    its own statement, after a whole attribution or object. ``rest``: the words after it."""
    if not text.startswith(", ", verb_end):
        return False
    words = rest.split(maxsplit=1)
    form = FORMS.get(words[0]) if words else None
    return form is not None and form.participle


def _relative_clause_close(text: str, s_start: int, cut: int, content: int, s_end: int) -> int:
    """Where a source's words end inside the relative clause on a sentence's subject that
    holds the source ("X, who lost consciousness and, according to relatives, had to be
    taken to hospital, got into a scuffle"): at the comma closing the clause, before the
    main predicate (round 632); -1 where no such clause opened before the source, its end
    found as for any."""
    relative = max(text.rfind(", who", s_start, cut), text.rfind(", which", s_start, cut))
    if relative < 0 or len(text[s_start:relative].split(None, _SUBJECT_WORDS)) > _SUBJECT_WORDS:
        return -1  # not the subject's relative clause: "A was B, which, according to X, means
        # that C, as well as D, ...", X's words to the sentence's end (round 568)
    pronoun_end = text.find(" ", relative + 2, cut + 2)  # "who", or "who," before the source
    if pronoun_end < 0 or text.find(", ", pronoun_end, cut) >= 0:
        return -1
    return text.find(", ", content, s_end)


def _clause_after_occasion(words: str) -> bool:
    """Whether an occasion after a verb goes on into a clause of its own ("said during the
    talks the two sides had agreed X"): a finite auxiliary after the occasion's words, and
    no relative word or subordinator before it ("at the session which was held in X", "at a
    briefing after the meeting was held" are only where)."""
    for word in words.split()[2:]:
        if word in _SUBORDINATE_WORDS:
            return False
        if word in _FINITE_AUXILIARIES:
            return True
    return False


def _sentence_end_after(offset: int, paragraph: list[tuple[int, int]]) -> int:
    """Where the sentence holding ``offset`` ends (the paragraph's sentences are in order:
    searched, not scanned for each of a long paragraph's quotations)."""
    at = bisect_right(paragraph, (offset, len(paragraph) and paragraph[-1][1])) - 1
    if at >= 0 and paragraph[at][0] <= offset < paragraph[at][1]:
        return paragraph[at][1]
    return paragraph[-1][1] if paragraph else offset


def _quotation_closed(text: str, start: int, end: int) -> int:
    """Where a reported clause ends that ends inside a quotation it opened: past the closing
    mark, so that no statement holds a lone mark (the gold's reading, as for "X, "Y," Z said"),
    whether the mark stands right after it ('Iran is a “neighbouring country,” adding ...') or
    further on its line (a stop or a joint inside the marks: 'she "should be here... They took
    him out."', 'X "pointed out A, and called for B", the statement said')."""
    said = text[start:end]  # one copy: ``in`` parses no bounds, and most clauses hold no mark
    if '"' not in said and "“" not in said and "”" not in said:
        return end
    if not (said.count('"') + said.count("“") + said.count("”")) % 2:
        return end
    closing = _CLOSING_MARK.match(text, end)
    if closing is not None:
        return closing.end()
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    after = [at for mark in ('"', "”") if (at := text.find(mark, end, line_end)) >= 0]
    if not after or text.find("“", end, min(after)) >= 0:
        return end
    return min(after) + 1


def _past_platform(text: str, position: int, s_end: int) -> int:
    """Where the told clause starts after the channel the words went out on, and its time
    ("said on X the leaders ...", "said on social media July 26 he ..."): at its subject; at
    ``position`` when no channel stands there."""
    if not text.startswith(" on ", position):
        return position  # the cheap test first
    platform = _ON_PLATFORM.match(text, position, s_end)
    return position if platform is None else platform.end()


def _when_then_clause(text: str, position: int, s_end: int) -> int | None:
    """Where the content starts when a time adverbial after the verb is followed by a clause
    of the speaker's own ("said last week he had hope that X"): at its subject, the "that"
    further on being the clause's own, not the verb's (newuser42; asked only where a "that"
    follows: without one the time adverbial is read below)."""
    when = _WHEN_SAID.match(text, position, s_end)
    if when is None or _WHEN_THEN_PRONOUN.match(text, when.end(), s_end) is None:
        return None
    return when.end()


def _thing_shared(words: str) -> bool:
    """Whether the object before "that" is a thing, not a thought ("the difficulties that X
    is having", not "the view that X"): "that" opens a relative clause, no content."""
    parts = words.split()
    return (
        len(parts) == 2
        and parts[0].lower() in ("the", "these", "those")
        and not _SHARED_CONTENT.match(parts[1].lower())
        and not _CLAUSE_NOUN.match(parts[1].lower())
    )


def _after_as_clause(text: str, verb_start: int, position: int, s_end: int) -> int:
    """Where the content starts when the verb is in an "As" clause opening its sentence ("As
    he told the media on Monday, Y"): the main clause after the comma, not whom or when."""
    reach = 2 * _AS_CLAUSE_REACH  # "As X's press secretary Y told"
    if "As " not in text[verb_start - reach if verb_start > reach else 0 : verb_start]:
        return position  # the cheap test first: no "As" within reach of the verb
    opening = max(text.rfind("\n", 0, verb_start), text.rfind(". ", 0, verb_start) + 1) + 1
    if (
        not text.startswith("As ", opening)
        or verb_start - opening > reach
        or text.find(",", opening, verb_start) >= 0
    ):
        return position
    comma = text.find(", ", position, s_end)
    return comma + 2 if 0 <= comma - position <= _AS_CLAUSE_REACH else position


def _endorsed_post(before: str) -> bool:
    """Whether a participle follows a post its subject only endorsed ("he liked a post on X
    saying that ..."): the post's words, by someone not named, not the subject's."""
    if not before.endswith(" "):
        return False
    return _ENDORSED_POST.search(before, max(0, len(before) - 60)) is not None


def _inverted_dashed_attribution(text: str, start: int, verb: re.Match[str]) -> bool:
    """Whether a bare attribution's line opens with a dash and its verb ("— added the head of
    the ministry."; round 320): the subject follows the verb."""
    return text.startswith(_DIALOGUE_DASHES, start) and verb.start() == start + 2


def _according_closes_sentence(text: str, s_start: int, match: re.Match[str], s_end: int) -> bool:
    """Whether "according to X" with no comma before it closes its sentence after a clause
    of a few words ("... with Y according to a statement issued by Z."), no comma or colon in
    the source, no quotation's mark or relative clause before it."""
    return (
        text[match.start() - 1 : match.start()] == " "
        and text[match.start() - 2 : match.start() - 1].isalnum()  # not ',” according to'
        and text[match.start()] == "a"
        and text.count(" ", s_start, match.start()) >= _UNCOMMAED_CONTENT_WORDS
        and not _relative_clause_before(text, s_start, match.start())
        and text.find(",", match.end(), s_end) < 0
        and text.find(":", match.end(), s_end) < 0
    )


def _relative_clause_before(text: str, s_start: int, end: int) -> bool:
    """Whether a relative clause opens before ``end`` ("X, who met Y according to Z"): Z's
    word is on the relative clause only, no statement of the sentence (round 320)."""
    return text.find(", who", s_start, end) >= 0 or text.find(", which", s_start, end) >= 0


_BLANK_OR_BULLET = " \t\r\n•▪◦‣·*-"


def _connective_only(lead: str) -> bool:
    """Whether what stands before "according to" is nothing or a connective with its comma
    ("In addition, according to X, Y"): the attribution is fronted all the same, Y its content;
    a list's bullet is nothing ("  • According to X, Y"; round 477)."""
    lead = lead.strip(_BLANK_OR_BULLET)
    return not lead or (lead.endswith(",") and lead.rstrip(",").lower() in _CONNECTIVES)


def _connective_then_comma(text: str, head: str, close_at: int) -> bool:
    """Whether the words before a quotation are a connective and its comma, a comma after the
    quotation inside its marks or out ('However, "we will ...", he told'): the reporter's
    link, the quotation the whole of what is said (newuser41)."""
    return head[:-2].lower() in _CONNECTIVES and (
        text[close_at - 1] == "," or text.startswith(",", close_at + 1)
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _inside(quotes: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` is inside one of a paragraph's quotations (outermost, in order, so
    only the last one opened before it can hold it: searched, not scanned, as a paragraph of
    thousands of unclosed marks tried every one for each of its verbs)."""
    before = bisect_left(quotes, (offset,))
    return before > 0 and offset < quotes[before - 1][1]


def _colon_quoted_before(
    text: str, quotes: list[tuple[int, int]], start: int, attribution: int
) -> bool:
    """Whether the last quotation before an attribution at ``attribution`` opens after a colon
    past ``start`` (a reported clause's content start): the clause ends at that colon."""
    last = bisect_left(quotes, (attribution,)) - 1
    if last < 0:
        return False
    open_at = quotes[last][0]
    return open_at > start and text.startswith(": ", open_at - 2)


def _opens_at(quotes: list[tuple[int, int]], offset: int) -> bool:
    """Whether one of a paragraph's quotations (in order) opens with its mark at ``offset``."""
    at = bisect_left(quotes, (offset,))
    return at < len(quotes) and quotes[at][0] == offset


def _closing_of(quotes: list[tuple[int, int]], offset: int) -> int:
    """Where the quotation opening at ``offset`` closes, -1 where none opens there: searched,
    as each reported claim of a paragraph of thousands of quotations looked through all."""
    at = bisect_left(quotes, (offset,))
    return quotes[at][1] if at < len(quotes) and quotes[at][0] == offset else -1


def _unspaced_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the whitespace before it, not past ``start``: the length of
    ``text[:end].rstrip()`` without copying the text before it once per verb or quotation."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _word_as_sentence(text: str, start: int, end: int) -> bool:
    """Whether a quotation is one word closed by its own full stop ("responded with a single
    word: “Uncertainty.”", round 297): a sentence said, though its one capital reads as a
    title's."""
    return text[end - 1 : end] in (".", "!") and " " not in text[start:end]


def _capitalised_name(text: str, start: int, end: int) -> bool:
    """Whether a quotation of a few words has them all capitalised (the "Shanghai Spirit"):
    a name, not words spoken."""
    words = text[start:end].split()
    return 0 < len(words) <= _NAME_WORDS and all(word[0].isupper() for word in words)


def _title_like(text: str, start: int, end: int) -> bool:
    """Whether a quotation reads as a title or a phrase, not as a sentence spoken: opened in
    lower case ("illegal Governor of the Islands") or with most of its words capitalised (the
    theme: "Act Now for an Integrated Continent")."""
    words = text[start:end].split()
    if _shouted(words):
        return False
    return not words[0][0].isupper() or sum(w[0].isupper() for w in words) * 2 > len(words)


_SHOUTED_RUN = 4  # words in capitals in a row, one of them a function word
_SHOUTED_FUNCTION_WORDS = frozenset({"the", "to", "be", "in", "its", "and", "of", "is", "will"})


def _shouted(words: list[str]) -> bool:
    """Whether a quotation is a sentence with words shouted in capitals among words in lower
    case ("..., please consider THE AIRSPACE ABOVE AND SURROUNDING VENEZUELA TO BE CLOSED IN
    ITS ENTIRETY.", a post quoted after a colon; newuser51): a title writes its function words
    in lower case, or all its words in capitals."""
    bare = [word.strip(".,;:!?'\"“”‘’()") for word in words]
    if not any(word.islower() for word in bare):
        return False
    run, function = 0, False
    for word in bare:
        if word.isupper():
            run += 1
            function = function or word.lower() in _SHOUTED_FUNCTION_WORDS
            if run >= _SHOUTED_RUN and function:
                return True
        else:
            run, function = 0, False
    return False


def _names_opinion(words: str) -> bool:
    """Whether the words between a verb and "that" name an opinion the clause restates ("his
    belief", "the stance of its minister")."""
    opinion = _OPINION_BEFORE_THAT.fullmatch(words)
    if opinion is not None and opinion.group(1).lower() in lx.OPINION_NOUNS:
        return True
    opinion = _OPINION_OF_BEFORE_THAT.fullmatch(words) if " of " in words else None
    return opinion is not None and opinion.group(1).lower() in lx.OPINION_NOUNS


def _holds_clause(text: str, claim: _Claim | None) -> bool:
    """Whether a statement's content is a clause ("said that X, with Y calling for Z": the
    participle is inside it), not an object ("reiterated its support, with Y confirming Z")."""
    if claim is None or claim.verb is None or claim.form is None:
        return False
    return claim.form.lemma in ("say", "tell", "add") or text.startswith(" that", claim.verb.end())


def _opening_adverb(before: str) -> bool:
    """Whether only an adverb in "-ly" opens the sentence before a participle ("Publicly
    reaffirming X, Y said"): the participle still opens it."""
    return (
        len(before) > 5
        and before[0].isupper()
        and before.endswith("ly ")
        and before.find(" ") == len(before) - 1
    )


def _attachment(before: str, form: VerbForm) -> int:
    """Where a participle attribution (", adding that", ", also noting that") attaches, or -1."""
    if before.endswith("; and "):
        return -1  # "proposed A; and adding B": an item of the content the semicolon listed
    if before.endswith(_ADVERBS_BEFORE_PARTICIPLE) or _manner_adverb_before(before):
        before = before[: before.rindex(" ", 0, -1) + 1]
    for joint in _PARTICIPLE_JOINTS:
        if before.endswith(joint):
            return len(before) - len(joint)
    if form.lemma == "say" and before.endswith(" by "):
        return len(before) - 4  # "stressed X by saying that Y": X ends before the manner
    if (
        form.lemma in _BARE_PARTICIPLES
        and before.endswith(" ")
        and not before.rstrip().endswith(",")
    ):
        return len(before) - 1  # "... since 2006 saying that ...", "the person said adding"
    if before.endswith("d ") and FORMS.get(before[before.rfind(" ", 0, -1) + 1 : -1]):
        return len(before) - 1  # "X, Y said noting that Z": right after a listed past
    return -1


def _adjunct_aside(text: str, s_start: int, verb_start: int) -> tuple[int, int] | None:
    """Where a time adjunct set off by commas between a sentence's subject and its verb opens
    and closes (its commas: "X, while affirming Y, later deemed"), the words between its
    closing comma and the verb at most one adverb; None where the sentence reads otherwise."""
    comma = text.find(", ", s_start, verb_start)
    if comma < 0 or text[comma + 2 : comma + 9].partition(" ")[0] not in _TIME_CLAUSE_OPENERS:
        return None
    closing = text.rfind(", ", comma + 2, verb_start)
    if closing < 0 or len(text[closing + 2 : verb_start].split()) > 1:
        return None
    return comma, closing


def _manner_adverb_before(before: str) -> bool:
    """Whether a participle's text before ends in one adverb in "-ly" (", while initially
    affirming X", ", publicly urging Y"; round 633): the participle attaches before it."""
    if not before.endswith("ly "):
        return False
    word = before[before.rfind(" ", 0, -1) + 1 : -1]
    return word.isalpha() and word.islower()


def _aside_before_predicate(text: str, verb: re.Match[str]) -> bool:
    """Whether a participle's phrase closes with a comma before a finite auxiliary ("the plan,
    proposing A, had been ..."): an aside on the noun before it, whose clause goes on."""
    comma = text.find(", ", verb.end(), verb.end() + _ASIDE_REACH)
    if comma < 0 or text.find(".", verb.end(), comma) >= 0:
        return False
    word = text[comma + 2 : comma + 10].partition(" ")[0]
    return word in _FINITE_AUXILIARIES


def _perfect_of_content(open_claim: _Claim, text: str, verb: re.Match[str]) -> bool:
    """Whether a listed verb in the perfect ("..., but has urged X") joins its content's
    perfect ("stated that Norland has not closed ... , but has urged X"), not the simple past
    that reports it: a past tense and a perfect are not one subject's pair of verbs, so the
    verb is the content's subject's, inside the statement (round 311)."""
    said = open_claim.verb
    if said is None or not text.endswith((" has ", " have "), 0, verb.start()):
        return False
    if said.group() != FORMS[said.group()].past or text.endswith(
        (" has ", " have ", " had "), 0, said.start()
    ):
        return False  # "has stated that X, but has urged Y": the reporting verb's perfect
    return (
        text.find(" has ", open_claim.start, verb.start() - 5) >= 0
        or text.find(" have ", open_claim.start, verb.start() - 6) >= 0
    )


def _continues(open_claim: _Claim, form: VerbForm, text: str, verb: re.Match[str]) -> bool:
    """Whether "... and asked ..." is a second statement of the same speaker, not part of
    the first one's content ("said the two sides agreed and pledged ...")."""
    if text.startswith("that", verb.end() + 1) or text.endswith(
        (" but", " yet"), 0, verb.start() - 1
    ):
        return True  # "..., but urged ...": the main clause's second verb, after a comma or
        # not ("stating that X but expressed concerns over Y"; round 310)
    if _perfect_of_content(open_claim, text, verb):
        return False
    if form.lemma == "express" and _EXPRESSED_THAT.match(text, verb.end()):
        return True  # "said X and expressed hope that Y": as "and stressed that Y"
    if _past_after_comma_and(text, verb, form):
        return True  # "said X, and called on Y" (SOURCES, round 103)
    first = open_claim.form
    if first is not None and first.lemma in ("say", "tell") and verb.group() == form.past:
        if _PRESENT_OPENING.match(text, open_claim.start):
            return True  # "said it holds X and called on Y": no past joins "holds"
        if _EXPLETIVE_OPENING.match(text, open_claim.start):
            return True  # "said it was vital to X and urged Y": no past joins "to X"
        joined = last_word(text, open_claim.start, verb.start() - 5)
        if (
            joined is not None
            and text.endswith(" and ", 0, verb.start())
            and _passive_at(text, open_claim.start, joined[0])
        ):
            return True  # "said X had been violated and called for Y": no passive's doing
        auxiliaries = _AUXILIARY.findall(text, open_claim.start, verb.start())
        # "said X could ensure Y and underscored Z": a past tense cannot join the content's
        # modal or present verb, so it is the main clause's ("said X had spoken with Y and
        # urged Z" may join "had")
        if not auxiliaries:
            return False
        last = auxiliaries[-1].lower()
        if last in ("was", "were"):  # "said the US was designating X and announced Y": a
            # past tense does not join the content's progressive (round 560)
            return _PROGRESSIVE_PAST.search(text, open_claim.start, verb.start()) is not None
        return last in _MODAL_OR_PRESENT
    if first is not None and first.participle:
        return _past_after_infinitive_object(open_claim, form, text, verb)
    return first is not None and first.lemma not in ("say", "tell")


def _past_after_infinitive_object(
    open_claim: _Claim, form: VerbForm, text: str, verb: re.Match[str]
) -> bool:
    """Whether a past tense joined by "and" follows a participle's infinitive object ("...,
    calling on her to lift X and urged Y"): a past joins neither the participle nor its
    infinitive, so it is the main clause's second verb, a statement of its own (round 356)."""
    if verb.group() != form.past or not text.endswith(" and ", 0, verb.start()):
        return False
    content = text[open_claim.start : verb.start()]
    to = content.find(" to ", 0, _INFINITIVE_OBJECT_REACH)
    return to >= 0 and not any(word in content for word in _CLAUSE_OPENERS)


def _before_second_predicate(text: str, claim: _Claim, end: int) -> int:
    """Where a reported statement ends before its speaker's second verb, one not listed
    ("reaffirmed X and assured that Y", "stressed X, but congratulated him"; SOURCES, rounds
    43 and 47): a past tense joined at the clause's level, a comma or "but" before it or its
    object after it, not a participle pair ("signed and ratified"). A said-clause's own verb
    may take a second past tense ("said the sides met and agreed"), unless its verb is modal or
    present, which a past tense cannot join."""
    if claim.verb is None or claim.form is None:
        return end
    end = _before_contrasted_that(text, claim.start, end)
    end = _before_others_opinion(text, claim.start, end)
    if claim.form.participle:
        end = _before_joined_participle(text, claim.start, end)
    position = claim.start
    while (joined := _joined_past(text, position, end)) is not None:
        joint, past_end, clause_level = joined
        position = past_end
        before = last_word(text, claim.start, joint)
        if before is None:
            continue
        if text.endswith("ed", before[0], before[1]):
            if _passive_then_listed(text, claim, before[0], position):
                return joint  # "said X had been violated and called for Y": two statements
            if not clause_level or not _speech_past_at(text, past_end):
                continue  # "signed and ratified", "unreported, and unregulated"; not "while
                # X is shed, and hinted that": a verb of speech, the speaker's (round 639)
        if (
            not clause_level
            and not _OBJECT_START.match(text, past_end)
            and not (
                text.startswith(_PREPOSITIONAL_OBJECTS, past_end)
                and not _listed_past(text, joint, past_end)
            )
        ):
            continue  # "peace and united action": an adjective, perhaps; not "X and pressed
            # for a Y", the speaker's second verb with its prepositional object (round 678)
        if not clause_level and _adjective_series(text, joint, past_end):
            continue  # "a peaceful, stable and developed Tarn": no second verb
        opens_clause = claim.form.lemma in ("say", "tell") or bool(
            _THAT.match(text, claim.verb.end(), claim.start + 1)
        )
        if opens_clause and clause_level and _listed_past(text, position - 12, position):
            return joint  # "said X, and called on Y": the speaker's second statement
        if opens_clause and not _ATTITUDE_TO_SOMEONE.match(text, joint):
            if _THANKED_FOR.match(text, joint):
                return joint  # "told X that Y and congratulated Z on W": the speaker's act
            auxiliaries = _AUXILIARY.findall(text, claim.start, joint)
            if not auxiliaries or auxiliaries[-1] not in _MODAL_OR_PRESENT:
                continue
        if clause_level and _series_of_content(text, claim, joint, position):
            continue
        return joint
    return end


def _before_joined_participle(text: str, start: int, end: int) -> int:
    """Where a participle's clause ends before a second participle of its subject's ("X
    rejected it, insisting it has not targeted civilians and accusing Y of Z": the
    accusation is the reporter's account, newuser43): the clause holds a finite verb, and no
    "-ing" word before "and" ("of building trust and developing ties" is one series)."""
    if text.find(" and ", start, end) < 0:
        return end  # the cheap test first
    first = _ING_WORD.search(text, start, end)
    if (
        first is None
        or not text.endswith(" and ", start, first.start())
        or first.group() in FORMS  # "and calling for Y": a statement of its own, found apart
        or first.group() in _NOT_PARTICIPLES
        or not _OBJECT_START.match(text, first.end())  # "and fishing interests": an adjective
        or _AUXILIARY.search(text, start, first.start()) is None
    ):
        return end
    return first.start() - 5


def _series_of_content(text: str, claim: _Claim, joint: int, past_end: int) -> bool:
    """Whether ", and VERBed" closes a series of predicates of a that-clause's own subject
    ("noted with pleasure that X has built A, achieved B, and improved C"; asiacity, session
    40): the item before it opens with a past tense too, neither listed nor an attitude, so
    the three share the clause's subject, not the speaker's second verb."""
    if claim.verb is None or text.find(" that", claim.verb.end(), claim.start) < 0:
        return False
    if _listed_past(text, past_end - 12, past_end) or _ATTITUDE_PAST.match(text, joint):
        return False
    item = text.rfind(", ", claim.start, joint)
    if item < 0:
        return False
    past = _PAST_AFTER_JOINT.match(text, item + 2, joint)
    return (
        past is not None
        and not _listed_past(text, item, past.end())
        and not _ATTITUDE_PAST.match(text, item, joint)
    )


def _source_of_what(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the source is named in "According to what was published by X," or "According to
    what X said,": X, whose publication it is (SOURCES, round 259); likewise "According to
    information gathered by X"; else the whole phrase."""
    if text.startswith("information ", start + (text[start : start + 1] == " ")):
        gathered = _GATHERED_BY.fullmatch(text, start, end)
        return gathered.span(1) if gathered is not None else (start, end)
    if not text.startswith("what ", start + (text[start : start + 1] == " ")):
        return start, end
    said = _WHAT_PUBLISHED.fullmatch(text, start, end)
    if said is None:
        return start, end
    return said.span(1) if said.group(1) is not None else said.span(2)


def _crosshead(text: str, paragraph: list[tuple[int, int]], open_at: int, close_at: int) -> bool:
    """Whether a quotation is a whole paragraph of a few words with no stop or comma of its
    own ('"Austria will continue to support Ukraine"' between paragraphs): a crosshead that
    quotes, attributed in no line (GUIDELINES rule 3; SOURCES, round 258)."""
    start, end = paragraph[0][0], paragraph[-1][1]
    if open_at - start > _MARK_ROOM or end - close_at > _MARK_ROOM:
        return False  # the cheap test first: most quotations stand inside their paragraph
    if text[start:open_at].strip() or text[close_at + 1 : end].strip():
        return False
    if not text.startswith(('"', "”"), close_at):
        return False  # cut off by the text's end: no heading
    if not text.startswith("\n\n", close_at + 1):
        return False  # a pull quotation credited on the line below (``_pull_quotation``)
    words = text[open_at + 1 : close_at].split()
    return len(words) <= _CROSSHEAD_WORDS and words[-1][-1] not in _CLOSING_PUNCTUATION


def _before_contrasted_that(text: str, start: int, end: int) -> int:
    """Where a reported clause ends before ", but" and a second verb's "that" with no subject
    between ("stressed that A, but made it clear that B"): the speaker's own second predicate,
    as a clause of A's would have a subject of its own (SOURCES, round 256)."""
    at = text.find(", but ", start, end)
    while at >= 0:
        if _CONTRASTED_THAT.match(text, at, end):
            return at
        at = text.find(", but ", at + 6, end)
    return end


def _before_others_opinion(text: str, start: int, end: int) -> int:
    """Where a reported clause ends before ", but" and a group's opinion under an unlisted
    verb ("said X, but art experts fear Y"): the group's view, which the reporter sets
    against the speaker's words, no part of them (round 679; Decisions: "fear", "believe" make
    no statement); "said X, but the thieves may not care" goes on."""
    at = text.find(", but ", start, end)
    while at >= 0:
        opinion = _OTHERS_OPINION.match(text, at, end)
        if opinion is not None and opinion.group(1) in lx.GROUP_NOUNS:
            return at
        at = text.find(", but ", at + 6, end)
    return end


def _past_after_comma_and(text: str, verb: re.Match[str], form: VerbForm) -> bool:
    """Whether a listed verb's past tense follows ", and" (perhaps with an adverb between):
    joined at the main clause's level, a second statement of its subject."""
    if verb.group() != form.past:
        return False
    before = text[max(0, verb.start() - 16) : verb.start()]
    return before.endswith(", and ") or _ADVERB_AFTER_COMMA_AND.search(before) is not None


def _passive_then_listed(text: str, claim: _Claim, participle: int, past_end: int) -> bool:
    """Whether a said-clause ending in a passive ("had been “barbarically violated”") is
    joined to a listed verb's past ("and called for"): the speaker's second statement, no
    passive subject's doing."""
    if claim.form is None or claim.form.lemma not in ("say", "tell"):
        return False
    return _passive_at(text, claim.start, participle) and _listed_past(
        text, past_end - 12, past_end
    )


def _passive_at(text: str, start: int, participle: int) -> bool:
    """Whether the participle at ``participle`` follows "been", "was" or "were" (an adverb
    or an opening mark between): a passive."""
    return _PASSIVE_BEFORE.search(text, max(start, participle - 40), participle) is not None


def _listed_past(text: str, start: int, end: int) -> bool:
    """Whether the past tense ending at ``end`` (after a joint) is a listed verb's."""
    found = last_word(text, max(0, start), end)
    return found is not None and text[found[0] : found[1]] in FORMS


def _attributions_broken_joined(text: str) -> str:
    """``text`` with a line break read as a space where a line ends in a comma and the next
    opens with a lowercase listed verb ("X,\ndeclared the minister."): an attribution after
    its content that a page's lost quote styling put on a line of its own, one sentence with
    it (round 346). Same length: offsets hold."""
    pieces: list[str] = []
    kept_from = 0
    feed = text.find(",\n")
    while feed >= 0:
        word_end = feed + 2
        while word_end < len(text) and text[word_end].islower():
            word_end += 1
        if word_end > feed + 2 and text[feed + 2 : word_end] in FORMS:
            pieces += (text[kept_from : feed + 1], " ")
            kept_from = feed + 2
        feed = text.find(",\n", feed + 2)
    if not pieces:
        return text
    pieces.append(text[kept_from:])
    return "".join(pieces)


def _photo_credit_left_out(text: str, start: int, end: int) -> tuple[int, int]:
    """A reported statement's span without a photo's credit the text keeps inside its
    paragraph (Vietnamese outlets, session 39): the caption's, no speech. The span keeps the
    longer side: the words before ("... the forum (Photo: VNA) Minister X met him") or, after
    a caption glued to the verb, those after ("stated: Ambassador X (Photo: VNA)Hanoi (VNA) –
    Y"), past their dateline."""
    credit = text.find("Photo", start, end)
    while credit >= 0 and not text.startswith(_PHOTO_CREDITS, credit + 5):
        credit = text.find("Photo", credit + 5, end)
    if credit < 0:
        return start, end
    bracketed = text[credit - 1] == "("
    if bracketed:
        after = text.find(")", credit, end) + 1
    else:  # "Photo: tarn.vn": its one word
        after = text.find(" ", text.find(": ", credit) + 2, end) + 1
    before = credit - bracketed
    if after <= 0 or end - after < before - start:
        return start, before
    while after < end and text[after].isspace():
        after += 1
    return dateline_end(text, after, end), end


def _adjective_series(text: str, joint: int, past_end: int) -> bool:
    """Whether the past tense after " and " at ``joint`` closes a series of adjectives a
    determiner opens before a noun ("for a peaceful, stable, cooperative and developed
    Southeast Asia", "a peaceful and developed region"; Vietnamese outlets' phrase, session
    39): a noun, not a determiner, follows it, and the words before are single words joined
    by commas or one adjective's ending, so no noun closes a first predicate there."""
    if _DETERMINER_AFTER.match(text, past_end):
        return False  # "... and urged the sides to": a verb and its object
    return _ADJECTIVES_BEFORE.search(text, max(0, joint - _ADJECTIVES_REACH), joint) is not None


def _speech_past_at(text: str, end: int) -> bool:
    """Whether the past tense ending at ``end`` is a verb of speech, listed or not."""
    word = _word_ending(text, end, _PAST_REACH)
    return word in lx.UNLISTED_SPEECH or word in FORMS


def _document_participle(text: str, verb: re.Match[str]) -> bool:
    """Whether a listed verb's past participle only says how a document named right before it
    came out, in an opening phrase ("In a statement shared on social media, X claimed ...",
    "in a video posted online"): no one's verb of speech, so no clause of its (round 678)."""
    if verb.group() != FORMS[verb.group()].past or not text.startswith(_WHERE_SHARED, verb.end()):
        return False
    noun = _DOCUMENT_BEFORE.search(text, max(0, verb.start() - _DOCUMENT_REACH), verb.start())
    return noun is not None


def _joined_past(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """The first past tense after " and " or " but " in ``text[start:end]``: where its joint
    starts (a comma or semicolon before it included), where the past tense ends, and whether
    it joins clauses (", and", "; and", "but"). Found by ``str.find``: a pattern opening with
    a space would be tried at every word."""
    words = text[start:end]  # one copy: a find in it parses one bound, not two
    and_at, but_at = words.find(" and "), words.find(" but ")  # offsets in ``words``
    while and_at >= 0 or but_at >= 0:
        at = and_at if but_at < 0 or 0 <= and_at < but_at else but_at
        past = _PAST_AFTER_JOINT.match(text, start + at + 5, end)
        if past is None and at == and_at:
            past = _PERFECT_AFTER_AND.match(text, start + at + 5, end)
        if past is not None:
            punctuated = at > 0 and text[start + at - 1] in ",;"
            quoted = not punctuated and text.startswith(_COMMA_CLOSING, start + at - 2)
            return start + at - punctuated, past.end(), punctuated or quoted or at == but_at
            # ('while “X is shed,” and hinted': the comma inside the closing mark; round 639)
        if at == and_at:
            and_at = words.find(" and ", at + 4)
        else:
            but_at = words.find(" but ", at + 4)
    return None


def _only_attribution(text: str, verb: re.Match[str], end: int) -> bool:
    """Whether a sentence after a quotation only says who spoke it."""
    rest = text[verb.end() : end].strip(" .!?")
    if FORMS[verb.group()].lemma == "tell" and _addressee_only(rest):
        return True  # '“....” X told the visiting official.'
    return not rest or rest.split()[0].lower() in lx.ADJUNCT_STARTS


def _short_link(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` joins two quotations with a few words in lower case and no
    mark (" that its ", " and their farms "): one phrase going on, no clause of its own."""
    parallel = text.endswith(" as ", start, end)  # 'describing X as “A” and Y as “B”': the
    # verb's second object and its "as" again, a longer link (round 581)
    if (
        end - start > (_PARALLEL_LINK_LENGTH if parallel else _SHORT_LINK_LENGTH)
        or text[start : start + 1] != " "
    ):
        return False  # the cheap test first
    words = text[start:end].split()
    return 0 < len(words) <= (_PARALLEL_LINK_WORDS if parallel else _SHORT_LINK_WORDS) and all(
        word.isalpha() and word.islower() for word in words
    )


_SHORT_LINK_LENGTH = 24
_SHORT_LINK_WORDS = 3
_PARALLEL_LINK_LENGTH = 40
_PARALLEL_LINK_WORDS = 5


def _told_that(text: str, verb: re.Match[str], sentence: tuple[int, int]) -> bool:
    """Whether ``verb`` in ``sentence`` reports a that-clause the sentence ends with a full
    stop ("She told reporters that X."): a statement of its own, though it also introduces
    the quotation after it."""
    return (
        sentence[0] <= verb.start() < sentence[1]
        and text.find(" that ", verb.end(), sentence[1]) >= 0
        and text[: sentence[1]].rstrip().endswith(".")
    )


def _website_of(units: list[Unit]) -> bool:
    """Whether "according to" names a website and then its owner ("the (official) website of
    X"), not words someone posted there ("comments posted on X's website")."""
    return (
        len(units) > 2
        and units[0].low == "the"
        and any(
            u.low in _SITES and following.low == "of"
            for u, following in itertools.pairwise(units[1:4])
        )
    )


def _unnamed_report(units: list[Unit]) -> bool:
    """Whether "according to" names only a report, in lowercase words ("the report", "media
    reports"): the channel words reach the reader by, no speaker of its own."""
    return (
        0 < len(units) <= _REPORT_WORDS
        and units[-1].low in _REPORT
        and all(u.kind == "WORD" and u.text.islower() for u in units)
    )


def _press_reports(units: list[Unit]) -> bool:
    """Whether an unnamed report is the press's in the plural ("media reports", "local press
    reports"): no issuer named, nor one named before it stands for."""
    return units[-1].low == "reports" and any(u.low in _PRESS_WORDS for u in units)


_PRESS_WORDS = frozenset({"media", "press", "news"})


def _outlets_report(units: list[Unit]) -> bool:
    """Whether an opening "According to" names an outlet's report ("the Global Times report",
    round 408): a channel too when a listed verb follows, whoever it says spoke the speaker
    ("According to Reuters, X told Y" is the outlet's, its report unnamed; '"...," X said,
    according to a Kyodo News report' the outlet's, as set)."""
    return (
        2 < len(units) <= _OUTLET_WORDS + 2
        and units[-1].low in _REPORT
        and units[-1].text.islower()
        and units[0].low in _ARTICLES
        and sum(u.kind == "WORD" and u.text.islower() for u in units) == 2
        and not any(u.kind == "PERSON" for u in units)
    )


def _introduces(text: str, verb: re.Match[str], end: int) -> bool:
    """Whether a sentence before a quotation introduces it ("told a reporter how ...:")."""
    sentence_end = text[:end].rstrip()
    return sentence_end.endswith(":") or FORMS[verb.group()].lemma == "tell"


def _presidency(speaker: Speaker) -> bool:
    return speaker.type == "ORG" and speaker.name.lower().endswith(" presidency")


def _presides(speaker: Speaker) -> bool:
    """Whether a person is a president, whose office is the presidency (not a vice president)."""
    role = speaker.role.lower()
    return speaker.type == "PERSON" and "president" in role and "vice" not in role


def _bare_verb_shaped(word: str) -> bool:
    """Whether a word after "to" may open an infinitive: lower case, no determiner, no plural
    ending ("to continue", "to address"; not "to reporters", "to the press")."""
    return (
        word.isalpha()
        and word.islower()
        and word not in lx.DETERMINERS
        and (not word.endswith("s") or word.endswith("ss"))
    )


def _adjunct_tail(rest: str, form: VerbForm) -> bool:
    """Whether what follows an attribution is an adjunct ("said on Monday")."""
    return _first_word(rest).lower() in lx.ADJUNCT_STARTS and _attribution_tail(rest, form)


def _first_word(rest: str) -> str:
    """The first word of a non-blank ``rest``, read from its opening characters when a space
    ends it there: not the rest of a run-on sentence copied for each of its verbs."""
    words = rest[:_FIRST_WORD_GLANCE].split(None, 1)
    return words[0] if len(words) > 1 else rest.split(None, 1)[0]


def _inverted_before(claim: _Claim, text: str, verb: re.Match[str]) -> bool:
    """Whether a claim is an inverted attribution whose subject the "and" before a verb
    joins ("Y, noted the President and expressed Z", round 163): the same speaker's."""
    return (
        claim.end >= 0
        and claim.verb is not None
        and claim.verb.end() < verb.start()
        and _joined_listed_verb(text[claim.verb.end() : verb.end()])
    )


def _relative_sayer(text: str, s_start: int, verb_start: int) -> int:
    """Where the sayer of a relative clause's embedded attribution starts ("militant groups
    who analysts say are trying to X": analysts say "are trying to X", as the set reads it;
    "the deal which they said would fail", "something he said had been happening"), else
    ``s_start``: the verb before an auxiliary has its subject right after the relative
    pronoun (or the noun a contact clause follows), a group's noun or a pronoun."""
    relative = _RELATIVE_THEN_SAYER.search(
        text, max(s_start, verb_start - _RELATIVE_SAYER_REACH), verb_start
    )
    if relative is None:
        return s_start
    sayer = relative.group(2)
    if sayer not in _SAYERS:
        return s_start
    return relative.start(1)


def _owned_document_subject(text: str, s_start: int) -> bool:
    """Whether a sentence's subject is a policy document its owner's possessive names ("His
    immigration agenda, known as X, promises ...", "Their plan"): the document's, not theirs."""
    words = text[s_start : s_start + _OWNED_HEAD_REACH].split(None, _OWNED_HEAD_WORDS + 1)
    return any(word.rstrip(",") in lx.DOCUMENT_NOUNS for word in words[1 : _OWNED_HEAD_WORDS + 1])


def _joined_clause_after_aside(following: str) -> bool:
    """Whether an inverted attribution set off inside a sentence is followed by a clause of
    its content joined by "and" or "but" ("A, said Tusk, and some of them had entered B"):
    one statement over the sentence, the aside inside (as "If A, Zhao noted, B"); not a
    second subject ("said the diplomat, and another official"), which has no finite verb."""
    if not following.startswith(_CLAUSE_JOINED):
        return False
    return any(
        word in _FINITE_AUXILIARIES or word.endswith("ed")
        for word in following.split(None, 12)[2:12]
    )


def _joined_listed_verb(subject: str) -> bool:
    """Whether an inverted attribution's subject goes on with "and" and a listed verb ("...,
    noted the President and expressed a belief that Y", round 163): the speaker's own next
    statement, whatever follows it, not a tail that makes the attribution a clause."""
    joined = subject.find(" and ")
    return joined >= 0 and VERB_RE.match(subject, joined + 5) is not None


def _positions(text: str, needles: tuple[str, ...], start: int, end: int) -> list[int]:
    """Where each of ``needles`` occurs in ``text[start:end]``, ascending."""
    found: list[int] = []
    for needle in needles:
        at = text.find(needle, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1, end)
    return sorted(found)


def _holds_mark(positions: list[int], start: int, end: int, width: int) -> bool:
    """Whether a mark ``width`` long at one of ``positions`` (ascending) lies within
    ``start:end``: the first at or after ``start`` ends by ``end`` if any does."""
    first = bisect_left(positions, start)
    return first < len(positions) and positions[first] + width <= end


def _adjunct_opening(words: str) -> bool:
    """Whether ``words`` open with an adjunct's preposition, a degree adverb may stand before
    ("in an interview", "just ahead of the vote", "shortly before the talks")."""
    first, _, following = words.partition(" ")
    first = first.lower()
    if first in _DEGREE_ADVERBS:
        first = following.partition(" ")[0].lower()
    return first in lx.ADJUNCT_STARTS or first == "ahead"


# a clause's modal, and the words that open a clause of the adjunct's own before one
_TAIL_MODALS = frozenset({"would", "will", "could", "should", "must", "can", "might"})
_ADJUNCT_CLAUSE_OPENERS = frozenset(
    {"who", "which", "that", "where", "when", "as", "after", "before", "while", "if", "since"}
    | {"until", "because", "what", "whether", "how", "to"}
)


def _modal_clause_after(words: list[str]) -> bool:
    """Whether the words after "said at/on/in ..." hold a modal before any word opening a
    clause of the adjunct's own ("said at the appropriate time the government would decide"):
    what was said, after an adjunct, not an adjunct closing an attribution."""
    for word in words[2:]:
        if word in _ADJUNCT_CLAUSE_OPENERS:
            return False
        if word in _TAIL_MODALS:
            return True
    return False


def _reporters_adjunct_after(text: str, content_start: int, rest: str) -> bool:
    """ "Y, X said at the Munich conference where he met Z", "Y, X said on Tuesday, barely two
    weeks after Z", "Y, X said here on Tuesday": a place or time after an attribution at the
    end, however long, is the reporter's, Y what was said, when Y opens as a clause (not "In
    response to Z, X said during W the issue ...": there the words after the verb are said)
    and the tail holds no "that", listed verb or clause of its own."""
    first = rest[: rest.find(" ")] if " " in rest[:12] else rest
    if (first not in _PLACE_OR_TIME and first != "here") or len(rest) > _REPORTERS_TAIL_REACH:
        return False  # the cheap tests first: no scan of a run-on sentence's rest per verb
    if " that " in rest or _holds_listed_verb_soon(rest):
        return False
    space = text.find(" ", content_start, content_start + 30)
    opening = text[content_start:space].lower() if space > 0 else ""
    if opening in _CONTENT_OPENERS or opening.endswith("ing"):
        return False
    return _adjunct_then_reporters_words(rest.split())


_CONTENT_OPENERS = _PLACE_OR_TIME | _ADJUNCT_CLAUSE_OPENERS | {"regarding", "referring", "asked"}
_REPORTERS_TAIL_REACH = 400  # characters: a reporter's adjunct, not a run-on sentence's rest


def _adjunct_then_reporters_words(words: list[str]) -> bool:
    """Whether a tail after "X said" opens with a place or time and holds no clause of its own
    before a word opening the adjunct's own ("at the conference where he met Y"): a subject
    pronoun, a modal or "is/has" after the adjunct is one ("said in December it was Y")."""
    if not words or (words[0] not in _PLACE_OR_TIME and words[0] != "here"):
        return False
    if _finite_after_day(words):
        return False  # "a move X said on Saturday risks privileging Y"
    if words[0] == "at" and words[1:2] in (["least"], ["most"]):
        return False  # "said at least six people had been killed": a count opening the content
    for word in words[1:]:
        if word in _ADJUNCT_CLAUSE_OPENERS:
            return True
        if word in _SUBJECT_PRONOUNS or word in _CLAUSE_AFTER_ADJUNCT:
            return False
    return True


def _finite_after_day(words: list[str]) -> bool:
    """Whether "said on <weekday>" goes on with a finite verb ("a move X said on Saturday
    risks privileging Y", "a step X said on Monday was overdue"): the verb of a relative
    clause's content, what was said, not an adjunct closing an attribution (round 506)."""
    if len(words) < 4 or words[0] != "on" or words[1] not in lx.WEEKDAYS:
        return False
    verb, after = words[2], words[3]
    return verb in _FINITE_BE_HAVE or (
        verb.endswith("s") and not verb.endswith("ss") and after.endswith(("ing", "ed"))
    )


_FINITE_BE_HAVE = frozenset({"is", "was", "are", "were", "has", "had", "have"})
_CLAUSE_AFTER_ADJUNCT = _TAIL_MODALS | _FINITE_BE_HAVE | {"it", "we", "i", "there"}


def _attribution_tail(
    rest: str, form: VerbForm, suffixed: bool | None = None, spaced: bool | None = None
) -> bool:
    """What may follow an attribution at a sentence's end: nothing, or an adjunct; whether
    ``rest`` holds ", Jr" or ", Sr" is ``suffixed``, whether it holds ", " ``spaced``, when
    the caller knows it (not searched again in the rest of a run-on sentence for each verb)."""
    if not rest:
        return True
    source = _SOURCE_CLAUSE.search(rest) if _ends_in_source_verb(rest, 0, len(rest)) else None
    if source is not None:  # "..., Kazinform correspondent reports": the reporter's own
        return _attribution_tail(rest[: source.start()], form)
    if (", Jr" in rest or ", Sr" in rest) if suffixed is None else suffixed:  # the cheap test
        rest = _without_suffix_commas(rest)  # first
        spaced = None
    words = rest.split(None, 4)  # the first four words, until a listed verb is ruled out
    joined = 2 if len(words) > 2 and words[1] in ("while", "also") else 1  # ", while adding"
    participle = VERB_RE.match(words[joined]) if rest.startswith(",") and len(words) > 1 else None
    if participle is not None and FORMS[participle.group()].participle:
        return True  # "..., the sources added, saying ...": the participle is a statement too
    if words and words[0].endswith("ing") and (bare := VERB_RE.fullmatch(words[0])) is not None:
        return FORMS[bare.group()].participle  # "X, Y said noting that Z": its comma lost
    if len(words) > 1 and rest.startswith(",") and words[1].islower() and words[1].endswith("ing"):
        return True  # "..., president X said, commenting on Y": the reporter's, no content
    if _TIME_TAIL.fullmatch(rest):
        return True  # "..., a spokesman said last week."
    if form.lemma == "tell" and _addressee_then_participle(words):
        return True  # "..., X told IRNA adding that ...": whom, then a statement of its own
    if form.lemma == "tell" and len(rest) <= _TAIL_GLANCE and _addressee_only(rest):
        return True  # "..., X told the state news agency on Sunday.": only whom, and when
        # (a short tail only: not a run-on sentence's rest copied at each "told")
    if form.lemma == "ask" and (
        rest in _ASKED_PRONOUNS or (len(rest) <= _TAIL_GLANCE and _addressee_only(rest))
    ):
        return True  # "Would X resume, a reporter asked him.": only whom the question was put to
    if (", " in rest if spaced is None else spaced) and _adjunct_then_participle(rest):
        return _attribution_tail(rest.partition(", ")[0], form)
    if _RANKING_APPOSITION.match(rest):
        return True  # "X, officials said, the highest-ranking official to meet Y": about X
    if (", " in rest if spaced is None else spaced) and _adjunct_then_aside(rest, form):
        return True  # "..., X told an audience on Friday, pointing to Y": the reporter's
    if (", " in rest if spaced is None else spaced) and _adjunct_then_clause(rest):
        return True  # "..., X said on Tuesday, after Y said Z": the reporter's clause
    if _holds_listed_verb_soon(rest) or (
        " that " in f" {rest} "
        and not _that_in_open_adjunct(f" {rest} ".partition(" that ")[0])
        and not _TIME_AFTER_THAT.search(rest)
    ):
        return False
    words = rest.split()
    if rest.startswith(_ANSWERING) and len(words) <= _ADJUNCT_WORDS:
        return True  # "..., X said in response to queries over Y's dam, the Z dam, this
        # year": the question answered, its commas an apposition's (round 192)
    if rest.startswith(",") and len(words) == 2:
        return True  # "..., Park Jin said, Thursday."
    head, comma, after = rest.partition(", ")
    if comma and _adjunct_opening(after) and "," not in after:
        return _attribution_tail(head, form)  # "..., an official said Saturday, in an ...",
        # "..., said Monday, just ahead of the report" (round 385)
    if comma and _aside_after_adjunct(after):
        return _attribution_tail(head, form)  # "... said on Friday, speaking before X"
    if comma and after.startswith("which ") and "," not in head:
        return _attribution_tail(head, form)  # "X, the two countries said Thursday, which
        # will serve as Y": the reporter's clause about X (round 426)
    if form.lemma == "say" and _said_of_topic(words):
        return _name_runs_as_one(words) <= _ADJUNCT_WORDS  # "X, Omani mediators said of the
        # indirect sessions between A and B, the US envoy": what X was said about (round 635)
    if "," in rest:
        return _commas_between_names(rest) and _attribution_tail(rest.replace(", ", " "), form)
    if len(words) > 1 and words[0] in _TIME_OF_DAY:  # "... said late on Monday.": when, if
        return _attribution_tail(rest.split(None, 1)[1], form)  # the rest is a time (round 428)
    if len(words) > 1 and (words[0] in lx.WEEKDAYS or words[0] in _DAY_WORDS):
        # "... said Monday following a meeting", "... said today to a group of journalists
        # after ..." (round 281)
        if words[0] in lx.WEEKDAYS and words[1] in _DAY_PARTS:  # "... announced Wednesday
            # evening.": the part of the day still the time (stfix154)
            return len(words) == 2 or _attribution_tail(rest.split(None, 2)[2], form)
        return _attribution_tail(rest.split(None, 1)[1], form)
    if words[0] == "here":  # "..., X said here on Tuesday.": where the reporter is, then
        return len(words) == 1 or _attribution_tail(rest.split(None, 1)[1], form)  # the rest
    if words[0].lower() in _PLACE_OR_TIME:
        if words[0] == "at" and words[1:2] in (["least"], ["most"]):
            return False  # "X, and Y media said at least six people had been killed": a count
            # opening the content, no place (round 472)
        if _modal_clause_after(words) or _finite_after_day(words):
            return False  # "X, Y said at the appropriate time the government would Z": a
            # clause after the adjunct, the content (round 420)
        relative = next((n for n, w in enumerate(words) if w in _ADJUNCT_RELATIVES), len(words))
        return _name_runs_as_one(words[:relative]) <= _ADJUNCT_WORDS  # "... said during a
        # press conference with X": a run of capitalised words is one name, however long its
        # title; a relative clause after the place, about it, the reporter's (round 532)
    if words[0] in _WHILE_DOING and len(words) > 1 and _unlisted_gerund(words[1]):
        return len(words) <= _ADJUNCT_WORDS  # "..., X said when holding talks with Y in Z."
    if form.lemma == "tell" and words[0][:1].isupper() and _named_addressee_then_adjunct(words):
        return True  # "..., X told Foreign Minister Y Z during a visit to W."
    if (
        form.lemma == "tell"
        and len(words) > 2
        and words[0] in ("a", "an", "the")
        and (words[1] in _GATHERINGS or (words[1].islower() and words[2] in _GATHERINGS))
        and len(words) <= _ADJUNCT_WORDS
    ):
        return True  # "..., he told a (regular) meeting with the provincial authorities.": whom
    if form.lemma == "tell" and "about" in words[1:4]:
        return True  # "..., X told Pink TV about the talks with Y": whom, then the topic
    if form.lemma == "tell" and len(words) > 10:
        addressee = next((n for n, w in enumerate(words[1:4], 1) if w in _PLACE_OR_TIME), None)
        if addressee is not None:  # "... told a news conference on Friday after meeting X"
            return _attribution_tail(" ".join(words[addressee:]), form)
    if words[0] in _TIME_CLAUSE_OPENERS and len(words) > 2 and words[1] in _SUBJECT_PRONOUNS:
        return _name_runs_as_one(words) <= _ADJUNCT_WORDS  # "..., X said as he met Y in Z."
    if form.lemma == "tell" and _described_addressee(words):
        return True  # "..., X has told about 20 world leaders he hosted for a summit in Y"
    if len(words) > 10 and words[0] == "to" and words[1] in ("a", "an", "the"):
        audience = next((n for n, w in enumerate(words[2:6], 2) if w in _PLACE_OR_TIME), None)
        if audience is not None:  # "... said to a group of journalists after voting in the
            return _attribution_tail(" ".join(words[audience:]), form)  # X": whom (round 281)
    if len(words) > 10:
        return False
    if words[0] == "to" and len(words) > 1 and _bare_verb_shaped(words[1]):
        return False  # "X, the ministers affirmed to continue Y": an infinitive, the content
    if (
        words[0].lower() in lx.ADJUNCT_STARTS
        or words[0] == "with"  # "..., the electoral office said with 75% of votes counted."
        or (len(words) == 1 and words[0] in lx.WEEKDAYS)
    ):  # (round 597; not among the adjunct starts, where "With X, ..." opening a sentence
        return True  # would be read as an adverbial before its subject)
    if form.lemma != "tell":
        return False
    addressee = next((n for n, w in enumerate(words[1:4], 1) if w in lx.ADJUNCT_STARTS), None)
    if addressee is not None:  # "... told reporters after the talks with X": whom, then when
        return _attribution_tail(" ".join(words[addressee:]), form)
    return _name_runs_as_one(words) <= 4  # "told the Senate Foreign Affairs Committee": one name


def _said_of_topic(words: list[str]) -> bool:
    """Whether an attribution's tail opens with what the words were said of ("said of the
    talks", "said about the plan"): not "said about 300 people died", a number's "about"."""
    return len(words) > 1 and (
        words[0] == "of" or (words[0] == "about" and words[1] in _TOPIC_DETERMINERS)
    )


def _holds_listed_verb_soon(rest: str) -> bool:
    """``holds_listed_verb(rest)``, its opening read first: in a run-on sentence each verb's
    tail is the rest of the sentence, and the next verb soon in it (issue 17)."""
    if len(rest) > _TAIL_GLANCE:
        glance = rest[:_TAIL_GLANCE]
        if rest[_TAIL_GLANCE] in ascii_letters:
            glance = glance.rstrip(ascii_letters)  # a word the glance cuts is not read
        if holds_listed_verb(glance):
            return True
    return holds_listed_verb(rest)


def _occasion_after(text: str, position: int, s_end: int) -> bool:
    """Whether an object ending at ``position`` is followed only by the occasion ("expressed
    their commitment during the bilateral meeting in X."): it names no content of its own."""
    end = len(text[:s_end].rstrip(_TRAILING))
    return text.startswith((" at ", " during "), position) and (
        _OCCASION_ONLY.fullmatch(text, position + 1, end) is not None
    )


def _adjunct_then_clause(rest: str) -> bool:
    """Whether an attribution's tail is an adjunct or nothing, a comma and a clause a
    conjunction opens ("..., X said on Tuesday, after the island nation said Y"; round 322):
    the clause is the reporter's, its own verbs their own statements; so is a phrase opening
    "in a" after a weekday ("..., X said Sunday, in a tit-for-tat after Y was summoned over
    remarks warning Z"; round 401)."""
    comma = rest.find(", ")
    head = rest[:comma].strip()
    if rest.startswith(_IN_A_PHRASE, comma + 2) and head in lx.WEEKDAYS:
        return True
    if not rest.startswith(_CLAUSE_CONJUNCTIONS, comma + 2):
        return False
    return not head or head.split(" ", 1)[0].lower() in lx.ADJUNCT_STARTS or head in lx.WEEKDAYS


def _adjunct_then_participle(rest: str) -> bool:
    """Whether an attribution's tail is an adjunct, a comma and a listed participle ("...,
    the minister announced on social media, emphasizing that ..."): the participle is a
    statement of its own, so the adjunct alone closes the attribution. Read by offsets: the
    tail may be the rest of a run-on sentence (issue 17)."""
    comma = rest.find(", ")
    if comma < 0:
        return False
    at = comma + 2
    if rest.startswith(_JOINED_PARTICIPLE, at):  # "said on Friday, while adding that Y"
        at = rest.find(" ", at) + 1  # (round 322)
    participle = VERB_RE.match(rest, at)  # a space before it, as before no letter
    space = rest.find(" ", 0, comma)
    return (
        participle is not None
        and FORMS[participle.group()].participle
        and rest[: space if space >= 0 else comma].lower() in lx.ADJUNCT_STARTS
    )


def _adjunct_then_aside(rest: str, form: VerbForm) -> bool:
    """Whether an attribution's tail is an adjunct, then after its one comma a participle's
    aside, whether or not the participle is listed ("pointing to", "adding that": its own).
    Its parts are copied only when needed: the tail may be a run-on sentence's (issue 17)."""
    comma = rest.find(", ")
    return (
        comma >= 0
        and rest[comma + 2 : comma + 3].islower()  # the cheap test first
        and rest.find(",", comma + 2) < 0
        and _aside_after_adjunct(rest[comma + 2 :])
        and _attribution_tail(rest[:comma], form)
    )


def _aside_after_adjunct(after: str) -> bool:
    """Whether what follows an attribution's adjunct and its comma is the reporter's aside,
    no content: a participle ("said on Friday, speaking before the committee") or a time from
    another event ("said on Monday, weeks after the talks broke down")."""
    first = after.split(None, 1)[0]
    return (first.islower() and first.endswith("ing")) or _TIME_FROM_EVENT.match(after) is not None


def _commas_between_names(rest: str) -> bool:
    """Whether every comma in an attribution's tail joins two capitalised names of those it
    was said with ("in an interview with the Norland Times, The Sudland Post and Radio Tarn"):
    a list, no clause (not "emphasised on the need of trust among A, B and C": its content)."""
    parts = rest.split(", ")
    return (
        " with " in parts[0]
        and rest.count(",") == len(parts) - 1
        and all(
            _CAPITALISED_LAST.search(part) is not None and (n == 0 or part[:1].isupper())
            for n, part in enumerate(parts)
        )
    )


def _split_at_capital_pronouns(
    text: str, sentences: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sentences split where a semicolon is followed by a capitalised pronoun ("The meeting
    reaffirmed X; It emphasized Y"): the page joined two sentences, each with its own verb."""
    split: list[tuple[int, int]] = []
    for start, end in sentences:
        for joint in _CAPITAL_PRONOUN_AFTER_SEMICOLON.finditer(text, start, end):
            split.append((start, joint.start() + 1))
            start = joint.end()
        split.append((start, end))
    return split


def _demonstrative_that(text: str, position: int, s_end: int) -> bool:
    """Whether "that" before ``position`` points at a noun closing the sentence ("of that
    meeting."): too few words after it for a clause."""
    return len(text[position:s_end].split(None, 2)) <= 2


def _without_suffix_commas(rest: str) -> str:
    """ "... with President X, Jr.": the comma before a name's suffix sets off no clause."""
    return _SUFFIX_COMMA.sub(r" \1", rest)


def _told_whom_then_quoted(
    text: str, position: int, s_end: int, find: Callable[[str, int, int], int]
) -> bool:
    """Whether "told" is followed by its addressee (and when or where), a colon and a
    quotation, with no "that" clause: the quotation is what was told, direct. ``find`` is
    ``text.find``, or the finder's, which remembers its last search."""
    colon = find(": ", position, s_end)
    return (
        colon >= 0
        and text.startswith(_OPENING_MARKS, colon + 2)
        and find(" that ", position, colon) < 0
    )


def _adjunct_after_name(rest: str) -> bool:
    """Whether what follows an inverted attribution's person is nothing or an adjunct of
    the speech, set off by a comma or opening with a preposition of place or time, with no
    clause of its own (", in a message delivered by Y to the summit.")."""
    rest = rest.strip(" .")
    if not rest:
        return True
    if rest.startswith(", for ") and rest[6:7].isupper():  # "..., said X, for Teleradio-Moldova":
        # the outlet the words were given to (round 475)
        return " that " not in rest and not holds_listed_verb(rest)
    if not rest.startswith(", ") and rest.split(None, 1)[0] not in _PLACE_OR_TIME:
        return False  # "X in an interview yesterday": a place or time unset off, too
    return (
        rest.removeprefix(", ").split(None, 1)[0].lower() in lx.ADJUNCT_STARTS
        and " that " not in rest
        and not holds_listed_verb(rest)
    )


def _topic_then_participle(text: str, position: int, s_end: int) -> bool:
    """Whether a shared thing's topic phrase at ``position`` ends at a comma before a listed
    participle ("shared his thoughts on the situation in a post, saying X"): the kind of
    speech and its topic, no content; the participle says what was said (stfix145)."""
    topic = _ON_A_TOPIC_COMMA.match(text, position, s_end)
    if topic is None:
        return False
    verb = VERB_RE.match(text, topic.end(), s_end)
    return verb is not None and FORMS[verb.group()].participle


def _participle_after_name(text: str, at: int) -> bool:
    """Whether a participle, set off by a comma, follows an inverted attribution's person at
    ``at`` ("X, said the President of Norland, Y, stressing Z", "..., Y, speaking in Tarn"):
    a listed one a statement of its own (its speaker the attribution's), another the
    reporter's aside, as after "X said" (``_attribution_tail``); not a clause that makes X
    no content."""
    if not text.startswith(", ", at):
        return False
    word = _WORDS_AHEAD.match(text, at + 1)
    return word is not None and word.group(1).islower() and word.group(1).endswith("ing")


def _name_runs_as_one(words: list[str]) -> int:
    """How many words an adjunct holds, each run of capitalised words counted once."""
    return sum(
        1 for n, w in enumerate(words) if not (n and w[:1].isupper() and words[n - 1][:1].isupper())
    )


def _title_apposed(rest: str) -> bool:
    """Whether what follows an inverted attribution's speaker is only their title in
    apposition ("..., said X, the ministry’s spokeswoman."): a noun phrase of a few words
    ending in a title, with no verb or "that" of its own."""
    if not rest.startswith(", "):
        return False
    words = rest[2:].split()
    titled = 1 <= len(words) <= _TITLE_APPOSITION_WORDS and words[-1].lower() in lx.ROLE_NOUNS
    if not titled and not (
        1 <= len(words) <= _OFFICE_APPOSITION_WORDS
        and (_office_named(words) or _role_to_place(words) or _role_for_portfolio(words))
    ):
        return False
    return "that" not in words and not holds_listed_verb(rest)


def _title_apposed_then_adjunct(rest: str, form: VerbForm) -> bool:
    """Whether an inverted attribution's speaker is followed by a title in apposition, then an
    adjunct ("..., said X, EU commissioner for humanitarian aid, at the closing of the
    gathering.", round 456): the attribution ends the sentence all the same."""
    title, comma, adjunct = rest[2:].partition(", ")
    return bool(comma) and _title_apposed(f", {title}") and _adjunct_tail(adjunct, form)


def _role_for_portfolio(words: list[str]) -> bool:
    """Whether words name a role and its portfolio in lower case, and nothing after ("EU
    commissioner for humanitarian aid", round 456)."""
    for index, word in enumerate(words[:-2]):
        if word.lower() in lx.ROLE_NOUNS and words[index + 1] in ("for", "of"):
            return all(w.isalpha() and w.islower() for w in words[index + 2 :])
    return False


def _role_to_place(words: list[str]) -> bool:
    """Whether words name a role and the place it serves, and nothing after ("Kazakhstan’s
    ambassador to the United States", "the UN envoy for Libya"; round 435)."""
    for index, word in enumerate(words[:-2]):
        if word.lower() in lx.ROLE_NOUNS and words[index + 1] in _SERVED_PREPOSITIONS:
            place = words[index + 2 :]
            if place[0] == "the":
                place = place[1:]
            return bool(place) and all(w[:1].isupper() for w in place)
    return False


def _titled_name_ends(rest: str, name: str) -> bool:
    """Whether an inverted attribution's tail is a title whose office names several fields
    and then the person ("..., said US Under Secretary for Trade, Energy, and the Environment
    X Y."): its commas list the office's fields, no clause follows (round 395)."""
    last = name.rpartition(" ")[2]
    if not last or not rest.endswith(last):
        return False
    words = rest[: len(rest) - len(last)].replace(",", " ").split()
    return all(w[:1].isupper() or w in _OFFICE_NAME_JOINTS for w in words)


def _office_of_body_apposed(rest: str) -> bool:
    """Whether what follows an inverted attribution's speaker is their office in a body
    ("..., said X, president of the island's senate -- a body that ...", "..., said X, the
    head of the agency", "..., said X, an analyst at Y", "..., said X, Senior Director at Y,
    a research company"): a role noun after a determiner or capitalised words, "of" or "at"
    and the body, a dashed aside or the body's own short apposition after it the reporter's
    (rounds 341, 395)."""
    if not rest.startswith(", "):
        return False
    for dash in (" -- ", " – ", " — "):
        if dash in rest:
            rest = rest[: rest.index(dash)]
    body_apposition = rest.find(", a", 2)  # ", a research company": the body's, not a clause
    if body_apposition > 0 and _body_apposition(rest[body_apposition + 2 :]):
        rest = rest[:body_apposition]
    words = rest[2:].split()
    first = 1 if words[:1] and words[0] in ("the", "a", "an") else 0
    while first + 1 < len(words) and words[first][:1].isupper() and words[first + 1][:1].isupper():
        first += 1  # "Senior Director at Y": the role noun after its capitalised modifiers
    return (
        first + 3 <= len(words) <= _OFFICE_APPOSITION_WORDS
        and words[first].lower() in lx.ROLE_NOUNS
        and words[first + 1] in ("of", "at")
        and "that" not in words
        and not any(word.endswith(",") for word in words)
        and not holds_listed_verb(rest)
    )


def _body_apposition(rest: str) -> bool:
    """Whether words after a body's name are its own short apposition ("a research company",
    "an industry group"): an indefinite article, a few words and no verb or clause."""
    words = rest.split()
    return (
        2 <= len(words) <= _BODY_APPOSITION_WORDS
        and words[0] in ("a", "an")
        and not any(w in _AUXILIARIES or w.endswith(",") for w in words)
        and "that" not in words
        and not holds_listed_verb(rest)
    )


_BODY_APPOSITION_WORDS = 4
_AUXILIARIES = frozenset(
    {"is", "was", "are", "were", "will", "would", "has", "have", "had", "can", "could", "may"}
    | {"might", "should", "must", "did", "does"}
)


def _about_the_speaker(rest: str) -> bool:
    """Whether what follows an inverted attribution's speaker only says more of them: a
    relative clause (", who is also the incoming chair, adding ...", ", which covers 40
    countries") or a second speaker coordinated in a short noun phrase (", and another
    official from the region"): the content before is still theirs (rounds 314, 315)."""
    if rest.startswith(_SPEAKER_RELATIVES):
        return " that " not in rest  # not "..., who ..., that X": X the content
    if not rest.startswith(", and "):
        return False
    words = rest[6:].split()
    return (
        1 <= len(words) <= _OFFICE_APPOSITION_WORDS
        and words[0].lower() in _SECOND_SPEAKER_OPENINGS
        and "that" not in words
        and not holds_listed_verb(rest)
    )


_SPEAKER_RELATIVES = (", who ", ", which ")
_SECOND_SPEAKER_OPENINGS = frozenset({"another", "a", "an", "the", "one", "two", "other"})


def _title_stops_dropped(rest: str) -> str:
    """An inverted attribution's tail without the full stops of titles and initials before
    a name ("said Foreign Minister Mr. X Y."): no sentence ends there (round 314); nor does
    the attribution end at the comma listing a title's fields."""
    if "." in rest:
        rest = _TITLE_STOP.sub(_stop_dropped, rest)
    if " and " in rest and rest[:1].isupper():  # "said Coordinating Political, Security and
        rest = PORTFOLIO_LIST_COMMA.sub("", rest, count=1)  # Legal Affairs Minister X": one
        # title, its comma no end of the attribution (round 509)
    return rest


def _stop_dropped(stop: re.Match[str]) -> str:
    """A title's or an initial's letters without their full stop."""
    return stop.group()[:-1]


def _absolute_person(word: str) -> bool:
    """Whether a lowercase word may stand for a speaker as an absolute participle's subject
    besides a role noun ("with the 69-year-old saying X", "with him adding Y"; round 312)."""
    return word.endswith("-old") or word in _ABSOLUTE_PRONOUNS or word in lx.GROUP_NOUNS


# "with the former saying X": the first of two named (round 407)
_ABSOLUTE_PRONOUNS = frozenset({"him", "her", "them", "former", "latter"})
_SPACED_DASHES = (" — ", " – ")  # (round 312)


def _office_named(words: list[str]) -> bool:
    """Whether capitalised words end in a role noun, "for" or "of" and the office's
    capitalised name ("State Minister for Reconciliation and Civil Equality")."""
    joint = next((n for n, w in enumerate(words) if w in ("for", "of")), 0)
    if joint < 1 or words[joint - 1].lower() not in lx.ROLE_NOUNS:
        return False
    return all(w[:1].isupper() or w in _OFFICE_NAME_JOINTS for w in words[joint + 1 :])


def _unlisted_gerund(word: str) -> bool:
    """Whether ``word`` is a gerund no listed verb's ("holding", not "saying")."""
    return word.endswith("ing") and word.islower() and VERB_RE.fullmatch(word) is None


def _named_addressee_then_adjunct(words: list[str]) -> bool:
    """Whether a named addressee (capitalised words, "of", "to" or "the" between them), then
    an adjunct of place or time, follow "told" ("told Minister of Trade Y Z during
    talks in W", round 111): whom and where, no content."""
    named = 0  # where the name ends: "just hours before" may stand between it and "before"
    for number, word in enumerate(words[:_NAMED_ADDRESSEE_WORDS]):
        following = words[number + 1] if number + 1 < len(words) else ""
        if word in _PLACE_OR_TIME or (word == "by" and following in _MEANS):
            last = words[named - 1]
            return (last[:1].isupper() or last.isdigit()) and len(words) - number <= _ADJUNCT_WORDS
        if word in _TIME_LEADS and named:
            continue
        if word == "and" and named and following[:1].isupper():
            continue  # "told Stars and Stripes by email": one name, "and" inside it (round 423)
        if not word[:1].isupper() and word not in _NAME_JOINERS and not _outlet_word(word):
            return False
        named = number + 1
    return False


# the common nouns and figures of an outlet's name ("French television channel France 24",
# "state broadcaster RTV", round 281)
_OUTLET_NOUNS = frozenset(
    {"television", "channel", "radio", "broadcaster", "newspaper", "daily", "station", "network",
     "magazine", "outlet", "agency", "news", "state", "public", "weekly"}
)  # fmt: skip


def _outlet_word(word: str) -> bool:
    """Whether a lowercase word or a figure belongs to a named outlet's phrase after "told"."""
    return word in _OUTLET_NOUNS or word.isdigit()


def _nothing_said_after(text: str, verb: re.Match[str], form: VerbForm, s_end: int) -> bool:
    """Whether a participle closes its sentence, at most an attribution's tail after it
    ("as saying.", "as telling the assembled leaders, Xinhua reported."): no content of its
    own, so its words come before it."""
    rest = text[verb.end() : s_end].strip(_TAIL_STRIPPED)
    return not rest or (len(rest) <= _TAIL_GLANCE and _attribution_tail(rest, form))


def _event_subject(text: str, verb_start: int) -> bool:
    """Whether the word right before a verb is an event's noun ("the summit underscored")."""
    before = text[max(0, verb_start - _EVENT_WORD_REACH) : verb_start].split()
    return bool(before) and before[-1] in _EVENT_SUBJECTS


def _described_addressee(words: list[str]) -> bool:
    """Whether "told" is followed by whom it was told to in lowercase words or a count
    ("about 20 world leaders", "the visiting ministers"), ending in a group's or a person's
    noun, then nothing but an adjunct of place or time or a relative clause about them
    without "that" whose past verb's object is the gap ("he hosted for a summit in Y"): no
    content, so the words before the attribution are what was told (round 607)."""
    first = 1 if words[0] in _APPROXIMATIONS else 0
    head = next(
        (
            n
            for n, word in enumerate(words[first : first + _TITLE_APPOSITION_WORDS], first)
            if word in _SUBJECT_NOUNS or word in _ADDRESSEE_NOUNS
        ),
        None,
    )
    if head is None or any(
        not (word.islower() or word.isdigit()) or word in _NOT_A_NOUN for word in words[first:head]
    ):
        return False
    after = words[head + 1 :]
    adjuncts = _PLACE_OR_TIME
    if after[:1] and after[0] in _SUBJECT_PRONOUNS and len(after) > 1:
        if not after[1].endswith("ed") or after[1] in _FINITE_AUXILIARIES:
            return False
        after = after[2:]  # "he hosted": the relative clause's subject and verb, its object
        # the addressee ("the leaders he hosted"); an object of its own makes it content
        adjuncts = lx.PREPOSITIONS  # "for a summit": the clause's own adjunct
    return not after or (
        after[0] in adjuncts and len(after) <= _ADJUNCT_WORDS and "," not in after[-1]
    )


def _addressee_then_participle(words: list[str]) -> bool:
    """Whether an addressee of up to three words, then a listed participle, follow "told"
    ("told IRNA adding that", "told the news agency, saying")."""
    for word in words[1:4]:
        participle = VERB_RE.fullmatch(word)
        if participle is not None:
            return FORMS[participle.group()].participle
        if not word[:1].isalpha() or word[-1:] in ".;:":
            return False
    return False


def _without_nested_quotations(found: list[_Found]) -> list[_Found]:
    """Without a quotation whose verb and words both lie inside a reported statement ("X
    stressed that a video showing him stating that “...” was edited"): only the outermost
    listed verb is annotated. The reported ones are sorted by start, each with the furthest
    end of those up to it: one search a quotation, not a comparison with each of them (8,000
    paragraphs of a quotation and a reported statement took seconds, issue 17)."""
    reported = sorted((s.start, s.end) for s in found if s.kind != "direct")
    if not reported:
        return found
    starts = [start for start, _ in reported]
    furthest = list(itertools.accumulate((end for _, end in reported), max))
    kept: list[_Found] = []
    for s in found:
        if s.kind == "direct" and s.position < s.start:
            before = bisect_left(starts, s.position)  # the reported ones opening before its verb
            if before and furthest[before - 1] >= s.end:
                continue  # one of them holds its verb and its words
        kept.append(s)
    return kept


def _across_own_asides(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` (in text order) with a reported statement cut by its own speaker's aside
    ("said that X, which, as he pointed out, is Y") run on over it: one statement, X to Y."""
    if text.find(" as ") < 0 or len(found) < 2:
        return found  # the cheap test first
    joined: list[_Found] = [found[0]]
    for statement in found[1:]:
        last = joined[-1]
        if (
            last.kind == statement.kind == "reported"
            and last.speaker.key == statement.speaker.key
            and _OWN_ASIDE.fullmatch(text, last.end, statement.start) is not None
        ):
            joined[-1] = last._replace(end=statement.end)
        else:
            joined.append(statement)
    return joined


def _without_tweet_trailers(text: str, found: list[_Found]) -> list[_Found]:
    """``found`` with an embedded tweet's trailer cut off a reported statement: its
    "pic.twitter.com/..." link and its "— Name (@handle) Month D, YYYY" sign-off are the page's
    embedding, not what was said (dev set: the tweet's link and credit not annotated); a
    statement that was only the trailer is dropped."""
    kept: list[_Found] = []
    for statement in found:
        end = statement.end
        if statement.kind == "reported":
            link = text.find("pic.twitter.com/", statement.start, end)
            handle = text.find("(@", statement.start, end)
            if handle >= 0:
                handle = text.rfind("\u2014", statement.start, handle)  # its sign-off's dash
            cut = min(at for at in (link, handle, end) if at >= 0)
            end = statement.start + len(text[statement.start : cut].rstrip(" .\u00a0\n"))
        if end < statement.end:
            if not any(c.isalnum() for c in text[statement.start : end]):
                continue  # "said. pic.twitter.com/x — A (@a) May 1, 2020": the trailer alone
            statement = statement._replace(end=end)
        kept.append(statement)
    return kept


def _without_overlaps(text: str, found: list[_Found]) -> list[_Found]:
    """Text order; where two overlap, a direct quotation wins, then the earlier statement. A
    reported statement running into another speaker's clause is cut before it, not dropped
    (:func:`_before_other_speaker`)."""
    ranked = sorted(found, key=lambda s: (s.kind != "direct", s.start))
    kept: list[_Found] = []  # in text order, not overlapping: ends ascend with starts
    starts: list[int] = []
    for statement in ranked:
        at = bisect_left(starts, statement.end)  # the kept ones starting before it ends ...
        if at and kept[at - 1].end > statement.start:  # ... of which the last ends latest
            first = bisect_right(starts, statement.start)  # the first starting inside it
            if statement.kind == "direct" or (first and kept[first - 1].end > statement.start):
                continue  # it overlaps at its start too
            cut = _before_other_speaker(text, statement, kept[first])
            if cut is None:
                continue
            statement, at = cut, first
        kept.insert(at, statement)
        starts.insert(at, statement.start)
    return kept


_CONTINUATION_WORDS = 3  # words of an unopened quotation continuing a person's words, at least
# a clause joined after a quotation's closing mark or a comma ("X had “A,” while Y responded")
_JOINED_CLAUSE = lazy_compile(r"(?:[,;][”\"]?|[”\"][,;]?) (?:while|whereas|but|and) ")


def _before_other_speaker(text: str, statement: _Found, other: _Found) -> _Found | None:
    """``statement``, reported, cut before the joined clause in which ``other``, a direct
    quotation of another speaker, is attributed ("Ford confirmed the ad had “caught Trump’s
    attention,” while Carney responded that Canada “will not allow ...”": Ford's ends at his
    quotation's closing mark); None where no such clause opens between them."""
    if other.kind != "direct":
        return None
    joint = max(
        _JOINED_CLAUSE.finditer(text, statement.start, other.start),
        default=None,
        key=lambda match: match.start(),
    )  # the last before the quotation
    if joint is None or other.speaker.key == statement.speaker.key:
        return None
    end = joint.start() + len(joint.group().rstrip().rpartition(" ")[0].rstrip(",; "))
    if end <= statement.start:
        return None
    return statement._replace(end=end)


def _acting_past(unit: Unit) -> bool:
    """Whether ``unit`` is a subordinate clause's past verb ("renewed", "left")."""
    return unit.kind == "WORD" and (unit.low.endswith("ed") or unit.low in _ACTING_PASTS)


def _past_title(units: list[Unit]) -> list[Unit]:
    """The units from a titled person's name on ("US Secretary of State X posted"): a title
    and the country before it say who the name is, not who speaks."""
    skip = 1 if len(units) > 2 and units[0].kind == "GPE" and units[1].kind == "ROLE" else 0
    if len(units) > skip + 1 and units[skip].kind == "ROLE" and units[skip + 1].kind == "PERSON":
        return units[skip + 1 :]
    return units
