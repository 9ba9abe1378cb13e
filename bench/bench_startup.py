"""Start-up to a painted article list, next to a bare Textual app, alternately in one run.

Targets (issue 2): on the seeds at most 1.25x the bare app; with 10,000 articles at most 1.5x.
Each library is measured as a person meets it: after the app (or a CLI command) has written
it, so its list snapshot is current. The 10,000-article library is also measured cold, as
after a change by another program, when the store must be parsed before the list can paint.

``--library PATH`` (repeatable) measures an existing store instead of generating one (issue
13: 100,000 articles take minutes to generate): as diplotui last left it, after ``diplotui
tag`` ran in another process before each start, and after another program wrote to the store
through the store API without updating the list snapshot (a feed fetcher, a killed session):
once retagging an article, once adding an article and deleting another.
Usage: python bench/bench_startup.py [--runs N] [--skip-large] [--articles 10000]
       [--library PATH ...]
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from diplotui.ingest import seed_if_empty
from diplotui.library.snapshot import save_snapshot
from diplotui.store import Store
from startup import Candidate, bare_app_command, compare, terminal_env


def first_listed_title(store_path: Path) -> str:
    """The title the list shows first, cut to what fits on one row of a 120-column screen."""
    from diplotui.tui.screens.main import library_articles

    with Store.open(store_path, read_only=True) as store:
        title = library_articles(store)[0].title
    return title.split()[0] + " " + title.split()[1]


def other_writer_preparations(
    path: Path, diplotui: list[str] | None = None
) -> dict[str, Callable[[], object]]:
    """The ways to meet an existing store (see the module docstring), each as what to do to
    the store before a start: as diplotui left it, after ``diplotui tag`` (when the command
    is given), after another program retagged an article, after another program added an
    article and deleted one."""
    with Store.open(path) as store:
        target = store.articles()[-1].id
    save_snapshot(store)
    rounds = itertools.count()

    def tag_by_cli() -> None:
        assert diplotui is not None
        cli_tag = [*diplotui, "--db", str(path), "tag", target, f"bench-cli-{next(rounds)}"]
        subprocess.run(cli_tag, check=True, capture_output=True)

    def tag_by_other_program() -> None:
        with Store.open(path) as store:
            article = store.article(target)
            store.with_updates(article, tags=[*article.tags, f"bench-other-{next(rounds)}"])

    def leave_current() -> None:  # as the app leaves it on quit (the bench kills it)
        with Store.open(path, read_only=True) as store:
            save_snapshot(store)

    added: list[str] = []

    def add_and_delete_by_other_program() -> None:
        """Another program adds an article and deletes the one it added last time, so the
        library keeps its size (rows move: the snapshot catches up from the journal)."""
        from diplotui.model import Article
        from diplotui.store import text_hash

        with Store.open(path) as store:
            # titled apart from any left by an earlier bench run on this store: a same-titled
            # twin would be a tie the snapshot's catch-up cannot place (a full read instead)
            title = f"Bench article {next(rounds)} of run {os.getpid()}"
            text = f"{title}\n\nThe ministers met in Hà Nội.\n"
            digest = text_hash(text)
            article = Article(
                id=store.new_article_id(digest), title=text.split("\n")[0], text_hash=""
            )
            store.add_article(article, text)
            if added:
                store.delete_article(added.pop())
            added.append(article.id)

    preparations: dict[str, Callable[[], object]] = {"as left": leave_current}
    if diplotui is not None:
        preparations["after CLI tag"] = tag_by_cli
    preparations["other writer"] = tag_by_other_program
    preparations["other adds+deletes"] = add_and_delete_by_other_program
    return preparations


def add_existing_library(
    path: Path,
    candidates: dict[str, Candidate],
    prepare: dict[str, Callable[[], object]],
    diplotui: list[str],
    first_key: tuple[str, str],
) -> None:
    """The ways to meet an existing store, as candidates."""
    preparations = other_writer_preparations(path, diplotui)
    title = first_listed_title(path)
    command = [*diplotui, "--db", str(path)]
    name = path.parent.name or str(path)
    for label, preparation in preparations.items():
        candidates[f"{name}, {label}"] = (command, title, first_key)
        prepare[f"{name}, {label}"] = preparation


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--articles", type=int, default=10_000, help="size of the large library")
    parser.add_argument("--library", action="append", default=[], help="an existing store")
    args = parser.parse_args()
    diplotui = [str(Path(sys.executable).with_name("diplotui"))]
    with tempfile.TemporaryDirectory() as work:
        workdir = Path(work)
        env = terminal_env()
        bare = bare_app_command(workdir)
        seeds_db = workdir / "seeds.json"
        with Store.open(seeds_db) as store:
            seed_if_empty(store)
        save_snapshot(store)  # after closing, which may compact the journal
        first_key = ("/", "titles and texts")  # the search field opens: keys work
        candidates: dict[str, Candidate] = {
            "bare textual app": (bare, "bare-textual-floor", None),
            "diplotui, seeds": (
                [*diplotui, "--db", str(seeds_db)],
                first_listed_title(seeds_db),
                first_key,
            ),
        }
        prepare: dict[str, Callable[[], object]] = {}
        for library in map(Path, args.library):
            add_existing_library(library, candidates, prepare, diplotui, first_key)
        if not args.skip_large and not args.library:
            from diplotui.library.generate import generate_library

            large_db = workdir / "large.json"
            size = args.articles
            generate_library(large_db, articles=size, highlights=size, seed=0)
            cold_db = workdir / "cold.json"
            generate_library(cold_db, articles=size, highlights=size, seed=0)
            with Store.open(large_db) as store:
                pass
            save_snapshot(store)
            for name, path in (
                (f"diplotui, {size:,} articles", large_db),
                (f"{size:,}, no snapshot (cold)", cold_db),
            ):
                command = [*diplotui, "--db", str(path)]
                candidates[name] = (command, first_listed_title(path), first_key)
        medians = compare(args.runs, candidates, env, prepare)
    floor, _, floor_cpu = medians["bare textual app"]
    print(f"runs per candidate: {args.runs} (alternating); medians")
    print(f"{'':<28} {'list painted':>20}   {'CPU until painted':>17}   {'first key answered':>18}")
    for name, (painted, answered, cpu) in medians.items():
        answer = f"{answered * 1000:7.0f} ms" if answered is not None else ""
        print(
            f"{name:<28} {painted * 1000:7.0f} ms  {painted / floor:4.2f}x"
            f"   {cpu * 1000:6.0f} ms {cpu / floor_cpu:4.2f}x   {answer:>18}"
        )


if __name__ == "__main__":
    main()
