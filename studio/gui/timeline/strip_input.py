"""What the timeline strip does with the mouse, the wheel and the keys: which line is under a point, click
to select, double-click to activate, Ctrl+wheel to zoom, the wheel and the arrows to scroll.

A mixin of TimelineStrip (timeline_strip.py), which holds the state (rows, zoom, scrollbar) and the zoom
methods; kept apart like the painting half (strip_paint.py), because hit-testing and key bindings
change for other reasons than the data the strip shows. It reads the state and calls the strip's public
methods, never sets its fields.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QScrollBar

from studio.gui.timeline.strip_paint import _CLIP_H, _CLIP_TOP

ZOOM_STEP = 1.5


class StripInput:
    """Hit-testing and input handling of TimelineStrip (its canvas forwards the events here)."""

    def row_at(self, x: float, y: float) -> int | None:
        """The row drawn at a canvas point: a clip in the clip lane, else the cue (or slot) under x."""
        ms = self.ms_at(x)
        slack = 3 * 1000 / self._px_per_s  # a thin box is hard to hit: accept 3 px either side
        in_clip_lane = _CLIP_TOP <= y < _CLIP_TOP + _CLIP_H

        def distance(row: int) -> float:
            r = self._index.rows[row]
            if in_clip_lane and r.clip_start is not None:
                first, last = r.clip_start, r.clip_end
            else:
                first, last = r.start, r.end
            return 0 if first <= ms < last else min(abs(ms - first), abs(ms - last))

        candidates = [row for row in self._visible_rows(ms - slack, ms + slack) if distance(row) <= slack]
        if not candidates:
            return None
        # The closest box; between overlapping boxes, the one that starts last is drawn on top.
        return min(candidates, key=lambda row: (distance(row), -self._index.rows[row].start))

    def _clicked(self, pos: QPointF, double: bool) -> None:
        row = self.row_at(pos.x(), pos.y())
        if row is None:
            return
        if double:
            self.cue_activated.emit(row)
        else:
            self.cue_clicked.emit(row)

    def _wheel(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        steps = (delta.y() or delta.x()) / 120
        if not steps:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            anchor = self.ms_at(event.position().x())
            self.set_zoom(self._px_per_s * ZOOM_STEP ** steps, anchor)
        else:
            # A plain wheel scrolls along the film: this strip has nothing to scroll vertically.
            self.scrollbar.setValue(int(self.scrollbar.value() - steps * self.scrollbar.singleStep()))
        event.accept()

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.zoom_to_fit()
        elif key == Qt.Key.Key_Left:
            self.scrollbar.triggerAction(QScrollBar.SliderAction.SliderSingleStepSub)
        elif key == Qt.Key.Key_Right:
            self.scrollbar.triggerAction(QScrollBar.SliderAction.SliderSingleStepAdd)
        elif key == Qt.Key.Key_Home:
            self.scrollbar.setValue(0)
        elif key == Qt.Key.Key_End:
            self.scrollbar.setValue(self.scrollbar.maximum())
        else:
            return False
        return True
