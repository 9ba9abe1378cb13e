"""Importing real files into a real store: formats, encodings, metadata, duplicates, updates."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from diplotui.ingest import (
    CHANGED,
    DUPLICATE,
    FAILED,
    IMPORTED,
    UPDATED,
    import_paths,
    seed_if_empty,
)
from diplotui.ingest.formats import parse_html_page
from diplotui.ingest.metadata import (
    WVR_SOURCE,
    clean_title,
    guess_date,
    source_from_text,
    title_from_text,
)
from diplotui.ingest.report import ImportOutcome, ImportReport
from diplotui.paths import bundled_dir
from diplotui.store import Store, journal_path

ARTICLE = (
    "Vietnam, Laos boost people-to-people diplomacy\n"
    "Latest\n"
    "WVR/VNA - On July 18, the Vietnam Union of Friendship Organizations met in Hà Nội.\n"
    "![]() |\n"
    "| Delegates at the meeting. (Photo: Hoang Hong) |\n"
    "The two sides reviewed cooperation in 2025 and agreed on plans for 2026.\n"
    "Both sides praised the results of 2025.\n"
)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "s.json") as opened:
        yield opened


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def only(report):
    assert len(report.outcomes) == 1, report.outcomes
    return report.outcomes[0]


# -- plain text and metadata ---------------------------------------------------------------


def test_plain_text_keeps_text_and_fills_citation_metadata(store, tmp_path):
    path = write(tmp_path / "a.txt", ARTICLE)
    outcome = only(import_paths(store, [path]))
    assert outcome.status == IMPORTED
    article = store.article(outcome.article_id)
    assert article.title == "Vietnam, Laos boost people-to-people diplomacy"
    assert article.source == WVR_SOURCE
    assert (article.date, article.date_is_guess) == ("", False)  # "On July 18" states no year
    assert article.origin_path == os.path.realpath(path)
    assert store.article_text(article.id) == ARTICLE


def test_metadata_helpers():
    assert source_from_text("Title\nWVR - On July 18, ...") == WVR_SOURCE
    assert source_from_text("Title\nWVR/VNA – Hanoi ...") == WVR_SOURCE
    assert source_from_text("Title\nThe WVR said nothing") == ""
    text = "On the morning of December 30, a conference reviewed 2025 and set tasks for 2026."
    assert guess_date(text) == ""  # the years a body reviews or plans for are not the dateline's
    assert guess_date("On March 3, 2021, talks began (since 2017).") == "2021-03-03"
    assert guess_date("Talks held since 2017 and renewed in 2019.") == ""  # past years
    assert guess_date("Talks renewed\nPublished May 5, 2019\nTalks held since 2017.") == "2019"
    assert guess_date("No date here at all.") == ""
    assert title_from_text("\ufeff\n![]() |\n# Real title\nbody") == "Real title"


def test_seed_folder_gets_wvr_source_and_guessed_dates(store):
    report = seed_if_empty(store)
    assert report is not None and not report.failed
    articles = store.articles()
    assert len(articles) == len(list(bundled_dir("seeds").glob("*.txt")))
    for article in articles:
        assert article.source == WVR_SOURCE
        assert article.date_is_guess and article.date[:4] == "2025"
    assert seed_if_empty(store) is None


def test_rich_markup_is_kept_as_text_and_control_characters_are_not_stored(store, tmp_path):
    """Markup is words; an escape sequence and a bell are not, and are stored by no import
    (as a page's parser never kept them)."""
    text = "A [bold]title[/bold]\nBody with \x1b[31m escape and a bell \x07 once.\n"
    outcome = only(import_paths(store, [write(tmp_path / "m.txt", text)]))
    assert outcome.status == IMPORTED
    assert store.article(outcome.article_id).title == "A [bold]title[/bold]"
    assert store.article_text(outcome.article_id) == (
        "A [bold]title[/bold]\nBody with  escape and a bell  once.\n"
    )


# -- encodings -----------------------------------------------------------------------------


def test_utf8_bom_and_crlf_are_stored_exactly(store, tmp_path):
    text = "\ufeffTitle with BOM\r\nLine two: Hà Nội\r\n"
    path = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + text[1:].encode("utf-8"))
    outcome = only(import_paths(store, [path]))
    assert outcome.status == IMPORTED
    stored = store.article_text(outcome.article_id)
    assert stored == text and stored[0] == "\ufeff" and "\r\n" in stored
    assert store.article(outcome.article_id).title == "Title with BOM"


def test_cp1252_is_detected_not_guessed_blindly(store, tmp_path):
    text = (
        "Négociations à Genève\n"
        "Le ministre a déclaré: « Nous avons fait des progrès » — les délégués étaient très "
        "satisfaits de l’accord conclu à Genève, malgré les difficultés.\n"
    )
    path = write(tmp_path / "legacy.txt", text.encode("cp1252"))
    outcome = only(import_paths(store, [path]))
    assert outcome.status == IMPORTED
    assert store.article_text(outcome.article_id) == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Il est venu déjà. Elle est déjà partie. " * 4, "cp1252"),  # was cp1257: "déją"
        ("Министр заявил, что переговоры продолжатся в Женеве. " * 3, "cp1251"),
        ("Ο υπουργός δήλωσε ότι οι συνομιλίες θα συνεχιστούν. " * 3, "cp1253"),
    ],
)
def test_a_short_legacy_text_is_read_in_its_own_encoding(store, tmp_path, text, encoding):
    """A cp1252 file whose only accents were "déjà", repeated, was read as Baltic cp1257
    (charset-normalizer counts two accents in one short word as a mess): "déją" was stored.
    Western European text is read as cp1252; Cyrillic and Greek stay theirs."""
    outcome = only(import_paths(store, [write(tmp_path / "legacy.txt", text.encode(encoding))]))
    assert outcome.status == IMPORTED
    assert store.article_text(outcome.article_id) == text


ENCODINGS = Path(__file__).resolve().parents[1] / "data" / "encodings"
"""News paragraphs saved in the code pages of their languages (name.CODEC.txt)."""


@pytest.mark.parametrize(
    ("name", "label", "words"),
    [
        ("lt.cp1257.txt", "windows-1257", ["Šiauliai", "Užsienio reikalų", "„Mūsų"]),
        ("lv.iso8859-13.txt", "windows-1257", ["Rīga", "Ārlietu", "Braže"]),
        ("pl.cp1250.txt", "windows-1250", ["Radosław", "Łodzi", "„Nasze"]),
        ("cs.iso8859-2.txt", "ISO-8859-2", ["zahraničí", "řekl", "Česká"]),
        ("hu.cp1250.txt", "windows-1250", ["Szijjártó", "tűzszünet", "„Őszintén"]),
        ("ro.cp1250.txt", "windows-1250", ["Bucureşti", "Constanţa", "miniştri"]),
        ("tr.iso8859-9.txt", "windows-1254", ["Dışişleri Bakanı", "İstanbul", "güvenliğin"]),
        ("el.cp1253.txt", "windows-1253", ["Γεραπετρίτης", "Άγκυρα"]),
        ("ru.cp1251.txt", "windows-1251", ["Сергей Лавров", "«Мы"]),
        ("ru.koi8-r.txt", "KOI8-R", ["Сергей Лавров", "Женеве"]),
        ("uk.cp1251.txt", "windows-1251", ["Київ", "Сибіга", "«Ми єдині»"]),
    ],
)
def test_a_legacy_code_page_is_detected_and_named(store, tmp_path, name, label, words):
    """Baltic, Central European and Turkish files were read as cp1252 ("Šiauliai" stored as
    "Ðiauliai", "Łodzi" as "£odzi"): each is read in its own code page, and the outcome
    names the encoding it was read in, as a guess."""
    data = (ENCODINGS / name).read_bytes()
    outcome = only(import_paths(store, [write(tmp_path / name, data)]))
    assert outcome.status == IMPORTED
    text = store.article_text(outcome.article_id)
    assert text == data.decode(name.split(".")[1])
    assert all(word in text for word in words)
    assert outcome.reason == f"read as {label} (detected)"


@pytest.mark.parametrize(
    ("name", "title", "words"),
    [
        ("lt.meta-charset.html", "Ministras lankėsi Šiauliuose", ["Šiaulių", "žurnalistams"]),
        ("cs.http-equiv.html", "Ministr Lipavský v Berlíně", ["Česká", "předtím"]),
    ],
)
def test_a_page_is_read_in_the_encoding_it_declares(store, tmp_path, name, title, words):
    """A page's ``<meta charset>``, ``<meta http-equiv>`` content type and XML declaration
    were not read: its bytes were detected, and as cp1252 before that."""
    data = (ENCODINGS / name).read_bytes()
    outcome = only(import_paths(store, [write(tmp_path / name, data)]))
    assert outcome.status == IMPORTED
    assert store.article(outcome.article_id).title == title
    assert all(word in store.article_text(outcome.article_id) for word in words)
    label = "windows-1257" if name.startswith("lt") else "ISO-8859-2"
    assert outcome.reason == f"read as {label} (declared in the page)"


def test_a_utf8_page_that_still_declares_latin1_is_read_as_utf8(store, tmp_path):
    paragraph = "<p>Ministrai susitiko Šiauliuose ir aptarė saugumo padėtį regione.</p>\n" * 3
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Šiauliai</title></head>'
        f"<body><article><h1>Šiauliai</h1>{paragraph}</article></body></html>"
    )
    outcome = only(import_paths(store, [write(tmp_path / "p.html", page.encode("utf-8"))]))
    assert (outcome.status, outcome.reason) == (IMPORTED, "")
    assert "Šiauliuose" in store.article_text(outcome.article_id)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a déclaré que la réunion était très utile. Lê Hoài Trung a répondu.\n",
        "Министр Лавров заявил, что переговоры продолжатся в Женеве.\n",
        "Der Außenminister äußerte sich über die Lösung; Ünal Çelik sagte, es sei schön.\n",
    ],
)
def test_a_utf8_file_with_a_stray_windows_byte_is_read_as_utf8(store, tmp_path, text):
    """One byte of another encoding in a UTF-8 file (a Word apostrophe pasted in) had the
    whole file read as a legacy code page: every accent garbled ("dÃĐclarÃĐ", read as
    ISO-8859-10), or the Russian refused as undecodable. The UTF-8 is read as UTF-8, the
    stray bytes as windows-1252, and the outcome says so."""
    data = text.encode("utf-8") + b"It\x92s done.\n"
    outcome = only(import_paths(store, [write(tmp_path / "mixed.txt", data)]))
    assert outcome.status == IMPORTED
    assert store.article_text(outcome.article_id) == text + "It’s done.\n"
    assert outcome.reason == "read as UTF-8 (1 byte that is not UTF-8 read as windows-1252)"


def test_a_servers_charset_is_read_as_browsers_read_it():
    """ISO-8859-1 as served is cp1252 (its byte 0x92 is "’", not a control character); a
    label naming a codec that rewrites text ("unicode_escape") is not obeyed."""
    paragraph = "<p>The minister\x92s talks in Gen\xe8ve went on \\x41 day.</p>" * 4
    page = f"<html><body><article>{paragraph}</article></body></html>".encode("latin-1")
    doc = parse_html_page(page, "ISO-8859-1")
    assert "minister’s talks in Genève" in doc.text
    assert doc.read_as == "read as windows-1252 (declared by the server)"
    assert "\\x41" in parse_html_page(page, "unicode_escape").text


def test_a_servers_utf16_label_on_bytes_without_a_nul_is_not_believed():
    """A server labelling its UTF-8 page UTF-16 had the page read two bytes a character,
    stored as a line of CJK ("格浴㹬戼摯..."); UTF-16 of any page has NUL bytes (its markup is
    ASCII), as a page's own UTF-16 declaration in readable bytes is not believed either."""
    paragraph = "<p>Lê Hoài Trung met the ministers in Hà Nội on Monday.</p>" * 4
    page = f"<html><body><article>{paragraph}</article></body></html>"
    data = page.encode("utf-8") + b" " * (len(page.encode("utf-8")) % 2)  # an even length
    doc = parse_html_page(data, "utf-16")
    assert "Lê Hoài Trung met the ministers" in doc.text and doc.read_as == ""
    served = parse_html_page(page.encode("utf-16-le"), "utf-16le")  # a true label still counts
    assert "Lê Hoài Trung met the ministers" in served.text


def test_latin1_and_utf16_with_bom(store, tmp_path):
    latin = "Café naïve résumé\nLes négociations ont été très difficiles à Genève.\n"
    utf16 = "Hà Nội talks\nThe ministers met in Hà Nội.\n"
    report = import_paths(
        store,
        [
            write(tmp_path / "l.txt", latin.encode("latin-1")),
            write(tmp_path / "u.txt", utf16.encode("utf-16")),
        ],
    )
    texts = {store.article_text(o.article_id) for o in report.outcomes}
    assert texts == {latin, utf16}


# -- Markdown and HTML ---------------------------------------------------------------------


def test_markdown_front_matter(store, tmp_path):
    body = "# Heading in body\r\nOn July 18, something happened.\r\n"
    content = (
        "---\n"
        "title: ASEAN ministers meet\n"
        "source: The Diplomat\n"
        "date: 2024-08-01\n"
        "url: https://example.org/asean\n"
        "author: Jane Doe\n"
        "tags: [asean, '#laos']\n"
        "---\n" + body
    )
    outcome = only(import_paths(store, [write(tmp_path / "a.md", content)]))
    article = store.article(outcome.article_id)
    assert article.title == "ASEAN ministers meet"
    assert (article.source, article.url, article.author) == (
        "The Diplomat",
        "https://example.org/asean",
        "Jane Doe",
    )
    assert (article.date, article.date_is_guess) == ("2024-08-01", False)
    assert article.tags == ["asean", "laos"]
    assert store.article_text(article.id) == body


def test_markdown_without_front_matter_and_comma_tags(store, tmp_path):
    plain = only(import_paths(store, [write(tmp_path / "p.md", "# Just a heading\nText.\n")]))
    assert store.article(plain.article_id).title == "Just a heading"
    tagged = write(tmp_path / "t.md", "---\ntags: asean, un\n---\nTitle line\nText\n")
    article = store.article(only(import_paths(store, [tagged])).article_id)
    assert (article.title, article.tags) == ("Title line", ["asean", "un"])


def test_bad_front_matter_fails_clearly(store, tmp_path):
    path = write(tmp_path / "bad.md", "---\ntitle: [unclosed\n---\nBody\n")
    outcome = only(import_paths(store, [path]))
    assert outcome.status == FAILED and "front matter" in outcome.reason
    assert store.articles() == []


def test_a_front_matter_date_off_the_calendar_leaves_out_the_date_not_the_file(store, tmp_path):
    """YAML reads ``date: 2025-02-30`` as a date and raises ValueError: the whole file failed
    ("invalid front matter: day is out of range for month") for one mistyped field. Now the
    article comes in without that date, and its import line says so."""
    path = write(tmp_path / "typo.md", "---\ntitle: T\ndate: 2025-02-30\n---\nBody.\n")
    outcome = only(import_paths(store, [path]))
    assert (outcome.status, outcome.reason) == (
        IMPORTED,
        "its date '2025-02-30' is no calendar date: left out",
    )
    assert (store.article(outcome.article_id).date, store.article_text(outcome.article_id)) == (
        "",
        "Body.\n",
    )


SAVED_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Vietnam, Laos boost ties | World &amp; Vietnam Report</title>
<meta property="og:title" content="Vietnam, Laos boost ties">
<meta property="og:site_name" content="World &amp; Vietnam Report">
<meta property="article:published_time" content="2025-07-18T09:30:00+07:00">
<meta name="author" content="Hoang Hong">
<link rel="canonical" href="https://example.org/vietnam-laos-ties-123.html">
<script>var tracking = {id: 42}; function track() { return 1; }</script>
<style>body { color: red }</style></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/economy">Economy</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav>
</header>
<main><article><h1>Vietnam, Laos boost ties</h1>
<p>On July 18, Deputy Minister of Foreign Affairs Ngo Le Van received the Lao delegation in
Hanoi to discuss cooperation between the two countries.</p>
<p>The two sides agreed to strengthen people-to-people diplomacy, expand exchanges between
mass organizations, and coordinate closely at multilateral forums such as ASEAN.</p>
<p>Deputy Minister Ngo Le Van emphasized that the special relationship between Vietnam and
Laos is an invaluable asset of both peoples, nurtured by generations of leaders.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Other story one</a></li></ul></aside>
<footer><p>Copyright 2025 World &amp; Vietnam Report. All rights reserved.</p></footer>
<script>console.log("tracking pixel")</script>
</body></html>
"""


def test_saved_html_page_keeps_the_article_and_drops_boilerplate(store, tmp_path):
    outcome = only(import_paths(store, [write(tmp_path / "page.html", SAVED_PAGE)]))
    assert outcome.status == IMPORTED, outcome.reason
    article = store.article(outcome.article_id)
    text = store.article_text(article.id)
    assert "invaluable asset of both peoples" in text
    for boilerplate in ("Subscribe now", "tracking", "Most read", "All rights reserved"):
        assert boilerplate not in text
    assert article.title == "Vietnam, Laos boost ties"
    assert article.source == "World & Vietnam Report"
    assert article.author == "Hoang Hong"
    assert article.url == "https://example.org/vietnam-laos-ties-123.html"
    assert (article.date, article.date_is_guess) == ("2025-07-18", False)


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("&amp;#27;", "&#27;"),  # decoded twice it was an ESC
        ("&amp;amp;", "&amp;"),
        ("&amp;lt;b&amp;gt;", "&lt;b&gt;"),
        ("&amp;nbsp;", "&nbsp;"),
        ("AT&amp;T &lt;b&gt;", "AT&T <b>"),
    ],
)
def test_saved_page_text_is_what_its_reader_sees(store, tmp_path, written, shown):
    paragraph = (
        f"The envoy wrote {written} into the communique on Tuesday, and both delegations "
        "signed the annex after a night of talks over the wording of the ceasefire clauses."
    )
    page = f"<html><head><title>Talks</title></head><body><article><p>{paragraph}</p></article>"
    outcome = only(import_paths(store, [write(tmp_path / "page.html", page)]))
    assert outcome.status == IMPORTED, outcome.reason
    assert f"The envoy wrote {shown} into the communique" in store.article_text(outcome.article_id)


def test_html_is_sniffed_without_extension_and_empty_page_fails(store, tmp_path):
    sniffed = only(import_paths(store, [write(tmp_path / "saved_page", SAVED_PAGE)]))
    assert sniffed.status == IMPORTED
    page = "<html><head><title>T</title><script>var a = 1;</script></head><body></body></html>"
    empty = write(tmp_path / "empty.html", page)
    outcome = only(import_paths(store, [empty]))
    assert outcome.status == FAILED and "no article text" in outcome.reason


def test_json_is_routed_to_the_exchange_importer(store, tmp_path):
    outcome = only(import_paths(store, [write(tmp_path / "x.json", '{"hello": 1}')]))
    assert outcome.status == FAILED and "not a diplotui" in outcome.reason
    assert store.articles() == []


# -- bad input -----------------------------------------------------------------------------


def test_every_bad_input_fails_alone_with_a_reason(store, tmp_path):
    good = write(tmp_path / "in" / "good.txt", ARTICLE)
    image = write(tmp_path / "named" / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    write(tmp_path / "in" / "empty.txt", b"  \n\r\n")
    controls = write(tmp_path / "named" / "controls.bin", bytes(range(1, 9)) * 50)
    write(tmp_path / "in" / "noise.txt", bytes(range(128, 256)) * 8)
    if os.geteuid() != 0:  # root reads anything: see the simulated test below
        write(tmp_path / "in" / "locked.txt", "Locked\ntext\n").chmod(0)
    loop = tmp_path / "in" / "loop.txt"
    os.symlink(loop, loop)
    missing = tmp_path / "nowhere.txt"
    named = [image, controls, missing, tmp_path / "in" / "loop.txt"]  # named: tried anyway
    report = import_paths(store, [tmp_path / "in", *named])
    reasons = {Path(o.path).name: o.reason for o in report.outcomes if o.status == FAILED}
    assert report.failed
    assert [o.status for o in report.outcomes].count(IMPORTED) == 1
    assert "binary" in reasons["image.png"]
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["controls.bin"]
    assert "undecodable" in reasons["noise.txt"]
    if os.geteuid() != 0:
        assert "permission denied" in reasons["locked.txt"]
    assert "symbolic link loop" in reasons["loop.txt"]
    assert "no such file" in reasons["nowhere.txt"]
    assert [a.origin_path for a in store.articles()] == [os.path.realpath(good)]


def test_oversized_file_fails_before_reading(store, tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.write(b"Title\n")
        handle.truncate(20 * 1024 * 1024 + 1)
    outcome = only(import_paths(store, [big]))
    assert outcome.status == FAILED and "too large" in outcome.reason


def deny(monkeypatch, module, name: str, denied: Path) -> None:
    """Make ``module.name`` raise EACCES for ``denied``: chmod does not stop root (CI)."""
    real = getattr(module, name)

    def guarded(path, *args, **kwargs):
        if not isinstance(path, int) and Path(path) == denied:  # an int: a folder's descriptor
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(module, name, guarded)


def test_unlistable_folder_and_folder_symlink_loop(store, tmp_path, monkeypatch):
    root = tmp_path / "lib"
    write(root / "a" / "one.txt", ARTICLE)
    os.symlink(root, root / "a" / "back")  # a folder loop: lib/a/back -> lib
    closed = root / "closed"
    write(closed / "hidden.txt", "Hidden\ntext\n")
    closed.chmod(0)
    if os.geteuid() == 0:
        deny(monkeypatch, os, "scandir", closed)
    try:
        report = import_paths(store, [root])
    finally:
        closed.chmod(0o755)
    assert [o.status for o in report.outcomes] == [IMPORTED, FAILED]
    failure = report.outcomes[1]
    assert "cannot list folder: permission denied" in failure.reason
    assert failure.path == str(closed)
    assert len(store.articles()) == 1


def test_unreadable_file_fails_with_permission_denied(store, tmp_path, monkeypatch):
    locked = write(tmp_path / "locked.txt", "Locked\ntext\n")
    locked.chmod(0)
    if os.geteuid() == 0:
        deny(monkeypatch, os, "open", locked)
    outcome = only(import_paths(store, [locked]))
    assert outcome.status == FAILED and outcome.reason == "permission denied"
    assert store.articles() == []


def test_fifo_is_not_read(store, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome = only(import_paths(store, [fifo]))
    assert outcome.status == FAILED and "not a regular file" in outcome.reason


# -- duplicates, changes, updates, batching, progress --------------------------------------


def test_duplicates_and_same_headline(store, tmp_path):
    first = write(tmp_path / "a.txt", ARTICLE)
    copy = write(tmp_path / "copy.txt", ARTICLE)
    sibling = write(tmp_path / "b.txt", ARTICLE + "One more paragraph.\n")
    report = import_paths(store, [first, copy, sibling])
    assert [o.status for o in report.outcomes] == [IMPORTED, DUPLICATE, IMPORTED]
    assert report.outcomes[1].article_id == report.outcomes[0].article_id
    assert "same text" in report.outcomes[1].reason
    assert len(store.articles()) == 2
    assert report.summary() == "2 imported, 1 duplicate"


def test_a_summary_counts_thousands_with_their_separator() -> None:
    """newuser51: "import interrupted: 1393 imported before it stopped", where every other
    count of 1,000 or more carries its separator."""
    outcomes = [ImportOutcome(f"{n}.txt", IMPORTED) for n in range(1393)]
    outcomes += [ImportOutcome(f"d{n}.txt", DUPLICATE) for n in range(1200)]
    assert ImportReport(outcomes).summary() == "1,393 imported, 1,200 duplicate"


def test_changed_file_is_reported_then_applied_with_update(store, tmp_path):
    anchoring = pytest.importorskip("diplotui.anchoring", reason="anchoring module not landed")
    path = write(tmp_path / "a.txt", ARTICLE)
    article_id = only(import_paths(store, [path])).article_id
    old_text = store.article_text(article_id)
    start = old_text.index("The two sides")
    store.save_highlight(anchoring.new_highlight(article_id, old_text, start, start + 13))
    new_text = "Vietnam, Laos boost ties\nAn added lead paragraph.\n" + old_text.split("\n", 1)[1]
    write(path, new_text)

    changed = only(import_paths(store, [path]))
    assert changed.status == CHANGED and "--update" in changed.reason
    assert store.article_text(article_id) == old_text

    updated = only(import_paths(store, [path], update=True))
    assert (updated.status, updated.article_id) == (UPDATED, article_id)
    assert store.article_text(article_id) == new_text
    assert store.article(article_id).title == "Vietnam, Laos boost ties"
    highlight = store.highlights(article_id)[0]
    assert new_text[highlight.start : highlight.end] == "The two sides"
    assert only(import_paths(store, [path], update=True)).status == DUPLICATE


def test_batches_are_few_durable_writes_and_progress_is_reported(store, tmp_path, monkeypatch):
    for number in range(250):
        write(tmp_path / "many" / f"{number:03d}.txt", f"Article {number}\nText {number}.\n")
    journal = journal_path(store.path)
    lines_before = journal.read_bytes().count(b"\n")
    calls: list[tuple[int, int, str]] = []
    report = import_paths(store, [tmp_path / "many"], progress=lambda *a: calls.append(a))
    assert report.count(IMPORTED) == 250
    assert journal.read_bytes().count(b"\n") - lines_before <= 3  # one durable write a batch
    assert [c[0] for c in calls] == list(range(1, 251))
    assert {c[1] for c in calls} == {250}
    assert calls[-1][2].endswith("249.txt")


def test_importing_the_store_folder_skips_the_store_itself(tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    with Store.open(tmp_path / "s.json") as store:
        import_paths(store, [tmp_path / "a.txt"])
        report = import_paths(store, [tmp_path])
        assert [(Path(o.path).name, o.status) for o in report.outcomes] == [("a.txt", DUPLICATE)]


def test_reopened_store_holds_what_was_imported(tmp_path):
    path = write(tmp_path / "a.txt", ARTICLE)
    with Store.open(tmp_path / "s.json") as store:
        import_paths(store, [path])
    with Store.open(tmp_path / "s.json", read_only=True) as store:
        (article,) = store.articles()
        assert store.article_text(article.id) == ARTICLE


# -- titles and dates of realistic saved pages ---------------------------------------------

PAGES = Path(__file__).resolve().parents[1] / "pages"


@pytest.mark.parametrize(
    ("name", "title", "date", "guess"),
    [
        # A section banner above the headline, a " – Breaking News" tail, "On January 21"
        # with the year stated with the month further on ("January 19 to 25, 2026").
        (
            "congress.txt",
            "Vietnam's foreign policy enters a new stage of development",
            "2026-01-21",
            True,
        ),
        # A "| Site" tail; the byline's full date, not the 2008 directive the body quotes.
        (
            "directive.txt",
            "Ten years of cooperation against drug crimes on the Vietnam-Laos border",
            "2018-03-15",
            False,
        ),
        # No dateline at the top, and no year beyond doubt (2018 named most, 2019 the latest,
        # no date printed as the page's): left undated, not guessed "2018?".
        ("nodateline.txt", "Vietnam, Laos review a decade of border cooperation", "", False),
        # A saved page: "<title>... | Breaking News", a banner and breadcrumb, a byline.
        (
            "breaking.html",
            "Vietnam, Laos step up cooperation against drug trafficking",
            "2018-03-13",
            None,
        ),
    ],
)
def test_titles_and_dates_of_saved_pages(store, name, title, date, guess):
    outcome = only(import_paths(store, [PAGES / name]))
    assert outcome.status == IMPORTED, outcome.reason
    article = store.article(outcome.article_id)
    assert (article.title, article.date) == (title, date)
    if guess is not None:
        assert article.date_is_guess is guess


@pytest.mark.parametrize(
    ("name", "content", "date", "guess"),
    [
        # A news dateline opening the first paragraph gives the full date: it was "2025?".
        (
            "doha.txt",
            "Ceasefire talks stall\n\nDOHA, July 20, 2025 — Qatar's Prime Minister said on"
            " Sunday that the talks had stalled after a week of meetings in the capital.\n",
            "2025-07-20",
            False,
        ),
        (
            "envoy.html",
            "<html><head><title>UN envoy urges restraint</title>"
            '<link rel="canonical" href="https://example.org/story/2025/08/1"></head><body>'
            "<article><h1>UN envoy urges restraint</h1><p>NEW YORK, 5 August 2025 (UN) — The"
            " envoy urged restraint on Tuesday, saying that dialogue was the only path.</p>"
            "<p>The parties must return to the table without preconditions, he added.</p>"
            "</article></body></html>",
            "2025-08-05",
            False,
        ),
        # A date a sentence quotes after other words is no dateline: the year stays a guess.
        (
            "quoted.txt",
            "Talks resume\n\nIn a statement issued in Geneva, March 3, 2021 — officials said"
            " that the talks had begun again after a long pause in the region.\n",
            "2021",
            True,
        ),
    ],
)
def test_a_dateline_opening_the_first_paragraph_dates_the_article(
    store, tmp_path, name, content, date, guess
):
    outcome = only(import_paths(store, [write(tmp_path / name, content)]))
    assert outcome.status == IMPORTED, outcome.reason
    article = store.article(outcome.article_id)
    assert (article.date, article.date_is_guess) == (date, guess)


def test_title_tails_and_banners():
    assert clean_title("Talks end | World & Vietnam Report") == "Talks end"
    assert clean_title("Hanoi hosts forum | Politics | Site") == "Hanoi hosts forum"
    assert clean_title("Vietnam - China ties - VnExpress International") == "Vietnam - China ties"
    assert clean_title("Vietnam – Laos: a special relationship") == (
        "Vietnam – Laos: a special relationship"  # a dash in the headline itself stays
    )
    assert clean_title("Hanoi talks – Mekong Post", site="Mekong Post") == "Hanoi talks"
    assert title_from_text("WORLD\nHome > World > Asia\nHeadline here\nbody") == "Headline here"
    assert title_from_text("ONLY SHOUTING\n") == "ONLY SHOUTING"  # nothing better: kept
