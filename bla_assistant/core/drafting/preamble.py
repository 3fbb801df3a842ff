"""The title and preamble of the agreement, generated from the project unless overridden."""

from __future__ import annotations

from bla_assistant.core.drafting.context import project_context
from bla_assistant.core.drafting.render import render_preamble_article
from bla_assistant.core.library.model import Library
from bla_assistant.core.project.model import Project, text_in

_DEFAULT_TITLES = {
    "BLA": {"en": "Agreement between {party_a} and {party_b} on Labour Migration and the "
                  "Employment of Workers",
            "fr": "Accord entre {party_a} et {party_b} relatif aux migrations de main-d'œuvre "
                  "et à l'emploi des travailleurs"},
    "MoU": {"en": "Memorandum of Understanding between {party_a} and {party_b} on Labour "
                  "Cooperation",
            "fr": "Mémorandum d'entente entre {party_a} et {party_b} sur la coopération en "
                  "matière de travail"},
    "SSA": {"en": "Agreement on Social Security between {party_a} and {party_b}",
            "fr": "Convention de sécurité sociale entre {party_a} et {party_b}"},
}

# Our own wording of the usual motives (cf. the preambles of ILO R86 (1949) Annex and the
# ILO model SSA provisions, C157 (1982) Annex): cooperation, protection, equality of treatment.
_PREAMBLES = {
    "BLA": {
        "en": [
            "{party_a} and {party_b}, hereinafter referred to as \u201cthe Parties\u201d,",
            "Wishing to strengthen the friendly relations and the cooperation between their "
            "two countries in the field of labour and employment;",
            "Recognising that labour migration governed by clear rules benefits the workers, "
            "their families and both countries, and that migrant workers must be protected "
            "at every stage, from recruitment to return;",
            "Mindful of their obligations under the international labour standards and human "
            "rights instruments to which they are party, and of their national laws;",
            "Have agreed as follows:",
        ],
        "fr": [
            "{party_a} et {party_b}, ci-après dénommés « les Parties »,",
            "Désireux de renforcer les relations d'amitié et la coopération entre leurs deux "
            "pays dans le domaine du travail et de l'emploi ;",
            "Reconnaissant que des migrations de main-d'œuvre encadrées par des règles claires "
            "profitent aux travailleurs, à leurs familles et aux deux pays, et que les "
            "travailleurs migrants doivent être protégés à chaque étape, du recrutement au "
            "retour ;",
            "Conscients des obligations qui découlent des normes internationales du travail et "
            "des instruments relatifs aux droits humains auxquels ils sont parties, ainsi que "
            "de leur législation nationale ;",
            "Sont convenus de ce qui suit :",
        ],
    },
    "SSA": {
        "en": [
            "{party_a} and {party_b}, hereinafter referred to as \u201cthe Parties\u201d,",
            "Wishing to settle their relations in the field of social security;",
            "Resolved that persons who work or have worked in both countries should keep the "
            "rights they have earned and enjoy equal treatment;",
            "Have agreed as follows:",
        ],
        "fr": [
            "{party_a} et {party_b}, ci-après dénommés « les Parties »,",
            "Désireux de régler leurs rapports dans le domaine de la sécurité sociale ;",
            "Résolus à ce que les personnes qui travaillent ou ont travaillé dans les deux pays "
            "conservent les droits acquis et bénéficient de l'égalité de traitement ;",
            "Sont convenus de ce qui suit :",
        ],
    },
}
_PREAMBLES["MoU"] = {
    "en": [line.replace("Have agreed as follows:", "Have reached the following understanding:")
           for line in _PREAMBLES["BLA"]["en"]],
    "fr": [line.replace("Sont convenus de ce qui suit :", "Sont parvenus à l'entente suivante :")
           for line in _PREAMBLES["BLA"]["fr"]],
}


def _fmt(template: str, context: dict[str, str]) -> str:
    text = template.format(**context)
    return text[0].upper() + text[1:] if text else text


def agreement_title(project: Project, lang: str) -> str:
    title = text_in(project.title, lang)
    if title:
        return title
    templates = _DEFAULT_TITLES.get(project.agreement_type, _DEFAULT_TITLES["BLA"])
    return _fmt(templates.get(lang) or templates["en"], project_context(project, lang))


def preamble_paragraphs(project: Project, lang: str, library: Library | None = None,
                        draft: bool = True) -> list[str]:
    """The preamble, one recital per item: the project's own text (split on blank lines),
    else a preamble clause among its articles, else a generic one for the agreement type."""
    own = text_in(project.preamble, lang)
    if own:
        return [p.strip() for p in own.split("\n\n") if p.strip()]
    if library is not None:
        from_clause = render_preamble_article(project, library, lang, draft)
        if from_clause:
            return from_clause
    lines = _PREAMBLES.get(project.agreement_type, _PREAMBLES["BLA"])
    lines_lang = lines.get(lang) or lines["en"]
    context = project_context(project, lang)
    return [_fmt(line, context) for line in lines_lang]
