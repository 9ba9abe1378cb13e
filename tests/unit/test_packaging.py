"""The wheel carries seeds and styles, and an installed copy finds them without the checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import diplotui
from diplotui.paths import bundled_dir

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_source_checkout_finds_bundled_folders():
    assert (bundled_dir("seeds") / "000_1ce7412f849188b6.txt").is_file()
    assert (bundled_dir("styles") / "app.tcss").is_file()


def test_wheel_contains_seeds_and_styles_and_works_installed(tmp_path: Path):
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "-o", str(tmp_path), "."],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    wheel = next(tmp_path.glob("diplotui-*.whl"))
    assert wheel.name.startswith(f"diplotui-{diplotui.__version__}-"), "one version source"
    names = zipfile.ZipFile(wheel).namelist()
    seeds = sorted(p.name for p in (REPO_ROOT / "seeds").glob("*.txt"))
    sidecars = sorted(p.name for p in (REPO_ROOT / "seeds").glob("*.meta.json"))
    assert len(sidecars) == len(seeds)  # their dates and outlet
    for seed in seeds + sidecars:
        assert f"diplotui/_bundled/seeds/{seed}" in names
    assert "diplotui/_bundled/styles/app.tcss" in names

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    probe = (
        "from diplotui.paths import bundled_dir; import diplotui; "
        "print(bundled_dir('seeds')); print(bundled_dir('styles')); print(diplotui.__file__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    seeds_dir, styles_dir, module = result.stdout.split()
    assert seeds_dir.startswith(str(target)) and styles_dir.startswith(str(target))
    assert module.startswith(str(target))
    assert sorted(p.name for p in Path(seeds_dir).glob("*.txt")) == seeds


def test_readme_test_command_is_what_ci_runs():
    """The README's second command is exactly the last line of ``.ci/run``."""
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    commands = [block.split("```", 1)[0].strip() for block in readme.split("```sh\n")[1:]]
    ci_lines = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert commands[1] == ci_lines[-1]
