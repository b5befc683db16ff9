"""Draw the fit ladder diagram of the README (docs/images/fit-ladder.png) with QPainter.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/fit_ladder_diagram.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

OUT = Path(__file__).resolve().parent / "images" / "fit-ladder.png"
FREE, PAID, LAST = QColor("#3f9b4f"), QColor("#2f6fb5"), QColor("#e39a1e")  # the timeline's colours
# (JSON value, what it does, what it costs, colour): the order the fit tries them in.
RUNGS = [
    ("trim", "(a) Trim the silence at both ends", "free", FREE),
    ("borrow", "(b) Borrow the pause before the next line", "free", FREE),
    ("native_speed", "(c) Render faster with the voice's own speed", "paid again: offered with its price", PAID),
    ("alt_text", "(d) Say the shorter wording you proposed", "paid: its own characters", PAID),
    ("stretch", "(e) Stretch with atempo, pitch kept, up to the cap", "free, but heard: last", LAST),
]
WIDTH, ROW, TOP, LEFT = 900, 64, 70, 40


def draw() -> QImage:
    height = TOP + ROW * len(RUNGS) + 70
    image = QImage(WIDTH, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    title = QFont("DejaVu Sans", 15, QFont.Weight.Bold)
    body, small = QFont("DejaVu Sans", 12), QFont("DejaVu Sans", 10)
    painter.setFont(title)
    painter.setPen(QColor("#222"))
    painter.drawText(QRectF(LEFT, 14, WIDTH - 2 * LEFT, 30), Qt.AlignmentFlag.AlignLeft,
                     "A clip too long for its line: the first rung that suffices")
    # The ladder's rails: cheapest for the ear at the top.
    rail = QPen(QColor("#8a8a8a"), 4)
    painter.setPen(rail)
    painter.drawLine(LEFT, TOP - 10, LEFT, TOP + ROW * len(RUNGS))
    painter.drawLine(WIDTH - LEFT, TOP - 10, WIDTH - LEFT, TOP + ROW * len(RUNGS))
    for n, (step, what, cost, colour) in enumerate(RUNGS):
        y = TOP + n * ROW
        box = QRectF(LEFT + 14, y, WIDTH - 2 * LEFT - 28, ROW - 14)
        painter.setPen(QPen(colour.darker(130), 2))
        painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 40))
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(QColor("#111"))
        painter.setFont(body)
        painter.drawText(box.adjusted(14, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, what)
        painter.setFont(small)
        painter.setPen(colour.darker(150))
        painter.drawText(box.adjusted(0, 4, -14, 0), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight,
                         f'"fit": "{step}"')
        painter.drawText(box.adjusted(0, 0, -14, -4), Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight,
                         cost)
    painter.setFont(small)
    painter.setPen(QColor("#444"))
    foot = TOP + ROW * len(RUNGS) + 6
    painter.drawText(QRectF(LEFT, foot, WIDTH - 2 * LEFT, 56), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                     "Green rungs are free and applied by the fit; blue rungs are paid re-renders, offered with "
                     "their price and never bought unasked (free with a natural offline voice); orange is heard, "
                     "so it comes last. A line that needs none of them reports \"fit\": \"none\".")
    painter.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    if not draw().save(str(OUT)):
        sys.exit(f"could not write {OUT}")
    print(OUT)
