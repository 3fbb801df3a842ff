"""Upgrades of older project files, one step per schema version.

Each step takes the plain data of version N and returns data of version N + 1. Files are only
upgraded in memory; the upgraded shape is written at the next save (after a `.bak` copy).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Data = dict[str, Any]

_V0_STATUS = {"draft": "proposed", "open": "contested", "done": "agreed", "dropped": "withdrawn"}


def _v0_to_v1(data: Data) -> Data:
    """Version 0 (prototype files, no schema_version): `type`, a `parties` list, articles with
    `clause` / `text` and statuses draft/open/done/dropped."""
    out = {k: v for k, v in data.items() if k not in ("type", "parties", "articles")}
    out["schema_version"] = 1
    if "type" in data:
        out["agreement_type"] = data["type"]
    parties = data.get("parties") or []
    if isinstance(parties, list):
        for key, party in zip(("party_a", "party_b"), parties, strict=False):
            if isinstance(party, dict):
                party = dict(party)
                if "authority" in party:
                    party["competent_authority"] = party.pop("authority")
                out[key] = party
    articles = []
    for item in data.get("articles") or []:
        if not isinstance(item, dict):
            articles.append(item)
            continue
        article = {k: v for k, v in item.items() if k not in ("clause", "text", "status")}
        if "clause" in item:
            article["clause_id"] = item["clause"]
        if "text" in item:
            article["free_text"] = item["text"]
        if "status" in item:
            article["status"] = _V0_STATUS.get(item["status"], item["status"])
        articles.append(article)
    out["articles"] = articles
    return out


# from_version -> step to from_version + 1
MIGRATIONS: dict[int, Callable[[Data], Data]] = {0: _v0_to_v1}


def migrate(data: Data, version: int, target: int) -> Data:
    while version < target:
        data = MIGRATIONS[version](data)
        version += 1
    return data
