"""``diplotui doctor``: explain what is wrong with the store and optionally restore it."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import partial

from diplotui.cli.common import EXIT_FAILED, EXIT_OK, WRITE_LOCK_WAIT_SECONDS, CommandError
from diplotui.doctor import diagnose, next_step, put_back, repair, restore_newest_backup
from diplotui.inert import inert_line
from diplotui.paths import resolve_db_path
from diplotui.store import StoreError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    doctor = subparsers.add_parser("doctor", help="check the store; --restore from a backup")
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
        help="return set-aside (quarantined) records fixed by hand to the library",
    )
    doctor.set_defaults(func=run_doctor)


def run_doctor(args: argparse.Namespace) -> int:
    path = resolve_db_path(getattr(args, "db", None))
    diagnosis = diagnose(path)
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
