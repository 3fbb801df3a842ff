"""Build templates/agreement-base.docx: the styles and the article list the drafts use.

Run from the repository root after changing docx_styles.py or docx_numbering.py:

    PYTHONPATH=. python templates/build_base_template.py

A ministry can open the result in Word, restyle it, add its letterhead, and pass it with
`bla-assistant draft --template`. Styles are linked to one multilevel list in numbering.xml:
"Article 1" (style Article), "1." (Paragraph), "(a)" (Point); annexes "Annex I" (Annex).
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import docx
from docx.shared import Cm

from bla_assistant.core.drafting.docx_numbering import install_lists
from bla_assistant.core.drafting.docx_styles import add_agreement_styles

OUT = Path(__file__).resolve().parent / "agreement-base.docx"


def build(out: Path = OUT) -> Path:
    document = docx.Document()
    install_lists(document.part.numbering_part.element, "en")
    add_agreement_styles(document)
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)  # A4
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.5))
    section.top_margin = section.bottom_margin = Cm(2.5)
    props = document.core_properties
    props.title = "Agreement"
    props.author = "BLA Assistant"
    props.comments = "Base template of BLA Assistant; built by templates/build_base_template.py"
    # Fixed dates keep the file identical from one build to the next.
    stamp = datetime.datetime(2026, 1, 1)
    props.created = props.modified = stamp
    props.last_modified_by = "BLA Assistant"
    props.revision = 1
    body = document.element.body
    for child in list(body):
        if child.tag.endswith("}p"):
            body.remove(child)
    document.save(out)
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
