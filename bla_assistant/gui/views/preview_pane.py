"""Live preview of the draft: rendered by the core, a slice at a time so the window never freezes.

Rendered articles are cached by uid; a `Changes` record drops only the articles it names (or all
of them when a project-wide field changed). QPlainTextEdit lays out lazily, so a 2,000-page draft
costs only what is on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bla_assistant.core.library.model import Library

if TYPE_CHECKING:
    from bla_assistant.core.drafting.render import RenderedArticle
from bla_assistant.core.project.model import Project
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.qt import (
    QElapsedTimer,
    QFont,
    QPlainTextEdit,
    QTextCharFormat,
    QTextCursor,
    QTimer,
    Signal,
)

# Time the GUI thread may spend per slice before giving the event loop back.
SLICE_MS = 15


class PreviewPane(QPlainTextEdit):
    """Input: set_project(project), invalidate(changes), show_article(uid). Output: rendered()."""

    rendered = Signal()

    def __init__(self, library: Library, lang: str = "en", parent=None):
        super().__init__(parent)
        self.library = library
        self.lang = lang
        self.project: Project | None = None
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFont(QFont("DejaVu Serif", 10))
        self._cache: dict[str, RenderedArticle | str] = {}
        self._blocks: dict[str, int] = {}
        self._pending_row = 0
        self._numbers: list[int] = []
        self._timer = QTimer(self)
        self._timer.setInterval(1)  # not 0: input and other timers get their turn between slices
        self._timer.timeout.connect(self._work)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._restart)
        self.heading_format = QTextCharFormat()
        self.heading_format.setFontWeight(QFont.Weight.Bold)
        self.body_format = QTextCharFormat()
        self.is_busy = False

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self._cache.clear()
        self._restart()

    def invalidate(self, changes) -> None:
        if changes.fields:
            self._cache.clear()
        for uid in changes.articles:
            self._cache.pop(uid, None)
        if "render" in changes.stale or changes.fields or changes.structure:
            self._debounce.start()

    def show_article(self, uid: str) -> None:
        block_number = self._blocks.get(uid)
        if block_number is None:
            return
        block = self.document().findBlockByNumber(block_number)
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.centerCursor()

    def _restart(self) -> None:
        self._timer.stop()
        scroll = self.verticalScrollBar().value()
        self.clear()
        self._blocks.clear()
        self._pending_row = 0
        self._scroll_back = scroll
        if self.project is None:
            self.is_busy = False
            return
        from bla_assistant.core.drafting.preamble import agreement_title

        cursor = QTextCursor(self.document())
        title_format = QTextCharFormat(self.heading_format)
        title_format.setFontPointSize(13)
        cursor.insertText(agreement_title(self.project, self.lang), title_format)
        self.is_busy = True
        self._number = 0
        self._timer.start()

    def _work(self) -> None:
        from bla_assistant.core.drafting.render import (
            RenderError,
            is_preamble_article,
            render_article,
        )

        clock = QElapsedTimer()
        clock.start()
        project = self.project
        articles = project.articles if project is not None else []
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # One edit block per slice: the document lays itself out once, not per paragraph.
        cursor.beginEditBlock()
        while self._pending_row < len(articles) and clock.elapsed() < SLICE_MS:
            article = articles[self._pending_row]
            self._pending_row += 1
            if article.status == "withdrawn":
                continue
            # As in the Word draft, a preamble clause opens the text and takes no number.
            number = None if is_preamble_article(article, self.library) else self._number + 1
            if number is not None:
                self._number = number
            rendered = self._cache.get(article.uid)
            if rendered is None:
                try:
                    rendered = render_article(project, article, self.library, self.lang,
                                              number or 0, draft=True)
                except RenderError as exc:
                    rendered = str(exc)
                self._cache[article.uid] = rendered
            self._append(cursor, article.uid, rendered, number)
        cursor.endEditBlock()
        if self._pending_row >= len(articles):
            self._timer.stop()
            self.is_busy = False
            self.verticalScrollBar().setValue(self._scroll_back)
            self.rendered.emit()

    def _append(self, cursor: QTextCursor, uid: str, rendered: RenderedArticle | str,
                number: int | None) -> None:
        cursor.insertBlock()
        cursor.insertBlock()
        self._blocks[uid] = cursor.blockNumber()
        label = tr("Preamble") if number is None else f"{tr('Article')} {number}"
        if isinstance(rendered, str):
            cursor.insertText(label, self.heading_format)
            cursor.insertBlock()
            cursor.insertText(rendered, self.body_format)
            return
        heading = label + (f" — {rendered.heading}" if rendered.heading and number else "")
        cursor.insertText(heading, self.heading_format)
        from bla_assistant.core.drafting.render import paragraph_labels

        labels = paragraph_labels(rendered.paragraphs)
        for para, label in zip(rendered.paragraphs, labels, strict=True):
            cursor.insertBlock()
            indent = "    " if para.level == 2 else ""
            cursor.insertText(f"{indent}{label} {para.text}" if label else para.text,
                              self.body_format)
