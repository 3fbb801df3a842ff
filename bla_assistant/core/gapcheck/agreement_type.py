"""Tell a social security agreement from a labour agreement or a labour MoU."""

from __future__ import annotations

import re

from bla_assistant.core.documents.language import language_sample
from bla_assistant.core.documents.model import DraftDocument
from bla_assistant.core.gapcheck.normalise import fold

_SSA = re.compile(r"\b(social security|securite sociale|seguridad social|totali[sz]\w*|"
                  r"old age|vieillesse|pension\w*|periods? of (?:insurance|coverage|contribution)|"
                  r"periodes? d'assurance|invalidit\w*|disability|survivor\w*|survivants?|"
                  r"competent institution|institution competente|benefits?|prestations?)\b")
_LABOUR = re.compile(r"\b(recruit\w*|recrutement|employment contract|contrat de travail|"
                     r"migrant workers?|travailleurs? migrants?|work permits?|permis de travail|"
                     r"employers?|employeurs?|wages?|salaires?|labour|main-d'oeuvre|"
                     r"domestic workers?|pre-departure|avant le depart|placement)\b")
TYPE_SAMPLE_CHARS = 6_000
_MOU = re.compile(r"\b(memorandum of understanding|protocole d'accord|memorandum d'entente|"
                  r"memorandum d'accord)\b")


def detect_agreement_type(document: DraftDocument, folded_body: str | None = None) -> str:
    """"SSA", "BLA" or "MoU" (a labour memorandum of understanding).

    `folded_body` is the draft's text already folded (the gap check has it); a sample from
    its beginning, middle and end tells the type as well as the whole text would.
    """
    head = fold(" ".join([document.title] + [a.heading for a in document.articles[:3]]
                         + [p.text for a in document.articles[:2] for p in a.paragraphs[:3]]))
    if folded_body is None:
        folded_body = fold("\n".join(a.text for a in document.articles))
    body = language_sample(folded_body, TYPE_SAMPLE_CHARS)
    ssa = len(_SSA.findall(body))
    labour = len(_LABOUR.findall(body))
    title_ssa = bool(re.search(r"social security|securite sociale", head))
    if title_ssa or ssa > 1.5 * labour:
        return "SSA"
    if _MOU.search(head):
        return "MoU"
    return "BLA"
