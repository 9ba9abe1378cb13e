"""Whose an organisation speaking under a generic name is: its country, as the article gives it.

"Ministry of Foreign Affairs" speaks for Vietnam in one article and for Malaysia in another;
keyed by name across the library, the two were one speaker in the Statements view, in
``diplotui statements --speaker`` and in the timeline. An organisation named generically (a
ministry, department, government, embassy ... with no place in its name) is therefore shown
with the country the article names it with ("Vietnam's Ministry of Foreign Affairs", "the
Malaysian foreign ministry", "the Ministry of Foreign Affairs of Malaysia"): "Ministry of
Foreign Affairs (Malaysia)", a speaker of its own that "Ministry of Foreign Affairs" typed still
finds. A body whose name carries its country ("Pakistan's foreign ministry", "Foreign Ministry
of Japan") is that speaker too, and the foreign ministry is one body however named ("Foreign
Ministry", "MOFA", "Foreign Office"): "Ministry of Foreign Affairs (Pakistan)"; so is any
ministry of a portfolio ("Defense Ministry", "Ministry of Defence": "Ministry of Defence
(Japan)") and a leader's office ("presidential office": "Office of the President"). A capital
standing for its country names the country ("Beijing's foreign ministry": China); where an
embassy sits stays after its name ("Embassy in Vienna (Russia)"). The finder keeps the article's
name (GUIDELINES: the organisation as named); the library's statements carry this one. An
article naming no country for it, or two countries' such bodies, leaves the name as it is: a
country is never guessed (from the outlet, the dateline or the article's other places).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from diplotui.entities.folding import fold_for_matching
from diplotui.entities.gazetteer import Entry, load
from diplotui.entities.linking import canonical_key
from diplotui.lazy_patterns import lazy_compile
from diplotui.model import EntitySpan, Statement

from .bodies import ministry_named
from .cast import place_stems, places_opening

# A generic body's key (``canonical_key``: "Foreign Ministry" and "MOFA" are the Ministry of
# Foreign Affairs): what every country has one of.
_GENERIC = lazy_compile(
    r"(?:(?:foreign|foreign affairs|external affairs|interior|home|defen[cs]e) )?"
    r"(?:ministry|government|embassy|presidency|cabinet|consulate|high commission|"
    r"foreign office|parliament)"
    r"|(?:ministry|department) (?:of|for) [a-z ,&]+"
    r"|(?:president|prime minister|pm)'s office|office of the (?:president|prime minister)"
)
# The bodies every country has that articles name several ways, by the one name the library
# shows ("Foreign Office", "Foreign Ministry" and "MOFA": "Ministry of Foreign Affairs"); other
# ministries are named by their portfolio (``ministry_named``).
_BODIES = {
    "Ministry of Foreign Affairs": (
        *("foreign ministry", "ministry of foreign affairs", "foreign affairs ministry"),
        "foreign office",
    ),
    "Office of the President": ("president's office", "presidential office"),
    "Office of the Prime Minister": ("prime minister's office", "pm's office"),
}
_OWNED = ("’s ", "'s ")
# Bodies a country keeps in another's capital: "the London embassy" is not the UK's.
_STATIONED = ("embassy", "consulate", "high commission")
_BEFORE = 250  # characters before a statement's words: its sentence and the one before
_AFTER = 80  # after them: an attribution closing it ("..., Pakistan’s foreign ministry said")
_GENERIC_HEADS = (  # the ends of the names ``_GENERIC`` keys: a test before any key is made
    *("inistry", "overnment", "mbassy", "residency", "abinet", "onsulate", "ommission"),
    *("ffice", "arliament", "epartment", "MFA", "MOFA", "MoFA"),
)


def with_countries(
    text: str, spans: Sequence[EntitySpan], statements: list[Statement]
) -> list[Statement]:
    """``statements`` with each organisation named generically named with its country, where
    the article gives one and only one for it: "Ministry of Foreign Affairs (Vietnam)"; and
    each named with its country ("Pakistan's foreign ministry") shown so too, one speaker
    with the body the article names generically."""
    orgs = [s for s in statements if s.speaker_type == "ORG" and _headed(s.speaker)]
    if not orgs:  # the cheap test first: most articles have none
        return statements
    generic = {s.speaker_key for s in orgs if _generic(s)}
    names: dict[str, set[str]] = {}
    for s in statements:
        if s.speaker_key in generic:
            names.setdefault(s.speaker_key, set()).add(s.speaker)
    countries: dict[str, str] = {}
    for key, named in names.items():  # "the Malaysian foreign ministry" of the Ministry ...
        named.update(other for other in _other_names() if canonical_key(other) == key)
        countries[key] = _country(text, spans, key, named, statements)
    places = [span for span in spans if span.type == "GPE"]
    shown: dict[int, str] = {}
    for s in orgs:
        if countries.get(s.speaker_key) and s.speaker_key in generic:
            shown[id(s)] = f"{_shown(s.speaker)} ({countries[s.speaker_key]})"
        elif s.speaker_key not in generic and (owned := _with_country(s.speaker, places)):
            shown[id(s)] = f"{_shown(owned[0])} ({owned[1]})"
    return [
        dataclasses.replace(s, speaker=shown[id(s)], named_as=s.named_as or s.speaker)
        if id(s) in shown
        else s
        for s in statements
    ]


def _headed(name: str) -> bool:
    """Whether a name may be a generic body's, with or without its country: the cheap test
    before any key is made ("White House", "Kremlin" are not; "embassy in Vienna" is)."""
    return " of " in name or name.partition(" in ")[0].endswith(_GENERIC_HEADS)


def _shown(name: str) -> str:
    """How the library shows a generic body: one name however the article names it
    ("Foreign Ministry", "MOFA": "Ministry of Foreign Affairs"; "Defense Ministry": "Ministry
    of Defence"), others as named, capitalised ("the embassy" and "the Chinese Embassy":
    "Embassy (China)"; "embassy in Vienna": "Embassy in Vienna")."""
    body, at, where = name.partition(" in ")
    shown = _shown_by_key().get(canonical_key(body)) or ministry_named(body)
    return (shown or body[:1].upper() + body[1:]) + at + where


@lru_cache(maxsize=1)
def _shown_by_key() -> dict[str, str]:
    return {
        canonical_key(name): shown for shown, names in _BODIES.items() for name in (shown, *names)
    }


@lru_cache(maxsize=1)
def _other_names() -> tuple[str, ...]:
    return tuple(name for names in _BODIES.values() for name in names)


def _generic_name(name: str) -> bool:
    """Whether a body's name (no place in it) is one every country's body may bear."""
    return _GENERIC.fullmatch(canonical_key(name)) is not None or bool(ministry_named(name))


def _with_country(name: str, places: Sequence[EntitySpan]) -> tuple[str, str] | None:
    """A generic body's name carrying its country, split into the body's generic name and
    the country as the gazetteer names it: "Pakistan's foreign ministry", "the Malaysian
    Foreign Ministry", "Foreign Ministry of Japan", "Ministry of Foreign Affairs, Nepal"; None
    for any other name, or a place or nationality the gazetteer does not know."""
    owner, _, owned = name.partition("’s " if "’s " in name else "'s ")
    splits = [(owner, owned)] if owner else []
    for joint in (", ", " of "):  # "Ministry of Foreign Affairs, Republic of the Philippines"
        head, _, tail = name.partition(joint) if joint == ", " else name.rpartition(joint)
        if head:
            splits.append((tail, head))
    words = name.removeprefix("the ").split(" ")
    splits += [(" ".join(words[:n]), " ".join(words[n:])) for n in (1, 2) if len(words) > n]
    splits += [(" ".join(words[-n:]), " ".join(words[:-n])) for n in (1, 2) if len(words) > n]
    for place, named in splits:
        body = named.partition(" in ")[0]  # "Russian embassy in Vienna": where, not whose
        if not (_place(place) or _nationality(place)) or not _generic_name(body):
            continue
        if any(_place(word) for word in _words(body)):
            return None  # "Vietnam's Ministry of Foreign Affairs of Laos": whose is unsure
        country = _named(place, places, canonical_key(body).startswith(_STATIONED))
        return (named, country) if country else None
    return None


def _generic(statement: Statement) -> bool:
    """Whether an organisation's name is one every country's body may bear: a generic head
    ("Ministry of Foreign Affairs", "the government", "MOFA") and no place in the name."""
    name = statement.speaker
    if not _headed(name) or not _generic_name(name):
        return False
    return not any(_place(word) for word in _words(name))


def _words(name: str) -> list[str]:
    """A name's capitalised words without a possessive ending ("Malaysia’s" -> "Malaysia")."""
    words = [word.removesuffix("’s").removesuffix("'s").strip(",()") for word in name.split()]
    return [word for word in words if word[:1].isupper()]


def _country(
    text: str,
    spans: Sequence[EntitySpan],
    key: str,
    names: set[str],
    statements: Sequence[Statement],
) -> str:
    """The country the article names the body of ``key`` with, as the gazetteer names it
    ("Vietnam" of "Viet Nam's"), or "". Only one country's such body may be named in the
    whole article, and so named by a statement of the body (from the sentence before its
    words to its attribution after them): "The UAE ... The Ministry of Foreign Affairs
    urged X" is not the Omani Foreign Ministry's of three paragraphs on, nor "the government
    said" in Beijing Japan's of "the Japanese government" further down. ``names``: the
    body's generic names, also looked for after a place where the recogniser found no
    organisation ("the Malaysian foreign ministry", in lower case)."""
    own = [s for s in statements if s.speaker_key == key]
    said = [(max(0, s.start - _BEFORE), s.end + _AFTER) for s in own]
    named = _named_with_country(text, spans, key, names, said)
    if len({country for _, country in named}) != 1:
        return ""
    # near a statement, not in its words: "X met the Japanese Foreign Ministry, the Foreign
    # Ministry said" is not Japan's ministry speaking
    near = any(
        low <= at <= high and not s.start <= at < s.end
        for at, _ in named
        for s, (low, high) in zip(own, said, strict=True)
    )
    return named[0][1] if near else ""


def _named_with_country(
    text: str,
    spans: Sequence[EntitySpan],
    key: str,
    names: set[str],
    said: Sequence[tuple[int, int]],
) -> list[tuple[int, str]]:
    """Where the article names the body of ``key`` with a country, and the country: as an
    organisation the recogniser found, anywhere; in lower case, only around where the body
    speaks (``said``), the one place it counts (no pass over the whole text)."""
    found: list[tuple[int, str]] = []
    places = [span for span in spans if span.type == "GPE"]
    stationed = key.startswith(_STATIONED)
    for index, span in enumerate(spans):
        if span.type != "ORG" or not any(head in span.text for head in _GENERIC_HEADS):
            continue  # the cheap test first: no key made of "Reuters", "ASEAN"
        owner, _, owned = span.text.partition("’s " if "’s " in span.text else "'s ")
        if owner and canonical_key(owned) == key:  # "South Korea's foreign ministry"
            found.append((span.start, _named(owner, places, stationed)))
            continue
        head, _, tail = span.text.rpartition(" of ")
        if head and _place(tail) and canonical_key(head) == key:  # "... Affairs of Malaysia"
            found.append((span.start, _named(tail, places, stationed)))
            continue
        first, _, rest = span.text.partition(" ")
        if rest and _place(first) and canonical_key(rest) == key:  # "Malaysian Foreign Ministry"
            found.append((span.start, _named(first, places, stationed)))
            continue
        before = spans[index - 1] if index else None
        if (
            before is not None
            and before.type == "GPE"
            and text[before.end : span.start] in _OWNED
            and canonical_key(span.text) == key
        ):  # "Vietnam's Ministry of Foreign Affairs"
            found.append((before.start, _named(before.text, places, stationed)))
    after_place = re.compile(
        rf"\b((?:[A-Z][\w.-]* )?[A-Z][\w.-]*)(?:’s|'s)? "
        rf"(?i:{'|'.join(map(re.escape, sorted(names)))})\b"
    )
    for low, high in said:
        for mention in after_place.finditer(text, low, high):
            place = mention.group(1)
            if not (_place(place) or _nationality(place)):
                place = place.rpartition(" ")[2]  # "The Malaysian": "Malaysian"
            if _place(place) or _nationality(place):
                found.append((mention.start(), _named(place, places, stationed)))
    return [(at, country) for at, country in found if country]


def _place(word: str) -> bool:
    """Whether a word names a place or a nationality ("Malaysia", "Malaysian")."""
    entry = _entry(word)
    return (entry is not None and entry.type == "GPE") or word in load().demonyms


def country_of(word: str) -> str:
    """The country a place or a nationality names ("Mexico", "Mexican": Mexico), as the
    gazetteer names it; "" for none."""
    return _named(word, ())


@lru_cache(maxsize=1024)
def _nationality(word: str) -> bool:
    """Whether a word is a nationality the demonym list misses, of one country the gazetteer
    knows ("Peruvian", "South Korean")."""
    words = word.split(" ")
    return all(w.isalpha() and w.istitle() for w in words) and bool(_named(word, ()))


def _entry(name: str) -> Entry | None:
    entries = load().names.entries
    name = name.removeprefix("the ")
    found = entries.get(name) or entries.get(fold_for_matching(name))  # "Türkiye": "Turkiye"
    return found if isinstance(found, Entry) else None


def _named(place: str, places: Sequence[EntitySpan], stationed: bool = False) -> str:
    """A place or nationality as the gazetteer names its country: "Viet Nam" and "Việt Nam"
    are "Vietnam", "Beijing" China, "Tajik" Tajikistan; "Malaysian" is the place the article
    names of that nationality, else the one place the gazetteer knows of it; "" for none, and
    for a capital of the body ``stationed`` there ("the London embassy")."""
    entry = _entry(place)
    if entry is not None and entry.type == "GPE":
        country = _capitals().get(entry.canonical)
        return "" if country and stationed else country or entry.canonical
    first, _, last = place.rpartition(" ")
    if first:  # "South Korean": the one place of the gazetteer named "South" and Korea's stem
        stems = place_stems([], [last])
        known = {name for name, stem in _longer_names(first) if stem & stems}
        return known.pop() if len(known) == 1 else ""
    for ending in ("istan", "stan"):  # "Tajik": Tajikistan, "Kazakh": Kazakhstan
        entry = _entry(place + ending)
        if entry is not None and entry.type == "GPE":
            return entry.canonical
    stems = place_stems([], [place])
    if not stems:
        return ""
    for span in places:
        if place_stems([span.text.removeprefix("the ")], []) & stems:
            return _named(span.text, ())
    known = {name for stem in stems for name in _places_of_stem(stem)}
    return known.pop() if len(known) == 1 else ""


@lru_cache(maxsize=256)
def _places_of_stem(stem: str) -> frozenset[str]:
    """The one-word places the gazetteer knows of ``stem`` ("peru": Peru), named as it names
    them: only the few whose stems open as ``stem`` does are stemmed, not its thousands, the
    first time a process asks a nationality (stspeed48c)."""
    entries = load().names.entries
    return frozenset(
        entry.canonical
        for name in places_opening(stem[:3])
        if isinstance(entry := entries[name], Entry) and stem in place_stems([name], [])
    )


@lru_cache(maxsize=256)
def _longer_names(first: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each place of several words the gazetteer knows whose words before the last are
    ``first`` ("South": "South Korea", "South Sudan"), named as it names it, with its last
    word's stems: only those are stemmed, and only names opening with ``first`` looked at."""
    entries = load().names.entries
    opening = first + " "
    found: list[tuple[str, frozenset[str]]] = []
    for name in [name for name in entries if name.startswith(opening)]:
        entry = entries[name]
        before, _, last = name.rpartition(" ")
        if isinstance(entry, Entry) and entry.type == "GPE" and before == first and last.isalpha():
            found.append((entry.canonical, place_stems([last], [])))
    return tuple(found)


# A capital standing for its country ("Beijing's foreign ministry" is China's), each named as
# the gazetteer names it. Left out: a capital named as its country is (Kuwait, Singapore), one
# that is a state's or a bloc's too (Delhi, Brussels, Jerusalem), or a common word (Male), or
# a name many places bear (Victoria, Kingston, Georgetown, San Jose).
_CAPITALS = (
    "Kabul:Afghanistan; Tirana:Albania; Algiers:Algeria; Andorra la Vella:Andorra; Luanda:Angola; "
    "Buenos Aires:Argentina; Yerevan:Armenia; Canberra:Australia; Vienna:Austria; Baku:Azerbaijan; "
    "Nassau:Bahamas; Manama:Bahrain; Dhaka:Bangladesh; Bridgetown:Barbados; Minsk:Belarus; "
    "Belmopan:Belize; Porto-Novo:Benin; Thimphu:Bhutan; La Paz:Bolivia; Sucre:Bolivia; "
    "Sarajevo:Bosnia and Herzegovina; Gaborone:Botswana; Brasilia:Brazil; "
    "Bandar Seri Begawan:Brunei; Sofia:Bulgaria; Ouagadougou:Burkina Faso; Gitega:Burundi; "
    "Praia:Cabo Verde; Phnom Penh:Cambodia; Yaounde:Cameroon; Ottawa:Canada; "
    "Bangui:Central African Republic; N'Djamena:Chad; Santiago:Chile; Beijing:China; "
    "Bogota:Colombia; Moroni:Comoros; Kinshasa:Democratic Republic of the Congo; "
    "Brazzaville:Congo; Zagreb:Croatia; Havana:Cuba; Nicosia:Cyprus; Prague:Czech Republic; "
    "Copenhagen:Denmark; Roseau:Dominica; Santo Domingo:Dominican Republic; Dili:Timor-Leste; "
    "Quito:Ecuador; Cairo:Egypt; San Salvador:El Salvador; Malabo:Equatorial Guinea; "
    "Asmara:Eritrea; Tallinn:Estonia; Mbabane:Eswatini; Addis Ababa:Ethiopia; Suva:Fiji; "
    "Helsinki:Finland; Paris:France; Libreville:Gabon; Banjul:Gambia; Tbilisi:Georgia; "
    "Berlin:Germany; Accra:Ghana; Athens:Greece; Conakry:Guinea; Bissau:Guinea-Bissau; "
    "Port-au-Prince:Haiti; Tegucigalpa:Honduras; Budapest:Hungary; Reykjavik:Iceland; "
    "New Delhi:India; Jakarta:Indonesia; Tehran:Iran; Baghdad:Iraq; Dublin:Ireland; Rome:Italy; "
    "Yamoussoukro:Cote d'Ivoire; Tokyo:Japan; Amman:Jordan; Astana:Kazakhstan; Nairobi:Kenya; "
    "Tarawa:Kiribati; Pristina:Kosovo; Bishkek:Kyrgyzstan; Vientiane:Laos; Riga:Latvia; "
    "Beirut:Lebanon; Maseru:Lesotho; Monrovia:Liberia; Tripoli:Libya; Vaduz:Liechtenstein; "
    "Vilnius:Lithuania; Antananarivo:Madagascar; Lilongwe:Malawi; Kuala Lumpur:Malaysia; "
    "Bamako:Mali; Valletta:Malta; Majuro:Marshall Islands; Nouakchott:Mauritania; "
    "Port Louis:Mauritius; Mexico City:Mexico; Palikir:Micronesia; Chisinau:Moldova; "
    "Ulaanbaatar:Mongolia; Podgorica:Montenegro; Rabat:Morocco; Maputo:Mozambique; "
    "Naypyidaw:Myanmar; Windhoek:Namibia; Kathmandu:Nepal; Wellington:New Zealand; "
    "Managua:Nicaragua; Niamey:Niger; Abuja:Nigeria; Pyongyang:North Korea; "
    "Skopje:North Macedonia; Oslo:Norway; Muscat:Oman; Islamabad:Pakistan; Ngerulmud:Palau; "
    "Port Moresby:Papua New Guinea; Asuncion:Paraguay; Lima:Peru; Manila:Philippines; "
    "Warsaw:Poland; Lisbon:Portugal; Doha:Qatar; Bucharest:Romania; Moscow:Russia; Kigali:Rwanda; "
    "Basseterre:Saint Kitts and Nevis; Castries:Saint Lucia; "
    "Kingstown:Saint Vincent and the Grenadines; Apia:Samoa; Riyadh:Saudi Arabia; Dakar:Senegal; "
    "Belgrade:Serbia; Freetown:Sierra Leone; Bratislava:Slovakia; Ljubljana:Slovenia; "
    "Honiara:Solomon Islands; Mogadishu:Somalia; Pretoria:South Africa; Seoul:South Korea; "
    "Juba:South Sudan; Madrid:Spain; Colombo:Sri Lanka; Khartoum:Sudan; Paramaribo:Suriname; "
    "Stockholm:Sweden; Bern:Switzerland; Damascus:Syria; Taipei:Taiwan; Dushanbe:Tajikistan; "
    "Dodoma:Tanzania; Bangkok:Thailand; Lome:Togo; Nuku'alofa:Tonga; "
    "Port of Spain:Trinidad and Tobago; Tunis:Tunisia; Ankara:Turkey; Ashgabat:Turkmenistan; "
    "Funafuti:Tuvalu; Kampala:Uganda; Kyiv:Ukraine; Abu Dhabi:United Arab Emirates; "
    "London:United Kingdom; Washington:United States; Montevideo:Uruguay; Tashkent:Uzbekistan; "
    "Port Vila:Vanuatu; Caracas:Venezuela; Hanoi:Vietnam; Sanaa:Yemen; Lusaka:Zambia; "
    "Harare:Zimbabwe"
)


def capital_country(place: str) -> str | None:
    """The country a capital stands for ("Khartoum's top diplomat" is Sudan's), or None."""
    return _capitals().get(place)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    pairs = (pair.strip().partition(":") for pair in _CAPITALS.split(";"))
    return {capital: country for capital, _, country in pairs}
