"""The balance panel's five states, its signals, the API-cost note, and a real balance from the emulator."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel

from studio.gui.kit import colors, money_text
from studio.gui.kit.tasks import run_in_background
from studio.gui.money.balance_panel import BalancePanel
from studio.gui.money.usage_dialog import UsageDialog
from studio.gui.money.usage_plot import usage_fetch_range
from studio.providers.base import Balance
from studio.providers.elevenlabs import ElevenLabsProvider
from tests.emulators.elevenlabs import ElevenLabsEmulator

PARIS = ZoneInfo("Europe/Paris")
RESET = datetime(2026, 12, 3, 14, 0, tzinfo=timezone.utc)
CREDITS = Balance("elevenlabs", "credits", remaining=82769, limit=100000, used=17231, resets_at=RESET,
                  tier="creator", overage_allowed=False, voice_slots_used=3, voice_limit=30)
NO_NETWORK = "The provider could not be reached: check your internet connection."


@pytest.fixture
def panel(qtbot) -> BalancePanel:
    widget = BalancePanel()
    widget.tz = PARIS
    qtbot.addWidget(widget)
    widget.resize(260, 400)
    widget.show()
    return widget


def shown(widget) -> bool:
    return not widget.isHidden()


def texts(panel: BalancePanel) -> str:
    return "\n".join(label.text() for label in panel.findChildren(QLabel) if shown(label))


def test_credits_balance(panel) -> None:
    panel.show_balance(CREDITS)
    assert panel.state == "balance" and not panel.stale
    assert panel.title_label.text() == "ElevenLabs"
    assert panel.amount_label.text() == "82,769"
    assert panel.amount_caption.text() == "of 100,000 credits left"
    assert shown(panel.progress) and panel.progress.value() == 828 and panel.progress.maximum() == 1000
    assert panel.tier_label.text() == "Creator plan"
    assert panel.reset_label.text() == "Credits reset on 3 Dec 2026 at 15:00"  # 14:00 UTC is 15:00 in Paris
    assert panel.overage_label.text().startswith("Usage-based billing: off")
    assert panel.slots_label.text() == "Voice slots: 3 of 30 used"
    assert panel.status_label.text().startswith("Updated at ")
    assert shown(panel.usage_button) and shown(panel.api_link) and shown(panel.refresh_button)
    assert not shown(panel.add_key_button) and not shown(panel.message_label)
    assert panel.amount_label.isEnabled()


def test_overage_on_and_a_low_balance_turns_red(panel) -> None:
    panel.show_balance(Balance("elevenlabs", "credits", remaining=4200, limit=100000, overage_allowed=True))
    assert panel.overage_label.text().startswith("Usage-based billing: on")
    assert colors.error_color(panel.palette()).name() in panel.progress.styleSheet()
    assert not shown(panel.reset_label) and not shown(panel.slots_label) and not shown(panel.tier_label)


def test_unknown_fields_are_left_out(panel) -> None:
    panel.show_balance(Balance("elevenlabs", "credits"))
    assert panel.amount_label.text() == "—" and panel.amount_caption.text() == "credits left: unknown"
    assert not shown(panel.progress) and not shown(panel.overage_label)


def test_narakeet_seconds_are_audio_time(panel) -> None:
    panel.show_balance(Balance("narakeet", "seconds", remaining=3723))
    assert panel.title_label.text() == "Narakeet"
    assert panel.amount_label.text() == "1:02:03"
    assert panel.amount_caption.text() == "audio time left (h:mm:ss)"
    # No plan limit, no reset, no usage history, and no website-versus-API question for Narakeet.
    for widget in (panel.progress, panel.reset_label, panel.usage_button, panel.api_link, panel.tier_label):
        assert not shown(widget)


def test_no_key(qtbot, panel) -> None:
    panel.show_balance(CREDITS)
    panel.show_no_key("elevenlabs")
    assert panel.state == "no_key" and panel.balance is None
    assert panel.message_label.text() == "No API key set for ElevenLabs"
    assert shown(panel.add_key_button) and panel.add_key_button.text() == "Add Key…"
    for widget in (panel.amount_label, panel.progress, panel.reset_label, panel.usage_button,
                   panel.refresh_button):
        assert not shown(widget)
    with qtbot.waitSignal(panel.add_key_requested, timeout=1000):
        panel.add_key_button.click()


def test_error_keeps_the_last_balance_marked_stale(panel) -> None:
    panel.show_balance(CREDITS)
    panel.show_error("elevenlabs", NO_NETWORK)
    assert panel.state == "error" and panel.stale
    assert panel.amount_label.text() == "82,769" and not panel.amount_label.isEnabled()
    assert panel.reset_label.text() == "Credits reset on 3 Dec 2026 at 15:00"
    assert "Out of date" in panel.status_label.text() and NO_NETWORK in panel.status_label.text()
    assert "Showing the balance from" in panel.status_label.text()
    assert shown(panel.refresh_button) and panel.refresh_button.isEnabled()
    assert "palette(mid)" in panel.progress.styleSheet()  # a stale bar is grey, not blue
    # The next good answer clears the stale mark.
    panel.show_balance(CREDITS)
    assert not panel.stale and panel.amount_label.isEnabled() and "Out of date" not in texts(panel)


def test_error_without_a_balance(panel) -> None:
    panel.show_error("elevenlabs", NO_NETWORK)
    assert panel.state == "error" and not panel.stale
    assert panel.message_label.text() == "The balance could not be checked."
    assert panel.detail_label.text() == NO_NETWORK
    assert not shown(panel.amount_label) and not shown(panel.usage_button)


def test_error_for_another_provider_does_not_show_this_balance(panel) -> None:
    panel.show_balance(CREDITS)
    panel.show_error("narakeet", NO_NETWORK)
    assert not panel.stale and not shown(panel.amount_label) and "82,769" not in texts(panel)


def test_loading(panel) -> None:
    panel.show_loading("elevenlabs")
    assert panel.state == "loading"
    assert panel.message_label.text() == "Checking the ElevenLabs balance…"
    assert shown(panel.progress) and panel.progress.maximum() == 0  # busy indicator
    assert not panel.refresh_button.isEnabled()


def test_refresh_keeps_the_balance_while_loading(panel) -> None:
    panel.show_balance(CREDITS)
    panel.show_loading("elevenlabs")
    assert panel.amount_label.text() == "82,769" and panel.status_label.text() == "Refreshing…"
    assert panel.progress.maximum() == 1000 and not panel.refresh_button.isEnabled()


def test_free(panel) -> None:
    panel.show_free("offline")
    assert panel.title_label.text() == "Offline"
    assert panel.amount_label.text() == "Free"
    assert panel.amount_caption.text() == "Offline voice: free, no account"
    for widget in (panel.progress, panel.refresh_button, panel.usage_button, panel.api_link,
                   panel.add_key_button, panel.reset_label):
        assert not shown(widget)
    panel.show_balance(Balance("offline", "none"))  # the offline provider's own balance reads the same
    assert panel.state == "free" and panel.amount_caption.text() == "Offline voice: free, no account"


def test_buttons_emit_their_signals(qtbot, panel) -> None:
    panel.show_balance(CREDITS)
    with qtbot.waitSignal(panel.refresh_requested, timeout=1000):
        panel.refresh_button.click()
    with qtbot.waitSignal(panel.usage_requested, timeout=1000):
        panel.usage_button.click()


def test_api_cost_note(panel) -> None:
    panel.show_balance(CREDITS)
    panel.api_link.linkActivated.emit("#api-cost")
    note = panel.api_note
    assert note is not None and note.isVisible()
    text = note.informativeText()
    assert "same credits from the same balance" in text
    assert "discounted" in text and "apply_text_normalization" in text and "auto" in text
    assert "Credits reset on 3 Dec 2026 at 15:00." in text
    note.close()


def test_the_panel_fits_a_side_dock(panel) -> None:
    panel.show_balance(CREDITS)
    assert panel.minimumSizeHint().width() <= 260
    panel.show_no_key("elevenlabs")
    assert panel.minimumSizeHint().width() <= 260


# -- end to end: a real provider against the emulator ---------------------------------------------
def test_a_real_balance_and_usage_from_the_emulator(qtbot, panel) -> None:
    with ElevenLabsEmulator() as emu:
        now = datetime.now(timezone.utc)
        today = now.replace(hour=0, minute=0, second=0, microsecond=0)
        # Within the billing period (the emulator's reset is 12 days ahead).
        spent = {today - timedelta(days=4): 1200, today - timedelta(days=2): 300,
                 today - timedelta(days=1): 45}
        for day, credits in spent.items():
            emu.account.spend(credits, when=(day + timedelta(hours=3)).timestamp())
        provider = ElevenLabsProvider(emu.account.key, base_url=emu.url)
        try:
            panel.show_loading("elevenlabs")
            run_in_background(provider.balance, on_done=panel.show_balance,
                              on_error=lambda error: panel.show_error("elevenlabs", str(error)))
            qtbot.waitUntil(lambda: panel.state == "balance", timeout=30000)
            resets_at = datetime.fromtimestamp(emu.account.next_reset_unix, tz=timezone.utc)
            assert panel.amount_label.text() == money_text.format_number(100000 - sum(spent.values()))
            assert panel.amount_caption.text() == "of 100,000 credits left"
            assert panel.reset_label.text() == money_text.reset_sentence(resets_at, tz=PARIS)
            assert panel.tier_label.text() == "Creator plan"
            assert panel.slots_label.text() == f"Voice slots: {emu.account.voice_slots_used} of 30 used"

            dialog = UsageDialog(resets_at=panel.balance.resets_at)
            qtbot.addWidget(dialog)
            start, end = usage_fetch_range(panel.balance.resets_at, now)
            dialog.load(lambda: provider.usage(start, end, "day"))
            qtbot.waitUntil(lambda: dialog.plot.state != "loading", timeout=30000)
            assert dialog.plot.state == "data", dialog.error_label.text()
            assert dialog.plot.total == sum(spent.values())
            drawn = {day: value for day, value in dialog.plot.days if value}
            assert drawn == {day: float(credits) for day, credits in spent.items()}
            assert dialog.plot.reset_marker_x() is not None
            assert not emu.spec_violations and not emu.server_errors

            # The connection drops: the panel keeps the figures, marked stale.
            emu.inject("reset", path="/v1/user/subscription")
            run_in_background(provider.balance, on_done=panel.show_balance,
                              on_error=lambda error: panel.show_error("elevenlabs", str(error)))
            qtbot.waitUntil(lambda: panel.state == "error", timeout=10000)
            assert panel.stale and panel.amount_label.text() == money_text.format_number(98455)
            assert "Out of date" in panel.status_label.text()
            assert "could not be reached" in panel.status_label.text()
            assert emu.account.key not in texts(panel) and emu.account.key not in dialog.total_label.text()
        finally:
            provider.close()
