"""Open a big project without freezing the window.

Reading YAML holds the interpreter lock in long C calls (a 7 MB file spends some 100 ms in one
regular-expression pass), which a worker thread cannot avoid. Large files are therefore read by a
child process; the result comes back pickled in slices of articles, each unpickled in a few
milliseconds, so the GUI thread gets the lock between slices. Small files load in the thread.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

# Below this size a file loads in well under the stall budget.
SUBPROCESS_THRESHOLD = 1_000_000
SLICE = 100


def _load_in_child(path: str) -> tuple:
    from bla_assistant.core.project.project_errors import ProjectFileError
    from bla_assistant.core.project.project_file import load_project

    try:
        project = load_project(path)
    except ProjectFileError as exc:
        return ("error", (str(exc.path), exc.line, exc.field, exc.message))
    articles = project.articles.to_list()
    project.articles = type(project.articles)()
    slices = [pickle.dumps(articles[i:i + SLICE]) for i in range(0, len(articles), SLICE)]
    return ("ok", pickle.dumps(project), slices)


def _child_main() -> None:
    """Entry of the child process: the pickled result goes to stdout."""
    sys.stdout.buffer.write(pickle.dumps(_load_in_child(sys.argv[1])))
    sys.stdout.buffer.flush()


CHILD_CODE = "from bla_assistant.gui.workers.project_loader import _child_main; _child_main()"


def load_project_responsively(path: Path, progress=None, should_cancel=None):
    """The project at `path`; runs on a worker thread."""
    from bla_assistant.core.project.project_errors import ProjectFileError
    from bla_assistant.core.project.project_file import load_project

    path = Path(path)
    frozen = getattr(sys, "frozen", False)  # a frozen build cannot spawn itself as Python
    if frozen or not path.is_file() or path.stat().st_size < SUBPROCESS_THRESHOLD:
        return load_project(path)
    # A plain child process (not multiprocessing): it must not re-run the app's entry point.
    package_root = str(Path(__file__).resolve().parents[3])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (package_root, os.environ.get("PYTHONPATH", "")) if p))
    child = subprocess.run([sys.executable, "-c", CHILD_CODE, str(path)], env=env,
                           capture_output=True, timeout=600)
    if child.returncode != 0 or not child.stdout:
        # Whatever went wrong in the child, the thread can still read the file itself.
        return load_project(path)
    result = pickle.loads(child.stdout)
    if result[0] == "error":
        raise ProjectFileError(*result[1])
    _, head, slices = result
    project = pickle.loads(head)
    articles = []
    for number, chunk in enumerate(slices, start=1):
        if should_cancel is not None and should_cancel():
            return None
        articles.extend(pickle.loads(chunk))
        if progress is not None:
            progress(number / len(slices), "")
    project.articles = type(project.articles)(articles)
    return project
