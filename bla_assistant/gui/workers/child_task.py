"""Run a task function in a child Python process.

Some core work (the gap check of a 2,000-page draft, reading a huge file) spends long stretches
in C code that holds the interpreter lock, so a worker thread would still freeze the window. A
child process has its own interpreter: the thread that waits for it holds nothing. Cancel kills
the child. The function gets no-op progress/cancel callables in the child.
"""

from __future__ import annotations

import importlib
import os
import pickle
import subprocess
import sys
import threading
import time
from pathlib import Path

CHILD_CODE = "from bla_assistant.gui.workers.child_task import child_main; child_main()"


class ChildTaskError(RuntimeError):
    """The child failed; the message is the child's own error message."""


def child_main() -> None:
    module, name, kwargs = pickle.loads(sys.stdin.buffer.read())
    fn = getattr(importlib.import_module(module), name)
    try:
        result = ("ok", fn(progress=lambda *_a: None, should_cancel=lambda: False, **kwargs))
    except Exception as exc:  # noqa: BLE001 - handed back to the parent's single error path
        result = ("error", f"{exc}" or type(exc).__name__)
    sys.stdout.buffer.write(pickle.dumps(result))
    sys.stdout.buffer.flush()


def in_child(fn):
    """Wrap a module-level task function so it runs in a child process."""

    def task(progress, should_cancel, **kwargs):
        progress(0.02, "")
        payload = pickle.dumps((fn.__module__, fn.__name__, kwargs))
        package_root = str(Path(__file__).resolve().parents[3])
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            p for p in (package_root, os.environ.get("PYTHONPATH", "")) if p))
        child = subprocess.Popen([sys.executable, "-c", CHILD_CODE], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        out: dict = {}

        def communicate() -> None:
            out["stdout"], out["stderr"] = child.communicate(payload)

        reader = threading.Thread(target=communicate, daemon=True)
        reader.start()
        while reader.is_alive():
            if should_cancel():
                child.kill()
                reader.join()
                return None
            time.sleep(0.05)
        if child.returncode != 0 or not out.get("stdout"):
            raise ChildTaskError((out.get("stderr") or b"").decode("utf-8", "replace")[-2000:]
                                 or f"the task ended with code {child.returncode}")
        status, value = pickle.loads(out["stdout"])
        if status == "error":
            raise ChildTaskError(value)
        progress(1.0, "")
        return value

    task.__name__ = fn.__name__
    return task


def use_child(frozen_ok: bool = False) -> bool:
    """A frozen build cannot start itself as a plain Python interpreter."""
    return frozen_ok or not getattr(sys, "frozen", False)
