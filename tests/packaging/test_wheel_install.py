"""A non-editable install of the wheel carries the library data and works from anywhere."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_into_fresh_venv_and_validates(tmp_path):
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(dist), str(REPO)],
        capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    wheel = next(dist.glob("bla_assistant-*.whl"))

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)],
        capture_output=True, text=True, timeout=900,
    )
    assert install.returncode == 0, install.stdout + install.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = env_dir / "bin" / "bla-assistant"
    clean_env = {"PATH": f"{env_dir / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path)}
    validate = subprocess.run(
        [str(script), "library", "validate"], cwd=elsewhere, capture_output=True, text=True,
        timeout=300, env=clean_env,
    )
    assert validate.returncode == 0, validate.stdout + validate.stderr
    assert "0 problem(s)" in validate.stderr
    # The clarity rules travel in the wheel too.
    clarity = subprocess.run(
        [str(script), "clarity", str(REPO / "tests" / "data" / "clarity" / "planted_ssa_en.txt"),
         "--format", "json"], cwd=elsewhere, capture_output=True, text=True, timeout=300,
        env=clean_env,
    )
    assert clarity.returncode == 0, clarity.stdout + clarity.stderr
    assert "termination_silent_on_acquired_rights" in clarity.stdout
    # The data came from the installed wheel, not from this checkout.
    where = subprocess.run(
        [str(python), "-c",
         "from bla_assistant.core.resources import data_root; print(data_root())"],
        cwd=elsewhere, capture_output=True, text=True, timeout=60, env=clean_env,
    )
    assert str(env_dir) in where.stdout, where.stdout + where.stderr
    version = subprocess.run(
        [str(script), "--version"], cwd=elsewhere, capture_output=True, text=True,
        timeout=60, env=clean_env,
    )
    assert version.stdout.startswith("bla-assistant ")
