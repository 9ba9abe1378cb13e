"""Library commands: ``import``, ``list``, ``tag`` and ``untag``."""

from __future__ import annotations

import argparse
import json

from diplotui.cli.common import EXIT_FAILED, EXIT_OK, open_store, resolve_article
from diplotui.ingest import import_paths
from diplotui.tags import add_tags, parse_tags, remove_tags


def register(subparsers: argparse._SubParsersAction) -> None:
    importer = subparsers.add_parser("import", help="import article files or folders")
    importer.add_argument("paths", nargs="+", metavar="PATH")
    importer.set_defaults(func=run_import)

    lister = subparsers.add_parser("list", help="list the articles in the library")
    lister.add_argument("--tag", action="append", default=[], help="only articles with TAG")
    lister.add_argument("--json", action="store_true", help="print JSON objects")
    lister.set_defaults(func=run_list)

    for name, func, verb in (("tag", run_tag, "add"), ("untag", run_untag, "remove")):
        command = subparsers.add_parser(name, help=f"{verb} tags on an article")
        command.add_argument("id", help="article id (a unique prefix is enough)")
        command.add_argument("tags", nargs="+", metavar="TAG")
        command.set_defaults(func=func)


def run_import(args: argparse.Namespace) -> int:
    with open_store(args, write=True) as store:
        report = import_paths(store, args.paths)
    for outcome in report.outcomes:
        if outcome.status == "failed":
            print(f"failed    {outcome.path}: {outcome.reason}")
        else:
            print(f"{outcome.status:<9} {outcome.article_id}  {outcome.title}  ({outcome.path})")
    return EXIT_FAILED if report.failed else EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    with open_store(args, write=False) as store:
        articles = [a for a in store.articles() if all(t in a.tags for t in args.tag)]
    articles.sort(key=lambda a: (a.date, a.title), reverse=True)
    if args.json:
        print(json.dumps([a.to_dict() for a in articles], ensure_ascii=False, indent=2))
        return EXIT_OK
    for article in articles:
        tags = " ".join(f"#{tag}" for tag in article.tags)
        print(f"{article.id}  {article.title}  {tags}".rstrip())
    return EXIT_OK


def run_tag(args: argparse.Namespace) -> int:
    with open_store(args, write=True) as store:
        article = store.article(resolve_article(store, args.id))
        article.tags = add_tags(article.tags, parse_tags(args.tags))
        store.save_article(article)
        print(f"{article.id}  {' '.join('#' + t for t in article.tags)}")
    return EXIT_OK


def run_untag(args: argparse.Namespace) -> int:
    with open_store(args, write=True) as store:
        article = store.article(resolve_article(store, args.id))
        article.tags = remove_tags(article.tags, parse_tags(args.tags))
        store.save_article(article)
        print(f"{article.id}  {' '.join('#' + t for t in article.tags)}")
    return EXIT_OK
