"""About: version, what the library cites, and the licences of what ships with the app."""

from __future__ import annotations

from html import escape

from bla_assistant import __version__
from bla_assistant.core.library.model import Library
from bla_assistant.gui.i18n import tr
from bla_assistant.gui.qt import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

LICENCES = (
    ("BLA Assistant", "MIT"),
    ("Qt 6, PySide6 / shiboken6", "LGPL-3.0"),
    ("Jinja2, MarkupSafe", "BSD-3-Clause"),
    ("python-docx", "MIT"),
    ("lxml (libxml2, libxslt)", "BSD-3-Clause (MIT)"),
    ("PyYAML", "MIT"),
    ("RapidFuzz", "MIT"),
    ("platformdirs", "MIT"),
    ("jsonschema and its helpers", "MIT / Apache-2.0"),
)


def library_sources(library: Library) -> list[str]:
    """Every instrument the clauses and checklists cite, once, oldest first."""
    seen: dict[tuple[str, int], bool] = {}
    for clause in library.clauses.values():
        for source in clause.sources:
            seen.setdefault((source.instrument, source.year), source.verified)
    for checklist in library.checklists.values():
        for source in checklist.sources:
            seen.setdefault((source.instrument, source.year), source.verified)
    return [f"{name} ({year})" + ("" if verified else " *")
            for (name, year), verified in sorted(seen.items(), key=lambda kv: (kv[0][1], kv[0][0]))]


def about_html(library: Library) -> str:
    sources = "".join(f"<li>{escape(s)}</li>" for s in library_sources(library))
    licences = "".join(f"<tr><td>{escape(n)}</td><td>{escape(lic)}</td></tr>"
                       for n, lic in LICENCES)
    return (
        f"<h2>BLA Assistant {escape(__version__)}</h2>"
        f"<p>{escape(tr('Drafting, checking and comparing bilateral labour agreements and social security agreements. Works offline; nothing is sent anywhere.'))}</p>"  # noqa: E501
        f"<h3>{escape(tr('Sources cited by the library'))}</h3><ul>{sources}</ul>"
        f"<p><small>{escape(tr('* not yet verified against the original text'))}</small></p>"
        f"<h3>{escape(tr('Licences'))}</h3><table cellpadding='3'>{licences}</table>"
        f"<p><small>{escape(tr('Qt and PySide6 are used under the LGPL-3.0 and linked dynamically: you may replace them with your own build of the same version. Their source is at https://code.qt.io.'))}</small></p>"  # noqa: E501
    )


class AboutDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(tr("About BLA Assistant"))
        self.resize(560, 520)
        self.text = QTextBrowser()
        self.text.setHtml(about_html(window.context.library))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
