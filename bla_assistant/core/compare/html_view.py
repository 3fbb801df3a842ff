"""A self-contained HTML page showing both drafts side by side, paragraph against paragraph.

Colours follow the legal convention reviewers ask for: deletions red and struck through,
insertions blue and underlined, moves green. A moved article shows its full word diff at its
new place, and a one-line pointer at its old place. No scripts, no external files: it opens
offline in any browser.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from bla_assistant.core.compare.model import ArticleChange, Comparison
from bla_assistant.core.compare.paragraph_diff import ParagraphDiff

_CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; } ul.summary li { margin: .2em 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td, th { vertical-align: top; padding: .3em .6em; border-bottom: 1px solid #eee; }
th { text-align: left; background: #f4f4f4; }
tr.unit th { background: #e8eef7; font-weight: 600; }
tr.unit.moved th { background: #e3f3e3; }
tr.unit.same > td { background: #f8f8f8; color: #555; }
details > summary { cursor: pointer; }
td.heading { font-weight: 600; }
del { color: #b00020; text-decoration: line-through; background: #fdecee; }
ins { color: #0b4fb3; text-decoration: underline; background: #eaf1fd; }
.moved-text { color: #1b7a1b; }
.note { color: #666; font-style: italic; }
.level1 { padding-left: 1.5em; } .level2 { padding-left: 3em; } .level3 { padding-left: 4.5em; }
"""


_LABELS = {
    "en": {"comparison": "Comparison", "summary": "Summary", "side": "Side by side",
           "checklist": "Checklist", "lost": "Lost", "weakened": "Weakened", "gained": "Gained",
           "changed": "Changed", "strengthened": "Strengthened",
           "moved": "{}: moved, now {} (shown there)",
           "no_change": ": no change", "renumbered": "{} (was {}): text unchanged"},
    "fr": {"comparison": "Comparaison", "summary": "Résumé", "side": "Côte à côte",
           "checklist": "Liste de contrôle", "lost": "Perdus", "weakened": "Affaiblis",
           "gained": "Ajoutés", "changed": "Modifiés", "strengthened": "Renforcés",
           "moved": "{} : déplacé, désormais {} (voir à cet endroit)",
           "no_change": " : inchangé", "renumbered": "{} (ancien {}) : texte inchangé"},
}


def render_html(comparison: Comparison, *, title_old: str = "Draft A",
                title_new: str = "Draft B", checklist_delta: dict | None = None) -> str:
    lang = comparison.lang if comparison.lang in _LABELS else "en"
    labels = _LABELS[lang]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{labels['comparison']}: {escape(title_old)} / {escape(title_new)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{escape(title_old)} &rarr; {escape(title_new)}</h1>",
        f'<h2>{labels["summary"]}</h2><ul class="summary">',
        *[f"<li>{escape(line)}</li>" for line in comparison.summary_lines],
        "</ul>",
    ]
    if checklist_delta:
        out += _delta_html(checklist_delta, labels)
    out += [f"<h2>{labels['side']}</h2>", "<table>",
            f"<tr><th>{escape(title_old)}</th><th>{escape(title_new)}</th></tr>"]
    for placement in comparison.placements:
        change = comparison.change_for(placement.unit)
        out += _unit_rows(change, placement.side, labels)
    out += ["</table>", "</body></html>"]
    return "\n".join(out)


def write_html(comparison: Comparison, target: Path, **kwargs) -> None:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_html(comparison, **kwargs), encoding="utf-8")


def _unit_rows(change: ArticleChange, side: str, labels: dict[str, str]) -> list[str]:
    moved = " moved" if change.moved else ""
    if side == "old" and change.moved:
        text = labels["moved"].format(", ".join(r.name for r in change.old),
                                      ", ".join(r.name for r in change.new))
        return [f'<tr class="unit{moved}"><th colspan="2">{escape(text)}</th></tr>']
    header = change.summary or _plain_name(change, labels)
    body = [_paragraph_row(para, change.moved) for para in change.paragraphs]
    if not change.summary and not change.moved:
        # Unchanged (or only renumbered): folded, so the changes stand out in a long draft.
        return [f'<tr class="unit same"><td colspan="2"><details><summary>{escape(header)}'
                f'</summary><table>{"".join(body)}</table></details></td></tr>']
    return [f'<tr class="unit{moved}"><th colspan="2">{escape(header)}</th></tr>', *body]


def _plain_name(change: ArticleChange, labels: dict[str, str]) -> str:
    if change.renumbered:
        return labels["renumbered"].format(change.new[0].name, change.old[0].number)
    refs = change.new or change.old
    return ", ".join(r.name for r in refs) + ("" if change.changed else labels["no_change"])


def _cell(line, html: str) -> str:
    if line is None:
        return "<td></td>"
    classes = []
    if line.role in ("heading", "part"):
        classes.append("heading")
    if line.level:
        classes.append(f"level{min(line.level, 3)}")
    attr = f' class="{" ".join(classes)}"' if classes else ""
    return f"<td{attr}>{html}</td>"


def _paragraph_row(para: ParagraphDiff, moved: bool) -> str:
    wrap = (lambda s: f'<span class="moved-text">{s}</span>') if moved else (lambda s: s)
    if para.op == "insert":
        return f"<tr><td></td>{_cell(para.new, f'<ins>{escape(para.new.text)}</ins>')}</tr>"
    if para.op == "delete":
        return f"<tr>{_cell(para.old, f'<del>{escape(para.old.text)}</del>')}<td></td></tr>"
    left, right = [], []

    def html(text: str) -> str:
        return escape(text).replace("\n", "<br>")  # paragraph breaks of split/merged text

    for op in para.ops:
        if op.op == "equal":
            left.append(wrap(html(op.old)))
            right.append(wrap(html(op.new)))
            continue
        if op.old:
            left.append(f"<del>{html(op.old)}</del>")
        if op.new:
            right.append(f"<ins>{html(op.new)}</ins>")
    return f"<tr>{_cell(para.old, ''.join(left))}{_cell(para.new, ''.join(right))}</tr>"


def _delta_html(delta: dict, labels: dict[str, str]) -> list[str]:
    out = [f"<h2>{labels['checklist']}</h2>"]
    if delta.get("method"):
        out.append(f'<p class="note">{escape(delta["method"])}</p>')
    for key in ("lost", "weakened", "gained", "strengthened", "changed"):
        label = labels[key]
        items = delta.get(key) or []
        if not items:
            continue
        out.append(f"<h3>{label} ({len(items)})</h3><ul>")
        out += [f"<li>{escape(item['element_id'])}: {escape(item.get('detail', ''))}</li>"
                for item in items]
        out.append("</ul>")
    return out
