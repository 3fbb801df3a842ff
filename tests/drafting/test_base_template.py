"""templates/agreement-base.docx is reproducible from templates/build_base_template.py."""

from __future__ import annotations

import importlib.util

from docx_helpers import REPO, part

from bla_assistant.core.drafting.docx_styles import REQUIRED_STYLES, missing_styles


def _build(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "build_base_template", REPO / "templates" / "build_base_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build(tmp_path / "rebuilt.docx")


def test_shipped_template_matches_a_fresh_build(tmp_path):
    import docx
    from lxml import etree

    rebuilt = _build(tmp_path)
    shipped = REPO / "templates" / "agreement-base.docx"
    for name in ("word/styles.xml", "word/numbering.xml"):
        assert etree.tostring(part(rebuilt, name), method="c14n") == \
            etree.tostring(part(shipped, name), method="c14n"), name
    assert missing_styles(docx.Document(str(shipped))) == []
    assert len(REQUIRED_STYLES) >= 8
