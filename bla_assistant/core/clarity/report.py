"""Clarity findings for reports: plain dicts for JSON, text lines for the CLI, an HTML section."""

from __future__ import annotations

from collections import Counter
from html import escape

from bla_assistant.core.clarity.findings import SEVERITY_ORDER, ClarityFinding

LABELS = {
    "en": {"heading": "Drafting clarity", "none": "No drafting weaknesses found.",
           "article": "Article", "preamble": "Preamble / unnumbered text",
           "suggestion": "Suggested rewrite", "model": "Model clause",
           "text": "Text", "problem": "Problem",
           "high": "high", "medium": "medium", "low": "low",
           "intro": "Passages that are present but may not hold: weak or vague wording, "
                    "missing duty-bearers or deadlines, undefined terms, broken references."},
    "fr": {"heading": "Clarté de la rédaction", "none": "Aucune faiblesse de rédaction relevée.",
           "article": "Article", "preamble": "Préambule / texte non numéroté",
           "suggestion": "Reformulation proposée", "model": "Clause type",
           "text": "Texte", "problem": "Problème",
           "high": "élevée", "medium": "moyenne", "low": "faible",
           "intro": "Passages présents mais fragiles : formulation faible ou vague, débiteur ou "
                    "délai manquant, termes non définis, renvois erronés."},
}


def clarity_dicts(findings: list[ClarityFinding]) -> list[dict]:
    return [f.to_dict() for f in findings]


def summary(findings: list[ClarityFinding], word_count: int) -> dict:
    by_severity = Counter(f.severity for f in findings)
    per_thousand = round(len(findings) * 1000 / word_count, 2) if word_count else None
    return {
        "findings": len(findings),
        "by_severity": {s: by_severity.get(s, 0) for s in SEVERITY_ORDER},
        "by_rule": dict(sorted(Counter(f.rule_id for f in findings).items())),
        "words": word_count,
        "per_1000_words": per_thousand,
    }


def text_lines(findings: list[ClarityFinding], lang: str = "en") -> list[str]:
    labels = LABELS.get(lang, LABELS["en"])
    if not findings:
        return [labels["none"]]
    out = []
    for f in findings:
        where = f.article_title or labels["preamble"]
        out.append(f"{where}  [{labels[f.severity]}] {f.rule_id}")
        out.append(f"  « {f.marked_quote()} »" if lang == "fr" else f"  \"{f.marked_quote()}\"")
        out.append(f"  {f.message}")
        out.append(f"  {labels['suggestion']}: {f.suggestion}")
        out.append("")
    return out


def clarity_section_html(findings: list[ClarityFinding], lang: str = "en") -> str:
    """A self-contained <section> for the gap report (HTML, or converted to Word)."""
    labels = LABELS.get(lang, LABELS["en"])
    parts = [f'<section class="clarity" lang="{lang}">',
             f"<h2>{escape(labels['heading'])}</h2>",
             f"<p>{escape(labels['intro'])}</p>"]
    if not findings:
        parts.append(f"<p>{escape(labels['none'])}</p>")
    else:
        parts.append("<table><thead><tr>"
                     f"<th>{escape(labels['article'])}</th><th>!</th>"
                     f"<th>{escape(labels['text'])}</th><th>{escape(labels['problem'])}</th>"
                     f"<th>{escape(labels['suggestion'])}</th></tr></thead><tbody>")
        for f in findings:
            a, b = f.span
            quote = (escape(f.quote[:a]) + f"<mark>{escape(f.quote[a:b])}</mark>"
                     + escape(f.quote[b:])) if a != b else escape(f.quote)
            model = ""
            if f.model_clause:
                model = (f"<details><summary>{escape(labels['model'])}: "
                         f"{escape(f.model_clause.clause_id)}</summary>"
                         f"<p>{escape(f.model_clause.text)}</p></details>")
            parts.append(
                f'<tr class="severity-{f.severity}" data-rule="{escape(f.rule_id)}">'
                f"<td>{escape(f.article_title or labels['preamble'])}</td>"
                f"<td>{escape(labels[f.severity])}</td>"
                f"<td><q>{quote}</q></td>"
                f"<td>{escape(f.message)}</td>"
                f"<td>{escape(f.suggestion)}{model}</td></tr>")
        parts.append("</tbody></table>")
    parts.append("</section>")
    return "\n".join(parts)
