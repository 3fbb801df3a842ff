"""Project <-> plain data (what the YAML file holds), with checks that name the bad field."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

from bla_assistant.core.project.evented_list import EventedList
from bla_assistant.core.project.model import (
    AGREEMENT_TYPES,
    ROLES,
    SCHEMA_VERSION,
    STATUSES,
    Article,
    Comment,
    Localised,
    Party,
    Project,
    Round,
    Signatory,
)

Path_ = tuple[str | int, ...]
_LANG_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$|^$")
# The commonest hand-editing slip: {en: Entry into force, duration} splits at the comma.
_COMMA_HINT = ("A comma inside {...} separates entries: put a text that holds a comma in "
               "quotes, e.g. {en: \"Entry into force, duration\"}")
Fail = Callable[[Path_, str], Exception]


# --- to data -------------------------------------------------------------------------------


def _loc(text: Localised) -> str | dict[str, str]:
    """A language-neutral text is written as a plain string; others as {lang: text}."""
    if not text:
        return ""
    if set(text) == {""}:
        return text[""]
    return dict(text)


def _party(party: Party) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": _loc(party.name),
        "short_name": _loc(party.short_name),
        "competent_authority": _loc(party.competent_authority),
        "signatory": {"name": party.signatory.name, "title": _loc(party.signatory.title)},
    }
    if party.role:
        out["role"] = party.role
    if party.liaison_agency:
        out["liaison_agency"] = _loc(party.liaison_agency)
    return out


def _article(article: Article) -> dict[str, Any]:
    out: dict[str, Any] = {"uid": article.uid}
    if article.clause_id:
        out["clause_id"] = article.clause_id
        if article.variant:
            out["variant"] = article.variant
    if article.free_text:
        out["free_text"] = _loc(article.free_text)
    if article.heading:
        out["heading"] = _loc(article.heading)
    if article.parameters:
        out["parameters"] = dict(sorted(article.parameters.items()))
    if article.override:
        out["override"] = _loc(article.override)
    out["status"] = article.status
    if article.positions:
        out["positions"] = dict(sorted(article.positions.items()))
    if article.comments:
        out["comments"] = [
            {"text": c.text, "author": c.author, "round": c.round} for c in article.comments
        ]
    if article.notes:
        out["notes"] = article.notes
    out["last_changed_round"] = article.last_changed_round
    return out


def project_to_data(project: Project) -> dict[str, Any]:
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "title": _loc(project.title),
        "agreement_type": project.agreement_type,
        "party_a": _party(project.party_a),
        "party_b": _party(project.party_b),
        "place": _loc(project.place),
        "date": project.date,
        "languages": list(project.languages),
        "sector": project.sector,
    }
    if project.preamble:
        out["preamble"] = _loc(project.preamble)
    if project.parameters:
        out["parameters"] = dict(sorted(project.parameters.items()))
    out["rounds"] = [
        {k: v for k, v in vars(r).items() if v or k == "number"} for r in project.rounds
    ]
    out["current_round"] = project.current_round
    if project.notes:
        out["notes"] = project.notes
    if project.word_template:
        out["word_template"] = project.word_template
    out["our_party"] = project.our_party
    out["articles"] = [_article(a) for a in project.articles]
    return out


# --- from data -----------------------------------------------------------------------------


class _Reader:
    def __init__(self, fail: Fail):
        self.fail = fail

    def mapping(self, value: Any, path: Path_) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(path, f"expected a mapping of keys and values, found {_kind(value)}")
        return value

    def known(self, data: dict[str, Any], path: Path_, allowed: tuple[str, ...]) -> None:
        for key in data:
            if key not in allowed:
                raise self.fail((*path, str(key)),
                                f"unknown field; allowed here: {', '.join(allowed)}")

    def text(self, data: dict[str, Any], key: str, path: Path_, default: str = "") -> str:
        value = data.get(key, default)
        if value is None:
            return default
        if isinstance(value, datetime.date):  # YAML reads 2026-03-15 as a date
            return value.isoformat()
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail((*path, key), f"expected text, found {_kind(value)}")
        return str(value)

    def localised(self, data: dict[str, Any], key: str, path: Path_) -> Localised:
        value = data.get(key)
        if value is None or value == "":
            return {}
        if isinstance(value, str):
            return {"": value}
        if isinstance(value, dict):
            out = {}
            for lang, text in value.items():
                if not _LANG_CODE.match(str(lang)):
                    raise self.fail((*path, key), f"'{lang}' is not a language code. "
                                    + _COMMA_HINT)
                if not isinstance(text, str):
                    raise self.fail((*path, key, str(lang)),
                                    f"expected text, found {_kind(text)}")
                out[str(lang)] = text
            return out
        raise self.fail((*path, key), "expected text, or a mapping such as {en: ..., fr: ...}, "
                        f"found {_kind(value)}")

    def integer(self, data: dict[str, Any], key: str, path: Path_, default: int) -> int:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail((*path, key), f"expected a whole number, found {_kind(value)}")
        return value

    def choice(self, data: dict[str, Any], key: str, path: Path_, choices: tuple[str, ...],
               default: str) -> str:
        value = data.get(key, default)
        if value not in choices:
            shown = ", ".join(c or "(empty)" for c in choices)
            raise self.fail((*path, key), f"'{value}' is not allowed; use one of {shown}")
        return value


def _kind(value: Any) -> str:
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false",
            int: "a number", float: "a number", type(None): "nothing"}.get(
        type(value), type(value).__name__)


_PARTY_FIELDS = ("name", "short_name", "competent_authority", "signatory", "role",
                 "liaison_agency")
_ARTICLE_FIELDS = ("uid", "clause_id", "variant", "free_text", "heading", "parameters",
                   "override", "status", "positions", "comments", "notes", "last_changed_round")
_PROJECT_FIELDS = ("schema_version", "title", "agreement_type", "party_a", "party_b", "place",
                   "date", "languages", "sector", "preamble", "parameters", "rounds",
                   "current_round", "notes", "word_template", "our_party", "articles")


def _read_party(r: _Reader, value: Any, path: Path_) -> Party:
    data = r.mapping(value, path)
    r.known(data, path, _PARTY_FIELDS)
    sig_path = (*path, "signatory")
    sig = r.mapping(data.get("signatory"), sig_path)
    r.known(sig, sig_path, ("name", "title"))
    return Party(
        name=r.localised(data, "name", path),
        short_name=r.localised(data, "short_name", path),
        competent_authority=r.localised(data, "competent_authority", path),
        signatory=Signatory(r.text(sig, "name", sig_path), r.localised(sig, "title", sig_path)),
        role=r.choice(data, "role", path, ROLES, ""),
        liaison_agency=r.localised(data, "liaison_agency", path),
    )


def _read_article(r: _Reader, value: Any, path: Path_, seen: set[str]) -> Article:
    data = r.mapping(value, path)
    r.known(data, path, _ARTICLE_FIELDS)
    uid = r.text(data, "uid", path)
    if not uid:
        raise r.fail(path, "article has no uid; give it a short unique text, e.g. uid: art-7")
    if uid in seen:
        raise r.fail((*path, "uid"), f"uid '{uid}' is used by another article; make it unique")
    seen.add(uid)
    clause_id = r.text(data, "clause_id", path) or None
    free_text = r.localised(data, "free_text", path)
    if not clause_id and not free_text:
        raise r.fail(path, "article needs either clause_id (a library clause) or free_text")
    parameters = r.mapping(data.get("parameters"), (*path, "parameters"))
    positions = r.mapping(data.get("positions"), (*path, "positions"))
    for key in positions:
        if key not in ("A", "B"):
            hint = "" if _LANG_CODE.match(str(key)) else " " + _COMMA_HINT
            raise r.fail((*path, "positions"),
                         f"'{key}' is not a party; positions are keyed by party: A or B." + hint)
    comments = []
    raw_comments = data.get("comments") or []
    if not isinstance(raw_comments, list):
        raise r.fail((*path, "comments"), f"expected a list, found {_kind(raw_comments)}")
    for i, item in enumerate(raw_comments):
        cpath = (*path, "comments", i)
        if isinstance(item, str):
            comments.append(Comment(item))
            continue
        c = r.mapping(item, cpath)
        r.known(c, cpath, ("text", "author", "round"))
        comments.append(Comment(r.text(c, "text", cpath), r.text(c, "author", cpath),
                                r.integer(c, "round", cpath, 0)))
    return Article(
        uid=uid,
        clause_id=clause_id,
        variant=r.text(data, "variant", path) or None,
        free_text=free_text,
        heading=r.localised(data, "heading", path),
        parameters=dict(parameters),
        override=r.localised(data, "override", path),
        status=r.choice(data, "status", path, STATUSES, "proposed"),
        positions={k: str(v) for k, v in positions.items() if v is not None},
        comments=comments,
        notes=r.text(data, "notes", path),
        last_changed_round=r.integer(data, "last_changed_round", path, 1),
    )


def project_from_data(data: Any, fail: Fail) -> Project:
    """Build a Project from current-version data; `fail(path, message)` makes the error."""
    r = _Reader(fail)
    data = r.mapping(data, ())
    r.known(data, (), _PROJECT_FIELDS)
    languages = data.get("languages") or ["en"]
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        raise fail(("languages",), "expected a list of language codes such as [en, fr]")
    raw_articles = data.get("articles") or []
    if not isinstance(raw_articles, list):
        raise fail(("articles",), f"expected a list of articles, found {_kind(raw_articles)}")
    seen: set[str] = set()
    articles = [_read_article(r, a, ("articles", i), seen) for i, a in enumerate(raw_articles)]
    rounds = []
    raw_rounds = data.get("rounds") or [{"number": 1}]
    if not isinstance(raw_rounds, list):
        raise fail(("rounds",), f"expected a list of rounds, found {_kind(raw_rounds)}")
    for i, item in enumerate(raw_rounds):
        rpath: Path_ = ("rounds", i)
        rd = r.mapping(item, rpath)
        r.known(rd, rpath, ("number", "date", "place", "note"))
        rounds.append(Round(r.integer(rd, "number", rpath, i + 1), r.text(rd, "date", rpath),
                            r.text(rd, "place", rpath), r.text(rd, "note", rpath)))
    return Project(
        schema_version=SCHEMA_VERSION,
        title=r.localised(data, "title", ()),
        agreement_type=r.choice(data, "agreement_type", (), AGREEMENT_TYPES, "BLA"),
        party_a=_read_party(r, data.get("party_a"), ("party_a",)),
        party_b=_read_party(r, data.get("party_b"), ("party_b",)),
        place=r.localised(data, "place", ()),
        date=r.text(data, "date", ()),
        languages=list(languages),
        sector=r.text(data, "sector", (), "all"),
        preamble=r.localised(data, "preamble", ()),
        articles=EventedList(articles),
        rounds=rounds,
        current_round=r.integer(data, "current_round", (), max(x.number for x in rounds)),
        notes=r.text(data, "notes", ()),
        word_template=r.text(data, "word_template", ()),
        our_party=r.choice(data, "our_party", (), ("A", "B"), "A"),
        parameters=dict(r.mapping(data.get("parameters"), ("parameters",))),
    )
