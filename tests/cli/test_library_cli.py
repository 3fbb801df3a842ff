"""`bla-assistant library ...` on the built-in library and on given folders."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bla_assistant", *args], cwd=cwd, capture_output=True,
        text=True, timeout=120, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )


def test_builtin_library_validates_clean():
    result = run("library", "validate")
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert "0 problem(s)" in result.stderr


def test_validate_reports_compiler_style_and_exits_1(tmp_path):
    (tmp_path / "broken.yaml").write_text("id: bla.x\ntitle: [\n", encoding="utf-8")
    result = run("library", "validate", str(tmp_path))
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    path, line, column, message = first.split(":", 3)
    assert path.endswith("broken.yaml") and line.isdigit() and column.isdigit()
    assert "YAML syntax error" in message


def test_validate_missing_folder_is_a_usage_error(tmp_path):
    result = run("library", "validate", str(tmp_path / "nope"))
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr


def test_list_filters_by_type_and_element():
    listing = json.loads(run("library", "list", "--type", "ssa", "--json").stdout)
    assert listing and all("SSA" in c["agreement_types"] for c in listing)
    by_element = json.loads(
        run("library", "list", "--element", "ssa.detached_workers", "--json").stdout
    )
    assert [c["id"] for c in by_element] == ["ssa.detached_workers"]
    unknown = run("library", "list", "--element", "ssa.nothing")
    assert unknown.returncode == 2 and "unknown element id" in unknown.stderr


def test_show_renders_french_with_defaults():
    result = run("library", "show", "ssa.detached_workers", "--lang", "fr", "--json")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    protective = next(v for v in shown["variants"] if v["kind"] == "protective")
    assert "24 premiers mois" in protective["text"]
    assert "[" not in protective["text"]  # no placeholder left with defaults


def test_show_unknown_clause_suggests_close_ids():
    result = run("library", "show", "ssa.detached_worker")
    assert result.returncode == 2
    assert "did you mean: ssa.detached_workers" in result.stderr


def test_stats_json_shape():
    stats = json.loads(run("library", "stats", "--json").stdout)
    row = stats["elements"]["ssa.detached_workers"]
    assert row["clauses"] >= 1 and row["variants"] >= 2
    assert row["languages"] == ["en", "fr"] and row["cited"] is True
    assert set(stats["checklists"]) and all("items" in c for c in stats["checklists"].values())
