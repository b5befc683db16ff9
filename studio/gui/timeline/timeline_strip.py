"""The timeline strip under the subtitle table: slots, clips, the dub's waveform, click to select, zoom.

Drawn with QPainter, and only what is visible: the visible cues are found by bisection (sorted by start),
the waveform read from a peak pyramid (min/max per block, each level four times coarser) built once off
the GUI thread, so a 2 h film with 1,500 lines paints in a few milliseconds at any zoom. Zoomed in closer
than the pyramid's finest level, the peaks of the seconds on screen are read straight from the samples.
This module holds the strip's state and data; the drawing is the StripPainting mixin (strip_paint.py),
the mouse, wheel and keys the StripInput mixin (strip_input.py), and the widget that receives the events
is StripCanvas (strip_canvas.py).
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Collection, Sequence

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollBar, QToolButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from studio.core.assemble import Placement
from studio.core.cues import Cue
from studio.core.timecode import format_ms
from studio.core.waveform import WaveformPeaks
from studio.gui.kit.tasks import Task, run_in_background
from studio.gui.kit.number_text import decimal_text
from studio.gui.timeline.strip_canvas import StripCanvas
from studio.gui.timeline.strip_input import ZOOM_STEP, StripInput
from studio.gui.timeline.strip_paint import _PUSH_COLOR, STATE_COLORS, StripPainting
from studio.gui.timeline.strip_rows import FITS, OVERFLOW, STRETCHED, StripRows, times_of
from studio.gui.timeline.fit_ladder_text import rung_text

MIN_PX_PER_S = 0.05  # a 2 h film fits in 360 px
MAX_PX_PER_S = 800.0  # 1.25 ms per pixel: single syllables are visible
DEFAULT_PX_PER_S = 25.0  # about 40 s in a window-wide strip: a few lines either side of the current one
_TAIL_MS = 2000  # room after the last line, so its overflow or a short clip is not flush with the edge


class TimelineStrip(StripPainting, StripInput, QWidget):
    """Each cue's slot, its clip coloured by how it fits, the dub's waveform; click a cue to select it."""

    cue_clicked = Signal(int)  # 0-based row of the cue clicked
    cue_activated = Signal(int)  # 0-based row double-clicked (e.g. "play in context")
    zoom_changed = Signal(float)  # pixels per second
    waveform_ready = Signal()  # the waveform given to set_waveform can now be drawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = StripRows()
        self._current: int | None = None
        self._playhead: int | None = None
        self._px_per_s = DEFAULT_PX_PER_S
        self._peaks: WaveformPeaks | None = None
        self._peaks_task: Task | None = None
        self._wave_cache: tuple[tuple[float, int, int], list[tuple[int, int]]] | None = None
        self._duration_ms = 0

        self.canvas = StripCanvas(self, self)
        self.scrollbar = QScrollBar(Qt.Orientation.Horizontal, self)
        self.scrollbar.valueChanged.connect(self._scrolled)
        self.zoom_out_button = self._tool_button(self.tr("−"), self.tr("Zoom out (−, or Ctrl+wheel)"))
        self.zoom_in_button = self._tool_button(self.tr("+"), self.tr("Zoom in (+, or Ctrl+wheel)"))
        self.fit_button = self._tool_button(self.tr("Fit"), self.tr("Show the whole film (0)"))
        # Not connected directly: clicked(False) would arrive as anchor_ms=0, zooming on the film's start.
        self.zoom_out_button.clicked.connect(lambda: self.zoom_out())
        self.zoom_in_button.clicked.connect(lambda: self.zoom_in())
        self.fit_button.clicked.connect(self.zoom_to_fit)
        self.legend = QLabel(self._legend_html(), self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        bar.addWidget(self.scrollbar, 1)
        bar.addWidget(self.legend)
        bar.addSpacing(6)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(bar)
        self.setMinimumHeight(100)
        self._update_scrollbar()

    def sizeHint(self) -> QSize:
        return QSize(800, 110)

    # ----- data -----

    def set_cues(self, cues: Sequence[Cue], *, keep_audio: bool = True) -> None:
        """The document's cues, in table order (row i of the table is cue i); keep_audio=False also
        forgets the placements and waveform (lines were inserted or removed), in the same pass."""
        if not keep_audio:
            self._forget_audio()
        self._index.times = [times_of(cue) for cue in cues]
        if self._current is not None and self._current >= len(self._index.times):
            self._current = None
        self._rebuild()

    def set_placements(self, placements: Sequence[Placement], native: Collection[int] = ()) -> None:
        """Where each line's audio went (Placement.index is 1-based: row index - 1); native: the 1-based
        lines a natural voice spoke faster to fit (DubResult.native_speeds)."""
        self._index.placements = {p.index - 1: p for p in placements}
        self._index.native = frozenset(i - 1 for i in native)
        self._rebuild()

    def set_waveform(self, samples: memoryview | array | bytes | bytearray, sample_rate: int) -> None:
        """Draw the dub's waveform from mono int16 samples (e.g. Track.samples); peaks are built off-thread.

        The samples are read, never copied or changed: keep them alive and unchanged while shown.
        """
        if self._peaks_task is not None:
            self._peaks_task.discard()  # an older dub: its peaks would be stale
        self._peaks = None
        self._wave_cache = None
        self._peaks_task = run_in_background(WaveformPeaks.build, samples, sample_rate,
                                             on_done=self._peaks_built)

    def clear_audio(self) -> None:
        """Forget the placements and the waveform (the dub is out of date); the cues stay."""
        self._forget_audio()
        self._rebuild()

    def _forget_audio(self) -> None:
        if self._peaks_task is not None:
            self._peaks_task.discard()
            self._peaks_task = None
        self._peaks = None
        self._wave_cache = None
        self._index.placements, self._index.native = {}, frozenset()  # the dub is gone

    def has_waveform(self) -> bool:
        return self._peaks is not None

    def clip_state(self, row: int) -> str | None:
        """'fits', 'stretched' or 'overflow' for the row's clip; None when it has no audio placed."""
        if 0 <= row < len(self._index):
            return self._index.rows[row].state
        return None

    def clip_color(self, row: int) -> QColor | None:
        state = self.clip_state(row)
        return QColor(STATE_COLORS[state]) if state else None

    # ----- selection and playhead -----

    def current(self) -> int | None:
        return self._current

    def set_current(self, row: int | None) -> None:
        """Highlight a row (None or -1: none) and scroll so it is on screen."""
        row = None if row is None or row < 0 or row >= len(self._index) else row
        self._current = row
        if row is not None:
            self.ensure_visible(row)
        self.canvas.update()

    def ensure_visible(self, row: int) -> None:
        """Scroll (only if needed) so the row's cue is on screen, a third of the way in."""
        first, last = self._index.rows[row].span
        left, right = self.visible_range_ms()
        if first >= left and min(last, first + (right - left)) <= right:
            return
        self.scrollbar.setValue(int(first - (right - left) / 3))

    def set_playhead(self, ms: int | None) -> None:
        """Draw a playback position line (None hides it)."""
        if ms != self._playhead:
            self._playhead = ms
            self.canvas.update()

    # ----- zoom and scroll -----

    @property
    def px_per_second(self) -> float:
        return self._px_per_s

    def set_zoom(self, px_per_s: float, anchor_ms: float | None = None) -> None:
        """Zoom to px_per_s, keeping anchor_ms (default: the centre) where it is on screen."""
        px_per_s = min(MAX_PX_PER_S, max(MIN_PX_PER_S, px_per_s))
        if math.isclose(px_per_s, self._px_per_s):
            return
        left, right = self.visible_range_ms()
        if anchor_ms is None and self._current is not None:
            # The buttons and keys zoom on the selected line: it stays in view (centred if it was not).
            anchor_ms = sum(self._index.rows[self._current].span) / 2
        elif anchor_ms is None:
            anchor_ms = (left + right) / 2
        anchor_x = ((anchor_ms - left) * self._px_per_s / 1000 if left <= anchor_ms <= right
                    else self.canvas.width() / 2)
        self._px_per_s = px_per_s
        self._wave_cache = None
        self._update_scrollbar()
        self.scrollbar.setValue(int(anchor_ms - anchor_x * 1000 / px_per_s))
        self.canvas.update()
        self.zoom_changed.emit(px_per_s)

    def zoom_in(self, anchor_ms: float | None = None) -> None:
        self.set_zoom(self._px_per_s * ZOOM_STEP, anchor_ms)

    def zoom_out(self, anchor_ms: float | None = None) -> None:
        self.set_zoom(self._px_per_s / ZOOM_STEP, anchor_ms)

    def zoom_to_fit(self) -> None:
        """Show the whole film."""
        width = max(1, self.canvas.width())
        self.set_zoom(width * 1000 / max(1, self._duration_ms))
        self.scrollbar.setValue(0)

    # ----- internals -----

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the canvas
        return button

    def _legend_html(self) -> str:
        def swatch(state: str, text: str) -> str:
            return f'<span style="color:{STATE_COLORS[state].name()}">■</span> {text}'
        return "&nbsp;&nbsp;".join([swatch(FITS, self.tr("fits")), swatch(STRETCHED, self.tr("stretched")),
                                    swatch(OVERFLOW, self.tr("overflows")),
                                    f'<span style="color:{_PUSH_COLOR.name()}">▬</span> '
                                    + self.tr("pushed")])

    def update_cues(self, first: int, cues: Sequence[Cue]) -> None:
        """Cues first, first+1... changed in place (an edit): patch their rows, not all of them."""
        if self._index.update(first, cues):
            self._duration_ms = max(self._duration_ms, self._index.end_ms + _TAIL_MS)
            self._update_scrollbar()

    def _rebuild(self) -> None:
        self._index.rebuild()
        end = max(self._index.end_ms, self._peaks.duration_ms if self._peaks is not None else 0)
        self._duration_ms = end + _TAIL_MS
        self._update_scrollbar()
        self.canvas.update()

    def _peaks_built(self, peaks: WaveformPeaks) -> None:
        if not isValid(self):
            return  # the strip was deleted while the peaks were computed
        self._peaks_task = None
        self._peaks = peaks
        self._wave_cache = None
        self._rebuild()
        self.waveform_ready.emit()

    def _update_scrollbar(self) -> None:
        visible = int(self.canvas.width() * 1000 / self._px_per_s)
        self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, max(0, self._duration_ms - visible))
        self.scrollbar.setPageStep(max(1, visible))
        self.scrollbar.setSingleStep(max(1, visible // 10))
        self.scrollbar.blockSignals(False)
        self.canvas.update()

    def _scrolled(self, _value: int) -> None:
        self.canvas.update()

    def _visible_rows(self, left: float, right: float) -> list[int]:
        return self._index.visible(left, right)

    def _tooltip(self, pos: QPoint) -> str:
        row = self.row_at(pos.x(), pos.y())
        if row is None:
            return ""
        r = self._index.rows[row]
        lines = [self.tr("Line {line}: {start} → {end}").format(line=row + 1, start=format_ms(r.start),
                                                                 end=format_ms(r.end))]
        placement = self._index.placements.get(row)
        if placement is None or r.state is None:
            lines.append(self.tr("No audio placed yet."))
            return "\n".join(lines)
        lines.append(self.tr("Audio at {placed}, {clip} ms long (room: {slot} ms)").format(
            placed=format_ms(placement.placed_ms), clip=placement.clip_ms, slot=placement.slot_ms))
        if placement.shift_ms:
            lines.append(self.tr("Pushed {ms} ms later by the line before.").format(ms=placement.shift_ms))
        lines.append(rung_text(placement, native_speed=row in self._index.native))
        if placement.speed != 1.0:
            lines.append(self.tr("Speed ×%1").replace("%1", decimal_text(placement.speed, 2)))
        if placement.overflow_ms:
            lines.append(self.tr("Overflows its slot by {ms} ms: shorten the text, allow more speed, or let "
                                 "it overlap.").format(ms=placement.overflow_ms))
        return "\n".join(lines)
