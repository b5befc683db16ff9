"""Credits used per day, drawn with QPainter (usage_dialog.py loads them off the GUI thread).

The range is the current billing period (the month before the next reset) so the bars answer "how much
of this month's credits went where", and the reset is marked where the credits come back. Without a
reset date (or one outside a plausible month) it is the last 30 days.

Bars are UTC days because the provider asks for daily buckets in UTC (`ElevenLabsProvider.usage`);
labels name those days, while the reset marker and the sentences use local time like the rest of the app.
"""

from __future__ import annotations

import calendar
import logging
import math
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from studio.gui.kit import colors, money_text
from studio.providers.elevenlabs_usage import UsagePoint

log = logging.getLogger(__name__)

DAY = timedelta(days=1)


def _as_utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def month_earlier(moment: datetime) -> datetime:
    """Same day-of-month one month earlier, clamped (31 Mar -> 28/29 Feb), same time and zone."""
    year, month = (moment.year - 1, 12) if moment.month == 1 else (moment.year, moment.month - 1)
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def usage_period(resets_at: datetime | None, now: datetime) -> tuple[datetime, datetime]:
    """The range to show: the billing period that ends at the next reset, else the last 30 days.

    A reset already past (stale data) or more than a month away (a quarterly or yearly refill) has no
    "month before it" that contains today, so the last 30 days are more useful then.
    """
    now = _as_utc(now)
    if resets_at is not None:
        end = _as_utc(resets_at)
        start = month_earlier(end)
        if start <= now < end:
            return start, end
    return now - timedelta(days=30), now


def usage_fetch_range(resets_at: datetime | None, now: datetime) -> tuple[datetime, datetime]:
    """What to ask the provider for: the usage period widened to whole UTC days.

    From 00:00:00 of the first day to 23:59:59 of the last, as the usage endpoints want to include both
    days, and so that daily buckets line up with the bars (the first day is counted in full).
    """
    start, end = usage_period(resets_at, now)
    first = datetime.combine(start.date(), time(), timezone.utc)
    last = datetime.combine(end.date(), time(), timezone.utc)
    if last == end:  # a period ending exactly at midnight does not include that day
        last -= DAY
    return first, last + DAY - timedelta(seconds=1)


def daily_totals(points: list[UsagePoint]) -> dict[date, float]:
    """Credits per UTC day (hourly or per-product points of one day are summed)."""
    totals: dict[date, float] = {}
    for point in points:
        day = _as_utc(point.at).date()
        totals[day] = totals.get(day, 0.0) + float(point.credits)
    return totals


def nice_step(span: float, ticks: int = 4) -> float:
    """A round tick step (1, 2, 2.5 or 5 × 10^k) giving about `ticks` intervals over span."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return max(1.0, factor * power)  # never fractional credits on an axis
    return 10 * power


class UsagePlot(QWidget):
    """Bars of usage per day over a period, with the reset marked; or one message instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.unit = "credits"
        self.period: tuple[datetime, datetime] | None = None
        self.resets_at: datetime | None = None
        self.days: list[tuple[datetime, float]] = []  # (UTC midnight, amount) for every day in range
        self.total = 0.0
        self.state = "empty"  # empty | loading | error | data
        self.message = self.tr("No usage data for this period.")
        self.tz: tzinfo | None = None  # None: the computer's zone (tests pin one)
        self.now: datetime | None = None

    # -- public API ------------------------------------------------------------------------------
    def set_usage(self, points: list[UsagePoint], resets_at: datetime | None, unit: str,
                  now: datetime | None = None) -> None:
        """Show these points over the current billing period (or the last 30 days)."""
        now = _as_utc(now) if now is not None else datetime.now(timezone.utc)
        self.now = now
        self.unit = unit
        self.resets_at = _as_utc(resets_at) if resets_at is not None else None
        # Whole UTC days on the axis: a period starting at 21:00 would otherwise begin with a sliver
        # of a bar, and the reset marker still sits at its exact hour inside the last day.
        start, last_second = usage_fetch_range(self.resets_at, now)
        end = last_second + timedelta(seconds=1)
        totals = daily_totals(points)
        # Points outside the period (a fetch that asked for more) widen it rather than vanish.
        if totals:
            first = datetime.combine(min(totals), time(), timezone.utc)
            last = datetime.combine(max(totals), time(), timezone.utc) + DAY
            start, end = min(start, first), max(end, last)
        self.period = (start, end)
        day = start
        self.days = []
        while day < end:
            self.days.append((day, totals.get(day.date(), 0.0)))
            day += DAY
        self.total = sum(totals.values())
        if not points:
            self.state, self.message = "empty", self.tr("No usage data for this period.")
        elif self.total <= 0:
            self.state, self.message = "empty", self.tr("Nothing used in this period yet.")
        else:
            self.state, self.message = "data", ""
        self.update()

    def set_loading(self) -> None:
        self.state, self.message = "loading", self.tr("Loading usage…")
        self.update()

    def set_error(self, message: str) -> None:
        self.state, self.message = "error", message
        self.update()

    # -- geometry --------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(560, 260)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(280, 160)

    def _y_max_and_step(self) -> tuple[float, float]:
        peak = max((v for _, v in self.days), default=0.0)
        step = nice_step(peak)
        return max(step, math.ceil(peak / step) * step), step

    def _tick_text(self, value: float) -> str:
        return money_text.amount_number(value, self.unit)

    def _plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        top_max, step = self._y_max_and_step()
        widest = max(fm.horizontalAdvance(self._tick_text(step * i))
                     for i in range(int(round(top_max / step)) + 1))
        left = widest + 10
        top = round(fm.height() * 1.5) + 10  # room for the caption and the reset label above the bars
        bottom = fm.height() + 10   # room for the day labels
        return QRectF(left, top, max(10.0, self.width() - left - 14), max(10.0, self.height() - top - bottom))

    def _x_of(self, moment: datetime, rect: QRectF) -> float:
        assert self.period is not None
        start, end = self.period
        span = (end - start).total_seconds() or 1.0
        return rect.left() + rect.width() * (moment - start).total_seconds() / span

    def bar_rects(self) -> list[tuple[QRectF, datetime, float]]:
        """Each non-empty day's bar in widget coordinates (tooltips and tests use them)."""
        if self.state != "data" or self.period is None:
            return []
        rect = self._plot_rect()
        top_max, _ = self._y_max_and_step()
        start, end = self.period
        result = []
        for day, value in self.days:
            if value <= 0:
                continue
            x0 = self._x_of(max(day, start), rect)
            x1 = self._x_of(min(day + DAY, end), rect)
            gap = min(3.0, (x1 - x0) * 0.2)
            height = rect.height() * value / top_max
            result.append((QRectF(x0 + gap / 2, rect.bottom() - height, max(1.0, x1 - x0 - gap), height),
                           day, value))
        return result

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self.state != "data":
            self._paint_message(painter)
        else:
            self._paint_future(painter)
            self._paint_axes(painter)
            self._paint_bars(painter)
            self._paint_reset(painter)
        painter.end()

    def _paint_message(self, painter: QPainter) -> None:
        palette = self.palette()
        color = (colors.warning_color(palette) if self.state == "error"
                 else palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setPen(color)
        box = QRectF(self.rect()).adjusted(24, 16, -24, -16)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)

    def _paint_axes(self, painter: QPainter) -> None:
        palette = self.palette()
        fm = self.fontMetrics()
        rect = self._plot_rect()
        top_max, step = self._y_max_and_step()
        text_color = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = QColor(palette.color(QPalette.ColorRole.Text))
        grid.setAlpha(28)
        # Horizontal grid lines with their value at the left.
        for i in range(int(round(top_max / step)) + 1):
            value = step * i
            y = rect.bottom() - rect.height() * value / top_max
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(text_color)
            label_rect = QRectF(0, y - fm.height() / 2, rect.left() - 6, fm.height())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self._tick_text(value))
        # What the bars count, above the value labels.
        painter.setPen(text_color)
        caption = (self.tr("Credits per day") if self.unit == "credits" else self.tr("Audio time per day"))
        painter.drawText(QRectF(4, 0, rect.width(), fm.height() + 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, caption)
        # Day labels: as many as fit without touching, always including the first day.
        if not self.days:
            return
        day_px = rect.width() / max(1, len(self.days))
        label_w = fm.horizontalAdvance(money_text.short_date(self.days[0][0], timezone.utc)) + 12
        every = max(1, math.ceil(label_w / max(day_px, 0.1)))
        for index in range(0, len(self.days), every):
            day = self.days[index][0]
            centre = self._x_of(day + DAY / 2, rect)
            text = money_text.short_date(day, timezone.utc)  # the bucket's own (UTC) day
            width = fm.horizontalAdvance(text)
            x = min(max(centre - width / 2, rect.left() - 4), self.width() - width - 2)
            painter.drawText(QRectF(x, rect.bottom() + 4, width + 2, fm.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
        # Baseline.
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))

    def _paint_future(self, painter: QPainter) -> None:
        # The days still to come in this period, shaded: the bars stop at today, the credits come back
        # at the marker, and the gap between them is what is left to spend.
        if self.now is None or self.period is None or not self.period[0] < self.now < self.period[1]:
            return
        rect = self._plot_rect()
        x = self._x_of(self.now, rect)
        shade = QColor(self.palette().color(QPalette.ColorRole.Text))
        shade.setAlpha(10)
        painter.fillRect(QRectF(x, rect.top(), rect.right() - x, rect.height()), shade)

    def _paint_bars(self, painter: QPainter) -> None:
        color = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for bar, _, _ in self.bar_rects():
            painter.drawRoundedRect(bar, 1.5, 1.5)

    def reset_marker_x(self) -> float | None:
        """Where the reset line is drawn, or None when the reset is outside the range shown."""
        if self.state != "data" or self.period is None or self.resets_at is None:
            return None
        start, end = self.period
        if not start <= self.resets_at <= end:
            return None
        return self._x_of(self.resets_at, self._plot_rect())

    def reset_label(self) -> str:
        if self.resets_at is None:
            return ""
        return self.tr("Reset %1").replace("%1", money_text.short_date(self.resets_at, self.tz))

    def _paint_reset(self, painter: QPainter) -> None:
        x = self.reset_marker_x()
        if x is None:
            return
        rect = self._plot_rect()
        fm = self.fontMetrics()
        # Warm, so the marker reads as "something happens here"; chosen now, for the palette in force.
        color = colors.warning_color(self.palette())
        pen = QPen(color, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, rect.top() - 2), QPointF(x, rect.bottom()))
        label = self.reset_label()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        width = painter.fontMetrics().horizontalAdvance(label) + 4
        # To the right of the line if it fits, else to its left (the reset is usually the last day).
        left = x + 4 if x + 4 + width <= self.width() - 2 else x - 4 - width
        painter.setPen(color)
        painter.drawText(QRectF(left, rect.top() - fm.height() - 4, width, fm.height()),
                         Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(self.font())

    # -- tooltips --------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            area = self._plot_rect()
            for bar, day, value in self.bar_rects():
                hit = QRectF(bar.left() - 1, area.top(), bar.width() + 2, area.height())
                if hit.contains(QPointF(event.pos())):
                    text = self.tr("%1: %2").replace("%1", money_text.short_date(day, timezone.utc)).replace(
                        "%2", money_text.amount_text(value, self.unit))
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)
