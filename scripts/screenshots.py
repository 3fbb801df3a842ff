"""Render the main views to docs/screenshots/*.png with `bla-assistant --screenshot`.

A demo BLA (two negotiation rounds) is built with the core commands, saved to a temporary folder
and opened the way a user would open it. Run:  PYTHONPATH=. .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEMO_CLAUSES = (
    "bla.objectives", "bla.scope", "bla.definitions", "bla.competent_authorities",
    "bla.fair_recruitment_no_fees", "bla.recruitment_agencies_licensing",
    "bla.employment_contract", "bla.contract_substitution_prohibited", "bla.wages_payment",
    "bla.working_time_rest_leave", "bla.accommodation_living", "bla.social_security",
    "bla.insurance", "bla.joint_committee", "bla.dispute_settlement_parties",
)


def demo_projects(library, folder: Path) -> tuple[Path, Path]:
    """Round 1 (our first draft) and round 2 (after the first session of talks)."""
    from bla_assistant.core.project import commands as c
    from bla_assistant.core.project.model import Party, Project
    from bla_assistant.core.project.project_file import save_project

    project = Project(
        title={"en": "Agreement on the recruitment and employment of workers",
               "fr": "Accord relatif au recrutement et à l'emploi des travailleurs"},
        agreement_type="BLA",
        party_a=Party(name={"": "the Republic of Ghana"}, short_name={"": "Ghana"},
                      competent_authority={"": "the Ministry of Employment and Labour "
                                               "Relations"}, role="origin"),
        party_b=Party(name={"": "the State of Qatar"}, short_name={"": "Qatar"},
                      competent_authority={"": "the Ministry of Labour"}, role="destination"),
        languages=["en", "fr"], sector="all")
    for clause_id in DEMO_CLAUSES:
        if clause_id in library.clauses:
            c.add_clause_article(project, clause_id, library=library)
    round_1 = folder / "ghana-qatar-round-1.bla.yaml"
    save_project(project, round_1)
    c.start_round(project, date="2026-03-10", place="Doha")
    uids = {a.clause_id: a.uid for a in project.articles}
    fees = uids.get("bla.fair_recruitment_no_fees")
    if fees:
        c.set_parameter(project, fees, "refund_days", 60)
        c.set_status(project, fees, "contested")
        c.set_position(project, fees, "A", "Employer pays every cost; refund within 30 days.")
        c.set_position(project, fees, "B", "Accepts employer pays; wants 90 days to refund.")
        c.add_comment(project, fees, "Qatar asks for a longer refund period.", "Delegation")
    for key, status in (("bla.objectives", "agreed"), ("bla.scope", "agreed"),
                        ("bla.definitions", "agreed"), ("bla.social_security", "parked"),
                        ("bla.dispute_settlement_parties", "withdrawn")):
        if key in uids:
            c.set_status(project, uids[key], status)
    if "bla.joint_committee" in uids and "bla.competent_authorities" in uids:
        c.move_article(project, uids["bla.joint_committee"], 4)
    round_2 = folder / "ghana-qatar-round-2.bla.yaml"
    save_project(project, round_2)
    return round_1, round_2


SHOTS = (
    ("library.png", ["--view", "library"]),
    ("workspace.png", ["--view", "workspace", "--project", "{round_2}"]),
    ("gaps.png", ["--view", "gaps", "--project", "{round_2}"]),
    ("compare.png", ["--view", "compare", "--project", "{round_2}", "--against", "{round_1}"]),
    ("workspace-fr.png", ["--view", "workspace", "--project", "{round_2}", "--lang", "fr"]),
    ("library-fr.png", ["--view", "library", "--lang", "fr"]),
    ("welcome.png", ["--view", "workspace"]),
    ("training.png", ["--view", "training"]),
)


def main() -> int:
    from bla_assistant.core.library.loader import load_library

    out_dir = ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bla-shots-") as tmp:
        round_1, round_2 = demo_projects(load_library(), Path(tmp))
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
                   BLA_ASSISTANT_CONFIG=str(Path(tmp) / "config"))
        failures = 0
        for name, args in SHOTS:
            args = [a.format(round_1=round_1, round_2=round_2) for a in args]
            command = [sys.executable, "-m", "bla_assistant", "--screenshot",
                       str(out_dir / name), *args]
            result = subprocess.run(command, env=env, capture_output=True, text=True,
                                    timeout=180)
            print(result.stdout.strip() or result.stderr.strip())
            failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
