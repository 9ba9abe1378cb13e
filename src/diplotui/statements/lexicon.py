"""Closed word classes the statement finder reads subjects and spans by."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DETERMINERS = _words(
    "the a an this that these those its his her their our both all two three four five several "
    "many some other each another numerous various"
)
DROPPED_DETERMINERS = _words("the a an this that these those its his her their our")
# Left out of a group's name too: "Both sides expressed" -> "sides", "Several Council members".
GROUP_PREDETERMINERS = _words("both all several some many most numerous various")
# Before "states", a noun ("member states", "Gulf states"), not a verb.
BEFORE_STATES = _words(
    "member island coastal nuclear sovereign neighbouring neighboring small other several many"
    " all these those both some most gulf arab baltic balkan nation"
    " members"  # "after members states voting", the writer's slip for "member states" (round 517)
)
PREPOSITIONS = _words(
    "of from at in with for to on by among within during after before under between against"
)
# Between a subject and its verb: "also stressed", "has repeatedly said".
ADVERBS = _words(
    "also further furthermore again once then later repeatedly strongly clearly firmly "
    "particularly especially recently previously earlier has have had will would could should "
    "can may might must did does do not never always often already still yet moreover "
    "additionally likewise similarly specifically notably publicly officially personally "
    "directly separately jointly emphatically subsequently finally first thus hence therefore "
    "nonetheless nevertheless"  # "The EU nonetheless expressed concerns" (round 343)
    " long"  # "Norland has long said that" (round 362)
    " only merely simply"  # "Wright only said that" (round 402)
    " just"  # "X has just announced major changes" (round 600)
    " even"  # "He even stated that X" (stfix145)
)
BE_FORMS = _words("is are was were be been being")
# Verbs whose object a listed verb's -s form may be, then a plural noun: "share notes", "took
# notes", "compare notes", "exchanged remarks" (round 468).
EXCHANGE_VERBS = _words(
    "share shares shared sharing compare compares compared comparing exchange exchanges "
    "exchanged exchanging take takes took taken taking swap swapped trade traded"
)
# A person named by role only: "the minister", "the top diplomat".
ROLE_NOUNS = _words(
    "minister official diplomat ambassador spokesperson spokesman spokeswoman president presidenta "
    "chairman chairwoman chair chairperson secretary leader director head premier envoy deputy "
    "professor expert analyst scholar researcher chief governor mayor senator lawmaker "
    "commander officer chancellor king queen prince consul counsellor counselor general "
    "economist lecturer ceo founder author person source attache attaché manager adviser "
    "advisor coordinator negotiator rapporteur host guest visitor politician aide speaker "
    "delegate cardinal archbishop "  # "the Cardinal said" (round 324); not "bishop": a surname
    "commissioner "  # "the EU enlargement commissioner said" (round 354)
    "academic provost rector "  # a university's: "the academic said “...”" (round 468)
    "elder "  # "quoted a tribal elder as saying" (round 406)
    "lawyer "  # "The Gambian born international lawyer reiterated" (round 457)
    "emperor empress pope emir monarch "  # "Emperor X ... the emperor said" (round 390),
    # "King X ... The Moroccan monarch emphasized" (round 593)
    "d’affaires d'affaires "  # "the charge d’affaires": its last word
    "father mother wife husband daughter brother sister"  # "His father, X, told" (362;
    # not "son": a Vietnamese name, "Minister Son")
    " colleague"  # a delegate's: "X, his colleague from Belarus emphasized" (round 484)
    " woman man"  # unnamed: "a Chechen woman who told Kurdistan 24 she followed" (round 479)
    " agent"  # a state's before a court: "Tokyo's agent at the court, X, said" (round 514)
    " protester demonstrator activist"  # one of a group's: "said another protester" (round 560)
    " voter"  # a vox pop's: "said this voter in Quito, X" (round 597)
    " resident"  # a place's, unnamed: "“I heard shots,” said a resident" (round 625)
    " undersecretary"  # a ministry's, in lower case: "the undersecretary for X, Y, said" (583)
    " cleric imam preacher"  # a faith's: "Cleric X said ... The cleric added" (session 54)
    " candidate nominee contender"  # an election's: "The law-and-order candidate, who was
    # beaten in 2021, declared that" (round 595)
    " engineer"  # a public works office's: "A former district engineer ... said" (round 605)
    " translator interpreter"  # a summit's: "The translator explained that X" (round 604)
    " survivor witness eyewitness tourist"  # an attack's, unnamed: "an officer quoted a woman
    # survivor as saying" (round 630)
    " judge prosecutor"  # a court's: "Judge X ... The ICC judge said Y" (round 622)
    " attorney"  # a lawyer as American news names one: "A DHS attorney informed the judge
    # that the government “has evidence”" (round 636)
    " boss"  # a body's head as the press calls them: "the NFU boss said" (stfix148)
    " attendee participant"  # a meeting's, unnamed: "X took the chance to Y, one attendee
    # said" (stfix148)
    " student"  # a campus's, unnamed: "a university student said X" (stfix158), as "students"
)
# Words that make a title an office below its noun's: "the Secretary-General" is never the
# Under-Secretary-General.
LOWER_OFFICE = _words("under")
# Role nouns naming a post its holder speaks in for someone else, each with the title words of
# those who may hold it: "the envoy" is not the Secretary-General last named. Other titles may
# be a second one of a person known by one ("the prince", "the minister" for a Senator), and
# "the official" may be anyone.
_SPOKESPERSONS = "spokesperson spokesman spokeswoman"
_ENVOYS = "envoy ambassador commissioner representative consul"
_TRANSLATORS = "translator interpreter"
INTERPRETERS = _words(_TRANSLATORS)  # who speak beside a leader, never the leader
OFFICES = {
    noun: _words(holders)
    for noun, holders in {
        "envoy": _ENVOYS,
        "ambassador": _ENVOYS,
        "consul": "consul",
        "spokesperson": _SPOKESPERSONS,
        "spokesman": _SPOKESPERSONS,
        "spokeswoman": _SPOKESPERSONS,
        "translator": _TRANSLATORS,  # "The translator explained": not the leader last quoted
        "interpreter": _TRANSLATORS,
        "judge": "judge",  # "The judge cited X": a judge, not the president who spoke last
        "prosecutor": "prosecutor",  # likewise a court's (round 622)
    }.items()
}
# A person named by being received: "the Laotian guest" is not the host who spoke last.
GUEST_NOUNS = _words("guest visitor")
# Groups that speak as one: "the two sides" -> "two sides".
GROUP_NOUNS = _words(
    "delegates delegations delegation participants sides leaders ministers officials experts "
    "speakers scholars researchers representatives representative attendees members parties "
    "countries nations governments lawmakers legislators deputies diplomats analysts "
    "panelists panellists organisers organizers authorities conference meeting forum summit "
    "workshop seminar dialogue session partners guests ambassadors envoys sources people side "
    "observers commentators critics outlets community interlocutors junta "
    "parliamentarians congressmen senators heads reporter reporters journalist journalists "
    "negotiators allies group groups presidents "
    "companies firms "  # "The companies that own the cables said" (round 340)
    "juntas putschists rebels insurgents militants mutineers protesters demonstrators "
    "officers soldiers forces "  # "a group of military officers announced" (round 405);
    # "the country’s armed forces announced that" (round 558)
    "supporters opponents proponents advocates skeptics sceptics "
    "agencies organizations organisations humanitarians "  # aid's (round 332)
    "families relatives parents "  # "the families who signed the letter said" (round 338);
    # "X’s parents earlier said" (round 406)
    "fishermen fishers farmers villagers residents "  # "Local fishermen said that" (round 360)
    "advisers advisors "  # "Advisers to the agency said that" (round 362)
    "academics "  # "The decision led academics to warn that" (round 375)
    "owners investors executives employers manufacturers exporters importers producers "
    "traders workers"  # business's: "the owners of firms in the zone called for" (round 393)
    " states"  # "foreign donor states have said", "Member states stressed" (round 397)
    " prosecutors investigators"  # justice's: "German prosecutors said" (round 425)
    " plenary"  # a legislature in session: "the plenary calls on X" (round 441)
    " activists campaigners politicians lawyers"  # "According to activists, X" (round 437)
    " mps meps"  # a title's plural: "X, MEPs warn in their joint resolution" (round 645)
    " insiders"  # "Maritime insiders say that X" (round 523)
    " embassies"  # "A delegation and multiple Western embassies criticised" (round 438)
    " missions"  # envoys' posts as one: "Several foreign diplomatic missions issued" (round 615)
    " mediators facilitators"  # talks' brokers: "a joint statement from the facilitators"
    " associations federations unions"  # trade bodies: "the seed associations said" (round 471)
    " leadership"  # a body's heads as one: "Philippine military leadership stated" (stfix90)
    " family"  # a victim's kin as one: "The family of Harry Dunn has said" (round 481)
    " museums galleries"  # collections': "some museums point out that" (round 505)
    " carriers operators providers"  # telecoms': "according to telecom carriers" (round 478)
    " cities towns municipalities"  # twinned places as one: "Both cities vowed to" (round 487)
    " opposition"  # a government's opponents as one: "The opposition argues that" (round 599)
    " pair duo"  # two persons named by a noun: "The pair vowed to" -> "pair", as "two leaders"
    # (round 624; "The two", no noun, stays the two persons named)
    " police respondents voters"  # "Myanmar police have said", "66% of respondents said"
    " academicians policymakers makers"  # "activists, academicians and policy makers" (round
    # 465): "policy makers" and "decision makers" end in "makers"
    " charities"  # aid's and rights' bodies as one: "international charities say that" (round 579)
    " actors"  # a debate's parties as one: "Various actors have pointed out that" (round 597)
    " scientists economists historians pollsters"  # scholars by their field: "Although A,
    # political scientists warn, B" (round 595), "Economists said" (round 517)
    " students"  # a campus's protesters as one: "X, the students stated." (round 613)
    " spokespersons spokesmen spokeswomen spokespeople"  # "Spokespersons for the fleet
    # stated that" (round 627): a body's voices as one, a following "for X" no office's holder
    " individuals"  # unnamed sources by their number: "according to three individuals
    # briefed on the discussion" (round 626), as "people"
    " contingent contingents"  # a delegation's part by its origin: "said the Maghreb
    # contingent of the Flotilla in a statement" (round 627), as "delegation"
    " defence defense prosecution"  # a trial's sides as one: "The defence described X as
    # a “serial liar”" (round 626), as "the opposition"
    " survivors witnesses eyewitnesses tourists"  # an attack's: "one of the tourists told
    # investigators" (round 630)
    " attorneys agents"  # a client's lawyers, an agency's officers: "Upon hearing this, the
    # agents stated they would X" (round 636), as "lawyers" and "officers"
    " faithful worshippers pilgrims believers mourners crowd crowds"  # a gathering's people:
    # "some faithful waited ... “...,” they chanted" (round 638 residue), as "protesters"
    " team teams"  # a body's unit as one: "The newsroom's fact-check team confirmed that X"
    " broadcasters"  # media by their kind: "..., but Turkish broadcasters have been showing X
    # as part of their coverage of what they said was Y" (round 642), as "outlets"
)  # a coup's or a war's sides, named only so (round 311); a plan's sides (round 320); "the
# presidents of A and B announced" (round 331)
# The reporter's view of an office's holder, no word of the title: "the authoritarian Serbian
# president" is the president.
EVALUATIVE_ADJECTIVES = _words(
    "authoritarian autocratic embattled beleaguered controversial populist nationalist "
    "outspoken powerful influential charismatic firebrand"
)
# Ranking a description after a name ("Canada, the biggest supplier of steel,"): an aside.
RANKING_WORDS = _words(
    "largest biggest greatest oldest newest smallest highest lowest richest poorest strongest "
    "longest closest nearest most leading top"
)
# "one of the people cited above": one unnamed member of the group, named by its noun.
MEMBER_NOUNS = {"people": "person", "sources": "source", "officials": "official"}
# "the person cited above": a participle and an adverb after the noun name no one new.
BACK_REFERENCES = _words("above earlier before previously")
# "the ministry" stands for the ministry the article named last.
ORG_HEADS = _words(
    "ministry embassy department agency committee commission office council government party "
    "front union association bank organization organisation company corporation institute "
    "university academy court army navy administration secretariat politburo assembly "
    "consulate mission federation alliance bloc media service society force coastguard "
    "division bureau directorate presidency"  # "the Presidential Media Division said"
    " guard"  # "according to Norland’s coast guard" (round 360)
    " centre center"  # "The network centre also said that" (round 361)
    " television radio station"  # "State television quoting the navy said" (round 373)
    " military"  # "In turn, the Norland military said X" (round 377)
    " cabinet"  # "The Norland cabinet approved X, describing it as “...”" (round 407)
    " parliament"  # "Parliament affirms that “...”": the parliament named before (round 441)
    " operator carrier provider"  # telecoms': "the operator MTN Group wrote on X" (round 478)
    " regulator"  # a body by its function: "X, a Russian regulator said" (round 485)
    " foundation fund"  # "The foundation said it acknowledged X" (round 493), "the Fund said"
    " museum gallery"  # "X, according to the museum": the museum named before (round 505)
    " coalition"  # "The Saudi-led coalition said X ... The coalition said Y" (round 502)
    " portfolio"  # a ministry by its office, as Spanish news names it in translation (round 583)
    " movement"  # a campaign by its noun: "the youth-led movement urged X" (round 593)
    " authority"  # a body by its power: "according to the electoral authority" (round 595)
    " observatory monitor watchdog"  # a body by its watch: "The Observatory said" after "the
    # Syrian Observatory for Human Rights", "A UK-based monitor reported" (round 623)
    " palace"  # a presidency by its seat: "the presidential palace said in a statement" (stfix147)
)
# Bodies named without their head noun, and the noun "the ..." stands for them by: "the U.S.
# Treasury said X. The department said Y" (round 512), "the Pentagon ... the department".
IMPLIED_HEADS = {
    "treasury": "department",
    "pentagon": "department",
    "farnesina": "ministry",
    "itamaraty": "ministry",
}
# Words that stand for their speaker: "Contributions from delegates", "a statement by X".
PROXY_NOUNS = _words(
    "contributions contribution opinions comments speeches speech remarks views proposals "
    "statement statements readout communique communiqué declaration message letter report post "
    "release announcement data note"  # "According to a note from the ministry" (round 286)
    " communication"  # "The communication to Y also highlighted" (round 337)
    " memo memorandum"  # "The memo also stressed" (round 653)
)
# A proxy that stands for the issuer last in view ("The statement added", "the report said").
ISSUED_NOUNS = (
    *("statement", "readout", "report", "post", "release", "communiqu", "announcement"),
    "declaration",  # "The comprehensive declaration underscored X" (round 201)
    "note",  # a ministry's note: "According to the note, ...", "the note adds" (round 286)
    "memo",  # "The memo also stressed": its sender's (round 653)
)
# Bodies whose names hold a lowercase "the" the recogniser's joints do not ("Save the
# Children said": not "Children"; round 479)
BODIES_WITH_THE = ("Save the Children", "Stop the War Coalition")
# Platforms an office posts on, as written: "the ministry's official Facebook page"
PLATFORMS = frozenset(
    {"Facebook", "Twitter", "X", "Instagram", "Telegram", "LinkedIn", "Weibo", "WeChat"}
)
# A policy document is no speaker ("Resolution 57 also emphasizes").
DOCUMENT_NOUNS = _words(
    "resolution law platform strategy decision report document plan directive agreement "
    "decree constitution charter programme program data figures survey statistics study "
    "analysis tally estimate estimates calculations"  # "according to X analysis" (round 327)
    " agenda"  # a programme by another name: "His immigration agenda ... promises" (round 595)
)
# Words that end a subject: a clause, not a noun phrase, comes before the verb.
CLAUSE_WORDS = _words("that which who whom whose if whether because what not no when where")
SUBJECT_PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": "GROUP", "it": "ORG"}
# The speaker after "according to": "According to him, ..."; the owner in "In his opinion, "
OBJECT_PRONOUNS = {
    "him": "PERSON",
    "her": "PERSON",
    "them": "GROUP",
    "his": "PERSON",
    "their": "GROUP",
}
# What may open the words between a verb and "that" that are no content: an adverbial ("said
# in his speech that", "said on Monday that") or a pronoun addressee ("assured him that"); not a
# determiner: "stressed the significance of forums that ..." says all of it.
ADDRESSEE_STARTS = _words(
    "to in at during on while before after with reporters journalists him them us once again here "
    "also further last earlier yesterday today monday tuesday wednesday thursday friday "
    "saturday sunday"
)
# An object naming only what kind of thing follows "that" ("expressed his belief that", "the
# fact that").
OPINION_NOUNS = _words(
    "view opinion belief hope assessment position conviction fact stance statement "
    "warning warnings assurance assurances"  # "adding a veiled warning that X" (stfix154)
)
# The listed verbs whose object is whom the words are addressed to ("told the envoys that",
# "warned the council that").
ADDRESSED_LEMMAS = frozenset({"tell", "warn"})
# "expressed" makes a statement with these objects only; thanks and congratulations do not.
EXPRESSED_CONTENT = _words(  # concern's kin (reservations, doubts) and hope's (desire, intention)
    "hope hopes belief beliefs confidence concern concerns determination commitment support "
    "optimism conviction readiness willingness trust solidarity reservation reservations doubt "
    "doubts objection objections aspiration aspirations intention intentions "
    "expectation expectations anticipation need needs wish "  # "expressing the need to act"
    "openness"  # "expressed openness to talks": a position, as willingness is
    " certainty"  # "expressed his certainty that X will win": a belief
    " opposition"  # "expressed their opposition to X": a stance taken, as support is (round 602)
    " disagreement"  # "expressed strong disagreement with X": opposition's kin (round 641)
)
# Feelings that make "expressed" a statement only with a clause of content after them
# ("expressed alarm that X", "expressed anger they had been shut out"; "expressed alarm." is
# an attitude): a concern's kin (rounds 278, 461).
EXPRESSED_FEELINGS = _words(
    "alarm anger frustration outrage dismay indignation scepticism skepticism fear fears worry "
    "worries"
)
# A concern's kin among them, a statement with what it is about too ("expressed deep alarm over
# the fighting", as "expressed concern over it"; round 678); not anger's nor frustration's.
EXPRESSED_CONCERNS = _words("alarm worry worries fear fears")
# Opinions that make "expressed" a statement only with "that" after them: a belief held ("Aoun
# expressed his idea that the army will defend the country", round 634); "expressing their
# views on maritime issues" names a topic, no content (Decisions).
EXPRESSED_OPINIONS = _words("view views opinion opinions idea ideas")
# "expressed his desire to win X" names a want, no content (stfix153); "expressed her country's
# desire that X" has a clause: desires with "that", as opinions.
EXPRESSED_OPINIONS |= _words("desire desires")
# Verbs rejecting a claim: "- an allegation Tehran has denied, insisting that X" (round 635).
DENIALS = _words(
    "denied denies deny rejected rejects reject dismissed dismisses dismiss disputed disputes "
    "dispute refuted refutes refute"
)
# Attitudes, not statements ("expressed appreciation for China's support").
EXPRESSED_ATTITUDES = _words(
    "thanks gratitude appreciation congratulations condolences sympathy satisfaction pleasure "
    "admiration regret"
)
# What may follow an attribution at a sentence's end ("..., he said at the meeting.").
ADJUNCT_STARTS = _words(
    "at in on during while when after before as to from via through according upon following "
    "quoting citing amid amidst without ahead"
)
# A following clause that is the reporter's own ends the statement.
REPORTER_CLAUSES: tuple[str, ...] = (", though ", ", although ", ", but it was ", ", but it is ")
# the reporter's comment after what was said: "..., but it remains unclear when ...", "... – a
# move seen as a step to ..." (round 393)
REPORTER_CLAUSES += (", but it remains ", ", but it remained ", " – a move ", " — a move ")
# the other of two persons' part: "with the former saying that X, and the latter claiming Y"
REPORTER_CLAUSES += (", and the latter ", ", while the latter ")
# a noun summing up what was said, then the reporter's relative clause on it: "insisted on X, a
# position that reportedly frustrated Y" (round 567)
REPORTER_CLAUSES += (", a position that ", ", a stance that ", ", a demand that ")
# the same on an act announced: "announced the suspension of X, a move that allows Y" (round 603)
REPORTER_CLAUSES += (", a move that ", ", a move which ", ", a step that ", ", a decision that ")
# the reporter naming what was said as disputed: "said X took kickbacks, a claim the senators
# denied" (round 605), "..., a claim dismissed by the outlet as baseless"
REPORTER_CLAUSES += (", a claim ", ", a charge ", ", an allegation ", ", an accusation ")
# the reporter's own weighing of what was said: "insisting that X, adding a new chapter to Y's
# struggle" (round 619), not a second statement
REPORTER_CLAUSES += (", adding a new ",)
# an increase after what was said: "said 10 were hurt, adding to the 300 hurt before" (round
# 688); one adding words "to the press that Y" ends the clause before it all the same
REPORTER_CLAUSES += (", adding to the ", ", adding to its ", ", adding to their ")
AUXILIARIES = _words("will would shall should can could may might must has have had do does did")
# what a caller comes to do in "X called on Y to ...": the caller's own act, a visit's purpose,
# not what Y is urged to do ("called on President Y to bid farewell", round 408)
VISIT_PURPOSES = (
    "bid farewell",
    "bid adieu",
    "bid goodbye",
    "say goodbye",
    "say farewell",
    "take leave",
    "pay a courtesy",
    "pay a farewell",
    "pay courtesy",
    "pay farewell",
    "pay his respects",
    "pay her respects",
    "pay their respects",
    "present his credentials",
    "present her credentials",
    "present his letters of credence",
    "present her letters of credence",
    "introduce himself",
    "introduce herself",
)
WEEKDAYS = frozenset(
    w.capitalize() for w in _words("monday tuesday wednesday thursday friday saturday sunday")
)
# A foreign ministry known by its seat ("Wisma Putra said"), with the country's name and its
# adjective: the ministry the article names for that country, when it names one.
MINISTRY_SEATS: dict[str, tuple[str, str]] = {
    "Wisma Putra": ("Malaysia", "Malaysian"),
    "Itamaraty": ("Brazil", "Brazilian"),
    "Farnesina": ("Italy", "Italian"),
    "Quai d'Orsay": ("France", "French"),
    "Quai d’Orsay": ("France", "French"),
    "Torre Tagle": ("Peru", "Peruvian"),
    "Palacio San Martín": ("Argentina", "Argentine"),
    "Gaimusho": ("Japan", "Japanese"),
}
# Military ranks right before a name ("Rear Admiral X said"): the person's role, longest first
# so that a multi-word rank is read whole, not as its last word
MILITARY_RANKS: tuple[str, ...] = (
    "Air Chief Marshal", "Air Vice Marshal", "Air Marshal", "Field Marshal", "Marshal",
    "Fleet Admiral", "Rear Admiral", "Vice Admiral", "Admiral",
    "Lieutenant General", "Major General", "Brigadier General", "Brigade General",
    "Senior General", "General",
    "Lieutenant Colonel", "Colonel", "Brigadier", "Commodore",
    "Lieutenant Commander", "Commander", "Captain", "Major", "First Lieutenant",
    "Second Lieutenant", "Lieutenant", "Sergeant Major", "Master Sergeant", "Staff Sergeant",
    "Sergeant", "Corporal",
)  # fmt: skip
RANK_ENDINGS = frozenset(rank.rpartition(" ")[2] for rank in MILITARY_RANKS)
# Head nouns of diplomatic missions, known by their seats ("the Polish embassy in Paris").
MISSION_HEADS = frozenset({"embassy", "consulate", "consulate-general", "mission"})
# A foreign ministry's acronyms, in any of its English names' wordings ("MEA": India's Ministry of
# External Affairs), Britain's and the Romance languages' ("MAE": Ministerul Afacerilor Externe,
# Ministère des Affaires étrangères), and those names: a translated text may call it "the MEA"
# after writing it out as "the Ministry of Foreign Affairs"
FOREIGN_MINISTRY_ACRONYMS = frozenset({"MEA", "MFA", "MOFA"} | {"FCO", "FCDO"} | {"MAE"})
FOREIGN_MINISTRY_NAMES = (
    "Ministry of Foreign Affairs",
    "Ministry of External Affairs",
    "Foreign Ministry",
    "Foreign Affairs Ministry",
    "Foreign Office",  # "the Foreign Office has said ... the FCO added" (round 419)
    "Foreign and Commonwealth Office",
    "Foreign, Commonwealth and Development Office",
)
# Honours and memberships written after a name and its comma ("X, CFR", "Y, MP", "Z, SAN"):
# the person's letters, never a speaker of their own.
POST_NOMINALS = frozenset(
    {"GCFR", "GCON", "CFR", "CON", "OFR", "OON", "MFR", "MON", "SAN", "QC", "KC", "SC", "MP"}
    | {"MEP", "TD", "OBE", "MBE", "CBE", "KBE", "KCMG", "GCMG", "PhD"}
)

# the titles of peers, whose names carry a place ("Lord Ahmad of Wimbledon", round 511)
PEERAGE_TITLES: tuple[str, ...] = ("Lord ", "Baroness ", "Baron ", "Viscount ", "Lady ", "Earl ")

# capitalised words that open an organisation's name and that the recogniser may leave out of
# it ("the State Secretariat of Border Affairs" read as "Secretariat of Border Affairs")
ORG_NAME_OPENERS: tuple[str, ...] = ("State ", "National ", "Federal ", "Royal ", "Supreme ")

# Verbs of speech not in the list, before "that": a quotation in their clause is direct.
UNLISTED_SPEECH = frozenset(
    [
        "assures",
        "assured",
        "reassures",
        "reassured",
        "replies",
        "replied",
        "responds",
        "responded",
        "laments",
        "lamented",
        "retorts",
        "retorted",
        "comments",
        "commented",
        "observes",
        "observed",
        "answers",
        "answered",
        "admits",
        "admitted",
        "concedes",
        "conceded",
        "maintains",
        "maintained",
        "contends",
        "contended",
        "complains",
        "complained",
        "writes",
        "wrote",
        "tweets",
        "tweeted",
        "posts",
        "posted",
        *("mentions", "mentioned", "reveals", "revealed", "claims", "claimed"),
        *("denies", "denied", "discloses", "disclosed", "concludes", "concluded"),
        *("hints", "hinted"),  # "hinted that the army was told to “prepare options.”" (round 639)
        *("informs", "informed"),  # '"...", – informed the press service
        *("demands", "demanded", "demanding"),  # 'demanding that "light be shed"' (round 291)
        *("alleges", "alleged"),  # 'alleged that X is linked through “corruption chains”'
        *("alleging", "claiming"),  # "X criticized Y, alleging that he acted for “...”"
        *("admitting", "conceding"),  # "X conceded defeat, admitting that Y has a “...” lead"
        # (stfix155), and the other participles of the verbs above before "that"
        *("replying", "responding", "lamenting", "retorting", "commenting", "observing"),
        *("answering", "maintaining", "contending", "complaining", "revealing", "disclosing"),
        *("denying", "clarifying", "hinting", "mentioning"),
        *("clarifies", "clarified"),  # 'clarified that the sites are “X,”' (round 326)
        *("praises", "praised", "hails", "hailed"),  # 'He praised that “X.”' (round 382)
        *("rules", "ruled"),  # a court's 'ruled that X had “seriously violated” Y' (round 617)
    ]
)
# Verbs in the present before their subject after a quotation: a document's ('"...," reads the
# release') and the unlisted verbs of speech ('"...," laments X, a student': round 599).
INVERTED_PRESENTS = frozenset({"reads", "continues"}) | {
    verb for verb in UNLISTED_SPEECH if verb.endswith("s") and not verb.endswith("ss")
}
