"""The Usage dialog: the credits used per day this billing period, loaded off the GUI thread, with the
period, the total and the reset in sentences; a failed request says so and offers Try Again."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from studio.gui.kit import colors, money_text
from studio.gui.kit.provider_text import error_text, provider_name
from studio.gui.kit.tasks import Task, run_in_background
from studio.gui.money.usage_plot import UsagePlot, usage_period
from studio.providers.base import ProviderError
from studio.providers.elevenlabs_usage import UsagePoint

log = logging.getLogger(__name__)


class UsageDialog(QDialog):
    """The plot with its period and total; `load(fetch)` fills it from a worker thread."""

    def __init__(self, parent: QWidget | None = None, *, provider: str = "elevenlabs",
                 resets_at: datetime | None = None, unit: str = "credits",
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.provider = provider
        self.resets_at = resets_at
        self.unit = unit
        self._now = now  # fixed in tests; None means "when the answer arrives"
        self.task: Task | None = None
        self._fetch: Callable[[], list[UsagePoint]] | None = None
        self.setWindowTitle(self.tr("%1 usage").replace("%1", provider_name(provider)))

        self.period_label = QLabel()
        heading = QFont(self.period_label.font())
        heading.setBold(True)
        self.period_label.setFont(heading)
        self.plot = UsagePlot()
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        colors.set_text_color(self.error_label, colors.warning_color)
        self.error_label.hide()
        self.retry_button = QPushButton(self.tr("Try Again"))
        self.retry_button.clicked.connect(self._retry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.hide()  # after addButton, which shows it
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.period_label)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._show_period()

    def _period(self) -> tuple[datetime, datetime]:
        return usage_period(self.resets_at, self._now or datetime.now(timezone.utc))

    def _show_period(self) -> None:
        start, end = self._period()
        dates = money_text.local_date_time
        text = (self.tr("Credits used per day, %1 – %2") if self.unit == "credits"
                else self.tr("Audio time used per day, %1 – %2"))
        self.period_label.setText(text.replace("%1", dates(start, self.plot.tz)[0]).replace(
            "%2", dates(end, self.plot.tz)[0]))

    def load(self, fetch: Callable[[], list[UsagePoint]]) -> Task:
        """Run fetch() on a worker thread, then show its points or its error here."""
        if self.task is not None:
            self.task.discard()  # the newer request wins
        self._fetch = fetch
        self.plot.set_loading()
        self.total_label.setText("")
        self.error_label.hide()
        self.retry_button.hide()
        self.task = run_in_background(fetch, on_done=self._on_points, on_error=self._on_error)
        return self.task

    def _retry(self) -> None:
        if self._fetch is not None:
            self.load(self._fetch)

    def _on_points(self, points: list[UsagePoint]) -> None:
        self.task = None
        self.error_label.hide()
        self.retry_button.hide()
        self.plot.set_usage(list(points), self.resets_at, self.unit, self._now)
        self._show_period()
        # The first day drawn (a UTC bucket), so the total and the bars always agree.
        first_day = self.plot.period[0] if self.plot.period else self._period()[0]
        text = self.tr("%1 used since %2.").replace(
            "%1", money_text.amount_text(self.plot.total, self.unit)).replace(
            "%2", money_text.local_date_time(first_day, timezone.utc)[0])
        if self.resets_at is not None:
            text += " " + money_text.reset_sentence(self.resets_at, self.unit, self.plot.tz) + "."
        self.total_label.setText(text)

    def _on_error(self, error: BaseException) -> None:
        self.task = None
        if isinstance(error, ProviderError):
            message = error_text(error)  # one sentence that says what to do, never the key
        else:
            log.error("Loading the usage failed", exc_info=error)
            message = self.tr("The usage could not be loaded because of an unexpected error; "
                              "the details are in the log.")
        self.plot.set_error(self.tr("Usage unavailable"))
        self.error_label.setText(message)
        self.error_label.show()
        self.retry_button.show()

    def done(self, result: int) -> None:
        # A late answer must not reach a closed dialog.
        if self.task is not None:
            self.task.discard()
            self.task = None
        super().done(result)
