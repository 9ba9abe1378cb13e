"""``diplotui doctor``: explain what is wrong with the store and optionally restore it."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

from diplotui.cli.commands import command_help
from diplotui.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    WRITE_LOCK_WAIT_SECONDS,
    CommandError,
    refuse_under_read_only,
)
from diplotui.doctor import diagnose, next_step, put_back, repair, restore_newest_backup
from diplotui.inert import inert_line
from diplotui.paths import resolve_db_path
from diplotui.session import title_label
from diplotui.session.drafts import DraftFolder, drafts_dir, survey
from diplotui.store import Store, StoreError
from diplotui.store.errors import StoreNotAFile
from diplotui.store.files import canonical_store_path, special_file_kind
from diplotui.text.plural import plural


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    doctor = subparsers.add_parser("doctor", help=command_help("doctor"))
    doctor.add_argument(
        "--restore",
        action="store_true",
        help="if the store cannot be read, keep it aside and restore the newest good backup",
    )
    doctor.add_argument(
        "--repair",
        action="store_true",
        help="fix what is safe to fix in a readable store (remove temp files of killed writes)",
    )
    doctor.add_argument(
        "--put-back",
        action="store_true",
        help="return the records set aside (doctor lists them) once fixed by hand",
    )
    doctor.add_argument(
        "--clear-orphaned-drafts",
        action="store_true",
        help="remove the drafts of notes and tags whose article is no longer in the library",
    )
    doctor.set_defaults(func=run_doctor)


def run_doctor(args: argparse.Namespace) -> int:
    if args.restore or args.repair or args.put_back or args.clear_orphaned_drafts:
        refuse_under_read_only(args)
    path = resolve_db_path(getattr(args, "db", None))
    kind = special_file_kind(path)
    if kind is not None:  # nothing to diagnose, restore or mend: one line says so
        raise CommandError(str(StoreNotAFile(canonical_store_path(path), kind)))
    diagnosis = diagnose(path)
    if diagnosis.not_a_library:  # nothing to restore or mend by hand: said before any lock
        raise CommandError(diagnosis.not_a_library)
    for finding in diagnosis.findings:
        print(inert_line(f"{finding.severity:<5}  {finding.message}"))  # paths are data
    restored = False
    if args.restore and not diagnosis.readable:
        try:
            done = restore_newest_backup(path, WRITE_LOCK_WAIT_SECONDS)
        except StoreError as error:
            raise CommandError(str(error)) from error
        print(inert_line(f"restored {diagnosis.path}"))
        for line in done.lines():
            print(inert_line(line))
        if done.broken_copy is not None:
            print(inert_line(f"the unreadable file was kept as {done.broken_copy}"))
        diagnosis = diagnose(path)
        print("the store as restored:")
        for finding in diagnosis.findings:
            print(inert_line(f"{finding.severity:<5}  {finding.message}"))
        restored = diagnosis.readable
    if diagnosis.readable and path.exists():
        _report_drafts(path, args.clear_orphaned_drafts)
    elif args.clear_orphaned_drafts and path.exists():
        # which articles are gone cannot be known: none is called orphaned
        raise CommandError(
            "--clear-orphaned-drafts refused: the store cannot be read, so no draft was removed"
        )
    steps = (
        ("--repair", args.repair, partial(repair, path, WRITE_LOCK_WAIT_SECONDS), "repair "),
        ("--put-back", args.put_back, partial(put_back, path, WRITE_LOCK_WAIT_SECONDS), ""),
    )
    for option, asked, step, prefix in steps:
        if not asked:
            continue
        if not path.exists():  # no store yet: nothing to fix
            print(_NOTHING_DONE[option])
            continue
        if not diagnosis.readable:
            backed_up = any(backup.good for backup in diagnosis.backups)
            raise CommandError(
                f"{option} refused: the store cannot be read, so nothing was changed "
                f"({next_step(diagnosis.path, backed_up)})"
            )
        _fix(option, step, prefix)
        diagnosis = diagnose(path)
    # a restore that succeeded is the answer asked for: what the restored store still has
    # (a backup's own set-aside record) is listed above, and a later 'doctor' exits 1 for it
    return EXIT_OK if diagnosis.healthy or restored else EXIT_FAILED


_NOTHING_DONE = {"--repair": "nothing to repair", "--put-back": "no record is set aside"}


def _fix(option: str, step: Callable[[], list[str]], prefix: str) -> None:
    """Run one writing step of the doctor and print what it did, one line each. A refusal
    says which step was refused and why (the app holding the store: which process), so exit
    status 1 is never left to be read as the store's health."""
    try:
        done = step()
    except StoreError as error:
        raise CommandError(f"{option} refused: {error}") from error
    for line in [f"{prefix}{line}" for line in done] or [_NOTHING_DONE[option]]:
        print(inert_line(line))


def _report_drafts(path: Path, clear_orphaned: bool) -> None:
    """List the drafts of notes typed and never saved (offered again when their article
    opens) and of tags never added (when their tag dialog opens), and those whose article
    is gone, which nothing offers: only the user's ``--clear-orphaned-drafts`` removes them,
    each named, under the store's lock (the app holding it may be typing, and its undo may
    bring a deleted article back). With no drafts folder the store is not opened again:
    doctor reads what it must, nothing more."""
    if not os.path.lexists(drafts_dir(canonical_store_path(path))):
        if clear_orphaned:
            print("no orphaned draft to remove")
        return
    try:
        store = (
            Store.open(path, wait_seconds=WRITE_LOCK_WAIT_SECONDS)
            if clear_orphaned
            else Store.open(path, read_only=True)
        )
    except StoreError as error:
        if clear_orphaned:
            raise CommandError(f"--clear-orphaned-drafts refused: {error}") from error
        return
    try:
        found = survey(store.path, store.article_ids())
        folder = f"{drafts_dir(store.path).name}/"
        if found.problem:
            print(inert_line(f"note   {folder[:-1]}: {found.problem}"))
        notes = sum(draft.of == "note" for draft in found.kept)
        if notes:
            drafts = plural(notes, "note draft")
            print(f"note   {drafts}, never saved: offered again when their article opens")
        if len(found.kept) > notes:
            drafts = plural(len(found.kept) - notes, "tag draft")
            print(f"note   {drafts}, never added: offered again when tagging their target")
        for draft in found.kept:
            title = title_label(store.article(draft.article_id).title)
            print(inert_line(f"note   draft in {title}: {draft.described()}"))
        for draft in found.orphaned:
            print(
                inert_line(
                    f"note   draft whose article {draft.article_id} is no longer in the library: "
                    f"{draft.described()}; nothing offers it "
                    "('diplotui doctor --clear-orphaned-drafts' removes it)"
                )
            )
        for file in found.unreadable:
            print(
                inert_line(f"note   {folder}{file.name}: no draft ({file.problem}), left as it is")
            )
        if clear_orphaned:
            remove = DraftFolder(store.path).remove
            for draft in found.orphaned:
                remove(draft.key)
                print(inert_line(f"removed the draft of {draft.described()}"))
            if not found.orphaned:
                print("no orphaned draft to remove")
    except OSError as error:
        raise CommandError(f"the drafts could not be removed: {error}") from error
    finally:
        store.close()
