"""The delegation brief: for our negotiating team, not the other Party.

One table per article with our position, theirs, red lines and fallback (the clause's
negotiator's note plus our own notes), pushback to expect, status and open questions: the paper
for the pre-negotiation meeting with national agencies and social partners.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from docx.oxml.ns import qn

from bla_assistant.core.drafting.docx_blocks import paragraph, run, table, table_row
from bla_assistant.core.drafting.docx_template import (
    clear_body,
    open_template,
    usable_width_twips,
)
from bla_assistant.core.drafting.docx_writer import DraftReport
from bla_assistant.core.drafting.preamble import agreement_title
from bla_assistant.core.drafting.render import (
    is_preamble_article,
    numbered_articles,
    render_article,
)
from bla_assistant.core.library.model import Library, pick
from bla_assistant.core.project.model import Article, Project, text_in

_W = {
    "en": {
        "title": "Delegation brief", "restricted": "Restricted: for the {party} delegation "
        "only. Do not share with the other Party.",
        "round": "Negotiation round {n}", "summary": "Status of the articles",
        "notes": "Notes of the delegation", "status": "Status", "clause": "Model clause",
        "ours": "Our position", "theirs": "Position of {party}", "why": "Why it matters",
        "red": "Red lines and fallback", "pushback": "Pushback to expect",
        "pitfalls": "Pitfalls", "questions": "Open questions and comments",
        "missing": "Values still missing", "free": "own text (no model clause)",
        "changed": "last changed in round {n}", "none": "—", "withdrawn": "Withdrawn articles",
        "article": "Article",
    },
    "fr": {
        "title": "Note à la délégation", "restricted": "Diffusion restreinte : réservé à la "
        "délégation de {party}. Ne pas communiquer à l'autre Partie.",
        "round": "Cycle de négociation {n}", "summary": "État des articles",
        "notes": "Notes de la délégation", "status": "Statut", "clause": "Clause type",
        "ours": "Notre position", "theirs": "Position de {party}",
        "why": "Pourquoi c'est important", "red": "Lignes rouges et solution de repli",
        "pushback": "Objections attendues", "pitfalls": "Pièges",
        "questions": "Questions ouvertes et commentaires", "missing": "Valeurs manquantes",
        "free": "texte propre (sans clause type)", "changed": "modifié au cycle {n}",
        "none": "—", "withdrawn": "Articles retirés", "article": "Article",
    },
}
_STATUS = {
    "en": {"proposed": "proposed", "agreed": "agreed", "contested": "contested",
           "parked": "parked", "withdrawn": "withdrawn"},
    "fr": {"proposed": "proposé", "agreed": "convenu", "contested": "contesté",
           "parked": "en suspens", "withdrawn": "retiré"},
}


def _rows(project: Project, article: Article, library: Library, lang: str,
          number: int) -> tuple[str, list[tuple[str, str]]]:
    w = _W.get(lang, _W["en"])
    clause = library.clauses.get(article.clause_id or "")
    ours_key = project.our_party
    theirs_key = "B" if ours_key == "A" else "A"
    other = text_in(project.party(theirs_key).short_name, lang) or f"Party {theirs_key}"
    rendered = render_article(project, article, library, lang, number, draft=True)
    status = _STATUS.get(lang, _STATUS["en"])[article.status]
    rows = [(w["status"], f"{status} ({w['changed'].format(n=article.last_changed_round)})")]
    if clause is not None:
        variant = next((v for v in clause.variants if v.key == article.variant),
                       clause.variants[0])
        rows.append((w["clause"], f"{pick(clause.title, lang)} [{clause.id}], "
                                  f"{pick(variant.label, lang)} ({variant.kind})"))
    elif article.clause_id:
        rows.append((w["clause"], f"[{article.clause_id}]"))
    else:
        rows.append((w["clause"], w["free"]))
    rows.append((w["ours"], article.positions.get(ours_key, "") or w["none"]))
    rows.append((w["theirs"].format(party=other),
                 article.positions.get(theirs_key, "") or w["none"]))
    red = "\n".join(filter(None, [article.notes, pick(clause.note.fallback, lang)
                                  if clause else ""]))
    rows.append((w["red"], red or w["none"]))
    if clause is not None:
        rows.append((w["why"], pick(clause.note.why_it_matters, lang)))
        rows.append((w["pushback"], pick(clause.note.pushback, lang)))
        rows.append((w["pitfalls"], pick(clause.note.pitfalls, lang)))
    questions = "\n".join(
        f"{c.author + ': ' if c.author else ''}{c.text}" for c in article.comments)
    rows.append((w["questions"], questions or w["none"]))
    if rendered.placeholders:
        rows.append((w["missing"], ", ".join(rendered.placeholders)))
    heading = rendered.heading or (text_in(article.heading, lang))
    if not number:  # the preamble clause
        return heading, rows
    return f"{w['article']} {number}: {heading}", rows


def build_brief(project: Project, library: Library, lang: str, template: Path | None = None):
    document, warnings, _ = open_template(template)
    clear_body(document)
    styles = {s.name: s.style_id for s in document.styles}
    heading = styles.get("Heading 2", styles["Article Text"])
    title_style = styles["Agreement Title"]
    text_style = styles["Annex Text"]
    body = document.element.body
    sect_pr = body.find(qn("w:sectPr"))
    w = _W.get(lang, _W["en"])
    ours = text_in(project.party(project.our_party).short_name, lang) or "our"

    def add(element) -> None:
        if sect_pr is not None:
            sect_pr.addprevious(element)
        else:
            body.append(element)

    width = usable_width_twips(document)
    add(paragraph(title_style, [run(w["title"]), run(agreement_title(project, lang),
                                                     break_before=True)]))
    add(paragraph(text_style, [run(w["restricted"].format(party=ours), bold=True)]))
    add(paragraph(text_style, [run(w["round"].format(n=project.current_round))]))
    counts = Counter(a.status for a in project.articles)
    add(paragraph(heading, [run(w["summary"])]))
    tbl = table(2, width, borders="Table Grid" in {s.name for s in document.styles})
    for status, label in _STATUS.get(lang, _STATUS["en"]).items():
        table_row(tbl, [[paragraph(text_style, [run(label)])],
                        [paragraph(text_style, [run(str(counts.get(status, 0)))])]], width)
    add(tbl)
    if project.notes:
        add(paragraph(heading, [run(w["notes"])]))
        for line in project.notes.split("\n\n"):
            add(paragraph(text_style, [run(line.strip())]))
    numbered = numbered_articles(project, library)
    number = len(numbered)
    for article in project.live_articles:
        if is_preamble_article(article, library):
            title, rows = _rows(project, article, library, lang, 0)
        else:
            title, rows = _rows(project, article, library, lang,
                                next(n for n, a in numbered if a is article))
        add(paragraph(heading, [run(title)], keep_next=True))
        widths = [width * 3 // 10, width - width * 3 // 10]
        tbl = table(2, width, borders="Table Grid" in {s.name for s in document.styles},
                    widths=widths)
        for label, value in rows:
            value_ps = [paragraph(text_style, [run(line)], align="left")
                        for line in value.split("\n")]
            table_row(tbl, [[paragraph(text_style, [run(label, bold=True)], align="left")],
                            value_ps], width, widths=widths)
        add(tbl)
    withdrawn = [a for a in project.articles if a.status == "withdrawn"]
    if withdrawn:
        add(paragraph(heading, [run(w["withdrawn"])]))
        for article in withdrawn:
            name = text_in(article.heading, lang) or article.clause_id or article.uid
            add(paragraph(text_style, [run(f"{name}: {article.notes or w['none']}")]))
    props = document.core_properties
    props.title = f"{w['title']}: {agreement_title(project, lang)}"[:255]
    props.category = "Delegation brief"
    props.author = "BLA Assistant"
    props.comments = w["restricted"].format(party=ours)
    return document, DraftReport(path=None, articles=number, warnings=warnings)


def write_brief(project: Project, library: Library, out: Path | str, lang: str | None = None,
                template: Path | None = None) -> DraftReport:
    lang = lang or (project.languages[0] if project.languages else "en")
    document, report = build_brief(project, library, lang, template)
    out = Path(out)
    document.save(str(out))
    report.path = out
    return report
