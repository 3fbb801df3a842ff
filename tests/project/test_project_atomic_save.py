"""A save killed with SIGKILL at any moment leaves the old or the new project, never a mix."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from project_fixtures import sample_project

from bla_assistant.core.project.project_file import (
    backup_path,
    dump_project,
    load_project,
    save_project,
)

TESTS = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(TESTS))

# The child saves version "old" and "new" in turn, as fast as it can, until it is killed.
CHILD = """
import sys
sys.path[:0] = [{repo!r}, {tests!r}]
from project_fixtures import sample_project
from bla_assistant.core.project.project_file import save_project
path = sys.argv[1]
projects = []
for notes in ("old", "new"):
    p = sample_project()
    p.notes = notes
    # Make the file big enough that a kill lands in the middle of a write now and then.
    p.preamble = {{"en": ("recital " * 20 + "\\n\\n") * 150}}
    projects.append(p)
print("ready", flush=True)
i = 0
while True:
    save_project(projects[i % 2], path)
    i += 1
    print(i, flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_killed_saves_never_corrupt_the_project(tmp_path):
    path = tmp_path / "p.bla.yaml"
    expected = {}
    for notes in ("old", "new"):
        p = sample_project()
        p.notes = notes
        p.preamble = {"en": ("recital " * 20 + "\n\n") * 150}
        expected[notes] = dump_project(p)
    save_project(p, path)  # start from a complete file
    script = CHILD.format(repo=REPO, tests=TESTS)
    rng = random.Random(20261123)
    outcomes = set()
    for _ in range(40):
        child = subprocess.Popen([sys.executable, "-c", script, str(path)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        # Let 0-3 saves complete (so both versions get written whatever the machine's
        # speed), then kill somewhere inside the next one.
        for _ in range(rng.randint(0, 3)):
            child.stdout.readline()
        time.sleep(rng.uniform(0, 0.03))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        loaded = load_project(path)
        text = dump_project(loaded)
        assert text in (expected["old"], expected["new"])
        outcomes.add(loaded.notes)
        if backup_path(path).exists():
            assert dump_project(load_project(backup_path(path))) in expected.values()
    # The kills landed at different points of the save loop.
    assert outcomes == {"old", "new"}
