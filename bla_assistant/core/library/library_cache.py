"""A cache of the parsed built-in library, so the app starts without re-validating every file.

The cache is keyed by the app version and the path, size and modification time of every library
file: editing, adding or removing a file invalidates it. Only a library without problems is
cached, so problems are always reported fresh. The cache lives in the user's own cache folder
(BLA_ASSISTANT_CACHE overrides it), which nobody else can write to.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from bla_assistant import __version__
from bla_assistant.core.library.model import Library

CACHE_ENV = "BLA_ASSISTANT_CACHE"
# One cache file per library folder, so two installations (or checkouts) never evict each other.
_CACHE_NAME = "library-{root}.pickle"


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("bla-assistant", appauthor=False))


def library_fingerprint(root: Path) -> str:
    digest = hashlib.sha256(__version__.encode())
    for folder in ("clauses", "checklists"):
        for path in sorted((root / folder).rglob("*.y*ml")):
            stat = path.stat()
            digest.update(f"{path.relative_to(root)}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def load_built_in_library(use_cache: bool = True) -> Library:
    """The shipped library, from the cache when nothing changed since it was written."""
    from bla_assistant.core.resources import data_root

    root = data_root()
    root_key = hashlib.sha256(str(root).encode()).hexdigest()[:16]
    cache_file = cache_dir() / _CACHE_NAME.format(root=root_key)
    fingerprint = library_fingerprint(root)
    if use_cache and cache_file.is_file():
        try:
            with cache_file.open("rb") as handle:
                cached_fingerprint, library = pickle.load(handle)
            if cached_fingerprint == fingerprint and isinstance(library, Library):
                return library
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
                TypeError, ValueError):
            pass  # a stale or damaged cache is rebuilt below
    from bla_assistant.core.library.loader import load_library

    library = load_library()
    if use_cache and not library.problems:
        _write_cache(cache_file, fingerprint, library)
    return library


def _write_cache(cache_file: Path, fingerprint: str, library: Library) -> None:
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump((fingerprint, library), handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache_file)
    except OSError:
        pass  # a read-only cache folder only costs start-up time
