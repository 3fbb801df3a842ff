"""`bla-assistant check` on a project file judges its clauses, variants and statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bla_assistant.core.project.commands import set_variant
from bla_assistant.core.project.project_file import load_project, save_project

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "kenya-saudi-arabia-domestic-workers.bla.yaml"


def _check(path: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "bla_assistant", "check", str(path), "--format", "json",
         "--checklist", "au-bla"],
        capture_output=True, text=True, timeout=300,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_fallback_variant_makes_the_element_weak(tmp_path):
    project = load_project(EXAMPLE)
    fees = next(a for a in project.articles if a.clause_id == "bla.fair_recruitment_no_fees")
    set_variant(project, fees.uid, "fallback")
    changed = tmp_path / "fallback.bla.yaml"
    save_project(project, changed)

    before = {i["element_id"]: i for i in _check(EXAMPLE)["items"]}
    after = {i["element_id"]: i for i in _check(changed)["items"]}
    item = after["bla.fair_recruitment_no_fees"]
    assert item["status"] == "weak"
    assert "fallback" in item["reason"]
    assert item["suggestion"] == "bla.fair_recruitment_no_fees"
    assert before["bla.fair_recruitment_no_fees"].get("reason", "") != item["reason"]


def test_broken_project_file_gets_an_error_entry(tmp_path):
    broken = tmp_path / "broken.bla.yaml"
    broken.write_text("schema_version: 1\ntitle: [\n", encoding="utf-8")
    report = _check(broken)
    assert report["error"] and "broken.bla.yaml" in report["error"]
