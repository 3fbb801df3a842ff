"""Which core pieces this build has: a panel whose core is missing says so instead of faking it."""

from __future__ import annotations

import functools
import importlib
import importlib.util
from importlib.machinery import PathFinder

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
    module = FEATURES[feature]
    if _on_path(module):
        return True
    # Not in a folder or zip on the path: the full lookup, which also asks the meta path
    # finders (a frozen build's importer) and imports the packages on the way.
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _on_path(module: str) -> bool:
    """Whether `module` is found package by package along the paths, without importing the
    packages on the way (find_spec would run their __init__, and the welcome page asks before
    the first paint, long before those packages are needed)."""
    top, *names = module.split(".")
    path = list(importlib.import_module(top).__path__)  # bla_assistant: imported already
    for name in names:
        spec = PathFinder.find_spec(name, path)
        if spec is None:
            return False
        path = list(spec.submodule_search_locations or [])
    return True
