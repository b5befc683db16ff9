"""A main window on a subtitle file, rendering with ElevenLabs against the spec-checked emulator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio.gui.kit import settings
from studio.gui.shell.main_window import MainWindow

RACHEL = "21m00Tcm4TlvDq8ikWAM"


def eleven_window(qtbot: Any, monkeypatch: Any, tmp_path: Path, emu: Any, srt: str,
                  extra: dict[str, Any] | None = None) -> MainWindow:
    """The window with srt open, ready to render (plans recorded in win.plans and accepted)."""
    from studio.gui.kit.dialogs import Choice

    monkeypatch.setenv("ELEVENLABS_API_KEY", emu.account.key)
    for key, value in {settings.BASE_URL["elevenlabs"]: emu.url, settings.PROVIDER: "elevenlabs",
                       settings.VOICE["elevenlabs"]: RACHEL, **(extra or {})}.items():
        settings.put(key, value)
    path = tmp_path / "film.srt"
    path.write_text(srt, encoding="utf-8")
    win = MainWindow()
    qtbot.addWidget(win)
    controller = win.render_actions.controller
    win.plans = []
    monkeypatch.setattr(controller, "ask_plan", lambda plan, check: win.plans.append(plan) or True)
    monkeypatch.setattr(controller, "ask_info", lambda title, text: None)
    monkeypatch.setattr(win, "ask_save_changes", lambda: Choice.DISCARD)
    win.show()
    with qtbot.waitSignal(win.loaded, timeout=10000):
        win.open_file(path)
    qtbot.waitUntil(lambda: controller.cache is not None and win.job.session.provider is not None
                    and win.job.session.balance is not None, timeout=10000)
    return win
