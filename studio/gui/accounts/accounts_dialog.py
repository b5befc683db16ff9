"""Tools ▸ Accounts…: each provider's API key (kept in the OS keychain) and a test of its balance.

A stored key is never loaded into a widget: the key field only ever holds what the user types, so a
screenshot or a "Show" click cannot reveal a key already saved. "Test" checks the typed key, or else
the key the app would use (environment variable, then keychain), off the GUI thread.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer, QTimeZone, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio import secrets
from studio.gui.accounts.keychain_text import keychain_trouble, not_removed_text
from studio.gui.kit import colors
from studio.gui.kit.dialogs import grow_to_fit
from studio.gui.kit.provider_text import error_text, plain_error_text
from studio.gui.kit.tasks import Task, run_in_background
from studio.providers import DISPLAY_NAMES, ProviderUnavailable, create_provider
from studio.providers.base import Balance, ProviderError

log = logging.getLogger(__name__)


def fetch_balance(provider: str, key: str, base_url: str | None) -> Balance:
    """Ask the provider for its balance (runs on a worker thread)."""
    service = create_provider(provider, api_key=key, base_url=base_url)
    try:
        return service.balance()
    finally:
        service.close()


class ProviderBox(QGroupBox):
    """One account: key field, Show, Test, Save to keychain, Remove, and where the key lives."""

    # provider, text shown (the tests wait on it)
    tested = Signal(str, str)

    def __init__(self, provider: str, store: secrets.KeyStore, base_url: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(DISPLAY_NAMES[provider], parent)
        self.provider = provider
        self.store = store
        self.base_url = base_url
        self.task: Task | None = None
        self._stored = False
        self._no_keychain = False

        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setMinimumWidth(320)
        # Keys must not end up in the platform's input history or autocompletion.
        self.key_edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                          | Qt.InputMethodHint.ImhNoPredictiveText)
        self.key_edit.textChanged.connect(self._update_buttons)
        self.key_edit.returnPressed.connect(self.save)
        self.show_button = QToolButton()
        self.show_button.setText(self.tr("Show"))
        self.show_button.setCheckable(True)
        self.show_button.setToolTip(self.tr("Show or hide the key you are typing"))
        self.show_button.toggled.connect(self._set_shown)
        self.test_button = QPushButton(self.tr("Test"))
        self.test_button.setToolTip(self.tr("Ask the provider for the balance with this key (costs nothing)"))
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(self.tr("Save to Keychain"))
        self.save_button.clicked.connect(self.save)
        # With no keychain at all, Save to Keychain stays off (it could not) and this keeps the key in
        # memory instead, saying so.
        self.session_button = QPushButton(self.tr("Use Until I Quit"))
        self.session_button.setToolTip(self.tr("Use this key until you quit Dubbing Studio; it is not saved"))
        self.session_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Delete the stored key from the keychain"))
        self.remove_button.clicked.connect(self.remove)
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        key_label = QLabel(self.tr("API &key:"))
        key_label.setBuddy(self.key_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.session_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        grid = QGridLayout(self)
        grid.addWidget(key_label, 0, 0)
        grid.addWidget(self.key_edit, 0, 1)
        grid.addWidget(self.show_button, 0, 2)
        grid.addWidget(self.where_label, 1, 1, 1, 2)
        grid.addLayout(buttons, 2, 1, 1, 2)
        grid.addWidget(self.result_label, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.refresh()

    # --- actions -----------------------------------------------------------------------------

    def save(self) -> None:
        typed = self.key_edit.text()
        if not typed.strip():
            self._show_where(self.tr("Type or paste a key first."), warning=True)
            return
        try:
            where = self.store.set(self.provider, typed)
        except ValueError:
            self._show_where(self.tr("The key contains spaces or line breaks: paste the API key alone."),
                             warning=True)
            return
        self._clear_key()
        self.refresh()
        if where is secrets.KeySource.KEYCHAIN:
            self.result_label.setText(self.tr("Saved."))

    def remove(self) -> None:
        self._clear_key()
        self.result_label.clear()  # an earlier "Saved." would contradict what follows
        try:
            self.store.delete(self.provider)
        except secrets.KeychainUnavailable as err:
            self._show_where(not_removed_text(err), warning=True)
            return
        self.refresh()

    def test(self) -> None:
        key = self._typed_key()
        if key is None:
            if self.key_edit.text().strip():
                self._show_result(self.tr("The key contains spaces or line breaks: paste the API key alone."))
                return
            try:
                key, _source = secrets.resolve_key(self.provider, self.store)
            except ValueError as err:  # a broken environment variable
                self._show_result(error_text(err))
                return
        if key is None:
            self._show_result(self.tr("No key to test: paste one above."))
            return
        if self.task is not None:
            self.task.discard()
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Asking %1…").replace("%1", DISPLAY_NAMES[self.provider]))
        self.task = run_in_background(fetch_balance, self.provider, key, self.base_url,
                                      on_done=self._on_balance, on_error=self._on_test_failed)

    def discard_task(self) -> None:
        if self.task is not None:
            self.task.discard()
            self.task = None

    # --- display -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Say where the key lives (keychain, session only, environment) and enable the buttons."""
        status = self.store.status(self.provider)
        if status.stored:
            self.key_edit.setPlaceholderText(self.tr("Stored. Type a new key to replace it"))
        else:
            self.key_edit.setPlaceholderText(self.tr("Paste your API key"))
        lines = []
        self._no_keychain = not self.store.available()
        self.session_button.setVisible(self._no_keychain)
        if status.problem or self._no_keychain:
            trouble = keychain_trouble(status.problem_kind or secrets.NO_KEYCHAIN)
            lines.append(trouble)
            self.save_button.setToolTip(trouble)
            if status.location is secrets.KeySource.SESSION:
                self.key_edit.setPlaceholderText(self.tr("Kept until you quit. Type a new key to replace it"))
        elif status.stored:
            lines.append(self.tr("Key stored in %1.").replace("%1", status.backend))
        else:
            lines.append(self.tr("No key stored. Saved keys go to %1.").replace("%1", status.backend))
        if not (status.problem or self._no_keychain):
            self.save_button.setToolTip(self.tr("Keep the key in %1, never in a file").replace("%1", status.backend))
        warning = status.problem is not None
        if status.env_override:
            lines.append(self.tr("%1 is set in the environment: it is used instead of any stored key.")
                         .replace("%1", status.env_var))
            try:
                secrets.env_key(self.provider)
            except ValueError as err:  # set, but not to a key: the renders will refuse it too
                lines.append(error_text(err))
                warning = True
        self._show_where("\n".join(lines), warning=warning)
        self._stored = status.stored
        self._update_buttons()

    def _show_where(self, text: str, warning: bool = False) -> None:
        self.where_label.setText(text)
        # Amber, not red: nothing is broken, the key just will not outlive this session.
        colors.set_text_color(self.where_label, colors.warning_color if warning else None)
        self._fit_window()

    def _update_buttons(self) -> None:
        typed = bool(self.key_edit.text().strip())
        self.save_button.setEnabled(typed and not self._no_keychain)
        self.session_button.setEnabled(typed)
        self.remove_button.setEnabled(self._stored)
        if self.task is None or self.task.done:
            self.test_button.setEnabled(True)

    def _set_shown(self, shown: bool) -> None:
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _clear_key(self) -> None:
        self.key_edit.clear()
        self.show_button.setChecked(False)

    def _typed_key(self) -> str | None:
        typed = self.key_edit.text()
        if not typed.strip():
            return None
        try:
            return secrets.clean_key(typed)
        except ValueError:
            return None

    def _on_balance(self, balance: Balance) -> None:
        self.task = None
        self.result_label.setToolTip("")
        self._show_result(self.balance_text(balance))

    def _on_test_failed(self, error: BaseException) -> None:
        self.task = None
        if isinstance(error, (ProviderError, ProviderUnavailable)):
            # One sentence in plain words, never the key; the provider's own words only in the tooltip.
            text, said = plain_error_text(error)
            self.result_label.setToolTip(said)
        elif isinstance(error, ValueError):
            text = self.tr("The server address is not valid: %1").replace("%1", str(error))
        else:
            log.error("Testing the %s key failed", self.provider, exc_info=error)
            text = self.tr("The test failed because of an unexpected error; the details are in the log.")
        self._show_result(text)

    def _show_result(self, text: str) -> None:
        self.result_label.setText(text)
        self._update_buttons()
        self._fit_window()
        self.tested.emit(self.provider, text)

    def _fit_window(self) -> None:
        """Grow the dialog when wrapped text got taller: a fixed height clipped the keychain warning.

        After the event loop turn that lays the new text out: measured at once, a label still had its
        old width and the dialog grew too little."""
        QTimer.singleShot(0, self, self._grow_window)

    def _grow_window(self) -> None:
        if self.window() is not self:
            grow_to_fit(self.window())

    def balance_text(self, balance: Balance) -> str:
        """'82,769 of 100,000 credits left · Creator plan' plus the reset date in local time."""
        locale = QLocale()
        # Group thousands even in the C locale (which omits them by default): 82,769 reads at a glance.
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
        unit = self.tr("credits") if balance.unit == "credits" else self.tr("seconds")

        def number(value: float) -> str:
            return locale.toString(float(value), "f", 0 if float(value).is_integer() else 1)

        if balance.remaining is None:
            first = self.tr("Key accepted; the balance is unknown.")
        elif balance.limit is not None:
            first = self.tr("%1 of %2 %3 left").replace("%1", number(balance.remaining)).replace(
                "%2", number(balance.limit)).replace("%3", unit)
        else:
            first = self.tr("%1 %2 left").replace("%1", number(balance.remaining)).replace("%2", unit)
        if balance.tier:
            first += " · " + self.tr("%1 plan").replace("%1", balance.tier.replace("_", " ").capitalize())
        lines = [first]
        if balance.resets_at is not None:
            when = local_time_text(balance.resets_at)
            lines.append((self.tr("Credits reset on %1") if balance.unit == "credits"
                          else self.tr("Balance resets on %1")).replace("%1", when))
        if balance.voice_slots_used is not None and balance.voice_limit is not None:
            lines.append(self.tr("Voice slots: %1 of %2 used").replace(
                "%1", str(balance.voice_slots_used)).replace("%2", str(balance.voice_limit)))
        return "\n".join(lines)


def local_time_text(moment: datetime) -> str:
    """'3 Dec 2026 at 15:00' in this computer's time zone and language."""
    utc = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    local = utc.toLocalTime()
    locale = QLocale()
    text = QCoreApplication.translate("AccountsDialog", "%1 at %2")
    return text.replace("%1", locale.toString(local.date(), "d MMM yyyy")).replace(
        "%2", locale.toString(local.time(), "HH:mm"))


class AccountsDialog(QDialog):
    """Keys and balances of the account providers; the offline engine needs no account."""

    def __init__(self, parent: QWidget | None = None, *, store: secrets.KeyStore | None = None,
                 base_urls: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accounts"))
        self.store = store or secrets.default_store()
        base_urls = base_urls or {}
        intro = QLabel(self.tr("Keys are kept in your system keychain, never in settings or project "
                               "files. Testing a key reads the balance and costs nothing."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.boxes: dict[str, ProviderBox] = {}
        for provider in secrets.ACCOUNT_PROVIDERS:
            box = ProviderBox(provider, self.store, base_urls.get(provider), self)
            self.boxes[provider] = box
            layout.addWidget(box)
        offline = QGroupBox(self.tr("Offline (no account needed)"))
        offline_text = QLabel(self.tr("The built-in voice works without a key, credits or a network "
                                      "connection."))
        offline_text.setWordWrap(True)
        QVBoxLayout(offline).addWidget(offline_text)
        layout.addWidget(offline)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def done(self, result: int) -> None:
        # A test still running must not write into a closed dialog.
        for box in self.boxes.values():
            box.discard_task()
        super().done(result)
