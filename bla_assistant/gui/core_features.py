"""Which core pieces this build has: a panel whose core is missing says so instead of faking it."""

from __future__ import annotations

import functools
import importlib.util

FEATURES = {
    "project": "bla_assistant.core.project.commands",
    "word_export": "bla_assistant.core.drafting.docx_writer",
    "reader": "bla_assistant.core.documents.reader",
    "gap_check": "bla_assistant.core.gapcheck.draft_check",
    "gap_report_docx": "bla_assistant.core.gapcheck.report_docx",
    "compare": "bla_assistant.core.compare.engine",
    "redline": "bla_assistant.core.compare.redline_docx",
}


@functools.cache
def available(feature: str) -> bool:
    # A build's modules do not come and go while it runs: each is looked up once, not at every
    # menu update (the lookup searches the file system).
    try:
        return importlib.util.find_spec(FEATURES[feature]) is not None
    except ModuleNotFoundError:
        return False
