"""The bytecode the xdist controller writes for its workers is what pytest and Python read."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from _pytest.assertion.rewrite import PYC_TAIL, _read_pyc

from tests import warm_caches


def test_test_modules_get_rewritten_bytecode_and_helpers_plain_bytecode(
    tmp_path: Path, pytestconfig: pytest.Config
):
    test_module = tmp_path / "test_sample.py"
    test_module.write_text("def test_sum():\n    total = 1 + 1\n    assert total == 3\n")
    helper = tmp_path / "helper.py"
    helper.write_text("VALUE = 2\n")
    broken = tmp_path / "test_broken.py"
    broken.write_text("def test_(:\n")

    jobs = [(test_module, True), (helper, False), (broken, True)]
    warm_caches._write_caches(pytestconfig, jobs)

    code = _read_pyc(test_module, tmp_path / "__pycache__" / ("test_sample" + PYC_TAIL))
    assert code is not None, "the worker finds a valid rewritten module"
    namespace: dict[str, object] = {}
    exec(code, namespace)
    with pytest.raises(AssertionError, match=r"assert 2 == 3"):  # rewritten: values shown
        namespace["test_sum"]()  # type: ignore[operator]
    assert Path(importlib.util.cache_from_source(str(helper))).is_file()
    assert not (tmp_path / "__pycache__" / ("test_broken" + PYC_TAIL)).exists(), (
        "a module that does not parse is left to the worker, which reports it"
    )


def test_the_run_paths_are_split_into_rewritten_and_plain_modules(
    pytestconfig: pytest.Config, monkeypatch: pytest.MonkeyPatch
):
    tests_folder = Path(warm_caches.__file__).parent
    monkeypatch.setattr(pytestconfig, "args", [f"{tests_folder}::ignored"])
    rewritten, compiled = warm_caches._modules(pytestconfig)
    assert Path(__file__) in rewritten and tests_folder / "tui" / "conftest.py" in rewritten
    assert all(p.name == "conftest.py" or p.name.startswith("test_") for p in rewritten)
    assert (
        Path(warm_caches.__file__) in compiled and tests_folder / "tui" / "helpers.py" in compiled
    )
    assert not any(
        "__pycache__" in p.parts or "__snapshots__" in p.parts for p in rewritten + compiled
    )
