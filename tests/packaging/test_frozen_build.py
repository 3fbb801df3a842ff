"""The PyInstaller one-folder build starts offscreen, opens its window and loads the library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_pyinstaller_build_smoke(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    require(pyinstaller.exists(), "PyInstaller is not installed (pip install -e '.[test]')")
    build = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
         str(REPO / "build.spec")],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    executable = tmp_path / "dist" / "bla-assistant" / "bla-assistant"
    assert executable.exists()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "BLA_ASSISTANT_CONFIG": str(tmp_path / "config")}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    smoke = subprocess.run([str(executable), "--smoke"], cwd=elsewhere, env=env,
                           capture_output=True, text=True, timeout=180)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    version = subprocess.run([str(executable), "--version"], cwd=elsewhere, env=env,
                             capture_output=True, text=True, timeout=60)
    assert version.stdout.startswith("bla-assistant ")
    validate = subprocess.run([str(executable), "library", "validate"], cwd=elsewhere, env=env,
                              capture_output=True, text=True, timeout=120)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    # The frozen build carries the exercises too.
    listing = subprocess.run([str(executable), "exercise", "list", "--json"], cwd=elsewhere,
                             env=env, capture_output=True, text=True, timeout=120)
    assert '"findings_in_key"' in listing.stdout
