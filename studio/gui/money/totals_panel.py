"""What this render would cost: the whole file and the selection, lines to render vs already rendered,
and the balance now and after, in the provider's unit. Updated on every keystroke from the cost sheet's
running totals (O(1)), and on selection changes (O(selected lines))."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QLabel, QVBoxLayout, QWidget

from studio.core.cost_sheet import Totals
from studio.gui.kit import colors
from studio.gui.kit.money_text import amount_text
from studio.gui.kit.number_text import counted


class TotalsPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("This render"), parent)
        self.setObjectName("totalsPanel")
        self.file_cost = QLabel()
        self.file_lines = QLabel()
        # The fit forecast's count, beside the price: what the money buys that will not fit anyway.
        self.wont_fit = QLabel()
        self.wont_fit.setObjectName("wontFit")
        self.wont_fit.setWordWrap(True)
        self.wont_fit.hide()
        self.selection_title = QLabel(self.tr("Selection"))
        self.selection_cost = QLabel()
        self.selection_lines = QLabel()
        self.balance_now = QLabel()
        self.balance_after = QLabel()
        for label in (self.file_cost, self.selection_cost, self.balance_after):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        for label in (self.file_lines, self.selection_lines):
            label.setWordWrap(True)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for label in (self.selection_title, self.selection_cost, self.selection_lines):
            # Selecting lines shows these without moving anything: a relayout of the window would
            # resize the 10,000-line table beside it, which made "select all" take a third of a second.
            policy = label.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            label.setSizePolicy(policy)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Whole file:"), self.file_cost)
        form.addRow(self.file_lines)
        form.addRow(self.wont_fit)
        form.addRow(self.selection_title, self.selection_cost)
        form.addRow(self.selection_lines)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        form.addRow(line)
        form.addRow(self.tr("Balance now:"), self.balance_now)
        form.addRow(self.tr("After this render:"), self.balance_after)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self._unit = "none"
        self._remaining: float | None = None
        self._file = Totals()
        self.show_totals(Totals(), None, "none")

    def show_totals(self, file: Totals, selection: Totals | None, unit: str) -> None:
        self._unit, self._file = unit, file
        self.file_cost.setText(self._cost_text(file, unit))
        self.file_cost.setToolTip(self._unknown_tip(file))
        self.file_lines.setText(self._lines_text(file))
        self.file_lines.setToolTip(self._reuse_tip(file))
        has_selection = selection is not None
        for widget in (self.selection_title, self.selection_cost, self.selection_lines):
            widget.setVisible(has_selection)
        if selection is not None:
            self.selection_cost.setText(self._cost_text(selection, unit))
            self.selection_cost.setToolTip(self._unknown_tip(selection))
            self.selection_lines.setText(self._lines_text(selection))
            self.selection_lines.setToolTip(self._reuse_tip(selection))
        self._show_balance()

    def show_wont_fit(self, lines: list[int] | None) -> None:
        """The lines (1-based) the fit forecast says will not fit; None: no forecast yet."""
        self.wont_fit.setVisible(lines is not None)
        if lines is None:
            return
        if lines:
            shown = ", ".join(str(line) for line in lines[:8]) + ("…" if len(lines) > 8 else "")
            self.wont_fit.setText(counted(self.tr("%n line(s) will not fit", "", len(lines)), len(lines)))
            self.wont_fit.setToolTip(self.tr("Forecast from each voice's pace, before anything is paid: even "
                                             "stretched to the cap, these lines are too long for their place "
                                             "(lines %1). Shorten them or give them more time; the Fit column "
                                             "says why.").replace("%1", shown))
            colors.set_text_color(self.wont_fit, colors.error_color, "font-weight: bold;")
        else:
            self.wont_fit.setText(self.tr("Every line should fit"))
            self.wont_fit.setToolTip(self.tr("Forecast from each voice's pace, before anything is paid."))
            colors.set_text_color(self.wont_fit, None)

    def show_remaining(self, remaining: float | None) -> None:
        self._remaining = remaining
        self._show_balance()

    def _cost_text(self, totals: Totals, unit: str) -> str:
        text = amount_text(totals.cost, unit)
        if totals.prices_unknown:
            text = self.tr("≤ %1").replace("%1", text)  # an upper bound: the price is unknown
        return text

    def _reuse_tip(self, totals: Totals) -> str:
        if not totals.lines_reusing:
            return ""
        return self.tr("Lines with the same text, voice and settings are rendered once: the others reuse "
                       "that clip and cost nothing more.")

    def _unknown_tip(self, totals: Totals) -> str:
        if not totals.prices_unknown:
            return ""
        return self.tr("The provider's price for %n line(s) is missing or implausible. They are counted at "
                       "the most expensive plausible rate (1 credit per character), never as free.", "",
                       totals.prices_unknown)

    def _lines_text(self, totals: Totals) -> str:
        if totals.lines_reusing:
            # "21 lines to render" for 300 cues needs its reason: identical lines share one clip.
            text = counted(self.tr("%n different line(s) to render", "", totals.lines_to_render),
                           totals.lines_to_render)
            text += counted(self.tr("; %n reuse a clip", "", totals.lines_reusing), totals.lines_reusing)
        else:
            text = counted(self.tr("%n line(s) to render", "", totals.lines_to_render),
                           totals.lines_to_render)
        text += counted(self.tr(", %n already rendered", "", totals.lines_cached), totals.lines_cached)
        if totals.lines_to_render:
            text += counted(self.tr(" — %n character(s) sent", "", totals.chars), totals.chars)
        if totals.prices_unknown:
            text += "\n" + self.tr("Price unknown for %n line(s): counted at the highest rate.", "",
                                   totals.prices_unknown)
        return text

    def _show_balance(self) -> None:
        if self._unit == "none":
            self.balance_now.setText(self.tr("free (offline voice)"))
            self.balance_after.setText(self.tr("free"))
            colors.set_text_color(self.balance_after, None)
            return
        self.balance_now.setText(amount_text(self._remaining, self._unit))
        if self._remaining is None:
            self.balance_after.setText(self.tr("unknown"))
            colors.set_text_color(self.balance_after, None)
            self.balance_after.setToolTip(self.tr("The balance could not be read: see the account panel."))
            return
        after = self._remaining - self._file.cost
        if after < 0:
            self.balance_after.setText(self.tr("%1 short").replace("%1", amount_text(-after, self._unit)))
            colors.set_text_color(self.balance_after, colors.error_color)
            self.balance_after.setToolTip(self.tr("This render costs more than your balance: render fewer "
                                                  "lines, wait for the reset, or top up."))
        else:
            self.balance_after.setText(amount_text(after, self._unit))
            colors.set_text_color(self.balance_after, None)
            self.balance_after.setToolTip("")
