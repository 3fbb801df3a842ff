"""Start-up time: process start to a painted main window, against a bare PySide6 QMainWindow.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--runs 7]

Each measurement is a fresh Python process (imports included). Prints the median of each and
the ratio; the target is <= 1.3x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Both probes stop the clock at the first Paint event the window receives.
PAINT_PROBE = """
from PySide6.QtCore import QObject, QEvent, QTimer
class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{(time.perf_counter() - T0) * 1000:.1f}")
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False
_probe = _FirstPaint()
window.installEventFilter(_probe)
window.show()
app.exec()
"""

BARE = """
import time; T0 = time.perf_counter()
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.resize(1280, 800); window.setWindowTitle("bare")
""" + PAINT_PROBE

APP = """
import time; T0 = time.perf_counter()
import sys
from bla_assistant.gui.qt import QApplication
from bla_assistant.gui.app import build_window
app = QApplication(sys.argv[:1])
window = build_window(app)
window.resize(1280, 800)
""" + PAINT_PROBE


def measure(code: str, env: dict[str, str]) -> float:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=120)
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(result.stderr[-2000:])
    return float(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT)}
    env.setdefault("BLA_ASSISTANT_CONFIG", str(Path("/tmp") / "bla-startup-bench-config"))
    # An installed wheel carries compiled bytecode; this machine may forbid writing it
    # (PYTHONDONTWRITEBYTECODE), so compile once as the installer would.
    import compileall

    compileall.compile_dir(str(ROOT / "bla_assistant"), quiet=1)
    measure(BARE, env)  # warm the OS file cache and the library cache
    measure(APP, env)
    bare, ours = [], []
    for _ in range(args.runs):  # interleaved so machine noise hits both alike
        bare.append(measure(BARE, env))
        ours.append(measure(APP, env))
    bare_ms, ours_ms = statistics.median(bare), statistics.median(ours)
    print(f"bare QMainWindow painted: {bare_ms:7.1f} ms (median of {args.runs})")
    print(f"BLA Assistant painted:    {ours_ms:7.1f} ms (median of {args.runs})")
    print(f"ratio: {ours_ms / bare_ms:.2f}x (target <= 1.3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
