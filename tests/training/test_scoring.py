"""Scoring trainees against an answer key: exact, partial, missed, and bad results files."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from bla_assistant.core.training.exercise_file import load_exercise, load_exercises
from bla_assistant.core.training.results_file import (
    Results,
    ResultsFileError,
    TraineeFinding,
    read_results,
    write_results,
)
from bla_assistant.core.training.scoring import article_number, score_results

REPO = Path(__file__).resolve().parents[2]
EXERCISE = REPO / "exercises" / "bla-missing-social-security" / "exercise.yaml"


@pytest.fixture
def exercise():
    return load_exercise(EXERCISE)


def results(*findings: tuple[str, str]) -> Results:
    return Results("bla-missing-social-security", "Group A",
                   [TraineeFinding(element=e, article=a) for a, e in findings])


@pytest.mark.parametrize("label, number", [
    ("7", "7"), ("Art. 7", "7"), ("Article VII", "7"), ("article 1er", "1"),
    ("Article premier", "1"), ("XIV", "14"), ("", ""), ("Section 4", "4"),
])
def test_article_labels_normalise(label, number):
    assert article_number(label) == number


def test_perfect_answer_scores_one(exercise):
    perfect = results(*[(k.article, k.element) for k in exercise.key])
    score = score_results(exercise, perfect)
    assert (score.precision, score.recall, score.score) == (1.0, 1.0, 1.0)
    assert all(f.status == "found" for f in score.feedback)


def test_right_element_wrong_article_earns_half(exercise):
    score = score_results(exercise, results(("6", "bla.fair_recruitment_no_fees")))
    feedback = {f.key.element: f for f in score.feedback}
    assert feedback["bla.fair_recruitment_no_fees"].status == "wrong_article"
    assert feedback["bla.fair_recruitment_no_fees"].credit == 0.5
    assert score.precision == 0.5
    assert score.recall == pytest.approx(0.5 / len(exercise.key))


def test_missing_provision_found_whatever_article_given(exercise):
    score = score_results(exercise, results(("Article 12", "bla.social_security")))
    assert next(f for f in score.feedback if f.key.element == "bla.social_security").credit == 1


def test_false_alarms_lower_precision_not_recall(exercise):
    honest = score_results(exercise, results(("4", "bla.fair_recruitment_no_fees")))
    noisy = score_results(exercise, results(
        ("4", "bla.fair_recruitment_no_fees"), ("1", "bla.objectives"), ("2", "bla.definitions"),
    ))
    assert noisy.recall == honest.recall
    assert noisy.precision == pytest.approx(1 / 3)
    assert [u.element for u in noisy.unmatched] == ["bla.objectives", "bla.definitions"]


def test_one_finding_earns_credit_once(exercise):
    score = score_results(exercise, results(("", "bla.insurance")))
    assert sum(f.credit for f in score.feedback) == 1.0


def test_exact_match_is_not_stolen_by_partial(exercise):
    # Both findings name bla.health_care; the one in article 7 must get the full credit.
    score = score_results(exercise, results(("3", "bla.health_care"), ("VII", "bla.health_care")))
    health = next(f for f in score.feedback if f.key.element == "bla.health_care")
    assert health.status == "found" and health.matched.article == "VII"


def test_no_findings_scores_zero(exercise):
    score = score_results(exercise, results())
    assert (score.precision, score.recall, score.score) == (0.0, 0.0, 0.0)


def test_results_round_trip(tmp_path):
    path = tmp_path / "g.yaml"
    original = results(("4", "bla.fair_recruitment_no_fees"))
    write_results(original, path)
    assert read_results(path).findings == original.findings


@pytest.mark.parametrize("content, expected", [
    ("exercise: x\ngroup: [\n", "YAML syntax error"),
    ("exercise: x\nfindings: []\n", "field 'group' is missing; add it"),
    ("exercise: x\ngroup: G\nfindings:\n  - {article: 3}\n",
     "field 'findings[0].element' is missing; add it"),
    ("exercise: x\ngroup: G\nfindings: notalist\n", "field 'findings' must be a list"),
    ("", "file is empty"),
])
def test_corrupt_results_file_is_named_and_explained(tmp_path, content, expected):
    path = tmp_path / "results.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ResultsFileError) as caught:
        read_results(path)
    message = str(caught.value)
    assert str(path) in message and expected in message


def test_binary_garbage_results_file(tmp_path):
    path = tmp_path / "results.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(ResultsFileError, match="not UTF-8"):
        read_results(path)


def test_every_shipped_exercise_loads_and_has_both_languages(library):
    exercises, problems = load_exercises(REPO / "exercises")
    assert problems == []
    assert exercises
    for exercise in exercises:
        assert set(exercise.languages) >= {"en", "fr"}
        assert set(exercise.draft) >= {"en", "fr"}
        for key in exercise.key:
            assert key.why.get("fr") and key.model_fix.get("fr")
            assert key.element.startswith("clarity.") or key.element in library.elements
            if key.article:
                assert any(a.number == key.article for a in exercise.draft["en"]), key.id


def test_shipped_draft_docx_matches_yaml():
    exercises, _ = load_exercises(REPO / "exercises")
    for exercise in exercises:
        for lang, articles in exercise.draft.items():
            with zipfile.ZipFile(exercise.folder / f"draft.{lang}.docx") as docx:
                xml = docx.read("word/document.xml").decode("utf-8")
            for article in articles:
                assert article.heading in xml, (exercise.id, lang, article.number)


def _cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bla_assistant", "exercise", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})


def test_cli_list_json_shape():
    listing = json.loads(_cli("list", "--json").stdout)
    row = next(r for r in listing if r["id"] == "bla-missing-social-security")
    assert set(row) >= {"id", "title", "languages", "findings_in_key"}
    assert row["findings_in_key"] == len(load_exercise(EXERCISE).key)


def test_cli_start_then_score(tmp_path):
    started = _cli("start", "bla-missing-social-security", "--dir", str(tmp_path), "--lang", "fr")
    assert started.returncode == 0, started.stderr
    results_path = tmp_path / "bla-missing-social-security.results.yaml"
    data = yaml.safe_load(results_path.read_text(encoding="utf-8"))
    data["findings"] = [{"article": "IV", "element": "bla.fair_recruitment_no_fees"},
                        {"article": "", "element": "bla.insurance", "comment": "aucune"}]
    results_path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    scored = _cli("score", str(results_path), "--json")
    assert scored.returncode == 0, scored.stderr
    report = json.loads(scored.stdout)
    assert report["precision"] == 1.0
    assert 0 < report["recall"] < 1 and 0 < report["score"] < 1
    statuses = {f["element"]: f["status"] for f in report["feedback"]}
    assert statuses["bla.insurance"] == "found" and statuses["bla.social_security"] == "missed"


def test_cli_score_corrupt_file_exits_1(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("group: [\n", encoding="utf-8")
    result = _cli("score", str(bad))
    assert result.returncode == 1
    assert "bad.yaml:" in result.stderr


def test_debrief_docx_opens_in_libreoffice(tmp_path, soffice, exercise):
    from bla_assistant.core.training.exercise_docx import write_debrief_docx

    scores = [
        score_results(exercise, results(("4", "bla.fair_recruitment_no_fees"))),
        score_results(exercise, Results("bla-missing-social-security", "Groupe B", [
            TraineeFinding("bla.insurance"), TraineeFinding("bla.objectives", "1")])),
    ]
    out = write_debrief_docx(exercise, scores, "fr", tmp_path / "debrief.docx")
    converted = subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", "txt:Text", "--outdir", str(tmp_path), str(out)],
        capture_output=True, text=True, timeout=180,
    )
    text = (tmp_path / "debrief.txt").read_text(encoding="utf-8-sig")
    assert converted.returncode == 0
    assert "Groupe B" in text and "Group A" in text
    assert "manqué par tous les groupes" in text  # bla.social_security was found by nobody
    assert "bla.objectives" in text  # a finding outside the key, listed for discussion
