"""The balance dock: what the account has left, when the credits come back, and what the API costs.

It answers the user's money questions before any credit is spent: "how many credits do I have?",
"when will I receive my next credits?", "will the API cost more than the website?". The panel only shows;
fetching belongs to its owner, which listens to `refresh_requested`, `usage_requested` and
`add_key_requested` and calls one of the `show_*` methods with the outcome. A failed refresh never
hides what was known: the last balance stays, marked as out of date. Its widgets are built and coloured
by the BalanceWidgets mixin (balance_widgets.py); this module holds the states and what each shows.
"""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from studio.gui.kit import colors, money_text
from studio.gui.kit.provider_text import provider_name
from studio.gui.money.api_note import api_note_text
from studio.gui.money.balance_widgets import BalanceWidgets
from studio.providers.base import Balance

# Below this share of the plan left, the bar turns red: time to look at the reset date or top up.
LOW_SHARE = 0.10

_BAR_STYLE = """
QProgressBar {{ border: none; border-radius: 3px; background: palette(midlight); }}
QProgressBar::chunk {{ border-radius: 3px; background: {chunk}; }}
"""


class BalancePanel(BalanceWidgets, QWidget):
    """A compact panel (about 260 px wide) for one provider's balance, in one of five states."""

    refresh_requested = Signal()
    usage_requested = Signal()
    add_key_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.provider: str | None = None
        self.balance: Balance | None = None     # the last balance shown (kept when a refresh fails)
        self.updated_at: datetime | None = None
        self.state = "empty"  # empty | loading | balance | no_key | error | free
        self.stale = False
        self._error_message = ""
        self.tz: tzinfo | None = None           # None: the computer's zone (tests pin one)
        self.api_note: QMessageBox | None = None
        self._build()
        self._apply()

    # -- states ----------------------------------------------------------------------------------
    def show_balance(self, balance: Balance) -> None:
        """Show a fresh balance (credits, seconds, or the offline engine's "none")."""
        if balance.unit == "none":
            self.show_free(balance.provider)
            return
        self.provider = balance.provider
        self.balance = balance
        self.updated_at = datetime.now(timezone.utc)
        self.state, self.stale = "balance", False
        self._apply()

    def show_loading(self, provider: str) -> None:
        """A refresh is under way; a balance already shown for this provider stays until it ends."""
        self._switch_provider(provider)
        self.state = "loading"
        self._apply()

    def show_no_key(self, provider: str) -> None:
        """No key for this provider: say so and offer to add one (nothing else to show)."""
        self.provider = provider
        self.balance = None  # a balance of a removed key is not this account's any more
        self.updated_at = None
        self.state, self.stale = "no_key", False
        self._apply()

    def show_error(self, provider: str, message: str) -> None:
        """The refresh failed (no network...): the app goes on; the last balance stays, marked stale."""
        self._switch_provider(provider)
        self.state = "error"
        self.stale = self.balance is not None
        self._error_message = message
        self._apply()

    def show_free(self, provider: str) -> None:
        """The offline engine: nothing to count, nothing to pay."""
        self.provider = provider
        self.balance = None
        self.updated_at = None
        self.state, self.stale = "free", False
        self._apply()

    def _switch_provider(self, provider: str) -> None:
        if provider != self.provider or (self.balance is not None and self.balance.provider != provider):
            self.balance = None  # another account's figures would mislead
            self.updated_at = None
        self.provider = provider

    # -- rendering -------------------------------------------------------------------------------
    def _apply(self) -> None:
        for widget in (self.tier_label, self.amount_label, self.amount_caption, self.progress,
                       self.reset_label, self.reset_hint, self.overage_label, self.slots_label,
                       self.message_label, self.detail_label, self.add_key_button, self.status_label,
                       self.usage_button, self.separator, self.api_link):
            widget.hide()
        self.title_label.setText(provider_name(self.provider) if self.provider else self.tr("Balance"))
        self.refresh_button.setVisible(self.state not in ("empty", "free", "no_key"))
        self.refresh_button.setEnabled(self.state != "loading")

        if self.balance is not None and self.state in ("balance", "loading", "error"):
            self._apply_balance(self.balance)
        if self.state == "loading":
            self._apply_loading()
        elif self.state == "no_key":
            name = provider_name(self.provider or "")
            self._show_message(self.tr("No API key set for %1").replace("%1", name),
                               self.tr("Add a key to see your credits and when they reset. "
                                       "The offline voice works without one."))
            self.add_key_button.show()
        elif self.state == "error":
            self._apply_error()
        elif self.state == "free":
            self.amount_label.setText(money_text.amount_number(None, "none"))
            self.amount_label.show()
            self.amount_caption.setText(self.tr("Offline voice: free, no account"))
            self.amount_caption.show()
        elif self.state == "empty":
            self._show_message(self.tr("No provider selected."), "")
        self._apply_footer()
        self._set_figures_enabled(not self.stale)

    def _apply_balance(self, balance: Balance) -> None:
        unit = balance.unit
        if balance.tier:
            self.tier_label.setText(money_text.tier_text(balance.tier))
            self.tier_label.show()
        self.amount_label.setText(money_text.amount_number(balance.remaining, unit))
        self.amount_label.show()
        self.amount_caption.setText(self._caption(balance))
        self.amount_caption.show()
        if balance.remaining is not None and balance.limit:
            share = max(0.0, min(1.0, balance.remaining / balance.limit))
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(share * 1000))
            stale, low = self.stale, share < LOW_SHARE
            colors.follow_style(self.progress, lambda palette: _BAR_STYLE.format(
                chunk="palette(mid)" if stale else colors.error_color(palette).name() if low
                else "palette(highlight)"))
            self.progress.setToolTip(self.tr("%1% of this period's %2 left").replace(
                "%1", str(round(share * 100))).replace("%2", money_text.unit_caption(unit)))
            self.progress.show()
        if balance.resets_at is not None:
            self.reset_label.setText(money_text.reset_sentence(balance.resets_at, unit, self.tz))
            self.reset_label.show()
            until = money_text.time_until_text(balance.resets_at)
            if until:
                self.reset_hint.setText(until)
                self.reset_hint.show()
        if balance.overage_allowed is not None:
            self.overage_label.setText(
                self.tr("Usage-based billing: on (past the limit, extra credits are billed)")
                if balance.overage_allowed else
                self.tr("Usage-based billing: off (rendering stops at 0 credits)"))
            self.overage_label.show()
        if balance.voice_slots_used is not None and balance.voice_limit is not None:
            self.slots_label.setText(self.tr("Voice slots: %1 of %2 used").replace(
                "%1", str(balance.voice_slots_used)).replace("%2", str(balance.voice_limit)))
            self.slots_label.show()
        if self.updated_at is not None and self.state == "balance":
            self.status_label.setText(self.tr("Updated at %1").replace(
                "%1", money_text.local_date_time(self.updated_at, self.tz)[1]))
            self._quiet(self.status_label)
            self.status_label.show()

    def _caption(self, balance: Balance) -> str:
        if balance.unit == "seconds":
            if balance.limit is not None:
                limit = money_text.format_audio_time(balance.limit)
                return self.tr("of %1 of audio left").replace("%1", limit)
            return self.tr("audio time left (h:mm:ss)")
        if balance.remaining is None:
            return self.tr("credits left: unknown")
        if balance.limit is not None:
            return self.tr("of %1 credits left").replace("%1", money_text.format_number(balance.limit))
        return self.tr("credits left")

    def _apply_loading(self) -> None:
        if self.balance is None:
            self._show_message(self.tr("Checking the %1 balance…").replace(
                "%1", provider_name(self.provider or "")), "", bold=False)
            colors.follow_style(self.progress, _BAR_STYLE.format(chunk="palette(highlight)"))
            self.progress.setRange(0, 0)  # busy: no figure yet
            self.progress.show()
        else:
            self.status_label.setText(self.tr("Refreshing…"))
            self._quiet(self.status_label)
            self.status_label.show()

    def _apply_error(self) -> None:
        message = self._error_message
        if self.balance is None:
            self._show_message(self.tr("The balance could not be checked."), message)
            colors.set_text_color(self.message_label, colors.error_color)
            return
        when = money_text.local_date_time(self.updated_at, self.tz)[1] if self.updated_at else ""
        lines = [self.tr("Out of date: could not refresh."), message]
        if when:
            lines.append(self.tr("Showing the balance from %1.").replace("%1", when))
        self.status_label.setText("\n".join(line for line in lines if line))
        colors.set_text_color(self.status_label, colors.error_color)
        self.status_label.show()

    def _show_message(self, message: str, detail: str, bold: bool = True) -> None:
        self.message_label.setText(message)
        colors.follow_style(self.message_label, "font-weight: bold;" if bold else None)
        self.message_label.show()
        if detail:
            self.detail_label.setText(detail)
            self.detail_label.show()

    def _apply_footer(self) -> None:
        # Usage history exists only for ElevenLabs (credits per day from the analytics endpoint).
        has_usage = (self.provider == "elevenlabs" and self.balance is not None
                     and self.state in ("balance", "loading", "error"))
        self.usage_button.setVisible(has_usage)
        # The API-versus-website question is ElevenLabs' (Narakeet and offline have no website to compare).
        self.api_link.setVisible(self.provider == "elevenlabs")
        self.separator.setVisible(has_usage or self.provider == "elevenlabs")

    def _set_figures_enabled(self, enabled: bool) -> None:
        # Disabled text is the palette's grey: a stale figure looks stale at a glance.
        for widget in (self.tier_label, self.amount_label, self.amount_caption, self.progress,
                       self.reset_label, self.reset_hint, self.overage_label, self.slots_label):
            widget.setEnabled(enabled)

    def api_note_text(self) -> str:
        """The answer to "will it cost more via the API?" (api_note.py)."""
        return api_note_text(self.balance, self.tz)

    def show_api_note(self) -> QMessageBox:
        """Open the note (not modal to the app: the user can keep working while reading it)."""
        if self.api_note is None:
            self.api_note = QMessageBox(QMessageBox.Icon.Information,
                                        self.tr("Does the API cost more than the website?"), "",
                                        QMessageBox.StandardButton.Close, self)
            self.api_note.setWindowModality(Qt.WindowModality.NonModal)
        self.api_note.setText(self.tr("Does the API cost more than the website?"))
        self.api_note.setInformativeText(self.api_note_text())
        self.api_note.show()
        return self.api_note
