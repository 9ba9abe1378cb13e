"""The refresh's parsing worker: calls go in batches, and each caller gets its own result or
its own exception, from a thread or from a child process."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

import pytest

from diplotui.feeds.workers import BATCH_CALLS, IN_FLIGHT, ParsingWorker


def square(number: int) -> int:
    if number < 0:
        raise ValueError(f"negative: {number}")
    return number * number


class Unpicklable(Exception):
    """An exception a child process cannot send back as it is (it holds a lock)."""

    def __init__(self) -> None:
        super().__init__("holds a lock")
        self.lock = threading.Lock()


def raise_unpicklable() -> None:
    raise Unpicklable


class Counting(ThreadPoolExecutor):
    """A one-thread executor that counts what was submitted to it, and holds each
    submission until ``gate`` is set (so calls pile up while batches are in flight)."""

    def __init__(self) -> None:
        super().__init__(1)
        self.submitted: list[int] = []
        self.gate = threading.Event()

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.submitted.append(len(args[0]))
        return super().submit(self._held, fn, *args)

    def _held(self, fn: Any, *args: Any) -> Any:
        self.gate.wait(30)
        return fn(*args)


async def run_all(worker: ParsingWorker, numbers: list[int]) -> list[int | str]:
    async def one(number: int) -> int | str:
        try:
            return await worker.run(square, number)
        except ValueError as error:
            return str(error)

    return list(await asyncio.gather(*(one(number) for number in numbers)))


def test_each_call_gets_its_own_result_or_error_in_order() -> None:
    worker = ParsingWorker(ThreadPoolExecutor(1))
    try:
        numbers = [3, -1, 4, 1, -5, 9, 2, 6]
        assert asyncio.run(run_all(worker, numbers)) == [
            9,
            "negative: -1",
            16,
            1,
            "negative: -5",
            81,
            4,
            36,
        ]
    finally:
        worker.shutdown()


def test_calls_made_while_batches_are_in_flight_go_together() -> None:
    executor = Counting()
    worker = ParsingWorker(executor)

    async def scenario() -> list[int | str]:
        results = asyncio.ensure_future(run_all(worker, list(range(40))))
        await asyncio.sleep(0.05)  # every call made; the first batches wait at the gate
        executor.gate.set()
        return await results

    try:
        assert asyncio.run(scenario()) == [n * n for n in range(40)]
    finally:
        worker.shutdown()
    # the first calls go one per batch (nothing is in flight yet); the rest wait for a
    # batch to come back and then go BATCH_CALLS at a time, never one by one
    assert executor.submitted[:IN_FLIGHT] == [1] * IN_FLIGHT
    assert executor.submitted[IN_FLIGHT:] == [BATCH_CALLS] * ((40 - IN_FLIGHT) // BATCH_CALLS) + (
        [(40 - IN_FLIGHT) % BATCH_CALLS] if (40 - IN_FLIGHT) % BATCH_CALLS else []
    )
    assert len(executor.submitted) < 40 // 4


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="forks")
def test_an_error_a_child_cannot_send_back_fails_its_call_alone() -> None:
    worker = ParsingWorker(ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")))

    async def scenario() -> tuple[int, str, int]:
        async def failing() -> str:
            try:
                await worker.run(raise_unpicklable)
            except RuntimeError as error:
                return str(error)
            return "no error"

        first, error, last = await asyncio.gather(
            worker.run(square, 2), failing(), worker.run(square, 3)
        )
        return first, error, last

    try:
        assert asyncio.run(scenario()) == (4, "Unpicklable: holds a lock", 9)
    finally:
        worker.shutdown()


class Dying(Executor):
    """An executor whose worker has died: every submission fails."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(OSError(f"worker {os.getpid()} gone"))
        return future


def test_a_dead_worker_fails_every_waiting_call_with_its_reason() -> None:
    worker = ParsingWorker(Dying())

    async def scenario() -> list[str]:
        async def one(number: int) -> str:
            try:
                await worker.run(square, number)
            except OSError as error:
                return str(error)
            return "no error"

        return list(await asyncio.gather(*(one(number) for number in range(5))))

    try:
        assert asyncio.run(scenario()) == [f"worker {os.getpid()} gone"] * 5
    finally:
        worker.shutdown()  # its sender thread, left waiting, made later tests' waits guess
