"""Small projects built in code for the project and drafting tests."""

from __future__ import annotations

from bla_assistant.core.project.model import Article, Party, Project, Signatory


def sample_project() -> Project:
    project = Project(
        title={"en": "Agreement on domestic workers",
               "fr": "Accord sur les travailleurs domestiques"},
        agreement_type="BLA",
        party_a=Party(
            name={"en": "the Republic of Kenya", "fr": "la République du Kenya"},
            short_name={"en": "Kenya", "fr": "le Kenya"},
            competent_authority={"en": "the Ministry of Labour of Kenya",
                                 "fr": "le Ministère du Travail du Kenya"},
            signatory=Signatory("Jane Wanjiru", {"en": "Cabinet Secretary for Labour"}),
            role="origin",
        ),
        party_b=Party(
            name={"en": "the Kingdom of Saudi Arabia", "fr": "le Royaume d'Arabie saoudite"},
            short_name={"en": "Saudi Arabia", "fr": "l'Arabie saoudite"},
            competent_authority={"en": "the Ministry of Human Resources",
                                 "fr": "le Ministère des Ressources humaines"},
            signatory=Signatory("Ahmed Al-Harbi", {"en": "Minister of Human Resources"}),
            role="destination",
        ),
        place={"en": "Nairobi"},
        date="2026-03-15",
        languages=["en", "fr"],
        sector="domestic_work",
    )
    project.articles.append(Article(uid="fees", clause_id="bla.fair_recruitment_no_fees",
                                    variant="protective", parameters={"refund_days": 30}))
    project.articles.append(Article(uid="final", free_text={"en": "This Agreement enters into "
                                                            "force on signature."},
                                    heading={"en": "Entry into force"}))
    return project
