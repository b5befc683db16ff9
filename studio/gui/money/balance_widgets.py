"""The balance panel's widgets: built once and laid out, the figure in bold, the secondary facts quieter, and
their colours taken from the palette again after a light/dark switch.

A mixin of BalancePanel (balance_panel.py), which decides what each state shows; kept apart because the
panel's construction and its palette handling change for other reasons (a theme, a new row) than the
money rules of its states. The texts keep the BalancePanel translation context (they are the panel's),
so they are written as `QCoreApplication.translate("BalancePanel", ...)`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QStyle,
                               QToolButton, QVBoxLayout)


class BalanceWidgets:
    """Builds BalancePanel's widgets (its signals and `show_api_note` are the panel's)."""

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self._quiet_labels: list[QLabel] = []
        self.title_label = self._bold_label(1.15)
        self.refresh_button = QToolButton()
        self.refresh_button.setText(QCoreApplication.translate("BalancePanel", "Refresh"))
        self.refresh_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.refresh_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.refresh_button.setAutoRaise(True)
        self.refresh_button.setToolTip(QCoreApplication.translate(
            "BalancePanel", "Ask the provider for the balance again (costs nothing)"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.refresh_button)

        self.tier_label = self._small_label()

        self.amount_label = self._bold_label(1.9)
        self.amount_caption = self._small_label()

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setRange(0, 1000)

        self.reset_label = QLabel()
        self.reset_label.setWordWrap(True)
        self.reset_hint = self._small_label()
        self.overage_label = self._small_label()
        self.slots_label = self._small_label()

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setContentsMargins(0, 6, 0, 0)  # a message starts a block, below the title
        self.detail_label = self._small_label()
        self.add_key_button = QPushButton(QCoreApplication.translate("BalancePanel", "Add Key…"))
        self.add_key_button.setToolTip(QCoreApplication.translate("BalancePanel",
                                                                  "Open Accounts to enter an API key"))
        self.add_key_button.clicked.connect(self.add_key_requested)

        self.status_label = self._small_label()

        self.usage_button = QPushButton(QCoreApplication.translate("BalancePanel", "Usage…"))
        self.usage_button.setToolTip(QCoreApplication.translate("BalancePanel",
                                                                "Credits used per day in this billing period"))
        self.usage_button.clicked.connect(self.usage_requested)

        self.api_link = QLabel()
        self.api_link.setTextFormat(Qt.TextFormat.RichText)
        self.api_link.setWordWrap(True)
        self.api_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                              | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        question = QCoreApplication.translate("BalancePanel", "Does the API cost more than the website?")
        self.api_link.setText(f'<a href="#api-cost">{question}</a>')
        self.api_link.linkActivated.connect(lambda _href: self.show_api_note())

        self.separator = QFrame()
        self.separator.setFrameShape(QFrame.Shape.HLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.tier_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.add_key_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(4)
        layout.addWidget(self.amount_label)
        layout.addWidget(self.amount_caption)
        layout.addSpacing(2)
        layout.addWidget(self.progress)
        layout.addSpacing(6)
        layout.addWidget(self.reset_label)
        layout.addWidget(self.reset_hint)
        layout.addSpacing(4)
        layout.addWidget(self.overage_label)
        layout.addWidget(self.slots_label)
        layout.addWidget(self.status_label)
        layout.addSpacing(6)
        layout.addWidget(self.separator)
        layout.addSpacing(2)
        layout.addWidget(self.usage_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.api_link)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._recolor()

    def _bold_label(self, scale: float) -> QLabel:
        label = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
        return label

    def _small_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        self._quiet_labels.append(label)
        return label

    def _recolor(self) -> None:
        """Copy the palette's greys into the labels: at start, and again after a light/dark switch."""
        grey = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        for label in self._quiet_labels:
            self._quiet(label)
        # Some themes keep disabled text nearly as bright as normal text; a stale figure must look stale.
        for widget in (self.amount_label, self.reset_label):
            palette = widget.palette()
            palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, grey)
            widget.setPalette(palette)

    def _quiet(self, label: QLabel) -> None:
        # Secondary facts read quieter than the figure. Through the palette, not a style sheet, so a
        # disabled (stale) label still turns to the palette's disabled grey. From the panel's palette:
        # during a light/dark switch it is new before the labels' are.
        palette = label.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.WindowText,
                             self.palette().color(group, QPalette.ColorRole.PlaceholderText))
        label.setPalette(palette)
        label.setStyleSheet("")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self._recolor()  # (the style sheets follow by themselves: see colors.follow_style)
        super().changeEvent(event)
