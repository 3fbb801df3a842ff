"""Gap check of imported drafts: read, detect the agreement type, run each checklist item.

Callable from the CLI and the GUI alike: plain `progress(fraction, message)` and
`should_cancel()` callables, no Qt, no global state (compiled cues live in a GapChecker).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from bla_assistant.core.documents.errors import DocumentReadError, ReadCancelled
from bla_assistant.core.documents.model import DraftDocument
from bla_assistant.core.documents.reader import SUPPORTED, read_document
from bla_assistant.core.gapcheck.agreement_type import detect_agreement_type
from bla_assistant.core.gapcheck.element_detector import (
    SIMILARITY_TOPIC_WEIGHT,
    ArticleScore,
    Detection,
    ItemCues,
    ItemMatches,
    best_per_unit,
    build_item_cues,
    decide,
    match_item,
    score_articles,
)
from bla_assistant.core.gapcheck.gap_reasons import gap_reason
from bla_assistant.core.gapcheck.indexed_draft import IndexedDraft
from bla_assistant.core.gapcheck.report import ChecklistSummary, GapItem, GapReport, error_report
from bla_assistant.core.gapcheck.similarity import TfIdf
from bla_assistant.core.library.model import Checklist, ChecklistItem, Library, pick

Progress = Callable[[float, str], None]
ShouldCancel = Callable[[], bool]
TYPES = {"bla": "BLA", "ssa": "SSA", "mou": "MoU"}


class GapCheckCancelled(Exception):
    """should_cancel() returned True."""


def choose_checklists(library: Library, agreement_type: str,
                      checklist_ids: Iterable[str] | None = None) -> list[Checklist]:
    if checklist_ids:
        missing = [c for c in checklist_ids if c not in library.checklists]
        if missing:
            known = ", ".join(sorted(library.checklists)) or "none"
            raise ValueError(f"unknown checklist {', '.join(missing)}; known: {known}")
        return [library.checklists[c] for c in checklist_ids]
    wanted = {agreement_type, "BLA"} if agreement_type == "MoU" else {agreement_type}
    return [c for c in library.checklists.values() if wanted & set(c.applies_to)]


class GapChecker:
    def __init__(self, library: Library) -> None:
        self.library = library
        self._cues: dict[tuple[str, str], ItemCues] = {}

    def item_cues(self, item: ChecklistItem, lang: str) -> ItemCues:
        """The element's cues (the same in every checklist: see library.loader.share_cues)."""
        key = (item.element_id, lang)
        if key not in self._cues:
            self._cues[key] = self._build_cues(item, lang)
        return self._cues[key]

    def _build_cues(self, item: ChecklistItem, lang: str) -> ItemCues:
        def cues(mapping: dict[str, tuple[str, ...]]) -> list[str]:
            return list(mapping.get(lang) or (mapping.get("en", ()) if lang not in ("en", "fr")
                                              else ()))

        clauses = self.library.clauses_for_element(item.element_id)
        headings = cues(item.cues.headings)
        if not headings:
            # Items without cues fall back on the library's own clause headings.
            headings = [h for c in clauses for h in (pick(c.heading, lang), pick(c.title, lang))
                        if h]
        reference = "\n".join(
            part for c in clauses
            for part in [pick(c.title, lang), pick(c.heading, lang), pick(c.summary, lang)]
            + [pick(v.text, lang) for v in c.variants])
        return build_item_cues(headings, cues(item.cues.phrases), cues(item.cues.strong),
                               cues(item.cues.excludes), reference,
                               cues(item.cues.heading_excludes))

    def _in_preamble(self, element_id: str) -> bool:
        element = self.library.elements.get(element_id)
        return element is not None and element.in_preamble

    def clause_title(self, clause_id: str | None, lang: str) -> str:
        clause = self.library.clauses.get(clause_id or "")
        return pick(clause.title, lang) if clause is not None else ""

    def suggestion(self, item: ChecklistItem) -> tuple[str | None, str | None]:
        for ref in item.clauses:
            clause = self.library.clauses.get(ref.clause)
            if clause is not None:
                variant = ref.variant or next(
                    (v.key for v in clause.variants if v.kind == "protective"),
                    clause.variants[0].key if clause.variants else None)
                return clause.id, variant
        clauses = self.library.clauses_for_element(item.element_id)
        if clauses:
            clause = clauses[0]
            protective = clause.variant_of_kind("protective")
            return clause.id, protective.key if protective else None
        return (item.clauses[0].clause, item.clauses[0].variant) if item.clauses else (None, None)

    def check_document(self, document: DraftDocument, agreement_type: str = "auto",
                       checklist_ids: Iterable[str] | None = None, lang: str = "auto",
                       file: str = "", should_cancel: ShouldCancel | None = None) -> GapReport:
        index = IndexedDraft.build(document)
        detected = agreement_type.lower() == "auto"
        kind = (detect_agreement_type(document, index.text) if detected
                else TYPES[agreement_type.lower()])
        language = document.language if lang == "auto" else lang
        cue_lang = language if language in ("en", "fr") else "en"
        checklists = choose_checklists(self.library, kind, checklist_ids)
        tfidf = TfIdf(index.article_term_counts())
        report = GapReport(file=file or (str(document.path) if document.path else ""),
                           type=kind, type_detected=detected, language=language,
                           title=document.title, warnings=list(document.warnings),
                           word_count=document.word_count)
        items_by_element: dict[str, ChecklistItem] = {}
        for checklist in checklists:
            for item in checklist.items_for(kind):
                items_by_element.setdefault(item.element_id, item)
        detections = self.detect_elements(index, items_by_element, cue_lang, tfidf,
                                          should_cancel)
        for checklist in checklists:
            summary = ChecklistSummary(checklist.id, pick(checklist.title, cue_lang))
            for item in checklist.items_for(kind):
                detection = detections[item.element_id]
                clause_id, variant = self.suggestion(item)
                status = detection.status
                setattr(summary, status, getattr(summary, status) + 1)
                report.items.append(GapItem(
                    checklist=checklist.id, element_id=item.element_id,
                    question=pick(item.question, cue_lang),
                    severity=item.severity_for(kind) or "",
                    status=status, confidence=detection.confidence,
                    evidence=detection.evidence,
                    suggestion=clause_id if status != "present" else None,
                    suggestion_variant=variant if status != "present" else None,
                    reason=_reason(status, cue_lang),
                    suggestion_title=(self.clause_title(clause_id, cue_lang)
                                      if status != "present" else ""),
                ))
            report.checklists.append(summary)
        return report

    def detect_elements(self, index: IndexedDraft, items_by_element: dict[str, ChecklistItem],
                        cue_lang: str, tfidf: TfIdf,
                        should_cancel: ShouldCancel | None = None) -> dict[str, Detection]:
        """Status and evidence of each element. All are scored first: whether an article is
        "about" an element depends on what else the article provides. An element asked about
        by several checklists (a lens repeats SSA items) is one competitor, scored once."""
        all_matches: dict[str, ItemMatches] = {}
        for element_id, item in items_by_element.items():
            if should_cancel is not None and should_cancel():
                raise GapCheckCancelled()
            all_matches[element_id] = match_item(index, self.item_cues(item, cue_lang), tfidf)
        sentence_top = best_per_unit(list(all_matches.values()))
        preambles = {a for a, article in enumerate(index.articles) if article.kind == "preamble"}
        all_scores: dict[str, list[ArticleScore]] = {}
        article_top: dict[int, float] = {}
        headed_by: dict[int, set[str]] = {}
        for element_id, matches in all_matches.items():
            for a_index in matches.heading_hits:
                headed_by.setdefault(a_index, set()).add(element_id)
            scores = score_articles(index, matches, sentence_top)
            if preambles and not self._in_preamble(element_id):
                scores = [s for s in scores if s.index not in preambles]
            all_scores[element_id] = scores
            for score in scores:
                # An article that reads like the library's clause for an element (high TF-IDF
                # similarity) is about that element, even when few of its cues are present.
                topic = max(score.score, score.similarity * SIMILARITY_TOPIC_WEIGHT)
                if topic > article_top.get(score.index, 0.0):
                    article_top[score.index] = topic
        # Articles whose heading names some other element than the one being decided.
        all_headed = set(headed_by)
        headed_only_by: dict[str, set[int]] = {}
        for a_index, elements in headed_by.items():
            if len(elements) == 1:
                headed_only_by.setdefault(next(iter(elements)), set()).add(a_index)
        detections: dict[str, Detection] = {}
        for element_id, scores in all_scores.items():
            tops = article_top
            if self._in_preamble(element_id):
                # Recitals name the parties and their motives in the same sentences: in the
                # preamble these elements do not compete with each other.
                tops = {**article_top, **{s.index: s.score for s in scores
                                          if s.index in preambles}}
            detections[element_id] = decide(
                index, scores, tops, all_headed - headed_only_by.get(element_id, set()))
        return detections


def _reason(status: str, lang: str) -> str:
    if status == "missing":
        return gap_reason("no_article", lang)
    if status == "weak":
        return gap_reason("weak_evidence", lang)
    return ""


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, and the readable drafts inside each folder (sorted, not recursive)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir()
                              if p.is_file() and p.suffix.lower() in SUPPORTED
                              and not p.name.startswith(("~$", "."))))
        else:
            out.append(path)
    return out


def is_project_file(path: Path) -> bool:
    return path.name.endswith((".bla.yaml", ".bla.yml"))


def _check_project_file(path: Path, library: Library, checklist_ids: list[str],
                        lang: str) -> GapReport:
    """A project built in the app is judged on its clauses, variants, parameters and status
    (fallback variant, empty or unusual key parameter, contested article), not on its text."""
    from bla_assistant.core.gapcheck.project_gaps import check_project
    from bla_assistant.core.project.project_errors import ProjectFileError
    from bla_assistant.core.project.project_file import load_project

    try:
        project = load_project(path)
    except ProjectFileError as exc:
        return error_report(str(path), str(exc))
    report_lang = lang if lang in ("en", "fr") else project.languages[0]
    report = check_project(project, library, checklist_ids or None, report_lang)
    report.file = str(path)
    return report


def check_files(paths: Iterable[Path | str], library: Library, agreement_type: str = "auto",
                checklist_ids: Iterable[str] | None = None, lang: str = "auto",
                progress: Progress | None = None,
                should_cancel: ShouldCancel | None = None) -> list[GapReport]:
    """One report per file; a file that cannot be read gets a report with `error` set."""
    files = expand_paths(paths)
    checker = GapChecker(library)
    checklist_ids = list(checklist_ids or [])
    reports: list[GapReport] = []
    share = 1.0 / max(len(files), 1)
    for number, path in enumerate(files):

        def file_progress(fraction: float, message: str, _n: int = number) -> None:
            if progress is not None:
                progress((_n + fraction * 0.8) * share, f"[{_n + 1}/{len(files)}] {message}")

        if is_project_file(path):
            reports.append(_check_project_file(path, library, checklist_ids, lang))
            continue
        try:
            document = read_document(path, file_progress, should_cancel)
            file_progress(1.05, f"Checking {path.name}")
            reports.append(checker.check_document(document, agreement_type, checklist_ids,
                                                  lang, str(path), should_cancel))
        except DocumentReadError as exc:
            reports.append(error_report(str(path), str(exc)))
        except ReadCancelled as exc:
            raise GapCheckCancelled() from exc
    if progress is not None:
        progress(1.0, "Done")
    return reports
