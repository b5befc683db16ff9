"""The per-voice ElevenLabs settings panel: models from the emulator off-thread, clamped speed, and a
VoiceSetup that changes the clip key (so the estimate and the cache see every change)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.core.clip_spec import RenderSettings, VoiceSetup
from studio.core.cues import Cue
from studio.gui.kit import tasks
from studio.gui.voices.voice_settings_panel import VoiceSettingsDialog, VoiceSettingsPanel, clamp_speed
from studio.providers.base import Voice
from studio.providers.elevenlabs import ElevenLabsProvider
from tests.emulators.elevenlabs import ElevenLabsEmulator

SHOTS = Path(os.environ.get("VOICE_SHOTS", "/tmp/voice_shots"))
RACHEL = Voice("21m00Tcm4TlvDq8ikWAM", "Rachel", "premade")


@pytest.fixture
def emu() -> Iterator[ElevenLabsEmulator]:
    with ElevenLabsEmulator() as emulator:
        yield emulator
    assert not emulator.spec_violations and emulator.calls("/v1/text-to-speech") == []


@pytest.fixture
def provider(emu) -> Iterator[ElevenLabsProvider]:
    provider = ElevenLabsProvider(emu.account.key, base_url=emu.url)
    yield provider
    provider.close()


def make(qtbot, provider, setup: VoiceSetup | None = None) -> VoiceSettingsPanel:
    panel = VoiceSettingsPanel(provider, RACHEL, setup)
    qtbot.addWidget(panel)
    panel.resize(460, 420)
    panel.show()
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=30000)
    return panel


def test_models_load_off_thread_and_show_their_cost(qtbot, emu, provider) -> None:
    panel = make(qtbot, provider)
    items = [panel.model_combo.itemData(i) for i in range(panel.model_combo.count())]
    assert items == [None, "eleven_multilingual_v2", "eleven_flash_v2_5", "eleven_turbo_v2_5", "eleven_v3"]
    assert len(emu.calls("/v1/models")) == 1
    panel.model_combo.setCurrentIndex(panel.model_combo.findData("eleven_turbo_v2_5"))
    assert panel.model_cost.text() == "0.4 credit(s) per character"  # 0.5 × 0.8 discount
    assert panel.voice_setup() == VoiceSetup("eleven_turbo_v2_5", ())


def test_custom_settings_make_a_new_clip_key(qtbot, provider) -> None:
    panel = make(qtbot, provider)
    assert panel.voice_setup() == VoiceSetup()  # off: the voice's stored settings
    seen: list[VoiceSetup] = []
    panel.changed.connect(seen.append)
    panel.custom.setChecked(True)
    panel.stability.spin.setValue(0.3)
    panel.similarity.slider.setValue(90)
    panel.style.set_value(0.25)
    panel.speaker_boost.setChecked(False)
    setup = panel.voice_setup()
    assert setup.settings_dict() == {"stability": 0.3, "similarity_boost": 0.9, "style": 0.25, "speed": 1.0,
                                     "use_speaker_boost": False}
    assert seen[-1] == setup and len(seen) == 5
    cue = Cue(0, 1000, "Bonjour.")
    before = RenderSettings("elevenlabs", RACHEL.id).spec_for(cue)
    after = RenderSettings("elevenlabs", RACHEL.id, voice_setups={RACHEL.id: setup}).spec_for(cue)
    assert before.key != after.key  # the cache and the estimate see the change
    assert "paid for, again" in panel.note.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(20)
    panel.grab().save(str(SHOTS / "5_settings_panel.png"))


def test_speed_is_clamped_to_the_documented_range(qtbot, provider) -> None:
    assert (clamp_speed(0.2), clamp_speed(1.5), clamp_speed(1.05)) == (0.7, 1.2, 1.05)
    panel = make(qtbot, provider, VoiceSetup.from_mapping("eleven_v3", {"speed": 1.6, "stability": 0.4}))
    assert panel.custom.isChecked() and panel.speed.value() == 1.2
    panel.speed.spin.setValue(0.1)
    assert panel.speed.value() == 0.7
    setup = panel.voice_setup()
    assert setup.model == "eleven_v3"  # chosen before the list arrived, kept once it did
    assert setup.settings_dict()["speed"] == 0.7 and setup.settings_dict()["stability"] == 0.4


def test_unknown_model_stays_visible_and_failure_is_said(qtbot, emu, provider) -> None:
    panel = make(qtbot, provider, VoiceSetup("eleven_retired_v1"))
    assert panel.model_combo.currentData() == "eleven_retired_v1"
    emu.inject("internal_error", path="/v1/models")
    fresh = ElevenLabsProvider(emu.account.key, base_url=emu.url)
    fallback = make(qtbot, fresh)  # the provider falls back to its built-in table
    assert fallback.model_combo.findData("eleven_multilingual_v2") > 0
    fresh.close()


def test_dialog_returns_the_setup(qtbot, provider) -> None:
    dialog = VoiceSettingsDialog(provider, RACHEL, VoiceSetup("eleven_flash_v2_5"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=30000)
    dialog.panel.custom.setChecked(True)
    dialog.accept()
    assert dialog.voice_setup().model == "eleven_flash_v2_5"
    assert dialog.voice_setup().settings_dict()["similarity_boost"] == 0.75
