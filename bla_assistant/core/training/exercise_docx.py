"""Word files for training: the flawed draft handed to trainees, and the facilitator's debrief."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.shared import Pt

from bla_assistant.core.library.model import pick
from bla_assistant.core.training.exercise import Exercise
from bla_assistant.core.training.scoring import Score

_ARTICLE_WORD = {"en": "Article", "fr": "Article", "pt": "Artigo"}


def write_draft_docx(exercise: Exercise, lang: str, path: Path) -> Path:
    """The draft as the other party would send it: typed article numbers, plain styles."""
    document = Document()
    document.core_properties.title = pick(exercise.title, lang)
    document.core_properties.subject = "Training exercise draft"
    document.add_heading(pick(exercise.title, lang), level=1)
    for article in exercise.draft[lang]:
        document.add_heading(
            f"{_ARTICLE_WORD.get(lang, 'Article')} {article.number} — {article.heading}", level=2
        )
        for block in article.text.split("\n\n"):
            document.add_paragraph(" ".join(line.strip() for line in block.splitlines()))
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


_LABELS = {
    "en": {"title": "Debrief", "group": "Group", "precision": "Precision", "recall": "Recall",
           "score": "Score", "key": "Answer key", "found_by": "Found by", "why": "Why it matters",
           "fix": "Model fix", "ref": "Reference", "missed": "missed by all groups",
           "extra": "Findings not in the key (discuss)"},
    "fr": {"title": "Restitution", "group": "Groupe", "precision": "Précision",
           "recall": "Rappel", "score": "Note", "key": "Corrigé", "found_by": "Trouvé par",
           "why": "Pourquoi c'est important", "fix": "Correction type", "ref": "Référence",
           "missed": "manqué par tous les groupes",
           "extra": "Constats hors corrigé (à discuter)"},
}


def write_debrief_docx(exercise: Exercise, scores: Sequence[Score], lang: str, path: Path) -> Path:
    labels = _LABELS.get(lang, _LABELS["en"])
    document = Document()
    document.styles["Normal"].font.size = Pt(10)
    document.core_properties.title = f"{labels['title']}: {pick(exercise.title, lang)}"
    document.add_heading(f"{labels['title']}: {pick(exercise.title, lang)}", level=1)

    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, (labels["group"], labels["precision"],
                                                labels["recall"], labels["score"]), strict=True):
        cell.text = text
    for score in sorted(scores, key=lambda s: -s.score):
        row = table.add_row().cells
        row[0].text = score.group
        row[1].text = f"{score.precision:.0%}"
        row[2].text = f"{score.recall:.0%}"
        row[3].text = f"{score.score:.0%}"

    document.add_heading(labels["key"], level=2)
    for key in exercise.key:
        found_by = [s.group for s in scores
                    for f in s.feedback if f.key.id == key.id and f.credit > 0]
        where = f" ({_ARTICLE_WORD.get(lang, 'Article')} {key.article})" if key.article else ""
        document.add_heading(f"{key.element}{where}", level=3)
        document.add_paragraph(f"{labels['why']}: {pick(key.why, lang)}")
        document.add_paragraph(f"{labels['fix']}: {pick(key.model_fix, lang)}")
        document.add_paragraph(f"{labels['ref']}: {key.reference}")
        document.add_paragraph(
            f"{labels['found_by']}: {', '.join(found_by) if found_by else labels['missed']}"
        )
    extras = [(s.group, f) for s in scores for f in s.unmatched]
    if extras:
        document.add_heading(labels["extra"], level=2)
        for group, finding in extras:
            document.add_paragraph(
                f"{group}: {finding.element} ({finding.article or '-'}) {finding.comment}",
                style="List Bullet",
            )
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path
