"""How the timeline strip draws itself: the ruler, the slots and clips coloured by how they fit, the
line numbers, the waveform and the playhead. A mixin of TimelineStrip (timeline_strip.py), which holds the
state and the interaction; kept apart because painting is the larger half and changes for other reasons.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen

from studio.gui.timeline.strip_rows import FITS, OVERFLOW, STRETCHED

STATE_COLORS = {FITS: QColor("#3f9b4f"), STRETCHED: QColor("#e39a1e"), OVERFLOW: QColor("#d3362d")}
_OVERFLOW_HATCH = QColor("#6e0f0a")
_CUE_COLOR = QColor(96, 128, 176)
_WAVE_COLOR = QColor(60, 110, 200)
_PUSH_COLOR = QColor("#8e44ad")  # a line moved later by the push of the line before

# Lanes of the drawing area, top to bottom (pixels).
_RULER_H = 16
_SLOT_TOP, _SLOT_H = 18, 18
_CLIP_TOP, _CLIP_H = 38, 12
_OVERHANG_H = 5  # the overflowing part of a clip, at the bottom of the clip lane
_WAVE_TOP = 52
_WAVE_FLOOR = 2048  # -24 dBFS: a dub whose loudest peak is below this is drawn at its true size


class StripPainting:
    """The painting half (and the time <-> pixel geometry it draws with) of TimelineStrip: reads its state (rows, zoom, peaks, playhead), never changes it."""

    def visible_range_ms(self) -> tuple[float, float]:
        left = self.scrollbar.value()
        return left, left + self.canvas.width() * 1000 / self._px_per_s

    def x_of(self, ms: float) -> float:
        """The canvas x coordinate of a film time."""
        return (ms - self.scrollbar.value()) * self._px_per_s / 1000

    def ms_at(self, x: float) -> float:
        return self.scrollbar.value() + x * 1000 / self._px_per_s

    def _paint(self, painter: QPainter, dirty) -> None:
        palette = self.palette()
        width, height = self.canvas.width(), self.canvas.height()
        painter.fillRect(0, 0, width, height, palette.color(QPalette.ColorRole.Base))
        left, right = self.visible_range_ms()
        scale = self._px_per_s / 1000  # pixels per millisecond

        def x(ms: float) -> float:
            return (ms - left) * scale

        self._paint_ruler(painter, width, left, right)
        wave_bottom = height - 1
        rows = self._visible_rows(left, right)

        if self._current is not None:
            r = self._index.rows[self._current]
            first, last = r.span
            band = QColor(palette.color(QPalette.ColorRole.Highlight))
            band.setAlpha(45)
            painter.fillRect(QRectF(x(first), _RULER_H, max(2.0, (last - first) * scale), height - _RULER_H),
                             band)

        # Slots: the cue itself solid, the borrowable gap after it pale with a dashed edge.
        cue_rects, borrow_rects = [], []
        clip_rects: dict[str, list[QRectF]] = {FITS: [], STRETCHED: [], OVERFLOW: []}
        hatch_rects, shift_lines = [], []
        for i in rows:
            r = self._index.rows[i]
            cue_rects.append(QRectF(x(r.start), _SLOT_TOP, max(1.0, (r.end - r.start) * scale), _SLOT_H))
            if r.slot_end > r.end:
                borrow_rects.append(QRectF(x(r.end), _SLOT_TOP + 3, (r.slot_end - r.end) * scale,
                                           _SLOT_H - 6))
            if r.state is None:
                continue
            # An overflow runs under the next line's clip: its body stops at the slot's end and the part
            # past it is a low band drawn last, so a short clip it overlaps stays visible above the band.
            body_end = r.clip_end - r.overflow_ms
            clip_rects[r.state].append(QRectF(x(r.clip_start), _CLIP_TOP,
                                              max(1.0, (body_end - r.clip_start) * scale), _CLIP_H))
            if r.overflow_ms > 0:
                hatch_rects.append(QRectF(x(body_end), _CLIP_TOP + _CLIP_H - _OVERHANG_H,
                                          max(1.0, r.overflow_ms * scale), _OVERHANG_H))
            if r.clip_start != r.start:
                shift_lines.append((x(r.start), x(r.clip_start)))

        painter.setPen(Qt.PenStyle.NoPen)
        pale = QColor(_CUE_COLOR)
        pale.setAlpha(55)
        painter.setBrush(pale)
        painter.drawRects(borrow_rects)
        # Outlines separate neighbours when boxes are wide; when the whole film is on screen they
        # would merge into one dark band, so the boxes are then drawn flat.
        outlined = scale * 1000 >= 2
        painter.setBrush(_CUE_COLOR)
        painter.setPen(QPen(_CUE_COLOR.darker(140), 1) if outlined else Qt.PenStyle.NoPen)
        painter.drawRects(cue_rects)
        for state, rects in clip_rects.items():  # fits first: problems are drawn on top
            if rects:
                painter.setBrush(STATE_COLORS[state])
                painter.setPen(QPen(STATE_COLORS[state].darker(150), 1) if outlined else Qt.PenStyle.NoPen)
                painter.drawRects(rects)
        if hatch_rects:
            # The part past the slot's end, hatched: the eye finds "by how much" without reading a number.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(STATE_COLORS[OVERFLOW])
            painter.drawRects(hatch_rects)
            painter.setBrush(QBrush(_OVERFLOW_HATCH, Qt.BrushStyle.BDiagPattern))
            painter.drawRects(hatch_rects)
        if shift_lines:
            # Between the lanes, where no bar can hide it: from the cue's start to where its audio went.
            painter.setPen(QPen(_PUSH_COLOR, 2))
            y = _CLIP_TOP - 1
            for from_x, to_x in shift_lines:
                painter.drawLine(QPointF(from_x, y), QPointF(to_x, y))
                painter.drawLine(QPointF(to_x, y - 3), QPointF(to_x, _CLIP_TOP + _CLIP_H))

        if self._current is not None and self._current in rows:
            r = self._index.rows[self._current]
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(QRectF(x(r.start), _SLOT_TOP, max(2.0, (r.end - r.start) * scale), _SLOT_H))

        self._paint_numbers(painter, rows, x, scale)
        self._paint_waveform(painter, width, left, _WAVE_TOP, wave_bottom)

        if self._playhead is not None and left <= self._playhead <= right:
            painter.setPen(QPen(QColor("#ff3b30"), 1))
            px = x(self._playhead)
            painter.drawLine(QPointF(px, 0), QPointF(px, height))

    def _paint_numbers(self, painter: QPainter, rows: list[int], x, scale: float) -> None:
        metrics = QFontMetrics(painter.font())
        digit = metrics.horizontalAdvance("0")
        if scale * 1000 * 0.5 < digit * 2:
            return  # no line is wide enough for a number at this zoom: skip the text entirely
        painter.setPen(QColor("white"))
        for i in rows:
            r = self._index.rows[i]
            text = str(i + 1)
            box = QRectF(x(r.start) + 2, _SLOT_TOP, (r.end - r.start) * scale - 4, _SLOT_H)
            if box.width() >= metrics.horizontalAdvance(text):
                painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_ruler(self, painter: QPainter, width: int, left: float, right: float) -> None:
        palette = self.palette()
        painter.fillRect(0, 0, width, _RULER_H, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, _RULER_H - 1, width, _RULER_H - 1)
        metrics = QFontMetrics(painter.font())
        label_px = metrics.horizontalAdvance("0:00:00.0") + 16
        step = _tick_step_ms(label_px * 1000 / self._px_per_s)
        minor = step / 5
        scale = self._px_per_s / 1000
        long_film = self._duration_ms >= 3_600_000
        text_pen = palette.color(QPalette.ColorRole.WindowText)
        # Integer tick numbers, not a running float sum: labels never drift off their ticks.
        for k in range(math.floor(left / minor), math.floor(right / minor) + 1):
            t = k * minor
            px = (t - left) * scale
            major = k % 5 == 0
            painter.setPen(palette.color(QPalette.ColorRole.Mid) if not major else text_pen)
            painter.drawLine(QPointF(px, _RULER_H - (7 if major else 3)), QPointF(px, _RULER_H - 1))
            if major and t >= 0:
                painter.drawText(QPointF(px + 3, _RULER_H - 5), _ruler_label(t, step, long_film))

    def _paint_waveform(self, painter: QPainter, width: int, left: float, top: int, bottom: int) -> None:
        mid = (top + bottom) / 2
        half = (bottom - top) / 2
        painter.setPen(QPen(QColor(_WAVE_COLOR.red(), _WAVE_COLOR.green(), _WAVE_COLOR.blue(), 90), 1))
        painter.drawLine(QPointF(0, mid), QPointF(width, mid))
        if self._peaks is None:
            return
        first_px = math.floor(left * self._px_per_s / 1000)
        key = (self._px_per_s, first_px, width)
        if self._wave_cache is not None and self._wave_cache[0] == key:
            columns = self._wave_cache[1]
        else:
            columns = self._peaks.columns(first_px, width + 1, self._px_per_s)
            self._wave_cache = (key, columns)
        # Columns sit on whole pixels: fractional x would round two columns onto one pixel and
        # leave an empty one, striping the waveform.
        offset = round(first_px - left * self._px_per_s / 1000)
        painter.setPen(QPen(_WAVE_COLOR, 1))
        # Scaled to the dub's own loudest peak, so a quiet dub is as readable as a loud one; the floor
        # keeps near-silence from being blown up into a wall of noise.
        unit = half / max(self._peaks.peak, _WAVE_FLOOR)
        lines = []
        for column, (low, high) in enumerate(columns):
            if high <= 0 and low >= 0:
                continue
            px = column + offset
            lines.append(QPointF(px, mid - high * unit))
            lines.append(QPointF(px, mid - low * unit + 1))
        if lines:
            painter.drawLines(lines)


_TICK_STEPS_MS = (100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000,
                  600_000, 900_000, 1_800_000, 3_600_000)


def _tick_step_ms(min_ms: float) -> int:
    """The smallest round interval between labelled ticks that leaves min_ms between labels."""
    for step in _TICK_STEPS_MS:
        if step >= min_ms:
            return step
    return _TICK_STEPS_MS[-1]


def _ruler_label(ms: float, step: int, long_film: bool) -> str:
    total = round(ms)
    hours, rest = divmod(total, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    text = f"{hours}:{minutes:02d}:{seconds:02d}" if long_film else f"{minutes + 60 * hours}:{seconds:02d}"
    if step < 1000:
        text += f".{millis // 100}"
    return text
