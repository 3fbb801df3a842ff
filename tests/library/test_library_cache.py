"""The start-up cache of the built-in library never serves a stale library."""

from __future__ import annotations

import os
import shutil

from bla_assistant.core.library import library_cache
from bla_assistant.core.library.library_cache import library_fingerprint, load_built_in_library


def test_cache_is_written_then_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("BLA_ASSISTANT_CACHE", str(tmp_path))
    first = load_built_in_library()
    assert list(tmp_path.glob("library-*.pickle"))
    second = load_built_in_library()
    assert set(second.clauses) == set(first.clauses)
    assert second.clauses.keys() and not second.problems


def test_editing_a_clause_file_changes_the_fingerprint(tmp_path):
    root = tmp_path / "data"
    repo = library_cache.Path(library_cache.__file__).resolve().parents[3]
    shutil.copytree(repo / "clauses", root / "clauses")
    shutil.copytree(repo / "checklists", root / "checklists")
    before = library_fingerprint(root)
    target = next((root / "clauses").rglob("*.yaml"))
    stat = target.stat()
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert library_fingerprint(root) != before
    (root / "clauses" / "new.yaml").write_text("id: x\n", encoding="utf-8")
    assert library_fingerprint(root) not in (before,)


def test_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("BLA_ASSISTANT_CACHE", str(tmp_path))
    load_built_in_library()
    cache = next(tmp_path.glob("library-*.pickle"))
    cache.write_bytes(b"not a pickle")
    library = load_built_in_library()
    assert library.clauses and not library.problems
