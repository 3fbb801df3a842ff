"""Helpers for the Word output tests: examples, XML parts, text of styled paragraphs."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "examples").glob("*.bla.yaml"))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def part(docx_path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(docx_path) as archive:
        return etree.fromstring(archive.read(name))


def part_names(docx_path: Path) -> list[str]:
    with zipfile.ZipFile(docx_path) as archive:
        return archive.namelist()


def paragraphs_with_style(document: etree._Element, style_id: str) -> list[etree._Element]:
    return document.xpath(f"//w:p[w:pPr/w:pStyle/@w:val='{style_id}']", namespaces=NS)


def text_of(p: etree._Element) -> str:
    return "".join(p.xpath(".//w:t/text()", namespaces=NS))


TYPED_ARTICLE = re.compile(r"^\s*(Article|Artigo|Art\.)\s+\d+", re.IGNORECASE)
