"""The side dock that answers "what will this cost and what do I have left?" before anything is spent.

It joins the account session (provider, tariff, balance), the cue model's running cost totals and the
table's selection: the balance panel on top, this render's totals below, both live.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QScrollArea, QVBoxLayout, QWidget

from studio.core.cost_sheet import Totals
from studio.gui.accounts.account_session import AccountSession
from studio.gui.money.balance_panel import BalancePanel
from studio.gui.money.totals_panel import TotalsPanel
from studio.gui.money.usage_dialog import UsageDialog
from studio.gui.money.usage_plot import usage_fetch_range
from studio.gui.table.cue_model import CueTableModel
from studio.providers.base import Balance


class MoneyDock(QDockWidget):
    def __init__(self, session: AccountSession, model: CueTableModel, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Account and Cost"), parent)
        self.setObjectName("moneyDock")
        self.session = session
        self.model = model
        self.selection: QItemSelectionModel | None = None
        self._proxy: QSortFilterProxyModel | None = None
        self.balance_panel = BalancePanel()
        self.totals_panel = TotalsPanel()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.balance_panel)
        layout.addWidget(self.totals_panel)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(scroll)
        self.setMinimumWidth(270)
        self.usage_dialog: UsageDialog | None = None

        # Selection totals walk the selected rows: coalesce bursts (typing, shift-click drags).
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self.update_totals)

        session.loading.connect(self.balance_panel.show_loading)
        session.no_key.connect(self._on_no_key)
        session.balance_changed.connect(self._on_balance)
        session.balance_failed.connect(self._on_balance_failed)
        session.ready.connect(self._on_ready)
        self.balance_panel.refresh_requested.connect(session.refresh_balance)
        self.balance_panel.usage_requested.connect(self.open_usage)
        model.costs_changed.connect(self.update_totals)
        model.fits.changed.connect(lambda: self.totals_panel.show_wont_fit(model.fits.rows.wont_fit))
        self.update_totals()

    def watch_selection(self, selection: QItemSelectionModel, proxy: QSortFilterProxyModel) -> None:
        """Follow a view's selection (its rows mapped through the filter proxy)."""
        self.selection = selection
        self._proxy = proxy
        selection.selectionChanged.connect(lambda *_: self._selection_timer.start())

    # --- totals --------------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        # Walk the selection's ranges: selectedRows() asks flags() of every cell of every row, which
        # makes "select all" on a long film take a second.
        if self.selection is None or self._proxy is None:
            return []
        return self._proxy.selected_source_rows(self.selection.selection())

    def update_totals(self) -> None:
        sheet = self.model.costs
        if not sheet.complete:
            return  # a file just opened is still being costed: the model says when it is done
        count = len(sheet)
        rows = [r for r in self.selected_rows() if r < count]  # the selection's rows are never negative
        selection: Totals | None = sheet.totals_of(rows) if len(rows) > 1 else None
        self.totals_panel.show_totals(sheet.totals(), selection, sheet.unit)

    # --- account -------------------------------------------------------------------------------

    def _on_ready(self, provider) -> None:  # noqa: ANN001
        if self.session.name == "offline":
            self.balance_panel.show_free(self.session.name)
            self.totals_panel.show_remaining(None)

    def _on_no_key(self, provider: str) -> None:
        self.balance_panel.show_no_key(provider)
        self.totals_panel.show_remaining(None)

    def _on_balance(self, balance: Balance) -> None:
        if balance.unit == "none":
            self.balance_panel.show_free(balance.provider)
        else:
            self.balance_panel.show_balance(balance)
        self.totals_panel.show_remaining(balance.remaining)

    def _on_balance_failed(self, provider: str, message: str) -> None:
        self.balance_panel.show_error(provider, message)
        self.totals_panel.show_remaining(None)

    def open_usage(self) -> UsageDialog | None:
        """Credits used per day this billing period (ElevenLabs), in a window of its own."""
        provider = self.session.provider
        usage = getattr(provider, "usage", None)
        if usage is None:
            return None
        resets_at = self.session.balance.resets_at if self.session.balance else None
        start, end = usage_fetch_range(resets_at, datetime.now(timezone.utc))
        dialog = UsageDialog(self, provider=self.session.name, resets_at=resets_at, unit=self.session.tariff.unit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.load(lambda: usage(start, end))
        dialog.open()
        self.usage_dialog = dialog
        return dialog
