"""Exact-span scores of the recogniser on politics documents of a CoNLL-2003 newswire file.

Usage: ``.venv/bin/python bench/score_newswire.py PATH [--docs N] [--errors] [--list]``

PATH is a CoNLL-2003 English file (``eng.testb``, ``eng.testa``, ``eng.train``: one token a
line, ``WORD POS CHUNK NER``, IOB1 tags, documents opened by ``-DOCSTART-``). The data is not in
the repository (its licence does not allow it); copies are public on GitHub. To score the
recogniser as it was at an earlier commit, run this script with ``PYTHONPATH=OLD/src`` (the
first lines of the output name the package that was scored).

Selection (fixed before any score was looked at; ``--list`` prints what it keeps): a document
is kept when its tokens hold at least 3 occurrences of at least 2 different cue words of
diplomacy and politics (``CUE_WORDS``, case-insensitive, "United Nations" counted as one), and
it is neither a sports report (its first line starts with a sport, ``SPORTS``, and has a " - ")
nor a table (a quarter or more of its tokens hold a digit). ``--docs N`` keeps the first N
kept documents in file order. (A first list of diplomacy words alone kept 23 documents of
eng.testb; the politics words from "parliament" on were added after reading the kept and left
headlines, still before any score: 40 documents of eng.testb, 47 of eng.testa. Some kept
documents are business news that quote ministers, some left out are politics with one cue.)

Text: tokens are joined with spaces, except before closing punctuation and clitics (``,`` ``.``
``'s`` ``n't`` ``)``), after opening brackets and ``$``, and around double quotes (which open
and close in turn). The first line (headline), a byline and a dateline ("MOSCOW 1996-08-22")
are paragraphs of their own, then one sentence a line. Gold spans get the offsets of their
tokens in that text.

Types: CoNLL PER is PERSON, ORG is ORG, LOC is "place"; the recogniser's PERSON and ORG are
kept, its GPE and LOC are "place"; ROLE, DATE, EVENT and LAW are not scored, nor CoNLL MISC.
Exact span and type, micro-averaged over the kept documents.

Where CoNLL's conventions differ from ``../shared/entities/GUIDELINES.md`` (only these are
handled, each a matter of notation, not of what is an entity):
- Nationality adjectives are CoNLL MISC and not part of an organisation ("German" MISC +
  "Foreign Ministry" ORG); the guidelines keep such an adjective inside the name ("Russian
  Defence Ministry"). A predicted ORG that is exactly a gold MISC, one space and a gold ORG is
  scored as that ORG.
- CoNLL labels whole tokens, so it cannot mark part of "U.S.-led" or "Israeli-Syrian", which
  the guidelines split ("ASEAN-led" gives ORG "ASEAN", "Vietnam-Laos" two places). A predicted
  span that starts or ends inside a token labelled O or MISC is left out; so is a gold span
  of one token in which the recogniser found two or more spans. Both are counted as
  "left out".
- At a sentence's end the tokeniser cut "U.S." into "U.S" + "."; the guidelines keep the stop
  ("U.S."), so such a gold span takes the stop back (one span in each test file).
Not handled, so counted as errors: other MISC readings (demonyms such as "Serbs", parties'
members, "Moslem"), buildings standing for governments ("White House", "Kremlin": CoNLL gives
LOC or ORG case by case), names the recogniser puts inside a ROLE, EVENT or LAW span, and
CoNLL's own slips ("Czech" in "Czech President" as LOC, a dateline "DURBAN" as PER, "Mr Yen"
with the title inside).
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import diplotui
from diplotui.entities import recognise


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CUE_WORDS = _words(
    "minister ministers ministry president presidential talks embassy ambassador diplomat "
    "diplomats diplomatic diplomacy summit envoy sanctions treaty ceasefire cease-fire peace "
    "un u.n. nato eu parliament parliamentary election elections government party opposition "
    "coalition cabinet mp mps vote political"
)
SPORTS = _words(
    "SOCCER TENNIS CRICKET GOLF RUGBY RUGBY-UNION RUGBY-LEAGUE BASEBALL BASKETBALL CYCLING "
    "ATHLETICS BOXING MOTORCYCLING MOTOR-RACING MOTOR FORMULA SKIING ALPINE NORDIC "
    "SWIMMING HORSE HORSE-RACING NFL NHL NBA ICE HOCKEY BADMINTON SQUASH ROWING SAILING YACHTING "
    "TABLE VOLLEYBALL HANDBALL AMERICAN SNOOKER CHESS TRIATHLON WRESTLING JUDO GYMNASTICS "
    "EQUESTRIAN SHOOTING ARCHERY FENCING DARTS MOTORSPORT RALLYING OLYMPICS SPORT SPORTS "
    "AUSTRALIAN GAELIC CANOEING BIATHLON SPEED FIGURE"
)
MIN_CUES, MIN_DISTINCT_CUES, TABLE_DIGIT_SHARE = 3, 2, 0.25
GOLD_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "place", "MISC": "MISC"}
PREDICTED_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "place", "LOC": "place"}
SCORED = ("PERSON", "ORG", "place")
NO_SPACE_BEFORE = frozenset(",.;:!?)]}%'") | {"'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d"}
NO_SPACE_AFTER = frozenset("([{$")
DATELINE_END = re.compile(r"\d{4}-\d{2}-\d{2}$")
CUT_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]$")

Span = tuple[int, int, str]  # start, end, scored type


@dataclass
class Token:
    word: str
    label: str  # O, or PER/ORG/LOC/MISC with its IOB1 prefix


@dataclass
class Document:
    number: int  # 1-based position in the file
    sentences: list[list[Token]]
    text: str = ""
    token_offsets: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, label
    gold: list[Span] = field(default_factory=list)  # MISC included

    @property
    def words(self) -> list[str]:
        return [token.word for sentence in self.sentences for token in sentence]


def read_documents(path: Path) -> list[Document]:
    documents: list[Document] = []
    sentence: list[Token] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        fields = line.split()
        if fields and fields[0] == "-DOCSTART-":
            documents.append(Document(len(documents) + 1, []))
        elif fields:
            if len(fields) < 2:
                raise SystemExit(f"{path}: not a CoNLL file (line {line!r})")
            sentence.append(Token(fields[0], fields[-1]))
        elif sentence:
            if not documents:
                raise SystemExit(f"{path}: not a CoNLL-2003 file (no -DOCSTART- before text)")
            documents[-1].sentences.append(sentence)
            sentence = []
    if sentence and documents:
        documents[-1].sentences.append(sentence)
    return [document for document in documents if document.sentences]


def is_politics(document: Document) -> bool:
    words = document.words
    lowered = [word.lower() for word in words]
    cues = Counter(word for word in lowered if word in CUE_WORDS)
    cues["united nations"] = sum(
        1
        for first, second in itertools.pairwise(lowered)
        if (first, second) == ("united", "nations")
    )
    cues = +cues
    headline = [token.word for token in document.sentences[0]]
    sports = headline[0].upper() in SPORTS and "-" in headline[:5]
    table = sum(any(c.isdigit() for c in word) for word in words) >= TABLE_DIGIT_SHARE * len(words)
    return (
        sum(cues.values()) >= MIN_CUES
        and len(cues) >= MIN_DISTINCT_CUES
        and not sports
        and not table
    )


def detokenise(document: Document) -> None:
    """Fill the document's text, token offsets and gold spans (see the module docstring)."""
    parts: list[str] = []
    length = 0
    quote_open = False
    sentences = document.sentences
    datelines = [
        i
        for i in range(1, min(4, len(sentences) + 1))
        if DATELINE_END.search(sentences[i - 1][-1].word)
    ]
    last_heading = datelines[0] if datelines else 1  # headline, byline, dateline
    for index, sentence in enumerate(sentences):
        if index:
            separator = "\n\n" if index <= last_heading else "\n"
            parts.append(separator)
            length += len(separator)
        glue = True
        open_type = ""
        for token in sentence:
            word = token.word
            if word == "." and open_type and CUT_ABBREVIATION.match(parts[-1]):
                first, _, kept = document.gold[-1]  # "U.S" + "." at a sentence's end
                document.gold[-1] = (first, length + 1, kept)
            if word == '"':
                space = not glue and not quote_open
                quote_open = not quote_open
                glue_next = quote_open
            else:
                space = not glue and word not in NO_SPACE_BEFORE
                glue_next = word in NO_SPACE_AFTER
            if space:
                parts.append(" ")
                length += 1
            start = length
            parts.append(word)
            length += len(word)
            document.token_offsets.append((start, length, token.label))
            glue = glue_next
            prefix, _, kind = token.label.partition("-")
            if kind and open_type == kind and prefix == "I":
                first, _, kept = document.gold[-1]
                document.gold[-1] = (first, length, kept)
            elif kind:
                document.gold.append((start, length, GOLD_TYPES[kind]))
            open_type = kind
    document.text = "".join(parts)


@dataclass
class Tally:
    gold: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    hits: Counter[str] = field(default_factory=Counter)
    left_out: Counter[str] = field(default_factory=Counter)


def _inside_token(document: Document, offset: int) -> str | None:
    """The label of the token ``offset`` falls strictly inside, if any."""
    for start, end, label in document.token_offsets:
        if start < offset < end:
            return label
    return None


def score(document: Document, tally: Tally, show_errors: bool) -> None:
    gold_all = set(document.gold)
    misc = {(start, end) for start, end, kind in gold_all if kind == "MISC"}
    gold_orgs = {(start, end) for start, end, kind in gold_all if kind == "ORG"}
    gold = {span for span in gold_all if span[2] != "MISC"}
    predicted: set[Span] = set()
    left_out: list[Span] = []
    ignored: set[Span] = set()  # ROLE, DATE, EVENT, LAW: shown beside the misses they cover
    for span in recognise(document.text):
        kind = PREDICTED_TYPES.get(span.type)
        if kind is None:
            ignored.add((span.start, span.end, span.type))
            continue
        start, end = span.start, span.end
        if kind == "ORG":  # "German Foreign Ministry": MISC + ORG in CoNLL, one ORG here
            for misc_start, misc_end in misc:
                if misc_start == start and (misc_end + 1, end) in gold_orgs:
                    start = misc_end + 1
        labels = [_inside_token(document, start), _inside_token(document, end)]
        if any(label == "O" or (label or "").endswith("MISC") for label in labels):
            tally.left_out["predicted"] += 1
            left_out.append((start, end, kind))
            continue
        predicted.add((start, end, kind))
    for gold_span in list(gold):
        start, end, _ = gold_span
        inside = [
            p for p in predicted if start <= p[0] and p[1] <= end and (p[0], p[1]) != (start, end)
        ]
        one_token = any((s, e) == (start, end) for s, e, _ in document.token_offsets)
        if one_token and len(inside) >= 2:
            gold.discard(gold_span)
            predicted.difference_update(inside)
            tally.left_out["gold"] += 1
            tally.left_out["predicted"] += len(inside)
            left_out.extend([gold_span, *inside])
    for kind in SCORED:
        tally.gold[kind] += sum(1 for span in gold if span[2] == kind)
        tally.predicted[kind] += sum(1 for span in predicted if span[2] == kind)
        tally.hits[kind] += sum(1 for span in gold & predicted if span[2] == kind)
    if show_errors:
        print_errors(document, gold, predicted, Unscored(misc, ignored, left_out))


def _overlaps(span: Span, others: set[Span]) -> list[Span]:
    return [other for other in others if other[0] < span[1] and span[0] < other[1]]


@dataclass
class Unscored:
    """What a document's errors are shown beside: CoNLL MISC, ignored types, left-out spans."""

    misc: set[tuple[int, int]]
    ignored: set[Span]
    left_out: list[Span]


def print_errors(
    document: Document, gold: set[Span], predicted: set[Span], unscored: Unscored
) -> None:
    text = document.text
    headline = text.split("\n", 1)[0][:70]
    lines = []
    for span in sorted(gold - predicted):
        near = _overlaps(span, predicted)
        why = (
            "wrong type"
            if any(p[:2] == span[:2] for p in near)
            else "boundary"
            if near
            else "missed"
        )
        near = near or _overlaps(span, unscored.ignored)
        lines.append(
            f"  miss  {span[2]:6} {text[span[0] : span[1]]!r:34} {why}{_shown(near, text)}"
        )
    for span in sorted(predicted - gold):
        near = _overlaps(span, gold)
        if any(p[:2] == span[:2] for p in near):
            continue  # shown as a wrong type above
        in_misc = any(s < span[1] and span[0] < e for s, e in unscored.misc)
        why = "boundary" if near else "MISC in CoNLL" if in_misc else "no gold"
        lines.append(
            f"  false {span[2]:6} {text[span[0] : span[1]]!r:34} {why}{_shown(near, text)}"
        )
    for start, end, kind in unscored.left_out:
        lines.append(f"  left  {kind:6} {text[start:end]!r:34} part of a CoNLL token")
    if lines:
        print(f"doc {document.number}: {headline}")
        print("\n".join(lines))


def _shown(spans: list[Span], text: str) -> str:
    return "".join(f" | {kind} {text[start:end]!r}" for start, end, kind in sorted(spans))


def _prf(hits: int, gold: int, predicted: int) -> tuple[float, float, float]:
    if not hits:
        return 0.0, 0.0, 0.0
    return hits / predicted, hits / gold, 2 * hits / (gold + predicted)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("path", type=Path, help="a CoNLL-2003 file (eng.testb, eng.testa)")
    parser.add_argument("--docs", type=int, default=0, help="only the first N kept documents")
    parser.add_argument("--errors", action="store_true", help="list misses and false spans")
    parser.add_argument("--list", action="store_true", help="list the kept documents")
    args = parser.parse_args()
    if not args.path.is_file():
        raise SystemExit(f"{args.path}: no such file")
    documents = read_documents(args.path)
    kept = [document for document in documents if is_politics(document)]
    if args.docs:
        kept = kept[: args.docs]
    print(f"scoring {Path(diplotui.__file__).parent}")
    print(f"{args.path}: {len(documents)} documents, {len(kept)} scored")
    tally = Tally()
    for document in kept:
        detokenise(document)
        if args.list:
            print(f"  doc {document.number}: {document.text.split(chr(10), 1)[0][:80]}")
        score(document, tally, args.errors)
    print(f"{'type':8} {'gold':>5} {'found':>5} {'hits':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for kind in (*SCORED, "all"):
        counts = (
            (sum(tally.hits.values()), sum(tally.gold.values()), sum(tally.predicted.values()))
            if kind == "all"
            else (tally.hits[kind], tally.gold[kind], tally.predicted[kind])
        )
        p, r, f = _prf(*counts)
        print(f"{kind:8} {counts[1]:5} {counts[2]:5} {counts[0]:5} {p:6.3f} {r:6.3f} {f:6.3f}")
    print(
        f"left out (CoNLL cannot mark part of a token): {tally.left_out['gold']} gold, "
        f"{tally.left_out['predicted']} predicted"
    )


if __name__ == "__main__":
    main()
