"""Parse XML from an untrusted package: no DTD, no entities, no network, no huge trees."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from bla_assistant.core.documents.errors import DocumentReadError

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          load_dtd=False, dtd_validation=False, remove_comments=True)


def parse_part(data: bytes, path: Path, part: str) -> etree._Element:
    # OOXML never has a DOCTYPE; one is only there to declare entities (XXE, billion laughs).
    if b"<!DOCTYPE" in data or b"<\x00!\x00D\x00O\x00C" in data or b"<!ENTITY" in data:
        raise DocumentReadError(
            path, f"part '{part}' declares a DOCTYPE or entities, which Word never writes; "
            "it was refused as unsafe.", "Open it in Word and save a clean copy.")
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise DocumentReadError(path, f"part '{part}' is not well-formed XML ({exc}).",
                                "Open it in Word or LibreOffice and save it again.") from exc
    if root.getroottree().docinfo.doctype:
        raise DocumentReadError(path, f"part '{part}' declares a DOCTYPE; refused as unsafe.",
                                "Open it in Word and save a clean copy.")
    return root
