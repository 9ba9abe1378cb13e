"""A byte that is not UTF-8 in the terminal's input (a key typed in a terminal set to another
encoding, PuTTY's Latin-1 sending "é" as 0xE9; binary data pasted) ended the Linux driver's
input thread, and the app with it, in a traceback and exit status 0, the typing of an open
dialog lost (attack64). The app reads it as U+FFFD, seen where it is typed."""

from __future__ import annotations

import pytest
from textual.drivers import linux_driver

from diplotui.tui import launch


@pytest.fixture
def driver_decoder(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(linux_driver, "getincrementaldecoder", linux_driver.getincrementaldecoder)
    launch._keys_in_any_encoding()
    return linux_driver.getincrementaldecoder("utf-8")().decode


def test_a_byte_not_utf8_is_read_as_a_replacement_character(driver_decoder) -> None:
    assert driver_decoder(b"caf\xe9 \xff\xfe ok") == "caf\ufffd \ufffd\ufffd ok"


def test_a_character_a_read_cuts_in_two_is_one(driver_decoder) -> None:
    assert (
        driver_decoder(b"Ng\xc3") + driver_decoder(b"\xb4 \xe1\xbb") + driver_decoder(b"\x87")
        == "Ngô ệ"
    )
    assert driver_decoder(b"\xc3", final=True) == "\ufffd"
