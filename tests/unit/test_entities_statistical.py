"""The optional spaCy backend: off by default, adds PERSON/ORG only where the rules found nothing,
and says in one line why a configured pipeline cannot be used.

spaCy itself is faked at the module boundary (``sys.modules["spacy"]``) so CI needs no spaCy; the
last test loads a real blank pipeline with an EntityRuler and is skipped where spaCy is missing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from diplotui.cli.main import main
from diplotui.entities import recognise, statistical
from diplotui.library.entity_cache import recogniser_version

TEXT = "Talks ended. Xqor Blenvath spoke for Zentralwerk Halvo in Hanoi on Monday."
UNNAMED_PERSON = "Xqor Blenvath"
UNNAMED_BODY = "Zentralwerk Halvo"


class _FakePipeline:
    """What ``spacy.load`` returns: called on a text, gives a doc with ``ents``."""

    def __init__(self, labels: dict[str, str]) -> None:
        self.labels = labels

    def __call__(self, text: str) -> Any:
        ents = []
        for surface, label in self.labels.items():
            start = text.find(surface)
            if start >= 0:
                ents.append(
                    SimpleNamespace(start_char=start, end_char=start + len(surface), label_=label)
                )
        return SimpleNamespace(ents=ents)


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv(statistical.MODEL_SETTING, raising=False)
    statistical.forget_loaded()
    yield
    statistical.forget_loaded()


def _fake_spacy(monkeypatch: pytest.MonkeyPatch, labels: dict[str, str]) -> list[str]:
    loaded: list[str] = []
    module = ModuleType("spacy")

    def load(name: str) -> _FakePipeline:
        if name != "fake_model":
            raise OSError(f"[E050] Can't find model '{name}'")
        loaded.append(name)
        return _FakePipeline(labels)

    module.load = load  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "spacy", module)
    return loaded


def _found(text: str) -> list[tuple[str, str]]:
    return [(span.type, span.text) for span in recognise(text)]


def test_off_by_default_the_pipeline_is_never_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded = _fake_spacy(monkeypatch, {UNNAMED_PERSON: "PERSON"})
    assert ("PERSON", UNNAMED_PERSON) not in _found(TEXT)
    assert loaded == []


def test_a_configured_pipeline_adds_people_and_bodies_the_rules_missed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rules_only = _found(TEXT)
    _fake_spacy(
        monkeypatch,
        {UNNAMED_PERSON: "PERSON", f"the {UNNAMED_BODY}": "ORG", "Monday": "DATE", "Talks": "ORG"},
    )
    monkeypatch.setenv(statistical.MODEL_SETTING, "fake_model")
    spans = _found(TEXT.replace(UNNAMED_BODY, f"the {UNNAMED_BODY}"))
    assert ("PERSON", UNNAMED_PERSON) in spans
    assert ("ORG", UNNAMED_BODY) in spans  # "the" left out, as the guidelines say
    assert ("DATE", "Monday") not in spans  # only PERSON and ORG are proposed
    assert ("GPE", "Hanoi") in spans and ("GPE", "Hanoi") in rules_only


def test_proposals_never_change_what_the_rules_found(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Foreign Minister Bui Thanh Son met them in Hanoi."
    rules_only = _found(text)
    _fake_spacy(monkeypatch, {"Minister Bui": "PERSON", "Hanoi": "ORG"})
    monkeypatch.setenv(statistical.MODEL_SETTING, "fake_model")
    assert _found(text) == rules_only


def test_the_setting_keys_the_entity_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    rules_version = recogniser_version()
    monkeypatch.setenv(statistical.MODEL_SETTING, "fake_model")
    assert recogniser_version() != rules_version


def test_a_missing_pipeline_leaves_the_rules_and_the_command_says_why(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fake_spacy(monkeypatch, {UNNAMED_PERSON: "PERSON"})
    attempts: list[str] = []
    load = sys.modules["spacy"].load  # type: ignore[union-attr]
    monkeypatch.setattr(
        sys.modules["spacy"], "load", lambda name: attempts.append(name) or load(name)
    )
    monkeypatch.setenv(statistical.MODEL_SETTING, "en_core_web_sm")
    assert ("PERSON", UNNAMED_PERSON) not in _found(TEXT)
    assert ("PERSON", UNNAMED_PERSON) not in _found(TEXT)
    assert attempts == ["en_core_web_sm"]  # looked for once, not per article
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    code = main(["--db", str(tmp_path / "lib.json"), "entities", str(article)])
    error = capsys.readouterr().err.strip()
    assert code != 0
    assert len(error.splitlines()) == 1
    assert "en_core_web_sm" in error and "no such spaCy pipeline" in error


def test_without_spacy_the_command_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy raises ImportError
    monkeypatch.setenv(statistical.MODEL_SETTING, "")  # restored after the flag has set it
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    code = main(["--db", str(tmp_path / "lib.json"), "entities", "--spacy", "x", str(article)])
    assert code != 0
    assert "pip install 'diplotui[spacy]'" in capsys.readouterr().err


def test_the_flag_not_the_setting_is_named_when_the_flag_chose_the_pipeline(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user who typed ``--spacy x`` and set no variable was told about
    ``DIPLOTUI_SPACY_MODEL=x``; the line now names the flag they typed."""
    monkeypatch.setitem(sys.modules, "spacy", None)
    monkeypatch.setenv(statistical.MODEL_SETTING, "")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    code = main(["--db", str(tmp_path / "lib.json"), "entities", "--spacy", "x", str(article)])
    error = capsys.readouterr().err.strip()
    assert code != 0
    assert error.startswith("diplotui: --spacy x: spaCy is not installed"), error
    assert statistical.MODEL_SETTING not in error


def test_the_command_flag_turns_the_pipeline_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fake_spacy(monkeypatch, {UNNAMED_PERSON: "PERSON"})
    monkeypatch.setenv(statistical.MODEL_SETTING, "")  # restored after the flag has set it
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    args = ["--db", str(tmp_path / "lib.json"), "entities", "--spacy", "fake_model", str(article)]
    assert main(args) == 0
    assert UNNAMED_PERSON in capsys.readouterr().out


def test_a_real_blank_pipeline_with_an_entity_ruler(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    spacy = pytest.importorskip("spacy")
    pipeline = spacy.blank("en")
    ruler = pipeline.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": UNNAMED_PERSON},
            {"label": "ORG", "pattern": UNNAMED_BODY},
        ]
    )
    pipeline.to_disk(tmp_path / "pipeline")
    monkeypatch.setenv(statistical.MODEL_SETTING, str(tmp_path / "pipeline"))
    spans = _found(TEXT)
    assert ("PERSON", UNNAMED_PERSON) in spans and ("ORG", UNNAMED_BODY) in spans
