"""The command palette finds articles, tags and entities by fuzzy name."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.command import Command, CommandList, CommandPalette
from textual.content import Content
from textual.widgets import Input, Label

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader

from .helpers import settle, settle_start_up, type_text
from .library_fixtures import make_library, titled
from .test_reader_support import add_article


async def _palette(app: DiplotuiApp, pilot, query: str) -> None:
    await pilot.press("ctrl+p")
    await type_text(pilot, query)
    await settle(app, pilot)  # the palette gathers its hits in a worker
    await pilot.press("down", "enter")
    await pilot.pause()


async def _top_hit(app: DiplotuiApp, pilot, query: str) -> None:
    """Run the palette's best hit for ``query`` (``enter`` first highlights it when the
    palette has highlighted none yet)."""
    await pilot.press("ctrl+p")
    await type_text(pilot, query)
    await settle(app, pilot)
    for _press in range(2):
        if not isinstance(app.screen, CommandPalette):
            return
        await pilot.press("enter")
        await pilot.pause()


async def test_palette_opens_an_article_by_fuzzy_title(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await _palette(app, pilot, "gamvis")
        assert app.screen.query_one(Reader).article_id == titled(store, "Gamma visit").id
        await _palette(app, pilot, "who said")  # the README's words for W: it found nothing
        assert isinstance(app.screen, StatementsScreen)


async def test_palette_filters_by_tag_and_entity(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await _palette(app, pilot, "#laos")
        titles = [row.title for row in app.screen.query_one(ArticleList).rows]
        assert titles == ["Beta summit", "Gamma visit"]
        await _palette(app, pilot, "vientiane")  # within the tag's articles: combined
        assert [row.title for row in app.screen.query_one(ArticleList).rows] == ["Beta summit"]
        app.screen.query_one(ArticleList).focus()
        await pilot.press("escape")
        await _palette(app, pilot, "paris")
        titles = [row.title for row in app.screen.query_one(ArticleList).rows]
        assert titles == ["Delta forum"]
    store.close()


async def _entity_hit(app: DiplotuiApp, pilot, query: str) -> str:
    """Type ``query`` in the palette: the help line of its first hit, as shown."""
    await pilot.press("ctrl+p")
    await type_text(pilot, query)
    await settle(app, pilot)
    hits = app.screen.query_one(CommandList)
    first = hits.get_option_at_index(0)
    assert isinstance(first, Command) and isinstance(first.prompt, Content)
    return first.prompt.plain.split("\n")[-1]


async def test_an_entity_hit_lists_the_articles_it_counts_whatever_the_filter(store_path: Path):
    """The palette said "Paris · in 1 article", but with #laos filtering the list, choosing
    Paris combined the two and listed none. What a hit promises is what choosing it lists:
    counted within the filter when the filter's articles mention it (and combined with it),
    else counted in the library, its help saying the filter will be cleared; and an entity
    only archived articles mention lists those, as its help says."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        library = app.screen.query_one(ArticleList)

        def listed() -> list[str]:
            return [row.title for row in library.rows]

        await _palette(app, pilot, "#asean")
        assert listed() == ["Alpha talks in Hanoi", "Beta summit"]
        said = await _entity_hit(app, pilot, "vientiane")
        assert said == "Place · in 1 article within #asean"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert listed() == ["Beta summit"]
        said = await _entity_hit(app, pilot, "paris")  # the entity filter is what it replaces
        assert said == "Place · in 1 article, none within #asean: clears the filter"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert listed() == ["Delta forum"]
        assert app.screen.query_one(ArticleList).has_focus
        library.cursor = len(library.folders)
        await pilot.press("a")  # archived: the plain list hides it
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert "Delta forum" not in listed()
        said = await _entity_hit(app, pilot, "paris")
        assert said == "Place · in 1 archived article: lists archived articles"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert listed() == ["Delta forum"]
    store.close()


LEDE_TITLE = (
    "(AseanAll) — Indonesian Foreign Minister Sugiono emphasized Indonesia's commitment to "
    "promoting ASEAN as a peaceful, resilient, innovative, and people-oriented region. This "
    "was conveyed by Foreign Minister Sugiono, who represented Indonesian President Prabowo "
    "Subianto at the 58th ASEAN Anniversary (ASEAN Day) at the ASEAN Headquarters in Jakarta."
)


async def test_palette_finds_words_of_a_long_title_without_listing_every_alignment(
    store_path: Path, monkeypatch
):
    """A file whose first line is its lede has a title of hundreds of characters: Textual's
    matcher listed every way "minister receives" aligns with it (15 million lists) and the
    app hung, growing by gigabytes. The palette never calls it now."""
    from textual.fuzzy import FuzzySearch

    def every_alignment(*args: object) -> None:
        raise AssertionError("Textual's matcher lists every alignment of the query")

    monkeypatch.setattr(FuzzySearch, "_match", every_alignment)
    store = make_library(store_path)
    add_article(store, LEDE_TITLE, "Body.")
    add_article(store, "Minister receives new ambassador", "Body.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await _top_hit(app, pilot, "minister receives")  # whole in the short title
        assert (
            app.screen.query_one(Reader).article_id
            == titled(store, "Minister receives new ambassador").id
        )
        await _top_hit(app, pilot, "sugiono jakarta")  # letters in order in the long one
        assert app.screen.query_one(Reader).article_id == titled(store, LEDE_TITLE).id
    store.close()


async def test_a_source_or_tag_in_brackets_is_shown_in_a_hit_as_written(store_path: Path):
    """Textual reads a hit's help as markup: an article from the source "[/b]Wire", or a
    filter on the tag "[red]", put in a hit's help, raised MarkupError and the palette
    failed. The help is text."""
    store = make_library(store_path)
    article = add_article(store, "Omega talks", "Ministers met in Paris.")
    store.save_article(replace(article, source="[/b]Wire", tags=["[red]"]))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        said = await _entity_hit(app, pilot, "omega talks")
        assert said == "Open article · [/b]Wire · 2030-01-01?"  # a day to come: doubted
        await pilot.press("escape")
        await _palette(app, pilot, "#[red]")
        said = await _entity_hit(app, pilot, "paris")
        assert said == "Place · in 1 article within #[red]"
    store.close()


def _underlined(prompt: Content) -> str:
    """The letters of a hit's name the palette underlines (those the query matched)."""
    name = prompt.plain.split("\n")[0]
    marked = sorted(
        {i for span in prompt.spans if "underline" in str(span.style) for i in range(*span[:2])}
    )
    return "".join(name[i] for i in marked if i < len(name))


async def test_the_palette_finds_accented_names_from_unaccented_keys(store_path: Path):
    """The Statements filter and the search fold accents ("le hoai" finds "Lê Hoài Trung"),
    the palette did not: a title, a tag and an entity typed without their accents (as most
    keyboards type them) found nothing. Its letters matched are still the ones underlined."""
    store = make_library(store_path)
    article = add_article(
        store, "Lê Hoài Trung meets ASEAN envoys", "Foreign Minister Lê Hoài Trung met them."
    )
    store.save_article(replace(article, tags=["hà-nội"]))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+p")
        await type_text(pilot, "le hoai")
        await settle(app, pilot)
        hits = app.screen.query_one(CommandList)
        prompts = [hits.get_option_at_index(n).prompt for n in range(hits.option_count)]
        names = [p.plain.split("\n")[0] for p in prompts if isinstance(p, Content)]
        assert "Lê Hoài Trung meets ASEAN envoys" in names  # the title
        assert "Lê Hoài Trung" in names  # the entity
        title = next(p for p in prompts if isinstance(p, Content) and p.plain.startswith("Lê"))
        assert _underlined(title) == "Lê Hoài"
        await pilot.press("escape")
        await _top_hit(app, pilot, "LE HOAI TRUNG MEETS")  # case folds as before
        assert app.screen.query_one(Reader).article_id == article.id
        await _palette(app, pilot, "#ha-noi")
        titles = [row.title for row in app.screen.query_one(ArticleList).rows]
        assert titles == ["Lê Hoài Trung meets ASEAN envoys"]
    store.close()


async def _hit_names(app: DiplotuiApp, pilot, query: str) -> list[Content]:
    """The palette's hits for ``query``, best first (the palette stays open)."""
    await pilot.press("ctrl+p")
    await type_text(pilot, query)
    await settle(app, pilot)
    hits = app.screen.query_one(CommandList)
    prompts = [hits.get_option_at_index(n).prompt for n in range(hits.option_count)]
    return [p for p in prompts if isinstance(p, Content)]


def _names(prompts: list[Content]) -> list[str]:
    return [p.plain.split("\n")[0] for p in prompts]


async def test_typed_words_find_names_whose_words_they_start_not_scattered_letters(
    store_path: Path,
):
    """Typed "le hoai" listed Lê Hoài Trung first, then every title holding l, e, h, o, a and i
    in that order somewhere: a user typing words means words. Scattered letters count only
    when no name has the words ("gamvis" still finds Gamma visit)."""
    store = make_library(store_path)
    add_article(store, "Lê Hoài Trung meets ASEAN envoys", "Foreign Minister Lê Hoài Trung met.")
    add_article(store, "Leaders hope to aid the flood victims", "Body.")  # l-e-h-o-a-i
    add_article(store, "Ministers hail the Hoai Nhon bridge", "Body.")  # hoai, but no word le
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        names = _names(await _hit_names(app, pilot, "le hoai"))
        assert "Lê Hoài Trung" in names and "Lê Hoài Trung meets ASEAN envoys" in names
        assert "Leaders hope to aid the flood victims" not in names, "letters scattered"
        assert "Ministers hail the Hoai Nhon bridge" not in names, "le starts no word of it"
        await pilot.press("escape")
        names = _names(await _hit_names(app, pilot, "hoai le"))  # any order, words still
        assert "Lê Hoài Trung" in names and "Leaders hope to aid the flood victims" not in names
        await pilot.press("escape")
        names = _names(await _hit_names(app, pilot, "gamvis"))  # no name has that word
        assert names[0] == "Gamma visit"
    store.close()


async def test_words_of_a_key_offer_no_title_by_its_scattered_letters(store_path: Path):
    """Typed "who said", the README's words for W, listed Statements and under it an article
    whose title merely held w, h, o, s, a, i and d in order ("party general secretary to lam
    works with the ministries ..."): the key's description has the words, so letters
    scattered through the library's names are not offered."""
    prompts = await _hits_over(
        Store.open(store_path), ("Ministers work hard on solar aid deals",), "who said"
    )  # w-o-r-k h-ar-d o-n s-ol-ar a-i-d: no word "who"
    assert _names(prompts) == ["Statements: who said what"]


async def _hits_over(store: Store, titles: tuple[str, ...], query: str) -> list[Content]:
    """The palette's hits for ``query`` over ``store`` with articles of ``titles`` added."""
    for title in titles:
        add_article(store, title, "Body.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        prompts = await _hit_names(app, pilot, query)
    store.close()
    return prompts


async def test_a_place_typed_as_one_word_finds_its_words_run_together_first(store_path: Path):
    """Typed "hanoi" (as English writes it, on a keyboard without accents) found "Hà Nội" only
    by its letters scattered, among titles that merely held h, a, n, o and i in order."""
    titles = ("Hanh visits the oil fields", "Talks in Hà Nội on the Mekong")  # h-a-n-o-i
    prompts = await _hits_over(Store.open(store_path), titles, "hanoi")
    # the place (an entity), whole, then the title holding it; no letters scattered
    assert _names(prompts) == ["Hà Nội", "Talks in Hà Nội on the Mekong"]
    assert [_underlined(prompt) for prompt in prompts] == ["HàNội", "HàNội"]


async def test_casefolded_letters_find_a_sharp_s_and_underline_it(store_path: Path):
    """Typed "strasse" found nothing in "Straße" (ß folded to itself, not to "ss")."""
    titles = ("Talks in the Friedrichstraße office", "Straße of ministries")
    prompts = await _hits_over(make_library(store_path), titles, "strasse")
    assert _names(prompts)[0] == "Straße of ministries"
    assert _underlined(prompts[0]) == "Straße"
    assert "Talks in the Friedrichstraße office" not in _names(prompts), "starts no word"


async def test_a_second_opening_lists_nothing_again_and_takes_in_what_changed_since(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Each ``ctrl+p`` listed and folded every title and counted every entity again (2 s at
    10,000 articles before an entity's hit). The listing is kept between openings: a second
    opening names and folds nothing again, and after another process added, retitled and
    deleted articles (a read-only app catching up) only the new names are folded, and the
    hits are what a fresh listing gives."""
    from diplotui import entities
    from diplotui.library import name_match
    from diplotui.tui.controllers import follow

    monkeypatch.setattr(follow, "FOLLOW_SECONDS", 0.1)
    folded: list[str] = []
    named: list[str] = []
    fold_name, display_name = name_match.fold_name, entities.display_name

    def folding(name: str) -> name_match.FoldedName:
        folded.append(name)
        return fold_name(name)

    def naming(spellings: dict[str, int]) -> str:
        named.append(display_name(spellings))
        return named[-1]

    monkeypatch.setattr(name_match, "fold_name", folding)
    monkeypatch.setattr(entities, "display_name", naming)
    writer = make_library(store_path)
    app = DiplotuiApp(Store.open(store_path, read_only=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        actions = app.screen.library_actions
        assert actions.state.entities is not None
        assert "Vientiane" in _names(await _hit_names(app, pilot, "vientiane"))
        await pilot.press("escape")
        listed = set(folded)
        assert {"Gamma visit", "Paris", "Vientiane"} <= listed
        folded.clear()
        named.clear()
        assert "Vientiane" in _names(await _hit_names(app, pilot, "vientiane"))
        await pilot.press("escape")
        assert (folded, named) == ([], []), "listed again though nothing changed"

        added = add_article(writer, "Epsilon talks", "Ministers met in Canberra on trade.")
        writer.with_updates(titled(writer, "Gamma visit"), title="Gamma visit to Luang Prabang")
        writer.delete_article(titled(writer, "Delta forum").id)  # the only one naming Paris
        library = app.screen.query_one(ArticleList)
        for _ in range(200):
            cache = actions.state.entities
            caught_up = "Epsilon talks" in [row.title for row in library.rows]
            if caught_up and cache is not None and cache.has(added.text_hash):
                break
            await pilot.pause(0.05)
        await settle(app, pilot)
        assert "Canberra" in _names(await _hit_names(app, pilot, "canberra"))
        await pilot.press("escape")
        assert not set(folded) & listed, "names listed before were folded again"
        assert {"Epsilon talks", "Gamma visit to Luang Prabang", "Canberra"} <= set(folded)
        names = _names(await _hit_names(app, pilot, "paris"))
        await pilot.press("escape")
        assert "Paris" not in names and "Delta forum" not in names
        names = _names(await _hit_names(app, pilot, "gamma visit"))
        await pilot.press("escape")
        assert names == ["Gamma visit to Luang Prabang"]
        assert "Canberra" in named and "Vientiane" not in named, "named only what changed"
    app.store.close()
    writer.close()


async def test_a_name_found_nowhere_offers_no_key_whose_description_scatters_its_letters(
    store_path: Path,
):
    """An analyst typed "pham" (Pham Minh Chinh, not in the library) and the one hit was
    "Quit: Quit the app and return to the command prompt" (a-p-p, t-h-e, a-nd, com-m-and):
    ``enter`` quit the app. A key is found by letters of its own name ("qt": Quit), or by
    words its description starts ("who said": Statements), never by letters strewn through
    the description."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        assert _names(await _hit_names(app, pilot, "pham")) == []
        await pilot.press("escape")
        assert _names(await _hit_names(app, pilot, "qt"))[0].startswith("Quit")
        await pilot.press("escape")
        assert _names(await _hit_names(app, pilot, "who said"))[0].startswith("Statements")
        await pilot.press("escape")
        names = _names(await _hit_names(app, pilot, "the app"))  # the description's words
        assert any(name.startswith("Quit") for name in names)
    store.close()


async def test_a_guessed_date_keeps_its_question_mark_in_a_hit(store_path: Path):
    """The list shows a guessed date as "2030-01-01?"; the palette dropped the "?" and
    passed the guess off as a fact."""
    store = make_library(store_path)
    article = add_article(store, "Omega talks", "Ministers met in Paris.")
    store.save_article(replace(article, source="Wire", date_is_guess=True))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        said = await _entity_hit(app, pilot, "omega talks")
        assert said == "Open article · Wire · 2030-01-01?"
    store.close()


async def test_a_title_cut_inside_its_brackets_is_named_as_written_in_a_keys_help(
    store_path: Path,
):
    """newuser43b: with "Vietnam’s envoy: [bold red]ASEAN must act[/bold red] now" open,
    ``ctrl+p`` stopped the app: its Archive entry names the open article, cut to
    “Vietnam’s envoy: [bold red]ASEAN must act[/bold…”, and Textual's ``escape`` leaves a
    "[" with no "]" after it, which its markup parser still reads as a closing tag
    (MarkupError). The app restores the last article read, so every palette crashed it."""
    store = make_library(store_path)
    add_article(store, "Vietnam’s envoy: [bold red]ASEAN must act[/bold red] now", "Talks.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter")  # the first article, the reader focused
        await settle(app, pilot)
        said = await _entity_hit(app, pilot, "archive")
        assert said == "key: a in the list; on “Vietnam’s envoy: [bold red]ASEAN must act[/bold…”"
        assert app.is_running
    store.close()


async def test_the_palette_offers_no_copy_of_a_selection_when_nothing_is_selected(
    seeded_store: Store,
) -> None:
    """Chosen with nothing selected with the mouse, "Copy selected text" (Textual's ctrl+c)
    did nothing and said nothing."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter")  # the first article open: y copies its sentence
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "copy")
        await settle(app, pilot)
        offered = [str(hit.prompt) for hit in app.screen.query_one(CommandList).options]
        assert any(line.startswith("Copy quote") for line in offered), offered
        assert not any("Copy selected text" in line for line in offered), offered


async def test_quit_is_offered_once_with_its_key_and_no_sideways_scroll_at_all(
    store_path: Path,
):
    """ "quit" found three entries: Textual's own ("as soon as possible"), its ctrl+q, and
    none saying q, the key the help and the footer give; "scroll left" found the reader's
    sideways scrolls, which do nothing in a pane that never scrolls sideways."""
    store = Store.open(store_path)
    add_article(store, "Talks in Hanoi", "The ministers met in Hanoi.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await pilot.press("enter")  # the reader, focused
        await pilot.pause()
        quits = [p.plain for p in await _hit_names(app, pilot, "quit") if "Quit" in p.plain]
        assert quits == ["Quit: Quit the app and return to the command prompt.\nkey: q"], quits
        await pilot.press("escape")
        for sideways in ("scroll left", "scroll right", "page left", "page right"):
            hits = _names(await _hit_names(app, pilot, sideways))
            assert not [name for name in hits if name.lower() == sideways], hits
            await pilot.press("escape")
    store.close()


async def test_the_question_as_asked_opens_w_with_its_filter(store_path: Path):
    """ "What has Lê Hoài Trung said since July 2025?" typed in the palette: "No matches
    found" (a name's words, a verb and dates: no title or key has them). The question opens
    the Statements view with the filter it asks, "Lê Hoài Trung since July 2025"."""
    store = make_library(store_path)
    add_article(store, "Lê Hoài Trung meets ASEAN envoys", "Foreign Minister Lê Hoài Trung met.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        asked = "What has Lê Hoài Trung said since July 2025?"
        prompts = _names(await _hit_names(app, pilot, asked))
        assert prompts[0] == "Statements: Lê Hoài Trung since July 2025", prompts
        await pilot.press("escape")
        await _top_hit(app, pilot, asked)
        await settle(app, pilot)
        view = app.screen
        assert isinstance(view, StatementsScreen)
        assert view.query_one(Input).value == "Lê Hoài Trung since July 2025"
        title = str(view.query_one("#statements-title", Label).render())
        assert "since 2025-07-01" in title, title
    store.close()
