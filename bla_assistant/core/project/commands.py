"""Every edit to a project as a core command that returns a `Changes` record.

The GUI wraps each call in a QUndoCommand: redo runs the command, undo runs `changes.inverse`
(itself a command, whose own inverse is the redo). The CLI calls the same functions. This is
Anki's OpChanges pattern: callers refresh only what the record says is stale.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from bla_assistant.core.project.model import (
    AGREEMENT_TYPES,
    PARTY_KEYS,
    ROLES,
    STATUSES,
    Article,
    Comment,
    Localised,
    Project,
    Round,
    new_uid,
)


class CommandError(ValueError):
    """An edit that cannot be made; the message says why and what to do."""


@dataclass(frozen=True)
class Command:
    name: str
    kwargs: dict[str, Any] = field(default_factory=dict)

    def apply(self, project: Project) -> Changes:
        return COMMANDS[self.name](project, **self.kwargs)


@dataclass(frozen=True)
class Changes:
    description: str
    # uids of the articles whose content changed (or that were added / removed / moved).
    articles: tuple[str, ...] = ()
    # True when the order or number of articles changed: renumber, redo the article list.
    structure: bool = False
    # Project-level fields that changed ("title", "party_a.name"...).
    fields: tuple[str, ...] = ()
    inverse: Command | None = None
    # Derived views to recompute: "render" (text and Word output), "gaps" (gap check).
    stale: frozenset[str] = frozenset({"render", "gaps"})


def _article(project: Project, uid: str) -> tuple[int, Article]:
    try:
        index = project.index_of(uid)
    except KeyError as exc:
        raise CommandError(str(exc.args[0])) from None
    return index, project.articles[index]


def _edit_article(
    project: Project,
    uid: str,
    description: str,
    mutate: Callable[[Article], dict[str, Any]],
    inverse_name: str,
    changed_round: int | None,
    stale: frozenset[str] = frozenset({"render", "gaps"}),
) -> Changes:
    """Apply `mutate` (which returns the inverse command's kwargs), stamp the round, notify."""
    index, article = _article(project, uid)
    old_round = article.last_changed_round
    inverse_kwargs = mutate(article)
    article.last_changed_round = (
        changed_round if changed_round is not None else project.current_round
    )
    project.articles.notify_changed(index)
    inverse = Command(inverse_name, {"uid": uid, **inverse_kwargs, "changed_round": old_round})
    return Changes(description, articles=(uid,), inverse=inverse, stale=stale)


def _set_localised(text: Localised, lang: str, value: str) -> str:
    old = text.get(lang, "")
    if value:
        text[lang] = value
    else:
        text.pop(lang, None)
    return old


# --- articles: structure -------------------------------------------------------------------


def insert_article(project: Project, article: Article, index: int | None = None) -> Changes:
    """Put a whole article (a new one, or one removed earlier) at `index` (default: the end)."""
    if any(a.uid == article.uid for a in project.articles):
        raise CommandError(f"an article with uid '{article.uid}' is already in the project")
    if article.status not in STATUSES:
        raise CommandError(f"unknown status '{article.status}'; use one of {', '.join(STATUSES)}")
    article = article.copy()
    index = len(project.articles) if index is None else max(0, min(index, len(project.articles)))
    project.articles.insert(index, article)
    return Changes(
        f"add article {index + 1}",
        articles=(article.uid,),
        structure=True,
        inverse=Command("remove_article", {"uid": article.uid}),
    )


def add_clause_article(
    project: Project,
    clause_id: str,
    variant: str | None = None,
    index: int | None = None,
    parameters: dict[str, Any] | None = None,
    library: Any = None,
    uid: str | None = None,
) -> Changes:
    """Add an article from the library. With `library`, the clause and variant are checked and
    the clause's default parameter values are filled in."""
    values = dict(parameters or {})
    if library is not None:
        clause = library.clauses.get(clause_id)
        if clause is None:
            raise CommandError(f"clause '{clause_id}' is not in the library")
        if variant is None:
            variant = clause.variants[0].key
        if variant not in {v.key for v in clause.variants}:
            raise CommandError(
                f"clause '{clause_id}' has no variant '{variant}'; "
                f"use one of {', '.join(v.key for v in clause.variants)}"
            )
        values = {**clause.default_parameters(), **values}
    article = Article(
        uid=uid or new_uid(), clause_id=clause_id, variant=variant, parameters=values,
        last_changed_round=project.current_round,
    )
    return insert_article(project, article, index)


def add_free_article(
    project: Project,
    heading: str,
    text: str,
    lang: str = "",
    index: int | None = None,
    uid: str | None = None,
) -> Changes:
    """Add an article the user writes in full (no clause in the library fits)."""
    article = Article(
        uid=uid or new_uid(),
        free_text={lang: text} if text else {},
        heading={lang: heading} if heading else {},
        last_changed_round=project.current_round,
    )
    return insert_article(project, article, index)


def remove_article(project: Project, uid: str) -> Changes:
    index, article = _article(project, uid)
    project.articles.pop(index)
    return Changes(
        f"remove article {index + 1}",
        articles=(uid,),
        structure=True,
        inverse=Command("insert_article", {"article": article.copy(), "index": index}),
    )


def move_article(project: Project, uid: str, to_index: int) -> Changes:
    index, _ = _article(project, uid)
    if not 0 <= to_index < len(project.articles):
        raise CommandError(
            f"cannot move to position {to_index + 1}: the project has "
            f"{len(project.articles)} articles"
        )
    project.articles.move(index, to_index)
    return Changes(
        f"move article {index + 1} to {to_index + 1}",
        articles=(uid,),
        structure=True,
        inverse=Command("move_article", {"uid": uid, "to_index": index}),
        stale=frozenset({"render"}),
    )


# --- articles: content ---------------------------------------------------------------------


def set_variant(project: Project, uid: str, variant: str | None,
                changed_round: int | None = None) -> Changes:
    def mutate(article: Article) -> dict[str, Any]:
        if article.is_free:
            raise CommandError("a free-text article has no variants")
        old, article.variant = article.variant, variant
        return {"variant": old}

    return _edit_article(project, uid, f"variant {variant}", mutate, "set_variant", changed_round)


def set_parameter(project: Project, uid: str, name: str, value: Any,
                  changed_round: int | None = None) -> Changes:
    """Set one parameter value; `None` removes it (the clause default or a placeholder shows)."""

    def mutate(article: Article) -> dict[str, Any]:
        old = article.parameters.get(name)
        if value is None:
            article.parameters.pop(name, None)
        else:
            article.parameters[name] = value
        return {"name": name, "value": old}

    return _edit_article(project, uid, f"set {name}", mutate, "set_parameter", changed_round)


def _localised_setter(attr: str, label: str) -> Callable[..., Changes]:
    def command(project: Project, uid: str, text: str, lang: str = "",
                changed_round: int | None = None) -> Changes:
        def mutate(article: Article) -> dict[str, Any]:
            old = _set_localised(getattr(article, attr), lang, text)
            return {"text": old, "lang": lang}

        return _edit_article(project, uid, label, mutate, f"set_{attr}", changed_round)

    command.__name__ = f"set_{attr}"
    command.__doc__ = f"Set the article's {label} in `lang`; an empty text removes it."
    return command


set_override = _localised_setter("override", "negotiated wording")
set_free_text = _localised_setter("free_text", "article text")
set_heading = _localised_setter("heading", "heading")


def set_status(project: Project, uid: str, status: str,
               changed_round: int | None = None) -> Changes:
    if status not in STATUSES:
        raise CommandError(f"unknown status '{status}'; use one of {', '.join(STATUSES)}")

    _, article = _article(project, uid)
    renumbers = "withdrawn" in (article.status, status) and article.status != status

    def mutate(article: Article) -> dict[str, Any]:
        old, article.status = article.status, status
        return {"status": old}

    changes = _edit_article(project, uid, f"status {status}", mutate, "set_status",
                            changed_round)
    # Withdrawing or restoring an article changes the numbering of the ones after it.
    return replace(changes, structure=True) if renumbers else changes


def set_position(project: Project, uid: str, party: str, text: str,
                 changed_round: int | None = None) -> Changes:
    if party not in PARTY_KEYS:
        raise CommandError(f"party must be 'A' or 'B', not '{party}'")

    def mutate(article: Article) -> dict[str, Any]:
        old = _set_localised(article.positions, party, text)
        return {"party": party, "text": old}

    return _edit_article(project, uid, f"position of party {party}", mutate, "set_position",
                         changed_round, stale=frozenset({"brief"}))


def set_notes(project: Project, uid: str, text: str, changed_round: int | None = None) -> Changes:
    def mutate(article: Article) -> dict[str, Any]:
        old, article.notes = article.notes, text
        return {"text": old}

    return _edit_article(project, uid, "notes", mutate, "set_notes", changed_round,
                         stale=frozenset({"brief"}))


def set_comment(project: Project, uid: str, index: int, comment: Comment | None,
                insert: bool = False, changed_round: int | None = None) -> Changes:
    """Replace comment `index`; with `insert` put a new one there; `comment=None` deletes it."""

    def mutate(article: Article) -> dict[str, Any]:
        comments = article.comments
        limit = len(comments) if insert else len(comments) - 1
        if not 0 <= index <= limit:
            raise CommandError(f"article has no comment {index + 1}")
        if insert:
            if comment is None:
                raise CommandError("nothing to insert: the comment is empty")
            comments.insert(index, comment)
            return {"index": index, "comment": None}
        old = comments[index]
        if comment is None:
            del comments[index]
            return {"index": index, "comment": old, "insert": True}
        comments[index] = comment
        return {"index": index, "comment": old}

    return _edit_article(project, uid, "comment", mutate, "set_comment", changed_round,
                         stale=frozenset({"brief"}))


def add_comment(project: Project, uid: str, text: str, author: str = "") -> Changes:
    _, article = _article(project, uid)
    comment = Comment(text=text, author=author, round=project.current_round)
    return set_comment(project, uid, len(article.comments), comment, insert=True)


# --- project-level fields ------------------------------------------------------------------

_LOCALISED_PROJECT_FIELDS = ("title", "place", "preamble")
_PLAIN_PROJECT_FIELDS = ("date", "sector", "notes", "agreement_type", "languages", "our_party")
_LOCALISED_PARTY_FIELDS = ("name", "short_name", "competent_authority", "liaison_agency",
                           "signatory.title")
_PLAIN_PARTY_FIELDS = ("role", "signatory.name")


def set_project_field(project: Project, name: str, value: Any, lang: str = "") -> Changes:
    if name in _LOCALISED_PROJECT_FIELDS:
        old = _set_localised(getattr(project, name), lang, value)
        return Changes(f"set {name}", fields=(name,),
                       inverse=Command("set_project_field",
                                       {"name": name, "value": old, "lang": lang}))
    if name not in _PLAIN_PROJECT_FIELDS:
        raise CommandError(
            f"unknown project field '{name}'; use one of "
            f"{', '.join(_LOCALISED_PROJECT_FIELDS + _PLAIN_PROJECT_FIELDS)}"
        )
    if name == "agreement_type" and value not in AGREEMENT_TYPES:
        raise CommandError(f"agreement type must be one of {', '.join(AGREEMENT_TYPES)}")
    if name == "our_party" and value not in ("A", "B"):
        raise CommandError("our_party must be 'A' or 'B'")
    if name == "languages" and (not isinstance(value, list) or not value):
        raise CommandError("languages must be a non-empty list such as ['en', 'fr']")
    old = getattr(project, name)
    setattr(project, name, list(value) if name == "languages" else value)
    return Changes(f"set {name}", fields=(name,),
                   inverse=Command("set_project_field", {"name": name, "value": old}))


def set_project_parameter(project: Project, name: str, value: Any) -> Changes:
    old = project.parameters.get(name)
    if value is None:
        project.parameters.pop(name, None)
    else:
        project.parameters[name] = value
    return Changes(f"set {name}", fields=(f"parameters.{name}",),
                   inverse=Command("set_project_parameter", {"name": name, "value": old}))


def set_party_field(project: Project, party: str, name: str, value: str,
                    lang: str = "") -> Changes:
    """Set `name` (e.g. "competent_authority", "signatory.name") of party "A" or "B"."""
    try:
        target = project.party(party)
    except KeyError as exc:
        raise CommandError(str(exc.args[0])) from None
    owner, attr = (target.signatory, name.split(".")[1]) if name.startswith("signatory.") else (
        target, name)
    if name in _LOCALISED_PARTY_FIELDS:
        old = _set_localised(getattr(owner, attr), lang, value)
    elif name in _PLAIN_PARTY_FIELDS:
        if name == "role" and value not in ROLES:
            raise CommandError("role must be 'origin', 'destination' or empty")
        old = getattr(owner, attr)
        setattr(owner, attr, value)
    else:
        raise CommandError(
            f"unknown party field '{name}'; use one of "
            f"{', '.join(_LOCALISED_PARTY_FIELDS + _PLAIN_PARTY_FIELDS)}"
        )
    key = f"party_{party.lower()}.{name}"
    return Changes(f"set {key}", fields=(key,),
                   inverse=Command("set_party_field",
                                   {"party": party, "name": name, "value": old, "lang": lang}))


def start_round(project: Project, date: str = "", place: str = "", note: str = "") -> Changes:
    """Open the next negotiation round; later edits are stamped with it."""
    number = project.current_round + 1
    project.rounds.append(Round(number, date, place, note))
    project.current_round = number
    return Changes(f"start round {number}", fields=("rounds", "current_round"),
                   inverse=Command("drop_round", {"number": number}), stale=frozenset())


def drop_round(project: Project, number: int) -> Changes:
    round_ = next((r for r in project.rounds if r.number == number), None)
    if round_ is None:
        raise CommandError(f"there is no round {number}")
    project.rounds.remove(round_)
    project.current_round = max((r.number for r in project.rounds), default=1)
    return Changes(f"drop round {number}", fields=("rounds", "current_round"),
                   inverse=Command("start_round", {"date": round_.date, "place": round_.place,
                                                   "note": round_.note}),
                   stale=frozenset())


COMMANDS: dict[str, Callable[..., Changes]] = {
    "insert_article": insert_article,
    "add_clause_article": add_clause_article,
    "add_free_article": add_free_article,
    "remove_article": remove_article,
    "move_article": move_article,
    "set_variant": set_variant,
    "set_parameter": set_parameter,
    "set_override": set_override,
    "set_free_text": set_free_text,
    "set_heading": set_heading,
    "set_status": set_status,
    "set_position": set_position,
    "set_notes": set_notes,
    "set_comment": set_comment,
    "add_comment": add_comment,
    "set_project_field": set_project_field,
    "set_project_parameter": set_project_parameter,
    "set_party_field": set_party_field,
    "start_round": start_round,
    "drop_round": drop_round,
}
