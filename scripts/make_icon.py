"""Draw the app icon (two facing documents joined by a handshake line) into PNG sizes.

    QT_QPA_PLATFORM=offscreen python scripts/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen

OUT = Path(__file__).resolve().parent.parent / "bla_assistant" / "gui" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#1f3b5c")))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 40 * s, 40 * s)
    for x, colour in ((44, "#f4f1e8"), (120, "#ffffff")):
        p.setBrush(QBrush(QColor(colour)))
        p.drawRoundedRect(QRectF(x * s, 52 * s, 92 * s, 124 * s), 8 * s, 8 * s)
        p.setPen(QPen(QColor("#8a9bb0"), max(1.0, 6 * s)))
        for row in range(4):
            y = (76 + row * 22) * s
            p.drawLine(QPointF((x + 14) * s, y), QPointF((x + 78) * s, y))
        p.setPen(Qt.PenStyle.NoPen)
    p.setPen(QPen(QColor("#e0a526"), 14 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(70 * s, 206 * s), QPointF(186 * s, 206 * s))
    p.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - painting needs an application
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256):
        draw(size).save(str(OUT / f"bla-assistant-{size}.png"))
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
